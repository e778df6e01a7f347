//! Diagnostics with their arguments, for `#[serde(with = ...)]`: the
//! validator's fields plus `args`, so that a front can render the finding
//! again in another language after reading it back (the domain check's and
//! the message analysis's JSON use it).

use crate::diagnostic::Arg;
use crate::{Diagnostic, Lang, Message, Severity, Span};
use serde::de::Error as _;
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Out<'a> {
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    args: BTreeMap<&'a str, ArgOut<'a>>,
}

/// An argument as JSON: a plain string, or its words in both languages.
#[derive(Serialize)]
#[serde(untagged)]
enum ArgOut<'a> {
    Plain(&'a str),
    Both { en: &'a str, pt: &'a str },
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ArgIn {
    Plain(String),
    Both { en: String, pt: String },
}

#[derive(Deserialize)]
struct In {
    code: String,
    severity: String,
    #[serde(default)]
    start: usize,
    #[serde(default)]
    end: usize,
    #[serde(default)]
    args: BTreeMap<String, ArgIn>,
}

pub(crate) fn serialize<S: Serializer>(v: &[Diagnostic], s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(v.len()))?;
    for d in v {
        seq.serialize_element(&Out {
            diagnostic: d,
            args: d
                .args
                .iter()
                .map(|(k, v)| {
                    let out = match v {
                        Arg::Plain(s) => ArgOut::Plain(s),
                        other => ArgOut::Both {
                            en: other.get(Lang::En),
                            pt: other.get(Lang::Pt),
                        },
                    };
                    (*k, out)
                })
                .collect(),
        })?;
    }
    seq.end()
}

/// The template of a code, from the engine's catalogue (codes are unique).
fn template(code: &str) -> Option<&'static Message> {
    crate::message(code)
}

/// The placeholder `name` as a `'static` slice of the template's text.
fn placeholder(t: &'static Message, name: &str) -> Option<&'static str> {
    let hole = format!("{{{name}}}");
    [t.en, t.en_help, t.pt, t.pt_help]
        .into_iter()
        .find_map(|text| text.find(&hole).map(|i| &text[i + 1..i + 1 + name.len()]))
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Diagnostic>, D::Error> {
    let raw = Vec::<In>::deserialize(d)?;
    raw.into_iter()
        .map(|i| {
            let t = template(&i.code)
                .ok_or_else(|| D::Error::custom(format!("unknown code {}", i.code)))?;
            let severity = match i.severity.as_str() {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                "info" => Severity::Info,
                other => return Err(D::Error::custom(format!("unknown severity {other}"))),
            };
            let mut out = Diagnostic::new(t, Span::new(i.start, i.end)).with_severity(severity);
            for (k, v) in i.args {
                if let Some(name) = placeholder(t, &k) {
                    out = match v {
                        ArgIn::Plain(v) => out.arg(name, v),
                        ArgIn::Both { en, pt } => out.arg_both(name, en, pt),
                    };
                }
            }
            Ok(out)
        })
        .collect()
}

impl Diagnostic {
    /// A finding read back from the JSON of the domain check or the
    /// message analysis (its code, severity, span and arguments), to be
    /// rendered in another language; `None` for an unknown code.
    ///
    /// ```
    /// use selo::{Diagnostic, Lang};
    /// let json = serde_json::json!({
    ///     "code": "check::timeout", "severity": "error",
    ///     "args": {"name": "example.com", "qtype": "TXT"}
    /// });
    /// let d = Diagnostic::from_json(&json).unwrap();
    /// assert!(d.message_in(Lang::Pt).contains("example.com"));
    /// ```
    pub fn from_json(value: &serde_json::Value) -> Option<Diagnostic> {
        deserialize(serde_json::Value::Array(vec![value.clone()]))
            .ok()?
            .pop()
    }
}
