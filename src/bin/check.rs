//! Entry point of the Check page's module, which `index.html`'s loader
//! starts for `?page=check`; see [`selo_web::Pages`]. The page starts the
//! engine worker (`crates/selo-worker`) for each check.

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::check::CheckPage;

fn pages(p: Page) -> Option<AnyView> {
    (p == Page::Check).then(|| view! { <CheckPage /> }.into_any())
}

fn main() {
    selo_web::start(pages);
}
