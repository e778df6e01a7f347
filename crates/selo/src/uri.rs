//! Report URIs: the `mailto:` and `https:` addresses that DMARC (`rua`,
//! `ruf`) and TLS-RPT (`rua`) records send reports to.

use std::fmt;

/// The scheme of a report URI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    /// `mailto:` (RFC 6068).
    Mailto,
    /// `https:`.
    Https,
    /// Anything else.
    Other,
}

/// What is wrong with a report URI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UriProblem {
    /// Nothing after the scheme, or no scheme at all.
    NoScheme,
    /// The address of a `mailto:` URI is not `local@domain`.
    BadAddress,
    /// The domain of the address is not a domain name.
    BadDomain(crate::DomainError),
    /// A character that must be percent-encoded in a URI (space, `,`, `;`, `!`
    /// and so on).
    Unencoded(char),
    /// A `%` not followed by two hex digits.
    BadPercent,
    /// An `https:` URI without a host.
    NoHost,
}

impl crate::Localized for UriProblem {
    fn message_in(&self, lang: crate::Lang) -> String {
        use crate::Text;
        let t = match self {
            UriProblem::NoScheme => Text::new(
                "no scheme such as mailto: or https:",
                "falta um esquema como mailto: ou https:",
            ),
            UriProblem::BadAddress => Text::new(
                "the address is not of the form name@domain",
                "o endereço não é da forma nome@domínio",
            ),
            UriProblem::BadDomain(e) => return e.message_in(lang),
            UriProblem::Unencoded(c) => {
                let shown = format!("{c:?}");
                return crate::diagnostic::fill(
                    Text::new(
                        "the character {c} must be percent-encoded",
                        "o caráter {c} tem de ser codificado com %",
                    )
                    .get(lang),
                    |_| Some(&shown),
                )
                .into_owned();
            }
            UriProblem::BadPercent => Text::new(
                "a % is not followed by two hexadecimal digits",
                "um % não é seguido de dois algarismos hexadecimais",
            ),
            UriProblem::NoHost => Text::new("the URL has no host", "o URL não tem anfitrião"),
        };
        t.get(lang).to_string()
    }
}

impl fmt::Display for UriProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::Localized::message_in(self, crate::Lang::En))
    }
}

/// The scheme of `uri` (case-insensitive).
///
/// ```
/// use selo::uri::{scheme, Scheme};
/// assert_eq!(scheme("MAILTO:a@example.com"), Scheme::Mailto);
/// assert_eq!(scheme("https://example.com/r"), Scheme::Https);
/// assert_eq!(scheme("http://example.com/r"), Scheme::Other);
/// assert_eq!(scheme("mailtü:x"), Scheme::Other);
/// ```
pub fn scheme(uri: &str) -> Scheme {
    let lower = |p: &str| {
        uri.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
    };
    if lower("mailto:") {
        Scheme::Mailto
    } else if lower("https:") {
        Scheme::Https
    } else {
        Scheme::Other
    }
}

fn check_percent(s: &str) -> Result<(), UriProblem> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            if i + 2 >= b.len() || !b[i + 1].is_ascii_hexdigit() || !b[i + 2].is_ascii_hexdigit() {
                return Err(UriProblem::BadPercent);
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    Ok(())
}

/// Checks a `mailto:` URI and returns its address (percent-decoded).
///
/// The address must be `local@domain` (RFC 5322 addr-spec); characters that
/// a URI cannot hold unencoded are refused.
///
/// ```
/// use selo::uri::{check_mailto, UriProblem};
/// assert_eq!(check_mailto("mailto:dmarc@example.com").unwrap(), "dmarc@example.com");
/// assert_eq!(check_mailto("mailto:dmarc%2Breports@example.com").unwrap(), "dmarc+reports@example.com");
/// assert_eq!(check_mailto("mailto:example.com"), Err(UriProblem::BadAddress));
/// assert!(check_mailto("mailto:a b@example.com").is_err());
/// ```
pub fn check_mailto(uri: &str) -> Result<String, UriProblem> {
    if scheme(uri) != Scheme::Mailto {
        return Err(UriProblem::NoScheme);
    }
    let rest = &uri["mailto:".len()..];
    let addr = rest.split('?').next().unwrap_or("");
    // No `@` at all: not an address (say so before any character check,
    // so that `not an email` is not "must be percent-encoded").
    if addr.is_empty() || !addr.contains('@') {
        return Err(UriProblem::BadAddress);
    }
    for c in addr.chars() {
        if c.is_whitespace()
            || c.is_control()
            || matches!(c, ',' | ';' | '!' | '<' | '>' | '"' | '\\' | '[' | ']')
            || !c.is_ascii()
        {
            return Err(UriProblem::Unencoded(c));
        }
    }
    check_percent(addr)?;
    let decoded = percent_decode(addr);
    let (local, domain) = match decoded.rsplit_once('@') {
        Some((l, d)) if !l.is_empty() && !d.is_empty() => (l, d),
        _ => return Err(UriProblem::BadAddress),
    };
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c);
    if !local.chars().all(atext)
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return Err(UriProblem::BadAddress);
    }
    crate::domain::check(domain).map_err(UriProblem::BadDomain)?;
    if !domain.contains('.') {
        return Err(UriProblem::BadDomain(crate::DomainError::EmptyLabel));
    }
    Ok(decoded)
}

/// A report address as people type it: text without a scheme (a bare
/// `name@domain`, or a mistyped one) gets `mailto:` in front; anything
/// with a scheme is returned trimmed, for the URI checks to judge. Shared by DMARC's and
/// TLS-RPT's `rua=` ([`crate::dmarc::ReportUri::from_input`],
/// [`crate::tls_rpt::ReportUri::from_input`]).
///
/// ```
/// use selo::uri::as_typed;
/// assert_eq!(as_typed(" tls@example.com "), "mailto:tls@example.com");
/// assert_eq!(as_typed("MAILTO:tls@example.com"), "MAILTO:tls@example.com");
/// assert_eq!(as_typed("https://example.com/r"), "https://example.com/r");
/// assert_eq!(as_typed("example.com"), "mailto:example.com");
/// ```
pub fn as_typed(s: &str) -> std::borrow::Cow<'_, str> {
    let s = s.trim();
    let has_scheme = s
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.contains('@'));
    // Without a scheme, the text was meant as an address: read it as one,
    // so that a mistake is reported as a bad address, not a missing scheme.
    if !has_scheme && !s.is_empty() {
        std::borrow::Cow::Owned(format!("mailto:{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Checks an `https:` URL: a host that is a domain name, and nothing a URL
/// cannot hold unencoded.
///
/// ```
/// use selo::uri::check_https;
/// assert!(check_https("https://reports.example.com/tlsrpt").is_ok());
/// assert!(check_https("https:///x").is_err());
/// ```
pub fn check_https(uri: &str) -> Result<(), UriProblem> {
    if scheme(uri) != Scheme::Https {
        return Err(UriProblem::NoScheme);
    }
    let rest = &uri["https:".len()..];
    let Some(rest) = rest.strip_prefix("//") else {
        return Err(UriProblem::NoHost);
    };
    for c in rest.chars() {
        if c.is_whitespace()
            || c.is_control()
            || matches!(c, ',' | ';' | '!' | '<' | '>' | '"' | '\\')
            || !c.is_ascii()
        {
            return Err(UriProblem::Unencoded(c));
        }
    }
    check_percent(rest)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = match host_port.rsplit_once(':') {
        Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host_port,
    };
    if host.is_empty() {
        return Err(UriProblem::NoHost);
    }
    crate::domain::check(host).map_err(UriProblem::BadDomain)
}

/// Decodes `%XX` escapes; malformed escapes are kept as they are.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lang, Localized};

    /// The message names the real problem.
    #[test]
    fn address_problems_are_named() {
        for (uri, want) in [
            ("mailto:not an email", UriProblem::BadAddress),
            ("mailto:example.com", UriProblem::BadAddress),
            ("mailto:a b@example.com", UriProblem::Unencoded(' ')),
        ] {
            assert_eq!(check_mailto(uri), Err(want), "{uri}");
        }
        let e = check_mailto("mailto:not an email").unwrap_err();
        assert!(e.message_in(Lang::En).contains("not of the form"), "{e}");
    }

    #[test]
    fn bare_addresses_get_mailto_for_both_rua() {
        for (typed, dmarc_ok, tls_ok) in [
            ("tls@example.com", true, true),
            ("mailto:tls@example.com", true, true),
            ("https://reports.example.com/tls", false, true),
            ("not an email", false, false),
            ("example.com", false, false),
        ] {
            assert_eq!(
                crate::dmarc::ReportUri::from_input(typed).is_ok(),
                dmarc_ok,
                "{typed}"
            );
            assert_eq!(
                crate::tls_rpt::ReportUri::from_input(typed).is_ok(),
                tls_ok,
                "{typed}"
            );
        }
        assert_eq!(
            crate::tls_rpt::ReportUri::from_input(" tls@example.com ")
                .unwrap()
                .as_str(),
            "mailto:tls@example.com"
        );
    }
}
