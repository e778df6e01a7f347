//! The home page: what Selo does and what you can do with it, built by
//! [`crate::frame::home`] (which the home page's own module uses too).

use crate::frame;
use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos::tachys::renderer::types::Element;

/// The home page inside the whole app (after a navigation from a tool).
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let build = move |el: Element| {
        frame::refill(&el, &frame::home(lang.get_untracked()));
        Effect::new(move |first: Option<()>| {
            let l = lang.get();
            if first.is_some() {
                frame::refill(&el, &frame::home(l));
            }
        });
    };
    view! { <div class="home" use:build /> }
}
