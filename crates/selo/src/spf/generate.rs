//! [`Spf`] to text: `Display`, the builder, the owner name and explanations.

use super::{
    DomainSpec, DualCidr, Ip4Network, Ip6Network, Mechanism, Modifier, Qualifier, Spf, Term,
    UnknownModifier,
};
use crate::{DomainName, Explanation, Text};
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

impl fmt::Display for UnknownModifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}", self.name, self.value)
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
/// use selo::spf::{Spf, Qualifier, Mechanism, Ip6Network, DomainSpec, UnknownModifier};
/// let spf = Spf::builder()
///     .mx()
///     .a_at(DomainSpec::try_from("mail.example.com").unwrap())
///     .ip6(Ip6Network::try_from("2001:db8::/32").unwrap())
///     .mechanism(Qualifier::SoftFail, Mechanism::Exists(DomainSpec::try_from("%{i}._spf.example.com").unwrap()))
///     .all(Qualifier::Fail)
///     .exp(DomainSpec::try_from("explain._spf.%{d}").unwrap())
///     .modifier(UnknownModifier::new("ra", "postmaster").unwrap())
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
    pub fn modifier(mut self, m: UnknownModifier) -> Self {
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

const QUALIFIER_MEANING: [Text; 4] = [
    Text::new(
        "Pass: servers that match may send mail for the domain.",
        "Passa: os servidores que correspondem podem enviar correio pelo domínio.",
    ),
    Text::new(
        "Fail: servers that match may not send mail for the domain; receivers may reject it.",
        "Falha: os servidores que correspondem não podem enviar correio pelo domínio; os recetores podem rejeitá-lo.",
    ),
    Text::new(
        "Softfail: servers that match should not send; receivers accept the mail but mark it as suspicious.",
        "Softfail: os servidores que correspondem não deveriam enviar; os recetores aceitam o correio mas marcam-no como suspeito.",
    ),
    Text::new(
        "Neutral: no statement about servers that match.",
        "Neutral: nada se afirma sobre os servidores que correspondem.",
    ),
];

fn qualifier_meaning(q: Qualifier) -> Text {
    QUALIFIER_MEANING[match q {
        Qualifier::Pass => 0,
        Qualifier::Fail => 1,
        Qualifier::SoftFail => 2,
        Qualifier::Neutral => 3,
    }]
}

pub(crate) fn explain(spf: &Spf) -> Vec<Explanation> {
    let mut out = vec![Explanation {
        tag: "v".into(),
        value: "spf1".into(),
        meaning: Text::new(
            "The version: marks this TXT record as an SPF record, the list of servers allowed to send mail for the domain.",
            "A versão: identifica este registo TXT como registo SPF, a lista de servidores autorizados a enviar correio pelo domínio.",
        ),
        value_meaning: None,
        default: None,
    }];
    for t in &spf.terms {
        let (tag, value, meaning, value_meaning, default) = match t {
            Term::Mechanism { qualifier, kind } => {
                let q = if *qualifier == Qualifier::Pass {
                    String::new()
                } else {
                    qualifier.symbol().to_string()
                };
                let value = kind.to_string()[kind.name().len()..]
                    .trim_start_matches(':')
                    .to_string();
                let (meaning, default) = mechanism_meaning(kind);
                (
                    format!("{q}{}", kind.name()),
                    value,
                    meaning,
                    Some(qualifier_meaning(*qualifier)),
                    default,
                )
            }
            Term::Modifier(m) => {
                let (name, value, meaning) = match m {
                    Modifier::Redirect(d) => (
                        "redirect",
                        d.to_string(),
                        Text::new(
                            "When no mechanism matches, use the SPF record of this domain instead (only when there is no all).",
                            "Quando nenhum mecanismo corresponde, usa-se o registo SPF deste domínio (só quando não há all).",
                        ),
                    ),
                    Modifier::Exp(d) => (
                        "exp",
                        d.to_string(),
                        Text::new(
                            "Where receivers find a TXT record with the explanation they give when a message fails SPF.",
                            "Onde os recetores encontram um registo TXT com a explicação que dão quando uma mensagem falha o SPF.",
                        ),
                    ),
                    Modifier::Unknown(u) => (
                        u.name(),
                        u.value().to_string(),
                        Text::new(
                            "A modifier receivers do not know; they ignore it.",
                            "Um modificador que os recetores não conhecem; ignoram-no.",
                        ),
                    ),
                };
                (name.to_string(), value, meaning, None, None)
            }
        };
        out.push(Explanation {
            tag,
            value,
            meaning,
            value_meaning,
            default,
        });
    }
    out
}

fn mechanism_meaning(m: &Mechanism) -> (Text, Option<&'static str>) {
    match m {
        Mechanism::All => (
            Text::new(
                "Matches every server: it gives the result for all mail not matched before, so it goes last.",
                "Corresponde a qualquer servidor: dá o resultado para todo o correio não correspondido antes, por isso fica no fim.",
            ),
            None,
        ),
        Mechanism::Include(_) => (
            Text::new(
                "Matches the servers allowed by another domain's SPF record (for example your e-mail provider's). Costs one DNS lookup, plus those of that record.",
                "Corresponde aos servidores autorizados pelo registo SPF de outro domínio (por exemplo, o do seu fornecedor de e-mail). Custa uma consulta DNS, mais as desse registo.",
            ),
            None,
        ),
        Mechanism::A { .. } => (
            Text::new(
                "Matches the IP addresses (A and AAAA records) of the domain. Costs one DNS lookup.",
                "Corresponde aos endereços IP (registos A e AAAA) do domínio. Custa uma consulta DNS.",
            ),
            Some("the domain being checked"),
        ),
        Mechanism::Mx { .. } => (
            Text::new(
                "Matches the domain's mail servers (its MX records). Costs one DNS lookup.",
                "Corresponde aos servidores de correio do domínio (os seus registos MX). Custa uma consulta DNS.",
            ),
            Some("the domain being checked"),
        ),
        Mechanism::Ptr(_) => (
            Text::new(
                "Matches servers whose reverse DNS name ends in the domain. Slow and unreliable: do not use it.",
                "Corresponde aos servidores cujo nome DNS inverso termina no domínio. Lento e pouco fiável: não o use.",
            ),
            Some("the domain being checked"),
        ),
        Mechanism::Ip4(_) => (
            Text::new(
                "Matches this IPv4 address or network. Needs no DNS lookup.",
                "Corresponde a este endereço ou rede IPv4. Não precisa de consulta DNS.",
            ),
            None,
        ),
        Mechanism::Ip6(_) => (
            Text::new(
                "Matches this IPv6 address or network. Needs no DNS lookup.",
                "Corresponde a este endereço ou rede IPv6. Não precisa de consulta DNS.",
            ),
            None,
        ),
        Mechanism::Exists(_) => (
            Text::new(
                "Matches when this name (usually built with macros) has an A record. Costs one DNS lookup.",
                "Corresponde quando este nome (normalmente construído com macros) tem um registo A. Custa uma consulta DNS.",
            ),
            None,
        ),
    }
}
