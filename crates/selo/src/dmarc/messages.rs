//! The message templates of the DMARC module, in English and European
//! Portuguese.

use crate::{Severity, SpecRef};

const R9989: u32 = 9989;

crate::diagnostic::catalogue! {
    WRONG_OWNER = Message {
        code: "dmarc::wrong-owner",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "This line publishes the DMARC record at {owner}, but receivers look for it only at _dmarc.<domain>: at {owner} it is never read, and the domain has no DMARC policy.",
        en_help: "Publish the record at _dmarc. followed by the domain (for example.com: _dmarc.example.com), not at the domain itself.",
        pt: "Esta linha publica o registo DMARC em {owner}, mas os recetores só o procuram em _dmarc.<domínio>: em {owner} nunca é lido e o domínio fica sem política DMARC.",
        pt_help: "Publique o registo em _dmarc. seguido do domínio (para example.com: _dmarc.example.com), não no próprio domínio.",
    };

    EMPTY = Message {
        code: "dmarc::empty",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "The record is empty, so receivers find no DMARC policy for the domain.",
        en_help: "Publish at least: v=DMARC1; p=none; rua=mailto:dmarc-reports@your-domain",
        pt: "O registo está vazio, por isso os recetores não encontram nenhuma política DMARC para o domínio.",
        pt_help: "Publique pelo menos: v=DMARC1; p=none; rua=mailto:dmarc-reports@o-seu-dominio",
    };

    OTHER_TYPE = Message {
        code: "dmarc::other-type",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "This is {kind}, not a DMARC record: a DMARC record starts with v=DMARC1.",
        en_help: "That is {kind}: publish it at its own name, and publish the DMARC record as a TXT record at _dmarc.<your domain>, starting with v=DMARC1.",
        pt: "Isto é {kind}, não um registo DMARC: um registo DMARC começa por v=DMARC1.",
        pt_help: "Isso é {kind}: publique-o no nome próprio e publique o registo DMARC como registo TXT em _dmarc.<o seu domínio>, a começar por v=DMARC1.",
    };

    BAD_VERSION = Message {
        code: "dmarc::bad-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "The version is \"{value}\", but the only DMARC version is DMARC1: receivers ignore the whole record.",
        en_help: "Start the record with exactly v=DMARC1;",
        pt: "A versão é \"{value}\", mas a única versão DMARC é DMARC1: os recetores ignoram o registo inteiro.",
        pt_help: "Comece o registo exatamente por v=DMARC1;",
    };

    NOT_DMARC = Message {
        code: "dmarc::not-dmarc",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "This text does not look like a DMARC record: it has no v=DMARC1 tag and no DMARC tags.",
        en_help: "A DMARC record looks like: v=DMARC1; p=none; rua=mailto:dmarc-reports@your-domain",
        pt: "Este texto não parece um registo DMARC: não tem a etiqueta v=DMARC1 nem etiquetas DMARC.",
        pt_help: "Um registo DMARC tem este aspeto: v=DMARC1; p=none; rua=mailto:dmarc-reports@o-seu-dominio",
    };

    MISSING_VERSION = Message {
        code: "dmarc::missing-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "The record has no v=DMARC1 tag: receivers ignore the whole record.",
        en_help: "Put v=DMARC1; at the very start of the record.",
        pt: "O registo não tem a etiqueta v=DMARC1: os recetores ignoram o registo inteiro.",
        pt_help: "Coloque v=DMARC1; mesmo no início do registo.",
    };

    VERSION_NOT_FIRST = Message {
        code: "dmarc::version-not-first",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "v=DMARC1 is not the first tag: receivers ignore a record that does not start with it.",
        en_help: "Move v=DMARC1 to the very start of the record.",
        pt: "v=DMARC1 não é a primeira etiqueta: os recetores ignoram um registo que não comece por ela.",
        pt_help: "Passe v=DMARC1 para o início do registo.",
    };

    VERSION_CASE = Message {
        code: "dmarc::version-case",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "The version \"{value}\" must be written DMARC1 in capitals: the value is case-sensitive and receivers ignore the whole record otherwise.",
        en_help: "Write v=DMARC1.",
        pt: "A versão \"{value}\" tem de ser escrita DMARC1 em maiúsculas: o valor distingue maiúsculas de minúsculas e, caso contrário, os recetores ignoram o registo inteiro.",
        pt_help: "Escreva v=DMARC1.",
    };

    MISSING_SEPARATOR = Message {
        code: "dmarc::missing-separator",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "A semicolon is missing before {tag}=: receivers read it as part of the previous tag's value, so both tags are lost.",
        en_help: "Separate the tags with \"; \".",
        pt: "Falta um ponto e vírgula antes de {tag}=: os recetores leem-no como parte do valor da etiqueta anterior, e perdem-se as duas etiquetas.",
        pt_help: "Separe as etiquetas com \"; \".",
    };

    MISSING_EQUALS = Message {
        code: "dmarc::missing-equals",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "\"{tag}\" has no \"=\" and no value: receivers discard it.",
        en_help: "Write it as {tag}=<value>, or remove it.",
        pt: "\"{tag}\" não tem \"=\" nem valor: os recetores descartam-no.",
        pt_help: "Escreva-o como {tag}=<valor>, ou remova-o.",
    };

    EMPTY_VALUE = Message {
        code: "dmarc::empty-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "The tag {tag}= has no value: receivers discard it.",
        en_help: "Give it a value or remove the tag.",
        pt: "A etiqueta {tag}= não tem valor: os recetores descartam-na.",
        pt_help: "Dê-lhe um valor ou remova a etiqueta.",
    };

    EMPTY_TAG = Message {
        code: "dmarc::empty-tag",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "There is an empty tag between two semicolons; the grammar does not allow it and strict receivers may reject the record.",
        en_help: "Remove the extra semicolon.",
        pt: "Há uma etiqueta vazia entre dois pontos e vírgulas; a gramática não o permite e recetores rigorosos podem rejeitar o registo.",
        pt_help: "Remova o ponto e vírgula a mais.",
    };

    DUPLICATE_TAG = Message {
        code: "dmarc::duplicate-tag",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "The tag {tag}= appears twice. DMARC records use the DKIM tag-list syntax, where a repeated tag makes the whole record invalid (RFC 6376 3.2).",
        en_help: "Keep one {tag}= tag with the value you want and remove the other.",
        pt: "A etiqueta {tag}= aparece duas vezes. Os registos DMARC usam a sintaxe de etiquetas do DKIM, em que uma etiqueta repetida torna todo o registo inválido (RFC 6376 3.2).",
        pt_help: "Mantenha uma só etiqueta {tag}= com o valor pretendido e remova a outra.",
    };

    UNKNOWN_TAG = Message {
        code: "dmarc::unknown-tag",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "{tag}= is not a DMARC tag: receivers ignore it.",
        en_help: "Check its spelling (the DMARC tags are p, sp, np, psd, t, adkim, aspf, fo, rua and ruf) or remove it.",
        pt: "{tag}= não é uma etiqueta DMARC: os recetores ignoram-na.",
        pt_help: "Verifique a ortografia (as etiquetas DMARC são p, sp, np, psd, t, adkim, aspf, fo, rua e ruf) ou remova-a.",
    };

    REMOVED_TAG = Message {
        code: "dmarc::removed-tag",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "C.5.2")),
        en: "{tag}= was removed in RFC 9989: new receivers ignore it, while older RFC 7489 receivers still read it.",
        en_help: "Remove {tag}={value}; it has no effect on RFC 9989 receivers.",
        pt: "{tag}= foi removida no RFC 9989: os recetores novos ignoram-na, enquanto recetores antigos (RFC 7489) ainda a leem.",
        pt_help: "Remova {tag}={value}; não tem efeito nos recetores RFC 9989.",
    };

    PCT_PARTIAL = Message {
        code: "dmarc::pct-partial",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "A.6")),
        en: "pct={value} asks old receivers to apply the policy to only {value}% of failing mail. RFC 9989 removed pct: new receivers apply the policy to all failing mail.",
        en_help: "To keep testing, use t=y (the new testing flag, like pct=0); to enforce, remove pct.",
        pt: "pct={value} pede aos recetores antigos que apliquem a política a apenas {value}% do correio que falha. O RFC 9989 removeu pct: os recetores novos aplicam a política a todo o correio que falha.",
        pt_help: "Para continuar a testar, use t=y (a nova indicação de modo de teste, como pct=0); para aplicar a política, remova pct.",
    };

    BAD_POLICY = Message {
        code: "dmarc::bad-policy",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.10.1")),
        en: "{tag}={value} is not a policy. Receivers then act as if the record said p=none (when rua has a valid address), or skip DMARC for your mail altogether.",
        en_help: "Use {tag}=none, {tag}=quarantine or {tag}=reject.",
        pt: "{tag}={value} não é uma política. Os recetores agem então como se o registo dissesse p=none (se rua tiver um endereço válido) ou ignoram o DMARC para o seu correio.",
        pt_help: "Use {tag}=none, {tag}=quarantine ou {tag}=reject.",
    };

    BAD_VALUE = Message {
        code: "dmarc::bad-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "{tag}={value} is not a valid value: receivers discard it and use the default.",
        en_help: "Use one of: {allowed}.",
        pt: "{tag}={value} não é um valor válido: os recetores descartam-no e usam a predefinição.",
        pt_help: "Use um destes: {allowed}.",
    };

    MISSPELT_VALUE = Message {
        code: "dmarc::misspelt-value",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "{tag}={value} is not a value receivers know: did you mean {suggestion}? As written, receivers discard the tag and use its default.",
        en_help: "Check the suggested value and apply it: {tag}={suggestion}.",
        pt: "{tag}={value} não é um valor que os recetores conheçam: queria dizer {suggestion}? Assim escrito, os recetores descartam a etiqueta e usam a predefinição.",
        pt_help: "Verifique o valor sugerido e aplique-o: {tag}={suggestion}.",
    };

    FO_CONFLICT = Message {
        code: "dmarc::fo-conflict",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "fo= holds both 0 and 1, which exclude each other: receivers may discard the tag.",
        en_help: "Choose fo=1 (a report when any check fails) or fo=0 (only when all fail).",
        pt: "fo= contém 0 e 1, que se excluem: os recetores podem descartar a etiqueta.",
        pt_help: "Escolha fo=1 (relatório quando qualquer verificação falha) ou fo=0 (só quando todas falham).",
    };

    FO_REPEATED = Message {
        code: "dmarc::fo-repeated",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "The option {value} appears more than once in fo=.",
        en_help: "List each option once.",
        pt: "A opção {value} aparece mais de uma vez em fo=.",
        pt_help: "Indique cada opção uma só vez.",
    };

    FO_WITHOUT_RUF = Message {
        code: "dmarc::fo-without-ruf",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "fo= only tunes failure reports, and the record has no ruf= to send them to: receivers ignore fo=.",
        en_help: "Remove fo=, or add ruf=mailto:<address> if you really want failure reports.",
        pt: "fo= só ajusta os relatórios de falha, e o registo não tem ruf= para onde os enviar: os recetores ignoram fo=.",
        pt_help: "Remova fo=, ou acrescente ruf=mailto:<endereço> se quiser mesmo relatórios de falha.",
    };

    BAD_URI = Message {
        code: "dmarc::bad-uri",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "\"{uri}\" is not a URI: receivers ignore it and send no reports there.",
        en_help: "Write report addresses as mailto:name@domain, separated by commas.",
        pt: "\"{uri}\" não é um URI: os recetores ignoram-no e não enviam relatórios para lá.",
        pt_help: "Escreva os endereços de relatórios como mailto:nome@domínio, separados por vírgulas.",
    };

    BAD_MAILTO = Message {
        code: "dmarc::bad-mailto",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.6")),
        en: "\"{uri}\" is not a valid mailto: address (name@domain, with characters such as spaces, commas and \"!\" percent-encoded): receivers send no reports there.",
        en_help: "Write the address as mailto:name@domain.",
        pt: "\"{uri}\" não é um endereço mailto: válido (nome@domínio, com carateres como espaços, vírgulas e \"!\" codificados com %): os recetores não enviam relatórios para lá.",
        pt_help: "Escreva o endereço como mailto:nome@domínio.",
    };

    URI_NOT_MAILTO = Message {
        code: "dmarc::bad-scheme",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "\"{uri}\" is not a mailto: URI. Receivers only have to support mailto:, and no other scheme (not even https:) is defined for DMARC reports: most receivers will ignore it.",
        en_help: "Use a mailto: address, such as mailto:dmarc-reports@your-domain.",
        pt: "\"{uri}\" não é um URI mailto:. Os recetores só são obrigados a suportar mailto:, e nenhum outro esquema (nem sequer https:) está definido para relatórios DMARC: a maioria dos recetores vai ignorá-lo.",
        pt_help: "Use um endereço mailto:, como mailto:relatorios-dmarc@o-seu-dominio.",
    };

    EMPTY_URI = Message {
        code: "dmarc::empty-uri",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "There is an empty entry in the list of report addresses (two commas, or a comma at an end).",
        en_help: "Remove the extra comma.",
        pt: "Há uma entrada vazia na lista de endereços de relatórios (duas vírgulas, ou uma vírgula numa ponta).",
        pt_help: "Remova a vírgula a mais.",
    };

    OBSOLETE_SIZE = Message {
        code: "dmarc::obsolete-size",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "The size limit \"!{size}\" is obsolete in RFC 9989: new receivers ignore it.",
        en_help: "Remove \"!{size}\" from the address.",
        pt: "O limite de tamanho \"!{size}\" está obsoleto no RFC 9989: os recetores novos ignoram-no.",
        pt_help: "Remova \"!{size}\" do endereço.",
    };

    BAD_SIZE = Message {
        code: "dmarc::bad-size",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.8")),
        en: "\"!{size}\" is not a valid size limit (digits, then optionally k, m, g or t, with no spaces): receivers may reject the whole address.",
        en_help: "Remove the size limit: it is obsolete in RFC 9989.",
        pt: "\"!{size}\" não é um limite de tamanho válido (algarismos, seguidos opcionalmente de k, m, g ou t, sem espaços): os recetores podem rejeitar o endereço inteiro.",
        pt_help: "Remova o limite de tamanho: está obsoleto no RFC 9989.",
    };

    MANY_URIS = Message {
        code: "dmarc::many-uris",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "C.7")),
        en: "{tag}= lists {count} addresses. RFC 7489 let receivers stop after the first two, and many still do: the addresses after the second may get no reports.",
        en_help: "Keep at most two addresses, and forward reports from one mailbox if more people need them.",
        pt: "{tag}= indica {count} endereços. O RFC 7489 permitia aos recetores parar depois dos dois primeiros, e muitos ainda o fazem: os endereços a partir do terceiro podem não receber relatórios.",
        pt_help: "Mantenha no máximo dois endereços e reencaminhe os relatórios a partir de uma caixa de correio se mais pessoas precisarem deles.",
    };

    MISSING_P = Message {
        code: "dmarc::missing-p",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.10.1")),
        en: "The record has no p= tag, so receivers treat it as p=none: they only send reports and do not protect your domain.",
        en_help: "Add p=none while you read the reports, then move to p=quarantine and p=reject.",
        pt: "O registo não tem a etiqueta p=, por isso os recetores tratam-no como p=none: só enviam relatórios e não protegem o seu domínio.",
        pt_help: "Acrescente p=none enquanto lê os relatórios e depois passe para p=quarantine e p=reject.",
    };

    NO_POLICY = Message {
        code: "dmarc::no-policy",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(R9989, "4.10.1")),
        en: "The record has no valid policy (p= is missing, or p=, sp= or np= has a bad value) and no valid rua= address: receivers apply no DMARC processing at all to your mail.",
        en_help: "Publish a policy and a report address, for example: v=DMARC1; p=none; rua=mailto:dmarc-reports@your-domain",
        pt: "O registo não tem uma política válida (falta p=, ou p=, sp= ou np= tem um valor inválido) nem um endereço rua= válido: os recetores não aplicam qualquer processamento DMARC ao seu correio.",
        pt_help: "Publique uma política e um endereço de relatórios, por exemplo: v=DMARC1; p=none; rua=mailto:relatorios-dmarc@o-seu-dominio",
    };

    P_NOT_SECOND = Message {
        code: "dmarc::p-not-second",
        severity: Severity::Warning,
        spec: Some(crate::SpecRef::rfc(7489, "6.4")),
        en: "p= does not come right after v=DMARC1. RFC 9989 allows any order, but RFC 7489 required p= second, and some older receivers reject the record.",
        en_help: "Move p= right after v=DMARC1.",
        pt: "p= não vem logo a seguir a v=DMARC1. O RFC 9989 aceita qualquer ordem, mas o RFC 7489 exigia p= em segundo lugar, e alguns recetores antigos rejeitam o registo.",
        pt_help: "Passe p= para logo a seguir a v=DMARC1.",
    };

    MONITORING_ONLY = Message {
        code: "dmarc::monitoring-only",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "3.2.12")),
        en: "p=none is monitoring only: receivers send reports but deliver mail that fails DMARC as usual, so anyone can still send mail as your domain.",
        en_help: "Read the aggregate (rua) reports until all your legitimate mail passes, then publish p=quarantine, and later p=reject.",
        pt: "p=none é só monitorização: os recetores enviam relatórios mas entregam normalmente o correio que falha o DMARC, por isso qualquer pessoa pode continuar a enviar correio em nome do seu domínio.",
        pt_help: "Leia os relatórios agregados (rua) até todo o seu correio legítimo passar e depois publique p=quarantine e, mais tarde, p=reject.",
    };

    WEAKER_SUBDOMAIN = Message {
        code: "dmarc::weaker-subdomain",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "sp=none leaves your subdomains unprotected although p={policy}: anyone can send mail as any existing subdomain.",
        en_help: "Remove sp= so that p={policy} applies to subdomains too, or set sp=quarantine or sp=reject.",
        pt: "sp=none deixa os seus subdomínios sem proteção, apesar de p={policy}: qualquer pessoa pode enviar correio em nome de qualquer subdomínio existente.",
        pt_help: "Remova sp= para que p={policy} também se aplique aos subdomínios, ou defina sp=quarantine ou sp=reject.",
    };

    WEAKER_NONEXISTENT = Message {
        code: "dmarc::weaker-nonexistent",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "np=none leaves subdomains that do not exist unprotected although their policy would otherwise be {policy}: anyone can send mail from made-up names such as invoices.<your domain>.",
        en_help: "Remove np= so that {policy} applies to them too, or set np=quarantine or np=reject.",
        pt: "np=none deixa sem proteção os subdomínios que não existem, embora a política deles fosse {policy}: qualquer pessoa pode enviar correio a partir de nomes inventados como faturas.<o seu domínio>.",
        pt_help: "Remova np= para que {policy} também se lhes aplique, ou defina np=quarantine ou np=reject.",
    };

    TESTING_MODE = Message {
        code: "dmarc::testing-mode",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(R9989, "4.7")),
        en: "t=y is testing mode: receivers apply one step less than your policy (reject becomes quarantine, quarantine becomes none) and may rewrite the From header of forwarded mail. Reports are sent as usual.",
        en_help: "When the reports show that all your legitimate mail passes, remove t=y to apply the policy in full.",
        pt: "t=y é o modo de teste: os recetores aplicam um nível abaixo da sua política (reject passa a quarantine, quarantine passa a none) e podem reescrever o cabeçalho From do correio reencaminhado. Os relatórios são enviados normalmente.",
        pt_help: "Quando os relatórios mostrarem que todo o seu correio legítimo passa, remova t=y para aplicar a política por inteiro.",
    };

    NO_RUA = Message {
        code: "dmarc::missing-rua",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(R9989, "5.1.3")),
        en: "The record has no rua= address: receivers send no aggregate reports, so you cannot see who sends mail as your domain, nor move safely to p=reject.",
        en_help: "Add rua=mailto:<address> with a mailbox (or a DMARC report service) that reads the reports.",
        pt: "O registo não tem endereço rua=: os recetores não enviam relatórios agregados, por isso não consegue ver quem envia correio em nome do seu domínio nem passar em segurança para p=reject.",
        pt_help: "Acrescente rua=mailto:<endereço> com uma caixa de correio (ou um serviço de relatórios DMARC) que leia os relatórios.",
    };

    RUF_PRIVACY = Message {
        code: "dmarc::ruf-privacy",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(R9989, "10.2")),
        en: "ruf= asks for failure reports about single messages. Few receivers send them, and those that do may include personal data from the messages.",
        en_help: "Keep ruf= only if you need it and the mailbox is protected; aggregate reports (rua=) are what you need to deploy DMARC.",
        pt: "ruf= pede relatórios de falha sobre mensagens individuais. Poucos recetores os enviam, e os que o fazem podem incluir dados pessoais das mensagens.",
        pt_help: "Mantenha ruf= só se precisar dele e se a caixa de correio estiver protegida; os relatórios agregados (rua=) são o que precisa para implementar o DMARC.",
    };

    AUTH_TAG_IGNORED = Message {
        code: "dmarc::auth-tag-ignored",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9990, "4")),
        en: "{tag}= has no effect in a report authorization record: only v=DMARC1 and optional rua= and ruf= overrides are read.",
        en_help: "Remove {tag}= from this record; policy tags belong in the _dmarc record of the domain.",
        pt: "{tag}= não tem efeito num registo de autorização de relatórios: só são lidas v=DMARC1 e, opcionalmente, rua= e ruf=.",
        pt_help: "Remova {tag}= deste registo; as etiquetas de política pertencem ao registo _dmarc do domínio.",
    };
}
