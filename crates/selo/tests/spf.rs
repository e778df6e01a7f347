//! SPF: the corpus fixtures, round trips, spans and fixes, and property
//! tests (`parse(generate(x)) == x`).

use proptest::prelude::*;
use selo::Severity;
use selo::spf::{
    self, DomainSpec, DualCidr, Ip4Network, Ip6Network, Mechanism, Qualifier, Spf, UnknownTag,
};

mod common;
use common::{check_diagnostics, check_safe_fixes, mutations, rows as fixture_rows, safe_fixed};

struct Row {
    n: u64,
    record: String,
    expect: bool,
    dns: bool,
    json: serde_json::Value,
}

fn rows() -> Vec<Row> {
    fixture_rows("spf/spf.jsonl")
        .into_iter()
        .map(|v| {
            let valid = v["valid"].as_bool().unwrap();
            Row {
                n: v["row"].as_u64().unwrap(),
                record: v["record"].as_str().unwrap().to_string(),
                // Where the RFC disagrees with the source, the fixture says
                // so in `expect_rfc` and `note`.
                expect: v["expect_rfc"].as_bool().unwrap_or(valid),
                dns: v["depends_on_dns"].as_bool().unwrap_or(false),
                json: v,
            }
        })
        .collect()
}

/// The record value: corpus rows may be quoted TXT strings.
fn value(record: &str) -> String {
    selo::input::read(record).value
}

#[test]
fn fixture_rows_keep_their_provenance() {
    let rows = rows();
    assert_eq!(rows.len(), 117);
    assert_eq!(rows.iter().filter(|r| r.dns).count(), 20);
    for r in &rows {
        assert!(r.json["source"].as_str().is_some_and(|s| s.contains('@')));
        assert!(r.json["license"].as_str().is_some());
        if r.json.get("expect_rfc").is_some() {
            assert!(r.json["note"].as_str().is_some(), "row {}", r.n);
        }
    }
}

/// Every corpus row: valid or not as the RFC says. For the 20 rows that
/// need DNS (lookup counts across includes, void lookups, loops), only the
/// syntax outcome is asserted.
#[test]
fn corpus_rows_valid_per_rfc() {
    for r in rows() {
        let v = value(&r.record);
        let p = spf::parse(&v);
        assert_eq!(
            p.is_valid(),
            r.expect,
            "row {} {:?}: {:#?}",
            r.n,
            r.record,
            p.diagnostics
                .iter()
                .map(|d| (d.code, &d.message))
                .collect::<Vec<_>>()
        );
        if !r.expect && !v.is_empty() {
            // Invalid but still SPF: the model keeps what could be read.
            assert!(p.value.is_some(), "row {}", r.n);
        }
    }
}

#[test]
fn corpus_rows_give_the_expected_codes() {
    let by_row = |n: u64| {
        let r = rows().into_iter().find(|r| r.n == n).unwrap();
        let mut c: Vec<&str> = spf::parse(&value(&r.record))
            .errors()
            .map(|d| d.code)
            .collect();
        c.dedup();
        c
    };
    assert_eq!(by_row(6), ["spf::missing-domain", "spf::unknown-mechanism"]);
    assert_eq!(by_row(7), ["spf::bad-ip4"]);
    assert_eq!(by_row(8), ["spf::ip6-in-ip4"]);
    assert_eq!(by_row(9), ["spf::cidr-out-of-range"]);
    assert_eq!(by_row(11), ["spf::ip4-in-ip6"]);
    assert_eq!(by_row(13), ["spf::bad-ip4"]);
    assert_eq!(by_row(36), ["spf::unknown-macro-letter"]);
    assert_eq!(by_row(62), ["spf::unknown-mechanism"]);
    assert_eq!(by_row(90), ["spf::not-spf"]);
    assert_eq!(by_row(96), ["spf::bad-term"]);
    assert_eq!(
        by_row(97),
        ["spf::qualified-modifier", "spf::bad-domain-end"]
    );
    assert_eq!(by_row(98), ["spf::duplicate-modifier"]);
    assert_eq!(by_row(115), ["spf::macro-zero-digits"]);
    // checkdmarc's warnings: ptr (row 52), junk after all (row 2 is MS=..., a modifier, kept).
    let r52 = spf::parse("v=spf1 ptr -all");
    assert!(r52.has("spf::ptr"));
    let r2 = spf::parse("v=spf1 ip4:213.5.39.110 -all MS=83859DAEBD1978F9A7A67D3");
    assert!(r2.has("spf::unknown-modifier") && !r2.has("spf::after-all"));
    assert!(
        r2.value
            .unwrap()
            .to_string()
            .ends_with("ms=83859DAEBD1978F9A7A67D3")
    );
}

#[test]
fn corpus_round_trip_is_stable() {
    for r in rows() {
        let v = value(&r.record);
        let Some(m) = spf::parse(&v).value else {
            continue;
        };
        let text = m.to_string();
        let again = spf::parse(&text);
        assert_eq!(again.value.as_ref(), Some(&m), "row {}: {text}", r.n);
        assert_eq!(
            again.value.as_ref().unwrap().to_string(),
            text,
            "row {}",
            r.n
        );
        // The canonical text has no grammar error (invalid terms were left out).
        assert!(
            again.errors().all(|d| d.code == "spf::too-many-lookups"),
            "row {}: {text}",
            r.n
        );
    }
}

#[test]
fn spans_stay_inside_the_input() {
    let mut n = 0;
    for r in rows() {
        let inserts = ["\t", "é", "%", "/", ":", "=", "  ", "%{", "\u{0}"];
        for m in mutations(&value(&r.record), 1, &inserts) {
            let p = spf::parse(&m);
            check_diagnostics(&m, &p.diagnostics, spf::MESSAGES);
            n += 1;
        }
    }
    assert!(n > 10_000);
}

/// Applying a Safe fix removes its own finding and adds no error.
#[test]
fn safe_fixes_work_on_mutated_corpus() {
    let mut applied = 0;
    for r in rows() {
        let v = value(&r.record);
        for m in [
            format!(" {v}"),
            v.replacen(' ', "\t", 2),
            format!("{v} exp=e.example exp=e.example"),
        ] {
            applied += check_safe_fixes(&m, spf::parse);
            // In SPF every Safe fix repairs an error.
            let p = spf::parse(&m);
            for (_, fixed) in safe_fixed(&m, &p.diagnostics) {
                let q = spf::parse(&fixed);
                assert!(
                    q.errors().count() < p.errors().count(),
                    "{m:?} -> {fixed:?}"
                );
            }
        }
    }
    assert!(applied > 100);
}

#[test]
fn validate_maps_spans_onto_the_paste() {
    let text = "example.com. 3600 IN TXT \"v=spf1 ip4:192.0.2.300 \" \"-all\"";
    let v = selo::validate(text, None);
    assert_eq!(v.kind, Some(selo::RecordType::Spf));
    let d = v
        .diagnostics
        .iter()
        .find(|d| d.code == "spf::bad-ip4")
        .unwrap();
    assert_eq!(&text[d.primary.range()], "192.0.2.300");
    assert!(!v.valid);
}

#[test]
fn messages_are_complete() {
    for m in spf::MESSAGES {
        assert!(m.code.starts_with("spf::"));
        assert!(m.spec.is_some());
    }
    // Every code the tests see is in the catalogue.
    for r in rows() {
        for d in spf::parse(&value(&r.record)).diagnostics {
            assert!(spf::MESSAGES.iter().any(|m| m.code == d.code), "{}", d.code);
            assert!(d.severity >= Severity::Info);
        }
    }
}

// ---- property tests ----

fn label() -> impl Strategy<Value = String> {
    "[a-z_][a-z0-9]{0,6}"
}

fn macro_expand() -> impl Strategy<Value = String> {
    prop_oneof![
        (
            "[slodihvSLODIHV]",
            proptest::option::of(1u8..20),
            any::<bool>(),
            "[-.+,/_=]{0,2}"
        )
            .prop_map(|(l, d, r, del)| format!(
                "%{{{l}{}{}{del}}}",
                d.map(|d| d.to_string()).unwrap_or_default(),
                if r { "r" } else { "" }
            )),
        Just("%%".to_string()),
        Just("%_".to_string()),
        Just("%-".to_string()),
    ]
}

fn domain_spec() -> impl Strategy<Value = DomainSpec> {
    let part = prop_oneof![3 => label(), 1 => macro_expand()];
    (
        proptest::collection::vec(part, 1..4),
        prop_oneof![
            "[a-z]{2,6}".prop_map(|t| format!(".{t}")),
            "[a-z]{2,6}".prop_map(|t| format!(".{t}.")),
            "[a-z0-9]{1,3}-[a-z0-9]{1,3}".prop_map(|t| format!(".{t}")),
            Just("%{d}".to_string()),
        ],
    )
        .prop_map(|(parts, end)| {
            let s = format!("{}{end}", parts.join("."));
            DomainSpec::try_from(s.as_str()).unwrap_or_else(|e| panic!("{s}: {e}"))
        })
}

fn cidr() -> impl Strategy<Value = DualCidr> {
    (
        proptest::option::of(0u8..=32),
        proptest::option::of(0u8..=128),
    )
        .prop_map(|(a, b)| DualCidr::new(a, b).unwrap())
}

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop_oneof![
        Just(Qualifier::Pass),
        Just(Qualifier::Fail),
        Just(Qualifier::SoftFail),
        Just(Qualifier::Neutral)
    ]
}

fn mechanism() -> impl Strategy<Value = Mechanism> {
    prop_oneof![
        Just(Mechanism::All),
        domain_spec().prop_map(Mechanism::Include),
        domain_spec().prop_map(Mechanism::Exists),
        (proptest::option::of(domain_spec()), cidr())
            .prop_map(|(domain, cidr)| Mechanism::A { domain, cidr }),
        (proptest::option::of(domain_spec()), cidr())
            .prop_map(|(domain, cidr)| Mechanism::Mx { domain, cidr }),
        proptest::option::of(domain_spec()).prop_map(Mechanism::Ptr),
        (any::<u32>(), proptest::option::of(0u8..=32))
            .prop_map(|(a, p)| Mechanism::Ip4(Ip4Network::new(a.into(), p).unwrap())),
        (any::<u128>(), proptest::option::of(0u8..=128))
            .prop_map(|(a, p)| Mechanism::Ip6(Ip6Network::new(a.into(), p).unwrap())),
    ]
}

#[derive(Clone, Debug)]
enum Piece {
    Mech(Qualifier, Mechanism),
    Unknown(UnknownTag),
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        5 => (qualifier(), mechanism()).prop_map(|(q, m)| Piece::Mech(q, m)),
        1 => ("[a-z][a-z0-9._-]{0,5}", "[a-zA-Z0-9.:/+-]{0,8}")
            .prop_filter("known modifier", |(n, _)| n != "exp" && n != "redirect")
            .prop_map(|(n, v)| Piece::Unknown(UnknownTag::new(&n, &v).unwrap())),
    ]
}

fn model() -> impl Strategy<Value = Spf> {
    (
        proptest::collection::vec(piece(), 0..12),
        proptest::option::of(domain_spec()),
        proptest::option::of(domain_spec()),
    )
        .prop_map(|(pieces, redirect, exp)| {
            let mut b = Spf::builder();
            for p in pieces {
                b = match p {
                    Piece::Mech(q, m) => b.mechanism(q, m),
                    Piece::Unknown(u) => b.modifier(u),
                };
            }
            if let Some(r) = redirect {
                b = b.redirect(r);
            }
            if let Some(e) = exp {
                b = b.exp(e);
            }
            b.build()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn generate_then_parse_gives_back_the_model(m in model()) {
        let text = m.to_string();
        let p = spf::parse(&text);
        let grammar_errors: Vec<&str> = p
            .errors()
            .map(|d| d.code)
            .filter(|c| *c != "spf::too-many-lookups")
            .collect();
        prop_assert!(grammar_errors.is_empty(), "{text}: {grammar_errors:?}");
        prop_assert_eq!(p.value, Some(m), "{}", text);
    }

    #[test]
    fn parse_never_panics_and_spans_fit(s in "v=spf1( [-+~?]?[a-zA-Z0-9:/.%{}=_ -]{0,12}){0,5}") {
        let p = spf::parse(&s);
        check_diagnostics(&s, &p.diagnostics, spf::MESSAGES);
        prop_assert!(p.value.is_some());
    }
}

#[test]
fn model_serialises_to_json() {
    let m: Spf =
        "v=spf1 ~mx//64 include:_spf.example.net ip4:192.0.2.0/24 -all redirect=r.example ra=x"
            .parse()
            .unwrap();
    let j = serde_json::to_value(&m).unwrap();
    let terms = j["terms"].as_array().unwrap();
    assert_eq!(terms.len(), 6);
    assert_eq!(terms[0]["type"], "mechanism");
    assert_eq!(terms[0]["qualifier"], "softfail");
    assert_eq!(terms[0]["kind"]["name"], "mx");
    assert_eq!(terms[1]["kind"]["args"], "_spf.example.net");
    assert_eq!(terms[2]["kind"]["args"]["addr"], "192.0.2.0");
    assert_eq!(terms[4]["type"], "modifier");
    assert_eq!(terms[4]["name"], "redirect");
    assert_eq!(terms[5]["value"]["name"], "ra");
}

#[test]
fn from_str_is_strict() {
    assert!("v=spf1 -all".parse::<Spf>().is_ok());
    let e = "v=spf1 ip4:300.0.0.1 -all".parse::<Spf>().unwrap_err();
    assert!(e.diagnostics.iter().any(|d| d.code == "spf::bad-ip4"));
    // Warnings do not make it fail.
    assert!("v=spf1 ptr ?all".parse::<Spf>().is_ok());
}
