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
    let fixed = match (&d.fix, text) {
        (Some(fix), Some(text)) => Some(fix.apply(text)),
        _ => None,
    };
    emit_with(out, d, name, text, fixed, lang)
}

/// Like [`emit`], with long base64 runs of `text` (a DKIM public key)
/// shortened to their ends and the places the finding points at: the
/// underline covers the finding's own span, mapped into the shortened
/// line, and the fixed record is shortened the same way. For `selo
/// check`'s human output; `--format json` keeps every record whole.
pub(crate) fn emit_shortened(
    out: &mut dyn termcolor::WriteColor,
    d: &selo::Diagnostic,
    name: &str,
    text: Option<&str>,
    lang: Lang,
) -> Result<(), Failure> {
    let Some(text) = text else {
        return emit(out, d, name, None, lang);
    };
    let mut marks = vec![d.primary.start, d.primary.end];
    marks.extend(d.secondary.iter().flat_map(|l| [l.span.start, l.span.end]));
    if let Some(fix) = &d.fix {
        marks.extend(fix.edits.iter().flat_map(|e| [e.span.start, e.span.end]));
    }
    let view = Elided::new(text, &marks);
    if view.gaps.is_empty() {
        return emit(out, d, name, Some(text), lang);
    }
    let mut shown = d.clone();
    shown.primary = view.span(d.primary);
    for l in &mut shown.secondary {
        l.span = view.span(l.span);
    }
    let fixed = d.fix.as_ref().map(|f| fixed_shortened(f, text));
    emit_with(out, &shown, name, Some(&view.text), fixed, lang)
}

/// The fixed record with its long runs shortened, keeping in view the
/// places the edits changed.
fn fixed_shortened(fix: &selo::Fix, input: &str) -> String {
    let fixed = fix.apply(input);
    let mut edits: Vec<&selo::Edit> = fix.edits.iter().collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    // Where each edit lands in the fixed text (the same walk as
    // `Fix::apply`, which skips overlapping or out-of-range edits).
    let mut marks = Vec::new();
    let (mut at, mut out_len) = (0, 0);
    for e in edits {
        let selo::Span { start, end } = e.span;
        if start < at
            || end > input.len()
            || !input.is_char_boundary(start)
            || !input.is_char_boundary(end)
        {
            continue;
        }
        out_len += start - at;
        marks.push(out_len);
        out_len += e.replacement.len();
        marks.push(out_len);
        at = end;
    }
    Elided::new(&fixed, &marks).text
}

/// Runs of base64 characters longer than this are shortened (a DKIM
/// RSA 2048 key is about 400 characters).
const LONG_RUN: usize = 64;
/// Characters kept at the start and at the end of a shortened run.
const KEEP_HEAD: usize = 24;
const KEEP_TAIL: usize = 12;
/// Characters kept on each side of a place a finding points at.
const KEEP_AROUND: usize = 8;
/// A gap shorter than this is kept: the ellipsis would hide too little.
const MIN_GAP: usize = 8;
const ELLIPSIS: &str = "…";

/// A text with the middle of its long base64 runs replaced by `…`.
pub(crate) struct Elided {
    /// The shortened text.
    pub(crate) text: String,
    /// The byte ranges of the original text left out, in order.
    gaps: Vec<(usize, usize)>,
}

impl Elided {
    /// Shortens `text`, keeping every offset of `marks` in view.
    pub(crate) fn new(text: &str, marks: &[usize]) -> Self {
        let b = text.as_bytes();
        let is_b64 = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=');
        let mut gaps = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !is_b64(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && is_b64(b[i]) {
                i += 1;
            }
            let end = i;
            if end - start <= LONG_RUN {
                continue;
            }
            // The parts of the run kept in view, sorted.
            let mut keep = vec![(start, start + KEEP_HEAD), (end - KEEP_TAIL, end)];
            for &m in marks.iter().filter(|&&m| m > start && m < end) {
                keep.push((
                    m.saturating_sub(KEEP_AROUND).max(start),
                    (m + KEEP_AROUND).min(end),
                ));
            }
            keep.sort_unstable();
            let mut covered = start;
            for (a, z) in keep {
                if a > covered && a - covered >= MIN_GAP {
                    gaps.push((covered, a));
                }
                covered = covered.max(z);
            }
        }
        // Every gap lies inside an ASCII run, so it starts and ends on
        // character boundaries.
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for &(a, z) in &gaps {
            out.push_str(&text[at..a]);
            out.push_str(ELLIPSIS);
            at = z;
        }
        out.push_str(&text[at..]);
        Elided { text: out, gaps }
    }

    /// Where byte `offset` of the original text is in the shortened one
    /// (an offset inside a gap goes to its ellipsis).
    pub(crate) fn offset(&self, offset: usize) -> usize {
        let mut removed = 0;
        let mut added = 0;
        for &(a, z) in &self.gaps {
            if offset >= z {
                removed += z - a;
                added += ELLIPSIS.len();
            } else if offset > a {
                return a + added - removed;
            } else {
                break;
            }
        }
        offset + added - removed
    }

    /// A span of the original text, in the shortened one: a span that
    /// covers a gap covers its ellipsis.
    pub(crate) fn span(&self, s: selo::Span) -> selo::Span {
        let start = self.offset(s.start);
        let end = self.offset(s.end);
        // An end inside a gap covers the whole ellipsis.
        let end = if self.gaps.iter().any(|&(a, z)| s.end > a && s.end < z) {
            end + ELLIPSIS.len()
        } else {
            end
        };
        selo::Span::new(start, end.max(start))
    }

    /// How many bytes were left out.
    pub(crate) fn hidden(&self) -> usize {
        self.gaps.iter().map(|(a, z)| z - a).sum()
    }
}

fn emit_with(
    out: &mut dyn termcolor::WriteColor,
    d: &selo::Diagnostic,
    name: &str,
    text: Option<&str>,
    fixed: Option<String>,
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
    if let (Some(fix), Some(fixed)) = (&d.fix, fixed) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use selo::Span;

    const KEY: &str = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0EGWPCGD+E+G7OBsrd0T/owMBjrbVIirP9THHqFZ+IbFvtyHx1NRUmxUQyW1EXdhs7+RPNKtfkfR+uHi/YbbF4Qkk7TEvit9lxIAtzVNFVlzdxwibtALF7dUl8bpGo44VNhlle2ByEUhBMFx/p/olr0gYtmqV2V3hkrL94+Ad9vDZsQfJk3YBt7SJAOwReUVhtTRkCYOpKY4mQPS9xvgfKjrdYRLFH3NjAkXAbQixrB8Kc2UlOfNVBLocTfOsg72OObLWRiQ9+mCzHJwDAauV8e9vRkRjuu/uzd2wEH1CaCT2tVeY+Vkzkvme4GmqUi4ykmDnqZSUGP9JQ4Hm6B9AQIDAQAB";

    /// The text a span covers.
    fn cut(text: &str, s: Span) -> &str {
        &text[s.start..s.end]
    }

    #[test]
    fn short_text_is_left_alone() {
        let t = "v=DKIM1; k=ed25519; p=4+icbB3wxr3w2h9+JRu3SKR/9lhDW6hzuGTBWeK72tA=";
        let v = Elided::new(t, &[]);
        assert_eq!(v.text, t);
        assert_eq!(v.hidden(), 0);
        assert_eq!(v.span(Span::new(3, 9)), Span::new(3, 9));
    }

    #[test]
    fn a_long_key_keeps_its_ends_and_the_places_pointed_at() {
        let t = format!("v=DKIM1; k=rsa; p={KEY}");
        let key = Span::new(18, t.len());
        let v = Elided::new(&t, &[key.start, key.end]);
        assert!(v.text.starts_with("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w"));
        assert!(v.text.ends_with("…m6B9AQIDAQAB"), "{}", v.text);
        assert_eq!(v.text.matches('…').count(), 1);
        assert_eq!(v.hidden() + v.text.len() - "…".len(), t.len());
        // The whole key maps to the whole shortened key.
        let s = v.span(key);
        assert_eq!(cut(&v.text, s), &v.text[18..]);
        // Text before the key does not move; a span wholly after a gap
        // moves by what the gap removed.
        assert_eq!(v.span(Span::new(9, 14)), Span::new(9, 14));
        let tail = Span::new(t.len() - 6, t.len());
        assert_eq!(cut(&v.text, v.span(tail)), "IDAQAB");

        // A finding on five bytes in the middle of the key: kept in view,
        // underlined alone, with a gap on each side.
        let mid = Span::new(18 + 200, 18 + 205);
        let v = Elided::new(&t, &[mid.start, mid.end]);
        assert_eq!(v.text.matches('…').count(), 2, "{}", v.text);
        assert_eq!(cut(&v.text, v.span(mid)), &t[mid.start..mid.end]);

        // A span that starts in view and ends in a gap covers the ellipsis.
        let v = Elided::new(&t, &[]);
        let s = v.span(Span::new(18, 18 + 100));
        assert!(cut(&v.text, s).ends_with('…'), "{}", cut(&v.text, s));
    }

    #[test]
    fn text_around_keeps_its_characters_whole() {
        let t = format!("é; p={KEY}; ñ {KEY}");
        let v = Elided::new(&t, &[]);
        assert_eq!(v.text.matches('…').count(), 2);
        assert!(v.text.starts_with("é; p=MIIB") && v.text.contains("; ñ MIIB"));
    }

    #[test]
    fn a_fixed_record_is_shortened_around_the_edit() {
        let t = format!("v=DKIM1; k=rsa; p={} {}", &KEY[..200], &KEY[200..]);
        let space = 18 + 200;
        let fix = selo::Fix::single(
            selo::Text::new("Remove the space", "Remover o espaço"),
            Span::new(space, space + 1),
            "",
            selo::Applicability::Safe,
        );
        let shown = fixed_shortened(&fix, &t);
        // The place where the space was is in view.
        let around = &KEY[195..205];
        assert!(shown.contains(around), "{shown}");
        assert!(shown.contains('…') && shown.len() < 120, "{shown}");
    }
}
