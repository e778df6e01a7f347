//! TODO

/// Placeholder model, replaced by the real one.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
pub struct Dmarc {}

impl std::fmt::Display for Dmarc {
    fn fmt(&self, _f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

/// Parses a record value.
pub fn parse(_input: &str) -> crate::Parsed<Dmarc> {
    crate::Parsed {
        value: None,
        diagnostics: Vec::new(),
    }
}

/// Explains a record tag by tag.
pub fn explain(_value: &Dmarc) -> Vec<crate::Explanation> {
    Vec::new()
}

/// Placeholder model, replaced by the real one.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
pub struct ReportAuth {}

impl std::fmt::Display for ReportAuth {
    fn fmt(&self, _f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

/// Parses a record value.
pub fn parse_report_auth(_input: &str) -> crate::Parsed<ReportAuth> {
    crate::Parsed {
        value: None,
        diagnostics: Vec::new(),
    }
}

/// Explains a record tag by tag.
pub fn explain_report_auth(_value: &ReportAuth) -> Vec<crate::Explanation> {
    Vec::new()
}

/// Every message this module can emit.
pub static MESSAGES: &[&crate::Message] = &[];
