//! `report::read_from` (the streaming reader `selo report` uses) gives the
//! same result as `report::read` on every fixture, hostile files included,
//! however the reader cuts the bytes; its limits and errors hold mid-stream.

use selo::Lang;
use selo::report::{FileResult, Limits, Options, Report, read, read_from};
use std::io::Read;

mod common;
use common::{every_fixture, reports_dir as dir};

/// Gives at most `step` bytes per read (the steps cycle through `steps`).
struct Trickle<'a> {
    bytes: &'a [u8],
    steps: &'a [usize],
    i: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let step = self.steps[self.i % self.steps.len()];
        self.i += 1;
        let n = step.min(buf.len()).min(self.bytes.len());
        buf[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

fn same(a: &FileResult, b: &FileResult, what: &str) {
    assert_eq!(a.status, b.status, "{what}: {:?} / {:?}", a.error, b.error);
    assert_eq!(a.error, b.error, "{what}");
    assert_eq!(a, b, "{what}");
}

#[test]
fn streaming_reads_every_fixture_as_the_byte_reader_does() {
    let mut files = Vec::new();
    every_fixture(&dir(), &mut files);
    assert!(files.len() > 50, "{} fixtures", files.len());
    let mut streamed_xml = 0;
    for lang in [Lang::En, Lang::Pt] {
        let opts = Options {
            lang,
            ..Options::default()
        };
        for p in &files {
            let bytes = std::fs::read(p).unwrap();
            if lang == Lang::Pt && bytes.len() > 64 << 10 {
                // The messages' language changes nothing in how bytes are
                // read: the big files once is enough in a debug build.
                continue;
            }
            let name = p.display().to_string();
            let want = read(&name, &bytes, &opts);
            let whole = read_from(&name, &bytes[..], bytes.len() as u64, &opts);
            same(&whole, &want, &name);
            // Cut everywhere: characters, the gzip header, the BOM (byte
            // by byte only for the small files: this is a debug build; the
            // bomb, 15 MiB out, is streamed in big reads only, above).
            let bomb = want.error_detail.as_ref().map(|d| d.code) == Some("report::too-big");
            let cuts: &[&[usize]] = if bomb {
                &[]
            } else if bytes.len() < 8 << 10 {
                &[&[1], &[3, 1, 7, 2], &[4093, 5]]
            } else {
                &[&[4093, 5]]
            };
            for steps in cuts {
                let t = Trickle {
                    bytes: &bytes,
                    steps,
                    i: 0,
                };
                let got = read_from(&name, t, bytes.len() as u64, &opts);
                same(&got, &want, &format!("{name} in steps of {steps:?}"));
            }
            if want
                .reports
                .iter()
                .any(|r| matches!(r, Report::DmarcAggregate(_)))
            {
                streamed_xml += 1;
            }
        }
    }
    assert!(streamed_xml > 20);
}

#[test]
fn invalid_utf8_cut_anywhere_is_replaced_as_in_memory() {
    let xml = "<feedback><report_metadata><org_name>r\u{e9}\u{1F600}x</org_name>\
        <report_id>1</report_id><date_range><begin>0</begin><end>1</end></date_range>\
        </report_metadata><policy_published><domain>example.com</domain></policy_published>\
        <record><row><source_ip>192.0.2.1</source_ip><count>1</count></row>\
        <identifiers><header_from>example.com</header_from></identifiers></record></feedback>";
    let good = xml.as_bytes().to_vec();
    let at = xml.find("\u{1F600}").unwrap();
    let mut variants = vec![good.clone()];
    // A lone continuation byte, a cut four-byte character, a bad lead byte.
    for (i, bad) in [(at, &b"\x80"[..]), (at + 1, b"\xf0\x9f"), (at, b"\xff")] {
        let mut v = good.clone();
        v.splice(i..i, bad.iter().copied());
        variants.push(v);
    }
    // Invalid bytes at the very end, after the report.
    let mut tail = good.clone();
    tail.extend_from_slice(b"\xe2\x82");
    variants.push(tail);
    let opts = Options::default();
    for v in &variants {
        let want = read("x", v, &opts);
        for steps in [&[1usize][..], &[2, 5], &[1 << 16]] {
            let got = read_from(
                "x",
                Trickle {
                    bytes: v,
                    steps,
                    i: 0,
                },
                v.len() as u64,
                &opts,
            );
            same(
                &got,
                &want,
                &format!("{:?} in steps {steps:?}", String::from_utf8_lossy(v)),
            );
        }
    }
    let lossy = read("x", &variants[1], &opts);
    let Report::DmarcAggregate(a) = &lossy.reports[0] else {
        panic!("{lossy:?}")
    };
    assert_eq!(a.notes[0].code, "report::lossy-utf8");
}

#[test]
fn limits_hold_while_streaming() {
    let bytes =
        std::fs::read(dir().join("dmarc-reports/parsedmarc/extract_report/nice-input.xml.gz"))
            .unwrap();
    let code = |f: FileResult| f.error_detail.map(|d| d.code).unwrap_or("");
    let tight = Options {
        limits: Limits {
            max_output: 4096,
            ..Limits::default()
        },
        ..Options::default()
    };
    let n = bytes.len() as u64;
    assert_eq!(
        code(read_from("x", &bytes[..], n, &tight)),
        "report::too-big"
    );
    let ratio = Options {
        limits: Limits {
            max_ratio: 2,
            ratio_floor: 0,
            ..Limits::default()
        },
        ..Options::default()
    };
    assert_eq!(
        code(read_from("x", &bytes[..], n, &ratio)),
        "report::too-big"
    );
    // A gzip cut short inside the report, and one cut in its trailer (the
    // XML is whole: the missing checksum is still found).
    for cut in [bytes.len() / 2, bytes.len() - 4] {
        let short = &bytes[..cut];
        assert_eq!(
            code(read("x", short, &Options::default())),
            "report::bad-gzip"
        );
        assert_eq!(
            code(read_from("x", short, cut as u64, &Options::default())),
            "report::bad-gzip",
            "cut at {cut}"
        );
    }
}

/// A reader that fails after some bytes, as a file on a vanished disk.
struct Failing<'a>(&'a [u8]);

impl Read for Failing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::Error::other("device gone"));
        }
        let n = buf.len().min(self.0.len()).min(100);
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn a_failing_reader_is_a_read_error() {
    for rel in [
        "dmarc-reports/parsedmarc/extract_report/nice-input.xml.gz",
        "dmarc-reports/parsedmarc/aggregate/!large-example.com!1711897200!1711983600.xml",
        "tlsrpt-reports/mail-auth/rpt01.eml",
    ] {
        let bytes = std::fs::read(dir().join(rel)).unwrap();
        let f = read_from(
            rel,
            Failing(&bytes[..bytes.len() / 2]),
            bytes.len() as u64,
            &Options::default(),
        );
        assert_eq!(f.status, "error", "{rel}");
        let d = f.error_detail.unwrap();
        assert_eq!(d.code, "report::read-error", "{rel}");
        assert!(d.message.contains("device gone"), "{}", d.message);
    }
}

/// RFC 1952 2.2: a gzip file is a series of members, and some mail systems
/// write a report in more than one. The whole report is read, from bytes
/// and streamed, however the reader cuts the bytes.
#[test]
fn a_report_split_across_two_gzip_members_is_read_whole() {
    use std::io::Write;
    let gzip = |b: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b).unwrap();
        e.finish().unwrap()
    };
    let row = "<record><row><source_ip>192.0.2.1</source_ip><count>1</count>\
        <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf>\
        </policy_evaluated></row><identifiers><header_from>example.com</header_from></identifiers>\
        </record>";
    let xml = format!(
        "<feedback><version>1.0</version><report_metadata><org_name>r.example</org_name>\
         <report_id>1</report_id><date_range><begin>0</begin><end>86399</end></date_range>\
         </report_metadata><policy_published><domain>example.com</domain><p>none</p>\
         </policy_published>{}</feedback>",
        row.repeat(40)
    );
    let opts = Options::default();
    let want = read("x", xml.as_bytes(), &opts);
    assert_eq!(want.status, "ok", "{:?}", want.error);
    let (first, second) = xml.as_bytes().split_at(xml.len() / 2);
    let mut two = gzip(first);
    two.extend(gzip(second));
    same(&read("x", &two, &opts), &want, "two members, from bytes");
    same(
        &read_from("x", &two[..], two.len() as u64, &opts),
        &want,
        "two members, streamed",
    );
    for steps in [&[1][..], &[3, 1, 7, 2], &[4093, 5]] {
        let t = Trickle {
            bytes: &two,
            steps,
            i: 0,
        };
        let got = read_from("x", t, two.len() as u64, &opts);
        same(&got, &want, &format!("two members in steps of {steps:?}"));
    }
    // Three members, one of them cut inside a tag.
    let mut three = gzip(&xml.as_bytes()[..10]);
    three.extend(gzip(&xml.as_bytes()[10..100]));
    three.extend(gzip(&xml.as_bytes()[100..]));
    same(&read("x", &three, &opts), &want, "three members");
    // A line break after the last member is not another member.
    three.extend(b"\r\n");
    same(&read("x", &three, &opts), &want, "three members and CRLF");
    let got = read_from("x", &three[..], three.len() as u64, &opts);
    same(&got, &want, "three members and CRLF, streamed");
}
