//! The command's own words, in English and European Portuguese: every
//! message the command writes that is not the engine's goes through this
//! table (the engine's findings and errors carry their own translations).

use selo::Lang;
use selo::diagnostic::Plural;

selo::texts! {
    /// The prefix of every error line: `selo: error: ...`.
    ERROR = ("error", "erro");
    /// `selo check` could not make the check.
    COULD_NOT_CHECK = ("could not check: {why}", "não foi possível verificar: {why}");
    /// A file could not be opened or read.
    CANNOT_READ = ("cannot read {file}: {why}", "não foi possível ler {file}: {why}");
    /// A report file could not be opened.
    FILE_UNREADABLE = (
        "cannot read the file: {why}",
        "não é possível ler o ficheiro: {why}"
    );
    /// Standard input could not be read.
    CANNOT_READ_STDIN = (
        "cannot read standard input: {why}",
        "não foi possível ler a entrada padrão: {why}"
    );
    /// A resolver given with `--resolver` is refused.
    BAD_RESOLVER = ("--resolver {value}: {why}", "--resolver {value}: {why}");
    /// A text file holds NUL bytes.
    BINARY_FILE = (
        "{file} looks like a binary file (it holds NUL bytes); give a text file with a record or policy",
        "{file} parece um ficheiro binário (contém bytes NUL); indique um ficheiro de texto com um registo ou uma política"
    );
    /// A text file is not UTF-8.
    NOT_UTF8 = (
        "{file} is not UTF-8 text (invalid byte at offset {at}); records are plain ASCII text",
        "{file} não é texto UTF-8 (byte inválido na posição {at}); os registos são texto ASCII simples"
    );
    /// No domain given to `selo check`.
    NO_DOMAIN = (
        "give a domain to check, e.g. selo check example.com",
        "indique um domínio a verificar, por exemplo selo check example.com"
    );
    /// The domain given to `selo check` cannot be converted.
    BAD_IDN = (
        "{domain} is not a valid internationalized domain name",
        "{domain} não é um nome de domínio internacionalizado válido"
    );
    /// The async runtime could not start.
    NO_RUNTIME = (
        "cannot start the async runtime: {why}",
        "não foi possível iniciar o ambiente assíncrono"
    );
    /// The check ran out of time.
    CHECK_TIMED_OUT = (
        "the check did not finish within {s} s",
        "a verificação não terminou em {s} s"
    );
    /// The resolver said nothing about the domain.
    NO_ANSWER_ABOUT_DOMAIN = (
        "the resolver gave no answer about the domain",
        "o resolvedor não respondeu sobre o domínio"
    );
    /// Files given to `selo report` that could not be read.
    COULD_NOT_READ_FILES = ("could not read {files}", "não foi possível ler {files}");
    /// `--each-line` with an MTA-STS policy.
    EACH_LINE_POLICY = (
        "--each-line reads one record per line; an MTA-STS policy file spans several lines",
        "--each-line lê um registo por linha; um ficheiro de política MTA-STS ocupa várias linhas"
    );
    /// Standard input, named in a refusal.
    STDIN = ("standard input", "a entrada padrão");
    /// An input over the limit: refused, never cut.
    TOO_LARGE = (
        "{name} holds more than {mib} MiB, the most selo reads; nothing was checked",
        "{name} tem mais de {mib} MiB, o máximo que o selo lê; nada foi verificado"
    );
    /// `selo message`: a failed lookup leaves DMARC undecided.
    DMARC_UNDECIDED = (
        "DMARC is undecided: a DNS lookup failed (temperror); try again, or choose another resolver (--resolver)",
        "o DMARC ficou por decidir: uma consulta DNS falhou (temperror); tente de novo ou escolha outro resolvedor (--resolver)"
    );
    // `selo generate`.
    GENERATED_INVALID = (
        "generated an invalid record ({code}): {why}",
        "foi gerado um registo inválido ({code}): {why}"
    );
    LOGO_REQUIRED = ("--logo is required unless --decline", "--logo é obrigatório, exceto com --decline");
    RUA_REQUIRED = ("--rua is required", "--rua é obrigatório");
    KEY_TYPE_MISMATCH = ("{name}: this is an {have} key, not {want}", "{name}: esta chave é {have}, não {want}");
    KEY_PAIR_NEEDS_OUT = (
        "making a key pair needs --private-key-out FILE (or give --public-key to publish an existing key)",
        "para criar um par de chaves, indique --private-key-out FICHEIRO (ou indique --public-key para publicar uma chave existente)"
    );
    BAD_BITS = ("--bits {bits}: use 1024, 2048 or 4096", "--bits {bits}: use 1024, 2048 ou 4096");
    BITS_RSA_ONLY = ("--bits applies to RSA keys only", "--bits aplica-se apenas a chaves RSA");
    // The library's and the system's own words are English: the
    // Portuguese texts leave `{why}` out.
    RSA_FAILED = ("making an RSA key: {why}", "não foi possível criar a chave RSA");
    NO_RANDOM = ("no random numbers: {why}", "o sistema não forneceu números aleatórios");
    CANNOT_CREATE = (
        "cannot create {file}: {why} (an existing file is never overwritten)",
        "não foi possível criar {file}: {why} (um ficheiro existente nunca é substituído)"
    );
    PRIVATE_KEY_WRITTEN = (
        "private key written to {path} (keep it secret; install it in your mail server)",
        "chave privada escrita em {path} (guarde-a em segredo; instale-a no seu servidor de correio)"
    );
    NOT_PEM = (
        "{file} is not a PEM certificate ({why}); give the CA certificate that signs the server's",
        "{file} não é um certificado PEM; indique o certificado da autoridade de certificação que assina o do servidor"
    );
    NO_HTTP_CLIENT = (
        "cannot set up the HTTP client: {why}",
        "não foi possível preparar o cliente HTTP"
    );
    // The human output of `selo check`.
    ST_FOUND = ("found", "encontrado");
    ST_MISSING = ("missing", "em falta");
    ST_BROKEN = ("broken", "com erros");
    ST_NOT_CHECKED = ("could not look up", "não foi possível consultar");
    POLICY_VALID = ("valid", "válida");
    POLICY_UNREADABLE = ("could not be read", "não foi possível ler");
    IN_TOTAL = ("in total", "no total");
    VOID = ("void", "vazias");
    NO_SPF_RECORD = ("no SPF record", "sem registo SPF");
    DOMAIN_CHECK_OF = ("Domain check of", "Verificação do domínio");
    RESOLVER = ("resolver", "resolvedor");
    QUERIES = ("queries", "consultas");
    ROUND_TRIPS = ("round trips", "idas e voltas");
    NOTHING_WAS_CHECKED = ("nothing was checked", "nada foi verificado");
    NXDOMAIN = ("The domain does not exist (NXDOMAIN).", "O domínio não existe (NXDOMAIN).");
    EXISTENCE_UNKNOWN = ("Whether the domain exists could not be determined.", "Não foi possível saber se o domínio existe.");
    SUMMARY = ("Summary", "Resumo");
    ONE_HOST = ("1 host", "1 servidor");
    HOSTS = ("hosts", "servidores");
    LOOKUPS = ("lookups", "consultas");
    FROM = ("from", "de");
    SELECTORS_TRIED = ("selectors tried", "seletores tentados");
    POLICY = ("policy", "política");
    COVERED = ("covered", "cobertos");
    VOUCHED = ("vouched for by the resolver", "garantido pelo resolvedor");
    NOT_VOUCHED = ("the resolver did not vouch for it", "o resolvedor não o garantiu");
    OWN_RECORD = ("the domain's own record", "o registo do próprio domínio");
    ORG_RECORD = ("the organizational domain's record", "o registo do domínio organizacional");
    PSD_RECORD = ("the public suffix domain's record", "o registo do domínio de sufixo público");
    THE_RECORD_AT = ("the record at", "aplica-se o registo em");
    APPLIES = ("applies", "");
    POLICY_FOR_THIS_NAME = ("policy for this name", "política para este nome");
    UNKNOWN_LOOKUP_FAILED = ("unknown (lookup failed)", "desconhecido (a consulta falhou)");
    AUTHORIZED = ("authorized", "autorizado");
    NOT_AUTHORIZED = ("NOT authorized", "NÃO autorizado");
    MX_COVERAGE = ("MX coverage", "cobertura dos MX");
    COVERED_ONE = ("covered", "coberto");
    NOT_COVERED = ("NOT covered", "NÃO coberto");
    FINDINGS = ("Findings", "Resultados");
    SPF_TREE_TITLE = (
        "SPF: {n} of 10 DNS lookups, {v} of 2 void lookups",
        "SPF: {n} de 10 consultas DNS, {v} de 2 consultas vazias"
    );
    SPF_TREE_ESTIMATE = (
        "SPF: about {n} of 10 DNS lookups, estimated from the record alone (part of its include tree could not be looked up)",
        "SPF: cerca de {n} de 10 consultas DNS, estimadas só a partir do registo (parte da árvore de inclusões não pôde ser consultada)"
    );
    SPF_ESTIMATE_SHORT = (
        "about {n}/10 lookups (estimated)",
        "cerca de {n}/10 consultas (estimativa)"
    );
    KEY_LEFT_OUT = (
        "({hidden} characters of the key left out; --format json shows the whole record)",
        "({hidden} caracteres da chave omitidos; --format json mostra o registo inteiro)"
    );
    // The human output of `selo report`.
    REFUSED = ("refused", "recusado");
    AGGREGATE_REPORT_FROM = ("aggregate report from", "relatório agregado de");
    POLICY_SEEN = ("policy seen", "política vista");
    MESSAGES = ("messages", "mensagens");
    ROWS = ("rows", "linhas");
    ALIGNED = ("aligned", "alinhado");
    SOURCE = ("source", "fonte");
    OF = ("of", "de");
    NOTE = ("note", "nota");
    SUCCESSFUL_SESSIONS = ("successful sessions", "sessões com êxito");
    FAILED = ("failed", "falhadas");
    DMARC_FAILURE_REPORT_FROM = ("DMARC failure report from", "Relatório de falha DMARC de");
    FAILING = ("failing", "falha");
    DOMAIN = ("domain", "domínio");
    /// `selo report`: the sources, grouped by sender.
    SOURCES_BY_SENDER = ("Sources, by sender", "Fontes, por remetente");
    /// One group of sources.
    GROUP_LINE = (
        "{messages}, {failing} failing, {ips}",
        "{messages}, {failing} a falhar, {ips}"
    );
    /// Addresses of a group left out.
    AND_MORE = ("and {n} more", "e mais {n}");
    /// The fix of a group.
    FIX = ("fix", "correção");
    /// A reverse name that does not resolve back.
    NOT_CONFIRMED = ("not confirmed", "não confirmado");
    /// The heading of the readiness lines.
    READINESS = (
        "What happens at p=quarantine and p=reject",
        "O que acontece com p=quarantine e p=reject"
    );
    /// The domain itself.
    SCOPE_DOMAIN = ("the domain", "o domínio");
    /// Its subdomains.
    SCOPE_SUBDOMAINS = ("its subdomains", "os subdomínios");
    /// One readiness line.
    READINESS_LINE = (
        "{domain}, {scope} ({tag}={current}): legitimate messages that would fail: {legit} (from {sources}); forged messages stopped: {forged}; forwarded messages that fail: {forwarded}",
        "{domain}, {scope} ({tag}={current}): mensagens legítimas que falhariam: {legit} (de {sources}); mensagens falsificadas travadas: {forged}; mensagens reencaminhadas que falham: {forwarded}"
    );
    /// The next record to publish.
    NEXT_RECORD = ("next record", "próximo registo");
    /// Sources to fix before enforcing.
    FIX_FIRST = ("fix first", "corrija primeiro");
    /// The heading of the selectors.
    SELECTORS = ("DKIM selectors in the reports", "Seletores DKIM nos relatórios");
    /// What saw the addresses.
    LOOKED_UP = (
        "looked up source addresses through {resolver} (which asks {service} for the networks): {n}",
        "endereços de origem consultados através de {resolver} (que pergunta as redes a {service}): {n}"
    );
    /// Progress of the lookups.
    LOOKING_UP = ("looking up sources: {done} of {total}", "a consultar as fontes: {done} de {total}");
    /// `--gate`: the move would fail legitimate mail.
    GATE_UNSAFE = (
        "moving to p={policy} would fail {messages} in these reports; fix these sources first:",
        "passar para p={policy} faria falhar {messages} destes relatórios; corrija primeiro estas fontes:"
    );
    /// `--gate`: safe.
    GATE_SAFE = (
        "moving to p={policy} fails no legitimate message in these reports",
        "passar para p={policy} não faz falhar nenhuma mensagem legítima destes relatórios"
    );
    TOTAL = ("total", "total");
    FILES = ("files", "ficheiros");
    REFUSED_MANY = ("refused", "recusados");
    /// Why a file cannot be read: it does not exist.
    IO_NOT_FOUND = ("no such file", "o ficheiro não existe");
    /// Why a file cannot be read: no permission.
    IO_DENIED = ("permission denied", "sem permissão");
    /// Why a file cannot be read: it is a folder.
    IO_DIRECTORY = ("it is a directory", "é uma pasta");
    /// Why a file cannot be read: any other failure.
    IO_OTHER = ("read error", "erro de leitura");
    // `selo check` on many domains.
    /// The progress line on a terminal.
    PROGRESS = ("{done} of {total} domains checked", "{done} de {total} domínios verificados");
    /// The table's first column.
    COL_DOMAIN = ("Domain", "Domínio");
    /// The table's error count column.
    COL_ERRORS = ("Errors", "Erros");
    /// The table's warning count column.
    COL_WARNINGS = ("Warnings", "Avisos");
    /// A table cell: found and right.
    CELL_OK = ("ok", "ok");
    /// A table cell: the lookup failed.
    CELL_FAILED = ("failed", "falhou");
    /// A table cell: DNSSEC vouched.
    CELL_YES = ("yes", "sim");
    /// A table cell: DNSSEC did not vouch.
    CELL_NO = ("no", "não");
    /// The line under the table.
    TABLE_TOTAL = (
        "{n}: {clean} without errors, {errors} with errors, {unchecked} not checked",
        "{n}: {clean} sem erros, {errors} com erros, {unchecked} não verificados"
    );
    /// A domain that could not be checked, on standard error.
    DOMAIN_NOT_CHECKED = ("{domain}: {why}", "{domain}: {why}");
    /// The heading of the differences.
    CHANGES_SINCE_BASELINE = ("Changes since the baseline", "Alterações desde a referência");
    /// A domain checked now that the baseline does not hold.
    NOT_IN_BASELINE = (
        "{domain}: not in the baseline (nothing to compare with)",
        "{domain}: não está na referência (nada com que comparar)"
    );
    /// Marks a change that leaves the domain less protected.
    WORSE = ("worse", "pior");
    /// The baseline file cannot be read as saved snapshots.
    BAD_BASELINE = (
        "{file} is not a file written by selo check --save: {why}",
        "{file} não é um ficheiro escrito por selo check --save"
    );
    /// The snapshots were written.
    SAVED = ("{n} saved to {file}", "{n} guardados em {file}");
    /// --parallel 0.
    BAD_PARALLEL = ("--parallel must be at least 1", "--parallel tem de ser pelo menos 1");
}

/// Messages, counted.
pub(crate) const MESSAGE_COUNT: Plural =
    Plural::new(("message", "messages"), ("mensagem", "mensagens"));
/// Legitimate messages, counted.
pub(crate) const LEGITIMATE_COUNT: Plural = Plural::new(
    ("legitimate message", "legitimate messages"),
    ("mensagem legítima", "mensagens legítimas"),
);
/// Report rows, counted.
pub(crate) const ROW_COUNT: Plural = Plural::new(("row", "rows"), ("linha", "linhas"));
/// Sources, counted.
pub(crate) const SOURCE_COUNT: Plural = Plural::new(("source", "sources"), ("fonte", "fontes"));
/// Addresses, counted.
pub(crate) const ADDRESS_COUNT: Plural =
    Plural::new(("address", "addresses"), ("endereço", "endereços"));
/// Files, counted.
pub(crate) const FILE_COUNT: Plural = Plural::new(("file", "files"), ("ficheiro", "ficheiros"));

/// Domains, counted: `1 domain`, `3 domínios`.
pub(crate) const DOMAINS: Plural = Plural::new(("domain", "domains"), ("domínio", "domínios"));
/// Snapshots, counted.
pub(crate) const SNAPSHOTS: Plural = Plural::new(
    ("domain check", "domain checks"),
    ("verificação de domínio", "verificações de domínio"),
);

/// Errors, counted: `1 error`, `2 erros`.
pub(crate) const ERRORS: Plural = Plural::new(("error", "errors"), ("erro", "erros"));
/// Warnings, counted.
pub(crate) const WARNINGS: Plural = Plural::new(("warning", "warnings"), ("aviso", "avisos"));
/// Notes, counted.
pub(crate) const NOTES: Plural = Plural::new(("note", "notes"), ("nota", "notas"));
/// DNS lookups, counted.
pub(crate) const LOOKUP_COUNT: Plural =
    Plural::new(("lookup", "lookups"), ("consulta", "consultas"));

/// Why an I/O operation failed, in `lang`: the system's own words in
/// English, the kind of failure in Portuguese (the system writes English).
pub(crate) fn io_why(e: &std::io::Error, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => IO_NOT_FOUND,
        K::PermissionDenied => IO_DENIED,
        K::IsADirectory => IO_DIRECTORY,
        _ => IO_OTHER,
    }
    .get(lang)
    .to_string()
}

#[cfg(test)]
mod tests {
    /// No text of the command is shown with a `{placeholder}` left: each
    /// is filled, in both languages, the way the command's code fills it.
    #[test]
    fn no_text_is_shown_with_a_placeholder_left() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let sources: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .map(|p| {
                (
                    p.display().to_string(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        let sources: Vec<(&str, &str)> = sources
            .iter()
            .map(|(p, s)| (p.as_str(), s.as_str()))
            .collect();
        let table: Vec<(&str, &str, &str)> =
            super::ALL.iter().map(|(n, t)| (*n, t.en, t.pt)).collect();
        let left = selo::text::unfilled(&table, &sources, &[]);
        assert!(left.is_empty(), "{left:#?}");
    }

    /// Every text of the command reads in Portuguese without English words
    /// (option names and `selo check example.com` stay as written).
    #[test]
    fn every_text_is_portuguese() {
        for (name, t) in super::ALL {
            let pt = selo::diagnostic::fill(t.pt, |_| Some(" ")).replace("selo check", "");
            let english = selo::text::english_words(&pt);
            assert!(english.is_empty(), "{name}: {english:?} in {:?}", t.pt);
            assert!(!t.en.is_empty());
            // Portuguese may leave out the system's English words (`{why}`),
            // never fill a hole English lacks.
            let en: Vec<&str> = selo::diagnostic::placeholders(t.en).collect();
            for h in selo::diagnostic::placeholders(t.pt) {
                assert!(en.contains(&h), "{name}: {{{h}}} only in Portuguese");
            }
        }
    }
}
