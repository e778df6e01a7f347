//! [`Spf`] to text: `Display`, the builder and the owner name.

use super::{
    DomainSpec, DualCidr, Ip4Network, Ip6Network, Mechanism, Modifier, Qualifier, Spf, Term,
    UnknownTag,
};
use crate::DomainName;
use std::fmt;

impl fmt::Display for Spf {
    /// The canonical record: `v=spf1`, then the terms in order, one space
    /// apart, names in lowercase, `+` left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("v=spf1")?;
        for t in &self.terms {
            write!(f, " {t}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Mechanism { qualifier, kind } => {
                if *qualifier != Qualifier::Pass {
                    write!(f, "{}", qualifier.symbol())?;
                }
                write!(f, "{kind}")
            }
            Term::Modifier(m) => write!(f, "{m}"),
        }
    }
}

impl fmt::Display for Mechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())?;
        match self {
            Mechanism::All | Mechanism::Ptr(None) => Ok(()),
            Mechanism::Include(d) | Mechanism::Exists(d) | Mechanism::Ptr(Some(d)) => {
                write!(f, ":{d}")
            }
            Mechanism::A { domain, cidr } | Mechanism::Mx { domain, cidr } => {
                if let Some(d) = domain {
                    write!(f, ":{d}")?;
                }
                write!(f, "{cidr}")
            }
            Mechanism::Ip4(n) => write!(f, ":{n}"),
            Mechanism::Ip6(n) => write!(f, ":{n}"),
        }
    }
}

impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Modifier::Redirect(d) => write!(f, "redirect={d}"),
            Modifier::Exp(d) => write!(f, "exp={d}"),
            Modifier::Unknown(u) => write!(f, "{u}"),
        }
    }
}

impl fmt::Display for DualCidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.ip4 {
            write!(f, "/{p}")?;
        }
        if let Some(p) = self.ip6 {
            write!(f, "//{p}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Ip4Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.addr)?;
        if let Some(p) = self.prefix {
            write!(f, "/{p}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Ip6Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.addr)?;
        if let Some(p) = self.prefix {
            write!(f, "/{p}")?;
        }
        Ok(())
    }
}

impl fmt::Display for DomainSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Builds an [`Spf`] term by term, in the order the methods are called.
///
/// Every argument is a checked newtype, so the record it builds is always
/// well-formed. `redirect` and `exp` replace an earlier one rather than
/// adding a second.
///
/// ```
/// use selo::spf::{Spf, Qualifier, Mechanism, Ip6Network, DomainSpec, UnknownTag};
/// let spf = Spf::builder()
///     .mx()
///     .a_at(DomainSpec::try_from("mail.example.com").unwrap())
///     .ip6(Ip6Network::try_from("2001:db8::/32").unwrap())
///     .mechanism(Qualifier::SoftFail, Mechanism::Exists(DomainSpec::try_from("%{i}._spf.example.com").unwrap()))
///     .all(Qualifier::Fail)
///     .exp(DomainSpec::try_from("explain._spf.%{d}").unwrap())
///     .modifier(UnknownTag::new("ra", "postmaster").unwrap())
///     .build();
/// assert_eq!(
///     spf.to_string(),
///     "v=spf1 mx a:mail.example.com ip6:2001:db8::/32 ~exists:%{i}._spf.example.com -all exp=explain._spf.%{d} ra=postmaster"
/// );
/// ```
#[derive(Clone, Debug, Default)]
pub struct SpfBuilder {
    terms: Vec<Term>,
}

impl SpfBuilder {
    /// Adds a mechanism with a qualifier.
    pub fn mechanism(mut self, qualifier: Qualifier, kind: Mechanism) -> Self {
        self.terms.push(Term::Mechanism { qualifier, kind });
        self
    }

    /// Adds `ip4:<network>`.
    pub fn ip4(self, net: Ip4Network) -> Self {
        self.mechanism(Qualifier::Pass, Mechanism::Ip4(net))
    }

    /// Adds `ip6:<network>`.
    pub fn ip6(self, net: Ip6Network) -> Self {
        self.mechanism(Qualifier::Pass, Mechanism::Ip6(net))
    }

    /// Adds `include:<domain>`.
    ///
    /// An include already in the record (the same domain-spec in any
    /// case) is not added again: a second one costs a DNS lookup of the
    /// ten allowed (RFC 7208 4.6.4) and changes nothing.
    ///
    /// ```
    /// use selo::spf::{DomainSpec, Spf};
    /// let g = |s| DomainSpec::try_from(s).unwrap();
    /// let spf = Spf::builder()
    ///     .include(g("_spf.google.com"))
    ///     .include(g("_SPF.Google.com"))
    ///     .include(g("spf.protection.outlook.com"))
    ///     .build();
    /// assert_eq!(spf.to_string(), "v=spf1 include:_spf.google.com include:spf.protection.outlook.com");
    /// ```
    pub fn include(self, domain: DomainSpec) -> Self {
        let known = self.terms.iter().any(|t| {
            matches!(t, Term::Mechanism { kind: Mechanism::Include(d), .. }
                if d.as_str().eq_ignore_ascii_case(domain.as_str()))
        });
        if known {
            return self;
        }
        self.mechanism(Qualifier::Pass, Mechanism::Include(domain))
    }

    /// Adds `a` (the domain's own addresses).
    pub fn a(self) -> Self {
        self.mechanism(
            Qualifier::Pass,
            Mechanism::A {
                domain: None,
                cidr: DualCidr::default(),
            },
        )
    }

    /// Adds `a:<domain>`.
    pub fn a_at(self, domain: DomainSpec) -> Self {
        self.mechanism(
            Qualifier::Pass,
            Mechanism::A {
                domain: Some(domain),
                cidr: DualCidr::default(),
            },
        )
    }

    /// Adds `mx` (the domain's own mail servers).
    pub fn mx(self) -> Self {
        self.mechanism(
            Qualifier::Pass,
            Mechanism::Mx {
                domain: None,
                cidr: DualCidr::default(),
            },
        )
    }

    /// Adds `mx:<domain>`.
    pub fn mx_at(self, domain: DomainSpec) -> Self {
        self.mechanism(
            Qualifier::Pass,
            Mechanism::Mx {
                domain: Some(domain),
                cidr: DualCidr::default(),
            },
        )
    }

    /// Adds `exists:<domain>`.
    pub fn exists(self, domain: DomainSpec) -> Self {
        self.mechanism(Qualifier::Pass, Mechanism::Exists(domain))
    }

    /// Adds `all` with a qualifier (`-all`, `~all`...).
    pub fn all(self, qualifier: Qualifier) -> Self {
        self.mechanism(qualifier, Mechanism::All)
    }

    /// Sets `redirect=<domain>` (replacing an earlier one in place).
    pub fn redirect(self, domain: DomainSpec) -> Self {
        self.set(Modifier::Redirect(domain))
    }

    /// Sets `exp=<domain>` (replacing an earlier one in place).
    pub fn exp(self, domain: DomainSpec) -> Self {
        self.set(Modifier::Exp(domain))
    }

    /// Adds an unknown modifier, kept as given.
    pub fn modifier(mut self, m: UnknownTag) -> Self {
        self.terms.push(Term::Modifier(Modifier::Unknown(m)));
        self
    }

    fn set(mut self, m: Modifier) -> Self {
        let same = |t: &Term| {
            matches!(
                (t, &m),
                (Term::Modifier(Modifier::Redirect(_)), Modifier::Redirect(_))
                    | (Term::Modifier(Modifier::Exp(_)), Modifier::Exp(_))
            )
        };
        match self.terms.iter().position(same) {
            Some(k) => self.terms[k] = Term::Modifier(m),
            None => self.terms.push(Term::Modifier(m)),
        }
        self
    }

    /// The record.
    pub fn build(self) -> Spf {
        Spf { terms: self.terms }
    }
}

/// Where an SPF record is published: at the domain itself (RFC 7208 3), as
/// a TXT record.
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// assert_eq!(selo::spf::owner_name(&d).as_str(), "example.com");
/// ```
pub fn owner_name(domain: &DomainName) -> DomainName {
    domain.clone()
}
