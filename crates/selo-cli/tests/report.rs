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
    let mut read: Vec<selo::report::FileResult> = files
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
    let mut batch = selo::report::sources::Batch::default();
    for f in &mut read {
        batch.add(f);
    }
    assert_eq!(batch.duplicates.len(), 1);
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
    // The files and the totals, then what the batch says as a whole.
    let json = String::from_utf8(run("json")).unwrap();
    let want = selo::report::export::to_json(&read);
    let files_and_summary = want.strip_suffix('}').unwrap();
    assert!(json.starts_with(files_and_summary));
    // A report of two-reports.zip is also in an earlier file: counted once.
    assert!(json[files_and_summary.len()..].starts_with(",\"duplicates\":[{"));
    // The CSV, with each source's columns as the engine writes them.
    let csv = run("csv");
    let views = batch.sources(&Default::default(), selo::Lang::En);
    let table: selo::report::export::SourceTable = views
        .iter()
        .map(|s| {
            let cols = selo::report::export::SourceColumns {
                view: s,
                country: None,
            };
            (s.ip.as_str(), cols)
        })
        .collect();
    let mut want = Vec::new();
    selo::report::export::write_csv_header_with_sources(&mut want).unwrap();
    let mut line = String::new();
    for f in &read {
        selo::report::export::write_csv_file_with_sources(&mut want, &mut line, f, &table).unwrap();
    }
    assert_eq!(
        String::from_utf8(csv).unwrap(),
        String::from_utf8(want).unwrap()
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

/// The batch fixtures of tests/fixtures/reports/ (sources in
/// 198.51.100.0/24 and 192.0.2.0/24, their names in tests/dns/).
fn batch(name: &str) -> String {
    format!(
        "{}/../../tests/fixtures/reports/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn the_gate_closes_when_legitimate_mail_would_fail_and_lists_the_sources() {
    let out = selo()
        .args(["report", "--gate", "reject", &batch("batch-a.xml")])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with(
            "moving to p=reject would fail 80 legitimate messages in these reports; fix these sources first:"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "  SendGrid (Twilio) (reports.test): 75 messages\n    198.51.100.20, 198.51.100.21\n"
        ),
        "{err}"
    );
    // Forged mail alone does not close it.
    selo()
        .args(["report", "--gate", "reject", &batch("clean.xml")])
        .assert()
        .code(0)
        .stderr("moving to p=reject fails no legitimate message in these reports\n");
    selo()
        .env("LANG", "pt_PT.UTF-8")
        .args(["report", "--gate", "quarantine", &batch("batch-b.xml")])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "passar para p=quarantine faria falhar 25 mensagens legítimas",
        ));
    selo()
        .args(["report", "--gate", "never", &batch("clean.xml")])
        .assert()
        .code(2);
}

#[test]
fn the_same_report_in_two_files_or_twice_in_a_zip_is_counted_once() {
    let out = selo()
        .args([
            "report",
            "--format",
            "json",
            &batch("batch-a.xml"),
            &batch("batch-b.xml"),
            &batch("batch-a-twice.zip"),
        ])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["summary"]["aggregate_reports"], 2);
    assert_eq!(v["summary"]["messages"], 290 + 114);
    assert_eq!(v["files"][2]["reports"].as_array().unwrap().len(), 0);
    let d = v["duplicates"].as_array().unwrap();
    assert_eq!(d.len(), 2);
    assert_eq!(d[0]["report_id"], "selo-batch-a-1");
    assert!(d[0]["first"].as_str().unwrap().ends_with("batch-a.xml"));
    assert!(
        d[0]["again"]
            .as_str()
            .unwrap()
            .ends_with("batch-a-twice.zip")
    );
    // The sources count each message once, with their class and fix.
    let src = v["sources"].as_array().unwrap();
    let sg = src.iter().find(|s| s["ip"] == "198.51.100.20").unwrap();
    assert_eq!(sg["messages"], 85);
    assert_eq!(sg["class"], "your-sender");
    assert_eq!(sg["sender"], "SendGrid (Twilio)");
    assert_eq!(sg["dmarc_pass"], 0);
    assert!(sg["fix"].as_str().unwrap().contains("custom DKIM domain"));
    assert_eq!(sg["ptr"], Value::Null);
    let classes: Vec<(&str, &str)> = src
        .iter()
        .map(|s| (s["ip"].as_str().unwrap(), s["class"].as_str().unwrap()))
        .collect();
    for (ip, class) in [
        ("198.51.100.10", "aligned"),
        ("198.51.100.11", "your-sender"),
        ("198.51.100.30", "forwarded"),
        ("192.0.2.50", "forged"),
    ] {
        assert!(classes.contains(&(ip, class)), "{ip} {class}: {classes:?}");
    }
    let r = &v["readiness"][0];
    assert_eq!(r["domain"], "reports.test");
    assert_eq!(r["reject"]["legitimate_messages"], 105);
    assert_eq!(r["reject"]["forged_messages"], 49);
    assert_eq!(r["next"]["record"], "v=DMARC1; p=quarantine; t=y");
    assert_eq!(
        v["selectors"][0]["check_all"],
        "?page=check&domain=reports.test&selector=old2025&selector=sel2026"
    );
    // The human output says so too.
    selo()
        .args(["report", &batch("batch-a.xml"), &batch("batch-a-twice.zip")])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("and again in ")
                .and(predicate::str::contains("batch-a-twice.zip: counted once.")),
        )
        .stdout(predicate::str::contains(
            "total: 2 files, 0 refused; 290 messages",
        ));
}

#[test]
fn the_csv_gains_the_source_columns_after_parsedmarcs() {
    let out = selo()
        .args(["report", "--format", "csv", &batch("batch-a.xml")])
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(head[36], "spf_results");
    assert_eq!(
        &head[37..],
        [
            "source_ptr_confirmed",
            "source_asn",
            "source_as_name",
            "source_sender",
            "source_class",
            "source_reason",
            "source_fix"
        ]
    );
    let sg = lines.find(|l| l.contains(",198.51.100.20,")).unwrap();
    assert!(sg.contains(",SendGrid (Twilio),,60,"), "{sg}");
    assert!(
        sg.contains(",SendGrid (Twilio),your-sender,\"DKIM passes for em123.sendgrid.net"),
        "{sg}"
    );
}

#[test]
fn resolve_options_need_resolve() {
    selo()
        .args(["report", "--resolver", "google", &batch("clean.xml")])
        .assert()
        .code(2);
}
