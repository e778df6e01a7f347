//! Selo's record worker: a small wasm module that answers only what the
//! validator and the generators' findings ask (see `records.rs`), so that
//! the validator's first finding waits for it rather than for the whole
//! engine worker (the report reader, the DNS code and the domain check).
//! The loader starts it beside the validator's module (`index.html`,
//! written by `scripts/post_build.mjs`); the generators start it after
//! their first paint. It speaks the boundary of `crates/selo-boundary`
//! like the other workers (the same `port.rs`): its `Ready` carries the
//! build, and any other request gets `Response::Failed`.

#[cfg(target_arch = "wasm32")]
#[path = "../port.rs"]
mod port;
#[cfg(target_arch = "wasm32")]
#[path = "../records.rs"]
mod records;

#[cfg(target_arch = "wasm32")]
fn main() {
    port::listen(|id, request, _| records::answer(id, request));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("selo-records runs in a browser: build it with trunk (see index.html)");
    std::process::exit(2);
}
