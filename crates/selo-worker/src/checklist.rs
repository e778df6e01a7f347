//! The Check page's sender-requirements checklist as an element tree: the
//! typed checklist ([`selo_boundary::analysis::Checklist`], which the
//! analyzer sends the Analyze page as it is) turned into the tree the Check
//! page builds, until that page renders typed data too.

use crate::requirements::for_domain;
use crate::tree::{Node, el, text};
use selo::Lang;
use selo::requirements::Row;
use selo_boundary::analysis::Checklist;

/// The Check page's report `tree` with the domain's checklist at its end
/// (unchanged when there are no rows).
pub fn after(mut tree: Node, rows: &[Row], domain: &str, l: Lang) -> Node {
    if let (Node::El(_, _, children), false) = (&mut tree, rows.is_empty()) {
        children.push(checklist(
            &for_domain(rows, domain, l),
            "check-requirements",
        ));
    }
    tree
}

/// `list` as a section of class `class`.
pub fn checklist(list: &Checklist, class: &str) -> Node {
    let col = |t: &str| el("th", &[("scope", "col")], vec![text(t)]);
    let head = list.heads.iter().map(|h| col(h)).collect();
    let body = list
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![el("th", &[("scope", "row")], vec![text(&r.name)])];
            for c in &r.cells {
                cells.push(match &c.status {
                    Some(s) => el(
                        "td",
                        &[("data-kind", &c.provider)],
                        vec![el(
                            "span",
                            &[("class", &format!("result result-{s}")), ("data-status", s)],
                            vec![text(&c.word)],
                        )],
                    ),
                    None => el(
                        "td",
                        &[("data-kind", &c.provider), ("data-status", "not-asked")],
                        vec![text(&c.word)],
                    ),
                });
            }
            let mut seen = vec![el("p", &[], vec![text(&r.seen)])];
            if let Some((fix, link)) = &r.fix {
                let mut p = vec![text(fix)];
                if let Some(link) = link {
                    p.push(text(" "));
                    p.push(el("a", &[("href", &link.href)], vec![text(&link.text)]));
                }
                seen.push(el("p", &[("class", "requirements-fix")], p));
            }
            let asks = r
                .asks
                .iter()
                .map(|a| {
                    el(
                        "li",
                        &[],
                        vec![
                            el("strong", &[], vec![text(&a.provider)]),
                            text(": "),
                            text(&a.asks),
                            text(" "),
                            el(
                                "a",
                                &[
                                    ("href", &a.href),
                                    ("rel", "noopener noreferrer"),
                                    ("target", "_blank"),
                                ],
                                vec![text(&a.host)],
                            ),
                        ],
                    )
                })
                .collect();
            seen.push(el(
                "details",
                &[],
                vec![
                    el("summary", &[], vec![text(&r.asks_title)]),
                    el("ul", &[], asks),
                ],
            ));
            cells.push(el("td", &[], seen));
            el(
                "tr",
                &[
                    ("id", &r.id),
                    ("data-kind", &r.kind),
                    ("data-status", &r.status),
                ],
                cells,
            )
        })
        .collect();
    el(
        "section",
        &[("class", class), ("data-kind", "requirements")],
        vec![
            el("h3", &[], vec![text(&list.title)]),
            el("p", &[], vec![text(&list.intro)]),
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
            el("p", &[("class", "hint")], vec![text(&list.sources)]),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use selo::requirements::{Check, Finding, Status, Words, expand};

    #[test]
    fn the_domain_checklist_goes_after_the_check_report() {
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
