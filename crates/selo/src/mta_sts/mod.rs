//! MTA-STS: the `_mta-sts` TXT record and the policy file (RFC 8461).
//!
//! MTA-STS lets a domain say "mail to me must travel over TLS, to these MX
//! hosts, with a valid certificate". It has two parts:
//!
//! 1. A TXT record at `_mta-sts.<domain>` (RFC 8461 3.1) announcing that a
//!    policy exists and giving its `id`, which changes whenever the policy
//!    changes:
//!
//!    ```text
//!    sts-text-record = sts-version 1*(sts-field-delim sts-field)
//!                      [sts-field-delim]
//!    sts-field       = sts-id / sts-extension    ; sts-id is required
//!    sts-field-delim = *WSP ";" *WSP
//!    sts-version     = %s"v=STSv1"
//!    sts-id          = %s"id=" 1*32(ALPHA / DIGIT)
//!    sts-extension   = sts-ext-name "=" sts-ext-value
//!    sts-ext-name    = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
//!    sts-ext-value   = 1*(%x21-3A / %x3C / %x3E-7E)
//!    ```
//!
//! 2. A policy file served at
//!    `https://mta-sts.<domain>/.well-known/mta-sts.txt` (RFC 8461 3.2, 3.3):
//!
//!    ```text
//!    sts-policy-record      = sts-policy-field *WSP
//!                             *(sts-policy-term sts-policy-field *WSP)
//!                             [sts-policy-term]
//!    sts-policy-field       = sts-policy-version / sts-policy-mode /
//!                             sts-policy-max-age / sts-policy-mx /
//!                             sts-policy-extension
//!    sts-policy-field-delim = ":" *WSP
//!    sts-policy-version     = %s"version" sts-policy-field-delim %s"STSv1"
//!    sts-policy-mode        = %s"mode" sts-policy-field-delim
//!                             (%s"testing" / %s"enforce" / %s"none")
//!    sts-policy-mx          = %s"mx" sts-policy-field-delim ["*."] Domain
//!    sts-policy-max-age     = %s"max_age" sts-policy-field-delim 1*10(DIGIT)
//!    sts-policy-term        = LF / CRLF
//!    ```
//!
//! Field names and the version words are case-sensitive (`%s"..."`, RFC 7405).
//! If a field other than `mx` is repeated, receivers use the first and ignore
//! the others (RFC 8461 3.2); Selo reports the repeat as an error, since the
//! owner rarely means it.
//!
//! ```
//! use selo::mta_sts::{self, MaxAge, Mode, MtaStsPolicy, MxPattern};
//! let policy = MtaStsPolicy::new(Mode::Enforce, MaxAge::try_from(604800).unwrap())
//!     .with_mx(MxPattern::try_from("mail.example.com").unwrap())
//!     .with_mx(MxPattern::try_from("*.example.net").unwrap());
//! assert_eq!(
//!     policy.to_string(),
//!     "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmax_age: 604800\r\n"
//! );
//! let back = mta_sts::parse_policy(&policy.to_string());
//! assert_eq!(back.value, Some(policy));
//! ```

mod explain;
mod generate;
mod lint;
mod messages;
mod parse;

pub use explain::{explain_policy, explain_record};
pub use generate::{mx_matches, new_id, policy_host, policy_url, record_owner};
pub use lint::lint_model as lint;
pub use messages::MESSAGES;
pub(crate) use messages::WRONG_OWNER;
pub use parse::{parse_policy, parse_record};

use crate::Text;
use serde::Serialize;
use std::fmt;

/// The largest `max_age` the RFC allows: 31557600 seconds, one year
/// (RFC 8461 3.2).
pub const MAX_AGE_LIMIT: u64 = 31_557_600;

/// The largest policy body receivers are expected to accept: 64 KB
/// (RFC 8461 3.3).
pub const MAX_POLICY_BYTES: usize = 64 * 1024;

/// Why a value cannot go into an MTA-STS model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StsError {
    /// The `id` is empty.
    EmptyId,
    /// The `id` is longer than 32 characters.
    IdTooLong,
    /// The `id` holds something other than letters and digits.
    IdCharacter,
    /// `max_age` is above 31557600.
    MaxAgeTooLarge,
    /// The MX pattern is not a domain name, optionally behind `*.`.
    BadMxPattern,
    /// The MX pattern has a `*` anywhere but as the whole leftmost label.
    BadWildcard,
    /// The MX pattern holds non-ASCII characters (it must be the A-label).
    MxNotAscii,
    /// An extension name is not 1 to 32 letters, digits, `_`, `-`, `.`
    /// starting with a letter or digit.
    BadExtensionName,
    /// An extension value is empty or holds characters it may not.
    BadExtensionValue,
    /// The extension name is one of the fields the model holds itself.
    ReservedExtensionName,
    /// Mode `enforce` or `testing` without any `mx` pattern.
    MissingMx,
}

impl StsError {
    /// What is wrong, in both languages.
    pub const fn text(self) -> crate::Text {
        use crate::Text;
        match self {
            StsError::EmptyId => Text::new("the id is empty", "o id está vazio"),
            StsError::IdTooLong => Text::new(
                "the id is longer than 32 characters",
                "o id tem mais de 32 carateres",
            ),
            StsError::IdCharacter => Text::new(
                "the id may hold only letters and digits",
                "o id só pode ter letras e algarismos",
            ),
            StsError::MaxAgeTooLarge => Text::new(
                "max_age is above 31557600 seconds",
                "max_age passa de 31557600 segundos",
            ),
            StsError::BadMxPattern => Text::new(
                "the mx pattern is not a host name",
                "o padrão mx não é um nome de anfitrião",
            ),
            StsError::BadWildcard => Text::new(
                "a '*' may only stand as the whole leftmost label, as in *.example.net",
                "um '*' só pode ser a parte inteira mais à esquerda, como em *.exemplo.net",
            ),
            StsError::MxNotAscii => Text::new(
                "the mx pattern must be written in its xn-- (A-label) form",
                "o padrão mx tem de ser escrito na forma xn-- (A-label)",
            ),
            StsError::BadExtensionName => Text::new(
                "the extension name is not 1 to 32 letters, digits, '_', '-' or '.'",
                "o nome da extensão não tem 1 a 32 letras, algarismos, '_', '-' ou '.'",
            ),
            StsError::BadExtensionValue => Text::new(
                "the extension value is empty or holds a character it may not",
                "o valor da extensão está vazio ou contém um caráter não permitido",
            ),
            StsError::ReservedExtensionName => Text::new(
                "this name is a field of its own, not an extension",
                "este nome é um campo próprio, não uma extensão",
            ),
            StsError::MissingMx => Text::new(
                "a policy in mode enforce or testing needs at least one mx pattern",
                "uma política em modo enforce ou testing precisa de pelo menos um padrão mx",
            ),
        }
    }
}

impl crate::Localized for StsError {
    fn message_in(&self, lang: crate::Lang) -> String {
        self.text().get(lang).to_string()
    }
}

impl fmt::Display for StsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().en)
    }
}

impl std::error::Error for StsError {}

/// The `id` of an MTA-STS record: 1 to 32 letters and digits
/// (RFC 8461 3.1). Change it each time the policy file changes.
///
/// ```
/// use selo::mta_sts::StsId;
/// assert_eq!(StsId::try_from("20160831085700Z").unwrap().as_str(), "20160831085700Z");
/// assert!(StsId::try_from("test-123").is_err());
/// assert!(StsId::try_from("").is_err());
/// assert!(StsId::try_from("a".repeat(33).as_str()).is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct StsId(String);

impl StsId {
    /// The id as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub(crate) fn check_id(s: &str) -> Result<(), StsError> {
    if s.is_empty() {
        Err(StsError::EmptyId)
    } else if !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Err(StsError::IdCharacter)
    } else if s.len() > 32 {
        Err(StsError::IdTooLong)
    } else {
        Ok(())
    }
}

impl TryFrom<&str> for StsId {
    type Error = StsError;
    fn try_from(s: &str) -> Result<Self, StsError> {
        check_id(s)?;
        Ok(StsId(s.to_string()))
    }
}

impl fmt::Display for StsId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The MTA-STS TXT record published at `_mta-sts.<domain>` (RFC 8461 3.1).
///
/// The version is always `STSv1`. Extension fields are kept in order so that
/// parsing then writing loses nothing.
///
/// ```
/// use selo::mta_sts::{MtaStsRecord, StsId};
/// let r = MtaStsRecord::new(StsId::try_from("20160831085700Z").unwrap());
/// assert_eq!(r.to_string(), "v=STSv1; id=20160831085700Z");
/// let with_ext = r.with_extension("ext", "yes").unwrap();
/// assert_eq!(with_ext.to_string(), "v=STSv1; id=20160831085700Z; ext=yes");
/// assert_eq!("v=STSv1; id=20160831085700Z;".parse::<MtaStsRecord>().unwrap().id.as_str(), "20160831085700Z");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MtaStsRecord {
    /// The policy id (`id=`).
    pub id: StsId,
    /// Unknown `name=value` fields, in order (receivers ignore them).
    /// Use [`MtaStsRecord::with_extension`] to add one with a checked syntax.
    pub extensions: Vec<(String, String)>,
}

impl MtaStsRecord {
    /// A record with this id and no extension.
    pub fn new(id: StsId) -> Self {
        MtaStsRecord {
            id,
            extensions: Vec::new(),
        }
    }

    /// Adds an extension field, checking its name and value against the ABNF
    /// (`v` and `id` are refused: they are fields of their own).
    ///
    /// ```
    /// use selo::mta_sts::{MtaStsRecord, StsId};
    /// let r = MtaStsRecord::new(StsId::try_from("1").unwrap());
    /// assert!(r.clone().with_extension("a b", "x").is_err());
    /// assert!(r.clone().with_extension("x", "a;b").is_err());
    /// assert!(r.with_extension("id", "2").is_err());
    /// ```
    pub fn with_extension(mut self, name: &str, value: &str) -> Result<Self, StsError> {
        if name == "v" || name == "id" {
            return Err(StsError::ReservedExtensionName);
        }
        check_ext_name(name)?;
        check_txt_ext_value(value)?;
        self.extensions.push((name.to_string(), value.to_string()));
        Ok(self)
    }
}

/// `(ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")`, shared by the
/// record, the policy and TLS-RPT.
pub(crate) fn check_ext_name(name: &str) -> Result<(), StsError> {
    if crate::taglist::fields::is_ext_name(name) {
        Ok(())
    } else {
        Err(StsError::BadExtensionName)
    }
}

/// `1*(%x21-3A / %x3C / %x3E-7E)`: no `=`, `;`, space or control.
pub(crate) fn check_txt_ext_value(value: &str) -> Result<(), StsError> {
    if crate::taglist::fields::is_txt_ext_value(value) {
        Ok(())
    } else {
        Err(StsError::BadExtensionValue)
    }
}

/// `sts-policy-vchar [*(%x20 / sts-policy-vchar) sts-policy-vchar]`: visible
/// characters (UTF-8 allowed) and inner spaces.
pub(crate) fn check_policy_ext_value(value: &str) -> Result<(), StsError> {
    if value.is_empty()
        || value.starts_with(' ')
        || value.ends_with(' ')
        || value
            .chars()
            .any(|c| c.is_control() || (c.is_whitespace() && c != ' '))
    {
        return Err(StsError::BadExtensionValue);
    }
    Ok(())
}

/// The version of a policy file. Only `STSv1` exists (RFC 8461 3.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize)]
pub enum Version {
    /// `STSv1`.
    #[default]
    StsV1,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("STSv1")
    }
}

/// What a sender does when it cannot deliver over validated TLS
/// (RFC 8461 5).
///
/// ```
/// use selo::mta_sts::Mode;
/// assert_eq!(Mode::Enforce.as_str(), "enforce");
/// assert_eq!(Mode::from_keyword("testing"), Some(Mode::Testing));
/// assert_eq!(Mode::from_keyword("Enforce"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Senders refuse to deliver to an MX that fails validation.
    Enforce,
    /// Senders deliver anyway, and report failures through TLS-RPT.
    Testing,
    /// Senders treat the domain as having no policy (used to withdraw one).
    None,
}

impl Mode {
    /// The keyword as written in the policy file.
    pub const fn as_str(self) -> &'static str {
        match self {
            Mode::Enforce => "enforce",
            Mode::Testing => "testing",
            Mode::None => "none",
        }
    }

    /// Reads the exact (case-sensitive) keyword.
    pub fn from_keyword(s: &str) -> Option<Mode> {
        match s {
            "enforce" => Some(Mode::Enforce),
            "testing" => Some(Mode::Testing),
            "none" => Some(Mode::None),
            _ => None,
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An `mx` pattern: a host name, or `*.` followed by a domain, where the
/// wildcard stands for exactly one label (RFC 8461 3.2, 4.1).
///
/// ```
/// use selo::mta_sts::MxPattern;
/// assert!(MxPattern::try_from("mail.example.com").is_ok());
/// assert!(MxPattern::try_from("*.example.net").unwrap().is_wildcard());
/// assert!(MxPattern::try_from("mail.*.example.net").is_err());
/// assert!(MxPattern::try_from("*mail.example.net").is_err());
/// assert!(MxPattern::try_from("møx.example").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct MxPattern(String);

impl MxPattern {
    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for `*.domain` patterns.
    pub fn is_wildcard(&self) -> bool {
        self.0.starts_with("*.")
    }

    /// Reads a pattern as a person types it in a form or on the command
    /// line: white space around it is ignored, and one final dot (as zone
    /// files and `dig` write names) is removed, since the policy file must
    /// not have it (RFC 8461 3.2; a parsed policy with the dot gets
    /// `mta_sts::policy-mx-trailing-dot`). When a dot was removed,
    /// [`MX_DOT_REMOVED`] comes back as a note to show.
    ///
    /// ```
    /// use selo::mta_sts::{MX_DOT_REMOVED, MxPattern};
    /// let (p, note) = MxPattern::read(" mail.example.com. ").unwrap();
    /// assert_eq!((p.as_str(), note), ("mail.example.com", Some(MX_DOT_REMOVED)));
    /// assert_eq!(MxPattern::read("*.example.net").unwrap().1, None);
    /// assert!(MxPattern::read("mail.example.com..").is_err());
    /// assert!(MxPattern::read(".").is_err());
    /// ```
    pub fn read(typed: &str) -> Result<(MxPattern, Option<Text>), StsError> {
        let typed = typed.trim();
        match typed.strip_suffix('.') {
            Some(name) => Ok((MxPattern::try_from(name)?, Some(MX_DOT_REMOVED))),
            None => Ok((MxPattern::try_from(typed)?, None)),
        }
    }
}

/// The note of [`MxPattern::read`] when it removed a final dot.
pub const MX_DOT_REMOVED: Text = Text::new(
    "The final dot was removed: the policy file writes mx names without it (RFC 8461 3.2).",
    "O ponto final foi removido: o ficheiro de política escreve os nomes mx sem ele (RFC 8461 3.2).",
);

/// Checks `["*."] Domain` with Domain per RFC 5321 4.1.2 (letters, digits
/// and inner hyphens; no trailing dot).
pub(crate) fn check_mx(s: &str) -> Result<(), StsError> {
    if !s.is_ascii() {
        return Err(StsError::MxNotAscii);
    }
    let domain = s.strip_prefix("*.").unwrap_or(s);
    if domain.contains('*') {
        return Err(StsError::BadWildcard);
    }
    if domain.is_empty() || domain.len() > 253 {
        return Err(StsError::BadMxPattern);
    }
    for label in domain.split('.') {
        let b = label.as_bytes();
        if b.is_empty()
            || b.len() > 63
            || !b[0].is_ascii_alphanumeric()
            || !b[b.len() - 1].is_ascii_alphanumeric()
            || !b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        {
            return Err(StsError::BadMxPattern);
        }
    }
    Ok(())
}

impl TryFrom<&str> for MxPattern {
    type Error = StsError;
    fn try_from(s: &str) -> Result<Self, StsError> {
        check_mx(s)?;
        Ok(MxPattern(s.to_string()))
    }
}

impl fmt::Display for MxPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How long senders may cache the policy, in seconds: 0 to 31557600
/// (RFC 8461 3.2).
///
/// ```
/// use selo::mta_sts::MaxAge;
/// assert_eq!(MaxAge::try_from(604800).unwrap().seconds(), 604800);
/// assert!(MaxAge::try_from(31557601).is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct MaxAge(u64);

impl MaxAge {
    /// The number of seconds.
    pub const fn seconds(self) -> u64 {
        self.0
    }
}

impl TryFrom<u64> for MaxAge {
    type Error = StsError;
    fn try_from(v: u64) -> Result<Self, StsError> {
        if v > MAX_AGE_LIMIT {
            Err(StsError::MaxAgeTooLarge)
        } else {
            Ok(MaxAge(v))
        }
    }
}

impl fmt::Display for MaxAge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The MTA-STS policy file (RFC 8461 3.2).
///
/// `Display` writes the file with CRLF line endings in the canonical order:
/// version, mode, mx lines, max_age, extensions.
///
/// ```
/// use selo::mta_sts::{MaxAge, Mode, MtaStsPolicy};
/// let none = MtaStsPolicy::new(Mode::None, MaxAge::try_from(86400).unwrap());
/// assert_eq!(none.to_string(), "version: STSv1\r\nmode: none\r\nmax_age: 86400\r\n");
/// assert!(none.check().is_ok());
/// let enforce = MtaStsPolicy::new(Mode::Enforce, MaxAge::try_from(86400).unwrap());
/// assert!(enforce.check().is_err()); // no mx pattern
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MtaStsPolicy {
    /// `version:` (always `STSv1`).
    pub version: Version,
    /// `mode:`.
    pub mode: Mode,
    /// `mx:` patterns, in order (at least one unless the mode is none).
    pub mx: Vec<MxPattern>,
    /// `max_age:`.
    pub max_age: MaxAge,
    /// Unknown `name: value` fields, in order (senders ignore them).
    /// Use [`MtaStsPolicy::with_extension`] to add one with a checked syntax.
    pub extensions: Vec<(String, String)>,
}

impl MtaStsPolicy {
    /// True when one of the policy's `mx:` patterns matches the MX host
    /// `host` (RFC 8461 4.1, see [`mx_matches`]).
    ///
    /// ```
    /// use selo::mta_sts::MtaStsPolicy;
    /// let p: MtaStsPolicy = "version: STSv1\nmode: enforce\nmx: *.example.com\nmax_age: 86400\n".parse().unwrap();
    /// assert!(p.covers("mx1.example.com"));
    /// assert!(!p.covers("mx.example.net"));
    /// ```
    pub fn covers(&self, host: &str) -> bool {
        self.mx.iter().any(|p| mx_matches(p, host))
    }

    /// A policy with this mode and max_age, and no mx pattern yet.
    pub fn new(mode: Mode, max_age: MaxAge) -> Self {
        MtaStsPolicy {
            version: Version::StsV1,
            mode,
            mx: Vec::new(),
            max_age,
            extensions: Vec::new(),
        }
    }

    /// Adds an `mx` pattern.
    pub fn with_mx(mut self, pattern: MxPattern) -> Self {
        self.mx.push(pattern);
        self
    }

    /// Adds an extension field, checking its name and value against the ABNF
    /// (the names `version`, `mode`, `mx` and `max_age` are refused).
    ///
    /// ```
    /// use selo::mta_sts::{MaxAge, Mode, MtaStsPolicy};
    /// let p = MtaStsPolicy::new(Mode::None, MaxAge::try_from(0).unwrap());
    /// assert!(p.clone().with_extension("more", "ext e ns ion").is_ok());
    /// assert!(p.clone().with_extension("_bad", "x").is_err());
    /// assert!(p.with_extension("mode", "enforce").is_err());
    /// ```
    pub fn with_extension(mut self, name: &str, value: &str) -> Result<Self, StsError> {
        if matches!(name, "version" | "mode" | "mx" | "max_age") {
            return Err(StsError::ReservedExtensionName);
        }
        check_ext_name(name)?;
        check_policy_ext_value(value)?;
        self.extensions.push((name.to_string(), value.to_string()));
        Ok(self)
    }

    /// Checks the rule the field types cannot hold: modes `enforce` and
    /// `testing` need at least one `mx` pattern (RFC 8461 3.2).
    pub fn check(&self) -> Result<(), StsError> {
        if self.mode != Mode::None && self.mx.is_empty() {
            Err(StsError::MissingMx)
        } else {
            Ok(())
        }
    }
}

impl std::str::FromStr for MtaStsRecord {
    type Err = crate::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_record(s).into_result()
    }
}

impl std::str::FromStr for MtaStsPolicy {
    type Err = crate::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_policy(s).into_result()
    }
}
