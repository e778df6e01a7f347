//! The notes and errors the report reader emits.

use crate::{Severity, SpecRef};

// Errors: the file (or one part of it) could not be read.

crate::diagnostic::catalogue! {
    EMPTY = Message {
        code: "report::empty",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "The file is empty: there is no report in it.",
        en_help: "Check that the whole attachment was saved; reporters never send an empty report.",
        pt: "O ficheiro está vazio: não contém nenhum relatório.",
        pt_help: "Verifique se o anexo foi guardado por inteiro; os relatores nunca enviam um relatório vazio.",
    };
    UNKNOWN_CONTENT = Message {
        code: "report::unknown-content",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "The content is not a report: it is neither XML, JSON, gzip, zip nor an e-mail message (it looks like {what}).",
        en_help: "Give the report itself: the .xml, .xml.gz or .zip a receiver sent, a TLS report (.json or .json.gz), or the whole e-mail (.eml) that carried it.",
        pt: "O conteúdo não é um relatório: não é XML, JSON, gzip, zip nem uma mensagem de correio eletrónico (parece {what}).",
        pt_help: "Indique o próprio relatório: o .xml, .xml.gz ou .zip que um recetor enviou, um relatório TLS (.json ou .json.gz), ou a mensagem inteira (.eml) que o trouxe.",
    };
    DOCTYPE = Message {
        code: "report::doctype",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "The file declares a DOCTYPE; reports never do, and entities are not expanded.",
        en_help: "This file was not written by a DMARC reporter; do not trust it. A real report starts with <feedback>.",
        pt: "O ficheiro declara um DOCTYPE; os relatórios nunca o fazem, e as entidades não são expandidas.",
        pt_help: "Este ficheiro não foi escrito por um relator DMARC; não confie nele. Um relatório verdadeiro começa por <feedback>.",
    };
    ENTITY = Message {
        code: "report::entity",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "The XML refers to the entity &{name}; which is not one of XML's five predefined entities; it is not expanded and the file is refused.",
        en_help: "A real report only uses &amp;, &lt;, &gt;, &quot;, &apos; and character references.",
        pt: "O XML refere a entidade &{name}; que não é uma das cinco entidades predefinidas do XML; não é expandida e o ficheiro é recusado.",
        pt_help: "Um relatório verdadeiro só usa &amp;, &lt;, &gt;, &quot;, &apos; e referências de carácter.",
    };
    BAD_XML = Message {
        code: "report::bad-xml",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "The XML is broken at byte {at}: {detail}.",
        en_help: "The file may be truncated or damaged; ask the reporter for it again, or open the original attachment.",
        pt: "O XML está danificado no byte {at}: {detail}.",
        pt_help: "O ficheiro pode estar truncado ou danificado; peça-o de novo ao relator, ou abra o anexo original.",
    };
    NOT_DMARC_XML = Message {
        code: "report::not-dmarc-xml",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "This XML is not a DMARC aggregate report: its root element is <{root}>, not <feedback>.",
        en_help: "Give a DMARC aggregate report: its root element is <feedback>.",
        pt: "Este XML não é um relatório agregado DMARC: o elemento raiz é <{root}>, não <feedback>.",
        pt_help: "Indique um relatório agregado DMARC: o elemento raiz é <feedback>.",
    };
    INCOMPLETE_XML = Message {
        code: "report::incomplete-xml",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "The XML report ends before </feedback>: the file is truncated.",
        en_help: "Open the original attachment again; a cut-off report cannot be counted.",
        pt: "O relatório XML termina antes de </feedback>: o ficheiro está truncado.",
        pt_help: "Abra de novo o anexo original; um relatório cortado não pode ser contado.",
    };
    MISSING_FIELD = Message {
        code: "report::missing-field",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2.1")),
        en: "The report has no {field}, which every report must carry.",
        en_help: "This file is not a complete report; ask the reporter for it again.",
        pt: "O relatório não tem {field}, que todos os relatórios têm de ter.",
        pt_help: "Este ficheiro não é um relatório completo; peça-o de novo ao relator.",
    };
    BAD_NUMBER = Message {
        code: "report::bad-number",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2.1")),
        en: "The value {value} of <{field}> is not a whole number.",
        en_help: "This report cannot be counted; ask the reporter for a corrected report.",
        pt: "O valor {value} de <{field}> não é um número inteiro.",
        pt_help: "Este relatório não pode ser contado; peça ao relator um relatório corrigido.",
    };
    BAD_JSON = Message {
        code: "report::bad-json",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "4.4")),
        en: "The JSON is broken at line {line}, column {column}: {detail}.",
        en_help: "The file may be truncated or damaged; open the original attachment again.",
        pt: "O JSON está danificado na linha {line}, coluna {column}: {detail}.",
        pt_help: "O ficheiro pode estar truncado ou danificado; abra de novo o anexo original.",
    };
    NOT_TLSRPT_JSON = Message {
        code: "report::not-tlsrpt-json",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "4.4")),
        en: "This JSON is not an SMTP TLS report: it has no {field}.",
        en_help: "Give an SMTP TLS report (RFC 8460): a JSON object with organization-name, date-range, report-id and policies.",
        pt: "Este JSON não é um relatório SMTP TLS: não tem {field}.",
        pt_help: "Indique um relatório SMTP TLS (RFC 8460): um objeto JSON com organization-name, date-range, report-id e policies.",
    };
    INVALID_UTF8 = Message {
        code: "report::invalid-utf8",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "4.4")),
        en: "The report is not valid UTF-8 (first bad byte at {at}); reports are UTF-8 text.",
        en_help: "The file was damaged or converted to another encoding; open the original attachment again.",
        pt: "O relatório não é UTF-8 válido (primeiro byte inválido na posição {at}); os relatórios são texto UTF-8.",
        pt_help: "O ficheiro foi danificado ou convertido para outra codificação; abra de novo o anexo original.",
    };
    READ_ERROR = Message {
        code: "report::read-error",
        severity: Severity::Error,
        spec: None,
        en: "The file could not be read to the end: {detail}.",
        en_help: "Check that the file is still there and readable (a removed disk or a network share that went away), then read it again.",
        pt: "Não foi possível ler o ficheiro até ao fim: {detail}.",
        pt_help: "Verifique se o ficheiro ainda existe e pode ser lido (um disco removido ou uma partilha de rede que deixou de estar acessível) e leia-o de novo.",
    };
    BAD_GZIP = Message {
        code: "report::bad-gzip",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(1952, "2")),
        en: "The gzip data cannot be decompressed: {detail}.",
        en_help: "The file is truncated or damaged; save the attachment again.",
        pt: "Os dados gzip não podem ser descomprimidos: {detail}.",
        pt_help: "O ficheiro está truncado ou danificado; guarde de novo o anexo.",
    };
    BAD_ZIP = Message {
        code: "report::bad-zip",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2.5")),
        en: "The zip archive cannot be read: {detail}.",
        en_help: "The archive is truncated or damaged; save the attachment again.",
        pt: "O arquivo zip não pode ser lido: {detail}.",
        pt_help: "O arquivo está truncado ou danificado; guarde de novo o anexo.",
    };
    TOO_BIG = Message {
        code: "report::too-big",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2.5")),
        en: "Decompression stopped: the content grows past {limit} ({why}); this is a decompression bomb or a report far larger than any receiver sends.",
        en_help: "If it is a real report, unpack it with a program you trust and split it into smaller files; otherwise delete it: no receiver sends reports this large.",
        pt: "A descompressão parou: o conteúdo cresce para lá de {limit} ({why}); é uma bomba de descompressão ou um relatório muito maior do que qualquer recetor envia.",
        pt_help: "Se for um relatório verdadeiro, descompacte-o com um programa em que confia e divida-o em ficheiros mais pequenos; caso contrário, apague-o: nenhum recetor envia relatórios tão grandes.",
    };
    TOO_DEEP = Message {
        code: "report::too-deep",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2.5")),
        en: "Archives are nested more than {depth} deep; reporters never nest them so.",
        en_help: "Extract the report and give it directly.",
        pt: "Os arquivos estão encaixados mais de {depth} níveis; os relatores nunca os encaixam assim.",
        pt_help: "Extraia o relatório e indique-o diretamente.",
    };
    EMPTY_ARCHIVE = Message {
        code: "report::empty-archive",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2.5")),
        en: "The archive holds no report.",
        en_help: "Check that the right archive was given.",
        pt: "O arquivo não contém nenhum relatório.",
        pt_help: "Verifique se indicou o arquivo certo.",
    };
    NO_REPORT_IN_MAIL = Message {
        code: "report::no-report-in-mail",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9990, "2.5")),
        en: "The e-mail message carries no report: none of its {parts} parts is a DMARC, TLS or failure report.",
        en_help: "Give the message the reporter sent, with its attachment.",
        pt: "A mensagem de correio eletrónico não traz nenhum relatório: nenhuma das suas {parts} partes é um relatório DMARC, TLS ou de falha.",
        pt_help: "Indique a mensagem que o relator enviou, com o anexo.",
    };
    BAD_MAIL = Message {
        code: "report::bad-mail",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(5322, "2")),
        en: "The e-mail message cannot be read as MIME.",
        en_help: "Save the whole message (with its headers) as .eml and try again.",
        pt: "A mensagem de correio eletrónico não pode ser lida como MIME.",
        pt_help: "Guarde a mensagem inteira (com os cabeçalhos) como .eml e tente de novo.",
    };

    // Notes: the report was read, with a tolerance.

    NOTE_UPPER_CASE = Message {
        code: "report::upper-case-word",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2.1")),
        en: "The report writes result words in upper case ({value}); they were read as lower case.",
        en_help: "Nothing to do: the reporter's software does not follow the schema, the counts are right.",
        pt: "O relatório escreve as palavras de resultado em maiúsculas ({value}); foram lidas em minúsculas.",
        pt_help: "Nada a fazer: o software do relator não segue o esquema, as contagens estão certas.",
    };
    NOTE_UNKNOWN_WORD = Message {
        code: "report::unknown-word",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2.1")),
        en: "<{field}> holds {value}, which the schema does not define; it was kept as is.",
        en_help: "Nothing to do; the row is counted as not passing for that check.",
        pt: "<{field}> contém {value}, que o esquema não define; foi mantido como está.",
        pt_help: "Nada a fazer; a linha é contada como não aprovada nessa verificação.",
    };
    NOTE_LOSSY_UTF8 = Message {
        code: "report::lossy-utf8",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "Some text in the report is not valid UTF-8; the bad bytes are shown as �.",
        en_help: "Nothing to do; the counts are not affected.",
        pt: "Algum texto do relatório não é UTF-8 válido; os bytes inválidos aparecem como �.",
        pt_help: "Nada a fazer; as contagens não são afetadas.",
    };
    NOTE_RECOVERED_XML = Message {
        code: "report::recovered-xml",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2")),
        en: "The XML is not well-formed (<{name}> is never closed); it was read up to the enclosing element.",
        en_help: "Nothing to do unless a value looks wrong; the reporter's software writes broken XML.",
        pt: "O XML não está bem formado (<{name}> nunca é fechado); foi lido até ao elemento que o contém.",
        pt_help: "Nada a fazer, a menos que um valor pareça errado; o software do relator escreve XML danificado.",
    };
    NOTE_OLD_DRAFT = Message {
        code: "report::old-draft",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(7489, "C")),
        en: "The report has no <version> element, as in the draft schema before RFC 7489 and in many reporters' output; it was read with the RFC 7489 schema.",
        en_help: "Nothing to do.",
        pt: "O relatório não tem o elemento <version>, como no esquema de rascunho anterior ao RFC 7489 e na saída de muitos relatores; foi lido com o esquema do RFC 7489.",
        pt_help: "Nada a fazer.",
    };
    NOTE_MISSING_OPTIONAL = Message {
        code: "report::missing-optional",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2.1")),
        en: "The report has no {field}; it was left empty.",
        en_help: "Nothing to do.",
        pt: "O relatório não tem {field}; ficou vazio.",
        pt_help: "Nada a fazer.",
    };
    NOTE_EXTRA_FIELD = Message {
        code: "report::extra-field",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2.1")),
        en: "The report holds <{name}>, which the schema does not define; it was skipped.",
        en_help: "Nothing to do.",
        pt: "O relatório contém <{name}>, que o esquema não define; foi ignorado.",
        pt_help: "Nada a fazer.",
    };
    NOTE_TESTING = Message {
        code: "report::testing",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2.1")),
        en: "The published policy had t=y (testing): receivers applied a policy one step milder than p=.",
        en_help: "Remove t=y when the report shows that every source of yours passes.",
        pt: "A política publicada tinha t=y (teste): os recetores aplicaram uma política um grau mais branda do que p=.",
        pt_help: "Remova t=y quando o relatório mostrar que todas as suas fontes passam.",
    };
    NOTE_NO_SENDING_IP = Message {
        code: "report::tls-no-sending-ip",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8460, "4.4")),
        en: "A failure detail has no sending-mta-ip, which RFC 8460 requires; it was read without it.",
        en_help: "Nothing to do: the reporter leaves it out.",
        pt: "Um detalhe de falha não tem sending-mta-ip, que o RFC 8460 exige; foi lido sem ele.",
        pt_help: "Nada a fazer: o relator omite-o.",
    };
    NOTE_NO_POLICY_DOMAIN = Message {
        code: "report::tls-no-policy-domain",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8460, "4.4")),
        en: "A policy has no policy-domain (reporters leave it out when no policy was found); it was read without it.",
        en_help: "Nothing to do.",
        pt: "Uma política não tem policy-domain (os relatores omitem-no quando não foi encontrada política); foi lida sem ele.",
        pt_help: "Nada a fazer.",
    };
    NOTE_MX_HOST_STRING = Message {
        code: "report::tls-mx-host-string",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8460, "4.4")),
        en: "mx-host is a single string, not a list; it was read as a list of one.",
        en_help: "Nothing to do.",
        pt: "mx-host é uma única cadeia, não uma lista; foi lido como uma lista de um elemento.",
        pt_help: "Nada a fazer.",
    };
    NOTE_UNKNOWN_POLICY_TYPE = Message {
        code: "report::tls-unknown-policy-type",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8460, "4.4")),
        en: "The policy type {value} is not sts, tlsa or no-policy-found; it was kept as is.",
        en_help: "Nothing to do.",
        pt: "O tipo de política {value} não é sts, tlsa nem no-policy-found; foi mantido como está.",
        pt_help: "Nada a fazer.",
    };
    NOTE_SKIPPED_ENTRY = Message {
        code: "report::skipped-entry",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "2.5")),
        en: "{name} inside the archive or message is not a report and was skipped ({why}).",
        en_help: "Nothing to do, unless that part was the report you expected.",
        pt: "{name} dentro do arquivo ou mensagem não é um relatório e foi ignorado ({why}).",
        pt_help: "Nada a fazer, a menos que essa parte fosse o relatório esperado.",
    };
    NOTE_BODY_HIDDEN = Message {
        code: "report::body-hidden",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6591, "3")),
        en: "The reported message's body is not shown; only its headers are.",
        en_help: "Ask for the body explicitly if you need it; it may hold personal data.",
        pt: "O corpo da mensagem reportada não é mostrado; só os cabeçalhos.",
        pt_help: "Peça o corpo explicitamente se precisar dele; pode conter dados pessoais.",
    };
}

#[cfg(test)]
mod tests {
    /// Uniqueness, translation and placeholders are checked with every
    /// catalogue (`crate::catalogue`); the namespace is this module's own.
    #[test]
    fn every_code_is_in_the_report_namespace() {
        for m in super::MESSAGES {
            assert!(m.code.starts_with("report::"), "{}", m.code);
        }
    }
}
