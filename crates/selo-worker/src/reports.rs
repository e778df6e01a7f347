//! The Reports page's reader: each file read with [`selo::report::read`]
//! and rendered as an element tree in one language (see [`crate::tree`]),
//! the batch summary on top, and the exports.
//!
//! Every string from a report (names, addresses, comments) becomes text in
//! the tree; the page never parses HTML. Notes and errors come from the
//! engine in the language it was asked for and, for aggregate reports, in
//! the other one too; any other file with notes or an error is read a
//! second time in Portuguese; the likely fixes and TLS advice are asked of
//! [`selo::report::explain`] in each language.

use crate::render::{enc, fill};
use crate::tree::{Node, col_header, el, head_row, text};
use selo::diagnostic::Plural;
use selo::dns::ReverseName;
use selo::report::{
    self, Aggregate, FailureReport, FileResult, Note, Options, Report, Row, Summary, TlsReport,
    explain,
};
use selo::{Lang, Text};
use std::collections::{BTreeMap, HashMap};

texts! {
    CHECK_NAMES = ("Check these {n} names on the Check page", "Verificar estes {n} nomes na página Verificar");
    READING = ("Reading file {i} of {n}: {name}…", "A ler o ficheiro {i} de {n}: {name}…");
    READ_DONE = (
        "{files}: {ok} read, {bad} refused. Nothing was sent anywhere.",
        "{files}: {ok} lidos, {bad} recusados. Nada foi enviado."
    );
    SUMMARY = ("Summary of the batch", "Resumo do lote");
    SHOWN_NOTE = (
        "Below, the reports of the first {shown} of {n} files; the summary above and the exports count every file.",
        "Abaixo, os relatórios dos primeiros {shown} de {n} ficheiros; o resumo acima e as exportações contam todos os ficheiros."
    );
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
        "Failing sources not listed here: {n}, in the reports below and in the exports.",
        "Origens que falham não listadas aqui: {n}, nos relatórios abaixo e nas exportações."
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
    FIXES_MORE = (
        "Failing sources not listed here: {n}, in the table above and in the exports.",
        "Origens que falham não listadas aqui: {n}, na tabela acima e nas exportações."
    );
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
    COL_DMARC = ("DMARC", "DMARC");
    COL_NAME = ("Name (reverse DNS)", "Nome (DNS inverso)");
    NAME_PENDING = ("looking up…", "a consultar…");
    NAME_NONE = ("no name", "sem nome");
    NAME_FAILED = ("lookup failed: {error}", "consulta falhou: {error}");
    NAME_SKIPPED = ("not looked up", "não consultado");
    SORT_BY = ("Sort by {col}", "Ordenar por {col}");
    FILTERED = (
        "{shown} of {n} rows match the filter.",
        "{shown} de {n} linhas correspondem ao filtro."
    );
    FILTERED_NONE = (
        "No row of this report matches the filter.",
        "Nenhuma linha deste relatório corresponde ao filtro."
    );
    PASS = ("pass", "passa");
    FAIL = ("fail", "falha");
    CHART = ("Messages per day", "Mensagens por dia");
    CHART_LABEL = (
        "Messages per day, {first} to {last}: {total}, failing DMARC: {fail}. The figures are in the table below.",
        "Mensagens por dia, de {first} a {last}: {total}, a falhar o DMARC: {fail}. Os números estão na tabela abaixo."
    );
    CHART_DESC = (
        "Stacked bars, one per day (UTC): messages that passed DMARC, then those that failed. Each report counts on the day in the middle of its period. The tallest bar is {max}.",
        "Barras empilhadas, uma por dia (UTC): mensagens que passaram o DMARC, depois as que falharam. Cada relatório conta no dia a meio do seu período. A barra mais alta tem {max}."
    );
    CHART_CUT = (
        "The chart shows the last {n} days of the reports.",
        "O gráfico mostra os últimos {n} dias dos relatórios."
    );
    CHART_TABLE = ("The figures, day by day", "Os números, dia a dia");
    COL_DAY = ("Day (UTC)", "Dia (UTC)");
    COL_PASSED = ("Passed DMARC", "Passaram o DMARC");
    COL_FAILED = ("Failed DMARC", "Falharam o DMARC");
    SHOW_BODY = (
        "Show the reported message's body",
        "Mostrar o corpo da mensagem relatada"
    );
    BODY = ("Body of the reported message", "Corpo da mensagem relatada");
    NO_BODY = (
        "This report does not carry the message's body.",
        "Este relatório não traz o corpo da mensagem."
    );
    RDNS_PROGRESS = (
        "Looked up {done} of {n} through {resolver} (networks from {service})…",
        "Consultadas {done} de {n} através de {resolver} (redes de {service})…"
    );
    RDNS_DONE = (
        "Looked up {n} through {resolver} (networks from {service}): {found}.",
        "Consultadas {n} através de {resolver} (redes de {service}): {found}."
    );
    RDNS_CUT = (
        "Only the sources with the most messages were looked up: {n}.",
        "Só foram consultadas as origens com mais mensagens: {n}."
    );
    DMARC_READ = ("Looked up {names} through {resolver}.", "Consultado {names} através de {resolver}.");
    RDNS_BAD = (
        "This resolver address cannot be used: give an https:// URL (http:// only on this computer).",
        "Este endereço de resolvedor não pode ser usado: indique um URL https:// (http:// só neste computador)."
    );
}

/// "1 source", "3 sources".
pub(crate) const SOURCE_COUNT: Plural = Plural::new(("source", "sources"), ("origem", "origens"));
/// "1 message", "3 messages".
pub(crate) const MESSAGE_COUNT: Plural =
    Plural::new(("message", "messages"), ("mensagem", "mensagens"));
/// "1 name found", "3 names found".
const NAMES_FOUND: Plural = Plural::new(
    ("name found", "names found"),
    ("nome encontrado", "nomes encontrados"),
);

/// `n` grouped (see [`count`]) with its noun in the right number.
pub fn counted(n: u64, noun: Plural, l: Lang) -> String {
    format!("{} {}", count(n, l), noun.noun(n.min(2) as usize, l))
}

/// "1 file", "3 files".
const FILE_COUNT: selo::diagnostic::Plural =
    selo::diagnostic::Plural::new(("file", "files"), ("ficheiro", "ficheiros"));

/// A result word of a report (`pass`, `fail`, `softfail`...) in `l`: the
/// two that have words of their own are translated, the others are the
/// protocol's terms in every language.
fn result_word(word: &str, l: Lang) -> String {
    match word {
        "pass" => PASS.get(l).to_string(),
        "fail" => FAIL.get(l).to_string(),
        other => other.to_string(),
    }
}

/// Rows shown per aggregate report (the exports have all).
pub const MAX_ROWS: usize = 300;
/// Days the chart shows (the last ones).
pub const MAX_DAYS: usize = 92;
/// Addresses looked up in reverse DNS, the most messages first.
pub const MAX_RDNS: usize = 500;

/// A column the sources tables can be sorted by (the boundary names it).
pub use selo_boundary::SortKey;

/// How the sources tables are shown: the column they are sorted by (none:
/// failing rows first, then the biggest) and the filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub sort: Option<(SortKey, bool)>,
    /// Text an IP, name, domain or selector of the row must contain.
    pub filter: String,
    /// Only the rows that fail DMARC.
    pub failing: bool,
}

impl View {
    /// Sorts by `key`: a second click on the same column reverses the
    /// order; counts start with the biggest, text from A.
    pub fn sort_by(&mut self, key: SortKey) {
        let descending = match self.sort {
            Some((k, d)) if k == key => !d,
            _ => key == SortKey::Count,
        };
        self.sort = Some((key, descending));
    }
}

/// What the page shows besides the reports: the view of the sources
/// tables and the reverse DNS names asked for.
#[derive(Clone, Debug, Default)]
pub struct Ctx {
    pub view: View,
    /// Reverse DNS was asked for (the names column shows).
    pub rdns: bool,
    /// The names found so far, by IP as the report writes it.
    pub names: HashMap<String, ReverseName>,
}
/// Failing sources listed in the batch summary.
pub const MAX_FAILING: usize = 50;

/// One file, read in English and, when it has notes or an error, again in
/// Portuguese (the engine renders those in one language).
#[derive(Debug)]
pub struct Read {
    pub en: FileResult,
    pub pt: Option<FileResult>,
    /// Read with the bodies of reported messages.
    pub with_body: bool,
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

/// Reads one file's bytes (the worker reads `Blob`s with [`read_stream`]).
#[cfg(test)]
pub fn read(name: &str, bytes: &[u8]) -> Read {
    read_stream(name, bytes.len() as u64, false, |_| bytes)
}

/// Reads one file from the readers `open` gives (one for English, one
/// more for Portuguese when the file has notes or an error), `size` bytes
/// long, with the bodies of reported messages or not.
pub fn read_stream<R: std::io::Read>(
    name: &str,
    size: u64,
    with_body: bool,
    mut open: impl FnMut(Lang) -> R,
) -> Read {
    let opts = |lang| Options {
        lang,
        include_body: with_body,
        ..Options::default()
    };
    let en = report::read_from(name, open(Lang::En), size, &opts(Lang::En));
    // Aggregate reports' notes carry both languages: no second reading.
    let pt = has_notes(&en).then(|| {
        en.swapped()
            .unwrap_or_else(|| report::read_from(name, open(Lang::Pt), size, &opts(Lang::Pt)))
    });
    Read { en, pt, with_body }
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
            other: None,
        }),
        reports: Vec::new(),
    };
    Read {
        en: one(Lang::En),
        pt: Some(one(Lang::Pt)),
        with_body: false,
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

/// A two-column table of facts, in a box that scrolls sideways when the
/// table is wider than the page; `kind` marks a row for readers (tests).
fn facts(class: &str, rows: Vec<(&'static str, Text, String)>, l: Lang) -> Node {
    scroll(el(
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
                            el("td", &[("data-kind", kind)], unbroken_names(&value)),
                        ],
                    )
                })
                .collect(),
        )],
    ))
}

/// `table` in a box that scrolls sideways when it is wider than the page,
/// so that no word in it is broken to fit.
pub(crate) fn scroll(table: Node) -> Node {
    el("div", &[("class", "table-scroll")], vec![table])
}

/// A cell listing `items` (`example.com (s1): pass`), each kept on one
/// line: the cell breaks only between them.
fn unbroken(items: &[String]) -> Node {
    let mut kids = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            kids.push(text(", "));
        }
        kids.push(el("span", &[("class", "nowrap")], vec![text(item)]));
    }
    el("td", &[], kids)
}

fn td(s: impl Into<String>) -> Node {
    el("td", &[], unbroken_names(&s.into()))
}

/// `s` as text in which each name, address or date (a word holding `.`,
/// `:`, `@` or `-`: `mx-1.example.com`, `2018-01-16T23:59:59Z`) is kept on
/// one line, so that a line ends only between words.
fn unbroken_names(s: &str) -> Vec<Node> {
    let mut out = Vec::new();
    let mut plain = String::new();
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            plain.push(' ');
        }
        let inner = word.trim_end_matches(['.', ',', ';', ':', ')']);
        if inner.contains(['.', ':', '@', '-']) && inner.chars().any(char::is_alphanumeric) {
            if !plain.is_empty() {
                out.push(text(std::mem::take(&mut plain)));
            }
            out.push(el("span", &[("class", "nowrap")], vec![text(word)]));
        } else {
            plain.push_str(word);
        }
    }
    if !plain.is_empty() || out.is_empty() {
        out.push(text(plain));
    }
    out
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

/// The name column's text for `ip`.
fn name_of(ip: &str, cx: &Ctx, l: Lang) -> String {
    match cx.names.get(ip) {
        None => NAME_PENDING.get(l).to_string(),
        Some(ReverseName::Names(n)) => n.join(", "),
        Some(ReverseName::None) => NAME_NONE.get(l).to_string(),
        Some(ReverseName::NotAnAddress) => NAME_SKIPPED.get(l).to_string(),
        Some(ReverseName::Failed(e)) => fill(
            NAME_FAILED.get(l),
            &[("error", &selo::Localized::message_in(e, l))],
        ),
    }
}

/// True when `r` contains the filter (already lowercase) in its IP, its
/// reverse DNS names, its domains or its DKIM selectors.
fn row_matches(r: &Row, needle: &str, cx: &Ctx) -> bool {
    if needle.is_empty() {
        return true;
    }
    let has = |s: &str| s.to_lowercase().contains(needle);
    has(&r.source_ip)
        || has(&r.header_from)
        || r.envelope_from.as_deref().is_some_and(has)
        || r.dkim_results
            .iter()
            .any(|d| has(&d.domain) || d.selector.as_deref().is_some_and(has))
        || r.spf_results.iter().any(|x| has(&x.domain))
        || cx
            .names
            .get(&r.source_ip)
            .is_some_and(|n| n.names().iter().any(|n| has(n)))
}

/// The rows of `a` as the view shows them: filtered, then sorted.
pub fn view_rows<'a>(a: &'a Aggregate, cx: &Ctx) -> Vec<&'a Row> {
    let needle = cx.view.filter.trim().to_lowercase();
    let mut rows: Vec<&Row> = a
        .records
        .iter()
        .filter(|r| !(cx.view.failing && row_passes(r)) && row_matches(r, &needle, cx))
        .collect();
    match cx.view.sort {
        // Failing rows first, then the biggest.
        None => rows.sort_by_key(|r| (row_passes(r), std::cmp::Reverse(r.count))),
        Some((key, descending)) => {
            let ip = |r: &Row| r.source_ip.trim().parse::<std::net::IpAddr>().ok();
            let name = |r: &Row| {
                cx.names
                    .get(&r.source_ip)
                    .and_then(|n| n.names().first().cloned())
            };
            rows.sort_by(|x, y| {
                let o = match key {
                    SortKey::Ip => ip(x)
                        .cmp(&ip(y))
                        .then_with(|| x.source_ip.cmp(&y.source_ip)),
                    SortKey::Name => name(x).cmp(&name(y)),
                    SortKey::Count => x.count.cmp(&y.count),
                    SortKey::Dmarc => row_passes(x).cmp(&row_passes(y)),
                    SortKey::Disposition => x.disposition.cmp(&y.disposition),
                    SortKey::Spf => x.spf.cmp(&y.spf),
                    SortKey::Dkim => x.dkim.cmp(&y.dkim),
                    SortKey::HeaderFrom => x.header_from.cmp(&y.header_from),
                    SortKey::EnvelopeFrom => x.envelope_from.cmp(&y.envelope_from),
                };
                if descending { o.reverse() } else { o }
            });
        }
    }
    rows
}

fn sources_table(a: &Aggregate, l: Lang, cx: &Ctx) -> Vec<Node> {
    let order = view_rows(a, cx);
    let shown = order.len().min(MAX_ROWS);
    let body: Vec<Node> = order[..shown]
        .iter()
        .map(|r| {
            let pass = row_passes(r);
            let dkim: Vec<String> = r
                .dkim_results
                .iter()
                .map(|d| match &d.selector {
                    Some(s) => format!("{} ({s}): {}", d.domain, result_word(&d.result, l)),
                    None => format!("{}: {}", d.domain, result_word(&d.result, l)),
                })
                .collect();
            let spf: Vec<String> = r
                .spf_results
                .iter()
                .map(|s| match &s.scope {
                    Some(sc) => format!("{} ({sc}): {}", s.domain, result_word(&s.result, l)),
                    None => format!("{}: {}", s.domain, result_word(&s.result, l)),
                })
                .collect();
            let mut cells = vec![el(
                "td",
                &[("class", "col-ip")],
                vec![el("code", &[], vec![text(&r.source_ip)])],
            )];
            if cx.rdns {
                cells.push(el(
                    "td",
                    &[("class", "col-name"), ("data-kind", "name")],
                    vec![text(name_of(&r.source_ip, cx, l))],
                ));
            }
            cells.extend([
                el(
                    "td",
                    &[("class", "col-count"), ("data-kind", "count")],
                    vec![text(count(r.count, l))],
                ),
                el(
                    "td",
                    &[("class", "col-dmarc"), ("data-kind", "dmarc")],
                    vec![text(if pass { PASS.get(l) } else { FAIL.get(l) })],
                ),
                td(&r.disposition),
                td(result_word(&r.spf, l)),
                td(result_word(&r.dkim, l)),
                td(&r.header_from),
                td(opt(&r.envelope_from)),
                unbroken(&dkim),
                unbroken(&spf),
            ]);
            el(
                "tr",
                &[("data-status", if pass { "pass" } else { "fail" })],
                cells,
            )
        })
        .collect();
    let mut cols: Vec<(Text, Option<SortKey>)> = vec![(SOURCE_IP, Some(SortKey::Ip))];
    if cx.rdns {
        cols.push((COL_NAME, Some(SortKey::Name)));
    }
    cols.extend([
        (COL_COUNT, Some(SortKey::Count)),
        (COL_DMARC, Some(SortKey::Dmarc)),
        (COL_DISPOSITION, Some(SortKey::Disposition)),
        (COL_SPF, Some(SortKey::Spf)),
        (COL_DKIM, Some(SortKey::Dkim)),
        (COL_HEADER_FROM, Some(SortKey::HeaderFrom)),
        (COL_ENVELOPE_FROM, Some(SortKey::EnvelopeFrom)),
        (COL_DKIM_CHECKS, None),
        (COL_SPF_CHECKS, None),
    ]);
    let head = selo_boundary::tree::head(
        cols.iter()
            .map(|(label, key)| {
                let Some(key) = key else {
                    return col_header(&[], vec![text(label.get(l))]);
                };
                let sort = match cx.view.sort {
                    Some((k, d)) if k == *key => {
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
                            ("data-sort", key.as_str()),
                            (
                                "aria-label",
                                &fill(SORT_BY.get(l), &[("col", label.get(l))]),
                            ),
                        ],
                        vec![text(label.get(l))],
                    )],
                )
            })
            .collect(),
    );
    let mut out = vec![el(
        "div",
        &[("class", "table-scroll")],
        vec![el(
            "table",
            &[("class", "report-sources")],
            vec![
                el("caption", &[], vec![text(SOURCES.get(l))]),
                head,
                el("tbody", &[], body),
            ],
        )],
    )];
    let filtered = order.len() < a.records.len();
    if filtered {
        out.push(el(
            "p",
            &[("class", "report-filtered")],
            vec![text(if order.is_empty() {
                FILTERED_NONE.get(l).to_string()
            } else {
                fill(
                    FILTERED.get(l),
                    &[
                        ("shown", &count(order.len() as u64, l)),
                        ("n", &count(a.records.len() as u64, l)),
                    ],
                )
            })],
        ));
    }
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

/// The likely fix for the first `limit` failing sources of `a` (the most
/// messages first), in `l`, and how many sources fail in all.
fn fixes(a: &Aggregate, l: Lang, limit: usize) -> (Vec<(String, u64, explain::SourceFix)>, usize) {
    let failing: Vec<&report::Source> = a
        .sources
        .iter()
        .filter(|s| s.dmarc_pass < s.messages)
        .collect();
    let shown = &failing[..failing.len().min(limit)];
    // The rows of those sources, in one pass over the rows.
    let mut rows: HashMap<&str, Vec<&Row>> =
        shown.iter().map(|s| (s.ip.as_str(), Vec::new())).collect();
    for r in &a.records {
        if let Some(v) = rows.get_mut(r.source_ip.as_str()) {
            v.push(r);
        }
    }
    let out = shown
        .iter()
        .map(|s| {
            let mine = rows.get(s.ip.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            (
                s.ip.clone(),
                s.messages - s.dmarc_pass,
                explain::source_fix(s, mine, &a.domain, l),
            )
        })
        .collect();
    (out, failing.len())
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

fn aggregate(a: &Aggregate, l: Lang, cx: &Ctx) -> Node {
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
    children.extend(sources_table(a, l, cx));
    let (fixes, all_failing) = fixes(a, l, MAX_FAILING);
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
        if all_failing > fixes.len() {
            children.push(el(
                "p",
                &[("class", "report-cut")],
                vec![text(fill(
                    FIXES_MORE.get(l),
                    &[("n", &count((all_failing - fixes.len()) as u64, l))],
                ))],
            ));
        }
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
                            // Prose: it may break at any space or hyphen.
                            el("td", &[], vec![text(meaning)]),
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

fn failure(x: &FailureReport, l: Lang, cx: &Ctx, with_body: bool) -> Node {
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
    if let Some(ip) = x.source_ip.as_ref().filter(|_| cx.rdns) {
        rows.push(("source-name", COL_NAME, name_of(ip, cx, l)));
    }
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
    // The body only when asked for: it may hold anyone's mail.
    children.push(match (&x.reported_body, with_body) {
        (Some(body), _) => el(
            "div",
            &[("class", "report-body")],
            vec![
                el("h4", &[], vec![text(BODY.get(l))]),
                el("pre", &[], vec![text(body)]),
            ],
        ),
        (None, true) => el("p", &[("class", "report-body")], vec![text(NO_BODY.get(l))]),
        (None, false) => el(
            "p",
            &[],
            vec![el(
                "button",
                &[("type", "button"), ("data-kind", "show-body")],
                vec![text(SHOW_BODY.get(l))],
            )],
        ),
    });
    el(
        "section",
        &[("class", "report"), ("data-kind", "dmarc-failure")],
        children,
    )
}

/// One file as the page shows it: its name and status, then each report
/// or the precise reason it was refused.
pub fn file(r: &Read, l: Lang, cx: &Ctx) -> Node {
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
            Report::DmarcAggregate(a) => aggregate(a, l, cx),
            Report::TlsRpt(t) => tls(t, l),
            Report::DmarcFailure(x) => failure(x, l, cx, r.with_body),
        });
    }
    el(
        "section",
        &[("class", "report-file"), ("data-status", f.status)],
        children,
    )
}

/// Messages per UTC day over the aggregate reports of `files`: (day since
/// 1970, passed DMARC, failed), every day from the first to the last, each
/// report counted on the day in the middle of its period.
pub fn daily(files: &[Read]) -> Vec<(i64, u64, u64)> {
    let mut by: BTreeMap<i64, (u64, u64)> = BTreeMap::new();
    for f in files {
        for rep in &f.en.reports {
            let Report::DmarcAggregate(a) = rep else {
                continue;
            };
            let mid = a.begin_ts / 2 + a.end_ts.max(a.begin_ts) / 2;
            let e = by.entry(mid.div_euclid(86_400)).or_default();
            let pass = a.dmarc_pass.min(a.messages);
            e.0 += pass;
            e.1 += a.messages - pass;
        }
    }
    let (Some(&first), Some(&last)) = (by.keys().next(), by.keys().next_back()) else {
        return Vec::new();
    };
    // Only the last MAX_DAYS days (a stray old report would flatten the rest).
    let first = first.max(last - MAX_DAYS as i64 + 1);
    (first..=last)
        .map(|d| {
            let (p, f) = by.get(&d).copied().unwrap_or_default();
            (d, p, f)
        })
        .collect()
}

fn day_text(day: i64) -> String {
    report::rfc3339(day * 86_400)[..10].to_string()
}

/// The daily volume as stacked bars (passed below, failed on top), with
/// its name and description for screen readers and the figures in a table.
fn chart(files: &[Read], l: Lang) -> Vec<Node> {
    let days = daily(files);
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return Vec::new();
    };
    let max = days.iter().map(|(_, p, f)| p + f).max().unwrap_or(0).max(1);
    let (total, fail) = days
        .iter()
        .fold((0, 0), |(t, f), (_, p, x)| (t + p + x, f + x));
    // User units: 600 wide; bars share the width, 160 high above 20 for labels.
    let (w, h, top) = (600u64, 160u64, 14u64);
    let slot = w / days.len() as u64;
    let bar = (slot * 4 / 5).max(1);
    let y_of = |n: u64| n * h / max;
    let mut bars = Vec::new();
    for (i, (day, p, f)) in days.iter().enumerate() {
        let x = i as u64 * slot + (slot - bar) / 2;
        let (hp, hf) = (y_of(*p), y_of(p + f) - y_of(*p));
        let label = format!(
            "{}: {} {}, {} {}",
            day_text(*day),
            count(*p, l),
            PASS.get(l),
            count(*f, l),
            FAIL.get(l)
        );
        let mut g = vec![el("title", &[], vec![text(label)])];
        for (class, y, height) in [
            ("chart-pass", top + h - hp, hp),
            ("chart-fail", top + h - hp - hf, hf),
        ] {
            if height > 0 {
                g.push(el(
                    "rect",
                    &[
                        ("class", class),
                        ("x", &x.to_string()),
                        ("y", &y.to_string()),
                        ("width", &bar.to_string()),
                        ("height", &height.to_string()),
                    ],
                    vec![],
                ));
            }
        }
        bars.push(el("g", &[], g));
    }
    let label = fill(
        CHART_LABEL.get(l),
        &[
            ("first", &day_text(first.0)),
            ("last", &day_text(last.0)),
            ("total", &counted(total, MESSAGE_COUNT, l)),
            ("fail", &count(fail, l)),
        ],
    );
    let base = (top + h).to_string();
    let mut svg = vec![
        el("title", &[], vec![text(label.clone())]),
        el(
            "desc",
            &[],
            vec![text(fill(
                CHART_DESC.get(l),
                &[("max", &counted(max, MESSAGE_COUNT, l))],
            ))],
        ),
        el(
            "line",
            &[
                ("class", "chart-base"),
                ("x1", "0"),
                ("x2", &w.to_string()),
                ("y1", &base),
                ("y2", &base),
            ],
            vec![],
        ),
    ];
    svg.extend(bars);
    // The labels are text of the page, not of the drawing, so that they
    // keep the page's size when the drawing shrinks to a phone's width.
    let mut days_row = vec![el(
        "span",
        &[("class", "chart-axis")],
        vec![text(day_text(first.0))],
    )];
    if days.len() > 1 {
        days_row.push(el(
            "span",
            &[("class", "chart-axis chart-end")],
            vec![text(day_text(last.0))],
        ));
    }
    let legend = el(
        "p",
        &[("class", "chart-legend"), ("aria-hidden", "true")],
        vec![
            el("span", &[("class", "chart-key chart-key-pass")], vec![]),
            text(format!(" {} ", COL_PASSED.get(l))),
            el("span", &[("class", "chart-key chart-key-fail")], vec![]),
            text(format!(" {}", COL_FAILED.get(l))),
        ],
    );
    let rows = days
        .iter()
        .map(|(d, p, f)| {
            el(
                "tr",
                &[],
                vec![
                    td(day_text(*d)),
                    el("td", &[("data-kind", "pass")], vec![text(count(*p, l))]),
                    el("td", &[("data-kind", "fail")], vec![text(count(*f, l))]),
                    td(count(p + f, l)),
                ],
            )
        })
        .collect();
    let mut out = vec![
        el("h4", &[], vec![text(CHART.get(l))]),
        el(
            "div",
            &[("class", "report-chart")],
            vec![
                el(
                    "p",
                    &[("class", "chart-axis chart-max"), ("aria-hidden", "true")],
                    vec![text(count(max, l))],
                ),
                el(
                    "svg",
                    &[
                        ("class", "report-chart-svg"),
                        ("role", "img"),
                        ("aria-label", &label),
                        ("viewBox", &format!("0 0 {w} {}", top + h + 2)),
                    ],
                    svg,
                ),
                el(
                    "p",
                    &[("class", "chart-days"), ("aria-hidden", "true")],
                    days_row,
                ),
            ],
        ),
        legend,
    ];
    if days.len() == MAX_DAYS {
        out.push(el(
            "p",
            &[("class", "report-cut")],
            vec![text(fill(
                CHART_CUT.get(l),
                &[("n", &MAX_DAYS.to_string())],
            ))],
        ));
    }
    out.push(el(
        "details",
        &[("class", "report-chart-table")],
        vec![
            el("summary", &[], vec![text(CHART_TABLE.get(l))]),
            scroll(el(
                "table",
                &[("class", "report-facts report-days")],
                vec![
                    head_row(&[COL_DAY, COL_PASSED, COL_FAILED, MESSAGES], l),
                    el("tbody", &[], rows),
                ],
            )),
        ],
    ));
    out
}

/// Names of a batch sent to the Check page at most.
const MAX_NAMES: usize = 500;

/// The policy domains and `header_from` names of the batch's aggregate
/// reports (domains and subdomains), in order, without repeats.
pub fn header_from_names(files: &[Read]) -> Vec<String> {
    let mut names = std::collections::BTreeSet::new();
    for f in files {
        for rep in &f.en.reports {
            if let Report::DmarcAggregate(a) = rep {
                names.insert(a.domain.to_ascii_lowercase());
                for r in &a.records {
                    names.insert(r.header_from.to_ascii_lowercase());
                }
            }
        }
    }
    names
        .into_iter()
        .filter(|n| n.contains('.'))
        .take(MAX_NAMES)
        .collect()
}

/// A link that opens the Check page with the batch's names as its list,
/// so each name's DMARC coverage (own record, sp=, np=) shows in one
/// table.
fn check_link(files: &[Read], l: Lang) -> Option<Node> {
    let names = header_from_names(files);
    if names.is_empty() {
        return None;
    }
    let href = format!("?page=check&domain={}", enc(&names.join(" ")));
    let label = fill(CHECK_NAMES.get(l), &[("n", &names.len().to_string())]);
    Some(el(
        "p",
        &[("class", "report-exports")],
        vec![el(
            "a",
            &[
                ("class", "button-link"),
                ("href", &href),
                ("data-kind", "check-names"),
            ],
            vec![text(label)],
        )],
    ))
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
    children.extend(check_link(files, l));
    children.extend(chart(files, l));
    if s.aggregate_reports > 0 {
        // (domain, ip) -> failing, total, the first report where it fails.
        let mut by: HashMap<(&str, &str), (u64, u64, Option<&Aggregate>)> = HashMap::new();
        for f in files {
            for rep in &f.en.reports {
                let Report::DmarcAggregate(a) = rep else {
                    continue;
                };
                for src in &a.sources {
                    let e = by
                        .entry((a.domain.as_str(), src.ip.as_str()))
                        .or_insert((0, 0, None));
                    let fail = src.messages - src.dmarc_pass.min(src.messages);
                    e.0 += fail;
                    e.1 += src.messages;
                    if e.2.is_none() && fail > 0 {
                        e.2 = Some(a);
                    }
                }
            }
        }
        let mut failing: Vec<_> = by.into_iter().filter(|(_, v)| v.0 > 0).collect();
        failing.sort_by(|a, b| b.1.0.cmp(&a.1.0).then_with(|| a.0.cmp(&b.0)));
        // The fixes of the sources shown only (there may be many thousands).
        let failing: Vec<_> = failing
            .into_iter()
            .enumerate()
            .map(|(i, ((domain, ip), (fail, total, a)))| {
                let fix = a.filter(|_| i < MAX_FAILING).and_then(|a| {
                    let src = a.sources.iter().find(|s| s.ip == ip)?;
                    let rows: Vec<&Row> = a.records.iter().filter(|r| r.source_ip == ip).collect();
                    Some(explain::source_fix(src, &rows, &a.domain, l))
                });
                ((domain, ip), (fail, total, fix))
            })
            .collect();
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
                            el("td", &[], vec![el("code", &[], vec![text(*ip)])]),
                            td(*domain),
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
    if files.len() > SHOWN {
        children.push(el(
            "p",
            &[("class", "report-shown")],
            vec![text(fill(
                SHOWN_NOTE.get(l),
                &[
                    ("shown", &count(SHOWN as u64, l)),
                    ("n", &count(files.len() as u64, l)),
                ],
            ))],
        ));
    }
    el("section", &[("class", "report-summary")], children)
}

/// How many files of a batch get their own section on the page: past
/// these, the page would spend its time laying out thousands of sections.
/// The summary and the exports count every file.
pub const SHOWN: usize = 200;

/// Whether a progress answer is due: every file while the first `SHOWN` are
/// read, then at most every `PROGRESS_MS` (`now` and `last` in ms).
pub fn progress_due(index: usize, now: f64, last: f64) -> bool {
    index < SHOWN || now - last >= PROGRESS_MS
}

/// The least time between two progress answers past the first files.
const PROGRESS_MS: f64 = 100.0;

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
            ("files", &FILE_COUNT.count(s.files as usize, l)),
            ("ok", &(s.files - s.errors).to_string()),
            ("bad", &s.errors.to_string()),
        ],
    )
}

/// The addresses of `files` to look up in reverse DNS, the most messages
/// first (the sources of failure reports last), at most [`MAX_RDNS`], and
/// how many there were in all.
pub fn rdns_targets(files: &[Read]) -> (Vec<String>, usize) {
    let mut by: HashMap<&str, u64> = HashMap::new();
    for f in files {
        for rep in &f.en.reports {
            match rep {
                Report::DmarcAggregate(a) => {
                    for src in &a.sources {
                        *by.entry(src.ip.as_str()).or_default() += src.messages;
                    }
                }
                Report::DmarcFailure(x) => {
                    if let Some(ip) = &x.source_ip {
                        by.entry(ip.as_str()).or_default();
                    }
                }
                Report::TlsRpt(_) => {}
            }
        }
    }
    let mut all: Vec<(&str, u64)> = by.into_iter().collect();
    all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let n = all.len();
    (
        all.into_iter()
            .take(MAX_RDNS)
            .map(|(ip, _)| ip.to_string())
            .collect(),
        n,
    )
}

/// True when the file has a report whose tree shows sources.
pub fn has_sources(r: &Read) -> bool {
    r.en.reports
        .iter()
        .any(|x| matches!(x, Report::DmarcAggregate(_) | Report::DmarcFailure(_)))
}

/// The line while reverse DNS lookups run, and once they are done.
pub fn names_line(
    done: usize,
    total: usize,
    found: usize,
    all: usize,
    resolver: &str,
    l: Lang,
) -> String {
    let n = counted(total as u64, SOURCE_COUNT, l);
    let mut line = if done < total {
        fill(
            RDNS_PROGRESS.get(l),
            &[
                ("done", &done.to_string()),
                ("n", &n),
                ("resolver", resolver),
                ("service", selo::report::enrich::ASN_SERVICE),
            ],
        )
    } else {
        fill(
            RDNS_DONE.get(l),
            &[
                ("n", &n),
                ("found", &counted(found as u64, NAMES_FOUND, l)),
                ("resolver", resolver),
                ("service", selo::report::enrich::ASN_SERVICE),
            ],
        )
    };
    if all > total {
        line.push(' ');
        line.push_str(&fill(RDNS_CUT.get(l), &[("n", &total.to_string())]));
    }
    line
}

/// The batch in the worker: the files read, kept so that the page can
/// sort, filter, look names up and ask for a body without reading again.
#[cfg(target_arch = "wasm32")]
pub mod run {
    use super::*;
    use crate::fetch::Fetch;
    use crate::port::{post, post_with};
    use selo::dns::{DohResolver, ResolverUrl};
    use selo_boundary::{Both, FileTree, Line, Names, Packed, Reading, Response, Summary};
    use std::cell::RefCell;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Blob, FileReaderSync};

    struct Batch {
        names: Vec<String>,
        blobs: Vec<Option<Blob>>,
        read: Vec<Read>,
        cx: Ctx,
        /// The reports merged, each counted once.
        sources: selo::report::sources::Batch,
        /// What looking the sources up found.
        found: selo::report::enrich::Enrichment,
        /// The DMARC record published for each domain, once read.
        published: BTreeMap<String, selo::report::readiness::Published>,
    }

    /// The batch summary: totals, chart, failing sources, then the batch
    /// as a whole (senders, readiness, selectors, duplicates).
    fn summary_tree(b: &Batch, l: Lang) -> Node {
        let mut top = super::summary(&b.read, l);
        if let Node::El(_, _, kids) = &mut top {
            kids.extend(crate::sources::view(&b.sources, &b.found, &b.published, l));
        }
        top
    }

    thread_local! {
        static BATCH: RefCell<Option<Batch>> = const { RefCell::new(None) };
    }

    /// Bytes read from a `Blob` at a time.
    const CHUNK: u64 = 1 << 20;

    /// A `Blob` read a chunk at a time with `FileReaderSync`, telling
    /// `on_chunk` how far it has come.
    struct BlobReader<'a> {
        blob: &'a Blob,
        reader: &'a FileReaderSync,
        pos: u64,
        size: u64,
        buf: Vec<u8>,
        at: usize,
        on_chunk: &'a dyn Fn(u64),
    }

    impl std::io::Read for BlobReader<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            if self.at >= self.buf.len() {
                if self.pos >= self.size {
                    return Ok(0);
                }
                let end = (self.pos + CHUNK).min(self.size);
                let part = self
                    .blob
                    .slice_with_f64_and_f64(self.pos as f64, end as f64)
                    .and_then(|b| self.reader.read_as_array_buffer(&b))
                    .map_err(|_| std::io::Error::other("the browser could not read the file"))?;
                self.buf = js_sys::Uint8Array::new(&part).to_vec();
                self.at = 0;
                if self.buf.is_empty() {
                    return Ok(0);
                }
                self.pos += self.buf.len() as u64;
                (self.on_chunk)(self.pos);
            }
            let n = out.len().min(self.buf.len() - self.at);
            out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    fn read_blob(
        name: &str,
        blob: Option<&Blob>,
        reader: Option<&FileReaderSync>,
        with_body: bool,
        on_chunk: &dyn Fn(u64),
    ) -> Read {
        let (Some(blob), Some(reader)) = (blob, reader) else {
            return unreadable(name);
        };
        let size = blob.size() as u64;
        let mut first = true;
        let quiet = |_: u64| {};
        let r = read_stream(name, size, with_body, |_| {
            // Progress for the first reading only.
            let on: &dyn Fn(u64) = if first { on_chunk } else { &quiet };
            first = false;
            BlobReader {
                blob,
                reader,
                pos: 0,
                size,
                buf: Vec::new(),
                at: 0,
                on_chunk: on,
            }
        });
        // A read error is the browser's, not the file's.
        if r.en
            .error_detail
            .as_ref()
            .is_some_and(|e| e.code == "report::read-error")
        {
            return unreadable(name);
        }
        r
    }

    /// Reads a batch of report files, `names` and their `blobs` (see
    /// `Request::ReadReports`), answering question `id` with progress and
    /// each file's tree as it goes.
    pub fn read_batch(id: u64, names: Vec<String>, blobs: Vec<JsValue>) {
        let total = names.len();
        let mut blobs = blobs.into_iter();
        let blobs: Vec<Option<Blob>> = (0..total)
            .map(|_| blobs.next().and_then(|b| b.dyn_into::<Blob>().ok()))
            .collect();
        let batch_size: u64 = blobs.iter().flatten().map(|b| b.size() as u64).sum();
        let reader = FileReaderSync::new().ok();
        let cx = Ctx::default();
        let mut sources = selo::report::sources::Batch::default();
        let mut read = Vec::with_capacity(total);
        let mut batch_read = 0u64;
        let last = std::cell::Cell::new(f64::MIN);
        for (index, name) in names.iter().enumerate() {
            let blob = blobs[index].as_ref();
            let size = blob.map_or(0, |b| b.size() as u64);
            let line = Line {
                en: reading_line(index, total, name, Lang::En),
                pt: reading_line(index, total, name, Lang::Pt),
            };
            let progress = |done: u64, line: &Line| {
                let now = js_sys::Date::now();
                if !progress_due(index, now, last.get()) {
                    return;
                }
                last.set(now);
                post(
                    id,
                    Response::ReportProgress(Packed::new(&Reading {
                        index,
                        total,
                        line: line.clone(),
                        read: done,
                        size,
                        batch_read: batch_read + done,
                        batch_size,
                    })),
                )
            };
            progress(0, &line);
            let mut one = read_blob(name, blob, reader.as_ref(), false, &|done| {
                progress(done, &line)
            });
            // A report already in the batch is counted once (the same
            // reports in the Portuguese reading).
            for i in sources.add(&mut one.en) {
                if let Some(pt) = one.pt.as_mut()
                    && i < pt.reports.len()
                {
                    pt.reports.remove(i);
                }
            }
            batch_read += size;
            if index < SHOWN {
                post(
                    id,
                    Response::ReportFile(Packed::new(&FileTree {
                        index,
                        tree: Both {
                            en: file(&one, Lang::En, &cx),
                            pt: file(&one, Lang::Pt, &cx),
                        },
                    })),
                );
            }
            read.push(one);
        }
        let summary = summary_of(&read);
        let mut batch = Batch {
            names,
            blobs,
            read,
            cx,
            sources,
            found: Default::default(),
            published: BTreeMap::new(),
        };
        let en = summary_tree(&batch, Lang::En);
        let pt = summary_tree(&batch, Lang::Pt);
        let line = Line {
            en: done_line(&summary, Lang::En),
            pt: done_line(&summary, Lang::Pt),
        };
        // The totals first: the exports of a large batch take a while.
        post(
            id,
            Response::ReportDone(Packed::new(&Summary {
                line,
                tree: Both { en, pt },
            })),
        );
        let read = &mut batch.read;
        // The exports take the results by slice: lend them without a copy.
        let empty = || FileResult {
            file: String::new(),
            status: "ok",
            error: None,
            error_detail: None,
            reports: Vec::new(),
        };
        let files: Vec<FileResult> = read
            .iter_mut()
            .map(|r| std::mem::replace(&mut r.en, empty()))
            .collect();
        let blob = |bytes: &[u8]| {
            let bytes = js_sys::Uint8Array::from(bytes);
            Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&bytes))
                .map(JsValue::from)
                .unwrap_or(JsValue::NULL)
        };
        // The CSV of `selo report`: parsedmarc's columns, then each row's
        // source as the batch classified it.
        let views = batch.sources.sources(&batch.found, Lang::En);
        let table: report::export::SourceTable = views
            .iter()
            .map(|s| {
                let cols = report::export::SourceColumns {
                    view: s,
                    country: None,
                };
                (s.ip.as_str(), cols)
            })
            .collect();
        let mut csv = Vec::new();
        let _ = report::export::write_csv_header_with_sources(&mut csv);
        let mut row = String::new();
        for f in &files {
            let _ = report::export::write_csv_file_with_sources(&mut csv, &mut row, f, &table);
        }
        drop(table);
        drop(views);
        // The CSV is UTF-8 as written: its bytes go as they are.
        let csv = blob(&csv);
        let json = blob(report::export::to_json(&files).as_bytes());
        for (r, f) in read.iter_mut().zip(files) {
            r.en = f;
        }
        post_with(id, Response::ReportExports, &[csv, json]);
        BATCH.with(|b| *b.borrow_mut() = Some(batch));
    }

    /// The trees of the files `which` picks, built again.
    fn trees(which: impl Fn(&Read) -> bool) -> Vec<FileTree> {
        BATCH.with(|b| {
            let b = b.borrow();
            let Some(b) = b.as_ref() else {
                return Vec::new();
            };
            b.read
                .iter()
                .take(SHOWN)
                .enumerate()
                .filter(|(_, r)| which(r))
                .map(|(index, r)| FileTree {
                    index,
                    tree: Both {
                        en: file(r, Lang::En, &b.cx),
                        pt: file(r, Lang::Pt, &b.cx),
                    },
                })
                .collect()
        })
    }

    fn with_batch(f: impl FnOnce(&mut Batch)) {
        BATCH.with(|b| {
            if let Some(b) = b.borrow_mut().as_mut() {
                f(b)
            }
        });
    }

    fn has_aggregate(r: &Read) -> bool {
        r.en.reports
            .iter()
            .any(|x| matches!(x, Report::DmarcAggregate(_)))
    }

    pub fn sort(id: u64, key: SortKey) {
        with_batch(|b| b.cx.view.sort_by(key));
        let files = trees(has_aggregate);
        post(id, Response::ReportFiles(Packed::new(&files)));
    }

    pub fn filter(id: u64, text: String, failing: bool) {
        with_batch(|b| {
            b.cx.view.filter = text;
            b.cx.view.failing = failing;
        });
        let files = trees(has_aggregate);
        post(id, Response::ReportFiles(Packed::new(&files)));
    }

    pub fn body(id: u64, index: usize) {
        let reader = FileReaderSync::new().ok();
        with_batch(|b| {
            let (Some(name), Some(blob)) = (b.names.get(index), b.blobs.get(index)) else {
                return;
            };
            let again = read_blob(name, blob.as_ref(), reader.as_ref(), true, &|_| {});
            b.read[index] = again;
        });
        let files = BATCH.with(|b| {
            let b = b.borrow();
            b.as_ref()
                .and_then(|b| {
                    b.read.get(index).map(|r| FileTree {
                        index,
                        tree: Both {
                            en: file(r, Lang::En, &b.cx),
                            pt: file(r, Lang::Pt, &b.cx),
                        },
                    })
                })
                .into_iter()
                .collect()
        });
        post(id, Response::ReportFiles(Packed::new(&files)));
    }

    /// Reads the DMARC record of each domain of the batch's readiness
    /// through `resolver` (the only names asked: `_dmarc.<domain>`), and
    /// answers with the summary, its next records written on them.
    pub async fn dmarc(id: u64, resolver: String) {
        let url = ResolverUrl::try_from(resolver.as_str());
        let domains: Vec<String> = BATCH.with(|b| {
            b.borrow()
                .as_ref()
                .map(|b| {
                    let list = b.sources.sources(&b.found, Lang::En);
                    let mut d: Vec<String> =
                        selo::report::readiness::readiness(&b.sources, &list, Lang::En)
                            .into_iter()
                            .map(|r| r.domain)
                            .collect();
                    d.dedup();
                    d
                })
                .unwrap_or_default()
        });
        let Ok(url) = url else {
            let line = Line {
                en: RDNS_BAD.get(Lang::En).to_string(),
                pt: RDNS_BAD.get(Lang::Pt).to_string(),
            };
            return post(id, names_answer(line, None));
        };
        let host = host_of(&url);
        let dns = DohResolver::new(
            url,
            Fetch {
                timeout_ms: TIMEOUT_MS,
            },
        );
        for d in &domains {
            let found = selo::report::readiness::published(&dns, d).await;
            with_batch(|b| {
                b.published.insert(d.clone(), found);
            });
        }
        let names = domains
            .iter()
            .map(|d| format!("_dmarc.{d}"))
            .collect::<Vec<_>>()
            .join(", ");
        let line = |l: Lang| fill(DMARC_READ.get(l), &[("names", &names), ("resolver", &host)]);
        let summary = BATCH.with(|b| {
            b.borrow().as_ref().map(|b| Both {
                en: summary_tree(b, Lang::En),
                pt: summary_tree(b, Lang::Pt),
            })
        });
        let line = Line {
            en: line(Lang::En),
            pt: line(Lang::Pt),
        };
        post(id, names_answer(line, summary));
    }

    /// host[:port], as the page names a resolver.
    fn host_of(url: &ResolverUrl) -> String {
        url.as_str()
            .split_once("://")
            .and_then(|(_, rest)| rest.split('/').next())
            .unwrap_or(url.host())
            .to_string()
    }

    /// The last answer about lookups: `line`, and the summary again.
    fn names_answer(line: Line, summary: Option<Both>) -> Response {
        Response::ReportNames {
            finished: true,
            names: Packed::new(&Names {
                done: 0,
                total: 0,
                line,
                files: Vec::new(),
                summary,
            }),
        }
    }

    /// Per request.
    const TIMEOUT_MS: i32 = 5_000;
    /// Lookups in flight at once.
    const PARALLEL: usize = 16;

    pub async fn names(id: u64, resolver: String) {
        let Ok(url) = ResolverUrl::try_from(resolver.as_str()) else {
            return post(
                id,
                Response::ReportNames {
                    finished: true,
                    names: Packed::new(&Names {
                        done: 0,
                        total: 0,
                        line: Line {
                            en: RDNS_BAD.get(Lang::En).to_string(),
                            pt: RDNS_BAD.get(Lang::Pt).to_string(),
                        },
                        files: Vec::new(),
                        summary: None,
                    }),
                },
            );
        };
        let host = host_of(&url);
        let Some((ips, all)) = BATCH.with(|b| {
            b.borrow_mut().as_mut().map(|b| {
                b.cx.rdns = true;
                rdns_targets(&b.read)
            })
        }) else {
            return;
        };
        let total = ips.len();
        let line = |done: usize, found: usize| Line {
            en: names_line(done, total, found, all, &host, Lang::En),
            pt: names_line(done, total, found, all, &host, Lang::Pt),
        };
        // The names column, empty until the names come.
        post(
            id,
            Response::ReportNames {
                finished: false,
                names: Packed::new(&Names {
                    done: 0,
                    total,
                    line: line(0, 0),
                    files: trees(has_sources),
                    summary: None,
                }),
            },
        );
        let dns = DohResolver::new(
            url,
            Fetch {
                timeout_ms: TIMEOUT_MS,
            },
        );
        let (mut done, mut found) = (0, 0);
        // The batch's cache, taken out while the lookups run (the page may
        // sort or filter meanwhile) and put back with what they found.
        let mut cache = BATCH
            .with(|b| {
                b.borrow_mut()
                    .as_mut()
                    .map(|b| std::mem::take(&mut b.found))
            })
            .unwrap_or_default();
        selo::report::enrich::enrich(&dns, &ips, &mut cache, PARALLEL, |_, _, e| {
            done += 1;
            let name = match (&e.ptr_error, &e.ptr) {
                (Some(err), _) => ReverseName::Failed(err.clone()),
                (None, Some(p)) => ReverseName::Names(vec![p.clone()]),
                (None, None) => ReverseName::None,
            };
            found += usize::from(e.ptr.is_some());
            with_batch(|b| {
                b.cx.names.insert(e.ip.clone(), name);
            });
            post(
                id,
                Response::ReportNames {
                    finished: false,
                    names: Packed::new(&Names {
                        done,
                        total,
                        line: line(done, found),
                        files: Vec::new(),
                        summary: None,
                    }),
                },
            );
        })
        .await;
        with_batch(|b| b.found = cache);
        // Sources past the cap say they were not looked up.
        with_batch(|b| {
            for f in &b.read {
                for rep in &f.en.reports {
                    if let Report::DmarcAggregate(a) = rep {
                        for r in &a.records {
                            b.cx.names
                                .entry(r.source_ip.clone())
                                .or_insert(ReverseName::NotAnAddress);
                        }
                    }
                }
            }
        });
        post(
            id,
            Response::ReportNames {
                finished: true,
                names: Packed::new(&Names {
                    done,
                    total,
                    line: line(done, found),
                    files: trees(has_sources),
                    summary: BATCH.with(|b| {
                        b.borrow().as_ref().map(|b| Both {
                            en: summary_tree(b, Lang::En),
                            pt: summary_tree(b, Lang::Pt),
                        })
                    }),
                }),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// No text of this table is shown with a `{placeholder}` left: each
    /// is filled, in both languages, the way its code here fills it.
    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let left = selo::Text::unfilled_in(ALL, "reports.rs", include_str!("reports.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    fn fixture(rel: &str) -> Vec<u8> {
        let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../selo/tests/fixtures/reports")
            .join(rel);
        std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    fn json(n: &Node) -> String {
        n.json()
    }

    #[test]
    fn every_text_is_translated() {
        for (name, t) in ALL {
            assert!(!t.en.trim().is_empty() && !t.pt.trim().is_empty(), "{name}");
            if t.en.chars().filter(|c| c.is_alphabetic()).count() > 3
                && !t.en.contains('_')
                && !["Authentication-Results", "DMARC"].contains(&t.en)
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
            let j = json(&file(&r, l, &Ctx::default()));
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
        assert!(json(&file(&r, Lang::Pt, &Ctx::default())).contains("Relatório agregado DMARC de"));
    }

    #[test]
    fn a_hostile_file_has_its_own_error_in_each_language() {
        let name = "hostile/doctype-entities.xml";
        let r = read(name, &fixture(name));
        assert_eq!(r.en.status, "error");
        let pt = r.pt.as_ref().expect("read again in Portuguese");
        assert_ne!(r.en.error, pt.error);
        let en = json(&file(&r, Lang::En, &Ctx::default()));
        assert!(en.contains(r.en.error.as_deref().unwrap()), "{en}");
        assert!(en.contains(r#""data-status":"error""#));
        let pt_tree = json(&file(&r, Lang::Pt, &Ctx::default()));
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
            let j = json(&file(&r, l, &Ctx::default()));
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
    fn a_large_batch_says_only_its_first_files_have_sections() {
        let one = fixture("dmarc-reports/mail-auth/100.eml");
        let few: Vec<Read> = (0..3).map(|i| read(&format!("{i}.eml"), &one)).collect();
        assert!(!json(&summary(&few, Lang::En)).contains("report-shown"));
        let many: Vec<Read> = (0..SHOWN + 1)
            .map(|i| read(&format!("{i}.eml"), &one))
            .collect();
        let en = json(&summary(&many, Lang::En));
        assert!(en.contains("Below, the reports of the first 200 of 201 files"));
        let pt = json(&summary(&many, Lang::Pt));
        assert!(pt.contains("primeiros 200 de 201 ficheiros"));
    }

    #[test]
    fn progress_is_posted_for_each_first_file_then_at_most_every_100_ms() {
        assert!(progress_due(0, 5.0, 0.0));
        assert!(progress_due(SHOWN - 1, 5.0, 0.0));
        assert!(!progress_due(SHOWN, 50.0, 0.0));
        assert!(progress_due(SHOWN, 100.0, 0.0));
        assert!(progress_due(SHOWN, 0.0, f64::MIN));
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
        // The batch's names open the Check page as one list.
        let names = header_from_names(&reads);
        assert!(names.contains(&"example.com".to_string()), "{names:?}");
        let href = format!("?page=check&domain={}", enc(&names.join(" ")));
        assert!(j.contains(&href), "{j}");
        let n = names.len().to_string();
        assert!(j.contains(&format!("Check these {n} names on the Check page")));
        let pt = json(&summary(&reads, Lang::Pt));
        assert!(pt.contains(&format!("Verificar estes {n} nomes")));
    }

    fn aggregate_of(r: &Read) -> &Aggregate {
        r.en.reports
            .iter()
            .find_map(|x| match x {
                Report::DmarcAggregate(a) => Some(a),
                _ => None,
            })
            .expect("an aggregate report")
    }

    #[test]
    fn the_chart_stacks_passed_and_failed_per_day_with_its_figures() {
        let names = [
            "dmarc-reports/mail-auth/003.xml",
            "dmarc-reports/parsedmarc/aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz",
            "dmarc-reports/parsedmarc/aggregate/rfc9990-sample.xml",
            "dmarc-reports/parsedmarc/aggregate/example.net!example.com!1529366400!1529452799.xml",
        ];
        let reads: Vec<Read> = names.iter().map(|n| read(n, &fixture(n))).collect();
        let days = daily(&reads);
        let s = summary_of(&reads);
        // Every message is on one day; the days are contiguous and at most MAX_DAYS.
        let in_chart: u64 = days.iter().map(|(_, p, f)| p + f).sum();
        let passed: u64 = days.iter().map(|(_, p, _)| p).sum();
        let last_day = days.last().unwrap().0;
        let recent: u64 = reads
            .iter()
            .map(aggregate_of)
            .filter(|a| {
                (a.begin_ts / 2 + a.end_ts / 2).div_euclid(86_400) > last_day - MAX_DAYS as i64
            })
            .map(|a| a.messages)
            .sum();
        assert_eq!(in_chart, recent);
        assert!(passed <= s.dmarc_pass);
        assert!(days.len() <= MAX_DAYS);
        assert!(days.windows(2).all(|w| w[1].0 == w[0].0 + 1));
        // One report only: one day, its figures in the label and the table.
        let one = &reads[1..2];
        let a = aggregate_of(&one[0]);
        assert_eq!(
            daily(one),
            vec![(a.begin_ts / 86_400, a.dmarc_pass, a.messages - a.dmarc_pass)]
        );
        for l in [Lang::En, Lang::Pt] {
            let j = json(&summary(one, l));
            assert!(
                j.contains(r#"["svg",{"class":"report-chart-svg","role":"img","aria-label":"#),
                "{j}"
            );
            assert!(j.contains(&format!("{} ", count(a.messages, l))), "{j}");
            assert!(j.contains(r#"["rect",{"class":"chart-"#), "{j}");
            assert!(j.contains(r#"["desc",{}"#));
            assert!(j.contains(r#"["details",{"class":"report-chart-table"}"#));
            assert!(
                j.contains(&format!(
                    r#"["td",{{"data-kind":"pass"}},"{}"]"#,
                    count(a.dmarc_pass, l)
                )),
                "{j}"
            );
        }
        // No aggregate report: no chart.
        let tls = "tlsrpt-reports/mail-auth/rpt01.json";
        let only_tls = [read(tls, &fixture(tls))];
        assert!(daily(&only_tls).is_empty());
        assert!(!json(&summary(&only_tls, Lang::En)).contains("svg"));
    }

    #[test]
    fn sources_sort_by_a_column_both_ways_and_filter() {
        let name = "dmarc-reports/mail-auth/003.xml";
        let r = read(name, &fixture(name));
        let a = aggregate_of(&r);
        assert!(a.records.len() >= 3);
        let mut cx = Ctx::default();
        // Default: failing rows first, then the biggest.
        let rows = view_rows(a, &cx);
        assert!(
            rows.windows(2)
                .all(|w| (row_passes(w[0]), std::cmp::Reverse(w[0].count))
                    <= (row_passes(w[1]), std::cmp::Reverse(w[1].count)))
        );
        cx.view.sort_by(SortKey::Count);
        assert_eq!(cx.view.sort, Some((SortKey::Count, true)));
        let counts: Vec<u64> = view_rows(a, &cx).iter().map(|r| r.count).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        cx.view.sort_by(SortKey::Count);
        let counts: Vec<u64> = view_rows(a, &cx).iter().map(|r| r.count).collect();
        assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
        cx.view.sort_by(SortKey::Ip);
        assert_eq!(cx.view.sort, Some((SortKey::Ip, false)));
        let ips: Vec<std::net::IpAddr> = view_rows(a, &cx)
            .iter()
            .map(|r| r.source_ip.parse().unwrap())
            .collect();
        assert!(ips.windows(2).all(|w| w[0] <= w[1]), "{ips:?}");
        let j = json(&file(&r, Lang::En, &cx));
        assert!(j.contains(r#"["th",{"scope":"col","aria-sort":"ascending"},["button",{"type":"button","class":"report-sort","data-sort":"ip","#), "{j}");
        assert_eq!(j.matches("aria-sort").count(), 1);

        // A filter by IP keeps that row only, and says so.
        let ip = a.records[1].source_ip.clone();
        cx.view.filter = format!(" {ip} ");
        let rows = view_rows(a, &cx);
        assert!(!rows.is_empty() && rows.iter().all(|r| r.source_ip == ip));
        let j = json(&file(&r, Lang::Pt, &cx));
        assert!(j.contains("correspondem ao filtro"), "{j}");
        // By domain, case aside.
        cx.view.filter = a.records[0].header_from.to_uppercase();
        assert!(view_rows(a, &cx).iter().all(|r| {
            r.header_from == a.records[0].header_from
                || r.envelope_from.as_deref() == Some(&a.records[0].header_from)
                || r.dkim_results
                    .iter()
                    .any(|d| d.domain.eq_ignore_ascii_case(&a.records[0].header_from))
                || r.spf_results
                    .iter()
                    .any(|d| d.domain.eq_ignore_ascii_case(&a.records[0].header_from))
        }));
        cx.view.filter = "no-such-thing.invalid".into();
        assert!(view_rows(a, &cx).is_empty());
        assert!(json(&file(&r, Lang::En, &cx)).contains("No row of this report matches"));
        // Only failing rows.
        cx.view.filter.clear();
        cx.view.failing = true;
        let failing = a.records.iter().filter(|r| !row_passes(r)).count();
        assert_eq!(view_rows(a, &cx).len(), failing);
    }

    #[test]
    fn names_show_in_a_column_only_when_asked() {
        let name = "dmarc-reports/mail-auth/003.xml";
        let r = read(name, &fixture(name));
        let a = aggregate_of(&r);
        let mut cx = Ctx::default();
        assert!(!json(&file(&r, Lang::En, &cx)).contains("reverse DNS"));
        cx.rdns = true;
        let ips: Vec<&str> = a.records.iter().map(|r| r.source_ip.as_str()).collect();
        cx.names.insert(
            ips[0].into(),
            ReverseName::Names(vec!["out.mail.example".into()]),
        );
        cx.names.insert(ips[1].into(), ReverseName::None);
        cx.names.insert(
            ips[2].into(),
            ReverseName::Failed(selo::dns::LookupError::Timeout),
        );
        let j = json(&file(&r, Lang::En, &cx));
        assert!(j.contains("Name (reverse DNS)"));
        assert!(
            j.contains(r#"["td",{"class":"col-name","data-kind":"name"},"out.mail.example"]"#),
            "{j}"
        );
        assert!(j.contains(r#""no name""#));
        assert!(j.contains("lookup failed: no answer in time"));
        let pt = json(&file(&r, Lang::Pt, &cx));
        assert!(pt.contains("Nome (DNS inverso)") && pt.contains("sem nome"));
        assert!(pt.contains("consulta falhou: sem resposta a tempo"), "{pt}");
        // Filter and sort by name.
        cx.view.filter = "OUT.MAIL".into();
        assert_eq!(
            view_rows(a, &cx).len(),
            a.records.iter().filter(|r| r.source_ip == ips[0]).count()
        );
        cx.view.filter.clear();
        cx.view.sort_by(SortKey::Name);
        assert_eq!(view_rows(a, &cx).last().unwrap().source_ip, ips[0]);
        // The addresses to look up: every source once, the biggest first.
        let (targets, all) = rdns_targets(std::slice::from_ref(&r));
        assert_eq!(all, a.sources.len());
        assert_eq!(targets[0], a.sources[0].ip);
        assert!(names_line(2, 4, 1, 4, "dns.example", Lang::En).contains("2 of 4 sources"));
        assert!(
            names_line(1, 1, 1, 1, "dns.example", Lang::En)
                .contains("Looked up 1 source through dns.example")
        );
        assert!(names_line(1, 1, 1, 1, "dns.example", Lang::En).ends_with(": 1 name found."));
        assert!(names_line(4, 4, 0, 9, "dns.example", Lang::Pt).contains(": 0 nomes encontrados."));
        assert!(
            names_line(4, 4, 1, 9, "dns.example", Lang::Pt)
                .contains("Só foram consultadas as origens com mais mensagens: 4.")
        );
    }

    #[test]
    fn a_failure_report_shows_headers_mechanism_and_source_but_its_body_only_when_asked() {
        let name = "hostile/failure-rfc6591.eml";
        let bytes = fixture(name);
        let r = read(name, &bytes);
        assert_eq!(r.en.status, "ok", "{:?}", r.en.error);
        let j = json(&file(&r, Lang::En, &Ctx::default()));
        assert!(
            j.contains(r#"["td",{"data-kind":"auth-failure"},"dmarc"]"#),
            "{j}"
        );
        assert!(
            j.contains(
                r#"["td",{"data-kind":"source-ip"},["span",{"class":"nowrap"},"192.0.2.1"]]"#
            ),
            "{j}"
        );
        assert!(j.contains("Earn money"), "{j}");
        assert!(!j.contains("Spam Spam"), "{j}");
        assert!(j.contains(r#"["button",{"type":"button","data-kind":"show-body"}"#));
        let with = read_stream(name, bytes.len() as u64, true, |_| bytes.as_slice());
        let j = json(&file(&with, Lang::Pt, &Ctx::default()));
        assert!(j.contains("Spam Spam Spam"), "{j}");
        assert!(j.contains("Corpo da mensagem relatada"));
        assert!(!j.contains("show-body"));
        // Asked, but an aggregate report has no body: nothing changes.
        let mut cx = Ctx {
            rdns: true,
            ..Ctx::default()
        };
        cx.names.insert(
            "192.0.2.1".into(),
            ReverseName::Names(vec!["mailserver.example.net".into()]),
        );
        let j = json(&file(&r, Lang::En, &cx));
        assert!(
            j.contains(
                r#"["td",{"data-kind":"source-name"},["span",{"class":"nowrap"},"mailserver.example.net"]]"#
            ),
            "{j}"
        );
    }

    #[test]
    fn unreadable_files_say_so_in_both_languages() {
        let r = unreadable("x.xml");
        assert!(json(&file(&r, Lang::En, &Ctx::default())).contains("could not read"));
        assert!(json(&file(&r, Lang::Pt, &Ctx::default())).contains("não conseguiu ler"));
    }
}

#[cfg(test)]
mod once {
    use super::*;

    /// An aggregate report with notes is read once: its Portuguese result
    /// is the one a second reading in Portuguese gives.
    #[test]
    fn an_aggregate_report_with_notes_is_read_once_in_both_languages() {
        let name =
            "dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml";
        let p = format!(
            "{}/../selo/tests/fixtures/reports/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let bytes = std::fs::read(p).unwrap();
        let opts = |lang| Options {
            lang,
            ..Options::default()
        };
        let en = report::read(name, &bytes, &opts(Lang::En));
        assert!(has_notes(&en));
        let pt = report::read(name, &bytes, &opts(Lang::Pt));
        let opened = std::cell::Cell::new(0);
        let once = read_stream(name, bytes.len() as u64, false, |_| {
            opened.set(opened.get() + 1);
            &bytes[..]
        });
        assert_eq!(opened.get(), 1);
        let twice = Read {
            en: en.clone(),
            pt: Some(pt),
            with_body: false,
        };
        // The page shows the same, in each language, as with two readings.
        let cx = Ctx::default();
        for l in [Lang::En, Lang::Pt] {
            let a = serde_json::to_string(&file(&once, l, &cx)).unwrap();
            let b = serde_json::to_string(&file(&twice, l, &cx)).unwrap();
            assert_eq!(a, b);
        }
        let pt = serde_json::to_string(&file(&once, Lang::Pt, &cx)).unwrap();
        assert!(
            pt.contains("O relatório não tem o elemento <version>"),
            "{pt}"
        );
    }
}

#[cfg(test)]
mod phases {
    use super::*;

    /// `SELO_PHASES=file.xml cargo test --release -p selo-worker phases -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn time_each_phase() {
        let Ok(path) = std::env::var("SELO_PHASES") else {
            return;
        };
        let bytes = std::fs::read(&path).unwrap();
        let t = std::time::Instant::now();
        let lap = |what: &str, t: &mut std::time::Instant| {
            eprintln!("{what}: {:.3} s", t.elapsed().as_secs_f64());
            *t = std::time::Instant::now();
        };
        let mut t = t;
        let en = report::read_from(&path, &bytes[..], bytes.len() as u64, &Options::default());
        lap("parse en", &mut t);
        eprintln!("has notes: {}", has_notes(&en));
        let mut one = read_stream(&path, bytes.len() as u64, false, |_| &bytes[..]);
        lap("read_stream (en + pt when notes)", &mut t);
        let mut sources = selo::report::sources::Batch::default();
        for i in sources.add(&mut one.en) {
            let _ = i;
        }
        lap("sources.add", &mut t);
        let cx = Ctx::default();
        let en_tree = file(&one, Lang::En, &cx);
        let pt_tree = file(&one, Lang::Pt, &cx);
        lap("file trees en+pt", &mut t);
        let packed = selo_boundary::encode(&selo_boundary::Both {
            en: en_tree,
            pt: pt_tree,
        });
        lap("postcard of the trees", &mut t);
        eprintln!("tree bytes: {}", packed.len());
        let read = vec![one];
        let _s = summary_of(&read);
        let en = summary(&read, Lang::En);
        let mut e2 = en.clone();
        if let Node::El(_, _, kids) = &mut e2 {
            kids.extend(crate::sources::view(
                &sources,
                &Default::default(),
                &BTreeMap::new(),
                Lang::En,
            ));
        }
        lap("summary tree en", &mut t);
        let views = sources.sources(&Default::default(), Lang::En);
        let table: report::export::SourceTable = views
            .iter()
            .map(|s| {
                (
                    s.ip.as_str(),
                    report::export::SourceColumns {
                        view: s,
                        country: None,
                    },
                )
            })
            .collect();
        let mut csv = Vec::new();
        let _ = report::export::write_csv_header_with_sources(&mut csv);
        let mut row = String::new();
        let _ =
            report::export::write_csv_file_with_sources(&mut csv, &mut row, &read[0].en, &table);
        lap("csv", &mut t);
        let _csv = String::from_utf8_lossy(&csv).into_owned();
        lap("csv lossy copy", &mut t);
        let json = report::export::to_json(std::slice::from_ref(&read[0].en));
        lap("json", &mut t);
        eprintln!(
            "csv {} MB, json {} MB",
            csv.len() / 1_000_000,
            json.len() / 1_000_000
        );
    }
}

#[cfg(test)]
mod batch_phases {
    use super::*;

    /// `SELO_BATCH=10000 cargo test --release -p selo-worker batch_phases -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn time_a_batch_of_small_files() {
        let Ok(n) = std::env::var("SELO_BATCH") else {
            return;
        };
        let n: usize = n.parse().unwrap();
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/reports/batch-a.xml"
        ))
        .unwrap();
        let mut t = std::time::Instant::now();
        let lap = |what: &str, t: &mut std::time::Instant| {
            eprintln!("{what}: {:.3} s", t.elapsed().as_secs_f64());
            *t = std::time::Instant::now();
        };
        let cx = Ctx::default();
        let mut sources = selo::report::sources::Batch::default();
        let mut read = Vec::new();
        let (mut t_read, mut t_add, mut t_tree) = (0.0, 0.0, 0.0);
        for i in 0..n {
            let a = std::time::Instant::now();
            let text = String::from_utf8_lossy(&bytes).replacen(
                "<report_id>",
                &format!("<report_id>m{i}-"),
                1,
            );
            let mut one = read_stream(&format!("f{i}.xml"), text.len() as u64, false, |_| {
                text.as_bytes()
            });
            let b = std::time::Instant::now();
            for i in sources.add(&mut one.en) {
                if let Some(pt) = one.pt.as_mut()
                    && i < pt.reports.len()
                {
                    pt.reports.remove(i);
                }
            }
            let c = std::time::Instant::now();
            let _ = selo_boundary::encode(&selo_boundary::Both {
                en: file(&one, Lang::En, &cx),
                pt: file(&one, Lang::Pt, &cx),
            });
            t_read += (b - a).as_secs_f64();
            t_add += (c - b).as_secs_f64();
            t_tree += c.elapsed().as_secs_f64();
            read.push(one);
        }
        eprintln!("read {t_read:.3} s, sources.add {t_add:.3} s, trees {t_tree:.3} s");
        lap("files", &mut t);
        let _s = summary_of(&read);
        lap("summary_of", &mut t);
        let en = summary(&read, Lang::En);
        lap("summary en", &mut t);
        let v = crate::sources::view(&sources, &Default::default(), &BTreeMap::new(), Lang::En);
        lap("sources view en", &mut t);
        eprintln!("summary bytes {}", selo_boundary::encode(&(en, v)).len());
        lap("encode", &mut t);
    }
}
