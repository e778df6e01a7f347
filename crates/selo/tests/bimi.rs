//! BIMI assertion records: corpus, draft examples, fixes, spans and round
//! trips.

use proptest::prelude::*;
use selo::DomainName;
use selo::bimi::{
    self, AvatarPreference, Bimi, HttpsUrl, LocalPartPrefix, Selector, UnknownTag, UriValue,
};

mod common;
use common::{check_diagnostics, check_safe_fixes, codes, mutations, rows};

#[test]
fn corpus_rows_follow_the_draft() {
    let rows = rows("bimi/corpus.jsonl");
    assert_eq!(rows.len(), 25);
    for row in rows {
        let input = row["record"].as_str().unwrap();
        let p = bimi::parse(input);
        assert_eq!(
            p.is_valid(),
            row["expect_rfc"].as_bool().unwrap(),
            "{input:?}: {:?}",
            codes(&p)
        );
        for c in row["expect_codes"].as_array().unwrap() {
            assert!(
                p.has(c.as_str().unwrap()),
                "{input:?} lacks {c}: {:?}",
                codes(&p)
            );
        }
        check_diagnostics(input, &p.diagnostics, bimi::MESSAGES);
        check_safe_fixes(input, bimi::parse);
        if let Some(model) = p.value {
            let again = bimi::parse(&model.to_string());
            assert_eq!(again.value.as_ref(), Some(&model), "{input:?}");
        }
    }
}

#[test]
fn table() {
    let cases: &[(&str, &[&str])] = &[
        // Draft 4.3.1 examples.
        ("v=BIMI1; l=; a=;", &["bimi::declined"]),
        (
            "v=BIMI1; l=; a=; lps=brand-indicators-;",
            &["bimi::declined"],
        ),
        // Draft 4.5 example spacing.
        (
            "v=BIMI1; l=; lps = brand-one-noreply , brand-two-noreply",
            &["bimi::declined"],
        ),
        ("v=BIMI1; l=; lps=", &["bimi::declined"]),
        (
            "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem",
            &["bimi::needs-dmarc"],
        ),
        (
            "v=BIMI1; l=https://example.com/logo.SVGZ; a=https://example.com/vmc.pem; avp=personal",
            &["bimi::needs-dmarc"],
        ),
        (
            "v=BIMI1; l=http://example.com/logo.svg",
            &["bimi::bad-scheme", "bimi::no-evidence", "bimi::needs-dmarc"],
        ),
        (
            "v=BIMI1; l=https://example.com/logo.png",
            &[
                "bimi::bad-image-format",
                "bimi::no-evidence",
                "bimi::needs-dmarc",
            ],
        ),
        (
            "v=BIMI1; l=https://example.com/logo?id=3",
            &["bimi::not-svg", "bimi::no-evidence", "bimi::needs-dmarc"],
        ),
        (
            "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.crt",
            &["bimi::evidence-not-pem", "bimi::needs-dmarc"],
        ),
        (
            "v=BIMI1; l=ftp://example.com/logo.svg",
            &["bimi::bad-uri", "bimi::no-evidence", "bimi::needs-dmarc"],
        ),
        (
            "v=BIMI1; l=https://exa mple.com/logo.svg",
            &["bimi::bad-uri", "bimi::no-evidence", "bimi::needs-dmarc"],
        ),
        (
            "v=BIMI1; l=; avp=Brand",
            &["bimi::bad-avp", "bimi::declined"],
        ),
        ("v=bimi1; l=", &["bimi::bad-version", "bimi::declined"]),
        (
            "l=; v=BIMI1",
            &["bimi::version-not-first", "bimi::declined"],
        ),
        (
            "l=https://example.com/l.svg",
            &[
                "bimi::missing-version",
                "bimi::no-evidence",
                "bimi::needs-dmarc",
            ],
        ),
        ("V=BIMI1; l=", &["bimi::tag-case", "bimi::declined"]),
        ("v=BIMI1; L=", &["bimi::tag-case", "bimi::missing-l"]),
        ("v=BIMI1;; l=", &["bimi::empty-tag", "bimi::declined"]),
        (
            "v=BIMI1; l=; l=",
            &["bimi::duplicate-tag", "bimi::declined"],
        ),
        (
            "v=BIMI1; l=; junk",
            &["bimi::missing-equals", "bimi::declined"],
        ),
        ("v=BIMI1; l=; x=1", &["bimi::unknown-tag", "bimi::declined"]),
        (
            "v=BIMI1; l=; lps=a,,b",
            &["bimi::bad-lps", "bimi::declined"],
        ),
    ];
    for (input, want) in cases {
        let p = bimi::parse(input);
        let mut want = want.to_vec();
        want.sort();
        assert_eq!(codes(&p), want, "{input}");
        check_diagnostics(input, &p.diagnostics, bimi::MESSAGES);
        check_safe_fixes(input, bimi::parse);
    }
}

#[test]
fn not_bimi_at_all() {
    for (input, code) in [
        ("", "bimi::empty"),
        ("v=spf1 -all", "bimi::other-type"),
        ("v=DKIM1; p=", "bimi::other-type"),
        ("google-site-verification=abc", "bimi::missing-version"),
    ] {
        let p = bimi::parse(input);
        assert!(p.value.is_none(), "{input}");
        assert_eq!(codes(&p), [code], "{input}");
    }
    assert!(
        bimi::parse("v=spf1 -all").diagnostics[0]
            .message
            .contains("SPF")
    );
}

#[test]
fn spans_and_fixes_point_at_the_culprit() {
    let input = "v=BIMI1; l=http://example.com/logo.svg";
    let p = bimi::parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "bimi::bad-scheme")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "http://example.com/logo.svg");
    let fixed = d.fix.as_ref().unwrap().apply(input);
    assert_eq!(fixed, "v=BIMI1; l=https://example.com/logo.svg");
    assert!(bimi::parse(&fixed).is_valid());

    let input = "v=BIMI1; l=; avp=PERSONAL";
    let d = bimi::parse(input)
        .diagnostics
        .into_iter()
        .find(|d| d.code == "bimi::bad-avp")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "PERSONAL");
    assert_eq!(d.fix.unwrap().apply(input), "v=BIMI1; l=; avp=personal");

    let input = "v=BIMI1; l=; lps=ok,help_desk";
    let p = bimi::parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "bimi::bad-lps")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "help_desk");
    assert_eq!(p.value.unwrap().local_part_selectors.unwrap().len(), 1);
}

#[test]
fn owner_name_uses_the_default_selector() {
    let d = DomainName::try_from("example.pt").unwrap();
    assert_eq!(
        bimi::owner_name(&bimi::default_selector(), &d)
            .unwrap()
            .as_str(),
        "default._bimi.example.pt"
    );
    let s = Selector::try_from("brand").unwrap();
    assert_eq!(
        bimi::owner_name(&s, &d).unwrap().as_str(),
        "brand._bimi.example.pt"
    );
}

#[test]
fn explain_covers_every_tag() {
    let b = bimi::parse("v=BIMI1; l=https://e.example/l.svg; a=; lps=; avp=brand; x=1")
        .value
        .unwrap();
    let ex = bimi::explain(&b);
    let tags: Vec<_> = ex.iter().map(|e| e.tag.as_str()).collect();
    assert_eq!(tags, ["v", "l", "a", "lps", "avp", "x"]);
    assert_eq!(ex[4].default, Some("brand"));
    assert!(ex[2].value_meaning.is_some());
}

#[test]
fn mutations_never_panic_and_spans_stay_inside() {
    let mut inputs: Vec<String> = rows("bimi/corpus.jsonl")
        .iter()
        .map(|r| r["record"].as_str().unwrap().to_string())
        .collect();
    inputs.push("v=BIMI1; l=https://exämple.com/ló.svg; a=é".into());
    for input in inputs {
        for variant in mutations(&input, 1, &["é", ";"]) {
            let p = bimi::parse(&variant);
            check_diagnostics(&variant, &p.diagnostics, bimi::MESSAGES);
            if let Some(m) = p.value {
                let _ = bimi::explain(&m);
            }
        }
    }
}

fn url(ext: &'static str) -> impl Strategy<Value = HttpsUrl> {
    ("[a-z]{1,8}", "[a-z0-9-]{1,8}").prop_map(move |(host, file)| {
        HttpsUrl::try_from(format!("https://{host}.example/{file}.{ext}").as_str()).unwrap()
    })
}

fn model() -> impl Strategy<Value = Bimi> {
    let location = prop_oneof![Just(UriValue::Empty), url("svg").prop_map(UriValue::Url)];
    let evidence = proptest::option::of(prop_oneof![
        Just(UriValue::Empty),
        url("pem").prop_map(UriValue::Url)
    ]);
    let lps = proptest::option::of(proptest::collection::vec(
        "[A-Za-z0-9-]{1,20}".prop_map(|s| LocalPartPrefix::try_from(s.as_str()).unwrap()),
        0..3,
    ));
    let avp = proptest::option::of(prop_oneof![
        Just(AvatarPreference::Brand),
        Just(AvatarPreference::Personal)
    ]);
    let unknown = proptest::option::of(
        ("[b-k][a-z0-9_]{0,3}", "[!-:<-~]{0,6}")
            .prop_filter_map("known", |(n, v)| UnknownTag::new(&n, &v).ok()),
    );
    (location, evidence, lps, avp, unknown)
        .prop_filter("a= without l= is an error", |(l, e, ..)| {
            !(matches!(l, UriValue::Empty) && matches!(e, Some(UriValue::Url(_))))
        })
        .prop_map(|(l, e, lps, avp, u)| Bimi {
            location: Some(l),
            evidence: e,
            local_part_selectors: lps,
            avatar_preference: avp,
            unknown: u.into_iter().collect(),
        })
}

proptest! {
    #[test]
    fn display_then_parse_gives_the_model_back(b in model()) {
        let text = b.to_string();
        let p = bimi::parse(&text);
        let errors: Vec<_> = p.errors().map(|d| d.code).collect();
        prop_assert!(errors.is_empty(), "{text}: {errors:?}");
        prop_assert_eq!(p.value, Some(b));
    }

    #[test]
    fn parse_never_panics(s in "[ -~\té]{0,60}") {
        let p = bimi::parse(&s);
        check_diagnostics(&s, &p.diagnostics, bimi::MESSAGES);
        if let Some(m) = p.value {
            prop_assert!(bimi::parse(&m.to_string()).value.is_some());
        }
    }
}
