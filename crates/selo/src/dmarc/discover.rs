//! DMARC policy discovery: the DNS tree walk of RFC 9989 4.10 to the record
//! that applies to a domain, its organizational domain, and identifier
//! alignment (4.4), through a [`Resolver`].
//!
//! ```
//! use futures::executor::block_on;
//! use selo::dmarc::{Policy, discover};
//! use selo::dns::MemoryZone;
//!
//! let mut zone = MemoryZone::new();
//! zone.mx("mail.example.com", 10, "mx.example.com")
//!     .txt("_dmarc.example.com", &["v=DMARC1; p=reject; sp=quarantine"]);
//! let found = block_on(discover(&zone, "mail.example.com"));
//! let applied = found.applied.unwrap();
//! assert_eq!((applied.from.as_str(), applied.why), ("example.com", "organizational"));
//! assert_eq!((applied.policy, applied.tag), (Policy::Quarantine, "sp"));
//! assert_eq!(found.org, "example.com");
//! ```

use super::{Alignment, Dmarc, Policy, Psd};
use crate::dns::{LookupError, Outcome, QueryType, Resolver, VersionedTxt, versioned_txt};
use crate::domain::at_or_below;
use futures_util::future::join_all;

/// The names whose `_dmarc` record the walk reads, longest first: the
/// domain, then (from its parent, or from its last 7 labels when it has
/// more than 8) one label less each time (RFC 9989 4.10, steps 3 to 7).
///
/// ```
/// assert_eq!(selo::dmarc::walk_names("a.example.com"), ["a.example.com", "example.com", "com"]);
/// ```
pub fn walk_names(domain: &str) -> Vec<String> {
    let labels: Vec<&str> = domain.split('.').collect();
    let x = labels.len();
    let mut out = vec![domain.to_string()];
    for k in (1..=x.saturating_sub(1).min(7)).rev() {
        out.push(labels[x - k..].join("."));
    }
    out
}

/// The record that applies to a domain.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// Where it was found (the name under `_dmarc.`).
    pub from: String,
    /// `own`, `organizational` or `psd`.
    pub why: &'static str,
    /// The record.
    pub record: Dmarc,
    /// Its text.
    pub text: String,
    /// The policy for the domain asked.
    pub policy: Policy,
    /// The tag it came from (`p`, `sp` or `np`).
    pub tag: &'static str,
}

/// Something that kept a name of the walk from counting.
#[derive(Clone, Debug, PartialEq)]
pub enum WalkProblem {
    /// The lookup of `name` (TXT) failed before a record applied.
    Failed {
        /// The name asked.
        name: String,
        /// Why.
        error: LookupError,
    },
    /// `name` publishes more than one DMARC record, so none of them counts.
    Multiple {
        /// The name asked.
        name: String,
        /// How many.
        count: usize,
    },
}

/// What the walk found.
#[derive(Clone, Debug, PartialEq)]
pub struct Discovery {
    /// The names walked, longest first ([`walk_names`]).
    pub walk: Vec<String>,
    /// The `_dmarc` lookup of each name, in walk order.
    pub lookups: Vec<VersionedTxt>,
    /// The record that applies, if any.
    pub applied: Option<Applied>,
    /// The organizational domain (RFC 9989 4.10.2).
    pub org: String,
    /// What kept names from counting, in walk order.
    pub problems: Vec<WalkProblem>,
    /// The walk could not finish: a lookup failed before a record applied.
    pub failed: bool,
}

/// The policy a record gives a domain, and its tag: `p` for the domain
/// that publishes it, else `sp` for an existing subdomain and `np` (then
/// `sp`) for one that does not exist, each falling back to `p`
/// (RFC 9989 4.7).
pub fn policy_for(record: &Dmarc, own: bool, exists: bool) -> (Policy, &'static str) {
    if own {
        (record.effective_policy(), "p")
    } else if exists {
        match record.subdomain_policy {
            Some(p) => (p, "sp"),
            None => (record.effective_policy(), "p"),
        }
    } else {
        match (record.nonexistent_policy, record.subdomain_policy) {
            (Some(p), _) => (p, "np"),
            (None, Some(p)) => (p, "sp"),
            (None, None) => (record.effective_policy(), "p"),
        }
    }
}

fn one_record(t: &VersionedTxt) -> Option<(Dmarc, String)> {
    if t.records.len() != 1 {
        return None;
    }
    let text = &t.records[0];
    super::parse(text).value.map(|v| (v, text.clone()))
}

/// Reads every name of the walk at once (one round trip) and picks the
/// record that applies (RFC 9989 4.10.1) and the organizational domain
/// (4.10.2).
pub async fn discover<R: Resolver>(r: &R, domain: &str) -> Discovery {
    let walk = walk_names(domain);
    let (lookups, mx) = futures_util::future::join(
        join_all(
            walk.iter()
                .map(|n| async move { versioned_txt(r, &format!("_dmarc.{n}"), "v=DMARC1").await }),
        ),
        r.lookup(domain, QueryType::Mx),
    )
    .await;
    let exists = !matches!(mx.outcome, Outcome::NxDomain);
    let mut problems = Vec::new();
    let mut failed = false;
    // Records in walk order, up to the first with psd=y or psd=n.
    let mut found: Vec<(usize, Dmarc, String)> = Vec::new();
    for (i, t) in lookups.iter().enumerate() {
        if let Some(e) = t.answer.error() {
            if found.is_empty() {
                failed = true;
                problems.push(WalkProblem::Failed {
                    name: t.name.clone(),
                    error: e.clone(),
                });
            }
            continue;
        }
        if t.records.len() > 1 {
            problems.push(WalkProblem::Multiple {
                name: t.name.clone(),
                count: t.records.len(),
            });
            continue;
        }
        if let Some((rec, text)) = one_record(t) {
            let stop = matches!(rec.psd, Some(Psd::Y | Psd::N));
            found.push((i, rec, text));
            if stop {
                break;
            }
        }
    }
    // The organizational domain (4.10.2).
    let labels: Vec<&str> = domain.split('.').collect();
    let mut org: Option<String> = None;
    for (i, rec, _) in &found {
        match rec.psd {
            Some(Psd::N) => {
                org = Some(walk[*i].clone());
                break;
            }
            Some(Psd::Y) if *i != 0 => {
                let n = walk[*i].split('.').count() + 1;
                org = Some(labels[labels.len().saturating_sub(n)..].join("."));
                break;
            }
            _ => {}
        }
    }
    let org = org
        .or_else(|| found.last().map(|(i, _, _)| walk[*i].clone()))
        .unwrap_or_else(|| domain.to_string());
    // The record that applies (4.10.1).
    let pick = if !failed || found.first().is_some_and(|(i, _, _)| *i == 0) {
        found
            .iter()
            .find(|(i, _, _)| *i == 0)
            .map(|f| (f, "own"))
            .or_else(|| {
                found
                    .iter()
                    .find(|(i, _, _)| walk[*i] == org)
                    .map(|f| (f, "organizational"))
            })
            .or_else(|| {
                found
                    .iter()
                    .find(|(_, rec, _)| rec.psd == Some(Psd::Y))
                    .map(|f| (f, "psd"))
            })
            .or_else(|| found.last().map(|f| (f, "organizational")))
    } else {
        None
    };
    let applied = pick.map(|((i, rec, text), why)| {
        let (policy, tag) = policy_for(rec, *i == 0, exists);
        Applied {
            from: walk[*i].clone(),
            why,
            record: rec.clone(),
            text: text.clone(),
            policy,
            tag,
        }
    });
    Discovery {
        walk,
        lookups,
        applied,
        org,
        problems,
        failed,
    }
}

/// Whether `domain` aligns with the From domain `from` (lowercase, no
/// trailing dot) whose organizational domain is `from_org`: identical
/// (strict), or the same organizational domain by the tree walk (relaxed)
/// (RFC 9989 4.4).
pub async fn aligned<R: Resolver>(
    r: &R,
    domain: &str,
    from: &str,
    from_org: &str,
    mode: Alignment,
) -> bool {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    if domain == from {
        return true;
    }
    if mode == Alignment::Strict {
        return false;
    }
    // Different organizational domains cannot share the From's unless one
    // is at or below the other's: skip the walk then.
    if !at_or_below(&domain, from_org) {
        return false;
    }
    discover(r, &domain).await.org == from_org
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_names_follow_rfc_9989_4_10() {
        assert_eq!(walk_names("example.com"), ["example.com", "com"]);
        assert_eq!(
            walk_names("a.mail.example.com"),
            [
                "a.mail.example.com",
                "mail.example.com",
                "example.com",
                "com"
            ]
        );
        let long = walk_names("a.b.c.d.e.f.g.h.i.j.mail.example.com");
        assert_eq!(long.len(), 8);
        assert_eq!(long[1], "g.h.i.j.mail.example.com");
        assert_eq!(long[7], "com");
    }

    #[test]
    fn policy_for_rfc_9989_4_7() {
        let r = Dmarc {
            subdomain_policy: Some(Policy::Quarantine),
            nonexistent_policy: Some(Policy::None),
            ..Dmarc::new(Policy::Reject)
        };
        assert_eq!(policy_for(&r, true, true), (Policy::Reject, "p"));
        assert_eq!(policy_for(&r, false, true), (Policy::Quarantine, "sp"));
        assert_eq!(policy_for(&r, false, false), (Policy::None, "np"));
        let p = Dmarc::new(Policy::Reject);
        assert_eq!(policy_for(&p, false, false), (Policy::Reject, "p"));
    }
}
