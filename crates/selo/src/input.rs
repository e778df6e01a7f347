//! Reading what a user pasted: a bare record value, quoted character-strings
//! (`"v=spf1 " "-all"`), or a whole zone-file line
//! (`_dmarc.example.com. 300 IN TXT "v=DMARC1; p=none"`).
//!
//! [`read`] turns the paste into the record value a parser sees, and keeps a
//! map so that every span found in the value can be shown on the pasted text.

use crate::{Diagnostic, Message, Severity, Span, SpecRef};

/// How the text was pasted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// The record value as it is.
    Raw,
    /// One or more quoted character-strings.
    Quoted,
    /// A zone-file (or `dig`) line with owner, TTL, class and type.
    ZoneLine,
}

/// A paste, read.
#[derive(Clone, Debug)]
pub struct Pasted {
    /// The record value: the strings joined with nothing in between.
    pub value: String,
    /// How it was pasted.
    pub form: Form,
    /// The owner name of a zone-file line.
    pub owner: Option<String>,
    /// Where the owner name lies in the paste.
    pub owner_span: Option<Span>,
    /// Where each character-string's content lies in the paste.
    pub strings: Vec<Span>,
    /// Problems with the quoting itself (spans into the paste).
    pub diagnostics: Vec<Diagnostic>,
    /// Where each byte of `value` lies in the paste.
    map: OffsetMap,
}

/// Where the bytes of the value lie in the paste.
#[derive(Clone, Debug)]
enum OffsetMap {
    /// The value is the paste from this offset on, byte for byte.
    Shift(usize),
    /// For each byte of the value (and one past the end): where it starts
    /// and ends in the paste (escapes and quotes make these differ).
    Bytes {
        starts: Vec<usize>,
        ends: Vec<usize>,
    },
}

impl Pasted {
    /// Maps a span into `value` onto the paste.
    ///
    /// ```
    /// use selo::input::read;
    /// let p = read(r#""v=spf1 " "-all""#);
    /// assert_eq!(p.value, "v=spf1 -all");
    /// let s = p.to_paste(selo::Span::new(7, 11));
    /// assert_eq!(&r#""v=spf1 " "-all""#[s.range()], "-all");
    /// ```
    pub fn to_paste(&self, span: Span) -> Span {
        let n = self.value.len();
        let s = span.start.min(n);
        let e = span.end.min(n);
        match &self.map {
            OffsetMap::Shift(by) => Span::new(s, e.max(s)).shift(*by),
            OffsetMap::Bytes { starts, .. } if s >= e => Span::empty(starts[s]),
            OffsetMap::Bytes { starts, ends } => Span::new(starts[s], ends[e - 1]),
        }
    }
}

crate::diagnostic::catalogue! {
    LOG_MTA_STS_MISSING = Message {
        code: "input::log-mta-sts-missing",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8461, "3")),
        en: "This is a log line, not a record: the sending server found no MTA-STS policy for the domain (no _mta-sts TXT record, or no policy file at https://mta-sts.<domain>/.well-known/mta-sts.txt), so it delivered without requiring TLS. Mail still arrived: it is a note, not a failure.",
        en_help: "To require TLS for mail to your domain, publish the _mta-sts TXT record and the policy file (start with mode: testing) on the MTA-STS page, and a TLS-RPT record to receive reports.",
        pt: "Isto é uma linha de registo de um servidor, não um registo DNS: o servidor remetente não encontrou política MTA-STS para o domínio (nem registo TXT _mta-sts, nem ficheiro de política em https://mta-sts.<domínio>/.well-known/mta-sts.txt), por isso entregou sem exigir TLS. O correio chegou na mesma: é uma nota, não uma falha.",
        pt_help: "Para exigir TLS no correio para o seu domínio, publique o registo TXT _mta-sts e o ficheiro de política (comece com mode: testing) na página MTA-STS, e um registo TLS-RPT para receber relatórios.",
    };

    LOG_SPF_TOO_MANY_LOOKUPS = Message {
        code: "input::log-spf-too-many-lookups",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "4.6.4")),
        en: "This is a receiver's verdict, not a record: evaluating the domain's SPF record took more than 10 DNS lookups (with the records it includes), so SPF returned permerror and failed for all of its mail.",
        en_help: "Paste the v=spf1 record here to see its count, then fix it on the SPF page: remove senders you no longer use, move bulk senders to a subdomain, or replace a and mx with ip4:/ip6: networks, to get to 10 or fewer.",
        pt: "Isto é o veredicto de um recetor, não um registo: avaliar o registo SPF do domínio precisou de mais de 10 consultas DNS (com os registos que inclui), por isso o SPF devolveu permerror e falhou para todo o correio do domínio.",
        pt_help: "Cole aqui o registo v=spf1 para ver a contagem e corrija-o na página SPF: remova os remetentes que já não usa, passe os remetentes em massa para um subdomínio, ou substitua a e mx por redes ip4:/ip6:, até ficar com 10 ou menos.",
    };

    LOG_SPF_PERMERROR = Message {
        code: "input::log-spf-permerror",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "2.6.7")),
        en: "This is a receiver's verdict, not a record: the domain's SPF record could not be evaluated (permerror: a syntax error, more than one v=spf1 record, or too many DNS lookups), so SPF failed for all of its mail.",
        en_help: "Paste the v=spf1 record here to find the error, publish exactly one v=spf1 record for the name, and fix it on the SPF page.",
        pt: "Isto é o veredicto de um recetor, não um registo: o registo SPF do domínio não pôde ser avaliado (permerror: um erro de sintaxe, mais de um registo v=spf1, ou demasiadas consultas DNS), por isso o SPF falhou para todo o correio do domínio.",
        pt_help: "Cole aqui o registo v=spf1 para encontrar o erro, publique exatamente um registo v=spf1 para o nome e corrija-o na página SPF.",
    };

    LOG_DMARC_NOT_ENABLED = Message {
        code: "input::log-dmarc-not-enabled",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(9989, "4.7")),
        en: "This is a report from a checker, not a record: the domain publishes no DMARC record (or only p=none), so receivers take no action on mail forged in its name.",
        en_help: "Publish a DMARC record at _dmarc.<domain> on the DMARC page: start with v=DMARC1; p=none; rua=mailto:dmarc@<domain>, read the reports, then move to p=quarantine and p=reject.",
        pt: "Isto é um aviso de um verificador, não um registo: o domínio não publica registo DMARC (ou só p=none), por isso os recetores não fazem nada ao correio forjado em nome dele.",
        pt_help: "Publique um registo DMARC em _dmarc.<domínio> na página DMARC: comece com v=DMARC1; p=none; rua=mailto:dmarc@<domínio>, leia os relatórios e depois passe a p=quarantine e p=reject.",
    };

    LOG_DMARC_REJECTED = Message {
        code: "input::log-dmarc-rejected",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(9989, "5.7")),
        en: "This is a bounce, not a record: the receiver refused the message because it was not authenticated for the From domain (neither SPF nor DKIM passed aligned with it), as the domain's DMARC policy or the receiver's rules for bulk senders require.",
        en_help: "Find the server that sent it: list it in SPF (SPF page) and have it sign with DKIM for your domain (DKIM page); then check the DMARC record on the DMARC page.",
        pt: "Isto é uma devolução, não um registo: o recetor recusou a mensagem porque não estava autenticada para o domínio do remetente (nem o SPF nem o DKIM passaram alinhados com ele), como exige a política DMARC do domínio ou as regras do recetor para remetentes em massa.",
        pt_help: "Descubra o servidor que a enviou: inclua-o no SPF (página SPF) e faça-o assinar com DKIM para o seu domínio (página DKIM); depois verifique o registo DMARC na página DMARC.",
    };

    PROVIDER_BOUNCE = Message {
        code: "input::provider-bounce",
        severity: Severity::Warning,
        spec: None,
        en: "This is a bounce from {provider}, not a record: {code}. {meaning}",
        en_help: "Paste the bounced message, headers included, on the Analyze page: its sender-requirements checklist (Gmail, Yahoo, Outlook.com) shows which of these rows the message misses: {rows}.",
        pt: "Isto é uma devolução de {provider}, não um registo: {code}. {meaning}",
        pt_help: "Cole a mensagem devolvida, com os cabeçalhos, na página Analisar: a lista de requisitos de envio (Gmail, Yahoo, Outlook.com) mostra quais destas linhas a mensagem não cumpre: {rows}.",
    };

    LOG_DKIM_NO_KEY = Message {
        code: "input::log-dkim-no-key",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "6.1.2")),
        en: "This is a receiver's verdict, not a record: no DKIM public key was found at <selector>._domainkey.<domain>, so the signature could not be verified and DKIM did not pass.",
        en_help: "Publish the public key as a TXT record at <selector>._domainkey (the selector is the s= of the signature) on the DKIM page, or the CNAME your provider gives.",
        pt: "Isto é o veredicto de um recetor, não um registo: não foi encontrada chave pública DKIM em <seletor>._domainkey.<domínio>, por isso a assinatura não pôde ser verificada e o DKIM não passou.",
        pt_help: "Publique a chave pública como registo TXT em <seletor>._domainkey (o seletor é o s= da assinatura) na página DKIM, ou o CNAME que o seu fornecedor indica.",
    };

    LOG_DKIM_BODY_HASH = Message {
        code: "input::log-dkim-body-hash",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.7")),
        en: "This is a receiver's verdict, not a record: the message was changed after it was signed (a footer added by a mailing list, a gateway or an antivirus), so the DKIM signature no longer matches its body.",
        en_help: "Sign after anything that changes the mail, or sign with c=relaxed/relaxed; the DNS record is not the cause, but you can check the key on the DKIM page.",
        pt: "Isto é o veredicto de um recetor, não um registo: a mensagem foi alterada depois de assinada (um rodapé acrescentado por uma lista de correio, um gateway ou um antivírus), por isso a assinatura DKIM já não corresponde ao corpo.",
        pt_help: "Assine depois de tudo o que altera o correio, ou assine com c=relaxed/relaxed; a causa não é o registo DNS, mas pode verificar a chave na página DKIM.",
    };

    STRIPPED_SCHEME = Message {
        code: "input::domain-scheme-removed",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(1035, "2.3.1")),
        en: "{scheme} was removed: a DNS record is published for the domain name alone, not for a web address.",
        en_help: "Type only the domain, such as example.com.",
        pt: "{scheme} foi retirado: um registo DNS é publicado para o nome de domínio sozinho, não para um endereço web.",
        pt_help: "Escreva só o domínio, como example.com.",
    };

    STRIPPED_PATH = Message {
        code: "input::domain-path-removed",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(1035, "2.3.1")),
        en: "{path} was removed: only the domain name counts for DNS records.",
        en_help: "Type only the domain, such as example.com.",
        pt: "{path} foi retirado: para os registos DNS só conta o nome de domínio.",
        pt_help: "Escreva só o domínio, como example.com.",
    };

    STRIPPED_DOT = Message {
        code: "input::domain-dot-removed",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(1035, "5.1")),
        en: "The final dot was removed: DNS panels add the root themselves.",
        en_help: "Keep the final dot only in zone files, where it marks a full name.",
        pt: "O ponto final foi retirado: os painéis de DNS acrescentam a raiz sozinhos.",
        pt_help: "Mantenha o ponto final só em ficheiros de zona, onde marca um nome completo.",
    };

    DOMAIN_WWW = Message {
        code: "input::domain-www",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(1035, "2.3.1")),
        en: "{domain} starts with www.: that is usually your website's name, while email records belong to the domain itself ({bare}).",
        en_help: "Use {bare} unless you really send mail as addresses @{domain}.",
        pt: "{domain} começa por www.: costuma ser o nome do site, enquanto os registos de correio pertencem ao próprio domínio ({bare}).",
        pt_help: "Use {bare}, a não ser que envie mesmo correio de endereços @{domain}.",
    };

    DOMAIN_NO_DOT = Message {
        code: "input::domain-no-dot",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(1035, "2.3.1")),
        en: "{domain} has no dot: a domain you send mail from is a name such as example.com, not a top-level domain or a single word.",
        en_help: "Type the whole domain, with its ending, such as {domain}.com or {domain}.pt.",
        pt: "{domain} não tem ponto: um domínio a partir do qual envia correio é um nome como example.com, não um domínio de topo nem uma palavra só.",
        pt_help: "Escreva o domínio completo, com a terminação, como {domain}.com ou {domain}.pt.",
    };

    UNTERMINATED = Message {
        code: "input::unterminated-quote",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(1035, "5.1")),
        en: "This quoted string has no closing quote.",
        en_help: "Add the closing \" at the end of the string.",
        pt: "Esta cadeia entre aspas não tem aspas de fecho.",
        pt_help: "Acrescente o \" de fecho no fim da cadeia.",
    };

    STRING_TOO_LONG = Message {
        code: "input::string-too-long",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(1035, "3.3.14")),
        en: "This character-string holds {len} bytes; one string can hold at most 255, so DNS servers refuse or cut it.",
        en_help: "Split the value into several quoted strings of at most 255 bytes each: receivers join them with nothing in between.",
        pt: "Esta cadeia de caracteres tem {len} bytes; cada cadeia admite no máximo 255, por isso os servidores DNS recusam-na ou cortam-na.",
        pt_help: "Divida o valor em várias cadeias entre aspas com 255 bytes no máximo cada: os recetores juntam-nas sem nada entre elas.",
    };

    TEXT_OUTSIDE_QUOTES = Message {
        code: "input::text-outside-quotes",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(1035, "5.1")),
        en: "Text stands outside the quoted strings and is not part of the record.",
        en_help: "Put all of the record inside quotes, or remove this text.",
        pt: "Há texto fora das cadeias entre aspas, que não faz parte do registo.",
        pt_help: "Ponha todo o registo entre aspas ou remova este texto.",
    };

    NOT_UTF8 = Message {
        code: "input::not-utf8",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "3.1")),
        en: "An escaped byte here does not form valid text.",
        en_help: "Records are plain ASCII text; remove the escape.",
        pt: "Um byte escapado aqui não forma texto válido.",
        pt_help: "Os registos são texto ASCII simples; remova o escape.",
    };

    UNKNOWN_TYPE = Message {
        code: "input::unknown-type",
        severity: Severity::Error,
        spec: None,
        en: "This text is not a record Selo recognises: it does not start with v=DMARC1, v=spf1, v=DKIM1, v=BIMI1, v=STSv1 or v=TLSRPTv1, nor is it an MTA-STS policy file.",
        en_help: "Paste the value of a TXT record (or a zone-file line, or the mta-sts.txt file), or choose the type by hand.",
        pt: "Este texto não é um registo que o Selo reconheça: não começa por v=DMARC1, v=spf1, v=DKIM1, v=BIMI1, v=STSv1 nem v=TLSRPTv1, nem é um ficheiro de política MTA-STS.",
        pt_help: "Cole o valor de um registo TXT (ou uma linha de ficheiro de zona, ou o ficheiro mta-sts.txt), ou escolha o tipo à mão.",
    };

    EMPTY = Message {
        code: "input::empty",
        severity: Severity::Error,
        spec: None,
        en: "There is nothing to check.",
        en_help: "Paste a record value, a zone-file line or an MTA-STS policy file.",
        pt: "Não há nada para verificar.",
        pt_help: "Cole o valor de um registo, uma linha de ficheiro de zona ou um ficheiro de política MTA-STS.",
    };

    NEEDS_SPLITTING = Message {
        code: "input::needs-splitting",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(1035, "3.3.14")),
        en: "This value is {len} bytes long, more than the 255 bytes one TXT character-string holds, so DNS keeps it as several strings.",
        en_help: "Most DNS panels split long values themselves: paste the whole value there. In a zone file, or in a panel that asks for split values, use strings of at most 255 bytes (Selo's zone-file line has them); receivers join them with nothing in between.",
        pt: "Este valor tem {len} bytes, mais do que os 255 bytes que cabem numa cadeia de caracteres TXT, por isso o DNS guarda-o em várias cadeias.",
        pt_help: "A maioria dos painéis de DNS divide os valores longos sozinha: cole aí o valor completo. Num ficheiro de zona, ou num painel que peça valores divididos, use blocos de até 255 bytes (a linha de ficheiro de zona do Selo já os tem); os recetores juntam-nos sem nada entre eles.",
    };

    MORE_FINDINGS = Message {
        code: "input::more-findings",
        severity: Severity::Info,
        spec: None,
        en: "Not listed here: {more} of the kind {code} (the first {shown} are listed).",
        en_help: "Fix the ones listed (they are likely all the same mistake), then check again.",
        pt: "Fora da lista: {more} do tipo {code} (os primeiros {shown} estão listados).",
        pt_help: "Corrija os que estão listados (é provável que sejam todos o mesmo erro) e verifique de novo.",
    };

}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Reads a paste.
///
/// ```
/// use selo::input::{read, Form};
/// let p = read("_dmarc.example.com. 300 IN TXT \"v=DMARC1; \" \"p=none\"\n");
/// assert_eq!(p.form, Form::ZoneLine);
/// assert_eq!(p.owner.as_deref(), Some("_dmarc.example.com."));
/// assert_eq!(p.owner_span, Some(selo::Span::new(0, 19)));
/// assert_eq!(p.value, "v=DMARC1; p=none");
///
/// let raw = read("  v=spf1 -all\n");
/// assert_eq!(raw.form, Form::Raw);
/// assert_eq!(raw.value, "v=spf1 -all");
/// ```
pub fn read(text: &str) -> Pasted {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && is_ws(b[i]) {
        i += 1;
    }
    if i < b.len() && b[i] == b'"' {
        return quoted(text, i, Form::Quoted, None);
    }
    if let Some((owner, rdata_at)) = zone_prefix(text, i) {
        let mut j = rdata_at;
        while j < b.len() && (is_ws(b[j]) || b[j] == b'(') {
            j += 1;
        }
        if j < b.len() && b[j] == b'"' {
            return quoted(text, j, Form::ZoneLine, owner);
        }
        let mut p = raw(text, j);
        p.form = Form::ZoneLine;
        p.owner = owner.map(|s| text[s.range()].to_string());
        p.owner_span = owner;
        return p;
    }
    raw(text, i)
}

fn raw(text: &str, from: usize) -> Pasted {
    let mut end = text.len();
    while end > from && is_ws(text.as_bytes()[end - 1]) {
        end -= 1;
    }
    raw_range(text, from, end)
}

/// The text from `from` to its end as it is (for policy files, whose line
/// endings matter).
pub(crate) fn raw_keep_end(text: &str, from: usize) -> Pasted {
    raw_range(text, from, text.len())
}

fn raw_range(text: &str, from: usize, end: usize) -> Pasted {
    let value = text[from..end].to_string();
    Pasted {
        strings: vec![Span::new(from, end)],
        value,
        form: Form::Raw,
        owner: None,
        owner_span: None,
        diagnostics: Vec::new(),
        map: OffsetMap::Shift(from),
    }
}

/// Finds `[owner] [ttl] [class] TXT` at the start of a line; returns the
/// owner's place and where the record data begins.
fn zone_prefix(text: &str, from: usize) -> Option<(Option<Span>, usize)> {
    let b = text.as_bytes();
    let mut i = from;
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    while tokens.len() < 5 {
        while i < b.len() && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'"' || b[i] == b'\n' {
            return None;
        }
        let s = i;
        while i < b.len() && !is_ws(b[i]) {
            i += 1;
        }
        let tok = &text[s..i];
        // Owner names, TTLs and classes hold no '=' or ';': this is a
        // record value, not a zone-file line.
        if tok.contains(['=', ';']) {
            return None;
        }
        if tok.eq_ignore_ascii_case("TXT") {
            let mut owner = None;
            for (k, &(ts, te)) in tokens.iter().enumerate() {
                let t = &text[ts..te];
                let is_ttl = t.bytes().all(|c| c.is_ascii_digit());
                let is_class = ["IN", "CH", "HS", "CS"]
                    .iter()
                    .any(|c| t.eq_ignore_ascii_case(c));
                if k == 0 && !is_ttl && !is_class {
                    owner = Some(Span::new(ts, te));
                } else if !is_ttl && !is_class {
                    return None;
                }
            }
            return Some((owner, i));
        }
        tokens.push((s, i));
    }
    None
}

fn quoted(text: &str, from: usize, form: Form, owner_span: Option<Span>) -> Pasted {
    let b = text.as_bytes();
    let mut bytes: Vec<u8> = Vec::new();
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    let mut strings = Vec::new();
    let mut diagnostics = Vec::new();
    let mut i = from;
    let mut last_end = from;
    loop {
        while i < b.len() && (is_ws(b[i]) || b[i] == b'(' || b[i] == b')') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if b[i] == b';' {
            // A zone-file comment runs to the end of the line.
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b[i] != b'"' {
            let s = i;
            while i < b.len() && b[i] != b'"' {
                i += 1;
            }
            let mut e = i;
            while e > s && is_ws(b[e - 1]) {
                e -= 1;
            }
            diagnostics.push(Diagnostic::new(&TEXT_OUTSIDE_QUOTES, Span::new(s, e)));
            continue;
        }
        let open = i;
        i += 1;
        let content_start = i;
        let string_start_len = bytes.len();
        let mut closed = false;
        while i < b.len() {
            match b[i] {
                b'"' => {
                    closed = true;
                    break;
                }
                b'\\' if i + 1 < b.len() => {
                    let d = &b[i + 1..];
                    if d.len() >= 3 && d[..3].iter().all(u8::is_ascii_digit) {
                        let v = (d[0] - b'0') as u32 * 100
                            + (d[1] - b'0') as u32 * 10
                            + (d[2] - b'0') as u32;
                        bytes.push(v.min(255) as u8);
                        starts.push(i);
                        ends.push(i + 4);
                        i += 4;
                    } else {
                        let ch_len = utf8_len(b[i + 1]);
                        let end = (i + 1 + ch_len).min(b.len());
                        for (k, &c) in b[i + 1..end].iter().enumerate() {
                            bytes.push(c);
                            starts.push(if k == 0 { i } else { i + 1 + k });
                            ends.push(end);
                        }
                        i = end;
                    }
                }
                _ => {
                    let ch_len = utf8_len(b[i]);
                    let end = (i + ch_len).min(b.len());
                    for &c in &b[i..end] {
                        bytes.push(c);
                        starts.push(i);
                        ends.push(end);
                    }
                    i = end;
                }
            }
        }
        let content_end = i;
        strings.push(Span::new(content_start, content_end));
        let len = bytes.len() - string_start_len;
        if len > crate::txt::MAX_STRING {
            diagnostics.push(
                Diagnostic::new(&STRING_TOO_LONG, Span::new(content_start, content_end))
                    .arg("len", len),
            );
        }
        if closed {
            i += 1;
            last_end = i;
        } else {
            diagnostics.push(Diagnostic::new(&UNTERMINATED, Span::new(open, open + 1)));
            last_end = i;
            break;
        }
    }
    // Replace bytes that do not form UTF-8 with '?', one for one.
    let value = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let mut bytes = e.into_bytes();
            let mut k = 0;
            while k < bytes.len() {
                match std::str::from_utf8(&bytes[k..]) {
                    Ok(_) => break,
                    Err(err) => {
                        let bad = k + err.valid_up_to();
                        let n = err.error_len().unwrap_or(bytes.len() - bad);
                        bytes[bad..bad + n].fill(b'?');
                        diagnostics.push(Diagnostic::new(
                            &NOT_UTF8,
                            Span::new(starts[bad], ends[bad + n - 1]),
                        ));
                        k = bad + n;
                    }
                }
            }
            String::from_utf8(bytes).unwrap_or_default()
        }
    };
    let tail = strings.last().map(|s| s.end).unwrap_or(last_end);
    starts.push(tail);
    ends.push(tail);
    Pasted {
        value,
        form,
        owner: owner_span.map(|s| text[s.range()].to_string()),
        owner_span,
        strings,
        diagnostics,
        map: OffsetMap::Bytes { starts, ends },
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

/// Log lines and bounce texts people paste instead of a record, each with
/// its explanation and the page that fixes it; the first whose text holds
/// one of its (lowercase) phrases wins, so the specific come first.
static LOG_LINES: &[(&[&str], &Message, &str)] = &[
    (
        &[
            "stsfetchresult",
            "mta-sts policy missing",
            "no mta-sts policy",
            "mta-sts policy not found",
            "mta-sts policy fetch",
        ],
        &LOG_MTA_STS_MISSING,
        "mta-sts",
    ),
    (
        &[
            "too many dns lookups",
            "too many dns-interactive",
            "too many lookups",
            "too many dns queries",
            "exceeded the maximum of 10",
        ],
        &LOG_SPF_TOO_MANY_LOOKUPS,
        "spf",
    ),
    (
        &[
            "spf permerror",
            "spf=permerror",
            "spf: permerror",
            "received-spf: permerror",
            "multiple spf records",
        ],
        &LOG_SPF_PERMERROR,
        "spf",
    ),
    (
        &[
            "5.7.26",
            "5.7.509",
            "due to domain's dmarc policy",
            "dmarc policy of reject",
            "unauthenticated email",
            "rejected by dmarc",
            "dmarc=fail (p=reject",
        ],
        &LOG_DMARC_REJECTED,
        "dmarc",
    ),
    (
        &[
            "dmarc policy not enabled",
            "dmarc policy is not enabled",
            "no dmarc record",
            "dmarc record not found",
            "dmarc record is missing",
            "dmarc quarantine/reject policy not enabled",
        ],
        &LOG_DMARC_NOT_ENABLED,
        "dmarc",
    ),
    (
        &[
            "body hash did not verify",
            "bad body hash",
            "body hash mismatch",
        ],
        &LOG_DKIM_BODY_HASH,
        "dkim",
    ),
    (
        &[
            "no key for signature",
            "dkim key not found",
            "no dkim key",
            "public key not found",
            "key retrieval failed",
            "dns record not found for",
        ],
        &LOG_DKIM_NO_KEY,
        "dkim",
    ),
];

/// A pasted log line or bounce text Selo can explain: its finding's
/// template and the generator page that fixes it (`dmarc`, `spf`, `dkim`,
/// `mta-sts`).
///
/// ```
/// use selo::input::log_line;
/// let (m, page) = log_line("MTA-STS policy missing: STSFetchResult.NONE").unwrap();
/// assert_eq!((m.code, page), ("input::log-mta-sts-missing", "mta-sts"));
/// assert!(log_line("hello world").is_none());
/// ```
pub fn log_line(text: &str) -> Option<(&'static Message, &'static str)> {
    let lower = text.to_ascii_lowercase();
    LOG_LINES
        .iter()
        .find(|(phrases, _, _)| phrases.iter().any(|p| lower.contains(p)))
        .map(|&(_, m, page)| (m, page))
}

/// The page that fixes what a finding of [`log_line`] explains, by code.
///
/// ```
/// assert_eq!(selo::input::log_page("input::log-spf-permerror"), Some("spf"));
/// assert_eq!(selo::input::log_page("spf::pass-all"), None);
/// ```
pub fn log_page(code: &str) -> Option<&'static str> {
    if code == PROVIDER_BOUNCE.code {
        return Some("analyze");
    }
    LOG_LINES
        .iter()
        .find(|(_, m, _)| m.code == code)
        .map(|&(_, _, page)| page)
}

/// A domain typed into a form, read as people paste it: see [`read_domain`].
#[derive(Clone, Debug)]
pub struct TypedDomain {
    /// What is left once the scheme, the path and the final dot are gone.
    pub text: String,
    /// `text` as a domain name, or why it is not one.
    pub domain: Result<crate::DomainName, crate::DomainError>,
    /// What was removed (notes) and what looks wrong (warnings), with
    /// spans into the typed text.
    pub notes: Vec<Diagnostic>,
}

/// Reads a domain typed into a form: removes `https://` (any scheme), a
/// path, query or port, and a final dot, each with a note; warns on a
/// leading `www.` and on a name without a dot.
///
/// ```
/// use selo::input::read_domain;
/// let d = read_domain(" https://www.Example.com/contact?x=1 ");
/// assert_eq!(d.text, "www.Example.com");
/// let codes: Vec<_> = d.notes.iter().map(|n| n.code).collect();
/// assert_eq!(codes, ["input::domain-scheme-removed", "input::domain-path-removed", "input::domain-www"]);
/// assert_eq!(read_domain("example.com.").domain.unwrap().as_str(), "example.com");
/// ```
pub fn read_domain(typed: &str) -> TypedDomain {
    let mut notes = Vec::new();
    let start = typed.len() - typed.trim_start().len();
    let mut end = typed.trim_end().len();
    let mut at = start;
    if let Some(k) = typed[at..end].find("://") {
        let scheme = &typed[at..at + k + 3];
        if scheme[..k]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && k > 0
        {
            notes.push(
                Diagnostic::new(&STRIPPED_SCHEME, Span::new(at, at + k + 3)).arg("scheme", scheme),
            );
            at += k + 3;
        }
    }
    if let Some(k) = typed[at..end].find(['/', '?', '#', ':']) {
        let path = &typed[at + k..end];
        notes.push(Diagnostic::new(&STRIPPED_PATH, Span::new(at + k, end)).arg("path", path));
        end = at + k;
    }
    if end > at && typed[at..end].ends_with('.') {
        notes.push(Diagnostic::new(&STRIPPED_DOT, Span::new(end - 1, end)));
        end -= 1;
    }
    let text = typed[at..end].to_string();
    let span = Span::new(at, end);
    if let Some(bare) = text
        .get(..4)
        .filter(|w| w.eq_ignore_ascii_case("www."))
        .map(|_| &text[4..])
        .filter(|b| b.contains('.'))
    {
        notes.push(
            Diagnostic::new(&DOMAIN_WWW, span)
                .arg("domain", &text)
                .arg("bare", bare),
        );
    } else if !text.is_empty() && !text.contains('.') {
        notes.push(Diagnostic::new(&DOMAIN_NO_DOT, span).arg("domain", &text));
    }
    let domain = crate::DomainName::try_from(text.as_str());
    TypedDomain {
        text,
        domain,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_are_explained_with_their_page() {
        for (text, code, page) in [
            (
                "MTA-STS policy missing: STSFetchResult.NONE",
                "input::log-mta-sts-missing",
                "mta-sts",
            ),
            (
                "SPF PermError: too many DNS lookups",
                "input::log-spf-too-many-lookups",
                "spf",
            ),
            (
                "Received-SPF: permerror (example.com: too many DNS lookups)",
                "input::log-spf-too-many-lookups",
                "spf",
            ),
            (
                "spf=permerror (google.com: permanent error in processing)",
                "input::log-spf-permerror",
                "spf",
            ),
            (
                "DMARC policy not enabled",
                "input::log-dmarc-not-enabled",
                "dmarc",
            ),
            (
                "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
                "input::log-dmarc-rejected",
                "dmarc",
            ),
            (
                "dkim=fail (body hash did not verify) header.d=example.com",
                "input::log-dkim-body-hash",
                "dkim",
            ),
            (
                "dkim=neutral (no key for signature) header.i=@example.com",
                "input::log-dkim-no-key",
                "dkim",
            ),
        ] {
            let (m, p) = log_line(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((m.code, p), (code, page), "{text}");
            assert_eq!(log_page(code), Some(page));
        }
        for text in ["hello world", "v=spf1 -all", "MS=ms12345678", ""] {
            assert!(log_line(text).is_none(), "{text}");
        }
    }

    #[test]
    fn domains_are_read_as_people_paste_them() {
        for (typed, text, ok, codes) in [
            ("example.com", "example.com", true, vec![]),
            ("  example.com  ", "example.com", true, vec![]),
            (
                "example.com.",
                "example.com",
                true,
                vec!["input::domain-dot-removed"],
            ),
            (
                "https://example.com",
                "example.com",
                true,
                vec!["input::domain-scheme-removed"],
            ),
            (
                "HTTP://example.com/",
                "example.com",
                true,
                vec!["input::domain-scheme-removed", "input::domain-path-removed"],
            ),
            (
                "example.com:8443/x",
                "example.com",
                true,
                vec!["input::domain-path-removed"],
            ),
            (
                "https://www.example.com/contact",
                "www.example.com",
                true,
                vec![
                    "input::domain-scheme-removed",
                    "input::domain-path-removed",
                    "input::domain-www",
                ],
            ),
            (
                "acme-example",
                "acme-example",
                true,
                vec!["input::domain-no-dot"],
            ),
            ("www.com", "www.com", true, vec![]),
            ("", "", false, vec![]),
            ("https://", "", false, vec!["input::domain-scheme-removed"]),
            ("exa mple.com", "exa mple.com", false, vec![]),
        ] {
            let d = read_domain(typed);
            assert_eq!(d.text, text, "{typed:?}");
            assert_eq!(d.domain.is_ok(), ok, "{typed:?}");
            let got: Vec<_> = d.notes.iter().map(|n| n.code).collect();
            assert_eq!(got, codes, "{typed:?}");
            for n in &d.notes {
                assert!(typed.get(n.primary.range()).is_some(), "{typed:?}");
            }
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &str, Form, usize)] = &[
            ("v=spf1 -all", "v=spf1 -all", Form::Raw, 0),
            (
                "\"v=spf1 ip4:192.0.2.1 \" \"include:_spf.example.com -all\"",
                "v=spf1 ip4:192.0.2.1 include:_spf.example.com -all",
                Form::Quoted,
                0,
            ),
            (
                "example.com. IN TXT \"v=spf1 -all\"",
                "v=spf1 -all",
                Form::ZoneLine,
                0,
            ),
            (
                "example.com. 3600 IN TXT ( \"v=spf1 \"\n  \"-all\" )",
                "v=spf1 -all",
                Form::ZoneLine,
                0,
            ),
            ("\"v=spf1 -all", "v=spf1 -all", Form::Quoted, 1),
            ("\"a\\\"b\\\\c\\059\"", "a\"b\\c;", Form::Quoted, 0),
            ("\"v=spf1\" junk \"-all\"", "v=spf1-all", Form::Quoted, 1),
            ("TXT \"v=spf1 -all\"", "v=spf1 -all", Form::ZoneLine, 0),
            (
                "example.com TXT v=spf1 -all",
                "v=spf1 -all",
                Form::ZoneLine,
                0,
            ),
            ("\"\\255\"", "?", Form::Quoted, 1),
        ];
        for (text, value, form, diags) in cases {
            let p = read(text);
            assert_eq!(&p.value, value, "{text}");
            assert_eq!(p.form, *form, "{text}");
            assert_eq!(p.diagnostics.len(), *diags, "{text}: {:?}", p.diagnostics);
        }
    }

    #[test]
    fn long_string_is_an_error() {
        let text = format!("\"{}\"", "a".repeat(300));
        let p = read(&text);
        assert_eq!(p.diagnostics[0].code, "input::string-too-long");
    }

    #[test]
    fn spans_map_back() {
        let text = "x. IN TXT \"v=DMARC1; \" \"p=no\\ne\"";
        let p = read(text);
        assert_eq!(p.value, "v=DMARC1; p=none");
        let at = p.value.find("none").unwrap();
        let s = p.to_paste(Span::new(at, at + 4));
        assert_eq!(&text[s.range()], "no\\ne");
        let e = p.to_paste(Span::empty(p.value.len()));
        assert!(e.start <= text.len());
    }
}
