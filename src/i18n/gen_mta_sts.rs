//! The MTA-STS generator page.

super::texts! {
    table = GenMtaSts;
    INTRO = (
        "MTA-STS tells sending servers that mail to your domain must travel over TLS, to the MX hosts you list, with a valid certificate. It has two parts: a TXT record that announces the policy, and a policy file served over HTTPS.",
        "O MTA-STS diz aos servidores remetentes que o correio para o seu domínio tem de viajar por TLS, para os servidores MX que indicar, com um certificado válido. Tem duas partes: um registo TXT que anuncia a política e um ficheiro de política servido por HTTPS."
    );
    RECORD_HEADING = ("1. The _mta-sts record", "1. O registo _mta-sts");
    RECORD_HELP = (
        "The id tells senders which version of the policy file is current. Selo makes it from the current date and time (UTC).",
        "O id diz aos remetentes qual é a versão atual do ficheiro de política. O Selo cria-o a partir da data e hora atuais (UTC)."
    );
    ID_LABEL = ("Policy id", "Id da política");
    NEW_ID = ("New id", "Novo id");
    ID_WHY = (
        "Change the id every time you change the policy file: senders keep the policy in their cache for up to max_age seconds and fetch the file again only when they see a new id.",
        "Altere o id sempre que alterar o ficheiro de política: os remetentes guardam a política em cache até max_age segundos e só voltam a obter o ficheiro quando veem um id novo."
    );
    POLICY_HEADING = ("2. The policy file", "2. O ficheiro de política");
    MODE_LABEL = ("Mode", "Modo");
    MODE_TESTING = ("testing: report problems, deliver anyway (start here)", "testing: comunicar problemas, entregar na mesma (comece aqui)");
    MODE_ENFORCE = ("enforce: refuse delivery without valid TLS", "enforce: recusar a entrega sem TLS válido");
    MODE_NONE = ("none: withdraw the policy", "none: retirar a política");
    MODE_HINT = (
        "testing: senders deliver even when TLS fails, and say so in their TLS reports. enforce: senders do not deliver to an MX host without valid TLS; they retry later, then bounce. none: senders forget your policy (publish it for max_age before removing MTA-STS).",
        "testing: os remetentes entregam mesmo quando o TLS falha e indicam-no nos relatórios TLS. enforce: os remetentes não entregam a um servidor MX sem TLS válido; tentam de novo mais tarde e depois devolvem. none: os remetentes esquecem a sua política (publique-a durante max_age antes de remover o MTA-STS)."
    );
    MX_LEGEND = ("MX hosts (mx)", "Servidores MX (mx)");
    MX_HINT = (
        "Every host name in your MX records, one a line, like mail.example.com. Their certificates must be valid for these names. A line like *.example.net covers exactly one extra label (mx1.example.net, not example.net nor a.b.example.net): handy for providers with many MX hosts.",
        "Cada nome de anfitrião dos seus registos MX, um por linha, como mail.example.com. Os certificados têm de ser válidos para estes nomes. Uma linha como *.exemplo.net cobre exatamente uma etiqueta a mais (mx1.exemplo.net, não exemplo.net nem a.b.exemplo.net): útil para fornecedores com muitos servidores MX."
    );
    MAX_AGE_LABEL = ("How long senders keep the policy (max_age)", "Durante quanto tempo os remetentes guardam a política (max_age)");
    MAX_AGE_DAY = ("1 day (86400): while testing", "1 dia (86400): durante os testes");
    MAX_AGE_WEEK = ("1 week (604800)", "1 semana (604800)");
    MAX_AGE_MONTH = ("1 month (2592000)", "1 mês (2592000)");
    MAX_AGE_YEAR = ("1 year (31557600): the maximum", "1 ano (31557600): o máximo");
    MAX_AGE_CUSTOM = ("{n} seconds (from the link)", "{n} segundos (da ligação)");
    MAX_AGE_HINT = (
        "Senders cache the policy this long and refresh it before it ends. Short while testing, so mistakes fade fast; weeks or a year once enforced, which protects best against an attacker who blocks the policy's first fetch.",
        "Os remetentes guardam a política durante este tempo e renovam-na antes do fim. Curto durante os testes, para os erros passarem depressa; semanas ou um ano quando em enforce, o que protege melhor contra um atacante que bloqueie a primeira obtenção da política."
    );
    POLICY_OUT = ("Your policy file (mta-sts.txt)", "O seu ficheiro de política (mta-sts.txt)");
    DOWNLOAD = ("Download mta-sts.txt", "Transferir mta-sts.txt");
    POLICY_WHAT = ("the policy file", "o ficheiro de política");
    POLICY_CHECKS = ("Checks on this policy", "Verificações desta política");
    POLICY_BLOCKED = (
        "Add at least one MX host in the form (and fix any line marked in red) to get the policy file.",
        "Acrescente pelo menos um servidor MX no formulário (e corrija as linhas assinaladas a vermelho) para obter o ficheiro de política."
    );

    GUIDE_HEADING = ("3. Publish the policy file", "3. Publique o ficheiro de política");
    GUIDE_URL = ("Senders fetch it from exactly this address:", "Os remetentes obtêm-no exatamente deste endereço:");
    GUIDE_STEP_DNS = (
        "Point the host name mta-sts.{domain} at a web server (an A/AAAA or CNAME record).",
        "Aponte o nome mta-sts.{domain} para um servidor web (um registo A/AAAA ou CNAME)."
    );
    GUIDE_STEP_CERT = (
        "Give that host a valid, publicly trusted certificate for mta-sts.{domain} (Let's Encrypt works). A self-signed or expired certificate makes senders ignore the policy.",
        "Dê a esse servidor um certificado válido e publicamente reconhecido para mta-sts.{domain} (o Let's Encrypt serve). Um certificado autoassinado ou expirado faz os remetentes ignorarem a política."
    );
    GUIDE_STEP_SERVE = (
        "Serve the file at /.well-known/mta-sts.txt with the type text/plain and a 200 answer: no redirect (senders do not follow redirects), no login page.",
        "Sirva o ficheiro em /.well-known/mta-sts.txt com o tipo text/plain e uma resposta 200: sem redirecionamentos (os remetentes não os seguem), sem página de início de sessão."
    );
    GUIDE_STEP_RECORD = (
        "Then publish the _mta-sts TXT record above (the record comes last: it tells senders the file is ready).",
        "Depois publique o registo TXT _mta-sts acima (o registo vem no fim: diz aos remetentes que o ficheiro está pronto)."
    );
    GUIDE_STEP_CHECK = (
        "Open the address above in a browser: you should see the file's text. Check it in the validator too.",
        "Abra o endereço acima num navegador: deve ver o texto do ficheiro. Verifique-o também no validador."
    );
    GUIDE_NGINX_HELP = (
        "Put the file at /var/www/mta-sts/.well-known/mta-sts.txt; certbot can fetch the certificate.",
        "Coloque o ficheiro em /var/www/mta-sts/.well-known/mta-sts.txt; o certbot pode obter o certificado."
    );
    GUIDE_CADDY_HELP = (
        "Caddy obtains and renews the certificate itself. Put the file at /var/www/mta-sts/.well-known/mta-sts.txt.",
        "O Caddy obtém e renova o certificado sozinho. Coloque o ficheiro em /var/www/mta-sts/.well-known/mta-sts.txt."
    );
    GUIDE_STATIC = ("Static hosting (GitHub Pages, Netlify, Cloudflare Pages)", "Alojamento estático (GitHub Pages, Netlify, Cloudflare Pages)");
    GUIDE_STATIC_HELP = (
        "Make a small site holding only a .well-known folder with mta-sts.txt in it, and add mta-sts.{domain} as its custom domain: the host issues the certificate. On GitHub Pages add an empty .nojekyll file too (Jekyll skips folders that start with a dot) and tick \"Enforce HTTPS\".",
        "Crie um pequeno site só com uma pasta .well-known que contenha o mta-sts.txt e adicione mta-sts.{domain} como domínio personalizado: o serviço emite o certificado. No GitHub Pages adicione também um ficheiro .nojekyll vazio (o Jekyll ignora pastas que começam por ponto) e ative \"Enforce HTTPS\"."
    );
    ROLLOUT_HEADING = ("4. From testing to enforce", "4. De testing para enforce");
    ROLLOUT_1 = (
        "Start in mode testing with a short max_age, and publish the TLS-RPT record below.",
        "Comece no modo testing com um max_age curto e publique o registo TLS-RPT abaixo."
    );
    ROLLOUT_2 = (
        "Read the TLS reports for a couple of weeks: every MX host should show successful sessions and no failures.",
        "Leia os relatórios TLS durante umas duas semanas: cada servidor MX deve mostrar sessões bem-sucedidas e nenhuma falha."
    );
    ROLLOUT_3 = (
        "Switch to enforce, raise max_age (a week or more), upload the new file, and then publish the record with a new id.",
        "Passe para enforce, aumente o max_age (uma semana ou mais), carregue o ficheiro novo e depois publique o registo com um id novo."
    );
    ROLLOUT_4 = (
        "Whenever you change MX hosts: update the policy file first, then the id; otherwise senders with the old policy cached refuse the new host.",
        "Sempre que mudar de servidores MX: atualize primeiro o ficheiro de política e depois o id; caso contrário, os remetentes com a política antiga em cache recusam o novo servidor."
    );
    NONE_HEADING = ("What \"MTA-STS policy missing: STSFetchResult.NONE\" means", "O que significa \"MTA-STS policy missing: STSFetchResult.NONE\"");
    NONE_WHAT = (
        "This line, seen in Microsoft 365 message headers and some testers, means the sender found no MTA-STS policy for the domain: either there is no _mta-sts TXT record, or the record exists but the file at the address above could not be fetched. The sender then delivers without requiring TLS.",
        "Esta linha, que aparece nos cabeçalhos das mensagens do Microsoft 365 e em alguns testes, significa que o remetente não encontrou política MTA-STS para o domínio: ou não há registo TXT _mta-sts, ou o registo existe mas o ficheiro no endereço acima não pôde ser obtido. O remetente entrega então sem exigir TLS."
    );
    NONE_FIX = (
        "To fix it: publish the _mta-sts record, check that the address above answers 200 with a valid certificate for mta-sts.{domain} and no redirect, and check the file in the validator. If you do not use MTA-STS, the message is only informational.",
        "Para corrigir: publique o registo _mta-sts, confirme que o endereço acima responde 200 com um certificado válido para mta-sts.{domain} e sem redirecionamento, e verifique o ficheiro no validador. Se não usa MTA-STS, a mensagem é apenas informativa."
    );
    TLS_HEADING = ("5. TLS reports (TLS-RPT)", "5. Relatórios TLS (TLS-RPT)");
    /// The output panel's heading of the TLS-RPT record.
    TLS_OUT = ("And the TLS-RPT record", "E o registo TLS-RPT");
    YOUR_DOMAIN = ("your-domain", "o-seu-dominio");
}
