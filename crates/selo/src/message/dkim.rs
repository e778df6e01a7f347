//! DKIM (RFC 6376, 8301, 8463) and ARC (RFC 8617) verification with
//! mail-auth, the keys looked up through Selo's resolver.
//!
//! mail-auth parses the signatures, canonicalizes, hashes and verifies; its
//! verifier asks a [`ResolverCache`] before its own DNS. Selo looks every
//! key up first (all at once), and hands them over as a cache that answers
//! every name, "not found" for any other: mail-auth never makes a query.

use super::messages as m;
use super::{DkimCheck, DkimResult};
use crate::dns::{Outcome, QueryType, Resolver};
use crate::{Diagnostic, Localized, Span};
use futures_util::future::join_all;
use mail_auth::common::crypto::Algorithm;
use mail_auth::common::parse::TxtRecordParser;
use mail_auth::common::verify::{DomainKey, VerifySignature};
use mail_auth::dkim::{Canonicalization, DkimError};
use mail_auth::{
    AuthenticatedMessage, DnsError, Error as AuthError, MessageAuthenticator, Parameters,
    ResolverCache, Txt,
};
use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

/// The most keys looked up for one message.
const MAX_KEYS: usize = 32;

/// Keys looked up by Selo, as mail-auth's TXT cache.
struct Keys(HashMap<Box<str>, Txt>);

impl ResolverCache<Box<str>, Txt> for Keys {
    fn get<Q>(&self, name: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        // Every name answers: a name Selo did not look up is "not found",
        // so mail-auth's own resolver is never used.
        Some(
            self.0
                .get(name)
                .cloned()
                .unwrap_or(Txt::Error(AuthError::Dns(DnsError::RecordNotFound(3)))),
        )
    }

    fn remove<Q>(&self, _: &Q) -> Option<Txt>
    where
        Box<str>: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        None
    }

    fn insert(&self, _: Box<str>, _: Txt, _: web_time::Instant) {}
}

/// What Selo's lookup of one key found.
#[derive(Clone, Debug)]
enum KeyLookup {
    /// A key record (its text).
    Found(String),
    /// NXDOMAIN, NODATA or no DKIM key among the TXT records.
    Missing,
    /// The lookup failed: why, in English and in Portuguese.
    Failed(String, String),
}

async fn fetch<R: Resolver>(r: &R, name: &str) -> KeyLookup {
    let answer = r.lookup(name, QueryType::Txt).await;
    match &answer.outcome {
        Outcome::Failed(e) => KeyLookup::Failed(e.to_string(), e.message_in(crate::Lang::Pt)),
        Outcome::Records(_) => answer
            .txt()
            .into_iter()
            .find(|t| crate::dkim::looks_like_key(t))
            .map_or(KeyLookup::Missing, KeyLookup::Found),
        _ => KeyLookup::Missing,
    }
}

/// The DKIM results and the ARC chain's.
pub(super) struct Verified {
    pub checks: Vec<DkimCheck>,
    pub diagnostics: Vec<Diagnostic>,
    /// `pass`, `fail`, `neutral`, `permerror`, `temperror`, or `None` when
    /// the message has no ARC set.
    pub arc_result: Option<String>,
}

fn algorithm(a: Algorithm) -> &'static str {
    match a {
        Algorithm::RsaSha1 => "rsa-sha1",
        Algorithm::RsaSha256 => "rsa-sha256",
        Algorithm::Ed25519Sha256 => "ed25519-sha256",
    }
}

fn canon(c: Canonicalization) -> &'static str {
    match c {
        Canonicalization::Relaxed => "relaxed",
        Canonicalization::Simple => "simple",
    }
}

/// A DKIM-style tag's value in a raw field (`d`, `s`), for signatures
/// mail-auth could not read.
fn raw_tag(value: &[u8], name: &str) -> String {
    let text = super::read::unfold(&String::from_utf8_lossy(value));
    text.split(';')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
        .map(|(_, v)| v.split_whitespace().collect::<String>())
        .unwrap_or_default()
}

fn result_word(r: &mail_auth::DkimResult) -> &'static str {
    match r {
        mail_auth::DkimResult::Pass => "pass",
        mail_auth::DkimResult::Neutral(_) => "neutral",
        mail_auth::DkimResult::Fail(_) => "fail",
        mail_auth::DkimResult::PermError(_) => "permerror",
        mail_auth::DkimResult::TempError(_) => "temperror",
        mail_auth::DkimResult::None => "none",
    }
}

/// Verifies every DKIM signature and the ARC chain of `raw`.
pub(super) async fn verify<R: Resolver>(
    raw: &[u8],
    r: &R,
    now: Option<u64>,
    headers_only: bool,
) -> Verified {
    let mut out = Verified {
        checks: Vec::new(),
        diagnostics: Vec::new(),
        arc_result: None,
    };
    let Some(message) = AuthenticatedMessage::parse_with_opts(raw, None, false) else {
        return out;
    };
    // Every key name, each looked up once, all at once.
    let mut names: Vec<String> = message
        .dkim_headers
        .iter()
        .map(|h| h.header.domain_key())
        .chain(message.as_headers.iter().map(|h| h.header.domain_key()))
        .chain(message.ams_headers.iter().map(|h| h.header.domain_key()))
        .collect();
    names.sort();
    names.dedup();
    // The message is untrusted: look up at most MAX_KEYS keys.
    let skipped = names.split_off(names.len().min(MAX_KEYS));
    let mut found: HashMap<String, KeyLookup> = join_all(
        names
            .iter()
            .map(|n| async move { (n.clone(), fetch(r, n.trim_end_matches('.')).await) }),
    )
    .await
    .into_iter()
    .collect();
    for n in skipped {
        let why = format!("not looked up: the message names more than {MAX_KEYS} keys");
        let why_pt = format!("não consultada: a mensagem indica mais de {MAX_KEYS} chaves");
        found.insert(n, KeyLookup::Failed(why, why_pt));
    }
    let keys = Keys(
        found
            .iter()
            .map(|(name, k)| {
                let txt = match k {
                    KeyLookup::Found(text) => match DomainKey::parse(text.as_bytes()) {
                        Ok(key) => Txt::DomainKey(Arc::new(key)),
                        Err(e) => Txt::Error(e),
                    },
                    KeyLookup::Missing => Txt::Error(AuthError::Dns(DnsError::RecordNotFound(3))),
                    KeyLookup::Failed(e, _) => {
                        Txt::Error(AuthError::Dns(DnsError::Resolver(e.clone())))
                    }
                };
                (name.clone().into_boxed_str(), txt)
            })
            .collect(),
    );
    // mail-auth's resolver is never asked (the cache answers every name);
    // the endpoint is a placeholder that no request is sent to.
    let authenticator = MessageAuthenticator::new_doh("http://127.0.0.1:9/unused");
    let outputs = authenticator
        .verify_dkim(Parameters::new(&message).with_txt_cache(&keys))
        .await;

    for o in &outputs {
        let Some(sig) = o.signature() else {
            continue;
        };
        let key_name = sig.domain_key().trim_end_matches('.').to_string();
        let lookup = found.get(&sig.domain_key());
        let key = match lookup {
            Some(KeyLookup::Found(text)) => crate::dkim::parse(text).value,
            _ => None,
        };
        let key_bits = key.as_ref().and_then(|k| k.key_info()).map(|i| i.bits);
        let domain = sig.d.to_ascii_lowercase();
        let mut check = DkimCheck {
            domain: domain.clone(),
            selector: sig.s.clone(),
            algorithm: algorithm(sig.a).to_string(),
            canonicalization: format!("{}/{}", canon(sig.ch), canon(sig.cb)),
            key_name: key_name.clone(),
            key_bits,
            signed_at: (sig.t != 0).then_some(sig.t),
            expires: (sig.x != 0).then_some(sig.x),
            result: DkimResult::Pass,
            reason: None,
            aligned: false,
        };
        let at = |msg: &'static crate::Message| {
            Diagnostic::new(msg, Span::default())
                .arg("domain", &domain)
                .arg("selector", &sig.s)
                .arg("name", &key_name)
        };
        if let (Some(now), Some(t)) = (now, check.signed_at)
            && t > now + 300
        {
            out.diagnostics
                .push(at(&m::DKIM_FUTURE).arg("signed", iso_time(t)));
        }
        let mut set = |result: DkimResult, reason: &str, d: Option<Diagnostic>| {
            check.result = result;
            check.reason = Some(reason.to_string());
            if let Some(d) = d {
                out.diagnostics.push(d);
            }
        };
        let expired_now = matches!((now, check.expires), (Some(now), Some(x)) if x < now);
        match o.result() {
            mail_auth::DkimResult::Pass => {
                if key_bits.is_some_and(|b| b < 1024) && sig.a != Algorithm::Ed25519Sha256 {
                    let bits = key_bits.unwrap_or(0);
                    set(
                        DkimResult::PermError,
                        "key-too-short",
                        Some(at(&m::DKIM_KEY_SHORT).arg("bits", bits)),
                    );
                } else if expired_now {
                    set(
                        DkimResult::Neutral,
                        "expired",
                        Some(
                            at(&m::DKIM_EXPIRED)
                                .arg("expired", iso_time(check.expires.unwrap_or(0))),
                        ),
                    );
                }
            }
            mail_auth::DkimResult::Neutral(e)
            | mail_auth::DkimResult::Fail(e)
            | mail_auth::DkimResult::PermError(e)
            | mail_auth::DkimResult::TempError(e) => match e {
                AuthError::Dkim(DkimError::FailedBodyHashMatch) if headers_only => {
                    set(DkimResult::Neutral, "no-body", None);
                }
                AuthError::Dkim(DkimError::FailedBodyHashMatch) => {
                    set(
                        DkimResult::Fail,
                        "body-hash-mismatch",
                        Some(at(&m::DKIM_BODY_CHANGED)),
                    );
                }
                AuthError::Dkim(DkimError::SignatureExpired) => set(
                    DkimResult::Neutral,
                    "expired",
                    Some(at(&m::DKIM_EXPIRED).arg("expired", iso_time(check.expires.unwrap_or(0)))),
                ),
                AuthError::Dkim(DkimError::RevokedPublicKey) => set(
                    DkimResult::PermError,
                    "key-revoked",
                    Some(at(&m::DKIM_KEY_REVOKED)),
                ),
                AuthError::Dns(DnsError::Resolver(detail)) => {
                    // The Portuguese words of the failure Selo's own lookup
                    // gave (mail-auth carries only the English text).
                    let pt = found
                        .values()
                        .find_map(|k| match k {
                            KeyLookup::Failed(en, pt) if en == detail => Some(pt.clone()),
                            _ => None,
                        })
                        .unwrap_or_else(|| "a consulta falhou".into());
                    let d = at(&m::DKIM_TEMPERROR).arg_both("detail", detail.clone(), pt);
                    set(DkimResult::TempError, "dns-error", Some(d));
                }
                AuthError::Dns(_) => set(
                    DkimResult::PermError,
                    "key-not-published",
                    Some(at(&m::DKIM_KEY_MISSING)),
                ),
                AuthError::Crypto(mail_auth::common::crypto::CryptoError::FailedVerification)
                | AuthError::Dkim(DkimError::FailedAuidMatch) => set(
                    DkimResult::Fail,
                    "signature-mismatch",
                    Some(at(&m::DKIM_BAD_SIGNATURE)),
                ),
                AuthError::Dkim(
                    DkimError::UnsupportedAlgorithm
                    | DkimError::UnsupportedKeyType
                    | DkimError::UnsupportedVersion
                    | DkimError::UnsupportedCanonicalization,
                )
                | AuthError::Crypto(_) => {
                    let d = at(&m::DKIM_UNSUPPORTED).arg_both(
                        "detail",
                        e.to_string(),
                        unsupported_pt(e),
                    );
                    set(DkimResult::PermError, "unsupported", Some(d));
                }
                other => {
                    let d = at(&m::DKIM_MALFORMED).arg_both(
                        "detail",
                        other.to_string(),
                        "assinatura mal formada".into(),
                    );
                    set(DkimResult::PermError, "malformed", Some(d));
                }
            },
            mail_auth::DkimResult::None => set(DkimResult::Neutral, "malformed", None),
        }
        out.checks.push(check);
    }
    // Signatures mail-auth could not read at all.
    for e in &message.errors {
        if e.name.eq_ignore_ascii_case(b"DKIM-Signature") {
            let domain = raw_tag(e.value, "d").to_ascii_lowercase();
            let selector = raw_tag(e.value, "s");
            out.diagnostics.push(
                Diagnostic::new(&m::DKIM_MALFORMED, Span::default()).arg_both(
                    "detail",
                    e.header.to_string(),
                    "sintaxe inválida".into(),
                ),
            );
            out.checks.push(DkimCheck {
                key_name: format!("{selector}._domainkey.{domain}"),
                domain,
                selector,
                algorithm: raw_tag(e.value, "a"),
                canonicalization: raw_tag(e.value, "c"),
                key_bits: None,
                signed_at: None,
                expires: None,
                result: DkimResult::PermError,
                reason: Some("malformed".into()),
                aligned: false,
            });
        }
    }

    if !message.as_headers.is_empty() || !message.ams_headers.is_empty() {
        let arc = authenticator
            .verify_arc(Parameters::new(&message).with_txt_cache(&keys))
            .await;
        out.arc_result = Some(result_word(arc.result()).to_string());
    }
    out
}

/// `2026-11-28T10:00:00Z` for seconds since 1970.
pub(super) fn iso_time(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if mo <= 2 { y + 1 } else { y };
    format!(
        "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// What mail-auth does not support, in Portuguese (its own text is
/// English).
fn unsupported_pt(e: &AuthError) -> String {
    match e {
        AuthError::Dkim(DkimError::UnsupportedAlgorithm) => "algoritmo não suportado",
        AuthError::Dkim(DkimError::UnsupportedKeyType) => "tipo de chave não suportado",
        AuthError::Dkim(DkimError::UnsupportedVersion) => "versão não suportada",
        AuthError::Dkim(DkimError::UnsupportedCanonicalization) => "canonicalização não suportada",
        _ => "erro criptográfico",
    }
    .into()
}
