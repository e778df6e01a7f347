//! `selo report FILE...`: read DMARC aggregate, DMARC failure and SMTP TLS
//! reports and print what they say.

use crate::Failure;
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

/// Reads every file; `Ok(false)` when any was refused.
pub(crate) fn run(args: &ReportArgs, lang: Lang) -> Result<bool, Failure> {
    let opts = Options {
        lang,
        include_body: args.include_body,
        ..Options::default()
    };
    let mut files = Vec::with_capacity(args.files.len());
    for p in &args.files {
        let name = p.display().to_string();
        let res = match std::fs::read(p) {
            Ok(bytes) => report::read(&name, &bytes, &opts),
            Err(e) => FileResult {
                file: name.clone(),
                status: "error",
                error: Some(match lang {
                    Lang::En => format!("cannot read the file: {e}"),
                    Lang::Pt => format!("não é possível ler o ficheiro: {e}"),
                }),
                error_detail: None,
                reports: Vec::new(),
            },
        };
        files.push(res);
    }
    let ok = files.iter().all(|f| f.status == "ok");
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        ReportFormat::Json => {
            report::export::write_json(&mut out, &files)?;
            out.write_all(b"\n")?;
        }
        ReportFormat::Csv => out.write_all(report::export::to_csv(&files).as_bytes())?,
        ReportFormat::Human => out.write_all(human(&files, lang).as_bytes())?,
    }
    out.flush()?;
    Ok(ok)
}

fn pct(n: u64, of: u64) -> String {
    if of == 0 {
        "-".into()
    } else {
        format!("{:.1}%", n as f64 * 100.0 / of as f64)
    }
}

fn human(files: &[FileResult], lang: Lang) -> String {
    use std::fmt::Write;
    let pt = lang == Lang::Pt;
    let w = |en: &'static str, p: &'static str| if pt { p } else { en };
    let mut o = String::new();
    for f in files {
        let _ = writeln!(o, "== {}", f.file);
        if let Some(e) = &f.error {
            let _ = writeln!(o, "  {}: {e}", w("refused", "recusado"));
            if let Some(d) = &f.error_detail {
                let _ = writeln!(o, "  {} [{}]", d.help, d.code);
            }
            continue;
        }
        for r in &f.reports {
            match r {
                Report::DmarcAggregate(a) => {
                    let _ = writeln!(
                        o,
                        "  DMARC {} {} (id {}), {} {} → {}",
                        w("aggregate report from", "relatório agregado de"),
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
                        w("policy seen", "política vista"),
                        p.p.as_deref().unwrap_or("-"),
                        p.sp.as_deref().unwrap_or("-"),
                        p.adkim.as_deref().unwrap_or("-"),
                        p.aspf.as_deref().unwrap_or("-")
                    );
                    let _ = writeln!(
                        o,
                        "  {} {}, {} {}; DMARC pass {}, SPF {} {}, DKIM {} {}",
                        a.messages,
                        w("messages", "mensagens"),
                        a.rows,
                        w("rows", "linhas"),
                        pct(a.dmarc_pass, a.messages),
                        w("aligned", "alinhado"),
                        pct(a.spf_aligned, a.messages),
                        w("aligned", "alinhado"),
                        pct(a.dkim_aligned, a.messages)
                    );
                    for s in a.sources.iter().filter(|s| s.fix.is_some()) {
                        let _ = writeln!(
                            o,
                            "  ! {} {}: {} {} {} (header_from {}; envelope_from {}; DKIM {})",
                            w("source", "fonte"),
                            s.ip,
                            s.messages - s.dmarc_pass,
                            w("of", "de"),
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
                        let _ = writeln!(o, "  {}: {} [{}]", w("note", "nota"), n.message, n.code);
                    }
                }
                Report::TlsRpt(t) => {
                    let _ = writeln!(
                        o,
                        "  TLS-RPT {} {} (id {}), {} → {}: {} {}, {} {}",
                        w("from", "de"),
                        t.org_name,
                        t.report_id,
                        t.begin,
                        t.end,
                        t.successful_sessions,
                        w("successful sessions", "sessões com êxito"),
                        t.failed_sessions,
                        w("failed", "falhadas")
                    );
                    for p in &t.policies {
                        let _ = writeln!(
                            o,
                            "  {} {} {} {}: {} ok, {} {}",
                            w("policy", "política"),
                            p.policy_type,
                            p.policy_domain.as_deref().unwrap_or("-"),
                            p.mode.as_deref().unwrap_or(""),
                            p.successful_sessions,
                            p.failed_sessions,
                            w("failed", "falhadas")
                        );
                        for fl in &p.failures {
                            let _ = writeln!(
                                o,
                                "    - {} ×{} (MX {}, {} {}): {}",
                                fl.result_type,
                                fl.failed_sessions,
                                fl.receiving_mx_hostname.as_deref().unwrap_or("-"),
                                w("from", "de"),
                                fl.sending_mta_ip.as_deref().unwrap_or("-"),
                                fl.explanation
                            );
                        }
                        if let Some(a) = &p.advice {
                            let _ = writeln!(o, "    → {a}");
                        }
                    }
                    for n in &t.notes {
                        let _ = writeln!(o, "  {}: {} [{}]", w("note", "nota"), n.message, n.code);
                    }
                }
                Report::DmarcFailure(x) => {
                    let _ = writeln!(
                        o,
                        "  {} {}: {} {}, {} {}, {} {}",
                        w("DMARC failure report from", "Relatório de falha DMARC de"),
                        x.org_name,
                        w("failing", "falha"),
                        x.auth_failure.as_deref().unwrap_or("-"),
                        w("source", "fonte"),
                        x.source_ip.as_deref().unwrap_or("-"),
                        w("domain", "domínio"),
                        x.reported_domain.as_deref().unwrap_or("-")
                    );
                    for (k, v) in &x.reported_headers {
                        let _ = writeln!(o, "    {k}: {v}");
                    }
                    for n in &x.notes {
                        let _ = writeln!(o, "  {}: {} [{}]", w("note", "nota"), n.message, n.code);
                    }
                }
            }
        }
    }
    let s = Summary::of(files);
    let _ = writeln!(
        o,
        "{}: {} {}, {} {}; {} {}, DMARC pass {}; TLS {} ok / {} {}",
        w("total", "total"),
        s.files,
        w("files", "ficheiros"),
        s.errors,
        w("refused", "recusados"),
        s.messages,
        w("messages", "mensagens"),
        pct(s.dmarc_pass, s.messages),
        s.successful_sessions,
        s.failed_sessions,
        w("failed", "falhadas")
    );
    o
}
