//! SPF: the record at the domain, and the whole include / redirect tree,
//! resolved level by level with every lookup of a level in parallel
//! (RFC 7208 4.6.4 limits: 10 DNS-querying terms, 2 void lookups).

use super::messages as m;
use super::records::{Txt, txt_at};
use super::{RecordSection, SpfNode, SpfSection, Status, is_void, lookup_failed, status_of};
use crate::dns::{Answer, Outcome, QueryType, Resolver};
use crate::spf::{
    MAX_DNS_LOOKUPS, MAX_TERM_NAMES, MAX_VOID_LOOKUPS, Mechanism, Modifier, Spf, Term,
};
use crate::text::cap;
use crate::{Diagnostic, Severity, Span};
use futures_util::future::join_all;

/// The most records of a tree Selo follows.
pub const MAX_SPF_NODES: usize = 40;

struct Node {
    domain: String,
    via: &'static str,
    /// `include:x` or `redirect=x`, as written in the parent.
    term: String,
    parent: Option<usize>,
    record: Option<String>,
    lookups: usize,
    void: usize,
    children: Vec<usize>,
    diags: Vec<Diagnostic>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    A,
    Mx,
    Exists,
}

struct TermLookup {
    node: usize,
    term: String,
    kind: Kind,
    name: String,
}

fn ancestors(nodes: &[Node], mut i: usize) -> Vec<String> {
    let mut out = vec![nodes[i].domain.clone()];
    while let Some(p) = nodes[i].parent {
        out.push(nodes[p].domain.clone());
        i = p;
    }
    out.reverse();
    out
}

fn term_text(t: &Term) -> String {
    match t {
        Term::Mechanism { kind, .. } => match kind {
            Mechanism::Include(d) => format!("include:{}", d.as_str()),
            Mechanism::Exists(d) => format!("exists:{}", d.as_str()),
            Mechanism::A { domain, .. } => match domain {
                Some(d) => format!("a:{}", d.as_str()),
                None => "a".into(),
            },
            Mechanism::Mx { domain, .. } => match domain {
                Some(d) => format!("mx:{}", d.as_str()),
                None => "mx".into(),
            },
            other => other.name().to_string(),
        },
        Term::Modifier(Modifier::Redirect(d)) => format!("redirect={}", d.as_str()),
        Term::Modifier(_) => String::new(),
    }
}

/// The SPF section.
pub(crate) async fn check<R: Resolver>(r: &R, domain: &str) -> SpfSection {
    walk(r, domain, None).await
}

/// The SPF section of `record` as if it were published at `domain`: the
/// same tree walk as [`check`], with the root taken from the text instead
/// of the DNS (what a generator's record would cost once published).
pub(crate) async fn check_record<R: Resolver>(r: &R, domain: &str, record: &str) -> SpfSection {
    walk(r, domain, Some(record)).await
}

async fn walk<R: Resolver>(r: &R, domain: &str, given: Option<&str>) -> SpfSection {
    let mut nodes = vec![Node {
        domain: domain.to_string(),
        via: "root",
        term: String::new(),
        parent: None,
        record: None,
        lookups: 0,
        void: 0,
        children: Vec::new(),
        diags: Vec::new(),
    }];
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut void_names: Vec<String> = Vec::new();
    let mut level: Vec<usize> = vec![0];
    let mut terms: Vec<TermLookup> = Vec::new();
    let mut root_txt: Option<Txt> = None;
    let mut cut = false;
    while !level.is_empty() || !terms.is_empty() {
        let names: Vec<(usize, String)> = level
            .iter()
            .map(|&i| (i, nodes[i].domain.clone()))
            .collect();
        let (txts, answers) = futures_util::future::join(
            join_all(names.iter().map(|(i, n)| async move {
                match given {
                    Some(text) if *i == 0 => given_txt(n, text),
                    _ => txt_at(r, n, "v=spf1").await,
                }
            })),
            join_all(terms.iter().map(|t| async move {
                match t.kind {
                    Kind::A => {
                        let (a, b) = futures_util::future::join(
                            r.lookup(&t.name, QueryType::A),
                            r.lookup(&t.name, QueryType::Aaaa),
                        )
                        .await;
                        vec![a, b]
                    }
                    Kind::Mx => vec![r.lookup(&t.name, QueryType::Mx).await],
                    Kind::Exists => vec![r.lookup(&t.name, QueryType::A).await],
                }
            })),
        )
        .await;
        // The terms of the previous level.
        for (t, ans) in std::mem::take(&mut terms).into_iter().zip(answers) {
            read_term(&t, &ans, &mut nodes, &mut diags, &mut void_names);
        }
        // The records of this level.
        let mut next = Vec::new();
        for (&i, txt) in std::mem::take(&mut level).iter().zip(txts) {
            if let Some(f) = &txt.failed {
                diags.push(f.clone());
            } else if i == 0 {
                match txt.candidates.len() {
                    0 => {}
                    1 => {}
                    n => diags.push(
                        Diagnostic::new(&m::SPF_MULTIPLE, Span::default())
                            .arg("domain", domain)
                            .arg("count", n),
                    ),
                }
            } else {
                let parent = nodes[i].parent.unwrap_or(0);
                let pdomain = nodes[parent].domain.clone();
                let term = nodes[i].term.clone();
                match txt.candidates.len() {
                    0 => {
                        if is_void(&txt.answer.outcome) {
                            nodes[parent].void += 1;
                            void_names.push(nodes[i].domain.clone());
                        }
                        diags.push(
                            Diagnostic::new(&m::SPF_TARGET_MISSING, Span::default())
                                .arg("parent", cap(&pdomain, 253))
                                .arg("term", cap(&term, 300))
                                .arg("target", cap(&nodes[i].domain, 253)),
                        );
                    }
                    1 => {}
                    n => diags.push(
                        Diagnostic::new(&m::SPF_TARGET_MULTIPLE, Span::default())
                            .arg("parent", cap(&pdomain, 253))
                            .arg("term", cap(&term, 300))
                            .arg("target", cap(&nodes[i].domain, 253))
                            .arg("count", n),
                    ),
                }
            }
            if txt.candidates.len() == 1 && txt.failed.is_none() {
                let text = txt.candidates[0].clone();
                let parsed = crate::spf::parse(&text);
                nodes[i].record = Some(text);
                nodes[i].diags = parsed.diagnostics;
                if let Some(spf) = &parsed.value {
                    nodes[i].lookups = spf.dns_lookup_count();
                    expand(
                        i, spf, &mut nodes, &mut next, &mut terms, &mut diags, &mut cut,
                    );
                }
                if i != 0 {
                    let codes: Vec<&str> = nodes[i]
                        .diags
                        .iter()
                        .filter(|d| d.severity == Severity::Error)
                        .map(|d| d.code)
                        .collect();
                    if !codes.is_empty() {
                        let parent = nodes[i].parent.unwrap_or(0);
                        diags.push(
                            Diagnostic::new(&m::SPF_TARGET_INVALID, Span::default())
                                .arg("parent", cap(&nodes[parent].domain, 253))
                                .arg("term", cap(&nodes[i].term, 300))
                                .arg("target", cap(&nodes[i].domain, 253))
                                .arg("codes", codes.join(", ")),
                        );
                    }
                }
            }
            if i == 0 {
                root_txt = Some(txt);
            }
        }
        level = next;
    }
    if cut {
        diags.push(
            Diagnostic::new(&m::SPF_TREE_CUT, Span::default())
                .arg("domain", domain)
                .arg("count", MAX_SPF_NODES),
        );
    }
    let root_txt = root_txt.expect("the root is always looked up");
    let total: usize = nodes.iter().map(|n| n.lookups).sum();
    let void: usize = nodes.iter().map(|n| n.void).sum();
    let found = root_txt.failed.is_none() && !root_txt.candidates.is_empty();
    if found && root_txt.candidates.len() == 1 {
        if total > MAX_DNS_LOOKUPS {
            diags.push(
                Diagnostic::new(&m::SPF_TOO_MANY_LOOKUPS, Span::default())
                    .arg("domain", domain)
                    .arg("count", total),
            );
        } else if total + 1 >= MAX_DNS_LOOKUPS {
            diags.push(
                Diagnostic::new(&m::SPF_LOOKUPS_AT_LIMIT, Span::default())
                    .arg("domain", domain)
                    .arg("count", total),
            );
        }
        if void > MAX_VOID_LOOKUPS {
            diags.push(
                Diagnostic::new(&m::SPF_VOID_LOOKUPS, Span::default())
                    .arg("domain", domain)
                    .arg("count", void)
                    .arg("names", cap(&void_names.join(", "), 500)),
            );
        }
    }
    let mut base = RecordSection {
        status: Status::Missing,
        name: domain.to_string(),
        records: root_txt.candidates.clone(),
        diagnostics: Vec::new(),
    };
    if root_txt.failed.is_none() && root_txt.candidates.is_empty() {
        diags.push(Diagnostic::new(&m::SPF_MISSING, Span::default()).arg("domain", domain));
        base.diagnostics = diags;
        return SpfSection {
            base,
            lookups: 0,
            void_lookups: 0,
            tree: None,
        };
    }
    let mut all = nodes[0].diags.clone();
    all.extend(diags);
    base.status = status_of(&all);
    base.diagnostics = all;
    let tree = (found && root_txt.candidates.len() == 1).then(|| build(&nodes, 0));
    SpfSection {
        base,
        lookups: total,
        void_lookups: void,
        tree,
    }
}

/// The root of [`check_record`]: the given text, as if the DNS had answered
/// it (capped like an answer).
fn given_txt(name: &str, text: &str) -> Txt {
    let text = text.trim();
    Txt {
        name: name.to_string(),
        candidates: vec![cap(text, super::MAX_RECORD_CHARS)],
        failed: None,
        answer: Answer::new(Outcome::Records(Vec::new())),
    }
}

/// Queues the children and term lookups of node `i`.
fn expand(
    i: usize,
    spf: &Spf,
    nodes: &mut Vec<Node>,
    next: &mut Vec<usize>,
    terms: &mut Vec<TermLookup>,
    diags: &mut Vec<Diagnostic>,
    cut: &mut bool,
) {
    let here = nodes[i].domain.clone();
    let has_all = spf.all().is_some();
    for t in spf.terms() {
        let (target, via, kind) = match t {
            Term::Mechanism { kind, .. } => match kind {
                Mechanism::Include(d) => (Some(d), "include", None),
                Mechanism::A { domain, .. } => (domain.as_ref(), "a", Some(Kind::A)),
                Mechanism::Mx { domain, .. } => (domain.as_ref(), "mx", Some(Kind::Mx)),
                Mechanism::Exists(d) => (Some(d), "exists", Some(Kind::Exists)),
                _ => continue,
            },
            Term::Modifier(Modifier::Redirect(d)) if !has_all => (Some(d), "redirect", None),
            Term::Modifier(_) => continue,
        };
        if target.is_some_and(|d| d.has_macros()) {
            diags.push(
                Diagnostic::new(&m::SPF_MACRO, Span::default())
                    .arg("term", cap(&term_text(t), 300))
                    .arg("parent", cap(&here, 253)),
            );
            continue;
        }
        let name = target
            .map(|d| d.as_str().trim_end_matches('.').to_ascii_lowercase())
            .unwrap_or_else(|| here.clone());
        if let Some(kind) = kind {
            terms.push(TermLookup {
                node: i,
                term: term_text(t),
                kind,
                name,
            });
            continue;
        }
        let path = ancestors(nodes, i);
        if path.contains(&name) {
            diags.push(
                Diagnostic::new(&m::SPF_INCLUDE_LOOP, Span::default())
                    .arg("domain", cap(&name, 253))
                    .arg("path", cap(&format!("{} → {name}", path.join(" → ")), 500)),
            );
            continue;
        }
        if nodes.len() >= MAX_SPF_NODES {
            *cut = true;
            continue;
        }
        let child = nodes.len();
        nodes.push(Node {
            domain: name,
            via,
            term: term_text(t),
            parent: Some(i),
            record: None,
            lookups: 0,
            void: 0,
            children: Vec::new(),
            diags: Vec::new(),
        });
        nodes[i].children.push(child);
        next.push(child);
    }
}

/// Reads the answers to an `a`, `mx` or `exists` term.
fn read_term(
    t: &TermLookup,
    answers: &[Answer],
    nodes: &mut [Node],
    diags: &mut Vec<Diagnostic>,
    void_names: &mut Vec<String>,
) {
    let qtypes: &[QueryType] = match t.kind {
        Kind::A => &[QueryType::A, QueryType::Aaaa],
        Kind::Mx => &[QueryType::Mx],
        Kind::Exists => &[QueryType::A],
    };
    if let Some((a, q)) = answers
        .iter()
        .zip(qtypes)
        .find(|(a, _)| a.error().is_some())
    {
        if let Some(e) = a.error() {
            diags.push(lookup_failed(&t.name, *q, e));
        }
        return;
    }
    if answers.iter().all(|a| is_void(&a.outcome)) {
        nodes[t.node].void += 1;
        void_names.push(t.name.clone());
        return;
    }
    if t.kind == Kind::Mx
        && let Some(Answer {
            outcome: Outcome::Records(r),
            ..
        }) = answers.first()
        && r.len() > MAX_TERM_NAMES
    {
        diags.push(
            Diagnostic::new(&m::SPF_MX_TOO_MANY, Span::default())
                .arg("term", cap(&t.term, 300))
                .arg("parent", cap(&nodes[t.node].domain, 253))
                .arg("count", r.len()),
        );
    }
}

fn build(nodes: &[Node], i: usize) -> SpfNode {
    let children: Vec<SpfNode> = nodes[i].children.iter().map(|&c| build(nodes, c)).collect();
    let total = nodes[i].lookups + children.iter().map(|c| c.total_lookups).sum::<usize>();
    SpfNode {
        domain: nodes[i].domain.clone(),
        via: nodes[i].via.to_string(),
        record: nodes[i].record.clone(),
        lookups: nodes[i].lookups,
        total_lookups: total,
        void_lookups: nodes[i].void,
        children,
        diagnostics: if i == 0 {
            Vec::new()
        } else {
            nodes[i].diags.clone()
        },
    }
}
