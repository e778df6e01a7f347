//! `selo check` on many domains: the results written in the list's order
//! as they finish (a table, JSON lines, CSV or one JSON array), a progress
//! line on a terminal, the snapshots saved with `--save`, and what changed
//! since a `--baseline`.

use crate::check::{CheckFormat, Verdict, human, json_of};
use crate::texts;
use crate::{Failure, cannot_read};
use selo::Lang;
use selo::check::drift::{self, Change, Snapshot};
use selo::check::many::{CSV_HEADER, Row, csv_field};
use selo::check::{DomainCheck, Status};
use serde::{Deserialize, Serialize};
use std::io::{IsTerminal, Write};
use std::path::Path;

/// The file `--save` writes and `--baseline` reads.
#[derive(Serialize, Deserialize)]
struct Saved {
    /// Always `selo check --save`.
    written_by: String,
    /// The snapshots, in the list's order.
    domains: Vec<Snapshot>,
}

/// The snapshots of a `--baseline` file, by domain.
pub(crate) struct Baseline(Vec<Snapshot>);

impl Baseline {
    fn get(&self, domain: &str) -> Option<&Snapshot> {
        self.0
            .iter()
            .find(|s| s.domain.eq_ignore_ascii_case(domain))
    }
}

/// Reads a file written by `--save`.
pub(crate) fn read_baseline(file: &Path, lang: Lang) -> Result<Baseline, Failure> {
    let text = std::fs::read_to_string(file).map_err(|e| cannot_read(file, &e))?;
    let saved: Saved = serde_json::from_str(&text).map_err(|e| {
        Failure::Message(texts::BAD_BASELINE.fill(
            lang,
            &[
                ("file", &file.display().to_string()),
                ("why", &e.to_string()),
            ],
        ))
    })?;
    Ok(Baseline(saved.domains))
}

/// Today's date, UTC, as `2026-12-07`.
fn today() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    let [y, m, d, ..] = selo::text::utc_fields(now);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Writes the snapshots of `results` to `file`.
pub(crate) fn save(
    file: &Path,
    results: &[(DomainCheck, bool)],
    lang: Lang,
) -> Result<(), Failure> {
    let date = today();
    let saved = Saved {
        written_by: "selo check --save".into(),
        domains: results
            .iter()
            .map(|(r, _)| Snapshot::of(r, &date))
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&saved)?;
    text.push('\n');
    std::fs::write(file, text).map_err(|e| cannot_read(file, &e))?;
    if results.len() > 1 {
        let n = texts::SNAPSHOTS.count(results.len(), lang);
        let _ = writeln!(
            std::io::stderr(),
            "selo: {}",
            texts::SAVED.fill(lang, &[("n", &n), ("file", &file.display().to_string())])
        );
    }
    Ok(())
}

/// What changed for one domain: the baseline's date and the changes, or
/// `None` when the baseline does not hold the domain.
type Drift = Option<(String, Vec<Change>)>;

/// Where the results go, in the list's order, as they finish.
pub(crate) struct Output<'a> {
    domains: &'a [String],
    format: CheckFormat,
    lang: Lang,
    /// One domain in the detailed form: nothing is written as it runs.
    one: bool,
    baseline: Option<&'a Baseline>,
    results: Vec<Option<(DomainCheck, bool)>>,
    drifts: Vec<Drift>,
    next: usize,
    finished: usize,
    progress: bool,
    width: usize,
    /// The first write that failed (a closed pipe), returned at the end.
    failed: Option<Failure>,
    json: Vec<serde_json::Value>,
    /// Each domain's sender requirements, when asked (`--requirements`).
    pub(crate) requirements: Vec<Option<Vec<selo::requirements::Row>>>,
}

/// The widths of the table's columns after the domain.
const WIDTHS: [usize; 10] = [11, 11, 14, 11, 11, 11, 11, 8, 7, 9];

impl<'a> Output<'a> {
    pub(crate) fn new(
        domains: &'a [String],
        format: CheckFormat,
        lang: Lang,
        one: bool,
        baseline: Option<&'a Baseline>,
    ) -> Self {
        let width = domains
            .iter()
            .map(|d| d.chars().count())
            .max()
            .unwrap_or(0)
            .clamp(texts::COL_DOMAIN.get(lang).chars().count(), 48);
        Output {
            domains,
            format,
            lang,
            one,
            baseline,
            results: domains.iter().map(|_| None).collect(),
            drifts: domains.iter().map(|_| None).collect(),
            next: 0,
            finished: 0,
            progress: domains.len() > 1 && std::io::stderr().is_terminal(),
            width,
            failed: None,
            json: Vec::new(),
            requirements: vec![None; domains.len()],
        }
    }

    /// Takes the result of the domain at `i`.
    pub(crate) fn done(&mut self, i: usize, report: DomainCheck, timed_out: bool) {
        if let Some(b) = self.baseline
            && let Some(old) = b.get(&report.domain)
        {
            let new = Snapshot::of(&report, &today());
            self.drifts[i] = Some((old.checked.clone(), drift::compare(old, &new)));
        }
        self.results[i] = Some((report, timed_out));
        self.finished += 1;
        if self.progress {
            let line = texts::PROGRESS.fill(
                self.lang,
                &[
                    ("done", &self.finished.to_string()),
                    ("total", &self.domains.len().to_string()),
                ],
            );
            let _ = write!(std::io::stderr(), "\r{line}\x1b[K");
        }
        if self.one || self.failed.is_some() {
            return;
        }
        while self.next < self.results.len() && self.results[self.next].is_some() {
            let at = self.next;
            self.next += 1;
            if let Err(e) = self.emit(at) {
                self.failed = Some(e);
                return;
            }
        }
    }

    /// The changes of the domain at `i` as JSON: `null` without a
    /// baseline or when the baseline lacks the domain.
    fn drift_json(&self, i: usize) -> serde_json::Value {
        match &self.drifts[i] {
            None => serde_json::Value::Null,
            Some((since, changes)) => {
                let items: Vec<serde_json::Value> = changes
                    .iter()
                    .map(|c| {
                        let mut v = serde_json::to_value(c).unwrap_or_default();
                        v["message"] = c.text(self.lang).into();
                        v
                    })
                    .collect();
                serde_json::json!({
                    "since": since,
                    "worse": changes.iter().filter(|c| c.worse).count(),
                    "items": items,
                })
            }
        }
    }

    fn emit(&mut self, i: usize) -> Result<(), Failure> {
        let Some((report, _)) = &self.results[i] else {
            return Ok(());
        };
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        match self.format {
            CheckFormat::Json | CheckFormat::Jsonl => {
                let mut v = json_of(report, self.lang)?;
                if self.baseline.is_some() {
                    v["changes"] = self.drift_json(i);
                }
                if let Some(rows) = &self.requirements[i] {
                    v["requirements"] = crate::requirements::shown(rows, self.lang);
                }
                if self.format == CheckFormat::Jsonl {
                    serde_json::to_writer(&mut out, &v)?;
                    out.write_all(b"\n")?;
                } else {
                    self.json.push(v);
                }
            }
            CheckFormat::Csv => {
                if i == 0 {
                    let mut head = CSV_HEADER.join(",");
                    if self.baseline.is_some() {
                        head.push_str(",changes,worse");
                    }
                    write!(out, "{head}\r\n")?;
                }
                let mut cells: Vec<String> = Row::of(report)
                    .cells()
                    .iter()
                    .map(|c| csv_field(c))
                    .collect();
                if self.baseline.is_some() {
                    match &self.drifts[i] {
                        Some((_, c)) => {
                            cells.push(c.len().to_string());
                            cells.push(c.iter().filter(|c| c.worse).count().to_string());
                        }
                        None => cells.extend([String::new(), String::new()]),
                    }
                }
                write!(out, "{}\r\n", cells.join(","))?;
            }
            CheckFormat::Human => {
                if i == 0 {
                    self.header(&mut out)?;
                }
                self.row(&mut out, report)?;
            }
        }
        Ok(())
    }

    fn pad(s: &str, w: usize) -> String {
        let n = s.chars().count();
        if n + 1 > w {
            let cut: String = s.chars().take(w.saturating_sub(2)).collect();
            format!("{cut}… ")
        } else {
            format!("{s}{}", " ".repeat(w - n))
        }
    }

    fn header(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let t = |x: selo::Text| x.get(self.lang);
        let heads = [
            "SPF",
            "DMARC",
            "DKIM",
            "MX",
            "MTA-STS",
            "TLS-RPT",
            "BIMI",
            "DNSSEC",
            t(texts::COL_ERRORS),
            t(texts::COL_WARNINGS),
        ];
        let mut line = Self::pad(t(texts::COL_DOMAIN), self.width + 2);
        for (h, w) in heads.iter().zip(WIDTHS) {
            line.push_str(&Self::pad(h, w));
        }
        writeln!(out, "{}", line.trim_end())
    }

    fn row(&self, out: &mut dyn Write, report: &DomainCheck) -> std::io::Result<()> {
        let lang = self.lang;
        let status = |s: Option<Status>| -> String {
            match s {
                Some(Status::Ok) => texts::CELL_OK.get(lang),
                Some(Status::Missing) => texts::ST_MISSING.get(lang),
                Some(Status::Invalid) => texts::ST_BROKEN.get(lang),
                Some(Status::Error) | None => texts::CELL_FAILED.get(lang),
            }
            .to_string()
        };
        let r = Row::of(report);
        let c = &report.checks;
        let or_status = |s: Option<Status>, good: &str| {
            if s == Some(Status::Ok) && !good.is_empty() {
                good.to_string()
            } else {
                status(s)
            }
        };
        let spf_s = c.spf.as_ref().map(|s| s.base.status);
        let spf = if spf_s == Some(Status::Ok) && !r.spf_lookups.is_empty() {
            format!("{} ({})", status(spf_s), r.spf_lookups)
        } else {
            status(spf_s)
        };
        let cells = [
            spf,
            or_status(c.dmarc.as_ref().map(|s| s.base.status), &r.dmarc_policy),
            or_status(c.dkim.as_ref().map(|s| s.status), &r.dkim_selectors),
            status(c.mx.as_ref().map(|s| s.status)),
            or_status(c.mta_sts.as_ref().map(|s| s.base.status), &r.mta_sts_mode),
            status(c.tls_rpt.as_ref().map(|s| s.status)),
            status(c.bimi.as_ref().map(|s| s.status)),
            if report.dnssec {
                texts::CELL_YES
            } else {
                texts::CELL_NO
            }
            .get(lang)
            .to_string(),
            r.errors.to_string(),
            r.warnings.to_string(),
        ];
        let mut line = Self::pad(&report.domain, self.width + 2);
        if !r.exists() {
            // Said once across the records' columns, not "missing" in each.
            let across = WIDTHS[..8].iter().sum();
            line.push_str(&Self::pad(
                selo::check::many::NO_SUCH_DOMAIN.get(lang),
                across,
            ));
            for (cell, w) in cells[8..].iter().zip(&WIDTHS[8..]) {
                line.push_str(&Self::pad(cell, *w));
            }
            return writeln!(out, "{}", line.trim_end());
        }
        for (cell, w) in cells.iter().zip(WIDTHS) {
            line.push_str(&Self::pad(cell, w));
        }
        writeln!(out, "{}", line.trim_end())
    }

    /// Prints what changed, per domain, under a heading.
    fn changes(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let lang = self.lang;
        writeln!(out)?;
        writeln!(out, "{}", texts::CHANGES_SINCE_BASELINE.get(lang))?;
        let worse = texts::WORSE.get(lang);
        let mark = worse.chars().count();
        for (i, d) in self.drifts.iter().enumerate() {
            let Some((report, _)) = &self.results[i] else {
                continue;
            };
            match d {
                None => writeln!(
                    out,
                    "  {}",
                    texts::NOT_IN_BASELINE.fill(lang, &[("domain", &report.domain)])
                )?,
                Some((since, changes)) => {
                    writeln!(
                        out,
                        "  {}: {}",
                        report.domain,
                        drift::summary(changes, since, lang)
                    )?;
                    for c in changes {
                        let tag = if c.worse { worse } else { "" };
                        writeln!(out, "    {tag:<mark$}  {}", shown(&c.text(lang)))?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Ends the output (the table's total line, the JSON array, the
    /// changes) and gives every result back, in the list's order, with
    /// whether something got worse since the baseline.
    pub(crate) fn finish(mut self) -> Result<(Vec<(DomainCheck, bool)>, bool), Failure> {
        if self.progress {
            let _ = write!(std::io::stderr(), "\r\x1b[K");
        }
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        let worse = self
            .drifts
            .iter()
            .flatten()
            .any(|(_, c)| c.iter().any(|c| c.worse));
        let results: Vec<(DomainCheck, bool)> =
            self.results.iter_mut().flat_map(Option::take).collect();
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let lang = self.lang;
        if self.one {
            let (report, timed_out) = &results[0];
            if self.format == CheckFormat::Json {
                let mut v = json_of(report, lang)?;
                if self.baseline.is_some() {
                    v["changes"] = self.drift_json(0);
                }
                if let Some(rows) = &self.requirements[0] {
                    v["requirements"] = crate::requirements::shown(rows, lang);
                }
                serde_json::to_writer_pretty(&mut out, &v)?;
                out.write_all(b"\n")?;
            } else {
                drop(out);
                human(report, lang)?;
                if let Some(rows) = &self.requirements[0] {
                    println!();
                    crate::requirements::human(rows, lang)?;
                }
                out = stdout.lock();
                if self.baseline.is_some() && !timed_out {
                    self.results[0] = Some(results[0].clone());
                    self.changes(&mut out)?;
                }
            }
            return Ok((results, worse));
        }
        match self.format {
            CheckFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &self.json)?;
                out.write_all(b"\n")?;
            }
            CheckFormat::Human => {
                let mut counts = [0usize; 3];
                for (r, t) in &results {
                    counts[match crate::check::verdict(r, *t, lang) {
                        Verdict::Clean => 0,
                        Verdict::Errors => 1,
                        Verdict::Unchecked(_) => 2,
                    }] += 1;
                }
                writeln!(out)?;
                writeln!(
                    out,
                    "{}",
                    texts::TABLE_TOTAL.fill(
                        lang,
                        &[
                            ("n", &texts::DOMAINS.count(results.len(), lang)),
                            ("clean", &counts[0].to_string()),
                            ("errors", &counts[1].to_string()),
                            ("unchecked", &counts[2].to_string()),
                        ],
                    )
                )?;
                if self.baseline.is_some() {
                    for (i, r) in results.iter().enumerate() {
                        self.results[i] = Some(r.clone());
                    }
                    self.changes(&mut out)?;
                }
            }
            CheckFormat::Jsonl | CheckFormat::Csv => {}
        }
        out.flush()?;
        Ok((results, worse))
    }
}

/// A text from DNS as shown on a terminal: control characters escaped.
fn shown(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

/// The exit status of many domains: 2 when one could not be checked (each
/// said on standard error), else with a baseline 1 when something got
/// worse, else 1 when a domain has errors, else 0.
pub(crate) fn worst(
    results: &[(DomainCheck, bool)],
    verdicts: Vec<Verdict>,
    worse: Option<bool>,
    lang: Lang,
) -> Verdict {
    let mut unchecked: Vec<String> = Vec::new();
    let mut errors = false;
    for ((r, _), v) in results.iter().zip(verdicts) {
        match v {
            Verdict::Unchecked(why) if results.len() == 1 => return Verdict::Unchecked(why),
            Verdict::Unchecked(why) => unchecked.push(
                texts::DOMAIN_NOT_CHECKED.fill(lang, &[("domain", &r.domain), ("why", &why)]),
            ),
            Verdict::Errors => errors = true,
            Verdict::Clean => {}
        }
    }
    if let Some(last) = unchecked.pop() {
        let error = texts::ERROR.get(lang);
        for u in &unchecked {
            let _ = writeln!(std::io::stderr(), "selo: {error}: {u}");
        }
        return Verdict::Unchecked(last);
    }
    match worse {
        Some(true) => Verdict::Errors,
        Some(false) => Verdict::Clean,
        None if errors => Verdict::Errors,
        None => Verdict::Clean,
    }
}
