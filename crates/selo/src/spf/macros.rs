//! Macro strings and domain-specs (RFC 7208 7.1).

use super::messages::*;
use crate::{Message, Severity, Span};

/// Where a macro string stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Context {
    /// A domain-spec, `exp=`'s own included: the letters c, r and t are
    /// refused (RFC 7208 7.2, 7.3: they belong to the explanation text that
    /// `exp=` points to, never to a domain name that is looked up).
    DomainSpec,
    /// The value of an unknown modifier: any macro-string.
    MacroString,
}

/// One problem in a macro string; `span` is relative to the string checked.
#[derive(Clone, Debug)]
pub(crate) struct Issue {
    pub template: &'static Message,
    pub span: Span,
    pub args: Vec<(&'static str, String)>,
}

impl Issue {
    fn new(template: &'static Message, span: Span) -> Self {
        Issue {
            template,
            span,
            args: Vec::new(),
        }
    }

    fn arg(mut self, k: &'static str, v: impl Into<String>) -> Self {
        self.args.push((k, v.into()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.template.severity == Severity::Error
    }
}

/// A character shown in a message: visible ones as they are, others as U+XXXX.
pub(crate) fn show_char(c: char) -> String {
    if c.is_ascii_graphic() {
        format!("'{c}'")
    } else {
        format!("U+{:04X}", c as u32)
    }
}

/// Checks `s` and returns every problem found (errors and warnings).
pub(crate) fn check(s: &str, ctx: Context) -> Vec<Issue> {
    let mut issues = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    // Where the last macro-expand ended, to know whether the string ends with one.
    let mut last_expand_end: Option<usize> = None;
    let mut ok_chars = true;
    while i < b.len() {
        let c = b[i];
        if c == b'%' {
            match b.get(i + 1) {
                Some(b'%') | Some(b'_') | Some(b'-') => {
                    i += 2;
                    last_expand_end = Some(i);
                }
                Some(b'{') => {
                    let start = i;
                    let close = s[i..].find('}').map(|k| i + k);
                    let end = close.map(|k| k + 1).unwrap_or(b.len());
                    let span = Span::new(start, end);
                    let text = &s[start..end];
                    match close {
                        None => issues.push(Issue::new(&BAD_MACRO, span).arg("macro", text)),
                        Some(close) => {
                            check_expand(s, start + 2, close, span, ctx, &mut issues);
                            last_expand_end = Some(end);
                        }
                    }
                    i = end;
                }
                _ => {
                    issues.push(Issue::new(&BAD_PERCENT, Span::new(i, i + 1)));
                    i += 1;
                }
            }
            continue;
        }
        let ch = s[i..].chars().next().unwrap_or('?');
        let len = ch.len_utf8();
        if !ch.is_ascii() {
            issues.push(Issue::new(&NON_ASCII, Span::new(i, i + len)).arg("char", show_char(ch)));
            ok_chars = false;
        } else if !(0x21..=0x7e).contains(&c) {
            issues.push(Issue::new(&BAD_CHAR, Span::new(i, i + 1)).arg("char", show_char(ch)));
            ok_chars = false;
        }
        i += len;
    }
    if ctx == Context::DomainSpec {
        let ends_with_macro = last_expand_end == Some(s.len());
        if !ends_with_macro && ok_chars && !has_domain_end(s) {
            issues.push(Issue::new(&BAD_DOMAIN_END, Span::new(0, s.len())).arg("domain", s));
        }
        if !s.contains('%')
            && ok_chars
            && !issues.iter().any(|i| i.is_error())
            && crate::domain::check(s).is_err()
        {
            issues.push(Issue::new(&BAD_DOMAIN_NAME, Span::new(0, s.len())).arg("domain", s));
        }
    }
    issues
}

/// `"." toplabel [ "." ]` at the end of `s`.
fn has_domain_end(s: &str) -> bool {
    let t = s.strip_suffix('.').unwrap_or(s);
    let Some(dot) = t.rfind('.') else {
        return false;
    };
    let label = &t[dot + 1..];
    // A '%' in the label means a macro sits between the dot and the end.
    is_toplabel(label)
}

/// `toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )`
pub(crate) fn is_toplabel(label: &str) -> bool {
    let b = label.as_bytes();
    !b.is_empty()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
        && b.iter().any(|c| c.is_ascii_alphabetic() || *c == b'-')
}

/// Checks the inside of `%{...}`: `s[from..close]`.
fn check_expand(
    s: &str,
    from: usize,
    close: usize,
    span: Span,
    ctx: Context,
    issues: &mut Vec<Issue>,
) {
    let inner = &s[from..close];
    let text = &s[span.range()];
    let Some(letter) = inner.chars().next() else {
        issues.push(Issue::new(&BAD_MACRO, span).arg("macro", text));
        return;
    };
    let lower = letter.to_ascii_lowercase();
    if !"slodiphcrtv".contains(lower) || !letter.is_ascii() {
        issues.push(
            Issue::new(
                &UNKNOWN_MACRO_LETTER,
                Span::new(from, from + letter.len_utf8()),
            )
            .arg("letter", show_char(letter)),
        );
        return;
    }
    if matches!(lower, 'c' | 'r' | 't') && ctx == Context::DomainSpec {
        issues.push(
            Issue::new(&MACRO_ONLY_IN_EXP, Span::new(from, from + 1))
                .arg("letter", show_char(letter)),
        );
    }
    if lower == 'p' {
        issues.push(Issue::new(&P_MACRO, span));
    }
    let rest = &inner[1..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && rest[..digits].bytes().all(|d| d == b'0') {
        issues.push(Issue::new(&MACRO_ZERO, span).arg("macro", text));
    }
    let mut rest = &rest[digits..];
    if let Some(r) = rest.strip_prefix(['r', 'R']) {
        rest = r;
    }
    if !rest.bytes().all(|d| b".-+,/_=".contains(&d)) {
        issues.push(Issue::new(&BAD_MACRO, span).arg("macro", text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(s: &str, ctx: Context) -> Vec<&'static str> {
        check(s, ctx).iter().map(|i| i.template.code).collect()
    }

    #[test]
    fn domain_specs() {
        let d = Context::DomainSpec;
        for (s, ctx, want) in [
            ("example.com", d, vec![]),
            ("example.com.", d, vec![]),
            ("%{d}", d, vec![]),
            ("%{ir}.%{v}._spf.%{d2}", d, vec![]),
            ("%{l1r+-}._spf.%{d}", d, vec![]),
            ("%{o,=_/}._spf.%{d}", d, vec![]),
            ("%{S}.example.com", d, vec![]),
            ("%%.%{l1r+}.%{d}", d, vec![]),
            ("_%-spf_%_verify%%.%{d}", d, vec![]),
            ("ends-with.a-1", d, vec![]),
            ("x", d, vec!["spf::bad-domain-end"]),
            ("%{l1r+}..", d, vec!["spf::bad-domain-end"]),
            ("%{l1r+}._.", d, vec!["spf::bad-domain-end"]),
            ("%{l1r+}.123.", d, vec!["spf::bad-domain-end"]),
            ("%{l1r+}.bad-.", d, vec!["spf::bad-domain-end"]),
            ("%{l1r+}.-bad.", d, vec!["spf::bad-domain-end"]),
            ("%{x}", d, vec!["spf::unknown-macro-letter"]),
            ("%{?}", d, vec!["spf::unknown-macro-letter"]),
            ("%{s0}", d, vec!["spf::macro-zero-digits"]),
            ("%{d", d, vec!["spf::bad-macro", "spf::bad-domain-end"]),
            ("%{d!}", d, vec!["spf::bad-macro"]),
            ("%(ir).sbl.example.org", d, vec!["spf::bad-percent"]),
            ("%{c}.example.com", d, vec!["spf::macro-only-in-exp"]),
            ("%{r}.example.com", d, vec!["spf::macro-only-in-exp"]),
            ("%{T}.example.com", d, vec!["spf::macro-only-in-exp"]),
            ("%{c}", Context::MacroString, vec![]),
            ("%{p}.example.com", d, vec!["spf::p-macro"]),
            ("ex\u{e9}.com", d, vec!["spf::non-ascii"]),
            ("a..example.com", d, vec!["spf::bad-domain-name"]),
            (
                "any thing %{c}",
                Context::MacroString,
                vec!["spf::bad-char", "spf::bad-char"],
            ),
            ("e:f:s:n", Context::MacroString, vec![]),
        ] {
            assert_eq!(codes(s, ctx), want, "{s}");
        }
    }

    #[test]
    fn spans_are_inside() {
        for s in ["%{", "%", "%{\u{e9}}", "a\u{e9}%{x", "%{d}\u{0}"] {
            for i in check(s, Context::DomainSpec) {
                assert!(i.span.end <= s.len() && s.is_char_boundary(i.span.start));
                assert!(s.is_char_boundary(i.span.end), "{s}");
            }
        }
    }
}
