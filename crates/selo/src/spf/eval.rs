//! SPF evaluation: `check_host()` of RFC 7208 section 4 for one IP,
//! through a [`Resolver`], over records read with Selo's SPF parser. It
//! stops at the first mechanism that matches and counts its lookups against
//! the limits of RFC 7208 4.6.4 ([`MAX_DNS_LOOKUPS`], [`MAX_VOID_LOOKUPS`],
//! [`MAX_TERM_NAMES`]).
//!
//! ```
//! use futures::executor::block_on;
//! use selo::dns::MemoryZone;
//! use selo::spf::{SpfResult, evaluate};
//!
//! let mut zone = MemoryZone::new();
//! zone.txt("example.com", &["v=spf1 ip4:192.0.2.0/24 -all"]);
//! let ip = "192.0.2.7".parse().unwrap();
//! let e = block_on(evaluate(&zone, ip, "someone@example.com", "", "example.com"));
//! assert_eq!(e.found.unwrap().0, SpfResult::Pass);
//! ```

use super::{MAX_DNS_LOOKUPS, MAX_TERM_NAMES, MAX_VOID_LOOKUPS, Mechanism, Qualifier, Spf, Term};
use crate::dns::{Outcome, QueryType, Rdata, Resolver};
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;

/// An SPF result (RFC 7208 2.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpfResult {
    /// No SPF record, or no domain to check.
    None,
    /// The record makes no statement (`?`).
    Neutral,
    /// The IP may send.
    Pass,
    /// The IP may not send (`-`).
    Fail,
    /// The IP should not send (`~`).
    SoftFail,
    /// A lookup failed; trying later may work.
    TempError,
    /// The record cannot be evaluated.
    PermError,
}

impl SpfResult {
    /// The result as written in `Authentication-Results`.
    pub const fn as_str(self) -> &'static str {
        match self {
            SpfResult::None => "none",
            SpfResult::Neutral => "neutral",
            SpfResult::Pass => "pass",
            SpfResult::Fail => "fail",
            SpfResult::SoftFail => "softfail",
            SpfResult::TempError => "temperror",
            SpfResult::PermError => "permerror",
        }
    }

    /// The result a matching mechanism with this qualifier gives.
    pub fn of(q: Qualifier) -> Self {
        match q {
            Qualifier::Pass => SpfResult::Pass,
            Qualifier::Fail => SpfResult::Fail,
            Qualifier::SoftFail => SpfResult::SoftFail,
            Qualifier::Neutral => SpfResult::Neutral,
        }
    }
}

/// Why an evaluation stopped before a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stop {
    /// A permanent error (`permerror`), said in English and in Portuguese.
    Perm(String, String),
    /// A lookup failed (`temperror`): the name and type asked, and why.
    Temp {
        /// The name and type asked (`example.com (TXT)`).
        name: String,
        /// Why the lookup failed.
        detail: crate::dns::LookupError,
    },
}

struct Eval<'a, R> {
    r: &'a R,
    ip: IpAddr,
    sender: String,
    helo: String,
    lookups: u32,
    voids: u32,
}

/// The result, the term that decided, and the record of the domain.
type Found = Result<(SpfResult, Option<String>, Option<String>), Stop>;

fn label_limit(s: String) -> String {
    // A name longer than 253 octets loses labels on the left (RFC 7208 7.3).
    let mut s = s;
    while s.len() > 253 {
        match s.find('.') {
            Some(i) => s = s[i + 1..].to_string(),
            None => break,
        }
    }
    s
}

impl<'a, R: Resolver> Eval<'a, R> {
    /// Expands the macros of a domain-spec (RFC 7208 7).
    fn expand(&self, spec: &str, domain: &str) -> Result<String, Stop> {
        let (local, sender_domain) = match self.sender.rsplit_once('@') {
            Some((l, d)) => (if l.is_empty() { "postmaster" } else { l }, d),
            None => ("postmaster", self.sender.as_str()),
        };
        let ip_dotted = match self.ip {
            IpAddr::V4(v) => v.to_string(),
            IpAddr::V6(v) => v
                .octets()
                .iter()
                .flat_map(|b| [b >> 4, b & 0xf])
                .map(|n| format!("{n:x}"))
                .collect::<Vec<_>>()
                .join("."),
        };
        let mut out = String::new();
        let mut chars = spec.chars().peekable();
        let bad = || {
            Stop::Perm(
                format!("the macro string {spec} is malformed"),
                format!("a cadeia de macros {spec} está mal formada"),
            )
        };
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('%') => out.push('%'),
                Some('_') => out.push(' '),
                Some('-') => out.push_str("%20"),
                Some('{') => {
                    let mut body = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(x) => body.push(x),
                            None => return Err(bad()),
                        }
                    }
                    let mut it = body.chars();
                    let letter = it.next().ok_or_else(bad)?.to_ascii_lowercase();
                    let rest: String = it.collect();
                    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
                    let after = &rest[digits.len()..];
                    let reverse = after.starts_with(['r', 'R']);
                    let delims: Vec<char> = after.trim_start_matches(['r', 'R']).chars().collect();
                    if delims.iter().any(|d| !".-+,/_=".contains(*d)) {
                        return Err(bad());
                    }
                    let value = match letter {
                        's' => self.sender.clone(),
                        'l' => local.to_string(),
                        'o' => sender_domain.to_string(),
                        'd' => domain.to_string(),
                        'i' => ip_dotted.clone(),
                        // The validated name needs the PTR lookups of 5.5;
                        // RFC 7208 7.3 allows "unknown" (and discourages %{p}).
                        'p' => "unknown".to_string(),
                        'v' => match self.ip {
                            IpAddr::V4(_) => "in-addr".into(),
                            IpAddr::V6(_) => "ip6".into(),
                        },
                        'h' => self.helo.clone(),
                        _ => return Err(bad()),
                    };
                    let delims = if delims.is_empty() { vec!['.'] } else { delims };
                    let mut parts: Vec<&str> = value.split(|c| delims.contains(&c)).collect();
                    if reverse {
                        parts.reverse();
                    }
                    if !digits.is_empty() {
                        let n: usize = digits.parse().map_err(|_| bad())?;
                        if n == 0 {
                            return Err(bad());
                        }
                        if parts.len() > n {
                            parts = parts[parts.len() - n..].to_vec();
                        }
                    }
                    out.push_str(&parts.join("."));
                }
                _ => return Err(bad()),
            }
        }
        Ok(label_limit(out.trim_end_matches('.').to_ascii_lowercase()))
    }

    fn count(&mut self) -> Result<(), Stop> {
        self.lookups += 1;
        if self.lookups as usize > MAX_DNS_LOOKUPS {
            return Err(Stop::Perm(
                format!(
                    "more than {MAX_DNS_LOOKUPS} DNS-querying terms (include, a, mx, ptr, exists, redirect) are needed"
                ),
                format!(
                    "são precisos mais de {MAX_DNS_LOOKUPS} termos com consultas DNS (include, a, mx, ptr, exists, redirect)"
                ),
            ));
        }
        Ok(())
    }

    fn void(&mut self) -> Result<(), Stop> {
        self.voids += 1;
        if self.voids as usize > MAX_VOID_LOOKUPS {
            return Err(Stop::Perm(
                format!("more than {MAX_VOID_LOOKUPS} lookups found nothing (void lookups)"),
                format!(
                    "mais de {MAX_VOID_LOOKUPS} consultas não encontraram nada (consultas vazias)"
                ),
            ));
        }
        Ok(())
    }

    /// The addresses of `name` of the IP's family; `None` when it has none.
    async fn addresses(&mut self, name: &str, count_void: bool) -> Result<Vec<IpAddr>, Stop> {
        let qtype = match self.ip {
            IpAddr::V4(_) => QueryType::A,
            IpAddr::V6(_) => QueryType::Aaaa,
        };
        let ans = self.r.lookup(name, qtype).await;
        if let Outcome::Failed(e) = &ans.outcome {
            return Err(Stop::Temp {
                name: format!("{name} ({qtype})"),
                detail: e.clone(),
            });
        }
        let ips: Vec<IpAddr> = ans
            .records()
            .iter()
            .filter_map(|r| match r {
                Rdata::A(a) => Some(IpAddr::V4(*a)),
                Rdata::Aaaa(a) => Some(IpAddr::V6(*a)),
                _ => None,
            })
            .collect();
        if ips.is_empty() && count_void {
            self.void()?;
        }
        Ok(ips)
    }

    fn in_cidr(&self, net: IpAddr, cidr4: Option<u8>, cidr6: Option<u8>) -> bool {
        match (self.ip, net) {
            (IpAddr::V4(ip), IpAddr::V4(n)) => {
                let p = u32::from(cidr4.unwrap_or(32).min(32));
                let mask = if p == 0 { 0 } else { u32::MAX << (32 - p) };
                u32::from(ip) & mask == u32::from(n) & mask
            }
            (IpAddr::V6(ip), IpAddr::V6(n)) => {
                let p = u32::from(cidr6.unwrap_or(128).min(128));
                let mask = if p == 0 { 0 } else { u128::MAX << (128 - p) };
                u128::from(ip) & mask == u128::from(n) & mask
            }
            _ => false,
        }
    }

    /// `check_host(ip, domain, sender)`: the result, the term that decided
    /// and the record of `domain`.
    fn check_host<'s>(&'s mut self, domain: String) -> Pin<Box<dyn Future<Output = Found> + 's>> {
        Box::pin(async move {
            if crate::DomainName::try_from(domain.as_str()).is_err() {
                return Ok((SpfResult::None, None, None));
            }
            let ans = self.r.lookup(&domain, QueryType::Txt).await;
            if let Outcome::Failed(e) = &ans.outcome {
                return Err(Stop::Temp {
                    name: format!("{domain} (TXT)"),
                    detail: e.clone(),
                });
            }
            let records: Vec<String> = ans
                .txt()
                .into_iter()
                .filter(|t| {
                    let l = t.to_ascii_lowercase();
                    l == "v=spf1" || l.starts_with("v=spf1 ")
                })
                .collect();
            let text = match records.len() {
                0 => return Ok((SpfResult::None, None, None)),
                1 => records[0].clone(),
                n => {
                    return Err(Stop::Perm(
                        format!("{domain} publishes {n} SPF records; there must be one"),
                        format!("{domain} publica {n} registos SPF; tem de haver um só"),
                    ));
                }
            };
            let parsed = crate::spf::parse(&text);
            let spf: Spf = match parsed.value {
                Some(v)
                    if !parsed
                        .diagnostics
                        .iter()
                        .any(|d| d.severity == crate::Severity::Error) =>
                {
                    v
                }
                _ => {
                    return Err(Stop::Perm(
                        format!("the SPF record of {domain} has syntax errors"),
                        format!("o registo SPF de {domain} tem erros de sintaxe"),
                    ));
                }
            };
            for term in spf.terms() {
                let Term::Mechanism { qualifier, kind } = term else {
                    continue;
                };
                let hit = match kind {
                    Mechanism::All => true,
                    Mechanism::Ip4(n) => self.in_cidr(IpAddr::V4(n.addr()), n.prefix(), None),
                    Mechanism::Ip6(n) => self.in_cidr(IpAddr::V6(n.addr()), None, n.prefix()),
                    Mechanism::Include(spec) => {
                        self.count()?;
                        let target = self.expand(spec.as_str(), &domain)?;
                        match self.check_host(target.clone()).await? {
                            (SpfResult::Pass, _, _) => true,
                            (SpfResult::Fail | SpfResult::SoftFail | SpfResult::Neutral, _, _) => {
                                false
                            }
                            (SpfResult::None, _, _) => {
                                return Err(Stop::Perm(
                                    format!("include:{target} has no SPF record"),
                                    format!("include:{target} não tem registo SPF"),
                                ));
                            }
                            (r, m, rec) => return Ok((r, m, rec)),
                        }
                    }
                    Mechanism::A { domain: d, cidr } => {
                        self.count()?;
                        let target = match d {
                            Some(s) => self.expand(s.as_str(), &domain)?,
                            None => domain.clone(),
                        };
                        let ips = self.addresses(&target, true).await?;
                        ips.iter().any(|n| self.in_cidr(*n, cidr.ip4(), cidr.ip6()))
                    }
                    Mechanism::Mx { domain: d, cidr } => {
                        self.count()?;
                        let target = match d {
                            Some(s) => self.expand(s.as_str(), &domain)?,
                            None => domain.clone(),
                        };
                        let ans = self.r.lookup(&target, QueryType::Mx).await;
                        if let Outcome::Failed(e) = &ans.outcome {
                            return Err(Stop::Temp {
                                name: format!("{target} (MX)"),
                                detail: e.clone(),
                            });
                        }
                        let hosts: Vec<String> = ans
                            .records()
                            .iter()
                            .filter_map(|r| match r {
                                Rdata::Mx { exchange, .. } if !exchange.is_empty() => {
                                    Some(exchange.clone())
                                }
                                _ => None,
                            })
                            .collect();
                        if hosts.is_empty() {
                            self.void()?;
                        }
                        if hosts.len() > MAX_TERM_NAMES {
                            return Err(Stop::Perm(
                                format!(
                                    "{target} has more than {MAX_TERM_NAMES} MX records for the mx term"
                                ),
                                format!(
                                    "{target} tem mais de {MAX_TERM_NAMES} registos MX para o termo mx"
                                ),
                            ));
                        }
                        let mut hit = false;
                        for h in hosts {
                            let ips = self.addresses(&h, false).await?;
                            if ips.iter().any(|n| self.in_cidr(*n, cidr.ip4(), cidr.ip6())) {
                                hit = true;
                                break;
                            }
                        }
                        hit
                    }
                    Mechanism::Ptr(d) => {
                        self.count()?;
                        let target = match d {
                            Some(s) => self.expand(s.as_str(), &domain)?,
                            None => domain.clone(),
                        };
                        self.ptr_matches(&target).await
                    }
                    Mechanism::Exists(spec) => {
                        self.count()?;
                        let target = self.expand(spec.as_str(), &domain)?;
                        let ans = self.r.lookup(&target, QueryType::A).await;
                        if let Outcome::Failed(e) = &ans.outcome {
                            return Err(Stop::Temp {
                                name: format!("{target} (A)"),
                                detail: e.clone(),
                            });
                        }
                        let any = !ans.records().is_empty();
                        if !any {
                            self.void()?;
                        }
                        any
                    }
                };
                if hit {
                    return Ok((
                        SpfResult::of(*qualifier),
                        Some(term.to_string()),
                        Some(text),
                    ));
                }
            }
            if let Some(spec) = spf.redirect() {
                self.count()?;
                let target = self.expand(spec.as_str(), &domain)?;
                return match self.check_host(target.clone()).await? {
                    (SpfResult::None, _, _) => Err(Stop::Perm(
                        format!("redirect={target} has no SPF record"),
                        format!("redirect={target} não tem registo SPF"),
                    )),
                    (r, m, _) => Ok((r, m.or(Some(format!("redirect={target}"))), Some(text))),
                };
            }
            Ok((SpfResult::Neutral, Some("default".into()), Some(text)))
        })
    }

    /// The `ptr` mechanism (RFC 7208 5.5), simplified but faithful: the
    /// IP's PTR names (at most 10), each kept when one of its addresses is
    /// the IP, match when one is `target` or below it. A failed lookup is
    /// no match (5.5: errors are ignored).
    async fn ptr_matches(&mut self, target: &str) -> bool {
        let rev = match self.ip {
            IpAddr::V4(v) => {
                let o = v.octets();
                format!("{}.{}.{}.{}.in-addr.arpa", o[3], o[2], o[1], o[0])
            }
            IpAddr::V6(v) => {
                let mut s: Vec<String> = v
                    .octets()
                    .iter()
                    .flat_map(|b| [b >> 4, b & 0xf])
                    .map(|n| format!("{n:x}"))
                    .collect();
                s.reverse();
                format!("{}.ip6.arpa", s.join("."))
            }
        };
        let ans = self.r.lookup(&rev, QueryType::Ptr).await;
        let names: Vec<String> = ans
            .records()
            .iter()
            .filter_map(|r| match r {
                Rdata::Ptr(n) => Some(n.clone()),
                _ => None,
            })
            .take(MAX_TERM_NAMES)
            .collect();
        for n in names {
            let Ok(ips) = self.addresses(&n, false).await else {
                continue;
            };
            if ips.contains(&self.ip) && (n == target || n.ends_with(&format!(".{target}"))) {
                return true;
            }
        }
        false
    }
}

/// What an evaluation found, and what it cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    /// The result, the term that decided (`default` when none matched) and
    /// the record of the domain; or why the evaluation stopped.
    pub found: Result<(SpfResult, Option<String>, Option<String>), Stop>,
    /// DNS-querying terms evaluated.
    pub lookups: u32,
    /// Lookups that found nothing.
    pub void_lookups: u32,
}

/// `check_host(ip, domain, sender)` (RFC 7208 4): `sender` is the envelope
/// sender (`postmaster@<helo>` when it is empty), `helo` the HELO name (for
/// the `%{h}` macro), `domain` the domain whose record is evaluated first.
pub async fn evaluate<R: Resolver>(
    r: &R,
    ip: IpAddr,
    sender: &str,
    helo: &str,
    domain: &str,
) -> Evaluation {
    let mut e = Eval {
        r,
        ip,
        sender: sender.to_string(),
        helo: helo.to_string(),
        lookups: 0,
        voids: 0,
    };
    let found = e.check_host(domain.to_string()).await;
    Evaluation {
        found,
        lookups: e.lookups,
        void_lookups: e.voids,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::MemoryZone;

    /// Expands `spec` for this IP and sender (the domain is the sender's).
    fn eval<'a, R: Resolver>(
        r: &'a R,
        ip: &str,
        sender: &str,
    ) -> impl Fn(&str) -> Option<String> + 'a {
        let ip: IpAddr = ip.parse().unwrap();
        let sender = sender.to_string();
        move |spec| {
            let e = Eval {
                r,
                ip,
                sender: sender.clone(),
                helo: String::new(),
                lookups: 0,
                voids: 0,
            };
            let domain = sender.rsplit_once('@').map(|x| x.1).unwrap_or_default();
            e.expand(spec, domain).ok()
        }
    }

    #[test]
    fn spf_macros_rfc_7208_7_4() {
        // The examples of RFC 7208 7.4.
        let z = MemoryZone::new();
        let e = eval(&z, "192.0.2.3", "strong-bad@email.example.com");
        for (spec, want) in [
            ("%{s}", "strong-bad@email.example.com"),
            ("%{o}", "email.example.com"),
            ("%{d}", "email.example.com"),
            ("%{d4}", "email.example.com"),
            ("%{d3}", "email.example.com"),
            ("%{d2}", "example.com"),
            ("%{d1}", "com"),
            ("%{dr}", "com.example.email"),
            ("%{d2r}", "example.email"),
            ("%{l}", "strong-bad"),
            ("%{l-}", "strong.bad"),
            ("%{lr}", "strong-bad"),
            ("%{lr-}", "bad.strong"),
            ("%{l1r-}", "strong"),
            (
                "%{ir}.%{v}._spf.%{d2}",
                "3.2.0.192.in-addr._spf.example.com",
            ),
            ("%{lr-}.lp._spf.%{d2}", "bad.strong.lp._spf.example.com"),
        ] {
            assert_eq!(e(spec).as_deref(), Some(want), "{spec}");
        }
        let e6 = eval(&z, "2001:db8::cb01", "a@email.example.com");
        assert_eq!(
            e6("%{ir}.%{v}._spf.%{d2}").as_deref(),
            Some(
                "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"
            )
        );
        assert_eq!(e("%{x}"), None);
    }
}
