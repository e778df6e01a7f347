//! Decoding the public key of `p=`: base64, then DER (RSA
//! SubjectPublicKeyInfo or bare PKCS#1 RSAPublicKey) or the raw 32 bytes of
//! an Ed25519 key (RFC 8463 4).

use crate::{Lang, Text};
use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde::Serialize;
use std::fmt;

/// Object identifier of rsaEncryption (RFC 8017 A.1).
pub(crate) const RSA_OID: spki::ObjectIdentifier =
    spki::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
/// Object identifier of Ed25519 (RFC 8410 3).
pub(crate) const ED25519_OID: spki::ObjectIdentifier =
    spki::ObjectIdentifier::new_unwrap("1.3.101.112");

/// Decodes with or without the final `=` padding.
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The kind of a public key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum KeyAlgorithm {
    /// RSA (`k=rsa`).
    Rsa,
    /// Ed25519 (`k=ed25519`, RFC 8463).
    Ed25519,
}

impl KeyAlgorithm {
    /// `RSA` or `Ed25519`.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyAlgorithm::Rsa => "RSA",
            KeyAlgorithm::Ed25519 => "Ed25519",
        }
    }
}

/// How the key bytes are packed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum KeyForm {
    /// An X.509 SubjectPublicKeyInfo (what `openssl rsa -pubout` prints).
    Spki,
    /// A bare PKCS#1 RSAPublicKey (found in some old records).
    Pkcs1,
    /// The raw 32 bytes of an Ed25519 key.
    Raw,
}

/// What a published key is.
///
/// ```
/// use selo::dkim::{KeyAlgorithm, KeyForm, KeyInfo};
/// let i = KeyInfo { algorithm: KeyAlgorithm::Rsa, bits: 2048, form: KeyForm::Spki };
/// assert_eq!(i.to_string(), "RSA 2048 bits");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct KeyInfo {
    /// RSA or Ed25519.
    pub algorithm: KeyAlgorithm,
    /// The RSA modulus size, or 256 for Ed25519.
    pub bits: u32,
    /// How the key is packed.
    pub form: KeyForm,
}

impl fmt::Display for KeyInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} bits", self.algorithm.as_str(), self.bits)
    }
}

/// Why a public key cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyError {
    /// The text is not base64.
    Base64(Base64Problem),
    /// The bytes are not a DER structure of the expected kind.
    Der(String),
    /// The key is of another algorithm than expected.
    WrongAlgorithm(KeyAlgorithm),
    /// An Ed25519 key of the wrong length.
    Ed25519Length(usize),
}

/// What is wrong with base64 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Problem {
    /// A character base64 does not use.
    Character(char),
    /// The length is wrong: characters are missing.
    Length,
    /// The last character is wrong: the text was probably cut.
    LastSymbol,
    /// The `=` padding is wrong.
    Padding,
}

impl crate::Localized for Base64Problem {
    fn message_in(&self, lang: Lang) -> String {
        let t = match self {
            Base64Problem::Character(c) => {
                let t = Text::new(
                    "the character {c} is not allowed",
                    "o caráter {c} não é permitido",
                );
                let shown = format!("{c:?}");
                return crate::diagnostic::fill(t.get(lang), |_| Some(&shown)).into_owned();
            }
            Base64Problem::Length => Text::new(
                "the length is wrong, some characters are missing",
                "o comprimento está errado, faltam carateres",
            ),
            Base64Problem::LastSymbol => Text::new(
                "the last character is wrong, the key is probably cut",
                "o último caráter está errado, a chave deve estar cortada",
            ),
            Base64Problem::Padding => Text::new(
                "the '=' padding is wrong",
                "o preenchimento com '=' está errado",
            ),
        };
        t.get(lang).to_string()
    }
}

impl fmt::Display for Base64Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::Localized::message_in(self, Lang::En))
    }
}

impl crate::Localized for KeyError {
    /// The library's own detail of a [`KeyError::Der`] is kept in English
    /// only; the Portuguese text says what it means.
    fn message_in(&self, lang: Lang) -> String {
        use crate::diagnostic::fill;
        match (self, lang) {
            (KeyError::Base64(e), Lang::En) => format!("not base64: {}", e.message_in(lang)),
            (KeyError::Base64(e), Lang::Pt) => format!("não é base64: {}", e.message_in(lang)),
            (KeyError::Der(e), Lang::En) => format!("not a valid key structure: {e}"),
            (KeyError::Der(_), Lang::Pt) => "estes bytes não são uma chave pública válida".into(),
            (KeyError::WrongAlgorithm(a), _) => fill(
                Text::new("this is an {a} key", "esta é uma chave {a}").get(lang),
                |_| Some(a.as_str()),
            )
            .into_owned(),
            (KeyError::Ed25519Length(n), _) => {
                let n = n.to_string();
                fill(
                    Text::new(
                        "an Ed25519 key is 32 bytes, this one has {n}",
                        "uma chave Ed25519 tem 32 bytes, esta tem {n}",
                    )
                    .get(lang),
                    |_| Some(&n),
                )
                .into_owned()
            }
        }
    }
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::Localized::message_in(self, Lang::En))
    }
}

impl std::error::Error for KeyError {}

/// Base64 of `bytes`, with padding.
pub(crate) fn encode(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Decodes base64 text (white space already removed).
pub(crate) fn decode(text: &str) -> Result<Vec<u8>, KeyError> {
    LENIENT.decode(text).map_err(|e| {
        KeyError::Base64(match e {
            base64::DecodeError::InvalidByte(_, b) => Base64Problem::Character(b as char),
            base64::DecodeError::InvalidLength(_) => Base64Problem::Length,
            base64::DecodeError::InvalidLastSymbol(_, _) => Base64Problem::LastSymbol,
            base64::DecodeError::InvalidPadding => Base64Problem::Padding,
        })
    })
}

/// Number of significant bits of a big-endian unsigned integer.
fn bit_len(bytes: &[u8]) -> u32 {
    let mut b = bytes;
    while let [0, rest @ ..] = b {
        b = rest;
    }
    match b.first() {
        None => 0,
        Some(first) => (b.len() as u32 - 1) * 8 + (8 - first.leading_zeros()),
    }
}

fn pkcs1_bits(der: &[u8]) -> Result<u32, String> {
    let key = pkcs1::RsaPublicKey::try_from(der).map_err(|e| e.to_string())?;
    Ok(bit_len(key.modulus.as_bytes()))
}

/// The algorithm of a SubjectPublicKeyInfo, and its key bytes.
fn spki_parts(der: &[u8]) -> Result<(spki::ObjectIdentifier, &[u8]), String> {
    let info = spki::SubjectPublicKeyInfoRef::try_from(der).map_err(|e| e.to_string())?;
    let bits = info
        .subject_public_key
        .as_bytes()
        .ok_or_else(|| "the key bit string has unused bits".to_string())?;
    Ok((info.algorithm.oid, bits))
}

/// Reads an RSA key: SubjectPublicKeyInfo, or a bare PKCS#1 RSAPublicKey.
pub(crate) fn rsa_info(der: &[u8]) -> Result<KeyInfo, KeyError> {
    match spki_parts(der) {
        Ok((oid, key)) if oid == RSA_OID => {
            let bits = pkcs1_bits(key).map_err(KeyError::Der)?;
            Ok(KeyInfo {
                algorithm: KeyAlgorithm::Rsa,
                bits,
                form: KeyForm::Spki,
            })
        }
        Ok((oid, _)) if oid == ED25519_OID => Err(KeyError::WrongAlgorithm(KeyAlgorithm::Ed25519)),
        Ok((oid, _)) => Err(KeyError::Der(format!("unexpected key algorithm {oid}"))),
        Err(spki_err) => match pkcs1_bits(der) {
            Ok(bits) => Ok(KeyInfo {
                algorithm: KeyAlgorithm::Rsa,
                bits,
                form: KeyForm::Pkcs1,
            }),
            Err(_) if der.len() == 32 => Err(KeyError::WrongAlgorithm(KeyAlgorithm::Ed25519)),
            Err(_) => Err(KeyError::Der(spki_err)),
        },
    }
}

/// An Ed25519 key as read from bytes: the raw 32 bytes RFC 8463 publishes,
/// and how the bytes held them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ed25519Key {
    /// The raw key.
    pub raw: [u8; 32],
    /// [`KeyForm::Raw`], or [`KeyForm::Spki`] when the key was unwrapped
    /// from a SubjectPublicKeyInfo (a usable key, but not what a DKIM
    /// record may publish).
    pub form: KeyForm,
}

impl Ed25519Key {
    /// Algorithm, size and form.
    pub fn info(&self) -> KeyInfo {
        KeyInfo {
            algorithm: KeyAlgorithm::Ed25519,
            bits: 256,
            form: self.form,
        }
    }
}

/// Reads an Ed25519 key: exactly 32 raw bytes, or a SubjectPublicKeyInfo
/// holding them (unwrapped, with [`KeyForm::Spki`]).
pub(crate) fn ed25519_key(bytes: &[u8]) -> Result<Ed25519Key, KeyError> {
    if let Ok(raw) = <[u8; 32]>::try_from(bytes) {
        return Ok(Ed25519Key {
            raw,
            form: KeyForm::Raw,
        });
    }
    match spki_parts(bytes) {
        Ok((oid, key)) if oid == ED25519_OID => match <[u8; 32]>::try_from(key) {
            Ok(raw) => Ok(Ed25519Key {
                raw,
                form: KeyForm::Spki,
            }),
            Err(_) => Err(KeyError::Ed25519Length(key.len())),
        },
        Ok((oid, _)) if oid == RSA_OID => Err(KeyError::WrongAlgorithm(KeyAlgorithm::Rsa)),
        _ if pkcs1_bits(bytes).is_ok() => Err(KeyError::WrongAlgorithm(KeyAlgorithm::Rsa)),
        _ => Err(KeyError::Ed25519Length(bytes.len())),
    }
}

/// Wraps a PKCS#1 RSAPublicKey into a SubjectPublicKeyInfo.
pub(crate) fn pkcs1_to_spki(pkcs1_der: &[u8]) -> Result<Vec<u8>, KeyError> {
    use der::Encode as _;
    pkcs1_bits(pkcs1_der).map_err(KeyError::Der)?;
    let info = spki::SubjectPublicKeyInfoOwned {
        algorithm: spki::AlgorithmIdentifierOwned {
            oid: RSA_OID,
            parameters: Some(der::Any::null()),
        },
        subject_public_key: der::asn1::BitString::from_bytes(pkcs1_der)
            .map_err(|e| KeyError::Der(e.to_string()))?,
    };
    info.to_der().map_err(|e| KeyError::Der(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_length_ignores_leading_zeros() {
        assert_eq!(bit_len(&[0, 0x80, 0]), 16);
        assert_eq!(bit_len(&[0x01, 0xff]), 9);
        assert_eq!(bit_len(&[0, 0]), 0);
    }

    #[test]
    fn pkcs1_wraps_into_the_same_spki() {
        // RSA-1024 in both forms, from the dkimpy test suite.
        let spki_b64 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";
        let spki = decode(spki_b64).unwrap();
        let (_, inner) = spki_parts(&spki).unwrap();
        assert_eq!(pkcs1_to_spki(inner).unwrap(), spki);
        assert_eq!(rsa_info(inner).unwrap().form, KeyForm::Pkcs1);
        assert_eq!(rsa_info(&spki).unwrap().bits, 1024);
    }

    #[test]
    fn ed25519_is_read_raw_or_unwrapped_from_spki() {
        let raw = decode("CxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=").unwrap();
        let spki = decode("MCowBQYDK2VwAyEACxyYvzGpKDD99nwTD1xVsjj9dmwZ30i0kK4dnsyJ490=").unwrap();
        let bare = ed25519_key(&raw).unwrap();
        assert_eq!((bare.raw.as_slice(), bare.form), (&raw[..], KeyForm::Raw));
        let unwrapped = ed25519_key(&spki).unwrap();
        assert_eq!(unwrapped.raw, bare.raw);
        assert_eq!(unwrapped.info().form, KeyForm::Spki);
        assert_eq!(unwrapped.info().bits, 256);
        assert_eq!(ed25519_key(&raw[..31]), Err(KeyError::Ed25519Length(31)));
    }
}
