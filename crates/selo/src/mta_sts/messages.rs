//! The findings the MTA-STS parsers and linter emit.

use crate::{Message, Severity, SpecRef};

macro_rules! msg {
    ($name:ident, $code:literal, $sev:ident, $sec:literal, $en:literal, $en_help:literal, $pt:literal, $pt_help:literal) => {
        pub(crate) static $name: Message = Message {
            code: $code,
            severity: Severity::$sev,
            spec: Some(SpecRef::rfc(8461, $sec)),
            en: $en,
            en_help: $en_help,
            pt: $pt,
            pt_help: $pt_help,
        };
    };
}

// ---- TXT record (RFC 8461 3.1) ----

msg!(
    NOT_STS,
    "mta_sts::not-sts",
    Error,
    "3.1",
    "This is not an MTA-STS record: an MTA-STS record starts with v=STSv1, and senders discard TXT records at _mta-sts that do not.",
    "Publish a record such as: v=STSv1; id=20260101T120000",
    "Isto não é um registo MTA-STS: um registo MTA-STS começa por v=STSv1, e os remetentes descartam os registos TXT em _mta-sts que não começam assim.",
    "Publique um registo como: v=STSv1; id=20260101T120000"
);
msg!(
    OTHER_TYPE,
    "mta_sts::other-type",
    Error,
    "3.1",
    "This is {kind}, not an MTA-STS record; senders looking for MTA-STS ignore it.",
    "Publish that record at its own name, and publish at _mta-sts.<domain> a record such as: v=STSv1; id=20260101T120000",
    "Isto é {kind}, não um registo MTA-STS; os remetentes que procuram MTA-STS ignoram-no.",
    "Publique esse registo no nome próprio e publique em _mta-sts.<domínio> um registo como: v=STSv1; id=20260101T120000"
);
msg!(
    BAD_VERSION,
    "mta_sts::bad-version",
    Error,
    "3.1",
    "The version {value} is not supported: only v=STSv1 exists, and senders discard any other record.",
    "Start the record with v=STSv1.",
    "A versão {value} não é suportada: só existe v=STSv1, e os remetentes descartam qualquer outro registo.",
    "Comece o registo por v=STSv1."
);
msg!(
    VERSION_CASE,
    "mta_sts::version-case",
    Error,
    "3.1",
    "The version must be written exactly v=STSv1 (the RFC makes it case-sensitive); strict senders discard this record.",
    "Write v=STSv1.",
    "A versão tem de ser escrita exatamente v=STSv1 (o RFC distingue maiúsculas de minúsculas); os remetentes rigorosos descartam este registo.",
    "Escreva v=STSv1."
);
msg!(
    VERSION_NOT_FIRST,
    "mta_sts::version-not-first",
    Error,
    "3.1",
    "v=STSv1 is not the first tag; senders discard MTA-STS records that do not begin with v=STSv1.",
    "Move v=STSv1 to the start of the record.",
    "v=STSv1 não é a primeira etiqueta; os remetentes descartam os registos MTA-STS que não começam por v=STSv1.",
    "Mova v=STSv1 para o início do registo."
);
msg!(
    MISSING_ID,
    "mta_sts::missing-id",
    Error,
    "3.1",
    "The record has no id= tag; it is required, so senders treat the domain as having no MTA-STS policy.",
    "Add an id, for example: v=STSv1; id=20260101T120000",
    "O registo não tem a etiqueta id=; é obrigatória, por isso os remetentes tratam o domínio como não tendo política MTA-STS.",
    "Acrescente um id, por exemplo: v=STSv1; id=20260101T120000"
);
msg!(
    EMPTY_ID,
    "mta_sts::empty-id",
    Error,
    "3.1",
    "The id= tag is empty; it must hold 1 to 32 letters and digits, so senders ignore the record.",
    "Give an id such as a timestamp: id=20260101T120000",
    "A etiqueta id= está vazia; tem de ter entre 1 e 32 letras e algarismos, por isso os remetentes ignoram o registo.",
    "Indique um id, por exemplo uma data e hora: id=20260101T120000"
);
msg!(
    ID_TOO_LONG,
    "mta_sts::id-too-long",
    Error,
    "3.1",
    "The id has {len} characters; at most 32 are allowed, so senders ignore the record.",
    "Use a shorter id, such as a timestamp: id=20260101T120000",
    "O id tem {len} caracteres; são permitidos no máximo 32, por isso os remetentes ignoram o registo.",
    "Use um id mais curto, por exemplo uma data e hora: id=20260101T120000"
);
msg!(
    ID_CHARACTER,
    "mta_sts::id-character",
    Error,
    "3.1",
    "The id {value} holds characters other than letters and digits (no '-', '.', ':' or spaces), so senders ignore the record.",
    "Use only letters and digits: id={suggestion}",
    "O id {value} contém caracteres que não são letras nem algarismos (não pode ter '-', '.', ':' nem espaços), por isso os remetentes ignoram o registo.",
    "Use apenas letras e algarismos: id={suggestion}"
);
msg!(
    TAG_CASE,
    "mta_sts::tag-case",
    Error,
    "3.1",
    "The tag {found}= must be written {tag}= in lower case; strict senders do not recognise it.",
    "Write {tag}= in lower case.",
    "A etiqueta {found}= tem de ser escrita {tag}= em minúsculas; os remetentes rigorosos não a reconhecem.",
    "Escreva {tag}= em minúsculas."
);
msg!(
    DUPLICATE_TAG,
    "mta_sts::duplicate-tag",
    Error,
    "3.2",
    "The tag {tag}= appears more than once; senders use the first and ignore this one.",
    "Keep a single {tag}= tag.",
    "A etiqueta {tag}= aparece mais de uma vez; os remetentes usam a primeira e ignoram esta.",
    "Mantenha uma só etiqueta {tag}=."
);
msg!(
    BAD_EXT_NAME,
    "mta_sts::bad-extension-name",
    Error,
    "3.1",
    "The tag name {name} is not valid: tag names are 1 to 32 letters, digits, '_', '-' or '.', starting with a letter or digit. Strict senders reject the whole record.",
    "Remove this tag or correct its name.",
    "O nome de etiqueta {name} não é válido: os nomes têm entre 1 e 32 letras, algarismos, '_', '-' ou '.', começando por letra ou algarismo. Os remetentes rigorosos rejeitam o registo inteiro.",
    "Remova esta etiqueta ou corrija o nome."
);
msg!(
    BAD_EXT_VALUE,
    "mta_sts::bad-extension-value",
    Error,
    "3.1",
    "The value of {name}= is empty or holds a space, '=', ';' or a control character, which the record syntax forbids; strict senders reject the whole record.",
    "Remove this tag or give it a value without those characters.",
    "O valor de {name}= está vazio ou contém um espaço, '=', ';' ou um carácter de controlo, o que a sintaxe do registo proíbe; os remetentes rigorosos rejeitam o registo inteiro.",
    "Remova esta etiqueta ou dê-lhe um valor sem esses caracteres."
);
msg!(
    UNKNOWN_TAG,
    "mta_sts::unknown-tag",
    Info,
    "3.1",
    "The tag {tag}= is not defined by MTA-STS version 1; senders ignore it.",
    "Nothing to do if you added it on purpose; otherwise check its spelling.",
    "A etiqueta {tag}= não está definida na versão 1 do MTA-STS; os remetentes ignoram-na.",
    "Nada a fazer se a acrescentou de propósito; caso contrário, verifique como está escrita."
);
msg!(
    NO_EQUALS,
    "mta_sts::no-equals",
    Error,
    "3.1",
    "The text {text} is not a tag=value pair; strict senders reject the whole record.",
    "Remove it, or write it as name=value.",
    "O texto {text} não é um par etiqueta=valor; os remetentes rigorosos rejeitam o registo inteiro.",
    "Remova-o ou escreva-o como nome=valor."
);
msg!(
    SPACE_AROUND_EQUALS,
    "mta_sts::space-around-equals",
    Error,
    "3.1",
    "There is white space around '='; the record syntax does not allow it, so strict senders reject the record.",
    "Remove the spaces: write {tag}={value}.",
    "Há espaços à volta de '='; a sintaxe do registo não os permite, por isso os remetentes rigorosos rejeitam o registo.",
    "Remova os espaços: escreva {tag}={value}."
);
msg!(
    EMPTY_FIELD,
    "mta_sts::empty-field",
    Error,
    "3.1",
    "Two ';' follow each other with nothing between them; the record syntax does not allow it, so strict senders reject the record.",
    "Remove the extra ';'.",
    "Há dois ';' seguidos sem nada entre eles; a sintaxe do registo não o permite, por isso os remetentes rigorosos rejeitam o registo.",
    "Remova o ';' a mais."
);
msg!(
    OUTER_SPACE,
    "mta_sts::outer-space",
    Warning,
    "3.1",
    "The record starts or ends with white space outside a ';' separator; the record syntax does not allow it, and a strict sender may reject the record.",
    "Remove the white space at the start and end of the record.",
    "O registo começa ou termina com espaços fora de um separador ';'; a sintaxe do registo não o permite, e um remetente rigoroso pode rejeitar o registo.",
    "Remova os espaços no início e no fim do registo."
);
msg!(
    NOT_ASCII,
    "mta_sts::not-ascii",
    Error,
    "3.1",
    "The record holds a character outside US-ASCII; MTA-STS records must be US-ASCII, so senders reject the record.",
    "Remove the character or replace it with plain ASCII text.",
    "O registo contém um carácter fora do US-ASCII; os registos MTA-STS têm de ser US-ASCII, por isso os remetentes rejeitam o registo.",
    "Remova o carácter ou substitua-o por texto ASCII simples."
);

// ---- Policy file (RFC 8461 3.2, 3.3) ----

msg!(
    POLICY_EMPTY,
    "mta_sts::policy-empty",
    Error,
    "3.2",
    "The policy file is empty; senders treat the domain as having no MTA-STS policy.",
    "Serve a policy such as:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
    "O ficheiro de política está vazio; os remetentes tratam o domínio como não tendo política MTA-STS.",
    "Sirva uma política como:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800"
);
msg!(
    NOT_POLICY,
    "mta_sts::not-policy",
    Error,
    "3.2",
    "This is not an MTA-STS policy file: it holds no line of the form key: value.",
    "Serve a policy such as:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
    "Isto não é um ficheiro de política MTA-STS: não tem nenhuma linha da forma chave: valor.",
    "Sirva uma política como:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800"
);
msg!(
    POLICY_OTHER_TYPE,
    "mta_sts::policy-other-type",
    Error,
    "3.2",
    "This is {kind} (a DNS record), not an MTA-STS policy file. The policy file is a text file served over HTTPS, not a DNS record.",
    "Serve at https://mta-sts.<domain>/.well-known/mta-sts.txt a file such as:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
    "Isto é {kind} (um registo DNS), não um ficheiro de política MTA-STS. O ficheiro de política é um ficheiro de texto servido por HTTPS, não um registo DNS.",
    "Sirva em https://mta-sts.<domínio>/.well-known/mta-sts.txt um ficheiro como:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800"
);
msg!(
    POLICY_HTML,
    "mta_sts::policy-html",
    Error,
    "3.3",
    "This looks like an HTML page, not a policy file; web servers often send a page like this for a missing file, and senders cannot read it.",
    "Serve the policy as plain text (Content-Type: text/plain) at /.well-known/mta-sts.txt on the host mta-sts.<domain>.",
    "Isto parece uma página HTML, não um ficheiro de política; os servidores web enviam muitas vezes uma página assim quando falta o ficheiro, e os remetentes não a conseguem ler.",
    "Sirva a política como texto simples (Content-Type: text/plain) em /.well-known/mta-sts.txt no servidor mta-sts.<domínio>."
);
msg!(
    POLICY_TOO_LARGE,
    "mta_sts::policy-too-large",
    Error,
    "3.3",
    "The policy file is {size} bytes; senders may refuse policies larger than 64 KB (65536 bytes).",
    "Keep only the version, mode, mx and max_age lines; a policy is normally a few hundred bytes.",
    "O ficheiro de política tem {size} bytes; os remetentes podem recusar políticas maiores do que 64 KB (65536 bytes).",
    "Mantenha apenas as linhas version, mode, mx e max_age; uma política tem normalmente algumas centenas de bytes."
);
msg!(
    POLICY_BAD_LINE,
    "mta_sts::policy-bad-line",
    Error,
    "3.2",
    "This line is not of the form key: value; senders reject a policy file with a line they cannot read.",
    "Remove the line, or write it as key: value (for example mx: mail.example.com).",
    "Esta linha não tem a forma chave: valor; os remetentes rejeitam um ficheiro de política com uma linha que não conseguem ler.",
    "Remova a linha ou escreva-a como chave: valor (por exemplo mx: mail.example.com)."
);
msg!(
    POLICY_BLANK_LINE,
    "mta_sts::policy-blank-line",
    Error,
    "3.2",
    "The policy file has an empty line; the policy syntax does not allow one, so strict senders reject the policy.",
    "Remove the empty line.",
    "O ficheiro de política tem uma linha vazia; a sintaxe da política não o permite, por isso os remetentes rigorosos rejeitam a política.",
    "Remova a linha vazia."
);
msg!(
    POLICY_LEADING_SPACE,
    "mta_sts::policy-leading-space",
    Error,
    "3.2",
    "This line starts with white space; the policy syntax does not allow it, so strict senders reject the policy.",
    "Remove the white space at the start of the line.",
    "Esta linha começa com espaços; a sintaxe da política não o permite, por isso os remetentes rigorosos rejeitam a política.",
    "Remova os espaços no início da linha."
);
msg!(
    POLICY_FIELD_CASE,
    "mta_sts::policy-field-case",
    Error,
    "3.2",
    "The key {found} must be written {field} exactly (keys are case-sensitive); senders do not recognise it.",
    "Write {field}.",
    "A chave {found} tem de ser escrita exatamente {field} (as chaves distinguem maiúsculas de minúsculas); os remetentes não a reconhecem.",
    "Escreva {field}."
);
msg!(
    POLICY_SPACE_BEFORE_COLON,
    "mta_sts::policy-space-before-colon",
    Error,
    "3.2",
    "There is white space between the key and ':'; the policy syntax does not allow it, so senders do not recognise the key.",
    "Write {field}: with no space before the colon.",
    "Há espaços entre a chave e ':'; a sintaxe da política não os permite, por isso os remetentes não reconhecem a chave.",
    "Escreva {field}: sem espaço antes dos dois pontos."
);
msg!(
    POLICY_BAD_VERSION,
    "mta_sts::policy-bad-version",
    Error,
    "3.2",
    "The version {value} is not supported: only STSv1 exists (case-sensitive), so senders reject the policy.",
    "Write version: STSv1",
    "A versão {value} não é suportada: só existe STSv1 (com estas maiúsculas), por isso os remetentes rejeitam a política.",
    "Escreva version: STSv1"
);
msg!(
    POLICY_MISSING_VERSION,
    "mta_sts::policy-missing-version",
    Error,
    "3.2",
    "The policy has no version line; it is required, so senders reject the policy.",
    "Add the line: version: STSv1",
    "A política não tem a linha version; é obrigatória, por isso os remetentes rejeitam a política.",
    "Acrescente a linha: version: STSv1"
);
msg!(
    POLICY_BAD_MODE,
    "mta_sts::policy-bad-mode",
    Error,
    "3.2",
    "The mode {value} is not one of enforce, testing or none (lower case), so senders reject the policy.",
    "Write mode: testing while you check the reports, then mode: enforce.",
    "O modo {value} não é enforce, testing nem none (em minúsculas), por isso os remetentes rejeitam a política.",
    "Escreva mode: testing enquanto verifica os relatórios e depois mode: enforce."
);
msg!(
    POLICY_MISSING_MODE,
    "mta_sts::policy-missing-mode",
    Error,
    "3.2",
    "The policy has no mode line; it is required, so senders reject the policy.",
    "Add the line: mode: testing (or mode: enforce once TLS reports are clean).",
    "A política não tem a linha mode; é obrigatória, por isso os remetentes rejeitam a política.",
    "Acrescente a linha: mode: testing (ou mode: enforce quando os relatórios TLS estiverem limpos)."
);
msg!(
    POLICY_BAD_MAX_AGE,
    "mta_sts::policy-bad-max-age",
    Error,
    "3.2",
    "The max_age {value} is not a whole number of seconds of at most 10 digits, so senders reject the policy.",
    "Write a number of seconds, for example max_age: 604800 (one week).",
    "O max_age {value} não é um número inteiro de segundos com até 10 algarismos, por isso os remetentes rejeitam a política.",
    "Escreva um número de segundos, por exemplo max_age: 604800 (uma semana)."
);
msg!(
    POLICY_MAX_AGE_TOO_LARGE,
    "mta_sts::policy-max-age-too-large",
    Error,
    "3.2",
    "The max_age {value} is above the maximum of 31557600 seconds (one year), so senders reject the policy.",
    "Write max_age: 31557600 or less.",
    "O max_age {value} é superior ao máximo de 31557600 segundos (um ano), por isso os remetentes rejeitam a política.",
    "Escreva max_age: 31557600 ou menos."
);
msg!(
    POLICY_MISSING_MAX_AGE,
    "mta_sts::policy-missing-max-age",
    Error,
    "3.2",
    "The policy has no max_age line; it is required, so senders reject the policy.",
    "Add the line: max_age: 604800 (one week) or more.",
    "A política não tem a linha max_age; é obrigatória, por isso os remetentes rejeitam a política.",
    "Acrescente a linha: max_age: 604800 (uma semana) ou mais."
);
msg!(
    POLICY_BAD_MX,
    "mta_sts::policy-bad-mx",
    Error,
    "3.2",
    "The mx pattern {value} is not a host name (letters, digits and inner hyphens, separated by dots); senders cannot match it.",
    "Write the MX host name as in your MX records, for example mx: mail.example.com",
    "O padrão mx {value} não é um nome de servidor (letras, algarismos e hífenes interiores, separados por pontos); os remetentes não o conseguem comparar.",
    "Escreva o nome do servidor MX tal como nos registos MX, por exemplo mx: mail.example.com"
);
msg!(
    POLICY_MX_WILDCARD,
    "mta_sts::policy-mx-wildcard",
    Error,
    "4.1",
    "In the mx pattern {value}, '*' may only stand alone as the whole leftmost label, as in *.example.net; senders cannot match this pattern.",
    "Use a pattern such as *.example.net, or list each MX host on its own mx: line.",
    "No padrão mx {value}, o '*' só pode aparecer sozinho como etiqueta mais à esquerda, como em *.example.net; os remetentes não conseguem comparar este padrão.",
    "Use um padrão como *.example.net ou indique cada servidor MX na sua própria linha mx:."
);
msg!(
    POLICY_MX_NOT_ASCII,
    "mta_sts::policy-mx-not-ascii",
    Error,
    "3.2",
    "The mx pattern {value} holds non-ASCII characters; internationalised names must be written in their xn-- (A-label) form.",
    "Write the name in its xn-- (punycode) form.",
    "O padrão mx {value} contém caracteres não ASCII; os nomes internacionalizados têm de ser escritos na forma xn-- (A-label).",
    "Escreva o nome na forma xn-- (punycode)."
);
msg!(
    POLICY_MX_TRAILING_DOT,
    "mta_sts::policy-mx-trailing-dot",
    Error,
    "3.2",
    "The mx pattern {value} ends with a dot; the policy syntax does not allow it, so senders may fail to match your MX hosts.",
    "Remove the final dot.",
    "O padrão mx {value} termina com um ponto; a sintaxe da política não o permite, por isso os remetentes podem não reconhecer os seus servidores MX.",
    "Remova o ponto final."
);
msg!(
    POLICY_MISSING_MX,
    "mta_sts::policy-missing-mx",
    Error,
    "3.2",
    "The mode is {mode} but no mx line lists the MX hosts; senders reject the policy.",
    "Add one mx line per MX host, for example mx: mail.example.com",
    "O modo é {mode} mas nenhuma linha mx indica os servidores MX; os remetentes rejeitam a política.",
    "Acrescente uma linha mx por servidor MX, por exemplo mx: mail.example.com"
);
msg!(
    POLICY_DUPLICATE_FIELD,
    "mta_sts::policy-duplicate-field",
    Error,
    "3.2",
    "The key {field} appears more than once; senders use the first and ignore this line.",
    "Keep a single {field} line.",
    "A chave {field} aparece mais de uma vez; os remetentes usam a primeira e ignoram esta linha.",
    "Mantenha uma só linha {field}."
);
msg!(
    POLICY_DUPLICATE_MX,
    "mta_sts::policy-duplicate-mx",
    Warning,
    "3.2",
    "The mx pattern {value} is listed twice; the repeat does nothing.",
    "Remove the repeated line.",
    "O padrão mx {value} aparece duas vezes; a repetição não tem efeito.",
    "Remova a linha repetida."
);
msg!(
    POLICY_UNKNOWN_FIELD,
    "mta_sts::policy-unknown-field",
    Info,
    "3.2",
    "The key {field} is not defined by MTA-STS version 1; senders ignore it.",
    "Nothing to do if you added it on purpose; otherwise check its spelling.",
    "A chave {field} não está definida na versão 1 do MTA-STS; os remetentes ignoram-na.",
    "Nada a fazer se a acrescentou de propósito; caso contrário, verifique como está escrita."
);
msg!(
    POLICY_BAD_EXT_NAME,
    "mta_sts::policy-bad-extension-name",
    Error,
    "3.2",
    "The key {name} is not valid: keys are 1 to 32 letters, digits, '_', '-' or '.', starting with a letter or digit. Strict senders reject the policy.",
    "Remove this line or correct the key.",
    "A chave {name} não é válida: as chaves têm entre 1 e 32 letras, algarismos, '_', '-' ou '.', começando por letra ou algarismo. Os remetentes rigorosos rejeitam a política.",
    "Remova esta linha ou corrija a chave."
);
msg!(
    POLICY_BAD_EXT_VALUE,
    "mta_sts::policy-bad-extension-value",
    Error,
    "3.2",
    "The value of {name} is empty or holds a control character; strict senders reject the policy.",
    "Remove this line or give it a value.",
    "O valor de {name} está vazio ou contém um carácter de controlo; os remetentes rigorosos rejeitam a política.",
    "Remova esta linha ou dê-lhe um valor."
);
msg!(
    POLICY_LF_ENDINGS,
    "mta_sts::policy-lf-endings",
    Info,
    "3.2",
    "Lines end with LF alone; the RFC describes CRLF-separated lines but its syntax accepts LF too, so senders read this file.",
    "Nothing to do; Selo's generator writes CRLF line endings.",
    "As linhas terminam só com LF; o RFC descreve linhas separadas por CRLF, mas a sintaxe também aceita LF, por isso os remetentes leem este ficheiro.",
    "Nada a fazer; o gerador do Selo escreve finais de linha CRLF."
);

// ---- Advice (lint) ----

msg!(
    SHORT_MAX_AGE,
    "mta_sts::short-max-age",
    Warning,
    "3.2",
    "The max_age of {value} seconds is under one day; a short cache lets an attacker who blocks the policy fetch strip TLS soon after, and the RFC expects weeks or more.",
    "Once the policy works, use max_age: 604800 (one week) up to 31557600 (one year).",
    "O max_age de {value} segundos é inferior a um dia; uma cache curta permite que um atacante que bloqueie a obtenção da política retire o TLS pouco depois, e o RFC espera semanas ou mais.",
    "Quando a política funcionar, use max_age: 604800 (uma semana) até 31557600 (um ano)."
);
msg!(
    MODE_TESTING,
    "mta_sts::mode-testing",
    Info,
    "5",
    "The policy is in testing mode: TLS reports show delivery failures but senders still deliver, so mail is not yet protected. Avoid staying in testing forever.",
    "Once your TLS reports show no failures, switch to mode: enforce (and change the id in the _mta-sts record).",
    "A política está em modo de teste: os relatórios TLS mostram as falhas de entrega, mas os remetentes entregam na mesma, por isso o correio ainda não está protegido. Evite ficar em modo de teste para sempre.",
    "Quando os relatórios TLS não mostrarem falhas, mude para mode: enforce (e altere o id no registo _mta-sts)."
);
msg!(
    PUBLISH_TLS_RPT,
    "mta_sts::publish-tls-rpt",
    Info,
    "5",
    "In enforce mode, senders hold back mail they cannot deliver securely; without a TLS-RPT record you do not learn about these failures.",
    "Publish a TLS-RPT record at _smtp._tls.<domain>, for example: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    "Em modo de aplicação (enforce), os remetentes retêm o correio que não conseguem entregar em segurança; sem um registo TLS-RPT não fica a saber destas falhas.",
    "Publique um registo TLS-RPT em _smtp._tls.<domínio>, por exemplo: v=TLSRPTv1; rua=mailto:tlsrpt@example.com"
);
msg!(
    MODE_NONE,
    "mta_sts::mode-none",
    Info,
    "5",
    "Mode none tells senders that the domain has no MTA-STS policy; it is used to withdraw a policy safely.",
    "To protect mail, use mode: testing, then mode: enforce. To withdraw MTA-STS, keep serving this file until the old max_age has passed, then remove the _mta-sts record.",
    "O modo none indica aos remetentes que o domínio não tem política MTA-STS; serve para retirar uma política em segurança.",
    "Para proteger o correio, use mode: testing e depois mode: enforce. Para retirar o MTA-STS, continue a servir este ficheiro até passar o max_age anterior e depois remova o registo _mta-sts."
);

/// Every message this module can emit.
pub static MESSAGES: &[&Message] = &[
    &NOT_STS,
    &OTHER_TYPE,
    &BAD_VERSION,
    &VERSION_CASE,
    &VERSION_NOT_FIRST,
    &MISSING_ID,
    &EMPTY_ID,
    &ID_TOO_LONG,
    &ID_CHARACTER,
    &TAG_CASE,
    &DUPLICATE_TAG,
    &BAD_EXT_NAME,
    &BAD_EXT_VALUE,
    &UNKNOWN_TAG,
    &NO_EQUALS,
    &SPACE_AROUND_EQUALS,
    &EMPTY_FIELD,
    &OUTER_SPACE,
    &NOT_ASCII,
    &POLICY_EMPTY,
    &NOT_POLICY,
    &POLICY_OTHER_TYPE,
    &POLICY_HTML,
    &POLICY_TOO_LARGE,
    &POLICY_BAD_LINE,
    &POLICY_BLANK_LINE,
    &POLICY_LEADING_SPACE,
    &POLICY_FIELD_CASE,
    &POLICY_SPACE_BEFORE_COLON,
    &POLICY_BAD_VERSION,
    &POLICY_MISSING_VERSION,
    &POLICY_BAD_MODE,
    &POLICY_MISSING_MODE,
    &POLICY_BAD_MAX_AGE,
    &POLICY_MAX_AGE_TOO_LARGE,
    &POLICY_MISSING_MAX_AGE,
    &POLICY_BAD_MX,
    &POLICY_MX_WILDCARD,
    &POLICY_MX_NOT_ASCII,
    &POLICY_MX_TRAILING_DOT,
    &POLICY_MISSING_MX,
    &POLICY_DUPLICATE_FIELD,
    &POLICY_DUPLICATE_MX,
    &POLICY_UNKNOWN_FIELD,
    &POLICY_BAD_EXT_NAME,
    &POLICY_BAD_EXT_VALUE,
    &POLICY_LF_ENDINGS,
    &SHORT_MAX_AGE,
    &MODE_TESTING,
    &PUBLISH_TLS_RPT,
    &MODE_NONE,
];
