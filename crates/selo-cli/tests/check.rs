//! `selo check` against real servers: NSD serving the fixture zone `test.`
//! (tests/dns/test.zone), dnsdist as the DNS-over-HTTPS front, and the HTTPS
//! MTA-STS policy server, all on loopback (tests/dns/up.sh).
//!
//! scripts/test.sh starts the servers and sets SELO_TEST_DNS_DIR; these
//! tests then fail loudly when the servers do not answer. Without the
//! variable (a plain `cargo test -p selo-cli`), they use fixtures already
//! running from an up.sh into the temporary directory, or else the first
//! test starts them into a temporary directory, and a watchdog stops them
//! when this test process ends, whether the tests passed or not.

use serde_json::Value;
use std::time::Duration;

mod common;
use common::{DOH, closed_port_url, fixtures, selo};

/// `selo check DOMAIN --format json` against the fixtures: (exit code, JSON).
fn check(domain: &str, extra: &[&str]) -> (i32, Value) {
    let ca = fixtures().join("ca.pem");
    let out = selo()
        .args([
            "check",
            domain,
            "--resolver",
            DOH,
            "--format",
            "json",
            "--ca-file",
        ])
        .arg(&ca)
        .args(extra)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "selo check {domain}: not JSON ({e}):\n{text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap(), json)
}

fn status<'a>(j: &'a Value, section: &str) -> &'a str {
    j["checks"][section]["status"]
        .as_str()
        .unwrap_or_else(|| panic!("no status for {section}: {j}"))
}

/// Every finding's code with its severity, over the whole report.
fn codes(j: &Value) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if k == "diagnostics" {
                        for d in x.as_array().unwrap() {
                            out.push(format!(
                                "{}:{}",
                                d["severity"].as_str().unwrap(),
                                d["code"].as_str().unwrap()
                            ));
                        }
                    } else {
                        walk(x, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(j, &mut out);
    out
}

fn has(j: &Value, code: &str) -> bool {
    codes(j).iter().any(|c| c == code)
}

fn errors(j: &Value) -> Vec<String> {
    codes(j)
        .into_iter()
        .filter(|c| c.starts_with("error:"))
        .collect()
}

#[test]
fn healthy_domain_has_every_record_and_the_issue_json_shape() {
    let (code, j) = check("healthy.test", &[]);
    assert_eq!(code, 0, "{j:#}");
    // The shape of issue 7.
    for key in [
        "domain",
        "resolver",
        "exists",
        "dnssec",
        "queries",
        "round_trips",
        "elapsed_ms",
        "checks",
    ] {
        assert!(j.get(key).is_some(), "no {key}");
    }
    assert_eq!(j["domain"], "healthy.test");
    assert_eq!(j["resolver"], DOH);
    assert_eq!(j["exists"], true);
    assert_eq!(j["dnssec"], false, "the fixture zone is not signed");
    assert!(j["queries"].as_u64().unwrap() >= 10);
    assert!((1..=6).contains(&j["round_trips"].as_u64().unwrap()));
    assert!(j["elapsed_ms"].as_u64().is_some());
    for s in ["mx", "spf", "dmarc", "dkim", "mta_sts", "tls_rpt", "bimi"] {
        assert_eq!(status(&j, s), "ok", "{s}: {:#}", j["checks"][s]);
    }
    for s in ["mx", "spf", "dmarc", "mta_sts", "tls_rpt", "bimi"] {
        let sec = &j["checks"][s];
        assert!(
            sec["name"].is_string() && sec["records"].is_array() && sec["diagnostics"].is_array(),
            "{s}"
        );
    }
    let c = &j["checks"];
    assert_eq!(
        c["mx"]["records"],
        serde_json::json!(["10 mx1.healthy.test.", "20 mx2.healthy.test."])
    );
    assert_eq!(c["spf"]["lookups"], 1);
    assert_eq!(c["spf"]["void_lookups"], 0);
    assert_eq!(c["spf"]["tree"]["domain"], "healthy.test");
    assert_eq!(
        c["spf"]["tree"]["children"][0]["domain"],
        "_spf.healthy.test"
    );
    assert_eq!(c["dmarc"]["name"], "_dmarc.healthy.test");
    assert_eq!(c["dmarc"]["applies_from"], "healthy.test");
    assert_eq!(c["dmarc"]["policy"], "reject");
    assert_eq!(
        c["dmarc"]["report_authorizations"],
        serde_json::json!([]),
        "rua in the same domain needs no authorization"
    );
    let s1 = &c["dkim"]["selectors"][0];
    assert_eq!(
        (s1["selector"].as_str(), s1["name"].as_str()),
        (Some("s1"), Some("s1._domainkey.healthy.test"))
    );
    assert_eq!(
        (s1["key_type"].as_str(), s1["key_bits"].as_u64()),
        (Some("rsa"), Some(2048))
    );
    assert!(s1["cname_target"].is_null());
    let policy = &c["mta_sts"]["policy"];
    assert_eq!(
        policy["url"],
        "https://mta-sts.healthy.test/.well-known/mta-sts.txt"
    );
    assert_eq!(policy["status"], "ok");
    assert!(policy["text"].as_str().unwrap().contains("mode: enforce"));
    assert_eq!(
        c["mta_sts"]["mx_coverage"],
        serde_json::json!([{"mx": "mx1.healthy.test", "covered": true}, {"mx": "mx2.healthy.test", "covered": true}])
    );
    // The domain's DNSSEC finding (the SPF section has none: its lookup
    // count is the tree's, above).
    let d = &j["diagnostics"][0];
    for key in ["code", "severity", "message", "help", "spec"] {
        assert!(d.get(key).is_some(), "diagnostic without {key}: {d}");
    }
    assert!(errors(&j).is_empty(), "{:?}", errors(&j));
}

#[test]
fn a_named_selector_finds_the_ed25519_key() {
    let (code, j) = check("healthy.test", &["--selector", "ed1", "--no-probe"]);
    assert_eq!(code, 0);
    let sel = j["checks"]["dkim"]["selectors"].as_array().unwrap();
    assert_eq!(sel.len(), 1, "only the named selector: {sel:?}");
    assert_eq!(sel[0]["selector"], "ed1");
    assert_eq!(sel[0]["status"], "ok");
    assert_eq!(sel[0]["key_type"], "ed25519");
}

#[test]
fn spf_at_exactly_ten_lookups_passes() {
    let (code, j) = check("spf10.test", &[]);
    assert_eq!(code, 0, "{:?}", errors(&j));
    assert_eq!(status(&j, "spf"), "ok");
    assert_eq!(j["checks"]["spf"]["lookups"], 10);
    assert_eq!(j["checks"]["spf"]["void_lookups"], 0);
    assert!(has(&j, "warning:check::spf-lookups-at-limit"));
    assert!(
        j["round_trips"].as_u64().unwrap() >= 3,
        "three levels of includes"
    );
}

#[test]
fn spf_at_eleven_lookups_is_an_error() {
    let (code, j) = check("spf11.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "spf"), "invalid");
    assert_eq!(j["checks"]["spf"]["lookups"], 11);
    assert!(has(&j, "error:check::spf-too-many-lookups"));
    // Each node's own count: 5 at the top, 3 + 2 below _s1, 1 in _s2.
    let tree = &j["checks"]["spf"]["tree"];
    assert_eq!(tree["lookups"], 5);
    assert_eq!(tree["children"][0]["lookups"], 3);
    assert_eq!(tree["children"][0]["children"][0]["lookups"], 2);
    assert_eq!(tree["children"][1]["lookups"], 1);
}

#[test]
fn three_void_lookups_are_an_error() {
    let (code, j) = check("spfvoid.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "spf"), "invalid");
    assert_eq!(j["checks"]["spf"]["void_lookups"], 3);
    assert!(has(&j, "error:check::spf-void-lookups"));
}

#[test]
fn an_include_loop_is_an_error() {
    let (code, j) = check("spfloop.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "spf"), "invalid");
    assert!(has(&j, "error:check::spf-include-loop"));
}

#[test]
fn two_spf_records_are_an_error() {
    let (code, j) = check("twospf.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "spf"), "invalid");
    assert_eq!(j["checks"]["spf"]["records"].as_array().unwrap().len(), 2);
    assert!(has(&j, "error:check::spf-multiple"));
}

#[test]
fn dmarc_of_the_organizational_domain_applies_to_a_subdomain() {
    let (code, j) = check("sub.orgdmarc.test", &[]);
    assert_eq!(code, 0, "{:?}", errors(&j));
    let d = &j["checks"]["dmarc"];
    assert_eq!(d["status"], "ok");
    assert_eq!(d["applies_from"], "orgdmarc.test");
    assert_eq!(d["name"], "_dmarc.orgdmarc.test");
    assert_eq!(d["policy"], "reject", "sp=reject applies to the subdomain");
}

#[test]
fn external_rua_without_authorization_is_flagged() {
    let (_, j) = check("rua-unauth.test", &[]);
    let a = &j["checks"]["dmarc"]["report_authorizations"];
    assert_eq!(a[0]["uri"], "mailto:dmarc@reports.unauth-dest.test");
    assert_eq!(a[0]["destination"], "reports.unauth-dest.test");
    assert_eq!(a[0]["authorized"], false);
    assert!(has(&j, "warning:check::dmarc-report-unauthorized"));
}

#[test]
fn external_rua_authorized_by_a_wildcard() {
    let (_, j) = check("rua-auth.test", &[]);
    let a = &j["checks"]["dmarc"]["report_authorizations"];
    assert_eq!(a[0]["destination"], "reports.example-dest.test");
    assert_eq!(a[0]["authorized"], true);
    assert!(!has(&j, "warning:check::dmarc-report-unauthorized"));
}

#[test]
fn two_dmarc_records_mean_none_applies() {
    let (code, j) = check("twodmarc.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "dmarc"), "invalid");
    assert!(has(&j, "error:check::dmarc-multiple"));
    assert!(j["checks"]["dmarc"]["policy"].is_null());
}

#[test]
fn a_dkim_key_behind_a_cname_is_followed() {
    let (code, j) = check("dkimcname.test", &[]);
    assert_eq!(code, 0, "{:?}", errors(&j));
    let s1 = &j["checks"]["dkim"]["selectors"][0];
    assert_eq!(s1["selector"], "s1");
    assert_eq!(s1["status"], "ok");
    assert_eq!(s1["cname_target"], "dkimcname-s1.dkim.esp-keys.test");
    assert_eq!(s1["key_bits"], 2048);
}

#[test]
fn a_revoked_dkim_key_is_reported() {
    let (_, j) = check("dkimrevoked.test", &[]);
    let s1 = &j["checks"]["dkim"]["selectors"][0];
    assert_eq!(s1["selector"], "s1");
    assert!(s1["key_bits"].is_null());
    assert!(has(&j, "warning:dkim::revoked"));
}

#[test]
fn a_512_bit_dkim_key_is_an_error() {
    let (code, j) = check("dkim512.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "dkim"), "invalid");
    let s1 = &j["checks"]["dkim"]["selectors"][0];
    assert_eq!(
        (s1["status"].as_str(), s1["key_bits"].as_u64()),
        (Some("invalid"), Some(512))
    );
    assert!(has(&j, "error:dkim::rsa-too-short"));
}

#[test]
fn an_mx_the_enforced_policy_does_not_cover_is_an_error() {
    let (code, j) = check("mtasts-uncovered.test", &[]);
    assert_eq!(code, 1);
    let m = &j["checks"]["mta_sts"];
    assert_eq!(m["status"], "invalid");
    assert_eq!(m["policy"]["status"], "ok");
    // The wildcard covers one label only (RFC 8461 4.1).
    assert_eq!(
        m["mx_coverage"],
        serde_json::json!([
            {"mx": "mx1.mtasts-uncovered.test", "covered": true},
            {"mx": "backup.mx.mtasts-uncovered.test", "covered": false}
        ])
    );
    assert!(has(&j, "error:check::mta-sts-mx-uncovered"));
}

#[test]
fn two_mta_sts_records_are_an_error() {
    let (code, j) = check("twomtasts.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "mta_sts"), "invalid");
    assert!(has(&j, "error:check::mta-sts-multiple"));
}

#[test]
fn a_policy_that_never_ends_is_refused_at_the_limit() {
    let (code, j) = check("mtasts-endless.test", &[]);
    assert_eq!(code, 1, "{:?}", errors(&j));
    assert!(
        has(&j, "error:check::mta-sts-policy-too-large"),
        "{:?}",
        errors(&j)
    );
}

#[test]
fn the_command_reads_a_policy_served_without_cors() {
    let (code, j) = check("mtasts-nocors.test", &[]);
    assert_eq!(code, 0, "{:?}", errors(&j));
    assert_eq!(status(&j, "mta_sts"), "ok");
    assert_eq!(j["checks"]["mta_sts"]["policy"]["status"], "ok");
}

#[test]
fn without_the_test_ca_the_policy_is_unreadable_not_missing() {
    let out = selo()
        .args([
            "check",
            "healthy.test",
            "--resolver",
            DOH,
            "--format",
            "json",
            "--no-probe",
        ])
        .env("SELO_FIXTURES", fixtures())
        .output()
        .unwrap();
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        j["checks"]["mta_sts"]["policy"]["status"], "unreadable",
        "{:#}",
        j["checks"]["mta_sts"]
    );
}

#[test]
fn a_tls_rpt_uri_with_a_bad_scheme_is_an_error() {
    let (code, j) = check("tlsrpt-bad.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(status(&j, "tls_rpt"), "invalid");
    assert!(has(&j, "error:tls_rpt::bad-scheme"));
}

#[test]
fn a_domain_that_publishes_nothing() {
    let (code, j) = check("empty.test", &[]);
    assert_eq!(
        code,
        0,
        "missing records are warnings and notes: {:?}",
        errors(&j)
    );
    assert_eq!(j["exists"], true);
    for s in ["mx", "spf", "dmarc", "dkim", "mta_sts", "tls_rpt", "bimi"] {
        assert_eq!(status(&j, s), "missing", "{s}");
    }
    assert!(has(&j, "warning:check::spf-missing"));
    assert!(has(&j, "warning:check::dmarc-missing"));
}

#[test]
fn a_domain_that_does_not_exist_is_an_error() {
    let (code, j) = check("nonexistent.test", &[]);
    assert_eq!(code, 1);
    assert_eq!(j["exists"], false);
    assert!(has(&j, "error:check::nxdomain"));
}

#[test]
fn the_benchmark_domain_is_healthy() {
    let (code, j) = check("bench.test", &[]);
    assert_eq!(code, 0, "{:?}", errors(&j));
    assert_eq!(j["checks"]["spf"]["lookups"], 8);
    assert_eq!(
        j["checks"]["dmarc"]["report_authorizations"][0]["authorized"],
        true
    );
    for s in ["mx", "spf", "dmarc", "dkim", "mta_sts", "tls_rpt", "bimi"] {
        assert_eq!(status(&j, s), "ok", "{s}");
    }
    let rt = j["round_trips"].as_u64().unwrap();
    assert!((4..=6).contains(&rt), "SPF depth 3 + 1: {rt} round trips");
}

#[test]
fn human_output_in_english_and_portuguese() {
    let ca = fixtures().join("ca.pem");
    let out = selo()
        .args(["check", "spf11.test", "--resolver", DOH, "--ca-file"])
        .arg(&ca)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    for want in [
        "Summary",
        "SPF      broken",
        "11/10 lookups",
        "SPF: 11 of 10 DNS lookups, 0 of 2 void lookups",
        "spf11.test [5 lookups, 11 in total]",
        "include _s1.spf11.test [3 lookups, 5 in total]",
        "error[check::spf-too-many-lookups]",
        "DMARC: the record at _dmarc.spf11.test applies",
        "spf11.test: 1 error,",
    ] {
        assert!(text.contains(want), "no {want:?} in:\n{text}");
    }
    let out = selo()
        .args([
            "check",
            "mtasts-uncovered.test",
            "--resolver",
            DOH,
            "--lang",
            "pt",
            "--ca-file",
        ])
        .arg(&ca)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    for want in [
        "Resumo",
        "MTA-STS  com erros",
        "backup.mx.mtasts-uncovered.test",
        "NÃO coberto",
        "ajuda:",
        "1 erro,",
    ] {
        assert!(text.contains(want), "no {want:?} in:\n{text}");
    }
}

#[test]
fn the_verdict_comes_first_and_counts_what_to_fix_now_and_improve() {
    // (domain, things to fix now, things to improve).
    for (domain, fix_now, improve) in [
        ("healthy.test", 0, 0),
        ("spf10.test", 0, 6),
        ("spf11.test", 1, 5),
        ("empty.test", 2, 4),
        ("twomtasts.test", 3, 2),
    ] {
        let (_, j) = check(domain, &[]);
        let v = &j["verdict"];
        assert_eq!(v["standing"], "checked", "{domain}: {v}");
        assert_eq!(v["fix_now"], fix_now, "{domain}: {v}");
        assert_eq!(v["improve"], improve, "{domain}: {v}");
        assert_eq!(v["failed"], 0, "{domain}: {v}");
    }
    let (_, j) = check("spf11.test", &[]);
    assert_eq!(j["verdict"]["line"], "1 thing to fix now, 5 to improve");
    // A broken SPF record comes first, the DNSSEC note last.
    assert_eq!(j["verdict"]["order"][0], "spf");
    assert_eq!(j["verdict"]["order"][7], "dnssec");
    let (_, j) = check("nonexistent.test", &["--lang", "pt"]);
    assert_eq!(j["verdict"]["standing"], "nonexistent");
    assert_eq!(
        j["verdict"]["line"],
        "nonexistent.test não existe, por isso nada pode ser publicado lá"
    );

    // The human output starts with the same line, in both languages, and
    // its summary follows the same order.
    let ca = fixtures().join("ca.pem");
    for (lang, line) in [
        ("en", "2 things to fix now, 4 to improve"),
        ("pt", "2 coisas a corrigir já, 4 a melhorar"),
    ] {
        let out = selo()
            .args(["check", "empty.test", "--resolver", DOH, "--lang", lang])
            .arg("--ca-file")
            .arg(&ca)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(text.lines().next(), Some(line), "{text}");
        let at = |kind: &str| text.find(&format!("\n  {kind} ")).unwrap();
        assert!(
            at("SPF") < at("DMARC") && at("DMARC") < at("DKIM"),
            "{text}"
        );
        assert!(
            at("TLS-RPT") < at("BIMI") && at("BIMI") < at("DNSSEC"),
            "{text}"
        );
    }
}

#[test]
fn spf_with_an_include_that_cannot_be_looked_up_shows_the_estimate() {
    // _spf.outside.example is outside the fixture zone: the name server
    // refuses it, so the tree is not whole and the record's estimate (mx,
    // a and the include: about 3) is the count shown.
    let (_, j) = check("spfhalf.test", &[]);
    let spf = &j["checks"]["spf"];
    assert_eq!(spf["estimate"], 3, "{spf:#}");
    assert!(has(&j, "error:check::refused"), "{:?}", codes(&j));
    assert!(!has(&j, "info:spf::lookup-count"), "{:?}", codes(&j));
    assert_eq!(j["verdict"]["failed"], 1);
    let out = selo()
        .args(["check", "spfhalf.test", "--resolver", DOH, "--ca-file"])
        .arg(fixtures().join("ca.pem"))
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("about 3/10 lookups (estimated)"), "{text}");
    assert!(
        text.contains("SPF: about 3 of 10 DNS lookups, estimated from the record alone"),
        "{text}"
    );
    assert!(
        text.lines().next().unwrap().ends_with("; 1 lookup failed"),
        "{text}"
    );
}

#[test]
fn a_domain_that_does_not_exist_gets_no_advice_to_publish() {
    let (_, j) = check("nonexistent.test", &[]);
    assert_eq!(codes(&j), ["error:check::nxdomain"], "{j:#}");
}

#[test]
fn json_findings_follow_the_language() {
    let (_, en) = check("empty.test", &[]);
    let (_, pt) = check("empty.test", &["--lang", "pt"]);
    let msg = |j: &Value| {
        j["checks"]["spf"]["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_ne!(msg(&en), msg(&pt));
    assert!(msg(&pt).contains("SPF"), "{}", msg(&pt));
    assert_eq!(codes(&en), codes(&pt));
}

#[test]
fn could_not_check_exits_2() {
    // Nothing listens there: every lookup fails, and the check says so once.
    let url = closed_port_url();
    let out = selo()
        .args(["check", "healthy.test", "--format", "json", "--resolver"])
        .arg(&url)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "could not check: Could not reach the resolver {url}: "
        )) && stderr.contains("Nothing was checked."),
        "{stderr}"
    );
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status(&j, "mx"), "error");
    assert_eq!(
        codes(&j),
        ["error:check::resolver-unreachable"],
        "one finding, not one per lookup: {j:#}"
    );
    let message = j["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with(&format!("Could not reach the resolver {url}: "))
            && message.to_lowercase().contains("connection refused")
            && message.ends_with(". Nothing was checked."),
        "{message}"
    );
    assert_eq!(
        j["diagnostics"][0]["help"],
        "Check the address, or choose another resolver."
    );
    // Plain http:// to another machine is refused before any query.
    selo()
        .args([
            "check",
            "healthy.test",
            "--resolver",
            "http://dns.example/dns-query",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--resolver"));
    // A CA file that is not there.
    selo()
        .args(["check", "healthy.test", "--ca-file", "/nonexistent/ca.pem"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot read /nonexistent/ca.pem"));
}

#[test]
fn an_unreachable_resolver_is_one_finding_at_the_top_of_the_human_output() {
    let url = closed_port_url();
    let out = selo()
        .args(["check", "healthy.test", "--resolver"])
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0], "Could not look up healthy.test: nothing was checked",
        "{text}"
    );
    assert!(
        lines[1].starts_with("Domain check of healthy.test"),
        "{text}"
    );
    assert_eq!(lines[2], "");
    assert!(
        lines[3].starts_with(&format!(
            "error[check::resolver-unreachable]: Could not reach the resolver {url}: "
        )),
        "{text}"
    );
    assert_eq!(text.matches("error[").count(), 1, "{text}");
    assert!(!text.contains("network-error"), "{text}");
    assert!(!text.contains("Summary"), "{text}");
    assert!(
        text.trim_end()
            .ends_with("healthy.test: nothing was checked"),
        "{text}"
    );
    // In Portuguese.
    let out = selo()
        .args(["check", "healthy.test", "--lang", "pt", "--resolver"])
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("Não foi possível consultar healthy.test: nada foi verificado\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Não foi possível contactar o resolvedor {url}: erro de rede: ligação recusada. Nada foi verificado."
        )),
        "{text}"
    );
    assert!(text.contains("Verifique o endereço ou escolha outro resolvedor."));
}

#[test]
fn a_resolver_answering_http_503_is_one_finding() {
    // A server on loopback that answers every request with 503.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for mut s in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(
                b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
            );
        }
    });
    let url = format!("http://127.0.0.1:{port}/dns-query");
    let out = selo()
        .args(["check", "healthy.test", "--format", "json", "--resolver"])
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(codes(&j), ["error:check::resolver-unreachable"], "{j:#}");
    assert_eq!(
        j["diagnostics"][0]["message"],
        format!(
            "Could not reach the resolver {url}: it answered HTTP 503 instead of a DNS answer. Nothing was checked."
        )
    );
}

#[test]
fn a_long_dkim_key_is_shortened_and_only_the_finding_is_underlined() {
    const KEY: &str = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0EGWPCGD+E+G7OBsrd0T/owMBjrbVIirP9THHqFZ+IbFvtyHx1NRUmxUQyW1EXdhs7+RPNKtfkfR+uHi/YbbF4Qkk7TEvit9lxIAtzVNFVlzdxwibtALF7dUl8bpGo44VNhlle2ByEUhBMFx/p/olr0gYtmqV2V3hkrL94+Ad9vDZsQfJk3YBt7SJAOwReUVhtTRkCYOpKY4mQPS9xvgfKjrdYRLFH3NjAkXAbQixrB8Kc2UlOfNVBLocTfOsg72OObLWRiQ9+mCzHJwDAauV8e9vRkRjuu/uzd2wEH1CaCT2tVeY+Vkzkvme4GmqUi4ykmDnqZSUGP9JQ4Hm6B9AQIDAQAB";
    let ca = fixtures().join("ca.pem");
    let out = selo()
        .args([
            "check",
            "healthy.test",
            "--no-probe",
            "--selector",
            "testmode",
            "--resolver",
            DOH,
            "--ca-file",
        ])
        .arg(&ca)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains(KEY), "the whole key is shown:\n{text}");
    assert!(
        text.contains("(358 characters of the key left out; --format json shows the whole record)"),
        "{text}"
    );
    // The finding about t=y: the key line, shortened, with one caret under
    // the y and nothing under the key.
    let at = text
        .find("[dkim::testing-mode]")
        .unwrap_or_else(|| panic!("no testing-mode finding:\n{text}"));
    let snippet: Vec<&str> = text[at..].lines().take(6).collect();
    let line = snippet
        .iter()
        .find(|l| l.contains("v=DKIM1; k=rsa; t=y; p="))
        .unwrap_or_else(|| panic!("{snippet:#?}"));
    let record = line.split_once("│ ").unwrap().1;
    assert!(
        record.starts_with("v=DKIM1; k=rsa; t=y; p=MIIB"),
        "{record}"
    );
    assert!(
        record.contains('…') && record.ends_with("IDAQAB"),
        "{record}"
    );
    assert!(record.chars().count() < 80, "{record}");
    let carets = snippet
        .iter()
        .find(|l| l.contains('^'))
        .unwrap_or_else(|| panic!("{snippet:#?}"));
    let carets = carets.split_once("│ ").unwrap().1;
    assert_eq!(carets.trim(), "^", "{snippet:#?}");
    assert_eq!(carets.find('^'), Some("v=DKIM1; k=rsa; t=".len()));
    // The key summary points at the whole key: it underlines the shortened
    // key, from p='s value to its end.
    let at = text.find("[dkim::key-summary]").unwrap();
    let snippet: Vec<&str> = text[at..].lines().take(6).collect();
    let line = snippet.iter().find(|l| l.contains("t=y; p=")).unwrap();
    let record = line.split_once("│ ").unwrap().1;
    let carets = snippet.iter().find(|l| l.contains('^')).unwrap();
    let carets = carets.split_once("│ ").unwrap().1;
    let key_col = record.find("p=").unwrap() + 2;
    assert_eq!(carets.find('^'), Some(key_col));
    assert_eq!(
        carets.trim().chars().count(),
        record[key_col..].chars().count(),
        "{snippet:#?}"
    );
    // The JSON keeps the whole record.
    let (_, j) = check("healthy.test", &["--no-probe", "--selector", "testmode"]);
    let sel = &j["checks"]["dkim"]["selectors"][0];
    assert_eq!(sel["selector"], "testmode");
    assert_eq!(sel["records"][0], format!("v=DKIM1; k=rsa; t=y; p={KEY}"));
}

#[test]
fn dnssec_says_what_the_resolver_vouched_for() {
    // The fixture resolver does not validate: the AD bit is never set.
    let ca = fixtures().join("ca.pem");
    let out = selo()
        .args([
            "check",
            "healthy.test",
            "--no-probe",
            "--resolver",
            DOH,
            "--ca-file",
        ])
        .arg(&ca)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("DNSSEC   the resolver did not vouch for it"),
        "{text}"
    );
    assert!(
        text.contains("note[check::dnssec-not-vouched]: The resolver did not vouch for DNSSEC"),
        "{text}"
    );
    assert!(!text.contains("DNSSEC   not signed"), "{text}");
}

#[test]
fn a_resolver_that_never_answers_does_not_hang_the_check() {
    // Accepts connections and never answers: every query times out.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let started = std::time::Instant::now();
    let out = selo()
        .args([
            "check",
            "healthy.test",
            "--no-probe",
            "--format",
            "json",
            "--resolver",
        ])
        .arg(format!("http://127.0.0.1:{port}/dns-query"))
        .timeout(Duration::from_secs(40))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the whole check is bounded"
    );
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(j["exists"].is_null(), "{j:#}");
    assert_eq!(
        codes(&j),
        ["error:check::resolver-unreachable"],
        "one finding, not one time-out per lookup: {j:#}"
    );
    assert!(
        j["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("it gave no answer in time"),
        "{j:#}"
    );
}

#[test]
fn lang_comes_from_the_environment_too() {
    let ca = fixtures().join("ca.pem");
    let out = selo()
        .env("LANG", "pt_PT.UTF-8")
        .args([
            "check",
            "empty.test",
            "--no-probe",
            "--resolver",
            DOH,
            "--ca-file",
        ])
        .arg(&ca)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Resumo") && text.contains("em falta"),
        "{text}"
    );
}

#[test]
fn an_internationalized_name_is_queried_in_punycode() {
    let (code, j) = check("münchen.test", &["--no-probe"]);
    assert_eq!(code, 1, "not in the zone: NXDOMAIN");
    assert_eq!(j["domain"], "xn--mnchen-3ya.test");
    assert_eq!(j["exists"], false);
    let out = selo()
        .args(["check", "münchen.test", "--no-probe", "--resolver", DOH])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "münchen.test [xn--mnchen-3ya.test] does not exist, so nothing can be published there",
        "{text}"
    );
    assert!(
        lines[1].starts_with("Domain check of münchen.test [xn--mnchen-3ya.test]"),
        "{text}"
    );
}

#[test]
fn a_unicode_name_is_checked_in_the_form_the_page_queries() {
    // One conversion for the page, the workers and the command
    // (selo::domain::to_ascii): IDNA, UTS #46.
    let (_, j) = check("Bücher.example.", &["--no-probe"]);
    assert_eq!(j["domain"], "xn--bcher-kva.example");
}

/// Whatever stops `selo check` reads in Portuguese with `--lang pt`, with
/// no English words: an unreachable resolver (the system's own words about
/// the connection are left out), a refused resolver URL, a missing CA file,
/// a name that cannot be converted.
#[test]
fn could_not_check_reads_in_portuguese() {
    let url = closed_port_url();
    let out = selo()
        .args(["--lang", "pt", "check", "healthy.test", "--resolver"])
        .arg(&url)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("selo: erro: não foi possível verificar: "),
        "{stderr}"
    );
    let json = selo()
        .args([
            "--lang",
            "pt",
            "check",
            "healthy.test",
            "-f",
            "json",
            "--resolver",
        ])
        .arg(&url)
        .output()
        .unwrap();
    let j: Value = serde_json::from_slice(&json.stdout).unwrap();
    let mut texts = vec![stderr.replace(&url, "")];
    for d in j["diagnostics"].as_array().unwrap() {
        texts.push(d["message"].as_str().unwrap().replace(&url, ""));
        texts.push(d["help"].as_str().unwrap().to_string());
    }
    for (args, said) in [
        (
            vec![
                "check",
                "healthy.test",
                "--resolver",
                "http://dns.example/dns-query",
            ],
            "http:// simples só é admitido",
        ),
        (
            vec![
                "check",
                "healthy.test",
                "--resolver",
                "https://dns.example/q?x=1",
            ],
            "parâmetros (?)",
        ),
        (
            vec!["check", "healthy.test", "--ca-file", "/nonexistent/ca.pem"],
            "não foi possível ler /nonexistent/ca.pem: o ficheiro não existe",
        ),
        (vec!["check", "xn--a.example"], "não é um nome de domínio"),
        (vec!["check", ""], "indique um domínio a verificar"),
    ] {
        let out = selo().arg("--lang").arg("pt").args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(said), "{args:?}: {stderr}");
        texts.push(stderr.replace("selo check", "").replace("--ca-file", ""));
    }
    for t in texts {
        let english = selo::text::english_words(&t);
        assert!(english.is_empty(), "{english:?} in {t:?}");
    }
}
