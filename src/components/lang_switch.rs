//! The language switch.

use crate::i18n::{common as shell_text, t, use_lang};
use leptos::prelude::*;
use selo::Lang;

/// Two buttons, English and Português; the current one is pressed.
///
/// Portuguese switches once its words are fetched ([`crate::i18n::switch_to`]).
/// The choice is kept in `localStorage` and sets `<html lang>` (see
/// [`crate::i18n::provide_lang`]).
#[component]
pub fn LangSwitch() -> impl IntoView {
    let lang = use_lang();
    let button = move |l: Lang, name: &'static str| {
        view! {
            <button
                type="button"
                lang=l.tag()
                aria-pressed=move || if lang.get() == l { "true" } else { "false" }
                on:click=move |_| crate::i18n::switch_to(lang, l)
            >
                {name}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=t(shell_text::LANG_LABEL)>
            {button(Lang::En, "English")}
            {button(Lang::Pt, "Português")}
        </div>
    }
}
