//! The validator page.

super::texts! {
    table = Validate;
    TITLE = ("Validate a record", "Validar um registo");
    INTRO = (
        "Paste the value of a TXT record, a zone-file line or an MTA-STS policy file. Findings appear as you type.",
        "Cole o valor de um registo TXT, uma linha de ficheiro de zona ou um ficheiro de política MTA-STS. Os resultados aparecem enquanto escreve."
    );
    INPUT_LABEL = ("Record, zone-file line or policy file", "Registo, linha de ficheiro de zona ou ficheiro de política");
    TYPE_LABEL = ("Type", "Tipo");
    TYPE_AUTO = ("Detect automatically", "Detetar automaticamente");
    DETECTED = ("Detected: {type}", "Detetado: {type}");
    NOT_DETECTED = ("Type not recognised", "Tipo não reconhecido");
    CHOSEN = ("Checked as: {type}", "Verificado como: {type}");
    EMPTY = ("Paste or type a record to check it.", "Cole ou escreva um registo para o verificar.");
    /// Summary line: {type} is the record type's label, {counts} the counts.
    SUMMARY_VALID = ("Valid {type}: {counts}", "{type} válido: {counts}");
    SUMMARY_INVALID = ("Not a valid {type}: {counts}", "{type} inválido: {counts}");
    SUMMARY_UNKNOWN = ("Unrecognised text: {counts}", "Texto não reconhecido: {counts}");
    /// A record receivers accept that lets anyone send as the domain (`+all`).
    SUMMARY_DANGEROUS = (
        "Dangerous {type} ({counts}): it lets anyone send mail as your domain.",
        "{type} perigoso ({counts}): deixa qualquer pessoa enviar correio em nome do seu domínio."
    );
    SUMMARY_CAUTION = ("Valid {type}, with warnings to read: {counts}", "{type} válido, com avisos a ler: {counts}");
    SUMMARY_LOG = (
        "A mail server's message, not a record: what it means is below.",
        "Uma mensagem de um servidor de correio, não um registo: o que significa está abaixo."
    );
    /// {page} is a generator's title, like "DMARC generator".
    FIX_ON = ("Fix it with the {page}", "Resolva-o com o {page}");
    OPEN_GENERATOR = ("Open in the {page}", "Abrir no {page}");
    CORRECTED = ("Corrected record, to publish in place of the old one:", "Registo corrigido, a publicar em vez do antigo:");
    CORRECTED_WHAT = ("the corrected record", "o registo corrigido");
    /// The question before a fix to check is applied: what the fix does
    /// ("Replace the value with quarantine"), this line, the whole text it
    /// gives, then CONFIRM_APPLY.
    CONFIRM_READS = ("With this change, the text reads:", "Com esta alteração, o texto fica assim:");
    CONFIRM_APPLY = ("Apply it?", "Aplicar?");
    ERRORS_1 = ("1 error", "1 erro");
    ERRORS_N = ("{n} errors", "{n} erros");
    WARNINGS_1 = ("1 warning", "1 aviso");
    WARNINGS_N = ("{n} warnings", "{n} avisos");
    NOTES_1 = ("1 note", "1 nota");
    NOTES_N = ("{n} notes", "{n} notas");
    TOO_LONG = (
        "This text is {size} bytes long. Live checking stops at {limit} bytes so the page stays responsive; a record or policy file is far shorter. Remove what is not part of the record, or check it anyway.",
        "Este texto tem {size} bytes. A verificação em tempo real para aos {limit} bytes para a página continuar a responder; um registo ou ficheiro de política é muito mais curto. Remova o que não faz parte do registo ou verifique-o mesmo assim."
    );
    CHECK_ANYWAY = ("Check anyway", "Verificar mesmo assim");
    NOT_IN_LINK = (
        "This text is too long to keep in the page's link, so a shared link will not include it.",
        "Este texto é demasiado longo para ficar na ligação da página, por isso uma ligação partilhada não o inclui."
    );
    SHARE_HINT = (
        "The page's link holds your text (after the #, which browsers do not send to servers): copy it to share this check.",
        "A ligação da página guarda o seu texto (depois do #, que os navegadores não enviam aos servidores): copie-a para partilhar esta verificação."
    );
    EXPLAIN = ("What each tag means", "O que significa cada etiqueta");
    COL_TAG = ("Tag", "Etiqueta");
    COL_VALUE = ("Value", "Valor");
    COL_MEANING = ("Meaning", "Significado");
    COL_DEFAULT = ("Default", "Predefinição");
    EXAMPLE = ("Try an example", "Experimentar um exemplo");
}
