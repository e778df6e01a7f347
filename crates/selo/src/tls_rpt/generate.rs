//! Writing TLS-RPT records, and where to publish them.

use super::TlsRpt;
use crate::DomainName;
use std::fmt;

impl fmt::Display for TlsRpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("v=TLSRPTv1; rua=")?;
        for (i, u) in self.rua.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(u.as_str())?;
        }
        for (k, v) in &self.extensions {
            write!(f, "; {k}={v}")?;
        }
        Ok(())
    }
}

/// Where the record is published: `_smtp._tls.<domain>` (RFC 8460 3).
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// assert_eq!(selo::tls_rpt::owner_name(&d).as_str(), "_smtp._tls.example.com");
/// ```
pub fn owner_name(domain: &DomainName) -> DomainName {
    let mut rest = domain.as_str();
    loop {
        if let Ok(d) = DomainName::try_from(format!("_smtp._tls.{rest}").as_str()) {
            return d;
        }
        // Only a name near the 253-byte limit gets here: drop leftmost
        // labels until the owner fits.
        match rest.split_once('.') {
            Some((_, r)) => rest = r,
            None => return DomainName::try_from("_smtp._tls").expect("a valid name"),
        }
    }
}
