//! Decoding the public key of `p=`: base64, then DER (RSA
//! SubjectPublicKeyInfo or bare PKCS#1 RSAPublicKey) or the raw 32 bytes of
//! an Ed25519 key (RFC 8463 4).

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
    /// The text is not base64; the byte offset of the first bad character
    /// in the text without white space, when known.
    Base64(String),
    /// The bytes are not a DER structure of the expected kind.
    Der(String),
    /// The key is of another algorithm than expected.
    WrongAlgorithm(KeyAlgorithm),
    /// An Ed25519 key wrapped in a SubjectPublicKeyInfo; holds the raw key.
    Ed25519Spki([u8; 32]),
    /// An Ed25519 key of the wrong length.
    Ed25519Length(usize),
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Base64(e) => write!(f, "not base64: {e}"),
            KeyError::Der(e) => write!(f, "not a valid key structure: {e}"),
            KeyError::WrongAlgorithm(a) => write!(f, "this is an {} key", a.as_str()),
            KeyError::Ed25519Spki(_) => f.write_str(
                "an Ed25519 key wrapped in SubjectPublicKeyInfo; DKIM wants the raw 32 bytes",
            ),
            KeyError::Ed25519Length(n) => {
                write!(f, "an Ed25519 key is 32 bytes, this one has {n}")
            }
        }
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
            base64::DecodeError::InvalidByte(_, b) => {
                format!("the character {:?} is not allowed", b as char)
            }
            base64::DecodeError::InvalidLength(_) => {
                "the length is wrong, some characters are missing".to_string()
            }
            base64::DecodeError::InvalidLastSymbol(_, _) => {
                "the last character is wrong, the key is probably cut".to_string()
            }
            base64::DecodeError::InvalidPadding => "the '=' padding is wrong".to_string(),
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

/// Reads an Ed25519 key: exactly 32 raw bytes.
pub(crate) fn ed25519_info(bytes: &[u8]) -> Result<KeyInfo, KeyError> {
    if bytes.len() == 32 {
        return Ok(KeyInfo {
            algorithm: KeyAlgorithm::Ed25519,
            bits: 256,
            form: KeyForm::Raw,
        });
    }
    match spki_parts(bytes) {
        Ok((oid, key)) if oid == ED25519_OID => match <[u8; 32]>::try_from(key) {
            Ok(raw) => Err(KeyError::Ed25519Spki(raw)),
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
}
