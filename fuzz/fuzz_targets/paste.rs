#![no_main]
use libfuzzer_sys::fuzz_target;

// Anything pasted into the validator: quoting, zone-file lines, detection.
fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let v = selo::validate(text, None);
        selo_fuzz::check_spans(text, &v.diagnostics);
    }
});
