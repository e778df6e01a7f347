//! The report as an element tree in one language: a summary line per record
//! type, then the details. The page builds it into DOM nodes (see
//! [`crate::tree`]); every string from DNS or a web server becomes text.

use crate::tree::{Node, el, head_row, text};
use selo::check::{DomainCheck, PolicyStatus, RecordSection, SpfNode, Status};
use selo::{Diagnostic, Lang, Severity, Text};

macro_rules! texts {
    ($($name:ident = ($en:expr, $pt:expr);)+) => {
        $( const $name: Text = Text::new($en, $pt); )+
        /// Every text, for the translation test.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),+];
    };
}

texts! {
    SUMMARY = ("Summary", "Resumo");
    ST_OK = ("found", "encontrado");
    ST_MISSING = ("missing", "em falta");
    ST_INVALID = ("broken", "com erros");
    ST_ERROR = ("could not check", "não foi possível verificar");
    ST_PENDING = ("looking up…", "a consultar…");
    ST_UNREADABLE = ("could not read", "não foi possível ler");
    ST_YES = ("yes", "sim");
    ST_NO = ("no", "não");
    ERRORS = ("{n} errors", "{n} erros");
    ERROR_ONE = ("1 error", "1 erro");
    WARNINGS = ("{n} warnings", "{n} avisos");
    WARNING_ONE = ("1 warning", "1 aviso");
    DNSSEC_YES = (
        "Every answer came back authenticated by DNSSEC (the resolver set the AD bit).",
        "Todas as respostas vieram autenticadas por DNSSEC (o resolvedor marcou o bit AD)."
    );
    DNSSEC_NO = (
        "The resolver did not vouch for DNSSEC on every answer (no AD bit): the zone may be unsigned, or this resolver may not validate. Unsigned answers can be forged by a network attacker: if the zone is unsigned, ask your DNS host to sign it.",
        "O resolvedor não garantiu o DNSSEC em todas as respostas (sem bit AD): a zona pode não estar assinada, ou este resolvedor pode não validar. Respostas não assinadas podem ser falsificadas por um atacante na rede: se a zona não estiver assinada, peça ao seu fornecedor de DNS que a assine."
    );
    NAME = ("Name", "Nome");
    PUBLISHED = ("Published", "Publicado");
    NOTHING = ("Nothing published.", "Nada publicado.");
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
    SPF_NODE_LOOKUPS = ("{n} lookups", "{n} consultas");
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

pub(crate) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Percent-encodes like `encodeURIComponent`.
pub(crate) fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

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

impl Kind {
    const ALL: [Kind; 8] = [
        Kind::Mx,
        Kind::Spf,
        Kind::Dmarc,
        Kind::Dkim,
        Kind::MtaSts,
        Kind::TlsRpt,
        Kind::Bimi,
        Kind::Dnssec,
    ];

    fn label(self) -> &'static str {
        match self {
            Kind::Mx => "MX",
            Kind::Spf => "SPF",
            Kind::Dmarc => "DMARC",
            Kind::Dkim => "DKIM",
            Kind::MtaSts => "MTA-STS",
            Kind::TlsRpt => "TLS-RPT",
            Kind::Bimi => "BIMI",
            Kind::Dnssec => "DNSSEC",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Kind::Mx => "mx",
            Kind::Spf => "spf",
            Kind::Dmarc => "dmarc",
            Kind::Dkim => "dkim",
            Kind::MtaSts => "mta-sts",
            Kind::TlsRpt => "tls-rpt",
            Kind::Bimi => "bimi",
            Kind::Dnssec => "dnssec",
        }
    }
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

/// A section's standing and its findings, or `None` while pending.
fn state(kind: Kind, r: &DomainCheck) -> Option<(St, Vec<&Diagnostic>)> {
    fn sec(s: &RecordSection) -> (St, Vec<&Diagnostic>) {
        (St::of(s.status), s.diagnostics.iter().collect())
    }
    let c = &r.checks;
    match kind {
        Kind::Mx => c.mx.as_ref().map(sec),
        Kind::Spf => c.spf.as_ref().map(|x| sec(&x.base)),
        Kind::Dmarc => c.dmarc.as_ref().map(|x| sec(&x.base)),
        Kind::Dkim => c.dkim.as_ref().map(|k| {
            let mut f: Vec<&Diagnostic> = k.diagnostics.iter().collect();
            f.extend(k.selectors.iter().flat_map(|s| s.diagnostics.iter()));
            (St::of(k.status), f)
        }),
        Kind::MtaSts => c.mta_sts.as_ref().map(|x| {
            let mut f: Vec<&Diagnostic> = x.base.diagnostics.iter().collect();
            if let Some(p) = &x.policy {
                f.extend(p.diagnostics.iter());
            }
            (St::of(x.base.status), f)
        }),
        Kind::TlsRpt => c.tls_rpt.as_ref().map(sec),
        Kind::Bimi => c.bimi.as_ref().map(sec),
        Kind::Dnssec => r
            .complete
            .then(|| (if r.dnssec { St::Ok } else { St::Missing }, Vec::new())),
    }
}

fn status_word(kind: Kind, s: St) -> Text {
    match (kind, s) {
        (Kind::Dnssec, St::Ok) => ST_YES,
        (Kind::Dnssec, _) => ST_NO,
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

/// `st-ok`, `st-error` or `st-warning`.
fn status_class(s: St, findings: &[&Diagnostic]) -> &'static str {
    let worst = findings.iter().map(|f| f.severity).max_by_key(|s| rank(*s));
    match (s, worst) {
        (St::Invalid, _) | (_, Some(Severity::Error)) => "st-error",
        (St::Ok, None | Some(Severity::Info)) => "st-ok",
        _ => "st-warning",
    }
}

fn badge(kind: Kind, s: St, findings: &[&Diagnostic], l: Lang) -> Node {
    let class = status_class(s, findings);
    let icon = match class {
        "st-ok" => "✔",
        "st-error" => "✖",
        _ => "⚠",
    };
    el(
        "span",
        &[
            ("class", &format!("check-status {class}")),
            ("data-status", s.slug()),
        ],
        vec![
            el("span", &[("aria-hidden", "true")], vec![text(icon)]),
            text(format!(" {}", status_word(kind, s).get(l))),
        ],
    )
}

/// The summary table: one line per record type.
fn summary(r: &DomainCheck, l: Lang) -> Node {
    let rows = Kind::ALL
        .into_iter()
        .map(|kind| {
            let cell = match state(kind, r) {
                None => vec![el(
                    "span",
                    &[("class", "check-status st-pending")],
                    vec![text(ST_PENDING.get(l))],
                )],
                Some((s, f)) => {
                    let e = f.iter().filter(|x| x.severity == Severity::Error).count();
                    let w = f.iter().filter(|x| x.severity == Severity::Warning).count();
                    let mut cell = vec![badge(kind, s, &f, l)];
                    let count = |n: usize, one: Text, many: Text| match n {
                        0 => None,
                        1 => Some(one.get(l).to_string()),
                        n => Some(fill(many.get(l), &[("n", &n.to_string())])),
                    };
                    let counts: Vec<String> =
                        [count(e, ERROR_ONE, ERRORS), count(w, WARNING_ONE, WARNINGS)]
                            .into_iter()
                            .flatten()
                            .collect();
                    if !counts.is_empty() {
                        cell.push(text(" "));
                        cell.push(el(
                            "span",
                            &[("class", "check-counts")],
                            vec![text(counts.join(", "))],
                        ));
                    }
                    cell
                }
            };
            el(
                "tr",
                &[("data-kind", kind.slug())],
                vec![
                    el("th", &[("scope", "row")], vec![text(kind.label())]),
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
            if let Some((href, title)) = fix.filter(|_| d.severity != Severity::Info) {
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

fn records(list: &[String], l: Lang) -> Vec<Node> {
    if list.is_empty() {
        return vec![el(
            "p",
            &[("class", "check-nothing")],
            vec![text(NOTHING.get(l))],
        )];
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

/// Name, records, the kind's own details, findings and generator link.
fn section(kind: Kind, r: &DomainCheck, sec: &RecordSection, details: Vec<Node>, l: Lang) -> Node {
    let link = generator(kind, r);
    let (status, all) = state(kind, r).unwrap_or((St::of(sec.status), Vec::new()));
    let mut body = vec![el(
        "h3",
        &[],
        vec![
            text(format!("{} ", kind.label())),
            badge(kind, status, &all, l),
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
    body.extend(records(&sec.records, l));
    body.extend(details);
    body.extend(findings(&sec.diagnostics, link.as_ref(), l));
    if sec.status == Status::Missing {
        body.extend(make_link(link.as_ref(), l));
    }
    el(
        "section",
        &[("class", "check-section"), ("data-kind", kind.slug())],
        body,
    )
}

fn spf_node(n: &SpfNode, l: Lang, depth: usize) -> Node {
    let mut lookups = fill(SPF_NODE_LOOKUPS.get(l), &[("n", &n.lookups.to_string())]);
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

/// The whole report so far, in `l`.
pub fn report(r: &DomainCheck, domain_unicode: &str, l: Lang) -> Node {
    let c = &r.checks;
    let exists = r.exists.map(|e| e.to_string()).unwrap_or_default();
    let mut out = vec![el(
        "div",
        &[("class", "check-general"), ("data-exists", &exists)],
        findings(&r.diagnostics, None, l).into_iter().collect(),
    )];
    out.push(summary(r, l));
    if let Some(s) = &c.mx {
        out.push(section(Kind::Mx, r, s, Vec::new(), l));
    }
    if let Some(spf) = &c.spf {
        let mut extra = Vec::new();
        if spf.base.status != Status::Missing {
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
            extra.push(el(
                "p",
                &[("class", "check-label")],
                vec![text(SPF_TREE.get(l))],
            ));
            extra.push(el("ul", &[("class", "spf-tree")], vec![spf_node(t, l, 0)]));
        }
        out.push(section(Kind::Spf, r, &spf.base, extra, l));
    }
    if let Some(d) = &c.dmarc {
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
        out.push(section(Kind::Dmarc, r, &d.base, extra, l));
    }
    if let Some(k) = &c.dkim {
        let link = generator(Kind::Dkim, r);
        let (status, all) = state(Kind::Dkim, r).unwrap_or((St::of(k.status), Vec::new()));
        let mut body = vec![el(
            "h3",
            &[],
            vec![text("DKIM "), badge(Kind::Dkim, status, &all, l)],
        )];
        body.extend(findings(&k.diagnostics, link.as_ref(), l));
        let found: Vec<_> = k
            .selectors
            .iter()
            .filter(|s| s.status != Status::Missing || s.requested)
            .collect();
        if found.iter().all(|s| s.status == Status::Missing) {
            body.push(el(
                "p",
                &[("class", "check-nothing")],
                vec![text(DKIM_NONE.get(l))],
            ));
            body.extend(make_link(link.as_ref(), l));
        }
        for s in found {
            let f: Vec<&Diagnostic> = s.diagnostics.iter().collect();
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
                        badge(Kind::Dkim, St::of(s.status), &f, l),
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
            sel.extend(records(&s.records, l));
            sel.extend(findings(&s.diagnostics, link.as_ref(), l));
            body.push(el(
                "div",
                &[("class", "dkim-selector"), ("data-selector", &s.selector)],
                sel,
            ));
        }
        out.push(el(
            "section",
            &[("class", "check-section"), ("data-kind", "dkim")],
            body,
        ));
    }
    if let Some(sts) = &c.mta_sts {
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
                            vec![text(status_word(Kind::MtaSts, st).get(l))],
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
                generator(Kind::MtaSts, r).as_ref(),
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
        out.push(section(Kind::MtaSts, r, &sts.base, extra, l));
    }
    if let Some(s) = &c.tls_rpt {
        out.push(section(Kind::TlsRpt, r, s, Vec::new(), l));
    }
    if let Some(s) = &c.bimi {
        out.push(section(Kind::Bimi, r, s, Vec::new(), l));
    }
    if r.complete && r.exists != Some(false) {
        let st = if r.dnssec { St::Ok } else { St::Missing };
        out.push(el(
            "section",
            &[("class", "check-section"), ("data-kind", "dnssec")],
            vec![
                el(
                    "h3",
                    &[],
                    vec![text("DNSSEC "), badge(Kind::Dnssec, st, &[], l)],
                ),
                el(
                    "p",
                    &[],
                    vec![text(if r.dnssec {
                        DNSSEC_YES.get(l)
                    } else {
                        DNSSEC_NO.get(l)
                    })],
                ),
            ],
        ));
    }
    el("div", &[("class", "check-report")], out)
}

/// What the SPF generator says about the chosen presets
/// ([`selo::spf::presets::preset_findings`]): the findings, or an empty
/// list.
pub fn preset_findings(list: &[Diagnostic], l: Lang) -> Node {
    findings(list, None, l).unwrap_or_else(|| el("ul", &[("class", "findings")], vec![]))
}

/// The SPF generator's live count ([`selo::check::spf_record_tree`]): the
/// total over the whole tree, the findings of the walk, and the tree with
/// each record's lookups. The record's own findings are left out: the
/// generator shows them already.
pub fn spf_count(s: &selo::check::SpfSection, l: Lang) -> Node {
    let mut body = Vec::new();
    if s.tree.is_some() {
        let cls = if s.lookups > 10 || s.void_lookups > 2 {
            "spf-total over"
        } else {
            "spf-total"
        };
        // The generator shows the total beside the record, read from here.
        let n = s.lookups.to_string();
        body.push(el(
            "p",
            &[("class", cls), ("data-lookups", &n)],
            vec![text(fill(
                SPF_TOTAL.get(l),
                &[
                    ("n", &s.lookups.to_string()),
                    ("v", &s.void_lookups.to_string()),
                ],
            ))],
        ));
    }
    let walk: Vec<Diagnostic> = s
        .base
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("check::"))
        .cloned()
        .collect();
    body.extend(findings(&walk, None, l));
    if let Some(t) = &s.tree {
        body.push(el(
            "p",
            &[("class", "check-label")],
            vec![text(SPF_TREE.get(l))],
        ));
        body.push(el("ul", &[("class", "spf-tree")], vec![spf_node(t, l, 0)]));
    }
    el("div", &[("class", "spf-live-result")], body)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for kind in Kind::ALL {
            assert!(
                json.contains(&format!(r#"["tr",{{"data-kind":"{}"}}"#, kind.slug())),
                "{json}"
            );
        }
        assert!(json.contains("a consultar…"));
    }
}
