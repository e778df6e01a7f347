//! Selo's engine: parse, generate, lint and explain the DNS records and
//! policy files that protect a domain's email.
//!
//! | protocol | module | model | standard |
//! |---|---|---|---|
//! | DMARC | [`dmarc`] | [`dmarc::Dmarc`], [`dmarc::ReportAuth`] | RFC 9989 (and RFC 7489) |
//! | SPF | [`spf`] | [`spf::Spf`] | RFC 7208 |
//! | DKIM key | [`dkim`] | [`dkim::DkimKey`] | RFC 6376, 8301, 8463 |
//! | BIMI | [`bimi`] | [`bimi::Bimi`] | BIMI draft |
//! | MTA-STS | [`mta_sts`] | [`mta_sts::MtaStsRecord`], [`mta_sts::MtaStsPolicy`] | RFC 8461 |
//! | TLS-RPT | [`tls_rpt`] | [`tls_rpt::TlsRpt`] | RFC 8460 |
//!
//! Every module has the same parts: the model (with `Display` writing the
//! canonical record and `FromStr` the strict parse), `parse` returning a
//! [`Parsed`] with every finding, and `explain`. Findings are [`Diagnostic`]s
//! whose spans are byte ranges into the parsed text, with stable codes and
//! text in English and European Portuguese.
//!
//! [`validate`] takes anything a user may paste (a value, quoted strings, a
//! zone-file line, a policy file), detects its type and maps each finding
//! back onto the paste:
//!
//! ```
//! let v = selo::validate("v=DMARC1; p=none; rua=mailto:dmarc@example.com", None);
//! assert_eq!(v.kind, Some(selo::RecordType::Dmarc));
//! for d in &v.diagnostics {
//!     println!("{} {}: {}", d.severity, d.code, d.message);
//! }
//! ```
//!
//! The engine does no I/O: it builds for native targets and for
//! `wasm32-unknown-unknown` alike.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bimi;
pub mod diagnostic;
pub mod dkim;
pub mod dmarc;
pub mod domain;
pub mod explain;
pub mod input;
pub mod mta_sts;
pub mod spf;
pub mod taglist;
pub mod tls_rpt;
pub mod txt;
pub mod uri;
pub mod validate;

pub use diagnostic::{
    Applicability, Diagnostic, Edit, Fix, InLang, Label, Lang, Localized, Message, ParseError,
    Parsed, Severity, Span, SpecRef, Text, ValueError,
};
pub use domain::{DomainError, DomainName};
pub use explain::Explanation;
pub use validate::{
    Record, RecordType, Validation, all_messages, detect, message, parse, validate,
};

/// The crate README's example, run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
