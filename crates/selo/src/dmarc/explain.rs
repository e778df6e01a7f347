//! Tag-by-tag explanations of DMARC records.

use super::{Alignment, Dmarc, FailureOption, Policy, Psd, ReportAuth, ReportUri, UnknownTag};
use crate::explain::entry;
use crate::{Explanation, Text};

const V: Text = Text::new(
    "Version: marks the TXT record as a DMARC record. It must come first and be exactly DMARC1.",
    "Versão: identifica o registo TXT como registo DMARC. Tem de vir em primeiro lugar e ser exatamente DMARC1.",
);

fn policy_meaning(p: Policy) -> Text {
    match p {
        Policy::None => Text::new(
            "Monitoring only: receivers deliver mail that fails DMARC as usual and send reports.",
            "Só monitorização: os recetores entregam normalmente o correio que falha o DMARC e enviam relatórios.",
        ),
        Policy::Quarantine => Text::new(
            "Receivers treat mail that fails DMARC as suspicious, usually putting it in the spam folder.",
            "Os recetores tratam o correio que falha o DMARC como suspeito, em geral colocando-o na pasta de spam.",
        ),
        Policy::Reject => Text::new(
            "Receivers reject mail that fails DMARC.",
            "Os recetores rejeitam o correio que falha o DMARC.",
        ),
    }
}

fn alignment_meaning(a: Alignment) -> Text {
    match a {
        Alignment::Relaxed => Text::new(
            "Relaxed: a subdomain of the From domain (or its parent organization) also aligns.",
            "Relaxado: um subdomínio do domínio do From (ou da mesma organização) também fica alinhado.",
        ),
        Alignment::Strict => Text::new(
            "Strict: the domain must be exactly the From domain.",
            "Estrito: o domínio tem de ser exatamente o domínio do From.",
        ),
    }
}

fn uris(list: &[ReportUri]) -> String {
    list.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

const RUA: Text = Text::new(
    "Where receivers send daily aggregate reports: which servers sent mail as your domain and whether it passed.",
    "Para onde os recetores enviam relatórios agregados diários: que servidores enviaram correio em nome do seu domínio e se passou.",
);
const RUF: Text = Text::new(
    "Where receivers send failure reports about single messages (few receivers send them; they may hold personal data).",
    "Para onde os recetores enviam relatórios de falha sobre mensagens individuais (poucos recetores os enviam; podem conter dados pessoais).",
);

fn other_entry(t: &UnknownTag) -> Explanation {
    let n = t.name().to_ascii_lowercase();
    let meaning = match n.as_str() {
        "pct" => Text::new(
            "Percentage of failing mail the policy applied to (RFC 7489). Removed in RFC 9989: new receivers ignore it; use t=y for testing.",
            "Percentagem do correio que falha à qual a política se aplicava (RFC 7489). Removida no RFC 9989: os recetores novos ignoram-na; use t=y para testar.",
        ),
        "rf" => Text::new(
            "Format of failure reports (RFC 7489). Removed in RFC 9989: new receivers ignore it.",
            "Formato dos relatórios de falha (RFC 7489). Removida no RFC 9989: os recetores novos ignoram-na.",
        ),
        "ri" => Text::new(
            "Requested interval between aggregate reports, in seconds (RFC 7489). Removed in RFC 9989: new receivers ignore it.",
            "Intervalo pedido entre relatórios agregados, em segundos (RFC 7489). Removida no RFC 9989: os recetores novos ignoram-na.",
        ),
        "p" | "sp" | "np" | "psd" | "t" | "adkim" | "aspf" | "fo" | "rua" | "ruf" | "v" => {
            Text::new(
                "A DMARC tag that could not be read here (repeated, or a value receivers do not accept): receivers ignore it.",
                "Uma etiqueta DMARC que não pôde ser lida aqui (repetida, ou com um valor que os recetores não aceitam): os recetores ignoram-na.",
            )
        }
        _ => Text::new(
            "Not a DMARC tag: receivers ignore it.",
            "Não é uma etiqueta DMARC: os recetores ignoram-na.",
        ),
    };
    entry(t.name(), t.value().to_string(), meaning, None, None)
}

/// Explains a DMARC record tag by tag, `v` first, in canonical order.
///
/// ```
/// use selo::dmarc::{explain, parse};
/// let r = parse("v=DMARC1; p=reject").value.unwrap();
/// let e = explain(&r);
/// assert_eq!(e.len(), 2);
/// assert_eq!(e[1].tag, "p");
/// assert_eq!(e[1].value_meaning.unwrap().en, "Receivers reject mail that fails DMARC.");
/// ```
pub fn explain(r: &Dmarc) -> Vec<Explanation> {
    let mut out = vec![entry("v", "DMARC1".into(), V, None, None)];
    let policy_tags = [
        (
            "p",
            r.policy,
            Text::new(
                "The policy for mail from this domain that fails DMARC (and, unless sp or np say otherwise, from its subdomains).",
                "A política para o correio deste domínio que falha o DMARC (e, salvo indicação de sp ou np, dos seus subdomínios).",
            ),
            Some("none"),
        ),
        (
            "sp",
            r.subdomain_policy,
            Text::new(
                "The policy for mail from existing subdomains that fails DMARC.",
                "A política para o correio de subdomínios existentes que falha o DMARC.",
            ),
            Some("the value of p"),
        ),
        (
            "np",
            r.nonexistent_policy,
            Text::new(
                "The policy for mail from subdomains that do not exist in the DNS (new in RFC 9989).",
                "A política para o correio de subdomínios que não existem no DNS (novidade do RFC 9989).",
            ),
            Some("the value of sp, else p"),
        ),
    ];
    for (tag, value, meaning, default) in policy_tags {
        if let Some(p) = value {
            out.push(entry(
                tag,
                p.to_string(),
                meaning,
                Some(policy_meaning(p)),
                default,
            ));
        }
    }
    if let Some(psd) = r.psd {
        out.push(entry(
            "psd",
            psd.to_string(),
            Text::new(
                "Whether this domain is a public suffix (like a country or registry domain) for the DNS tree walk.",
                "Se este domínio é um sufixo público (como um domínio de país ou de registo) para o percurso da árvore DNS.",
            ),
            Some(match psd {
                Psd::Y => Text::new(
                    "This domain is a public suffix domain (for registries only).",
                    "Este domínio é um domínio de sufixo público (só para registos de domínios).",
                ),
                Psd::N => Text::new(
                    "This domain is not a public suffix; it is the organizational domain of itself and its subdomains.",
                    "Este domínio não é um sufixo público; é o domínio organizacional de si próprio e dos seus subdomínios.",
                ),
                Psd::U => Text::new(
                    "Unknown: receivers find the organizational domain with the DNS tree walk.",
                    "Desconhecido: os recetores encontram o domínio organizacional pelo percurso da árvore DNS.",
                ),
            }),
            Some("u"),
        ));
    }
    if let Some(t) = r.testing {
        out.push(entry(
            "t",
            if t { "y" } else { "n" }.into(),
            Text::new(
                "Testing mode (new in RFC 9989, replaces pct).",
                "Modo de teste (novidade do RFC 9989, substitui pct).",
            ),
            Some(if t {
                Text::new(
                    "Testing: receivers apply one level less than the policy (reject becomes quarantine, quarantine becomes none).",
                    "Teste: os recetores aplicam um nível abaixo da política (reject passa a quarantine, quarantine passa a none).",
                )
            } else {
                Text::new(
                    "Not testing: receivers apply the policy as written.",
                    "Sem teste: os recetores aplicam a política tal como está escrita.",
                )
            }),
            Some("n"),
        ));
    }
    for (tag, value, meaning) in [
        (
            "adkim",
            r.adkim,
            Text::new(
                "How closely the DKIM signing domain must match the From domain.",
                "Quão exatamente o domínio de assinatura DKIM tem de corresponder ao domínio do From.",
            ),
        ),
        (
            "aspf",
            r.aspf,
            Text::new(
                "How closely the SPF (envelope sender) domain must match the From domain.",
                "Quão exatamente o domínio SPF (remetente do envelope) tem de corresponder ao domínio do From.",
            ),
        ),
    ] {
        if let Some(a) = value {
            out.push(entry(
                tag,
                a.to_string(),
                meaning,
                Some(alignment_meaning(a)),
                Some("r"),
            ));
        }
    }
    if !r.failure_options.is_empty() {
        let value = r
            .failure_options
            .iter()
            .map(|o| o.as_str())
            .collect::<Vec<_>>()
            .join(":");
        let single = match r.failure_options.as_slice() {
            [FailureOption::All] => Some(Text::new(
                "A failure report when both SPF and DKIM fail to give an aligned pass.",
                "Um relatório de falha quando nem o SPF nem o DKIM obtêm um resultado alinhado.",
            )),
            [FailureOption::Any] => Some(Text::new(
                "A failure report when either SPF or DKIM fails to give an aligned pass.",
                "Um relatório de falha quando o SPF ou o DKIM falha um resultado alinhado.",
            )),
            _ => None,
        };
        out.push(entry(
            "fo",
            value,
            Text::new(
                "When to send failure reports to the ruf addresses: 0 all checks fail, 1 any check fails, d DKIM fails, s SPF fails.",
                "Quando enviar relatórios de falha para os endereços ruf: 0 todas as verificações falham, 1 alguma falha, d o DKIM falha, s o SPF falha.",
            ),
            single,
            Some("0"),
        ));
    }
    if !r.rua.is_empty() {
        out.push(entry("rua", uris(&r.rua), RUA, None, None));
    }
    if !r.ruf.is_empty() {
        out.push(entry("ruf", uris(&r.ruf), RUF, None, None));
    }
    out.extend(r.other.iter().map(other_entry));
    out
}

/// Explains a report authorization record tag by tag.
///
/// ```
/// use selo::dmarc::{explain_report_auth, ReportAuth};
/// let e = explain_report_auth(&ReportAuth::default());
/// assert_eq!(e.len(), 1);
/// assert_eq!(e[0].tag, "v");
/// ```
pub fn explain_report_auth(r: &ReportAuth) -> Vec<Explanation> {
    let mut out = vec![entry(
        "v",
        "DMARC1".into(),
        Text::new(
            "Version: by publishing this record, the report destination agrees to receive DMARC reports for the domain named at the start of the record's name.",
            "Versão: ao publicar este registo, o destino dos relatórios aceita receber relatórios DMARC do domínio indicado no início do nome do registo.",
        ),
        None,
        None,
    )];
    if !r.rua.is_empty() {
        out.push(entry(
            "rua",
            uris(&r.rua),
            Text::new(
                "Replaces the domain's rua addresses at this destination; it must use the same destination host.",
                "Substitui os endereços rua do domínio neste destino; tem de usar o mesmo servidor de destino.",
            ),
            None,
            None,
        ));
    }
    if !r.ruf.is_empty() {
        out.push(entry(
            "ruf",
            uris(&r.ruf),
            Text::new(
                "Replaces the domain's ruf addresses at this destination; it must use the same destination host.",
                "Substitui os endereços ruf do domínio neste destino; tem de usar o mesmo servidor de destino.",
            ),
            None,
            None,
        ));
    }
    out.extend(r.other.iter().map(other_entry));
    out
}
