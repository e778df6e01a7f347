//! A labelled checkbox bound to a yes/no query value, with its hint.

use super::text_field::QueryFlag;
use crate::i18n::Text;
use crate::i18n::t;
use leptos::prelude::*;

/// `<input type="checkbox">` in its label, and a hint under it.
#[component]
pub fn CheckField(
    /// The input's `id`; the hint is `<id>-hint`.
    id: &'static str,
    /// The label.
    label: Text,
    /// What ticking it does.
    hint: Text,
    /// Where the value lives.
    flag: QueryFlag,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label class="choice">
                <input
                    id=id
                    type="checkbox"
                    aria-describedby=hint_id.clone()
                    prop:checked=move || flag.get()
                    on:change=move |ev| flag.set(event_target_checked(&ev))
                />
                {t(label)}
            </label>
            <p class="hint" id=hint_id>{t(hint)}</p>
        </div>
    }
}
