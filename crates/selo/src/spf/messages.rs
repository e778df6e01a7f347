//! The messages the SPF module emits.

use crate::{Severity, SpecRef};

crate::diagnostic::catalogue! {
    WRONG_OWNER = Message {
        code: "spf::wrong-owner",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "4.4")),
        en: "This line publishes the SPF record at {owner}, a name kept for another protocol's record: receivers look up SPF at the domain of the envelope sender itself, so they never read it there.",
        en_help: "Publish the SPF record at the domain that sends (for example.com: example.com itself).",
        pt: "Esta linha publica o registo SPF em {owner}, um nome reservado ao registo de outro protocolo: os recetores procuram o SPF no próprio domínio do remetente do envelope, por isso nunca o leem aí.",
        pt_help: "Publique o registo SPF no domínio que envia (para example.com: o próprio example.com).",
    };

    NOT_SPF = Message {
        code: "spf::other-type",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.5")),
        en: "This is {kind}, not an SPF record.",
        en_help: "Check that you pasted the right record, or choose its own type. An SPF record starts with v=spf1, for example: v=spf1 mx -all",
        pt: "Isto é {kind}, não um registo SPF.",
        pt_help: "Verifique se colou o registo certo ou escolha o tipo dele. Um registo SPF começa por v=spf1, por exemplo: v=spf1 mx -all",
    };

    NO_VERSION = Message {
        code: "spf::not-spf",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.5")),
        en: "This text does not start with v=spf1, so receivers do not treat it as an SPF record and ignore it.",
        en_help: "An SPF record starts with v=spf1 followed by a space and the terms, for example: v=spf1 mx -all",
        pt: "Este texto não começa por v=spf1, por isso os recetores não o tratam como registo SPF e ignoram-no.",
        pt_help: "Um registo SPF começa por v=spf1 seguido de um espaço e dos termos, por exemplo: v=spf1 mx -all",
    };

    BAD_VERSION = Message {
        code: "spf::bad-version",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.5")),
        en: "The version {version} is not v=spf1: v=spf1 must be followed by a space or end the record, so receivers ignore this record.",
        en_help: "Write v=spf1, then a space, then the terms, for example: v=spf1 mx -all",
        pt: "A versão {version} não é v=spf1: v=spf1 tem de ser seguido de um espaço ou terminar o registo, por isso os recetores ignoram este registo.",
        pt_help: "Escreva v=spf1, depois um espaço e depois os termos, por exemplo: v=spf1 mx -all",
    };

    LEADING_SPACE = Message {
        code: "spf::leading-space",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.5")),
        en: "The record starts with white space; receivers look for v=spf1 at the very start and ignore this record.",
        en_help: "Remove the white space before v=spf1.",
        pt: "O registo começa com espaços; os recetores procuram v=spf1 logo no início e ignoram este registo.",
        pt_help: "Remova os espaços antes de v=spf1.",
    };

    BAD_SPACE = Message {
        code: "spf::bad-space",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "12")),
        en: "Terms must be separated by plain spaces; this tab or line break makes receivers reject the record (permerror).",
        en_help: "Replace it with a space.",
        pt: "Os termos têm de ser separados por espaços simples; esta tabulação ou mudança de linha faz os recetores rejeitarem o registo (permerror).",
        pt_help: "Substitua-a por um espaço.",
    };

    NON_ASCII = Message {
        code: "spf::non-ascii",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.5")),
        en: "The character {char} is not 7-bit ASCII; SPF records are plain ASCII, so receivers reject the record (permerror).",
        en_help: "Remove it, or write domain names in their xn-- (punycode) form.",
        pt: "O carácter {char} não é ASCII de 7 bits; os registos SPF são ASCII simples, por isso os recetores rejeitam o registo (permerror).",
        pt_help: "Remova-o ou escreva os nomes de domínio na forma xn-- (punycode).",
    };

    BAD_CHAR = Message {
        code: "spf::bad-char",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "12")),
        en: "The control character {char} cannot appear in an SPF record; receivers reject the record (permerror).",
        en_help: "Remove it.",
        pt: "O carácter de controlo {char} não pode aparecer num registo SPF; os recetores rejeitam o registo (permerror).",
        pt_help: "Remova-o.",
    };

    UNKNOWN_MECHANISM = Message {
        code: "spf::unknown-mechanism",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5")),
        en: "{name} is not an SPF mechanism; receivers stop at it and return permerror, so SPF fails for all of your mail.",
        en_help: "Use one of all, include, a, mx, ptr, ip4, ip6 and exists (for example include:{name} or ip4:...), or remove it. A modifier is written name=value.",
        pt: "{name} não é um mecanismo SPF; os recetores param nele e devolvem permerror, por isso o SPF falha para todo o seu correio.",
        pt_help: "Use um de all, include, a, mx, ptr, ip4, ip6 e exists (por exemplo include:{name} ou ip4:...), ou remova-o. Um modificador escreve-se nome=valor.",
    };

    LONE_QUALIFIER = Message {
        code: "spf::lone-qualifier",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.6.2")),
        en: "The qualifier {qualifier} stands alone, apart from {term}: receivers read {qualifier} as a broken term (permerror for the whole record) and {term} with the default qualifier + (pass).",
        en_help: "Write them together, with no space: {qualifier}{term}.",
        pt: "O qualificador {qualifier} está sozinho, separado de {term}: os recetores leem {qualifier} como um termo inválido (permerror para todo o registo) e {term} com o qualificador predefinido + (pass).",
        pt_help: "Escreva-os juntos, sem espaço: {qualifier}{term}.",
    };

    BAD_TERM = Message {
        code: "spf::bad-term",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "12")),
        en: "{term} is neither a mechanism nor a modifier; receivers return permerror for the whole record.",
        en_help: "Remove it. A mechanism is written like mx, -all or include:example.com; a modifier like redirect=example.com.",
        pt: "{term} não é um mecanismo nem um modificador; os recetores devolvem permerror para todo o registo.",
        pt_help: "Remova-o. Um mecanismo escreve-se como mx, -all ou include:example.com; um modificador como redirect=example.com.",
    };

    QUALIFIED_MODIFIER = Message {
        code: "spf::qualified-modifier",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "12")),
        en: "The modifier {name}= has a qualifier ({qualifier}); only mechanisms take one, so receivers return permerror.",
        en_help: "Remove the {qualifier} before {name}=.",
        pt: "O modificador {name}= tem um qualificador ({qualifier}); só os mecanismos o admitem, por isso os recetores devolvem permerror.",
        pt_help: "Remova o {qualifier} antes de {name}=.",
    };

    MISSING_DOMAIN = Message {
        code: "spf::missing-domain",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "12")),
        en: "{name} needs a domain after it, and none is given; receivers return permerror.",
        en_help: "Write the domain right after it, with no space, for example {name}example.com (or remove the term).",
        pt: "{name} precisa de um domínio a seguir e não tem nenhum; os recetores devolvem permerror.",
        pt_help: "Escreva o domínio logo a seguir, sem espaço, por exemplo {name}example.com (ou remova o termo).",
    };

    UNEXPECTED_ARGUMENT = Message {
        code: "spf::unexpected-argument",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "12")),
        en: "{text} is not allowed after {name}; receivers return permerror.",
        en_help: "Remove {text}, or check the form of {name} in RFC 7208 section 5.",
        pt: "{text} não é admitido depois de {name}; os recetores devolvem permerror.",
        pt_help: "Remova {text} ou verifique a forma de {name} no RFC 7208, secção 5.",
    };

    MISSING_ADDRESS = Message {
        code: "spf::missing-address",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5.6")),
        en: "{name} needs an address after a colon, such as {name}:{example}; without it receivers return permerror.",
        en_help: "Write the address or network, for example {name}:{example}.",
        pt: "{name} precisa de um endereço depois de dois pontos, como {name}:{example}; sem ele os recetores devolvem permerror.",
        pt_help: "Escreva o endereço ou a rede, por exemplo {name}:{example}.",
    };

    BAD_IP4 = Message {
        code: "spf::bad-ip4",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5.6")),
        en: "{value} is not an IPv4 address (four numbers 0-255 separated by dots); receivers return permerror.",
        en_help: "Write a dotted-quad address such as 192.0.2.10 or a network such as 192.0.2.0/24. Host names and macros are not allowed in ip4: (use a: or include: for a name).",
        pt: "{value} não é um endereço IPv4 (quatro números de 0 a 255 separados por pontos); os recetores devolvem permerror.",
        pt_help: "Escreva um endereço como 192.0.2.10 ou uma rede como 192.0.2.0/24. Nomes e macros não são admitidos em ip4: (use a: ou include: para um nome).",
    };

    BAD_IP6 = Message {
        code: "spf::bad-ip6",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5.6")),
        en: "{value} is not an IPv6 address; receivers return permerror.",
        en_help: "Write an address such as 2001:db8::1 or a network such as 2001:db8::/32. Host names and macros are not allowed in ip6:.",
        pt: "{value} não é um endereço IPv6; os recetores devolvem permerror.",
        pt_help: "Escreva um endereço como 2001:db8::1 ou uma rede como 2001:db8::/32. Nomes e macros não são admitidos em ip6:.",
    };

    IP6_IN_IP4 = Message {
        code: "spf::ip6-in-ip4",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5.6")),
        en: "{value} is an IPv6 address, but ip4: takes only IPv4 addresses; receivers return permerror.",
        en_help: "Write ip6:{value} instead.",
        pt: "{value} é um endereço IPv6, mas ip4: só admite endereços IPv4; os recetores devolvem permerror.",
        pt_help: "Escreva antes ip6:{value}.",
    };

    IP4_IN_IP6 = Message {
        code: "spf::ip4-in-ip6",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5.6")),
        en: "{value} is an IPv4 address, but ip6: takes only IPv6 addresses; receivers return permerror.",
        en_help: "Write ip4:{value} instead.",
        pt: "{value} é um endereço IPv4, mas ip6: só admite endereços IPv6; os recetores devolvem permerror.",
        pt_help: "Escreva antes ip4:{value}.",
    };

    BAD_CIDR = Message {
        code: "spf::bad-cidr",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "12")),
        en: "The prefix length {value} is malformed: it must be a number without leading zeros; receivers return permerror.",
        en_help: "Write the prefix length as a plain number, such as /24 for IPv4 or //64 for IPv6 after a: and mx:.",
        pt: "O comprimento de prefixo {value} está malformado: tem de ser um número sem zeros à esquerda; os recetores devolvem permerror.",
        pt_help: "Escreva o comprimento de prefixo como um número simples, como /24 para IPv4 ou //64 para IPv6 depois de a: e mx:.",
    };

    CIDR_RANGE = Message {
        code: "spf::cidr-out-of-range",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5.6")),
        en: "The {family} prefix length {value} is too long: it goes from 0 to {max}; receivers return permerror.",
        en_help: "Write a length from 0 to {max}. After a: and mx:, an IPv6 length is written with two slashes, like a/24//64.",
        pt: "O comprimento de prefixo {family} {value} é demasiado grande: vai de 0 a {max}; os recetores devolvem permerror.",
        pt_help: "Escreva um comprimento de 0 a {max}. Depois de a: e mx:, um comprimento IPv6 escreve-se com duas barras, como a/24//64.",
    };

    DUPLICATE_MODIFIER = Message {
        code: "spf::duplicate-modifier",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "6")),
        en: "The modifier {name}= appears twice; it may appear at most once, so receivers return permerror.",
        en_help: "Keep one {name}= and remove the other.",
        pt: "O modificador {name}= aparece duas vezes; só pode aparecer uma vez, por isso os recetores devolvem permerror.",
        pt_help: "Mantenha um {name}= e remova o outro.",
    };

    BAD_PERCENT = Message {
        code: "spf::bad-percent",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "7.3")),
        en: "A % must start a macro (%{{...}}, %%, %_ or %-); this one does not, so receivers return permerror.",
        en_help: "Write %% for a literal percent sign, or a macro such as %{{d}}.",
        pt: "Um % tem de iniciar uma macro (%{{...}}, %%, %_ ou %-); este não inicia, por isso os recetores devolvem permerror.",
        pt_help: "Escreva %% para um sinal de percentagem literal, ou uma macro como %{{d}}.",
    };

    UNKNOWN_MACRO_LETTER = Message {
        code: "spf::unknown-macro-letter",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "7.2")),
        en: "{letter} is not a macro letter; receivers return permerror.",
        en_help: "Use one of s, l, o, d, i, p, h, v (and c, r, t in explanations), for example %{{d}}.",
        pt: "{letter} não é uma letra de macro; os recetores devolvem permerror.",
        pt_help: "Use uma de s, l, o, d, i, p, h, v (e c, r, t nas explicações), por exemplo %{{d}}.",
    };

    MACRO_ZERO = Message {
        code: "spf::macro-zero-digits",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "7.3")),
        en: "The number of parts in {macro} is zero, which RFC 7208 forbids; receivers return permerror.",
        en_help: "Use a number from 1 up, or no number at all to keep every part.",
        pt: "O número de partes em {macro} é zero, o que o RFC 7208 proíbe; os recetores devolvem permerror.",
        pt_help: "Use um número a partir de 1, ou nenhum número para manter todas as partes.",
    };

    BAD_MACRO = Message {
        code: "spf::bad-macro",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "7.1")),
        en: "The macro {macro} is malformed; receivers return permerror.",
        en_help: "Write it like %{{d}}, %{{ir}} or %{{l1r-}}: a macro letter, then an optional number and r, then optional delimiters (. - + , / _ =), then a closing brace.",
        pt: "A macro {macro} está malformada; os recetores devolvem permerror.",
        pt_help: "Escreva-a como %{{d}}, %{{ir}} ou %{{l1r-}}: uma letra de macro, depois um número e r opcionais, depois delimitadores opcionais (. - + , / _ =) e por fim a chaveta de fecho.",
    };

    MACRO_ONLY_IN_EXP = Message {
        code: "spf::macro-only-in-exp",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "7.2")),
        en: "The macro letter {letter} is allowed only in explanation text, not here; receivers return permerror.",
        en_help: "Use one of s, l, o, d, i, h, v here; c, r and t belong only in the explanation text, the TXT record that exp= names.",
        pt: "A letra de macro {letter} só é admitida no texto de explicação, não aqui; os recetores devolvem permerror.",
        pt_help: "Use aqui uma de s, l, o, d, i, h, v; c, r e t só cabem no texto de explicação, o registo TXT que exp= indica.",
    };

    BAD_DOMAIN_END = Message {
        code: "spf::bad-domain-end",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "7.1")),
        en: "{domain} does not end like a domain: it must end with a dot and a top-level label that has a letter (like .com) or with a macro; receivers return permerror.",
        en_help: "Write the full domain name, such as _spf.example.com, or end it with a macro such as %{{d}}.",
        pt: "{domain} não termina como um domínio: tem de terminar com um ponto e uma etiqueta de topo com uma letra (como .com) ou com uma macro; os recetores devolvem permerror.",
        pt_help: "Escreva o nome de domínio completo, como _spf.example.com, ou termine-o com uma macro como %{{d}}.",
    };

    BAD_DOMAIN_NAME = Message {
        code: "spf::bad-domain-name",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "4.3")),
        en: "{domain} is not a valid domain name (it has an empty label, a label over 63 characters, a character other than letters, digits, '-' and '_', a hyphen at the edge of a label, or is over 253 characters), so the DNS query for it fails.",
        en_help: "Check the spelling of the domain name.",
        pt: "{domain} não é um nome de domínio válido (tem uma etiqueta vazia, uma etiqueta com mais de 63 caracteres, um carácter que não é letra, algarismo, '-' ou '_', um hífen no extremo de uma etiqueta, ou mais de 253 caracteres), por isso a consulta DNS falha.",
        pt_help: "Verifique como está escrito o nome de domínio.",
    };

    PASS_ALL = Message {
        code: "spf::pass-all",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "5.1")),
        en: "{term} lets every server in the world pass SPF as your domain: anyone can send mail as you.",
        en_help: "List your real senders and end with -all (or ~all while testing), for example: v=spf1 mx include:_spf.example.net -all",
        pt: "{term} deixa qualquer servidor do mundo passar o SPF em nome do seu domínio: qualquer pessoa pode enviar correio fazendo-se passar por si.",
        pt_help: "Liste os seus remetentes reais e termine com -all (ou ~all durante testes), por exemplo: v=spf1 mx include:_spf.example.net -all",
    };

    NEUTRAL_ALL = Message {
        code: "spf::neutral-all",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "8.2")),
        en: "?all says nothing about servers not listed, so mail forged from them is not marked; the record protects almost nothing.",
        en_help: "End with -all (hosts not listed fail) or ~all (softfail) once every sender is listed.",
        pt: "?all nada diz sobre os servidores não listados, por isso o correio forjado a partir deles não é marcado; o registo quase não protege.",
        pt_help: "Termine com -all (os servidores não listados falham) ou ~all (softfail) depois de listar todos os remetentes.",
    };

    NO_ALL = Message {
        code: "spf::no-all",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "4.7")),
        en: "The record has no all mechanism and no redirect=, so mail from servers not listed gets the default result neutral: forged mail is not marked.",
        en_help: "End the record with -all (hosts not listed fail) or ~all (softfail).",
        pt: "O registo não tem o mecanismo all nem redirect=, por isso o correio de servidores não listados recebe o resultado neutral, a predefinição: o correio forjado não é marcado.",
        pt_help: "Termine o registo com -all (os servidores não listados falham) ou ~all (softfail).",
    };

    PTR = Message {
        code: "spf::ptr",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "5.5")),
        en: "The ptr mechanism is slow, unreliable and puts load on the DNS; RFC 7208 says it SHOULD NOT be used, and some receivers skip it.",
        en_help: "Replace it with ip4:, ip6:, a or include: terms for your sending servers.",
        pt: "O mecanismo ptr é lento, pouco fiável e sobrecarrega o DNS; o RFC 7208 diz que NÃO DEVE ser usado e alguns recetores ignoram-no.",
        pt_help: "Substitua-o por termos ip4:, ip6:, a ou include: para os seus servidores de envio.",
    };

    P_MACRO = Message {
        code: "spf::p-macro",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "7.3")),
        en: "The %{{p}} macro needs slow reverse DNS lookups; RFC 7208 says it SHOULD NOT be published.",
        en_help: "Use other macros, such as %{{i}} or %{{d}}, or list the servers with ip4:/ip6:.",
        pt: "A macro %{{p}} precisa de consultas DNS inversas lentas; o RFC 7208 diz que NÃO DEVE ser publicada.",
        pt_help: "Use outras macros, como %{{i}} ou %{{d}}, ou liste os servidores com ip4:/ip6:.",
    };

    AFTER_ALL = Message {
        code: "spf::after-all",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "5.1")),
        en: "{term} comes after all, which always matches, so receivers never look at it.",
        en_help: "Move it before the all mechanism, or remove it.",
        pt: "{term} vem depois de all, que corresponde sempre, por isso os recetores nunca o avaliam.",
        pt_help: "Mova-o para antes do mecanismo all ou remova-o.",
    };

    REDIRECT_IGNORED = Message {
        code: "spf::redirect-ignored",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "6.1")),
        en: "redirect= is ignored because the record has an all mechanism, which always decides first.",
        en_help: "Remove either the redirect= or the all mechanism.",
        pt: "redirect= é ignorado porque o registo tem um mecanismo all, que decide sempre primeiro.",
        pt_help: "Remova o redirect= ou o mecanismo all.",
    };

    LOOKUP_COUNT = Message {
        code: "spf::lookup-count",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(7208, "4.6.4")),
        en: "This record needs about {total} of the 10 DNS lookups a receiver allows (estimate): {own} for its own terms (include, a, mx, ptr, exists and redirect each count) and {nested} inside the records it includes that Selo knows; an include Selo does not know counts as 1 and may cost more.",
        en_help: "Keep the total, with every included record, at 10 or fewer; replace lookups with ip4:/ip6: where you can.",
        pt: "Este registo precisa de cerca de {total} das 10 consultas DNS que um recetor admite (estimativa): {own} para os seus próprios termos (include, a, mx, ptr, exists e redirect contam cada um) e {nested} dentro dos registos incluídos que o Selo conhece; um include que o Selo não conhece conta como 1 e pode custar mais.",
        pt_help: "Mantenha o total, com todos os registos incluídos, em 10 ou menos; substitua consultas por ip4:/ip6: sempre que possível.",
    };

    LOOKUP_ESTIMATE_HIGH = Message {
        code: "spf::lookup-estimate-high",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "4.6.4")),
        en: "This record needs about {total} of the 10 DNS lookups a receiver allows: {own} for its own terms and {nested} inside the records it includes. So close to the limit, one more sender, or a provider adding a lookup to its record, makes SPF fail (permerror) for all of your mail.",
        en_help: "Keep a margin under 10: remove senders you no longer use, replace a and mx with ip4:/ip6: networks, or move a bulk sender to a subdomain of its own.",
        pt: "Este registo precisa de cerca de {total} das 10 consultas DNS que um recetor admite: {own} para os seus próprios termos e {nested} dentro dos registos que inclui. Tão perto do limite, mais um remetente, ou um fornecedor que acrescente uma consulta ao seu registo, faz o SPF falhar (permerror) para todo o seu correio.",
        pt_help: "Mantenha uma margem abaixo de 10: remova os remetentes que já não usa, substitua a e mx por redes ip4:/ip6:, ou passe um remetente em massa para um subdomínio próprio.",
    };

    LOOKUP_ESTIMATE_OVER = Message {
        code: "spf::lookup-estimate-over",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.6.4")),
        en: "This record needs about {total} DNS lookups: {own} for its own terms and {nested} inside the records it includes. The limit is 10, so receivers stop with permerror and SPF fails for all of your mail.",
        en_help: "Get to 10 or fewer: move bulk senders to a subdomain of their own (their custom MAIL FROM or return-path domain), remove senders you no longer use, or replace a and mx with ip4:/ip6: networks.",
        pt: "Este registo precisa de cerca de {total} consultas DNS: {own} para os seus próprios termos e {nested} dentro dos registos que inclui. O limite é 10, por isso os recetores param com permerror e o SPF falha para todo o seu correio.",
        pt_help: "Fique com 10 ou menos: passe os remetentes em massa para um subdomínio próprio (o domínio MAIL FROM ou de devoluções deles), remova os remetentes que já não usa, ou substitua a e mx por redes ip4:/ip6:.",
    };

    LOOKUP_UNKNOWN = Message {
        code: "spf::lookup-unknown-includes",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(7208, "4.6.4")),
        en: "Selo does not know what the records of these includes cost, so each counts as 1 lookup here and may cost more: {includes}.",
        en_help: "Check the whole tree with the domain check, which resolves the includes, or in the provider's documentation.",
        pt: "O Selo não sabe quanto custam os registos destes includes, por isso cada um conta aqui como 1 consulta e pode custar mais: {includes}.",
        pt_help: "Verifique a árvore completa com a verificação do domínio, que resolve os includes, ou na documentação do fornecedor.",
    };

    ALLOWS_NOBODY = Message {
        code: "spf::allows-nobody",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "5.1")),
        en: "v=spf1 -all lets no server send mail as this domain: every message from it fails SPF. That is right only for a domain that never sends mail.",
        en_help: "If the domain sends mail, list its senders before -all, for example: v=spf1 mx include:_spf.example.net -all",
        pt: "v=spf1 -all não deixa nenhum servidor enviar correio em nome deste domínio: todas as mensagens dele falham o SPF. Só está certo para um domínio que nunca envia correio.",
        pt_help: "Se o domínio envia correio, liste os remetentes antes de -all, por exemplo: v=spf1 mx include:_spf.example.net -all",
    };

    PRESET_ON_SUBDOMAIN = Message {
        code: "spf::preset-on-subdomain",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "2.4")),
        en: "{provider} belongs in the SPF record of the sending subdomain you set up with it (its custom MAIL FROM domain), not in your main domain's record: there it spends lookups and does not make SPF align with your domain.",
        en_help: "Set a custom MAIL FROM subdomain at {provider} (such as mail.example.com) and publish v=spf1 include:{include} -all on that subdomain; if this record is for it, tick the sending subdomain box above.",
        pt: "{provider} pertence ao registo SPF do subdomínio de envio que configura com ele (o seu domínio MAIL FROM próprio), não ao registo do domínio principal: aí gasta consultas e não alinha o SPF com o seu domínio.",
        pt_help: "Defina em {provider} um subdomínio MAIL FROM próprio (como mail.example.com) e publique v=spf1 include:{include} -all nesse subdomínio; se este registo for para ele, marque acima a caixa do subdomínio de envio.",
    };

    PRESET_NOT_NEEDED = Message {
        code: "spf::preset-not-needed",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(7208, "2.4")),
        en: "{provider} sends with its own envelope domain, so nothing goes in your SPF record for it: ticking it adds nothing. What makes its mail align with your domain is DKIM.",
        en_help: "Publish the DKIM records {provider} gives you (usually CNAME records shown in its domain authentication settings).",
        pt: "{provider} envia com o seu próprio domínio de envelope, por isso não entra nada no seu registo SPF para ele: marcá-lo não acrescenta nada. O que alinha o correio dele com o seu domínio é o DKIM.",
        pt_help: "Publique os registos DKIM que {provider} lhe dá (normalmente registos CNAME mostrados nas definições de autenticação de domínio).",
    };

    TOO_MANY_LOOKUPS = Message {
        code: "spf::too-many-lookups",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "4.6.4")),
        en: "This record needs {count} DNS lookups; the limit is 10, so receivers stop with permerror and SPF fails for your mail.",
        en_help: "Remove terms you do not need, or replace include:, a and mx with ip4:/ip6: networks, to get to 10 or fewer.",
        pt: "Este registo SPF precisa de {count} consultas DNS; o limite é 10, por isso os recetores param com permerror e o SPF falha para o seu correio.",
        pt_help: "Remova os termos de que não precisa, ou substitua include:, a e mx por redes ip4:/ip6:, até ficar com 10 ou menos.",
    };

    NEEDS_SPLITTING = Message {
        code: "spf::needs-splitting",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(7208, "3.3")),
        en: "This record is {len} bytes long, more than the 255 bytes one TXT string holds, so DNS keeps it as several strings.",
        en_help: "Most DNS panels split long values themselves: paste the whole value there. In a zone file, or in a panel that asks for split values, use strings of at most 255 bytes (Selo's zone-file line has them); receivers join them with nothing in between.",
        pt: "Este registo tem {len} bytes, mais do que os 255 bytes que cabem numa cadeia TXT, por isso o DNS guarda-o em várias cadeias.",
        pt_help: "A maioria dos painéis de DNS divide os valores longos sozinha: cole aí o valor completo. Num ficheiro de zona, ou num painel que peça valores divididos, use blocos de até 255 bytes (a linha de ficheiro de zona do Selo já os tem); os recetores juntam-nos sem nada entre eles.",
    };

    OVER_450 = Message {
        code: "spf::over-450",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "3.4")),
        en: "This record is {len} bytes long; RFC 7208 asks to keep it under 450 bytes so the DNS answer fits in one 512-byte UDP packet.",
        en_help: "Shorten it: remove unused terms, or move groups of senders into include: records.",
        pt: "Este registo tem {len} bytes; o RFC 7208 pede que fique abaixo de 450 bytes para que a resposta DNS caiba num pacote UDP de 512 bytes.",
        pt_help: "Encurte-o: remova termos sem uso ou passe grupos de remetentes para registos include:.",
    };

    OVER_512 = Message {
        code: "spf::over-512",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "3.4")),
        en: "This record is {len} bytes long, more than a 512-byte UDP answer can hold: receivers must retry over TCP, and some fail and treat SPF as an error.",
        en_help: "Shorten it well under 450 bytes: remove unused terms, or move groups of senders into include: records.",
        pt: "Este registo tem {len} bytes, mais do que cabe numa resposta UDP de 512 bytes: os recetores têm de repetir por TCP, e alguns falham e tratam o SPF como erro.",
        pt_help: "Encurte-o para bem menos de 450 bytes: remova termos sem uso ou passe grupos de remetentes para registos include:.",
    };

    HOST_BITS = Message {
        code: "spf::host-bits",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "5.6")),
        en: "{value} has host bits set after the /{prefix}; receivers use the network {network}/{prefix}, which may be more than you meant.",
        en_help: "Write {network}/{prefix} if you meant the whole network, or drop the /{prefix} for the one address.",
        pt: "{value} tem bits de anfitrião depois do /{prefix}; os recetores usam a rede {network}/{prefix}, que pode ser mais do que pretendia.",
        pt_help: "Escreva {network}/{prefix} se pretendia a rede inteira, ou retire o /{prefix} para o endereço único.",
    };

    MISSPELT_TERM = Message {
        code: "spf::misspelt-term",
        severity: Severity::Error,
        spec: Some(SpecRef::rfc(7208, "5")),
        en: "{name} is not a term receivers know: did you mean {suggestion}? Receivers stop at an unknown mechanism with permerror, and ignore an unknown modifier.",
        en_help: "Check the suggested name and apply it: {suggestion}.",
        pt: "{name} não é um termo que os recetores conheçam: queria dizer {suggestion}? Os recetores param num mecanismo desconhecido com permerror e ignoram um modificador desconhecido.",
        pt_help: "Verifique o nome sugerido e aplique-o: {suggestion}.",
    };

    INCLUDE_NOT_NEEDED = Message {
        code: "spf::include-not-needed",
        severity: Severity::Warning,
        spec: Some(SpecRef::rfc(7208, "2.4")),
        en: "include:{include} is not needed: {provider} sends with its own envelope (return-path) domain, so receivers check its SPF record, not yours. Here it only spends DNS lookups of the 10 allowed.",
        en_help: "Remove include:{include}. What makes this mail align with your domain is DKIM: publish the DKIM records {provider} gives you.",
        pt: "include:{include} não é preciso: {provider} envia com o seu próprio domínio de envelope (return-path), por isso os recetores verificam o registo SPF dele, não o seu. Aqui só gasta consultas DNS das 10 permitidas.",
        pt_help: "Remova include:{include}. O que alinha este correio com o seu domínio é o DKIM: publique os registos DKIM que {provider} lhe dá.",
    };

    UNKNOWN_MODIFIER = Message {
        code: "spf::unknown-modifier",
        severity: Severity::Info,
        spec: Some(SpecRef::rfc(7208, "6")),
        en: "{name}= is not a modifier receivers know; they ignore it (it is kept as written).",
        en_help: "Nothing to do if it is meant for another tool; otherwise check its spelling (redirect= and exp= are the known ones).",
        pt: "{name}= não é um modificador que os recetores conheçam; ignoram-no (é mantido como está escrito).",
        pt_help: "Nada a fazer se se destina a outra ferramenta; caso contrário, verifique como está escrito (redirect= e exp= são os conhecidos).",
    };
}
