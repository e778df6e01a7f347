//! The DNS-over-HTTPS resolvers the user can choose, and the choice kept in
//! `localStorage`.

/// The resolvers offered, Cloudflare first (the default).
pub const KNOWN: [(&str, &str); 3] = [
    ("Cloudflare", "https://cloudflare-dns.com/dns-query"),
    ("Google", "https://dns.google/dns-query"),
    ("Quad9", "https://dns.quad9.net/dns-query"),
];

/// The default resolver.
pub const DEFAULT: &str = KNOWN[0].1;

/// Where the choice is kept.
const STORAGE_KEY: &str = "selo-resolver";

fn is_loopback(host: &str) -> bool {
    let host = host.trim_end_matches('.');
    host.eq_ignore_ascii_case("localhost")
        || host == "[::1]"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The host of a resolver URL Selo accepts (`https://`, or `http://` on
/// loopback, RFC 8484), or `None`.
pub fn host_of(url: &str) -> Option<String> {
    let u = web_sys::Url::new(url.trim()).ok()?;
    let host = u.hostname();
    if host.is_empty() || !u.username().is_empty() || !u.password().is_empty() {
        return None;
    }
    match u.protocol().as_str() {
        "https:" => Some(host),
        "http:" if is_loopback(&host) => Some(u.host()),
        _ => None,
    }
}

/// The name shown for a resolver: its known name, else its host.
pub fn label(url: &str) -> String {
    KNOWN
        .iter()
        .find(|(_, u)| *u == url)
        .map(|(n, _)| n.to_string())
        .or_else(|| host_of(url))
        .unwrap_or_else(|| url.to_string())
}

/// The user's saved choice, else the default.
pub fn saved() -> String {
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .filter(|u| host_of(u).is_some())
        .unwrap_or_else(|| DEFAULT.to_string())
}

/// Keeps `url` as the user's choice.
pub fn save(url: &str) {
    if let Ok(Some(s)) = leptos::prelude::window().local_storage() {
        let _ = s.set_item(STORAGE_KEY, url);
    }
}
