//! Component tests in headless Chromium (wasm-bindgen-test):
//!
//! ```sh
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//! CHROMEDRIVER=/usr/bin/chromedriver \
//! cargo test -p selo-web --target wasm32-unknown-unknown --test components
//! ```
//!
//! `RecordOutput` is not on any page until the generators land, so it is
//! tested here; the pages are tested end to end in `tests/e2e/`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use selo::RecordType;
use selo_web::components::{diagnostic_list::DiagnosticList, record_output::RecordOutput};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view (with the language context) into a fresh element of its own.
fn mount<F, V>(f: F) -> web_sys::Element
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), move || {
        selo_web::i18n::provide_lang();
        f()
    });
    handle.forget();
    root
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .text_content()
        .unwrap_or_default()
}

async fn tick() {
    // Effects and reactive updates run on the microtask queue.
    let p = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
async fn record_output_shows_every_form_of_the_record() {
    let owner = RwSignal::new("_dmarc.example.com".to_string());
    let value = RwSignal::new("v=DMARC1; p=none".to_string());
    let root = mount(move || {
        view! { <RecordOutput kind=RecordType::Dmarc owner=owner value=value /> }
    });
    assert_eq!(text(&root, "[data-testid=out-owner]"), "_dmarc.example.com");
    assert_eq!(text(&root, "[data-testid=out-value]"), "v=DMARC1; p=none");
    assert_eq!(
        text(&root, "[data-testid=out-strings]"),
        "\"v=DMARC1; p=none\""
    );
    assert_eq!(
        text(&root, "[data-testid=out-zone]"),
        "_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=none\""
    );
    // Copy buttons: host part (hidden without a domain), full name, type,
    // value, strings, zone line.
    assert_eq!(
        root.query_selector_all("button.copy-button")
            .unwrap()
            .length(),
        6
    );
    // The engine's findings come from the engine worker, which the
    // end-to-end specs cover (gen_dmarc.test.mjs).

    // A value over 255 bytes is split into several strings, joined by nothing.
    let long = format!(
        "v=DMARC1; p=reject; rua={}",
        ["mailto:reports@example.com"; 12].join(",")
    );
    value.set(long.clone());
    tick().await;
    let strings = text(&root, "[data-testid=out-strings]");
    assert!(strings.matches("\" \"").count() >= 1, "{strings}");
    assert_eq!(strings.replace("\" \"", "").trim_matches('"'), long);
    assert!(
        text(&root, "[data-testid=out-zone]")
            .starts_with("_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=reject;")
    );
}

#[wasm_bindgen_test]
async fn the_name_is_shown_both_ways_and_a_placeholder_cannot_be_copied() {
    let owner = RwSignal::new("_dmarc.<your domain>".to_string());
    let value = RwSignal::new("v=DMARC1; p=none".to_string());
    let domain = RwSignal::new(None::<String>);
    let root = mount(move || {
        view! {
            <RecordOutput kind=RecordType::Dmarc owner=owner value=value domain=domain />
        }
    });
    let disabled = |name: &str| {
        root.query_selector(&format!("button[aria-label='Copy {name}']"))
            .unwrap()
            .unwrap()
            .has_attribute("disabled")
    };
    assert!(disabled("Full name"), "the placeholder name is not copied");
    assert!(disabled("Zone-file line"));
    assert!(!disabled("Value"), "the value holds no placeholder");
    domain.set(Some("example.com".into()));
    owner.set("_dmarc.example.com".into());
    tick().await;
    assert!(!disabled("Full name"));
    assert_eq!(text(&root, "[data-testid=out-host]"), "_dmarc");
    assert!(
        text(&root, "[data-testid=which-name]").contains("_dmarc.example.com.example.com"),
        "the line says what typing the full name creates"
    );
}

#[wasm_bindgen_test]
async fn a_safe_fix_reaches_the_callback_and_fixes_the_text() {
    let input = "v=DMARC1; p=none; pct=100";
    let fixed = RwSignal::new(String::new());
    let diagnostics = selo::shown::shown(input, None).findings;
    assert!(
        diagnostics.iter().any(|d| d.fix.is_some()),
        "the engine offers a fix for pct"
    );
    let root = mount(move || {
        view! {
            <DiagnosticList
                diagnostics=Signal::stored(diagnostics)
                on_fix=move |fix: selo::shown::ShownFix| fixed.set(fix.apply(input))
            />
        }
    });
    let button = root
        .query_selector("button.apply-fix")
        .unwrap()
        .expect("a Safe fix has a button")
        .unchecked_into::<web_sys::HtmlElement>();
    button.click();
    tick().await;
    let out = fixed.get_untracked();
    assert!(!out.contains("pct"), "{out}");
    assert!(out.starts_with("v=DMARC1; p=none"), "{out}");
    // Severity is spelled out, never colour alone.
    assert!(
        root.text_content().unwrap().contains("Warning")
            || root.text_content().unwrap().contains("Error")
    );
}
