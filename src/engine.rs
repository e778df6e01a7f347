//! The workers, seen from the validator and the generators.
//!
//! Reading and checking records (the parsers, the linters, the message
//! catalogues) runs in the record worker (`crates/selo-worker`'s small bin,
//! `selo-records`), a wasm module of its own, so the site's first load
//! carries only the views and the generators' typed builders, and the
//! validator's first finding waits for that module only, not for the whole
//! engine worker. The validator's loader starts it while the page's module
//! downloads; elsewhere it starts with the first question. The SPF
//! generator's live count goes to the engine worker (`selo-worker`, with
//! the DNS code), which starts once the record worker has answered the SPF
//! page's first question. Each has one [`Client`] for the whole page (see
//! [`crate::worker`]); [`validation`] asks for a text to be checked and
//! keeps the answer in a signal, dropping an answer that is no longer the
//! latest question.

use crate::worker::{Client, Failure, Reply, Which};
use leptos::prelude::*;
use selo::RecordType;
use selo::shown::ShownKey;
use selo_boundary::{DeserializeOwned, ShownFindings};
use selo_boundary::{Request, Response};
use std::sync::Arc;
use std::time::Duration;

/// An answer: the engine's validation (a [`selo::shown::Shown`], or its
/// findings alone, [`selo_boundary::ShownFindings`]), or why there is
/// none.
pub type Answer<T> = Result<Arc<T>, Down>;

/// The worker could not be started, stopped working or did not answer in
/// time (a browser without module workers, a blocked file): the
/// page says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Down;

/// How long a question may wait, the worker's download included.
const LIMIT: Duration = Duration::from_secs(30);

thread_local! {
    /// The page's record worker, for as long as the page.
    static RECORDS: Client = Client::new(Which::Records);
    /// The page's engine worker (the SPF live count), for as long as the
    /// page.
    static ENGINE: Client = Client::new(Which::Engine);
}

/// Starts the record worker, if no question has: called after the first
/// paint.
pub fn start() {
    RECORDS.with(Client::start);
}

/// Asks `request` of the worker that answers it; `done` gets its answer.
pub fn ask(request: Request, done: impl FnOnce(Result<Response, Failure>) + 'static) {
    ask_boxed(request, Box::new(done))
}

/// [`ask`] for every answer's callback alike: one copy of the client's
/// question code per module, not one per page that asks.
fn ask_boxed(request: Request, done: Box<dyn FnOnce(Result<Response, Failure>)>) {
    let full = matches!(request, Request::CountSpf { .. });
    // Only the SPF page asks for the presets: its live count's worker
    // starts once the record worker has answered.
    let presets = matches!(request, Request::PresetFindings { .. });
    let mut done = Some(done);
    let on = move |r: Result<Reply, Failure>| {
        if presets {
            ENGINE.with(Client::start);
        }
        if let Some(done) = done.take() {
            done(r.map(|r| r.response))
        }
    };
    if full {
        ENGINE.with(|c| c.ask(request, &[], LIMIT, on));
    } else {
        RECORDS.with(|c| c.ask(request, &[], LIMIT, on));
    }
}

/// Asks the engine to read and check `text` as `kind` (or as what it looks
/// like); `done` gets the answer.
pub fn validate<T: DeserializeOwned>(
    text: &str,
    kind: Option<RecordType>,
    done: impl FnOnce(Result<T, Down>) + 'static,
) {
    let text = text.to_string();
    ask(Request::Validate { text, kind }, move |r| {
        done(match r {
            Ok(Response::Validated(shown)) => shown.get_first().ok_or(Down),
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

/// The engine's answer about what a source gives, kept up to date: the
/// findings alone for a generator, the whole [`selo::shown::Shown`] for
/// the validator.
pub struct Validation<T: 'static = ShownFindings> {
    /// `None` until the first answer arrives; while a newer answer is on
    /// its way the last one stays, so findings do not flicker as the user
    /// types.
    pub answer: ReadSignal<Option<Answer<T>>>,
    /// True while the answer to the latest question has not arrived (what
    /// `aria-busy` says).
    pub pending: ReadSignal<bool>,
}

impl<T> Clone for Validation<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Validation<T> {}

/// Asks the engine about what `source` gives (a text and its type, or
/// nothing to check) each time it changes; see [`Validation`].
pub fn validation<T: DeserializeOwned + Send + Sync + 'static>(
    source: impl Fn() -> Option<(String, Option<RecordType>)> + Send + Sync + 'static,
) -> Validation<T> {
    let (answer, set_answer) = signal(None::<Answer<T>>);
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
