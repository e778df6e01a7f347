//! A small element tree, which the workers build and the page turns into
//! DOM nodes with text nodes and a short list of allowed tags and
//! attributes (see `src/pages/check/tree.rs`). DNS content only ever
//! becomes text or an attribute value; the page never parses HTML.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A name the worker writes as a constant and the page reads as a string.
pub type Name = Cow<'static, str>;

/// An element or a text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Node {
    /// Tag, attributes, children.
    El(Name, Vec<(Name, String)>, Vec<Node>),
    /// A text node.
    Text(String),
}

/// An element.
pub fn el(tag: &'static str, attrs: &[(&'static str, &str)], children: Vec<Node>) -> Node {
    Node::El(
        Cow::Borrowed(tag),
        attrs
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.to_string()))
            .collect(),
        children,
    )
}

/// A text node.
pub fn text(s: impl Into<String>) -> Node {
    Node::Text(s.into())
}

/// A one-line text field: its label, the input and a hint the input is
/// described by. The Check page's form and the Analyze page's (which the
/// analyzer sends) are built from it, so both read alike.
pub fn text_field(id: &str, label: &str, hint: &str, placeholder: &str) -> Node {
    let hint_id = format!("{id}-hint");
    el(
        "div",
        &[("class", "field")],
        vec![
            el("label", &[("for", id)], vec![text(label)]),
            el(
                "input",
                &[
                    ("id", id),
                    ("type", "text"),
                    ("autocomplete", "off"),
                    ("autocapitalize", "off"),
                    ("spellcheck", "false"),
                    ("placeholder", placeholder),
                    ("aria-describedby", &hint_id),
                ],
                vec![],
            ),
            el(
                "p",
                &[("class", "hint"), ("id", &hint_id)],
                vec![text(hint)],
            ),
        ],
    )
}

impl Node {
    /// The tree as JSON, `["tag", {"attr": "value"}, child...]` or a
    /// string (a text node): how the tests read a tree.
    pub fn json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    fn write_json(&self, out: &mut String) {
        match self {
            Node::Text(t) => quote(t, out),
            Node::El(tag, attrs, children) => {
                out.push('[');
                quote(tag, out);
                out.push_str(",{");
                for (i, (k, v)) in attrs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    quote(k, out);
                    out.push(':');
                    quote(v, out);
                }
                out.push('}');
                for c in children {
                    out.push(',');
                    c.write_json(out);
                }
                out.push(']');
            }
        }
    }
}

/// `s` as a JSON string.
fn quote(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A table's head: one row of these header cells.
pub fn head(cells: Vec<Node>) -> Node {
    el("thead", &[], vec![el("tr", &[], cells)])
}

/// A column header holding `children`, with more attributes (`aria-sort`).
pub fn col_header(attrs: &[(&'static str, &str)], children: Vec<Node>) -> Node {
    let mut all = vec![("scope", "col")];
    all.extend_from_slice(attrs);
    el("th", &all, children)
}

/// A table's head: one row of column headers in `l`.
pub fn head_row(cols: &[selo::Text], l: selo::Lang) -> Node {
    head(
        cols.iter()
            .map(|c| col_header(&[], vec![text(c.get(l))]))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tree_comes_back_as_it_went() {
        let n = el(
            "p",
            &[("class", "x")],
            vec![text("a <b>"), el("code", &[], vec![text("c")])],
        );
        let bytes = postcard::to_allocvec(&n).unwrap();
        assert_eq!(postcard::from_bytes::<Node>(&bytes).unwrap(), n);
        assert_eq!(n.json(), r#"["p",{"class":"x"},"a <b>",["code",{},"c"]]"#);
        assert_eq!(text("\"\\\n\u{1}").json(), r#""\"\\\n\u0001""#);
    }
}
