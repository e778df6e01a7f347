//! The Analyze page: why a received message passed or failed DMARC. Only
//! the names the rest of the site shows are here: the page's own texts and
//! form, and the analysis, live in the analyzer worker that makes them
//! (`crates/selo-analyzer`), so the first load does not carry them.

super::texts! {
    table = Analyze;
    TITLE = ("Analyze a received message", "Analisar uma mensagem recebida");
    NAV = ("Analyze", "Analisar");
    TASK = (
        "See why a message you received passed or failed DMARC, and what to fix.",
        "Veja porque uma mensagem recebida passou ou falhou o DMARC, e o que corrigir."
    );
}
