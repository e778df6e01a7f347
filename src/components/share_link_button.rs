//! "Share link": copies the page's address, which holds the form's state.

use super::copy_button::{CopyState as State, copy_text};
use crate::i18n::{common as shell_text, gen_forms as form_text, use_lang};
use leptos::prelude::*;

/// A button copying `location.href` (the query holds the form's settings);
/// says "Link copied" for a while, or how to copy by hand if the browser
/// refuses.
#[component]
pub fn ShareLinkButton() -> impl IntoView {
    let lang = use_lang();
    let state = RwSignal::new(State::Idle);
    let share = move |_| copy_text(&window().location().href().unwrap_or_default(), state);
    view! {
        <div class="share-link">
            <button type="button" class="secondary" on:click=share data-testid="share-link">
                {move || {
                    if state.get() == State::Copied {
                        format!("✓ {}", form_text::SHARE_COPIED.get(lang.get()))
                    } else {
                        form_text::SHARE.get(lang.get()).to_string()
                    }
                }}
            </button>
            <span class="hint" role="status">
                {move || match state.get() {
                    State::Copied => form_text::SHARE_COPIED.get(lang.get()),
                    State::Failed => shell_text::COPY_FAILED.get(lang.get()),
                    State::Idle => "",
                }}
            </span>
            <p class="hint">{move || form_text::SHARE_HINT.get(lang.get())}</p>
        </div>
    }
}
