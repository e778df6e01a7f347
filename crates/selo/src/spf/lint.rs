//! Advice beyond grammar: `+all`, `?all`, a missing `all`, `ptr`, terms after
//! `all`, an ignored `redirect=`, an include a sender does not need, the DNS
//! lookup budget and the record's size.

use super::messages::*;
use super::parse::{Place, Spans};
use super::{MAX_DNS_LOOKUPS, Mechanism, Modifier, Qualifier, Spf, Term};
use crate::{Applicability, Diagnostic, Fix, Span, Text};

/// Lints a model that was built, not parsed: the advice `parse` gives
/// beyond the grammar, without re-reading the record. The size rules are
/// about the published text, so they measure the canonical record
/// (`Display`); every span of the result is empty at 0 and no fix is
/// offered, as for the other modules' built models.
///
/// ```
/// use selo::spf::{Qualifier, Spf};
/// let spf = Spf::builder().mx().all(Qualifier::Pass).build();
/// let codes: Vec<_> = selo::spf::lint(&spf).iter().map(|d| d.code).collect();
/// assert!(codes.contains(&"spf::pass-all"));
/// ```
pub fn lint_model(spf: &Spf) -> Vec<Diagnostic> {
    let text = spf.to_string();
    // The canonical record is `v=spf1` and the terms one space apart, so
    // each term's place in it is known without reading it back.
    let mut at = "v=spf1".len();
    let places: Vec<Place> = spf
        .terms
        .iter()
        .map(|term| {
            let len = term.to_string().len();
            let place = Place {
                span: Span::new(at + 1, at + 1 + len),
                removal_start: at,
            };
            at += 1 + len;
            place
        })
        .collect();
    let spans = Spans {
        input: &text,
        version: Span::new(0, "v=spf1".len()),
        terms: places,
    };
    let mut diags = Vec::new();
    lint(spf, &spans, &mut diags);
    crate::diagnostic::unplaced(diags)
}

/// A term of the model with where it was written.
struct Placed<'a> {
    term: &'a Term,
    span: Span,
    removal_start: usize,
}

/// Adds the advice about a record read from `spans.input` to `diags`.
pub(super) fn lint(spf: &Spf, spans: &Spans<'_>, diags: &mut Vec<Diagnostic>) {
    let (input, version) = (spans.input, spans.version);
    let terms: Vec<Placed> = spf
        .terms
        .iter()
        .zip(&spans.terms)
        .map(|(term, p)| Placed {
            term,
            span: p.span,
            removal_start: p.removal_start,
        })
        .collect();
    let terms = &terms[..];
    let text = |s: Span| &input[s.range()];
    let removal = |t: &Placed| Span::new(t.removal_start, t.span.end);
    let all_at = terms.iter().position(|t| {
        matches!(
            t.term,
            Term::Mechanism {
                kind: Mechanism::All,
                ..
            }
        )
    });
    let redirect = terms
        .iter()
        .find(|t| matches!(t.term, Term::Modifier(Modifier::Redirect(_))));

    for (k, t) in terms.iter().enumerate() {
        let Term::Mechanism { qualifier, kind } = &t.term else {
            continue;
        };
        if all_at.is_some_and(|a| k > a) {
            diags.push(
                Diagnostic::new(&AFTER_ALL, t.span)
                    .arg("term", text(t.span))
                    .with_fix(Fix::single(
                        Text::new("Remove the ignored term", "Remover o termo ignorado"),
                        removal(t),
                        "",
                        Applicability::MaybeIncorrect,
                    )),
            );
        }
        match kind {
            Mechanism::All if all_at == Some(k) => match qualifier {
                Qualifier::Pass => diags.push(
                    Diagnostic::new(&PASS_ALL, t.span)
                        .arg("term", text(t.span))
                        .with_fix(Fix::single(
                            Text::new(
                                "Replace +all with ~all (unlisted servers softfail)",
                                "Substituir +all por ~all (servidores não listados dão softfail)",
                            ),
                            t.span,
                            "~all",
                            Applicability::MaybeIncorrect,
                        )),
                ),
                Qualifier::Neutral => {
                    diags.push(Diagnostic::new(&NEUTRAL_ALL, t.span).with_fix(Fix::single(
                        Text::new(
                            "Replace ?all with ~all (unlisted servers softfail)",
                            "Substituir ?all por ~all (servidores não listados dão softfail)",
                        ),
                        t.span,
                        "~all",
                        Applicability::MaybeIncorrect,
                    )))
                }
                _ => {}
            },
            Mechanism::Ptr(_) => diags.push(Diagnostic::new(&PTR, t.span)),
            Mechanism::Include(d) => {
                if let Some(sender) = crate::senders::not_needed_include(d.as_str()) {
                    diags.push(
                        Diagnostic::new(&INCLUDE_NOT_NEEDED, t.span)
                            .arg("include", d.as_str())
                            .arg("provider", sender.name)
                            .with_fix(Fix::single(
                                Text::new("Remove the include", "Remover o include"),
                                removal(t),
                                "",
                                Applicability::MaybeIncorrect,
                            )),
                    );
                }
            }
            _ => {}
        }
    }

    match (all_at, redirect) {
        (Some(a), Some(r)) => {
            diags.push(Diagnostic::new(&REDIRECT_IGNORED, r.span).with_secondary(
                terms[a].span,
                Some(Text::new(
                    "this all always decides first",
                    "este all decide sempre primeiro",
                )),
            ))
        }
        (None, None) => {
            let end = input.trim_end().len().max(version.end);
            diags.push(Diagnostic::new(&NO_ALL, version).with_fix(Fix::single(
                Text::new("Add -all at the end", "Acrescentar -all no fim"),
                Span::empty(end),
                " -all",
                Applicability::MaybeIncorrect,
            )));
        }
        _ => {}
    }

    let lookups: Vec<&Placed> = terms.iter().filter(|t| t.term.queries_dns()).collect();
    let count = lookups.len();
    if count > MAX_DNS_LOOKUPS {
        let mut d =
            Diagnostic::new(&TOO_MANY_LOOKUPS, lookups[MAX_DNS_LOOKUPS].span).arg("count", count);
        for t in &lookups[MAX_DNS_LOOKUPS + 1..] {
            d = d.with_secondary(t.span, Some(Text::new("over the limit", "acima do limite")));
        }
        diags.push(d);
    } else {
        let estimate = super::presets::estimate_terms(terms.iter().map(|t| t.term));
        super::presets::push_lookup_findings(&estimate, version, diags);
    }

    // `v=spf1 -all` and nothing else: no sender at all.
    if let [only] = terms
        && matches!(
            only.term,
            Term::Mechanism {
                qualifier: Qualifier::Fail,
                kind: Mechanism::All,
            }
        )
    {
        diags.push(Diagnostic::new(&ALLOWS_NOBODY, only.span));
    }

    let len = input.len();
    let whole = Span::new(0, len);
    if len > crate::txt::MAX_STRING {
        diags.push(Diagnostic::new(&NEEDS_SPLITTING, whole).arg("len", len));
    }
    if len > 512 {
        diags.push(Diagnostic::new(&OVER_512, whole).arg("len", len));
    } else if len > 450 {
        diags.push(Diagnostic::new(&OVER_450, whole).arg("len", len));
    }
}
