//! The tag-list grammar MTA-STS (RFC 8461 3.1) and TLS-RPT (RFC 8460 3)
//! records share:
//!
//! ```text
//! record      = version 1*(field-delim field) [field-delim]
//! field-delim = *WSP ";" *WSP
//! extension   = ext-name "=" ext-value
//! ext-name    = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
//! ext-value   = 1*(%x21-3A / %x3C / %x3E-7E)
//! ```
//!
//! Tag names and the version are case-sensitive (`%s"..."`).

use crate::taglist::{self, Tag};
use crate::{Applicability, Diagnostic, Edit, Fix, Message, Span, Text};

/// `(ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")`: an extension
/// name of an MTA-STS record, policy or TLS-RPT record.
pub(crate) fn is_ext_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 32
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

/// `1*(%x21-3A / %x3C / %x3E-7E)`: an extension value of a TXT record
/// (no `=`, `;`, space or control).
pub(crate) fn is_txt_ext_value(value: &str) -> bool {
    !value.is_empty()
        && value
            .bytes()
            .all(|c| matches!(c, 0x21..=0x3a | 0x3c | 0x3e..=0x7e))
}

/// The templates one protocol uses for the shared findings.
pub(crate) struct TxtMessages {
    pub not_this: &'static Message,
    pub other_type: &'static Message,
    pub bad_version: &'static Message,
    pub version_case: &'static Message,
    pub version_not_first: &'static Message,
    pub tag_case: &'static Message,
    pub duplicate: &'static Message,
    pub ext_name: &'static Message,
    pub ext_value: &'static Message,
    pub unknown: &'static Message,
    pub no_equals: &'static Message,
    pub space_equals: &'static Message,
    pub empty_field: &'static Message,
    pub outer_space: &'static Message,
    pub not_ascii: &'static Message,
}

/// The [`TxtMessages`] of a protocol, given its "not this record" message:
/// each protocol's messages module names the other shared findings alike
/// (`OTHER_TYPE`, `TAG_CASE`, `DUPLICATE_TAG`, …), so the table is written
/// once, here, and filled with the caller's templates.
macro_rules! txt_messages {
    ($not_this:expr) => {
        $crate::taglist::fields::TxtMessages {
            not_this: &$not_this,
            other_type: &OTHER_TYPE,
            bad_version: &BAD_VERSION,
            version_case: &VERSION_CASE,
            version_not_first: &VERSION_NOT_FIRST,
            tag_case: &TAG_CASE,
            duplicate: &DUPLICATE_TAG,
            ext_name: &BAD_EXT_NAME,
            ext_value: &BAD_EXT_VALUE,
            unknown: &UNKNOWN_TAG,
            no_equals: &NO_EQUALS,
            space_equals: &SPACE_AROUND_EQUALS,
            empty_field: &EMPTY_FIELD,
            outer_space: &OUTER_SPACE,
            not_ascii: &NOT_ASCII,
        }
    };
}
pub(crate) use txt_messages;

/// A field after the version: its canonical name when it is a known tag.
pub(crate) struct Field<'a> {
    /// The known tag name it stands for (`id`, `rua`), or `None` for an
    /// extension.
    pub known: Option<&'static str>,
    pub tag: Tag<'a>,
    /// False for a repeat of a known tag (senders ignore it).
    pub first: bool,
}

/// The parsed fields and the extensions worth keeping in the model.
pub(crate) struct TxtFields<'a> {
    pub fields: Vec<Field<'a>>,
    pub extensions: Vec<(String, String)>,
}

const REMOVE: Text = Text::new("Remove it", "Remover isto");

/// Splits and checks a record; `None` when it is not this kind of record.
///
/// `version` is the exact version word (`STSv1`), `family` its prefix for
/// telling "another version" from "another record" (`STSv`), `known` the
/// defined tags besides `v`.
pub(crate) fn parse<'a>(
    input: &'a str,
    version: &'static str,
    family: &str,
    known: &[&'static str],
    m: &TxtMessages,
    diags: &mut Vec<Diagnostic>,
) -> Option<TxtFields<'a>> {
    let list = taglist::split(input, b';');
    let Some(first) = list.tags.first() else {
        diags.push(Diagnostic::new(m.not_this, Span::new(0, input.len())));
        return None;
    };

    // The version tag.
    let v_index = list.tags.iter().position(|t| t.is("v"));
    let expected = format!("v={version}");
    match v_index {
        Some(0) => {
            let t = first;
            if t.value == version && t.name == "v" {
                // Exact.
            } else if t.value.eq_ignore_ascii_case(version) {
                diags.push(
                    Diagnostic::new(m.version_case, t.span).with_fix(Fix::single(
                        Text::new("Write it exactly", "Escrever exatamente"),
                        t.span,
                        expected.clone(),
                        Applicability::Safe,
                    )),
                );
            } else if let Some(kind) = taglist::record_kind(t.value, version) {
                diags.push(Diagnostic::new(m.other_type, t.span).arg_text("kind", kind));
                return None;
            } else if t
                .value
                .get(..family.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(family))
                || t.value.is_empty()
                || t.value.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                diags.push(Diagnostic::new(m.bad_version, t.span).arg("value", t.value));
                return None;
            } else {
                diags.push(Diagnostic::new(m.not_this, t.span));
                return None;
            }
            if t.space_around_equals {
                // Reported (with its fix) below only when the version itself
                // is right; otherwise the version fix covers it.
                if t.value == version && t.name == "v" {
                    diags.push(space_equals(m, t, "v", version));
                }
            }
        }
        Some(i) if list.tags[i].value.eq_ignore_ascii_case(version) => {
            let t = &list.tags[i];
            diags.push(Diagnostic::new(m.version_not_first, t.span).with_fix(Fix {
                title: Text::new("Move it to the start", "Mover para o início"),
                edits: vec![
                    Edit {
                        span: Span::empty(first.span.start),
                        replacement: format!("{expected}; "),
                    },
                    Edit {
                        span: t.removal_span,
                        replacement: String::new(),
                    },
                ],
                applicability: Applicability::Safe,
            }));
        }
        _ => {
            diags.push(Diagnostic::new(m.not_this, first.span));
            return None;
        }
    }

    // Characters outside US-ASCII.
    if let Some((pos, c)) = input.char_indices().find(|(_, c)| !c.is_ascii()) {
        diags.push(Diagnostic::new(
            m.not_ascii,
            Span::new(pos, pos + c.len_utf8()),
        ));
    }

    // White space before the version or after the last field (a final ';'
    // may be followed by WSP).
    let lead = input.len() - input.trim_start().len();
    if lead > 0 {
        diags.push(
            Diagnostic::new(m.outer_space, Span::new(0, lead)).with_fix(Fix::single(
                Text::new("Remove the white space", "Remover os espaços"),
                Span::new(0, lead),
                "",
                Applicability::Safe,
            )),
        );
    }
    let trimmed_end = input.trim_end().len();
    if trimmed_end < input.len() && !input.trim_end().ends_with(';') && trimmed_end > 0 {
        let s = Span::new(trimmed_end, input.len());
        diags.push(Diagnostic::new(m.outer_space, s).with_fix(Fix::single(
            Text::new("Remove the white space", "Remover os espaços"),
            s,
            "",
            Applicability::Safe,
        )));
    }

    // `;;`
    for e in &list.empty {
        let remove = Span::new(e.start, (e.end + 1).min(input.len()));
        diags.push(
            Diagnostic::new(
                m.empty_field,
                Span::new(e.start.saturating_sub(1), remove.end),
            )
            .with_fix(Fix::single(
                Text::new("Remove the extra ';'", "Remover o ';' a mais"),
                remove,
                "",
                Applicability::Safe,
            )),
        );
    }

    let mut out = TxtFields {
        fields: Vec::new(),
        extensions: Vec::new(),
    };
    let mut seen: Vec<(&'static str, usize)> = Vec::new();
    for (i, t) in list.tags.iter().enumerate() {
        if Some(i) == v_index {
            continue;
        }
        if !t.has_equals {
            diags.push(
                Diagnostic::new(m.no_equals, t.span)
                    .arg("text", t.name)
                    .with_fix(remove(t)),
            );
            continue;
        }
        let known_name = if t.is("v") {
            Some("v")
        } else {
            known.iter().copied().find(|k| t.is(k))
        };
        if let Some(k) = known_name
            && t.name != k
        {
            diags.push(
                Diagnostic::new(m.tag_case, t.name_span)
                    .arg("found", t.name)
                    .arg("tag", k)
                    .with_fix(Fix::single(
                        taglist::LOWERCASE,
                        t.name_span,
                        k,
                        Applicability::Safe,
                    )),
            );
        }
        if t.space_around_equals {
            diags.push(space_equals(m, t, known_name.unwrap_or(t.name), t.value));
        }
        match known_name {
            Some(k) => {
                let first_idx = if k == "v" {
                    v_index
                } else {
                    seen.iter().find(|(n, _)| *n == k).map(|(_, i)| *i)
                };
                let is_first = first_idx.is_none();
                if let Some(fi) = first_idx {
                    if k != "rua" {
                        let f = &list.tags[fi];
                        diags.push(taglist::repeat(
                            m.duplicate,
                            t,
                            k,
                            f,
                            REMOVE,
                            f.value == t.value,
                        ));
                    }
                } else {
                    seen.push((k, i));
                }
                if k != "v" {
                    out.fields.push(Field {
                        known: Some(k),
                        tag: t.clone(),
                        first: is_first,
                    });
                }
            }
            None => {
                if !is_ext_name(t.name) {
                    diags.push(
                        Diagnostic::new(m.ext_name, t.name_span)
                            .arg("name", t.name)
                            .with_fix(remove(t)),
                    );
                } else if !is_txt_ext_value(t.value) {
                    let span = if t.value.is_empty() {
                        t.span
                    } else {
                        t.value_span
                    };
                    diags.push(
                        Diagnostic::new(m.ext_value, span)
                            .arg("name", t.name)
                            .with_fix(remove(t)),
                    );
                } else {
                    diags.push(Diagnostic::new(m.unknown, t.name_span).arg("tag", t.name));
                    out.extensions
                        .push((t.name.to_string(), t.value.to_string()));
                }
                out.fields.push(Field {
                    known: None,
                    tag: t.clone(),
                    first: true,
                });
            }
        }
    }
    Some(out)
}

/// A fix that removes the whole field `t`, which may have been meant.
fn remove(t: &Tag<'_>) -> Fix {
    Fix::single(REMOVE, t.removal_span, "", Applicability::MaybeIncorrect)
}

fn space_equals(m: &TxtMessages, t: &Tag<'_>, name: &str, value: &str) -> Diagnostic {
    let span = Span::new(t.name_span.end, t.value_span.start.max(t.equals_span.end));
    Diagnostic::new(m.space_equals, span)
        .arg("tag", name)
        .arg("value", value)
        .with_fix(Fix::single(
            Text::new("Remove the spaces", "Remover os espaços"),
            span,
            "=",
            Applicability::Safe,
        ))
}
