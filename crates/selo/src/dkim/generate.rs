//! [`DkimKey`] to text, builders, the owner name and PEM input.

use super::key::{self, KeyError, KeyForm};
use super::{DkimKey, KeyType, PublicKey};
use crate::domain::Selector;
use crate::{DomainError, DomainName};
use std::fmt;

impl fmt::Display for DkimKey {
    /// The canonical record: `v`, `k`, `h`, `s`, `t`, `n`, unknown tags in
    /// order, then `p` last, separated by `"; "`. Splitting a long value into
    /// 255-byte strings is [`crate::txt`]'s work.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if self.version_present {
            parts.push("v=DKIM1".into());
        }
        if let Some(k) = &self.key_type {
            parts.push(format!("k={}", k.as_str()));
        }
        let join = |items: Vec<&str>| items.join(":");
        if !self.hash_algorithms.is_empty() {
            parts.push(format!(
                "h={}",
                join(self.hash_algorithms.iter().map(|a| a.as_str()).collect())
            ));
        }
        if !self.service_types.is_empty() {
            parts.push(format!(
                "s={}",
                join(self.service_types.iter().map(|a| a.as_str()).collect())
            ));
        }
        if !self.flags.is_empty() {
            parts.push(format!(
                "t={}",
                join(self.flags.iter().map(|a| a.as_str()).collect())
            ));
        }
        if let Some(n) = &self.notes {
            parts.push(format!("n={}", n.as_str()));
        }
        for t in &self.unknown {
            parts.push(format!("{}={}", t.name(), t.value()));
        }
        parts.push(format!("p={}", self.public_key.as_str()));
        f.write_str(&parts.join("; "))
    }
}

impl DkimKey {
    /// `v=DKIM1; k=rsa; p=<key>` from an RSA SubjectPublicKeyInfo in DER
    /// (what `openssl rsa -pubout -outform DER` writes). A bare PKCS#1
    /// RSAPublicKey is wrapped into a SubjectPublicKeyInfo.
    ///
    /// ```
    /// use selo::dkim::{public_key_from_pem, DkimKey};
    /// let pem = "-----BEGIN PUBLIC KEY-----\n\
    /// MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkM\n\
    /// oGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/R\n\
    /// tdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToI\n\
    /// MmPSPDdQPNUYckcQ2QIDAQAB\n\
    /// -----END PUBLIC KEY-----\n";
    /// let key = DkimKey::rsa_from_spki_der(&public_key_from_pem(pem).unwrap()).unwrap();
    /// assert!(key.to_string().starts_with("v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEB"));
    /// assert_eq!(key.key_info().unwrap().bits, 1024);
    /// assert!(DkimKey::rsa_from_spki_der(b"junk").is_err());
    /// ```
    pub fn rsa_from_spki_der(der: &[u8]) -> Result<DkimKey, KeyError> {
        let info = key::rsa_info(der)?;
        let spki = match info.form {
            super::KeyForm::Pkcs1 => key::pkcs1_to_spki(der)?,
            _ => der.to_vec(),
        };
        Ok(DkimKey {
            version_present: true,
            key_type: Some(KeyType::Rsa),
            public_key: PublicKey::from_der(&spki),
            ..DkimKey::default()
        })
    }

    /// The record for any SubjectPublicKeyInfo (the DER inside a
    /// `-----BEGIN PUBLIC KEY-----` PEM): RSA keys as they are, Ed25519 keys
    /// unwrapped to the raw 32 bytes that RFC 8463 publishes.
    ///
    /// ```
    /// use selo::dkim::{public_key_from_pem, DkimKey};
    /// let pem = "-----BEGIN PUBLIC KEY-----\n\
    ///            MCowBQYDK2VwAyEACxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=\n\
    ///            -----END PUBLIC KEY-----\n";
    /// let key = DkimKey::from_public_key_der(&public_key_from_pem(pem).unwrap()).unwrap();
    /// assert_eq!(key.to_string(), "v=DKIM1; k=ed25519; p=CxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=");
    /// assert!(DkimKey::from_public_key_der(b"junk").is_err());
    /// ```
    pub fn from_public_key_der(der: &[u8]) -> Result<DkimKey, KeyError> {
        match key::ed25519_key(der) {
            Ok(k) if k.form == KeyForm::Spki => Ok(DkimKey::ed25519_from_raw(&k.raw)),
            _ => DkimKey::rsa_from_spki_der(der),
        }
    }

    /// `v=DKIM1; k=ed25519; p=<key>` from the raw 32-byte Ed25519 public key
    /// (RFC 8463 4).
    ///
    /// ```
    /// use selo::dkim::DkimKey;
    /// let k = DkimKey::ed25519_from_raw(&[0u8; 32]);
    /// assert_eq!(k.to_string(), "v=DKIM1; k=ed25519; p=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    /// ```
    pub fn ed25519_from_raw(raw: &[u8; 32]) -> DkimKey {
        DkimKey {
            version_present: true,
            key_type: Some(KeyType::Ed25519),
            public_key: PublicKey::from_der(raw),
            ..DkimKey::default()
        }
    }

    /// `v=DKIM1; k=<type>; p=<key>` from base64 text (white space allowed),
    /// checking the key is a usable key of that type. An Ed25519 key
    /// wrapped in a SubjectPublicKeyInfo is unwrapped: the record holds the
    /// raw 32 bytes RFC 8463 publishes.
    ///
    /// ```
    /// use selo::dkim::{DkimKey, KeyError, KeyType};
    /// let k = DkimKey::from_base64(KeyType::Ed25519, "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=").unwrap();
    /// assert_eq!(k.key_info().unwrap().bits, 256);
    /// let spki = "MCowBQYDK2VwAyEACxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=";
    /// assert_eq!(
    ///     DkimKey::from_base64(KeyType::Ed25519, spki).unwrap().to_string(),
    ///     "v=DKIM1; k=ed25519; p=CxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490="
    /// );
    /// assert!(matches!(
    ///     DkimKey::from_base64(KeyType::Rsa, "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="),
    ///     Err(KeyError::WrongAlgorithm(_))
    /// ));
    /// ```
    pub fn from_base64(key_type: KeyType, text: &str) -> Result<DkimKey, KeyError> {
        let mut public_key = PublicKey::try_from(text)?;
        let bytes = public_key.bytes()?;
        match &key_type {
            KeyType::Rsa => {
                key::rsa_info(&bytes)?;
            }
            KeyType::Ed25519 => {
                let k = key::ed25519_key(&bytes)?;
                if k.form == KeyForm::Spki {
                    public_key = PublicKey::from_der(&k.raw);
                }
            }
            KeyType::Other(w) => {
                return Err(KeyError::Der(format!("unknown key type {}", w.as_str())));
            }
        }
        Ok(DkimKey {
            version_present: true,
            key_type: Some(key_type),
            public_key,
            ..DkimKey::default()
        })
    }

    /// `v=DKIM1; p=`: the record that revokes a selector's key.
    ///
    /// ```
    /// assert_eq!(selo::dkim::DkimKey::revoked().to_string(), "v=DKIM1; p=");
    /// ```
    pub fn revoked() -> DkimKey {
        DkimKey {
            version_present: true,
            ..DkimKey::default()
        }
    }
}

/// Where a DKIM key is published: `<selector>._domainkey.<domain>`.
///
/// Fails only when the name would be longer than DNS allows (253 bytes).
///
/// ```
/// use selo::dkim::{owner_name, Selector};
/// use selo::DomainName;
/// let d = DomainName::try_from("example.com").unwrap();
/// let s = Selector::try_from("s2048").unwrap();
/// assert_eq!(owner_name(&s, &d).unwrap().as_str(), "s2048._domainkey.example.com");
/// ```
pub fn owner_name(selector: &Selector, domain: &DomainName) -> Result<DomainName, DomainError> {
    domain.prefixed(&format!("{}._domainkey", selector.as_str()))
}

/// Why a pasted PEM text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PemError {
    /// No `-----BEGIN ...-----` line, or no matching `-----END ...-----`.
    NotPem,
    /// A private key was pasted: it must never be published.
    PrivateKey,
    /// A PEM block of another kind (a certificate...); holds its label.
    WrongLabel(String),
    /// The body is not base64, or the key inside is not valid.
    Key(KeyError),
}

impl crate::Localized for PemError {
    fn message_in(&self, lang: crate::Lang) -> String {
        use crate::Text;
        match self {
            PemError::NotPem => Text::new(
                "no -----BEGIN PUBLIC KEY----- ... -----END PUBLIC KEY----- block was found",
                "não foi encontrado nenhum bloco -----BEGIN PUBLIC KEY----- ... -----END PUBLIC KEY-----",
            )
            .get(lang)
            .into(),
            PemError::PrivateKey => Text::new(
                "this is a PRIVATE key: keep it secret and never publish it; paste the public key instead",
                "isto é uma chave PRIVADA: guarde-a em segredo e nunca a publique; cole antes a chave pública",
            )
            .get(lang)
            .into(),
            PemError::WrongLabel(l) => crate::diagnostic::fill(
                Text::new(
                    "this is a {label}, not a PUBLIC KEY",
                    "isto é um bloco {label}, não uma PUBLIC KEY",
                )
                .get(lang),
                |_| Some(l),
            )
            .into_owned(),
            PemError::Key(e) => e.message_in(lang),
        }
    }
}

impl fmt::Display for PemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::Localized::message_in(self, crate::Lang::En))
    }
}

impl std::error::Error for PemError {}

/// Reads a pasted `-----BEGIN PUBLIC KEY-----` PEM block into
/// SubjectPublicKeyInfo DER bytes, ready for [`DkimKey::rsa_from_spki_der`].
///
/// A `-----BEGIN RSA PUBLIC KEY-----` block (PKCS#1) is converted to
/// SubjectPublicKeyInfo. Text around the block is ignored. A private key is
/// refused with [`PemError::PrivateKey`].
///
/// ```
/// use selo::dkim::{public_key_from_pem, PemError};
/// assert_eq!(
///     public_key_from_pem("-----BEGIN PRIVATE KEY-----\nMC4CAQ==\n-----END PRIVATE KEY-----"),
///     Err(PemError::PrivateKey)
/// );
/// assert_eq!(public_key_from_pem("hello"), Err(PemError::NotPem));
/// ```
pub fn public_key_from_pem(pem: &str) -> Result<Vec<u8>, PemError> {
    let start = pem.find("-----BEGIN ").ok_or(PemError::NotPem)?;
    let rest = &pem[start + 11..];
    let label_end = rest.find("-----").ok_or(PemError::NotPem)?;
    let label = rest[..label_end].trim().to_string();
    let body_and_end = &rest[label_end + 5..];
    let end_marker = format!("-----END {label}-----");
    let body_end = body_and_end.find(&end_marker).ok_or(PemError::NotPem)?;
    let body = &body_and_end[..body_end];
    if label.contains("PRIVATE") {
        return Err(PemError::PrivateKey);
    }
    // RFC 7468 headers (`Name: value` lines) may precede the base64 body.
    let text: String = body
        .lines()
        .filter(|l| !l.contains(':'))
        .flat_map(|l| l.chars())
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let der = key::decode(&text).map_err(PemError::Key)?;
    match label.as_str() {
        "PUBLIC KEY" => Ok(der),
        "RSA PUBLIC KEY" => key::pkcs1_to_spki(&der).map_err(PemError::Key),
        _ => Err(PemError::WrongLabel(label)),
    }
}

/// Why a pasted public key could not be read ([`DkimKey::from_pasted`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasteError {
    /// A PEM block that is not a usable public key.
    Pem(PemError),
    /// Base64 (alone or in `p=`) that is not a usable key.
    Key(KeyError),
    /// Text with `p=` that is not a DKIM record, or one without a key.
    Record,
}

const NO_KEY_IN_RECORD: crate::Text = crate::Text::new(
    "this looks like a DKIM record (it has p=) but no key could be read from it",
    "isto parece um registo DKIM (tem p=) mas não foi possível ler nenhuma chave nele",
);

impl crate::Localized for PasteError {
    fn message_in(&self, lang: crate::Lang) -> String {
        match self {
            PasteError::Pem(e) => e.message_in(lang),
            PasteError::Key(e) => e.message_in(lang),
            PasteError::Record => NO_KEY_IN_RECORD.get(lang).to_string(),
        }
    }
}

impl fmt::Display for PasteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::Localized::message_in(self, crate::Lang::En))
    }
}

impl std::error::Error for PasteError {}

impl DkimKey {
    /// The record for a public key pasted in any of the forms providers
    /// hand out: a PEM block (`PUBLIC KEY` or `RSA PUBLIC KEY`), a whole
    /// DKIM record (`v=DKIM1; k=rsa; p=...`), or the bare base64 of `p=`.
    /// The key type is read from the key itself: RSA, or Ed25519 either as
    /// its raw 32 bytes or wrapped in a SubjectPublicKeyInfo (unwrapped, as
    /// RFC 8463 publishes it).
    ///
    /// ```
    /// use selo::dkim::{DkimKey, PasteError, PemError};
    /// let ed = "MCowBQYDK2VwAyEACxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=";
    /// let want = "v=DKIM1; k=ed25519; p=CxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=";
    /// assert_eq!(DkimKey::from_pasted(ed).unwrap().to_string(), want);
    /// let pem = format!("-----BEGIN PUBLIC KEY-----\n{ed}\n-----END PUBLIC KEY-----\n");
    /// assert_eq!(DkimKey::from_pasted(&pem).unwrap().to_string(), want);
    /// let record = format!("v=DKIM1; k=ed25519; p={ed}");
    /// assert_eq!(DkimKey::from_pasted(&record).unwrap().to_string(), want);
    /// assert_eq!(
    ///     DkimKey::from_pasted("-----BEGIN PRIVATE KEY-----\nMC4=\n-----END PRIVATE KEY-----"),
    ///     Err(PasteError::Pem(PemError::PrivateKey))
    /// );
    /// assert_eq!(DkimKey::from_pasted("v=DKIM1; k=rsa; p="), Err(PasteError::Record));
    /// assert!(matches!(DkimKey::from_pasted("v=DKIM1; k=rsa; p=%%"), Err(PasteError::Key(_))));
    /// assert!(matches!(DkimKey::from_pasted("not a key!"), Err(PasteError::Key(_))));
    /// ```
    pub fn from_pasted(text: &str) -> Result<DkimKey, PasteError> {
        let text = text.trim();
        if text.contains("-----BEGIN") {
            let der = public_key_from_pem(text).map_err(PasteError::Pem)?;
            return DkimKey::from_public_key_der(&der).map_err(PasteError::Key);
        }
        if text.contains("p=") {
            // Only the key is taken from the record: other findings about
            // it do not matter here, and the key itself is checked below.
            let record = super::parse(text).value.ok_or(PasteError::Record)?;
            if record.public_key.as_str().is_empty() {
                return Err(PasteError::Record);
            }
            return DkimKey::from_base64(record.effective_key_type(), record.public_key.as_str())
                .map_err(PasteError::Key);
        }
        match DkimKey::from_base64(KeyType::Rsa, text) {
            Err(KeyError::WrongAlgorithm(key::KeyAlgorithm::Ed25519)) => {
                DkimKey::from_base64(KeyType::Ed25519, text).map_err(PasteError::Key)
            }
            other => other.map_err(PasteError::Key),
        }
    }
}

/// A key pair Selo offers to make, in menu order: the choices of the
/// app's generator and of `selo generate dkim`.
///
/// ```
/// use selo::dkim::KeyChoice;
/// assert_eq!(KeyChoice::default(), KeyChoice::Rsa2048);
/// assert_eq!(KeyChoice::rsa(4096), Some(KeyChoice::Rsa4096));
/// assert_eq!(KeyChoice::rsa(3072), None);
/// assert_eq!("ed25519".parse(), Ok(KeyChoice::Ed25519));
/// assert_eq!(KeyChoice::Ed25519.bits(), 256);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum KeyChoice {
    /// RSA, 2048 bits: the default.
    #[default]
    Rsa2048,
    /// RSA, 1024 bits: the weak minimum verifiers accept (RFC 8301 3.2).
    Rsa1024,
    /// RSA, 4096 bits: strong, but the record needs several strings.
    Rsa4096,
    /// Ed25519 (RFC 8463): small, not yet verified by every receiver.
    Ed25519,
}

impl KeyChoice {
    /// Every choice, in menu order.
    pub const ALL: [KeyChoice; 4] = [
        KeyChoice::Rsa2048,
        KeyChoice::Rsa1024,
        KeyChoice::Rsa4096,
        KeyChoice::Ed25519,
    ];

    /// The name in URLs and on the command line: `rsa2048`, `ed25519`...
    pub const fn as_str(self) -> &'static str {
        match self {
            KeyChoice::Rsa2048 => "rsa2048",
            KeyChoice::Rsa1024 => "rsa1024",
            KeyChoice::Rsa4096 => "rsa4096",
            KeyChoice::Ed25519 => "ed25519",
        }
    }

    /// The RSA choice of `bits`, if Selo offers it.
    pub fn rsa(bits: u32) -> Option<KeyChoice> {
        KeyChoice::ALL
            .into_iter()
            .find(|c| c.rsa_bits() == Some(bits))
    }

    /// The RSA modulus size; `None` for Ed25519.
    pub const fn rsa_bits(self) -> Option<u32> {
        match self {
            KeyChoice::Rsa2048 => Some(2048),
            KeyChoice::Rsa1024 => Some(1024),
            KeyChoice::Rsa4096 => Some(4096),
            KeyChoice::Ed25519 => None,
        }
    }

    /// The key size the record will show ([`KeyInfo::bits`]).
    pub const fn bits(self) -> u32 {
        match self.rsa_bits() {
            Some(b) => b,
            None => 256,
        }
    }

    /// The `k=` key type.
    pub fn key_type(self) -> KeyType {
        match self {
            KeyChoice::Ed25519 => KeyType::Ed25519,
            _ => KeyType::Rsa,
        }
    }
}

impl std::str::FromStr for KeyChoice {
    type Err = crate::ValueError;
    fn from_str(s: &str) -> Result<Self, crate::ValueError> {
        KeyChoice::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                crate::ValueError::new(
                    s,
                    crate::Text::new(
                        "allowed: rsa2048, rsa1024, rsa4096, ed25519",
                        "valores admitidos: rsa2048, rsa1024, rsa4096, ed25519",
                    ),
                )
            })
    }
}

/// Writes DER bytes as a PEM block (RFC 7468): `-----BEGIN <label>-----`,
/// the base64 text in lines of 64 characters, `-----END <label>-----`, each
/// line ended by `\n`. Used to offer a generated private key
/// (`PRIVATE KEY`, PKCS#8) as a file.
///
/// ```
/// use selo::dkim::{pem_encode, public_key_from_pem};
/// let der = vec![0x30u8; 100];
/// let pem = pem_encode("PUBLIC KEY", &der);
/// assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----\n"));
/// assert!(pem.ends_with("-----END PUBLIC KEY-----\n"));
/// assert!(pem.lines().all(|l| l.len() <= 64));
/// assert_eq!(pem.lines().nth(1).unwrap().len(), 64);
/// assert_eq!(pem_encode("X", &[]), "-----BEGIN X-----\n-----END X-----\n");
/// ```
pub fn pem_encode(label: &str, der: &[u8]) -> String {
    let b64 = key::encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        // Base64 text is ASCII: every chunk is valid UTF-8.
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

#[cfg(test)]
mod pem_tests {
    use super::*;

    #[test]
    fn pem_encode_round_trips_through_the_pem_reader() {
        // A real 1024-bit RSA SubjectPublicKeyInfo (from the doc example).
        let pem = "-----BEGIN PUBLIC KEY-----\n\
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkM\n\
oGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/R\n\
tdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToI\n\
MmPSPDdQPNUYckcQ2QIDAQAB\n\
-----END PUBLIC KEY-----\n";
        let der = public_key_from_pem(pem).unwrap();
        assert_eq!(pem_encode("PUBLIC KEY", &der), pem);
    }

    #[test]
    fn pasted_keys_of_every_form_are_read() {
        let b64 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";
        let pem = format!("-----BEGIN PUBLIC KEY-----\n{b64}\n-----END PUBLIC KEY-----\n");
        for text in [
            b64.to_string(),
            format!("  {b64}\n"),
            pem,
            format!("v=DKIM1; k=rsa; p={b64}"),
            format!("v=DKIM1; p={b64}"),
        ] {
            let key = DkimKey::from_pasted(&text).unwrap();
            assert_eq!(
                key.key_info().unwrap().to_string(),
                "RSA 1024 bits",
                "{text}"
            );
            assert!(key.to_string().ends_with(b64));
        }
        let raw = DkimKey::from_pasted("11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=").unwrap();
        assert_eq!(raw.key_info().unwrap().to_string(), "Ed25519 256 bits");
        assert!(matches!(
            DkimKey::from_pasted("-----BEGIN CERTIFICATE-----\nMC4=\n-----END CERTIFICATE-----"),
            Err(PasteError::Pem(PemError::WrongLabel(_)))
        ));
        assert!(DkimKey::from_pasted("").is_err());
    }
}
