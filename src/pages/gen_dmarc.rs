//! The Dmarc generator page.
//!
//! TEMPORARY: only the heading and a pointer to the validator, so the
//! navigation works; the generator itself (with `RecordOutput`) replaces
//! this file once the engine's generate module lands.

use crate::i18n::{common as c, t};
use leptos::prelude::*;

/// The Dmarc generator (not written yet).
#[component]
pub fn GenDmarcPage() -> impl IntoView {
    view! {
        <h1>{t(c::GEN_DMARC)}</h1>
        <p>
            {t(c::GEN_PENDING)} " "
            <a href=crate::Page::Validate.href()>{t(c::NAV_VALIDATE)}</a>
        </p>
    }
}
