//! A textarea whose findings are highlighted in place.
//!
//! The textarea has a transparent background and lies over a mirror `<div>`
//! that holds the same text, with `<mark>` elements at the findings' spans.
//! The engine's spans are UTF-8 byte offsets; this is the only place that
//! turns them into UTF-16 offsets (for `setSelectionRange`).

use leptos::html;
use leptos::prelude::*;
use selo::shown::ShownFinding;
use selo::{Severity, Span};

/// Selects `span` (byte offsets into `text`) in the textarea and focuses it.
pub fn select_span(area: &web_sys::HtmlTextAreaElement, text: &str, span: Span) {
    let start = utf16_offset(text, span.start);
    let end = utf16_offset(text, span.end);
    let _ = area.focus();
    let _ = area.set_selection_range(start, end);
}

/// The UTF-16 offset of byte offset `byte` (rounded down to a character
/// boundary, clamped to the text).
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].encode_utf16().count() as u32
}

/// A piece of the mirrored text: plain, or marked with a severity.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    /// Text no finding points at.
    Plain(&'a str),
    /// Text (possibly empty, for "something is missing here") a finding
    /// points at; the most severe finding wins.
    Marked(&'a str, Severity, bool),
}

/// Cuts `text` at the findings' spans. Spans off the text or off character
/// boundaries are clamped; overlapping spans take the highest severity.
pub fn pieces<'a>(text: &'a str, diagnostics: &[ShownFinding]) -> Vec<Piece<'a>> {
    let clamp = |mut b: usize| {
        b = b.min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        b
    };
    // (span, severity, primary?)
    let mut spans: Vec<(usize, usize, Severity, bool)> = Vec::new();
    for d in diagnostics {
        spans.push((
            clamp(d.primary.start),
            clamp(d.primary.end),
            d.severity,
            true,
        ));
        for l in &d.secondary {
            spans.push((clamp(l.span.start), clamp(l.span.end), d.severity, false));
        }
    }
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e, _, _) in &spans {
        cuts.push(s);
        cuts.push(e);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        // Empty spans at `a` first.
        if let Some(sev) = spans
            .iter()
            .filter(|s| s.0 == a && s.1 == a)
            .map(|s| s.2)
            .max()
        {
            out.push(Piece::Marked("", sev, true));
        }
        let covering = spans.iter().filter(|s| s.0 <= a && s.1 >= b && s.0 < s.1);
        let best = covering.max_by_key(|s| (s.2, s.3));
        match best {
            Some(&(_, _, sev, primary)) => out.push(Piece::Marked(&text[a..b], sev, primary)),
            None => out.push(Piece::Plain(&text[a..b])),
        }
    }
    if text.is_empty() || cuts.len() == 1 {
        if let Some(sev) = spans.iter().map(|s| s.2).max() {
            out.push(Piece::Marked("", sev, true));
        }
    } else if let Some(sev) = spans
        .iter()
        .filter(|s| s.0 == text.len() && s.1 == text.len())
        .map(|s| s.2)
        .max()
    {
        out.push(Piece::Marked("", sev, true));
    }
    out
}

/// The record editor: a labelled textarea with its findings underlined.
#[component]
pub fn RecordEditor(
    /// The text (two-way).
    value: RwSignal<String>,
    /// Findings whose spans are underlined.
    #[prop(into)]
    diagnostics: Signal<Vec<ShownFinding>>,
    /// Whether to draw the highlights at all (off for texts too long to
    /// check live).
    #[prop(into)]
    highlight: Signal<bool>,
    /// True when a finding is an error (`aria-invalid`).
    #[prop(into)]
    invalid: Signal<bool>,
    /// The textarea's `id`, for its `<label for>`.
    id: &'static str,
    /// The `id`s of the elements that describe the field (the findings).
    describedby: &'static str,
    /// The textarea, for selecting a finding's span with [`select_span`].
    node_ref: NodeRef<html::Textarea>,
) -> impl IntoView {
    let mirror = NodeRef::<html::Div>::new();
    let sync_scroll = move |_| {
        if let (Some(area), Some(m)) = (node_ref.get_untracked(), mirror.get_untracked()) {
            m.set_scroll_top(area.scroll_top());
            m.set_scroll_left(area.scroll_left());
        }
    };
    let marks = move || {
        if !highlight.get() {
            return ().into_any();
        }
        let diags = diagnostics.get();
        value.with(|text| {
            pieces(text, &diags)
                .into_iter()
                .map(|p| match p {
                    Piece::Plain(s) => s.to_string().into_any(),
                    Piece::Marked(s, sev, primary) => {
                        let class = format!(
                            "mark-{}{}{}",
                            sev.as_str(),
                            if primary { "" } else { " mark-secondary" },
                            if s.is_empty() { " mark-empty" } else { "" }
                        );
                        view! { <mark class=class>{s.to_string()}</mark> }.into_any()
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <div class="editor">
            <div class="editor-mirror" aria-hidden="true" node_ref=mirror>
                {marks}
                // A trailing newline in a div takes no line; in a textarea it does.
                " "
            </div>
            <textarea
                id=id
                class="editor-input"
                node_ref=node_ref
                rows="6"
                spellcheck="false"
                autocapitalize="off"
                autocomplete="off"
                aria-invalid=move || if invalid.get() { "true" } else { "false" }
                aria-describedby=describedby
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:scroll=sync_scroll
            ></textarea>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_code_units() {
        let s = "é😀a";
        assert_eq!(utf16_offset(s, 0), 0);
        assert_eq!(utf16_offset(s, 2), 1);
        assert_eq!(utf16_offset(s, 6), 3);
        assert_eq!(utf16_offset(s, 7), 4);
        // Inside a character: rounded down; past the end: clamped.
        assert_eq!(utf16_offset(s, 3), 1);
        assert_eq!(utf16_offset(s, 99), 4);
    }

    #[test]
    fn pieces_cover_the_text_once() {
        let text = "\"v=DMARC1; p=none";
        let v = selo::shown::shown(text, None);
        assert!(!v.findings.is_empty());
        let ps = pieces(text, &v.findings);
        let joined: String = ps
            .iter()
            .map(|p| match p {
                Piece::Plain(s) | Piece::Marked(s, _, _) => *s,
            })
            .collect();
        assert_eq!(joined, text);
        assert_eq!(ps[0], Piece::Marked("\"", Severity::Error, true));
    }
}
