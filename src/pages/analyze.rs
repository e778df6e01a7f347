//! The Analyze page: a received message, pasted or dropped as a `.eml`,
//! and why it passed or failed DMARC.
//!
//! The analysis (reading the message, DKIM, SPF, DMARC, the rendering in
//! both languages) runs in the analyzer worker (`crates/selo-analyzer`, a
//! wasm module of its own that no other page loads) started for each
//! analysis and terminated to cancel it; the page only builds its form with plain DOM calls (as the
//! Check page does, to keep the first load small) and the worker's element
//! tree into DOM nodes as text (see `check/tree.rs`). The message goes from
//! the textarea to the worker and nowhere else: never in the URL. The
//! resolver choice is the Check page's (same list, same saved choice).

use super::check::{form, resolver, tree};
use crate::i18n::{analyze as m, t, use_lang};
use leptos::prelude::*;
use selo::{Lang, Text};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlTextAreaElement, MessageEvent, Worker};

/// The analyzer worker's loader (written by Trunk next to index.html, see
/// the `selo-analyzer` link there).
const ANALYZER_URL: &str = "./selo-analyzer_loader.js";
const TEXT: &str = "analyze-text";
const FILE: &str = "analyze-file";
const IP: &str = "analyze-ip";
const MAIL_FROM: &str = "analyze-mail-from";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Idle,
    Busy,
    Done,
    Failed(Text),
}

struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

fn text_area() -> Option<HtmlTextAreaElement> {
    document().get_element_by_id(TEXT)?.dyn_into().ok()
}

fn field(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

/// Fills `f` with the form in `l`, keeping what is typed there.
fn build(f: &Element, l: Lang) {
    use form::{h, tx};
    let message = text_area().map(|a| a.value()).unwrap_or_default();
    let ip = form::value(IP);
    let mail_from = form::value(MAIL_FROM);
    let resolvers = form::resolver_choice(l);
    let area = h(
        "textarea",
        &[
            ("id", TEXT),
            ("rows", "10"),
            ("spellcheck", "false"),
            ("autocomplete", "off"),
            ("aria-describedby", "analyze-text-hint"),
        ],
        &[],
    );
    if let Some(a) = area.dyn_ref::<HtmlTextAreaElement>() {
        a.set_value(&message);
    }
    f.set_text_content(None);
    for node in [
        h(
            "div",
            &[("class", "field")],
            &[
                h("label", &[("for", TEXT)], &[tx(m::TEXT.get(l))]),
                area,
                h(
                    "p",
                    &[("class", "hint"), ("id", "analyze-text-hint")],
                    &[tx(m::TEXT_HINT.get(l))],
                ),
            ],
        ),
        // The file input is the drop zone: the browser fills it with the
        // file dropped on it, as if chosen.
        h(
            "div",
            &[("class", "report-drop analyze-drop")],
            &[
                h("label", &[("for", FILE)], &[tx(m::FILE.get(l))]),
                h(
                    "input",
                    &[
                        ("id", FILE),
                        ("type", "file"),
                        ("accept", ".eml,.txt,message/rfc822,text/plain"),
                    ],
                    &[],
                ),
            ],
        ),
        form::field(IP, m::IP.get(l), m::IP_HINT.get(l), &ip, "192.0.2.1"),
        form::field(
            MAIL_FROM,
            m::MAIL_FROM.get(l),
            m::MAIL_FROM_HINT.get(l),
            &mail_from,
            "bounce@example.com",
        ),
        resolvers,
        h(
            "p",
            &[],
            &[h(
                "button",
                &[("type", "submit"), ("class", "analyze-run")],
                &[tx(m::RUN.get(l))],
            )],
        ),
    ] {
        let _ = f.append_child(&node);
    }
    form::resolver_changed(false);
}

/// The Analyze page.
#[component]
pub fn AnalyzePage() -> impl IntoView {
    let lang = use_lang();
    let phase = RwSignal::new(Phase::Idle);
    let form_error = RwSignal::new(None::<Text>);
    // The worker's `analyzed` message (JSON text).
    let result = RwSignal::new(None::<String>);
    let host = NodeRef::<leptos::html::Div>::new();
    let running = StoredValue::new_local(None::<Running>);

    let stop = move || {
        running.update_value(|r| {
            if let Some(r) = r.take() {
                r.worker.terminate();
            }
        })
    };
    on_cleanup(stop);

    let start = move |message: String| {
        stop();
        result.set(None);
        phase.set(Phase::Busy);
        let Ok(worker) = Worker::new(ANALYZER_URL) else {
            phase.set(Phase::Failed(m::FAILED));
            return;
        };
        let w = worker.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            let Some(text) = ev.data().as_string() else {
                return;
            };
            let Ok(v) = js_sys::JSON::parse(&text) else {
                return;
            };
            match field(&v, "type").as_string().as_deref() {
                Some("ready") if w.post_message(&JsValue::from_str(&message)).is_err() => {
                    phase.set(Phase::Failed(m::FAILED));
                }
                Some("analyzed") => {
                    w.terminate();
                    result.set(Some(text));
                    phase.set(Phase::Done);
                }
                Some("error") => {
                    w.terminate();
                    let why = match field(&v, "error").as_string().as_deref() {
                        Some("bad-resolver") => crate::i18n::check::RESOLVER_BAD,
                        _ => m::FAILED,
                    };
                    phase.set(Phase::Failed(why));
                }
                _ => {}
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            phase.set(Phase::Failed(m::FAILED));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        running.set_value(Some(Running {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        }));
    };

    // Reads the form and starts the analysis.
    let run = move || {
        let text = text_area().map(|a| a.value()).unwrap_or_default();
        if text.trim().is_empty() {
            form_error.set(Some(m::EMPTY));
            return;
        }
        let url = form::chosen();
        if resolver::host_of(&url).is_none() {
            form_error.set(Some(crate::i18n::check::RESOLVER_BAD));
            return;
        }
        form_error.set(None);
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
        start(
            js_sys::JSON::stringify(&o)
                .map(String::from)
                .unwrap_or_default(),
        );
    };

    let form_ref = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(f) = form_ref.get() {
            build(&f, l);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        run();
    };
    // A chosen (or dropped) file goes into the textarea, then is analyzed.
    let on_change = move |ev: leptos::ev::Event| {
        form::resolver_changed(true);
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|i| i.id() == FILE)
        else {
            return;
        };
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
                Err(_) => form_error.set(Some(m::UNREADABLE)),
            }
        });
    };
    let on_input = move |_: leptos::ev::Event| form::resolver_changed(true);

    let status = move || {
        let l = lang.get();
        match phase.get() {
            Phase::Idle => String::new(),
            Phase::Busy => m::RUNNING.get(l).to_string(),
            Phase::Done => m::DONE.get(l).to_string(),
            Phase::Failed(why) => why.get(l).to_string(),
        }
    };

    // The worker's tree, in the current language, built as text.
    Effect::new(move |_| {
        let l = lang.get();
        let Some(el) = host.get() else {
            return;
        };
        el.set_text_content(None);
        result.with(|r| {
            if let Some(v) = r.as_deref().and_then(|t| js_sys::JSON::parse(t).ok()) {
                let key = if l == Lang::Pt { "pt" } else { "en" };
                if let Some(node) = tree::build(&document(), &field(&v, key), 0) {
                    let _ = el.append_child(&node);
                }
            }
        });
    });

    view! {
        <h1>{t(m::TITLE)}</h1>
        <p>{t(m::INTRO)}</p>
        <p class="analyze-private">{t(m::PRIVATE)}</p>
        <form
            class="gen-form check-form analyze-form"
            node_ref=form_ref
            on:submit=on_submit
            on:change=on_change
            on:input=on_input
        ></form>
        {move || form_error.get().map(|e| view! { <p class="field-error" role="alert">{e.get(lang.get())}</p> })}
        <p class="check-progress" role="status">{status}</p>
        <section
            id="analyze-result"
            class="analyze-result"
            aria-label=t(m::RESULT)
            aria-busy=move || (phase.get() == Phase::Busy).to_string()
        >
            <div node_ref=host></div>
        </section>
    }
}
