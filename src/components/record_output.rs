//! What a generator produces, ready to publish, and the panel's empty state.

use super::{diagnostic_list::Findings, output_field::OutputField};
use crate::i18n::Text;
use crate::i18n::{common as shell_text, fill, t, use_lang};
use leptos::prelude::*;
use selo::RecordType;

/// A [`RecordOutput`] of a fixed `(owner, value)`, for a page that builds
/// the output again whenever either changes; nothing while `record` is
/// `None`.
pub fn fixed_record_output(
    kind: RecordType,
    record: Option<(String, String)>,
    domain: Signal<Option<String>>,
) -> AnyView {
    match record {
        Some((owner, value)) => view! {
            <RecordOutput
                kind=kind
                owner=Signal::derive(move || owner.clone())
                value=Signal::derive(move || value.clone())
                domain=domain
            />
        }
        .into_any(),
        None => ().into_any(),
    }
}

/// A generated TXT record: owner name (the host part most DNS panels want
/// and the full name, with one line on which to type where), type, value,
/// the value as strings of at most 255 bytes and as a zone-file line, each
/// with a copy button, and the engine's findings about the value.
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
    /// The domain the page writes for; `None` while the owner name still
    /// holds a placeholder (its copy buttons are then disabled). Without
    /// it the owner is shown as one name.
    #[prop(optional, into)]
    domain: Option<Signal<Option<String>>>,
    /// The TTL written in the zone-file line, in seconds.
    #[prop(default = 3600)]
    ttl: u32,
) -> impl IntoView {
    let strings = Signal::derive(move || value.with(|v| selo::txt::rdata(v)));
    let zone = Signal::derive(move || {
        let o = owner.get();
        value.with(|v| selo::txt::zone_line(&o, ttl, v))
    });
    let unfinished = Signal::derive(move || domain.is_some_and(|d| d.with(Option::is_none)));
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
                <HostName owner=owner domain=domain />
                <OutputField
                    label=shell_text::OUT_FULL_NAME
                    value=owner
                    testid="out-owner"
                    unfinished=unfinished
                />
                <OutputField label=shell_text::OUT_TYPE value=txt />
                <OutputField label=shell_text::OUT_VALUE value=value testid="out-value" />
                <OutputField label=shell_text::OUT_STRINGS value=strings testid="out-strings">
                    <p class="hint">{t(shell_text::OUT_STRINGS_HELP)}</p>
                </OutputField>
                <OutputField
                    label=shell_text::OUT_ZONE
                    value=zone
                    testid="out-zone"
                    unfinished=unfinished
                />
            </dl>
            <h3>{t(shell_text::OUT_CHECK)}</h3>
            <Findings validation=answer />
        </section>
    }
}

/// The host part of `owner` most DNS panels want (`_dmarc` for
/// `_dmarc.example.com`, `@` for the domain itself), with the line that
/// says which name to type where; hidden without a domain.
#[component]
pub fn HostName(
    /// The owner name in full.
    owner: Signal<String>,
    /// The domain the page writes for.
    domain: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let lang = use_lang();
    // The host part: the owner without the domain (`_dmarc`), `@` for the
    // domain itself.
    let host = Memo::new(move |_| {
        let d = domain?.get()?;
        let o = owner.get();
        if o.eq_ignore_ascii_case(&d) {
            return Some("@".to_string());
        }
        o.strip_suffix(&d)
            .and_then(|h| h.strip_suffix('.'))
            .filter(|h| !h.is_empty())
            .map(str::to_string)
    });
    let host_text = Signal::derive(move || host.get().unwrap_or_default());
    let which = move || {
        let h = host.get().unwrap_or_default();
        let o = owner.get();
        let d = domain.and_then(|d| d.get()).unwrap_or_default();
        fill(
            shell_text::OUT_WHICH_NAME.get(lang.get()),
            &[("host", &h), ("doubled", &format!("{o}.{d}"))],
        )
    };
    view! {
        <div class="host-rows" hidden=move || host.with(Option::is_none)>
            <OutputField label=shell_text::OUT_HOST value=host_text testid="out-host">
                <p class="hint" data-testid="which-name">{which}</p>
            </OutputField>
        </div>
    }
}

/// The empty state of a generator's output panel: what is still needed
/// before there is a record to publish. Nothing while `needed` is empty.
#[component]
pub fn EmptyOutput(
    /// What the user still has to fill in, in form order.
    #[prop(into)]
    needed: Signal<Vec<Text>>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div
            class="empty-output"
            role="status"
            data-testid="empty-output"
            hidden=move || needed.with(Vec::is_empty)
        >
            <p>{t(shell_text::OUT_EMPTY)}</p>
            <ul>
                {move || {
                    let l = lang.get();
                    needed.get().into_iter().map(|n| view! { <li>{n.get(l)}</li> }).collect_view()
                }}
            </ul>
        </div>
    }
}
