//! SPF: the record at the domain and its whole include / redirect tree
//! ([`crate::spf::walk_tree`]), with the findings of the tree and its
//! counts against the limits of RFC 7208 4.6.4.

use super::messages as m;
use super::{RecordSection, SpfNode, SpfSection, Status, lookup_failed, status_of};
use crate::dns::Resolver;
use crate::spf::{
    MAX_DNS_LOOKUPS, MAX_TREE_NODES, MAX_VOID_LOOKUPS, Tree, TreeNode, TreeProblem, walk_tree,
};
use crate::text::cap;
use crate::{Diagnostic, Span};

/// The SPF section.
pub(crate) async fn check<R: Resolver>(r: &R, domain: &str) -> SpfSection {
    section(domain, walk_tree(r, domain, None).await)
}

/// The SPF section of `record` as if it were published at `domain`: the
/// same tree walk as [`check`], with the root taken from the text instead
/// of the DNS (what a generator's record would cost once published).
pub(crate) async fn check_record<R: Resolver>(r: &R, domain: &str, record: &str) -> SpfSection {
    section(domain, walk_tree(r, domain, Some(record)).await)
}

/// The finding for something the walk met.
fn finding(domain: &str, p: &TreeProblem) -> Diagnostic {
    match p {
        TreeProblem::LookupFailed { name, qtype, error } => lookup_failed(name, *qtype, error),
        TreeProblem::RootMultiple { count } => Diagnostic::new(&m::SPF_MULTIPLE, Span::default())
            .arg("domain", domain)
            .arg("count", *count),
        TreeProblem::TargetMissing {
            parent,
            term,
            target,
        } => Diagnostic::new(&m::SPF_TARGET_MISSING, Span::default())
            .arg("parent", cap(parent, 253))
            .arg("term", cap(term, 300))
            .arg("target", cap(target, 253)),
        TreeProblem::TargetMultiple {
            parent,
            term,
            target,
            count,
        } => Diagnostic::new(&m::SPF_TARGET_MULTIPLE, Span::default())
            .arg("parent", cap(parent, 253))
            .arg("term", cap(term, 300))
            .arg("target", cap(target, 253))
            .arg("count", *count),
        TreeProblem::TargetInvalid {
            parent,
            term,
            target,
            codes,
        } => Diagnostic::new(&m::SPF_TARGET_INVALID, Span::default())
            .arg("parent", cap(parent, 253))
            .arg("term", cap(term, 300))
            .arg("target", cap(target, 253))
            .arg("codes", codes.join(", ")),
        TreeProblem::Macro { term, parent } => Diagnostic::new(&m::SPF_MACRO, Span::default())
            .arg("term", cap(term, 300))
            .arg("parent", cap(parent, 253)),
        TreeProblem::IncludeLoop { domain, path } => {
            Diagnostic::new(&m::SPF_INCLUDE_LOOP, Span::default())
                .arg("domain", cap(domain, 253))
                .arg("path", cap(path, 500))
        }
        TreeProblem::MxTooMany {
            term,
            parent,
            count,
        } => Diagnostic::new(&m::SPF_MX_TOO_MANY, Span::default())
            .arg("term", cap(term, 300))
            .arg("parent", cap(parent, 253))
            .arg("count", *count),
    }
}

/// The section of a walked tree.
fn section(domain: &str, tree: Tree) -> SpfSection {
    let mut diags: Vec<Diagnostic> = tree.problems.iter().map(|p| finding(domain, p)).collect();
    // A lookup of the walk failed: its count is not the whole tree's.
    let incomplete = tree
        .problems
        .iter()
        .any(|p| matches!(p, TreeProblem::LookupFailed { .. }));
    let Tree {
        root: root_txt,
        nodes,
        void_names,
        cut,
        ..
    } = tree;
    if cut {
        diags.push(
            Diagnostic::new(&m::SPF_TREE_CUT, Span::default())
                .arg("domain", domain)
                .arg("count", MAX_TREE_NODES),
        );
    }
    let total: usize = nodes.iter().map(|n| n.lookups).sum();
    let void: usize = nodes.iter().map(|n| n.void).sum();
    let failed = root_txt.answer.error().is_some();
    let found = !failed && !root_txt.records.is_empty();
    if found && root_txt.records.len() == 1 {
        if total > MAX_DNS_LOOKUPS {
            diags.push(
                Diagnostic::new(&m::SPF_TOO_MANY_LOOKUPS, Span::default())
                    .arg("domain", domain)
                    .arg("count", total),
            );
        } else if total + 1 >= MAX_DNS_LOOKUPS && !incomplete {
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
        records: root_txt.records.clone(),
        diagnostics: Vec::new(),
    };
    if !failed && root_txt.records.is_empty() {
        diags.push(Diagnostic::new(&m::SPF_MISSING, Span::default()).arg("domain", domain));
        base.diagnostics = diags;
        return SpfSection {
            base,
            lookups: 0,
            void_lookups: 0,
            estimate: None,
            tree: None,
        };
    }
    let walked = found && root_txt.records.len() == 1;
    let mut all = nodes[0].diags.clone();
    let mut estimate = None;
    if walked && (!incomplete || total > MAX_DNS_LOOKUPS) {
        // The tree was walked (or what was walked is over the limit
        // already): its count is the one number shown, instead of the
        // record's own count or its estimate.
        all.retain(|d| !crate::spf::is_record_lookup_figure(d.code));
    } else if walked {
        // Part of the tree could not be looked up: the record's estimate
        // is the number shown (its "about" findings say the same), not
        // its own count, and no advice to run the check being run.
        estimate = nodes[0]
            .record
            .as_deref()
            .and_then(|r| crate::spf::parse(r).value)
            .map(|spf| crate::spf::presets::estimate_lookups(&spf).total);
        all.retain(|d| !crate::spf::is_record_own_count(d.code));
    }
    all.extend(diags);
    base.status = status_of(&all);
    base.diagnostics = all;
    let tree = walked.then(|| build(&nodes, 0));
    SpfSection {
        base,
        lookups: total,
        void_lookups: void,
        estimate,
        tree,
    }
}

fn build(nodes: &[TreeNode], i: usize) -> SpfNode {
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
        // An included record's own findings, but not its own lookup count
        // or estimate: the node's count, walked, is the number shown.
        diagnostics: if i == 0 {
            Vec::new()
        } else {
            nodes[i]
                .diags
                .iter()
                .filter(|d| !crate::spf::is_record_lookup_figure(d.code))
                .cloned()
                .collect()
        },
    }
}
