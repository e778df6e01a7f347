//! Selo's engine worker, built by Trunk as a second wasm module so that the
//! parsers, checks and message catalogues are not part of the site's first
//! load (see [`selo_worker::protocol`] for the messages).
//!
//! The page starts one right after its first paint to read and check
//! records (the validator, the generators' findings). The Check page starts
//! one more per domain check: it looks the domain up through the chosen
//! RFC 8484 resolver, with `fetch`, and posts the engine's report each time
//! a section completes; the page cancels a check by terminating it. The
//! message analyzer is not here: it is a module of its own
//! (`crates/selo-analyzer`), started by the Analyze page only.

#[cfg(target_arch = "wasm32")]
fn main() {
    use selo_worker::protocol::{FromWorker, ToWorker};
    use selo_worker::{Posted, bad_message, post, reports};

    selo_worker::listen(|posted| {
        let text = match posted {
            Posted::Array(batch) => return reports::run::read_batch(batch),
            Posted::Text(text) => text,
        };
        match serde_json::from_str::<ToWorker>(&text) {
            Ok(ToWorker::Start {
                domain,
                resolver,
                selectors,
            }) => wasm_bindgen_futures::spawn_local(check(domain, resolver, selectors)),
            Ok(ToWorker::ReadKey { id, text }) => post(&FromWorker::KeyRead {
                id,
                key: selo::shown::shown_key(&text),
            }),
            Ok(ToWorker::Validate { id, text, kind }) => post(&FromWorker::Validated {
                id,
                shown: selo::shown::shown(&text, kind),
            }),
            Ok(ToWorker::ReportSort { key }) => reports::run::sort(key),
            Ok(ToWorker::ReportFilter { text, failing }) => reports::run::filter(text, failing),
            Ok(ToWorker::ReportNames { resolver }) => {
                wasm_bindgen_futures::spawn_local(reports::run::names(resolver))
            }
            Ok(ToWorker::ReportBody { index }) => reports::run::body(index),
            Err(e) => bad_message(&e),
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-worker runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}

/// Checks `domain`, posting the report each time a section completes.
#[cfg(target_arch = "wasm32")]
async fn check(domain: String, resolver: String, selectors: Vec<String>) {
    use selo::Lang;
    use selo::check::{self, CheckOptions};
    use selo::dns::CachingResolver;
    use selo_worker::fetch::Fetch;
    use selo_worker::protocol::{self, FromWorker, Progress, StartError};
    use selo_worker::{post, render};

    let (ascii, unicode) = match protocol::names(&domain) {
        Ok(n) => n,
        Err(detail) => {
            return post(&FromWorker::Error {
                error: StartError::Domain,
                detail,
            });
        }
    };
    let Some((url, doh)) = selo_worker::resolver(&resolver) else {
        return;
    };
    let dns = CachingResolver::new(doh);
    let opts = CheckOptions {
        selectors,
        ..CheckOptions::default()
    };
    let started = js_sys::Date::now();
    let progress = |report: &check::DomainCheck| Progress {
        domain_unicode: unicode.clone(),
        complete: report.complete,
        queries: report.queries,
        round_trips: report.round_trips,
        elapsed_ms: (js_sys::Date::now() - started).max(0.0) as u64,
        en: render::report(report, &unicode, Lang::En),
        pt: render::report(report, &unicode, Lang::Pt),
        check: serde_json::to_value(report).unwrap_or_default(),
    };
    let mut on_update = |report: &check::DomainCheck| post(&FromWorker::Update(progress(report)));
    let report = check::run(
        &ascii,
        url.as_str(),
        &dns,
        &Fetch::PAGE,
        &opts,
        &mut on_update,
    )
    .await;
    post(&FromWorker::Done(progress(&report)));
}
