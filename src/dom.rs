//! Plain DOM building: views made with these calls rather than `view!` cost
//! the download far less, and need no Leptos at all (the home page's own
//! module, `src/bin/home.rs`, is built from them alone).

use web_sys::{Document, Element, Node};

/// The page's document.
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a page has a document")
}

/// An element with its attributes and children.
pub fn h(tag: &str, attrs: &[(&str, &str)], kids: &[Node]) -> Node {
    let doc = document();
    let Ok(e) = doc.create_element(tag) else {
        return doc.create_text_node("").into();
    };
    for (k, v) in attrs {
        let _ = e.set_attribute(k, v);
    }
    for k in kids {
        let _ = e.append_child(k);
    }
    e.into()
}

/// A text node.
pub fn tx(s: &str) -> Node {
    document().create_text_node(s).into()
}

/// Replaces `el`'s children with `kids`.
pub fn fill(el: &Element, kids: &[Node]) {
    el.set_text_content(None);
    for k in kids {
        let _ = el.append_child(k);
    }
}
