//! "Share link": copies the page's address, which holds the form's state.

use crate::i18n::{gen_forms as g, use_lang};
use leptos::prelude::*;

/// A button copying `location.href` (the query holds the form's settings).
#[component]
pub fn ShareLinkButton() -> impl IntoView {
    let lang = use_lang();
    let copied = RwSignal::new(false);
    let share = move |_| {
        let href = window().location().href().unwrap_or_default();
        let promise = window().navigator().clipboard().write_text(&href);
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(true);
                set_timeout(
                    move || copied.set(false),
                    std::time::Duration::from_millis(2500),
                );
            }
        });
    };
    view! {
        <div class="share-link">
            <button type="button" class="secondary" on:click=share data-testid="share-link">
                {move || {
                    if copied.get() {
                        format!("✓ {}", g::SHARE_COPIED.get(lang.get()))
                    } else {
                        g::SHARE.get(lang.get()).to_string()
                    }
                }}
            </button>
            <span class="hint" role="status">
                {move || if copied.get() { g::SHARE_COPIED.get(lang.get()) } else { "" }}
            </span>
            <p class="hint">{move || g::SHARE_HINT.get(lang.get())}</p>
        </div>
    }
}
