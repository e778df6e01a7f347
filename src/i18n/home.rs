//! The home page.

super::texts! {
    TITLE = (
        "Protect your domain's email",
        "Proteja o correio do seu domínio"
    );
    INTRO = (
        "Selo writes and checks the DNS records that stop others from sending email in your domain's name: DMARC, SPF, DKIM, BIMI, MTA-STS and TLS-RPT.",
        "O Selo escreve e verifica os registos DNS que impedem outros de enviar correio em nome do seu domínio: DMARC, SPF, DKIM, BIMI, MTA-STS e TLS-RPT."
    );
    INTRO2 = (
        "You do not need to know the RFCs: every finding says what is wrong, why it matters and what to publish instead.",
        "Não precisa de conhecer os RFC: cada resultado diz o que está mal, porque importa e o que publicar em vez disso."
    );
    TASKS = ("What you can do", "O que pode fazer");
    TASK_CHECK = ("Check a domain", "Verificar um domínio");
    TASK_CHECK_TEXT = (
        "Type a domain and see every email-authentication record it publishes, what is wrong with each and what to publish instead.",
        "Escreva um domínio e veja todos os registos de autenticação de e-mail que publica, o que está mal em cada um e o que publicar em vez disso."
    );
    TASK_VALIDATE = ("Validate a record", "Validar um registo");
    TASK_VALIDATE_TEXT = (
        "Paste a record, a zone-file line or an MTA-STS policy file and see what receivers will make of it.",
        "Cole um registo, uma linha de ficheiro de zona ou um ficheiro de política MTA-STS e veja como os recetores o vão ler."
    );
    TASK_GENERATE = ("Generate a record", "Gerar um registo");
    TASK_GENERATE_TEXT = (
        "Answer a few questions and get a record ready to publish:",
        "Responda a algumas perguntas e obtenha um registo pronto a publicar:"
    );
    TASK_REPORTS = ("Read DMARC and TLS reports", "Ler relatórios DMARC e TLS");
    TASK_REPORTS_TEXT = (
        "See who sends mail as your domain, who fails and what to fix. The files stay in your browser.",
        "Veja quem envia correio em nome do seu domínio, quem falha e o que corrigir. Os ficheiros ficam no seu navegador."
    );
    TROUBLE = ("Messages you may have seen", "Mensagens que pode ter visto");
    TROUBLE_MTA_STS = (
        "Your domain publishes no MTA-STS policy, or senders cannot fetch it: publish the _mta-sts record and the policy file.",
        "O seu domínio não publica uma política MTA-STS, ou os remetentes não a conseguem obter: publique o registo _mta-sts e o ficheiro de política."
    );
    TROUBLE_SPF = (
        "Your SPF record needs more than 10 DNS lookups, so receivers treat it as broken: drop includes you no longer use.",
        "O seu registo SPF precisa de mais de 10 consultas DNS, por isso os recetores tratam-no como inválido: retire os include que já não usa."
    );
    TROUBLE_DMARC = (
        "Your domain has no DMARC record, or one that only monitors (p=none): publish one, then move to quarantine or reject.",
        "O seu domínio não tem registo DMARC, ou tem um que só monitoriza (p=none): publique um e depois passe a quarantine ou reject."
    );
    TROUBLE_DKIM_BODY = (
        "The message was changed after it was signed (often by a footer or a forwarding list), or it was signed with a key that does not match the one in DNS.",
        "A mensagem foi alterada depois de assinada (muitas vezes por um rodapé ou uma lista de distribuição), ou foi assinada com uma chave que não corresponde à do DNS."
    );
    TROUBLE_DKIM_KEY = (
        "Receivers found no DKIM key in DNS for the selector your server signs with: publish the key under that selector.",
        "Os recetores não encontraram no DNS uma chave DKIM para o seletor com que o seu servidor assina: publique a chave com esse seletor."
    );
    /// {page} is a generator's title.
    TROUBLE_FIX = ("Fix it: {page}", "Resolver: {page}");
}
