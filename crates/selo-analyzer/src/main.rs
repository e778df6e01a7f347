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
    selo_worker::post_json(&page::page());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-analyzer runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}
