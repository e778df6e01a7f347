//! The providers' rules, as data: one row per provider and rule, with a
//! short summary of the provider's own wording in both languages, the page
//! it comes from and the date that page was read. A change of rules is an
//! edit of [`RULES`].

use super::{Check, Provider};
use crate::Text;

/// Google's "Email sender guidelines".
pub const GMAIL_URL: &str = "https://support.google.com/a/answer/81126";
/// Yahoo's "Sender Best Practices" (the sender requirements).
pub const YAHOO_URL: &str = "https://senders.yahooinc.com/best-practices/";
/// Microsoft's "Strengthening Email Ecosystem: Outlook's New Requirements
/// for High-Volume Senders" (2 April 2025, enforced from 5 May 2025).
pub const OUTLOOK_URL: &str = "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730";
/// When this table was written. Google's and Microsoft's rows were
/// summarized from stored copies of the pages above; Yahoo's from public
/// summaries of its Sender Hub, not from its page itself: check the three
/// pages against the table before relying on its wording.
pub const READ_ON: &str = "2026-12-07";

/// Whom a rule binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// Every sender.
    All,
    /// Bulk senders (Gmail and Outlook.com: 5,000 messages a day or more).
    Bulk,
    /// Marketing and subscribed mail.
    Marketing,
}

/// One provider's rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// The provider.
    pub provider: Provider,
    /// What Selo checks for it.
    pub check: Check,
    /// Whom it binds.
    pub scope: Scope,
    /// The provider's wording, summarized.
    pub asks: Text,
    /// The provider's page.
    pub source: &'static str,
    /// When that page was read (`YYYY-MM-DD`).
    pub read: &'static str,
}

const fn rule(
    provider: Provider,
    check: Check,
    scope: Scope,
    en: &'static str,
    pt: &'static str,
) -> Rule {
    Rule {
        provider,
        check,
        scope,
        asks: Text::new(en, pt),
        source: match provider {
            Provider::Gmail => GMAIL_URL,
            Provider::Yahoo => YAHOO_URL,
            Provider::Outlook => OUTLOOK_URL,
        },
        read: READ_ON,
    }
}

use Check as C;
use Provider::{Gmail, Outlook, Yahoo};
use Scope::{All, Bulk, Marketing};

/// Every provider's rules, in the order of [`Check`].
pub const RULES: &[Rule] = &[
    rule(
        Gmail,
        C::SpfPass,
        Bulk,
        "Senders of 5,000 or more messages a day set up SPF (every sender needs SPF or DKIM).",
        "Quem envia 5000 ou mais mensagens por dia configura o SPF (todos os remetentes precisam de SPF ou DKIM).",
    ),
    rule(
        Yahoo,
        C::SpfPass,
        Bulk,
        "Bulk senders authenticate their mail with SPF.",
        "Os remetentes em massa autenticam o correio com SPF.",
    ),
    rule(
        Outlook,
        C::SpfPass,
        Bulk,
        "Domains sending more than 5,000 messages a day: SPF must pass for the sending domain.",
        "Domínios que enviam mais de 5000 mensagens por dia: o SPF tem de passar para o domínio de envio.",
    ),
    rule(
        Gmail,
        C::DkimPass,
        Bulk,
        "Bulk senders also sign with DKIM: both SPF and DKIM.",
        "Os remetentes em massa também assinam com DKIM: SPF e DKIM, ambos.",
    ),
    rule(
        Yahoo,
        C::DkimPass,
        Bulk,
        "Bulk senders sign their mail with DKIM as well as SPF.",
        "Os remetentes em massa assinam o correio com DKIM, além do SPF.",
    ),
    rule(
        Outlook,
        C::DkimPass,
        Bulk,
        "DKIM must pass, to show the message is whole and authentic.",
        "O DKIM tem de passar, para mostrar que a mensagem está íntegra e é autêntica.",
    ),
    rule(
        Gmail,
        C::DmarcPolicy,
        Bulk,
        "Bulk senders publish a DMARC record for the sending domain; the policy may be none.",
        "Os remetentes em massa publicam um registo DMARC para o domínio de envio; a política pode ser none.",
    ),
    rule(
        Yahoo,
        C::DmarcPolicy,
        Bulk,
        "Bulk senders publish a DMARC policy; p=none is enough.",
        "Os remetentes em massa publicam uma política DMARC; p=none basta.",
    ),
    rule(
        Outlook,
        C::DmarcPolicy,
        Bulk,
        "A DMARC policy of at least p=none (p=reject advised).",
        "Uma política DMARC de pelo menos p=none (aconselha-se p=reject).",
    ),
    rule(
        Gmail,
        C::DmarcAlignment,
        Bulk,
        "For direct mail, the From domain aligns with the SPF or the DKIM domain.",
        "No correio direto, o domínio do From alinha com o domínio do SPF ou do DKIM.",
    ),
    rule(
        Yahoo,
        C::DmarcAlignment,
        Bulk,
        "The From domain aligns with SPF or DKIM, so that DMARC passes.",
        "O domínio do From alinha com o SPF ou o DKIM, para o DMARC passar.",
    ),
    rule(
        Outlook,
        C::DmarcAlignment,
        Bulk,
        "DMARC aligned with SPF or DKIM, preferably both.",
        "DMARC alinhado com o SPF ou o DKIM, de preferência ambos.",
    ),
    rule(
        Gmail,
        C::DkimKeySize,
        All,
        "A 2048-bit DKIM key is advised; 1024 bits where the DNS host cannot hold a longer one.",
        "Aconselha-se uma chave DKIM de 2048 bits; 1024 bits onde o alojamento DNS não aceite uma mais longa.",
    ),
    rule(
        Gmail,
        C::ReverseDns,
        All,
        "Sending IPs have valid forward and reverse DNS (a PTR name that points back to the IP).",
        "Os IP de envio têm DNS direto e inverso válidos (um nome PTR que aponta de volta para o IP).",
    ),
    rule(
        Yahoo,
        C::ReverseDns,
        All,
        "Sending IPs have valid forward and reverse DNS records.",
        "Os IP de envio têm registos DNS direto e inverso válidos.",
    ),
    rule(
        Gmail,
        C::Tls,
        All,
        "Use a TLS connection to send mail.",
        "Usar uma ligação TLS para enviar correio.",
    ),
    rule(
        Gmail,
        C::MessageFormat,
        All,
        "Format messages according to RFC 5322 (one From, a Date, a Message-ID).",
        "Formatar as mensagens segundo o RFC 5322 (um From, um Date, um Message-ID).",
    ),
    rule(
        Yahoo,
        C::MessageFormat,
        All,
        "Comply with RFC 5321 and RFC 5322.",
        "Cumprir o RFC 5321 e o RFC 5322.",
    ),
    rule(
        Gmail,
        C::OneClickUnsubscribe,
        Marketing,
        "Marketing and subscribed messages support one-click unsubscribe (RFC 8058).",
        "As mensagens de marketing e de subscrições permitem cancelar com um clique (RFC 8058).",
    ),
    rule(
        Yahoo,
        C::OneClickUnsubscribe,
        Marketing,
        "Marketing mail offers one-click unsubscribe (List-Unsubscribe-Post, RFC 8058), honoured within 2 days.",
        "O correio de marketing oferece cancelamento com um clique (List-Unsubscribe-Post, RFC 8058), cumprido em 2 dias.",
    ),
    rule(
        Gmail,
        C::SpamRate,
        All,
        "Keep the spam rate shown in Postmaster Tools below 0.3%.",
        "Manter a taxa de spam mostrada no Postmaster Tools abaixo de 0,3%.",
    ),
    rule(
        Yahoo,
        C::SpamRate,
        All,
        "Keep spam complaints below 0.3%.",
        "Manter as queixas de spam abaixo de 0,3%.",
    ),
    rule(
        Gmail,
        C::Volume,
        Bulk,
        "The bulk rules apply from 5,000 messages a day to personal Gmail accounts.",
        "As regras de envio em massa aplicam-se a partir de 5000 mensagens por dia para contas Gmail pessoais.",
    ),
    rule(
        Yahoo,
        C::Volume,
        Bulk,
        "The bulk rules apply to senders of large volumes to Yahoo Mail.",
        "As regras de envio em massa aplicam-se a quem envia grandes volumes para o Yahoo Mail.",
    ),
    rule(
        Outlook,
        C::Volume,
        Bulk,
        "The rules apply to domains sending more than 5,000 messages a day to Outlook.com, Hotmail.com and Live.com; since 5 May 2025 such mail that fails them is refused (550 5.7.515).",
        "As regras aplicam-se a domínios que enviam mais de 5000 mensagens por dia para Outlook.com, Hotmail.com e Live.com; desde 5 de maio de 2025 esse correio que não as cumpre é recusado (550 5.7.515).",
    ),
];

/// The rule of `provider` for `check`, if it has one.
pub fn find(provider: Provider, check: Check) -> Option<&'static Rule> {
    RULES
        .iter()
        .find(|r| r.provider == provider && r.check == check)
}
