//! Every visible string, in English and European Portuguese.
//!
//! One table per page (`home.rs`, `validate.rs`, `gen_*.rs`...) plus
//! `common.rs` for the shell and shared components. Each entry is a
//! [`selo::Text`], so the compiler refuses a string without its translation;
//! the tests below check the tables for empty, untranslated and pt-BR text.
//!
//! Components read the language from context with [`use_lang`] and turn a
//! table entry into a reactive string with [`t`].

use leptos::prelude::*;
pub use selo::{Lang, Text};

pub mod analyze;
pub mod check;
pub mod common;
pub mod gen_bimi;
pub mod gen_dkim;
pub mod gen_dmarc;
pub mod gen_forms;
pub mod gen_mta_sts;
pub mod gen_spf;
pub mod gen_tls_rpt;
pub mod home;
pub mod reports;
pub mod validate;

/// Declares table entries and the `ALL` list the tests walk.
///
/// ```ignore
/// texts! {
///     /// Doc comment.
///     TITLE = ("Validate a record", "Validar um registo");
/// }
/// ```
macro_rules! texts {
    ($($(#[$meta:meta])* $name:ident = ($en:expr, $pt:expr);)+) => {
        $( $(#[$meta])* pub const $name: selo::Text = selo::Text::new($en, $pt); )+
        /// Every entry of this table, for the translation checks.
        #[cfg(test)]
        pub const ALL: &[(&str, selo::Text)] = &[$((stringify!($name), $name)),+];
    };
}
pub(crate) use texts;

/// The key under which the chosen language is kept in `localStorage`.
const STORAGE_KEY: &str = "selo-lang";

/// The language signal, provided once by the `App`.
pub fn provide_lang() -> RwSignal<Lang> {
    let lang = RwSignal::new(initial_lang());
    provide_context(lang);
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", l.tag());
        }
        if let Ok(Some(storage)) = window().local_storage() {
            let _ = storage.set_item(STORAGE_KEY, l.tag());
        }
    });
    lang
}

/// The stored choice, else the browser's language, else English.
fn initial_lang() -> Lang {
    let stored = window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    stored
        .as_deref()
        .and_then(Lang::from_tag)
        .or_else(|| {
            window()
                .navigator()
                .language()
                .as_deref()
                .and_then(Lang::from_tag)
        })
        .unwrap_or_default()
}

/// The current language (from the `App`'s context).
pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<RwSignal<Lang>>()
}

/// A table entry as a reactive string in the current language.
pub fn t(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || text.get(lang.get())
}

/// A message to show in either language: an entry of the app's tables, or
/// an engine error, which carries its own translation
/// ([`selo::Localized`]); the app keeps no second translation of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// An entry of the app's tables.
    Text(Text),
    /// An engine error's message, as a sentence in each language.
    Engine {
        /// English.
        en: String,
        /// European Portuguese.
        pt: String,
    },
}

impl Said {
    /// The engine's words for `e`, as a sentence (capital letter, final
    /// stop) for a form field.
    pub fn engine(e: &impl selo::Localized) -> Said {
        Said::Engine {
            en: sentence(e.message_in(Lang::En)),
            pt: sentence(e.message_in(Lang::Pt)),
        }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Said::Text(t) => t.get(lang),
            Said::Engine { en, .. } if lang == Lang::En => en,
            Said::Engine { pt, .. } => pt,
        }
    }
}

impl From<Text> for Said {
    fn from(t: Text) -> Self {
        Said::Text(t)
    }
}

/// `s` with a capital first letter and a final stop.
pub(crate) fn sentence(s: String) -> String {
    let mut chars = s.chars();
    let mut out: String = match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => return s,
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// Fills `{name}` placeholders of a translated template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> Vec<(&'static str, &'static [(&'static str, Text)])> {
        vec![
            ("common", common::ALL),
            ("gen_dmarc", gen_dmarc::ALL),
            ("gen_spf", gen_spf::ALL),
            ("gen_bimi", gen_bimi::ALL),
            ("home", home::ALL),
            ("validate", validate::ALL),
            ("gen_forms", gen_forms::ALL),
            ("gen_dkim", gen_dkim::ALL),
            ("gen_mta_sts", gen_mta_sts::ALL),
            ("gen_tls_rpt", gen_tls_rpt::ALL),
            ("reports", reports::ALL),
            ("analyze", analyze::ALL),
        ]
    }

    /// Words of Brazilian Portuguese (or old spelling) that the glossary
    /// replaces; matched as whole words, case-insensitively.
    const NOT_PT_PT: &[&str] = &[
        "registro",
        "registros",
        "arquivo",
        "arquivos",
        "baixar",
        "usuário",
        "usuários",
        "tela",
        "checar",
        "compartilhar",
        "link",
        "receptor",
        "electrónico",
        "configurações",
    ];

    #[test]
    fn every_entry_is_translated_and_european() {
        for (table, entries) in tables() {
            for (name, text) in entries {
                for s in [text.en, text.pt] {
                    assert!(!s.trim().is_empty(), "{table}::{name} is empty");
                    assert_eq!(s.trim(), s, "{table}::{name} has outer white space");
                }
                let has_words = text.en.chars().filter(|c| c.is_alphabetic()).count() > 3;
                let same_ok = [
                    "English",
                    "Português",
                    "Selo",
                    "DMARC",
                    "SPF",
                    "DKIM",
                    "BIMI",
                    "MTA-STS",
                    "TLS-RPT",
                    "TXT",
                ];
                if has_words && !same_ok.contains(&text.en) {
                    assert_ne!(text.en, text.pt, "{table}::{name} is not translated");
                }
                for word in text.pt.split(|c: char| !c.is_alphanumeric() && c != '-') {
                    let w = word.to_lowercase();
                    assert!(
                        !NOT_PT_PT.contains(&w.as_str()),
                        "{table}::{name}: {word:?} is not pt-PT"
                    );
                }
                // The same placeholders in both languages.
                let holes = |s: &str| {
                    let mut v: Vec<String> = s
                        .split('{')
                        .skip(1)
                        .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                        .collect();
                    v.sort();
                    v
                };
                assert_eq!(
                    holes(text.en),
                    holes(text.pt),
                    "{table}::{name}: placeholders differ"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{n} errors, {w} warnings", &[("n", "0"), ("w", "2")]),
            "0 errors, 2 warnings"
        );
    }
}
