//! DMARC: the record that applies (the tree walk of RFC 9989 4.10, in
//! [`crate::dmarc::discover`]), its findings, and the external report
//! authorizations (RFC 9990 4).

use super::messages as m;
use super::{DmarcSection, RecordSection, ReportAuthorization, Status, lookup_failed, status_of};
use crate::dmarc::{Discovery, WalkProblem, discover};
use crate::dns::{QueryType, Resolver};
use crate::domain::at_or_below;
use crate::text::{cap, starts_with_version};
use crate::{Diagnostic, Span};
use futures_util::future::join_all;

/// The findings of the walk: a failed lookup, several records at a name.
pub(crate) fn walk_findings(disc: &Discovery) -> Vec<Diagnostic> {
    disc.problems
        .iter()
        .map(|p| match p {
            WalkProblem::Failed { name, error } => lookup_failed(name, QueryType::Txt, error),
            WalkProblem::Multiple { name, count } => {
                Diagnostic::new(&m::DMARC_MULTIPLE, Span::default())
                    .arg("name", cap(name, 253))
                    .arg("count", *count)
            }
        })
        .collect()
}

/// The DMARC section.
pub(crate) async fn check<R: Resolver>(r: &R, domain: &str) -> DmarcSection {
    let disc = discover(r, domain).await;
    let mut diags = walk_findings(&disc);
    let mut section = DmarcSection {
        base: RecordSection {
            status: Status::Missing,
            name: format!("_dmarc.{domain}"),
            records: disc
                .lookups
                .first()
                .map(|t| t.records.clone())
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
    // External report destinations. RFC 9990 4 compares the organizational
    // domain of the policy with that of the report destination. The checked
    // domain's comes from the tree walk; the destination's is not walked
    // (that would cost another round trip per destination): a destination
    // at or below the checked domain's organizational domain is the same
    // organization, any other is external and gets the authorization
    // lookup, which is what a receiver does for every destination outside
    // the domain's own tree.
    let uris: Vec<(String, String)> = a
        .record
        .rua
        .iter()
        .chain(&a.record.ruf)
        .filter_map(|u| {
            let dest = u.domain()?.as_str().to_ascii_lowercase();
            (!at_or_below(&dest, &disc.org)).then(|| (cap(u.as_str(), 512), dest))
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
