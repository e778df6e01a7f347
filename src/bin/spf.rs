//! Entry point of the SPF generator's module, which `index.html`'s loader
//! starts for `?page=spf`; see [`selo_web::Pages`].

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::gen_spf::GenSpfPage;

fn pages(p: Page) -> Option<AnyView> {
    (p == Page::GenSpf).then(|| view! { <GenSpfPage /> }.into_any())
}

fn main() {
    selo_web::start(pages);
}
