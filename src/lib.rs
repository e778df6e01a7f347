//! Selo in the browser: the shell, the router and the pages.
//!
//! The app is glue over the `selo` engine, which holds every rule about
//! records. Routing is by query string (`./?page=validate`) so the static
//! files work from any host and under any sub-path without rewrite rules;
//! each page keeps its form state in the query and pasted text in the
//! fragment, so a page can be shared as a link and the paste stays out of
//! server logs.

#![recursion_limit = "256"]
#![forbid(unsafe_code)]

use crate::i18n::Text;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_query_map;

pub mod components;
pub mod dom;
pub mod engine;
pub mod frame;
pub mod i18n;
pub mod pages;
pub mod webcrypto;
pub mod worker;

use components::{footer::Footer, header::Header};
use i18n::common as shell_text;

/// One page of the app, chosen by the `page` query parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// What Selo does (no `page` parameter).
    Home,
    /// The validator.
    Validate,
    /// The domain check.
    Check,
    /// The report reader.
    Reports,
    /// The message analyzer.
    Analyze,
    /// DMARC generator.
    GenDmarc,
    /// SPF generator.
    GenSpf,
    /// DKIM generator.
    GenDkim,
    /// MTA-STS generator.
    GenMtaSts,
    /// TLS-RPT generator.
    GenTlsRpt,
    /// BIMI generator.
    GenBimi,
}

impl Page {
    /// The value of the `page` query parameter.
    pub const fn slug(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Validate => "validate",
            Page::Check => "check",
            Page::Reports => "reports",
            Page::Analyze => "analyze",
            Page::GenDmarc => "dmarc",
            Page::GenSpf => "spf",
            Page::GenDkim => "dkim",
            Page::GenMtaSts => "mta-sts",
            Page::GenTlsRpt => "tls-rpt",
            Page::GenBimi => "bimi",
        }
    }

    /// Every page: the home page, the validator, the pages that look at
    /// what is out there, then the generators in menu order
    /// ([`Page::GENERATORS`]).
    pub const ALL: [Page; 11] = [
        Page::Home,
        Page::Validate,
        Page::Check,
        Page::Reports,
        Page::Analyze,
        Page::GenDmarc,
        Page::GenSpf,
        Page::GenDkim,
        Page::GenMtaSts,
        Page::GenTlsRpt,
        Page::GenBimi,
    ];

    /// The generator pages, in menu order: the end of [`Page::ALL`].
    pub const GENERATORS: &'static [Page] = Page::ALL.split_at(5).1;

    /// The page for a `page` parameter; unknown values show the home page.
    pub fn from_slug(slug: &str) -> Page {
        Page::ALL
            .into_iter()
            .find(|p| p != &Page::Home && p.slug() == slug)
            .unwrap_or(Page::Home)
    }

    /// A link relative to the current document, so it works under any
    /// sub-path and whatever the file is called.
    pub fn href(self) -> String {
        match self {
            Page::Home => "?".to_string(),
            p => format!("?page={}", p.slug()),
        }
    }

    /// The name in the navigation.
    pub const fn nav_label(self) -> Text {
        match self {
            Page::Home => shell_text::NAV_HOME,
            Page::Validate => shell_text::NAV_VALIDATE,
            Page::Check => i18n::check::NAV,
            Page::Reports => i18n::reports::NAV,
            Page::Analyze => i18n::analyze::NAV,
            Page::GenDmarc => Text::same("DMARC"),
            Page::GenSpf => Text::same("SPF"),
            Page::GenDkim => Text::same("DKIM"),
            Page::GenMtaSts => Text::same("MTA-STS"),
            Page::GenTlsRpt => Text::same("TLS-RPT"),
            Page::GenBimi => Text::same("BIMI"),
        }
    }

    /// The page's title (for `<title>`).
    pub const fn title(self) -> Text {
        match self {
            Page::Home => i18n::home::TITLE,
            Page::Validate => i18n::validate::TITLE,
            Page::Check => i18n::check::TITLE,
            Page::Reports => i18n::reports::TITLE,
            Page::Analyze => i18n::analyze::TITLE,
            Page::GenDmarc => shell_text::GEN_DMARC,
            Page::GenSpf => shell_text::GEN_SPF,
            Page::GenDkim => shell_text::GEN_DKIM,
            Page::GenMtaSts => shell_text::GEN_MTA_STS,
            Page::GenTlsRpt => shell_text::GEN_TLS_RPT,
            Page::GenBimi => shell_text::GEN_BIMI,
        }
    }
}

/// The pages one module holds: the view of each, `None` for a page that
/// another module holds. The tool pages come in three modules, so that a
/// visit downloads Leptos and one group of pages, not all of them: the
/// validator (`src/bin/validate.rs`); the pages that look at what is out
/// there, the Check and Reports pages (`src/bin/inspect.rs`); the Analyze
/// page (`src/bin/analyze.rs`); the SPF generator (`src/bin/spf.rs`) and the DKIM generator
/// (`src/bin/dkim.rs`), the two largest; the MTA-STS, TLS-RPT and BIMI
/// generators (`src/bin/more.rs`); and the DMARC generator
/// (`src/main.rs`). `index.html`'s loader picks the module by the `page`
/// parameter ([`Page::module`]).
pub type Pages = fn(Page) -> Option<AnyView>;

impl Page {
    /// The module that holds the page (its Trunk `data-bin` name): what
    /// `index.html`'s loader (`scripts/post_build.mjs`) starts for it. The
    /// home page has none: it is static HTML written by the build
    /// ([`frame::home_html`]).
    pub const fn module(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Validate => "selo-validate",
            Page::Check | Page::Reports => "selo-inspect",
            Page::Analyze => "selo-analyze",
            Page::GenSpf => "selo-spf",
            Page::GenDkim => "selo-dkim",
            Page::GenMtaSts | Page::GenTlsRpt | Page::GenBimi => "selo-more",
            Page::GenDmarc => "selo-web",
        }
    }

    /// The page-to-module map of `index.html`'s loader, as JSON: every
    /// page's `page` value (empty for the home page) and the module that
    /// holds it. Printed by `src/bin/page-map.rs`, which the build runs
    /// (`scripts/pre_build.mjs`), so the loader is written from this enum.
    pub fn module_map() -> String {
        let entries: Vec<String> = Page::ALL
            .iter()
            .map(|p| format!("{:?}:{:?}", p.slug(), p.module()))
            .collect();
        format!("{{{}}}", entries.join(","))
    }
}

/// Starts a tool module holding `pages`: mounts the app (once the
/// Portuguese words are here, when Portuguese is the language), then marks
/// the page as ready and registers the service worker.
pub fn start(pages: Pages) {
    let mount = move || {
        leptos::mount::mount_to_body(move || view! { <App pages=pages /> });
        after_mount();
    };
    i18n::pack::then_start(i18n::initial_lang(), mount);
}

/// The app of one module: language, router, shell.
#[component]
pub fn App(
    /// The pages this module holds.
    pages: Pages,
) -> impl IntoView {
    i18n::provide_lang();
    view! {
        <Router>
            <Shell pages=pages />
        </Router>
    }
}

/// Header, the current page and the footer.
#[component]
fn Shell(pages: Pages) -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| query.with(|q| Page::from_slug(q.get_str("page").unwrap_or(""))));
    frame(page, move || match page.get() {
        // The home page is static HTML (src/frame.rs): load it, as
        // following a link to it from outside the app would. By its own
        // address, so that an unknown `page` value (which index.html's
        // loader gives to the generators' module) does not come back here.
        Page::Home => {
            let _ = window().location().replace(&Page::Home.href());
            ().into_any()
        }
        // A page of another module: load the address the router has just
        // moved to, so that the loader starts that module.
        p => pages(p).unwrap_or_else(|| {
            let _ = window().location().reload();
            ().into_any()
        }),
    })
}

/// What every page shows around its content: the skip link, the header,
/// `<main>` and the footer; keeps `<title>` on the page's title.
fn frame(page: Memo<Page>, content: impl IntoView + 'static) -> impl IntoView {
    let lang = i18n::use_lang();
    Effect::new(move |_| frame::set_title(page.get(), lang.get()));
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip = move |ev: leptos::ev::MouseEvent| {
        // Not a fragment link: the fragment holds the validator's text.
        ev.prevent_default();
        if let Some(main) = main_ref.get_untracked() {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {i18n::t(shell_text::SKIP)}
        </a>
        <Header page=page />
        <main id="main" tabindex="-1" node_ref=main_ref>
            {content}
        </main>
        <Footer />
    }
}

/// Runs once the first view is in the document: sets `data-ready` on
/// `<html>` (what the end-to-end tests and `measure.mjs` wait for: the app
/// has rendered and its event handlers are attached) and registers the
/// service worker that keeps the site usable offline, then starts the
/// record worker (the validator's loader has started it already: it is
/// taken over; see [`engine`]).
pub fn after_mount() {
    mark_ready();
    // The record worker, once this first view has been painted.
    set_timeout(engine::start, std::time::Duration::ZERO);
}

/// Marks the page ready (`data-ready`) and registers the service worker.
fn mark_ready() {
    if let Some(html) = dom::document().document_element() {
        let _ = html.set_attribute("data-ready", "");
    }
    register_service_worker();
}

fn register_service_worker() {
    use wasm_bindgen::prelude::*;
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Absent outside secure contexts (plain http on a LAN address).
    let has_sw =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !has_sw {
        return;
    }
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("./");
    let promise = navigator
        .service_worker()
        .register_with_options("./sw.js", &options);
    // A failed registration only costs offline use: say so in the console.
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            web_sys::console::warn_2(&JsValue::from_str("Selo: no offline use:"), &e);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::Page;

    /// Every page has its own `page` value, and each value finds its page.
    #[test]
    fn every_page_has_one_value() {
        for p in Page::ALL {
            let same = Page::ALL.iter().filter(|q| q.slug() == p.slug()).count();
            assert_eq!(same, 1, "{p:?}'s value {:?} is taken twice", p.slug());
            assert_eq!(Page::from_slug(p.slug()), p);
        }
        assert_eq!(Page::from_slug("nonsense"), Page::Home);
        let generators: Vec<_> = Page::GENERATORS.iter().map(|g| g.slug()).collect();
        assert_eq!(
            generators,
            ["dmarc", "spf", "dkim", "mta-sts", "tls-rpt", "bimi"]
        );
    }

    /// The loader's map (`scripts/post_build.mjs` writes the loader from
    /// it) names every page with the module that holds it, and every such
    /// module is built by `index.html`; the home page alone has none.
    #[test]
    fn the_loader_map_names_every_page_and_its_built_module() {
        let map = Page::module_map();
        let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
            .expect("index.html");
        for p in Page::ALL {
            let entry = format!("\"{}\":\"{}\"", p.slug(), p.module());
            assert!(map.contains(&entry), "{p:?}: no {entry} in {map}");
            // The home page has no module: it is static HTML.
            assert_eq!(p.module().is_empty(), p == Page::Home, "{p:?}");
            assert!(
                p == Page::Home || index.contains(&format!("data-bin=\"{}\"", p.module())),
                "index.html builds no {}",
                p.module()
            );
        }
        assert_eq!(map.matches("\":\"").count(), Page::ALL.len());
    }
}
