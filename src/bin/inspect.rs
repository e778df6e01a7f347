//! Entry point of the module of the pages that look at what is out there:
//! the domain check and the report reader, which `index.html`'s loader
//! starts for their `page` values; see [`selo_web::Pages`].

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::{check::CheckPage, reports::ReportsPage};

fn pages(p: Page) -> Option<AnyView> {
    Some(match p {
        Page::Check => view! { <CheckPage /> }.into_any(),
        Page::Reports => view! { <ReportsPage /> }.into_any(),
        _ => return None,
    })
}

fn main() {
    selo_web::start(pages);
}
