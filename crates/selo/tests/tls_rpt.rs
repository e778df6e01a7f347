//! TLS-RPT record: RFC examples, corpus rows, spans, fixes and round trips.

use proptest::prelude::*;
use selo::DomainName;
use selo::tls_rpt::{self, ReportUri, TlsRpt, explain, owner_name, parse};

mod common;
use common::{check_diagnostics, check_safe_fixes, codes, expected, mutations, rows};

#[test]
fn rfc_8460_3_1_examples() {
    for (input, uri) in [
        (
            "v=TLSRPTv1;rua=mailto:reports@example.com",
            "mailto:reports@example.com",
        ),
        (
            "v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt",
            "https://reporting.example.com/v1/tlsrpt",
        ),
    ] {
        let p = parse(input);
        assert!(p.diagnostics.is_empty(), "{input}: {:?}", p.diagnostics);
        let r = p.value.unwrap();
        assert_eq!(r.rua.len(), 1);
        assert_eq!(r.rua[0].as_str(), uri);
        assert_eq!(r.to_string(), format!("v=TLSRPTv1; rua={uri}"));
    }
}

#[test]
fn table() {
    let cases: &[(&str, &[&str])] = &[
        ("v=TLSRPTv1; rua=mailto:a@example.com", &[]),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/x",
            &[],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com , https://r.example.com/x;",
            &[],
        ),
        ("v=TLSRPTv1", &["tls_rpt::missing-rua"]),
        ("v=TLSRPTv1; rua=", &["tls_rpt::empty-rua"]),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com,,mailto:b@example.com",
            &["tls_rpt::empty-uri"],
        ),
        (
            "v=TLSRPTv1; rua=http://r.example.com/",
            &["tls_rpt::bad-scheme"],
        ),
        ("v=TLSRPTv1; rua=a@example.com", &["tls_rpt::bad-scheme"]),
        (
            "v=TLSRPTv1; rua=mailto:example.com",
            &["tls_rpt::bad-mailto"],
        ),
        ("v=TLSRPTv1; rua=https:///x", &["tls_rpt::bad-https"]),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com other",
            &["tls_rpt::unencoded"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a!b@example.com",
            &["tls_rpt::unencoded"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com",
            &["tls_rpt::repeated-rua"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com,mailto:A@example.com",
            &["tls_rpt::duplicate-uri"],
        ),
        (
            "v=TLSRPTv1; RUA=mailto:a@example.com",
            &["tls_rpt::tag-case"],
        ),
        (
            "v=tlsrptv1; rua=mailto:a@example.com",
            &["tls_rpt::version-case"],
        ),
        (
            "v=TLSRPTv2; rua=mailto:a@example.com",
            &["tls_rpt::bad-version"],
        ),
        (
            "rua=mailto:a@example.com; v=TLSRPTv1",
            &["tls_rpt::version-not-first"],
        ),
        ("v=STSv1; id=1", &["tls_rpt::other-type"]),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com; v=TLSRPTv1",
            &["tls_rpt::duplicate-tag"],
        ),
        ("v=spf1 -all", &["tls_rpt::other-type"]),
        ("nothing here", &["tls_rpt::not-tlsrpt"]),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com; ext=1",
            &["tls_rpt::unknown-tag"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com; -x=1",
            &["tls_rpt::bad-extension-name"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com; x=",
            &["tls_rpt::bad-extension-value"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com;;",
            &["tls_rpt::empty-tag"],
        ),
        (
            "v=TLSRPTv1; rua = mailto:a@example.com",
            &["tls_rpt::space-around-equals"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com; oops",
            &["tls_rpt::missing-equals"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:a@example.com ",
            &["tls_rpt::outer-space"],
        ),
        (
            "v=TLSRPTv1; rua=mailto:ação@example.com",
            &["tls_rpt::non-ascii", "tls_rpt::unencoded"],
        ),
    ];
    for (input, want) in cases {
        let p = parse(input);
        let mut want = want.to_vec();
        want.sort_unstable();
        assert_eq!(codes(&p), want, "{input:?}");
        check_diagnostics(input, &p.diagnostics, tls_rpt::MESSAGES);
        check_safe_fixes(input, parse);
    }
}

#[test]
fn repeated_rua_is_merged_in_the_model_and_by_the_fix() {
    let input = "v=TLSRPTv1; rua=mailto:a@example.com; rua=https://r.example.com/x";
    let p = parse(input);
    let v = p.value.as_ref().unwrap();
    assert_eq!(v.rua.len(), 2);
    let d = &p.diagnostics[0];
    assert_eq!(
        &input[d.secondary[0].span.range()],
        "rua=mailto:a@example.com"
    );
    let fixed = d.fix.as_ref().unwrap().apply(input);
    assert_eq!(
        fixed,
        "v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/x"
    );
    let again = parse(&fixed);
    assert!(again.diagnostics.is_empty());
    assert_eq!(again.value.as_ref(), Some(v));
}

#[test]
fn a_comma_inside_an_address_is_explained() {
    let input = "v=TLSRPTv1; rua=mailto:a,b@example.com";
    let p = parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "tls_rpt::bad-scheme")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "b@example.com");
    assert!(d.help.contains("%2C"));
    // The encoded form is accepted where a URL may hold it.
    assert!(parse("v=TLSRPTv1; rua=https://r.example.com/a%2Cb").is_valid());
}

#[test]
fn bad_uri_spans_point_at_the_address() {
    let input = "v=TLSRPTv1; rua=mailto:ok@example.com, http://r.example.com/x";
    let p = parse(input);
    let d = &p.diagnostics[0];
    assert_eq!(d.code, "tls_rpt::bad-scheme");
    assert_eq!(&input[d.primary.range()], "http://r.example.com/x");
    // The good address is kept.
    assert_eq!(p.value.unwrap().rua[0].as_str(), "mailto:ok@example.com");
}

#[test]
fn corpus_rows_follow_the_rfc() {
    let rows = rows("tls_rpt/record.jsonl");
    assert_eq!(rows.len(), 33);
    for row in &rows {
        let input = row["record"].as_str().unwrap();
        let want = expected(row);
        let p = parse(input);
        assert_eq!(
            p.is_valid(),
            want,
            "{input:?} from {}: {:?}",
            row["source"],
            p.diagnostics
        );
        check_diagnostics(input, &p.diagnostics, tls_rpt::MESSAGES);
        check_safe_fixes(input, parse);
        if let Some(v) = &p.value {
            let again = parse(&v.to_string());
            assert_eq!(again.value.as_ref(), Some(v));
        }
    }
}

#[test]
fn builder_owner_and_explain() {
    let d = DomainName::try_from("exemplo.pt").unwrap();
    assert_eq!(owner_name(&d).unwrap().as_str(), "_smtp._tls.exemplo.pt");
    let long = DomainName::try_from(["a".repeat(49).as_str(); 5].join(".").as_str()).unwrap();
    assert!(owner_name(&long).is_err());
    let r = TlsRpt::new(ReportUri::try_from("mailto:tls@exemplo.pt").unwrap())
        .with_rua(ReportUri::try_from("https://r.exemplo.pt/tlsrpt").unwrap())
        .with_extension("ext", "1")
        .unwrap();
    assert_eq!(
        r.to_string(),
        "v=TLSRPTv1; rua=mailto:tls@exemplo.pt,https://r.exemplo.pt/tlsrpt; ext=1"
    );
    let e = explain(&r);
    let tags: Vec<&str> = e.iter().map(|x| x.tag.as_str()).collect();
    assert_eq!(tags, ["v", "rua", "ext"]);
    assert_eq!(
        e[1].value,
        "mailto:tls@exemplo.pt,https://r.exemplo.pt/tlsrpt"
    );
    assert!(ReportUri::try_from("ftp://x.example/").is_err());
}

#[test]
fn spans_stay_inside_mutated_inputs() {
    for row in rows("tls_rpt/record.jsonl") {
        let s = row["record"].as_str().unwrap();
        for m in mutations(s, 1, &[";", ",", " ", "ü", "="]) {
            let p = parse(&m);
            check_diagnostics(&m, &p.diagnostics, tls_rpt::MESSAGES);
            check_safe_fixes(&m, parse);
        }
    }
}

fn report_uri() -> impl Strategy<Value = ReportUri> {
    let label = "[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?";
    prop_oneof![
        (
            "[a-z0-9][a-z0-9_+-]{0,10}",
            prop::collection::vec(label, 2..4)
        )
            .prop_map(|(local, labels)| format!("mailto:{local}@{}", labels.join("."))),
        (
            prop::collection::vec(label, 2..4),
            "(/[a-zA-Z0-9._~-]{0,10}){0,3}"
        )
            .prop_map(|(labels, path)| format!("https://{}{path}", labels.join("."))),
    ]
    .prop_map(|s| ReportUri::try_from(s.as_str()).unwrap())
}

fn record() -> impl Strategy<Value = TlsRpt> {
    (
        prop::collection::vec(report_uri(), 1..4),
        prop::collection::vec(
            (
                "[a-zA-Z0-9][a-zA-Z0-9_.-]{0,31}".prop_filter("reserved", |n| {
                    !n.eq_ignore_ascii_case("v") && !n.eq_ignore_ascii_case("rua")
                }),
                "[!-:<>-~]{1,12}",
            ),
            0..3,
        ),
    )
        .prop_map(|(rua, ext)| {
            let mut it = rua.into_iter();
            let mut r = TlsRpt::new(it.next().unwrap());
            for u in it {
                r = r.with_rua(u);
            }
            for (k, v) in ext {
                r = r.with_extension(&k, &v).unwrap();
            }
            r
        })
}

proptest! {
    #[test]
    fn display_then_parse_gives_it_back(r in record()) {
        let text = r.to_string();
        let p = parse(&text);
        prop_assert!(p.is_valid(), "{} {:?}", text, p.diagnostics);
        prop_assert_eq!(p.value, Some(r));
    }

    #[test]
    fn parse_never_panics_and_spans_hold(s in "v=TLSRPTv1; \\PC{0,60}") {
        check_diagnostics(&s, &parse(&s).diagnostics, tls_rpt::MESSAGES);
    }
}
