//! The Analyze page: a received message, pasted or dropped as a `.eml`,
//! and why it passed or failed DMARC. The example of how a page is built
//! (see ARCHITECTURE.md): Leptos components over signals, the form's words
//! from `src/i18n/analyze.rs`, and the work done by a worker that answers
//! typed data.
//!
//! ```text
//! AnalyzePage                 signals: text, ip, mail_from, resolver,
//! ├─ intro, privacy note               status, alert, result
//! ├─ form: Field ×2, textarea, file input, ResolverChoice, button
//! ├─ alert and status lines
//! └─ #analyze-result ─ report::Report (the answer in the page's language)
//! ```
//!
//! The analyzer (`crates/selo-analyzer`, a wasm module of its own, through
//! a [`Client`], see `src/worker.rs`) is started when the page opens, so
//! the first analysis does not wait for it. It answers `Response::Analyzed`
//! with [`Analysis`]: one view-model per language, every word already
//! written, so this module carries none of the analysis's words. The
//! message goes from the textarea to the worker and nowhere else: never in
//! the URL. Starting an analysis while one runs, or leaving the page,
//! terminates the worker, which cancels every lookup.

mod report;

use super::check::resolver;
use crate::i18n::Text;
use crate::i18n::{analyze as m, check as c, common, fill, t, use_lang};
use crate::worker::{Client, Failure, Reply, Which};
use leptos::prelude::*;
use selo::Lang;
use selo_boundary::{Analysis, Failure as Refusal, Request, Response};
use std::cell::RefCell;
use std::time::Duration;

/// The longest an analysis (its lookups included) may take.
const LIMIT_S: u64 = 60;

/// A status or alert line.
#[derive(Clone, Copy, PartialEq)]
enum Say {
    Text(Text),
    /// The worker gave no answer in time.
    Slow,
}

impl Say {
    fn get(self, l: Lang) -> String {
        match self {
            Say::Text(t) => t.get(l).to_string(),
            Say::Slow => fill(common::WORKER_SLOW.get(l), &[("s", &LIMIT_S.to_string())]),
        }
    }
}

thread_local! {
    /// The analyzer, while the page is open.
    static WORKER: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// The analyzer, started if it is not running.
fn worker() -> Client {
    WORKER.with_borrow_mut(|w| {
        w.get_or_insert_with(|| Client::new(Which::Analyzer))
            .clone()
    })
}

/// Stops the analyzer, if any (which cancels its lookups).
fn stop() {
    if let Some(w) = WORKER.with_borrow_mut(Option::take) {
        w.stop();
    }
}

/// What the page shows besides its form: the lines and the last answer.
#[derive(Clone, Copy)]
struct Shown {
    status: RwSignal<Option<Say>>,
    alert: RwSignal<Option<Say>>,
    result: RwSignal<Option<Analysis>>,
    running: RwSignal<bool>,
}

impl Shown {
    fn say(self, status: Option<Say>, alert: Option<Say>) {
        self.status.set(status);
        self.alert.set(alert);
    }

    fn on_reply(self, r: Result<Reply, Failure>) {
        self.running.set(false);
        match r.map(|r| r.response) {
            Ok(Response::Analyzed(analysis)) => match analysis.get() {
                Some(a) => {
                    self.result.set(Some(a));
                    self.say(Some(Say::Text(m::COMPLETE)), None);
                }
                None => self.failed(Failure::Down),
            },
            Ok(Response::Failed { error, .. }) => {
                let why = match error {
                    Refusal::Resolver => c::RESOLVER_BAD,
                    _ => c::WORKER_FAILED,
                };
                self.say(Some(Say::Text(why)), None);
            }
            Ok(_) => {}
            Err(why) => self.failed(why),
        }
    }

    /// Why the worker did not answer, said.
    fn failed(self, why: Failure) {
        stop();
        let say = match why {
            Failure::TimedOut => Say::Slow,
            _ => Say::Text(c::WORKER_FAILED),
        };
        self.say(Some(say), None);
    }

    /// Starts the analysis of `request`'s message.
    fn run(self, request: Request) {
        self.result.set(None);
        self.say(Some(Say::Text(m::RUNNING)), None);
        // A busy worker is replaced (which cancels its lookups).
        if self.running.get_untracked() {
            stop();
        }
        self.running.set(true);
        let limit = Duration::from_secs(LIMIT_S);
        worker().ask(request, &[], limit, move |r| self.on_reply(r));
    }
}

/// A one-line text field, its label and the hint it is described by.
#[component]
fn Field(
    id: &'static str,
    label: Text,
    hint: Text,
    placeholder: &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                placeholder=placeholder
                aria-describedby=hint_id.clone()
                prop:value=value
                on:input:target=move |ev| value.set(ev.target().value())
            />
            <p class="hint" id=hint_id>{t(hint)}</p>
        </div>
    }
}

/// The resolver choice, the Check page's list and saved choice: the known
/// resolvers and a custom URL, kept in `localStorage` once usable. `url`
/// is the chosen URL (empty or unusable while a custom one is typed).
#[component]
fn ResolverChoice(url: RwSignal<String>) -> impl IntoView {
    let saved = resolver::saved();
    let known = resolver::KNOWN.iter().any(|(_, u)| u.as_str() == saved);
    let choice = RwSignal::new(if known {
        saved.clone()
    } else {
        "custom".into()
    });
    let custom = RwSignal::new(if known { String::new() } else { saved });
    Effect::new(move |_| {
        let chosen = match choice.get() {
            c if c == "custom" => custom.get().trim().to_string(),
            c => c,
        };
        if resolver::host_of(&chosen).is_some() {
            resolver::save(&chosen);
        }
        url.set(chosen);
    });
    let bad = move || {
        let typed = custom.get();
        choice.get() == "custom"
            && !typed.trim().is_empty()
            && resolver::host_of(typed.trim()).is_none()
    };
    let radio = move |id: String, value: String, label: AnyView| {
        let v = value.clone();
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="resolver"
                    id=id.clone()
                    value=value.clone()
                    prop:checked=move || choice.get() == v
                    on:change=move |_| choice.set(value.clone())
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    let known = resolver::KNOWN
        .iter()
        .enumerate()
        .map(|(i, (name, u))| {
            let host = resolver::host_of(u.as_str()).unwrap_or_default();
            let label = view! { {format!("{name} ")} <span class="hint">{host}</span> };
            radio(
                format!("resolver-{i}"),
                u.as_str().to_string(),
                label.into_any(),
            )
        })
        .collect_view();
    view! {
        <fieldset class="field choices check-resolvers" aria-describedby="check-resolver-hint">
            <legend>{t(c::RESOLVER)}</legend>
            <p class="hint" id="check-resolver-hint">{t(c::RESOLVER_HINT)}</p>
            {known}
            {radio("resolver-custom".into(), "custom".into(), t(c::RESOLVER_CUSTOM).into_any())}
            <div class="field check-custom">
                <label for="check-resolver-url">{t(c::RESOLVER_URL)}</label>
                <input
                    id="check-resolver-url"
                    type="url"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="https://dns.example/dns-query"
                    aria-describedby="check-resolver-url-hint"
                    aria-invalid=move || if bad() { "true" } else { "false" }
                    prop:value=custom
                    on:input:target=move |ev| {
                        custom.set(ev.target().value());
                        choice.set("custom".into());
                    }
                />
                <p class="hint" id="check-resolver-url-hint">{t(c::RESOLVER_URL_HINT)}</p>
                <p class="field-error" id="check-resolver-error" hidden=move || !bad()>
                    {t(c::RESOLVER_BAD)}
                </p>
            </div>
        </fieldset>
    }
}

/// The Analyze page.
#[component]
pub fn AnalyzePage() -> impl IntoView {
    let lang = use_lang();
    let text = RwSignal::new(String::new());
    let ip = RwSignal::new(String::new());
    let mail_from = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let shown = Shown {
        status: RwSignal::new(None),
        alert: RwSignal::new(None),
        result: RwSignal::new(None),
        running: RwSignal::new(false),
    };
    // Started now, so that the first analysis does not wait for it.
    worker().start();
    on_cleanup(stop);

    // Reads the form and starts the analysis.
    let run = move || {
        let message = text.get_untracked();
        if message.trim().is_empty() {
            return shown.say(None, Some(Say::Text(m::EMPTY)));
        }
        let resolver = url.get_untracked();
        if resolver::host_of(&resolver).is_none() {
            return shown.say(None, Some(Say::Text(c::RESOLVER_BAD)));
        }
        shown.run(Request::Analyze {
            text: message,
            resolver,
            ip: Some(ip.get_untracked()),
            mail_from: Some(mail_from.get_untracked()),
        });
    };
    // A chosen (or dropped) file goes into the textarea, then is analyzed.
    let file_chosen = move |input: web_sys::HtmlInputElement| {
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(v) => {
                    text.set(v.as_string().unwrap_or_default());
                    run();
                }
                Err(_) => shown.say(None, Some(Say::Text(m::UNREADABLE))),
            }
        });
    };
    let line = move |s: RwSignal<Option<Say>>| move || s.get().map(|s| s.get(lang.get()));
    let report = move || {
        shown.result.with(|r| {
            r.as_ref().map(|a| {
                let view = if lang.get() == Lang::Pt { &a.pt } else { &a.en };
                view! { <report::Report view=view.clone() /> }
            })
        })
    };

    view! {
        <h1>{t(m::TITLE)}</h1>
        <p>{t(m::INTRO)}</p>
        <p class="analyze-private">{t(m::PRIVATE)}</p>
        <form
            class="gen-form check-form analyze-form"
            on:submit=move |ev| {
                ev.prevent_default();
                run();
            }
        >
            <div class="field">
                <label for="analyze-text">{t(m::TEXT)}</label>
                <textarea
                    id="analyze-text"
                    rows="10"
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby="analyze-text-hint"
                    prop:value=text
                    on:input:target=move |ev| text.set(ev.target().value())
                ></textarea>
                <p class="hint" id="analyze-text-hint">{t(m::TEXT_HINT)}</p>
            </div>
            // The file input is the drop zone: the browser fills it with
            // the file dropped on it, as if chosen.
            <div class="report-drop analyze-drop">
                <label for="analyze-file">{t(m::FILE)}</label>
                <input
                    id="analyze-file"
                    type="file"
                    accept=".eml,.txt,message/rfc822,text/plain"
                    on:change:target=move |ev| file_chosen(ev.target())
                />
            </div>
            <Field id="analyze-ip" label=m::IP hint=m::IP_HINT placeholder="192.0.2.1" value=ip />
            <Field
                id="analyze-mail-from"
                label=m::MAIL_FROM
                hint=m::MAIL_FROM_HINT
                placeholder="bounce@example.com"
                value=mail_from
            />
            <ResolverChoice url />
            <p>
                <button type="submit" class="analyze-run">{t(m::RUN)}</button>
            </p>
        </form>
        <p id="analyze-alert" class="field-error" role="alert" hidden=move || shown.alert.with(Option::is_none)>
            {line(shown.alert)}
        </p>
        <p id="analyze-status" class="check-progress" role="status">{line(shown.status)}</p>
        <section
            id="analyze-result"
            class="analyze-result"
            aria-busy=move || if shown.running.get() { "true" } else { "false" }
            aria-label=t(m::RESULT)
        >
            <div id="analyze-host">{report}</div>
        </section>
    }
}
