//! The skeleton every generator page shares: heading, introduction, the
//! form that starts with the domain field, what follows the form, the
//! output panel (beside the form on wide screens, sticky while the form
//! scrolls; after the form on phones, with a bar at the bottom of the
//! screen that leads to it), and the share-link button.

use super::copy_button::CopyButton;
use super::domain_field::{Domain, DomainField};
use super::share_link_button::ShareLinkButton;
use crate::Page;
use crate::i18n::Text;
use crate::i18n::{common as shell_text, fill, t, use_lang};
use leptos::prelude::*;

/// Paragraphs between the introduction and the form.
#[slot]
pub struct Lead {
    children: Children,
}

/// The form's fields after the domain field.
#[slot]
pub struct Fields {
    children: Children,
}

/// The output panel: what to publish, in the column beside the form.
#[slot]
pub struct Output {
    /// The main value to copy from the phone's bottom bar, `None` while
    /// there is nothing to publish yet.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// What that value is, for the copy button's name.
    what: Text,
    children: Children,
}

/// The id of the output panel, the target of the phone bar's link.
pub const OUTPUT_ID: &str = "output";

/// Brings the output panel into view and moves the keyboard focus to it,
/// after an explicit action (a roll-out stage, a generated key).
pub fn show_output() {
    // The view updates on the next tick.
    set_timeout(
        || {
            if let Some(el) = document().get_element_by_id(OUTPUT_ID) {
                el.scroll_into_view();
                if let Some(h) =
                    el.query_selector("h2, h3").ok().flatten().and_then(|h| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok()
                    })
                {
                    let _ = h.set_attribute("tabindex", "-1");
                    let _ = h.focus();
                }
            }
        },
        std::time::Duration::from_millis(0),
    );
}

/// A generator page: `<h1>`, the introduction, the optional [`Lead`], the
/// form (domain field, then [`Fields`]), then the children (notes under the
/// form), the [`Output`] panel with the next step (the next generator in
/// [`selo::handoff::ORDER`], for the same domain), and the share-link
/// button.
#[component]
pub fn GeneratorPage(
    /// The page (its title is the heading).
    page: Page,
    /// What the record does, in one paragraph.
    intro: Text,
    /// The domain the record is for.
    domain: Domain,
    /// More paragraphs before the form.
    #[prop(optional)]
    lead: Option<Lead>,
    /// The other fields.
    fields: Fields,
    /// What to publish.
    output: Output,
    /// What follows the form.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let Output {
        value,
        what,
        children: out,
    } = output;
    let lang = use_lang();
    let name = domain.name();
    let next = selo::handoff::next(page.slug()).map(Page::from_slug);
    let next_step = next.map(|n| {
        let href = move || match name.get() {
            Some(d) => format!("{}&domain={d}", n.href()),
            None => n.href(),
        };
        let label = move || {
            let l = lang.get();
            let (said, d) = match name.get() {
                Some(d) => (shell_text::NEXT_STEP, d),
                None => (shell_text::NEXT_STEP_PLAIN, String::new()),
            };
            fill(said.get(l), &[("page", n.title().get(l)), ("domain", &d)])
        };
        view! {
            <p class="next-step">
                <a href=href data-testid="next-step">{label}</a>
            </p>
        }
    });
    view! {
        <h1>{t(page.title())}</h1>
        <p class="intro">{t(intro)}</p>
        <div class="gen-layout">
            <div class="gen-main">
                {lead.map(|l| (l.children)())}
                <form class="gen-form" on:submit=|ev| ev.prevent_default()>
                    <DomainField domain=domain />
                    {(fields.children)()}
                </form>
                {children.map(|c| c())}
            </div>
            <div class="gen-output" id=OUTPUT_ID>
                {out()}
                {next_step}
            </div>
        </div>
        <OutputBar value=value what=what />
        <ShareLinkButton />
    }
}

/// The phone's bar at the bottom of the screen: a button that brings the
/// output panel into view, and the value's copy button (disabled while
/// there is nothing to publish).
#[component]
fn OutputBar(value: Signal<Option<String>>, what: Text) -> impl IntoView {
    let copy_value = Signal::derive(move || value.get().unwrap_or_default());
    let empty = Signal::derive(move || value.with(Option::is_none));
    view! {
        <div class="output-bar" data-testid="output-bar">
            <button type="button" class="linklike output-bar-link" on:click=|_| show_output()>
                {t(shell_text::SEE_RECORD)}
            </button>
            <CopyButton text=copy_value what=what disabled=empty />
        </div>
    }
}
