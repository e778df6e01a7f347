//! The home page: what Selo does and what you can do with it.

use crate::Page;
use crate::i18n::{home as h, t};
use leptos::prelude::*;

/// What Selo does, in a few plain lines, and the tasks.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1>{t(h::TITLE)}</h1>
        <p class="lead">{t(h::INTRO)}</p>
        <p>{t(h::INTRO2)}</p>
        <h2>{t(h::TASKS)}</h2>
        <ul class="tasks">
            <li class="task">
                <h3>
                    <a href=Page::Check.href()>{t(h::TASK_CHECK)}</a>
                </h3>
                <p>{t(h::TASK_CHECK_TEXT)}</p>
            </li>
            <li class="task">
                <h3>
                    <a href=Page::Validate.href()>{t(h::TASK_VALIDATE)}</a>
                </h3>
                <p>{t(h::TASK_VALIDATE_TEXT)}</p>
            </li>
            <li class="task">
                <h3>{t(h::TASK_GENERATE)}</h3>
                <p>{t(h::TASK_GENERATE_TEXT)}</p>
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
        <h2>{t(h::LATER)}</h2>
        <p>{t(h::LATER_TEXT)}</p>
    }
}
