//! The Analyze page's own texts and its form, in both languages: the
//! answer to the page's `Request::AnalyzerPage`, each language with `form`
//! (the element tree of the intro and the form, built by the page as the
//! analysis is) and the status and error lines. The page puts its resolver choice (the Check page's,
//! in the page's module) in place of the `analyze-resolver-slot` element.

use crate::tree::{Node, el, text};
use selo::{Lang, Text};
use selo_boundary::{AnalyzerPage, AnalyzerTexts};

texts! {
    INTRO = (
        "Paste a message you received (whole, or only its header) to see why it passed or failed DMARC and what to fix.",
        "Cole uma mensagem recebida (inteira, ou só o cabeçalho) para ver porque passou ou falhou o DMARC e o que corrigir."
    );
    PRIVATE = (
        "The message stays in this browser and never goes in the address: only DNS queries for key and policy names go to the resolver chosen below.",
        "A mensagem fica neste navegador e nunca vai para o endereço: só as consultas DNS dos nomes das chaves e políticas vão para o resolvedor escolhido abaixo."
    );
    TEXT = ("Raw message or its header", "Mensagem em bruto ou o seu cabeçalho");
    TEXT_HINT = (
        "Your mail program's \"Show original\" or \"View source\". Without the body, DKIM body hashes cannot be checked.",
        "O \"Mostrar original\" ou \"Ver código-fonte\" do seu programa de correio. Sem o corpo, os hashes do corpo DKIM não podem ser verificados."
    );
    FILE = ("Or drop a .eml file here, or choose it:", "Ou largue aqui um ficheiro .eml, ou escolha-o:");
    IP = ("Connecting IP (optional)", "IP de ligação (opcional)");
    IP_HINT = (
        "Empty: the one in the Received fields.",
        "Vazio: o dos campos Received."
    );
    MAIL_FROM = ("MAIL FROM (optional)", "MAIL FROM (opcional)");
    MAIL_FROM_HINT = (
        "Empty: the Return-Path; <> for the null sender.",
        "Vazio: o Return-Path; <> para o remetente nulo."
    );
    RUN = ("Analyze", "Analisar");
    EMPTY = ("Paste a message or choose a file first.", "Cole uma mensagem ou escolha um ficheiro primeiro.");
    UNREADABLE = ("This file could not be read.", "Não foi possível ler este ficheiro.");
    RUNNING = ("Checking…", "A verificar…");
    DONE = ("Analysis complete.", "Análise concluída.");
    RESULT = ("Analysis", "Análise");
}

/// The page's texts and form in both languages.
pub fn page() -> AnalyzerPage {
    AnalyzerPage {
        en: one(Lang::En),
        pt: one(Lang::Pt),
    }
}

fn one(l: Lang) -> AnalyzerTexts {
    AnalyzerTexts {
        form: form(l),
        empty: EMPTY.get(l).to_string(),
        unreadable: UNREADABLE.get(l).to_string(),
        running: RUNNING.get(l).to_string(),
        done: DONE.get(l).to_string(),
        result: RESULT.get(l).to_string(),
    }
}

fn label(id: &str, t: Text, l: Lang) -> Node {
    el("label", &[("for", id)], vec![text(t.get(l))])
}

fn hint(id: &str, t: Text, l: Lang) -> Node {
    el("p", &[("class", "hint"), ("id", id)], vec![text(t.get(l))])
}

/// A one-line text field, as the Check page's.
fn field(id: &str, name: Text, help: Text, placeholder: &str, l: Lang) -> Node {
    selo_boundary::tree::text_field(id, name.get(l), help.get(l), placeholder)
}

/// The intro and the form (the page keeps what is typed in it when the
/// language changes).
fn form(l: Lang) -> Node {
    el(
        "div",
        &[],
        vec![
            el("p", &[], vec![text(INTRO.get(l))]),
            el(
                "p",
                &[("class", "analyze-private")],
                vec![text(PRIVATE.get(l))],
            ),
            el(
                "form",
                &[("class", "gen-form check-form analyze-form")],
                vec![
                    el(
                        "div",
                        &[("class", "field")],
                        vec![
                            label("analyze-text", TEXT, l),
                            el(
                                "textarea",
                                &[
                                    ("id", "analyze-text"),
                                    ("rows", "10"),
                                    ("spellcheck", "false"),
                                    ("autocomplete", "off"),
                                    ("aria-describedby", "analyze-text-hint"),
                                ],
                                vec![],
                            ),
                            hint("analyze-text-hint", TEXT_HINT, l),
                        ],
                    ),
                    // The file input is the drop zone: the browser fills
                    // it with the file dropped on it, as if chosen.
                    el(
                        "div",
                        &[("class", "report-drop analyze-drop")],
                        vec![
                            label("analyze-file", FILE, l),
                            el(
                                "input",
                                &[
                                    ("id", "analyze-file"),
                                    ("type", "file"),
                                    ("accept", ".eml,.txt,message/rfc822,text/plain"),
                                ],
                                vec![],
                            ),
                        ],
                    ),
                    field("analyze-ip", IP, IP_HINT, "192.0.2.1", l),
                    field(
                        "analyze-mail-from",
                        MAIL_FROM,
                        MAIL_FROM_HINT,
                        "bounce@example.com",
                        l,
                    ),
                    el("div", &[("class", "analyze-resolver-slot")], vec![]),
                    el(
                        "p",
                        &[],
                        vec![el(
                            "button",
                            &[("type", "submit"), ("class", "analyze-run")],
                            vec![text(RUN.get(l))],
                        )],
                    ),
                ],
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        crate::translated(ALL);
    }

    /// No text of this table is shown with a `{placeholder}` left.
    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let left = selo::Text::unfilled_in(ALL, "page.rs", include_str!("page.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn the_page_message_has_both_languages_with_the_form_and_texts() {
        let AnalyzerPage { en, pt } = page();
        for (texts, run) in [(&en, "Analyze"), (&pt, "Analisar")] {
            let form = texts.form.json();
            assert!(form.contains(run), "{form}");
            for id in [
                "analyze-text",
                "analyze-file",
                "analyze-ip",
                "analyze-mail-from",
            ] {
                assert!(form.contains(&format!(r#""id":"{id}""#)), "{id} in {form}");
            }
            assert!(form.contains("analyze-resolver-slot"));
            for t in [
                &texts.empty,
                &texts.unreadable,
                &texts.running,
                &texts.done,
                &texts.result,
            ] {
                assert!(!t.is_empty());
            }
        }
        assert_eq!(pt.done, "Análise concluída.");
    }
}
