//! The findings the TLS-RPT parser emits.

use crate::{Severity, SpecRef};

crate::diagnostic::catalogue! {
    WRONG_OWNER = Message {
        code: "tls_rpt::wrong-owner",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "This line publishes the TLS-RPT record at {owner}, but senders look for it only at _smtp._tls.<domain>: at {owner} it is never read, and no reports are sent.",
        en_help: "Publish the record at _smtp._tls. followed by the domain (for example.com: _smtp._tls.example.com).",
        pt: "Esta linha publica o registo TLS-RPT em {owner}, mas os remetentes só o procuram em _smtp._tls.<domínio>: em {owner} nunca é lido e não são enviados relatórios.",
        pt_help: "Publique o registo em _smtp._tls. seguido do domínio (para example.com: _smtp._tls.example.com).",
    };

    NOT_TLSRPT = Message {
        code: "tls_rpt::not-tlsrpt",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "This is not a TLS-RPT record: a TLS-RPT record starts with v=TLSRPTv1, and senders discard TXT records at _smtp._tls that do not.",
        en_help: "Publish a record such as: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
        pt: "Isto não é um registo TLS-RPT: um registo TLS-RPT começa por v=TLSRPTv1, e os remetentes descartam os registos TXT em _smtp._tls que não começam assim.",
        pt_help: "Publique um registo como: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    };

    OTHER_TYPE = Message {
        code: "tls_rpt::other-type",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "This is {kind}, not a TLS-RPT record; senders looking for TLS-RPT ignore it.",
        en_help: "Publish that record at its own name, and publish at _smtp._tls.<domain> a record such as: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
        pt: "Isto é {kind}, não um registo TLS-RPT; os remetentes que procuram TLS-RPT ignoram-no.",
        pt_help: "Publique esse registo no nome próprio e publique em _smtp._tls.<domínio> um registo como: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    };

    BAD_VERSION = Message {
        code: "tls_rpt::bad-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The version {value} is not supported: only v=TLSRPTv1 exists, and senders discard any other record.",
        en_help: "Start the record with v=TLSRPTv1.",
        pt: "A versão {value} não é suportada: só existe v=TLSRPTv1, e os remetentes descartam qualquer outro registo.",
        pt_help: "Comece o registo por v=TLSRPTv1.",
    };

    VERSION_CASE = Message {
        code: "tls_rpt::version-case",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The version must be written exactly v=TLSRPTv1 (the RFC makes it case-sensitive); strict senders discard this record.",
        en_help: "Write v=TLSRPTv1.",
        pt: "A versão tem de ser escrita exatamente v=TLSRPTv1 (o RFC distingue maiúsculas de minúsculas); os remetentes rigorosos descartam este registo.",
        pt_help: "Escreva v=TLSRPTv1.",
    };

    VERSION_NOT_FIRST = Message {
        code: "tls_rpt::version-not-first",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "v=TLSRPTv1 is not the first tag; senders discard TLS-RPT records that do not begin with v=TLSRPTv1.",
        en_help: "Move v=TLSRPTv1 to the start of the record.",
        pt: "v=TLSRPTv1 não é a primeira etiqueta; os remetentes descartam os registos TLS-RPT que não começam por v=TLSRPTv1.",
        pt_help: "Mova v=TLSRPTv1 para o início do registo.",
    };

    MISSING_RUA = Message {
        code: "tls_rpt::missing-rua",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The record has no rua= tag; it is required, so senders send no TLS reports.",
        en_help: "Add where to send reports, for example: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
        pt: "O registo não tem a etiqueta rua=; é obrigatória, por isso os remetentes não enviam relatórios TLS.",
        pt_help: "Indique para onde enviar os relatórios, por exemplo: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    };

    EMPTY_RUA = Message {
        code: "tls_rpt::empty-rua",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The rua= tag is empty, so senders have nowhere to send TLS reports.",
        en_help: "Give at least one address, for example: rua=mailto:tlsrpt@example.com",
        pt: "A etiqueta rua= está vazia, por isso os remetentes não têm para onde enviar os relatórios TLS.",
        pt_help: "Indique pelo menos um endereço, por exemplo: rua=mailto:tlsrpt@example.com",
    };

    EMPTY_URI = Message {
        code: "tls_rpt::empty-uri",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "There is an empty entry between commas in rua=; strict senders reject the record.",
        en_help: "Remove the extra comma.",
        pt: "Há uma entrada vazia entre vírgulas em rua=; os remetentes rigorosos rejeitam o registo.",
        pt_help: "Remova a vírgula a mais.",
    };

    BAD_SCHEME = Message {
        code: "tls_rpt::bad-scheme",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The report address {uri} does not start with mailto: or https:, the only two schemes TLS-RPT supports; senders cannot send reports there.",
        en_help: "Write mailto:name@example.com or https://host/path. Separate addresses with commas; a comma that belongs to an address must be written %2C.",
        pt: "O endereço de relatórios {uri} não começa por mailto: nem https:, os dois únicos esquemas que o TLS-RPT suporta; os remetentes não conseguem enviar relatórios para lá.",
        pt_help: "Escreva mailto:nome@example.com ou https://servidor/caminho. Separe os endereços com vírgulas; uma vírgula que faça parte de um endereço tem de ser escrita %2C.",
    };

    BAD_MAILTO = Message {
        code: "tls_rpt::bad-mailto",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The address {uri} is not a valid mailto: URI of the form mailto:name@domain; senders cannot send reports there.",
        en_help: "Write it as mailto:name@example.com",
        pt: "O endereço {uri} não é um URI mailto: válido da forma mailto:nome@domínio; os remetentes não conseguem enviar relatórios para lá.",
        pt_help: "Escreva-o como mailto:nome@example.com",
    };

    BAD_HTTPS = Message {
        code: "tls_rpt::bad-https",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The address {uri} is not a valid https: URL with a host name; senders cannot post reports there.",
        en_help: "Write it as https://host.example.com/path",
        pt: "O endereço {uri} não é um URL https: válido com nome de servidor; os remetentes não conseguem enviar relatórios para lá.",
        pt_help: "Escreva-o como https://servidor.example.com/caminho",
    };

    UNENCODED = Message {
        code: "tls_rpt::unencoded",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The address {uri} holds the character {char}, which must be percent-encoded in a URI (commas, '!' and ';' in particular); senders misread the address.",
        en_help: "Write the character percent-encoded (',' is %2C, '!' is %21, ';' is %3B, a space is %20), or remove it.",
        pt: "O endereço {uri} contém o carácter {char}, que tem de ser codificado com percentagem num URI (em particular vírgulas, '!' e ';'); os remetentes leem mal o endereço.",
        pt_help: "Escreva o carácter codificado (',' é %2C, '!' é %21, ';' é %3B, um espaço é %20) ou remova-o.",
    };

    REPEATED_RUA = Message {
        code: "tls_rpt::repeated-rua",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The rua= tag appears more than once; the RFC defines a single rua= tag with a comma-separated list, and some senders read only the first.",
        en_help: "Put every address in one tag: rua=first,second",
        pt: "A etiqueta rua= aparece mais de uma vez; o RFC define uma única etiqueta rua= com uma lista separada por vírgulas, e alguns remetentes só leem a primeira.",
        pt_help: "Coloque todos os endereços numa só etiqueta: rua=primeiro,segundo",
    };

    DUPLICATE_URI = Message {
        code: "tls_rpt::duplicate-uri",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The address {uri} is listed twice; senders may send each report twice.",
        en_help: "Remove the repeated address.",
        pt: "O endereço {uri} aparece duas vezes; os remetentes podem enviar cada relatório duas vezes.",
        pt_help: "Remova o endereço repetido.",
    };

    TAG_CASE = Message {
        code: "tls_rpt::tag-case",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The tag {found}= must be written {tag}= in lower case; strict senders do not recognise it.",
        en_help: "Write {tag}= in lower case.",
        pt: "A etiqueta {found}= tem de ser escrita {tag}= em minúsculas; os remetentes rigorosos não a reconhecem.",
        pt_help: "Escreva {tag}= em minúsculas.",
    };

    DUPLICATE_TAG = Message {
        code: "tls_rpt::duplicate-tag",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The tag {tag}= appears more than once; senders use the first and ignore this one.",
        en_help: "Keep a single {tag}= tag.",
        pt: "A etiqueta {tag}= aparece mais de uma vez; os remetentes usam a primeira e ignoram esta.",
        pt_help: "Mantenha uma só etiqueta {tag}=.",
    };

    BAD_EXT_NAME = Message {
        code: "tls_rpt::bad-extension-name",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The tag name {name} is not valid: tag names are 1 to 32 letters, digits, '_', '-' or '.', starting with a letter or digit. Strict senders reject the whole record.",
        en_help: "Remove this tag or correct its name.",
        pt: "O nome de etiqueta {name} não é válido: os nomes têm entre 1 e 32 letras, algarismos, '_', '-' ou '.', começando por letra ou algarismo. Os remetentes rigorosos rejeitam o registo inteiro.",
        pt_help: "Remova esta etiqueta ou corrija o nome.",
    };

    BAD_EXT_VALUE = Message {
        code: "tls_rpt::bad-extension-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The value of {name}= is empty or holds a space, '=', ';' or a control character, which the record syntax forbids; strict senders reject the whole record.",
        en_help: "Remove this tag or give it a value without those characters.",
        pt: "O valor de {name}= está vazio ou contém um espaço, '=', ';' ou um carácter de controlo, o que a sintaxe do registo proíbe; os remetentes rigorosos rejeitam o registo inteiro.",
        pt_help: "Remova esta etiqueta ou dê-lhe um valor sem esses caracteres.",
    };

    UNKNOWN_TAG = Message {
        code: "tls_rpt::unknown-tag",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The tag {tag}= is not defined by TLS-RPT version 1; senders ignore it.",
        en_help: "Nothing to do if you added it on purpose; otherwise check its spelling.",
        pt: "A etiqueta {tag}= não está definida na versão 1 do TLS-RPT; os remetentes ignoram-na.",
        pt_help: "Nada a fazer se a acrescentou de propósito; caso contrário, verifique como está escrita.",
    };

    NO_EQUALS = Message {
        code: "tls_rpt::missing-equals",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The text {text} is not a tag=value pair; strict senders reject the whole record.",
        en_help: "Remove it, or write it as name=value.",
        pt: "O texto {text} não é um par etiqueta=valor; os remetentes rigorosos rejeitam o registo inteiro.",
        pt_help: "Remova-o ou escreva-o como nome=valor.",
    };

    SPACE_AROUND_EQUALS = Message {
        code: "tls_rpt::space-around-equals",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "There is white space around '='; the record syntax does not allow it, so strict senders reject the record.",
        en_help: "Remove the spaces: write {tag}={value}.",
        pt: "Há espaços à volta de '='; a sintaxe do registo não os permite, por isso os remetentes rigorosos rejeitam o registo.",
        pt_help: "Remova os espaços: escreva {tag}={value}.",
    };

    EMPTY_FIELD = Message {
        code: "tls_rpt::empty-tag",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "Two ';' follow each other with nothing between them; the record syntax does not allow it, so strict senders reject the record.",
        en_help: "Remove the extra ';'.",
        pt: "Há dois ';' seguidos sem nada entre eles; a sintaxe do registo não o permite, por isso os remetentes rigorosos rejeitam o registo.",
        pt_help: "Remova o ';' a mais.",
    };

    OUTER_SPACE = Message {
        code: "tls_rpt::outer-space",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The record starts or ends with white space outside a ';' separator; the record syntax does not allow it, and a strict sender may reject the record.",
        en_help: "Remove the white space at the start and end of the record.",
        pt: "O registo começa ou termina com espaços fora de um separador ';'; a sintaxe do registo não o permite, e um remetente rigoroso pode rejeitar o registo.",
        pt_help: "Remova os espaços no início e no fim do registo.",
    };

    NOT_ASCII = Message {
        code: "tls_rpt::non-ascii",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8460, "3")),
        en: "The record holds a character outside US-ASCII, which a URI or tag cannot hold; senders reject the record.",
        en_help: "Remove the character, or percent-encode it inside an address.",
        pt: "O registo contém um carácter fora do US-ASCII, que um URI ou etiqueta não pode conter; os remetentes rejeitam o registo.",
        pt_help: "Remova o carácter ou codifique-o com percentagem dentro de um endereço.",
    };
}
