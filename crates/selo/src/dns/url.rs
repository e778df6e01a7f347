//! The resolver's address: an RFC 8484 URL.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The URL of a DNS-over-HTTPS resolver (RFC 8484 URI template without
/// variables: Selo appends `?dns=`).
///
/// Only `https://` URLs are accepted, except plain `http://` to the user's
/// own machine (`127.0.0.0/8`, `[::1]`, `localhost`), for a local resolver.
/// The URL may not carry a query, a fragment or credentials.
///
/// ```
/// use selo::dns::ResolverUrl;
/// let u = ResolverUrl::try_from("https://dns.example.net/dns-query").unwrap();
/// assert_eq!(u.host(), "dns.example.net");
/// assert!(ResolverUrl::try_from("http://dns.example.net/dns-query").is_err());
/// assert!(ResolverUrl::try_from("http://127.0.0.1:8053/dns-query").is_ok());
/// assert_eq!(ResolverUrl::default(), ResolverUrl::CLOUDFLARE);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ResolverUrl(std::borrow::Cow<'static, str>);

/// Why a resolver URL is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolverUrlError {
    /// Neither `https://` nor `http://`.
    Scheme,
    /// `http://` to a host that is not this machine.
    PlainHttpNotLoopback,
    /// No host, a bad port, or a character a URL cannot hold.
    Malformed,
    /// The URL has a query (`?`), a fragment (`#`) or credentials (`@`).
    Extra,
}

impl fmt::Display for ResolverUrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ResolverUrlError::Scheme => "a resolver URL starts with https://",
            ResolverUrlError::PlainHttpNotLoopback => {
                "plain http:// is allowed only for a resolver on this machine (127.0.0.1, [::1], localhost)"
            }
            ResolverUrlError::Malformed => "this is not a valid URL",
            ResolverUrlError::Extra => {
                "a resolver URL cannot carry a query (?), a fragment (#) or a user name (@)"
            }
        })
    }
}

impl std::error::Error for ResolverUrlError {}

impl crate::Localized for ResolverUrlError {
    fn message_in(&self, lang: crate::Lang) -> String {
        match lang {
            crate::Lang::En => self.to_string(),
            crate::Lang::Pt => match self {
                ResolverUrlError::Scheme => "o URL de um resolvedor começa por https://",
                ResolverUrlError::PlainHttpNotLoopback => {
                    "http:// simples só é admitido para um resolvedor nesta máquina (127.0.0.1, [::1], localhost)"
                }
                ResolverUrlError::Malformed => "este URL não é válido",
                ResolverUrlError::Extra => {
                    "o URL de um resolvedor não pode ter parâmetros (?), um fragmento (#) nem um nome de utilizador (@)"
                }
            }
            .into(),
        }
    }
}

impl ResolverUrl {
    /// Cloudflare's resolver, the default.
    pub const CLOUDFLARE: ResolverUrl = ResolverUrl(std::borrow::Cow::Borrowed(
        "https://cloudflare-dns.com/dns-query",
    ));
    /// Google Public DNS.
    pub const GOOGLE: ResolverUrl =
        ResolverUrl(std::borrow::Cow::Borrowed("https://dns.google/dns-query"));
    /// Quad9.
    pub const QUAD9: ResolverUrl = ResolverUrl(std::borrow::Cow::Borrowed(
        "https://dns.quad9.net/dns-query",
    ));

    /// The presets, default first: (name, URL). The page lists them; the
    /// command takes a name in any case.
    pub const PRESETS: [(&'static str, ResolverUrl); 3] = [
        ("Cloudflare", ResolverUrl::CLOUDFLARE),
        ("Google", ResolverUrl::GOOGLE),
        ("Quad9", ResolverUrl::QUAD9),
    ];

    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The host (without port; an IPv6 address keeps its brackets).
    pub fn host(&self) -> &str {
        let (_, rest) = self.0.split_once("://").unwrap_or(("", &self.0));
        let authority = rest.split('/').next().unwrap_or(rest);
        split_host_port(authority)
            .map(|(h, _)| h)
            .unwrap_or(authority)
    }

    /// A preset by its short name (`cloudflare`, `google`, `quad9`), or
    /// any URL.
    pub fn parse(s: &str) -> Result<ResolverUrl, ResolverUrlError> {
        let t = s.trim();
        for (name, url) in ResolverUrl::PRESETS {
            if t.eq_ignore_ascii_case(name) {
                return Ok(url);
            }
        }
        ResolverUrl::try_from(t)
    }

    /// True for one of the presets.
    pub fn is_preset(&self) -> bool {
        ResolverUrl::PRESETS.iter().any(|(_, u)| u == self)
    }
}

impl Default for ResolverUrl {
    fn default() -> Self {
        ResolverUrl::CLOUDFLARE
    }
}

impl fmt::Display for ResolverUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<ResolverUrl> for String {
    fn from(u: ResolverUrl) -> String {
        u.0.into_owned()
    }
}

impl TryFrom<String> for ResolverUrl {
    type Error = ResolverUrlError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        ResolverUrl::try_from(s.as_str())
    }
}

impl std::str::FromStr for ResolverUrl {
    type Err = ResolverUrlError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ResolverUrl::parse(s)
    }
}

/// `host[:port]` or `[v6][:port]` into the host and the port text.
fn split_host_port(authority: &str) -> Option<(&str, Option<&str>)> {
    if let Some(rest) = authority.strip_prefix('[') {
        let close = rest.find(']')?;
        let host = &authority[..close + 2];
        let after = &rest[close + 1..];
        match after.strip_prefix(':') {
            Some(p) => Some((host, Some(p))),
            None if after.is_empty() => Some((host, None)),
            None => None,
        }
    } else {
        match authority.split_once(':') {
            Some((h, p)) => Some((h, Some(p))),
            None => Some((authority, None)),
        }
    }
}

fn is_loopback(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => is_v6_loopback(v6),
        None => is_v4_loopback(host),
    }
}

/// Whether `text` is an IPv4 address in 127.0.0.0/8, in the dotted form
/// `Ipv4Addr` reads (four decimal parts of at most 255, no leading zeros).
fn is_v4_loopback(text: &str) -> bool {
    let mut parts = 0;
    for (i, part) in text.split('.').enumerate() {
        let ok = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && !(part.len() > 1 && part.starts_with('0'))
            && part.parse::<u16>().is_ok_and(|n| n <= 255);
        if !ok || (i == 0 && part != "127") {
            return false;
        }
        parts += 1;
    }
    parts == 4
}

/// Whether `text` is `::1` written in any of IPv6's forms (RFC 4291 2.2:
/// leading zeros dropped or not, `::` for a run of zero groups). Read here
/// rather than by `Ipv6Addr`'s parser, which would weigh on every page
/// module that checks a resolver URL for this one address.
fn is_v6_loopback(text: &str) -> bool {
    let groups = |part: &str| -> Option<Vec<u16>> {
        if part.is_empty() {
            return Some(Vec::new());
        }
        part.split(':')
            .map(|g| {
                (!g.is_empty() && g.len() <= 4)
                    .then(|| u16::from_str_radix(g, 16).ok())
                    .flatten()
            })
            .collect()
    };
    let all = match text.split_once("::") {
        Some((head, tail)) => {
            let (head, tail) = (groups(head), groups(tail));
            match (head, tail) {
                (Some(h), Some(t)) if h.len() + t.len() < 8 && !t.is_empty() => {
                    let mut all = h;
                    all.resize(8 - t.len(), 0);
                    all.extend(t);
                    all
                }
                _ => return false,
            }
        }
        None => match groups(text) {
            Some(g) if g.len() == 8 => g,
            _ => return false,
        },
    };
    all[..7].iter().all(|&g| g == 0) && all[7] == 1
}

impl TryFrom<&str> for ResolverUrl {
    type Error = ResolverUrlError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let s = s.trim();
        let lower = s.to_ascii_lowercase();
        let (secure, rest) = if lower.starts_with("https://") {
            (true, &s[8..])
        } else if lower.starts_with("http://") {
            (false, &s[7..])
        } else {
            return Err(ResolverUrlError::Scheme);
        };
        if s.len() > 2048
            || s.chars().any(|c| {
                !c.is_ascii_graphic()
                    || matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
            })
        {
            return Err(ResolverUrlError::Malformed);
        }
        if rest.contains(['?', '#', '@']) {
            return Err(ResolverUrlError::Extra);
        }
        let authority = rest.split('/').next().unwrap_or("");
        let (host, port) = split_host_port(authority).ok_or(ResolverUrlError::Malformed)?;
        if host.is_empty() {
            return Err(ResolverUrlError::Malformed);
        }
        if let Some(p) = port
            && (p.is_empty() || p.parse::<u16>().map_or(true, |n| n == 0))
        {
            return Err(ResolverUrlError::Malformed);
        }
        if !host.starts_with('[')
            && !host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return Err(ResolverUrlError::Malformed);
        }
        if !secure && !is_loopback(host) {
            return Err(ResolverUrlError::PlainHttpNotLoopback);
        }
        let scheme = if secure { "https://" } else { "http://" };
        let path = &rest[authority.len()..];
        let path = if path.is_empty() { "/" } else { path };
        Ok(ResolverUrl(std::borrow::Cow::Owned(format!(
            "{scheme}{}{path}",
            authority.to_ascii_lowercase()
        ))))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn loopback_v4_is_read_as_the_standard_parser_reads_it() {
        for text in [
            "127.0.0.1",
            "127.1.2.3",
            "127.255.255.255",
            "128.0.0.1",
            "127.0.0",
            "127.0.0.1.1",
            "127.0.0.01",
            "127.0.0.256",
            "127..0.1",
            "",
            "127.0.0.1 ",
            "+127.0.0.1",
            "0127.0.0.1",
            "127.0.0.0",
            "1.2.3.4",
            "127.000.0.1",
            "localhost",
        ] {
            let std = text
                .parse::<std::net::Ipv4Addr>()
                .is_ok_and(|a| a.is_loopback());
            assert_eq!(super::is_v4_loopback(text), std, "{text}");
        }
    }

    #[test]
    fn loopback_v6_is_read_as_the_standard_parser_reads_it() {
        for text in [
            "::1",
            "0::1",
            "0:0:0:0:0:0:0:1",
            "0000:0000:0000:0000:0000:0000:0000:0001",
            "::0:1",
            "0:0::1",
            "::",
            "::2",
            "1::1",
            "::1:0",
            "::ffff:127.0.0.1",
            "1:2:3:4:5:6:7:8",
            "::1::",
            ":::1",
            "0:0:0:0:0:0:0:0:1",
            "00000::1",
            "g::1",
            "",
            ":",
            "::01",
            "::0001",
        ] {
            let std = text
                .parse::<std::net::Ipv6Addr>()
                .is_ok_and(|a| a.is_loopback());
            assert_eq!(super::is_v6_loopback(text), std, "{text}");
        }
    }

    use super::*;

    #[test]
    fn presets_and_rules() {
        assert_eq!(
            ResolverUrl::default().as_str(),
            "https://cloudflare-dns.com/dns-query"
        );
        assert_eq!(ResolverUrl::GOOGLE.as_str(), "https://dns.google/dns-query");
        assert_eq!(
            ResolverUrl::QUAD9.as_str(),
            "https://dns.quad9.net/dns-query"
        );
        assert_eq!(ResolverUrl::parse("Quad9").unwrap(), ResolverUrl::QUAD9);
        assert_eq!(ResolverUrl::CLOUDFLARE.host(), "cloudflare-dns.com");
        assert!(ResolverUrl::GOOGLE.is_preset());

        let ok = [
            "https://dns.example.net/dns-query",
            "https://dns.example.net:8443/q",
            "HTTPS://DNS.Example.NET/dns-query",
            "http://127.0.0.1:8053/dns-query",
            "http://127.9.9.9/dns-query",
            "http://[::1]:8053/dns-query",
            "http://localhost:8053/dns-query",
            "https://[2001:db8::1]/dns-query",
        ];
        for u in ok {
            assert!(ResolverUrl::try_from(u).is_ok(), "{u}");
        }
        let bad = [
            (
                "http://dns.example.net/dns-query",
                ResolverUrlError::PlainHttpNotLoopback,
            ),
            (
                "http://128.0.0.1/dns-query",
                ResolverUrlError::PlainHttpNotLoopback,
            ),
            (
                "http://[::2]/dns-query",
                ResolverUrlError::PlainHttpNotLoopback,
            ),
            (
                "http://localhost.example.net/q",
                ResolverUrlError::PlainHttpNotLoopback,
            ),
            ("ftp://dns.example.net/", ResolverUrlError::Scheme),
            ("dns.example.net", ResolverUrlError::Scheme),
            ("https:///dns-query", ResolverUrlError::Malformed),
            ("https://dns.example.net:0/q", ResolverUrlError::Malformed),
            (
                "https://dns.example.net:99999/q",
                ResolverUrlError::Malformed,
            ),
            ("https://dns example.net/q", ResolverUrlError::Malformed),
            ("https://dns.example.net/q?dns=x", ResolverUrlError::Extra),
            ("https://user@dns.example.net/q", ResolverUrlError::Extra),
            ("http://127.0.0.1@evil.example/q", ResolverUrlError::Extra),
        ];
        for (u, e) in bad {
            assert_eq!(ResolverUrl::try_from(u), Err(e), "{u}");
        }
        let u = ResolverUrl::try_from("HTTPS://DNS.Example.NET").unwrap();
        assert_eq!(u.as_str(), "https://dns.example.net/");
        assert_eq!(
            ResolverUrl::try_from("http://[::1]:8053/dns-query")
                .unwrap()
                .host(),
            "[::1]"
        );
        let json = serde_json::to_string(&ResolverUrl::GOOGLE).unwrap();
        assert_eq!(json, "\"https://dns.google/dns-query\"");
        assert!(serde_json::from_str::<ResolverUrl>("\"http://evil.example/\"").is_err());
    }
}
