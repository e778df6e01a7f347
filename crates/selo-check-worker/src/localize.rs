//! The report as the page receives it: the engine's `DomainCheck` JSON,
//! with `elapsed_ms` filled in and every finding's Portuguese message and
//! help added (`message_pt`, `help_pt`) beside the English ones, so the page
//! can switch language without asking again.

use selo::Diagnostic;
use selo::Lang;
use selo::check::DomainCheck;
use serde_json::Value;

/// Adds `message_pt` and `help_pt` to each diagnostic object of `list`
/// (the JSON of `diagnostics`, in the same order).
fn add_pt(list: Option<&mut Value>, diagnostics: &[Diagnostic]) {
    let Some(Value::Array(items)) = list else {
        return;
    };
    for (item, d) in items.iter_mut().zip(diagnostics) {
        if let Value::Object(o) = item {
            o.insert("message_pt".into(), Value::String(d.message_in(Lang::Pt)));
            o.insert("help_pt".into(), Value::String(d.help_in(Lang::Pt)));
        }
    }
}

/// The JSON posted to the page.
pub fn to_json(report: &DomainCheck, elapsed_ms: u64) -> Value {
    let mut v = serde_json::to_value(report).unwrap_or(Value::Null);
    if let Value::Object(o) = &mut v {
        o.insert("elapsed_ms".into(), Value::from(elapsed_ms));
    }
    let checks = &report.checks;
    let Some(cv) = v.get_mut("checks") else {
        return v;
    };
    macro_rules! section {
        ($field:ident) => {
            if let Some(s) = &checks.$field {
                add_pt(
                    cv.get_mut(stringify!($field))
                        .and_then(|s| s.get_mut("diagnostics")),
                    &s.diagnostics,
                );
            }
        };
    }
    section!(mx);
    section!(spf);
    section!(dmarc);
    section!(mta_sts);
    section!(tls_rpt);
    section!(bimi);
    if let Some(sts) = &checks.mta_sts {
        if let Some(policy) = &sts.policy {
            add_pt(
                cv.pointer_mut("/mta_sts/policy/diagnostics"),
                &policy.diagnostics,
            );
        }
    }
    if let Some(dkim) = &checks.dkim {
        for (i, sel) in dkim.selectors.iter().enumerate() {
            add_pt(
                cv.pointer_mut(&format!("/dkim/selectors/{i}/diagnostics")),
                &sel.diagnostics,
            );
        }
    }
    v
}
