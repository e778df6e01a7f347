//! Findings about a record: one [`Diagnostic`] type for every protocol.
//!
//! A diagnostic is plain data. Its text comes from a static [`Message`]
//! template, written once in English and once in European Portuguese, so the
//! command and the browser app can show the same finding in either language.
//! Every span is a byte range into the exact text that was parsed.

pub(crate) mod with_args;

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A byte range `start..end` into the text that was parsed.
///
/// Every span a parser returns lies inside its input and on UTF-8 character
/// boundaries.
///
/// ```
/// use selo::Span;
/// let s = Span::new(2, 5);
/// assert_eq!(&"v=DMARC1"[s.range()], "DMA");
/// assert_eq!(s.len(), 3);
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// `start` must not be after `end`: a reversed span is a bug in the
    /// caller, caught by a debug assertion (release builds keep the values
    /// as given, and [`Fix::apply`] skips such an edit).
    pub const fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "Span::new: start after end");
        Span { start, end }
    }

    /// The empty span at `at`, for "something is missing here".
    pub const fn empty(at: usize) -> Self {
        Span { start: at, end: at }
    }

    /// The span as a range, for slicing the input.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// This span moved `by` bytes to the right.
    pub const fn shift(self, by: usize) -> Self {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Self {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// How bad a finding is.
///
/// ```
/// use selo::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// assert_eq!(Severity::Info.as_str(), "info");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// An explanation; nothing to fix.
    Info,
    /// It works, but is risky, deprecated or likely not what the owner wants.
    Warning,
    /// Receivers will ignore or misread the record.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The languages Selo speaks.
///
/// ```
/// use selo::Lang;
/// assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::Pt));
/// assert_eq!(Lang::Pt.tag(), "pt-PT");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// European Portuguese.
    Pt,
}

impl Lang {
    /// The BCP 47 tag: `en` or `pt-PT`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pt => "pt-PT",
        }
    }

    /// Reads `en`, `en-GB`, `pt`, `pt-PT`... (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("pt") {
            Some(Lang::Pt)
        } else {
            None
        }
    }
}

/// A short text in both languages.
///
/// ```
/// use selo::{Lang, Text};
/// const T: Text = Text::new("first defined here", "definida primeiro aqui");
/// assert_eq!(T.get(Lang::Pt), "definida primeiro aqui");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// European Portuguese.
    pub pt: &'static str,
}

impl Text {
    /// The placeholders a table of texts (`NAME`, text) leaves unfilled in
    /// `src`, the source that shows them: [`crate::text::unfilled`] for a
    /// table none of whose texts is filled further on. For the tests of the
    /// workers' tables.
    pub fn unfilled_in(all: &[(&str, Text)], path: &str, src: &str) -> Vec<String> {
        let table: Vec<(&str, &str, &str)> = all.iter().map(|(n, t)| (*n, t.en, t.pt)).collect();
        crate::text::unfilled(&table, &[(path, src)], &[])
    }

    /// The texts of a table (`NAME`, text) that are not translated: the
    /// same in both languages although they hold words (a text of names
    /// and placeholders only may be), or with other placeholders in one
    /// language than in the other. For the translation tests of the tables.
    pub fn untranslated(all: &[(&str, Text)]) -> Vec<String> {
        let holes = |s: &'static str| {
            let mut v: Vec<&str> = placeholders(s).collect();
            v.sort();
            v
        };
        all.iter()
            .filter(|(_, t)| {
                let words =
                    t.en.split(['{', '}'])
                        .step_by(2)
                        .any(|s| s.chars().any(char::is_alphabetic));
                (words && t.en == t.pt) || holes(t.en) != holes(t.pt)
            })
            .map(|(name, _)| name.to_string())
            .collect()
    }

    /// Both translations.
    pub const fn new(en: &'static str, pt: &'static str) -> Self {
        Text { en, pt }
    }

    /// The text in `lang`.
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Pt => self.pt,
        }
    }
}

impl Text {
    /// The text in `lang` with its `{name}` placeholders filled (see
    /// [`fill`]).
    ///
    /// ```
    /// use selo::{Lang, Text};
    /// const T: Text = Text::new("cannot read {file}", "não foi possível ler {file}");
    /// assert_eq!(T.fill(Lang::Pt, &[("file", "a.xml")]), "não foi possível ler a.xml");
    /// ```
    pub fn fill(&self, lang: Lang, args: &[(&str, &str)]) -> String {
        fill(self.get(lang), |k| {
            args.iter().find(|(name, _)| *name == k).map(|(_, v)| *v)
        })
        .into_owned()
    }
}

/// A table of short texts in both languages: `NAME = ("English",
/// "Português");` becomes a [`Text`] constant, and `ALL` lists every one
/// with its name, for the translation test. The one macro for the texts of
/// the engine, the command, the app and the workers; fill a text's
/// placeholders with [`Text::fill`].
///
/// ```
/// mod words {
///     selo::texts! {
///         /// A heading.
///         SUMMARY = ("Summary", "Resumo");
///         READ = ("{n} read", "{n} lidos");
///     }
/// }
/// use selo::Lang;
/// assert_eq!(words::READ.fill(Lang::Pt, &[("n", "3")]), "3 lidos");
/// assert_eq!(words::ALL.len(), 2);
/// ```
#[macro_export]
macro_rules! texts {
    ($( $(#[$meta:meta])* $name:ident = ($en:expr, $pt:expr $(,)?); )+) => {
        $( $(#[$meta])* pub const $name: $crate::Text = $crate::Text::new($en, $pt); )+
        /// Every text of this table with its name, for the translation test.
        #[allow(dead_code)]
        pub const ALL: &[(&str, $crate::Text)] = &[$((stringify!($name), $name)),+];
    };
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.en)
    }
}

/// A value filled into a message placeholder.
///
/// Values that are words (a record kind, a tag described in words) are
/// [`Arg::Text`], so each language gets its own; numbers, tag names and
/// pasted text are [`Arg::Plain`], the same in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text that is the same in every language.
    Plain(String),
    /// Words, translated.
    Text(Text),
    /// Text made for this finding in each language: a count with its noun
    /// (see [`Plural`]) or an error's own words (see [`Localized`]).
    Both(String, String),
}

impl Arg {
    /// The value in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Arg::Plain(s) => s,
            Arg::Text(t) => t.get(lang),
            Arg::Both(en, pt) => match lang {
                Lang::En => en,
                Lang::Pt => pt,
            },
        }
    }
}

impl PartialEq<&str> for Arg {
    fn eq(&self, other: &&str) -> bool {
        matches!(self, Arg::Plain(s) if s == other)
    }
}

/// A count with the noun it counts, in the right number in each language:
/// the one place where plurals are made.
///
/// ```
/// use selo::{Lang, diagnostic::Plural};
/// const LOOKUPS: Plural = Plural::new(("lookup", "lookups"), ("consulta", "consultas"));
/// assert_eq!(LOOKUPS.count(1, Lang::En), "1 lookup");
/// assert_eq!(LOOKUPS.count(3, Lang::Pt), "3 consultas");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    en: (&'static str, &'static str),
    pt: (&'static str, &'static str),
}

impl Plural {
    /// The singular and plural forms in English and in Portuguese.
    pub const fn new(en: (&'static str, &'static str), pt: (&'static str, &'static str)) -> Self {
        Plural { en, pt }
    }

    /// The noun for `n` in `lang`, without the number.
    pub const fn noun(&self, n: usize, lang: Lang) -> &'static str {
        let (one, many) = match lang {
            Lang::En => self.en,
            Lang::Pt => self.pt,
        };
        if n == 1 { one } else { many }
    }

    /// `n` and the noun: `1 lookup`, `3 consultas`.
    pub fn count(&self, n: usize, lang: Lang) -> String {
        format!("{n} {}", self.noun(n, lang))
    }
}

/// Fills the `{name}` placeholders of `template` with `value(name)`.
///
/// The one template function of the crate: message templates and any other
/// text with holes go through it. `{{` and `}}` stand for literal braces
/// (SPF macros such as `%{{d}}` in a message). A placeholder without a
/// value, or a `{` without its `}`, is left as written.
///
/// ```
/// use selo::diagnostic::fill;
/// assert_eq!(fill("{n} of {m}", |k| (k == "n").then_some("1")), "1 of {m}");
/// assert_eq!(fill("%{{d}} for {n}", |_| Some("x")), "%{d} for x");
/// ```
pub fn fill<'t, 'v>(template: &'t str, value: impl Fn(&str) -> Option<&'v str>) -> Cow<'t, str> {
    if !template.contains(['{', '}']) {
        return Cow::Borrowed(template);
    }
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.push_str(&rest[..at]);
        let brace = &rest[at..at + 1];
        let after = &rest[at + 1..];
        if let Some(r) = after.strip_prefix(brace) {
            out.push_str(brace);
            rest = r;
        } else if brace == "}" {
            out.push('}');
            rest = after;
        } else if let Some(close) = after.find('}') {
            let name = &after[..close];
            match value(name) {
                Some(v) => out.push_str(v),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
            rest = &after[close + 1..];
        } else {
            out.push_str(&rest[at..]);
            rest = "";
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The names of the `{name}` placeholders of `template`, in order
/// (`{{` and `}}` are literal braces, not placeholders).
///
/// ```
/// let names: Vec<_> = selo::diagnostic::placeholders("{a} %{{d}} {b}").collect();
/// assert_eq!(names, ["a", "b"]);
/// ```
pub fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    let mut rest = template;
    std::iter::from_fn(move || {
        loop {
            let at = rest.find('{')?;
            let after = &rest[at + 1..];
            if let Some(r) = after.strip_prefix('{') {
                rest = r;
                continue;
            }
            let close = after.find('}')?;
            rest = &after[close + 1..];
            return Some(&after[..close]);
        }
    })
}

/// The findings of a lint run on a built model: spans made empty at 0 (the
/// model has no text to point into) and fixes dropped.
pub(crate) fn unplaced(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    for d in &mut diagnostics {
        d.map_spans(|_| Span::empty(0));
        d.fix = None;
    }
    diagnostics
}

/// Sorts findings by position, then by severity (errors first), keeping
/// the order of equal ones: the one order every parser and [`crate::validate()`]
/// return.
pub fn sort_diagnostics(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.primary.start, std::cmp::Reverse(d.severity)));
}

/// An error that says what is wrong in each language Selo speaks.
///
/// Every error type of the engine implements it, and its `Display` is the
/// English text, so the command and the app print the same words.
///
/// ```
/// use selo::{DomainName, Lang, Localized};
/// let e = DomainName::try_from("a..example").unwrap_err();
/// assert!(e.message_in(Lang::Pt).contains("vazia"));
/// assert_eq!(e.to_string(), e.message_in(Lang::En));
/// ```
pub trait Localized: fmt::Display {
    /// What is wrong, in `lang`.
    fn message_in(&self, lang: Lang) -> String;
}

/// Why a value cannot go into a model: the error of the checked
/// constructors (`TryFrom<&str>`, `new`) of every protocol module, for
/// values that have no richer error type of their own.
///
/// ```
/// use selo::{Lang, Localized, dmarc::Policy};
/// let e = Policy::try_from("block").unwrap_err();
/// assert_eq!(e.value, "block");
/// assert_eq!(e.to_string(), "\"block\": allowed: none, quarantine, reject");
/// assert_eq!(e.message_in(Lang::Pt), "\"block\": valores admitidos: none, quarantine, reject");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueError {
    /// The value that was refused.
    pub value: String,
    en: Cow<'static, str>,
    pt: Cow<'static, str>,
}

impl ValueError {
    /// `value` is refused for `reason`.
    pub fn new(value: impl Into<String>, reason: Text) -> Self {
        ValueError {
            value: value.into(),
            en: Cow::Borrowed(reason.en),
            pt: Cow::Borrowed(reason.pt),
        }
    }

    /// `value` is refused for the reason a finding gives.
    pub fn from_finding(value: impl Into<String>, d: &Diagnostic) -> Self {
        ValueError {
            value: value.into(),
            en: Cow::Owned(d.message_in(Lang::En)),
            pt: Cow::Owned(d.message_in(Lang::Pt)),
        }
    }

    /// `value` is refused; `en` and `pt` say why (one-off reasons built
    /// from a list, such as the allowed words).
    pub fn with_reason(value: impl Into<String>, en: String, pt: String) -> Self {
        ValueError {
            value: value.into(),
            en: Cow::Owned(en),
            pt: Cow::Owned(pt),
        }
    }
}

impl Localized for ValueError {
    fn message_in(&self, lang: Lang) -> String {
        let reason = match lang {
            Lang::En => &self.en,
            Lang::Pt => &self.pt,
        };
        if self.value.is_empty() {
            reason.to_string()
        } else {
            format!("{:?}: {reason}", self.value)
        }
    }
}

impl fmt::Display for ValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for ValueError {}

/// Where the rule comes from: an RFC (or draft) and a section.
///
/// ```
/// use selo::SpecRef;
/// let s = SpecRef::rfc(9989, "4.7");
/// assert_eq!(s.to_string(), "RFC 9989 4.7");
/// assert_eq!(s.url(), "https://www.rfc-editor.org/rfc/rfc9989#section-4.7");
/// assert_eq!(SpecRef::rfc(9989, "A.6").url(), "https://www.rfc-editor.org/rfc/rfc9989#appendix-A.6");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SpecRef {
    /// The document, like `RFC 9989` or `draft-brand-indicators-for-message-identification-12`.
    pub doc: &'static str,
    /// RFC number, 0 for a draft.
    pub rfc: u32,
    /// Section, like `4.7` or `A.5`.
    pub section: &'static str,
}

impl SpecRef {
    /// A section of an RFC.
    pub const fn rfc(number: u32, section: &'static str) -> Self {
        SpecRef {
            doc: "",
            rfc: number,
            section,
        }
    }

    /// A section of an Internet-Draft, named without its version suffix.
    pub const fn draft(name: &'static str, section: &'static str) -> Self {
        SpecRef {
            doc: name,
            rfc: 0,
            section,
        }
    }

    /// A link to the section on the RFC Editor's or the IETF datatracker's site.
    ///
    /// Appendices (sections starting with a letter) are linked as
    /// `#appendix-A.6`, the anchor both sites use.
    pub fn url(&self) -> String {
        self.link().to_string()
    }

    /// The same address as [`SpecRef::url`], written without allocating.
    pub fn link(self) -> impl fmt::Display {
        SpecLink(self)
    }
}

struct SpecLink(SpecRef);

impl fmt::Display for SpecLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let anchor = if s.section.starts_with(|c: char| c.is_ascii_alphabetic()) {
            "appendix"
        } else {
            "section"
        };
        if s.rfc != 0 {
            write!(
                f,
                "https://www.rfc-editor.org/rfc/rfc{}#{anchor}-{}",
                s.rfc, s.section
            )
        } else {
            write!(
                f,
                "https://datatracker.ietf.org/doc/html/{}#{anchor}-{}",
                s.doc, s.section
            )
        }
    }
}

impl fmt::Display for SpecRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.rfc != 0 {
            write!(f, "RFC {} {}", self.rfc, self.section)
        } else if self.doc.starts_with("draft-brand-indicators") {
            write!(f, "BIMI {}", self.section)
        } else {
            write!(f, "{} {}", self.doc, self.section)
        }
    }
}

impl Serialize for SpecRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The template of one kind of finding: its stable code, severity, rule and
/// text in both languages.
///
/// Texts may hold `{name}` placeholders, filled from the diagnostic's
/// arguments. `message` says what is wrong and why it matters; `help` says
/// what to publish instead.
///
/// ```
/// use selo::{Message, Severity, SpecRef};
/// pub static MISSING_P: Message = Message {
///     code: "dmarc::missing-p",
///     severity: Severity::Warning,
///     spec: Some(SpecRef::rfc(9989, "4.7")),
///     en: "The record has no p= tag, so receivers treat the policy as none.",
///     en_help: "Add p=none, p=quarantine or p=reject after v=DMARC1.",
///     pt: "O registo não tem a etiqueta p=, por isso os recetores tratam a política como none.",
///     pt_help: "Acrescente p=none, p=quarantine ou p=reject depois de v=DMARC1.",
/// };
/// ```
#[derive(Debug)]
pub struct Message {
    /// Stable, namespaced code such as `dmarc::missing-p`.
    pub code: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// The RFC section the rule comes from.
    pub spec: Option<SpecRef>,
    /// What is wrong and why it matters, in English.
    pub en: &'static str,
    /// What to do, in English.
    pub en_help: &'static str,
    /// What is wrong and why it matters, in European Portuguese.
    pub pt: &'static str,
    /// What to do, in European Portuguese.
    pub pt_help: &'static str,
}

/// Declares a module's catalogue: one `static` [`Message`] per finding and
/// the module's `MESSAGES` list, generated from the same entries so that no
/// list is kept by hand.
///
/// ```ignore
/// crate::diagnostic::catalogue! {
///     EMPTY = Message {
///         code: "dmarc::empty",
///         severity: Severity::Error,
///         spec: Some(SpecRef::rfc(9989, "4.7")),
///         en: "...", en_help: "...", pt: "...", pt_help: "...",
///     };
/// }
/// ```
macro_rules! catalogue {
    ($( $(#[$meta:meta])* $name:ident = Message { $($body:tt)* }; )*) => {
        $(
            $(#[$meta])*
            pub(crate) static $name: $crate::Message = $crate::Message { $($body)* };
        )*
        /// Every message of this catalogue, in the order written.
        pub static MESSAGES: &[&$crate::Message] = &[$(&$name),*];
    };
}
pub(crate) use catalogue;

/// A span with an optional note, for secondary places a finding refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The place.
    pub span: Span,
    /// What this place is (for example, "first defined here").
    pub note: Option<Text>,
}

impl Label {
    /// A label without a note.
    pub const fn new(span: Span) -> Self {
        Label { span, note: None }
    }
}

/// Whether a fix can be applied without a person looking at it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Applying it keeps the owner's intent; offered as a one-click fix.
    Safe,
    /// Likely right, but a person should check.
    MaybeIncorrect,
}

/// Replace the bytes in `span` with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(from = "FlatEdit")]
pub struct Edit {
    /// What to replace (empty span: insert).
    pub span: Span,
    /// The new text.
    pub replacement: String,
}

/// A proposed change to the input.
///
/// ```
/// use selo::{Applicability, Edit, Fix, Span, Text};
/// let fix = Fix {
///     title: Text::new("Remove the space", "Remover o espaço"),
///     edits: vec![Edit { span: Span::new(1, 2), replacement: String::new() }],
///     applicability: Applicability::Safe,
/// };
/// assert_eq!(fix.apply("v =DMARC1"), "v=DMARC1");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does, as a button label.
    pub title: Text,
    /// Non-overlapping edits.
    pub edits: Vec<Edit>,
    /// Safe fixes get a one-click button.
    pub applicability: Applicability,
}

impl Fix {
    /// A fix with one edit.
    pub fn single(
        title: Text,
        span: Span,
        replacement: impl Into<String>,
        applicability: Applicability,
    ) -> Self {
        Fix {
            title,
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
            applicability,
        }
    }

    /// Applies the edits to `input` (the text the spans point into).
    ///
    /// Edits whose span falls outside the input or off a character boundary
    /// are skipped, so a stale fix can never panic.
    pub fn apply(&self, input: &str) -> String {
        apply_edits(input, &self.edits)
    }
}

/// `input` with `edits` applied (spans into `input`). Edits whose span falls
/// outside the input, off a character boundary or over an earlier edit are
/// skipped, so a stale fix can never panic.
pub fn apply_edits(input: &str, edits: &[Edit]) -> String {
    let mut edits: Vec<&Edit> = edits.iter().collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(input.len());
    let mut at = 0;
    for e in edits {
        let Span { start, end } = e.span;
        if start < at
            || end > input.len()
            || !input.is_char_boundary(start)
            || !input.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&input[at..start]);
        out.push_str(&e.replacement);
        at = end;
    }
    out.push_str(&input[at..]);
    out
}

/// One finding about a record.
///
/// ```
/// use selo::{Diagnostic, Lang, Message, Severity, Span, SpecRef};
/// static UNKNOWN: Message = Message {
///     code: "dmarc::unknown-tag",
///     severity: Severity::Warning,
///     spec: Some(SpecRef::rfc(9989, "4.7")),
///     en: "Unknown tag {tag}= is ignored by receivers.",
///     en_help: "Remove it or check its spelling.",
///     pt: "A etiqueta desconhecida {tag}= é ignorada pelos recetores.",
///     pt_help: "Remova-a ou verifique como está escrita.",
/// };
/// let d = Diagnostic::new(&UNKNOWN, Span::new(10, 13)).arg("tag", "foo");
/// assert_eq!(d.message, "Unknown tag foo= is ignored by receivers.");
/// assert_eq!(d.message_in(Lang::Pt), "A etiqueta desconhecida foo= é ignorada pelos recetores.");
/// assert_eq!(d.code, "dmarc::unknown-tag");
/// ```
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Stable, namespaced code (from the template).
    pub code: &'static str,
    /// How bad it is.
    pub severity: Severity,
    /// What is wrong and why, in English.
    pub message: Cow<'static, str>,
    /// What to do, in English.
    pub help: Cow<'static, str>,
    /// The main place.
    pub primary: Span,
    /// Other places the finding refers to (the first of two duplicate tags...).
    pub secondary: Vec<Label>,
    /// A proposed change.
    pub fix: Option<Fix>,
    /// The rule.
    pub spec: Option<SpecRef>,
    /// The values filled into the template's placeholders.
    pub args: Vec<(&'static str, Arg)>,
    template: &'static Message,
}

impl PartialEq for Diagnostic {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
            && self.severity == other.severity
            && self.primary == other.primary
            && self.secondary == other.secondary
            && self.fix == other.fix
            && self.args == other.args
    }
}

fn render(template: &'static str, args: &[(&'static str, Arg)], lang: Lang) -> Cow<'static, str> {
    fill(template, |name| {
        args.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.get(lang))
    })
    .into_owned()
    .into()
}

impl Diagnostic {
    /// A finding from a template, at `primary`.
    pub fn new(template: &'static Message, primary: Span) -> Self {
        Diagnostic {
            code: template.code,
            severity: template.severity,
            message: Cow::Borrowed(template.en),
            help: Cow::Borrowed(template.en_help),
            primary,
            secondary: Vec::new(),
            fix: None,
            spec: template.spec,
            args: Vec::new(),
            template,
        }
    }

    /// Fills the placeholder `{name}` with `value`, the same in every
    /// language (a number, a tag name, pasted text).
    pub fn arg(self, name: &'static str, value: impl fmt::Display) -> Self {
        self.with_arg(name, Arg::Plain(value.to_string()))
    }

    /// Fills the placeholder `{name}` with words, translated.
    pub fn arg_text(self, name: &'static str, value: Text) -> Self {
        self.with_arg(name, Arg::Text(value))
    }

    /// Fills the placeholder `{name}` with a count and its noun, in the
    /// right number in each language (see [`Plural`]).
    pub fn arg_count(self, name: &'static str, n: usize, noun: Plural) -> Self {
        let en = noun.count(n, Lang::En);
        let pt = noun.count(n, Lang::Pt);
        self.with_arg(name, Arg::Both(en, pt))
    }

    /// Fills the placeholder `{name}` with an error's own words, in each
    /// language (see [`Localized`]).
    pub fn arg_error(self, name: &'static str, error: &impl Localized) -> Self {
        self.with_arg(
            name,
            Arg::Both(error.message_in(Lang::En), error.message_in(Lang::Pt)),
        )
    }

    /// Fills the placeholder `{name}` with text already made in each
    /// language (read back from a finding's JSON, say).
    pub fn arg_both(self, name: &'static str, en: String, pt: String) -> Self {
        self.with_arg(name, Arg::Both(en, pt))
    }

    fn with_arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        let hole = |t: &str| placeholders(t).any(|h| h == name);
        if hole(self.template.en) {
            self.message = render(self.template.en, &self.args, Lang::En);
        }
        if hole(self.template.en_help) {
            self.help = render(self.template.en_help, &self.args, Lang::En);
        }
        self
    }

    /// Adds a secondary place.
    pub fn with_secondary(mut self, span: Span, note: Option<Text>) -> Self {
        self.secondary.push(Label { span, note });
        self
    }

    /// Attaches a fix.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    /// Overrides the template's severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The template this finding was made from.
    pub fn template(&self) -> &'static Message {
        self.template
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.message.to_string(),
            Lang::Pt => render(self.template.pt, &self.args, Lang::Pt).into_owned(),
        }
    }

    /// The help in `lang`.
    pub fn help_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.help.to_string(),
            Lang::Pt => render(self.template.pt_help, &self.args, Lang::Pt).into_owned(),
        }
    }

    /// Moves every span through `f` (used to map spans from a record's value
    /// back onto the text the user pasted).
    pub fn map_spans(&mut self, mut f: impl FnMut(Span) -> Span) {
        self.primary = f(self.primary);
        for l in &mut self.secondary {
            l.span = f(l.span);
        }
        if let Some(fix) = &mut self.fix {
            for e in &mut fix.edits {
                e.span = f(e.span);
            }
        }
    }
}

/// Serializes as [`Diagnostic::in_lang`] in English.
impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.in_lang(Lang::En).serialize(s)
    }
}

impl Diagnostic {
    /// This finding as data in one language: the JSON object that `selo
    /// validate --format json` prints, serialized straight from the
    /// diagnostic (no intermediate tree).
    ///
    /// Fields: `code`, `severity`, `start`, `end` (byte offsets of the
    /// primary span), `message`, `help`, `spec` (`RFC 9989 4.7` or null),
    /// `url` (the section's address or null), `secondary` (`[{start, end,
    /// note}]`) and `fix` (`{title, applicability, edits: [{start, end,
    /// replacement}]}` or null).
    ///
    /// ```
    /// use selo::{Lang, validate};
    /// let v = validate("v=DMARC1; p=none; p=reject", None);
    /// let dup = v.diagnostics.iter().find(|d| d.code == "dmarc::duplicate-tag").unwrap();
    /// let j = serde_json::to_value(dup.in_lang(Lang::Pt)).unwrap();
    /// assert_eq!((j["start"].as_u64(), j["end"].as_u64()), (Some(18), Some(26)));
    /// assert!(j["url"].as_str().unwrap().starts_with("https://www.rfc-editor.org/rfc/rfc9989#"));
    /// assert_eq!(j["secondary"][0]["start"], 10);
    /// assert!(j["message"].as_str().unwrap().contains("etiqueta"));
    /// ```
    pub fn in_lang(&self, lang: Lang) -> InLang<'_, Diagnostic> {
        InLang { item: self, lang }
    }

    fn message_cow(&self, lang: Lang) -> Cow<'_, str> {
        match lang {
            Lang::En => Cow::Borrowed(&self.message),
            Lang::Pt => render(self.template.pt, &self.args, Lang::Pt),
        }
    }

    fn help_cow(&self, lang: Lang) -> Cow<'_, str> {
        match lang {
            Lang::En => Cow::Borrowed(&self.help),
            Lang::Pt => render(self.template.pt_help, &self.args, Lang::Pt),
        }
    }
}

/// A borrowed finding (or part of one) bound to a language, for
/// serialization; made by [`Diagnostic::in_lang`].
#[derive(Clone, Copy, Debug)]
pub struct InLang<'a, T> {
    item: &'a T,
    lang: Lang,
}

struct Url(SpecRef);

impl Serialize for Url {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.link())
    }
}

impl Serialize for InLang<'_, Diagnostic> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (d, lang) = (self.item, self.lang);
        let mut st = s.serialize_struct("Diagnostic", 10)?;
        st.serialize_field("code", d.code)?;
        st.serialize_field("severity", &d.severity)?;
        st.serialize_field("start", &d.primary.start)?;
        st.serialize_field("end", &d.primary.end)?;
        st.serialize_field("message", &d.message_cow(lang))?;
        st.serialize_field("help", &d.help_cow(lang))?;
        st.serialize_field("spec", &d.spec)?;
        st.serialize_field("url", &d.spec.map(Url))?;
        st.serialize_field(
            "secondary",
            &Seq(d.secondary.iter().map(|l| InLang { item: l, lang })),
        )?;
        st.serialize_field("fix", &d.fix.as_ref().map(|f| InLang { item: f, lang }))?;
        st.end()
    }
}

impl Serialize for InLang<'_, Label> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Label", 3)?;
        st.serialize_field("start", &self.item.span.start)?;
        st.serialize_field("end", &self.item.span.end)?;
        st.serialize_field("note", &self.item.note.map(|n| n.get(self.lang)))?;
        st.end()
    }
}

impl Serialize for InLang<'_, Fix> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let f = self.item;
        let mut st = s.serialize_struct("Fix", 3)?;
        st.serialize_field("title", f.title.get(self.lang))?;
        st.serialize_field("applicability", &f.applicability)?;
        st.serialize_field("edits", &Seq(f.edits.iter()))?;
        st.end()
    }
}

/// `{start, end, replacement}`, the shape every span takes in the JSON.
impl Serialize for Edit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Edit", 3)?;
        st.serialize_field("start", &self.span.start)?;
        st.serialize_field("end", &self.span.end)?;
        st.serialize_field("replacement", &self.replacement)?;
        st.end()
    }
}

/// An [`Edit`] as the JSON writes it.
#[derive(Deserialize)]
struct FlatEdit {
    start: usize,
    end: usize,
    replacement: String,
}

impl From<FlatEdit> for Edit {
    fn from(e: FlatEdit) -> Self {
        Edit {
            span: Span::new(e.start.min(e.end), e.end.max(e.start)),
            replacement: e.replacement,
        }
    }
}

/// Serializes an iterator as a sequence without collecting it.
struct Seq<I>(I);

impl<I: Iterator<Item = T> + Clone, T: Serialize> Serialize for Seq<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.clone())
    }
}

/// The result of parsing: the model when one could be built, and every
/// finding, errors and advice alike.
///
/// A record is valid when no finding is an error.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed<T> {
    /// The model; `None` only when the text is not this kind of record at all.
    pub value: Option<T>,
    /// Every finding, in input order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Parsed<T> {
    /// True when no finding is an error.
    pub fn is_valid(&self) -> bool {
        self.value.is_some()
            && !self
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error)
    }

    /// The errors only.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// True when some finding has this code.
    pub fn has(&self, code: &str) -> bool {
        self.diagnostics.iter().any(|d| d.code == code)
    }

    /// Sorts findings by position, then by severity (errors first), with
    /// [`sort_diagnostics`].
    pub fn sort(&mut self) {
        sort_diagnostics(&mut self.diagnostics);
    }
}

/// The error of a strict `FromStr`: every finding of the failed parse.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// The findings (at least one error among them).
    pub diagnostics: Vec<Diagnostic>,
}

impl Localized for ParseError {
    fn message_in(&self, lang: Lang) -> String {
        let errors: Vec<String> = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{}: {}", d.code, d.message_in(lang)))
            .collect();
        if errors.is_empty() {
            Text::new("not a record of this type", "não é um registo deste tipo")
                .get(lang)
                .to_string()
        } else {
            errors.join("; ")
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for ParseError {}

impl<T> Parsed<T> {
    /// The strict form behind every `FromStr`: the model, or every finding if
    /// any is an error.
    pub fn into_result(self) -> Result<T, ParseError> {
        let valid = self.is_valid();
        match self.value {
            Some(v) if valid => Ok(v),
            _ => Err(ParseError {
                diagnostics: self.diagnostics,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static T: Message = Message {
        code: "test::x",
        severity: Severity::Warning,
        spec: None,
        en: "a {x} b {y} {missing}",
        en_help: "h",
        pt: "pt {y}",
        pt_help: "ph",
    };

    #[test]
    fn a_table_text_left_in_english_or_with_other_placeholders_is_untranslated() {
        let all = [
            ("OK", Text::new("{n} files", "{n} ficheiros")),
            ("NAMES", Text::new("{domain} ({n})", "{domain} ({n})")),
            ("SAME", Text::new("Summary", "Summary")),
            ("HOLES", Text::new("{n} files", "{count} ficheiros")),
        ];
        assert_eq!(Text::untranslated(&all), ["SAME", "HOLES"]);
    }

    #[test]
    fn placeholders_are_filled_in_both_languages() {
        let d = Diagnostic::new(&T, Span::new(0, 1))
            .arg("x", 1)
            .arg("y", "two");
        assert_eq!(d.message, "a 1 b two {missing}");
        assert_eq!(d.message_in(Lang::Pt), "pt two");
    }

    #[test]
    fn fix_skips_edits_off_the_input() {
        let fix = Fix {
            title: Text::new("t", "t"),
            edits: vec![
                Edit {
                    span: Span::new(0, 1),
                    replacement: "X".into(),
                },
                Edit {
                    span: Span::new(3, 99),
                    replacement: "Y".into(),
                },
            ],
            applicability: Applicability::Safe,
        };
        assert_eq!(fix.apply("abcd"), "Xbcd");
        let utf = Fix::single(
            Text::new("t", "t"),
            Span::new(1, 2),
            "z",
            Applicability::Safe,
        );
        assert_eq!(utf.apply("é"), "é");
    }

    #[test]
    fn one_json_shape_in_either_language() {
        let d = Diagnostic::new(&T, Span::new(0, 1))
            .arg("y", "two")
            .with_secondary(Span::new(2, 3), Some(Text::new("here", "aqui")))
            .with_fix(Fix::single(
                Text::new("Fix", "Corrigir"),
                Span::new(0, 1),
                "z",
                Applicability::Safe,
            ));
        let en = serde_json::to_value(&d).unwrap();
        assert_eq!(en, serde_json::to_value(d.in_lang(Lang::En)).unwrap());
        let mut keys: Vec<&str> = en.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        keys.sort();
        let mut want = [
            "code",
            "severity",
            "start",
            "end",
            "message",
            "help",
            "spec",
            "url",
            "secondary",
            "fix",
        ];
        want.sort();
        assert_eq!(keys, want);
        let pt = serde_json::to_value(d.in_lang(Lang::Pt)).unwrap();
        assert_eq!(pt["message"], "pt two");
        assert_eq!(
            pt["secondary"][0],
            serde_json::json!({"start": 2, "end": 3, "note": "aqui"})
        );
        assert_eq!(pt["fix"]["title"], "Corrigir");
        assert_eq!(
            pt["fix"]["edits"][0],
            serde_json::json!({"start": 0, "end": 1, "replacement": "z"})
        );
        assert_eq!(pt["spec"], serde_json::Value::Null);
    }
}
