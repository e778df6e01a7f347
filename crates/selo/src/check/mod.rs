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
//! [`many`] checks a list of domains with a bound on how many run at once
//! and makes one row per domain; [`drift`] keeps what a check found in a
//! form that can be saved and says what changed since.
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

mod dkim;
pub(crate) mod dmarc;
pub mod drift;
pub mod many;
pub mod messages;
mod model;
mod records;
mod spf;
mod sts;
#[cfg(test)]
mod tests;
pub mod verdict;

pub use messages::MESSAGES;
pub use model::{
    Checks, DkimSection, DkimSelector, DmarcSection, DomainCheck, MtaStsSection, MxCoverage,
    PolicyFile, PolicyStatus, RecordSection, ReportAuthorization, SpfNode, SpfSection, Status,
};

use crate::dns::{CachingResolver, HttpGet, LookupError, Outcome, QueryType, Resolver};
use crate::text::cap;
use crate::{Diagnostic, DomainName, Lang, Localized, Severity, Span};
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

pub use crate::dns::{MAX_RECORD_CHARS, MAX_RECORDS};

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
    Mx(records::Mx),
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
///
/// When no lookup had a DNS answer (the resolver refused the connection,
/// timed out, failed TLS, answered HTTP errors or something that is not
/// DNS), the report holds one finding, `check::resolver-unreachable`, and
/// every section is `error` with no finding of its own: nothing was
/// checked. Sections are then not sent to `on_update` one by one.
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
        // A single label or not a name at all.
        _ => {
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
    sections.push(Box::pin(async move { Done::Mx(records::mx(r, d).await) }));
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
    let mut mx_failure: Option<LookupError> = None;
    while let Some(done) = sections.next().await {
        match done {
            Done::Mx(mx) => {
                mx_failure = mx.failure;
                report.checks.mx = Some(mx.section);
                report.exists = mx.exists;
                report.diagnostics.extend(mx.top);
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
        // Until the resolver has answered something, a finished section
        // holds only failures that may turn out to be the resolver's:
        // hold them back rather than show them one by one.
        if !sections.is_empty() && cache.reached_resolver() {
            verdict::settle(&mut report);
            on_update(&report);
        }
    }
    // Every lookup failed on the way and none had a DNS answer: the
    // resolver cannot be used. Say that once, with the reason the domain's
    // own lookup gave, instead of one failure per lookup.
    if !cache.reached_resolver()
        && let Some(e) = mx_failure.filter(|e| !e.is_dns_answer())
    {
        let mut out = nothing_checked(&report.domain, resolver_url, &e);
        out.queries = cache.queries();
        out.round_trips = cache.round_trips();
        on_update(&out);
        return out;
    }
    if report.exists == Some(true) {
        let m = if report.dnssec {
            &messages::DNSSEC_VOUCHED
        } else {
            &messages::DNSSEC_NOT_VOUCHED
        };
        report.diagnostics.push(Diagnostic::new(m, Span::default()));
    }
    verdict::settle(&mut report);
    report.complete = true;
    on_update(&report);
    report
}

/// Walks the SPF tree of `record` (a record's text, such as a generator's)
/// as if it were published at `domain`: every include and redirect resolved
/// through `resolver`, level by level, with the same counts and findings as
/// the domain check's SPF section (lookups over the whole tree, void
/// lookups, missing or looping includes, failed lookups in plain words).
/// `a` and `mx` without a name are looked up at `domain`.
///
/// When no lookup had a DNS answer, the section is `error` and holds one
/// finding, `check::resolver-unreachable` (naming `resolver_url`), instead
/// of one failure per include. A `domain` that is not a domain name gives
/// `check::bad-domain` and looks nothing up.
pub async fn spf_record_tree<R: Resolver>(
    domain: &str,
    record: &str,
    resolver_url: &str,
    resolver: &R,
) -> SpfSection {
    let input = domain.trim().trim_end_matches('.');
    let empty = |diagnostics| unchecked_spf(input, record, diagnostics);
    let domain = match DomainName::try_from(input) {
        Ok(d) if d.labels().count() >= 2 => d.as_str().to_ascii_lowercase(),
        _ => {
            return empty(vec![
                Diagnostic::new(&messages::BAD_DOMAIN, Span::new(0, input.len()))
                    .arg("domain", cap(input, 253)),
            ]);
        }
    };
    let first_failure = std::cell::RefCell::new(None::<LookupError>);
    let watched = Watch {
        inner: resolver,
        first_failure: &first_failure,
    };
    let cache = CachingResolver::new(&watched);
    let section = spf::check_record(&cache, &domain, record).await;
    if cache.queries() > 0 && !cache.reached_resolver() {
        let e = first_failure
            .borrow_mut()
            .take()
            .unwrap_or(LookupError::Timeout);
        let (en, pt) = unreachable_reason(&e);
        return empty(vec![
            Diagnostic::new(&messages::RESOLVER_UNREACHABLE, Span::default())
                .arg("resolver", cap(resolver_url, 253))
                .arg_both("reason", en, pt),
        ]);
    }
    section
}

/// What [`spf_record_tree`] gives when `resolver_url` is not an address
/// Selo sends lookups to (`https://`, or `http://` on loopback): nothing
/// looked up, and `check::resolver-unreachable` saying why.
pub fn spf_record_refused(domain: &str, record: &str, resolver_url: &str) -> SpfSection {
    unchecked_spf(
        domain.trim().trim_end_matches('.'),
        record,
        vec![
            Diagnostic::new(&messages::RESOLVER_UNREACHABLE, Span::default())
                .arg("resolver", cap(resolver_url, 253))
                .arg_both(
                    "reason",
                    "it is not an https:// address (http:// only on loopback)".into(),
                    "não é um endereço https:// (http:// só em loopback)".into(),
                ),
        ],
    )
}

/// An SPF section with nothing looked up.
fn unchecked_spf(domain: &str, record: &str, diagnostics: Vec<Diagnostic>) -> SpfSection {
    SpfSection {
        base: RecordSection {
            status: Status::Error,
            name: domain.to_ascii_lowercase(),
            records: vec![record.trim().to_string()],
            diagnostics,
        },
        lookups: 0,
        void_lookups: 0,
        estimate: None,
        tree: None,
    }
}

/// Keeps the first failure a resolver gives (the reason shown when it
/// could not be used at all).
struct Watch<'a, R> {
    inner: &'a R,
    first_failure: &'a std::cell::RefCell<Option<LookupError>>,
}

impl<R: Resolver> Resolver for Watch<'_, R> {
    async fn lookup(&self, name: &str, qtype: QueryType) -> crate::dns::Answer {
        let answer = self.inner.lookup(name, qtype).await;
        if let Some(e) = answer.error() {
            let mut first = self.first_failure.borrow_mut();
            if first.is_none() {
                *first = Some(e.clone());
            }
        }
        answer
    }
}

/// The report when the resolver could not be used: one finding saying why,
/// and every section `error` (not determined) with no finding of its own.
fn nothing_checked(domain: &str, resolver_url: &str, e: &LookupError) -> DomainCheck {
    let mut report = DomainCheck::new(domain, resolver_url);
    let (en, pt) = unreachable_reason(e);
    report.diagnostics.push(
        Diagnostic::new(&messages::RESOLVER_UNREACHABLE, Span::default())
            .arg("resolver", cap(resolver_url, 253))
            .arg_both("reason", en, pt),
    );
    let section = |name: String| RecordSection {
        status: Status::Error,
        name,
        records: Vec::new(),
        diagnostics: Vec::new(),
    };
    let c = &mut report.checks;
    c.mx = Some(section(domain.to_string()));
    c.spf = Some(SpfSection {
        base: section(domain.to_string()),
        lookups: 0,
        void_lookups: 0,
        estimate: None,
        tree: None,
    });
    c.dmarc = Some(DmarcSection {
        base: section(format!("_dmarc.{domain}")),
        applies_from: None,
        applies_as: None,
        policy: None,
        policy_tag: None,
        walk: Vec::new(),
        report_authorizations: Vec::new(),
    });
    c.dkim = Some(DkimSection {
        status: Status::Error,
        selectors: Vec::new(),
        tried: 0,
        diagnostics: Vec::new(),
    });
    c.mta_sts = Some(MtaStsSection {
        base: section(format!("_mta-sts.{domain}")),
        policy: None,
        mx_coverage: Vec::new(),
    });
    c.tls_rpt = Some(section(format!("_smtp._tls.{domain}")));
    c.bimi = Some(section(format!("default._bimi.{domain}")));
    report.complete = true;
    report
}

/// Why the resolver could not be used, in English and Portuguese.
fn unreachable_reason(e: &LookupError) -> (String, String) {
    match e {
        LookupError::Timeout => (
            "it gave no answer in time, even after a second try".into(),
            "não respondeu a tempo, mesmo depois de uma segunda tentativa".into(),
        ),
        LookupError::Http(status) => (
            format!("it answered HTTP {status} instead of a DNS answer"),
            format!("respondeu HTTP {status} em vez de uma resposta DNS"),
        ),
        LookupError::Network(m) => (cap(m, 200), e.message_in(Lang::Pt)),
        LookupError::Malformed(m) => (
            format!("what it answered is not a DNS answer ({})", cap(m, 200)),
            "o que respondeu não é uma resposta DNS".into(),
        ),
        LookupError::TooLarge => (
            "its answer is larger than Selo reads".into(),
            "a sua resposta é maior do que o Selo lê".into(),
        ),
        LookupError::ServFail => ("it answered SERVFAIL".into(), "respondeu SERVFAIL".into()),
        LookupError::Refused => ("it refused to answer".into(), "recusou responder".into()),
    }
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
        LookupError::Network(m) => Diagnostic::new(&messages::NETWORK_ERROR, Span::default())
            .arg_both("detail", cap(m, 200), e.message_in(Lang::Pt)),
        LookupError::Malformed(m) => Diagnostic::new(&messages::MALFORMED_ANSWER, Span::default())
            .arg_both("detail", cap(m, 200), e.message_in(Lang::Pt)),
        LookupError::TooLarge => Diagnostic::new(&messages::ANSWER_TOO_LARGE, Span::default()),
    };
    d.arg("name", name).arg("qtype", qtype)
}

/// The status a section's findings give: `invalid` when some finding is an
/// error that is not a failed lookup, `error` when a lookup failed, else
/// `ok`.
pub(crate) fn status_of(diags: &[Diagnostic]) -> Status {
    let failed = verdict::is_failed_lookup;
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
