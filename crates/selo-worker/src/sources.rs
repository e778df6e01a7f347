//! The Reports page's view of a batch as a whole: the duplicates counted
//! once, the sources grouped by sender with their class, reason and fix,
//! what `p=quarantine` and `p=reject` would do with the next record to
//! publish, and the DKIM selectors with links to the Check page (see
//! [`selo::report::sources`] and [`selo::report::readiness`]).

use crate::reports::{MESSAGE_COUNT, SOURCE_COUNT, count, counted, scroll};
use crate::tree::{Node, el, head_row, text};
use selo::report::enrich::Enrichment;
use selo::report::readiness::{self, Published, Scope};
use selo::report::sources::{self, Batch, Class, SourceView};
use selo::{Lang, Text};
use std::collections::{BTreeMap, HashMap};

texts! {
    START_OVER = ("Start over", "Recomeçar");
    GROWS = (
        "Files you drop or choose next join this batch.",
        "Os ficheiros que largar ou escolher a seguir juntam-se a este lote."
    );
    DUPLICATES = ("Reports counted once", "Relatórios contados uma vez");
    SENDERS = ("Who sends as your domain", "Quem envia como o seu domínio");
    SENDERS_NOTE = (
        "One row per sender; open a row for its addresses. Name the sources to see each address's name and network.",
        "Uma linha por remetente; abra uma linha para ver os seus endereços. Identifique as origens para ver o nome e a rede de cada endereço."
    );
    COL_SENDER = ("Sender", "Remetente");
    COL_CLASS = ("What it is", "O que é");
    COL_MESSAGES = ("Messages", "Mensagens");
    COL_FAILING = ("Failing DMARC", "Falham o DMARC");
    COL_WHY = ("Why", "Porquê");
    COL_FIX = ("Fix", "Correção");
    MORE_ADDRESSES = ("and {n} more, in the exports", "e mais {n}, nas exportações");
    CONFIRMED = ("confirmed", "confirmado");
    NOT_CONFIRMED = ("not confirmed", "não confirmado");
    OPEN_DKIM = ("Open the DKIM generator for {sender}", "Abrir o gerador de DKIM para {sender}");
    NOTHING_TO_FIX = ("Nothing to fix.", "Nada a corrigir.");
    READINESS = (
        "What happens at p=quarantine and p=reject",
        "O que acontece com p=quarantine e p=reject"
    );
    READINESS_NOTE = (
        "Mail that fails DMARC today would go to spam at p=quarantine and be refused at p=reject.",
        "O correio que hoje falha o DMARC iria para o spam com p=quarantine e seria recusado com p=reject."
    );
    COL_DOMAIN = ("Domain", "Domínio");
    COL_NOW = ("Published", "Publicado");
    COL_LEGIT = ("Your mail that would fail", "Correio seu que falharia");
    COL_FORGED = ("Forged mail stopped", "Correio falsificado travado");
    COL_FORWARDED = ("Forwarded mail that fails", "Correio reencaminhado que falha");
    COL_NEXT = ("Next record", "Próximo registo");
    SUBDOMAINS = ("{domain} subdomains", "subdomínios de {domain}");
    FROM_SOURCES = ("{messages} from {sources}", "{messages} de {sources}");
    READ_DMARC = (
        "Read the record published at _dmarc.{domain}",
        "Ler o registo publicado em _dmarc.{domain}"
    );
    FIX_FIRST = ("Fix first: {list}", "Corrija primeiro: {list}");
    OPEN_DMARC = ("Open the DMARC generator with it", "Abrir o gerador de DMARC com ele");
    AT_REJECT = ("Already at p=reject.", "Já em p=reject.");
    SELECTORS = ("DKIM selectors in the reports", "Seletores DKIM nos relatórios");
    SELECTORS_NOTE = (
        "Each link opens the Check page with that selector, so the check looks its key up.",
        "Cada ligação abre a página Verificar com esse seletor, para que a verificação consulte a sua chave."
    );
    CHECK_ALL = ("Check {domain} with all of them", "Verificar {domain} com todos");
}

/// "1 address", "3 addresses".
const ADDRESS_COUNT: selo::diagnostic::Plural =
    selo::diagnostic::Plural::new(("address", "addresses"), ("endereço", "endereços"));

/// Groups shown (the exports have every source).
pub const MAX_GROUPS: usize = 100;
/// Addresses listed under a group.
pub const MAX_IPS: usize = 50;

fn address_line(s: &SourceView, l: Lang) -> Node {
    let mut kids = vec![el("code", &[], vec![text(&s.ip)])];
    kids.push(text(format!(" ({})", count(s.messages, l))));
    if let Some(p) = &s.ptr {
        let word = if s.ptr_confirmed {
            CONFIRMED
        } else {
            NOT_CONFIRMED
        };
        kids.push(text(" "));
        kids.push(el("span", &[("class", "nowrap")], vec![text(p)]));
        kids.push(text(format!(" ({})", word.get(l))));
    }
    if let Some(n) = s.asn {
        let name = s.as_name.as_deref().unwrap_or("");
        kids.push(text(format!(" AS{n} {name}").trim_end().to_string()));
    }
    if let Some(e) = &s.lookup_error {
        kids.push(text(format!(" ({e})")));
    }
    el("li", &[("data-kind", s.class.code())], kids)
}

/// The sections the batch summary gains: "Start over", duplicates,
/// senders, readiness (the next record written on the published one of
/// each domain in `published`, once read), selectors.
pub fn view(
    b: &Batch,
    found: &Enrichment,
    published: &BTreeMap<String, Published>,
    l: Lang,
) -> Vec<Node> {
    let mut out = vec![el(
        "p",
        &[("class", "report-start-over")],
        vec![
            text(GROWS.get(l)),
            text(" "),
            el(
                "button",
                &[("type", "button"), ("data-kind", "start-over")],
                vec![text(START_OVER.get(l))],
            ),
        ],
    )];
    if !b.duplicates.is_empty() {
        out.push(el("h4", &[], vec![text(DUPLICATES.get(l))]));
        out.push(el(
            "ul",
            &[("class", "report-duplicates")],
            b.duplicates
                .iter()
                .map(|d| el("li", &[], vec![text(d.note(l))]))
                .collect(),
        ));
    }
    if b.ips.is_empty() {
        return out;
    }
    let list = b.sources(found, l);
    let groups = sources::groups(&list, found, b);
    let by_ip: HashMap<&str, &SourceView> = list.iter().map(|s| (s.ip.as_str(), s)).collect();
    out.push(el("h4", &[], vec![text(SENDERS.get(l))]));
    out.push(el(
        "p",
        &[("class", "report-cut")],
        vec![text(SENDERS_NOTE.get(l))],
    ));
    let rows: Vec<Node> = groups
        .iter()
        .take(MAX_GROUPS)
        .map(|g| {
            let mut ips: Vec<Node> = g
                .ips
                .iter()
                .take(MAX_IPS)
                .filter_map(|ip| by_ip.get(ip.as_str()))
                .map(|s| address_line(s, l))
                .collect();
            if g.ips.len() > MAX_IPS {
                let n = count((g.ips.len() - MAX_IPS) as u64, l);
                ips.push(el(
                    "li",
                    &[],
                    vec![text(MORE_ADDRESSES.fill(l, &[("n", &n)]))],
                ));
            }
            let n = counted(g.ips.len() as u64, ADDRESS_COUNT, l);
            let who = el(
                "details",
                &[],
                vec![
                    el(
                        "summary",
                        &[],
                        vec![
                            el("strong", &[], vec![text(&g.name)]),
                            text(format!(" ({n})")),
                        ],
                    ),
                    el("ul", &[("class", "report-addresses")], ips),
                ],
            );
            let mut fix = Vec::new();
            match (&g.fix, g.class) {
                (Some(f), _) => fix.push(el("p", &[], vec![text(f)])),
                (None, Class::Forged | Class::Forwarded | Class::Aligned) => {
                    fix.push(text(NOTHING_TO_FIX.get(l)))
                }
                (None, Class::YourSender) => {}
            }
            if let Some(href) = &g.fix_link {
                let sender = g.name.as_str();
                fix.push(el(
                    "a",
                    &[("href", href)],
                    vec![text(OPEN_DKIM.fill(l, &[("sender", sender)]))],
                ));
            }
            let status = if g.failing() > 0 { "fail" } else { "pass" };
            el(
                "tr",
                &[("data-kind", g.class.code()), ("data-status", status)],
                vec![
                    el("td", &[], vec![who]),
                    el("td", &[], vec![text(g.class.label().get(l))]),
                    el("td", &[], vec![text(count(g.messages, l))]),
                    el("td", &[], vec![text(count(g.failing(), l))]),
                    el("td", &[], vec![text(g.reason.as_ref())]),
                    el("td", &[], fix),
                ],
            )
        })
        .collect();
    out.push(scroll(el(
        "table",
        &[("class", "report-senders")],
        vec![
            head_row(
                &[
                    COL_SENDER,
                    COL_CLASS,
                    COL_MESSAGES,
                    COL_FAILING,
                    COL_WHY,
                    COL_FIX,
                ],
                l,
            ),
            el("tbody", &[], rows),
        ],
    )));
    let mut ready = readiness::readiness(b, &list, l);
    for r in &mut ready {
        if let Some(p) = published.get(&r.domain) {
            readiness::on_published(r, p, l);
        }
    }
    if !ready.is_empty() {
        out.push(el("h4", &[], vec![text(READINESS.get(l))]));
        out.push(el(
            "p",
            &[("class", "report-cut")],
            vec![text(READINESS_NOTE.get(l))],
        ));
        let rows: Vec<Node> = ready
            .iter()
            .map(|r| {
                let domain = match r.scope {
                    Scope::Domain => r.domain.clone(),
                    Scope::Subdomains => SUBDOMAINS.fill(l, &[("domain", &r.domain)]),
                };
                let mut now = format!("{}={}", r.tag, r.current);
                if r.testing {
                    now.push_str("; t=y");
                }
                let mut legit = vec![text(FROM_SOURCES.fill(
                    l,
                    &[
                        (
                            "messages",
                            &counted(r.reject.legitimate_messages, MESSAGE_COUNT, l),
                        ),
                        (
                            "sources",
                            &counted(r.reject.legitimate_sources, SOURCE_COUNT, l),
                        ),
                    ],
                ))];
                if !r.fix_first.is_empty() {
                    let list: Vec<String> = r
                        .fix_first
                        .iter()
                        .take(5)
                        .map(|f| format!("{} ({})", f.name, count(f.failing, l)))
                        .collect();
                    legit.push(el(
                        "p",
                        &[],
                        vec![text(FIX_FIRST.fill(l, &[("list", &list.join(", "))]))],
                    ));
                }
                let next = match &r.next {
                    None => vec![text(AT_REJECT.get(l))],
                    Some(n) => {
                        let mut v = vec![
                            el("code", &[], vec![text(&n.record)]),
                            el("p", &[], vec![text(&n.why)]),
                        ];
                        if let Some(note) = &n.note {
                            v.push(el("p", &[("class", "report-keep")], vec![text(note)]));
                        }
                        // The generator opens with this record only once the
                        // published one was read: written from the reports
                        // alone, it would drop the domain's rua=.
                        let read = published.contains_key(&r.domain);
                        if let Some(href) = n.link.as_ref().filter(|_| read) {
                            v.push(el("a", &[("href", href)], vec![text(OPEN_DMARC.get(l))]));
                        }
                        if !read {
                            v.push(el(
                                "button",
                                &[("type", "button"), ("data-kind", "read-dmarc")],
                                vec![text(READ_DMARC.fill(l, &[("domain", &r.domain)]))],
                            ));
                        }
                        v
                    }
                };
                let status = if r.reject.safe { "pass" } else { "fail" };
                el(
                    "tr",
                    &[("data-status", status)],
                    vec![
                        el("td", &[], vec![text(domain)]),
                        el("td", &[], vec![el("code", &[], vec![text(now)])]),
                        el("td", &[], legit),
                        el(
                            "td",
                            &[],
                            vec![text(FROM_SOURCES.fill(
                                l,
                                &[
                                    (
                                        "messages",
                                        &counted(r.reject.forged_messages, MESSAGE_COUNT, l),
                                    ),
                                    (
                                        "sources",
                                        &counted(r.reject.forged_sources, SOURCE_COUNT, l),
                                    ),
                                ],
                            ))],
                        ),
                        el("td", &[], vec![text(count(r.reject.forwarded_messages, l))]),
                        el("td", &[], next),
                    ],
                )
            })
            .collect();
        out.push(scroll(el(
            "table",
            &[("class", "report-readiness")],
            vec![
                head_row(
                    &[
                        COL_DOMAIN,
                        COL_NOW,
                        COL_LEGIT,
                        COL_FORGED,
                        COL_FORWARDED,
                        COL_NEXT,
                    ],
                    l,
                ),
                el("tbody", &[], rows),
            ],
        )));
    }
    let selectors = readiness::selectors(b);
    if !selectors.is_empty() {
        out.push(el("h4", &[], vec![text(SELECTORS.get(l))]));
        out.push(el(
            "p",
            &[("class", "report-cut")],
            vec![text(SELECTORS_NOTE.get(l))],
        ));
        let items = selectors
            .iter()
            .map(|s| {
                let mut kids = vec![el("strong", &[], vec![text(&s.domain)]), text(": ")];
                for (i, (name, href)) in s.selectors.iter().enumerate() {
                    if i > 0 {
                        kids.push(text(", "));
                    }
                    kids.push(el(
                        "a",
                        &[("href", href), ("data-selector", name)],
                        vec![text(name)],
                    ));
                }
                if s.selectors.len() > 1 {
                    kids.push(text(" · "));
                    kids.push(el(
                        "a",
                        &[("href", &s.check_all)],
                        vec![text(CHECK_ALL.fill(l, &[("domain", &s.domain)]))],
                    ));
                }
                el("li", &[], kids)
            })
            .collect();
        out.push(el("ul", &[("class", "report-selectors")], items));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use selo::report::{Options, read};

    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let left = Text::unfilled_in(ALL, "sources.rs", include_str!("sources.rs"));
        assert!(left.is_empty(), "{left:#?}");
        for (name, t) in ALL {
            assert_ne!(t.en, t.pt, "{name}");
        }
    }

    fn fixture(name: &str) -> Vec<u8> {
        let p = format!(
            "{}/../../tests/fixtures/reports/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read(p).unwrap()
    }

    fn json(nodes: &[Node]) -> String {
        serde_json::to_string(nodes).unwrap()
    }

    #[test]
    fn the_batch_shows_senders_readiness_selectors_and_duplicates_in_both_languages() {
        let mut b = Batch::default();
        for name in ["batch-a.xml", "batch-b.xml", "batch-a-twice.zip"] {
            let mut f = read(name, &fixture(name), &Options::default());
            b.add(&mut f);
        }
        let en = json(&view(
            &b,
            &Enrichment::default(),
            &BTreeMap::new(),
            Lang::En,
        ));
        assert!(en.contains(
            "Report selo-batch-a-1 from receiver-one.example for reports.test is in batch-a.xml and again in batch-a-twice.zip: counted once."
        ));
        assert!(en.contains("SendGrid (Twilio)"));
        assert!(en.contains("Your sender, not aligned"));
        assert!(en.contains("?page=dkim&domain=reports.test&how=cname&provider=sendgrid"));
        assert!(en.contains("Open the DKIM generator for SendGrid (Twilio)"));
        assert!(en.contains("Unknown or forged"));
        assert!(en.contains("105 messages from 3 sources"));
        assert!(en.contains("0 messages from 0 sources"));
        assert!(en.contains("12 messages from 1 source\""));
        assert!(en.contains("(2 addresses)"));
        assert!(en.contains("(1 address)"));
        assert!(en.contains("keep the rua= you publish"));
        assert!(en.contains("Read the record published at _dmarc.reports.test"));
        assert!(en.contains("v=DMARC1; p=quarantine; t=y"));
        // No generator link before the published record is read.
        assert!(!en.contains("?page=dmarc&domain=reports.test"));
        assert!(!en.contains("Open the DMARC generator with it"));
        assert!(en.contains("?page=check&domain=reports.test&selector=sel2026"));
        let pt = json(&view(
            &b,
            &Enrichment::default(),
            &BTreeMap::new(),
            Lang::Pt,
        ));
        assert!(pt.contains("Remetente seu, não alinhado"));
        assert!(pt.contains("105 mensagens de 3 origens"));
        assert!(pt.contains("12 mensagens de 1 origem\""));
        assert!(pt.contains("(1 endereço)"));
        // Once read, the next record is the published one with the step.
        let mut published = BTreeMap::new();
        published.insert(
            "reports.test".to_string(),
            Published::Record("v=DMARC1; p=none; rua=mailto:dmarc@reports.test".into()),
        );
        let en = json(&view(&b, &Enrichment::default(), &published, Lang::En));
        assert!(en.contains("v=DMARC1; p=quarantine; t=y; rua=mailto:dmarc@reports.test"));
        assert!(en.contains(
            "?page=dmarc&domain=reports.test&p=quarantine&t=y&rua=mailto%3Admarc%40reports.test"
        ));
        assert!(!en.contains("keep the rua= you publish"));
        assert!(!en.contains("read-dmarc"));
        assert!(en.contains("Open the DMARC generator with it"));
        assert!(pt.contains("contado uma vez"));
    }
}
