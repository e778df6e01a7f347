//! Table tests from the RFC texts.

use super::*;

fn codes(input: &str) -> Vec<&'static str> {
    parse(input).diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn rfc_9989_appendix_b_examples() {
    // RFC 9989 B.2.1, B.2.2, B.2.3, B.2.5 (zone-file strings joined).
    for (input, want) in [
        (
            "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com",
            &["dmarc::monitoring-only"][..],
        ),
        (
            "v=DMARC1; p=none; rua=mailto:dmarc-feedback@example.com; ruf=mailto:auth-reports@example.com",
            &["dmarc::monitoring-only", "dmarc::ruf-privacy"],
        ),
        (
            "v=DMARC1; p=quarantine; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net; t=y",
            &["dmarc::testing-mode"],
        ),
        (
            "v=DMARC1; p=reject; rua=mailto:dmarc-feedback@example.com,mailto:tld-test@thirdparty.example.net",
            &[],
        ),
    ] {
        let mut got = codes(input);
        got.sort();
        let mut want = want.to_vec();
        want.sort();
        assert_eq!(got, want, "{input}");
    }
}

#[test]
fn rfc_9989_4_7_version_must_be_first_and_exact() {
    let p = parse("p=reject; v=DMARC1; rua=mailto:a@example.com");
    assert!(p.has("dmarc::version-not-first"));
    assert!(p.value.is_some());
    let p = parse("v=dmarc1; p=reject; rua=mailto:a@example.com");
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "dmarc::version-case")
        .unwrap();
    assert_eq!(d.primary, crate::Span::new(2, 8));
    assert_eq!(
        d.fix
            .as_ref()
            .unwrap()
            .apply("v=dmarc1; p=reject; rua=mailto:a@example.com"),
        "v=DMARC1; p=reject; rua=mailto:a@example.com"
    );
    assert!(parse("v=DMARC2; p=reject").value.is_none());
    assert!(parse("v=DMARC2; p=reject").has("dmarc::bad-version"));
    let spf = parse("v=spf1 include:_spf.example.com redirect=example.net");
    assert!(spf.value.is_none());
    assert_eq!(spf.diagnostics.len(), 1);
    assert!(spf.diagnostics[0].message.contains("SPF"));
}

#[test]
fn rfc_9989_4_10_1_missing_p_depends_on_rua() {
    assert!(codes("v=DMARC1; rua=mailto:a@example.com").contains(&"dmarc::missing-p"));
    assert!(parse("v=DMARC1; rua=mailto:a@example.com").is_valid());
    assert!(codes("v=DMARC1; adkim=s").contains(&"dmarc::no-policy"));
    // An invalid sp with no valid rua: no DMARC processing at all.
    assert!(codes("v=DMARC1; p=reject; sp=bad").contains(&"dmarc::no-policy"));
    assert!(
        !codes("v=DMARC1; p=reject; sp=bad; rua=mailto:a@example.com")
            .contains(&"dmarc::no-policy")
    );
}

#[test]
fn duplicate_points_at_both() {
    let input = "v=DMARC1; p=reject; p=none; rua=mailto:a@example.com";
    let p = parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "dmarc::duplicate-tag")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "p=none");
    assert_eq!(&input[d.secondary[0].span.range()], "p=reject");
    assert_eq!(p.value.unwrap().policy, Some(Policy::Reject));
}

#[test]
fn missing_separator_is_repaired() {
    let input = "v=DMARC1 p=reject rua=mailto:a@example.com";
    let p = parse(input);
    let r = p.value.clone().unwrap();
    assert_eq!(r.policy, Some(Policy::Reject));
    assert_eq!(r.rua.len(), 1);
    let seps: Vec<_> = p
        .diagnostics
        .iter()
        .filter(|d| d.code == "dmarc::missing-separator")
        .collect();
    assert_eq!(seps.len(), 2);
    assert_eq!(&input[seps[0].primary.range()], "p");
}

#[test]
fn report_auth_record() {
    for ok in [
        "v=DMARC1",
        "v=DMARC1;",
        " v = DMARC1 ; ",
        "v=DMARC1; rua=mailto:x@thirdparty.example.net",
    ] {
        assert!(parse_report_auth(ok).is_valid(), "{ok}");
    }
    assert!(parse_report_auth("v=DMARC1; p=none").has("dmarc::auth-tag-ignored"));
    assert!(parse_report_auth("v=spf1").value.is_none());
    assert!(parse_report_auth("rua=mailto:a@b.example; v=DMARC1").has("dmarc::version-not-first"));
}

#[test]
fn rfc_9989_b_2_4_override_record() {
    // RFC 9989 B.2.4: the third party may override rua and ruf.
    let input = "v=DMARC1; rua=mailto:aggregate-reports@thirdparty.example.net; ruf=mailto:failure-reports@thirdparty.example.net";
    let p = parse_report_auth(input);
    assert!(
        p.is_valid() && p.diagnostics.is_empty(),
        "{:?}",
        p.diagnostics
    );
    let r = p.value.unwrap();
    assert_eq!(r.to_string(), input);
    assert_eq!(explain_report_auth(&r).len(), 3);
}

#[test]
fn grammar_table() {
    let rua = "; rua=mailto:a@example.com";
    for (input, want) in [
        // RFC 9989 4.8 equals = *WSP "=" *WSP: spaces around '=' are fine.
        (format!("v = DMARC1 ; p = reject{rua}"), vec![]),
        (format!("v=DMARC1; p=reject{rua};"), vec![]),
        (
            format!("v=DMARC1; p=reject; fo=0:1{rua}; ruf=mailto:f@example.com"),
            vec!["dmarc::fo-conflict", "dmarc::ruf-privacy"],
        ),
        (
            format!("v=DMARC1; p=reject; fo=d:d{rua}; ruf=mailto:f@example.com"),
            vec!["dmarc::fo-repeated", "dmarc::ruf-privacy"],
        ),
        (
            format!("v=DMARC1; p=reject; fo=1:{rua}"),
            vec!["dmarc::bad-value"],
        ),
        // The word for a one-letter value: read as a slip, with the letter
        // as a fix to check.
        (
            format!("v=DMARC1; p=reject; adkim=relaxed{rua}"),
            vec!["dmarc::misspelt-value"],
        ),
        (
            format!("v=DMARC1; p=reject; t=yes{rua}"),
            vec!["dmarc::misspelt-value"],
        ),
        (
            format!("v=DMARC1; p=reject; adkim=x{rua}"),
            vec!["dmarc::bad-value"],
        ),
        (
            format!("v=DMARC1; p=quarentine{rua}"),
            vec!["dmarc::misspelt-value"],
        ),
        (format!("v=DMARC1; p=reject; psd=u{rua}"), vec![]),
        (format!("v=DMARC1; p=reject{rua}!"), vec!["dmarc::bad-size"]),
        (
            format!("v=DMARC1; p=reject{rua},"),
            vec!["dmarc::empty-uri"],
        ),
        (
            "v=DMARC1; p=reject; rua=,".to_string(),
            vec!["dmarc::bad-uri"],
        ),
        (
            "v=DMARC1; p=reject; rua=http://example.com/r".to_string(),
            vec!["dmarc::bad-scheme"],
        ),
        (
            format!("v=DMARC1; p=reject{rua}; future=1"),
            vec!["dmarc::unknown-tag"],
        ),
        (
            format!("v=DMARC1; p=reject{rua}; v=DMARC1"),
            vec!["dmarc::duplicate-tag"],
        ),
        (format!("v=DMARC1; P=Quarantine; SP=Reject{rua}"), vec![]),
    ] {
        let mut got = codes(&input);
        got.sort();
        got.dedup();
        let mut want = want;
        want.sort();
        assert_eq!(got, want, "{input}");
    }
}
