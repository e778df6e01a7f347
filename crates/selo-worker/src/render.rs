//! The report as an element tree in one language: the verdict line, a
//! summary line per part, then each part's section, in the order the
//! engine ranks them (`selo::check::verdict`). The page builds it into DOM
//! nodes (see [`crate::tree`]); every string from DNS or a web server
//! becomes text.

use crate::tree::{Node, el, head_row, text};
use selo::check::verdict::{Part, Standing, Verdict, Weight, is_failed_lookup, tally, weight};
use selo::check::{
    DkimSection, DmarcSection, DomainCheck, MtaStsSection, PolicyStatus, RecordSection, SpfNode,
    SpfSection, Status,
};
use selo::{Diagnostic, Lang, Severity, Text};

texts! {
    SUMMARY = ("Summary", "Resumo");
    ST_OK = ("found", "encontrado");
    ST_MISSING = ("missing", "em falta");
    ST_INVALID = ("broken", "com erros");
    ST_ERROR = ("could not look up", "não foi possível consultar");
    ST_PENDING = ("looking up…", "a consultar…");
    ST_UNREADABLE = ("could not read", "não foi possível ler");
    ST_YES = ("yes", "sim");
    ST_NO = ("no", "não");
    NAME = ("Name", "Nome");
    PUBLISHED = ("Published", "Publicado");
    NOTHING = ("Nothing published.", "Nada publicado.");
    LOOKUP_FAILED = (
        "Could not look up what is published here.",
        "Não foi possível consultar o que está publicado aqui."
    );
    OPEN_VALIDATOR = ("Open in the validator", "Abrir no validador");
    FIX_GENERATOR = ("Publish this instead: open the {gen}", "Publique isto em vez disso: abrir o {gen}");
    MAKE_GENERATOR = ("Write one with the {gen}", "Escreva um com o {gen}");
    FINDINGS = ("Findings", "Resultados");
    SPEC = ("Rule:", "Regra:");
    SEV_ERROR = ("Error", "Erro");
    SEV_WARNING = ("Warning", "Aviso");
    SEV_INFO = ("Note", "Nota");
    SPF_TREE = ("Include tree", "Árvore de inclusões");
    SPF_TOTAL = (
        "{n} of 10 DNS lookups; {v} of 2 void lookups.",
        "{n} de 10 consultas DNS; {v} de 2 consultas sem resposta."
    );
    SPF_ESTIMATE = (
        "About {n} of 10 DNS lookups, estimated from the record alone: part of its include tree could not be looked up.",
        "Cerca de {n} de 10 consultas DNS, estimadas só a partir do registo: parte da sua árvore de inclusões não pôde ser consultada."
    );
    SPF_NODE_TOTAL = (", {n} with everything below", ", {n} com tudo o que está abaixo");
    SPF_NO_RECORD = ("no SPF record", "sem registo SPF");
    DMARC_FROM = ("Applies from", "Aplica-se a partir de");
    DMARC_OWN = ("the domain's own record", "o registo do próprio domínio");
    DMARC_ORG = (
        "the record of {org}: {domain} has none of its own",
        "o registo de {org}: {domain} não tem registo próprio"
    );
    DMARC_POLICY = ("Policy for this name", "Política para este nome");
    RUA = ("Report destinations", "Destinos dos relatórios");
    RUA_DEST = ("Destination", "Destino");
    RUA_AUTH = ("Authorized", "Autorizado");
    RUA_NO = (
        "no: receivers will not send reports there",
        "não: os recetores não enviarão relatórios para lá"
    );
    DKIM_SELECTOR = ("Selector", "Seletor");
    DKIM_KEY = ("Key", "Chave");
    DKIM_NONE = (
        "No DKIM key found at the selectors tried. If you know your selector, type it above.",
        "Nenhuma chave DKIM encontrada nos seletores testados. Se souber o seu seletor, escreva-o acima."
    );
    DKIM_CNAME = ("via {target}", "através de {target}");
    DKIM_BITS = ("{type}, {bits} bits", "{type} de {bits} bits");
    STS_POLICY = ("Policy file", "Ficheiro de política");
    STS_OPEN_URL = ("Open the policy file", "Abrir o ficheiro de política");
    STS_PASTE = ("Paste it into the validator", "Colá-lo no validador");
    STS_COVERAGE = ("MX coverage", "Cobertura dos MX");
    STS_MX = ("MX host", "Servidor MX");
    STS_COVERED = ("Covered by the policy", "Coberto pela política");
    STS_NOT_COVERED = ("no: not in the policy's mx lines", "não: não está nas linhas mx da política");
}

/// "1 lookup", "3 lookups".
pub(crate) const LOOKUP_COUNT: selo::diagnostic::Plural =
    selo::diagnostic::Plural::new(("lookup", "lookups"), ("consulta", "consultas"));

pub(crate) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Percent-encodes like `encodeURIComponent`.
pub(crate) use selo::handoff::enc;

fn validator_href(record: &str) -> String {
    format!("?page=validate#{}", enc(record))
}

/// A section's standing, the policy file's included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum St {
    Ok,
    Missing,
    Invalid,
    Error,
    Unreadable,
}

impl St {
    fn of(s: Status) -> St {
        match s {
            Status::Ok => St::Ok,
            Status::Missing => St::Missing,
            Status::Invalid => St::Invalid,
            Status::Error => St::Error,
        }
    }

    fn of_policy(s: PolicyStatus) -> St {
        match s {
            PolicyStatus::Ok => St::Ok,
            PolicyStatus::Missing => St::Missing,
            PolicyStatus::Invalid => St::Invalid,
            PolicyStatus::Unreadable => St::Unreadable,
        }
    }

    fn slug(self) -> &'static str {
        match self {
            St::Ok => "ok",
            St::Missing => "missing",
            St::Invalid => "invalid",
            St::Error => "error",
            St::Unreadable => "unreadable",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Mx,
    Spf,
    Dmarc,
    Dkim,
    MtaSts,
    TlsRpt,
    Bimi,
    Dnssec,
}

/// The generator's kind for a part of the check.
fn kind_of(part: Part) -> Kind {
    match part {
        Part::Mx => Kind::Mx,
        Part::Spf => Kind::Spf,
        Part::Dmarc => Kind::Dmarc,
        Part::Dkim => Kind::Dkim,
        Part::MtaSts => Kind::MtaSts,
        Part::TlsRpt => Kind::TlsRpt,
        Part::Bimi => Kind::Bimi,
        Part::Dnssec => Kind::Dnssec,
    }
}

/// The generator for `part`, none for a domain that does not exist (there
/// is nothing to publish there).
fn generator_for(part: Part, r: &DomainCheck) -> Option<(String, Text)> {
    if r.exists == Some(false) {
        return None;
    }
    generator(kind_of(part), r)
}

/// The generator for a record type, filled with what the domain publishes
/// and the fix on top ([`selo::handoff`]).
fn generator(kind: Kind, r: &DomainCheck) -> Option<(String, Text)> {
    use selo::handoff::{self, Fix};
    let c = &r.checks;
    let d = r.domain.as_str();
    fn first(s: Option<&RecordSection>) -> Option<&str> {
        s.and_then(|s| s.records.first().map(String::as_str))
    }
    let (page, href) = match kind {
        Kind::Mx | Kind::Dnssec => return None,
        Kind::Spf => {
            let published = first(c.spf.as_ref().map(|s| &s.base));
            ("spf", handoff::spf_href(d, published, &Fix::default()))
        }
        Kind::Dmarc => {
            let published = first(c.dmarc.as_ref().map(|s| &s.base));
            let fix = Fix {
                rua: true,
                ..Fix::default()
            };
            ("dmarc", handoff::dmarc_href(d, published, &fix))
        }
        Kind::Dkim => {
            // The selector a finding is about, else the first one found.
            let selectors = c
                .dkim
                .as_ref()
                .map(|k| k.selectors.as_slice())
                .unwrap_or_default();
            let bad = selectors.iter().find(|s| {
                s.status != Status::Missing
                    && s.diagnostics.iter().any(|d| d.severity != Severity::Info)
            });
            let found = selectors.iter().find(|s| s.status != Status::Missing);
            let fix = Fix {
                selector: bad.or(found).map(|s| s.selector.as_str()),
                ..Fix::default()
            };
            ("dkim", handoff::dkim_href(d, &fix))
        }
        Kind::MtaSts => {
            let mx: Vec<String> =
                c.mx.as_ref()
                    .map(|s| {
                        s.records
                            .iter()
                            .filter_map(|rec| rec.split_whitespace().last())
                            .map(|h| h.trim_end_matches('.').to_string())
                            .collect()
                    })
                    .unwrap_or_default();
            let policy = c
                .mta_sts
                .as_ref()
                .and_then(|s| s.policy.as_ref())
                .and_then(|p| p.text.as_deref());
            ("mta-sts", handoff::mta_sts_href(d, policy, &mx))
        }
        Kind::TlsRpt => ("tls-rpt", handoff::href("tls-rpt", d, &[])),
        Kind::Bimi => ("bimi", handoff::href("bimi", d, &[])),
    };
    let (en, pt) = selo_boundary::generator(page)?;
    Some((href, Text::new(en, pt)))
}

fn status_word(part: Part, s: St) -> Text {
    match (part, s) {
        (Part::Dnssec, St::Ok) => ST_YES,
        (Part::Dnssec, _) => ST_NO,
        (_, St::Ok) => ST_OK,
        (_, St::Missing) => ST_MISSING,
        (_, St::Invalid) => ST_INVALID,
        (_, St::Error) => ST_ERROR,
        (_, St::Unreadable) => ST_UNREADABLE,
    }
}

fn rank(s: Severity) -> u8 {
    match s {
        Severity::Error => 2,
        Severity::Warning => 1,
        Severity::Info => 0,
    }
}

/// `st-ok`, `st-error` or `st-warning`, from the findings' severities (the
/// MTA-STS policy file's heading).
fn status_class(s: St, findings: &[&Diagnostic]) -> &'static str {
    let worst = findings.iter().map(|f| f.severity).max_by_key(|s| rank(*s));
    match (s, worst) {
        (St::Invalid, _) | (_, Some(Severity::Error)) => "st-error",
        (St::Ok, None | Some(Severity::Info)) => "st-ok",
        _ => "st-warning",
    }
}

/// The heaviest weight in `list`.
fn worst_in(part: Part, list: &[Diagnostic]) -> Option<Weight> {
    list.iter().map(|d| weight(part, d)).min()
}

/// The class and icon of a standing: what its heaviest finding asks of the
/// owner, so a missing BIMI record is a note and a missing SPF record is
/// to fix.
fn look(s: St, worst: Option<Weight>) -> (&'static str, &'static str) {
    match (worst, s) {
        (Some(Weight::FixNow), _) => ("st-error", "✖"),
        (Some(Weight::Improve), _) => ("st-warning", "⚠"),
        (Some(Weight::NotLookedUp), _) | (_, St::Error) => ("st-unknown", "?"),
        (_, St::Invalid) => ("st-error", "✖"),
        (_, St::Ok) => ("st-ok", "✔"),
        _ => ("st-note", "ℹ"),
    }
}

fn badge(part: Part, s: St, worst: Option<Weight>, l: Lang) -> Node {
    let (class, icon) = look(s, worst);
    el(
        "span",
        &[
            ("class", &format!("check-status {class}")),
            ("data-status", s.slug()),
        ],
        vec![
            el("span", &[("aria-hidden", "true")], vec![text(icon)]),
            text(format!(" {}", status_word(part, s).get(l))),
        ],
    )
}

/// The element id of a part's section.
fn section_id(part: Part) -> String {
    format!("check-{}", part.slug())
}

/// The summary table: one line per part, in the verdict's order, each
/// naming its section with a link to it.
fn summary(r: &DomainCheck, v: &Verdict, shown: &[Part], l: Lang) -> Node {
    let mut parts = v.order.clone();
    if !r.complete {
        parts.extend(Part::ALL.into_iter().filter(|p| !r.has(*p)));
    }
    let rows = parts
        .into_iter()
        .map(|part| {
            let cell = match r.status_of(part) {
                None => vec![el(
                    "span",
                    &[("class", "check-status st-pending")],
                    vec![text(ST_PENDING.get(l))],
                )],
                Some(s) => {
                    let mut cell = vec![badge(part, St::of(s), r.worst(part), l)];
                    let counts = tally(part, &r.findings_of(part), l);
                    if !counts.is_empty() {
                        cell.push(text(" "));
                        cell.push(el("span", &[("class", "check-counts")], vec![text(counts)]));
                    }
                    cell
                }
            };
            let name = if shown.contains(&part) {
                el(
                    "a",
                    &[("href", &format!("#{}", section_id(part)))],
                    vec![text(part.label())],
                )
            } else {
                text(part.label())
            };
            el(
                "tr",
                &[("data-kind", part.slug())],
                vec![
                    el("th", &[("scope", "row")], vec![name]),
                    el("td", &[], cell),
                ],
            )
        })
        .collect();
    el(
        "table",
        &[("class", "check-summary")],
        vec![
            el("caption", &[], vec![text(SUMMARY.get(l))]),
            el("tbody", &[], rows),
        ],
    )
}

/// The one line the report starts with.
fn verdict_line(v: &Verdict, domain_unicode: &str, l: Lang) -> Node {
    let standing = match v.standing {
        Standing::Pending => "pending",
        Standing::NotADomain => "not-a-domain",
        Standing::NotLookedUp => "not-looked-up",
        Standing::Nonexistent => "nonexistent",
        Standing::Checked => "checked",
    };
    el(
        "p",
        &[("class", "check-verdict"), ("data-status", standing)],
        vec![el("strong", &[], vec![text(v.line(domain_unicode, l))])],
    )
}

fn severity_parts(s: Severity) -> (&'static str, Text) {
    match s {
        Severity::Error => ("✖", SEV_ERROR),
        Severity::Warning => ("⚠", SEV_WARNING),
        Severity::Info => ("ℹ", SEV_INFO),
    }
}

/// The findings, each with its generator link when it is not a note.
pub(crate) fn findings(list: &[Diagnostic], fix: Option<&(String, Text)>, l: Lang) -> Option<Node> {
    if list.is_empty() {
        return None;
    }
    let items = list
        .iter()
        .map(|d| {
            let (icon, word) = severity_parts(d.severity);
            let mut body = vec![
                el(
                    "p",
                    &[("class", "finding-head")],
                    vec![
                        el(
                            "span",
                            &[("class", "sev-badge")],
                            vec![
                                el("span", &[("aria-hidden", "true")], vec![text(icon)]),
                                text(format!(" {}", word.get(l))),
                            ],
                        ),
                        text(" "),
                        el(
                            "span",
                            &[("class", "finding-message")],
                            vec![text(d.message_in(l))],
                        ),
                    ],
                ),
                el("p", &[("class", "finding-help")], vec![text(d.help_in(l))]),
            ];
            if let Some(spec) = d.spec {
                body.push(el(
                    "p",
                    &[("class", "finding-spec")],
                    vec![
                        text(format!("{} ", SPEC.get(l))),
                        el(
                            "a",
                            &[
                                ("href", &spec.url()),
                                ("rel", "noreferrer"),
                                ("target", "_blank"),
                            ],
                            vec![text(spec.to_string())],
                        ),
                    ],
                ));
            }
            // A failed lookup is not mended by publishing anything.
            if let Some((href, title)) =
                fix.filter(|_| d.severity != Severity::Info && !is_failed_lookup(d))
            {
                body.push(el(
                    "p",
                    &[("class", "finding-fix")],
                    vec![el(
                        "a",
                        &[("href", href)],
                        vec![text(fill(FIX_GENERATOR.get(l), &[("gen", title.get(l))]))],
                    )],
                ));
            }
            body.push(el(
                "p",
                &[("class", "finding-code")],
                vec![el("code", &[], vec![text(d.code)])],
            ));
            el(
                "li",
                &[
                    ("class", &format!("finding sev-{}", d.severity.as_str())),
                    ("data-code", d.code),
                ],
                body,
            )
        })
        .collect();
    Some(el(
        "ul",
        &[("class", "findings"), ("aria-label", FINDINGS.get(l))],
        items,
    ))
}

fn records(list: &[String], status: Status, l: Lang) -> Vec<Node> {
    if list.is_empty() {
        let (class, words) = if status == Status::Error {
            ("check-unknown", LOOKUP_FAILED)
        } else {
            ("check-nothing", NOTHING)
        };
        return vec![el("p", &[("class", class)], vec![text(words.get(l))])];
    }
    let items = list
        .iter()
        .map(|rec| {
            el(
                "li",
                &[],
                vec![
                    el(
                        "code",
                        &[("class", "check-record")],
                        vec![text(rec.clone())],
                    ),
                    text(" "),
                    el(
                        "a",
                        &[("class", "check-validate"), ("href", &validator_href(rec))],
                        vec![text(OPEN_VALIDATOR.get(l))],
                    ),
                ],
            )
        })
        .collect();
    vec![
        el(
            "p",
            &[("class", "check-label")],
            vec![text(PUBLISHED.get(l))],
        ),
        el("ul", &[("class", "check-records")], items),
    ]
}

fn make_link(link: Option<&(String, Text)>, l: Lang) -> Option<Node> {
    link.map(|(href, title)| {
        el(
            "p",
            &[("class", "finding-fix")],
            vec![el(
                "a",
                &[("href", href)],
                vec![text(fill(MAKE_GENERATOR.get(l), &[("gen", title.get(l))]))],
            )],
        )
    })
}

/// A part's `<section>`, the target of its summary line's link.
fn section_el(part: Part, body: Vec<Node>) -> Node {
    el(
        "section",
        &[
            ("class", "check-section"),
            ("data-kind", part.slug()),
            ("id", &section_id(part)),
        ],
        body,
    )
}

/// Name, records, the part's own details, findings, generator link, then
/// what comes after the findings (`more`: the SPF include tree).
fn section(part: Part, r: &DomainCheck, sec: &RecordSection, details: Vec<Node>, l: Lang) -> Node {
    section_with(part, r, sec, details, Vec::new(), l)
}

fn section_with(
    part: Part,
    r: &DomainCheck,
    sec: &RecordSection,
    details: Vec<Node>,
    more: Vec<Node>,
    l: Lang,
) -> Node {
    let link = generator_for(part, r);
    let mut body = vec![el(
        "h3",
        &[],
        vec![
            text(format!("{} ", part.label())),
            badge(part, St::of(sec.status), r.worst(part), l),
        ],
    )];
    if !sec.name.is_empty() {
        body.push(el(
            "p",
            &[],
            vec![
                text(format!("{}: ", NAME.get(l))),
                el("code", &[], vec![text(sec.name.clone())]),
            ],
        ));
    }
    body.extend(records(&sec.records, sec.status, l));
    body.extend(details);
    body.extend(findings(&sec.diagnostics, link.as_ref(), l));
    if sec.status == Status::Missing {
        body.extend(make_link(link.as_ref(), l));
    }
    body.extend(more);
    section_el(part, body)
}

fn spf_node(n: &SpfNode, l: Lang, depth: usize) -> Node {
    let mut lookups = LOOKUP_COUNT.count(n.lookups, l);
    if n.total_lookups != n.lookups {
        lookups.push_str(&fill(
            SPF_NODE_TOTAL.get(l),
            &[("n", &n.total_lookups.to_string())],
        ));
    }
    let mut body = vec![
        el(
            "span",
            &[("class", "spf-node-head")],
            vec![
                el("strong", &[], vec![text(n.domain.clone())]),
                text(" · "),
                el(
                    "span",
                    &[("class", "spf-node-lookups")],
                    vec![text(lookups)],
                ),
            ],
        ),
        text(" "),
        match &n.record {
            Some(rec) => el(
                "code",
                &[("class", "check-record")],
                vec![text(rec.clone())],
            ),
            None => el("em", &[], vec![text(SPF_NO_RECORD.get(l))]),
        },
    ];
    // What is wrong in an included record (a provider's too): its findings.
    body.extend(findings(&n.diagnostics, None, l));
    if !n.children.is_empty() && depth < 12 {
        body.push(el(
            "ul",
            &[],
            n.children
                .iter()
                .map(|c| spf_node(c, l, depth + 1))
                .collect(),
        ));
    }
    el("li", &[("class", "spf-node")], body)
}

fn table(head: [Text; 2], rows: Vec<(String, bool, String)>, class: &str, l: Lang) -> Node {
    let body = rows
        .into_iter()
        .map(|(name, ok, word)| {
            let (cls, icon) = if ok {
                ("st-ok", "✔")
            } else {
                ("st-error", "✖")
            };
            el(
                "tr",
                &[],
                vec![
                    el("td", &[], vec![el("code", &[], vec![text(name)])]),
                    el(
                        "td",
                        &[],
                        vec![el(
                            "span",
                            &[("class", &format!("check-status {cls}"))],
                            vec![
                                el("span", &[("aria-hidden", "true")], vec![text(icon)]),
                                text(format!(" {word}")),
                            ],
                        )],
                    ),
                ],
            )
        })
        .collect();
    el(
        "table",
        &[("class", &format!("check-table {class}"))],
        vec![head_row(&head[..2], l), el("tbody", &[], body)],
    )
}

/// The whole report so far, in `l`: the verdict line, what is wrong with
/// the domain as a whole, the summary, then each part's section, most
/// costly first.
pub fn report(r: &DomainCheck, domain_unicode: &str, l: Lang) -> Node {
    let v = r.verdict();
    let exists = r.exists.map(|e| e.to_string()).unwrap_or_default();
    let general: Vec<Diagnostic> = r.general_findings().into_iter().cloned().collect();
    // Nothing was looked up: the summary says so for each part.
    let sections: Vec<(Part, Node)> = if v.standing == Standing::NotLookedUp {
        Vec::new()
    } else {
        v.order
            .iter()
            .filter_map(|p| part_section(*p, r, domain_unicode, l).map(|n| (*p, n)))
            .collect()
    };
    let shown: Vec<Part> = sections.iter().map(|(p, _)| *p).collect();
    let mut out = vec![
        verdict_line(&v, domain_unicode, l),
        el(
            "div",
            &[("class", "check-general"), ("data-exists", &exists)],
            findings(&general, None, l).into_iter().collect(),
        ),
        summary(r, &v, &shown, l),
    ];
    out.extend(sections.into_iter().map(|(_, n)| n));
    el("div", &[("class", "check-report")], out)
}

/// The section of `part`, `None` when there is nothing to say: a part of a
/// domain that does not exist with nothing found and no finding.
fn part_section(part: Part, r: &DomainCheck, domain_unicode: &str, l: Lang) -> Option<Node> {
    let c = &r.checks;
    if r.exists == Some(false)
        && r.status_of(part) == Some(Status::Missing)
        && r.findings_of(part).is_empty()
    {
        return None;
    }
    match part {
        Part::Mx => {
            c.mx.as_ref()
                .map(|s| section(Part::Mx, r, s, Vec::new(), l))
        }
        Part::Spf => c.spf.as_ref().map(|spf| spf_section(spf, r, l)),
        Part::Dmarc => c
            .dmarc
            .as_ref()
            .map(|d| dmarc_section(d, r, domain_unicode, l)),
        Part::Dkim => c.dkim.as_ref().map(|k| dkim_section(k, r, l)),
        Part::MtaSts => c.mta_sts.as_ref().map(|s| sts_section(s, r, l)),
        Part::TlsRpt => c
            .tls_rpt
            .as_ref()
            .map(|s| section(Part::TlsRpt, r, s, Vec::new(), l)),
        Part::Bimi => c
            .bimi
            .as_ref()
            .map(|s| section(Part::Bimi, r, s, Vec::new(), l)),
        Part::Dnssec => r.has(Part::Dnssec).then(|| dnssec_section(r, l)),
    }
}

/// SPF: the record, the count over the whole tree, the tree.
fn spf_section(spf: &SpfSection, r: &DomainCheck, l: Lang) -> Node {
    let mut extra = Vec::new();
    let mut tree = Vec::new();
    // The count of the walked tree: the one number shown; the record's
    // estimate, said to be one, when part of the tree failed.
    if let Some(n) = spf.estimate {
        extra.push(el(
            "p",
            &[("class", "spf-total spf-estimate")],
            vec![text(fill(SPF_ESTIMATE.get(l), &[("n", &n.to_string())]))],
        ));
    } else if spf.tree.is_some() {
        let cls = if spf.lookups > 10 || spf.void_lookups > 2 {
            "spf-total over"
        } else {
            "spf-total"
        };
        extra.push(el(
            "p",
            &[("class", cls)],
            vec![text(fill(
                SPF_TOTAL.get(l),
                &[
                    ("n", &spf.lookups.to_string()),
                    ("v", &spf.void_lookups.to_string()),
                ],
            ))],
        ));
    }
    if let Some(t) = spf
        .tree
        .as_ref()
        .filter(|t| t.record.is_some() || !t.children.is_empty())
    {
        tree.push(el(
            "p",
            &[("class", "check-label")],
            vec![text(SPF_TREE.get(l))],
        ));
        tree.push(el("ul", &[("class", "spf-tree")], vec![spf_node(t, l, 0)]));
    }
    section_with(Part::Spf, r, &spf.base, extra, tree, l)
}

/// DMARC: where the record applies from, the policy, the report
/// destinations.
fn dmarc_section(d: &DmarcSection, r: &DomainCheck, domain_unicode: &str, l: Lang) -> Node {
    let mut extra = Vec::new();
    if let Some(org) = &d.applies_from {
        let own = d.applies_as.as_deref() == Some("own")
            || (d.applies_as.is_none() && org.eq_ignore_ascii_case(&r.domain));
        let how = if own {
            DMARC_OWN.get(l).to_string()
        } else {
            fill(
                DMARC_ORG.get(l),
                &[("org", org), ("domain", domain_unicode)],
            )
        };
        extra.push(el(
            "p",
            &[("class", "dmarc-applies")],
            vec![
                text(format!("{}: ", DMARC_FROM.get(l))),
                el("code", &[], vec![text(format!("_dmarc.{org}"))]),
                text(format!(" ({how})")),
            ],
        ));
    }
    if let Some(p) = &d.policy {
        let mut kids = vec![
            text(format!("{}: ", DMARC_POLICY.get(l))),
            el("code", &[], vec![text(p.clone())]),
        ];
        if let Some(tag) = &d.policy_tag {
            kids.push(text(format!(" ({tag}=)")));
        }
        extra.push(el("p", &[("class", "dmarc-policy")], kids));
    }
    if !d.report_authorizations.is_empty() {
        let rows = d
            .report_authorizations
            .iter()
            .map(|a| {
                let word = if a.authorized {
                    ST_YES
                } else if a.lookup_failed {
                    ST_ERROR
                } else {
                    RUA_NO
                };
                (
                    format!("{} ({})", a.uri, a.destination),
                    a.authorized,
                    word.get(l).to_string(),
                )
            })
            .collect();
        extra.push(el("p", &[("class", "check-label")], vec![text(RUA.get(l))]));
        extra.push(table([RUA_DEST, RUA_AUTH], rows, "rua-auth", l));
    }
    section(Part::Dmarc, r, &d.base, extra, l)
}

/// DKIM: each selector found or asked for, with its key.
fn dkim_section(k: &DkimSection, r: &DomainCheck, l: Lang) -> Node {
    let link = generator_for(Part::Dkim, r);
    let mut body = vec![el(
        "h3",
        &[],
        vec![
            text("DKIM "),
            badge(Part::Dkim, St::of(k.status), r.worst(Part::Dkim), l),
        ],
    )];
    body.extend(findings(&k.diagnostics, link.as_ref(), l));
    let found: Vec<_> = k
        .selectors
        .iter()
        .filter(|s| s.status != Status::Missing || s.requested)
        .collect();
    if k.status == Status::Error && found.is_empty() {
        body.push(el(
            "p",
            &[("class", "check-unknown")],
            vec![text(LOOKUP_FAILED.get(l))],
        ));
    } else if found.iter().all(|s| s.status == Status::Missing) {
        body.push(el(
            "p",
            &[("class", "check-nothing")],
            vec![text(DKIM_NONE.get(l))],
        ));
        body.extend(make_link(link.as_ref(), l));
    }
    for s in found {
        let mut name = vec![el("code", &[], vec![text(s.name.clone())])];
        if let Some(t) = &s.cname_target {
            name.push(text(" "));
            name.push(el(
                "span",
                &[("class", "dkim-cname")],
                vec![text(fill(DKIM_CNAME.get(l), &[("target", t)]))],
            ));
        }
        let mut sel = vec![
            el(
                "h4",
                &[],
                vec![
                    text(format!("{} ", DKIM_SELECTOR.get(l))),
                    el("code", &[], vec![text(s.selector.clone())]),
                    text(" "),
                    badge(
                        Part::Dkim,
                        St::of(s.status),
                        worst_in(Part::Dkim, &s.diagnostics),
                        l,
                    ),
                ],
            ),
            el("p", &[], name),
        ];
        let key = match (&s.key_type, s.key_bits) {
            (Some(t), Some(b)) => Some(fill(
                DKIM_BITS.get(l),
                &[("type", &t.to_uppercase()), ("bits", &b.to_string())],
            )),
            (Some(t), None) => Some(t.to_uppercase()),
            _ => None,
        };
        if let Some(key) = key {
            sel.push(el(
                "p",
                &[("class", "dkim-key")],
                vec![text(format!("{}: {key}", DKIM_KEY.get(l)))],
            ));
        }
        sel.extend(records(&s.records, s.status, l));
        sel.extend(findings(&s.diagnostics, link.as_ref(), l));
        body.push(el(
            "div",
            &[("class", "dkim-selector"), ("data-selector", &s.selector)],
            sel,
        ));
    }
    section_el(Part::Dkim, body)
}

/// MTA-STS: the policy file and which MX hosts it covers.
fn sts_section(sts: &MtaStsSection, r: &DomainCheck, l: Lang) -> Node {
    let mut extra = Vec::new();
    if let Some(p) = &sts.policy {
        let st = St::of_policy(p.status);
        let f: Vec<&Diagnostic> = p.diagnostics.iter().collect();
        let mut file = vec![
            el(
                "h4",
                &[],
                vec![
                    text(format!("{} ", STS_POLICY.get(l))),
                    el(
                        "span",
                        &[("class", &format!("check-status {}", status_class(st, &f)))],
                        vec![text(status_word(Part::MtaSts, st).get(l))],
                    ),
                ],
            ),
            el("p", &[], vec![el("code", &[], vec![text(p.url.clone())])]),
        ];
        if st == St::Unreadable {
            file.push(el(
                "p",
                &[("class", "sts-unreadable")],
                vec![
                    el(
                        "a",
                        &[
                            ("href", &p.url),
                            ("rel", "noreferrer"),
                            ("target", "_blank"),
                        ],
                        vec![text(STS_OPEN_URL.get(l))],
                    ),
                    text(" · "),
                    el(
                        "a",
                        &[("href", "?page=validate")],
                        vec![text(STS_PASTE.get(l))],
                    ),
                ],
            ));
        }
        if let Some(t) = &p.text {
            file.push(el(
                "pre",
                &[("class", "sts-policy")],
                vec![el("code", &[], vec![text(t.clone())])],
            ));
            file.push(el(
                "p",
                &[],
                vec![el(
                    "a",
                    &[("class", "check-validate"), ("href", &validator_href(t))],
                    vec![text(OPEN_VALIDATOR.get(l))],
                )],
            ));
        }
        file.extend(findings(
            &p.diagnostics,
            generator_for(Part::MtaSts, r).as_ref(),
            l,
        ));
        extra.push(el(
            "div",
            &[("class", "sts-policy-file"), ("data-status", st.slug())],
            file,
        ));
    }
    if !sts.mx_coverage.is_empty() {
        let rows = sts
            .mx_coverage
            .iter()
            .map(|m| {
                let word = if m.covered { ST_YES } else { STS_NOT_COVERED };
                (m.mx.clone(), m.covered, word.get(l).to_string())
            })
            .collect();
        extra.push(el(
            "p",
            &[("class", "check-label")],
            vec![text(STS_COVERAGE.get(l))],
        ));
        extra.push(table([STS_MX, STS_COVERED], rows, "mx-coverage", l));
    }
    section(Part::MtaSts, r, &sts.base, extra, l)
}

/// DNSSEC: what the resolver vouched for, as the finding says it.
fn dnssec_section(r: &DomainCheck, l: Lang) -> Node {
    let st = if r.dnssec { St::Ok } else { St::Missing };
    let list: Vec<Diagnostic> = r.findings_of(Part::Dnssec).into_iter().cloned().collect();
    let mut body = vec![el(
        "h3",
        &[],
        vec![
            text("DNSSEC "),
            badge(Part::Dnssec, st, r.worst(Part::Dnssec), l),
        ],
    )];
    body.extend(findings(&list, None, l));
    section_el(Part::Dnssec, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No text of this table is shown with a `{placeholder}` left: each
    /// is filled, in both languages, the way its code here fills it.
    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let left = selo::Text::unfilled_in(ALL, "render.rs", include_str!("render.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn every_text_is_translated() {
        for (name, t) in ALL {
            assert!(!t.en.trim().is_empty() && !t.pt.trim().is_empty(), "{name}");
            if t.en.chars().filter(|c| c.is_alphabetic()).count() > 3 {
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
    fn links_are_encoded() {
        assert_eq!(enc("v=spf1 -all"), "v%3Dspf1%20-all");
        assert_eq!(validator_href("a&b#c"), "?page=validate#a%26b%23c");
    }

    #[test]
    fn a_pending_report_shows_every_summary_line() {
        let r = DomainCheck::new("example.com", "https://dns.google/dns-query");
        let json = report(&r, "example.com", Lang::Pt).json();
        for part in Part::ALL {
            assert!(
                json.contains(&format!(r#"["tr",{{"data-kind":"{}"}}"#, part.slug())),
                "{json}"
            );
        }
        assert!(json.contains("a consultar…"));
    }

    /// Runs the domain check of `domain` over `zone`.
    fn checked(domain: &str, zone: &selo::dns::MemoryZone) -> DomainCheck {
        struct NoHttp;
        impl selo::dns::HttpGet for NoHttp {
            async fn get(
                &self,
                _: &str,
                _: &str,
            ) -> Result<selo::dns::HttpResponse, selo::dns::HttpError> {
                Err(selo::dns::HttpError::Network("offline".into()))
            }
        }
        let opts = selo::check::CheckOptions::default();
        let mut ignore = |_: &DomainCheck| {};
        let mut fut = std::pin::pin!(selo::check::run(
            domain,
            "https://dns.example/dns-query",
            zone,
            &NoHttp,
            &opts,
            &mut ignore
        ));
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        // Nothing waits on I/O: polling again is all it takes.
        for _ in 0..10_000 {
            if let std::task::Poll::Ready(r) = fut.as_mut().poll(&mut cx) {
                return r;
            }
        }
        panic!("the in-memory check did not finish");
    }

    /// The children of the report's root, as JSON each.
    fn parts(n: &Node) -> Vec<String> {
        match n {
            Node::El(_, _, kids) => kids.iter().map(Node::json).collect(),
            Node::Text(_) => Vec::new(),
        }
    }

    #[test]
    fn the_report_starts_with_the_verdict_and_ranks_the_sections() {
        // Nothing published: SPF and DMARC first, DNSSEC last.
        let mut zone = selo::dns::MemoryZone::new();
        zone.a("empty.test", std::net::Ipv4Addr::new(192, 0, 2, 1));
        let r = checked("empty.test", &zone);
        let en = parts(&report(&r, "empty.test", Lang::En));
        assert!(
            en[0].contains(r#""class":"check-verdict""#)
                && en[0].contains("2 things to fix now, 4 to improve"),
            "{}",
            en[0]
        );
        let pt = parts(&report(&r, "empty.test", Lang::Pt));
        assert!(
            pt[0].contains("2 coisas a corrigir já, 4 a melhorar"),
            "{}",
            pt[0]
        );
        let kinds: Vec<&str> = en[3..]
            .iter()
            .map(|s| {
                let at = s.find(r#""data-kind":""#).unwrap() + 13;
                &s[at..at + s[at..].find('"').unwrap()]
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "spf", "dmarc", "dkim", "mx", "mta-sts", "tls-rpt", "bimi", "dnssec"
            ]
        );
        // Each summary line links to its section.
        for part in Part::ALL {
            let id = section_id(part);
            assert!(en[2].contains(&format!(r##""href":"#{id}""##)), "{}", en[2]);
            assert!(
                en[3..]
                    .iter()
                    .any(|s| s.contains(&format!(r#""id":"{id}""#))),
                "{id}"
            );
        }
        // A missing SPF is to fix (✖); a missing BIMI is a note (ℹ).
        assert!(
            en[2].contains(
                r##"["a",{"href":"#check-spf"},"SPF"]],["td",{},["span",{"class":"check-status st-error","data-status":"missing"}"##
            ),
            "{}",
            en[2]
        );
        assert!(en[2].contains(r#""class":"check-status st-note","data-status":"missing""#));
        // The DNSSEC note is in its section, not before the summary.
        assert!(!en[1].contains("check::dnssec"), "{}", en[1]);
    }

    #[test]
    fn a_domain_that_does_not_exist_is_said_first_with_nothing_to_publish() {
        let mut zone = selo::dns::MemoryZone::new();
        zone.a("other.test", std::net::Ipv4Addr::new(192, 0, 2, 1));
        let r = checked("nonexistent.test", &zone);
        let json = report(&r, "nonexistent.test", Lang::En).json();
        let en = parts(&report(&r, "nonexistent.test", Lang::En));
        assert!(
            en[0].contains("nonexistent.test does not exist"),
            "{}",
            en[0]
        );
        assert!(en[1].contains("check::nxdomain"));
        for absent in ["finding-fix", "Write one with", "Publish", "check-section"] {
            assert!(!json.contains(absent), "{absent}: {json}");
        }
    }

    #[test]
    fn a_failed_lookup_is_could_not_look_up_never_nothing_published() {
        let mut zone = selo::dns::MemoryZone::new();
        zone.mx("broken.test", 10, "mx.broken.test").fail(
            "_dmarc.broken.test",
            None,
            selo::dns::LookupError::ServFail,
        );
        let r = checked("broken.test", &zone);
        let en = parts(&report(&r, "broken.test", Lang::En));
        assert!(en[0].contains("; 1 lookup failed"), "{}", en[0]);
        let dmarc = en
            .iter()
            .find(|s| s.contains(r#""id":"check-dmarc""#))
            .unwrap();
        assert!(
            dmarc.contains("Could not look up what is published here."),
            "{dmarc}"
        );
        assert!(!dmarc.contains("Nothing published"), "{dmarc}");
        assert!(!dmarc.contains("finding-fix"), "{dmarc}");
        assert!(en[2].contains("could not look up"), "{}", en[2]);
    }

    #[test]
    fn spf_shows_one_count_the_estimate_when_part_of_the_tree_failed() {
        let mut zone = selo::dns::MemoryZone::new();
        zone.mx("half.test", 10, "mx.half.test")
            .txt("half.test", &["v=spf1 mx a include:gone.half.test -all"])
            .fail(
                "gone.half.test",
                Some(selo::dns::QueryType::Txt),
                selo::dns::LookupError::ServFail,
            );
        let r = checked("half.test", &zone);
        let en = parts(&report(&r, "half.test", Lang::En));
        let spf = en
            .iter()
            .find(|s| s.contains(r#""id":"check-spf""#))
            .unwrap();
        let n = r.checks.spf.as_ref().unwrap().estimate.unwrap();
        assert!(
            spf.contains(&format!(
                "About {n} of 10 DNS lookups, estimated from the record alone"
            )),
            "{spf}"
        );
        assert!(!spf.contains("of 10 DNS lookups;"), "{spf}");
        assert!(!spf.contains("uses "), "{spf}");
        let pt = report(&r, "half.test", Lang::Pt).json();
        assert!(
            pt.contains(&format!("Cerca de {n} de 10 consultas DNS")),
            "{pt}"
        );
    }
}
