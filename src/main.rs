//! Entry point of the browser build: mounts the app (once the Portuguese
//! words are here, when Portuguese is the language), then marks the page
//! as ready and registers the service worker.

#![forbid(unsafe_code)]

use selo_web::i18n::{Lang, initial_lang, pack};

fn main() {
    if initial_lang() == Lang::Pt {
        // Without the pack (offline on a first visit), the page opens in
        // English.
        wasm_bindgen_futures::spawn_local(async {
            pack::load().await;
            mount();
        });
    } else {
        mount();
    }
}

fn mount() {
    leptos::mount::mount_to_body(selo_web::App);
    selo_web::after_mount();
}
