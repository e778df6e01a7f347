//! The engine worker, seen from the validator and the generators.
//!
//! Reading and checking records (the parsers, the linters, the message
//! catalogues) runs in the engine worker (`crates/selo-worker`), a second
//! wasm module, so the site's first load carries only the views and the
//! generators' typed builders. [`start`] starts it right after the first
//! paint, through the page's one [`Client`] of it (see [`crate::worker`]);
//! [`validation`] asks it to check a text and keeps the answer in a
//! signal, dropping an answer that is no longer the latest question.

use crate::worker::{Client, Failure, Reply, Which};
use leptos::prelude::*;
use selo::RecordType;
use selo::shown::{Shown, ShownKey};
use selo_boundary::{Request, Response};
use std::sync::Arc;
use std::time::Duration;

/// An answer: the engine's findings, or why there are none.
pub type Answer = Result<Arc<Shown>, Down>;

/// The engine worker could not be started, stopped working or did not
/// answer in time (a browser without module workers, a blocked file): the
/// page says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Down;

/// How long a question may wait, the worker's download included.
const LIMIT: Duration = Duration::from_secs(30);

thread_local! {
    /// The page's engine worker, for as long as the page.
    static ENGINE: Client = Client::new(Which::Engine);
}

/// Starts the engine worker. Called after the first paint.
pub fn start() {
    ENGINE.with(Client::start);
}

/// Asks the engine worker `request`; `done` gets its answer.
pub fn ask(request: Request, done: impl FnOnce(Result<Response, Failure>) + 'static) {
    let mut done = Some(done);
    ENGINE.with(|c| {
        c.ask(request, &[], LIMIT, move |r: Result<Reply, Failure>| {
            if let Some(done) = done.take() {
                done(r.map(|r| r.response))
            }
        })
    });
}

/// Asks the engine to read and check `text` as `kind` (or as what it looks
/// like); `done` gets the answer.
pub fn validate(
    text: &str,
    kind: Option<RecordType>,
    done: impl FnOnce(Result<Shown, Down>) + 'static,
) {
    let text = text.to_string();
    ask(Request::Validate { text, kind }, move |r| {
        done(match r {
            Ok(Response::Validated(shown)) => shown.get().ok_or(Down),
            _ => Err(Down),
        })
    });
}

/// Asks the engine to read a pasted DKIM public key into its record;
/// `done` gets the answer.
pub fn read_key(text: &str, done: impl FnOnce(Result<ShownKey, Down>) + 'static) {
    let text = text.to_string();
    ask(Request::ReadKey { text }, move |r| {
        done(match r {
            Ok(Response::KeyRead(key)) => key.get().ok_or(Down),
            _ => Err(Down),
        })
    });
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
