//! The findings of the domain check, in English and European Portuguese.

use crate::{Message, Severity, SpecRef};

macro_rules! msg {
    ($name:ident, $code:literal, $sev:ident, $spec:expr, $en:literal, $en_help:literal, $pt:literal, $pt_help:literal) => {
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

const fn rfc(n: u32, s: &'static str) -> SpecRef {
    SpecRef::rfc(n, s)
}

// --- The domain and the lookups -------------------------------------------

msg!(
    BAD_DOMAIN,
    "check::bad-domain",
    Error,
    rfc(1035, "2.3.1"),
    "{domain} is not a domain name that can be checked: a domain is two or more labels of letters, digits and hyphens, separated by dots.",
    "Type a domain such as example.com, without https:// or a path.",
    "{domain} não é um nome de domínio que se possa verificar: um domínio tem duas ou mais partes de letras, algarismos e hífenes, separadas por pontos.",
    "Escreva um domínio como example.com, sem https:// nem caminho."
);
msg!(
    NXDOMAIN,
    "check::nxdomain",
    Error,
    rfc(8020, "2"),
    "The domain {domain} does not exist: the DNS answered NXDOMAIN. Nobody can receive mail for it, and nothing below it can be published.",
    "Check the spelling. If the domain is yours, check that it is registered and that its name servers are delegated.",
    "O domínio {domain} não existe: o DNS respondeu NXDOMAIN. Ninguém pode receber correio para ele, e nada abaixo dele pode ser publicado.",
    "Verifique a ortografia. Se o domínio for seu, verifique se está registado e se os servidores de nomes estão delegados."
);
msg!(
    TIMEOUT,
    "check::timeout",
    Error,
    rfc(8484, "4.1"),
    "The lookup of {name} ({qtype}) got no answer in time, even after a second try, so this part could not be checked.",
    "Run the check again; if it keeps failing, the domain's name servers may be unreachable, or try another resolver.",
    "A consulta de {name} ({qtype}) não teve resposta a tempo, mesmo depois de uma segunda tentativa, por isso esta parte não pôde ser verificada.",
    "Repita a verificação; se continuar a falhar, os servidores de nomes do domínio podem estar inacessíveis, ou experimente outro resolvedor."
);
msg!(
    SERVFAIL,
    "check::servfail",
    Error,
    rfc(1035, "4.1.1"),
    "The resolver could not answer for {name} ({qtype}): it returned SERVFAIL. Receivers that get the same answer cannot read this record either; a broken DNSSEC signature or unreachable name servers are the usual causes.",
    "Check the domain's DNSSEC signatures and that all its name servers answer.",
    "O resolvedor não conseguiu responder por {name} ({qtype}): devolveu SERVFAIL. Os recetores que obtêm a mesma resposta também não conseguem ler este registo; as causas habituais são uma assinatura DNSSEC inválida ou servidores de nomes inacessíveis.",
    "Verifique as assinaturas DNSSEC do domínio e se todos os seus servidores de nomes respondem."
);
msg!(
    REFUSED,
    "check::refused",
    Error,
    rfc(1035, "4.1.1"),
    "The resolver refused to answer for {name} ({qtype}), so this part could not be checked.",
    "Try another resolver.",
    "O resolvedor recusou responder por {name} ({qtype}), por isso esta parte não pôde ser verificada.",
    "Experimente outro resolvedor."
);
msg!(
    HTTP_ERROR,
    "check::http-error",
    Error,
    rfc(8484, "4.2.1"),
    "The resolver answered HTTP {status} to the lookup of {name} ({qtype}) instead of a DNS answer, so this part could not be checked.",
    "Check the resolver's URL, or try another resolver.",
    "O resolvedor respondeu HTTP {status} à consulta de {name} ({qtype}) em vez de uma resposta DNS, por isso esta parte não pôde ser verificada.",
    "Verifique o URL do resolvedor ou experimente outro."
);
msg!(
    NETWORK_ERROR,
    "check::network-error",
    Error,
    rfc(8484, "5"),
    "The lookup of {name} ({qtype}) did not reach the resolver ({detail}), so this part could not be checked.",
    "Check your connection and the resolver's URL, then run the check again.",
    "A consulta de {name} ({qtype}) não chegou ao resolvedor ({detail}), por isso esta parte não pôde ser verificada.",
    "Verifique a sua ligação e o URL do resolvedor, e repita a verificação."
);
msg!(
    MALFORMED_ANSWER,
    "check::malformed-answer",
    Error,
    rfc(1035, "4.1"),
    "The answer to the lookup of {name} ({qtype}) could not be read ({detail}), so this part could not be checked.",
    "Try another resolver.",
    "A resposta à consulta de {name} ({qtype}) não pôde ser lida ({detail}), por isso esta parte não pôde ser verificada.",
    "Experimente outro resolvedor."
);
msg!(
    ANSWER_TOO_LARGE,
    "check::answer-too-large",
    Error,
    rfc(8484, "6"),
    "The answer to the lookup of {name} ({qtype}) is larger than Selo reads (32 KiB), so this part was not checked. Receivers often fail on answers this large too.",
    "Remove records that are no longer used from {name}.",
    "A resposta à consulta de {name} ({qtype}) é maior do que o Selo lê (32 KiB), por isso esta parte não foi verificada. Muitos recetores também falham com respostas deste tamanho.",
    "Remova de {name} os registos que já não são usados."
);
msg!(
    RESOLVER_UNREACHABLE,
    "check::resolver-unreachable",
    Error,
    rfc(8484, "3"),
    "Could not reach the resolver {resolver}: {reason}. Nothing was checked.",
    "Check the address, or choose another resolver.",
    "Não foi possível contactar o resolvedor {resolver}: {reason}. Nada foi verificado.",
    "Verifique o endereço ou escolha outro resolvedor."
);
msg!(
    DNSSEC_NOT_VOUCHED,
    "check::dnssec-not-vouched",
    Info,
    rfc(4035, "3.2.3"),
    "The resolver did not vouch for DNSSEC: not every answer came back with the AD (authenticated data) bit. Either the zone is not signed, or this resolver does not validate DNSSEC; this check cannot tell which, and a forged answer could not be told from a real one.",
    "To know whether the zone is signed, check again with a validating resolver (Cloudflare, Google and Quad9 validate). To sign it, turn DNSSEC on at your DNS host and publish the DS record at your registrar. DANE for mail (RFC 7672) needs DNSSEC; MTA-STS works without it.",
    "O resolvedor não garantiu o DNSSEC: nem todas as respostas vieram com o bit AD (dados autenticados). Ou a zona não está assinada, ou este resolvedor não valida DNSSEC; esta verificação não consegue saber qual, e uma resposta forjada não se distinguiria de uma verdadeira.",
    "Para saber se a zona está assinada, verifique de novo com um resolvedor que valide DNSSEC (o Cloudflare, o Google e o Quad9 validam). Para a assinar, ative o DNSSEC no seu fornecedor de DNS e publique o registo DS no seu registador. O DANE para correio (RFC 7672) precisa de DNSSEC; o MTA-STS funciona sem ele."
);
msg!(
    DNSSEC_VOUCHED,
    "check::dnssec-vouched",
    Info,
    rfc(4035, "3.2.3"),
    "The resolver vouched for DNSSEC: every answer came back with the AD (authenticated data) bit, so it validated each one against the zone's signatures.",
    "Nothing to do; keep the DNSSEC keys rolled over in time. The AD bit is only as trustworthy as the resolver and the path to it.",
    "O resolvedor garantiu o DNSSEC: todas as respostas vieram com o bit AD (dados autenticados), ou seja, validou cada uma com as assinaturas da zona.",
    "Nada a fazer; mantenha a rotação das chaves DNSSEC em dia. O bit AD só merece a confiança que merecem o resolvedor e o caminho até ele."
);

// --- MX --------------------------------------------------------------------

msg!(
    MX_MISSING,
    "check::mx-missing",
    Warning,
    rfc(5321, "5.1"),
    "{domain} has no MX record: senders fall back to its address (A/AAAA) if it has one, which is rarely a mail server.",
    "Publish the MX records your mail provider gives you, or a null MX (0 .) if the domain receives no mail (RFC 7505).",
    "{domain} não tem registo MX: os remetentes recorrem ao endereço (A/AAAA), se existir, que raramente é um servidor de correio.",
    "Publique os registos MX que o seu fornecedor de correio indica, ou um MX nulo (0 .) se o domínio não recebe correio (RFC 7505)."
);
msg!(
    MX_NULL,
    "check::mx-null",
    Info,
    rfc(7505, "3"),
    "{domain} publishes a null MX: it states that it receives no mail.",
    "If the domain sends no mail either, publish v=spf1 -all and a DMARC record with p=reject.",
    "{domain} publica um MX nulo: declara que não recebe correio.",
    "Se o domínio também não envia correio, publique v=spf1 -all e um registo DMARC com p=reject."
);

// --- SPF ---------------------------------------------------------------------

msg!(
    SPF_MISSING,
    "check::spf-missing",
    Warning,
    rfc(7208, "4.5"),
    "{domain} publishes no SPF record, so receivers cannot tell which servers may send its mail (SPF result none), and DMARC must rely on DKIM alone.",
    "Publish one TXT record at {domain}, for example v=spf1 mx -all, listing every service that sends your mail.",
    "{domain} não publica registo SPF, por isso os recetores não sabem que servidores podem enviar o seu correio (resultado SPF none), e o DMARC fica dependente só do DKIM.",
    "Publique um registo TXT em {domain}, por exemplo v=spf1 mx -all, com todos os serviços que enviam o seu correio."
);
msg!(
    SPF_MULTIPLE,
    "check::spf-multiple",
    Error,
    rfc(7208, "4.5"),
    "{domain} publishes {count} SPF records; with more than one, receivers return permerror and SPF fails for all its mail.",
    "Merge them into one v=spf1 record and delete the others.",
    "{domain} publica {count} registos SPF; com mais de um, os recetores devolvem permerror e o SPF falha para todo o seu correio.",
    "Junte-os num único registo v=spf1 e apague os outros."
);
msg!(
    SPF_TOO_MANY_LOOKUPS,
    "check::spf-too-many-lookups",
    Error,
    rfc(7208, "4.6.4"),
    "Evaluating the SPF record of {domain} takes {count} DNS lookups across its includes; the limit is 10, so receivers return permerror and SPF fails.",
    "Remove includes of services you no longer use, replace a and mx with ip4/ip6 ranges, or ask a provider for a flatter include.",
    "Avaliar o registo SPF de {domain} exige {count} consultas DNS, contando os includes; o limite é 10, por isso os recetores devolvem permerror e o SPF falha.",
    "Remova os includes de serviços que já não usa, substitua a e mx por intervalos ip4/ip6, ou peça ao fornecedor um include mais simples."
);
msg!(
    SPF_LOOKUPS_AT_LIMIT,
    "check::spf-lookups-at-limit",
    Warning,
    rfc(7208, "4.6.4"),
    "Evaluating the SPF record of {domain} takes {count} DNS lookups, at or near the limit of 10: one more include from a provider and SPF fails with permerror.",
    "Keep a margin: remove unused includes or replace a and mx with ip4/ip6 ranges.",
    "Avaliar o registo SPF de {domain} exige {count} consultas DNS, no limite de 10 ou perto dele: mais um include de um fornecedor e o SPF falha com permerror.",
    "Mantenha margem: remova includes que não usa ou substitua a e mx por intervalos ip4/ip6."
);
msg!(
    SPF_VOID_LOOKUPS,
    "check::spf-void-lookups",
    Error,
    rfc(7208, "4.6.4"),
    "The SPF record of {domain} makes {count} lookups that find nothing ({names}); more than 2 such void lookups make receivers return permerror.",
    "Remove the terms that point at names that do not exist or have no address.",
    "O registo SPF de {domain} faz {count} consultas que não encontram nada ({names}); com mais de 2 consultas vazias os recetores devolvem permerror.",
    "Remova os termos que apontam para nomes que não existem ou não têm endereço."
);
msg!(
    SPF_INCLUDE_LOOP,
    "check::spf-include-loop",
    Error,
    rfc(7208, "5.2"),
    "The SPF record of {domain} reaches itself again through include or redirect ({path}); receivers stop with permerror.",
    "Remove the include that points back up the chain.",
    "O registo SPF de {domain} volta a chegar a si próprio através de include ou redirect ({path}); os recetores param com permerror.",
    "Remova o include que aponta para trás na cadeia."
);
msg!(
    SPF_TARGET_MISSING,
    "check::spf-target-missing",
    Error,
    rfc(7208, "5.2"),
    "{parent} uses {term}, but {target} publishes no SPF record; receivers return permerror for the whole record.",
    "Fix the domain name in {term}, or remove it if the service is no longer used.",
    "{parent} usa {term}, mas {target} não publica registo SPF; os recetores devolvem permerror para todo o registo.",
    "Corrija o nome de domínio em {term}, ou remova-o se o serviço já não for usado."
);
msg!(
    SPF_TARGET_MULTIPLE,
    "check::spf-target-multiple",
    Error,
    rfc(7208, "4.5"),
    "{parent} uses {term}, but {target} publishes {count} SPF records; receivers return permerror.",
    "Ask the owner of {target} to publish one record, or stop using it.",
    "{parent} usa {term}, mas {target} publica {count} registos SPF; os recetores devolvem permerror.",
    "Peça ao responsável por {target} que publique um só registo, ou deixe de o usar."
);
msg!(
    SPF_TARGET_INVALID,
    "check::spf-target-invalid",
    Error,
    rfc(7208, "5.2"),
    "The SPF record of {target}, reached from {parent} by {term}, has errors ({codes}); receivers return permerror.",
    "Open that record in the validator; if it is a provider's, ask them to fix it.",
    "O registo SPF de {target}, alcançado a partir de {parent} por {term}, tem erros ({codes}); os recetores devolvem permerror.",
    "Abra esse registo no validador; se for de um fornecedor, peça-lhe que o corrija."
);
msg!(
    SPF_MX_TOO_MANY,
    "check::spf-mx-too-many",
    Error,
    rfc(7208, "4.6.4"),
    "{term} in the SPF record of {parent} finds {count} mail servers; more than 10 make receivers return permerror.",
    "List the servers' addresses with ip4/ip6 instead of mx.",
    "{term} no registo SPF de {parent} encontra {count} servidores de correio; mais de 10 fazem os recetores devolver permerror.",
    "Indique os endereços dos servidores com ip4/ip6 em vez de mx."
);
msg!(
    SPF_MACRO,
    "check::spf-macro",
    Info,
    rfc(7208, "7"),
    "{term} in the SPF record of {parent} uses macros, which depend on each message; Selo counts it as one lookup and does not follow it.",
    "Nothing to do if this is intended.",
    "{term} no registo SPF de {parent} usa macros, que dependem de cada mensagem; o Selo conta-o como uma consulta e não o segue.",
    "Nada a fazer se for intencional."
);
msg!(
    SPF_TREE_CUT,
    "check::spf-tree-cut",
    Warning,
    rfc(7208, "4.6.4"),
    "The include tree of {domain} is too large to follow entirely; Selo stopped at {count} records, well past what receivers accept.",
    "Reduce the includes until the record needs 10 lookups or fewer.",
    "A árvore de includes de {domain} é grande demais para ser seguida por inteiro; o Selo parou em {count} registos, muito além do que os recetores aceitam.",
    "Reduza os includes até o registo precisar de 10 consultas ou menos."
);

// --- DMARC -------------------------------------------------------------------

msg!(
    DMARC_MISSING,
    "check::dmarc-missing",
    Warning,
    rfc(9989, "4.10.1"),
    "No DMARC record applies to {domain}: neither {domain} nor any parent domain publishes one, so receivers apply no DMARC policy and send no reports.",
    "Publish at _dmarc.{domain}: v=DMARC1; p=none; rua=mailto:dmarc@{domain} and move to p=reject once reports show all your mail passes.",
    "Nenhum registo DMARC se aplica a {domain}: nem {domain} nem nenhum domínio acima publica um, por isso os recetores não aplicam política DMARC nem enviam relatórios.",
    "Publique em _dmarc.{domain}: v=DMARC1; p=none; rua=mailto:dmarc@{domain} e passe a p=reject quando os relatórios mostrarem que todo o seu correio passa."
);
msg!(
    DMARC_MULTIPLE,
    "check::dmarc-multiple",
    Error,
    rfc(9989, "4.10"),
    "{name} holds {count} DMARC records; receivers discard them all, so none of them applies.",
    "Keep one v=DMARC1 record at {name} and delete the others.",
    "{name} tem {count} registos DMARC; os recetores descartam-nos a todos, por isso nenhum se aplica.",
    "Mantenha um único registo v=DMARC1 em {name} e apague os outros."
);
msg!(
    DMARC_APPLIES,
    "check::dmarc-applies",
    Info,
    rfc(9989, "4.10.1"),
    "{domain} has no DMARC record of its own: the record of its organizational domain, at _dmarc.{from}, applies to it, and its policy for {domain} is {policy} (from {tag}=).",
    "To give {domain} its own policy, publish a record at _dmarc.{domain}.",
    "{domain} não tem registo DMARC próprio: aplica-se-lhe o registo do seu domínio organizacional, em _dmarc.{from}, e a política desse registo para {domain} é {policy} (da etiqueta {tag}=).",
    "Para dar a {domain} uma política própria, publique um registo em _dmarc.{domain}."
);
msg!(
    DMARC_APPLIES_PSD,
    "check::dmarc-applies-psd",
    Warning,
    rfc(9989, "4.10.1"),
    "Neither {domain} nor its organizational domain publishes a DMARC record: the record of the public suffix domain {from} (psd=y) applies, with policy {policy} (from {tag}=). That policy is set by the suffix's operator, not by you, and sends your reports nowhere you control.",
    "Publish your own record at _dmarc of your organizational domain, for example v=DMARC1; p=none; rua=mailto:dmarc@<your domain>.",
    "Nem {domain} nem o seu domínio organizacional publicam registo DMARC: aplica-se o registo do domínio de sufixo público {from} (psd=y), com a política {policy} (da etiqueta {tag}=). Essa política é definida pelo operador do sufixo, não por si, e não envia os relatórios para um endereço seu.",
    "Publique um registo próprio em _dmarc do seu domínio organizacional, por exemplo v=DMARC1; p=none; rua=mailto:dmarc@<o seu domínio>."
);
msg!(
    DMARC_RUA_UNAUTHORIZED,
    "check::dmarc-report-unauthorized",
    Warning,
    rfc(9990, "4"),
    "Reports for {domain} go to {uri}, in another organization's domain, but {destination} has not published the authorization record {name}; receivers send no reports there.",
    "Ask the owner of {destination} to publish a TXT record v=DMARC1 at {name} (or *._report._dmarc.{destination}), or use an address in your own domain.",
    "Os relatórios de {domain} vão para {uri}, no domínio de outra organização, mas {destination} não publicou o registo de autorização {name}; os recetores não enviam relatórios para lá.",
    "Peça ao responsável por {destination} que publique um registo TXT v=DMARC1 em {name} (ou *._report._dmarc.{destination}), ou use um endereço no seu próprio domínio."
);

// --- DKIM --------------------------------------------------------------------

msg!(
    DKIM_NONE_FOUND,
    "check::dkim-none-found",
    Warning,
    rfc(6376, "3.6.2.1"),
    "No DKIM key was found at the {count} selectors tried. Each sender chooses its own selector names, so a key may exist under a name Selo did not try.",
    "Find the selector in a message's DKIM-Signature header (s=) and add it to the check; if you sign no mail, set up DKIM with your mail provider.",
    "Não foi encontrada nenhuma chave DKIM nos {count} seletores experimentados. Cada remetente escolhe os nomes dos seus seletores, por isso pode existir uma chave com um nome que o Selo não experimentou.",
    "Procure o seletor no cabeçalho DKIM-Signature de uma mensagem (s=) e acrescente-o à verificação; se não assina correio, configure o DKIM com o seu fornecedor de correio."
);
msg!(
    DKIM_SELECTOR_MISSING,
    "check::dkim-selector-missing",
    Warning,
    rfc(6376, "3.6.2.1"),
    "There is no DKIM key at {name}: messages signed with selector {selector} fail DKIM.",
    "Publish the key your mail provider gives for selector {selector}, or check the selector's spelling.",
    "Não há chave DKIM em {name}: as mensagens assinadas com o seletor {selector} falham o DKIM.",
    "Publique a chave que o seu fornecedor de correio indica para o seletor {selector}, ou verifique como está escrito."
);
msg!(
    DKIM_MULTIPLE,
    "check::dkim-multiple",
    Error,
    rfc(6376, "3.6.2.2"),
    "{name} holds {count} TXT records; verifiers may take any of them, so signatures fail at random.",
    "Keep only the current key record at {name}.",
    "{name} tem {count} registos TXT; os verificadores podem usar qualquer um deles, por isso as assinaturas falham ao acaso.",
    "Mantenha em {name} apenas o registo da chave atual."
);
msg!(
    DKIM_CNAME,
    "check::dkim-cname",
    Info,
    rfc(6376, "3.6.2.1"),
    "{name} is an alias (CNAME) of {target}: the key is kept by whoever runs {target}, usually your mail provider, who can rotate it.",
    "Nothing to do; keep the CNAME while you use that provider.",
    "{name} é um alias (CNAME) de {target}: a chave é mantida por quem gere {target}, normalmente o seu fornecedor de correio, que a pode rodar.",
    "Nada a fazer; mantenha o CNAME enquanto usar esse fornecedor."
);

// --- MTA-STS -----------------------------------------------------------------

msg!(
    MTA_STS_MISSING,
    "check::mta-sts-missing",
    Info,
    rfc(8461, "3.1"),
    "{domain} publishes no MTA-STS record, so senders may deliver its mail without TLS or to a forged server when an attacker interferes (\"STSFetchResult.NONE\").",
    "Publish a policy file at https://mta-sts.{domain}/.well-known/mta-sts.txt and then a TXT record at _mta-sts.{domain}, starting in mode testing.",
    "{domain} não publica registo MTA-STS, por isso os remetentes podem entregar o seu correio sem TLS ou a um servidor forjado quando um atacante interfere (\"STSFetchResult.NONE\").",
    "Publique um ficheiro de política em https://mta-sts.{domain}/.well-known/mta-sts.txt e depois um registo TXT em _mta-sts.{domain}, começando em modo testing."
);
msg!(
    MTA_STS_MULTIPLE,
    "check::mta-sts-multiple",
    Error,
    rfc(8461, "3.1"),
    "{name} holds {count} MTA-STS records; senders then act as if the domain had no MTA-STS at all.",
    "Keep one v=STSv1 record at {name} and delete the others.",
    "{name} tem {count} registos MTA-STS; os remetentes agem então como se o domínio não tivesse MTA-STS.",
    "Mantenha um único registo v=STSv1 em {name} e apague os outros."
);
msg!(
    POLICY_MISSING,
    "check::mta-sts-policy-missing",
    Error,
    rfc(8461, "3.2"),
    "The MTA-STS record says a policy exists, but the server answered 404 Not Found at {url}; senders cannot apply MTA-STS.",
    "Serve the policy file at {url} over HTTPS with a valid certificate for mta-sts.{domain}.",
    "O registo MTA-STS diz que existe uma política, mas o servidor respondeu 404 (não encontrado) em {url}; os remetentes não conseguem aplicar o MTA-STS.",
    "Sirva o ficheiro de política em {url} por HTTPS, com um certificado válido para mta-sts.{domain}."
);
msg!(
    POLICY_NO_HOST,
    "check::mta-sts-policy-no-host",
    Error,
    rfc(8461, "3.2"),
    "The MTA-STS record says a policy exists, but the host {host} does not exist in the DNS, so nobody can fetch {url}; senders cannot apply MTA-STS.",
    "Publish an address (A/AAAA or CNAME) for {host} and serve the policy file there over HTTPS.",
    "O registo MTA-STS diz que existe uma política, mas o servidor {host} não existe no DNS, por isso ninguém consegue obter {url}; os remetentes não conseguem aplicar o MTA-STS.",
    "Publique um endereço (A/AAAA ou CNAME) para {host} e sirva lá o ficheiro de política por HTTPS."
);
msg!(
    POLICY_UNREADABLE,
    "check::mta-sts-policy-unreadable",
    Warning,
    rfc(8461, "3.3"),
    "This browser could not read the policy at {url}: the server may not let web pages read it (CORS), or the TLS connection or the network failed; a page cannot tell which. This does not mean the policy is missing: mail servers fetch it directly, without these limits.",
    "Open {url} in a new tab and paste its text into the validator, or run selo check from a command line to fetch it directly.",
    "Este navegador não conseguiu ler a política em {url}: o servidor pode não deixar páginas web lê-la (CORS), ou a ligação TLS ou a rede falharam; uma página não consegue distinguir. Isto não significa que a política esteja em falta: os servidores de correio obtêm-na diretamente, sem estes limites.",
    "Abra {url} num novo separador e cole o texto no validador, ou execute selo check numa linha de comandos para a obter diretamente."
);
msg!(
    POLICY_FETCH_FAILED,
    "check::mta-sts-policy-fetch-failed",
    Error,
    rfc(8461, "3.3"),
    "The policy at {url} could not be fetched ({detail}); senders that fail the same way cannot apply MTA-STS.",
    "Serve the policy over HTTPS with a certificate valid for mta-sts.{domain}, without redirects, answering 200 with the policy text.",
    "A política em {url} não pôde ser obtida ({detail}); os remetentes que falhem da mesma forma não conseguem aplicar o MTA-STS.",
    "Sirva a política por HTTPS, com um certificado válido para mta-sts.{domain}, sem redirecionamentos, respondendo 200 com o texto da política."
);
msg!(
    POLICY_HTTP_STATUS,
    "check::mta-sts-policy-http-status",
    Error,
    rfc(8461, "3.3"),
    "The policy server answered HTTP {status} for {url}; senders accept only 200 with the policy.",
    "Serve the policy file at {url} with status 200.",
    "O servidor da política respondeu HTTP {status} para {url}; os remetentes só aceitam 200 com a política.",
    "Sirva o ficheiro de política em {url} com o estado 200."
);
msg!(
    POLICY_REDIRECT,
    "check::mta-sts-policy-redirect",
    Error,
    rfc(8461, "3.3"),
    "The policy server answered {url} with a redirect; senders must not follow redirects, so they get no policy.",
    "Serve the policy file itself at {url} with status 200.",
    "O servidor da política respondeu a {url} com um redirecionamento; os remetentes não podem seguir redirecionamentos, por isso não obtêm a política.",
    "Sirva o próprio ficheiro de política em {url} com o estado 200."
);
msg!(
    POLICY_TOO_LARGE,
    "check::mta-sts-policy-too-large",
    Error,
    rfc(8461, "3.2"),
    "The file at {url} is larger than 64 KiB, far more than a policy needs; senders may refuse it.",
    "Serve only the policy lines (version, mode, mx, max_age) at {url}.",
    "O ficheiro em {url} tem mais de 64 KiB, muito mais do que uma política precisa; os remetentes podem recusá-lo.",
    "Sirva em {url} apenas as linhas da política (version, mode, mx, max_age)."
);
msg!(
    MX_UNCOVERED,
    "check::mta-sts-mx-uncovered",
    Error,
    rfc(8461, "4.1"),
    "The MX host {mx} is not covered by any mx pattern of the policy; in mode enforce, senders refuse to deliver mail to it.",
    "Add mx: {mx} (or a matching *. pattern) to the policy file, then change the id in the _mta-sts record.",
    "O servidor MX {mx} não está coberto por nenhum padrão mx da política; no modo enforce, os remetentes recusam entregar-lhe correio.",
    "Acrescente mx: {mx} (ou um padrão *. correspondente) ao ficheiro de política e depois altere o id no registo _mta-sts."
);
msg!(
    MX_UNCOVERED_TESTING,
    "check::mta-sts-mx-uncovered-testing",
    Warning,
    rfc(8461, "4.1"),
    "The MX host {mx} is not covered by any mx pattern of the policy; in mode testing mail still flows, but TLS reports show failures, and enforce would block it.",
    "Add mx: {mx} (or a matching *. pattern) to the policy file before moving to enforce.",
    "O servidor MX {mx} não está coberto por nenhum padrão mx da política; no modo testing o correio continua a passar, mas os relatórios TLS mostram falhas, e o modo enforce bloqueá-lo-ia.",
    "Acrescente mx: {mx} (ou um padrão *. correspondente) ao ficheiro de política antes de passar a enforce."
);

// --- TLS-RPT and BIMI --------------------------------------------------------

msg!(
    TLS_RPT_MISSING,
    "check::tls-rpt-missing",
    Info,
    rfc(8460, "3"),
    "{domain} publishes no TLS-RPT record, so it hears nothing when senders fail to deliver its mail over TLS.",
    "Publish at _smtp._tls.{domain}: v=TLSRPTv1; rua=mailto:tlsrpt@{domain}",
    "{domain} não publica registo TLS-RPT, por isso não sabe quando os remetentes falham ao entregar o seu correio por TLS.",
    "Publique em _smtp._tls.{domain}: v=TLSRPTv1; rua=mailto:tlsrpt@{domain}"
);
msg!(
    TLS_RPT_MULTIPLE,
    "check::tls-rpt-multiple",
    Error,
    rfc(8460, "3"),
    "{name} holds {count} TLS-RPT records; senders then send no reports.",
    "Keep one v=TLSRPTv1 record at {name}, listing every address in its rua=.",
    "{name} tem {count} registos TLS-RPT; os remetentes não enviam então relatórios.",
    "Mantenha um único registo v=TLSRPTv1 em {name}, com todos os endereços no seu rua=."
);
msg!(
    BIMI_MISSING,
    "check::bimi-missing",
    Info,
    SpecRef::draft("draft-brand-indicators-for-message-identification", "4.2"),
    "{domain} publishes no BIMI record, so mailboxes show no brand logo next to its mail.",
    "Once DMARC is at p=quarantine or p=reject, publish at default._bimi.{domain}: v=BIMI1; l=https://{domain}/logo.svg",
    "{domain} não publica registo BIMI, por isso as caixas de correio não mostram o logótipo da marca junto ao seu correio.",
    "Quando o DMARC estiver em p=quarantine ou p=reject, publique em default._bimi.{domain}: v=BIMI1; l=https://{domain}/logo.svg"
);
msg!(
    BIMI_MULTIPLE,
    "check::bimi-multiple",
    Error,
    SpecRef::draft("draft-brand-indicators-for-message-identification", "4.2"),
    "{name} holds {count} BIMI records; mailboxes then show no logo.",
    "Keep one v=BIMI1 record at {name}.",
    "{name} tem {count} registos BIMI; as caixas de correio não mostram então nenhum logótipo.",
    "Mantenha um único registo v=BIMI1 em {name}."
);
msg!(
    BIMI_NEEDS_ENFORCEMENT,
    "check::bimi-needs-enforcement",
    Error,
    SpecRef::draft("draft-brand-indicators-for-message-identification", "4.4"),
    "The BIMI record is published, but the DMARC policy that applies to {domain} is {policy}; mailboxes show the logo only when DMARC is at p=quarantine or p=reject (and sp= is not none).",
    "Move DMARC to p=quarantine or p=reject once reports show all your mail passes.",
    "O registo BIMI está publicado, mas a política DMARC que se aplica a {domain} é {policy}; as caixas de correio só mostram o logótipo com o DMARC em p=quarantine ou p=reject (e sp= diferente de none).",
    "Passe o DMARC a p=quarantine ou p=reject quando os relatórios mostrarem que todo o seu correio passa."
);

msg!(
    BIMI_NEEDS_DMARC,
    "check::bimi-needs-dmarc",
    Error,
    SpecRef::draft("draft-brand-indicators-for-message-identification", "4.4"),
    "The BIMI record is published, but no DMARC record applies to {domain}; mailboxes show the logo only when DMARC is at p=quarantine or p=reject.",
    "Publish a DMARC record at _dmarc.{domain}, and move it to p=quarantine or p=reject once reports show all your mail passes.",
    "O registo BIMI está publicado, mas nenhum registo DMARC se aplica a {domain}; as caixas de correio só mostram o logótipo com o DMARC em p=quarantine ou p=reject.",
    "Publique um registo DMARC em _dmarc.{domain} e passe-o a p=quarantine ou p=reject quando os relatórios mostrarem que todo o seu correio passa."
);

/// Every finding of the domain check.
pub static MESSAGES: &[&Message] = &[
    &BAD_DOMAIN,
    &NXDOMAIN,
    &TIMEOUT,
    &SERVFAIL,
    &REFUSED,
    &HTTP_ERROR,
    &NETWORK_ERROR,
    &MALFORMED_ANSWER,
    &ANSWER_TOO_LARGE,
    &RESOLVER_UNREACHABLE,
    &DNSSEC_NOT_VOUCHED,
    &DNSSEC_VOUCHED,
    &MX_MISSING,
    &MX_NULL,
    &SPF_MISSING,
    &SPF_MULTIPLE,
    &SPF_TOO_MANY_LOOKUPS,
    &SPF_LOOKUPS_AT_LIMIT,
    &SPF_VOID_LOOKUPS,
    &SPF_INCLUDE_LOOP,
    &SPF_TARGET_MISSING,
    &SPF_TARGET_MULTIPLE,
    &SPF_TARGET_INVALID,
    &SPF_MX_TOO_MANY,
    &SPF_MACRO,
    &SPF_TREE_CUT,
    &DMARC_MISSING,
    &DMARC_MULTIPLE,
    &DMARC_APPLIES,
    &DMARC_APPLIES_PSD,
    &DMARC_RUA_UNAUTHORIZED,
    &DKIM_NONE_FOUND,
    &DKIM_SELECTOR_MISSING,
    &DKIM_MULTIPLE,
    &DKIM_CNAME,
    &MTA_STS_MISSING,
    &MTA_STS_MULTIPLE,
    &POLICY_MISSING,
    &POLICY_NO_HOST,
    &POLICY_UNREADABLE,
    &POLICY_FETCH_FAILED,
    &POLICY_HTTP_STATUS,
    &POLICY_REDIRECT,
    &POLICY_TOO_LARGE,
    &MX_UNCOVERED,
    &MX_UNCOVERED_TESTING,
    &TLS_RPT_MISSING,
    &TLS_RPT_MULTIPLE,
    &BIMI_MISSING,
    &BIMI_MULTIPLE,
    &BIMI_NEEDS_ENFORCEMENT,
    &BIMI_NEEDS_DMARC,
];
