//! Shared by the generator pages: the form components (text and list
//! fields, share link, downloads, CNAME output) and the engine's input
//! errors in both languages.

use selo::dkim::{KeyError, PasteError, PemError};
use selo::mta_sts::StsError;
use selo::tls_rpt::ReportUriError;
use selo::uri::UriProblem;
use selo::{DomainError, Text};

super::texts! {
    DOMAIN_LABEL = ("Your domain", "O seu domínio");
    DOMAIN_HINT = (
        "The domain in your email addresses, like example.com (without www or https://).",
        "O domínio dos seus endereços de e-mail, como exemplo.pt (sem www nem https://)."
    );
    DOMAIN_NEEDED = (
        "Type your domain above to see where to publish the record.",
        "Escreva o seu domínio acima para ver onde publicar o registo."
    );
    /// Shown when some fields are left out of the record.
    LEFT_OUT = (
        "Some fields are marked invalid: the record below leaves them out until you fix them.",
        "Alguns campos estão marcados como inválidos: o registo abaixo deixa-os de fora até os corrigir."
    );
    ADVANCED = ("Advanced", "Avançado");
    OWNER_PLACEHOLDER = ("<your domain>", "<o seu domínio>");
    DEFAULT_NOT_SET = ("Not set (default)", "Não definido (predefinição)");
    ADD_ROW = ("Add another", "Adicionar outro");
    REMOVE_ROW = ("Remove", "Remover");
    /// Accessible name of a remove button: {item} is the row's value or number.
    REMOVE_ROW_NAME = ("Remove {item}", "Remover {item}");
    ROW_N = ("row {n}", "linha {n}");
    SHARE = ("Share link", "Partilhar ligação");
    SHARE_COPIED = ("Link copied", "Ligação copiada");
    SHARE_HINT = (
        "The link holds this form's settings, so whoever opens it sees the same form.",
        "A ligação guarda as definições deste formulário, por isso quem a abrir vê o mesmo formulário."
    );
    CNAME_HEADING = ("CNAME record", "Registo CNAME");
    CNAME_TARGET = ("Points to (target)", "Aponta para (destino)");

    ERR_DOMAIN_EMPTY = ("Type a domain name.", "Escreva um nome de domínio.");
    ERR_DOMAIN_TOO_LONG = ("The name is longer than 253 characters.", "O nome tem mais de 253 carateres.");
    ERR_DOMAIN_EMPTY_LABEL = ("The name has an empty part (two dots in a row, or a dot at the start or end).", "O nome tem uma parte vazia (dois pontos seguidos, ou um ponto no início ou no fim).");
    ERR_DOMAIN_LABEL_TOO_LONG = ("A part between dots is longer than 63 characters.", "Uma parte entre pontos tem mais de 63 carateres.");
    ERR_DOMAIN_BAD_CHAR = ("Use only letters, digits, '-', '_' and dots (no spaces, no '@', no https://, no /).", "Use apenas letras, algarismos, '-', '_' e pontos (sem espaços, sem '@', sem https://, sem /).");
    ERR_DOMAIN_NOT_ASCII = ("Write accented names in their xn-- form (punycode), as DNS stores them.", "Escreva os nomes com acentos na forma xn-- (punycode), como o DNS os guarda.");
    ERR_DOMAIN_HYPHEN = ("A part between dots cannot start or end with a hyphen.", "Uma parte entre pontos não pode começar nem acabar com hífen.");

    ERR_MAIL_ADDRESS = ("Not an email address of the form name@domain.", "Não é um endereço de e-mail da forma nome@domínio.");
    ERR_URI_SCHEME = ("Use a mailto: or https: address, like mailto:tlsrpt@example.com.", "Use um endereço mailto: ou https:, como mailto:tlsrpt@exemplo.pt.");
    ERR_URI_NO_SCHEME = ("Start with mailto: (email) or https:// (web address).", "Comece por mailto: (e-mail) ou https:// (endereço web).");
    ERR_URI_ADDRESS = ("After mailto: write an address of the form name@domain.", "Depois de mailto: escreva um endereço da forma nome@domínio.");
    ERR_URI_DOMAIN = ("The domain of this address is not a valid domain name.", "O domínio deste endereço não é um nome de domínio válido.");
    ERR_URI_UNENCODED = ("This address holds a character that must be percent-encoded (a space, comma, ; or !).", "Este endereço contém um caráter que tem de ser codificado com % (espaço, vírgula, ; ou !).");
    ERR_URI_PERCENT = ("A % must be followed by two hexadecimal digits.", "Um % tem de ser seguido de dois algarismos hexadecimais.");
    ERR_URI_HOST = ("The web address has no host name.", "O endereço web não tem nome de anfitrião.");

    ERR_MX_PATTERN = ("Not a host name: use letters, digits, hyphens and dots, like mail.example.com.", "Não é um nome de anfitrião: use letras, algarismos, hífenes e pontos, como mail.exemplo.pt.");
    ERR_MX_WILDCARD = ("A * may only stand alone as the first part, as in *.example.net.", "Um * só pode aparecer sozinho como primeira parte, como em *.exemplo.net.");
    ERR_MX_ASCII = ("Write accented host names in their xn-- form (punycode).", "Escreva os nomes de anfitrião com acentos na forma xn-- (punycode).");
    ERR_MX_MISSING = ("Modes testing and enforce need at least one mx line.", "Os modos testing e enforce precisam de pelo menos uma linha mx.");
    ERR_STS_OTHER = ("This value is not allowed here.", "Este valor não é permitido aqui.");
    ERR_MAX_AGE = ("max_age must be a whole number of seconds from 0 to 31557600 (one year).", "max_age tem de ser um número inteiro de segundos entre 0 e 31557600 (um ano).");

    ERR_PEM_NOT_PEM = ("No -----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY----- block was found.", "Não foi encontrado nenhum bloco -----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----.");
    ERR_PEM_PRIVATE = ("This is a PRIVATE key: never publish it, and treat it as exposed if you shared it. Paste the PUBLIC key instead.", "Isto é uma chave PRIVADA: nunca a publique e considere-a exposta se a partilhou. Cole antes a chave PÚBLICA.");
    ERR_PEM_LABEL = ("This PEM block is not a public key (a certificate?). Paste the -----BEGIN PUBLIC KEY----- block.", "Este bloco PEM não é uma chave pública (um certificado?). Cole o bloco -----BEGIN PUBLIC KEY-----.");
    ERR_KEY_BASE64 = ("This is not base64 text: a key holds only letters, digits, +, / and = at the end.", "Isto não é texto base64: uma chave só tem letras, algarismos, +, / e = no fim.");
    ERR_KEY_DER = ("These bytes are not a public key.", "Estes bytes não são uma chave pública.");
    ERR_KEY_ALGORITHM = ("This key is of another type than expected.", "Esta chave é de outro tipo do que o esperado.");
    ERR_KEY_ED_LENGTH = ("An Ed25519 key is 32 bytes long; this one is not.", "Uma chave Ed25519 tem 32 bytes; esta não.");
}

/// A domain-name error, in words for people.
pub fn domain_error(e: &DomainError) -> Text {
    match e {
        DomainError::Empty => ERR_DOMAIN_EMPTY,
        DomainError::TooLong => ERR_DOMAIN_TOO_LONG,
        DomainError::EmptyLabel => ERR_DOMAIN_EMPTY_LABEL,
        DomainError::LabelTooLong => ERR_DOMAIN_LABEL_TOO_LONG,
        DomainError::BadCharacter => ERR_DOMAIN_BAD_CHAR,
        DomainError::NotAscii => ERR_DOMAIN_NOT_ASCII,
        DomainError::HyphenAtEdge => ERR_DOMAIN_HYPHEN,
    }
}

/// A DMARC report address error (`name@domain`, `mailto:` optional).
pub fn mail_uri_error(e: &UriProblem) -> Text {
    match e {
        UriProblem::NoScheme | UriProblem::BadAddress | UriProblem::NoHost => ERR_MAIL_ADDRESS,
        UriProblem::BadDomain(d) => domain_error(d),
        UriProblem::Unencoded(_) => ERR_URI_UNENCODED,
        UriProblem::BadPercent => ERR_URI_PERCENT,
    }
}

/// A TLS-RPT report address error.
pub fn report_uri_error(e: &ReportUriError) -> Text {
    match e {
        ReportUriError::Scheme => ERR_URI_SCHEME,
        ReportUriError::Uri(p) => match p {
            UriProblem::NoScheme => ERR_URI_NO_SCHEME,
            UriProblem::BadAddress => ERR_URI_ADDRESS,
            UriProblem::BadDomain(_) => ERR_URI_DOMAIN,
            UriProblem::Unencoded(_) => ERR_URI_UNENCODED,
            UriProblem::BadPercent => ERR_URI_PERCENT,
            UriProblem::NoHost => ERR_URI_HOST,
        },
    }
}

/// An MTA-STS value error.
pub fn sts_error(e: &StsError) -> Text {
    match e {
        StsError::BadMxPattern => ERR_MX_PATTERN,
        StsError::BadWildcard => ERR_MX_WILDCARD,
        StsError::MxNotAscii => ERR_MX_ASCII,
        StsError::MissingMx => ERR_MX_MISSING,
        StsError::MaxAgeTooLarge => ERR_MAX_AGE,
        _ => ERR_STS_OTHER,
    }
}

/// A public-key error.
pub fn key_error(e: &KeyError) -> Text {
    match e {
        KeyError::Base64(_) => ERR_KEY_BASE64,
        KeyError::Der(_) => ERR_KEY_DER,
        KeyError::WrongAlgorithm(_) => ERR_KEY_ALGORITHM,
        KeyError::Ed25519Spki(_) | KeyError::Ed25519Length(_) => ERR_KEY_ED_LENGTH,
    }
}

/// Why a pasted DKIM public key could not be read.
pub fn paste_error(e: &PasteError) -> Text {
    match e {
        PasteError::Pem(e) => pem_error(e),
        PasteError::Key(e) => key_error(e),
        PasteError::Record => super::gen_dkim::PASTE_BAD_RECORD,
    }
}

/// A pasted-PEM error.
pub fn pem_error(e: &PemError) -> Text {
    match e {
        PemError::NotPem => ERR_PEM_NOT_PEM,
        PemError::PrivateKey => ERR_PEM_PRIVATE,
        PemError::WrongLabel(_) => ERR_PEM_LABEL,
        PemError::Key(k) => key_error(k),
    }
}
