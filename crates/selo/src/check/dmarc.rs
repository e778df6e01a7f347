//! DMARC: the DNS tree walk of RFC 9989 4.10 to the record that applies,
//! the policy for the checked name, and the external report
//! authorizations (RFC 9990 4).

use super::messages as m;
use super::records::{Txt, txt_at};
use super::{
    DmarcSection, RecordSection, ReportAuthorization, Status, lookup_failed, status_of,
};
use crate::text::{cap, starts_with_version};
use crate::dmarc::{Dmarc, Policy, Psd};
use crate::dns::{Outcome, QueryType, Resolver};
use crate::{Diagnostic, Span};
use futures_util::future::join_all;

/// The names whose `_dmarc` record the walk reads, longest first: the
/// domain, then (from its parent, or from its last 7 labels when it has
/// more than 8).await one label less each time (RFC 9989 4.10, steps 3 to 7).
pub(crate) fn walk_names(domain: &str) -> Vec<String> {
    let labels: Vec<&str> = domain.split('.').collect();
    let x = labels.len();
    let mut out = vec![domain.to_string()];
    for k in (1..=x.saturating_sub(1).min(7)).rev() {
        out.push(labels[x - k..].join("."));
    }
    out
}

/// The record that applies to a domain.
pub(crate) struct Applied {
    /// Where it was found.
    pub from: String,
    /// `own`, `organizational` or `psd`.
    pub why: &'static str,
    /// The record.
    pub record: Dmarc,
    /// Its text.
    pub text: String,
    /// The policy for the checked name.
    pub policy: Policy,
    /// The tag it came from.
    pub tag: &'static str,
}

/// What the walk found.
pub(crate) struct Discovery {
    pub walk: Vec<String>,
    pub lookups: Vec<Txt>,
    pub applied: Option<Applied>,
    pub org: String,
    pub diagnostics: Vec<Diagnostic>,
    /// The walk could not finish: a lookup failed before a record applied.
    pub failed: bool,
}

fn one_record(t: &Txt) -> Option<(Dmarc, String)> {
    if t.candidates.len() != 1 {
        return None;
    }
    let text = &t.candidates[0];
    crate::dmarc::parse(text).value.map(|v| (v, text.clone()))
}

/// Reads every name of the walk at once (one round trip) and picks the
/// record that applies (RFC 9989 4.10.1) and the organizational domain
/// (4.10.2).
pub(crate) async fn discover<R: Resolver>(r: &R, domain: &str) -> Discovery {
    let walk = walk_names(domain);
    let (lookups, mx) = futures_util::future::join(
        join_all(
            walk.iter()
                .map(|n| async move { txt_at(r, &format!("_dmarc.{n}"), "v=DMARC1").await }),
        ),
        r.lookup(domain, QueryType::Mx),
    )
    .await;
    let exists = !matches!(mx.outcome, Outcome::NxDomain);
    let mut diagnostics = Vec::new();
    let mut failed = false;
    // Records in walk order, up to the first with psd=y or psd=n.
    let mut found: Vec<(usize, Dmarc, String)> = Vec::new();
    for (i, t) in lookups.iter().enumerate() {
        if let Some(f) = &t.failed {
            if found.is_empty() {
                failed = true;
                diagnostics.push(f.clone());
            }
            continue;
        }
        if t.candidates.len() > 1 {
            diagnostics.push(
                Diagnostic::new(&m::DMARC_MULTIPLE, Span::default())
                    .arg("name", cap(&t.name, 253))
                    .arg("count", t.candidates.len()),
            );
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
        let (policy, tag) = if *i == 0 {
            (rec.effective_policy(), "p")
        } else if exists {
            match rec.subdomain_policy {
                Some(p) => (p, "sp"),
                None => (rec.effective_policy(), "p"),
            }
        } else {
            match (rec.nonexistent_policy, rec.subdomain_policy) {
                (Some(p), _) => (p, "np"),
                (None, Some(p)) => (p, "sp"),
                (None, None) => (rec.effective_policy(), "p"),
            }
        };
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
        diagnostics,
        failed,
    }
}

/// The record that applies to `domain` and its policy (shared with BIMI;
/// the cache makes the second walk free).
pub(crate) async fn applied<R: Resolver>(r: &R, domain: &str) -> Option<Applied> {
    discover(r, domain).await.applied
}

/// True when `dest` is `org` or below it.
///
/// RFC 9990 4 compares the organizational domain of the policy with that
/// of the report destination. The checked domain's organizational domain
/// comes from the tree walk; the destination's is not walked (that would
/// cost another round trip per destination): a destination at or below the
/// checked domain's organizational domain is the same organization, any
/// other is external and gets the authorization lookup, which is what a
/// receiver does for every destination outside the domain's own tree.
fn same_org(dest: &str, org: &str) -> bool {
    dest == org || dest.ends_with(&format!(".{org}"))
}

/// The DMARC section.
pub(crate) async fn check<R: Resolver>(r: &R, domain: &str) -> DmarcSection {
    let disc = discover(r, domain).await;
    let mut diags = disc.diagnostics;
    let mut section = DmarcSection {
        base: RecordSection {
            status: Status::Missing,
            name: format!("_dmarc.{domain}"),
            records: disc
                .lookups
                .first()
                .map(|t| t.candidates.clone())
                .unwrap_or_default(),
            diagnostics: Vec::new(),
        },
        applies_from: None,
        applies_as: None,
        policy: None,
        policy_tag: None,
        walk: disc.walk.iter().map(|n| format!("_dmarc.{n}")).collect(),
        report_authorizations: Vec::new(),
    };
    let Some(a) = disc.applied else {
        if !disc.failed && !diags.iter().any(|d| d.code == m::DMARC_MULTIPLE.code) {
            diags.push(Diagnostic::new(&m::DMARC_MISSING, Span::default()).arg("domain", domain));
        }
        section.base.status =
            if diags.is_empty() || diags.iter().all(|d| d.code == m::DMARC_MISSING.code) {
                Status::Missing
            } else {
                status_of(&diags)
            };
        section.base.diagnostics = diags;
        return section;
    };
    section.base.name = format!("_dmarc.{}", a.from);
    section.base.records = vec![a.text.clone()];
    let mut own = crate::dmarc::parse(&a.text).diagnostics;
    own.append(&mut diags);
    let mut diags = own;
    if a.why != "own" {
        let msg = if a.why == "psd" {
            &m::DMARC_APPLIES_PSD
        } else {
            &m::DMARC_APPLIES
        };
        diags.push(
            Diagnostic::new(msg, Span::default())
                .arg("domain", domain)
                .arg("from", &a.from)
                .arg("policy", a.policy.as_str())
                .arg("tag", a.tag),
        );
    }
    // External report destinations.
    let uris: Vec<(String, String)> = a
        .record
        .rua
        .iter()
        .chain(&a.record.ruf)
        .filter_map(|u| {
            let dest = u.domain()?.as_str().to_ascii_lowercase();
            (!same_org(&dest, &disc.org)).then(|| (cap(u.as_str(), 512), dest))
        })
        .collect();
    let from = a.from.clone();
    let auths = join_all(uris.into_iter().map(|(uri, dest)| {
        let name = format!("{from}._report._dmarc.{dest}");
        async move {
            let ans = r.lookup(&name, QueryType::Txt).await;
            (uri, dest, name, ans)
        }
    }))
    .await;
    for (uri, dest, name, ans) in auths {
        let authorized = ans.txt().iter().any(|t| starts_with_version(t, "v=DMARC1"));
        let failed = ans.error().is_some();
        if let Some(e) = ans.error() {
            diags.push(lookup_failed(&name, QueryType::Txt, e));
        } else if !authorized {
            diags.push(
                Diagnostic::new(&m::DMARC_RUA_UNAUTHORIZED, Span::default())
                    .arg("domain", &from)
                    .arg("uri", &uri)
                    .arg("destination", &dest)
                    .arg("name", cap(&name, 253)),
            );
        }
        section.report_authorizations.push(ReportAuthorization {
            uri,
            destination: dest,
            authorized,
            lookup_failed: failed,
            name,
        });
    }
    section.applies_from = Some(a.from);
    section.applies_as = Some(a.why.to_string());
    section.policy = Some(a.policy.as_str().to_string());
    section.policy_tag = Some(a.tag.to_string());
    section.base.status = status_of(&diags);
    section.base.diagnostics = diags;
    section
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
}
