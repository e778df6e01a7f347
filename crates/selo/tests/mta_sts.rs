//! MTA-STS record and policy: RFC examples, corpus rows, spans, fixes and
//! round trips.

use proptest::prelude::*;
use selo::mta_sts::{
    self, MaxAge, Mode, MtaStsPolicy, MtaStsRecord, MxPattern, StsId, explain_policy,
    explain_record, new_id, parse_policy, parse_record,
};
use selo::{Applicability, DomainName, Lang, Severity};

mod common;
use common::{check_diagnostics, check_safe_fixes, codes, expected, mutations, rows};

fn sorted(mut v: Vec<&'static str>) -> Vec<&'static str> {
    v.sort_unstable();
    v
}

// ---------------------------------------------------------------- record

#[test]
fn rfc_8461_3_1_record_example() {
    let p = parse_record("v=STSv1; id=20160831085700Z;");
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    let r = p.value.unwrap();
    assert_eq!(r.id.as_str(), "20160831085700Z");
    assert_eq!(r.to_string(), "v=STSv1; id=20160831085700Z");
}

#[test]
fn record_table() {
    let cases: &[(&str, &[&str])] = &[
        ("v=STSv1; id=20160831085700Z;", &[]),
        ("v=STSv1;id=a", &[]),
        ("v=STSv1; id=a; ext=1", &["mta_sts::unknown-tag"]),
        ("v=STSv1", &["mta_sts::missing-id"]),
        ("v=STSv1; id=", &["mta_sts::empty-id"]),
        ("v=STSv1; id=2024-01-01", &["mta_sts::id-character"]),
        (
            "v=STSv1; id=012345678901234567890123456789012",
            &["mta_sts::id-too-long"],
        ),
        ("v=STSv1; id=a; id=b", &["mta_sts::duplicate-tag"]),
        ("v=STSv1; ID=a", &["mta_sts::tag-case"]),
        ("V=STSv1; id=a", &["mta_sts::version-case"]),
        ("v=stsv1; id=a", &["mta_sts::version-case"]),
        ("v=STSv2; id=a", &["mta_sts::bad-version"]),
        ("id=a; v=STSv1", &["mta_sts::version-not-first"]),
        ("v=spf1 -all", &["mta_sts::other-type"]),
        ("v=DMARC1; p=none", &["mta_sts::other-type"]),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com",
            &["mta_sts::other-type"],
        ),
        ("hello", &["mta_sts::not-sts"]),
        ("", &["mta_sts::not-sts"]),
        ("v=STSv1; id=a;;", &["mta_sts::empty-tag"]),
        ("v=STSv1; id = a", &["mta_sts::space-around-equals"]),
        (" v=STSv1; id=a", &["mta_sts::outer-space"]),
        ("v=STSv1; id=a  ", &["mta_sts::outer-space"]),
        ("v=STSv1; id=a; x", &["mta_sts::missing-equals"]),
        ("v=STSv1; id=a; _x=1", &["mta_sts::bad-extension-name"]),
        ("v=STSv1; id=a; x==", &["mta_sts::bad-extension-value"]),
        (
            "v=STSv1; id=a; x=é",
            &["mta_sts::bad-extension-value", "mta_sts::non-ascii"],
        ),
    ];
    for (input, want) in cases {
        let p = parse_record(input);
        assert_eq!(codes(&p), sorted(want.to_vec()), "{input:?}");
        check_diagnostics(input, &p.diagnostics, mta_sts::MESSAGES);
        check_safe_fixes(input, parse_record);
    }
}

#[test]
fn other_types_are_named() {
    let p = parse_record("v=spf1 include:_spf.example.com -all");
    assert!(p.value.is_none());
    let d = &p.diagnostics[0];
    assert_eq!(
        d.message_in(Lang::En).split(',').next(),
        Some("This is an SPF record")
    );
    assert_eq!(
        d.message_in(Lang::Pt).split(',').next(),
        Some("Isto é um registo SPF")
    );
}

#[test]
fn duplicate_id_points_at_both_and_first_wins() {
    let input = "v=STSv1; id=first; id=second";
    let p = parse_record(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "mta_sts::duplicate-tag")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "id=second");
    assert_eq!(&input[d.secondary[0].span.range()], "id=first");
    // RFC 8461 3.2: all entries but the first are ignored.
    assert_eq!(p.value.unwrap().id.as_str(), "first");
    // Different values: removing one is not certain to keep the intent.
    assert_eq!(
        d.fix.as_ref().unwrap().applicability,
        Applicability::MaybeIncorrect
    );
    let same = parse_record("v=STSv1; id=a; id=a");
    let fix = same.diagnostics[0].fix.as_ref().unwrap();
    assert_eq!(fix.applicability, Applicability::Safe);
    assert_eq!(fix.apply("v=STSv1; id=a; id=a"), "v=STSv1; id=a");
}

#[test]
fn record_fixes_produce_valid_records() {
    for (input, want) in [
        (
            "id=20180907T090909; v=STSv1;",
            "v=STSv1; id=20180907T090909; ",
        ),
        ("v=stsv1; id=a", "v=STSv1; id=a"),
        ("v=STSv1; ID=a", "v=STSv1; id=a"),
        ("v=STSv1; id = a", "v=STSv1; id=a"),
        ("v=STSv1; id=a;;", "v=STSv1; id=a;"),
    ] {
        let p = parse_record(input);
        let fix = p.diagnostics[0].fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::Safe, "{input}");
        let fixed = fix.apply(input);
        assert_eq!(fixed, want);
        assert!(parse_record(&fixed).is_valid(), "{fixed}");
    }
}

#[test]
fn id_spans_point_at_the_value() {
    let input = "v=STSv1; id=2024-01-01";
    let p = parse_record(input);
    let d = &p.diagnostics[0];
    assert_eq!(&input[d.primary.range()], "2024-01-01");
    assert!(d.help.contains("id=20240101"), "{}", d.help);
}

#[test]
fn owner_and_new_id() {
    let d = DomainName::try_from("exemplo.pt").unwrap();
    assert_eq!(
        mta_sts::record_owner(&d).unwrap().as_str(),
        "_mta-sts.exemplo.pt"
    );
    assert_eq!(
        mta_sts::policy_host(&d).unwrap().as_str(),
        "mta-sts.exemplo.pt"
    );
    assert_eq!(
        mta_sts::policy_url(&d).unwrap(),
        "https://mta-sts.exemplo.pt/.well-known/mta-sts.txt"
    );
    let id = new_id(1_767_268_800);
    assert_eq!(id.as_str(), "20260101T120000");
    let r = MtaStsRecord::new(id);
    assert!(parse_record(&r.to_string()).is_valid());
}

#[test]
fn record_corpus_rows_follow_the_rfc() {
    let rows = rows("mta_sts/record.jsonl");
    assert_eq!(rows.len(), 35);
    for row in &rows {
        let input = row["record"].as_str().unwrap();
        let p = parse_record(input);
        assert_eq!(
            p.is_valid(),
            expected(row),
            "{input:?} from {}: {:?}",
            row["source"],
            p.diagnostics
        );
        check_diagnostics(input, &p.diagnostics, mta_sts::MESSAGES);
        check_safe_fixes(input, parse_record);
        if let Some(v) = &p.value {
            let again = parse_record(&v.to_string());
            assert!(again.is_valid(), "{v}");
            assert_eq!(again.value.as_ref(), Some(v));
        }
    }
}

#[test]
fn explain_record_covers_every_tag() {
    let r: MtaStsRecord = "v=STSv1; id=abc; ext=1".parse().unwrap();
    let e = explain_record(&r);
    let tags: Vec<&str> = e.iter().map(|x| x.tag.as_str()).collect();
    assert_eq!(tags, ["v", "id", "ext"]);
    assert!(
        e.iter()
            .all(|x| !x.meaning.en.is_empty() && !x.meaning.pt.is_empty())
    );
}

// ---------------------------------------------------------------- policy

const RFC_POLICY: &str = "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmx: backupmx.example.com\r\nmax_age: 604800\r\n";

#[test]
fn rfc_8461_3_2_policy_example() {
    for input in [RFC_POLICY.to_string(), RFC_POLICY.replace("\r\n", "\n")] {
        let p = parse_policy(&input);
        assert!(p.is_valid(), "{:?}", p.diagnostics);
        let v = p.value.unwrap();
        assert_eq!(v.mode, Mode::Enforce);
        assert_eq!(v.max_age.seconds(), 604800);
        let mx: Vec<&str> = v.mx.iter().map(MxPattern::as_str).collect();
        assert_eq!(
            mx,
            ["mail.example.com", "*.example.net", "backupmx.example.com"]
        );
        // Canonical writing is the RFC's own text.
        assert_eq!(v.to_string(), RFC_POLICY);
    }
    assert_eq!(
        codes(&parse_policy(RFC_POLICY)),
        ["mta_sts::publish-tls-rpt"]
    );
}

#[test]
fn policy_table() {
    let ok = "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800\r\n";
    let cases: Vec<(String, Vec<&'static str>)> = vec![
        (ok.into(), vec!["mta_sts::publish-tls-rpt"]),
        (
            ok.replace("enforce", "testing"),
            vec!["mta_sts::testing-mode"],
        ),
        (
            "version: STSv1\r\nmode: none\r\nmax_age: 604800\r\n".into(),
            vec!["mta_sts::mode-none"],
        ),
        (
            ok.replace("604800", "3600"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::short-max-age"],
        ),
        (
            ok.replace("\r\n", "\n"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-lf-endings"],
        ),
        (
            ok.replace("604800", "31557601"),
            vec!["mta_sts::policy-max-age-too-large"],
        ),
        (
            ok.replace("604800", "12345678901"),
            vec!["mta_sts::policy-bad-max-age"],
        ),
        (
            ok.replace("604800", "-1"),
            vec!["mta_sts::policy-bad-max-age"],
        ),
        (
            ok.replace("mail.example.com", "mail.*.example.net"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-mx-wildcard"],
        ),
        (
            ok.replace("mail.example.com", "*mail.example.net"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-mx-wildcard"],
        ),
        (
            ok.replace("mail.example.com", "mail_1.example.net"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-bad-mx"],
        ),
        (
            ok.replace("mail.example.com", "møx.example"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-mx-non-ascii"],
        ),
        (
            ok.replace("mail.example.com", "mail.example.com."),
            vec![
                "mta_sts::publish-tls-rpt",
                "mta_sts::policy-mx-trailing-dot",
            ],
        ),
        (
            ok.replace("mx: mail.example.com\r\n", ""),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-missing-mx"],
        ),
        (
            ok.replace("version: STSv1\r\n", ""),
            vec!["mta_sts::policy-missing-version"],
        ),
        (
            ok.replace("mode: enforce\r\n", ""),
            vec!["mta_sts::policy-missing-mode"],
        ),
        (
            ok.replace("max_age: 604800\r\n", ""),
            vec!["mta_sts::policy-missing-max-age"],
        ),
        (
            ok.replace("STSv1", "STSv2"),
            vec!["mta_sts::policy-bad-version"],
        ),
        (
            ok.replace("STSv1", "stsv1"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-bad-version"],
        ),
        (
            ok.replace("mode: enforce", "mode: Enforce"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-bad-mode"],
        ),
        (
            ok.replace("mode: enforce", "mode: strict"),
            vec!["mta_sts::policy-bad-mode"],
        ),
        (
            ok.replace("mode:", "Mode:"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-field-case"],
        ),
        (
            ok.replace("mode:", "mode :"),
            vec![
                "mta_sts::publish-tls-rpt",
                "mta_sts::policy-space-before-colon",
            ],
        ),
        (
            ok.replace("mode:", "  mode:"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-leading-space"],
        ),
        (
            format!("{ok}\r\n"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-blank-line"],
        ),
        (
            format!("{ok}mode: testing\r\n"),
            vec![
                "mta_sts::publish-tls-rpt",
                "mta_sts::policy-duplicate-field",
            ],
        ),
        (
            format!("{ok}mx: MAIL.example.com\r\n"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-duplicate-mx"],
        ),
        (
            format!("{ok}comment: hello world\r\n"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-unknown-field"],
        ),
        (
            format!("{ok}_x: 1\r\n"),
            vec![
                "mta_sts::publish-tls-rpt",
                "mta_sts::policy-bad-extension-name",
            ],
        ),
        (
            format!("{ok}x:\r\n"),
            vec![
                "mta_sts::publish-tls-rpt",
                "mta_sts::policy-bad-extension-value",
            ],
        ),
        (
            format!("{ok}this line has no colon\r\n"),
            vec!["mta_sts::publish-tls-rpt", "mta_sts::policy-bad-line"],
        ),
        ("".into(), vec!["mta_sts::policy-empty"]),
        ("garbage".into(), vec!["mta_sts::not-policy"]),
        (
            "<html><body>404: Not Found</body></html>".into(),
            vec!["mta_sts::policy-html"],
        ),
        (
            "v=STSv1; id=20160831085700Z;".into(),
            vec!["mta_sts::policy-other-type"],
        ),
    ];
    for (input, want) in &cases {
        let p = parse_policy(input);
        assert_eq!(codes(&p), sorted(want.clone()), "{input:?}");
        check_diagnostics(input, &p.diagnostics, mta_sts::MESSAGES);
        check_safe_fixes(input, parse_policy);
    }
}

#[test]
fn policy_keeps_reading_after_a_bad_line() {
    let input =
        "version: STSv1\nmode: enforce\nthis is wrong\nmx: mail.example.com\nmax_age: 604800\n";
    let p = parse_policy(input);
    let bad = p
        .diagnostics
        .iter()
        .find(|d| d.code == "mta_sts::policy-bad-line")
        .unwrap();
    assert_eq!(&input[bad.primary.range()], "this is wrong");
    let v = p.value.unwrap();
    assert_eq!(v.mx.len(), 1);
    assert_eq!(v.max_age.seconds(), 604800);
}

#[test]
fn max_age_errors_point_at_the_value() {
    let input = "version: STSv1\nmode: none\nmax_age: 86400.5\n";
    let p = parse_policy(input);
    let d = &p.errors().next().unwrap();
    assert_eq!(d.code, "mta_sts::policy-bad-max-age");
    assert_eq!(&input[d.primary.range()], "86400.5");
}

#[test]
fn policy_duplicate_points_at_both_and_first_wins() {
    let input =
        "version: STSv1\nmode: testing\nmx: a.example.com\nmax_age: 86400\nmax_age: 604800\n";
    let p = parse_policy(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "mta_sts::policy-duplicate-field")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "max_age: 604800");
    assert_eq!(&input[d.secondary[0].span.range()], "max_age: 86400");
    assert_eq!(p.value.unwrap().max_age.seconds(), 86400);
}

#[test]
fn policy_too_large_is_an_error_but_reading_goes_on() {
    let body = format!(
        "version: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800\ncomment: {}\n",
        "x".repeat(70_000)
    );
    let p = parse_policy(&body);
    assert!(p.has("mta_sts::policy-too-large"));
    assert!(p.value.is_some());
}

#[test]
fn policy_fixes_work() {
    for (input, want) in [
        (
            "version: STSv1\nMode: testing\nmx: a.example.com\nmax_age: 604800\n",
            "version: STSv1\nmode: testing\nmx: a.example.com\nmax_age: 604800\n",
        ),
        (
            "version: STSv1\nmode: testing\n\nmx: a.example.com\nmax_age: 604800\n",
            "version: STSv1\nmode: testing\nmx: a.example.com\nmax_age: 604800\n",
        ),
        (
            "version: STSv1\nmode: testing\nmx: a.example.com.\nmax_age: 604800\n",
            "version: STSv1\nmode: testing\nmx: a.example.com\nmax_age: 604800\n",
        ),
        (
            "mode: testing\r\nmx: a.example.com\r\nmax_age: 604800\r\n",
            "version: STSv1\r\nmode: testing\r\nmx: a.example.com\r\nmax_age: 604800\r\n",
        ),
    ] {
        let p = parse_policy(input);
        let d = p
            .diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error)
            .unwrap();
        let fix = d.fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::Safe);
        let fixed = fix.apply(input);
        assert_eq!(fixed, want);
        assert!(parse_policy(&fixed).is_valid());
    }
}

#[test]
fn policy_corpus_rows_follow_the_rfc() {
    let rows = rows("mta_sts/policy.jsonl");
    assert_eq!(rows.len(), 49);
    for row in &rows {
        let input = row["record"].as_str().unwrap();
        let p = parse_policy(input);
        assert_eq!(
            p.is_valid(),
            expected(row),
            "{:?} from {}: {:?}",
            &input[..input.len().min(80)],
            row["source"],
            p.diagnostics
        );
        check_diagnostics(input, &p.diagnostics, mta_sts::MESSAGES);
        check_safe_fixes(input, parse_policy);
        if let Some(v) = &p.value {
            let again = parse_policy(&v.to_string());
            assert_eq!(again.value.as_ref(), Some(v));
            assert_eq!(again.is_valid(), v.check().is_ok(), "{v}");
        }
    }
}

#[test]
fn explain_policy_covers_every_field() {
    let p: MtaStsPolicy = RFC_POLICY.parse().unwrap();
    let e = explain_policy(&p);
    let tags: Vec<&str> = e.iter().map(|x| x.tag.as_str()).collect();
    assert_eq!(tags, ["version", "mode", "mx", "mx", "mx", "max_age"]);
    assert!(e[1].value_meaning.unwrap().en.contains("do not deliver"));
    assert!(e[3].meaning.en.contains("exactly one label"));
}

#[test]
fn newtypes_refuse_illegal_values() {
    assert!(MaxAge::try_from(31_557_600).is_ok());
    assert!(MaxAge::try_from(31_557_601).is_err());
    assert!(StsId::try_from("abc-1").is_err());
    for bad in [
        "",
        "*",
        "*.",
        "*.*.example",
        "a..b",
        "-a.example",
        "a-.example",
        "mail.*.example.net",
        "*mail.example.net",
        "a b.example",
        "mail.example.com.",
    ] {
        assert!(MxPattern::try_from(bad).is_err(), "{bad:?}");
    }
    let p = MtaStsPolicy::new(Mode::Testing, MaxAge::try_from(1).unwrap());
    assert!(p.check().is_err());
    assert!(
        p.with_mx(MxPattern::try_from("*.example.net").unwrap())
            .check()
            .is_ok()
    );
}

// ---------------------------------------------------------------- mutations

#[test]
fn spans_stay_inside_mutated_inputs() {
    let mut inputs: Vec<String> = rows("mta_sts/record.jsonl")
        .iter()
        .chain(rows("mta_sts/policy.jsonl").iter())
        .map(|r| r["record"].as_str().unwrap().to_string())
        .filter(|s| s.len() < 1000)
        .collect();
    inputs.push(RFC_POLICY.into());
    for base in &inputs {
        for m in mutations(base, 3, &[";", " ", "é", "\n", "=", ":", "\r\n\r\n"]) {
            let r = parse_record(&m);
            check_diagnostics(&m, &r.diagnostics, mta_sts::MESSAGES);
            check_safe_fixes(&m, parse_record);
            let p = parse_policy(&m);
            check_diagnostics(&m, &p.diagnostics, mta_sts::MESSAGES);
            check_safe_fixes(&m, parse_policy);
        }
    }
}

// ---------------------------------------------------------------- properties

fn ext_name(reserved: &'static [&'static str]) -> impl Strategy<Value = String> {
    "[a-zA-Z0-9][a-zA-Z0-9_.-]{0,31}".prop_filter("reserved name", move |n| {
        !reserved.iter().any(|r| r.eq_ignore_ascii_case(n))
    })
}

fn label() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?"
}

fn mx_pattern() -> impl Strategy<Value = MxPattern> {
    (any::<bool>(), prop::collection::vec(label(), 1..4)).prop_map(|(wild, labels)| {
        let name = labels.join(".");
        let s = if wild { format!("*.{name}") } else { name };
        MxPattern::try_from(s.as_str()).unwrap()
    })
}

fn record() -> impl Strategy<Value = MtaStsRecord> {
    (
        "[A-Za-z0-9]{1,32}",
        prop::collection::vec((ext_name(&["v", "id"]), "[!-:<>-~]{1,12}"), 0..4),
    )
        .prop_map(|(id, ext)| {
            ext.into_iter().fold(
                MtaStsRecord::new(StsId::try_from(id.as_str()).unwrap()),
                |r, (k, v)| r.with_extension(&k, &v).unwrap(),
            )
        })
}

fn policy() -> impl Strategy<Value = MtaStsPolicy> {
    (
        prop_oneof![Just(Mode::Enforce), Just(Mode::Testing), Just(Mode::None)],
        prop::collection::vec(mx_pattern(), 0..5),
        0u64..=31_557_600,
        prop::collection::vec(
            (
                ext_name(&["version", "mode", "mx", "max_age"]),
                "[!-~é]([ !-~ü]{0,12}[!-~])?",
            ),
            0..3,
        ),
    )
        .prop_filter("enforce and testing need an mx", |(mode, mx, _, _)| {
            *mode == Mode::None || !mx.is_empty()
        })
        .prop_map(|(mode, mx, age, ext)| {
            let mut p = MtaStsPolicy::new(mode, MaxAge::try_from(age).unwrap());
            for m in mx {
                if !p
                    .mx
                    .iter()
                    .any(|q| q.as_str().eq_ignore_ascii_case(m.as_str()))
                {
                    p = p.with_mx(m);
                }
            }
            for (k, v) in ext {
                p = p.with_extension(&k, &v).unwrap();
            }
            p
        })
}

proptest! {
    #[test]
    fn record_display_then_parse_gives_it_back(r in record()) {
        let text = r.to_string();
        let p = parse_record(&text);
        prop_assert!(p.is_valid(), "{} {:?}", text, p.diagnostics);
        prop_assert_eq!(p.value, Some(r));
    }

    #[test]
    fn policy_display_then_parse_gives_it_back(pol in policy()) {
        let text = pol.to_string();
        let p = parse_policy(&text);
        prop_assert!(p.is_valid(), "{} {:?}", text, p.diagnostics);
        prop_assert_eq!(p.value, Some(pol));
    }

    #[test]
    fn parsers_never_panic_and_spans_hold(s in "\\PC{0,80}") {
        check_diagnostics(&s, &parse_record(&s).diagnostics, mta_sts::MESSAGES);
        check_diagnostics(&s, &parse_policy(&s).diagnostics, mta_sts::MESSAGES);
    }
}
