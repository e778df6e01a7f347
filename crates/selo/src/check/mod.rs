//! The domain check: what a domain publishes for email authentication,
//! looked up through a [`Resolver`](crate::dns::Resolver), with every
//! finding explained.
//!
//! [`run`] asks every independent question at once and follows the SPF
//! include tree level by level, so a whole check costs about (SPF depth + 2)
//! sequential round trips. The engine does no I/O: the resolver and the one
//! HTTP GET of the MTA-STS policy come from the caller. Dropping the future
//! that [`run`] returns cancels every lookup still in flight; the caller
//! sets the per-request timeout (in its [`HttpGet`]) and may race the whole
//! check against its own deadline.
//!
//! Size (wasm32, release, `opt-level = "z"`, LTO, no wasm-opt; measured
//! 2026-11-28 with two `cdylib`s over this crate): one that calls only
//! [`validate`](crate::validate) is 392,978 bytes (130,768 gzip); one that
//! also runs the check over a [`DohResolver`](crate::dns::DohResolver) is
//! 611,522 bytes (205,843 gzip), so the check with its DNS library adds
//! about 218 KB (75 KB gzip): load it only where it is used.
//!
//! ```
//! use futures::executor::block_on;
//! use selo::check::{run, CheckOptions, Status};
//! use selo::dns::{HttpError, HttpGet, HttpResponse, MemoryZone};
//!
//! struct NoHttp;
//! impl HttpGet for NoHttp {
//!     async fn get(&self, _: &str, _: &str) -> Result<HttpResponse, HttpError> {
//!         Err(HttpError::Network("offline".into()))
//!     }
//! }
//!
//! let mut zone = MemoryZone::new();
//! zone.mx("example.com", 10, "mx1.example.com")
//!     .txt("example.com", &["v=spf1 mx -all"])
//!     .txt("_dmarc.example.com", &["v=DMARC1; p=reject"]);
//! let report = block_on(run("example.com", "memory", &zone, &NoHttp,
//!     &CheckOptions::default(), &mut |_| {}));
//! assert_eq!(report.exists, Some(true));
//! assert_eq!(report.checks.spf.unwrap().base.status, Status::Ok);
//! assert_eq!(report.checks.dmarc.unwrap().policy.as_deref(), Some("reject"));
//! ```

mod diag_serde;
mod dkim;
mod dmarc;
pub mod messages;
mod model;
mod records;
mod spf;
mod sts;
#[cfg(test)]
mod tests;

pub use messages::MESSAGES;
pub use model::{
    Checks, DkimSection, DkimSelector, DmarcSection, DomainCheck, MtaStsSection, MxCoverage,
    PolicyFile, PolicyStatus, RecordSection, ReportAuthorization, SpfNode, SpfSection, Status,
};

use crate::dns::{CachingResolver, HttpGet, LookupError, Outcome, QueryType, Resolver};
use crate::{Diagnostic, DomainName, Severity, Span};
use futures_util::stream::{FuturesUnordered, StreamExt};
use std::future::Future;
use std::pin::Pin;

/// The DKIM selectors probed when the user names none (and in addition to
/// those the user names).
pub const COMMON_SELECTORS: &[&str] = &[
    "default",
    "selector1",
    "selector2",
    "google",
    "k1",
    "k2",
    "k3",
    "s1",
    "s2",
    "dkim",
    "mail",
    "smtp",
    "mandrill",
    "mxvault",
    "everlytickey1",
    "everlytickey2",
    "zoho",
    "protonmail",
    "protonmail2",
    "protonmail3",
    "fm1",
    "fm2",
    "fm3",
];

/// The longest record text kept from the DNS, in bytes: DNS content is
/// untrusted and shown as text only.
pub const MAX_RECORD_CHARS: usize = 4096;

/// The most records kept per name.
pub const MAX_RECORDS: usize = 20;

/// The most selectors a check tries.
pub const MAX_SELECTORS: usize = 64;

/// What to check beyond the fixed list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckOptions {
    /// DKIM selectors to look up (each shown, found or not).
    pub selectors: Vec<String>,
    /// Also try [`COMMON_SELECTORS`] (shown only when found).
    pub probe_common_selectors: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            selectors: Vec::new(),
            probe_common_selectors: true,
        }
    }
}

/// A finished section.
enum Done {
    Mx(RecordSection, Option<bool>, Vec<Diagnostic>),
    Spf(SpfSection),
    Dmarc(DmarcSection),
    Dkim(DkimSection),
    MtaSts(MtaStsSection),
    TlsRpt(RecordSection),
    Bimi(RecordSection),
}

type Section<'a> = Pin<Box<dyn Future<Output = Done> + 'a>>;

/// Runs every check of `domain` (ASCII or punycode) through `resolver`;
/// `http` fetches the MTA-STS policy. `resolver_url` is only recorded in the
/// report.
///
/// `on_update` receives the report each time a section completes (sections
/// not yet finished are `None`), so a front can show results as they
/// arrive; the returned report is complete (`complete` is true).
/// `elapsed_ms` is left at 0 for the caller to fill.
pub async fn run<R: Resolver, H: HttpGet>(
    domain: &str,
    resolver_url: &str,
    resolver: &R,
    http: &H,
    opts: &CheckOptions,
    on_update: &mut dyn FnMut(&DomainCheck),
) -> DomainCheck {
    let input = domain.trim().trim_end_matches('.');
    let mut report = DomainCheck::new(&input.to_ascii_lowercase(), resolver_url);
    let domain = match DomainName::try_from(input) {
        Ok(d) if d.labels().count() >= 2 => d.as_str().to_ascii_lowercase(),
        Ok(_) => {
            report.diagnostics.push(
                Diagnostic::new(&messages::BAD_DOMAIN, Span::new(0, input.len()))
                    .arg("domain", cap(input, 253)),
            );
            report.complete = true;
            on_update(&report);
            return report;
        }
        Err(_) => {
            report.diagnostics.push(
                Diagnostic::new(&messages::BAD_DOMAIN, Span::new(0, input.len()))
                    .arg("domain", cap(input, 253)),
            );
            report.complete = true;
            on_update(&report);
            return report;
        }
    };
    let cache = CachingResolver::new(resolver);
    let r = &cache;
    let d = domain.as_str();
    let mut sections: FuturesUnordered<Section<'_>> = FuturesUnordered::new();
    sections.push(Box::pin(async move {
        let (s, exists, diags) = records::mx(r, d).await;
        Done::Mx(s, exists, diags)
    }));
    sections.push(Box::pin(async move { Done::Spf(spf::check(r, d).await) }));
    sections.push(Box::pin(
        async move { Done::Dmarc(dmarc::check(r, d).await) },
    ));
    sections.push(Box::pin(async move {
        Done::Dkim(dkim::check(r, d, opts).await)
    }));
    sections.push(Box::pin(async move {
        Done::MtaSts(sts::check(r, http, d).await)
    }));
    sections.push(Box::pin(async move {
        Done::TlsRpt(records::tls_rpt(r, d).await)
    }));
    sections.push(Box::pin(
        async move { Done::Bimi(records::bimi(r, d).await) },
    ));
    while let Some(done) = sections.next().await {
        match done {
            Done::Mx(s, exists, diags) => {
                report.checks.mx = Some(s);
                report.exists = exists;
                report.diagnostics.extend(diags);
            }
            Done::Spf(s) => report.checks.spf = Some(s),
            Done::Dmarc(s) => report.checks.dmarc = Some(s),
            Done::Dkim(s) => report.checks.dkim = Some(s),
            Done::MtaSts(s) => report.checks.mta_sts = Some(s),
            Done::TlsRpt(s) => report.checks.tls_rpt = Some(s),
            Done::Bimi(s) => report.checks.bimi = Some(s),
        }
        report.queries = cache.queries();
        report.round_trips = cache.round_trips();
        report.dnssec = cache.all_authenticated();
        if !sections.is_empty() {
            on_update(&report);
        }
    }
    if report.exists == Some(true) {
        let m = if report.dnssec {
            &messages::DNSSEC_SIGNED
        } else {
            &messages::DNSSEC_UNSIGNED
        };
        report.diagnostics.push(Diagnostic::new(m, Span::default()));
    }
    report.complete = true;
    on_update(&report);
    report
}

/// At most `max` bytes of `s`, cut on a character boundary.
pub(crate) fn cap(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

/// The finding for a failed lookup, in plain words.
pub(crate) fn lookup_failed(name: &str, qtype: QueryType, e: &LookupError) -> Diagnostic {
    let name = cap(name, 253);
    let d = match e {
        LookupError::Timeout => Diagnostic::new(&messages::TIMEOUT, Span::default()),
        LookupError::ServFail => Diagnostic::new(&messages::SERVFAIL, Span::default()),
        LookupError::Refused => Diagnostic::new(&messages::REFUSED, Span::default()),
        LookupError::Http(s) => {
            Diagnostic::new(&messages::HTTP_ERROR, Span::default()).arg("status", s)
        }
        LookupError::Network(m) => {
            Diagnostic::new(&messages::NETWORK_ERROR, Span::default()).arg("detail", cap(m, 200))
        }
        LookupError::Malformed(m) => {
            Diagnostic::new(&messages::MALFORMED_ANSWER, Span::default()).arg("detail", cap(m, 200))
        }
        LookupError::TooLarge => Diagnostic::new(&messages::ANSWER_TOO_LARGE, Span::default()),
    };
    d.arg("name", name).arg("qtype", qtype)
}

/// The status a section's findings give: `invalid` when some finding is an
/// error that is not a failed lookup, `error` when a lookup failed, else
/// `ok`.
pub(crate) fn status_of(diags: &[Diagnostic]) -> Status {
    let failed = |d: &Diagnostic| {
        [
            &messages::TIMEOUT,
            &messages::SERVFAIL,
            &messages::REFUSED,
            &messages::HTTP_ERROR,
            &messages::NETWORK_ERROR,
            &messages::MALFORMED_ANSWER,
            &messages::ANSWER_TOO_LARGE,
        ]
        .iter()
        .any(|m| m.code == d.code)
    };
    if diags
        .iter()
        .any(|d| d.severity == Severity::Error && !failed(d))
    {
        Status::Invalid
    } else if diags.iter().any(failed) {
        Status::Error
    } else {
        Status::Ok
    }
}

/// True when the outcome is a definite "nothing here".
pub(crate) fn is_void(o: &Outcome) -> bool {
    matches!(o, Outcome::NxDomain | Outcome::NoData)
}
