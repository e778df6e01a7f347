//! The one client of Selo's workers, used by every page.
//!
//! A [`Client`] owns one worker (the engine worker, the record worker or
//! the message analyzer) and speaks the boundary of `crates/selo-boundary` with it:
//!
//! - it starts the worker on the first question and queues questions until
//!   the worker says it is ready, with the page's own build (a worker of
//!   another build is refused: the page shows [`updated`]'s notice and
//!   asks nothing more of any worker);
//! - every question has a time limit, after which its callback gets
//!   [`Failure::TimedOut`] (the page says what to do) and the worker,
//!   stuck or not, is replaced for the other questions;
//! - a worker that crashes (its panic message is in the console: the
//!   workers install a panic hook) is started again, and the questions it
//!   had are asked again once (never a batch of reports, which would come
//!   twice); a worker that cannot start at all gives [`Failure::Down`];
//! - [`Client::stop`] (and dropping the last copy of the client) terminates
//!   the worker, which cancels everything it was doing.
//!
//! The Check page makes a client per check, the Reports page one per batch,
//! the Analyze page one for the analyzer; the validator and the generators
//! share one for the whole page ([`crate::engine`]).

use crate::dom::{document, h, tx};
use leptos::prelude::window;
use selo_boundary::{Answer, Failure as Refusal, Request, Response};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::MessageEvent;

/// Which worker a client runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// `crates/selo-worker`.
    Engine,
    /// `crates/selo-worker`'s small bin, `selo-records`: what the
    /// validator and the generators' findings ask.
    Records,
    /// `crates/selo-analyzer`.
    Analyzer,
}

impl Which {
    /// The worker's loader: its name by content, from the meta element that
    /// `scripts/post_build.mjs` writes (Trunk's name when there is none).
    fn url(self) -> String {
        let name = match self {
            Which::Engine => "selo-worker",
            Which::Records => "selo-records",
            Which::Analyzer => "selo-analyzer",
        };
        document()
            .query_selector(&format!("meta[name=\"{name}\"]"))
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .unwrap_or_else(|| format!("./{name}_loader.js"))
    }
}

/// Why a question got no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The worker could not be started, or stopped working.
    Down,
    /// No answer within the question's time limit.
    TimedOut,
    /// The worker is of another build: the page must be reloaded.
    Refused,
}

/// An answer, and the `Blob`s that came with it.
pub struct Reply {
    pub response: Response,
    pub blobs: Vec<JsValue>,
}

type OnReply = Rc<RefCell<dyn FnMut(Result<Reply, Failure>)>>;

struct Question {
    /// What is posted: the bytes, or `[bytes, blob...]`.
    message: JsValue,
    on: OnReply,
    limit: i32,
    /// Each answer starts the time limit again (a stream that shows its
    /// progress), rather than the whole stream having it.
    restarts_limit: bool,
    /// Asked again after a crash (then no more).
    repeat: bool,
    posted: bool,
    timer: i32,
    _on_timer: Closure<dyn FnMut()>,
}

type Handlers = (
    Closure<dyn FnMut(MessageEvent)>,
    Closure<dyn FnMut(web_sys::Event)>,
);

struct Inner {
    which: Which,
    worker: Option<web_sys::Worker>,
    ready: bool,
    next: u64,
    /// The questions without their last answer, by id (in the order asked).
    asked: Vec<(u64, Question)>,
    handlers: Option<Handlers>,
    me: Weak<RefCell<Inner>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.end_worker();
        for (_, q) in &self.asked {
            window().clear_timeout_with_handle(q.timer);
        }
    }
}

thread_local! {
    /// A worker of another build answered: the page says so, and no worker
    /// is asked anything more.
    static REFUSED: Cell<bool> = const { Cell::new(false) };
}

fn refused() -> bool {
    REFUSED.get()
}

/// A worker and the questions asked of it. Copies share the worker.
#[derive(Clone)]
pub struct Client(Rc<RefCell<Inner>>);

impl Client {
    /// A client of `which`; its worker starts with the first question.
    pub fn new(which: Which) -> Client {
        Client(Rc::new_cyclic(|me| {
            RefCell::new(Inner {
                which,
                worker: None,
                ready: false,
                next: 0,
                asked: Vec::new(),
                handlers: None,
                me: me.clone(),
            })
        }))
    }

    /// Asks `request` (with `blobs` after it: files for the worker to
    /// read); `on` gets each answer, or why there is none. `limit` bounds
    /// the wait for the whole answer (for a batch of reports or reverse DNS
    /// names, the wait between two answers).
    pub fn ask(
        &self,
        request: Request,
        blobs: &[JsValue],
        limit: Duration,
        on: impl FnMut(Result<Reply, Failure>) + 'static,
    ) {
        let on: OnReply = Rc::new(RefCell::new(on));
        if refused() {
            return (on.borrow_mut())(Err(Failure::Refused));
        }
        let restarts_limit = matches!(
            request,
            Request::ReadReports { .. } | Request::ReportNames { .. } | Request::Check { .. }
        );
        let repeat = !matches!(
            request,
            Request::ReadReports { .. }
                | Request::ReportSort { .. }
                | Request::ReportFilter { .. }
                | Request::ReportNames { .. }
                | Request::ReportBody { .. }
                | Request::ReportDmarc { .. }
        );
        let started = {
            let mut s = self.0.borrow_mut();
            s.next += 1;
            let id = s.next;
            let bytes = selo_boundary::question(id, request);
            let bytes = JsValue::from(js_sys::Uint8Array::from(&bytes[..]));
            let message = if blobs.is_empty() {
                bytes
            } else {
                let all = js_sys::Array::of1(&bytes);
                for b in blobs {
                    all.push(b);
                }
                all.into()
            };
            let me = s.me.clone();
            let on_timer = Closure::<dyn FnMut()>::new(move || {
                if let Some(inner) = me.upgrade() {
                    timed_out(&inner, id);
                }
            });
            let limit = limit.as_millis().min(i32::MAX as u128) as i32;
            let timer = set_timer(&on_timer, limit);
            s.asked.push((
                id,
                Question {
                    message,
                    on,
                    limit,
                    restarts_limit,
                    repeat,
                    posted: false,
                    timer,
                    _on_timer: on_timer,
                },
            ));
            s.worker.is_some()
        };
        if started {
            post_waiting(&self.0);
        } else {
            start(&self.0);
        }
    }

    /// Starts the worker now, before the first question (its download and
    /// start then overlap with what the page does).
    pub fn start(&self) {
        if !refused() && self.0.borrow().worker.is_none() {
            start(&self.0);
        }
    }

    /// Stops the worker and forgets every question (their callbacks are
    /// not called).
    pub fn stop(&self) {
        let asked = {
            let mut s = self.0.borrow_mut();
            s.end_worker();
            std::mem::take(&mut s.asked)
        };
        for (_, q) in &asked {
            window().clear_timeout_with_handle(q.timer);
        }
    }
}

impl Inner {
    fn take(&mut self, id: u64) -> Option<Question> {
        let at = self.asked.iter().position(|(i, _)| *i == id)?;
        let (_, q) = self.asked.remove(at);
        window().clear_timeout_with_handle(q.timer);
        Some(q)
    }

    fn end_worker(&mut self) {
        if let Some(w) = self.worker.take() {
            w.terminate();
        }
        self.ready = false;
        self.handlers = None;
    }
}

fn set_timer(on: &Closure<dyn FnMut()>, ms: i32) -> i32 {
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(on.as_ref().unchecked_ref(), ms)
        .unwrap_or(0)
}

/// Starts the worker; the questions are posted once it is ready.
fn start(inner: &Rc<RefCell<Inner>>) {
    let which = inner.borrow().which;
    let (worker, said) = match early(which) {
        Some(started) => started,
        None => match web_sys::Worker::new(&which.url()) {
            Ok(w) => (w, js_sys::Array::new()),
            Err(_) => return fail_all(inner, Failure::Down),
        },
    };
    let me = Rc::downgrade(inner);
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Some(inner) = me.upgrade() {
            received(&inner, ev.data());
        }
    });
    let me = Rc::downgrade(inner);
    // The module could not be loaded, or it stopped (a panic).
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        if let Some(inner) = me.upgrade() {
            crashed(&inner);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    {
        let mut s = inner.borrow_mut();
        s.worker = Some(worker);
        s.ready = false;
        s.handlers = Some((on_message, on_error));
    }
    for data in said.iter() {
        received(inner, data);
    }
}

/// The record worker that `index.html`'s loader started beside the page's
/// module (`self.seloRecords`: the worker, then what it has said so far),
/// taken over once.
fn early(which: Which) -> Option<(web_sys::Worker, js_sys::Array)> {
    if which != Which::Records {
        return None;
    }
    let key = JsValue::from_str("seloRecords");
    let said: js_sys::Array = js_sys::Reflect::get(&window(), &key)
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    Some((said.shift().dyn_into().ok()?, said))
}

/// Posts the questions not yet posted, if the worker is ready.
fn post_waiting(inner: &Rc<RefCell<Inner>>) {
    let failed = {
        let mut s = inner.borrow_mut();
        let Some(worker) = s.worker.clone().filter(|_| s.ready) else {
            return;
        };
        s.asked
            .iter_mut()
            .map(|(_, q)| q)
            .filter(|q| !q.posted)
            .any(|q| {
                q.posted = true;
                worker.post_message(&q.message).is_err()
            })
    };
    if failed {
        fail_all(inner, Failure::Down);
    }
}

fn received(inner: &Rc<RefCell<Inner>>, data: JsValue) {
    let parts = js_sys::Array::is_array(&data).then(|| js_sys::Array::from(&data));
    let bytes = parts.as_ref().map_or(data.clone(), |p| p.get(0));
    let answer = bytes
        .dyn_into::<js_sys::Uint8Array>()
        .ok()
        .and_then(|b| selo_boundary::decode::<Answer>(&b.to_vec()));
    // Bytes this build cannot read come from a worker of another build.
    let Some(Answer { id, response }) = answer else {
        refuse();
        return fail_all(inner, Failure::Refused);
    };
    match response {
        Response::Ready { build } if build == selo_boundary::BUILD => {
            inner.borrow_mut().ready = true;
            post_waiting(inner);
        }
        Response::Ready { .. }
        | Response::Failed {
            error: Refusal::OtherBuild,
            ..
        } => {
            refuse();
            fail_all(inner, Failure::Refused);
        }
        response => {
            let on = {
                let mut s = inner.borrow_mut();
                let last = response.is_last();
                let Some((_, q)) = s.asked.iter_mut().find(|(i, _)| *i == id) else {
                    return;
                };
                let on = q.on.clone();
                if last {
                    s.take(id);
                } else if q.restarts_limit {
                    window().clear_timeout_with_handle(q.timer);
                    q.timer = set_timer(&q._on_timer, q.limit);
                }
                on
            };
            let blobs = parts
                .map(|p| p.iter().skip(1).collect())
                .unwrap_or_default();
            (on.borrow_mut())(Ok(Reply { response, blobs }));
        }
    }
}

/// The worker stopped: started again for the questions that may be asked
/// again, once; the others fail. One that never said it was ready cannot
/// be loaded: every question fails.
fn crashed(inner: &Rc<RefCell<Inner>>) {
    let (failed, again) = {
        let mut s = inner.borrow_mut();
        let loaded = s.ready;
        s.end_worker();
        let mut failed = Vec::new();
        for (id, mut q) in std::mem::take(&mut s.asked) {
            if loaded && q.repeat {
                q.repeat = false;
                q.posted = false;
                s.asked.push((id, q));
            } else {
                window().clear_timeout_with_handle(q.timer);
                failed.push(q.on);
            }
        }
        (failed, !s.asked.is_empty())
    };
    for on in failed {
        (on.borrow_mut())(Err(Failure::Down));
    }
    if again {
        start(inner);
    }
}

/// Question `id` had no answer in time: it fails, and the worker is
/// replaced for the others.
fn timed_out(inner: &Rc<RefCell<Inner>>, id: u64) {
    let (on, again) = {
        let mut s = inner.borrow_mut();
        let Some(q) = s.take(id) else {
            return;
        };
        s.end_worker();
        for (_, q) in &mut s.asked {
            q.posted = false;
        }
        (q.on, !s.asked.is_empty())
    };
    (on.borrow_mut())(Err(Failure::TimedOut));
    if again {
        start(inner);
    }
}

/// Every question fails with `why`; the worker is stopped.
fn fail_all(inner: &Rc<RefCell<Inner>>, why: Failure) {
    let asked = {
        let mut s = inner.borrow_mut();
        s.end_worker();
        std::mem::take(&mut s.asked)
    };
    for (_, q) in asked {
        window().clear_timeout_with_handle(q.timer);
        (q.on.borrow_mut())(Err(why));
    }
}

/// A worker of another build: the page says so, once, above its content.
/// Every client's questions fail as they come back (their workers are
/// refused in turn).
fn refuse() {
    if REFUSED.replace(true) {
        return;
    }
    if let Some(main) = document().get_element_by_id("main") {
        let _ = main.prepend_with_node_1(&updated());
    }
}

/// "Selo was updated", with a reload button, in both languages at once
/// (the words of the new build may not be those this page can load).
pub fn updated() -> web_sys::Node {
    let button = h(
        "button",
        &[("type", "button")],
        &[tx("Reload / Recarregar")],
    );
    let reload = Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
    reload.forget();
    h(
        "div",
        &[
            ("class", "field-error update-notice"),
            ("role", "alert"),
            ("data-testid", "update-notice"),
        ],
        &[
            h(
                "p",
                &[("lang", "en")],
                &[tx(
                    "Selo was updated: reload the page to use the new version.",
                )],
            ),
            h(
                "p",
                &[("lang", "pt-PT")],
                &[tx(
                    "O Selo foi atualizado: recarregue a página para usar a nova versão.",
                )],
            ),
            button,
        ],
    )
}
