//! Will Gmail, Yahoo and Outlook.com accept this mail? The mailbox
//! providers' sender requirements, checked from one received message
//! ([`message`]) or from one domain's records ([`domain`]), and the
//! providers' rejection texts explained ([`bounce`]).
//!
//! This layer composes the others and defines no protocol rule: it reads
//! the message analysis ([`crate::message`]) and the domain check
//! ([`crate::check`]). The providers' rules are data ([`rules::RULES`]):
//! one row per provider and rule, with the provider's page and the date it
//! was read. What one message cannot show (the spam rate, the volume sent)
//! is listed as such, with the status `unknown`, never guessed. Selo never
//! contacts an unsubscribe URL.
//!
//! ```
//! use selo::requirements::{Check, Finding, Status, Words, expand};
//! let found = vec![Finding::new(Check::Tls, Status::Pass, Words::same("ESMTPS"))];
//! let rows = expand(&found);
//! // Only Gmail asks for TLS.
//! assert_eq!(rows.len(), 1);
//! assert_eq!(rows[0].provider.name(), "Gmail");
//! ```

pub mod bounce;
pub mod domain;
#[cfg(feature = "message")]
pub mod message;
pub mod rules;
#[cfg(all(test, feature = "message"))]
mod tests;

use crate::{Lang, Text};
use serde::Serialize;

/// A mailbox provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    /// Gmail (personal accounts).
    Gmail,
    /// Yahoo Mail (and AOL).
    Yahoo,
    /// Outlook.com (with Hotmail.com and Live.com).
    Outlook,
}

impl Provider {
    /// The three, in the order of the columns.
    pub const ALL: [Provider; 3] = [Provider::Gmail, Provider::Yahoo, Provider::Outlook];

    /// The name shown: `Gmail`, `Yahoo`, `Outlook.com`.
    pub const fn name(self) -> &'static str {
        match self {
            Provider::Gmail => "Gmail",
            Provider::Yahoo => "Yahoo",
            Provider::Outlook => "Outlook.com",
        }
    }
}

/// What Selo checks: one per requirement, shared by the providers that ask
/// for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// SPF passes, for the envelope sender's domain.
    SpfPass,
    /// A DKIM signature verifies.
    DkimPass,
    /// A DMARC policy applies to the From domain (`p=none` is enough).
    DmarcPolicy,
    /// The From domain aligns with a passing SPF or DKIM domain.
    DmarcAlignment,
    /// The DKIM key is at least 1024 bits (2048 advised).
    DkimKeySize,
    /// The sending IP's reverse name is confirmed forward.
    ReverseDns,
    /// The message reached the receiver over TLS.
    Tls,
    /// One From, a Date and a Message-ID.
    MessageFormat,
    /// One-click unsubscribe (RFC 8058), signed.
    OneClickUnsubscribe,
    /// The spam rate: not visible in one message.
    SpamRate,
    /// The volume sent: not visible in one message.
    Volume,
}

impl Check {
    /// Every check, in the order of the rows.
    pub const ALL: [Check; 11] = [
        Check::SpfPass,
        Check::DkimPass,
        Check::DmarcPolicy,
        Check::DmarcAlignment,
        Check::DkimKeySize,
        Check::ReverseDns,
        Check::Tls,
        Check::MessageFormat,
        Check::OneClickUnsubscribe,
        Check::SpamRate,
        Check::Volume,
    ];

    /// The rule's id: `spf-pass`, `dkim-pass`, `dmarc-policy`...
    pub const fn id(self) -> &'static str {
        match self {
            Check::SpfPass => "spf-pass",
            Check::DkimPass => "dkim-pass",
            Check::DmarcPolicy => "dmarc-policy",
            Check::DmarcAlignment => "dmarc-alignment",
            Check::DkimKeySize => "dkim-key-size",
            Check::ReverseDns => "reverse-dns",
            Check::Tls => "tls",
            Check::MessageFormat => "message-format",
            Check::OneClickUnsubscribe => "one-click-unsubscribe",
            Check::SpamRate => "spam-rate",
            Check::Volume => "volume",
        }
    }

    /// The check named `id` ([`Self::id`]).
    pub fn from_id(id: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Its name, short, in both languages.
    pub const fn name(self) -> Text {
        match self {
            Check::SpfPass => Text::new("SPF passes", "O SPF passa"),
            Check::DkimPass => Text::new("DKIM passes", "O DKIM passa"),
            Check::DmarcPolicy => Text::new("DMARC policy published", "Política DMARC publicada"),
            Check::DmarcAlignment => Text::new("From domain aligned", "Domínio do From alinhado"),
            Check::DkimKeySize => Text::new("DKIM key size", "Tamanho da chave DKIM"),
            Check::ReverseDns => Text::new(
                "Reverse DNS of the sending IP",
                "DNS inverso do IP de envio",
            ),
            Check::Tls => Text::new("Sent over TLS", "Enviada por TLS"),
            Check::MessageFormat => {
                Text::new("From, Date and Message-ID", "From, Date e Message-ID")
            }
            Check::OneClickUnsubscribe => {
                Text::new("One-click unsubscribe", "Cancelamento com um clique")
            }
            Check::SpamRate => Text::new("Spam rate", "Taxa de spam"),
            Check::Volume => Text::new("Messages a day", "Mensagens por dia"),
        }
    }
}

/// Where a requirement stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Met.
    Pass,
    /// Met in part: a `mailto:`-only unsubscribe, a 1024-bit key where
    /// 2048 is advised.
    Warning,
    /// Not met.
    Fail,
    /// Cannot be told from what was given (the connecting IP is not known,
    /// a lookup failed, the spam rate and the volume are not in a message).
    Unknown,
}

impl Status {
    /// `pass`, `warning`, `fail` or `unknown`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warning => "warning",
            Status::Fail => "fail",
            Status::Unknown => "unknown",
        }
    }

    /// The word shown, in both languages.
    pub const fn word(self) -> Text {
        match self {
            Status::Pass => Text::new("pass", "cumpre"),
            Status::Warning => Text::new("warning", "aviso"),
            Status::Fail => Text::new("fail", "falha"),
            Status::Unknown => Text::new("unknown", "desconhecido"),
        }
    }
}

/// A text made for one finding, in both languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Words {
    /// English.
    pub en: String,
    /// European Portuguese.
    pub pt: String,
}

impl Words {
    /// The same text in both languages (a code, a name).
    pub fn same(s: impl Into<String>) -> Self {
        let s = s.into();
        Words {
            en: s.clone(),
            pt: s,
        }
    }

    /// The text `fill` makes in each language.
    pub fn both(fill: impl Fn(Lang) -> String) -> Self {
        Words {
            en: fill(Lang::En),
            pt: fill(Lang::Pt),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Pt => &self.pt,
        }
    }
}

/// What to do, with the generator page that does it when a record fixes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What to do.
    pub text: Words,
    /// The generator's query (`?page=dmarc&domain=...`), when a record
    /// fixes it ([`crate::handoff`]).
    pub href: Option<String>,
}

/// What Selo found for one check, before it is spread over the providers
/// that ask for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The check.
    pub check: Check,
    /// Where it stands.
    pub status: Status,
    /// What was seen.
    pub evidence: Words,
    /// What to do, when it is not met.
    pub fix: Option<Fix>,
}

impl Finding {
    /// A finding without a fix.
    pub fn new(check: Check, status: Status, evidence: Words) -> Self {
        Finding {
            check,
            status,
            evidence,
            fix: None,
        }
    }

    /// With a fix.
    pub fn fix(mut self, text: Words, href: Option<String>) -> Self {
        self.fix = Some(Fix { text, href });
        self
    }
}

/// One row of the checklist: one provider's rule and where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The provider.
    pub provider: Provider,
    /// The rule, with the provider's wording and page.
    pub rule: &'static rules::Rule,
    /// Where it stands.
    pub status: Status,
    /// What was seen.
    pub evidence: Words,
    /// What to do.
    pub fix: Option<Fix>,
}

/// A row in one language, as the command's JSON writes it:
/// `{provider, rule, status, evidence, fix, generator, source, ...}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Shown {
    /// `Gmail`, `Yahoo` or `Outlook.com`.
    pub provider: &'static str,
    /// The rule's id (`spf-pass`).
    pub rule: &'static str,
    /// `pass`, `warning`, `fail` or `unknown`.
    pub status: &'static str,
    /// What was seen.
    pub evidence: String,
    /// What to do, when the rule is not met.
    pub fix: Option<String>,
    /// The generator page that makes the fix (a query string).
    pub generator: Option<String>,
    /// The provider's page.
    pub source: &'static str,
    /// The provider's wording, summarized.
    pub asks: &'static str,
    /// When the provider's page was read.
    pub read: &'static str,
}

impl Row {
    /// The row in `lang`.
    pub fn shown(&self, lang: Lang) -> Shown {
        Shown {
            provider: self.provider.name(),
            rule: self.rule.check.id(),
            status: self.status.as_str(),
            evidence: self.evidence.get(lang).to_string(),
            fix: self.fix.as_ref().map(|f| f.text.get(lang).to_string()),
            generator: self.fix.as_ref().and_then(|f| f.href.clone()),
            source: self.rule.source,
            asks: self.rule.asks.get(lang),
            read: self.rule.read,
        }
    }
}

/// Each finding spread over the providers whose rules ask for it, in the
/// order of [`Check::ALL`], then of [`Provider::ALL`].
pub fn expand(findings: &[Finding]) -> Vec<Row> {
    let mut out = Vec::new();
    for check in Check::ALL {
        let Some(f) = findings.iter().find(|f| f.check == check) else {
            continue;
        };
        for provider in Provider::ALL {
            if let Some(rule) = rules::find(provider, check) {
                out.push(Row {
                    provider,
                    rule,
                    status: f.status,
                    evidence: f.evidence.clone(),
                    fix: f.fix.clone(),
                });
            }
        }
    }
    out
}

/// The findings for what one message cannot show: the spam rate and the
/// volume sent, `unknown`, with where to see them.
pub fn not_in_a_message() -> Vec<Finding> {
    vec![
        Finding::new(
            Check::SpamRate,
            Status::Unknown,
            Words::both(|l| texts::SPAM_RATE_UNSEEN.get(l).to_string()),
        ),
        Finding::new(
            Check::Volume,
            Status::Unknown,
            Words::both(|l| texts::VOLUME_UNSEEN.get(l).to_string()),
        ),
    ]
}

/// The texts of the findings, in both languages.
mod texts {
    crate::texts! {
        SPAM_RATE_UNSEEN = (
            "Not visible in one message: see Gmail's Postmaster Tools, Yahoo's Sender Hub or Microsoft's SNDS.",
            "Não se vê numa mensagem: veja o Postmaster Tools da Google, o Sender Hub da Yahoo ou o SNDS da Microsoft."
        );
        VOLUME_UNSEEN = (
            "Not visible in one message: the bulk rules bind from about 5,000 messages a day to one provider.",
            "Não se vê numa mensagem: as regras de envio em massa aplicam-se a partir de cerca de 5000 mensagens por dia para um fornecedor."
        );
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn every_rule_has_its_source_and_date_and_both_languages() {
        for r in rules::RULES {
            assert!(r.source.starts_with("https://"), "{r:?}");
            assert_eq!(r.read.len(), 10, "{r:?}");
            assert!(!r.asks.en.is_empty() && !r.asks.pt.is_empty(), "{r:?}");
            assert_ne!(r.asks.en, r.asks.pt, "{r:?}");
        }
        // One rule per provider and check.
        for (i, a) in rules::RULES.iter().enumerate() {
            for b in &rules::RULES[i + 1..] {
                assert!(!(a.provider == b.provider && a.check == b.check), "{a:?}");
            }
        }
        // Every check is asked for by someone.
        for c in Check::ALL {
            assert!(rules::RULES.iter().any(|r| r.check == c), "{c:?}");
            assert_eq!(Check::from_id(c.id()), Some(c));
        }
    }

    #[test]
    fn outlook_asks_for_authentication_only() {
        let outlook: Vec<Check> = rules::RULES
            .iter()
            .filter(|r| r.provider == Provider::Outlook)
            .map(|r| r.check)
            .collect();
        assert_eq!(
            outlook,
            [
                Check::SpfPass,
                Check::DkimPass,
                Check::DmarcPolicy,
                Check::DmarcAlignment,
                Check::Volume
            ]
        );
    }

    #[test]
    fn what_a_message_cannot_show_is_unknown_for_each_provider_that_asks() {
        let rows = expand(&not_in_a_message());
        assert!(rows.iter().all(|r| r.status == Status::Unknown));
        let spam: Vec<&str> = rows
            .iter()
            .filter(|r| r.rule.check == Check::SpamRate)
            .map(|r| r.provider.name())
            .collect();
        assert_eq!(spam, ["Gmail", "Yahoo"]);
        let shown = rows[0].shown(Lang::Pt);
        assert_eq!(shown.status, "unknown");
        assert!(shown.evidence.contains("Não se vê"), "{shown:?}");
    }

    #[test]
    fn every_text_is_translated() {
        for (name, t) in texts::ALL {
            assert_ne!(t.en, t.pt, "{name}");
        }
    }
}
