//! `selo generate` as a user runs it: every generated record validates,
//! the JSON has its documented shape, keys are made and kept safely.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn selo() -> Command {
    let mut c = Command::cargo_bin("selo").unwrap();
    c.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    c
}

fn generate(args: &[&str]) -> String {
    let out = selo()
        .arg("generate")
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Feeds `text` back through `selo validate` and returns its JSON verdict.
fn validate(kind: &str, text: &str) -> Value {
    let out = selo()
        .args(["validate", "--format", "json", "--type", kind, "-"])
        .write_stdin(text.to_string())
        .assert()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn every_type_generates_a_record_that_validates() {
    let cases: &[(&str, &[&str])] = &[
        (
            "dmarc",
            &[
                "dmarc",
                "--domain",
                "example.com",
                "--p",
                "quarantine",
                "--rua",
                "dmarc@example.com",
                "--fo",
                "1:d",
            ],
        ),
        (
            "spf",
            &[
                "spf",
                "--domain",
                "example.com",
                "--ip4",
                "192.0.2.0/24",
                "--ip6",
                "2001:db8::/32",
                "--mx",
                "--include",
                "_spf.google.com",
                "--all",
                "softfail",
            ],
        ),
        (
            "bimi",
            &[
                "bimi",
                "--domain",
                "example.com",
                "--logo",
                "https://example.com/bimi/logo.svg",
                "--evidence",
                "https://example.com/bimi/vmc.pem",
            ],
        ),
        ("bimi", &["bimi", "--domain", "example.com", "--decline"]),
        ("mta-sts", &["mta-sts", "--domain", "example.com"]),
        (
            "mta-sts-policy",
            &[
                "mta-sts-policy",
                "--domain",
                "example.com",
                "--mode",
                "enforce",
                "--mx",
                "mail.example.com",
                "--mx",
                "*.mx.example.net",
                "--max-age",
                "1209600",
            ],
        ),
        (
            "tls-rpt",
            &[
                "tls-rpt",
                "--domain",
                "example.com",
                "--rua",
                "mailto:tls@example.com",
                "--rua",
                "https://reports.example.com/tls",
            ],
        ),
        (
            "dmarc-report-auth",
            &[
                "dmarc-report-auth",
                "--domain",
                "example.com",
                "--destination",
                "example.net",
            ],
        ),
    ];
    for (kind, args) in cases {
        let out = generate(args);
        let v = validate(kind, &out);
        assert_eq!(v["valid"], true, "{args:?} gave {out:?}: {v}");
    }
}

#[test]
fn zone_and_json_forms_name_the_owner() {
    let zone = generate(&[
        "dmarc",
        "--domain",
        "example.com",
        "--p",
        "reject",
        "--format",
        "zone",
    ]);
    assert_eq!(
        zone.trim(),
        "_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=reject\""
    );
    // A zone-file line is itself something `selo validate` reads.
    assert_eq!(validate("auto", &zone)["type"], "dmarc");

    let json: Value = serde_json::from_str(&generate(&[
        "tls-rpt",
        "--domain",
        "example.com",
        "--rua",
        "mailto:tls@example.com",
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["name"], "_smtp._tls.example.com");
    assert_eq!(json["type"], "TXT");
    assert_eq!(json["value"], "v=TLSRPTv1; rua=mailto:tls@example.com");
    assert_eq!(
        json["strings"],
        serde_json::json!(["v=TLSRPTv1; rua=mailto:tls@example.com"])
    );
    assert!(
        json["zone"]
            .as_str()
            .unwrap()
            .starts_with("_smtp._tls.example.com. 3600 IN TXT")
    );
}

#[test]
fn reports_to_another_domain_come_with_the_authorization_record() {
    let zone = generate(&[
        "dmarc",
        "--domain",
        "example.com",
        "--rua",
        "mailto:d@reports.example.net",
        "-f",
        "zone",
    ]);
    let lines: Vec<&str> = zone.lines().collect();
    assert_eq!(lines.len(), 2, "{zone}");
    assert!(
        lines[1].starts_with(
            "example.com._report._dmarc.reports.example.net. 3600 IN TXT \"v=DMARC1\""
        ),
        "{zone}"
    );
}

#[test]
fn spf_counts_and_lints_on_stderr() {
    selo()
        .args([
            "generate",
            "spf",
            "--domain",
            "example.com",
            "--include",
            "_spf.google.com",
            "--all",
            "pass",
        ])
        .assert()
        .code(0)
        .stdout("v=spf1 include:_spf.google.com all\n")
        .stderr(predicate::str::contains("spf::pass-all"));
}

#[test]
fn long_dkim_record_is_split_into_strings() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let json: Value = serde_json::from_str(&generate(&[
        "dkim",
        "--domain",
        "example.com",
        "--selector",
        "s2026",
        "--bits",
        "2048",
        "--private-key-out",
        key.to_str().unwrap(),
        "-f",
        "json",
    ]))
    .unwrap();
    assert_eq!(json["name"], "s2026._domainkey.example.com");
    let strings: Vec<&str> = json["strings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(strings.len() >= 2 && strings.iter().all(|s| s.len() <= 255));
    assert_eq!(strings.concat(), json["value"].as_str().unwrap());
    let v = validate("dkim", json["value"].as_str().unwrap());
    assert_eq!(v["valid"], true);
    let summary = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "dkim::key-summary")
        .unwrap();
    assert!(
        summary["message"].as_str().unwrap().contains("2048"),
        "{summary}"
    );
    let pem = std::fs::read_to_string(&key).unwrap();
    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    // Never overwrite a private key.
    selo()
        .args([
            "generate",
            "dkim",
            "--domain",
            "example.com",
            "--selector",
            "s",
            "--private-key-out",
        ])
        .arg(&key)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("never overwritten"));
    assert_eq!(std::fs::read_to_string(&key).unwrap(), pem);
}

#[test]
fn dkim_from_a_public_key_pem() {
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("pub.pem");
    std::fs::write(&pem, "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEACxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=\n-----END PUBLIC KEY-----\n").unwrap();
    let out = generate(&[
        "dkim",
        "--domain",
        "example.com",
        "--selector",
        "ed",
        "--public-key",
        pem.to_str().unwrap(),
    ]);
    assert_eq!(
        out.trim(),
        "v=DKIM1; k=ed25519; p=CxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490="
    );
}

#[test]
fn ed25519_key_pair() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("ed.pem");
    let out = generate(&[
        "dkim",
        "--domain",
        "example.com",
        "--selector",
        "ed",
        "--key-type",
        "ed25519",
        "--private-key-out",
        key.to_str().unwrap(),
    ]);
    assert!(out.starts_with("v=DKIM1; k=ed25519; p="));
    assert_eq!(validate("dkim", &out)["valid"], true);
    // PKCS#8 v1: 48 bytes of DER, the form OpenSSL 3.0 reads.
    let pem = std::fs::read_to_string(&key).unwrap();
    let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    assert_eq!(b64.len(), 64, "{pem}");
}

#[test]
fn illegal_values_are_refused_before_anything_is_written() {
    for args in [
        &["dmarc", "--domain", "example.com", "--p", "block"][..],
        &["dmarc", "--domain", "exa mple.com"],
        &[
            "dmarc",
            "--domain",
            "example.com",
            "--rua",
            "not an address",
        ],
        &["spf", "--domain", "example.com", "--ip4", "192.0.2.300"],
        &[
            "mta-sts-policy",
            "--domain",
            "example.com",
            "--mode",
            "enforce",
        ],
        &[
            "mta-sts-policy",
            "--domain",
            "example.com",
            "--mx",
            "mail.*.example.com",
        ],
        &[
            "mta-sts-policy",
            "--domain",
            "example.com",
            "--mx",
            "mail.example.com",
            "--max-age",
            "99999999",
        ],
        &[
            "tls-rpt",
            "--domain",
            "example.com",
            "--rua",
            "http://example.com/r",
        ],
        &[
            "bimi",
            "--domain",
            "example.com",
            "--logo",
            "http://example.com/l.svg",
        ],
        &["dkim", "--domain", "example.com", "--selector", "s"],
    ] {
        selo()
            .arg("generate")
            .args(args)
            .assert()
            .code(2)
            .stdout("");
    }
}

#[test]
fn generate_advice_speaks_the_chosen_language() {
    let args = ["generate", "dmarc", "--domain", "example.com"];
    let pt = selo()
        .args(["--lang", "pt"])
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .stderr
        .clone();
    let pt = String::from_utf8(pt).unwrap();
    assert!(pt.contains("dmarc::"), "{pt}");
    assert!(pt.contains("registo"), "no Portuguese: {pt}");
    assert!(!pt.contains("The record"), "English left: {pt}");
    let from_env = selo()
        .env("LANG", "pt_PT.UTF-8")
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .stderr
        .clone();
    assert_eq!(String::from_utf8(from_env).unwrap(), pt);
    let en = selo()
        .args(args)
        .assert()
        .code(0)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(en).unwrap().contains("The record"));
}

#[test]
fn typed_values_are_read_as_the_app_reads_them() {
    // fo in any order and repeated: each option once, in canonical order;
    // a bare address becomes a mailto: URI.
    let dmarc = generate(&[
        "dmarc",
        "--domain",
        "example.com",
        "--fo",
        "d:1",
        "--fo",
        "d",
        "--rua",
        "dmarc@example.com",
        "--ruf",
        "MAILTO:f@example.com",
    ]);
    assert_eq!(
        dmarc,
        "v=DMARC1; p=none; fo=1:d; rua=mailto:dmarc@example.com; ruf=MAILTO:f@example.com\n"
    );
    // A final dot on an mx name is removed, with a note.
    selo()
        .args([
            "generate",
            "mta-sts-policy",
            "--domain",
            "example.com",
            "--mx",
            "mail.example.com.",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("mx: mail.example.com\r\n"))
        .stderr(predicate::str::contains("final dot was removed"));
    // An Ed25519 key inside a SubjectPublicKeyInfo PEM, its type read from the key.
    let dir = tempfile::tempdir().unwrap();
    let pem = dir.path().join("ed.pem");
    std::fs::write(
        &pem,
        "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEACxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=\n-----END PUBLIC KEY-----\n",
    )
    .unwrap();
    let pem = pem.to_str().unwrap();
    let args = [
        "dkim",
        "--domain",
        "example.com",
        "--selector",
        "ed",
        "--public-key",
        pem,
    ];
    assert_eq!(
        generate(&args),
        "v=DKIM1; k=ed25519; p=CxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=\n"
    );
    selo()
        .arg("generate")
        .args(args)
        .args(["--key-type", "rsa"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("ed25519 key, not rsa"));
}

#[test]
fn refused_values_are_explained_in_the_chosen_language() {
    let out = selo()
        .args([
            "--lang",
            "pt",
            "generate",
            "dmarc",
            "--domain",
            "a..example",
        ])
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let pt = String::from_utf8(out).unwrap();
    assert!(pt.contains("nome de domínio"), "{pt}");
    let out = selo()
        .env("LANG", "pt_PT.UTF-8")
        .args(["generate", "mta-sts-policy", "--domain", "example.com"])
        .args(["--mode", "enforce"])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let pt = String::from_utf8(out).unwrap();
    assert!(pt.contains("pelo menos um padrão mx"), "{pt}");
}
