//! The SPF generator: presets for common senders, your own servers, the
//! final `all`, an optional `redirect=`, and a live count of DNS lookups.
//!
//! The form lives in the query (`?page=spf&domain=...&presets=a,b&ip4=...`);
//! the record is built with [`Spf::builder`] and written by its `Display`.

use crate::components::record_output::{EmptyOutput, RecordOutput};
use crate::components::{
    check_field::CheckField,
    domain_field::Domain,
    form_notices::FormNotices,
    generator_page::{Fields, GeneratorPage, Output},
    list_field::ListField,
    text_field::{QueryFlag, QueryText, TextField, filled},
};
use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::{
    common as shell_text, fill, gen_forms as form_text, gen_spf as spf_text, t, use_lang,
};
use leptos::prelude::*;
use selo::RecordType;
use selo::spf::presets::{PRESETS, SenderPreset};
use selo::spf::{self, DomainSpec, Ip4Network, Ip6Network, MAX_DNS_LOOKUPS, Qualifier, Spf};

fn check_ip4(s: &str) -> Option<Said> {
    Ip4Network::try_from(s)
        .err()
        .map(|_| spf_text::BAD_IP4.into())
}
fn check_ip6(s: &str) -> Option<Said> {
    Ip6Network::try_from(s)
        .err()
        .map(|_| spf_text::BAD_IP6.into())
}
fn check_spec(s: &str) -> Option<Said> {
    DomainSpec::try_from(s)
        .err()
        .map(|_| spf_text::BAD_DOMAIN_SPEC.into())
}

/// The SPF generator page.
#[component]
pub fn GenSpfPage() -> impl IntoView {
    let lang = use_lang();
    let field = Domain::from_query();
    let parsed_domain = field.parsed;
    let presets = QueryText::new("presets");
    let mx = QueryFlag::new("mx");
    let a = QueryFlag::new("a");
    let ahosts = QueryText::new("ahost");
    let ip4 = QueryText::new("ip4");
    let ip6 = QueryText::new("ip6");
    let includes = QueryText::new("include");
    let all = QueryText::new("all");
    let redirect = QueryText::new("redirect");

    let chosen = Memo::new(move |_| {
        let ids = presets.get();
        PRESETS
            .iter()
            .filter(|p| ids.split(',').any(|i| i == p.id))
            .collect::<Vec<&'static SenderPreset>>()
    });
    let qualifier = Memo::new(move |_| match all.get().as_str() {
        "~" => Qualifier::SoftFail,
        "?" => Qualifier::Neutral,
        _ => Qualifier::Fail,
    });
    let redirect_spec = Memo::new(move |_| {
        let r = redirect.get();
        let r = r.trim();
        (!r.is_empty()).then(|| DomainSpec::try_from(r))
    });
    let redirect_err = Signal::derive(move || match redirect_spec.get() {
        Some(Err(_)) => Some(spf_text::BAD_DOMAIN_SPEC.into()),
        _ => None,
    });

    let record = Memo::new(move |_| {
        let mut b = Spf::builder();
        if a.get() {
            b = b.a();
        }
        if mx.get() {
            b = b.mx();
        }
        for h in filled(&ahosts.rows()).filter_map(|s| DomainSpec::try_from(s).ok()) {
            b = b.a_at(h);
        }
        for n in filled(&ip4.rows()).filter_map(|s| Ip4Network::try_from(s).ok()) {
            b = b.ip4(n);
        }
        for n in filled(&ip6.rows()).filter_map(|s| Ip6Network::try_from(s).ok()) {
            b = b.ip6(n);
        }
        // The builder keeps one include of each domain.
        let custom = includes.rows();
        let custom = filled(&custom).filter_map(|s| DomainSpec::try_from(s).ok());
        for d in chosen
            .get()
            .iter()
            .filter_map(|p| p.domain_spec())
            .chain(custom)
        {
            b = b.include(d);
        }
        match redirect_spec.get() {
            Some(Ok(r)) => b.redirect(r).build(),
            _ => b.all(qualifier.get()).build(),
        }
    });
    let left_out = Memo::new(move |_| {
        let bad =
            |q: QueryText, f: fn(&str) -> Option<Said>| filled(&q.rows()).any(|s| f(s).is_some());
        bad(ahosts, check_spec)
            || bad(ip4, check_ip4)
            || bad(ip6, check_ip6)
            || bad(includes, check_spec)
            || matches!(redirect_spec.get(), Some(Err(_)))
    });
    let lookups = Memo::new(move |_| record.with(Spf::dns_lookup_count));
    let over = Memo::new(move |_| lookups.get() > MAX_DNS_LOOKUPS);
    let value = Signal::derive(move || record.with(ToString::to_string));
    let owner = Signal::derive(move || match parsed_domain.get() {
        Some(Ok(d)) => spf::owner_name(&d).to_string(),
        _ => form_text::OWNER_PLACEHOLDER.get(lang.get()).to_string(),
    });

    let toggle = move |id: &'static str, on: bool| {
        let cur = presets.get_untracked();
        let mut ids: Vec<&str> = cur
            .split(',')
            .filter(|s| !s.is_empty() && *s != id)
            .collect();
        if on {
            ids.push(id);
        }
        // Keep the preset order stable, whatever the clicking order.
        let ordered: Vec<&str> = PRESETS
            .iter()
            .map(|p| p.id)
            .filter(|p| ids.contains(p))
            .collect();
        presets.set(ordered.join(","));
    };
    let preset_item = move |p: &'static SenderPreset| {
        let note_id = format!("preset-{}-note", p.id);
        let checked = move || chosen.with(|c| c.iter().any(|x| x.id == p.id));
        let control = match p.include {
            Some(inc) => view! {
                <label class="choice">
                    <input
                        type="checkbox"
                        data-preset=p.id
                        aria-describedby=note_id.clone()
                        prop:checked=checked
                        on:change=move |ev| toggle(p.id, event_target_checked(&ev))
                    />
                    <span class="preset-name">{p.name}</span>
                    " "
                    <code>{format!("include:{inc}")}</code>
                </label>
            }
            .into_any(),
            None => view! {
                <p class="preset-none">
                    <span class="preset-name">{p.name}</span>
                    " — "
                    {t(spf_text::NO_INCLUDE)}
                </p>
            }
            .into_any(),
        };
        view! {
            <li class="preset">
                {control}
                <p class="hint" id=note_id>
                    {move || p.note.get(lang.get())}
                    " "
                    <a href=p.source_url rel="noreferrer" target="_blank">
                        {t(spf_text::SOURCE)}
                    </a>
                </p>
            </li>
        }
    };
    let all_radio = move |q: &'static str, label: Text| {
        let sym = if q.is_empty() { "-" } else { q };
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="spf-all"
                    value=sym
                    prop:disabled=move || matches!(redirect_spec.get(), Some(Ok(_)))
                    prop:checked=move || {
                        qualifier.get().symbol().to_string() == sym
                    }
                    on:change=move |_| all.set(q.to_string())
                />
                {t(label)}
            </label>
        }
    };

    view! {
        <GeneratorPage title=shell_text::GEN_SPF intro=spf_text::INTRO domain=field>
            <Fields slot>
                <fieldset class="presets" aria-describedby="spf-presets-hint">
                    <legend>{t(spf_text::PRESETS_LEGEND)}</legend>
                    <p class="hint" id="spf-presets-hint">{t(spf_text::PRESETS_HINT)}</p>
                    <ul class="preset-list">{PRESETS.iter().map(preset_item).collect_view()}</ul>
                </fieldset>
                <CheckField id="spf-mx" label=spf_text::MX_LABEL hint=spf_text::MX_HINT flag=mx />
                <CheckField id="spf-a" label=spf_text::A_LABEL hint=spf_text::A_HINT flag=a />
                <ListField id="spf-ip4" legend=spf_text::IP4_LEGEND hint=spf_text::IP4_HINT store=ip4 errors=ip4.row_errors(check_ip4) placeholder="192.0.2.0/24" />
                <ListField id="spf-ip6" legend=spf_text::IP6_LEGEND hint=spf_text::IP6_HINT store=ip6 errors=ip6.row_errors(check_ip6) placeholder="2001:db8::/32" />
                <ListField id="spf-ahost" legend=spf_text::AHOST_LEGEND hint=spf_text::AHOST_HINT store=ahosts errors=ahosts.row_errors(check_spec) placeholder="mail.example.net" />
                <ListField id="spf-include" legend=spf_text::INCLUDE_LEGEND hint=spf_text::INCLUDE_HINT store=includes errors=includes.row_errors(check_spec) placeholder="_spf.example.net" />
                <fieldset class="choices" aria-describedby="spf-all-hint">
                    <legend>{t(spf_text::ALL_LEGEND)}</legend>
                    <p class="hint" id="spf-all-hint">{t(spf_text::ALL_HINT)}</p>
                    <Show when=move || matches!(redirect_spec.get(), Some(Ok(_)))>
                        <p class="hint">{t(spf_text::REDIRECT_SET)}</p>
                    </Show>
                    {all_radio("", spf_text::ALL_FAIL)}
                    {all_radio("~", spf_text::ALL_SOFT)}
                    {all_radio("?", spf_text::ALL_NEUTRAL)}
                </fieldset>
                <TextField
                    id="spf-redirect"
                    label=spf_text::REDIRECT_LABEL
                    hint=spf_text::REDIRECT_HINT
                    value=Signal::derive(move || redirect.get())
                    on_input=Callback::new(move |v| redirect.set(v))
                    error=redirect_err
                    placeholder="_spf.example.com"
                />
            </Fields>
            <div
                class="lookups"
                class:over=move || over.get()
                role="status"
                data-testid="lookup-count"
            >
                <p class="lookup-count">
                    {move || {
                        fill(
                            spf_text::LOOKUPS.get(lang.get()),
                            &[("n", &lookups.get().to_string()), ("max", &MAX_DNS_LOOKUPS.to_string())],
                        )
                    }}
                </p>
                <Show when=move || over.get()>
                    <p class="field-error">{t(spf_text::LOOKUPS_OVER)}</p>
                </Show>
                <p class="hint">{t(spf_text::LOOKUPS_NOTE)}</p>
            </div>
            <FormNotices left_out=left_out />
            <Output slot value=Signal::derive(move || Some(value.get())) what=shell_text::OUT_VALUE>
                <EmptyOutput needed=Signal::derive(move || field.needed()) />
                <RecordOutput kind=RecordType::Spf owner=owner value=value domain=field.name() />
            </Output>
        </GeneratorPage>
    }
}
