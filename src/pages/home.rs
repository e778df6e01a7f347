//! The home page: what Selo does and what you can do with it.

use crate::Page;
use crate::i18n::Text;
use crate::i18n::{home as home_text, t};
use leptos::prelude::*;

/// The messages people search for, what each means, and the page that
/// fixes it.
const TROUBLE: [(&str, Text, Page); 5] = [
    (
        "MTA-STS policy missing: STSFetchResult.NONE",
        home_text::TROUBLE_MTA_STS,
        Page::GenMtaSts,
    ),
    (
        "SPF PermError: too many DNS lookups",
        home_text::TROUBLE_SPF,
        Page::GenSpf,
    ),
    (
        "DMARC policy not enabled",
        home_text::TROUBLE_DMARC,
        Page::GenDmarc,
    ),
    (
        "DKIM signature body hash did not verify",
        home_text::TROUBLE_DKIM_BODY,
        Page::GenDkim,
    ),
    (
        "no key for signature",
        home_text::TROUBLE_DKIM_KEY,
        Page::GenDkim,
    ),
];

/// What Selo does, in a few plain lines, and the tasks.
#[component]
pub fn HomePage() -> impl IntoView {
    let trouble = TROUBLE
        .into_iter()
        .map(|(said, means, page)| {
            // The validator reads its text from the fragment.
            let explain = format!(
                "{}#{}",
                Page::Validate.href(),
                String::from(js_sys::encode_uri_component(said))
            );
            view! {
                <li class="trouble-item">
                    // The message opens the validator, which explains it.
                    <a href=explain data-testid="trouble-explain"><code>{said}</code></a>
                    " "
                    {t(means)}
                    " "
                    <a href=page.href() data-testid="trouble-fix">{t(page.title())}</a>
                </li>
            }
        })
        .collect_view();
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
        <h2 id="trouble">{t(home_text::TROUBLE)}</h2>
        <ul class="trouble" aria-labelledby="trouble">{trouble}</ul>
    }
}
