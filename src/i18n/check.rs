//! The Check page: a domain's published records, looked up over
//! DNS-over-HTTPS.

super::texts! {
    TITLE = ("Check a domain", "Verificar um domínio");
    NAV = ("Check", "Verificar");
    INTRO = (
        "Type a domain to see every email-authentication record it publishes, what is wrong with each and what to publish instead. The lookups go from your browser to the DNS resolver shown below; nothing else is sent anywhere.",
        "Escreva um domínio para ver todos os registos de autenticação de e-mail que publica, o que está mal em cada um e o que publicar em vez disso. As consultas vão do seu navegador para o resolvedor de DNS indicado abaixo; nada mais é enviado."
    );
    DOMAIN = ("Domain", "Domínio");
    DOMAIN_HINT = (
        "For example example.com. Names with accents work as you write them.",
        "Por exemplo exemplo.pt. Nomes com acentos funcionam tal como os escreve."
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
        "Isto não é um nome de domínio: use letras, algarismos e hífenes, com pontos entre as partes (como exemplo.pt)."
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

    SUMMARY = ("Summary", "Resumo");
    ST_OK = ("found", "encontrado");
    ST_MISSING = ("missing", "em falta");
    ST_INVALID = ("broken", "com erros");
    ST_ERROR = ("could not check", "não foi possível verificar");
    ST_PENDING = ("looking up…", "a consultar…");
    ST_UNREADABLE = ("could not read", "não foi possível ler");
    ST_YES = ("yes", "sim");
    ST_NO = ("no", "não");
    COUNTS = ("{e} errors, {w} warnings", "{e} erros, {w} avisos");
    DNSSEC_YES = (
        "Every answer came back authenticated by DNSSEC (the resolver set the AD bit).",
        "Todas as respostas vieram autenticadas por DNSSEC (o resolvedor marcou o bit AD)."
    );
    DNSSEC_NO = (
        "Not every answer was authenticated by DNSSEC: a network attacker could forge them. Ask your DNS host to sign the zone.",
        "Nem todas as respostas foram autenticadas por DNSSEC: um atacante na rede poderia falsificá-las. Peça ao seu fornecedor de DNS que assine a zona."
    );

    NAME = ("Name", "Nome");
    PUBLISHED = ("Published", "Publicado");
    NOTHING = ("Nothing published.", "Nada publicado.");
    OPEN_VALIDATOR = ("Open in the validator", "Abrir no validador");
    FIX_GENERATOR = ("Publish this instead: open the {gen}", "Publique isto em vez disso: abrir o {gen}");
    MAKE_GENERATOR = ("Write one with the {gen}", "Escreva um com o {gen}");

    SPF_TREE = ("Include tree", "Árvore de inclusões");
    SPF_TOTAL = (
        "{n} of 10 DNS lookups; {v} of 2 void lookups.",
        "{n} de 10 consultas DNS; {v} de 2 consultas sem resposta."
    );
    SPF_NODE_LOOKUPS = ("{n} lookups", "{n} consultas");
    SPF_NODE_TOTAL = (", {n} with everything below", ", {n} com tudo o que está abaixo");
    SPF_NO_RECORD = ("no SPF record", "sem registo SPF");

    DMARC_FROM = ("Applies from", "Aplica-se a partir de");
    DMARC_OWN = ("the domain's own record", "o registo do próprio domínio");
    DMARC_ORG = (
        "the record of {org}: {domain} has none of its own",
        "o registo de {org}: {domain} não tem registo próprio"
    );
    DMARC_POLICY = ("Policy for this name", "Política para este nome");
    RUA = ("Report destinations", "Destinos dos relatórios");
    RUA_DEST = ("Destination", "Destino");
    RUA_AUTH = ("Authorized", "Autorizado");
    RUA_YES = ("yes", "sim");
    RUA_NO = (
        "no: receivers will not send reports there",
        "não: os recetores não enviarão relatórios para lá"
    );

    DKIM_SELECTOR = ("Selector", "Seletor");
    DKIM_KEY = ("Key", "Chave");
    DKIM_NONE = (
        "No DKIM key found at the selectors tried. If you know your selector, type it above.",
        "Nenhuma chave DKIM encontrada nos seletores testados. Se souber o seu seletor, escreva-o acima."
    );
    DKIM_CNAME = ("via {target}", "através de {target}");
    DKIM_BITS = ("{type}, {bits} bits", "{type} de {bits} bits");

    STS_POLICY = ("Policy file", "Ficheiro de política");
    STS_UNREADABLE = (
        "Your browser could not read the policy file at {url}. A browser cannot tell a server that refuses cross-site reads (no CORS header) from a TLS or network failure, so this does not mean the file is missing. Open the URL yourself and paste its text into the validator.",
        "O seu navegador não conseguiu ler o ficheiro de política em {url}. Um navegador não distingue um servidor que recusa leituras de outros sites (sem cabeçalho CORS) de uma falha de TLS ou de rede, por isso isto não quer dizer que o ficheiro esteja em falta. Abra o URL e cole o texto no validador."
    );
    STS_OPEN_URL = ("Open the policy file", "Abrir o ficheiro de política");
    STS_PASTE = ("Paste it into the validator", "Colá-lo no validador");
    STS_COVERAGE = ("MX coverage", "Cobertura dos MX");
    STS_MX = ("MX host", "Servidor MX");
    STS_COVERED = ("Covered by the policy", "Coberto pela política");
    STS_NOT_COVERED = ("no: not in the policy's mx lines", "não: não está nas linhas mx da política");
}
