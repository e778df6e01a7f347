//! The DNS-over-HTTPS resolvers the user can choose, and the choice kept in
//! `localStorage`. The list and the rules for a URL are the engine's
//! ([`ResolverUrl`]), as for the workers and the command.

use selo::dns::ResolverUrl;

/// The resolvers offered, the default first: the engine's presets.
pub static KNOWN: [(&str, ResolverUrl); 3] = ResolverUrl::PRESETS;

/// The default resolver.
pub fn default_url() -> &'static str {
    KNOWN[0].1.as_str()
}

/// Where the choice is kept.
const STORAGE_KEY: &str = "selo-resolver";

/// The host of a resolver URL Selo accepts ([`ResolverUrl`]: `https://`,
/// or `http://` on this machine, with no query, fragment or user name),
/// or `None`. A plain `http://` resolver keeps its port, which tells local
/// resolvers apart.
pub fn host_of(url: &str) -> Option<String> {
    let u = ResolverUrl::try_from(url).ok()?;
    Some(match u.as_str().strip_prefix("http://") {
        Some(rest) => rest.split('/').next().unwrap_or(rest).to_string(),
        None => u.host().to_string(),
    })
}

/// The name shown for a resolver: its known name, else the host (and
/// port) it names. Only shown: whether Selo accepts the URL is
/// [`host_of`]'s question, asked where a URL is typed, and the worker's.
pub fn label(url: &str) -> String {
    KNOWN
        .iter()
        .find(|(_, u)| u.as_str() == url)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| {
            let rest = url.split_once("://").map_or(url, |(_, r)| r);
            rest.split('/').next().unwrap_or(rest).to_string()
        })
}

/// The user's saved choice, else the default. Only an accepted URL is
/// ever saved ([`save`] follows a [`host_of`] check, or a choice among
/// listed ones); a worker refuses any other with its reason, so this reads
/// the choice without checking it again (and the pages that only read it
/// carry no URL rules).
pub fn saved() -> String {
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| default_url().to_string())
}

/// Keeps `url` as the user's choice.
pub fn save(url: &str) {
    if let Ok(Some(s)) = leptos::prelude::window().local_storage() {
        let _ = s.set_item(STORAGE_KEY, url);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_s_rules_and_list() {
        for (url, host) in [
            ("https://dns.google/dns-query", Some("dns.google")),
            ("https://dns.example:8443/q", Some("dns.example")),
            ("http://127.0.0.1:8053/dns-query", Some("127.0.0.1:8053")),
            ("http://[::1]:8053/dns-query", Some("[::1]:8053")),
            // What ResolverUrl refuses, the page refuses.
            ("https://dns.example/dns-query?q#f", None),
            ("https://user@dns.example/dns-query", None),
            ("http://dns.example/dns-query", None),
            ("dns.example", None),
        ] {
            assert_eq!(host_of(url).as_deref(), host, "{url}");
        }
        assert_eq!(default_url(), ResolverUrl::default().as_str());
        assert_eq!(label(default_url()), "Cloudflare");
        assert_eq!(label("http://127.0.0.1:8053/dns-query"), "127.0.0.1:8053");
    }
}
