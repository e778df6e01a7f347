//! Entry point of the generators' module (DMARC, MTA-STS, TLS-RPT and BIMI;
//! SPF and DKIM have modules of their own), which `index.html`'s loader
//! starts for their `page` values and for unknown ones; see
//! [`selo_web::Pages`] for the other modules.

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use leptos::prelude::*;
use selo_web::Page;
use selo_web::pages::{gen_bimi, gen_dmarc, gen_mta_sts, gen_tls_rpt};

fn pages(p: Page) -> Option<AnyView> {
    Some(match p {
        Page::GenDmarc => view! { <gen_dmarc::GenDmarcPage /> }.into_any(),
        Page::GenMtaSts => view! { <gen_mta_sts::GenMtaStsPage /> }.into_any(),
        Page::GenTlsRpt => view! { <gen_tls_rpt::GenTlsRptPage /> }.into_any(),
        Page::GenBimi => view! { <gen_bimi::GenBimiPage /> }.into_any(),
        _ => return None,
    })
}

fn main() {
    selo_web::start(pages);
}
