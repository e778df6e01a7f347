//! The Reports page: DMARC aggregate, DMARC failure and SMTP TLS reports,
//! read and explained in the browser.
//!
//! The reader is the engine worker (`crates/selo-worker`, a separately
//! loaded wasm module): the page starts one per batch, posts it the chosen
//! `File`s (or the pasted text as a `Blob`) behind a small JSON header, so
//! this module never holds the bytes, and builds the element trees it posts
//! back (each file as it is read, then the batch summary on top) into DOM
//! nodes as text (see `check/tree.rs`). The exports come from the worker
//! too. The worker keeps the batch: sorting and filtering the sources
//! tables, their reverse DNS names (only on request, through the resolver
//! chosen here) and a reported message's body are asked of it and come
//! back as new trees. Starting another batch or leaving the page
//! terminates it. The files go from the disk to the worker and nowhere
//! else; only the names lookup sends the sources' addresses, to the resolver.

use super::check::{resolver, tree};

mod tools;
use crate::i18n::{Lang, reports as m, t, use_lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Phase {
    #[default]
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

/// Everything the page keeps, in one place; `tick` says it changed.
#[derive(Default)]
struct State {
    phase: Phase,
    /// The worker's progress line: English, Portuguese.
    line: (String, String),
    /// Bytes read of the current file and its size, of the batch and its size.
    file_bar: (f64, f64),
    batch_bar: (f64, f64),
    /// The reverse DNS line: English, Portuguese; and whether lookups run.
    names_line: (String, String),
    naming: bool,
    /// Files whose trees came again (sorted, filtered, named), to rebuild.
    dirty: Vec<usize>,
    /// The phase and language the tools were built for.
    tools_built: Option<(Phase, Lang)>,
    /// Each file's message (its trees), as it arrived.
    trees: Vec<JsValue>,
    /// The batch summary's message.
    summary: Option<JsValue>,
    /// The language the file trees were built in, and how many are built.
    built: (Lang, usize),
    /// Object URLs of the CSV and JSON exports, revoked with the batch.
    exports: Vec<String>,
    running: Option<Running>,
}

fn field(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn num(o: &JsValue, k: &str) -> f64 {
    field(o, k).as_f64().unwrap_or(0.0)
}

/// Posts a JSON message to the batch's worker, if it is still there.
fn tell(s: &State, message: &str) {
    if let Some(r) = &s.running {
        let _ = r.worker.post_message(&JsValue::from_str(message));
    }
}

/// `s` as a JSON string.
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
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
    let state = StoredValue::new_local(State::default());
    let tick = RwSignal::new(0u32);
    let summary_host = NodeRef::<leptos::html::Div>::new();
    let files_host = NodeRef::<leptos::html::Div>::new();
    let paste = NodeRef::<leptos::html::Textarea>::new();
    let tools_host = NodeRef::<leptos::html::Div>::new();
    let update = move |f: &mut dyn FnMut(&mut State)| {
        state.update_value(|s| f(s));
        tick.update(|n| *n += 1);
    };
    let set_phase = move |p: Phase| update(&mut |s| s.phase = p);

    let stop = move || {
        state.update_value(|s| {
            if let Some(r) = s.running.take() {
                r.worker.terminate();
            }
            for u in s.exports.drain(..) {
                let _ = web_sys::Url::revoke_object_url(&u);
            }
        });
    };
    on_cleanup(stop);

    let start = move |(names, blobs): (Vec<String>, Vec<JsValue>)| {
        if names.is_empty() {
            return;
        }
        stop();
        for host in [summary_host.get_untracked(), files_host.get_untracked()]
            .into_iter()
            .flatten()
        {
            host.set_text_content(None);
        }
        let l = lang.get_untracked();
        update(&mut |s| {
            s.trees.clear();
            s.summary = None;
            s.built = (l, 0);
            s.phase = Phase::Loading;
            s.file_bar = (0.0, 0.0);
            s.batch_bar = (0.0, 0.0);
            s.names_line = Default::default();
            s.naming = false;
            s.dirty.clear();
        });
        let Ok(worker) = Worker::new(crate::engine::WORKER_URL) else {
            set_phase(Phase::Failed);
            return;
        };
        let batch = js_sys::Array::new();
        let header = format!(
            r#"{{"type":"read","names":{}}}"#,
            serde_json::to_string(&names).unwrap_or_default()
        );
        batch.push(&JsValue::from_str(&header));
        for b in &blobs {
            batch.push(b);
        }
        let w = worker.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            // A string, or `[string, blob...]` (the exports).
            let data = ev.data();
            let parts = js_sys::Array::is_array(&data).then(|| js_sys::Array::from(&data));
            let Some(v) = parts
                .as_ref()
                .map_or(data.clone(), |p| p.get(0))
                .as_string()
                .and_then(|s| js_sys::JSON::parse(&s).ok())
            else {
                return;
            };
            let text = |o: &JsValue, k: &str| field(o, k).as_string().unwrap_or_default();
            let line = |v: &JsValue| {
                let l = field(v, "line");
                (text(&l, "en"), text(&l, "pt"))
            };
            match text(&v, "type").as_str() {
                "ready" => set_phase(if w.post_message(&batch).is_err() {
                    Phase::Failed
                } else {
                    Phase::Reading
                }),
                "report_progress" => update(&mut |s| {
                    s.line = line(&v);
                    s.file_bar = (num(&v, "read"), num(&v, "size"));
                    s.batch_bar = (num(&v, "batch_read"), num(&v, "batch_size"));
                }),
                "report_file" => update(&mut |s| {
                    s.trees.push(v.clone());
                    s.file_bar.0 = s.file_bar.1;
                }),
                "report_files" => {
                    let files = js_sys::Array::from(&field(&v, "files"));
                    update(&mut |s| {
                        for f in files.iter() {
                            let i = num(&f, "index") as usize;
                            if let Some(slot) = s.trees.get_mut(i) {
                                *slot = f;
                                s.dirty.push(i);
                            }
                        }
                    })
                }
                "report_names" => update(&mut |s| {
                    s.names_line = line(&v);
                    s.naming = field(&v, "finished").as_bool() != Some(true);
                }),
                "report_done" => {
                    // The worker stays for sorting, filtering and names.
                    let mut exports: Vec<String> = (1..3)
                        .filter_map(|i| {
                            let blob = parts.as_ref()?.get(i).dyn_into::<web_sys::Blob>().ok()?;
                            web_sys::Url::create_object_url_with_blob(&blob).ok()
                        })
                        .collect();
                    let mut v = Some(v);
                    update(&mut |s| {
                        s.line = line(v.as_ref().unwrap_or(&JsValue::NULL));
                        s.exports = std::mem::take(&mut exports);
                        s.summary = v.take();
                        s.phase = Phase::Done;
                    });
                }
                "error" => {
                    w.terminate();
                    set_phase(Phase::Failed);
                }
                _ => {}
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            set_phase(Phase::Failed);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        state.update_value(|s| {
            s.running = Some(Running {
                worker,
                _on_message: on_message,
                _on_error: on_error,
            })
        });
    };

    // Each file's tree is added as it arrives; a change of language builds
    // them all again. The summary and the export links go on top.
    Effect::new(move |_| {
        let l = lang.get();
        tick.track();
        let (Some(sh), Some(fh)) = (summary_host.get(), files_host.get()) else {
            return;
        };
        // The tools are built again when the phase or the language
        // changes, and follow the worker's progress in between.
        if let Some(host) = tools_host.get() {
            state.update_value(|s| {
                let key = (s.phase, l);
                if s.tools_built != Some(key) {
                    s.tools_built = Some(key);
                    tools::build(&host, s.phase == Phase::Reading, s.phase == Phase::Done, l);
                }
                let names = if l == Lang::Pt {
                    &s.names_line.1
                } else {
                    &s.names_line.0
                };
                tools::follow(s.file_bar, s.batch_bar, s.naming, names);
            });
        }
        let key = if l == Lang::Pt { "pt" } else { "en" };
        let doc = document();
        sh.set_text_content(None);
        state.update_value(|s| {
            let from = if s.built.0 == l {
                s.built.1
            } else {
                fh.set_text_content(None);
                0
            };
            let kids = fh.children();
            for i in s.dirty.drain(..).filter(|&i| i < from) {
                let (Some(old), Some(v)) = (kids.item(i as u32), s.trees.get(i)) else {
                    continue;
                };
                if let Some(node) = tree::build(&doc, &field(v, key), 0) {
                    let _ = fh.replace_child(&node, &old);
                }
            }
            for v in s.trees.iter().skip(from) {
                if let Some(node) = tree::build(&doc, &field(v, key), 0) {
                    let _ = fh.append_child(&node);
                }
            }
            s.built = (l, s.trees.len());
            if let Some(node) = s
                .summary
                .as_ref()
                .and_then(|v| tree::build(&doc, &field(v, key), 0))
            {
                let _ = sh.append_child(&node);
            }
            // The export links, as plain DOM (the files are made in the worker).
            let Ok(p) = doc.create_element("p") else {
                return;
            };
            p.set_class_name("report-exports");
            let links = [
                ("csv", m::CSV, "report-csv"),
                ("json", m::JSON, "report-json"),
            ];
            for (url, (ext, label, id)) in s.exports.iter().zip(links) {
                let Ok(a) = doc.create_element("a") else {
                    continue;
                };
                a.set_class_name("button-link");
                let _ = a.set_attribute("href", url);
                let _ = a.set_attribute("download", &format!("selo-reports.{ext}"));
                let _ = a.set_attribute("data-testid", id);
                a.set_text_content(Some(label.get(l)));
                let _ = p.append_child(&a);
                let _ = p.append_child(&doc.create_text_node(" "));
            }
            if !s.exports.is_empty() {
                let _ = sh.append_child(&p);
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
        tick.track();
        state.with_value(|s| match s.phase {
            Phase::Idle => String::new(),
            Phase::Loading => m::LOADING.get(l).to_string(),
            Phase::Failed => m::FAILED.get(l).to_string(),
            Phase::Reading | Phase::Done => {
                if l == Lang::Pt {
                    s.line.1.clone()
                } else {
                    s.line.0.clone()
                }
            }
        })
    };
    // The filter, the resolver and the names button (plain DOM, see
    // `tools`), one listener each for the whole of them.
    let on_tools_input = move |_| {
        let text = tools::value(tools::FILTER);
        let failing = tools::checked(tools::FAILING);
        let message = format!(
            r#"{{"type":"report_filter","text":{},"failing":{failing}}}"#,
            quote(&text)
        );
        state.with_value(|s| tell(s, &message));
    };
    let on_names = move || {
        let url = tools::value(tools::RESOLVER);
        if resolver::host_of(&url).is_none() {
            return;
        }
        resolver::save(&url);
        let message = format!(r#"{{"type":"report_names","resolver":{}}}"#, quote(&url));
        update(&mut |s| {
            s.naming = true;
            tell(s, &message);
        });
    };
    // Sorting, the reported message's body (buttons in the worker's trees)
    // and the names button, handled here for the whole result.
    let on_result_click = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button").ok().flatten())
        else {
            return;
        };
        if button.id() == tools::NAMES {
            return on_names();
        }
        let message = if let Some(key) = button.get_attribute("data-sort") {
            format!(r#"{{"type":"report_sort","key":{}}}"#, quote(&key))
        } else if button.get_attribute("data-kind").as_deref() == Some("show-body") {
            let Some(section) = button.closest(".report-file").ok().flatten() else {
                return;
            };
            let mut index = 0;
            let mut at = section.previous_element_sibling();
            while let Some(e) = at {
                index += 1;
                at = e.previous_element_sibling();
            }
            format!(r#"{{"type":"report_body","index":{index}}}"#)
        } else {
            return;
        };
        state.with_value(|s| tell(s, &message));
    };
    let busy = move || {
        tick.track();
        state
            .with_value(|s| matches!(s.phase, Phase::Loading | Phase::Reading))
            .to_string()
    };

    view! {
        <h1>{t(m::TITLE)}</h1>
        <p>{t(m::INTRO)}</p>
        // The file input is the drop zone: the browser fills it with the
        // files dropped on it, as if chosen.
        <div class="report-drop">
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
            aria-busy=busy
            on:click=on_result_click
            on:input=on_tools_input
        >
            <div node_ref=tools_host></div>
            <div node_ref=summary_host></div>
            <div node_ref=files_host></div>
        </section>
    }
}
