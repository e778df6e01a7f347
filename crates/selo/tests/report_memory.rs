//! Memory of the report reader: reading a large aggregate report from a
//! stream holds the report's rows and sources, never the file itself, and
//! stays within a small multiple of the input.

use selo::report::{Options, Report, read_from};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Counts the bytes allocated now and at most.
struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let n = NOW.fetch_add(l.size(), Relaxed) + l.size();
        PEAK.fetch_max(n, Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        NOW.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        if new > l.size() {
            let n = NOW.fetch_add(new - l.size(), Relaxed) + new - l.size();
            PEAK.fetch_max(n, Relaxed);
        } else {
            NOW.fetch_sub(l.size() - new, Relaxed);
        }
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// parsedmarc's large sample with its records repeated `copies` times, each
/// copy's addresses in another /16 (every row its own failing source, the
/// worst case for memory), as scripts/bench-report.sh builds it.
fn large_report(copies: usize) -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/reports/dmarc-reports/parsedmarc/aggregate/",
        "!large-example.com!1711897200!1711983600.xml"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let first = text.find("<record>").unwrap();
    let last = text.rfind("</record>").unwrap() + "</record>".len();
    let mut out = String::with_capacity(text.len() * copies);
    out.push_str(&text[..first]);
    for i in 0..copies {
        let (a, b) = (12 + (20 + i) / 256, (20 + i) % 256);
        out.push_str(
            &text[first..last].replace("<source_ip>12.20.", &format!("<source_ip>{a}.{b}.")),
        );
        out.push_str("\n ");
    }
    out.push_str(&text[last..]);
    out.into_bytes()
}

#[test]
fn a_large_report_is_read_within_three_times_its_size() {
    let copies = 4;
    let xml = large_report(copies);
    let gz = {
        use flate2::{Compression, write::GzEncoder};
        use std::io::Write;
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(&xml).unwrap();
        e.finish().unwrap()
    };
    for (what, input) in [("xml", &xml), ("xml.gz", &gz)] {
        let base = NOW.load(Relaxed);
        PEAK.store(base, Relaxed);
        let f = read_from(what, &input[..], input.len() as u64, &Options::default());
        let peak = PEAK.load(Relaxed) - base;
        let kept = NOW.load(Relaxed) - base;
        assert_eq!(f.status, "ok", "{what}: {:?}", f.error);
        let Report::DmarcAggregate(a) = &f.reports[0] else {
            panic!("{what}")
        };
        assert_eq!(a.rows, 2286 * copies as u64);
        assert_eq!(a.sources.len(), 2286 * copies);
        let ratio = peak as f64 / xml.len() as f64;
        eprintln!(
            "{what}: {} bytes of XML, peak {peak} bytes allocated ({ratio:.2}x), {kept} kept",
            xml.len()
        );
        assert!(ratio < 2.3, "{what}: peak {ratio:.2}x the XML");
        drop(f);
    }
}
