//! Export: JSON (`{"files": [...], "summary": {...}}`) and CSV with the
//! column names parsedmarc uses, so the rows load into the same dashboards.
//!
//! parsedmarc's lookup columns (`source_country`, `source_reverse_dns`,
//! `source_base_domain`, `source_name`, `source_type`) are kept, empty:
//! Selo sends no IP anywhere unless asked.

use super::{Aggregate, FileResult, Report, Row, Summary};
use serde::Serialize;
use std::fmt::Write;

/// The CSV header, in parsedmarc's order.
pub const CSV_COLUMNS: &[&str] = &[
    "xml_schema",
    "org_name",
    "org_email",
    "org_extra_contact_info",
    "report_id",
    "begin_date",
    "end_date",
    "errors",
    "domain",
    "adkim",
    "aspf",
    "p",
    "sp",
    "pct",
    "fo",
    "source_ip_address",
    "source_country",
    "source_reverse_dns",
    "source_base_domain",
    "source_name",
    "source_type",
    "count",
    "spf_aligned",
    "dkim_aligned",
    "dmarc_aligned",
    "disposition",
    "policy_override_reasons",
    "policy_override_comments",
    "envelope_from",
    "header_from",
    "envelope_to",
    "dkim_domains",
    "dkim_selectors",
    "dkim_results",
    "spf_domains",
    "spf_scopes",
    "spf_results",
];

/// The columns `selo report --format csv` adds after parsedmarc's: what
/// the batch says of each row's source (see [`super::sources`]).
pub const CSV_SOURCE_COLUMNS: &[&str] = &[
    "source_ptr_confirmed",
    "source_asn",
    "source_as_name",
    "source_sender",
    "source_class",
    "source_reason",
    "source_fix",
];

/// What the CSV says of one source: parsedmarc's lookup columns and
/// [`CSV_SOURCE_COLUMNS`], from its classification and the country its
/// network lookup gave.
#[derive(Clone, Copy, Debug)]
pub struct SourceColumns<'a> {
    /// The source, classified.
    pub view: &'a super::sources::SourceView,
    /// `source_country`.
    pub country: Option<&'a str>,
}

/// The sources' columns, by address.
pub type SourceTable<'a> = std::collections::HashMap<&'a str, SourceColumns<'a>>;

/// The JSON document `selo report --format json` prints.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// Every file.
    pub files: &'a [FileResult],
    /// Totals.
    pub summary: Summary,
}

/// The JSON document for these files.
pub fn to_json(files: &[FileResult]) -> String {
    let doc = Document {
        files,
        summary: Summary::of(files),
    };
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Writes the JSON document to `w` without building it in memory first.
pub fn write_json<W: std::io::Write>(w: W, files: &[FileResult]) -> serde_json::Result<()> {
    let doc = Document {
        files,
        summary: Summary::of(files),
    };
    serde_json::to_writer(w, &doc)
}

/// Where [`Fields`] is in the object it is given.
enum FieldsState {
    /// Before its opening brace.
    Start,
    /// After it, nothing written yet.
    Open,
    /// Its first field written, after a comma.
    Writing,
    /// Not an object: nothing is written.
    Skip,
}

/// Writes the fields of a JSON object to `w`, after a comma, without its
/// braces (nothing for an empty object), as the object is serialized: the
/// last byte is held back until the next, since it may be the closing
/// brace.
struct Fields<'a, W: std::io::Write> {
    w: &'a mut W,
    state: FieldsState,
    last: Option<u8>,
}

impl<W: std::io::Write> std::io::Write for Fields<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut b = buf;
        if matches!(self.state, FieldsState::Start) {
            match b.split_first() {
                Some((b'{', rest)) => {
                    self.state = FieldsState::Open;
                    b = rest;
                }
                Some(_) => self.state = FieldsState::Skip,
                None => return Ok(0),
            }
        }
        if matches!(self.state, FieldsState::Skip) {
            return Ok(buf.len());
        }
        let Some((&end, body)) = b.split_last() else {
            return Ok(buf.len());
        };
        if let Some(held) = self.last {
            if matches!(self.state, FieldsState::Open) {
                self.w.write_all(b",")?;
                self.state = FieldsState::Writing;
            }
            self.w.write_all(&[held])?;
        }
        if !body.is_empty() {
            if matches!(self.state, FieldsState::Open) {
                self.w.write_all(b",")?;
                self.state = FieldsState::Writing;
            }
            self.w.write_all(body)?;
        }
        self.last = Some(end);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

/// Writes the same JSON document as [`write_json`] one file at a time, so
/// that a batch is never held whole: [`JsonStream::file`] for each file as
/// it is read (it can then be dropped), [`JsonStream::finish`] at the end.
pub struct JsonStream<W: std::io::Write> {
    w: W,
    summary: Summary,
}

impl<W: std::io::Write> JsonStream<W> {
    /// Starts the document.
    pub fn new(mut w: W) -> std::io::Result<Self> {
        w.write_all(b"{\"files\":[")?;
        Ok(JsonStream {
            w,
            summary: Summary::default(),
        })
    }

    /// Writes one file.
    pub fn file(&mut self, f: &FileResult) -> std::io::Result<()> {
        if self.summary.files > 0 {
            self.w.write_all(b",")?;
        }
        self.summary.add(f);
        serde_json::to_writer(&mut self.w, f)?;
        Ok(())
    }

    /// Writes the totals, then the fields of `extra` (an object, such as
    /// the batch's sources and readiness), and ends the document.
    pub fn finish_with<T: Serialize>(mut self, extra: &T) -> std::io::Result<W> {
        self.w.write_all(b"],\"summary\":")?;
        serde_json::to_writer(&mut self.w, &self.summary)?;
        // Written as it is serialized: the sources of a large batch are
        // tens of MB of JSON, not worth holding (and growing) in memory.
        let mut fields = Fields {
            w: &mut self.w,
            state: FieldsState::Start,
            last: None,
        };
        // serde_json writes a few bytes at a time: gathered first, so
        // that `Fields` sees large pieces.
        let mut gathered = std::io::BufWriter::with_capacity(64 << 10, &mut fields);
        serde_json::to_writer(&mut gathered, extra)?;
        std::io::Write::flush(&mut gathered)?;
        drop(gathered);
        self.w.write_all(b"}")?;
        Ok(self.w)
    }

    /// Writes the totals and ends the document; gives the writer back.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.w.write_all(b"],\"summary\":")?;
        serde_json::to_writer(&mut self.w, &self.summary)?;
        self.w.write_all(b"}")?;
        Ok(self.w)
    }
}

/// Writes one CSV field, quoted when it must be (RFC 4180).
pub fn csv_field(out: &mut String, v: &str) {
    // Bytes, not characters: none of these is ever part of a longer
    // character in UTF-8.
    let special = |b: &u8| matches!(b, b',' | b'"' | b'\n' | b'\r');
    if v.as_bytes().iter().any(special) || v.starts_with(' ') || v.ends_with(' ') {
        out.push('"');
        for (i, part) in v.split('"').enumerate() {
            if i > 0 {
                out.push_str("\"\"");
            }
            out.push_str(part);
        }
        out.push('"');
    } else {
        out.push_str(v);
    }
}

/// Writes one field made of `parts` joined by `sep`, quoted when it must be.
fn csv_joined<'a>(
    out: &mut String,
    scratch: &mut String,
    sep: &str,
    parts: impl Iterator<Item = &'a str>,
) {
    scratch.clear();
    for (i, p) in parts.enumerate() {
        if i > 0 {
            scratch.push_str(sep);
        }
        scratch.push_str(p);
    }
    csv_field(out, scratch);
}

fn csv_line(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// parsedmarc's date format: `2024-03-31 15:00:00`.
fn human(ts: &str) -> String {
    ts.replace('T', " ").trim_end_matches('Z').to_string()
}

/// Appends one line per row of `a`.
pub fn aggregate_csv(out: &mut String, a: &Aggregate) {
    aggregate_csv_each(out, a, None, |_| Ok::<(), std::convert::Infallible>(())).unwrap_or(());
}

/// Writes one line per row of `a` to `w`, through `out` (a line at a time;
/// the caller keeps it to reuse its memory).
pub fn write_aggregate_csv<W: std::io::Write>(
    w: &mut W,
    out: &mut String,
    a: &Aggregate,
) -> std::io::Result<()> {
    out.clear();
    aggregate_csv_each(out, a, None, |line| {
        w.write_all(line.as_bytes())?;
        line.clear();
        Ok::<(), std::io::Error>(())
    })?;
    w.write_all(out.as_bytes())
}

/// Writes the CSV header to `w`.
pub fn write_csv_header<W: std::io::Write>(w: &mut W) -> std::io::Result<()> {
    let mut line = String::new();
    csv_line(&mut line, CSV_COLUMNS);
    w.write_all(line.as_bytes())
}

/// Writes the CSV header with [`CSV_SOURCE_COLUMNS`] after parsedmarc's.
pub fn write_csv_header_with_sources<W: std::io::Write>(w: &mut W) -> std::io::Result<()> {
    let mut line = String::new();
    let all: Vec<&str> = CSV_COLUMNS
        .iter()
        .chain(CSV_SOURCE_COLUMNS)
        .copied()
        .collect();
    csv_line(&mut line, &all);
    w.write_all(line.as_bytes())
}

/// Writes the rows of every aggregate report of `f` to `w`, each with its
/// source's columns from `sources` (empty for a source not in it).
pub fn write_csv_file_with_sources<W: std::io::Write>(
    w: &mut W,
    out: &mut String,
    f: &FileResult,
    sources: &SourceTable,
) -> std::io::Result<()> {
    for r in &f.reports {
        if let Report::DmarcAggregate(a) = r {
            out.clear();
            aggregate_csv_each(out, a, Some(sources), |line| {
                w.write_all(line.as_bytes())?;
                line.clear();
                Ok::<(), std::io::Error>(())
            })?;
            w.write_all(out.as_bytes())?;
        }
    }
    Ok(())
}

/// Writes the rows of every aggregate report of `f` to `w`.
pub fn write_csv_file<W: std::io::Write>(
    w: &mut W,
    out: &mut String,
    f: &FileResult,
) -> std::io::Result<()> {
    for r in &f.reports {
        if let Report::DmarcAggregate(a) = r {
            write_aggregate_csv(w, out, a)?;
        }
    }
    Ok(())
}

/// Appends the rows of `a` to `out`, calling `flush` after each line once
/// `out` holds more than 32 KiB.
fn aggregate_csv_each<E>(
    out: &mut String,
    a: &Aggregate,
    sources: Option<&SourceTable>,
    mut flush: impl FnMut(&mut String) -> Result<(), E>,
) -> Result<(), E> {
    let head = csv_head(a);
    let mut scratch = String::new();
    let mut count = String::new();
    for r in &a.records {
        out.push_str(&head);
        let cols = sources.and_then(|t| t.get(r.source_ip.trim()));
        csv_source_fields(out, &r.source_ip, cols);
        csv_row_rest(out, &mut scratch, &mut count, r);
        if sources.is_some() {
            csv_source_columns(out, &mut scratch, cols);
        }
        out.push_str("\r\n");
        if out.len() > 32 << 10 {
            flush(out)?;
        }
    }
    Ok(())
}

/// The report's fields that begin each of its lines.
fn csv_head(a: &Aggregate) -> String {
    let p = &a.policy;
    let begin = human(&a.begin);
    let end = human(&a.end);
    let errors = a.errors.join(",");
    fn o(s: &Option<String>) -> &str {
        s.as_deref().unwrap_or("")
    }
    let mut head = String::new();
    csv_line_open(
        &mut head,
        &[
            &a.xml_schema,
            &a.org_name,
            o(&a.org_email),
            o(&a.extra_contact_info),
            &a.report_id,
            &begin,
            &end,
            &errors,
            &a.domain,
            o(&p.adkim),
            o(&p.aspf),
            o(&p.p),
            o(&p.sp),
            o(&p.pct),
            o(&p.fo),
        ],
    );
    head
}

/// The source's address and what its lookups and the batch say of it
/// (country, reverse name, its base domain, the sender), each followed by
/// a comma.
fn csv_source_fields(out: &mut String, ip: &str, cols: Option<&SourceColumns>) {
    let v = cols.map(|c| c.view);
    let ptr = v.and_then(|v| v.ptr.as_deref()).unwrap_or("");
    let base = if ptr.is_empty() {
        ""
    } else {
        crate::domain::last_two_labels(ptr)
    };
    for f in [
        ip,
        cols.and_then(|c| c.country).unwrap_or(""),
        ptr,
        base,
        v.and_then(|v| v.sender).unwrap_or(""),
    ] {
        csv_field(out, f);
        out.push(',');
    }
}

/// The rest of a row's line, from the (empty) source type column to the
/// SPF results, the same whatever the batch says of its source.
fn csv_row_rest(out: &mut String, scratch: &mut String, count: &mut String, r: &Row) {
    count.clear();
    let _ = write!(count, "{}", r.count);
    let spf = r.spf == "pass";
    let dkim = r.dkim == "pass";
    let b = |x: bool| if x { "True" } else { "False" };
    for f in ["", count.as_str()] {
        csv_field(out, f);
        out.push(',');
    }
    for f in [b(spf), b(dkim), b(spf || dkim), &r.disposition] {
        csv_field(out, f);
        out.push(',');
    }
    let reasons = r.reasons.iter();
    csv_joined(out, scratch, ",", reasons.clone().map(|x| x.kind.as_str()));
    out.push(',');
    csv_joined(
        out,
        scratch,
        "|",
        reasons.filter_map(|x| x.comment.as_deref()),
    );
    out.push(',');
    for f in [
        r.envelope_from.as_deref().unwrap_or(""),
        &r.header_from,
        r.envelope_to.as_deref().unwrap_or(""),
    ] {
        csv_field(out, f);
        out.push(',');
    }
    let dk = r.dkim_results.iter();
    csv_joined(out, scratch, ",", dk.clone().map(|x| x.domain.as_str()));
    out.push(',');
    csv_joined(
        out,
        scratch,
        ",",
        dk.clone().map(|x| x.selector.as_deref().unwrap_or("")),
    );
    out.push(',');
    csv_joined(out, scratch, ",", dk.map(|x| x.result.as_str()));
    out.push(',');
    let sp = r.spf_results.iter();
    csv_joined(out, scratch, ",", sp.clone().map(|x| x.domain.as_str()));
    out.push(',');
    csv_joined(
        out,
        scratch,
        ",",
        sp.clone().map(|x| x.scope.as_deref().unwrap_or("")),
    );
    out.push(',');
    csv_joined(out, scratch, ",", sp.map(|x| x.result.as_str()));
}

/// [`CSV_SOURCE_COLUMNS`], each after a comma.
fn csv_source_columns(out: &mut String, scratch: &mut String, cols: Option<&SourceColumns>) {
    let v = cols.map(|c| c.view);
    scratch.clear();
    if let Some(n) = v.and_then(|v| v.asn) {
        let _ = write!(scratch, "{n}");
    }
    let confirmed = match v {
        Some(v) if v.ptr.is_some() && v.ptr_confirmed => "True",
        Some(v) if v.ptr.is_some() => "False",
        _ => "",
    };
    for f in [
        confirmed,
        scratch.as_str(),
        v.and_then(|v| v.as_name.as_deref()).unwrap_or(""),
        v.and_then(|v| v.sender).unwrap_or(""),
        v.map_or("", |v| v.class.code()),
        v.map_or("", |v| v.reason.as_ref()),
        v.and_then(|v| v.fix.as_deref()).unwrap_or(""),
    ] {
        out.push(',');
        csv_field(out, f);
    }
}

/// The aggregate rows of a batch's files as CSV text, kept while the files
/// are read, without what only the whole batch can say (each source's
/// columns): written with them once every source is classified, so that
/// `selo report --format csv` reads each file once. About the size of the
/// CSV it becomes, less the source columns.
#[derive(Clone, Debug, Default)]
pub struct CsvRows {
    text: String,
    /// Each report's first fields: (start, end) in `text`.
    heads: Vec<(usize, usize)>,
    /// Each line: its report's head, and the end of its address and of its
    /// rest in `text` (the address starts where the previous piece ends).
    lines: Vec<(u32, usize, usize)>,
}

impl CsvRows {
    /// Keeps the rows of every aggregate report of `f`.
    pub fn add(&mut self, f: &FileResult) {
        let mut scratch = String::new();
        let mut count = String::new();
        for r in &f.reports {
            let Report::DmarcAggregate(a) = r else {
                continue;
            };
            let start = self.text.len();
            self.text.push_str(&csv_head(a));
            let head = u32::try_from(self.heads.len()).unwrap_or(u32::MAX);
            self.heads.push((start, self.text.len()));
            for r in &a.records {
                self.text.push_str(&r.source_ip);
                let ip_end = self.text.len();
                csv_row_rest(&mut self.text, &mut scratch, &mut count, r);
                self.lines.push((head, ip_end, self.text.len()));
            }
        }
    }

    /// Bytes of text held.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Nothing held.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Writes every line to `w`, each with its source's columns from
    /// `sources` (empty for a source not in it): the same lines as
    /// [`write_csv_file_with_sources`] on the files added.
    pub fn write<W: std::io::Write>(
        &self,
        w: &mut W,
        sources: &SourceTable,
    ) -> std::io::Result<()> {
        let mut out = String::new();
        let mut scratch = String::new();
        let mut prev = 0;
        for &(head, ip_end, end) in &self.lines {
            let (hs, he) = self.heads.get(head as usize).copied().unwrap_or((0, 0));
            // A report's first line starts after its head.
            let ip_start = if prev < he { he } else { prev };
            let ip = &self.text[ip_start..ip_end];
            let cols = sources.get(ip.trim());
            out.push_str(&self.text[hs..he]);
            csv_source_fields(&mut out, ip, cols);
            out.push_str(&self.text[ip_end..end]);
            csv_source_columns(&mut out, &mut scratch, cols);
            out.push_str("\r\n");
            prev = end;
            if out.len() > 32 << 10 {
                w.write_all(out.as_bytes())?;
                out.clear();
            }
        }
        w.write_all(out.as_bytes())
    }
}

/// The first fields of a line, each followed by a comma.
fn csv_line_open(out: &mut String, fields: &[&str]) {
    for f in fields {
        csv_field(out, f);
        out.push(',');
    }
}

/// The CSV of every aggregate-report row in these files, with a header.
pub fn to_csv(files: &[FileResult]) -> String {
    let mut out = String::new();
    csv_line(&mut out, CSV_COLUMNS);
    for f in files {
        for r in &f.reports {
            if let Report::DmarcAggregate(a) = r {
                aggregate_csv(&mut out, a);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::report::Reason;
    use crate::report::enrich::Enrichment;
    use crate::report::sources::Batch;
    use crate::report::sources::tests::{file, report, row};

    #[test]
    fn the_batch_fields_end_the_json_document_whatever_their_size() {
        #[derive(Serialize)]
        struct Extra {
            sources: Vec<String>,
            note: &'static str,
        }
        #[derive(Serialize)]
        struct NoFields {}
        let files = [file(
            "a.xml",
            vec![report(
                "r1",
                vec![row("198.51.100.1", 3, "example.com", &[], &[])],
            )],
        )];
        let with = |extra: &dyn Fn(JsonStream<Vec<u8>>) -> Vec<u8>| {
            let mut doc = JsonStream::new(Vec::new()).unwrap();
            doc.file(&files[0]).unwrap();
            String::from_utf8(extra(doc)).unwrap()
        };
        let plain = with(&|d| d.finish().unwrap());
        let big = Extra {
            sources: (0..20_000)
                .map(|i| format!("198.51.{}.{}", i / 256, i % 256))
                .collect(),
            note: "{\"}",
        };
        let doc = with(&|d| d.finish_with(&big).unwrap());
        let fields = serde_json::to_string(&big).unwrap();
        assert_eq!(
            doc,
            format!(
                "{},{}}}",
                &plain[..plain.len() - 1],
                &fields[1..fields.len() - 1]
            )
        );
        let v: serde_json::Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(v["sources"].as_array().unwrap().len(), 20_000);
        assert_eq!(v["note"], "{\"}");
        // An object without fields, or not an object, adds nothing.
        assert_eq!(with(&|d| d.finish_with(&NoFields {}).unwrap()), plain);
        assert_eq!(with(&|d| d.finish_with(&7).unwrap()), plain);
    }

    #[test]
    fn csv_fields_are_quoted_as_rfc_4180_says() {
        let field = |v: &str| {
            let mut out = String::new();
            csv_field(&mut out, v);
            out
        };
        assert_eq!(field("plain é"), "plain é");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("\"\""), "\"\"\"\"\"\"");
        assert_eq!(field("line\r\nnext"), "\"line\r\nnext\"");
        assert_eq!(field(" padded"), "\" padded\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn rows_kept_while_reading_write_the_same_csv_as_a_second_read() {
        let mut odd = row(
            "198.51.100.20",
            4,
            "example.com",
            &[("em1.sendgrid.net", "pass")],
            &[("bounce, \"quoted\".example.net", "pass")],
        );
        odd.reasons.push(Reason {
            kind: "forwarded".into(),
            comment: Some("list, \"a\"".into()),
        });
        let files = || {
            [
                file(
                    "a.xml",
                    vec![
                        report(
                            "1",
                            vec![
                                row(
                                    "192.0.2.1",
                                    3,
                                    "example.com",
                                    &[("example.com", "pass")],
                                    &[],
                                ),
                                odd.clone(),
                            ],
                        ),
                        report("2", vec![]),
                        report("3", vec![row(" 192.0.2.9 ", 1, "example.com", &[], &[])]),
                    ],
                ),
                // Report 1 again, and one more.
                file(
                    "b.xml",
                    vec![
                        report("1", vec![row("192.0.2.1", 3, "example.com", &[], &[])]),
                        report("4", vec![row("203.0.113.5", 2, "example.com", &[], &[])]),
                    ],
                ),
            ]
        };
        let mut batch = Batch::default();
        let mut kept = CsvRows::default();
        for mut f in files() {
            batch.dedup(&mut f);
            kept.add(&f);
            batch.tally(f);
        }
        assert_eq!(batch.duplicates.len(), 1);
        let found = Enrichment::default();
        let views = batch.sources(&found, Lang::En);
        let table: SourceTable = views
            .iter()
            .map(|s| {
                let cols = SourceColumns {
                    view: s,
                    country: None,
                };
                (s.ip.as_str(), cols)
            })
            .collect();
        let mut once = Vec::new();
        kept.write(&mut once, &table).unwrap();
        let mut twice = Vec::new();
        let mut again = Batch::default();
        let mut line = String::new();
        for mut f in files() {
            again.dedup(&mut f);
            write_csv_file_with_sources(&mut twice, &mut line, &f, &table).unwrap();
        }
        let once = String::from_utf8(once).unwrap();
        assert_eq!(once, String::from_utf8(twice).unwrap());
        assert_eq!(once.lines().count(), 4);
        assert!(once.contains("\"bounce, \"\"quoted\"\".example.net\""));
        assert!(once.contains(",forged,"));
    }
}
