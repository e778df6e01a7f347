//! The findings the TLS-RPT parser emits.

use crate::{Message, Severity, SpecRef};

macro_rules! msg {
    ($name:ident, $code:literal, $sev:ident, $sec:literal, $en:literal, $en_help:literal, $pt:literal, $pt_help:literal) => {
        pub(crate) static $name: Message = Message {
            code: $code,
            severity: Severity::$sev,
            spec: Some(SpecRef::rfc(8460, $sec)),
            en: $en,
            en_help: $en_help,
            pt: $pt,
            pt_help: $pt_help,
        };
    };
}

msg!(
    NOT_TLSRPT,
    "tls_rpt::not-tlsrpt",
    Error,
    "3",
    "This is not a TLS-RPT record: a TLS-RPT record starts with v=TLSRPTv1, and senders discard TXT records at _smtp._tls that do not.",
    "Publish a record such as: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    "Isto não é um registo TLS-RPT: um registo TLS-RPT começa por v=TLSRPTv1, e os remetentes descartam os registos TXT em _smtp._tls que não começam assim.",
    "Publique um registo como: v=TLSRPTv1; rua=mailto:tlsrpt@example.com"
);
msg!(
    OTHER_TYPE,
    "tls_rpt::other-type",
    Error,
    "3",
    "This is {kind}, not a TLS-RPT record; senders looking for TLS-RPT ignore it.",
    "Publish that record at its own name, and publish at _smtp._tls.<domain> a record such as: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    "Isto é {kind}, não um registo TLS-RPT; os remetentes que procuram TLS-RPT ignoram-no.",
    "Publique esse registo no nome próprio e publique em _smtp._tls.<domínio> um registo como: v=TLSRPTv1; rua=mailto:tlsrpt@example.com"
);
msg!(
    BAD_VERSION,
    "tls_rpt::bad-version",
    Error,
    "3",
    "The version {value} is not supported: only v=TLSRPTv1 exists, and senders discard any other record.",
    "Start the record with v=TLSRPTv1.",
    "A versão {value} não é suportada: só existe v=TLSRPTv1, e os remetentes descartam qualquer outro registo.",
    "Comece o registo por v=TLSRPTv1."
);
msg!(
    VERSION_CASE,
    "tls_rpt::version-case",
    Error,
    "3",
    "The version must be written exactly v=TLSRPTv1 (the RFC makes it case-sensitive); strict senders discard this record.",
    "Write v=TLSRPTv1.",
    "A versão tem de ser escrita exatamente v=TLSRPTv1 (o RFC distingue maiúsculas de minúsculas); os remetentes rigorosos descartam este registo.",
    "Escreva v=TLSRPTv1."
);
msg!(
    VERSION_NOT_FIRST,
    "tls_rpt::version-not-first",
    Error,
    "3",
    "v=TLSRPTv1 is not the first tag; senders discard TLS-RPT records that do not begin with v=TLSRPTv1.",
    "Move v=TLSRPTv1 to the start of the record.",
    "v=TLSRPTv1 não é a primeira etiqueta; os remetentes descartam os registos TLS-RPT que não começam por v=TLSRPTv1.",
    "Mova v=TLSRPTv1 para o início do registo."
);
msg!(
    MISSING_RUA,
    "tls_rpt::missing-rua",
    Error,
    "3",
    "The record has no rua= tag; it is required, so senders send no TLS reports.",
    "Add where to send reports, for example: v=TLSRPTv1; rua=mailto:tlsrpt@example.com",
    "O registo não tem a etiqueta rua=; é obrigatória, por isso os remetentes não enviam relatórios TLS.",
    "Indique para onde enviar os relatórios, por exemplo: v=TLSRPTv1; rua=mailto:tlsrpt@example.com"
);
msg!(
    EMPTY_RUA,
    "tls_rpt::empty-rua",
    Error,
    "3",
    "The rua= tag is empty, so senders have nowhere to send TLS reports.",
    "Give at least one address, for example: rua=mailto:tlsrpt@example.com",
    "A etiqueta rua= está vazia, por isso os remetentes não têm para onde enviar os relatórios TLS.",
    "Indique pelo menos um endereço, por exemplo: rua=mailto:tlsrpt@example.com"
);
msg!(
    EMPTY_URI,
    "tls_rpt::empty-uri",
    Error,
    "3",
    "There is an empty entry between commas in rua=; strict senders reject the record.",
    "Remove the extra comma.",
    "Há uma entrada vazia entre vírgulas em rua=; os remetentes rigorosos rejeitam o registo.",
    "Remova a vírgula a mais."
);
msg!(
    BAD_SCHEME,
    "tls_rpt::bad-scheme",
    Error,
    "3",
    "The report address {uri} does not start with mailto: or https:, the only two schemes TLS-RPT supports; senders cannot send reports there.",
    "Write mailto:name@example.com or https://host/path. Separate addresses with commas; a comma that belongs to an address must be written %2C.",
    "O endereço de relatórios {uri} não começa por mailto: nem https:, os dois únicos esquemas que o TLS-RPT suporta; os remetentes não conseguem enviar relatórios para lá.",
    "Escreva mailto:nome@example.com ou https://servidor/caminho. Separe os endereços com vírgulas; uma vírgula que faça parte de um endereço tem de ser escrita %2C."
);
msg!(
    BAD_MAILTO,
    "tls_rpt::bad-mailto",
    Error,
    "3",
    "The address {uri} is not a valid mailto: URI of the form mailto:name@domain; senders cannot send reports there.",
    "Write it as mailto:name@example.com",
    "O endereço {uri} não é um URI mailto: válido da forma mailto:nome@domínio; os remetentes não conseguem enviar relatórios para lá.",
    "Escreva-o como mailto:nome@example.com"
);
msg!(
    BAD_HTTPS,
    "tls_rpt::bad-https",
    Error,
    "3",
    "The address {uri} is not a valid https: URL with a host name; senders cannot post reports there.",
    "Write it as https://host.example.com/path",
    "O endereço {uri} não é um URL https: válido com nome de servidor; os remetentes não conseguem enviar relatórios para lá.",
    "Escreva-o como https://servidor.example.com/caminho"
);
msg!(
    UNENCODED,
    "tls_rpt::unencoded",
    Error,
    "3",
    "The address {uri} holds the character {char}, which must be percent-encoded in a URI (commas, '!' and ';' in particular); senders misread the address.",
    "Write the character percent-encoded (',' is %2C, '!' is %21, ';' is %3B, a space is %20), or remove it.",
    "O endereço {uri} contém o carácter {char}, que tem de ser codificado com percentagem num URI (em particular vírgulas, '!' e ';'); os remetentes leem mal o endereço.",
    "Escreva o carácter codificado (',' é %2C, '!' é %21, ';' é %3B, um espaço é %20) ou remova-o."
);
msg!(
    REPEATED_RUA,
    "tls_rpt::repeated-rua",
    Warning,
    "3",
    "The rua= tag appears more than once; the RFC defines a single rua= tag with a comma-separated list, and some senders read only the first.",
    "Put every address in one tag: rua=first,second",
    "A etiqueta rua= aparece mais de uma vez; o RFC define uma única etiqueta rua= com uma lista separada por vírgulas, e alguns remetentes só leem a primeira.",
    "Coloque todos os endereços numa só etiqueta: rua=primeiro,segundo"
);
msg!(
    DUPLICATE_URI,
    "tls_rpt::duplicate-uri",
    Warning,
    "3",
    "The address {uri} is listed twice; senders may send each report twice.",
    "Remove the repeated address.",
    "O endereço {uri} aparece duas vezes; os remetentes podem enviar cada relatório duas vezes.",
    "Remova o endereço repetido."
);
msg!(
    TAG_CASE,
    "tls_rpt::tag-case",
    Error,
    "3",
    "The tag {found}= must be written {tag}= in lower case; strict senders do not recognise it.",
    "Write {tag}= in lower case.",
    "A etiqueta {found}= tem de ser escrita {tag}= em minúsculas; os remetentes rigorosos não a reconhecem.",
    "Escreva {tag}= em minúsculas."
);
msg!(
    DUPLICATE_TAG,
    "tls_rpt::duplicate-tag",
    Error,
    "3",
    "The tag {tag}= appears more than once; senders use the first and ignore this one.",
    "Keep a single {tag}= tag.",
    "A etiqueta {tag}= aparece mais de uma vez; os remetentes usam a primeira e ignoram esta.",
    "Mantenha uma só etiqueta {tag}=."
);
msg!(
    BAD_EXT_NAME,
    "tls_rpt::bad-extension-name",
    Error,
    "3",
    "The tag name {name} is not valid: tag names are 1 to 32 letters, digits, '_', '-' or '.', starting with a letter or digit. Strict senders reject the whole record.",
    "Remove this tag or correct its name.",
    "O nome de etiqueta {name} não é válido: os nomes têm entre 1 e 32 letras, algarismos, '_', '-' ou '.', começando por letra ou algarismo. Os remetentes rigorosos rejeitam o registo inteiro.",
    "Remova esta etiqueta ou corrija o nome."
);
msg!(
    BAD_EXT_VALUE,
    "tls_rpt::bad-extension-value",
    Error,
    "3",
    "The value of {name}= is empty or holds a space, '=', ';' or a control character, which the record syntax forbids; strict senders reject the whole record.",
    "Remove this tag or give it a value without those characters.",
    "O valor de {name}= está vazio ou contém um espaço, '=', ';' ou um carácter de controlo, o que a sintaxe do registo proíbe; os remetentes rigorosos rejeitam o registo inteiro.",
    "Remova esta etiqueta ou dê-lhe um valor sem esses caracteres."
);
msg!(
    UNKNOWN_TAG,
    "tls_rpt::unknown-tag",
    Info,
    "3",
    "The tag {tag}= is not defined by TLS-RPT version 1; senders ignore it.",
    "Nothing to do if you added it on purpose; otherwise check its spelling.",
    "A etiqueta {tag}= não está definida na versão 1 do TLS-RPT; os remetentes ignoram-na.",
    "Nada a fazer se a acrescentou de propósito; caso contrário, verifique como está escrita."
);
msg!(
    NO_EQUALS,
    "tls_rpt::no-equals",
    Error,
    "3",
    "The text {text} is not a tag=value pair; strict senders reject the whole record.",
    "Remove it, or write it as name=value.",
    "O texto {text} não é um par etiqueta=valor; os remetentes rigorosos rejeitam o registo inteiro.",
    "Remova-o ou escreva-o como nome=valor."
);
msg!(
    SPACE_AROUND_EQUALS,
    "tls_rpt::space-around-equals",
    Error,
    "3",
    "There is white space around '='; the record syntax does not allow it, so strict senders reject the record.",
    "Remove the spaces: write {tag}={value}.",
    "Há espaços à volta de '='; a sintaxe do registo não os permite, por isso os remetentes rigorosos rejeitam o registo.",
    "Remova os espaços: escreva {tag}={value}."
);
msg!(
    EMPTY_FIELD,
    "tls_rpt::empty-field",
    Error,
    "3",
    "Two ';' follow each other with nothing between them; the record syntax does not allow it, so strict senders reject the record.",
    "Remove the extra ';'.",
    "Há dois ';' seguidos sem nada entre eles; a sintaxe do registo não o permite, por isso os remetentes rigorosos rejeitam o registo.",
    "Remova o ';' a mais."
);
msg!(
    OUTER_SPACE,
    "tls_rpt::outer-space",
    Warning,
    "3",
    "The record starts or ends with white space outside a ';' separator; the record syntax does not allow it, and a strict sender may reject the record.",
    "Remove the white space at the start and end of the record.",
    "O registo começa ou termina com espaços fora de um separador ';'; a sintaxe do registo não o permite, e um remetente rigoroso pode rejeitar o registo.",
    "Remova os espaços no início e no fim do registo."
);
msg!(
    NOT_ASCII,
    "tls_rpt::not-ascii",
    Error,
    "3",
    "The record holds a character outside US-ASCII, which a URI or tag cannot hold; senders reject the record.",
    "Remove the character, or percent-encode it inside an address.",
    "O registo contém um carácter fora do US-ASCII, que um URI ou etiqueta não pode conter; os remetentes rejeitam o registo.",
    "Remova o carácter ou codifique-o com percentagem dentro de um endereço."
);

/// Every message this module can emit.
pub static MESSAGES: &[&Message] = &[
    &NOT_TLSRPT,
    &OTHER_TYPE,
    &BAD_VERSION,
    &VERSION_CASE,
    &VERSION_NOT_FIRST,
    &MISSING_RUA,
    &EMPTY_RUA,
    &EMPTY_URI,
    &BAD_SCHEME,
    &BAD_MAILTO,
    &BAD_HTTPS,
    &UNENCODED,
    &REPEATED_RUA,
    &DUPLICATE_URI,
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
];
