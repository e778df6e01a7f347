//! Tag-by-tag explanation of a DKIM key record.

use super::{DkimKey, Flag, HashAlgorithm, KeyType, ServiceType};
use crate::{Explanation, Text};

fn entry(
    tag: &str,
    value: String,
    meaning: Text,
    value_meaning: Option<Text>,
    default: Option<&'static str>,
) -> Explanation {
    Explanation {
        tag: tag.to_string(),
        value,
        meaning,
        value_meaning,
        default,
    }
}

fn joined<T>(items: &[T], f: impl Fn(&T) -> &str) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(":")
}

/// Explains a DKIM key record tag by tag, in the order of its canonical form.
///
/// ```
/// let key: selo::dkim::DkimKey =
///     "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=".parse().unwrap();
/// let ex = selo::dkim::explain(&key);
/// assert_eq!(ex.iter().map(|e| e.tag.as_str()).collect::<Vec<_>>(), ["v", "k", "p"]);
/// assert!(ex[1].value_meaning.unwrap().en.contains("Ed25519"));
/// ```
pub fn explain(key: &DkimKey) -> Vec<Explanation> {
    let mut out = Vec::new();
    if key.version_present {
        out.push(entry(
            "v",
            "DKIM1".into(),
            Text::new(
                "Version: marks the TXT record as a DKIM key record. Optional, but first when present.",
                "Versão: identifica o registo TXT como um registo de chave DKIM. Opcional, mas em primeiro lugar quando presente.",
            ),
            None,
            Some("DKIM1"),
        ));
    }
    if let Some(k) = &key.key_type {
        let vm = match k {
            KeyType::Rsa => Text::new(
                "An RSA key, the type every verifier supports.",
                "Uma chave RSA, o tipo que todos os verificadores suportam.",
            ),
            KeyType::Ed25519 => Text::new(
                "An Ed25519 key (RFC 8463): short and strong, but not every verifier supports it yet; publish an RSA key under a second selector too.",
                "Uma chave Ed25519 (RFC 8463): curta e forte, mas nem todos os verificadores a suportam ainda; publique também uma chave RSA noutro seletor.",
            ),
            KeyType::Other(_) => Text::new(
                "An unknown key type: verifiers ignore this key.",
                "Um tipo de chave desconhecido: os verificadores ignoram esta chave.",
            ),
        };
        out.push(entry(
            "k",
            k.as_str().into(),
            Text::new(
                "Key type: the algorithm of the public key in p=.",
                "Tipo de chave: o algoritmo da chave pública em p=.",
            ),
            Some(vm),
            Some("rsa"),
        ));
    }
    if !key.hash_algorithms.is_empty() {
        let only_256 = key.hash_algorithms == [HashAlgorithm::Sha256];
        out.push(entry(
            "h",
            joined(&key.hash_algorithms, |a| a.as_str()),
            Text::new(
                "Hash algorithms: which hashes signatures made with this key may use.",
                "Algoritmos de hash: que hashes as assinaturas feitas com esta chave podem usar.",
            ),
            only_256.then_some(Text::new(
                "Only sha256, as recommended (sha1 must not be used).",
                "Só sha256, como recomendado (sha1 não pode ser usado).",
            )),
            Some("all algorithms"),
        ));
    }
    if !key.service_types.is_empty() {
        let vm = if key.service_types.contains(&ServiceType::All) {
            Some(Text::new("Every service.", "Todos os serviços."))
        } else if key.service_types == [ServiceType::Email] {
            Some(Text::new("Email only.", "Apenas correio eletrónico."))
        } else {
            None
        };
        out.push(entry(
            "s",
            joined(&key.service_types, |a| a.as_str()),
            Text::new(
                "Service types: what the key may be used for.",
                "Tipos de serviço: para que pode a chave ser usada.",
            ),
            vm,
            Some("*"),
        ));
    }
    if !key.flags.is_empty() {
        let vm = if key.flags.contains(&Flag::Testing) {
            Some(Text::new(
                "y: testing mode, verifiers treat signed mail like unsigned mail.",
                "y: modo de teste, os verificadores tratam o correio assinado como não assinado.",
            ))
        } else if key.flags.contains(&Flag::Strict) {
            Some(Text::new(
                "s: the i= domain of signatures must be exactly the d= domain.",
                "s: o domínio i= das assinaturas tem de ser exatamente o domínio d=.",
            ))
        } else {
            None
        };
        out.push(entry(
            "t",
            joined(&key.flags, |a| a.as_str()),
            Text::new(
                "Flags: y = testing DKIM, s = no subdomains in the i= identity.",
                "Opções: y = DKIM em teste, s = sem subdomínios na identidade i=.",
            ),
            vm,
            Some("no flags"),
        ));
    }
    if let Some(n) = &key.notes {
        out.push(entry(
            "n",
            n.as_str().into(),
            Text::new(
                "Notes for administrators; no program reads them.",
                "Notas para administradores; nenhum programa as lê.",
            ),
            None,
            None,
        ));
    }
    for t in &key.unknown {
        let meaning = if t.name() == "g" {
            Text::new(
                "Key granularity, from the obsolete RFC 4871: current verifiers ignore it.",
                "Granularidade da chave, do obsoleto RFC 4871: os verificadores atuais ignoram-na.",
            )
        } else {
            Text::new(
                "A tag DKIM does not define: verifiers ignore it.",
                "Uma etiqueta que o DKIM não define: os verificadores ignoram-na.",
            )
        };
        out.push(entry(t.name(), t.value().into(), meaning, None, None));
    }
    let vm = if key.public_key.is_revoked() {
        Some(Text::new(
            "Empty: the key has been revoked, signatures with this selector fail.",
            "Vazia: a chave foi revogada, as assinaturas com este seletor falham.",
        ))
    } else {
        None
    };
    out.push(entry(
        "p",
        key.public_key.as_str().into(),
        Text::new(
            "Public key (base64): verifiers check signatures made with the matching private key.",
            "Chave pública (base64): os verificadores validam as assinaturas feitas com a chave privada correspondente.",
        ),
        vm,
        None,
    ));
    out
}
