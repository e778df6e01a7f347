//! The Check page's list of domains and the checks kept on the device.
//!
//! When the domain field holds more than one domain (a list, one a line or
//! separated by spaces or commas; a CSV's first column), the worker checks
//! them a few at a time into one table ([`Table`]), one row per domain
//! (`selo::check::many::Row`), sortable by any column, with the CSV the
//! command writes (`selo check --format csv`). Every check is kept in the
//! worker's IndexedDB (see `store.rs`), never sent anywhere; checking a
//! domain again says what changed since ([`history`], the texts of
//! `selo::check::drift`).

use crate::render::{enc, fill};
use crate::tree::{Node, col_header, el, head, text};
use selo::check::drift::{self, Change};
use selo::check::many::{self, Row};
use selo::{Lang, Text};

texts! {
    PROGRESS = ("{done} of {total} checked", "{done} de {total} verificados");
    CAPTION = ("One row per domain: open a domain for its full check", "Uma linha por domínio: abra um domínio para a sua verificação completa");
    COL_DOMAIN = ("Domain", "Domínio");
    COL_SPF_LOOKUPS = ("SPF lookups", "Consultas SPF");
    COL_DMARC_POLICY = ("DMARC policy", "Política DMARC");
    COL_POLICY_FROM = ("Policy from", "Política de");
    OWN = ("its own record", "o seu próprio registo");
    TAG_OF = ("{tag}= of {from}", "{tag}= de {from}");
    COL_DKIM_SELECTORS = ("DKIM selectors", "Seletores DKIM");
    COL_MTA_STS_MODE = ("MTA-STS mode", "Modo MTA-STS");
    COL_ERRORS = ("Errors", "Erros");
    COL_WARNINGS = ("Warnings", "Avisos");
    COL_SINCE = ("Since the last check", "Desde a última verificação");
    SORT_BY = ("Sort by {col}", "Ordenar por {col}");
    MORE = ("Show {n} more ({left} not shown)", "Mostrar mais {n} ({left} por mostrar)");
    ST_OK = ("found", "encontrado");
    ST_MISSING = ("missing", "em falta");
    ST_INVALID = ("invalid", "inválido");
    ST_ERROR = ("lookup failed", "consulta falhou");
    YES = ("yes", "sim");
    NO = ("no", "não");
    FIRST = ("first check", "primeira verificação");
    CHANGES_HEAD = ("What changed", "O que mudou");
    CSV = ("Export CSV", "Exportar CSV");
    KEPT = (
        "Checks are kept on this device only, never sent anywhere, to show what changed when you check a domain again.",
        "As verificações ficam guardadas apenas neste dispositivo, nunca são enviadas, para mostrar o que mudou quando voltar a verificar um domínio."
    );
    FORGET = ("Forget the checks kept on this device", "Esquecer as verificações guardadas neste dispositivo");
    FORGOTTEN = ("The checks kept on this device were forgotten.", "As verificações guardadas neste dispositivo foram esquecidas.");
}

/// The domains in the domain field: read as `selo check --domains FILE`
/// reads a file (`many::read_list`: one a line, `#` comments, a CSV's
/// first column, its header row skipped), or, on one line, separated by
/// spaces, commas or semicolons.
pub fn domains(input: &str) -> Vec<String> {
    if input.contains('\n') {
        many::read_list(input)
    } else {
        many::read_list(&input.replace([',', ';', ' ', '\t'], "\n"))
    }
}

/// What changed since the check kept on the device: its date and the
/// changes (`None`: a first check).
pub type Drift = Option<(String, Vec<Change>)>;

/// One checked domain of the list.
#[derive(Clone, Debug)]
pub struct Entry {
    pub row: Row,
    /// The domain in Unicode, for display.
    pub unicode: String,
    pub drift: Drift,
}

/// The list's table so far.
#[derive(Clone, Debug, Default)]
pub struct Table {
    /// Domains in the list.
    pub total: usize,
    /// Those checked, in the order they finished.
    pub entries: Vec<Entry>,
    /// The column sorted by (an index of `many::CSV_HEADER`, or the last
    /// one: since the last check), and whether descending.
    pub sort: Option<(usize, bool)>,
    /// The checks kept on the device were forgotten.
    pub forgotten: bool,
    /// Rows shown beyond the first [`PAGE`] ("show more").
    pub more: usize,
}

/// Rows of the table shown at first, and added by "show more": the page
/// builds the whole table on each answer, and a few hundred rows at once
/// would hold its main thread past 50 ms.
pub const PAGE: usize = 50;

/// Columns compared as numbers: SPF lookups, errors, warnings.
const NUMERIC: [usize; 3] = [3, 15, 16];
/// Columns of a status word (`ok`, `missing`...).
const STATUS: [usize; 7] = [1, 2, 4, 8, 10, 12, 13];
/// The DMARC policy's tag (shown with the name it comes from) and that
/// name (not a column of its own here).
const TAG: usize = 6;
const FROM: usize = 7;
/// The "since the last check" column's index.
const SINCE: usize = many::CSV_HEADER.len();

fn number(s: &str) -> i64 {
    s.parse().unwrap_or(-1)
}

fn changes(d: &Drift) -> i64 {
    d.as_ref().map_or(-1, |(_, c)| c.len() as i64)
}

impl Table {
    /// Sorts by column `col` (the same again: the other way).
    pub fn sort_by(&mut self, col: usize) {
        if col > SINCE {
            return;
        }
        let descending = match self.sort {
            Some((c, d)) if c == col => !d,
            _ => NUMERIC.contains(&col) || col == SINCE,
        };
        self.sort = Some((col, descending));
    }

    /// The entries in the order shown: by the sorted column, else by
    /// domain.
    pub fn order(&self) -> Vec<&Entry> {
        let mut v: Vec<&Entry> = self.entries.iter().collect();
        let (col, desc) = self.sort.unwrap_or((0, false));
        v.sort_by(|a, b| {
            let o = if col == SINCE {
                changes(&a.drift).cmp(&changes(&b.drift))
            } else {
                let (x, y) = (a.row.cells(), b.row.cells());
                if NUMERIC.contains(&col) {
                    number(&x[col]).cmp(&number(&y[col]))
                } else {
                    x[col].cmp(&y[col])
                }
            };
            let o = if desc { o.reverse() } else { o };
            o.then_with(|| a.row.domain.cmp(&b.row.domain))
        });
        v
    }

    /// The CSV of the rows in the order shown: the same as `selo check
    /// --format csv`.
    pub fn csv(&self) -> String {
        let rows: Vec<Row> = self.order().into_iter().map(|e| e.row.clone()).collect();
        many::csv(&rows)
    }

    /// The table, its progress, the changes and the CSV link in `l`.
    pub fn tree(&self, l: Lang) -> Node {
        let done = self.entries.len();
        let progress = el(
            "p",
            &[("class", "check-many-progress")],
            vec![
                text(fill(
                    PROGRESS.get(l),
                    &[
                        ("done", &done.to_string()),
                        ("total", &self.total.to_string()),
                    ],
                )),
                text(" "),
                el(
                    "progress",
                    &[
                        ("max", &self.total.to_string()),
                        ("value", &done.to_string()),
                    ],
                    vec![],
                ),
            ],
        );
        // The table once every domain is checked: while they run, the
        // page gets the progress only, so rebuilding it takes no time.
        if done < self.total {
            return el("div", &[("class", "check-many-result")], vec![progress]);
        }
        let labels = column_labels(l);
        let heads = labels
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != FROM)
            .map(|(i, label)| {
                let sort = match self.sort {
                    Some((c, d)) if c == i => {
                        vec![("aria-sort", if d { "descending" } else { "ascending" })]
                    }
                    _ => vec![],
                };
                col_header(
                    &sort,
                    vec![el(
                        "button",
                        &[
                            ("type", "button"),
                            ("class", "report-sort"),
                            ("data-act", &format!("sort-{i}")),
                            ("aria-label", &fill(SORT_BY.get(l), &[("col", label)])),
                        ],
                        vec![text(label.clone())],
                    )],
                )
            })
            .collect();
        let order = self.order();
        let limit = PAGE + self.more;
        let rows = order.iter().take(limit).map(|e| row(e, l)).collect();
        let table = el(
            "div",
            &[("class", "table-scroll")],
            vec![el(
                "table",
                &[("class", "check-many")],
                vec![
                    el("caption", &[], vec![text(CAPTION.get(l))]),
                    head(heads),
                    el("tbody", &[], rows),
                ],
            )],
        );
        let mut out = vec![progress, table];
        if order.len() > limit {
            let n = (order.len() - limit).min(PAGE).to_string();
            let left = (order.len() - limit).to_string();
            out.push(el(
                "p",
                &[],
                vec![el(
                    "button",
                    &[
                        ("type", "button"),
                        ("class", "secondary"),
                        ("data-act", "more"),
                    ],
                    vec![text(fill(MORE.get(l), &[("n", &n), ("left", &left)]))],
                )],
            ));
        }
        let changed: Vec<Node> = order
            .iter()
            .filter_map(|e| {
                let (date, c) = e.drift.as_ref().filter(|(_, c)| !c.is_empty())?;
                Some(el(
                    "li",
                    &[],
                    vec![
                        el("strong", &[], vec![text(e.unicode.clone())]),
                        text(": "),
                        text(drift::summary(c, date, l)),
                        el(
                            "ul",
                            &[],
                            c.iter()
                                .map(|c| el("li", &[], vec![text(c.text(l))]))
                                .collect(),
                        ),
                    ],
                ))
            })
            .collect();
        if !changed.is_empty() {
            out.push(el("h3", &[], vec![text(CHANGES_HEAD.get(l))]));
            out.push(el("ul", &[("class", "check-drift")], changed));
        }
        if done == self.total {
            let href = format!("data:text/csv;charset=utf-8,{}", enc(&self.csv()));
            out.push(el(
                "p",
                &[("class", "report-exports")],
                vec![el(
                    "a",
                    &[
                        ("class", "button-link"),
                        ("href", &href),
                        ("download", "selo-check.csv"),
                        ("data-kind", "check-csv"),
                    ],
                    vec![text(CSV.get(l))],
                )],
            ));
        }
        out.push(kept(self.forgotten, l));
        el("div", &[("class", "check-many-result")], out)
    }
}

/// The column names in `l`, in the order of `many::CSV_HEADER`, then
/// "since the last check".
fn column_labels(l: Lang) -> Vec<String> {
    let named = |i: usize| match i {
        0 => Some(COL_DOMAIN),
        3 => Some(COL_SPF_LOOKUPS),
        5 => Some(COL_DMARC_POLICY),
        TAG => Some(COL_POLICY_FROM),
        9 => Some(COL_DKIM_SELECTORS),
        11 => Some(COL_MTA_STS_MODE),
        15 => Some(COL_ERRORS),
        16 => Some(COL_WARNINGS),
        _ => None,
    };
    let mut v: Vec<String> = many::CSV_HEADER
        .iter()
        .enumerate()
        .map(|(i, h)| match named(i) {
            Some(t) => t.get(l).to_string(),
            None => h.replace('_', "-").to_uppercase(),
        })
        .collect();
    v.push(COL_SINCE.get(l).to_string());
    v
}

/// A status word of the row (`ok`, `missing`...) in `l`.
fn word(s: &str, l: Lang) -> String {
    let t = match s {
        many::NXDOMAIN => many::NO_SUCH_DOMAIN,
        "ok" => ST_OK,
        "missing" => ST_MISSING,
        "invalid" => ST_INVALID,
        "error" => ST_ERROR,
        "yes" => YES,
        "no" => NO,
        _ => return s.to_string(),
    };
    t.get(l).to_string()
}

fn row(e: &Entry, l: Lang) -> Node {
    let cells = e.row.cells();
    let mut tds = vec![el(
        "td",
        &[],
        vec![el(
            "a",
            &[(
                "href",
                &format!("?page=check&domain={}", enc(&e.row.domain)),
            )],
            vec![text(e.unicode.clone())],
        )],
    )];
    for (i, c) in cells.iter().enumerate().skip(1) {
        if i == FROM {
            continue;
        }
        let status = STATUS.contains(&i).then_some(c.as_str());
        let shown = if i == TAG {
            // Which record's policy covers the name: its own, or a
            // parent's p=, sp= or np= (RFC 9989 tree walk).
            let from = &e.row.dmarc_policy_from;
            if c.is_empty() {
                String::new()
            } else if *from == e.row.domain {
                OWN.get(l).to_string()
            } else {
                fill(TAG_OF.get(l), &[("tag", c), ("from", from)])
            }
        } else if i == 14 || status.is_some() {
            word(c, l)
        } else {
            c.clone()
        };
        let attrs: &[(&'static str, &str)] = match status {
            Some(s) if !s.is_empty() => &[("data-status", s)],
            _ => &[],
        };
        tds.push(el("td", attrs, vec![text(shown)]));
    }
    let since = match &e.drift {
        None => FIRST.get(l).to_string(),
        Some((date, c)) => drift::summary(c, date, l),
    };
    tds.push(el("td", &[("data-kind", "since")], vec![text(since)]));
    let changed = e.drift.as_ref().is_some_and(|(_, c)| !c.is_empty());
    el(
        "tr",
        &[("data-status", if changed { "changed" } else { "same" })],
        tds,
    )
}

/// What changed since the check kept on the device (nothing on a first
/// check), and the line that says checks are kept on this device only
/// with the button that forgets them.
pub fn history(drift: &Drift, forgotten: bool, l: Lang) -> Node {
    let mut out = Vec::new();
    if let Some((date, c)) = drift {
        out.push(el(
            "p",
            &[("class", "check-drift-summary")],
            vec![el("strong", &[], vec![text(drift::summary(c, date, l))])],
        ));
        if !c.is_empty() {
            out.push(el(
                "ul",
                &[("class", "check-drift")],
                c.iter()
                    .map(|c| el("li", &[], vec![text(c.text(l))]))
                    .collect(),
            ));
        }
    }
    out.push(kept(forgotten, l));
    el("div", &[("class", "check-history")], out)
}

fn kept(forgotten: bool, l: Lang) -> Node {
    let mut line = vec![
        text(KEPT.get(l)),
        text(" "),
        el(
            "button",
            &[
                ("type", "button"),
                ("class", "secondary"),
                ("data-act", "forget"),
            ],
            vec![text(FORGET.get(l))],
        ),
    ];
    if forgotten {
        line.push(text(" "));
        line.push(el(
            "strong",
            &[("role", "status")],
            vec![text(FORGOTTEN.get(l))],
        ));
    }
    el("p", &[("class", "hint check-kept")], line)
}

/// Today's date and time, `2026-12-07 16:50`, from the parts given.
pub fn stamp(y: u32, mo: u32, d: u32, h: u32, mi: u32) -> String {
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}")
}

/// The domains in the order shown.
#[cfg(test)]
fn by_domain(t: &Table) -> Vec<&str> {
    t.order().iter().map(|e| e.row.domain.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(domain: &str, spf: &str, errors: usize, drift: Drift) -> Entry {
        let mut row = Row {
            domain: domain.into(),
            mx: "ok".into(),
            spf: spf.into(),
            spf_lookups: String::new(),
            dmarc: "ok".into(),
            dmarc_policy: "reject".into(),
            dmarc_policy_tag: "sp".into(),
            dmarc_policy_from: "org.test".into(),
            dkim: "missing".into(),
            dkim_selectors: String::new(),
            mta_sts: "missing".into(),
            mta_sts_mode: String::new(),
            tls_rpt: "missing".into(),
            bimi: "missing".into(),
            dnssec: "no".into(),
            errors,
            warnings: 0,
        };
        row.spf_lookups = errors.to_string();
        Entry {
            unicode: domain.into(),
            row,
            drift,
        }
    }

    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let left = selo::Text::unfilled_in(ALL, "watch.rs", include_str!("watch.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn every_text_is_translated() {
        for (name, t) in ALL {
            if t.en.chars().filter(|c| c.is_alphabetic()).count() > 3 {
                assert_ne!(t.en, t.pt, "{name} is not translated");
            }
        }
    }

    #[test]
    fn a_list_is_read_from_one_line_or_many() {
        assert_eq!(
            domains(" a.test, b.test  c.test;a.test"),
            ["a.test", "b.test", "c.test"]
        );
        assert_eq!(
            domains("domain,mx,spf\r\nhealthy.test,ok,ok\r\n\"x.test\",,\r\n"),
            ["healthy.test", "x.test"]
        );
        assert_eq!(domains("example.com"), ["example.com"]);
    }

    #[test]
    fn the_table_sorts_by_a_column_both_ways_and_exports_what_it_shows() {
        let mut t = Table {
            total: 3,
            entries: vec![
                entry("b.test", "ok", 2, None),
                entry("a.test", "missing", 10, None),
                entry("c.test", "invalid", 1, Some(("2026-12-01".into(), vec![]))),
            ],
            ..Table::default()
        };
        assert_eq!(by_domain(&t), ["a.test", "b.test", "c.test"]);
        t.sort_by(15);
        assert_eq!(by_domain(&t), ["a.test", "b.test", "c.test"]);
        t.sort_by(15);
        assert_eq!(by_domain(&t), ["c.test", "b.test", "a.test"]);
        t.sort_by(2);
        assert_eq!(by_domain(&t), ["c.test", "a.test", "b.test"]);
        let csv = t.csv();
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], many::CSV_HEADER.join(","));
        assert!(lines[1].starts_with("c.test,ok,invalid,1,"), "{csv}");
        let en = t.tree(Lang::En).json();
        assert!(en.contains("3 of 3 checked"), "{en}");
        assert!(en.contains(r#"["a",{"href":"?page=check&domain=a.test"},"a.test"]"#));
        assert!(en.contains("data:text/csv;charset=utf-8,domain%2Cmx"));
        assert!(en.contains("No change since 2026-12-01") && en.contains("first check"));
        let pt = t.tree(Lang::Pt).json();
        assert!(
            pt.contains("3 de 3 verificados") && pt.contains("em falta"),
            "{pt}"
        );
        assert!(pt.contains("Nada mudou desde 2026-12-01"));
    }

    #[test]
    fn a_name_says_which_policy_covers_it_and_a_missing_one_says_so_once() {
        let mut own = entry("org.test", "ok", 0, None);
        own.row.dmarc_policy_from = "org.test".into();
        let mut gone = entry("gone.org.test", "", 1, None);
        gone.row.mx = many::NXDOMAIN.into();
        for s in [
            &mut gone.row.dmarc,
            &mut gone.row.dkim,
            &mut gone.row.mta_sts,
        ] {
            s.clear();
        }
        gone.row.tls_rpt.clear();
        gone.row.bimi.clear();
        gone.row.dmarc_policy_tag = "np".into();
        let t = Table {
            total: 3,
            entries: vec![own, gone, entry("mail.org.test", "ok", 0, None)],
            ..Table::default()
        };
        let en = t.tree(Lang::En).json();
        assert!(
            en.contains("its own record") && en.contains("sp= of org.test"),
            "{en}"
        );
        assert!(en.contains("np= of org.test"), "{en}");
        assert_eq!(en.matches("does not exist").count(), 1, "{en}");
        let pt = t.tree(Lang::Pt).json();
        assert!(
            pt.contains("o domínio não existe") && pt.contains("sp= de org.test"),
            "{pt}"
        );
    }

    #[test]
    fn a_long_list_shows_its_rows_a_page_at_a_time_and_exports_them_all() {
        let mut t = Table {
            total: 120,
            entries: (0..120)
                .map(|i| entry(&format!("d{i:03}.test"), "ok", 0, None))
                .collect(),
            ..Table::default()
        };
        let rows = |t: &Table| {
            t.tree(Lang::En)
                .json()
                .matches(r#"["tr",{"data-status""#)
                .count()
        };
        assert_eq!(rows(&t), PAGE);
        let en = t.tree(Lang::En).json();
        assert!(en.contains("Show 50 more (70 not shown)") && en.contains(r#""data-act":"more""#));
        assert!(
            t.tree(Lang::Pt)
                .json()
                .contains("Mostrar mais 50 (70 por mostrar)")
        );
        t.more += PAGE;
        t.more += PAGE;
        assert_eq!(rows(&t), 120);
        assert!(!t.tree(Lang::En).json().contains("Show "));
        assert_eq!(t.csv().matches("\r\n").count(), 121);
    }

    #[test]
    fn the_table_and_its_csv_wait_for_the_whole_list() {
        let t = Table {
            total: 2,
            entries: vec![entry("a.test", "ok", 0, None)],
            ..Table::default()
        };
        let en = t.tree(Lang::En).json();
        assert!(
            en.contains("1 of 2 checked") && en.contains(r#"["progress",{"max":"2","value":"1"}]"#)
        );
        assert!(
            !en.contains("data:text/csv") && !en.contains("table"),
            "{en}"
        );
    }

    #[test]
    fn history_says_what_changed_and_offers_to_forget() {
        let change = Change {
            kind: drift::Kind::PolicyWeakened,
            part: "DMARC p=".into(),
            worse: true,
            before: Some("reject".into()),
            after: Some("none".into()),
        };
        let d: Drift = Some(("2026-12-01 10:00".into(), vec![change]));
        let en = history(&d, false, Lang::En).json();
        assert!(
            en.contains("1 change since 2026-12-01 10:00, 1 worse"),
            "{en}"
        );
        assert!(en.contains("DMARC p=: the policy was weakened from reject to none"));
        assert!(en.contains(r#""data-act":"forget""#) && en.contains("this device only"));
        let pt = history(&None, true, Lang::Pt).json();
        assert!(
            pt.contains("foram esquecidas") && !pt.contains("desde"),
            "{pt}"
        );
    }
}
