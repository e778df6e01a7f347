//! Entry point of the Reports page's module, which `index.html`'s loader
//! starts for `?page=reports`; see [`selo_web::Pages`].

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::reports::ReportsPage;

fn pages(p: Page) -> Option<AnyView> {
    (p == Page::Reports).then(|| view! { <ReportsPage /> }.into_any())
}

fn main() {
    selo_web::start(pages);
}
