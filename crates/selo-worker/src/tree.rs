//! A small element tree, posted to the page as JSON and built there into DOM
//! nodes with text nodes and a short list of allowed tags and attributes
//! (see `src/pages/check.rs`): `["tag", {"attr": "value"}, child...]` or a
//! string (a text node). DNS content only ever becomes text or an attribute
//! value; the page never parses HTML.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// An element or a text.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// Tag, attributes, children.
    El(&'static str, Vec<(&'static str, String)>, Vec<Node>),
    /// A text node.
    Text(String),
}

/// An element.
pub fn el(tag: &'static str, attrs: &[(&'static str, &str)], children: Vec<Node>) -> Node {
    Node::El(
        tag,
        attrs.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        children,
    )
}

/// A text node.
pub fn text(s: impl Into<String>) -> Node {
    Node::Text(s.into())
}

/// A table's head: one row of column headers in `l`.
pub fn head_row(cols: &[selo::Text], l: selo::Lang) -> Node {
    el(
        "thead",
        &[],
        vec![el(
            "tr",
            &[],
            cols.iter()
                .map(|c| el("th", &[("scope", "col")], vec![text(c.get(l))]))
                .collect(),
        )],
    )
}

impl Serialize for Node {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Node::Text(t) => s.serialize_str(t),
            Node::El(tag, attrs, children) => {
                let mut seq = s.serialize_seq(Some(children.len() + 2))?;
                seq.serialize_element(tag)?;
                seq.serialize_element(&Attrs(attrs))?;
                for c in children {
                    seq.serialize_element(c)?;
                }
                seq.end()
            }
        }
    }
}

struct Attrs<'a>(&'a [(&'static str, String)]);

impl Serialize for Attrs<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_nested_arrays() {
        let n = el(
            "p",
            &[("class", "x")],
            vec![text("a <b>"), el("code", &[], vec![text("c")])],
        );
        assert_eq!(
            serde_json::to_string(&n).unwrap(),
            r#"["p",{"class":"x"},"a <b>",["code",{},"c"]]"#
        );
    }
}
