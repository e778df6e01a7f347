//! The BIMI generator: logo and certificate locations, or a declination.
//!
//! The form lives in the query (`?page=bimi&domain=...&logo=...`); the
//! record is built with the engine's [`Bimi`] model and written by its
//! `Display`.

use crate::Page;
use crate::components::record_output::{EmptyOutput, RecordOutput};
use crate::components::{
    check_field::CheckField,
    domain_field::Domain,
    form_notices::FormNotices,
    generator_page::{Fields, GeneratorPage, Lead, Output},
    text_field::{QueryFlag, QueryText, TextField},
};
use crate::i18n::Said;
use crate::i18n::{common as shell_text, gen_bimi as bimi_text, t, use_lang};
use leptos::prelude::*;
use selo::RecordType;
use selo::bimi::{self, Bimi, HttpsUrl, Selector};

/// The BIMI generator page.
#[component]
pub fn GenBimiPage() -> impl IntoView {
    let lang = use_lang();
    let field = Domain::from_query();
    let parsed_domain = field.parsed;
    let selector = QueryText::new("selector");
    let logo = QueryText::new("logo");
    let cert = QueryText::new("cert");
    let decline = QueryFlag::new("decline");

    let parsed_selector = Memo::new(move |_| {
        let s = selector.get();
        let s = s.trim();
        if s.is_empty() {
            Ok(bimi::default_selector())
        } else {
            Selector::try_from(s)
        }
    });
    let selector_err =
        Signal::derive(move || parsed_selector.get().err().map(|e| Said::engine(&e)));
    let url = |q: QueryText| {
        Memo::new(move |_| {
            let v = q.get();
            let v = v.trim();
            (!v.is_empty()).then(|| HttpsUrl::try_from(v))
        })
    };
    let logo_url = url(logo);
    let cert_url = url(cert);
    let declining = Memo::new(move |_| decline.get());
    let logo_err = Signal::derive(move || {
        (!declining.get() && matches!(logo_url.get(), Some(Err(_))))
            .then(|| bimi_text::BAD_URL.into())
    });
    let cert_err = Signal::derive(move || {
        (!declining.get() && matches!(cert_url.get(), Some(Err(_))))
            .then(|| bimi_text::BAD_URL.into())
    });

    let record = Memo::new(move |_| {
        if declining.get() {
            return Some(Bimi::declination());
        }
        let l = logo_url.get()?.ok()?;
        let b = Bimi::logo(l);
        Some(match cert_url.get() {
            Some(Ok(a)) => b.with_evidence(a),
            _ => b,
        })
    });
    let value = Signal::derive(move || record.get().map(|r| r.to_string()).unwrap_or_default());
    let owner = Signal::derive(move || match (parsed_domain.get(), parsed_selector.get()) {
        (Some(Ok(d)), Ok(s)) => bimi::owner_name(&s, &d)
            .map(|o| o.to_string())
            .unwrap_or_else(|e| Said::engine(&e).get(lang.get()).to_string()),
        _ => bimi_text::OWNER_PLACEHOLDER.get(lang.get()).to_string(),
    });
    let left_out = Memo::new(move |_| !declining.get() && matches!(cert_url.get(), Some(Err(_))));

    view! {
        <GeneratorPage title=shell_text::GEN_BIMI intro=bimi_text::INTRO domain=field>
            <Lead slot>
                <p>
                    <a href=Page::GenDmarc.href()>{t(bimi_text::DMARC_LINK)}</a>
                </p>
            </Lead>
            <Fields slot>
                <TextField
                    id="bimi-selector"
                    label=bimi_text::SELECTOR_LABEL
                    hint=bimi_text::SELECTOR_HINT
                    value=Signal::derive(move || selector.get())
                    on_input=Callback::new(move |v| selector.set(v))
                    error=selector_err
                    placeholder="default"
                />
                <CheckField
                    id="bimi-decline"
                    label=bimi_text::DECLINE_LABEL
                    hint=bimi_text::DECLINE_HINT
                    flag=decline
                />
                <fieldset class="plain" prop:disabled=move || declining.get()>
                    <TextField
                        id="bimi-logo"
                        label=bimi_text::LOGO_LABEL
                        hint=bimi_text::LOGO_HINT
                        value=Signal::derive(move || logo.get())
                        on_input=Callback::new(move |v| logo.set(v))
                        error=logo_err
                        placeholder="https://example.com/brand/logo.svg"
                        kind="url"
                    />
                    <TextField
                        id="bimi-cert"
                        label=bimi_text::VMC_LABEL
                        hint=bimi_text::VMC_HINT
                        value=Signal::derive(move || cert.get())
                        on_input=Callback::new(move |v| cert.set(v))
                        error=cert_err
                        placeholder="https://example.com/brand/vmc.pem"
                        kind="url"
                    />
                </fieldset>
            </Fields>
            <FormNotices left_out=left_out />
            <Output slot value=Signal::derive(move || record.with(|r| r.as_ref().map(ToString::to_string))) what=shell_text::OUT_VALUE>
                <EmptyOutput needed=Signal::derive(move || {
                    let mut n = field.needed();
                    if record.with(Option::is_none) {
                        n.push(bimi_text::NEED_LOGO);
                    }
                    n
                }) />
                <Show when=move || record.with(Option::is_some)>
                    <RecordOutput kind=RecordType::Bimi owner=owner value=value domain=field.name() />
                </Show>
            </Output>
        </GeneratorPage>
    }
}
