//! Strings shared by the generator forms (`components/gen_form.rs`).

super::texts! {
    ADD = ("Add", "Adicionar");
    REMOVE = ("Remove", "Remover");
    SHARE_WHAT = ("link to this form", "ligação para este formulário");
    SHARE_HINT = (
        "Share link: the address of this page holds the whole form, so you can send it to whoever publishes your DNS records.",
        "Partilhar ligação: o endereço desta página guarda o formulário inteiro, por isso pode enviá-lo a quem publica os seus registos DNS."
    );
    DOMAIN_LABEL = ("Your domain", "O seu domínio");
    DOMAIN_EMPTY = ("Enter a domain name, like example.com.", "Escreva um nome de domínio, como example.com.");
    DOMAIN_TOO_LONG = ("A domain name has at most 253 characters.", "Um nome de domínio tem no máximo 253 caracteres.");
    DOMAIN_EMPTY_LABEL = ("Two dots in a row, or a dot at the start: remove the extra dot.", "Dois pontos seguidos, ou um ponto no início: remova o ponto a mais.");
    DOMAIN_LABEL_TOO_LONG = ("Each part between dots has at most 63 characters.", "Cada parte entre pontos tem no máximo 63 caracteres.");
    DOMAIN_BAD_CHAR = (
        "Only letters, digits, '-', '_' and dots (no spaces, no '@', no 'https://').",
        "Só letras, algarismos, '-', '_' e pontos (sem espaços, sem '@', sem 'https://')."
    );
    DOMAIN_NOT_ASCII = (
        "Write an internationalised name in its xn-- (punycode) form.",
        "Escreva um nome internacionalizado na forma xn-- (punycode)."
    );
    DOMAIN_HYPHEN = ("A part of the name cannot start or end with '-'.", "Uma parte do nome não pode começar nem acabar em '-'.");
    ADDRESS_BAD = ("Not an email address of the form name@domain.", "Não é um endereço de e-mail da forma nome@domínio.");
    ADDRESS_UNENCODED = (
        "The address holds a character that must be percent-encoded (such as a space, ',' or '!').",
        "O endereço contém um carácter que tem de ser codificado com % (como um espaço, ',' ou '!')."
    );
    /// Shown when some fields are left out of the record.
    LEFT_OUT = (
        "Some fields are marked invalid: the record below leaves them out until you fix them.",
        "Alguns campos estão marcados como inválidos: o registo abaixo deixa-os de fora até os corrigir."
    );
    NEED_DOMAIN = (
        "Enter your domain above to get the exact name (host) to publish at.",
        "Escreva o seu domínio acima para obter o nome exato (anfitrião) onde publicar."
    );
    ADVANCED = ("Advanced", "Avançado");
    OWNER_PLACEHOLDER = ("<your domain>", "<o seu domínio>");
    DEFAULT_NOT_SET = ("Not set (default)", "Não definido (predefinição)");
}
