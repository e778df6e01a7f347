//! The site footer.

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
