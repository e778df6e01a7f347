//! The Reports page's tools, built with plain DOM calls rather than `view!`
//! (they cost the site's first load far less this way, like the check
//! form): the progress bars while a batch is read; then the filter of the
//! sources tables, the resolver and the reverse DNS button with its note.
//! Their state is the elements themselves; the page reads them on input.

use super::resolver;
use crate::dom::{h, tx};
use crate::i18n::reports as m;
use leptos::prelude::document;
use selo::Lang;
use wasm_bindgen::JsValue;
use web_sys::{Element, Node};

pub const FILTER: &str = "report-filter";
pub const FAILING: &str = "report-failing";
pub const RESOLVER: &str = "report-resolver";
pub const NAMES: &str = "report-names";
const FILE_BAR: &str = "report-file-bar";
const BATCH_BAR: &str = "report-batch-bar";
const NAMES_STATUS: &str = "report-names-status";

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

fn prop(id: &str, name: &str) -> JsValue {
    by_id(id)
        .and_then(|e| js_sys::Reflect::get(&e, &JsValue::from_str(name)).ok())
        .unwrap_or(JsValue::UNDEFINED)
}

/// The value of an input or select ("" when absent).
pub fn value(id: &str) -> String {
    prop(id, "value").as_string().unwrap_or_default()
}

/// Whether a checkbox is checked.
pub fn checked(id: &str) -> bool {
    prop(id, "checked").as_bool() == Some(true)
}

fn bar(id: &str, label: &str) -> [Node; 2] {
    [
        h("label", &[("for", id)], &[tx(label)]),
        h("progress", &[("id", id), ("max", "1"), ("value", "0")], &[]),
    ]
}

/// Fills `host` for the phase: the bars while `reading`, the tools once
/// `done`, nothing otherwise. What was typed or chosen is kept.
pub fn build(host: &Element, reading: bool, done: bool, l: Lang) {
    let (filter, failing) = (value(FILTER), checked(FAILING));
    let chosen = Some(value(RESOLVER))
        .filter(|u| resolver::host_of(u).is_some())
        .unwrap_or_else(resolver::saved);
    host.set_text_content(None);
    let mut parts: Vec<Node> = Vec::new();
    if reading {
        let [a, b] = bar(FILE_BAR, m::FILE_BAR.get(l));
        let [c, d] = bar(BATCH_BAR, m::BATCH_BAR.get(l));
        parts.push(h("div", &[("class", "report-bars")], &[a, b, c, d]));
    }
    if done {
        let search = h(
            "input",
            &[
                ("id", FILTER),
                ("type", "search"),
                ("autocomplete", "off"),
                ("spellcheck", "false"),
            ],
            &[],
        );
        let _ = js_sys::Reflect::set(&search, &"value".into(), &filter.into());
        let mut check = vec![("id", FAILING), ("type", "checkbox")];
        if failing {
            check.push(("checked", ""));
        }
        parts.push(h(
            "div",
            &[("class", "report-tools")],
            &[
                h(
                    "div",
                    &[("class", "field")],
                    &[
                        h("label", &[("for", FILTER)], &[tx(m::FILTER.get(l))]),
                        search,
                    ],
                ),
                h(
                    "div",
                    &[("class", "choice")],
                    &[
                        h("input", &check, &[]),
                        h("label", &[("for", FAILING)], &[tx(m::ONLY_FAILING.get(l))]),
                    ],
                ),
            ],
        ));
        // The known resolvers and the user's own, the current choice selected.
        let mut urls: Vec<String> = resolver::KNOWN.iter().map(|(_, u)| u.to_string()).collect();
        let saved = resolver::saved();
        for u in [saved, chosen.clone()] {
            if !urls.contains(&u) {
                urls.push(u);
            }
        }
        let options: Vec<Node> = urls
            .iter()
            .map(|u| {
                let mut attrs = vec![("value", u.as_str())];
                if *u == chosen {
                    attrs.push(("selected", ""));
                }
                h("option", &attrs, &[tx(&resolver::label(u))])
            })
            .collect();
        parts.push(h(
            "div",
            &[("class", "report-tools report-names")],
            &[
                h("label", &[("for", RESOLVER)], &[tx(m::RESOLVER.get(l))]),
                h("select", &[("id", RESOLVER)], &options),
                h(
                    "button",
                    &[("type", "button"), ("id", NAMES)],
                    &[tx(m::NAMES.get(l))],
                ),
                h("p", &[("class", "hint")], &[tx(m::NAMES_NOTE.get(l))]),
                h(
                    "p",
                    &[
                        ("class", "report-names-status"),
                        ("id", NAMES_STATUS),
                        ("role", "status"),
                    ],
                    &[],
                ),
            ],
        ));
    }
    for p in parts {
        let _ = host.append_child(&p);
    }
}

/// Moves the bars, and keeps the names button and line current.
pub fn follow(file: (f64, f64), batch: (f64, f64), naming: bool, names_line: &str) {
    for (id, (at, of)) in [(FILE_BAR, file), (BATCH_BAR, batch)] {
        if let Some(e) = by_id(id) {
            // Whole bytes: formatting a float would cost the first load.
            let (at, of) = (at as u64, (of as u64).max(1));
            let _ = e.set_attribute("max", &of.to_string());
            let _ = e.set_attribute("value", &at.min(of).to_string());
        }
    }
    if let Some(b) = by_id(NAMES) {
        let _ = if naming {
            b.set_attribute("disabled", "")
        } else {
            b.remove_attribute("disabled")
        };
    }
    if let Some(p) = by_id(NAMES_STATUS).filter(|p| p.text_content().as_deref() != Some(names_line))
    {
        p.set_text_content(Some(names_line));
    }
}
