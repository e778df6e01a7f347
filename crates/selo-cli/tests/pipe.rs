//! `selo ... | head`: when the reader of standard output goes away, every
//! output path stops quietly (no message, no panic) instead of printing
//! "Broken pipe" or failing with status 2.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

fn selo() -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin!("selo"));
    c.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    c
}

/// A file of `n` DMARC records, one per line, each with findings.
fn big_file(n: usize) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    for i in 0..n {
        writeln!(f, "v=DMARC1; p=none; pct=50; rua=mailto:r{i}@example.com").unwrap();
    }
    f
}

/// Runs `selo args` with standard output going into a pipe whose reading
/// end is already closed, so the first write fails with `EPIPE`.
fn run_into_closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = selo()
        .args(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn every_output_path_ends_quietly_when_the_reader_is_gone() {
    let big = big_file(2_000);
    let path = big.path().to_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k.pem");
    let key = key.to_str().unwrap();
    let cases: Vec<Vec<&str>> = vec![
        vec!["validate", path],
        vec!["validate", "--format", "json", path],
        vec!["validate", "--each-line", path],
        vec!["generate", "dmarc", "--domain", "example.com"],
        vec!["generate", "dmarc", "--domain", "example.com", "-f", "zone"],
        vec![
            "generate",
            "dmarc",
            "--domain",
            "example.com",
            "--rua",
            "r@example.net",
            "-f",
            "json",
        ],
        vec![
            "generate",
            "spf",
            "--domain",
            "example.com",
            "--all",
            "pass",
        ],
        vec![
            "generate",
            "dkim",
            "--domain",
            "example.com",
            "--selector",
            "s",
            "--key-type",
            "ed25519",
            "--private-key-out",
            key,
        ],
        vec![
            "generate",
            "mta-sts-policy",
            "--domain",
            "example.com",
            "--mx",
            "mail.example.com",
        ],
        vec![
            "generate",
            "mta-sts-policy",
            "--domain",
            "example.com",
            "--mx",
            "mail.example.com",
            "-f",
            "json",
        ],
    ];
    for args in cases {
        let (code, stderr) = run_into_closed_pipe(&args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("error") && !stderr.contains("panicked"),
            "{args:?} printed: {stderr}"
        );
    }
}

#[test]
fn a_reader_that_stops_after_one_line_ends_the_command_quietly() {
    // Far more than a pipe holds, so the command is still writing when
    // the reader goes.
    let big = big_file(20_000);
    let records = big.path().to_str().unwrap();
    // One policy file with many mx lines: one JSON object far larger than a pipe.
    let mut policy = tempfile::NamedTempFile::new().unwrap();
    writeln!(policy, "version: STSv1\nmode: testing\nmax_age: 86400").unwrap();
    for i in 0..5_000 {
        writeln!(policy, "mx: mx{i}.example.com").unwrap();
    }
    let policy = policy.path().to_str().unwrap();
    for args in [
        vec!["validate", "--each-line", records],
        vec!["validate", "--format", "json", policy],
    ] {
        let mut child = selo()
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty(), "{args:?}: no output");
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?} printed: {stderr}");
    }
}
