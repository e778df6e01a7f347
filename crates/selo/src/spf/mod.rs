//! SPF records (RFC 7208): which hosts may send mail for a domain.
//!
//! An SPF record is a TXT record at the domain itself. It is not a tag list:
//! it is the version `v=spf1` followed by terms separated by spaces. Each
//! term is a *mechanism* (with an optional qualifier) or a *modifier*
//! (`name=value`). The collected ABNF (RFC 7208 section 12):
//!
//! ```text
//! record           = version terms *SP
//! version          = "v=spf1"
//! terms            = *( 1*SP ( directive / modifier ) )
//! directive        = [ qualifier ] mechanism
//! qualifier        = "+" / "-" / "?" / "~"
//! mechanism        = ( all / include / a / mx / ptr / ip4 / ip6 / exists )
//! all              = "all"
//! include          = "include"  ":" domain-spec
//! a                = "a"      [ ":" domain-spec ] [ dual-cidr-length ]
//! mx               = "mx"     [ ":" domain-spec ] [ dual-cidr-length ]
//! ptr              = "ptr"    [ ":" domain-spec ]
//! ip4              = "ip4"      ":" ip4-network   [ ip4-cidr-length ]
//! ip6              = "ip6"      ":" ip6-network   [ ip6-cidr-length ]
//! exists           = "exists"   ":" domain-spec
//! modifier         = redirect / explanation / unknown-modifier
//! redirect         = "redirect" "=" domain-spec
//! explanation      = "exp" "=" domain-spec
//! unknown-modifier = name "=" macro-string
//! ip4-cidr-length  = "/" ("0" / %x31-39 0*1DIGIT) ; value range 0-32
//! ip6-cidr-length  = "/" ("0" / %x31-39 0*2DIGIT) ; value range 0-128
//! dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ]
//! domain-spec      = macro-string domain-end
//! domain-end       = ( "." toplabel [ "." ] ) / macro-expand
//! toplabel         = ( *alphanum ALPHA *alphanum ) /
//!                    ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
//! macro-string     = *( macro-expand / macro-literal )
//! macro-expand     = ( "%{" macro-letter transformers *delimiter "}" )
//!                    / "%%" / "%_" / "%-"
//! macro-literal    = %x21-24 / %x26-7E
//! macro-letter     = "s" / "l" / "o" / "d" / "i" / "p" / "h" /
//!                    "c" / "r" / "t" / "v"
//! transformers     = *DIGIT [ "r" ]
//! delimiter        = "." / "-" / "+" / "," / "/" / "_" / "="
//! name             = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
//! ```
//!
//! Literal strings in this ABNF are case-insensitive, so `MX`, `Include` and
//! `V=SPF1` are all fine; [`Spf`]'s `Display` writes them in lowercase.
//!
//! ```
//! use selo::spf::{self, Qualifier};
//! let parsed = spf::parse("v=spf1 ip4:192.0.2.0/24 include:_spf.example.net ~all");
//! assert!(parsed.is_valid());
//! let record = parsed.value.unwrap();
//! assert_eq!(record.dns_lookup_count(), 1);
//! assert_eq!(record.all(), Some(Qualifier::SoftFail));
//! assert_eq!(record.to_string(), "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net ~all");
//! ```

use crate::ValueError;
use serde::Serialize;
use std::net::{Ipv4Addr, Ipv6Addr};

mod eval;
mod explain;
pub mod form;
mod generate;
mod lint;
mod macros;
mod messages;
mod parse;
pub mod presets;
mod tree;

pub use eval::{Evaluation, SpfResult, Stop, evaluate};
pub use explain::explain;
pub use generate::{SpfBuilder, owner_name};
pub use lint::lint_model as lint;
pub use messages::MESSAGES;
pub(crate) use messages::WRONG_OWNER;
pub use parse::parse;
pub use tree::{MAX_TREE_NODES, Tree, TreeNode, TreeProblem, walk_tree};

/// Whether a finding of the record's own lint is a lookup figure of the
/// record alone: its own count, the estimate of its tree, the includes the
/// estimate has no figure for, its own terms over 10. Once the tree is
/// walked, the real count replaces them (one number, not two).
pub(crate) fn is_record_lookup_figure(code: &str) -> bool {
    [
        &messages::LOOKUP_COUNT,
        &messages::LOOKUP_ESTIMATE_HIGH,
        &messages::LOOKUP_ESTIMATE_OVER,
        &messages::LOOKUP_UNKNOWN,
        &messages::TOO_MANY_LOOKUPS,
    ]
    .iter()
    .any(|m| m.code == code)
}

/// Whether a finding of the record's own lint counts the record's own terms
/// only (`spf::lookup-count`) or sends to the domain check
/// (`spf::lookup-unknown-includes`): in the domain check, where part of the
/// tree could not be looked up, the estimate is shown instead.
pub(crate) fn is_record_own_count(code: &str) -> bool {
    [&messages::LOOKUP_COUNT, &messages::LOOKUP_UNKNOWN]
        .iter()
        .any(|m| m.code == code)
}

/// The most DNS-querying terms one evaluation may use (RFC 7208 4.6.4).
pub const MAX_DNS_LOOKUPS: usize = 10;

/// The most void lookups (DNS-querying terms whose lookup finds nothing)
/// one evaluation may use (RFC 7208 4.6.4).
pub const MAX_VOID_LOOKUPS: usize = 2;

/// The most names one `mx` term (the domain's MX hosts) or `ptr` term (the
/// IP's PTR names) follows (RFC 7208 4.6.4).
pub const MAX_TERM_NAMES: usize = 10;

/// A parsed or built SPF record: its terms, in order.
///
/// A model never holds two `redirect=` or two `exp=` modifiers, nor a
/// malformed value: every part is a checked newtype. Build one with
/// [`Spf::builder`] or [`parse`].
///
/// ```
/// use selo::spf::{Spf, Qualifier, Ip4Network, DomainSpec};
/// let spf = Spf::builder()
///     .ip4(Ip4Network::try_from("192.0.2.0/24").unwrap())
///     .include(DomainSpec::try_from("_spf.example.net").unwrap())
///     .all(Qualifier::Fail)
///     .build();
/// assert_eq!(spf.to_string(), "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all");
/// assert_eq!(spf.to_string().parse::<Spf>().unwrap(), spf);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize)]
pub struct Spf {
    terms: Vec<Term>,
}

/// The result a mechanism gives when it matches (RFC 7208 4.6.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// `+` (the default when no qualifier is written): the host may send.
    #[default]
    Pass,
    /// `-`: the host may not send; receivers may reject the message.
    Fail,
    /// `~`: the host should not send; receivers accept but mark the message.
    SoftFail,
    /// `?`: no statement either way.
    Neutral,
}

impl Qualifier {
    /// The qualifier's character: `+`, `-`, `~` or `?`.
    ///
    /// ```
    /// assert_eq!(selo::spf::Qualifier::SoftFail.symbol(), '~');
    /// ```
    pub const fn symbol(self) -> char {
        match self {
            Qualifier::Pass => '+',
            Qualifier::Fail => '-',
            Qualifier::SoftFail => '~',
            Qualifier::Neutral => '?',
        }
    }

    /// The qualifier of a character, if it is one.
    ///
    /// ```
    /// use selo::spf::Qualifier;
    /// assert_eq!(Qualifier::from_symbol('-'), Some(Qualifier::Fail));
    /// assert_eq!(Qualifier::from_symbol('!'), None);
    /// ```
    pub const fn from_symbol(c: char) -> Option<Qualifier> {
        match c {
            '+' => Some(Qualifier::Pass),
            '-' => Some(Qualifier::Fail),
            '~' => Some(Qualifier::SoftFail),
            '?' => Some(Qualifier::Neutral),
            _ => None,
        }
    }
}

/// One term of the record, in the order written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Term {
    /// A mechanism with its qualifier (`-ip4:192.0.2.1`).
    Mechanism {
        /// The qualifier (`+` when none was written).
        qualifier: Qualifier,
        /// The mechanism and its arguments.
        kind: Mechanism,
    },
    /// A modifier (`redirect=`, `exp=` or an unknown `name=value`).
    Modifier(Modifier),
}

impl Term {
    /// True when evaluating this term makes a DNS query counted against the
    /// limit of 10 (RFC 7208 4.6.4): include, a, mx, ptr, exists, redirect.
    ///
    /// ```
    /// use selo::spf::{Term, Mechanism, Qualifier};
    /// let t = Term::Mechanism { qualifier: Qualifier::Pass, kind: Mechanism::All };
    /// assert!(!t.queries_dns());
    /// ```
    pub fn queries_dns(&self) -> bool {
        match self {
            Term::Mechanism { kind, .. } => matches!(
                kind,
                Mechanism::Include(_)
                    | Mechanism::A { .. }
                    | Mechanism::Mx { .. }
                    | Mechanism::Ptr(_)
                    | Mechanism::Exists(_)
            ),
            Term::Modifier(m) => matches!(m, Modifier::Redirect(_)),
        }
    }
}

/// A mechanism and its arguments (RFC 7208 5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "name", content = "args", rename_all = "lowercase")]
pub enum Mechanism {
    /// `all`: always matches (5.1).
    All,
    /// `include:<domain-spec>`: matches when the other domain's SPF passes (5.2).
    Include(DomainSpec),
    /// `a[:<domain-spec>][/<ip4-len>][//<ip6-len>]`: the domain's addresses (5.3).
    A {
        /// The domain, when not the current one.
        domain: Option<DomainSpec>,
        /// Prefix lengths.
        cidr: DualCidr,
    },
    /// `mx[:<domain-spec>][/<ip4-len>][//<ip6-len>]`: the domain's mail servers (5.4).
    Mx {
        /// The domain, when not the current one.
        domain: Option<DomainSpec>,
        /// Prefix lengths.
        cidr: DualCidr,
    },
    /// `ptr[:<domain-spec>]`: reverse DNS (5.5; do not use).
    Ptr(Option<DomainSpec>),
    /// `ip4:<network>[/<len>]` (5.6).
    Ip4(Ip4Network),
    /// `ip6:<network>[/<len>]` (5.6).
    Ip6(Ip6Network),
    /// `exists:<domain-spec>`: matches when the name has an A record (5.7).
    Exists(DomainSpec),
}

impl Mechanism {
    /// The mechanism's name in lowercase (`include`, `ip4`...).
    ///
    /// ```
    /// assert_eq!(selo::spf::Mechanism::All.name(), "all");
    /// ```
    pub const fn name(&self) -> &'static str {
        match self {
            Mechanism::All => "all",
            Mechanism::Include(_) => "include",
            Mechanism::A { .. } => "a",
            Mechanism::Mx { .. } => "mx",
            Mechanism::Ptr(_) => "ptr",
            Mechanism::Ip4(_) => "ip4",
            Mechanism::Ip6(_) => "ip6",
            Mechanism::Exists(_) => "exists",
        }
    }
}

/// A modifier (RFC 7208 6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "name", content = "value", rename_all = "lowercase")]
pub enum Modifier {
    /// `redirect=<domain-spec>`: use another domain's record when nothing matched (6.1).
    Redirect(DomainSpec),
    /// `exp=<domain-spec>`: where receivers find the text explaining a fail (6.2).
    Exp(DomainSpec),
    /// Any other `name=value`: receivers ignore it (6).
    Unknown(UnknownTag),
}

/// The optional prefix lengths of `a` and `mx`: `/24`, `//64` or `/24//64`.
///
/// ```
/// use selo::spf::DualCidr;
/// let c = DualCidr::new(Some(24), Some(64)).unwrap();
/// assert_eq!(c.to_string(), "/24//64");
/// assert!(DualCidr::new(Some(33), None).is_err());
/// assert_eq!(DualCidr::default().to_string(), "");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize)]
pub struct DualCidr {
    ip4: Option<u8>,
    ip6: Option<u8>,
}

impl DualCidr {
    /// Prefix lengths: IPv4 0-32, IPv6 0-128.
    pub fn new(ip4: Option<u8>, ip6: Option<u8>) -> Result<DualCidr, ValueError> {
        if ip4.is_some_and(|p| p > 32) {
            return Err(value_error(
                "an IPv4 prefix length is at most 32",
                "o comprimento de prefixo IPv4 é no máximo 32",
            ));
        }
        if ip6.is_some_and(|p| p > 128) {
            return Err(value_error(
                "an IPv6 prefix length is at most 128",
                "o comprimento de prefixo IPv6 é no máximo 128",
            ));
        }
        Ok(DualCidr { ip4, ip6 })
    }

    /// The IPv4 prefix length, if written.
    pub fn ip4(&self) -> Option<u8> {
        self.ip4
    }

    /// The IPv6 prefix length, if written.
    pub fn ip6(&self) -> Option<u8> {
        self.ip6
    }
}

/// An `ip4:` network: an address and an optional prefix length (0-32).
///
/// The address is kept as written, even with host bits set (the parser warns
/// about that).
///
/// ```
/// use selo::spf::Ip4Network;
/// let n = Ip4Network::try_from("192.0.2.0/24").unwrap();
/// assert_eq!(n.prefix(), Some(24));
/// assert_eq!(n.to_string(), "192.0.2.0/24");
/// assert!(Ip4Network::try_from("192.0.2.0/33").is_err());
/// assert!(Ip4Network::try_from("2001:db8::1").is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Ip4Network {
    addr: Ipv4Addr,
    prefix: Option<u8>,
}

impl Ip4Network {
    /// A network from an address and a prefix length (at most 32).
    pub fn new(addr: Ipv4Addr, prefix: Option<u8>) -> Result<Self, ValueError> {
        if prefix.is_some_and(|p| p > 32) {
            return Err(value_error(
                "an IPv4 prefix length is at most 32",
                "o comprimento de prefixo IPv4 é no máximo 32",
            ));
        }
        Ok(Ip4Network { addr, prefix })
    }

    /// The address as written.
    pub fn addr(&self) -> Ipv4Addr {
        self.addr
    }

    /// The prefix length, if written (none means /32).
    pub fn prefix(&self) -> Option<u8> {
        self.prefix
    }

    /// True when bits beyond the prefix are set (`192.0.2.1/24`).
    ///
    /// ```
    /// use selo::spf::Ip4Network;
    /// assert!(Ip4Network::try_from("192.0.2.1/24").unwrap().has_host_bits());
    /// assert!(!Ip4Network::try_from("192.0.2.0/24").unwrap().has_host_bits());
    /// ```
    pub fn has_host_bits(&self) -> bool {
        self.network() != self.addr
    }

    /// The address with the host bits cleared.
    pub fn network(&self) -> Ipv4Addr {
        let p = u32::from(self.prefix.unwrap_or(32));
        let mask = if p == 0 { 0 } else { u32::MAX << (32 - p) };
        Ipv4Addr::from(u32::from(self.addr) & mask)
    }
}

impl TryFrom<&str> for Ip4Network {
    type Error = ValueError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let (a, p) = split_prefix(s, 2)?;
        let addr: Ipv4Addr = a
            .parse()
            .map_err(|_| value_error("not an IPv4 address", "não é um endereço IPv4"))?;
        Ip4Network::new(addr, p)
    }
}

/// An `ip6:` network: an address and an optional prefix length (0-128).
///
/// ```
/// use selo::spf::Ip6Network;
/// let n = Ip6Network::try_from("2001:DB8::/32").unwrap();
/// assert_eq!(n.to_string(), "2001:db8::/32");
/// assert!(Ip6Network::try_from("2001:db8::/129").is_err());
/// assert!(Ip6Network::try_from("192.0.2.1").is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Ip6Network {
    addr: Ipv6Addr,
    prefix: Option<u8>,
}

impl Ip6Network {
    /// A network from an address and a prefix length (at most 128).
    pub fn new(addr: Ipv6Addr, prefix: Option<u8>) -> Result<Self, ValueError> {
        if prefix.is_some_and(|p| p > 128) {
            return Err(value_error(
                "an IPv6 prefix length is at most 128",
                "o comprimento de prefixo IPv6 é no máximo 128",
            ));
        }
        Ok(Ip6Network { addr, prefix })
    }

    /// The address as written.
    pub fn addr(&self) -> Ipv6Addr {
        self.addr
    }

    /// The prefix length, if written (none means /128).
    pub fn prefix(&self) -> Option<u8> {
        self.prefix
    }

    /// True when bits beyond the prefix are set (`2001:db8::1/64`).
    ///
    /// ```
    /// use selo::spf::Ip6Network;
    /// assert!(Ip6Network::try_from("2001:db8::1/64").unwrap().has_host_bits());
    /// ```
    pub fn has_host_bits(&self) -> bool {
        self.network() != self.addr
    }

    /// The address with the host bits cleared.
    pub fn network(&self) -> Ipv6Addr {
        let p = u32::from(self.prefix.unwrap_or(128));
        let mask = if p == 0 { 0 } else { u128::MAX << (128 - p) };
        Ipv6Addr::from(u128::from(self.addr) & mask)
    }
}

impl TryFrom<&str> for Ip6Network {
    type Error = ValueError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let (a, p) = split_prefix(s, 3)?;
        let addr: Ipv6Addr = a
            .parse()
            .map_err(|_| value_error("not an IPv6 address", "não é um endereço IPv6"))?;
        Ip6Network::new(addr, p)
    }
}

fn split_prefix(s: &str, max_digits: usize) -> Result<(&str, Option<u8>), ValueError> {
    match s.split_once('/') {
        None => Ok((s, None)),
        Some((a, p)) => Ok((a, Some(parse::cidr_value(p, max_digits)?))),
    }
}

/// A `domain-spec`: a domain name that may hold macros (RFC 7208 7.1), such
/// as `_spf.example.com` or `%{ir}.%{v}._spf.%{d}`.
///
/// It must end with a dot and a top label (`.com`) or with a macro.
/// The macros `%{c}`, `%{r}` and `%{t}` are refused everywhere, `exp=`'s
/// own domain-spec included: RFC 7208 7.2 and 7.3 allow them only in the
/// explanation text that `exp=` points to.
///
/// ```
/// use selo::spf::DomainSpec;
/// assert!(DomainSpec::try_from("%{ir}.%{v}._spf.%{d2}").is_ok());
/// assert!(DomainSpec::try_from("example").is_err()); // no top label
/// assert!(DomainSpec::try_from("%{x}.example.com").is_err());
/// assert!(DomainSpec::try_from("%{c}.example.com").is_err());
/// assert!(DomainSpec::try_from("%{r}.example.com").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct DomainSpec(String);

impl DomainSpec {
    fn checked(s: &str) -> Result<DomainSpec, ValueError> {
        if s.is_empty() {
            return Err(value_error("the domain is empty", "o domínio está vazio"));
        }
        let issues = macros::check(s, macros::Context::DomainSpec);
        match issues.into_iter().next() {
            Some(i) => Err(issue_error(s, &i)),
            None => Ok(DomainSpec(s.to_string())),
        }
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when the text holds a macro (`%{...}`, `%%`, `%_`, `%-`).
    ///
    /// ```
    /// use selo::spf::DomainSpec;
    /// assert!(DomainSpec::try_from("%{d}").unwrap().has_macros());
    /// assert!(!DomainSpec::try_from("example.com").unwrap().has_macros());
    /// ```
    pub fn has_macros(&self) -> bool {
        self.0.contains('%')
    }
}

impl TryFrom<&str> for DomainSpec {
    type Error = ValueError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Self::checked(s)
    }
}

crate::taglist::unknown_tag_type! {
    /// A modifier Selo does not know, kept as written: `name=macro-string`
    /// (the name in lowercase).
    ///
    /// ```
    /// use selo::spf::UnknownTag;
    /// let m = UnknownTag::new("ra", "postmaster").unwrap();
    /// assert_eq!(m.to_string(), "ra=postmaster");
    /// assert!(UnknownTag::new("1x", "y").is_err());
    /// assert!(UnknownTag::new("redirect", "example.com").is_err());
    /// ```
}

impl UnknownTag {
    /// A modifier from its name (`ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )`,
    /// not `redirect` or `exp`) and value (a macro-string).
    pub fn new(name: &str, value: &str) -> Result<Self, ValueError> {
        if !parse::is_name(name) {
            return Err(value_error(
                "a modifier name starts with a letter and holds only letters, digits, '-', '_' and '.'",
                "o nome de um modificador começa por uma letra e só tem letras, algarismos, '-', '_' e '.'",
            ));
        }
        if name.eq_ignore_ascii_case("redirect") || name.eq_ignore_ascii_case("exp") {
            return Err(value_error(
                "redirect and exp are known modifiers, not unknown ones",
                "redirect e exp são modificadores conhecidos, não desconhecidos",
            ));
        }
        if let Some(i) = macros::check(value, macros::Context::MacroString)
            .into_iter()
            .next()
        {
            return Err(issue_error(value, &i));
        }
        Ok(UnknownTag::kept(name.to_ascii_lowercase(), value))
    }
}

/// The [`ValueError`] of a reason that stands alone, in both languages.
pub(crate) fn value_error(en: &'static str, pt: &'static str) -> ValueError {
    ValueError::new("", crate::Text::new(en, pt))
}

/// The [`ValueError`] of the first problem a macro check found in `value`.
fn issue_error(value: &str, i: &macros::Issue) -> ValueError {
    let mut d = crate::Diagnostic::new(i.template, i.span);
    for (k, v) in &i.args {
        d = d.arg(k, v);
    }
    ValueError::from_finding(value, &d)
}

impl Spf {
    /// A builder; see [`SpfBuilder`].
    pub fn builder() -> SpfBuilder {
        SpfBuilder::default()
    }

    /// The terms, in order.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// The terms that make DNS queries (include, a, mx, ptr, exists,
    /// redirect), in order: the ones counted against the limit of 10
    /// (RFC 7208 4.6.4).
    ///
    /// ```
    /// let spf = selo::spf::parse("v=spf1 mx include:_spf.example.com ip4:192.0.2.1 -all").value.unwrap();
    /// assert_eq!(spf.lookup_terms().count(), 2);
    /// ```
    pub fn lookup_terms(&self) -> impl Iterator<Item = &Term> {
        self.terms.iter().filter(|t| t.queries_dns())
    }

    /// How many DNS-querying terms this record holds (not counting the terms
    /// of included records, which need DNS to know).
    ///
    /// ```
    /// let spf = selo::spf::parse("v=spf1 a mx redirect=_spf.example.com").value.unwrap();
    /// assert_eq!(spf.dns_lookup_count(), 3);
    /// ```
    pub fn dns_lookup_count(&self) -> usize {
        self.lookup_terms().count()
    }

    /// The domains of the `include:` mechanisms, in order: the records a
    /// recursive check must fetch.
    ///
    /// ```
    /// let spf = selo::spf::parse("v=spf1 include:a.example include:b.example -all").value.unwrap();
    /// let v: Vec<&str> = spf.includes().map(|d| d.as_str()).collect();
    /// assert_eq!(v, ["a.example", "b.example"]);
    /// ```
    pub fn includes(&self) -> impl Iterator<Item = &DomainSpec> {
        self.terms.iter().filter_map(|t| match t {
            Term::Mechanism {
                kind: Mechanism::Include(d),
                ..
            } => Some(d),
            _ => None,
        })
    }

    /// The `redirect=` target, if any.
    ///
    /// ```
    /// let spf = selo::spf::parse("v=spf1 redirect=_spf.example.com").value.unwrap();
    /// assert_eq!(spf.redirect().unwrap().as_str(), "_spf.example.com");
    /// ```
    pub fn redirect(&self) -> Option<&DomainSpec> {
        self.terms.iter().find_map(|t| match t {
            Term::Modifier(Modifier::Redirect(d)) => Some(d),
            _ => None,
        })
    }

    /// The `exp=` domain, if any.
    pub fn exp(&self) -> Option<&DomainSpec> {
        self.terms.iter().find_map(|t| match t {
            Term::Modifier(Modifier::Exp(d)) => Some(d),
            _ => None,
        })
    }

    /// The qualifier of the first `all` mechanism, if any.
    ///
    /// ```
    /// use selo::spf::Qualifier;
    /// let spf = selo::spf::parse("v=spf1 mx -all").value.unwrap();
    /// assert_eq!(spf.all(), Some(Qualifier::Fail));
    /// ```
    pub fn all(&self) -> Option<Qualifier> {
        self.terms.iter().find_map(|t| match t {
            Term::Mechanism {
                qualifier,
                kind: Mechanism::All,
            } => Some(*qualifier),
            _ => None,
        })
    }
}

impl std::str::FromStr for Spf {
    type Err = crate::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).into_result()
    }
}

#[cfg(test)]
mod tests;
