//! Selo's message analyzer, built by Trunk as a wasm module of its own: the
//! Analyze page starts one for each analysis (and terminates it to cancel),
//! so the message analyzer and mail-auth's DKIM and ARC code are downloaded
//! only there, never with the site's first load or the engine worker.
//!
//! The page posts `{"type": "analyze", "text": ..., "resolver": ...,
//! "ip": ..., "mail_from": ...}` once the worker says `ready`; the worker
//! answers one `analyzed` once every lookup is done (see
//! [`message::Analyzed`]), or `error` for a resolver URL Selo does not
//! accept (`bad-resolver`) or a message it cannot read (`bad-message`).

// Natively only the tests use it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod message;

#[cfg(target_arch = "wasm32")]
fn main() {
    use message::ToAnalyzer;
    use selo_worker::Posted;

    selo_worker::listen(|posted| {
        let Posted::Text(text) = posted else {
            return;
        };
        match serde_json::from_str::<ToAnalyzer>(&text) {
            Ok(ToAnalyzer::Analyze {
                text,
                resolver,
                ip,
                mail_from,
            }) => wasm_bindgen_futures::spawn_local(async move {
                let Some((_, dns)) = selo_worker::resolver(&resolver) else {
                    return;
                };
                let now = (js_sys::Date::now() / 1000.0).max(0.0) as u64;
                let out = message::run(text.as_bytes(), &dns, ip, mail_from, now).await;
                selo_worker::post_json(&serde_json::to_string(&out).unwrap_or_default());
            }),
            Err(e) => selo_worker::bad_message(&e),
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-analyzer runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}
