//! The findings of the message analyzer, in English and European Portuguese.

use crate::{Severity, SpecRef};

crate::diagnostic::catalogue! {
    NOT_A_MESSAGE = Message {
        code: "message::not-a-message",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(5322, "2.1")),
        en: "This is not an e-mail message: {reason}.",
        en_help: "Give the whole message as your mail program saves it (.eml, \"show original\" or \"view source\"), or at least its header lines from the top down to the first empty line.",
        pt: "Isto não é uma mensagem de correio eletrónico: {reason}.",
        pt_help: "Indique a mensagem inteira tal como o seu programa de correio a guarda (.eml, \"mostrar original\" ou \"ver código-fonte\"), ou pelo menos as linhas do cabeçalho, desde o início até à primeira linha vazia.",
    };
    NO_FROM = Message {
        code: "message::no-from",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9989, "4.4")),
        en: "The message has no From address with a domain, so DMARC has no domain to check: receivers that enforce DMARC reject such messages.",
        en_help: "Check that the whole header was pasted; a sending program must write exactly one From: with one address.",
        pt: "A mensagem não tem um endereço From com domínio, por isso o DMARC não tem domínio a verificar: os recetores que aplicam o DMARC rejeitam estas mensagens.",
        pt_help: "Verifique se colou o cabeçalho inteiro; um programa de envio tem de escrever exatamente um From: com um endereço.",
    };
    HEADERS_ONLY = Message {
        code: "message::headers-only",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(6376, "3.7")),
        en: "Only the header was given: the body hash of each DKIM signature could not be compared, so a signature that is right in every other respect shows as neutral, not pass.",
        en_help: "To verify DKIM fully, give the whole message (.eml) with its body.",
        pt: "Só foi indicado o cabeçalho: o hash do corpo de cada assinatura DKIM não pôde ser comparado, por isso uma assinatura correta em tudo o resto aparece como neutra, não como passa.",
        pt_help: "Para verificar o DKIM por inteiro, indique a mensagem completa (.eml) com o corpo.",
    };
    DKIM_NONE = Message {
        code: "message::dkim-none",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.5")),
        en: "The message has no DKIM signature, so DMARC can pass only through SPF, which breaks as soon as the message is forwarded.",
        en_help: "Turn DKIM signing on for {from_domain} in the program or service that sends this mail, and publish its key (the DKIM generator makes the record).",
        pt: "A mensagem não tem assinatura DKIM, por isso o DMARC só pode passar pelo SPF, que falha assim que a mensagem é reencaminhada.",
        pt_help: "Ative a assinatura DKIM para {from_domain} no programa ou serviço que envia este correio e publique a sua chave (o gerador DKIM cria o registo).",
    };
    DKIM_BODY_CHANGED = Message {
        code: "message::dkim-body-changed",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.7")),
        en: "The DKIM signature of {domain} (selector {selector}) fails: the body changed after it was signed (the body hash does not match). A forwarder or mailing list that adds a footer or rewrites the text does this.",
        en_help: "If a list or forwarder changed the message, its ARC seal (RFC 8617) is what receivers can trust; make sure the message also passes through DKIM at its first hop. If nothing should change the body, look for a gateway that rewrites links or adds disclaimers after signing.",
        pt: "A assinatura DKIM de {domain} (seletor {selector}) falha: o corpo mudou depois de assinado (o hash do corpo não coincide). Um reencaminhador ou lista de correio que acrescenta um rodapé ou reescreve o texto faz isto.",
        pt_help: "Se uma lista ou reencaminhador alterou a mensagem, o seu selo ARC (RFC 8617) é o que os recetores podem aceitar; garanta que a mensagem também passa no DKIM no primeiro salto. Se nada devia alterar o corpo, procure um gateway que reescreva ligações ou acrescente avisos depois da assinatura.",
    };
    DKIM_BAD_SIGNATURE = Message {
        code: "message::dkim-bad-signature",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "6.1.3")),
        en: "The DKIM signature of {domain} (selector {selector}) fails: the signed header fields changed after signing, or the published key is not the one that signed.",
        en_help: "Check that {name} publishes the public half of the key the sender signs with now (after a key rotation the old selector must stay published until mail signed with it is delivered), and that no relay rewrites the Subject, From or other signed fields.",
        pt: "A assinatura DKIM de {domain} (seletor {selector}) falha: os campos de cabeçalho assinados mudaram depois da assinatura, ou a chave publicada não é a que assinou.",
        pt_help: "Verifique se {name} publica a metade pública da chave com que o remetente assina agora (depois de uma troca de chaves, o seletor antigo tem de continuar publicado até o correio assinado com ele ser entregue), e se nenhum relay reescreve o Subject, o From ou outros campos assinados.",
    };
    DKIM_KEY_MISSING = Message {
        code: "message::dkim-key-missing",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "6.1.2")),
        en: "The DKIM signature of {domain} cannot be checked: no key is published at {name}.",
        en_help: "Publish the selector's public key as a TXT record at {name} (your sending service shows it, often as a CNAME to its own name), or have the sender sign with a selector that is published.",
        pt: "A assinatura DKIM de {domain} não pode ser verificada: não há chave publicada em {name}.",
        pt_help: "Publique a chave pública do seletor como registo TXT em {name} (o seu serviço de envio mostra-a, muitas vezes como CNAME para um nome dele), ou faça o remetente assinar com um seletor publicado.",
    };
    DKIM_KEY_REVOKED = Message {
        code: "message::dkim-key-revoked",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.6.1")),
        en: "The DKIM signature of {domain} fails: the key at {name} is revoked (its p= is empty).",
        en_help: "The sender still signs with a retired selector: configure it to sign with the current key, or publish a key at {name} again.",
        pt: "A assinatura DKIM de {domain} falha: a chave em {name} está revogada (o p= está vazio).",
        pt_help: "O remetente ainda assina com um seletor retirado: configure-o para assinar com a chave atual, ou volte a publicar uma chave em {name}.",
    };
    DKIM_KEY_SHORT = Message {
        code: "message::dkim-key-short",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(8301, "3.2")),
        en: "The DKIM signature of {domain} is not accepted: the RSA key at {name} has {bits} bits, and verifiers must refuse keys shorter than 1024 bits.",
        en_help: "Make a new 2048-bit key pair (the DKIM generator does it), publish it under a new selector and have the sender sign with it.",
        pt: "A assinatura DKIM de {domain} não é aceite: a chave RSA em {name} tem {bits} bits, e os verificadores têm de recusar chaves com menos de 1024 bits.",
        pt_help: "Crie um novo par de chaves de 2048 bits (o gerador DKIM faz isso), publique-o num novo seletor e faça o remetente assinar com ele.",
    };
    DKIM_EXPIRED = Message {
        code: "message::dkim-expired",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.5")),
        en: "The DKIM signature of {domain} expired: its x= is {expired}, before the time of this check.",
        en_help: "Nothing to fix if the message is old. If new mail arrives already expired, the sender's x= is too short or its clock is wrong: allow several days.",
        pt: "A assinatura DKIM de {domain} expirou: o seu x= é {expired}, antes da hora desta verificação.",
        pt_help: "Nada a corrigir se a mensagem for antiga. Se o correio novo chega já expirado, o x= do remetente é curto demais ou o relógio dele está errado: permita vários dias.",
    };
    DKIM_FUTURE = Message {
        code: "message::dkim-future",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(6376, "3.5")),
        en: "The DKIM signature of {domain} says it was made at {signed} (t=), which is in the future: the signing server's clock is wrong. Verifiers may ignore such a signature.",
        en_help: "Set the signing server's clock with NTP.",
        pt: "A assinatura DKIM de {domain} diz que foi feita em {signed} (t=), que está no futuro: o relógio do servidor que assina está errado. Os verificadores podem ignorar uma assinatura assim.",
        pt_help: "Acerte o relógio do servidor que assina com NTP.",
    };
    DKIM_MALFORMED = Message {
        code: "message::dkim-malformed",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "3.5")),
        en: "A DKIM-Signature field cannot be read ({detail}), so it counts for nothing.",
        en_help: "The signing software or a relay wrote a broken signature; update or reconfigure the signer.",
        pt: "Um campo DKIM-Signature não pode ser lido ({detail}), por isso não conta para nada.",
        pt_help: "O software que assina ou um relay escreveu uma assinatura inválida; atualize ou reconfigure quem assina.",
    };
    DKIM_UNSUPPORTED = Message {
        code: "message::dkim-unsupported",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(8301, "3.1")),
        en: "The DKIM signature of {domain} cannot be verified: {detail}.",
        en_help: "Sign with rsa-sha256 or ed25519-sha256 (RFC 8463); rsa-sha1 is no longer accepted.",
        pt: "A assinatura DKIM de {domain} não pode ser verificada: {detail}.",
        pt_help: "Assine com rsa-sha256 ou ed25519-sha256 (RFC 8463); o rsa-sha1 já não é aceite.",
    };
    DKIM_TEMPERROR = Message {
        code: "message::dkim-temperror",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(6376, "6.1.2")),
        en: "The key of the DKIM signature of {domain} could not be looked up at {name} ({detail}); the signature could not be checked.",
        en_help: "Run the analysis again, or try another resolver.",
        pt: "A chave da assinatura DKIM de {domain} não pôde ser consultada em {name} ({detail}); a assinatura não pôde ser verificada.",
        pt_help: "Repita a análise ou experimente outro resolvedor.",
    };
    DKIM_UNALIGNED = Message {
        code: "message::dkim-unaligned",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(9989, "4.4.1")),
        en: "The DKIM signature passes, but it is made with {domain}, not with the From domain {from_domain} ({mode} alignment): it does not count for DMARC. This is what a sending service does when it signs with its own domain.",
        en_help: "Set up DKIM for {from_domain} at the sending service (usually two or three CNAME records it gives you; the DKIM generator has the providers' presets), so that it signs with d={from_domain}.",
        pt: "A assinatura DKIM passa, mas é feita com {domain}, não com o domínio do From {from_domain} (alinhamento {mode}): não conta para o DMARC. É o que faz um serviço de envio quando assina com o seu próprio domínio.",
        pt_help: "Configure o DKIM para {from_domain} no serviço de envio (normalmente dois ou três registos CNAME que ele lhe indica; o gerador DKIM tem as predefinições dos fornecedores), para que assine com d={from_domain}.",
    };
    SPF_NO_IP = Message {
        code: "message::spf-no-ip",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "4.1")),
        en: "No Received line names the connecting IP address, so SPF was not evaluated.",
        en_help: "Give the address of the server that delivered the message (--ip, or the field on the page); the receiving server's own Received line shows it.",
        pt: "Nenhuma linha Received indica o endereço IP de ligação, por isso o SPF não foi avaliado.",
        pt_help: "Indique o endereço do servidor que entregou a mensagem (--ip, ou o campo na página); a linha Received do próprio servidor recetor mostra-o.",
    };
    SPF_NONE = Message {
        code: "message::spf-none",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "2.6.1")),
        en: "{domain} publishes no SPF record, so SPF gives none for this message.",
        en_help: "Publish an SPF record at {domain} listing the servers that send its mail (the SPF generator has presets for common senders).",
        pt: "{domain} não publica registo SPF, por isso o SPF dá none para esta mensagem.",
        pt_help: "Publique um registo SPF em {domain} com os servidores que enviam o seu correio (o gerador SPF tem predefinições para os remetentes habituais).",
    };
    SPF_FAIL = Message {
        code: "message::spf-fail",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "2.6.4")),
        en: "SPF {result} for {ip}: the SPF record of {domain} does not list this address ({matched}).",
        en_help: "If this server sends for {domain} legitimately, add it to the SPF record: {fix}.",
        pt: "O SPF dá {result} para {ip}: o registo SPF de {domain} não inclui este endereço ({matched}).",
        pt_help: "Se este servidor envia legitimamente por {domain}, acrescente-o ao registo SPF: {fix}.",
    };
    SPF_NEUTRAL = Message {
        code: "message::spf-neutral",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "2.6.2")),
        en: "SPF neutral for {ip}: the SPF record of {domain} makes no statement about this address ({matched}), which counts as no SPF pass for DMARC.",
        en_help: "List the servers that send for {domain} and end the record with ~all or -all.",
        pt: "O SPF dá neutral para {ip}: o registo SPF de {domain} não diz nada sobre este endereço ({matched}), o que não conta como SPF a passar para o DMARC.",
        pt_help: "Indique os servidores que enviam por {domain} e termine o registo com ~all ou -all.",
    };
    SPF_PERMERROR = Message {
        code: "message::spf-permerror",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "2.6.7")),
        en: "SPF permerror for {domain}: {detail}. Receivers treat the record as broken.",
        en_help: "Fix the SPF record of {domain} (paste it in the validator to see each problem).",
        pt: "O SPF dá permerror para {domain}: {detail}. Os recetores tratam o registo como inválido.",
        pt_help: "Corrija o registo SPF de {domain} (cole-o no validador para ver cada problema).",
    };
    SPF_TEMPERROR = Message {
        code: "message::spf-temperror",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "2.6.6")),
        en: "SPF temperror for {domain}: the lookup of {name} failed ({detail}).",
        en_help: "Run the analysis again, or try another resolver.",
        pt: "O SPF dá temperror para {domain}: a consulta de {name} falhou ({detail}).",
        pt_help: "Repita a análise ou experimente outro resolvedor.",
    };
    SPF_UNALIGNED = Message {
        code: "message::spf-unaligned",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(9989, "4.4.2")),
        en: "SPF passes, but for the envelope domain {domain}, not for the From domain {from_domain} ({mode} alignment): it does not count for DMARC. Sending services use their own bounce domain unless told otherwise.",
        en_help: "Set up a custom return-path (bounce) domain under {from_domain} at the sending service, or rely on DKIM signed with d={from_domain}.",
        pt: "O SPF passa, mas para o domínio do envelope {domain}, não para o domínio do From {from_domain} (alinhamento {mode}): não conta para o DMARC. Os serviços de envio usam o seu próprio domínio de devoluções, a não ser que lhes indique outro.",
        pt_help: "Configure no serviço de envio um domínio de return-path (devoluções) próprio abaixo de {from_domain}, ou conte com o DKIM assinado com d={from_domain}.",
    };
    DMARC_PASS = Message {
        code: "message::dmarc-pass",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9989, "4.4")),
        en: "DMARC passes for {from_domain}: {via} passes and is aligned with the From domain.",
        en_help: "Nothing to do for this message.",
        pt: "O DMARC passa para {from_domain}: {via} passa e está alinhado com o domínio do From.",
        pt_help: "Nada a fazer para esta mensagem.",
    };
    DMARC_FAIL = Message {
        code: "message::dmarc-fail",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9989, "4.4")),
        en: "DMARC fails for {from_domain}: neither DKIM nor SPF passes aligned with the From domain. Under p={policy} a receiver would apply: {disposition}.",
        en_help: "Fix one of the two, aligned with {from_domain}: DKIM is the more robust (it survives forwarding). See the findings above for what each one needs.",
        pt: "O DMARC falha para {from_domain}: nem o DKIM nem o SPF passam alinhados com o domínio do From. Com p={policy}, um recetor aplicaria: {disposition}.",
        pt_help: "Corrija um dos dois, alinhado com {from_domain}: o DKIM é o mais robusto (resiste ao reencaminhamento). Veja nas constatações acima o que cada um precisa.",
    };
    DMARC_NO_POLICY = Message {
        code: "message::dmarc-no-policy",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(9989, "4.10")),
        en: "No DMARC policy applies to {from_domain}: receivers do not check alignment for it, and anyone can send as it.",
        en_help: "Publish a DMARC record at _dmarc.{from_domain}, starting with p=none and a rua= address (the DMARC generator makes it).",
        pt: "Nenhuma política DMARC se aplica a {from_domain}: os recetores não verificam o alinhamento, e qualquer pessoa pode enviar em seu nome.",
        pt_help: "Publique um registo DMARC em _dmarc.{from_domain}, começando com p=none e um endereço rua= (o gerador DMARC cria-o).",
    };
    DMARC_TESTING = Message {
        code: "message::dmarc-testing",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(9989, "5.3")),
        en: "The DMARC policy of {applies_from} is in testing mode (t=y): receivers apply one step less than p={policy}.",
        en_help: "Remove t=y once the reports show that all your mail passes.",
        pt: "A política DMARC de {applies_from} está em modo de teste (t=y): os recetores aplicam um nível abaixo de p={policy}.",
        pt_help: "Retire o t=y quando os relatórios mostrarem que todo o seu correio passa.",
    };
    DMARC_TEMPERROR = Message {
        code: "message::dmarc-temperror",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(9989, "4.10")),
        en: "The DMARC policy of {from_domain} could not be looked up ({detail}).",
        en_help: "Run the analysis again, or try another resolver.",
        pt: "A política DMARC de {from_domain} não pôde ser consultada ({detail}).",
        pt_help: "Repita a análise ou experimente outro resolvedor.",
    };
    ARC_PRESENT = Message {
        code: "message::arc-present",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8617, "5.2")),
        en: "The message carries an ARC chain of {count} set(s), last sealed by {domain} (cv={cv}); Selo's verification of the chain: {result}. A receiver that trusts {domain} may accept the message on the results it recorded before forwarding.",
        en_help: "ARC cannot be fixed by the sender; it tells a receiver what the forwarder saw. Keep DKIM aligned so that mail survives forwarders that do not seal.",
        pt: "A mensagem traz uma cadeia ARC de {count} conjunto(s), selada por último por {domain} (cv={cv}); a verificação da cadeia pelo Selo: {result}. Um recetor que confie em {domain} pode aceitar a mensagem com base nos resultados que este registou antes de a reencaminhar.",
        pt_help: "O ARC não é corrigido pelo remetente; diz a um recetor o que o reencaminhador viu. Mantenha o DKIM alinhado para que o correio resista a reencaminhadores que não selam.",
    };
    AUTH_RESULTS_DIFFER = Message {
        code: "message::auth-results-differ",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(8601, "2.2")),
        en: "{authserv} recorded {method}={theirs} when it received the message; Selo finds {method}={ours} now. Keys and records may have changed since, or the message was changed after that hop.",
        en_help: "Trust the result of the server that received the message when the difference is due to time; otherwise compare the records it saw with what is published now.",
        pt: "{authserv} registou {method}={theirs} quando recebeu a mensagem; o Selo obtém agora {method}={ours}. As chaves e os registos podem ter mudado entretanto, ou a mensagem foi alterada depois desse salto.",
        pt_help: "Confie no resultado do servidor que recebeu a mensagem quando a diferença se deve ao tempo; caso contrário, compare os registos que ele viu com o que está publicado agora.",
    };
}
