//! The message templates of the DMARC module, in English and European
//! Portuguese.

use crate::{Message, Severity, SpecRef};

const R9989: u32 = 9989;

macro_rules! msg {
    ($name:ident, $code:literal, $sev:ident, $spec:expr, $en:literal, $en_help:literal, $pt:literal, $pt_help:literal $(,)?) => {
        pub(crate) static $name: Message = Message {
            code: $code,
            severity: Severity::$sev,
            spec: Some($spec),
            en: $en,
            en_help: $en_help,
            pt: $pt,
            pt_help: $pt_help,
        };
    };
}

msg!(
    EMPTY,
    "dmarc::empty",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "The record is empty, so receivers find no DMARC policy for the domain.",
    "Publish at least: v=DMARC1; p=none; rua=mailto:dmarc-reports@your-domain",
    "O registo está vazio, por isso os recetores não encontram nenhuma política DMARC para o domínio.",
    "Publique pelo menos: v=DMARC1; p=none; rua=mailto:dmarc-reports@o-seu-dominio",
);

msg!(
    OTHER_TYPE,
    "dmarc::other-type",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "This is {kind}, not a DMARC record: a DMARC record starts with v=DMARC1.",
    "That is {kind}: publish it at its own name, and publish the DMARC record as a TXT record at _dmarc.<your domain>, starting with v=DMARC1.",
    "Isto é {kind}, não um registo DMARC: um registo DMARC começa por v=DMARC1.",
    "Isso é {kind}: publique-o no nome próprio e publique o registo DMARC como registo TXT em _dmarc.<o seu domínio>, a começar por v=DMARC1.",
);

msg!(
    BAD_VERSION,
    "dmarc::bad-version",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "The version is \"{value}\", but the only DMARC version is DMARC1: receivers ignore the whole record.",
    "Start the record with exactly v=DMARC1;",
    "A versão é \"{value}\", mas a única versão DMARC é DMARC1: os recetores ignoram o registo inteiro.",
    "Comece o registo exatamente por v=DMARC1;",
);

msg!(
    NOT_DMARC,
    "dmarc::not-dmarc",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "This text does not look like a DMARC record: it has no v=DMARC1 tag and no DMARC tags.",
    "A DMARC record looks like: v=DMARC1; p=none; rua=mailto:dmarc-reports@your-domain",
    "Este texto não parece um registo DMARC: não tem a etiqueta v=DMARC1 nem etiquetas DMARC.",
    "Um registo DMARC tem este aspeto: v=DMARC1; p=none; rua=mailto:dmarc-reports@o-seu-dominio",
);

msg!(
    MISSING_VERSION,
    "dmarc::missing-version",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "The record has no v=DMARC1 tag: receivers ignore the whole record.",
    "Put v=DMARC1; at the very start of the record.",
    "O registo não tem a etiqueta v=DMARC1: os recetores ignoram o registo inteiro.",
    "Coloque v=DMARC1; mesmo no início do registo.",
);

msg!(
    VERSION_NOT_FIRST,
    "dmarc::version-not-first",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "v=DMARC1 is not the first tag: receivers ignore a record that does not start with it.",
    "Move v=DMARC1 to the very start of the record.",
    "v=DMARC1 não é a primeira etiqueta: os recetores ignoram um registo que não comece por ela.",
    "Passe v=DMARC1 para o início do registo.",
);

msg!(
    VERSION_CASE,
    "dmarc::version-case",
    Error,
    SpecRef::rfc(R9989, "4.8"),
    "The version \"{value}\" must be written DMARC1 in capitals: the value is case-sensitive and receivers ignore the whole record otherwise.",
    "Write v=DMARC1.",
    "A versão \"{value}\" tem de ser escrita DMARC1 em maiúsculas: o valor distingue maiúsculas de minúsculas e, caso contrário, os recetores ignoram o registo inteiro.",
    "Escreva v=DMARC1.",
);

msg!(
    MISSING_SEPARATOR,
    "dmarc::missing-separator",
    Error,
    SpecRef::rfc(R9989, "4.8"),
    "A semicolon is missing before {tag}=: receivers read it as part of the previous tag's value, so both tags are lost.",
    "Separate the tags with \"; \".",
    "Falta um ponto e vírgula antes de {tag}=: os recetores leem-no como parte do valor da etiqueta anterior, e perdem-se as duas etiquetas.",
    "Separe as etiquetas com \"; \".",
);

msg!(
    MISSING_EQUALS,
    "dmarc::missing-equals",
    Error,
    SpecRef::rfc(R9989, "4.8"),
    "\"{tag}\" has no \"=\" and no value: receivers discard it.",
    "Write it as {tag}=<value>, or remove it.",
    "\"{tag}\" não tem \"=\" nem valor: os recetores descartam-no.",
    "Escreva-o como {tag}=<valor>, ou remova-o.",
);

msg!(
    EMPTY_VALUE,
    "dmarc::empty-value",
    Error,
    SpecRef::rfc(R9989, "4.8"),
    "The tag {tag}= has no value: receivers discard it.",
    "Give it a value or remove the tag.",
    "A etiqueta {tag}= não tem valor: os recetores descartam-na.",
    "Dê-lhe um valor ou remova a etiqueta.",
);

msg!(
    EMPTY_TAG,
    "dmarc::empty-tag",
    Warning,
    SpecRef::rfc(R9989, "4.8"),
    "There is an empty tag between two semicolons; the grammar does not allow it and strict receivers may reject the record.",
    "Remove the extra semicolon.",
    "Há uma etiqueta vazia entre dois pontos e vírgulas; a gramática não o permite e recetores rigorosos podem rejeitar o registo.",
    "Remova o ponto e vírgula a mais.",
);

msg!(
    DUPLICATE_TAG,
    "dmarc::duplicate-tag",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "The tag {tag}= appears twice. DMARC records use the DKIM tag-list syntax, where a repeated tag makes the whole record invalid (RFC 6376 3.2).",
    "Keep one {tag}= tag with the value you want and remove the other.",
    "A etiqueta {tag}= aparece duas vezes. Os registos DMARC usam a sintaxe de etiquetas do DKIM, em que uma etiqueta repetida torna todo o registo inválido (RFC 6376 3.2).",
    "Mantenha uma só etiqueta {tag}= com o valor pretendido e remova a outra.",
);

msg!(
    UNKNOWN_TAG,
    "dmarc::unknown-tag",
    Warning,
    SpecRef::rfc(R9989, "4.7"),
    "{tag}= is not a DMARC tag: receivers ignore it.",
    "Check its spelling (the DMARC tags are p, sp, np, psd, t, adkim, aspf, fo, rua and ruf) or remove it.",
    "{tag}= não é uma etiqueta DMARC: os recetores ignoram-na.",
    "Verifique a ortografia (as etiquetas DMARC são p, sp, np, psd, t, adkim, aspf, fo, rua e ruf) ou remova-a.",
);

msg!(
    REMOVED_TAG,
    "dmarc::removed-tag",
    Warning,
    SpecRef::rfc(R9989, "C.5.2"),
    "{tag}= was removed in RFC 9989: new receivers ignore it, while older RFC 7489 receivers still read it.",
    "Remove {tag}={value}; it has no effect on RFC 9989 receivers.",
    "{tag}= foi removida no RFC 9989: os recetores novos ignoram-na, enquanto recetores antigos (RFC 7489) ainda a leem.",
    "Remova {tag}={value}; não tem efeito nos recetores RFC 9989.",
);

msg!(
    PCT_PARTIAL,
    "dmarc::pct-partial",
    Warning,
    SpecRef::rfc(R9989, "A.6"),
    "pct={value} asks old receivers to apply the policy to only {value}% of failing mail. RFC 9989 removed pct: new receivers apply the policy to all failing mail.",
    "To keep testing, use t=y (the new testing flag, like pct=0); to enforce, remove pct.",
    "pct={value} pede aos recetores antigos que apliquem a política a apenas {value}% do correio que falha. O RFC 9989 removeu pct: os recetores novos aplicam a política a todo o correio que falha.",
    "Para continuar a testar, use t=y (a nova indicação de modo de teste, como pct=0); para aplicar a política, remova pct.",
);

msg!(
    BAD_POLICY,
    "dmarc::bad-policy",
    Error,
    SpecRef::rfc(R9989, "4.10.1"),
    "{tag}={value} is not a policy. Receivers then act as if the record said p=none (when rua has a valid address), or skip DMARC for your mail altogether.",
    "Use {tag}=none, {tag}=quarantine or {tag}=reject.",
    "{tag}={value} não é uma política. Os recetores agem então como se o registo dissesse p=none (se rua tiver um endereço válido) ou ignoram o DMARC para o seu correio.",
    "Use {tag}=none, {tag}=quarantine ou {tag}=reject.",
);

msg!(
    BAD_VALUE,
    "dmarc::bad-value",
    Error,
    SpecRef::rfc(R9989, "4.7"),
    "{tag}={value} is not a valid value: receivers discard it and use the default.",
    "Use one of: {allowed}.",
    "{tag}={value} não é um valor válido: os recetores descartam-no e usam o valor por omissão.",
    "Use um destes: {allowed}.",
);

msg!(
    FO_CONFLICT,
    "dmarc::fo-conflict",
    Warning,
    SpecRef::rfc(R9989, "4.7"),
    "fo= holds both 0 and 1, which exclude each other: receivers may discard the tag.",
    "Choose fo=1 (a report when any check fails) or fo=0 (only when all fail).",
    "fo= contém 0 e 1, que se excluem: os recetores podem descartar a etiqueta.",
    "Escolha fo=1 (relatório quando qualquer verificação falha) ou fo=0 (só quando todas falham).",
);

msg!(
    FO_REPEATED,
    "dmarc::fo-repeated",
    Warning,
    SpecRef::rfc(R9989, "4.8"),
    "The option {value} appears more than once in fo=.",
    "List each option once.",
    "A opção {value} aparece mais de uma vez em fo=.",
    "Indique cada opção uma só vez.",
);

msg!(
    FO_WITHOUT_RUF,
    "dmarc::fo-without-ruf",
    Warning,
    SpecRef::rfc(R9989, "4.7"),
    "fo= only tunes failure reports, and the record has no ruf= to send them to: receivers ignore fo=.",
    "Remove fo=, or add ruf=mailto:<address> if you really want failure reports.",
    "fo= só ajusta os relatórios de falha, e o registo não tem ruf= para onde os enviar: os recetores ignoram fo=.",
    "Remova fo=, ou acrescente ruf=mailto:<endereço> se quiser mesmo relatórios de falha.",
);

msg!(
    BAD_URI,
    "dmarc::bad-uri",
    Error,
    SpecRef::rfc(R9989, "4.8"),
    "\"{uri}\" is not a URI: receivers ignore it and send no reports there.",
    "Write report addresses as mailto:name@domain, separated by commas.",
    "\"{uri}\" não é um URI: os recetores ignoram-no e não enviam relatórios para lá.",
    "Escreva os endereços de relatórios como mailto:nome@domínio, separados por vírgulas.",
);

msg!(
    BAD_MAILTO,
    "dmarc::bad-mailto",
    Error,
    SpecRef::rfc(R9989, "4.6"),
    "\"{uri}\" is not a valid mailto: address (name@domain, with characters such as spaces, commas and \"!\" percent-encoded): receivers send no reports there.",
    "Write the address as mailto:name@domain.",
    "\"{uri}\" não é um endereço mailto: válido (nome@domínio, com carateres como espaços, vírgulas e \"!\" codificados com %): os recetores não enviam relatórios para lá.",
    "Escreva o endereço como mailto:nome@domínio.",
);

msg!(
    URI_NOT_MAILTO,
    "dmarc::uri-not-mailto",
    Warning,
    SpecRef::rfc(R9989, "4.7"),
    "\"{uri}\" is not a mailto: URI. Receivers only have to support mailto:, and no other scheme (not even https:) is defined for DMARC reports: most receivers will ignore it.",
    "Use a mailto: address, such as mailto:dmarc-reports@your-domain.",
    "\"{uri}\" não é um URI mailto:. Os recetores só são obrigados a suportar mailto:, e nenhum outro esquema (nem sequer https:) está definido para relatórios DMARC: a maioria dos recetores vai ignorá-lo.",
    "Use um endereço mailto:, como mailto:relatorios-dmarc@o-seu-dominio.",
);

msg!(
    EMPTY_URI,
    "dmarc::empty-uri",
    Warning,
    SpecRef::rfc(R9989, "4.8"),
    "There is an empty entry in the list of report addresses (two commas, or a comma at an end).",
    "Remove the extra comma.",
    "Há uma entrada vazia na lista de endereços de relatórios (duas vírgulas, ou uma vírgula numa ponta).",
    "Remova a vírgula a mais.",
);

msg!(
    OBSOLETE_SIZE,
    "dmarc::obsolete-size",
    Warning,
    SpecRef::rfc(R9989, "4.8"),
    "The size limit \"!{size}\" is obsolete in RFC 9989: new receivers ignore it.",
    "Remove \"!{size}\" from the address.",
    "O limite de tamanho \"!{size}\" está obsoleto no RFC 9989: os recetores novos ignoram-no.",
    "Remova \"!{size}\" do endereço.",
);

msg!(
    BAD_SIZE,
    "dmarc::bad-size",
    Error,
    SpecRef::rfc(R9989, "4.8"),
    "\"!{size}\" is not a valid size limit (digits, then optionally k, m, g or t, with no spaces): receivers may reject the whole address.",
    "Remove the size limit: it is obsolete in RFC 9989.",
    "\"!{size}\" não é um limite de tamanho válido (algarismos, seguidos opcionalmente de k, m, g ou t, sem espaços): os recetores podem rejeitar o endereço inteiro.",
    "Remova o limite de tamanho: está obsoleto no RFC 9989.",
);

msg!(
    MANY_URIS,
    "dmarc::many-uris",
    Warning,
    SpecRef::rfc(R9989, "C.7"),
    "{tag}= lists {count} addresses. RFC 7489 let receivers stop after the first two, and many still do: the addresses after the second may get no reports.",
    "Keep at most two addresses, and forward reports from one mailbox if more people need them.",
    "{tag}= indica {count} endereços. O RFC 7489 permitia aos recetores parar depois dos dois primeiros, e muitos ainda o fazem: os endereços a partir do terceiro podem não receber relatórios.",
    "Mantenha no máximo dois endereços e reencaminhe os relatórios a partir de uma caixa de correio se mais pessoas precisarem deles.",
);

msg!(
    MISSING_P,
    "dmarc::missing-p",
    Warning,
    SpecRef::rfc(R9989, "4.10.1"),
    "The record has no p= tag, so receivers treat it as p=none: they only send reports and do not protect your domain.",
    "Add p=none while you read the reports, then move to p=quarantine and p=reject.",
    "O registo não tem a etiqueta p=, por isso os recetores tratam-no como p=none: só enviam relatórios e não protegem o seu domínio.",
    "Acrescente p=none enquanto lê os relatórios e depois passe para p=quarantine e p=reject.",
);

msg!(
    NO_POLICY,
    "dmarc::no-policy",
    Error,
    SpecRef::rfc(R9989, "4.10.1"),
    "The record has no valid policy (p= is missing, or p=, sp= or np= has a bad value) and no valid rua= address: receivers apply no DMARC processing at all to your mail.",
    "Publish a policy and a report address, for example: v=DMARC1; p=none; rua=mailto:dmarc-reports@your-domain",
    "O registo não tem uma política válida (falta p=, ou p=, sp= ou np= tem um valor inválido) nem um endereço rua= válido: os recetores não aplicam qualquer processamento DMARC ao seu correio.",
    "Publique uma política e um endereço de relatórios, por exemplo: v=DMARC1; p=none; rua=mailto:relatorios-dmarc@o-seu-dominio",
);

msg!(
    P_NOT_SECOND,
    "dmarc::p-not-second",
    Warning,
    crate::SpecRef::rfc(7489, "6.4"),
    "p= does not come right after v=DMARC1. RFC 9989 allows any order, but RFC 7489 required p= second, and some older receivers reject the record.",
    "Move p= right after v=DMARC1.",
    "p= não vem logo a seguir a v=DMARC1. O RFC 9989 aceita qualquer ordem, mas o RFC 7489 exigia p= em segundo lugar, e alguns recetores antigos rejeitam o registo.",
    "Passe p= para logo a seguir a v=DMARC1.",
);

msg!(
    MONITORING_ONLY,
    "dmarc::monitoring-only",
    Warning,
    SpecRef::rfc(R9989, "3.2.12"),
    "p=none is monitoring only: receivers send reports but deliver mail that fails DMARC as usual, so anyone can still send mail as your domain.",
    "Read the aggregate (rua) reports until all your legitimate mail passes, then publish p=quarantine, and later p=reject.",
    "p=none é só monitorização: os recetores enviam relatórios mas entregam normalmente o correio que falha o DMARC, por isso qualquer pessoa pode continuar a enviar correio em nome do seu domínio.",
    "Leia os relatórios agregados (rua) até todo o seu correio legítimo passar e depois publique p=quarantine e, mais tarde, p=reject.",
);

msg!(
    WEAKER_SUBDOMAIN,
    "dmarc::weaker-subdomain",
    Warning,
    SpecRef::rfc(R9989, "4.7"),
    "sp=none leaves your subdomains unprotected although p={policy}: anyone can send mail as any existing subdomain.",
    "Remove sp= so that p={policy} applies to subdomains too, or set sp=quarantine or sp=reject.",
    "sp=none deixa os seus subdomínios sem proteção, apesar de p={policy}: qualquer pessoa pode enviar correio em nome de qualquer subdomínio existente.",
    "Remova sp= para que p={policy} também se aplique aos subdomínios, ou defina sp=quarantine ou sp=reject.",
);

msg!(
    WEAKER_NONEXISTENT,
    "dmarc::weaker-nonexistent",
    Warning,
    SpecRef::rfc(R9989, "4.7"),
    "np=none leaves subdomains that do not exist unprotected although their policy would otherwise be {policy}: anyone can send mail from made-up names such as invoices.<your domain>.",
    "Remove np= so that {policy} applies to them too, or set np=quarantine or np=reject.",
    "np=none deixa sem proteção os subdomínios que não existem, embora a política deles fosse {policy}: qualquer pessoa pode enviar correio a partir de nomes inventados como faturas.<o seu domínio>.",
    "Remova np= para que {policy} também se lhes aplique, ou defina np=quarantine ou np=reject.",
);

msg!(
    TESTING_MODE,
    "dmarc::testing-mode",
    Info,
    SpecRef::rfc(R9989, "4.7"),
    "t=y is testing mode: receivers apply one step less than your policy (reject becomes quarantine, quarantine becomes none) and may rewrite the From header of forwarded mail. Reports are sent as usual.",
    "When the reports show that all your legitimate mail passes, remove t=y to apply the policy in full.",
    "t=y é o modo de teste: os recetores aplicam um nível abaixo da sua política (reject passa a quarantine, quarantine passa a none) e podem reescrever o cabeçalho From do correio reencaminhado. Os relatórios são enviados normalmente.",
    "Quando os relatórios mostrarem que todo o seu correio legítimo passa, remova t=y para aplicar a política por inteiro.",
);

msg!(
    NO_RUA,
    "dmarc::no-rua",
    Warning,
    SpecRef::rfc(R9989, "5.1.3"),
    "The record has no rua= address: receivers send no aggregate reports, so you cannot see who sends mail as your domain, nor move safely to p=reject.",
    "Add rua=mailto:<address> with a mailbox (or a DMARC report service) that reads the reports.",
    "O registo não tem endereço rua=: os recetores não enviam relatórios agregados, por isso não consegue ver quem envia correio em nome do seu domínio nem passar em segurança para p=reject.",
    "Acrescente rua=mailto:<endereço> com uma caixa de correio (ou um serviço de relatórios DMARC) que leia os relatórios.",
);

msg!(
    RUF_PRIVACY,
    "dmarc::ruf-privacy",
    Info,
    SpecRef::rfc(R9989, "10.2"),
    "ruf= asks for failure reports about single messages. Few receivers send them, and those that do may include personal data from the messages.",
    "Keep ruf= only if you need it and the mailbox is protected; aggregate reports (rua=) are what you need to deploy DMARC.",
    "ruf= pede relatórios de falha sobre mensagens individuais. Poucos recetores os enviam, e os que o fazem podem incluir dados pessoais das mensagens.",
    "Mantenha ruf= só se precisar dele e se a caixa de correio estiver protegida; os relatórios agregados (rua=) são o que precisa para implementar o DMARC.",
);

msg!(
    AUTH_TAG_IGNORED,
    "dmarc::auth-tag-ignored",
    Info,
    SpecRef::rfc(9990, "4"),
    "{tag}= has no effect in a report authorization record: only v=DMARC1 and optional rua= and ruf= overrides are read.",
    "Remove {tag}= from this record; policy tags belong in the _dmarc record of the domain.",
    "{tag}= não tem efeito num registo de autorização de relatórios: só são lidas v=DMARC1 e, opcionalmente, rua= e ruf=.",
    "Remova {tag}= deste registo; as etiquetas de política pertencem ao registo _dmarc do domínio.",
);

/// Every template the module emits.
pub static MESSAGES: &[&Message] = &[
    &EMPTY,
    &OTHER_TYPE,
    &BAD_VERSION,
    &NOT_DMARC,
    &MISSING_VERSION,
    &VERSION_NOT_FIRST,
    &VERSION_CASE,
    &MISSING_SEPARATOR,
    &MISSING_EQUALS,
    &EMPTY_VALUE,
    &EMPTY_TAG,
    &DUPLICATE_TAG,
    &UNKNOWN_TAG,
    &REMOVED_TAG,
    &PCT_PARTIAL,
    &BAD_POLICY,
    &BAD_VALUE,
    &FO_CONFLICT,
    &FO_REPEATED,
    &FO_WITHOUT_RUF,
    &BAD_URI,
    &BAD_MAILTO,
    &URI_NOT_MAILTO,
    &EMPTY_URI,
    &OBSOLETE_SIZE,
    &BAD_SIZE,
    &MANY_URIS,
    &MISSING_P,
    &NO_POLICY,
    &P_NOT_SECOND,
    &MONITORING_ONLY,
    &WEAKER_SUBDOMAIN,
    &WEAKER_NONEXISTENT,
    &TESTING_MODE,
    &NO_RUA,
    &RUF_PRIVACY,
    &AUTH_TAG_IGNORED,
];
