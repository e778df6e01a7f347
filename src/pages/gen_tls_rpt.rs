//! The TLS-RPT generator: where sending servers send their daily TLS
//! reports.

use crate::components::{
    domain_field::Domain,
    generator_page::{Fields, GeneratorPage, Lead, Output},
    tls_rpt_form::{TlsRptFields, TlsRptOutput, TlsRptState},
};
use crate::i18n::{common as shell_text, gen_tls_rpt as tls_rpt_text, t};
use leptos::prelude::*;

/// The TLS-RPT generator page.
#[component]
pub fn GenTlsRptPage() -> impl IntoView {
    let domain = Domain::from_query();
    let state = TlsRptState::new(domain.valid.into());
    view! {
        <GeneratorPage page=crate::Page::GenTlsRpt intro=tls_rpt_text::INTRO domain=domain>
            <Lead slot>
                <p>{t(tls_rpt_text::WHO)}</p>
            </Lead>
            <Fields slot>
                <TlsRptFields state=state />
            </Fields>
            <Output slot value=Signal::derive(move || state.value.get()) what=shell_text::OUT_VALUE>
                <TlsRptOutput state=state />
            </Output>
            <p class="hint">{t(tls_rpt_text::READ_REPORTS)}</p>
        </GeneratorPage>
    }
}
