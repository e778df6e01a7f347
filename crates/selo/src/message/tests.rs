//! The analyzer over an in-memory zone holding the `msg.test` records of
//! `tests/dns/test.zone` (read from that file, so both stay the same), and
//! the fixture messages of `tests/fixtures/messages/`.

use super::*;
use crate::dns::MemoryZone;
use futures::executor::block_on;

const ZONE: &str = include_str!("../../../../tests/dns/test.zone");

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/fixtures/messages/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The records of the zone file's `msg.test` section.
fn zone() -> MemoryZone {
    zone_except("")
}

/// The same, without the records of `skip`.
fn zone_except(skip: &str) -> MemoryZone {
    let mut z = MemoryZone::new();
    let marker = ZONE.find("-- msg.test").expect("the msg.test section");
    let start = marker + ZONE[marker..].find('\n').unwrap();
    for line in ZONE[start..].lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with(';') {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(name), Some("IN"), Some(kind)) = (words.next(), words.next(), words.next())
        else {
            panic!("unread line {line}");
        };
        let name = format!("{name}.test");
        if name == skip {
            continue;
        }
        let rest: Vec<&str> = words.collect();
        match kind {
            "A" => {
                z.a(&name, rest[0].parse().unwrap());
            }
            "MX" => {
                z.mx(
                    &name,
                    rest[0].parse().unwrap(),
                    rest[1].trim_end_matches('.'),
                );
            }
            "TXT" => {
                let data = line[line.find('"').unwrap()..].to_string();
                let strings: Vec<&str> = data.split('"').skip(1).step_by(2).collect();
                z.txt(&name, &strings);
            }
            other => panic!("type {other} in {line}"),
        }
    }
    z
}

fn run(name: &str) -> MessageAnalysis {
    run_with(&fixture(name), &MessageOptions::default())
}

fn run_with(raw: &[u8], opts: &MessageOptions) -> MessageAnalysis {
    block_on(analyze(raw, &zone(), opts)).expect("a message")
}

fn codes(a: &MessageAnalysis) -> Vec<&str> {
    a.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn passes_dkim_spf_and_dmarc() {
    let a = run("pass.eml");
    assert_eq!(a.from.as_deref(), Some("news@good.msg.test"));
    assert_eq!(a.from_domain.as_deref(), Some("good.msg.test"));
    assert_eq!(a.ip, Some("192.0.2.25".parse().unwrap()));
    assert_eq!(a.mail_from.as_deref(), Some("bounce@good.msg.test"));
    assert_eq!(a.dkim.len(), 1);
    let d = &a.dkim[0];
    assert_eq!(
        (d.domain.as_str(), d.selector.as_str(), d.algorithm.as_str()),
        ("good.msg.test", "rsa", "rsa-sha256")
    );
    assert_eq!(
        (d.result, d.reason.as_deref(), d.aligned),
        (DkimResult::Pass, None, true)
    );
    assert_eq!(d.key_bits, Some(2048));
    assert_eq!(a.spf.result, SpfResult::Pass);
    assert!(a.spf.aligned);
    assert_eq!(a.spf.matched.as_deref(), Some("ip4:192.0.2.0/24"));
    assert_eq!(a.dmarc.result, DmarcResult::Pass);
    assert_eq!(a.dmarc.policy.as_deref(), Some("reject"));
    assert_eq!(a.dmarc.applies_from.as_deref(), Some("good.msg.test"));
    assert_eq!(a.dmarc.disposition, "none");
    assert!(a.passes());
    assert!(a.fixes.is_empty());
    assert_eq!(codes(&a), ["message::dmarc-pass"]);
    // The Received chain, topmost first, with the delay of each hop.
    assert_eq!(a.received.len(), 2);
    assert_eq!(a.received[0].from_ip, a.ip);
    assert_eq!(a.received[0].delay_seconds, Some(6));
    assert_eq!(a.received[1].delay_seconds, None);
    // Authentication-Results parsed, and in agreement.
    let ar = &a.authentication_results[0];
    assert_eq!(ar.authserv_id, "mx.receiver.test");
    let methods: Vec<(&str, &str)> = ar
        .results
        .iter()
        .map(|r| (r.method.as_str(), r.result.as_str()))
        .collect();
    assert_eq!(
        methods,
        [("dkim", "pass"), ("spf", "pass"), ("dmarc", "pass")]
    );
    assert!(
        ar.results[0]
            .properties
            .contains(&("header.d".into(), "good.msg.test".into()))
    );
}

#[test]
fn rsa_and_ed25519_on_one_message() {
    let a = run("rsa-and-ed25519.eml");
    let algs: Vec<(&str, DkimResult)> = a
        .dkim
        .iter()
        .map(|d| (d.algorithm.as_str(), d.result))
        .collect();
    assert_eq!(
        algs,
        [
            ("ed25519-sha256", DkimResult::Pass),
            ("rsa-sha256", DkimResult::Pass)
        ]
    );
    assert!(a.dkim.iter().all(|d| d.aligned));
    assert_eq!(a.dmarc.result, DmarcResult::Pass);
}

#[test]
fn body_changed_after_signing_fails_dkim_and_dmarc() {
    let a = run("body-changed.eml");
    assert_eq!(a.dkim[0].result, DkimResult::Fail);
    assert_eq!(a.dkim[0].reason.as_deref(), Some("body-hash-mismatch"));
    assert_eq!(a.spf.result, SpfResult::Fail);
    assert_eq!(a.spf.matched.as_deref(), Some("-all"));
    assert_eq!(a.dmarc.result, DmarcResult::Fail);
    assert_eq!(a.dmarc.disposition, "reject");
    let c = codes(&a);
    for code in [
        "message::dkim-body-changed",
        "message::spf-fail",
        "message::dmarc-fail",
    ] {
        assert!(c.contains(&code), "{code} in {c:?}");
    }
    let spf_fix = a.fixes.iter().find(|f| f.generator == "spf").unwrap();
    assert_eq!(spf_fix.domain, "good.msg.test");
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.code == "message::spf-fail")
        .unwrap();
    assert!(
        d.help_in(Lang::En).contains("ip4:203.0.113.99"),
        "{}",
        d.help_in(Lang::En)
    );
    assert!(
        d.help_in(Lang::Pt)
            .contains("registo SPF: ip4:203.0.113.99")
    );
}

#[test]
fn vendor_with_its_own_domain_passes_both_and_fails_dmarc() {
    let a = run("vendor-own-domain.eml");
    assert_eq!(a.dkim[0].domain, "vendor.msg.test");
    assert_eq!(
        (a.dkim[0].result, a.dkim[0].aligned),
        (DkimResult::Pass, false)
    );
    assert_eq!(a.spf.domain.as_deref(), Some("vendor.msg.test"));
    assert_eq!((a.spf.result, a.spf.aligned), (SpfResult::Pass, false));
    assert_eq!(a.dmarc.result, DmarcResult::Fail);
    assert!(!a.dmarc.dkim_aligned && !a.dmarc.spf_aligned);
    let c = codes(&a);
    assert!(c.contains(&"message::dkim-unaligned"), "{c:?}");
    assert!(c.contains(&"message::spf-unaligned"), "{c:?}");
    let gens: Vec<(&str, &str)> = a
        .fixes
        .iter()
        .map(|f| (f.generator.as_str(), f.domain.as_str()))
        .collect();
    assert_eq!(gens, [("dkim", "good.msg.test"), ("spf", "good.msg.test")]);
}

#[test]
fn key_not_published_revoked_or_too_short() {
    for (file, reason, code) in [
        (
            "key-not-published.eml",
            "key-not-published",
            "message::dkim-key-missing",
        ),
        (
            "key-revoked.eml",
            "key-revoked",
            "message::dkim-key-revoked",
        ),
        (
            "key-too-short.eml",
            "key-too-short",
            "message::dkim-key-short",
        ),
    ] {
        let a = run(file);
        assert_eq!(a.dkim[0].result, DkimResult::PermError, "{file}");
        assert_eq!(a.dkim[0].reason.as_deref(), Some(reason), "{file}");
        assert!(codes(&a).contains(&code), "{file}: {:?}", codes(&a));
        assert_eq!(a.dmarc.result, DmarcResult::Fail, "{file}");
        assert!(a.fixes.iter().any(|f| f.generator == "dkim"), "{file}");
    }
    let a = run("key-too-short.eml");
    assert_eq!(a.dkim[0].key_bits, Some(512));
}

#[test]
fn relaxed_survives_refolding_and_simple_does_not() {
    let a = run("relaxed-refolded.eml");
    assert_eq!(a.dkim[0].canonicalization, "relaxed/relaxed");
    assert_eq!(a.dkim[0].result, DkimResult::Pass);
    assert_eq!(a.dmarc.result, DmarcResult::Pass);
    let a = run("simple-refolded.eml");
    assert_eq!(a.dkim[0].canonicalization, "simple/simple");
    assert_eq!(a.dkim[0].result, DkimResult::Fail);
    assert_eq!(a.dkim[0].reason.as_deref(), Some("signature-mismatch"));
    assert!(codes(&a).contains(&"message::dkim-bad-signature"));
}

#[test]
fn expired_signature() {
    let a = run("expired.eml");
    assert_eq!(a.dkim[0].result, DkimResult::Neutral);
    assert_eq!(a.dkim[0].reason.as_deref(), Some("expired"));
    assert_eq!(a.dkim[0].expires, a.dkim[0].signed_at.map(|t| t + 1));
    assert!(codes(&a).contains(&"message::dkim-expired"));
}

#[test]
fn forwarded_through_a_list_with_an_arc_seal() {
    let a = run("forwarded-arc.eml");
    assert_eq!(a.arc.len(), 1);
    let set = &a.arc[0];
    assert_eq!(set.instance, 1);
    assert_eq!(set.cv.as_deref(), Some("none"));
    assert_eq!(set.seal_domain.as_deref(), Some("list.msg.test"));
    assert_eq!(set.results[0].method, "dkim");
    assert_eq!(a.arc_result.as_deref(), Some("pass"));
    assert_eq!(a.dkim[0].reason.as_deref(), Some("body-hash-mismatch"));
    assert_eq!(a.ip, Some("203.0.113.5".parse().unwrap()));
    assert_eq!((a.spf.result, a.spf.aligned), (SpfResult::Pass, false));
    assert_eq!(a.dmarc.result, DmarcResult::Fail);
    assert!(codes(&a).contains(&"message::arc-present"));
    assert_eq!(a.received.len(), 3);
}

#[test]
fn headers_only_gives_neutral_dkim_and_dmarc_through_spf() {
    let a = run("headers-only.eml");
    assert!(a.headers_only);
    assert_eq!(a.dkim[0].result, DkimResult::Neutral);
    assert_eq!(a.dkim[0].reason.as_deref(), Some("no-body"));
    assert_eq!(a.dmarc.result, DmarcResult::Pass);
    assert!(a.dmarc.spf_aligned && !a.dmarc.dkim_aligned);
    assert!(codes(&a).contains(&"message::headers-only"));
}

#[test]
fn lf_line_endings_read_like_crlf() {
    let crlf = run("pass.eml");
    let lf = run("lf.eml");
    assert_eq!(lf.from, crlf.from);
    assert_eq!(lf.ip, crlf.ip);
    assert_eq!(lf.received.len(), 2);
    assert_eq!(lf.dkim[0].result, DkimResult::Pass);
    assert_eq!(lf.dmarc.result, DmarcResult::Pass);
}

#[test]
fn not_a_message() {
    let z = zone();
    let opts = MessageOptions::default();
    for (raw, err) in [
        (fixture("not-a-message.txt"), MessageError::NoHeader),
        (Vec::new(), MessageError::Empty),
        (b"  \r\n\n".to_vec(), MessageError::Empty),
        (b"From: a@b.test\0\r\n".to_vec(), MessageError::Binary),
        (
            b"X-Thing: 1\r\nY-Other: 2\r\n\r\nbody".to_vec(),
            MessageError::NoMailFields,
        ),
        (b"{\"json\": true}".to_vec(), MessageError::NoMailFields),
        (b"just words\r\n".to_vec(), MessageError::NoHeader),
    ] {
        assert_eq!(block_on(analyze(&raw, &z, &opts)).unwrap_err(), err);
    }
    let e = MessageError::NoHeader;
    assert!(e.message_in(Lang::Pt).contains("não é uma mensagem"));
    assert_eq!(e.diagnostic().code, "message::not-a-message");
}

#[test]
fn given_ip_and_mail_from_win_over_the_header() {
    let opts = MessageOptions {
        ip: Some("198.51.100.9".parse().unwrap()),
        mail_from: Some("x@vendor.msg.test".into()),
        ..MessageOptions::default()
    };
    let a = run_with(&fixture("pass.eml"), &opts);
    assert_eq!(a.spf.domain.as_deref(), Some("vendor.msg.test"));
    assert_eq!((a.spf.result, a.spf.aligned), (SpfResult::Pass, false));
    // DKIM still passes aligned.
    assert_eq!(a.dmarc.result, DmarcResult::Pass);
}

#[test]
fn no_policy_and_no_signature() {
    let raw = b"Received: from h.other.test (h.other.test [192.0.2.25]) by mx.receiver.test; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
        From: someone@other.test\r\nSubject: x\r\n\r\nbody\r\n";
    let a = run_with(raw, &MessageOptions::default());
    assert_eq!(a.dmarc.result, DmarcResult::None);
    assert_eq!(a.spf.identity, "helo");
    assert_eq!(a.spf.domain.as_deref(), Some("h.other.test"));
    assert_eq!(a.spf.result, SpfResult::None);
    let c = codes(&a);
    assert!(
        c.contains(&"message::dmarc-no-policy") && c.contains(&"message::dkim-none"),
        "{c:?}"
    );
    assert!(
        a.fixes
            .iter()
            .any(|f| f.generator == "dmarc" && f.domain == "other.test")
    );
}

#[test]
fn no_connecting_ip_skips_spf() {
    let raw = b"From: news@good.msg.test\r\nSubject: x\r\n\r\nbody\r\n";
    let a = run_with(raw, &MessageOptions::default());
    assert_eq!(a.ip, None);
    assert_eq!(a.spf.result, SpfResult::None);
    assert!(codes(&a).contains(&"message::spf-no-ip"));
    assert_eq!(a.dmarc.result, DmarcResult::Fail);
}

#[test]
fn testing_mode_steps_down_and_authentication_results_are_compared() {
    let mut z = MemoryZone::new();
    z.txt("t.test", &["v=spf1 -all"])
        .txt("_dmarc.t.test", &["v=DMARC1; p=reject; t=y"]);
    let raw = b"Authentication-Results: mx.r.test; spf=pass smtp.mailfrom=t.test (sender ok)\r\n\
        Return-Path: <b@t.test>\r\n\
        Received: from h (h [192.0.2.1]) by mx.r.test; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
        From: a@t.test\r\n\r\nx\r\n";
    let a = block_on(analyze(raw, &z, &MessageOptions::default())).unwrap();
    assert_eq!(a.dmarc.result, DmarcResult::Fail);
    assert!(a.dmarc.testing);
    assert_eq!(a.dmarc.disposition, "quarantine");
    let c = codes(&a);
    assert!(c.contains(&"message::dmarc-testing"), "{c:?}");
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.code == "message::auth-results-differ")
        .expect("spf=pass recorded, fail now");
    assert!(d.message_in(Lang::En).contains("spf=pass"));
    assert!(d.message_in(Lang::En).contains("spf=fail"));
}

fn spf_of(zone: &MemoryZone, ip: &str, from: &str) -> SpfCheck {
    block_on(spf::evaluate(
        zone,
        Some(ip.parse().unwrap()),
        Some(from),
        None,
    ))
}

#[test]
fn spf_mechanisms_rfc_7208_5() {
    let mut z = MemoryZone::new();
    z.txt(
        "s.test",
        &["v=spf1 a mx:m.s.test/28 include:i.s.test exists:%{i}.e.s.test ip6:2001:db8::/32 ~all"],
    )
    .a("s.test", "192.0.2.1".parse().unwrap())
    .mx("m.s.test", 10, "mx.s.test")
    .a("mx.s.test", "192.0.2.17".parse().unwrap())
    .txt("i.s.test", &["v=spf1 ip4:198.51.100.0/24 -all"])
    .a("203.0.113.9.e.s.test", "127.0.0.2".parse().unwrap());
    for (ip, result, matched) in [
        ("192.0.2.1", SpfResult::Pass, "a"),
        ("192.0.2.30", SpfResult::Pass, "mx:m.s.test/28"),
        ("198.51.100.3", SpfResult::Pass, "include:i.s.test"),
        ("203.0.113.9", SpfResult::Pass, "exists:%{i}.e.s.test"),
        ("2001:db8::1", SpfResult::Pass, "ip6:2001:db8::/32"),
        ("203.0.113.10", SpfResult::SoftFail, "~all"),
    ] {
        let s = spf_of(&z, ip, "x@s.test");
        assert_eq!(
            (s.result, s.matched.as_deref()),
            (result, Some(matched)),
            "{ip}"
        );
    }
}

#[test]
fn spf_redirect_limits_and_errors() {
    let mut z = MemoryZone::new();
    z.txt("r.test", &["v=spf1 redirect=_spf.r.test"])
        .txt("_spf.r.test", &["v=spf1 ip4:192.0.2.0/24 -all"])
        .txt("loop.test", &["v=spf1 include:loop.test -all"])
        .txt(
            "void.test",
            &["v=spf1 a:n1.void.test a:n2.void.test a:n3.void.test -all"],
        )
        .txt("two.test", &["v=spf1 -all", "v=spf1 +all"])
        .txt("bad.test", &["v=spf1 ip4:999.1.1.1 -all"])
        .txt("noinc.test", &["v=spf1 include:nothing.test -all"]);
    let s = spf_of(&z, "192.0.2.5", "a@r.test");
    assert_eq!(s.result, SpfResult::Pass);
    assert_eq!(s.lookups, 1);
    let s = spf_of(&z, "192.0.2.5", "a@loop.test");
    assert_eq!(s.result, SpfResult::PermError);
    assert_eq!(s.lookups, 11);
    assert!(
        s.diagnostics[0]
            .message_in(Lang::En)
            .contains("more than 10")
    );
    let s = spf_of(&z, "192.0.2.5", "a@void.test");
    assert_eq!((s.result, s.void_lookups), (SpfResult::PermError, 3));
    for d in ["two.test", "bad.test", "noinc.test"] {
        assert_eq!(
            spf_of(&z, "192.0.2.5", &format!("a@{d}")).result,
            SpfResult::PermError,
            "{d}"
        );
    }
    let mut z = MemoryZone::new();
    z.fail("down.test", None, crate::dns::LookupError::ServFail);
    let s = spf_of(&z, "192.0.2.5", "a@down.test");
    assert_eq!(s.result, SpfResult::TempError);
    assert_eq!(s.diagnostics[0].code, "message::spf-temperror");
}

#[test]
fn auth_results_comments_and_reasons() {
    let r = read::parse_auth_results(
        "mx.example.net (version 1);\r\n dkim=fail (bad signature) reason=\"body hash\" header.d=a.test;\r\n spf=softfail smtp.mailfrom=b.test",
    );
    assert_eq!(r.authserv_id, "mx.example.net");
    assert_eq!(r.results.len(), 2);
    assert_eq!(r.results[0].reason.as_deref(), Some("body hash"));
    assert_eq!(
        r.results[0].properties,
        [("header.d".to_string(), "a.test".to_string())]
    );
    assert_eq!(r.results[1].result, "softfail");
}

#[test]
fn iso_time_is_utc() {
    assert_eq!(dkim::iso_time(0), "1970-01-01T00:00:00Z");
    assert_eq!(dkim::iso_time(1_795_910_400), "2026-11-29T00:00:00Z");
}

#[test]
fn analysis_round_trips_through_json() {
    let a = run("vendor-own-domain.eml");
    let json = serde_json::to_string(&a).unwrap();
    let back: MessageAnalysis = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    assert_eq!(back.diagnostics.len(), a.diagnostics.len());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for key in [
        "from",
        "from_domain",
        "ip",
        "mail_from",
        "dkim",
        "spf",
        "dmarc",
        "received",
        "authentication_results",
        "arc",
        "diagnostics",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["dkim"][0]["result"], "pass");
    assert_eq!(v["dmarc"]["result"], "fail");
    assert_eq!(v["ip"], "198.51.100.7");
}

/// Every finding the fixtures and the cases below give, with the inputs.
fn every_finding() -> Vec<Diagnostic> {
    let mut all = Vec::new();
    for f in [
        "pass.eml",
        "rsa-and-ed25519.eml",
        "body-changed.eml",
        "vendor-own-domain.eml",
        "key-not-published.eml",
        "key-revoked.eml",
        "key-too-short.eml",
        "relaxed-refolded.eml",
        "simple-refolded.eml",
        "expired.eml",
        "forwarded-arc.eml",
        "headers-only.eml",
        "lf.eml",
    ] {
        all.extend(run(f).diagnostics);
    }
    let pass = fixture("pass.eml");
    // t= in the future: the clock of the check is a day before signing.
    let a = run_with(&pass, &MessageOptions::default());
    let t = a.dkim[0].signed_at.unwrap();
    let early = MessageOptions {
        now: Some(t - 86_400),
        ..MessageOptions::default()
    };
    all.extend(run_with(&pass, &early).diagnostics);
    // A key of an unknown type; a key lookup that fails; a DMARC lookup
    // that fails.
    let key = "rsa._domainkey.good.msg.test";
    let mut z = zone_except(key);
    z.txt(key, &["v=DKIM1; k=dsa; p=AAAA"]);
    let a = block_on(analyze(&pass, &z, &MessageOptions::default())).unwrap();
    assert_eq!(a.dkim[0].reason.as_deref(), Some("unsupported"));
    all.extend(a.diagnostics);
    let mut z = zone_except(key);
    z.fail(key, None, crate::dns::LookupError::Timeout);
    let a = block_on(analyze(&pass, &z, &MessageOptions::default())).unwrap();
    assert_eq!(a.dkim[0].result, DkimResult::TempError);
    all.extend(a.diagnostics);
    let mut z = zone_except("_dmarc.good.msg.test");
    z.fail(
        "_dmarc.good.msg.test",
        None,
        crate::dns::LookupError::ServFail,
    );
    let a = block_on(analyze(&pass, &z, &MessageOptions::default())).unwrap();
    assert_eq!(a.dmarc.result, DmarcResult::TempError);
    all.extend(a.diagnostics);
    // A neutral SPF, a signature that cannot be read, no From.
    let mut z = MemoryZone::new();
    z.txt("n.test", &["v=spf1 ?all"]);
    let raw = b"Return-Path: <a@n.test>\r\nReceived: from h (h [192.0.2.1]) by r; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
        DKIM-Signature: v=1; a=rsa-sha256; d=n.test; s=x; b=!!\r\nSubject: no from\r\n\r\nx\r\n";
    let a = block_on(analyze(raw, &z, &MessageOptions::default())).unwrap();
    assert_eq!(a.spf.result, SpfResult::Neutral);
    assert_eq!(a.dmarc.result, DmarcResult::PermError);
    assert_eq!(a.dkim[0].reason.as_deref(), Some("malformed"));
    all.extend(a.diagnostics);
    all.push(MessageError::NoMailFields.diagnostic());
    // No policy, no signature, no SPF; no IP; t=y; SPF errors.
    let raw = b"Received: from h.other.test (h.other.test [192.0.2.25]) by r; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
        From: someone@other.test\r\n\r\nbody\r\n";
    all.extend(run_with(raw, &MessageOptions::default()).diagnostics);
    all.extend(
        run_with(
            b"From: a@good.msg.test\r\n\r\nx\r\n",
            &MessageOptions::default(),
        )
        .diagnostics,
    );
    let mut z = MemoryZone::new();
    z.txt("t.test", &["v=spf1 include:t.test -all"])
        .txt("_dmarc.t.test", &["v=DMARC1; p=reject; t=y"])
        .fail("down.test", None, crate::dns::LookupError::ServFail);
    for from in ["a@t.test", "a@down.test"] {
        let raw = format!(
            "Return-Path: <{from}>\r\nReceived: from h (h [192.0.2.1]) by r; Sat, 28 Nov 2026 10:00:00 +0000\r\nFrom: {from}\r\n\r\nx\r\n"
        );
        all.extend(
            block_on(analyze(raw.as_bytes(), &z, &MessageOptions::default()))
                .unwrap()
                .diagnostics,
        );
    }
    all
}

#[test]
fn every_code_is_emitted_and_renders_whole_in_both_languages() {
    let all = every_finding();
    let emitted: std::collections::BTreeSet<&str> = all.iter().map(|d| d.code).collect();
    let missing: Vec<&str> = MESSAGES
        .iter()
        .map(|m| m.code)
        .filter(|c| !emitted.contains(c))
        .collect();
    assert!(missing.is_empty(), "never emitted: {missing:?}");
    for d in &all {
        for lang in [Lang::En, Lang::Pt] {
            for text in [d.message_in(lang), d.help_in(lang)] {
                assert!(!text.contains('{'), "{}: unfilled in {text}", d.code);
            }
        }
    }
}

#[test]
fn spf_fix_names_the_include_of_a_known_sender() {
    // Sent through Microsoft 365 without its include in the SPF record.
    let raw = b"Return-Path: <news@good.msg.test>\r\n\
        Received: from mail-db8eur05on2101.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101]) by mx.receiver.test; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
        From: news@good.msg.test\r\n\r\nx\r\n";
    let a = run_with(raw, &MessageOptions::default());
    assert_eq!(a.spf.result, SpfResult::Fail);
    let fix = a.fixes.iter().find(|f| f.generator == "spf").unwrap();
    assert_eq!(fix.include.as_deref(), Some("spf.protection.outlook.com"));
    let d = a
        .diagnostics
        .iter()
        .find(|d| d.code == "message::spf-fail")
        .unwrap();
    assert!(
        d.help_in(Lang::En)
            .contains("include:spf.protection.outlook.com")
    );
}

#[test]
fn at_most_32_keys_are_looked_up() {
    let mut raw = String::new();
    for i in 0..40 {
        raw.push_str(&format!(
            "DKIM-Signature: v=1; a=rsa-sha256; d=good.msg.test; s=k{i}; h=from; bh=AAAA; b=AAAA\r\n"
        ));
    }
    raw.push_str("From: news@good.msg.test\r\n\r\nx\r\n");
    let z = zone();
    let a = block_on(analyze(raw.as_bytes(), &z, &MessageOptions::default())).unwrap();
    assert_eq!(a.dkim.len(), 40);
    let keys = z
        .log()
        .iter()
        .filter(|(n, _)| n.contains("._domainkey."))
        .count();
    assert_eq!(keys, 32);
}

#[test]
fn alignment_states_tell_an_aligned_failure_from_an_unaligned_pass() {
    use AlignmentState::*;
    for (compared, aligned, passes, state) in [
        (true, true, true, Aligned),
        (true, true, false, AlignedButFailed),
        (true, false, true, NotAligned),
        (true, false, false, NotAligned),
        (false, true, true, NotChecked),
        (false, false, false, NotChecked),
    ] {
        assert_eq!(AlignmentState::of(compared, aligned, passes), state);
        assert_eq!(state.counts(), state == Aligned);
    }
    // The body changed: the signature of good.msg.test is aligned, and fails.
    let a = run("body-changed.eml");
    assert_eq!(a.dkim_alignment(&a.dkim[0]), AlignedButFailed);
    assert_eq!(a.spf_alignment(), AlignedButFailed);
    // A vendor's own domain passes, not aligned.
    let a = run("vendor-own-domain.eml");
    assert_eq!(a.dkim_alignment(&a.dkim[0]), NotAligned);
    assert_eq!(a.spf_alignment(), NotAligned);
    let a = run("pass.eml");
    assert!(a.dkim.iter().all(|c| a.dkim_alignment(c) == Aligned));
    assert_eq!(a.spf_alignment(), Aligned);
    // No From: nothing to compare with.
    let a = run_with(
        b"Return-Path: <a@good.msg.test>\r\nSubject: no from\r\n\r\nx\r\n",
        &MessageOptions::default(),
    );
    assert_eq!(a.spf_alignment(), NotChecked);
    assert_eq!(AlignedButFailed.as_str(), "aligned-but-failed");
}

#[test]
fn what_to_fix_lists_every_error_and_warning_with_its_generator() {
    for f in [
        "pass.eml",
        "rsa-and-ed25519.eml",
        "body-changed.eml",
        "vendor-own-domain.eml",
        "key-not-published.eml",
        "key-revoked.eml",
        "key-too-short.eml",
        "relaxed-refolded.eml",
        "simple-refolded.eml",
        "expired.eml",
        "forwarded-arc.eml",
        "headers-only.eml",
    ] {
        let a = run(f);
        let to_fix = a.to_fix();
        let listed: Vec<&str> = to_fix.iter().map(|(d, _)| d.code).collect();
        // Every error or warning is listed, the DMARC verdict aside.
        for d in &a.diagnostics {
            let asks = d.severity >= crate::Severity::Warning && d.code != "message::dmarc-fail";
            assert_eq!(listed.contains(&d.code), asks, "{f}: {}", d.code);
        }
        // Every generator link goes with its finding.
        let linked = to_fix.iter().filter(|(_, fix)| fix.is_some()).count();
        assert_eq!(linked, a.fixes.len(), "{f}: {:?}", a.fixes);
        for (d, fix) in &to_fix {
            if let Some(fix) = fix {
                assert_eq!(fix.code, d.code, "{f}");
            }
        }
    }
    // A body changed after signing, with SPF passing aligned: DMARC passes,
    // and the failing signature is still something to fix.
    let opts = MessageOptions {
        ip: Some("192.0.2.10".parse().unwrap()),
        ..MessageOptions::default()
    };
    let a = run_with(&fixture("body-changed.eml"), &opts);
    assert_eq!(a.spf.result, SpfResult::Pass);
    assert!(a.passes() && a.fixes.is_empty());
    let listed: Vec<&str> = a.to_fix().iter().map(|(d, _)| d.code).collect();
    assert_eq!(listed, ["message::dkim-body-changed"]);
    // Nothing to fix when everything passes.
    assert!(run("pass.eml").to_fix().is_empty());
}
