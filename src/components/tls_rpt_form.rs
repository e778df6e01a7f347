//! The TLS-RPT form: report addresses in, the `_smtp._tls` record out.
//! Used by the TLS-RPT page and, compactly, beside MTA-STS.

use super::list_field::ListField;
use super::record_output::RecordOutput;
use super::text_field::QueryText;
use crate::i18n::Said;
use crate::i18n::{gen_forms as form_text, gen_tls_rpt as tls_rpt_text, t};
use leptos::prelude::*;
use selo::tls_rpt::{self, ReportUri, TlsRpt};
use selo::{DomainName, RecordType};

/// The record of a list of addresses: `Ok(None)` when no address is given.
fn build(rows: &[String]) -> (Vec<Option<Said>>, Option<TlsRpt>) {
    let mut errors = Vec::new();
    let mut uris = Vec::new();
    for row in rows {
        let row = row.trim();
        if row.is_empty() {
            errors.push(None);
            continue;
        }
        match ReportUri::try_from(row) {
            Ok(u) => {
                errors.push(None);
                uris.push(u);
            }
            Err(e) => errors.push(Some(Said::engine(&e))),
        }
    }
    let ok = errors.iter().all(Option::is_none);
    let mut it = uris.into_iter();
    let record = match (ok, it.next()) {
        (true, Some(first)) => Some(it.fold(TlsRpt::new(first), TlsRpt::with_rua)),
        _ => None,
    };
    (errors, record)
}

/// Report addresses (kept in the `rua` query parameter, one a line) and the
/// TLS-RPT record for `domain`.
#[component]
pub fn TlsRptForm(
    /// The domain the record is for (`None` while the domain field is not
    /// a valid name).
    #[prop(into)]
    domain: Signal<Option<DomainName>>,
    /// Whether to show the short introduction (beside MTA-STS) instead of
    /// nothing (on the TLS-RPT page, which explains above the form).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let rua_q = QueryText::new("rua");
    let rows = Memo::new(move |_| rua_q.rows());
    let built = Memo::new(move |_| rows.with(|r| build(r)));
    let errors = Signal::derive(move || built.with(|b| b.0.clone()));
    let value = Memo::new(move |_| built.with(|b| b.1.as_ref().map(ToString::to_string)));
    let owner = Memo::new(move |_| {
        domain
            .get()
            .and_then(|d| tls_rpt::owner_name(&d).ok())
            .map(|o| o.to_string())
    });
    view! {
        <div class="tls-rpt-form">
            {compact.then(|| view! { <p>{t(tls_rpt_text::COMPACT_INTRO)}</p> })}
            <ListField
                id="rua"
                legend=tls_rpt_text::RUA_LEGEND
                hint=tls_rpt_text::RUA_HINT
                store=rua_q
                errors=errors
                placeholder="mailto:tlsrpt@example.com"
            />
            {move || match (owner.get(), value.get()) {
                (Some(o), Some(v)) => {
                    view! {
                        <RecordOutput
                            kind=RecordType::TlsRpt
                            owner=Signal::derive(move || o.clone())
                            value=Signal::derive(move || v.clone())
                        />
                    }
                        .into_any()
                }
                (None, _) => view! { <p class="notice">{t(form_text::DOMAIN_NEEDED)}</p> }.into_any(),
                (_, None) => view! { <p class="notice">{t(tls_rpt_text::RUA_NEEDED)}</p> }.into_any(),
            }}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::build;

    #[test]
    fn rows_make_one_record_and_bad_rows_block_it() {
        let rows = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (e, r) = build(&rows(&[
            "mailto:a@example.com",
            "",
            "https://r.example.com/x",
        ]));
        assert!(e.iter().all(Option::is_none));
        assert_eq!(
            r.unwrap().to_string(),
            "v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/x"
        );
        let (e, r) = build(&rows(&["http://r.example.com/"]));
        assert!(e[0].is_some());
        assert!(r.is_none());
        assert!(build(&rows(&[""])).1.is_none());
    }
}
