//! The Portuguese pack: the Portuguese words of every table, fetched when
//! Portuguese is chosen, so that the page's module carries one language.
//!
//! `lang/pt.txt` is written from the tables (`SELO_BLESS=1 cargo test -p
//! selo-web --lib i18n::pack`); the test fails while it differs from them.
//! Its first line carries [`super::PT_HASH`], the hash of the Portuguese
//! words this build was compiled with: a pack from another build is
//! refused, and the page stays in English rather than show one table's
//! words in another's place. The build (scripts/post_build.mjs) gives the
//! file a name with its content hash and writes that name into
//! `<meta name="selo-pt">`, so no cache serves an old pack.
//!
//! The format: the header line, then for each table in [`super::Table`]
//! order a line `## Name` and one line per entry, in the table's order.

use selo::Lang;
use std::sync::OnceLock;

/// Tables, each a list of entries, once loaded.
static PACK: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();

/// The pack's first line for this build.
fn header() -> String {
    format!("selo-pt {:016x}", super::PT_HASH)
}

/// FNV-1a over the words, each followed by a line end (computed while
/// compiling, from the tables).
pub const fn hash(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < words.len() {
        let b = words[i].as_bytes();
        let mut j = 0;
        while j < b.len() {
            h = (h ^ b[j] as u64).wrapping_mul(0x0100_0000_01b3);
            j += 1;
        }
        h = (h ^ b'\n' as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// One hash from the tables' hashes, in order.
pub const fn combine(hashes: &[u64]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < hashes.len() {
        let b = hashes[i].to_le_bytes();
        let mut j = 0;
        while j < 8 {
            h = (h ^ b[j] as u64).wrapping_mul(0x0100_0000_01b3);
            j += 1;
        }
        i += 1;
    }
    h
}

/// Whether the words of `lang` are here.
pub fn ready(lang: Lang) -> bool {
    lang == Lang::En || PACK.get().is_some()
}

/// The entry at `at` (`table << 8 | entry`), once the pack is loaded.
pub fn entry(at: u16) -> Option<&'static str> {
    PACK.get()?
        .get(usize::from(at >> 8))?
        .get(usize::from(at & 0xff))
        .copied()
}

/// The tables of `text`, if it is the pack of this build.
fn parse(text: &'static str) -> Option<Vec<Vec<&'static str>>> {
    let mut lines = text.lines();
    if lines.next()? != header() {
        return None;
    }
    let mut tables: Vec<Vec<&'static str>> = Vec::new();
    for line in lines {
        match (line.strip_prefix("## "), tables.last_mut()) {
            (Some(_), _) => tables.push(Vec::new()),
            (None, Some(table)) => table.push(line),
            (None, None) => return None,
        }
    }
    (tables.len() == super::TABLES.len()).then_some(tables)
}

/// Installs every table's Portuguese words from the tables themselves, for
/// the build-time program that writes the home page's HTML in Portuguese
/// (`src/bin/page-map.rs`): natively, the tables are at hand. (A page
/// fetches them instead: [`load`].)
pub fn install_all() {
    let _ = PACK.set(
        super::TABLES
            .iter()
            .map(|(_, entries)| entries.iter().map(|(_, _, pt)| *pt).collect())
            .collect(),
    );
}

/// Runs `start` once the words of `wanted` are here: at once for English,
/// after fetching the pack for Portuguese (or after failing to: the page
/// then opens in English, as offline on a first visit). How every module
/// starts.
pub fn then_start(wanted: Lang, start: impl FnOnce() + 'static) {
    if wanted == Lang::Pt {
        wasm_bindgen_futures::spawn_local(async move {
            load().await;
            start();
        });
    } else {
        start();
    }
}

/// Fetches and keeps the pack; `true` once it is here. Its address is in
/// `<meta name="selo-pt">` (`lang/pt.txt` when the page has none).
pub async fn load() -> bool {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if PACK.get().is_some() {
        return true;
    }
    let url = document()
        .query_selector("meta[name=selo-pt]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| "lang/pt.txt".into());
    let fetched = async {
        let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&url))
            .await
            .ok()?
            .dyn_into()
            .ok()?;
        if !response.ok() {
            return None;
        }
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    };
    let Some(text) = fetched.await else {
        warn("Selo: the Portuguese words could not be fetched");
        return false;
    };
    match parse(Box::leak(text.into_boxed_str())) {
        Some(tables) => {
            let _ = PACK.set(tables);
            true
        }
        None => {
            warn("Selo: the Portuguese words are from another version; reload the page");
            false
        }
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

use leptos::prelude::{document, window};

/// The pack file for these tables.
#[cfg(test)]
fn render() -> String {
    let mut out = header();
    out.push('\n');
    for (table, entries) in super::TABLES {
        out.push_str(&format!("## {table:?}\n"));
        for (_, _, pt) in entries {
            out.push_str(pt);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lang/pt.txt");

    #[test]
    fn the_pack_file_is_written_from_the_tables() {
        let want = render();
        let have = std::fs::read_to_string(PATH).unwrap_or_default();
        if have != want {
            if std::env::var_os("SELO_BLESS").is_some() {
                std::fs::write(PATH, &want).unwrap();
            } else {
                panic!(
                    "lang/pt.txt differs from the tables in src/i18n: run \
                     `SELO_BLESS=1 cargo test -p selo-web --lib i18n::pack` and commit it"
                );
            }
        }
    }

    #[test]
    fn every_entry_reads_back_from_the_pack() {
        let text: &'static str = Box::leak(render().into_boxed_str());
        let tables = parse(text).expect("the pack of this build");
        for (i, (table, entries)) in super::super::TABLES.iter().enumerate() {
            assert_eq!(*table as usize, i, "{table:?} is out of order in TABLES");
            assert_eq!(tables[i].len(), entries.len(), "{table:?}");
            for (j, (name, _, pt)) in entries.iter().enumerate() {
                assert!(!pt.contains('\n'), "{table:?}::{name} spans lines");
                assert!(
                    !pt.starts_with("## "),
                    "{table:?}::{name} reads as a table line"
                );
                assert_eq!(tables[i][j], *pt, "{table:?}::{name}");
            }
        }
    }

    #[test]
    fn a_pack_of_another_build_is_refused() {
        let other = render().replacen(&header(), "selo-pt 0000000000000000", 1);
        assert!(parse(Box::leak(other.into_boxed_str())).is_none());
        let missing_table = render().replacen("## Validate\n", "", 1);
        assert!(parse(Box::leak(missing_table.into_boxed_str())).is_none());
    }
}
