//! Entry point of the validator's module, which `index.html`'s loader
//! starts for `?page=validate`; see [`selo_web::Pages`].

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::validate::ValidatePage;

fn pages(p: Page) -> Option<AnyView> {
    (p == Page::Validate).then(|| view! { <ValidatePage /> }.into_any())
}

fn main() {
    selo_web::start(pages);
}
