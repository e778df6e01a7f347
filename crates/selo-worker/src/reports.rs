//! The Reports page's reader: each file read with [`selo::report::read`]
//! and rendered as an element tree in one language (see [`crate::tree`]),
//! the batch summary on top, and the exports.
//!
//! Every string from a report (names, addresses, comments) becomes text in
//! the tree; the page never parses HTML. Notes and errors come from the
//! engine in the language it was asked for, so a file with any is read a
//! second time in Portuguese; the likely fixes and TLS advice are asked of
//! [`selo::report::explain`] in each language.

use crate::render::{enc, fill};
use crate::tree::{Node, el, text};
use selo::report::{
    self, Aggregate, FailureReport, FileResult, Note, Options, Report, Row, Summary, TlsReport,
    explain,
};
use selo::{Lang, Text};
use std::collections::HashMap;

macro_rules! texts {
    ($($name:ident = ($en:expr, $pt:expr);)+) => {
        $( const $name: Text = Text::new($en, $pt); )+
        /// Every text, for the translation test.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),+];
    };
}

texts! {
    READING = ("Reading file {i} of {n}: {name}…", "A ler o ficheiro {i} de {n}: {name}…");
    READ_DONE = (
        "{n} files: {ok} read, {bad} refused. Nothing was sent anywhere.",
        "{n} ficheiros: {ok} lidos, {bad} recusados. Nada foi enviado."
    );
    SUMMARY = ("Summary of the batch", "Resumo do lote");
    FILES_READ = ("Files read", "Ficheiros lidos");
    FILES_REFUSED = ("Files refused", "Ficheiros recusados");
    AGG_REPORTS = ("DMARC aggregate reports", "Relatórios agregados DMARC");
    TLS_REPORTS = ("TLS reports (TLS-RPT)", "Relatórios TLS (TLS-RPT)");
    FAILURE_REPORTS = ("DMARC failure reports", "Relatórios de falha DMARC");
    MESSAGES = ("Messages", "Mensagens");
    PASS_RATE = ("DMARC pass rate", "Taxa de aprovação DMARC");
    SPF_RATE = ("SPF aligned", "SPF alinhado");
    DKIM_RATE = ("DKIM aligned", "DKIM alinhado");
    TLS_OK = ("Successful TLS sessions", "Sessões TLS bem-sucedidas");
    TLS_FAILED = ("Failed TLS sessions", "Sessões TLS falhadas");
    FAILING = ("Sending sources that fail DMARC", "Origens de envio que falham o DMARC");
    FAILING_NONE = (
        "Every sending source passed DMARC in these reports.",
        "Todas as origens de envio passaram o DMARC nestes relatórios."
    );
    FAILING_MORE = (
        "{n} more failing sources are in the reports below and in the exports.",
        "Mais {n} origens que falham estão nos relatórios abaixo e nas exportações."
    );
    FAILED_OF = ("{fail} of {n}", "{fail} de {n}");
    SOURCE_IP = ("Source IP", "IP de origem");
    DOMAIN = ("Domain", "Domínio");
    FAILED_MSGS = ("Failing messages", "Mensagens que falham");
    LIKELY_FIX = ("Likely fix", "Correção provável");
    OPEN_SPF = ("Open the SPF generator with {vendor}", "Abrir o gerador de SPF com {vendor}");
    FILE_OK = ("read", "lido");
    FILE_ERROR = ("refused", "recusado");
    FILE_EMPTY = (
        "No report in this file.",
        "Nenhum relatório neste ficheiro."
    );
    UNREADABLE = (
        "The browser could not read this file.",
        "O navegador não conseguiu ler este ficheiro."
    );
    UNREADABLE_HELP = (
        "It may have been moved or deleted since you chose it: choose it again.",
        "Pode ter sido movido ou apagado depois de o escolher: escolha-o de novo."
    );
    AGG_HEAD = ("DMARC aggregate report from {org}", "Relatório agregado DMARC de {org}");
    TLS_HEAD = ("TLS report from {org}", "Relatório TLS de {org}");
    FAILURE_HEAD = ("DMARC failure report from {org}", "Relatório de falha DMARC de {org}");
    REPORTER = ("Reporter", "Autor do relatório");
    REPORT_ID = ("Report ID", "ID do relatório");
    PERIOD = ("Period", "Período");
    PERIOD_VALUE = ("{begin} to {end}", "{begin} a {end}");
    POLICY_SEEN = ("Policy the reporter saw", "Política que o autor do relatório viu");
    SCHEMA = ("Format", "Formato");
    GENERATOR = ("Written by", "Escrito por");
    REPORTER_ERRORS = ("Errors the reporter listed", "Erros indicados pelo autor do relatório");
    NOTES = ("Notes on reading", "Notas de leitura");
    SOURCES = ("Sending sources", "Origens de envio");
    ROWS_CUT = (
        "The first {shown} of {n} rows, failing ones first; the CSV and JSON exports have them all.",
        "As primeiras {shown} de {n} linhas, as que falham primeiro; as exportações CSV e JSON têm todas."
    );
    COL_COUNT = ("Messages", "Mensagens");
    COL_DISPOSITION = ("Disposition", "Tratamento");
    COL_SPF = ("SPF (aligned)", "SPF (alinhado)");
    COL_DKIM = ("DKIM (aligned)", "DKIM (alinhado)");
    COL_HEADER_FROM = ("header_from", "header_from");
    COL_ENVELOPE_FROM = ("envelope_from", "envelope_from");
    COL_DKIM_CHECKS = ("DKIM domains and selectors", "Domínios e seletores DKIM");
    COL_SPF_CHECKS = ("SPF domains", "Domínios SPF");
    FIXES = ("What to fix for the failing sources", "O que corrigir nas origens que falham");
    SESSIONS_OK = ("Successful sessions", "Sessões bem-sucedidas");
    SESSIONS_FAILED = ("Failed sessions", "Sessões falhadas");
    POLICY = ("Policy", "Política");
    POLICY_MODE = ("mode {mode}", "modo {mode}");
    NO_POLICY = ("no policy found", "nenhuma política encontrada");
    COL_FAILURE = ("Failure", "Falha");
    COL_MEANING = ("What it means", "O que significa");
    COL_SESSIONS = ("Sessions", "Sessões");
    COL_MX = ("Receiving MX", "MX recetor");
    COL_SENDER = ("Sending IP", "IP de envio");
    MX_HOSTS = ("MX hosts in the policy", "Servidores MX na política");
    FEEDBACK_TYPE = ("Feedback type", "Tipo de relatório");
    AUTH_FAILURE = ("Failing mechanism", "Mecanismo que falhou");
    REPORTED_DOMAIN = ("Reported domain", "Domínio relatado");
    MAIL_FROM = ("Envelope sender", "Remetente do envelope");
    ARRIVAL = ("Arrived", "Chegada");
    DELIVERY = ("What the receiver did", "O que o recetor fez");
    DKIM_CHECKED = ("DKIM checked", "DKIM verificado");
    SPF_CHECKED = ("SPF checked", "SPF verificado");
    AUTH_RESULTS = ("Authentication-Results", "Authentication-Results");
    HEADERS = (
        "Headers of the reported message (its body is not shown)",
        "Cabeçalhos da mensagem relatada (o corpo não é mostrado)"
    );
    HEADER = ("Header", "Cabeçalho");
    VALUE = ("Value", "Valor");
    NONE = ("none", "nenhum");
}

/// Rows shown per aggregate report (the exports have all).
pub const MAX_ROWS: usize = 300;
/// Failing sources listed in the batch summary.
pub const MAX_FAILING: usize = 50;

/// One file, read in English and, when it has notes or an error, again in
/// Portuguese (the engine renders those in one language).
#[derive(Debug)]
pub struct Read {
    pub en: FileResult,
    pub pt: Option<FileResult>,
}

impl Read {
    /// The file as read in `l`.
    pub fn get(&self, l: Lang) -> &FileResult {
        match (l, &self.pt) {
            (Lang::Pt, Some(pt)) => pt,
            _ => &self.en,
        }
    }
}

fn has_notes(f: &FileResult) -> bool {
    f.status != "ok"
        || f.reports.iter().any(|r| match r {
            Report::DmarcAggregate(a) => !a.notes.is_empty(),
            Report::TlsRpt(t) => !t.notes.is_empty(),
            Report::DmarcFailure(x) => !x.notes.is_empty(),
        })
}

/// Reads one file's bytes.
pub fn read(name: &str, bytes: &[u8]) -> Read {
    let en = report::read(name, bytes, &Options::default());
    let pt = has_notes(&en).then(|| {
        report::read(
            name,
            bytes,
            &Options {
                lang: Lang::Pt,
                ..Options::default()
            },
        )
    });
    Read { en, pt }
}

/// A file the browser could not hand over (moved, deleted, not allowed).
pub fn unreadable(name: &str) -> Read {
    let one = |l: Lang| FileResult {
        file: name.to_string(),
        status: "error",
        error: Some(UNREADABLE.get(l).to_string()),
        error_detail: Some(Note {
            code: "report::unreadable",
            message: UNREADABLE.get(l).to_string(),
            help: UNREADABLE_HELP.get(l).to_string(),
        }),
        reports: Vec::new(),
    };
    Read {
        en: one(Lang::En),
        pt: Some(one(Lang::Pt)),
    }
}

/// `n` with thousands grouped (`12,345` / `12 345`).
pub fn count(n: u64, l: Lang) -> String {
    let digits = n.to_string();
    let sep = if l == Lang::Pt { '\u{a0}' } else { ',' };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `part` of `whole` as a percentage with one decimal (`91.6%` /
/// `91,6 %`), rounded down so that only a whole pass shows as 100%; a
/// dash when there is nothing to divide.
pub fn rate(part: u64, whole: u64, l: Lang) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    let tenths = part.min(whole) as u128 * 1000 / whole as u128;
    let (lt, int, dec) = if tenths == 0 && part > 0 {
        ("<", 0, 1)
    } else {
        ("", tenths / 10, tenths % 10)
    };
    match l {
        Lang::En => format!("{lt}{int}.{dec}%"),
        Lang::Pt => format!("{lt}{int},{dec}\u{a0}%"),
    }
}

/// `rate (part of whole)`.
fn rate_of(part: u64, whole: u64, l: Lang) -> String {
    format!(
        "{} ({})",
        rate(part, whole, l),
        fill(
            FAILED_OF.get(l),
            &[("fail", &count(part, l)), ("n", &count(whole, l))]
        )
    )
}

/// A two-column table of facts; `kind` marks a row for readers (tests).
fn facts(class: &str, rows: Vec<(&'static str, Text, String)>, l: Lang) -> Node {
    el(
        "table",
        &[("class", class)],
        vec![el(
            "tbody",
            &[],
            rows.into_iter()
                .map(|(kind, label, value)| {
                    el(
                        "tr",
                        &[("data-kind", kind)],
                        vec![
                            el("th", &[("scope", "row")], vec![text(label.get(l))]),
                            el("td", &[("data-kind", kind)], vec![text(value)]),
                        ],
                    )
                })
                .collect(),
        )],
    )
}

fn head_row(cols: &[Text], l: Lang) -> Node {
    el(
        "thead",
        &[],
        vec![el(
            "tr",
            &[],
            cols.iter()
                .map(|c| el("th", &[("scope", "col")], vec![text(c.get(l))]))
                .collect(),
        )],
    )
}

fn td(s: impl Into<String>) -> Node {
    el("td", &[], vec![text(s)])
}

fn notes_list(notes: &[Note], l: Lang) -> Option<Node> {
    if notes.is_empty() {
        return None;
    }
    Some(el(
        "section",
        &[("class", "report-notes")],
        vec![
            el("h4", &[], vec![text(NOTES.get(l))]),
            el(
                "ul",
                &[],
                notes
                    .iter()
                    .map(|n| {
                        el(
                            "li",
                            &[("class", "report-note"), ("data-code", n.code)],
                            vec![text(format!("{} {}", n.message, n.help))],
                        )
                    })
                    .collect(),
            ),
        ],
    ))
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// `p=none; sp=quarantine; adkim=r; ...` as the reporter saw it.
pub fn policy_line(p: &report::Policy) -> String {
    let tags = [
        ("p", &p.p),
        ("sp", &p.sp),
        ("np", &p.np),
        ("adkim", &p.adkim),
        ("aspf", &p.aspf),
        ("pct", &p.pct),
        ("fo", &p.fo),
        ("t", &p.testing),
        ("discovery", &p.discovery_method),
    ];
    tags.iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn row_passes(r: &Row) -> bool {
    r.spf == "pass" || r.dkim == "pass"
}

fn sources_table(a: &Aggregate, l: Lang) -> Vec<Node> {
    let mut order: Vec<&Row> = a.records.iter().collect();
    // Failing rows first, then the biggest.
    order.sort_by_key(|r| (row_passes(r), std::cmp::Reverse(r.count)));
    let shown = order.len().min(MAX_ROWS);
    let body: Vec<Node> = order[..shown]
        .iter()
        .map(|r| {
            let pass = row_passes(r);
            let dkim: Vec<String> = r
                .dkim_results
                .iter()
                .map(|d| match &d.selector {
                    Some(s) => format!("{} ({s}): {}", d.domain, d.result),
                    None => format!("{}: {}", d.domain, d.result),
                })
                .collect();
            let spf: Vec<String> = r
                .spf_results
                .iter()
                .map(|s| match &s.scope {
                    Some(sc) => format!("{} ({sc}): {}", s.domain, s.result),
                    None => format!("{}: {}", s.domain, s.result),
                })
                .collect();
            el(
                "tr",
                &[("data-status", if pass { "pass" } else { "fail" })],
                vec![
                    el("td", &[], vec![el("code", &[], vec![text(&r.source_ip)])]),
                    el(
                        "td",
                        &[("data-kind", "count")],
                        vec![text(count(r.count, l))],
                    ),
                    td(&r.disposition),
                    td(&r.spf),
                    td(&r.dkim),
                    td(&r.header_from),
                    td(opt(&r.envelope_from)),
                    td(dkim.join(", ")),
                    td(spf.join(", ")),
                ],
            )
        })
        .collect();
    let mut out = vec![el(
        "div",
        &[("class", "table-scroll")],
        vec![el(
            "table",
            &[("class", "report-sources")],
            vec![
                el("caption", &[], vec![text(SOURCES.get(l))]),
                head_row(
                    &[
                        SOURCE_IP,
                        COL_COUNT,
                        COL_DISPOSITION,
                        COL_SPF,
                        COL_DKIM,
                        COL_HEADER_FROM,
                        COL_ENVELOPE_FROM,
                        COL_DKIM_CHECKS,
                        COL_SPF_CHECKS,
                    ],
                    l,
                ),
                el("tbody", &[], body),
            ],
        )],
    )];
    if shown < order.len() {
        out.push(el(
            "p",
            &[("class", "report-cut")],
            vec![text(fill(
                ROWS_CUT.get(l),
                &[
                    ("shown", &count(shown as u64, l)),
                    ("n", &count(order.len() as u64, l)),
                ],
            ))],
        ));
    }
    out
}

/// The likely fix for each failing source of `a`, in `l`.
fn fixes(a: &Aggregate, l: Lang) -> Vec<(String, u64, explain::SourceFix)> {
    a.sources
        .iter()
        .filter(|s| s.dmarc_pass < s.messages)
        .map(|s| {
            let rows: Vec<&Row> = a.records.iter().filter(|r| r.source_ip == s.ip).collect();
            (
                s.ip.clone(),
                s.messages - s.dmarc_pass,
                explain::source_fix(s, &rows, &a.domain, l),
            )
        })
        .collect()
}

fn fix_node(domain: &str, fix: &explain::SourceFix, l: Lang) -> Node {
    let mut items: Vec<Node> = fix
        .advice
        .iter()
        .map(|a| el("li", &[], vec![text(a.as_ref())]))
        .collect();
    if let (Some(preset), Some(vendor)) = (fix.preset, fix.vendor) {
        let href = format!("?page=spf&domain={}&presets={}", enc(domain), enc(preset));
        items.push(el(
            "li",
            &[],
            vec![el(
                "a",
                &[("href", &href)],
                vec![text(fill(OPEN_SPF.get(l), &[("vendor", vendor)]))],
            )],
        ));
    }
    el("ul", &[("class", "report-fix")], items)
}

fn aggregate(a: &Aggregate, l: Lang) -> Node {
    let mut facts_rows = vec![
        ("reporter", REPORTER, a.org_name.clone()),
        ("report-id", REPORT_ID, a.report_id.clone()),
        ("domain", DOMAIN, a.domain.clone()),
        (
            "period",
            PERIOD,
            fill(PERIOD_VALUE.get(l), &[("begin", &a.begin), ("end", &a.end)]),
        ),
        ("messages", MESSAGES, count(a.messages, l)),
        (
            "dmarc-pass",
            PASS_RATE,
            rate_of(a.dmarc_pass, a.messages, l),
        ),
        (
            "spf-aligned",
            SPF_RATE,
            rate_of(a.spf_aligned, a.messages, l),
        ),
        (
            "dkim-aligned",
            DKIM_RATE,
            rate_of(a.dkim_aligned, a.messages, l),
        ),
        ("policy", POLICY_SEEN, policy_line(&a.policy)),
        ("schema", SCHEMA, a.xml_schema.clone()),
    ];
    if let Some(g) = &a.generator {
        facts_rows.push(("generator", GENERATOR, g.clone()));
    }
    if !a.errors.is_empty() {
        facts_rows.push(("errors", REPORTER_ERRORS, a.errors.join("; ")));
    }
    let mut children = vec![
        el(
            "h4",
            &[],
            vec![text(fill(AGG_HEAD.get(l), &[("org", &a.org_name)]))],
        ),
        facts("report-facts", facts_rows, l),
    ];
    children.extend(notes_list(&a.notes, l));
    children.extend(sources_table(a, l));
    let fixes = fixes(a, l);
    if !fixes.is_empty() {
        children.push(el("h4", &[], vec![text(FIXES.get(l))]));
        children.push(el(
            "ul",
            &[("class", "report-fixes")],
            fixes
                .iter()
                .map(|(ip, failing, fix)| {
                    el(
                        "li",
                        &[],
                        vec![
                            el("code", &[], vec![text(ip)]),
                            text(format!(" · {}: {}", FAILED_MSGS.get(l), count(*failing, l))),
                            fix_node(&a.domain, fix, l),
                        ],
                    )
                })
                .collect(),
        ));
    }
    el(
        "section",
        &[("class", "report"), ("data-kind", "dmarc-aggregate")],
        children,
    )
}

fn tls(t: &TlsReport, l: Lang) -> Node {
    let mut children = vec![
        el(
            "h4",
            &[],
            vec![text(fill(TLS_HEAD.get(l), &[("org", &t.org_name)]))],
        ),
        facts(
            "report-facts",
            vec![
                ("reporter", REPORTER, t.org_name.clone()),
                ("report-id", REPORT_ID, t.report_id.clone()),
                (
                    "period",
                    PERIOD,
                    fill(PERIOD_VALUE.get(l), &[("begin", &t.begin), ("end", &t.end)]),
                ),
                (
                    "successful-sessions",
                    SESSIONS_OK,
                    count(t.successful_sessions, l),
                ),
                (
                    "failed-sessions",
                    SESSIONS_FAILED,
                    count(t.failed_sessions, l),
                ),
            ],
            l,
        ),
    ];
    children.extend(notes_list(&t.notes, l));
    for p in &t.policies {
        let mut name = if p.policy_type == "no-policy-found" {
            NO_POLICY.get(l).to_string()
        } else {
            p.policy_type.clone()
        };
        if let Some(d) = &p.policy_domain {
            name.push_str(&format!(" · {d}"));
        }
        if let Some(m) = &p.mode {
            name.push_str(&format!(" · {}", fill(POLICY_MODE.get(l), &[("mode", m)])));
        }
        let mut part = vec![
            el(
                "p",
                &[("class", "report-policy-name")],
                vec![el(
                    "strong",
                    &[],
                    vec![text(format!("{}: {name}", POLICY.get(l)))],
                )],
            ),
            facts(
                "report-facts",
                vec![
                    (
                        "successful-sessions",
                        SESSIONS_OK,
                        count(p.successful_sessions, l),
                    ),
                    (
                        "failed-sessions",
                        SESSIONS_FAILED,
                        count(p.failed_sessions, l),
                    ),
                    (
                        "mx-hosts",
                        MX_HOSTS,
                        if p.mx_hosts.is_empty() {
                            NONE.get(l).to_string()
                        } else {
                            p.mx_hosts.join(", ")
                        },
                    ),
                ],
                l,
            ),
        ];
        if !p.failures.is_empty() {
            let body = p
                .failures
                .iter()
                .map(|f| {
                    let mx = f
                        .receiving_mx_hostname
                        .clone()
                        .or_else(|| f.receiving_mx_helo.clone())
                        .or_else(|| f.receiving_ip.clone())
                        .unwrap_or_default();
                    let mut meaning = explain::tls_failure(&f.result_type).get(l).to_string();
                    for extra in [&f.failure_reason_code, &f.additional_information]
                        .into_iter()
                        .flatten()
                    {
                        meaning.push_str(&format!(" ({extra})"));
                    }
                    el(
                        "tr",
                        &[("data-code", &f.result_type)],
                        vec![
                            el("td", &[], vec![el("code", &[], vec![text(&f.result_type)])]),
                            td(meaning),
                            td(count(f.failed_sessions, l)),
                            td(mx),
                            td(opt(&f.sending_mta_ip)),
                        ],
                    )
                })
                .collect();
            part.push(el(
                "div",
                &[("class", "table-scroll")],
                vec![el(
                    "table",
                    &[("class", "report-failures")],
                    vec![
                        head_row(
                            &[COL_FAILURE, COL_MEANING, COL_SESSIONS, COL_MX, COL_SENDER],
                            l,
                        ),
                        el("tbody", &[], body),
                    ],
                )],
            ));
        }
        if let Some(advice) = explain::tls_policy_advice(p, l) {
            part.push(el("p", &[("class", "report-advice")], vec![text(advice)]));
        }
        children.push(el("div", &[("class", "report-policy")], part));
    }
    el(
        "section",
        &[("class", "report"), ("data-kind", "tls-rpt")],
        children,
    )
}

fn failure(x: &FailureReport, l: Lang) -> Node {
    let mut rows = vec![("reporter", REPORTER, x.org_name.clone())];
    let optional = [
        (
            "feedback-type",
            FEEDBACK_TYPE,
            Some(x.feedback_type.clone()),
        ),
        ("auth-failure", AUTH_FAILURE, x.auth_failure.clone()),
        ("source-ip", SOURCE_IP, x.source_ip.clone()),
        (
            "reported-domain",
            REPORTED_DOMAIN,
            x.reported_domain.clone(),
        ),
        ("mail-from", MAIL_FROM, x.original_mail_from.clone()),
        ("arrival", ARRIVAL, x.arrival_date.clone()),
        ("delivery", DELIVERY, x.delivery_result.clone()),
        (
            "dkim",
            DKIM_CHECKED,
            x.dkim_domain.as_ref().map(|d| match &x.dkim_selector {
                Some(s) => format!("{d} ({s})"),
                None => d.clone(),
            }),
        ),
        ("spf", SPF_CHECKED, x.spf_dns.clone()),
        (
            "auth-results",
            AUTH_RESULTS,
            x.authentication_results.clone(),
        ),
    ];
    rows.extend(
        optional
            .into_iter()
            .filter_map(|(k, label, v)| v.filter(|v| !v.is_empty()).map(|v| (k, label, v))),
    );
    let mut children = vec![
        el(
            "h4",
            &[],
            vec![text(fill(FAILURE_HEAD.get(l), &[("org", &x.org_name)]))],
        ),
        facts("report-facts", rows, l),
    ];
    children.extend(notes_list(&x.notes, l));
    if !x.reported_headers.is_empty() {
        children.push(el(
            "div",
            &[("class", "table-scroll")],
            vec![el(
                "table",
                &[("class", "report-headers")],
                vec![
                    el("caption", &[], vec![text(HEADERS.get(l))]),
                    head_row(&[HEADER, VALUE], l),
                    el(
                        "tbody",
                        &[],
                        x.reported_headers
                            .iter()
                            .map(|(k, v)| el("tr", &[], vec![td(k), td(v)]))
                            .collect(),
                    ),
                ],
            )],
        ));
    }
    el(
        "section",
        &[("class", "report"), ("data-kind", "dmarc-failure")],
        children,
    )
}

/// One file as the page shows it: its name and status, then each report
/// or the precise reason it was refused.
pub fn file(r: &Read, l: Lang) -> Node {
    let f = r.get(l);
    let ok = f.status == "ok";
    let mut children = vec![el(
        "h3",
        &[],
        vec![
            el(
                "span",
                &[("class", "report-file-name")],
                vec![text(&f.file)],
            ),
            text(" "),
            el(
                "span",
                &[
                    (
                        "class",
                        if ok {
                            "report-status st-ok"
                        } else {
                            "report-status st-error"
                        },
                    ),
                    ("data-status", f.status),
                ],
                vec![text(if ok {
                    FILE_OK.get(l)
                } else {
                    FILE_ERROR.get(l)
                })],
            ),
        ],
    )];
    if let Some(e) = &f.error_detail {
        children.push(el(
            "p",
            &[("class", "report-error"), ("data-code", e.code)],
            vec![
                el("strong", &[], vec![text(&e.message)]),
                text(" "),
                text(&e.help),
            ],
        ));
    } else if let Some(e) = &f.error {
        children.push(el("p", &[("class", "report-error")], vec![text(e)]));
    }
    if ok && f.reports.is_empty() {
        children.push(el("p", &[], vec![text(FILE_EMPTY.get(l))]));
    }
    for rep in &f.reports {
        children.push(match rep {
            Report::DmarcAggregate(a) => aggregate(a, l),
            Report::TlsRpt(t) => tls(t, l),
            Report::DmarcFailure(x) => failure(x, l),
        });
    }
    el(
        "section",
        &[("class", "report-file"), ("data-status", f.status)],
        children,
    )
}

/// The batch summary: files read and refused, the totals, and the sources
/// that fail DMARC across every aggregate report, the most failing first.
pub fn summary(files: &[Read], l: Lang) -> Node {
    let s = summary_of(files);
    let mut rows = vec![
        ("files-read", FILES_READ, count(s.files - s.errors, l)),
        ("files-refused", FILES_REFUSED, count(s.errors, l)),
    ];
    if s.aggregate_reports > 0 {
        rows.extend([
            (
                "aggregate-reports",
                AGG_REPORTS,
                count(s.aggregate_reports, l),
            ),
            ("messages", MESSAGES, count(s.messages, l)),
            (
                "dmarc-pass",
                PASS_RATE,
                rate_of(s.dmarc_pass, s.messages, l),
            ),
            (
                "spf-aligned",
                SPF_RATE,
                rate_of(s.spf_aligned, s.messages, l),
            ),
            (
                "dkim-aligned",
                DKIM_RATE,
                rate_of(s.dkim_aligned, s.messages, l),
            ),
        ]);
    }
    if s.tls_reports > 0 {
        rows.extend([
            ("tls-reports", TLS_REPORTS, count(s.tls_reports, l)),
            (
                "successful-sessions",
                TLS_OK,
                count(s.successful_sessions, l),
            ),
            ("failed-sessions", TLS_FAILED, count(s.failed_sessions, l)),
        ]);
    }
    if s.failure_reports > 0 {
        rows.push((
            "failure-reports",
            FAILURE_REPORTS,
            count(s.failure_reports, l),
        ));
    }
    let mut children = vec![
        el("h3", &[], vec![text(SUMMARY.get(l))]),
        facts("report-facts report-totals", rows, l),
    ];
    if s.aggregate_reports > 0 {
        // (domain, ip) -> failing, total, a fix.
        let mut by: HashMap<(String, String), (u64, u64, Option<explain::SourceFix>)> =
            HashMap::new();
        for f in files {
            for rep in &f.en.reports {
                let Report::DmarcAggregate(a) = rep else {
                    continue;
                };
                let mut fix_of: HashMap<String, explain::SourceFix> =
                    fixes(a, l).into_iter().map(|(ip, _, f)| (ip, f)).collect();
                for src in &a.sources {
                    let e = by
                        .entry((a.domain.clone(), src.ip.clone()))
                        .or_insert((0, 0, None));
                    e.0 += src.messages - src.dmarc_pass.min(src.messages);
                    e.1 += src.messages;
                    if e.2.is_none() {
                        e.2 = fix_of.remove(&src.ip);
                    }
                }
            }
        }
        let mut failing: Vec<_> = by.into_iter().filter(|(_, v)| v.0 > 0).collect();
        failing.sort_by(|a, b| b.1.0.cmp(&a.1.0).then_with(|| a.0.cmp(&b.0)));
        children.push(el("h4", &[], vec![text(FAILING.get(l))]));
        if failing.is_empty() {
            children.push(el(
                "p",
                &[("class", "report-all-pass")],
                vec![text(FAILING_NONE.get(l))],
            ));
        } else {
            let more = failing.len().saturating_sub(MAX_FAILING);
            let body = failing
                .iter()
                .take(MAX_FAILING)
                .map(|((domain, ip), (fail, total, fix))| {
                    el(
                        "tr",
                        &[("data-status", "fail")],
                        vec![
                            el("td", &[], vec![el("code", &[], vec![text(ip)])]),
                            td(domain),
                            td(rate_of(*fail, *total, l)),
                            el(
                                "td",
                                &[],
                                fix.iter().map(|f| fix_node(domain, f, l)).collect(),
                            ),
                        ],
                    )
                })
                .collect();
            children.push(el(
                "div",
                &[("class", "table-scroll")],
                vec![el(
                    "table",
                    &[("class", "report-failing")],
                    vec![
                        head_row(&[SOURCE_IP, DOMAIN, FAILED_MSGS, LIKELY_FIX], l),
                        el("tbody", &[], body),
                    ],
                )],
            ));
            if more > 0 {
                children.push(el(
                    "p",
                    &[("class", "report-cut")],
                    vec![text(fill(
                        FAILING_MORE.get(l),
                        &[("n", &count(more as u64, l))],
                    ))],
                ));
            }
        }
    }
    el("section", &[("class", "report-summary")], children)
}

/// The engine's totals over these files.
pub fn summary_of(files: &[Read]) -> Summary {
    // Summary::of takes a slice of results: build it from the English reads
    // without copying the reports.
    let mut s = Summary::default();
    for f in files {
        let one = Summary::of(std::slice::from_ref(&f.en));
        s.files += one.files;
        s.errors += one.errors;
        s.aggregate_reports += one.aggregate_reports;
        s.tls_reports += one.tls_reports;
        s.failure_reports += one.failure_reports;
        s.messages += one.messages;
        s.dmarc_pass += one.dmarc_pass;
        s.spf_aligned += one.spf_aligned;
        s.dkim_aligned += one.dkim_aligned;
        s.rows += one.rows;
        s.successful_sessions += one.successful_sessions;
        s.failed_sessions += one.failed_sessions;
    }
    s
}

/// The progress line while file `index` (from 0) of `total` is read.
pub fn reading_line(index: usize, total: usize, name: &str, l: Lang) -> String {
    fill(
        READING.get(l),
        &[
            ("i", &(index + 1).to_string()),
            ("n", &total.to_string()),
            ("name", name),
        ],
    )
}

/// The line once the batch is read.
pub fn done_line(s: &Summary, l: Lang) -> String {
    fill(
        READ_DONE.get(l),
        &[
            ("n", &s.files.to_string()),
            ("ok", &(s.files - s.errors).to_string()),
            ("bad", &s.errors.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn fixture(rel: &str) -> Vec<u8> {
        let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../selo/tests/fixtures/reports")
            .join(rel);
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    fn json(n: &Node) -> String {
        serde_json::to_string(n).unwrap()
    }

    #[test]
    fn every_text_is_translated() {
        for (name, t) in ALL {
            assert!(!t.en.trim().is_empty() && !t.pt.trim().is_empty(), "{name}");
            if t.en.chars().filter(|c| c.is_alphabetic()).count() > 3
                && !t.en.contains('_')
                && t.en != "Authentication-Results"
            {
                assert_ne!(t.en, t.pt, "{name} is not translated");
            }
            let holes = |s: &'static str| {
                let mut v: Vec<&str> = selo::diagnostic::placeholders(s).collect();
                v.sort();
                v
            };
            assert_eq!(holes(t.en), holes(t.pt), "{name}: placeholders differ");
        }
    }

    #[test]
    fn numbers_and_rates_in_both_languages() {
        assert_eq!(count(1_234_567, Lang::En), "1,234,567");
        assert_eq!(count(1_234_567, Lang::Pt), "1\u{a0}234\u{a0}567");
        assert_eq!(count(999, Lang::En), "999");
        assert_eq!(rate(11, 12, Lang::En), "91.6%");
        assert_eq!(rate(11, 12, Lang::Pt), "91,6\u{a0}%");
        assert_eq!(rate(0, 0, Lang::En), "–");
        assert_eq!(rate(u64::MAX, u64::MAX, Lang::En), "100.0%");
        assert_eq!(rate(3048, 3049, Lang::En), "99.9%");
        assert_eq!(rate(1, 5000, Lang::Pt), "<0,1\u{a0}%");
        assert_eq!(rate(0, 5000, Lang::En), "0.0%");
    }

    #[test]
    fn an_aggregate_report_shows_totals_policy_and_sources() {
        let name = "dmarc-reports/parsedmarc/aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz";
        let r = read(name, &fixture(name));
        assert_eq!(r.en.status, "ok", "{:?}", r.en.error);
        let Report::DmarcAggregate(a) = &r.en.reports[0] else {
            panic!("not an aggregate report")
        };
        for l in [Lang::En, Lang::Pt] {
            let j = json(&file(&r, l));
            assert!(j.contains(&a.org_name), "{j}");
            assert!(j.contains(&a.report_id));
            assert!(j.contains(&policy_line(&a.policy)));
            assert!(j.contains(r#"["table",{"class":"report-sources"}"#), "{j}");
            for row in &a.records {
                assert!(j.contains(&row.source_ip), "{j}");
            }
            assert!(j.contains(&format!(
                r#"["td",{{"data-kind":"messages"}},"{}"]"#,
                count(a.messages, l)
            )));
        }
        assert!(json(&file(&r, Lang::Pt)).contains("Relatório agregado DMARC de"));
    }

    #[test]
    fn a_hostile_file_has_its_own_error_in_each_language() {
        let name = "hostile/doctype-entities.xml";
        let r = read(name, &fixture(name));
        assert_eq!(r.en.status, "error");
        let pt = r.pt.as_ref().expect("read again in Portuguese");
        assert_ne!(r.en.error, pt.error);
        let en = json(&file(&r, Lang::En));
        assert!(en.contains(r.en.error.as_deref().unwrap()), "{en}");
        assert!(en.contains(r#""data-status":"error""#));
        let pt_tree = json(&file(&r, Lang::Pt));
        assert!(pt_tree.contains(pt.error.as_deref().unwrap()), "{pt_tree}");
        assert!(pt_tree.contains("recusado"));
    }

    #[test]
    fn a_tls_report_explains_each_failure() {
        let name = "tlsrpt-reports/mail-auth/rpt01.json";
        let r = read(name, &fixture(name));
        assert_eq!(r.en.status, "ok", "{:?}", r.en.error);
        let Report::TlsRpt(t) = &r.en.reports[0] else {
            panic!("not a TLS report")
        };
        for l in [Lang::En, Lang::Pt] {
            let j = json(&file(&r, l));
            assert!(j.contains(&count(t.failed_sessions, l)), "{j}");
            for p in &t.policies {
                for f in &p.failures {
                    assert!(
                        j.contains(explain::tls_failure(&f.result_type).get(l)),
                        "{}: {j}",
                        f.result_type
                    );
                }
            }
        }
    }

    #[test]
    fn the_summary_totals_the_batch_and_lists_failing_sources_first() {
        let names = [
            "hostile/two-reports.zip",
            "dmarc-reports/parsedmarc/aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz",
            "dmarc-reports/mail-auth/100.eml",
            "tlsrpt-reports/mail-auth/rpt01.json",
            "hostile/random.bin",
        ];
        let reads: Vec<Read> = names.iter().map(|n| read(n, &fixture(n))).collect();
        let s = summary_of(&reads);
        let all: Vec<FileResult> = reads.iter().map(|r| r.en.clone()).collect();
        assert_eq!(s, Summary::of(&all));
        assert_eq!((s.files, s.errors), (5, 1));
        assert!(s.messages > 0 && s.tls_reports == 1);
        let j = json(&summary(&reads, Lang::En));
        assert!(j.contains(&format!(
            r#"["td",{{"data-kind":"messages"}},"{}"]"#,
            count(s.messages, Lang::En)
        )));
        assert!(j.contains(r#"["td",{"data-kind":"files-refused"},"1"]"#));
        assert!(j.contains(&rate(s.dmarc_pass, s.messages, Lang::En)));
        // The failing table is sorted by failing messages.
        let mut failing: Vec<u64> = Vec::new();
        for f in &all {
            for rep in &f.reports {
                if let Report::DmarcAggregate(a) = rep {
                    failing.extend(a.sources.iter().map(|x| x.messages - x.dmarc_pass));
                }
            }
        }
        if failing.iter().any(|&n| n > 0) {
            assert!(j.contains(r#"["table",{"class":"report-failing"}"#), "{j}");
        } else {
            assert!(j.contains("report-all-pass"));
        }
        assert!(done_line(&s, Lang::Pt).contains("4 lidos, 1 recusados"));
    }

    #[test]
    fn unreadable_files_say_so_in_both_languages() {
        let r = unreadable("x.xml");
        assert!(json(&file(&r, Lang::En)).contains("could not read"));
        assert!(json(&file(&r, Lang::Pt)).contains("não conseguiu ler"));
    }
}
