//! The Analyze page's own texts and its form, in both languages: posted to
//! the page once the analyzer runs (`{"type": "page", "en": {...}, "pt":
//! {...}}`), each language with `form` (the element tree of the intro and
//! the form, built by the page as the analysis is) and `texts` (the status
//! and error lines). The page puts its resolver choice (the Check page's,
//! in the page's module) in place of the `analyze-resolver-slot` element.

use crate::tree::{Node, el, text};
use selo::{Lang, Text};

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

/// The `page` message.
pub fn page() -> String {
    serde_json::json!({"type": "page", "en": one(Lang::En), "pt": one(Lang::Pt)}).to_string()
}

fn one(l: Lang) -> serde_json::Value {
    serde_json::json!({
        "form": form(l),
        "texts": {
            "empty": EMPTY.get(l),
            "unreadable": UNREADABLE.get(l),
            "running": RUNNING.get(l),
            "done": DONE.get(l),
            "result": RESULT.get(l),
        },
    })
}

fn label(id: &str, t: Text, l: Lang) -> Node {
    el("label", &[("for", id)], vec![text(t.get(l))])
}

fn hint(id: &str, t: Text, l: Lang) -> Node {
    el("p", &[("class", "hint"), ("id", id)], vec![text(t.get(l))])
}

/// A one-line text field, as the Check page's.
fn field(id: &str, name: Text, help: Text, placeholder: &str, l: Lang) -> Node {
    let hint_id = format!("{id}-hint");
    el(
        "div",
        &[("class", "field")],
        vec![
            label(id, name, l),
            el(
                "input",
                &[
                    ("id", id),
                    ("type", "text"),
                    ("autocomplete", "off"),
                    ("autocapitalize", "off"),
                    ("spellcheck", "false"),
                    ("placeholder", placeholder),
                    ("aria-describedby", &hint_id),
                ],
                vec![],
            ),
            hint(&hint_id, help, l),
        ],
    )
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

    #[test]
    fn the_page_message_has_both_languages_with_the_form_and_texts() {
        let v: serde_json::Value = serde_json::from_str(&page()).unwrap();
        assert_eq!(v["type"], "page");
        for (l, run) in [("en", "Analyze"), ("pt", "Analisar")] {
            let form = v[l]["form"].to_string();
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
            for k in ["empty", "unreadable", "running", "done", "result"] {
                assert!(
                    v[l]["texts"][k].as_str().is_some_and(|t| !t.is_empty()),
                    "{l} {k}"
                );
            }
        }
        assert_eq!(v["pt"]["texts"]["done"], "Análise concluída.");
    }
}
