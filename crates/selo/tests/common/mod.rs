//! Helpers shared by the protocol test files: fixture loading, code lists,
//! the span and catalogue check, the Safe-fix check and the mutation
//! generator.
//!
//! Each check is the strictest of the variants the protocol tests once
//! carried on their own, so every protocol is held to the same bar.
//!
//! Not every test binary uses every helper.
#![allow(dead_code)]

use selo::{Applicability, Diagnostic, Message, Parsed, Span};

/// The text of `tests/fixtures/<path>`.
pub fn read_fixture(path: &str) -> String {
    let full = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The rows of the JSON-lines fixture `tests/fixtures/<path>`, one JSON
/// value a line. A line that is not JSON fails the test.
pub fn rows(path: &str) -> Vec<serde_json::Value> {
    read_fixture(path)
        .lines()
        .enumerate()
        .map(|(n, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1)))
        .collect()
}

/// The verdict a corpus row's test follows: the RFC where the curator
/// recorded a disagreement with the source (`expect_rfc`), the source's
/// (`valid`) otherwise.
pub fn expected(row: &serde_json::Value) -> bool {
    row.get("expect_rfc")
        .and_then(|v| v.as_bool())
        .or_else(|| row["valid"].as_bool())
        .expect("every fixture row has a verdict")
}

/// The codes of every finding, sorted. Repeats are kept, so comparing with
/// an expected list also checks that no finding is reported twice.
pub fn codes<T>(p: &Parsed<T>) -> Vec<&'static str> {
    let mut v: Vec<_> = p.diagnostics.iter().map(|d| d.code).collect();
    v.sort_unstable();
    v
}

/// Every span of every finding (primary, secondary labels and fix edits) is
/// a valid range into `input`: `start <= end <= input.len()`, both ends on
/// char boundaries.
pub fn check_spans(input: &str, diags: &[Diagnostic]) {
    let ok = |s: Span| {
        s.start <= s.end
            && s.end <= input.len()
            && input.is_char_boundary(s.start)
            && input.is_char_boundary(s.end)
    };
    for d in diags {
        assert!(
            ok(d.primary),
            "{input:?}: {} primary {:?}",
            d.code,
            d.primary
        );
        for l in &d.secondary {
            assert!(ok(l.span), "{input:?}: {} secondary {:?}", d.code, l.span);
        }
        if let Some(f) = &d.fix {
            for e in &f.edits {
                assert!(ok(e.span), "{input:?}: {} fix edit {:?}", d.code, e.span);
            }
        }
    }
}

/// [`check_spans`], and every finding was made from a template listed in
/// `catalogue` (the protocol's `MESSAGES`), the very same static, not just
/// one with the same code.
pub fn check_diagnostics(input: &str, diags: &[Diagnostic], catalogue: &[&Message]) {
    check_spans(input, diags);
    for d in diags {
        assert!(
            catalogue.iter().any(|m| std::ptr::eq(*m, d.template())),
            "{input:?}: {} is not listed in the protocol's MESSAGES",
            d.code
        );
    }
}

/// Each finding in `diags` with a Safe fix, with the text that fix gives.
pub fn safe_fixed<'a>(input: &str, diags: &'a [Diagnostic]) -> Vec<(&'a Diagnostic, String)> {
    diags
        .iter()
        .filter_map(|d| {
            let fix = d.fix.as_ref()?;
            (fix.applicability == Applicability::Safe).then(|| (d, fix.apply(input)))
        })
        .collect()
}

fn count<T>(p: &Parsed<T>, code: &str) -> usize {
    p.diagnostics.iter().filter(|d| d.code == code).count()
}

fn error_codes<T>(p: &Parsed<T>) -> Vec<&'static str> {
    let mut v: Vec<_> = p.errors().map(|d| d.code).collect();
    v.sort_unstable();
    v
}

/// Applies each Safe fix `parse(input)` offers, one at a time, and checks
/// that the fixed text, parsed again:
///
/// - has fewer findings with the fixed finding's code;
/// - has no error the input did not have, counting repeats (a fix may not
///   turn one error into two of the same code);
/// - still has a model if the input had one (a fix may complete a text
///   that had none, such as an MTA-STS policy without its version line).
///
/// Returns how many Safe fixes were applied, so a caller can check that its
/// inputs exercised some.
pub fn check_safe_fixes<T>(input: &str, parse: fn(&str) -> Parsed<T>) -> usize {
    let before = parse(input);
    let fixes = safe_fixed(input, &before.diagnostics);
    for (d, fixed) in &fixes {
        let after = parse(fixed);
        assert!(
            count(&after, d.code) < count(&before, d.code),
            "fix for {} did not remove it: {input:?} -> {fixed:?}",
            d.code
        );
        let mut errors_before = error_codes(&before);
        for e in error_codes(&after) {
            let at = errors_before.iter().position(|c| *c == e);
            let at = at.unwrap_or_else(|| {
                panic!("fix for {} added error {e}: {input:?} -> {fixed:?}", d.code)
            });
            errors_before.remove(at);
        }
        assert!(
            after.value.is_some() || before.value.is_none(),
            "fix for {} lost the model: {input:?} -> {fixed:?}",
            d.code
        );
    }
    fixes.len()
}

/// Variants of `input` for the "parse never panics, spans stay inside"
/// tests: `input` itself, then at every `step`-th char boundary `i` (the end
/// included) the prefix `input[..i]`, the suffix `input[i..]`, the text
/// without the char at `i`, and the text with each of `inserts` put in at
/// `i`. Every variant is valid UTF-8 cut only on char boundaries.
pub fn mutations(input: &str, step: usize, inserts: &[&str]) -> Vec<String> {
    let bounds: Vec<usize> = input
        .char_indices()
        .map(|(i, _)| i)
        .chain([input.len()])
        .collect();
    let mut out = vec![input.to_string()];
    for (k, &i) in bounds.iter().enumerate().step_by(step) {
        out.push(input[..i].to_string());
        out.push(input[i..].to_string());
        if let Some(&next) = bounds.get(k + 1) {
            out.push(format!("{}{}", &input[..i], &input[next..]));
        }
        for ins in inserts {
            out.push(format!("{}{ins}{}", &input[..i], &input[i..]));
        }
    }
    out
}

/// The report fixtures' directory, `tests/fixtures/reports`.
pub fn reports_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports")
}

/// Every report fixture file under `d`, recursively (not the expected-output
/// `.jsonl` files nor the provenance notes).
pub fn every_fixture(d: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(d).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            every_fixture(&p, out);
        } else if !p.extension().is_some_and(|x| x == "jsonl" || x == "md") {
            out.push(p);
        }
    }
}
