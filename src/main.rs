//! Entry point of the browser build: mounts the app, then marks the page as
//! ready and registers the service worker.

#![forbid(unsafe_code)]

fn main() {
    leptos::mount::mount_to_body(selo_web::App);
    selo_web::after_mount();
}
