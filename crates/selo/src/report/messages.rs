//! The notes and errors the report reader emits.

use crate::{Message, Severity, SpecRef};

macro_rules! msg {
    ($name:ident, $code:literal, $sev:ident, $rfc:literal, $sec:literal, $en:literal, $en_help:literal, $pt:literal, $pt_help:literal) => {
        pub(crate) static $name: Message = Message {
            code: $code,
            severity: Severity::$sev,
            spec: Some(SpecRef::rfc($rfc, $sec)),
            en: $en,
            en_help: $en_help,
            pt: $pt,
            pt_help: $pt_help,
        };
    };
}

// Errors: the file (or one part of it) could not be read.

msg!(
    EMPTY,
    "report::empty",
    Error,
    9990,
    "2",
    "The file is empty: there is no report in it.",
    "Check that the whole attachment was saved; reporters never send an empty report.",
    "O ficheiro está vazio: não contém nenhum relatório.",
    "Verifique se o anexo foi guardado por inteiro; os relatores nunca enviam um relatório vazio."
);
msg!(
    UNKNOWN_CONTENT,
    "report::unknown-content",
    Error,
    9990,
    "2",
    "The content is not a report: it is neither XML, JSON, gzip, zip nor an e-mail message (it looks like {what}).",
    "Give the report itself: the .xml, .xml.gz or .zip a receiver sent, a TLS report (.json or .json.gz), or the whole e-mail (.eml) that carried it.",
    "O conteúdo não é um relatório: não é XML, JSON, gzip, zip nem uma mensagem de correio eletrónico (parece {what}).",
    "Indique o próprio relatório: o .xml, .xml.gz ou .zip que um recetor enviou, um relatório TLS (.json ou .json.gz), ou a mensagem inteira (.eml) que o trouxe."
);
msg!(
    DOCTYPE,
    "report::doctype",
    Error,
    9990,
    "2",
    "The file declares a DOCTYPE; reports never do, and entities are not expanded.",
    "This file was not written by a DMARC reporter; do not trust it. A real report starts with <feedback>.",
    "O ficheiro declara um DOCTYPE; os relatórios nunca o fazem, e as entidades não são expandidas.",
    "Este ficheiro não foi escrito por um relator DMARC; não confie nele. Um relatório verdadeiro começa por <feedback>."
);
msg!(
    ENTITY,
    "report::entity",
    Error,
    9990,
    "2",
    "The XML refers to the entity &{name}; which is not one of XML's five predefined entities; it is not expanded and the file is refused.",
    "A real report only uses &amp;, &lt;, &gt;, &quot;, &apos; and character references.",
    "O XML refere a entidade &{name}; que não é uma das cinco entidades predefinidas do XML; não é expandida e o ficheiro é recusado.",
    "Um relatório verdadeiro só usa &amp;, &lt;, &gt;, &quot;, &apos; e referências de carácter."
);
msg!(
    BAD_XML,
    "report::bad-xml",
    Error,
    9990,
    "2",
    "The XML is broken at byte {at}: {detail}.",
    "The file may be truncated or damaged; ask the reporter for it again, or open the original attachment.",
    "O XML está danificado no byte {at}: {detail}.",
    "O ficheiro pode estar truncado ou danificado; peça-o de novo ao relator, ou abra o anexo original."
);
msg!(
    NOT_DMARC_XML,
    "report::not-dmarc-xml",
    Error,
    9990,
    "2",
    "This XML is not a DMARC aggregate report: its root element is <{root}>, not <feedback>.",
    "Give a DMARC aggregate report: its root element is <feedback>.",
    "Este XML não é um relatório agregado DMARC: o elemento raiz é <{root}>, não <feedback>.",
    "Indique um relatório agregado DMARC: o elemento raiz é <feedback>."
);
msg!(
    INCOMPLETE_XML,
    "report::incomplete-xml",
    Error,
    9990,
    "2",
    "The XML report ends before </feedback>: the file is truncated.",
    "Open the original attachment again; a cut-off report cannot be counted.",
    "O relatório XML termina antes de </feedback>: o ficheiro está truncado.",
    "Abra de novo o anexo original; um relatório cortado não pode ser contado."
);
msg!(
    MISSING_FIELD,
    "report::missing-field",
    Error,
    9990,
    "2.1",
    "The report has no {field}, which every report must carry.",
    "This file is not a complete report; ask the reporter for it again.",
    "O relatório não tem {field}, que todos os relatórios têm de ter.",
    "Este ficheiro não é um relatório completo; peça-o de novo ao relator."
);
msg!(
    BAD_NUMBER,
    "report::bad-number",
    Error,
    9990,
    "2.1",
    "The value {value} of <{field}> is not a whole number.",
    "This report cannot be counted; ask the reporter for a corrected report.",
    "O valor {value} de <{field}> não é um número inteiro.",
    "Este relatório não pode ser contado; peça ao relator um relatório corrigido."
);
msg!(
    BAD_JSON,
    "report::bad-json",
    Error,
    8460,
    "4.4",
    "The JSON is broken at line {line}, column {column}: {detail}.",
    "The file may be truncated or damaged; open the original attachment again.",
    "O JSON está danificado na linha {line}, coluna {column}: {detail}.",
    "O ficheiro pode estar truncado ou danificado; abra de novo o anexo original."
);
msg!(
    NOT_TLSRPT_JSON,
    "report::not-tlsrpt-json",
    Error,
    8460,
    "4.4",
    "This JSON is not an SMTP TLS report: it has no {field}.",
    "Give an SMTP TLS report (RFC 8460): a JSON object with organization-name, date-range, report-id and policies.",
    "Este JSON não é um relatório SMTP TLS: não tem {field}.",
    "Indique um relatório SMTP TLS (RFC 8460): um objeto JSON com organization-name, date-range, report-id e policies."
);
msg!(
    INVALID_UTF8,
    "report::invalid-utf8",
    Error,
    8460,
    "4.4",
    "The report is not valid UTF-8 (first bad byte at {at}); reports are UTF-8 text.",
    "The file was damaged or converted to another encoding; open the original attachment again.",
    "O relatório não é UTF-8 válido (primeiro byte inválido na posição {at}); os relatórios são texto UTF-8.",
    "O ficheiro foi danificado ou convertido para outra codificação; abra de novo o anexo original."
);
msg!(
    BAD_GZIP,
    "report::bad-gzip",
    Error,
    1952,
    "2",
    "The gzip data cannot be decompressed: {detail}.",
    "The file is truncated or damaged; save the attachment again.",
    "Os dados gzip não podem ser descomprimidos: {detail}.",
    "O ficheiro está truncado ou danificado; guarde de novo o anexo."
);
msg!(
    BAD_ZIP,
    "report::bad-zip",
    Error,
    9990,
    "2.5",
    "The zip archive cannot be read: {detail}.",
    "The archive is truncated or damaged; save the attachment again.",
    "O arquivo zip não pode ser lido: {detail}.",
    "O arquivo está truncado ou danificado; guarde de novo o anexo."
);
msg!(
    TOO_BIG,
    "report::too-big",
    Error,
    9990,
    "2.5",
    "Decompression stopped: the content grows past {limit} ({why}); this is a decompression bomb or a report far larger than any receiver sends.",
    "Split the report, or raise the limit only for files you trust.",
    "A descompressão parou: o conteúdo cresce para lá de {limit} ({why}); é uma bomba de descompressão ou um relatório muito maior do que qualquer recetor envia.",
    "Divida o relatório, ou aumente o limite só para ficheiros em que confia."
);
msg!(
    TOO_DEEP,
    "report::too-deep",
    Error,
    9990,
    "2.5",
    "Archives are nested more than {depth} deep; reporters never nest them so.",
    "Extract the report and give it directly.",
    "Os arquivos estão encaixados mais de {depth} níveis; os relatores nunca os encaixam assim.",
    "Extraia o relatório e indique-o diretamente."
);
msg!(
    EMPTY_ARCHIVE,
    "report::empty-archive",
    Error,
    9990,
    "2.5",
    "The archive holds no report.",
    "Check that the right archive was given.",
    "O arquivo não contém nenhum relatório.",
    "Verifique se indicou o arquivo certo."
);
msg!(
    NO_REPORT_IN_MAIL,
    "report::no-report-in-mail",
    Error,
    9990,
    "2.5",
    "The e-mail message carries no report: none of its {parts} parts is a DMARC, TLS or failure report.",
    "Give the message the reporter sent, with its attachment.",
    "A mensagem de correio eletrónico não traz nenhum relatório: nenhuma das suas {parts} partes é um relatório DMARC, TLS ou de falha.",
    "Indique a mensagem que o relator enviou, com o anexo."
);
msg!(
    BAD_MAIL,
    "report::bad-mail",
    Error,
    5322,
    "2",
    "The e-mail message cannot be read as MIME.",
    "Save the whole message (with its headers) as .eml and try again.",
    "A mensagem de correio eletrónico não pode ser lida como MIME.",
    "Guarde a mensagem inteira (com os cabeçalhos) como .eml e tente de novo."
);

// Notes: the report was read, with a tolerance.

msg!(
    NOTE_UPPER_CASE,
    "report::upper-case-word",
    Info,
    9990,
    "2.1",
    "The report writes result words in upper case ({value}); they were read as lower case.",
    "Nothing to do: the reporter's software does not follow the schema, the counts are right.",
    "O relatório escreve as palavras de resultado em maiúsculas ({value}); foram lidas em minúsculas.",
    "Nada a fazer: o software do relator não segue o esquema, as contagens estão certas."
);
msg!(
    NOTE_UNKNOWN_WORD,
    "report::unknown-word",
    Info,
    9990,
    "2.1",
    "<{field}> holds {value}, which the schema does not define; it was kept as is.",
    "Nothing to do; the row is counted as not passing for that check.",
    "<{field}> contém {value}, que o esquema não define; foi mantido como está.",
    "Nada a fazer; a linha é contada como não aprovada nessa verificação."
);
msg!(
    NOTE_LOSSY_UTF8,
    "report::lossy-utf8",
    Info,
    9990,
    "2",
    "Some text in the report is not valid UTF-8; the bad bytes are shown as �.",
    "Nothing to do; the counts are not affected.",
    "Algum texto do relatório não é UTF-8 válido; os bytes inválidos aparecem como �.",
    "Nada a fazer; as contagens não são afetadas."
);
msg!(
    NOTE_RECOVERED_XML,
    "report::recovered-xml",
    Info,
    9990,
    "2",
    "The XML is not well-formed (<{name}> is never closed); it was read up to the enclosing element.",
    "Nothing to do unless a value looks wrong; the reporter's software writes broken XML.",
    "O XML não está bem formado (<{name}> nunca é fechado); foi lido até ao elemento que o contém.",
    "Nada a fazer, a menos que um valor pareça errado; o software do relator escreve XML danificado."
);
msg!(
    NOTE_OLD_DRAFT,
    "report::old-draft",
    Info,
    7489,
    "C",
    "The report has no <version> element, as in the draft schema before RFC 7489 and in many reporters' output; it was read with the RFC 7489 schema.",
    "Nothing to do.",
    "O relatório não tem o elemento <version>, como no esquema de rascunho anterior ao RFC 7489 e na saída de muitos relatores; foi lido com o esquema do RFC 7489.",
    "Nada a fazer."
);
msg!(
    NOTE_MISSING_OPTIONAL,
    "report::missing-optional",
    Info,
    9990,
    "2.1",
    "The report has no {field}; it was left empty.",
    "Nothing to do.",
    "O relatório não tem {field}; ficou vazio.",
    "Nada a fazer."
);
msg!(
    NOTE_EXTRA_FIELD,
    "report::extra-field",
    Info,
    9990,
    "2.1",
    "The report holds <{name}>, which the schema does not define; it was skipped.",
    "Nothing to do.",
    "O relatório contém <{name}>, que o esquema não define; foi ignorado.",
    "Nada a fazer."
);
msg!(
    NOTE_TESTING,
    "report::testing",
    Info,
    9990,
    "2.1",
    "The published policy had t=y (testing): receivers applied a policy one step milder than p=.",
    "Remove t=y when the report shows that every source of yours passes.",
    "A política publicada tinha t=y (teste): os recetores aplicaram uma política um grau mais branda do que p=.",
    "Remova t=y quando o relatório mostrar que todas as suas fontes passam."
);
msg!(
    NOTE_NO_SENDING_IP,
    "report::tls-no-sending-ip",
    Info,
    8460,
    "4.4",
    "A failure detail has no sending-mta-ip, which RFC 8460 requires; it was read without it.",
    "Nothing to do: the reporter leaves it out.",
    "Um detalhe de falha não tem sending-mta-ip, que o RFC 8460 exige; foi lido sem ele.",
    "Nada a fazer: o relator omite-o."
);
msg!(
    NOTE_NO_POLICY_DOMAIN,
    "report::tls-no-policy-domain",
    Info,
    8460,
    "4.4",
    "A policy has no policy-domain (reporters leave it out when no policy was found); it was read without it.",
    "Nothing to do.",
    "Uma política não tem policy-domain (os relatores omitem-no quando não foi encontrada política); foi lida sem ele.",
    "Nada a fazer."
);
msg!(
    NOTE_MX_HOST_STRING,
    "report::tls-mx-host-string",
    Info,
    8460,
    "4.4",
    "mx-host is a single string, not a list; it was read as a list of one.",
    "Nothing to do.",
    "mx-host é uma única cadeia, não uma lista; foi lido como uma lista de um elemento.",
    "Nada a fazer."
);
msg!(
    NOTE_UNKNOWN_POLICY_TYPE,
    "report::tls-unknown-policy-type",
    Info,
    8460,
    "4.4",
    "The policy type {value} is not sts, tlsa or no-policy-found; it was kept as is.",
    "Nothing to do.",
    "O tipo de política {value} não é sts, tlsa nem no-policy-found; foi mantido como está.",
    "Nada a fazer."
);
msg!(
    NOTE_SKIPPED_ENTRY,
    "report::skipped-entry",
    Info,
    9990,
    "2.5",
    "{name} inside the archive or message is not a report and was skipped ({why}).",
    "Nothing to do, unless that part was the report you expected.",
    "{name} dentro do arquivo ou mensagem não é um relatório e foi ignorado ({why}).",
    "Nada a fazer, a menos que essa parte fosse o relatório esperado."
);
msg!(
    NOTE_BODY_HIDDEN,
    "report::body-hidden",
    Info,
    6591,
    "3",
    "The reported message's body is not shown; only its headers are.",
    "Ask for the body explicitly if you need it; it may hold personal data.",
    "O corpo da mensagem reportada não é mostrado; só os cabeçalhos.",
    "Peça o corpo explicitamente se precisar dele; pode conter dados pessoais."
);

/// Every message this module can emit.
pub static MESSAGES: &[&Message] = &[
    &EMPTY,
    &UNKNOWN_CONTENT,
    &DOCTYPE,
    &ENTITY,
    &BAD_XML,
    &NOT_DMARC_XML,
    &INCOMPLETE_XML,
    &MISSING_FIELD,
    &BAD_NUMBER,
    &BAD_JSON,
    &NOT_TLSRPT_JSON,
    &INVALID_UTF8,
    &BAD_GZIP,
    &BAD_ZIP,
    &TOO_BIG,
    &TOO_DEEP,
    &EMPTY_ARCHIVE,
    &NO_REPORT_IN_MAIL,
    &BAD_MAIL,
    &NOTE_UPPER_CASE,
    &NOTE_UNKNOWN_WORD,
    &NOTE_LOSSY_UTF8,
    &NOTE_RECOVERED_XML,
    &NOTE_OLD_DRAFT,
    &NOTE_MISSING_OPTIONAL,
    &NOTE_EXTRA_FIELD,
    &NOTE_TESTING,
    &NOTE_NO_SENDING_IP,
    &NOTE_NO_POLICY_DOMAIN,
    &NOTE_MX_HOST_STRING,
    &NOTE_UNKNOWN_POLICY_TYPE,
    &NOTE_SKIPPED_ENTRY,
    &NOTE_BODY_HIDDEN,
];

#[cfg(test)]
mod tests {
    use super::MESSAGES;

    #[test]
    fn every_code_is_unique_namespaced_and_translated() {
        let mut seen = std::collections::HashSet::new();
        let holes = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_string()))
                .collect();
            v.sort();
            v.dedup();
            v
        };
        for m in MESSAGES {
            assert!(seen.insert(m.code), "duplicate code {}", m.code);
            assert!(m.code.starts_with("report::"), "{}", m.code);
            for t in [m.en, m.en_help, m.pt, m.pt_help] {
                assert!(!t.trim().is_empty(), "{} has an empty text", m.code);
            }
            assert_ne!(m.en, m.pt, "{} is not translated", m.code);
            assert_eq!(holes(m.en), holes(m.pt), "{}", m.code);
            assert_eq!(holes(m.en_help), holes(m.pt_help), "{}", m.code);
        }
        let source = include_str!("messages.rs");
        let defined = source.matches("\nmsg!(\n").count();
        assert_eq!(defined, MESSAGES.len(), "every message is listed");
    }
}
