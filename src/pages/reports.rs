//! The Reports page: DMARC aggregate, DMARC failure and SMTP TLS reports,
//! read and explained in the browser.
//!
//! The reader is the engine worker (`crates/selo-worker`, a separately
//! loaded wasm module): the page starts one per batch (a [`Client`] of it,
//! see `src/worker.rs`), posts it the chosen `File`s (or the pasted text as
//! a `Blob`) after the request's bytes, so this module never holds their
//! contents, and builds the element trees it answers (each file as it is
//! read, then the batch summary on top) into DOM nodes as text (see
//! `check/tree.rs`). The exports come from the worker
//! too. The worker keeps the batch: sorting and filtering the sources
//! tables, their reverse DNS names (only on request, through the resolver
//! chosen here) and a reported message's body are asked of it and come
//! back as new trees. Starting another batch or leaving the page
//! terminates it. The files go from the disk to the worker and nowhere
//! else; only the names lookup sends the sources' addresses, to the resolver,
//! and reading the published DMARC records (on request too) asks it for
//! `_dmarc.<domain>` of the reports' domains.

use super::check::{resolver, tree};

mod tools;
use crate::i18n::{Lang, common, fill, reports as m, t, use_lang};
use crate::worker::{Client, Failure, Reply, Which};
use leptos::prelude::*;
use selo_boundary::{Both, Request, Response, SortKey};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The longest the batch's worker may go without answering.
const LIMIT_S: u64 = 60;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Phase {
    #[default]
    Idle,
    Loading,
    Reading,
    Done,
    Failed,
    /// The worker stopped answering.
    TimedOut,
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
    /// Each file's trees, as they arrived.
    trees: Vec<Both>,
    /// The batch summary's trees.
    summary: Option<Both>,
    /// The language the file trees were built in, and how many are built.
    built: (Lang, usize),
    /// Object URLs of the CSV and JSON exports, revoked with the batch.
    exports: Vec<String>,
    running: Option<Client>,
    /// Every file of the batch: files dropped later join it.
    files: (Vec<String>, Vec<JsValue>),
}

impl State {
    /// These files' trees replace those shown.
    fn refresh(&mut self, files: &[selo_boundary::FileTree]) {
        for f in files {
            if let Some(slot) = self.trees.get_mut(f.index) {
                *slot = f.tree.clone();
                self.dirty.push(f.index);
            }
        }
    }
}

/// The tree of `both` in `l`.
fn of(both: &Both, l: Lang) -> &selo_boundary::Node {
    if l == Lang::Pt { &both.pt } else { &both.en }
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
    // The engine worker starts as the page opens: the first batch does not
    // wait for its download and start.
    let spare = Client::new(Which::Engine);
    spare.start();
    let spare = StoredValue::new_local(Some(spare));

    let stop = move || {
        state.try_update_value(|s| {
            if let Some(r) = s.running.take() {
                r.stop();
            }
            for u in s.exports.drain(..) {
                let _ = web_sys::Url::revoke_object_url(&u);
            }
        });
    };
    on_cleanup(move || {
        stop();
        if let Some(c) = spare.try_update_value(Option::take).flatten() {
            c.stop();
        }
    });
    // The answers to a question about the batch (sort, filter, names, a
    // body) and to the batch itself.
    let on_reply = move |r: Result<Reply, Failure>| {
        let Reply { response, .. } = match r {
            Ok(r) => r,
            Err(Failure::TimedOut) => return set_phase(Phase::TimedOut),
            Err(_) => return set_phase(Phase::Failed),
        };
        match response {
            Response::ReportProgress(r) => {
                let Some(r) = r.get() else { return };
                update(&mut |s| {
                    s.phase = Phase::Reading;
                    s.line = (r.line.en.clone(), r.line.pt.clone());
                    s.file_bar = (r.read as f64, r.size as f64);
                    s.batch_bar = (r.batch_read as f64, r.batch_size as f64);
                })
            }
            Response::ReportFile(f) => {
                let mut tree = f.get().map(|f| f.tree);
                update(&mut |s| {
                    s.trees.extend(tree.take());
                    s.file_bar.0 = s.file_bar.1;
                })
            }
            Response::ReportFiles(files) => {
                let files = files.get().unwrap_or_default();
                update(&mut |s| s.refresh(&files))
            }
            Response::ReportNames { finished, names } => {
                let Some(mut n) = names.get() else { return };
                update(&mut |s| {
                    s.names_line = (n.line.en.clone(), n.line.pt.clone());
                    s.naming = !finished;
                    s.refresh(&n.files);
                    if let Some(t) = n.summary.take() {
                        s.summary = Some(t);
                    }
                })
            }
            Response::Failed { .. } => set_phase(Phase::Failed),
            _ => {}
        }
    };
    let on_reply = StoredValue::new_local(on_reply);

    // Stops the worker and empties the result.
    let reset = move || {
        stop();
        for host in [summary_host.get_untracked(), files_host.get_untracked()]
            .into_iter()
            .flatten()
        {
            host.set_text_content(None);
        }
    };
    let start = move |(names, blobs): (Vec<String>, Vec<JsValue>)| {
        if names.is_empty() {
            return;
        }
        // The batch grows: read again with the files already in it.
        let mut all = Default::default();
        state.update_value(|s| {
            s.files.0.extend(names);
            s.files.1.extend(blobs);
            all = s.files.clone();
        });
        let (names, blobs): (Vec<String>, Vec<JsValue>) = all;
        reset();
        let l = lang.get_untracked();
        update(&mut |s| {
            let files = std::mem::take(&mut s.files);
            *s = State {
                files,
                built: (l, 0),
                phase: Phase::Loading,
                ..State::default()
            };
        });
        let client = spare
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| Client::new(Which::Engine));
        let limit = Duration::from_secs(LIMIT_S);
        client.ask(Request::ReadReports { names }, &blobs, limit, move |r| {
            match r {
                Ok(Reply {
                    response: Response::ReportDone(summary),
                    ..
                }) => {
                    let Some(selo_boundary::Summary { line, tree }) = summary.get() else {
                        return set_phase(Phase::Failed);
                    };
                    // The worker stays for sorting, filtering and names.
                    let mut summary = Some(tree);
                    update(&mut |s| {
                        s.line = (line.en.clone(), line.pt.clone());
                        s.summary = summary.take();
                        s.phase = Phase::Done;
                    });
                }
                Ok(Reply {
                    response: Response::ReportExports,
                    blobs,
                }) => {
                    let mut exports: Vec<String> = blobs
                        .iter()
                        .filter_map(|b| {
                            let blob = b.dyn_ref::<web_sys::Blob>()?;
                            web_sys::Url::create_object_url_with_blob(blob).ok()
                        })
                        .collect();
                    update(&mut |s| s.exports = std::mem::take(&mut exports));
                }
                r => on_reply.with_value(|f| f(r)),
            }
        });
        state.update_value(|s| s.running = Some(client));
    };
    // Asks the batch's worker, if it is still there.
    let tell = move |request: Request| {
        if let Some(c) = state.with_value(|s| s.running.clone()) {
            let on = move |r| on_reply.with_value(|f| f(r));
            c.ask(request, &[], Duration::from_secs(LIMIT_S), on);
        }
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
                if let Some(node) = tree::build(&doc, of(v, l), 0) {
                    let _ = fh.replace_child(&node, &old);
                }
            }
            for v in s.trees.iter().skip(from) {
                if let Some(node) = tree::build(&doc, of(v, l), 0) {
                    let _ = fh.append_child(&node);
                }
            }
            s.built = (l, s.trees.len());
            if let Some(node) = s
                .summary
                .as_ref()
                .and_then(|v| tree::build(&doc, of(v, l), 0))
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

    // "Start over" (a button of the worker's summary) empties the batch.
    let start_over = move || {
        reset();
        update(&mut |s| *s = State::default());
    };

    let status = move || {
        let l = lang.get();
        tick.track();
        state.with_value(|s| match s.phase {
            Phase::Idle => String::new(),
            Phase::Loading => m::LOADING.get(l).to_string(),
            Phase::Failed => m::FAILED.get(l).to_string(),
            Phase::TimedOut => fill(common::WORKER_SLOW.get(l), &[("s", &LIMIT_S.to_string())]),
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
        tell(Request::ReportFilter { text, failing });
    };
    let on_names = move || {
        let url = tools::value(tools::RESOLVER);
        if resolver::host_of(&url).is_none() {
            return;
        }
        resolver::save(&url);
        update(&mut |s| s.naming = true);
        tell(Request::ReportNames { resolver: url });
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
        let kind = button.get_attribute("data-kind");
        if kind.as_deref() == Some("start-over") {
            return start_over();
        }
        let request = if kind.as_deref() == Some("read-dmarc") {
            Request::ReportDmarc {
                resolver: tools::value(tools::RESOLVER),
            }
        } else if let Some(key) = button.get_attribute("data-sort") {
            let Some(key) = SortKey::from_name(&key) else {
                return;
            };
            Request::ReportSort { key }
        } else if kind.as_deref() == Some("show-body") {
            let Some(section) = button.closest(".report-file").ok().flatten() else {
                return;
            };
            let mut index = 0;
            let mut at = section.previous_element_sibling();
            while let Some(e) = at {
                index += 1;
                at = e.previous_element_sibling();
            }
            Request::ReportBody { index }
        } else {
            return;
        };
        tell(request);
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
