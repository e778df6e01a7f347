//! The catalogues against the findings: every code of every catalogue is
//! emitted by some input, and every finding renders whole in both
//! languages.
//!
//! The inputs are every row of the shared corpus plus [`TRIGGERS`], an
//! explicit list of `(type, input, code)` for the codes the corpus does not
//! reach. Both ways are checked: each trigger emits its code, and each code
//! of [`selo::all_messages`] is emitted by the corpus or by a trigger.

mod common;

use selo::diagnostic::Arg;
use selo::{Diagnostic, Lang, RecordType, validate};
use std::collections::BTreeSet;

/// An Ed25519 public key, for DKIM records that must otherwise be sound.
const ED: &str = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
/// A valid MTA-STS policy file to vary.
const POLICY: &str =
    "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800\r\n";

/// The body of a PEM file of `tests/fixtures/dkim`, as one base64 line.
fn pem_body(name: &str) -> String {
    common::read_fixture(&format!("dkim/{name}"))
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect()
}

/// `(type, input, code)`: `input` read as `type` emits `code`. `auto`
/// pastes go through [`validate`] (detection and paste handling); typed
/// inputs through [`selo::parse`], the record value as it is, so that the
/// findings about leading space, which a paste trims, are reached too.
/// Only for codes the corpus does not reach.
fn triggers() -> Vec<(&'static str, String, &'static str)> {
    let spf_of = |len: usize| {
        let mut s = String::from("v=spf1");
        let mut i = 0;
        while s.len() < len {
            s.push_str(&format!(" ip4:192.0.2.{}", i % 250));
            i += 1;
        }
        s.truncate(len);
        s
    };
    let lookups: String = (0..11).map(|i| format!(" a:h{i}.example.com")).collect();
    let many_unknown: String = (0..60).map(|i| format!(" x{i}=1;")).collect();
    let t = |kind: &'static str, input: &str, code: &'static str| (kind, input.to_string(), code);
    vec![
        t("auto", "\"v=spf1 -all", "input::unterminated-quote"),
        (
            "auto",
            format!("\"{}\"", spf_of(300)),
            "input::string-too-long",
        ),
        t("auto", "\"v=spf1 -all\" junk", "input::text-outside-quotes"),
        t("auto", "\"v=spf1 \\255 -all\"", "input::not-utf8"),
        t("auto", "MS=ms12345678", "input::unknown-type"),
        // A zone-file line whose owner name is not where the type is read.
        t(
            "auto",
            "example.com. IN TXT \"v=DMARC1; p=reject\"",
            "dmarc::wrong-owner",
        ),
        t(
            "auto",
            "_dmarc.example.com. IN TXT \"v=spf1 mx -all\"",
            "spf::wrong-owner",
        ),
        (
            "auto",
            format!("example.com. IN TXT \"v=DKIM1; k=ed25519; p={ED}\""),
            "dkim::wrong-owner",
        ),
        t(
            "auto",
            "example.com. IN TXT \"v=BIMI1; l=https://example.com/logo.svg\"",
            "bimi::wrong-owner",
        ),
        t(
            "auto",
            "example.com. IN TXT \"v=STSv1; id=1\"",
            "mta_sts::wrong-owner",
        ),
        t(
            "auto",
            "example.com. IN TXT \"v=TLSRPTv1; rua=mailto:t@example.com\"",
            "tls_rpt::wrong-owner",
        ),
        // A slip in an enumerated value or a term's name.
        t("auto", "v=DMARC1; p=quarentine", "dmarc::misspelt-value"),
        t("auto", "v=spf1 mx ~alll", "spf::misspelt-term"),
        t("auto", "v=spf1 mx ~ all", "spf::lone-qualifier"),
        (
            "auto",
            format!("v=DKIM1; k=ed2559; p={ED}"),
            "dkim::misspelt-value",
        ),
        t(
            "auto",
            "version: STSv1\nmode: enforced\nmx: mail.example.com\nmax_age: 604800\n",
            "mta_sts::policy-misspelt-mode",
        ),
        t("auto", "   ", "input::empty"),
        (
            "auto",
            format!("v=DMARC1; p=reject;{many_unknown}"),
            "input::more-findings",
        ),
        t("auto", "v=spf1 -all", "spf::allows-nobody"),
        t(
            "auto",
            "MTA-STS policy missing: STSFetchResult.NONE",
            "input::log-mta-sts-missing",
        ),
        t(
            "auto",
            "SPF PermError: too many DNS lookups",
            "input::log-spf-too-many-lookups",
        ),
        t(
            "auto",
            "spf=permerror (google.com: error in processing)",
            "input::log-spf-permerror",
        ),
        t(
            "auto",
            "DMARC policy not enabled",
            "input::log-dmarc-not-enabled",
        ),
        t(
            "auto",
            "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy",
            "input::log-dmarc-rejected",
        ),
        t(
            "auto",
            "dkim=fail (body hash did not verify)",
            "input::log-dkim-body-hash",
        ),
        t(
            "auto",
            "dkim=neutral (no key for signature)",
            "input::log-dkim-no-key",
        ),
        t(
            "spf",
            "v=spf1 mx a include:_spf.google.com include:mailgun.org -all",
            "spf::lookup-estimate-high",
        ),
        t(
            "spf",
            "v=spf1 mx a include:_spf.google.com include:mailgun.org include:x.example -all",
            "spf::lookup-estimate-over",
        ),
        t(
            "spf",
            "v=spf1 mx a include:_spf.google.com include:mailgun.org include:x.example -all",
            "spf::lookup-unknown-includes",
        ),
        t("dmarc", "hello", "dmarc::not-dmarc"),
        t(
            "dmarc",
            "p=reject; rua=mailto:a@example.com",
            "dmarc::missing-version",
        ),
        t("dmarc", "p=reject; v=DMARC1", "dmarc::version-not-first"),
        t(
            "dmarc",
            "v=DMARC1; p=reject; rua=mailto:a@example.com; fo=d:d; ruf=mailto:f@example.com",
            "dmarc::fo-repeated",
        ),
        t(
            "dmarc",
            "v=DMARC1; p=reject; rua=https://example.com/r",
            "dmarc::bad-scheme",
        ),
        t(
            "dmarc",
            "v=DMARC1; p=reject; rua=mailto:a@example.com,",
            "dmarc::empty-uri",
        ),
        t(
            "dmarc",
            "v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.com,mailto:c@example.com",
            "dmarc::many-uris",
        ),
        t(
            "dmarc-report-auth",
            "v=DMARC1; p=none",
            "dmarc::auth-tag-ignored",
        ),
        t("spf", "v=DMARC1; p=none", "spf::other-type"),
        t("spf", "hello", "spf::not-spf"),
        t("spf", "v=spf10", "spf::bad-version"),
        t("spf", " v=spf1 -all", "spf::leading-space"),
        t("spf", "v=spf1\t-all", "spf::bad-space"),
        t("spf", "v=spf1 a:ex\u{e9}.example -all", "spf::non-ascii"),
        t("spf", "v=spf1 ra=a\u{7f}b -all", "spf::bad-char"),
        t("spf", "v=spf1 ptr/24 -all", "spf::unexpected-argument"),
        t("spf", "v=spf1 ip4 -all", "spf::missing-address"),
        t("spf", "v=spf1 ip4:10.0.0.0/08 -all", "spf::bad-cidr"),
        t(
            "spf",
            "v=spf1 -exists:%(ir).sbl.example.org",
            "spf::bad-percent",
        ),
        t(
            "spf",
            "v=spf1 exists:%{d!}.example.com -all",
            "spf::bad-macro",
        ),
        t(
            "spf",
            "v=spf1 -all exp=%{r}.example.com",
            "spf::macro-only-in-exp",
        ),
        t(
            "spf",
            "v=spf1 a:a..example.com -all",
            "spf::bad-domain-name",
        ),
        t("spf", "v=spf1 exists:%{p}.example.com -all", "spf::p-macro"),
        t(
            "spf",
            "v=spf1 -all redirect=x.example",
            "spf::redirect-ignored",
        ),
        (
            "spf",
            format!("v=spf1{lookups} -all"),
            "spf::too-many-lookups",
        ),
        ("spf", spf_of(300), "spf::needs-splitting"),
        ("spf", spf_of(460), "spf::over-450"),
        ("spf", spf_of(600), "spf::over-512"),
        t("dkim", "v=spf1 -all", "dkim::other-type"),
        (
            "dkim",
            format!("v=DKIM1; k=rsa; p={}", pem_body("rsa4608.pub.pem")),
            "dkim::rsa-too-long",
        ),
        (
            "dkim",
            format!("v=DKIM1; k=ed25519; p={}", pem_body("ed25519.pub.pem")),
            "dkim::ed25519-spki",
        ),
        (
            "dkim",
            format!("v=DKIM1; h=sha1:sha256; k=ed25519; p={ED}"),
            "dkim::sha1-allowed",
        ),
        (
            "dkim",
            format!("v=DKIM1; h=sha512; k=ed25519; p={ED}"),
            "dkim::no-known-hash",
        ),
        (
            "dkim",
            format!("k=ed25519; s=tlsrpt; p={ED}"),
            "dkim::not-for-email",
        ),
        (
            "dkim",
            format!("k=ed25519; junk; p={ED}"),
            "dkim::missing-equals",
        ),
        (
            "dkim",
            format!("k=ed25519; 1x=1; p={ED}"),
            "dkim::bad-tag-name",
        ),
        (
            "dkim",
            format!("k=ed25519; x=a\u{e9}; p={ED}"),
            "dkim::bad-value",
        ),
        t("bimi", "", "bimi::empty"),
        t(
            "bimi",
            "google-site-verification=abc",
            "bimi::missing-version",
        ),
        t("bimi", "l=; v=BIMI1", "bimi::version-not-first"),
        t(
            "bimi",
            "v=BIMI1; l=http://example.com/logo.svg",
            "bimi::bad-scheme",
        ),
        t(
            "bimi",
            "v=BIMI1; l=https://exa mple.com/logo.svg",
            "bimi::bad-uri",
        ),
        t(
            "bimi",
            "v=BIMI1; l=https://example.com/logo.png",
            "bimi::bad-image-format",
        ),
        t(
            "bimi",
            "v=BIMI1; l=https://example.com/logo?id=3",
            "bimi::not-svg",
        ),
        t(
            "bimi",
            "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.crt",
            "bimi::evidence-not-pem",
        ),
        t("bimi", "V=BIMI1; l=", "bimi::tag-case"),
        t("bimi", "v=BIMI1;; l=", "bimi::empty-tag"),
        t("bimi", "v=BIMI1; l=; junk", "bimi::missing-equals"),
        t("mta-sts", "V=STSv1; id=a", "mta_sts::version-case"),
        t("mta-sts", "v=STSv1; ID=a", "mta_sts::tag-case"),
        t("mta-sts", "v=STSv1; id=a; x", "mta_sts::missing-equals"),
        t("mta-sts", "v=STSv1; id = a", "mta_sts::space-around-equals"),
        t("mta-sts", " v=STSv1; id=a", "mta_sts::outer-space"),
        t("mta-sts", "v=STSv1; id=a; x=\u{e9}", "mta_sts::non-ascii"),
        t(
            "mta-sts-policy",
            "v=spf1 -all",
            "mta_sts::policy-other-type",
        ),
        t(
            "mta-sts-policy",
            "<html><body>mode: enforce</body></html>",
            "mta_sts::policy-html",
        ),
        (
            "mta-sts-policy",
            POLICY.replace("mode:", "\r\nmode:"),
            "mta_sts::policy-blank-line",
        ),
        (
            "mta-sts-policy",
            POLICY.replace("mode:", " mode:"),
            "mta_sts::policy-leading-space",
        ),
        (
            "mta-sts-policy",
            POLICY.replace("mode:", "Mode:"),
            "mta_sts::policy-field-case",
        ),
        (
            "mta-sts-policy",
            POLICY.replace("mode:", "mode :"),
            "mta_sts::policy-space-before-colon",
        ),
        (
            "mta-sts-policy",
            POLICY.replace("mail.example.com", "mail.example.com."),
            "mta_sts::policy-mx-trailing-dot",
        ),
        (
            "mta-sts-policy",
            format!("{POLICY}mx: MAIL.example.com\r\n"),
            "mta_sts::policy-duplicate-mx",
        ),
        t("tls-rpt", "rua=mailto:a@example.com", "tls_rpt::not-tlsrpt"),
        t(
            "tls-rpt",
            "v=tlsrptv1; rua=mailto:a@example.com",
            "tls_rpt::version-case",
        ),
        t(
            "tls-rpt",
            "rua=mailto:a@example.com; v=TLSRPTv1",
            "tls_rpt::version-not-first",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua=mailto:a@example.com,,mailto:b@example.com",
            "tls_rpt::empty-uri",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua=mailto:example.com",
            "tls_rpt::bad-mailto",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua=https:///x",
            "tls_rpt::bad-https",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua=mailto:a@example.com,mailto:A@example.com",
            "tls_rpt::duplicate-uri",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; RUA=mailto:a@example.com",
            "tls_rpt::tag-case",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua=mailto:a@example.com; v=TLSRPTv1",
            "tls_rpt::duplicate-tag",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua=mailto:a@example.com; x",
            "tls_rpt::missing-equals",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua = mailto:a@example.com",
            "tls_rpt::space-around-equals",
        ),
        t(
            "tls-rpt",
            " v=TLSRPTv1; rua=mailto:a@example.com",
            "tls_rpt::outer-space",
        ),
        t(
            "tls-rpt",
            "v=TLSRPTv1; rua=mailto:a\u{e7}\u{e3}o@example.com",
            "tls_rpt::non-ascii",
        ),
    ]
}

fn corpus_type(t: &str) -> Option<RecordType> {
    Some(match t {
        "dmarc" => RecordType::Dmarc,
        "spf" => RecordType::Spf,
        "dkim" => RecordType::Dkim,
        "bimi" => RecordType::Bimi,
        "mta-sts-record" => RecordType::MtaSts,
        "mta-sts-policy" => RecordType::MtaStsPolicy,
        "tlsrpt" => RecordType::TlsRpt,
        _ => return None,
    })
}

/// Every input: the corpus rows, then the triggers.
fn inputs() -> Vec<(Option<RecordType>, String)> {
    let mut out = Vec::new();
    for file in [
        "dmarc",
        "spf",
        "dkim",
        "bimi",
        "mta-sts-record",
        "mta-sts-policy",
        "tlsrpt",
    ] {
        for row in common::rows(&format!("corpus/{file}.jsonl")) {
            let t = corpus_type(row["type"].as_str().unwrap());
            out.push((t, row["record"].as_str().unwrap().to_string()));
        }
    }
    for (t, input, _) in triggers() {
        let t = (t != "auto").then(|| t.parse::<RecordType>().unwrap());
        out.push((t, input));
    }
    out
}

/// The findings for `input`: through [`selo::parse`] when the type is
/// given, and through [`validate`] in every case.
fn read(t: Option<RecordType>, input: &str) -> Vec<Diagnostic> {
    let mut out = validate(input, t).diagnostics;
    if let Some(t) = t {
        out.extend(selo::parse(t, input).1);
    }
    out
}

fn findings() -> Vec<(String, Diagnostic)> {
    let mut out: Vec<(String, Diagnostic)> = inputs()
        .into_iter()
        .flat_map(|(t, input)| read(t, &input).into_iter().map(move |d| (input.clone(), d)))
        .collect();
    out.extend(engine_findings());
    out
}

/// Findings of engine functions that read no record text (the SPF
/// generator's chosen presets), labelled by what they were given.
fn engine_findings() -> Vec<(String, Diagnostic)> {
    use selo::spf::presets::{find, preset_findings};
    let chosen = ["amazon-ses", "mailgun", "mailchimp", "google-workspace"];
    let presets: Vec<_> = chosen.iter().map(|id| find(id).unwrap()).collect();
    let mut out: Vec<(String, Diagnostic)> = preset_findings(&presets, true)
        .into_iter()
        .map(|d| (format!("presets {chosen:?} on the root"), d))
        .collect();
    for typed in [
        "https://www.example.com/contact",
        "example.com.",
        "acme-example",
    ] {
        out.extend(
            selo::input::read_domain(typed)
                .notes
                .into_iter()
                .map(|d| (typed.to_string(), d)),
        );
    }
    out
}

#[test]
fn every_trigger_emits_its_code() {
    let mut failed = Vec::new();
    for (t, input, code) in triggers() {
        let kind = (t != "auto").then(|| t.parse::<RecordType>().unwrap());
        let diagnostics = read(kind, &input);
        if !diagnostics.iter().any(|d| d.code == code) {
            failed.push(format!(
                "{t} {input:?} does not emit {code}: {:?}",
                diagnostics.iter().map(|d| d.code).collect::<Vec<_>>()
            ));
        }
        assert!(
            selo::all_messages().any(|m| m.code == code),
            "{code} is in no catalogue"
        );
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn every_code_of_every_catalogue_is_emitted() {
    let emitted: BTreeSet<&str> = findings().iter().map(|(_, d)| d.code).collect();
    // The domain check's and the report reader's codes need DNS answers or
    // report files, not pasted records: check::tests and the report tests
    // cover those (and message::tests the message analyzer's).
    let missing: Vec<&str> = selo::all_messages()
        .map(|m| m.code)
        .filter(|c| {
            !c.starts_with("check::") && !c.starts_with("report::") && !c.starts_with("message::")
        })
        .filter(|c| !emitted.contains(c))
        .collect();
    assert!(missing.is_empty(), "never emitted: {missing:#?}");
}

/// The `{name}` placeholders of a template text.
fn holes(text: &str) -> Vec<&str> {
    selo::diagnostic::placeholders(text).collect()
}

#[test]
fn every_finding_renders_whole_in_both_languages() {
    let mut bad = Vec::new();
    for (input, d) in findings() {
        let m = d.template();
        for text in [m.en, m.en_help, m.pt, m.pt_help] {
            for h in holes(text) {
                if !d.args.iter().any(|(k, _)| *k == h) {
                    bad.push(format!("{}: no value for {{{h}}} ({input:?})", d.code));
                }
            }
        }
        for (k, v) in &d.args {
            let Arg::Plain(v) = v else { continue };
            if input.contains(v.as_str()) || selo::message(v).is_some() {
                continue; // the user's own text, or a finding's code
            }
            // English words an argument made by the engine (not copied
            // from the input) must not hold: the Portuguese text shows them.
            let english = selo::text::english_words(v);
            if !english.is_empty() {
                bad.push(format!(
                    "{}: {{{k}}} = {v:?} is English words in every language ({input:?})",
                    d.code
                ));
            }
        }
        for lang in [Lang::En, Lang::Pt] {
            assert!(!d.message_in(lang).is_empty() && !d.help_in(lang).is_empty());
        }
    }
    bad.sort();
    bad.dedup();
    assert!(bad.is_empty(), "{bad:#?}");
}

/// Every template of every catalogue, rendered in both languages with a
/// sample value for each placeholder, leaves no placeholder unfilled, and
/// both languages have the same placeholders.
#[test]
fn every_message_renders_with_sample_arguments() {
    for m in selo::all_messages() {
        for (en, pt) in [(m.en, m.pt), (m.en_help, m.pt_help)] {
            let mut a = holes(en);
            let mut b = holes(pt);
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "{}: placeholders differ", m.code);
            for text in [en, pt] {
                let out = selo::diagnostic::fill(text, |_| Some("X"));
                // Only literal braces remain: the SPF macros `%{d}`...
                let stray = out.replace("%{", "").replace('{', "{!");
                assert!(!stray.contains("{!"), "{}: {out}", m.code);
            }
        }
    }
}

/// `lint(model)` on a built model gives the advice `parse` gives for the
/// same record written out: its codes are among parse's, each with an
/// empty span and no fix. Checked on every valid corpus row (an invalid one
/// keeps its bad tags as text, which the model does not judge).
#[test]
fn built_models_lint_like_parsed_ones() {
    fn check<T: std::fmt::Display>(
        file: &str,
        parse: fn(&str) -> selo::Parsed<T>,
        lint: fn(&T) -> Vec<Diagnostic>,
    ) -> usize {
        let mut linted = 0;
        for row in common::rows(&format!("corpus/{file}.jsonl")) {
            let parsed = parse(row["record"].as_str().unwrap());
            if !parsed.is_valid() {
                continue;
            }
            let Some(model) = parsed.value else { continue };
            let text = model.to_string();
            let parsed: BTreeSet<&str> = parse(&text).diagnostics.iter().map(|d| d.code).collect();
            let built = lint(&model);
            for d in &built {
                assert!(
                    parsed.contains(d.code),
                    "{file}: {text:?}: {} not from parse",
                    d.code
                );
                assert!(d.primary.is_empty() && d.fix.is_none(), "{}", d.code);
            }
            linted += built.len();
        }
        linted
    }
    assert!(check("dmarc", selo::dmarc::parse, selo::dmarc::lint) > 0);
    assert!(check("spf", selo::spf::parse, selo::spf::lint) > 0);
    assert!(check("bimi", selo::bimi::parse, selo::bimi::lint) > 0);
    assert!(check("dkim", selo::dkim::parse, selo::dkim::lint) > 0);
    // No corpus record lists an address twice (the doctest of
    // `tls_rpt::lint` does): only the subset rule is checked here.
    check("tlsrpt", selo::tls_rpt::parse, selo::tls_rpt::lint);
    assert!(
        check(
            "mta-sts-policy",
            selo::mta_sts::parse_policy,
            selo::mta_sts::lint
        ) > 0
    );
}

/// A fix's title is a button label on its own: not the replacement text
/// restated ("Add mailto: `mailto:`"), and more than "Use X" / "Add X".
#[test]
fn fix_titles_say_what_they_do_on_their_own() {
    let mut bad = Vec::new();
    for (input, d) in findings() {
        let Some(fix) = &d.fix else { continue };
        for lang in [Lang::En, Lang::Pt] {
            let title = fix.title.get(lang);
            let words = title.split_whitespace().count();
            let restates = fix.edits.iter().any(|e| {
                let r = e.replacement.trim().trim_end_matches(';');
                !r.is_empty() && words <= 2 && title.contains(r)
            });
            // "Use ~all (softfail)" shown beside its replacement reads
            // "Use ~all (softfail) ~all": say what is replaced or added.
            let vague = lang == Lang::En && title.starts_with("Use ");
            if words < 2 || restates || vague {
                bad.push(format!("{}: {title:?} ({input:?})", d.code));
            }
        }
    }
    bad.sort();
    bad.dedup();
    assert!(bad.is_empty(), "{bad:#?}");
}

/// The Portuguese text of `t` without what stays as written in every
/// language: placeholders, quoted record text and tag names.
fn prose(t: &str) -> String {
    let filled = selo::diagnostic::fill(t, |_| Some(" "));
    let mut out = String::new();
    let mut quoted = false;
    for c in filled.chars() {
        match c {
            '`' => quoted = !quoted,
            _ if quoted => {}
            _ => out.push(c),
        }
    }
    out
}

/// No Portuguese text of any catalogue (every protocol, the domain check,
/// the report reader, the message analysis) holds English words.
#[test]
fn every_portuguese_text_of_every_catalogue_is_portuguese() {
    let mut bad = Vec::new();
    for m in selo::all_messages() {
        for t in [m.pt, m.pt_help] {
            let english = selo::text::english_words(&prose(t)).join(" ");
            if !english.is_empty() {
                bad.push(format!("{}: {english:?} in {t:?}", m.code));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

/// Every error the engine can give a user reads in Portuguese without
/// English words: lookups, HTTP, resolver URLs, report files.
#[test]
fn every_error_reads_in_portuguese() {
    use selo::dns::{HttpError, LookupError, ResolverUrlError};
    use selo::report::ReadError;
    use selo::{Lang, Localized};
    let errors: Vec<Box<dyn Localized>> = vec![
        Box::new(LookupError::Timeout),
        Box::new(LookupError::ServFail),
        Box::new(LookupError::Refused),
        Box::new(LookupError::Http(503)),
        Box::new(LookupError::Network(
            "network error: cannot reach dns.example: connection refused".into(),
        )),
        Box::new(LookupError::Network(
            "TLS error: the certificate is not trusted".into(),
        )),
        Box::new(LookupError::Malformed(
            "the answer does not match the question".into(),
        )),
        Box::new(LookupError::TooLarge),
        Box::new(HttpError::Timeout),
        Box::new(HttpError::Unreadable("the browser refused (CORS)".into())),
        Box::new(HttpError::Network("connection reset by peer".into())),
        Box::new(HttpError::Tls("the certificate has expired".into())),
        Box::new(HttpError::Redirect),
        Box::new(HttpError::TooLarge),
        Box::new(ResolverUrlError::Scheme),
        Box::new(ResolverUrlError::PlainHttpNotLoopback),
        Box::new(ResolverUrlError::Malformed),
        Box::new(ResolverUrlError::Extra),
        Box::new(ReadError::Io(std::io::Error::other("disk on fire"))),
        Box::new(ReadError::Io(std::io::ErrorKind::UnexpectedEof.into())),
        Box::new(ReadError::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "corrupt deflate stream",
        ))),
        Box::new(ReadError::Zip(zip::result::ZipError::InvalidArchive(
            "Invalid zip header".into(),
        ))),
        Box::new(ReadError::CharRef),
        Box::new(ReadError::Json(
            serde_json::from_str::<serde_json::Value>("{").unwrap_err(),
        )),
    ];
    for e in &errors {
        let (en, pt) = (e.message_in(Lang::En), e.message_in(Lang::Pt));
        assert_eq!(en, e.to_string());
        assert_ne!(en, pt, "{en} is not translated");
        assert!(
            selo::text::english_words(&pt).is_empty(),
            "English in {pt:?} ({en:?})"
        );
    }
}
