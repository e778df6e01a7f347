//! TODO

/// Placeholder model, replaced by the real one.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize)]
pub struct TlsRpt {}

impl std::fmt::Display for TlsRpt {
    fn fmt(&self, _f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Ok(())
    }
}

/// Parses a record value.
pub fn parse(_input: &str) -> crate::Parsed<TlsRpt> {
    crate::Parsed {
        value: None,
        diagnostics: Vec::new(),
    }
}

/// Explains a record tag by tag.
pub fn explain(_value: &TlsRpt) -> Vec<crate::Explanation> {
    Vec::new()
}

/// Every message this module can emit.
pub static MESSAGES: &[&crate::Message] = &[];
