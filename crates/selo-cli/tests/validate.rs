//! `selo validate` as a user runs it: exit status, output shapes, bad input.

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

#[test]
fn valid_record_exits_zero_and_says_so() {
    selo()
        .args(["validate", "-"])
        .write_stdin("v=DMARC1; p=reject; rua=mailto:dmarc@example.com")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("valid: DMARC record"));
}

#[test]
fn invalid_record_exits_one_and_underlines_the_span() {
    let out = selo()
        .args(["validate"])
        .write_stdin("v=spf1 ip4:192.0.2.300 -all")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("error["), "{text}");
    // The caret line underlines the bad address, not the whole record.
    let caret = text
        .lines()
        .find(|l| l.contains('^'))
        .expect("a caret line");
    let col = caret.find('^').unwrap();
    let src = text.lines().find(|l| l.contains("v=spf1 ip4")).unwrap();
    assert!(
        src[col..].starts_with("ip4:192.0.2.300") || src[col..].starts_with("192.0.2.300"),
        "{src}\n{caret}"
    );
}

#[test]
fn json_output_has_the_documented_shape() {
    let out = selo()
        .args(["validate", "--format", "json"])
        .write_stdin("v=DMARC1; p=none; p=reject")
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["type"], "dmarc");
    assert_eq!(v["valid"], false);
    let d = v["diagnostics"].as_array().unwrap();
    let dup = d
        .iter()
        .find(|d| d["severity"] == "error")
        .expect("an error");
    for key in [
        "code", "severity", "start", "end", "message", "help", "spec",
    ] {
        assert!(dup.get(key).is_some(), "missing {key}");
    }
    let (s, e) = (
        dup["start"].as_u64().unwrap() as usize,
        dup["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&"v=DMARC1; p=none; p=reject"[s..e], "p=reject");
    assert!(v["record"].is_object());
}

#[test]
fn each_line_prints_one_object_per_record() {
    let input = "v=spf1 -all\n\nv=DMARC1; p=reject\nnot a record\n";
    let out = selo()
        .args(["validate", "--each-line", "-"])
        .write_stdin(input)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["type"], "spf");
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[1]["line"], 3);
    assert_eq!(lines[2]["valid"], false);
}

#[test]
fn each_line_keeps_input_order_across_many_batches() {
    // Thousands of lines are validated in batches on several threads: the
    // output must still follow the input, line for line.
    let records = [
        "v=spf1 -all",
        "v=DMARC1; p=reject",
        "v=DMARC1; p=none; p=reject",
        "",
        "not a record",
        "v=spf1 +all",
    ];
    let lines: Vec<&str> = (0..5_000)
        .map(|i| records[(i * 7) % records.len()])
        .collect();
    let input = lines.join("\n");
    let out = selo()
        .args(["validate", "--each-line", "-"])
        .write_stdin(input)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let want: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(n, l)| (n + 1, *l))
        .collect();
    let got: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(got.len(), want.len());
    for ((n, record), v) in want.iter().zip(&got) {
        assert_eq!(v["line"], *n as u64);
        let kind = match *record {
            r if r.starts_with("v=spf1") => "spf",
            r if r.starts_with("v=DMARC1") => "dmarc",
            _ => "",
        };
        assert_eq!(v["type"].as_str().unwrap_or(""), kind, "line {n}");
    }
    // The same record gives the same object wherever it falls.
    let single = selo()
        .args(["validate", "--each-line", "-"])
        .write_stdin("v=DMARC1; p=none; p=reject\n")
        .output()
        .unwrap()
        .stdout;
    let single = String::from_utf8(single).unwrap();
    let (n, _) = want
        .iter()
        .enumerate()
        .rev()
        .find(|(_, (_, r))| *r == "v=DMARC1; p=none; p=reject")
        .unwrap();
    let line = want[n].0;
    assert_eq!(
        out.lines().nth(n).unwrap(),
        single
            .trim_end()
            .replace("\"line\":1}", &format!("\"line\":{line}}}"))
    );
}

#[test]
fn zone_file_line_and_policy_file_are_detected() {
    selo()
        .args(["validate", "--format", "json"])
        .write_stdin("_dmarc.example.com. 3600 IN TXT \"v=DMARC1; \" \"p=reject\"\n")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"type\": \"dmarc\""));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mta-sts.txt");
    std::fs::write(
        &path,
        "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800\r\n",
    )
    .unwrap();
    selo()
        .args(["validate", "--type", "auto"])
        .arg(&path)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("MTA-STS policy file"));
}

#[test]
fn portuguese_findings() {
    selo()
        .args(["--lang", "pt", "validate"])
        .write_stdin("\"v=spf1 -all")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("não tem aspas de fecho"))
        .stdout(predicate::str::contains("inválido"));
}

#[test]
fn usage_and_io_errors_exit_two() {
    selo().args(["validate", "--type", "nope"]).assert().code(2);
    selo()
        .args(["validate", "/no/such/file"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read /no/such/file"));
    selo()
        .args(["validate"])
        .write_stdin(&b"v=spf1\0-all"[..])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary"));
    selo()
        .args(["validate"])
        .write_stdin(&b"v=spf1 \xff-all"[..])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not UTF-8"));
    selo().args(["frobnicate"]).assert().code(2);
}

#[test]
fn standard_input_over_64_mib_is_refused_not_cut() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    // Written as the command reads it, never held whole here.
    let run = |lang: &str| {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("selo"))
            .args(["validate", "--each-line", "--lang", lang, "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let writer = std::thread::spawn(move || {
            let line = "v=spf1 -all\n".repeat(1 << 16);
            let mut left: u64 = (64 << 20) + 1;
            while left > 0 {
                let k = left.min(line.len() as u64) as usize;
                // The command stops reading once it has refused the input.
                if stdin.write_all(&line.as_bytes()[..k]).is_err() {
                    return;
                }
                left -= k as u64;
            }
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out
    };
    for (lang, want) in [
        (
            "en",
            "selo: error: standard input holds more than 64 MiB, the most selo reads; nothing was checked",
        ),
        (
            "pt",
            "selo: erro: a entrada padrão tem mais de 64 MiB, o máximo que o selo lê; nada foi verificado",
        ),
    ] {
        let out = run(lang);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(want), "{err}");
        assert!(out.stdout.is_empty(), "nothing was validated");
    }
}
