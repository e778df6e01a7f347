//! The sender-requirements checklist of the Analyze page (for a message,
//! built in the analyzer, which includes this file) and of the Check page
//! (for a domain, in the engine worker): the rows of
//! [`selo::requirements`], one column per provider (Gmail, Yahoo,
//! Outlook.com), each rule with what was seen, its fix and the provider's
//! page; and a pasted bounce text recognised
//! ([`selo::requirements::bounce`]), each code pointing at its rows.

use crate::tree::{Node, el, text};
use selo::Lang;
use selo::requirements::{Check, Provider, Row, bounce, rules};

selo::texts! {
    TITLE = ("Will Gmail, Yahoo and Outlook.com accept it?", "O Gmail, o Yahoo e o Outlook.com vão aceitá-la?");
    INTRO = (
        "Their sender requirements, checked on this message. Unknown: it cannot be seen in one message. Selo never opens an unsubscribe link.",
        "Os requisitos de envio deles, verificados nesta mensagem. Desconhecido: não se vê numa mensagem. O Selo nunca abre uma ligação de cancelamento."
    );
    TITLE_DOMAIN = (
        "Will Gmail, Yahoo and Outlook.com accept mail from {domain}?",
        "O Gmail, o Yahoo e o Outlook.com vão aceitar correio de {domain}?"
    );
    INTRO_DOMAIN = (
        "What their sender requirements ask of the domain's records. Unknown: it is seen in a message you sent; paste one in Analyze.",
        "O que os requisitos de envio deles pedem aos registos do domínio. Desconhecido: vê-se numa mensagem que enviou; cole uma em Analisar."
    );
    RULE = ("Rule", "Regra");
    SEEN = ("What was seen", "O que se viu");
    NOT_ASKED = ("not asked", "não pedido");
    FIX_IN = ("Fix it in the generator", "Corrigir no gerador");
    ASKS = ("What each asks", "O que cada um pede");
    SOURCES = (
        "The providers' pages were read on {date}: each rule links to its own.",
        "As páginas dos fornecedores foram lidas em {date}: cada regra liga para a sua."
    );
    BOUNCE = ("The rejection pasted", "A rejeição colada");
    BOUNCE_ROWS = ("Rows it means:", "Linhas a que se refere:");
    TEMPORARY = ("temporary: retried, not yet refused", "temporária: repetida, ainda não recusada");
}

/// The anchor of a rule's row (`requirements-spf-pass`).
pub fn anchor(c: Check) -> String {
    format!("requirements-{}", c.id())
}

/// The checklist section of a message: a table of rules by provider.
pub fn checklist(rows: &[Row], l: Lang) -> Node {
    let head = [
        el("h3", &[], vec![text(TITLE.get(l))]),
        el("p", &[], vec![text(INTRO.get(l))]),
    ];
    table(rows, head, "analyze-section analyze-requirements", l)
}

/// The checklist section of the domain `domain` (its Unicode name).
pub fn for_domain(rows: &[Row], domain: &str, l: Lang) -> Node {
    let head = [
        el(
            "h3",
            &[],
            vec![text(TITLE_DOMAIN.fill(l, &[("domain", domain)]))],
        ),
        el("p", &[], vec![text(INTRO_DOMAIN.get(l))]),
    ];
    table(rows, head, "check-requirements", l)
}

/// The Check page's report `tree` with the domain's checklist at its end
/// (unchanged when there are no rows).
pub fn after(mut tree: Node, rows: &[Row], domain: &str, l: Lang) -> Node {
    if let (Node::El(_, _, children), false) = (&mut tree, rows.is_empty()) {
        children.push(for_domain(rows, domain, l));
    }
    tree
}

fn table(rows: &[Row], intro: [Node; 2], class: &str, l: Lang) -> Node {
    let mut head = vec![el("th", &[("scope", "col")], vec![text(RULE.get(l))])];
    for p in Provider::ALL {
        head.push(el("th", &[("scope", "col")], vec![text(p.name())]));
    }
    head.push(el("th", &[("scope", "col")], vec![text(SEEN.get(l))]));
    let mut body = Vec::new();
    for check in Check::ALL {
        let of: Vec<&Row> = rows.iter().filter(|r| r.rule.check == check).collect();
        let Some(first) = of.first() else { continue };
        let id = anchor(check);
        let mut cells = vec![el(
            "th",
            &[("scope", "row")],
            vec![text(check.name().get(l))],
        )];
        for p in Provider::ALL {
            cells.push(match of.iter().find(|r| r.provider == p) {
                Some(r) => el(
                    "td",
                    &[("data-kind", &p.name().to_ascii_lowercase())],
                    vec![el(
                        "span",
                        &[
                            ("class", &format!("result result-{}", r.status.as_str())),
                            ("data-status", r.status.as_str()),
                        ],
                        vec![text(r.status.word().get(l))],
                    )],
                ),
                None => el(
                    "td",
                    &[
                        ("data-kind", &p.name().to_ascii_lowercase()),
                        ("data-status", "not-asked"),
                    ],
                    vec![text(NOT_ASKED.get(l))],
                ),
            });
        }
        let mut seen = vec![el("p", &[], vec![text(first.evidence.get(l))])];
        if let Some(fix) = &first.fix {
            let mut p = vec![text(fix.text.get(l))];
            if let Some(href) = &fix.href {
                p.push(text(" "));
                p.push(el("a", &[("href", href)], vec![text(FIX_IN.get(l))]));
            }
            seen.push(el("p", &[("class", "requirements-fix")], p));
        }
        let asks: Vec<Node> = of
            .iter()
            .map(|r| {
                el(
                    "li",
                    &[],
                    vec![
                        el("strong", &[], vec![text(r.provider.name())]),
                        text(": "),
                        text(r.rule.asks.get(l)),
                        text(" "),
                        el(
                            "a",
                            &[
                                ("href", r.rule.source),
                                ("rel", "noopener noreferrer"),
                                ("target", "_blank"),
                            ],
                            vec![text(
                                r.rule.source.split('/').nth(2).unwrap_or(r.rule.source),
                            )],
                        ),
                    ],
                )
            })
            .collect();
        seen.push(el(
            "details",
            &[],
            vec![
                el("summary", &[], vec![text(ASKS.get(l))]),
                el("ul", &[], asks),
            ],
        ));
        cells.push(el("td", &[], seen));
        body.push(el(
            "tr",
            &[
                ("id", &id),
                ("data-kind", check.id()),
                ("data-status", first.status.as_str()),
            ],
            cells,
        ));
    }
    let [title, intro] = intro;
    el(
        "section",
        &[("class", class), ("data-kind", "requirements")],
        vec![
            title,
            intro,
            el(
                "div",
                &[("class", "table-scroll")],
                vec![el(
                    "table",
                    &[("class", "requirements")],
                    vec![
                        el("thead", &[], vec![el("tr", &[], head)]),
                        el("tbody", &[], body),
                    ],
                )],
            ),
            el(
                "p",
                &[("class", "hint")],
                vec![text(SOURCES.fill(l, &[("date", rules::READ_ON)]))],
            ),
        ],
    )
}

/// The bounce section, when `pasted` holds a provider's rejection code:
/// each code, what it means, and links to the rows it means.
pub fn bounces(pasted: &str, l: Lang) -> Option<Node> {
    let found = bounce::recognize(pasted);
    if found.is_empty() {
        return None;
    }
    let items = found
        .iter()
        .map(|b| {
            let mut line = vec![
                el("code", &[], vec![text(&b.code)]),
                text(" "),
                text(b.meaning.get(l)),
            ];
            if b.temporary {
                line.push(text(format!(" ({})", TEMPORARY.get(l))));
            }
            line.push(text(format!(" {} ", BOUNCE_ROWS.get(l))));
            for (i, c) in b.checks.iter().enumerate() {
                if i > 0 {
                    line.push(text(", "));
                }
                line.push(el(
                    "a",
                    &[("href", &format!("#{}", anchor(*c))), ("data-kind", c.id())],
                    vec![text(c.name().get(l))],
                ));
            }
            el("li", &[("data-code", &b.code)], line)
        })
        .collect();
    Some(el(
        "section",
        &[
            ("class", "analyze-section analyze-bounce"),
            ("data-kind", "bounce"),
        ],
        vec![
            el("h3", &[], vec![text(BOUNCE.get(l))]),
            el("ul", &[], items),
        ],
    ))
}

/// The rules' names, in both languages, checked like the texts above.
#[cfg(test)]
const NAMES: [(&str, selo::Text); 11] = [
    ("spf", Check::SpfPass.name()),
    ("dkim", Check::DkimPass.name()),
    ("policy", Check::DmarcPolicy.name()),
    ("alignment", Check::DmarcAlignment.name()),
    ("key", Check::DkimKeySize.name()),
    ("rdns", Check::ReverseDns.name()),
    ("tls", Check::Tls.name()),
    ("format", Check::MessageFormat.name()),
    ("unsubscribe", Check::OneClickUnsubscribe.name()),
    ("spam", Check::SpamRate.name()),
    ("volume", Check::Volume.name()),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        for (name, t) in ALL.iter().chain(&NAMES) {
            assert!(!t.en.trim().is_empty() && !t.pt.trim().is_empty(), "{name}");
            assert_ne!(t.en, t.pt, "{name} is not translated");
            let holes = |s: &'static str| {
                let mut v: Vec<&str> = selo::diagnostic::placeholders(s).collect();
                v.sort();
                v
            };
            assert_eq!(holes(t.en), holes(t.pt), "{name}: placeholders differ");
        }
    }

    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let left = selo::Text::unfilled_in(ALL, "requirements.rs", include_str!("requirements.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn a_bounce_points_at_its_rows_in_both_languages() {
        let text = "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.";
        let en = bounces(text, Lang::En).unwrap().json();
        assert!(en.contains(r##""href":"#requirements-spf-pass""##), "{en}");
        assert!(
            en.contains(r##""href":"#requirements-dmarc-alignment""##),
            "{en}"
        );
        assert!(en.contains("Outlook.com: the sending domain"), "{en}");
        let pt = bounces(text, Lang::Pt).unwrap().json();
        assert!(pt.contains("Linhas a que se refere"), "{pt}");
        assert!(bounces("Hello", Lang::En).is_none());
    }

    #[test]
    fn the_domain_checklist_goes_after_the_check_report() {
        use selo::requirements::{Finding, Status, Words, expand};
        let rows = expand(&[Finding::new(
            Check::DmarcPolicy,
            Status::Warning,
            Words::same("p=none"),
        )]);
        let tree = after(
            el("div", &[("class", "check-report")], vec![]),
            &rows,
            "exemplo.pt",
            Lang::Pt,
        );
        let json = tree.json();
        assert!(
            json.contains("O Gmail, o Yahoo e o Outlook.com vão aceitar correio de exemplo.pt?"),
            "{json}"
        );
        assert!(
            json.contains(r#""id":"requirements-dmarc-policy""#),
            "{json}"
        );
        assert!(
            json.contains(r#""data-status":"warning"},"aviso""#),
            "{json}"
        );
        // No rows (a domain that does not exist): the report is unchanged.
        let bare = after(el("div", &[], vec![]), &[], "x", Lang::En);
        assert_eq!(bare, el("div", &[], vec![]));
    }
}
