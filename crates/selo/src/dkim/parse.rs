//! Text to [`DkimKey`], with every finding.

use super::messages as m;
use super::{
    DkimKey, Flag, HashAlgorithm, KNOWN_TAGS, KeyType, Notes, PublicKey, ServiceType, UnknownTag,
    Word,
};
use crate::taglist::{self, LOWERCASE, Tag, is_tag_name, is_tag_value, split_items};
use crate::{Applicability, Diagnostic, Fix, Parsed, Span, Text};

/// Where the parts of a record were, for the lint pass.
#[derive(Default)]
pub(super) struct Spans {
    /// The whole `k=` tag and its value.
    pub k: Option<(Span, Span)>,
    /// The whole `h=` tag.
    pub h: Option<Span>,
    /// Each kept `h=` entry.
    pub h_items: Vec<Span>,
    /// The whole `s=` tag.
    pub s: Option<Span>,
    /// Each kept `s=` entry.
    pub s_items: Vec<Span>,
    /// Each kept `t=` entry.
    pub t_items: Vec<Span>,
    /// The whole `p=` tag and its value.
    pub p: Option<(Span, Span)>,
}

const REMOVE_TAG: Text = Text::new("Remove this tag", "Remover esta etiqueta");

/// Parses a DKIM key record (the TXT value at `<selector>._domainkey.<domain>`).
///
/// Returns the model whenever the text is a DKIM key record, even one with
/// errors, and every finding.
///
/// ```
/// let p = selo::dkim::parse("v=DKIM1; h=sha1; p=");
/// assert!(p.has("dkim::sha1-only"));
/// assert!(p.has("dkim::revoked"));
/// assert!(p.value.is_some());
///
/// let spf = selo::dkim::parse("v=spf1 -all");
/// assert!(spf.value.is_none());
/// assert!(spf.has("dkim::other-type"));
/// ```
pub fn parse(input: &str) -> Parsed<DkimKey> {
    let mut diags = Vec::new();
    if input.trim().is_empty() {
        diags.push(Diagnostic::new(&m::EMPTY, Span::new(0, input.len())));
        return Parsed {
            value: None,
            diagnostics: diags,
        };
    }
    let list = taglist::split(input, b';');
    if let Some(first) = list.tags.first()
        && first.is("v")
        && let Some(kind) = taglist::record_kind(first.value, "DKIM1")
    {
        diags.push(Diagnostic::new(&m::WRONG_TYPE, first.span).arg_text("kind", kind));
        return Parsed {
            value: None,
            diagnostics: diags,
        };
    }
    let mut key = DkimKey::default();
    let mut places = Spans::default();
    let mut p_seen = false;
    let grammar = taglist::DkimGrammar {
        empty_tag_spec: &m::EMPTY_TAG_SPEC,
        duplicate: &m::DUPLICATE_TAG,
        missing_equals: &m::MISSING_EQUALS,
    };
    for (idx, tag) in taglist::readable_tags(input, &list, &grammar, &mut diags) {
        if !is_tag_name(tag.name) {
            diags.push(Diagnostic::new(&m::BAD_TAG_NAME, tag.name_span).arg("tag", tag.name));
            continue;
        }
        match tag.name {
            "v" => {
                key.version_present = true;
                if idx != 0 {
                    let mut d = Diagnostic::new(&m::VERSION_NOT_FIRST, tag.span);
                    if tag.value == "DKIM1" {
                        d = d.with_fix(Fix::single(
                            REMOVE_TAG,
                            tag.removal_span,
                            "",
                            Applicability::Safe,
                        ));
                    }
                    diags.push(d);
                }
                diags.extend(taglist::exact_version(
                    &m::BAD_VERSION,
                    tag,
                    "DKIM1",
                    Text::new("Write DKIM1 in capitals", "Escrever DKIM1 em maiúsculas"),
                ));
            }
            "k" => {
                places.k = Some((tag.span, tag.value_span));
                match Word::try_from(tag.value) {
                    Ok(w) => {
                        // A key type in the wrong case is an unknown type:
                        // verifiers ignore the key, so this is an error.
                        let before = diags.len();
                        check_case(&w, tag.value_span, &["rsa", "ed25519"], &mut diags);
                        for d in &mut diags[before..] {
                            d.severity = crate::Severity::Error;
                        }
                        key.key_type = Some(KeyType::from_word(w));
                    }
                    Err(_) => diags.push(bad_item(tag, tag.value, tag.value_span, "rsa")),
                }
            }
            "h" => {
                places.h = Some(tag.span);
                for (item, span) in split_items(tag, ':') {
                    match Word::try_from(item) {
                        Ok(w) => {
                            check_case(&w, span, &["sha1", "sha256"], &mut diags);
                            key.hash_algorithms.push(HashAlgorithm::from_word(w));
                            places.h_items.push(span);
                        }
                        Err(_) => diags.push(bad_item(tag, item, span, "sha256")),
                    }
                }
            }
            "s" => {
                places.s = Some(tag.span);
                for (item, span) in split_items(tag, ':') {
                    let service = match item {
                        "*" => ServiceType::All,
                        "email" => ServiceType::Email,
                        _ => match Word::try_from(item) {
                            Ok(w) => {
                                check_case(&w, span, &["email"], &mut diags);
                                ServiceType::Other(w)
                            }
                            Err(_) => {
                                diags.push(bad_item(tag, item, span, "email"));
                                continue;
                            }
                        },
                    };
                    key.service_types.push(service);
                    places.s_items.push(span);
                }
            }
            "t" => {
                for (item, span) in split_items(tag, ':') {
                    let flag = match item {
                        "y" => Flag::Testing,
                        "s" => Flag::Strict,
                        _ => match Word::try_from(item) {
                            Ok(w) => {
                                check_case(&w, span, &["y", "s"], &mut diags);
                                Flag::Other(w)
                            }
                            Err(_) => {
                                diags.push(bad_item(tag, item, span, "s"));
                                continue;
                            }
                        },
                    };
                    key.flags.push(flag);
                    places.t_items.push(span);
                }
            }
            "n" => match Notes::try_from(tag.value) {
                Ok(n) => key.notes = Some(n),
                Err(_) => {
                    diags.push(Diagnostic::new(&m::BAD_VALUE, tag.value_span).arg("tag", "n"))
                }
            },
            "p" => {
                p_seen = true;
                places.p = Some((tag.span, tag.value_span));
                key.public_key = PublicKey::raw(tag.value);
                if tag.value.bytes().any(|b| b.is_ascii_whitespace()) {
                    diags.push(Diagnostic::new(&m::SPACE_IN_KEY, tag.value_span).with_fix(
                        Fix::single(
                            Text::new("Remove the white space", "Remover os espaços"),
                            tag.value_span,
                            key.public_key.as_str(),
                            Applicability::Safe,
                        ),
                    ));
                }
            }
            name => {
                if name == "g" {
                    diags.push(
                        Diagnostic::new(&m::OBSOLETE_G, tag.span).with_fix(Fix::single(
                            REMOVE_TAG,
                            tag.removal_span,
                            "",
                            Applicability::Safe,
                        )),
                    );
                } else {
                    diags.push(taglist::unknown_name(
                        tag,
                        KNOWN_TAGS,
                        &m::TAG_CASE,
                        &m::UNKNOWN_TAG,
                    ));
                }
                if is_tag_value(tag.value) {
                    if let Ok(t) = UnknownTag::new(name, tag.value) {
                        key.unknown.push(t);
                    }
                } else {
                    diags.push(Diagnostic::new(&m::BAD_VALUE, tag.value_span).arg("tag", name));
                }
            }
        }
    }
    if !p_seen {
        let end = input.trim_end().len();
        diags.push(Diagnostic::new(&m::MISSING_P, Span::empty(end)));
    }
    super::lint::lint(&key, &places, &mut diags);
    let mut parsed = Parsed {
        value: Some(key),
        diagnostics: diags,
    };
    parsed.sort();
    parsed
}

fn bad_item(tag: &Tag<'_>, item: &str, span: Span, example: &str) -> Diagnostic {
    Diagnostic::new(&m::BAD_LIST_ITEM, span)
        .arg("value", item)
        .arg("tag", tag.name)
        .arg("example", example)
}

/// A word that is a known value in the wrong case: verifiers compare
/// case-sensitively.
fn check_case(w: &Word, span: Span, known: &[&str], diags: &mut Vec<Diagnostic>) {
    let s = w.as_str();
    if known.contains(&s) {
        return;
    }
    if let Some(want) = known.iter().find(|k| k.eq_ignore_ascii_case(s)) {
        diags.push(
            Diagnostic::new(&m::VALUE_CASE, span)
                .arg("value", s)
                .arg("want", want)
                .with_fix(Fix::single(LOWERCASE, span, *want, Applicability::Safe)),
        );
    }
}

/// True when a `Word` only differs from a known value by case.
pub(crate) fn is_case_variant(w: &Word, known: &[&str]) -> bool {
    let s = w.as_str();
    !known.contains(&s) && known.iter().any(|k| k.eq_ignore_ascii_case(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_keep_their_spans() {
        let input = "h= sha1 \t:\t sha256:x";
        let list = taglist::split(input, b';');
        let items = split_items(&list.tags[0], ':');
        let got: Vec<(&str, &str)> = items.iter().map(|(i, s)| (*i, &input[s.range()])).collect();
        assert_eq!(got, [("sha1", "sha1"), ("sha256", "sha256"), ("x", "x")]);
    }

    #[test]
    fn rfc_6376_tag_value_and_name_syntax() {
        use super::super::is_hyphenated_word;
        assert!(is_tag_name("x_1") && !is_tag_name("_x") && !is_tag_name("a-b"));
        assert!(is_tag_value("a b=c") && is_tag_value("") && !is_tag_value("a;b"));
        assert!(!is_tag_value("caf\u{e9}"));
        assert!(is_hyphenated_word("ed25519-sha256") && !is_hyphenated_word("-a"));
    }
}
