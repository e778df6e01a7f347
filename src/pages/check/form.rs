//! The check form, built with plain DOM calls rather than `view!`: the
//! page's form costs the site's first load far less this way. Its state is
//! the inputs themselves; the page reads them on submit.

use super::resolver;
use crate::dom::{fill, h, tx};
use crate::i18n::check as m;
use leptos::prelude::document;
use selo::Lang;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

/// The domain input's id.
pub const DOMAIN: &str = "check-domain";
/// The file input of a list of domains.
pub const FILE: &str = "check-file";
/// The DKIM selectors input's id.
pub const SELECTORS: &str = "check-selectors";
const CUSTOM_URL: &str = "check-resolver-url";
const CUSTOM_ERROR: &str = "check-resolver-error";

fn input(id: &str) -> Option<HtmlInputElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The text of an input ("" when absent).
pub fn value(id: &str) -> String {
    input(id).map(|i| i.value()).unwrap_or_default()
}

/// Sets an input's text, when it differs.
pub fn set_value(id: &str, v: &str) {
    if let Some(i) = input(id).filter(|i| i.value() != v) {
        i.set_value(v);
    }
}

/// The resolver URL chosen in the form.
pub fn chosen() -> String {
    let checked = document()
        .query_selector("input[name=resolver]:checked")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default();
    if checked == "custom" {
        value(CUSTOM_URL).trim().to_string()
    } else {
        checked
    }
}

/// After any input (`save`) or a rebuild: keeps a usable choice, and says
/// when the custom URL is not one.
pub fn resolver_changed(save: bool) {
    let url = chosen();
    let ok = resolver::host_of(&url).is_some();
    if ok && save {
        resolver::save(&url);
    }
    let custom = value(CUSTOM_URL);
    let bad = !ok && url == custom.trim() && !custom.trim().is_empty();
    if let Some(e) = document().get_element_by_id(CUSTOM_ERROR) {
        let _ = if bad {
            e.remove_attribute("hidden")
        } else {
            e.set_attribute("hidden", "")
        };
    }
    if let Some(i) = input(CUSTOM_URL) {
        let _ = i.set_attribute("aria-invalid", if bad { "true" } else { "false" });
    }
}

/// A one-line text field holding `value`: the same markup as the Analyze
/// page's fields (`selo_boundary::tree::text_field`), built by the tree
/// builder.
pub(crate) fn field(id: &str, label: &str, hint: &str, value: &str, placeholder: &str) -> Node {
    let doc = document();
    let tree = selo_boundary::tree::text_field(id, label, hint, placeholder);
    let node =
        super::tree::build(&doc, &tree, 0).unwrap_or_else(|| doc.create_text_node("").into());
    if let Some(i) = node
        .dyn_ref::<Element>()
        .and_then(|e| e.query_selector("input").ok().flatten())
        .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
    {
        i.set_value(value);
    }
    node
}

fn radio(id: &str, value: &str, checked: bool, label: &[Node]) -> Node {
    let mut attrs = vec![
        ("type", "radio"),
        ("name", "resolver"),
        ("id", id),
        ("value", value),
    ];
    if checked {
        attrs.push(("checked", ""));
    }
    h(
        "div",
        &[("class", "choice")],
        &[h("input", &attrs, &[]), h("label", &[("for", id)], label)],
    )
}

/// Fills `form` with the fields in `l`, keeping what is typed there (else
/// `domain` and `selectors`) and the saved resolver.
pub fn build(form: &Element, l: Lang, domain: &str, selectors: &str) {
    let typed = |id: &str, default: &str| {
        input(id)
            .map(|i| i.value())
            .unwrap_or_else(|| default.to_string())
    };
    let domain = typed(DOMAIN, domain);
    let selectors = typed(SELECTORS, selectors);
    let resolvers = resolver_choice(l);

    fill(
        form,
        &[
            field(
                DOMAIN,
                m::DOMAIN.get(l),
                m::DOMAIN_HINT.get(l),
                &domain,
                "example.com",
            ),
            // A list from a file (the browser fills the input with a file
            // dropped on it, as if chosen): read by the page, see `FILE`.
            h(
                "div",
                &[("class", "report-drop")],
                &[
                    h("label", &[("for", FILE)], &[tx(m::LIST_FILE.get(l))]),
                    h(
                        "input",
                        &[
                            ("type", "file"),
                            ("id", FILE),
                            ("accept", ".csv,.txt,text/*"),
                        ],
                        &[],
                    ),
                ],
            ),
            field(
                SELECTORS,
                m::SELECTORS.get(l),
                m::SELECTORS_HINT.get(l),
                &selectors,
                "",
            ),
            resolvers,
            h(
                "p",
                &[],
                &[h(
                    "button",
                    &[("type", "submit"), ("class", "check-run")],
                    &[tx(m::RUN.get(l))],
                )],
            ),
        ],
    );
    resolver_changed(false);
}

/// The resolver choice (the known resolvers and a custom URL) in `l`,
/// keeping what is chosen in the page, else the saved choice. The Check and
/// Analyze pages share it, with [`chosen`] and [`resolver_changed`].
pub fn resolver_choice(l: Lang) -> Node {
    let saved = input(CUSTOM_URL)
        .is_some()
        .then(chosen)
        .unwrap_or_else(resolver::saved);
    let known = resolver::KNOWN.iter().any(|(_, u)| u.as_str() == saved);
    let custom_url = if known {
        value(CUSTOM_URL)
    } else {
        saved.clone()
    };

    let mut choices = vec![
        h("legend", &[], &[tx(m::RESOLVER.get(l))]),
        h(
            "p",
            &[("class", "hint"), ("id", "check-resolver-hint")],
            &[tx(m::RESOLVER_HINT.get(l))],
        ),
    ];
    for (i, (name, url)) in resolver::KNOWN.iter().enumerate() {
        let url = url.as_str();
        let host = resolver::host_of(url).unwrap_or_default();
        choices.push(radio(
            &format!("resolver-{i}"),
            url,
            url == saved,
            &[
                tx(&format!("{name} ")),
                h("span", &[("class", "hint")], &[tx(&host)]),
            ],
        ));
    }
    choices.push(radio(
        "resolver-custom",
        "custom",
        !known,
        &[tx(m::RESOLVER_CUSTOM.get(l))],
    ));
    let url_input = h(
        "input",
        &[
            ("id", CUSTOM_URL),
            ("type", "url"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("placeholder", "https://dns.example/dns-query"),
            ("aria-describedby", "check-resolver-url-hint"),
        ],
        &[],
    );
    if let Some(i) = url_input.dyn_ref::<HtmlInputElement>() {
        i.set_value(&custom_url);
    }
    choices.push(h(
        "div",
        &[("class", "field check-custom")],
        &[
            h(
                "label",
                &[("for", CUSTOM_URL)],
                &[tx(m::RESOLVER_URL.get(l))],
            ),
            url_input,
            h(
                "p",
                &[("class", "hint"), ("id", "check-resolver-url-hint")],
                &[tx(m::RESOLVER_URL_HINT.get(l))],
            ),
            h(
                "p",
                &[
                    ("class", "field-error"),
                    ("id", CUSTOM_ERROR),
                    ("hidden", ""),
                ],
                &[tx(m::RESOLVER_BAD.get(l))],
            ),
        ],
    ));

    h(
        "fieldset",
        &[
            ("class", "field choices check-resolvers"),
            ("aria-describedby", "check-resolver-hint"),
        ],
        &choices,
    )
}
