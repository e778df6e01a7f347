//! Entry point of the DKIM generator's module (with the key generation),
//! which `index.html`'s loader starts for `?page=dkim`; see
//! [`selo_web::Pages`].

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::gen_dkim::GenDkimPage;

fn pages(p: Page) -> Option<AnyView> {
    (p == Page::GenDkim).then(|| view! { <GenDkimPage /> }.into_any())
}

fn main() {
    selo_web::start(pages);
}
