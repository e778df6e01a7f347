//! The TLS-RPT generator: where sending servers send their daily TLS
//! reports.

use crate::components::{
    share_link_button::ShareLinkButton,
    text_field::{TextField, domain_field},
    tls_rpt_form::TlsRptForm,
};
use crate::i18n::{common as c, gen_forms as g, gen_tls_rpt as r, t};
use leptos::prelude::*;
use selo::DomainName;

/// The domain field of the generator pages of this group: its text (the
/// `domain` query parameter), its setter, the parsed name and its error.
pub struct DomainState {
    /// What the field holds.
    pub text: Signal<String>,
    /// Stores a new text in the query.
    pub on_input: Callback<String>,
    /// The name, when the text is one.
    pub valid: Memo<Option<DomainName>>,
    /// Why the text is not a name (nothing while the field is empty).
    pub error: Signal<Option<selo::Text>>,
}

/// The domain field's state, read by the same [`domain_field`] as the other
/// generators.
pub fn domain_state() -> DomainState {
    let (query, parsed, error) = domain_field("domain");
    DomainState {
        text: Signal::derive(move || query.get()),
        on_input: Callback::new(move |s: String| query.set(s)),
        valid: Memo::new(move |_| {
            parsed.with(|d| d.as_ref().and_then(|r| r.as_ref().ok()).cloned())
        }),
        error,
    }
}

/// The TLS-RPT generator page.
#[component]
pub fn GenTlsRptPage() -> impl IntoView {
    let DomainState {
        text,
        on_input,
        valid: domain,
        error,
    } = domain_state();
    view! {
        <h1>{t(c::GEN_TLS_RPT)}</h1>
        <p>{t(r::INTRO)}</p>
        <p>{t(r::WHO)}</p>
        <form class="gen-form" on:submit=|ev| ev.prevent_default()>
            <TextField
                id="domain"
                label=g::DOMAIN_LABEL
                hint=g::DOMAIN_HINT
                value=text
                on_input=on_input
                error=error
                placeholder="example.com"
            />
            <TlsRptForm domain=domain />
        </form>
        <p class="hint">{t(r::READ_REPORTS)}</p>
        <ShareLinkButton />
    }
}
