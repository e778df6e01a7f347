//! Selo's engine worker, built by Trunk as a second wasm module so that the
//! parsers, checks and message catalogues are not part of the site's first
//! load (see [`protocol`] for the messages).
//!
//! The page starts one right after its first paint to read and check
//! records (the validator, the generators' findings). The Check page starts
//! one more per domain check: it looks the domain up through the chosen
//! RFC 8484 resolver, with `fetch`, and posts the engine's report each time
//! a section completes; the page cancels a check by terminating it.

#[cfg(target_arch = "wasm32")]
mod fetch;
// Natively only the tests use these.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod protocol;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod render;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod reports;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod tree;

#[cfg(target_arch = "wasm32")]
use protocol::{FromWorker, StartError, ToWorker};

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        if js_sys::Array::is_array(&data) {
            return reports::run::read_batch(js_sys::Array::from(&data));
        }
        let text = data.as_string().unwrap_or_default();
        match serde_json::from_str::<ToWorker>(&text) {
            Ok(ToWorker::Start {
                domain,
                resolver,
                selectors,
            }) => wasm_bindgen_futures::spawn_local(run::check(domain, resolver, selectors)),
            Ok(ToWorker::ReadKey { id, text }) => post_bytes(
                &selo::shown::Answer::KeyRead(id, selo::shown::shown_key(&text)).to_bytes(),
            ),
            Ok(ToWorker::Validate { id, text, kind }) => {
                post_bytes(&protocol::answer(id, &text, kind))
            }
            Ok(ToWorker::ReportSort { key }) => reports::run::sort(key),
            Ok(ToWorker::ReportFilter { text, failing }) => reports::run::filter(text, failing),
            Ok(ToWorker::ReportNames { resolver }) => {
                wasm_bindgen_futures::spawn_local(reports::run::names(resolver))
            }
            Ok(ToWorker::ReportBody { index }) => reports::run::body(index),
            Err(e) => post(&FromWorker::Error {
                error: StartError::Message,
                detail: e.to_string(),
            }),
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    post(&FromWorker::Ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-worker runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}

/// Posts a message to the page.
#[cfg(target_arch = "wasm32")]
fn post(message: &FromWorker) {
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    // Fails only when the page has gone: nothing left to tell.
    let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(&message.to_json()));
}

/// Posts bytes to the page (a `Uint8Array`).
#[cfg(target_arch = "wasm32")]
fn post_bytes(bytes: &[u8]) {
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(&js_sys::Uint8Array::from(bytes));
}

#[cfg(target_arch = "wasm32")]
mod run {
    use super::{FromWorker, StartError, post};
    use crate::fetch::Fetch;
    use crate::protocol::{self, Progress};
    use crate::render;
    use selo::Lang;
    use selo::check::{self, CheckOptions};
    use selo::dns::{CachingResolver, DohResolver, ResolverUrl};

    /// Per request; the page bounds the whole check.
    const TIMEOUT_MS: i32 = 5_000;

    pub async fn check(domain: String, resolver: String, selectors: Vec<String>) {
        let (ascii, unicode) = match protocol::names(&domain) {
            Ok(n) => n,
            Err(detail) => {
                return post(&FromWorker::Error {
                    error: StartError::Domain,
                    detail,
                });
            }
        };
        let url = match ResolverUrl::try_from(resolver.as_str()) {
            Ok(u) => u,
            Err(e) => {
                return post(&FromWorker::Error {
                    error: StartError::Resolver,
                    detail: format!("{e:?}"),
                });
            }
        };
        let http = Fetch {
            timeout_ms: TIMEOUT_MS,
        };
        let dns = CachingResolver::new(DohResolver::new(url.clone(), http));
        let opts = CheckOptions {
            selectors,
            ..CheckOptions::default()
        };
        let started = js_sys::Date::now();
        let progress = |report: &check::DomainCheck| Progress {
            domain_unicode: unicode.clone(),
            complete: report.complete,
            queries: report.queries,
            round_trips: report.round_trips,
            elapsed_ms: (js_sys::Date::now() - started).max(0.0) as u64,
            en: render::report(report, &unicode, Lang::En),
            pt: render::report(report, &unicode, Lang::Pt),
            check: serde_json::to_value(report).unwrap_or_default(),
        };
        let mut on_update =
            |report: &check::DomainCheck| post(&FromWorker::Update(progress(report)));
        let report = check::run(&ascii, url.as_str(), &dns, &http, &opts, &mut on_update).await;
        post(&FromWorker::Done(progress(&report)));
    }
}
