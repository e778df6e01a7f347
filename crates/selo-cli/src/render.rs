//! Printing a validation: compiler-style text with the offending bytes
//! underlined, or JSON.

use crate::Failure;
use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};
use selo::{Lang, Severity, Validation};
use serde_json::{Value, json};
use std::io::IsTerminal;

/// The JSON object for one validation: `{"type", "valid", "diagnostics",
/// "record"}`, with byte offsets into the input.
pub(crate) fn json(v: &Validation, lang: Lang, line: Option<usize>) -> Value {
    let diagnostics: Vec<Value> = v
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "code": d.code,
                "severity": d.severity,
                "start": d.primary.start,
                "end": d.primary.end,
                "message": d.message_in(lang),
                "help": d.help_in(lang),
                "spec": d.spec.map(|s| s.to_string()),
                "url": d.spec.map(|s| s.url()),
                "secondary": d.secondary.iter().map(|l| json!({"start": l.span.start, "end": l.span.end, "note": l.note.map(|n| n.get(lang))})).collect::<Vec<_>>(),
                "fix": d.fix.as_ref().map(|f| json!({
                    "title": f.title.get(lang),
                    "applicability": f.applicability,
                    "edits": f.edits.iter().map(|e| json!({"start": e.span.start, "end": e.span.end, "replacement": e.replacement})).collect::<Vec<_>>(),
                })),
            })
        })
        .collect();
    let mut obj = json!({
        "type": v.kind.map(|k| k.as_str()),
        "valid": v.valid,
        "diagnostics": diagnostics,
        "record": v.record,
    });
    if let Some(owner) = &v.owner {
        obj["owner"] = json!(owner);
    }
    if v.record.is_some() {
        obj["canonical"] = json!(v.record.as_ref().map(|r| r.to_string()));
    }
    if let Some(n) = line {
        obj["line"] = json!(n);
    }
    obj
}

pub(crate) fn color_choice() -> termcolor::ColorChoice {
    if std::env::var_os("NO_COLOR").is_some() || !std::io::stdout().is_terminal() {
        termcolor::ColorChoice::Never
    } else {
        termcolor::ColorChoice::Auto
    }
}

/// Prints findings like a compiler, then a summary line.
pub(crate) fn human(v: &Validation, name: &str, text: &str, lang: Lang) -> Result<(), Failure> {
    let writer = termcolor::StandardStream::stdout(color_choice());
    let mut out = writer.lock();
    for d in &v.diagnostics {
        emit(&mut out, d, name, Some(text), lang)?;
    }
    drop(out);
    let (e, w, i) = (
        v.count(Severity::Error),
        v.count(Severity::Warning),
        v.count(Severity::Info),
    );
    let kind = v.kind.map(|k| k.label().get(lang)).unwrap_or(match lang {
        Lang::Pt => "texto",
        Lang::En => "text",
    });
    let line = match lang {
        Lang::En => format!(
            "{}: {kind} ({e} error{}, {w} warning{}, {i} note{})",
            if v.valid { "valid" } else { "invalid" },
            if e == 1 { "" } else { "s" },
            if w == 1 { "" } else { "s" },
            if i == 1 { "" } else { "s" },
        ),
        Lang::Pt => format!(
            "{}: {kind} ({e} erro{}, {w} aviso{}, {i} nota{})",
            if v.valid { "válido" } else { "inválido" },
            if e == 1 { "" } else { "s" },
            if w == 1 { "" } else { "s" },
            if i == 1 { "" } else { "s" },
        ),
    };
    println!("{line}");
    Ok(())
}

/// Prints one finding like a compiler: the message with its code, the
/// offending bytes of `text` underlined, the help, the fix applied to `text`,
/// and the RFC section. Without `text` (a finding about a lookup rather than
/// about the bytes of a record) there is nothing to underline.
pub(crate) fn emit(
    out: &mut dyn termcolor::WriteColor,
    d: &selo::Diagnostic,
    name: &str,
    text: Option<&str>,
    lang: Lang,
) -> Result<(), Failure> {
    let file = SimpleFile::new(name, text.unwrap_or(""));
    let config = term::Config::default();
    let severity = match d.severity {
        Severity::Error => ReportSeverity::Error,
        Severity::Warning => ReportSeverity::Warning,
        Severity::Info => ReportSeverity::Note,
    };
    let mut labels = Vec::new();
    if text.is_some() {
        labels.push(Label::primary((), d.primary.range()));
        for l in &d.secondary {
            let mut label = Label::secondary((), l.span.range());
            if let Some(n) = l.note {
                label = label.with_message(n.get(lang));
            }
            labels.push(label);
        }
    }
    let mut notes = vec![format!(
        "{}: {}",
        if lang == Lang::Pt { "ajuda" } else { "help" },
        d.help_in(lang)
    )];
    if let (Some(fix), Some(text)) = (&d.fix, text) {
        let fixed = fix.apply(text);
        let word = match (lang, fix.applicability) {
            (Lang::Pt, selo::Applicability::Safe) => "correção",
            (Lang::Pt, _) => "sugestão",
            (_, selo::Applicability::Safe) => "fix",
            _ => "suggestion",
        };
        notes.push(format!(
            "{word}: {}: {}",
            fix.title.get(lang),
            fixed.trim_end()
        ));
    }
    if let Some(spec) = d.spec {
        notes.push(format!(
            "{}: {spec} <{}>",
            if lang == Lang::Pt { "ver" } else { "see" },
            spec.url()
        ));
    }
    let report = Report::new(severity)
        .with_code(d.code)
        .with_message(d.message_in(lang))
        .with_labels(labels)
        .with_notes(notes);
    term::emit_to_write_style(out, &config, &file, &report)?;
    Ok(())
}
