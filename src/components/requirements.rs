//! The sender-requirements checklist (what Gmail, Yahoo and Outlook.com
//! ask), as the engine worker and the analyzer send it: on the Check and
//! Analyze pages.

use leptos::prelude::*;
use selo_boundary::analysis::Checklist;

/// The sender-requirements checklist: a table of rules by provider.
#[component]
pub fn Requirements(list: Checklist, class: &'static str) -> impl IntoView {
    let rows = list
        .rows
        .into_iter()
        .map(|r| {
            let cells = r
                .cells
                .into_iter()
                .map(|c| match c.status {
                    Some(s) => view! {
                        <td data-kind=c.provider>
                            <span class=format!("result result-{s}") data-status=s>{c.word}</span>
                        </td>
                    }
                    .into_any(),
                    None => {
                        view! { <td data-kind=c.provider data-status="not-asked">{c.word}</td> }
                            .into_any()
                    }
                })
                .collect_view();
            let fix = r.fix.map(|(text, l)| {
                view! {
                    <p class="requirements-fix">
                        {text}
                        {l.map(|l| view! { " " <a href=l.href>{l.text}</a> })}
                    </p>
                }
            });
            let asks = r
                .asks
                .into_iter()
                .map(|a| {
                    view! {
                        <li>
                            <strong>{a.provider}</strong>
                            ": "
                            {a.asks}
                            " "
                            <a href=a.href rel="noopener noreferrer" target="_blank">{a.host}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <tr id=r.id data-kind=r.kind data-status=r.status>
                    <th scope="row">{r.name}</th>
                    {cells}
                    <td>
                        <p>{r.seen}</p>
                        {fix}
                        <details>
                            <summary>{r.asks_title}</summary>
                            <ul>{asks}</ul>
                        </details>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class=class data-kind="requirements">
            <h3>{list.title}</h3>
            <p>{list.intro}</p>
            <div class="table-scroll">
                <table class="requirements">
                    <thead>
                        <tr>{list.heads.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="hint">{list.sources}</p>
        </section>
    }
}
