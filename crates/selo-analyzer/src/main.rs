//! Selo's message analyzer, built by Trunk as a wasm module of its own: the
//! Analyze page starts one for each analysis (and terminates it to cancel),
//! so the message analyzer and mail-auth's DKIM and ARC code are downloaded
//! only there, never with the site's first load or the engine worker.
//!
//! The Analyze page starts it when it opens. The worker says `ready`, then
//! posts the page's texts and form in both languages (`page`, see
//! [`page::page`]), so that the site's first load carries none of them.
//! For each `{"type": "analyze", "text": ..., "resolver": ..., "ip": ...,
//! "mail_from": ...}` the page posts, the worker answers one `analyzed`
//! once every lookup is done (see [`message::Analyzed`]), or `error` for a
//! resolver URL Selo does not accept (`bad-resolver`) or a message it
//! cannot read (`bad-message`).

/// `NAME = ("English", "Português");` becomes a [`selo::Text`] constant,
/// and `ALL` lists them for the translation test.
macro_rules! texts {
    ($($name:ident = ($en:expr, $pt:expr);)+) => {
        $( const $name: Text = Text::new($en, $pt); )+
        /// Every text, for the translation test.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),+];
    };
}

// The engine worker's element trees, finding lists and fetch, the same
// files (one copy, in crates/selo-worker/src), built into this module too.
#[cfg(target_arch = "wasm32")]
#[path = "../../selo-worker/src/fetch.rs"]
mod fetch;
// Only the findings and two helpers of it are used here.
#[allow(dead_code)]
#[path = "../../selo-worker/src/render.rs"]
mod render;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[path = "../../selo-worker/src/tree.rs"]
mod tree;

// Natively only the tests use them.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod message;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod page;

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
    use message::ToAnalyzer;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(|ev: MessageEvent| {
        let text = ev.data().as_string().unwrap_or_default();
        match serde_json::from_str::<ToAnalyzer>(&text) {
            Ok(ToAnalyzer::Analyze {
                text,
                resolver,
                ip,
                mail_from,
            }) => wasm_bindgen_futures::spawn_local(analyze(text, resolver, ip, mail_from)),
            Err(e) => post(&error("bad-message", e.to_string())),
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    post(r#"{"type":"ready"}"#);
    post(&page::page());
}

/// Posts a JSON text to the page.
#[cfg(target_arch = "wasm32")]
fn post(text: &str) {
    use wasm_bindgen::JsCast;
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    // Fails only when the page has gone: nothing left to tell.
    let _ = scope.post_message(&wasm_bindgen::JsValue::from_str(text));
}

/// `{"type": "error", "error": code, "detail": ...}`, as the engine
/// worker says it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn error(code: &str, detail: String) -> String {
    serde_json::json!({"type": "error", "error": code, "detail": detail}).to_string()
}

/// Analyzes a message through the resolver at `resolver` and posts the
/// answer (or `bad-resolver`).
#[cfg(target_arch = "wasm32")]
async fn analyze(text: String, resolver: String, ip: Option<String>, mail_from: Option<String>) {
    use selo::dns::{DohResolver, ResolverUrl};
    let url = match ResolverUrl::try_from(resolver.as_str()) {
        Ok(u) => u,
        Err(e) => return post(&error("bad-resolver", format!("{e:?}"))),
    };
    // 5 s per request, as the engine worker's lookups.
    let dns = DohResolver::new(url, fetch::Fetch { timeout_ms: 5_000 });
    let now = (js_sys::Date::now() / 1000.0).max(0.0) as u64;
    let out = message::run(text.as_bytes(), &dns, ip, mail_from, now).await;
    post(&serde_json::to_string(&out).unwrap_or_default());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-analyzer runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}

#[cfg(test)]
mod tests {
    #[test]
    fn errors_read_as_the_engine_worker_writes_them() {
        let v: serde_json::Value =
            serde_json::from_str(&super::error("bad-resolver", "Scheme".into())).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"type": "error", "error": "bad-resolver", "detail": "Scheme"})
        );
    }
}
