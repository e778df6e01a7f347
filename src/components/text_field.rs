//! A labelled one-line text field with its hint and its error.

use crate::i18n::use_lang;
use leptos::prelude::*;
use selo::Text;

/// `<label>`, `<input>`, a hint under it and, when the value is refused, the
/// error (tied to the input with `aria-invalid` and `aria-describedby`).
#[component]
pub fn TextField(
    /// The input's `id`; the hint is `<id>-hint`, the error `<id>-error`.
    id: &'static str,
    /// The label.
    label: Text,
    /// What the field does, its default, when to change it.
    hint: Text,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// Why the value is refused, if it is.
    #[prop(into)]
    error: Signal<Option<Text>>,
    /// Shown in the empty field.
    #[prop(optional)]
    placeholder: &'static str,
    /// The `inputmode`/`type` hint, `text` unless set.
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            if error.with(Option::is_some) {
                format!("{e} {h}")
            } else {
                h.clone()
            }
        }
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get(lang.get())}</label>
            <input
                id=id
                type=kind
                autocomplete="off"
                spellcheck="false"
                placeholder=placeholder
                prop:value=move || value.get()
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            <p class="field-error" id=error_id hidden=move || error.with(Option::is_none)>
                {move || error.get().map(|e| e.get(lang.get()))}
            </p>
            <p class="hint" id=hint_id>
                {move || hint.get(lang.get())}
            </p>
        </div>
    }
}

/// A form field kept in the URL query (`?page=...&<key>=...`), so the page
/// can be shared as a link. Edits replace the history entry: typing is not
/// navigation.
pub fn query_field(
    key: &'static str,
) -> (
    Memo<Option<String>>,
    leptos::prelude::SignalSetter<Option<String>>,
) {
    leptos_router::hooks::query_signal_with_options::<String>(
        key,
        leptos_router::NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        },
    )
}
