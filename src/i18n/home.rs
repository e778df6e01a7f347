//! The home page.

super::texts! {
    TITLE = (
        "Protect your domain's email",
        "Proteja o e-mail do seu domínio"
    );
    INTRO = (
        "Selo writes and checks the DNS records that stop others from sending email in your domain's name: DMARC, SPF, DKIM, BIMI, MTA-STS and TLS-RPT.",
        "O Selo escreve e verifica os registos DNS que impedem outros de enviar e-mail em nome do seu domínio: DMARC, SPF, DKIM, BIMI, MTA-STS e TLS-RPT."
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
}
