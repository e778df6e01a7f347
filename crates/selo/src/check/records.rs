//! Looking up one TXT name, and the simple sections: MX, TLS-RPT, BIMI.

use super::messages as m;
use super::{MAX_RECORD_CHARS, MAX_RECORDS, RecordSection, Status, lookup_failed, status_of};
use crate::dns::{Answer, LookupError, Outcome, QueryType, Rdata, Resolver, VersionedTxt};
use crate::text::cap;
use crate::{Diagnostic, Message, Span};

/// The TXT records at one name that start with a version tag.
pub(crate) struct Txt {
    /// The name asked.
    pub name: String,
    /// The records that start with the version tag (length-capped).
    pub candidates: Vec<String>,
    /// The lookup failed.
    pub failed: Option<Diagnostic>,
}

/// Looks up the TXT records at `name` and keeps those starting with
/// `prefix`.
pub(crate) async fn txt_at<R: Resolver>(r: &R, name: &str, prefix: &str) -> Txt {
    Txt::from(crate::dns::versioned_txt(r, name, prefix).await)
}

impl From<VersionedTxt> for Txt {
    fn from(t: VersionedTxt) -> Txt {
        Txt {
            failed: t
                .answer
                .error()
                .map(|e| lookup_failed(&t.name, QueryType::Txt, e)),
            name: t.name,
            candidates: t.records,
        }
    }
}

/// A section for a name where exactly one record is allowed.
pub(crate) fn single(
    txt: &Txt,
    missing: Diagnostic,
    multiple: &'static Message,
    parse: impl Fn(&str) -> Vec<Diagnostic>,
) -> RecordSection {
    let mut s = RecordSection {
        status: Status::Missing,
        name: txt.name.clone(),
        records: txt.candidates.clone(),
        diagnostics: Vec::new(),
    };
    if let Some(f) = &txt.failed {
        s.status = Status::Error;
        s.diagnostics.push(f.clone());
        return s;
    }
    match txt.candidates.len() {
        0 => s.diagnostics.push(missing),
        1 => {
            s.diagnostics = parse(&txt.candidates[0]);
            s.status = status_of(&s.diagnostics);
        }
        n => {
            s.diagnostics.push(
                Diagnostic::new(multiple, Span::default())
                    .arg("name", cap(&txt.name, 253))
                    .arg("count", n),
            );
            s.status = Status::Invalid;
        }
    }
    s
}

/// The MX section, and what its lookup says about the domain.
pub(crate) struct Mx {
    /// The section.
    pub section: RecordSection,
    /// Whether the domain exists (`None` when the lookup failed).
    pub exists: Option<bool>,
    /// The domain-level finding when it does not exist.
    pub top: Vec<Diagnostic>,
    /// Why the lookup failed.
    pub failure: Option<LookupError>,
}

/// The MX section; also whether the domain exists, and the domain-level
/// finding when it does not.
pub(crate) async fn mx<R: Resolver>(r: &R, domain: &str) -> Mx {
    let a = r.lookup(domain, QueryType::Mx).await;
    let mut s = RecordSection {
        status: Status::Missing,
        name: domain.to_string(),
        records: Vec::new(),
        diagnostics: Vec::new(),
    };
    let mut top = Vec::new();
    let exists = match &a.outcome {
        Outcome::Records(recs) => {
            let mut mx: Vec<(u16, &str)> = recs
                .iter()
                .filter_map(|r| match r {
                    Rdata::Mx {
                        preference,
                        exchange,
                    } => Some((*preference, exchange.as_str())),
                    _ => None,
                })
                .collect();
            mx.sort();
            s.records = mx
                .iter()
                .take(MAX_RECORDS)
                .map(|(p, e)| cap(&format!("{p} {e}."), MAX_RECORD_CHARS))
                .collect();
            if mx.len() == 1 && mx[0].1.is_empty() {
                s.diagnostics
                    .push(Diagnostic::new(&m::MX_NULL, Span::default()).arg("domain", domain));
            }
            s.status = Status::Ok;
            Some(true)
        }
        Outcome::NoData => {
            s.diagnostics
                .push(Diagnostic::new(&m::MX_MISSING, Span::default()).arg("domain", domain));
            Some(true)
        }
        Outcome::NxDomain => {
            top.push(Diagnostic::new(&m::NXDOMAIN, Span::default()).arg("domain", domain));
            Some(false)
        }
        Outcome::Failed(e) => {
            s.status = Status::Error;
            s.diagnostics.push(lookup_failed(domain, QueryType::Mx, e));
            None
        }
    };
    Mx {
        section: s,
        exists,
        top,
        failure: a.error().cloned(),
    }
}

/// The MX hosts of the domain (lowercase, no trailing dot), sorted by
/// preference; empty for a null MX.
pub(crate) fn mx_hosts(a: &Answer) -> Vec<String> {
    let mut v: Vec<(u16, String)> = a
        .records()
        .iter()
        .filter_map(|r| match r {
            Rdata::Mx {
                preference,
                exchange,
            } if !exchange.is_empty() => Some((*preference, exchange.clone())),
            _ => None,
        })
        .collect();
    v.sort();
    v.dedup();
    v.into_iter().map(|(_, e)| e).take(MAX_RECORDS).collect()
}

/// The TLS-RPT section (`_smtp._tls.<domain>`, RFC 8460 3).
pub(crate) async fn tls_rpt<R: Resolver>(r: &R, domain: &str) -> RecordSection {
    let name = format!("_smtp._tls.{domain}");
    let txt = txt_at(r, &name, "v=TLSRPTv1").await;
    single(
        &txt,
        Diagnostic::new(&m::TLS_RPT_MISSING, Span::default()).arg("domain", domain),
        &m::TLS_RPT_MULTIPLE,
        |t| crate::tls_rpt::parse(t).diagnostics,
    )
}

/// The BIMI section (`default._bimi.<domain>`), with DMARC enforcement as
/// the precondition.
pub(crate) async fn bimi<R: Resolver>(r: &R, domain: &str) -> RecordSection {
    let name = format!("default._bimi.{domain}");
    let (txt, applied) = futures_util::future::join(
        txt_at(r, &name, "v=BIMI1"),
        crate::dmarc::discover(r, domain),
    )
    .await;
    let applied = applied.applied;
    let mut s = single(
        &txt,
        Diagnostic::new(&m::BIMI_MISSING, Span::default()).arg("domain", domain),
        &m::BIMI_MULTIPLE,
        |t| crate::bimi::parse(t).diagnostics,
    );
    if !s.records.is_empty() {
        let enforced = applied
            .as_ref()
            .is_some_and(|a| crate::bimi::dmarc_enforced(a.policy, a.record.subdomain_policy));
        if !enforced {
            let d = match &applied {
                Some(a) => Diagnostic::new(&m::BIMI_NEEDS_ENFORCEMENT, Span::default())
                    .arg("domain", domain)
                    .arg("policy", a.policy.as_str()),
                None => {
                    Diagnostic::new(&m::BIMI_NEEDS_DMARC, Span::default()).arg("domain", domain)
                }
            };
            s.diagnostics.push(d);
            s.status = status_of(&s.diagnostics);
        }
    }
    s
}
