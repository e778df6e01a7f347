//! Writing MTA-STS records and policy files, and where to publish them.

use super::{MtaStsPolicy, MtaStsRecord, MxPattern, StsId};
use crate::{DomainError, DomainName};
use std::fmt;

impl fmt::Display for MtaStsRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v=STSv1; id={}", self.id)?;
        for (k, v) in &self.extensions {
            write!(f, "; {k}={v}")?;
        }
        Ok(())
    }
}

impl fmt::Display for MtaStsPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "version: {}\r\nmode: {}\r\n", self.version, self.mode)?;
        for mx in &self.mx {
            write!(f, "mx: {mx}\r\n")?;
        }
        write!(f, "max_age: {}\r\n", self.max_age)?;
        for (k, v) in &self.extensions {
            write!(f, "{k}: {v}\r\n")?;
        }
        Ok(())
    }
}

/// Where the TXT record is published: `_mta-sts.<domain>` (RFC 8461 3.1),
/// or an error when that name would be longer than DNS allows.
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// assert_eq!(selo::mta_sts::record_owner(&d).unwrap().as_str(), "_mta-sts.example.com");
/// ```
pub fn record_owner(domain: &DomainName) -> Result<DomainName, DomainError> {
    domain.prefixed("_mta-sts")
}

/// The host serving the policy file: `mta-sts.<domain>` (RFC 8461 3.2), or
/// an error when that name would be longer than DNS allows.
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// assert_eq!(selo::mta_sts::policy_host(&d).unwrap().as_str(), "mta-sts.example.com");
/// ```
pub fn policy_host(domain: &DomainName) -> Result<DomainName, DomainError> {
    domain.prefixed("mta-sts")
}

/// The policy file's URL: `https://mta-sts.<domain>/.well-known/mta-sts.txt`
/// (RFC 8461 3.2).
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// assert_eq!(
///     selo::mta_sts::policy_url(&d).unwrap(),
///     "https://mta-sts.example.com/.well-known/mta-sts.txt"
/// );
/// ```
pub fn policy_url(domain: &DomainName) -> Result<String, DomainError> {
    Ok(format!(
        "https://{}/.well-known/mta-sts.txt",
        policy_host(domain)?
    ))
}

/// A fresh `id` from a time: the UTC timestamp `YYYYMMDDTHHMMSS`, for
/// example `20260101T120000`. Use the current time each time the policy
/// changes.
///
/// ```
/// use selo::mta_sts::new_id;
/// assert_eq!(new_id(0).as_str(), "19700101T000000");
/// assert_eq!(new_id(1_767_268_800).as_str(), "20260101T120000");
/// ```
pub fn new_id(unix_seconds: u64) -> StsId {
    let ts = i64::try_from(unix_seconds).unwrap_or(i64::MAX);
    let [y, m, d, hh, mm, ss] = crate::text::utc_fields(ts);
    let id = format!("{y:04}{m:02}{d:02}T{hh:02}{mm:02}{ss:02}");
    StsId::try_from(id.as_str()).expect("a timestamp is letters and digits, under 32 characters")
}

/// Does an MX host name match a policy's `mx` pattern (RFC 8461 4.1)?
///
/// Names compare without regard to ASCII case and a final dot; a `*.`
/// pattern matches exactly one extra leftmost label.
///
/// ```
/// use selo::mta_sts::{mx_matches, MxPattern};
/// let p = MxPattern::try_from("*.example.com").unwrap();
/// assert!(mx_matches(&p, "mail.example.com"));
/// assert!(!mx_matches(&p, "example.com"));
/// assert!(!mx_matches(&p, "foo.bar.example.com"));
/// ```
pub fn mx_matches(pattern: &MxPattern, host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    match pattern.as_str().strip_prefix("*.") {
        Some(suffix) => match host.split_once('.') {
            Some((first, rest)) => {
                !first.is_empty() && first != "*" && rest.eq_ignore_ascii_case(suffix)
            }
            None => false,
        },
        None => host.eq_ignore_ascii_case(pattern.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_match_known_days() {
        for (secs, want) in [
            (0, "19700101T000000"),
            (951_782_400, "20000229T000000"), // leap day of a century leap year
            (951_868_800, "20000301T000000"),
            (1_709_164_800, "20240229T000000"),
            (1_735_689_599, "20241231T235959"),
            (1_735_689_600, "20250101T000000"),
            (1_767_268_800, "20260101T120000"),
            (4_107_542_400, "21000301T000000"), // 2100 is not a leap year
            (4_107_456_000, "21000228T000000"),
            (253_402_300_799, "99991231T235959"),
        ] {
            assert_eq!(new_id(secs).as_str(), want, "{secs}");
        }
        // Far future: longer year, still a valid id.
        assert!(new_id(u64::MAX).as_str().len() <= 32);
    }

    #[test]
    fn mx_matching_follows_rfc_8461_4_1() {
        let plain = MxPattern::try_from("Mail.Example.com").unwrap();
        assert!(mx_matches(&plain, "mail.example.com."));
        assert!(!mx_matches(&plain, "mail2.example.com"));
        let wild = MxPattern::try_from("*.example.net").unwrap();
        for (host, want) in [
            ("mx1.example.net", true),
            ("MX1.EXAMPLE.NET.", true),
            ("example.net", false),
            ("a.b.example.net", false),
            (".example.net", false),
            ("mx1.example.org", false),
            ("mx1example.net", false),
        ] {
            assert_eq!(mx_matches(&wild, host), want, "{host}");
        }
    }

    #[test]
    fn owners_and_urls() {
        let d = DomainName::try_from("example.pt").unwrap();
        assert_eq!(record_owner(&d).unwrap().as_str(), "_mta-sts.example.pt");
        assert_eq!(
            policy_url(&d).unwrap(),
            "https://mta-sts.example.pt/.well-known/mta-sts.txt"
        );
        let name = format!(
            "{}.{}",
            ["a".repeat(63).as_str(); 3].join("."),
            "b".repeat(60)
        );
        let long = DomainName::try_from(name.as_str()).unwrap();
        // No shorter name stands in for one DNS cannot hold.
        assert_eq!(record_owner(&long), Err(DomainError::TooLong));
        assert!(policy_url(&long).is_err());
    }
}
