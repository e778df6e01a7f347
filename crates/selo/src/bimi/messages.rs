//! The message templates of the BIMI module.

use crate::{Severity, SpecRef};

const NAME: &str = "draft-brand-indicators-for-message-identification";

crate::diagnostic::catalogue! {
    WRONG_OWNER = Message {
        code: "bimi::wrong-owner",
        severity: Severity::Warning,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "This line publishes the BIMI record at {owner}, but mailbox providers look for it only at <selector>._bimi.<domain> (default._bimi.<domain> unless your mail names another selector): at {owner} it is never found.",
        en_help: "Publish the record at default._bimi. followed by the domain (for example.com: default._bimi.example.com).",
        pt: "Esta linha publica o registo BIMI em {owner}, mas os fornecedores de correio só o procuram em <seletor>._bimi.<domínio> (default._bimi.<domínio>, salvo se o seu correio indicar outro seletor): em {owner} nunca é encontrado.",
        pt_help: "Publique o registo em default._bimi. seguido do domínio (para example.com: default._bimi.example.com).",
    };

    EMPTY = Message {
        code: "bimi::empty",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The record is empty, so mailbox providers find no BIMI assertion and show no logo.",
        en_help: "Publish v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem (with your own URLs).",
        pt: "O registo está vazio, por isso os fornecedores de caixas de correio não encontram nenhuma declaração BIMI e não mostram nenhum logótipo.",
        pt_help: "Publique v=BIMI1; l=https://exemplo.pt/logo.svg; a=https://exemplo.pt/vmc.pem (com os seus próprios URL).",
    };

    WRONG_TYPE = Message {
        code: "bimi::other-type",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "This is {kind}, not a BIMI record.",
        en_help: "Check the DNS name: a BIMI record is published at default._bimi.<domain>; that record belongs at another name.",
        pt: "Isto é {kind}, não um registo BIMI.",
        pt_help: "Verifique o nome DNS: um registo BIMI é publicado em default._bimi.<domínio>; esse registo pertence a outro nome.",
    };

    MISSING_VERSION = Message {
        code: "bimi::missing-version",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The record does not start with v=BIMI1, so mailbox providers ignore it entirely.",
        en_help: "Start the record with v=BIMI1; for example v=BIMI1; l=https://example.com/logo.svg",
        pt: "O registo não começa por v=BIMI1, por isso os fornecedores de caixas de correio ignoram-no por completo.",
        pt_help: "Comece o registo por v=BIMI1; por exemplo v=BIMI1; l=https://exemplo.pt/logo.svg",
    };

    VERSION_NOT_FIRST = Message {
        code: "bimi::version-not-first",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "v=BIMI1 must be the first tag; mailbox providers ignore the record otherwise.",
        en_help: "Move v=BIMI1 to the start of the record.",
        pt: "v=BIMI1 tem de ser a primeira etiqueta; caso contrário, os fornecedores de caixas de correio ignoram o registo.",
        pt_help: "Coloque v=BIMI1 no início do registo.",
    };

    BAD_VERSION = Message {
        code: "bimi::bad-version",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The version is \"{value}\", but it must be exactly BIMI1: mailbox providers ignore the record otherwise.",
        en_help: "Write v=BIMI1.",
        pt: "A versão é \"{value}\", mas tem de ser exatamente BIMI1: caso contrário, os fornecedores de caixas de correio ignoram o registo.",
        pt_help: "Escreva v=BIMI1.",
    };

    MISSING_L = Message {
        code: "bimi::missing-l",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The record has no l= tag, which is required: it gives the logo's location, or declines to show a logo when empty.",
        en_help: "Add l=https://example.com/logo.svg (your logo's HTTPS address), or l= to decline.",
        pt: "O registo não tem a etiqueta l=, que é obrigatória: indica a localização do logótipo, ou recusa mostrar um logótipo quando vazia.",
        pt_help: "Acrescente l=https://exemplo.pt/logo.svg (o endereço HTTPS do seu logótipo), ou l= para recusar.",
    };

    NOT_HTTPS = Message {
        code: "bimi::bad-scheme",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The {tag}= address does not use HTTPS; BIMI only accepts https:// URLs, so mailbox providers ignore it.",
        en_help: "Serve the file over HTTPS and write {tag}=https://...",
        pt: "O endereço de {tag}= não usa HTTPS; o BIMI só aceita URL https://, por isso os fornecedores de caixas de correio ignoram-no.",
        pt_help: "Sirva o ficheiro por HTTPS e escreva {tag}=https://...",
    };

    BAD_URI = Message {
        code: "bimi::bad-uri",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The {tag}= value is not a valid HTTPS URL ({problem}), so mailbox providers cannot fetch it.",
        en_help: "Write a single full URL such as {tag}=https://example.com/{file}; encode commas and spaces as %2C and %20.",
        pt: "O valor de {tag}= não é um URL HTTPS válido ({problem}), por isso os fornecedores de caixas de correio não o conseguem obter.",
        pt_help: "Escreva um só URL completo, como {tag}=https://exemplo.pt/{file}; codifique vírgulas e espaços como %2C e %20.",
    };

    BAD_IMAGE_FORMAT = Message {
        code: "bimi::bad-image-format",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3.2")),
        en: "The logo is a .{ext} file, but BIMI only accepts SVG (SVG Tiny PS) logos: mailbox providers treat any other format as a permanent error.",
        en_help: "Convert the logo to SVG Tiny Portable/Secure and point l= at the .svg file.",
        pt: "O logótipo é um ficheiro .{ext}, mas o BIMI só aceita logótipos SVG (SVG Tiny PS): os fornecedores de caixas de correio tratam qualquer outro formato como erro permanente.",
        pt_help: "Converta o logótipo para SVG Tiny Portable/Secure e aponte l= para o ficheiro .svg.",
    };

    NOT_SVG = Message {
        code: "bimi::not-svg",
        severity: Severity::Warning,
        spec: Some(SpecRef::draft(NAME, "4.3.2")),
        en: "The logo URL does not end in .svg; BIMI logos must be SVG files, and some mailbox providers check the file name.",
        en_help: "Publish the logo as an SVG Tiny PS file whose URL ends in .svg.",
        pt: "O URL do logótipo não termina em .svg; os logótipos BIMI têm de ser ficheiros SVG, e alguns fornecedores de caixas de correio verificam o nome do ficheiro.",
        pt_help: "Publique o logótipo como ficheiro SVG Tiny PS cujo URL termine em .svg.",
    };

    EVIDENCE_NOT_PEM = Message {
        code: "bimi::evidence-not-pem",
        severity: Severity::Warning,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The a= URL does not end in .pem; mark certificates (VMC or CMC) are published as PEM files, so this may not be the certificate.",
        en_help: "Point a= at the PEM file your certificate authority issued, such as a=https://example.com/vmc.pem.",
        pt: "O URL de a= não termina em .pem; os certificados de marca (VMC ou CMC) são publicados como ficheiros PEM, por isso este pode não ser o certificado.",
        pt_help: "Aponte a= para o ficheiro PEM emitido pela sua autoridade de certificação, como a=https://exemplo.pt/vmc.pem.",
    };

    EVIDENCE_WITHOUT_LOGO = Message {
        code: "bimi::evidence-without-logo",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "7.3")),
        en: "a= points to a certificate but l= is empty: without a logo location, logo discovery fails and no logo is shown.",
        en_help: "Put the logo's HTTPS URL in l=, for example l=https://example.com/logo.svg.",
        pt: "a= aponta para um certificado mas l= está vazia: sem a localização do logótipo, a descoberta falha e nenhum logótipo é mostrado.",
        pt_help: "Coloque o URL HTTPS do logótipo em l=, por exemplo l=https://exemplo.pt/logo.svg.",
    };

    NO_EVIDENCE = Message {
        code: "bimi::no-evidence",
        severity: Severity::Info,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "No a= certificate: several large mailbox providers only show logos backed by a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC).",
        en_help: "If you have a VMC or CMC, add a=https://example.com/vmc.pem.",
        pt: "Sem certificado em a=: vários grandes fornecedores de caixas de correio só mostram logótipos apoiados por um Verified Mark Certificate (VMC) ou Common Mark Certificate (CMC).",
        pt_help: "Se tiver um VMC ou CMC, acrescente a=https://exemplo.pt/vmc.pem.",
    };

    DECLINED = Message {
        code: "bimi::declined",
        severity: Severity::Info,
        spec: Some(SpecRef::draft(NAME, "4.3.1")),
        en: "l= and a= are empty: this domain declines to show a logo (mailbox providers record bimi=declined).",
        en_help: "Nothing to do if that is what you want; otherwise put your logo's HTTPS URL in l=.",
        pt: "l= e a= estão vazias: este domínio recusa mostrar um logótipo (os fornecedores de caixas de correio registam bimi=declined).",
        pt_help: "Nada a fazer se é o que pretende; caso contrário, coloque o URL HTTPS do seu logótipo em l=.",
    };

    NEEDS_DMARC = Message {
        code: "bimi::needs-dmarc",
        severity: Severity::Info,
        spec: Some(SpecRef::draft(NAME, "7.1")),
        en: "A BIMI logo is only shown for mail that passes DMARC on a domain whose DMARC policy is enforced: p=quarantine or p=reject, no sp=none, and no pct below 100.",
        en_help: "Check the DMARC record at _dmarc.<your domain>; with p=none no logo is shown.",
        pt: "Um logótipo BIMI só é mostrado para correio que passa o DMARC num domínio com a política DMARC aplicada: p=quarantine ou p=reject, sem sp=none e sem pct inferior a 100.",
        pt_help: "Verifique o registo DMARC em _dmarc.<o seu domínio>; com p=none nenhum logótipo é mostrado.",
    };

    BAD_AVP = Message {
        code: "bimi::bad-avp",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "avp={value} is not valid: the avatar preference is brand or personal (lower case); receivers ignore other values and may treat the whole record as failing.",
        en_help: "Write avp=brand (show the logo, the default) or avp=personal (prefer the sender's own avatar).",
        pt: "avp={value} não é válido: a preferência de avatar é brand ou personal (em minúsculas); os recetores ignoram outros valores e podem considerar o registo inteiro como falhado.",
        pt_help: "Escreva avp=brand (mostrar o logótipo, a predefinição) ou avp=personal (preferir o avatar do remetente).",
    };

    BAD_LPS = Message {
        code: "bimi::bad-lps",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.5")),
        en: "\"{value}\" is not a valid local-part prefix: prefixes are 1 to 63 letters, digits or '-', separated by commas.",
        en_help: "Write prefixes such as lps=news,billing-; underscores and dots in addresses become '-' before matching.",
        pt: "\"{value}\" não é um prefixo de parte local válido: os prefixos têm 1 a 63 letras, algarismos ou '-', separados por vírgulas.",
        pt_help: "Escreva prefixos como lps=news,billing-; os sublinhados e pontos nos endereços passam a '-' antes da comparação.",
    };

    UNKNOWN_TAG = Message {
        code: "bimi::unknown-tag",
        severity: Severity::Info,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The tag {tag}= is not defined by BIMI; receivers ignore it.",
        en_help: "Remove it, or check its spelling (the tags are v, l, a, lps and avp, in lower case).",
        pt: "A etiqueta {tag}= não está definida pelo BIMI; os recetores ignoram-na.",
        pt_help: "Remova-a, ou verifique como está escrita (as etiquetas são v, l, a, lps e avp, em minúsculas).",
    };

    TAG_CASE = Message {
        code: "bimi::tag-case",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The tag {tag}= is written in the wrong case; receivers must not fix capitalisation, so they do not read it as {want}=.",
        en_help: "Write {want}= in lower case.",
        pt: "A etiqueta {tag}= está escrita com maiúsculas erradas; os recetores não podem corrigir maiúsculas, por isso não a leem como {want}=.",
        pt_help: "Escreva {want}= em minúsculas.",
    };

    DUPLICATE_TAG = Message {
        code: "bimi::duplicate-tag",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "The tag {tag}= appears twice; a tag list with a repeated tag is invalid, so receivers ignore the record.",
        en_help: "Keep a single {tag}= tag.",
        pt: "A etiqueta {tag}= aparece duas vezes; uma lista de etiquetas com uma etiqueta repetida é inválida, por isso os recetores ignoram o registo.",
        pt_help: "Mantenha uma só etiqueta {tag}=.",
    };

    EMPTY_TAG_SPEC = Message {
        code: "bimi::empty-tag",
        severity: Severity::Warning,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "Two semicolons with nothing between them: the record syntax does not allow an empty entry, and strict receivers reject it.",
        en_help: "Remove the extra semicolon.",
        pt: "Dois pontos e vírgulas sem nada entre eles: a sintaxe do registo não permite uma entrada vazia, e os recetores rigorosos rejeitam-na.",
        pt_help: "Remova o ponto e vírgula a mais.",
    };

    MISSING_EQUALS = Message {
        code: "bimi::missing-equals",
        severity: Severity::Error,
        spec: Some(SpecRef::draft(NAME, "4.3")),
        en: "\"{text}\" is not a tag=value pair; receivers reject the record.",
        en_help: "Write it as name=value, or remove it.",
        pt: "\"{text}\" não é um par etiqueta=valor; os recetores rejeitam o registo.",
        pt_help: "Escreva-o como nome=valor, ou remova-o.",
    };
}
