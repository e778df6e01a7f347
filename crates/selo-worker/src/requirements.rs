//! The sender-requirements checklist of the Analyze page (for a message,
//! built in the analyzer, which includes this file) and of the Check page
//! (for a domain, in the engine worker, which turns it into its element
//! tree in `checklist.rs`), as the typed view-model of
//! [`selo_boundary::analysis`]: the rows of [`selo::requirements`], one
//! column per provider (Gmail, Yahoo, Outlook.com), each rule with what was
//! seen, its fix and the provider's page; and a pasted bounce text
//! recognised ([`selo::requirements::bounce`]), each code pointing at its
//! rows.

use selo::Lang;
use selo::requirements::{Check, Provider, Row, bounce, rules};
use selo_boundary::analysis::{Ask, Bounce, Bounces, Cell, Checklist, Link, Rule};
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

/// The checklist of a message.
pub fn checklist(rows: &[Row], l: Lang) -> Checklist {
    view(rows, TITLE.get(l).into(), INTRO.get(l).into(), l)
}

/// The checklist of the domain `domain` (its Unicode name).
pub fn for_domain(rows: &[Row], domain: &str, l: Lang) -> Checklist {
    let title = TITLE_DOMAIN.fill(l, &[("domain", domain)]);
    view(rows, title, INTRO_DOMAIN.get(l).into(), l)
}

fn view(rows: &[Row], title: String, intro: String, l: Lang) -> Checklist {
    let mut heads = vec![RULE.get(l).to_string()];
    heads.extend(Provider::ALL.iter().map(|p| p.name().to_string()));
    heads.push(SEEN.get(l).to_string());
    let mut out = Vec::new();
    for check in Check::ALL {
        let of: Vec<&Row> = rows.iter().filter(|r| r.rule.check == check).collect();
        let Some(first) = of.first() else { continue };
        let cells = Provider::ALL
            .iter()
            .map(|&p| {
                let r = of.iter().find(|r| r.provider == p);
                Cell {
                    provider: p.name().to_ascii_lowercase(),
                    status: r.map(|r| r.status.as_str().to_string()),
                    word: r.map_or(NOT_ASKED, |r| r.status.word()).get(l).to_string(),
                }
            })
            .collect();
        let fix = first.fix.as_ref().map(|fix| {
            let link = fix.href.as_ref().map(|href| Link {
                href: href.clone(),
                kind: String::new(),
                text: FIX_IN.get(l).to_string(),
            });
            (fix.text.get(l).to_string(), link)
        });
        let asks = of
            .iter()
            .map(|r| Ask {
                provider: r.provider.name().to_string(),
                asks: r.rule.asks.get(l).to_string(),
                href: r.rule.source.to_string(),
                host: r
                    .rule
                    .source
                    .split('/')
                    .nth(2)
                    .unwrap_or(r.rule.source)
                    .to_string(),
            })
            .collect();
        out.push(Rule {
            id: anchor(check),
            kind: check.id().to_string(),
            status: first.status.as_str().to_string(),
            name: check.name().get(l).to_string(),
            cells,
            seen: first.evidence.get(l).to_string(),
            fix,
            asks_title: ASKS.get(l).to_string(),
            asks,
        });
    }
    Checklist {
        title,
        intro,
        heads,
        rows: out,
        sources: SOURCES.fill(l, &[("date", rules::READ_ON)]),
    }
}

/// The bounce section, when `pasted` holds a provider's rejection code:
/// each code, what it means, and links to the rows it means.
pub fn bounces(pasted: &str, l: Lang) -> Option<Bounces> {
    let found = bounce::recognize(pasted);
    if found.is_empty() {
        return None;
    }
    let items = found
        .iter()
        .map(|b| {
            let mut meaning = b.meaning.get(l).to_string();
            if b.temporary {
                meaning.push_str(&format!(" ({})", TEMPORARY.get(l)));
            }
            Bounce {
                code: b.code.clone(),
                meaning,
                rows_label: BOUNCE_ROWS.get(l).to_string(),
                rows: b
                    .checks
                    .iter()
                    .map(|c| Link {
                        href: format!("#{}", anchor(*c)),
                        kind: c.id().to_string(),
                        text: c.name().get(l).to_string(),
                    })
                    .collect(),
            }
        })
        .collect();
    Some(Bounces {
        title: BOUNCE.get(l).to_string(),
        items,
    })
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
        let en = bounces(text, Lang::En).unwrap();
        let hrefs: Vec<&str> = en.items[0].rows.iter().map(|r| r.href.as_str()).collect();
        assert!(hrefs.contains(&"#requirements-spf-pass"), "{hrefs:?}");
        assert!(
            hrefs.contains(&"#requirements-dmarc-alignment"),
            "{hrefs:?}"
        );
        assert!(
            en.items[0]
                .meaning
                .starts_with("Outlook.com: the sending domain"),
            "{en:?}"
        );
        let pt = bounces(text, Lang::Pt).unwrap();
        assert_eq!(pt.items[0].rows_label, "Linhas a que se refere:");
        assert!(bounces("Hello", Lang::En).is_none());
    }

    #[test]
    fn the_domain_checklist_is_in_its_language() {
        use selo::requirements::{Finding, Status, Words, expand};
        let rows = expand(&[Finding::new(
            Check::DmarcPolicy,
            Status::Warning,
            Words::same("p=none"),
        )]);
        let list = for_domain(&rows, "exemplo.pt", Lang::Pt);
        assert_eq!(
            list.title,
            "O Gmail, o Yahoo e o Outlook.com vão aceitar correio de exemplo.pt?"
        );
        let row = &list.rows[0];
        assert_eq!(row.id, "requirements-dmarc-policy");
        assert_eq!(row.status, "warning");
        assert_eq!(row.cells[0].word, "aviso");
        assert_eq!(list.heads.len(), 2 + Provider::ALL.len());
    }
}
