//! Text helpers every layer uses: cutting untrusted text to a size,
//! recognising a record's version tag, and the calendar fields of a
//! timestamp to write. This module imports nothing from the
//! engine, so the DNS transport, the protocol modules, the checks and the
//! fronts may all use it.

/// The largest character boundary of `s` at or below `at` (`s.len()` when
/// `at` is past the end).
///
/// ```
/// assert_eq!(selo::text::floor_boundary("añb", 2), 1);
/// assert_eq!(selo::text::floor_boundary("añb", 9), 4);
/// ```
pub fn floor_boundary(s: &str, at: usize) -> usize {
    let mut end = at.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// At most `max` bytes of `s`, cut on a character boundary; a cut text ends
/// with `…`.
///
/// ```
/// use selo::text::cap;
/// assert_eq!(cap("example.com", 20), "example.com");
/// assert_eq!(cap("example.com", 7), "example…");
/// assert_eq!(cap("añb", 2), "a…");
/// ```
pub fn cap(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    format!("{}…", &s[..floor_boundary(s, max)])
}

/// True when `text` starts with `prefix` (case-insensitive) followed by the
/// end, a space, a tab or `;` (so `v=spf10` is not `v=spf1`); leading whitespace is
/// skipped.
///
/// ```
/// use selo::text::starts_with_version;
/// assert!(starts_with_version("v=DMARC1; p=none", "v=DMARC1"));
/// assert!(starts_with_version("V=spf1 -all", "v=spf1"));
/// assert!(!starts_with_version("v=spf10 -all", "v=spf1"));
/// ```
pub fn starts_with_version(text: &str, prefix: &str) -> bool {
    let t = text.trim_start();
    t.len() >= prefix.len()
        && t.is_char_boundary(prefix.len())
        && t[..prefix.len()].eq_ignore_ascii_case(prefix)
        && matches!(
            t[prefix.len()..].chars().next(),
            None | Some(' ' | ';' | '\t')
        )
}

/// Common English words that a Portuguese text must not hold: the one list
/// the translation tests of the engine, the command, the app and the
/// workers read. Protocol words (`mailto`, `SERVFAIL`, tag names) are not
/// in it.
pub const ENGLISH_WORDS: &[&str] = &[
    "an",
    "the",
    "and",
    "or",
    "of",
    "is",
    "are",
    "not",
    "could",
    "cannot",
    "can",
    "with",
    "this",
    "that",
    "to",
    "in",
    "on",
    "at",
    "by",
    "be",
    "was",
    "has",
    "have",
    "error",
    "failed",
    "lookup",
    "lookups",
    "record",
    "records",
    "tag",
    "tags",
    "key",
    "mechanism",
    "domain",
    "name",
    "label",
    "value",
    "address",
    "must",
    "should",
    "file",
    "read",
    "answer",
    "answered",
    "time",
    "found",
    "missing",
    "network",
    "response",
    "server",
    "invalid",
    "too",
    "large",
    "which",
    "when",
    "there",
    "its",
    "it",
];

/// The words of `text` (compared without case) that are in
/// [`ENGLISH_WORDS`], for tests of Portuguese texts. Words that are
/// Portuguese too (`a`, `no`, `for`) are not counted, nor names joined
/// with `-`, `_`, `.`, `=` or `:` (`no-policy-found`, `p=none`), which
/// stay as written in every language. `From` and the other header names
/// are not in the list.
///
/// ```
/// use selo::text::english_words;
/// assert_eq!(english_words("consulta falhou: no answer in time"), ["answer", "in", "time"]);
/// assert!(english_words("a consulta falhou: sem resposta a tempo").is_empty());
/// ```
pub fn english_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || "-_.=:@/".contains(c)))
        .map(|w| w.trim_end_matches(['.', ':']))
        .filter(|w| !w.contains(['-', '_', '.', '=', ':', '@', '/']))
        .filter(|w| {
            let w = w.to_ascii_lowercase();
            ENGLISH_WORDS.contains(&w.as_str())
        })
        .collect()
}

/// The UTC date and time of `ts` seconds since 1970-01-01, as `[year,
/// month, day, hour, minute, second]` of the proleptic Gregorian calendar
/// (Howard Hinnant's `civil_from_days`), for writing timestamps.
///
/// ```
/// assert_eq!(selo::text::utc_fields(0), [1970, 1, 1, 0, 0, 0]);
/// assert_eq!(selo::text::utc_fields(1_767_268_800), [2026, 1, 1, 12, 0, 0]);
/// assert_eq!(selo::text::utc_fields(-1), [1969, 12, 31, 23, 59, 59]);
/// ```
pub fn utc_fields(ts: i64) -> [i64; 6] {
    let days = ts.div_euclid(86_400);
    let secs = ts.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    [y, m, d, secs / 3600, secs / 60 % 60, secs % 60]
}

/// The placeholders a table of texts leaves unfilled in what users see:
/// each text (`name`, English, Portuguese) is looked up in `sources` (path
/// and Rust source of the code that shows the table's texts) and, at each
/// place it is used, filled in both languages with the names that place
/// gives it; any `{` or `}` left over is a problem, given as
/// `NAME (path): text`. A text filled there is written
/// `fill(NAME.get(lang), &[("name", value), ...])` or
/// `NAME.fill(lang, &[("name", value), ...])`; a text used any other way
/// (`NAME.get(lang)` alone, or handed on as a value) is filled with
/// nothing, unless `indirect` names the placeholders its code fills
/// further on (an `indirect` entry never handed on is a problem too).
/// Texts used nowhere are left alone. For the tests of every table.
///
/// ```
/// use selo::text::unfilled;
/// let table = [("LOOKUPS", "{n} of 10 lookups", "{n} de 10 consultas")];
/// let good = "fill(LOOKUPS.get(l), &[(\"n\", &n.to_string())])";
/// assert!(unfilled(&table, &[("a.rs", good)], &[]).is_empty());
/// // As a row label, nothing fills it.
/// let bad = "rows.push((LOOKUPS, value));";
/// assert_eq!(unfilled(&table, &[("a.rs", bad)], &[]).len(), 2);
/// assert!(unfilled(&table, &[("a.rs", bad)], &[("LOOKUPS", &["n"])]).is_empty());
/// ```
pub fn unfilled(
    table: &[(&str, &str, &str)],
    sources: &[(&str, &str)],
    indirect: &[(&str, &[&str])],
) -> Vec<String> {
    // Code without comments or spaces: `fill(X::NAME.get(l),&[("n",..)])`.
    let squeezed: Vec<(&str, String)> = sources
        .iter()
        .map(|(path, src)| {
            let code: String = src
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .flat_map(|l| l.chars().chain(['\n']))
                .filter(|c| !c.is_whitespace())
                .collect();
            (*path, code)
        })
        .collect();
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut handed_on: Vec<&str> = Vec::new();
    for (name, en, pt) in table {
        if !en.contains(['{', '}']) && !pt.contains(['{', '}']) {
            continue;
        }
        for (path, code) in &squeezed {
            for (at, _) in code.match_indices(name) {
                let before = &code[..at];
                let after = &code[at + name.len()..];
                if before.ends_with(ident) || after.starts_with(ident) {
                    continue; // part of a longer name
                }
                if after.starts_with("=(") || before.ends_with("const") {
                    continue; // the text's own line, or another item's
                }
                let prefix = before.trim_end_matches(|c: char| ident(c) || c == ':' || c == '&');
                let keys: Vec<&str> = if prefix.ends_with("fill(") && after.starts_with(".get(") {
                    // The arguments after `.get(lang),` (`lang` may be a call).
                    let mut depth = 0usize;
                    let close = after
                        .char_indices()
                        .find(|&(_, c)| {
                            match c {
                                '(' => depth += 1,
                                ')' => depth -= 1,
                                _ => {}
                            }
                            c == ')' && depth == 0
                        })
                        .map_or(after.len(), |(i, _)| i + 1);
                    keys_of(after[close..].strip_prefix(',').unwrap_or(""))
                } else if let Some(rest) = after.strip_prefix(".fill(") {
                    keys_of(rest.find(",&[").map_or("", |i| &rest[i + 1..]))
                } else if after.starts_with(".get(") {
                    Vec::new()
                } else {
                    match indirect.iter().find(|(n, _)| n == name) {
                        Some((n, keys)) => {
                            handed_on.push(n);
                            keys.to_vec()
                        }
                        None => Vec::new(),
                    }
                };
                for text in [en, pt] {
                    let mut left = text.to_string();
                    for k in &keys {
                        left = left.replace(&format!("{{{k}}}"), "");
                    }
                    if left.contains(['{', '}']) {
                        out.push(format!("{name} ({path}, filled with {keys:?}): {text}"));
                    }
                }
            }
        }
    }
    for (name, _) in indirect {
        if !handed_on.contains(name) {
            out.push(format!(
                "{name}: listed as filled further on, but never handed on"
            ));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The names of `&[("name", value), ...]` at the start of `args`.
fn keys_of(args: &str) -> Vec<&str> {
    let Some(list) = args.strip_prefix("&[") else {
        return Vec::new();
    };
    // The list ends at its `]` (values may hold brackets of their own).
    let mut depth = 0usize;
    let end = list
        .char_indices()
        .find(|(_, c)| match c {
            '[' | '(' => {
                depth += 1;
                false
            }
            ']' | ')' if depth > 0 => {
                depth -= 1;
                false
            }
            ']' => true,
            _ => false,
        })
        .map_or(list.len(), |(i, _)| i);
    list[..end]
        .match_indices("(\"")
        .filter_map(|(i, _)| {
            let rest = &list[i + 2..end];
            let close = rest.find('"')?;
            rest[close..].starts_with("\",").then_some(&rest[..close])
        })
        .collect()
}

/// The edit distance between `a` and `b`, ignoring ASCII case: the fewest
/// single-character insertions, deletions, substitutions and swaps of two
/// neighbours that turn one into the other (optimal string alignment).
///
/// ```
/// use selo::text::edit_distance;
/// assert_eq!(edit_distance("quarentine", "quarantine"), 1);
/// assert_eq!(edit_distance("rejcet", "REJECT"), 1);
/// assert_eq!(edit_distance("none", "reject"), 5);
/// ```
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    // Three rows: the one before the previous, the previous, the current.
    let mut older = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(older[j - 2] + 1);
            }
        }
        older = std::mem::replace(&mut prev, row);
    }
    prev[b.len()]
}

/// The value a misspelt word most likely meant, from a list of
/// `(spelling, value)` pairs: the value of the one spelling nearest to
/// `word`, when it is near enough to be a slip (at most one edit for
/// spellings of up to four characters, two for longer ones, none for a
/// spelling of one character). A spelling may stand for another value
/// (`("relaxed", "r")`): then the word may also match it exactly. `None`
/// when nothing is near, or when two values are equally near.
///
/// ```
/// use selo::text::nearest;
/// let policies = [("none", "none"), ("quarantine", "quarantine"), ("reject", "reject")];
/// assert_eq!(nearest("quarentine", &policies), Some("quarantine"));
/// assert_eq!(nearest("nothing", &policies), None);
/// let alignment = [("r", "r"), ("s", "s"), ("relaxed", "r"), ("strict", "s")];
/// assert_eq!(nearest("relaxed", &alignment), Some("r"));
/// assert_eq!(nearest("x", &alignment), None);
/// ```
pub fn nearest(word: &str, choices: &[(&str, &'static str)]) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    let mut tie = false;
    for &(spelling, value) in choices {
        let len = spelling.chars().count();
        let allowed = match len {
            0 | 1 => 0,
            2..=4 => 1,
            _ => 2,
        };
        let d = edit_distance(word, spelling);
        // The word is the value itself: nothing to suggest.
        if d == 0 && spelling == value || d > allowed {
            continue;
        }
        match best {
            Some((b, v)) if d == b && v != value => tie = true,
            Some((b, _)) if d >= b => {}
            _ => {
                best = Some((d, value));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_suggests_only_small_slips() {
        let policies = [
            ("none", "none"),
            ("quarantine", "quarantine"),
            ("reject", "reject"),
        ];
        let modes = [
            ("enforce", "enforce"),
            ("testing", "testing"),
            ("none", "none"),
        ];
        let flags = [("y", "y"), ("n", "n"), ("yes", "y"), ("no", "n")];
        for (word, choices, want) in [
            ("quarentine", &policies[..], Some("quarantine")),
            ("Quarantaine", &policies, Some("quarantine")),
            ("qurantine", &policies, Some("quarantine")),
            ("rejcet", &policies, Some("reject")),
            ("rejected", &policies, Some("reject")),
            ("nnoe", &policies, Some("none")),
            ("non", &policies, Some("none")),
            ("nope", &policies, Some("none")),
            ("no", &policies, None),
            ("deny", &policies, None),
            ("", &policies, None),
            ("quarantine", &policies, None),
            ("enforced", &modes, Some("enforce")),
            ("test", &modes, None),
            ("tesitng", &modes, Some("testing")),
            ("yes", &flags, Some("y")),
            ("NO", &flags, Some("n")),
            ("x", &flags, None),
            ("y", &flags, None),
            ("ye", &flags, Some("y")),
        ] {
            assert_eq!(nearest(word, choices), want, "{word:?}");
        }
    }

    #[test]
    fn distance_table() {
        for (a, b, d) in [
            ("", "", 0),
            ("", "abc", 3),
            ("abc", "abc", 0),
            ("abc", "acb", 1),
            ("kitten", "sitting", 3),
            ("ed2559", "ed25519", 1),
            ("ALL", "all", 0),
            ("añb", "ab", 1),
        ] {
            assert_eq!(edit_distance(a, b), d, "{a:?} {b:?}");
            assert_eq!(edit_distance(b, a), d, "{b:?} {a:?}");
        }
    }
}
