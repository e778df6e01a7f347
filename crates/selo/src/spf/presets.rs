//! Common senders and the `include:` each one documents for SPF.
//!
//! Each entry was checked against the provider's own documentation (linked
//! in [`SenderPreset::source_url`]). Where a provider says the value depends
//! on the account (HubSpot, Klaviyo, MailerLite...) or that no `include:` is
//! needed on your own record (Mailchimp, Intercom, SMTP2GO), `include` is
//! `None` and the note says what to copy from the account instead: a
//! generator must not guess.
//!
//! ```
//! use selo::spf::presets::{find, PRESETS};
//! assert!(PRESETS.len() >= 25);
//! assert_eq!(find("google-workspace").unwrap().include, Some("_spf.google.com"));
//! assert_eq!(find("hubspot").unwrap().include, None);
//! ```

use super::DomainSpec;
use crate::{Diagnostic, Span, Text};

/// A sender a domain may use, with the SPF `include:` it documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SenderPreset {
    /// Stable identifier, used in shared links (`google-workspace`).
    pub id: &'static str,
    /// The provider's name as people know it.
    pub name: &'static str,
    /// The domain to `include:`, or `None` when the provider documents no
    /// fixed value (the note then says what to do).
    pub include: Option<&'static str>,
    /// What to know before adding it: where the include belongs, what to
    /// copy from the account, whether it is needed at all.
    pub note: Text,
    /// The provider's documentation page for SPF.
    pub source_url: &'static str,
    /// What the include's own record tree costs in DNS lookups beyond the
    /// `include:` itself, as last checked; `None` when Selo does not know.
    pub nested: Option<NestedCost>,
    /// The provider says the include belongs on a sending subdomain (a
    /// custom MAIL FROM / return-path domain), not on the main domain.
    pub on_subdomain: bool,
    /// The provider sends with its own envelope domain: nothing goes in
    /// your SPF record, DKIM is what aligns with your domain.
    pub nothing_in_spf: bool,
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

impl SenderPreset {
    /// The include as a checked [`DomainSpec`], if the preset has one.
    pub fn domain_spec(&self) -> Option<DomainSpec> {
        self.include.and_then(|i| DomainSpec::try_from(i).ok())
    }
}

/// The preset with this id.
pub fn find(id: &str) -> Option<&'static SenderPreset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// From this many lookups (of 10) the estimate is a warning.
pub const LOOKUP_WARNING_FROM: usize = 8;

/// How many DNS lookups a record costs with the records it includes, as far
/// as Selo knows without resolving them ([`estimate_lookups`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct LookupEstimate {
    /// The record's own lookup terms (`include`, `a`, `mx`, `ptr`,
    /// `exists`, `redirect`).
    pub own: usize,
    /// The known nested cost of the includes and `redirect=` targets that
    /// are presets ([`SenderPreset::nested`]).
    pub nested: usize,
    /// `own + nested`: at least what a receiver spends.
    pub total: usize,
    /// Included (or redirected-to) domains Selo has no figure for, each
    /// counted as 1 (the term itself) in `own`.
    pub unknown: Vec<String>,
}

/// The preset whose include is `domain` (case and a trailing dot ignored).
pub fn find_by_include(domain: &str) -> Option<&'static SenderPreset> {
    let domain = domain.trim_end_matches('.');
    PRESETS
        .iter()
        .find(|p| p.include.is_some_and(|i| i.eq_ignore_ascii_case(domain)))
}

/// Estimates the DNS lookups of a whole record: its own terms plus the known
/// nested cost of each include that is a preset; an include Selo does not
/// know counts as at least 1 and is listed in [`LookupEstimate::unknown`].
///
/// ```
/// use selo::spf::presets::estimate_lookups;
/// let spf = "v=spf1 mx include:_spf.google.com include:mailgun.org -all".parse().unwrap();
/// let e = estimate_lookups(&spf);
/// assert_eq!((e.own, e.nested, e.total), (3, 6, 9));
/// assert!(e.unknown.is_empty());
/// ```
pub fn estimate_lookups(spf: &super::Spf) -> LookupEstimate {
    estimate_terms(spf.terms())
}

pub(crate) fn estimate_terms<'a>(
    terms: impl IntoIterator<Item = &'a super::Term>,
) -> LookupEstimate {
    use super::{Mechanism, Modifier, Term};
    let mut e = LookupEstimate::default();
    for term in terms {
        if !term.queries_dns() {
            continue;
        }
        e.own += 1;
        let target = match term {
            Term::Mechanism {
                kind: Mechanism::Include(d),
                ..
            }
            | Term::Modifier(Modifier::Redirect(d)) => d,
            _ => continue,
        };
        match find_by_include(target.as_str()).and_then(|p| p.nested) {
            Some(cost) => e.nested += usize::from(cost.lookups),
            None => {
                if !e
                    .unknown
                    .iter()
                    .any(|u| u.eq_ignore_ascii_case(target.as_str()))
                {
                    e.unknown.push(target.as_str().to_string());
                }
            }
        }
    }
    e.total = e.own + e.nested;
    e
}

/// The estimate as findings: an error past 10, a warning from
/// [`LOOKUP_WARNING_FROM`], otherwise the plain count (`spf::lookup-count`);
/// with the warning or the error, a note listing the includes Selo has no
/// figure for. Nothing for a record without lookups. Spans are empty at 0.
///
/// ```
/// use selo::spf::presets::lookup_findings;
/// let record = "v=spf1 a mx include:_spf.google.com include:mailgun.org include:email.freshdesk.com -all";
/// let spf = selo::spf::parse(record).value.unwrap();
/// let codes: Vec<_> = lookup_findings(&spf).iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["spf::lookup-estimate-over"]);
/// ```
pub fn lookup_findings(spf: &super::Spf) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    push_lookup_findings(&estimate_lookups(spf), Span::empty(0), &mut out);
    out
}

pub(crate) fn push_lookup_findings(e: &LookupEstimate, at: Span, out: &mut Vec<Diagnostic>) {
    use super::messages::{
        LOOKUP_COUNT, LOOKUP_ESTIMATE_HIGH, LOOKUP_ESTIMATE_OVER, LOOKUP_UNKNOWN,
    };
    let template = if e.total > super::MAX_DNS_LOOKUPS {
        &LOOKUP_ESTIMATE_OVER
    } else if e.total >= LOOKUP_WARNING_FROM {
        &LOOKUP_ESTIMATE_HIGH
    } else {
        if e.own > 0 {
            out.push(Diagnostic::new(&LOOKUP_COUNT, at).arg("count", e.own));
        }
        return;
    };
    out.push(
        Diagnostic::new(template, at)
            .arg("total", e.total)
            .arg("own", e.own)
            .arg("nested", e.nested),
    );
    if !e.unknown.is_empty() {
        out.push(Diagnostic::new(&LOOKUP_UNKNOWN, at).arg("includes", e.unknown.join(", ")));
    }
}

/// What to tell someone who chose these presets for a record: a warning
/// for each preset that belongs on a subdomain when the record is the main
/// domain's (`on_root`), and a callout for each provider that needs
/// nothing in SPF (pointing to DKIM). Spans are empty at 0.
///
/// ```
/// use selo::spf::presets::{find, preset_findings};
/// let chosen = [find("amazon-ses").unwrap(), find("mailchimp").unwrap(), find("google-workspace").unwrap()];
/// let codes: Vec<_> = preset_findings(&chosen, true).iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["spf::preset-on-subdomain", "spf::preset-not-needed"]);
/// assert_eq!(preset_findings(&chosen, false).len(), 1);
/// ```
pub fn preset_findings(chosen: &[&SenderPreset], on_root: bool) -> Vec<Diagnostic> {
    use super::messages::{PRESET_NOT_NEEDED, PRESET_ON_SUBDOMAIN};
    let at = Span::empty(0);
    let mut out = Vec::new();
    for p in chosen {
        if p.on_subdomain && on_root {
            out.push(
                Diagnostic::new(&PRESET_ON_SUBDOMAIN, at)
                    .arg("provider", p.name)
                    .arg("include", p.include.unwrap_or("")),
            );
        }
        if p.nothing_in_spf {
            out.push(Diagnostic::new(&PRESET_NOT_NEEDED, at).arg("provider", p.name));
        }
    }
    out
}

/// An "other include" value as providers tell people to paste it:
/// `include:servers.mcsv.net`, `+include:...`, `servers.mcsv.net.` or the
/// bare domain, all read as the domain to include.
///
/// ```
/// use selo::spf::presets::read_include;
/// assert_eq!(read_include(" include:servers.mcsv.net ").unwrap().as_str(), "servers.mcsv.net");
/// assert_eq!(read_include("+INCLUDE:_spf.example.net.").unwrap().as_str(), "_spf.example.net");
/// assert!(read_include("include:").is_err());
/// ```
pub fn read_include(typed: &str) -> Result<DomainSpec, crate::ValueError> {
    let s = typed.trim();
    let s = s.strip_prefix('+').unwrap_or(s);
    let s = match s.get(..8) {
        Some(p) if p.eq_ignore_ascii_case("include:") => &s[8..],
        _ => s,
    };
    let s = s.trim();
    let s = s.strip_suffix('.').filter(|r| !r.is_empty()).unwrap_or(s);
    DomainSpec::try_from(s)
}

/// Common senders, in alphabetical order of name.
pub static PRESETS: &[SenderPreset] = &[
    SenderPreset {
        id: "amazon-ses",
        name: "Amazon SES",
        include: Some("amazonses.com"),
        note: Text::new(
            "By default SES sends with its own MAIL FROM domain (amazonses.com) and SPF passes there, not for your domain. For aligned SPF, set a custom MAIL FROM subdomain in SES (such as mail.example.com) and publish this include in the SPF record of that subdomain, not of your main domain.",
            "Na predefinição, o SES envia com o seu próprio domínio MAIL FROM (amazonses.com) e o SPF passa aí, não no seu domínio. Para um SPF alinhado, defina no SES um subdomínio MAIL FROM próprio (como mail.example.com) e publique este include no registo SPF desse subdomínio, não no do domínio principal.",
        ),
        source_url: "https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-spf.html",
        // amazonses.com publishes ip4: networks only (no include, a, mx).
        nested: Some(NestedCost {
            lookups: 0,
            checked: "2026-11-28",
        }),
        on_subdomain: true,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "brevo",
        name: "Brevo (Sendinblue)",
        include: Some("spf.brevo.com"),
        note: Text::new(
            "Copy the value Brevo shows under Senders, Domains & Dedicated IPs: current accounts show spf.brevo.com, older Sendinblue instructions used spf.sendinblue.com.",
            "Copie o valor que o Brevo mostra em Remetentes, Domínios e IPs dedicados: as contas atuais mostram spf.brevo.com, as instruções antigas do Sendinblue usavam spf.sendinblue.com.",
        ),
        source_url: "https://help.brevo.com/hc/en-us/search?query=SPF",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "campaign-monitor",
        name: "Campaign Monitor",
        include: Some("_spf.createsend.com"),
        note: Text::new(
            "Campaign Monitor sends with its own bounce domain, so SPF for its mail is checked there; DKIM (set up under Sending domains) is what aligns with your domain.",
            "O Campaign Monitor envia com o seu próprio domínio de devoluções, por isso o SPF das suas mensagens é verificado aí; é o DKIM (configurado no menu «Sending domains», que o Campaign Monitor só mostra em inglês) que fica alinhado com o seu domínio.",
        ),
        source_url: "https://help.campaignmonitor.com/s/search?q=SPF",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "constant-contact",
        name: "Constant Contact",
        include: Some("spf.constantcontact.com"),
        note: Text::new(
            "Constant Contact also sends with its own envelope sender; its self-authentication (DKIM CNAME records) is what aligns with your domain.",
            "O Constant Contact também envia com o seu próprio remetente de envelope; é a autoautenticação (registos CNAME de DKIM) que fica alinhada com o seu domínio.",
        ),
        source_url: "https://knowledgebase.constantcontact.com/search?q=SPF",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "fastmail",
        name: "Fastmail",
        include: Some("spf.messagingengine.com"),
        note: Text::new(
            "If Fastmail hosts your DNS it publishes this record for you.",
            "Se o Fastmail alojar o seu DNS, publica este registo por si.",
        ),
        source_url: "https://www.fastmail.help/hc/en-us/articles/360060591153",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "freshdesk",
        name: "Freshdesk",
        include: Some("email.freshdesk.com"),
        note: Text::new(
            "Needed when Freshdesk sends replies from your own support address.",
            "Necessário quando o Freshdesk envia respostas a partir do seu próprio endereço de apoio.",
        ),
        source_url: "https://support.freshdesk.com/support/search?term=SPF",
        // email.freshdesk.com: 5-6 lookups with the include itself, per
        // spf.guru/freshdesk-mailgun-google-spf-too-big; the upper figure is kept.
        nested: Some(NestedCost {
            lookups: 5,
            checked: "2026-11-28",
        }),
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "godaddy",
        name: "GoDaddy (Workspace / Professional Email)",
        include: Some("secureserver.net"),
        note: Text::new(
            "For GoDaddy's Workspace Email, Professional Email and Microsoft 365 from GoDaddy.",
            "Para o Workspace Email, o Professional Email e o Microsoft 365 da GoDaddy.",
        ),
        source_url: "https://www.godaddy.com/help/use-spf-records-to-prevent-spoofing-and-ensure-mail-delivery-40499",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "google-workspace",
        name: "Google Workspace",
        include: Some("_spf.google.com"),
        note: Text::new(
            "Gmail with your own domain.",
            "Gmail com o seu próprio domínio.",
        ),
        source_url: "https://support.google.com/a/answer/10685031",
        // _spf.google.com includes _netblocks and _netblocks2 (ip4:/ip6: only);
        // _netblocks3 was removed in early 2026 (duocircle.com, emailmarketingforbusiness.com).
        nested: Some(NestedCost {
            lookups: 2,
            checked: "2026-11-28",
        }),
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "hubspot",
        name: "HubSpot",
        include: None,
        note: Text::new(
            "HubSpot has no single include: connect your email sending domain in HubSpot (Settings, Domains & URLs) and copy the SPF value it shows for your account. Without a dedicated IP, HubSpot sends with its own return-path and DKIM is what aligns.",
            "O HubSpot não tem um include único: ligue o seu domínio de envio no HubSpot (Definições, Domínios e URLs) e copie o valor SPF que mostra para a sua conta. Sem IP dedicado, o HubSpot envia com o seu próprio return-path e é o DKIM que fica alinhado.",
        ),
        source_url: "https://knowledge.hubspot.com/email/do-i-need-to-add-hubspot-to-our-spf-record",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "icloud",
        name: "iCloud+ (Custom Email Domain)",
        include: Some("icloud.com"),
        note: Text::new(
            "Apple shows this record when you add your domain under Custom Email Domain in iCloud settings.",
            "A Apple mostra este registo quando adiciona o seu domínio em Domínio de e-mail personalizado nas definições do iCloud.",
        ),
        source_url: "https://support.apple.com/en-us/102374",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "intercom",
        name: "Intercom",
        include: None,
        note: Text::new(
            "Intercom says no SPF record is needed: its mail carries Intercom's own return-path, which passes SPF. Set up its DKIM records so your domain aligns.",
            "O Intercom diz que não é preciso registo SPF: as suas mensagens levam o return-path do próprio Intercom, que passa o SPF. Configure os registos DKIM para que o seu domínio fique alinhado.",
        ),
        source_url: "https://www.intercom.com/help/en/articles/182-sending-email-from-your-own-address",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: true,
    },
    SenderPreset {
        id: "klaviyo",
        name: "Klaviyo",
        include: None,
        note: Text::new(
            "Klaviyo does not use an include: it hosts SPF and DKIM behind a branded sending subdomain (such as send.example.com) that you point at Klaviyo with the records shown under Settings, Domains.",
            "O Klaviyo não usa include: aloja o SPF e o DKIM num subdomínio de envio (como send.example.com) que aponta para o Klaviyo com os registos mostrados no menu «Settings › Domains» (o Klaviyo só tem interface em inglês).",
        ),
        source_url: "https://help.klaviyo.com/hc/en-us/search?query=branded%20sending%20domain",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "mailchimp",
        name: "Mailchimp (marketing)",
        include: None,
        note: Text::new(
            "Mailchimp campaigns use Mailchimp's own return-path, so your SPF record needs nothing for them; authenticate your domain in Mailchimp (DKIM CNAME records) instead. For Mailchimp Transactional, see Mandrill.",
            "As campanhas do Mailchimp usam o return-path do próprio Mailchimp, por isso o seu registo SPF não precisa de nada para elas; autentique antes o seu domínio no Mailchimp (registos CNAME de DKIM). Para o Mailchimp Transactional, veja Mandrill.",
        ),
        source_url: "https://mailchimp.com/help/set-up-email-domain-authentication/",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: true,
    },
    SenderPreset {
        id: "mailerlite",
        name: "MailerLite",
        include: None,
        note: Text::new(
            "Copy the SPF record MailerLite shows on its Domains page for your domain: MailerLite says it must be added exactly as shown.",
            "Copie o registo SPF que o MailerLite mostra na página Domínios para o seu domínio: o MailerLite diz que tem de ser adicionado exatamente como é mostrado.",
        ),
        source_url: "https://www.mailerlite.com/help/how-to-verify-and-authenticate-your-domain",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "mailgun",
        name: "Mailgun",
        include: Some("mailgun.org"),
        note: Text::new(
            "Put it in the SPF record of the domain you registered in Mailgun, usually a sending subdomain such as mg.example.com.",
            "Coloque-o no registo SPF do domínio que registou no Mailgun, normalmente um subdomínio de envio como mg.example.com.",
        ),
        source_url: "https://documentation.mailgun.com/docs/mailgun/email-best-practices/auth_bestpractice",
        // mailgun.org includes _spf.mailgun.org (which includes _spf1 and _spf2)
        // and _spf.eu.mailgun.org: 4 beyond the include (wirewiki.com tree; spf.guru says 5 with it).
        nested: Some(NestedCost {
            lookups: 4,
            checked: "2026-11-28",
        }),
        on_subdomain: true,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "mailjet",
        name: "Mailjet",
        include: Some("spf.mailjet.com"),
        note: Text::new(
            "Mailjet's account pages show this value when you authenticate a sending domain.",
            "As páginas da conta Mailjet mostram este valor quando autentica um domínio de envio.",
        ),
        source_url: "https://www.mailjet.com/support/what-s-the-meaning-of-spf-sender-policy-framework,20.htm",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "mandrill",
        name: "Mailchimp Transactional (Mandrill)",
        include: Some("spf.mandrillapp.com"),
        note: Text::new(
            "Mandrill refuses to send from a domain until its SPF and DKIM records are in place.",
            "O Mandrill recusa enviar de um domínio enquanto os registos SPF e DKIM não estiverem publicados.",
        ),
        source_url: "https://mandrill.zendesk.com/hc/en-us/articles/360039236053-About-SPF-and-DKIM",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "microsoft-365",
        name: "Microsoft 365 (Exchange Online)",
        include: Some("spf.protection.outlook.com"),
        note: Text::new(
            "For Microsoft 365 worldwide; national clouds (21Vianet, GCC High) document their own value.",
            "Para o Microsoft 365 global; as nuvens nacionais (21Vianet, GCC High) documentam o seu próprio valor.",
        ),
        source_url: "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-spf-configure",
        // spf.protection.outlook.com lists ip4:/ip6: networks and -all, no nested
        // include (wirewiki.com's resolved trees).
        nested: Some(NestedCost {
            lookups: 0,
            checked: "2026-11-28",
        }),
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "ovh",
        name: "OVHcloud (web hosting email)",
        include: Some("mx.ovh.com"),
        note: Text::new(
            "The SPF OVHcloud proposes for email sent from its shared hosting and MX Plan.",
            "O SPF que a OVHcloud propõe para o correio enviado do seu alojamento partilhado e do MX Plan.",
        ),
        source_url: "https://docs.ovh.com/it/domains/hosting_condiviso_il_record_spf/",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "postmark",
        name: "Postmark",
        include: Some("spf.mtasv.net"),
        note: Text::new(
            "Postmark sends with its own Return-Path (pm.mtasv.net) unless you set a custom one, which is a CNAME to Postmark: either way SPF is checked on Postmark's domain, so this include is optional.",
            "O Postmark envia com o seu próprio Return-Path (pm.mtasv.net), a menos que defina um personalizado, que é um CNAME para o Postmark: em ambos os casos o SPF é verificado no domínio do Postmark, por isso este include é opcional.",
        ),
        source_url: "https://postmarkapp.com/support/article/900-what-is-spf",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "proton",
        name: "Proton Mail",
        include: Some("_spf.protonmail.ch"),
        note: Text::new(
            "Shown under Settings, Domain names, SPF in Proton Mail.",
            "Mostrado em Definições, Nomes de domínio, SPF no Proton Mail.",
        ),
        source_url: "https://proton.me/support/anti-spoofing-custom-domain",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "salesforce",
        name: "Salesforce",
        include: Some("_spf.salesforce.com"),
        note: Text::new(
            "Salesforce asks for _spf.salesforce.com only: its other SPF records are for other uses.",
            "A Salesforce pede apenas _spf.salesforce.com: os seus outros registos SPF servem outros fins.",
        ),
        source_url: "https://help.salesforce.com/s/articleView?id=000382664&type=1",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "sendgrid",
        name: "SendGrid (Twilio)",
        include: Some("sendgrid.net"),
        note: Text::new(
            "With domain authentication and automated security (the default), SendGrid handles SPF through CNAME records on a subdomain and this include is not needed; add it only if you turned automated security off.",
            "Com a autenticação de domínio e a segurança automática (a predefinição), o SendGrid trata do SPF com registos CNAME num subdomínio e este include não é preciso; adicione-o só se desligou a segurança automática.",
        ),
        source_url: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/spf-records",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "smtp2go",
        name: "SMTP2GO",
        include: None,
        note: Text::new(
            "SMTP2GO handles SPF through the CNAME records on its Verified Senders page, not through an include in your SPF record.",
            "O SMTP2GO trata do SPF com os registos CNAME da página «Verified Senders» (o SMTP2GO só tem interface em inglês), não com um include no seu registo SPF.",
        ),
        source_url: "https://www.smtp2go.com/blog/spf-record",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: true,
    },
    SenderPreset {
        id: "sparkpost",
        name: "SparkPost",
        include: Some("sparkpostmail.com"),
        note: Text::new(
            "The include SparkPost shows in its SPF guide. For aligned SPF, set up a custom bounce domain in SparkPost (a CNAME).",
            "O include que a SparkPost mostra no seu guia de SPF. Para um SPF alinhado, configure um domínio de devoluções próprio na SparkPost (um CNAME).",
        ),
        source_url: "https://www.sparkpost.com/resources/email-explained/spf-sender-policy-framework/",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "zendesk",
        name: "Zendesk",
        include: Some("mail.zendesk.com"),
        note: Text::new(
            "Zendesk checks that this include is written explicitly: do not replace it with IP addresses.",
            "O Zendesk verifica que este include está escrito explicitamente: não o substitua por endereços IP.",
        ),
        source_url: "https://support.zendesk.com/hc/en-us/articles/4867238761626",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "zoho",
        name: "Zoho Mail",
        include: Some("zoho.com"),
        note: Text::new(
            "For Zoho's US data centre. Accounts in other data centres use their own value (zoho.eu, zoho.in, zoho.com.au...): copy the one the Zoho Mail Admin Console shows.",
            "Para o centro de dados dos EUA da Zoho. As contas noutros centros de dados usam o seu próprio valor (zoho.eu, zoho.in, zoho.com.au...): copie o que a consola de administração do Zoho Mail mostra.",
        ),
        source_url: "https://www.zoho.com/mail/help/adminconsole/spf-configuration.html",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
    SenderPreset {
        id: "zoho-eu",
        name: "Zoho Mail (EU data centre)",
        include: Some("zoho.eu"),
        note: Text::new(
            "For accounts on Zoho's EU data centre (mail.zoho.eu).",
            "Para contas no centro de dados europeu da Zoho (mail.zoho.eu).",
        ),
        source_url: "https://www.zoho.com/mail/help/adminconsole/spf-configuration.html",
        nested: None,
        on_subdomain: false,
        nothing_in_spf: false,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_include_is_a_valid_domain_spec() {
        for p in PRESETS {
            if let Some(i) = p.include {
                assert!(DomainSpec::try_from(i).is_ok(), "{}: {i}", p.id);
                assert!(p.domain_spec().is_some());
            }
        }
    }

    #[test]
    fn ids_are_unique_and_lowercase() {
        let mut ids: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
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
        assert_eq!(ids.len(), n, "duplicate preset id");
    }

    #[test]
    fn at_least_25_senders_with_sources_and_notes() {
        assert!(PRESETS.len() >= 25);
        for p in PRESETS {
            assert!(p.source_url.starts_with("https://"), "{}", p.id);
            assert!(!p.note.en.is_empty() && !p.note.pt.is_empty(), "{}", p.id);
            assert_ne!(p.note.en, p.note.pt, "{}", p.id);
        }
    }

    #[test]
    fn a_record_with_each_include_round_trips() {
        use super::super::{Qualifier, Spf};
        for d in PRESETS.iter().filter_map(SenderPreset::domain_spec) {
            let spf = Spf::builder()
                .include(d.clone())
                .all(Qualifier::Fail)
                .build();
            assert_eq!(
                spf.to_string(),
                format!("v=spf1 include:{} -all", d.as_str())
            );
            let back: Spf = spf.to_string().parse().unwrap();
            assert_eq!(back, spf);
        }
    }
}
