//! What Selo's worker modules share: the element trees they render, the
//! `fetch` the engine's DNS-over-HTTPS lookups go through, the messages to
//! the page (see [`protocol`]) and the listening loop.
//!
//! Two binaries use it, each a wasm module of its own built by Trunk:
//! `selo-worker` (this package: the validator, the generators' findings,
//! the domain check, the report reader) and `selo-analyzer`
//! (`crates/selo-analyzer`: the Analyze page, the only module with the
//! message analyzer and its DKIM and ARC code).

#[cfg(target_arch = "wasm32")]
pub mod fetch;
// Natively only the tests use these.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod protocol;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod render;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod reports;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub mod tree;

#[cfg(target_arch = "wasm32")]
use protocol::{FromWorker, StartError};

/// Posts a JSON text to the page.
#[cfg(target_arch = "wasm32")]
pub fn post_json(text: &str) {
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    // Fails only when the page has gone: nothing left to tell.
    let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(text));
}

/// Posts a message to the page.
#[cfg(target_arch = "wasm32")]
pub fn post(message: &FromWorker) {
    post_json(&message.to_json());
}

/// Hands each message the page posts to `on`, then tells the page `ready`.
/// `on` gets an array (a batch of report files) as it is, and anything
/// else as its text.
#[cfg(target_arch = "wasm32")]
pub fn listen(mut on: impl FnMut(Posted) + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        on(if js_sys::Array::is_array(&data) {
            Posted::Array(js_sys::Array::from(&data))
        } else {
            Posted::Text(data.as_string().unwrap_or_default())
        })
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    onmessage.forget();
    post(&FromWorker::Ready);
}

/// A message from the page.
#[cfg(target_arch = "wasm32")]
pub enum Posted {
    Text(String),
    Array(js_sys::Array),
}

/// Tells the page its message could not be read.
#[cfg(target_arch = "wasm32")]
pub fn bad_message(e: &serde_json::Error) {
    post(&FromWorker::Error {
        error: StartError::Message,
        detail: e.to_string(),
    });
}

/// The RFC 8484 resolver at `resolver`, asked with `fetch`; when Selo does
/// not accept the URL, the page is told (`error`, `bad-resolver`).
#[cfg(target_arch = "wasm32")]
pub fn resolver(
    resolver: &str,
) -> Option<(selo::dns::ResolverUrl, selo::dns::DohResolver<fetch::Fetch>)> {
    use selo::dns::{DohResolver, ResolverUrl};
    match ResolverUrl::try_from(resolver) {
        Ok(url) => Some((url.clone(), DohResolver::new(url, fetch::Fetch::PAGE))),
        Err(e) => {
            post(&FromWorker::Error {
                error: StartError::Resolver,
                detail: format!("{e:?}"),
            });
            None
        }
    }
}
