//! Advice on MTA-STS policies beyond the grammar.

use super::messages::{MODE_NONE, MODE_TESTING, PUBLISH_TLS_RPT, SHORT_MAX_AGE};
use super::parse::Spans;
use super::{Mode, MtaStsPolicy};
use crate::{Applicability, Diagnostic, Fix, Text};

/// One day, in seconds: below this, `max_age` leaves little protection.
const ONE_DAY: u64 = 86_400;

/// Lints a model that was built, not parsed: the advice `parse` gives
/// beyond the grammar, without printing and re-reading the file. With no
/// text to point into, every span is empty at 0 and no fix is offered.
///
/// ```
/// use selo::mta_sts::{MaxAge, Mode, MtaStsPolicy};
/// let p = MtaStsPolicy::new(Mode::Testing, MaxAge::try_from(3600).unwrap());
/// let codes: Vec<_> = selo::mta_sts::lint(&p).iter().map(|d| d.code).collect();
/// assert!(codes.contains(&"mta_sts::testing-mode"));
/// ```
pub fn lint_model(p: &MtaStsPolicy) -> Vec<Diagnostic> {
    let e = crate::Span::empty(0);
    let mut d = Vec::new();
    lint(
        p,
        &Spans {
            mode: e,
            max_age: e,
        },
        &mut d,
    );
    crate::diagnostic::unplaced(d)
}

/// Adds the advice for a readable policy.
pub(super) fn lint(p: &MtaStsPolicy, spans: &Spans, diags: &mut Vec<Diagnostic>) {
    if p.max_age.seconds() < ONE_DAY {
        diags.push(
            Diagnostic::new(&SHORT_MAX_AGE, spans.max_age)
                .arg("value", p.max_age)
                .with_fix(Fix::single(
                    Text::new(
                        "Raise max_age to one week (604800)",
                        "Subir o max_age para uma semana (604800)",
                    ),
                    spans.max_age,
                    "604800",
                    Applicability::MaybeIncorrect,
                )),
        );
    }
    match p.mode {
        Mode::Testing => diags.push(Diagnostic::new(&MODE_TESTING, spans.mode)),
        Mode::Enforce => diags.push(Diagnostic::new(&PUBLISH_TLS_RPT, spans.mode)),
        Mode::None => diags.push(Diagnostic::new(&MODE_NONE, spans.mode)),
    }
}
