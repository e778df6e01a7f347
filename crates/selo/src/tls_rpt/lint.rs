//! Advice on TLS-RPT records beyond the grammar.

use super::TlsRpt;
use super::messages::DUPLICATE_URI;
use super::parse::Spans;
use crate::{Applicability, Diagnostic, Fix, Span, Text};

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
pub fn lint_model(r: &TlsRpt) -> Vec<Diagnostic> {
    let e = Span::empty(0);
    let spans = Spans {
        uris: vec![(e, e); r.rua.len()],
    };
    let mut d = Vec::new();
    lint(r, &spans, &mut d);
    crate::diagnostic::unplaced(d)
}

/// Flags an address listed twice.
pub(super) fn lint(r: &TlsRpt, spans: &Spans, diags: &mut Vec<Diagnostic>) {
    let uris: Vec<(&str, Span, Span)> = r
        .rua
        .iter()
        .zip(&spans.uris)
        .map(|(u, &(span, removal))| (u.as_str(), span, removal))
        .collect();
    for (j, &(u, span, removal)) in uris.iter().enumerate() {
        if let Some((_, first, _)) = uris[..j].iter().find(|(v, _, _)| v.eq_ignore_ascii_case(u)) {
            diags.push(
                Diagnostic::new(&DUPLICATE_URI, span)
                    .arg("uri", u)
                    .with_secondary(
                        *first,
                        Some(Text::new("first listed here", "indicado primeiro aqui")),
                    )
                    .with_fix(Fix::single(
                        Text::new("Remove the repeated address", "Remover o endereço repetido"),
                        removal,
                        "",
                        Applicability::Safe,
                    )),
            );
        }
    }
}
