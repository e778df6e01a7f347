//! Builds a worker's element tree (`selo_boundary::Node`, decoded from the
//! worker's answer) into DOM nodes.
//!
//! Everything in it may come from DNS answers or web servers the user does
//! not control, so strings only ever become text nodes or attribute values,
//! tags and attributes outside short lists are dropped, and links go only
//! to this app (`?page=...`, or `#id` within the page) or to `https://`
//! addresses (and a CSV the worker made, as a `data:text/csv` link).

use selo_boundary::Node as Tree;
use web_sys::{Document, Node};

/// The form controls are for the Analyze page's form, made by its worker.
const TAGS: &[&str] = &[
    "a", "button", "caption", "code", "details", "div", "em", "form", "h3", "h4", "input", "label",
    "li", "p", "pre", "progress", "section", "span", "strong", "summary", "table", "tbody", "td",
    "textarea", "th", "thead", "tr", "ul",
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
    "download",
    "data-act",
    "data-code",
    "data-exists",
    "data-kind",
    "data-lookups",
    "data-selector",
    "data-sort",
    "data-status",
    "for",
    "height",
    "href",
    "id",
    "max",
    "placeholder",
    "rel",
    "role",
    "rows",
    "scope",
    "spellcheck",
    "target",
    "type",
    "value",
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
    v.starts_with('?')
        || v.starts_with('#')
        || v.starts_with("https://")
        || v.starts_with("data:text/csv;")
}

/// The DOM node for `tree`, or `None` for a tag outside the list.
pub fn build(doc: &Document, tree: &Tree, depth: u32) -> Option<Node> {
    build_in(doc, tree, depth, false)
}

fn build_in(doc: &Document, tree: &Tree, depth: u32, svg: bool) -> Option<Node> {
    let (tag, attrs, children) = match tree {
        Tree::Text(s) => return Some(doc.create_text_node(&selo::text::cap(s, MAX_TEXT)).into()),
        Tree::El(tag, attrs, children) => (tag.as_ref(), attrs, children),
    };
    if depth > MAX_DEPTH {
        return None;
    }
    let svg = svg || tag == "svg";
    let el = if svg && SVG_TAGS.contains(&tag) {
        doc.create_element_ns(Some(SVG_NS), tag).ok()?
    } else if !svg && TAGS.contains(&tag) {
        doc.create_element(tag).ok()?
    } else {
        return None;
    };
    for (k, val) in attrs {
        let k = k.as_ref();
        if !ATTRS.contains(&k) || (k == "href" && !safe_href(val)) {
            continue;
        }
        let _ = el.set_attribute(k, &selo::text::cap(val, MAX_TEXT));
    }
    for child in children {
        if let Some(child) = build_in(doc, child, depth + 1, svg) {
            let _ = el.append_child(&child);
        }
    }
    Some(el.into())
}
