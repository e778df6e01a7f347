//! The result of a domain check, as the command prints it in JSON and the
//! app sends it from its worker to the page.

use crate::Diagnostic;
use serde::{Deserialize, Serialize};

/// How one kind of record stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Found, one record, no error.
    Ok,
    /// Nothing of that kind is published (NXDOMAIN or NODATA).
    Missing,
    /// Published, with at least one error (several records where one is
    /// allowed included).
    Invalid,
    /// Could not be determined: timeout, SERVFAIL, network.
    Error,
}

impl Status {
    /// `ok`, `missing`, `invalid` or `error`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Missing => "missing",
            Status::Invalid => "invalid",
            Status::Error => "error",
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the MTA-STS policy file stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PolicyStatus {
    /// Fetched and valid.
    Ok,
    /// Not there: HTTP 404, or the host `mta-sts.<domain>` does not exist.
    Missing,
    /// Fetched, with at least one error (or an HTTP error other than 404).
    Invalid,
    /// Could not be read (network, TLS, or a browser's CORS refusal): says
    /// nothing about whether it exists.
    Unreadable,
}

impl PolicyStatus {
    /// `ok`, `missing`, `invalid` or `unreadable`.
    pub const fn as_str(self) -> &'static str {
        match self {
            PolicyStatus::Ok => "ok",
            PolicyStatus::Missing => "missing",
            PolicyStatus::Invalid => "invalid",
            PolicyStatus::Unreadable => "unreadable",
        }
    }
}

impl std::fmt::Display for PolicyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The findings of one record type: the name asked, the records found
/// (as text), and every finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecordSection {
    /// How it stands.
    pub status: Status,
    /// The DNS name looked up.
    pub name: String,
    /// The records found there (TXT strings joined), length-capped.
    pub records: Vec<String>,
    /// Every finding, the record parsers' included.
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
}

/// One node of the SPF include / redirect tree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpfNode {
    /// The domain whose SPF record this is.
    pub domain: String,
    /// How this node was reached: `root`, `include` or `redirect`.
    pub via: String,
    /// The SPF record found (`None` when none or the lookup failed).
    pub record: Option<String>,
    /// DNS-querying terms in this record alone (RFC 7208 4.6.4).
    pub lookups: usize,
    /// DNS-querying terms in this record and everything below it.
    pub total_lookups: usize,
    /// Void lookups caused by this record's own terms.
    pub void_lookups: usize,
    /// The included and redirected-to records, in the record's order.
    pub children: Vec<SpfNode>,
    /// The findings about this node's record.
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
}

/// The SPF section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpfSection {
    /// Status, name, records, findings.
    #[serde(flatten)]
    pub base: RecordSection,
    /// DNS-querying terms over the whole tree (the limit is 10).
    pub lookups: usize,
    /// Void lookups over the whole tree (the limit is 2).
    pub void_lookups: usize,
    /// When a lookup of the tree failed, so `lookups` is not the whole
    /// tree's: the record's estimate of its lookups (its own terms, and
    /// what the known providers' includes cost), shown instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<usize>,
    /// The tree, when a record was found.
    pub tree: Option<SpfNode>,
}

/// Whether a report destination accepts reports for the domain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportAuthorization {
    /// The `rua` or `ruf` URI.
    pub uri: String,
    /// The destination's domain.
    pub destination: String,
    /// The authorization record exists.
    pub authorized: bool,
    /// The lookup failed, so `authorized` is unknown (shown as false).
    pub lookup_failed: bool,
    /// The name looked up: `<domain>._report._dmarc.<destination>`.
    pub name: String,
}

/// The DMARC section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DmarcSection {
    /// Status, name, records, findings (`records` are those of the name
    /// that applies).
    #[serde(flatten)]
    pub base: RecordSection,
    /// The domain whose `_dmarc` record applies.
    pub applies_from: Option<String>,
    /// Why that record applies: `own` (the domain's), `organizational`
    /// or `psd`.
    pub applies_as: Option<String>,
    /// The policy that applies to the checked name: `none`, `quarantine`
    /// or `reject`.
    pub policy: Option<String>,
    /// The tag the policy came from: `p`, `sp` or `np`.
    pub policy_tag: Option<String>,
    /// The names asked during the tree walk, longest first.
    pub walk: Vec<String>,
    /// One entry per rua / ruf destination in another organizational domain.
    pub report_authorizations: Vec<ReportAuthorization>,
}

/// One DKIM selector tried.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DkimSelector {
    /// The selector.
    pub selector: String,
    /// `<selector>._domainkey.<domain>`.
    pub name: String,
    /// How it stands.
    pub status: Status,
    /// The last CNAME target followed, when the name is an alias.
    pub cname_target: Option<String>,
    /// The key records found.
    pub records: Vec<String>,
    /// The findings.
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
    /// `rsa` or `ed25519`.
    pub key_type: Option<String>,
    /// The key size in bits.
    pub key_bits: Option<u32>,
    /// Named by the user (not only probed).
    pub requested: bool,
}

/// The DKIM section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DkimSection {
    /// `ok` when at least one selector is found and none is invalid.
    pub status: Status,
    /// The selectors found, and those the user named (found or not).
    pub selectors: Vec<DkimSelector>,
    /// How many selectors were tried.
    pub tried: usize,
    /// Findings about the whole section.
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
}

/// The MTA-STS policy file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PolicyFile {
    /// `https://mta-sts.<domain>/.well-known/mta-sts.txt`.
    pub url: String,
    /// How it stands.
    pub status: PolicyStatus,
    /// Its text, when read (length-capped).
    pub text: Option<String>,
    /// The findings about it.
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
}

/// Whether the policy covers one MX host.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MxCoverage {
    /// The MX host.
    pub mx: String,
    /// One of the policy's `mx` patterns matches it (RFC 8461 4.1).
    pub covered: bool,
}

/// The MTA-STS section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MtaStsSection {
    /// Status, name, records, findings.
    #[serde(flatten)]
    pub base: RecordSection,
    /// The policy file, when a record asked for it.
    pub policy: Option<PolicyFile>,
    /// One row per MX host, when the policy was read.
    pub mx_coverage: Vec<MxCoverage>,
}

/// Every section; `None` while not yet finished.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Checks {
    /// MX.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mx: Option<RecordSection>,
    /// SPF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spf: Option<SpfSection>,
    /// DMARC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dmarc: Option<DmarcSection>,
    /// DKIM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dkim: Option<DkimSection>,
    /// MTA-STS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mta_sts: Option<MtaStsSection>,
    /// TLS-RPT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_rpt: Option<RecordSection>,
    /// BIMI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bimi: Option<RecordSection>,
}

/// A whole domain check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DomainCheck {
    /// The domain checked (ASCII, as queried).
    pub domain: String,
    /// The resolver's URL.
    pub resolver: String,
    /// Whether the domain exists (`None` until known, or when the lookup
    /// failed).
    pub exists: Option<bool>,
    /// Every answer came back authenticated by DNSSEC (the AD bit).
    pub dnssec: bool,
    /// DNS queries sent.
    pub queries: usize,
    /// Sequential round trips (the longest chain of dependent queries).
    pub round_trips: usize,
    /// Wall time, filled in by the caller.
    pub elapsed_ms: u64,
    /// All sections have finished.
    pub complete: bool,
    /// Findings about the domain as a whole (NXDOMAIN, DNSSEC, a name that
    /// cannot be checked).
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
    /// The sections.
    pub checks: Checks,
}

impl DomainCheck {
    /// An empty report for `domain`, before any answer.
    pub fn new(domain: &str, resolver: &str) -> Self {
        DomainCheck {
            domain: domain.to_string(),
            resolver: resolver.to_string(),
            exists: None,
            dnssec: false,
            queries: 0,
            round_trips: 0,
            elapsed_ms: 0,
            complete: false,
            diagnostics: Vec::new(),
            checks: Checks::default(),
        }
    }

    /// Every finding of the check, the domain's and every section's.
    pub fn all_diagnostics(&self) -> Vec<&Diagnostic> {
        let c = &self.checks;
        let mut out: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        for s in [&c.mx, &c.tls_rpt, &c.bimi].into_iter().flatten() {
            out.extend(&s.diagnostics);
        }
        if let Some(s) = &c.spf {
            out.extend(&s.base.diagnostics);
        }
        if let Some(s) = &c.dmarc {
            out.extend(&s.base.diagnostics);
        }
        if let Some(s) = &c.dkim {
            out.extend(&s.diagnostics);
            for sel in &s.selectors {
                out.extend(&sel.diagnostics);
            }
        }
        if let Some(s) = &c.mta_sts {
            out.extend(&s.base.diagnostics);
            if let Some(p) = &s.policy {
                out.extend(&p.diagnostics);
            }
        }
        out
    }

    /// The finding that says the resolver could not be used, when nothing
    /// was checked (see [`run`](super::run)).
    pub fn resolver_unreachable(&self) -> Option<&Diagnostic> {
        self.diagnostics
            .iter()
            .find(|d| d.code == super::messages::RESOLVER_UNREACHABLE.code)
    }

    /// True when some finding is an error (the command exits 1).
    pub fn has_errors(&self) -> bool {
        self.all_diagnostics()
            .iter()
            .any(|d| d.severity == crate::Severity::Error)
    }
}
