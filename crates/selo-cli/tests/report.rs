//! `selo report` as a user runs it: exit status, the JSON and CSV shapes,
//! both languages.

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

fn fixture(rel: &str) -> String {
    format!(
        "{}/../selo/tests/fixtures/reports/{rel}",
        env!("CARGO_MANIFEST_DIR")
    )
}

const ZIP: &str = "hostile/two-reports.zip";
const TLS: &str = "tlsrpt-reports/mail-auth/rpt01.eml";
const BAD: &str = "hostile/doctype-entities.xml";

#[test]
fn every_file_read_exits_0() {
    let out = selo()
        .args(["report", "--format", "json", &fixture(ZIP), &fixture(TLS)])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 2);
    assert_eq!(v["files"][0]["reports"].as_array().unwrap().len(), 2);
    assert_eq!(v["files"][0]["reports"][0]["kind"], "dmarc-aggregate");
    assert_eq!(v["files"][0]["reports"][0]["messages"], 3047);
    assert_eq!(v["files"][1]["reports"][0]["kind"], "tls-rpt");
    assert_eq!(v["files"][1]["reports"][0]["successful_sessions"], 5326);
    assert_eq!(v["files"][1]["reports"][0]["failed_sessions"], 303);
    assert_eq!(v["summary"]["errors"], 0);
}

#[test]
fn a_refused_file_exits_1_and_the_others_are_still_reported() {
    let out = selo()
        .args(["report", "--format", "json", &fixture(BAD), &fixture(TLS)])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["files"][0]["status"], "error");
    assert_eq!(
        v["files"][0]["error"],
        "The file declares a DOCTYPE; reports never do, and entities are not expanded."
    );
    assert_eq!(v["files"][1]["status"], "ok");
    assert_eq!(v["summary"]["errors"], 1);
}

#[test]
fn usage_errors_exit_2() {
    selo().arg("report").assert().code(2);
    selo()
        .args(["report", "--format", "yaml", &fixture(TLS)])
        .assert()
        .code(2);
}

#[test]
fn a_missing_file_exits_2_and_the_batch_goes_on() {
    // Exit status 2: the job could not be done (1 is for reports refused).
    selo()
        .args(["report", "/nonexistent/report.xml", &fixture(TLS)])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("cannot read the file"))
        .stdout(predicate::str::contains("5326"))
        .stderr(predicate::str::contains(
            "could not read /nonexistent/report.xml",
        ));
    selo()
        .args([
            "report",
            "--lang",
            "pt",
            "--format",
            "json",
            &fixture(TLS),
            "/nonexistent/report.xml",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "não foi possível ler /nonexistent/report.xml",
        ));
}

#[test]
fn a_directory_exits_2_a_refused_report_exits_1() {
    let dir = fixture("hostile");
    selo()
        .args(["report", "--format", "csv", &dir, &fixture(BAD)])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("could not read {dir}")));
    selo()
        .args(["report", "--format", "csv", &fixture(BAD)])
        .assert()
        .code(1);
}

#[test]
fn csv_has_parsedmarcs_columns_and_one_line_per_row() {
    let out = selo()
        .args(["report", "--format", "csv", &fixture(ZIP)])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with(
        "xml_schema,org_name,org_email,org_extra_contact_info,report_id,begin_date,end_date"
    ));
    for col in [
        "source_ip_address",
        "count",
        "spf_aligned",
        "dkim_aligned",
        "dmarc_aligned",
        "disposition",
        "policy_override_reasons",
        "envelope_from",
        "header_from",
        "dkim_domains",
        "dkim_selectors",
        "dkim_results",
        "spf_domains",
        "spf_scopes",
        "spf_results",
    ] {
        assert!(header.split(',').any(|c| c == col), "{col}");
    }
    // nice-input.xml has 20 rows, veeam's report 1.
    assert_eq!(lines.count(), 21);
}

#[test]
fn human_output_in_both_languages() {
    selo()
        .args(["report", &fixture(ZIP), &fixture(BAD)])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("DMARC aggregate report from"))
        .stdout(predicate::str::contains(
            "refused: The file declares a DOCTYPE",
        ));
    selo()
        .args(["report", "--lang", "pt", &fixture(TLS), &fixture(BAD)])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("sessões com êxito"))
        .stdout(predicate::str::contains(
            "recusado: O ficheiro declara um DOCTYPE",
        ));
}

/// The files the streaming tests read: plain and gzipped XML (parsed as
/// they stream), a zip, an e-mail, hostile files, a directory.
const BATCH: &[&str] = &[
    "dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml",
    "dmarc-reports/parsedmarc/extract_report/nice-input.xml.gz",
    ZIP,
    TLS,
    BAD,
    "hostile/truncated.xml.gz",
    "hostile/bomb.xml.gz",
    "hostile/invalid-utf8.json",
    "hostile",
];

#[test]
fn streamed_output_is_the_engine_s_output_byte_for_byte() {
    let files: Vec<String> = BATCH.iter().map(|r| fixture(r)).collect();
    let opts = selo::report::Options::default();
    let read: Vec<selo::report::FileResult> = files
        .iter()
        .map(|p| match std::fs::read(p) {
            Ok(bytes) => selo::report::read(p, &bytes, &opts),
            Err(e) => selo::report::FileResult {
                file: p.clone(),
                status: "error",
                error: Some(format!("cannot read the file: {e}")),
                error_detail: None,
                reports: Vec::new(),
            },
        })
        .collect();
    let run = |format: &str| {
        let mut args = vec!["report", "--format", format];
        args.extend(files.iter().map(String::as_str));
        // The directory among them cannot be read: exit status 2.
        selo()
            .args(&args)
            .assert()
            .code(2)
            .get_output()
            .stdout
            .clone()
    };
    let json = run("json");
    let want = selo::report::export::to_json(&read) + "\n";
    assert_eq!(String::from_utf8(json).unwrap(), want);
    let csv = run("csv");
    assert_eq!(
        String::from_utf8(csv).unwrap(),
        selo::report::export::to_csv(&read)
    );
}

/// A missing report file with `--lang pt`: the line of the file and the
/// error say so in Portuguese, with no English words from the system.
#[test]
fn a_missing_file_reads_in_portuguese() {
    let out = selo()
        .args(["--lang", "pt", "report", "/nonexistent/report.xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("não é possível ler o ficheiro: o ficheiro não existe"),
        "{stdout}"
    );
    assert_eq!(
        stderr.trim(),
        "selo: erro: não foi possível ler /nonexistent/report.xml"
    );
    for t in [
        stdout.replace("/nonexistent/report.xml", ""),
        stderr.replace("/nonexistent/report.xml", ""),
    ] {
        let english = selo::text::english_words(&t);
        assert!(english.is_empty(), "{english:?} in {t:?}");
    }
}
