//! [`Bimi`] to text and the owner name.

use super::{Bimi, Selector, UriValue};
use crate::{DomainError, DomainName};
use std::fmt;

fn uri(v: &UriValue) -> &str {
    match v {
        UriValue::Empty => "",
        UriValue::Url(u) => u.as_str(),
    }
}

impl fmt::Display for Bimi {
    /// The canonical record: `v=BIMI1`, then `l`, `a`, `lps`, `avp` and
    /// unknown tags, separated by `"; "`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("v=BIMI1")?;
        if let Some(l) = &self.location {
            write!(f, "; l={}", uri(l))?;
        }
        if let Some(a) = &self.evidence {
            write!(f, "; a={}", uri(a))?;
        }
        if let Some(lps) = &self.local_part_selectors {
            let v: Vec<&str> = lps.iter().map(|p| p.as_str()).collect();
            write!(f, "; lps={}", v.join(","))?;
        }
        if let Some(avp) = self.avatar_preference {
            write!(f, "; avp={}", avp.as_str())?;
        }
        for t in &self.unknown {
            write!(f, "; {}={}", t.name(), t.value())?;
        }
        Ok(())
    }
}

/// The selector used when a message names none: `default`.
///
/// ```
/// assert_eq!(selo::bimi::default_selector().as_str(), "default");
/// ```
pub fn default_selector() -> Selector {
    Selector::try_from("default").expect("\"default\" is a valid selector")
}

/// Where a BIMI record is published: `<selector>._bimi.<domain>`.
///
/// Fails only when the name would be longer than DNS allows (253 bytes).
///
/// ```
/// use selo::bimi::{default_selector, owner_name};
/// let d = selo::DomainName::try_from("example.com").unwrap();
/// assert_eq!(owner_name(&default_selector(), &d).unwrap().as_str(), "default._bimi.example.com");
/// ```
pub fn owner_name(selector: &Selector, domain: &DomainName) -> Result<DomainName, DomainError> {
    domain.prefixed(&format!("{}._bimi", selector.as_str()))
}
