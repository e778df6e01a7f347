//! Advice on TLS-RPT records beyond the grammar.

use super::messages::DUPLICATE_URI;
use crate::{Applicability, Diagnostic, Fix, Span, Text};

/// Flags an address listed twice. `uris` holds each readable address with
/// its span and the span to delete to remove it (with its comma).
pub(super) fn duplicates(uris: &[(String, Span, Span)], d: &mut Vec<Diagnostic>) {
    for (j, (u, span, removal)) in uris.iter().enumerate() {
        if let Some((_, first, _)) = uris[..j].iter().find(|(v, _, _)| v.eq_ignore_ascii_case(u)) {
            d.push(
                Diagnostic::new(&DUPLICATE_URI, *span)
                    .arg("uri", u)
                    .with_secondary(
                        *first,
                        Some(Text::new("first listed here", "indicado primeiro aqui")),
                    )
                    .with_fix(Fix::single(
                        Text::new("Remove the repeated address", "Remover o endereço repetido"),
                        *removal,
                        "",
                        Applicability::Safe,
                    )),
            );
        }
    }
}
