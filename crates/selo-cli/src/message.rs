//! `selo message FILE`: why a received message passed or failed DMARC,
//! from its header, with the keys and policies looked up over
//! DNS-over-HTTPS; only DNS questions leave the machine.
//!
//! Exit status: 0 DMARC passes, 1 it fails or no policy applies, 2 DMARC is
//! undecided (a lookup failed: temperror), or the file is not a message (or
//! cannot be read, or is over 50 MiB, or bad arguments).

use crate::check::localize;
use crate::http::Http;
use crate::render;
use crate::{Failure, Format};
use codespan_reporting::term::termcolor::{self, Color, ColorSpec, WriteColor};
use selo::dns::{DohResolver, ResolverUrl};
use selo::message::{AlignmentState, DmarcResult, MessageAnalysis, MessageOptions};
use selo::{Lang, Localized};
use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

/// The time one DNS-over-HTTPS request may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// The time the whole analysis may take.
const TIMEOUT: Duration = Duration::from_secs(20);
/// The largest message read: a larger one is refused, not cut.
const MAX_BYTES: u64 = 50 * 1024 * 1024;

#[derive(clap::Args, Debug)]
pub(crate) struct MessageArgs {
    /// The message (.eml, or its header only); `-` for standard input.
    file: PathBuf,
    /// The DNS-over-HTTPS resolver: cloudflare (the default), google, quad9,
    /// or an RFC 8484 URL (https://, or http:// on this machine only).
    #[arg(long, short = 'r', value_name = "URL")]
    resolver: Option<String>,
    /// The connecting IP, instead of the one in the topmost Received line.
    #[arg(long, value_name = "IP")]
    ip: Option<IpAddr>,
    /// The envelope sender (MAIL FROM), instead of Return-Path; "" for the
    /// null sender.
    #[arg(long, value_name = "ADDR")]
    mail_from: Option<String>,
    /// Output: `human` or `json` (one object).
    #[arg(long, short = 'f', default_value = "human")]
    format: Format,
    /// Check Gmail's, Yahoo's and Outlook.com's sender requirements for this
    /// message instead: a table (or `requirements` in JSON), one column per
    /// provider; exit status 1 when one is not met. The sending IP's
    /// reverse name is looked up; an unsubscribe URL is never contacted.
    #[arg(long)]
    requirements: bool,
}

/// Reads the message, refusing one over [`MAX_BYTES`] (never cut).
fn read(file: &PathBuf) -> Result<Vec<u8>, Failure> {
    if file.as_os_str() == "-" {
        crate::read_at_most(std::io::stdin().lock(), MAX_BYTES, None)
    } else {
        let f = std::fs::File::open(file).map_err(|e| crate::cannot_read(file, &e))?;
        crate::read_at_most(f, MAX_BYTES, Some(file))
    }
}

/// Runs the analysis; `Ok(true)` when DMARC passes, `Ok(false)` when it
/// fails or no policy applies. When a lookup failure leaves DMARC
/// undecided (temperror), the analysis is printed, then the run fails:
/// exit status 2.
pub(crate) fn run(args: &MessageArgs, lang: Lang) -> Result<bool, Failure> {
    let url = match &args.resolver {
        None => ResolverUrl::CLOUDFLARE,
        Some(s) => ResolverUrl::parse(s.trim()).map_err(|e| crate::bad_resolver(s, &e, lang))?,
    };
    let raw = read(&args.file)?;
    // A provider's rejection text is explained, with the requirements it
    // means; what is neither a message nor that is refused before any
    // lookup.
    let bounces = selo::requirements::bounce::recognize(&String::from_utf8_lossy(&raw));
    if let Err(e) = selo::message::read(&raw) {
        if bounces.is_empty() {
            return Err(Failure::Message(e.message_in(lang)));
        }
        if args.format == Format::Json {
            crate::requirements::bounces_json(&bounces, lang)?;
        } else {
            crate::requirements::bounces(&bounces, lang)?;
        }
        return Ok(false);
    }
    let http = Http::new(REQUEST_TIMEOUT, None)?;
    let opts = MessageOptions {
        ip: args.ip,
        mail_from: args.mail_from.clone(),
        helo: None,
        now: SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .ok()
            .map(|d| d.as_secs()),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Message(format!("cannot start the async runtime: {e}")))?;
    let (analysis, findings) = runtime
        .block_on(async {
            let dns = DohResolver::new(url.clone(), http.clone());
            tokio::time::timeout(TIMEOUT, async {
                let a = selo::message::analyze(&raw, &dns, &opts).await?;
                let found = if args.requirements {
                    selo::requirements::message::check(&raw, &a, &dns).await
                } else {
                    Vec::new()
                };
                Ok((a, found))
            })
            .await
        })
        .map_err(|_| Failure::Message("the analysis took longer than 20 s".into()))?
        .map_err(|e: selo::message::MessageError| Failure::Message(e.message_in(lang)))?;
    if args.requirements {
        let rows = selo::requirements::expand(&findings);
        if !bounces.is_empty() && args.format == Format::Human {
            crate::requirements::bounces(&bounces, lang)?;
            println!();
        }
        match args.format {
            Format::Json => crate::requirements::json(&rows, lang)?,
            Format::Human => crate::requirements::human(&rows, lang)?,
        }
        return Ok(!rows
            .iter()
            .any(|r| r.status == selo::requirements::Status::Fail));
    }
    match args.format {
        Format::Json => {
            let mut value = serde_json::to_value(&analysis)?;
            if lang != Lang::En {
                localize(&mut value, lang);
            }
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            serde_json::to_writer_pretty(&mut out, &value)?;
            out.write_all(b"\n")?;
        }
        Format::Human => human(&analysis, &args.file.display().to_string(), lang)?,
    }
    if analysis.dmarc.result == DmarcResult::TempError {
        return Err(crate::said(crate::Refusal::DmarcUndecided));
    }
    Ok(analysis.passes())
}

fn t<'a>(lang: Lang, en: &'a str, pt: &'a str) -> &'a str {
    if lang == Lang::Pt { pt } else { en }
}

fn color(result: &str) -> Option<Color> {
    match result {
        "pass" => Some(Color::Green),
        "fail" | "permerror" | "temperror" => Some(Color::Red),
        "softfail" | "neutral" | "none" => Some(Color::Yellow),
        _ => None,
    }
}

fn result(out: &mut dyn WriteColor, word: &str) -> std::io::Result<()> {
    out.set_color(ColorSpec::new().set_fg(color(word)).set_bold(true))?;
    write!(out, "{word:<9}")?;
    out.reset()
}

fn heading(out: &mut dyn WriteColor, text: &str) -> std::io::Result<()> {
    out.set_color(ColorSpec::new().set_bold(true))?;
    writeln!(out, "{text}")?;
    out.reset()
}

fn human(a: &MessageAnalysis, name: &str, lang: Lang) -> Result<(), Failure> {
    let writer = termcolor::StandardStream::stdout(render::color_choice());
    let mut out = writer.lock();
    let none = t(lang, "(none)", "(nenhum)");
    let aligned = |state: AlignmentState| match state {
        AlignmentState::Aligned => t(lang, "aligned", "alinhado"),
        AlignmentState::AlignedButFailed => t(
            lang,
            "aligned, but it does not pass",
            "alinhado, mas não passa",
        ),
        AlignmentState::NotAligned => t(lang, "not aligned", "não alinhado"),
        AlignmentState::NotChecked => t(lang, "not compared", "não comparado"),
    };
    writeln!(
        out,
        "From:      {} ({})",
        a.from.as_deref().unwrap_or(none),
        a.from_domain.as_deref().unwrap_or(none)
    )?;
    writeln!(
        out,
        "IP:        {}",
        a.ip.map(|i| i.to_string()).as_deref().unwrap_or(none)
    )?;
    writeln!(
        out,
        "MAIL FROM: {}",
        match a.mail_from.as_deref() {
            Some("") => "<>",
            Some(m) => m,
            None => none,
        }
    )?;
    writeln!(out)?;

    heading(&mut out, "DKIM")?;
    if a.dkim.is_empty() {
        writeln!(out, "  {}", t(lang, "no signature", "nenhuma assinatura"))?;
    }
    for d in &a.dkim {
        write!(out, "  ")?;
        result(&mut out, d.result.as_str())?;
        write!(
            out,
            " d={} s={} {} {}",
            d.domain, d.selector, d.algorithm, d.canonicalization
        )?;
        if let Some(r) = &d.reason {
            write!(out, " ({r})")?;
        }
        writeln!(out, ", {}", aligned(a.dkim_alignment(d)))?;
    }
    heading(&mut out, "SPF")?;
    write!(out, "  ")?;
    result(&mut out, a.spf.result.as_str())?;
    write!(
        out,
        " {} ({})",
        a.spf.domain.as_deref().unwrap_or(none),
        a.spf.identity
    )?;
    if let Some(m) = &a.spf.matched {
        write!(out, ", {} {m}", t(lang, "matched", "termo"))?;
    }
    writeln!(
        out,
        ", {} {}/10, {}",
        t(lang, "lookups", "consultas"),
        a.spf.lookups,
        aligned(a.spf_alignment())
    )?;
    heading(&mut out, "DMARC")?;
    write!(out, "  ")?;
    let word = match a.dmarc.result {
        DmarcResult::Pass => "pass",
        DmarcResult::Fail => "fail",
        DmarcResult::None => "none",
        DmarcResult::TempError => "temperror",
        DmarcResult::PermError => "permerror",
    };
    result(&mut out, word)?;
    match (&a.dmarc.policy, &a.dmarc.applies_from) {
        (Some(p), Some(from)) => writeln!(
            out,
            " p={p} ({}={p} {} _dmarc.{from}{}), {}: {}",
            a.dmarc.policy_tag.as_deref().unwrap_or("p"),
            t(lang, "at", "em"),
            if a.dmarc.testing { ", t=y" } else { "" },
            t(lang, "disposition", "tratamento"),
            a.dmarc.disposition
        )?,
        _ => writeln!(
            out,
            " {}",
            t(lang, "no policy applies", "nenhuma política se aplica")
        )?,
    }
    if !a.received.is_empty() {
        heading(
            &mut out,
            t(
                lang,
                "Received (last hop first)",
                "Received (último salto primeiro)",
            ),
        )?;
        for (i, h) in a.received.iter().enumerate() {
            let delay = h
                .delay_seconds
                .map(|s| format!(" {s:+} s"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}. {} [{}] -> {}{delay}  {}",
                i + 1,
                h.from.as_deref().unwrap_or("?"),
                h.from_ip.map(|i| i.to_string()).unwrap_or_default(),
                h.by.as_deref().unwrap_or("?"),
                h.date.as_deref().unwrap_or("")
            )?;
        }
    }
    if !a.authentication_results.is_empty() {
        heading(&mut out, "Authentication-Results")?;
        for f in &a.authentication_results {
            let rs: Vec<String> = f
                .results
                .iter()
                .map(|r| format!("{}={}", r.method, r.result))
                .collect();
            writeln!(out, "  {}: {}", f.authserv_id, rs.join(" "))?;
        }
    }
    if !a.arc.is_empty() {
        heading(&mut out, "ARC")?;
        for s in &a.arc {
            writeln!(
                out,
                "  i={} cv={} d={}",
                s.instance,
                s.cv.as_deref().unwrap_or("?"),
                s.seal_domain.as_deref().unwrap_or("?")
            )?;
        }
        if let Some(r) = &a.arc_result {
            write!(out, "  ")?;
            result(&mut out, r)?;
            writeln!(out)?;
        }
    }
    writeln!(out)?;
    for d in &a.diagnostics {
        render::emit(&mut out, d, name, None, lang)?;
    }
    if !a.fixes.is_empty() {
        heading(&mut out, t(lang, "Fixes", "Correções"))?;
        for f in &a.fixes {
            write!(
                out,
                "  {}: {} {} ?page={}",
                f.domain,
                t(lang, "generator", "gerador"),
                f.generator,
                f.generator
            )?;
            if let Some(i) = &f.include {
                write!(out, " (include:{i})")?;
            }
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(())
}
