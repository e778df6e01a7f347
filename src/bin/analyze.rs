//! Entry point of the Analyze page's module, which `index.html`'s loader
//! starts for `?page=analyze`; see [`selo_web::Pages`]. The page starts the
//! message analyzer (`crates/selo-analyzer`), a worker of its own.

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::analyze::AnalyzePage;

fn pages(p: Page) -> Option<AnyView> {
    (p == Page::Analyze).then(|| view! { <AnalyzePage /> }.into_any())
}

fn main() {
    selo_web::start(pages);
}
