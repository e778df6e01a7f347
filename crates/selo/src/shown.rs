//! A validation as a page shows it: every text already written out in both
//! languages, every place a byte span, nothing that needs the message
//! catalogues to read.
//!
//! The web app reads and checks records in its engine worker and receives
//! these values as an [`Answer`] in compact bytes (postcard, decoded with
//! far less code than JSON): the page's own module then needs only these
//! types, not the parsers, linters and catalogues behind [`shown`], which
//! keeps the site's first load small. The types read back what they write
//! (`serde` both ways, JSON too).
//!
//! ```
//! use selo::{Lang, RecordType, shown};
//! let s = shown::shown("v=DMARC1; p=none; pct=50", None);
//! assert_eq!(s.kind, Some(RecordType::Dmarc));
//! let pct = s.findings.iter().find(|f| f.fix.is_some()).unwrap();
//! assert!(!pct.message.get(Lang::Pt).is_empty());
//! let json = serde_json::to_string(&s).unwrap();
//! let back: shown::Shown = serde_json::from_str(&json).unwrap();
//! assert_eq!(back, s);
//! ```

use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Label, Lang, Severity, Span, Text};
use crate::explain::Explanation;
use crate::record::RecordType;
use crate::validate::{Validation, Verdict};
use serde::{Deserialize, Serialize};

/// One text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Both {
    /// English.
    pub en: String,
    /// European Portuguese.
    pub pt: String,
}

impl Both {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Pt => &self.pt,
        }
    }
}

impl From<Text> for Both {
    fn from(t: Text) -> Self {
        Both {
            en: t.en.to_string(),
            pt: t.pt.to_string(),
        }
    }
}

/// A place the finding also refers to, with what it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownLabel {
    /// The place.
    pub span: Span,
    /// What this place is ("first defined here").
    pub note: Option<Both>,
}

/// A proposed change, with its title written out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownFix {
    /// What the fix does, as a button label.
    pub title: Both,
    /// Non-overlapping edits.
    pub edits: Vec<Edit>,
    /// Safe fixes get a one-click button.
    pub applicability: Applicability,
}

impl ShownFix {
    /// `input` with the edits applied (see [`Fix::apply`]).
    pub fn apply(&self, input: &str) -> String {
        crate::diagnostic::apply_edits(input, &self.edits)
    }
}

/// The rule a finding cites.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownSpec {
    /// As people write it: `RFC 9989 4.7`.
    pub label: String,
    /// The section's address.
    pub url: String,
}

/// One finding, written out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownFinding {
    /// The stable code, like `dmarc::pct-removed`.
    pub code: String,
    /// How bad it is.
    pub severity: Severity,
    /// What is wrong and why.
    pub message: Both,
    /// What to do.
    pub help: Both,
    /// The main place.
    pub primary: Span,
    /// Other places it refers to.
    pub secondary: Vec<ShownLabel>,
    /// A proposed change.
    pub fix: Option<ShownFix>,
    /// The rule.
    pub spec: Option<ShownSpec>,
    /// The page of the app that fixes what a pasted log line reports
    /// (`dmarc`, `spf`, `dkim`, `mta-sts`; see [`crate::input::log_page`]).
    #[serde(default)]
    pub page: Option<String>,
}

impl From<&Diagnostic> for ShownFinding {
    fn from(d: &Diagnostic) -> Self {
        let label = |l: &Label| ShownLabel {
            span: l.span,
            note: l.note.map(Both::from),
        };
        let fix = |f: &Fix| ShownFix {
            title: f.title.into(),
            edits: f.edits.clone(),
            applicability: f.applicability,
        };
        ShownFinding {
            code: d.code.to_string(),
            severity: d.severity,
            message: Both {
                en: d.message_in(Lang::En),
                pt: d.message_in(Lang::Pt),
            },
            help: Both {
                en: d.help_in(Lang::En),
                pt: d.help_in(Lang::Pt),
            },
            primary: d.primary,
            secondary: d.secondary.iter().map(label).collect(),
            fix: d.fix.as_ref().map(fix),
            spec: d.spec.map(|s| ShownSpec {
                label: s.to_string(),
                url: s.url(),
            }),
            page: crate::input::log_page(d.code).map(str::to_string),
        }
    }
}

/// One row of a record's explanation, written out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownRow {
    /// The tag, term or field as written.
    pub tag: String,
    /// Its value as written.
    pub value: String,
    /// What the tag is for.
    pub meaning: Both,
    /// What this value does, when it is one of a few words.
    pub value_meaning: Option<Both>,
    /// The value receivers assume when the tag is absent (a phrase such
    /// as "the value of p" is translated; a value is the same in both).
    pub default: Option<Both>,
}

impl From<Explanation> for ShownRow {
    fn from(e: Explanation) -> Self {
        ShownRow {
            tag: e.tag,
            value: e.value,
            meaning: e.meaning.into(),
            value_meaning: e.value_meaning.map(Both::from),
            default: e.default.map(|d| crate::explain::default_text(d).into()),
        }
    }
}

/// A validation, written out for a page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    /// The type, given or detected; `None` when the text is of no known type.
    pub kind: Option<RecordType>,
    /// True when the type was detected rather than given.
    pub detected: bool,
    /// True when no finding is an error.
    pub valid: bool,
    /// The summary to show (see [`Verdict`]).
    pub verdict: Verdict,
    /// Every finding, with spans into the text, in input order.
    pub findings: Vec<ShownFinding>,
    /// The record explained tag by tag, when it is valid.
    pub explanation: Vec<ShownRow>,
    /// The generator's link filled with the record, when its generator
    /// can hold it ([`crate::handoff::for_record`]).
    pub generator: Option<String>,
}

impl Shown {
    /// The number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

impl From<&Validation> for Shown {
    fn from(v: &Validation) -> Self {
        let mut findings: Vec<ShownFinding> =
            v.diagnostics.iter().map(ShownFinding::from).collect();
        // As the page lists them: errors first, then warnings, then notes,
        // each in text order (sorted here, so the page's module carries no
        // sort).
        findings.sort_by_key(|d| (std::cmp::Reverse(d.severity), d.primary.start));
        Shown {
            kind: v.kind,
            detected: v.detected,
            valid: v.valid,
            verdict: v.verdict,
            findings,
            explanation: if v.valid {
                v.record
                    .as_ref()
                    .map(|r| r.explain().into_iter().map(ShownRow::from).collect())
                    .unwrap_or_default()
            } else {
                Vec::new()
            },
            generator: v.record.as_ref().and_then(crate::handoff::for_record),
        }
    }
}

/// The engine worker's answer to one of the page's questions, as the page
/// reads it: in bytes ([`Answer::to_bytes`]), so that the page's module
/// carries a small binary decoder instead of a JSON parser.
///
/// ```
/// use selo::shown::{self, Answer};
/// let a = Answer::Validated(7, shown::shown("v=spf1 +all", None));
/// assert_eq!(Answer::from_bytes(&a.to_bytes()), Some(a));
/// assert_eq!(Answer::from_bytes(b"{}"), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// The validation asked for by question `id`.
    Validated(u64, Shown),
    /// The pasted key read for question `id`.
    KeyRead(u64, ShownKey),
    /// An answer to question `id` that the page reads as JSON itself (an
    /// element tree or a list it builds into the page without typed
    /// fields): the SPF generator's live count and presets' notes.
    Json(u64, String),
}

impl Answer {
    /// The answer in bytes (postcard).
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).unwrap_or_default()
    }

    /// The answer these bytes hold, if they hold one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        postcard::from_bytes(bytes).ok()
    }

    /// The number of the question this answers.
    pub fn id(&self) -> u64 {
        match self {
            Answer::Validated(id, _) | Answer::KeyRead(id, _) | Answer::Json(id, _) => *id,
        }
    }
}

/// A pasted DKIM public key read into a record (see
/// [`crate::dkim::DkimKey::from_pasted`]), written out for a page: the
/// record and its key summary, or why the text is not a key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownKey {
    /// The record value (`v=DKIM1; k=rsa; p=...`).
    pub record: Option<String>,
    /// The key's type and size, like `RSA, 2048 bits`.
    pub key_info: Option<String>,
    /// Why the text is not a key, as a sentence in each language.
    pub error: Option<Both>,
}

/// Reads a pasted DKIM public key (PEM, bare base64, or a whole record).
///
/// ```
/// let k = selo::shown::shown_key("not a key!");
/// assert!(k.record.is_none() && k.error.is_some());
/// ```
pub fn shown_key(text: &str) -> ShownKey {
    use crate::Localized;
    match crate::dkim::DkimKey::from_pasted(text) {
        Ok(key) => ShownKey {
            record: Some(key.to_string()),
            key_info: key.key_info().map(|i| i.to_string()),
            error: None,
        },
        Err(e) => ShownKey {
            record: None,
            key_info: None,
            error: Some(Both {
                en: e.message_in(Lang::En),
                pt: e.message_in(Lang::Pt),
            }),
        },
    }
}

/// Validates `text` (see [`crate::validate()`]) and writes the result out.
pub fn shown(text: &str, kind: Option<RecordType>) -> Shown {
    Shown::from(&crate::validate(text, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_written_in_both_languages() {
        let s = shown("v=DMARC1; p=none; p=reject", None);
        assert!(!s.valid);
        let dup = s
            .findings
            .iter()
            .find(|f| f.code == "dmarc::duplicate-tag")
            .expect("the duplicate is found");
        assert_ne!(dup.message.en, dup.message.pt);
        assert!(!dup.help.pt.is_empty());
        assert!(!dup.secondary.is_empty(), "the first p= is pointed at");
        assert!(dup.spec.as_ref().unwrap().url.starts_with("https://"));
        assert!(
            s.explanation.is_empty(),
            "an invalid record is not explained"
        );
    }

    #[test]
    fn a_valid_record_is_explained_and_its_fix_applies() {
        let text = "v=DMARC1; p=none; pct=100";
        let s = shown(text, Some(RecordType::Dmarc));
        assert!(s.valid);
        assert!(s.explanation.iter().any(|r| r.tag == "p"));
        let fix = s.findings.iter().find_map(|f| f.fix.as_ref()).unwrap();
        assert!(!fix.apply(text).contains("pct"));
        assert!(!fix.title.pt.is_empty());
    }

    #[test]
    fn reads_back_what_it_writes() {
        for text in [
            "v=spf1 include:_spf.google.com ~all",
            "\"v=DMARC1",
            "version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 86400\n",
            "",
            "nonsense",
        ] {
            let s = shown(text, None);
            let json = serde_json::to_string(&s).unwrap();
            let back: Shown = serde_json::from_str(&json).unwrap();
            assert_eq!(back, s, "{text}");
            let answer = Answer::Validated(3, s);
            assert_eq!(
                Answer::from_bytes(&answer.to_bytes()),
                Some(answer),
                "{text}"
            );
        }
        // Every part of a finding: a fix with edits, secondary places, a
        // rule, a page, and a key with and without an error.
        let mut s = shown("v=DMARC1; p=none; p=reject; pct=50", None);
        s.findings[0].page = Some("dmarc".into());
        assert!(s.findings.iter().any(|f| f.fix.is_some()));
        assert!(s.findings.iter().any(|f| !f.secondary.is_empty()));
        let answer = Answer::Validated(u64::MAX, s);
        assert_eq!(Answer::from_bytes(&answer.to_bytes()), Some(answer));
        for key in [
            shown_key("not a key!"),
            shown_key("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="),
        ] {
            let answer = Answer::KeyRead(1, key);
            assert_eq!(Answer::from_bytes(&answer.to_bytes()), Some(answer));
        }
        // Cut short, the bytes hold no answer.
        let bytes = Answer::Validated(1, shown("v=spf1 -all", None)).to_bytes();
        assert_eq!(Answer::from_bytes(&bytes[..bytes.len() / 2]), None);
    }

    #[test]
    fn a_generated_key_pair_s_public_pem_becomes_its_record() {
        // What the DKIM page hands the worker after WebCrypto made a pair:
        // the public key as SubjectPublicKeyInfo PEM, RSA or Ed25519.
        let ed = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA4+icbB3wxr3w2h9+JRu3SKR/9lhDW6hzuGTBWeK72tA=\n-----END PUBLIC KEY-----\n";
        let k = shown_key(ed);
        assert_eq!(
            k.record.as_deref(),
            Some("v=DKIM1; k=ed25519; p=4+icbB3wxr3w2h9+JRu3SKR/9lhDW6hzuGTBWeK72tA=")
        );
        assert!(k.error.is_none());
        let rsa = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0EGWPCGD+E+G7OBsrd0T\n/owMBjrbVIirP9THHqFZ+IbFvtyHx1NRUmxUQyW1EXdhs7+RPNKtfkfR+uHi/Ybb\nF4Qkk7TEvit9lxIAtzVNFVlzdxwibtALF7dUl8bpGo44VNhlle2ByEUhBMFx/p/o\nlr0gYtmqV2V3hkrL94+Ad9vDZsQfJk3YBt7SJAOwReUVhtTRkCYOpKY4mQPS9xvg\nfKjrdYRLFH3NjAkXAbQixrB8Kc2UlOfNVBLocTfOsg72OObLWRiQ9+mCzHJwDAau\nV8e9vRkRjuu/uzd2wEH1CaCT2tVeY+Vkzkvme4GmqUi4ykmDnqZSUGP9JQ4Hm6B9\nAQIDAQAB\n-----END PUBLIC KEY-----\n";
        let k = shown_key(rsa);
        let record = k.record.expect("an RSA public key is read");
        assert!(
            record.starts_with("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"),
            "{record}"
        );
        assert_eq!(k.key_info.as_deref(), Some("RSA 2048 bits"));
    }

    #[test]
    fn a_pasted_key_becomes_its_record() {
        let rec = "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";
        let k = shown_key(rec);
        assert_eq!(k.record.as_deref(), Some(rec));
        assert!(k.key_info.is_some());
        assert!(k.error.is_none());
        let bad = shown_key("v=DKIM1; k=rsa; p=%%");
        assert!(bad.record.is_none());
        assert_ne!(
            bad.error.as_ref().unwrap().en,
            bad.error.as_ref().unwrap().pt
        );
    }
}
