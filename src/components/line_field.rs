//! A one-line text field of a form that only reads its value on submit
//! (the Check and Analyze pages): its label, the input and the hint it is
//! described by.

use crate::i18n::{Text, t};
use leptos::prelude::*;

/// `<label>`, `<input>` bound to `value`, and the hint `<id>-hint`.
#[component]
pub fn LineField(
    id: &'static str,
    label: Text,
    hint: Text,
    placeholder: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                placeholder=placeholder
                aria-describedby=hint_id.clone()
                prop:value=value
                on:input:target=move |ev| value.set(ev.target().value())
            />
            <p class="hint" id=hint_id>{t(hint)}</p>
        </div>
    }
}
