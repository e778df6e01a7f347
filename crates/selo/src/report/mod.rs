//! Report reader: DMARC aggregate reports (RFC 9990, RFC 7489 appendix C and
//! the older draft schema), SMTP TLS reports (RFC 8460) and DMARC failure
//! reports (RFC 6591 / RFC 9991), read from bytes.
//!
//! The type is found by content (magic bytes, then XML or JSON), never by
//! file name: `.xml`, gzip, zip (every report inside), JSON and MIME e-mail
//! messages carrying any of these. The reader takes bytes and does no I/O.
//!
//! ```
//! use selo::report::{read, Options};
//! let xml = br#"<feedback><report_metadata><org_name>r.example</org_name>
//! <report_id>1</report_id><date_range><begin>0</begin><end>86399</end></date_range>
//! </report_metadata><policy_published><domain>example.com</domain><p>none</p>
//! </policy_published><record><row><source_ip>192.0.2.1</source_ip><count>3</count>
//! <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf>
//! </policy_evaluated></row><identifiers><header_from>example.com</header_from>
//! </identifiers><auth_results><spf><domain>example.com</domain><result>fail</result>
//! </spf></auth_results></record></feedback>"#;
//! let file = read("a.xml", xml, &Options::default());
//! assert_eq!(file.status, "ok");
//! let selo::report::Report::DmarcAggregate(a) = &file.reports[0] else { panic!() };
//! assert_eq!((a.messages, a.dmarc_pass, a.dkim_aligned, a.spf_aligned), (3, 3, 3, 0));
//! ```

pub mod enrich;
mod error;
pub mod explain;
pub mod export;
mod messages;
mod parse;
pub mod readiness;
pub mod sources;

pub use error::ReadError;
pub use messages::MESSAGES;

use crate::{Diagnostic, Lang, Message, Span};
use serde::Serialize;

/// Limits on what one file may expand to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Most bytes all the decompressed content of one file may reach.
    pub max_output: u64,
    /// Most times the decompressed size may exceed the compressed one,
    /// once past `ratio_floor` bytes.
    pub max_ratio: u64,
    /// Output size below which the ratio is not checked.
    pub ratio_floor: u64,
    /// Most levels of containers (mail, zip, gzip) inside each other.
    pub max_depth: u8,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_output: 256 << 20,
            max_ratio: 200,
            ratio_floor: 4 << 20,
            max_depth: 4,
        }
    }
}

/// How to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The language of notes and errors.
    pub lang: Lang,
    /// Decompression limits.
    pub limits: Limits,
    /// Keep the body of the message a failure report carries.
    pub include_body: bool,
}

/// A note or error, rendered in the chosen language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    /// Stable code, such as `report::upper-case-word`.
    pub code: &'static str,
    /// What happened.
    pub message: String,
    /// What to do.
    pub help: String,
    /// The message and help in the other language, when the note was made
    /// by the engine (see [`FileResult::in_lang`]).
    #[serde(skip)]
    pub other: Option<Box<(String, String)>>,
}

impl Note {
    pub(crate) fn new(m: &'static Message, args: &[(&'static str, String)], lang: Lang) -> Self {
        let mut d = Diagnostic::new(m, Span::empty(0));
        for (k, v) in args {
            d = d.arg(k, v);
        }
        let other = match lang {
            Lang::En => Lang::Pt,
            Lang::Pt => Lang::En,
        };
        Note {
            code: m.code,
            message: d.message_in(lang),
            help: d.help_in(lang),
            other: Some(Box::new((d.message_in(other), d.help_in(other)))),
        }
    }

    /// The note in the other language than it was made in, if it knows it.
    fn swapped(&self) -> Option<Note> {
        let (message, help) = self.other.as_deref()?.clone();
        Some(Note {
            code: self.code,
            message,
            help,
            other: Some(Box::new((self.message.clone(), self.help.clone()))),
        })
    }
}

impl FileResult {
    /// The same result with its notes in the other language, without
    /// reading the file again: for a file read whole whose reports are all
    /// DMARC aggregate reports (their other words do not depend on the
    /// language); `None` for any other, to be read again.
    pub fn swapped(&self) -> Option<FileResult> {
        if self.status != "ok"
            || !self
                .reports
                .iter()
                .all(|r| matches!(r, Report::DmarcAggregate(_)))
        {
            return None;
        }
        let mut out = self.clone();
        for r in &mut out.reports {
            if let Report::DmarcAggregate(a) = r {
                for n in &mut a.notes {
                    *n = n.swapped()?;
                }
            }
        }
        Some(out)
    }
}

/// One file read: its reports, or why it was refused.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FileResult {
    /// The name the file was given (shown only; never used to detect the type).
    pub file: String,
    /// `ok` or `error`.
    pub status: &'static str,
    /// Why the file was refused.
    pub error: Option<String>,
    /// The error's code and help.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_detail: Option<Note>,
    /// Every report the file holds.
    pub reports: Vec<Report>,
}

/// A report of any kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[allow(clippy::large_enum_variant)]
pub enum Report {
    /// A DMARC aggregate report.
    DmarcAggregate(Aggregate),
    /// An SMTP TLS report.
    TlsRpt(TlsReport),
    /// A DMARC failure report.
    DmarcFailure(FailureReport),
}

/// A DMARC aggregate report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Aggregate {
    /// `draft`, `1.0` (RFC 7489) or `2.0` (RFC 9990).
    pub xml_schema: String,
    /// The reporting organization.
    pub org_name: String,
    /// Its contact address.
    pub org_email: Option<String>,
    /// More contact information.
    pub extra_contact_info: Option<String>,
    /// The report's identifier.
    pub report_id: String,
    /// The domain the report covers.
    pub domain: String,
    /// Start of the period, RFC 3339 UTC.
    pub begin: String,
    /// End of the period, RFC 3339 UTC.
    pub end: String,
    /// Start, seconds since 1970.
    pub begin_ts: i64,
    /// End, seconds since 1970.
    pub end_ts: i64,
    /// The software that wrote the report (RFC 9990).
    pub generator: Option<String>,
    /// Errors the reporter listed.
    pub errors: Vec<String>,
    /// Sum of the rows' counts.
    pub messages: u64,
    /// Messages whose evaluated DKIM or SPF result is pass.
    pub dmarc_pass: u64,
    /// Messages whose evaluated SPF result is pass.
    pub spf_aligned: u64,
    /// Messages whose evaluated DKIM result is pass.
    pub dkim_aligned: u64,
    /// Number of `record` elements.
    pub rows: u64,
    /// The policy the reporter saw.
    pub policy: Policy,
    /// The rows.
    pub records: Vec<Row>,
    /// The rows grouped by source IP, most messages first.
    pub sources: Vec<Source>,
    /// Tolerances applied while reading.
    pub notes: Vec<Note>,
}

/// The published policy as the reporter saw it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Policy {
    /// The domain the policy was found at.
    pub domain: String,
    /// DKIM alignment mode.
    pub adkim: Option<String>,
    /// SPF alignment mode.
    pub aspf: Option<String>,
    /// Policy.
    pub p: Option<String>,
    /// Subdomain policy.
    pub sp: Option<String>,
    /// Non-existent subdomain policy (RFC 9990).
    pub np: Option<String>,
    /// Percentage (RFC 7489).
    pub pct: Option<String>,
    /// Failure reporting options.
    pub fo: Option<String>,
    /// Testing flag (RFC 9990).
    pub testing: Option<String>,
    /// How the policy was found (RFC 9990: `psl` or `treewalk`).
    pub discovery_method: Option<String>,
}

/// One `record` of an aggregate report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The sending IP address.
    pub source_ip: String,
    /// Messages.
    pub count: u64,
    /// What the receiver did.
    pub disposition: String,
    /// Evaluated (aligned) DKIM result.
    pub dkim: String,
    /// Evaluated (aligned) SPF result.
    pub spf: String,
    /// Why the receiver overrode the policy.
    pub reasons: Vec<Reason>,
    /// RFC5322.From domain.
    pub header_from: String,
    /// RFC5321.MailFrom domain.
    pub envelope_from: Option<String>,
    /// Recipient domain.
    pub envelope_to: Option<String>,
    /// DKIM signatures checked.
    pub dkim_results: Vec<DkimResult>,
    /// SPF checks.
    pub spf_results: Vec<SpfResult>,
}

/// A policy override reason.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// `forwarded`, `local_policy`, ...
    #[serde(rename = "type")]
    pub kind: String,
    /// The reporter's comment.
    pub comment: Option<String>,
}

/// One DKIM check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DkimResult {
    /// The signing domain.
    pub domain: String,
    /// The selector.
    pub selector: Option<String>,
    /// The raw result.
    pub result: String,
    /// The reporter's explanation.
    pub human_result: Option<String>,
}

/// One SPF check.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SpfResult {
    /// The domain checked.
    pub domain: String,
    /// `mfrom` or `helo`.
    pub scope: Option<String>,
    /// The raw result.
    pub result: String,
}

/// The rows of one source IP, and what to do if it fails.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Source {
    /// The IP address.
    pub ip: String,
    /// Messages.
    pub messages: u64,
    /// Messages that passed DMARC.
    pub dmarc_pass: u64,
    /// Messages with aligned SPF pass.
    pub spf_aligned: u64,
    /// Messages with aligned DKIM pass.
    pub dkim_aligned: u64,
    /// Dispositions seen.
    pub dispositions: Vec<String>,
    /// Header-From domains.
    pub header_from: Vec<String>,
    /// Envelope-From domains.
    pub envelope_from: Vec<String>,
    /// DKIM signing domains.
    pub dkim_domains: Vec<String>,
    /// DKIM selectors.
    pub dkim_selectors: Vec<String>,
    /// The likely fix when some messages fail DMARC.
    pub fix: Option<explain::SourceFix>,
}

/// An SMTP TLS report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TlsReport {
    /// The reporting organization.
    pub org_name: String,
    /// The report's identifier.
    pub report_id: String,
    /// Contact information.
    pub contact_info: Option<String>,
    /// Start of the period, as written.
    pub begin: String,
    /// End of the period, as written.
    pub end: String,
    /// Sum of the policies' successful sessions.
    pub successful_sessions: u64,
    /// Sum of the policies' failed sessions.
    pub failed_sessions: u64,
    /// The policies.
    pub policies: Vec<TlsPolicy>,
    /// Tolerances applied while reading.
    pub notes: Vec<Note>,
}

/// One policy of a TLS report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TlsPolicy {
    /// `sts`, `tlsa` or `no-policy-found`.
    pub policy_type: String,
    /// The policy domain.
    pub policy_domain: Option<String>,
    /// The MTA-STS mode, from the policy string.
    pub mode: Option<String>,
    /// The policy text lines.
    pub policy_strings: Vec<String>,
    /// MX host patterns.
    pub mx_hosts: Vec<String>,
    /// Successful sessions.
    pub successful_sessions: u64,
    /// Failed sessions.
    pub failed_sessions: u64,
    /// The failures.
    pub failures: Vec<TlsFailure>,
    /// What to do before moving MTA-STS to enforce.
    pub advice: Option<String>,
}

/// One failure detail of a TLS report.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TlsFailure {
    /// The result type (`certificate-expired`...).
    pub result_type: String,
    /// What it means, in plain words.
    pub explanation: String,
    /// The sending MTA.
    pub sending_mta_ip: Option<String>,
    /// The receiving MX host name.
    pub receiving_mx_hostname: Option<String>,
    /// The receiving MX HELO.
    pub receiving_mx_helo: Option<String>,
    /// The receiving IP.
    pub receiving_ip: Option<String>,
    /// Failed sessions.
    pub failed_sessions: u64,
    /// Extra information.
    pub additional_information: Option<String>,
    /// The reporter's reason code.
    pub failure_reason_code: Option<String>,
}

/// A DMARC failure report (ARF).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FailureReport {
    /// The reporter (From of the report message).
    pub org_name: String,
    /// `auth-failure`...
    pub feedback_type: String,
    /// The failing mechanism (`dmarc`, `spf`, `dkim`...).
    pub auth_failure: Option<String>,
    /// The source IP.
    pub source_ip: Option<String>,
    /// The domain reported.
    pub reported_domain: Option<String>,
    /// The envelope sender of the reported message.
    pub original_mail_from: Option<String>,
    /// The envelope recipient.
    pub original_rcpt_to: Option<String>,
    /// When it arrived.
    pub arrival_date: Option<String>,
    /// The receiver's Authentication-Results.
    pub authentication_results: Option<String>,
    /// The DKIM domain checked.
    pub dkim_domain: Option<String>,
    /// The DKIM selector checked.
    pub dkim_selector: Option<String>,
    /// The SPF domain checked.
    pub spf_dns: Option<String>,
    /// What the receiver did.
    pub delivery_result: Option<String>,
    /// The reported message's headers.
    pub reported_headers: Vec<(String, String)>,
    /// The reported message's body, only when asked for.
    pub reported_body: Option<String>,
    /// Notes.
    pub notes: Vec<Note>,
}

/// Totals over a batch.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files given.
    pub files: u64,
    /// Files refused.
    pub errors: u64,
    /// DMARC aggregate reports.
    pub aggregate_reports: u64,
    /// TLS reports.
    pub tls_reports: u64,
    /// Failure reports.
    pub failure_reports: u64,
    /// Messages in all aggregate reports.
    pub messages: u64,
    /// Of which passed DMARC.
    pub dmarc_pass: u64,
    /// Of which aligned SPF passed.
    pub spf_aligned: u64,
    /// Of which aligned DKIM passed.
    pub dkim_aligned: u64,
    /// Aggregate rows.
    pub rows: u64,
    /// TLS sessions that succeeded.
    pub successful_sessions: u64,
    /// TLS sessions that failed.
    pub failed_sessions: u64,
}

impl Summary {
    /// Totals over these files.
    pub fn of(files: &[FileResult]) -> Summary {
        let mut s = Summary::default();
        for f in files {
            s.add(f);
        }
        s
    }

    /// Adds one file to the totals (to total a batch read one file at a time).
    pub fn add(&mut self, f: &FileResult) {
        let s = self;
        s.files += 1;
        if f.status != "ok" {
            s.errors += 1;
        }
        for r in &f.reports {
            match r {
                Report::DmarcAggregate(a) => {
                    s.aggregate_reports += 1;
                    s.messages += a.messages;
                    s.dmarc_pass += a.dmarc_pass;
                    s.spf_aligned += a.spf_aligned;
                    s.dkim_aligned += a.dkim_aligned;
                    s.rows += a.rows;
                }
                Report::TlsRpt(t) => {
                    s.tls_reports += 1;
                    s.successful_sessions += t.successful_sessions;
                    s.failed_sessions += t.failed_sessions;
                }
                Report::DmarcFailure(_) => s.failure_reports += 1,
            }
        }
    }
}

/// Reads one file's bytes: every report inside, or why it was refused.
pub fn read(file: &str, bytes: &[u8], opts: &Options) -> FileResult {
    file_result(file, parse::read_all(bytes, opts))
}

/// Reads one file from `reader` (`size` bytes long, for the decompression
/// ratio limit) without holding all of it: plain and gzipped aggregate XML
/// is parsed as it is read, so memory follows the report's rows, not the
/// file's size. Other content (zip, JSON, e-mail) is read whole first. The
/// result is the same as [`read`]'s; a failing reader gives the error
/// `report::read-error`.
pub fn read_from(file: &str, reader: impl std::io::Read, size: u64, opts: &Options) -> FileResult {
    file_result(file, parse::read_all_from(reader, size, opts))
}

fn file_result(file: &str, res: Result<Vec<Report>, Note>) -> FileResult {
    match res {
        Ok(reports) => FileResult {
            file: file.to_string(),
            status: "ok",
            error: None,
            error_detail: None,
            reports,
        },
        Err(e) => FileResult {
            file: file.to_string(),
            status: "error",
            error: Some(e.message.clone()),
            error_detail: Some(e),
            reports: Vec::new(),
        },
    }
}

/// Formats seconds since 1970 as RFC 3339 UTC (`2026-11-27T00:00:00Z`).
pub fn rfc3339(ts: i64) -> String {
    let [y, m, d, hh, mm, ss] = crate::text::utc_fields(ts);
    format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_711_897_200), "2024-03-31T15:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }
}
