//! The Analyze page: why a received message passed or failed DMARC. The
//! page's own words (its intro, form and status lines) are here; the
//! analysis's words come written out in the analyzer's answer
//! (`selo_boundary::analysis`), so this module carries none of them.

super::texts! {
    table = Analyze;
    TITLE = ("Analyze a received message", "Analisar uma mensagem recebida");
    NAV = ("Analyze", "Analisar");
    TASK = (
        "See why a message you received passed or failed DMARC, and what to fix.",
        "Veja porque uma mensagem recebida passou ou falhou o DMARC, e o que corrigir."
    );
    INTRO = (
        "Paste a message you received (whole, or only its header) to see why it passed or failed DMARC and what to fix.",
        "Cole uma mensagem recebida (inteira, ou só o cabeçalho) para ver porque passou ou falhou o DMARC e o que corrigir."
    );
    PRIVATE = (
        "The message stays in this browser and never goes in the address: only DNS queries for key and policy names go to the resolver chosen below.",
        "A mensagem fica neste navegador e nunca vai para o endereço: só as consultas DNS dos nomes das chaves e políticas vão para o resolvedor escolhido abaixo."
    );
    TEXT = ("Raw message or its header", "Mensagem em bruto ou o seu cabeçalho");
    TEXT_HINT = (
        "Your mail program's \"Show original\" or \"View source\". Without the body, DKIM body hashes cannot be checked.",
        "O \"Mostrar original\" ou \"Ver código-fonte\" do seu programa de correio. Sem o corpo, os hashes do corpo DKIM não podem ser verificados."
    );
    FILE = ("Or drop a .eml file here, or choose it:", "Ou largue aqui um ficheiro .eml, ou escolha-o:");
    IP = ("Connecting IP (optional)", "IP de ligação (opcional)");
    IP_HINT = (
        "Empty: the one in the Received fields.",
        "Vazio: o dos campos Received."
    );
    MAIL_FROM = ("MAIL FROM (optional)", "MAIL FROM (opcional)");
    MAIL_FROM_HINT = (
        "Empty: the Return-Path; <> for the null sender.",
        "Vazio: o Return-Path; <> para o remetente nulo."
    );
    RUN = ("Analyze", "Analisar");
    EMPTY = ("Paste a message or choose a file first.", "Cole uma mensagem ou escolha um ficheiro primeiro.");
    UNREADABLE = ("This file could not be read.", "Não foi possível ler este ficheiro.");
    RUNNING = ("Checking…", "A verificar…");
    COMPLETE = ("Analysis complete.", "Análise concluída.");
    RESULT = ("Analysis", "Análise");
}
