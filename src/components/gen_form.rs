//! Form parts shared by the generator pages: URL-backed state, a text field
//! with its explanation and error, a list of rows, the share-link button,
//! and the translations of the engine's value errors.

use super::copy_button::CopyButton;
use crate::i18n::{gen_form as g, t, use_lang};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::query_signal_with_options;
use selo::{DomainError, Text, uri::UriProblem};

/// One form value kept in the URL query (`?page=dmarc&p=reject`), so a filled
/// form can be shared as a link. Typing replaces the history entry instead of
/// adding one. An empty value removes the parameter.
#[derive(Clone, Copy)]
pub struct QueryText {
    value: Memo<Option<String>>,
    set: SignalSetter<Option<String>>,
}

impl QueryText {
    /// The parameter `key`.
    pub fn new(key: &'static str) -> Self {
        let (value, set) = query_signal_with_options::<String>(
            key,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
        QueryText { value, set }
    }

    /// The value, or `""` when absent.
    pub fn get(&self) -> String {
        self.value.get().unwrap_or_default()
    }

    /// The value without tracking it.
    pub fn get_untracked(&self) -> String {
        self.value.get_untracked().unwrap_or_default()
    }

    /// Sets the value (`""` removes it from the URL).
    pub fn set(&self, v: String) {
        self.set.set(Some(v).filter(|v| !v.is_empty()));
    }

    /// The value as rows (one per line); at least one row.
    pub fn rows(&self) -> Vec<String> {
        let v = self.get();
        if v.is_empty() {
            vec![String::new()]
        } else {
            v.split('\n').map(str::to_string).collect()
        }
    }

    /// Stores rows, one per line.
    pub fn set_rows(&self, rows: &[String]) {
        if rows.iter().all(|r| r.is_empty()) && rows.len() <= 1 {
            self.set(String::new());
        } else {
            self.set(rows.join("\n"));
        }
    }
}

/// The non-empty, trimmed rows of a list.
pub fn filled(rows: &[String]) -> impl Iterator<Item = &str> {
    rows.iter().map(|r| r.trim()).filter(|r| !r.is_empty())
}

/// A domain-name error in plain words.
pub fn domain_error(e: DomainError) -> Text {
    match e {
        DomainError::Empty => g::DOMAIN_EMPTY,
        DomainError::TooLong => g::DOMAIN_TOO_LONG,
        DomainError::EmptyLabel => g::DOMAIN_EMPTY_LABEL,
        DomainError::LabelTooLong => g::DOMAIN_LABEL_TOO_LONG,
        DomainError::BadCharacter => g::DOMAIN_BAD_CHAR,
        DomainError::NotAscii => g::DOMAIN_NOT_ASCII,
        DomainError::HyphenAtEdge => g::DOMAIN_HYPHEN,
    }
}

/// A report-address error in plain words.
pub fn uri_error(e: &UriProblem) -> Text {
    match e {
        UriProblem::NoScheme | UriProblem::BadAddress | UriProblem::NoHost => g::ADDRESS_BAD,
        UriProblem::BadDomain(d) => domain_error(*d),
        UriProblem::Unencoded(_) | UriProblem::BadPercent => g::ADDRESS_UNENCODED,
    }
}

/// The domain typed into a field: `None` while empty, else the engine's verdict.
pub fn parse_domain(s: &str) -> Option<Result<selo::DomainName, DomainError>> {
    let s = s.trim();
    (!s.is_empty()).then(|| selo::DomainName::try_from(s))
}

/// A labelled text input with its explanation and, when the value is
/// refused, the reason (tied to the input with `aria-describedby`).
#[component]
pub fn TextField(
    /// The input's id (the hint and error ids derive from it).
    id: &'static str,
    /// The label.
    label: Text,
    /// What the field does and its default.
    hint: Text,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value on every keystroke.
    on_input: Callback<String>,
    /// Why the value is refused, if it is.
    #[prop(into)]
    error: Signal<Option<Text>>,
    /// Example text shown while empty.
    #[prop(optional)]
    placeholder: &'static str,
    /// The input's type (`text`, `url`...).
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let described = {
        let (h, e) = (hint_id.clone(), err_id.clone());
        move || {
            if error.with(Option::is_some) {
                format!("{e} {h}")
            } else {
                h.clone()
            }
        }
    };
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <input
                id=id
                type=kind
                autocomplete="off"
                spellcheck="false"
                placeholder=placeholder
                prop:value=move || value.get()
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            <p class="field-error" id=err_id role="alert">
                {move || error.get().map(|e| format!("✖ {}", e.get(lang.get())))}
            </p>
            <p class="hint" id=hint_id>{t(hint)}</p>
        </div>
    }
}

/// A list of text rows (addresses, networks, domains) with add and remove
/// buttons; each row is checked by `check`.
#[component]
pub fn RowList(
    /// Prefix of the row ids.
    id: &'static str,
    /// The group's name.
    legend: Text,
    /// What the rows are for and the default.
    hint: Text,
    /// Where the rows live.
    store: QueryText,
    /// Why a (non-empty, trimmed) row is refused, if it is.
    check: fn(&str) -> Option<Text>,
    /// Example text for an empty row.
    #[prop(optional)]
    placeholder: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let rows = Memo::new(move |_| store.rows());
    let count = Memo::new(move |_| rows.with(Vec::len));
    let hint_id = format!("{id}-hint");
    let row_hint = hint_id.clone();
    let row = move |i: usize| {
        let value = move || rows.with(|r| r.get(i).cloned().unwrap_or_default());
        let error = Memo::new(move |_| {
            rows.with(|r| {
                r.get(i)
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .and_then(check)
            })
        });
        let input_id = format!("{id}-{i}");
        let err_id = format!("{id}-{i}-error");
        let described = {
            let (e, h) = (err_id.clone(), row_hint.clone());
            move || {
                if error.with(Option::is_some) {
                    format!("{e} {h}")
                } else {
                    h.clone()
                }
            }
        };
        let label = move || format!("{} {}", legend.get(lang.get()), i + 1);
        let remove_label = move || format!("{} {}", g::REMOVE.get(lang.get()), label());
        view! {
            <li class="row">
                <div class="row-input">
                    <input
                        id=input_id
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=placeholder
                        aria-label=label
                        prop:value=value
                        aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                        aria-describedby=described
                        on:input=move |ev| {
                            let mut r = rows.get_untracked();
                            if let Some(slot) = r.get_mut(i) {
                                *slot = event_target_value(&ev);
                            }
                            store.set_rows(&r);
                        }
                    />
                    <button
                        type="button"
                        class="secondary remove-row"
                        aria-label=remove_label
                        on:click=move |_| {
                            let mut r = rows.get_untracked();
                            if i < r.len() {
                                r.remove(i);
                            }
                            store.set_rows(&r);
                        }
                    >
                        "✕"
                    </button>
                </div>
                <p class="field-error" id=err_id role="alert">
                    {move || error.get().map(|e| format!("✖ {}", e.get(lang.get())))}
                </p>
            </li>
        }
    };
    view! {
        <fieldset class="rows" aria-describedby=hint_id.clone()>
            <legend>{t(legend)}</legend>
            <p class="hint" id=hint_id.clone()>{t(hint)}</p>
            <ul class="row-list">
                <For each=move || 0..count.get() key=|i| *i children=row />
            </ul>
            <button
                type="button"
                class="secondary add-row"
                on:click=move |_| {
                    let mut r = rows.get_untracked();
                    r.push(String::new());
                    store.set(r.join("\n"));
                }
            >
                {move || format!("+ {} {}", g::ADD.get(lang.get()), legend.get(lang.get()))}
            </button>
        </fieldset>
    }
}

/// "Share link": copies the page's address, which holds the whole form.
#[component]
pub fn ShareLink() -> impl IntoView {
    let href = Signal::derive(|| window().location().href().unwrap_or_default());
    view! {
        <div class="share-link">
            <CopyButton text=href what=g::SHARE_WHAT />
            <p class="hint">{t(g::SHARE_HINT)}</p>
        </div>
    }
}
