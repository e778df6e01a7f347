//! Advice beyond the grammar: the key itself (RFC 8301, RFC 8463), hash
//! algorithms, service types and flags.

use super::key::{self, KeyError, KeyForm};
use super::messages as m;
use super::parse::{Spans, is_case_variant};
use super::{DkimKey, Flag, HashAlgorithm, KeyAlgorithm, KeyType, ServiceType};
use crate::{Applicability, Diagnostic, Fix, Span, Text};

/// Lints a model that was built, not parsed: the advice `parse` gives
/// beyond the grammar, without printing and re-reading the record. With no
/// text to point into, every span is empty at 0 and no fix is offered.
///
/// ```
/// use selo::dkim::{DkimKey, Flag};
/// let mut key = DkimKey::ed25519_from_raw(&[7; 32]);
/// key.flags.push(Flag::Testing);
/// let codes: Vec<_> = selo::dkim::lint(&key).iter().map(|d| d.code).collect();
/// assert!(codes.contains(&"dkim::testing-mode"));
/// ```
pub fn lint_model(key: &DkimKey) -> Vec<Diagnostic> {
    let e = Span::empty(0);
    let spans = Spans {
        k: key.key_type.as_ref().map(|_| (e, e)),
        h: (!key.hash_algorithms.is_empty()).then_some(e),
        h_items: vec![e; key.hash_algorithms.len()],
        s: (!key.service_types.is_empty()).then_some(e),
        s_items: vec![e; key.service_types.len()],
        t_items: vec![e; key.flags.len()],
        p: Some((e, e)),
    };
    let mut diags = Vec::new();
    lint(key, &spans, &mut diags);
    crate::diagnostic::unplaced(diags)
}

/// The values of the enumerated tags, as [`crate::text::nearest`] compares
/// them.
const KEY_TYPES: &[(&str, &str)] = &[("rsa", "rsa"), ("ed25519", "ed25519")];
const HASHES: &[(&str, &str)] = &[("sha1", "sha1"), ("sha256", "sha256")];
const FLAGS: &[(&str, &str)] = &[("y", "y"), ("s", "s"), ("testing", "y"), ("strict", "s")];

/// `unknown`, or, when `value` looks like a slip for one of `choices`
/// (`k=ed2559`), `dkim::misspelt-value` at the same place and severity
/// with the nearest value as a fix to check.
fn unknown_value(
    unknown: Diagnostic,
    tag: &str,
    value: &str,
    choices: &[(&str, &'static str)],
) -> Diagnostic {
    let Some(suggestion) = crate::text::nearest(value, choices) else {
        return unknown;
    };
    Diagnostic::new(&m::MISSPELT_VALUE, unknown.primary)
        .with_severity(unknown.severity)
        .arg("tag", tag)
        .arg("value", value)
        .arg("suggestion", suggestion)
        .with_fix(Fix::single(
            Text::new("Replace the value with", "Substituir o valor por"),
            unknown.primary,
            suggestion,
            Applicability::MaybeIncorrect,
        ))
}

/// Adds the advice about a key record to `diags`.
pub(super) fn lint(key: &DkimKey, spans: &Spans, diags: &mut Vec<Diagnostic>) {
    lint_key(key, spans, diags);
    lint_hashes(key, spans, diags);
    lint_services(key, spans, diags);
    for (flag, &span) in key.flags.iter().zip(&spans.t_items) {
        match flag {
            Flag::Testing => diags.push(Diagnostic::new(&m::TESTING, span)),
            Flag::Strict => diags.push(Diagnostic::new(&m::STRICT, span)),
            Flag::Other(w) if is_case_variant(w, &["y", "s"]) => {}
            Flag::Other(w) => diags.push(unknown_value(
                Diagnostic::new(&m::UNKNOWN_FLAG, span).arg("value", w.as_str()),
                "t",
                w.as_str(),
                FLAGS,
            )),
        }
    }
}

fn mismatch(
    found: KeyAlgorithm,
    declared: &str,
    want: &str,
    spans: &Spans,
    span: Span,
) -> Diagnostic {
    let d = Diagnostic::new(&m::KEY_TYPE_MISMATCH, span)
        .arg("found", found.as_str())
        .arg("declared", declared)
        .arg("want", want);
    let title = Text::new("Set the key type", "Indicar o tipo de chave");
    let fix = match (spans.k, spans.p) {
        (Some((_, kv)), _) => Fix::single(title, kv, want, Applicability::MaybeIncorrect),
        (None, Some((pt, _))) => Fix::single(
            title,
            Span::empty(pt.start),
            format!("k={want}; "),
            Applicability::MaybeIncorrect,
        ),
        (None, None) => return d,
    };
    d.with_fix(fix)
}

fn lint_key(key: &DkimKey, spans: &Spans, diags: &mut Vec<Diagnostic>) {
    let Some((p_tag, p_value)) = spans.p else {
        return;
    };
    if let (Some(KeyType::Other(w)), Some((_, kv))) = (&key.key_type, spans.k) {
        if !is_case_variant(w, &["rsa", "ed25519"]) {
            diags.push(unknown_value(
                Diagnostic::new(&m::UNKNOWN_KEY_TYPE, kv).arg("value", w.as_str()),
                "k",
                w.as_str(),
                KEY_TYPES,
            ));
        }
        return;
    }
    if key.public_key.is_revoked() {
        diags.push(Diagnostic::new(&m::REVOKED, p_tag));
        return;
    }
    let bytes = match key.public_key.bytes() {
        Ok(b) => b,
        Err(e) => {
            let d = Diagnostic::new(&m::BAD_BASE64, p_value);
            // The base64 problem alone: the message already says "base64".
            diags.push(match &e {
                KeyError::Base64(p) => d.arg_error("problem", p),
                other => d.arg_error("problem", other),
            });
            return;
        }
    };
    let declared = key.effective_key_type();
    let result = match declared {
        KeyType::Ed25519 => key::ed25519_key(&bytes).map(|k| (k.info(), Some(k.raw))),
        _ => key::rsa_info(&bytes).map(|info| (info, None)),
    };
    match result {
        Ok((info, Some(raw))) if info.form == KeyForm::Spki => {
            // A usable key, but RFC 8463 4 publishes the raw 32 bytes.
            let raw = key::encode(&raw);
            diags.push(
                Diagnostic::new(&m::ED25519_SPKI, p_value)
                    .arg("raw", &raw)
                    .with_fix(Fix::single(
                        Text::new("Publish the raw key", "Publicar a chave simples"),
                        p_value,
                        raw,
                        Applicability::Safe,
                    )),
            );
        }
        Ok((info, _)) => {
            if info.form == KeyForm::Pkcs1 {
                diags.push(Diagnostic::new(&m::PKCS1_KEY, p_value));
            }
            if info.algorithm == KeyAlgorithm::Rsa {
                let size = |t| Diagnostic::new(t, p_value).arg("bits", info.bits);
                if info.bits < 1024 {
                    diags.push(size(&m::RSA_TOO_SHORT));
                } else if info.bits < 2048 {
                    diags.push(size(&m::RSA_SHORT));
                } else if info.bits > 4096 {
                    diags.push(size(&m::RSA_TOO_LONG));
                }
            }
            diags.push(
                Diagnostic::new(&m::KEY_SUMMARY, p_value)
                    .arg("algorithm", info.algorithm.as_str())
                    .arg("bits", info.bits),
            );
        }
        Err(KeyError::WrongAlgorithm(found)) => {
            let (decl, want) = match found {
                KeyAlgorithm::Ed25519 => ("rsa", "ed25519"),
                KeyAlgorithm::Rsa => ("ed25519", "rsa"),
            };
            diags.push(mismatch(found, decl, want, spans, p_value));
        }
        Err(KeyError::Ed25519Length(n)) => {
            diags.push(Diagnostic::new(&m::ED25519_LENGTH, p_value).arg("len", n))
        }
        Err(e) => {
            let algorithm = match declared {
                KeyType::Ed25519 => "Ed25519",
                _ => "RSA",
            };
            diags.push(
                Diagnostic::new(&m::BAD_KEY, p_value)
                    .arg("algorithm", algorithm)
                    .arg_error("problem", &e),
            );
        }
    }
}

fn lint_hashes(key: &DkimKey, spans: &Spans, diags: &mut Vec<Diagnostic>) {
    let Some(h) = spans.h else {
        return;
    };
    for (alg, &span) in key.hash_algorithms.iter().zip(&spans.h_items) {
        if let HashAlgorithm::Other(w) = alg
            && !is_case_variant(w, &["sha1", "sha256"])
        {
            diags.push(unknown_value(
                Diagnostic::new(&m::UNKNOWN_HASH, span).arg("value", w.as_str()),
                "h",
                w.as_str(),
                HASHES,
            ));
        }
    }
    let sha1 = key.hash_algorithms.contains(&HashAlgorithm::Sha1);
    let sha256 = key.hash_algorithms.contains(&HashAlgorithm::Sha256);
    match (sha1, sha256) {
        (true, false) => diags.push(Diagnostic::new(&m::SHA1_ONLY, h)),
        (true, true) => diags.push(Diagnostic::new(&m::SHA1_ALLOWED, h)),
        (false, false) if !key.hash_algorithms.is_empty() => {
            diags.push(Diagnostic::new(&m::NO_KNOWN_HASH, h))
        }
        _ => {}
    }
}

fn lint_services(key: &DkimKey, spans: &Spans, diags: &mut Vec<Diagnostic>) {
    let Some(s) = spans.s else {
        return;
    };
    for (svc, &span) in key.service_types.iter().zip(&spans.s_items) {
        if let ServiceType::Other(w) = svc
            && !is_case_variant(w, &["email"])
        {
            diags.push(Diagnostic::new(&m::UNKNOWN_SERVICE, span).arg("value", w.as_str()));
        }
    }
    if !key.service_types.is_empty()
        && !key
            .service_types
            .iter()
            .any(|t| matches!(t, ServiceType::All | ServiceType::Email))
    {
        diags.push(Diagnostic::new(&m::NOT_FOR_EMAIL, s));
    }
}
