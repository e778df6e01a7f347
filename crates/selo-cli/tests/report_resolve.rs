//! `selo report --resolve` against the DNS fixtures: the reverse names of
//! the report fixtures' sources (tests/dns/reverse.zone), their forward
//! names (tests/dns/test.zone) and the IP-to-AS stand-in zone
//! (tests/dns/asn.zone), through the DNS-over-HTTPS front.

use serde_json::Value;

mod common;
use common::{DOH, closed_port_url, fixtures, selo};

fn batch(name: &str) -> String {
    format!(
        "{}/../../tests/fixtures/reports/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn every_source_gets_its_name_network_and_sender() {
    fixtures();
    let out = selo()
        .args([
            "report",
            "--format",
            "json",
            "--resolve",
            "--resolver",
            DOH,
            &batch("batch-a.xml"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        format!(
            "looked up source addresses through {DOH} (which asks Team Cymru (asn.cymru.com) for the networks): 7\n"
        )
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let src = v["sources"].as_array().unwrap();
    let by = |ip: &str| src.iter().find(|s| s["ip"] == ip).unwrap();
    let own = by("198.51.100.10");
    assert_eq!(own["ptr"], "mail.reports.test");
    assert_eq!(own["ptr_confirmed"], true);
    assert_eq!(own["asn"], 64497);
    assert_eq!(
        own["as_name"],
        "SELO-TEST-NET-2 - Documentation network two"
    );
    assert_eq!(own["class"], "aligned");
    let list = by("198.51.100.30");
    assert_eq!(list["ptr"], "lists.forward.reports.test");
    assert_eq!(list["ptr_confirmed"], false);
    assert_eq!(list["class"], "forwarded");
    let forged = by("192.0.2.50");
    assert_eq!(forged["ptr"], Value::Null);
    assert_eq!(forged["asn"], 64496);
    assert_eq!(forged["class"], "forged");
    // The next record is written on the published one: its rua= is kept.
    let next = &v["readiness"][0]["next"];
    assert_eq!(
        next["record"],
        "v=DMARC1; p=quarantine; t=y; rua=mailto:dmarc@reports.test"
    );
    assert_eq!(
        next["link"],
        "?page=dmarc&domain=reports.test&p=quarantine&t=y&rua=mailto%3Admarc%40reports.test"
    );
    assert_eq!(next["note"], Value::Null);
    // Unknown forged sources are grouped by their network.
    let g = v["groups"].as_array().unwrap();
    assert!(
        g.iter().any(
            |g| g["name"] == "AS64496 SELO-TEST-NET-1 - Documentation network one"
                && g["ips"].as_array().unwrap().len() == 2
        ),
        "{g:?}"
    );
}

#[test]
fn an_unreachable_resolver_says_so_per_source_and_the_report_goes_on() {
    let out = selo()
        .args([
            "report",
            "--format",
            "json",
            "--resolve",
            "--resolver",
            &closed_port_url(),
            &batch("clean.xml"),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for s in v["sources"].as_array().unwrap() {
        let e = s["lookup_error"].as_str().unwrap();
        assert!(
            e.starts_with("reverse name not looked up: network error"),
            "{e}"
        );
        assert!(s["class"].is_string());
    }
}
