//! Plain-language explanations: TLS failure types, what to do before
//! moving MTA-STS to `enforce`, and the likely fix for a failing DMARC
//! source (with the known senders of [`crate::senders`]).

use super::{Row, Source, TlsPolicy};
use crate::domain::last_two_labels;
use crate::{Lang, Text};
use serde::Serialize;
use std::borrow::Cow;

/// What a TLS-RPT result type (RFC 8460 section 4.3) means, in plain words.
pub fn tls_failure(result_type: &str) -> Text {
    match result_type {
        "starttls-not-supported" => Text::new(
            "The receiving server does not offer STARTTLS, so mail to it cannot be encrypted.",
            "O servidor recetor não oferece STARTTLS, por isso o correio para ele não pode ser cifrado.",
        ),
        "certificate-host-mismatch" => Text::new(
            "The MX server's certificate does not name the MX host, so senders cannot check they reached the right server.",
            "O certificado do servidor MX não contém o nome do anfitrião MX, por isso os remetentes não conseguem confirmar que chegaram ao servidor certo.",
        ),
        "certificate-expired" => Text::new(
            "The MX server's certificate has expired; renew it (and automate renewal).",
            "O certificado do servidor MX expirou; renove-o (e automatize a renovação).",
        ),
        "certificate-not-trusted" => Text::new(
            "The MX server's certificate is not signed by an authority senders trust (self-signed, or the chain is incomplete).",
            "O certificado do servidor MX não é assinado por uma autoridade em que os remetentes confiem (autoassinado, ou cadeia incompleta).",
        ),
        "validation-failure" => Text::new(
            "The MX server's certificate failed validation for another reason (see the additional information).",
            "O certificado do servidor MX falhou a validação por outro motivo (ver a informação adicional).",
        ),
        "tlsa-invalid" => Text::new(
            "The TLSA (DANE) record does not match the server's certificate.",
            "O registo TLSA (DANE) não corresponde ao certificado do servidor.",
        ),
        "dnssec-invalid" => Text::new(
            "The DNSSEC signatures of the domain could not be validated, so the TLSA records cannot be trusted.",
            "As assinaturas DNSSEC do domínio não puderam ser validadas, por isso os registos TLSA não são de confiança.",
        ),
        "dane-required" => Text::new(
            "The sender requires DANE but found no usable TLSA record.",
            "O remetente exige DANE mas não encontrou um registo TLSA utilizável.",
        ),
        "sts-policy-fetch-error" => Text::new(
            "The MTA-STS policy file could not be fetched from https://mta-sts.<domain>/.well-known/mta-sts.txt (missing, wrong certificate, or server down).",
            "O ficheiro de política MTA-STS não pôde ser obtido de https://mta-sts.<domínio>/.well-known/mta-sts.txt (em falta, certificado errado, ou servidor em baixo).",
        ),
        "sts-policy-invalid" => Text::new(
            "The MTA-STS policy file was fetched but is not a valid policy.",
            "O ficheiro de política MTA-STS foi obtido mas não é uma política válida.",
        ),
        "sts-webpki-invalid" => Text::new(
            "The certificate of the mta-sts.<domain> web server is not valid, so the policy cannot be trusted.",
            "O certificado do servidor web mta-sts.<domínio> não é válido, por isso a política não é de confiança.",
        ),
        _ => Text::new(
            "A failure type that RFC 8460 does not define; see the additional information.",
            "Um tipo de falha que o RFC 8460 não define; ver a informação adicional.",
        ),
    }
}

/// What to fix before moving MTA-STS from `testing` to `enforce` (or
/// keeping `enforce`), when the policy has failures.
pub fn tls_policy_advice(p: &TlsPolicy, lang: Lang) -> Option<String> {
    if p.failed_sessions == 0 && p.failures.is_empty() {
        return if p.policy_type == "sts" && p.mode.as_deref() == Some("testing") {
            Some(
                Text::new(
                    "No failures: when the other reports agree, MTA-STS can move from testing to enforce.",
                    "Sem falhas: quando os outros relatórios concordarem, o MTA-STS pode passar de testing para enforce.",
                )
                .get(lang)
                .to_string(),
            )
        } else {
            None
        };
    }
    let mut types: Vec<&str> = p.failures.iter().map(|f| f.result_type.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    let list = types.join(", ");
    let en = if p.policy_type == "sts" && p.mode.as_deref() == Some("enforce") {
        format!(
            "Senders that enforce this policy did not deliver {} sessions ({list}): fix these now.",
            p.failed_sessions
        )
    } else {
        format!(
            "{} sessions failed ({list}): fix these before moving MTA-STS to enforce, or senders will stop delivering to these servers.",
            p.failed_sessions
        )
    };
    let pt = if p.policy_type == "sts" && p.mode.as_deref() == Some("enforce") {
        format!(
            "Os remetentes que aplicam esta política não entregaram {} sessões ({list}): corrija já.",
            p.failed_sessions
        )
    } else {
        format!(
            "Falharam {} sessões ({list}): corrija antes de passar o MTA-STS para enforce, ou os remetentes deixarão de entregar a estes servidores.",
            p.failed_sessions
        )
    };
    Some(match lang {
        Lang::En => en,
        Lang::Pt => pt,
    })
}

/// The likely fix for a source with messages that fail DMARC.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceFix {
    /// The sender's name, when a known sender matches.
    pub vendor: Option<&'static str>,
    /// The SPF preset id (for a prefilled generator link).
    pub preset: Option<&'static str>,
    /// The SPF include to add.
    pub include: Option<&'static str>,
    /// What to do, in the chosen language (the fixed sentences are not
    /// copied for every source).
    pub advice: Vec<Cow<'static, str>>,
}

/// Relaxed alignment, roughly (same organizational part).
fn aligned(a: &str, b: &str) -> bool {
    !a.is_empty() && last_two_labels(a).eq_ignore_ascii_case(last_two_labels(b))
}

/// The likely fix for a failing source, from its rows.
pub fn source_fix(s: &Source, rows: &[&Row], domain: &str, lang: Lang) -> SourceFix {
    let foreign = |d: &&String| !aligned(d, domain);
    let preset = crate::senders::matching(
        s.envelope_from
            .iter()
            .filter(foreign)
            .chain(s.dkim_domains.iter().filter(foreign))
            .map(String::as_str),
    );
    let mine = rows;
    let spf_pass_foreign: Vec<&str> = mine
        .iter()
        .flat_map(|r| r.spf_results.iter())
        .filter(|x| {
            x.result == "pass" && !aligned(&x.domain, domain) && x.scope.as_deref() != Some("helo")
        })
        .map(|x| x.domain.as_str())
        .collect();
    let spf_fail_own = mine.iter().any(|r| {
        r.spf_results
            .iter()
            .any(|x| x.result != "pass" && aligned(&x.domain, domain))
    });
    let dkim_foreign: Vec<&str> = mine
        .iter()
        .flat_map(|r| r.dkim_results.iter())
        .filter(|x| x.result == "pass" && !aligned(&x.domain, domain))
        .map(|x| x.domain.as_str())
        .collect();
    let unsigned = mine.iter().all(|r| r.dkim_results.is_empty());
    let mut advice: Vec<Cow<'static, str>> = Vec::new();
    let t = |en: String, pt: String| {
        Cow::Owned(match lang {
            Lang::En => en,
            Lang::Pt => pt,
        })
    };
    let fixed = |text: Text| Cow::Borrowed(text.get(lang));
    if let Some(p) = preset {
        advice.push(t(
            format!(
                "This source looks like {}: if you use it, it must send with your domain.",
                p.name
            ),
            format!(
                "Esta fonte parece ser {}: se a usa, tem de enviar com o seu domínio.",
                p.name
            ),
        ));
        if let Some(inc) = p.include {
            advice.push(t(
                format!("Add include:{inc} to the SPF record of the domain it uses as envelope sender (return-path) under {domain}."),
                format!("Acrescente include:{inc} ao registo SPF do domínio que usa como remetente do envelope (return-path) em {domain}."),
            ));
        }
        if let Some(n) = crate::senders::note(p.id) {
            advice.push(fixed(n));
        }
    }
    if let Some(d) = spf_pass_foreign.first() {
        advice.push(t(
            format!("SPF passes for {d}, which is not {domain}: set a custom envelope sender (MAIL FROM / return-path) under {domain} at the sender, so that SPF aligns."),
            format!("O SPF passa para {d}, que não é {domain}: defina no remetente um remetente de envelope (MAIL FROM / return-path) próprio em {domain}, para que o SPF fique alinhado."),
        ));
    } else if spf_fail_own {
        advice.push(t(
            format!("SPF fails for {domain} from {}: if this server is yours, add it to the SPF record (ip4:/ip6: or the sender's include).", s.ip),
            format!("O SPF falha para {domain} a partir de {}: se este servidor é seu, acrescente-o ao registo SPF (ip4:/ip6: ou o include do remetente).", s.ip),
        ));
    }
    if let Some(d) = dkim_foreign.first() {
        advice.push(t(
            format!("DKIM passes for {d}, not for {domain}: set up DKIM at the sender with your own domain (publish the key it gives you)."),
            format!("O DKIM passa para {d}, não para {domain}: configure no remetente o DKIM com o seu próprio domínio (publique a chave que lhe indicar)."),
        ));
    } else if unsigned {
        advice.push(fixed(Text::new(
            "The messages are not DKIM-signed: turn on DKIM signing with your domain at this sender.",
            "As mensagens não têm assinatura DKIM: ative a assinatura DKIM com o seu domínio neste remetente.",
        )));
    }
    if preset.is_none()
        && s.spf_aligned == 0
        && s.dkim_aligned == 0
        && spf_pass_foreign.is_empty()
        && dkim_foreign.is_empty()
    {
        advice.push(fixed(Text::new(
            "If you do not know this source, it may be forwarding or spoofing: p=quarantine or p=reject stops spoofed mail.",
            "Se não conhece esta fonte, pode ser reencaminhamento ou falsificação: p=quarantine ou p=reject trava o correio falsificado.",
        )));
    }
    advice.shrink_to_fit();
    SourceFix {
        vendor: preset.map(|p| p.name),
        preset: preset.map(|p| p.id),
        include: preset.and_then(|p| p.include),
        advice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rough_alignment() {
        assert!(aligned("mail.example.com", "example.com"));
        assert!(aligned("mail.example.com.", "EXAMPLE.com"));
        assert!(!aligned("example.net", "example.com"));
        assert!(!aligned("", "example.com"));
    }
}
