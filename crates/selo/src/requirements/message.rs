//! The checklist for one received message: what the message analysis
//! ([`crate::message::analyze`]) found, the header fields the providers ask
//! for, and the sending IP's reverse name confirmed forward
//! ([`crate::dns::confirmed`]).
//!
//! ```
//! use futures::executor::block_on;
//! use selo::dns::MemoryZone;
//! use selo::message::{analyze, MessageOptions};
//! use selo::requirements::{Check, Status, message};
//!
//! let mut zone = MemoryZone::new();
//! zone.txt("example.com", &["v=spf1 ip4:192.0.2.0/24 -all"])
//!     .txt("_dmarc.example.com", &["v=DMARC1; p=none"]);
//! let raw = b"Return-Path: <bounce@example.com>\r\n\
//!     Received: from mx.example.com ([192.0.2.7]) by mx.example.net with ESMTPS; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
//!     From: News <news@example.com>\r\nDate: Sat, 28 Nov 2026 10:00:00 +0000\r\n\
//!     Message-ID: <1@example.com>\r\nSubject: hi\r\n\r\nHello\r\n";
//! let a = block_on(analyze(raw, &zone, &MessageOptions::default())).unwrap();
//! let found = block_on(message::check(raw, &a, &zone));
//! let status = |c| found.iter().find(|f| f.check == c).unwrap().status;
//! assert_eq!(status(Check::SpfPass), Status::Pass);
//! assert_eq!(status(Check::DkimPass), Status::Fail);
//! assert_eq!(status(Check::Tls), Status::Pass);
//! assert_eq!(status(Check::ReverseDns), Status::Fail); // no PTR in this zone
//! ```

use super::{Check, Finding, Status, Words, not_in_a_message};
use crate::dns::{Confirmed, Resolver, ReverseName};
use crate::handoff;
use crate::message::{DkimResult, DmarcResult, FixHint, Hop, MessageAnalysis, SpfResult};

/// The texts of the findings, in both languages.
mod words {
    crate::texts! {
        SPF_PASS = ("SPF passes for {domain} ({identity}).", "O SPF passa para {domain} ({identity}).");
        SPF_NOT = ("SPF gives {result} for {domain} ({identity}).", "O SPF dá {result} para {domain} ({identity}).");
        SPF_NO_DOMAIN = (
            "No envelope sender: SPF could not be checked.",
            "Sem remetente de envelope: o SPF não pôde ser verificado."
        );
        SPF_FIX = (
            "Authorize the sending IP in the SPF record of {domain}.",
            "Autorize o IP de envio no registo SPF de {domain}."
        );
        DKIM_PASS = ("DKIM passes for d={domain} (s={selector}).", "O DKIM passa para d={domain} (s={selector}).");
        DKIM_NONE = ("The message has no DKIM signature.", "A mensagem não tem assinatura DKIM.");
        DKIM_NOT = (
            "No DKIM signature verifies (d={domain}: {result}).",
            "Nenhuma assinatura DKIM é válida (d={domain}: {result})."
        );
        DKIM_FIX = (
            "Sign with DKIM for {domain} and publish the key.",
            "Assine com DKIM para {domain} e publique a chave."
        );
        DMARC_POLICY = (
            "p={policy} at _dmarc.{at}.",
            "p={policy} em _dmarc.{at}."
        );
        DMARC_NO_POLICY = (
            "No DMARC policy applies to {domain}.",
            "Nenhuma política DMARC se aplica a {domain}."
        );
        DMARC_NO_FROM = ("The message has no From domain.", "A mensagem não tem domínio no From.");
        DMARC_UNDECIDED = (
            "The DMARC policy of {domain} could not be looked up.",
            "Não foi possível consultar a política DMARC de {domain}."
        );
        DMARC_FIX = (
            "Publish a DMARC record for {domain} (p=none is enough to start, with rua= reports).",
            "Publique um registo DMARC para {domain} (p=none basta para começar, com relatórios rua=)."
        );
        ALIGNED = ("{domain} aligns with {with}.", "{domain} alinha com {with}.");
        NOT_ALIGNED = (
            "Neither SPF ({spf}) nor DKIM ({dkim}) passes for a domain aligned with {domain}.",
            "Nem o SPF ({spf}) nem o DKIM ({dkim}) passam para um domínio alinhado com {domain}."
        );
        ALIGN_FIX = (
            "Sign with DKIM as {domain}, or send with an envelope sender at {domain} that SPF authorizes.",
            "Assine com DKIM como {domain}, ou envie com um remetente de envelope em {domain} autorizado pelo SPF."
        );
        KEY_STRONG = ("{bits}-bit key (d={domain}, s={selector}).", "Chave de {bits} bits (d={domain}, s={selector}).");
        KEY_ED25519 = ("Ed25519 key (d={domain}, s={selector}).", "Chave Ed25519 (d={domain}, s={selector}).");
        KEY_WEAK = (
            "{bits}-bit key (d={domain}, s={selector}): 2048 bits advised.",
            "Chave de {bits} bits (d={domain}, s={selector}): aconselham-se 2048 bits."
        );
        KEY_SHORT = (
            "{bits}-bit key (d={domain}, s={selector}): under 1024 bits.",
            "Chave de {bits} bits (d={domain}, s={selector}): menos de 1024 bits."
        );
        KEY_UNREAD = ("No DKIM key was read.", "Nenhuma chave DKIM foi lida.");
        KEY_FIX = (
            "Make a 2048-bit key for {domain} under a new selector and sign with it.",
            "Crie uma chave de 2048 bits para {domain} num seletor novo e assine com ela."
        );
        RDNS_NO_IP = (
            "The message does not show the connecting IP, and none was given.",
            "A mensagem não mostra o IP de ligação, e nenhum foi indicado."
        );
        RDNS_CONFIRMED = ("{ip} → {name} → {ip}.", "{ip} → {name} → {ip}.");
        RDNS_UNCONFIRMED = (
            "{ip} → {name}, but {name} does not point back to {ip}.",
            "{ip} → {name}, mas {name} não aponta de volta para {ip}."
        );
        RDNS_NONE = ("{ip} has no PTR name.", "{ip} não tem nome PTR.");
        RDNS_FAILED = (
            "The reverse name of {ip} could not be looked up.",
            "Não foi possível consultar o nome inverso de {ip}."
        );
        RDNS_FIX = (
            "Ask whoever runs {ip} (your mail service or host) for a PTR name whose A record is {ip}.",
            "Peça a quem gere {ip} (o seu serviço de correio ou alojamento) um nome PTR cujo registo A seja {ip}."
        );
        TLS_WITH = ("{by} received it from {from} with {with}.", "{by} recebeu-a de {from} com {with}.");
        TLS_VERSION = ("{by} received it from {from} over {version}.", "{by} recebeu-a de {from} por {version}.");
        TLS_NO = (
            "{by} received it from {from} without TLS (with {with}).",
            "{by} recebeu-a de {from} sem TLS (com {with})."
        );
        TLS_UNSEEN = (
            "No Received field shows how the message arrived.",
            "Nenhum campo Received mostra como a mensagem chegou."
        );
        TLS_FIX = (
            "Turn on STARTTLS on the server that sends for you.",
            "Ative o STARTTLS no servidor que envia por si."
        );
        FORMAT_OK = ("One From, a Date and a Message-ID.", "Um From, um Date e um Message-ID.");
        FORMAT_BAD = ("{fields}.", "{fields}.");
        FORMAT_FIX = (
            "Have the sending program write exactly one From, one Date and one Message-ID.",
            "Faça o programa de envio escrever exatamente um From, um Date e um Message-ID."
        );
        UNSUB_OK = (
            "List-Unsubscribe with {uri} and List-Unsubscribe-Post: List-Unsubscribe=One-Click, both signed by d={domain}.",
            "List-Unsubscribe com {uri} e List-Unsubscribe-Post: List-Unsubscribe=One-Click, ambos assinados por d={domain}."
        );
        UNSUB_NONE = (
            "No List-Unsubscribe: fine for transactional mail (receipts, password resets); marketing mail needs it.",
            "Sem List-Unsubscribe: está bem para correio transacional (recibos, palavras-passe); o correio de marketing precisa dele."
        );
        UNSUB_MAILTO = (
            "List-Unsubscribe has only a mailto: address: one-click needs an https: URI.",
            "O List-Unsubscribe só tem um endereço mailto:: o clique único precisa de um URI https:."
        );
        UNSUB_NO_HTTPS = (
            "List-Unsubscribe has no https: URI.",
            "O List-Unsubscribe não tem URI https:."
        );
        UNSUB_NO_POST = (
            "List-Unsubscribe has {uri}, but there is no List-Unsubscribe-Post: List-Unsubscribe=One-Click.",
            "O List-Unsubscribe tem {uri}, mas não há List-Unsubscribe-Post: List-Unsubscribe=One-Click."
        );
        UNSUB_UNSIGNED = (
            "Both headers are there, but no DKIM signature that verifies covers them (its h= must list List-Unsubscribe and List-Unsubscribe-Post).",
            "Os dois cabeçalhos estão lá, mas nenhuma assinatura DKIM válida os cobre (o seu h= tem de listar List-Unsubscribe e List-Unsubscribe-Post)."
        );
        UNSUB_NO_BODY = (
            "Both headers are there and listed in h=, but without the body the signature cannot be verified: paste the whole message.",
            "Os dois cabeçalhos estão lá e listados em h=, mas sem o corpo a assinatura não pode ser verificada: cole a mensagem inteira."
        );
        UNSUB_FIX = (
            "Add List-Unsubscribe: <https://...> and List-Unsubscribe-Post: List-Unsubscribe=One-Click, and sign both (list them in h=).",
            "Adicione List-Unsubscribe: <https://...> e List-Unsubscribe-Post: List-Unsubscribe=One-Click, e assine ambos (liste-os em h=)."
        );
    }
}
use words::*;

/// The header fields the providers ask for, as the message has them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    /// How many From, Date and Message-ID fields.
    pub from: usize,
    /// Date fields.
    pub date: usize,
    /// Message-ID fields.
    pub message_id: usize,
    /// The `List-Unsubscribe` value, unfolded.
    pub list_unsubscribe: Option<String>,
    /// The `List-Unsubscribe-Post` value.
    pub list_unsubscribe_post: Option<String>,
    /// Each `DKIM-Signature`'s `d=` and `h=` (lowercase names), in the
    /// order of the header.
    pub signed: Vec<(String, Vec<String>)>,
}

/// Reads the header fields of `raw` the checklist needs (the header ends
/// at the first empty line; folded lines are joined).
pub fn fields(raw: &[u8]) -> Fields {
    let text = String::from_utf8_lossy(raw.trim_ascii_start());
    let mut all: Vec<(String, String)> = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = all.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            all.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    let count = |n: &str| all.iter().filter(|(k, _)| k == n).count();
    let first = |n: &str| all.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    let signed = all
        .iter()
        .filter(|(k, _)| k == "dkim-signature")
        .map(|(_, v)| {
            let tag = |t: &str| {
                v.split(';')
                    .filter_map(|p| p.split_once('='))
                    .find(|(k, _)| k.trim().eq_ignore_ascii_case(t))
                    .map(|(_, v)| v.chars().filter(|c| !c.is_whitespace()).collect::<String>())
                    .unwrap_or_default()
            };
            let h = tag("h")
                .split(':')
                .filter(|s| !s.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            (tag("d").to_ascii_lowercase(), h)
        })
        .collect();
    Fields {
        from: count("from"),
        date: count("date"),
        message_id: count("message-id"),
        list_unsubscribe: first("list-unsubscribe"),
        list_unsubscribe_post: first("list-unsubscribe-post"),
        signed,
    }
}

/// The generator link of an analysis's fix ([`FixHint`]): the published
/// record with the fix on top.
pub fn fix_href(f: &FixHint) -> String {
    let fix = handoff::Fix {
        add: f.add.clone(),
        preset: f.preset.as_deref(),
        rua: true,
        selector: f.selector.as_deref(),
    };
    match f.generator.as_str() {
        "spf" => handoff::spf_href(&f.domain, f.record.as_deref(), &fix),
        "dkim" => handoff::dkim_href(&f.domain, &fix),
        _ => handoff::dmarc_href(&f.domain, f.record.as_deref(), &fix),
    }
}

/// The checklist's findings for a message: [`evaluate`] over its fields and
/// the sending IP's reverse name looked up through `resolver` (nothing is
/// looked up when the IP is not known).
pub async fn check<R: Resolver>(raw: &[u8], a: &MessageAnalysis, resolver: &R) -> Vec<Finding> {
    let reverse = match a.ip {
        Some(ip) => Some(crate::dns::confirmed(resolver, &ip.to_string()).await),
        None => None,
    };
    evaluate(&fields(raw), a, reverse.as_ref())
}

fn generator(a: &MessageAnalysis, page: &str) -> Option<String> {
    a.fixes.iter().find(|f| f.generator == page).map(fix_href)
}

/// The findings from what is already known: the analysis, the header
/// fields, and the sending IP's reverse name (`None`: the IP is not known).
pub fn evaluate(f: &Fields, a: &MessageAnalysis, reverse: Option<&Confirmed>) -> Vec<Finding> {
    let from_domain = a.from_domain.clone().unwrap_or_default();
    let mut out = vec![
        spf(a),
        dkim(a, &from_domain),
        dmarc_policy(a, &from_domain),
        alignment(a, &from_domain),
        key_size(a),
        reverse_dns(a, reverse),
        tls(a),
        format(f),
        unsubscribe(f, a),
    ];
    out.extend(not_in_a_message());
    out
}

fn spf(a: &MessageAnalysis) -> Finding {
    let Some(domain) = &a.spf.domain else {
        return Finding::new(
            Check::SpfPass,
            Status::Fail,
            Words::both(|l| SPF_NO_DOMAIN.get(l).to_string()),
        );
    };
    let result = a.spf.result.as_str();
    let id = a.spf.identity.as_str();
    let pass = || Words::both(|l| SPF_PASS.fill(l, &[("domain", domain), ("identity", id)]));
    let not = || {
        Words::both(|l| {
            SPF_NOT.fill(
                l,
                &[("domain", domain), ("identity", id), ("result", result)],
            )
        })
    };
    match a.spf.result {
        SpfResult::Pass => Finding::new(Check::SpfPass, Status::Pass, pass()),
        SpfResult::TempError => Finding::new(Check::SpfPass, Status::Unknown, not()),
        _ => Finding::new(Check::SpfPass, Status::Fail, not()).fix(
            Words::both(|l| SPF_FIX.fill(l, &[("domain", domain)])),
            generator(a, "spf").or_else(|| {
                Some(handoff::spf_href(
                    domain,
                    a.spf.record.as_deref(),
                    &handoff::Fix::default(),
                ))
            }),
        ),
    }
}

fn dkim(a: &MessageAnalysis, from_domain: &str) -> Finding {
    if let Some(c) = a.dkim.iter().find(|c| c.result == DkimResult::Pass) {
        return Finding::new(
            Check::DkimPass,
            Status::Pass,
            Words::both(|l| DKIM_PASS.fill(l, &[("domain", &c.domain), ("selector", &c.selector)])),
        );
    }
    let evidence = match a.dkim.first() {
        None => Words::both(|l| DKIM_NONE.get(l).to_string()),
        Some(c) => Words::both(|l| {
            DKIM_NOT.fill(
                l,
                &[
                    ("domain", &c.domain),
                    // The result word; the DKIM section says why in words.
                    ("result", c.result.as_str()),
                ],
            )
        }),
    };
    // A lookup failed, or only the header was given (no body to hash):
    // whether it would verify is not known.
    let undecided = |c: &&crate::message::DkimCheck| {
        c.result == DkimResult::TempError || (a.headers_only && c.result == DkimResult::Neutral)
    };
    let status = if a.dkim.iter().any(|c| undecided(&c)) {
        Status::Unknown
    } else {
        Status::Fail
    };
    let domain = a.dkim.first().map_or(from_domain, |c| c.domain.as_str());
    Finding::new(Check::DkimPass, status, evidence).fix(
        Words::both(|l| DKIM_FIX.fill(l, &[("domain", domain)])),
        generator(a, "dkim").or_else(|| {
            (!domain.is_empty()).then(|| handoff::dkim_href(domain, &handoff::Fix::default()))
        }),
    )
}

fn dmarc_policy(a: &MessageAnalysis, from_domain: &str) -> Finding {
    if from_domain.is_empty() {
        return Finding::new(
            Check::DmarcPolicy,
            Status::Fail,
            Words::both(|l| DMARC_NO_FROM.get(l).to_string()),
        );
    }
    match (&a.dmarc.policy, &a.dmarc.applies_from) {
        (Some(p), Some(at)) => Finding::new(
            Check::DmarcPolicy,
            Status::Pass,
            Words::both(|l| DMARC_POLICY.fill(l, &[("policy", p), ("at", at)])),
        ),
        _ if a.dmarc.result == DmarcResult::TempError => Finding::new(
            Check::DmarcPolicy,
            Status::Unknown,
            Words::both(|l| DMARC_UNDECIDED.fill(l, &[("domain", from_domain)])),
        ),
        _ => Finding::new(
            Check::DmarcPolicy,
            Status::Fail,
            Words::both(|l| DMARC_NO_POLICY.fill(l, &[("domain", from_domain)])),
        )
        .fix(
            Words::both(|l| DMARC_FIX.fill(l, &[("domain", from_domain)])),
            Some(handoff::dmarc_href(
                from_domain,
                Some("v=DMARC1; p=none"),
                &handoff::Fix {
                    rua: true,
                    ..handoff::Fix::default()
                },
            )),
        ),
    }
}

fn alignment(a: &MessageAnalysis, from_domain: &str) -> Finding {
    if from_domain.is_empty() {
        return Finding::new(
            Check::DmarcAlignment,
            Status::Fail,
            Words::both(|l| DMARC_NO_FROM.get(l).to_string()),
        );
    }
    let mut with = Vec::new();
    if let Some(c) = a
        .dkim
        .iter()
        .find(|c| c.result == DkimResult::Pass && c.aligned)
    {
        with.push(format!("DKIM d={}", c.domain));
    }
    if a.spf.result == SpfResult::Pass && a.spf.aligned {
        with.push(format!(
            "SPF {}",
            a.spf.domain.as_deref().unwrap_or_default()
        ));
    }
    if !with.is_empty() {
        let with = with.join(" + ");
        return Finding::new(
            Check::DmarcAlignment,
            Status::Pass,
            Words::both(|l| ALIGNED.fill(l, &[("domain", from_domain), ("with", &with)])),
        );
    }
    let spf = format!(
        "{} {}",
        a.spf.result.as_str(),
        a.spf.domain.as_deref().unwrap_or("-")
    );
    let dkim = match a.dkim.first() {
        Some(c) => format!("{} d={}", c.result.as_str(), c.domain),
        None => "-".to_string(),
    };
    let status = if a.dmarc.result == DmarcResult::TempError {
        Status::Unknown
    } else {
        Status::Fail
    };
    Finding::new(
        Check::DmarcAlignment,
        status,
        Words::both(|l| {
            NOT_ALIGNED.fill(
                l,
                &[("spf", &spf), ("dkim", &dkim), ("domain", from_domain)],
            )
        }),
    )
    .fix(
        Words::both(|l| ALIGN_FIX.fill(l, &[("domain", from_domain)])),
        generator(a, "dkim")
            .or_else(|| Some(handoff::dkim_href(from_domain, &handoff::Fix::default()))),
    )
}

fn key_size(a: &MessageAnalysis) -> Finding {
    // The signature that verifies, else the first whose key was read.
    let c = a
        .dkim
        .iter()
        .find(|c| {
            c.result == DkimResult::Pass
                && (c.key_bits.is_some() || c.algorithm.starts_with("ed25519"))
        })
        .or_else(|| a.dkim.iter().find(|c| c.key_bits.is_some()));
    let Some(c) = c else {
        return Finding::new(
            Check::DkimKeySize,
            Status::Unknown,
            Words::both(|l| KEY_UNREAD.get(l).to_string()),
        );
    };
    let bits = c.key_bits.unwrap_or(0).to_string();
    let fix = |f: Finding| {
        f.fix(
            Words::both(|l| KEY_FIX.fill(l, &[("domain", &c.domain)])),
            Some(handoff::dkim_href(&c.domain, &handoff::Fix::default())),
        )
    };
    if c.algorithm.starts_with("ed25519") {
        return Finding::new(
            Check::DkimKeySize,
            Status::Pass,
            Words::both(|l| {
                KEY_ED25519.fill(
                    l,
                    &[
                        ("bits", &bits),
                        ("domain", &c.domain),
                        ("selector", &c.selector),
                    ],
                )
            }),
        );
    }
    match c.key_bits.unwrap_or(0) {
        2048.. => Finding::new(
            Check::DkimKeySize,
            Status::Pass,
            Words::both(|l| {
                KEY_STRONG.fill(
                    l,
                    &[
                        ("bits", &bits),
                        ("domain", &c.domain),
                        ("selector", &c.selector),
                    ],
                )
            }),
        ),
        1024.. => fix(Finding::new(
            Check::DkimKeySize,
            Status::Warning,
            Words::both(|l| {
                KEY_WEAK.fill(
                    l,
                    &[
                        ("bits", &bits),
                        ("domain", &c.domain),
                        ("selector", &c.selector),
                    ],
                )
            }),
        )),
        _ => fix(Finding::new(
            Check::DkimKeySize,
            Status::Fail,
            Words::both(|l| {
                KEY_SHORT.fill(
                    l,
                    &[
                        ("bits", &bits),
                        ("domain", &c.domain),
                        ("selector", &c.selector),
                    ],
                )
            }),
        )),
    }
}

fn reverse_dns(a: &MessageAnalysis, reverse: Option<&Confirmed>) -> Finding {
    let (Some(ip), Some(r)) = (a.ip, reverse) else {
        return Finding::new(
            Check::ReverseDns,
            Status::Unknown,
            Words::both(|l| RDNS_NO_IP.get(l).to_string()),
        );
    };
    let ip = ip.to_string();
    let fix = |f: Finding| f.fix(Words::both(|l| RDNS_FIX.fill(l, &[("ip", &ip)])), None);
    if let Some(name) = &r.confirmed {
        return Finding::new(
            Check::ReverseDns,
            Status::Pass,
            Words::both(|l| RDNS_CONFIRMED.fill(l, &[("ip", &ip), ("name", name)])),
        );
    }
    match &r.reverse {
        ReverseName::Names(names) if r.forward_failed => Finding::new(
            Check::ReverseDns,
            Status::Unknown,
            Words::both(|l| RDNS_FAILED.fill(l, &[("ip", &ip), ("name", &names[0])])),
        ),
        ReverseName::Names(names) => fix(Finding::new(
            Check::ReverseDns,
            Status::Fail,
            Words::both(|l| RDNS_UNCONFIRMED.fill(l, &[("ip", &ip), ("name", &names[0])])),
        )),
        ReverseName::None => fix(Finding::new(
            Check::ReverseDns,
            Status::Fail,
            Words::both(|l| RDNS_NONE.fill(l, &[("ip", &ip)])),
        )),
        ReverseName::NotAnAddress | ReverseName::Failed(_) => Finding::new(
            Check::ReverseDns,
            Status::Unknown,
            Words::both(|l| RDNS_FAILED.fill(l, &[("ip", &ip)])),
        ),
    }
}

/// The first receiving hop: the topmost `Received` whose `from` is the
/// connecting IP, else the lowest one.
fn first_hop(a: &MessageAnalysis) -> Option<&Hop> {
    a.received
        .iter()
        .find(|h| a.ip.is_some() && h.from_ip == a.ip)
        .or_else(|| a.received.last())
}

/// How the hop says TLS: `with ESMTPS` (`Tls::With`), or a TLS version in
/// its text (`Tls::Version`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tls {
    /// The `with` protocol (`ESMTPS`, `ESMTPSA`).
    With(String),
    /// The version named (`TLS1_3`, `TLSv1.2`; `TLS` for "using TLS").
    Version(String),
}

/// How the hop `h` says it used TLS, if it does.
pub fn tls_of(h: &Hop) -> Option<Tls> {
    let with = h.with.as_deref().unwrap_or_default();
    let w = with.to_ascii_uppercase();
    if w.ends_with('S') && (w.contains("SMTPS") || w.contains("SMTPSA") || w.contains("LMTPS"))
        || w.ends_with("SMTPSA")
    {
        return Some(Tls::With(with.to_string()));
    }
    let upper = h.text.to_ascii_uppercase();
    for marker in [
        "TLSV1",
        "TLS1_",
        "TLS 1.",
        "TLSV1.",
        "VERSION=TLS",
        "USING TLS",
    ] {
        if let Some(at) = upper.find(marker) {
            let word: String = h.text[at..]
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ')' | ';'))
                .collect();
            let word = word.trim_start_matches("version=").to_string();
            return Some(Tls::Version(if marker == "USING TLS" {
                "TLS".into()
            } else {
                word
            }));
        }
    }
    None
}

fn tls(a: &MessageAnalysis) -> Finding {
    let Some(h) = first_hop(a) else {
        return Finding::new(
            Check::Tls,
            Status::Unknown,
            Words::both(|l| TLS_UNSEEN.get(l).to_string()),
        );
    };
    let by = h.by.clone().unwrap_or_else(|| "?".into());
    let from = h
        .from
        .clone()
        .or_else(|| h.from_ip.map(|i| i.to_string()))
        .unwrap_or_else(|| "?".into());
    match tls_of(h) {
        Some(Tls::With(with)) => Finding::new(
            Check::Tls,
            Status::Pass,
            Words::both(|l| TLS_WITH.fill(l, &[("by", &by), ("from", &from), ("with", &with)])),
        ),
        Some(Tls::Version(version)) => Finding::new(
            Check::Tls,
            Status::Pass,
            Words::both(|l| {
                TLS_VERSION.fill(l, &[("by", &by), ("from", &from), ("version", &version)])
            }),
        ),
        None => Finding::new(
            Check::Tls,
            Status::Fail,
            Words::both(|l| {
                TLS_NO.fill(
                    l,
                    &[
                        ("by", &by),
                        ("from", &from),
                        ("with", h.with.as_deref().unwrap_or("?")),
                    ],
                )
            }),
        )
        .fix(Words::both(|l| TLS_FIX.get(l).to_string()), None),
    }
}

fn format(f: &Fields) -> Finding {
    let mut wrong = Vec::new();
    for (name, n) in [
        ("From", f.from),
        ("Date", f.date),
        ("Message-ID", f.message_id),
    ] {
        if n != 1 {
            wrong.push(format!("{name}: {n}"));
        }
    }
    if wrong.is_empty() {
        return Finding::new(
            Check::MessageFormat,
            Status::Pass,
            Words::both(|l| FORMAT_OK.get(l).to_string()),
        );
    }
    let fields = wrong.join(", ");
    Finding::new(
        Check::MessageFormat,
        Status::Fail,
        Words::both(|l| FORMAT_BAD.fill(l, &[("fields", &fields)])),
    )
    .fix(Words::both(|l| FORMAT_FIX.get(l).to_string()), None)
}

/// The URIs of a `List-Unsubscribe` value (`<...>, <...>`).
fn uris(v: &str) -> Vec<String> {
    v.split('<')
        .skip(1)
        .filter_map(|p| p.split_once('>').map(|(u, _)| u.trim().to_string()))
        .collect()
}

fn unsubscribe(f: &Fields, a: &MessageAnalysis) -> Finding {
    let fix = |x: Finding| x.fix(Words::both(|l| UNSUB_FIX.get(l).to_string()), None);
    let Some(value) = &f.list_unsubscribe else {
        return Finding::new(
            Check::OneClickUnsubscribe,
            Status::Unknown,
            Words::both(|l| UNSUB_NONE.get(l).to_string()),
        );
    };
    let all = uris(value);
    let Some(https) = all
        .iter()
        .find(|u| u.get(..6).is_some_and(|s| s.eq_ignore_ascii_case("https:")))
    else {
        if all.iter().any(|u| {
            u.get(..7)
                .is_some_and(|s| s.eq_ignore_ascii_case("mailto:"))
        }) {
            return fix(Finding::new(
                Check::OneClickUnsubscribe,
                Status::Warning,
                Words::both(|l| UNSUB_MAILTO.get(l).to_string()),
            ));
        }
        return fix(Finding::new(
            Check::OneClickUnsubscribe,
            Status::Fail,
            Words::both(|l| UNSUB_NO_HTTPS.get(l).to_string()),
        ));
    };
    let one_click = f
        .list_unsubscribe_post
        .as_deref()
        .is_some_and(|p| p.trim().eq_ignore_ascii_case("List-Unsubscribe=One-Click"));
    if !one_click {
        return fix(Finding::new(
            Check::OneClickUnsubscribe,
            Status::Fail,
            Words::both(|l| UNSUB_NO_POST.fill(l, &[("uri", https)])),
        ));
    }
    // A signature that verifies, whose h= lists both fields. The n-th
    // DKIM-Signature field is the n-th checked signature.
    let signer = f.signed.iter().zip(&a.dkim).find(|((d, h), c)| {
        c.result == DkimResult::Pass
            && *d == c.domain
            && h.iter().any(|n| n == "list-unsubscribe")
            && h.iter().any(|n| n == "list-unsubscribe-post")
    });
    match signer {
        Some((_, c)) => Finding::new(
            Check::OneClickUnsubscribe,
            Status::Pass,
            Words::both(|l| UNSUB_OK.fill(l, &[("uri", https), ("domain", &c.domain)])),
        ),
        // Without the body no signature can verify: listed in h= is all
        // that can be told.
        None if a.headers_only
            && f.signed.iter().any(|(_, h)| {
                h.iter().any(|n| n == "list-unsubscribe")
                    && h.iter().any(|n| n == "list-unsubscribe-post")
            }) =>
        {
            Finding::new(
                Check::OneClickUnsubscribe,
                Status::Unknown,
                Words::both(|l| UNSUB_NO_BODY.get(l).to_string()),
            )
        }
        None => fix(Finding::new(
            Check::OneClickUnsubscribe,
            Status::Fail,
            Words::both(|l| UNSUB_UNSIGNED.get(l).to_string()),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated_and_filled() {
        let untranslated = crate::Text::untranslated(words::ALL);
        assert!(untranslated.is_empty(), "{untranslated:?}");
        let left = crate::Text::unfilled_in(words::ALL, "message.rs", include_str!("message.rs"));
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn fields_are_read_with_folding_and_dkim_h() {
        let raw = b"From: a@example.com\r\nDate: x\r\nDKIM-Signature: v=1; d=Example.com; s=s1;\r\n\th=from:date:\r\n list-unsubscribe:List-Unsubscribe-Post; b=x\r\nList-Unsubscribe: <mailto:u@example.com>,\r\n <https://example.com/u/1>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n\r\nFrom: not a header\r\n";
        let f = fields(raw);
        assert_eq!((f.from, f.date, f.message_id), (1, 1, 0));
        assert_eq!(f.signed[0].0, "example.com");
        assert_eq!(
            f.signed[0].1,
            ["from", "date", "list-unsubscribe", "list-unsubscribe-post"]
        );
        assert_eq!(
            uris(f.list_unsubscribe.as_deref().unwrap()),
            ["mailto:u@example.com", "https://example.com/u/1"]
        );
    }

    #[test]
    fn tls_is_read_from_with_or_a_version() {
        let hop = |with: Option<&str>, text: &str| Hop {
            with: with.map(Into::into),
            text: text.into(),
            ..Hop::default()
        };
        assert!(tls_of(&hop(Some("ESMTPS"), "")).is_some());
        assert!(tls_of(&hop(Some("ESMTPSA"), "")).is_some());
        assert_eq!(
            tls_of(&hop(
                Some("ESMTP"),
                "from a by b (version=TLS1_3, cipher=X) with ESMTP"
            )),
            Some(Tls::Version("TLS1_3".into()))
        );
        assert!(tls_of(&hop(Some("SMTP"), "from a by b with SMTP")).is_none());
        assert!(tls_of(&hop(Some("ESMTP"), "from a by b with ESMTP")).is_none());
    }
}
