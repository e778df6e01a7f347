//! The domain check against a real DNS-over-HTTPS server on loopback: NSD
//! with the fixture zone `tests/dns/test.zone` behind dnsdist (see
//! `tests/dns/up.sh`). Ignored by default; run with
//!
//! ```text
//! tests/dns/up.sh && SELO_DOH=http://127.0.0.1:8053/dns-query \
//!   cargo test -p selo --test check_live -- --ignored
//! ```
//!
//! The HTTP GET here is a few lines of HTTP/1.0 over a TCP socket, enough
//! for a plain-HTTP resolver on loopback; policy fetches (HTTPS) fail as
//! unreachable, so only the DNS side is checked.

use futures::executor::block_on;
use selo::check::{CheckOptions, DomainCheck, Status, run};
use selo::dns::{
    CachingResolver, DohResolver, HttpError, HttpGet, HttpResponse, Outcome, QueryType, Rdata,
    Resolver, ResolverUrl,
};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

struct Loopback;

/// Pending once: lets every request of a round start before the first
/// (blocking) one runs, so the round-trip count stays the logical one.
struct YieldOnce(bool);

impl std::future::Future for YieldOnce {
    type Output = ();
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        if self.0 {
            std::task::Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    }
}

impl HttpGet for Loopback {
    async fn get(&self, url: &str, accept: &str) -> Result<HttpResponse, HttpError> {
        YieldOnce(false).await;
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| HttpError::Network("only plain http on loopback here".into()))?;
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let mut s = TcpStream::connect(authority).map_err(|e| HttpError::Network(e.to_string()))?;
        s.set_read_timeout(Some(Duration::from_secs(5))).ok();
        write!(
            s,
            "GET {path} HTTP/1.0\r\nHost: {authority}\r\nAccept: {accept}\r\n\r\n"
        )
        .map_err(|e| HttpError::Network(e.to_string()))?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw)
            .map_err(|e| HttpError::Network(e.to_string()))?;
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| HttpError::Network("no HTTP header".into()))?;
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| HttpError::Network("no HTTP status".into()))?;
        let content_type = head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-type")
                .then(|| v.trim().to_string())
        });
        Ok(HttpResponse {
            status,
            content_type,
            body: raw[split + 4..].to_vec(),
        })
    }
}

fn url() -> String {
    std::env::var("SELO_DOH").unwrap_or_else(|_| "http://127.0.0.1:8053/dns-query".into())
}

fn check(domain: &str) -> DomainCheck {
    let u = ResolverUrl::try_from(url().as_str()).unwrap();
    let r = DohResolver::new(u.clone(), Loopback);
    block_on(run(
        domain,
        u.as_str(),
        &r,
        &Loopback,
        &CheckOptions::default(),
        &mut |_| {},
    ))
}

#[test]
#[ignore = "needs the fixture DNS servers (tests/dns/up.sh)"]
fn real_answers_keep_nxdomain_nodata_txt_strings_and_cnames() {
    let u = ResolverUrl::try_from(url().as_str()).unwrap();
    let r = CachingResolver::new(DohResolver::new(u, Loopback));
    block_on(async {
        let mx = r.lookup("healthy.test", QueryType::Mx).await;
        assert!(
            mx.records()
                .iter()
                .any(|m| matches!(m, Rdata::Mx { exchange, .. } if exchange == "mx1.healthy.test")),
            "{mx:?}"
        );
        assert!(mx.ttl.is_some());
        assert_eq!(
            r.lookup("nonexistent.test", QueryType::Txt).await.outcome,
            Outcome::NxDomain
        );
        assert_eq!(
            r.lookup("empty.test", QueryType::Txt).await.outcome,
            Outcome::NoData
        );
        let key = r
            .lookup("s1._domainkey.dkimcname.test", QueryType::Txt)
            .await;
        assert!(!key.cname_chain.is_empty(), "{key:?}");
        assert!(key.txt()[0].starts_with("v=DKIM1"));
    });
    assert_eq!(r.queries(), 4);
    assert_eq!(r.round_trips(), 4);
}

#[test]
#[ignore = "needs the fixture DNS servers (tests/dns/up.sh)"]
fn reverse_names_are_confirmed_forward_and_the_ip_to_as_zone_answers() {
    let u = ResolverUrl::try_from(url().as_str()).unwrap();
    let r = DohResolver::new(u, Loopback);
    block_on(async {
        let ok = selo::dns::confirmed(&r, "192.0.2.25").await;
        assert_eq!(
            ok.confirmed.as_deref(),
            Some("mail.good.msg.test"),
            "{ok:?}"
        );
        let other = selo::dns::confirmed(&r, "192.0.2.26").await;
        assert_eq!(other.reverse.names(), ["elsewhere.rdns.test"]);
        assert_eq!(other.confirmed, None);
        let gone = selo::dns::confirmed(&r, "192.0.2.27").await;
        assert_eq!((gone.confirmed, gone.forward_failed), (None, false));
        let none = selo::dns::confirmed(&r, "192.0.2.28").await;
        assert_eq!(none.reverse, selo::dns::ReverseName::None);
        let second = selo::dns::confirmed(&r, "192.0.2.29").await;
        assert_eq!(second.confirmed.as_deref(), Some("mx.rdns.test"));
        let origin = r
            .lookup("25.2.0.192.origin.asn.cymru.com", QueryType::Txt)
            .await;
        assert!(
            origin.txt()[0].starts_with("64496 | 192.0.2.0/24"),
            "{origin:?}"
        );
        let name = r.lookup("AS64496.asn.cymru.com", QueryType::Txt).await;
        assert!(name.txt()[0].contains("SELO-TEST-NET-1"), "{name:?}");
    });
}

#[test]
#[ignore = "needs the fixture DNS servers (tests/dns/up.sh)"]
fn fixture_domains_give_the_expected_findings() {
    let r = check("healthy.test");
    let c = &r.checks;
    assert_eq!(r.exists, Some(true));
    assert_eq!(c.mx.as_ref().unwrap().status, Status::Ok);
    assert_eq!(c.spf.as_ref().unwrap().base.status, Status::Ok);
    assert_eq!(c.dmarc.as_ref().unwrap().base.status, Status::Ok);
    assert_eq!(c.dkim.as_ref().unwrap().status, Status::Ok);
    assert_eq!(c.tls_rpt.as_ref().unwrap().status, Status::Ok);
    let spf_depth = 1 + usize::from(
        !c.spf
            .as_ref()
            .unwrap()
            .tree
            .as_ref()
            .unwrap()
            .children
            .is_empty(),
    );
    assert!(
        r.round_trips <= spf_depth + 2,
        "{} round trips",
        r.round_trips
    );

    // The fixture resolver does not validate: the report says that the
    // resolver did not vouch for DNSSEC, not that the zone is unsigned.
    assert!(!r.dnssec);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code.starts_with("check::dnssec"))
        .unwrap();
    assert_eq!(d.code, "check::dnssec-not-vouched");
    assert!(
        d.message
            .starts_with("The resolver did not vouch for DNSSEC")
    );

    let spf = check("spf11.test").checks.spf.unwrap();
    assert_eq!(spf.lookups, 11);
    assert_eq!(spf.base.status, Status::Invalid);
    assert_eq!(check("spf10.test").checks.spf.unwrap().lookups, 10);
    assert_eq!(check("spfvoid.test").checks.spf.unwrap().void_lookups, 3);
    let d = check("sub.orgdmarc.test").checks.dmarc.unwrap();
    assert_eq!(d.applies_from.as_deref(), Some("orgdmarc.test"));
    let d = check("rua-auth.test").checks.dmarc.unwrap();
    assert!(
        d.report_authorizations.iter().all(|a| a.authorized),
        "{d:?}"
    );
    let d = check("rua-unauth.test").checks.dmarc.unwrap();
    assert!(
        d.report_authorizations.iter().any(|a| !a.authorized),
        "{d:?}"
    );
    assert_eq!(
        check("twodmarc.test").checks.dmarc.unwrap().base.status,
        Status::Invalid
    );
    let dk = check("dkim512.test").checks.dkim.unwrap();
    assert_eq!(dk.selectors[0].key_bits, Some(512));
    assert_eq!(
        check("tlsrpt-bad.test").checks.tls_rpt.unwrap().status,
        Status::Invalid
    );
    assert_eq!(check("nonexistent.test").exists, Some(false));
}

#[test]
fn a_closed_loopback_port_is_one_finding_and_nothing_checked() {
    // Bind, note the port, close: the connection is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let u = ResolverUrl::try_from(format!("http://127.0.0.1:{port}/dns-query").as_str()).unwrap();
    let r = DohResolver::new(u.clone(), Loopback);
    let report = block_on(run(
        "healthy.test",
        u.as_str(),
        &r,
        &Loopback,
        &CheckOptions::default(),
        &mut |_| {},
    ));
    let all = report.all_diagnostics();
    assert_eq!(
        all.iter().map(|d| d.code).collect::<Vec<_>>(),
        ["check::resolver-unreachable"]
    );
    let m = &all[0].message;
    assert!(
        m.starts_with(&format!("Could not reach the resolver {}: ", u.as_str()))
            && m.to_lowercase().contains("connection refused")
            && m.ends_with("Nothing was checked."),
        "{m}"
    );
    assert_eq!(report.resolver_unreachable(), Some(all[0]));
    assert_eq!(report.exists, None);
    assert_eq!(report.checks.mx.unwrap().status, Status::Error);
}
