//! A button that copies a text to the clipboard.

use crate::i18n::Text;
use crate::i18n::{common as shell_text, use_lang};
use leptos::prelude::*;

/// Where a copy stands, for the button's label and its status line.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CopyState {
    /// Nothing copied lately.
    Idle,
    /// Copied; shown for a few seconds.
    Copied,
    /// The browser refused (no permission, no secure context).
    Failed,
}

use CopyState as State;

/// Writes `text` to the clipboard and reports the outcome in `state`, which
/// falls back to `Idle` after a few seconds.
pub fn copy_text(text: &str, state: RwSignal<CopyState>) {
    let promise = window().navigator().clipboard().write_text(text);
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        state.set(if ok { State::Copied } else { State::Failed });
        set_timeout(
            move || state.set(State::Idle),
            std::time::Duration::from_millis(2500),
        );
    });
}

/// Copies `text` with `navigator.clipboard` and shows "Copied" for a while
/// (or, if the browser refuses, how to copy by hand).
#[component]
pub fn CopyButton(
    /// What to copy.
    #[prop(into)]
    text: Signal<String>,
    /// What is being copied, for the button's accessible name ("Copy Value").
    what: Text,
    /// True while there is nothing worth copying (a placeholder).
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let state = RwSignal::new(State::Idle);
    let copy = move |_| copy_text(&text.get_untracked(), state);
    view! {
        <button
            type="button"
            class="copy-button"
            class:copied=move || state.get() == State::Copied
            disabled=move || disabled.get()
            aria-label=move || format!("{} {}", shell_text::COPY.get(lang.get()), what.get(lang.get()))
            on:click=copy
        >
            {move || match state.get() {
                State::Copied => format!("✓ {}", shell_text::COPIED.get(lang.get())),
                _ => shell_text::COPY.get(lang.get()).to_string(),
            }}
        </button>
        <span class="copy-status" role="status">
            {move || match state.get() {
                State::Copied => shell_text::COPIED.get(lang.get()),
                State::Failed => shell_text::COPY_FAILED.get(lang.get()),
                State::Idle => "",
            }}
        </span>
    }
}
