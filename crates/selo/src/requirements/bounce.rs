//! The providers' rejection texts explained: a pasted bounce (the SMTP
//! reply, or the whole delivery report) is read for the providers' codes
//! (Gmail's `550 5.7.26`, the `421 4.7.28` to `4.7.32` family, Yahoo's
//! `553 5.7.x` and `554 5.7.9`, Microsoft's `550 5.7.515` and `5.7.509`),
//! and each code found says which checklist rows it means.
//!
//! ```
//! use selo::requirements::{Check, Provider, bounce};
//! let text = "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. - gsmtp";
//! let found = bounce::recognize(text);
//! assert_eq!(found[0].provider, Provider::Gmail);
//! assert_eq!(found[0].code, "550 5.7.26");
//! assert!(found[0].checks.contains(&Check::DmarcAlignment));
//! ```

use super::{Check, Provider};
use crate::Text;
use serde::Serialize;

/// One provider's code and what it means.
#[derive(Clone, Copy, Debug)]
struct Known {
    provider: Provider,
    /// The enhanced status code (`5.7.26`).
    status: &'static str,
    /// The rows it means.
    checks: &'static [Check],
    meaning: Text,
}

use Check as C;

const AUTH: &[Check] = &[C::SpfPass, C::DkimPass, C::DmarcPolicy, C::DmarcAlignment];

/// The codes known, as data. Gmail sends each as a temporary `421 4.7.x`
/// first, then as a refusal `550 5.7.x`: both are listed by their last two
/// numbers.
const KNOWN: &[Known] = &[
    Known {
        provider: Provider::Gmail,
        status: "7.26",
        checks: AUTH,
        meaning: Text::new(
            "Gmail: the message is not authenticated: it passes neither SPF nor DKIM, or it fails the From domain's DMARC policy.",
            "Gmail: a mensagem não está autenticada: não passa no SPF nem no DKIM, ou falha a política DMARC do domínio do From.",
        ),
    },
    Known {
        provider: Provider::Gmail,
        status: "7.27",
        checks: &[C::SpfPass],
        meaning: Text::new(
            "Gmail: SPF does not pass for the sending domain.",
            "Gmail: o SPF não passa para o domínio de envio.",
        ),
    },
    Known {
        provider: Provider::Gmail,
        status: "7.28",
        checks: &[C::SpamRate],
        meaning: Text::new(
            "Gmail: an unusual rate of unsolicited mail comes from this sender: its spam rate.",
            "Gmail: chega deste remetente uma taxa invulgar de correio não solicitado: a sua taxa de spam.",
        ),
    },
    Known {
        provider: Provider::Gmail,
        status: "7.29",
        checks: &[C::Tls],
        meaning: Text::new(
            "Gmail: the message was not sent over a TLS connection.",
            "Gmail: a mensagem não foi enviada por uma ligação TLS.",
        ),
    },
    Known {
        provider: Provider::Gmail,
        status: "7.30",
        checks: &[C::DkimPass],
        meaning: Text::new(
            "Gmail: DKIM does not pass: bulk senders must sign.",
            "Gmail: o DKIM não passa: os remetentes em massa têm de assinar.",
        ),
    },
    Known {
        provider: Provider::Gmail,
        status: "7.32",
        checks: &[C::DmarcAlignment],
        meaning: Text::new(
            "Gmail: the From domain is not aligned with the SPF or the DKIM domain.",
            "Gmail: o domínio do From não está alinhado com o domínio do SPF nem do DKIM.",
        ),
    },
    Known {
        provider: Provider::Gmail,
        status: "7.23",
        checks: &[C::ReverseDns],
        meaning: Text::new(
            "Gmail: the sending IP has no PTR name, or the name does not point back to it.",
            "Gmail: o IP de envio não tem nome PTR, ou o nome não aponta de volta para ele.",
        ),
    },
    Known {
        provider: Provider::Gmail,
        status: "7.25",
        checks: &[C::ReverseDns],
        meaning: Text::new(
            "Gmail: the sending IP has no PTR record.",
            "Gmail: o IP de envio não tem registo PTR.",
        ),
    },
    Known {
        provider: Provider::Outlook,
        status: "7.515",
        checks: AUTH,
        meaning: Text::new(
            "Outlook.com: the sending domain does not meet the required authentication level (SPF, DKIM and DMARC).",
            "Outlook.com: o domínio de envio não cumpre o nível de autenticação exigido (SPF, DKIM e DMARC).",
        ),
    },
    Known {
        provider: Provider::Outlook,
        status: "7.509",
        checks: &[C::DmarcAlignment, C::DmarcPolicy],
        meaning: Text::new(
            "Outlook.com: the message fails DMARC and the From domain's policy is reject.",
            "Outlook.com: a mensagem falha o DMARC e a política do domínio do From é reject.",
        ),
    },
    Known {
        provider: Provider::Yahoo,
        status: "7.9",
        checks: AUTH,
        meaning: Text::new(
            "Yahoo: the message was refused for policy reasons, most often authentication (SPF, DKIM, DMARC).",
            "Yahoo: a mensagem foi recusada por razões de política, quase sempre a autenticação (SPF, DKIM, DMARC).",
        ),
    },
];

/// Yahoo's other `553 5.7.x` and `554 5.7.x` refusals.
const YAHOO_OTHER: Text = Text::new(
    "Yahoo: the message was refused for policy reasons: check authentication first (SPF, DKIM, DMARC).",
    "Yahoo: a mensagem foi recusada por razões de política: verifique primeiro a autenticação (SPF, DKIM, DMARC).",
);

/// A provider's code found in a bounce.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Recognized {
    /// Whose code it is.
    pub provider: Provider,
    /// The reply and enhanced status code, as `550 5.7.26`.
    pub code: String,
    /// True for a `4xx` reply: retried, not yet refused.
    pub temporary: bool,
    /// The checklist rows it means.
    pub checks: Vec<Check>,
    /// What it means.
    #[serde(skip)]
    pub meaning: Text,
}

/// Which provider's text it is, from the words around the codes.
fn provider_of(lower: &str) -> Option<Provider> {
    if lower.contains("gsmtp") || lower.contains("google") || lower.contains("gmail") {
        Some(Provider::Gmail)
    } else if lower.contains("yahoo") || lower.contains("[tss") || lower.contains("aol.com") {
        Some(Provider::Yahoo)
    } else if [
        "outlook",
        "hotmail",
        "live.com",
        "microsoft",
        "protection.outlook",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        Some(Provider::Outlook)
    } else {
        None
    }
}

/// Every `NNN[ -]N.N.N` in `text`: the reply code and the enhanced status
/// code.
fn codes(text: &str) -> Vec<(u16, String)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 < b.len() {
        let starts = (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b[i..i + 3].iter().all(u8::is_ascii_digit)
            && matches!(b[i + 3], b' ' | b'-');
        if starts {
            let reply: u16 = text[i..i + 3].parse().unwrap_or(0);
            let rest = &text[i + 4..];
            let end = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len());
            let status = rest[..end].trim_end_matches('.');
            let parts: Vec<&str> = status.split('.').collect();
            if (400..600).contains(&reply)
                && parts.len() == 3
                && parts.iter().all(|p| !p.is_empty())
                && parts[0] == &text[i..i + 1]
            {
                let code = format!("{reply} {status}");
                if !out.iter().any(|(_, c)| c == &code) {
                    out.push((reply, code));
                }
                i += 4 + end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The providers' codes found in `text`, each with the rows it means, in
/// the order found. A code Selo does not know is left out.
pub fn recognize(text: &str) -> Vec<Recognized> {
    let lower = text.to_ascii_lowercase();
    let said = provider_of(&lower);
    let mut out: Vec<Recognized> = Vec::new();
    for (reply, code) in codes(text) {
        let status = code.split(' ').nth(1).unwrap_or_default();
        let tail = status.split_once('.').map(|(_, t)| t).unwrap_or_default();
        let known = KNOWN
            .iter()
            .filter(|k| k.status == tail)
            // Gmail's and Yahoo's codes are told apart by the words around
            // them; Microsoft's 5.7.515 and 5.7.509 are its own.
            .find(|k| said.is_none_or(|p| p == k.provider) || k.provider == Provider::Outlook);
        let found = match known {
            Some(k) => Some((k.provider, k.checks, k.meaning)),
            None if said == Some(Provider::Yahoo)
                && matches!(reply, 553 | 554)
                && status.starts_with("5.7.") =>
            {
                Some((Provider::Yahoo, AUTH, YAHOO_OTHER))
            }
            None => None,
        };
        if let Some((provider, checks, meaning)) = found {
            out.push(Recognized {
                provider,
                code,
                temporary: reply < 500,
                checks: checks.to_vec(),
                meaning,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Recognized {
        let found = recognize(text);
        assert_eq!(found.len(), 1, "{found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn gmail_codes_point_at_their_rows() {
        let r = one(
            "421-4.7.28 [192.0.2.25] Our system has detected an unusual rate of\n421-4.7.28 unsolicited mail originating from your IP address. - gsmtp",
        );
        assert_eq!(
            (r.provider, r.code.as_str(), r.temporary),
            (Provider::Gmail, "421 4.7.28", true)
        );
        assert_eq!(r.checks, [Check::SpamRate]);
        let r = one(
            "550-5.7.26 This mail has been blocked because the sender is unauthenticated. gsmtp",
        );
        assert!(!r.temporary);
        assert_eq!(r.checks, AUTH);
        assert_eq!(
            one("421 4.7.32 ... not aligned - gsmtp").checks,
            [Check::DmarcAlignment]
        );
        assert_eq!(one("421-4.7.29 ... TLS ... gsmtp").checks, [Check::Tls]);
        assert_eq!(one("550-5.7.25 PTR ... gsmtp").checks, [Check::ReverseDns]);
        assert!(one("550 5.7.30 - gsmtp").meaning.pt.contains("DKIM"));
    }

    #[test]
    fn microsoft_and_yahoo_codes_point_at_authentication() {
        let r = one(
            "550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.",
        );
        assert_eq!(r.provider, Provider::Outlook);
        assert_eq!(r.checks, AUTH);
        let r = one(
            "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.",
        );
        assert_eq!(r.checks, [Check::DmarcAlignment, Check::DmarcPolicy]);
        let r = one(
            "554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes",
        );
        assert_eq!((r.provider, r.checks.as_slice()), (Provider::Yahoo, AUTH));
        let r = one("553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred");
        assert_eq!(r.provider, Provider::Yahoo);
        assert!(r.meaning.en.starts_with("Yahoo"));
    }

    #[test]
    fn other_text_is_not_recognized() {
        assert!(
            recognize("550 5.1.1 The email account that you tried to reach does not exist. gsmtp")
                .is_empty()
        );
        assert!(recognize("Received: from mx (192.0.2.1) by 550 things").is_empty());
        assert!(recognize("").is_empty());
        // A Yahoo code in a Gmail text is not Yahoo's.
        assert!(recognize("553 5.7.2 gsmtp").is_empty());
    }

    #[test]
    fn a_delivery_report_with_several_codes_lists_each_once() {
        let text = "Reporting-MTA: dns; mail.example.com\nDiagnostic-Code: smtp; 550-5.7.26 unauthenticated\n550-5.7.26 more text\n550 5.7.26 - gsmtp\nStatus: 5.7.26";
        assert_eq!(recognize(text).len(), 1);
    }
}
