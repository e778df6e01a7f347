//! A CNAME record to publish (delegated DKIM keys).

use super::output_field::OutputField;
use super::record_output::HostName;
use crate::i18n::{common as shell_text, gen_forms as form_text, t};
use leptos::prelude::*;

/// Owner name, type, target and zone-file line of a CNAME, each with a copy
/// button.
#[component]
pub fn CnameOutput(
    /// The alias, like `selector1._domainkey.example.com`.
    #[prop(into)]
    owner: Signal<String>,
    /// What it points to.
    #[prop(into)]
    target: Signal<String>,
    /// The domain the page writes for, for the host part most DNS panels
    /// want.
    #[prop(optional, into)]
    domain: Option<Signal<Option<String>>>,
    /// The TTL written in the zone-file line, in seconds.
    #[prop(default = 3600)]
    ttl: u32,
) -> impl IntoView {
    let zone = Signal::derive(move || selo::txt::cname_line(&owner.get(), ttl, &target.get()));
    let kind = Signal::derive(|| "CNAME".to_string());
    view! {
        <section class="record-output cname-output">
            <h3>{t(form_text::CNAME_HEADING)}</h3>
            <dl class="output-fields">
                <HostName owner=owner domain=domain />
                <OutputField label=shell_text::OUT_OWNER value=owner testid="cname-owner" />
                <OutputField label=shell_text::OUT_TYPE value=kind />
                <OutputField label=form_text::CNAME_TARGET value=target testid="cname-target" />
                <OutputField label=shell_text::OUT_ZONE value=zone testid="cname-zone" />
            </dl>
        </section>
    }
}
