//! The report reader's catalogue against what it emits: every
//! `report::` code is emitted by some input (a fixture file or one of
//! [`triggers`]), each trigger emits its code whether read from bytes or
//! streamed, and every note and error renders whole in both languages.
//! (`tests/catalogue.rs` does the same for the record checks; report codes
//! need files, not pasted records.)

use selo::Lang;
use selo::report::{FileResult, Limits, MESSAGES, Note, Options, Report, read, read_from};
use std::collections::BTreeMap;
use std::io::Write;

mod common;
use common::{every_fixture, reports_dir as dir};

fn gzip(b: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

/// A minimal aggregate report around `inner` (the records and extras).
fn agg(inner: &str) -> Vec<u8> {
    format!(
        "<feedback><version>1.0</version><report_metadata><org_name>r.example</org_name>\
         <report_id>1</report_id><date_range><begin>0</begin><end>86399</end></date_range>\
         </report_metadata><policy_published><domain>example.com</domain><p>none</p>\
         </policy_published>{inner}</feedback>"
    )
    .into_bytes()
}

const ROW: &str = "<record><row><source_ip>192.0.2.1</source_ip><count>1</count>\
    <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf>\
    </policy_evaluated></row><identifiers><header_from>example.com</header_from></identifiers>\
    </record>";

const TLS: &str = r#"{"organization-name":"r.example","date-range":{"start-datetime":"2026-01-01T00:00:00Z","end-datetime":"2026-01-01T23:59:59Z"},"contact-info":"x","report-id":"1","policies":[{"policy":{"policy-type":"sts","policy-domain":"example.com","policy-string":["version: STSv1","mode: testing"],"mx-host":["mx.example.com"]},"summary":{"total-successful-session-count":1,"total-failure-session-count":0}}]}"#;

/// A reader that fails half way, as a file on a vanished disk.
struct Failing<'a>(&'a [u8]);

impl std::io::Read for Failing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::Error::other("device gone"));
        }
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

/// `(code, input, limits)`: reading `input` emits `code`, as the file's
/// error or as a note. Only for codes the fixtures do not reach.
fn triggers() -> Vec<(&'static str, Vec<u8>, Limits)> {
    let d = Limits::default();
    let mut nested = agg(ROW);
    for _ in 0..6 {
        nested = gzip(&nested);
    }
    vec![
        ("report::empty", b"  \n".to_vec(), d),
        ("report::bad-xml", agg("<record><row a=\"1></row></record>"), d),
        (
            "report::missing-field",
            b"<feedback><record></record></feedback>".to_vec(),
            d,
        ),
        (
            "report::bad-number",
            agg(&ROW.replace("<count>1</count>", "<count>many</count>")),
            d,
        ),
        (
            "report::not-tlsrpt-json",
            br#"{"organization-name": "r.example"}"#.to_vec(),
            d,
        ),
        ("report::too-deep", nested, d),
        ("report::bad-mail", b"From \n".to_vec(), d),
        (
            "report::upper-case-word",
            agg(&ROW.replace("<dkim>pass</dkim>", "<dkim>PASS</dkim>")),
            d,
        ),
        (
            "report::unknown-word",
            agg(&ROW.replace("<dkim>pass</dkim>", "<dkim>maybe</dkim>")),
            d,
        ),
        (
            "report::lossy-utf8",
            agg(ROW).replace_str("r.example", "r.ex\u{1}ample").replace_byte(1, 0xff),
            d,
        ),
        (
            "report::recovered-xml",
            agg(&ROW.replace("</identifiers>", "")),
            d,
        ),
        (
            "report::old-draft",
            agg(ROW).replace_str("<version>1.0</version>", ""),
            d,
        ),
        (
            "report::empty-archive",
            [&b"PK\x05\x06"[..], &[0; 18]].concat(),
            d,
        ),
        (
            "report::no-report-in-mail",
            b"From: a@example.com\r\nSubject: hello\r\n\r\nJust a note, no report.\r\n".to_vec(),
            d,
        ),
        (
            "report::missing-optional",
            agg(ROW).replace_str("<org_name>r.example</org_name>", ""),
            d,
        ),
        (
            "report::extra-field",
            agg(&ROW.replace("<count>", "<colour>red</colour><count>")),
            d,
        ),
        (
            "report::testing",
            agg(ROW)
                .replace_str("<p>none</p>", "<p>none</p><testing>y</testing>"),
            d,
        ),
        (
            "report::tls-no-sending-ip",
            TLS.replace(
                r#""summary""#,
                r#""failure-details":[{"result-type":"certificate-expired","receiving-mx-hostname":"mx.example.com","failed-session-count":2}],"summary""#,
            )
            .into_bytes(),
            d,
        ),
        (
            "report::tls-no-policy-domain",
            TLS.replace(r#""policy-domain":"example.com","#, "").into_bytes(),
            d,
        ),
        (
            "report::tls-mx-host-string",
            TLS.replace(r#"["mx.example.com"]"#, r#""mx.example.com""#)
                .into_bytes(),
            d,
        ),
        (
            "report::tls-unknown-policy-type",
            TLS.replace(r#""policy-type":"sts""#, r#""policy-type":"dane""#)
                .into_bytes(),
            d,
        ),
        (
            "report::too-big",
            gzip(&agg(&ROW.repeat(200))),
            Limits {
                max_output: 1024,
                ..d
            },
        ),
    ]
}

trait Edit {
    fn replace_str(&self, from: &str, to: &str) -> Vec<u8>;
    fn replace_byte(&self, from: u8, to: u8) -> Vec<u8>;
}

impl Edit for Vec<u8> {
    fn replace_str(&self, from: &str, to: &str) -> Vec<u8> {
        String::from_utf8(self.clone())
            .unwrap()
            .replace(from, to)
            .into_bytes()
    }
    fn replace_byte(&self, from: u8, to: u8) -> Vec<u8> {
        self.iter()
            .map(|&b| if b == from { to } else { b })
            .collect()
    }
}

/// The error and every note of a file.
fn notes(f: &FileResult) -> Vec<&Note> {
    let mut v: Vec<&Note> = f.error_detail.iter().collect();
    for r in &f.reports {
        v.extend(match r {
            Report::DmarcAggregate(a) => &a.notes,
            Report::TlsRpt(t) => &t.notes,
            Report::DmarcFailure(x) => &x.notes,
        });
    }
    v
}

fn opts(lang: Lang, limits: Limits) -> Options {
    Options {
        lang,
        limits,
        ..Options::default()
    }
}

/// Every code emitted, with where, and the rendered notes, in both languages.
fn emitted() -> (BTreeMap<&'static str, String>, Vec<(String, Note)>) {
    let mut codes = BTreeMap::new();
    let mut rendered = Vec::new();
    let mut files = Vec::new();
    every_fixture(&dir(), &mut files);
    for lang in [Lang::En, Lang::Pt] {
        for p in &files {
            let bytes = std::fs::read(p).unwrap();
            let name = p.strip_prefix(dir()).unwrap().display().to_string();
            let f = read(&name, &bytes, &opts(lang, Limits::default()));
            for n in notes(&f) {
                codes.entry(n.code).or_insert_with(|| name.clone());
                rendered.push((name.clone(), n.clone()));
            }
        }
        for (code, input, limits) in triggers() {
            let f = read(code, &input, &opts(lang, limits));
            for n in notes(&f) {
                codes
                    .entry(n.code)
                    .or_insert_with(|| format!("trigger {code}"));
                rendered.push((format!("trigger {code}"), n.clone()));
            }
        }
        let bytes = agg(ROW);
        let f = read_from(
            "failing",
            Failing(&bytes[..40]),
            80,
            &opts(lang, Limits::default()),
        );
        for n in notes(&f) {
            codes
                .entry(n.code)
                .or_insert_with(|| "a failing reader".into());
            rendered.push(("a failing reader".into(), n.clone()));
        }
    }
    (codes, rendered)
}

#[test]
fn every_report_code_is_emitted() {
    let (codes, _) = emitted();
    let missing: Vec<&str> = MESSAGES
        .iter()
        .map(|m| m.code)
        .filter(|c| !codes.contains_key(c))
        .collect();
    assert!(missing.is_empty(), "never emitted: {missing:#?}");
    for c in codes.keys() {
        assert!(
            MESSAGES.iter().any(|m| m.code == *c),
            "{c} is in no catalogue"
        );
        assert!(
            selo::all_messages().any(|m| m.code == *c),
            "{c} is not in selo::all_messages()"
        );
    }
}

#[test]
fn every_trigger_emits_its_code_read_or_streamed() {
    let mut failed = Vec::new();
    for (code, input, limits) in triggers() {
        let o = opts(Lang::En, limits);
        for (how, f) in [
            ("read", read("t", &input, &o)),
            (
                "read_from",
                read_from("t", &input[..], input.len() as u64, &o),
            ),
        ] {
            let got: Vec<&str> = notes(&f).iter().map(|n| n.code).collect();
            if !got.contains(&code) {
                failed.push(format!("{how}: {code} not emitted, got {got:?}"));
            }
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn every_note_renders_whole_in_both_languages() {
    let (_, rendered) = emitted();
    for (from, n) in rendered {
        for text in [&n.message, &n.help] {
            assert!(!text.trim().is_empty(), "{from}: {} is empty", n.code);
            assert!(
                !has_hole(text),
                "{from}: {} leaves a placeholder: {text}",
                n.code
            );
        }
    }
}

/// A `{name}` left unfilled (report values may hold braces, names never
/// hold spaces).
fn has_hole(text: &str) -> bool {
    let m = MESSAGES
        .iter()
        .flat_map(|m| [m.en, m.pt, m.en_help, m.pt_help]);
    let names: Vec<String> = m
        .flat_map(|t| {
            t.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| format!("{{{n}}}")))
                .collect::<Vec<_>>()
        })
        .collect();
    names.iter().any(|n| text.contains(n.as_str()))
}
