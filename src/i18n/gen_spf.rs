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
    NO_INCLUDE = ("No include to add:", "Nenhum include a acrescentar:");
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
        "The SPF record of another domain, as your provider documents it (include:_spf.example.net). Each costs one DNS lookup, plus the lookups inside it.",
        "O registo SPF de outro domínio, tal como o seu fornecedor o documenta (include:_spf.example.net). Cada um custa uma consulta DNS, mais as que tiver dentro."
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
    LOOKUPS = ("DNS lookups in this record: {n} of {max}", "Consultas DNS neste registo: {n} de {max}");
    LOOKUPS_NOTE = (
        "Each include also costs the lookups inside the included record, which only a DNS check can count (coming later). Stay well under the limit.",
        "Cada include custa também as consultas dentro do registo incluído, que só uma verificação DNS consegue contar (em breve). Fique bem abaixo do limite."
    );
    LOOKUPS_OVER = ("Over the limit: receivers will return permerror and SPF fails.", "Acima do limite: os recetores devolvem permerror e o SPF falha.");
    BAD_IP4 = ("Not an IPv4 address or network, like 192.0.2.0/24 (prefix 0 to 32).", "Não é um endereço ou rede IPv4, como 192.0.2.0/24 (prefixo de 0 a 32).");
    BAD_IP6 = ("Not an IPv6 address or network, like 2001:db8::/32 (prefix 0 to 128).", "Não é um endereço ou rede IPv6, como 2001:db8::/32 (prefixo de 0 a 128).");
    BAD_DOMAIN_SPEC = ("Not a domain name, like _spf.example.net.", "Não é um nome de domínio, como _spf.example.net.");
}
