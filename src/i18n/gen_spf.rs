//! The SPF generator page.

super::texts! {
    table = GenSpf;
    INTRO = (
        "SPF lists the servers allowed to send mail with your domain in the envelope sender (Return-Path). Receivers compare the sending server against this list. Tick the services you use, add your own servers, and choose what happens to the rest.",
        "O SPF lista os servidores autorizados a enviar correio com o seu domínio no remetente de envelope (Return-Path). Os recetores comparam o servidor que envia com esta lista. Marque os serviços que usa, acrescente os seus servidores e escolha o que acontece aos restantes."
    );
    DOMAIN_HINT = (
        "The domain the record is published at, like example.com (or a sending subdomain such as mail.example.com). SPF lives at the domain itself.",
        "O domínio onde o registo é publicado, como example.com (ou um subdomínio de envio como mail.example.com). O SPF fica no próprio domínio."
    );
    PRESETS_LEGEND = ("Services that send as your domain", "Serviços que enviam em nome do seu domínio");
    PRESETS_HINT = (
        "Each ticked service adds its documented include: term. Read the note: some services need the include on a subdomain, some need none at all.",
        "Cada serviço marcado acrescenta o termo include: que documenta. Leia a nota: alguns serviços precisam do include num subdomínio, outros não precisam de nenhum."
    );
    NO_INCLUDE = (
        "no fixed include to tick: the note says what to do (a value from your account goes under Other include).",
        "sem include fixo para marcar: a nota diz o que fazer (um valor da sua conta vai para Outro include)."
    );
    NOTHING_IN_SPF = ("nothing to add to SPF", "nada a acrescentar ao SPF");
    TO_DKIM = ("Set up DKIM in the DKIM generator", "Configure o DKIM no gerador de DKIM");
    CHOSEN = ("Chosen services", "Serviços escolhidos");
    REMOVE = ("Remove {name}", "Remover {name}");
    FILTER_LABEL = ("Filter the services by name", "Filtrar os serviços pelo nome");
    NO_MATCH = (
        "No service is named like “{text}”. Clear the filter to see them all, or add its include under Other include.",
        "Nenhum serviço tem um nome como “{text}”. Limpe o filtro para ver todos, ou acrescente o include em Outro include."
    );
    SUB_LABEL = (
        "This record is for a sending subdomain (such as mail.example.com), not for my main domain",
        "Este registo é para um subdomínio de envio (como mail.example.com), não para o meu domínio principal"
    );
    SUB_HINT = (
        "Selo cannot tell a main domain from a subdomain by the name alone (example.co.uk has three parts too), so it asks. Some services, such as Amazon SES and Mailgun, belong in the record of a sending subdomain you set up with them. Default: off (the main domain).",
        "O Selo não distingue um domínio principal de um subdomínio só pelo nome (example.co.uk também tem três partes), por isso pergunta. Alguns serviços, como o Amazon SES e o Mailgun, pertencem ao registo de um subdomínio de envio que configura com eles. Predefinição: desligado (o domínio principal)."
    );
    SOURCE = ("Provider's documentation", "Documentação do fornecedor");
    MX_LABEL = ("The servers in this domain's MX records (mx)", "Os servidores dos registos MX deste domínio (mx)");
    MX_HINT = (
        "Tick if the servers that receive your mail also send it (common with your own mail server). Costs one DNS lookup. Default: off.",
        "Marque se os servidores que recebem o seu correio também o enviam (comum com servidor de correio próprio). Custa uma consulta DNS. Predefinição: desligado."
    );
    A_LABEL = ("This domain's own address (a)", "O endereço do próprio domínio (a)");
    A_HINT = (
        "Tick if the web server at this domain sends mail (website forms, for example). Costs one DNS lookup. Default: off.",
        "Marque se o servidor web deste domínio envia correio (formulários do site, por exemplo). Custa uma consulta DNS. Predefinição: desligado."
    );
    AHOST_LEGEND = ("Other host name (a:)", "Outro nome de anfitrião (a:)");
    AHOST_HINT = (
        "A server by name, like mail.example.net: its addresses may send. Each costs one DNS lookup.",
        "Um servidor pelo nome, como mail.example.net: os seus endereços podem enviar. Cada um custa uma consulta DNS."
    );
    IP4_LEGEND = ("IPv4 address or network (ip4)", "Endereço ou rede IPv4 (ip4)");
    IP4_HINT = (
        "A sending server's IPv4 address (192.0.2.10) or network (192.0.2.0/24). No DNS lookup.",
        "O endereço IPv4 de um servidor que envia (192.0.2.10) ou uma rede (192.0.2.0/24). Sem consulta DNS."
    );
    IP6_LEGEND = ("IPv6 address or network (ip6)", "Endereço ou rede IPv6 (ip6)");
    IP6_HINT = (
        "A sending server's IPv6 address or network (2001:db8::/32). No DNS lookup.",
        "O endereço ou rede IPv6 de um servidor que envia (2001:db8::/32). Sem consulta DNS."
    );
    INCLUDE_LEGEND = ("Other include", "Outro include");
    INCLUDE_HINT = (
        "The SPF record of another domain, as your provider documents it: paste include:_spf.example.net or just _spf.example.net. Each costs one DNS lookup, plus the lookups inside it.",
        "O registo SPF de outro domínio, tal como o seu fornecedor o documenta: cole include:_spf.example.net ou só _spf.example.net. Cada um custa uma consulta DNS, mais as que tiver dentro."
    );
    ALL_LEGEND = ("Everything else (all)", "Tudo o resto (all)");
    ALL_HINT = (
        "What receivers should conclude about servers not listed above. +all (anyone may send) is never offered: it makes SPF useless.",
        "O que os recetores devem concluir sobre servidores não listados acima. +all (qualquer um pode enviar) nunca é oferecido: torna o SPF inútil."
    );
    ALL_FAIL = ("-all (fail, recommended): other servers are not allowed", "-all (fail, recomendado): outros servidores não estão autorizados");
    ALL_SOFT = ("~all (softfail): other servers are probably not allowed; mail is accepted but marked", "~all (softfail): outros servidores provavelmente não estão autorizados; o correio é aceite mas marcado");
    ALL_NEUTRAL = ("?all (neutral): no statement about other servers; protects nothing", "?all (neutral): nada se afirma sobre outros servidores; não protege nada");
    REDIRECT_LABEL = ("Use another domain's record instead (redirect)", "Usar antes o registo de outro domínio (redirect)");
    REDIRECT_HINT = (
        "Optional: a domain whose SPF record applies when nothing above matched, to manage many domains from one record. When set, the all term is left out (redirect is ignored when all is present). Costs one DNS lookup.",
        "Opcional: um domínio cujo registo SPF se aplica quando nada acima corresponde, para gerir muitos domínios a partir de um só registo. Quando definido, o termo all fica de fora (o redirect é ignorado se houver all). Custa uma consulta DNS."
    );
    REDIRECT_SET = ("Not used: redirect= is set below.", "Não usado: está definido um redirect= abaixo.");
    LOOKUPS = (
        "DNS lookups with everything it includes (estimate): {n} of {max}",
        "Consultas DNS com tudo o que inclui (estimativa): {n} de {max}"
    );
    LOOKUPS_SPLIT = (
        "{own} for this record's own terms, {nested} inside the records of its includes (the figures Selo knows for these providers).",
        "{own} para os termos do próprio registo, {nested} dentro dos registos dos seus includes (os valores que o Selo conhece destes fornecedores)."
    );
    LOOKUPS_UNKNOWN = (
        "Selo has no figure for {list}: each counts as 1 here and may cost more. Count with live DNS below to know.",
        "O Selo não tem valores para {list}: cada um conta aqui como 1 e pode custar mais. Conte com DNS em direto, abaixo, para saber."
    );
    LOOKUPS_NOTE = (
        "Receivers allow 10 lookups for the whole tree (RFC 7208, section 4.6.4). Providers change their records: keep a margin.",
        "Os recetores admitem 10 consultas para a árvore inteira (RFC 7208, secção 4.6.4). Os fornecedores mudam os seus registos: mantenha margem."
    );
    LOOKUPS_OVER = (
        "Over the limit: receivers return permerror and SPF fails for all of your mail. Remove services you no longer use, or move bulk senders to a subdomain of their own.",
        "Acima do limite: os recetores devolvem permerror e o SPF falha para todo o seu correio. Remova os serviços que já não usa, ou passe os remetentes em massa para um subdomínio próprio."
    );
    LOOKUPS_HIGH = (
        "Close to the limit: one more service, or a provider adding a lookup to its record, makes SPF fail for all of your mail.",
        "Perto do limite: mais um serviço, ou um fornecedor que acrescente uma consulta ao seu registo, faz o SPF falhar para todo o seu correio."
    );
    LIVE_NOTE = (
        "The live count looks the includes up now, over DNS-over-HTTPS, and shows the real tree. Your domain and the names in this record are sent to the resolver you choose (the same choice as on the Check page).",
        "A contagem em direto consulta agora os includes, por DNS-over-HTTPS, e mostra a árvore real. O seu domínio e os nomes deste registo são enviados ao resolvedor que escolher (a mesma escolha da página Verificar)."
    );
    LIVE_RESOLVER = ("Resolver", "Resolvedor");
    LIVE_BUTTON = ("Count with live DNS", "Contar com DNS em direto");
    LIVE_BUSY = ("Looking the includes up…", "A consultar os includes…");
    LIVE_DONE = ("Live count through {resolver}:", "Contagem em direto através de {resolver}:");
    LIVE_NEEDS_DOMAIN = (
        "Type your domain above to count with live DNS: a and mx are looked up at it.",
        "Escreva o seu domínio acima para contar com DNS em direto: a e mx são consultados nele."
    );
    TERM_LEGEND = ("Other terms of your record", "Outros termos do seu registo");
    TERM_HINT = (
        "Terms the fields above cannot hold, kept as written (mx:host, exists:, ptr, -ip4:, exp=...). They come with a record you opened here from a check; the checks on the record say if one is wrong.",
        "Termos que os campos acima não comportam, mantidos tal como escritos (mx:anfitrião, exists:, ptr, -ip4:, exp=...). Vêm com um registo que abriu aqui a partir de uma verificação; as verificações do registo dizem se algum está errado."
    );
    NONE_LABEL = ("This domain sends no mail at all", "Este domínio não envia correio nenhum");
    NONE_HINT = (
        "Tick only for a domain that never sends: the record then says no server may send (v=spf1 -all). Default: off.",
        "Marque só para um domínio que nunca envia: o registo diz então que nenhum servidor pode enviar (v=spf1 -all). Predefinição: desligado."
    );
    NEED_SENDER = (
        "who sends your mail: a service, your servers or an include (or tick “This domain sends no mail at all”)",
        "quem envia o seu correio: um serviço, os seus servidores ou um include (ou marque “Este domínio não envia correio nenhum”)"
    );
    LOOKUPS_LIVE = (
        "DNS lookups with everything it includes (counted live): {n} of {max}",
        "Consultas DNS com tudo o que inclui (contagem em direto): {n} de {max}"
    );
    BAD_IP4 = ("Not an IPv4 address or network, like 192.0.2.0/24 (prefix 0 to 32).", "Não é um endereço ou rede IPv4, como 192.0.2.0/24 (prefixo de 0 a 32).");
    BAD_IP6 = ("Not an IPv6 address or network, like 2001:db8::/32 (prefix 0 to 128).", "Não é um endereço ou rede IPv6, como 2001:db8::/32 (prefixo de 0 a 128).");
    BAD_DOMAIN_SPEC = ("Not a domain name, like _spf.example.net.", "Não é um nome de domínio, como _spf.example.net.");
}
