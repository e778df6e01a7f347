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
        } => wasm_bindgen_futures::spawn_local(run::check(id, domain, resolver, selectors)),
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
    use crate::{names, render};
    use selo::Lang;
    use selo::check::{self, CheckOptions};
    use selo::dns::{CachingResolver, DohResolver, ResolverUrl};
    use selo_boundary::{Both, Failure, Packed, Progress, Response};

    /// Per request; the page bounds the whole check.
    const TIMEOUT_MS: i32 = 5_000;

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
        let tree = Both {
            en: render::spf_count(&section, Lang::En),
            pt: render::spf_count(&section, Lang::Pt),
        };
        post(id, Response::SpfCounted(Packed::new(&tree)));
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
        post(id, progress(&report, true, &rows));
    }
}
