//! The catalogue: every module's messages joined, for docs, the command's
//! `explain` and translation checks.

use crate::Message;
use crate::{bimi, dkim, dmarc, input, mta_sts, spf, tls_rpt};

/// The messages of every module, for catalogues and translation checks.
pub fn all_messages() -> impl Iterator<Item = &'static Message> {
    [
        input::MESSAGES,
        dmarc::MESSAGES,
        spf::MESSAGES,
        dkim::MESSAGES,
        bimi::MESSAGES,
        mta_sts::MESSAGES,
        tls_rpt::MESSAGES,
        crate::check::messages::MESSAGES,
        crate::report::MESSAGES,
        #[cfg(feature = "message")]
        crate::message::MESSAGES,
    ]
    .into_iter()
    .flat_map(|m| m.iter().copied())
}

/// Finds the template of a code (for explaining codes in docs and the CLI).
pub fn message(code: &str) -> Option<&'static Message> {
    all_messages().find(|m| m.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_unique_namespaced_and_translated() {
        let mut seen = std::collections::HashSet::new();
        for m in all_messages() {
            assert!(seen.insert(m.code), "duplicate code {}", m.code);
            assert!(m.code.contains("::"), "{}", m.code);
            for t in [m.en, m.en_help, m.pt, m.pt_help] {
                assert!(!t.trim().is_empty(), "{} has an empty text", m.code);
            }
            assert_ne!(m.en, m.pt, "{} is not translated", m.code);
            // The same placeholders in both languages.
            let holes = |s: &str| {
                let mut v: Vec<String> = crate::diagnostic::placeholders(s)
                    .map(str::to_string)
                    .collect();
                v.sort();
                v.dedup();
                v
            };
            assert_eq!(holes(m.en), holes(m.pt), "{}: placeholders differ", m.code);
            assert_eq!(
                holes(m.en_help),
                holes(m.pt_help),
                "{}: help placeholders differ",
                m.code
            );
        }
    }
}
