//! Selo's message analyzer, built by Trunk as a wasm module of its own: the
//! Analyze page starts one for each analysis (and terminates it to cancel),
//! so the message analyzer and mail-auth's DKIM and ARC code are downloaded
//! only there, never with the site's first load or the engine worker.
//!
//! The Analyze page starts it when it opens, so that the first analysis
//! does not wait for it. Each `Request::Analyze` is answered once every
//! lookup is done (`Response::Analyzed`: the typed view-models of
//! `selo_boundary::analysis`, one per language, see [`message::run`]), or
//! `Failed` for a resolver URL Selo does not accept. It speaks the boundary
//! of `crates/selo-boundary`, as the engine worker does (the same
//! `port.rs`), and sends no markup: the page lays the values out.

// The workers' one `texts!` macro.
#[macro_use]
#[path = "../../selo-worker/src/texts.rs"]
mod texts;

// The engine worker's fetch and end of the boundary, the same files (one
// copy, in crates/selo-worker/src), built into this module too.
#[cfg(target_arch = "wasm32")]
#[path = "../../selo-worker/src/fetch.rs"]
mod fetch;
#[cfg(target_arch = "wasm32")]
#[path = "../../selo-worker/src/port.rs"]
mod port;

// Natively only the tests use them.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod message;
// The sender-requirements checklist's view-model, shared with the Check
// page (which the engine worker writes as a tree, in its checklist.rs).
#[allow(dead_code)]
#[path = "../../selo-worker/src/requirements.rs"]
mod requirements;

/// Every text of `all` has both languages and the same placeholders.
#[cfg(test)]
fn translated(all: &[(&str, selo::Text)]) {
    for (name, t) in all {
        assert!(!t.en.trim().is_empty() && !t.pt.trim().is_empty(), "{name}");
        let holes = |s: &'static str| {
            let mut v: Vec<&str> = selo::diagnostic::placeholders(s).collect();
            v.sort();
            v
        };
        assert_eq!(holes(t.en), holes(t.pt), "{name}: placeholders differ");
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use port::post;
    use selo_boundary::{Failure, Request, Response};
    port::listen(|id, request, _| match request {
        Request::Analyze {
            text,
            resolver,
            ip,
            mail_from,
        } => wasm_bindgen_futures::spawn_local(analyze(id, text, resolver, ip, mail_from)),
        _ => post(
            id,
            Response::Failed {
                error: Failure::Message,
                detail: "the engine worker answers this".into(),
            },
        ),
    });
}

/// Analyzes a message through the resolver at `resolver` and answers
/// question `id` (or `Failed` with `Failure::Resolver`).
#[cfg(target_arch = "wasm32")]
async fn analyze(
    id: u64,
    text: String,
    resolver: String,
    ip: Option<String>,
    mail_from: Option<String>,
) {
    use selo::dns::{DohResolver, ResolverUrl};
    use selo_boundary::{Failure, Packed, Response};
    let url = match ResolverUrl::try_from(resolver.as_str()) {
        Ok(u) => u,
        Err(e) => {
            let (error, detail) = (Failure::Resolver, format!("{e:?}"));
            return port::post(id, Response::Failed { error, detail });
        }
    };
    // 5 s per request, as the engine worker's lookups.
    let dns = DohResolver::new(url, fetch::Fetch { timeout_ms: 5_000 });
    let now = (js_sys::Date::now() / 1000.0).max(0.0) as u64;
    let out = message::run(text.as_bytes(), &dns, ip, mail_from, now).await;
    port::post(id, Response::Analyzed(Packed::new(&out.answer)));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-analyzer runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}
