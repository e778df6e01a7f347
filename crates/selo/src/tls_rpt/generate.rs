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

/// Where the record is published: `_smtp._tls.<domain>` (RFC 8460 3), or
/// an error when that name would be longer than DNS allows.
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// assert_eq!(selo::tls_rpt::owner_name(&d).unwrap().as_str(), "_smtp._tls.example.com");
/// ```
pub fn owner_name(domain: &DomainName) -> Result<DomainName, crate::DomainError> {
    domain.prefixed("_smtp._tls")
}
