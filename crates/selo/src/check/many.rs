//! Many domains at once: a list read from text, every domain checked
//! concurrently with a bound on how many run at the same time, and one row
//! per domain for a table or CSV.
//!
//! The bound is on domains: a check sends at most its own queries at once
//! (the independent ones of its sections, then the SPF tree level by
//! level; [`DomainCheck::queries`] counts them), so with `parallel`
//! domains in flight the resolver sees at most `parallel` checks' worth of
//! queries at a time.
//!
//! ```
//! use futures::executor::block_on;
//! use selo::check::many::{each, read_list};
//!
//! let domains = read_list("# ours\nexample.com\n\nexample.org  # brand\nEXAMPLE.com\n");
//! assert_eq!(domains, ["example.com", "example.org"]);
//! let mut done = Vec::new();
//! block_on(each(&domains, 8, |d| {
//!     let d = d.to_string();
//!     async move { d.len() }
//! }, &mut |i, n| done.push((i, n))));
//! done.sort();
//! assert_eq!(done, [(0, 11), (1, 11)]);
//! ```

use super::{DomainCheck, Status};
use crate::Severity;
use futures_util::stream::{self, StreamExt};
use serde::Serialize;
use std::future::Future;

/// How many domains `selo check` checks at once unless told otherwise.
pub const DEFAULT_PARALLEL: usize = 8;

/// The most domains checked at once.
pub const MAX_PARALLEL: usize = 256;

crate::texts! {
    /// A domain of the list that does not exist (NXDOMAIN): said once, in
    /// place of every record's status.
    NO_SUCH_DOMAIN = ("the domain does not exist", "o domínio não existe");
}

/// The status of a row whose domain does not exist: in its first status
/// column (`mx`), the others left empty.
pub const NXDOMAIN: &str = "nxdomain";

/// Names a CSV's first column is headed with, skipped on a list's first
/// line.
const HEADERS: [&str; 6] = ["domain", "domains", "name", "host", "hostname", "dominio"];

/// The domains of a list: one a line, `#` starts a comment, blank lines
/// and repeats (in any case) skipped, a trailing dot dropped, in the
/// order written; of a CSV, the first column, its header row skipped (a
/// first line whose first column is not a name with a dot and either has
/// more columns or is a usual heading: `domain`, `host`...).
pub fn read_list(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut first = true;
    for line in text.lines() {
        // Up to a comment, or the end of a CSV row's first column.
        let line = line.trim_start();
        let end = line.find(['#', ',', ';', '\t', ' ']).unwrap_or(line.len());
        let name = line[..end].trim_matches('"').trim_end_matches('.');
        if name.is_empty() {
            continue;
        }
        let header = first
            && !name.contains('.')
            && (matches!(line[end..].chars().next(), Some(',' | ';' | '\t'))
                || HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name)));
        first = false;
        if header {
            continue;
        }
        if !out.iter().any(|d| d.eq_ignore_ascii_case(name)) {
            out.push(name.to_ascii_lowercase());
        }
    }
    out
}

/// Runs `check` on every domain, at most `parallel` at a time (at least
/// one), and gives each result to `on_done` with the domain's index as it
/// finishes (not in the list's order).
pub async fn each<'a, T, F, Fut>(
    domains: &'a [String],
    parallel: usize,
    check: F,
    on_done: &mut dyn FnMut(usize, T),
) where
    F: Fn(&'a str) -> Fut,
    Fut: Future<Output = T>,
{
    let mut running = stream::iter(domains.iter().enumerate())
        .map(|(i, d)| {
            let f = check(d);
            async move { (i, f.await) }
        })
        .buffer_unordered(parallel.clamp(1, MAX_PARALLEL));
    while let Some((i, t)) = running.next().await {
        on_done(i, t);
    }
}

/// One domain's row of the table and the CSV.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The domain.
    pub domain: String,
    /// MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, BIMI: `ok`, `missing`,
    /// `invalid`, `error`, or empty when the section did not finish.
    pub mx: String,
    /// SPF's status.
    pub spf: String,
    /// DNS-querying terms over the SPF tree (empty without a record).
    pub spf_lookups: String,
    /// DMARC's status.
    pub dmarc: String,
    /// The DMARC policy that applies (`reject`...).
    pub dmarc_policy: String,
    /// The tag it comes from: `p` (the record's own policy), `sp` (for a
    /// subdomain) or `np` (for a name that does not exist), RFC 9989 4.7.
    pub dmarc_policy_tag: String,
    /// The name whose record gives it (the domain itself, or the
    /// organizational or public suffix domain found by the tree walk).
    pub dmarc_policy_from: String,
    /// DKIM's status.
    pub dkim: String,
    /// The DKIM selectors found, space-separated.
    pub dkim_selectors: String,
    /// MTA-STS's status.
    pub mta_sts: String,
    /// The MTA-STS policy's mode, when read.
    pub mta_sts_mode: String,
    /// TLS-RPT's status.
    pub tls_rpt: String,
    /// BIMI's status.
    pub bimi: String,
    /// `yes` when every answer was vouched for by DNSSEC, else `no`.
    pub dnssec: String,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
}

/// The CSV header, in the order of [`Row::cells`].
pub const CSV_HEADER: [&str; 17] = [
    "domain",
    "mx",
    "spf",
    "spf_lookups",
    "dmarc",
    "dmarc_policy",
    "dmarc_policy_tag",
    "dmarc_policy_from",
    "dkim",
    "dkim_selectors",
    "mta_sts",
    "mta_sts_mode",
    "tls_rpt",
    "bimi",
    "dnssec",
    "errors",
    "warnings",
];

fn st(s: Option<Status>) -> String {
    s.map(|s| s.as_str().to_string()).unwrap_or_default()
}

impl Row {
    /// The row of a check. A domain that does not exist has
    /// [`NXDOMAIN`] as its first status and no other (its records'
    /// statuses would all say "missing"), and keeps the DMARC policy that
    /// would apply to it (a parent's `np`).
    pub fn of(r: &DomainCheck) -> Row {
        let mut row = Row::read(r);
        if r.exists == Some(false) {
            row.mx = NXDOMAIN.into();
            for s in [
                &mut row.spf,
                &mut row.dmarc,
                &mut row.dkim,
                &mut row.mta_sts,
                &mut row.tls_rpt,
                &mut row.bimi,
            ] {
                s.clear();
            }
        }
        row
    }

    /// Whether the domain exists, as far as the check found.
    pub fn exists(&self) -> bool {
        self.mx != NXDOMAIN
    }

    fn read(r: &DomainCheck) -> Row {
        let c = &r.checks;
        let count = |sev: Severity| {
            r.all_diagnostics()
                .iter()
                .filter(|d| d.severity == sev)
                .count()
        };
        let spf_lookups = c
            .spf
            .as_ref()
            .filter(|s| s.tree.is_some() && s.base.status != Status::Error)
            .map(|s| s.lookups.to_string())
            .unwrap_or_default();
        let mta_sts_mode = c
            .mta_sts
            .as_ref()
            .and_then(|s| s.policy.as_ref())
            .and_then(|p| p.text.as_deref())
            .and_then(|t| crate::mta_sts::parse_policy(t).value)
            .map(|p| p.mode.as_str().to_string())
            .unwrap_or_default();
        let dkim_selectors = c
            .dkim
            .iter()
            .flat_map(|s| &s.selectors)
            .filter(|s| matches!(s.status, Status::Ok | Status::Invalid))
            .map(|s| s.selector.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let dmarc = |f: fn(&super::DmarcSection) -> Option<String>| {
            c.dmarc.as_ref().and_then(f).unwrap_or_default()
        };
        Row {
            domain: r.domain.clone(),
            mx: st(c.mx.as_ref().map(|s| s.status)),
            spf: st(c.spf.as_ref().map(|s| s.base.status)),
            spf_lookups,
            dmarc: st(c.dmarc.as_ref().map(|s| s.base.status)),
            dmarc_policy: dmarc(|s| s.policy.clone()),
            dmarc_policy_tag: dmarc(|s| s.policy_tag.clone()),
            dmarc_policy_from: dmarc(|s| s.applies_from.clone()),
            dkim: st(c.dkim.as_ref().map(|s| s.status)),
            dkim_selectors,
            mta_sts: st(c.mta_sts.as_ref().map(|s| s.base.status)),
            mta_sts_mode,
            tls_rpt: st(c.tls_rpt.as_ref().map(|s| s.status)),
            bimi: st(c.bimi.as_ref().map(|s| s.status)),
            dnssec: if r.dnssec { "yes" } else { "no" }.into(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        }
    }

    /// The cells, in the order of [`CSV_HEADER`].
    pub fn cells(&self) -> [String; 17] {
        [
            self.domain.clone(),
            self.mx.clone(),
            self.spf.clone(),
            self.spf_lookups.clone(),
            self.dmarc.clone(),
            self.dmarc_policy.clone(),
            self.dmarc_policy_tag.clone(),
            self.dmarc_policy_from.clone(),
            self.dkim.clone(),
            self.dkim_selectors.clone(),
            self.mta_sts.clone(),
            self.mta_sts_mode.clone(),
            self.tls_rpt.clone(),
            self.bimi.clone(),
            self.dnssec.clone(),
            self.errors.to_string(),
            self.warnings.to_string(),
        ]
    }
}

/// One CSV field: quoted when it holds a comma, a quote or a line break;
/// a leading `=`, `+`, `-` or `@` (a spreadsheet formula) gets a `'`
/// before it. DNS content is untrusted.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The CSV of `rows`: the header, then one line per row, CRLF line ends
/// (RFC 4180).
pub fn csv(rows: &[Row]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push_str("\r\n");
    for r in rows {
        let cells: Vec<String> = r.cells().iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckOptions, run};
    use crate::dns::{HttpError, HttpGet, HttpResponse, MemoryZone};
    use futures::executor::block_on;
    use std::cell::Cell;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    struct NoHttp;
    impl HttpGet for NoHttp {
        async fn get(&self, _: &str, _: &str) -> Result<HttpResponse, HttpError> {
            Err(HttpError::Network("offline".into()))
        }
    }

    /// A future that is pending `n` times before it is ready.
    struct Yield(u32);
    impl Future for Yield {
        type Output = ();
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            if self.0 == 0 {
                Poll::Ready(())
            } else {
                self.0 -= 1;
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        }
    }

    #[test]
    fn the_list_skips_comments_blanks_repeats_and_csv_columns() {
        let text = "# agency clients\n\nexample.com\n  Example.COM.  \nexample.org # brand\n\"example.net\",ok,12\n#example.info\n";
        assert_eq!(
            read_list(text),
            ["example.com", "example.org", "example.net"]
        );
        assert!(read_list("\n# nothing\n   \n").is_empty());
    }

    #[test]
    fn a_csv_header_row_is_skipped_and_a_lone_name_kept() {
        assert_eq!(
            read_list("# exported\nDomain,owner\nexample.com,ana\nexample.org,rui\n"),
            ["example.com", "example.org"]
        );
        assert_eq!(read_list("domain\nexample.com\n"), ["example.com"]);
        assert_eq!(
            read_list("hostname\texpiry\nexample.com\t2027\n"),
            ["example.com"]
        );
        // Not a header: a name given alone, or on a later line.
        assert_eq!(read_list("localhost"), ["localhost"]);
        assert_eq!(
            read_list("example.com\ndomain\n"),
            ["example.com", "domain"]
        );
    }

    #[test]
    fn no_more_than_the_bound_run_at_once_and_every_domain_is_done() {
        let domains: Vec<String> = (0..50).map(|i| format!("d{i}.example")).collect();
        for bound in [1, 3, 8] {
            let running = Cell::new(0usize);
            let most = Cell::new(0usize);
            let mut done = Vec::new();
            block_on(each(
                &domains,
                bound,
                |d| {
                    let d = d.to_string();
                    let (running, most) = (&running, &most);
                    async move {
                        running.set(running.get() + 1);
                        most.set(most.get().max(running.get()));
                        Yield(3).await;
                        running.set(running.get() - 1);
                        d
                    }
                },
                &mut |i, d| done.push((i, d)),
            ));
            assert_eq!(most.get(), bound, "at most {bound} at once");
            done.sort();
            assert_eq!(done.len(), 50);
            assert!(done.iter().all(|(i, d)| *d == domains[*i]));
        }
    }

    #[test]
    fn rows_and_csv_of_real_checks() {
        let mut z = MemoryZone::new();
        z.mx("good.example", 10, "mx.good.example")
            .a("mx.good.example", std::net::Ipv4Addr::new(192, 0, 2, 1))
            .txt("good.example", &["v=spf1 mx include:_s.good.example -all"])
            .txt("_s.good.example", &["v=spf1 ip4:192.0.2.0/24 -all"])
            .txt("_dmarc.good.example", &["v=DMARC1; p=quarantine"])
            .exists("bare.example");
        let domains = read_list("good.example\nbare.example\n");
        let mut reports: Vec<Option<DomainCheck>> = vec![None, None];
        let opts = CheckOptions {
            selectors: Vec::new(),
            probe_common_selectors: true,
        };
        block_on(each(
            &domains,
            2,
            |d| {
                let (z, opts) = (&z, &opts);
                async move { run(d, "memory", z, &NoHttp, opts, &mut |_| {}).await }
            },
            &mut |i, r| reports[i] = Some(r),
        ));
        let rows: Vec<Row> = reports
            .iter()
            .map(|r| Row::of(r.as_ref().unwrap()))
            .collect();
        assert_eq!(rows[0].spf, "ok");
        assert_eq!(rows[0].spf_lookups, "2");
        assert_eq!(rows[0].dmarc_policy, "quarantine");
        assert_eq!(rows[0].dmarc_policy_tag, "p");
        assert_eq!(rows[0].dmarc_policy_from, "good.example");
        assert_eq!(rows[0].dkim, "missing");
        assert_eq!(rows[1].spf, "missing");
        assert_eq!(rows[1].spf_lookups, "");
        assert!(rows[1].errors + rows[1].warnings >= 1);
        let text = csv(&rows);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], CSV_HEADER.join(","));
        assert!(
            lines[1].starts_with("good.example,ok,ok,2,ok,quarantine,p,good.example,missing,,"),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].starts_with("bare.example,missing,missing,,missing,,,,"),
            "{}",
            lines[2]
        );
    }

    #[test]
    fn subdomains_show_the_policy_they_get_and_a_missing_name_says_so_once() {
        let mut z = MemoryZone::new();
        z.txt(
            "_dmarc.org.example",
            &["v=DMARC1; p=none; sp=quarantine; np=reject"],
        )
        .exists("org.example")
        .exists("mail.org.example");
        let opts = CheckOptions::default();
        let row = |d: &str| Row::of(&block_on(run(d, "memory", &z, &NoHttp, &opts, &mut |_| {})));
        let own = row("org.example");
        assert_eq!(
            (own.dmarc_policy.as_str(), own.dmarc_policy_tag.as_str()),
            ("none", "p")
        );
        let sub = row("mail.org.example");
        assert!(sub.exists());
        assert_eq!(
            [
                &sub.dmarc_policy,
                &sub.dmarc_policy_tag,
                &sub.dmarc_policy_from
            ],
            ["quarantine", "sp", "org.example"]
        );
        let gone = row("gone.org.example");
        assert!(!gone.exists());
        assert_eq!(gone.mx, NXDOMAIN);
        let statuses = [
            &gone.spf,
            &gone.dmarc,
            &gone.dkim,
            &gone.mta_sts,
            &gone.tls_rpt,
            &gone.bimi,
        ];
        assert!(statuses.iter().all(|s| s.is_empty()), "{gone:?}");
        assert_eq!(
            [
                &gone.dmarc_policy,
                &gone.dmarc_policy_tag,
                &gone.dmarc_policy_from
            ],
            ["reject", "np", "org.example"]
        );
        assert!(csv(&[gone]).contains("\r\ngone.org.example,nxdomain,,,,reject,np,org.example,"));
        assert_eq!(NO_SUCH_DOMAIN.get(crate::Lang::Pt), "o domínio não existe");
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
    }
}
