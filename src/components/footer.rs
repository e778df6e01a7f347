//! The site footer. The app's modules show it live; the build writes it
//! into the home page's static HTML from this same component
//! ([`crate::frame`]).

use crate::i18n::{common as shell_text, t};
use leptos::prelude::*;

/// The footer: Selo's promise that nothing leaves the browser.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t(shell_text::FOOTER)} " " {t(shell_text::FOOTER_OFFLINE)}</p>
        </footer>
    }
}
