//! `selo report FILE...`: read DMARC aggregate, DMARC failure and SMTP TLS
//! reports and print what they say.

use crate::Failure;
use crate::texts;
use clap::ValueEnum;
use selo::Lang;
use selo::report::{self, FileResult, Options, Report, Summary};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub(crate) struct ReportArgs {
    /// Output: `human`, `json` (one object with every file) or `csv` (one
    /// line per aggregate-report row, parsedmarc's columns).
    #[arg(long, short = 'f', default_value = "human")]
    format: ReportFormat,
    /// Keep the body of the messages that failure reports carry.
    #[arg(long)]
    include_body: bool,
    /// The report files: XML, gzip, zip, JSON or e-mail messages (.eml),
    /// found by content.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    Human,
    Json,
    Csv,
}

/// Reads every file; `Ok(false)` when any was refused. A file that could
/// not be read (missing, a directory, a read failing part way) is reported
/// with the others, then fails the run: exit status 2.
pub(crate) fn run(args: &ReportArgs, lang: Lang) -> Result<bool, Failure> {
    let mut unreadable = Vec::new();
    let ok = print(args, lang, |f| {
        if is_unreadable(f) {
            unreadable.push(f.file.clone());
        }
    })?;
    if unreadable.is_empty() {
        return Ok(ok);
    }
    let files = unreadable.join(", ");
    Err(Failure::Message(
        crate::texts::COULD_NOT_READ_FILES.fill(lang, &[("files", &files)]),
    ))
}

/// True when the file could not be read, as opposed to read and refused.
fn is_unreadable(f: &FileResult) -> bool {
    f.status != "ok"
        && f.error_detail
            .as_ref()
            .is_none_or(|d| d.code == "report::read-error")
}

/// Reads and prints every file, calling `seen` with each; `Ok(false)` when
/// any was refused.
fn print(
    args: &ReportArgs,
    lang: Lang,
    mut seen: impl FnMut(&FileResult),
) -> Result<bool, Failure> {
    let opts = Options {
        lang,
        include_body: args.include_body,
        ..Options::default()
    };
    // Each file is read, printed and dropped before the next: memory
    // follows the largest file, not the batch.
    let mut out = std::io::BufWriter::with_capacity(64 << 10, std::io::stdout().lock());
    let mut ok = true;
    match args.format {
        ReportFormat::Json => {
            let mut doc = report::export::JsonStream::new(&mut out)?;
            for p in &args.files {
                let f = read_file(p, &opts);
                seen(&f);
                ok &= f.status == "ok";
                doc.file(&f)?;
            }
            doc.finish()?.write_all(b"\n")?;
        }
        ReportFormat::Csv => {
            report::export::write_csv_header(&mut out)?;
            let mut line = String::new();
            for p in &args.files {
                let f = read_file(p, &opts);
                seen(&f);
                ok &= f.status == "ok";
                report::export::write_csv_file(&mut out, &mut line, &f)?;
            }
        }
        ReportFormat::Human => {
            let mut total = Summary::default();
            let mut text = String::new();
            for p in &args.files {
                let f = read_file(p, &opts);
                seen(&f);
                ok &= f.status == "ok";
                total.add(&f);
                text.clear();
                human_file(&mut text, &f, lang);
                out.write_all(text.as_bytes())?;
            }
            text.clear();
            human_total(&mut text, &total, lang);
            out.write_all(text.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(ok)
}

/// Reads one file as it streams from the disk.
fn read_file(p: &std::path::Path, opts: &Options) -> FileResult {
    let name = p.display().to_string();
    let file = std::fs::File::open(p).and_then(|f| {
        let meta = f.metadata()?;
        if meta.is_dir() {
            // The same error a plain read gives (EISDIR).
            std::fs::read(p)?;
        }
        Ok((f, meta.len()))
    });
    match file {
        Ok((f, len)) => report::read_from(&name, f, len, opts),
        Err(e) => FileResult {
            file: name,
            status: "error",
            error: Some(
                crate::texts::FILE_UNREADABLE
                    .fill(opts.lang, &[("why", &crate::texts::io_why(&e, opts.lang))]),
            ),
            error_detail: None,
            reports: Vec::new(),
        },
    }
}

fn pct(n: u64, of: u64) -> String {
    if of == 0 {
        "-".into()
    } else {
        format!("{:.1}%", n as f64 * 100.0 / of as f64)
    }
}

fn human_file(o: &mut String, f: &FileResult, lang: Lang) {
    use std::fmt::Write;
    let pt = lang == Lang::Pt;
    let w = |t: selo::Text| t.get(if pt { Lang::Pt } else { Lang::En });
    {
        let _ = writeln!(o, "== {}", f.file);
        if let Some(e) = &f.error {
            let _ = writeln!(o, "  {}: {e}", w(texts::REFUSED));
            if let Some(d) = &f.error_detail {
                let _ = writeln!(o, "  {} [{}]", d.help, d.code);
            }
            return;
        }
        for r in &f.reports {
            match r {
                Report::DmarcAggregate(a) => {
                    let _ = writeln!(
                        o,
                        "  DMARC {} {} (id {}), {} {} → {}",
                        w(texts::AGGREGATE_REPORT_FROM),
                        a.org_name,
                        a.report_id,
                        a.domain,
                        a.begin,
                        a.end
                    );
                    let p = &a.policy;
                    let _ = writeln!(
                        o,
                        "  {}: p={} sp={} adkim={} aspf={}",
                        w(texts::POLICY_SEEN),
                        p.p.as_deref().unwrap_or("-"),
                        p.sp.as_deref().unwrap_or("-"),
                        p.adkim.as_deref().unwrap_or("-"),
                        p.aspf.as_deref().unwrap_or("-")
                    );
                    let _ = writeln!(
                        o,
                        "  {} {}, {} {}; DMARC pass {}, SPF {} {}, DKIM {} {}",
                        a.messages,
                        w(texts::MESSAGES),
                        a.rows,
                        w(texts::ROWS),
                        pct(a.dmarc_pass, a.messages),
                        w(texts::ALIGNED),
                        pct(a.spf_aligned, a.messages),
                        w(texts::ALIGNED),
                        pct(a.dkim_aligned, a.messages)
                    );
                    for s in a.sources.iter().filter(|s| s.fix.is_some()) {
                        let _ = writeln!(
                            o,
                            "  ! {} {}: {} {} {} (header_from {}; envelope_from {}; DKIM {})",
                            w(texts::SOURCE),
                            s.ip,
                            s.messages - s.dmarc_pass,
                            w(texts::OF),
                            s.messages,
                            s.header_from.join(","),
                            s.envelope_from.join(","),
                            s.dkim_domains.join(",")
                        );
                        if let Some(fix) = &s.fix {
                            for line in &fix.advice {
                                let _ = writeln!(o, "      - {line}");
                            }
                        }
                    }
                    for n in &a.notes {
                        let _ = writeln!(o, "  {}: {} [{}]", w(texts::NOTE), n.message, n.code);
                    }
                }
                Report::TlsRpt(t) => {
                    let _ = writeln!(
                        o,
                        "  TLS-RPT {} {} (id {}), {} → {}: {} {}, {} {}",
                        w(texts::FROM),
                        t.org_name,
                        t.report_id,
                        t.begin,
                        t.end,
                        t.successful_sessions,
                        w(texts::SUCCESSFUL_SESSIONS),
                        t.failed_sessions,
                        w(texts::FAILED)
                    );
                    for p in &t.policies {
                        let _ = writeln!(
                            o,
                            "  {} {} {} {}: {} ok, {} {}",
                            w(texts::POLICY),
                            p.policy_type,
                            p.policy_domain.as_deref().unwrap_or("-"),
                            p.mode.as_deref().unwrap_or(""),
                            p.successful_sessions,
                            p.failed_sessions,
                            w(texts::FAILED)
                        );
                        for fl in &p.failures {
                            let _ = writeln!(
                                o,
                                "    - {} ×{} (MX {}, {} {}): {}",
                                fl.result_type,
                                fl.failed_sessions,
                                fl.receiving_mx_hostname.as_deref().unwrap_or("-"),
                                w(texts::FROM),
                                fl.sending_mta_ip.as_deref().unwrap_or("-"),
                                fl.explanation
                            );
                        }
                        if let Some(a) = &p.advice {
                            let _ = writeln!(o, "    → {a}");
                        }
                    }
                    for n in &t.notes {
                        let _ = writeln!(o, "  {}: {} [{}]", w(texts::NOTE), n.message, n.code);
                    }
                }
                Report::DmarcFailure(x) => {
                    let _ = writeln!(
                        o,
                        "  {} {}: {} {}, {} {}, {} {}",
                        w(texts::DMARC_FAILURE_REPORT_FROM),
                        x.org_name,
                        w(texts::FAILING),
                        x.auth_failure.as_deref().unwrap_or("-"),
                        w(texts::SOURCE),
                        x.source_ip.as_deref().unwrap_or("-"),
                        w(texts::DOMAIN),
                        x.reported_domain.as_deref().unwrap_or("-")
                    );
                    for (k, v) in &x.reported_headers {
                        let _ = writeln!(o, "    {k}: {v}");
                    }
                    for n in &x.notes {
                        let _ = writeln!(o, "  {}: {} [{}]", w(texts::NOTE), n.message, n.code);
                    }
                }
            }
        }
    }
}

fn human_total(o: &mut String, s: &Summary, lang: Lang) {
    use std::fmt::Write;
    let pt = lang == Lang::Pt;
    let w = |t: selo::Text| t.get(if pt { Lang::Pt } else { Lang::En });
    let _ = writeln!(
        o,
        "{}: {} {}, {} {}; {} {}, DMARC pass {}; TLS {} ok / {} {}",
        w(texts::TOTAL),
        s.files,
        w(texts::FILES),
        s.errors,
        w(texts::REFUSED_MANY),
        s.messages,
        w(texts::MESSAGES),
        pct(s.dmarc_pass, s.messages),
        s.successful_sessions,
        s.failed_sessions,
        w(texts::FAILED)
    );
}
