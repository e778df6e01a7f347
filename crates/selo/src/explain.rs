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

/// An [`Explanation`] of `tag`, in the order of its fields.
pub(crate) fn entry(
    tag: &str,
    value: String,
    meaning: Text,
    value_meaning: Option<Text>,
    default: Option<&'static str>,
) -> Explanation {
    Explanation {
        tag: tag.to_string(),
        value,
        meaning,
        value_meaning,
        default,
    }
}

/// One [`Explanation`] for each extension `(name, value)` kept in a model,
/// all with the same `meaning`.
pub(crate) fn extensions(
    list: &[(String, String)],
    meaning: Text,
) -> impl Iterator<Item = Explanation> + '_ {
    list.iter()
        .map(move |(k, v)| entry(k, v.clone(), meaning, None, None))
}

/// Defaults that are a phrase rather than a value, with their translations.
const DEFAULT_PHRASES: [Text; 3] = [
    Text::new("the value of p", "o valor de p"),
    Text::new(
        "the value of sp, else p",
        "o valor de sp ou, sem sp, o de p",
    ),
    Text::new("the domain being checked", "o domínio verificado"),
];

/// An [`Explanation::default`] in both languages: a phrase is translated,
/// a value (`none`, `100`, `rsa`) stays as written.
///
/// ```
/// use selo::{Lang, explain::default_text};
/// assert_eq!(default_text("the value of p").get(Lang::Pt), "o valor de p");
/// assert_eq!(default_text("none").get(Lang::Pt), "none");
/// ```
pub fn default_text(default: &'static str) -> Text {
    DEFAULT_PHRASES
        .into_iter()
        .find(|t| t.en == default)
        .unwrap_or(Text::new(default, default))
}
