//! The report as the page receives it: the engine's `DomainCheck` JSON,
//! with `elapsed_ms` filled in and every finding's Portuguese message and
//! help added (`message_pt`, `help_pt`) beside the English ones, so the page
//! can switch language without asking again and without carrying the
//! message catalogue in its own module.

use selo::check::DomainCheck;
use selo::{Diagnostic, Lang, Message, Span};
use serde_json::{Map, Value};

/// The template of a finding's code: the check's catalogue, then the
/// validator's.
fn template(code: &str) -> Option<&'static Message> {
    selo::check::messages::MESSAGES
        .iter()
        .copied()
        .find(|m| m.code == code)
        .or_else(|| selo::validate::message(code))
}

/// The placeholder `name` as a `'static` slice of the template's text.
fn placeholder(t: &'static Message, name: &str) -> Option<&'static str> {
    let hole = format!("{{{name}}}");
    [t.en, t.en_help, t.pt, t.pt_help]
        .into_iter()
        .find_map(|text| text.find(&hole).map(|i| &text[i + 1..i + 1 + name.len()]))
}

/// The Portuguese message and help of a finding's JSON (`code`, `args`).
fn portuguese(o: &Map<String, Value>) -> Option<(String, String)> {
    let t = template(o.get("code")?.as_str()?)?;
    let mut d = Diagnostic::new(t, Span::new(0, 0));
    if let Some(Value::Object(args)) = o.get("args") {
        for (k, v) in args {
            if let (Some(name), Some(v)) = (placeholder(t, k), v.as_str()) {
                d = d.arg(name, v);
            }
        }
    }
    Some((d.message_in(Lang::Pt), d.help_in(Lang::Pt)))
}

/// Adds `message_pt` and `help_pt` to every finding anywhere in `v`.
fn add_pt(v: &mut Value) {
    match v {
        Value::Array(items) => items.iter_mut().for_each(add_pt),
        Value::Object(o) => {
            let is_finding = o.get("code").is_some_and(Value::is_string)
                && o.get("message").is_some_and(Value::is_string);
            if is_finding {
                if let Some((message, help)) = portuguese(o) {
                    o.insert("message_pt".into(), Value::String(message));
                    o.insert("help_pt".into(), Value::String(help));
                }
            } else {
                o.values_mut().for_each(add_pt);
            }
        }
        _ => {}
    }
}

/// The JSON posted to the page.
pub fn to_json(report: &DomainCheck, elapsed_ms: u64) -> Value {
    let mut v = serde_json::to_value(report).unwrap_or(Value::Null);
    add_pt(&mut v);
    if let Value::Object(o) = &mut v {
        o.insert("elapsed_ms".into(), Value::from(elapsed_ms));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finding_gets_its_portuguese_text() {
        let mut report = DomainCheck::new("nonexistent.test", "http://127.0.0.1:8053/dns-query");
        let nxdomain = template("check::nxdomain").expect("the catalogue has check::nxdomain");
        report
            .diagnostics
            .push(Diagnostic::new(nxdomain, Span::new(0, 16)).arg("domain", "nonexistent.test"));
        let v = to_json(&report, 42);
        assert_eq!(v["elapsed_ms"], 42);
        let d = &v["diagnostics"][0];
        let pt = d["message_pt"].as_str().unwrap();
        assert_eq!(d["code"], "check::nxdomain");
        assert!(pt.contains("nonexistent.test"), "{pt}");
        assert_ne!(pt, d["message"].as_str().unwrap());
        assert!(!pt.contains('{'), "placeholders filled: {pt}");
        assert!(d["help_pt"].as_str().is_some_and(|h| !h.is_empty()));
    }
}
