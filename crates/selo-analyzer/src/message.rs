//! The Analyze page's answer: a received message read by
//! [`selo::message::analyze`] and rendered as an element tree in one
//! language (see [`crate::tree`]): the verdict on top, then DKIM, SPF,
//! DMARC, what to fix (each fix with its prefilled generator), the
//! `Received` chain as a timeline, the `Authentication-Results` fields
//! against Selo's own results, the ARC chain and every finding.
//!
//! Everything taken from the message or from DNS becomes text or an
//! attribute value; links go only to this app's generators.

use crate::render::{fill, findings};
use crate::tree::{Node, el, head_row, text};
use selo::dns::Resolver;
use selo::message::{
    self, AlignmentState, DkimCheck, DkimResult, DmarcResult, FixHint, Hop, MessageAnalysis,
    MessageOptions, SpfResult,
};
use selo::{Lang, Text};

texts! {
    VERDICT = ("Verdict", "Veredicto");
    PASS_BOTH = (
        "DMARC passes: DKIM and SPF both pass aligned with {domain}.",
        "O DMARC passa: o DKIM e o SPF passam ambos alinhados com {domain}."
    );
    PASS_DKIM = (
        "DMARC passes: a DKIM signature of {domain} verifies.",
        "O DMARC passa: uma assinatura DKIM de {domain} é válida."
    );
    PASS_SPF = (
        "DMARC passes: SPF passes for a domain aligned with {domain}.",
        "O DMARC passa: o SPF passa para um domínio alinhado com {domain}."
    );
    FAIL = (
        "DMARC fails: neither DKIM nor SPF passes for a domain aligned with {domain}.",
        "O DMARC falha: nem o DKIM nem o SPF passam para um domínio alinhado com {domain}."
    );
    NONE = (
        "No DMARC policy applies to {domain}: each receiver decides on its own.",
        "Nenhuma política DMARC se aplica a {domain}: cada recetor decide por si."
    );
    TEMPERROR = (
        "The DMARC policy of {domain} could not be looked up (DNS error): try again later.",
        "Não foi possível consultar a política DMARC de {domain} (erro de DNS): tente mais tarde."
    );
    PERMERROR = (
        "The message has no usable From domain: DMARC cannot be evaluated.",
        "A mensagem não tem um domínio From utilizável: o DMARC não pode ser avaliado."
    );
    DISP_NONE = (
        "A receiver would deliver it as usual (p=none only asks for reports).",
        "Um recetor entregá-la-ia normalmente (p=none só pede relatórios)."
    );
    DISP_NONE_FAIL = (
        "A receiver would still deliver it: the policy is p=none (monitoring only). With p=quarantine or p=reject it would go to spam or be refused.",
        "Um recetor ainda a entregaria: a política é p=none (só monitorização). Com p=quarantine ou p=reject iria para o spam ou seria recusada."
    );
    DISP_QUARANTINE = (
        "A receiver would treat it as suspicious: usually it goes to the spam folder (p=quarantine).",
        "Um recetor trataria a mensagem como suspeita: normalmente vai para a pasta de spam (p=quarantine)."
    );
    DISP_REJECT = (
        "A receiver would refuse it (p=reject).",
        "Um recetor recusá-la-ia (p=reject)."
    );
    TESTING = (
        "The policy is in testing mode (t=y): receivers apply the next lower policy.",
        "A política está em modo de teste (t=y): os recetores aplicam a política imediatamente abaixo."
    );
    HEADERS_ONLY = (
        "Only the header was given: DKIM body hashes cannot be checked.",
        "Só foi dado o cabeçalho: os hashes do corpo DKIM não podem ser verificados."
    );
    FROM = ("From", "From");
    FROM_DOMAIN = ("From domain", "Domínio From");
    NONE_WORD = ("(none)", "(nenhum)");
    RESULT = ("Result", "Resultado");
    DOMAIN = ("Domain", "Domínio");
    SELECTOR = ("Selector", "Seletor");
    ALGORITHM = ("Algorithm", "Algoritmo");
    KEY = ("Key", "Chave");
    KEY_BITS = ("{bits} bits at {name}", "{bits} bits em {name}");
    WHY = ("Why", "Porquê");
    ALIGNED = ("Aligned with the From domain", "Alinhado com o domínio From");
    YES_ALIGNED = ("yes: it counts for DMARC", "sim: conta para o DMARC");
    ALIGNED_FAILED = (
        "aligned, but it does not pass, so it does not count for DMARC",
        "alinhado, mas não passa, por isso não conta para o DMARC"
    );
    NOT_ALIGNED = (
        "no: another domain, so it does not count for DMARC",
        "não: outro domínio, por isso não conta para o DMARC"
    );
    NOT_COMPARED = (
        "not compared: no domain on one side",
        "não comparado: falta um dos domínios"
    );
    DKIM_NONE = (
        "The message carries no DKIM signature.",
        "A mensagem não tem nenhuma assinatura DKIM."
    );
    R_BODY = (
        "the body changed after it was signed (the body hash does not match): a mailing list or a gateway may have added a footer",
        "o corpo mudou depois de assinado (o hash do corpo não coincide): uma lista de correio ou um gateway pode ter acrescentado um rodapé"
    );
    R_SIGNATURE = (
        "the signature does not match: a signed header field changed, or the key is not the one that signed",
        "a assinatura não coincide: um campo de cabeçalho assinado mudou, ou a chave não é a que assinou"
    );
    R_KEY_MISSING = (
        "no public key is published at the selector's name",
        "não há chave pública publicada no nome do seletor"
    );
    R_KEY_REVOKED = (
        "the key is revoked (its p= is empty)",
        "a chave foi revogada (o seu p= está vazio)"
    );
    R_KEY_SHORT = (
        "the key is shorter than 1024 bits: receivers refuse it",
        "a chave tem menos de 1024 bits: os recetores recusam-na"
    );
    R_EXPIRED = ("the signature has expired (x=)", "a assinatura expirou (x=)");
    R_FUTURE = (
        "the signature is dated in the future (t=)",
        "a assinatura tem uma data no futuro (t=)"
    );
    R_MALFORMED = (
        "the DKIM-Signature field is malformed",
        "o campo DKIM-Signature está mal formado"
    );
    R_UNSUPPORTED = (
        "the algorithm or version is not supported",
        "o algoritmo ou a versão não são suportados"
    );
    R_DNS = (
        "the key could not be looked up (DNS error)",
        "não foi possível consultar a chave (erro de DNS)"
    );
    R_NO_BODY = (
        "only the header was given: the body hash cannot be checked",
        "só foi dado o cabeçalho: o hash do corpo não pode ser verificado"
    );
    R_OK = ("the signature verifies", "a assinatura é válida");
    IP = ("Connecting IP", "IP de ligação");
    IDENTITY = ("Identity checked", "Identidade verificada");
    ID_MAIL_FROM = ("MAIL FROM", "MAIL FROM");
    ID_HELO = ("HELO (the MAIL FROM is empty)", "HELO (o MAIL FROM está vazio)");
    MATCHED = ("Deciding term", "Termo decisivo");
    LOOKUPS = ("DNS lookups", "Consultas DNS");
    LOOKUPS_OF = ("{n} of 10", "{n} de 10");
    RECORD = ("Record", "Registo");
    S_PASS = ("pass: this IP may send for the domain", "passa: este IP pode enviar pelo domínio");
    S_FAIL = (
        "fail: the domain says this IP may not send (-all)",
        "falha: o domínio diz que este IP não pode enviar (-all)"
    );
    S_SOFTFAIL = (
        "softfail: the domain says this IP should not send (~all)",
        "softfail: o domínio diz que este IP não deveria enviar (~all)"
    );
    S_NEUTRAL = (
        "neutral: the record makes no statement about this IP",
        "neutro: o registo não diz nada sobre este IP"
    );
    S_NONE = (
        "none: no SPF record, or no IP or domain to check",
        "nenhum: sem registo SPF, ou sem IP ou domínio a verificar"
    );
    S_TEMPERROR = (
        "temperror: a lookup failed; trying later may work",
        "temperror: uma consulta falhou; mais tarde pode funcionar"
    );
    S_PERMERROR = (
        "permerror: the record cannot be evaluated",
        "permerror: o registo não pode ser avaliado"
    );
    POLICY = ("Policy that applies", "Política que se aplica");
    POLICY_AT = (
        "{tag}={policy}, from the record at _dmarc.{at}",
        "{tag}={policy}, do registo em _dmarc.{at}"
    );
    POLICY_NONE = ("no policy found", "nenhuma política encontrada");
    ORG = ("Organizational domain", "Domínio organizacional");
    MODES = ("Alignment modes", "Modos de alinhamento");
    MODE_R = ("relaxed", "relaxado");
    MODE_S = ("strict", "estrito");
    MODES_LINE = ("DKIM {adkim}, SPF {aspf}", "DKIM {adkim}, SPF {aspf}");
    DISPOSITION = ("What a receiver would do", "O que um recetor faria");
    D_NONE = ("deliver (none)", "entregar (none)");
    D_QUARANTINE = ("quarantine (spam folder)", "quarentena (pasta de spam)");
    D_REJECT = ("reject (refuse the message)", "rejeitar (recusar a mensagem)");
    FIXES = ("What to fix", "O que corrigir");
    NO_FIXES = ("Nothing to fix.", "Nada a corrigir.");
    OPEN_GEN = ("Open the {gen}, filled in for {domain}", "Abrir o {gen}, preenchido para {domain}");
    GEN_DMARC = ("DMARC generator", "gerador de DMARC");
    GEN_SPF = ("SPF generator", "gerador de SPF");
    GEN_DKIM = ("DKIM generator", "gerador de DKIM");
    RECEIVED = ("Route (Received fields, oldest first)", "Percurso (campos Received, do mais antigo)");
    HOP = ("{from} to {by}", "{from} para {by}");
    DELAY = ("{d} after the previous hop", "{d} depois do salto anterior");
    DELAY_NEG = (
        "{d} before the previous hop (the servers' clocks differ)",
        "{d} antes do salto anterior (os relógios dos servidores diferem)"
    );
    UNKNOWN_HOST = ("(unknown)", "(desconhecido)");
    AR = ("Authentication-Results", "Authentication-Results");
    AR_INTRO = (
        "What the receiving servers recorded, next to what Selo finds now (keys and records may have changed since).",
        "O que os servidores de receção registaram, ao lado do que o Selo encontra agora (as chaves e os registos podem ter mudado entretanto)."
    );
    AR_BY = ("Written by {id}", "Escrito por {id}");
    METHOD = ("Method", "Método");
    THEIRS = ("Their result", "Resultado deles");
    OURS = ("Selo's result", "Resultado do Selo");
    DETAILS = ("Details", "Detalhes");
    ARC = ("ARC chain", "Cadeia ARC");
    ARC_RESULT = (
        "Selo's verification of the chain: {result}",
        "Verificação da cadeia pelo Selo: {result}"
    );
    INSTANCE = ("Instance", "Instância");
    CV = ("Chain validation (cv=)", "Validação da cadeia (cv=)");
    SEALER = ("Sealed by", "Selado por");
    ALL_FINDINGS = ("All findings", "Todos os resultados");
    NOT_MESSAGE = ("This text cannot be analyzed", "Este texto não pode ser analisado");
    BAD_IP = (
        "\u{201c}{ip}\u{201d} is not an IP address: type an IPv4 or IPv6 address, or leave the field empty to use the one in the Received fields.",
        "\u{201c}{ip}\u{201d} não é um endereço IP: escreva um endereço IPv4 ou IPv6, ou deixe o campo vazio para usar o dos campos Received."
    );
}

/// An analysis: in both languages (or why the text is not a message), and
/// the engine's `MessageAnalysis` (`null` when there is none). The page is
/// answered the first three (`Response::Analyzed`).
#[derive(Debug, PartialEq)]
pub struct Analyzed {
    pub ok: bool,
    pub en: Node,
    pub pt: Node,
    pub analysis: serde_json::Value,
}

/// Reads the optional fields, analyzes `raw` through `dns` and renders the
/// answer in both languages.
pub async fn run<R: Resolver>(
    raw: &[u8],
    dns: &R,
    ip: Option<String>,
    mail_from: Option<String>,
    now: u64,
) -> Analyzed {
    let ip_text = ip.as_deref().map(str::trim).unwrap_or("");
    let ip = if ip_text.is_empty() {
        None
    } else {
        match ip_text
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse()
        {
            Ok(a) => Some(a),
            Err(_) => {
                let tree = |l: Lang| {
                    error_tree(
                        vec![el(
                            "p",
                            &[("class", "analyze-error")],
                            vec![text(fill(BAD_IP.get(l), &[("ip", ip_text)]))],
                        )],
                        l,
                    )
                };
                return Analyzed {
                    ok: false,
                    en: tree(Lang::En),
                    pt: tree(Lang::Pt),
                    analysis: serde_json::Value::Null,
                };
            }
        }
    };
    let mail_from = mail_from
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty())
        .map(|m| {
            m.strip_prefix('<')
                .and_then(|m| m.strip_suffix('>'))
                .unwrap_or(&m)
                .to_string()
        });
    let opts = MessageOptions {
        ip,
        mail_from,
        helo: None,
        now: Some(now),
    };
    let pasted = String::from_utf8_lossy(raw);
    match message::analyze(raw, dns, &opts).await {
        Ok(a) => {
            // The sender-requirements checklist after the verdict, and a
            // provider's rejection text recognised in what was pasted.
            let rows =
                selo::requirements::expand(&selo::requirements::message::check(raw, &a, dns).await);
            let tree = |l: Lang| {
                let mut tree = render(&a, l);
                if let Node::El(_, _, children) = &mut tree {
                    let mut extra: Vec<Node> = crate::requirements::bounces(&pasted, l)
                        .into_iter()
                        .collect();
                    extra.push(crate::requirements::checklist(&rows, l));
                    children.splice(1..1, extra);
                }
                tree
            };
            Analyzed {
                ok: true,
                en: tree(Lang::En),
                pt: tree(Lang::Pt),
                analysis: serde_json::to_value(&a).unwrap_or_default(),
            }
        }
        Err(e) => {
            let d = e.diagnostic();
            let tree = |l: Lang| {
                let mut body: Vec<Node> = findings(std::slice::from_ref(&d), None, l)
                    .into_iter()
                    .collect();
                // A bounce pasted alone: what it means, the rows named.
                body.extend(crate::requirements::bounces(&pasted, l));
                error_tree(body, l)
            };
            Analyzed {
                ok: false,
                en: tree(Lang::En),
                pt: tree(Lang::Pt),
                analysis: serde_json::Value::Null,
            }
        }
    }
}

fn error_tree(body: impl IntoIterator<Item = Node>, l: Lang) -> Node {
    let mut out = vec![el("h3", &[], vec![text(NOT_MESSAGE.get(l))])];
    out.extend(body);
    el(
        "div",
        &[("class", "analyze-report"), ("data-status", "error")],
        out,
    )
}

fn dmarc_word(r: DmarcResult) -> &'static str {
    match r {
        DmarcResult::Pass => "pass",
        DmarcResult::Fail => "fail",
        DmarcResult::None => "none",
        DmarcResult::TempError => "temperror",
        DmarcResult::PermError => "permerror",
    }
}

/// A result word as a badge (`data-status` carries the word itself).
fn badge(word: &str) -> Node {
    el(
        "span",
        &[
            ("class", &format!("result result-{word}")),
            ("data-status", word),
        ],
        vec![text(word)],
    )
}

/// Where a signature or SPF stands for DMARC, in words (`data-status`:
/// `aligned`, `aligned-but-failed`, `unaligned` or `not-checked`).
fn alignment(state: AlignmentState, l: Lang) -> Node {
    let (word, said) = match state {
        AlignmentState::Aligned => ("aligned", YES_ALIGNED),
        AlignmentState::AlignedButFailed => ("aligned-but-failed", ALIGNED_FAILED),
        AlignmentState::NotAligned => ("unaligned", NOT_ALIGNED),
        AlignmentState::NotChecked => ("not-checked", NOT_COMPARED),
    };
    el(
        "span",
        &[
            ("class", &format!("align align-{word}")),
            ("data-status", word),
        ],
        vec![text(said.get(l))],
    )
}

/// `table` in a box that scrolls sideways when it is wider than the page,
/// so that no word in it is broken to fit.
fn scroll(table: Node) -> Node {
    el("div", &[("class", "table-scroll")], vec![table])
}

/// A two-column table of facts.
fn facts(rows: Vec<(Text, Vec<Node>)>, l: Lang) -> Node {
    scroll(el(
        "table",
        &[("class", "analyze-facts")],
        vec![el(
            "tbody",
            &[],
            rows.into_iter()
                .map(|(k, v)| {
                    el(
                        "tr",
                        &[],
                        vec![
                            el("th", &[("scope", "row")], vec![text(k.get(l))]),
                            el("td", &[], v),
                        ],
                    )
                })
                .collect(),
        )],
    ))
}

fn section(kind: &str, title: &str, body: Vec<Node>) -> Node {
    let mut out = vec![el("h3", &[], vec![text(title)])];
    out.extend(body);
    el(
        "section",
        &[("class", "analyze-section"), ("data-kind", kind)],
        out,
    )
}

fn dkim_reason(c: &DkimCheck) -> Text {
    match c.reason.as_deref() {
        Some("body-hash-mismatch") => R_BODY,
        Some("signature-mismatch") => R_SIGNATURE,
        Some("key-not-published") => R_KEY_MISSING,
        Some("key-revoked") => R_KEY_REVOKED,
        Some("key-too-short") => R_KEY_SHORT,
        Some("expired") => R_EXPIRED,
        Some("future-timestamp") => R_FUTURE,
        Some("malformed") => R_MALFORMED,
        Some("unsupported") => R_UNSUPPORTED,
        Some("dns-error") => R_DNS,
        Some("no-body") => R_NO_BODY,
        _ if c.result == DkimResult::Pass => R_OK,
        _ => R_SIGNATURE,
    }
}

fn dkim(a: &MessageAnalysis, l: Lang) -> Node {
    if a.dkim.is_empty() {
        return section(
            "dkim",
            "DKIM",
            vec![el("p", &[], vec![text(DKIM_NONE.get(l))])],
        );
    }
    let sigs = a
        .dkim
        .iter()
        .map(|c| {
            let key = match c.key_bits {
                Some(b) => fill(
                    KEY_BITS.get(l),
                    &[("bits", &b.to_string()), ("name", &c.key_name)],
                ),
                None => c.key_name.clone(),
            };
            let why = vec![text(dkim_reason(c).get(l))];
            el(
                "div",
                &[
                    ("class", "analyze-dkim"),
                    ("data-selector", &c.selector),
                    ("data-status", c.result.as_str()),
                ],
                vec![facts(
                    vec![
                        (RESULT, vec![badge(c.result.as_str())]),
                        (DOMAIN, vec![el("code", &[], vec![text(c.domain.clone())])]),
                        (
                            SELECTOR,
                            vec![el("code", &[], vec![text(c.selector.clone())])],
                        ),
                        (
                            ALGORITHM,
                            vec![text(format!("{} ({})", c.algorithm, c.canonicalization))],
                        ),
                        (KEY, vec![text(key)]),
                        (WHY, why),
                        (ALIGNED, vec![alignment(a.dkim_alignment(c), l)]),
                    ],
                    l,
                )],
            )
        })
        .collect();
    section("dkim", "DKIM", sigs)
}

fn spf(a: &MessageAnalysis, l: Lang) -> Node {
    let s = &a.spf;
    let word = match s.result {
        SpfResult::Pass => S_PASS,
        SpfResult::Fail => S_FAIL,
        SpfResult::SoftFail => S_SOFTFAIL,
        SpfResult::Neutral => S_NEUTRAL,
        SpfResult::None => S_NONE,
        SpfResult::TempError => S_TEMPERROR,
        SpfResult::PermError => S_PERMERROR,
    };
    let none = || text(NONE_WORD.get(l));
    let code = |s: &str| el("code", &[], vec![text(s)]);
    let mut rows = vec![
        (
            RESULT,
            vec![badge(s.result.as_str()), text(" "), text(word.get(l))],
        ),
        (
            IP,
            vec![a.ip.map(|i| code(&i.to_string())).unwrap_or_else(none)],
        ),
        (
            IDENTITY,
            vec![
                text(format!(
                    "{}: ",
                    if s.identity == "helo" {
                        ID_HELO.get(l)
                    } else {
                        ID_MAIL_FROM.get(l)
                    }
                )),
                match (s.identity.as_str(), &a.mail_from, &a.helo) {
                    ("helo", _, Some(h)) => code(h),
                    (_, Some(m), _) if m.is_empty() => code("<>"),
                    (_, Some(m), _) => code(m),
                    _ => none(),
                },
            ],
        ),
        (
            DOMAIN,
            vec![s.domain.as_deref().map(code).unwrap_or_else(none)],
        ),
    ];
    if let Some(r) = &s.record {
        rows.push((RECORD, vec![code(r)]));
    }
    if let Some(m) = &s.matched {
        rows.push((MATCHED, vec![code(m)]));
    }
    rows.push((
        LOOKUPS,
        vec![text(fill(
            LOOKUPS_OF.get(l),
            &[("n", &s.lookups.to_string())],
        ))],
    ));
    rows.push((ALIGNED, vec![alignment(a.spf_alignment(), l)]));
    let mut node = section("spf", "SPF", vec![facts(rows, l)]);
    if let Node::El(_, attrs, _) = &mut node {
        attrs.push(("data-status".into(), s.result.as_str().to_string()));
    }
    node
}

fn mode(m: &str, l: Lang) -> String {
    let word = if m == "s" { MODE_S } else { MODE_R };
    format!("{} ({m})", word.get(l))
}

fn dmarc(a: &MessageAnalysis, l: Lang) -> Node {
    let d = &a.dmarc;
    let none = || text(NONE_WORD.get(l));
    let code = |s: &str| el("code", &[], vec![text(s)]);
    let policy = match (&d.policy, &d.applies_from) {
        (Some(p), Some(at)) => text(fill(
            POLICY_AT.get(l),
            &[
                ("tag", d.policy_tag.as_deref().unwrap_or("p")),
                ("policy", p),
                ("at", at),
            ],
        )),
        _ => text(POLICY_NONE.get(l)),
    };
    let disposition = match d.disposition.as_str() {
        "reject" => D_REJECT,
        "quarantine" => D_QUARANTINE,
        _ => D_NONE,
    };
    let mut rows = vec![
        (RESULT, vec![badge(dmarc_word(d.result))]),
        (
            FROM_DOMAIN,
            vec![a.from_domain.as_deref().map(code).unwrap_or_else(none)],
        ),
        (POLICY, vec![policy]),
    ];
    if let Some(o) = &d.organizational_domain {
        rows.push((ORG, vec![code(o)]));
    }
    rows.push((
        MODES,
        vec![text(fill(
            MODES_LINE.get(l),
            &[("adkim", &mode(&d.adkim, l)), ("aspf", &mode(&d.aspf, l))],
        ))],
    ));
    rows.push((
        DISPOSITION,
        vec![el(
            "span",
            &[("data-status", &d.disposition)],
            vec![text(disposition.get(l))],
        )],
    ));
    let mut node = section("dmarc", "DMARC", vec![facts(rows, l)]);
    if let Node::El(_, attrs, _) = &mut node {
        attrs.push(("data-status".into(), dmarc_word(d.result).to_string()));
    }
    node
}

fn verdict(a: &MessageAnalysis, l: Lang) -> Node {
    let d = &a.dmarc;
    let domain = a.from_domain.as_deref().unwrap_or("?");
    let head = match d.result {
        DmarcResult::Pass => match (d.dkim_aligned, d.spf_aligned) {
            (true, true) => PASS_BOTH,
            (true, false) => PASS_DKIM,
            _ => PASS_SPF,
        },
        DmarcResult::Fail => FAIL,
        DmarcResult::None => NONE,
        DmarcResult::TempError => TEMPERROR,
        DmarcResult::PermError => PERMERROR,
    };
    let word = dmarc_word(d.result);
    let mut out = vec![el(
        "p",
        &[("class", "analyze-verdict-head")],
        vec![
            badge(word),
            text(" "),
            el(
                "strong",
                &[],
                vec![text(fill(head.get(l), &[("domain", domain)]))],
            ),
        ],
    )];
    let what = match (d.result, d.disposition.as_str()) {
        (DmarcResult::Pass, _) => Some(DISP_NONE),
        (DmarcResult::Fail, "reject") => Some(DISP_REJECT),
        (DmarcResult::Fail, "quarantine") => Some(DISP_QUARANTINE),
        (DmarcResult::Fail, _) => Some(DISP_NONE_FAIL),
        _ => None,
    };
    if let Some(w) = what.filter(|_| d.result != DmarcResult::Pass) {
        out.push(el(
            "p",
            &[
                ("class", "analyze-disposition"),
                ("data-status", &d.disposition),
            ],
            vec![text(w.get(l))],
        ));
    }
    if d.testing {
        out.push(el("p", &[], vec![text(TESTING.get(l))]));
    }
    if a.headers_only {
        out.push(el("p", &[], vec![text(HEADERS_ONLY.get(l))]));
    }
    if let Some(f) = &a.from {
        out.push(el(
            "p",
            &[("class", "analyze-from")],
            vec![
                text(format!("{}: ", FROM.get(l))),
                el("code", &[], vec![text(f.clone())]),
            ],
        ));
    }
    el(
        "section",
        &[
            ("class", &format!("analyze-verdict result-{word}")),
            ("data-kind", "verdict"),
            ("data-status", word),
            ("aria-label", VERDICT.get(l)),
        ],
        out,
    )
}

/// The generator page that makes `f`: the published record the analysis
/// read, with the fix on top ([`selo::handoff`]).
pub fn fix_href(f: &FixHint) -> String {
    use selo::handoff::{self, Fix};
    let fix = Fix {
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

/// What to fix: every finding that asks for a change
/// ([`MessageAnalysis::to_fix`]), with what to do and, when a generator
/// makes the change, the link to it filled in.
fn fixes(a: &MessageAnalysis, l: Lang) -> Node {
    let to_fix = a.to_fix();
    if to_fix.is_empty() {
        return section(
            "fixes",
            FIXES.get(l),
            vec![el("p", &[], vec![text(NO_FIXES.get(l))])],
        );
    }
    let items = to_fix
        .into_iter()
        .map(|(d, fix)| {
            let mut body = vec![
                el(
                    "p",
                    &[("class", "finding-message")],
                    vec![el("strong", &[], vec![text(d.message_in(l))])],
                ),
                el("p", &[("class", "finding-help")], vec![text(d.help_in(l))]),
            ];
            if let Some(f) = fix {
                let gen_name = match f.generator.as_str() {
                    "spf" => GEN_SPF,
                    "dkim" => GEN_DKIM,
                    _ => GEN_DMARC,
                };
                body.push(el(
                    "p",
                    &[("class", "finding-fix")],
                    vec![el(
                        "a",
                        &[("href", &fix_href(f)), ("data-kind", &f.generator)],
                        vec![text(fill(
                            OPEN_GEN.get(l),
                            &[("gen", gen_name.get(l)), ("domain", &f.domain)],
                        ))],
                    )],
                ));
            }
            el(
                "li",
                &[
                    ("class", "analyze-fix"),
                    ("data-code", d.code),
                    ("data-severity", d.severity.as_str()),
                ],
                body,
            )
        })
        .collect();
    section(
        "fixes",
        FIXES.get(l),
        vec![el("ul", &[("class", "analyze-fixes")], items)],
    )
}

/// `95` → `1 min 35 s`.
fn duration(seconds: i64) -> String {
    let s = seconds.unsigned_abs();
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min {} s", s / 60, s % 60),
        _ => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

fn hop(h: &Hop, l: Lang) -> Node {
    let unknown = UNKNOWN_HOST.get(l);
    let from = match (&h.from, h.from_ip) {
        (Some(f), Some(ip)) => format!("{f} [{ip}]"),
        (Some(f), None) => f.clone(),
        (None, Some(ip)) => format!("[{ip}]"),
        (None, None) => unknown.to_string(),
    };
    let by = h.by.clone().unwrap_or_else(|| unknown.to_string());
    let mut head = vec![el(
        "strong",
        &[],
        vec![text(fill(HOP.get(l), &[("from", &from), ("by", &by)]))],
    )];
    if let Some(w) = &h.with {
        head.push(text(format!(" ({w})")));
    }
    let mut body = vec![el("p", &[("class", "hop-route")], head)];
    let mut when = Vec::new();
    if let Some(d) = &h.date {
        when.push(el("code", &[], vec![text(d.clone())]));
    }
    if let Some(s) = h.delay_seconds {
        let d = duration(s);
        let said = if s < 0 {
            fill(DELAY_NEG.get(l), &[("d", &d)])
        } else {
            fill(DELAY.get(l), &[("d", &d)])
        };
        if !when.is_empty() {
            when.push(text(" · "));
        }
        when.push(el("span", &[("class", "hop-delay")], vec![text(said)]));
    }
    if !when.is_empty() {
        body.push(el("p", &[("class", "hop-when")], when));
    }
    el("li", &[("class", "hop")], body)
}

fn received(a: &MessageAnalysis, l: Lang) -> Option<Node> {
    if a.received.is_empty() {
        return None;
    }
    let items = a.received.iter().rev().map(|h| hop(h, l)).collect();
    Some(section(
        "received",
        RECEIVED.get(l),
        vec![el("ul", &[("class", "analyze-timeline")], items)],
    ))
}

/// Selo's own result for an `Authentication-Results` statement.
fn ours(a: &MessageAnalysis, r: &message::AuthResult) -> Option<String> {
    let prop = |k: &str| {
        r.properties
            .iter()
            .find(|(p, _)| p.eq_ignore_ascii_case(k))
            .map(|(_, v)| v.to_ascii_lowercase())
    };
    match r.method.to_ascii_lowercase().as_str() {
        "dkim" => {
            let d = prop("header.d").or_else(|| {
                prop("header.i").map(|i| i.rsplit('@').next().unwrap_or("").to_string())
            });
            let s = prop("header.s");
            a.dkim
                .iter()
                .find(|c| {
                    d.as_deref().is_none_or(|d| d == c.domain)
                        && s.as_deref()
                            .is_none_or(|s| s.eq_ignore_ascii_case(&c.selector))
                })
                .map(|c| c.result.as_str().to_string())
        }
        "spf" => Some(a.spf.result.as_str().to_string()),
        "dmarc" => Some(dmarc_word(a.dmarc.result).to_string()),
        "arc" => a.arc_result.clone(),
        _ => None,
    }
}

fn auth_results(a: &MessageAnalysis, l: Lang) -> Option<Node> {
    if a.authentication_results.is_empty() {
        return None;
    }
    let mut body = vec![el("p", &[("class", "hint")], vec![text(AR_INTRO.get(l))])];
    for f in &a.authentication_results {
        let rows = f
            .results
            .iter()
            .map(|r| {
                let mine = ours(a, r);
                let mut details: Vec<String> = r
                    .properties
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                if let Some(why) = &r.reason {
                    details.push(format!("reason=\"{why}\""));
                }
                let differs = mine
                    .as_deref()
                    .is_some_and(|m| !m.eq_ignore_ascii_case(&r.result));
                el(
                    "tr",
                    &[("data-status", if differs { "differs" } else { "same" })],
                    vec![
                        el("th", &[("scope", "row")], vec![text(r.method.clone())]),
                        el("td", &[], vec![badge(&r.result.to_ascii_lowercase())]),
                        el(
                            "td",
                            &[],
                            vec![match &mine {
                                Some(m) => badge(m),
                                None => text("–"),
                            }],
                        ),
                        el(
                            "td",
                            &[],
                            vec![el("code", &[], vec![text(details.join(" "))])],
                        ),
                    ],
                )
            })
            .collect();
        body.push(scroll(el(
            "table",
            &[("class", "analyze-ar")],
            vec![
                el(
                    "caption",
                    &[],
                    vec![text(fill(AR_BY.get(l), &[("id", &f.authserv_id)]))],
                ),
                head_row(&[METHOD, THEIRS, OURS, DETAILS], l),
                el("tbody", &[], rows),
            ],
        )));
    }
    Some(section("auth-results", AR.get(l), body))
}

fn arc(a: &MessageAnalysis, l: Lang) -> Option<Node> {
    if a.arc.is_empty() {
        return None;
    }
    let mut body = Vec::new();
    if let Some(r) = &a.arc_result {
        body.push(el(
            "p",
            &[("data-status", r)],
            vec![text(fill(ARC_RESULT.get(l), &[("result", r)]))],
        ));
    }
    let rows = a
        .arc
        .iter()
        .map(|s| {
            let sealer = match (&s.seal_domain, &s.seal_selector) {
                (Some(d), Some(sel)) => format!("d={d} s={sel}"),
                (Some(d), None) => format!("d={d}"),
                _ => "?".to_string(),
            };
            el(
                "tr",
                &[],
                vec![
                    el("td", &[], vec![text(s.instance.to_string())]),
                    el(
                        "td",
                        &[],
                        vec![text(s.cv.clone().unwrap_or_else(|| "?".into()))],
                    ),
                    el("td", &[], vec![el("code", &[], vec![text(sealer)])]),
                ],
            )
        })
        .collect();
    body.push(scroll(el(
        "table",
        &[("class", "analyze-arc")],
        vec![head_row(&[INSTANCE, CV, SEALER], l), el("tbody", &[], rows)],
    )));
    Some(section("arc", ARC.get(l), body))
}

/// The whole analysis in `l`.
pub fn render(a: &MessageAnalysis, l: Lang) -> Node {
    let mut out = vec![
        verdict(a, l),
        dkim(a, l),
        spf(a, l),
        dmarc(a, l),
        fixes(a, l),
    ];
    out.extend(received(a, l));
    out.extend(auth_results(a, l));
    out.extend(arc(a, l));
    if let Some(list) = findings(&a.diagnostics, None, l) {
        out.push(section("findings", ALL_FINDINGS.get(l), vec![list]));
    }
    el(
        "div",
        &[
            ("class", "analyze-report"),
            ("data-status", dmarc_word(a.dmarc.result)),
        ],
        out,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;
    use selo::dns::MemoryZone;

    #[test]
    fn every_text_is_translated() {
        crate::translated(ALL);
    }

    /// No text of this table is shown with a `{placeholder}` left: each
    /// is filled, in both languages, the way its code here fills it.
    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let table: Vec<(&str, &str, &str)> = ALL
            .iter()
            .map(|(n, t)| (*n, t.en, t.pt))
            .collect::<Vec<_>>();
        // The verdict's head is chosen, then filled with the From domain.
        let domain: &[&str] = &["domain"];
        let indirect: &[(&str, &[&str])] = &[
            ("PASS_BOTH", domain),
            ("PASS_DKIM", domain),
            ("PASS_SPF", domain),
            ("FAIL", domain),
            ("NONE", domain),
            ("TEMPERROR", domain),
        ];
        let left = selo::text::unfilled(
            &table,
            &[("message.rs", include_str!("message.rs"))],
            indirect,
        );
        assert!(left.is_empty(), "{left:#?}");
    }

    const RAW: &[u8] = b"Return-Path: <bounce@vendor.example>\r\n\
        Received: from out.vendor.example (out.vendor.example [192.0.2.7]) by mx.example.net with ESMTPS; Sat, 28 Nov 2026 10:00:05 +0000\r\n\
        Received: from app.vendor.example (app.vendor.example [198.51.100.1]) by out.vendor.example; Sat, 28 Nov 2026 10:00:00 +0000\r\n\
        Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=vendor.example; dmarc=pass header.from=example.com\r\n\
        From: News <news@example.com>\r\nSubject: hi\r\n\r\nHello\r\n";

    fn zone() -> MemoryZone {
        let mut zone = MemoryZone::new();
        zone.txt("vendor.example", &["v=spf1 ip4:192.0.2.0/24 -all"])
            .txt("_dmarc.example.com", &["v=DMARC1; p=reject"]);
        zone
    }

    #[test]
    fn an_unaligned_sender_fails_with_a_fix_and_both_languages() {
        let out = block_on(run(RAW, &zone(), None, None, 1_800_000_000));
        let Analyzed {
            ok,
            en,
            pt,
            analysis,
        } = out;
        assert!(ok);
        assert_eq!(analysis["dmarc"]["result"], "fail");
        assert_eq!(analysis["spf"]["result"], "pass");
        let en = en.json();
        let pt = pt.json();
        assert!(en.contains("DMARC fails"), "{en}");
        assert!(en.contains("A receiver would refuse it"), "{en}");
        assert!(pt.contains("O DMARC falha"), "{pt}");
        // SPF passes for vendor.example, not aligned with example.com.
        assert!(
            en.contains(
                r#"["span",{"class":"align align-unaligned","data-status":"unaligned"},"no: another domain, so it does not count for DMARC"]"#
            ),
            "{en}"
        );
        // The received chain, oldest first, with the 5 s delay.
        let first = en.find("app.vendor.example").unwrap();
        let second = en.find("out.vendor.example [192.0.2.7]").unwrap();
        assert!(first < second);
        assert!(en.contains("5 s after the previous hop"), "{en}");
        // The receiver said dmarc=pass; Selo says fail.
        assert!(
            en.contains(r#"["tr",{"data-status":"differs"},["th",{"scope":"row"},"dmarc"]"#),
            "{en}"
        );
        // A fix link to a generator, for example.com.
        assert!(
            en.contains("?page=") && en.contains("domain=example.com"),
            "{en}"
        );
    }

    #[test]
    fn not_a_message_and_a_bad_ip_are_explained() {
        let out = block_on(run(b"hello world", &zone(), None, None, 0));
        let Analyzed {
            ok,
            en,
            pt,
            analysis,
        } = out;
        assert!(!ok && analysis.is_null());
        let en = en.json();
        assert!(en.contains("message::not-a-message"), "{en}");
        assert!(en.contains("This text cannot be analyzed"));
        assert!(pt.json().contains("Este texto não pode ser analisado"));
        let out = block_on(run(RAW, &zone(), Some("300.1.1.1".into()), None, 0));
        let Analyzed { ok, en, .. } = out;
        assert!(!ok);
        assert!(en.json().contains("is not an IP address"));
    }

    #[test]
    fn options_replace_what_the_header_says() {
        let out = block_on(run(
            RAW,
            &zone(),
            Some(" 203.0.113.9 ".into()),
            Some("<x@vendor.example>".into()),
            0,
        ));
        let Analyzed { analysis, .. } = out;
        assert_eq!(analysis["ip"], "203.0.113.9");
        assert_eq!(analysis["mail_from"], "x@vendor.example");
        assert_eq!(analysis["spf"]["result"], "fail");
    }

    #[test]
    fn fix_links_fill_the_generators() {
        let f =
            |generator: &str, record: Option<&str>, add: &[&str], preset: Option<&str>| FixHint {
                code: "x".into(),
                generator: generator.into(),
                domain: "exemplo.pt".into(),
                include: None,
                preset: preset.map(Into::into),
                record: record.map(Into::into),
                add: add.iter().map(|s| s.to_string()).collect(),
                selector: None,
            };
        assert_eq!(
            fix_href(&f(
                "spf",
                None,
                &["include:_spf.google.com"],
                Some("google-workspace")
            )),
            "?page=spf&domain=exemplo.pt&presets=google-workspace"
        );
        // The published record is kept whole, the sending address added.
        assert_eq!(
            fix_href(&f(
                "spf",
                Some("v=spf1 include:_spf.x.net mx ~all"),
                &["ip4:203.0.113.9"],
                None
            )),
            "?page=spf&domain=exemplo.pt&mx=1&ip4=203.0.113.9&include=_spf.x.net&all=~"
        );
        assert_eq!(
            fix_href(&f("dkim", None, &[], Some("microsoft-365"))),
            "?page=dkim&domain=exemplo.pt&how=cname&provider=microsoft"
        );
        assert_eq!(
            fix_href(&f("dkim", None, &[], Some("brevo"))),
            "?page=dkim&domain=exemplo.pt"
        );
        assert_eq!(
            fix_href(&f("dmarc", None, &[], None)),
            "?page=dmarc&domain=exemplo.pt&rua=mailto%3Admarc-reports%40exemplo.pt"
        );
    }

    /// The `msg.test` records of the DNS fixtures (`tests/dns/test.zone`),
    /// which the fixture messages are signed and sent for.
    fn fixture_zone() -> MemoryZone {
        let zone = include_str!("../../../tests/dns/test.zone");
        let start = zone.find("-- msg.test").expect("the msg.test section");
        let mut z = MemoryZone::new();
        for line in zone[start..].lines().skip(1) {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                [name, "IN", "TXT", ..] => {
                    let strings: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
                    z.txt(&format!("{name}.test"), &strings);
                }
                [name, "IN", "A", ip] => {
                    z.a(&format!("{name}.test"), ip.parse().unwrap());
                }
                _ => {}
            }
        }
        z
    }

    /// Every text node of `node`.
    fn texts(node: &Node, out: &mut Vec<String>) {
        match node {
            Node::Text(t) => out.push(t.clone()),
            Node::El(_, _, kids) => kids.iter().for_each(|k| texts(k, out)),
        }
    }

    /// Every fixture message, analyzed as given and from an address its
    /// SPF lists, rendered in both languages: no placeholder is left, no
    /// internal reason word is shown, "Nothing to fix" never stands above
    /// an error or a warning, and an aligned signature that fails says so.
    #[test]
    fn every_fixture_renders_whole_plain_and_consistent() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/messages");
        let zone = fixture_zone();
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml" || x == "txt"))
            .collect();
        names.sort();
        assert!(names.len() >= 10, "{names:?}");
        let reasons = [
            "body-hash-mismatch",
            "signature-mismatch",
            "key-not-published",
            "key-revoked",
            "key-too-short",
            "future-timestamp",
            "dns-error",
            "no-body",
        ];
        for path in &names {
            let raw = std::fs::read(path).unwrap();
            for ip in [None, Some("192.0.2.10".to_string())] {
                let out = block_on(run(&raw, &zone, ip.clone(), None, 1_800_000_000));
                let what = format!("{} from {ip:?}", path.display());
                for (l, tree) in [(Lang::En, &out.en), (Lang::Pt, &out.pt)] {
                    let mut all = Vec::new();
                    texts(tree, &mut all);
                    for t in &all {
                        assert!(!t.contains(['{', '}']), "{what} {l:?}: {t}");
                        // A finding's own code is its reference, shown as such.
                        if selo::message(t).is_some() {
                            continue;
                        }
                        for r in reasons {
                            assert!(!t.contains(r), "{what} {l:?}: {r} in {t}");
                        }
                    }
                    if !out.ok {
                        continue;
                    }
                    let json = tree.json();
                    let nothing = NO_FIXES.get(l);
                    let asks = json.contains(r#""data-severity":"error""#)
                        || json.contains(r#""data-severity":"warning""#);
                    assert!(!(json.contains(nothing) && asks), "{what} {l:?}: {json}");
                }
                if !out.ok {
                    continue;
                }
                let a: MessageAnalysis = serde_json::from_value(out.analysis).unwrap();
                let en = out.en.json();
                // Every error and warning is in the list of what to fix.
                for d in &a.diagnostics {
                    if d.severity >= selo::Severity::Warning && d.code != "message::dmarc-fail" {
                        let item = format!(r#""class":"analyze-fix","data-code":"{}""#, d.code);
                        assert!(en.contains(&item), "{what}: {} not in {en}", d.code);
                    }
                }
                if a.to_fix().is_empty() {
                    assert!(en.contains(NO_FIXES.en), "{what}");
                }
                for c in &a.dkim {
                    if c.aligned && c.result != DkimResult::Pass {
                        assert!(en.contains(ALIGNED_FAILED.en), "{what}: {en}");
                        assert!(out.pt.json().contains(ALIGNED_FAILED.pt), "{what}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_checklist_and_a_pasted_bounce_are_on_the_page() {
        let raw = include_bytes!("../../../tests/fixtures/messages/bulk-mailto-only.eml");
        let out = block_on(run(raw, &fixture_zone(), None, None, 1_800_000_000));
        let (en, pt) = (out.en.json(), out.pt.json());
        assert!(
            en.contains("Will Gmail, Yahoo and Outlook.com accept it?"),
            "{en}"
        );
        assert!(
            pt.contains("O Gmail, o Yahoo e o Outlook.com vão aceitá-la?"),
            "{pt}"
        );
        assert!(
            en.contains(r#""id":"requirements-one-click-unsubscribe","data-kind":"one-click-unsubscribe","data-status":"warning""#),
            "{en}"
        );
        // A bounce pasted with the message it refused.
        let mut pasted = raw.to_vec();
        pasted.extend_from_slice(
            b"\r\n550-5.7.26 Unauthenticated email from good.msg.test is not accepted - gsmtp\r\n",
        );
        let out = block_on(run(&pasted, &fixture_zone(), None, None, 1_800_000_000));
        let en = out.en.json();
        assert!(
            en.contains(r##""href":"#requirements-dmarc-alignment""##),
            "{en}"
        );
        // A bounce pasted alone: not a message, but its rows are named.
        let out = block_on(run(b"550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.", &fixture_zone(), None, None, 1_800_000_000));
        assert!(!out.ok);
        let pt = out.pt.json();
        assert!(
            pt.contains("Outlook.com: o domínio de envio não cumpre"),
            "{pt}"
        );
    }

    #[test]
    fn a_body_changed_after_signing_reads_plainly() {
        let raw = include_bytes!("../../../tests/fixtures/messages/body-changed.eml");
        let out = block_on(run(raw, &fixture_zone(), None, None, 1_800_000_000));
        let en = out.en.json();
        let pt = out.pt.json();
        assert!(en.contains("the body changed after it was signed"), "{en}");
        assert!(!en.contains("body-hash-mismatch"), "{en}");
        assert!(
            en.contains(r#""data-status":"aligned-but-failed"},"aligned, but it does not pass"#),
            "{en}"
        );
        assert!(pt.contains("alinhado, mas não passa"), "{pt}");
        // The row is named, and the count is its value.
        assert!(
            en.contains(r#""DNS lookups"]"#) && en.contains("0 of 10"),
            "{en}"
        );
        assert!(
            pt.contains(r#""Consultas DNS"]"#) && pt.contains("0 de 10"),
            "{pt}"
        );
        // What to fix starts with the failing signature, then SPF.
        let fix = en
            .find(r#""data-code":"message::dkim-body-changed""#)
            .unwrap();
        let spf = en.find(r#""data-code":"message::spf-fail""#).unwrap();
        assert!(en.find("What to fix").unwrap() < fix && fix < spf, "{en}");
        assert!(!en.contains(NO_FIXES.en));
    }

    #[test]
    fn durations_read_plainly() {
        assert_eq!(duration(5), "5 s");
        assert_eq!(duration(-95), "1 min 35 s");
        assert_eq!(duration(7260), "2 h 1 min");
    }
}
