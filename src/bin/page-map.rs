//! What the build writes from the app's own code, natively, before the wasm
//! modules are built (`scripts/pre_build.mjs` runs it with the output
//! folder):
//! - `pages.json`: the page-to-module map of `index.html`'s loader
//!   ([`selo_web::Page::module_map`]), so the loader cannot disagree with
//!   `Page`;
//! - `home.json`: the home page in each language (`en`, `pt`): its `lang` tag,
//!   its title and its body's HTML, rendered from the app's components
//!   ([`selo_web::frame::home_html`]); `scripts/post_build.mjs` writes each
//!   into a file of its own, which the loader shows.

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use selo_web::i18n::{Lang, pack};
use std::path::PathBuf;

fn main() {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: selo-page-map OUTPUT-FOLDER");
        std::process::exit(2);
    };
    pack::install_all();
    let home: Vec<String> = [Lang::En, Lang::Pt]
        .into_iter()
        .map(|l| {
            let (title, html) = selo_web::frame::home_html(l);
            let key = if l == Lang::En { "en" } else { "pt" };
            format!(
                "{key:?}:{{\"lang\":{:?},\"title\":{},\"html\":{}}}",
                l.tag(),
                json(&title),
                json(&html)
            )
        })
        .collect();
    let write = |name: &str, text: String| {
        if let Err(e) =
            std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join(name), text))
        {
            eprintln!("selo-page-map: {}: {e}", dir.join(name).display());
            std::process::exit(1);
        }
    };
    write("pages.json", selo_web::Page::module_map());
    write("home.json", format!("{{{}}}", home.join(",")));
}

/// `s` as a JSON string.
fn json(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}
