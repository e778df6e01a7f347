//! Tag-by-tag explanation of a BIMI record.

use super::{AvatarPreference, Bimi, UriValue};
use crate::{Explanation, Text};

fn uri(v: &UriValue) -> String {
    v.url().map(|u| u.as_str().to_string()).unwrap_or_default()
}

/// Explains a BIMI record tag by tag.
///
/// ```
/// let b: selo::bimi::Bimi = "v=BIMI1; l=https://example.com/logo.svg; avp=personal".parse().unwrap();
/// let ex = selo::bimi::explain(&b);
/// assert_eq!(ex.iter().map(|e| e.tag.as_str()).collect::<Vec<_>>(), ["v", "l", "avp"]);
/// assert!(ex[2].value_meaning.unwrap().en.contains("avatar"));
/// ```
pub fn explain(b: &Bimi) -> Vec<Explanation> {
    let mut out = vec![Explanation {
        tag: "v".into(),
        value: "BIMI1".into(),
        meaning: Text::new(
            "Version: marks the TXT record as a BIMI record. Required, and first.",
            "Versão: identifica o registo TXT como um registo BIMI. Obrigatória, e em primeiro lugar.",
        ),
        value_meaning: None,
        default: None,
    }];
    if let Some(l) = &b.location {
        out.push(Explanation {
            tag: "l".into(),
            value: uri(l),
            meaning: Text::new(
                "Logo location: the HTTPS address of the brand logo, an SVG Tiny PS file.",
                "Localização do logótipo: o endereço HTTPS do logótipo da marca, um ficheiro SVG Tiny PS.",
            ),
            value_meaning: matches!(l, UriValue::Empty).then_some(Text::new(
                "Empty: no logo is offered.",
                "Vazia: nenhum logótipo é oferecido.",
            )),
            default: None,
        });
    }
    if let Some(a) = &b.evidence {
        out.push(Explanation {
            tag: "a".into(),
            value: uri(a),
            meaning: Text::new(
                "Authority evidence: the HTTPS address of the mark certificate (VMC or CMC, a PEM file) that proves the logo is yours.",
                "Prova de autoridade: o endereço HTTPS do certificado de marca (VMC ou CMC, um ficheiro PEM) que prova que o logótipo é seu.",
            ),
            value_meaning: matches!(a, UriValue::Empty).then_some(Text::new(
                "Empty: no certificate is offered.",
                "Vazia: nenhum certificado é oferecido.",
            )),
            default: Some(""),
        });
    }
    if let Some(lps) = &b.local_part_selectors {
        let v: Vec<&str> = lps.iter().map(|p| p.as_str()).collect();
        out.push(Explanation {
            tag: "lps".into(),
            value: v.join(","),
            meaning: Text::new(
                "Local-part selectors: for senders whose address starts with one of these prefixes, receivers look up a BIMI record named after the address's local part.",
                "Seletores de parte local: para remetentes cujo endereço começa por um destes prefixos, os recetores procuram um registo BIMI com o nome da parte local do endereço.",
            ),
            value_meaning: lps.is_empty().then_some(Text::new(
                "Empty: every local part is used as a selector.",
                "Vazio: todas as partes locais são usadas como seletor.",
            )),
            default: None,
        });
    }
    if let Some(avp) = b.avatar_preference {
        out.push(Explanation {
            tag: "avp".into(),
            value: avp.as_str().into(),
            meaning: Text::new(
                "Avatar preference: whether mailbox providers show the brand logo or the sender's personal avatar.",
                "Preferência de avatar: se os fornecedores de caixas de correio mostram o logótipo da marca ou o avatar pessoal do remetente.",
            ),
            value_meaning: Some(match avp {
                AvatarPreference::Brand => Text::new(
                    "Show the brand logo rather than a personal avatar.",
                    "Mostrar o logótipo da marca em vez de um avatar pessoal.",
                ),
                AvatarPreference::Personal => Text::new(
                    "Show the sender's personal avatar when there is one, the logo otherwise.",
                    "Mostrar o avatar pessoal do remetente quando existe, o logótipo caso contrário.",
                ),
            }),
            default: Some("brand"),
        });
    }
    for t in &b.unknown {
        out.push(Explanation {
            tag: t.name().into(),
            value: t.value().into(),
            meaning: Text::new(
                "A tag BIMI does not define: receivers ignore it.",
                "Uma etiqueta que o BIMI não define: os recetores ignoram-na.",
            ),
            value_meaning: None,
            default: None,
        });
    }
    out
}
