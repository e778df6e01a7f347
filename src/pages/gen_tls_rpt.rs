//! The TLS-RPT generator: where sending servers send their daily TLS
//! reports.

use crate::components::{
    domain_field::Domain,
    generator_page::{Fields, GeneratorPage, Lead},
    tls_rpt_form::TlsRptForm,
};
use crate::i18n::{common as shell_text, gen_tls_rpt as tls_rpt_text, t};
use leptos::prelude::*;

/// The TLS-RPT generator page.
#[component]
pub fn GenTlsRptPage() -> impl IntoView {
    let domain = Domain::from_query();
    view! {
        <GeneratorPage title=shell_text::GEN_TLS_RPT intro=tls_rpt_text::INTRO domain=domain>
            <Lead slot>
                <p>{t(tls_rpt_text::WHO)}</p>
            </Lead>
            <Fields slot>
                <TlsRptForm domain=domain.valid />
            </Fields>
            <p class="hint">{t(tls_rpt_text::READ_REPORTS)}</p>
        </GeneratorPage>
    }
}
