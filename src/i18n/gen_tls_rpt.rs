//! The TLS-RPT generator page (and the TLS-RPT form on the MTA-STS page).

super::texts! {
    table = GenTlsRpt;
    INTRO = (
        "TLS-RPT asks the servers that send you mail to report, once a day, how their TLS connections to your mail servers went: how many succeeded, and why others failed (an expired certificate, a host missing from your MTA-STS policy, a downgrade attack). Without it, an MTA-STS or DANE problem blocks mail silently.",
        "O TLS-RPT pede aos servidores que lhe enviam correio que comuniquem, uma vez por dia, como correram as ligações TLS aos seus servidores de correio: quantas funcionaram e porque falharam as outras (um certificado expirado, um servidor que falta na sua política MTA-STS, um ataque de downgrade). Sem ele, um problema de MTA-STS ou DANE bloqueia correio sem aviso."
    );
    WHO = (
        "Large senders send these reports, among them Google (Gmail), Microsoft (Outlook.com and Microsoft 365), Yahoo and Comcast, along with many self-hosted servers. Each report is a small JSON file, usually gzip-compressed, sent by email or posted to your https address.",
        "Os grandes remetentes enviam estes relatórios, entre eles a Google (Gmail), a Microsoft (Outlook.com e Microsoft 365), a Yahoo e a Comcast, bem como muitos servidores próprios. Cada relatório é um pequeno ficheiro JSON, normalmente comprimido com gzip, enviado por e-mail ou para o seu endereço https."
    );
    HEADING = ("TLS reports (TLS-RPT)", "Relatórios TLS (TLS-RPT)");
    RUA_LEGEND = ("Where reports go (rua)", "Para onde vão os relatórios (rua)");
    RUA_HINT = (
        "One address a line: mailto:someone@example.com for email, or an https:// address that accepts reports by POST. A mailbox or report service of your own is best: the reports arrive daily. Commas, ; and ! must be percent-encoded.",
        "Um endereço por linha: mailto:alguem@example.com para os receber por correio, ou um endereço https:// que aceite relatórios por POST. Uma caixa de correio ou serviço de relatórios próprio é o melhor: os relatórios chegam todos os dias. Vírgulas, ; e ! têm de ser codificados com %."
    );
    /// The empty state's item for the report addresses.
    NEED_RUA = (
        "at least one valid report address",
        "pelo menos um endereço de relatórios válido"
    );
    COMPACT_INTRO = (
        "Publish TLS-RPT next to MTA-STS: the daily reports tell you whether senders can reach your MX hosts over TLS before you switch to enforce.",
        "Publique o TLS-RPT ao lado do MTA-STS: os relatórios diários dizem se os remetentes conseguem chegar aos seus servidores MX por TLS antes de passar para enforce."
    );
    READ_REPORTS = (
        "The reports' failure counts point at the problem: certificate-expired, certificate-host-mismatch, validation-failure, sts-policy-invalid, sts-webpki-invalid or sts-policy-fetch-error.",
        "As contagens de falhas dos relatórios apontam o problema: certificate-expired, certificate-host-mismatch, validation-failure, sts-policy-invalid, sts-webpki-invalid ou sts-policy-fetch-error."
    );
}
