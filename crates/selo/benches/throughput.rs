//! Validation throughput on the shared record corpus: records per second for
//! each type, the way `selo validate` runs (detection, parsing, lint, span
//! mapping).
//!
//! Run with `cargo bench -p selo --bench throughput`. The corpus is read from
//! `crates/selo/tests/fixtures/corpus/*.jsonl`; each type's rows are validated
//! over and over for about a second, several times, and the median rate is
//! printed.

use selo::RecordType;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn rows(file: &str) -> Vec<String> {
    let path = format!(
        "{}/tests/fixtures/corpus/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("corpus row is JSON");
            v["record"].as_str().expect("row has a record").to_string()
        })
        .collect()
}

fn rate(records: &[String], kind: RecordType, detect: bool) -> f64 {
    let mut samples = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < Duration::from_millis(400) {
            for r in records {
                let v = selo::validate(black_box(r), if detect { None } else { Some(kind) });
                black_box(v.valid);
                n += 1;
            }
        }
        samples.push(n as f64 / start.elapsed().as_secs_f64());
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    samples[samples.len() / 2]
}

fn main() {
    // `cargo test --benches` passes no `--bench`: run each row once as a
    // smoke test instead of measuring.
    let quick = !std::env::args().any(|a| a == "--bench");
    let sets = [
        ("dmarc.jsonl", RecordType::Dmarc),
        ("spf.jsonl", RecordType::Spf),
        ("dkim.jsonl", RecordType::Dkim),
        ("bimi.jsonl", RecordType::Bimi),
        ("mta-sts-record.jsonl", RecordType::MtaSts),
        ("mta-sts-policy.jsonl", RecordType::MtaStsPolicy),
        ("tlsrpt.jsonl", RecordType::TlsRpt),
    ];
    println!(
        "{:<16} {:>6} {:>8} {:>12} {:>15} {:>7}",
        "type", "rows", "bytes", "records/s", "records/s auto", "MB/s"
    );
    for (file, kind) in sets {
        let records = rows(file);
        if quick {
            for r in &records {
                black_box(selo::validate(r, Some(kind)));
            }
            continue;
        }
        let given = rate(&records, kind, false);
        let auto = rate(&records, kind, true);
        let bytes: usize = records.iter().map(String::len).sum();
        let mb = given * bytes as f64 / records.len() as f64 / 1e6;
        println!(
            "{:<16} {:>6} {:>8} {:>12.0} {:>15.0} {:>7.1}",
            kind.as_str(),
            records.len(),
            bytes,
            given,
            auto,
            mb
        );
    }
}
