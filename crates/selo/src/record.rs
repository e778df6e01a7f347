//! The record types Selo reads, by name ([`RecordType`]) and parsed
//! ([`Record`]), shared by the validator, the domain check and the fronts.

use crate::{Explanation, Text};
use crate::{bimi, dkim, dmarc, mta_sts, spf, tls_rpt};
use serde::Serialize;
use std::fmt;

/// The kinds of record and file Selo reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordType {
    /// DMARC policy record at `_dmarc.<domain>` (RFC 9989).
    Dmarc,
    /// DMARC external report authorization at `<domain>._report._dmarc.<dest>` (RFC 9989 / 9990).
    DmarcReportAuth,
    /// SPF record at `<domain>` (RFC 7208).
    Spf,
    /// DKIM public key at `<selector>._domainkey.<domain>` (RFC 6376).
    Dkim,
    /// BIMI assertion record at `<selector>._bimi.<domain>`.
    Bimi,
    /// MTA-STS TXT record at `_mta-sts.<domain>` (RFC 8461 3.1).
    MtaSts,
    /// MTA-STS policy file served at `https://mta-sts.<domain>/.well-known/mta-sts.txt` (RFC 8461 3.2).
    MtaStsPolicy,
    /// TLS-RPT record at `_smtp._tls.<domain>` (RFC 8460 3).
    TlsRpt,
}

impl RecordType {
    /// Every type, in menu order.
    pub const ALL: [RecordType; 8] = [
        RecordType::Dmarc,
        RecordType::Spf,
        RecordType::Dkim,
        RecordType::Bimi,
        RecordType::MtaSts,
        RecordType::MtaStsPolicy,
        RecordType::TlsRpt,
        RecordType::DmarcReportAuth,
    ];

    /// The name used on the command line and in URLs.
    ///
    /// ```
    /// use selo::RecordType;
    /// assert_eq!(RecordType::MtaStsPolicy.as_str(), "mta-sts-policy");
    /// assert_eq!("tls-rpt".parse::<RecordType>(), Ok(RecordType::TlsRpt));
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            RecordType::Dmarc => "dmarc",
            RecordType::DmarcReportAuth => "dmarc-report-auth",
            RecordType::Spf => "spf",
            RecordType::Dkim => "dkim",
            RecordType::Bimi => "bimi",
            RecordType::MtaSts => "mta-sts",
            RecordType::MtaStsPolicy => "mta-sts-policy",
            RecordType::TlsRpt => "tls-rpt",
        }
    }

    /// A name for people.
    pub const fn label(self) -> Text {
        match self {
            RecordType::Dmarc => Text::new("DMARC record", "Registo DMARC"),
            RecordType::DmarcReportAuth => Text::new(
                "DMARC report authorization record",
                "Registo de autorização de relatórios DMARC",
            ),
            RecordType::Spf => Text::new("SPF record", "Registo SPF"),
            RecordType::Dkim => Text::new("DKIM key record", "Registo de chave DKIM"),
            RecordType::Bimi => Text::new("BIMI record", "Registo BIMI"),
            RecordType::MtaSts => Text::new("MTA-STS record", "Registo MTA-STS"),
            RecordType::MtaStsPolicy => {
                Text::new("MTA-STS policy file", "Ficheiro de política MTA-STS")
            }
            RecordType::TlsRpt => Text::new("TLS-RPT record", "Registo TLS-RPT"),
        }
    }

    /// True for the policy file, which is not a DNS record.
    pub const fn is_file(self) -> bool {
        matches!(self, RecordType::MtaStsPolicy)
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for RecordType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.to_ascii_lowercase();
        Ok(match s.as_str() {
            "dmarc" => RecordType::Dmarc,
            "dmarc-report-auth" | "report-auth" => RecordType::DmarcReportAuth,
            "spf" => RecordType::Spf,
            "dkim" => RecordType::Dkim,
            "bimi" => RecordType::Bimi,
            "mta-sts" | "mtasts" | "sts" => RecordType::MtaSts,
            "mta-sts-policy" | "policy" => RecordType::MtaStsPolicy,
            "tls-rpt" | "tlsrpt" => RecordType::TlsRpt,
            _ => return Err(format!("unknown record type {s:?}")),
        })
    }
}

/// A parsed record of any type.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Record {
    /// DMARC policy record.
    Dmarc(dmarc::Dmarc),
    /// DMARC external report authorization.
    DmarcReportAuth(dmarc::ReportAuth),
    /// SPF record.
    Spf(spf::Spf),
    /// DKIM key record.
    Dkim(dkim::DkimKey),
    /// BIMI record.
    Bimi(bimi::Bimi),
    /// MTA-STS TXT record.
    MtaSts(mta_sts::MtaStsRecord),
    /// MTA-STS policy file.
    MtaStsPolicy(mta_sts::MtaStsPolicy),
    /// TLS-RPT record.
    TlsRpt(tls_rpt::TlsRpt),
}

impl Record {
    /// The record's type.
    pub fn kind(&self) -> RecordType {
        match self {
            Record::Dmarc(_) => RecordType::Dmarc,
            Record::DmarcReportAuth(_) => RecordType::DmarcReportAuth,
            Record::Spf(_) => RecordType::Spf,
            Record::Dkim(_) => RecordType::Dkim,
            Record::Bimi(_) => RecordType::Bimi,
            Record::MtaSts(_) => RecordType::MtaSts,
            Record::MtaStsPolicy(_) => RecordType::MtaStsPolicy,
            Record::TlsRpt(_) => RecordType::TlsRpt,
        }
    }

    /// The record explained tag by tag.
    pub fn explain(&self) -> Vec<Explanation> {
        match self {
            Record::Dmarc(r) => dmarc::explain(r),
            Record::DmarcReportAuth(r) => dmarc::explain_report_auth(r),
            Record::Spf(r) => spf::explain(r),
            Record::Dkim(r) => dkim::explain(r),
            Record::Bimi(r) => bimi::explain(r),
            Record::MtaSts(r) => mta_sts::explain_record(r),
            Record::MtaStsPolicy(r) => mta_sts::explain_policy(r),
            Record::TlsRpt(r) => tls_rpt::explain(r),
        }
    }
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Record::Dmarc(r) => r.fmt(f),
            Record::DmarcReportAuth(r) => r.fmt(f),
            Record::Spf(r) => r.fmt(f),
            Record::Dkim(r) => r.fmt(f),
            Record::Bimi(r) => r.fmt(f),
            Record::MtaSts(r) => r.fmt(f),
            Record::MtaStsPolicy(r) => r.fmt(f),
            Record::TlsRpt(r) => r.fmt(f),
        }
    }
}
