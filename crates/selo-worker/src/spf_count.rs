//! The SPF generator's answers as view-models (`selo_boundary::spf`): the
//! live count of a record's include tree ([`selo::check::spf_record_tree`])
//! and the presets' findings, every text in both languages.

use selo::check::{SpfNode, SpfSection};
use selo::shown::{Both, ShownFinding};
use selo::{Diagnostic, Lang};
use selo_boundary::spf::{self, SpfCount, SpfTotal};

// The words are the Check page's SPF section's, written once.
use crate::render::{self, LOOKUP_COUNT, fill};

/// Deeper trees are cut (an SPF include tree is at most a dozen levels).
const MAX_DEPTH: usize = 12;

/// `text` filled in each language by `f`.
fn both(f: impl Fn(Lang) -> String) -> Both {
    Both {
        en: f(Lang::En),
        pt: f(Lang::Pt),
    }
}

/// The findings as the page shows them.
pub fn shown(list: &[Diagnostic]) -> Vec<ShownFinding> {
    list.iter().map(ShownFinding::from).collect()
}

fn node(n: &SpfNode, depth: usize) -> spf::SpfNode {
    let lookups = both(|l| {
        let mut s = LOOKUP_COUNT.count(n.lookups, l);
        if n.total_lookups != n.lookups {
            let total = n.total_lookups.to_string();
            s.push_str(&fill(render::SPF_NODE_TOTAL.get(l), &[("n", &total)]));
        }
        s
    });
    let children = if depth < MAX_DEPTH {
        n.children.iter().map(|c| node(c, depth + 1)).collect()
    } else {
        Vec::new()
    };
    spf::SpfNode {
        domain: n.domain.clone(),
        lookups,
        record: n.record.clone(),
        findings: shown(&n.diagnostics),
        children,
    }
}

/// The live count of `s`: the total over the whole tree, the findings of
/// the walk (the record's own are the generator's already), and the tree.
pub fn count(s: &SpfSection) -> SpfCount {
    let total = s.tree.as_ref().map(|_| {
        let (n, v) = (s.lookups.to_string(), s.void_lookups.to_string());
        SpfTotal {
            lookups: s.lookups,
            over: s.lookups > 10 || s.void_lookups > 2,
            said: both(|l| fill(render::SPF_TOTAL.get(l), &[("n", &n), ("v", &v)])),
        }
    });
    let walk: Vec<Diagnostic> = s
        .base
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("check::"))
        .cloned()
        .collect();
    SpfCount {
        total,
        findings: shown(&walk),
        tree_label: render::SPF_TREE.into(),
        no_record: render::SPF_NO_RECORD.into(),
        tree: s.tree.as_ref().map(|t| node(t, 0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use selo::dns::MemoryZone;

    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let left = selo::Text::unfilled_in(
            crate::render::ALL,
            "spf_count.rs",
            include_str!("spf_count.rs"),
        );
        assert!(left.is_empty(), "{left:#?}");
    }

    /// The live count of `record` at `domain` over `zone`.
    fn counted(domain: &str, record: &str, zone: &MemoryZone) -> SpfCount {
        let mut fut = std::pin::pin!(selo::check::spf_record_tree(
            domain,
            record,
            "https://dns.example/dns-query",
            zone
        ));
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        // Nothing waits on I/O: polling again is all it takes.
        for _ in 0..10_000 {
            if let std::task::Poll::Ready(s) = fut.as_mut().poll(&mut cx) {
                return count(&s);
            }
        }
        panic!("the in-memory walk did not finish");
    }

    #[test]
    fn the_count_totals_the_tree_in_both_languages_with_each_records_lookups() {
        let mut zone = MemoryZone::new();
        zone.txt(
            "_s1.example.test",
            &["v=spf1 include:_s3.example.test include:_s4.example.test -all"],
        )
        .txt("_s3.example.test", &["v=spf1 ip4:192.0.2.3 -all"])
        .txt("_s4.example.test", &["v=spf1 ip4:192.0.2.4 -all"]);
        let c = counted(
            "example.test",
            "v=spf1 include:_s1.example.test -all",
            &zone,
        );
        let total = c.total.expect("the tree was walked");
        assert_eq!(total.lookups, 3);
        assert!(!total.over);
        assert_eq!(total.said.en, "3 of 10 DNS lookups; 0 of 2 void lookups.");
        assert_eq!(
            total.said.pt,
            "3 de 10 consultas DNS; 0 de 2 consultas sem resposta."
        );
        let root = c.tree.expect("a tree");
        assert_eq!(root.domain, "example.test");
        assert_eq!(root.lookups.en, "1 lookup, 3 with everything below");
        assert_eq!(root.lookups.pt, "1 consulta, 3 com tudo o que está abaixo");
        let s1 = &root.children[0];
        assert_eq!(s1.domain, "_s1.example.test");
        assert_eq!(s1.lookups.en, "2 lookups");
        assert_eq!(s1.children[1].domain, "_s4.example.test");
        assert_eq!(s1.children[0].lookups.en, "0 lookups");
        assert_eq!(
            s1.children[0].record.as_deref(),
            Some("v=spf1 ip4:192.0.2.3 -all")
        );
        assert_eq!(c.tree_label.pt, "Árvore de inclusões");
    }

    #[test]
    fn an_include_without_a_record_is_over_and_said_in_both_languages() {
        let zone = MemoryZone::new();
        let c = counted(
            "example.test",
            "v=spf1 include:gone.example.test include:gone2.example.test include:gone3.example.test -all",
            &zone,
        );
        let total = c.total.expect("the tree was walked");
        assert!(total.over, "three void lookups are over the limit of 2");
        let root = c.tree.unwrap();
        assert!(root.children.iter().all(|n| n.record.is_none()));
        assert_eq!(c.no_record.en, "no SPF record");
        assert!(
            c.findings.iter().all(|f| f.code.starts_with("check::")),
            "the record's own findings are the generator's"
        );
        assert!(!c.findings.is_empty());
        assert!(c.findings.iter().all(|f| f.message.en != f.message.pt));
    }

    #[test]
    fn a_refused_resolver_is_one_finding_and_no_tree() {
        let s = selo::check::spf_record_refused("example.test", "v=spf1 -all", "ftp://nowhere");
        let c = count(&s);
        assert!(c.total.is_none() && c.tree.is_none());
        assert_eq!(c.findings.len(), 1, "{:?}", c.findings);
    }
}
