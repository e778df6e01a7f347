//! The SPF generator: presets for common senders (with a filter and chips
//! for the chosen ones), your own servers, the final `all`, an optional
//! `redirect=`, the estimated DNS lookups of the whole tree, and a live
//! count that resolves the includes in the engine worker.
//!
//! The form lives in the query (`?page=spf&domain=...&presets=a,b&ip4=...`);
//! the record is built with [`Spf::builder`] and written by its `Display`.

use crate::components::diagnostic_list::severity_parts;
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
use crate::i18n::{
    common as shell_text, fill, gen_forms as form_text, gen_spf as spf_text, t, use_lang,
};
use crate::pages::check::{resolver, tree};
use leptos::prelude::*;
use selo::spf::presets::{
    LOOKUP_WARNING_FROM, PRESETS, SenderPreset, estimate_lookups, read_include,
};
use selo::spf::{self, DomainSpec, Ip4Network, Ip6Network, MAX_DNS_LOOKUPS, Qualifier, Spf};
use selo::{Lang, RecordType, Severity, Text};

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
/// An "other include" as providers tell people to paste it
/// (`include:servers.mcsv.net`, `+include:...`, a final dot).
fn check_include(s: &str) -> Option<Said> {
    read_include(s)
        .err()
        .map(|_| spf_text::BAD_DOMAIN_SPEC.into())
}

/// The name filter: every word typed is in the provider's name (ASCII
/// letters compared without case: the names are ASCII).
fn matches(p: &SenderPreset, filter: &str) -> bool {
    let name = p.name.to_ascii_lowercase();
    filter
        .to_ascii_lowercase()
        .split_whitespace()
        .all(|w| name.contains(w))
}

/// The value of `key` in a JSON object (the worker's answer).
fn js_field(o: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(o, &key.into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
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
    let sub = QueryFlag::new("sub");
    let filter = RwSignal::new(String::new());

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
        let custom = filled(&custom).filter_map(|s| read_include(s).ok());
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
            || bad(includes, check_include)
            || matches!(redirect_spec.get(), Some(Err(_)))
    });
    // The whole tree: the record's own lookups and the known cost of the
    // records it includes.
    // (Plain closures, not memos: the estimate is cheap, and each new
    // memo type grows the first load.)
    let estimate = move || record.with(estimate_lookups);
    let level = move || match estimate().total {
        n if n > MAX_DNS_LOOKUPS => Severity::Error,
        n if n >= LOOKUP_WARNING_FROM => Severity::Warning,
        _ => Severity::Info,
    };
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
        let inc = p.include.map(|i| format!("include:{i}"));
        // Providers that need nothing in SPF can be ticked too: the record
        // stays the same and the page says what to do instead.
        let control = if p.include.is_some() || p.nothing_in_spf {
            view! {
                <label class="choice">
                    <input
                        type="checkbox"
                        data-preset=p.id
                        aria-describedby=note_id.clone()
                        prop:checked=checked
                        on:change=move |ev| toggle(p.id, event_target_checked(&ev))
                    />
                    <span class="preset-name">{p.name}</span>
                    <code hidden=p.include.is_none()>{inc}</code>
                    <span class="preset-nothing" hidden=p.include.is_some()>
                        {t(spf_text::NOTHING_IN_SPF)}
                    </span>
                </label>
            }
            .into_any()
        } else {
            view! {
                <p class="preset-none">
                    <span class="preset-name">{p.name}</span>
                    " — "
                    {t(spf_text::NO_INCLUDE)}
                </p>
            }
            .into_any()
        };
        view! {
            <li class="preset" data-id=p.id hidden=move || !filter.with(|f| matches(p, f))>
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
    let no_match = move || filter.with(|f| !PRESETS.iter().any(|p| matches(p, f)));
    let chips = move || {
        chosen
            .get()
            .into_iter()
            .map(|p| {
                let l = lang.get();
                view! {
                    <li>
                        <button
                            type="button"
                            class="chip"
                            aria-label=fill(spf_text::REMOVE.get(l), &[("name", p.name)])
                            on:click=move |_| toggle(p.id, false)
                        >
                            {p.name}
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    // What the engine's `preset_findings` says (`spf::preset-on-subdomain`,
    // `spf::preset-not-needed`), in page texts: the engine's message
    // machinery would grow the first load.
    let preset_notes = move || {
        let l = lang.get();
        let on_root = !sub.get();
        chosen
            .get()
            .into_iter()
            .filter_map(|p| {
                let args = [("provider", p.name), ("include", p.include.unwrap_or(""))];
                let (code, sev, message, help) = if p.on_subdomain && on_root {
                    let (m, h) = (spf_text::ON_SUBDOMAIN, spf_text::ON_SUBDOMAIN_HELP);
                    ("spf::preset-on-subdomain", Severity::Warning, m, h)
                } else if p.nothing_in_spf {
                    let (m, h) = (spf_text::NOT_NEEDED, spf_text::NOT_NEEDED_HELP);
                    ("spf::preset-not-needed", Severity::Info, m, h)
                } else {
                    return None;
                };
                let (icon, word) = severity_parts(sev);
                Some(view! {
                    <li class=format!("finding sev-{}", sev.as_str()) data-code=code>
                        <p class="finding-head">
                            <span class="sev-badge">
                                <span aria-hidden="true">{icon}</span>
                                {format!(" {}", word.get(l))}
                            </span>
                            " "
                            <span class="finding-message">{fill(message.get(l), &args)}</span>
                        </p>
                        <p class="finding-help">{fill(help.get(l), &args)}</p>
                        <p hidden=!p.nothing_in_spf>
                            <a href="?page=dkim">{spf_text::TO_DKIM.get(l)}</a>
                        </p>
                    </li>
                })
            })
            .collect_view()
    };

    // The live count, asked of the engine worker; cleared when the record,
    // the domain or the resolver changes.
    // The worker's answer (JSON text), a question on its way, no worker.
    let answer = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let down = RwSignal::new(false);
    let asked = StoredValue::new(0u64);
    let resolver_url = RwSignal::new(resolver::saved());
    let live_host = NodeRef::<leptos::html::Div>::new();
    let domain_ok = move || matches!(parsed_domain.get(), Some(Ok(_)));
    Effect::new(move |_| {
        value.track();
        parsed_domain.track();
        resolver_url.track();
        asked.update_value(|n| *n += 1);
        answer.set(None);
        busy.set(false);
    });
    let count_live = move |_| {
        let Some(Ok(d)) = parsed_domain.get_untracked() else {
            return;
        };
        asked.update_value(|n| *n += 1);
        let mine = asked.get_value();
        answer.set(None);
        busy.set(true);
        crate::engine::count_spf(
            d.as_str(),
            &value.get_untracked(),
            &resolver_url.get_untracked(),
            move |got| {
                if asked.try_get_value() == Some(mine) {
                    busy.try_set(false);
                    down.try_set(got.is_err());
                    answer.try_set(got.ok());
                }
            },
        );
    };
    Effect::new(move |_| {
        let l = lang.get();
        let Some(el) = live_host.get() else {
            return;
        };
        el.set_text_content(None);
        answer.with(|r| {
            if let Some(v) = r.as_deref().and_then(|t| js_sys::JSON::parse(t).ok()) {
                let key = if l == Lang::Pt { "pt" } else { "en" };
                if let Some(node) = tree::build(&document(), &js_field(&v, key), 0) {
                    let _ = el.append_child(&node);
                }
            }
        });
    });
    let live_status = move || {
        let l = lang.get();
        if down.get() {
            shell_text::ENGINE_DOWN.get(l).to_string()
        } else if busy.get() {
            spf_text::LIVE_BUSY.get(l).to_string()
        } else if answer.with(Option::is_some) {
            fill(
                spf_text::LIVE_DONE.get(l),
                &[("resolver", &resolver::label(&resolver_url.get()))],
            )
        } else if !domain_ok() {
            spf_text::LIVE_NEEDS_DOMAIN.get(l).to_string()
        } else {
            String::new()
        }
    };
    // The Check page's resolvers, and the user's own when it is another.
    let custom = move || {
        let mine = resolver_url.get();
        (!resolver::KNOWN.iter().any(|(_, u)| *u == mine)).then(|| resolver::label(&mine))
    };
    let known = move |i: usize| {
        let (name, url) = resolver::KNOWN[i];
        view! { <option value=url selected=move || resolver_url.get() == url>{name}</option> }
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
                <CheckField id="spf-sub" label=spf_text::SUB_LABEL hint=spf_text::SUB_HINT flag=sub />
                <fieldset class="presets" aria-describedby="spf-presets-hint">
                    <legend>{t(spf_text::PRESETS_LEGEND)}</legend>
                    <p class="hint" id="spf-presets-hint">{t(spf_text::PRESETS_HINT)}</p>
                    <ul class="preset-chips" aria-label=t(spf_text::CHOSEN)>{chips}</ul>
                    <ul class="findings preset-findings" data-testid="preset-findings">{preset_notes}</ul>
                    <label class="preset-filter">
                        {t(spf_text::FILTER_LABEL)}
                        <input type="search" prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev)) />
                    </label>
                    <p class="hint" role="status">
                        {move || no_match().then(|| fill(spf_text::NO_MATCH.get(lang.get()), &[("text", filter.get().trim())]))}
                    </p>
                    <ul class="preset-list">{PRESETS.iter().map(preset_item).collect_view()}</ul>
                </fieldset>
                <CheckField id="spf-mx" label=spf_text::MX_LABEL hint=spf_text::MX_HINT flag=mx />
                <CheckField id="spf-a" label=spf_text::A_LABEL hint=spf_text::A_HINT flag=a />
                <ListField id="spf-ip4" legend=spf_text::IP4_LEGEND hint=spf_text::IP4_HINT store=ip4 errors=ip4.row_errors(check_ip4) placeholder="192.0.2.0/24" />
                <ListField id="spf-ip6" legend=spf_text::IP6_LEGEND hint=spf_text::IP6_HINT store=ip6 errors=ip6.row_errors(check_ip6) placeholder="2001:db8::/32" />
                <ListField id="spf-ahost" legend=spf_text::AHOST_LEGEND hint=spf_text::AHOST_HINT store=ahosts errors=ahosts.row_errors(check_spec) placeholder="mail.example.net" />
                <ListField id="spf-include" legend=spf_text::INCLUDE_LEGEND hint=spf_text::INCLUDE_HINT store=includes errors=includes.row_errors(check_include) placeholder="_spf.example.net" />
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
                class:over=move || level() == Severity::Error
                class:high=move || level() == Severity::Warning
                data-severity=move || level().as_str()
                data-testid="lookup-count"
            >
                <div role="status">
                    <p class="lookup-count">
                        <span class="sev-badge">
                            {move || {
                                let (icon, word) = severity_parts(level());
                                format!("{icon} {}", word.get(lang.get()))
                            }}
                        </span>
                        " "
                        {move || {
                            fill(
                                spf_text::LOOKUPS.get(lang.get()),
                                &[("n", &estimate().total.to_string()), ("max", &MAX_DNS_LOOKUPS.to_string())],
                            )
                        }}
                    </p>
                    <p class="lookups-high" hidden=move || level() == Severity::Info>
                        {move || match level() {
                            Severity::Error => spf_text::LOOKUPS_OVER.get(lang.get()),
                            _ => spf_text::LOOKUPS_HIGH.get(lang.get()),
                        }}
                    </p>
                    <p class="lookup-split">
                        {move || {
                            let e = estimate();
                            fill(
                                spf_text::LOOKUPS_SPLIT.get(lang.get()),
                                &[("own", &e.own.to_string()), ("nested", &e.nested.to_string())],
                            )
                        }}
                    </p>
                    <p class="lookup-unknown" hidden=move || estimate().unknown.is_empty()>
                        {move || {
                            let list = estimate().unknown.join(", ");
                            fill(spf_text::LOOKUPS_UNKNOWN.get(lang.get()), &[("list", &list)])
                        }}
                    </p>
                </div>
                <p class="hint">{t(spf_text::LOOKUPS_NOTE)}</p>
                <div class="spf-live" data-testid="live-count" aria-busy=move || busy.get().to_string()>
                    <p class="hint">{t(spf_text::LIVE_NOTE)}</p>
                    <p class="spf-live-controls">
                        <label>
                            {t(spf_text::LIVE_RESOLVER)} " "
                            <select on:change=move |ev| {
                                let url = event_target_value(&ev);
                                resolver::save(&url);
                                resolver_url.set(url);
                            }>
                                {known(0)}
                                {known(1)}
                                {known(2)}
                                <option value=move || resolver_url.get() selected=move || custom().is_some() hidden=move || custom().is_none()>
                                    {custom}
                                </option>
                            </select>
                        </label>
                        " "
                        <button
                            type="button"
                            prop:disabled=move || !domain_ok() || busy.get()
                            on:click=count_live
                        >
                            {t(spf_text::LIVE_BUTTON)}
                        </button>
                    </p>
                    <p class="spf-live-status" role="status">{live_status}</p>
                    <div class="check-report-host" node_ref=live_host></div>
                </div>
            </div>
            <FormNotices left_out=left_out />
            <Output slot value=Signal::derive(move || Some(value.get())) what=shell_text::OUT_VALUE>
                <EmptyOutput needed=Signal::derive(move || field.needed()) />
                <RecordOutput kind=RecordType::Spf owner=owner value=value domain=field.name() />
            </Output>
        </GeneratorPage>
    }
}
