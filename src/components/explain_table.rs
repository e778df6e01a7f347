//! A record explained tag by tag.

use crate::i18n::{t, use_lang, validate as validate_text};
use leptos::prelude::*;
use selo::shown::ShownRow;

/// A table of the record's tags: tag, value, what it means, default.
#[component]
pub fn ExplainTable(
    /// The engine's explanation of a valid record.
    #[prop(into)]
    rows: Signal<Vec<ShownRow>>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="table-scroll">
            <table class="explain">
                <caption>{t(validate_text::EXPLAIN)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(validate_text::COL_TAG)}</th>
                        <th scope="col">{t(validate_text::COL_VALUE)}</th>
                        <th scope="col">{t(validate_text::COL_MEANING)}</th>
                        <th scope="col">{t(validate_text::COL_DEFAULT)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let l = lang.get();
                        rows.get()
                            .into_iter()
                            .map(|e| {
                                let no_default = e.default.is_none();
                                view! {
                                <tr>
                                    <th scope="row"><code>{e.tag}</code></th>
                                    <td data-label=validate_text::COL_VALUE.get(l)><code>{e.value}</code></td>
                                    <td data-label=validate_text::COL_MEANING.get(l)>
                                        {e.meaning.get(l).to_string()}
                                        {e.value_meaning.map(|m| view! { " " <em>{m.get(l).to_string()}</em> })}
                                    </td>
                                    <td data-label=validate_text::COL_DEFAULT.get(l) class:empty=no_default>
                                        {e.default.map(|d| view! { <code>{d.get(l).to_string()}</code> })}
                                    </td>
                                </tr>
                            }})
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
