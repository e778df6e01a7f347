//! A navigation link to one page.

use crate::Page;
use crate::i18n::t;
use leptos::prelude::*;

/// A link to a page, marked `aria-current="page"` when it is shown.
///
/// A plain `<a>` with a relative query href: the browser resolves it
/// against the document (so sub-paths work) and the router turns the click
/// into a client-side navigation. The router's `<A>` compares paths only,
/// and every page here has the same path.
#[component]
pub fn NavLink(
    /// The page to link to.
    to: Page,
    /// The page being shown.
    current: Memo<Page>,
) -> impl IntoView {
    view! {
        <a
            href=to.href()
            aria-current=move || (current.get() == to).then_some("page")
            data-testid=format!("nav-{}", if to == Page::Home { "home" } else { to.slug() })
        >
            {t(to.nav_label())}
        </a>
    }
}
