//! The Analyze page: a received message, pasted or dropped as a `.eml`,
//! and why it passed or failed DMARC.
//!
//! Everything but the title comes from the analyzer worker
//! (`crates/selo-analyzer`, a wasm module of its own that no other page
//! loads, through a [`Client`] of it, see `src/worker.rs`), started when
//! the page opens: the page's texts and form (`Request::AnalyzerPage`) and
//! each analysis, both as element trees in both languages, built here into
//! DOM nodes as text (see `check/tree.rs`). So
//! the site's first load carries only this glue and the resolver choice,
//! which is the Check page's (same list, same saved choice). The message
//! goes from the textarea to the worker and nowhere else: never in the URL.
//! Starting an analysis while one runs, or leaving the page, terminates the
//! worker, which cancels every lookup.

use super::check::{form, resolver, tree};
use crate::dom::{h, tx};
use crate::i18n::Text;
use crate::i18n::{analyze as m, check as c, common, fill, use_lang};
use crate::worker::{Client, Failure, Reply, Which};
use leptos::prelude::*;
use selo::Lang;
use selo_boundary::{AnalyzerTexts, Both, Failure as Refusal, Request, Response};
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlTextAreaElement};

/// The longest an analysis (its lookups included) may take.
const LIMIT_S: u64 = 60;
/// The ids of the form's fields (see the worker's `page.rs`).
const TEXT: &str = "analyze-text";
const FILE: &str = "analyze-file";
const IP: &str = "analyze-ip";
const MAIL_FROM: &str = "analyze-mail-from";

/// One of the worker's lines (see [`AnalyzerTexts`]).
#[derive(Clone, Copy, PartialEq)]
enum Line {
    Empty,
    Unreadable,
    Running,
    Done,
    Result,
}

/// A line the page shows: one of the worker's, or one of the site's own
/// (before the worker runs, or when it cannot).
#[derive(Clone, Copy, PartialEq)]
enum Say {
    Worker(Line),
    Page(Text),
    /// The worker gave no answer in time.
    Slow,
}

#[derive(Default)]
struct State {
    root: Option<Element>,
    lang: Lang,
    worker: Option<Client>,
    /// An analysis is on its way.
    running: bool,
    /// The page's texts and form in English and Portuguese, and the last
    /// analysis.
    page: Option<(AnalyzerTexts, AnalyzerTexts)>,
    result: Option<Both>,
    status: Option<Say>,
    alert: Option<Say>,
    /// The form's events (submit, change, input), for the page's life.
    on_event: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::default();
}

fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

fn text_area() -> Option<HtmlTextAreaElement> {
    by_id(TEXT)?.dyn_into().ok()
}

/// `f` of the worker's texts in the page's language (`None` before they
/// came), and the language.
fn mine<T>(f: impl FnOnce(Option<&AnalyzerTexts>, Lang) -> T) -> T {
    STATE.with_borrow(|s| {
        let texts = s
            .page
            .as_ref()
            .map(|(en, pt)| if s.lang == Lang::Pt { pt } else { en });
        f(texts, s.lang)
    })
}

fn said(say: Option<Say>) -> String {
    mine(|texts, l| match say {
        None => String::new(),
        Some(Say::Page(t)) => t.get(l).to_string(),
        Some(Say::Slow) => fill(common::WORKER_SLOW.get(l), &[("s", &LIMIT_S.to_string())]),
        Some(Say::Worker(k)) => texts
            .map(|t| match k {
                Line::Empty => t.empty.clone(),
                Line::Unreadable => t.unreadable.clone(),
                Line::Running => t.running.clone(),
                Line::Done => t.done.clone(),
                Line::Result => t.result.clone(),
            })
            .unwrap_or_default(),
    })
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
        let busy = status == Some(Say::Worker(Line::Running));
        let _ = e.set_attribute("aria-busy", if busy { "true" } else { "false" });
        let _ = e.set_attribute("aria-label", &said(Some(Say::Worker(Line::Result))));
    }
}

/// Builds the last analysis, in the page's language.
fn result() {
    let Some(host) = by_id("analyze-host") else {
        return;
    };
    host.set_text_content(None);
    let node = STATE.with_borrow(|s| {
        let r = s.result.as_ref()?;
        tree::build(
            &document(),
            if s.lang == Lang::Pt { &r.pt } else { &r.en },
            0,
        )
    });
    if let Some(node) = node {
        let _ = host.append_child(&node);
    }
}

/// Builds the whole page below the title, in its language, keeping what is
/// typed in the form.
fn paint() {
    let Some(root) = STATE.with_borrow(|s| s.root.clone()) else {
        return;
    };
    let (form_node, l) = mine(|t, l| (t.and_then(|t| tree::build(&document(), &t.form, 0)), l));
    let (ip, mail_from) = (form::value(IP), form::value(MAIL_FROM));
    let message = text_area().map(|a| a.value()).unwrap_or_default();
    root.set_text_content(None);
    let _ = root.append_child(&h("h1", &[], &[tx(m::TITLE.get(l))]));
    if let Some(node) = form_node {
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
fn say_now(status: Option<Say>, alert: Option<Say>) {
    STATE.with_borrow_mut(|s| {
        s.status = status;
        s.alert = alert;
    });
    lines();
}

/// Stops the worker, if any (which cancels its lookups).
fn stop() {
    let worker = STATE.with_borrow_mut(|s| {
        s.running = false;
        s.worker.take()
    });
    if let Some(w) = worker {
        w.stop();
    }
}

/// Why the worker did not answer, said.
fn failed(why: Failure) {
    stop();
    let say = match why {
        Failure::TimedOut => Say::Slow,
        _ => Say::Page(c::WORKER_FAILED),
    };
    say_now(Some(say), None);
}

fn on_reply(r: Result<Reply, Failure>) {
    match r.map(|r| r.response) {
        Ok(Response::AnalyzerPage(page)) => {
            let Some(page) = page.get() else {
                return failed(Failure::Down);
            };
            let first = STATE.with_borrow_mut(|s| {
                let first = s.page.is_none();
                if first {
                    s.page = Some((page.en, page.pt));
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
        Ok(Response::Analyzed(analysis)) => {
            STATE.with_borrow_mut(|s| {
                s.result = analysis.get().map(|a| a.tree);
                s.running = false;
            });
            say_now(Some(Say::Worker(Line::Done)), None);
            result();
        }
        Ok(Response::Failed { error, .. }) => {
            STATE.with_borrow_mut(|s| s.running = false);
            let why = match error {
                Refusal::Resolver => c::RESOLVER_BAD,
                _ => c::WORKER_FAILED,
            };
            say_now(Some(Say::Page(why)), None);
        }
        Ok(_) => {}
        Err(why) => failed(why),
    }
}

/// Asks the analyzer `request`, starting it if it is not running.
fn ask(request: Request) {
    let worker = STATE.with_borrow_mut(|s| {
        s.worker
            .get_or_insert_with(|| Client::new(Which::Analyzer))
            .clone()
    });
    worker.ask(request, &[], Duration::from_secs(LIMIT_S), on_reply);
}

/// Reads the form and starts the analysis.
fn run() {
    let text = text_area().map(|a| a.value()).unwrap_or_default();
    if text.trim().is_empty() {
        return say_now(None, Some(Say::Worker(Line::Empty)));
    }
    let url = form::chosen();
    if resolver::host_of(&url).is_none() {
        return say_now(None, Some(Say::Page(c::RESOLVER_BAD)));
    }
    resolver::save(&url);
    let request = Request::Analyze {
        text,
        resolver: url,
        ip: Some(form::value(IP)),
        mail_from: Some(form::value(MAIL_FROM)),
    };
    let busy = STATE.with_borrow_mut(|s| {
        s.result = None;
        std::mem::replace(&mut s.running, true)
    });
    say_now(Some(Say::Worker(Line::Running)), None);
    result();
    // A busy worker is replaced (which cancels its lookups).
    if busy {
        stop();
        STATE.with_borrow_mut(|s| s.running = true);
    }
    ask(request);
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
            Err(_) => say_now(None, Some(Say::Worker(Line::Unreadable))),
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
            ask(Request::AnalyzerPage);
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
