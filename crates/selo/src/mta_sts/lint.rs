//! Advice on MTA-STS policies beyond the grammar.

use super::messages::{MODE_NONE, MODE_TESTING, PUBLISH_TLS_RPT, SHORT_MAX_AGE};
use super::parse::PolicySpans;
use super::{Mode, MtaStsPolicy};
use crate::{Applicability, Diagnostic, Fix, Text};

/// One day, in seconds: below this, `max_age` leaves little protection.
const ONE_DAY: u64 = 86_400;

/// Adds the advice for a readable policy.
pub(super) fn policy(p: &MtaStsPolicy, spans: &PolicySpans, d: &mut Vec<Diagnostic>) {
    if p.max_age.seconds() < ONE_DAY {
        d.push(
            Diagnostic::new(&SHORT_MAX_AGE, spans.max_age)
                .arg("value", p.max_age)
                .with_fix(Fix::single(
                    Text::new("Use one week", "Usar uma semana"),
                    spans.max_age,
                    "604800",
                    Applicability::MaybeIncorrect,
                )),
        );
    }
    match p.mode {
        Mode::Testing => d.push(Diagnostic::new(&MODE_TESTING, spans.mode)),
        Mode::Enforce => d.push(Diagnostic::new(&PUBLISH_TLS_RPT, spans.mode)),
        Mode::None => d.push(Diagnostic::new(&MODE_NONE, spans.mode)),
    }
}
