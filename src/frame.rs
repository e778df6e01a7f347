//! The home page, written as static HTML when the site is built: its
//! header, content and footer are the app's own components ([`Header`],
//! [`HomeContent`], [`Footer`]), rendered to HTML in each language by the
//! native program `src/bin/page-map.rs` (run by `scripts/pre_build.mjs`).
//! `index.html`'s loader shows the file of the chosen language; a visit to
//! the home page downloads no wasm at all.

use crate::Page;
use crate::components::{footer::Footer, header::Header};
use crate::i18n::{Lang, Text, analyze, common as shell_text, home as home_text, t};
use leptos::prelude::*;

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

/// The home page's content: what Selo does, the tasks, and the messages
/// people search for, each linked to the validator's explanation and to the
/// page that fixes it.
#[component]
pub fn HomeContent() -> impl IntoView {
    let task = |page: Page, title: Text, text: Text| {
        view! {
            <li class="task">
                <h3>
                    <a href=page.href()>{t(title)}</a>
                </h3>
                <p>{t(text)}</p>
            </li>
        }
    };
    let generators = Page::GENERATORS
        .iter()
        .map(|&p| {
            view! {
                <li>
                    <a href=p.href()>{t(p.title())}</a>
                </li>
            }
        })
        .collect_view();
    let trouble = TROUBLE
        .into_iter()
        .map(|(said, means, page)| {
            let explain = format!("{}#{}", Page::Validate.href(), selo::handoff::enc(said));
            view! {
                <li class="trouble-item">
                    <a href=explain data-testid="trouble-explain">
                        <code>{said}</code>
                    </a>
                    " "
                    {t(means)}
                    " "
                    <a href=page.href() data-testid="trouble-fix">
                        {t(page.title())}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="home">
            <h1>{t(home_text::TITLE)}</h1>
            <p class="lead">{t(home_text::INTRO)}</p>
            <p>{t(home_text::INTRO2)}</p>
            <h2>{t(home_text::TASKS)}</h2>
            <ul class="tasks">
                {task(Page::Check, home_text::TASK_CHECK, home_text::TASK_CHECK_TEXT)}
                {task(Page::Validate, home_text::TASK_VALIDATE, home_text::TASK_VALIDATE_TEXT)}
                {task(Page::Reports, home_text::TASK_REPORTS, home_text::TASK_REPORTS_TEXT)}
                {task(Page::Analyze, analyze::TITLE, analyze::TASK)}
                <li class="task">
                    <h3>{t(home_text::TASK_GENERATE)}</h3>
                    <p>{t(home_text::TASK_GENERATE_TEXT)}</p>
                    <ul class="task-links">{generators}</ul>
                </li>
            </ul>
            <h2 id="trouble">{t(home_text::TROUBLE)}</h2>
            <ul class="trouble" aria-labelledby="trouble">
                {trouble}
            </ul>
        </div>
    }
}

/// The home page in `l`, as the build writes it: its `<title>` and the
/// body's HTML (the skip link, the header, `<main>` and the footer, as the
/// app's modules show them around their pages). Portuguese needs the
/// Portuguese words installed first ([`crate::i18n::pack::install_all`]).
pub fn home_html(l: Lang) -> (String, String) {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RwSignal::new(l));
        let title = format!("{} · Selo", Page::Home.title().get(l));
        // A plain skip link: on this page the fragment holds nothing else.
        let body = untrack(|| {
            view! {
                <a class="skip-link" href="#main">
                    {shell_text::SKIP.get(l)}
                </a>
                <Header page=Memo::new(|_| Page::Home) />
                <main id="main" tabindex="-1">
                    <HomeContent />
                </main>
                <Footer />
            }
            .to_html()
        });
        (title, body)
    })
}

/// `<title>` for `page` in `l`.
pub fn set_title(page: Page, l: Lang) {
    leptos::prelude::document().set_title(&format!("{} · Selo", page.title().get(l)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_page_is_written_in_both_languages_with_the_apps_header_and_footer() {
        crate::i18n::pack::install_all();
        let (title, en) = home_html(Lang::En);
        assert_eq!(title, "Protect your domain's email · Selo");
        for part in [
            r#"<a href="?" data-testid="nav-home" aria-current="page">Home</a>"#,
            r#"<a href="?page=validate" data-testid="nav-validate">Validate</a>"#,
            r#"<button type="button" lang="pt-PT" aria-pressed="false">Português</button>"#,
            r#"<a href="?page=validate#SPF%20PermError%3A%20too%20many%20DNS%20lookups" data-testid="trouble-explain">"#,
            r#"<main id="main" tabindex="-1">"#,
            r#"<footer class="site-footer">"#,
        ] {
            assert!(en.contains(part), "{part} not in {en}");
        }
        let (title, pt) = home_html(Lang::Pt);
        assert_eq!(title, "Proteja o correio do seu domínio · Selo");
        for part in [
            ">Início</a>",
            r#"<button type="button" lang="pt-PT" aria-pressed="true">Português</button>"#,
            "Saltar para o conteúdo",
        ] {
            assert!(pt.contains(part), "{part} not in {pt}");
        }
        // The same markup, other words: no English sentence of the tables left.
        assert!(!pt.contains("Protect your domain"));
        assert_eq!(en.matches("<li").count(), pt.matches("<li").count());
    }
}
