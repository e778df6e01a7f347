//! The site header: name, navigation and language switch. The app's
//! modules show it live; the build writes it into the home page's static
//! HTML from this same component ([`crate::frame`]).

use crate::Page;
use crate::i18n::{Lang, common as shell_text, switch_to, t, use_lang};
use leptos::prelude::*;

/// The `data-testid` of `p`'s link in the navigation.
fn nav_test_id(p: Page) -> String {
    format!("nav-{}", if p == Page::Home { "home" } else { p.slug() })
}

/// The site header with the main navigation, `page`'s link marked as the
/// current one.
#[component]
pub fn Header(
    /// The page being shown.
    page: Memo<Page>,
) -> impl IntoView {
    let lang = use_lang();
    // Plain links with a relative query href: the browser resolves them
    // against the document (so sub-paths work), and in the app the router
    // turns a click into a client-side navigation.
    let link = move |to: Page| {
        view! {
            <li>
                <a
                    href=to.href()
                    data-testid=nav_test_id(to)
                    aria-current=move || (page.get() == to).then_some("page")
                >
                    {t(to.nav_label())}
                </a>
            </li>
        }
    };
    let lang_button = move |b: Lang, name: &'static str| {
        view! {
            <button
                type="button"
                lang=b.tag()
                aria-pressed=move || if lang.get() == b { "true" } else { "false" }
                on:click=move |_| switch_to(lang, b)
            >
                {name}
            </button>
        }
    };
    view! {
        <header class="site-header">
            <a class="brand" href=Page::Home.href()>
                "Selo"
            </a>
            <nav aria-label=t(shell_text::NAV_LABEL)>
                <ul class="nav-list">
                    {[Page::Home, Page::Validate, Page::Check, Page::Reports, Page::Analyze]
                        .into_iter()
                        .map(link)
                        .collect_view()}
                    <li class="nav-group">
                        <span class="nav-group-label" id="nav-generate">
                            {t(shell_text::NAV_GENERATE)}
                        </span>
                        <ul class="nav-list" aria-labelledby="nav-generate">
                            {Page::GENERATORS.iter().copied().map(link).collect_view()}
                        </ul>
                    </li>
                </ul>
            </nav>
            <div class="lang-switch" role="group" aria-label=t(shell_text::LANG_LABEL)>
                {lang_button(Lang::En, "English")}
                {lang_button(Lang::Pt, "Português")}
            </div>
        </header>
    }
}
