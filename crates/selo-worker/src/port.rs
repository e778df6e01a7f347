//! This worker's end of the boundary (`crates/selo-boundary`): it says it
//! is ready, reads questions, refuses those of another build and posts
//! answers. The message analyzer builds this file too.

use selo_boundary::{Answer, Failure, Request, Response};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Shows a panic's message in the console before the worker stops (the
/// page sees the stop and starts another).
fn panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Selo worker: {info}")));
    }));
}

/// Listens: each question of this build goes to `answer` with its id and
/// the `Blob`s that came after it; then says the worker is ready.
pub fn listen(answer: fn(u64, Request, Vec<JsValue>)) {
    panic_hook();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let parts = js_sys::Array::is_array(&data).then(|| js_sys::Array::from(&data));
        let bytes = parts.as_ref().map_or(data.clone(), |p| p.get(0));
        let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
        match selo_boundary::read_question(&bytes) {
            Ok((id, request)) => {
                let blobs = parts
                    .map(|p| p.iter().skip(1).collect())
                    .unwrap_or_default();
                answer(id, request, blobs)
            }
            Err((id, error)) => post(
                id,
                Response::Failed {
                    error,
                    detail: match error {
                        Failure::OtherBuild => selo_boundary::BUILD.to_string(),
                        _ => "not a question".to_string(),
                    },
                },
            ),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope().post_message(&js_sys::Uint8Array::from(&selo_boundary::ready()[..]));
}

/// Posts the answer to question `id`.
pub fn post(id: u64, response: Response) {
    post_with(id, response, &[]);
}

/// Posts the answer to question `id` with `Blob`s after it.
pub fn post_with(id: u64, response: Response, blobs: &[JsValue]) {
    let bytes = selo_boundary::encode(&Answer { id, response });
    let bytes = JsValue::from(js_sys::Uint8Array::from(&bytes[..]));
    // Fails only when the page has gone: nothing left to tell.
    let _ = if blobs.is_empty() {
        scope().post_message(&bytes)
    } else {
        let all = js_sys::Array::of1(&bytes);
        for b in blobs {
            all.push(b);
        }
        scope().post_message(&all)
    };
}
