#![no_main]
use libfuzzer_sys::fuzz_target;
use selo::report::{Limits, Options, Summary, export, read};

// A report file of unknown type (XML, gzip, zip, JSON, e-mail), read by
// content as `selo report` and the Reports page read it; smaller limits
// than the defaults so that a run stays fast, the ratio check included.
fuzz_target!(|data: &[u8]| {
    let opts = Options {
        limits: Limits {
            max_output: 8 << 20,
            max_ratio: 200,
            ratio_floor: 1 << 20,
            max_depth: 4,
        },
        include_body: true,
        ..Options::default()
    };
    let file = read("fuzz", data, &opts);
    match file.status {
        "ok" => assert!(file.error.is_none() && file.error_detail.is_none()),
        "error" => {
            assert!(file.error.is_some() && file.reports.is_empty());
        }
        other => panic!("status {other:?}"),
    }
    let files = [file];
    let summary = Summary::of(&files);
    assert_eq!(summary.files, 1);
    let _ = export::to_json(&files);
    let _ = export::to_csv(&files);
});
