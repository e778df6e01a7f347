//! TLS-RPT: the `_smtp._tls` TXT record that asks senders for SMTP TLS
//! reports (RFC 8460 3).
//!
//! With TLS-RPT, sending servers report daily on the TLS connections they
//! made (or failed to make) to your MX hosts: the only way to learn that an
//! MTA-STS or DANE policy is blocking mail.
//!
//! ```text
//! tlsrpt-record     = tlsrpt-version 1*(field-delim tlsrpt-field)
//!                     [field-delim]
//! field-delim       = *WSP ";" *WSP
//! tlsrpt-field      = tlsrpt-rua / tlsrpt-extension  ; rua is required
//! tlsrpt-version    = %s"v=TLSRPTv1"
//! tlsrpt-rua        = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
//! tlsrpt-uri        = URI   ; commas, "!" and ";" MUST be encoded
//! tlsrpt-extension  = tlsrpt-ext-name "=" tlsrpt-ext-value
//! tlsrpt-ext-name   = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
//! tlsrpt-ext-value  = 1*(%x21-3A / %x3C / %x3E-7E)
//! ```
//!
//! Only the `mailto:` and `https:` schemes are supported. The ABNF defines a
//! single `rua=` tag; the RFC neither forbids nor defines a repeated one, so
//! Selo reads the addresses of every `rua=` tag (as mox does) and warns.
//!
//! ```
//! use selo::tls_rpt::{self, ReportUri, TlsRpt};
//! let r = TlsRpt::new(ReportUri::try_from("mailto:tlsrpt@example.com").unwrap())
//!     .with_rua(ReportUri::try_from("https://reports.example.com/tlsrpt").unwrap());
//! assert_eq!(r.to_string(), "v=TLSRPTv1; rua=mailto:tlsrpt@example.com,https://reports.example.com/tlsrpt");
//! assert_eq!(tls_rpt::parse(&r.to_string()).value, Some(r));
//! ```

mod explain;
mod generate;
mod lint;
mod messages;
mod parse;

pub use explain::explain;
pub use generate::owner_name;
pub use lint::lint_model as lint;
pub use messages::MESSAGES;
pub(crate) use messages::WRONG_OWNER;
pub use parse::parse;

use crate::uri::{self, Scheme, UriProblem};
use serde::Serialize;
use std::fmt;

/// Why a text is not a usable TLS-RPT report address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportUriError {
    /// The scheme is neither `mailto:` nor `https:`.
    Scheme,
    /// The URI is malformed.
    Uri(UriProblem),
}

impl crate::Localized for ReportUriError {
    fn message_in(&self, lang: crate::Lang) -> String {
        match self {
            ReportUriError::Scheme => crate::Text::new(
                "only mailto: and https: addresses are supported",
                "só são aceites endereços mailto: e https:",
            )
            .get(lang)
            .to_string(),
            ReportUriError::Uri(p) => p.message_in(lang),
        }
    }
}

impl fmt::Display for ReportUriError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::Localized::message_in(self, crate::Lang::En))
    }
}

impl std::error::Error for ReportUriError {}

/// A report address for `rua=`: a `mailto:` or `https:` URI (RFC 8460 3),
/// with commas, `!` and `;` percent-encoded.
///
/// ```
/// use selo::tls_rpt::ReportUri;
/// assert!(ReportUri::try_from("mailto:tlsrpt@example.com").is_ok());
/// assert!(ReportUri::try_from("https://reports.example.com/v1/tlsrpt").is_ok());
/// assert!(ReportUri::try_from("http://reports.example.com/").is_err());
/// assert!(ReportUri::try_from("mailto:a,b@example.com").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct ReportUri(String);

impl ReportUri {
    /// The URI as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `mailto` or `https`.
    pub fn scheme(&self) -> Scheme {
        uri::scheme(&self.0)
    }

    /// A report address as typed into a form: a bare `tls@example.com` is
    /// read as `mailto:tls@example.com`, like DMARC's
    /// ([`crate::uri::as_typed`]).
    ///
    /// ```
    /// use selo::tls_rpt::ReportUri;
    /// assert_eq!(ReportUri::from_input("tls@example.com").unwrap().as_str(), "mailto:tls@example.com");
    /// assert!(ReportUri::from_input("https://reports.example.com/tlsrpt").is_ok());
    /// assert!(ReportUri::from_input("not an email").is_err());
    /// ```
    pub fn from_input(s: &str) -> Result<Self, ReportUriError> {
        ReportUri::try_from(uri::as_typed(s).as_ref())
    }
}

pub(crate) fn check_uri(s: &str) -> Result<(), ReportUriError> {
    // A URI is ASCII; checking this first also keeps `uri::scheme` (which
    // slices by bytes) away from multi-byte characters.
    if let Some(c) = s.chars().find(|c| !c.is_ascii()) {
        return Err(ReportUriError::Uri(UriProblem::Unencoded(c)));
    }
    match uri::scheme(s) {
        Scheme::Mailto => uri::check_mailto(s)
            .map(|_| ())
            .map_err(ReportUriError::Uri),
        Scheme::Https => uri::check_https(s).map_err(ReportUriError::Uri),
        Scheme::Other => Err(ReportUriError::Scheme),
    }
}

impl TryFrom<&str> for ReportUri {
    type Error = ReportUriError;
    fn try_from(s: &str) -> Result<Self, ReportUriError> {
        check_uri(s)?;
        Ok(ReportUri(s.to_string()))
    }
}

impl fmt::Display for ReportUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why an extension cannot be added to a [`TlsRpt`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtensionError {
    /// `v` and `rua` are fields of their own.
    Reserved,
    /// The name is not 1 to 32 letters, digits, `_`, `-`, `.`.
    Name,
    /// The value is empty or holds a space, `=`, `;` or a control character.
    Value,
}

impl ExtensionError {
    /// What is wrong, in both languages.
    pub const fn text(self) -> crate::Text {
        use crate::Text;
        match self {
            ExtensionError::Reserved => Text::new(
                "v and rua are fields of their own",
                "v e rua são campos próprios",
            ),
            ExtensionError::Name => Text::new(
                "the name is not 1 to 32 letters, digits, '_', '-' or '.'",
                "o nome não tem 1 a 32 letras, algarismos, '_', '-' ou '.'",
            ),
            ExtensionError::Value => Text::new(
                "the value is empty or holds a space, '=', ';' or a control character",
                "o valor está vazio ou contém um espaço, '=', ';' ou um caráter de controlo",
            ),
        }
    }
}

impl crate::Localized for ExtensionError {
    fn message_in(&self, lang: crate::Lang) -> String {
        self.text().get(lang).to_string()
    }
}

impl fmt::Display for ExtensionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().en)
    }
}

impl std::error::Error for ExtensionError {}

/// The TLS-RPT record published at `_smtp._tls.<domain>` (RFC 8460 3).
///
/// Build one with [`TlsRpt::new`] (which takes the first, required report
/// address) and [`TlsRpt::with_rua`].
///
/// ```
/// use selo::tls_rpt::TlsRpt;
/// let r: TlsRpt = "v=TLSRPTv1;rua=mailto:reports@example.com".parse().unwrap();
/// assert_eq!(r.rua[0].as_str(), "mailto:reports@example.com");
/// assert_eq!(r.to_string(), "v=TLSRPTv1; rua=mailto:reports@example.com");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TlsRpt {
    /// Where reports go (`rua=`), in order; at least one.
    pub rua: Vec<ReportUri>,
    /// Unknown `name=value` tags, in order (senders ignore them).
    /// Use [`TlsRpt::with_extension`] to add one with a checked syntax.
    pub extensions: Vec<(String, String)>,
}

impl TlsRpt {
    /// A record sending reports to `rua`.
    pub fn new(rua: ReportUri) -> Self {
        TlsRpt {
            rua: vec![rua],
            extensions: Vec::new(),
        }
    }

    /// Adds another report address.
    pub fn with_rua(mut self, rua: ReportUri) -> Self {
        self.rua.push(rua);
        self
    }

    /// Adds an extension tag, checking its name and value against the ABNF.
    ///
    /// ```
    /// use selo::tls_rpt::{ReportUri, TlsRpt};
    /// let r = TlsRpt::new(ReportUri::try_from("mailto:a@example.com").unwrap());
    /// assert!(r.clone().with_extension("ext", "yes").is_ok());
    /// assert!(r.clone().with_extension("rua", "x").is_err());
    /// assert!(r.with_extension("ext", "a b").is_err());
    /// ```
    pub fn with_extension(mut self, name: &str, value: &str) -> Result<Self, ExtensionError> {
        if name == "v" || name == "rua" {
            return Err(ExtensionError::Reserved);
        }
        if !crate::taglist::fields::is_ext_name(name) {
            return Err(ExtensionError::Name);
        }
        if !crate::taglist::fields::is_txt_ext_value(value) {
            return Err(ExtensionError::Value);
        }
        self.extensions.push((name.to_string(), value.to_string()));
        Ok(self)
    }
}

impl std::str::FromStr for TlsRpt {
    type Err = crate::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s).into_result()
    }
}
