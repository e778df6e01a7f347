//! The engine's one HTTP GET, done with the worker's `fetch`.
//!
//! Redirects are refused (`redirect: "error"`), nothing is cached
//! (`cache: "no-store"`), each request is aborted after [`Fetch::timeout_ms`]
//! and a body larger than [`MAX_BODY`] is refused: read as a stream, it is
//! cancelled at the limit, never held whole. A fetch that throws is
//! [`HttpError::Unreadable`]: a page cannot tell a CORS refusal from a TLS
//! error or a network failure.

use selo::dns::{HttpError, HttpGet, HttpResponse};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, DedicatedWorkerGlobalScope, Headers, ReadableStream,
    ReadableStreamDefaultReader, RequestCache, RequestInit, RequestRedirect, Response,
};

/// The largest body read: DNS messages and MTA-STS policies are far smaller
/// (RFC 8461 3.3 caps a policy at 64 KiB).
pub const MAX_BODY: usize = 64 * 1024;

/// `fetch` with a per-request timeout.
#[derive(Clone, Copy, Debug)]
pub struct Fetch {
    /// Milliseconds before a request is aborted.
    pub timeout_ms: i32,
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "fetch failed".to_string())
}

impl HttpGet for Fetch {
    async fn get(&self, url: &str, accept: &str) -> Result<HttpResponse, HttpError> {
        let unreadable = |e: &JsValue| HttpError::Unreadable(describe(e));
        let controller = AbortController::new().map_err(|e| unreadable(&e))?;
        let headers = Headers::new().map_err(|e| unreadable(&e))?;
        headers.set("accept", accept).map_err(|e| unreadable(&e))?;
        let init = RequestInit::new();
        init.set_method("GET");
        init.set_redirect(RequestRedirect::Error);
        init.set_cache(RequestCache::NoStore);
        init.set_headers(&headers);
        init.set_signal(Some(&controller.signal()));

        let timed_out = Rc::new(Cell::new(false));
        let on_timeout = {
            let timed_out = timed_out.clone();
            let controller = controller.clone();
            Closure::once(move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let scope = scope();
        let timer = scope
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                on_timeout.as_ref().unchecked_ref(),
                self.timeout_ms,
            )
            .map_err(|e| unreadable(&e))?;
        let result = read(&scope, url, &init).await;
        scope.clear_timeout_with_handle(timer);
        drop(on_timeout);
        match result {
            Err(_) if timed_out.get() => Err(HttpError::Timeout),
            Err(Failure::TooLarge) => Err(HttpError::TooLarge),
            Err(Failure::Js(e)) => Err(HttpError::Unreadable(describe(&e))),
            Ok(r) => Ok(r),
        }
    }
}

enum Failure {
    Js(JsValue),
    TooLarge,
}

impl From<JsValue> for Failure {
    fn from(e: JsValue) -> Self {
        Failure::Js(e)
    }
}

async fn read(
    scope: &DedicatedWorkerGlobalScope,
    url: &str,
    init: &RequestInit,
) -> Result<HttpResponse, Failure> {
    let response: Response = JsFuture::from(scope.fetch_with_str_and_init(url, init))
        .await?
        .dyn_into()?;
    let too_large = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.trim().parse::<usize>().ok())
        .is_some_and(|n| n > MAX_BODY);
    if too_large {
        return Err(Failure::TooLarge);
    }
    let content_type = response.headers().get("content-type").ok().flatten();
    let body = match response.body() {
        Some(stream) => read_capped(stream).await?,
        None => Vec::new(),
    };
    Ok(HttpResponse {
        status: response.status(),
        content_type,
        body,
    })
}

/// Reads `stream` chunk by chunk and gives up (cancelling the rest) as soon
/// as more than [`MAX_BODY`] bytes came: a server that sends no
/// `content-length`, or a false one, cannot make the worker hold more.
async fn read_capped(stream: ReadableStream) -> Result<Vec<u8>, Failure> {
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut body = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))?;
        if done.as_bool() == Some(true) {
            return Ok(body);
        }
        let value: js_sys::Uint8Array =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("value"))?.dyn_into()?;
        if body.len() + value.length() as usize > MAX_BODY {
            let _ = reader.cancel();
            return Err(Failure::TooLarge);
        }
        let start = body.len();
        body.resize(start + value.length() as usize, 0);
        value.copy_to(&mut body[start..]);
    }
}
