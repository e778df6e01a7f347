//! The BIMI generator page.

super::texts! {
    table = GenBimi;
    INTRO = (
        "BIMI lets mailbox providers show your brand logo next to your messages. It works only when your domain's DMARC policy is at enforcement (p=quarantine or p=reject), and most providers, including Gmail and Apple Mail, also require a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC).",
        "O BIMI permite aos fornecedores de correio mostrar o logótipo da sua marca junto das suas mensagens. Só funciona quando a política DMARC do seu domínio está em aplicação (p=quarantine ou p=reject), e a maioria dos fornecedores, incluindo o Gmail e o Apple Mail, exige também um certificado VMC (Verified Mark Certificate) ou CMC (Common Mark Certificate)."
    );
    DMARC_LINK = ("Set up DMARC with the DMARC generator", "Configure o DMARC com o gerador de DMARC");
    DOMAIN_HINT = (
        "The domain in the From address of your mail, like example.com.",
        "O domínio do endereço From do seu correio, como example.com."
    );
    SELECTOR_LABEL = ("Selector", "Seletor");
    SELECTOR_HINT = (
        "Which BIMI record to use. Default: default; other selectors are only used when a message names them in a BIMI-Selector header.",
        "Que registo BIMI usar. Predefinição: default; outros seletores só são usados quando uma mensagem os indica num cabeçalho BIMI-Selector."
    );
    DECLINE_LABEL = ("Decline to show a logo", "Recusar mostrar um logótipo");
    DECLINE_HINT = (
        "Publishes v=BIMI1; l=; a=: tells providers this domain (or selector) has no logo, for example for a subdomain that should not show the brand.",
        "Publica v=BIMI1; l=; a=: diz aos fornecedores que este domínio (ou seletor) não tem logótipo, por exemplo para um subdomínio que não deve mostrar a marca."
    );
    LOGO_LABEL = ("Logo URL (l)", "URL do logótipo (l)");
    LOGO_HINT = (
        "An https:// address of your logo as an SVG file in the SVG Tiny Portable/Secure (SVG Tiny PS) profile: square, solid background, no scripts or external links.",
        "Um endereço https:// do seu logótipo como ficheiro SVG no perfil SVG Tiny Portable/Secure (SVG Tiny PS): quadrado, fundo sólido, sem scripts nem ligações externas."
    );
    VMC_LABEL = ("Certificate URL (a), optional", "URL do certificado (a), opcional");
    VMC_HINT = (
        "An https:// address of your VMC or CMC certificate, a PEM file from the certificate authority. Optional in the record, but Gmail and Apple Mail show no logo without it.",
        "Um endereço https:// do seu certificado VMC ou CMC, um ficheiro PEM da autoridade de certificação. Opcional no registo, mas o Gmail e o Apple Mail não mostram o logótipo sem ele."
    );
    BAD_URL = (
        "Not a valid https:// address (no spaces, commas or semicolons).",
        "Não é um endereço https:// válido (sem espaços, vírgulas nem pontos e vírgulas)."
    );
    /// The empty state's item for the logo.
    NEED_LOGO = (
        "the logo's URL (or the choice to decline BIMI)",
        "o URL do logótipo (ou a opção de recusar o BIMI)"
    );
    OWNER_PLACEHOLDER = ("<selector>._bimi.<your domain>", "<seletor>._bimi.<o seu domínio>");
}
