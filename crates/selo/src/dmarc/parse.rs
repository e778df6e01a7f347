//! Text to model: the tag list, the version tag, every tag's value and the
//! report URIs, with a diagnostic for each problem (RFC 9989 4.7, 4.8).

use super::messages::*;
use super::{Alignment, Dmarc, FailureOption, Policy, Psd, ReportAuth, ReportUri, UnknownTag};
use crate::taglist::{self, Tag};
use crate::{Applicability, Diagnostic, Edit, Fix, Parsed, Span, Text};

const REMOVE_TAG: Text = Text::new("Remove the tag", "Remover a etiqueta");

/// Where the parser found what, for the lints.
pub(super) struct Spans<'a> {
    /// The text the spans point into.
    pub input: &'a str,
    /// The tags, with missing separators repaired.
    pub tags: Vec<Tag<'a>>,
    /// Index of the `v` tag in `tags`.
    pub v: Option<usize>,
    /// Index of the tag that set each typed field.
    pub p: Option<usize>,
    pub sp: Option<usize>,
    pub np: Option<usize>,
    pub t: Option<usize>,
    pub fo: Option<usize>,
    pub rua: Option<usize>,
    pub ruf: Option<usize>,
    /// True when some tag is named `p`, `sp`, `np` or `rua` (even with a bad value).
    pub p_written: bool,
    pub sp_written: bool,
    pub np_written: bool,
    pub rua_written: bool,
    /// True when `rua` holds at least one syntactically valid URI.
    pub rua_valid: bool,
}

fn shift_tag<'a>(t: Tag<'a>, by: usize) -> Tag<'a> {
    Tag {
        name_span: t.name_span.shift(by),
        value_span: t.value_span.shift(by),
        span: t.span.shift(by),
        removal_span: t.removal_span.shift(by),
        equals_span: t.equals_span.shift(by),
        ..t
    }
}

/// In a value, the offset of white space followed by `name=`: a missing `;`.
fn missing_separator(value: &str) -> Option<(usize, usize)> {
    let b = value.as_bytes();
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    let mut i = 1;
    while i < b.len() {
        if ws(b[i]) && !ws(b[i - 1]) {
            let mut j = i;
            while j < b.len() && ws(b[j]) {
                j += 1;
            }
            let name_start = j;
            while j < b.len() && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            if j > name_start {
                let mut k = j;
                while k < b.len() && ws(b[k]) {
                    k += 1;
                }
                if k < b.len() && b[k] == b'=' {
                    return Some((i, name_start));
                }
            }
        }
        i += 1;
    }
    None
}

/// Splits the record and repairs missing separators (`v=DMARC1 p=none`),
/// reporting each one.
fn split_tags<'a>(
    input: &'a str,
    list: taglist::TagList<'a>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Tag<'a>>, Vec<Span>) {
    let mut out = Vec::with_capacity(list.tags.len());
    for tag in list.tags {
        let mut tag = tag;
        loop {
            if !tag.has_equals {
                out.push(tag);
                break;
            }
            let Some((gap, name_at)) = missing_separator(tag.value) else {
                out.push(tag);
                break;
            };
            let gap_abs = tag.value_span.start + gap;
            let rest_start = tag.value_span.start + name_at;
            let rest_list = taglist::split(&input[rest_start..tag.span.end], b';');
            let Some(rest) = rest_list.tags.into_iter().next() else {
                out.push(tag);
                break;
            };
            let mut rest = shift_tag(rest, rest_start);
            rest.removal_span = Span::new(gap_abs, tag.removal_span.end.max(tag.span.end));
            diags.push(
                Diagnostic::new(&MISSING_SEPARATOR, rest.name_span)
                    .arg("tag", rest.name)
                    .with_fix(Fix::single(
                        Text::new("Add the semicolon", "Acrescentar o ponto e vírgula"),
                        Span::empty(gap_abs),
                        ";",
                        Applicability::Safe,
                    )),
            );
            let head = Tag {
                value: &input[tag.value_span.start..gap_abs],
                value_span: Span::new(tag.value_span.start, gap_abs),
                span: Span::new(tag.span.start, gap_abs),
                removal_span: Span::new(tag.span.start, gap_abs),
                ..tag
            };
            out.push(head);
            tag = rest;
        }
    }
    (out, list.empty)
}

fn first_word(s: &str) -> &str {
    s.split([' ', '\t', '\r', '\n']).next().unwrap_or("")
}

/// The version check shared by both record types. `None` when the text is
/// not a DMARC record at all (the reason is in `diags`).
fn version<'a>(
    input: &'a str,
    diags: &mut Vec<Diagnostic>,
    recognisable: fn(&Tag<'_>) -> bool,
) -> Option<(Spans<'a>, Vec<Span>)> {
    if input.trim().is_empty() {
        diags.push(Diagnostic::new(&EMPTY, Span::new(0, input.len())));
        return None;
    }
    // Decide on the raw split first, so that an SPF record such as
    // `v=spf1 redirect=x` is not reported as missing separators.
    let raw = taglist::split(input, b';');
    let whole = Span::new(0, input.len());
    if let Some(first) = raw.tags.first() {
        if first.is("v") && first.has_equals {
            let word = first_word(first.value);
            if !word.eq_ignore_ascii_case("DMARC1") {
                if let Some(kind) = taglist::record_kind(word, "DMARC1") {
                    diags.push(Diagnostic::new(&OTHER_TYPE, whole).arg_text("kind", kind));
                } else {
                    diags.push(
                        Diagnostic::new(&BAD_VERSION, first.value_span).arg("value", first.value),
                    );
                }
                return None;
            }
        } else if first.is("v") || !raw.tags.iter().any(|t| t.is("v") || recognisable(t)) {
            diags.push(Diagnostic::new(&NOT_DMARC, whole));
            return None;
        }
    } else {
        diags.push(Diagnostic::new(&NOT_DMARC, whole));
        return None;
    }
    let (tags, empty) = split_tags(input, raw, diags);
    let v_at = tags
        .iter()
        .position(|t| t.is("v") && first_word(t.value).eq_ignore_ascii_case("DMARC1"));
    match v_at {
        Some(0) => {
            let v = &tags[0];
            if v.value != "DMARC1" {
                if v.value.eq_ignore_ascii_case("DMARC1") {
                    diags.push(
                        Diagnostic::new(&VERSION_CASE, v.value_span)
                            .arg("value", v.value)
                            .with_fix(Fix::single(
                                Text::new(
                                    "Write DMARC1 in capitals",
                                    "Escrever DMARC1 em maiúsculas",
                                ),
                                v.value_span,
                                "DMARC1",
                                Applicability::Safe,
                            )),
                    );
                } else {
                    diags.push(Diagnostic::new(&BAD_VERSION, v.value_span).arg("value", v.value));
                }
            }
        }
        Some(i) => {
            let v = &tags[i];
            diags.push(Diagnostic::new(&VERSION_NOT_FIRST, v.span).with_fix(Fix {
                title: Text::new(
                    "Move v=DMARC1 to the start",
                    "Passar v=DMARC1 para o início",
                ),
                edits: vec![
                    Edit {
                        span: Span::empty(tags[0].span.start),
                        replacement: "v=DMARC1; ".into(),
                    },
                    Edit {
                        span: v.removal_span,
                        replacement: String::new(),
                    },
                ],
                applicability: Applicability::MaybeIncorrect,
            }));
        }
        None => {
            let at = tags.first().map_or(0, |t| t.span.start);
            diags.push(
                Diagnostic::new(&MISSING_VERSION, Span::empty(at)).with_fix(Fix::single(
                    Text::new(
                        "Add v=DMARC1; at the start",
                        "Acrescentar v=DMARC1; no início",
                    ),
                    Span::empty(at),
                    "v=DMARC1; ",
                    Applicability::MaybeIncorrect,
                )),
            );
        }
    }
    Some((
        Spans {
            input,
            tags,
            v: v_at,
            p: None,
            sp: None,
            np: None,
            t: None,
            fo: None,
            rua: None,
            ruf: None,
            p_written: false,
            sp_written: false,
            np_written: false,
            rua_written: false,
            rua_valid: false,
        },
        empty,
    ))
}

fn removal(t: &Tag<'_>, applicability: Applicability) -> Fix {
    Fix::single(REMOVE_TAG, t.removal_span, "", applicability)
}

/// The checks every tag goes through before its value is read: repeats, no
/// `=`, empty value. Returns false when the tag was set aside.
fn common_checks<'a>(
    tags: &[Tag<'a>],
    i: usize,
    seen: &mut Vec<(String, usize)>,
    other: &mut Vec<UnknownTag>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let t = &tags[i];
    let lname = t.name.to_ascii_lowercase();
    if let Some(&(_, first)) = seen.iter().find(|(n, _)| *n == lname) {
        let f = &tags[first];
        diags.push(taglist::repeat(
            &DUPLICATE_TAG,
            t,
            t.name,
            f,
            Text::new("Remove the repeated tag", "Remover a etiqueta repetida"),
            f.value.eq_ignore_ascii_case(t.value),
        ));
        other.push(UnknownTag::kept(t.name, t.value));
        return false;
    }
    seen.push((lname, i));
    if !t.has_equals {
        diags.push(
            Diagnostic::new(&MISSING_EQUALS, t.span)
                .arg("tag", t.name)
                .with_fix(removal(t, Applicability::MaybeIncorrect)),
        );
        other.push(UnknownTag::kept(t.name, ""));
        return false;
    }
    if t.value.is_empty() {
        diags.push(
            Diagnostic::new(&EMPTY_VALUE, t.span)
                .arg("tag", t.name)
                .with_fix(removal(t, Applicability::MaybeIncorrect)),
        );
        other.push(UnknownTag::kept(t.name, ""));
        return false;
    }
    true
}

fn is_size(s: &str) -> bool {
    let digits = s.trim_end_matches(['k', 'm', 'g', 't', 'K', 'M', 'G', 'T']);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && s.len() - digits.len() <= 1
}

fn valid_scheme(s: &str) -> bool {
    let mut b = s.bytes();
    b.next().is_some_and(|c| c.is_ascii_alphabetic())
        && b.all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
}

/// Reads a `dmarc-urilist`. Returns the URIs (as written) and whether at
/// least one is syntactically valid.
fn uri_list(input: &str, t: &Tag<'_>, diags: &mut Vec<Diagnostic>) -> (Vec<ReportUri>, bool) {
    let base = t.value_span.start;
    let is_ws = |c: u8| matches!(c, b' ' | b'\t' | b'\r' | b'\n');
    let bytes = input.as_bytes();
    // Pieces between commas, as absolute (start, end).
    let mut pieces = Vec::new();
    let mut start = base;
    for (k, c) in t.value.bytes().enumerate() {
        if c == b',' {
            pieces.push((start, base + k));
            start = base + k + 1;
        }
    }
    pieces.push((start, t.value_span.end));
    let trimmed: Vec<(usize, usize)> = pieces
        .iter()
        .map(|&(s, e)| {
            let (mut s, mut e) = (s, e);
            while s < e && is_ws(bytes[s]) {
                s += 1;
            }
            while e > s && is_ws(bytes[e - 1]) {
                e -= 1;
            }
            (s, e)
        })
        .collect();
    if trimmed.iter().all(|(s, e)| s == e) {
        diags.push(Diagnostic::new(&BAD_URI, t.value_span).arg("uri", t.value));
        return (Vec::new(), false);
    }
    let mut uris = Vec::new();
    let mut starts = Vec::new();
    let mut any_valid = false;
    let n = pieces.len();
    for (idx, (&(ps, pe), &(s, e))) in pieces.iter().zip(&trimmed).enumerate() {
        if s == e {
            // Remove this empty piece together with one of its commas.
            let span = if idx + 1 < n {
                Span::new(ps, pe + 1)
            } else {
                Span::new(ps - 1, pe)
            };
            diags.push(Diagnostic::new(&EMPTY_URI, span).with_fix(Fix::single(
                Text::new("Remove the extra comma", "Remover a vírgula a mais"),
                span,
                "",
                Applicability::Safe,
            )));
            continue;
        }
        let piece = &input[s..e];
        let (uri_end, size) = match piece.rfind('!') {
            Some(b) => {
                let bang = s + b;
                let mut ue = bang;
                while ue > s && is_ws(bytes[ue - 1]) {
                    ue -= 1;
                }
                let size_raw = &input[bang + 1..e];
                let size_trim = size_raw.trim_matches([' ', '\t', '\r', '\n']);
                let clean = ue == bang && size_raw == size_trim && is_size(size_raw);
                let span = Span::new(bang, e);
                let fix_title = Text::new("Remove the size limit", "Remover o limite de tamanho");
                let d = if clean {
                    Diagnostic::new(&OBSOLETE_SIZE, span)
                        .arg("size", size_raw)
                        .with_fix(Fix::single(
                            fix_title,
                            Span::new(ue, e),
                            "",
                            Applicability::Safe,
                        ))
                } else {
                    Diagnostic::new(&BAD_SIZE, span)
                        .arg("size", size_raw)
                        .with_fix(Fix::single(
                            fix_title,
                            Span::new(ue, e),
                            "",
                            Applicability::MaybeIncorrect,
                        ))
                };
                diags.push(d);
                (ue, Some(size_trim))
            }
            None => (e, None),
        };
        let uri = &input[s..uri_end];
        let uri_span = Span::new(s, uri_end);
        match uri.split_once(':') {
            Some((scheme, rest)) if valid_scheme(scheme) && !rest.is_empty() => {
                if scheme.eq_ignore_ascii_case("mailto") {
                    if crate::uri::check_mailto(uri).is_ok() {
                        any_valid = true;
                    } else {
                        diags.push(Diagnostic::new(&BAD_MAILTO, uri_span).arg("uri", uri));
                    }
                } else if uri
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii())
                {
                    diags.push(Diagnostic::new(&BAD_URI, uri_span).arg("uri", uri));
                } else {
                    any_valid = true;
                    diags.push(Diagnostic::new(&URI_NOT_MAILTO, uri_span).arg("uri", uri));
                }
            }
            _ => {
                let mut d = Diagnostic::new(&BAD_URI, uri_span).arg("uri", uri);
                if !uri.contains(':') && uri.contains('@') {
                    d = d.with_fix(Fix::single(
                        Text::new(
                            "Put mailto: before the address",
                            "Pôr mailto: antes do endereço",
                        ),
                        Span::empty(s),
                        "mailto:",
                        Applicability::MaybeIncorrect,
                    ));
                }
                diags.push(d);
            }
        }
        starts.push(s);
        uris.push(ReportUri::raw(uri, size));
    }
    if uris.len() > 2 {
        diags.push(
            Diagnostic::new(&MANY_URIS, Span::new(starts[2], t.value_span.end))
                .arg("tag", t.name)
                .arg("count", uris.len()),
        );
    }
    (uris, any_valid)
}

/// Handles `pct`, `rf` and `ri`, removed in RFC 9989.
fn removed_tag(t: &Tag<'_>, diags: &mut Vec<Diagnostic>) {
    let lname = t.name.to_ascii_lowercase();
    if lname == "pct"
        && let Ok(n) = t.value.parse::<u8>()
        && n < 100
    {
        let fix = if n == 0 {
            Fix::single(
                Text::new("Replace with t=y", "Substituir por t=y"),
                t.span,
                "t=y",
                Applicability::MaybeIncorrect,
            )
        } else {
            removal(t, Applicability::MaybeIncorrect)
        };
        diags.push(
            Diagnostic::new(&PCT_PARTIAL, t.span)
                .arg("value", t.value)
                .with_fix(fix),
        );
        return;
    }
    let default = match lname.as_str() {
        "pct" => t.value == "100",
        "rf" => t.value.eq_ignore_ascii_case("afrf"),
        _ => t.value == "86400",
    };
    diags.push(
        Diagnostic::new(&REMOVED_TAG, t.span)
            .arg("tag", t.name)
            .arg("value", t.value)
            .with_fix(removal(
                t,
                if default {
                    Applicability::Safe
                } else {
                    Applicability::MaybeIncorrect
                },
            )),
    );
}

fn word<T: for<'s> TryFrom<&'s str>>(
    t: &Tag<'_>,
    allowed: &'static str,
    choices: &[(&str, &'static str)],
    other: &mut Vec<UnknownTag>,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    match T::try_from(t.value) {
        Ok(v) => Some(v),
        Err(_) => {
            let bad = Diagnostic::new(&BAD_VALUE, t.value_span)
                .arg("tag", t.name)
                .arg("value", t.value)
                .arg("allowed", allowed);
            diags.push(unknown_value(t, choices, bad));
            other.push(UnknownTag::kept(t.name, t.value));
            None
        }
    }
}

/// The spellings each enumerated tag's values are compared with, and the
/// value each stands for (the long words are how people write the letters).
const POLICIES: &[(&str, &str)] = &[
    ("none", "none"),
    ("quarantine", "quarantine"),
    ("reject", "reject"),
];
const ALIGNMENTS: &[(&str, &str)] = &[("r", "r"), ("s", "s"), ("relaxed", "r"), ("strict", "s")];
const YES_NO: &[(&str, &str)] = &[("y", "y"), ("n", "n"), ("yes", "y"), ("no", "n")];
const PSD: &[(&str, &str)] = &[
    ("y", "y"),
    ("n", "n"),
    ("u", "u"),
    ("yes", "y"),
    ("no", "n"),
];

/// The finding for a value a tag does not take: `dmarc::misspelt-value`
/// with the nearest value as a fix to check when the value looks like a
/// slip (`p=quarentine`), otherwise `otherwise`.
fn unknown_value(
    t: &Tag<'_>,
    choices: &[(&str, &'static str)],
    otherwise: Diagnostic,
) -> Diagnostic {
    let Some(suggestion) = crate::text::nearest(t.value, choices) else {
        return otherwise;
    };
    Diagnostic::new(&MISSPELT_VALUE, t.value_span)
        .arg("tag", t.name)
        .arg("value", t.value)
        .arg("suggestion", suggestion)
        .with_fix(Fix::single(
            Text::new("Replace the value with", "Substituir o valor por"),
            t.value_span,
            suggestion,
            Applicability::MaybeIncorrect,
        ))
}

fn failure_options(
    t: &Tag<'_>,
    other: &mut Vec<UnknownTag>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<FailureOption>> {
    let items: Result<Vec<FailureOption>, _> =
        t.value.split(':').map(FailureOption::try_from).collect();
    let Ok(items) = items else {
        diags.push(
            Diagnostic::new(&BAD_VALUE, t.value_span)
                .arg("tag", t.name)
                .arg("value", t.value)
                .arg_text(
                    "allowed",
                    Text::new(
                        "0, 1, d, s, separated by colons (fo=1 or fo=d:s)",
                        "0, 1, d, s, separados por dois pontos (fo=1 ou fo=d:s)",
                    ),
                ),
        );
        other.push(UnknownTag::kept(t.name, t.value));
        return None;
    };
    if items.contains(&FailureOption::All) && items.contains(&FailureOption::Any) {
        diags.push(Diagnostic::new(&FO_CONFLICT, t.value_span));
    }
    for (k, o) in items.iter().enumerate() {
        if items[..k].contains(o) && !items[k + 1..].contains(o) {
            diags.push(Diagnostic::new(&FO_REPEATED, t.value_span).arg("value", o));
        }
    }
    Some(items)
}

/// Parses a DMARC policy record (the TXT value at `_dmarc.<domain>`).
///
/// Returns the model whenever the text is recognisably a DMARC record, and
/// every finding (grammar and advice). `value` is `None` only when the text
/// is empty or is not DMARC at all (another version tag, such as `v=spf1`).
///
/// ```
/// let parsed = selo::dmarc::parse("v=DMARC1; p=none; pct=50");
/// assert!(parsed.is_valid());
/// assert!(parsed.has("dmarc::pct-partial"));
/// assert!(parsed.has("dmarc::monitoring-only"));
///
/// let spf = selo::dmarc::parse("v=spf1 -all");
/// assert!(spf.value.is_none());
/// assert!(spf.has("dmarc::other-type"));
/// ```
pub fn parse(input: &str) -> Parsed<Dmarc> {
    let mut diags = Vec::new();
    let recognisable = |t: &Tag<'_>| {
        let n = t.name.to_ascii_lowercase();
        matches!(
            n.as_str(),
            "sp" | "np" | "rua" | "ruf" | "adkim" | "aspf" | "pct" | "psd"
        ) || (n == "p" && Policy::try_from(t.value).is_ok())
    };
    let Some((mut found, empty)) = version(input, &mut diags, recognisable) else {
        return Parsed {
            value: None,
            diagnostics: diags,
        };
    };
    diags.extend(taglist::empty_tag_specs(input, &empty, &EMPTY_TAG));
    let mut r = Dmarc::default();
    let mut seen: Vec<(String, usize)> = Vec::new();
    if let Some(v) = found.v {
        seen.push(("v".into(), v));
    }
    let tags = std::mem::take(&mut found.tags);
    for (i, t) in tags.iter().enumerate() {
        if Some(i) == found.v {
            continue;
        }
        let lname = t.name.to_ascii_lowercase();
        match lname.as_str() {
            "p" => found.p_written = true,
            "sp" => found.sp_written = true,
            "np" => found.np_written = true,
            "rua" => found.rua_written = true,
            _ => {}
        }
        if !common_checks(&tags, i, &mut seen, &mut r.other, &mut diags) {
            continue;
        }
        match lname.as_str() {
            "p" | "sp" | "np" => match Policy::try_from(t.value) {
                Ok(p) => {
                    let (field, at) = match lname.as_str() {
                        "p" => (&mut r.policy, &mut found.p),
                        "sp" => (&mut r.subdomain_policy, &mut found.sp),
                        _ => (&mut r.nonexistent_policy, &mut found.np),
                    };
                    *field = Some(p);
                    *at = Some(i);
                }
                Err(_) => {
                    let bad = Diagnostic::new(&BAD_POLICY, t.value_span)
                        .arg("tag", t.name)
                        .arg("value", t.value);
                    diags.push(unknown_value(t, POLICIES, bad));
                    r.other.push(UnknownTag::kept(t.name, t.value));
                }
            },
            "psd" => r.psd = word::<Psd>(t, "y, n, u", PSD, &mut r.other, &mut diags),
            "t" => {
                let yes = t.value.eq_ignore_ascii_case("y");
                if yes || t.value.eq_ignore_ascii_case("n") {
                    r.testing = Some(yes);
                    found.t = Some(i);
                } else {
                    let bad = Diagnostic::new(&BAD_VALUE, t.value_span)
                        .arg("tag", t.name)
                        .arg("value", t.value)
                        .arg("allowed", "y, n");
                    diags.push(unknown_value(t, YES_NO, bad));
                    r.other.push(UnknownTag::kept(t.name, t.value));
                }
            }
            "adkim" => r.adkim = word::<Alignment>(t, "r, s", ALIGNMENTS, &mut r.other, &mut diags),
            "aspf" => r.aspf = word::<Alignment>(t, "r, s", ALIGNMENTS, &mut r.other, &mut diags),
            "fo" => {
                if let Some(fo) = failure_options(t, &mut r.other, &mut diags) {
                    r.failure_options = fo;
                    found.fo = Some(i);
                }
            }
            "rua" | "ruf" => {
                let (uris, valid) = uri_list(input, t, &mut diags);
                if lname == "rua" {
                    r.rua = uris;
                    found.rua = Some(i);
                    found.rua_valid = valid;
                } else {
                    r.ruf = uris;
                    found.ruf = Some(i);
                }
            }
            "pct" | "rf" | "ri" => {
                removed_tag(t, &mut diags);
                r.other.push(UnknownTag::kept(t.name, t.value));
            }
            _ => {
                diags.push(Diagnostic::new(&UNKNOWN_TAG, t.name_span).arg("tag", t.name));
                r.other.push(UnknownTag::kept(t.name, t.value));
            }
        }
    }
    found.tags = tags;
    super::lint::lint(&r, &found, &mut diags);
    let mut parsed = Parsed {
        value: Some(r),
        diagnostics: diags,
    };
    parsed.sort();
    parsed
}

/// Parses an external report authorization record, published by a report
/// destination at `<domain>._report._dmarc.<destination>` (RFC 9990 4).
///
/// `v=DMARC1` must come first; a trailing `;` is optional; `rua` and `ruf`
/// may override the destinations; other tags have no effect.
///
/// ```
/// let parsed = selo::dmarc::parse_report_auth("v=DMARC1; rua=mailto:agg@thirdparty.example.net");
/// assert!(parsed.is_valid());
/// assert_eq!(parsed.value.unwrap().rua[0].as_str(), "mailto:agg@thirdparty.example.net");
/// assert!(selo::dmarc::parse_report_auth("v=DMARC1; p=none").has("dmarc::auth-tag-ignored"));
/// ```
pub fn parse_report_auth(input: &str) -> Parsed<ReportAuth> {
    let mut diags = Vec::new();
    let recognisable = |t: &Tag<'_>| t.is("rua") || t.is("ruf");
    let Some((found, empty)) = version(input, &mut diags, recognisable) else {
        return Parsed {
            value: None,
            diagnostics: diags,
        };
    };
    diags.extend(taglist::empty_tag_specs(input, &empty, &EMPTY_TAG));
    let mut r = ReportAuth::default();
    let mut seen: Vec<(String, usize)> = Vec::new();
    if let Some(v) = found.v {
        seen.push(("v".into(), v));
    }
    let tags = &found.tags;
    for (i, t) in tags.iter().enumerate() {
        if Some(i) == found.v {
            continue;
        }
        if !common_checks(tags, i, &mut seen, &mut r.other, &mut diags) {
            continue;
        }
        let lname = t.name.to_ascii_lowercase();
        match lname.as_str() {
            "rua" => r.rua = uri_list(input, t, &mut diags).0,
            "ruf" => r.ruf = uri_list(input, t, &mut diags).0,
            "p" | "sp" | "np" | "psd" | "t" | "adkim" | "aspf" | "fo" | "pct" | "rf" | "ri" => {
                diags.push(
                    Diagnostic::new(&AUTH_TAG_IGNORED, t.span)
                        .arg("tag", t.name)
                        .with_fix(removal(t, Applicability::Safe)),
                );
                r.other.push(UnknownTag::kept(t.name, t.value));
            }
            _ => {
                diags.push(Diagnostic::new(&UNKNOWN_TAG, t.name_span).arg("tag", t.name));
                r.other.push(UnknownTag::kept(t.name, t.value));
            }
        }
    }
    let mut parsed = Parsed {
        value: Some(r),
        diagnostics: diags,
    };
    parsed.sort();
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_separator_is_found_after_white_space() {
        assert_eq!(missing_separator("DMARC1 p=none"), Some((6, 7)));
        assert_eq!(missing_separator("reject  sp = none"), Some((6, 8)));
        assert_eq!(missing_separator("mailto:a@b.c , mailto:c@d.e"), None);
        assert_eq!(missing_separator("DMARC1"), None);
        assert_eq!(missing_separator("x y"), None);
    }

    #[test]
    fn size_suffix_grammar() {
        for (s, ok) in [
            ("10m", true),
            ("0G", true),
            ("5", true),
            ("", false),
            ("10p", false),
            ("k", false),
            ("10mm", false),
        ] {
            assert_eq!(is_size(s), ok, "{s}");
        }
    }
}
