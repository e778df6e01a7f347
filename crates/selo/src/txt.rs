//! TXT record data: character-strings of at most 255 bytes, and the
//! zone-file form that quotes them.
//!
//! A TXT record is a list of character-strings (RFC 1035 3.3.14); each holds
//! at most 255 bytes. Email-authentication records longer than that are
//! split, and receivers join the strings with nothing in between
//! (RFC 7208 3.3, RFC 8461 3.1, RFC 6376 3.6.2.2). Adding a space when joining
//! is a classic bug; this module never does.

/// The most bytes one character-string may hold.
pub const MAX_STRING: usize = 255;

/// Splits a record value into character-strings of at most 255 bytes.
///
/// A split falls after a space, `;` or `,` when one lies in the second half
/// of the chunk, and never inside a UTF-8 character. Joining the result with
/// no separator gives back the value.
///
/// ```
/// use selo::txt::split_strings;
/// let value = format!("v=DKIM1; k=rsa; p={}", "A".repeat(400));
/// let parts = split_strings(&value);
/// assert_eq!(parts.len(), 2);
/// assert!(parts.iter().all(|p| p.len() <= 255));
/// assert_eq!(parts.concat(), value);
/// assert_eq!(split_strings("v=spf1 -all"), vec!["v=spf1 -all"]);
/// assert_eq!(split_strings(""), vec![""]);
/// ```
pub fn split_strings(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = value;
    while rest.len() > MAX_STRING {
        let mut cut = rest.floor_char_boundary(MAX_STRING);
        let chunk = &rest.as_bytes()[..cut];
        if let Some(pos) = chunk.iter().rposition(|b| matches!(b, b' ' | b';' | b','))
            && pos + 1 > MAX_STRING / 2
        {
            cut = pos + 1;
        }
        out.push(rest[..cut].to_string());
        rest = &rest[cut..];
    }
    out.push(rest.to_string());
    out
}

/// Quotes one character-string for a zone file: `"` and `\` are escaped,
/// control characters and bytes outside ASCII are written as `\DDD`.
///
/// ```
/// use selo::txt::quote;
/// assert_eq!(quote(r#"a"b\c"#), r#""a\"b\\c""#);
/// assert_eq!(quote("é"), r#""\195\169""#);
/// ```
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for &b in s.as_bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03}")),
        }
    }
    out.push('"');
    out
}

/// The quoted strings of a value, space-separated, as they stand after `TXT`
/// in a zone file.
///
/// ```
/// use selo::txt::rdata;
/// assert_eq!(rdata("v=spf1 -all"), r#""v=spf1 -all""#);
/// ```
pub fn rdata(value: &str) -> String {
    split_strings(value)
        .iter()
        .map(|s| quote(s))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A zone-file line for a TXT record: `owner. TTL IN TXT "..." "..."`.
///
/// The owner is written fully qualified (with the final dot).
///
/// ```
/// use selo::txt::zone_line;
/// assert_eq!(
///     zone_line("_dmarc.example.com", 3600, "v=DMARC1; p=none"),
///     r#"_dmarc.example.com. 3600 IN TXT "v=DMARC1; p=none""#
/// );
/// ```
pub fn zone_line(owner: &str, ttl: u32, value: &str) -> String {
    let owner = owner.trim_end_matches('.');
    format!("{owner}. {ttl} IN TXT {}", rdata(value))
}

/// A zone-file line for a CNAME record (used for delegated DKIM keys).
///
/// ```
/// use selo::txt::cname_line;
/// assert_eq!(
///     cname_line("selector1._domainkey.example.com", 3600, "selector1-example-com._domainkey.example.onmicrosoft.com"),
///     "selector1._domainkey.example.com. 3600 IN CNAME selector1-example-com._domainkey.example.onmicrosoft.com."
/// );
/// ```
pub fn cname_line(owner: &str, ttl: u32, target: &str) -> String {
    format!(
        "{}. {ttl} IN CNAME {}.",
        owner.trim_end_matches('.'),
        target.trim_end_matches('.')
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn split_then_join_gives_back_the_value(s in "\\PC{0,900}") {
            let parts = split_strings(&s);
            prop_assert_eq!(parts.concat(), s.clone());
            for p in &parts {
                prop_assert!(p.len() <= MAX_STRING);
            }
            prop_assert!(parts.len() <= s.len() / 128 + 1);
        }
    }

    #[test]
    fn split_prefers_a_space() {
        let value = format!("v=spf1 {} -all", "include:_spf.example.com ".repeat(12));
        let parts = split_strings(&value);
        assert!(parts[0].ends_with(' '));
        assert_eq!(parts.concat(), value);
    }
}
