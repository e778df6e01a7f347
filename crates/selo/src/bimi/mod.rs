//! BIMI assertion records: the TXT record at `<selector>._bimi.<domain>`
//! (selector `default` unless the sender says otherwise) that points
//! mailbox providers at a brand logo and the certificate backing it.
//!
//! From the BIMI draft (draft-brand-indicators-for-message-identification,
//! section 4.3):
//!
//! ```text
//! bimi-record = bimi-version (bimi-sep bimi-location)
//!               [(bimi-sep bimi-evidence-location)] [(local-part-selector)]
//!               [(bimi-sep bimi-logo-preference)] [bimi-sep]
//!   ; components other than bimi-version may appear in any order
//! bimi-sep               = *WSP ";" *WSP
//! bimi-version           = "v" *WSP "=" *WSP "BIMI1"
//! bimi-location          = "l" *WSP "=" *WSP [bimi-uri]        ; HTTPS, SVG
//! bimi-evidence-location = "a" *WSP "=" *WSP [bimi-uri]        ; HTTPS, VMC/CMC PEM
//! local-part-selector    = "lps" *WSP "=" *WSP *1local-part-prefix-list
//! local-part-prefix-list = local-part-prefix *[ *WSP ',' *WSP local-part-prefix ]
//! local-part-prefix      = 1*63local-part-text
//! local-part-text        = ALPHA / DIGIT / '-'
//! bimi-logo-preference   = "avp" *WSP "=" *WSP %s "personal"/"brand"
//! ```
//!
//! `v=BIMI1; l=; a=;` declines to show a logo (section 4.3.1). A logo is
//! only shown for mail passing DMARC under an enforced policy (section 7.1).
//!
//! ```
//! let p = selo::bimi::parse("v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem");
//! assert!(p.is_valid());
//! assert!(p.has("bimi::needs-dmarc"));
//! ```

mod explain;
mod generate;
mod lint;
mod messages;
mod parse;

pub use crate::domain::Selector;
pub use explain::explain;
pub use generate::{default_selector, owner_name};
pub use lint::lint_model as lint;
pub use messages::MESSAGES;
pub(crate) use messages::WRONG_OWNER;
pub use parse::parse;

use crate::Lang;
use serde::Serialize;
use std::fmt;

/// An `https://` URL with a domain-name host and nothing a URL cannot hold
/// unencoded (no `,` or `;` in particular).
///
/// ```
/// use selo::bimi::HttpsUrl;
/// assert!(HttpsUrl::try_from("https://example.com/logo.svg").is_ok());
/// assert!(HttpsUrl::try_from("http://example.com/logo.svg").is_err());
/// assert!(HttpsUrl::try_from("https://example.com/a,b.svg").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct HttpsUrl(String);

impl HttpsUrl {
    /// The URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Keeps the text as read; the parser reports its problems separately.
    pub(crate) fn raw(s: &str) -> Self {
        HttpsUrl(s.to_string())
    }

    /// The lower-cased extension of the last path segment (`svg`, `pem`...).
    pub fn extension(&self) -> Option<String> {
        let rest = self.0.split_once("//").map_or(self.0.as_str(), |(_, r)| r);
        let path = rest.split(['?', '#']).next().unwrap_or("");
        let (_, path) = path.split_once('/')?;
        let last = path.rsplit('/').next().unwrap_or("");
        let (_, ext) = last.rsplit_once('.')?;
        Some(ext.to_ascii_lowercase())
    }
}

/// True when `s` starts with `https:` (any case).
pub(crate) fn is_https(s: &str) -> bool {
    s.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("https:"))
}

/// [`crate::uri::check_https`], guarded against text it cannot slice
/// (`crate::uri::scheme` slices 7 bytes, which may split a character).
pub(crate) fn check_https(s: &str) -> Result<(), crate::uri::UriProblem> {
    if !is_https(s) {
        return Err(crate::uri::UriProblem::NoScheme);
    }
    if s.len() >= 7 && !s.is_char_boundary(7) {
        return Err(crate::uri::UriProblem::NoHost);
    }
    crate::uri::check_https(s)
}

impl TryFrom<&str> for HttpsUrl {
    type Error = crate::ValueError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        use crate::Localized;
        check_https(s).map_err(|e| {
            crate::ValueError::with_reason(s, e.message_in(Lang::En), e.message_in(Lang::Pt))
        })?;
        Ok(HttpsUrl(s.to_string()))
    }
}

impl fmt::Display for HttpsUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The value of `l=` or `a=`: empty, or one HTTPS URL.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UriValue {
    /// `l=` or `a=` with no value.
    Empty,
    /// A URL.
    Url(HttpsUrl),
}

impl UriValue {
    /// The URL, if any.
    pub fn url(&self) -> Option<&HttpsUrl> {
        match self {
            UriValue::Empty => None,
            UriValue::Url(u) => Some(u),
        }
    }
}

/// `avp=`: whether to show the brand logo or the sender's personal avatar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AvatarPreference {
    /// `brand` (the default): show the BIMI logo.
    Brand,
    /// `personal`: show the sender's personal avatar when there is one.
    Personal,
}

impl AvatarPreference {
    /// `brand` or `personal`.
    pub fn as_str(self) -> &'static str {
        match self {
            AvatarPreference::Brand => "brand",
            AvatarPreference::Personal => "personal",
        }
    }
}

/// A local-part prefix of `lps=`: 1 to 63 letters, digits or `-`.
///
/// ```
/// use selo::bimi::LocalPartPrefix;
/// assert!(LocalPartPrefix::try_from("brand-indicators-").is_ok());
/// assert!(LocalPartPrefix::try_from("help_desk").is_err());
/// assert!(LocalPartPrefix::try_from("").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct LocalPartPrefix(String);

impl LocalPartPrefix {
    /// The prefix.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for LocalPartPrefix {
    type Error = crate::ValueError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        if (1..=63).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            Ok(LocalPartPrefix(s.to_string()))
        } else {
            Err(crate::ValueError::new(
                s,
                crate::Text::new(
                    "a local-part prefix is 1 to 63 letters, digits or '-'",
                    "um prefixo de parte local tem 1 a 63 letras, algarismos ou '-'",
                ),
            ))
        }
    }
}

pub(crate) const KNOWN_TAGS: &[&str] = &["v", "l", "a", "lps", "avp"];

crate::taglist::unknown_tag_type! {
    /// A tag BIMI does not define, kept so that parsing then writing loses
    /// nothing.
    ///
    /// ```
    /// use selo::bimi::UnknownTag;
    /// assert!(UnknownTag::new("x", "1").is_ok());
    /// assert!(UnknownTag::new("l", "1").is_err(), "l= is a known tag");
    /// ```
}

impl UnknownTag {
    /// A tag named `name` (a letter, then letters, digits, `_`) that BIMI
    /// does not define, with a value free of `;`.
    pub fn new(name: &str, value: &str) -> Result<Self, crate::ValueError> {
        if crate::taglist::is_tag_name(name)
            && !KNOWN_TAGS.contains(&name)
            && crate::taglist::is_tag_value(value)
        {
            Ok(UnknownTag::kept(name, value))
        } else {
            Err(crate::ValueError::new(
                format!("{name}={value}"),
                crate::Text::new(
                    "not a legal extra tag: a letter, then letters, digits and '_', not a BIMI tag, and a value without ';'",
                    "não é uma etiqueta extra válida: uma letra seguida de letras, algarismos e '_', que não seja etiqueta BIMI, e um valor sem ';'",
                ),
            ))
        }
    }
}

/// A BIMI assertion record.
///
/// ```
/// use selo::bimi::{Bimi, HttpsUrl};
/// let b = Bimi::logo(HttpsUrl::try_from("https://example.com/logo.svg").unwrap())
///     .with_evidence(HttpsUrl::try_from("https://example.com/vmc.pem").unwrap());
/// assert_eq!(b.to_string(), "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem");
/// assert_eq!(Bimi::declination().to_string(), "v=BIMI1; l=; a=");
/// let again: Bimi = b.to_string().parse().unwrap();
/// assert_eq!(again, b);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize)]
pub struct Bimi {
    /// `l=`: the logo location; `None` when the tag is absent.
    pub location: Option<UriValue>,
    /// `a=`: the evidence (VMC or CMC) location; `None` when absent
    /// (meaning empty).
    pub evidence: Option<UriValue>,
    /// `lps=`: local-part selector prefixes; `Some(vec![])` for `lps=`.
    pub local_part_selectors: Option<Vec<LocalPartPrefix>>,
    /// `avp=`.
    pub avatar_preference: Option<AvatarPreference>,
    /// Other tags, in order.
    pub unknown: Vec<UnknownTag>,
}

impl Bimi {
    /// `v=BIMI1; l=<url>`.
    pub fn logo(url: HttpsUrl) -> Bimi {
        Bimi {
            location: Some(UriValue::Url(url)),
            ..Bimi::default()
        }
    }

    /// `v=BIMI1; l=; a=`: this domain (or selector) declines to show a logo.
    pub fn declination() -> Bimi {
        Bimi {
            location: Some(UriValue::Empty),
            evidence: Some(UriValue::Empty),
            ..Bimi::default()
        }
    }

    /// Sets `a=<url>`.
    pub fn with_evidence(mut self, url: HttpsUrl) -> Bimi {
        self.evidence = Some(UriValue::Url(url));
        self
    }

    /// True for a declination to publish: `l=` and `a=` empty.
    pub fn is_declination(&self) -> bool {
        self.location == Some(UriValue::Empty)
            && matches!(self.evidence, None | Some(UriValue::Empty))
    }
}

impl std::str::FromStr for Bimi {
    type Err = crate::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).into_result()
    }
}

/// True when a DMARC policy is enforced enough for a BIMI logo to be
/// shown (section 7.1): the policy that applies is `quarantine` or
/// `reject`, and the record does not exempt subdomains with `sp=none`.
///
/// ```
/// use selo::dmarc::Policy;
/// assert!(selo::bimi::dmarc_enforced(Policy::Reject, None));
/// assert!(!selo::bimi::dmarc_enforced(Policy::Quarantine, Some(Policy::None)));
/// assert!(!selo::bimi::dmarc_enforced(Policy::None, None));
/// ```
pub fn dmarc_enforced(
    policy: crate::dmarc::Policy,
    subdomain_policy: Option<crate::dmarc::Policy>,
) -> bool {
    use crate::dmarc::Policy;
    matches!(policy, Policy::Quarantine | Policy::Reject) && subdomain_policy != Some(Policy::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_of_the_last_path_segment() {
        for (u, want) in [
            ("https://e.example/a/logo.SVG", Some("svg")),
            ("https://e.example/logo.svg?x=1.png", Some("svg")),
            ("https://e.example/logo", None),
            ("https://e.example", None),
            ("https://e.example/dir.v2/logo", None),
        ] {
            assert_eq!(HttpsUrl::raw(u).extension().as_deref(), want, "{u}");
        }
    }

    #[test]
    fn https_check_never_slices_inside_a_character() {
        assert!(check_https("https:\u{e9}//x").is_err());
        assert!(check_https("http\u{e9}").is_err());
        assert!(check_https("https://e.example/x.svg").is_ok());
    }
}
