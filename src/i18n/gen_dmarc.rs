//! The DMARC generator page.

super::texts! {
    table = GenDmarc;
    INTRO = (
        "DMARC tells receivers what to do with mail that claims to come from your domain but passes neither SPF nor DKIM for it, and where to send reports about it. Fill in the form: the record to publish updates as you go.",
        "O DMARC diz aos recetores o que fazer com o correio que diz vir do seu domínio mas não passa no SPF nem no DKIM em nome desse domínio, e para onde enviar relatórios. Preencha o formulário: o registo a publicar atualiza-se à medida que preenche."
    );
    DOMAIN_HINT = (
        "The domain in the From address of your mail, like example.com. The record is published at _dmarc.<domain>.",
        "O domínio do endereço From do seu correio, como example.com. O registo é publicado em _dmarc.<domínio>."
    );
    P_LEGEND = ("Policy (p)", "Política (p)");
    P_HINT = (
        "What receivers should do with mail that fails DMARC. Required; without it receivers act as if p=none.",
        "O que os recetores devem fazer com o correio que falha o DMARC. Obrigatório; sem ele os recetores agem como se fosse p=none."
    );
    P_NONE = ("none: only monitor and send reports", "none: só monitorizar e enviar relatórios");
    P_QUARANTINE = ("quarantine: treat as suspicious (spam folder)", "quarantine: tratar como suspeito (pasta de spam)");
    P_REJECT = ("reject: refuse the mail", "reject: recusar o correio");
    SP_LABEL = ("Subdomain policy (sp)", "Política para subdomínios (sp)");
    SP_HINT = (
        "The policy for existing subdomains such as shop.example.com. Default: the same as p.",
        "A política para subdomínios existentes como loja.example.com. Predefinição: a mesma que p."
    );
    NP_LABEL = ("Non-existent subdomain policy (np)", "Política para subdomínios inexistentes (np)");
    NP_HINT = (
        "New in RFC 9989: the policy for subdomains that do not exist in DNS, which only forgers use. Default: sp, then p. reject is usually safe here.",
        "Novo no RFC 9989: a política para subdomínios que não existem no DNS, que só os falsificadores usam. Predefinição: sp, depois p. reject é normalmente seguro aqui."
    );
    SAME_AS_P = ("Not set: same as p", "Não definido: igual a p");
    SAME_AS_SP = ("Not set: same as sp, then p", "Não definido: igual a sp, depois p");
    T_LABEL = ("Testing mode (t=y)", "Modo de teste (t=y)");
    T_HINT = (
        "Asks receivers to apply a policy one step weaker than p (quarantine is treated as none, reject as quarantine) while you check the reports. It replaces pct, which RFC 9989 removed. Its limits: receivers may ignore it, and it is all or nothing, not a percentage. Default: off (t=n).",
        "Pede aos recetores que apliquem uma política um passo mais fraca do que p (quarantine é tratada como none, reject como quarantine) enquanto verifica os relatórios. Substitui o pct, que o RFC 9989 removeu. Limites: os recetores podem ignorá-lo, e é tudo ou nada, não uma percentagem. Predefinição: desligado (t=n)."
    );
    ADKIM_LABEL = ("DKIM alignment (adkim)", "Alinhamento DKIM (adkim)");
    ADKIM_HINT = (
        "Relaxed (default): the DKIM signing domain may be a subdomain of your domain, or the other way round. Strict: the two must be identical.",
        "Flexível (predefinição): o domínio que assina o DKIM pode ser um subdomínio do seu domínio, ou vice-versa. Estrito: os dois têm de ser idênticos."
    );
    ASPF_LABEL = ("SPF alignment (aspf)", "Alinhamento SPF (aspf)");
    ASPF_HINT = (
        "Relaxed (default): the envelope sender (Return-Path) domain may be a subdomain of your domain. Strict: it must be identical.",
        "Flexível (predefinição): o domínio do remetente de envelope (Return-Path) pode ser um subdomínio do seu domínio. Estrito: tem de ser idêntico."
    );
    RELAXED = ("Relaxed (r, default)", "Flexível (r, predefinição)");
    STRICT = ("Strict (s)", "Estrito (s)");
    RUA_LEGEND = ("Aggregate report address (rua)", "Endereço de relatórios agregados (rua)");
    RUA_HINT = (
        "Where receivers send daily summaries of who sent mail as your domain and whether it passed. Strongly recommended: without reports you cannot move safely to quarantine or reject. Default: no reports.",
        "Para onde os recetores enviam resumos diários de quem enviou correio em nome do seu domínio e se passou. Fortemente recomendado: sem relatórios não pode passar com segurança a quarantine ou reject. Predefinição: sem relatórios."
    );
    RUF_LEGEND = ("Failure report address (ruf)", "Endereço de relatórios de falha (ruf)");
    RUF_HINT = (
        "Where receivers send a report for each failing message. Few receivers send them, and they may contain personal data. Default: none.",
        "Para onde os recetores enviam um relatório por cada mensagem que falha. Poucos recetores os enviam, e podem conter dados pessoais. Predefinição: nenhum."
    );
    FO_LEGEND = ("When to send failure reports (fo)", "Quando enviar relatórios de falha (fo)");
    FO_HINT = (
        "Only used with ruf. Default: 0.",
        "Só usado com ruf. Predefinição: 0."
    );
    FO_0 = ("0: when both SPF and DKIM fail to give an aligned pass (default)", "0: quando nem o SPF nem o DKIM obtêm um resultado alinhado (predefinição)");
    FO_1 = ("1: when either SPF or DKIM fails to give an aligned pass", "1: quando o SPF ou o DKIM não obtém um resultado alinhado");
    FO_D = ("d: when a DKIM signature fails to verify", "d: quando uma assinatura DKIM falha a verificação");
    FO_S = ("s: when SPF fails", "s: quando o SPF falha");
    PSD_LABEL = ("Public suffix domain (psd)", "Domínio de sufixo público (psd)");
    PSD_HINT = (
        "Only for operators of public suffixes (like a country's registry or a shared hosting suffix): y says this domain is a public suffix, n says it is an organisation's top domain, u (default) lets receivers work it out. Leave it unset for an ordinary domain.",
        "Só para operadores de sufixos públicos (como o registo de um país ou um sufixo de alojamento partilhado): y diz que este domínio é um sufixo público, n diz que é o domínio de topo de uma organização, u (predefinição) deixa os recetores descobrirem. Deixe-o por definir num domínio comum."
    );
    PSD_Y = ("y: a public suffix domain", "y: um domínio de sufixo público");
    PSD_N = ("n: an organisation's top domain", "n: o domínio de topo de uma organização");
    PSD_U = ("u: unknown (same as not set)", "u: desconhecido (igual a não definido)");
    ROLLOUT_HEADING = ("Roll-out: from monitoring to reject", "Implementação: da monitorização ao reject");
    ROLLOUT_INTRO = (
        "Move one step at a time, reading the aggregate reports (rua) between steps. The old pct tag is gone in RFC 9989: use t=y for a softer step instead.",
        "Avance um passo de cada vez, lendo os relatórios agregados (rua) entre passos. A antiga etiqueta pct desapareceu no RFC 9989: use t=y para um passo mais suave."
    );
    STAGE1 = ("1. Monitor: p=none", "1. Monitorizar: p=none");
    STAGE1_TEXT = (
        "Publish p=none with a rua address. Watch the reports for a few weeks: list every service that sends as your domain (your mailbox provider, newsletters, invoicing, website forms) and make each pass SPF or DKIM aligned with your domain.",
        "Publique p=none com um endereço rua. Acompanhe os relatórios durante algumas semanas: liste todos os serviços que enviam em nome do seu domínio (fornecedor de correio, newsletters, faturação, formulários do site) e faça cada um passar o SPF ou o DKIM alinhado com o seu domínio."
    );
    STAGE2 = ("2. Quarantine: p=quarantine", "2. Quarentena: p=quarantine");
    STAGE2_TEXT = (
        "When the reports show your legitimate mail passing, move to quarantine (optionally with t=y first, which receivers treat as none). Keep watching: failures from your own services now land in spam.",
        "Quando os relatórios mostrarem o seu correio legítimo a passar, passe a quarantine (opcionalmente primeiro com t=y, que os recetores tratam como none). Continue a acompanhar: as falhas dos seus próprios serviços vão agora para o spam."
    );
    STAGE3 = ("3. Reject: p=reject", "3. Rejeitar: p=reject");
    STAGE3_TEXT = (
        "When quarantine has run cleanly (no legitimate sources failing), move to reject: forged mail is then refused. Keep reading the reports for new services.",
        "Quando a quarentena correr sem problemas (nenhuma fonte legítima a falhar), passe a reject: o correio falsificado passa a ser recusado. Continue a ler os relatórios por causa de novos serviços."
    );
    USE_STAGE = ("Use this stage", "Usar esta fase");
    EXT_HEADING = ("Authorisation at the report destination", "Autorização no destino dos relatórios");
    EXT_INTRO = (
        "Reports go to another domain: receivers send them only if that domain publishes this record, saying it accepts reports about yours (RFC 9990). Ask whoever runs {dest} to publish it.",
        "Os relatórios vão para outro domínio: os recetores só os enviam se esse domínio publicar este registo, dizendo que aceita relatórios sobre o seu (RFC 9990). Peça a quem gere {dest} que o publique."
    );
    OWNER_PLACEHOLDER = ("_dmarc.<your domain>", "_dmarc.<o seu domínio>");
}
