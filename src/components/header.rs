//! The site header: name, navigation and language switch.

use super::{lang_switch::LangSwitch, nav_link::NavLink};
use crate::Page;
use crate::i18n::{common as shell_text, t};
use leptos::prelude::*;

/// The site header with the main navigation.
#[component]
pub fn Header(
    /// The page being shown, to mark its link as current.
    page: Memo<Page>,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href=Page::Home.href()>
                "Selo"
            </a>
            <nav aria-label=t(shell_text::NAV_LABEL)>
                <ul class="nav-list">
                    <li>
                        <NavLink to=Page::Home current=page />
                    </li>
                    <li>
                        <NavLink to=Page::Validate current=page />
                    </li>
                    <li>
                        <NavLink to=Page::Check current=page />
                    </li>
                    <li>
                        <NavLink to=Page::Reports current=page />
                    </li>
                    <li>
                        <NavLink to=Page::Analyze current=page />
                    </li>
                    <li class="nav-group">
                        <span class="nav-group-label" id="nav-generate">
                            {t(shell_text::NAV_GENERATE)}
                        </span>
                        <ul class="nav-list" aria-labelledby="nav-generate">
                            {Page::GENERATORS
                                .into_iter()
                                .map(|p| view! {
                                    <li>
                                        <NavLink to=p current=page />
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                    </li>
                </ul>
            </nav>
            <LangSwitch />
        </header>
    }
}
