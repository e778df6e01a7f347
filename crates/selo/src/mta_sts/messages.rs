//! The findings the MTA-STS parsers and linter emit.

use crate::{Severity, SpecRef};

crate::diagnostic::catalogue! {
    WRONG_OWNER = Message {
        code: "mta_sts::wrong-owner",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "This line publishes the MTA-STS record at {owner}, but senders look for it only at _mta-sts.<domain>: at {owner} it is never read, so they never fetch the policy.",
        en_help: "Publish the record at _mta-sts. followed by the domain (for example.com: _mta-sts.example.com).",
        pt: "Esta linha publica o registo MTA-STS em {owner}, mas os remetentes só o procuram em _mta-sts.<domínio>: em {owner} nunca é lido, por isso nunca vão buscar a política.",
        pt_help: "Publique o registo em _mta-sts. seguido do domínio (para example.com: _mta-sts.example.com).",
    };

    // ---- TXT record (RFC 8461 3.1) ----

    NOT_STS = Message {
        code: "mta_sts::not-sts",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "This is not an MTA-STS record: an MTA-STS record starts with v=STSv1, and senders discard TXT records at _mta-sts that do not.",
        en_help: "Publish a record such as: v=STSv1; id=20260101T120000",
        pt: "Isto não é um registo MTA-STS: um registo MTA-STS começa por v=STSv1, e os remetentes descartam os registos TXT em _mta-sts que não começam assim.",
        pt_help: "Publique um registo como: v=STSv1; id=20260101T120000",
    };

    OTHER_TYPE = Message {
        code: "mta_sts::other-type",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "This is {kind}, not an MTA-STS record; senders looking for MTA-STS ignore it.",
        en_help: "Publish that record at its own name, and publish at _mta-sts.<domain> a record such as: v=STSv1; id=20260101T120000",
        pt: "Isto é {kind}, não um registo MTA-STS; os remetentes que procuram MTA-STS ignoram-no.",
        pt_help: "Publique esse registo no nome próprio e publique em _mta-sts.<domínio> um registo como: v=STSv1; id=20260101T120000",
    };

    BAD_VERSION = Message {
        code: "mta_sts::bad-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The version {value} is not supported: only v=STSv1 exists, and senders discard any other record.",
        en_help: "Start the record with v=STSv1.",
        pt: "A versão {value} não é suportada: só existe v=STSv1, e os remetentes descartam qualquer outro registo.",
        pt_help: "Comece o registo por v=STSv1.",
    };

    VERSION_CASE = Message {
        code: "mta_sts::version-case",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The version must be written exactly v=STSv1 (the RFC makes it case-sensitive); strict senders discard this record.",
        en_help: "Write v=STSv1.",
        pt: "A versão tem de ser escrita exatamente v=STSv1 (o RFC distingue maiúsculas de minúsculas); os remetentes rigorosos descartam este registo.",
        pt_help: "Escreva v=STSv1.",
    };

    VERSION_NOT_FIRST = Message {
        code: "mta_sts::version-not-first",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "v=STSv1 is not the first tag; senders discard MTA-STS records that do not begin with v=STSv1.",
        en_help: "Move v=STSv1 to the start of the record.",
        pt: "v=STSv1 não é a primeira etiqueta; os remetentes descartam os registos MTA-STS que não começam por v=STSv1.",
        pt_help: "Mova v=STSv1 para o início do registo.",
    };

    MISSING_ID = Message {
        code: "mta_sts::missing-id",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The record has no id= tag; it is required, so senders treat the domain as having no MTA-STS policy.",
        en_help: "Add an id, for example: v=STSv1; id=20260101T120000",
        pt: "O registo não tem a etiqueta id=; é obrigatória, por isso os remetentes tratam o domínio como não tendo política MTA-STS.",
        pt_help: "Acrescente um id, por exemplo: v=STSv1; id=20260101T120000",
    };

    EMPTY_ID = Message {
        code: "mta_sts::empty-id",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The id= tag is empty; it must hold 1 to 32 letters and digits, so senders ignore the record.",
        en_help: "Give an id such as a timestamp: id=20260101T120000",
        pt: "A etiqueta id= está vazia; tem de ter entre 1 e 32 letras e algarismos, por isso os remetentes ignoram o registo.",
        pt_help: "Indique um id, por exemplo uma data e hora: id=20260101T120000",
    };

    ID_TOO_LONG = Message {
        code: "mta_sts::id-too-long",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The id has {len} characters; at most 32 are allowed, so senders ignore the record.",
        en_help: "Use a shorter id, such as a timestamp: id=20260101T120000",
        pt: "O id tem {len} caracteres; são permitidos no máximo 32, por isso os remetentes ignoram o registo.",
        pt_help: "Use um id mais curto, por exemplo uma data e hora: id=20260101T120000",
    };

    ID_CHARACTER = Message {
        code: "mta_sts::id-character",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The id {value} holds characters other than letters and digits (no '-', '.', ':' or spaces), so senders ignore the record.",
        en_help: "Use only letters and digits: id={suggestion}",
        pt: "O id {value} contém caracteres que não são letras nem algarismos (não pode ter '-', '.', ':' nem espaços), por isso os remetentes ignoram o registo.",
        pt_help: "Use apenas letras e algarismos: id={suggestion}",
    };

    TAG_CASE = Message {
        code: "mta_sts::tag-case",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The tag {found}= must be written {tag}= in lower case; strict senders do not recognise it.",
        en_help: "Write {tag}= in lower case.",
        pt: "A etiqueta {found}= tem de ser escrita {tag}= em minúsculas; os remetentes rigorosos não a reconhecem.",
        pt_help: "Escreva {tag}= em minúsculas.",
    };

    DUPLICATE_TAG = Message {
        code: "mta_sts::duplicate-tag",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The tag {tag}= appears more than once; senders use the first and ignore this one.",
        en_help: "Keep a single {tag}= tag.",
        pt: "A etiqueta {tag}= aparece mais de uma vez; os remetentes usam a primeira e ignoram esta.",
        pt_help: "Mantenha uma só etiqueta {tag}=.",
    };

    BAD_EXT_NAME = Message {
        code: "mta_sts::bad-extension-name",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The tag name {name} is not valid: tag names are 1 to 32 letters, digits, '_', '-' or '.', starting with a letter or digit. Strict senders reject the whole record.",
        en_help: "Remove this tag or correct its name.",
        pt: "O nome de etiqueta {name} não é válido: os nomes têm entre 1 e 32 letras, algarismos, '_', '-' ou '.', começando por letra ou algarismo. Os remetentes rigorosos rejeitam o registo inteiro.",
        pt_help: "Remova esta etiqueta ou corrija o nome.",
    };

    BAD_EXT_VALUE = Message {
        code: "mta_sts::bad-extension-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The value of {name}= is empty or holds a space, '=', ';' or a control character, which the record syntax forbids; strict senders reject the whole record.",
        en_help: "Remove this tag or give it a value without those characters.",
        pt: "O valor de {name}= está vazio ou contém um espaço, '=', ';' ou um carácter de controlo, o que a sintaxe do registo proíbe; os remetentes rigorosos rejeitam o registo inteiro.",
        pt_help: "Remova esta etiqueta ou dê-lhe um valor sem esses caracteres.",
    };

    UNKNOWN_TAG = Message {
        code: "mta_sts::unknown-tag",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The tag {tag}= is not defined by MTA-STS version 1; senders ignore it.",
        en_help: "Nothing to do if you added it on purpose; otherwise check its spelling.",
        pt: "A etiqueta {tag}= não está definida na versão 1 do MTA-STS; os remetentes ignoram-na.",
        pt_help: "Nada a fazer se a acrescentou de propósito; caso contrário, verifique como está escrita.",
    };

    NO_EQUALS = Message {
        code: "mta_sts::missing-equals",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The text {text} is not a tag=value pair; strict senders reject the whole record.",
        en_help: "Remove it, or write it as name=value.",
        pt: "O texto {text} não é um par etiqueta=valor; os remetentes rigorosos rejeitam o registo inteiro.",
        pt_help: "Remova-o ou escreva-o como nome=valor.",
    };

    SPACE_AROUND_EQUALS = Message {
        code: "mta_sts::space-around-equals",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "There is white space around '='; the record syntax does not allow it, so strict senders reject the record.",
        en_help: "Remove the spaces: write {tag}={value}.",
        pt: "Há espaços à volta de '='; a sintaxe do registo não os permite, por isso os remetentes rigorosos rejeitam o registo.",
        pt_help: "Remova os espaços: escreva {tag}={value}.",
    };

    EMPTY_FIELD = Message {
        code: "mta_sts::empty-tag",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "Two ';' follow each other with nothing between them; the record syntax does not allow it, so strict senders reject the record.",
        en_help: "Remove the extra ';'.",
        pt: "Há dois ';' seguidos sem nada entre eles; a sintaxe do registo não o permite, por isso os remetentes rigorosos rejeitam o registo.",
        pt_help: "Remova o ';' a mais.",
    };

    OUTER_SPACE = Message {
        code: "mta_sts::outer-space",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The record starts or ends with white space outside a ';' separator; the record syntax does not allow it, and a strict sender may reject the record.",
        en_help: "Remove the white space at the start and end of the record.",
        pt: "O registo começa ou termina com espaços fora de um separador ';'; a sintaxe do registo não o permite, e um remetente rigoroso pode rejeitar o registo.",
        pt_help: "Remova os espaços no início e no fim do registo.",
    };

    NOT_ASCII = Message {
        code: "mta_sts::non-ascii",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.1")),
        en: "The record holds a character outside US-ASCII; MTA-STS records must be US-ASCII, so senders reject the record.",
        en_help: "Remove the character or replace it with plain ASCII text.",
        pt: "O registo contém um carácter fora do US-ASCII; os registos MTA-STS têm de ser US-ASCII, por isso os remetentes rejeitam o registo.",
        pt_help: "Remova o carácter ou substitua-o por texto ASCII simples.",
    };

    // ---- Policy file (RFC 8461 3.2, 3.3) ----

    POLICY_EMPTY = Message {
        code: "mta_sts::policy-empty",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The policy file is empty; senders treat the domain as having no MTA-STS policy.",
        en_help: "Serve a policy such as:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
        pt: "O ficheiro de política está vazio; os remetentes tratam o domínio como não tendo política MTA-STS.",
        pt_help: "Sirva uma política como:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
    };

    NOT_POLICY = Message {
        code: "mta_sts::not-policy",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "This is not an MTA-STS policy file: it holds no line of the form key: value.",
        en_help: "Serve a policy such as:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
        pt: "Isto não é um ficheiro de política MTA-STS: não tem nenhuma linha da forma chave: valor.",
        pt_help: "Sirva uma política como:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
    };

    POLICY_OTHER_TYPE = Message {
        code: "mta_sts::policy-other-type",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "This is {kind} (a DNS record), not an MTA-STS policy file. The policy file is a text file served over HTTPS, not a DNS record.",
        en_help: "Serve at https://mta-sts.<domain>/.well-known/mta-sts.txt a file such as:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
        pt: "Isto é {kind} (um registo DNS), não um ficheiro de política MTA-STS. O ficheiro de política é um ficheiro de texto servido por HTTPS, não um registo DNS.",
        pt_help: "Sirva em https://mta-sts.<domínio>/.well-known/mta-sts.txt um ficheiro como:\nversion: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800",
    };

    POLICY_HTML = Message {
        code: "mta_sts::policy-html",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.3")),
        en: "This looks like an HTML page, not a policy file; web servers often send a page like this for a missing file, and senders cannot read it.",
        en_help: "Serve the policy as plain text (Content-Type: text/plain) at /.well-known/mta-sts.txt on the host mta-sts.<domain>.",
        pt: "Isto parece uma página HTML, não um ficheiro de política; os servidores web enviam muitas vezes uma página assim quando falta o ficheiro, e os remetentes não a conseguem ler.",
        pt_help: "Sirva a política como texto simples (Content-Type: text/plain) em /.well-known/mta-sts.txt no servidor mta-sts.<domínio>.",
    };

    POLICY_TOO_LARGE = Message {
        code: "mta_sts::policy-too-large",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.3")),
        en: "The policy file is {size} bytes; senders may refuse policies larger than 64 KB (65536 bytes).",
        en_help: "Keep only the version, mode, mx and max_age lines; a policy is normally a few hundred bytes.",
        pt: "O ficheiro de política tem {size} bytes; os remetentes podem recusar políticas maiores do que 64 KB (65536 bytes).",
        pt_help: "Mantenha apenas as linhas version, mode, mx e max_age; uma política tem normalmente algumas centenas de bytes.",
    };

    POLICY_BAD_LINE = Message {
        code: "mta_sts::policy-bad-line",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "This line is not of the form key: value; senders reject a policy file with a line they cannot read.",
        en_help: "Remove the line, or write it as key: value (for example mx: mail.example.com).",
        pt: "Esta linha não tem a forma chave: valor; os remetentes rejeitam um ficheiro de política com uma linha que não conseguem ler.",
        pt_help: "Remova a linha ou escreva-a como chave: valor (por exemplo mx: mail.example.com).",
    };

    POLICY_BLANK_LINE = Message {
        code: "mta_sts::policy-blank-line",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The policy file has an empty line; the policy syntax does not allow one, so strict senders reject the policy.",
        en_help: "Remove the empty line.",
        pt: "O ficheiro de política tem uma linha vazia; a sintaxe da política não o permite, por isso os remetentes rigorosos rejeitam a política.",
        pt_help: "Remova a linha vazia.",
    };

    POLICY_LEADING_SPACE = Message {
        code: "mta_sts::policy-leading-space",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "This line starts with white space; the policy syntax does not allow it, so strict senders reject the policy.",
        en_help: "Remove the white space at the start of the line.",
        pt: "Esta linha começa com espaços; a sintaxe da política não o permite, por isso os remetentes rigorosos rejeitam a política.",
        pt_help: "Remova os espaços no início da linha.",
    };

    POLICY_FIELD_CASE = Message {
        code: "mta_sts::policy-field-case",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The key {found} must be written {field} exactly (keys are case-sensitive); senders do not recognise it.",
        en_help: "Write {field}.",
        pt: "A chave {found} tem de ser escrita exatamente {field} (as chaves distinguem maiúsculas de minúsculas); os remetentes não a reconhecem.",
        pt_help: "Escreva {field}.",
    };

    POLICY_SPACE_BEFORE_COLON = Message {
        code: "mta_sts::policy-space-before-colon",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "There is white space between the key and ':'; the policy syntax does not allow it, so senders do not recognise the key.",
        en_help: "Write {field}: with no space before the colon.",
        pt: "Há espaços entre a chave e ':'; a sintaxe da política não os permite, por isso os remetentes não reconhecem a chave.",
        pt_help: "Escreva {field}: sem espaço antes dos dois pontos.",
    };

    POLICY_BAD_VERSION = Message {
        code: "mta_sts::policy-bad-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The version {value} is not supported: only STSv1 exists (case-sensitive), so senders reject the policy.",
        en_help: "Write version: STSv1",
        pt: "A versão {value} não é suportada: só existe STSv1 (com estas maiúsculas), por isso os remetentes rejeitam a política.",
        pt_help: "Escreva version: STSv1",
    };

    POLICY_MISSING_VERSION = Message {
        code: "mta_sts::policy-missing-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The policy has no version line; it is required, so senders reject the policy.",
        en_help: "Add the line: version: STSv1",
        pt: "A política não tem a linha version; é obrigatória, por isso os remetentes rejeitam a política.",
        pt_help: "Acrescente a linha: version: STSv1",
    };

    POLICY_MISSPELT_MODE = Message {
        code: "mta_sts::policy-misspelt-mode",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The mode {value} is not one of enforce, testing or none: did you mean {suggestion}? As written, senders reject the policy.",
        en_help: "Check the suggested mode and apply it: mode: {suggestion}.",
        pt: "O modo {value} não é enforce, testing nem none: queria dizer {suggestion}? Assim escrito, os remetentes rejeitam a política.",
        pt_help: "Verifique o modo sugerido e aplique-o: mode: {suggestion}.",
    };

    POLICY_BAD_MODE = Message {
        code: "mta_sts::policy-bad-mode",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The mode {value} is not one of enforce, testing or none (lower case), so senders reject the policy.",
        en_help: "Write mode: testing while you check the reports, then mode: enforce.",
        pt: "O modo {value} não é enforce, testing nem none (em minúsculas), por isso os remetentes rejeitam a política.",
        pt_help: "Escreva mode: testing enquanto verifica os relatórios e depois mode: enforce.",
    };

    POLICY_MISSING_MODE = Message {
        code: "mta_sts::policy-missing-mode",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The policy has no mode line; it is required, so senders reject the policy.",
        en_help: "Add the line: mode: testing (or mode: enforce once TLS reports are clean).",
        pt: "A política não tem a linha mode; é obrigatória, por isso os remetentes rejeitam a política.",
        pt_help: "Acrescente a linha: mode: testing (ou mode: enforce quando os relatórios TLS estiverem limpos).",
    };

    POLICY_BAD_MAX_AGE = Message {
        code: "mta_sts::policy-bad-max-age",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The max_age {value} is not a whole number of seconds of at most 10 digits, so senders reject the policy.",
        en_help: "Write a number of seconds, for example max_age: 604800 (one week).",
        pt: "O max_age {value} não é um número inteiro de segundos com até 10 algarismos, por isso os remetentes rejeitam a política.",
        pt_help: "Escreva um número de segundos, por exemplo max_age: 604800 (uma semana).",
    };

    POLICY_MAX_AGE_TOO_LARGE = Message {
        code: "mta_sts::policy-max-age-too-large",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The max_age {value} is above the maximum of 31557600 seconds (one year), so senders reject the policy.",
        en_help: "Write max_age: 31557600 or less.",
        pt: "O max_age {value} é superior ao máximo de 31557600 segundos (um ano), por isso os remetentes rejeitam a política.",
        pt_help: "Escreva max_age: 31557600 ou menos.",
    };

    POLICY_MISSING_MAX_AGE = Message {
        code: "mta_sts::policy-missing-max-age",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The policy has no max_age line; it is required, so senders reject the policy.",
        en_help: "Add the line: max_age: 604800 (one week) or more.",
        pt: "A política não tem a linha max_age; é obrigatória, por isso os remetentes rejeitam a política.",
        pt_help: "Acrescente a linha: max_age: 604800 (uma semana) ou mais.",
    };

    POLICY_BAD_MX = Message {
        code: "mta_sts::policy-bad-mx",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The mx pattern {value} is not a host name (letters, digits and inner hyphens, separated by dots); senders cannot match it.",
        en_help: "Write the MX host name as in your MX records, for example mx: mail.example.com",
        pt: "O padrão mx {value} não é um nome de servidor (letras, algarismos e hífenes interiores, separados por pontos); os remetentes não o conseguem comparar.",
        pt_help: "Escreva o nome do servidor MX tal como nos registos MX, por exemplo mx: mail.example.com",
    };

    POLICY_MX_WILDCARD = Message {
        code: "mta_sts::policy-mx-wildcard",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "4.1")),
        en: "In the mx pattern {value}, '*' may only stand alone as the whole leftmost label, as in *.example.net; senders cannot match this pattern.",
        en_help: "Use a pattern such as *.example.net, or list each MX host on its own mx: line.",
        pt: "No padrão mx {value}, o '*' só pode aparecer sozinho como etiqueta mais à esquerda, como em *.example.net; os remetentes não conseguem comparar este padrão.",
        pt_help: "Use um padrão como *.example.net ou indique cada servidor MX na sua própria linha mx:.",
    };

    POLICY_MX_NOT_ASCII = Message {
        code: "mta_sts::policy-mx-non-ascii",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The mx pattern {value} holds non-ASCII characters; internationalised names must be written in their xn-- (A-label) form.",
        en_help: "Write the name in its xn-- (punycode) form.",
        pt: "O padrão mx {value} contém caracteres não ASCII; os nomes internacionalizados têm de ser escritos na forma xn-- (A-label).",
        pt_help: "Escreva o nome na forma xn-- (punycode).",
    };

    POLICY_MX_TRAILING_DOT = Message {
        code: "mta_sts::policy-mx-trailing-dot",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The mx pattern {value} ends with a dot; the policy syntax does not allow it, so senders may fail to match your MX hosts.",
        en_help: "Remove the final dot.",
        pt: "O padrão mx {value} termina com um ponto; a sintaxe da política não o permite, por isso os remetentes podem não reconhecer os seus servidores MX.",
        pt_help: "Remova o ponto final.",
    };

    POLICY_MISSING_MX = Message {
        code: "mta_sts::policy-missing-mx",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The mode is {mode} but no mx line lists the MX hosts; senders reject the policy.",
        en_help: "Add one mx line per MX host, for example mx: mail.example.com",
        pt: "O modo é {mode} mas nenhuma linha mx indica os servidores MX; os remetentes rejeitam a política.",
        pt_help: "Acrescente uma linha mx por servidor MX, por exemplo mx: mail.example.com",
    };

    POLICY_DUPLICATE_FIELD = Message {
        code: "mta_sts::policy-duplicate-field",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The key {field} appears more than once; senders use the first and ignore this line.",
        en_help: "Keep a single {field} line.",
        pt: "A chave {field} aparece mais de uma vez; os remetentes usam a primeira e ignoram esta linha.",
        pt_help: "Mantenha uma só linha {field}.",
    };

    POLICY_DUPLICATE_MX = Message {
        code: "mta_sts::policy-duplicate-mx",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The mx pattern {value} is listed twice; the repeat does nothing.",
        en_help: "Remove the repeated line.",
        pt: "O padrão mx {value} aparece duas vezes; a repetição não tem efeito.",
        pt_help: "Remova a linha repetida.",
    };

    POLICY_UNKNOWN_FIELD = Message {
        code: "mta_sts::policy-unknown-field",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The key {field} is not defined by MTA-STS version 1; senders ignore it.",
        en_help: "Nothing to do if you added it on purpose; otherwise check its spelling.",
        pt: "A chave {field} não está definida na versão 1 do MTA-STS; os remetentes ignoram-na.",
        pt_help: "Nada a fazer se a acrescentou de propósito; caso contrário, verifique como está escrita.",
    };

    POLICY_BAD_EXT_NAME = Message {
        code: "mta_sts::policy-bad-extension-name",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The key {name} is not valid: keys are 1 to 32 letters, digits, '_', '-' or '.', starting with a letter or digit. Strict senders reject the policy.",
        en_help: "Remove this line or correct the key.",
        pt: "A chave {name} não é válida: as chaves têm entre 1 e 32 letras, algarismos, '_', '-' ou '.', começando por letra ou algarismo. Os remetentes rigorosos rejeitam a política.",
        pt_help: "Remova esta linha ou corrija a chave.",
    };

    POLICY_BAD_EXT_VALUE = Message {
        code: "mta_sts::policy-bad-extension-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The value of {name} is empty or holds a control character; strict senders reject the policy.",
        en_help: "Remove this line or give it a value.",
        pt: "O valor de {name} está vazio ou contém um carácter de controlo; os remetentes rigorosos rejeitam a política.",
        pt_help: "Remova esta linha ou dê-lhe um valor.",
    };

    POLICY_LF_ENDINGS = Message {
        code: "mta_sts::policy-lf-endings",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "Lines end with LF alone; the RFC describes CRLF-separated lines but its syntax accepts LF too, so senders read this file.",
        en_help: "Nothing to do; Selo's generator writes CRLF line endings.",
        pt: "As linhas terminam só com LF; o RFC descreve linhas separadas por CRLF, mas a sintaxe também aceita LF, por isso os remetentes leem este ficheiro.",
        pt_help: "Nada a fazer; o gerador do Selo escreve finais de linha CRLF.",
    };

    // ---- Advice (lint) ----

    SHORT_MAX_AGE = Message {
        code: "mta_sts::short-max-age",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8461, "3.2")),
        en: "The max_age of {value} seconds is under one day; a short cache lets an attacker who blocks the policy fetch strip TLS soon after, and the RFC expects weeks or more.",
        en_help: "Once the policy works, use max_age: 604800 (one week) up to 31557600 (one year).",
        pt: "O max_age de {value} segundos é inferior a um dia; uma cache curta permite que um atacante que bloqueie a obtenção da política retire o TLS pouco depois, e o RFC espera semanas ou mais.",
        pt_help: "Quando a política funcionar, use max_age: 604800 (uma semana) até 31557600 (um ano).",
    };

    MODE_TESTING = Message {
        code: "mta_sts::testing-mode",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8461, "5")),
        en: "The policy is in testing mode: TLS reports show delivery failures but senders still deliver, so mail is not yet protected. Avoid staying in testing forever.",
        en_help: "Once your TLS reports show no failures, switch to mode: enforce (and change the id in the _mta-sts record).",
        pt: "A política está em modo de teste: os relatórios TLS mostram as falhas de entrega, mas os remetentes entregam na mesma, por isso o correio ainda não está protegido. Evite ficar em modo de teste para sempre.",
        pt_help: "Quando os relatórios TLS não mostrarem falhas, mude para mode: enforce (e altere o id no registo _mta-sts).",
    };

    PUBLISH_TLS_RPT = Message {
        code: "mta_sts::publish-tls-rpt",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8461, "5")),
        en: "In enforce mode, senders hold back mail they cannot deliver securely; without a TLS-RPT record you do not learn about these failures.",
        en_help: "Publish a TLS-RPT record at _smtp._tls.<domain>, for example: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
        pt: "Em modo de aplicação (enforce), os remetentes retêm o correio que não conseguem entregar em segurança; sem um registo TLS-RPT não fica a saber destas falhas.",
        pt_help: "Publique um registo TLS-RPT em _smtp._tls.<domínio>, por exemplo: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    };

    MODE_NONE = Message {
        code: "mta_sts::mode-none",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8461, "5")),
        en: "Mode none tells senders that the domain has no MTA-STS policy; it is used to withdraw a policy safely.",
        en_help: "To protect mail, use mode: testing, then mode: enforce. To withdraw MTA-STS, keep serving this file until the old max_age has passed, then remove the _mta-sts record.",
        pt: "O modo none indica aos remetentes que o domínio não tem política MTA-STS; serve para retirar uma política em segurança.",
        pt_help: "Para proteger o correio, use mode: testing e depois mode: enforce. Para retirar o MTA-STS, continue a servir este ficheiro até passar o max_age anterior e depois remova o registo _mta-sts.",
    };
}
