//! The Check page: a domain's published records, looked up over
//! DNS-over-HTTPS.

super::texts! {
    table = Check;
    TITLE = ("Check a domain", "Verificar um domínio");
    NAV = ("Check", "Verificar");
    INTRO = (
        "Type a domain to see every email-authentication record it publishes, what is wrong with each and what to publish instead. The lookups go from your browser to the DNS resolver shown below; nothing else is sent anywhere.",
        "Escreva um domínio para ver todos os registos de autenticação de e-mail que publica, o que está mal em cada um e o que publicar em vez disso. As consultas vão do seu navegador para o resolvedor de DNS indicado abaixo; nada mais é enviado."
    );
    DOMAIN = ("Domain", "Domínio");
    DOMAIN_HINT = (
        "For example example.com. Names with accents work as you write them. Several domains, separated by spaces or commas, are checked into one table.",
        "Por exemplo example.com. Nomes com acentos funcionam tal como os escreve. Vários domínios, separados por espaços ou vírgulas, são verificados numa só tabela."
    );
    LIST_FILE = (
        "Or a list of domains in a file (one a line, or a CSV's first column): drop it here, or choose it:",
        "Ou uma lista de domínios num ficheiro (um por linha, ou a primeira coluna de um CSV): largue-o aqui, ou escolha-o:"
    );
    SELECTORS = ("DKIM selectors (optional)", "Seletores DKIM (opcional)");
    SELECTORS_HINT = (
        "Separated by spaces or commas. Common selectors are always tried too.",
        "Separados por espaços ou vírgulas. Os seletores comuns também são sempre testados."
    );
    RUN = ("Check", "Verificar");
    RESOLVER = ("DNS resolver", "Resolvedor de DNS");
    RESOLVER_HINT = (
        "The resolver answers every lookup: its answers decide what you see. Your choice is kept in this browser.",
        "O resolvedor responde a todas as consultas: as respostas dele decidem o que vê. A sua escolha fica guardada neste navegador."
    );
    RESOLVER_CUSTOM = ("Another resolver (RFC 8484 URL)", "Outro resolvedor (URL RFC 8484)");
    RESOLVER_URL = ("Resolver URL", "URL do resolvedor");
    RESOLVER_URL_HINT = (
        "https:// only; http:// only for a resolver on this computer (127.0.0.1, localhost, [::1]).",
        "Apenas https://; http:// só para um resolvedor neste computador (127.0.0.1, localhost, [::1])."
    );
    RESOLVER_BAD = (
        "This is not a resolver URL Selo can use: it must start with https://, or with http:// for 127.0.0.1, localhost or [::1].",
        "Este não é um URL de resolvedor que o Selo possa usar: tem de começar por https://, ou por http:// para 127.0.0.1, localhost ou [::1]."
    );
    USING = ("Resolver in use:", "Resolvedor em uso:");
    CONFIRM_HEAD = ("This link chooses the resolver", "Esta ligação escolhe o resolvedor");
    CONFIRM = (
        "This link asks to use resolver {host}: its answers decide what you see. Run the check with it only if you trust it.",
        "Esta ligação pede para usar o resolvedor {host}: as respostas dele decidem o que vê. Só execute a verificação com ele se confiar nele."
    );
    CONFIRM_YES = ("Check with {host}", "Verificar com {host}");
    CONFIRM_NO = ("Use my resolver ({host})", "Usar o meu resolvedor ({host})");
    RESULT = ("Result", "Resultado");
    RUNNING = ("Looking up…", "A consultar…");
    LOADING = ("Loading the checker…", "A carregar o verificador…");
    DONE = (
        "{queries} lookups in {trips} round trips, {ms} ms.",
        "{queries} consultas em {trips} idas e voltas, {ms} ms."
    );
    BAD_DOMAIN = (
        "This is not a domain name: use letters, digits and hyphens, with dots between the parts (like example.com).",
        "Isto não é um nome de domínio: use letras, algarismos e hífenes, com pontos entre as partes (como example.com)."
    );
    EMPTY_DOMAIN = ("Type a domain to check.", "Escreva um domínio para verificar.");
    WORKER_FAILED = (
        "The checker could not be loaded. Reload the page and try again.",
        "Não foi possível carregar o verificador. Recarregue a página e tente de novo."
    );
    TIMED_OUT = (
        "The check took longer than {s} seconds and was stopped. The resolver may be slow or unreachable: try again or choose another resolver.",
        "A verificação demorou mais de {s} segundos e foi interrompida. O resolvedor pode estar lento ou inacessível: tente de novo ou escolha outro resolvedor."
    );
}
