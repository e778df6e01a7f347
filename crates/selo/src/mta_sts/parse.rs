//! Reading MTA-STS TXT records and policy files, with every finding.

use super::messages::*;
use super::{
    MAX_AGE_LIMIT, MAX_POLICY_BYTES, MaxAge, Mode, MtaStsPolicy, MtaStsRecord, MxPattern, StsError,
    StsId, Version, check_ext_name, check_id, check_mx, check_policy_ext_value, lint,
};
use crate::taglist::fields::{self as txt_tags, TxtMessages};
use crate::{Applicability, Diagnostic, Fix, Parsed, Span, Text};

/// The policy modes, as [`crate::text::nearest`] compares them.
const MODES: &[(&str, &str)] = &[
    ("enforce", "enforce"),
    ("testing", "testing"),
    ("none", "none"),
];

pub(super) static TXT: TxtMessages = txt_tags::txt_messages!(NOT_STS);

fn done<T>(value: Option<T>, mut diagnostics: Vec<Diagnostic>) -> Parsed<T> {
    crate::diagnostic::sort_diagnostics(&mut diagnostics);
    Parsed { value, diagnostics }
}

/// Parses the value of an `_mta-sts` TXT record (RFC 8461 3.1).
///
/// The model comes back when the record starts with `v=STSv1` (in any case)
/// and holds a usable `id`; every finding is listed either way.
///
/// ```
/// use selo::mta_sts::parse_record;
/// let p = parse_record("v=STSv1; id=20160831085700Z;");
/// assert!(p.is_valid());
/// assert_eq!(p.value.unwrap().id.as_str(), "20160831085700Z");
///
/// let p = parse_record("v=STSv1; id=2024-01-01");
/// assert!(p.has("mta_sts::id-character"));
///
/// let p = parse_record("v=spf1 -all");
/// assert!(p.value.is_none());
/// assert!(p.has("mta_sts::other-type"));
/// ```
pub fn parse_record(input: &str) -> Parsed<MtaStsRecord> {
    let mut d = Vec::new();
    let Some(fields) = txt_tags::parse(input, "STSv1", "STSv", &["id"], &TXT, &mut d) else {
        return done(None, d);
    };
    let mut id = None;
    let mut any_id = false;
    for f in fields.fields.iter().filter(|f| f.known == Some("id")) {
        any_id = true;
        if !f.first {
            continue;
        }
        let t = &f.tag;
        match check_id(t.value) {
            Ok(()) => id = StsId::try_from(t.value).ok(),
            Err(StsError::EmptyId) => d.push(Diagnostic::new(&EMPTY_ID, t.span)),
            Err(StsError::IdTooLong) => {
                d.push(Diagnostic::new(&ID_TOO_LONG, t.value_span).arg("len", t.value.len()))
            }
            Err(_) => {
                let mut suggestion: String = t
                    .value
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric())
                    .take(32)
                    .collect();
                if suggestion.is_empty() {
                    suggestion = "20260101T120000".to_string();
                }
                d.push(
                    Diagnostic::new(&ID_CHARACTER, t.value_span)
                        .arg("value", t.value)
                        .arg("suggestion", &suggestion)
                        .with_fix(Fix::single(
                            Text::new(
                                "Keep only letters and digits",
                                "Manter só letras e algarismos",
                            ),
                            t.value_span,
                            suggestion,
                            Applicability::MaybeIncorrect,
                        )),
                );
            }
        }
    }
    if !any_id {
        d.push(Diagnostic::new(
            &MISSING_ID,
            Span::empty(input.trim_end().len()),
        ));
    }
    let value = id.map(|id| MtaStsRecord {
        id,
        extensions: fields.extensions,
    });
    done(value, d)
}

/// One line of a policy file.
struct Line {
    /// First byte of the line.
    start: usize,
    /// End of the content (before CR LF / LF).
    end: usize,
    /// What to remove to delete the whole line.
    removal: Span,
}

fn split_lines(input: &str) -> (Vec<Line>, Option<Span>) {
    let b = input.as_bytes();
    let mut lines = Vec::new();
    let mut bare_lf = None;
    let mut pos = 0;
    let mut prev_end = 0;
    while pos < b.len() {
        let (content_end, next) = match b[pos..].iter().position(|&c| c == b'\n') {
            Some(off) => {
                let lf = pos + off;
                if lf > pos && b[lf - 1] == b'\r' {
                    (lf - 1, lf + 1)
                } else {
                    if bare_lf.is_none() {
                        bare_lf = Some(Span::new(lf, lf + 1));
                    }
                    (lf, lf + 1)
                }
            }
            None => (b.len(), b.len()),
        };
        let removal = if next == content_end && pos > 0 {
            // Last line without a terminator: take the previous line break.
            Span::new(prev_end, content_end)
        } else {
            Span::new(pos, next)
        };
        lines.push(Line {
            start: pos,
            end: content_end,
            removal,
        });
        prev_end = content_end;
        pos = next;
    }
    (lines, bare_lf)
}

fn is_wsp(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Spans of the fields the linter talks about.
pub(super) struct Spans {
    pub mode: Span,
    pub max_age: Span,
}

/// Parses an MTA-STS policy file (RFC 8461 3.2).
///
/// Lines may end with CRLF (as the RFC describes) or LF. The model comes back
/// when the file holds a readable `version: STSv1`, `mode` and `max_age`;
/// every finding is listed either way, and a bad line does not stop the
/// reading of the others.
///
/// ```
/// use selo::mta_sts::{parse_policy, Mode};
/// let p = parse_policy("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmax_age: 604800\r\n");
/// assert!(p.is_valid());
/// assert_eq!(p.value.unwrap().mode, Mode::Enforce);
///
/// let p = parse_policy("version: STSv1\nmode: enforce\nmx: mail.*.example.com\nmax_age: 604800\n");
/// assert!(p.has("mta_sts::policy-mx-wildcard"));
/// ```
pub fn parse_policy(input: &str) -> Parsed<MtaStsPolicy> {
    let mut d = Vec::new();
    let whole = Span::new(0, input.len());
    if input.trim().is_empty() {
        d.push(Diagnostic::new(&POLICY_EMPTY, whole));
        return done(None, d);
    }
    let body = input.trim_start();
    if body.starts_with('<') {
        d.push(Diagnostic::new(&POLICY_HTML, whole));
        return done(None, d);
    }
    if let Some(rest) = body.strip_prefix("v=").or_else(|| body.strip_prefix("V=")) {
        let word = rest
            .split([';', ' ', '\t', '\r', '\n'])
            .next()
            .unwrap_or("");
        if let Some(kind) = crate::taglist::record_kind(word, "") {
            d.push(Diagnostic::new(&POLICY_OTHER_TYPE, whole).arg_text("kind", kind));
            return done(None, d);
        }
    }
    if !input.contains(':') {
        d.push(Diagnostic::new(&NOT_POLICY, whole));
        return done(None, d);
    }
    if input.len() > MAX_POLICY_BYTES {
        let at = input.floor_char_boundary(MAX_POLICY_BYTES);
        d.push(
            Diagnostic::new(&POLICY_TOO_LARGE, Span::new(at, input.len())).arg("size", input.len()),
        );
    }

    let (lines, bare_lf) = split_lines(input);
    if let Some(s) = bare_lf {
        d.push(Diagnostic::new(&POLICY_LF_ENDINGS, s));
    }

    let mut version_ok = false;
    let mut mode: Option<Mode> = None;
    let mut max_age: Option<MaxAge> = None;
    let mut mx: Vec<MxPattern> = Vec::new();
    let mut mx_spans: Vec<Span> = Vec::new();
    // An mx line was written, even if unreadable (so "missing mx" is not
    // reported on top of its error).
    let mut mx_line_seen = false;
    let mut extensions = Vec::new();
    // First occurrence of each single-valued field: (name, line span, value).
    let mut firsts: Vec<(&'static str, Span, String)> = Vec::new();
    let mut spans = Spans {
        mode: Span::empty(0),
        max_age: Span::empty(0),
    };

    for line in &lines {
        let text = &input[line.start..line.end];
        let remove_line =
            |title: Text, app: Applicability| Fix::single(title, line.removal, "", app);
        if text.trim().is_empty() {
            d.push(
                Diagnostic::new(&POLICY_BLANK_LINE, line.removal).with_fix(remove_line(
                    Text::new("Remove the empty line", "Remover a linha vazia"),
                    Applicability::Safe,
                )),
            );
            continue;
        }
        let lead = text.len() - text.trim_start_matches(is_wsp).len();
        if lead > 0 {
            let s = Span::new(line.start, line.start + lead);
            d.push(
                Diagnostic::new(&POLICY_LEADING_SPACE, s).with_fix(Fix::single(
                    Text::new("Remove the white space", "Remover os espaços"),
                    s,
                    "",
                    Applicability::Safe,
                )),
            );
        }
        let start = line.start + lead;
        let text = &input[start..line.end];
        let line_span = Span::new(start, start + text.trim_end().len());
        let Some(colon) = text.find(':') else {
            d.push(
                Diagnostic::new(&POLICY_BAD_LINE, line_span).with_fix(remove_line(
                    Text::new("Remove the line", "Remover a linha"),
                    Applicability::MaybeIncorrect,
                )),
            );
            continue;
        };
        let key_raw = &text[..colon];
        let key = key_raw.trim_end_matches(is_wsp);
        let key_span = Span::new(start, start + key.len());
        let after = &text[colon + 1..];
        let vlead = after.len() - after.trim_start_matches(is_wsp).len();
        let value = after.trim_matches(is_wsp);
        let vstart = start + colon + 1 + vlead;
        let value_span = Span::new(vstart, vstart + value.len());

        let known = ["version", "mode", "mx", "max_age"]
            .into_iter()
            .find(|k| key.eq_ignore_ascii_case(k));
        if let Some(k) = known
            && key != k
        {
            d.push(
                Diagnostic::new(&POLICY_FIELD_CASE, key_span)
                    .arg("found", key)
                    .arg("field", k)
                    .with_fix(Fix::single(
                        Text::new("Write it in lower case", "Escrever em minúsculas"),
                        key_span,
                        k,
                        Applicability::Safe,
                    )),
            );
        }
        if key.len() != key_raw.len() {
            let s = Span::new(key_span.end, start + colon);
            d.push(
                Diagnostic::new(&POLICY_SPACE_BEFORE_COLON, s)
                    .arg("field", known.unwrap_or(key))
                    .with_fix(Fix::single(
                        Text::new("Remove the spaces", "Remover os espaços"),
                        s,
                        "",
                        Applicability::Safe,
                    )),
            );
        }

        let Some(k) = known else {
            // Extension field.
            if check_ext_name(key).is_err() {
                d.push(
                    Diagnostic::new(&POLICY_BAD_EXT_NAME, key_span)
                        .arg("name", key)
                        .with_fix(remove_line(
                            Text::new("Remove the line", "Remover a linha"),
                            Applicability::MaybeIncorrect,
                        )),
                );
            } else if check_policy_ext_value(value).is_err() {
                d.push(
                    Diagnostic::new(&POLICY_BAD_EXT_VALUE, line_span)
                        .arg("name", key)
                        .with_fix(remove_line(
                            Text::new("Remove the line", "Remover a linha"),
                            Applicability::MaybeIncorrect,
                        )),
                );
            } else {
                d.push(Diagnostic::new(&POLICY_UNKNOWN_FIELD, key_span).arg("field", key));
                extensions.push((key.to_string(), value.to_string()));
            }
            continue;
        };

        if k == "mx" {
            mx_line_seen = true;
            read_mx(value, value_span, &mut mx, &mut mx_spans, line, &mut d);
            continue;
        }
        if let Some((_, first_span, first_value)) = firsts.iter().find(|(n, _, _)| *n == k) {
            d.push(
                Diagnostic::new(&POLICY_DUPLICATE_FIELD, line_span)
                    .arg("field", k)
                    .with_secondary(
                        *first_span,
                        Some(Text::new("first defined here", "definida primeiro aqui")),
                    )
                    .with_fix(remove_line(
                        Text::new("Remove the repeated line", "Remover a linha repetida"),
                        if first_value == value {
                            Applicability::Safe
                        } else {
                            Applicability::MaybeIncorrect
                        },
                    )),
            );
            continue;
        }
        firsts.push((k, line_span, value.to_string()));
        match k {
            "version" => {
                if value == "STSv1" {
                    version_ok = true;
                } else {
                    let mut diag =
                        Diagnostic::new(&POLICY_BAD_VERSION, value_span).arg("value", value);
                    if value.eq_ignore_ascii_case("STSv1") {
                        version_ok = true;
                        diag = diag.with_fix(Fix::single(
                            Text::new("Write STSv1", "Escrever STSv1"),
                            value_span,
                            "STSv1",
                            Applicability::Safe,
                        ));
                    }
                    d.push(diag);
                }
            }
            "mode" => {
                spans.mode = value_span;
                match Mode::from_keyword(value) {
                    Some(m) => mode = Some(m),
                    None => {
                        let mut diag =
                            Diagnostic::new(&POLICY_BAD_MODE, value_span).arg("value", value);
                        if let Some(m) = Mode::from_keyword(&value.to_ascii_lowercase()) {
                            mode = Some(m);
                            diag = diag.with_fix(Fix::single(
                                Text::new("Write it in lower case", "Escrever em minúsculas"),
                                value_span,
                                m.as_str(),
                                Applicability::Safe,
                            ));
                        } else if let Some(m) = crate::text::nearest(value, MODES) {
                            diag = Diagnostic::new(&POLICY_MISSPELT_MODE, value_span)
                                .arg("value", value)
                                .arg("suggestion", m)
                                .with_fix(Fix::single(
                                    Text::new("Replace the mode with", "Substituir o modo por"),
                                    value_span,
                                    m,
                                    Applicability::MaybeIncorrect,
                                ));
                        }
                        d.push(diag);
                    }
                }
            }
            _ => {
                spans.max_age = value_span;
                if value.is_empty()
                    || value.len() > 10
                    || !value.bytes().all(|b| b.is_ascii_digit())
                {
                    d.push(
                        Diagnostic::new(
                            &POLICY_BAD_MAX_AGE,
                            if value.is_empty() {
                                line_span
                            } else {
                                value_span
                            },
                        )
                        .arg("value", value),
                    );
                } else {
                    let n: u64 = value.parse().unwrap_or(u64::MAX);
                    if n > MAX_AGE_LIMIT {
                        d.push(
                            Diagnostic::new(&POLICY_MAX_AGE_TOO_LARGE, value_span)
                                .arg("value", value)
                                .with_fix(Fix::single(
                                    Text::new(
                                        "Lower max_age to the maximum, 31557600 (one year)",
                                        "Baixar o max_age para o máximo, 31557600 (um ano)",
                                    ),
                                    value_span,
                                    MAX_AGE_LIMIT.to_string(),
                                    Applicability::MaybeIncorrect,
                                )),
                        );
                    } else {
                        max_age = MaxAge::try_from(n).ok();
                    }
                }
            }
        }
    }

    let end = Span::empty(input.trim_end().len());
    if !firsts.iter().any(|(n, _, _)| *n == "version") {
        d.push(
            Diagnostic::new(&POLICY_MISSING_VERSION, Span::empty(0)).with_fix(Fix::single(
                Text::new("Add version: STSv1", "Acrescentar version: STSv1"),
                Span::empty(0),
                if bare_lf.is_some() {
                    "version: STSv1\n"
                } else {
                    "version: STSv1\r\n"
                },
                Applicability::Safe,
            )),
        );
    }
    if !firsts.iter().any(|(n, _, _)| *n == "mode") {
        d.push(Diagnostic::new(&POLICY_MISSING_MODE, end));
    }
    if !firsts.iter().any(|(n, _, _)| *n == "max_age") {
        d.push(Diagnostic::new(&POLICY_MISSING_MAX_AGE, end));
    }
    if let Some(m) = mode
        && m != Mode::None
        && mx.is_empty()
        && !mx_line_seen
    {
        d.push(Diagnostic::new(&POLICY_MISSING_MX, spans.mode).arg("mode", m));
    }

    let value = match (version_ok, mode, max_age) {
        (true, Some(mode), Some(max_age)) => Some(MtaStsPolicy {
            version: Version::StsV1,
            mode,
            mx,
            max_age,
            extensions,
        }),
        _ => None,
    };
    if let Some(p) = &value {
        lint::lint(p, &spans, &mut d);
    }
    done(value, d)
}

fn read_mx(
    value: &str,
    value_span: Span,
    mx: &mut Vec<MxPattern>,
    mx_spans: &mut Vec<Span>,
    line: &Line,
    d: &mut Vec<Diagnostic>,
) {
    let mut pattern = value;
    if let Some(stripped) = value.strip_suffix('.')
        && check_mx(stripped).is_ok()
    {
        let dot = Span::new(value_span.end - 1, value_span.end);
        d.push(
            Diagnostic::new(&POLICY_MX_TRAILING_DOT, value_span)
                .arg("value", value)
                .with_fix(Fix::single(
                    Text::new("Remove the final dot", "Remover o ponto final"),
                    dot,
                    "",
                    Applicability::Safe,
                )),
        );
        pattern = stripped;
    }
    match MxPattern::try_from(pattern) {
        Ok(p) => {
            if let Some(i) = mx
                .iter()
                .position(|q| q.as_str().eq_ignore_ascii_case(p.as_str()))
            {
                d.push(
                    Diagnostic::new(&POLICY_DUPLICATE_MX, value_span)
                        .arg("value", value)
                        .with_secondary(
                            mx_spans[i],
                            Some(Text::new("first listed here", "indicado primeiro aqui")),
                        )
                        .with_fix(Fix::single(
                            Text::new("Remove the repeated line", "Remover a linha repetida"),
                            line.removal,
                            "",
                            Applicability::Safe,
                        )),
                );
            } else {
                mx.push(p);
                mx_spans.push(value_span);
            }
        }
        Err(e) => {
            let t = match e {
                StsError::BadWildcard => &POLICY_MX_WILDCARD,
                StsError::MxNotAscii => &POLICY_MX_NOT_ASCII,
                _ => &POLICY_BAD_MX,
            };
            let span = if value.is_empty() {
                Span::new(line.start, line.end)
            } else {
                value_span
            };
            d.push(Diagnostic::new(t, span).arg("value", value));
        }
    }
}
