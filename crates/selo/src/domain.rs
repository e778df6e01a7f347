//! Domain names as they appear in email-authentication records.

use serde::Serialize;
use std::fmt;

/// A syntactically valid DNS domain name in ASCII (A-label) form, without the
/// final dot.
///
/// Labels are 1 to 63 bytes of letters, digits, hyphens and underscores (the
/// underscore appears in `_dmarc`, `_domainkey` and friends); the whole name
/// is at most 253 bytes. Names are kept as written; compare with
/// [`DomainName::eq_ignore_case`].
///
/// ```
/// use selo::DomainName;
/// let d = DomainName::try_from("Example.COM.").unwrap();
/// assert_eq!(d.as_str(), "Example.COM");
/// assert!(DomainName::try_from("exa mple.com").is_err());
/// assert!(DomainName::try_from("").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct DomainName(String);

/// Why a text is not a domain name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DomainError {
    /// Nothing was given.
    Empty,
    /// Longer than 253 bytes.
    TooLong,
    /// A label is empty (two dots in a row, or a leading dot).
    EmptyLabel,
    /// A label is longer than 63 bytes.
    LabelTooLong,
    /// A character other than a letter, digit, `-` or `_`.
    BadCharacter,
    /// A character outside ASCII: the name must be written in its `xn--` form.
    NotAscii,
    /// A label starts or ends with `-`.
    HyphenAtEdge,
    /// An internationalized name that IDNA (UTS #46) cannot convert to its
    /// `xn--` form.
    NotIdna,
}

impl DomainError {
    /// What is wrong, in both languages.
    pub const fn text(self) -> crate::Text {
        use crate::Text;
        match self {
            DomainError::Empty => {
                Text::new("the domain name is empty", "o nome de domínio está vazio")
            }
            DomainError::TooLong => Text::new(
                "the domain name is longer than 253 characters",
                "o nome de domínio tem mais de 253 carateres",
            ),
            DomainError::EmptyLabel => Text::new(
                "the domain name has an empty label (two dots in a row?)",
                "o nome de domínio tem uma parte vazia (dois pontos seguidos?)",
            ),
            DomainError::LabelTooLong => Text::new(
                "a label of the domain name is longer than 63 characters",
                "uma parte do nome de domínio tem mais de 63 carateres",
            ),
            DomainError::BadCharacter => Text::new(
                "the domain name holds a character other than letters, digits, '-', '_' and '.'",
                "o nome de domínio contém um caráter que não é letra, algarismo, '-', '_' nem '.'",
            ),
            DomainError::NotAscii => Text::new(
                "the domain name holds non-ASCII characters; write it in its xn-- (punycode) form",
                "o nome de domínio contém carateres não ASCII; escreva-o na forma xn-- (punycode)",
            ),
            DomainError::HyphenAtEdge => Text::new(
                "a label of the domain name starts or ends with '-'",
                "uma parte do nome de domínio começa ou acaba com '-'",
            ),
            DomainError::NotIdna => Text::new(
                "the domain name is not a valid internationalized domain name",
                "o nome de domínio não é um nome de domínio internacionalizado válido",
            ),
        }
    }
}

impl crate::Localized for DomainError {
    fn message_in(&self, lang: crate::Lang) -> String {
        self.text().get(lang).to_string()
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().en)
    }
}

impl std::error::Error for DomainError {}

impl DomainName {
    /// The name as written, without the final dot.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Compares two names without regard to ASCII case (DNS names are
    /// case-insensitive).
    pub fn eq_ignore_case(&self, other: &DomainName) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }

    /// The labels, left to right.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.0.split('.')
    }

    /// `prefix.self`, for owner names like `_dmarc.example.com`.
    ///
    /// ```
    /// use selo::DomainName;
    /// let d = DomainName::try_from("example.com").unwrap();
    /// assert_eq!(d.prefixed("_dmarc").unwrap().as_str(), "_dmarc.example.com");
    /// ```
    pub fn prefixed(&self, prefix: &str) -> Result<DomainName, DomainError> {
        DomainName::try_from(format!("{prefix}.{}", self.0).as_str())
    }
}

/// The name to query for a name a person typed: surrounding spaces and the
/// final dot dropped, converted by IDNA (UTS #46: lowercase, each Unicode
/// label in its `xn--` form). The page, the workers and the command all
/// query what this returns. The syntax is not checked here (see [`check`]).
///
/// ```
/// use selo::domain::{to_ascii, to_unicode};
/// assert_eq!(to_ascii(" Bücher.Example. ").unwrap(), "xn--bcher-kva.example");
/// assert_eq!(to_ascii("Example.COM").unwrap(), "example.com");
/// assert_eq!(to_unicode("xn--bcher-kva.example"), "bücher.example");
/// assert!(to_ascii(" . ").is_err());
/// ```
pub fn to_ascii(typed: &str) -> Result<String, DomainError> {
    let typed = typed.trim().trim_end_matches('.');
    if typed.is_empty() {
        return Err(DomainError::Empty);
    }
    idna::domain_to_ascii(typed).map_err(|_| DomainError::NotIdna)
}

/// The name to show for a name in ASCII: each `xn--` label in Unicode
/// (IDNA, UTS #46).
pub fn to_unicode(ascii: &str) -> String {
    idna::domain_to_unicode(ascii).0
}

/// Checks the syntax of a domain name (see [`DomainName`]).
pub fn check(s: &str) -> Result<(), DomainError> {
    let s = s.strip_suffix('.').unwrap_or(s);
    if s.is_empty() {
        return Err(DomainError::Empty);
    }
    if !s.is_ascii() {
        return Err(DomainError::NotAscii);
    }
    if s.len() > 253 {
        return Err(DomainError::TooLong);
    }
    for label in s.split('.') {
        if label.is_empty() {
            return Err(DomainError::EmptyLabel);
        }
        if label.len() > 63 {
            return Err(DomainError::LabelTooLong);
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(DomainError::BadCharacter);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(DomainError::HyphenAtEdge);
        }
    }
    Ok(())
}

/// The last two labels of a name (a trailing dot ignored): its
/// organizational part, roughly, for guesses that may not cost a DNS walk
/// (which sending service a domain belongs to, whether a report's domain is
/// the policy's).
///
/// ```
/// use selo::domain::last_two_labels;
/// assert_eq!(last_two_labels("a.b.example.com."), "example.com");
/// assert_eq!(last_two_labels("localhost"), "localhost");
/// ```
pub fn last_two_labels(name: &str) -> &str {
    let name = name.trim_end_matches('.');
    match name.rmatch_indices('.').nth(1) {
        Some((i, _)) => &name[i + 1..],
        None => name,
    }
}

/// True when `name` is `parent` or a name below it (both lowercase, no
/// trailing dot).
///
/// ```
/// use selo::domain::at_or_below;
/// assert!(at_or_below("mail.example.com", "example.com"));
/// assert!(at_or_below("example.com", "example.com"));
/// assert!(!at_or_below("badexample.com", "example.com"));
/// ```
pub fn at_or_below(name: &str, parent: &str) -> bool {
    name == parent || name.ends_with(&format!(".{parent}"))
}

impl TryFrom<&str> for DomainName {
    type Error = DomainError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let s = s.trim();
        check(s)?;
        Ok(DomainName(s.strip_suffix('.').unwrap_or(s).to_string()))
    }
}

impl std::str::FromStr for DomainName {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DomainName::try_from(s)
    }
}

impl fmt::Display for DomainName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A DKIM or BIMI selector: one or more DNS labels, like `s2048` or
/// `2026.marketing` (re-exported as `dkim::Selector` and `bimi::Selector`).
///
/// ```
/// use selo::domain::Selector;
/// assert_eq!(Selector::try_from("Brisbane").unwrap().as_str(), "Brisbane");
/// assert!(Selector::try_from("a..b").is_err());
/// assert!(Selector::try_from("").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Selector(String);

impl Selector {
    /// The selector as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Selector {
    type Error = DomainError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let s = s.trim();
        if s.ends_with('.') {
            return Err(DomainError::EmptyLabel);
        }
        check(s)?;
        Ok(Selector(s.to_string()))
    }
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        for (s, ok) in [
            ("example.com", Ok(())),
            ("_dmarc.example.com.", Ok(())),
            ("a..b", Err(DomainError::EmptyLabel)),
            ("-a.com", Err(DomainError::HyphenAtEdge)),
            ("exämple.com", Err(DomainError::NotAscii)),
            ("a b.com", Err(DomainError::BadCharacter)),
            (".", Err(DomainError::Empty)),
        ] {
            assert_eq!(check(s), ok, "{s}");
        }
        assert_eq!(
            check(&format!("{}.com", "a".repeat(64))),
            Err(DomainError::LabelTooLong)
        );
        assert_eq!(check(&["abc"; 70].join(".")), Err(DomainError::TooLong));
    }
}
