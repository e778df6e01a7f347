//! The home page: what Selo does and what you can do with it.

use crate::Page;
use crate::i18n::{home as home_text, t};
use leptos::prelude::*;

/// What Selo does, in a few plain lines, and the tasks.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1>{t(home_text::TITLE)}</h1>
        <p class="lead">{t(home_text::INTRO)}</p>
        <p>{t(home_text::INTRO2)}</p>
        <h2>{t(home_text::TASKS)}</h2>
        <ul class="tasks">
            <li class="task">
                <h3>
                    <a href=Page::Check.href()>{t(home_text::TASK_CHECK)}</a>
                </h3>
                <p>{t(home_text::TASK_CHECK_TEXT)}</p>
            </li>
            <li class="task">
                <h3>
                    <a href=Page::Validate.href()>{t(home_text::TASK_VALIDATE)}</a>
                </h3>
                <p>{t(home_text::TASK_VALIDATE_TEXT)}</p>
            </li>
            <li class="task">
                <h3>
                    <a href=Page::Reports.href()>{t(home_text::TASK_REPORTS)}</a>
                </h3>
                <p>{t(home_text::TASK_REPORTS_TEXT)}</p>
            </li>
            <li class="task">
                <h3>
                    <a href=Page::Analyze.href()>{t(crate::i18n::analyze::TITLE)}</a>
                </h3>
                <p>{t(crate::i18n::analyze::TASK)}</p>
            </li>
            <li class="task">
                <h3>{t(home_text::TASK_GENERATE)}</h3>
                <p>{t(home_text::TASK_GENERATE_TEXT)}</p>
                <ul class="task-links">
                    {Page::GENERATORS
                        .into_iter()
                        .map(|p| view! {
                            <li>
                                <a href=p.href()>{t(p.title())}</a>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </li>
        </ul>
    }
}
