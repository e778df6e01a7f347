//! The SPF generator: presets for common senders (with a filter and chips
//! for the chosen ones), your own servers, the final `all`, an optional
//! `redirect=`, the estimated DNS lookups of the whole tree, and a live
//! count that resolves the includes in the engine worker.
//!
//! The form lives in the query (`?page=spf&domain=...&presets=a,b&ip4=...`,
//! as `selo::handoff` writes it from a published record); the record is
//! made by `selo::spf::form`. With no server allowed to send, the output
//! says what is missing instead of offering `v=spf1 -all`, unless the
//! domain sends no mail.

use crate::components::diagnostic_list::{badge, plain_findings, plain_item};
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
use crate::pages::check::resolver;
use leptos::prelude::*;
use selo::shown::Both;
use selo::spf::form::SpfForm;
use selo::spf::presets::{
    LOOKUP_WARNING_FROM, LookupEstimate, PRESETS, SenderPreset, read_include,
};
use selo::spf::{self, DomainSpec, Ip4Network, Ip6Network, MAX_DNS_LOOKUPS, Qualifier};
use selo::{Lang, RecordType, Severity};
use selo_boundary::spf::{Presets, SpfCount, SpfNode};
use selo_boundary::{Request, Response};

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

/// The whole tree's lookups, by severity: the live count's when the
/// includes were resolved (`live`), else the estimate.
fn estimate_parts(
    e: &LookupEstimate,
    live: Option<usize>,
    level: Severity,
    l: Lang,
) -> impl IntoView + use<> {
    let n = |v: usize| v.to_string();
    let (said, total) = match live {
        Some(total) => (spf_text::LOOKUPS_LIVE, total),
        None => (spf_text::LOOKUPS, e.total),
    };
    let count = fill(
        said.get(l),
        &[("n", &n(total)), ("max", &n(MAX_DNS_LOOKUPS))],
    );
    let high = match level {
        Severity::Error => Some(spf_text::LOOKUPS_OVER),
        Severity::Warning => Some(spf_text::LOOKUPS_HIGH),
        Severity::Info => None,
    }
    .map(|t| view! { <p class="lookups-high">{t.get(l)}</p> });
    let estimate = live.is_none().then(|| {
        let split = fill(
            spf_text::LOOKUPS_SPLIT.get(l),
            &[("own", &n(e.own)), ("nested", &n(e.nested))],
        );
        let unknown = (!e.unknown.is_empty()).then(|| {
            let list = e.unknown.join(", ");
            let said = fill(spf_text::LOOKUPS_UNKNOWN.get(l), &[("list", &list)]);
            view! { <p class="lookup-unknown">{said}</p> }
        });
        view! { <p class="lookup-split">{split}</p> {unknown} }
    });
    view! {
        <p class="lookup-count">{badge(level, l)} " " {count}</p>
        {high}
        {estimate}
    }
}

/// A record of the live count's tree: its domain, lookups, record (or
/// `none`), findings and what it includes.
fn spf_node(n: &SpfNode, none: &Both, l: Lang) -> AnyView {
    let record = match &n.record {
        Some(r) => view! { <code class="check-record">{r.clone()}</code> }.into_any(),
        None => view! { <em>{none.get(l).to_string()}</em> }.into_any(),
    };
    let kids = (!n.children.is_empty()).then(|| {
        let kids: Vec<AnyView> = n.children.iter().map(|c| spf_node(c, none, l)).collect();
        view! { <ul>{kids}</ul> }
    });
    view! {
        <li class="spf-node">
            <span class="spf-node-head">
                <strong>{n.domain.clone()}</strong>
                " · "
                <span class="spf-node-lookups">{n.lookups.get(l).to_string()}</span>
            </span>
            " "
            {record}
            {plain_findings(&n.findings, l)}
            {kids}
        </li>
    }
    .into_any()
}

/// The live count's result: the total over the whole tree, the findings
/// of the walk, and the tree.
fn live_result(c: &SpfCount, l: Lang) -> impl IntoView + use<> {
    let total = c.total.as_ref().map(|t| {
        let class = if t.over {
            "spf-total over"
        } else {
            "spf-total"
        };
        view! { <p class=class data-lookups=t.lookups.to_string()>{t.said.get(l).to_string()}</p> }
    });
    let tree = c.tree.as_ref().map(|t| {
        view! {
            <p class="check-label">{c.tree_label.get(l).to_string()}</p>
            <ul class="spf-tree">{spf_node(t, &c.no_record, l)}</ul>
        }
    });
    view! {
        <div class="spf-live-result">
            {total}
            {plain_findings(&c.findings, l)}
            {tree}
        </div>
    }
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
    let terms = QueryText::new("term");
    let no_mail = QueryFlag::new("none");
    let all = QueryText::new("all");
    let redirect = QueryText::new("redirect");
    let sub = QueryFlag::new("sub");

    // The chosen services, in the list's order; the final `all`.
    let chosen = move || {
        let ids = presets.get();
        PRESETS
            .iter()
            .filter(|p| ids.split(',').any(|i| i == p.id))
            .collect::<Vec<&'static SenderPreset>>()
    };
    let qualifier = move || match all.get().as_str() {
        "~" => Qualifier::SoftFail,
        "?" => Qualifier::Neutral,
        _ => Qualifier::Fail,
    };
    let redirect_spec = move || {
        let r = redirect.get();
        let r = r.trim();
        (!r.is_empty()).then(|| DomainSpec::try_from(r))
    };
    let redirect_err = Signal::derive(move || match redirect_spec() {
        Some(Err(_)) => Some(spf_text::BAD_DOMAIN_SPEC.into()),
        _ => None,
    });

    // The record, its estimate and whether some server may send
    // (`selo::spf::form`).
    let made = Memo::new(move |_| {
        let (ah, i4, i6, inc, tm) = (
            ahosts.rows(),
            ip4.rows(),
            ip6.rows(),
            includes.rows(),
            terms.rows(),
        );
        let (al, re) = (all.get(), redirect.get());
        SpfForm {
            presets: chosen(),
            a: a.get(),
            mx: mx.get(),
            ahosts: filled(&ah).collect(),
            ip4: filled(&i4).collect(),
            ip6: filled(&i6).collect(),
            includes: filled(&inc).collect(),
            terms: filled(&tm).collect(),
            all: &al,
            redirect: &re,
        }
        .record()
    });
    // Nothing to publish while no server may send, unless the domain sends
    // no mail at all.
    let publishable = Memo::new(move |_| made.with(|m| m.senders) || no_mail.get());
    let left_out = Memo::new(move |_| {
        let bad =
            |q: QueryText, f: fn(&str) -> Option<Said>| filled(&q.rows()).any(|s| f(s).is_some());
        bad(ahosts, check_spec)
            || bad(ip4, check_ip4)
            || bad(ip6, check_ip6)
            || bad(includes, check_include)
            || matches!(redirect_spec(), Some(Err(_)))
    });
    let value = Signal::derive(move || made.with(|m| m.text.clone()));
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
    // The presets' notes and what the engine says about the chosen ones
    // (the worker's answer), asked again when they or the sending
    // subdomain box change (the worker answers in order).
    let found = RwSignal::new(None::<Presets>);
    Effect::new(move |_| {
        let request = Request::PresetFindings {
            presets: presets.get(),
            root: !sub.get(),
        };
        crate::engine::ask(request, move |r| {
            if let Some(p) = r.ok().and_then(|r| match r {
                Response::PresetFindings(p) => p.get(),
                _ => None,
            }) {
                found.try_set(Some(p));
            }
        });
    });

    // The live count, asked of the engine worker; cleared when the record,
    // the domain or the resolver changes.
    // The worker's answer, a question on its way, no worker.
    let answer = RwSignal::new(None::<SpfCount>);
    let busy = RwSignal::new(false);
    let down = RwSignal::new(false);
    let asked = StoredValue::new(0u64);
    let resolver_url = RwSignal::new(resolver::saved());
    let clear = move || {
        asked.update_value(|n| *n += 1);
        answer.set(None);
        busy.set(false);
    };
    Effect::new(move |_| {
        value.track();
        parsed_domain.track();
        clear();
    });
    let domain_ok = move || matches!(parsed_domain.get(), Some(Ok(_)));
    let count_live = move |_| {
        let Some(Ok(d)) = parsed_domain.get_untracked() else {
            return;
        };
        clear();
        let mine = asked.get_value();
        busy.set(true);
        let request = Request::CountSpf {
            domain: d.as_str().to_string(),
            record: value.get_untracked(),
            resolver: resolver_url.get_untracked(),
        };
        crate::engine::ask(request, move |got| {
            if asked.try_get_value() == Some(mine) {
                let count = match got {
                    Ok(Response::SpfCounted(c)) => c.get(),
                    _ => None,
                };
                busy.try_set(false);
                down.try_set(count.is_none());
                answer.try_set(count);
            }
        });
    };
    // Another resolver is kept and clears the last count.
    let on_resolver = move |ev| {
        let url = event_target_value(&ev);
        resolver::save(&url);
        resolver_url.set(url);
        clear();
    };
    // The resolvers offered: the Check page's, and the user's own when it
    // is another.
    let chosen_url = resolver_url.get_untracked();
    let mut urls: Vec<&str> = resolver::KNOWN.iter().map(|(_, u)| u.as_str()).collect();
    if !urls.contains(&chosen_url.as_str()) {
        urls.push(&chosen_url);
    }
    let options = urls
        .iter()
        .map(|u| {
            view! { <option value=u.to_string() selected=*u == chosen_url>{resolver::label(u)}</option> }
        })
        .collect_view();
    let status = move || {
        let l = lang.get();
        if down.get() {
            shell_text::ENGINE_DOWN.get(l).to_string()
        } else if busy.get() {
            spf_text::LIVE_BUSY.get(l).to_string()
        } else if answer.with(Option::is_some) {
            let url = resolver_url.get();
            fill(
                spf_text::LIVE_DONE.get(l),
                &[("resolver", &resolver::label(&url))],
            )
        } else if !domain_ok() {
            spf_text::LIVE_NEEDS_DOMAIN.get(l).to_string()
        } else {
            String::new()
        }
    };
    let result = move || {
        let l = lang.get();
        answer.with(|a| a.as_ref().map(|c| live_result(c, l)))
    };

    // The whole tree, by severity: the live count's total, else the
    // record's own lookups and the known cost of what it includes.
    let live_total =
        move || answer.with(|a| a.as_ref().and_then(|c| c.total.as_ref()).map(|t| t.lookups));
    let level = move || match live_total().unwrap_or_else(|| made.with(|m| m.estimate.total)) {
        n if n > MAX_DNS_LOOKUPS => Severity::Error,
        n if n >= LOOKUP_WARNING_FROM => Severity::Warning,
        _ => Severity::Info,
    };
    let estimate = move || {
        let l = lang.get();
        made.with(|m| estimate_parts(&m.estimate, live_total(), level(), l))
    };
    let lookups_class = move || match level() {
        Severity::Error => "lookups over",
        Severity::Warning => "lookups high",
        Severity::Info => "lookups",
    };

    // The chips of the chosen services: each removes its service.
    let chips = move || {
        let l = lang.get();
        chosen()
            .into_iter()
            .map(|p| {
                let label = fill(spf_text::REMOVE.get(l), &[("name", p.name)]);
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=label on:click=move |_| toggle(p.id, false)>
                            {p.name}
                            <span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    // The callouts about the chosen services: the engine's
    // `spf::preset-on-subdomain` and `spf::preset-not-needed` findings, the
    // latter with a link to the DKIM generator for the domain, at the
    // service's own DKIM records when the DKIM generator has them.
    let callouts = move || {
        let l = lang.get();
        let domain = field.name().get().unwrap_or_default();
        found.with(|f| {
            let list = &f.as_ref()?.findings;
            // One callout for each chosen service that needs nothing in
            // SPF, in the order chosen.
            let mut unneeded = chosen().into_iter().filter(|p| p.nothing_in_spf);
            let items: Vec<_> = list
                .iter()
                .map(|d| {
                    let link = (d.code == "spf::preset-not-needed").then(|| {
                        let fix = selo::handoff::Fix {
                            preset: unneeded.next().map(|p| p.id),
                            ..Default::default()
                        };
                        let href = selo::handoff::dkim_href(&domain, &fix);
                        view! { <p><a href=href>{spf_text::TO_DKIM.get(l)}</a></p> }.into_any()
                    });
                    plain_item(d, l, link)
                })
                .collect();
            (!items.is_empty()).then(|| {
                view! { <ul class="findings" aria-label=shell_text::FINDINGS.get(l)>{items}</ul> }
            })
        })
    };
    let filter = RwSignal::new(String::new());
    let no_match = move || {
        let f = filter.get();
        let any = PRESETS.iter().any(|p| matches(p, &f));
        (!any).then(|| fill(spf_text::NO_MATCH.get(lang.get()), &[("text", f.trim())]))
    };
    // The services' list: each with its checkbox (or why it has none), its
    // include, its note (from the engine worker's answer) and its
    // documentation. Providers that need nothing in SPF can be ticked too:
    // the record stays the same and the page says what to do instead.
    let rows = PRESETS
        .iter()
        .map(|p| {
            let note_id = format!("preset-{}-note", p.id);
            let name = view! { <span class="preset-name">{p.name}</span> };
            let control = if p.include.is_some() || p.nothing_in_spf {
                let what = match p.include {
                    Some(i) => view! { <code>{format!("include:{i}")}</code> }.into_any(),
                    None => {
                        view! { <span class="preset-nothing">{t(spf_text::NOTHING_IN_SPF)}</span> }
                            .into_any()
                    }
                };
                view! {
                    <label class="choice">
                        <input
                            type="checkbox"
                            data-preset=p.id
                            aria-describedby=note_id.clone()
                            prop:checked=move || chosen().iter().any(|x| x.id == p.id)
                            on:change=move |ev| toggle(p.id, event_target_checked(&ev))
                        />
                        {name}
                        {what}
                    </label>
                }
                .into_any()
            } else {
                view! { <p class="preset-none">{name} " — " {t(spf_text::NO_INCLUDE)}</p> }
                    .into_any()
            };
            let note = move || {
                let l = lang.get();
                let i = if l == Lang::Pt { 2 } else { 1 };
                found.with(|f| {
                    let e = f.as_ref()?.notes.iter().find(|e| e[0] == p.id)?;
                    let (note, url) = (e[i].clone(), e[3].clone());
                    Some(view! {
                        {note}
                        " "
                        <a href=url rel="noreferrer" target="_blank">{spf_text::SOURCE.get(l)}</a>
                    })
                })
            };
            view! {
                <li class="preset" data-id=p.id hidden=move || !filter.with(|f| matches(p, f))>
                    {control}
                    <p class="hint" id=note_id>{note}</p>
                </li>
            }
        })
        .collect_view();

    let all_radio = move |q: &'static str, label: Text| {
        let sym = if q.is_empty() { "-" } else { q };
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="spf-all"
                    value=sym
                    prop:disabled=move || matches!(redirect_spec(), Some(Ok(_)))
                    prop:checked=move || {
                        qualifier().symbol().to_string() == sym
                    }
                    on:change=move |_| all.set(q.to_string())
                />
                {t(label)}
            </label>
        }
    };

    view! {
        <GeneratorPage page=crate::Page::GenSpf intro=spf_text::INTRO domain=field>
            <Fields slot>
                <CheckField id="spf-sub" label=spf_text::SUB_LABEL hint=spf_text::SUB_HINT flag=sub />
                <fieldset class="presets" aria-describedby="spf-presets-hint">
                    <legend>{t(spf_text::PRESETS_LEGEND)}</legend>
                    <p class="hint" id="spf-presets-hint">{t(spf_text::PRESETS_HINT)}</p>
                    <ul class="preset-chips" aria-label=t(spf_text::CHOSEN)>{chips}</ul>
                    <div class="preset-findings" data-testid="preset-findings">{callouts}</div>
                    <label class="preset-filter">
                        {t(spf_text::FILTER_LABEL)}
                        <input id="spf-filter" type="search" prop:value=filter on:input=move |ev| filter.set(event_target_value(&ev)) />
                    </label>
                    <p class="hint" id="spf-no-match" role="status">{no_match}</p>
                    <ul class="preset-list">{rows}</ul>
                </fieldset>
                <CheckField id="spf-mx" label=spf_text::MX_LABEL hint=spf_text::MX_HINT flag=mx />
                <CheckField id="spf-a" label=spf_text::A_LABEL hint=spf_text::A_HINT flag=a />
                <ListField id="spf-ip4" legend=spf_text::IP4_LEGEND hint=spf_text::IP4_HINT store=ip4 errors=ip4.row_errors(check_ip4) placeholder="192.0.2.0/24" />
                <ListField id="spf-ip6" legend=spf_text::IP6_LEGEND hint=spf_text::IP6_HINT store=ip6 errors=ip6.row_errors(check_ip6) placeholder="2001:db8::/32" />
                <ListField id="spf-ahost" legend=spf_text::AHOST_LEGEND hint=spf_text::AHOST_HINT store=ahosts errors=ahosts.row_errors(check_spec) placeholder="mail.example.net" />
                <ListField id="spf-include" legend=spf_text::INCLUDE_LEGEND hint=spf_text::INCLUDE_HINT store=includes errors=includes.row_errors(check_include) placeholder="_spf.example.net" />
                <ListField id="spf-term" legend=spf_text::TERM_LEGEND hint=spf_text::TERM_HINT store=terms errors=terms.row_errors(|_| None) placeholder="mx:backup.example.net" />
                <fieldset class="choices" aria-describedby="spf-all-hint">
                    <legend>{t(spf_text::ALL_LEGEND)}</legend>
                    <p class="hint" id="spf-all-hint">{t(spf_text::ALL_HINT)}</p>
                    <p class="hint" hidden=move || !matches!(redirect_spec(), Some(Ok(_)))>
                        {t(spf_text::REDIRECT_SET)}
                    </p>
                    {all_radio("", spf_text::ALL_FAIL)}
                    {all_radio("~", spf_text::ALL_SOFT)}
                    {all_radio("?", spf_text::ALL_NEUTRAL)}
                </fieldset>
                <CheckField id="spf-none" label=spf_text::NONE_LABEL hint=spf_text::NONE_HINT flag=no_mail />
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
            <div class="spf-live" data-testid="live-count" aria-busy=move || busy.get().to_string()>
                <p class="hint">{t(spf_text::LIVE_NOTE)}</p>
                <p class="spf-live-controls">
                    <label for="spf-live-resolver">{t(spf_text::LIVE_RESOLVER)}</label>
                    " "
                    <select id="spf-live-resolver" on:change=on_resolver>{options}</select>
                    " "
                    <button type="button" id="spf-live-button" disabled=move || !domain_ok() || busy.get() on:click=count_live>
                        {t(spf_text::LIVE_BUTTON)}
                    </button>
                </p>
                <p class="spf-live-status" id="spf-live-status" role="status">{status}</p>
                <div class="check-report-host" id="spf-live-tree">{result}</div>
            </div>
            <FormNotices left_out=left_out />
            <Output slot value=Signal::derive(move || publishable.get().then(|| value.get())) what=shell_text::OUT_VALUE>
                <EmptyOutput needed=Signal::derive(move || {
                    let mut n = field.needed();
                    if !publishable.get() {
                        n.push(spf_text::NEED_SENDER);
                    }
                    n
                }) />
                <div hidden=move || !publishable.get() data-live=move || live_total().is_some()>
                    <div class=lookups_class data-testid="lookup-count" data-severity=move || level().as_str()>
                        <div role="status">{estimate}</div>
                        <p class="hint">{t(spf_text::LOOKUPS_NOTE)}</p>
                    </div>
                    <RecordOutput kind=RecordType::Spf owner=owner value=value domain=field.name() />
                </div>
            </Output>
        </GeneratorPage>
    }
}
