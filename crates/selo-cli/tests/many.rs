//! `selo check` on many domains against the DNS fixtures (tests/dns/up.sh):
//! the table, the CSV and the changes since a baseline, each compared with
//! a golden file in both languages (tests/golden/many/); JSON lines; the
//! list from a file and from standard input; the exit status.
//!
//! The baseline is the fixtures' own state saved by `--save`, edited here
//! into an older one (drift1.test had p=reject, drift2.test had a DKIM key
//! at s1 and a cheaper SPF record), so the difference is between what the
//! servers answer now and a file a user could have saved last week.
//!
//! After a deliberate change to the output, regenerate with
//! `UPDATE_GOLDEN=1 cargo test -p selo-cli --test many` and read the diff.

use serde_json::Value;
use std::path::{Path, PathBuf};

mod common;
use common::{DOH, closed_port_url, fixtures, selo};

const DOMAINS: [&str; 5] = [
    "drift1.test",
    "drift2.test",
    "drift3.test",
    "healthy.test",
    "nonexistent.test",
];

/// `selo --lang LANG check ARGS` against the fixtures: (exit code, stdout,
/// stderr).
fn check(lang: &str, args: &[&str], stdin: &str) -> (i32, String, String) {
    let ca = fixtures().join("ca.pem");
    let out = selo()
        .args(["--lang", lang, "check", "--resolver", DOH, "--ca-file"])
        .arg(&ca)
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Compares `got` with `tests/golden/many/NAME`, or writes it there under
/// UPDATE_GOLDEN.
fn golden(name: &str, got: &str) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/many")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&file)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", file.display()));
    assert_eq!(got, want, "{} differs", file.display());
}

fn temp(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    (dir, path)
}

#[test]
fn a_table_of_many_domains_matches_its_golden_files() {
    for lang in ["en", "pt"] {
        let (code, out, err) = check(lang, &DOMAINS, "");
        // nonexistent.test has an error: the worst of the domains is 1.
        assert_eq!(code, 1, "{out}{err}");
        golden(&format!("table.{lang}.out"), &out);
    }
}

#[test]
fn csv_has_one_row_per_domain_in_the_list_order() {
    let (code, out, err) = check("en", &[&DOMAINS[..], &["--format", "csv"]].concat(), "");
    assert_eq!(code, 1, "{err}");
    golden("table.csv", &out);
    let rows: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 1 + DOMAINS.len());
    assert!(
        rows[4]
            .starts_with("healthy.test,ok,ok,1,ok,reject,p,healthy.test,ok,s1,ok,enforce,ok,ok,")
    );
    // A domain that does not exist says so once.
    assert!(
        rows[5].starts_with("nonexistent.test,nxdomain,,,,"),
        "{}",
        rows[5]
    );
}

#[test]
fn a_list_from_a_file_and_standard_input_gives_json_lines() {
    let (_dir, list) = temp("domains.txt");
    std::fs::write(
        &list,
        "# our domains\n\ndrift3.test\nhealthy.test   # the main one\nHEALTHY.test\n",
    )
    .unwrap();
    let args = [
        "--domains",
        list.to_str().unwrap(),
        "-",
        "--format",
        "jsonl",
    ];
    let (code, out, err) = check("pt", &args, "drift1.test\n");
    assert_eq!(code, 0, "{err}");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let names: Vec<&str> = lines
        .iter()
        .map(|j| j["domain"].as_str().unwrap())
        .collect();
    // The file first, then standard input; a repeat once.
    assert_eq!(names, ["drift3.test", "healthy.test", "drift1.test"]);
    assert_eq!(lines[1]["checks"]["dmarc"]["policy"], "reject");
    // The verdict line in the language asked.
    assert_eq!(
        lines[1]["verdict"]["line"],
        "Nada a corrigir nem a melhorar"
    );

    // Standard input alone, when no domain is given and it is a pipe.
    let (code, out, _) = check("en", &["--format", "jsonl"], "drift3.test\n");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
}

/// Saves the three drift domains, then edits the file into an older state.
fn older_baseline(file: &Path) {
    let (code, _, err) = check(
        "en",
        &[
            "drift1.test",
            "drift2.test",
            "drift3.test",
            "--format",
            "csv",
            "--save",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("3 domain checks saved to"), "{err}");
    let mut saved: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let domains = saved["domains"].as_array_mut().unwrap();
    assert_eq!(domains.len(), 3);
    for d in domains.iter_mut() {
        d["checked"] = "2026-11-30".into();
    }
    let d1 = &mut domains[0];
    assert_eq!(d1["domain"], "drift1.test");
    assert_eq!(d1["dmarc_p"], "quarantine");
    d1["dmarc"] = serde_json::json!(["v=DMARC1; p=reject; rua=mailto:dmarc@drift1.test"]);
    for tag in ["dmarc_p", "dmarc_sp", "dmarc_np"] {
        d1[tag] = "reject".into();
    }
    let d2 = &mut domains[1];
    assert_eq!(d2["spf_lookups"], 3);
    d2["spf"] = serde_json::json!(["v=spf1 include:_spf.healthy.test -all"]);
    d2["spf_lookups"] = 1.into();
    d2["dkim"] = serde_json::json!([{
        "selector": "s1",
        "record": "v=DKIM1; k=ed25519; p=4+icbB3wxr3w2h9+JRu3SKR/9lhDW6hzuGTBWeK72tA=",
        "key_type": "ed25519",
        "bits": 256,
        "key_hash": "5b0c6e6a1a6f7d3e"
    }]);
    std::fs::write(file, serde_json::to_string_pretty(&saved).unwrap()).unwrap();
}

#[test]
fn what_got_worse_since_the_baseline_is_printed_and_exits_1() {
    let (_dir, file) = temp("baseline.json");
    older_baseline(&file);
    let base = file.to_str().unwrap();
    for lang in ["en", "pt"] {
        let args = [
            "drift1.test",
            "drift2.test",
            "drift3.test",
            "new.drift.test",
            "--baseline",
            base,
        ];
        let (code, out, err) = check(lang, &args, "");
        assert_eq!(code, 1, "{out}{err}");
        golden(&format!("changes.{lang}.out"), &out);
    }
    let (code, out, _) = check("en", &["drift1.test", "--baseline", base], "");
    assert_eq!(code, 1);
    assert!(
        out.contains("worse  DMARC p=: the policy was weakened from reject to quarantine"),
        "{out}"
    );
    // JSON lines carry the changes of each domain.
    let args = [
        "drift2.test",
        "drift3.test",
        "--baseline",
        base,
        "--format",
        "jsonl",
    ];
    let (code, out, _) = check("en", &args, "");
    assert_eq!(code, 1);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<&str> = lines[0]["changes"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"dkim-key-gone"), "{kinds:?}");
    assert!(kinds.contains(&"spf-lookups-up"), "{kinds:?}");
    assert_eq!(lines[0]["changes"]["since"], "2026-11-30");
    assert_eq!(lines[1]["changes"]["items"].as_array().unwrap().len(), 0);
}

#[test]
fn nothing_changed_since_the_baseline_exits_0_even_with_warnings() {
    let (_dir, file) = temp("baseline.json");
    let base = file.to_str().unwrap();
    let domains = ["drift1.test", "drift2.test", "drift3.test"];
    let (code, _, err) = check(
        "en",
        &[&domains[..], &["--save", base, "--format", "jsonl"]].concat(),
        "",
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = check("pt", &[&domains[..], &["--baseline", base]].concat(), "");
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.matches("Nada mudou desde").count(), 3, "{out}");
    // A CSV with a baseline has the counts of changes.
    let (code, out, _) = check(
        "en",
        &[&domains[..], &["--baseline", base, "--format", "csv"]].concat(),
        "",
    );
    assert_eq!(code, 0);
    assert!(out.lines().next().unwrap().ends_with(",changes,worse"));
    assert!(out.lines().nth(1).unwrap().ends_with(",0,0"), "{out}");
}

#[test]
fn a_domain_that_cannot_be_checked_makes_the_status_2() {
    let ca = fixtures().join("ca.pem");
    let out = selo()
        .args(["check", "drift1.test", "drift3.test", "--resolver"])
        .arg(closed_port_url())
        .arg("--ca-file")
        .arg(&ca)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("drift1.test"), "{err}");
    assert!(err.contains("drift3.test"), "{err}");
}

#[test]
fn bad_lists_and_options_are_refused() {
    let (code, _, err) = check("en", &["drift1.test", "--parallel", "0"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--parallel must be at least 1"), "{err}");
    let (code, _, err) = check("pt", &["-"], "# nada\n\n");
    assert_eq!(code, 2);
    assert!(err.contains("indique um domínio"), "{err}");
    let (_dir, file) = temp("not-a-baseline.json");
    std::fs::write(&file, "[1, 2]").unwrap();
    let (code, _, err) = check(
        "en",
        &["drift1.test", "--baseline", file.to_str().unwrap()],
        "",
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("is not a file written by selo check --save"),
        "{err}"
    );
}

#[test]
fn json_of_many_domains_is_one_array_and_one_domain_keeps_its_object() {
    let (code, out, err) = check(
        "en",
        &["drift3.test", "healthy.test", "--format", "json"],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let all: Value = serde_json::from_str(&out).unwrap();
    let names: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["domain"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["drift3.test", "healthy.test"]);
    let (code, out, _) = check("en", &["drift3.test", "--format", "json"], "");
    assert_eq!(code, 0);
    let one: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(one["domain"], "drift3.test");
    assert_eq!(one["checks"]["dkim"]["selectors"][0]["selector"], "s1");
}

#[test]
fn each_domain_of_a_list_carries_its_sender_requirements_when_asked() {
    let (code, out, err) = check(
        "en",
        &[
            "drift3.test",
            "healthy.test",
            "--requirements",
            "--format",
            "jsonl",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for line in &lines {
        let rows = line["requirements"].as_array().unwrap();
        assert!(!rows.is_empty(), "{line}");
        // Every provider is there.
        for provider in ["Gmail", "Yahoo", "Outlook.com"] {
            assert!(
                rows.iter().any(|r| r["provider"] == provider),
                "{provider}: {line}"
            );
        }
    }
    // Without the flag the objects stay as they were.
    let (_, out, _) = check("en", &["drift3.test", "--format", "jsonl"], "");
    let plain: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert!(plain.get("requirements").is_none());
}
