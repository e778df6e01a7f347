//! The Analyze page: why a received message passed or failed DMARC. The
//! texts of the analysis itself live in the worker that makes it
//! (`crates/selo-worker/src/message.rs`).

super::texts! {
    TITLE = ("Analyze a received message", "Analisar uma mensagem recebida");
    NAV = ("Analyze", "Analisar");
    INTRO = (
        "Paste a message you received (the whole message, or only its header) to see why it passed or failed DMARC, what a receiver would do with it and what to fix in your records.",
        "Cole uma mensagem que recebeu (a mensagem inteira, ou só o cabeçalho) para ver porque passou ou falhou o DMARC, o que um recetor faria com ela e o que corrigir nos seus registos."
    );
    TASK = (
        "Paste a message you received: see why it passed or failed DMARC and what to fix. It stays in your browser.",
        "Cole uma mensagem que recebeu: veja porque passou ou falhou o DMARC e o que corrigir. Fica no seu navegador."
    );
    PRIVATE = (
        "The message stays in this browser: it is not uploaded and never goes in the address. Only DNS queries leave it, for the names of keys and policies (such as s1._domainkey.example.com), sent to the resolver chosen below.",
        "A mensagem fica neste navegador: não é carregada para nenhum servidor nem vai para o endereço. Só saem consultas DNS, com os nomes das chaves e das políticas (como s1._domainkey.exemplo.pt), enviadas para o resolvedor escolhido abaixo."
    );
    TEXT = ("Raw message or its header", "Mensagem em bruto ou o seu cabeçalho");
    TEXT_HINT = (
        "In your mail program: \"Show original\", \"View source\" or \"Save as .eml\". Without the body, DKIM body hashes cannot be checked.",
        "No seu programa de correio: \"Mostrar original\", \"Ver código-fonte\" ou \"Guardar como .eml\". Sem o corpo, os hashes do corpo DKIM não podem ser verificados."
    );
    FILE = ("Or drop a .eml file here, or choose it:", "Ou largue aqui um ficheiro .eml, ou escolha-o:");
    IP = ("Connecting IP (optional)", "IP de ligação (opcional)");
    IP_HINT = (
        "The address that delivered the message to your server. Empty: the one in the Received fields.",
        "O endereço que entregou a mensagem ao seu servidor. Vazio: o dos campos Received."
    );
    MAIL_FROM = ("MAIL FROM (optional)", "MAIL FROM (opcional)");
    MAIL_FROM_HINT = (
        "The envelope sender. Empty: the Return-Path field; <> for the null sender.",
        "O remetente do envelope. Vazio: o campo Return-Path; <> para o remetente nulo."
    );
    RUN = ("Analyze", "Analisar");
    EMPTY = ("Paste a message or choose a file first.", "Cole uma mensagem ou escolha um ficheiro primeiro.");
    UNREADABLE = ("This file could not be read.", "Não foi possível ler este ficheiro.");
    RUNNING = ("Checking…", "A verificar…");
    DONE = ("Analysis complete.", "Análise concluída.");
    FAILED = (
        "The analyzer could not be loaded. Reload the page and try again.",
        "Não foi possível carregar o analisador. Recarregue a página e tente de novo."
    );
    TIMED_OUT = (
        "The analysis took longer than {s} s and was stopped: the resolver may be slow or unreachable.",
        "A análise demorou mais de {s} s e foi interrompida: o resolvedor pode estar lento ou inacessível."
    );
    RESULT = ("Analysis", "Análise");
}
