//! Key pairs made in the browser with WebCrypto (`crypto.subtle`): the
//! only place the app calls it. The private key never leaves the page.

use leptos::prelude::window;
use selo::dkim::{self, KeyChoice};
use wasm_bindgen::{JsCast, JsValue};

/// A freshly generated key pair.
#[derive(Clone)]
pub struct Generated {
    /// The public key, SubjectPublicKeyInfo PEM (for the record).
    pub public_pem: String,
    /// The private key, PKCS#8 PEM.
    pub private_pem: String,
}

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), JsValue> {
    js_sys::Reflect::set(obj, &JsValue::from_str(key), value).map(|_| ())
}

async fn export(
    subtle: &web_sys::SubtleCrypto,
    format: &str,
    key: &web_sys::CryptoKey,
) -> Result<Vec<u8>, JsValue> {
    let buffer = wasm_bindgen_futures::JsFuture::from(subtle.export_key(format, key)?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Makes a key pair with WebCrypto (`crypto.subtle.generateKey`), exports
/// the public key for the record and the private key as PKCS#8 PEM.
pub async fn generate(alg: KeyChoice) -> Result<Generated, JsValue> {
    let subtle = window().crypto()?.subtle();
    let algorithm = js_sys::Object::new();
    match alg.rsa_bits() {
        Some(bits) => {
            set(&algorithm, "name", &"RSASSA-PKCS1-v1_5".into())?;
            set(&algorithm, "modulusLength", &JsValue::from(bits))?;
            let exponent = js_sys::Uint8Array::from(&[1u8, 0, 1][..]);
            set(&algorithm, "publicExponent", &exponent)?;
            set(&algorithm, "hash", &"SHA-256".into())?;
        }
        None => set(&algorithm, "name", &"Ed25519".into())?,
    }
    let usages = js_sys::Array::of2(&"sign".into(), &"verify".into());
    let pair = wasm_bindgen_futures::JsFuture::from(
        subtle.generate_key_with_object(&algorithm, true, &usages)?,
    )
    .await?;
    let public: web_sys::CryptoKey =
        js_sys::Reflect::get(&pair, &"publicKey".into())?.unchecked_into();
    let private: web_sys::CryptoKey =
        js_sys::Reflect::get(&pair, &"privateKey".into())?.unchecked_into();
    // The engine worker turns the public key into the record, as it does
    // for a pasted key: the key reader stays out of the page's module.
    let spki = export(&subtle, "spki", &public).await?;
    let pkcs8 = export(&subtle, "pkcs8", &private).await?;
    Ok(Generated {
        public_pem: dkim::pem_encode("PUBLIC KEY", &spki),
        private_pem: dkim::pem_encode("PRIVATE KEY", &pkcs8),
    })
}
