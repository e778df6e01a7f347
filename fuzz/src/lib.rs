//! The invariant every fuzz target checks: parsing never panics, and every
//! span a finding carries lies inside the input, on character boundaries.

use selo::{Diagnostic, RecordType, Span};

/// Panics if a span of `d` is not a valid range into `input`.
pub fn check_spans(input: &str, diagnostics: &[Diagnostic]) {
    let ok = |s: Span| s.start <= s.end && s.end <= input.len() && input.is_char_boundary(s.start) && input.is_char_boundary(s.end);
    for d in diagnostics {
        assert!(ok(d.primary), "{}: primary {:?} outside {} bytes", d.code, d.primary, input.len());
        for l in &d.secondary {
            assert!(ok(l.span), "{}: secondary {:?}", d.code, l.span);
        }
        if let Some(f) = &d.fix {
            for e in &f.edits {
                assert!(ok(e.span), "{}: fix edit {:?}", d.code, e.span);
            }
            let _ = f.apply(input);
        }
    }
}

/// Runs one parser on the bytes (as text) and checks the invariant, then
/// the whole paste path (quoting, detection, span mapping).
pub fn run(kind: RecordType, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (record, diagnostics) = selo::parse(kind, text);
    check_spans(text, &diagnostics);
    if let Some(r) = record {
        // Writing the model back must not panic either, and must parse.
        let again = r.to_string();
        let _ = selo::parse(kind, &again);
        let _ = r.explain();
    }
    let v = selo::validate(text, Some(kind));
    check_spans(text, &v.diagnostics);
}
