//! Entry point of the MTA-STS, TLS-RPT and BIMI generators' module, which
//! `index.html`'s loader starts for their `page` values; see
//! [`selo_web::Pages`]. Apart from the DMARC generator's module
//! (`src/main.rs`), so that neither carries the other's pages.

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::{gen_bimi, gen_mta_sts, gen_tls_rpt};

fn pages(p: Page) -> Option<AnyView> {
    Some(match p {
        Page::GenMtaSts => view! { <gen_mta_sts::GenMtaStsPage /> }.into_any(),
        Page::GenTlsRpt => view! { <gen_tls_rpt::GenTlsRptPage /> }.into_any(),
        Page::GenBimi => view! { <gen_bimi::GenBimiPage /> }.into_any(),
        _ => return None,
    })
}

fn main() {
    selo_web::start(pages);
}
