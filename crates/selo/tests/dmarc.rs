//! DMARC: corpus rows, round trips, spans, fixes and property tests.
//!
//! The corpus rows live in `fixtures/dmarc/corpus.jsonl`, copied from
//! `shared/corpora/records/dmarc.jsonl` with their `source` and `license`.
//! Each row gets `kind` (policy record or report authorization record),
//! `expect_rfc` (valid under RFC 9989 as Selo reads it) and `expect_codes`
//! (every code Selo must emit); where `expect_rfc` differs from the
//! source's `valid`, `rfc_note` says which RFC text the test follows.

use proptest::prelude::*;
use selo::dmarc::{
    self, Alignment, Dmarc, FailureOption, Policy, Psd, ReportAuth, ReportUri, UnknownTag,
};
use selo::{Applicability, Diagnostic, DomainName, Lang, Parsed, Severity};

mod common;
use common::{check_diagnostics, check_safe_fixes, codes, mutations, rows, safe_fixed};

struct Row {
    n: usize,
    record: String,
    source_valid: Option<bool>,
    kind: String,
    expect_rfc: bool,
    /// Sorted, each code once.
    expect_codes: Vec<String>,
    expects_warning: bool,
    note: Option<String>,
}

fn corpus() -> Vec<Row> {
    rows("dmarc/corpus.jsonl")
        .into_iter()
        .map(|v| {
            assert!(v["source"].is_string() && v["license"].is_string());
            Row {
                n: v["row"].as_u64().unwrap() as usize,
                record: v["record"].as_str().unwrap().to_string(),
                source_valid: v["valid"].as_bool(),
                kind: v["kind"].as_str().unwrap().to_string(),
                expect_rfc: v["expect_rfc"].as_bool().unwrap(),
                expect_codes: {
                    let mut c: Vec<String> = v["expect_codes"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|c| c.as_str().unwrap().to_string())
                        .collect();
                    c.sort_unstable();
                    c.dedup();
                    c
                },
                expects_warning: v["expects_warning"].as_bool().unwrap_or(false),
                note: v["rfc_note"].as_str().map(str::to_string),
            }
        })
        .collect()
}

#[test]
fn corpus_has_every_row() {
    let rows = corpus();
    assert_eq!(rows.len(), 115);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.n, i);
    }
}

#[test]
fn corpus_rows_are_valid_or_invalid_per_rfc_9989() {
    for row in corpus() {
        if row.kind == "report-auth" {
            let p = dmarc::parse_report_auth(&row.record);
            assert_eq!(
                p.is_valid(),
                row.expect_rfc,
                "row {}: {:?}",
                row.n,
                row.record
            );
            // As a policy record the same text has no p and no rua.
            assert!(dmarc::parse(&row.record).has("dmarc::no-policy"));
            continue;
        }
        let p = dmarc::parse(&row.record);
        assert_eq!(
            p.is_valid(),
            row.expect_rfc,
            "row {}: {:?} {:?}",
            row.n,
            row.record,
            p.diagnostics
        );
        // The fixture lists which codes appear, not how often.
        let mut got = codes(&p);
        got.dedup();
        assert_eq!(got, row.expect_codes, "row {}: {:?}", row.n, row.record);
        // Where the source disagrees with the RFC, the fixture says why.
        if row.source_valid.is_some() && row.source_valid != Some(row.expect_rfc) {
            assert!(row.note.is_some(), "row {} needs an rfc_note", row.n);
        }
        // checkdmarc's "expects a warning" rows get at least one warning,
        // except rows 42 and 43, whose warning is about a (mocked) MX lookup
        // of the report destination: DNS, not the record text.
        if row.expects_warning && ![42, 43].contains(&row.n) {
            assert!(
                p.diagnostics
                    .iter()
                    .any(|d| d.severity >= Severity::Warning),
                "row {}",
                row.n
            );
        }
    }
}

#[test]
fn corpus_round_trips_through_display() {
    for row in corpus() {
        if let Some(r) = dmarc::parse(&row.record).value {
            let text = r.to_string();
            let again = dmarc::parse(&text).value.unwrap();
            assert_eq!(again, r, "row {}: {:?} -> {:?}", row.n, row.record, text);
            assert_eq!(again.to_string(), text);
        }
        if let Some(r) = dmarc::parse_report_auth(&row.record).value {
            let text = r.to_string();
            assert_eq!(
                dmarc::parse_report_auth(&text).value.unwrap(),
                r,
                "row {}",
                row.n
            );
        }
    }
}

#[test]
fn spans_stay_inside_the_input_for_corpus_and_mutations() {
    for row in corpus() {
        for m in mutations(&row.record, 1, &[";", "=", ",", "!", " ", "é", "\t", ":"]) {
            check_diagnostics(&m, &dmarc::parse(&m).diagnostics, dmarc::MESSAGES);
            let a = dmarc::parse_report_auth(&m);
            check_diagnostics(&m, &a.diagnostics, dmarc::MESSAGES);
        }
    }
}

/// In DMARC a Safe fix never turns text without a model into a record
/// (the shared check already makes sure it never loses one).
fn no_fix_makes_a_record<T>(input: &str, parse: fn(&str) -> Parsed<T>) {
    let before = parse(input);
    for (d, fixed) in safe_fixed(input, &before.diagnostics) {
        assert_eq!(
            parse(&fixed).value.is_some(),
            before.value.is_some(),
            "fix for {}: {input:?} -> {fixed:?}",
            d.code
        );
    }
}

#[test]
fn safe_fixes_remove_their_finding_and_add_no_error() {
    let mut inputs: Vec<String> = corpus().into_iter().map(|r| r.record).collect();
    inputs.extend(
        [
            "v=dmarc1; p=reject; rua=mailto:a@example.com",
            "v=DMARC1 p=reject rua=mailto:a@example.com",
            "v=DMARC1; p=reject; p=reject; rua=mailto:a@example.com",
            "v=DMARC1; p=reject; pct=100; rf=afrf; ri=86400; rua=mailto:a@example.com",
            "v=DMARC1; sp=none; p=reject; rua=mailto:a@example.com",
            "v=DMARC1; rua=mailto:a@example.com; p=reject",
            "v=DMARC1; p=reject; rua=mailto:a@example.com,,mailto:b@example.com,",
            "v=DMARC1;; p=reject;; rua=mailto:a@example.com",
            "v=DMARC1; p=reject; rua=mailto:a@example.com!10m,mailto:b@example.com!5k",
        ]
        .map(String::from),
    );
    let mut applied = 0;
    for input in &inputs {
        applied += check_safe_fixes(input, dmarc::parse);
        no_fix_makes_a_record(input, dmarc::parse);
    }
    for input in [
        "v=DMARC1; p=none; fo=1",
        "v=DMARC1; v=DMARC1",
        "v=DMARC1;; rua=mailto:x@example.net",
    ] {
        applied += check_safe_fixes(input, dmarc::parse_report_auth);
        no_fix_makes_a_record(input, dmarc::parse_report_auth);
    }
    assert!(applied >= 25, "only {applied} safe fixes were exercised");
}

fn find<'a, T>(p: &'a Parsed<T>, code: &str) -> &'a Diagnostic {
    p.diagnostics
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code} in {:?}", p.diagnostics))
}

#[test]
fn removed_tags_are_safe_to_remove_only_at_their_defaults() {
    for (input, tag, safe) in [
        ("v=DMARC1; p=reject; pct=100", "pct=100", true),
        ("v=DMARC1; p=reject; rf=AFRF", "rf=AFRF", true),
        ("v=DMARC1; p=reject; ri=86400", "ri=86400", true),
        ("v=DMARC1; p=reject; ri=3600", "ri=3600", false),
        ("v=DMARC1; p=reject; rf=iodef", "rf=iodef", false),
        ("v=DMARC1; p=reject; pct=120", "pct=120", false),
    ] {
        let p = dmarc::parse(input);
        let d = find(&p, "dmarc::removed-tag");
        assert_eq!(&input[d.primary.range()], tag);
        assert_eq!(d.severity, Severity::Warning);
        let fix = d.fix.as_ref().unwrap();
        assert_eq!(fix.applicability == Applicability::Safe, safe, "{input}");
        assert_eq!(fix.apply(input), "v=DMARC1; p=reject");
        assert!(d.message.contains("RFC 9989") && d.message.contains("RFC 7489"));
    }
}

#[test]
fn pct_below_100_points_to_t_y() {
    let input = "v=DMARC1; p=quarantine; pct=0; rua=mailto:a@example.com";
    let p = dmarc::parse(input);
    let d = find(&p, "dmarc::pct-partial");
    assert!(d.help.contains("t=y"));
    let fix = d.fix.as_ref().unwrap();
    assert_eq!(fix.applicability, Applicability::MaybeIncorrect);
    assert_eq!(
        fix.apply(input),
        "v=DMARC1; p=quarantine; t=y; rua=mailto:a@example.com"
    );
    let p = dmarc::parse("v=DMARC1; p=reject; pct=25; rua=mailto:a@example.com");
    assert!(find(&p, "dmarc::pct-partial").message.contains("25%"));
    assert!(!p.has("dmarc::removed-tag"));
}

#[test]
fn report_uris_are_checked() {
    let input = "v=DMARC1; p=reject; rua=https://example.com/r,mailto:a@example.com,mailto:b@example.com; ruf=mailto:bad address@example.com";
    let p = dmarc::parse(input);
    assert_eq!(
        &input[find(&p, "dmarc::bad-scheme").primary.range()],
        "https://example.com/r"
    );
    assert_eq!(
        &input[find(&p, "dmarc::many-uris").primary.range()],
        "mailto:b@example.com"
    );
    assert_eq!(
        &input[find(&p, "dmarc::bad-mailto").primary.range()],
        "mailto:bad address@example.com"
    );
    // The broken URI is kept as written.
    let r = p.value.unwrap();
    assert_eq!(r.ruf[0].as_str(), "mailto:bad address@example.com");
    assert_eq!(r.rua.len(), 3);

    let input = "v=DMARC1; p=none; rua=reports@example.com";
    let p = dmarc::parse(input);
    let fix = find(&p, "dmarc::bad-uri").fix.clone().unwrap();
    assert_eq!(
        fix.apply(input),
        "v=DMARC1; p=none; rua=mailto:reports@example.com"
    );
    assert_eq!(fix.applicability, Applicability::MaybeIncorrect);

    let input = "v=DMARC1; p=none; rua=mailto:a@example.com!10m";
    let p = dmarc::parse(input);
    let d = find(&p, "dmarc::obsolete-size");
    assert_eq!(&input[d.primary.range()], "!10m");
    assert_eq!(p.value.unwrap().rua[0].size(), Some("10m"));
}

#[test]
fn missing_rua_and_ruf_advice() {
    let p = dmarc::parse("v=DMARC1; p=quarantine");
    let d = find(&p, "dmarc::missing-rua");
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("aggregate"));
    let p = dmarc::parse("v=DMARC1; p=reject; rua=mailto:a@example.com; ruf=mailto:f@example.com");
    assert_eq!(find(&p, "dmarc::ruf-privacy").severity, Severity::Info);
    assert!(p.is_valid());
}

#[test]
fn policy_advice_p_none_sp_np_and_testing() {
    let p = dmarc::parse("v=DMARC1; p=none; rua=mailto:a@example.com");
    let d = find(&p, "dmarc::monitoring-only");
    assert!(d.help.contains("p=quarantine") && d.help.contains("p=reject"));
    let input = "v=DMARC1; p=reject; sp=none; np=none; t=y; rua=mailto:a@example.com";
    let p = dmarc::parse(input);
    assert_eq!(
        &input[find(&p, "dmarc::weaker-subdomain").primary.range()],
        "sp=none"
    );
    // np falls back to sp, which is none: no np warning.
    assert!(!p.has("dmarc::weaker-nonexistent"));
    assert_eq!(
        &input[find(&p, "dmarc::testing-mode").primary.range()],
        "t=y"
    );
    let p = dmarc::parse("v=DMARC1; p=reject; np=none; rua=mailto:a@example.com");
    assert!(
        find(&p, "dmarc::weaker-nonexistent")
            .message
            .contains("reject")
    );
}

#[test]
fn unknown_tags_are_kept_in_order() {
    let p = dmarc::parse("v=DMARC1; p=reject; zz=1; rua=mailto:a@example.com; aa=2");
    let r = p.value.unwrap();
    let names: Vec<&str> = r.other.iter().map(UnknownTag::name).collect();
    assert_eq!(names, ["zz", "aa"]);
    assert_eq!(
        r.to_string(),
        "v=DMARC1; p=reject; rua=mailto:a@example.com; zz=1; aa=2"
    );
}

#[test]
fn other_record_types_are_named() {
    for (input, word) in [
        ("v=spf1 -all", "SPF"),
        ("v=DKIM1; k=rsa; p=MIGf", "DKIM"),
        ("v=BIMI1; l=https://example.com/l.svg", "BIMI"),
        ("v=STSv1; id=1", "MTA-STS"),
        ("v=TLSRPTv1; rua=mailto:a@example.com", "TLS-RPT"),
    ] {
        let p = dmarc::parse(input);
        assert!(p.value.is_none(), "{input}");
        assert!(find(&p, "dmarc::other-type").message.contains(word));
    }
    // The kind is words in each language, not an English phrase pasted
    // into both (issue 6: "Publish the an SPF record", "Isto é an SPF record").
    let p = dmarc::parse("v=spf1 -all");
    let d = find(&p, "dmarc::other-type");
    assert_eq!(
        d.message_in(Lang::En),
        "This is an SPF record, not a DMARC record: a DMARC record starts with v=DMARC1."
    );
    assert!(
        d.help_in(Lang::En)
            .starts_with("That is an SPF record: publish it")
    );
    assert_eq!(
        d.message_in(Lang::Pt),
        "Isto é um registo SPF, não um registo DMARC: um registo DMARC começa por v=DMARC1."
    );
    assert!(
        d.help_in(Lang::Pt)
            .starts_with("Isso é um registo SPF: publique-o")
    );
    for lang in [Lang::En, Lang::Pt] {
        assert!(!d.help_in(lang).contains("the an"), "{lang:?}");
    }
    assert!(!d.help_in(Lang::Pt).contains("record"));
    assert!(dmarc::parse("hello").has("dmarc::not-dmarc"));
    assert!(dmarc::parse("  ").has("dmarc::empty"));
    // Recognisable without v=: kept, with an error.
    let p = dmarc::parse("p=reject; rua=mailto:a@example.com");
    assert!(p.value.is_some() && p.has("dmarc::missing-version"));
}

#[test]
fn owner_names_and_external_destinations() {
    let d = DomainName::try_from("example.com").unwrap();
    assert_eq!(
        dmarc::owner_name(&d).unwrap().as_str(),
        "_dmarc.example.com"
    );
    let dest = DomainName::try_from("elsewhere.com").unwrap();
    assert_eq!(
        dmarc::report_auth_owner(&d, &dest).unwrap().as_str(),
        "example.com._report._dmarc.elsewhere.com"
    );
    // Corpus rows 41 and 44 (checkdmarc cross-domain tests).
    let r = dmarc::parse("v=DMARC1; p=reject; rua=mailto:dmarc@elsewhere.com")
        .value
        .unwrap();
    assert_eq!(dmarc::external_destinations(&r, &d), vec![dest.clone()]);
    let r = dmarc::parse(
        "v=DMARC1; p=reject; rua=mailto:dmarc@example.com; ruf=mailto:forensic@elsewhere.com!5m",
    )
    .value
    .unwrap();
    assert_eq!(dmarc::external_destinations(&r, &d), vec![dest]);
    let sub = DomainName::try_from("mail.example.com").unwrap();
    let r =
        dmarc::parse("v=DMARC1; p=reject; rua=mailto:d@Example.COM,mailto:d@reports.example.com")
            .value
            .unwrap();
    // The parent is inside; a sibling counts as outside (documented rule).
    let out = dmarc::external_destinations(&r, &sub);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].as_str(), "reports.example.com");
    assert!(dmarc::external_destinations(&r, &d).is_empty());
    let long = DomainName::try_from(["a".repeat(49).as_str(); 5].join(".").as_str()).unwrap();
    // Issue 6: no other name stands in for one DNS cannot hold.
    assert!(dmarc::owner_name(&long).is_err());
    assert!(dmarc::report_auth_owner(&long, &d).is_err());
    // RFC 9989 B.2.3: the record to publish at the destination.
    assert_eq!(ReportAuth::default().to_string(), "v=DMARC1");
}

#[test]
fn explain_covers_every_tag() {
    let r = dmarc::parse(
        "v=DMARC1; p=reject; sp=quarantine; np=reject; psd=n; t=n; adkim=s; aspf=r; fo=1; rua=mailto:a@example.com; ruf=mailto:b@example.com; pct=100; x=y",
    )
    .value
    .unwrap();
    let e = dmarc::explain(&r);
    let tags: Vec<&str> = e.iter().map(|x| x.tag.as_str()).collect();
    assert_eq!(
        tags,
        [
            "v", "p", "sp", "np", "psd", "t", "adkim", "aspf", "fo", "rua", "ruf", "pct", "x"
        ]
    );
    for x in &e {
        assert!(!x.meaning.en.is_empty() && !x.meaning.pt.is_empty());
    }
    assert_eq!(e[1].default, Some("none"));
    assert!(e[11].meaning.en.contains("Removed"));
    let a = dmarc::explain_report_auth(
        &dmarc::parse_report_auth("v=DMARC1; rua=mailto:a@x.example; ruf=mailto:b@x.example")
            .value
            .unwrap(),
    );
    assert_eq!(a.len(), 3);
}

#[test]
fn strict_from_str() {
    assert!("v=DMARC1; p=reject".parse::<Dmarc>().is_ok());
    let err = "v=DMARC1; p=reject; p=none".parse::<Dmarc>().unwrap_err();
    assert!(err.to_string().contains("dmarc::duplicate-tag"));
    assert!("v=DMARC1".parse::<ReportAuth>().is_ok());
    assert!("v=DMARC2".parse::<ReportAuth>().is_err());
}

#[test]
fn validate_maps_dmarc_findings_onto_a_zone_line() {
    let text = "_dmarc.example.com. IN TXT \"v=DMARC1; p=none; pct=50\"";
    let v = selo::validate(text, None);
    assert_eq!(v.kind, Some(selo::RecordType::Dmarc));
    let d = v
        .diagnostics
        .iter()
        .find(|d| d.code == "dmarc::pct-partial")
        .unwrap();
    assert_eq!(&text[d.primary.range()], "pct=50");
}

// ---- property tests ----

fn policy() -> impl Strategy<Value = Policy> {
    prop::sample::select(Policy::ALL.to_vec())
}

fn mailto() -> impl Strategy<Value = ReportUri> {
    (
        "[a-z][a-z0-9.+-]{0,8}[a-z0-9]",
        "[a-z][a-z0-9-]{0,10}[a-z]",
        prop::sample::select(vec!["com", "pt", "example"]),
    )
        .prop_filter_map("valid address", |(l, d, tld)| {
            ReportUri::mailto(&format!("{l}@{d}.{tld}")).ok()
        })
}

prop_compose! {
    fn record()(
        p in prop::option::of(policy()),
        sp in prop::option::of(policy()),
        np in prop::option::of(policy()),
        psd in prop::option::of(prop::sample::select(Psd::ALL.to_vec())),
        t in prop::option::of(any::<bool>()),
        adkim in prop::option::of(prop::sample::select(Alignment::ALL.to_vec())),
        aspf in prop::option::of(prop::sample::select(Alignment::ALL.to_vec())),
        fo in prop::sample::subsequence(FailureOption::ALL.to_vec(), 0..=4),
        rua in prop::collection::vec(mailto(), 0..3),
        ruf in prop::collection::vec(mailto(), 0..3),
        other in prop::collection::btree_map("[a-z]{3,6}", "[a-zA-Z0-9._:/-]{1,10}", 0..3),
    ) -> Dmarc {
        let known = ["pct", "psd", "adkim", "aspf", "rua", "ruf"];
        let rua = if p.is_none() && rua.is_empty() { vec![ReportUri::mailto("d@example.com").unwrap()] } else { rua };
        Dmarc {
            policy: p,
            subdomain_policy: sp,
            nonexistent_policy: np,
            psd,
            testing: t,
            adkim,
            aspf,
            failure_options: fo,
            rua,
            ruf,
            other: other
                .iter()
                .filter(|(k, _)| !known.contains(&k.as_str()))
                .map(|(k, v)| UnknownTag::new(k, v).unwrap())
                .collect(),
        }
    }
}

fn fuzz_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "v",
        "=",
        "DMARC1",
        ";",
        " ",
        "\t",
        "p",
        "sp",
        "np",
        "rua",
        "ruf",
        "fo",
        "t",
        "psd",
        "reject",
        "none",
        "quarantine",
        "mailto:",
        "a@example.com",
        "!",
        "10m",
        ",",
        ":",
        "0",
        "1",
        "d",
        "é",
        "€",
        "pct",
        "100",
        "\r\n",
        "https://x.example/",
        "y",
        "s",
        "%2",
        "@",
    ]);
    prop_oneof![
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat()),
        any::<String>(),
        "v=DMARC1;[ -~]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn generated_records_parse_back_without_errors(r in record()) {
        let text = r.to_string();
        let p = dmarc::parse(&text);
        prop_assert!(p.is_valid(), "{text}: {:?}", p.diagnostics);
        prop_assert_eq!(p.value.unwrap(), r);
    }

    #[test]
    fn generated_report_auth_parse_back(rua in prop::collection::vec(mailto(), 0..3), ruf in prop::collection::vec(mailto(), 0..2)) {
        let r = ReportAuth { rua, ruf, other: vec![] };
        let p = dmarc::parse_report_auth(&r.to_string());
        prop_assert!(p.is_valid());
        prop_assert_eq!(p.value.unwrap(), r);
    }

    #[test]
    fn any_text_parses_without_panic_with_spans_inside(s in fuzz_text()) {
        let p = dmarc::parse(&s);
        check_diagnostics(&s, &p.diagnostics, dmarc::MESSAGES);
        if let Some(r) = p.value {
            // parse -> Display -> parse keeps the model.
            let again = dmarc::parse(&r.to_string()).value;
            prop_assert_eq!(again.as_ref(), Some(&r), "{:?} -> {:?}", s, r.to_string());
        }
        let a = dmarc::parse_report_auth(&s);
        check_diagnostics(&s, &a.diagnostics, dmarc::MESSAGES);
        if let Some(r) = a.value {
            let again = dmarc::parse_report_auth(&r.to_string()).value;
            prop_assert_eq!(again.as_ref(), Some(&r), "{:?}", s);
        }
    }
}
