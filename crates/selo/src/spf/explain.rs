//! Term-by-term explanation of an SPF record.

use super::{Mechanism, Modifier, Qualifier, Spf, Term};
use crate::{Explanation, Text};

const QUALIFIER_MEANING: [Text; 4] = [
    Text::new(
        "Pass: servers that match may send mail for the domain.",
        "Passa: os servidores que correspondem podem enviar correio pelo domínio.",
    ),
    Text::new(
        "Fail: servers that match may not send mail for the domain; receivers may reject it.",
        "Falha: os servidores que correspondem não podem enviar correio pelo domínio; os recetores podem rejeitá-lo.",
    ),
    Text::new(
        "Softfail: servers that match should not send; receivers accept the mail but mark it as suspicious.",
        "Softfail: os servidores que correspondem não deveriam enviar; os recetores aceitam o correio mas marcam-no como suspeito.",
    ),
    Text::new(
        "Neutral: no statement about servers that match.",
        "Neutral: nada se afirma sobre os servidores que correspondem.",
    ),
];

fn qualifier_meaning(q: Qualifier) -> Text {
    QUALIFIER_MEANING[match q {
        Qualifier::Pass => 0,
        Qualifier::Fail => 1,
        Qualifier::SoftFail => 2,
        Qualifier::Neutral => 3,
    }]
}

/// Explains a record term by term, for people who do not read RFCs.
///
/// ```
/// let spf = selo::spf::parse("v=spf1 mx -all").value.unwrap();
/// let e = selo::spf::explain(&spf);
/// assert_eq!(e.len(), 3); // v=spf1, mx, -all
/// assert_eq!(e[2].tag, "-all");
/// assert!(e[2].value_meaning.is_some());
/// ```
pub fn explain(spf: &Spf) -> Vec<Explanation> {
    let mut out = vec![Explanation {
        tag: "v".into(),
        value: "spf1".into(),
        meaning: Text::new(
            "The version: marks this TXT record as an SPF record, the list of servers allowed to send mail for the domain.",
            "A versão: identifica este registo TXT como registo SPF, a lista de servidores autorizados a enviar correio pelo domínio.",
        ),
        value_meaning: None,
        default: None,
    }];
    for t in &spf.terms {
        let (tag, value, meaning, value_meaning, default) = match t {
            Term::Mechanism { qualifier, kind } => {
                let q = if *qualifier == Qualifier::Pass {
                    String::new()
                } else {
                    qualifier.symbol().to_string()
                };
                let value = kind.to_string()[kind.name().len()..]
                    .trim_start_matches(':')
                    .to_string();
                let (meaning, default) = mechanism_meaning(kind);
                (
                    format!("{q}{}", kind.name()),
                    value,
                    meaning,
                    Some(qualifier_meaning(*qualifier)),
                    default,
                )
            }
            Term::Modifier(m) => {
                let (name, value, meaning) = match m {
                    Modifier::Redirect(d) => (
                        "redirect",
                        d.to_string(),
                        Text::new(
                            "When no mechanism matches, use the SPF record of this domain instead (only when there is no all).",
                            "Quando nenhum mecanismo corresponde, usa-se o registo SPF deste domínio (só quando não há all).",
                        ),
                    ),
                    Modifier::Exp(d) => (
                        "exp",
                        d.to_string(),
                        Text::new(
                            "Where receivers find a TXT record with the explanation they give when a message fails SPF.",
                            "Onde os recetores encontram um registo TXT com a explicação que dão quando uma mensagem falha o SPF.",
                        ),
                    ),
                    Modifier::Unknown(u) => (
                        u.name(),
                        u.value().to_string(),
                        Text::new(
                            "A modifier receivers do not know; they ignore it.",
                            "Um modificador que os recetores não conhecem; ignoram-no.",
                        ),
                    ),
                };
                (name.to_string(), value, meaning, None, None)
            }
        };
        out.push(Explanation {
            tag,
            value,
            meaning,
            value_meaning,
            default,
        });
    }
    out
}

fn mechanism_meaning(m: &Mechanism) -> (Text, Option<&'static str>) {
    match m {
        Mechanism::All => (
            Text::new(
                "Matches every server: it gives the result for all mail not matched before, so it goes last.",
                "Corresponde a qualquer servidor: dá o resultado para todo o correio não correspondido antes, por isso fica no fim.",
            ),
            None,
        ),
        Mechanism::Include(_) => (
            Text::new(
                "Matches the servers allowed by another domain's SPF record (for example your e-mail provider's). Costs one DNS lookup, plus those of that record.",
                "Corresponde aos servidores autorizados pelo registo SPF de outro domínio (por exemplo, o do seu fornecedor de e-mail). Custa uma consulta DNS, mais as desse registo.",
            ),
            None,
        ),
        Mechanism::A { .. } => (
            Text::new(
                "Matches the IP addresses (A and AAAA records) of the domain. Costs one DNS lookup.",
                "Corresponde aos endereços IP (registos A e AAAA) do domínio. Custa uma consulta DNS.",
            ),
            Some("the domain being checked"),
        ),
        Mechanism::Mx { .. } => (
            Text::new(
                "Matches the domain's mail servers (its MX records). Costs one DNS lookup.",
                "Corresponde aos servidores de correio do domínio (os seus registos MX). Custa uma consulta DNS.",
            ),
            Some("the domain being checked"),
        ),
        Mechanism::Ptr(_) => (
            Text::new(
                "Matches servers whose reverse DNS name ends in the domain. Slow and unreliable: do not use it.",
                "Corresponde aos servidores cujo nome DNS inverso termina no domínio. Lento e pouco fiável: não o use.",
            ),
            Some("the domain being checked"),
        ),
        Mechanism::Ip4(_) => (
            Text::new(
                "Matches this IPv4 address or network. Needs no DNS lookup.",
                "Corresponde a este endereço ou rede IPv4. Não precisa de consulta DNS.",
            ),
            None,
        ),
        Mechanism::Ip6(_) => (
            Text::new(
                "Matches this IPv6 address or network. Needs no DNS lookup.",
                "Corresponde a este endereço ou rede IPv6. Não precisa de consulta DNS.",
            ),
            None,
        ),
        Mechanism::Exists(_) => (
            Text::new(
                "Matches when this name (usually built with macros) has an A record. Costs one DNS lookup.",
                "Corresponde quando este nome (normalmente construído com macros) tem um registo A. Custa uma consulta DNS.",
            ),
            None,
        ),
    }
}
