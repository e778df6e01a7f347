//! The `tag=value; tag=value` syntax shared by DMARC, DKIM, BIMI, MTA-STS and
//! TLS-RPT records.
//!
//! The splitter is deliberately lenient: it accepts white space (space, tab,
//! CR, LF) around tags and around `=`, empty segments and segments without
//! `=`, and records each case with its span, so that each protocol can decide
//! what its own grammar allows and say so precisely.

use crate::{Applicability, Diagnostic, Fix, Message, Span, Text};

pub(crate) mod fields;

/// The title of a fix that writes a name or value in lower case.
pub(crate) const LOWERCASE: Text = Text::new("Write it in lower case", "Escrever em minúsculas");

/// Defines a protocol's `UnknownTag` (with the doc comment given): a tag
/// kept as written, `name=value`, built only once the protocol's own grammar
/// has accepted the name and the value, and written back the same way.
macro_rules! unknown_tag_type {
    ($(#[$doc:meta])*) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
        pub struct UnknownTag {
            name: String,
            value: String,
        }

        impl UnknownTag {
            /// The tag, its name and value already checked.
            fn kept(name: impl Into<String>, value: impl Into<String>) -> Self {
                UnknownTag {
                    name: name.into(),
                    value: value.into(),
                }
            }

            /// The tag name.
            pub fn name(&self) -> &str {
                &self.name
            }

            /// The value as written.
            pub fn value(&self) -> &str {
                &self.value
            }
        }

        impl std::fmt::Display for UnknownTag {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}={}", self.name, self.value)
            }
        }
    };
}
pub(crate) use unknown_tag_type;

/// One `name=value` segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag<'a> {
    /// The tag name as written (not folded to lower case).
    pub name: &'a str,
    /// Where the name is.
    pub name_span: Span,
    /// The value with surrounding white space removed (empty when no `=`).
    pub value: &'a str,
    /// Where the value is (empty span right after `=` when the value is empty).
    pub value_span: Span,
    /// The segment from the first byte of the name to the last of the value.
    pub span: Span,
    /// The segment including its separator and the white space around it:
    /// what to remove to delete the tag.
    pub removal_span: Span,
    /// False when the segment has no `=`.
    pub has_equals: bool,
    /// Where the `=` is (empty span at the end of the name when absent).
    pub equals_span: Span,
    /// True when white space stands between the name and `=`, or between `=`
    /// and the value.
    pub space_around_equals: bool,
}

impl Tag<'_> {
    /// Compares the tag name without regard to ASCII case.
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }
}

/// A split tag list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TagList<'a> {
    /// The non-empty segments, in order.
    pub tags: Vec<Tag<'a>>,
    /// Segments holding only white space between two separators (`;;`).
    pub empty: Vec<Span>,
    /// True when the list ends with a separator.
    pub trailing_separator: bool,
}

/// The record a version word names, as words for a finding: `spf1` is
/// "an SPF record" / "um registo SPF". Case-insensitive; only the first
/// word of `version_value` counts. `None` for an unknown word and for
/// `this` (the caller's own version word), so each protocol can say "this
/// is another record type" with one call.
///
/// ```
/// use selo::{Lang, taglist::record_kind};
/// let k = record_kind("SPF1 ", "DMARC1").unwrap();
/// assert_eq!(k.get(Lang::En), "an SPF record");
/// assert_eq!(k.get(Lang::Pt), "um registo SPF");
/// assert_eq!(record_kind("dmarc1", "DMARC1"), None);
/// ```
pub fn record_kind(version_value: &str, this: &str) -> Option<Text> {
    let word = version_value
        .split(|c: char| c.is_ascii_whitespace() || c == ';')
        .next()
        .unwrap_or("");
    if word.eq_ignore_ascii_case(this) {
        return None;
    }
    const KINDS: [(&str, Text); 6] = [
        ("spf1", Text::new("an SPF record", "um registo SPF")),
        ("dmarc1", Text::new("a DMARC record", "um registo DMARC")),
        (
            "dkim1",
            Text::new("a DKIM key record", "um registo de chave DKIM"),
        ),
        ("bimi1", Text::new("a BIMI record", "um registo BIMI")),
        (
            "stsv1",
            Text::new("an MTA-STS record", "um registo MTA-STS"),
        ),
        (
            "tlsrptv1",
            Text::new("a TLS-RPT record", "um registo TLS-RPT"),
        ),
    ];
    KINDS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|(_, t)| *t)
}

/// True for an RFC 6376 3.2 `tag-value`: VALCHARs with inner white space.
pub(crate) fn is_tag_value(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first().is_some_and(|c| crate::taglist::is_space(*c))
        || b.last().is_some_and(|c| crate::taglist::is_space(*c))
    {
        return false;
    }
    b.iter()
        .all(|&c| (0x21..=0x7e).contains(&c) && c != b';' || crate::taglist::is_space(c))
}

/// True for an RFC 6376 3.2 `tag-name`.
pub(crate) fn is_tag_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphabetic()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// Splits a list value at `sep`, giving each entry trimmed with its span.
pub(crate) fn split_items<'a>(tag: &Tag<'a>, sep: char) -> Vec<(&'a str, Span)> {
    let base = tag.value_span.start;
    let mut out = Vec::new();
    let mut start = 0;
    let value = tag.value;
    for (i, c) in value
        .char_indices()
        .chain(std::iter::once((value.len(), sep)))
    {
        if c == sep {
            let raw = &value[start..i];
            let lead = raw.len() - raw.trim_start().len();
            let item = raw.trim();
            let s = base + start + lead;
            out.push((item, Span::new(s, s + item.len())));
            start = i + c.len_utf8();
        }
    }
    out
}

/// True for the white space tag lists tolerate (WSP and FWS).
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

fn trim_span(input: &str, start: usize, end: usize) -> (usize, usize) {
    let b = input.as_bytes();
    let mut s = start;
    let mut e = end;
    while s < e && is_space(b[s]) {
        s += 1;
    }
    while e > s && is_space(b[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// Splits `input` at `sep` into tags.
///
/// ```
/// use selo::taglist::split;
/// let list = split("v=DMARC1; p = reject;;", b';');
/// assert_eq!(list.tags.len(), 2);
/// assert_eq!(list.tags[1].name, "p");
/// assert_eq!(list.tags[1].value, "reject");
/// assert!(list.tags[1].space_around_equals);
/// assert_eq!(list.empty.len(), 1);
/// assert!(list.trailing_separator);
/// ```
pub fn split(input: &str, sep: u8) -> TagList<'_> {
    let bytes = input.as_bytes();
    let mut list = TagList::default();
    // Segment boundaries: [seg_start, seg_end) between separators.
    let mut bounds = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == sep {
            bounds.push((start, i, true));
            start = i + 1;
        }
    }
    bounds.push((start, bytes.len(), false));
    let count = bounds.len();
    for (idx, &(s, e, followed_by_sep)) in bounds.iter().enumerate() {
        let (ts, te) = trim_span(input, s, e);
        if ts == te {
            if idx + 1 == count {
                list.trailing_separator = count > 1;
            } else {
                list.empty.push(Span::new(s, e));
            }
            continue;
        }
        let seg = &input[ts..te];
        // Removal span: the segment plus its following separator, or, for the
        // last segment, the preceding separator.
        let removal = if followed_by_sep {
            // Up to and including the separator and the white space after it.
            let mut end = e + 1;
            while end < bytes.len() && matches!(bytes[end], b' ' | b'\t') {
                end += 1;
            }
            Span::new(ts, end)
        } else if idx > 0 {
            let prev_sep = s - 1;
            let mut st = prev_sep;
            while st > 0 && matches!(bytes[st - 1], b' ' | b'\t') {
                st -= 1;
            }
            Span::new(st, te)
        } else {
            Span::new(ts, te)
        };
        match seg.find('=') {
            Some(eq) => {
                let eq_abs = ts + eq;
                let (ns, ne) = trim_span(input, ts, eq_abs);
                let (vs, ve) = trim_span(input, eq_abs + 1, te);
                let (vs, ve) = if vs == ve {
                    (eq_abs + 1, eq_abs + 1)
                } else {
                    (vs, ve)
                };
                let space = ne != eq_abs || (vs != eq_abs + 1 && ve > vs);
                list.tags.push(Tag {
                    name: &input[ns..ne],
                    name_span: Span::new(ns, ne),
                    value: &input[vs..ve],
                    value_span: Span::new(vs, ve),
                    span: Span::new(ts, te),
                    removal_span: removal,
                    has_equals: true,
                    equals_span: Span::new(eq_abs, eq_abs + 1),
                    space_around_equals: space,
                });
            }
            None => list.tags.push(Tag {
                name: seg,
                name_span: Span::new(ts, te),
                value: "",
                value_span: Span::empty(te),
                span: Span::new(ts, te),
                removal_span: removal,
                has_equals: false,
                equals_span: Span::empty(te),
                space_around_equals: false,
            }),
        }
    }
    list
}

/// Finds repeated tag names: for each later occurrence, the index of the
/// first one and of the repeat. `same` decides whether two names are equal
/// (case-sensitive for DKIM, case-insensitive for DMARC...).
///
/// ```
/// use selo::taglist::{duplicates, split};
/// let list = split("v=DMARC1; p=none; P=reject", b';');
/// assert_eq!(duplicates(&list.tags, |a, b| a.eq_ignore_ascii_case(b)), vec![(1, 2)]);
/// assert!(duplicates(&list.tags, |a, b| a == b).is_empty());
/// ```
pub fn duplicates(tags: &[Tag<'_>], same: impl Fn(&str, &str) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (j, t) in tags.iter().enumerate() {
        if let Some(i) = tags[..j].iter().position(|u| same(u.name, t.name)) {
            out.push((i, j));
        }
    }
    out
}

/// One finding from `template` per empty tag-spec (`;;`): it spans the
/// empty segment and the separator after it (never past the end of
/// `input`), with a Safe fix that removes both. Shared by DMARC, DKIM and
/// BIMI, whose grammars all forbid empty tag-specs.
pub(crate) fn empty_tag_specs(
    input: &str,
    empty: &[Span],
    template: &'static Message,
) -> impl Iterator<Item = Diagnostic> {
    empty.iter().map(move |s| {
        let span = Span::new(s.start, (s.end + 1).min(input.len()));
        Diagnostic::new(template, span).with_fix(Fix::single(
            Text::new(
                "Remove the extra semicolon",
                "Remover o ponto e vírgula a mais",
            ),
            span,
            "",
            Applicability::Safe,
        ))
    })
}

/// The templates of the shared findings of a DKIM-grammar tag list
/// (RFC 6376 3.2, which BIMI reuses).
pub(crate) struct DkimGrammar {
    pub empty_tag_spec: &'static Message,
    pub duplicate: &'static Message,
    pub missing_equals: &'static Message,
}

/// The tags of a DKIM-grammar list worth reading, with their index: the
/// empty tag-specs, the exact repeats and the tags without `=` are reported
/// and left out.
pub(crate) fn readable_tags<'l, 'a>(
    input: &str,
    list: &'l TagList<'a>,
    m: &DkimGrammar,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(usize, &'l Tag<'a>)> {
    diags.extend(empty_tag_specs(input, &list.empty, m.empty_tag_spec));
    let dups = duplicates(&list.tags, |a, b| a == b);
    let mut out = Vec::new();
    for (idx, tag) in list.tags.iter().enumerate() {
        if let Some(&(first, _)) = dups.iter().find(|(_, j)| *j == idx) {
            diags.push(exact_duplicate(m.duplicate, tag, &list.tags[first]));
        } else if !tag.has_equals {
            diags.push(Diagnostic::new(m.missing_equals, tag.span).arg("text", tag.name));
        } else {
            out.push((idx, tag));
        }
    }
    out
}

/// The finding from `template` for `tag`, a repeat of `first` in a tag list
/// whose names are case-sensitive (DKIM's RFC 6376 3.2 grammar, which BIMI
/// reuses): it points at both, and when the two are written the same a
/// Safe fix removes the repeat. DMARC's tag names are case-insensitive and
/// its repeats always get a fix, so it has its own.
pub(crate) fn exact_duplicate(
    template: &'static Message,
    tag: &Tag<'_>,
    first: &Tag<'_>,
) -> Diagnostic {
    let d = Diagnostic::new(template, tag.span)
        .arg("tag", tag.name)
        .with_secondary(
            first.span,
            Some(Text::new("first defined here", "definida primeiro aqui")),
        );
    if first.value == tag.value && first.has_equals == tag.has_equals {
        d.with_fix(Fix::single(
            Text::new("Remove this tag", "Remover esta etiqueta"),
            tag.removal_span,
            "",
            Applicability::Safe,
        ))
    } else {
        d
    }
}

/// The finding from `template` for `tag`, a repeat of `first` that is always
/// worth removing (DMARC, MTA-STS and TLS-RPT): it names the tag `name`,
/// points at both, and carries a fix titled `title` that removes the
/// repeat, Safe when `same` (the two say the same thing).
pub(crate) fn repeat(
    template: &'static Message,
    tag: &Tag<'_>,
    name: &str,
    first: &Tag<'_>,
    title: Text,
    same: bool,
) -> Diagnostic {
    Diagnostic::new(template, tag.span)
        .arg("tag", name)
        .with_secondary(
            first.span,
            Some(Text::new("first defined here", "definida primeiro aqui")),
        )
        .with_fix(Fix::single(
            title,
            tag.removal_span,
            "",
            if same {
                Applicability::Safe
            } else {
                Applicability::MaybeIncorrect
            },
        ))
}

/// The finding from `template` when the value of the version tag `tag` is
/// not exactly `want` (DKIM's and BIMI's versions are case-sensitive): with
/// a Safe fix titled `title` when it is `want` in another case.
pub(crate) fn exact_version(
    template: &'static Message,
    tag: &Tag<'_>,
    want: &'static str,
    title: Text,
) -> Option<Diagnostic> {
    if tag.value == want {
        return None;
    }
    let d = Diagnostic::new(template, tag.value_span).arg("value", tag.value);
    Some(if tag.value.eq_ignore_ascii_case(want) {
        d.with_fix(Fix::single(
            title,
            tag.value_span,
            want,
            Applicability::Safe,
        ))
    } else {
        d
    })
}

/// The finding for a tag name the protocol does not model, in a tag list
/// whose names are case-sensitive (DKIM's RFC 6376 3.2 grammar, which BIMI
/// reuses): `case`, with a fix to the lower-case name, when it is one of
/// `known` written in another case; else `unknown`.
pub(crate) fn unknown_name(
    tag: &Tag<'_>,
    known: &[&'static str],
    case: &'static Message,
    unknown: &'static Message,
) -> Diagnostic {
    match known.iter().find(|k| k.eq_ignore_ascii_case(tag.name)) {
        Some(want) => Diagnostic::new(case, tag.name_span)
            .arg("tag", tag.name)
            .arg("want", want)
            .with_fix(Fix::single(
                LOWERCASE,
                tag.name_span,
                *want,
                Applicability::MaybeIncorrect,
            )),
        None => Diagnostic::new(unknown, tag.name_span).arg("tag", tag.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_into_the_input() {
        for input in [
            "",
            ";",
            " ; ; ",
            "v=DKIM1; k=rsa; p=",
            "a = b ;c=;d ; e",
            "é=ü; ;x",
        ] {
            let list = split(input, b';');
            for t in &list.tags {
                for s in [
                    t.name_span,
                    t.value_span,
                    t.span,
                    t.removal_span,
                    t.equals_span,
                ] {
                    assert!(s.end <= input.len(), "{input:?} {s:?}");
                    assert!(input.is_char_boundary(s.start) && input.is_char_boundary(s.end));
                }
                assert_eq!(&input[t.name_span.range()], t.name);
                assert_eq!(&input[t.value_span.range()], t.value);
            }
        }
    }

    /// Input, the (name, value) pairs, the number of empty segments, and
    /// whether a separator ends the list.
    type Case = (
        &'static str,
        &'static [(&'static str, &'static str)],
        usize,
        bool,
    );

    #[test]
    fn table() {
        let cases: &[Case] = &[
            (
                "v=DMARC1;p=reject",
                &[("v", "DMARC1"), ("p", "reject")],
                0,
                false,
            ),
            (
                "v=DMARC1; p=reject;",
                &[("v", "DMARC1"), ("p", "reject")],
                0,
                true,
            ),
            (
                "v=DMARC1;; p=reject",
                &[("v", "DMARC1"), ("p", "reject")],
                1,
                false,
            ),
            ("k=rsa; p=", &[("k", "rsa"), ("p", "")], 0, false),
            ("novalue; x=1", &[("novalue", ""), ("x", "1")], 0, false),
            (
                "v = DMARC1\t;\tp=reject\t;",
                &[("v", "DMARC1"), ("p", "reject")],
                0,
                true,
            ),
        ];
        for (input, want, empty, trailing) in cases {
            let list = split(input, b';');
            let got: Vec<(&str, &str)> = list.tags.iter().map(|t| (t.name, t.value)).collect();
            assert_eq!(&got, want, "{input}");
            assert_eq!(list.empty.len(), *empty, "{input}");
            assert_eq!(list.trailing_separator, *trailing, "{input}");
        }
    }

    #[test]
    fn removing_a_tag_leaves_a_clean_list() {
        let input = "v=DMARC1; p=none; pct=50; rua=mailto:a@example.com";
        let list = split(input, b';');
        let pct = &list.tags[2];
        let mut s = input.to_string();
        s.replace_range(pct.removal_span.range(), "");
        assert_eq!(s, "v=DMARC1; p=none; rua=mailto:a@example.com");
        let last = &list.tags[3];
        let mut s = input.to_string();
        s.replace_range(last.removal_span.range(), "");
        assert_eq!(s, "v=DMARC1; p=none; pct=50");
    }
}
