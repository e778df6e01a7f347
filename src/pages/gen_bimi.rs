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
use crate::i18n::{Said, Text};
use crate::i18n::{common as shell_text, gen_bimi as bimi_text, t, use_lang};
use leptos::prelude::*;
use selo::RecordType;
use selo::bimi::{self, Bimi, HttpsUrl, Selector};

/// A URL field of the form (the logo, the certificate), bound to its query
/// value, with its label and hint, the reason it is refused, and an example.
fn url_field(
    id: &'static str,
    (label, hint): (Text, Text),
    store: QueryText,
    error: Signal<Option<Said>>,
    placeholder: &'static str,
) -> impl IntoView {
    view! {
        <TextField
            id=id
            label=label
            hint=hint
            value=Signal::derive(move || store.get())
            on_input=Callback::new(move |v| store.set(v))
            error=error
            placeholder=placeholder
            kind="url"
        />
    }
}

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

    // (A memo and an `Option` rather than `Show`, which costs the module
    // more.)
    let has_record = Memo::new(move |_| record.with(Option::is_some));
    view! {
        <GeneratorPage page=crate::Page::GenBimi intro=bimi_text::INTRO domain=field>
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
                    {url_field("bimi-logo", (bimi_text::LOGO_LABEL, bimi_text::LOGO_HINT), logo, logo_err, "https://example.com/brand/logo.svg")}
                    {url_field("bimi-cert", (bimi_text::VMC_LABEL, bimi_text::VMC_HINT), cert, cert_err, "https://example.com/brand/vmc.pem")}
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
                {move || {
                    has_record
                        .get()
                        .then(|| view! { <RecordOutput kind=RecordType::Bimi owner=owner value=value domain=field.name() /> })
                }}
            </Output>
        </GeneratorPage>
    }
}
