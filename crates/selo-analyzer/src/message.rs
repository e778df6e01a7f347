//! The Analyze page's answer: a received message read by
//! [`selo::message::analyze`] and written out as the page's typed
//! view-model in one language ([`selo_boundary::analysis`]): the verdict on
//! top, then the sender-requirements checklist, DKIM, SPF, DMARC, what to
//! fix (each fix with its prefilled generator), the `Received` chain, the
//! `Authentication-Results` fields against Selo's own results, the ARC
//! chain and every finding. The page lays these values out
//! (`src/pages/analyze/`); every word in them is already in the language.
//!
//! Links go only to this app's generators and to the rules' pages.

use selo::dns::Resolver;
use selo::message::{
    self, AlignmentState, DkimCheck, DkimResult, DmarcResult, FixHint, Hop, MessageAnalysis,
    MessageOptions, SpfResult,
};
use selo::{Diagnostic, Lang, Severity, Text};
use selo_boundary::analysis::{
    Analysis, AnalysisView, Arc, AuthField, AuthResults, AuthRow, Dkim, Fact, Facts, Finding,
    Findings, Fix, Fixes, Link, Piece, Received, Said, Signature, Verdict,
};

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
    SEV_ERROR = ("Error", "Erro");
    SEV_WARNING = ("Warning", "Aviso");
    SEV_INFO = ("Note", "Nota");
    SPEC = ("Rule:", "Regra:");
    FINDINGS = ("Findings", "Resultados");
    NOT_MESSAGE = ("This text cannot be analyzed", "Este texto não pode ser analisado");
    BAD_IP = (
        "\u{201c}{ip}\u{201d} is not an IP address: type an IPv4 or IPv6 address, or leave the field empty to use the one in the Received fields.",
        "\u{201c}{ip}\u{201d} não é um endereço IP: escreva um endereço IPv4 ou IPv6, ou deixe o campo vazio para usar o dos campos Received."
    );
}

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// An analysis in both languages, and the engine's `MessageAnalysis`
/// (`null` when there is none). The page is answered the first
/// ([`Response::Analyzed`](selo_boundary::Response::Analyzed)).
#[derive(Debug, PartialEq)]
pub struct Analyzed {
    pub answer: Analysis,
    pub analysis: serde_json::Value,
}

/// Reads the optional fields, analyzes `raw` through `dns` and writes the
/// answer in both languages.
pub async fn run<R: Resolver>(
    raw: &[u8],
    dns: &R,
    ip: Option<String>,
    mail_from: Option<String>,
    now: u64,
) -> Analyzed {
    let both = |ok: bool, view: &dyn Fn(Lang) -> AnalysisView, analysis| Analyzed {
        answer: Analysis {
            ok,
            en: view(Lang::En),
            pt: view(Lang::Pt),
        },
        analysis,
    };
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
                let view = |l: Lang| AnalysisView {
                    error_detail: Some(fill(BAD_IP.get(l), &[("ip", ip_text)])),
                    ..error(l)
                };
                return both(false, &view, serde_json::Value::Null);
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
            let view = |l: Lang| AnalysisView {
                bounce: crate::requirements::bounces(&pasted, l),
                requirements: Some(crate::requirements::checklist(&rows, l)),
                ..render(&a, l)
            };
            let analysis = serde_json::to_value(&a).unwrap_or_default();
            both(true, &view, analysis)
        }
        Err(e) => {
            let d = e.diagnostic();
            // A bounce pasted alone: what it means, the rows named.
            let view = |l: Lang| AnalysisView {
                findings: Some(Findings {
                    title: None,
                    label: FINDINGS.get(l).into(),
                    items: vec![finding(&d, l)],
                }),
                bounce: crate::requirements::bounces(&pasted, l),
                ..error(l)
            };
            both(false, &view, serde_json::Value::Null)
        }
    }
}

/// The view of a text that cannot be analyzed, before the reasons.
fn error(l: Lang) -> AnalysisView {
    AnalysisView {
        status: "error".into(),
        error: Some(NOT_MESSAGE.get(l).into()),
        ..AnalysisView::default()
    }
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

fn said(status: &str, text: impl Into<String>) -> Said {
    Said {
        status: status.into(),
        text: text.into(),
    }
}

/// Where a signature or SPF stands for DMARC, in words.
fn alignment(state: AlignmentState, l: Lang) -> Piece {
    let (word, text) = match state {
        AlignmentState::Aligned => ("aligned", YES_ALIGNED),
        AlignmentState::AlignedButFailed => ("aligned-but-failed", ALIGNED_FAILED),
        AlignmentState::NotAligned => ("unaligned", NOT_ALIGNED),
        AlignmentState::NotChecked => ("not-checked", NOT_COMPARED),
    };
    Piece::Align(said(word, text.get(l)))
}

fn fact(name: Text, value: Vec<Piece>, l: Lang) -> Fact {
    Fact {
        name: name.get(l).into(),
        value,
    }
}

fn code(s: &str) -> Piece {
    Piece::Code(s.into())
}

fn words(t: Text, l: Lang) -> Piece {
    Piece::Text(t.get(l).into())
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

fn dkim(a: &MessageAnalysis, l: Lang) -> Dkim {
    let signatures = a
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
            Signature {
                selector: c.selector.clone(),
                status: c.result.as_str().into(),
                rows: vec![
                    fact(RESULT, vec![Piece::Badge(c.result.as_str().into())], l),
                    fact(DOMAIN, vec![code(&c.domain)], l),
                    fact(SELECTOR, vec![code(&c.selector)], l),
                    fact(
                        ALGORITHM,
                        vec![Piece::Text(format!(
                            "{} ({})",
                            c.algorithm, c.canonicalization
                        ))],
                        l,
                    ),
                    fact(KEY, vec![Piece::Text(key)], l),
                    fact(WHY, vec![words(dkim_reason(c), l)], l),
                    fact(ALIGNED, vec![alignment(a.dkim_alignment(c), l)], l),
                ],
            }
        })
        .collect();
    Dkim {
        none: a.dkim.is_empty().then(|| DKIM_NONE.get(l).into()),
        signatures,
    }
}

fn spf(a: &MessageAnalysis, l: Lang) -> Facts {
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
    let none = || words(NONE_WORD, l);
    let mut rows = vec![
        fact(
            RESULT,
            vec![
                Piece::Badge(s.result.as_str().into()),
                Piece::Text(" ".into()),
                words(word, l),
            ],
            l,
        ),
        fact(
            IP,
            vec![a.ip.map(|i| code(&i.to_string())).unwrap_or_else(none)],
            l,
        ),
        fact(
            IDENTITY,
            vec![
                Piece::Text(format!(
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
            l,
        ),
        fact(
            DOMAIN,
            vec![s.domain.as_deref().map(code).unwrap_or_else(none)],
            l,
        ),
    ];
    if let Some(r) = &s.record {
        rows.push(fact(RECORD, vec![code(r)], l));
    }
    if let Some(m) = &s.matched {
        rows.push(fact(MATCHED, vec![code(m)], l));
    }
    rows.push(fact(
        LOOKUPS,
        vec![Piece::Text(fill(
            LOOKUPS_OF.get(l),
            &[("n", &s.lookups.to_string())],
        ))],
        l,
    ));
    rows.push(fact(ALIGNED, vec![alignment(a.spf_alignment(), l)], l));
    Facts {
        title: "SPF".into(),
        status: s.result.as_str().into(),
        rows,
    }
}

fn mode(m: &str, l: Lang) -> String {
    let word = if m == "s" { MODE_S } else { MODE_R };
    format!("{} ({m})", word.get(l))
}

fn dmarc(a: &MessageAnalysis, l: Lang) -> Facts {
    let d = &a.dmarc;
    let none = || words(NONE_WORD, l);
    let policy = match (&d.policy, &d.applies_from) {
        (Some(p), Some(at)) => Piece::Text(fill(
            POLICY_AT.get(l),
            &[
                ("tag", d.policy_tag.as_deref().unwrap_or("p")),
                ("policy", p),
                ("at", at),
            ],
        )),
        _ => words(POLICY_NONE, l),
    };
    let disposition = match d.disposition.as_str() {
        "reject" => D_REJECT,
        "quarantine" => D_QUARANTINE,
        _ => D_NONE,
    };
    let mut rows = vec![
        fact(RESULT, vec![Piece::Badge(dmarc_word(d.result).into())], l),
        fact(
            FROM_DOMAIN,
            vec![a.from_domain.as_deref().map(code).unwrap_or_else(none)],
            l,
        ),
        fact(POLICY, vec![policy], l),
    ];
    if let Some(o) = &d.organizational_domain {
        rows.push(fact(ORG, vec![code(o)], l));
    }
    rows.push(fact(
        MODES,
        vec![Piece::Text(fill(
            MODES_LINE.get(l),
            &[("adkim", &mode(&d.adkim, l)), ("aspf", &mode(&d.aspf, l))],
        ))],
        l,
    ));
    rows.push(fact(
        DISPOSITION,
        vec![Piece::Status(said(&d.disposition, disposition.get(l)))],
        l,
    ));
    Facts {
        title: "DMARC".into(),
        status: dmarc_word(d.result).into(),
        rows,
    }
}

fn verdict(a: &MessageAnalysis, l: Lang) -> Verdict {
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
    let what = match (d.result, d.disposition.as_str()) {
        (DmarcResult::Fail, "reject") => Some(DISP_REJECT),
        (DmarcResult::Fail, "quarantine") => Some(DISP_QUARANTINE),
        (DmarcResult::Fail, _) => Some(DISP_NONE_FAIL),
        _ => None,
    };
    let mut notes = Vec::new();
    if d.testing {
        notes.push(TESTING.get(l).to_string());
    }
    if a.headers_only {
        notes.push(HEADERS_ONLY.get(l).to_string());
    }
    Verdict {
        status: dmarc_word(d.result).into(),
        label: VERDICT.get(l).into(),
        head: fill(head.get(l), &[("domain", domain)]),
        disposition: what.map(|w| said(&d.disposition, w.get(l))),
        notes,
        from: a.from.clone().map(|f| (FROM.get(l).to_string(), f)),
    }
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
fn fixes(a: &MessageAnalysis, l: Lang) -> Fixes {
    let to_fix = a.to_fix();
    let items = to_fix
        .iter()
        .map(|(d, fix)| Fix {
            code: d.code.into(),
            severity: d.severity.as_str().into(),
            message: d.message_in(l).to_string(),
            help: d.help_in(l).to_string(),
            link: fix.map(|f| {
                let gen_name = match f.generator.as_str() {
                    "spf" => GEN_SPF,
                    "dkim" => GEN_DKIM,
                    _ => GEN_DMARC,
                };
                Link {
                    href: fix_href(f),
                    kind: f.generator.clone(),
                    text: fill(
                        OPEN_GEN.get(l),
                        &[("gen", gen_name.get(l)), ("domain", &f.domain)],
                    ),
                }
            }),
        })
        .collect();
    Fixes {
        title: FIXES.get(l).into(),
        nothing: to_fix.is_empty().then(|| NO_FIXES.get(l).into()),
        items,
    }
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

fn hop(h: &Hop, l: Lang) -> selo_boundary::analysis::Hop {
    let unknown = UNKNOWN_HOST.get(l);
    let from = match (&h.from, h.from_ip) {
        (Some(f), Some(ip)) => format!("{f} [{ip}]"),
        (Some(f), None) => f.clone(),
        (None, Some(ip)) => format!("[{ip}]"),
        (None, None) => unknown.to_string(),
    };
    let by = h.by.clone().unwrap_or_else(|| unknown.to_string());
    let delay = h.delay_seconds.map(|s| {
        let d = duration(s);
        if s < 0 {
            fill(DELAY_NEG.get(l), &[("d", &d)])
        } else {
            fill(DELAY.get(l), &[("d", &d)])
        }
    });
    selo_boundary::analysis::Hop {
        route: fill(HOP.get(l), &[("from", &from), ("by", &by)]),
        with: h.with.clone(),
        date: h.date.clone(),
        delay,
    }
}

fn received(a: &MessageAnalysis, l: Lang) -> Option<Received> {
    (!a.received.is_empty()).then(|| Received {
        title: RECEIVED.get(l).into(),
        hops: a.received.iter().rev().map(|h| hop(h, l)).collect(),
    })
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

fn heads(names: &[Text], l: Lang) -> Vec<String> {
    names.iter().map(|t| t.get(l).to_string()).collect()
}

fn auth_results(a: &MessageAnalysis, l: Lang) -> Option<AuthResults> {
    if a.authentication_results.is_empty() {
        return None;
    }
    let fields = a
        .authentication_results
        .iter()
        .map(|f| AuthField {
            caption: fill(AR_BY.get(l), &[("id", &f.authserv_id)]),
            rows: f
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
                    AuthRow {
                        differs: mine
                            .as_deref()
                            .is_some_and(|m| !m.eq_ignore_ascii_case(&r.result)),
                        method: r.method.clone(),
                        theirs: r.result.to_ascii_lowercase(),
                        ours: mine,
                        details: details.join(" "),
                    }
                })
                .collect(),
        })
        .collect();
    Some(AuthResults {
        title: AR.get(l).into(),
        intro: AR_INTRO.get(l).into(),
        heads: heads(&[METHOD, THEIRS, OURS, DETAILS], l),
        fields,
    })
}

fn arc(a: &MessageAnalysis, l: Lang) -> Option<Arc> {
    if a.arc.is_empty() {
        return None;
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
            [
                s.instance.to_string(),
                s.cv.clone().unwrap_or_else(|| "?".into()),
                sealer,
            ]
        })
        .collect();
    Some(Arc {
        title: ARC.get(l).into(),
        result: a
            .arc_result
            .as_ref()
            .map(|r| said(r, fill(ARC_RESULT.get(l), &[("result", r)]))),
        heads: heads(&[INSTANCE, CV, SEALER], l),
        rows,
    })
}

/// A finding, written out in `l`.
fn finding(d: &Diagnostic, l: Lang) -> Finding {
    let word = match d.severity {
        Severity::Error => SEV_ERROR,
        Severity::Warning => SEV_WARNING,
        Severity::Info => SEV_INFO,
    };
    Finding {
        code: d.code.into(),
        severity: d.severity.as_str().into(),
        word: word.get(l).into(),
        message: d.message_in(l).to_string(),
        help: d.help_in(l).to_string(),
        spec: d.spec.map(|spec| {
            let link = Link {
                href: spec.url(),
                kind: String::new(),
                text: spec.to_string(),
            };
            (SPEC.get(l).to_string(), link)
        }),
    }
}

/// The whole analysis in `l` (the checklist and the bounce added by
/// [`run`]).
pub fn render(a: &MessageAnalysis, l: Lang) -> AnalysisView {
    AnalysisView {
        status: dmarc_word(a.dmarc.result).into(),
        verdict: Some(verdict(a, l)),
        dkim: Some(dkim(a, l)),
        spf: Some(spf(a, l)),
        dmarc: Some(dmarc(a, l)),
        fixes: Some(fixes(a, l)),
        received: received(a, l),
        auth_results: auth_results(a, l),
        arc: arc(a, l),
        findings: (!a.diagnostics.is_empty()).then(|| Findings {
            title: Some(ALL_FINDINGS.get(l).into()),
            label: FINDINGS.get(l).into(),
            items: a.diagnostics.iter().map(|d| finding(d, l)).collect(),
        }),
        ..AnalysisView::default()
    }
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

    /// A view as JSON, to look for what it says.
    fn json(v: &AnalysisView) -> String {
        serde_json::to_string(v).unwrap()
    }

    #[test]
    fn an_unaligned_sender_fails_with_a_fix_and_both_languages() {
        let out = block_on(run(RAW, &zone(), None, None, 1_800_000_000));
        let Analyzed { answer, analysis } = out;
        assert!(answer.ok);
        assert_eq!(analysis["dmarc"]["result"], "fail");
        assert_eq!(analysis["spf"]["result"], "pass");
        assert_eq!(answer.en.status, "fail");
        let spf = answer.en.spf.as_ref().unwrap();
        let en = json(&answer.en);
        let pt = json(&answer.pt);
        assert!(en.contains("DMARC fails"), "{en}");
        assert!(en.contains("A receiver would refuse it"), "{en}");
        assert!(pt.contains("O DMARC falha"), "{pt}");
        // SPF passes for vendor.example, not aligned with example.com.
        assert_eq!(
            spf.rows.last().unwrap().value,
            vec![Piece::Align(said(
                "unaligned",
                "no: another domain, so it does not count for DMARC"
            ))]
        );
        // The received chain, oldest first, with the 5 s delay.
        let first = en.find("app.vendor.example").unwrap();
        let second = en.find("out.vendor.example [192.0.2.7]").unwrap();
        assert!(first < second);
        assert!(en.contains("5 s after the previous hop"), "{en}");
        // The receiver said dmarc=pass; Selo says fail.
        let ar = answer.en.auth_results.as_ref().unwrap();
        let dmarc = ar.fields[0].rows.iter().find(|r| r.method == "dmarc");
        assert!(dmarc.unwrap().differs, "{ar:?}");
        // A fix link to a generator, for example.com.
        assert!(
            en.contains("?page=") && en.contains("domain=example.com"),
            "{en}"
        );
    }

    #[test]
    fn not_a_message_and_a_bad_ip_are_explained() {
        let out = block_on(run(b"hello world", &zone(), None, None, 0));
        let Analyzed { answer, analysis } = out;
        assert!(!answer.ok && analysis.is_null());
        assert_eq!(answer.en.status, "error");
        let en = json(&answer.en);
        assert!(en.contains("message::not-a-message"), "{en}");
        assert!(en.contains("This text cannot be analyzed"));
        assert!(json(&answer.pt).contains("Este texto não pode ser analisado"));
        let out = block_on(run(RAW, &zone(), Some("300.1.1.1".into()), None, 0));
        assert!(!out.answer.ok);
        let detail = out.answer.en.error_detail.unwrap();
        assert!(detail.contains("is not an IP address"), "{detail}");
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

    /// Every string of `v`.
    fn texts(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(t) => out.push(t.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|k| texts(k, out)),
            serde_json::Value::Object(o) => o.values().for_each(|k| texts(k, out)),
            _ => {}
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
                let ok = out.answer.ok;
                for (l, view) in [(Lang::En, &out.answer.en), (Lang::Pt, &out.answer.pt)] {
                    let mut all = Vec::new();
                    texts(&serde_json::to_value(view).unwrap(), &mut all);
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
                    if !ok {
                        continue;
                    }
                    let fixes = view.fixes.as_ref().unwrap();
                    let asks = fixes
                        .items
                        .iter()
                        .any(|f| f.severity == "error" || f.severity == "warning");
                    assert!(
                        !(fixes.nothing.is_some() && asks),
                        "{what} {l:?}: {fixes:?}"
                    );
                }
                if !ok {
                    continue;
                }
                let a: MessageAnalysis = serde_json::from_value(out.analysis).unwrap();
                let en = json(&out.answer.en);
                let fixed = &out.answer.en.fixes.as_ref().unwrap().items;
                // Every error and warning is in the list of what to fix.
                for d in &a.diagnostics {
                    if d.severity >= selo::Severity::Warning && d.code != "message::dmarc-fail" {
                        assert!(
                            fixed.iter().any(|f| f.code == d.code),
                            "{what}: {} not in {fixed:?}",
                            d.code
                        );
                    }
                }
                if a.to_fix().is_empty() {
                    assert!(en.contains(NO_FIXES.en), "{what}");
                }
                for c in &a.dkim {
                    if c.aligned && c.result != DkimResult::Pass {
                        assert!(en.contains(ALIGNED_FAILED.en), "{what}: {en}");
                        assert!(json(&out.answer.pt).contains(ALIGNED_FAILED.pt), "{what}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_checklist_and_a_pasted_bounce_are_on_the_page() {
        let raw = include_bytes!("../../../tests/fixtures/messages/bulk-mailto-only.eml");
        let out = block_on(run(raw, &fixture_zone(), None, None, 1_800_000_000));
        let (en, pt) = (json(&out.answer.en), json(&out.answer.pt));
        assert!(
            en.contains("Will Gmail, Yahoo and Outlook.com accept it?"),
            "{en}"
        );
        assert!(
            pt.contains("O Gmail, o Yahoo e o Outlook.com vão aceitá-la?"),
            "{pt}"
        );
        let list = out.answer.en.requirements.as_ref().unwrap();
        let unsub = list.rows.iter().find(|r| r.kind == "one-click-unsubscribe");
        let unsub = unsub.unwrap();
        assert_eq!(
            (unsub.id.as_str(), unsub.status.as_str()),
            ("requirements-one-click-unsubscribe", "warning")
        );
        // A bounce pasted with the message it refused.
        let mut pasted = raw.to_vec();
        pasted.extend_from_slice(
            b"\r\n550-5.7.26 Unauthenticated email from good.msg.test is not accepted - gsmtp\r\n",
        );
        let out = block_on(run(&pasted, &fixture_zone(), None, None, 1_800_000_000));
        let bounce = out.answer.en.bounce.unwrap();
        assert!(
            bounce.items[0]
                .rows
                .iter()
                .any(|r| r.href == "#requirements-dmarc-alignment"),
            "{bounce:?}"
        );
        // A bounce pasted alone: not a message, but its rows are named.
        let out = block_on(run(b"550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.", &fixture_zone(), None, None, 1_800_000_000));
        assert!(!out.answer.ok);
        let pt = json(&out.answer.pt);
        assert!(
            pt.contains("Outlook.com: o domínio de envio não cumpre"),
            "{pt}"
        );
    }

    #[test]
    fn a_body_changed_after_signing_reads_plainly() {
        let raw = include_bytes!("../../../tests/fixtures/messages/body-changed.eml");
        let out = block_on(run(raw, &fixture_zone(), None, None, 1_800_000_000));
        let en = json(&out.answer.en);
        let pt = json(&out.answer.pt);
        assert!(en.contains("the body changed after it was signed"), "{en}");
        assert!(!en.contains("body-hash-mismatch"), "{en}");
        let sig = &out.answer.en.dkim.as_ref().unwrap().signatures[0];
        let Some(Piece::Align(align)) = sig.rows.last().unwrap().value.first() else {
            panic!("{sig:?}")
        };
        assert_eq!(align.status, "aligned-but-failed");
        assert!(align.text.starts_with("aligned, but it does not pass"));
        assert!(pt.contains("alinhado, mas não passa"), "{pt}");
        // The row is named, and the count is its value.
        for (view, name, count) in [
            (&out.answer.en, "DNS lookups", "0 of 10"),
            (&out.answer.pt, "Consultas DNS", "0 de 10"),
        ] {
            let spf = view.spf.as_ref().unwrap();
            let row = spf.rows.iter().find(|r| r.name == name).unwrap();
            assert_eq!(row.value, vec![Piece::Text(count.into())], "{pt}");
        }
        // What to fix starts with the failing signature, then SPF.
        let fixes = out.answer.en.fixes.as_ref().unwrap();
        assert_eq!(fixes.title, "What to fix");
        let codes: Vec<&str> = fixes.items.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes[0], "message::dkim-body-changed", "{codes:?}");
        assert!(codes.contains(&"message::spf-fail"), "{codes:?}");
        assert!(fixes.nothing.is_none());
    }

    #[test]
    fn durations_read_plainly() {
        assert_eq!(duration(5), "5 s");
        assert_eq!(duration(-95), "1 min 35 s");
        assert_eq!(duration(7260), "2 h 1 min");
    }
}
