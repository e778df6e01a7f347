//! Printing a validation: compiler-style text with the offending bytes
//! underlined, or JSON.

use crate::Failure;
use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor};
use selo::{Diagnostic, Lang, Record, Severity, Validation};
use serde::{Serialize, Serializer};
use std::io::{IsTerminal, Write};

/// The JSON object for one validation: `{"type", "valid", "diagnostics",
/// "record"}` (and `"owner"`, `"canonical"`, `"line"` when there are
/// any), with byte offsets into the input. Serialized straight from the
/// borrowed validation; each finding through the engine's
/// [`Diagnostic::in_lang`].
#[derive(Serialize)]
pub(crate) struct Json<'a> {
    #[serde(rename = "type")]
    kind: Option<&'static str>,
    valid: bool,
    /// Beside `valid` (what the RFC accepts): `dangerous` for a record that
    /// lets anyone send as the domain, `caution` for warnings.
    verdict: selo::Verdict,
    #[serde(serialize_with = "diagnostics")]
    diagnostics: (&'a [Diagnostic], Lang),
    record: Option<&'a Record>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "canonical")]
    canonical: Option<&'a Record>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

impl<'a> Json<'a> {
    pub(crate) fn new(v: &'a Validation, lang: Lang, line: Option<usize>) -> Self {
        Json {
            kind: v.kind.map(|k| k.as_str()),
            valid: v.valid,
            verdict: v.verdict,
            diagnostics: (&v.diagnostics, lang),
            record: v.record.as_ref(),
            owner: v.owner.as_deref(),
            canonical: v.record.as_ref(),
            line,
        }
    }
}

fn diagnostics<S: Serializer>(d: &(&[Diagnostic], Lang), s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(d.0.iter().map(|x| x.in_lang(d.1)))
}

/// The record as published: written by its `Display`, without an
/// intermediate `String`.
fn canonical<S: Serializer>(r: &Option<&Record>, s: S) -> Result<S::Ok, S::Error> {
    match r {
        Some(r) => s.collect_str(r),
        None => s.serialize_none(),
    }
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
    writeln!(out, "{line}")?;
    out.flush()?;
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
