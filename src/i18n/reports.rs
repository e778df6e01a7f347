//! The Reports page: DMARC aggregate, DMARC failure and SMTP TLS reports
//! read in the browser. The texts about the reports themselves live in the
//! worker that reads them (`crates/selo-worker/src/reports.rs`).

super::texts! {
    table = Reports;
    TITLE = ("Read DMARC and TLS reports", "Ler relatórios DMARC e TLS");
    NAV = ("Reports", "Relatórios");
    INTRO = (
        "Drop the DMARC and TLS reports receivers send you (.xml, .gz, .zip, .eml, .json): see who sends mail as your domain, who fails and what to fix. The files are read in this browser and sent nowhere.",
        "Largue os relatórios DMARC e TLS que os recetores lhe enviam (.xml, .gz, .zip, .eml, .json): veja quem envia correio em nome do seu domínio, quem falha e o que corrigir. Os ficheiros são lidos neste navegador e não são enviados."
    );
    DROP = ("Drop report files here, or choose them:", "Largue os ficheiros aqui, ou escolha-os:");
    PASTE = ("Or paste a report", "Ou cole um relatório");
    READ_PASTE = ("Read the pasted report", "Ler o relatório colado");
    PASTED = ("pasted text", "texto colado");
    LOADING = ("Loading the reader…", "A carregar o leitor…");
    FAILED = (
        "The reader could not be loaded. Reload the page and try again.",
        "Não foi possível carregar o leitor. Recarregue a página e tente de novo."
    );
    RESULT = ("Reports read", "Relatórios lidos");
    FILE_BAR = ("This file", "Este ficheiro");
    BATCH_BAR = ("All files", "Todos os ficheiros");
    FILTER = (
        "Filter the sending sources (IP, name, domain or selector)",
        "Filtrar as origens de envio (IP, nome, domínio ou seletor)"
    );
    ONLY_FAILING = ("Only sources that fail DMARC", "Só as origens que falham o DMARC");
    RESOLVER = ("DNS-over-HTTPS resolver", "Resolvedor DNS-over-HTTPS");
    NAMES = ("Name the sources", "Identificar as origens");
    NAMES_NOTE = (
        "This sends the sources' IP addresses (not the reports) to the resolver you choose and, for their networks, to Team Cymru's IP-to-AS name servers: both see which addresses you ask about.",
        "Isto envia os endereços IP das origens (não os relatórios) ao resolvedor que escolher e, para as redes, aos servidores de nomes IP-para-AS da Team Cymru: ambos ficam a saber que endereços consulta."
    );
    CSV = ("Download CSV", "Transferir CSV");
    JSON = ("Download JSON", "Transferir JSON");
}
