//! The TLS-RPT generator: where sending servers send their daily TLS
//! reports.

use crate::components::{
    domain_field::Domain,
    generator_page::{Fields, GeneratorPage, Lead},
    tls_rpt_form::TlsRptForm,
};
use crate::i18n::{common as c, gen_tls_rpt as r, t};
use leptos::prelude::*;

/// The TLS-RPT generator page.
#[component]
pub fn GenTlsRptPage() -> impl IntoView {
    let domain = Domain::from_query();
    view! {
        <GeneratorPage title=c::GEN_TLS_RPT intro=r::INTRO domain=domain>
            <Lead slot>
                <p>{t(r::WHO)}</p>
            </Lead>
            <Fields slot>
                <TlsRptForm domain=domain.valid />
            </Fields>
            <p class="hint">{t(r::READ_REPORTS)}</p>
        </GeneratorPage>
    }
}
