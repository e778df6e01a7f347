//! The name a domain check queries and the name it shows, from what the
//! user typed.

/// The name to query (ASCII, `xn--` labels) and the name to show (Unicode),
/// from what the user typed. A trailing dot and surrounding spaces are
/// dropped; IDNA mapping lower-cases the name (UTS #46).
pub fn names(input: &str) -> Result<(String, String), String> {
    let ascii = selo::domain::to_ascii(input).map_err(|e| format!("{e:?}"))?;
    if let Err(e) = selo::domain::check(&ascii) {
        return Err(format!("{e:?}"));
    }
    let unicode = selo::domain::to_unicode(&ascii);
    Ok((ascii, unicode))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idn_names_are_queried_in_punycode_and_shown_in_unicode() {
        assert_eq!(
            names(" Açores.PT. ").unwrap(),
            ("xn--aores-yra.pt".to_string(), "açores.pt".to_string())
        );
        assert_eq!(
            names("xn--aores-yra.pt").unwrap(),
            ("xn--aores-yra.pt".to_string(), "açores.pt".to_string())
        );
        assert_eq!(names("example.com").unwrap().0, "example.com");
        assert!(names("").is_err());
        assert!(names("a..b").is_err());
        assert!(names("exa mple.com").is_err());
    }
}
