//! Names for a batch's sources, on request: each address's reverse name
//! with forward confirmation ([`crate::dns::confirmed`]) and the network
//! that announces it (AS number and name), from a DNS-based IP-to-AS
//! service such as Team Cymru's: `<reversed IPv4>.origin.asn.cymru.com`,
//! `<reversed IPv6 nibbles>.origin6.asn.cymru.com` and
//! `AS<n>.asn.cymru.com`, all TXT, asked through the same resolver.
//!
//! Lookups run at most `parallel` at a time, each address once per batch
//! (the [`Enrichment`] is the batch's cache), and a failed lookup is kept
//! for its address without stopping the others.

use crate::dns::{self, LookupError, Outcome, QueryType, Rdata, Resolver};
use crate::{Lang, Localized, Text};
use futures_util::stream::{self, StreamExt};
use serde::Serialize;
use std::collections::HashMap;
use std::net::IpAddr;

/// The IP-to-AS service's zone.
pub const ASN_ZONE: &str = "asn.cymru.com";

/// The name servers of [`ASN_ZONE`] that see the addresses asked for (the
/// resolver asks them), as a page names them.
pub const ASN_SERVICE: &str = "Team Cymru (asn.cymru.com)";

/// What was found for one address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Enriched {
    /// The address.
    pub ip: String,
    /// Its reverse name: the forward-confirmed one, else the first.
    pub ptr: Option<String>,
    /// The name resolves back to the address.
    pub ptr_confirmed: bool,
    /// The AS announcing it.
    pub asn: Option<u32>,
    /// The AS's name.
    pub as_name: Option<String>,
    /// The announced prefix.
    pub prefix: Option<String>,
    /// The registry's country code.
    pub country: Option<String>,
    /// The reverse lookup failed.
    pub ptr_error: Option<LookupError>,
    /// The IP-to-AS lookup failed.
    pub asn_error: Option<LookupError>,
}

const PTR_FAILED: Text = Text::new(
    "reverse name not looked up: {why}",
    "nome inverso não consultado: {why}",
);
const ASN_FAILED: Text = Text::new("network not looked up: {why}", "rede não consultada: {why}");

/// The texts of this module.
pub const TEXTS: &[(&str, Text)] = &[("PTR_FAILED", PTR_FAILED), ("ASN_FAILED", ASN_FAILED)];

impl Enriched {
    /// The failed lookups of this address, in plain words.
    pub fn error(&self, lang: Lang) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(e) = &self.ptr_error {
            parts.push(PTR_FAILED.fill(lang, &[("why", &e.message_in(lang))]));
        }
        if let Some(e) = &self.asn_error {
            parts.push(ASN_FAILED.fill(lang, &[("why", &e.message_in(lang))]));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// What a batch's lookups found, by address: its cache.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Enrichment {
    by_ip: HashMap<String, Enriched>,
    as_names: HashMap<u32, String>,
}

impl Enrichment {
    /// What was found for `ip`.
    pub fn get(&self, ip: &str) -> Option<&Enriched> {
        self.by_ip.get(ip.trim())
    }

    /// Keeps what was found for an address.
    pub fn insert(&mut self, e: Enriched) {
        self.by_ip.insert(e.ip.clone(), e);
    }

    /// Addresses looked up.
    pub fn len(&self) -> usize {
        self.by_ip.len()
    }

    /// Nothing looked up yet.
    pub fn is_empty(&self) -> bool {
        self.by_ip.is_empty()
    }
}

/// The name asked for an address's origin AS.
///
/// ```
/// use selo::report::enrich::origin_name;
/// assert_eq!(origin_name("198.51.100.7".parse().unwrap()), "7.100.51.198.origin.asn.cymru.com");
/// assert!(origin_name("2001:db8::1".parse().unwrap()).ends_with(".8.b.d.0.1.0.0.2.origin6.asn.cymru.com"));
/// ```
pub fn origin_name(ip: IpAddr) -> String {
    let rev = dns::reverse_name(ip);
    match ip {
        IpAddr::V4(_) => format!(
            "{}.origin.{ASN_ZONE}",
            rev.trim_end_matches(".in-addr.arpa")
        ),
        IpAddr::V6(_) => format!("{}.origin6.{ASN_ZONE}", rev.trim_end_matches(".ip6.arpa")),
    }
}

/// An origin answer: `64497 | 198.51.100.0/24 | ZZ | iana | 2010-01-01`
/// (the first AS when several announce the prefix).
///
/// ```
/// use selo::report::enrich::parse_origin;
/// assert_eq!(
///     parse_origin("64497 64498 | 198.51.100.0/24 | ZZ | iana | 2010-01-01"),
///     Some((64497, "198.51.100.0/24".into(), "ZZ".into()))
/// );
/// assert_eq!(parse_origin("no | good"), None);
/// ```
pub fn parse_origin(txt: &str) -> Option<(u32, String, String)> {
    let mut f = txt.split('|').map(str::trim);
    let asn = f.next()?.split_whitespace().next()?.parse().ok()?;
    let prefix = f.next().unwrap_or("").to_string();
    let cc = f.next().unwrap_or("").to_string();
    Some((asn, prefix, cc))
}

/// An AS name answer: `64497 | ZZ | iana | 2010-01-01 | NAME - Long, ZZ`
/// gives `NAME - Long`.
///
/// ```
/// use selo::report::enrich::parse_as_name;
/// assert_eq!(
///     parse_as_name("15169 | US | arin | 2000-03-30 | GOOGLE, US").as_deref(),
///     Some("GOOGLE")
/// );
/// ```
pub fn parse_as_name(txt: &str) -> Option<String> {
    let last = txt.split('|').nth(4)?.trim();
    let name = match last.rsplit_once(',') {
        Some((n, cc)) if cc.trim().len() == 2 => n.trim(),
        _ => last,
    };
    (!name.is_empty()).then(|| name.to_string())
}

async fn first_txt<R: Resolver + ?Sized>(
    resolver: &R,
    name: &str,
) -> Result<Option<String>, LookupError> {
    match resolver.lookup(name, QueryType::Txt).await.outcome {
        Outcome::Records(r) => Ok(r.iter().find_map(|x| match x {
            Rdata::Txt(parts) => Some(dns::txt_string(parts)),
            _ => None,
        })),
        Outcome::NxDomain | Outcome::NoData => Ok(None),
        Outcome::Failed(e) => Err(e),
    }
}

async fn one<R: Resolver + ?Sized>(resolver: &R, ip: &str) -> Enriched {
    let mut e = Enriched {
        ip: ip.to_string(),
        ..Enriched::default()
    };
    let Ok(addr) = ip.parse::<IpAddr>() else {
        return e;
    };
    let origin = origin_name(addr);
    let (c, o) =
        futures_util::future::join(dns::confirmed(resolver, ip), first_txt(resolver, &origin))
            .await;
    e.ptr = c.name().map(str::to_string);
    e.ptr_confirmed = c.confirmed.is_some();
    if let dns::ReverseName::Failed(err) = c.reverse {
        e.ptr_error = Some(err);
    }
    match o {
        Ok(Some(txt)) => {
            if let Some((asn, prefix, cc)) = parse_origin(&txt) {
                e.asn = Some(asn);
                e.prefix = Some(prefix).filter(|p| !p.is_empty());
                e.country = Some(cc).filter(|c| !c.is_empty());
            }
        }
        Ok(None) => {}
        Err(err) => e.asn_error = Some(err),
    }
    e
}

/// Looks up every address of `ips` not yet in `cache`, at most `parallel`
/// at a time, then the names of the AS numbers found; `progress` is called
/// after each address with (done, total, what was found).
pub async fn enrich<R: Resolver + ?Sized>(
    resolver: &R,
    ips: &[String],
    cache: &mut Enrichment,
    parallel: usize,
    mut progress: impl FnMut(usize, usize, &Enriched),
) {
    let mut todo: Vec<&str> = ips
        .iter()
        .map(|s| s.trim())
        .filter(|ip| !cache.by_ip.contains_key(*ip))
        .collect();
    todo.sort_unstable();
    todo.dedup();
    let total = todo.len();
    let mut done = 0;
    let mut found = Vec::with_capacity(total);
    let mut results = stream::iter(todo)
        .map(|ip| one(resolver, ip))
        .buffer_unordered(parallel.max(1));
    while let Some(e) = results.next().await {
        done += 1;
        progress(done, total, &e);
        found.push(e);
    }
    drop(results);
    let mut asns: Vec<u32> = found
        .iter()
        .filter_map(|e| e.asn)
        .filter(|n| !cache.as_names.contains_key(n))
        .collect();
    asns.sort_unstable();
    asns.dedup();
    let names: Vec<(u32, Option<String>)> = stream::iter(asns)
        .map(|n| async move {
            let txt = first_txt(resolver, &format!("AS{n}.{ASN_ZONE}")).await;
            (n, txt.ok().flatten().and_then(|t| parse_as_name(&t)))
        })
        .buffer_unordered(parallel.max(1))
        .collect()
        .await;
    for (n, name) in names {
        if let Some(name) = name {
            cache.as_names.insert(n, name);
        }
    }
    for mut e in found {
        e.as_name = e.asn.and_then(|n| cache.as_names.get(&n).cloned());
        cache.insert(e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::MemoryZone;
    use futures::executor::block_on;

    fn zone() -> MemoryZone {
        let mut z = MemoryZone::new();
        z.add(
            "7.100.51.198.in-addr.arpa",
            Rdata::Ptr("mail.reports.test.".into()),
        )
        .a("mail.reports.test", "198.51.100.7".parse().unwrap())
        .add(
            "8.100.51.198.in-addr.arpa",
            Rdata::Ptr("o1.sendgrid.net.".into()),
        )
        .txt(
            "7.100.51.198.origin.asn.cymru.com",
            &["64497 | 198.51.100.0/24 | ZZ | iana | 2010-01-01"],
        )
        .txt(
            "8.100.51.198.origin.asn.cymru.com",
            &["64497 | 198.51.100.0/24 | ZZ | iana | 2010-01-01"],
        )
        .txt(
            "AS64497.asn.cymru.com",
            &["64497 | ZZ | iana | 2010-01-01 | SELO-TEST-NET-2 - Documentation network two, ZZ"],
        )
        .fail(
            "9.100.51.198.in-addr.arpa",
            Some(QueryType::Ptr),
            LookupError::ServFail,
        )
        .fail(
            "9.100.51.198.origin.asn.cymru.com",
            Some(QueryType::Txt),
            LookupError::Timeout,
        );
        z
    }

    #[test]
    fn names_networks_and_failures_per_address_each_asked_once() {
        let z = zone();
        let mut cache = Enrichment::default();
        let ips: Vec<String> = [
            "198.51.100.7",
            "198.51.100.8",
            "198.51.100.7",
            "198.51.100.9",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut seen = Vec::new();
        block_on(enrich(&z, &ips, &mut cache, 2, |done, total, e| {
            seen.push((done, total, e.ip.clone()))
        }));
        assert_eq!(seen.len(), 3);
        assert_eq!(seen.last().map(|s| (s.0, s.1)), Some((3, 3)));
        let a = cache.get("198.51.100.7").unwrap();
        assert_eq!(a.ptr.as_deref(), Some("mail.reports.test"));
        assert!(a.ptr_confirmed);
        assert_eq!(a.asn, Some(64497));
        assert_eq!(
            a.as_name.as_deref(),
            Some("SELO-TEST-NET-2 - Documentation network two")
        );
        let b = cache.get("198.51.100.8").unwrap();
        assert_eq!(
            (b.ptr.as_deref(), b.ptr_confirmed),
            (Some("o1.sendgrid.net"), false)
        );
        let c = cache.get("198.51.100.9").unwrap();
        assert_eq!(c.ptr, None);
        assert_eq!(
            c.error(Lang::En).as_deref(),
            Some(
                "reverse name not looked up: the resolver answered SERVFAIL; network not looked up: no answer in time"
            )
        );
        assert_eq!(
            c.error(Lang::Pt).as_deref(),
            Some(
                "nome inverso não consultado: o resolvedor respondeu SERVFAIL; rede não consultada: sem resposta a tempo"
            )
        );
        // The AS name was asked once for two addresses; a second pass asks nothing.
        let asked = z.lookups();
        assert_eq!(
            z.log()
                .iter()
                .filter(|(n, _)| n.to_ascii_lowercase().starts_with("as6"))
                .count(),
            1
        );
        block_on(enrich(&z, &ips, &mut cache, 2, |_, _, _| {}));
        assert_eq!(z.lookups(), asked);
    }
}
