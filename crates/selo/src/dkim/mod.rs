//! TODO

/// Placeholder model, replaced by the real one.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
pub struct DkimKey {}

impl std::fmt::Display for DkimKey {
    fn fmt(&self, _f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

/// Parses a record value.
pub fn parse(_input: &str) -> crate::Parsed<DkimKey> {
    crate::Parsed {
        value: None,
        diagnostics: Vec::new(),
    }
}

/// Explains a record tag by tag.
pub fn explain(_value: &DkimKey) -> Vec<crate::Explanation> {
    Vec::new()
}

/// Every message this module can emit.
pub static MESSAGES: &[&crate::Message] = &[];
