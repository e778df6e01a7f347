//! Entry point of the home page's own module: the header, the home page and
//! the footer built with plain DOM calls (`selo_web::frame`), without
//! Leptos, the router, the tool pages or the engine client, so that a visit
//! to the home page downloads a fraction of the whole app. `index.html`'s
//! loader (written by `scripts/post_build.mjs`) runs this module when the
//! URL names no page, and the whole app (`src/main.rs`) otherwise.

#![forbid(unsafe_code)]

use selo_web::i18n::{initial_lang, pack};

fn main() {
    let wanted = initial_lang();
    pack::then_start(wanted, move || {
        selo_web::frame::start_home(wanted);
        selo_web::mark_ready();
    });
}
