//! The reference app: a heading, a link and a counter. Like Selo, it sets
//! `data-ready` on `<html>` once mounted, which is what the measurement
//! waits for.

use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <h1>"Reference"</h1>
        <a href="./?page=next">"A link"</a>
        <button on:click=move |_| count.update(|n| *n += 1)>{move || count.get()}</button>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-ready", "");
    }
}
