//! The shell (header, navigation, footer) and the shared components.

use selo_boundary::GENERATORS;

super::texts! {
    table = Common;
    /// Skip link, the first thing a keyboard user reaches.
    SKIP = ("Skip to content", "Saltar para o conteúdo");
    /// Name of the main navigation landmark.
    NAV_LABEL = ("Main", "Principal");
    NAV_HOME = ("Home", "Início");
    NAV_VALIDATE = ("Validate", "Validar");
    /// Heading of the group of generator links.
    NAV_GENERATE = ("Generate", "Gerar");
    LANG_LABEL = ("Language", "Idioma");
    /// A promise the app keeps: it has no backend.
    FOOTER = (
        "Selo runs in your browser: nothing you type leaves your browser.",
        "O Selo funciona no seu navegador: nada do que escreve sai do seu navegador."
    );
    FOOTER_OFFLINE = (
        "After the first visit it works offline too.",
        "Depois da primeira visita também funciona sem ligação à Internet."
    );

    SEV_ERROR = ("Error", "Erro");
    SEV_WARNING = ("Warning", "Aviso");
    SEV_INFO = ("Note", "Nota");
    /// Label of the list of findings.
    FINDINGS = ("Findings", "Resultados");
    NO_FINDINGS = ("No findings.", "Nenhum problema encontrado.");
    /// While the engine worker reads the record.
    CHECKING = ("Checking…", "A verificar…");
    /// The engine worker could not start (workers blocked, a file missing).
    ENGINE_DOWN = (
        "The checker could not start in this browser, so nothing can be checked here. Reload the page; if this message stays, your browser may be blocking Web Workers for this site.",
        "O verificador não conseguiu arrancar neste navegador, por isso nada pode ser verificado aqui. Recarregue a página; se esta mensagem se mantiver, o seu navegador pode estar a bloquear os Web Workers neste site."
    );
    /// A worker gave no answer within its time limit and was stopped.
    WORKER_SLOW = (
        "Selo stopped waiting after {s} seconds without an answer. Try again; if this happens again, reload the page.",
        "O Selo deixou de esperar ao fim de {s} segundos sem resposta. Tente de novo; se voltar a acontecer, recarregue a página."
    );
    APPLY_FIX = ("Apply fix", "Aplicar correção");
    /// The button of a fix a person should check first.
    APPLY_CHECKED = ("Check, then apply", "Verificar e aplicar");
    /// Beside that button: why it has no one-click promise.
    CHECK_FIRST = (
        "This change is likely right, but read it before you publish: it may not be what you meant.",
        "Esta alteração deve estar certa, mas leia-a antes de publicar: pode não ser o que pretendia."
    );
    /// Applies every safe fix at once.
    APPLY_ALL = ("Apply all {n} safe fixes", "Aplicar as {n} correções seguras");
    SUGGESTION = ("Suggestion (check before applying):", "Sugestão (verifique antes de aplicar):");
    /// Before the RFC link of a finding.
    SPEC = ("Rule:", "Regra:");
    /// Title of the button that selects a finding's text in the editor.
    SHOW_IN_TEXT = ("Show in the text", "Mostrar no texto");
    /// Link to a secondary place of a finding.
    SEE_ALSO = ("Related place", "Local relacionado");

    COPY = ("Copy", "Copiar");
    COPIED = ("Copied", "Copiado");
    COPY_FAILED = ("Copy failed: select the text and copy it by hand.", "Não foi possível copiar: selecione o texto e copie-o à mão.");

    OUT_HEADING = ("Publish this record", "Publique este registo");
    OUT_OWNER = ("Name (host)", "Nome (anfitrião)");
    OUT_TYPE = ("Type", "Tipo");
    OUT_VALUE = ("Value", "Valor");
    OUT_STRINGS = ("As strings of at most 255 bytes", "Dividido em blocos de até 255 bytes");
    OUT_STRINGS_HELP = (
        "Most DNS panels take the Value above and split it themselves. Use this form only in a zone file or in a panel that asks for long values split; receivers join the parts with nothing in between.",
        "A maioria dos painéis de DNS aceita o Valor acima e divide-o sozinha. Use esta forma só num ficheiro de zona ou num painel que peça valores longos divididos; os recetores juntam as partes sem nada entre elas."
    );
    OUT_ZONE = ("Zone-file line", "Linha de ficheiro de zona");
    /// The owner name as most DNS panels want it: the host part only.
    OUT_HOST = ("Name in most DNS panels (host)", "Nome na maioria dos painéis de DNS (anfitrião)");
    /// The owner name in full, for zone files and panels that ask for it.
    OUT_FULL_NAME = ("Full name", "Nome completo");
    /// Which of the two names to type.
    OUT_WHICH_NAME = (
        "Most DNS panels add your domain themselves: type only {host}. Typing the full name there creates {doubled}.",
        "A maioria dos painéis de DNS acrescenta o domínio sozinha: escreva só {host}. Escrever aí o nome completo cria {doubled}."
    );
    /// The empty state of every generator's output panel.
    OUT_EMPTY = (
        "Still needed before you can publish:",
        "Ainda falta, antes de poder publicar:"
    );
    /// The list item of the empty state for the domain.
    NEED_DOMAIN = ("your domain, at the top of the form", "o seu domínio, no início do formulário");
    /// The link at the end of a generator to the next record to set up.
    NEXT_STEP = ("Next step: {page} for {domain}", "Próximo passo: {page} para {domain}");
    /// The same, while no domain is typed.
    NEXT_STEP_PLAIN = ("Next step: {page}", "Próximo passo: {page}");
    /// The phone's bottom bar: a link to the output panel.
    SEE_RECORD = ("See the record ↓", "Ver o registo ↓");
    OUT_CHECK = ("Checks on this record", "Verificações deste registo");

    /// Generator pages that are not written yet.
    GEN_PENDING = (
        "This generator is being written. Meanwhile, you can check a record you already have with the validator.",
        "Este gerador está a ser escrito. Entretanto, pode verificar um registo que já tenha com o validador."
    );
    /// The generators' names: `selo_boundary::GENERATORS`, which the
    /// workers' links read too.
    GEN_DMARC = (GENERATORS[0].1, GENERATORS[0].2);
    GEN_SPF = (GENERATORS[1].1, GENERATORS[1].2);
    GEN_DKIM = (GENERATORS[2].1, GENERATORS[2].2);
    GEN_MTA_STS = (GENERATORS[3].1, GENERATORS[3].2);
    GEN_TLS_RPT = (GENERATORS[4].1, GENERATORS[4].2);
    GEN_BIMI = (GENERATORS[5].1, GENERATORS[5].2);
}
