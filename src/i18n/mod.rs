//! Every visible string, in English and European Portuguese.
//!
//! One table per page (`home.rs`, `validate.rs`, `gen_*.rs`...) plus
//! `common.rs` for the shell and shared components. Each entry is written
//! with both translations, so the compiler refuses a string without its
//! translation; the tests below check the tables for empty, untranslated and
//! pt-BR text.
//!
//! The page's module carries the English words only. The Portuguese ones
//! live in `lang/pt.txt` (written from these tables by
//! `SELO_BLESS=1 cargo test -p selo-web --lib i18n`, checked by the same
//! test), which the page fetches when Portuguese is chosen: nobody
//! downloads a language they do not read. See [`pack`].
//!
//! Components read the language from context with [`use_lang`] and turn a
//! table entry into a reactive string with [`t`].

use leptos::prelude::*;
pub use selo::Lang;

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
pub mod pack;
pub mod reports;
pub mod validate;

/// The tables, in the order of the Portuguese pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Table {
    Check,
    Common,
    GenBimi,
    GenDkim,
    GenDmarc,
    GenForms,
    GenMtaSts,
    GenSpf,
    GenTlsRpt,
    Home,
    Reports,
    Validate,
    Analyze,
}

/// An entry of the app's tables: its English words, and where its
/// Portuguese ones are in the pack. (The engine's words carry both
/// translations in a [`selo::Text`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    en: &'static str,
    /// Table and entry (`table << 8 | entry`), or [`SAME`].
    at: u16,
}

/// The place of a [`Text`] that reads the same in both languages.
const SAME: u16 = u16::MAX;

impl Text {
    /// An entry of `table` (made by [`texts!`]).
    pub const fn new(en: &'static str, table: Table, entry: u8) -> Self {
        Text {
            en,
            at: (table as u16) << 8 | entry as u16,
        }
    }

    /// Words that are the same in both languages (a protocol's name).
    pub const fn same(words: &'static str) -> Self {
        Text {
            en: words,
            at: SAME,
        }
    }

    /// The words in `lang`. Portuguese words come from the pack; until it
    /// is loaded (see [`pack::load`]) the English ones stand in.
    #[inline(never)]
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Pt if self.at != SAME => pack::entry(self.at).unwrap_or(self.en),
            _ => self.en,
        }
    }
}

/// Declares table entries, and for the pack and its checks the table's
/// entries with both translations (`ALL`) and a hash of its Portuguese
/// words (`PT_HASH`, computed while compiling: the Portuguese words are
/// never in the page's module).
///
/// ```ignore
/// texts! {
///     table = Validate;
///     /// Doc comment.
///     TITLE = ("Validate a record", "Validar um registo");
/// }
/// ```
macro_rules! texts {
    (table = $table:ident; $($(#[$meta:meta])* $name:ident = ($en:expr, $pt:expr);)+) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        enum Entry { $($name),+ }
        $( $(#[$meta])* pub const $name: $crate::i18n::Text =
            $crate::i18n::Text::new($en, $crate::i18n::Table::$table, Entry::$name as u8); )+
        const _: () = assert!(ALL.len() <= 255, "a table holds at most 255 entries");
        /// This table.
        pub const TABLE: $crate::i18n::Table = $crate::i18n::Table::$table;
        /// Every entry: name, English, Portuguese (for the pack and the checks).
        pub const ALL: &[(&str, &str, &str)] = &[$((stringify!($name), $en, $pt)),+];
        /// The hash of this table's Portuguese words, in order.
        pub const PT_HASH: u64 = $crate::i18n::pack::hash(&[$($pt),+]);
    };
}
pub(crate) use texts;

/// `TABLES` (every table with its entries) and `PT_HASH` (the hash of
/// every table's Portuguese words, which the pack must carry), from one
/// list of the tables in pack order.
macro_rules! tables {
    ($($table:ident),+) => {
        /// Every table with its entries, in pack order.
        pub const TABLES: [(Table, &[(&str, &str, &str)]); [$($table::TABLE),+].len()] =
            [$(($table::TABLE, $table::ALL)),+];
        /// The hash of every table's Portuguese words: the pack must carry it.
        pub const PT_HASH: u64 = pack::combine(&[$($table::PT_HASH),+]);
    };
}

tables!(
    check,
    common,
    gen_bimi,
    gen_dkim,
    gen_dmarc,
    gen_forms,
    gen_mta_sts,
    gen_spf,
    gen_tls_rpt,
    home,
    reports,
    validate,
    analyze
);

/// The key under which the chosen language is kept in `localStorage`.
const STORAGE_KEY: &str = "selo-lang";

/// The language signal, provided once by the `App`: the language asked
/// for, if its words are here (Portuguese only once its pack is loaded).
/// When they could not be loaded, the page opens in English, the stored
/// choice is kept, and [`words_missing`] says so.
pub fn provide_lang() -> RwSignal<Lang> {
    let wanted = initial_lang();
    let ready = pack::ready(wanted);
    let lang = RwSignal::new(if ready { wanted } else { Lang::En });
    provide_context(lang);
    words_missing(!ready);
    Effect::new(move |_| mark(lang.get()));
    lang
}

/// Shows or hides the notice that the Portuguese words could not be
/// loaded (offline on a first visit, a pack from another build). The
/// notice is in `index.html`, in both languages at once (the Portuguese
/// words are what is missing), so no module carries its text.
pub fn words_missing(missing: bool) {
    if let Some(notice) = document().get_element_by_id("lang-notice") {
        let _ = notice.toggle_attribute_with_force("hidden", !missing);
    }
}

/// Marks the document as being in `l` (`<html lang>`).
pub fn mark(l: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", l.tag());
    }
}

/// Keeps `l` as the choice for the next visit.
pub fn remember(l: Lang) {
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(STORAGE_KEY, l.tag());
    }
}

/// Switches to `l` once its words are here: at once for English or a
/// loaded pack, else after the pack arrives. The choice is kept either
/// way; if the words cannot be fetched the page stays as it is and
/// [`words_missing`] says why.
pub fn switch_to(lang: RwSignal<Lang>, l: Lang) {
    remember(l);
    if pack::ready(l) {
        words_missing(false);
        lang.set(l);
    } else {
        leptos::task::spawn_local(async move {
            let loaded = pack::load().await;
            words_missing(!loaded);
            if loaded {
                lang.set(l);
            }
        });
    }
}

/// The stored choice, else the browser's language, else English.
pub fn initial_lang() -> Lang {
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
        Some(c) => std::iter::once(capital(c)).chain(chars).collect(),
        None => return s,
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// `c` as a capital, for the letters English and Portuguese words start
/// with (ASCII and Latin-1); any other character as it is. Not
/// `char::to_uppercase`, whose table of every script's capitals (12 KB,
/// 4.4 KB brotli) would then be in every page module that shows an
/// engine's message.
fn capital(c: char) -> char {
    match c {
        'à'..='þ' if c != '÷' => char::from_u32(c as u32 - 0x20).unwrap_or(c),
        _ => c.to_ascii_uppercase(),
    }
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

    #[test]
    fn an_engine_message_becomes_a_sentence_with_its_capital_in_either_language() {
        assert_eq!(
            sentence("the domain is empty".into()),
            "The domain is empty."
        );
        assert_eq!(sentence("é preciso um ponto".into()), "É preciso um ponto.");
        assert_eq!(sentence("à direita!".into()), "À direita!");
        assert_eq!(sentence("ç".into()), "Ç.");
        assert_eq!(sentence("{x} is empty".into()), "{x} is empty.");
        assert_eq!(sentence(String::new()), "");
        assert_eq!(capital('÷'), '÷');
        assert_eq!(capital('ÿ'), 'ÿ', "its capital is not Latin-1");
    }

    /// Every `.rs` file under `dir`, with its text.
    fn sources(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                sources(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push((
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }

    /// No text of the app's tables is shown with a `{placeholder}` left:
    /// each is filled, in both languages, the way the pages fill it.
    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let mut all = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut all,
        );
        // Texts chosen first and filled further on: the validator's summary
        // and counts (`fill(said.get(l), ...)`), the links to a generator,
        // the MTA-STS guide's `with_domain`, the next step, the SPF
        // generator's lookup figure (estimate or live); and two names that are also
        // other items (the SPF generator's `NO_MATCH` element id and its
        // `CHOSEN` heading, which has no placeholder).
        let summary: &[&str] = &["type", "counts"];
        let n: &[&str] = &["n"];
        let page: &[&str] = &["page"];
        let domain: &[&str] = &["domain"];
        let indirect: &[(&str, &[&str])] = &[
            ("SUMMARY_VALID", summary),
            ("SUMMARY_INVALID", summary),
            ("SUMMARY_UNKNOWN", summary),
            ("SUMMARY_DANGEROUS", summary),
            ("SUMMARY_CAUTION", summary),
            ("ERRORS_N", n),
            ("WARNINGS_N", n),
            ("NOTES_N", n),
            ("FIX_ON", page),
            ("OPEN_GENERATOR", page),
            ("GUIDE_STEP_DNS", domain),
            ("GUIDE_STEP_CERT", domain),
            ("GUIDE_STATIC_HELP", domain),
            ("NONE_FIX", domain),
            ("NO_MATCH", &["text"]),
            ("NEXT_STEP", &["page", "domain"]),
            ("NEXT_STEP_PLAIN", page),
            ("LOOKUPS", &["n", "max"]),
            ("LOOKUPS_LIVE", &["n", "max"]),
        ];
        // Each table against the files that name its module (`gen_spf`
        // for `GenSpf`), as two tables may hold the same name.
        let mut left = Vec::new();
        let mut listed = Vec::new();
        for (table, entries) in TABLES {
            let module: String = format!("{table:?}")
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    let sep = (i > 0 && c.is_ascii_uppercase()).then_some('_');
                    sep.into_iter().chain([c.to_ascii_lowercase()])
                })
                .collect();
            let named = |src: &str| {
                src.match_indices(module.as_str()).any(|(at, _)| {
                    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
                    !src[..at].ends_with(ident) && !src[at + module.len()..].starts_with(ident)
                })
            };
            let mine: Vec<(&str, &str)> = all
                .iter()
                .filter(|(path, src)| path.contains("/i18n/") || named(src))
                .map(|(p, s)| (p.as_str(), s.as_str()))
                .collect();
            let ours: Vec<(&str, &[&str])> = indirect
                .iter()
                .filter(|(name, _)| entries.iter().any(|(e, _, _)| e == name))
                .copied()
                .collect();
            listed.extend(ours.iter().map(|(n, _)| *n));
            left.extend(selo::text::unfilled(entries, &mine, &ours));
        }
        assert_eq!(listed.len(), indirect.len(), "{listed:?}");
        assert!(left.is_empty(), "{left:#?}");
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
        for (table, entries) in TABLES {
            for &(name, en, pt) in entries {
                for s in [en, pt] {
                    assert!(!s.trim().is_empty(), "{table:?}::{name} is empty");
                    assert_eq!(s.trim(), s, "{table:?}::{name} has outer white space");
                }
                let has_words = en.chars().filter(|c| c.is_alphabetic()).count() > 3;
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
                if has_words && !same_ok.contains(&en) {
                    assert_ne!(en, pt, "{table:?}::{name} is not translated");
                }
                for word in pt.split(|c: char| !c.is_alphanumeric() && c != '-') {
                    let w = word.to_lowercase();
                    assert!(
                        !NOT_PT_PT.contains(&w.as_str()),
                        "{table:?}::{name}: {word:?} is not pt-PT"
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
                    holes(en),
                    holes(pt),
                    "{table:?}::{name}: placeholders differ"
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
