//! The TLS-RPT generator: where sending servers send their daily TLS
//! reports.

use crate::components::{
    share_link_button::ShareLinkButton,
    text_field::{QueryText, TextField},
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

/// The domain field's state.
pub fn domain_state() -> DomainState {
    let domain_q = QueryText::new("domain");
    let text = Signal::derive(move || domain_q.get());
    let on_input = Callback::new(move |s: String| {
        domain_q.set(s);
    });
    let parsed = Memo::new(move |_| {
        text.with(|s| {
            DomainName::try_from(s.trim().trim_end_matches('.')).map_err(|e| g::domain_error(&e))
        })
    });
    let valid = Memo::new(move |_| parsed.get().ok());
    // An empty field is not an error yet: the page says what to do instead.
    let error = Signal::derive(move || {
        if text.with(|s| s.trim().is_empty()) {
            None
        } else {
            parsed.get().err()
        }
    });
    DomainState {
        text,
        on_input,
        valid,
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
