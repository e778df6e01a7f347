//! Report reader throughput: MB of input per second for parsedmarc's large
//! sample (909 KB, 2,286 rows), the same report gzipped and zipped, and a
//! TLS report in an e-mail, the way `selo report` reads them (detection,
//! decompression, parsing, totals, sources and fixes).
//!
//! Run with `cargo bench -p selo --bench report`. Each file is read over and
//! over for about half a second, five times, and the median rate is printed.

use selo::report::{Options, read};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn load(rel: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/reports/{rel}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn rate(bytes: &[u8]) -> (f64, u64) {
    let opts = Options::default();
    let mut samples = Vec::new();
    let mut rows = 0;
    for _ in 0..5 {
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < Duration::from_millis(500) {
            let f = read("bench", black_box(bytes), &opts);
            assert_eq!(f.status, "ok");
            rows = f.reports.len() as u64;
            n += 1;
        }
        let secs = start.elapsed().as_secs_f64();
        samples.push(n as f64 * bytes.len() as f64 / secs / 1e6);
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    (samples[2], rows)
}

fn main() {
    for (label, rel) in [
        (
            "parsedmarc large sample (xml)",
            "dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml",
        ),
        (
            "nice-input (xml.gz)",
            "dmarc-reports/parsedmarc/extract_report/nice-input.xml.gz",
        ),
        (
            "nice-input (zip)",
            "dmarc-reports/parsedmarc/extract_report/nice-input.xml.zip",
        ),
        ("TLS report in e-mail", "tlsrpt-reports/mail-auth/rpt01.eml"),
    ] {
        let bytes = load(rel);
        let (mbps, reports) = rate(&bytes);
        println!(
            "{label:32} {:>9} bytes  {mbps:8.1} MB/s  ({reports} report(s) per read)",
            bytes.len()
        );
    }
}
