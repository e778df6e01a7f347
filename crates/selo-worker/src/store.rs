//! The checks kept on this device: the last snapshot of each domain
//! checked (`selo::check::drift::Snapshot`, as JSON), by its ASCII name,
//! in the worker's IndexedDB. Nothing here leaves the browser.

use selo::check::drift::Snapshot;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB: &str = "selo-checks";
const STORE: &str = "snapshots";

/// The request's result, once it succeeds.
async fn done(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let r = req.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let r2 = r.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &r2.result().unwrap_or(JsValue::NULL));
        });
        let err = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        r.set_onsuccess(Some(ok.unchecked_ref()));
        r.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn open(mode: IdbTransactionMode) -> Result<IdbObjectStore, JsValue> {
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let factory = scope.indexed_db()?.ok_or(JsValue::NULL)?;
    let req: IdbOpenDbRequest = factory.open_with_u32(DB, 1)?;
    let r = req.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Some(db) = r
            .result()
            .ok()
            .and_then(|d| d.dyn_into::<IdbDatabase>().ok())
        {
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db: IdbDatabase = done(&req).await?.dyn_into()?;
    db.transaction_with_str_and_mode(STORE, mode)?
        .object_store(STORE)
}

/// Keeps `new` and gives the snapshot kept before it, if any.
pub async fn swap(new: &Snapshot) -> Option<Snapshot> {
    let key = JsValue::from_str(&new.domain);
    let store = open(IdbTransactionMode::Readwrite).await.ok()?;
    let old = match store.get(&key) {
        Ok(req) => done(&req).await.ok(),
        Err(_) => None,
    };
    let json = serde_json::to_string(new).unwrap_or_default();
    // The same transaction is gone after an await: a new one to write.
    if let Ok(store) = open(IdbTransactionMode::Readwrite).await
        && let Ok(req) = store.put_with_key(&JsValue::from_str(&json), &key)
    {
        let _ = done(&req).await;
    }
    old.and_then(|v| v.as_string())
        .and_then(|s| serde_json::from_str(&s).ok())
}

/// Forgets every check kept.
pub async fn forget() {
    if let Ok(store) = open(IdbTransactionMode::Readwrite).await
        && let Ok(req) = store.clear()
    {
        let _ = done(&req).await;
    }
}
