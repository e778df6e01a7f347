//! The Check page: what a domain publishes, looked up over DNS-over-HTTPS.
//!
//! The form lives in the query (`?page=check&domain=example.com`, plus
//! `&resolver=URL` when not the default and `&selector=s1` repeated), so a
//! check is a shareable link. The checker itself (the DNS code and the
//! checks) is a separate wasm module run in a Web Worker
//! (`crates/selo-worker`), created only when a check starts, so the
//! site's first load does not carry it; each check has a worker of its own
//! (a [`Client`] of it, see `src/worker.rs`). Starting another check or
//! leaving the page terminates the worker, which cancels every lookup.
//!
//! A link that names a resolver other than the user's saved choice runs
//! nothing until the user confirms it: the resolver decides every answer.

pub(crate) mod form;
pub mod resolver;
pub(crate) mod tree;

use crate::i18n::Text;
use crate::i18n::{check as m, fill, t, use_lang};
use crate::worker::{Client, Failure, Which};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use selo_boundary::{Both, Failure as Refusal, Request, Response};
use wasm_bindgen::JsCast;

/// The longest a whole check may run before it is stopped.
const CHECK_TIMEOUT_S: u64 = 60;

/// Where the page is.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    /// No check asked.
    Idle,
    /// A link asks for a resolver other than the user's: waiting for a yes.
    Confirm { url: String, host: String },
    /// The worker is loading.
    Loading,
    /// Sections are arriving.
    Running,
    /// The check is complete.
    Done,
    /// No check could run.
    Failed(Text),
    /// The whole check took too long and was stopped.
    TimedOut,
}

impl Phase {
    fn busy(&self) -> bool {
        matches!(self, Phase::Loading | Phase::Running)
    }
}

fn split_selectors(s: &str) -> Vec<String> {
    s.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// `?page=check&domain=...` for a check.
fn check_href(domain: &str, resolver_url: &str, selectors: &[String]) -> String {
    let enc = |s: &str| String::from(js_sys::encode_uri_component(s));
    let mut href = format!(
        "{}&domain={}",
        crate::Page::Check.href(),
        enc(domain.trim())
    );
    if resolver_url != resolver::default_url() {
        href.push_str(&format!("&resolver={}", enc(resolver_url)));
    }
    for s in selectors {
        href.push_str(&format!("&selector={}", enc(s)));
    }
    href
}

/// The Check page.
#[component]
pub fn CheckPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let navigate = use_navigate();

    let domain_text = RwSignal::new(String::new());
    let selectors_text = RwSignal::new(String::new());
    let form_error = RwSignal::new(None::<Text>);

    let phase = RwSignal::new(Phase::Idle);
    // The last report from the worker (its tree in both languages), and
    // its figures.
    let report = RwSignal::new(None::<Both>);
    let figures = RwSignal::new((0u64, 0u64, 0u64));
    let host = NodeRef::<leptos::html::Div>::new();
    let in_use = RwSignal::new(None::<String>);
    let shown_domain = RwSignal::new(String::new());
    let running = StoredValue::new_local(None::<Client>);
    let last_key = StoredValue::new(String::new());

    let stop = move || {
        running.update_value(|r| {
            if let Some(r) = r.take() {
                r.stop();
            }
        })
    };
    on_cleanup(move || {
        running.try_update_value(|r| {
            if let Some(r) = r.take() {
                r.stop();
            }
        });
    });

    let limit = || std::time::Duration::from_secs(CHECK_TIMEOUT_S);
    let on_answer = move |r: Result<crate::worker::Reply, Failure>| match r.map(|r| r.response) {
        Ok(Response::Checked { complete, progress }) => {
            let Some(p) = progress.get() else {
                return phase.set(Phase::Failed(m::WORKER_FAILED));
            };
            figures.set((p.queries as u64, p.round_trips as u64, p.elapsed_ms));
            shown_domain.set(p.domain_unicode.chars().take(260).collect());
            report.set(Some(p.tree));
            phase.set(if complete {
                Phase::Done
            } else {
                Phase::Running
            });
        }
        Ok(Response::Failed { error, .. }) => phase.set(Phase::Failed(match error {
            Refusal::Domain => m::BAD_DOMAIN,
            Refusal::Resolver => m::RESOLVER_BAD,
            _ => m::WORKER_FAILED,
        })),
        Ok(_) => {}
        Err(Failure::TimedOut) => phase.set(Phase::TimedOut),
        Err(_) => phase.set(Phase::Failed(m::WORKER_FAILED)),
    };

    // `file`: a list of domains in a file, read by the worker in place of
    // `domain` (as `selo check --domains FILE` reads one).
    let start = move |domain: String,
                      resolver_url: String,
                      selectors: Vec<String>,
                      file: &[wasm_bindgen::JsValue]| {
        stop();
        last_key.set_value(format!("{domain}\n{resolver_url}\n{}", selectors.join(" ")));
        report.set(None);
        in_use.set(Some(resolver_url.clone()));
        shown_domain.set(domain.trim().to_string());
        phase.set(Phase::Loading);
        let client = Client::new(Which::Engine);
        let request = Request::Check {
            domain,
            resolver: resolver_url,
            selectors,
        };
        client.ask(request, file, limit(), on_answer);
        running.set_value(Some(client));
    };
    // A button of the result (the list's sort, forget the checks kept):
    // the worker that checked answers with the result again.
    let on_result_click = move |ev: leptos::ev::MouseEvent| {
        // The worker's buttons hold text only: the target is the button.
        let act = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|b| b.get_attribute("data-act"));
        let mut client = None;
        running.update_value(|r| client = r.clone());
        if let (Some(act), Some(c)) = (act, client) {
            c.ask(Request::CheckAct { act }, &[], limit(), on_answer);
        }
    };

    // The query decides what runs: a new link, the back button, a submit.
    Effect::new(move |_| {
        let (domain, link_resolver, selectors) = query.with(|q| {
            (
                q.get("domain").unwrap_or_default(),
                q.get("resolver").filter(|r| !r.is_empty()),
                q.get_all("selector").unwrap_or_default(),
            )
        });
        domain_text.set(domain.clone());
        selectors_text.set(selectors.join(" "));
        if domain.trim().is_empty() {
            stop();
            last_key.set_value(String::new());
            phase.set(Phase::Idle);
            report.set(None);
            return;
        }
        let mine = resolver::saved();
        match link_resolver {
            Some(url) if url != mine => {
                stop();
                last_key.set_value(String::new());
                report.set(None);
                in_use.set(None);
                shown_domain.set(domain.trim().to_string());
                match resolver::host_of(&url) {
                    Some(host) => phase.set(Phase::Confirm { url, host }),
                    None => phase.set(Phase::Failed(m::RESOLVER_BAD)),
                }
            }
            other => {
                let url = other.unwrap_or(mine);
                let key = format!("{domain}\n{url}\n{}", selectors.join(" "));
                if last_key.get_value() != key {
                    start(domain, url, selectors, &[]);
                }
            }
        }
    });

    let submit = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let domain = form::value(form::DOMAIN).trim().to_string();
            if domain.is_empty() {
                form_error.set(Some(m::EMPTY_DOMAIN));
                return;
            }
            let url = form::chosen();
            if resolver::host_of(&url).is_none() {
                form_error.set(Some(m::RESOLVER_BAD));
                return;
            }
            form_error.set(None);
            resolver::save(&url);
            let selectors = split_selectors(&form::value(form::SELECTORS));
            let href = check_href(&domain, &url, &selectors);
            // The same check again: run it now (the query does not change).
            start(domain, url, selectors, &[]);
            navigate(&href, Default::default());
        }
    };

    let confirm_yes = move |_| {
        if let Phase::Confirm { url, .. } = phase.get_untracked() {
            let domain = domain_text.get_untracked();
            let selectors = split_selectors(&selectors_text.get_untracked());
            start(domain, url, selectors, &[]);
        }
    };
    let confirm_no = {
        let navigate = navigate.clone();
        move |_| {
            let domain = domain_text.get_untracked();
            let selectors = split_selectors(&selectors_text.get_untracked());
            let mine = resolver::saved();
            navigate(&check_href(&domain, &mine, &selectors), Default::default());
            // A link that named the default resolver keeps the same query.
            start(domain, mine, selectors, &[]);
        }
    };

    // The form is built from plain DOM calls (see `form`), in the current
    // language, keeping what was typed; the query fills it in.
    let form_ref = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(f) = form_ref.get() {
            form::build(
                &f,
                l,
                &domain_text.get_untracked(),
                &selectors_text.get_untracked(),
            );
        }
    });
    Effect::new(move |_| form::set_value(form::DOMAIN, &domain_text.get()));
    Effect::new(move |_| form::set_value(form::SELECTORS, &selectors_text.get()));
    let on_input = move |ev: leptos::ev::Event| {
        // A file of domains: checked as a list, read by the worker.
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|i| i.id() == form::FILE && ev.type_() == "change")
            .and_then(|i| i.files()?.get(0));
        if let Some(f) = file {
            let selectors = split_selectors(&form::value(form::SELECTORS));
            return start(String::new(), form::chosen(), selectors, &[f.into()]);
        }
        domain_text.set(form::value(form::DOMAIN));
        selectors_text.set(form::value(form::SELECTORS));
        form::resolver_changed(true);
    };

    let status_line = move || {
        let l = lang.get();
        match phase.get() {
            Phase::Loading => Some(m::LOADING.get(l).to_string()),
            Phase::Running => Some(m::RUNNING.get(l).to_string()),
            Phase::Done => {
                let (queries, trips, ms) = figures.get();
                Some(fill(
                    m::DONE.get(l),
                    &[
                        ("queries", &queries.to_string()),
                        ("trips", &trips.to_string()),
                        ("ms", &ms.to_string()),
                    ],
                ))
            }
            Phase::TimedOut => Some(fill(
                m::TIMED_OUT.get(l),
                &[("s", &CHECK_TIMEOUT_S.to_string())],
            )),
            Phase::Failed(why) => Some(why.get(l).to_string()),
            Phase::Idle | Phase::Confirm { .. } => None,
        }
    };

    let confirm_box = move || {
        let l = lang.get();
        match phase.get() {
            Phase::Confirm { host, .. } => {
                let mine = resolver::label(&resolver::saved());
                Some(view! {
                    <div class="check-confirm" role="alertdialog" aria-labelledby="check-confirm-head">
                        <h2 id="check-confirm-head">{m::CONFIRM_HEAD.get(l)}</h2>
                        <p>{fill(m::CONFIRM.get(l), &[("host", &host)])}</p>
                        <p class="check-confirm-actions">
                            <button type="button" class="check-confirm-yes" on:click=confirm_yes>
                                {fill(m::CONFIRM_YES.get(l), &[("host", &host)])}
                            </button>
                            " "
                            <button type="button" class="secondary check-confirm-no" on:click=confirm_no.clone()>
                                {fill(m::CONFIRM_NO.get(l), &[("host", &mine)])}
                            </button>
                        </p>
                    </div>
                })
            }
            _ => None,
        }
    };

    let result = move || {
        let l = lang.get();
        let p = phase.get();
        if matches!(p, Phase::Idle | Phase::Confirm { .. }) {
            return None;
        }
        let using = in_use.get().map(|url| {
            view! {
                <p class="check-resolver">
                    {m::USING.get(l)} " " <strong>{resolver::label(&url)}</strong> " "
                    <code>{url.clone()}</code>
                </p>
            }
        });
        Some(view! {
            <h2>{m::RESULT.get(l)} ": " <bdi>{shown_domain.get()}</bdi></h2>
            {using}
        })
    };

    // The worker's element tree, in the current language, built into DOM
    // nodes as text (see `tree`).
    Effect::new(move |_| {
        let l = lang.get();
        let Some(el) = host.get() else {
            return;
        };
        el.set_text_content(None);
        report.with(|r| {
            if let Some(both) = r {
                let tree = if l == selo::Lang::Pt {
                    &both.pt
                } else {
                    &both.en
                };
                if let Some(node) = tree::build(&document(), tree, 0) {
                    let _ = el.append_child(&node);
                }
            }
        });
    });

    view! {
        <h1>{t(m::TITLE)}</h1>
        <p>{t(m::INTRO)}</p>
        {confirm_box}
        <form
            class="gen-form check-form"
            node_ref=form_ref
            on:submit=submit
            on:input=on_input
            on:change=on_input
        ></form>
        {move || form_error.get().map(|e| view! { <p class="field-error" role="alert">{e.get(lang.get())}</p> })}
        <p class="check-progress" role="status">{status_line}</p>
        <section
            id="check-result"
            class="check-result"
            aria-label=t(m::RESULT)
            aria-busy=move || phase.with(Phase::busy).to_string()
            on:click=on_result_click
        >
            {result}
            <div class="check-report-host" node_ref=host></div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::split_selectors;

    #[test]
    fn selectors_split_on_commas_and_spaces() {
        assert_eq!(
            split_selectors(" s1, s2  google,"),
            vec!["s1", "s2", "google"]
        );
        assert!(split_selectors(" , ").is_empty());
    }
}
