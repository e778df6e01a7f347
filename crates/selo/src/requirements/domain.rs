//! What the providers ask of a From domain, read from a domain check
//! ([`crate::check::run`]): SPF published, a DMARC policy (and whether
//! `rua=` reports are asked for), DKIM keys at the known or given
//! selectors with their sizes, and the MX hosts' reverse names confirmed
//! forward. What only a message shows (alignment, TLS, the header fields,
//! one-click unsubscribe) is `unknown` here, and says so.

use super::{Check, Finding, Status, Words, not_in_a_message};
use crate::check::{DomainCheck, Status as Found};
use crate::dns::{Confirmed, Outcome, QueryType, Rdata, Resolver};
use crate::handoff;
use serde::Serialize;

/// The texts of the findings, in both languages.
mod words {
    crate::texts! {
        SPF_OK = ("SPF record published: {record}", "Registo SPF publicado: {record}");
        SPF_MISSING = ("{domain} has no SPF record.", "{domain} não tem registo SPF.");
        SPF_INVALID = ("The SPF record of {domain} has errors: {record}", "O registo SPF de {domain} tem erros: {record}");
        SPF_FIX = ("Publish a valid SPF record for {domain}.", "Publique um registo SPF válido para {domain}.");
        DMARC_OK = ("p={policy} at _dmarc.{at}; reports to {rua}.", "p={policy} em _dmarc.{at}; relatórios para {rua}.");
        DMARC_NO_RUA = (
            "p={policy} at _dmarc.{at}, without rua= reports: you will not see who sends as {domain}.",
            "p={policy} em _dmarc.{at}, sem relatórios rua=: não verá quem envia como {domain}."
        );
        DMARC_MISSING = ("No DMARC policy applies to {domain}.", "Nenhuma política DMARC se aplica a {domain}.");
        DMARC_FIX = (
            "Publish a DMARC record for {domain}: p=none is enough, with rua= reports.",
            "Publique um registo DMARC para {domain}: p=none basta, com relatórios rua=."
        );
        DMARC_RUA_FIX = ("Add rua= to the DMARC record of {domain}.", "Acrescente rua= ao registo DMARC de {domain}.");
        DKIM_OK = ("Keys found: {keys}.", "Chaves encontradas: {keys}.");
        DKIM_NONE = (
            "No DKIM key at the {n} selectors tried; give yours (a signed message shows it in s=).",
            "Nenhuma chave DKIM nos {n} seletores tentados; indique o seu (uma mensagem assinada mostra-o em s=)."
        );
        DKIM_FIX = ("Publish a DKIM key for {domain} and sign with it.", "Publique uma chave DKIM para {domain} e assine com ela.");
        KEY_STRONG = ("Smallest key: {bits} bits ({selector}).", "Chave mais pequena: {bits} bits ({selector}).");
        KEY_WEAK = (
            "Smallest key: {bits} bits ({selector}): 2048 bits advised.",
            "Chave mais pequena: {bits} bits ({selector}): aconselham-se 2048 bits."
        );
        KEY_SHORT = (
            "Smallest key: {bits} bits ({selector}): under 1024 bits.",
            "Chave mais pequena: {bits} bits ({selector}): menos de 1024 bits."
        );
        KEY_NONE = ("No DKIM key was found to measure.", "Nenhuma chave DKIM foi encontrada para medir.");
        KEY_FIX = (
            "Make a 2048-bit key for {domain} under a new selector.",
            "Crie uma chave de 2048 bits para {domain} num seletor novo."
        );
        RDNS_ALL = (
            "MX hosts (they receive; your sending IPs may differ): {hosts}.",
            "Servidores MX (recebem; os seus IP de envio podem ser outros): {hosts}."
        );
        RDNS_NO_MX = (
            "No MX host to look up; the sending IPs are seen in a message.",
            "Nenhum servidor MX para consultar; os IP de envio veem-se numa mensagem."
        );
        RDNS_FIX = (
            "Ask whoever runs each address for a PTR name that points back to it.",
            "Peça a quem gere cada endereço um nome PTR que aponte de volta para ele."
        );
        IN_A_MESSAGE = (
            "Seen in a message, not in DNS: analyze one you sent (selo message --requirements).",
            "Vê-se numa mensagem, não no DNS: analise uma que tenha enviado (selo message --requirements)."
        );
        NOT_CONFIRMED = ("not confirmed", "não confirmado");
        NO_PTR = ("no PTR", "sem PTR");
        NO_ADDRESS = ("no address", "sem endereço");
        NOT_LOOKED_UP = (
            "Could not be looked up: try again, or another resolver.",
            "Não foi possível consultar: tente de novo, ou outro resolvedor."
        );
    }
}
use words::*;

/// One MX host's address and its reverse name, confirmed forward or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MxReverse {
    /// The MX host.
    pub host: String,
    /// Its first IPv4 address, when it has one.
    pub ip: Option<String>,
    /// The reverse name of that address.
    pub reverse: Option<Confirmed>,
}

/// The MX hosts the check found (at most 5).
fn mx_hosts(c: &DomainCheck) -> Vec<String> {
    c.checks
        .mx
        .as_ref()
        .map(|s| {
            s.records
                .iter()
                .filter_map(|r| r.split_whitespace().nth(1))
                .map(|h| h.trim_end_matches('.').to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .take(5)
                .collect()
        })
        .unwrap_or_default()
}

/// Looks up the address of each MX host and its reverse name, confirmed
/// forward.
pub async fn mx_reverse<R: Resolver>(resolver: &R, c: &DomainCheck) -> Vec<MxReverse> {
    let lookups = mx_hosts(c).into_iter().map(|host| async move {
        let a = resolver.lookup(&host, QueryType::A).await;
        let ip = match &a.outcome {
            Outcome::Records(r) => r.iter().find_map(|r| match r {
                Rdata::A(ip) => Some(ip.to_string()),
                _ => None,
            }),
            _ => None,
        };
        let reverse = match &ip {
            Some(ip) => Some(crate::dns::confirmed(resolver, ip).await),
            None => None,
        };
        MxReverse { host, ip, reverse }
    });
    futures_util::future::join_all(lookups).await
}

/// The findings for the domain of `c`, with its MX hosts' reverse names.
pub async fn check<R: Resolver>(resolver: &R, c: &DomainCheck) -> Vec<Finding> {
    let mx = mx_reverse(resolver, c).await;
    evaluate(c, &mx)
}

/// The findings from a domain check and its MX hosts' reverse names.
pub fn evaluate(c: &DomainCheck, mx: &[MxReverse]) -> Vec<Finding> {
    let mut out = vec![spf(c), dkim(c), dmarc(c), key_size(c), reverse(mx)];
    for check in [
        Check::DmarcAlignment,
        Check::Tls,
        Check::MessageFormat,
        Check::OneClickUnsubscribe,
    ] {
        out.push(Finding::new(
            check,
            Status::Unknown,
            Words::both(|l| IN_A_MESSAGE.get(l).to_string()),
        ));
    }
    out.extend(not_in_a_message());
    out
}

fn spf(c: &DomainCheck) -> Finding {
    let d = c.domain.as_str();
    let Some(s) = &c.checks.spf else {
        return Finding::new(Check::SpfPass, Status::Unknown, Words::default());
    };
    let record = s.base.records.first().cloned().unwrap_or_default();
    let href = Some(handoff::spf_href(
        d,
        (!record.is_empty()).then_some(record.as_str()),
        &handoff::Fix::default(),
    ));
    let fix = Words::both(|l| SPF_FIX.fill(l, &[("domain", d)]));
    match s.base.status {
        Found::Ok => Finding::new(
            Check::SpfPass,
            Status::Pass,
            Words::both(|l| SPF_OK.fill(l, &[("record", &record)])),
        ),
        Found::Missing => Finding::new(
            Check::SpfPass,
            Status::Fail,
            Words::both(|l| SPF_MISSING.fill(l, &[("domain", d)])),
        )
        .fix(fix, href),
        Found::Invalid => Finding::new(
            Check::SpfPass,
            Status::Fail,
            Words::both(|l| SPF_INVALID.fill(l, &[("domain", d), ("record", &record)])),
        )
        .fix(fix, href),
        Found::Error => Finding::new(
            Check::SpfPass,
            Status::Unknown,
            Words::both(|l| NOT_LOOKED_UP.get(l).to_string()),
        ),
    }
}

fn dmarc(c: &DomainCheck) -> Finding {
    let d = c.domain.as_str();
    let Some(s) = &c.checks.dmarc else {
        return Finding::new(Check::DmarcPolicy, Status::Unknown, Words::default());
    };
    let record = s.base.records.first().cloned();
    let href = |rua| {
        Some(handoff::dmarc_href(
            d,
            Some(record.as_deref().unwrap_or("v=DMARC1; p=none")),
            &handoff::Fix {
                rua,
                ..handoff::Fix::default()
            },
        ))
    };
    match (&s.policy, &s.applies_from) {
        (Some(p), Some(at)) => {
            let rua: Vec<String> = record
                .as_deref()
                .and_then(|r| crate::dmarc::parse(r).value)
                .map(|m| m.rua.iter().map(ToString::to_string).collect())
                .unwrap_or_default();
            if rua.is_empty() {
                Finding::new(
                    Check::DmarcPolicy,
                    Status::Warning,
                    Words::both(|l| {
                        DMARC_NO_RUA.fill(l, &[("policy", p), ("at", at), ("domain", d)])
                    }),
                )
                .fix(
                    Words::both(|l| DMARC_RUA_FIX.fill(l, &[("domain", d)])),
                    href(true),
                )
            } else {
                let rua = rua.join(", ");
                Finding::new(
                    Check::DmarcPolicy,
                    Status::Pass,
                    Words::both(|l| DMARC_OK.fill(l, &[("policy", p), ("at", at), ("rua", &rua)])),
                )
            }
        }
        _ if s.base.status == Found::Error => Finding::new(
            Check::DmarcPolicy,
            Status::Unknown,
            Words::both(|l| NOT_LOOKED_UP.get(l).to_string()),
        ),
        _ => Finding::new(
            Check::DmarcPolicy,
            Status::Fail,
            Words::both(|l| DMARC_MISSING.fill(l, &[("domain", d)])),
        )
        .fix(
            Words::both(|l| DMARC_FIX.fill(l, &[("domain", d)])),
            href(true),
        ),
    }
}

/// The selectors with a key, as `name (rsa 2048)`, and the smallest RSA
/// key's size and selector.
fn keys(c: &DomainCheck) -> (Vec<String>, Option<(u32, String)>) {
    let Some(s) = &c.checks.dkim else {
        return (Vec::new(), None);
    };
    let mut found = Vec::new();
    let mut smallest: Option<(u32, String)> = None;
    for k in &s.selectors {
        let kind = k.key_type.clone().unwrap_or_else(|| "rsa".into());
        if k.status == Found::Ok {
            match k.key_bits {
                Some(b) => found.push(format!("{} ({kind} {b})", k.selector)),
                None => found.push(format!("{} ({kind})", k.selector)),
            }
        }
        // A key too short to use is still measured.
        if let Some(b) = k.key_bits.filter(|_| kind == "rsa")
            && smallest.as_ref().is_none_or(|(s, _)| b < *s)
        {
            smallest = Some((b, k.selector.clone()));
        }
    }
    (found, smallest)
}

fn dkim(c: &DomainCheck) -> Finding {
    let d = c.domain.as_str();
    let (found, _) = keys(c);
    if !found.is_empty() {
        let keys = found.join(", ");
        return Finding::new(
            Check::DkimPass,
            Status::Pass,
            Words::both(|l| DKIM_OK.fill(l, &[("keys", &keys)])),
        );
    }
    let tried = c.checks.dkim.as_ref().map_or(0, |s| s.tried).to_string();
    Finding::new(
        Check::DkimPass,
        Status::Unknown,
        Words::both(|l| DKIM_NONE.fill(l, &[("n", &tried)])),
    )
    .fix(
        Words::both(|l| DKIM_FIX.fill(l, &[("domain", d)])),
        Some(handoff::dkim_href(d, &handoff::Fix::default())),
    )
}

fn key_size(c: &DomainCheck) -> Finding {
    let d = c.domain.as_str();
    let (found, smallest) = keys(c);
    let Some((bits, selector)) = smallest else {
        let status = if found.is_empty() {
            Status::Unknown
        } else {
            Status::Pass
        };
        let words = if found.is_empty() {
            Words::both(|l| KEY_NONE.get(l).to_string())
        } else {
            Words::same(found.join(", "))
        };
        return Finding::new(Check::DkimKeySize, status, words);
    };
    let b = bits.to_string();
    let fix = |f: Finding| {
        f.fix(
            Words::both(|l| KEY_FIX.fill(l, &[("domain", d)])),
            Some(handoff::dkim_href(d, &handoff::Fix::default())),
        )
    };
    match bits {
        2048.. => Finding::new(
            Check::DkimKeySize,
            Status::Pass,
            Words::both(|l| KEY_STRONG.fill(l, &[("bits", &b), ("selector", &selector)])),
        ),
        1024.. => fix(Finding::new(
            Check::DkimKeySize,
            Status::Warning,
            Words::both(|l| KEY_WEAK.fill(l, &[("bits", &b), ("selector", &selector)])),
        )),
        _ => fix(Finding::new(
            Check::DkimKeySize,
            Status::Fail,
            Words::both(|l| KEY_SHORT.fill(l, &[("bits", &b), ("selector", &selector)])),
        )),
    }
}

fn reverse(mx: &[MxReverse]) -> Finding {
    if mx.is_empty() {
        return Finding::new(
            Check::ReverseDns,
            Status::Unknown,
            Words::both(|l| RDNS_NO_MX.get(l).to_string()),
        );
    }
    let hosts = |l| {
        mx.iter()
            .map(|m| {
                let what = match (&m.ip, &m.reverse) {
                    (Some(ip), Some(r)) => match (&r.confirmed, r.name()) {
                        (Some(n), _) => format!("{ip} → {n} ✓"),
                        (None, Some(n)) => format!("{ip} → {n}, {}", NOT_CONFIRMED.get(l)),
                        (None, None) => format!("{ip}, {}", NO_PTR.get(l)),
                    },
                    _ => NO_ADDRESS.get(l).to_string(),
                };
                format!("{} [{what}]", m.host)
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    // The MX hosts receive; whether they also send is not known here: one
    // not confirmed is a warning, not a failure.
    let unconfirmed = mx.iter().any(|m| {
        m.reverse
            .as_ref()
            .is_some_and(|r| r.confirmed.is_none() && !r.forward_failed)
    });
    let unknown = mx
        .iter()
        .any(|m| m.reverse.as_ref().is_none_or(|r| r.forward_failed));
    let status = if unconfirmed {
        Status::Warning
    } else if unknown {
        Status::Unknown
    } else {
        Status::Pass
    };
    let f = Finding::new(
        Check::ReverseDns,
        status,
        Words::both(|l| RDNS_ALL.fill(l, &[("hosts", &hosts(l))])),
    );
    if status == Status::Warning {
        f.fix(Words::both(|l| RDNS_FIX.get(l).to_string()), None)
    } else {
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::MemoryZone;
    use crate::dns::{HttpError, HttpGet, HttpResponse};
    use futures::executor::block_on;

    struct NoHttp;
    impl HttpGet for NoHttp {
        async fn get(&self, _: &str, _: &str) -> Result<HttpResponse, HttpError> {
            Err(HttpError::Network("offline".into()))
        }
    }

    #[test]
    fn every_text_is_translated_and_filled() {
        let untranslated = crate::Text::untranslated(words::ALL);
        assert!(untranslated.is_empty(), "{untranslated:?}");
        let left = crate::Text::unfilled_in(words::ALL, "domain.rs", include_str!("domain.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    fn zone() -> MemoryZone {
        let mut z = MemoryZone::new();
        z.txt("example.com", &["v=spf1 ip4:192.0.2.0/24 -all"])
            .txt("_dmarc.example.com", &["v=DMARC1; p=none"])
            .mx("example.com", 10, "mx.example.com")
            .a("mx.example.com", [192, 0, 2, 25].into())
            .add(
                "25.2.0.192.in-addr.arpa",
                Rdata::Ptr("mx.example.com".into()),
            );
        z
    }

    #[test]
    fn a_domain_with_spf_dmarc_without_rua_and_a_confirmed_mx() {
        let z = zone();
        let c = block_on(crate::check::run(
            "example.com",
            "memory",
            &z,
            &NoHttp,
            &crate::check::CheckOptions::default(),
            &mut |_| {},
        ));
        let found = block_on(check(&z, &c));
        let get = |k| found.iter().find(|f| f.check == k).unwrap();
        assert_eq!(get(Check::SpfPass).status, Status::Pass);
        let dmarc = get(Check::DmarcPolicy);
        assert_eq!(dmarc.status, Status::Warning, "{dmarc:?}");
        assert!(dmarc.evidence.en.contains("without rua="));
        let href = dmarc.fix.as_ref().unwrap().href.as_deref().unwrap();
        assert!(
            href.contains("rua=mailto%3Admarc-reports%40example.com"),
            "{href}"
        );
        let r = get(Check::ReverseDns);
        assert_eq!(r.status, Status::Pass, "{r:?}");
        assert!(
            r.evidence.en.contains("192.0.2.25 → mx.example.com ✓"),
            "{r:?}"
        );
        assert_eq!(get(Check::Tls).status, Status::Unknown);
        assert!(get(Check::Tls).evidence.pt.contains("Vê-se numa mensagem"));
    }
}
