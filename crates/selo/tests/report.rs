//! The report reader on every shared sample, on hostile files, and
//! property tests of the CSV and JSON export.

use proptest::prelude::*;
use selo::Lang;
use selo::report::export::{CSV_COLUMNS, to_csv, to_json};
use selo::report::{
    Aggregate, DkimResult, FileResult, Limits, Options, Reason, Report, Row, SpfResult, Summary,
    read,
};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports")
}

fn read_path(rel: &str) -> FileResult {
    let p = dir().join(rel);
    let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    read(rel, &bytes, &Options::default())
}

fn manifest(corpus: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(dir().join(corpus).join("MANIFEST.jsonl")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn aggregates(f: &FileResult) -> Vec<&Aggregate> {
    f.reports
        .iter()
        .filter_map(|r| match r {
            Report::DmarcAggregate(a) => Some(a),
            _ => None,
        })
        .collect()
}

fn error_code(f: &FileResult) -> &str {
    f.error_detail.as_ref().map(|d| d.code).unwrap_or("")
}

#[test]
fn every_shared_sample_is_read_or_refused_with_its_reason() {
    let mut read_ok = 0;
    for corpus in ["dmarc-reports", "tlsrpt-reports"] {
        for entry in manifest(corpus) {
            let file = entry["file"].as_str().unwrap();
            let role = entry["role"].as_str().unwrap();
            if !role.contains("input") {
                continue;
            }
            let f = read_path(&format!("{corpus}/{file}"));
            if file == "parsedmarc/empty.xml" {
                assert_eq!(f.status, "error", "{file}");
                assert_eq!(error_code(&f), "report::empty", "{file}");
                continue;
            }
            assert_eq!(f.status, "ok", "{file}: {:?}", f.error);
            read_ok += 1;
            // The record count parsedmarc found, when it read the file.
            let pm = &entry["parsedmarc_11.1.0"];
            if pm["ok"] == true && pm["report_type"] == "aggregate" {
                let rows: u64 = aggregates(&f).iter().map(|a| a.rows).sum();
                assert_eq!(Some(rows), pm["records"].as_u64(), "{file}");
            }
            if corpus == "tlsrpt-reports" {
                assert!(matches!(f.reports[0], Report::TlsRpt(_)), "{file}");
            }
        }
    }
    assert_eq!(read_ok, 52);
}

/// mail-auth's expected output: the totals the issue defines, computed
/// from Stalwart's own parse.
#[test]
fn totals_match_mail_auth_expected_output() {
    let mut checked = 0;
    for entry in manifest("dmarc-reports") {
        let file = entry["file"].as_str().unwrap();
        if !(file.starts_with("mail-auth/") && file.ends_with(".json")) {
            continue;
        }
        let stem = file.trim_end_matches(".json");
        let input = ["xml", "eml"]
            .iter()
            .map(|e| format!("{stem}.{e}"))
            .find(|p| dir().join("dmarc-reports").join(p).exists())
            .unwrap();
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join("dmarc-reports").join(file)).unwrap(),
        )
        .unwrap();
        let f = read_path(&format!("dmarc-reports/{input}"));
        let a = aggregates(&f)[0];
        let records = expected["record"].as_array().unwrap();
        let mut messages = 0;
        let mut pass = 0;
        let mut spf = 0;
        let mut dkim = 0;
        for r in records {
            let n = r["row"]["count"].as_u64().unwrap();
            let pe = &r["row"]["policy_evaluated"];
            let d = pe["dkim"] == "Pass";
            let s = pe["spf"] == "Pass";
            messages += n;
            pass += if d || s { n } else { 0 };
            spf += if s { n } else { 0 };
            dkim += if d { n } else { 0 };
        }
        let meta = &expected["report_metadata"];
        assert_eq!(a.rows, records.len() as u64, "{input}");
        assert_eq!(
            (a.messages, a.dmarc_pass, a.spf_aligned, a.dkim_aligned),
            (messages, pass, spf, dkim),
            "{input}"
        );
        assert_eq!(a.org_name, meta["org_name"].as_str().unwrap(), "{input}");
        assert_eq!(a.report_id, meta["report_id"].as_str().unwrap(), "{input}");
        assert_eq!(
            a.begin_ts,
            meta["date_range"]["begin"].as_i64().unwrap(),
            "{input}"
        );
        assert_eq!(a.end_ts, meta["date_range"]["end"].as_i64().unwrap());
        assert_eq!(a.domain, expected["policy_published"]["domain"]);
        let first = &records[0];
        assert_eq!(a.records[0].source_ip, first["row"]["source_ip"]);
        assert_eq!(
            a.records[0].dkim_results.len(),
            first["auth_results"]["dkim"].as_array().unwrap().len()
        );
        checked += 1;
    }
    assert_eq!(checked, 10);
}

/// The TLS reports in e-mail parse to the JSON of the same stem.
#[test]
fn tls_reports_in_mail_match_their_json() {
    for stem in ["mail-auth/rpt01", "mail-auth/rpt02"] {
        let json = read_path(&format!("tlsrpt-reports/{stem}.json"));
        let eml = read_path(&format!("tlsrpt-reports/{stem}.eml"));
        assert_eq!(json.reports, eml.reports, "{stem}");
        let v: Value = serde_json::from_str(
            &std::fs::read_to_string(dir().join(format!("tlsrpt-reports/{stem}.json"))).unwrap(),
        )
        .unwrap();
        let mut ok = 0;
        let mut failed = 0;
        for p in v["policies"].as_array().unwrap() {
            ok += p["summary"]["total-successful-session-count"]
                .as_u64()
                .unwrap_or(0);
            failed += p["summary"]["total-failure-session-count"]
                .as_u64()
                .unwrap_or(0);
        }
        let Report::TlsRpt(t) = &json.reports[0] else {
            panic!()
        };
        assert_eq!((t.successful_sessions, t.failed_sessions), (ok, failed));
    }
}

#[test]
fn tls_wild_variants_are_read_with_a_note() {
    let codes = |rel: &str| -> Vec<&'static str> {
        let f = read_path(rel);
        let Report::TlsRpt(t) = &f.reports[0] else {
            panic!("{rel}")
        };
        t.notes.iter().map(|n| n.code).collect()
    };
    let c = codes("tlsrpt-reports/mail-auth/rpt03.json");
    assert!(c.contains(&"report::tls-no-policy-domain"), "{c:?}");
    assert!(c.contains(&"report::tls-unknown-policy-type"), "{c:?}");
    let c = codes("tlsrpt-reports/parsedmarc/mail.ru.json");
    assert!(c.contains(&"report::tls-no-sending-ip"), "{c:?}");
    let c = codes("tlsrpt-reports/parsedmarc/rfc8460.json");
    assert!(c.contains(&"report::tls-mx-host-string"), "{c:?}");
    // RFC 8460 section 4.9: 5326 successful, 303 failed, explained.
    let f = read_path("tlsrpt-reports/mox/reportJSON.json");
    let Report::TlsRpt(t) = &f.reports[0] else {
        panic!()
    };
    assert_eq!((t.successful_sessions, t.failed_sessions), (5326, 303));
    let p = &t.policies[0];
    assert_eq!(p.policy_type, "sts");
    assert_eq!(p.mode.as_deref(), Some("testing"));
    assert!(p.advice.as_deref().unwrap().contains("enforce"));
    assert!(!p.failures[0].explanation.is_empty());
}

#[test]
fn schemas_and_tolerances() {
    let a = |rel: &str| {
        let f = read_path(rel);
        assert_eq!(f.status, "ok", "{rel}: {:?}", f.error);
        aggregates(&f)[0].clone()
    };
    let bis = a(
        "dmarc-reports/parsedmarc/aggregate/rfc9990-example.net!example.com!1700000000!1700086399.xml",
    );
    assert_eq!(bis.xml_schema, "2.0");
    assert!(bis.policy.np.is_some());
    assert!(bis.policy.testing.is_some());
    assert!(bis.policy.discovery_method.is_some());
    assert!(bis.records.iter().any(|r| r.envelope_from.is_some()));
    let draft = a("dmarc-reports/parsedmarc/aggregate/old_draft_from_wiki.xml");
    assert_eq!(draft.xml_schema, "draft");
    assert!(draft.notes.iter().any(|n| n.code == "report::old-draft"));
    let upper = a("dmarc-reports/parsedmarc/aggregate_invalid/report_with_upper_cased_pass.xml");
    assert!(
        upper
            .notes
            .iter()
            .any(|n| n.code == "report::upper-case-word")
    );
    assert!(upper.dmarc_pass > 0);
    let utf8 = a("dmarc-reports/parsedmarc/aggregate/invalid_utf_8.xml");
    assert!(utf8.notes.iter().any(|n| n.code == "report::lossy-utf8"));
    assert!(utf8.records[0].header_from.contains('\u{fffd}'));
    let broken = a("dmarc-reports/parsedmarc/aggregate/invalid_xml.xml");
    assert!(
        broken
            .notes
            .iter()
            .any(|n| n.code == "report::recovered-xml")
    );
    let big = a("dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml");
    assert_eq!(big.rows, 2286);
    assert_eq!(
        big.sources.iter().map(|s| s.messages).sum::<u64>(),
        big.messages
    );
    assert_eq!(big.begin, "2024-03-31T15:00:00Z");
}

#[test]
fn failing_sources_get_a_likely_fix() {
    let f = read_path(
        "dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml",
    );
    let a = aggregates(&f)[0];
    let failing: Vec<_> = a
        .sources
        .iter()
        .filter(|s| s.dmarc_pass < s.messages)
        .collect();
    assert!(!failing.is_empty());
    for s in &failing {
        let fix = s.fix.as_ref().expect("a failing source has a fix");
        assert!(!fix.advice.is_empty(), "{}", s.ip);
    }
    assert!(
        a.sources
            .iter()
            .filter(|s| s.dmarc_pass == s.messages)
            .all(|s| s.fix.is_none())
    );

    // A vendor the SPF presets know, found by its envelope domain.
    let xml = br#"<feedback><report_metadata><org_name>r.example</org_name><report_id>7</report_id>
<date_range><begin>1700000000</begin><end>1700086399</end></date_range></report_metadata>
<policy_published><domain>example.com</domain><p>none</p></policy_published>
<record><row><source_ip>198.51.100.7</source_ip><count>40</count><policy_evaluated>
<disposition>none</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
<identifiers><header_from>example.com</header_from></identifiers><auth_results>
<dkim><domain>sendgrid.info</domain><selector>smtpapi</selector><result>pass</result></dkim>
<spf><domain>em123.bounces.sendgrid.net</domain><result>pass</result></spf></auth_results></record></feedback>"#;
    let f = read("v.xml", xml, &Options::default());
    let a = aggregates(&f)[0];
    let fix = a.sources[0].fix.as_ref().unwrap();
    assert_eq!(fix.preset, Some("sendgrid"));
    assert_eq!(fix.include, Some("sendgrid.net"));
    assert!(
        fix.advice
            .iter()
            .any(|l| l.contains("include:sendgrid.net"))
    );
    assert!(
        fix.advice
            .iter()
            .any(|l| l.contains("DKIM passes for sendgrid.info"))
    );
}

#[test]
fn hostile_files_each_get_their_own_error() {
    for (file, code) in [
        ("hostile/doctype-entities.xml", "report::doctype"),
        ("hostile/external-entity.xml", "report::entity"),
        ("hostile/bomb.xml.gz", "report::too-big"),
        ("hostile/truncated.zip", "report::bad-zip"),
        ("hostile/truncated.xml.gz", "report::bad-gzip"),
        ("hostile/random.bin", "report::unknown-content"),
        ("hostile/empty.json", "report::empty"),
        ("hostile/broken.json", "report::bad-json"),
        ("hostile/invalid-utf8.json", "report::invalid-utf8"),
        ("hostile/not-a-report.xml", "report::not-dmarc-xml"),
        ("hostile/truncated.xml", "report::incomplete-xml"),
    ] {
        let f = read_path(file);
        assert_eq!(f.status, "error", "{file}");
        assert_eq!(error_code(&f), code, "{file}: {:?}", f.error);
        assert!(f.reports.is_empty());
        let pt = read(
            file,
            &std::fs::read(dir().join(file)).unwrap(),
            &Options {
                lang: Lang::Pt,
                ..Options::default()
            },
        );
        assert_ne!(pt.error, f.error, "{file} has a Portuguese error");
    }
    let f = read_path("hostile/doctype-entities.xml");
    assert_eq!(
        f.error.as_deref(),
        Some("The file declares a DOCTYPE; reports never do, and entities are not expanded.")
    );
}

#[test]
fn the_size_budget_is_a_setting() {
    let bytes =
        std::fs::read(dir().join("dmarc-reports/parsedmarc/extract_report/nice-input.xml.gz"))
            .unwrap();
    let tight = Options {
        limits: Limits {
            max_output: 4096,
            ..Limits::default()
        },
        ..Options::default()
    };
    assert_eq!(error_code(&read("x", &bytes, &tight)), "report::too-big");
    let ratio = Options {
        limits: Limits {
            max_ratio: 2,
            ratio_floor: 0,
            ..Limits::default()
        },
        ..Options::default()
    };
    assert_eq!(error_code(&read("x", &bytes, &ratio)), "report::too-big");
    assert_eq!(read("x", &bytes, &Options::default()).status, "ok");
}

#[test]
fn a_batch_reads_the_good_files_beside_the_bad() {
    let files: Vec<FileResult> = [
        "hostile/two-reports.zip",
        "hostile/random.bin",
        "tlsrpt-reports/mail-auth/rpt01.eml",
        "dmarc-reports/mox/google.eml",
        "hostile/doctype-entities.xml",
    ]
    .iter()
    .map(|f| read_path(f))
    .collect();
    let s = Summary::of(&files);
    assert_eq!(s.files, 5);
    assert_eq!(s.errors, 2);
    assert_eq!(s.aggregate_reports, 3);
    assert_eq!(s.tls_reports, 1);
    let zip = &files[0];
    assert_eq!(aggregates(zip).len(), 2, "every report in the zip");
    assert!(
        aggregates(zip)[0]
            .notes
            .iter()
            .any(|n| n.code == "report::skipped-entry" && n.message.contains("readme.txt"))
    );
    assert_eq!(s.messages, 3047 + 1 + 5);
}

#[test]
fn failure_reports_show_headers_not_the_body() {
    let f = read_path("hostile/failure-rfc6591.eml");
    assert_eq!(f.status, "ok", "{:?}", f.error);
    let Report::DmarcFailure(r) = &f.reports[0] else {
        panic!("{:?}", f.reports)
    };
    assert_eq!(r.feedback_type, "auth-failure");
    assert_eq!(r.auth_failure.as_deref(), Some("dmarc"));
    assert_eq!(r.source_ip.as_deref(), Some("192.0.2.1"));
    assert_eq!(r.reported_domain.as_deref(), Some("example.com"));
    assert!(
        r.reported_headers
            .iter()
            .any(|(k, v)| k == "Subject" && v == "Earn money")
    );
    assert_eq!(r.reported_body, None);
    assert!(r.notes.iter().any(|n| n.code == "report::body-hidden"));
    let json = to_json(std::slice::from_ref(&f));
    assert!(!json.contains("Spam Spam"));
    let asked = read(
        "f",
        &std::fs::read(dir().join("hostile/failure-rfc6591.eml")).unwrap(),
        &Options {
            include_body: true,
            ..Options::default()
        },
    );
    let Report::DmarcFailure(r) = &asked.reports[0] else {
        panic!()
    };
    assert!(r.reported_body.as_deref().unwrap().contains("Spam Spam"));
}

#[test]
fn json_has_the_issue_shape() {
    let files = vec![
        read_path(
            "dmarc-reports/parsedmarc/aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz",
        ),
        read_path("tlsrpt-reports/mail-auth/rpt01.json"),
        read_path("hostile/doctype-entities.xml"),
    ];
    let v: Value = serde_json::from_str(&to_json(&files)).unwrap();
    let a = &v["files"][0]["reports"][0];
    assert_eq!(v["files"][0]["status"], "ok");
    assert_eq!(v["files"][0]["error"], Value::Null);
    assert_eq!(a["kind"], "dmarc-aggregate");
    for k in [
        "org_name",
        "report_id",
        "domain",
        "begin",
        "end",
        "messages",
        "dmarc_pass",
        "spf_aligned",
        "dkim_aligned",
        "rows",
        "policy",
        "sources",
        "notes",
    ] {
        assert!(!a[k].is_null(), "{k}");
    }
    let t = &v["files"][1]["reports"][0];
    assert_eq!(t["kind"], "tls-rpt");
    assert_eq!(t["successful_sessions"], 5326);
    assert_eq!(t["failed_sessions"], 303);
    assert_eq!(v["files"][2]["status"], "error");
    assert_eq!(v["files"][2]["reports"].as_array().unwrap().len(), 0);
    assert_eq!(v["summary"]["errors"], 1);
}

// ------------------------------------------------------------ properties

/// A small RFC 4180 reader, to read the export back.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else {
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\r' if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                _ => field.push(c),
            }
        }
    }
    rows
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9.-]{0,12}", ".{0,16}", "[ ,\"\r\na-z]{0,10}",]
}

prop_compose! {
    fn row()(ip in text(), count in 0u64..1_000_000, dkim in prop::bool::ANY, spf in prop::bool::ANY,
             hf in text(), ef in proptest::option::of(text()), dd in text(), sel in text(),
             reason in text(), disp in text()) -> Row {
        Row {
            source_ip: ip, count,
            disposition: disp,
            dkim: if dkim { "pass".into() } else { "fail".into() },
            spf: if spf { "pass".into() } else { "fail".into() },
            reasons: vec![Reason { kind: reason, comment: None }],
            header_from: hf, envelope_from: ef, envelope_to: None,
            dkim_results: vec![DkimResult { domain: dd, selector: Some(sel), result: "pass".into(), human_result: None }],
            spf_results: vec![SpfResult { domain: "example.com".into(), scope: Some("mfrom".into()), result: "fail".into() }],
        }
    }
}

prop_compose! {
    fn aggregate()(org in text(), id in text(), domain in text(), rows in prop::collection::vec(row(), 0..6)) -> Aggregate {
        let mut a = Aggregate { org_name: org, report_id: id, domain, xml_schema: "1.0".into(), ..Aggregate::default() };
        a.rows = rows.len() as u64;
        a.messages = rows.iter().map(|r| r.count).sum();
        a.records = rows;
        a
    }
}

fn file_of(a: Aggregate) -> FileResult {
    FileResult {
        file: "p.xml".into(),
        status: "ok",
        error: None,
        error_detail: None,
        reports: vec![Report::DmarcAggregate(a)],
    }
}

proptest! {
    #[test]
    fn csv_round_trips(a in aggregate()) {
        let files = vec![file_of(a.clone())];
        let rows = parse_csv(&to_csv(&files));
        prop_assert_eq!(rows.len(), a.records.len() + 1);
        prop_assert_eq!(&rows[0], &CSV_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>());
        let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
        for (line, r) in rows[1..].iter().zip(&a.records) {
            prop_assert_eq!(line.len(), CSV_COLUMNS.len());
            prop_assert_eq!(&line[col("org_name")], &a.org_name);
            prop_assert_eq!(&line[col("report_id")], &a.report_id);
            prop_assert_eq!(&line[col("source_ip_address")], &r.source_ip);
            prop_assert_eq!(&line[col("count")], &r.count.to_string());
            prop_assert_eq!(&line[col("header_from")], &r.header_from);
            prop_assert_eq!(&line[col("envelope_from")], r.envelope_from.as_deref().unwrap_or(""));
            prop_assert_eq!(&line[col("dkim_selectors")], r.dkim_results[0].selector.as_deref().unwrap());
            let aligned = if r.dkim == "pass" || r.spf == "pass" { "True" } else { "False" };
            prop_assert_eq!(&line[col("dmarc_aligned")], aligned);
        }
    }

    #[test]
    fn json_round_trips(a in aggregate()) {
        let files = vec![file_of(a.clone())];
        let v: Value = serde_json::from_str(&to_json(&files)).unwrap();
        let r = &v["files"][0]["reports"][0];
        prop_assert_eq!(r["org_name"].as_str().unwrap(), a.org_name.as_str());
        prop_assert_eq!(r["messages"].as_u64().unwrap(), a.messages);
        prop_assert_eq!(v["summary"]["messages"].as_u64().unwrap(), a.messages);
        let recs = r["records"].as_array().unwrap();
        prop_assert_eq!(recs.len(), a.records.len());
        for (j, row) in recs.iter().zip(&a.records) {
            prop_assert_eq!(j["source_ip"].as_str().unwrap(), row.source_ip.as_str());
            prop_assert_eq!(j["count"].as_u64().unwrap(), row.count);
        }
    }

    #[test]
    fn any_bytes_give_a_result_not_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let f = read("x", &bytes, &Options::default());
        prop_assert!(f.status == "ok" || f.error.is_some());
    }

    #[test]
    fn cut_reports_give_a_result_not_a_panic(cut in 0usize..1200) {
        let bytes = std::fs::read(dir().join("hostile/two-reports.zip")).unwrap();
        let f = read("x", &bytes[..cut.min(bytes.len())], &Options::default());
        prop_assert!(f.status == "ok" || f.error.is_some());
    }
}

/// Found by fuzz/report_read: a message/rfc822 part nested in another, both
/// broken, inside a multipart mail. mail-parser's debug-build assertion
/// panicked on it; it is read like any mail that holds no report.
#[test]
fn a_broken_nested_rfc822_part_is_refused_not_a_panic() {
    let mail = b"FEi:0\nContent-Type: multipart;\n   boundary=part1_13d.2e68ed54_boundary\"\n\n--part1_13d.2e68ed54_boundary\nContent-Type: message/rfc822\n\n_bou\nContent-Type: message/rfc822\nCne\n\n\n--part1_13d.2e68ed54_boundary--\n";
    let f = read("broken.eml", mail, &Options::default());
    assert_eq!(f.status, "error", "{f:?}");
    assert!(f.reports.is_empty());
    assert!(f.error.is_some());
}
