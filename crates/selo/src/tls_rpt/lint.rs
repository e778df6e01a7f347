//! Advice on TLS-RPT records beyond the grammar.

use super::messages::DUPLICATE_URI;
use crate::{Applicability, Diagnostic, Fix, Span, Text};

/// Where the parser found each part of the record, for the lints: the
/// span table of the TLS-RPT module.
pub(super) struct Spans<'u> {
    /// Each readable `rua=` address with its span and the span to delete to
    /// remove it (with its comma).
    pub uris: &'u [(String, Span, Span)],
}

/// Lints a model that was built, not parsed: the advice `parse` gives
/// beyond the grammar, without printing and re-reading the record. With no
/// text to point into, every span is empty at 0 and no fix is offered.
///
/// ```
/// use selo::tls_rpt::{ReportUri, TlsRpt};
/// let uri = ReportUri::try_from("mailto:tls@example.com").unwrap();
/// let mut r = TlsRpt::new(uri.clone());
/// r.rua.push(uri);
/// let codes: Vec<_> = selo::tls_rpt::lint(&r).iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["tls_rpt::duplicate-uri"]);
/// ```
pub fn lint_model(r: &super::TlsRpt) -> Vec<Diagnostic> {
    let e = Span::empty(0);
    let uris: Vec<(String, Span, Span)> = r.rua.iter().map(|u| (u.to_string(), e, e)).collect();
    let mut d = Vec::new();
    lint(&Spans { uris: &uris }, &mut d);
    crate::diagnostic::unplaced(d)
}

/// Flags an address listed twice.
pub(super) fn lint(spans: &Spans<'_>, d: &mut Vec<Diagnostic>) {
    let uris = spans.uris;
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
