//! Model to text: the canonical record, and where to publish it.

use super::{Dmarc, ReportAuth, ReportUri, UnknownTag};
use crate::{DomainError, DomainName};
use std::fmt;

fn write_list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, items: &[T], sep: &str) -> fmt::Result {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(sep)?;
        }
        item.fmt(f)?;
    }
    Ok(())
}

impl fmt::Display for Dmarc {
    /// Writes `v=DMARC1; p=...; sp=...; np=...; psd=...; t=...; adkim=...;
    /// aspf=...; fo=...; rua=...; ruf=...` and then the other tags in order,
    /// leaving out the tags that are not set.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("v=DMARC1")?;
        if let Some(p) = self.policy {
            write!(f, "; p={p}")?;
        }
        if let Some(p) = self.subdomain_policy {
            write!(f, "; sp={p}")?;
        }
        if let Some(p) = self.nonexistent_policy {
            write!(f, "; np={p}")?;
        }
        if let Some(p) = self.psd {
            write!(f, "; psd={p}")?;
        }
        if let Some(t) = self.testing {
            write!(f, "; t={}", if t { "y" } else { "n" })?;
        }
        if let Some(a) = self.adkim {
            write!(f, "; adkim={a}")?;
        }
        if let Some(a) = self.aspf {
            write!(f, "; aspf={a}")?;
        }
        if !self.failure_options.is_empty() {
            f.write_str("; fo=")?;
            write_list(f, &self.failure_options, ":")?;
        }
        write_reports_and_others(f, &self.rua, &self.ruf, &self.other)
    }
}

/// The tail both DMARC records end with: `rua`, `ruf` (when set), then the
/// other tags as written.
fn write_reports_and_others(
    f: &mut fmt::Formatter<'_>,
    rua: &[ReportUri],
    ruf: &[ReportUri],
    other: &[UnknownTag],
) -> fmt::Result {
    if !rua.is_empty() {
        f.write_str("; rua=")?;
        write_list(f, rua, ",")?;
    }
    if !ruf.is_empty() {
        f.write_str("; ruf=")?;
        write_list(f, ruf, ",")?;
    }
    for t in other {
        write!(f, "; {t}")?;
    }
    Ok(())
}

impl fmt::Display for ReportAuth {
    /// Writes `v=DMARC1`, then `rua`, `ruf` and the other tags.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("v=DMARC1")?;
        write_reports_and_others(f, &self.rua, &self.ruf, &self.other)
    }
}

/// Where a domain's DMARC record is published: `_dmarc.<domain>`, or an
/// error when that name would be longer than DNS allows (a domain of over
/// 246 bytes, which cannot hold a DMARC record).
///
/// ```
/// use selo::{dmarc, DomainName};
/// let d = DomainName::try_from("example.com").unwrap();
/// assert_eq!(dmarc::owner_name(&d).unwrap().as_str(), "_dmarc.example.com");
/// ```
pub fn owner_name(domain: &DomainName) -> Result<DomainName, DomainError> {
    domain.prefixed("_dmarc")
}

/// Where `destination` publishes its consent to receive reports about
/// `domain`: `<domain>._report._dmarc.<destination>` (RFC 9990 4), or an
/// error when the name exceeds DNS limits (in which case receivers cannot
/// confirm the arrangement, and send no reports there). The record to
/// publish there is `v=DMARC1;` ([`super::ReportAuth::default`]).
///
/// ```
/// use selo::{dmarc, DomainName};
/// let d = DomainName::try_from("example.com").unwrap();
/// let dest = DomainName::try_from("thirdparty.example.net").unwrap();
/// assert_eq!(
///     dmarc::report_auth_owner(&d, &dest).unwrap().as_str(),
///     "example.com._report._dmarc.thirdparty.example.net"
/// );
/// ```
pub fn report_auth_owner(
    domain: &DomainName,
    destination: &DomainName,
) -> Result<DomainName, DomainError> {
    DomainName::try_from(format!("{domain}._report._dmarc.{destination}").as_str())
}

/// True when `a` and `b` are the same name or one is a subdomain of the
/// other, ignoring case.
fn same_family(a: &DomainName, b: &DomainName) -> bool {
    let a = a.as_str().to_ascii_lowercase();
    let b = b.as_str().to_ascii_lowercase();
    a == b || a.ends_with(&format!(".{b}")) || b.ends_with(&format!(".{a}"))
}

/// The report destinations of `record` (the domains of its `rua` and `ruf`
/// addresses) that lie outside `domain`, each once, in order.
///
/// Each one must publish a report authorization record at
/// [`report_auth_owner`]`(domain, destination)`, or receivers send it no
/// reports (RFC 9990 4).
///
/// RFC 9990 compares organizational domains, which needs the public suffix
/// list; this function keeps it simple: a destination counts as inside when
/// it equals `domain` or one of the two names ends with the other (so
/// `reports.example.com` is inside `example.com`, and `example.com` is
/// inside `mail.example.com`). Sibling subdomains (`a.example.com` for
/// `b.example.com`) are listed as outside, which at worst asks for an
/// authorization record that is not needed.
///
/// ```
/// use selo::{dmarc, DomainName};
/// let r = dmarc::parse(
///     "v=DMARC1; p=none; rua=mailto:a@example.com,mailto:b@reports.example.net; ruf=mailto:c@Reports.Example.net",
/// ).value.unwrap();
/// let d = DomainName::try_from("example.com").unwrap();
/// let out = dmarc::external_destinations(&r, &d);
/// assert_eq!(out.len(), 1);
/// assert_eq!(out[0].as_str(), "reports.example.net");
/// ```
pub fn external_destinations(record: &Dmarc, domain: &DomainName) -> Vec<DomainName> {
    let mut out: Vec<DomainName> = Vec::new();
    for uri in record.rua.iter().chain(&record.ruf) {
        let Some(dest) = ReportUri::domain(uri) else {
            continue;
        };
        if !same_family(&dest, domain) && !out.iter().any(|d| d.eq_ignore_case(&dest)) {
            out.push(dest);
        }
    }
    out
}
