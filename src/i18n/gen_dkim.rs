//! The DKIM generator page.

super::texts! {
    table = GenDkim;
    INTRO = (
        "DKIM lets receivers check that a message really comes from your domain and was not changed on the way: your mail server signs each message with a private key, and receivers fetch the matching public key from DNS, at <selector>._domainkey.<domain>.",
        "O DKIM permite aos recetores confirmar que uma mensagem vem mesmo do seu domínio e não foi alterada pelo caminho: o seu servidor de correio assina cada mensagem com uma chave privada e os recetores obtêm a chave pública correspondente no DNS, em <seletor>._domainkey.<domínio>."
    );
    SELECTOR_LABEL = ("Selector", "Seletor");
    SELECTOR_HINT = (
        "A name you choose for this key, so you can publish a new key beside the old one when you rotate. A date works well (Selo suggests s plus the year and month). Your mail server or provider must use the same selector.",
        "Um nome que escolhe para esta chave, para poder publicar uma chave nova ao lado da antiga quando a trocar. Uma data funciona bem (o Selo sugere s mais o ano e o mês). O seu servidor ou fornecedor de correio tem de usar o mesmo seletor."
    );
    HOW_LEGEND = ("Where does the key come from?", "De onde vem a chave?");
    HOW_GENERATE = ("Generate a key pair here, in this browser", "Gerar um par de chaves aqui, neste navegador");
    HOW_PASTE = ("Paste the public key my mail server or provider gave me", "Colar a chave pública que o meu servidor ou fornecedor de correio me deu");
    HOW_CNAME = ("My provider hosts the key (CNAME records)", "O meu fornecedor aloja a chave (registos CNAME)");

    ALG_LABEL = ("Key type and size", "Tipo e tamanho da chave");
    ALG_RSA2048 = ("RSA 2048 bits (recommended)", "RSA 2048 bits (recomendado)");
    ALG_RSA1024 = ("RSA 1024 bits (weak: only if your DNS host cannot store more)", "RSA 1024 bits (fraca: só se o seu DNS não guardar mais)");
    ALG_RSA4096 = ("RSA 4096 bits (long record)", "RSA 4096 bits (registo longo)");
    ALG_ED25519 = ("Ed25519 (short, modern; add an RSA key too)", "Ed25519 (curta, moderna; junte também uma chave RSA)");
    ALG_HINT = (
        "RSA 2048 is what every receiver verifies and what most mail servers expect.",
        "RSA 2048 é o que todos os recetores verificam e o que a maioria dos servidores de correio espera."
    );
    WARN_1024 = (
        "1024 bits is the minimum RFC 8301 allows and is considered weak today: use it only if your DNS host cannot publish a 2048-bit key, and plan to move up.",
        "1024 bits é o mínimo que o RFC 8301 permite e hoje é considerado fraco: use-o só se o seu DNS não conseguir publicar uma chave de 2048 bits e planeie subir."
    );
    NOTE_4096 = (
        "A 4096-bit key makes a record of about 740 characters. Selo splits it into strings of 255 bytes, but some DNS providers' forms struggle with records that long; some signing software does not support 4096 either.",
        "Uma chave de 4096 bits dá um registo com cerca de 740 carateres. O Selo divide-o em cadeias de 255 bytes, mas os formulários de alguns fornecedores de DNS têm dificuldade com registos tão longos; algum software de assinatura também não suporta 4096."
    );
    NOTE_ED25519 = (
        "Many receivers still do not verify Ed25519 signatures (RFC 8463). Sign with an RSA key too, under another selector, so every receiver finds a signature it can check.",
        "Muitos recetores ainda não verificam assinaturas Ed25519 (RFC 8463). Assine também com uma chave RSA, noutro seletor, para que todos os recetores encontrem uma assinatura que consigam verificar."
    );
    GENERATE = ("Generate key pair", "Gerar par de chaves");
    GENERATING = ("Generating…", "A gerar…");
    LOCAL_ONLY = (
        "The keys are made by your browser's own cryptography (WebCrypto). Nothing is sent anywhere: the private key exists only in this page until you save it.",
        "As chaves são criadas pela criptografia do próprio navegador (WebCrypto). Nada é enviado para lado nenhum: a chave privada só existe nesta página até a guardar."
    );
    GEN_FAILED = (
        "Your browser could not generate this key. Ed25519 needs a recent browser (Chrome 137, Firefox 129, Safari 17 or newer); RSA works everywhere.",
        "O seu navegador não conseguiu gerar esta chave. O Ed25519 precisa de um navegador recente (Chrome 137, Firefox 129, Safari 17 ou mais recente); RSA funciona em todo o lado."
    );
    GENERATED = ("New key:", "Chave nova:");
    PRIVATE_HEADING = ("Your private key", "A sua chave privada");
    PRIVATE_WARNING = (
        "Keep this private key secret. Install it in your mail server or sending service (for example OpenDKIM, Rspamd, Postfix, Exim or your provider's DKIM settings) under the selector above, then publish the public record below. Anyone who has it can sign mail as your domain. Selo does not keep it: if you leave this page without saving it, generate a new pair.",
        "Mantenha esta chave privada em segredo. Instale-a no seu servidor de correio ou serviço de envio (por exemplo OpenDKIM, Rspamd, Postfix, Exim ou as definições DKIM do seu fornecedor) com o seletor acima e depois publique o registo público abaixo. Quem a tiver pode assinar correio em nome do seu domínio. O Selo não a guarda: se sair desta página sem a guardar, gere um novo par."
    );
    DOWNLOAD_PRIVATE = ("Download the private key (PEM, PKCS#8)", "Transferir a chave privada (PEM, PKCS#8)");
    SHOW_PRIVATE = ("Show the private key", "Mostrar a chave privada");
    PRIVATE_WHAT = ("the private key", "a chave privada");

    PASTE_LABEL = ("Public key", "Chave pública");
    PASTE_HINT = (
        "Paste the -----BEGIN PUBLIC KEY----- block, the base64 text after p=, or the whole DKIM record your server or provider shows. Never paste a private key. The text stays in this page (it goes after the # of the link, which is not sent to servers).",
        "Cole o bloco -----BEGIN PUBLIC KEY-----, o texto base64 depois de p= ou o registo DKIM completo que o seu servidor ou fornecedor mostra. Nunca cole uma chave privada. O texto fica nesta página (vai depois do # da ligação, que não é enviado aos servidores)."
    );
    /// The output panel's empty-state items.
    NEED_GENERATE = ("a key pair: press Generate key pair", "um par de chaves: carregue em Gerar par de chaves");
    NEED_PASTE = ("the public key your provider gave you", "a chave pública que o seu fornecedor lhe deu");
    NEED_SELECTOR = ("a valid selector", "um seletor válido");
    NEED_CNAME = ("the details your provider asks for (above)", "os dados que o seu fornecedor pede (acima)");
    KEY_IS = ("This key is:", "Esta chave é:");

    PROVIDER_LABEL = ("Provider", "Fornecedor");
    PROVIDER_HINT = (
        "With these providers you publish CNAME records instead of a key: they point your selectors at keys the provider publishes and rotates for you.",
        "Com estes fornecedores publica registos CNAME em vez de uma chave: apontam os seus seletores para chaves que o fornecedor publica e troca por si."
    );
    TENANT_LABEL = ("Microsoft 365 initial domain prefix", "Prefixo do domínio inicial do Microsoft 365");
    TENANT_HINT = (
        "The first part of your <prefix>.onmicrosoft.com domain, like contoso for contoso.onmicrosoft.com.",
        "A primeira parte do seu domínio <prefixo>.onmicrosoft.com, como contoso para contoso.onmicrosoft.com."
    );
    PARTITION_LABEL = ("Partition letter (newer domains only)", "Letra de partição (só domínios mais recentes)");
    PARTITION_HINT = (
        "Leave empty for domains added to Microsoft 365 before May 2025: their targets end in .onmicrosoft.com. Domains added later get targets like selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft: type the letter Microsoft shows before -v1 (such as r or n).",
        "Deixe vazio para domínios adicionados ao Microsoft 365 antes de maio de 2025: os destinos acabam em .onmicrosoft.com. Os domínios adicionados depois têm destinos como selector1-contoso-com._domainkey.contoso.r-v1.dkim.mail.microsoft: escreva a letra que a Microsoft mostra antes de -v1 (como r ou n)."
    );
    MS_NOTE = (
        "These are Microsoft's documented formats, with the dots of your domain replaced by dashes. The exact targets for your tenant are shown in the Microsoft Defender portal (Email & collaboration › Policies & rules › Threat policies › Email authentication settings › DKIM) and by Get-DkimSigningConfig in Exchange Online PowerShell: if they differ, use Microsoft's. Publish both CNAMEs, then turn on DKIM signing there.",
        "Estes são os formatos documentados pela Microsoft, com os pontos do seu domínio substituídos por hífenes. Os destinos exatos do seu inquilino aparecem no portal Microsoft Defender (Email e colaboração › Políticas e regras › Políticas de ameaças › Definições de autenticação de e-mail › DKIM) e com Get-DkimSigningConfig no Exchange Online PowerShell: se forem diferentes, use os da Microsoft. Publique os dois CNAME e depois ative aí a assinatura DKIM."
    );
    ACCOUNT_LABEL = ("SendGrid account part", "Parte da conta SendGrid");
    ACCOUNT_HINT = (
        "The part SendGrid shows between domainkey. and .sendgrid.net in its DNS records, like u1234567.wl123.",
        "A parte que o SendGrid mostra entre domainkey. e .sendgrid.net nos seus registos DNS, como u1234567.wl123."
    );
    SENDGRID_NOTE = (
        "SendGrid shows these records under Settings › Sender Authentication when you authenticate a domain with automated security on; copy the account part from there. It also asks for a CNAME for the return path (em1234), which is not part of DKIM.",
        "O SendGrid mostra estes registos em Settings › Sender Authentication quando autentica um domínio com a segurança automática ativa; copie daí a parte da conta. Também pede um CNAME para o caminho de retorno (em1234), que não faz parte do DKIM."
    );
    MAILCHIMP_NOTE = (
        "Mailchimp (and Mandrill) use the selectors k2 and k3. After publishing, finish in Mailchimp under Domains › Authenticate.",
        "O Mailchimp (e o Mandrill) usam os seletores k2 e k3. Depois de publicar, conclua no Mailchimp em Domains › Authenticate."
    );
    CNAME_BAD = ("This value does not make a valid host name.", "Este valor não forma um nome de anfitrião válido.");
    ROTATE = (
        "Rotate keys once or twice a year: publish a new selector, switch your server to it, and after a week publish the old selector as v=DKIM1; p= (revoked).",
        "Troque as chaves uma ou duas vezes por ano: publique um seletor novo, passe a assinar com ele no servidor e, passada uma semana, publique o seletor antigo como v=DKIM1; p= (revogado)."
    );
}
