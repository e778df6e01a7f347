//! Shared by the generator pages: the form components (text and list
//! fields, share link, downloads, CNAME output). The engine's errors speak
//! for themselves ([`super::Said::engine`]).

super::texts! {
    table = GenForms;
    DOMAIN_LABEL = ("Your domain", "O seu domínio");
    DOMAIN_HINT = (
        "The domain in your email addresses, like example.com (without www or https://).",
        "O domínio dos seus endereços de e-mail, como example.com (sem www nem https://)."
    );
    /// Shown when some fields are left out of the record.
    LEFT_OUT = (
        "Some fields are marked invalid: the record leaves them out until you fix them.",
        "Alguns campos estão marcados como inválidos: o registo deixa-os de fora até os corrigir."
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



    ERR_MX_MISSING = ("Modes testing and enforce need at least one mx line.", "Os modos testing e enforce precisam de pelo menos uma linha mx.");

}
