//! `selo check <domain>`: every email-authentication record a domain
//! publishes, looked up over DNS-over-HTTPS, with the engine's findings.
//!
//! Exit status: 0 no errors, 1 errors found (a domain that does not exist is
//! one), 2 could not check at all (bad arguments, the resolver unreachable,
//! the whole check out of time).

use crate::Failure;
use crate::http::{Http, ResolvingHttp};
use crate::render;
use crate::texts;
use codespan_reporting::term::termcolor::{self, Color, ColorSpec, WriteColor};
use selo::check::verdict::{Part, tally};
use selo::check::{CheckOptions, DomainCheck, PolicyStatus, SpfNode, Status};
use selo::dns::{DohResolver, ResolverUrl};
use selo::{Diagnostic, Lang, Severity};
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The time one HTTP request may take (DNS-over-HTTPS or the policy).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// The time the whole check may take.
const CHECK_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(clap::Args, Debug)]
pub(crate) struct CheckArgs {
    /// The domains to check (Unicode names are queried in punycode); `-`
    /// reads them from standard input, one a line, as does giving none
    /// while standard input is a pipe or a file.
    domains: Vec<String>,
    /// A file of domains to check: one a line, `#` starts a comment, blank
    /// lines skipped (a CSV's first column is read too).
    #[arg(long = "domains", value_name = "FILE")]
    domains_file: Option<PathBuf>,
    /// How many domains are checked at once (each sends its own lookups at
    /// once, about 30 for a check with the common DKIM selectors).
    #[arg(long, short = 'j', value_name = "N", default_value_t = selo::check::many::DEFAULT_PARALLEL)]
    parallel: usize,
    /// The DNS-over-HTTPS resolver: cloudflare (the default), google, quad9,
    /// or an RFC 8484 URL (https://, or http:// on this machine only).
    #[arg(long, short = 'r', value_name = "URL")]
    resolver: Option<String>,
    /// A DKIM selector to look up, besides the common ones probed (repeat
    /// the option for several).
    #[arg(long = "selector", short = 's', value_name = "S")]
    selectors: Vec<String>,
    /// Look up only the selectors given with --selector.
    #[arg(long)]
    no_probe: bool,
    /// Output: `human` (one domain: a summary, the details, then the
    /// findings; several: a table), `json` (one object; several: an
    /// array), `jsonl` (one object a line) or `csv` (one row per domain).
    #[arg(long, short = 'f', default_value = "human")]
    format: CheckFormat,
    /// An extra trusted root certificate (PEM) for the MTA-STS policy fetch
    /// and the resolver, e.g. a private CA.
    #[arg(long, value_name = "PEM")]
    ca_file: Option<PathBuf>,
    /// Write what each domain publishes to FILE (JSON), to compare with
    /// later through --baseline.
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,
    /// Compare with a file written by --save and print what changed per
    /// domain; the exit status is then 1 when something got worse, 0 when
    /// nothing did (2 when a domain could not be checked).
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Also check what Gmail, Yahoo and Outlook.com ask of the domain (the
    /// `requirements` section): SPF, DMARC with its policy and rua=, DKIM
    /// keys and sizes, the MX hosts' reverse names. With several domains
    /// it is in each JSON object (`--format json` or `jsonl`), not in the
    /// table.
    #[arg(long)]
    requirements: bool,
}

/// The output formats of `selo check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum CheckFormat {
    Human,
    Json,
    Jsonl,
    Csv,
}

/// What the check came to.
pub(crate) enum Verdict {
    Clean,
    Errors,
    /// The check could not be made; the message says why.
    Unchecked(String),
}

/// The domains to check: the arguments, the file, standard input.
fn domain_list(args: &CheckArgs, lang: Lang) -> Result<Vec<String>, Failure> {
    use std::io::IsTerminal;
    let mut text = String::new();
    for d in args.domains.iter().filter(|d| d.as_str() != "-") {
        text.push_str(d);
        text.push('\n');
    }
    if let Some(file) = &args.domains_file {
        let (_, t) = crate::read_text(Some(file))?;
        text.push_str(&t);
        text.push('\n');
    }
    let stdin_asked = args.domains.iter().any(|d| d == "-");
    if stdin_asked
        || (args.domains.is_empty()
            && args.domains_file.is_none()
            && !std::io::stdin().is_terminal())
    {
        let (_, t) = crate::read_text(None)?;
        text.push_str(&t);
    }
    let list = selo::check::many::read_list(&text);
    if list.is_empty() {
        return Err(Failure::Message(texts::NO_DOMAIN.get(lang).into()));
    }
    Ok(list)
}

/// Checks one domain within [`CHECK_TIMEOUT`]: the report (the sections
/// finished in time, when it ran out) and whether it ran out.
async fn check_one<R: selo::dns::Resolver, H: selo::dns::HttpGet>(
    domain: &str,
    url: &str,
    dns: &R,
    http: &H,
    opts: &CheckOptions,
) -> (DomainCheck, bool) {
    let started = Instant::now();
    let mut last: Option<DomainCheck> = None;
    let finished = {
        let mut on_update = |r: &DomainCheck| {
            if !r.complete {
                last = Some(r.clone());
            }
        };
        tokio::time::timeout(
            CHECK_TIMEOUT,
            selo::check::run(domain, url, dns, http, opts, &mut on_update),
        )
        .await
        .ok()
    };
    let (mut report, timed_out) = match finished {
        Some(r) => (r, false),
        None => match last {
            Some(r) => (r, true),
            None => (DomainCheck::new(domain, url), true),
        },
    };
    report.elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    (report, timed_out)
}

pub(crate) fn run(args: &CheckArgs, lang: Lang) -> Result<Verdict, Failure> {
    let url = match &args.resolver {
        None => ResolverUrl::CLOUDFLARE,
        Some(s) => ResolverUrl::parse(s.trim()).map_err(|e| crate::bad_resolver(s, &e, lang))?,
    };
    if args.parallel == 0 {
        return Err(Failure::Message(texts::BAD_PARALLEL.get(lang).into()));
    }
    let list = domain_list(args, lang)?;
    let domains: Vec<String> = if list.len() == 1 {
        vec![to_ascii(&list[0], lang)?]
    } else {
        // A name that cannot be converted is checked as written: the
        // engine says it is not a domain name, in that domain's row.
        list.iter()
            .map(|d| selo::domain::to_ascii(d).unwrap_or_else(|_| d.clone()))
            .collect()
    };
    let baseline = match &args.baseline {
        Some(file) => Some(crate::many::read_baseline(file, lang)?),
        None => None,
    };
    let http = Http::new(REQUEST_TIMEOUT, args.ca_file.as_deref())?;
    let opts = CheckOptions {
        selectors: args.selectors.clone(),
        probe_common_selectors: !args.no_probe,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Message(texts::NO_RUNTIME.fill(lang, &[("why", &e.to_string())])))?;
    let url_text = url.as_str().to_string();
    let one = domains.len() == 1 && matches!(args.format, CheckFormat::Human | CheckFormat::Json);
    let mut out = crate::many::Output::new(&domains, args.format, lang, one, baseline.as_ref());
    runtime.block_on(async {
        // The policy host is resolved through the same resolver as the
        // records: the check reports on what that resolver answers.
        let dns = DohResolver::new(url.clone(), http.clone());
        let policy_http = ResolvingHttp {
            http: &http,
            resolver: &dns,
        };
        let (dns, policy_http, opts, url_text) = (&dns, &policy_http, &opts, &url_text);
        let asked = args.requirements;
        selo::check::many::each(
            &domains,
            args.parallel,
            |d| async move {
                let (report, timed_out) = check_one(d, url_text, dns, policy_http, opts).await;
                let rows = match asked {
                    true => Some(crate::requirements::of_domain(dns, &report).await),
                    false => None,
                };
                (report, timed_out, rows)
            },
            &mut |i, (report, timed_out, rows)| {
                out.requirements[i] = rows;
                out.done(i, report, timed_out)
            },
        )
        .await;
    });
    let (results, worse) = out.finish()?;
    if let Some(file) = &args.save {
        crate::many::save(file, &results, lang)?;
    }
    let verdicts: Vec<Verdict> = results.iter().map(|(r, t)| verdict(r, *t, lang)).collect();
    Ok(crate::many::worst(
        &results,
        verdicts,
        baseline.is_some().then_some(worse),
        lang,
    ))
}

/// The report as JSON, the findings in `lang`, with the verdict.
pub(crate) fn json_of(report: &DomainCheck, lang: Lang) -> Result<serde_json::Value, Failure> {
    let mut value = serde_json::to_value(report)?;
    if lang != Lang::En {
        localize(&mut value, lang);
    }
    // What the check comes to: the counts, the order of the parts and the
    // line the human output starts with.
    let verdict = report.verdict();
    let mut v = serde_json::to_value(&verdict)?;
    v["line"] = verdict.line(&report.domain, lang).into();
    value["verdict"] = v;
    Ok(value)
}

/// Writes every finding's `message` and `help` of the report's JSON in
/// `lang` (the engine serializes them in English). Each finding is read back
/// by the engine ([`Diagnostic::from_json`]), from its code and arguments.
pub(crate) fn localize(value: &mut serde_json::Value, lang: Lang) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(diags)) = map.get_mut("diagnostics") {
                for d in diags.iter_mut() {
                    if let Some(parsed) = Diagnostic::from_json(d)
                        && let Value::Object(obj) = d
                    {
                        obj.insert("message".into(), Value::from(parsed.message_in(lang)));
                        obj.insert("help".into(), Value::from(parsed.help_in(lang)));
                    }
                }
            }
            for (_, v) in map.iter_mut() {
                localize(v, lang);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| localize(v, lang)),
        _ => {}
    }
}

/// The domain in ASCII (punycode for a Unicode name), as the page and the
/// workers query it.
fn to_ascii(domain: &str, lang: Lang) -> Result<String, Failure> {
    selo::domain::to_ascii(domain).map_err(|e| {
        Failure::Message(match e {
            selo::DomainError::Empty => texts::NO_DOMAIN.get(lang).into(),
            _ => {
                let shown = format!("{:?}", domain.trim().trim_end_matches('.'));
                texts::BAD_IDN.fill(lang, &[("domain", &shown)])
            }
        })
    })
}

pub(crate) fn verdict(report: &DomainCheck, timed_out: bool, lang: Lang) -> Verdict {
    if timed_out {
        let s = CHECK_TIMEOUT.as_secs().to_string();
        return Verdict::Unchecked(texts::CHECK_TIMED_OUT.fill(lang, &[("s", &s)]));
    }
    // No answer about the domain itself: the resolver could not be used, or
    // the name cannot be checked.
    if report.exists.is_none() {
        let why = report
            .diagnostics
            .iter()
            .chain(report.checks.mx.iter().flat_map(|s| &s.diagnostics))
            .find(|d| d.severity == Severity::Error)
            .map(|d| d.message_in(lang))
            .unwrap_or_else(|| texts::NO_ANSWER_ABOUT_DOMAIN.get(lang).into());
        return Verdict::Unchecked(why);
    }
    if report.has_errors() {
        Verdict::Errors
    } else {
        Verdict::Clean
    }
}

/// Words of the human output, in English and European Portuguese.
struct Words {
    pt: bool,
}

impl Words {
    fn lang(&self) -> Lang {
        if self.pt { Lang::Pt } else { Lang::En }
    }
    fn t(&self, t: selo::Text) -> &'static str {
        t.get(self.lang())
    }
    fn status(&self, s: Status) -> &'static str {
        self.t(match s {
            Status::Ok => texts::ST_FOUND,
            Status::Missing => texts::ST_MISSING,
            Status::Invalid => texts::ST_BROKEN,
            Status::Error => texts::ST_NOT_CHECKED,
        })
    }
    fn policy(&self, s: PolicyStatus) -> &'static str {
        self.t(match s {
            PolicyStatus::Ok => texts::POLICY_VALID,
            PolicyStatus::Missing => texts::ST_MISSING,
            PolicyStatus::Invalid => texts::ST_BROKEN,
            PolicyStatus::Unreadable => texts::POLICY_UNREADABLE,
        })
    }
}

fn status_color(s: Status) -> Option<Color> {
    match s {
        Status::Ok => Some(Color::Green),
        Status::Missing => Some(Color::Yellow),
        Status::Invalid => Some(Color::Red),
        Status::Error => Some(Color::Magenta),
    }
}

/// One row of the summary: the record type, its status, what its findings
/// ask and a short detail.
fn summary_row(
    out: &mut dyn WriteColor,
    w: &Words,
    kind: &str,
    status: Status,
    counts: &str,
    detail: &str,
) -> std::io::Result<()> {
    write!(out, "  {kind:<9}")?;
    out.set_color(ColorSpec::new().set_fg(status_color(status)).set_bold(true))?;
    write!(out, "{:<14} ", w.status(status))?;
    out.reset()?;
    let mut tail = Vec::new();
    if !counts.is_empty() {
        tail.push(counts.to_string());
    }
    if !detail.is_empty() {
        tail.push(detail.to_string());
    }
    writeln!(out, "{}", tail.join("; "))
}

/// The summary row of `part`: its status, what its findings ask (in the
/// verdict's words) and a short detail.
fn summary_part(
    out: &mut dyn WriteColor,
    w: &Words,
    report: &DomainCheck,
    part: Part,
) -> std::io::Result<()> {
    let c = &report.checks;
    let (status, detail) = match part {
        Part::Mx => {
            let Some(s) = &c.mx else { return Ok(()) };
            let detail = match s.records.len() {
                0 => String::new(),
                1 => w.t(texts::ONE_HOST).to_string(),
                n => format!("{n} {}", w.t(texts::HOSTS)),
            };
            (s.status, detail)
        }
        Part::Spf => {
            let Some(s) = &c.spf else { return Ok(()) };
            // The count of the walked tree, when there is one; the
            // record's estimate when part of the tree failed.
            let detail = if let Some(n) = s.estimate {
                texts::SPF_ESTIMATE_SHORT.fill(w.lang(), &[("n", &n.to_string())])
            } else if s.tree.is_none() {
                String::new()
            } else {
                format!(
                    "{}/10 {}, {}/2 {}",
                    s.lookups,
                    w.t(texts::LOOKUPS),
                    s.void_lookups,
                    w.t(texts::VOID)
                )
            };
            (s.base.status, detail)
        }
        Part::Dmarc => {
            let Some(s) = &c.dmarc else { return Ok(()) };
            let detail = match (&s.policy, &s.applies_from) {
                (Some(p), Some(from)) => format!("p={p} ({} {from})", w.t(texts::FROM)),
                _ => String::new(),
            };
            (s.base.status, detail)
        }
        Part::Dkim => {
            let Some(s) = &c.dkim else { return Ok(()) };
            let found: Vec<String> = s
                .selectors
                .iter()
                .filter(|x| matches!(x.status, Status::Ok | Status::Invalid))
                .map(|x| match (&x.key_type, x.key_bits) {
                    (Some(t), Some(b)) => format!("{} ({t} {b})", x.selector),
                    (Some(t), None) => format!("{} ({t})", x.selector),
                    _ => x.selector.clone(),
                })
                .collect();
            let detail = if found.is_empty() {
                format!("{} {}", s.tried, w.t(texts::SELECTORS_TRIED))
            } else {
                found.join(", ")
            };
            (s.status, detail)
        }
        Part::MtaSts => {
            let Some(s) = &c.mta_sts else { return Ok(()) };
            let mut detail = String::new();
            if let Some(p) = &s.policy {
                let covered = s.mx_coverage.iter().filter(|m| m.covered).count();
                detail = format!("{} {}", w.t(texts::POLICY), w.policy(p.status));
                if !s.mx_coverage.is_empty() {
                    detail.push_str(&format!(
                        ", {covered}/{} MX {}",
                        s.mx_coverage.len(),
                        w.t(texts::COVERED)
                    ));
                }
            }
            (s.base.status, detail)
        }
        Part::TlsRpt => {
            let Some(s) = &c.tls_rpt else { return Ok(()) };
            (s.status, String::new())
        }
        Part::Bimi => {
            let Some(s) = &c.bimi else { return Ok(()) };
            (s.status, String::new())
        }
        Part::Dnssec => {
            write!(out, "  {:<9}", "DNSSEC")?;
            // The AD bit says what the resolver vouched for, not whether the
            // zone is signed: a resolver that does not validate never sets it.
            let (color, word) = if report.dnssec {
                (Color::Green, w.t(texts::VOUCHED))
            } else {
                (Color::Yellow, w.t(texts::NOT_VOUCHED))
            };
            out.set_color(ColorSpec::new().set_fg(Some(color)).set_bold(true))?;
            writeln!(out, "{word}")?;
            return out.reset();
        }
    };
    let counts = tally(part, &report.findings_of(part), w.lang());
    summary_row(out, w, part.label(), status, &counts, &detail)
}

fn heading(out: &mut dyn WriteColor, text: &str) -> std::io::Result<()> {
    out.set_color(ColorSpec::new().set_bold(true))?;
    writeln!(out, "{text}")?;
    out.reset()
}

/// A record as shown: long base64 runs (a DKIM key) shortened, quoted,
/// control characters escaped (DNS content is untrusted), capped.
fn shown(record: &str) -> String {
    let record = render::Elided::new(record, &[]).text;
    let s: String = record.chars().flat_map(char::escape_debug).collect();
    format!("\"{}\"", selo::text::cap(&s, 600))
}

fn spf_tree(
    out: &mut dyn WriteColor,
    w: &Words,
    node: &SpfNode,
    depth: usize,
) -> std::io::Result<()> {
    let indent = "    ".repeat(depth);
    let via = if depth == 0 {
        String::new()
    } else {
        format!("{} ", node.via)
    };
    let own = texts::LOOKUP_COUNT.count(node.lookups, w.lang());
    let mut facts = vec![own];
    if !node.children.is_empty() {
        facts.push(format!("{} {}", node.total_lookups, w.t(texts::IN_TOTAL)));
    }
    if node.void_lookups > 0 {
        facts.push(format!("{} {}", node.void_lookups, w.t(texts::VOID)));
    }
    writeln!(out, "  {indent}{via}{} [{}]", node.domain, facts.join(", "))?;
    match &node.record {
        Some(r) => writeln!(out, "  {indent}  {}", shown(r))?,
        None => writeln!(out, "  {indent}  ({})", w.t(texts::NO_SPF_RECORD))?,
    }
    for child in &node.children {
        spf_tree(out, w, child, depth + 1)?;
    }
    Ok(())
}

/// Prints the report: the summary, the details, then every finding like
/// `selo validate` prints them.
pub(crate) fn human(report: &DomainCheck, lang: Lang) -> Result<(), Failure> {
    let w = Words {
        pt: lang == Lang::Pt,
    };
    let writer = termcolor::StandardStream::stdout(render::color_choice());
    let mut out = writer.lock();
    let c = &report.checks;
    // An internationalized name is shown in Unicode, with the form queried.
    let unicode = selo::domain::to_unicode(&report.domain);
    let shown_domain = if unicode != report.domain && !unicode.chars().any(char::is_control) {
        format!("{unicode} [{}]", report.domain)
    } else {
        report.domain.clone()
    };
    // What the check comes to, in the Check page's words, before anything.
    let verdict = report.verdict();
    heading(&mut out, &verdict.line(&shown_domain, lang))?;
    writeln!(
        out,
        "{} {} ({} {}; {} {}, {} {}, {} ms)",
        w.t(texts::DOMAIN_CHECK_OF),
        shown_domain,
        w.t(texts::RESOLVER),
        report.resolver,
        report.queries,
        w.t(texts::QUERIES),
        report.round_trips,
        w.t(texts::ROUND_TRIPS),
        report.elapsed_ms,
    )?;
    // The resolver could not be used: that one finding, nothing else.
    if let Some(d) = report.resolver_unreachable() {
        writeln!(out)?;
        render::emit(&mut out, d, &report.domain, None, lang)?;
        writeln!(
            out,
            "{}: {}",
            report.domain,
            w.t(texts::NOTHING_WAS_CHECKED)
        )?;
        return Ok(());
    }
    match report.exists {
        Some(false) => writeln!(out, "{}", w.t(texts::NXDOMAIN))?,
        None => writeln!(out, "{}", w.t(texts::EXISTENCE_UNKNOWN))?,
        Some(true) => {}
    }
    writeln!(out)?;

    // Summary, in the verdict's order: what costs the domain most first.
    heading(&mut out, w.t(texts::SUMMARY))?;
    for part in &verdict.order {
        summary_part(&mut out, &w, report, *part)?;
    }

    // Details.
    if let Some(s) = &c.mx
        && !s.records.is_empty()
    {
        writeln!(out)?;
        heading(&mut out, &format!("MX ({})", s.name))?;
        for r in &s.records {
            writeln!(out, "  {}", shown(r))?;
        }
    }
    if let Some(s) = &c.spf
        && let Some(tree) = &s.tree
    {
        writeln!(out)?;
        let title = match s.estimate {
            Some(n) => texts::SPF_TREE_ESTIMATE.fill(w.lang(), &[("n", &n.to_string())]),
            None => texts::SPF_TREE_TITLE.fill(
                w.lang(),
                &[
                    ("n", &s.lookups.to_string()),
                    ("v", &s.void_lookups.to_string()),
                ],
            ),
        };
        heading(&mut out, &title)?;
        spf_tree(&mut out, &w, tree, 0)?;
    }
    if let Some(s) = &c.dmarc
        && (s.applies_from.is_some() || !s.base.records.is_empty())
    {
        writeln!(out)?;
        let mut title = format!("DMARC ({})", s.base.name);
        if let Some(from) = &s.applies_from {
            let why = match s.applies_as.as_deref() {
                Some("own") => w.t(texts::OWN_RECORD),
                Some("organizational") => w.t(texts::ORG_RECORD),
                Some("psd") => w.t(texts::PSD_RECORD),
                _ => "",
            };
            title = format!(
                "DMARC: {} _dmarc.{from} {} ({why})",
                w.t(texts::THE_RECORD_AT),
                w.t(texts::APPLIES),
            )
            .replace("  (", " (");
        }
        heading(&mut out, title.trim_end())?;
        for r in &s.base.records {
            writeln!(out, "  {}", shown(r))?;
        }
        if let Some(p) = &s.policy {
            let tag = s.policy_tag.as_deref().unwrap_or("p");
            writeln!(out, "  {}: {p} ({tag}=)", w.t(texts::POLICY_FOR_THIS_NAME),)?;
        }
        for a in &s.report_authorizations {
            let state = if a.lookup_failed {
                w.t(texts::UNKNOWN_LOOKUP_FAILED)
            } else if a.authorized {
                w.t(texts::AUTHORIZED)
            } else {
                w.t(texts::NOT_AUTHORIZED)
            };
            writeln!(
                out,
                "  {} -> {}: {state} ({})",
                a.uri, a.destination, a.name
            )?;
        }
    }
    if let Some(s) = &c.dkim {
        let shown_selectors: Vec<_> = s
            .selectors
            .iter()
            .filter(|x| x.status != Status::Missing || x.requested)
            .collect();
        if !shown_selectors.is_empty() {
            writeln!(out)?;
            heading(
                &mut out,
                &format!("DKIM ({} {})", s.tried, w.t(texts::SELECTORS_TRIED)),
            )?;
            for x in shown_selectors {
                let key = match (&x.key_type, x.key_bits) {
                    (Some(t), Some(b)) => format!(", {t} {b} bits"),
                    (Some(t), None) => format!(", {t}"),
                    _ => String::new(),
                };
                writeln!(out, "  {}: {}{key}", x.name, w.status(x.status))?;
                if let Some(t) = &x.cname_target {
                    writeln!(out, "    CNAME -> {t}")?;
                }
                for r in &x.records {
                    writeln!(out, "    {}", shown(r))?;
                    let hidden = render::Elided::new(r, &[]).hidden();
                    if hidden > 0 {
                        let note =
                            texts::KEY_LEFT_OUT.fill(w.lang(), &[("hidden", &hidden.to_string())]);
                        writeln!(out, "    {note}")?;
                    }
                }
            }
        }
    }
    if let Some(s) = &c.mta_sts
        && (!s.base.records.is_empty() || s.policy.is_some())
    {
        writeln!(out)?;
        heading(&mut out, &format!("MTA-STS ({})", s.base.name))?;
        for r in &s.base.records {
            writeln!(out, "  {}", shown(r))?;
        }
        if let Some(p) = &s.policy {
            writeln!(
                out,
                "  {} {}: {}",
                w.t(texts::POLICY),
                p.url,
                w.policy(p.status)
            )?;
            if let Some(text) = &p.text {
                for line in text.lines() {
                    writeln!(
                        out,
                        "    {}",
                        line.chars()
                            .flat_map(char::escape_debug)
                            .collect::<String>()
                    )?;
                }
            }
        }
        if !s.mx_coverage.is_empty() {
            writeln!(out, "  {}:", w.t(texts::MX_COVERAGE))?;
            for m in &s.mx_coverage {
                let word = if m.covered {
                    w.t(texts::COVERED_ONE)
                } else {
                    w.t(texts::NOT_COVERED)
                };
                writeln!(out, "    {:<40} {word}", m.mx)?;
            }
        }
    }
    for (kind, s) in [("TLS-RPT", &c.tls_rpt), ("BIMI", &c.bimi)] {
        if let Some(s) = s
            && !s.records.is_empty()
        {
            writeln!(out)?;
            heading(&mut out, &format!("{kind} ({})", s.name))?;
            for r in &s.records {
                writeln!(out, "  {}", shown(r))?;
            }
        }
    }

    // Findings, like `selo validate`: underlined in the record they are
    // about when there is one.
    let mut findings: Vec<(&Diagnostic, &str, Option<&str>)> = Vec::new();
    for d in report.general_findings() {
        findings.push((d, &report.domain, None));
    }
    // Each part's, in the verdict's order (each part's own already ranked).
    for part in &verdict.order {
        match part {
            Part::Mx => {
                if let Some(s) = &c.mx {
                    add(&mut findings, &s.diagnostics, &s.name, &[]);
                }
            }
            Part::Spf => {
                if let Some(s) = &c.spf {
                    add(
                        &mut findings,
                        &s.base.diagnostics,
                        &s.base.name,
                        &s.base.records,
                    );
                }
            }
            Part::Dmarc => {
                if let Some(s) = &c.dmarc {
                    add(
                        &mut findings,
                        &s.base.diagnostics,
                        &s.base.name,
                        &s.base.records,
                    );
                }
            }
            Part::Dkim => {
                if let Some(s) = &c.dkim {
                    add(&mut findings, &s.diagnostics, &report.domain, &[]);
                    for x in &s.selectors {
                        add(&mut findings, &x.diagnostics, &x.name, &x.records);
                    }
                }
            }
            Part::MtaSts => {
                if let Some(s) = &c.mta_sts {
                    add(
                        &mut findings,
                        &s.base.diagnostics,
                        &s.base.name,
                        &s.base.records,
                    );
                    if let Some(p) = &s.policy {
                        for d in &p.diagnostics {
                            findings.push((d, &p.url, p.text.as_deref()));
                        }
                    }
                }
            }
            Part::TlsRpt | Part::Bimi => {
                let s = if *part == Part::TlsRpt {
                    &c.tls_rpt
                } else {
                    &c.bimi
                };
                if let Some(s) = s {
                    add(&mut findings, &s.diagnostics, &s.name, &s.records);
                }
            }
            Part::Dnssec => {
                for d in report.findings_of(Part::Dnssec) {
                    findings.push((d, &report.domain, None));
                }
            }
        }
    }
    if !findings.is_empty() {
        writeln!(out)?;
        heading(&mut out, w.t(texts::FINDINGS))?;
    }
    for (d, name, text) in &findings {
        render::emit_shortened(&mut out, d, name, text.filter(|t| underlines(d, t)), lang)?;
    }
    let n = |s| findings.iter().filter(|(d, _, _)| d.severity == s).count();
    let (e, wn, i) = (n(Severity::Error), n(Severity::Warning), n(Severity::Info));
    let l = w.lang();
    writeln!(
        out,
        "{}: {}, {}, {}",
        report.domain,
        texts::ERRORS.count(e, l),
        texts::WARNINGS.count(wn, l),
        texts::NOTES.count(i, l)
    )?;
    Ok(())
}

/// Adds a section's findings, about its record when it has exactly one.
fn add<'a>(
    findings: &mut Vec<(&'a Diagnostic, &'a str, Option<&'a str>)>,
    diags: &'a [Diagnostic],
    name: &'a str,
    records: &'a [String],
) {
    let record = match records {
        [one] => Some(one.as_str()),
        _ => None,
    };
    for d in diags {
        findings.push((d, name, record));
    }
}

/// Whether a finding points into `text`: the record parsers' findings do,
/// the check's own (a lookup, a count, a missing record) do not.
fn underlines(d: &Diagnostic, text: &str) -> bool {
    let r = d.primary.range();
    let is_check_finding = selo::check::messages::MESSAGES
        .iter()
        .any(|m| m.code == d.code);
    !is_check_finding
        && r.start <= r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
}
