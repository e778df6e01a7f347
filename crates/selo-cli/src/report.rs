//! `selo report FILE...`: read DMARC aggregate, DMARC failure and SMTP TLS
//! reports and print what they say.

use crate::Failure;
use crate::http::Http;
use crate::texts;
use clap::ValueEnum;
use selo::Lang;
use selo::dns::{CachingResolver, DohResolver, ResolverUrl};
use selo::report::enrich::{self, Enrichment};
use selo::report::readiness::{self, Published, Readiness, Selectors, Target};
use selo::report::sources::{self, Batch, Duplicate, Group, SourceView};
use selo::report::{self, FileResult, Options, Report, Summary};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

/// Lookups in flight at once with `--resolve`.
const PARALLEL: usize = 128;
/// The time limit of one DNS-over-HTTPS request.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(clap::Args, Debug)]
pub(crate) struct ReportArgs {
    /// Output: `human`, `json` (one object with every file) or `csv` (one
    /// line per aggregate-report row, parsedmarc's columns).
    #[arg(long, short = 'f', default_value = "human")]
    format: ReportFormat,
    /// Keep the body of the messages that failure reports carry.
    #[arg(long)]
    include_body: bool,
    /// Look up each source address: its reverse name (forward-confirmed)
    /// and its network (AS number and name, from Team Cymru's IP-to-AS
    /// zones). The resolver, and the IP-to-AS service's name servers, see
    /// the addresses.
    #[arg(long)]
    resolve: bool,
    /// The DNS-over-HTTPS resolver for --resolve: cloudflare (the default),
    /// google, quad9, or an RFC 8484 URL (https://, or http:// on this
    /// machine only).
    #[arg(long, short = 'r', value_name = "URL", requires = "resolve")]
    resolver: Option<String>,
    /// An extra trusted root certificate (PEM) for the resolver.
    #[arg(long, value_name = "PEM", requires = "resolve")]
    ca_file: Option<PathBuf>,
    /// Exit 1 when moving to this policy would make legitimate mail in
    /// these reports fail, and print the sources to fix; 0 when it is safe.
    #[arg(long, value_name = "POLICY")]
    gate: Option<GatePolicy>,
    /// The report files: XML, gzip, zip, JSON or e-mail messages (.eml),
    /// found by content.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum GatePolicy {
    Quarantine,
    Reject,
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

/// What the batch says as a whole, after the files.
#[derive(Serialize)]
struct BatchDoc<'a> {
    duplicates: &'a [Duplicate],
    sources: &'a [SourceView],
    groups: &'a [Group],
    readiness: &'a [Readiness],
    selectors: &'a [Selectors],
}

/// The batch classified, with what the lookups found.
struct Seen {
    sources: Vec<SourceView>,
    groups: Vec<Group>,
    readiness: Vec<Readiness>,
    selectors: Vec<Selectors>,
}

impl Seen {
    fn of(batch: &Batch, (found, published): &Found, lang: Lang) -> Self {
        let sources = batch.sources(found, lang);
        let groups = sources::groups(&sources, found, batch);
        let mut readiness = readiness::readiness(batch, &sources, lang);
        for r in &mut readiness {
            if let Some(p) = published.get(&r.domain) {
                readiness::on_published(r, p, lang);
            }
        }
        Seen {
            selectors: readiness::selectors(batch),
            sources,
            groups,
            readiness,
        }
    }
}

/// Bytes of CSV text `--format csv` keeps from the files it reads before
/// it reads the next ones twice instead.
const CSV_KEPT: usize = 512 << 20;

/// Reads and prints every file, calling `seen` with each; `Ok(false)` when
/// any was refused or the gate is closed.
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
    // follows the largest file and the number of sources, not the batch.
    let mut out = std::io::BufWriter::with_capacity(64 << 10, std::io::stdout().lock());
    let mut ok = true;
    let mut batch = Batch::default();
    // Reads a file and takes out the reports already in the batch; its
    // rows are counted (and freed) once it is printed.
    let mut read = |p: &std::path::Path, batch: &mut Batch| {
        let mut f = read_file(p, &opts);
        seen(&f);
        ok &= f.status == "ok";
        batch.dedup(&mut f);
        f
    };
    let view = match args.format {
        ReportFormat::Json => {
            let mut doc = report::export::JsonStream::new(&mut out)?;
            for p in &args.files {
                let f = read(p, &mut batch);
                doc.file(&f)?;
                batch.tally(f);
            }
            let found = resolve(args, &batch, lang)?;
            let v = Seen::of(&batch, &found, lang);
            let w = doc.finish_with(&BatchDoc {
                duplicates: &batch.duplicates,
                sources: &v.sources,
                groups: &v.groups,
                readiness: &v.readiness,
                selectors: &v.selectors,
            })?;
            w.write_all(b"\n")?;
            v
        }
        ReportFormat::Csv => {
            // A source's class needs the whole batch: each file's rows are
            // kept as CSV text (the source columns left out) while the
            // batch is read, then written with their source's columns.
            // Past CSV_KEPT bytes, a file's rows are not kept: it is read
            // again, the reports found twice taken out again.
            enum Rows {
                Kept(report::export::CsvRows),
                Again(Vec<usize>),
            }
            let mut files = Vec::with_capacity(args.files.len());
            let mut kept = 0;
            for p in &args.files {
                let mut f = read_file(p, &opts);
                seen(&f);
                ok &= f.status == "ok";
                let dropped = batch.dedup(&mut f);
                if kept < CSV_KEPT {
                    let mut rows = report::export::CsvRows::default();
                    rows.add(&f);
                    kept += rows.len();
                    files.push(Rows::Kept(rows));
                } else {
                    files.push(Rows::Again(dropped));
                }
                batch.tally(f);
            }
            let found = resolve(args, &batch, lang)?;
            let v = Seen::of(&batch, &found, lang);
            let table: report::export::SourceTable = v
                .sources
                .iter()
                .map(|s| {
                    let country = found.0.get(&s.ip).and_then(|e| e.country.as_deref());
                    let cols = report::export::SourceColumns { view: s, country };
                    (s.ip.as_str(), cols)
                })
                .collect();
            report::export::write_csv_header_with_sources(&mut out)?;
            let mut line = String::new();
            for (p, rows) in args.files.iter().zip(&files) {
                match rows {
                    Rows::Kept(rows) => rows.write(&mut out, &table)?,
                    Rows::Again(dropped) => {
                        let mut f = read_file(p, &opts);
                        for i in dropped.iter().rev() {
                            if *i < f.reports.len() {
                                f.reports.remove(*i);
                            }
                        }
                        report::export::write_csv_file_with_sources(
                            &mut out, &mut line, &f, &table,
                        )?;
                    }
                }
            }
            std::mem::forget(files);
            v
        }
        ReportFormat::Human => {
            let mut total = Summary::default();
            let mut text = String::new();
            for p in &args.files {
                let f = read(p, &mut batch);
                total.add(&f);
                text.clear();
                human_file(&mut text, &f, lang);
                out.write_all(text.as_bytes())?;
                batch.tally(f);
            }
            let found = resolve(args, &batch, lang)?;
            let v = Seen::of(&batch, &found, lang);
            text.clear();
            human_batch(&mut text, &batch, &v, lang);
            human_total(&mut text, &total, lang);
            out.write_all(text.as_bytes())?;
            v
        }
    };
    out.flush()?;
    if let Some(g) = args.gate {
        ok &= gate(g, &view, lang);
    }
    // The process ends here: freeing a hundred thousand sources one by
    // one would only cost time.
    std::mem::forget(view);
    std::mem::forget(batch);
    Ok(ok)
}

/// `--gate`: says whether the move is safe, on standard error, and lists
/// the sources to fix when it is not.
fn gate(g: GatePolicy, v: &Seen, lang: Lang) -> bool {
    let (target, word) = match g {
        GatePolicy::Quarantine => (Target::Quarantine, "quarantine"),
        GatePolicy::Reject => (Target::Reject, "reject"),
    };
    let safe = readiness::safe(&v.readiness, target);
    let mut e = std::io::stderr().lock();
    if safe {
        let _ = writeln!(e, "{}", texts::GATE_SAFE.fill(lang, &[("policy", word)]));
        return true;
    }
    let messages: u64 = v
        .readiness
        .iter()
        .map(|r| r.reject.legitimate_messages)
        .sum();
    let _ = writeln!(
        e,
        "{}",
        texts::GATE_UNSAFE.fill(
            lang,
            &[
                ("policy", word),
                (
                    "messages",
                    &texts::LEGITIMATE_COUNT.count(messages as usize, lang)
                )
            ]
        )
    );
    for r in &v.readiness {
        for f in &r.fix_first {
            let _ = writeln!(
                e,
                "  {} ({}): {}",
                f.name,
                r.domain,
                texts::MESSAGE_COUNT.count(f.failing as usize, lang)
            );
            let _ = writeln!(e, "    {}", f.ips.join(", "));
            if let Some(fix) = &f.fix {
                let _ = writeln!(e, "    {}: {fix}", texts::FIX.get(lang));
            }
        }
    }
    false
}

/// What `--resolve` found: the sources' names and networks, and the DMARC
/// record published for each domain of the reports.
type Found = (Enrichment, BTreeMap<String, Published>);

/// `--resolve`: looks every source up through the chosen resolver, and the
/// DMARC record of each domain, so that the next record to publish keeps
/// its tags (`rua=`).
fn resolve(args: &ReportArgs, batch: &Batch, lang: Lang) -> Result<Found, Failure> {
    let mut found = Enrichment::default();
    let mut published = BTreeMap::new();
    if !args.resolve || batch.ips.is_empty() {
        return Ok((found, published));
    }
    let url = match &args.resolver {
        None => ResolverUrl::CLOUDFLARE,
        Some(s) => ResolverUrl::parse(s.trim()).map_err(|e| crate::bad_resolver(s, &e, lang))?,
    };
    let http = Http::new(REQUEST_TIMEOUT, args.ca_file.as_deref())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Message(texts::NO_RUNTIME.fill(lang, &[("why", &e.to_string())])))?;
    let ips = batch.addresses();
    let shown = url.as_str().to_string();
    let terminal = std::io::stderr().is_terminal();
    runtime.block_on(async {
        let dns = CachingResolver::new(DohResolver::new(url, http));
        let mut last = std::time::Instant::now();
        enrich::enrich(&dns, &ips, &mut found, PARALLEL, |done, total, _| {
            if terminal && (done == total || last.elapsed() > Duration::from_millis(200)) {
                last = std::time::Instant::now();
                let line = texts::LOOKING_UP.fill(
                    lang,
                    &[("done", &done.to_string()), ("total", &total.to_string())],
                );
                eprint!("\r{line}");
            }
        })
        .await;
        for d in batch.policies.keys() {
            published.insert(d.clone(), readiness::published(&dns, d).await);
        }
    });
    if terminal {
        eprintln!();
    }
    eprintln!(
        "{}",
        texts::LOOKED_UP.fill(
            lang,
            &[
                ("n", &found.len().to_string()),
                ("resolver", &shown),
                ("service", enrich::ASN_SERVICE),
            ]
        )
    );
    Ok((found, published))
}

/// At most this many addresses are listed under a group.
const IPS_SHOWN: usize = 10;

fn human_batch(o: &mut String, batch: &Batch, v: &Seen, lang: Lang) {
    use std::fmt::Write;
    let w = |t: selo::Text| t.get(lang);
    for d in &batch.duplicates {
        let _ = writeln!(o, "{}: {}", w(texts::NOTE), d.note(lang));
    }
    if !v.groups.is_empty() {
        let _ = writeln!(o, "== {}", w(texts::SOURCES_BY_SENDER));
    }
    let by_ip: std::collections::HashMap<&str, &SourceView> =
        v.sources.iter().map(|s| (s.ip.as_str(), s)).collect();
    for g in &v.groups {
        let _ = writeln!(
            o,
            "  [{}] {}: {}",
            g.class.label().get(lang),
            g.name,
            texts::GROUP_LINE.fill(
                lang,
                &[
                    (
                        "messages",
                        &texts::MESSAGE_COUNT.count(g.messages as usize, lang)
                    ),
                    ("failing", &g.failing().to_string()),
                    ("ips", &texts::ADDRESS_COUNT.count(g.ips.len(), lang)),
                ]
            )
        );
        let _ = writeln!(o, "      {}", g.reason);
        if let Some(fix) = &g.fix {
            let _ = write!(o, "      {}: {fix}", w(texts::FIX));
            if let Some(l) = &g.fix_link {
                let _ = write!(o, " {l}");
            }
            o.push('\n');
        }
        for ip in g.ips.iter().take(IPS_SHOWN) {
            let Some(s) = by_ip.get(ip.as_str()) else {
                continue;
            };
            let _ = write!(o, "      - {ip} ({})", s.messages);
            if let Some(p) = &s.ptr {
                let _ = write!(o, " {p}");
                if !s.ptr_confirmed {
                    let _ = write!(o, " ({})", w(texts::NOT_CONFIRMED));
                }
            }
            if let Some(n) = s.asn {
                let _ = write!(o, " AS{n}");
                if let Some(name) = &s.as_name {
                    let _ = write!(o, " {name}");
                }
            }
            if let Some(e) = &s.lookup_error {
                let _ = write!(o, " [{e}]");
            }
            o.push('\n');
        }
        if g.ips.len() > IPS_SHOWN {
            let n = (g.ips.len() - IPS_SHOWN).to_string();
            let _ = writeln!(o, "      {}", texts::AND_MORE.fill(lang, &[("n", &n)]));
        }
    }
    if !v.readiness.is_empty() {
        let _ = writeln!(o, "== {}", w(texts::READINESS));
    }
    for r in &v.readiness {
        let scope = match r.scope {
            readiness::Scope::Domain => w(texts::SCOPE_DOMAIN),
            readiness::Scope::Subdomains => w(texts::SCOPE_SUBDOMAINS),
        };
        let current = if r.testing {
            format!("{}; t=y", r.current)
        } else {
            r.current.clone()
        };
        let _ = writeln!(
            o,
            "  {}",
            texts::READINESS_LINE.fill(
                lang,
                &[
                    ("domain", &r.domain),
                    ("scope", scope),
                    ("tag", r.tag),
                    ("current", &current),
                    ("legit", &r.reject.legitimate_messages.to_string()),
                    (
                        "sources",
                        &texts::SOURCE_COUNT.count(r.reject.legitimate_sources as usize, lang),
                    ),
                    ("forged", &r.reject.forged_messages.to_string()),
                    ("forwarded", &r.reject.forwarded_messages.to_string()),
                ]
            )
        );
        if let Some(n) = &r.next {
            let _ = writeln!(o, "      {}: {}", w(texts::NEXT_RECORD), n.record);
            let _ = write!(o, "      {}", n.why);
            if let Some(l) = &n.link {
                let _ = write!(o, " {l}");
            }
            o.push('\n');
            if let Some(note) = &n.note {
                let _ = writeln!(o, "      {note}");
            }
        }
        for f in &r.fix_first {
            let _ = writeln!(
                o,
                "      {}: {} ({})",
                w(texts::FIX_FIRST),
                f.name,
                texts::MESSAGE_COUNT.count(f.failing as usize, lang)
            );
        }
    }
    if !v.selectors.is_empty() {
        let _ = writeln!(o, "== {}", w(texts::SELECTORS));
    }
    for s in &v.selectors {
        let names: Vec<&str> = s.selectors.iter().map(|(n, _)| n.as_str()).collect();
        let _ = writeln!(o, "  {}: {} {}", s.domain, names.join(", "), s.check_all);
    }
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
                        "  {}, {}; DMARC pass {}, SPF {} {}, DKIM {} {}",
                        texts::MESSAGE_COUNT.count(a.messages as usize, lang),
                        texts::ROW_COUNT.count(a.rows as usize, lang),
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
        "{}: {}, {} {}; {}, DMARC pass {}; TLS {} ok / {} {}",
        w(texts::TOTAL),
        texts::FILE_COUNT.count(s.files as usize, lang),
        s.errors,
        w(texts::REFUSED_MANY),
        texts::MESSAGE_COUNT.count(s.messages as usize, lang),
        pct(s.dmarc_pass, s.messages),
        s.successful_sessions,
        s.failed_sessions,
        w(texts::FAILED)
    );
}
