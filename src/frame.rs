//! The header, the footer and the home page, built with plain DOM calls
//! (`crate::dom`). The home page's own module (`src/bin/home.rs`, started
//! by [`start_home`]) shows all three without Leptos, so a visit to the
//! home page downloads a fraction of the app; the whole app shows the
//! header and the footer through thin components (`components::header`,
//! `components::footer`), and opens the home page by loading it.

use crate::Page;
use crate::dom::{document, fill, h, tx};
use crate::i18n::{self, Lang, Text, analyze, common as shell_text, home as home_text, pack};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, Event, HtmlElement, Node};

/// The header's content in `l`, `current`'s link marked as the current page.
pub fn header(l: Lang, current: Page) -> Vec<Node> {
    let li = |p: Page| h("li", &[], &[nav_link(l, p, current)]);
    let generators: Vec<Node> = Page::GENERATORS.iter().copied().map(li).collect();
    let nav = h(
        "ul",
        &[("class", "nav-list")],
        &[
            li(Page::Home),
            li(Page::Validate),
            li(Page::Check),
            li(Page::Reports),
            li(Page::Analyze),
            h(
                "li",
                &[("class", "nav-group")],
                &[
                    h(
                        "span",
                        &[("class", "nav-group-label"), ("id", "nav-generate")],
                        &[tx(shell_text::NAV_GENERATE.get(l))],
                    ),
                    h(
                        "ul",
                        &[("class", "nav-list"), ("aria-labelledby", "nav-generate")],
                        &generators,
                    ),
                ],
            ),
        ],
    );
    let lang_button = |b: Lang, name: &str| {
        let pressed = if b == l { "true" } else { "false" };
        h(
            "button",
            &[
                ("type", "button"),
                ("lang", b.tag()),
                ("aria-pressed", pressed),
            ],
            &[tx(name)],
        )
    };
    vec![
        h(
            "a",
            &[("class", "brand"), ("href", &Page::Home.href())],
            &[tx("Selo")],
        ),
        h(
            "nav",
            &[("aria-label", shell_text::NAV_LABEL.get(l))],
            &[nav],
        ),
        h(
            "div",
            &[
                ("class", "lang-switch"),
                ("role", "group"),
                ("aria-label", shell_text::LANG_LABEL.get(l)),
            ],
            &[
                lang_button(Lang::En, "English"),
                lang_button(Lang::Pt, "Português"),
            ],
        ),
    ]
}

fn nav_test_id(p: Page) -> String {
    format!("nav-{}", if p == Page::Home { "home" } else { p.slug() })
}

/// A plain `<a>` with a relative query href: the browser resolves it
/// against the document (so sub-paths work), and in the whole app the
/// router turns the click into a client-side navigation.
fn nav_link(l: Lang, to: Page, current: Page) -> Node {
    let href = to.href();
    let id = nav_test_id(to);
    let mut attrs = vec![("href", href.as_str()), ("data-testid", id.as_str())];
    if to == current {
        attrs.push(("aria-current", "page"));
    }
    h("a", &attrs, &[tx(to.nav_label().get(l))])
}

/// Moves the "current page" mark in a header built by [`header`] to
/// `current`'s link, leaving every other node (and the focus) in place.
pub fn mark_current(header: &Element, current: Page) {
    if let Ok(Some(old)) = header.query_selector("[aria-current]") {
        let _ = old.remove_attribute("aria-current");
    }
    let link = format!("[data-testid=\"{}\"]", nav_test_id(current));
    if let Ok(Some(a)) = header.query_selector(&link) {
        let _ = a.set_attribute("aria-current", "page");
    }
}

/// The language a click in the header asks for, if it was on the language
/// switch.
pub fn lang_asked(ev: &Event) -> Option<Lang> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    let button = target.closest(".lang-switch button[lang]").ok()??;
    Lang::from_tag(&button.get_attribute("lang")?)
}

/// Refills `el` with `kids`, keeping the keyboard focus on the new copy of
/// a focused link or button (found by its `data-testid`, its `href` or its
/// `lang`), as when only its words had changed.
pub fn refill(el: &Element, kids: &[Node]) {
    let focused = document()
        .active_element()
        .filter(|a| el.contains(Some(a)))
        .and_then(|a| {
            ["data-testid", "lang", "href"].into_iter().find_map(|k| {
                let v = a.get_attribute(k)?;
                Some(format!(
                    "{}[{k}=\"{}\"]",
                    a.tag_name(),
                    v.replace('"', "\\\"")
                ))
            })
        });
    fill(el, kids);
    if let Some(sel) = focused
        && let Ok(Some(again)) = el.query_selector(&sel)
        && let Ok(again) = again.dyn_into::<HtmlElement>()
    {
        let _ = again.focus();
    }
}

/// The footer's content in `l`.
pub fn footer(l: Lang) -> Vec<Node> {
    vec![h(
        "p",
        &[],
        &[
            tx(shell_text::FOOTER.get(l)),
            tx(" "),
            tx(shell_text::FOOTER_OFFLINE.get(l)),
        ],
    )]
}

/// The messages people search for, what they mean, and where to fix them.
const TROUBLE: [(&str, Text, Page); 5] = [
    (
        "MTA-STS policy missing: STSFetchResult.NONE",
        home_text::TROUBLE_MTA_STS,
        Page::GenMtaSts,
    ),
    (
        "SPF PermError: too many DNS lookups",
        home_text::TROUBLE_SPF,
        Page::GenSpf,
    ),
    (
        "DMARC policy not enabled",
        home_text::TROUBLE_DMARC,
        Page::GenDmarc,
    ),
    (
        "DKIM signature body hash did not verify",
        home_text::TROUBLE_DKIM_BODY,
        Page::GenDkim,
    ),
    (
        "no key for signature",
        home_text::TROUBLE_DKIM_KEY,
        Page::GenDkim,
    ),
];

/// The home page's content in `l`: what Selo does, the tasks, and the
/// messages people search for, each linked to the validator's explanation
/// and to the page that fixes it.
pub fn home(l: Lang) -> Vec<Node> {
    let task = |page: Page, title: Text, text: Text| {
        h(
            "li",
            &[("class", "task")],
            &[
                h(
                    "h3",
                    &[],
                    &[h("a", &[("href", &page.href())], &[tx(title.get(l))])],
                ),
                h("p", &[], &[tx(text.get(l))]),
            ],
        )
    };
    let generators: Vec<Node> = Page::GENERATORS
        .iter()
        .map(|&p| {
            h(
                "li",
                &[],
                &[h("a", &[("href", &p.href())], &[tx(p.title().get(l))])],
            )
        })
        .collect();
    let trouble: Vec<Node> = TROUBLE
        .into_iter()
        .map(|(said, means, page)| {
            let explain = format!(
                "{}#{}",
                Page::Validate.href(),
                String::from(js_sys::encode_uri_component(said))
            );
            h(
                "li",
                &[("class", "trouble-item")],
                &[
                    h(
                        "a",
                        &[("href", &explain), ("data-testid", "trouble-explain")],
                        &[h("code", &[], &[tx(said)])],
                    ),
                    tx(" "),
                    tx(means.get(l)),
                    tx(" "),
                    h(
                        "a",
                        &[("href", &page.href()), ("data-testid", "trouble-fix")],
                        &[tx(page.title().get(l))],
                    ),
                ],
            )
        })
        .collect();
    vec![
        h("h1", &[], &[tx(home_text::TITLE.get(l))]),
        h("p", &[("class", "lead")], &[tx(home_text::INTRO.get(l))]),
        h("p", &[], &[tx(home_text::INTRO2.get(l))]),
        h("h2", &[], &[tx(home_text::TASKS.get(l))]),
        h(
            "ul",
            &[("class", "tasks")],
            &[
                task(
                    Page::Check,
                    home_text::TASK_CHECK,
                    home_text::TASK_CHECK_TEXT,
                ),
                task(
                    Page::Validate,
                    home_text::TASK_VALIDATE,
                    home_text::TASK_VALIDATE_TEXT,
                ),
                task(
                    Page::Reports,
                    home_text::TASK_REPORTS,
                    home_text::TASK_REPORTS_TEXT,
                ),
                task(Page::Analyze, analyze::TITLE, analyze::TASK),
                h(
                    "li",
                    &[("class", "task")],
                    &[
                        h("h3", &[], &[tx(home_text::TASK_GENERATE.get(l))]),
                        h("p", &[], &[tx(home_text::TASK_GENERATE_TEXT.get(l))]),
                        h("ul", &[("class", "task-links")], &generators),
                    ],
                ),
            ],
        ),
        h("h2", &[("id", "trouble")], &[tx(home_text::TROUBLE.get(l))]),
        h(
            "ul",
            &[("class", "trouble"), ("aria-labelledby", "trouble")],
            &trouble,
        ),
    ]
}

/// `<title>` for `page` in `l`.
pub fn set_title(page: Page, l: Lang) {
    document().set_title(&format!("{} · Selo", page.title().get(l)));
}

/// The home page's own module: builds the page in `wanted` (the stored
/// choice or the browser's language; Portuguese once its words are here), marks it ready, and rebuilds it
/// in place when the language switch is used. Its links are plain links:
/// following one loads the whole app.
pub fn start_home(wanted: Lang) {
    let doc = document();
    let Some(body) = doc.body() else {
        return;
    };
    let l = if pack::ready(wanted) {
        wanted
    } else {
        Lang::En
    };
    let el = |tag: &str, attrs: &[(&str, &str)]| -> Element { h(tag, attrs, &[]).unchecked_into() };
    let skip = el("a", &[("class", "skip-link"), ("href", "#main")]);
    let header_el = el("header", &[("class", "site-header")]);
    let main = el("main", &[("id", "main"), ("tabindex", "-1")]);
    let content = el("div", &[("class", "home")]);
    let _ = main.append_child(&content);
    let footer_el = el("footer", &[("class", "site-footer")]);
    i18n::words_missing(!pack::ready(wanted));
    for part in [&skip, &header_el, &main, &footer_el] {
        let _ = body.append_child(part);
    }
    let show = move |l: Lang| {
        skip.set_text_content(Some(shell_text::SKIP.get(l)));
        refill(&header_el, &header(l, Page::Home));
        refill(&content, &home(l));
        fill(&footer_el, &footer(l));
        set_title(Page::Home, l);
        i18n::mark(l);
    };
    show(l);

    // One listener for the page: the language switch and the skip link
    // (not a fragment link: in the app the fragment holds pasted text).
    let on_click = Closure::<dyn Fn(Event)>::new(move |ev: Event| {
        if let Some(asked) = lang_asked(&ev) {
            i18n::remember(asked);
            if pack::ready(asked) {
                i18n::words_missing(false);
                show(asked);
            } else {
                let show = show.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = pack::load().await;
                    i18n::words_missing(!loaded);
                    if loaded {
                        show(asked);
                    }
                });
            }
            return;
        }
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        if target
            .and_then(|t| t.closest(".skip-link").ok().flatten())
            .is_some()
        {
            ev.prevent_default();
            if let Some(main) = document().get_element_by_id("main")
                && let Ok(main) = main.dyn_into::<HtmlElement>()
            {
                let _ = main.focus();
            }
        }
    });
    let _ = body.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The page's one listener lives as long as the page.
    on_click.forget();
}
