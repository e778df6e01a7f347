//! The home page.

super::texts! {
    table = Home;
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
        "Senders found no MTA-STS policy for your domain: publish the _mta-sts record and the policy file.",
        "Os remetentes não encontraram uma política MTA-STS para o seu domínio: publique o registo _mta-sts e o ficheiro de política."
    );
    TROUBLE_SPF = (
        "Your SPF record needs more than 10 DNS lookups, so it fails for all your mail: drop unused includes.",
        "O seu registo SPF precisa de mais de 10 consultas DNS, por isso falha para todo o seu correio: retire os include que não usa."
    );
    TROUBLE_DMARC = (
        "Your domain has no DMARC record, or only p=none: publish one, then move to quarantine or reject.",
        "O seu domínio não tem registo DMARC, ou só p=none: publique um e depois passe a quarantine ou reject."
    );
    TROUBLE_DKIM_BODY = (
        "The message was changed after it was signed (a footer, a mailing list), or signed with another key than the one in DNS.",
        "A mensagem foi alterada depois de assinada (um rodapé, uma lista de distribuição), ou assinada com outra chave que não a do DNS."
    );
    TROUBLE_DKIM_KEY = (
        "Receivers found no DKIM key in DNS for the selector your server signs with: publish it.",
        "Os recetores não encontraram no DNS uma chave DKIM para o seletor com que o seu servidor assina: publique-a."
    );
}
