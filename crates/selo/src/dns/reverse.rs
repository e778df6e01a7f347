//! Reverse DNS: the PTR names of an address (RFC 1035 3.5 for IPv4's
//! `in-addr.arpa`, RFC 3596 2.5 for IPv6's `ip6.arpa`).
//!
//! The report reader asks for them only when the user does: looking the
//! sources of a report up sends their addresses to the resolver.

use super::{LookupError, Outcome, QueryType, Rdata, Resolver};
use futures_util::stream::{self, StreamExt};
use serde::Serialize;
use std::net::IpAddr;

/// The name a PTR lookup asks for: `1.2.0.192.in-addr.arpa` for
/// `192.0.2.1`, the 32 nibbles reversed under `ip6.arpa` for IPv6.
///
/// An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is looked up as
/// IPv6, as written.
pub fn reverse_name(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, c, d] = v4.octets();
            format!("{d}.{c}.{b}.{a}.in-addr.arpa")
        }
        IpAddr::V6(v6) => {
            let mut out = String::with_capacity(72);
            for byte in v6.octets().iter().rev() {
                for nibble in [byte & 0x0f, byte >> 4] {
                    out.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
                    out.push('.');
                }
            }
            out.push_str("ip6.arpa");
            out
        }
    }
}

/// What the reverse lookup of one address found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum ReverseName {
    /// The PTR names, lowercase, without the trailing dot, sorted.
    Names(Vec<String>),
    /// The address has no PTR record (NXDOMAIN or NODATA).
    None,
    /// The text is not an IP address: nothing was asked.
    NotAnAddress,
    /// No answer could be had.
    Failed(LookupError),
}

impl ReverseName {
    /// The names found (empty for every other outcome).
    pub fn names(&self) -> &[String] {
        match self {
            ReverseName::Names(n) => n,
            _ => &[],
        }
    }
}

/// Looks up the PTR names of `ip` (an address as a report writes it).
pub async fn reverse<R: Resolver + ?Sized>(resolver: &R, ip: &str) -> ReverseName {
    let Ok(addr) = ip.trim().parse::<IpAddr>() else {
        return ReverseName::NotAnAddress;
    };
    let answer = resolver.lookup(&reverse_name(addr), QueryType::Ptr).await;
    match answer.outcome {
        Outcome::Records(records) => {
            let mut names: Vec<String> = records
                .into_iter()
                .filter_map(|r| match r {
                    Rdata::Ptr(n) => Some(n.trim_end_matches('.').to_ascii_lowercase()),
                    _ => None,
                })
                .collect();
            names.sort();
            names.dedup();
            if names.is_empty() {
                ReverseName::None
            } else {
                ReverseName::Names(names)
            }
        }
        Outcome::NxDomain | Outcome::NoData => ReverseName::None,
        Outcome::Failed(e) => ReverseName::Failed(e),
    }
}

/// Forward-confirmed reverse DNS (FCrDNS): the PTR names of an address,
/// and the first of them whose A (or AAAA) records give the address back.
/// Mailbox providers ask this of every sending IP (Gmail's and Yahoo's
/// sender requirements; RFC 8601 2.7.3's `iprev`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Confirmed {
    /// What the PTR lookup found.
    pub reverse: ReverseName,
    /// The PTR name whose forward lookup returns the address, if one does.
    pub confirmed: Option<String>,
    /// A forward lookup failed (SERVFAIL, timeout), so `confirmed: None`
    /// may be wrong: say "could not look up", not "does not match".
    pub forward_failed: bool,
}

impl Confirmed {
    /// The first PTR name, confirmed or not (what a table shows).
    pub fn name(&self) -> Option<&str> {
        self.confirmed
            .as_deref()
            .or_else(|| self.reverse.names().first().map(String::as_str))
    }
}

/// At most this many PTR names are followed forward (a PTR RRset can be
/// long; RFC 8601 2.7.3 lets a verifier stop after a few).
pub const MAX_FORWARD: usize = 10;

/// Looks up the PTR names of `ip` and confirms them forward: the A records
/// for an IPv4 address, the AAAA records for an IPv6 one.
pub async fn confirmed<R: Resolver + ?Sized>(resolver: &R, ip: &str) -> Confirmed {
    let reverse = reverse(resolver, ip).await;
    let Ok(addr) = ip.trim().parse::<IpAddr>() else {
        return Confirmed {
            reverse,
            confirmed: None,
            forward_failed: false,
        };
    };
    let qtype = if addr.is_ipv4() {
        QueryType::A
    } else {
        QueryType::Aaaa
    };
    let mut forward_failed = false;
    for name in reverse.names().iter().take(MAX_FORWARD) {
        let answer = resolver.lookup(name, qtype).await;
        match answer.outcome {
            Outcome::Records(records) => {
                let back = records.iter().any(|r| match (r, addr) {
                    (Rdata::A(a), IpAddr::V4(v4)) => *a == v4,
                    (Rdata::Aaaa(a), IpAddr::V6(v6)) => *a == v6,
                    _ => false,
                });
                if back {
                    return Confirmed {
                        confirmed: Some(name.clone()),
                        reverse,
                        forward_failed: false,
                    };
                }
            }
            Outcome::NxDomain | Outcome::NoData => {}
            Outcome::Failed(_) => forward_failed = true,
        }
    }
    Confirmed {
        reverse,
        confirmed: None,
        forward_failed,
    }
}

/// Looks up every address of `ips`, at most `parallel` at a time, calling
/// `on_each` with each result as it comes (in any order). Duplicates are
/// asked once.
pub async fn reverse_all<R: Resolver + ?Sized>(
    resolver: &R,
    ips: &[String],
    parallel: usize,
    mut on_each: impl FnMut(&str, &ReverseName),
) {
    let mut unique: Vec<&str> = ips.iter().map(|s| s.trim()).collect();
    unique.sort_unstable();
    unique.dedup();
    let mut results = stream::iter(unique)
        .map(|ip| async move { (ip, reverse(resolver, ip).await) })
        .buffer_unordered(parallel.max(1));
    while let Some((ip, name)) = results.next().await {
        on_each(ip, &name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::MemoryZone;
    use futures::executor::block_on;

    #[test]
    fn reverse_names_rfc1035_3_5_and_rfc3596_2_5() {
        for (ip, name) in [
            ("192.0.2.1", "1.2.0.192.in-addr.arpa"),
            ("10.0.0.255", "255.0.0.10.in-addr.arpa"),
            (
                "2001:db8::567:89ab",
                "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
            ),
            (
                "::ffff:192.0.2.1",
                "1.0.2.0.0.0.0.c.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa",
            ),
        ] {
            assert_eq!(reverse_name(ip.parse().unwrap()), name, "{ip}");
        }
    }

    fn zone() -> MemoryZone {
        let mut z = MemoryZone::new();
        z.add(
            "1.2.0.192.in-addr.arpa",
            Rdata::Ptr("Mail-1.Example.NET.".into()),
        )
        .add("1.2.0.192.in-addr.arpa", Rdata::Ptr("a.example.net".into()))
        .add(
            "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
            Rdata::Ptr("v6.example.net".into()),
        )
        .exists("2.2.0.192.in-addr.arpa")
        .fail(
            "3.2.0.192.in-addr.arpa",
            Some(QueryType::Ptr),
            LookupError::ServFail,
        );
        z
    }

    #[test]
    fn ptr_names_nodata_nxdomain_failures_and_bad_input() {
        let z = zone();
        for (ip, expected) in [
            (
                "192.0.2.1",
                ReverseName::Names(vec!["a.example.net".into(), "mail-1.example.net".into()]),
            ),
            (
                " 2001:db8::567:89ab ",
                ReverseName::Names(vec!["v6.example.net".into()]),
            ),
            ("192.0.2.2", ReverseName::None),
            ("192.0.2.9", ReverseName::None),
            ("192.0.2.3", ReverseName::Failed(LookupError::ServFail)),
            ("not an ip", ReverseName::NotAnAddress),
            ("192.0.2", ReverseName::NotAnAddress),
        ] {
            assert_eq!(block_on(reverse(&z, ip)), expected, "{ip}");
        }
        // Bad input asks nothing.
        let before = z.lookups();
        block_on(reverse(&z, "x"));
        assert_eq!(z.lookups(), before);
        assert_eq!(ReverseName::None.names(), &[] as &[String]);
    }

    #[test]
    fn forward_confirmation_follows_the_ptr_names_back_to_the_address() {
        let mut z = MemoryZone::new();
        z.add(
            "10.2.0.192.in-addr.arpa",
            Rdata::Ptr("other.example.".into()),
        )
        .add(
            "10.2.0.192.in-addr.arpa",
            Rdata::Ptr("mail.example.".into()),
        )
        .a("mail.example", "192.0.2.10".parse().unwrap())
        .a("other.example", "192.0.2.99".parse().unwrap())
        .add(
            "11.2.0.192.in-addr.arpa",
            Rdata::Ptr("gone.example.".into()),
        )
        .add(
            "12.2.0.192.in-addr.arpa",
            Rdata::Ptr("broken.example.".into()),
        )
        .fail("broken.example", Some(QueryType::A), LookupError::ServFail)
        .add(
            "b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
            Rdata::Ptr("v6.example.".into()),
        )
        .add(
            "v6.example",
            Rdata::Aaaa("2001:db8::567:89ab".parse().unwrap()),
        );
        let c = block_on(confirmed(&z, "192.0.2.10"));
        assert_eq!(c.confirmed.as_deref(), Some("mail.example"));
        assert_eq!(c.name(), Some("mail.example"));
        let c = block_on(confirmed(&z, "192.0.2.11"));
        assert_eq!((c.confirmed, c.forward_failed), (None, false));
        assert_eq!(c.reverse.names(), ["gone.example"]);
        let c = block_on(confirmed(&z, "192.0.2.12"));
        assert_eq!((c.confirmed.as_deref(), c.forward_failed), (None, true));
        assert_eq!(c.name(), Some("broken.example"));
        let c = block_on(confirmed(&z, "2001:db8::567:89ab"));
        assert_eq!(c.confirmed.as_deref(), Some("v6.example"));
        let c = block_on(confirmed(&z, "192.0.2.13"));
        assert_eq!((c.reverse, c.confirmed), (ReverseName::None, None));
    }

    #[test]
    fn every_address_is_asked_once_and_reported() {
        let z = zone();
        let ips: Vec<String> = ["192.0.2.1", "192.0.2.2", "192.0.2.1", "192.0.2.3"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut seen = Vec::new();
        block_on(reverse_all(&z, &ips, 2, |ip, r| {
            seen.push((ip.to_string(), r.names().to_vec()))
        }));
        seen.sort();
        assert_eq!(
            seen,
            vec![
                (
                    "192.0.2.1".to_string(),
                    vec![
                        "a.example.net".to_string(),
                        "mail-1.example.net".to_string()
                    ]
                ),
                ("192.0.2.2".to_string(), vec![]),
                ("192.0.2.3".to_string(), vec![]),
            ]
        );
        assert_eq!(z.lookups(), 3);
        assert!(
            z.log()
                .iter()
                .all(|(n, t)| *t == QueryType::Ptr && n.ends_with(".in-addr.arpa"))
        );
    }
}
