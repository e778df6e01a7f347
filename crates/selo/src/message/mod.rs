//! The message analyzer: why a received message passed or failed DMARC,
//! and what to change.
//!
//! [`analyze`] reads a raw message (a whole `.eml` or only its header; CRLF
//! or LF; folded fields) and, through a [`Resolver`], verifies every
//! `DKIM-Signature` (RFC 6376, 8301, 8463), evaluates SPF for the
//! connecting IP and the envelope sender (RFC 7208 `check_host`), finds the
//! DMARC policy that applies to the From domain with the tree walk of RFC
//! 9989 4.10, checks alignment and gives the result, the disposition a
//! receiver would apply and, for each failure, the fix and the generator
//! that makes it.
//!
//! DKIM canonicalization, body hashes and signature verification are
//! mail-auth's (pure-Rust crypto); its own DNS is never used: the keys are
//! looked up through the caller's resolver and handed to mail-auth's
//! verifier as a filled cache. Only DNS questions leave the engine; the
//! message never does.
//!
//! Size (wasm32, release, `opt-level = "z"`, LTO, `panic = "abort"`, no
//! wasm-opt; measured 2026-11-29 with two `cdylib`s over this crate): one
//! that runs the domain check over a [`DohResolver`](crate::dns::DohResolver)
//! is 1,262,170 bytes (361,912 gzip, 262,750 brotli); the same that also
//! runs [`analyze`] is 2,423,982 bytes (835,141 gzip, 635,695 brotli). The
//! analyzer adds about 1.16 MB (473 KB gzip, 373 KB brotli): mail-auth with
//! its crypto (rsa, ed25519-dalek, sha1, sha2), mail-parser's full charset
//! tables that mail-auth turns on, and mail-auth's DoH client (reqwest,
//! hickory-proto), compiled in although never called. Load it in its own
//! module, only on the page that uses it.
//!
//! ```
//! use futures::executor::block_on;
//! use selo::dns::MemoryZone;
//! use selo::message::{analyze, MessageOptions, DmarcResult};
//!
//! let mut zone = MemoryZone::new();
//! zone.txt("example.com", &["v=spf1 ip4:192.0.2.0/24 -all"])
//!     .txt("_dmarc.example.com", &["v=DMARC1; p=reject"]);
//! let raw = b"Return-Path: <bounce@example.com>\r\n\
//!     Received: from mx.example.com (mx.example.com [192.0.2.7]) by mx.example.net; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
//!     From: News <news@example.com>\r\nSubject: hi\r\n\r\nHello\r\n";
//! let a = block_on(analyze(raw, &zone, &MessageOptions::default())).unwrap();
//! assert_eq!(a.from_domain.as_deref(), Some("example.com"));
//! assert_eq!(a.spf.result.as_str(), "pass");
//! assert_eq!(a.dmarc.result, DmarcResult::Pass);
//! ```

mod dkim;
mod dmarc;
pub mod messages;
mod read;
mod spf;
#[cfg(test)]
mod tests;

pub use messages::MESSAGES;
pub use read::{Headers, read};
pub use spf::SpfResult;

use crate::dns::{CachingResolver, Resolver};
use crate::{Diagnostic, Lang, Localized, Span};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::net::IpAddr;

/// Why a text cannot be analyzed as a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageError {
    /// Nothing was given.
    Empty,
    /// The text holds NUL bytes: a binary file.
    Binary,
    /// The text does not start with a header field (`Name: value`).
    NoHeader,
    /// The header has none of the fields every message has (From, Received,
    /// Date, Message-ID, Subject, To, DKIM-Signature...).
    NoMailFields,
}

impl MessageError {
    fn reason(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (MessageError::Empty, Lang::En) => "the text is empty",
            (MessageError::Empty, Lang::Pt) => "o texto está vazio",
            (MessageError::Binary, Lang::En) => "it is a binary file (it holds NUL bytes)",
            (MessageError::Binary, Lang::Pt) => "é um ficheiro binário (contém bytes NUL)",
            (MessageError::NoHeader, Lang::En) => {
                "it does not start with a header field such as \"From: ...\" or \"Received: ...\""
            }
            (MessageError::NoHeader, Lang::Pt) => {
                "não começa por um campo de cabeçalho como \"From: ...\" ou \"Received: ...\""
            }
            (MessageError::NoMailFields, Lang::En) => {
                "its header has none of the fields of an e-mail (From, Received, Date, Message-ID, Subject, To, DKIM-Signature)"
            }
            (MessageError::NoMailFields, Lang::Pt) => {
                "o cabeçalho não tem nenhum dos campos de um e-mail (From, Received, Date, Message-ID, Subject, To, DKIM-Signature)"
            }
        }
    }

    /// The finding (`message::not-a-message`), in both languages.
    pub fn diagnostic(self) -> Diagnostic {
        Diagnostic::new(&messages::NOT_A_MESSAGE, Span::default()).arg_both(
            "reason",
            self.reason(Lang::En).to_string(),
            self.reason(Lang::Pt).to_string(),
        )
    }
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl Localized for MessageError {
    fn message_in(&self, lang: Lang) -> String {
        self.diagnostic().message_in(lang)
    }
}

impl std::error::Error for MessageError {}

/// What the caller knows beyond the message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageOptions {
    /// The connecting IP, instead of the one read from `Received`.
    pub ip: Option<IpAddr>,
    /// The envelope sender (MAIL FROM), instead of `Return-Path`; the empty
    /// string is the null sender.
    pub mail_from: Option<String>,
    /// The HELO name, instead of the one read from `Received`.
    pub helo: Option<String>,
    /// The time of the check, in seconds since 1970 (UTC), for DKIM's `x=`
    /// and `t=`. The engine has no clock: the front gives it (`None` skips
    /// those two checks).
    pub now: Option<u64>,
}

/// A result of a DKIM signature (RFC 8601 2.7.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DkimResult {
    /// The signature verifies.
    Pass,
    /// The signature does not verify.
    Fail,
    /// The signature could not be checked (for example, no body to hash)
    /// or is expired.
    Neutral,
    /// A lookup failed; trying later may work.
    TempError,
    /// The signature or its key cannot be used.
    PermError,
}

impl DkimResult {
    /// `pass`, `fail`, `neutral`, `temperror` or `permerror`.
    pub const fn as_str(self) -> &'static str {
        match self {
            DkimResult::Pass => "pass",
            DkimResult::Fail => "fail",
            DkimResult::Neutral => "neutral",
            DkimResult::TempError => "temperror",
            DkimResult::PermError => "permerror",
        }
    }
}

/// One `DKIM-Signature` and what its verification gave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DkimCheck {
    /// `d=`, lowercase.
    pub domain: String,
    /// `s=`.
    pub selector: String,
    /// `a=` (`rsa-sha256`, `ed25519-sha256`, `rsa-sha1`).
    pub algorithm: String,
    /// `c=` as `header/body` (`relaxed/simple`).
    pub canonicalization: String,
    /// Where the key is looked up (`s1._domainkey.example.com`).
    pub key_name: String,
    /// The key's size in bits, when it was read.
    pub key_bits: Option<u32>,
    /// `t=`, when present.
    pub signed_at: Option<u64>,
    /// `x=`, when present.
    pub expires: Option<u64>,
    /// The result.
    pub result: DkimResult,
    /// Why it is not a pass, as a stable word: `body-hash-mismatch`,
    /// `signature-mismatch`, `key-not-published`, `key-revoked`,
    /// `key-too-short`, `expired`, `future-timestamp`, `malformed`,
    /// `unsupported`, `dns-error`, `no-body`.
    pub reason: Option<String>,
    /// `d=` aligns with the From domain under the policy's `adkim`.
    pub aligned: bool,
}

/// The SPF evaluation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpfCheck {
    /// The domain checked: the MAIL FROM's, or the HELO name when the
    /// envelope sender is empty.
    pub domain: Option<String>,
    /// `mail_from` or `helo`.
    pub identity: String,
    /// The result.
    pub result: SpfResult,
    /// The domain aligns with the From domain under the policy's `aspf`.
    pub aligned: bool,
    /// The SPF record of the domain, when one was found.
    pub record: Option<String>,
    /// The term that decided (`ip4:192.0.2.0/24`, `include:_spf.example.net`,
    /// `-all`), or `default` when none matched.
    pub matched: Option<String>,
    /// DNS-querying terms evaluated (the limit is 10, RFC 7208 4.6.4).
    pub lookups: u32,
    /// Lookups that found nothing (the limit is 2).
    pub void_lookups: u32,
    /// What SPF found, explained.
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
}

/// The DMARC result (RFC 9989 4.8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DmarcResult {
    /// DKIM or SPF passes aligned.
    Pass,
    /// Neither passes aligned and a policy applies.
    Fail,
    /// No policy applies to the From domain.
    None,
    /// The policy could not be looked up.
    TempError,
    /// No From domain.
    PermError,
}

/// The DMARC evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DmarcCheck {
    /// The result.
    pub result: DmarcResult,
    /// The policy that applies (`none`, `quarantine`, `reject`).
    pub policy: Option<String>,
    /// The tag it came from (`p`, `sp` or `np`).
    pub policy_tag: Option<String>,
    /// Where the record was found.
    pub applies_from: Option<String>,
    /// `own`, `organizational` or `psd`.
    pub applies_as: Option<String>,
    /// The From domain's organizational domain (from the tree walk).
    pub organizational_domain: Option<String>,
    /// `t=y`.
    pub testing: bool,
    /// `r` or `s`.
    pub adkim: String,
    /// `r` or `s`.
    pub aspf: String,
    /// Some DKIM signature passes aligned.
    pub dkim_aligned: bool,
    /// SPF passes aligned.
    pub spf_aligned: bool,
    /// What a receiver would do: `none`, `quarantine` or `reject`.
    pub disposition: String,
}

/// One `Received` field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hop {
    /// The `from` host.
    pub from: Option<String>,
    /// The HELO name.
    pub helo: Option<String>,
    /// The connecting address.
    pub from_ip: Option<IpAddr>,
    /// The `by` host.
    pub by: Option<String>,
    /// The `with` protocol (`ESMTPS`...).
    pub with: Option<String>,
    /// The date (RFC 3339).
    pub date: Option<String>,
    /// The date in seconds since 1970.
    pub timestamp: Option<i64>,
    /// Seconds since the hop below (the previous one in time).
    pub delay_seconds: Option<i64>,
    /// The field, unfolded.
    pub text: String,
}

/// One `method=result` of an `Authentication-Results` field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthResult {
    /// `dkim`, `spf`, `dmarc`, `arc`...
    pub method: String,
    /// `pass`, `fail`...
    pub result: String,
    /// `reason="..."`.
    pub reason: Option<String>,
    /// `header.d=example.com`, `smtp.mailfrom=...`.
    pub properties: Vec<(String, String)>,
}

/// An `Authentication-Results` field (RFC 8601).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthResults {
    /// The server that wrote it.
    pub authserv_id: String,
    /// Its statements.
    pub results: Vec<AuthResult>,
    /// The field, unfolded.
    pub text: String,
}

/// One ARC set (RFC 8617).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArcSet {
    /// `i=`.
    pub instance: u32,
    /// The seal's `cv=` (`none`, `pass`, `fail`).
    pub cv: Option<String>,
    /// The seal's `d=`.
    pub seal_domain: Option<String>,
    /// The seal's `s=`.
    pub seal_selector: Option<String>,
    /// The message signature's `d=`.
    pub signature_domain: Option<String>,
    /// The results the sealer recorded (`ARC-Authentication-Results`).
    pub results: Vec<AuthResult>,
}

/// A fix to make, with the generator page that makes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixHint {
    /// The finding it answers.
    pub code: String,
    /// The generator's page id: `dkim`, `spf` or `dmarc`.
    pub generator: String,
    /// The domain whose record changes.
    pub domain: String,
    /// For SPF: the include to add, when a preset matches the sender.
    pub include: Option<String>,
    /// The SPF or DKIM preset's id, when one matches.
    pub preset: Option<String>,
    /// The domain's published record, when the analysis read it (the
    /// generator opens with it, the fix on top).
    #[serde(default)]
    pub record: Option<String>,
    /// For SPF: the terms to add (`ip4:<the sending address>`, the
    /// sender's include).
    #[serde(default)]
    pub add: Vec<String>,
    /// For DKIM: the selector of the signature.
    #[serde(default)]
    pub selector: Option<String>,
}

/// Everything [`analyze`] found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageAnalysis {
    /// The From address.
    pub from: Option<String>,
    /// Its domain.
    pub from_domain: Option<String>,
    /// The connecting IP used for SPF.
    pub ip: Option<IpAddr>,
    /// The envelope sender used for SPF (empty: the null sender).
    pub mail_from: Option<String>,
    /// The HELO name.
    pub helo: Option<String>,
    /// Only the header was given.
    pub headers_only: bool,
    /// Each DKIM signature, in the order of the header.
    pub dkim: Vec<DkimCheck>,
    /// SPF.
    pub spf: SpfCheck,
    /// DMARC.
    pub dmarc: DmarcCheck,
    /// The `Received` chain, topmost (last hop) first.
    pub received: Vec<Hop>,
    /// The `Authentication-Results` fields.
    pub authentication_results: Vec<AuthResults>,
    /// The ARC sets.
    pub arc: Vec<ArcSet>,
    /// Selo's verification of the ARC chain (`pass`, `fail`, `none`...).
    pub arc_result: Option<String>,
    /// The fixes, each with its generator.
    pub fixes: Vec<FixHint>,
    /// Every finding, in both languages through the catalogue.
    #[serde(with = "crate::diagnostic::with_args")]
    pub diagnostics: Vec<Diagnostic>,
}

impl MessageAnalysis {
    /// True when DMARC passes.
    pub fn passes(&self) -> bool {
        self.dmarc.result == DmarcResult::Pass
    }

    /// Where the DKIM signature `c` (one of [`Self::dkim`]) stands for
    /// DMARC.
    pub fn dkim_alignment(&self, c: &DkimCheck) -> AlignmentState {
        AlignmentState::of(
            self.from_domain.is_some() && !c.domain.is_empty(),
            c.aligned,
            c.result == DkimResult::Pass,
        )
    }

    /// Where SPF stands for DMARC.
    pub fn spf_alignment(&self) -> AlignmentState {
        AlignmentState::of(
            self.from_domain.is_some() && self.spf.domain.is_some(),
            self.spf.aligned,
            self.spf.result == SpfResult::Pass,
        )
    }

    /// What to fix, taken from the findings themselves: every error and
    /// warning in the order found (the DMARC failure aside: it is the
    /// verdict, and the findings it comes from are listed), each with the
    /// generator link of its fix when there is one. Empty only when no
    /// finding asks for a change.
    pub fn to_fix(&self) -> Vec<(&Diagnostic, Option<&FixHint>)> {
        let mut used = vec![false; self.fixes.len()];
        self.diagnostics
            .iter()
            .filter(|d| d.severity >= crate::Severity::Warning)
            .filter(|d| d.code != messages::DMARC_FAIL.code)
            .map(|d| {
                // The n-th finding of a code takes the n-th fix of it: both
                // are made in the order of the signatures.
                let fix = self
                    .fixes
                    .iter()
                    .enumerate()
                    .find(|(i, f)| !used[*i] && f.code == d.code)
                    .map(|(i, f)| {
                        used[i] = true;
                        f
                    });
                (d, fix)
            })
            .collect()
    }
}

/// Where a DKIM signature or the SPF check stands against the From
/// domain for DMARC (RFC 9989 4.4): only a pass for an aligned domain
/// counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AlignmentState {
    /// It passes, for a domain aligned with the From domain: it counts.
    Aligned,
    /// Its domain is aligned, but it does not pass: it does not count.
    AlignedButFailed,
    /// Its domain is not aligned with the From domain (whether it passes
    /// or not): it does not count.
    NotAligned,
    /// There is no domain to compare: no From domain, or no domain checked.
    NotChecked,
}

impl AlignmentState {
    /// From whether there is something to compare, whether the domain
    /// aligns and whether the check passes.
    pub const fn of(compared: bool, aligned: bool, passes: bool) -> Self {
        match (compared, aligned, passes) {
            (false, _, _) => AlignmentState::NotChecked,
            (true, true, true) => AlignmentState::Aligned,
            (true, true, false) => AlignmentState::AlignedButFailed,
            (true, false, _) => AlignmentState::NotAligned,
        }
    }

    /// `aligned`, `aligned-but-failed`, `not-aligned` or `not-checked`.
    pub const fn as_str(self) -> &'static str {
        match self {
            AlignmentState::Aligned => "aligned",
            AlignmentState::AlignedButFailed => "aligned-but-failed",
            AlignmentState::NotAligned => "not-aligned",
            AlignmentState::NotChecked => "not-checked",
        }
    }

    /// True when it counts for DMARC.
    pub const fn counts(self) -> bool {
        matches!(self, AlignmentState::Aligned)
    }
}

/// Analyzes `raw` through `resolver` (wrapped in a per-analysis cache, so
/// no name is asked twice). Fails only when `raw` is not a message.
pub async fn analyze<R: Resolver>(
    raw: &[u8],
    resolver: &R,
    opts: &MessageOptions,
) -> Result<MessageAnalysis, MessageError> {
    let headers = read(raw)?;
    let r = CachingResolver::new(resolver);
    let ip = opts.ip.or(headers.ip);
    let mail_from = opts.mail_from.clone().or(headers.return_path.clone());
    let helo = opts.helo.clone().or(headers.helo.clone());
    let mut diagnostics = Vec::new();
    if headers.headers_only && headers.dkim_signatures > 0 {
        diagnostics.push(Diagnostic::new(&messages::HEADERS_ONLY, Span::default()));
    }

    let from_domain = headers.from_domain.clone();
    let (dkim_out, spf_out, policy) = futures_util::future::join3(
        dkim::verify(raw.trim_ascii_start(), &r, opts.now, headers.headers_only),
        spf::evaluate(&r, ip, mail_from.as_deref(), helo.as_deref()),
        async {
            match &from_domain {
                Some(d) => Some(crate::dmarc::discover(&r, d).await),
                None => None,
            }
        },
    )
    .await;
    let dkim::Verified {
        mut checks,
        diagnostics: dkim_diags,
        arc_result,
    } = dkim_out;
    diagnostics.extend(dkim_diags);
    let mut spf_check = spf_out;

    // The connecting host's name, to recognize a sending service.
    let host = headers
        .received
        .iter()
        .find(|h| ip.is_some() && h.from_ip == ip)
        .and_then(|h| h.from.clone().or_else(|| h.helo.clone()));
    let outcome = dmarc::evaluate(
        &r,
        from_domain.as_deref(),
        policy,
        &mut checks,
        &mut spf_check,
        (ip, host.as_deref()),
    )
    .await;
    diagnostics.extend(spf_check.diagnostics.iter().cloned());
    diagnostics.extend(outcome.diagnostics);
    if headers.dkim_signatures == 0
        && let Some(d) = &from_domain
    {
        diagnostics
            .push(Diagnostic::new(&messages::DKIM_NONE, Span::default()).arg("from_domain", d));
    }
    if let (Some(seal), Some(result)) = (headers.arc.last(), &arc_result) {
        diagnostics.push(
            Diagnostic::new(&messages::ARC_PRESENT, Span::default())
                .arg("count", headers.arc.len())
                .arg("domain", seal.seal_domain.as_deref().unwrap_or("?"))
                .arg("cv", seal.cv.as_deref().unwrap_or("?"))
                .arg("result", result),
        );
    }
    diagnostics.extend(dmarc::compare_auth_results(
        &headers.authentication_results,
        &checks,
        &spf_check,
        &outcome.dmarc,
    ));

    Ok(MessageAnalysis {
        from: headers.from,
        from_domain,
        ip,
        mail_from,
        helo,
        headers_only: headers.headers_only,
        dkim: checks,
        spf: spf_check,
        dmarc: outcome.dmarc,
        received: headers.received,
        authentication_results: headers.authentication_results,
        arc: headers.arc,
        arc_result,
        fixes: outcome.fixes,
        diagnostics,
    })
}
