//! Entry point of the DMARC generator's module (the MTA-STS, TLS-RPT and
//! BIMI generators are in `src/bin/more.rs`, SPF and DKIM have modules of
//! their own), which `index.html`'s loader starts for its `page` value and
//! for unknown ones; see [`selo_web::Pages`] for the other modules.

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::gen_dmarc;

fn pages(p: Page) -> Option<AnyView> {
    (p == Page::GenDmarc).then(|| view! { <gen_dmarc::GenDmarcPage /> }.into_any())
}

fn main() {
    selo_web::start(pages);
}
