//! The domain field every generator page starts with, and its state.

use super::text_field::{QueryText, TextField};
use crate::i18n::gen_forms as form_text;
use crate::i18n::{Said, use_lang};
use leptos::prelude::*;
use selo::{DomainError, DomainName};

/// The domain a generator page writes records for, kept in the `domain`
/// query parameter so that a shared link keeps it.
#[derive(Clone, Copy)]
pub struct Domain {
    /// What the field holds.
    pub text: QueryText,
    /// The engine's verdict on the text; `None` while the field is empty.
    pub parsed: Memo<Option<Result<DomainName, DomainError>>>,
    /// The name, when the text is one.
    pub valid: Memo<Option<DomainName>>,
    /// Why the text is refused (nothing while the field is empty).
    pub error: Signal<Option<Said>>,
}

impl Domain {
    /// The page's domain, read from the query.
    pub fn from_query() -> Self {
        let text = QueryText::new("domain");
        // Read the way people paste it: `https://www.example.com/contact`.
        let parsed = Memo::new(move |_| {
            let s = text.get();
            (!s.trim().is_empty()).then(|| selo::input::read_domain(&s).domain)
        });
        Domain {
            text,
            parsed,
            valid: Memo::new(move |_| {
                parsed.with(|d| d.as_ref().and_then(|r| r.as_ref().ok()).cloned())
            }),
            error: Signal::derive(move || {
                parsed.with(|d| match d {
                    Some(Err(e)) => Some(Said::engine(e)),
                    _ => None,
                })
            }),
        }
    }

    /// True when the field holds a usable name.
    pub fn is_valid(&self) -> bool {
        self.valid.with(Option::is_some)
    }

    /// The name as text, `None` while the field holds none.
    pub fn name(&self) -> Signal<Option<String>> {
        let valid = self.valid;
        Signal::derive(move || valid.with(|d| d.as_ref().map(ToString::to_string)))
    }

    /// What the output panel still needs from this field.
    pub fn needed(&self) -> Vec<crate::i18n::Text> {
        if self.is_valid() {
            Vec::new()
        } else {
            vec![crate::i18n::common::NEED_DOMAIN]
        }
    }
}

/// The labelled domain input, with its hint and error.
#[component]
pub fn DomainField(
    /// The page's domain.
    domain: Domain,
) -> impl IntoView {
    let lang = use_lang();
    let text = domain.text;
    // What was removed from the typed text (`https://`, a path, a final
    // dot) and what looks wrong (`www.`, no dot), in the page's language.
    let notes = move || {
        let l = lang.get();
        let typed = text.get();
        selo::input::read_domain(&typed)
            .notes
            .iter()
            .map(|d| {
                let mark = if d.severity == selo::Severity::Warning {
                    "⚠"
                } else {
                    "ℹ"
                };
                format!("{mark} {} {}", d.message_in(l), d.help_in(l))
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    view! {
        <TextField
            id="domain"
            label=form_text::DOMAIN_LABEL
            hint=form_text::DOMAIN_HINT
            value=Signal::derive(move || domain.text.get())
            on_input=Callback::new(move |s: String| domain.text.set(s))
            error=domain.error
            placeholder="example.com"
        />
        <p class="domain-notes" role="status" data-testid="domain-notes">{notes}</p>
    }
}
