//! Entry point of the home page's own module: the header, the home page and
//! the footer built with plain DOM calls (`selo_web::frame`), without
//! Leptos, the router, the tool pages or the engine client, so that a visit
//! to the home page downloads a fraction of the whole app. `index.html`'s
//! loader (written by `scripts/post_build.mjs`) runs this module when the
//! URL names no page, and the whole app (`src/main.rs`) otherwise.

#![forbid(unsafe_code)]

use selo_web::i18n::{Lang, initial_lang, pack};

fn main() {
    let wanted = initial_lang();
    if wanted == Lang::Pt {
        // Without the pack (offline on a first visit), the page opens in
        // English.
        wasm_bindgen_futures::spawn_local(async move {
            pack::load().await;
            start(wanted);
        });
    } else {
        start(wanted);
    }
}

fn start(wanted: Lang) {
    selo_web::frame::start_home(wanted);
    selo_web::mark_ready();
}
