//! The engine worker, seen from the page.
//!
//! Reading and checking records (the parsers, the linters, the message
//! catalogues) runs in a Web Worker built from `crates/selo-worker`, a
//! second wasm module, so the site's first load carries only the views and
//! the generators' typed builders. [`start`] creates the worker right after
//! the first paint; [`validation`] asks it to check a text and keeps the
//! answer in a signal. Requests made before the worker is ready wait in a
//! queue; an answer that is no longer the latest question is dropped.

use leptos::prelude::*;
use selo::RecordType;
use selo::shown::{Answer as Reply, Shown, ShownKey};
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

/// The worker's loader (written by Trunk next to index.html, see the
/// `data-type="worker"` link there).
pub const WORKER_URL: &str = "./selo-worker_loader.js";

/// An answer: the engine's findings, or why there are none.
pub type Answer = Result<Arc<Shown>, Down>;

/// The engine worker could not be started or stopped working (a browser
/// without module workers, a blocked file): the page says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Down;

type Waiting = Box<dyn FnOnce(Result<Reply, Down>)>;

#[derive(Default)]
struct Client {
    worker: Option<Worker>,
    ready: bool,
    down: bool,
    queue: Vec<String>,
    waiting: HashMap<u64, Waiting>,
    next: u64,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client::default());
}

#[derive(Serialize)]
#[serde(tag = "type", rename = "validate")]
struct Request<'a> {
    id: u64,
    text: &'a str,
    kind: Option<RecordType>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename = "read_key")]
struct KeyRequest<'a> {
    id: u64,
    text: &'a str,
}

/// Starts the engine worker, once. Called after the first paint.
pub fn start() {
    let started = CLIENT.with_borrow(|c| c.worker.is_some() || c.down);
    if started {
        return;
    }
    let Ok(worker) = Worker::new(WORKER_URL) else {
        fail();
        return;
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|ev: MessageEvent| {
        // Answers come as bytes (see `selo::shown::Answer`); the worker
        // says it is listening with `{"type":"ready"}`.
        let data = ev.data();
        if data.as_string().as_deref() == Some(r#"{"type":"ready"}"#) {
            let (worker, queue) = CLIENT.with_borrow_mut(|c| {
                c.ready = true;
                (c.worker.clone(), std::mem::take(&mut c.queue))
            });
            if let Some(w) = worker {
                for m in queue {
                    let _ = w.post_message(&JsValue::from_str(&m));
                }
            }
            return;
        }
        let Some(reply) = data
            .dyn_into::<js_sys::Uint8Array>()
            .ok()
            .and_then(|bytes| Reply::from_bytes(&bytes.to_vec()))
        else {
            return;
        };
        let done = CLIENT.with_borrow_mut(|c| c.waiting.remove(&reply.id()));
        if let Some(done) = done {
            done(Ok(reply));
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
        ev.prevent_default();
        fail();
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The worker lives as long as the page.
    on_message.forget();
    on_error.forget();
    CLIENT.with_borrow_mut(|c| c.worker = Some(worker));
}

/// The worker is gone: every question waiting gets [`Down`], and so does
/// every later one.
fn fail() {
    let waiting = CLIENT.with_borrow_mut(|c| {
        c.down = true;
        c.queue.clear();
        if let Some(w) = c.worker.take() {
            w.terminate();
        }
        std::mem::take(&mut c.waiting)
    });
    for (_, done) in waiting {
        done(Err(Down));
    }
}

/// Posts the message `make(id)` to the worker (queued until it is ready);
/// `done` gets its reply.
fn ask(make: impl FnOnce(u64) -> String, done: impl FnOnce(Result<Reply, Down>) + 'static) {
    start();
    if CLIENT.with_borrow(|c| c.down) {
        return done(Err(Down));
    }
    let send_now = CLIENT.with_borrow_mut(|c| {
        c.next += 1;
        let id = c.next;
        let message = make(id);
        c.waiting.insert(id, Box::new(done));
        if c.ready {
            c.worker.clone().map(|w| (w, message))
        } else {
            c.queue.push(message);
            None
        }
    });
    if let Some((w, m)) = send_now
        && w.post_message(&JsValue::from_str(&m)).is_err()
    {
        fail();
    }
}

/// Asks the engine to read and check `text` as `kind` (or as what it looks
/// like); `done` gets the answer.
pub fn validate(
    text: &str,
    kind: Option<RecordType>,
    done: impl FnOnce(Result<Shown, Down>) + 'static,
) {
    ask(
        |id| serde_json::to_string(&Request { id, text, kind }).unwrap_or_default(),
        move |r| {
            done(match r {
                Ok(Reply::Validated(_, shown)) => Ok(shown),
                _ => Err(Down),
            })
        },
    );
}

/// Asks the engine to read a pasted DKIM public key into its record;
/// `done` gets the answer.
pub fn read_key(text: &str, done: impl FnOnce(Result<ShownKey, Down>) + 'static) {
    ask(
        |id| serde_json::to_string(&KeyRequest { id, text }).unwrap_or_default(),
        move |r| {
            done(match r {
                Ok(Reply::KeyRead(_, key)) => Ok(key),
                _ => Err(Down),
            })
        },
    );
}

/// The engine's answer about what a source gives, kept up to date.
#[derive(Clone, Copy)]
pub struct Validation {
    /// `None` until the first answer arrives; while a newer answer is on
    /// its way the last one stays, so findings do not flicker as the user
    /// types.
    pub answer: ReadSignal<Option<Answer>>,
    /// True while the answer to the latest question has not arrived (what
    /// `aria-busy` says).
    pub pending: ReadSignal<bool>,
}

/// Asks the engine about what `source` gives (a text and its type, or
/// nothing to check) each time it changes; see [`Validation`].
pub fn validation(
    source: impl Fn() -> Option<(String, Option<RecordType>)> + Send + Sync + 'static,
) -> Validation {
    let (answer, set_answer) = signal(None::<Answer>);
    let (pending, set_pending) = signal(false);
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let generation = latest.get_value() + 1;
        latest.set_value(generation);
        let Some((text, kind)) = source() else {
            set_answer.set(None);
            set_pending.set(false);
            return;
        };
        set_pending.set(true);
        validate(&text, kind, move |got| {
            // The page may have gone, or asked again since.
            if latest.try_get_value() == Some(generation) {
                set_answer.try_set(Some(got.map(Arc::new)));
                set_pending.try_set(false);
            }
        });
    });
    Validation { answer, pending }
}
