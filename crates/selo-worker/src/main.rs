//! Selo's engine worker, built by Trunk as a second wasm module so that the
//! parsers, checks and message catalogues are not part of the site's first
//! load. It speaks the boundary of `crates/selo-boundary` (see [`port`]).
//!
//! The page starts one right after its first paint to read and check
//! records (the validator, the generators' findings). The Check page starts
//! one more per domain check: it looks the domain up through the chosen
//! RFC 8484 resolver, with `fetch`, and answers the engine's report each
//! time a section completes; the page cancels a check by terminating it.
//! The Reports page starts one per batch of report files.

#[macro_use]
mod texts;
#[cfg(target_arch = "wasm32")]
mod fetch;
// Natively only the tests use these.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod names;
#[cfg(target_arch = "wasm32")]
mod port;
#[cfg(target_arch = "wasm32")]
mod records;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod render;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod reports;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod sources;
// The SPF generator's live count as a view-model.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod spf_count;
#[cfg(target_arch = "wasm32")]
mod store;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod watch;
// The message's checklist and the bounce texts are the analyzer's.
#[allow(dead_code)]
mod requirements;
// The domain's checklist as the Check page's tree.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod checklist;

use selo_boundary::tree;

#[cfg(target_arch = "wasm32")]
fn main() {
    use port::post;
    use selo_boundary::{Failure, Request, Response};

    port::listen(|id, request, blobs| match request {
        Request::Check {
            domain,
            resolver,
            selectors,
        } => {
            // A file of domains sent with the question is the list.
            let file = blobs
                .first()
                .and_then(|b| wasm_bindgen::JsCast::dyn_ref::<web_sys::Blob>(b))
                .and_then(|b| web_sys::FileReaderSync::new().ok()?.read_as_text(b).ok());
            let from_file = file.is_some();
            let list = watch::domains(file.as_deref().unwrap_or(&domain));
            wasm_bindgen_futures::spawn_local(if list.len() > 1 {
                Box::pin(run::check_many(id, list, resolver, selectors))
                    as std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>
            } else if from_file {
                let one = list.into_iter().next().unwrap_or_default();
                Box::pin(run::check(id, one, resolver, selectors))
            } else {
                Box::pin(run::check(id, domain, resolver, selectors))
            })
        }
        Request::CheckAct { act } => wasm_bindgen_futures::spawn_local(run::act(id, act)),
        request @ (Request::Validate { .. }
        | Request::ReadKey { .. }
        | Request::PresetFindings { .. }) => records::answer(id, request),
        Request::CountSpf {
            domain,
            record,
            resolver,
        } => wasm_bindgen_futures::spawn_local(run::count_spf(id, domain, record, resolver)),
        Request::ReadReports { names } => reports::run::read_batch(id, names, blobs),
        Request::ReportSort { key } => reports::run::sort(id, key),
        Request::ReportFilter { text, failing } => reports::run::filter(id, text, failing),
        Request::ReportNames { resolver } => {
            wasm_bindgen_futures::spawn_local(reports::run::names(id, resolver))
        }
        Request::ReportBody { index } => reports::run::body(id, index),
        Request::ReportDmarc { resolver } => {
            wasm_bindgen_futures::spawn_local(reports::run::dmarc(id, resolver))
        }
        Request::Analyze { .. } => post(
            id,
            Response::Failed {
                error: Failure::Message,
                detail: "the message analyzer answers this".into(),
            },
        ),
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-worker runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}

#[cfg(target_arch = "wasm32")]
mod run {
    use crate::fetch::Fetch;
    use crate::port::post;
    use crate::watch::{self, Drift, Entry, Table};
    use crate::{names, render};
    use selo::Lang;
    use selo::check::drift::{self, Snapshot};
    use selo::check::many::{self, Row};
    use selo::check::{self, CheckOptions};
    use selo::dns::{CachingResolver, DohResolver, ResolverUrl};
    use selo_boundary::tree::{Node, el};
    use selo_boundary::{Both, Failure, Packed, Progress, Response};
    use std::cell::RefCell;

    /// What the Check page shows, kept for its buttons (sort, forget).
    #[derive(Default)]
    enum Shown {
        #[default]
        Nothing,
        /// One domain's check: its report in both languages and what
        /// changed since the check kept on the device.
        One {
            base: Both,
            drift: Drift,
            forgotten: bool,
        },
        /// A list's table.
        Many(Table),
    }

    /// What is shown, and the figures: domain, queries, round trips,
    /// milliseconds.
    struct State {
        shown: Shown,
        domain: String,
        figures: (usize, usize, u64),
    }

    thread_local! {
        static STATE: RefCell<State> = const {
            RefCell::new(State {
                shown: Shown::Nothing,
                domain: String::new(),
                figures: (0, 0, 0),
            })
        };
    }

    /// Posts what is shown.
    fn show(id: u64, complete: bool) {
        let progress = STATE.with_borrow(|s| {
            let tree = |l: Lang| -> Node {
                match &s.shown {
                    Shown::Nothing => selo_boundary::tree::text(""),
                    Shown::One {
                        base,
                        drift,
                        forgotten,
                    } => el(
                        "div",
                        &[],
                        vec![
                            watch::history(drift, *forgotten, l),
                            if l == Lang::Pt { &base.pt } else { &base.en }.clone(),
                        ],
                    ),
                    Shown::Many(t) => t.tree(l),
                }
            };
            Progress {
                domain_unicode: s.domain.clone(),
                queries: s.figures.0,
                round_trips: s.figures.1,
                elapsed_ms: s.figures.2,
                tree: Both {
                    en: tree(Lang::En),
                    pt: tree(Lang::Pt),
                },
            }
        });
        post(
            id,
            Response::Checked {
                complete,
                progress: Packed::new(&progress),
            },
        );
    }

    /// Now, as the checks kept are dated: `2026-12-07 16:50`, local time.
    fn now() -> String {
        let d = js_sys::Date::new_0();
        watch::stamp(
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date(),
            d.get_hours(),
            d.get_minutes(),
        )
    }

    /// Keeps the check on the device and says what changed since the
    /// one kept before.
    async fn keep(report: &check::DomainCheck) -> Drift {
        let new = Snapshot::of(report, &now());
        let old = crate::store::swap(&new).await?;
        let changes = drift::compare(&old, &new);
        Some((old.checked, changes))
    }

    /// A button of the result: `sort-N`, `forget`.
    pub async fn act(id: u64, act: String) {
        if act == "forget" {
            crate::store::forget().await;
            STATE.with_borrow_mut(|s| match &mut s.shown {
                Shown::One {
                    drift, forgotten, ..
                } => {
                    *drift = None;
                    *forgotten = true;
                }
                Shown::Many(t) => {
                    t.forgotten = true;
                    for e in &mut t.entries {
                        e.drift = None;
                    }
                }
                Shown::Nothing => {}
            });
        } else if act == "more" {
            STATE.with_borrow_mut(|s| {
                if let Shown::Many(t) = &mut s.shown {
                    t.more += watch::PAGE;
                }
            });
        } else if let Some(col) = act.strip_prefix("sort-").and_then(|c| c.parse().ok()) {
            STATE.with_borrow_mut(|s| {
                if let Shown::Many(t) = &mut s.shown {
                    t.sort_by(col);
                }
            });
        }
        show(id, true);
    }

    /// Checks every domain of `list`, [`PARALLEL`] at a time, into one
    /// table.
    pub async fn check_many(id: u64, list: Vec<String>, resolver: String, selectors: Vec<String>) {
        let url = match ResolverUrl::try_from(resolver.as_str()) {
            Ok(u) => u,
            Err(e) => {
                let (error, detail) = (Failure::Resolver, format!("{e:?}"));
                return post(id, Response::Failed { error, detail });
            }
        };
        let named: Vec<(String, String)> =
            list.iter().filter_map(|d| names::names(d).ok()).collect();
        let ascii: Vec<String> = named.iter().map(|n| n.0.clone()).collect();
        let started = js_sys::Date::now();
        STATE.with_borrow_mut(|s| {
            s.domain = named
                .iter()
                .map(|n| n.1.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            s.figures = (0, 0, 0);
            s.shown = Shown::Many(Table {
                total: named.len(),
                ..Table::default()
            });
        });
        show(id, false);
        let http = Fetch {
            timeout_ms: TIMEOUT_MS,
        };
        let opts = CheckOptions {
            selectors,
            ..CheckOptions::default()
        };
        let (url, opts) = (&url, &opts);
        // The progress, at most every SHOW_EVERY_MS.
        let mut shown_at = 0.0;
        many::each(
            &ascii,
            PARALLEL,
            |d| async move {
                let dns = CachingResolver::new(DohResolver::new(url.clone(), http));
                let r = check::run(d, url.as_str(), &dns, &http, opts, &mut |_| {}).await;
                let drift = keep(&r).await;
                (Row::of(&r), drift, r.queries, r.round_trips)
            },
            &mut |i, (row, drift, queries, trips)| {
                STATE.with_borrow_mut(|s| {
                    s.figures.0 += queries;
                    s.figures.1 += trips;
                    s.figures.2 = (js_sys::Date::now() - started).max(0.0) as u64;
                    if let Shown::Many(t) = &mut s.shown {
                        t.entries.push(Entry {
                            row,
                            unicode: named[i].1.clone(),
                            drift,
                        });
                    }
                });
                let now = js_sys::Date::now();
                if now - shown_at >= SHOW_EVERY_MS {
                    shown_at = now;
                    show(id, false);
                }
            },
        )
        .await;
        show(id, true);
    }

    /// Per request; the page bounds the whole check.
    const TIMEOUT_MS: i32 = 5_000;
    /// Domains of a list checked at once.
    const PARALLEL: usize = 4;
    /// The least time between two posts of a list's table.
    const SHOW_EVERY_MS: f64 = 500.0;

    /// The SPF generator's live count: the tree of `record` as published
    /// at `domain`, resolved through `resolver`.
    pub async fn count_spf(id: u64, domain: String, record: String, resolver: String) {
        let ascii = names::names(&domain).map(|n| n.0).unwrap_or(domain);
        let section = match ResolverUrl::try_from(resolver.as_str()) {
            Ok(url) => {
                let http = Fetch {
                    timeout_ms: TIMEOUT_MS,
                };
                let dns = DohResolver::new(url.clone(), http);
                check::spf_record_tree(&ascii, &record, url.as_str(), &dns).await
            }
            Err(_) => check::spf_record_refused(&ascii, &record, &resolver),
        };
        let count = crate::spf_count::count(&section);
        post(id, Response::SpfCounted(Packed::new(&count)));
    }

    pub async fn check(id: u64, domain: String, resolver: String, selectors: Vec<String>) {
        let (ascii, unicode) = match names::names(&domain) {
            Ok(n) => n,
            Err(detail) => {
                let error = Failure::Domain;
                return post(id, Response::Failed { error, detail });
            }
        };
        let url = match ResolverUrl::try_from(resolver.as_str()) {
            Ok(u) => u,
            Err(e) => {
                let (error, detail) = (Failure::Resolver, format!("{e:?}"));
                return post(id, Response::Failed { error, detail });
            }
        };
        let http = Fetch {
            timeout_ms: TIMEOUT_MS,
        };
        let dns = CachingResolver::new(DohResolver::new(url.clone(), http));
        let opts = CheckOptions {
            selectors,
            ..CheckOptions::default()
        };
        let started = js_sys::Date::now();
        let progress = |report: &check::DomainCheck, complete, rows: &[_]| Response::Checked {
            complete,
            progress: Packed::new(&Progress {
                domain_unicode: unicode.clone(),
                queries: report.queries,
                round_trips: report.round_trips,
                elapsed_ms: (js_sys::Date::now() - started).max(0.0) as u64,
                tree: Both {
                    en: crate::checklist::after(
                        render::report(report, &unicode, Lang::En),
                        rows,
                        &unicode,
                        Lang::En,
                    ),
                    pt: crate::checklist::after(
                        render::report(report, &unicode, Lang::Pt),
                        rows,
                        &unicode,
                        Lang::Pt,
                    ),
                },
            }),
        };
        // The last answer is the complete one, below.
        let mut on_update = |report: &check::DomainCheck| post(id, progress(report, false, &[]));
        let report = check::run(&ascii, url.as_str(), &dns, &http, &opts, &mut on_update).await;
        // What Gmail, Yahoo and Outlook.com ask of the domain, with its MX
        // hosts' reverse names, after the check's own sections.
        let rows = match report.exists {
            Some(true) => {
                selo::requirements::expand(&selo::requirements::domain::check(&dns, &report).await)
            }
            _ => Vec::new(),
        };
        let done = progress(&report, true, &rows);
        let drift = keep(&report).await;
        let Response::Checked { progress, .. } = &done else {
            return;
        };
        let Some(p) = progress.get() else {
            return post(id, done);
        };
        STATE.with_borrow_mut(|s| {
            s.domain = p.domain_unicode;
            s.figures = (p.queries, p.round_trips, p.elapsed_ms);
            s.shown = Shown::One {
                base: p.tree,
                drift,
                forgotten: false,
            };
        });
        show(id, true);
    }
}
