//! A `<select>` kept in the URL query, with its label and hint.

use super::text_field::QueryText;
use crate::i18n::{Text, t};
use leptos::prelude::*;

/// A labelled `<select>` bound to a query value: choosing `default` removes
/// the value from the URL. The caller renders the `<option>`s (and which is
/// selected).
#[component]
pub fn QuerySelect(
    /// The select's `id`; the hint is `<id>-hint`.
    id: &'static str,
    /// The label.
    label: Text,
    /// What the choice does.
    hint: Text,
    /// Where the choice lives in the URL.
    store: QueryText,
    /// The value written as no value at all (`""` unless set).
    #[prop(optional)]
    default: &'static str,
    /// The `<option>` elements.
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <select
                id=id
                aria-describedby=hint_id.clone()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    store.set((v != default).then_some(v));
                }
            >
                {children()}
            </select>
            <p class="hint" id=hint_id>{t(hint)}</p>
        </div>
    }
}
