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
//! Every protocol module has the same files with the same roles:
//!
//! | file | role |
//! |---|---|
//! | `mod.rs` | the model and its `FromStr` (the strict parse) |
//! | `parse.rs` | `parse`: text to the model and a span table named `Spans` (where each part was), then lint; returns a [`Parsed`] with every finding |
//! | `lint.rs` | advice beyond the grammar: `lint(&model, &Spans, &mut findings)` for a parsed record, and the public `lint(&model)`, which checks a built model without re-reading it |
//! | `generate.rs` | the model's `Display` (the canonical record), builders and owner names (a `Result` when a prefix could take the name past DNS limits; SPF's is the domain itself) |
//! | `explain.rs` | `explain`: a tag-by-tag [`Explanation`] |
//! | `messages.rs` | the catalogue, declared with one macro that also lists it as `MESSAGES` |
//!
//! A module with two models names the second one's functions after it:
//! [`dmarc::parse_report_auth`] and [`dmarc::explain_report_auth`]; MTA-STS
//! has [`mta_sts::parse_record`], [`mta_sts::parse_policy`],
//! [`mta_sts::explain_record`] and [`mta_sts::explain_policy`], and lints
//! its policy. Unknown tags are kept as written, as an `UnknownTag` (DMARC,
//! DKIM, BIMI, and SPF's unknown modifiers) or as name and value
//! extensions (MTA-STS, TLS-RPT), so parse then generate loses nothing.
//!
//! No protocol module reads another's internals: the shared `tag=value`
//! lexing and the names of record kinds live in [`taglist`], names and
//! selectors in [`domain`], text helpers every layer uses (cutting
//! untrusted text, version tags) in [`text`], the table of known sending
//! services (read by the SPF presets, the report reader and the message
//! analysis) in [`senders`]. Findings are [`Diagnostic`]s whose spans are
//! byte ranges into the parsed text, with stable codes and text in English
//! and European Portuguese; words filled into a message are translated
//! ([`diagnostic::Arg`]). Every error type implements [`Localized`], and the
//! checked constructors of the models fail with a [`ValueError`].
//!
//! [`validate()`] takes anything a user may paste (a value, quoted strings, a
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
//! The names of the record types and the parsed records of any type live in
//! [`record`]; every module's messages, joined, in [`catalogue`].
//!
//! A protocol module also owns its DNS side, through the
//! [`dns::Resolver`] trait: [`dmarc::discover`] walks the tree of
//! RFC 9989 4.10, [`spf::walk_tree`] follows a record's whole include tree
//! and [`spf::evaluate`] evaluates it for one IP, both against the limits of
//! RFC 7208 4.6.4 defined once in [`spf`]. The domain check ([`check`]),
//! the report reader ([`report`]) and the message analysis (`message`)
//! compose the protocol modules; [`dns`] and [`text`] know nothing above
//! them.
//!
//! The engine does no I/O: it builds for native targets and for
//! `wasm32-unknown-unknown` alike.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bimi;
pub mod catalogue;
pub mod check;
pub mod diagnostic;
pub mod dkim;
pub mod dmarc;
pub mod dns;
pub mod domain;
pub mod explain;
pub mod handoff;
pub mod input;
#[cfg(feature = "message")]
pub mod message;
pub mod mta_sts;
pub mod record;
pub mod report;
pub mod requirements;
pub mod senders;
pub mod shown;
pub mod spf;
pub mod taglist;
pub mod text;
pub mod tls_rpt;
pub mod txt;
pub mod uri;
pub mod validate;

pub use catalogue::{all_messages, message};
pub use diagnostic::{
    Applicability, Diagnostic, Edit, Fix, InLang, Label, Lang, Localized, Message, ParseError,
    Parsed, Severity, Span, SpecRef, Text, ValueError,
};
pub use domain::{DomainError, DomainName};
pub use explain::Explanation;
pub use record::{Record, RecordType};
pub use validate::{DANGEROUS, Validation, Verdict, detect, parse, validate};

/// The crate README's example, run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
