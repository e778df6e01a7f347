//! The Analyze page: a received message, pasted or dropped as a `.eml`,
//! and why it passed or failed DMARC.
//!
//! Everything but the title comes from the analyzer worker
//! (`crates/selo-analyzer`, a wasm module of its own that no other page
//! loads), started when the page opens: the page's texts and form (its
//! `page` message) and each analysis, both as element trees in both
//! languages, built here into DOM nodes as text (see `check/tree.rs`). So
//! the site's first load carries only this glue and the resolver choice,
//! which is the Check page's (same list, same saved choice). The message
//! goes from the textarea to the worker and nowhere else: never in the URL.
//! Starting an analysis while one runs, or leaving the page, terminates the
//! worker, which cancels every lookup.

use super::check::{form, resolver, tree};
use crate::dom::{h, tx};
use crate::i18n::Text;
use crate::i18n::{analyze as m, check as c, use_lang};
use leptos::prelude::*;
use selo::Lang;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlTextAreaElement, MessageEvent, Worker};

/// The analyzer's loader (written by Trunk next to index.html, see the
/// `selo-analyzer` link there).
const ANALYZER_URL: &str = "./selo-analyzer_loader.js";
/// The ids of the form's fields (see the worker's `page.rs`).
const TEXT: &str = "analyze-text";
const FILE: &str = "analyze-file";
const IP: &str = "analyze-ip";
const MAIL_FROM: &str = "analyze-mail-from";

/// A line the page shows: one of the worker's `texts`, or one of the
/// site's own (before the worker runs, or when it cannot).
#[derive(Clone, Copy, PartialEq)]
enum Say {
    Worker(&'static str),
    Page(Text),
}

/// The worker's `message` and `error` callbacks.
type Callbacks = (
    Closure<dyn FnMut(MessageEvent)>,
    Closure<dyn FnMut(web_sys::Event)>,
);

#[derive(Default)]
struct State {
    root: Option<Element>,
    lang: Lang,
    worker: Option<Worker>,
    ready: bool,
    /// The analyze message waiting for the worker to be ready.
    pending: Option<JsValue>,
    /// The worker's `page` message and last `analyzed` message.
    page: Option<JsValue>,
    result: Option<JsValue>,
    status: Option<Say>,
    alert: Option<Say>,
    /// The worker's callbacks, dropped with it.
    callbacks: Option<Callbacks>,
    /// The form's events (submit, change, input), for the page's life.
    on_event: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::default();
}

fn field(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

fn text_area() -> Option<HtmlTextAreaElement> {
    by_id(TEXT)?.dyn_into().ok()
}

/// The worker's `page` message in the page's language, and the language.
fn mine() -> (Option<JsValue>, Lang) {
    STATE.with_borrow(|s| {
        let key = if s.lang == Lang::Pt { "pt" } else { "en" };
        (s.page.as_ref().map(|p| field(p, key)), s.lang)
    })
}

fn said(say: Option<Say>) -> String {
    let (page, l) = mine();
    match say {
        None => String::new(),
        Some(Say::Page(t)) => t.get(l).to_string(),
        Some(Say::Worker(k)) => page
            .and_then(|p| field(&field(&p, "texts"), k).as_string())
            .unwrap_or_default(),
    }
}

/// Shows the status line, the alert and `aria-busy`.
fn lines() {
    let (status, alert) = STATE.with_borrow(|s| (s.status, s.alert));
    if let Some(e) = by_id("analyze-status") {
        e.set_text_content(Some(&said(status)));
    }
    if let Some(e) = by_id("analyze-alert") {
        e.set_text_content(Some(&said(alert)));
        e.toggle_attribute_with_force("hidden", alert.is_none())
            .ok();
    }
    if let Some(e) = by_id("analyze-result") {
        let busy = status == Some(Say::Worker("running"));
        let _ = e.set_attribute("aria-busy", if busy { "true" } else { "false" });
        let _ = e.set_attribute("aria-label", &said(Some(Say::Worker("result"))));
    }
}

/// Builds the last analysis, in the page's language.
fn result() {
    let Some(host) = by_id("analyze-host") else {
        return;
    };
    host.set_text_content(None);
    let (result, l) = STATE.with_borrow(|s| (s.result.clone(), s.lang));
    let key = if l == Lang::Pt { "pt" } else { "en" };
    if let Some(node) = result.and_then(|r| tree::build(&document(), &field(&r, key), 0)) {
        let _ = host.append_child(&node);
    }
}

/// Builds the whole page below the title, in its language, keeping what is
/// typed in the form.
fn paint() {
    let Some(root) = STATE.with_borrow(|s| s.root.clone()) else {
        return;
    };
    let (page, l) = mine();
    let (ip, mail_from) = (form::value(IP), form::value(MAIL_FROM));
    let message = text_area().map(|a| a.value()).unwrap_or_default();
    root.set_text_content(None);
    let _ = root.append_child(&h("h1", &[], &[tx(m::TITLE.get(l))]));
    if let Some(node) = page.and_then(|p| tree::build(&document(), &field(&p, "form"), 0)) {
        let _ = root.append_child(&node);
    }
    if let Some(slot) = root.query_selector(".analyze-resolver-slot").ok().flatten() {
        let _ = slot.replace_with_with_node_1(&form::resolver_choice(l));
        form::resolver_changed(false);
    }
    form::set_value(IP, &ip);
    form::set_value(MAIL_FROM, &mail_from);
    if let Some(a) = text_area() {
        a.set_value(&message);
    }
    for node in [
        h(
            "p",
            &[
                ("id", "analyze-alert"),
                ("class", "field-error"),
                ("role", "alert"),
            ],
            &[],
        ),
        h(
            "p",
            &[
                ("id", "analyze-status"),
                ("class", "check-progress"),
                ("role", "status"),
            ],
            &[],
        ),
        h(
            "section",
            &[("id", "analyze-result"), ("class", "analyze-result")],
            &[h("div", &[("id", "analyze-host")], &[])],
        ),
    ] {
        let _ = root.append_child(&node);
    }
    lines();
    result();
}

/// Sets the status line (and the alert) and shows them.
fn say(status: Option<Say>, alert: Option<Say>) {
    STATE.with_borrow_mut(|s| {
        s.status = status;
        s.alert = alert;
    });
    lines();
}

/// Stops the worker, if any.
fn stop() {
    let worker = STATE.with_borrow_mut(|s| {
        s.ready = false;
        s.callbacks = None;
        s.worker.take()
    });
    if let Some(w) = worker {
        w.terminate();
    }
}

/// The worker could not be loaded, or stopped working.
fn failed() {
    stop();
    say(Some(Say::Page(c::WORKER_FAILED)), None);
}

fn on_message(ev: MessageEvent) {
    let Some(v) = ev
        .data()
        .as_string()
        .and_then(|t| js_sys::JSON::parse(&t).ok())
    else {
        return;
    };
    match field(&v, "type").as_string().as_deref() {
        Some("ready") => {
            let (worker, pending) = STATE.with_borrow_mut(|s| {
                s.ready = true;
                (s.worker.clone(), s.pending.take())
            });
            if let (Some(w), Some(m)) = (worker, pending)
                && w.post_message(&m).is_err()
            {
                failed();
            }
        }
        Some("page") => {
            let first = STATE.with_borrow_mut(|s| {
                let first = s.page.is_none();
                if first {
                    s.page = Some(v);
                    if s.status == Some(Say::Page(c::LOADING)) {
                        s.status = None;
                    }
                }
                first
            });
            if first {
                paint();
            }
        }
        Some("analyzed") => {
            STATE.with_borrow_mut(|s| s.result = Some(v));
            say(Some(Say::Worker("done")), None);
            result();
        }
        Some("error") => {
            let why = match field(&v, "error").as_string().as_deref() {
                Some("bad-resolver") => c::RESOLVER_BAD,
                _ => c::WORKER_FAILED,
            };
            say(Some(Say::Page(why)), None);
        }
        _ => {}
    }
}

/// Starts the analyzer; `pending` is posted to it once it is ready.
fn start(pending: Option<JsValue>) {
    stop();
    let Ok(worker) = Worker::new(ANALYZER_URL) else {
        return failed();
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(on_message);
    // An `error` event: the module could not be loaded or crashed.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
        ev.prevent_default();
        failed();
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    STATE.with_borrow_mut(|s| {
        s.worker = Some(worker);
        s.pending = pending;
        s.callbacks = Some((on_message, on_error));
    });
}

/// Reads the form and starts the analysis.
fn run() {
    let text = text_area().map(|a| a.value()).unwrap_or_default();
    if text.trim().is_empty() {
        return say(None, Some(Say::Worker("empty")));
    }
    let url = form::chosen();
    if resolver::host_of(&url).is_none() {
        return say(None, Some(Say::Page(c::RESOLVER_BAD)));
    }
    resolver::save(&url);
    let o = js_sys::Object::new();
    for (k, v) in [
        ("type", "analyze".to_string()),
        ("text", text),
        ("resolver", url),
        ("ip", form::value(IP)),
        ("mail_from", form::value(MAIL_FROM)),
    ] {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(&v));
    }
    let message = js_sys::JSON::stringify(&o)
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL);
    let (busy, worker) = STATE.with_borrow_mut(|s| {
        s.result = None;
        let busy = s.status == Some(Say::Worker("running")) || !s.ready;
        (busy, s.worker.clone())
    });
    say(Some(Say::Worker("running")), None);
    result();
    match worker {
        // A free worker takes it now; a busy one (or none) is replaced.
        Some(w) if !busy => {
            if w.post_message(&message).is_err() {
                failed();
            }
        }
        _ => start(Some(message)),
    }
}

/// A chosen (or dropped) file goes into the textarea, then is analyzed.
fn file_chosen(input: web_sys::HtmlInputElement) {
    let Some(file) = input.files().and_then(|l| l.get(0)) else {
        return;
    };
    input.set_value("");
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(file.text()).await {
            Ok(v) => {
                if let Some(a) = text_area() {
                    a.set_value(&v.as_string().unwrap_or_default());
                }
                run();
            }
            Err(_) => say(None, Some(Say::Worker("unreadable"))),
        }
    });
}

/// The form's events, caught on the page's root as they bubble.
fn on_event(ev: web_sys::Event) {
    match ev.type_().as_str() {
        "submit" => {
            ev.prevent_default();
            run();
        }
        kind => {
            form::resolver_changed(true);
            if let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .filter(|i| kind == "change" && i.id() == FILE)
            {
                file_chosen(input);
            }
        }
    }
}

/// The Analyze page: one element, filled with plain DOM calls (a `view!`
/// would cost the site's first load more).
#[component]
pub fn AnalyzePage() -> impl IntoView {
    let lang = use_lang();
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let l = lang.get();
        let Some(r) = root.get() else {
            return;
        };
        let r: Element = r.into();
        let first = STATE.with_borrow(|s| s.root.is_none());
        if first {
            let cb = Closure::<dyn FnMut(web_sys::Event)>::new(on_event);
            for kind in ["submit", "change", "input"] {
                let _ = r.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
            }
            STATE.with_borrow_mut(|s| {
                s.on_event = Some(cb);
                s.status = Some(Say::Page(c::LOADING));
            });
            start(None);
        }
        STATE.with_borrow_mut(|s| {
            s.lang = l;
            s.root = Some(r);
        });
        paint();
    });
    on_cleanup(|| {
        stop();
        STATE.with_borrow_mut(|s| *s = State::default());
    });
    view! { <div node_ref=root></div> }
}
