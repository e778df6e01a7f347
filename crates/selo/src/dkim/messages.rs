//! The message templates of the DKIM key record module.

use crate::{Severity, SpecRef};

crate::diagnostic::catalogue! {
    WRONG_OWNER = Message {
        code: "dkim::wrong-owner",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.6.2.1")),
        en: "This line publishes the DKIM key at {owner}, but verifiers look for it only at <selector>._domainkey.<domain> (the selector is the s= of the signatures): at {owner} it is never found.",
        en_help: "Publish the key at the selector followed by ._domainkey. and the domain (for selector s1 of example.com: s1._domainkey.example.com).",
        pt: "Esta linha publica a chave DKIM em {owner}, mas os verificadores só a procuram em <seletor>._domainkey.<domínio> (o seletor é o s= das assinaturas): em {owner} nunca é encontrada.",
        pt_help: "Publique a chave no seletor seguido de ._domainkey. e do domínio (para o seletor s1 de example.com: s1._domainkey.example.com).",
    };

    EMPTY = Message {
        code: "dkim::empty",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The record is empty, so verifiers find no public key and every DKIM signature with this selector fails.",
        en_help: "Publish the key record your mail provider gave you, such as v=DKIM1; k=rsa; p=MIIBIjANBg...",
        pt: "O registo está vazio, por isso os verificadores não encontram a chave pública e todas as assinaturas DKIM com este seletor falham.",
        pt_help: "Publique o registo da chave indicado pelo seu fornecedor de correio, como v=DKIM1; k=rsa; p=MIIBIjANBg...",
    };

    WRONG_TYPE = Message {
        code: "dkim::other-type",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "This is {kind}, not a DKIM key record.",
        en_help: "Check the DNS name: a DKIM key is published at <selector>._domainkey.<domain>; that record belongs at another name.",
        pt: "Isto é {kind}, não um registo de chave DKIM.",
        pt_help: "Verifique o nome DNS: uma chave DKIM é publicada em <seletor>._domainkey.<domínio>; esse registo pertence a outro nome.",
    };

    BAD_VERSION = Message {
        code: "dkim::bad-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The version is \"{value}\", but it must be exactly DKIM1 (upper case): verifiers discard a key record with any other v= value.",
        en_help: "Write v=DKIM1, or remove the v= tag (it is optional).",
        pt: "A versão é \"{value}\", mas tem de ser exatamente DKIM1 (em maiúsculas): os verificadores descartam um registo de chave com outro valor de v=.",
        pt_help: "Escreva v=DKIM1, ou remova a etiqueta v= (é opcional).",
    };

    VERSION_NOT_FIRST = Message {
        code: "dkim::version-not-first",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The v= tag must be the first tag of the record; strict verifiers reject the record otherwise.",
        en_help: "Move v=DKIM1 to the start of the record, or remove it (it is optional).",
        pt: "A etiqueta v= tem de ser a primeira do registo; caso contrário, os verificadores rigorosos rejeitam o registo.",
        pt_help: "Coloque v=DKIM1 no início do registo, ou remova-a (é opcional).",
    };

    MISSING_P = Message {
        code: "dkim::missing-p",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The record has no p= tag, which holds the public key: it is required, so verifiers cannot check any signature with this selector.",
        en_help: "Add p= followed by the base64 public key, for example v=DKIM1; k=rsa; p=MIIBIjANBg... (an empty p= revokes the key).",
        pt: "O registo não tem a etiqueta p=, que contém a chave pública: é obrigatória, por isso os verificadores não conseguem validar nenhuma assinatura com este seletor.",
        pt_help: "Acrescente p= seguida da chave pública em base64, por exemplo v=DKIM1; k=rsa; p=MIIBIjANBg... (p= vazia revoga a chave).",
    };

    REVOKED = Message {
        code: "dkim::revoked",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "This selector's key has been revoked (p= is empty): every message signed with this selector fails DKIM.",
        en_help: "That is right if you retired this selector on purpose. Otherwise publish the current public key in p=.",
        pt: "A chave deste seletor foi revogada (p= está vazia): todas as mensagens assinadas com este seletor falham o DKIM.",
        pt_help: "Está correto se retirou este seletor de propósito. Caso contrário, publique a chave pública atual em p=.",
    };

    SPACE_IN_KEY = Message {
        code: "dkim::space-in-key",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The public key contains white space. The standard allows it, but it usually comes from copying a wrapped key and some DNS panels keep it as part of the text.",
        en_help: "Remove the white space inside p= so the key is one unbroken base64 string.",
        pt: "A chave pública contém espaços. A norma permite-o, mas normalmente resulta de copiar uma chave partida em linhas e alguns painéis DNS guardam-nos como parte do texto.",
        pt_help: "Remova os espaços dentro de p= para que a chave seja uma só sequência base64.",
    };

    BAD_BASE64 = Message {
        code: "dkim::bad-base64",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The public key is not valid base64 ({problem}), so verifiers cannot read it and every signature with this selector fails.",
        en_help: "Copy the key again from your mail provider or key generator; it usually got cut or a character was lost.",
        pt: "A chave pública não é base64 válido ({problem}), por isso os verificadores não a conseguem ler e todas as assinaturas com este seletor falham.",
        pt_help: "Copie de novo a chave do seu fornecedor de correio ou gerador de chaves; normalmente ficou cortada ou perdeu-se um carácter.",
    };

    BAD_KEY = Message {
        code: "dkim::bad-key",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The public key is not a valid {algorithm} key ({problem}), so verifiers cannot use it and every signature with this selector fails.",
        en_help: "Copy the key again from your mail provider or key generator; the text may be cut or corrupted.",
        pt: "A chave pública não é uma chave {algorithm} válida ({problem}), por isso os verificadores não a podem usar e todas as assinaturas com este seletor falham.",
        pt_help: "Copie de novo a chave do seu fornecedor de correio ou gerador de chaves; o texto pode estar cortado ou corrompido.",
    };

    KEY_TYPE_MISMATCH = Message {
        code: "dkim::key-type-mismatch",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8463, "4")),
        en: "The key in p= is an {found} key, but the record says k={declared}: verifiers read it as the wrong kind of key and every signature fails.",
        en_help: "Write k={want} for this key.",
        pt: "A chave em p= é uma chave {found}, mas o registo indica k={declared}: os verificadores leem-na como o tipo errado de chave e todas as assinaturas falham.",
        pt_help: "Escreva k={want} para esta chave.",
    };

    PKCS1_KEY = Message {
        code: "dkim::pkcs1-key",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The key is a bare PKCS#1 RSAPublicKey, not the SubjectPublicKeyInfo form that almost every signer publishes; some verifiers only accept the latter.",
        en_help: "Publish the key in SubjectPublicKeyInfo form (what `openssl rsa -pubout` prints, starting MIIB... or MIGf...).",
        pt: "A chave é uma RSAPublicKey PKCS#1 simples, não a forma SubjectPublicKeyInfo que quase todos os signatários publicam; alguns verificadores só aceitam esta última.",
        pt_help: "Publique a chave na forma SubjectPublicKeyInfo (o que `openssl rsa -pubout` produz, começando por MIIB... ou MIGf...).",
    };

    RSA_TOO_SHORT = Message {
        code: "dkim::rsa-too-short",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8301, "3.2")),
        en: "The RSA key has {bits} bits; keys under 1024 bits must not be used, and verifiers reject signatures made with them.",
        en_help: "Generate a new 2048-bit RSA key pair, sign with the new private key and publish the new public key here.",
        pt: "A chave RSA tem {bits} bits; chaves com menos de 1024 bits não podem ser usadas, e os verificadores rejeitam as assinaturas feitas com elas.",
        pt_help: "Gere um novo par de chaves RSA de 2048 bits, assine com a nova chave privada e publique aqui a nova chave pública.",
    };

    RSA_SHORT = Message {
        code: "dkim::rsa-short",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8301, "3.2")),
        en: "The RSA key has {bits} bits; signers should use at least 2048 bits, as shorter keys are within reach of well-funded attackers.",
        en_help: "Plan a rotation to a 2048-bit RSA key with a new selector.",
        pt: "A chave RSA tem {bits} bits; os signatários devem usar pelo menos 2048 bits, porque chaves mais curtas estão ao alcance de atacantes com meios.",
        pt_help: "Planeie a rotação para uma chave RSA de 2048 bits com um novo seletor.",
    };

    RSA_TOO_LONG = Message {
        code: "dkim::rsa-too-long",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8301, "3.2")),
        en: "The RSA key has {bits} bits; verifiers are only required to handle keys up to 4096 bits, so some may fail to verify your signatures.",
        en_help: "Use a 2048-bit (or at most 4096-bit) RSA key.",
        pt: "A chave RSA tem {bits} bits; os verificadores só são obrigados a suportar chaves até 4096 bits, por isso alguns podem não validar as suas assinaturas.",
        pt_help: "Use uma chave RSA de 2048 bits (ou no máximo 4096 bits).",
    };

    ED25519_SPKI = Message {
        code: "dkim::ed25519-spki",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8463, "4")),
        en: "The Ed25519 key is wrapped in a SubjectPublicKeyInfo structure (a common mistake when copying from a PEM file); DKIM wants the raw 32-byte key, so verifiers reject it.",
        en_help: "Publish only the raw key: p={raw}",
        pt: "A chave Ed25519 está embrulhada numa estrutura SubjectPublicKeyInfo (um erro comum ao copiar de um ficheiro PEM); o DKIM exige a chave simples de 32 bytes, por isso os verificadores rejeitam-na.",
        pt_help: "Publique apenas a chave simples: p={raw}",
    };

    ED25519_LENGTH = Message {
        code: "dkim::ed25519-length",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8463, "4")),
        en: "An Ed25519 public key is exactly 32 bytes, but this one has {len} bytes, so verifiers cannot use it.",
        en_help: "Copy the key again: it is 44 base64 characters ending in '='.",
        pt: "Uma chave pública Ed25519 tem exatamente 32 bytes, mas esta tem {len} bytes, por isso os verificadores não a podem usar.",
        pt_help: "Copie de novo a chave: tem 44 caracteres base64 e termina em '='.",
    };

    UNKNOWN_KEY_TYPE = Message {
        code: "dkim::unknown-key-type",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The key type k={value} is unknown; verifiers ignore a key of an unknown type, so every signature with this selector fails.",
        en_help: "Use k=rsa (the default, can be omitted) or k=ed25519.",
        pt: "O tipo de chave k={value} é desconhecido; os verificadores ignoram uma chave de tipo desconhecido, por isso todas as assinaturas com este seletor falham.",
        pt_help: "Use k=rsa (a predefinição, pode ser omitido) ou k=ed25519.",
    };

    MISSPELT_VALUE = Message {
        code: "dkim::misspelt-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "\"{value}\" in {tag}= is not a value verifiers know: did you mean {suggestion}? Verifiers ignore a value they do not know (and a key of an unknown k= type altogether).",
        en_help: "Check the suggested value and apply it: {tag}={suggestion}.",
        pt: "\"{value}\" em {tag}= não é um valor que os verificadores conheçam: queria dizer {suggestion}? Os verificadores ignoram um valor que não conhecem (e uma chave de tipo k= desconhecido por completo).",
        pt_help: "Verifique o valor sugerido e aplique-o: {tag}={suggestion}.",
    };

    VALUE_CASE = Message {
        code: "dkim::value-case",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.2")),
        en: "\"{value}\" is not recognised: DKIM values are case-sensitive, so verifiers do not read it as \"{want}\".",
        en_help: "Write {want} in lower case.",
        pt: "\"{value}\" não é reconhecido: os valores DKIM distinguem maiúsculas de minúsculas, por isso os verificadores não o leem como \"{want}\".",
        pt_help: "Escreva {want} em minúsculas.",
    };

    TAG_CASE = Message {
        code: "dkim::tag-case",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.2")),
        en: "The tag {tag}= is not {want}=: DKIM tag names are case-sensitive, so verifiers treat it as an unknown tag and ignore it.",
        en_help: "Write the tag name in lower case: {want}=.",
        pt: "A etiqueta {tag}= não é {want}=: os nomes das etiquetas DKIM distinguem maiúsculas de minúsculas, por isso os verificadores tratam-na como desconhecida e ignoram-na.",
        pt_help: "Escreva o nome da etiqueta em minúsculas: {want}=.",
    };

    SHA1_ONLY = Message {
        code: "dkim::sha1-only",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8301, "3.1")),
        en: "h= allows only sha1, which must no longer be used: verifiers treat rsa-sha1 signatures as failing, so no signature with this key can pass.",
        en_help: "Sign with rsa-sha256 and write h=sha256, or remove h= altogether.",
        pt: "h= só permite sha1, que já não pode ser usado: os verificadores tratam as assinaturas rsa-sha1 como falhadas, por isso nenhuma assinatura com esta chave pode passar.",
        pt_help: "Assine com rsa-sha256 e escreva h=sha256, ou remova h= por completo.",
    };

    SHA1_ALLOWED = Message {
        code: "dkim::sha1-allowed",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8301, "3.1")),
        en: "h= still allows sha1, which must no longer be used for DKIM signatures.",
        en_help: "Remove sha1 from h=, for example h=sha256.",
        pt: "h= ainda permite sha1, que já não pode ser usado em assinaturas DKIM.",
        pt_help: "Retire sha1 de h=, por exemplo h=sha256.",
    };

    NO_KNOWN_HASH = Message {
        code: "dkim::no-known-hash",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "h= lists no hash algorithm that verifiers know, so no signature with this key can be verified.",
        en_help: "Write h=sha256, or remove h= to allow every algorithm.",
        pt: "h= não indica nenhum algoritmo de hash que os verificadores conheçam, por isso nenhuma assinatura com esta chave pode ser validada.",
        pt_help: "Escreva h=sha256, ou remova h= para permitir todos os algoritmos.",
    };

    UNKNOWN_HASH = Message {
        code: "dkim::unknown-hash",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The hash algorithm \"{value}\" is unknown; verifiers ignore it.",
        en_help: "The algorithms in use are sha256 (and the obsolete sha1). Remove \"{value}\" unless you know a verifier that needs it.",
        pt: "O algoritmo de hash \"{value}\" é desconhecido; os verificadores ignoram-no.",
        pt_help: "Os algoritmos em uso são sha256 (e o obsoleto sha1). Retire \"{value}\", a menos que conheça um verificador que precise dele.",
    };

    BAD_LIST_ITEM = Message {
        code: "dkim::bad-list-item",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "\"{value}\" is not a valid entry of the {tag}= list (a word of letters, digits and '-', separated by ':'); strict verifiers reject the whole record.",
        en_help: "Write the list as words separated by colons, for example {tag}={example}.",
        pt: "\"{value}\" não é uma entrada válida da lista {tag}= (uma palavra de letras, algarismos e '-', separadas por ':'); os verificadores rigorosos rejeitam o registo inteiro.",
        pt_help: "Escreva a lista como palavras separadas por dois pontos, por exemplo {tag}={example}.",
    };

    NOT_FOR_EMAIL = Message {
        code: "dkim::not-for-email",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "s= does not list email or *, so verifiers must ignore this key for email and every signature with this selector fails.",
        en_help: "Remove s= (the default is *), or write s=email.",
        pt: "s= não indica email nem *, por isso os verificadores têm de ignorar esta chave para correio eletrónico e todas as assinaturas com este seletor falham.",
        pt_help: "Remova s= (a predefinição é *), ou escreva s=email.",
    };

    UNKNOWN_SERVICE = Message {
        code: "dkim::unknown-service",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The service type \"{value}\" is unknown; verifiers ignore it.",
        en_help: "The defined service types are email and *. Remove \"{value}\" unless a service you use defines it.",
        pt: "O tipo de serviço \"{value}\" é desconhecido; os verificadores ignoram-no.",
        pt_help: "Os tipos de serviço definidos são email e *. Retire \"{value}\", a menos que um serviço que use o defina.",
    };

    TESTING = Message {
        code: "dkim::testing-mode",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "t=y puts this key in testing mode: verifiers must treat signed messages like unsigned ones, so your DKIM signatures bring no protection and may not count for DMARC.",
        en_help: "Once signatures verify, remove y from t= (remove t= altogether if y is its only flag).",
        pt: "t=y coloca esta chave em modo de teste: os verificadores têm de tratar as mensagens assinadas como não assinadas, por isso as suas assinaturas DKIM não trazem proteção e podem não contar para o DMARC.",
        pt_help: "Quando as assinaturas forem validadas, retire y de t= (remova t= se y for a única opção).",
    };

    STRICT = Message {
        code: "dkim::strict-subdomains",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "t=s: the i= identity of signatures must use exactly the d= domain, not a subdomain of it.",
        en_help: "Keep it if you sign only as the domain itself; remove s from t= if you sign with an i= in a subdomain.",
        pt: "t=s: a identidade i= das assinaturas tem de usar exatamente o domínio d=, não um subdomínio dele.",
        pt_help: "Mantenha-o se só assina como o próprio domínio; retire s de t= se assina com um i= num subdomínio.",
    };

    UNKNOWN_FLAG = Message {
        code: "dkim::unknown-flag",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The flag \"{value}\" is unknown; verifiers ignore it.",
        en_help: "The defined flags are y (testing) and s (strict). Remove \"{value}\".",
        pt: "A opção \"{value}\" é desconhecida; os verificadores ignoram-na.",
        pt_help: "As opções definidas são y (teste) e s (rigorosa). Retire \"{value}\".",
    };

    OBSOLETE_G = Message {
        code: "dkim::obsolete-g",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "C.2")),
        en: "g= (key granularity) comes from the old RFC 4871 and was removed from DKIM: current verifiers ignore it, and some old ones may reject signatures whose identity does not match it.",
        en_help: "Remove g= from the record.",
        pt: "g= (granularidade da chave) vem do antigo RFC 4871 e foi retirada do DKIM: os verificadores atuais ignoram-na, e alguns antigos podem rejeitar assinaturas cuja identidade não lhe corresponda.",
        pt_help: "Remova g= do registo.",
    };

    UNKNOWN_TAG = Message {
        code: "dkim::unknown-tag",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The tag {tag}= is not defined for DKIM key records; verifiers ignore it.",
        en_help: "Remove it unless a tool you use needs it.",
        pt: "A etiqueta {tag}= não está definida para registos de chave DKIM; os verificadores ignoram-na.",
        pt_help: "Remova-a, a menos que uma ferramenta que use precise dela.",
    };

    DUPLICATE_TAG = Message {
        code: "dkim::duplicate-tag",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.2")),
        en: "The tag {tag}= appears twice; a tag list with a repeated tag is invalid as a whole, so verifiers ignore the record.",
        en_help: "Keep a single {tag}= tag.",
        pt: "A etiqueta {tag}= aparece duas vezes; uma lista de etiquetas com uma etiqueta repetida é inválida no seu todo, por isso os verificadores ignoram o registo.",
        pt_help: "Mantenha uma só etiqueta {tag}=.",
    };

    EMPTY_TAG_SPEC = Message {
        code: "dkim::empty-tag",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.2")),
        en: "Two semicolons with nothing between them: the tag-list syntax does not allow an empty entry; lenient verifiers accept it, strict ones reject the record.",
        en_help: "Remove the extra semicolon.",
        pt: "Dois pontos e vírgulas sem nada entre eles: a sintaxe da lista de etiquetas não permite uma entrada vazia; os verificadores tolerantes aceitam-na, os rigorosos rejeitam o registo.",
        pt_help: "Remova o ponto e vírgula a mais.",
    };

    MISSING_EQUALS = Message {
        code: "dkim::missing-equals",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.2")),
        en: "\"{text}\" is not a tag=value pair; strict verifiers reject the whole record.",
        en_help: "Write it as name=value, or remove it.",
        pt: "\"{text}\" não é um par etiqueta=valor; os verificadores rigorosos rejeitam o registo inteiro.",
        pt_help: "Escreva-o como nome=valor, ou remova-o.",
    };

    BAD_TAG_NAME = Message {
        code: "dkim::bad-tag-name",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.2")),
        en: "\"{tag}\" is not a valid tag name (a letter, then letters, digits or '_'); strict verifiers reject the whole record.",
        en_help: "Correct the tag name or remove the tag.",
        pt: "\"{tag}\" não é um nome de etiqueta válido (uma letra, seguida de letras, algarismos ou '_'); os verificadores rigorosos rejeitam o registo inteiro.",
        pt_help: "Corrija o nome da etiqueta ou remova a etiqueta.",
    };

    BAD_VALUE = Message {
        code: "dkim::bad-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.2")),
        en: "The value of {tag}= holds a character a tag value cannot hold (only printable ASCII and inner spaces are allowed); strict verifiers reject the whole record.",
        en_help: "Remove the character, or write the value in plain ASCII.",
        pt: "O valor de {tag}= contém um carácter que um valor de etiqueta não pode conter (só ASCII imprimível e espaços interiores são permitidos); os verificadores rigorosos rejeitam o registo inteiro.",
        pt_help: "Remova o carácter, ou escreva o valor em ASCII simples.",
    };

    KEY_SUMMARY = Message {
        code: "dkim::key-summary",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The public key is {algorithm}, {bits} bits.",
        en_help: "Nothing to do; this says what kind of key verifiers will use.",
        pt: "A chave pública é {algorithm}, {bits} bits.",
        pt_help: "Nada a fazer; indica o tipo de chave que os verificadores vão usar.",
    };
}
