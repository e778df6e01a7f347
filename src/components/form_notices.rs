//! The notice under a generator's form when fields are left out of the
//! record.

use crate::i18n::{gen_forms as form_text, t};
use leptos::prelude::*;

/// "Some fields are left out" while `left_out`.
#[component]
pub fn FormNotices(
    /// True while some field's value is refused and left out of the record.
    #[prop(into)]
    left_out: Signal<bool>,
) -> impl IntoView {
    // Hidden rather than removed (`Show` costs each module more).
    view! {
        <p class="notice" role="status" hidden=move || !left_out.get()>
            {t(form_text::LEFT_OUT)}
        </p>
    }
}
