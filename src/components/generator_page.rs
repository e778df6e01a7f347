//! The skeleton every generator page shares: heading, introduction, the
//! form that starts with the domain field, what follows the form, and the
//! share-link button.

use super::domain_field::{Domain, DomainField};
use super::share_link_button::ShareLinkButton;
use crate::i18n::t;
use leptos::prelude::*;
use selo::Text;

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

/// A generator page: `<h1>`, the introduction, the optional [`Lead`], the
/// form (domain field, then [`Fields`]), then the children (the record,
/// notes), then the share-link button.
#[component]
pub fn GeneratorPage(
    /// The heading.
    title: Text,
    /// What the record does, in one paragraph.
    intro: Text,
    /// The domain the record is for.
    domain: Domain,
    /// More paragraphs before the form.
    #[prop(optional)]
    lead: Option<Lead>,
    /// The other fields.
    fields: Fields,
    /// What follows the form.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <h1>{t(title)}</h1>
        <p class="intro">{t(intro)}</p>
        {lead.map(|l| (l.children)())}
        <form class="gen-form" on:submit=|ev| ev.prevent_default()>
            <DomainField domain=domain />
            {(fields.children)()}
        </form>
        {children.map(|c| c())}
        <ShareLinkButton />
    }
}
