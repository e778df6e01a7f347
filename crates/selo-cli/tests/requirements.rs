//! `selo check --requirements`: what Gmail, Yahoo and Outlook.com ask of a
//! domain, against the DNS fixtures (tests/dns/test.zone and
//! reverse.zone, started as in tests/check.rs). The tables are compared
//! with `tests/golden/requirements/check-<domain>.<lang>.out` (regenerate
//! with `UPDATE_GOLDEN=1` and read the diff).

use serde_json::Value;
use std::path::Path;

#[allow(dead_code)]
mod common;
use common::{DOH, fixtures, selo};

/// The requirements part of `selo check DOMAIN --requirements` (what
/// follows the check's own output), without colour.
fn table(domain: &str, lang: &str, extra: &[&str]) -> String {
    fixtures();
    let out = selo()
        .env("NO_COLOR", "1")
        .args([
            "--lang",
            lang,
            "check",
            domain,
            "--resolver",
            DOH,
            "--requirements",
        ])
        .args(extra)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let heading = if lang == "pt" {
        "Requisitos de envio"
    } else {
        "Sender requirements"
    };
    let at = text
        .find(heading)
        .unwrap_or_else(|| panic!("no requirements section in {text}"));
    text[at..].to_string()
}

#[test]
fn domain_requirements_match_the_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/requirements");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut differ = Vec::new();
    for (domain, extra) in [
        (
            "good.msg.test",
            &["--selector", "rsa", "--selector", "short", "--no-probe"][..],
        ),
        ("healthy.test", &[][..]),
    ] {
        for lang in ["en", "pt"] {
            let got = table(domain, lang, extra);
            let path = dir.join(format!("check-{domain}.{lang}.out"));
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &got).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(got.as_str()) {
                differ.push(format!("{}:\n{got}", path.display()));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "differ from the golden files:\n{}",
        differ.join("\n")
    );
}

#[test]
fn the_json_check_gets_a_requirements_array() {
    fixtures();
    let out = selo()
        .args([
            "check",
            "good.msg.test",
            "--resolver",
            DOH,
            "--requirements",
            "--format",
            "json",
        ])
        .args(["--selector", "short", "--no-probe"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v["requirements"].as_array().expect("a requirements array");
    let row = |provider: &str, rule: &str| {
        rows.iter()
            .find(|r| r["provider"] == provider && r["rule"] == rule)
            .unwrap_or_else(|| panic!("{provider} {rule}"))
    };
    // The 512-bit key is measured, and its fix opens the DKIM generator.
    let key = row("Gmail", "dkim-key-size");
    assert_eq!(key["status"], "fail");
    assert!(
        key["evidence"].as_str().unwrap().contains("512 bits"),
        "{key}"
    );
    assert_eq!(key["generator"], "?page=dkim&domain=good.msg.test");
    let dmarc = row("Outlook.com", "dmarc-policy");
    assert_eq!(dmarc["status"], "pass");
    assert!(
        dmarc["evidence"]
            .as_str()
            .unwrap()
            .contains("mailto:dmarc@good.msg.test")
    );
    assert_eq!(row("Yahoo", "reverse-dns")["status"], "pass");
    assert_eq!(row("Gmail", "tls")["status"], "unknown");
    // Without the flag, the check's JSON is unchanged.
    let out = selo()
        .args([
            "check",
            "good.msg.test",
            "--resolver",
            DOH,
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.get("requirements").is_none());
}

#[test]
fn a_rejection_text_is_explained_with_its_rows() {
    let input =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/requirements/bounce-outlook.txt");
    let out = selo()
        .env("NO_COLOR", "1")
        .args(["--lang", "pt", "message"])
        .arg(&input)
        .output()
        .unwrap();
    // What it means is a failure; nothing was looked up.
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        "Códigos de rejeição encontrados\n  550 5.7.515: Outlook.com: o domínio de envio não cumpre o nível de autenticação exigido (SPF, DKIM e DMARC).\n    linhas: spf-pass, dkim-pass, dmarc-policy, dmarc-alignment\n"
    );
    let out = selo()
        .args(["message", "--format", "json"])
        .arg(&input)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["bounces"][0]["provider"], "outlook");
    assert_eq!(v["bounces"][0]["checks"][3], "dmarc-alignment");
}
