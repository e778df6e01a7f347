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
use crate::dom::{self, h, tx};
use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::{
    common as shell_text, fill, gen_forms as form_text, gen_spf as spf_text, t, use_lang,
};
use crate::pages::check::{resolver, tree};
use leptos::prelude::*;
use selo::spf::form::SpfForm;
use selo::spf::presets::{
    LOOKUP_WARNING_FROM, LookupEstimate, PRESETS, SenderPreset, read_include,
};
use selo::spf::{self, DomainSpec, Ip4Network, Ip6Network, MAX_DNS_LOOKUPS, Qualifier};
use selo::{Lang, RecordType, Severity};
use selo_boundary::{Both, Request, Response};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node};

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

/// The value of `key` in a JS object (the worker's answer, an element).
fn js_field(o: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(o, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// The value of the input or select `id` ("" when absent).
fn value_of(id: &str) -> String {
    by_id(id)
        .map(|e| js_field(&e, "value"))
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn set_flag(e: &Element, name: &str, on: bool) {
    let _ = if on {
        e.set_attribute(name, "")
    } else {
        e.remove_attribute(name)
    };
}

// The ids of the parts built with plain DOM calls (see `dom::h`):
// they cost the first load far less than `view!`.
const FILTER: &str = "spf-filter";
const NO_MATCH: &str = "spf-no-match";
const RESOLVER: &str = "spf-live-resolver";
const LIVE_BUTTON: &str = "spf-live-button";
const LIVE_STATUS: &str = "spf-live-status";
const LIVE_TREE: &str = "spf-live-tree";

/// Hides the services whose name does not match the filter, and says when
/// none does.
fn apply_filter(l: Lang) {
    let f = value_of(FILTER);
    let rows = document()
        .query_selector(".preset-list")
        .ok()
        .flatten()
        .map(|u| u.children());
    let mut any = false;
    for (i, p) in PRESETS.iter().enumerate() {
        let show = matches(p, &f);
        any |= show;
        if let Some(e) = rows.as_ref().and_then(|r| r.item(i as u32)) {
            set_flag(&e, "hidden", !show);
        }
    }
    if let Some(e) = by_id(NO_MATCH) {
        let said = (!any).then(|| fill(spf_text::NO_MATCH.get(l), &[("text", f.trim())]));
        e.set_text_content(said.as_deref());
    }
}

/// A finding's severity badge: its icon and word.
fn badge(sev: Severity, l: Lang) -> Node {
    let (icon, word) = severity_parts(sev);
    h(
        "span",
        &[("class", "sev-badge")],
        &[
            h("span", &[("aria-hidden", "true")], &[tx(icon)]),
            tx(&format!(" {}", word.get(l))),
        ],
    )
}

/// The chips of the chosen services, and the callouts about them: the
/// engine's `spf::preset-on-subdomain` and `spf::preset-not-needed`
/// findings (in `found`, the engine worker's answer), the latter with a
/// link to the DKIM generator for `domain`, at the service's own DKIM
/// records when the DKIM generator has them.
fn chosen_parts(
    chosen: &[&'static SenderPreset],
    found: Option<&Both>,
    domain: &str,
    l: Lang,
) -> [Node; 2] {
    let chips: Vec<Node> = chosen
        .iter()
        .map(|p| {
            let label = fill(spf_text::REMOVE.get(l), &[("name", p.name)]);
            let attrs = [
                ("type", "button"),
                ("class", "chip"),
                ("data-id", p.id),
                ("aria-label", &label),
            ];
            let x = h("span", &[("aria-hidden", "true")], &[tx(" ×")]);
            h("li", &[], &[h("button", &attrs, &[tx(p.name), x])])
        })
        .collect();
    let callouts = h(
        "div",
        &[
            ("class", "preset-findings"),
            ("data-testid", "preset-findings"),
        ],
        &[],
    );
    let doc = document();
    let tree = found.and_then(|f| tree::build(&doc, if l == Lang::Pt { &f.pt } else { &f.en }, 0));
    if let Some(list) = tree.and_then(|t| t.dyn_into::<Element>().ok()) {
        if list.child_element_count() > 0 {
            let _ = callouts.append_child(&list);
        }
        let items = list.children();
        // One callout for each chosen service that needs nothing in SPF, in
        // the order chosen.
        let mut unneeded = chosen.iter().filter(|p| p.nothing_in_spf);
        for li in (0..items.length()).filter_map(|i| items.item(i)) {
            if li.get_attribute("data-code").as_deref() == Some("spf::preset-not-needed") {
                let fix = selo::handoff::Fix {
                    preset: unneeded.next().map(|p| p.id),
                    ..Default::default()
                };
                let href = selo::handoff::dkim_href(domain, &fix);
                let link = h("a", &[("href", &href)], &[tx(spf_text::TO_DKIM.get(l))]);
                let _ = li.append_child(&h("p", &[], &[link]));
            }
        }
    }
    let chosen_label = spf_text::CHOSEN.get(l);
    [
        h(
            "ul",
            &[("class", "preset-chips"), ("aria-label", chosen_label)],
            &chips,
        ),
        callouts,
    ]
}

/// The whole tree's lookups, by severity: the live count's when the
/// includes were resolved (`live`), else the estimate.
fn estimate_parts(e: &LookupEstimate, live: Option<usize>, level: Severity, l: Lang) -> Vec<Node> {
    let n = |v: usize| v.to_string();
    let (said, total) = match live {
        Some(total) => (spf_text::LOOKUPS_LIVE, total),
        None => (spf_text::LOOKUPS, e.total),
    };
    let count = fill(
        said.get(l),
        &[("n", &n(total)), ("max", &n(MAX_DNS_LOOKUPS))],
    );
    let mut out = vec![h(
        "p",
        &[("class", "lookup-count")],
        &[badge(level, l), tx(" "), tx(&count)],
    )];
    let high = match level {
        Severity::Error => Some(spf_text::LOOKUPS_OVER),
        Severity::Warning => Some(spf_text::LOOKUPS_HIGH),
        Severity::Info => None,
    };
    if let Some(t) = high {
        out.push(h("p", &[("class", "lookups-high")], &[tx(t.get(l))]));
    }
    if live.is_some() {
        return out;
    }
    let split = fill(
        spf_text::LOOKUPS_SPLIT.get(l),
        &[("own", &n(e.own)), ("nested", &n(e.nested))],
    );
    out.push(h("p", &[("class", "lookup-split")], &[tx(&split)]));
    if !e.unknown.is_empty() {
        let list = e.unknown.join(", ");
        let said = fill(spf_text::LOOKUPS_UNKNOWN.get(l), &[("list", &list)]);
        out.push(h("p", &[("class", "lookup-unknown")], &[tx(&said)]));
    }
    out
}

/// The services' list: each with its checkbox (or why it has none), its
/// include, its note (filled in from the engine worker's answer) and its
/// documentation. Providers that need nothing in SPF can be ticked too: the
/// record stays the same and the page says what to do instead.
fn preset_rows(l: Lang) -> Node {
    let rows: Vec<Node> = PRESETS
        .iter()
        .map(|p| {
            let note_id = format!("preset-{}-note", p.id);
            let name = h("span", &[("class", "preset-name")], &[tx(p.name)]);
            let control = if p.include.is_some() || p.nothing_in_spf {
                let what = match p.include {
                    Some(i) => h("code", &[], &[tx(&format!("include:{i}"))]),
                    None => h(
                        "span",
                        &[("class", "preset-nothing")],
                        &[tx(spf_text::NOTHING_IN_SPF.get(l))],
                    ),
                };
                let input = h(
                    "input",
                    &[
                        ("type", "checkbox"),
                        ("data-preset", p.id),
                        ("aria-describedby", &note_id),
                    ],
                    &[],
                );
                h("label", &[("class", "choice")], &[input, name, what])
            } else {
                let none = format!(" — {}", spf_text::NO_INCLUDE.get(l));
                h("p", &[("class", "preset-none")], &[name, tx(&none)])
            };
            // Filled in with the note and the link from the worker.
            let note = h("p", &[("class", "hint"), ("id", &note_id)], &[]);
            h(
                "li",
                &[("class", "preset"), ("data-id", p.id)],
                &[control, note],
            )
        })
        .collect();
    h("ul", &[("class", "preset-list")], &rows)
}

/// The live count's note, resolver choice (the Check page's resolvers, and
/// the user's own when it is another), button, status and result.
fn live_parts(l: Lang) -> Vec<Node> {
    let chosen = Some(value_of(RESOLVER))
        .filter(|u| !u.is_empty())
        .unwrap_or_else(resolver::saved);
    let mut urls: Vec<&str> = resolver::KNOWN.iter().map(|(_, u)| u.as_str()).collect();
    if !urls.contains(&chosen.as_str()) {
        urls.push(&chosen);
    }
    let options: Vec<Node> = urls
        .iter()
        .map(|u| {
            let mut attrs = vec![("value", *u)];
            if *u == chosen {
                attrs.push(("selected", ""));
            }
            h("option", &attrs, &[tx(&resolver::label(u))])
        })
        .collect();
    vec![
        h("p", &[("class", "hint")], &[tx(spf_text::LIVE_NOTE.get(l))]),
        h(
            "p",
            &[("class", "spf-live-controls")],
            &[
                h(
                    "label",
                    &[("for", RESOLVER)],
                    &[tx(spf_text::LIVE_RESOLVER.get(l))],
                ),
                tx(" "),
                h("select", &[("id", RESOLVER)], &options),
                tx(" "),
                h(
                    "button",
                    &[("type", "button"), ("id", LIVE_BUTTON)],
                    &[tx(spf_text::LIVE_BUTTON.get(l))],
                ),
            ],
        ),
        h(
            "p",
            &[
                ("class", "spf-live-status"),
                ("id", LIVE_STATUS),
                ("role", "status"),
            ],
            &[],
        ),
        h(
            "div",
            &[("class", "check-report-host"), ("id", LIVE_TREE)],
            &[],
        ),
    ]
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
            presets: chosen.get(),
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
            || matches!(redirect_spec.get(), Some(Err(_)))
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
    let found = RwSignal::new(None::<(Vec<[String; 4]>, Both)>);
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
                found.try_set(Some((p.notes, p.findings)));
            }
        });
    });

    // The live count, asked of the engine worker; cleared when the record,
    // the domain or the resolver changes.
    // The worker's answer (its tree), a question on its way, no worker.
    let answer = RwSignal::new(None::<Both>);
    let busy = RwSignal::new(false);
    let down = RwSignal::new(false);
    let asked = StoredValue::new(0u64);
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
    let count_live = move || {
        let Some(Ok(d)) = parsed_domain.get_untracked() else {
            return;
        };
        clear();
        let mine = asked.get_value();
        busy.set(true);
        let request = Request::CountSpf {
            domain: d.as_str().to_string(),
            record: value.get_untracked(),
            resolver: value_of(RESOLVER),
        };
        crate::engine::ask(request, move |got| {
            if asked.try_get_value() == Some(mine) {
                let tree = match got {
                    Ok(Response::SpfCounted(tree)) => tree.get(),
                    _ => None,
                };
                busy.try_set(false);
                down.try_set(tree.is_none());
                answer.try_set(tree);
            }
        });
    };

    // Every part built with plain DOM calls, in one effect: the filter, the
    // services' list and the live count's controls are built again only
    // for another language (what was typed or chosen is kept); the chips,
    // the callouts, the ticks, the notes, the estimate and the live count's
    // state follow the form.
    let tools_host = NodeRef::<leptos::html::Div>::new();
    let estimate_host = NodeRef::<leptos::html::Div>::new();
    let live_host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let l = lang.get();
        let (Some(tools), Some(est), Some(live)) =
            (tools_host.get(), estimate_host.get(), live_host.get())
        else {
            return;
        };
        let doc = document();
        if tools.get_attribute("data-lang").as_deref() != Some(l.tag()) {
            let _ = tools.set_attribute("data-lang", l.tag());
            let input = h("input", &[("id", FILTER), ("type", "search")], &[]);
            let _ = js_sys::Reflect::set(&input, &"value".into(), &value_of(FILTER).into());
            let no_match = h(
                "p",
                &[("class", "hint"), ("id", NO_MATCH), ("role", "status")],
                &[],
            );
            let filter = h(
                "label",
                &[("class", "preset-filter")],
                &[tx(spf_text::FILTER_LABEL.get(l)), input],
            );
            let [chips, callouts] = chosen_parts(&[], None, "", l);
            let list = preset_rows(l);
            let controls = live_parts(l);
            dom::fill(&tools, &[chips, callouts, filter, no_match, list]);
            dom::fill(&live, &controls);
            apply_filter(l);
        }

        // The chips and callouts; the ticks; the notes.
        let kids = tools.children();
        found.with(|found| {
            chosen.with(|c| {
                let d = field.name().get().unwrap_or_default();
                let parts = chosen_parts(c, found.as_ref().map(|f| &f.1), &d, l);
                for (i, part) in parts.iter().enumerate() {
                    if let Some(old) = kids.item(i as u32) {
                        let _ = tools.replace_child(part, &old);
                    }
                }
                // Row i is PRESETS[i]; rows without a checkbox have no input.
                let rows = kids.item(4).map(|list| list.children());
                for (i, p) in PRESETS.iter().enumerate() {
                    let on = c.iter().any(|x| x.id == p.id);
                    let b = rows.as_ref().and_then(|r| r.item(i as u32));
                    if let Some(b) = b.and_then(|r| r.query_selector("input").ok().flatten()) {
                        let _ = js_sys::Reflect::set(&b, &"checked".into(), &on.into());
                    }
                }
            });
            let i = if l == Lang::Pt { 2 } else { 1 };
            for e in found.iter().flat_map(|f| &f.0) {
                let [id, note, url] = [&e[0], &e[i], &e[3]];
                let Some(p) = doc.get_element_by_id(&format!("preset-{id}-note")) else {
                    continue;
                };
                let link = h(
                    "a",
                    &[("href", url), ("rel", "noreferrer"), ("target", "_blank")],
                    &[tx(spf_text::SOURCE.get(l))],
                );
                dom::fill(&p, &[tx(note), tx(" "), link]);
            }
        });

        // The live count's state.
        let (busy, down) = (busy.get(), down.get());
        let domain_ok = matches!(parsed_domain.get(), Some(Ok(_)));
        let _ = live.set_attribute("aria-busy", if busy { "true" } else { "false" });
        if let Some(b) = by_id(LIVE_BUTTON) {
            set_flag(&b, "disabled", !domain_ok || busy);
        }
        let tree_host = by_id(LIVE_TREE);
        if let Some(t) = &tree_host {
            t.set_text_content(None);
        }
        let status = answer.with(|r| {
            if down {
                shell_text::ENGINE_DOWN.get(l).to_string()
            } else if busy {
                spf_text::LIVE_BUSY.get(l).to_string()
            } else if let Some(r) = r {
                let tree = if l == Lang::Pt { &r.pt } else { &r.en };
                if let (Some(t), Some(node)) = (&tree_host, tree::build(&doc, tree, 0)) {
                    let _ = t.append_child(&node);
                }
                let url = value_of(RESOLVER);
                fill(
                    spf_text::LIVE_DONE.get(l),
                    &[("resolver", &resolver::label(&url))],
                )
            } else if !domain_ok {
                spf_text::LIVE_NEEDS_DOMAIN.get(l).to_string()
            } else {
                String::new()
            }
        });
        if let Some(s) = by_id(LIVE_STATUS) {
            s.set_text_content(Some(&status));
        }

        // The whole tree, by severity: the live count's total, else the
        // record's own lookups and the known cost of what it includes.
        let e = made.with(|m| m.estimate.clone());
        // The live count's total, once it is shown.
        let live_total = tree_host
            .and_then(|t| t.query_selector("[data-lookups]").ok().flatten())
            .and_then(|p| p.get_attribute("data-lookups"))
            .and_then(|n| n.parse::<usize>().ok());
        let level = match live_total.unwrap_or(e.total) {
            n if n > MAX_DNS_LOOKUPS => Severity::Error,
            n if n >= LOOKUP_WARNING_FROM => Severity::Warning,
            _ => Severity::Info,
        };
        if let Some(b) = est.parent_element() {
            let class = match level {
                Severity::Error => "lookups over",
                Severity::Warning => "lookups high",
                Severity::Info => "lookups",
            };
            let _ = b.set_attribute("class", class);
            let _ = b.set_attribute("data-severity", level.as_str());
            // Once the real tree is counted, the estimate's findings beside
            // the record give way to it (style/gen-forms.css).
            if let Some(w) = b.parent_element() {
                set_flag(&w, "data-live", live_total.is_some());
            }
        }
        dom::fill(&est, &estimate_parts(&e, live_total, level, l));
    });
    // A chip's click removes its service, a tick adds or removes one; the
    // filter hides the others.
    let on_presets_click = move |ev: leptos::ev::MouseEvent| {
        let Some(e) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let chip = e.closest("button.chip").ok().flatten();
        let (id, on) = match (&chip, e.get_attribute("data-preset")) {
            (Some(b), _) => (b.get_attribute("data-id"), false),
            (None, Some(id)) => (Some(id), js_field(&e, "checked").as_bool() == Some(true)),
            _ => return,
        };
        if let Some(p) = id.and_then(|id| PRESETS.iter().find(|p| p.id == id)) {
            toggle(p.id, on);
        }
    };
    let on_filter = move |_| apply_filter(lang.get_untracked());

    // The button counts; another resolver is kept and clears the last count.
    let on_live_click = move |ev: leptos::ev::MouseEvent| {
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("button").ok().flatten())
            .is_some_and(|b| b.id() == LIVE_BUTTON);
        if on_button {
            count_live();
        }
    };
    let on_live_change = move |_| {
        resolver::save(&value_of(RESOLVER));
        clear();
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
        <GeneratorPage page=crate::Page::GenSpf intro=spf_text::INTRO domain=field>
            <Fields slot>
                <CheckField id="spf-sub" label=spf_text::SUB_LABEL hint=spf_text::SUB_HINT flag=sub />
                <fieldset class="presets" aria-describedby="spf-presets-hint" on:click=on_presets_click on:input=on_filter>
                    <legend>{t(spf_text::PRESETS_LEGEND)}</legend>
                    <p class="hint" id="spf-presets-hint">{t(spf_text::PRESETS_HINT)}</p>
                    <div node_ref=tools_host></div>
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
                    <p class="hint" hidden=move || !matches!(redirect_spec.get(), Some(Ok(_)))>
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
            <div class="spf-live" data-testid="live-count" node_ref=live_host on:click=on_live_click on:change=on_live_change></div>
            <FormNotices left_out=left_out />
            <Output slot value=Signal::derive(move || publishable.get().then(|| value.get())) what=shell_text::OUT_VALUE>
                <EmptyOutput needed=Signal::derive(move || {
                    let mut n = field.needed();
                    if !publishable.get() {
                        n.push(spf_text::NEED_SENDER);
                    }
                    n
                }) />
                <div hidden=move || !publishable.get()>
                    <div class="lookups" data-testid="lookup-count">
                        <div role="status" node_ref=estimate_host></div>
                        <p class="hint">{t(spf_text::LOOKUPS_NOTE)}</p>
                    </div>
                    <RecordOutput kind=RecordType::Spf owner=owner value=value domain=field.name() />
                </div>
            </Output>
        </GeneratorPage>
    }
}
