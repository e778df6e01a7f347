//! DKIM key records: corpus, RFC examples, key sizes, fixes, spans and
//! round trips.

use proptest::prelude::*;
use selo::dkim::{
    self, DkimKey, Flag, HashAlgorithm, KeyAlgorithm, KeyError, KeyForm, KeyType, Notes, PublicKey,
    Selector, ServiceType, UnknownTag, Word,
};
use selo::{DomainName, Severity};

mod common;
use common::{check_diagnostics, check_safe_fixes, codes, mutations, read_fixture, rows};

fn fixture(file: &str) -> String {
    read_fixture(&format!("dkim/{file}"))
}

#[test]
fn corpus_rows_follow_the_rfc() {
    let rows = rows("dkim/corpus.jsonl");
    assert_eq!(rows.len(), 47);
    for row in rows {
        let input = row["record"].as_str().unwrap();
        let p = dkim::parse(input);
        let want = row["expect_rfc"].as_bool().unwrap();
        assert_eq!(p.is_valid(), want, "{input:?}: {:?}", codes(&p));
        for c in row["expect_codes"].as_array().unwrap() {
            assert!(
                p.has(c.as_str().unwrap()),
                "{input:?} lacks {c}: {:?}",
                codes(&p)
            );
        }
        check_diagnostics(input, &p.diagnostics, dkim::MESSAGES);
        check_safe_fixes(input, dkim::parse);
        // parse -> Display -> parse is stable.
        if let Some(model) = p.value {
            let again = dkim::parse(&model.to_string());
            assert_eq!(again.value.as_ref(), Some(&model), "{input:?}");
        }
    }
}

#[test]
fn generic_tag_lists_follow_rfc_6376_3_2() {
    // These rows are bare tag lists, not key records: only the grammar
    // findings count (their missing p= and unknown tags are expected).
    for row in rows("dkim/taglist.jsonl") {
        let input = row["record"].as_str().unwrap();
        let p = dkim::parse(input);
        let grammar_errors: Vec<_> = p
            .errors()
            .filter(|d| d.code != "dkim::missing-p")
            .map(|d| d.code)
            .collect();
        assert_eq!(
            grammar_errors.is_empty(),
            row["expect_rfc"].as_bool().unwrap(),
            "{input:?}: {grammar_errors:?}"
        );
        for c in row["expect_codes"].as_array().unwrap() {
            assert!(p.has(c.as_str().unwrap()), "{input:?} lacks {c}");
        }
        // The values survive with their inner white space.
        if input.contains("f oo=bar") {
            let key = p.value.unwrap();
            assert_eq!(key.unknown[1].value(), "f oo=bar");
        }
    }
}

const RSA1024: &str = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";
const ED: &str = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

#[test]
fn table() {
    let rsa = |rest: &str| format!("{rest}p={RSA1024}");
    let cases: Vec<(String, &[&str])> = vec![
        // RFC 6376 3.6.1 / Appendix C example, and RFC 8463 Appendix A.
        (
            format!("v=DKIM1; p={RSA1024}"),
            &["dkim::rsa-short", "dkim::key-summary"],
        ),
        (
            format!("v=DKIM1; k=ed25519; p={ED}"),
            &["dkim::key-summary"],
        ),
        // No v=: allowed (RFC 6376 3.6.1 "RECOMMENDED").
        (format!("k=ed25519; p={ED}"), &["dkim::key-summary"]),
        (
            format!("v=DKIM1; h=sha1; k=ed25519; p={ED}"),
            &["dkim::sha1-only", "dkim::key-summary"],
        ),
        (
            format!("v=DKIM1; h=sha1:sha256; k=ed25519; p={ED}"),
            &["dkim::sha1-allowed", "dkim::key-summary"],
        ),
        (
            format!("v=DKIM1; h=sha512; k=ed25519; p={ED}"),
            &[
                "dkim::unknown-hash",
                "dkim::no-known-hash",
                "dkim::key-summary",
            ],
        ),
        (
            format!("k=ed25519; s=tlsrpt; p={ED}"),
            &[
                "dkim::unknown-service",
                "dkim::not-for-email",
                "dkim::key-summary",
            ],
        ),
        (
            format!("k=ed25519; s=email:*; p={ED}"),
            &["dkim::key-summary"],
        ),
        (
            format!("k=ed25519; t=y:s:q; p={ED}"),
            &[
                "dkim::testing-mode",
                "dkim::strict-subdomains",
                "dkim::unknown-flag",
                "dkim::key-summary",
            ],
        ),
        (
            format!("k=ed25519; t=; p={ED}"),
            &["dkim::bad-list-item", "dkim::key-summary"],
        ),
        (
            format!("k=ed25519; t=y::s; p={ED}"),
            &[
                "dkim::testing-mode",
                "dkim::bad-list-item",
                "dkim::strict-subdomains",
                "dkim::key-summary",
            ],
        ),
        (format!("k=ED25519; p={ED}"), &["dkim::value-case"]),
        (
            format!("k=ed25519;; p={ED}"),
            &["dkim::empty-tag", "dkim::key-summary"],
        ),
        (format!("k = ed25519 ; p = {ED}"), &["dkim::key-summary"]),
        (
            format!("k=ed25519; n=rotated in 2026; p={ED}"),
            &["dkim::key-summary"],
        ),
        (
            format!("k=ed25519; x_y=1; p={ED}"),
            &["dkim::unknown-tag", "dkim::key-summary"],
        ),
        (
            format!("k=ed25519; 1x=1; p={ED}"),
            &["dkim::bad-tag-name", "dkim::key-summary"],
        ),
        (
            format!("k=ed25519; junk; p={ED}"),
            &["dkim::missing-equals", "dkim::key-summary"],
        ),
        (
            format!("k=ed25519; P=x; p={ED}"),
            &["dkim::tag-case", "dkim::key-summary"],
        ),
        (
            format!("v=DKIM1; k=ed25519; p={ED}; p={ED}"),
            &["dkim::key-summary", "dkim::duplicate-tag"],
        ),
        (rsa("v=DKIM1; k=ed25519; "), &["dkim::key-type-mismatch"]),
        (
            rsa("v=DKIM1; g=*; "),
            &["dkim::obsolete-g", "dkim::rsa-short", "dkim::key-summary"],
        ),
        ("v=DKIM1; p=MIGf!!".into(), &["dkim::bad-base64"]),
        ("v=DKIM1; p=AAAA".into(), &["dkim::bad-key"]),
        ("v=DKIM1; k=rsa; p= ".into(), &["dkim::revoked"]),
        ("v=DKIM1; k=foo; p=".into(), &["dkim::unknown-key-type"]),
        ("v=DKIM1".into(), &["dkim::missing-p"]),
        (
            "v=DKIM1.0; p=".into(),
            &["dkim::bad-version", "dkim::revoked"],
        ),
    ];
    for (input, want) in &cases {
        let p = dkim::parse(input);
        let mut want = want.to_vec();
        want.sort();
        assert_eq!(codes(&p), want, "{input}");
        check_diagnostics(input, &p.diagnostics, dkim::MESSAGES);
        check_safe_fixes(input, dkim::parse);
    }
}

#[test]
fn other_record_types_are_named() {
    for (input, kind) in [
        ("v=spf1 -all", "SPF"),
        ("v=DMARC1; p=none", "DMARC"),
        ("v=BIMI1; l=", "BIMI"),
        ("v=STSv1; id=1", "MTA-STS"),
        ("v=TLSRPTv1; rua=mailto:a@example.com", "TLS-RPT"),
    ] {
        let p = dkim::parse(input);
        assert!(p.value.is_none(), "{input}");
        assert_eq!(codes(&p), ["dkim::other-type"]);
        assert!(p.diagnostics[0].message.contains(kind), "{input}");
    }
    let empty = dkim::parse("  ");
    assert!(empty.value.is_none());
    assert_eq!(codes(&empty), ["dkim::empty"]);
}

#[test]
fn spans_point_at_the_culprit() {
    let input = "v=DKIM1; h=sha1; p=MIGf!!";
    let p = dkim::parse(input);
    let at = |code| {
        let d = p.diagnostics.iter().find(|d| d.code == code).unwrap();
        &input[d.primary.range()]
    };
    assert_eq!(at("dkim::bad-base64"), "MIGf!!");
    assert_eq!(at("dkim::sha1-only"), "h=sha1");

    let input = "v=DKIM1; p=; p=";
    let p = dkim::parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "dkim::duplicate-tag")
        .unwrap();
    assert_eq!(d.primary.start, 13);
    assert_eq!(d.secondary[0].span.start, 9);
    assert_eq!(d.fix.as_ref().unwrap().apply(input), "v=DKIM1; p=");

    let input = "p=; v=DKIM1";
    let d = &dkim::parse(input).diagnostics;
    let v = d
        .iter()
        .find(|d| d.code == "dkim::version-not-first")
        .unwrap();
    assert_eq!(&input[v.primary.range()], "v=DKIM1");
    assert_eq!(v.fix.as_ref().unwrap().apply(input), "p=");
}

#[test]
fn fixes_produce_the_expected_text() {
    let fixed = |input: &str, code: &str| {
        let p = dkim::parse(input);
        let d = p.diagnostics.iter().find(|d| d.code == code).unwrap();
        d.fix.as_ref().unwrap().apply(input)
    };
    assert_eq!(fixed("v=dkim1; p=", "dkim::bad-version"), "v=DKIM1; p=");
    assert_eq!(fixed("v=DKIM1;; p=", "dkim::empty-tag"), "v=DKIM1; p=");
    assert_eq!(fixed("v=DKIM1; g=*; p=", "dkim::obsolete-g"), "v=DKIM1; p=");
    assert_eq!(
        fixed(&format!("k=ed25519; h=SHA256; p={ED}"), "dkim::value-case"),
        format!("k=ed25519; h=sha256; p={ED}")
    );
    assert_eq!(
        fixed(
            &format!("k=ed25519; p={} {}", &ED[..10], &ED[10..]),
            "dkim::space-in-key"
        ),
        format!("k=ed25519; p={ED}")
    );
    assert_eq!(
        fixed(&format!("p={ED}"), "dkim::key-type-mismatch"),
        format!("k=ed25519; p={ED}")
    );
}

#[test]
fn rsa_key_sizes_are_reported() {
    for (file, bits, code) in [
        ("rsa1024.pub.pem", 1024, Some("dkim::rsa-short")),
        ("rsa2048.pub.pem", 2048, None),
        ("rsa4096.pub.pem", 4096, None),
        ("rsa4608.pub.pem", 4608, Some("dkim::rsa-too-long")),
        ("rsa2048.pkcs1.pem", 2048, None),
    ] {
        let der = dkim::public_key_from_pem(&fixture(file)).unwrap();
        let key = DkimKey::rsa_from_spki_der(&der).unwrap();
        let info = key.key_info().unwrap();
        assert_eq!(info.bits, bits, "{file}");
        assert_eq!(info.algorithm, KeyAlgorithm::Rsa);
        assert_eq!(info.form, KeyForm::Spki, "{file}: PKCS#1 is wrapped");
        assert_eq!(info.to_string(), format!("RSA {bits} bits"));
        let text = key.to_string();
        assert!(text.starts_with("v=DKIM1; k=rsa; p=MI"), "{text}");
        let p = dkim::parse(&text);
        assert!(p.is_valid(), "{file}");
        let size_codes: Vec<_> = codes(&p)
            .into_iter()
            .filter(|c| c.starts_with("dkim::rsa-"))
            .collect();
        assert_eq!(size_codes, code.into_iter().collect::<Vec<_>>(), "{file}");
        let summary = p
            .diagnostics
            .iter()
            .find(|d| d.code == "dkim::key-summary")
            .unwrap();
        assert!(summary.message.contains(&format!("{bits} bits")));
    }
    // 512 bits (corpus row from dkimpy).
    let p = dkim::parse(
        "k=rsa; s=email;p=MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANmBe10IgY+u7h3enWTukkqtUD5PR52Tb/mPfjC0QJTocVBq6Za/PlzfV+Py92VaCak19F4WrbVTK5Gg5tW220MCAwEAAQ==",
    );
    assert!(p.has("dkim::rsa-too-short"));
    assert_eq!(p.value.unwrap().key_info().unwrap().bits, 512);
}

#[test]
fn ed25519_wrapped_in_spki_is_caught_and_fixed() {
    let der = dkim::public_key_from_pem(&fixture("ed25519.pub.pem")).unwrap();
    assert_eq!(der.len(), 44);
    let b64 = PublicKey::from_der(&der);
    // Building a record unwraps the key: the record holds the raw 32 bytes.
    let raw: [u8; 32] = der[12..].try_into().unwrap();
    let built = DkimKey::from_base64(KeyType::Ed25519, b64.as_str()).unwrap();
    assert_eq!(built.public_key.bytes().unwrap(), raw);
    assert_eq!(built.key_info().unwrap().form, KeyForm::Raw);
    assert_eq!(built, DkimKey::ed25519_from_raw(&raw));
    assert_eq!(DkimKey::from_public_key_der(&der).unwrap(), built);
    let input = format!("v=DKIM1; k=ed25519; p={}", b64.as_str());
    let p = dkim::parse(&input);
    assert!(p.has("dkim::ed25519-spki"));
    assert!(!p.has("dkim::key-summary"));
    assert!(!p.is_valid());
    // A published wrapped key is not one a verifier reads: no size shown.
    assert_eq!(p.value.as_ref().unwrap().key_info(), None);
    check_safe_fixes(&input, dkim::parse);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "dkim::ed25519-spki")
        .unwrap();
    let fixed = d.fix.as_ref().unwrap().apply(&input);
    let key = dkim::parse(&fixed).into_result().unwrap();
    assert_eq!(key, DkimKey::ed25519_from_raw(&raw));
    // An RSA SPKI with k=ed25519, and an ed25519 key with k=rsa.
    let p = dkim::parse(&format!("k=ed25519; p={RSA1024}"));
    assert!(p.has("dkim::key-type-mismatch"));
}

#[test]
fn pem_input() {
    assert_eq!(
        dkim::public_key_from_pem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"),
        Err(dkim::PemError::WrongLabel("CERTIFICATE".into()))
    );
    assert_eq!(
        dkim::public_key_from_pem(
            "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"
        ),
        Err(dkim::PemError::PrivateKey)
    );
    assert!(matches!(
        dkim::public_key_from_pem("-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----"),
        Err(dkim::PemError::Key(KeyError::Base64(_)))
    ));
    // Text around the block (as pasted from a provider's page) is ignored.
    let pem = format!("Your key:\n{}\nThanks", fixture("rsa2048.pub.pem"));
    assert!(dkim::public_key_from_pem(&pem).is_ok());
}

#[test]
fn owner_names_and_selectors() {
    let d = DomainName::try_from("example.com").unwrap();
    let s = Selector::try_from("2026.mkt").unwrap();
    assert_eq!(
        dkim::owner_name(&s, &d).unwrap().as_str(),
        "2026.mkt._domainkey.example.com"
    );
    for bad in ["", "a b", "a..b", "sel.", "-x"] {
        assert!(Selector::try_from(bad).is_err(), "{bad:?}");
    }
    let a63 = "a".repeat(63);
    let long =
        Selector::try_from(format!("{a63}.{a63}.{a63}.{}", "b".repeat(40)).as_str()).unwrap();
    assert!(dkim::owner_name(&long, &d).is_err());
}

#[test]
fn display_is_canonical() {
    let p = dkim::parse(&format!(
        " t=s ; p={ED} ; n=hi there; x=1; k=ed25519; v=DKIM1 "
    ));
    let key = p.value.unwrap();
    assert_eq!(
        key.to_string(),
        format!("v=DKIM1; k=ed25519; t=s; n=hi there; x=1; p={ED}")
    );
    assert_eq!(DkimKey::revoked().to_string(), "v=DKIM1; p=");
}

#[test]
fn explain_covers_every_tag() {
    let key = dkim::parse(&format!(
        "v=DKIM1; k=ed25519; h=sha256; s=email; t=y; n=x; g=*; p={ED}"
    ))
    .value
    .unwrap();
    let ex = dkim::explain(&key);
    let tags: Vec<_> = ex.iter().map(|e| e.tag.as_str()).collect();
    assert_eq!(tags, ["v", "k", "h", "s", "t", "n", "g", "p"]);
    assert!(
        ex.iter()
            .all(|e| !e.meaning.en.is_empty() && !e.meaning.pt.is_empty())
    );
    assert_eq!(ex[1].default, Some("rsa"));
    assert!(ex[4].value_meaning.unwrap().en.contains("testing"));
    let revoked = dkim::explain(&DkimKey::revoked());
    assert!(revoked[1].value_meaning.unwrap().en.contains("revoked"));
}

#[test]
fn mutations_never_panic_and_spans_stay_inside() {
    let mut inputs: Vec<String> = rows("dkim/corpus.jsonl")
        .iter()
        .map(|r| r["record"].as_str().unwrap().to_string())
        .collect();
    inputs.push(format!("v=DKIM1; n=café ☕; k=ed25519; p={ED}"));
    inputs.push("é=ü; ;x; p=\u{00e9}".into());
    for input in inputs {
        // Every boundary: a ";" put in at each one also doubles every ";".
        for variant in mutations(&input, 1, &[";", "é ", "="]) {
            let p = dkim::parse(&variant);
            check_diagnostics(&variant, &p.diagnostics, dkim::MESSAGES);
            if let Some(m) = p.value {
                let _ = dkim::explain(&m);
            }
        }
    }
}

#[test]
fn every_code_is_in_messages() {
    let all: Vec<&str> = dkim::MESSAGES.iter().map(|m| m.code).collect();
    for m in dkim::MESSAGES {
        assert!(m.code.starts_with("dkim::"));
        assert!(m.spec.is_some(), "{}", m.code);
    }
    let p = dkim::parse("v=dkim1; k=rsa; h=sha1; t=y; p=");
    for d in &p.diagnostics {
        assert!(all.contains(&d.code), "{}", d.code);
        assert!(d.severity >= Severity::Info);
    }
}

// Real RSA keys from the corpus (1024 and 2048 bits, SPKI).
const RSA_KEYS: &[&str] = &[
    RSA1024,
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvzwKQIIWzQXv0nihasFTT3+JO23hXCge+ESWNxCJdVLxKL5edxrumEU3DnrPeGD6q6E/vjoXwBabpm8F5o96MEPm7v12O5IIK7wx7gIJiQWvexwh+GJvW4aFFa0g13Ai75UdZjGFNKHAEGeLmkQYybK/EHW5ymRlSg3g8zydJGEcI/melLCiBoShHjfZFJEThxLmPHNSi+KOUMypxqYHd7hzg6W7qnq6t9puZYXMWj6tEaf6ORWgb7DOXZSTJJjAJPBWa2+UrxXX6Ro7L7Xy1zzeYFCk8W5vmn0wMgGpjkWw0ljJWNwIpxZAj9p5wMedWasaPS74TZ1b7tI39ncp6QIDAQAB",
];

fn word(known: &'static [&'static str]) -> impl Strategy<Value = Word> {
    "[a-z][a-z0-9-]{0,6}[a-z0-9]"
        .prop_filter("not a known value", move |s| {
            !known.iter().any(|k| k.eq_ignore_ascii_case(s))
        })
        .prop_map(|s| Word::try_from(s.as_str()).unwrap())
}

fn model() -> impl Strategy<Value = DkimKey> {
    let key = prop_oneof![
        (any::<[u8; 32]>(), any::<bool>()).prop_map(|(raw, _)| DkimKey::ed25519_from_raw(&raw)),
        (0..RSA_KEYS.len(), any::<bool>()).prop_map(|(i, explicit)| {
            let mut k = DkimKey::from_base64(KeyType::Rsa, RSA_KEYS[i]).unwrap();
            if !explicit {
                k.key_type = None;
            }
            k
        }),
    ];
    let hashes = (
        any::<bool>(),
        proptest::collection::vec(
            word(&["sha1", "sha256"]).prop_map(HashAlgorithm::Other),
            0..2,
        ),
    )
        .prop_map(|(sha1, mut other)| {
            if other.is_empty() && !sha1 {
                return vec![];
            }
            other.insert(0, HashAlgorithm::Sha256);
            if sha1 {
                other.push(HashAlgorithm::Sha1);
            }
            other
        });
    let services = proptest::collection::vec(
        prop_oneof![
            Just(ServiceType::All),
            Just(ServiceType::Email),
            word(&["email"]).prop_map(ServiceType::Other)
        ],
        0..3,
    )
    .prop_map(|mut v| {
        if !v.is_empty() {
            v.push(ServiceType::Email);
        }
        v
    });
    let flags = proptest::collection::vec(
        prop_oneof![
            Just(Flag::Testing),
            Just(Flag::Strict),
            word(&["y", "s"]).prop_map(Flag::Other)
        ],
        0..3,
    );
    let notes = proptest::option::of(
        "([!-:<-~]{1,8}( [!-:<-~]{1,5})?)?".prop_map(|s| Notes::try_from(s.as_str()).unwrap()),
    );
    let unknown = proptest::collection::vec(
        ("[a-z][a-z0-9_]{0,4}", "[!-:<-~]{0,8}").prop_filter_map("known tag", |(n, v)| {
            let known = ["v", "k", "h", "s", "t", "n", "p"];
            if known.iter().any(|k| k.eq_ignore_ascii_case(&n)) {
                return None;
            }
            UnknownTag::new(&n, &v).ok()
        }),
        0..3,
    )
    .prop_filter("unique names", |v| {
        let mut names: Vec<_> = v.iter().map(|t| t.name().to_string()).collect();
        names.sort();
        names.dedup();
        names.len() == v.len()
    });
    (key, any::<bool>(), hashes, services, flags, notes, unknown).prop_map(
        |(mut k, v, h, s, t, n, u)| {
            k.version_present = v;
            k.hash_algorithms = h;
            k.service_types = s;
            k.flags = t;
            k.notes = n;
            k.unknown = u;
            k
        },
    )
}

proptest! {
    #[test]
    fn display_then_parse_gives_the_model_back(key in model()) {
        let text = key.to_string();
        let p = dkim::parse(&text);
        let errors: Vec<_> = p.errors().map(|d| d.code).collect();
        prop_assert!(errors.is_empty(), "{text}: {errors:?}");
        prop_assert_eq!(p.value, Some(key));
    }

    #[test]
    fn parse_never_panics(s in "[ -~\t\né]{0,80}") {
        let p = dkim::parse(&s);
        check_diagnostics(&s, &p.diagnostics, dkim::MESSAGES);
        if let Some(m) = p.value {
            let again = dkim::parse(&m.to_string());
            prop_assert!(again.value.is_some());
        }
    }
}
