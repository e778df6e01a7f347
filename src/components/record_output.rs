//! What a generator produces, ready to publish.

use super::{diagnostic_list::Findings, output_field::OutputField};
use crate::i18n::{common as shell_text, t};
use leptos::prelude::*;
use selo::RecordType;

/// A generated TXT record: owner name, type, value, the value as strings of
/// at most 255 bytes and as a zone-file line, each with a copy button, and
/// the engine's findings about the value.
#[component]
pub fn RecordOutput(
    /// The record's type, for the findings.
    kind: RecordType,
    /// The owner name, like `_dmarc.example.com`.
    #[prop(into)]
    owner: Signal<String>,
    /// The record value, as the generator wrote it.
    #[prop(into)]
    value: Signal<String>,
    /// The TTL written in the zone-file line, in seconds.
    #[prop(default = 3600)]
    ttl: u32,
) -> impl IntoView {
    let strings = Signal::derive(move || value.with(|v| selo::txt::rdata(v)));
    let zone = Signal::derive(move || {
        let o = owner.get();
        value.with(|v| selo::txt::zone_line(&o, ttl, v))
    });
    let answer = crate::engine::validation(move || Some((value.get(), Some(kind))));
    let txt = Signal::derive(|| "TXT".to_string());
    // A page may show two outputs (DMARC and its report authorization):
    // each heading needs its own id for aria-labelledby.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let heading_id = format!(
        "record-output-heading-{}",
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let labelled_by = heading_id.clone();
    view! {
        <section class="record-output" aria-labelledby=labelled_by>
            <h2 id=heading_id>{t(shell_text::OUT_HEADING)}</h2>
            <dl class="output-fields">
                <OutputField label=shell_text::OUT_OWNER value=owner testid="out-owner" />
                <OutputField label=shell_text::OUT_TYPE value=txt />
                <OutputField label=shell_text::OUT_VALUE value=value testid="out-value" />
                <OutputField label=shell_text::OUT_STRINGS value=strings testid="out-strings">
                    <p class="hint">{t(shell_text::OUT_STRINGS_HELP)}</p>
                </OutputField>
                <OutputField label=shell_text::OUT_ZONE value=zone testid="out-zone" />
            </dl>
            <h3>{t(shell_text::OUT_CHECK)}</h3>
            <Findings validation=answer />
        </section>
    }
}
