//! The `tag=value; tag=value` syntax shared by DMARC, DKIM, BIMI, MTA-STS and
//! TLS-RPT records.
//!
//! The splitter is deliberately lenient: it accepts white space (space, tab,
//! CR, LF) around tags and around `=`, empty segments and segments without
//! `=`, and records each case with its span, so that each protocol can decide
//! what its own grammar allows and say so precisely.

use crate::Span;

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
