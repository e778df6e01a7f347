//! Text to [`Bimi`], with every finding.

use super::messages as m;
use super::{AvatarPreference, Bimi, HttpsUrl, KNOWN_TAGS, LocalPartPrefix, UnknownTag, UriValue};
use crate::taglist::{self, LOWERCASE, Tag, split_items};
use crate::{Applicability, Diagnostic, Fix, Parsed, Span, Text};

/// Where the parts of a record were, for the lint pass.
#[derive(Default)]
pub(super) struct Spans {
    /// The `l=` tag and its value.
    pub l: Option<(Span, Span)>,
    /// The `a=` tag and its value.
    pub a: Option<(Span, Span)>,
    /// The whole record without surrounding white space.
    pub all: Span,
}

fn not_bimi(diag: Diagnostic) -> Parsed<Bimi> {
    Parsed {
        value: None,
        diagnostics: vec![diag],
    }
}

/// Parses a BIMI assertion record (the TXT value at
/// `<selector>._bimi.<domain>`).
///
/// ```
/// let p = selo::bimi::parse("v=BIMI1; l=; a=;");
/// assert!(p.is_valid());
/// assert!(p.has("bimi::declined"));
/// assert!(p.value.unwrap().is_declination());
///
/// let http = selo::bimi::parse("v=BIMI1; l=http://example.com/logo.svg");
/// assert!(http.has("bimi::bad-scheme"));
///
/// let dmarc = selo::bimi::parse("v=DMARC1; p=reject");
/// assert!(dmarc.value.is_none() && dmarc.has("bimi::other-type"));
/// ```
pub fn parse(input: &str) -> Parsed<Bimi> {
    if input.trim().is_empty() {
        return not_bimi(Diagnostic::new(&m::EMPTY, Span::new(0, input.len())));
    }
    let list = taglist::split(input, b';');
    let start = input.len() - input.trim_start().len();
    let places_all = Span::new(start, input.trim_end().len());
    if let Some(first) = list.tags.first()
        && first.is("v")
        && let Some(kind) = taglist::record_kind(first.value, "BIMI1")
    {
        return not_bimi(Diagnostic::new(&m::WRONG_TYPE, first.span).arg_text("kind", kind));
    }
    let mut diags = Vec::new();
    // A `V=` in the wrong case is reported as tag-case below.
    if !list.tags.iter().any(|t| t.is("v")) {
        let d = Diagnostic::new(&m::MISSING_VERSION, Span::empty(start));
        let bimi_like = list.tags.iter().any(|t| KNOWN_TAGS.iter().any(|k| t.is(k)));
        if !bimi_like {
            return not_bimi(d);
        }
        diags.push(d);
    }
    let mut b = Bimi::default();
    let mut places = Spans {
        all: places_all,
        ..Spans::default()
    };
    let grammar = taglist::DkimGrammar {
        empty_tag_spec: &m::EMPTY_TAG_SPEC,
        duplicate: &m::DUPLICATE_TAG,
        missing_equals: &m::MISSING_EQUALS,
    };
    for (idx, tag) in taglist::readable_tags(input, &list, &grammar, &mut diags) {
        match tag.name {
            "v" => {
                if idx != 0 {
                    diags.push(Diagnostic::new(&m::VERSION_NOT_FIRST, tag.span));
                }
                diags.extend(taglist::exact_version(
                    &m::BAD_VERSION,
                    tag,
                    "BIMI1",
                    Text::new("Write BIMI1", "Escrever BIMI1"),
                ));
            }
            "l" => {
                places.l = Some((tag.span, tag.value_span));
                b.location = Some(read_uri(tag, "logo.svg", &mut diags));
            }
            "a" => {
                places.a = Some((tag.span, tag.value_span));
                b.evidence = Some(read_uri(tag, "vmc.pem", &mut diags));
            }
            "lps" => {
                let mut prefixes = Vec::new();
                if !tag.value.is_empty() {
                    for (item, span) in split_items(tag, ',') {
                        match LocalPartPrefix::try_from(item) {
                            Ok(p) => prefixes.push(p),
                            Err(_) => {
                                diags.push(Diagnostic::new(&m::BAD_LPS, span).arg("value", item))
                            }
                        }
                    }
                }
                b.local_part_selectors = Some(prefixes);
            }
            "avp" => match tag.value {
                "brand" => b.avatar_preference = Some(AvatarPreference::Brand),
                "personal" => b.avatar_preference = Some(AvatarPreference::Personal),
                other => {
                    let mut d = Diagnostic::new(&m::BAD_AVP, tag.value_span).arg("value", other);
                    if let Some(want) = ["brand", "personal"]
                        .iter()
                        .find(|w| w.eq_ignore_ascii_case(other))
                    {
                        d = d.with_fix(Fix::single(
                            LOWERCASE,
                            tag.value_span,
                            *want,
                            Applicability::Safe,
                        ));
                    }
                    diags.push(d);
                }
            },
            name => {
                diags.push(taglist::unknown_name(
                    tag,
                    KNOWN_TAGS,
                    &m::TAG_CASE,
                    &m::UNKNOWN_TAG,
                ));
                if let Ok(t) = UnknownTag::new(name, tag.value) {
                    b.unknown.push(t);
                }
            }
        }
    }
    super::lint::lint(&b, &places, &mut diags);
    let mut parsed = Parsed {
        value: Some(b),
        diagnostics: diags,
    };
    parsed.sort();
    parsed
}

fn read_uri(tag: &Tag<'_>, file: &str, diags: &mut Vec<Diagnostic>) -> UriValue {
    let value = tag.value;
    if value.is_empty() {
        return UriValue::Empty;
    }
    if value
        .get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("http:"))
    {
        let s = tag.value_span.start;
        diags.push(
            Diagnostic::new(&m::NOT_HTTPS, tag.value_span)
                .arg("tag", tag.name)
                .with_fix(Fix::single(
                    Text::new(
                        "Change the address to https://",
                        "Mudar o endereço para https://",
                    ),
                    Span::new(s, s + 4),
                    "https",
                    Applicability::MaybeIncorrect,
                )),
        );
    } else if !super::is_https(value) {
        diags.push(
            Diagnostic::new(&m::BAD_URI, tag.value_span)
                .arg("tag", tag.name)
                .arg_text(
                    "problem",
                    crate::Text::new("it does not start with https://", "não começa por https://"),
                )
                .arg("file", file),
        );
    } else if let Err(e) = super::check_https(value) {
        diags.push(
            Diagnostic::new(&m::BAD_URI, tag.value_span)
                .arg("tag", tag.name)
                .arg_error("problem", &e)
                .arg("file", file),
        );
    }
    UriValue::Url(HttpsUrl::raw(value))
}
