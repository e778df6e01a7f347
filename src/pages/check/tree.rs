//! Builds the worker's element tree (`crates/selo-worker/src/tree.rs`)
//! into DOM nodes: `["tag", {"attr": "value"}, child...]` or a string.
//!
//! Everything in it may come from DNS answers or web servers the user does
//! not control, so strings only ever become text nodes or attribute values,
//! tags and attributes outside short lists are dropped, and links go only
//! to this app (`?page=...`) or to `https://` addresses.

use js_sys::{Array, Object};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use web_sys::{Document, Node};

/// The form controls are for the Analyze page's form, made by its worker.
const TAGS: &[&str] = &[
    "a", "button", "caption", "code", "details", "div", "em", "form", "h3", "h4", "input", "label",
    "li", "p", "pre", "section", "span", "strong", "summary", "table", "tbody", "td", "textarea",
    "th", "thead", "tr", "ul",
];
/// Drawn in the SVG namespace (the Reports page's chart), under `svg`.
const SVG_TAGS: &[&str] = &["svg", "desc", "g", "line", "rect", "text", "title"];
const SVG_NS: &str = "http://www.w3.org/2000/svg";
const ATTRS: &[&str] = &[
    "accept",
    "aria-describedby",
    "aria-hidden",
    "aria-label",
    "aria-sort",
    "autocapitalize",
    "autocomplete",
    "class",
    "data-code",
    "data-exists",
    "data-kind",
    "data-selector",
    "data-sort",
    "data-status",
    "for",
    "height",
    "href",
    "id",
    "placeholder",
    "rel",
    "role",
    "rows",
    "scope",
    "spellcheck",
    "target",
    "type",
    "viewBox",
    "width",
    "x",
    "x1",
    "x2",
    "y",
    "y1",
    "y2",
];
/// Deeper trees are cut (an SPF include tree is at most a dozen levels).
const MAX_DEPTH: u32 = 40;
/// Longer strings are cut.
const MAX_TEXT: usize = 8192;

fn safe_href(v: &str) -> bool {
    v.starts_with('?') || v.starts_with("https://")
}

/// The node for `v`, or `None` for anything not in the tree's shape.
pub fn build(doc: &Document, v: &JsValue, depth: u32) -> Option<Node> {
    build_in(doc, v, depth, false)
}

fn build_in(doc: &Document, v: &JsValue, depth: u32, svg: bool) -> Option<Node> {
    if let Some(s) = v.as_string() {
        return Some(doc.create_text_node(&selo::text::cap(&s, MAX_TEXT)).into());
    }
    if depth > MAX_DEPTH || !Array::is_array(v) {
        return None;
    }
    let a = Array::from(v);
    let tag = a.get(0).as_string()?;
    let svg = svg || tag == "svg";
    let el = if svg && SVG_TAGS.contains(&tag.as_str()) {
        doc.create_element_ns(Some(SVG_NS), &tag).ok()?
    } else if !svg && TAGS.contains(&tag.as_str()) {
        doc.create_element(&tag).ok()?
    } else {
        return None;
    };
    let attrs = a.get(1);
    if attrs.is_object() {
        for entry in Object::entries(attrs.unchecked_ref()).iter() {
            let pair = Array::from(&entry);
            let (Some(k), Some(val)) = (pair.get(0).as_string(), pair.get(1).as_string()) else {
                continue;
            };
            if !ATTRS.contains(&k.as_str()) || (k == "href" && !safe_href(&val)) {
                continue;
            }
            let _ = el.set_attribute(&k, &selo::text::cap(&val, MAX_TEXT));
        }
    }
    for i in 2..a.length() {
        if let Some(child) = build_in(doc, &a.get(i), depth + 1, svg) {
            let _ = el.append_child(&child);
        }
    }
    Some(el.into())
}
