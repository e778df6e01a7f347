//! The TLS-RPT form: report addresses in, the `_smtp._tls` record out.
//! Used by the TLS-RPT page and, compactly, beside MTA-STS.

use super::list_field::ListField;
use super::record_output::{EmptyOutput, RecordOutput};
use super::text_field::QueryText;
use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::{gen_tls_rpt as tls_rpt_text, t};
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
        match ReportUri::from_input(row) {
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

/// The TLS-RPT form's state: the report addresses (kept in the `rua`
/// query parameter, one a line), their errors and the record built from
/// them for `domain`.
#[derive(Clone, Copy)]
pub struct TlsRptState {
    rua: QueryText,
    errors: Signal<Vec<Option<Said>>>,
    /// The record's value, `None` until one address is valid and none is
    /// refused.
    pub value: Memo<Option<String>>,
    /// The owner name, `None` while the domain is not a valid name.
    pub owner: Memo<Option<String>>,
}

impl TlsRptState {
    /// The state of the page's form, for `domain`.
    pub fn new(domain: Signal<Option<DomainName>>) -> Self {
        let rua = QueryText::new("rua");
        let rows = Memo::new(move |_| rua.rows());
        let built = Memo::new(move |_| rows.with(|r| build(r)));
        TlsRptState {
            rua,
            errors: Signal::derive(move || built.with(|b| b.0.clone())),
            value: Memo::new(move |_| built.with(|b| b.1.as_ref().map(ToString::to_string))),
            owner: Memo::new(move |_| {
                domain
                    .get()
                    .and_then(|d| tls_rpt::owner_name(&d).ok())
                    .map(|o| o.to_string())
            }),
        }
    }

    /// What the output still needs, in form order.
    pub fn needed(&self) -> Vec<Text> {
        let mut n = Vec::new();
        if self.owner.with(Option::is_none) {
            n.push(crate::i18n::common::NEED_DOMAIN);
        }
        if self.value.with(Option::is_none) {
            n.push(tls_rpt_text::NEED_RUA);
        }
        n
    }
}

/// The report address fields.
#[component]
pub fn TlsRptFields(
    /// The form's state.
    state: TlsRptState,
    /// Whether to show the short introduction (beside MTA-STS) instead of
    /// nothing (on the TLS-RPT page, which explains above the form).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    view! {
        <div class="tls-rpt-form">
            {compact.then(|| view! { <p>{t(tls_rpt_text::COMPACT_INTRO)}</p> })}
            <ListField
                id="rua"
                legend=tls_rpt_text::RUA_LEGEND
                hint=tls_rpt_text::RUA_HINT
                store=state.rua
                errors=state.errors
                placeholder="tlsrpt@example.com"
            />
        </div>
    }
}

/// The TLS-RPT record, or what it still needs.
#[component]
pub fn TlsRptOutput(
    /// The form's state.
    state: TlsRptState,
) -> impl IntoView {
    view! {
        <EmptyOutput needed=Signal::derive(move || state.needed()) />
        {move || match (state.owner.get(), state.value.get()) {
            (Some(o), Some(v)) => {
                let d = o.strip_prefix("_smtp._tls.").map(str::to_string);
                view! {
                    <RecordOutput
                        kind=RecordType::TlsRpt
                        owner=Signal::derive(move || o.clone())
                        value=Signal::derive(move || v.clone())
                        domain=Signal::derive(move || d.clone())
                    />
                }
                    .into_any()
            }
            _ => ().into_any(),
        }}
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
