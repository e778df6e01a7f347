//! Table tests from RFC 7208 (Appendix A, sections 5-7) and the rules of the
//! module.

use super::*;
use crate::{Applicability, Severity};

fn codes(input: &str) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = parse(input).diagnostics.iter().map(|d| d.code).collect();
    v.sort();
    v
}

fn errors(input: &str) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = parse(input).errors().map(|d| d.code).collect();
    v.sort();
    v
}

/// RFC 7208 Appendix A and the records quoted in sections 3-6: all are
/// valid; the advice each one draws is listed.
#[test]
fn rfc7208_appendix_a_and_examples() {
    let lc = "spf::lookup-count";
    for (input, want) in [
        ("v=spf1 +all", vec!["spf::pass-all"]),
        ("v=spf1 a -all", vec![lc]),
        ("v=spf1 a:example.org -all", vec![lc]),
        ("v=spf1 mx -all", vec![lc]),
        ("v=spf1 mx:example.org -all", vec![lc]),
        ("v=spf1 mx mx:example.org -all", vec![lc]),
        ("v=spf1 mx/30 mx:example.org/30 -all", vec![lc]),
        ("v=spf1 ptr -all", vec![lc, "spf::ptr"]),
        ("v=spf1 ip4:192.0.2.128/28 -all", vec![]),
        (
            "v=spf1 include:example.com include:example.net -all",
            vec![lc],
        ),
        ("v=spf1 redirect=example.org", vec![lc]),
        (
            "v=spf1 mx include:mobile-users._spf.%{d} include:remote-users._spf.%{d} -all",
            vec![lc],
        ),
        ("v=spf1 exists:%{l1r+}.%{d}", vec![lc, "spf::no-all"]),
        ("v=spf1 exists:%{ir}.%{l1r+}.%{d}", vec![lc, "spf::no-all"]),
        (
            "v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all",
            vec![lc, "spf::pass-all"],
        ),
        ("v=spf1 -ip4:192.0.2.0/24 +all", vec!["spf::pass-all"]),
        ("v=spf1 -ptr +all", vec![lc, "spf::pass-all", "spf::ptr"]),
        ("v=spf1 +mx a:colo.example.com/28 -all", vec![lc]),
        ("v=spf1 a:A.EXAMPLE.COM -all", vec![lc]),
        ("v=spf1 +mx redirect=_spf.example.com", vec![lc]),
        ("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all", vec![lc]),
        ("v=spf1 mx -all exp=explain._spf.%{d}", vec![lc]),
        ("v=spf1 ip4:192.0.2.1 ip4:192.0.2.129 -all", vec![]),
        ("v=spf1 ip4:192.0.2.0/24 mx -all", vec![lc]),
        ("v=spf1 -all", vec![]),
        (
            "v=spf1 exists:_h.%{h}._l.%{l}._o.%{o}._i.%{i}._spf.%{d} ?all",
            vec![lc, "spf::neutral-all"],
        ),
        (
            "v=spf1 mx ?exists:%{ir}.whitelist.example.org -all",
            vec![lc],
        ),
        ("v=spf1 mx exists:%{l}._spf_verify.%{d} -all", vec![lc]),
        ("v=spf1 mx redirect=%{l1r+}._at_.%{o}._spf.%{d}", vec![lc]),
    ] {
        let mut want = want;
        want.sort();
        assert_eq!(codes(input), want, "{input}");
        let p = parse(input);
        assert!(p.is_valid(), "{input}");
        // Canonical text parses back to the same model.
        let m = p.value.unwrap();
        assert_eq!(parse(&m.to_string()).value, Some(m.clone()), "{input}");
    }
}

/// RFC 7208 7.4: every macro-string of the expansion examples is a valid
/// domain-spec (the `%{s}`, `%{o}`... forms as `exists:` targets).
#[test]
fn rfc7208_section_7_4_macro_examples() {
    for m in [
        "%{s}",
        "%{o}",
        "%{d}",
        "%{d4}",
        "%{d3}",
        "%{d2}",
        "%{d1}",
        "%{dr}",
        "%{d2r}",
        "%{l}",
        "%{l-}",
        "%{lr}",
        "%{lr-}",
        "%{l1r-}",
        "%{ir}.%{v}._spf.%{d2}",
        "%{lr-}.lp._spf.%{d2}",
        "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}",
        "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}",
        "%{d2}.trusted-domains.example.net",
    ] {
        let input = format!("v=spf1 exists:{m} -all");
        assert_eq!(errors(&input), Vec::<&str>::new(), "{input}");
        assert!(DomainSpec::try_from(m).is_ok(), "{m}");
    }
    // 7.3: "%(ir)" is incorrect; "%{ir}" is legal.
    assert_eq!(
        errors("v=spf1 -exists:%(ir).sbl.example.org"),
        ["spf::bad-percent"]
    );
    assert_eq!(
        errors("v=spf1 -exists:%{ir}.sbl.example.org"),
        Vec::<&str>::new()
    );
    // c, r and t only in the explanation text, never in a domain-spec,
    // exp='s own included (7.2, 7.3; issue 6: exp=%{r}.example.com passed).
    for l in ["c", "r", "t", "C", "R", "T"] {
        for record in [
            format!("v=spf1 exists:%{{{l}}}.example.com -all"),
            format!("v=spf1 -all exp=%{{{l}}}.example.com"),
            format!("v=spf1 redirect=%{{{l}}}._spf.example.com"),
        ] {
            assert_eq!(errors(&record), ["spf::macro-only-in-exp"], "{record}");
        }
    }
    assert!(crate::spf::DomainSpec::try_from("%{r}.example.com").is_err());
    // An unknown modifier holds any macro-string, these letters included.
    assert!(errors("v=spf1 -all ra=%{r}").is_empty());
    // %%, %_ and %- are macro-expands too.
    assert!(errors("v=spf1 exists:%{l}._%-spf_%_verify%%.%{d} -all").is_empty());
    assert!(errors("v=spf1 redirect=%{l1r+}._at_.%{o,=_/}._spf.%{d}").is_empty());
}

#[test]
fn grammar_errors() {
    for (input, want) in [
        ("v=spf1 include:", vec!["spf::missing-domain"]),
        ("v=spf1 exists -all", vec!["spf::missing-domain"]),
        ("v=spf1 redirect=", vec!["spf::missing-domain"]),
        ("v=spf1 foo -all", vec!["spf::unknown-mechanism"]),
        ("v=spf1 ! -all", vec!["spf::bad-term"]),
        ("v=spf1 =x -all", vec!["spf::bad-term"]),
        ("v=spf1 1x=y -all", vec!["spf::bad-term"]),
        (
            "v=spf1 ?redirect=bogus.example",
            vec!["spf::qualified-modifier"],
        ),
        ("v=spf1 all:x", vec!["spf::unexpected-argument"]),
        ("v=spf1 ptr/24 -all", vec!["spf::unexpected-argument"]),
        ("v=spf1 a/24/ -all", vec!["spf::unexpected-argument"]),
        ("v=spf1 ip4 -all", vec!["spf::missing-address"]),
        ("v=spf1 ip4: -all", vec!["spf::missing-address"]),
        ("v=spf1 ip4:10.0.0.256", vec!["spf::bad-ip4"]),
        ("v=spf1 ip4:010.0.0.1 -all", vec!["spf::bad-ip4"]),
        ("v=spf1 ip4:2001:db8::1 -all", vec!["spf::ip6-in-ip4"]),
        ("v=spf1 ip6:192.0.2.1 -all", vec!["spf::ip4-in-ip6"]),
        ("v=spf1 ip6:2001:db8:::1", vec!["spf::bad-ip6"]),
        ("v=spf1 ip4:10.0.0.1/33", vec!["spf::cidr-out-of-range"]),
        ("v=spf1 ip4:10.0.0.0/08 -all", vec!["spf::bad-cidr"]),
        ("v=spf1 ip4:10.0.0.0/ -all", vec!["spf::bad-cidr"]),
        ("v=spf1 ip6:2001:db8::/129", vec!["spf::cidr-out-of-range"]),
        ("v=spf1 a:mox.example/33", vec!["spf::cidr-out-of-range"]),
        ("v=spf1 a:mox.example//129", vec!["spf::cidr-out-of-range"]),
        ("v=spf1 a//0 mx/0//0 -all", vec![]),
        (
            "v=spf1 redirect=a.example redirect=b.example",
            vec!["spf::duplicate-modifier"],
        ),
        (
            "v=spf1 -all exp=a.example exp=b.example",
            vec!["spf::duplicate-modifier"],
        ),
        ("v=spf1\t-all", vec!["spf::bad-space"]),
        (" v=spf1 -all", vec!["spf::leading-space"]),
        (
            "v=spf1 include:ex\u{e4}mple.com -all",
            vec!["spf::non-ascii"],
        ),
        ("v=spf1 \u{e4}ll", vec!["spf::bad-term", "spf::non-ascii"]),
        ("v=spf1 a:x -all", vec!["spf::bad-domain-end"]),
        (
            "v=spf1 include:example.123 -all",
            vec!["spf::bad-domain-end"],
        ),
        ("v=spf1 exists:%{s0}", vec!["spf::macro-zero-digits"]),
        ("v=spf1 exists:%{x}", vec!["spf::unknown-macro-letter"]),
        ("v=spf1 ip4:%{i} -all", vec!["spf::bad-ip4"]),
    ] {
        let mut want = want;
        want.sort();
        assert_eq!(errors(input), want, "{input}");
        assert!(parse(input).value.is_some(), "{input}");
    }
}

#[test]
fn version_rules() {
    // 4.5: "v=spf10" does not match.
    for (input, code) in [
        ("v=spf10", "spf::bad-version"),
        ("v=spf1;-all", "spf::bad-version"),
        ("", "spf::not-spf"),
        ("hello", "spf::not-spf"),
        ("v=DMARC1; p=none", "spf::other-type"),
        ("v=DKIM1; k=rsa; p=MIGf", "spf::other-type"),
        ("v=BIMI1; l=https://x.example/l.svg", "spf::other-type"),
        ("v=STSv1; id=1", "spf::other-type"),
        ("v=TLSRPTv1; rua=mailto:a@b.example", "spf::other-type"),
        ("spf2.0/pra -all", "spf::other-type"),
    ] {
        let p = parse(input);
        assert!(p.value.is_none(), "{input}");
        assert_eq!(p.diagnostics.len(), 1, "{input}");
        assert_eq!(p.diagnostics[0].code, code, "{input}");
        assert_eq!(p.diagnostics[0].severity, Severity::Error);
    }
    let p = parse("v=DMARC1; p=none");
    assert_eq!(
        p.diagnostics[0].message,
        "This is a DMARC record, not an SPF record."
    );
    assert_eq!(
        &"v=DMARC1; p=none"[p.diagnostics[0].primary.range()],
        "v=DMARC1"
    );
    // Case-insensitive version, trailing and repeated spaces allowed (12).
    for ok in ["v=spf1", "V=SPF1 -all", "v=spf1  mx   -all  ", "v=spf1 "] {
        assert!(parse(ok).value.is_some(), "{ok}");
        assert!(parse(ok).errors().next().is_none(), "{ok}");
    }
}

#[test]
fn names_are_case_insensitive_and_normalised() {
    let p = parse(
        "V=SPF1 MX:Example.COM/24 Include:_SPF.example.com IP4:192.0.2.0/24 -ALL REDIRECT=x.example EXP=y.example Foo=Bar",
    );
    let spf = p.value.unwrap();
    assert_eq!(
        spf.to_string(),
        "v=spf1 mx:Example.COM/24 include:_SPF.example.com ip4:192.0.2.0/24 -all redirect=x.example exp=y.example foo=Bar"
    );
    assert!(
        p.diagnostics
            .iter()
            .all(|d| d.code != "spf::unknown-mechanism")
    );
}

#[test]
fn spans_point_at_the_right_text() {
    let at = |input: &str, code: &str| -> String {
        let p = parse(input);
        let d = p
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{code} in {input}"));
        input[d.primary.range()].to_string()
    };
    assert_eq!(
        at("v=spf1 ip4:10.0.0.256/24 -all", "spf::bad-ip4"),
        "10.0.0.256"
    );
    assert_eq!(
        at("v=spf1 ip6:2001:db8::1/130 -all", "spf::cidr-out-of-range"),
        "130"
    );
    assert_eq!(
        at("v=spf1 a:x.example//129 -all", "spf::cidr-out-of-range"),
        "129"
    );
    assert_eq!(at("v=spf1 foo:bar -all", "spf::unknown-mechanism"), "foo");
    assert_eq!(
        at("v=spf1 exists:%{z}.x.example", "spf::unknown-macro-letter"),
        "z"
    );
    assert_eq!(at("v=spf1 mx -all a", "spf::after-all"), "a");
    assert_eq!(at("v=spf1 ptr:x.example -all", "spf::ptr"), "ptr:x.example");
    assert_eq!(
        at("v=spf1 ip4:192.0.2.1/24 -all", "spf::host-bits"),
        "192.0.2.1/24"
    );
    let input = "v=spf1 redirect=a.example -all redirect=b.example";
    let p = parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "spf::duplicate-modifier")
        .unwrap();
    assert_eq!(&input[d.primary.range()], "redirect=b.example");
    assert_eq!(&input[d.secondary[0].span.range()], "redirect=a.example");
    // The repeated modifier is left out of the model.
    assert_eq!(p.value.unwrap().redirect().unwrap().as_str(), "a.example");
}

#[test]
fn lints() {
    assert!(codes("v=spf1 all").contains(&"spf::pass-all"));
    assert!(codes("v=spf1 ?all").contains(&"spf::neutral-all"));
    assert!(codes("v=spf1 mx").contains(&"spf::no-all"));
    assert!(!codes("v=spf1 mx redirect=x.example").contains(&"spf::no-all"));
    assert!(codes("v=spf1 -all redirect=x.example").contains(&"spf::redirect-ignored"));
    assert!(!codes("v=spf1 -all exp=x.example").contains(&"spf::after-all"));
    assert!(codes("v=spf1 -all ip4:192.0.2.1").contains(&"spf::after-all"));
    assert!(codes("v=spf1 ip6:2001:db8::1/64 -all").contains(&"spf::host-bits"));
    assert!(!codes("v=spf1 ip6:2001:db8::/64 -all").contains(&"spf::host-bits"));
    assert!(codes("v=spf1 -all ra=x").contains(&"spf::unknown-modifier"));
}

#[test]
fn lookup_limit() {
    let terms = |n: usize| {
        (0..n)
            .map(|k| format!("include:s{k}.example"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let ten = format!("v=spf1 {} -all", terms(10));
    let p = parse(&ten);
    assert!(p.is_valid());
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "spf::lookup-count")
        .unwrap();
    assert_eq!(d.message_in(crate::Lang::En).split(' ').nth(3), Some("10"));
    let eleven = format!("v=spf1 a {} -all", terms(10));
    let p = parse(&eleven);
    assert_eq!(errors(&eleven), ["spf::too-many-lookups"]);
    let d = p.errors().next().unwrap();
    assert_eq!(&eleven[d.primary.range()], "include:s9.example");
    assert_eq!(p.value.unwrap().dns_lookup_count(), 11);
    // Every lookup kind counts; ip4, ip6 and all do not.
    let spf = parse("v=spf1 a mx ptr exists:%{i}.x.example include:y.example ip4:192.0.2.1 ip6:2001:db8::1 redirect=z.example").value.unwrap();
    assert_eq!(spf.dns_lookup_count(), 6);
}

#[test]
fn length_rules() {
    let pad = |n: usize| {
        let base = "v=spf1 -all";
        let mut s = base.to_string();
        let mut k = 0;
        while s.len() < n {
            s.push_str(&format!(" x{k}=y"));
            k += 1;
        }
        s.truncate(n);
        s
    };
    let has = |s: &str, c: &str| codes(s).contains(&c);
    let s = pad(255);
    assert!(!has(&s, "spf::needs-splitting"));
    let s = pad(300);
    assert!(has(&s, "spf::needs-splitting") && !has(&s, "spf::over-450"));
    let s = pad(460);
    assert!(has(&s, "spf::over-450") && !has(&s, "spf::over-512"));
    let s = pad(600);
    assert!(has(&s, "spf::over-512") && !has(&s, "spf::over-450"));
}

#[test]
fn safe_fixes_remove_their_finding() {
    for input in [
        " v=spf1 -all",
        "v=spf1\tmx\t-all",
        "v=spf1 redirect=a.example redirect=a.example",
        "v=spf1 -all exp=e.example exp=E.example",
    ] {
        let p = parse(input);
        let mut seen = 0;
        for d in &p.diagnostics {
            let Some(fix) = &d.fix else { continue };
            if fix.applicability != Applicability::Safe {
                continue;
            }
            seen += 1;
            let fixed = fix.apply(input);
            let q = parse(&fixed);
            let before = p.diagnostics.iter().filter(|x| x.code == d.code).count();
            let after = q.diagnostics.iter().filter(|x| x.code == d.code).count();
            assert_eq!(after, before - 1, "{input} -> {fixed}");
            assert!(
                q.errors().count() < p.errors().count(),
                "{input} -> {fixed}"
            );
        }
        assert!(seen > 0, "{input}");
    }
    // A differing duplicate gets no safe fix: which one is meant is unclear.
    let p = parse("v=spf1 redirect=a.example redirect=b.example");
    assert!(p.diagnostics.iter().all(|d| d.fix.is_none()));
}

#[test]
fn split_include_gets_a_join_fix() {
    let input = "v=spf1 mx include: _spf.example.com ~all";
    let p = parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "spf::missing-domain")
        .unwrap();
    let fixed = d.fix.as_ref().unwrap().apply(input);
    assert_eq!(fixed, "v=spf1 mx include:_spf.example.com ~all");
    assert!(parse(&fixed).is_valid());
    // No fix when the next word is not a domain, or the term has no colon.
    for input in [
        "v=spf1 include: -all",
        "v=spf1 include _spf.example.com -all",
    ] {
        let p = parse(input);
        let d = p
            .diagnostics
            .iter()
            .find(|d| d.code == "spf::missing-domain")
            .unwrap();
        assert!(d.fix.is_none(), "{input}");
    }
}

#[test]
fn no_all_fix_appends_all() {
    let input = "v=spf1 mx ";
    let p = parse(input);
    let d = p
        .diagnostics
        .iter()
        .find(|d| d.code == "spf::no-all")
        .unwrap();
    let fix = d.fix.as_ref().unwrap();
    assert_eq!(fix.applicability, Applicability::MaybeIncorrect);
    assert_eq!(fix.apply(input), "v=spf1 mx -all ");
}

#[test]
fn builder_round_trips() {
    let spf = Spf::builder()
        .a()
        .mechanism(
            Qualifier::Pass,
            Mechanism::A {
                domain: Some(DomainSpec::try_from("x.example").unwrap()),
                cidr: DualCidr::new(Some(24), Some(64)).unwrap(),
            },
        )
        .mechanism(
            Qualifier::Neutral,
            Mechanism::Mx {
                domain: None,
                cidr: DualCidr::new(None, Some(64)).unwrap(),
            },
        )
        .mechanism(Qualifier::SoftFail, Mechanism::Ptr(None))
        .redirect(DomainSpec::try_from("a.example").unwrap())
        .redirect(DomainSpec::try_from("b.example").unwrap())
        .build();
    assert_eq!(
        spf.to_string(),
        "v=spf1 a a:x.example/24//64 ?mx//64 ~ptr redirect=b.example"
    );
    assert_eq!(parse(&spf.to_string()).value, Some(spf));
}

#[test]
fn explain_covers_every_term() {
    let spf = parse("v=spf1 ~mx ip4:192.0.2.0/24 -all exp=x.example ra=y")
        .value
        .unwrap();
    let e = explain(&spf);
    let tags: Vec<&str> = e.iter().map(|x| x.tag.as_str()).collect();
    assert_eq!(tags, ["v", "~mx", "ip4", "-all", "exp", "ra"]);
    assert_eq!(e[2].value, "192.0.2.0/24");
    assert!(e[1].value_meaning.unwrap().en.starts_with("Softfail"));
    assert_eq!(e[1].default, Some("the domain being checked"));
    for x in &e {
        assert!(!x.meaning.en.is_empty() && !x.meaning.pt.is_empty());
    }
}
