//! A link that saves a text made in the page as a file.

use crate::i18n::Text;
use crate::i18n::use_lang;
use leptos::prelude::*;

/// An `<a download>` whose address is an object URL of a `Blob` holding
/// `content`: the file is made in the browser and nothing is sent anywhere.
/// The URL is renewed when the content changes and revoked afterwards.
#[component]
pub fn DownloadLink(
    /// The file's content, written as it is (line endings included).
    #[prop(into)]
    content: Signal<String>,
    /// The suggested file name.
    #[prop(into)]
    filename: Signal<String>,
    /// The MIME type, like `text/plain`.
    mime: &'static str,
    /// The link's text.
    label: Text,
    /// `data-testid` of the link.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let url = RwSignal::new(None::<String>);
    Effect::new(move |previous: Option<Option<String>>| {
        if let Some(Some(old)) = previous {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
        let made = content.with(|text| object_url(text, mime));
        url.set(made.clone());
        made
    });
    on_cleanup(move || {
        if let Some(old) = url.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
    });
    view! {
        <a
            class="button-link"
            href=move || url.get().unwrap_or_default()
            download=move || filename.get()
            data-testid=testid
        >
            {move || label.get(lang.get())}
        </a>
    }
}

/// An object URL of a `Blob` holding `text` (revoke it when done).
pub(crate) fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
