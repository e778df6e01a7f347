//! The site footer.

use crate::i18n::{common as c, t};
use leptos::prelude::*;

/// The footer: Selo's promise that nothing leaves the browser.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t(c::FOOTER)} " " {t(c::FOOTER_OFFLINE)}</p>
        </footer>
    }
}
