//! DKIM keys hosted by a mail provider: the CNAME records that point a
//! selector of your domain at the provider's key, which the provider then
//! rotates without you touching DNS again.
//!
//! The names follow each provider's published conventions; the provider's
//! own console shows the exact targets for an account and is the authority.

use super::Selector;
use crate::{DomainError, DomainName};

/// One CNAME record: `owner` is an alias of `target`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delegation {
    /// The selector's name in your zone, like `selector1._domainkey.example.com`.
    pub owner: DomainName,
    /// Where it points, at the provider.
    pub target: DomainName,
}

fn selector_owner(selector: &str, domain: &DomainName) -> Result<DomainName, DomainError> {
    super::owner_name(&Selector::try_from(selector)?, domain)
}

fn pair(
    domain: &DomainName,
    selectors: [&str; 2],
    targets: [String; 2],
) -> Result<[Delegation; 2], DomainError> {
    let [s1, s2] = selectors;
    let [t1, t2] = targets;
    Ok([
        Delegation {
            owner: selector_owner(s1, domain)?,
            target: DomainName::try_from(t1.as_str())?,
        },
        Delegation {
            owner: selector_owner(s2, domain)?,
            target: DomainName::try_from(t2.as_str())?,
        },
    ])
}

/// Microsoft 365: `selector1` and `selector2` of the custom domain.
///
/// `tenant` is the initial domain's prefix (`contoso` for
/// `contoso.onmicrosoft.com`). With `partition` `None`, the targets use the
/// format of domains added before May 2025,
/// `selector1-<domain-with-dashes>._domainkey.<tenant>.onmicrosoft.com`;
/// with `Some(c)` (the character Microsoft assigns, such as `r` or `n`),
/// the newer format
/// `selector1-<domain-with-dashes>._domainkey.<tenant>.<c>-v1.dkim.mail.microsoft`.
///
/// ```
/// use selo::DomainName;
/// use selo::dkim::delegation::microsoft365;
/// let d = DomainName::try_from("contoso.com").unwrap();
/// let [s1, s2] = microsoft365(&d, "contoso", None).unwrap();
/// assert_eq!(s1.owner.as_str(), "selector1._domainkey.contoso.com");
/// assert_eq!(s1.target.as_str(), "selector1-contoso-com._domainkey.contoso.onmicrosoft.com");
/// assert_eq!(s2.target.as_str(), "selector2-contoso-com._domainkey.contoso.onmicrosoft.com");
/// let [n1, _] = microsoft365(&d, "contoso", Some("r")).unwrap();
/// assert_eq!(n1.target.as_str(), "selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft");
/// assert!(microsoft365(&d, "bad tenant", None).is_err());
/// ```
pub fn microsoft365(
    domain: &DomainName,
    tenant: &str,
    partition: Option<&str>,
) -> Result<[Delegation; 2], DomainError> {
    let tenant = tenant.trim();
    // One label only: the tenant prefix, not the whole initial domain.
    if tenant.contains('.') {
        return Err(DomainError::BadCharacter);
    }
    let dashed = domain.as_str().replace('.', "-");
    let zone = match partition.map(str::trim) {
        None => format!("{tenant}.onmicrosoft.com"),
        Some(c) => {
            if c.contains('.') {
                return Err(DomainError::BadCharacter);
            }
            format!("{tenant}.{c}-v1.dkim.mail.microsoft")
        }
    };
    pair(
        domain,
        ["selector1", "selector2"],
        [
            format!("selector1-{dashed}._domainkey.{zone}"),
            format!("selector2-{dashed}._domainkey.{zone}"),
        ],
    )
}

/// Mailchimp (and Mandrill): `k2` and `k3`, pointing at `dkim2.mcsv.net`
/// and `dkim3.mcsv.net`.
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// let [k2, k3] = selo::dkim::delegation::mailchimp(&d).unwrap();
/// assert_eq!(k2.owner.as_str(), "k2._domainkey.example.com");
/// assert_eq!(k2.target.as_str(), "dkim2.mcsv.net");
/// assert_eq!(k3.target.as_str(), "dkim3.mcsv.net");
/// ```
pub fn mailchimp(domain: &DomainName) -> Result<[Delegation; 2], DomainError> {
    pair(
        domain,
        ["k2", "k3"],
        ["dkim2.mcsv.net".into(), "dkim3.mcsv.net".into()],
    )
}

/// SendGrid (automated security on): `s1` and `s2`, pointing at
/// `s1.domainkey.<account>.sendgrid.net`, where `<account>` is the part
/// SendGrid shows for the account, like `u1234567.wl123`.
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// let [s1, s2] = selo::dkim::delegation::sendgrid(&d, "u1234567.wl123").unwrap();
/// assert_eq!(s1.owner.as_str(), "s1._domainkey.example.com");
/// assert_eq!(s1.target.as_str(), "s1.domainkey.u1234567.wl123.sendgrid.net");
/// assert_eq!(s2.target.as_str(), "s2.domainkey.u1234567.wl123.sendgrid.net");
/// assert!(selo::dkim::delegation::sendgrid(&d, "").is_err());
/// ```
pub fn sendgrid(domain: &DomainName, account: &str) -> Result<[Delegation; 2], DomainError> {
    let account = account.trim().trim_matches('.');
    if account.is_empty() {
        return Err(DomainError::Empty);
    }
    pair(
        domain,
        ["s1", "s2"],
        [
            format!("s1.domainkey.{account}.sendgrid.net"),
            format!("s2.domainkey.{account}.sendgrid.net"),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_dashes_every_dot_of_a_subdomain() {
        let d = DomainName::try_from("marketing.contoso.com").unwrap();
        let [s1, _] = microsoft365(&d, "contoso", None).unwrap();
        assert_eq!(
            s1.target.as_str(),
            "selector1-marketing-contoso-com._domainkey.contoso.onmicrosoft.com"
        );
        for (tenant, partition) in [("", None), ("a.b", None), ("contoso", Some("r.x"))] {
            assert!(microsoft365(&d, tenant, partition).is_err(), "{tenant:?}");
        }
    }
}
