//! A labelled one-line text field with its hint and its error.

use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::use_lang;
use leptos::prelude::*;

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
    error: Signal<Option<Said>>,
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
                {move || error.with(|e| e.as_ref().map(|e| e.get(lang.get()).to_string()))}
            </p>
            <p class="hint" id=hint_id>
                {move || hint.get(lang.get())}
            </p>
        </div>
    }
}

/// One form value kept in the URL query (`?page=dmarc&p=reject`), so a filled
/// form can be shared as a link. Typing replaces the history entry instead of
/// adding one: typing is not navigation. An empty value removes the parameter.
#[derive(Clone, Copy)]
pub struct QueryText {
    value: Memo<Option<String>>,
    set: SignalSetter<Option<String>>,
}

impl QueryText {
    /// The parameter `key`.
    pub fn new(key: &'static str) -> Self {
        let (value, set) = leptos_router::hooks::query_signal_with_options::<String>(
            key,
            leptos_router::NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
        QueryText { value, set }
    }

    /// The value, `None` when absent (for a default other than `""`).
    pub fn param(&self) -> Option<String> {
        self.value.get()
    }

    /// The value, or `""` when absent.
    pub fn get(&self) -> String {
        self.value.get().unwrap_or_default()
    }

    /// The value without tracking it.
    pub fn get_untracked(&self) -> String {
        self.value.get_untracked().unwrap_or_default()
    }

    /// Sets the value (`""` or `None` removes it from the URL).
    pub fn set(&self, v: impl Into<Option<String>>) {
        self.set.set(v.into().filter(|v| !v.is_empty()));
    }

    /// The value as rows (one per line); at least one row.
    pub fn rows(&self) -> Vec<String> {
        let v = self.get();
        if v.is_empty() {
            vec![String::new()]
        } else {
            v.split('\n').map(str::to_string).collect()
        }
    }

    /// Stores rows, one per line (a single empty row removes the parameter;
    /// several empty rows are kept, so "Add another" works on an empty list).
    pub fn set_rows(&self, rows: &[String]) {
        if rows.iter().all(|r| r.is_empty()) && rows.len() <= 1 {
            self.set(String::new());
        } else {
            self.set(rows.join("\n"));
        }
    }

    /// Each row's error by `check` (called on the trimmed, non-empty rows).
    pub fn row_errors(self, check: fn(&str) -> Option<Said>) -> Signal<Vec<Option<Said>>> {
        Signal::derive(move || {
            self.rows()
                .iter()
                .map(|r| Some(r.trim()).filter(|r| !r.is_empty()).and_then(check))
                .collect()
        })
    }
}

/// The non-empty, trimmed rows of a list.
pub fn filled(rows: &[String]) -> impl Iterator<Item = &str> {
    rows.iter().map(|r| r.trim()).filter(|r| !r.is_empty())
}

/// A yes/no form value kept in the URL query: `key=<word>` while set,
/// absent otherwise. Pages read and write a `bool`; the word is written
/// in one place.
#[derive(Clone, Copy)]
pub struct QueryFlag {
    text: QueryText,
    word: &'static str,
}

impl QueryFlag {
    /// The parameter `key`, written as `key=1`.
    pub fn new(key: &'static str) -> Self {
        QueryFlag::with_word(key, "1")
    }

    /// The parameter `key`, written as `key=<word>` (DMARC's `t=y`, so the
    /// link reads like the tag).
    pub fn with_word(key: &'static str, word: &'static str) -> Self {
        QueryFlag {
            text: QueryText::new(key),
            word,
        }
    }

    /// True while set.
    pub fn get(&self) -> bool {
        self.text.get() == self.word
    }

    /// Sets or clears the value.
    pub fn set(&self, on: bool) {
        self.text.set(on.then(|| self.word.to_string()));
    }
}
