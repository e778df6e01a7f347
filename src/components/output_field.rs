//! One row of a generator's output: a label, the text and its copy button.

use super::copy_button::CopyButton;
use crate::i18n::Text;
use crate::i18n::t;
use leptos::prelude::*;

/// `<dt>` label and `<dd>` with the text in `<code>` and a copy button
/// (named after the label), and whatever `children` add under them.
#[component]
pub fn OutputField(
    /// The label, also what the copy button says it copies.
    label: Text,
    /// The text shown and copied.
    #[prop(into)]
    value: Signal<String>,
    /// The `data-testid` of the `<code>`, if any.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// True while the text still holds a placeholder (`<your domain>`):
    /// the copy button is disabled, so nobody publishes the placeholder.
    #[prop(optional, into)]
    unfinished: Signal<bool>,
    /// More under the text, like a hint.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="output-field">
            <dt>{t(label)}</dt>
            <dd>
                <code data-testid=testid class:placeholder=move || unfinished.get()>
                    {move || value.get()}
                </code>
                <CopyButton text=value what=label disabled=unfinished />
                {children.map(|c| c())}
            </dd>
        </div>
    }
}
