//! The notices under a generator's form: fields left out of the record,
//! and the domain still needed for the owner name.

use super::domain_field::Domain;
use crate::i18n::{gen_forms as form_text, t};
use leptos::prelude::*;

/// "Some fields are left out" while `left_out`, and "type your domain"
/// while the domain field holds no usable name.
#[component]
pub fn FormNotices(
    /// True while some field's value is refused and left out of the record.
    #[prop(into)]
    left_out: Signal<bool>,
    /// The page's domain.
    domain: Domain,
) -> impl IntoView {
    view! {
        <Show when=move || left_out.get()>
            <p class="notice" role="status">{t(form_text::LEFT_OUT)}</p>
        </Show>
        <Show when=move || !domain.is_valid()>
            <p class="notice">{t(form_text::DOMAIN_NEEDED)}</p>
        </Show>
    }
}
