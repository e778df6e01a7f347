//! Export: JSON (`{"files": [...], "summary": {...}}`) and CSV with the
//! column names parsedmarc uses, so the rows load into the same dashboards.
//!
//! parsedmarc's lookup columns (`source_country`, `source_reverse_dns`,
//! `source_base_domain`, `source_name`, `source_type`) are kept, empty:
//! Selo sends no IP anywhere unless asked.

use super::{Aggregate, FileResult, Report, Summary};
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

/// Writes one CSV field, quoted when it must be (RFC 4180).
pub fn csv_field(out: &mut String, v: &str) {
    if v.contains([',', '"', '\n', '\r']) || v.starts_with(' ') || v.ends_with(' ') {
        out.push('"');
        for c in v.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(v);
    }
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
    let p = &a.policy;
    let begin = human(&a.begin);
    let end = human(&a.end);
    let errors = a.errors.join(",");
    let o = |s: &Option<String>| s.clone().unwrap_or_default();
    let (adkim, aspf, pp, sp, pct, fo) = (
        o(&p.adkim),
        o(&p.aspf),
        o(&p.p),
        o(&p.sp),
        o(&p.pct),
        o(&p.fo),
    );
    let email = o(&a.org_email);
    let extra = o(&a.extra_contact_info);
    let mut count = String::new();
    for r in &a.records {
        count.clear();
        let _ = write!(count, "{}", r.count);
        let spf = r.spf == "pass";
        let dkim = r.dkim == "pass";
        let b = |x: bool| if x { "True" } else { "False" };
        let reasons: Vec<&str> = r.reasons.iter().map(|x| x.kind.as_str()).collect();
        let comments: Vec<&str> = r
            .reasons
            .iter()
            .filter_map(|x| x.comment.as_deref())
            .collect();
        let dd: Vec<&str> = r.dkim_results.iter().map(|x| x.domain.as_str()).collect();
        let ds: Vec<&str> = r
            .dkim_results
            .iter()
            .map(|x| x.selector.as_deref().unwrap_or(""))
            .collect();
        let dr: Vec<&str> = r.dkim_results.iter().map(|x| x.result.as_str()).collect();
        let sd: Vec<&str> = r.spf_results.iter().map(|x| x.domain.as_str()).collect();
        let ss: Vec<&str> = r
            .spf_results
            .iter()
            .map(|x| x.scope.as_deref().unwrap_or(""))
            .collect();
        let sr: Vec<&str> = r.spf_results.iter().map(|x| x.result.as_str()).collect();
        csv_line(
            out,
            &[
                &a.xml_schema,
                &a.org_name,
                &email,
                &extra,
                &a.report_id,
                &begin,
                &end,
                &errors,
                &a.domain,
                &adkim,
                &aspf,
                &pp,
                &sp,
                &pct,
                &fo,
                &r.source_ip,
                "",
                "",
                "",
                "",
                "",
                &count,
                b(spf),
                b(dkim),
                b(spf || dkim),
                &r.disposition,
                &reasons.join(","),
                &comments.join("|"),
                r.envelope_from.as_deref().unwrap_or(""),
                &r.header_from,
                r.envelope_to.as_deref().unwrap_or(""),
                &dd.join(","),
                &ds.join(","),
                &dr.join(","),
                &sd.join(","),
                &ss.join(","),
                &sr.join(","),
            ],
        );
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
