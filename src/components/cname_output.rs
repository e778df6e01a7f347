//! A CNAME record to publish (delegated DKIM keys).

use super::copy_button::CopyButton;
use crate::i18n::{common as c, gen_forms as g, t};
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
    /// The TTL written in the zone-file line, in seconds.
    #[prop(default = 3600)]
    ttl: u32,
) -> impl IntoView {
    let zone = Signal::derive(move || selo::txt::cname_line(&owner.get(), ttl, &target.get()));
    let kind = Signal::derive(|| "CNAME".to_string());
    view! {
        <section class="record-output cname-output">
            <h3>{t(g::CNAME_HEADING)}</h3>
            <dl class="output-fields">
                <div class="output-field">
                    <dt>{t(c::OUT_OWNER)}</dt>
                    <dd>
                        <code data-testid="cname-owner">{move || owner.get()}</code>
                        <CopyButton text=owner what=c::OUT_OWNER />
                    </dd>
                </div>
                <div class="output-field">
                    <dt>{t(c::OUT_TYPE)}</dt>
                    <dd>
                        <code>"CNAME"</code>
                        <CopyButton text=kind what=c::OUT_TYPE />
                    </dd>
                </div>
                <div class="output-field">
                    <dt>{t(g::CNAME_TARGET)}</dt>
                    <dd>
                        <code data-testid="cname-target">{move || target.get()}</code>
                        <CopyButton text=target what=g::CNAME_TARGET />
                    </dd>
                </div>
                <div class="output-field">
                    <dt>{t(c::OUT_ZONE)}</dt>
                    <dd>
                        <code data-testid="cname-zone">{move || zone.get()}</code>
                        <CopyButton text=zone what=c::OUT_ZONE />
                    </dd>
                </div>
            </dl>
        </section>
    }
}
