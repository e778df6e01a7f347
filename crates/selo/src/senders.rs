//! The known sending services: the table of mail services a domain may
//! send through (Google Workspace, Microsoft 365, SendGrid...), each with
//! its id, its name, the SPF `include:` it documents and what to know
//! before adding it.
//!
//! Each entry was checked against the provider's own documentation (linked
//! in [`SenderNote::source_url`]). Where a provider says the value depends
//! on the account (HubSpot, Klaviyo, MailerLite...) or that no `include:` is
//! needed on your own record (Mailchimp, Intercom, SMTP2GO), `include` is
//! `None` and the note says what to copy from the account instead: a
//! generator must not guess.
//!
//! The SPF generator's presets ([`crate::spf::presets`]), the report
//! reader's advice for a failing source and the message analysis's fixes
//! all read this one table.
//!
//! ```
//! use selo::senders::{find, matching, SENDERS};
//! assert!(SENDERS.len() >= 25);
//! assert_eq!(find("google-workspace").unwrap().include, Some("_spf.google.com"));
//! assert_eq!(find("hubspot").unwrap().include, None);
//! assert_eq!(matching(["bounces.sendgrid.net"]).unwrap().id, "sendgrid");
//! ```

use crate::Text;
use crate::domain::last_two_labels;

/// A sending service a domain may use, with the SPF `include:` it
/// documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sender {
    /// Stable identifier, used in shared links (`google-workspace`).
    pub id: &'static str,
    /// The provider's name as people know it.
    pub name: &'static str,
    /// The domain to `include:`, or `None` when the provider documents no
    /// fixed value (the note then says what to do).
    pub include: Option<&'static str>,
    /// What the include's own record tree costs in DNS lookups beyond the
    /// `include:` itself, as last checked; `None` when Selo does not know.
    pub nested: Option<NestedCost>,
    /// The provider says the include belongs on a sending subdomain (a
    /// custom MAIL FROM / return-path domain), not on the main domain.
    pub on_subdomain: bool,
    /// The provider sends with its own envelope domain: nothing goes in
    /// your SPF record, DKIM is what aligns with your domain.
    pub nothing_in_spf: bool,
    /// The domains the provider signs with (DKIM `d=`) when the account
    /// has no custom DKIM domain: a report row whose DKIM passes for one of
    /// them (or a name below it) came through this provider.
    pub dkim_domains: &'static [&'static str],
    /// The envelope (bounce, return-path) domains the provider sends with
    /// by default, besides its `include`.
    pub bounce_domains: &'static [&'static str],
    /// The domains its sending servers' reverse names (PTR) end with.
    pub ptr_suffixes: &'static [&'static str],
    /// A mailbox or mailing-list service whose users forward mail: DKIM
    /// passing aligned while SPF fails from its servers is forwarding.
    pub forwards: bool,
}

/// How a sender was recognised (see [`identify`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchedBy {
    /// A DKIM signing domain of [`Sender::dkim_domains`].
    DkimDomain,
    /// An SPF or envelope domain: its include or [`Sender::bounce_domains`].
    SpfDomain,
    /// The source's reverse name ends with one of [`Sender::ptr_suffixes`].
    ReverseName,
}

/// `name` is `suffix` or a name below it (case and trailing dots ignored).
fn ends_with_domain(name: &str, suffix: &str) -> bool {
    let name = name.trim_end_matches('.');
    let suffix = suffix.trim_end_matches('.');
    if name.len() < suffix.len() || suffix.is_empty() {
        return false;
    }
    let (head, tail) = name.split_at(name.len() - suffix.len());
    tail.eq_ignore_ascii_case(suffix) && (head.is_empty() || head.ends_with('.'))
}

/// The sender that signs with `domain` by default ([`Sender::dkim_domains`]).
///
/// ```
/// assert_eq!(selo::senders::by_dkim_domain("s1.sendgrid.net").unwrap().id, "sendgrid");
/// assert!(selo::senders::by_dkim_domain("example.com").is_none());
/// ```
pub fn by_dkim_domain(domain: &str) -> Option<&'static Sender> {
    SENDERS
        .iter()
        .find(|s| s.dkim_domains.iter().any(|d| ends_with_domain(domain, d)))
}

/// The sender whose envelope (bounce) domain or include `domain` is, or is
/// below.
///
/// ```
/// assert_eq!(selo::senders::by_spf_domain("bounces.amazonses.com").unwrap().id, "amazon-ses");
/// assert_eq!(selo::senders::by_spf_domain("_spf.google.com").unwrap().id, "google-workspace");
/// ```
pub fn by_spf_domain(domain: &str) -> Option<&'static Sender> {
    SENDERS.iter().find(|s| {
        s.include.is_some_and(|i| ends_with_domain(domain, i))
            || s.bounce_domains.iter().any(|d| ends_with_domain(domain, d))
    })
}

/// The sender whose servers' reverse names end like `ptr`.
///
/// ```
/// let s = selo::senders::by_reverse_name("mail-sor-f41.google.com").unwrap();
/// assert_eq!(s.id, "google-workspace");
/// assert!(selo::senders::by_reverse_name("notgoogle.com").is_none());
/// ```
pub fn by_reverse_name(ptr: &str) -> Option<&'static Sender> {
    SENDERS
        .iter()
        .find(|s| s.ptr_suffixes.iter().any(|d| ends_with_domain(ptr, d)))
}

/// The sender behind a report's source: by its passing DKIM domains first,
/// then its SPF (envelope) domains, then its reverse name.
pub fn identify<'a>(
    dkim: impl IntoIterator<Item = &'a str>,
    spf: impl IntoIterator<Item = &'a str>,
    ptr: Option<&str>,
) -> Option<(&'static Sender, MatchedBy)> {
    dkim.into_iter()
        .find_map(by_dkim_domain)
        .map(|s| (s, MatchedBy::DkimDomain))
        .or_else(|| {
            spf.into_iter()
                .find_map(by_spf_domain)
                .map(|s| (s, MatchedBy::SpfDomain))
        })
        .or_else(|| {
            ptr.and_then(by_reverse_name)
                .map(|s| (s, MatchedBy::ReverseName))
        })
}

/// The DNS lookups an include's record tree costs beyond the `include:`
/// term itself (the `include`, `a`, `mx`, `ptr`, `exists` and `redirect`
/// terms of the included records, recursively), and when that was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct NestedCost {
    /// Lookups beyond the include itself.
    pub lookups: u8,
    /// The date the figure was checked (ISO 8601).
    pub checked: &'static str,
}

/// The sender with this id.
pub fn find(id: &str) -> Option<&'static Sender> {
    SENDERS.iter().find(|p| p.id == id)
}

/// The sender whose include is `domain` (case and a trailing dot ignored).
pub fn find_by_include(domain: &str) -> Option<&'static Sender> {
    let domain = domain.trim_end_matches('.');
    SENDERS
        .iter()
        .find(|p| p.include.is_some_and(|i| i.eq_ignore_ascii_case(domain)))
}

/// Includes that senders sending with their own envelope domain
/// ([`Sender::nothing_in_spf`]) once told people to add, by sender id: a
/// domain's own SPF record does not need them. Mailchimp's domain
/// authentication asks for DKIM records only: its campaigns carry a
/// Mailchimp return-path, so `servers.mcsv.net` in your record only spends
/// a lookup (see the note's source).
pub static NOT_NEEDED_INCLUDES: &[(&str, &str)] = &[("servers.mcsv.net", "mailchimp")];

/// The sender an include is not needed for (see [`NOT_NEEDED_INCLUDES`]),
/// case and a trailing dot ignored.
///
/// ```
/// use selo::senders::not_needed_include;
/// assert_eq!(not_needed_include("Servers.MCSV.net.").unwrap().id, "mailchimp");
/// assert!(not_needed_include("_spf.google.com").is_none());
/// ```
pub fn not_needed_include(domain: &str) -> Option<&'static Sender> {
    let domain = domain.trim_end_matches('.');
    NOT_NEEDED_INCLUDES
        .iter()
        .find(|(include, _)| include.eq_ignore_ascii_case(domain))
        .and_then(|(_, id)| find(id))
        .filter(|s| s.nothing_in_spf)
}

/// The sender whose include shares the organizational part (roughly, the
/// last two labels) of one of these domains: the service behind a
/// message's signing or envelope domains.
pub fn matching<'a>(domains: impl IntoIterator<Item = &'a str>) -> Option<&'static Sender> {
    let bases: Vec<&str> = domains.into_iter().map(last_two_labels).collect();
    if bases.is_empty() {
        return None;
    }
    SENDERS.iter().find(|p| {
        p.include
            .is_some_and(|inc| bases.contains(&last_two_labels(inc)))
    })
}

/// What to know about a sender before adding it (where the include
/// belongs, what to copy from the account, whether it is needed at all),
/// by id. Kept apart from [`SENDERS`] so that a front that lists the
/// senders without their notes (the web page, which asks the engine
/// worker for them) does not carry these texts.
///
/// ```
/// let n = selo::senders::note("mailchimp").unwrap();
/// assert!(n.en.contains("DKIM"));
/// assert!(selo::senders::note("nobody").is_none());
/// ```
pub fn note(id: &str) -> Option<Text> {
    NOTES.iter().find(|n| n.id == id).map(|n| n.note)
}

/// A sender's note and the provider's documentation page for SPF, by id
/// (see [`note`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SenderNote {
    /// The sender's [`Sender::id`].
    pub id: &'static str,
    /// What to know before adding it.
    pub note: Text,
    /// The provider's documentation page for SPF.
    pub source_url: &'static str,
}

/// The notes of [`note`], in the order of [`SENDERS`].
pub static NOTES: &[SenderNote] = &[
    SenderNote {
        id: "amazon-ses",
        note: Text::new(
            "By default SES sends with its own MAIL FROM domain (amazonses.com) and SPF passes there, not for your domain. For aligned SPF, set a custom MAIL FROM subdomain in SES (such as mail.example.com) and publish this include in the SPF record of that subdomain, not of your main domain.",
            "Na predefinição, o SES envia com o seu próprio domínio MAIL FROM (amazonses.com) e o SPF passa aí, não no seu domínio. Para um SPF alinhado, defina no SES um subdomínio MAIL FROM próprio (como mail.example.com) e publique este include no registo SPF desse subdomínio, não no do domínio principal.",
        ),
        source_url: "https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-spf.html",
    },
    SenderNote {
        id: "brevo",
        note: Text::new(
            "Copy the value Brevo shows under Senders, Domains & Dedicated IPs: current accounts show spf.brevo.com, older Sendinblue instructions used spf.sendinblue.com.",
            "Copie o valor que o Brevo mostra em Remetentes, Domínios e IPs dedicados: as contas atuais mostram spf.brevo.com, as instruções antigas do Sendinblue usavam spf.sendinblue.com.",
        ),
        source_url: "https://help.brevo.com/hc/en-us/search?query=SPF",
    },
    SenderNote {
        id: "campaign-monitor",
        note: Text::new(
            "Campaign Monitor sends with its own bounce domain, so SPF for its mail is checked there; DKIM (set up under Sending domains) is what aligns with your domain.",
            "O Campaign Monitor envia com o seu próprio domínio de devoluções, por isso o SPF das suas mensagens é verificado aí; é o DKIM (configurado no menu «Sending domains», que o Campaign Monitor só mostra em inglês) que fica alinhado com o seu domínio.",
        ),
        source_url: "https://help.campaignmonitor.com/s/search?q=SPF",
    },
    SenderNote {
        id: "constant-contact",
        note: Text::new(
            "Constant Contact also sends with its own envelope sender; its self-authentication (DKIM CNAME records) is what aligns with your domain.",
            "O Constant Contact também envia com o seu próprio remetente de envelope; é a autoautenticação (registos CNAME de DKIM) que fica alinhada com o seu domínio.",
        ),
        source_url: "https://knowledgebase.constantcontact.com/search?q=SPF",
    },
    SenderNote {
        id: "fastmail",
        note: Text::new(
            "If Fastmail hosts your DNS it publishes this record for you.",
            "Se o Fastmail alojar o seu DNS, publica este registo por si.",
        ),
        source_url: "https://www.fastmail.help/hc/en-us/articles/360060591153",
    },
    SenderNote {
        id: "freshdesk",
        note: Text::new(
            "Needed when Freshdesk sends replies from your own support address.",
            "Necessário quando o Freshdesk envia respostas a partir do seu próprio endereço de apoio.",
        ),
        source_url: "https://support.freshdesk.com/support/search?term=SPF",
    },
    SenderNote {
        id: "godaddy",
        note: Text::new(
            "For GoDaddy's Workspace Email, Professional Email and Microsoft 365 from GoDaddy.",
            "Para o Workspace Email, o Professional Email e o Microsoft 365 da GoDaddy.",
        ),
        source_url: "https://www.godaddy.com/help/use-spf-records-to-prevent-spoofing-and-ensure-mail-delivery-40499",
    },
    SenderNote {
        id: "google-workspace",
        note: Text::new(
            "Gmail with your own domain.",
            "Gmail com o seu próprio domínio.",
        ),
        source_url: "https://support.google.com/a/answer/10685031",
    },
    SenderNote {
        id: "hubspot",
        note: Text::new(
            "HubSpot has no single include: connect your email sending domain in HubSpot (Settings, Domains & URLs) and copy the SPF value it shows for your account. Without a dedicated IP, HubSpot sends with its own return-path and DKIM is what aligns.",
            "O HubSpot não tem um include único: ligue o seu domínio de envio no HubSpot (Definições, Domínios e URLs) e copie o valor SPF que mostra para a sua conta. Sem IP dedicado, o HubSpot envia com o seu próprio return-path e é o DKIM que fica alinhado.",
        ),
        source_url: "https://knowledge.hubspot.com/email/do-i-need-to-add-hubspot-to-our-spf-record",
    },
    SenderNote {
        id: "icloud",
        note: Text::new(
            "Apple shows this record when you add your domain under Custom Email Domain in iCloud settings.",
            "A Apple mostra este registo quando adiciona o seu domínio em Domínio de e-mail personalizado nas definições do iCloud.",
        ),
        source_url: "https://support.apple.com/en-us/102374",
    },
    SenderNote {
        id: "intercom",
        note: Text::new(
            "Intercom says no SPF record is needed: its mail carries Intercom's own return-path, which passes SPF. Set up its DKIM records so your domain aligns.",
            "O Intercom diz que não é preciso registo SPF: as suas mensagens levam o return-path do próprio Intercom, que passa o SPF. Configure os registos DKIM para que o seu domínio fique alinhado.",
        ),
        source_url: "https://www.intercom.com/help/en/articles/182-sending-email-from-your-own-address",
    },
    SenderNote {
        id: "klaviyo",
        note: Text::new(
            "Klaviyo does not use an include: it hosts SPF and DKIM behind a branded sending subdomain (such as send.example.com) that you point at Klaviyo with the records shown under Settings, Domains.",
            "O Klaviyo não usa include: aloja o SPF e o DKIM num subdomínio de envio (como send.example.com) que aponta para o Klaviyo com os registos mostrados no menu «Settings › Domains» (o Klaviyo só tem interface em inglês).",
        ),
        source_url: "https://help.klaviyo.com/hc/en-us/search?query=branded%20sending%20domain",
    },
    SenderNote {
        id: "mailchimp",
        note: Text::new(
            "Mailchimp campaigns use Mailchimp's own return-path, so your SPF record needs nothing for them; authenticate your domain in Mailchimp (DKIM CNAME records) instead. For Mailchimp Transactional, see Mandrill.",
            "As campanhas do Mailchimp usam o return-path do próprio Mailchimp, por isso o seu registo SPF não precisa de nada para elas; autentique antes o seu domínio no Mailchimp (registos CNAME de DKIM). Para o Mailchimp Transactional, veja Mandrill.",
        ),
        source_url: "https://mailchimp.com/help/set-up-email-domain-authentication/",
    },
    SenderNote {
        id: "mailerlite",
        note: Text::new(
            "Copy the SPF record MailerLite shows on its Domains page for your domain: MailerLite says it must be added exactly as shown.",
            "Copie o registo SPF que o MailerLite mostra na página Domínios para o seu domínio: o MailerLite diz que tem de ser adicionado exatamente como é mostrado.",
        ),
        source_url: "https://www.mailerlite.com/help/how-to-verify-and-authenticate-your-domain",
    },
    SenderNote {
        id: "mailgun",
        note: Text::new(
            "Put it in the SPF record of the domain you registered in Mailgun, usually a sending subdomain such as mg.example.com.",
            "Coloque-o no registo SPF do domínio que registou no Mailgun, normalmente um subdomínio de envio como mg.example.com.",
        ),
        source_url: "https://documentation.mailgun.com/docs/mailgun/email-best-practices/auth_bestpractice",
    },
    SenderNote {
        id: "mailjet",
        note: Text::new(
            "Mailjet's account pages show this value when you authenticate a sending domain.",
            "As páginas da conta Mailjet mostram este valor quando autentica um domínio de envio.",
        ),
        source_url: "https://www.mailjet.com/support/what-s-the-meaning-of-spf-sender-policy-framework,20.htm",
    },
    SenderNote {
        id: "mandrill",
        note: Text::new(
            "Mandrill refuses to send from a domain until its SPF and DKIM records are in place.",
            "O Mandrill recusa enviar de um domínio enquanto os registos SPF e DKIM não estiverem publicados.",
        ),
        source_url: "https://mandrill.zendesk.com/hc/en-us/articles/360039236053-About-SPF-and-DKIM",
    },
    SenderNote {
        id: "microsoft-365",
        note: Text::new(
            "For Microsoft 365 worldwide; national clouds (21Vianet, GCC High) document their own value.",
            "Para o Microsoft 365 global; as nuvens nacionais (21Vianet, GCC High) documentam o seu próprio valor.",
        ),
        source_url: "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-spf-configure",
    },
    SenderNote {
        id: "ovh",
        note: Text::new(
            "The SPF OVHcloud proposes for email sent from its shared hosting and MX Plan.",
            "O SPF que a OVHcloud propõe para o correio enviado do seu alojamento partilhado e do MX Plan.",
        ),
        source_url: "https://docs.ovh.com/it/domains/hosting_condiviso_il_record_spf/",
    },
    SenderNote {
        id: "postmark",
        note: Text::new(
            "Postmark sends with its own Return-Path (pm.mtasv.net) unless you set a custom one, which is a CNAME to Postmark: either way SPF is checked on Postmark's domain, so this include is optional.",
            "O Postmark envia com o seu próprio Return-Path (pm.mtasv.net), a menos que defina um personalizado, que é um CNAME para o Postmark: em ambos os casos o SPF é verificado no domínio do Postmark, por isso este include é opcional.",
        ),
        source_url: "https://postmarkapp.com/support/article/900-what-is-spf",
    },
    SenderNote {
        id: "proton",
        note: Text::new(
            "Shown under Settings, Domain names, SPF in Proton Mail.",
            "Mostrado em Definições, Nomes de domínio, SPF no Proton Mail.",
        ),
        source_url: "https://proton.me/support/anti-spoofing-custom-domain",
    },
    SenderNote {
        id: "salesforce",
        note: Text::new(
            "Salesforce asks for _spf.salesforce.com only: its other SPF records are for other uses.",
            "A Salesforce pede apenas _spf.salesforce.com: os seus outros registos SPF servem outros fins.",
        ),
        source_url: "https://help.salesforce.com/s/articleView?id=000382664&type=1",
    },
    SenderNote {
        id: "sendgrid",
        note: Text::new(
            "With domain authentication and automated security (the default), SendGrid handles SPF through CNAME records on a subdomain and this include is not needed; add it only if you turned automated security off.",
            "Com a autenticação de domínio e a segurança automática (a predefinição), o SendGrid trata do SPF com registos CNAME num subdomínio e este include não é preciso; adicione-o só se desligou a segurança automática.",
        ),
        source_url: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/spf-records",
    },
    SenderNote {
        id: "smtp2go",
        note: Text::new(
            "SMTP2GO handles SPF through the CNAME records on its Verified Senders page, not through an include in your SPF record.",
            "O SMTP2GO trata do SPF com os registos CNAME da página «Verified Senders» (o SMTP2GO só tem interface em inglês), não com um include no seu registo SPF.",
        ),
        source_url: "https://www.smtp2go.com/blog/spf-record",
    },
    SenderNote {
        id: "sparkpost",
        note: Text::new(
            "The include SparkPost shows in its SPF guide. For aligned SPF, set up a custom bounce domain in SparkPost (a CNAME).",
            "O include que a SparkPost mostra no seu guia de SPF. Para um SPF alinhado, configure um domínio de devoluções próprio na SparkPost (um CNAME).",
        ),
        source_url: "https://www.sparkpost.com/resources/email-explained/spf-sender-policy-framework/",
    },
    SenderNote {
        id: "zendesk",
        note: Text::new(
            "Zendesk checks that this include is written explicitly: do not replace it with IP addresses.",
            "O Zendesk verifica que este include está escrito explicitamente: não o substitua por endereços IP.",
        ),
        source_url: "https://support.zendesk.com/hc/en-us/articles/4867238761626",
    },
    SenderNote {
        id: "zoho",
        note: Text::new(
            "For Zoho's US data centre. Accounts in other data centres use their own value (zoho.eu, zoho.in, zoho.com.au...): copy the one the Zoho Mail Admin Console shows.",
            "Para o centro de dados dos EUA da Zoho. As contas noutros centros de dados usam o seu próprio valor (zoho.eu, zoho.in, zoho.com.au...): copie o que a consola de administração do Zoho Mail mostra.",
        ),
        source_url: "https://www.zoho.com/mail/help/adminconsole/spf-configuration.html",
    },
    SenderNote {
        id: "zoho-eu",
        note: Text::new(
            "For accounts on Zoho's EU data centre (mail.zoho.eu).",
            "Para contas no centro de dados europeu da Zoho (mail.zoho.eu).",
        ),
        source_url: "https://www.zoho.com/mail/help/adminconsole/spf-configuration.html",
    },
];

/// The known senders, in alphabetical order of name.
pub static SENDERS: &[Sender] = &[
    Sender {
        id: "amazon-ses",
        name: "Amazon SES",
        include: Some("amazonses.com"),
        // amazonses.com publishes ip4: networks only (no include, a, mx).
        nested: Some(NestedCost {
            lookups: 0,
            checked: "2026-11-28",
        }),
        on_subdomain: true,
        nothing_in_spf: false,
        dkim_domains: &["amazonses.com"],
        bounce_domains: &["amazonses.com"],
        ptr_suffixes: &["amazonses.com"],
        forwards: false,
    },
    Sender {
        id: "brevo",
        name: "Brevo (Sendinblue)",
        include: Some("spf.brevo.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["sendinblue.com", "brevo.com"],
        bounce_domains: &["sendinblue.com", "brevo.com"],
        ptr_suffixes: &["sendinblue.com", "brevo.com"],
        forwards: false,
    },
    Sender {
        id: "campaign-monitor",
        name: "Campaign Monitor",
        include: Some("_spf.createsend.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["createsend.com"],
        bounce_domains: &["createsend.com"],
        ptr_suffixes: &["createsend.com"],
        forwards: false,
    },
    Sender {
        id: "constant-contact",
        name: "Constant Contact",
        include: Some("spf.constantcontact.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["ccsend.com", "constantcontact.com"],
        bounce_domains: &["ccsend.com", "constantcontact.com"],
        ptr_suffixes: &["constantcontact.com"],
        forwards: false,
    },
    Sender {
        id: "fastmail",
        name: "Fastmail",
        include: Some("spf.messagingengine.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["messagingengine.com"],
        bounce_domains: &["messagingengine.com"],
        ptr_suffixes: &["messagingengine.com"],
        forwards: true,
    },
    Sender {
        id: "freshdesk",
        name: "Freshdesk",
        include: Some("email.freshdesk.com"),
        // email.freshdesk.com: 5-6 lookups with the include itself, per
        // spf.guru/freshdesk-mailgun-google-spf-too-big; the upper figure is kept.
        nested: Some(NestedCost {
            lookups: 5,
            checked: "2026-11-28",
        }),
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["freshdesk.com"],
        bounce_domains: &["freshdesk.com"],
        ptr_suffixes: &[],
        forwards: false,
    },
    Sender {
        id: "godaddy",
        name: "GoDaddy (Workspace / Professional Email)",
        include: Some("secureserver.net"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &[],
        bounce_domains: &["secureserver.net"],
        ptr_suffixes: &["secureserver.net"],
        forwards: true,
    },
    Sender {
        id: "google-workspace",
        name: "Google Workspace",
        include: Some("_spf.google.com"),
        // _spf.google.com includes _netblocks and _netblocks2 (ip4:/ip6: only);
        // _netblocks3 was removed in early 2026 (duocircle.com, emailmarketingforbusiness.com).
        nested: Some(NestedCost {
            lookups: 2,
            checked: "2026-11-28",
        }),
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["gappssmtp.com"],
        bounce_domains: &["googlegroups.com"],
        ptr_suffixes: &["google.com"],
        forwards: true,
    },
    Sender {
        id: "hubspot",
        name: "HubSpot",
        include: None,
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["hubspotemail.net"],
        bounce_domains: &["hubspotemail.net"],
        ptr_suffixes: &["hubspotemail.net"],
        forwards: false,
    },
    Sender {
        id: "icloud",
        name: "iCloud+ (Custom Email Domain)",
        include: Some("icloud.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["icloud.com", "me.com"],
        bounce_domains: &[],
        ptr_suffixes: &["icloud.com", "apple.com"],
        forwards: true,
    },
    Sender {
        id: "intercom",
        name: "Intercom",
        include: None,
        nested: None,
        on_subdomain: false,
        nothing_in_spf: true,
        dkim_domains: &["intercom-mail.com"],
        bounce_domains: &["intercom-mail.com"],
        ptr_suffixes: &[],
        forwards: false,
    },
    Sender {
        id: "klaviyo",
        name: "Klaviyo",
        include: None,
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["klaviyomail.com"],
        bounce_domains: &["klaviyomail.com"],
        ptr_suffixes: &["klaviyomail.com"],
        forwards: false,
    },
    Sender {
        id: "mailchimp",
        name: "Mailchimp (marketing)",
        include: None,
        nested: None,
        on_subdomain: false,
        nothing_in_spf: true,
        dkim_domains: &["mcsv.net", "mcdlv.net"],
        bounce_domains: &["mcsv.net", "mcdlv.net"],
        ptr_suffixes: &["mcsv.net", "mcdlv.net"],
        forwards: false,
    },
    Sender {
        id: "mailerlite",
        name: "MailerLite",
        include: None,
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["mlsend.com"],
        bounce_domains: &["mlsend.com"],
        ptr_suffixes: &["mlsend.com"],
        forwards: false,
    },
    Sender {
        id: "mailgun",
        name: "Mailgun",
        include: Some("mailgun.org"),
        // mailgun.org includes _spf.mailgun.org (which includes _spf1 and _spf2)
        // and _spf.eu.mailgun.org: 4 beyond the include (wirewiki.com tree; spf.guru says 5 with it).
        nested: Some(NestedCost {
            lookups: 4,
            checked: "2026-11-28",
        }),
        on_subdomain: true,
        nothing_in_spf: false,
        dkim_domains: &["mailgun.org"],
        bounce_domains: &["mailgun.org"],
        ptr_suffixes: &["mailgun.net"],
        forwards: false,
    },
    Sender {
        id: "mailjet",
        name: "Mailjet",
        include: Some("spf.mailjet.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["mailjet.com"],
        bounce_domains: &["mailjet.com"],
        ptr_suffixes: &["mailjet.com"],
        forwards: false,
    },
    Sender {
        id: "mandrill",
        name: "Mailchimp Transactional (Mandrill)",
        include: Some("spf.mandrillapp.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["mandrillapp.com"],
        bounce_domains: &["mandrillapp.com"],
        ptr_suffixes: &["mandrillapp.com"],
        forwards: false,
    },
    Sender {
        id: "microsoft-365",
        name: "Microsoft 365 (Exchange Online)",
        include: Some("spf.protection.outlook.com"),
        // spf.protection.outlook.com lists ip4:/ip6: networks and -all, no nested
        // include (wirewiki.com's resolved trees).
        nested: Some(NestedCost {
            lookups: 0,
            checked: "2026-11-28",
        }),
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["onmicrosoft.com"],
        bounce_domains: &[],
        ptr_suffixes: &["outlook.com"],
        forwards: true,
    },
    Sender {
        id: "ovh",
        name: "OVHcloud (web hosting email)",
        include: Some("mx.ovh.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &[],
        bounce_domains: &[],
        ptr_suffixes: &["ovh.net"],
        forwards: false,
    },
    Sender {
        id: "postmark",
        name: "Postmark",
        include: Some("spf.mtasv.net"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["mtasv.net"],
        bounce_domains: &["mtasv.net"],
        ptr_suffixes: &["mtasv.net"],
        forwards: false,
    },
    Sender {
        id: "proton",
        name: "Proton Mail",
        include: Some("_spf.protonmail.ch"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["protonmail.ch"],
        bounce_domains: &[],
        ptr_suffixes: &["protonmail.ch"],
        forwards: true,
    },
    Sender {
        id: "salesforce",
        name: "Salesforce",
        include: Some("_spf.salesforce.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["salesforce.com"],
        bounce_domains: &["salesforce.com"],
        ptr_suffixes: &["salesforce.com"],
        forwards: false,
    },
    Sender {
        id: "sendgrid",
        name: "SendGrid (Twilio)",
        include: Some("sendgrid.net"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["sendgrid.net", "sendgrid.info"],
        bounce_domains: &["sendgrid.net"],
        ptr_suffixes: &["sendgrid.net"],
        forwards: false,
    },
    Sender {
        id: "smtp2go",
        name: "SMTP2GO",
        include: None,
        nested: None,
        on_subdomain: false,
        nothing_in_spf: true,
        dkim_domains: &["smtpcorp.com", "smtp2go.com"],
        bounce_domains: &["smtpcorp.com", "smtp2go.com"],
        ptr_suffixes: &["smtp2go.com"],
        forwards: false,
    },
    Sender {
        id: "sparkpost",
        name: "SparkPost",
        include: Some("sparkpostmail.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["sparkpostmail.com"],
        bounce_domains: &["sparkpostmail.com"],
        ptr_suffixes: &["sparkpostmail.com"],
        forwards: false,
    },
    Sender {
        id: "zendesk",
        name: "Zendesk",
        include: Some("mail.zendesk.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["zendesk.com"],
        bounce_domains: &["zendesk.com"],
        ptr_suffixes: &["zendesk.com"],
        forwards: false,
    },
    Sender {
        id: "zoho",
        name: "Zoho Mail",
        include: Some("zoho.com"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["zoho.com"],
        bounce_domains: &["zoho.com"],
        ptr_suffixes: &["zoho.com"],
        forwards: true,
    },
    Sender {
        id: "zoho-eu",
        name: "Zoho Mail (EU data centre)",
        include: Some("zoho.eu"),
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
        dkim_domains: &["zoho.eu"],
        bounce_domains: &["zoho.eu"],
        ptr_suffixes: &["zoho.eu"],
        forwards: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_lowercase() {
        let mut ids: Vec<&str> = SENDERS.iter().map(|p| p.id).collect();
        for id in &ids {
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{id}"
            );
        }
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate sender id");
    }

    #[test]
    fn at_least_25_senders_with_sources_and_notes() {
        assert!(SENDERS.len() >= 25);
        for p in SENDERS {
            let n = NOTES.iter().find(|n| n.id == p.id).expect("a note");
            assert!(n.source_url.starts_with("https://"), "{}", p.id);
            let n = note(p.id).expect("every sender has a note");
            assert!(!n.en.is_empty() && !n.pt.is_empty(), "{}", p.id);
            assert_ne!(n.en, n.pt, "{}", p.id);
        }
    }

    #[test]
    fn senders_are_recognised_by_dkim_bounce_and_reverse_names() {
        assert_eq!(
            identify(["example.com", "em123.sendgrid.net"], [], None).map(|(s, m)| (s.id, m)),
            Some(("sendgrid", MatchedBy::DkimDomain))
        );
        assert_eq!(
            identify([], ["mail.example.com", "eu-west-1.amazonses.com"], None)
                .map(|(s, m)| (s.id, m)),
            Some(("amazon-ses", MatchedBy::SpfDomain))
        );
        assert_eq!(
            identify(
                [],
                [],
                Some("mail-db8eur05on2101.outbound.protection.outlook.com")
            )
            .map(|(s, m)| (s.id, m)),
            Some(("microsoft-365", MatchedBy::ReverseName))
        );
        assert!(identify(["example.com"], ["example.com"], Some("mx.example.net")).is_none());
        // A suffix matches whole labels only.
        assert!(!ends_with_domain("evilsendgrid.net", "sendgrid.net"));
        assert!(ends_with_domain("SendGrid.NET.", "sendgrid.net"));
        for s in SENDERS {
            for d in s
                .dkim_domains
                .iter()
                .chain(s.bounce_domains)
                .chain(s.ptr_suffixes)
            {
                assert!(
                    d.contains('.') && *d == d.to_ascii_lowercase(),
                    "{}: {d}",
                    s.id
                );
            }
        }
    }

    #[test]
    fn matching_by_organizational_part() {
        let p = matching(["bounces.sendgrid.net"]).expect("sendgrid");
        assert_eq!(p.include, Some("sendgrid.net"));
        assert!(matching(["nothing.example"]).is_none());
        assert!(matching([] as [&str; 0]).is_none());
    }
}
