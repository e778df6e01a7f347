//! Tag-by-tag explanations of a valid record, for people who do not read RFCs.

use crate::Text;
use serde::Serialize;

/// What one tag (or term, or field) of a record means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The tag, term or field name as written (`p`, `include`, `max_age`).
    pub tag: String,
    /// Its value as written.
    pub value: String,
    /// What the tag is for.
    pub meaning: Text,
    /// What this particular value does, when the value is one of a few words.
    pub value_meaning: Option<Text>,
    /// The value receivers assume when the tag is absent.
    pub default: Option<&'static str>,
}
