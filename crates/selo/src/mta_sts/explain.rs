//! Field-by-field explanation of an MTA-STS record and policy file.

use super::{Mode, MtaStsPolicy, MtaStsRecord};
use crate::explain::{entry, extensions};
use crate::{Explanation, Text};

const EXT_MEANING: Text = Text::new(
    "An extension field that this version of MTA-STS does not define; senders ignore it.",
    "Um campo de extensão que esta versão do MTA-STS não define; os remetentes ignoram-no.",
);

/// Explains a TXT record field by field.
///
/// ```
/// let r: selo::mta_sts::MtaStsRecord = "v=STSv1; id=abc".parse().unwrap();
/// let e = selo::mta_sts::explain_record(&r);
/// assert_eq!(e.len(), 2);
/// assert_eq!(e[1].tag, "id");
/// ```
pub fn explain_record(value: &MtaStsRecord) -> Vec<Explanation> {
    let mut out = vec![
        entry(
            "v",
            "STSv1".into(),
            Text::new(
                "The version: marks this TXT record as an MTA-STS record. It must come first.",
                "A versão: identifica este registo TXT como um registo MTA-STS. Tem de vir em primeiro lugar.",
            ),
            None,
            None,
        ),
        entry(
            "id",
            value.id.to_string(),
            Text::new(
                "The policy id. Senders fetch the policy file again when it changes, so change it every time you edit the policy file (a timestamp such as 20260101T120000 works well).",
                "O identificador da política. Os remetentes voltam a obter o ficheiro de política quando ele muda, por isso altere-o sempre que editar o ficheiro de política (uma data e hora como 20260101T120000 funciona bem).",
            ),
            None,
            None,
        ),
    ];
    out.extend(extensions(&value.extensions, EXT_MEANING));
    out
}

/// Explains a policy file field by field.
///
/// ```
/// let p: selo::mta_sts::MtaStsPolicy =
///     "version: STSv1\nmode: none\nmax_age: 604800\n".parse().unwrap();
/// let e = selo::mta_sts::explain_policy(&p);
/// assert_eq!(e.iter().map(|x| x.tag.as_str()).collect::<Vec<_>>(), ["version", "mode", "max_age"]);
/// assert!(e[1].value_meaning.is_some());
/// ```
pub fn explain_policy(value: &MtaStsPolicy) -> Vec<Explanation> {
    let mut out = vec![
        entry(
            "version",
            value.version.to_string(),
            Text::new(
                "The version of the policy format; only STSv1 exists.",
                "A versão do formato da política; só existe STSv1.",
            ),
            None,
            None,
        ),
        entry(
            "mode",
            value.mode.to_string(),
            Text::new(
                "What senders do when they cannot deliver to one of your MX hosts over TLS with a valid certificate.",
                "O que os remetentes fazem quando não conseguem entregar a um dos seus servidores MX por TLS com um certificado válido.",
            ),
            Some(match value.mode {
                Mode::Enforce => Text::new(
                    "Senders do not deliver mail to an MX host that fails validation; they retry later.",
                    "Os remetentes não entregam correio a um servidor MX que falhe a validação; tentam de novo mais tarde.",
                ),
                Mode::Testing => Text::new(
                    "Senders deliver mail anyway and report failures through TLS-RPT.",
                    "Os remetentes entregam o correio na mesma e comunicam as falhas por TLS-RPT.",
                ),
                Mode::None => Text::new(
                    "Senders treat the domain as having no MTA-STS policy (used to withdraw a policy).",
                    "Os remetentes tratam o domínio como não tendo política MTA-STS (usado para retirar uma política).",
                ),
            }),
            None,
        ),
    ];
    for mx in &value.mx {
        out.push(entry(
            "mx",
            mx.to_string(),
            if mx.is_wildcard() {
                Text::new(
                    "An allowed MX host pattern: the leading * stands for exactly one label (*.example.net matches mx1.example.net, not example.net nor a.b.example.net).",
                    "Um padrão de servidor MX permitido: o * inicial representa exatamente uma etiqueta (*.example.net corresponde a mx1.example.net, não a example.net nem a a.b.example.net).",
                )
            } else {
                Text::new(
                    "An allowed MX host: its certificate must be valid for this name.",
                    "Um servidor MX permitido: o seu certificado tem de ser válido para este nome.",
                )
            },
            None,
            None,
        ));
    }
    out.push(entry(
        "max_age",
        value.max_age.to_string(),
        Text::new(
            "How many seconds senders may keep the policy in their cache (at most 31557600, one year). Weeks or more protects best.",
            "Durante quantos segundos os remetentes podem guardar a política em cache (no máximo 31557600, um ano). Um valor de semanas ou mais protege melhor.",
        ),
        None,
        None,
    ));
    out.extend(extensions(&value.extensions, EXT_MEANING));
    out
}
