//! `selo message` against real servers: NSD serving the fixture zone `test.`
//! (tests/dns/test.zone, whose `msg.test` names hold the keys and policies
//! of the signed messages in tests/fixtures/messages/), behind dnsdist's
//! DNS-over-HTTPS front (tests/dns/up.sh). The servers are found or started
//! as in tests/check.rs.

use serde_json::Value;
use std::path::{Path, PathBuf};

mod common;
use common::{DOH, closed_port_url, fixtures, selo};

fn message_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/messages")
        .join(name)
}

/// `selo message FILE --format json` against the fixtures: (exit code, JSON).
fn analyze(name: &str, extra: &[&str]) -> (i32, Value) {
    fixtures();
    let out = selo()
        .arg("message")
        .arg(message_file(name))
        .args(["--resolver", DOH, "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let code = out.status.code().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{name}: not JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    // Fixtures started from an older zone lack the msg.test names.
    assert_ne!(
        json["dmarc"]["result"], "none",
        "{name}: no DMARC policy for good.msg.test: restart the DNS fixtures (tests/dns/down.sh, up.sh) so they serve the current test.zone"
    );
    (code, json)
}

fn codes(v: &Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn passing_message_has_the_issues_json_shape() {
    let (code, v) = analyze("pass.eml", &[]);
    assert_eq!(code, 0);
    assert_eq!(v["from"], "news@good.msg.test");
    assert_eq!(v["from_domain"], "good.msg.test");
    assert_eq!(v["ip"], "192.0.2.25");
    assert_eq!(v["mail_from"], "bounce@good.msg.test");
    let d = &v["dkim"][0];
    assert_eq!(d["domain"], "good.msg.test");
    assert_eq!(d["selector"], "rsa");
    assert_eq!(d["algorithm"], "rsa-sha256");
    assert_eq!(d["result"], "pass");
    assert_eq!(d["reason"], Value::Null);
    assert_eq!(d["aligned"], true);
    assert_eq!(v["spf"]["domain"], "good.msg.test");
    assert_eq!(v["spf"]["result"], "pass");
    assert_eq!(v["spf"]["aligned"], true);
    assert!(v["spf"]["diagnostics"].is_array());
    assert_eq!(v["dmarc"]["result"], "pass");
    assert_eq!(v["dmarc"]["policy"], "reject");
    assert_eq!(v["dmarc"]["applies_from"], "good.msg.test");
    assert_eq!(v["dmarc"]["disposition"], "none");
    assert_eq!(v["received"].as_array().unwrap().len(), 2);
    assert_eq!(v["received"][0]["delay_seconds"], 6);
    assert_eq!(
        v["authentication_results"][0]["authserv_id"],
        "mx.receiver.test"
    );
    assert_eq!(v["arc"], Value::Array(vec![]));
    assert_eq!(codes(&v), ["message::dmarc-pass"]);
}

#[test]
fn every_fixture_through_the_real_resolver() {
    // file, exit, DKIM results (in header order) with reasons, SPF, DMARC.
    for (file, exit, dkim, spf, dmarc) in [
        ("pass.eml", 0, vec![("pass", None)], "pass", "pass"),
        (
            "rsa-and-ed25519.eml",
            0,
            vec![("pass", None), ("pass", None)],
            "pass",
            "pass",
        ),
        (
            "body-changed.eml",
            1,
            vec![("fail", Some("body-hash-mismatch"))],
            "fail",
            "fail",
        ),
        (
            "vendor-own-domain.eml",
            1,
            vec![("pass", None)],
            "pass",
            "fail",
        ),
        (
            "key-not-published.eml",
            1,
            vec![("permerror", Some("key-not-published"))],
            "fail",
            "fail",
        ),
        (
            "key-revoked.eml",
            1,
            vec![("permerror", Some("key-revoked"))],
            "fail",
            "fail",
        ),
        (
            "key-too-short.eml",
            1,
            vec![("permerror", Some("key-too-short"))],
            "fail",
            "fail",
        ),
        (
            "relaxed-refolded.eml",
            0,
            vec![("pass", None)],
            "fail",
            "pass",
        ),
        (
            "simple-refolded.eml",
            1,
            vec![("fail", Some("signature-mismatch"))],
            "fail",
            "fail",
        ),
        (
            "expired.eml",
            1,
            vec![("neutral", Some("expired"))],
            "fail",
            "fail",
        ),
        (
            "forwarded-arc.eml",
            1,
            vec![("fail", Some("body-hash-mismatch"))],
            "pass",
            "fail",
        ),
        (
            "headers-only.eml",
            0,
            vec![("neutral", Some("no-body"))],
            "pass",
            "pass",
        ),
        ("lf.eml", 0, vec![("pass", None)], "pass", "pass"),
    ] {
        let (code, v) = analyze(file, &[]);
        assert_eq!(code, exit, "{file}");
        let got: Vec<(&str, Option<&str>)> = v["dkim"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["result"].as_str().unwrap(), d["reason"].as_str()))
            .collect();
        assert_eq!(got, dkim, "{file}");
        assert_eq!(v["spf"]["result"], spf, "{file}");
        assert_eq!(v["dmarc"]["result"], dmarc, "{file}");
    }
}

#[test]
fn vendor_signing_and_bouncing_with_its_own_domain() {
    let (code, v) = analyze("vendor-own-domain.eml", &[]);
    assert_eq!(code, 1);
    assert_eq!(v["dkim"][0]["domain"], "vendor.msg.test");
    assert_eq!(v["dkim"][0]["aligned"], false);
    assert_eq!(v["spf"]["domain"], "vendor.msg.test");
    assert_eq!(v["spf"]["aligned"], false);
    assert_eq!(v["dmarc"]["disposition"], "reject");
    let gens: Vec<&str> = v["fixes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["generator"].as_str().unwrap())
        .collect();
    assert_eq!(gens, ["dkim", "spf"]);
    let c = codes(&v);
    assert!(c.contains(&"message::dkim-unaligned".to_string()), "{c:?}");
}

#[test]
fn forwarded_message_shows_its_arc_seal() {
    let (_, v) = analyze("forwarded-arc.eml", &[]);
    assert_eq!(v["arc"][0]["instance"], 1);
    assert_eq!(v["arc"][0]["cv"], "none");
    assert_eq!(v["arc"][0]["seal_domain"], "list.msg.test");
    assert_eq!(v["arc_result"], "pass");
}

#[test]
fn ip_and_mail_from_given_on_the_command_line() {
    let (code, v) = analyze(
        "body-changed.eml",
        &["--ip", "192.0.2.200", "--mail-from", "x@good.msg.test"],
    );
    assert_eq!(v["ip"], "192.0.2.200");
    assert_eq!(v["mail_from"], "x@good.msg.test");
    assert_eq!(v["spf"]["result"], "pass");
    assert_eq!(v["dmarc"]["result"], "pass");
    assert_eq!(code, 0);
}

#[test]
fn findings_in_portuguese() {
    let (_, v) = analyze("body-changed.eml", &["--lang", "pt"]);
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "message::dkim-body-changed")
        .unwrap();
    assert!(
        d["message"].as_str().unwrap().contains("o corpo mudou"),
        "{d}"
    );
}

#[test]
fn not_a_message_exits_2_with_a_clear_error() {
    for lang in ["en", "pt"] {
        let out = selo()
            .arg("message")
            .arg(message_file("not-a-message.txt"))
            .args(["--resolver", DOH, "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        let want = if lang == "en" {
            "This is not an e-mail message"
        } else {
            "Isto não é uma mensagem de correio eletrónico"
        };
        assert!(err.contains(want), "{err}");
        assert!(out.stdout.is_empty());
    }
    let out = selo()
        .args(["message", "/nonexistent/file.eml", "--resolver", DOH])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn human_output_and_standard_input() {
    fixtures();
    let raw = std::fs::read(message_file("vendor-own-domain.eml")).unwrap();
    let out = selo()
        .args(["message", "-", "--resolver", DOH])
        .write_stdin(raw)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "d=vendor.msg.test s=esp",
        "not aligned",
        "error[message::dmarc-fail]",
        "good.msg.test: generator dkim ?page=dkim",
    ] {
        assert!(text.contains(want), "{want} in:\n{text}");
    }
}

#[test]
fn dmarc_undecided_by_a_failed_lookup_exits_2_a_dmarc_fail_exits_1() {
    // Nothing answers: the DMARC policy cannot be looked up (temperror).
    let url = closed_port_url();
    for (lang, want) in [
        (
            "en",
            "selo: error: DMARC is undecided: a DNS lookup failed (temperror)",
        ),
        (
            "pt",
            "selo: erro: o DMARC ficou por decidir: uma consulta DNS falhou (temperror)",
        ),
    ] {
        let out = selo()
            .arg("message")
            .arg(message_file("pass.eml"))
            .args(["--resolver", &url, "--format", "json", "--lang", lang])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(want), "{err}");
        // The analysis is still printed.
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["dmarc"]["result"], "temperror");
    }
    let (code, v) = analyze("body-changed.eml", &[]);
    assert_eq!((code, &v["dmarc"]["result"]), (1, &Value::from("fail")));
}

/// Runs `selo ARGS` with `n` bytes of `a` on standard input (written as
/// the command reads them, never held whole here).
fn with_stdin_of(args: &[&str], n: u64) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("selo"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        let mut left = n;
        while left > 0 {
            let k = left.min(chunk.len() as u64) as usize;
            // The command stops reading once it has refused the input.
            if stdin.write_all(&chunk[..k]).is_err() {
                return;
            }
            left -= k as u64;
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

#[test]
fn a_message_over_50_mib_is_refused_not_cut() {
    const LIMIT: u64 = 50 << 20;
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.eml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(LIMIT + 1)
        .unwrap();
    for (lang, want) in [
        (
            "en",
            "big.eml holds more than 50 MiB, the most selo reads; nothing was checked",
        ),
        (
            "pt",
            "big.eml tem mais de 50 MiB, o máximo que o selo lê; nada foi verificado",
        ),
    ] {
        let out = selo()
            .arg("message")
            .arg(&big)
            .args(["--lang", lang])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(want), "{err}");
        assert!(out.stdout.is_empty());
    }
    // 50 MiB exactly is read (and refused for what it is: not a message).
    std::fs::File::create(&big).unwrap().set_len(LIMIT).unwrap();
    let out = selo().arg("message").arg(&big).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("This is not an e-mail message"), "{err}");
    // Standard input too.
    let out = with_stdin_of(&["message", "-"], LIMIT + 1);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("standard input holds more than 50 MiB, the most selo reads"),
        "{err}"
    );
}

/// `selo --lang LANG message FILE --requirements`, without colour: (exit
/// code, standard output).
fn requirements(name: &str, lang: &str, extra: &[&str]) -> (i32, String) {
    fixtures();
    let out = selo()
        .env("NO_COLOR", "1")
        .args(["--lang", lang, "message"])
        .arg(message_file(name))
        .args(["--resolver", DOH, "--requirements"])
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

/// The checklist of each requirement fixture, in both languages, against
/// `tests/golden/requirements/<name>.<lang>.out` (regenerate with
/// `UPDATE_GOLDEN=1` and read the diff).
#[test]
fn requirements_tables_match_the_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/requirements");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut differ = Vec::new();
    for (name, code) in [
        ("bulk-one-click.eml", 0),
        ("bulk-unsubscribe-unsigned.eml", 1),
        ("bulk-mailto-only.eml", 0),
        ("bulk-no-tls.eml", 1),
        ("bulk-rdns-unconfirmed.eml", 1),
        ("pass.eml", 0),
        ("key-too-short.eml", 1),
    ] {
        for lang in ["en", "pt"] {
            let (got_code, got) = requirements(name, lang, &[]);
            assert_eq!(got_code, code, "{name} {lang}: {got}");
            let path = dir.join(format!("{}.{lang}.out", name.trim_end_matches(".eml")));
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
fn requirements_json_has_one_row_per_provider_and_rule() {
    fixtures();
    let out = selo()
        .arg("message")
        .arg(message_file("bulk-rdns-unconfirmed.eml"))
        .args(["--resolver", DOH, "--requirements", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v["requirements"].as_array().unwrap();
    let row = |provider: &str, rule: &str| {
        rows.iter()
            .find(|r| r["provider"] == provider && r["rule"] == rule)
            .unwrap_or_else(|| panic!("{provider} {rule} in {v}"))
    };
    for key in ["provider", "rule", "status", "evidence", "fix", "source"] {
        assert!(rows.iter().all(|r| r.get(key).is_some()), "{key}");
    }
    let rdns = row("Gmail", "reverse-dns");
    assert_eq!(rdns["status"], "fail");
    assert_eq!(
        rdns["evidence"],
        "192.0.2.26 → elsewhere.rdns.test, but elsewhere.rdns.test does not point back to 192.0.2.26."
    );
    assert_eq!(row("Yahoo", "reverse-dns")["status"], "fail");
    assert_eq!(row("Outlook.com", "dmarc-policy")["status"], "pass");
    assert_eq!(row("Gmail", "one-click-unsubscribe")["status"], "pass");
    assert_eq!(row("Gmail", "spam-rate")["status"], "unknown");
    assert!(
        row("Outlook.com", "spf-pass")["source"]
            .as_str()
            .unwrap()
            .starts_with("https://techcommunity.microsoft.com/")
    );
    // Outlook.com states no rule on reverse DNS.
    assert!(
        !rows
            .iter()
            .any(|r| r["provider"] == "Outlook.com" && r["rule"] == "reverse-dns")
    );
}
