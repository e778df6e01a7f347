//! An editable list of one-line values (MX patterns, report addresses).

use super::text_field::QueryText;
use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::{fill, gen_forms as form_text, use_lang};
use leptos::html;
use leptos::prelude::*;

/// A fieldset of text inputs, one per value, each with a "Remove" button
/// and its own error, and an "Add another" button.
#[component]
pub fn ListField(
    /// Prefix of the inputs' ids: `<id>-0`, `<id>-1`...
    id: &'static str,
    /// The fieldset's legend.
    legend: Text,
    /// What the list is for.
    hint: Text,
    /// Where the rows live (one query parameter, one value a line).
    store: QueryText,
    /// Why each value is refused, in the same order (`None`: fine).
    #[prop(into)]
    errors: Signal<Vec<Option<Said>>>,
    /// Shown in empty inputs.
    #[prop(optional)]
    placeholder: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let values = Memo::new(move |_| store.rows());
    let on_change = move |v: Vec<String>| store.set_rows(&v);
    let count = Memo::new(move |_| values.with(|v| v.len().max(1)));
    let hint_id = format!("{id}-hint");
    // One reference per rendered row's input, to move the keyboard focus.
    let inputs = StoredValue::new(Vec::<NodeRef<html::Input>>::new());
    let focus_row = move |i: usize| {
        if let Some(el) = inputs.with_value(|r| r.get(i).and_then(|n| n.get_untracked())) {
            let _ = el.focus();
        }
    };
    let row = move |i: usize| {
        let input_ref = NodeRef::<html::Input>::new();
        inputs.update_value(|r| {
            if r.len() <= i {
                r.resize(i + 1, NodeRef::new());
            }
            r[i] = input_ref;
        });
        let input_id = format!("{id}-{i}");
        let error_id = format!("{id}-{i}-error");
        let error = Memo::new(move |_| errors.with(|e| e.get(i).cloned().flatten()));
        let hint_id = hint_id.clone();
        let described = {
            let e = error_id.clone();
            move || {
                if error.with(Option::is_some) {
                    format!("{e} {hint_id}")
                } else {
                    hint_id.clone()
                }
            }
        };
        let edit = move |text: String| {
            let mut v = values.get_untracked();
            v.resize(v.len().max(i + 1), String::new());
            v[i] = text;
            on_change(v);
        };
        let remove = move |_| {
            let mut v = values.get_untracked();
            if i < v.len() {
                v.remove(i);
            }
            on_change(v);
            // Keep the keyboard in the list: focus the row now in this place.
            focus_row(i.min(count.get_untracked().saturating_sub(1)));
        };
        let remove_name = move || {
            let l = lang.get();
            let item = values
                .with(|v| v.get(i).filter(|s| !s.trim().is_empty()).cloned())
                .unwrap_or_else(|| fill(form_text::ROW_N.get(l), &[("n", &(i + 1).to_string())]));
            fill(form_text::REMOVE_ROW_NAME.get(l), &[("item", &item)])
        };
        view! {
            <li class="list-row">
                <div class="list-row-line">
                    <input
                        id=input_id
                        node_ref=input_ref
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=placeholder
                        aria-label=move || {
                            format!("{} {}", legend.get(lang.get()), i + 1)
                        }
                        prop:value=move || values.with(|v| v.get(i).cloned().unwrap_or_default())
                        aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                        aria-describedby=described
                        on:input=move |ev| edit(event_target_value(&ev))
                    />
                    <button
                        type="button"
                        class="secondary"
                        aria-label=remove_name
                        on:click=remove
                        disabled=move || count.get() < 2
                    >
                        {move || form_text::REMOVE_ROW.get(lang.get())}
                    </button>
                </div>
                <p class="field-error" id=error_id hidden=move || error.with(Option::is_none)>
                    {move || error.with(|e| e.as_ref().map(|e| e.get(lang.get()).to_string()))}
                </p>
            </li>
        }
    };
    let add = move |_| {
        let mut v = values.get_untracked();
        if v.is_empty() {
            v.push(String::new());
        }
        v.push(String::new());
        let new_index = v.len() - 1;
        on_change(v);
        // The new row is rendered on the next tick.
        set_timeout(
            move || focus_row(new_index),
            std::time::Duration::from_millis(0),
        );
    };
    let hint_id2 = format!("{id}-hint");
    view! {
        <fieldset class="field list-field">
            <legend>{move || legend.get(lang.get())}</legend>
            <ul class="list-rows">
                // Rows are built again when their number changes: each row
                // reads its value by index, and the DOM nodes are kept (no
                // keyed `For`, which costs the module several KB).
                {move || (0..count.get()).map(&row).collect_view()}
            </ul>
            <button type="button" class="secondary" on:click=add>
                {move || form_text::ADD_ROW.get(lang.get())}
            </button>
            <p class="hint" id=hint_id2>
                {move || hint.get(lang.get())}
            </p>
        </fieldset>
    }
}
