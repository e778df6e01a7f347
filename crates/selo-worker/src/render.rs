//! The report as a view-model in one language
//! ([`selo_boundary::check::Report`]): the verdict line, a summary line per
//! part, then each part's section, in the order the engine ranks them
//! (`selo::check::verdict`). The page lays it out; every string from DNS or
//! a web server stays a value. The SPF generator's live count and the
//! presets' findings are still element trees (`spf_count`,
//! `preset_findings`).

use selo::check::verdict::{Part, Standing, Verdict, Weight, is_failed_lookup, tally, weight};
use selo::check::{
    DkimSection, DmarcSection, DomainCheck, MtaStsSection, PolicyStatus, RecordSection, SpfNode,
    SpfSection, Status,
};
use selo::{Diagnostic, Lang, Severity, Text};
use selo_boundary::check::{
    Badge, Block, Finding, Findings, Link, PolicyFile, Report, Section, Selector, SpfNode as Tree,
    SummaryRow,
};

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

fn badge(part: Part, s: St, worst: Option<Weight>, l: Lang) -> Badge {
    let (class, icon) = look(s, worst);
    Badge {
        class: class.into(),
        icon: icon.into(),
        status: Some(s.slug().into()),
        word: status_word(part, s).get(l).into(),
    }
}

/// The element id of a part's section (the page writes `check-<kind>`).
#[cfg(test)]
fn section_id(part: Part) -> String {
    format!("check-{}", part.slug())
}

/// The summary table's lines: one per part, in the verdict's order, each
/// naming its section with a link to it.
fn summary(r: &DomainCheck, v: &Verdict, shown: &[Part], l: Lang) -> Vec<SummaryRow> {
    let mut parts = v.order.clone();
    if !r.complete {
        parts.extend(Part::ALL.into_iter().filter(|p| !r.has(*p)));
    }
    parts
        .into_iter()
        .map(|part| {
            let (badge, counts) = match r.status_of(part) {
                None => (
                    Badge {
                        class: "st-pending".into(),
                        word: ST_PENDING.get(l).into(),
                        ..Badge::default()
                    },
                    String::new(),
                ),
                Some(s) => (
                    badge(part, St::of(s), r.worst(part), l),
                    tally(part, &r.findings_of(part), l),
                ),
            };
            SummaryRow {
                kind: part.slug().into(),
                label: part.label().into(),
                linked: shown.contains(&part),
                badge,
                counts,
            }
        })
        .collect()
}

fn standing(v: &Verdict) -> &'static str {
    match v.standing {
        Standing::Pending => "pending",
        Standing::NotADomain => "not-a-domain",
        Standing::NotLookedUp => "not-looked-up",
        Standing::Nonexistent => "nonexistent",
        Standing::Checked => "checked",
    }
}

fn severity_parts(s: Severity) -> (&'static str, Text) {
    match s {
        Severity::Error => ("✖", SEV_ERROR),
        Severity::Warning => ("⚠", SEV_WARNING),
        Severity::Info => ("ℹ", SEV_INFO),
    }
}

/// The findings, each with its generator link when it is not a note.
fn finding_list(list: &[Diagnostic], fix: Option<&(String, Text)>, l: Lang) -> Option<Findings> {
    if list.is_empty() {
        return None;
    }
    let items = list
        .iter()
        .map(|d| Finding {
            code: d.code.into(),
            severity: d.severity.as_str().into(),
            word: severity_parts(d.severity).1.get(l).into(),
            message: d.message_in(l),
            help: d.help_in(l),
            spec: d.spec.map(|spec| {
                let link = Link {
                    href: spec.url(),
                    text: spec.to_string(),
                };
                (SPEC.get(l).to_string(), link)
            }),
            // A failed lookup is not mended by publishing anything.
            fix: fix
                .filter(|_| d.severity != Severity::Info && !is_failed_lookup(d))
                .map(|(href, title)| Link {
                    href: href.clone(),
                    text: fill(FIX_GENERATOR.get(l), &[("gen", title.get(l))]),
                }),
        })
        .collect();
    Some(Findings {
        label: FINDINGS.get(l).into(),
        items,
    })
}

fn findings_block(list: &[Diagnostic], fix: Option<&(String, Text)>, l: Lang) -> Option<Block> {
    finding_list(list, fix, l).map(Block::Findings)
}

fn para(class: &str, text: impl Into<String>) -> Block {
    Block::Para {
        class: class.into(),
        text: text.into(),
    }
}

fn code(class: &str, lead: String, code: String, tail: String) -> Block {
    Block::Code {
        class: class.into(),
        lead,
        code,
        tail,
    }
}

fn validator_link(record: &str, l: Lang) -> Link {
    Link {
        href: validator_href(record),
        text: OPEN_VALIDATOR.get(l).into(),
    }
}

fn records(list: &[String], status: Status, l: Lang) -> Block {
    if list.is_empty() {
        return if status == Status::Error {
            para("check-unknown", LOOKUP_FAILED.get(l))
        } else {
            para("check-nothing", NOTHING.get(l))
        };
    }
    Block::Records {
        label: PUBLISHED.get(l).into(),
        items: list
            .iter()
            .map(|rec| (rec.clone(), validator_link(rec, l)))
            .collect(),
    }
}

fn make_link(link: Option<&(String, Text)>, l: Lang) -> Option<Block> {
    link.map(|(href, title)| Block::Links {
        class: "finding-fix".into(),
        links: vec![Link {
            href: href.clone(),
            text: fill(MAKE_GENERATOR.get(l), &[("gen", title.get(l))]),
        }],
    })
}

/// A part's section, the target of its summary line's link.
fn section_of(part: Part, title: &str, badge: Badge, blocks: Vec<Block>) -> Section {
    Section {
        kind: part.slug().into(),
        title: title.into(),
        badge,
        blocks,
    }
}

/// Name, records, the part's own details, findings, generator link, then
/// what comes after the findings (`more`: the SPF include tree).
fn section(
    part: Part,
    r: &DomainCheck,
    sec: &RecordSection,
    details: Vec<Block>,
    l: Lang,
) -> Section {
    section_with(part, r, sec, details, Vec::new(), l)
}

fn section_with(
    part: Part,
    r: &DomainCheck,
    sec: &RecordSection,
    details: Vec<Block>,
    more: Vec<Block>,
    l: Lang,
) -> Section {
    let link = generator_for(part, r);
    let mut body = Vec::new();
    if !sec.name.is_empty() {
        let lead = format!("{}: ", NAME.get(l));
        body.push(code("", lead, sec.name.clone(), String::new()));
    }
    body.push(records(&sec.records, sec.status, l));
    body.extend(details);
    body.extend(findings_block(&sec.diagnostics, link.as_ref(), l));
    if sec.status == Status::Missing {
        body.extend(make_link(link.as_ref(), l));
    }
    body.extend(more);
    let badge = badge(part, St::of(sec.status), r.worst(part), l);
    section_of(part, part.label(), badge, body)
}

fn spf_tree(n: &SpfNode, l: Lang, depth: usize) -> Tree {
    let mut lookups = LOOKUP_COUNT.count(n.lookups, l);
    if n.total_lookups != n.lookups {
        lookups.push_str(&fill(
            SPF_NODE_TOTAL.get(l),
            &[("n", &n.total_lookups.to_string())],
        ));
    }
    Tree {
        domain: n.domain.clone(),
        lookups,
        record: n
            .record
            .clone()
            .ok_or_else(|| SPF_NO_RECORD.get(l).to_string()),
        // What is wrong in an included record (a provider's too).
        findings: finding_list(&n.diagnostics, None, l),
        children: if depth < 12 {
            n.children
                .iter()
                .map(|c| spf_tree(c, l, depth + 1))
                .collect()
        } else {
            Vec::new()
        },
    }
}

fn table(head: [Text; 2], rows: Vec<(String, bool, String)>, class: &str, l: Lang) -> Block {
    let rows = rows
        .into_iter()
        .map(|(name, ok, word)| {
            let (class, icon) = if ok {
                ("st-ok", "✔")
            } else {
                ("st-error", "✖")
            };
            let badge = Badge {
                class: class.into(),
                icon: icon.into(),
                status: None,
                word,
            };
            (name, badge)
        })
        .collect();
    Block::Table {
        class: format!("check-table {class}"),
        heads: head.map(|h| h.get(l).to_string()),
        rows,
    }
}

/// The whole report so far, in `l`: the verdict line, what is wrong with
/// the domain as a whole, the summary, then each part's section, most
/// costly first.
pub fn report(r: &DomainCheck, domain_unicode: &str, l: Lang) -> Report {
    let v = r.verdict();
    let general: Vec<Diagnostic> = r.general_findings().into_iter().cloned().collect();
    // Nothing was looked up: the summary says so for each part.
    let sections: Vec<Section> = if v.standing == Standing::NotLookedUp {
        Vec::new()
    } else {
        v.order
            .iter()
            .filter_map(|p| part_section(*p, r, domain_unicode, l))
            .collect()
    };
    let shown: Vec<Part> = v
        .order
        .iter()
        .copied()
        .filter(|p| sections.iter().any(|s| s.kind == p.slug()))
        .collect();
    Report {
        standing: standing(&v).into(),
        verdict: v.line(domain_unicode, l),
        exists: r.exists.map(|e| e.to_string()).unwrap_or_default(),
        general: finding_list(&general, None, l),
        caption: SUMMARY.get(l).into(),
        summary: summary(r, &v, &shown, l),
        sections,
        requirements: None,
    }
}

/// The section of `part`, `None` when there is nothing to say: a part of a
/// domain that does not exist with nothing found and no finding.
fn part_section(part: Part, r: &DomainCheck, domain_unicode: &str, l: Lang) -> Option<Section> {
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
fn spf_section(spf: &SpfSection, r: &DomainCheck, l: Lang) -> Section {
    let mut extra = Vec::new();
    let mut tree = Vec::new();
    // The count of the walked tree: the one number shown; the record's
    // estimate, said to be one, when part of the tree failed.
    if let Some(n) = spf.estimate {
        extra.push(para(
            "spf-total spf-estimate",
            fill(SPF_ESTIMATE.get(l), &[("n", &n.to_string())]),
        ));
    } else if spf.tree.is_some() {
        let cls = if spf.lookups > 10 || spf.void_lookups > 2 {
            "spf-total over"
        } else {
            "spf-total"
        };
        extra.push(para(
            cls,
            fill(
                SPF_TOTAL.get(l),
                &[
                    ("n", &spf.lookups.to_string()),
                    ("v", &spf.void_lookups.to_string()),
                ],
            ),
        ));
    }
    if let Some(t) = spf
        .tree
        .as_ref()
        .filter(|t| t.record.is_some() || !t.children.is_empty())
    {
        tree.push(para("check-label", SPF_TREE.get(l)));
        tree.push(Block::SpfTree(spf_tree(t, l, 0)));
    }
    section_with(Part::Spf, r, &spf.base, extra, tree, l)
}

/// DMARC: where the record applies from, the policy, the report
/// destinations.
fn dmarc_section(d: &DmarcSection, r: &DomainCheck, domain_unicode: &str, l: Lang) -> Section {
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
        extra.push(code(
            "dmarc-applies",
            format!("{}: ", DMARC_FROM.get(l)),
            format!("_dmarc.{org}"),
            format!(" ({how})"),
        ));
    }
    if let Some(p) = &d.policy {
        let tail = d
            .policy_tag
            .as_ref()
            .map(|tag| format!(" ({tag}=)"))
            .unwrap_or_default();
        extra.push(code(
            "dmarc-policy",
            format!("{}: ", DMARC_POLICY.get(l)),
            p.clone(),
            tail,
        ));
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
        extra.push(para("check-label", RUA.get(l)));
        extra.push(table([RUA_DEST, RUA_AUTH], rows, "rua-auth", l));
    }
    section(Part::Dmarc, r, &d.base, extra, l)
}

/// DKIM: each selector found or asked for, with its key.
fn dkim_section(k: &DkimSection, r: &DomainCheck, l: Lang) -> Section {
    let link = generator_for(Part::Dkim, r);
    let mut body = Vec::new();
    body.extend(findings_block(&k.diagnostics, link.as_ref(), l));
    let found: Vec<_> = k
        .selectors
        .iter()
        .filter(|s| s.status != Status::Missing || s.requested)
        .collect();
    if k.status == Status::Error && found.is_empty() {
        body.push(para("check-unknown", LOOKUP_FAILED.get(l)));
    } else if found.iter().all(|s| s.status == Status::Missing) {
        body.push(para("check-nothing", DKIM_NONE.get(l)));
        body.extend(make_link(link.as_ref(), l));
    }
    for s in found {
        let mut blocks = Vec::new();
        let key = match (&s.key_type, s.key_bits) {
            (Some(t), Some(b)) => Some(fill(
                DKIM_BITS.get(l),
                &[("type", &t.to_uppercase()), ("bits", &b.to_string())],
            )),
            (Some(t), None) => Some(t.to_uppercase()),
            _ => None,
        };
        if let Some(key) = key {
            blocks.push(para("dkim-key", format!("{}: {key}", DKIM_KEY.get(l))));
        }
        blocks.push(records(&s.records, s.status, l));
        blocks.extend(findings_block(&s.diagnostics, link.as_ref(), l));
        body.push(Block::Selector(Selector {
            selector: s.selector.clone(),
            head: DKIM_SELECTOR.get(l).into(),
            badge: badge(
                Part::Dkim,
                St::of(s.status),
                worst_in(Part::Dkim, &s.diagnostics),
                l,
            ),
            name: s.name.clone(),
            cname: s
                .cname_target
                .as_ref()
                .map(|t| fill(DKIM_CNAME.get(l), &[("target", t)])),
            blocks,
        }));
    }
    let badge = badge(Part::Dkim, St::of(k.status), r.worst(Part::Dkim), l);
    section_of(Part::Dkim, "DKIM", badge, body)
}

/// MTA-STS: the policy file and which MX hosts it covers.
fn sts_section(sts: &MtaStsSection, r: &DomainCheck, l: Lang) -> Section {
    let mut extra = Vec::new();
    if let Some(p) = &sts.policy {
        let st = St::of_policy(p.status);
        let f: Vec<&Diagnostic> = p.diagnostics.iter().collect();
        let mut blocks = Vec::new();
        if st == St::Unreadable {
            let links = vec![
                Link {
                    href: p.url.clone(),
                    text: STS_OPEN_URL.get(l).into(),
                },
                Link {
                    href: "?page=validate".into(),
                    text: STS_PASTE.get(l).into(),
                },
            ];
            blocks.push(Block::Links {
                class: "sts-unreadable".into(),
                links,
            });
        }
        if let Some(t) = &p.text {
            blocks.push(Block::Pre {
                class: "sts-policy".into(),
                text: t.clone(),
            });
            blocks.push(Block::Links {
                class: String::new(),
                links: vec![validator_link(t, l)],
            });
        }
        blocks.extend(findings_block(
            &p.diagnostics,
            generator_for(Part::MtaSts, r).as_ref(),
            l,
        ));
        extra.push(Block::PolicyFile(PolicyFile {
            status: st.slug().into(),
            head: STS_POLICY.get(l).into(),
            badge: Badge {
                class: status_class(st, &f).into(),
                word: status_word(Part::MtaSts, st).get(l).into(),
                ..Badge::default()
            },
            url: p.url.clone(),
            blocks,
        }));
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
        extra.push(para("check-label", STS_COVERAGE.get(l)));
        extra.push(table([STS_MX, STS_COVERED], rows, "mx-coverage", l));
    }
    section(Part::MtaSts, r, &sts.base, extra, l)
}

/// DNSSEC: what the resolver vouched for, as the finding says it.
fn dnssec_section(r: &DomainCheck, l: Lang) -> Section {
    let st = if r.dnssec { St::Ok } else { St::Missing };
    let list: Vec<Diagnostic> = r.findings_of(Part::Dnssec).into_iter().cloned().collect();
    let badge = badge(Part::Dnssec, st, r.worst(Part::Dnssec), l);
    let body = findings_block(&list, None, l).into_iter().collect();
    section_of(Part::Dnssec, "DNSSEC", badge, body)
}

// The SPF generator's and the presets' findings are still element trees:
// `findings` and `spf_node` below write them.

#[cfg(test)]
pub(crate) mod tests {
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

    /// Every text of a view, as the tests search it.
    fn shown(v: &impl std::fmt::Debug) -> String {
        format!("{v:?}")
    }

    #[test]
    fn a_pending_report_shows_every_summary_line() {
        let r = DomainCheck::new("example.com", "https://dns.google/dns-query");
        let pt = report(&r, "example.com", Lang::Pt);
        let kinds: Vec<&str> = pt.summary.iter().map(|s| s.kind.as_str()).collect();
        for part in Part::ALL {
            assert!(kinds.contains(&part.slug()), "{kinds:?}");
        }
        assert!(pt.summary.iter().any(|s| s.badge.word == "a consultar…"));
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

    /// The section of `kind`, as the tests search it.
    fn section_of_kind(r: &Report, kind: &str) -> String {
        shown(r.sections.iter().find(|s| s.kind == kind).unwrap())
    }

    #[test]
    fn the_report_starts_with_the_verdict_and_ranks_the_sections() {
        // Nothing published: SPF and DMARC first, DNSSEC last.
        let mut zone = selo::dns::MemoryZone::new();
        zone.a("empty.test", std::net::Ipv4Addr::new(192, 0, 2, 1));
        let r = checked("empty.test", &zone);
        let en = report(&r, "empty.test", Lang::En);
        assert!(
            en.verdict.contains("2 things to fix now, 4 to improve"),
            "{}",
            en.verdict
        );
        let pt = report(&r, "empty.test", Lang::Pt);
        assert!(pt.verdict.contains("2 coisas a corrigir já, 4 a melhorar"));
        let kinds: Vec<&str> = en.sections.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "spf", "dmarc", "dkim", "mx", "mta-sts", "tls-rpt", "bimi", "dnssec"
            ]
        );
        // Each summary line links to its section.
        for part in Part::ALL {
            let row = en.summary.iter().find(|s| s.kind == part.slug()).unwrap();
            assert!(row.linked, "{row:?}");
            assert_eq!(section_id(part), format!("check-{}", row.kind));
        }
        // A missing SPF is to fix (✖); a missing BIMI is a note (ℹ).
        let badge = |kind: &str| &en.summary.iter().find(|s| s.kind == kind).unwrap().badge;
        assert_eq!(
            (badge("spf").class.as_str(), badge("spf").icon.as_str()),
            ("st-error", "✖")
        );
        assert_eq!(badge("spf").status.as_deref(), Some("missing"));
        assert_eq!(
            (badge("bimi").class.as_str(), badge("bimi").icon.as_str()),
            ("st-note", "ℹ")
        );
        // The DNSSEC note is in its section, not before the summary.
        assert!(!shown(&en.general).contains("check::dnssec"));
        assert!(section_of_kind(&en, "dnssec").contains("check::dnssec"));
    }

    #[test]
    fn a_domain_that_does_not_exist_is_said_first_with_nothing_to_publish() {
        let mut zone = selo::dns::MemoryZone::new();
        zone.a("other.test", std::net::Ipv4Addr::new(192, 0, 2, 1));
        let r = checked("nonexistent.test", &zone);
        let en = report(&r, "nonexistent.test", Lang::En);
        assert!(en.verdict.contains("nonexistent.test does not exist"));
        assert_eq!(en.exists, "false");
        assert!(shown(&en.general).contains("check::nxdomain"));
        let all = shown(&en);
        for absent in ["fix: Some", "Write one with", "Publish"] {
            assert!(!all.contains(absent), "{absent}: {all}");
        }
        assert!(en.sections.is_empty(), "{:?}", en.sections);
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
        let en = report(&r, "broken.test", Lang::En);
        assert!(en.verdict.contains("; 1 lookup failed"), "{}", en.verdict);
        let dmarc = section_of_kind(&en, "dmarc");
        assert!(dmarc.contains("check-unknown"), "{dmarc}");
        assert!(
            dmarc.contains("Could not look up what is published here."),
            "{dmarc}"
        );
        assert!(!dmarc.contains("Nothing published"), "{dmarc}");
        assert!(!dmarc.contains("fix: Some"), "{dmarc}");
        assert!(shown(&en.summary).contains("could not look up"));
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
        let spf = section_of_kind(&report(&r, "half.test", Lang::En), "spf");
        let n = r.checks.spf.as_ref().unwrap().estimate.unwrap();
        assert!(
            spf.contains(&format!(
                "About {n} of 10 DNS lookups, estimated from the record alone"
            )),
            "{spf}"
        );
        assert!(!spf.contains("of 10 DNS lookups;"), "{spf}");
        assert!(!spf.contains("uses "), "{spf}");
        let pt = shown(&report(&r, "half.test", Lang::Pt));
        assert!(
            pt.contains(&format!("Cerca de {n} de 10 consultas DNS")),
            "{pt}"
        );
    }

    /// Every text of these tables that has its own Portuguese words.
    pub(crate) fn english_only(tables: &[&[(&str, Text)]]) -> Vec<&'static str> {
        tables
            .iter()
            .flat_map(|t| t.iter())
            .flat_map(|(_, t)| {
                // The words between placeholders, as they are shown.
                let pt: Vec<&str> = t.pt.split(['{', '}']).step_by(2).collect();
                t.en.split(['{', '}'])
                    .step_by(2)
                    .filter(move |w| w.trim().len() > 3 && !pt.contains(w))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// The strings of a view a user reads: values only (no field or
    /// variant names), and none of those that only become attributes.
    pub(crate) fn strings(v: &impl serde::Serialize) -> Vec<String> {
        const ATTRIBUTES: [&str; 11] = [
            "status", "class", "kind", "icon", "href", "code", "severity", "act", "sort",
            "standing", "exists",
        ];
        fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                serde_json::Value::Object(o) => o
                    .iter()
                    .filter(|(k, _)| !ATTRIBUTES.contains(&k.as_str()))
                    .for_each(|(_, v)| walk(v, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&serde_json::to_value(v).unwrap(), &mut out);
        out
    }

    #[test]
    fn the_portuguese_view_has_no_english_left() {
        // Findings, failed lookups, an SPF tree, DKIM, a policy that
        // cannot be read: as much of the report as a zone here gives.
        let mut zone = selo::dns::MemoryZone::new();
        zone.mx("pt.test", 10, "mx.pt.test")
            .txt("pt.test", &["v=spf1 mx include:inc.pt.test ~all"])
            .txt("inc.pt.test", &["v=spf1 ip4:192.0.2.1 -all"])
            .txt(
                "_dmarc.pt.test",
                &["v=DMARC1; p=none; rua=mailto:r@other.test"],
            )
            .txt("_mta-sts.pt.test", &["v=STSv1; id=1"])
            .txt("_smtp._tls.pt.test", &["v=TLSRPTv1; rua=mailto:t@pt.test"])
            .txt("default._domainkey.pt.test", &["v=DKIM1; k=rsa; p=MFww"])
            .fail(
                "default._bimi.pt.test",
                None,
                selo::dns::LookupError::ServFail,
            );
        let r = checked("pt.test", &zone);
        let en = strings(&report(&r, "pt.test", Lang::En)).join("\n");
        let pt = strings(&report(&r, "pt.test", Lang::Pt)).join("\n");
        let english = english_only(&[ALL]);
        let seen: Vec<&&str> = english.iter().filter(|w| en.contains(**w)).collect();
        assert!(seen.len() > 10, "{seen:?}");
        for w in english {
            assert!(!pt.contains(w), "English left in Portuguese: {w:?}\n{pt}");
        }
    }
}
