//! Table tests of the domain check over an in-memory zone.

use super::*;
use crate::Lang;
use crate::dns::{HttpError, HttpGet, HttpResponse, LookupError, MemoryZone};
use futures::executor::block_on;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

const RSA2048: &str = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvzwKQIIWzQXv0nihasFTT3+JO23hXCge+ESWNxCJdVLxKL5edxrumEU3DnrPeGD6q6E/vjoXwBabpm8F5o96MEPm7v12O5IIK7wx7gIJiQWvexwh+GJvW4aFFa0g13Ai75UdZjGFNKHAEGeLmkQYybK/EHW5ymRlSg3g8zydJGEcI/melLCiBoShHjfZFJEThxLmPHNSi+KOUMypxqYHd7hzg6W7qnq6t9puZYXMWj6tEaf6ORWgb7DOXZSTJJjAJPBWa2+UrxXX6Ro7L7Xy1zzeYFCk8W5vmn0wMgGpjkWw0ljJWNwIpxZAj9p5wMedWasaPS74TZ1b7tI39ncp6QIDAQAB";
const RSA512: &str = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANmBe10IgY+u7h3enWTukkqtUD5PR52Tb/mPfjC0QJTocVBq6Za/PlzfV+Py92VaCak19F4WrbVTK5Gg5tW220MCAwEAAQ==";

/// The policy server: a response per URL, a network error otherwise.
#[derive(Default)]
struct Web {
    pages: BTreeMap<String, Result<HttpResponse, HttpError>>,
    asked: RefCell<Vec<String>>,
}

impl Web {
    fn page(&mut self, url: &str, reply: Result<HttpResponse, HttpError>) -> &mut Self {
        self.pages.insert(url.to_string(), reply);
        self
    }
    fn policy(&mut self, domain: &str, text: &str) -> &mut Self {
        self.page(
            &format!("https://mta-sts.{domain}/.well-known/mta-sts.txt"),
            Ok(HttpResponse {
                status: 200,
                content_type: Some("text/plain".into()),
                body: text.as_bytes().to_vec(),
            }),
        )
    }
}

impl HttpGet for Web {
    async fn get(&self, url: &str, _accept: &str) -> Result<HttpResponse, HttpError> {
        self.asked.borrow_mut().push(url.to_string());
        self.pages
            .get(url)
            .cloned()
            .unwrap_or_else(|| Err(HttpError::Network("connection refused".into())))
    }
}

/// One fixture: a zone, the web, the options, the domain.
struct Case {
    zone: MemoryZone,
    web: Web,
    opts: CheckOptions,
    domain: &'static str,
}

impl Case {
    fn new(domain: &'static str) -> Self {
        Case {
            zone: MemoryZone::new(),
            web: Web::default(),
            opts: CheckOptions::default(),
            domain,
        }
    }
    fn run(&self) -> DomainCheck {
        let mut updates = 0;
        let report = block_on(run(
            self.domain,
            "https://cloudflare-dns.com/dns-query",
            &self.zone,
            &self.web,
            &self.opts,
            &mut |r: &DomainCheck| {
                updates += 1;
                if !r.complete {
                    assert!(
                        serde_json::to_value(r).unwrap()["checks"]
                            .as_object()
                            .unwrap()
                            .len()
                            < 7
                    );
                }
            },
        ));
        assert!(report.complete);
        assert!(updates >= 1);
        report
    }
}

fn codes(d: &[Diagnostic]) -> Vec<&'static str> {
    d.iter().map(|d| d.code).collect()
}

fn all_codes(r: &DomainCheck) -> BTreeSet<&'static str> {
    let mut out: BTreeSet<&'static str> = r.all_diagnostics().iter().map(|d| d.code).collect();
    fn walk(n: &SpfNode, out: &mut BTreeSet<&'static str>) {
        out.extend(n.diagnostics.iter().map(|d| d.code));
        n.children.iter().for_each(|c| walk(c, out));
    }
    if let Some(t) = r.checks.spf.as_ref().and_then(|s| s.tree.as_ref()) {
        walk(t, &mut out);
    }
    out
}

/// A domain with everything published and right.
fn healthy(c: &mut Case) {
    let d = c.domain;
    let z = &mut c.zone;
    z.mx(d, 10, &format!("mx1.{d}"))
        .mx(d, 20, &format!("mx2.{d}"))
        .a(&format!("mx1.{d}"), Ipv4Addr::new(192, 0, 2, 10))
        .a(&format!("mx2.{d}"), Ipv4Addr::new(192, 0, 2, 11))
        .txt(
            d,
            &["v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all"],
        )
        .txt(d, &["google-site-verification=abc"])
        .txt(
            "_spf.provider.test",
            &["v=spf1 ip4:198.51.100.0/24 a:out.provider.test -all"],
        )
        .a("out.provider.test", Ipv4Addr::new(198, 51, 100, 7))
        .txt(
            &format!("_dmarc.{d}"),
            &[&format!("v=DMARC1; p=reject; rua=mailto:dmarc@{d}")],
        )
        .txt(
            &format!("s1._domainkey.{d}"),
            &["v=DKIM1; k=rsa; ", &format!("p={RSA2048}")],
        )
        .txt(&format!("_mta-sts.{d}"), &["v=STSv1; id=20240101T000000"])
        .a(&format!("mta-sts.{d}"), Ipv4Addr::new(192, 0, 2, 20))
        .txt(
            &format!("_smtp._tls.{d}"),
            &[&format!("v=TLSRPTv1; rua=mailto:tlsrpt@{d}")],
        )
        .txt(
            &format!("default._bimi.{d}"),
            &[&format!(
                "v=BIMI1; l=https://{d}/logo.svg; a=https://{d}/vmc.pem"
            )],
        );
    let policy = format!(
        "version: STSv1\r\nmode: enforce\r\nmx: mx1.{d}\r\nmx: *.{d}\r\nmax_age: 604800\r\n"
    );
    c.web.policy(d, &policy);
}

fn case_healthy() -> Case {
    let mut c = Case::new("healthy.test");
    healthy(&mut c);
    c
}

#[test]
fn healthy_domain_is_ok_everywhere_within_the_round_trip_budget() {
    let c = case_healthy();
    let r = c.run();
    assert_eq!(r.exists, Some(true));
    let ch = &r.checks;
    let mx = ch.mx.as_ref().unwrap();
    assert_eq!(mx.status, Status::Ok);
    assert_eq!(mx.records, ["10 mx1.healthy.test.", "20 mx2.healthy.test."]);
    let spf = ch.spf.as_ref().unwrap();
    assert_eq!(
        spf.base.status,
        Status::Ok,
        "{:?}",
        codes(&spf.base.diagnostics)
    );
    assert_eq!(spf.lookups, 2);
    assert_eq!(spf.void_lookups, 0);
    let tree = spf.tree.as_ref().unwrap();
    assert_eq!(tree.lookups, 1);
    assert_eq!(tree.total_lookups, 2);
    assert_eq!(tree.children[0].domain, "_spf.provider.test");
    assert_eq!(tree.children[0].via, "include");
    assert_eq!(tree.children[0].lookups, 1);
    let dmarc = ch.dmarc.as_ref().unwrap();
    assert_eq!(dmarc.base.status, Status::Ok);
    assert_eq!(dmarc.applies_from.as_deref(), Some("healthy.test"));
    assert_eq!(dmarc.applies_as.as_deref(), Some("own"));
    assert_eq!(dmarc.policy.as_deref(), Some("reject"));
    assert_eq!(dmarc.policy_tag.as_deref(), Some("p"));
    assert!(dmarc.report_authorizations.is_empty());
    let dkim = ch.dkim.as_ref().unwrap();
    assert_eq!(dkim.status, Status::Ok);
    assert_eq!(dkim.selectors.len(), 1);
    assert_eq!(dkim.selectors[0].selector, "s1");
    assert_eq!(dkim.selectors[0].key_type.as_deref(), Some("rsa"));
    assert_eq!(dkim.selectors[0].key_bits, Some(2048));
    assert_eq!(dkim.tried, COMMON_SELECTORS.len());
    let sts = ch.mta_sts.as_ref().unwrap();
    assert_eq!(
        sts.base.status,
        Status::Ok,
        "{:?}",
        codes(&sts.base.diagnostics)
    );
    let policy = sts.policy.as_ref().unwrap();
    assert_eq!(
        policy.status,
        PolicyStatus::Ok,
        "{:?}",
        codes(&policy.diagnostics)
    );
    assert_eq!(
        policy.url,
        "https://mta-sts.healthy.test/.well-known/mta-sts.txt"
    );
    assert!(policy.text.as_deref().unwrap().contains("mode: enforce"));
    assert_eq!(
        sts.mx_coverage,
        [
            MxCoverage {
                mx: "mx1.healthy.test".into(),
                covered: true
            },
            MxCoverage {
                mx: "mx2.healthy.test".into(),
                covered: true
            }
        ]
    );
    assert_eq!(ch.tls_rpt.as_ref().unwrap().status, Status::Ok);
    let bimi = ch.bimi.as_ref().unwrap();
    assert_eq!(bimi.status, Status::Ok, "{:?}", codes(&bimi.diagnostics));
    assert!(!r.has_errors(), "{:?}", all_codes(&r));
    assert!(!r.dnssec);
    assert!(codes(&r.diagnostics).contains(&"check::dnssec-not-vouched"));
    // SPF depth (root, include) + 2 at most: here root + include + the
    // include's a: term.
    assert!(r.round_trips <= 2 + 2, "{} round trips", r.round_trips);
    assert_eq!(r.round_trips, 3);
    // Shared questions were asked once (the MX is used by three sections,
    // the DMARC walk by two).
    let log = c.zone.log();
    let unique: BTreeSet<_> = log.iter().collect();
    assert_eq!(unique.len(), log.len());
    assert_eq!(r.queries, log.len());
}

/// The DNSSEC finding of a report, in English and Portuguese.
fn dnssec_finding(r: &DomainCheck) -> (&'static str, String, String) {
    let d: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("check::dnssec"))
        .collect();
    assert_eq!(d.len(), 1, "{:?}", codes(&r.diagnostics));
    (
        d[0].code,
        d[0].message_in(Lang::En),
        d[0].message_in(Lang::Pt),
    )
}

#[test]
fn dnssec_is_reported_when_every_answer_is_authenticated() {
    let mut c = case_healthy();
    c.zone.set_authenticated(true);
    let r = c.run();
    assert!(r.dnssec);
    let (code, en, pt) = dnssec_finding(&r);
    assert_eq!(code, "check::dnssec-vouched");
    assert!(en.starts_with("The resolver vouched for DNSSEC"), "{en}");
    assert!(pt.starts_with("O resolvedor garantiu o DNSSEC"), "{pt}");
}

#[test]
fn without_the_ad_bit_the_report_says_the_resolver_did_not_vouch() {
    // The AD bit unset: the zone may be signed and the resolver not
    // validating, so the report must not call the zone unsigned.
    let c = case_healthy();
    let r = c.run();
    assert!(!r.dnssec);
    let (code, en, pt) = dnssec_finding(&r);
    assert_eq!(code, "check::dnssec-not-vouched");
    assert!(
        en.starts_with("The resolver did not vouch for DNSSEC"),
        "{en}"
    );
    assert!(en.contains("does not validate"), "{en}");
    assert!(!en.to_lowercase().contains("unsigned"), "{en}");
    assert!(pt.starts_with("O resolvedor não garantiu o DNSSEC"), "{pt}");
    // Some answers vouched for, not all (a signed domain whose SPF include
    // is not signed): not vouched for as a whole.
    struct Partly(MemoryZone);
    impl crate::dns::Resolver for Partly {
        async fn lookup(&self, name: &str, qtype: QueryType) -> crate::dns::Answer {
            let mut a = self.0.lookup(name, qtype).await;
            a.authenticated = !name.contains("provider.test");
            a
        }
    }
    let c = case_healthy();
    let r = block_on(run(
        c.domain,
        "r",
        &Partly(c.zone.clone()),
        &c.web,
        &c.opts,
        &mut |_| {},
    ));
    assert!(!r.dnssec);
    assert_eq!(dnssec_finding(&r).0, "check::dnssec-not-vouched");
}

/// An HTTP GET that always fails the same way, counting the calls.
struct Down {
    reply: Result<HttpResponse, HttpError>,
    calls: std::cell::Cell<usize>,
}

impl HttpGet for Down {
    async fn get(&self, _url: &str, _accept: &str) -> Result<HttpResponse, HttpError> {
        self.calls.set(self.calls.get() + 1);
        self.reply.clone()
    }
}

/// A check of healthy.test through a DNS-over-HTTPS resolver whose every
/// GET gets `reply`; every update's finding codes are collected too.
fn check_through(reply: Result<HttpResponse, HttpError>) -> (DomainCheck, Vec<Vec<&'static str>>) {
    let url = crate::dns::ResolverUrl::try_from("http://127.0.0.1:9/dns-query").unwrap();
    let doh = crate::dns::DohResolver::new(
        url,
        Down {
            reply,
            calls: std::cell::Cell::new(0),
        },
    );
    let web = Web::default();
    let mut updates = Vec::new();
    let r = block_on(run(
        "healthy.test",
        "http://127.0.0.1:9/dns-query",
        &doh,
        &web,
        &CheckOptions {
            selectors: vec!["s1".into()],
            probe_common_selectors: true,
        },
        &mut |r: &DomainCheck| {
            updates.push(r.all_diagnostics().iter().map(|d| d.code).collect());
        },
    ));
    (r, updates)
}

#[test]
fn an_unreachable_resolver_is_one_finding_not_one_per_lookup() {
    let (r, updates) = check_through(Err(HttpError::Network(
        "Connection refused (os error 111)".into(),
    )));
    assert!(r.complete);
    assert_eq!(r.exists, None);
    assert!(r.queries > 25, "every lookup was tried: {}", r.queries);
    let all = r.all_diagnostics();
    assert_eq!(
        all.iter().map(|d| d.code).collect::<Vec<_>>(),
        ["check::resolver-unreachable"],
        "one finding, not one per lookup"
    );
    let d = all[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(
        d.message_in(Lang::En),
        "Could not reach the resolver http://127.0.0.1:9/dns-query: network error: Connection refused (os error 111). Nothing was checked."
    );
    assert_eq!(
        d.help_in(Lang::En),
        "Check the address, or choose another resolver."
    );
    assert_eq!(
        d.message_in(Lang::Pt),
        "Não foi possível contactar o resolvedor http://127.0.0.1:9/dns-query: erro de rede: ligação recusada. Nada foi verificado."
    );
    assert!(r.has_errors());
    // Every section is there, not determined, with no finding of its own.
    let c = &r.checks;
    let statuses = [
        c.mx.as_ref().unwrap().status,
        c.spf.as_ref().unwrap().base.status,
        c.dmarc.as_ref().unwrap().base.status,
        c.dkim.as_ref().unwrap().status,
        c.mta_sts.as_ref().unwrap().base.status,
        c.tls_rpt.as_ref().unwrap().status,
        c.bimi.as_ref().unwrap().status,
    ];
    assert!(statuses.iter().all(|s| *s == Status::Error), "{statuses:?}");
    assert_eq!(c.dmarc.as_ref().unwrap().base.name, "_dmarc.healthy.test");
    // No update showed the per-lookup failures on the way.
    assert_eq!(
        updates,
        [vec!["check::resolver-unreachable"]],
        "only the final report"
    );
    // It reads back from JSON with its reason in both languages.
    let back: DomainCheck = serde_json::from_value(serde_json::to_value(&r).unwrap()).unwrap();
    assert_eq!(
        back.diagnostics[0].message_in(Lang::Pt),
        d.message_in(Lang::Pt)
    );
}

#[test]
fn an_unreachable_resolver_gives_the_reason_in_plain_words() {
    let cases: [(Result<HttpResponse, HttpError>, &str, &str); 4] = [
        (
            Err(HttpError::Timeout),
            "it gave no answer in time, even after a second try",
            "não respondeu a tempo, mesmo depois de uma segunda tentativa",
        ),
        (
            Ok(HttpResponse {
                status: 502,
                content_type: Some("text/html".into()),
                body: b"<h1>Bad gateway</h1>".to_vec(),
            }),
            "it answered HTTP 502 instead of a DNS answer",
            "respondeu HTTP 502 em vez de uma resposta DNS",
        ),
        (
            Err(HttpError::Tls(
                "invalid peer certificate: UnknownIssuer".into(),
            )),
            "TLS error: invalid peer certificate: UnknownIssuer",
            "erro de TLS",
        ),
        (
            Ok(HttpResponse {
                status: 200,
                content_type: Some("text/html; charset=utf-8".into()),
                body: b"<html>".to_vec(),
            }),
            "what it answered is not a DNS answer (the resolver answered text/html; charset=utf-8 instead of a DNS message)",
            "o que respondeu não é uma resposta DNS",
        ),
    ];
    for (reply, en, pt) in cases {
        let (r, _) = check_through(reply);
        let all = r.all_diagnostics();
        assert_eq!(
            all.len(),
            1,
            "{:?}",
            all.iter().map(|d| d.code).collect::<Vec<_>>()
        );
        let want = format!(
            "Could not reach the resolver http://127.0.0.1:9/dns-query: {en}. Nothing was checked."
        );
        assert_eq!(all[0].message_in(Lang::En), want);
        let want = format!(
            "Não foi possível contactar o resolvedor http://127.0.0.1:9/dns-query: {pt}. Nada foi verificado."
        );
        assert_eq!(all[0].message_in(Lang::Pt), want);
    }
    // Every `HttpError` is translated, without the system's English words.
    for e in [
        HttpError::Network("x".into()),
        HttpError::Tls("x".into()),
        HttpError::Unreadable("x".into()),
        HttpError::Redirect,
        HttpError::Timeout,
        HttpError::TooLarge,
    ] {
        let en = e.to_string();
        let pt = crate::Localized::message_in(&e, Lang::Pt);
        assert_ne!(pt, en, "{en:?} is not translated");
        assert!(crate::text::english_words(&pt).is_empty(), "{pt}");
    }
}

#[test]
fn a_resolver_that_answers_some_lookups_keeps_each_failure() {
    // The domain's own MX lookup fails on the way, but other lookups have
    // DNS answers: the resolver works, and the failure is one finding of
    // the MX section, not the whole check.
    let mut c = case_healthy();
    c.zone.fail(
        "healthy.test",
        Some(QueryType::Mx),
        LookupError::Network("connection reset".into()),
    );
    let r = c.run();
    assert!(!all_codes(&r).contains("check::resolver-unreachable"));
    let mx = r.checks.mx.as_ref().unwrap();
    assert_eq!(mx.status, Status::Error);
    assert_eq!(codes(&mx.diagnostics), ["check::network-error"]);
    assert_eq!(r.checks.dmarc.as_ref().unwrap().base.status, Status::Ok);
    // Every answer SERVFAIL: the resolver answered, the failures are the
    // domain's (a broken DNSSEC chain, dead name servers), one per name.
    let mut z = MemoryZone::new();
    for n in [
        "healthy.test",
        "_dmarc.healthy.test",
        "_mta-sts.healthy.test",
        "_smtp._tls.healthy.test",
        "default._bimi.healthy.test",
    ] {
        z.fail(n, None, LookupError::ServFail);
    }
    let web = Web::default();
    let r = block_on(run(
        "healthy.test",
        "r",
        &z,
        &web,
        &CheckOptions {
            selectors: vec![],
            probe_common_selectors: false,
        },
        &mut |_| {},
    ));
    assert!(!all_codes(&r).contains("check::resolver-unreachable"));
    assert!(all_codes(&r).contains("check::servfail"));
}

/// `n` SPF lookups over two includes, every target existing.
fn case_spf_lookups(domain: &'static str, n: usize) -> Case {
    let mut c = Case::new(domain);
    c.zone.mx(domain, 10, &format!("mx.{domain}"));
    c.zone.txt(
        domain,
        &[&format!(
            "v=spf1 include:i1.{domain} include:i2.{domain} -all"
        )],
    );
    let hosts: Vec<String> = (0..n - 2).map(|i| format!("h{i}.{domain}")).collect();
    for h in &hosts {
        c.zone.a(h, Ipv4Addr::new(192, 0, 2, 1));
    }
    let (a, b) = hosts.split_at(hosts.len() / 2);
    let rec = |hs: &[String]| {
        let terms: Vec<String> = hs.iter().map(|h| format!("a:{h}")).collect();
        format!("v=spf1 {} -all", terms.join(" "))
    };
    c.zone.txt(&format!("i1.{domain}"), &[&rec(a)]);
    c.zone.txt(&format!("i2.{domain}"), &[&rec(b)]);
    c
}

#[test]
fn spf_at_ten_lookups_passes_and_eleven_fails() {
    let r = case_spf_lookups("spf10.test", 10).run();
    let spf = r.checks.spf.unwrap();
    assert_eq!(spf.lookups, 10);
    assert_eq!(spf.base.status, Status::Ok);
    assert!(codes(&spf.base.diagnostics).contains(&"check::spf-lookups-at-limit"));
    let tree = spf.tree.unwrap();
    assert_eq!(tree.lookups, 2);
    assert_eq!(tree.children[0].lookups + tree.children[1].lookups, 8);

    let r = case_spf_lookups("spf11.test", 11).run();
    let spf = r.checks.spf.unwrap();
    assert_eq!(spf.lookups, 11);
    assert_eq!(spf.base.status, Status::Invalid);
    let d = spf
        .base
        .diagnostics
        .iter()
        .find(|d| d.code == "check::spf-too-many-lookups")
        .unwrap();
    assert!(d.message.contains("11 DNS lookups"));
    assert!(d.message_in(crate::Lang::Pt).contains("11 consultas DNS"));
    assert_eq!(d.spec.unwrap().to_string(), "RFC 7208 4.6.4");
}

fn case_spf_void() -> Case {
    let mut c = Case::new("spfvoid.test");
    c.zone.mx("spfvoid.test", 10, "mx.spfvoid.test");
    c.zone.txt(
        "spfvoid.test",
        &["v=spf1 a:gone1.spfvoid.test mx:gone2.spfvoid.test exists:gone3.spfvoid.test -all"],
    );
    c
}

#[test]
fn three_void_lookups_are_an_error() {
    let spf = case_spf_void().run().checks.spf.unwrap();
    assert_eq!(spf.void_lookups, 3);
    assert_eq!(spf.base.status, Status::Invalid);
    let d = spf
        .base
        .diagnostics
        .iter()
        .find(|d| d.code == "check::spf-void-lookups")
        .unwrap();
    assert!(d.message.contains("gone2.spfvoid.test"));
}

fn case_spf_loop() -> Case {
    let mut c = Case::new("spfloop.test");
    c.zone
        .txt("spfloop.test", &["v=spf1 include:a.spfloop.test -all"])
        .txt("a.spfloop.test", &["v=spf1 include:b.spfloop.test -all"])
        .txt("b.spfloop.test", &["v=spf1 include:spfloop.test -all"]);
    c
}

#[test]
fn include_loop_is_found_and_not_followed_forever() {
    let spf = case_spf_loop().run().checks.spf.unwrap();
    assert_eq!(spf.base.status, Status::Invalid);
    let d = spf
        .base
        .diagnostics
        .iter()
        .find(|d| d.code == "check::spf-include-loop")
        .unwrap();
    assert!(
        d.message
            .contains("spfloop.test → a.spfloop.test → b.spfloop.test → spfloop.test")
    );
    assert_eq!(spf.lookups, 3);
}

fn case_two_spf() -> Case {
    let mut c = Case::new("twospf.test");
    c.zone
        .txt("twospf.test", &["v=spf1 -all"])
        .txt("twospf.test", &["v=spf1 mx -all"])
        .txt("twospf.test", &["v=spf10 is not spf"]);
    c
}

#[test]
fn two_spf_records_are_an_error() {
    let spf = case_two_spf().run().checks.spf.unwrap();
    assert_eq!(spf.base.status, Status::Invalid);
    assert_eq!(spf.base.records.len(), 2);
    assert!(codes(&spf.base.diagnostics).contains(&"check::spf-multiple"));
    assert!(spf.tree.is_none());
}

fn case_spf_targets() -> Case {
    let mut c = Case::new("spftargets.test");
    let z = &mut c.zone;
    z.txt(
        "spftargets.test",
        &["v=spf1 include:nospf.test include:twice.test include:broken.test mx:big.test exists:%{i}._spf.spftargets.test -all"],
    )
    .a("nospf.test", Ipv4Addr::new(192, 0, 2, 1))
    .txt("twice.test", &["v=spf1 -all"])
    .txt("twice.test", &["v=spf1 ~all"])
    .txt("broken.test", &["v=spf1 ip4:999.0.0.1 -all"]);
    for i in 0..11 {
        z.mx("big.test", i, &format!("mx{i}.big.test"));
    }
    c
}

#[test]
fn spf_targets_missing_multiple_invalid_big_mx_and_macros() {
    let spf = case_spf_targets().run().checks.spf.unwrap();
    let got = codes(&spf.base.diagnostics);
    for code in [
        "check::spf-target-missing",
        "check::spf-target-multiple",
        "check::spf-target-invalid",
        "check::spf-mx-too-many",
        "check::spf-macro",
    ] {
        assert!(got.contains(&code), "{code} not in {got:?}");
    }
    assert_eq!(spf.base.status, Status::Invalid);
    // The broken include keeps its own findings on its node.
    let tree = spf.tree.unwrap();
    let broken = tree
        .children
        .iter()
        .find(|n| n.domain == "broken.test")
        .unwrap();
    assert!(
        broken
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    );
}

fn case_spf_huge() -> Case {
    let mut c = Case::new("spfhuge.test");
    let inc: Vec<String> = (0..8)
        .map(|i| format!("include:i{i}.spfhuge.test"))
        .collect();
    c.zone
        .txt("spfhuge.test", &[&format!("v=spf1 {} -all", inc.join(" "))]);
    for i in 0..8 {
        let sub: Vec<String> = (0..6)
            .map(|j| format!("include:j{j}.i{i}.spfhuge.test"))
            .collect();
        c.zone.txt(
            &format!("i{i}.spfhuge.test"),
            &[&format!("v=spf1 {} -all", sub.join(" "))],
        );
        for j in 0..6 {
            c.zone
                .txt(&format!("j{j}.i{i}.spfhuge.test"), &["v=spf1 -all"]);
        }
    }
    c
}

#[test]
fn huge_include_trees_are_cut() {
    let spf = case_spf_huge().run().checks.spf.unwrap();
    assert!(codes(&spf.base.diagnostics).contains(&"check::spf-tree-cut"));
    assert!(codes(&spf.base.diagnostics).contains(&"check::spf-too-many-lookups"));
}

fn case_org_dmarc() -> Case {
    let mut c = Case::new("sub.orgdmarc.test");
    c.zone.mx("sub.orgdmarc.test", 10, "mx.orgdmarc.test").txt(
        "_dmarc.orgdmarc.test",
        &["v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@orgdmarc.test"],
    );
    c
}

#[test]
fn dmarc_found_only_at_the_organizational_domain() {
    let r = case_org_dmarc().run();
    let d = r.checks.dmarc.unwrap();
    assert_eq!(d.applies_from.as_deref(), Some("orgdmarc.test"));
    assert_eq!(d.applies_as.as_deref(), Some("organizational"));
    assert_eq!(d.policy.as_deref(), Some("quarantine"));
    assert_eq!(d.policy_tag.as_deref(), Some("sp"));
    assert_eq!(d.base.name, "_dmarc.orgdmarc.test");
    assert_eq!(
        d.walk,
        [
            "_dmarc.sub.orgdmarc.test",
            "_dmarc.orgdmarc.test",
            "_dmarc.test"
        ]
    );
    assert!(codes(&d.base.diagnostics).contains(&"check::dmarc-applies"));
    // rua in the same organizational domain: no authorization needed.
    assert!(d.report_authorizations.is_empty());
    assert_eq!(d.base.status, Status::Ok);
}

#[test]
fn dmarc_np_applies_to_a_name_that_does_not_exist_and_psd_records() {
    let mut c = Case::new("ghost.orgnp.test");
    c.zone.txt(
        "_dmarc.orgnp.test",
        &["v=DMARC1; p=none; sp=quarantine; np=reject"],
    );
    let d = c.run().checks.dmarc.unwrap();
    assert_eq!(d.policy.as_deref(), Some("reject"));
    assert_eq!(d.policy_tag.as_deref(), Some("np"));

    // A PSD record (psd=y) two levels up: the organizational domain is the
    // name one label below, which has none, so the PSD's record applies.
    let mut c = Case::new("mail.brand.psd.test");
    c.zone
        .mx("mail.brand.psd.test", 10, "mx.brand.psd.test")
        .txt("_dmarc.psd.test", &["v=DMARC1; p=quarantine; psd=y"]);
    let d = c.run().checks.dmarc.unwrap();
    assert_eq!(d.applies_from.as_deref(), Some("psd.test"));
    assert_eq!(d.applies_as.as_deref(), Some("psd"));
    assert_eq!(d.policy.as_deref(), Some("quarantine"));
    assert!(codes(&d.base.diagnostics).contains(&"check::dmarc-applies-psd"));
}

/// A PSD record (psd=y) two levels up: the organizational domain is the
/// name one label below, which has none, so the PSD's record applies.
fn case_psd() -> Case {
    let mut c = Case::new("mail.brand.psd.test");
    c.zone
        .mx("mail.brand.psd.test", 10, "mx.brand.psd.test")
        .txt("_dmarc.psd.test", &["v=DMARC1; p=quarantine; psd=y"]);
    c
}

fn case_rua(domain: &'static str, authorized: bool) -> Case {
    let mut c = Case::new(domain);
    c.zone.mx(domain, 10, &format!("mx.{domain}")).txt(
        &format!("_dmarc.{domain}"),
        &["v=DMARC1; p=none; rua=mailto:agg@reports.example-dest.test; ruf=mailto:f@reports.example-dest.test"],
    );
    c.zone
        .a("reports.example-dest.test", Ipv4Addr::new(192, 0, 2, 5));
    if authorized {
        c.zone
            .txt("*._report._dmarc.reports.example-dest.test", &["v=DMARC1;"]);
    }
    c
}

#[test]
fn external_report_destinations_need_an_authorization_wildcards_count() {
    let d = case_rua("rua-unauth.test", false)
        .run()
        .checks
        .dmarc
        .unwrap();
    assert_eq!(d.report_authorizations.len(), 2);
    let a = &d.report_authorizations[0];
    assert_eq!(a.uri, "mailto:agg@reports.example-dest.test");
    assert_eq!(a.destination, "reports.example-dest.test");
    assert_eq!(
        a.name,
        "rua-unauth.test._report._dmarc.reports.example-dest.test"
    );
    assert!(!a.authorized);
    assert!(codes(&d.base.diagnostics).contains(&"check::dmarc-report-unauthorized"));

    let d = case_rua("rua-auth.test", true).run().checks.dmarc.unwrap();
    assert!(d.report_authorizations.iter().all(|a| a.authorized));
    assert!(!codes(&d.base.diagnostics).contains(&"check::dmarc-report-unauthorized"));
    assert_eq!(d.base.status, Status::Ok);
}

#[test]
fn external_rua_check_costs_one_more_round_trip() {
    let c = case_rua("rua-auth.test", true);
    let r = c.run();
    // Round 1: everything at the domain; round 2: the authorization.
    assert_eq!(r.round_trips, 2);
}

fn case_two_dmarc() -> Case {
    let mut c = Case::new("twodmarc.test");
    c.zone
        .mx("twodmarc.test", 10, "mx.twodmarc.test")
        .txt("_dmarc.twodmarc.test", &["v=DMARC1; p=reject"])
        .txt("_dmarc.twodmarc.test", &["v=DMARC1; p=none"]);
    c
}

#[test]
fn two_dmarc_records_mean_none_applies() {
    let d = case_two_dmarc().run().checks.dmarc.unwrap();
    assert_eq!(d.base.status, Status::Invalid);
    assert_eq!(d.policy, None);
    assert_eq!(d.applies_from, None);
    assert_eq!(d.base.records.len(), 2);
    assert_eq!(codes(&d.base.diagnostics), ["check::dmarc-multiple"]);
}

fn case_dkim() -> Case {
    let mut c = Case::new("dkim.test");
    c.opts.selectors = vec![
        "Sel-Cname".into(),
        "absent".into(),
        "bad selector".into(),
        "absent._domainkey.dkim.test.".into(),
    ];
    c.zone
        .mx("dkim.test", 10, "mx.dkim.test")
        .cname("sel-cname._domainkey.dkim.test", "key1.keys.provider.test")
        .txt(
            "key1.keys.provider.test",
            &[&format!("v=DKIM1; k=rsa; p={RSA2048}")],
        )
        .txt("s1._domainkey.dkim.test", &["v=DKIM1; p="])
        .txt(
            "s2._domainkey.dkim.test",
            &[&format!("v=DKIM1; k=rsa; p={RSA512}")],
        )
        .txt("k1._domainkey.dkim.test", &["v=DKIM1; p=a"])
        .txt("k1._domainkey.dkim.test", &["v=DKIM1; p=b"]);
    c
}

#[test]
fn a_wildcard_txt_is_not_taken_for_probed_keys() {
    let mut c = Case::new("wild.test");
    c.opts.selectors = vec!["mine".into()];
    c.zone
        .mx("wild.test", 10, "mx.wild.test")
        .txt("*._domainkey.wild.test", &["v=spf1 -all"]);
    let dk = c.run().checks.dkim.unwrap();
    // The named selector gets what verifiers get: a TXT that is no key.
    assert_eq!(dk.selectors.len(), 1);
    assert_eq!(dk.selectors[0].selector, "mine");
    assert_eq!(dk.selectors[0].status, Status::Invalid);
    assert_eq!(dk.status, Status::Invalid);
}

#[test]
fn dkim_cname_revoked_short_missing_and_multiple() {
    let dk = case_dkim().run().checks.dkim.unwrap();
    let sel = |s: &str| dk.selectors.iter().find(|x| x.selector == s).unwrap();
    let cn = sel("sel-cname");
    assert!(cn.requested);
    assert_eq!(cn.name, "sel-cname._domainkey.dkim.test");
    assert_eq!(cn.cname_target.as_deref(), Some("key1.keys.provider.test"));
    assert_eq!(cn.key_bits, Some(2048));
    assert_eq!(cn.status, Status::Ok);
    assert!(codes(&cn.diagnostics).contains(&"check::dkim-cname"));
    let revoked = sel("s1");
    assert!(codes(&revoked.diagnostics).contains(&"dkim::revoked"));
    assert_eq!(revoked.key_bits, None);
    let short = sel("s2");
    assert_eq!(short.key_bits, Some(512));
    assert_eq!(short.status, Status::Invalid);
    assert!(codes(&short.diagnostics).contains(&"dkim::rsa-too-short"));
    let absent = sel("absent");
    assert_eq!(absent.status, Status::Missing);
    assert_eq!(codes(&absent.diagnostics), ["check::dkim-selector-missing"]);
    assert!(codes(&sel("k1").diagnostics).contains(&"check::dkim-multiple"));
    // Probed selectors that are not there are not listed; the bad one is dropped.
    assert!(dk.selectors.iter().all(|s| s.selector != "google"));
    assert!(dk.selectors.iter().all(|s| s.selector != "bad selector"));
    assert_eq!(dk.status, Status::Invalid);
    assert_eq!(dk.tried, COMMON_SELECTORS.len() + 2);
}

fn case_sts_uncovered(mode: &str) -> Case {
    let mut c = Case::new("mtasts-uncovered.test");
    let d = c.domain;
    c.zone
        .mx(d, 10, &format!("mx1.{d}"))
        .mx(d, 20, "backup.other.test")
        .txt(&format!("_mta-sts.{d}"), &["v=STSv1; id=1"])
        .a(&format!("mta-sts.{d}"), Ipv4Addr::new(192, 0, 2, 1));
    c.web.policy(
        d,
        &format!("version: STSv1\nmode: {mode}\nmx: mx1.{d}\nmax_age: 86400\n"),
    );
    c
}

#[test]
fn mta_sts_mx_not_covered_is_an_error_in_enforce() {
    let s = case_sts_uncovered("enforce").run().checks.mta_sts.unwrap();
    assert_eq!(s.base.status, Status::Invalid);
    assert_eq!(
        s.mx_coverage,
        [
            MxCoverage {
                mx: "mx1.mtasts-uncovered.test".into(),
                covered: true
            },
            MxCoverage {
                mx: "backup.other.test".into(),
                covered: false
            }
        ]
    );
    assert!(codes(&s.base.diagnostics).contains(&"check::mta-sts-mx-uncovered"));
    let s = case_sts_uncovered("testing").run().checks.mta_sts.unwrap();
    assert_eq!(s.base.status, Status::Ok);
    assert!(codes(&s.base.diagnostics).contains(&"check::mta-sts-mx-uncovered-testing"));
}

#[test]
fn one_label_wildcard_covers_one_label_only() {
    let mut c = case_sts_uncovered("enforce");
    let d = c.domain;
    c.zone.mx(d, 30, &format!("a.b.{d}"));
    c.web.policy(
        d,
        &format!("version: STSv1\nmode: enforce\nmx: *.{d}\nmx: *.other.test\nmax_age: 86400\n"),
    );
    let s = c.run().checks.mta_sts.unwrap();
    let cov: Vec<bool> = s.mx_coverage.iter().map(|m| m.covered).collect();
    assert_eq!(cov, [true, true, false]);
}

fn case_two_sts() -> Case {
    let mut c = Case::new("twomtasts.test");
    c.zone
        .txt("_mta-sts.twomtasts.test", &["v=STSv1; id=1"])
        .txt("_mta-sts.twomtasts.test", &["v=STSv1; id=2"]);
    c
}

#[test]
fn two_mta_sts_records_are_an_error_and_no_policy_is_fetched() {
    let c = case_two_sts();
    let s = c.run().checks.mta_sts.unwrap();
    assert_eq!(s.base.status, Status::Invalid);
    assert_eq!(codes(&s.base.diagnostics), ["check::mta-sts-multiple"]);
    assert!(s.policy.is_none());
    assert!(c.web.asked.borrow().is_empty());
}

fn case_sts_fetch(reply: Option<Result<HttpResponse, HttpError>>, host: bool) -> Case {
    let mut c = Case::new("mtasts-nocors.test");
    c.zone
        .mx("mtasts-nocors.test", 10, "mx.mtasts-nocors.test")
        .txt("_mta-sts.mtasts-nocors.test", &["v=STSv1; id=1"]);
    if host {
        c.zone
            .a("mta-sts.mtasts-nocors.test", Ipv4Addr::new(192, 0, 2, 1));
    }
    if let Some(reply) = reply {
        c.web.page(
            "https://mta-sts.mtasts-nocors.test/.well-known/mta-sts.txt",
            reply,
        );
    }
    c
}

#[test]
fn unreadable_policy_is_never_called_missing() {
    let c = case_sts_fetch(
        Some(Err(HttpError::Unreadable(
            "TypeError: Failed to fetch".into(),
        ))),
        true,
    );
    let s = c.run().checks.mta_sts.unwrap();
    let p = s.policy.unwrap();
    assert_eq!(p.status, PolicyStatus::Unreadable);
    assert_eq!(codes(&p.diagnostics), ["check::mta-sts-policy-unreadable"]);
    let d = &p.diagnostics[0];
    assert!(d.message.contains("could not read"));
    assert!(d.message.contains("CORS"));
    assert!(d.message.contains("does not mean the policy is missing"));
    assert!(d.help.contains("validator"));
    assert!(!d.message.contains("there is none"));
    assert_eq!(s.base.status, Status::Ok);
}

fn http(status: u16) -> Option<Result<HttpResponse, HttpError>> {
    Some(Ok(HttpResponse {
        status,
        content_type: Some("text/html".into()),
        body: b"<h1>error</h1>".to_vec(),
    }))
}

#[test]
fn policy_missing_http_errors_and_redirects() {
    let p = |c: Case| c.run().checks.mta_sts.unwrap();
    let s = p(case_sts_fetch(http(404), true));
    assert_eq!(s.policy.as_ref().unwrap().status, PolicyStatus::Missing);
    assert_eq!(s.base.status, Status::Invalid);
    assert_eq!(
        codes(&s.policy.unwrap().diagnostics),
        ["check::mta-sts-policy-missing"]
    );
    // No such host: missing, even though the fetch failed.
    let s = p(case_sts_fetch(None, false));
    let pol = s.policy.unwrap();
    assert_eq!(pol.status, PolicyStatus::Missing);
    assert_eq!(codes(&pol.diagnostics), ["check::mta-sts-policy-no-host"]);
    assert!(pol.diagnostics[0].message.contains("does not exist"));
    // The host exists but cannot be reached (command line).
    let s = p(case_sts_fetch(None, true));
    let pol = s.policy.unwrap();
    assert_eq!(pol.status, PolicyStatus::Unreadable);
    assert_eq!(
        codes(&pol.diagnostics),
        ["check::mta-sts-policy-fetch-failed"]
    );
    let s = p(case_sts_fetch(http(500), true));
    assert_eq!(
        codes(&s.policy.unwrap().diagnostics),
        ["check::mta-sts-policy-http-status"]
    );
    let s = p(case_sts_fetch(Some(Err(HttpError::Redirect)), true));
    let pol = s.policy.unwrap();
    assert_eq!(pol.status, PolicyStatus::Invalid);
    assert_eq!(codes(&pol.diagnostics), ["check::mta-sts-policy-redirect"]);
    let s = p(case_sts_fetch(Some(Err(HttpError::TooLarge)), true));
    assert_eq!(
        codes(&s.policy.unwrap().diagnostics),
        ["check::mta-sts-policy-too-large"]
    );
    let big = Some(Ok(HttpResponse {
        status: 200,
        content_type: Some("text/plain".into()),
        body: vec![b'x'; crate::mta_sts::MAX_POLICY_BYTES + 1],
    }));
    let s = p(case_sts_fetch(big, true));
    assert_eq!(
        codes(&s.policy.unwrap().diagnostics),
        ["check::mta-sts-policy-too-large"]
    );
}

fn case_tlsrpt_bad() -> Case {
    let mut c = Case::new("tlsrpt-bad.test");
    c.zone.mx("tlsrpt-bad.test", 10, "mx.tlsrpt-bad.test").txt(
        "_smtp._tls.tlsrpt-bad.test",
        &["v=TLSRPTv1; rua=ftp://reports.tlsrpt-bad.test"],
    );
    c
}

#[test]
fn tls_rpt_with_a_bad_scheme_is_invalid() {
    let t = case_tlsrpt_bad().run().checks.tls_rpt.unwrap();
    assert_eq!(t.status, Status::Invalid);
    assert_eq!(t.name, "_smtp._tls.tlsrpt-bad.test");
    assert!(codes(&t.diagnostics).contains(&"tls_rpt::bad-scheme"));
}

fn case_empty() -> Case {
    let mut c = Case::new("empty.test");
    c.zone.a("empty.test", Ipv4Addr::new(192, 0, 2, 1));
    c
}

#[test]
fn nothing_published_is_missing_everywhere() {
    let r = case_empty().run();
    assert_eq!(r.exists, Some(true));
    let ch = &r.checks;
    assert_eq!(ch.mx.as_ref().unwrap().status, Status::Missing);
    assert_eq!(ch.spf.as_ref().unwrap().base.status, Status::Missing);
    assert_eq!(ch.dmarc.as_ref().unwrap().base.status, Status::Missing);
    assert_eq!(ch.dkim.as_ref().unwrap().status, Status::Missing);
    assert_eq!(ch.mta_sts.as_ref().unwrap().base.status, Status::Missing);
    assert_eq!(ch.tls_rpt.as_ref().unwrap().status, Status::Missing);
    assert_eq!(ch.bimi.as_ref().unwrap().status, Status::Missing);
    let got = all_codes(&r);
    for code in [
        "check::mx-missing",
        "check::spf-missing",
        "check::dmarc-missing",
        "check::dkim-none-found",
        "check::mta-sts-missing",
        "check::tls-rpt-missing",
        "check::bimi-missing",
    ] {
        assert!(got.contains(code), "{code}");
    }
    assert_eq!(r.round_trips, 1);
}

fn case_nxdomain() -> Case {
    let mut c = Case::new("nonexistent.test");
    c.zone.a("other.test", Ipv4Addr::new(192, 0, 2, 1));
    c
}

#[test]
fn a_domain_that_does_not_exist_is_said_plainly() {
    let r = case_nxdomain().run();
    assert_eq!(r.exists, Some(false));
    assert_eq!(codes(&r.diagnostics), ["check::nxdomain"]);
    assert!(r.diagnostics[0].message.contains("does not exist"));
    assert!(r.has_errors());
}

fn case_failures() -> Case {
    let mut c = Case::new("broken-dns.test");
    c.opts.selectors = vec!["sel".into(), "big".into(), "odd".into()];
    c.zone
        .mx("broken-dns.test", 10, "mx.broken-dns.test")
        .fail(
            "broken-dns.test",
            Some(QueryType::Txt),
            LookupError::Timeout,
        )
        .fail("_dmarc.broken-dns.test", None, LookupError::ServFail)
        .fail("_mta-sts.broken-dns.test", None, LookupError::Refused)
        .fail("_smtp._tls.broken-dns.test", None, LookupError::Http(503))
        .fail(
            "default._bimi.broken-dns.test",
            None,
            LookupError::Network("connection reset".into()),
        )
        .fail(
            "sel._domainkey.broken-dns.test",
            None,
            LookupError::Malformed("the answer does not match the question".into()),
        )
        .fail(
            "big._domainkey.broken-dns.test",
            None,
            LookupError::TooLarge,
        );
    c
}

#[test]
fn timeouts_and_servfail_are_findings_with_status_error() {
    let r = case_failures().run();
    let ch = &r.checks;
    let spf = ch.spf.as_ref().unwrap();
    assert_eq!(spf.base.status, Status::Error);
    assert_eq!(codes(&spf.base.diagnostics), ["check::timeout"]);
    assert!(
        spf.base.diagnostics[0]
            .message
            .contains("broken-dns.test (TXT)")
    );
    let dmarc = ch.dmarc.as_ref().unwrap();
    assert_eq!(dmarc.base.status, Status::Error);
    assert_eq!(codes(&dmarc.base.diagnostics), ["check::servfail"]);
    assert_eq!(ch.mta_sts.as_ref().unwrap().base.status, Status::Error);
    assert_eq!(
        codes(&ch.mta_sts.as_ref().unwrap().base.diagnostics),
        ["check::refused"]
    );
    assert_eq!(
        codes(&ch.tls_rpt.as_ref().unwrap().diagnostics),
        ["check::http-error"]
    );
    assert_eq!(ch.tls_rpt.as_ref().unwrap().status, Status::Error);
    assert_eq!(
        codes(&ch.bimi.as_ref().unwrap().diagnostics),
        ["check::network-error"]
    );
    let dk = ch.dkim.as_ref().unwrap();
    assert_eq!(dk.status, Status::Error);
    let got = all_codes(&r);
    assert!(got.contains("check::malformed-answer"));
    assert!(got.contains("check::answer-too-large"));
}

fn case_misc() -> Case {
    let mut c = Case::new("misc.test");
    c.zone
        .mx("misc.test", 0, ".")
        .txt("_dmarc.misc.test", &["v=DMARC1; p=none"])
        .txt(
            "_smtp._tls.misc.test",
            &["v=TLSRPTv1; rua=mailto:a@misc.test"],
        )
        .txt(
            "_smtp._tls.misc.test",
            &["v=TLSRPTv1; rua=mailto:b@misc.test"],
        )
        .txt(
            "default._bimi.misc.test",
            &["v=BIMI1; l=https://misc.test/a.svg"],
        )
        .txt(
            "default._bimi.misc.test",
            &["v=BIMI1; l=https://misc.test/b.svg"],
        );
    c
}

#[test]
fn null_mx_and_several_tls_rpt_and_bimi_records() {
    let r = case_misc().run();
    let ch = &r.checks;
    assert_eq!(
        codes(&ch.mx.as_ref().unwrap().diagnostics),
        ["check::mx-null"]
    );
    assert_eq!(ch.mx.as_ref().unwrap().records, ["0 ."]);
    assert_eq!(ch.tls_rpt.as_ref().unwrap().status, Status::Invalid);
    assert_eq!(
        codes(&ch.tls_rpt.as_ref().unwrap().diagnostics),
        ["check::tls-rpt-multiple"]
    );
    assert_eq!(
        codes(&ch.bimi.as_ref().unwrap().diagnostics)[0],
        "check::bimi-multiple"
    );
}

#[test]
fn bimi_needs_dmarc_enforcement() {
    let mut weak = Case::new("weak.test");
    weak.zone
        .mx("weak.test", 10, "mx.weak.test")
        .txt("_dmarc.weak.test", &["v=DMARC1; p=none"])
        .txt(
            "default._bimi.weak.test",
            &["v=BIMI1; l=https://weak.test/logo.svg; a=https://weak.test/vmc.pem"],
        );
    let b = weak.run().checks.bimi.unwrap();
    assert_eq!(b.status, Status::Invalid);
    let d = b
        .diagnostics
        .iter()
        .find(|d| d.code == "check::bimi-needs-enforcement")
        .unwrap();
    assert!(d.message.contains("is none"));
}

#[test]
fn bad_domains_are_refused_without_a_lookup() {
    for bad in ["not a domain", "com", "exa_mple..com", ""] {
        let c = Case::new("x.test");
        let r = block_on(run(
            bad,
            "r",
            &c.zone,
            &c.web,
            &c.opts,
            &mut |_: &DomainCheck| {},
        ));
        assert_eq!(codes(&r.diagnostics), ["check::bad-domain"], "{bad}");
        assert!(r.complete);
        assert_eq!(c.zone.lookups(), 0);
    }
}

#[test]
fn json_has_the_issue_shape_and_reads_back() {
    let r = case_healthy().run();
    let v = serde_json::to_value(&r).unwrap();
    for k in [
        "domain",
        "resolver",
        "exists",
        "dnssec",
        "queries",
        "round_trips",
        "elapsed_ms",
        "checks",
    ] {
        assert!(v.get(k).is_some(), "{k}");
    }
    assert_eq!(v["resolver"], "https://cloudflare-dns.com/dns-query");
    assert_eq!(v["exists"], true);
    let c = &v["checks"];
    for k in ["mx", "spf", "dmarc", "dkim", "mta_sts", "tls_rpt", "bimi"] {
        assert!(c.get(k).is_some(), "{k}");
    }
    for k in ["status", "name", "records", "diagnostics"] {
        assert!(c["mx"].get(k).is_some(), "mx.{k}");
        assert!(c["spf"].get(k).is_some(), "spf.{k}");
    }
    assert_eq!(c["mx"]["status"], "ok");
    assert_eq!(c["mx"]["records"][0], "10 mx1.healthy.test.");
    assert_eq!(c["spf"]["lookups"], 2);
    assert_eq!(c["spf"]["void_lookups"], 0);
    let tree = &c["spf"]["tree"];
    assert_eq!(tree["domain"], "healthy.test");
    assert_eq!(
        tree["record"],
        "v=spf1 ip4:192.0.2.0/24 include:_spf.provider.test -all"
    );
    assert_eq!(tree["lookups"], 1);
    assert_eq!(tree["children"][0]["domain"], "_spf.provider.test");
    assert_eq!(c["dmarc"]["applies_from"], "healthy.test");
    assert_eq!(c["dmarc"]["policy"], "reject");
    assert!(c["dmarc"]["report_authorizations"].is_array());
    let sel = &c["dkim"]["selectors"][0];
    for k in [
        "selector",
        "name",
        "status",
        "cname_target",
        "records",
        "diagnostics",
        "key_type",
        "key_bits",
    ] {
        assert!(sel.get(k).is_some(), "dkim.{k}");
    }
    assert_eq!(sel["cname_target"], serde_json::Value::Null);
    assert_eq!(sel["key_type"], "rsa");
    assert_eq!(sel["key_bits"], 2048);
    let pol = &c["mta_sts"]["policy"];
    for k in ["url", "status", "text", "diagnostics"] {
        assert!(pol.get(k).is_some(), "policy.{k}");
    }
    assert_eq!(pol["status"], "ok");
    assert_eq!(c["mta_sts"]["mx_coverage"][0]["mx"], "mx1.healthy.test");
    assert_eq!(c["mta_sts"]["mx_coverage"][0]["covered"], true);
    let d = &v["diagnostics"][0];
    for k in ["code", "severity", "message", "help", "spec", "args"] {
        assert!(d.get(k).is_some(), "diagnostic.{k}");
    }
    assert_eq!(d["spec"], "RFC 4035 3.2.3");

    // Reads back, and renders again in Portuguese.
    let json = serde_json::to_string(&r).unwrap();
    let back: DomainCheck = serde_json::from_str(&json).unwrap();
    assert_eq!(back.checks.dmarc, r.checks.dmarc);
    assert_eq!(back.checks.mta_sts, r.checks.mta_sts);
    assert_eq!(back.checks.spf.as_ref().unwrap().lookups, 2);
    let bad = case_spf_lookups("spf11.test", 11).run();
    let back: DomainCheck = serde_json::from_str(&serde_json::to_string(&bad).unwrap()).unwrap();
    let pick = |r: &DomainCheck| {
        r.checks
            .spf
            .as_ref()
            .unwrap()
            .base
            .diagnostics
            .iter()
            .find(|d| d.code == "check::spf-too-many-lookups")
            .unwrap()
            .message_in(crate::Lang::Pt)
    };
    assert_eq!(pick(&back), pick(&bad));
    // A section not yet finished is left out.
    let partial = DomainCheck::new("example.com", "r");
    let v = serde_json::to_value(&partial).unwrap();
    assert!(v["checks"].as_object().unwrap().is_empty());
    let back: DomainCheck = serde_json::from_value(v).unwrap();
    assert_eq!(back, partial);
    assert!(
        serde_json::from_str::<DomainCheck>(
            &json.replace("check::dnssec-not-vouched", "check::nope")
        )
        .is_err()
    );
}

#[test]
fn updates_arrive_section_by_section() {
    let c = case_healthy();
    let mut seen = Vec::new();
    let r = block_on(run(
        c.domain,
        "r",
        &c.zone,
        &c.web,
        &c.opts,
        &mut |r: &DomainCheck| {
            let v = serde_json::to_value(r).unwrap();
            seen.push((v["checks"].as_object().unwrap().len(), r.complete));
        },
    ));
    assert!(r.complete);
    assert_eq!(seen.len(), 7);
    assert_eq!(seen.last(), Some(&(7, true)));
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(seen[..6].iter().all(|(_, done)| !done));
}

#[test]
fn every_check_message_is_emitted_by_some_case() {
    let cases: Vec<Case> = vec![
        case_healthy(),
        {
            let mut c = case_healthy();
            c.zone.set_authenticated(true);
            c
        },
        case_spf_lookups("spf10.test", 10),
        case_spf_lookups("spf11.test", 11),
        case_spf_void(),
        case_spf_loop(),
        case_two_spf(),
        case_spf_targets(),
        case_spf_huge(),
        case_org_dmarc(),
        case_rua("rua-unauth.test", false),
        case_two_dmarc(),
        case_dkim(),
        case_sts_uncovered("enforce"),
        case_sts_uncovered("testing"),
        case_two_sts(),
        case_sts_fetch(Some(Err(HttpError::Unreadable("cors".into()))), true),
        case_sts_fetch(http(404), true),
        case_sts_fetch(http(500), true),
        case_sts_fetch(None, true),
        case_sts_fetch(None, false),
        case_sts_fetch(Some(Err(HttpError::Redirect)), true),
        case_sts_fetch(Some(Err(HttpError::TooLarge)), true),
        case_psd(),
        case_tlsrpt_bad(),
        case_empty(),
        case_nxdomain(),
        case_failures(),
        case_misc(),
    ];
    let mut seen: BTreeSet<&'static str> = BTreeSet::new();
    for c in &cases {
        seen.extend(all_codes(&c.run()));
    }
    // The cases of their own tests.
    let mut weak = Case::new("weak.test");
    weak.zone
        .txt("_dmarc.weak.test", &["v=DMARC1; p=none"])
        .txt(
            "default._bimi.weak.test",
            &["v=BIMI1; l=https://weak.test/l.svg"],
        );
    seen.extend(all_codes(&weak.run()));
    let mut no_dmarc = Case::new("nodmarc.test");
    no_dmarc.zone.txt(
        "default._bimi.nodmarc.test",
        &["v=BIMI1; l=https://nodmarc.test/l.svg"],
    );
    seen.extend(all_codes(&no_dmarc.run()));
    let c = Case::new("x.test");
    let r = block_on(run("com", "r", &c.zone, &c.web, &c.opts, &mut |_| {}));
    seen.extend(all_codes(&r));
    seen.extend(all_codes(&check_through(Err(HttpError::Timeout)).0));
    let missing: Vec<&str> = messages::MESSAGES
        .iter()
        .map(|m| m.code)
        .filter(|c| !seen.contains(c))
        .collect();
    assert!(missing.is_empty(), "never emitted: {missing:?}");
}

// ---- The SPF tree of a given record (the generator's live count) ----

/// The fixture zone's spf10 / spf11 providers and a name with no record.
fn record_zone() -> MemoryZone {
    let mut z = MemoryZone::new();
    z.mx("gen.test", 10, "mx1.gen.test")
        .a("gen.test", Ipv4Addr::new(192, 0, 2, 1))
        .a("mx1.gen.test", Ipv4Addr::new(192, 0, 2, 11))
        .a("mail.prov.test", Ipv4Addr::new(192, 0, 2, 21))
        .mx("prov.test", 10, "mx1.gen.test")
        .txt(
            "_s1.prov.test",
            &["v=spf1 a:mail.prov.test mx:prov.test include:_s3.prov.test -all"],
        )
        .txt(
            "_s2.prov.test",
            &["v=spf1 a:mail.prov.test ip4:192.0.2.1 -all"],
        )
        .txt(
            "_s3.prov.test",
            &["v=spf1 a:mail.prov.test a:mx1.gen.test -all"],
        )
        .txt("flat.prov.test", &["v=spf1 ip4:198.51.100.0/24 -all"])
        .exists("empty.prov.test");
    z
}

fn tree_of(record: &str, z: &MemoryZone) -> SpfSection {
    block_on(spf_record_tree("gen.test", record, "memory", z))
}

#[test]
fn a_given_record_is_counted_over_its_whole_tree() {
    let z = record_zone();
    let s = tree_of(
        "v=spf1 mx a include:_s1.prov.test include:_s2.prov.test -all",
        &z,
    );
    assert_eq!(s.lookups, 10, "{:?}", codes(&s.base.diagnostics));
    assert_eq!(s.void_lookups, 0);
    assert_eq!(s.base.status, Status::Ok);
    assert!(codes(&s.base.diagnostics).contains(&"check::spf-lookups-at-limit"));
    let tree = s.tree.unwrap();
    assert_eq!(tree.domain, "gen.test");
    assert_eq!(
        tree.record.as_deref(),
        Some("v=spf1 mx a include:_s1.prov.test include:_s2.prov.test -all")
    );
    assert_eq!((tree.lookups, tree.total_lookups), (4, 10));
    let kids: Vec<(&str, usize, usize)> = tree
        .children
        .iter()
        .map(|c| (c.domain.as_str(), c.lookups, c.total_lookups))
        .collect();
    assert_eq!(kids, [("_s1.prov.test", 3, 5), ("_s2.prov.test", 1, 1)]);
    assert_eq!(tree.children[0].children[0].domain, "_s3.prov.test");
    // The record's own name is never asked for its TXT: the text is given.
    assert!(
        !z.log().contains(&("gen.test".to_string(), QueryType::Txt)),
        "{:?}",
        z.log()
    );
    // mx and a without a name are asked at the domain given.
    assert!(z.log().contains(&("gen.test".to_string(), QueryType::Mx)));
    assert!(z.log().contains(&("gen.test".to_string(), QueryType::A)));
}

#[test]
fn a_given_record_over_ten_is_invalid_with_the_real_total() {
    let s = tree_of(
        "v=spf1 mx a a:mail.prov.test include:_s1.prov.test include:_s2.prov.test -all",
        &record_zone(),
    );
    assert_eq!(s.lookups, 11);
    assert_eq!(s.base.status, Status::Invalid);
    let d = s
        .base
        .diagnostics
        .iter()
        .find(|d| d.code == "check::spf-too-many-lookups")
        .unwrap();
    assert!(
        d.message_in(Lang::En).contains("11"),
        "{}",
        d.message_in(Lang::En)
    );
    assert!(d.message_in(Lang::Pt).contains("11 consultas"));
}

#[test]
fn a_given_record_with_missing_includes_counts_void_lookups() {
    let s = tree_of(
        "v=spf1 include:gone.prov.test include:empty.prov.test include:flat.prov.test a:nothere.prov.test -all",
        &record_zone(),
    );
    assert_eq!(s.lookups, 4);
    assert_eq!(s.void_lookups, 3, "{:?}", codes(&s.base.diagnostics));
    let c = codes(&s.base.diagnostics);
    assert_eq!(
        c.iter()
            .filter(|c| **c == "check::spf-target-missing")
            .count(),
        2,
        "{c:?}"
    );
    assert!(c.contains(&"check::spf-void-lookups"), "{c:?}");
    assert_eq!(s.base.status, Status::Invalid);
    let tree = s.tree.unwrap();
    assert_eq!(tree.children.len(), 3);
    assert_eq!(tree.children[0].record, None);
    assert_eq!(
        tree.children[2].record.as_deref(),
        Some("v=spf1 ip4:198.51.100.0/24 -all")
    );
}

#[test]
fn a_given_record_reports_failed_lookups_in_plain_words() {
    let mut z = record_zone();
    z.fail("_s2.prov.test", None, LookupError::Timeout);
    let s = tree_of(
        "v=spf1 include:_s2.prov.test include:flat.prov.test -all",
        &z,
    );
    assert_eq!(s.base.status, Status::Error);
    let d = s
        .base
        .diagnostics
        .iter()
        .find(|d| d.code == "check::timeout")
        .unwrap();
    assert!(d.message_in(Lang::En).contains("_s2.prov.test"));
}

#[test]
fn a_given_record_through_an_unreachable_resolver_says_so_once() {
    struct Down;
    impl Resolver for Down {
        async fn lookup(&self, _: &str, _: QueryType) -> crate::dns::Answer {
            crate::dns::Answer::failed(LookupError::Network("connection refused".into()))
        }
    }
    let s = block_on(spf_record_tree(
        "gen.test",
        "v=spf1 include:a.test include:b.test mx -all",
        "http://127.0.0.1:9/dns-query",
        &Down,
    ));
    assert_eq!(codes(&s.base.diagnostics), ["check::resolver-unreachable"]);
    assert_eq!(s.base.status, Status::Error);
    assert!(s.tree.is_none());
    let m = s.base.diagnostics[0].message_in(Lang::En);
    assert!(
        m.contains("127.0.0.1:9") && m.contains("connection refused"),
        "{m}"
    );
    // A record without lookups asks nothing and is not an error.
    let s = block_on(spf_record_tree(
        "gen.test",
        "v=spf1 ip4:192.0.2.1 -all",
        "x",
        &Down,
    ));
    assert_eq!((s.lookups, s.base.status), (0, Status::Ok));
}

#[test]
fn a_refused_resolver_address_looks_nothing_up() {
    let s = spf_record_refused("gen.test", "v=spf1 mx -all", "http://dns.example/q");
    assert_eq!(codes(&s.base.diagnostics), ["check::resolver-unreachable"]);
    assert!(
        s.base.diagnostics[0]
            .message_in(Lang::Pt)
            .contains("não é um endereço https://")
    );
    assert_eq!((s.base.status, s.lookups), (Status::Error, 0));
}

#[test]
fn a_given_record_needs_a_domain_name() {
    let z = record_zone();
    for bad in ["", "com", "a..b", "https://x.test/"] {
        let s = block_on(spf_record_tree(bad, "v=spf1 mx -all", "memory", &z));
        assert_eq!(codes(&s.base.diagnostics), ["check::bad-domain"], "{bad}");
    }
    assert_eq!(z.lookups(), 0);
    // A trailing dot and capitals are read as the name.
    let s = block_on(spf_record_tree("Gen.Test.", "v=spf1 mx -all", "memory", &z));
    assert_eq!((s.base.name.as_str(), s.lookups), ("gen.test", 1));
}

/// A failed lookup's finding reads in Portuguese without the English words
/// of the error (issue 18: "consulta falhou: no answer in time").
#[test]
fn failed_lookups_read_in_portuguese() {
    for e in [
        LookupError::Timeout,
        LookupError::ServFail,
        LookupError::Refused,
        LookupError::Http(502),
        LookupError::Network("network error: cannot reach dns.example: connection refused".into()),
        LookupError::Malformed("the answer does not match the question".into()),
        LookupError::TooLarge,
    ] {
        let d = super::lookup_failed("example.com", crate::dns::QueryType::Txt, &e);
        for text in [d.message_in(Lang::Pt), d.help_in(Lang::Pt)] {
            let english = crate::text::english_words(&text);
            assert!(english.is_empty(), "{english:?} in {text:?}");
        }
    }
}

// --- The verdict: what the check comes to, ranked by cost -----------------

use super::verdict::{Part, Standing, Weight, weight};

/// The verdict's counts and its line in both languages.
fn verdict_of(r: &DomainCheck) -> (Standing, usize, usize, usize, String, String) {
    let v = r.verdict();
    (
        v.standing,
        v.fix_now,
        v.improve,
        v.failed,
        v.line(&r.domain, Lang::En),
        v.line(&r.domain, Lang::Pt),
    )
}

#[test]
fn the_verdict_counts_what_to_fix_now_and_what_to_improve() {
    let r = case_healthy().run();
    assert_eq!(
        verdict_of(&r),
        (
            Standing::Checked,
            0,
            0,
            0,
            "Nothing to fix or improve".into(),
            "Nada a corrigir nem a melhorar".into()
        )
    );
    // Nothing published: SPF and DMARC to fix now; MX, DKIM, MTA-STS and
    // TLS-RPT to improve; BIMI and DNSSEC are notes.
    let r = case_empty().run();
    assert_eq!(
        verdict_of(&r),
        (
            Standing::Checked,
            2,
            4,
            0,
            "2 things to fix now, 4 to improve".into(),
            "2 coisas a corrigir já, 4 a melhorar".into()
        )
    );
    // Healthy but for TLS-RPT: one thing to improve, nothing to fix.
    let mut c = case_healthy();
    c.zone.remove("_smtp._tls.healthy.test", QueryType::Txt);
    let r = c.run();
    assert_eq!(
        verdict_of(&r).4,
        "Nothing to fix now, 1 thing to improve",
        "{:?}",
        all_codes(&r)
    );
    assert_eq!(verdict_of(&r).5, "Nada a corrigir já, 1 coisa a melhorar");
}

#[test]
fn a_missing_spf_or_dmarc_weighs_more_than_a_missing_bimi() {
    let r = case_empty().run();
    let w = |part: Part, code: &str| {
        let f = r.findings_of(part);
        let d = f.iter().find(|d| d.code == code).unwrap();
        weight(part, d)
    };
    assert_eq!(w(Part::Spf, "check::spf-missing"), Weight::FixNow);
    assert_eq!(w(Part::Dmarc, "check::dmarc-missing"), Weight::FixNow);
    assert_eq!(w(Part::Dkim, "check::dkim-none-found"), Weight::Improve);
    assert_eq!(w(Part::MtaSts, "check::mta-sts-missing"), Weight::Improve);
    assert_eq!(w(Part::TlsRpt, "check::tls-rpt-missing"), Weight::Improve);
    assert_eq!(w(Part::Bimi, "check::bimi-missing"), Weight::Note);
    assert_eq!(w(Part::Dnssec, "check::dnssec-not-vouched"), Weight::Note);
    assert_eq!(r.worst(Part::Spf), Some(Weight::FixNow));
    assert_eq!(r.worst(Part::Bimi), Some(Weight::Note));
}

#[test]
fn parts_are_ordered_by_what_they_cost_and_notes_come_last() {
    // SPF over the limit, DMARC missing, the rest notes or fine.
    let r = case_spf_lookups("spf11.test", 11).run();
    let order = r.verdict().order;
    assert_eq!(&order[..2], [Part::Spf, Part::Dmarc], "{order:?}");
    assert_eq!(order.last(), Some(&Part::Dnssec));
    // A broken BIMI record and a missing TLS-RPT on an otherwise healthy
    // domain: they come first, TLS-RPT (cost order) before BIMI; the
    // DNSSEC note stays at the end.
    let mut c = case_healthy();
    c.zone
        .remove("_smtp._tls.healthy.test", QueryType::Txt)
        .remove("default._bimi.healthy.test", QueryType::Txt)
        .txt(
            "default._bimi.healthy.test",
            &["v=BIMI1; l=http://x.test/logo.svg"],
        );
    let r = c.run();
    assert_eq!(
        r.verdict().order,
        [
            Part::TlsRpt,
            Part::Bimi,
            Part::Spf,
            Part::Dmarc,
            Part::Dkim,
            Part::Mx,
            Part::MtaSts,
            Part::Dnssec
        ],
        "{:?}",
        all_codes(&r)
    );
    // Every part fine: the cost order.
    assert_eq!(case_healthy().run().verdict().order, Part::ALL);
}

#[test]
fn an_error_comes_before_the_notes_of_its_section() {
    let r = case_spf_lookups("spf11.test", 11).run();
    let spf = &r.checks.spf.as_ref().unwrap().base.diagnostics;
    assert_eq!(
        spf[0].code,
        "check::spf-too-many-lookups",
        "{:?}",
        codes(spf)
    );
    let weights: Vec<Weight> = spf.iter().map(|d| weight(Part::Spf, d)).collect();
    assert!(weights.is_sorted(), "{weights:?}");
}

#[test]
fn spf_lookups_are_one_number_the_real_trees() {
    // The record alone counts 2 lookups (its includes); its tree, 10. The
    // record's own count and estimate are not shown beside the real one.
    for (domain, n) in [("spf10.test", 10), ("spf11.test", 11)] {
        let r = case_spf_lookups(domain, n).run();
        let spf = r.checks.spf.as_ref().unwrap();
        assert_eq!(spf.lookups, n);
        let got = codes(&spf.base.diagnostics);
        for code in [
            "spf::lookup-count",
            "spf::lookup-estimate-high",
            "spf::lookup-estimate-over",
            "spf::lookup-unknown-includes",
            "spf::too-many-lookups",
        ] {
            assert!(!got.contains(&code), "{domain}: {got:?}");
        }
        // Nor an included record's own count: its node shows the walked one.
        fn walk(n: &SpfNode, out: &mut Vec<&'static str>) {
            out.extend(n.diagnostics.iter().map(|d| d.code));
            n.children.iter().for_each(|c| walk(c, out));
        }
        let mut in_tree = Vec::new();
        walk(spf.tree.as_ref().unwrap(), &mut in_tree);
        assert!(
            in_tree.iter().all(|c| !c.starts_with("spf::lookup")),
            "{domain}: {in_tree:?}"
        );
        let counted: Vec<String> = spf
            .base
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("lookups"))
            .map(|d| d.message.to_string())
            .collect();
        assert!(
            counted
                .iter()
                .all(|m| m.contains(&format!("{n} DNS lookups"))),
            "{counted:?}"
        );
    }
}

#[test]
fn a_domain_that_does_not_exist_gets_no_advice_to_publish() {
    let r = case_nxdomain().run();
    let (standing, .., en, pt) = verdict_of(&r);
    assert_eq!(standing, Standing::Nonexistent);
    assert_eq!(
        en,
        "nonexistent.test does not exist, so nothing can be published there"
    );
    assert_eq!(
        pt,
        "nonexistent.test não existe, por isso nada pode ser publicado lá"
    );
    assert_eq!(
        all_codes(&r).into_iter().collect::<Vec<_>>(),
        ["check::nxdomain"]
    );
    assert_eq!(r.checks.spf.as_ref().unwrap().base.status, Status::Missing);
}

#[test]
fn an_unreachable_resolver_could_not_look_anything_up() {
    let (r, _) = check_through(Err(HttpError::Network("Connection refused".into())));
    let (standing, .., en, pt) = verdict_of(&r);
    assert_eq!(standing, Standing::NotLookedUp);
    assert_eq!(en, "Could not look up healthy.test: nothing was checked");
    assert_eq!(
        pt,
        "Não foi possível consultar healthy.test: nada foi verificado"
    );
    assert!(
        r.verdict()
            .order
            .iter()
            .all(|p| r.findings_of(*p).is_empty())
    );
}

#[test]
fn failed_lookups_are_counted_apart() {
    let r = case_failures().run();
    let v = r.verdict();
    assert_eq!(v.standing, Standing::Checked);
    let failed = r
        .all_diagnostics()
        .iter()
        .filter(|d| super::verdict::is_failed_lookup(d))
        .count();
    assert!(failed >= 6, "{:?}", all_codes(&r));
    assert_eq!(v.failed, failed);
    assert!(
        v.line(&r.domain, Lang::En)
            .ends_with(&format!("; {failed} lookups failed")),
        "{}",
        v.line(&r.domain, Lang::En)
    );
    assert!(
        v.line(&r.domain, Lang::Pt)
            .ends_with(&format!("; {failed} consultas falharam"))
    );
}

#[test]
fn a_pending_check_says_it_is_looking_up() {
    let r = DomainCheck::new("example.com", "https://dns.google/dns-query");
    assert_eq!(r.verdict().standing, Standing::Pending);
    assert_eq!(
        r.verdict().line("example.com", Lang::En),
        "Looking up example.com…"
    );
    assert!(r.verdict().order.is_empty());
}

#[test]
fn when_part_of_the_spf_tree_fails_the_estimate_is_the_number_shown() {
    let mut c = Case::new("halfspf.test");
    let record = "v=spf1 mx a include:_spf.google.com include:gone.halfspf.test -all";
    c.zone
        .mx("halfspf.test", 10, "mx.halfspf.test")
        .txt("halfspf.test", &[record])
        .fail(
            "gone.halfspf.test",
            Some(QueryType::Txt),
            LookupError::ServFail,
        );
    let r = c.run();
    let spf = r.checks.spf.as_ref().unwrap();
    let expected = crate::spf::presets::estimate_lookups(&crate::spf::parse(record).value.unwrap());
    assert_eq!(spf.estimate, Some(expected.total));
    assert!(spf.tree.is_some(), "the part that was looked up is shown");
    let got = codes(&spf.base.diagnostics);
    assert!(got.contains(&"check::servfail"), "{got:?}");
    for code in [
        "spf::lookup-count",
        "spf::lookup-unknown-includes",
        "check::spf-lookups-at-limit",
    ] {
        assert!(!got.contains(&code), "{got:?}");
    }
    // A whole walk has no estimate.
    let r = case_spf_lookups("spf10.test", 10).run();
    assert_eq!(r.checks.spf.as_ref().unwrap().estimate, None);
    // The failed lookup is counted apart in the verdict.
    assert_eq!(r.verdict().failed, 0);
    assert_eq!(c.run().verdict().failed, 1);
}
