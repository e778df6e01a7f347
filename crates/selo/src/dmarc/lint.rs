//! Advice beyond the grammar: missing policy, p=none, weaker subdomain
//! policies, testing mode, missing reports (RFC 9989 4.7, 4.10.1, 5.1).

use super::messages::*;
use super::parse::Spans;
use super::{Dmarc, Policy};
use crate::{Applicability, Diagnostic, Edit, Fix, Span, Text};

/// Lints a model that was built, not parsed: the advice `parse` gives
/// beyond the grammar, without printing and re-reading the record. With no
/// text to point into, every span is empty at 0 and no fix is offered.
///
/// ```
/// use selo::dmarc::{Dmarc, Policy};
/// let r = Dmarc { policy: Some(Policy::None), ..Dmarc::default() };
/// let codes: Vec<_> = selo::dmarc::lint(&r).iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["dmarc::monitoring-only", "dmarc::missing-rua"]);
/// ```
pub fn lint_model(r: &Dmarc) -> Vec<Diagnostic> {
    // One placeholder tag per field the model holds, in canonical order
    // (v first, then p), so the lints find each field where they look.
    let mut tags = Vec::new();
    let mut place = |present: bool, name: &'static str| {
        present.then(|| {
            let e = Span::empty(0);
            tags.push(crate::taglist::Tag {
                name,
                name_span: e,
                value: "",
                value_span: e,
                span: e,
                removal_span: e,
                has_equals: true,
                equals_span: e,
                space_around_equals: false,
            });
            tags.len() - 1
        })
    };
    let v = place(true, "v");
    let p = place(r.policy.is_some(), "p");
    let sp = place(r.subdomain_policy.is_some(), "sp");
    let np = place(r.nonexistent_policy.is_some(), "np");
    let t = place(r.testing.is_some(), "t");
    let fo = place(!r.failure_options.is_empty(), "fo");
    let rua = place(!r.rua.is_empty(), "rua");
    let ruf = place(!r.ruf.is_empty(), "ruf");
    let spans = Spans {
        input: "",
        tags,
        v,
        p,
        sp,
        np,
        t,
        fo,
        rua,
        ruf,
        p_written: p.is_some(),
        sp_written: sp.is_some(),
        np_written: np.is_some(),
        rua_written: rua.is_some(),
        rua_valid: rua.is_some(),
    };
    let mut diags = Vec::new();
    lint(r, &spans, &mut diags);
    crate::diagnostic::unplaced(diags)
}

/// Adds the advice about a parsed record to `diags`.
pub(super) fn lint(r: &Dmarc, spans: &Spans<'_>, diags: &mut Vec<Diagnostic>) {
    let anchor = spans.v.map_or(Span::empty(0), |v| spans.tags[v].span);
    let span_of = |i: Option<usize>| i.map(|i| spans.tags[i].span);

    // RFC 9989 4.10.1: without a valid p (or with a bad sp/np), receivers
    // fall back to p=none only when rua holds a valid URI.
    let policy_broken = (spans.p_written && r.policy.is_none())
        || (spans.sp_written && r.subdomain_policy.is_none())
        || (spans.np_written && r.nonexistent_policy.is_none());
    if !spans.rua_valid && (!spans.p_written || policy_broken) {
        diags.push(Diagnostic::new(&NO_POLICY, anchor));
    } else if !spans.p_written {
        let mut d = Diagnostic::new(&MISSING_P, anchor);
        if spans.v.is_some() {
            d = d.with_fix(Fix::single(
                Text::new(
                    "Add p=none (monitor only) after the version",
                    "Acrescentar p=none (só monitorizar) depois da versão",
                ),
                Span::empty(anchor.end),
                "; p=none",
                Applicability::MaybeIncorrect,
            ));
        }
        diags.push(d);
    }

    // RFC 7489 6.4 wanted p right after v.
    if let (Some(0), Some(p)) = (spans.v, spans.p)
        && p > 1
    {
        let pt = &spans.tags[p];
        diags.push(Diagnostic::new(&P_NOT_SECOND, pt.span).with_fix(Fix {
            title: Text::new(
                "Move p= after v=DMARC1",
                "Passar p= para depois de v=DMARC1",
            ),
            edits: vec![
                Edit {
                    span: Span::empty(spans.tags[1].span.start),
                    replacement: format!("{}; ", &spans.input[pt.span.range()]),
                },
                Edit {
                    span: pt.removal_span,
                    replacement: String::new(),
                },
            ],
            applicability: Applicability::Safe,
        }));
    }

    if r.policy == Some(Policy::None)
        && let Some(p) = spans.p
    {
        diags.push(Diagnostic::new(&MONITORING_ONLY, spans.tags[p].value_span));
    }
    let p = r.effective_policy();
    if let (Some(Policy::None), Some(sp)) = (r.subdomain_policy, spans.sp)
        && p > Policy::None
    {
        diags.push(Diagnostic::new(&WEAKER_SUBDOMAIN, spans.tags[sp].span).arg("policy", p));
    }
    let sp = r.effective_subdomain_policy();
    if let (Some(Policy::None), Some(np)) = (r.nonexistent_policy, spans.np)
        && sp > Policy::None
    {
        diags.push(Diagnostic::new(&WEAKER_NONEXISTENT, spans.tags[np].span).arg("policy", sp));
    }
    if r.testing == Some(true)
        && let Some(t) = span_of(spans.t)
    {
        diags.push(Diagnostic::new(&TESTING_MODE, t));
    }
    if !spans.rua_written {
        diags.push(Diagnostic::new(&NO_RUA, anchor));
    }
    if let Some(ruf) = spans.ruf
        && !r.ruf.is_empty()
    {
        diags.push(Diagnostic::new(&RUF_PRIVACY, spans.tags[ruf].name_span));
    }
    if let Some(fo) = span_of(spans.fo)
        && spans.ruf.is_none()
    {
        diags.push(Diagnostic::new(&FO_WITHOUT_RUF, fo));
    }
}
