//! TODO

/// Placeholder model, replaced by the real one.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
pub struct MtaStsRecord {}

impl std::fmt::Display for MtaStsRecord {
    fn fmt(&self, _f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

/// Parses a record value.
pub fn parse_record(_input: &str) -> crate::Parsed<MtaStsRecord> {
    crate::Parsed {
        value: None,
        diagnostics: Vec::new(),
    }
}

/// Explains a record tag by tag.
pub fn explain_record(_value: &MtaStsRecord) -> Vec<crate::Explanation> {
    Vec::new()
}

/// Placeholder model, replaced by the real one.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
pub struct MtaStsPolicy {}

impl std::fmt::Display for MtaStsPolicy {
    fn fmt(&self, _f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

/// Parses a record value.
pub fn parse_policy(_input: &str) -> crate::Parsed<MtaStsPolicy> {
    crate::Parsed {
        value: None,
        diagnostics: Vec::new(),
    }
}

/// Explains a record tag by tag.
pub fn explain_policy(_value: &MtaStsPolicy) -> Vec<crate::Explanation> {
    Vec::new()
}

/// Every message this module can emit.
pub static MESSAGES: &[&crate::Message] = &[];
