//! The site footer, built by [`crate::frame::footer`] (which the home
//! page's own module uses too).

use crate::dom::fill;
use crate::frame;
use crate::i18n::use_lang;
use leptos::prelude::*;
use leptos::tachys::renderer::types::Element;

/// The footer: Selo's promise that nothing leaves the browser.
#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    let build = move |el: Element| {
        fill(&el, &frame::footer(lang.get_untracked()));
        Effect::new(move |first: Option<()>| {
            let l = lang.get();
            if first.is_some() {
                fill(&el, &frame::footer(l));
            }
        });
    };
    view! { <footer class="site-footer" use:build /> }
}
