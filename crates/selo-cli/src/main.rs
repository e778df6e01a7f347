//! `selo`: validate and generate the DNS records and policy files that
//! protect a domain's email, from a terminal or a CI job.
//!
//! A thin front over the `selo` engine: argument parsing, reading files and
//! printing. Exit status: 0 valid, 1 invalid, 2 usage or I/O error
//! (`selo check`: 0 no errors, 1 errors found, 2 could not check).

#![forbid(unsafe_code)]

mod check;
mod generate;
mod http;
mod many;
mod message;
mod render;
mod report;
mod requirements;
mod texts;

use clap::{Parser, Subcommand, ValueEnum};
use selo::{Lang, RecordType};
use std::io::{BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Validate and generate DMARC, SPF, DKIM, BIMI, MTA-STS and TLS-RPT records.
#[derive(Parser, Debug)]
#[command(name = "selo", version, about, long_about = None)]
struct Cli {
    /// Language of the findings: en or pt (European Portuguese). Defaults to
    /// the LANG environment variable, then English.
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check a record, a zone-file line or an MTA-STS policy file.
    ///
    /// Reads FILE, or standard input when FILE is `-` or absent (at most 64
    /// MiB: more is refused). Exit status: 0 valid, 1 invalid, 2 usage or
    /// I/O error.
    Validate(ValidateArgs),
    /// Write a record (or the MTA-STS policy file) from options.
    #[command(subcommand)]
    Generate(generate::GenerateCommand),
    /// Look up what a domain publishes (MX, SPF, DMARC, DKIM, MTA-STS,
    /// TLS-RPT, BIMI, DNSSEC) over DNS-over-HTTPS and check it; several
    /// domains at once give a table, JSON lines or CSV.
    ///
    /// Exit status, the worst of the domains: 0 no errors, 1 errors found
    /// (a domain that does not exist is one), 2 could not check at all.
    /// With --baseline: 1 when something got worse, else 0.
    Check(check::CheckArgs),
    /// Read DMARC aggregate, DMARC failure and SMTP TLS reports (XML, gzip,
    /// zip, JSON, e-mail). Exit status: 0 all read, 1 any refused (or, with
    /// --gate, legitimate mail would fail), 2 a file could not be read
    /// (missing, a directory) or a usage error.
    Report(report::ReportArgs),
    /// Analyze a received message (.eml or its header): DKIM, SPF, DMARC,
    /// the Received chain, Authentication-Results, ARC, and what to fix.
    ///
    /// Exit status: 0 DMARC passes, 1 it fails or no policy applies, 2 a
    /// lookup failure leaves DMARC undecided (temperror), or the file is not
    /// a message (or is over 50 MiB: refused, never cut).
    Message(message::MessageArgs),
}

#[derive(clap::Args, Debug)]
struct ValidateArgs {
    /// The type of the input; `auto` detects it from the version tag.
    #[arg(long = "type", short = 't', default_value = "auto")]
    kind: TypeArg,
    /// Output: `human` (findings with the text underlined) or `json`.
    #[arg(long, short = 'f', default_value = "human")]
    format: Format,
    /// Validate one record per line and print one JSON object per line.
    #[arg(long)]
    each_line: bool,
    /// The file to read; `-` or nothing for standard input.
    file: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
}

/// `--type`: `auto` (detect it from the version tag) or one of the engine's
/// record types, by the engine's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TypeArg(Option<RecordType>);

/// The choices of `--type`, in the order the help lists them.
static TYPE_ARGS: [TypeArg; 9] = [
    TypeArg(None),
    TypeArg(Some(RecordType::Dmarc)),
    TypeArg(Some(RecordType::DmarcReportAuth)),
    TypeArg(Some(RecordType::Spf)),
    TypeArg(Some(RecordType::Dkim)),
    TypeArg(Some(RecordType::Bimi)),
    TypeArg(Some(RecordType::MtaSts)),
    TypeArg(Some(RecordType::MtaStsPolicy)),
    TypeArg(Some(RecordType::TlsRpt)),
];

impl ValueEnum for TypeArg {
    fn value_variants<'a>() -> &'a [Self] {
        &TYPE_ARGS
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(
            self.0.map_or("auto", RecordType::as_str),
        ))
    }
}

impl TypeArg {
    fn kind(self) -> Option<RecordType> {
        self.0
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_tag(s).ok_or_else(|| format!("unknown language {s:?}: use en or pt"))
}

/// The language of messages, known before the arguments are checked so
/// that a refused value is explained in it too.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The language chosen by `--lang` (read ahead of clap), else the
/// environment's.
pub(crate) fn lang() -> Lang {
    *LANG.get_or_init(|| {
        let mut args = std::env::args().skip(1);
        while let Some(a) = args.next() {
            let value = match a.strip_prefix("--lang=") {
                Some(v) => Some(v.to_string()),
                None if a == "--lang" => args.next(),
                None => None,
            };
            if let Some(l) = value.as_deref().and_then(Lang::from_tag) {
                return l;
            }
        }
        env_lang()
    })
}

/// An engine error in the chosen language.
pub(crate) fn said(e: impl selo::Localized) -> Failure {
    Failure::Message(e.message_in(lang()))
}

fn env_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_tag(&v))
        .unwrap_or(Lang::En)
}

/// A failure that is not a finding: bad input file, unwritable output.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Something to tell the user, on standard error, with exit status 2.
    Message(String),
    /// The reader of standard output went away (`selo ... | head`): stop
    /// quietly, as Unix tools do.
    ReaderGone,
}

impl<E: std::fmt::Display + 'static> From<E> for Failure {
    fn from(e: E) -> Self {
        if io_error_kind(&e) == Some(std::io::ErrorKind::BrokenPipe) {
            Failure::ReaderGone
        } else {
            Failure::Message(e.to_string())
        }
    }
}

/// The kind of the I/O error behind `e`, when there is one: a plain
/// `io::Error`, or one wrapped by the JSON writer or the report printer.
fn io_error_kind(e: &dyn std::any::Any) -> Option<std::io::ErrorKind> {
    if let Some(e) = e.downcast_ref::<std::io::Error>() {
        return Some(e.kind());
    }
    if let Some(e) = e.downcast_ref::<serde_json::Error>() {
        return e.io_error_kind();
    }
    if let Some(codespan_reporting::files::Error::Io(e)) = e.downcast_ref() {
        return Some(e.kind());
    }
    None
}

/// Why a command could not do its job, in English and Portuguese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The input (a file, or standard input when `None`) holds more than
    /// `limit` bytes: it is refused, never cut.
    TooLarge {
        /// The file.
        file: Option<PathBuf>,
        /// The most bytes read.
        limit: u64,
    },
    /// A DNS lookup failed, so DMARC could not be decided (temperror).
    DmarcUndecided,
}

impl selo::Localized for Refusal {
    fn message_in(&self, lang: Lang) -> String {
        match self {
            Refusal::TooLarge { file, limit } => {
                let name = match file {
                    Some(f) => f.display().to_string(),
                    None => texts::STDIN.get(lang).into(),
                };
                let mib = (limit >> 20).to_string();
                texts::TOO_LARGE.fill(lang, &[("name", &name), ("mib", &mib)])
            }
            Refusal::DmarcUndecided => texts::DMARC_UNDECIDED.get(lang).into(),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&selo::Localized::message_in(self, Lang::En))
    }
}

/// `file` could not be read, in the chosen language.
pub(crate) fn cannot_read(file: &std::path::Path, e: &std::io::Error) -> Failure {
    let lang = lang();
    Failure::Message(texts::CANNOT_READ.fill(
        lang,
        &[
            ("file", &file.display().to_string()),
            ("why", &texts::io_why(e, lang)),
        ],
    ))
}

/// A resolver given with `--resolver` that is refused, in `lang`.
pub(crate) fn bad_resolver(value: &str, e: &selo::dns::ResolverUrlError, lang: Lang) -> Failure {
    use selo::Localized;
    Failure::Message(texts::BAD_RESOLVER.fill(
        lang,
        &[
            ("value", &format!("{value:?}")),
            ("why", &e.message_in(lang)),
        ],
    ))
}

/// The most bytes `selo validate` reads from standard input (a file is
/// read whole: its size is known before).
const MAX_STDIN: u64 = 64 << 20;

/// Reads all of `r`, or refuses it when it holds more than `limit` bytes
/// (`file` names it in the refusal; `None` is standard input).
pub(crate) fn read_at_most(
    r: impl Read,
    limit: u64,
    file: Option<&std::path::Path>,
) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    r.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| {
            let why = texts::io_why(&e, lang());
            Failure::Message(match file {
                Some(p) => texts::CANNOT_READ
                    .fill(lang(), &[("file", &p.display().to_string()), ("why", &why)]),
                None => texts::CANNOT_READ_STDIN.fill(lang(), &[("why", &why)]),
            })
        })?;
    if bytes.len() as u64 > limit {
        return Err(said(Refusal::TooLarge {
            file: file.map(PathBuf::from),
            limit,
        }));
    }
    Ok(bytes)
}

/// Reads a file (or standard input) as text, refusing binary data.
pub(crate) fn read_text(file: Option<&PathBuf>) -> Result<(String, String), Failure> {
    let (name, bytes) = match file {
        Some(p) if p.as_os_str() != "-" => {
            let bytes = std::fs::read(p).map_err(|e| cannot_read(p, &e))?;
            (p.display().to_string(), bytes)
        }
        _ => {
            let bytes = read_at_most(std::io::stdin().lock(), MAX_STDIN, None)?;
            ("<stdin>".to_string(), bytes)
        }
    };
    if bytes.contains(&0) {
        return Err(Failure::Message(
            texts::BINARY_FILE.fill(lang(), &[("file", &name)]),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to().to_string();
        Failure::Message(texts::NOT_UTF8.fill(lang(), &[("file", &name), ("at", &at)]))
    })?;
    Ok((name, text))
}

fn validate(args: &ValidateArgs, lang: Lang) -> Result<bool, Failure> {
    let (name, text) = read_text(args.file.as_ref())?;
    let kind = args.kind.kind();
    if args.each_line {
        if kind == Some(RecordType::MtaStsPolicy) {
            return Err(Failure::Message(texts::EACH_LINE_POLICY.get(lang).into()));
        }
        return each_line(&text, kind, lang);
    }
    let v = selo::validate(&text, kind);
    match args.format {
        Format::Json => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            serde_json::to_writer_pretty(&mut out, &render::Json::new(&v, lang, None))?;
            out.write_all(b"\n")?;
            out.flush()?;
        }
        Format::Human => render::human(&v, &name, &text, lang)?,
    }
    Ok(v.valid)
}

/// Lines validated in one batch: a batch is serialized into one buffer
/// and written with one system call.
const BATCH: usize = 256;

/// `selo validate --each-line --format json`: one JSON object a line, in
/// the order of the input, with the line number. Batches of lines are
/// validated and serialized on every core (straight from the borrowed
/// validation into a reused buffer, no JSON tree) while this thread writes
/// the finished buffers in order to the locked standard output.
fn each_line(text: &str, kind: Option<RecordType>, lang: Lang) -> Result<bool, Failure> {
    let lines: Vec<&str> = text.lines().collect();
    let batches = lines.len().div_ceil(BATCH);
    let batch = |b: usize, buf: &mut Vec<u8>| -> Result<bool, serde_json::Error> {
        buf.clear();
        let mut all_valid = true;
        let first = b * BATCH;
        for (n, line) in lines[first..lines.len().min(first + BATCH)]
            .iter()
            .enumerate()
        {
            if line.trim().is_empty() {
                continue;
            }
            let v = selo::validate(line, kind);
            all_valid &= v.valid;
            serde_json::to_writer(&mut *buf, &render::Json::new(&v, lang, Some(first + n + 1)))?;
            buf.push(b'\n');
        }
        Ok(all_valid)
    };
    let mut out = std::io::stdout().lock();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8)
        .min(batches);
    if workers <= 1 {
        let mut buf = Vec::new();
        let mut all_valid = true;
        for b in 0..batches {
            all_valid &= batch(b, &mut buf)?;
            out.write_all(&buf)?;
        }
        out.flush()?;
        return Ok(all_valid);
    }
    use std::sync::{Mutex, atomic::AtomicUsize, atomic::Ordering, mpsc};
    // A worker takes a free buffer before it takes the next batch, so at
    // most `buffers` batches are in flight and the batch this thread waits
    // for always belongs to a worker that holds a buffer.
    let buffers = 4 * workers;
    let (free_tx, free_rx) = mpsc::channel::<Vec<u8>>();
    for _ in 0..buffers {
        free_tx.send(Vec::new()).expect("the receiver is alive");
    }
    let free_rx = Mutex::new(free_rx);
    let next = AtomicUsize::new(0);
    let (done_tx, done_rx) = mpsc::sync_channel(buffers);
    std::thread::scope(|s| {
        // Owned here, so that a failed write (which returns early) closes
        // the channel and the waiting workers stop before the scope ends.
        let free_tx = free_tx;
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let (free_rx, next, batch) = (&free_rx, &next, &batch);
            s.spawn(move || {
                loop {
                    // A poisoned lock or a closed channel: this thread
                    // has stopped (it failed to write), so stop too.
                    let Some(mut buf) = free_rx.lock().ok().and_then(|rx| rx.recv().ok()) else {
                        return;
                    };
                    let b = next.fetch_add(1, Ordering::Relaxed);
                    if b >= batches {
                        return;
                    }
                    let result = batch(b, &mut buf).map(|valid| (buf, valid));
                    if done_tx.send((b, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        // Batches arrive in any order; they are written in input order.
        let mut waiting = std::collections::BTreeMap::new();
        let mut want = 0;
        let mut all_valid = true;
        for (b, result) in done_rx {
            waiting.insert(b, result);
            while let Some(result) = waiting.remove(&want) {
                let (buf, valid) = result?;
                out.write_all(&buf)?;
                all_valid &= valid;
                want += 1;
                // The workers may have stopped already once all batches are taken.
                let _ = free_tx.send(buf);
            }
        }
        out.flush()?;
        Ok(all_valid)
    })
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let lang = cli.lang.unwrap_or_else(lang);
    let result = match &cli.command {
        Command::Validate(args) => validate(args, lang),
        Command::Generate(g) => generate::run(g, lang).map(|()| true),
        Command::Check(args) => match check::run(args, lang) {
            Ok(check::Verdict::Clean) => Ok(true),
            Ok(check::Verdict::Errors) => Ok(false),
            Ok(check::Verdict::Unchecked(why)) => Err(Failure::Message(
                texts::COULD_NOT_CHECK.fill(lang, &[("why", &why)]),
            )),
            Err(e) => Err(e),
        },
        Command::Report(r) => report::run(r, lang),
        Command::Message(m) => message::run(m, lang),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Failure::ReaderGone) => ExitCode::SUCCESS,
        Err(Failure::Message(msg)) => {
            let error = texts::ERROR.get(lang);
            let _ = writeln!(std::io::stderr(), "selo: {error}: {msg}");
            ExitCode::from(2)
        }
    }
}
