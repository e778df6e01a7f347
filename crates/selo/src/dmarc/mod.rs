//! DMARC policy records (RFC 9989, with RFC 7489 compatibility) and the
//! external report authorization record (RFC 9990 4).
//!
//! A DMARC policy record is a TXT record published at `_dmarc.<domain>`
//! (see [`owner_name`]). RFC 9989 4.7 lists its tags and 4.8 gives the
//! grammar:
//!
//! ```text
//! dmarc-uri     = URI   ; commas and "!" MUST be encoded
//! obs-dmarc-uri = dmarc-uri obs-dmarc-report-size
//! obs-dmarc-report-size = "!" 1*DIGIT [ "k" / "m" / "g" / "t" ]
//! dmarc-sep     = *WSP ";" *WSP
//! equals        = *WSP "=" *WSP
//! dmarc-record  = dmarc-version *(dmarc-sep dmarc-tag) [dmarc-sep]
//! dmarc-tag     = 1*ALPHA equals 1*dmarc-value
//! dmarc-value   = %x20-3A / %x3C-7E   ; any printing characters but semicolon
//! dmarc-version = "v" equals %s"DMARC1" ; case sensitive
//! dmarc-request = "none" / "quarantine" / "reject"      ; p, sp, np
//! dmarc-yorn    = "y" / "n"                              ; t
//! dmarc-psd     = "y" / "n" / "u"                        ; psd
//! dmarc-rors    = "r" / "s"                              ; adkim, aspf
//! dmarc-urilist = (dmarc-uri / obs-dmarc-uri)
//!                 *(*WSP "," *WSP (dmarc-uri / obs-dmarc-uri))   ; rua, ruf
//! dmarc-fo      = ("0" / "1") *(":" dmarc-afrf)
//!               / dmarc-afrf [":" ("0" / "1")] [":" dmarc-afrf]
//!               / *(dmarc-afrf ":") ("0" / "1")
//! dmarc-afrf    = "d" / "s"   ; each may appear at most once in dmarc-fo
//! ```
//!
//! ABNF quoted strings are case-insensitive (RFC 5234 2.3), so tag names and
//! values may be written in any case; only `DMARC1` is case-sensitive
//! (`%s"DMARC1"`). Unknown tags MUST be ignored; syntax errors in a tag are
//! discarded in favour of the default (RFC 9989 4.8). RFC 9989 removed the
//! RFC 7489 tags `pct`, `rf` and `ri` and the `!size` suffix of report URIs
//! (RFC 9989 C.4, C.5.2); RFC 7489 receivers still read them.
//!
//! The model remembers which tags were written: an `Option` field is `Some`
//! exactly when the tag was present, so `parse -> Display -> parse` gives the
//! same model. Unknown and removed tags, repeats, and tags whose value could
//! not be read are kept, as written, in [`Dmarc::other`].
//!
//! ```
//! use selo::dmarc::{self, Policy};
//! let parsed = dmarc::parse("v=DMARC1; p=reject; rua=mailto:dmarc@example.com");
//! let record = parsed.value.unwrap();
//! assert_eq!(record.policy, Some(Policy::Reject));
//! assert_eq!(record.to_string(), "v=DMARC1; p=reject; rua=mailto:dmarc@example.com");
//! ```
//!
//! The external report authorization record ([`ReportAuth`]) is published by
//! a report destination at `<domain>._report._dmarc.<destination>` (see
//! [`report_auth_owner`] and [`external_destinations`]); it must start with
//! `v=DMARC1` and may override `rua` and `ruf`.
//!
//! [`discover`] walks the DNS tree of RFC 9989 4.10 through a resolver to
//! the record that applies to a domain and its organizational domain;
//! [`aligned`] decides identifier alignment (4.4) with it. The domain check
//! and the message analysis both call them.

mod discover;
mod explain;
mod generate;
mod lint;
mod messages;
mod parse;

pub use discover::{Applied, Discovery, WalkProblem, aligned, discover, policy_for, walk_names};
pub use explain::{explain, explain_report_auth};
pub use generate::{external_destinations, owner_name, report_auth_owner};
pub use lint::lint_model as lint;
pub use messages::MESSAGES;
pub(crate) use messages::WRONG_OWNER;
pub use parse::{parse, parse_report_auth};

use crate::uri::{Scheme, UriProblem};
use crate::{DomainName, ParseError};
use serde::Serialize;
use std::fmt;

/// A DMARC policy record (RFC 9989 4.7).
///
/// Build one with [`Dmarc::new`] and struct fields, or parse one with
/// [`parse`]. `Display` writes the canonical record.
///
/// ```
/// use selo::dmarc::{Alignment, Dmarc, Policy, ReportUri};
/// let record = Dmarc {
///     subdomain_policy: Some(Policy::Quarantine),
///     adkim: Some(Alignment::Strict),
///     rua: vec![ReportUri::mailto("dmarc@example.com").unwrap()],
///     ..Dmarc::new(Policy::Reject)
/// };
/// assert_eq!(
///     record.to_string(),
///     "v=DMARC1; p=reject; sp=quarantine; adkim=s; rua=mailto:dmarc@example.com"
/// );
/// let back: Dmarc = record.to_string().parse().unwrap();
/// assert_eq!(back, record);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize)]
pub struct Dmarc {
    /// `p`: the policy for the domain itself and, by default, its subdomains.
    /// When absent, receivers act as if `p=none` (RFC 9989 4.10.1).
    pub policy: Option<Policy>,
    /// `sp`: the policy for existing subdomains (default: `p`).
    pub subdomain_policy: Option<Policy>,
    /// `np`: the policy for non-existent subdomains (default: `sp`, then `p`).
    pub nonexistent_policy: Option<Policy>,
    /// `psd`: whether the domain is a public suffix domain (default `u`).
    pub psd: Option<Psd>,
    /// `t`: testing mode (`t=y` is `Some(true)`; default `n`).
    pub testing: Option<bool>,
    /// `adkim`: DKIM alignment mode (default relaxed).
    pub adkim: Option<Alignment>,
    /// `aspf`: SPF alignment mode (default relaxed).
    pub aspf: Option<Alignment>,
    /// `fo`: failure reporting options, in order (empty: tag absent; default `0`).
    pub failure_options: Vec<FailureOption>,
    /// `rua`: aggregate report destinations (empty: tag absent).
    pub rua: Vec<ReportUri>,
    /// `ruf`: failure report destinations (empty: tag absent).
    pub ruf: Vec<ReportUri>,
    /// Every other tag, in order, as written: unknown tags, the removed
    /// RFC 7489 tags `pct`, `rf` and `ri`, repeated tags, and tags whose
    /// value could not be read.
    pub other: Vec<UnknownTag>,
}

impl Dmarc {
    /// A record with just `v=DMARC1; p=<policy>`.
    ///
    /// ```
    /// use selo::dmarc::{Dmarc, Policy};
    /// assert_eq!(Dmarc::new(Policy::None).to_string(), "v=DMARC1; p=none");
    /// ```
    pub fn new(policy: Policy) -> Self {
        Dmarc {
            policy: Some(policy),
            ..Dmarc::default()
        }
    }

    /// The policy receivers apply to the domain itself: `p`, or `none` when
    /// absent.
    ///
    /// ```
    /// use selo::dmarc::{Dmarc, Policy};
    /// assert_eq!(Dmarc::default().effective_policy(), Policy::None);
    /// ```
    pub fn effective_policy(&self) -> Policy {
        self.policy.unwrap_or(Policy::None)
    }

    /// The policy for existing subdomains: `sp`, else `p`.
    ///
    /// ```
    /// use selo::dmarc::{Dmarc, Policy};
    /// assert_eq!(Dmarc::new(Policy::Reject).effective_subdomain_policy(), Policy::Reject);
    /// ```
    pub fn effective_subdomain_policy(&self) -> Policy {
        self.subdomain_policy
            .unwrap_or_else(|| self.effective_policy())
    }

    /// The policy for non-existent subdomains: `np`, else `sp`, else `p`
    /// (RFC 9989 4.7).
    ///
    /// ```
    /// use selo::dmarc::{Dmarc, Policy};
    /// let r = Dmarc { subdomain_policy: Some(Policy::Quarantine), ..Dmarc::new(Policy::Reject) };
    /// assert_eq!(r.effective_nonexistent_policy(), Policy::Quarantine);
    /// ```
    pub fn effective_nonexistent_policy(&self) -> Policy {
        self.nonexistent_policy
            .unwrap_or_else(|| self.effective_subdomain_policy())
    }
}

impl std::str::FromStr for Dmarc {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).into_result()
    }
}

/// The external report authorization record, published by a report
/// destination at `<domain>._report._dmarc.<destination>` (RFC 9990 4).
///
/// It must start with `v=DMARC1`; a trailing `;` is optional. It may carry
/// `rua` and `ruf` tags that override the destinations of the policy record
/// (they must use the same destination host).
///
/// ```
/// use selo::dmarc::{parse_report_auth, ReportAuth};
/// let auth = parse_report_auth("v=DMARC1;").value.unwrap();
/// assert_eq!(auth, ReportAuth::default());
/// assert_eq!(auth.to_string(), "v=DMARC1");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize)]
pub struct ReportAuth {
    /// `rua` override (empty: absent).
    pub rua: Vec<ReportUri>,
    /// `ruf` override (empty: absent).
    pub ruf: Vec<ReportUri>,
    /// Every other tag, in order, as written (they have no effect here).
    pub other: Vec<UnknownTag>,
}

impl std::str::FromStr for ReportAuth {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_report_auth(s).into_result()
    }
}

/// The words a [`crate::ValueError`] from a DMARC word lists as allowed.
fn not_one_of(value: &str, allowed: &str) -> crate::ValueError {
    crate::ValueError::with_reason(
        value,
        format!("allowed: {allowed}"),
        format!("valores admitidos: {allowed}"),
    )
}

macro_rules! word_enum {
    ($(#[$doc:meta])* $name:ident, $allowed:literal, { $($(#[$vdoc:meta])* $variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $word)] $variant),+
        }

        impl $name {
            /// Every value, in the RFC's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word as written in a record.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }
        }

        impl TryFrom<&str> for $name {
            type Error = crate::ValueError;
            /// Reads the word, in any case (ABNF strings are case-insensitive).
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                $(if s.eq_ignore_ascii_case($word) {
                    return Ok($name::$variant);
                })+
                Err(not_one_of(s, $allowed))
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::ValueError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::try_from(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

word_enum!(
    /// A Domain Owner Assessment Policy: the value of `p`, `sp` and `np`.
    ///
    /// ```
    /// use selo::dmarc::Policy;
    /// assert_eq!(Policy::try_from("ReJect").unwrap(), Policy::Reject);
    /// assert!(Policy::Quarantine > Policy::None);
    /// assert!(Policy::try_from("block").is_err());
    /// ```
    Policy, "none, quarantine, reject", {
        /// Monitoring only: no request to treat failing mail differently.
        None => "none",
        /// Treat failing mail as suspicious (spam folder).
        Quarantine => "quarantine",
        /// Reject failing mail.
        Reject => "reject",
    }
);

impl Policy {
    /// The policy a receiver applies while the record says `t=y`
    /// (RFC 9989 5.3): one step less, `reject` as `quarantine` and
    /// `quarantine` as `none`.
    ///
    /// ```
    /// use selo::dmarc::Policy;
    /// assert_eq!(Policy::Reject.in_testing(), Policy::Quarantine);
    /// assert_eq!(Policy::Quarantine.in_testing(), Policy::None);
    /// ```
    pub fn in_testing(self) -> Policy {
        match self {
            Policy::Reject => Policy::Quarantine,
            _ => Policy::None,
        }
    }
}

impl PartialOrd for Policy {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Policy {
    /// Orders by strength: none < quarantine < reject.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (*self as u8).cmp(&(*other as u8))
    }
}

word_enum!(
    /// An identifier alignment mode: the value of `adkim` and `aspf`.
    ///
    /// ```
    /// use selo::dmarc::Alignment;
    /// assert_eq!(Alignment::try_from("S").unwrap(), Alignment::Strict);
    /// ```
    Alignment, "r, s", {
        /// Relaxed: the organizational domains must match.
        Relaxed => "r",
        /// Strict: the domains must be identical.
        Strict => "s",
    }
);

word_enum!(
    /// The `psd` flag.
    ///
    /// ```
    /// use selo::dmarc::Psd;
    /// assert_eq!(Psd::try_from("y").unwrap(), Psd::Y);
    /// ```
    Psd, "y, n, u", {
        /// The domain is a public suffix domain.
        Y => "y",
        /// The domain is not a public suffix domain but is an organizational domain.
        N => "n",
        /// Unknown (the default): use the DNS tree walk.
        U => "u",
    }
);

word_enum!(
    /// One failure reporting option of `fo`.
    ///
    /// ```
    /// use selo::dmarc::FailureOption;
    /// assert_eq!(FailureOption::try_from("d").unwrap(), FailureOption::Dkim);
    /// ```
    FailureOption, "0, 1, d, s", {
        /// `0`: report when all mechanisms fail to give an aligned pass.
        All => "0",
        /// `1`: report when any mechanism fails to give an aligned pass.
        Any => "1",
        /// `d`: report DKIM signatures that fail to verify.
        Dkim => "d",
        /// `s`: report SPF failures.
        Spf => "s",
    }
);

impl FailureOption {
    /// Reads an `fo` list as typed (`1:d`, `d : 1`, `s:s`): each option
    /// once, in the canonical order of [`FailureOption::ALL`], so that the
    /// record, a form and the command line agree (RFC 9989 4.7). An empty
    /// text is the empty list.
    ///
    /// ```
    /// use selo::dmarc::FailureOption;
    /// let fo = FailureOption::list("d:1:d").unwrap();
    /// assert_eq!(fo, [FailureOption::Any, FailureOption::Dkim]);
    /// assert_eq!(FailureOption::join(&fo), "1:d");
    /// assert_eq!(FailureOption::list(""), Ok(vec![]));
    /// assert!(FailureOption::list("1:x").is_err());
    /// ```
    pub fn list(text: &str) -> Result<Vec<FailureOption>, crate::ValueError> {
        let mut on = [false; 4];
        for word in text.split(':').map(str::trim).filter(|w| !w.is_empty()) {
            let o = FailureOption::try_from(word)?;
            on[o.index()] = true;
        }
        Ok(FailureOption::ALL
            .iter()
            .copied()
            .filter(|o| on[o.index()])
            .collect())
    }

    /// The list written as `fo`'s value: `1:d`.
    pub fn join(options: &[FailureOption]) -> String {
        let mut out = String::new();
        for (i, o) in options.iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            out.push_str(o.as_str());
        }
        out
    }

    /// `options` with `self` switched on or off, in canonical order.
    ///
    /// ```
    /// use selo::dmarc::FailureOption::{Any, Dkim, Spf};
    /// assert_eq!(Spf.toggled(&[Dkim, Any], true), [Any, Dkim, Spf]);
    /// assert_eq!(Dkim.toggled(&[Any, Dkim], false), [Any]);
    /// ```
    pub fn toggled(self, options: &[FailureOption], on: bool) -> Vec<FailureOption> {
        FailureOption::ALL
            .iter()
            .copied()
            .filter(|o| if *o == self { on } else { options.contains(o) })
            .collect()
    }

    const fn index(self) -> usize {
        match self {
            FailureOption::All => 0,
            FailureOption::Any => 1,
            FailureOption::Dkim => 2,
            FailureOption::Spf => 3,
        }
    }
}

/// A report destination of `rua` or `ruf`.
///
/// Built by hand, only a valid `mailto:` URI can be made (the only scheme
/// receivers must support, RFC 9989 4.7). A parsed record keeps every URI as
/// written, including ones that failed the checks (the diagnostics say why)
/// and the obsolete `!size` suffix.
///
/// ```
/// use selo::dmarc::ReportUri;
/// let uri = ReportUri::mailto("dmarc@example.com").unwrap();
/// assert_eq!(uri.as_str(), "mailto:dmarc@example.com");
/// assert_eq!(uri.domain().unwrap().as_str(), "example.com");
/// assert!(ReportUri::try_from("https://example.com/dmarc").is_err());
/// assert!(ReportUri::try_from("mailto:dmarc@example.com!10m").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct ReportUri {
    uri: String,
    size: Option<String>,
}

impl ReportUri {
    /// `mailto:<address>`; the address must be `local@domain` with any
    /// character a URI cannot hold percent-encoded.
    pub fn mailto(address: &str) -> Result<Self, UriProblem> {
        ReportUri::try_from(format!("mailto:{address}").as_str())
    }

    /// A destination as a person types it in a form or on the command
    /// line: a `mailto:` URI (the scheme in any case), or a bare address
    /// that becomes one. White space around it is ignored.
    ///
    /// ```
    /// use selo::dmarc::ReportUri;
    /// for typed in ["d@example.com", " mailto:d@example.com ", "MAILTO:d@example.com"] {
    ///     assert_eq!(ReportUri::from_input(typed).unwrap().domain().unwrap().as_str(), "example.com");
    /// }
    /// assert!(ReportUri::from_input("https://example.com/r").is_err());
    /// assert!(ReportUri::from_input("not an address").is_err());
    /// ```
    pub fn from_input(typed: &str) -> Result<Self, UriProblem> {
        ReportUri::try_from(crate::uri::as_typed(typed).as_ref())
    }

    pub(crate) fn raw(uri: &str, size: Option<&str>) -> Self {
        ReportUri {
            uri: uri.to_string(),
            size: size.map(str::to_string),
        }
    }

    /// The URI as written, without the obsolete `!size` suffix.
    pub fn as_str(&self) -> &str {
        &self.uri
    }

    /// The obsolete size limit after `!`, as written (parsed records only).
    pub fn size(&self) -> Option<&str> {
        self.size.as_deref()
    }

    /// The URI scheme.
    pub fn scheme(&self) -> Scheme {
        crate::uri::scheme(&self.uri)
    }

    /// The decoded address of a valid `mailto:` URI.
    pub fn address(&self) -> Option<String> {
        crate::uri::check_mailto(&self.uri).ok()
    }

    /// The domain reports go to: the domain of a valid `mailto:` address, or
    /// the host of an `https:` URL.
    ///
    /// ```
    /// use selo::dmarc::parse;
    /// let r = parse("v=DMARC1; p=none; rua=mailto:a@Reports.Example.net").value.unwrap();
    /// assert_eq!(r.rua[0].domain().unwrap().as_str(), "Reports.Example.net");
    /// ```
    pub fn domain(&self) -> Option<DomainName> {
        match self.scheme() {
            Scheme::Mailto => {
                let addr = self.address()?;
                let (_, d) = addr.rsplit_once('@')?;
                DomainName::try_from(d).ok()
            }
            Scheme::Https => {
                crate::uri::check_https(&self.uri).ok()?;
                let rest = &self.uri[8..];
                let authority = rest.split(['/', '?', '#']).next()?;
                let host_port = authority.rsplit('@').next()?;
                let host = match host_port.rsplit_once(':') {
                    Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => h,
                    _ => host_port,
                };
                DomainName::try_from(host).ok()
            }
            Scheme::Other => None,
        }
    }
}

impl TryFrom<&str> for ReportUri {
    type Error = UriProblem;
    /// Accepts a valid `mailto:` URI without a size suffix.
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let s = s.trim();
        crate::uri::check_mailto(s)?;
        Ok(ReportUri::raw(s, None))
    }
}

impl fmt::Display for ReportUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.uri)?;
        if let Some(size) = &self.size {
            write!(f, "!{size}")?;
        }
        Ok(())
    }
}

crate::taglist::unknown_tag_type! {
    /// A tag kept as written: unknown, removed, repeated or unreadable.
    ///
    /// Built by hand, the name must be letters only and the value printable
    /// ASCII without `;` (RFC 9989 4.8); a parsed record keeps whatever was
    /// written.
    ///
    /// ```
    /// use selo::dmarc::UnknownTag;
    /// let t = UnknownTag::new("foo", "bar").unwrap();
    /// assert_eq!(t.to_string(), "foo=bar");
    /// assert!(UnknownTag::new("fo o", "bar").is_err());
    /// assert!(UnknownTag::new("foo", "a;b").is_err());
    /// assert!(UnknownTag::new("v", "DMARC2").is_err());
    /// ```
}

/// Why [`UnknownTag::new`] refused a tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnknownTagError {
    /// The name is empty, is not letters only, or is `v`.
    BadName,
    /// The value is empty, or holds `;` or a character outside printable ASCII.
    BadValue,
}

impl UnknownTagError {
    /// What is wrong, in both languages.
    pub const fn text(self) -> crate::Text {
        use crate::Text;
        match self {
            UnknownTagError::BadName => Text::new(
                "a tag name is one or more letters, and not v",
                "um nome de etiqueta tem uma ou mais letras, e não é v",
            ),
            UnknownTagError::BadValue => Text::new(
                "a tag value is one or more printable ASCII characters other than ';'",
                "um valor de etiqueta tem um ou mais carateres ASCII imprimíveis, sem ';'",
            ),
        }
    }
}

impl crate::Localized for UnknownTagError {
    fn message_in(&self, lang: crate::Lang) -> String {
        self.text().get(lang).to_string()
    }
}

impl fmt::Display for UnknownTagError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().en)
    }
}

impl std::error::Error for UnknownTagError {}

impl UnknownTag {
    /// A checked tag.
    pub fn new(name: &str, value: &str) -> Result<Self, UnknownTagError> {
        if name.is_empty()
            || !name.bytes().all(|b| b.is_ascii_alphabetic())
            || name.eq_ignore_ascii_case("v")
        {
            return Err(UnknownTagError::BadName);
        }
        let value = value.trim_matches([' ', '\t']);
        if value.is_empty()
            || !value
                .bytes()
                .all(|b| (0x20..=0x7e).contains(&b) && b != b';')
        {
            return Err(UnknownTagError::BadValue);
        }
        Ok(UnknownTag::kept(name, value))
    }
}

#[cfg(test)]
mod tests;
