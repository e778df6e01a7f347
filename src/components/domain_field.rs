//! The domain field every generator page starts with, and its state.

use super::text_field::{QueryText, TextField};
use crate::i18n::gen_forms as form_text;
use crate::i18n::{Lang, Said, use_lang};
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
    /// What was removed from the typed text (`https://`, a path, a final
    /// dot) and what looks wrong (`www.`, no dot), each finding's message
    /// and help in both languages, with its severity.
    pub notes: Memo<Vec<DomainNote>>,
}

/// One note on the typed domain, written out in both languages.
#[derive(Clone, PartialEq)]
pub struct DomainNote {
    /// A warning (`www.`, no dot) rather than a note on what was removed.
    pub warning: bool,
    /// The message and its help: English, Portuguese.
    pub text: [String; 2],
}

impl Domain {
    /// The page's domain, read from the query.
    pub fn from_query() -> Self {
        let text = QueryText::new("domain");
        // Read the way people paste it: `https://www.example.com/contact`.
        // Paired with the typed text, which says whether it changed.
        let typed = Memo::new_with_compare(
            move |_| {
                let s = text.get();
                let read = (!s.trim().is_empty()).then(|| selo::input::read_domain(&s));
                (s, read)
            },
            |a, b| a.map(|a| &a.0) != b.map(|b| &b.0),
        );
        let parsed = Memo::new(move |_| typed.with(|t| t.1.as_ref().map(|t| t.domain.clone())));
        let notes = Memo::new(move |_| {
            typed.with(|t| {
                t.1.iter()
                    .flat_map(|t| &t.notes)
                    .map(|d| DomainNote {
                        warning: d.severity == selo::Severity::Warning,
                        text: [Lang::En, Lang::Pt]
                            .map(|l| format!("{} {}", d.message_in(l), d.help_in(l))),
                    })
                    .collect()
            })
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
            notes,
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
    pub fn needed(&self) -> Vec<selo::Text> {
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
    let notes = domain.notes;
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
        <Show when=move || notes.with(|n| !n.is_empty())>
            <ul class="domain-notes" role="status" data-testid="domain-notes">
                {move || {
                    notes
                        .get()
                        .into_iter()
                        .map(|n| {
                            let i = usize::from(lang.get() == Lang::Pt);
                            view! {
                                <li class:warning=n.warning>{n.text[i].clone()}</li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}
