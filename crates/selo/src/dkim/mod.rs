//! DKIM key records: the TXT record at `<selector>._domainkey.<domain>` that
//! publishes the public key verifiers use to check DKIM signatures.
//!
//! The record is a tag list (RFC 6376 3.2) with the tags of RFC 6376 3.6.1,
//! updated by RFC 8301 (no rsa-sha1, RSA keys of at least 1024 bits) and
//! RFC 8463 (Ed25519 keys):
//!
//! ```text
//! tag-list  =  tag-spec *( ";" tag-spec ) [ ";" ]
//! tag-spec  =  [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]
//! tag-name  =  ALPHA *ALNUMPUNC
//! tag-value =  [ tval *( 1*(WSP / FWS) tval ) ]
//!
//! key-v-tag = %x76 [FWS] "=" [FWS] %x44.4B.49.4D.31          ; "DKIM1", first when present
//! key-h-tag = %x68 [FWS] "=" [FWS] key-h-tag-alg *( [FWS] ":" [FWS] key-h-tag-alg )
//! key-k-tag = %x76 [FWS] "=" [FWS] key-k-tag-type            ; "rsa" / "ed25519" / ...
//! key-n-tag = %x6e [FWS] "=" [FWS] qp-section
//! key-p-tag = %x70 [FWS] "=" [ [FWS] base64string ]          ; empty: revoked
//! key-s-tag = %x73 [FWS] "=" [FWS] key-s-tag-type *( [FWS] ":" [FWS] key-s-tag-type )
//! key-t-tag = %x74 [FWS] "=" [FWS] key-t-tag-flag *( [FWS] ":" [FWS] key-t-tag-flag )
//! ```
//!
//! Tag names are case-sensitive (RFC 6376 3.2): `V=DKIM1` is an unknown tag.
//!
//! ```
//! use selo::dkim::{self, KeyAlgorithm};
//! let parsed = dkim::parse("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
//! assert!(parsed.is_valid());
//! let key = parsed.value.unwrap();
//! assert_eq!(key.key_info().unwrap().algorithm, KeyAlgorithm::Ed25519);
//! assert_eq!(key.to_string(), "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
//! ```

pub mod delegation;
mod explain;
mod generate;
mod key;
mod lint;
mod messages;
pub(crate) mod parse;

pub use crate::domain::Selector;
pub use explain::explain;
pub use generate::{KeyChoice, PasteError, PemError, owner_name, pem_encode, public_key_from_pem};
pub use key::{Base64Problem, KeyAlgorithm, KeyError, KeyForm, KeyInfo};
pub use lint::lint_model as lint;
pub use messages::MESSAGES;
pub(crate) use messages::WRONG_OWNER;
pub use parse::parse;

use crate::taglist::{is_tag_name, is_tag_value};
use crate::{Text, ValueError};
use serde::Serialize;
use std::fmt;

/// A word of the colon-separated lists (`hyphenated-word` of RFC 6376 2.10:
/// a letter, then letters, digits and inner hyphens).
///
/// ```
/// use selo::dkim::Word;
/// assert_eq!(Word::try_from("sha512").unwrap().as_str(), "sha512");
/// assert!(Word::try_from("sha 256").is_err());
/// assert!(Word::try_from("x-").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Word(String);

impl Word {
    /// The word.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// True for an RFC 6376 `hyphenated-word`.
pub(crate) fn is_hyphenated_word(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphabetic()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && !s.ends_with('-')
}

impl TryFrom<&str> for Word {
    type Error = ValueError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        if is_hyphenated_word(s) {
            Ok(Word(s.to_string()))
        } else {
            Err(ValueError::new(
                s,
                Text::new(
                    "a word is letters, digits and inner '-', starting with a letter",
                    "uma palavra tem letras, algarismos e '-' no meio, e começa por uma letra",
                ),
            ))
        }
    }
}

impl fmt::Display for Word {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a tag value is refused: printable ASCII and inner white space, no `;`.
const NOT_TAG_VALUE: Text = Text::new(
    "a tag value is printable ASCII other than ';', with no space at either end",
    "um valor de etiqueta é ASCII imprimível sem ';', sem espaço em nenhuma das pontas",
);

/// `k=`: the key type (RFC 6376 3.6.1, RFC 8463 4).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyType {
    /// `rsa`, the default.
    Rsa,
    /// `ed25519` (RFC 8463).
    Ed25519,
    /// Any other type: verifiers ignore such a key.
    Other(Word),
}

impl KeyType {
    /// The type as written in `k=`.
    pub fn as_str(&self) -> &str {
        match self {
            KeyType::Rsa => "rsa",
            KeyType::Ed25519 => "ed25519",
            KeyType::Other(w) => w.as_str(),
        }
    }

    pub(crate) fn from_word(w: Word) -> KeyType {
        match w.as_str() {
            "rsa" => KeyType::Rsa,
            "ed25519" => KeyType::Ed25519,
            _ => KeyType::Other(w),
        }
    }
}

/// `h=`: a hash algorithm the key may be used with (RFC 6376 3.6.1).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HashAlgorithm {
    /// `sha1`: must not be used any more (RFC 8301 3.1).
    Sha1,
    /// `sha256`.
    Sha256,
    /// Any other algorithm: verifiers ignore it.
    Other(Word),
}

impl HashAlgorithm {
    /// The name as written in `h=`.
    pub fn as_str(&self) -> &str {
        match self {
            HashAlgorithm::Sha1 => "sha1",
            HashAlgorithm::Sha256 => "sha256",
            HashAlgorithm::Other(w) => w.as_str(),
        }
    }

    pub(crate) fn from_word(w: Word) -> HashAlgorithm {
        match w.as_str() {
            "sha1" => HashAlgorithm::Sha1,
            "sha256" => HashAlgorithm::Sha256,
            _ => HashAlgorithm::Other(w),
        }
    }
}

/// `s=`: a service type the key applies to (RFC 6376 3.6.1).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceType {
    /// `*`: every service (the default).
    All,
    /// `email`.
    Email,
    /// Any other service type: verifiers ignore it.
    Other(Word),
}

impl ServiceType {
    /// The name as written in `s=`.
    pub fn as_str(&self) -> &str {
        match self {
            ServiceType::All => "*",
            ServiceType::Email => "email",
            ServiceType::Other(w) => w.as_str(),
        }
    }
}

/// `t=`: a flag (RFC 6376 3.6.1).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Flag {
    /// `y`: the domain is testing DKIM; verifiers treat signed mail as unsigned.
    Testing,
    /// `s`: the `i=` domain of signatures must equal `d=`, not a subdomain.
    Strict,
    /// Any other flag: verifiers ignore it.
    Other(Word),
}

impl Flag {
    /// The flag as written in `t=`.
    pub fn as_str(&self) -> &str {
        match self {
            Flag::Testing => "y",
            Flag::Strict => "s",
            Flag::Other(w) => w.as_str(),
        }
    }
}

/// `n=`: notes for people (a `qp-section`); printable ASCII with inner
/// spaces, no `;`.
///
/// ```
/// use selo::dkim::Notes;
/// assert!(Notes::try_from("rotated 2026-01").is_ok());
/// assert!(Notes::try_from("a;b").is_err());
/// assert!(Notes::try_from(" padded").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Notes(String);

impl Notes {
    /// The notes.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<&str> for Notes {
    type Error = ValueError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        if is_tag_value(s) {
            Ok(Notes(s.to_string()))
        } else {
            Err(ValueError::new(s, NOT_TAG_VALUE))
        }
    }
}

/// `p=`: the public key as base64 text without white space; empty when the
/// key is revoked.
///
/// `TryFrom<&str>` removes white space and checks the text decodes as
/// base64; [`PublicKey::from_der`] encodes key bytes.
///
/// ```
/// use selo::dkim::PublicKey;
/// let p = PublicKey::try_from("11qYAYKxCrfVS/7TyWQH Og7hcvPapiMlrwIaaPcHURo=").unwrap();
/// assert_eq!(p.as_str(), "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
/// assert_eq!(p.bytes().unwrap().len(), 32);
/// assert!(PublicKey::try_from("not base64!").is_err());
/// assert!(PublicKey::revoked().is_revoked());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct PublicKey(String);

impl PublicKey {
    /// The empty key of a revoked selector.
    pub fn revoked() -> Self {
        PublicKey(String::new())
    }

    /// The base64 text of `bytes`.
    pub fn from_der(bytes: &[u8]) -> Self {
        PublicKey(key::encode(bytes))
    }

    /// Keeps the text as read (white space removed), even if it does not
    /// decode: the parser reports that separately.
    pub(crate) fn raw(text: &str) -> Self {
        PublicKey(text.chars().filter(|c| !c.is_ascii_whitespace()).collect())
    }

    /// The base64 text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when `p=` is empty: the key has been revoked.
    pub fn is_revoked(&self) -> bool {
        self.0.is_empty()
    }

    /// The decoded key bytes.
    pub fn bytes(&self) -> Result<Vec<u8>, KeyError> {
        key::decode(&self.0)
    }
}

impl TryFrom<&str> for PublicKey {
    type Error = KeyError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let p = PublicKey::raw(s);
        p.bytes()?;
        Ok(p)
    }
}

crate::taglist::unknown_tag_type! {
    /// A tag the module does not know, kept with its value so that parsing then
    /// writing a record loses nothing.
    ///
    /// ```
    /// use selo::dkim::UnknownTag;
    /// let t = UnknownTag::new("x_note", "hello world").unwrap();
    /// assert_eq!(t.name(), "x_note");
    /// assert!(UnknownTag::new("1x", "a").is_err());
    /// assert!(UnknownTag::new("p", "a").is_err(), "p= is a known tag");
    /// ```
}

pub(crate) const KNOWN_TAGS: &[&str] = &["v", "k", "h", "s", "t", "n", "p"];

impl UnknownTag {
    /// A tag named `name` (a letter, then letters, digits and `_`; not one
    /// of the tags this module models) with a legal tag value.
    pub fn new(name: &str, value: &str) -> Result<Self, ValueError> {
        if !is_tag_name(name) || KNOWN_TAGS.contains(&name) {
            Err(ValueError::new(
                name,
                Text::new(
                    "an extra tag name is a letter, then letters, digits and '_', and not a DKIM tag",
                    "o nome de uma etiqueta extra é uma letra seguida de letras, algarismos e '_', e não uma etiqueta DKIM",
                ),
            ))
        } else if !is_tag_value(value) {
            Err(ValueError::new(value, NOT_TAG_VALUE))
        } else {
            Ok(UnknownTag::kept(name, value))
        }
    }
}

/// A DKIM key record (RFC 6376 3.6.1).
///
/// Lists are empty when their tag is absent. Build one from a key with
/// [`DkimKey::rsa_from_spki_der`], [`DkimKey::ed25519_from_raw`] or
/// [`DkimKey::from_base64`], then set the other fields:
///
/// ```
/// use selo::dkim::{DkimKey, Flag, HashAlgorithm};
/// let mut key = DkimKey::ed25519_from_raw(&[7u8; 32]);
/// key.hash_algorithms = vec![HashAlgorithm::Sha256];
/// key.flags = vec![Flag::Strict];
/// assert_eq!(
///     key.to_string(),
///     "v=DKIM1; k=ed25519; h=sha256; t=s; p=BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc="
/// );
/// let again: DkimKey = key.to_string().parse().unwrap();
/// assert_eq!(again, key);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize)]
pub struct DkimKey {
    /// `v=DKIM1` is written (it is optional).
    pub version_present: bool,
    /// `k=`; `None` when absent (meaning `rsa`).
    pub key_type: Option<KeyType>,
    /// `h=`; empty when absent (every algorithm allowed).
    pub hash_algorithms: Vec<HashAlgorithm>,
    /// `s=`; empty when absent (meaning `*`).
    pub service_types: Vec<ServiceType>,
    /// `t=`; empty when absent.
    pub flags: Vec<Flag>,
    /// `n=`.
    pub notes: Option<Notes>,
    /// `p=`.
    pub public_key: PublicKey,
    /// Other tags, in order (including the obsolete `g=`).
    pub unknown: Vec<UnknownTag>,
}

impl DkimKey {
    /// The key type in force: `k=` or its default, `rsa`.
    pub fn effective_key_type(&self) -> KeyType {
        self.key_type.clone().unwrap_or(KeyType::Rsa)
    }

    /// What the public key is: algorithm and size, for showing "RSA 2048
    /// bits". `None` when the key is revoked, of an unknown type, does
    /// not decode, or is an Ed25519 key wrapped in a SubjectPublicKeyInfo
    /// (which no verifier reads: the record must hold the raw 32 bytes).
    ///
    /// ```
    /// use selo::dkim::{DkimKey, KeyAlgorithm};
    /// let k = DkimKey::ed25519_from_raw(&[1u8; 32]);
    /// let info = k.key_info().unwrap();
    /// assert_eq!((info.algorithm, info.bits), (KeyAlgorithm::Ed25519, 256));
    /// assert_eq!(info.to_string(), "Ed25519 256 bits");
    /// ```
    pub fn key_info(&self) -> Option<KeyInfo> {
        if self.public_key.is_revoked() {
            return None;
        }
        let bytes = self.public_key.bytes().ok()?;
        match self.effective_key_type() {
            KeyType::Rsa => key::rsa_info(&bytes).ok(),
            KeyType::Ed25519 => key::ed25519_key(&bytes)
                .ok()
                .filter(|k| k.form == KeyForm::Raw)
                .map(|k| k.info()),
            KeyType::Other(_) => None,
        }
    }

    /// True when the record has `t=y` (testing mode).
    pub fn is_testing(&self) -> bool {
        self.flags.contains(&Flag::Testing)
    }
}

impl std::str::FromStr for DkimKey {
    type Err = crate::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).into_result()
    }
}

/// True when a TXT record at a selector's name looks like a DKIM key
/// record: it starts with `v=DKIM1` or holds a `p=` tag (RFC 6376 3.6.1:
/// `v=` is optional, `p=` is required). A wildcard TXT record answering
/// for every name is not a key.
///
/// ```
/// assert!(selo::dkim::looks_like_key("v=DKIM1; k=rsa; p=MIIB"));
/// assert!(selo::dkim::looks_like_key("k=ed25519; p=11qY"));
/// assert!(!selo::dkim::looks_like_key("google-site-verification=abc"));
/// ```
pub fn looks_like_key(text: &str) -> bool {
    crate::text::starts_with_version(text, "v=DKIM1") || text.contains("p=")
}
