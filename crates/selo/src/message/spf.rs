//! SPF for one message: the identity to check (the envelope sender, else
//! the HELO name), evaluated by [`crate::spf::evaluate`] for the
//! connecting IP, and its findings.

pub use crate::spf::SpfResult;

use super::SpfCheck;
use super::messages as m;
use crate::dns::Resolver;
use crate::spf::Stop;
use crate::{Diagnostic, Span};
use std::net::IpAddr;

/// Evaluates SPF for `ip` and the envelope sender (the HELO identity when
/// it is empty or absent), with its findings.
pub(super) async fn evaluate<R: Resolver>(
    r: &R,
    ip: Option<IpAddr>,
    mail_from: Option<&str>,
    helo: Option<&str>,
) -> SpfCheck {
    let helo = helo
        .unwrap_or_default()
        .trim()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let (identity, sender, domain) = match mail_from.and_then(super::read::domain_of) {
        Some(d) => (
            "mail_from",
            mail_from.unwrap_or_default().to_string(),
            Some(d),
        ),
        None => {
            let d = (!helo.is_empty()).then(|| helo.clone());
            ("helo", format!("postmaster@{helo}"), d)
        }
    };
    let mut check = SpfCheck {
        domain: domain.clone(),
        identity: identity.to_string(),
        result: SpfResult::None,
        aligned: false,
        record: None,
        matched: None,
        lookups: 0,
        void_lookups: 0,
        diagnostics: Vec::new(),
    };
    let Some(ip) = ip else {
        check
            .diagnostics
            .push(Diagnostic::new(&m::SPF_NO_IP, Span::default()));
        return check;
    };
    let Some(domain) = domain else {
        return check;
    };
    let e = crate::spf::evaluate(r, ip, &sender, &helo, &domain).await;
    check.lookups = e.lookups;
    check.void_lookups = e.void_lookups;
    match e.found {
        Ok((result, matched, record)) => {
            check.result = result;
            check.matched = matched;
            check.record = record;
        }
        Err(Stop::Perm(en, pt)) => {
            check.result = SpfResult::PermError;
            check.diagnostics.push(
                Diagnostic::new(&m::SPF_PERMERROR, Span::default())
                    .arg("domain", &domain)
                    .arg_both("detail", en, pt),
            );
        }
        Err(Stop::Temp { name, detail }) => {
            check.result = SpfResult::TempError;
            check.diagnostics.push(
                Diagnostic::new(&m::SPF_TEMPERROR, Span::default())
                    .arg("domain", &domain)
                    .arg("name", name)
                    .arg_error("detail", &detail),
            );
        }
    }
    if check.result == SpfResult::None {
        check
            .diagnostics
            .push(Diagnostic::new(&m::SPF_NONE, Span::default()).arg("domain", &domain));
    }
    check
}
