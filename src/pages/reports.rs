//! The Reports page: DMARC aggregate, DMARC failure and SMTP TLS reports,
//! read and explained in the browser.
//!
//! The reader is the engine worker (`crates/selo-worker`, a separately
//! loaded wasm module): the page starts one per batch, posts it the chosen
//! `File`s (or the pasted text as a `Blob`) behind a small JSON header, so
//! this module never holds the bytes, and builds the element trees it posts
//! back (each file as it is read, then the batch summary on top) into DOM
//! nodes as text (see `check/tree.rs`). The exports come from the worker
//! too. Starting another batch or leaving the page terminates the worker.
//! Nothing is sent anywhere: the files go from the disk to the worker.

use super::check::tree;
use crate::components::download_link::DownloadLink;
use crate::i18n::{Lang, reports as m, t, use_lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Idle,
    Loading,
    Reading,
    Done,
    Failed,
}

struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

fn field(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

/// The names and `File`s of a file list.
fn files_of(list: Option<web_sys::FileList>) -> (Vec<String>, Vec<JsValue>) {
    let mut out = (Vec::new(), Vec::new());
    if let Some(list) = list {
        for f in (0..list.length()).filter_map(|i| list.get(i)) {
            out.0.push(f.name());
            out.1.push(f.into());
        }
    }
    out
}

/// The Reports page.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let lang = use_lang();
    let phase = RwSignal::new(Phase::Idle);
    // The worker's progress line, in both languages.
    let line = RwSignal::new((String::new(), String::new()));
    let trees = StoredValue::new_local(Vec::<JsValue>::new());
    let summary = StoredValue::new_local(None::<JsValue>);
    let version = RwSignal::new(0u32);
    let built = StoredValue::new((Lang::En, 0usize));
    let csv = RwSignal::new(String::new());
    let json = RwSignal::new(String::new());
    let running = StoredValue::new_local(None::<Running>);
    let summary_host = NodeRef::<leptos::html::Div>::new();
    let files_host = NodeRef::<leptos::html::Div>::new();
    let paste = NodeRef::<leptos::html::Textarea>::new();

    let stop = move || {
        running.update_value(|r| {
            if let Some(r) = r.take() {
                r.worker.terminate();
            }
        })
    };
    on_cleanup(stop);

    let start = move |(names, blobs): (Vec<String>, Vec<JsValue>)| {
        if names.is_empty() {
            return;
        }
        stop();
        trees.set_value(Vec::new());
        summary.set_value(None);
        built.set_value((lang.get_untracked(), 0));
        for host in [summary_host.get_untracked(), files_host.get_untracked()]
            .into_iter()
            .flatten()
        {
            host.set_text_content(None);
        }
        csv.set(String::new());
        json.set(String::new());
        phase.set(Phase::Loading);
        let Ok(worker) = Worker::new(crate::engine::WORKER_URL) else {
            phase.set(Phase::Failed);
            return;
        };
        let batch = js_sys::Array::new();
        let header = serde_json::json!({"type": "read", "names": names}).to_string();
        batch.push(&JsValue::from_str(&header));
        for b in &blobs {
            batch.push(b);
        }
        let w = worker.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            let Some(v) = ev
                .data()
                .as_string()
                .and_then(|s| js_sys::JSON::parse(&s).ok())
            else {
                return;
            };
            let text = |o: &JsValue, k: &str| field(o, k).as_string().unwrap_or_default();
            let set_line = |v: &JsValue| {
                let l = field(v, "line");
                line.set((text(&l, "en"), text(&l, "pt")));
            };
            match text(&v, "type").as_str() {
                "ready" => {
                    if w.post_message(&batch).is_err() {
                        phase.set(Phase::Failed);
                    } else {
                        phase.set(Phase::Reading);
                    }
                }
                "report_progress" => set_line(&v),
                "report_file" => {
                    trees.update_value(|t| t.push(v));
                    version.update(|n| *n += 1);
                }
                "report_done" => {
                    w.terminate();
                    set_line(&v);
                    csv.set(text(&v, "csv"));
                    json.set(text(&v, "json"));
                    summary.set_value(Some(v));
                    version.update(|n| *n += 1);
                    phase.set(Phase::Done);
                }
                "error" => {
                    w.terminate();
                    phase.set(Phase::Failed);
                }
                _ => {}
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            phase.set(Phase::Failed);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        running.set_value(Some(Running {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        }));
    };

    // Each file's tree is added as it arrives; a change of language builds
    // them all again. The summary goes on top.
    Effect::new(move |_| {
        let l = lang.get();
        version.track();
        let (Some(sh), Some(fh)) = (summary_host.get(), files_host.get()) else {
            return;
        };
        let key = if l == Lang::Pt { "pt" } else { "en" };
        let (was, done) = built.get_value();
        let from = if was == l {
            done
        } else {
            fh.set_text_content(None);
            0
        };
        let doc = document();
        trees.with_value(|all| {
            for v in all.iter().skip(from) {
                if let Some(node) = tree::build(&doc, &field(v, key), 0) {
                    let _ = fh.append_child(&node);
                }
            }
            built.set_value((l, all.len()));
        });
        sh.set_text_content(None);
        summary.with_value(|s| {
            if let Some(node) = s
                .as_ref()
                .and_then(|v| tree::build(&doc, &field(v, key), 0))
            {
                let _ = sh.append_child(&node);
            }
        });
    });

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        start(files_of(input.files()));
        // Choosing the same files again reads them again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        start(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let on_paste = move |_| {
        let Some(area) = paste.get_untracked() else {
            return;
        };
        let value = area.value();
        if value.trim().is_empty() {
            return;
        }
        let parts = js_sys::Array::of1(&JsValue::from_str(&value));
        if let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) {
            let name = m::PASTED.get(lang.get_untracked()).to_string();
            start((vec![name], vec![blob.into()]));
        }
    };

    let status = move || {
        let l = lang.get();
        match phase.get() {
            Phase::Idle => String::new(),
            Phase::Loading => m::LOADING.get(l).to_string(),
            Phase::Failed => m::FAILED.get(l).to_string(),
            Phase::Reading | Phase::Done => line.with(|(en, pt)| {
                if l == Lang::Pt {
                    pt.clone()
                } else {
                    en.clone()
                }
            }),
        }
    };

    view! {
        <h1>{t(m::TITLE)}</h1>
        <p>{t(m::INTRO)}</p>
        <div
            class="report-drop"
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=on_drop
        >
            <label for="report-files">{t(m::DROP)}</label>
            <input id="report-files" type="file" multiple on:change=on_pick />
        </div>
        <details class="report-paste">
            <summary>{t(m::PASTE)}</summary>
            <textarea id="report-text" node_ref=paste rows="6" spellcheck="false" aria-label=t(m::PASTE)></textarea>
            <button type="button" on:click=on_paste>{t(m::READ_PASTE)}</button>
        </details>
        <p class="check-progress report-progress" role="status">{status}</p>
        <section
            id="report-result"
            aria-label=t(m::RESULT)
            aria-busy=move || matches!(phase.get(), Phase::Loading | Phase::Reading).to_string()
        >
            <div node_ref=summary_host></div>
            {move || (phase.get() == Phase::Done).then(|| view! {
                <p class="report-exports">
                    <DownloadLink
                        content=csv
                        filename=Signal::derive(|| "selo-reports.csv".to_string())
                        mime="text/csv"
                        label=m::CSV
                        testid="report-csv"
                    />
                    " "
                    <DownloadLink
                        content=json
                        filename=Signal::derive(|| "selo-reports.json".to_string())
                        mime="application/json"
                        label=m::JSON
                        testid="report-json"
                    />
                </p>
            })}
            <div node_ref=files_host></div>
        </section>
    }
}
