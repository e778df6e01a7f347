//! The site header: name, navigation and language switch, built by
//! [`crate::frame::header`] (which the home page's own module uses too).

use crate::Page;
use crate::frame;
use crate::i18n::{switch_to, use_lang};
use leptos::prelude::*;
use leptos::tachys::renderer::types::Element;

/// The site header with the main navigation.
#[component]
pub fn Header(
    /// The page being shown, to mark its link as current.
    page: Memo<Page>,
) -> impl IntoView {
    let lang = use_lang();
    let build = move |el: Element| {
        frame::refill(
            &el,
            &frame::header(lang.get_untracked(), page.get_untracked()),
        );
        // Later changes: a new language rebuilds the header (the focus
        // stays on the same control); a new page only moves the mark.
        let words = el.clone();
        Effect::new(move |first: Option<()>| {
            let l = lang.get();
            if first.is_some() {
                frame::refill(&words, &frame::header(l, page.get_untracked()));
            }
        });
        Effect::new(move |first: Option<()>| {
            let p = page.get();
            if first.is_some() {
                frame::mark_current(&el, p);
            }
        });
    };
    view! {
        <header
            class="site-header"
            use:build
            on:click=move |ev| {
                if let Some(l) = frame::lang_asked(&ev) {
                    switch_to(lang, l);
                }
            }
        />
    }
}
