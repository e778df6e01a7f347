//! The SPF tree of a domain: its record and every record its includes and
//! `redirect=` lead to, resolved level by level with every lookup of a
//! level in parallel, counting the DNS-querying terms and void lookups of
//! the whole tree against the limits of RFC 7208 4.6.4. Unlike
//! [`evaluate`](super::evaluate), which stops at the first mechanism that
//! matches an IP, the walk follows every branch: what a record costs at
//! worst. The domain check's SPF section and the generator's live count
//! read it.

use super::{MAX_TERM_NAMES, Mechanism, Modifier, Spf, Term};
use crate::Diagnostic;
use crate::Severity;
use crate::dns::{
    Answer, LookupError, MAX_RECORD_CHARS, Outcome, QueryType, Resolver, VersionedTxt,
    versioned_txt,
};
use crate::text::cap;
use futures_util::future::join_all;

/// The most records of a tree Selo follows.
pub const MAX_TREE_NODES: usize = 40;

/// One record of the tree.
#[derive(Clone, Debug, PartialEq)]
pub struct TreeNode {
    /// The domain whose SPF record this is (lowercase).
    pub domain: String,
    /// How it was reached: `root`, `include` or `redirect`.
    pub via: &'static str,
    /// `include:x` or `redirect=x`, as written in the parent.
    pub term: String,
    /// The parent's index in [`Tree::nodes`].
    pub parent: Option<usize>,
    /// The SPF record found (`None` when none or the lookup failed).
    pub record: Option<String>,
    /// DNS-querying terms in this record alone.
    pub lookups: usize,
    /// Void lookups caused by this record's own terms.
    pub void: usize,
    /// The children's indexes, in the record's order.
    pub children: Vec<usize>,
    /// The parser's findings about the record.
    pub diags: Vec<Diagnostic>,
}

/// Something the walk met, in the order met.
#[derive(Clone, Debug, PartialEq)]
pub enum TreeProblem {
    /// A lookup failed.
    LookupFailed {
        /// The name asked.
        name: String,
        /// The type asked.
        qtype: QueryType,
        /// Why.
        error: LookupError,
    },
    /// The root name publishes more than one SPF record (RFC 7208 4.5).
    RootMultiple {
        /// How many.
        count: usize,
    },
    /// An include or redirect target publishes no SPF record.
    TargetMissing {
        /// The record that names it.
        parent: String,
        /// The term, as written.
        term: String,
        /// The target.
        target: String,
    },
    /// An include or redirect target publishes several SPF records.
    TargetMultiple {
        /// The record that names it.
        parent: String,
        /// The term, as written.
        term: String,
        /// The target.
        target: String,
        /// How many.
        count: usize,
    },
    /// An include or redirect target's record has syntax errors.
    TargetInvalid {
        /// The record that names it.
        parent: String,
        /// The term, as written.
        term: String,
        /// The target.
        target: String,
        /// The codes of the errors.
        codes: Vec<&'static str>,
    },
    /// A term's target uses macros, so it depends on the message and is
    /// not followed.
    Macro {
        /// The term, as written.
        term: String,
        /// The record that holds it.
        parent: String,
    },
    /// An include or redirect leads back to a record above it.
    IncludeLoop {
        /// The domain met again.
        domain: String,
        /// The path from the root, ending with it (`a → b → a`).
        path: String,
    },
    /// An `mx` term's domain has more MX hosts than [`MAX_TERM_NAMES`].
    MxTooMany {
        /// The term, as written.
        term: String,
        /// The record that holds it.
        parent: String,
        /// How many.
        count: usize,
    },
}

/// A walked SPF tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Tree {
    /// The root's lookup (or the given record, as if the DNS had answered
    /// it).
    pub root: VersionedTxt,
    /// The records, the root first.
    pub nodes: Vec<TreeNode>,
    /// What the walk met, in order.
    pub problems: Vec<TreeProblem>,
    /// The names whose lookup found nothing (void lookups), in order.
    pub void_names: Vec<String>,
    /// The tree had more than [`MAX_TREE_NODES`] records; the rest was not
    /// followed.
    pub cut: bool,
}

impl Tree {
    /// DNS-querying terms over the whole tree.
    pub fn lookups(&self) -> usize {
        self.nodes.iter().map(|n| n.lookups).sum()
    }

    /// Void lookups over the whole tree.
    pub fn void_lookups(&self) -> usize {
        self.nodes.iter().map(|n| n.void).sum()
    }
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

fn ancestors(nodes: &[TreeNode], mut i: usize) -> Vec<String> {
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

/// Walks the SPF tree at `domain` (lowercase), or of the record `given` as
/// if it were published there: every include and redirect resolved level
/// by level, with every lookup of a level (records, and the `a`, `mx` and
/// `exists` terms that count as void lookups) in parallel.
pub async fn walk_tree<R: Resolver>(r: &R, domain: &str, given: Option<&str>) -> Tree {
    let mut nodes = vec![TreeNode {
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
    let mut problems: Vec<TreeProblem> = Vec::new();
    let mut void_names: Vec<String> = Vec::new();
    let mut level: Vec<usize> = vec![0];
    let mut terms: Vec<TermLookup> = Vec::new();
    let mut root_txt: Option<VersionedTxt> = None;
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
                    _ => versioned_txt(r, n, "v=spf1").await,
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
            read_term(&t, &ans, &mut nodes, &mut problems, &mut void_names);
        }
        // The records of this level.
        let mut next = Vec::new();
        for (&i, txt) in std::mem::take(&mut level).iter().zip(txts) {
            if let Some(e) = txt.answer.error() {
                problems.push(TreeProblem::LookupFailed {
                    name: txt.name.clone(),
                    qtype: QueryType::Txt,
                    error: e.clone(),
                });
            } else if i == 0 {
                match txt.records.len() {
                    0 => {}
                    1 => {}
                    count => problems.push(TreeProblem::RootMultiple { count }),
                }
            } else {
                let parent = nodes[i].parent.unwrap_or(0);
                let pdomain = nodes[parent].domain.clone();
                let term = nodes[i].term.clone();
                match txt.records.len() {
                    0 => {
                        if txt.answer.is_empty() {
                            nodes[parent].void += 1;
                            void_names.push(nodes[i].domain.clone());
                        }
                        problems.push(TreeProblem::TargetMissing {
                            parent: pdomain,
                            term,
                            target: nodes[i].domain.clone(),
                        });
                    }
                    1 => {}
                    count => problems.push(TreeProblem::TargetMultiple {
                        parent: pdomain,
                        term,
                        target: nodes[i].domain.clone(),
                        count,
                    }),
                }
            }
            if txt.records.len() == 1 && txt.answer.error().is_none() {
                let text = txt.records[0].clone();
                let parsed = crate::spf::parse(&text);
                nodes[i].record = Some(text);
                nodes[i].diags = parsed.diagnostics;
                if let Some(spf) = &parsed.value {
                    nodes[i].lookups = spf.dns_lookup_count();
                    expand(
                        i,
                        spf,
                        &mut nodes,
                        &mut next,
                        &mut terms,
                        &mut problems,
                        &mut cut,
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
                        problems.push(TreeProblem::TargetInvalid {
                            parent: nodes[parent].domain.clone(),
                            term: nodes[i].term.clone(),
                            target: nodes[i].domain.clone(),
                            codes,
                        });
                    }
                }
            }
            if i == 0 {
                root_txt = Some(txt);
            }
        }
        level = next;
    }
    Tree {
        root: root_txt.expect("the root is always looked up"),
        nodes,
        problems,
        void_names,
        cut,
    }
}

/// The root of a given record: its text, as if the DNS had answered it
/// (capped like an answer).
fn given_txt(name: &str, text: &str) -> VersionedTxt {
    let text = text.trim();
    VersionedTxt {
        name: name.to_string(),
        records: vec![cap(text, MAX_RECORD_CHARS)],
        answer: Answer::new(Outcome::Records(Vec::new())),
    }
}

/// Queues the children and term lookups of node `i`.
fn expand(
    i: usize,
    spf: &Spf,
    nodes: &mut Vec<TreeNode>,
    next: &mut Vec<usize>,
    terms: &mut Vec<TermLookup>,
    problems: &mut Vec<TreeProblem>,
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
            problems.push(TreeProblem::Macro {
                term: term_text(t),
                parent: here.clone(),
            });
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
            problems.push(TreeProblem::IncludeLoop {
                path: format!("{} → {name}", path.join(" → ")),
                domain: name,
            });
            continue;
        }
        if nodes.len() >= MAX_TREE_NODES {
            *cut = true;
            continue;
        }
        let child = nodes.len();
        nodes.push(TreeNode {
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
    nodes: &mut [TreeNode],
    problems: &mut Vec<TreeProblem>,
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
            problems.push(TreeProblem::LookupFailed {
                name: t.name.clone(),
                qtype: *q,
                error: e.clone(),
            });
        }
        return;
    }
    if answers.iter().all(Answer::is_empty) {
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
        problems.push(TreeProblem::MxTooMany {
            term: t.term.clone(),
            parent: nodes[t.node].domain.clone(),
            count: r.len(),
        });
    }
}
