//! A batch of reports seen as a whole: the same report counted once, every
//! source IP classified with its reason (aligned, your sender not aligned,
//! forwarded, unknown or forged), the sources grouped by sender with one
//! fix per group.
//!
//! ```
//! use selo::report::{read, sources::{Batch, Class}, Options};
//! let xml = br#"<feedback><report_metadata><org_name>r.example</org_name>
//! <report_id>1</report_id><date_range><begin>0</begin><end>86399</end></date_range>
//! </report_metadata><policy_published><domain>example.com</domain><p>none</p>
//! </policy_published><record><row><source_ip>198.51.100.7</source_ip><count>3</count>
//! <policy_evaluated><disposition>none</disposition><dkim>fail</dkim><spf>fail</spf>
//! </policy_evaluated></row><identifiers><header_from>example.com</header_from>
//! </identifiers><auth_results><spf><domain>example.com</domain><result>fail</result>
//! </spf></auth_results></record></feedback>"#;
//! let mut batch = Batch::default();
//! let mut one = read("a.xml", xml, &Options::default());
//! let mut again = read("b.xml", xml, &Options::default());
//! batch.add(&mut one);
//! batch.add(&mut again);
//! assert_eq!(batch.messages, 3);
//! assert_eq!(batch.duplicates[0].first, "a.xml");
//! let s = batch.sources(&Default::default(), selo::Lang::En);
//! assert_eq!(s[0].class, Class::Forged);
//! ```

use super::enrich::{Enriched, Enrichment};
use super::{Aggregate, FileResult, Policy, Report, Row};
use crate::domain::last_two_labels;
use crate::senders::{self, MatchedBy, Sender};
use crate::{Lang, Text};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Override reasons that say the message was forwarded (RFC 7489 6.6.2's
/// `forwarded`, `mailing_list`, `trusted_forwarder`).
pub const FORWARDING_REASONS: &[&str] = &["forwarded", "mailing_list", "trusted_forwarder"];

/// The same report read a second time, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    /// The reporter.
    pub org_name: String,
    /// The report's id.
    pub report_id: String,
    /// The domain it covers.
    pub domain: String,
    /// Start of its period (RFC 3339).
    pub begin: String,
    /// End of its period (RFC 3339).
    pub end: String,
    /// The file it was first read from.
    pub first: String,
    /// The file it came again in (the same one for a report twice in one zip).
    pub again: String,
}

impl Duplicate {
    /// One line saying the report was counted once, naming both files.
    pub fn note(&self, lang: Lang) -> String {
        DUPLICATE_NOTE.fill(
            lang,
            &[
                ("org", &self.org_name),
                ("id", &self.report_id),
                ("domain", &self.domain),
                ("first", &self.first),
                ("again", &self.again),
            ],
        )
    }
}

const DUPLICATE_NOTE: Text = Text::new(
    "Report {id} from {org} for {domain} is in {first} and again in {again}: counted once.",
    "O relatório {id} de {org} sobre {domain} está em {first} e de novo em {again}: contado uma vez.",
);

/// A domain name of the batch, by number (see [`Domains`]).
pub type DomainId = u32;

/// The domain names of a batch, each kept once: a batch of a hundred
/// thousand sources names a handful of domains.
#[derive(Clone, Debug, Default)]
pub struct Domains {
    names: Vec<String>,
    ids: HashMap<String, DomainId>,
    /// The known sender of each name, by its DKIM domains and by its SPF
    /// (include or bounce) domains: looked up once per name, not once per
    /// source.
    known: Vec<(Option<&'static Sender>, Option<&'static Sender>)>,
}

impl Domains {
    /// The number of `name` (lowercase, without the trailing dot).
    pub fn id(&mut self, name: &str) -> DomainId {
        if let Some(id) = self.ids.get(name) {
            return *id;
        }
        let id = DomainId::try_from(self.names.len()).unwrap_or(DomainId::MAX);
        self.names.push(name.to_string());
        self.ids.insert(name.to_string(), id);
        self.known
            .push((senders::by_dkim_domain(name), senders::by_spf_domain(name)));
        id
    }

    /// The name of `id`.
    pub fn name(&self, id: DomainId) -> &str {
        self.names.get(id as usize).map_or("", String::as_str)
    }

    /// [`senders::by_dkim_domain`] of `id`'s name.
    fn by_dkim(&self, id: DomainId) -> Option<&'static Sender> {
        self.known.get(id as usize).and_then(|k| k.0)
    }

    /// [`senders::by_spf_domain`] of `id`'s name.
    fn by_spf(&self, id: DomainId) -> Option<&'static Sender> {
        self.known.get(id as usize).and_then(|k| k.1)
    }
}

/// A domain's messages from one source: `sub` when the From domain is
/// below the policy domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScopeCount {
    /// The policy domain.
    pub domain: DomainId,
    /// The From domain is a subdomain of it.
    pub sub: bool,
    /// Messages.
    pub messages: u64,
    /// Messages that fail DMARC.
    pub failing: u64,
}

/// What one source IP sent, over the whole batch (its domains by number,
/// see [`Batch::domains`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IpStats {
    /// The address, as the reports write it.
    pub ip: String,
    /// Messages.
    pub messages: u64,
    /// Messages that passed DMARC.
    pub dmarc_pass: u64,
    /// Messages with aligned SPF pass.
    pub spf_aligned: u64,
    /// Messages with aligned DKIM pass.
    pub dkim_aligned: u64,
    /// Domains DKIM passed for that are not the From domain, with messages.
    pub dkim_foreign: Vec<(DomainId, u64)>,
    /// Domains SPF (MAIL FROM) passed for that are not the From domain.
    pub spf_foreign: Vec<(DomainId, u64)>,
    /// Every DKIM and SPF domain seen, for the sender's recognition.
    pub auth_domains: Vec<DomainId>,
    /// The forwarding override reason a reporter gave, if any.
    pub forwarded: Option<String>,
    /// Header-From domains.
    pub header_from: Vec<DomainId>,
    /// Messages per policy domain, and per its subdomains.
    pub scopes: Vec<ScopeCount>,
}

fn add_to(v: &mut Vec<(DomainId, u64)>, id: DomainId, n: u64) {
    match v.iter_mut().find(|(d, _)| *d == id) {
        Some(e) => e.1 += n,
        None => push_small(v, (id, n)),
    }
}

fn add_once(v: &mut Vec<DomainId>, id: DomainId) {
    if !v.contains(&id) {
        push_small(v, id);
    }
}

/// Pushes `x`, making room for one only when `v` is empty: most sources
/// have one of each, and a hundred thousand sources are common.
fn push_small<T>(v: &mut Vec<T>, x: T) {
    if v.capacity() == 0 {
        v.reserve_exact(1);
    }
    v.push(x);
}

/// The reports of a batch, merged: add files as they come.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    seen: HashMap<(String, String, String, i64, i64), String>,
    /// Reports read twice, counted once.
    pub duplicates: Vec<Duplicate>,
    /// Every source, by address (in no order: [`Batch::sources`] sorts).
    pub ips: HashMap<String, IpStats>,
    /// The domain names the sources' numbers stand for.
    pub domains: Domains,
    /// The policy each domain's latest report saw, with that report's end.
    pub policies: BTreeMap<String, (i64, Policy)>,
    /// DKIM selectors seen, by signing domain.
    pub selectors: BTreeMap<String, BTreeSet<String>>,
    /// Messages in the aggregate reports counted.
    pub messages: u64,
    /// Of which passed DMARC.
    pub dmarc_pass: u64,
}

fn lower(s: &str) -> String {
    s.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// Relaxed alignment, roughly: the same organizational part.
fn aligned(a: &str, b: &str) -> bool {
    !a.is_empty() && last_two_labels(a).eq_ignore_ascii_case(last_two_labels(b))
}

impl Batch {
    /// Adds a file's reports to the batch. A DMARC aggregate report already
    /// in the batch (same reporter, report id, domain and period) is taken
    /// out of `f` and noted in [`Batch::duplicates`]; the indexes of the
    /// reports taken out are returned (to take them out of the same file
    /// read in another language).
    pub fn add(&mut self, f: &mut FileResult) -> Vec<usize> {
        let dropped = self.dedup(f);
        for r in &f.reports {
            if let Report::DmarcAggregate(a) = r {
                self.add_aggregate(a);
            }
        }
        dropped
    }

    /// [`Batch::add`] in two steps, to hold less at once: takes the reports
    /// already in the batch out of `f` (noted in [`Batch::duplicates`]) and
    /// returns their indexes, without counting `f`'s rows; count them
    /// with [`Batch::tally`] (or not at all, to find duplicates only).
    pub fn dedup(&mut self, f: &mut FileResult) -> Vec<usize> {
        let mut dropped = Vec::new();
        for (i, r) in f.reports.iter().enumerate() {
            let Report::DmarcAggregate(a) = r else {
                continue;
            };
            let key = (
                a.org_name.clone(),
                a.report_id.clone(),
                a.domain.to_ascii_lowercase(),
                a.begin_ts,
                a.end_ts,
            );
            if let Some(first) = self.seen.get(&key) {
                self.duplicates.push(Duplicate {
                    org_name: a.org_name.clone(),
                    report_id: a.report_id.clone(),
                    domain: a.domain.clone(),
                    begin: a.begin.clone(),
                    end: a.end.clone(),
                    first: first.clone(),
                    again: f.file.clone(),
                });
                dropped.push(i);
                continue;
            }
            self.seen.insert(key, f.file.clone());
        }
        for i in dropped.iter().rev() {
            f.reports.remove(*i);
        }
        dropped
    }

    /// Counts the rows of `f` (once [`Batch::dedup`] took its duplicates
    /// out), freeing each row once counted: a report's rows and the
    /// batch's sources are not all held at once.
    pub fn tally(&mut self, f: FileResult) {
        for r in f.reports {
            if let Report::DmarcAggregate(mut a) = r {
                // The report's own per-source summary is not needed here.
                drop(std::mem::take(&mut a.sources));
                let records = std::mem::take(&mut a.records);
                let id = self.policy_of(&a);
                self.reserve(records.len());
                let (mut scratch, mut from) = (String::new(), String::new());
                for r in records {
                    self.add_row(id, &r, (&mut scratch, &mut from));
                }
            }
        }
    }

    /// Adds one aggregate report's rows (no duplicate check).
    pub fn add_aggregate(&mut self, a: &Aggregate) {
        let id = self.policy_of(a);
        self.reserve(a.records.len());
        let (mut scratch, mut from) = (String::new(), String::new());
        for r in &a.records {
            self.add_row(id, r, (&mut scratch, &mut from));
        }
    }

    /// Makes room for `rows` more sources at once: the table is not grown
    /// (and copied) again and again while a large report is counted. Its
    /// unused part costs address space, not memory.
    fn reserve(&mut self, rows: usize) {
        self.ips.reserve(rows);
    }

    /// Keeps the policy `a` saw when it is the latest for its domain;
    /// returns that domain's number.
    fn policy_of(&mut self, a: &Aggregate) -> DomainId {
        let domain = lower(if a.policy.domain.is_empty() {
            &a.domain
        } else {
            &a.policy.domain
        });
        let newer = self
            .policies
            .get(&domain)
            .is_none_or(|(end, _)| *end <= a.end_ts);
        if newer && !domain.is_empty() {
            self.policies
                .insert(domain.clone(), (a.end_ts, a.policy.clone()));
        }
        self.domains.id(&domain)
    }

    fn add_row(
        &mut self,
        domain_id: DomainId,
        r: &Row,
        (scratch, from): (&mut String, &mut String),
    ) {
        let ip = r.source_ip.trim();
        let s = match self.ips.get_mut(ip) {
            Some(s) => s,
            None => self.ips.entry(ip.to_string()).or_insert_with(|| IpStats {
                ip: ip.to_string(),
                ..IpStats::default()
            }),
        };
        let ds = &mut self.domains;
        let low = |raw: &str, scratch: &mut String| {
            scratch.clear();
            scratch.push_str(raw.trim().trim_end_matches('.'));
            scratch.make_ascii_lowercase();
        };
        low(&r.header_from, scratch);
        let from_id = if scratch.is_empty() {
            domain_id
        } else {
            ds.id(scratch)
        };
        let from = &mut *from;
        from.clear();
        from.push_str(ds.name(from_id));
        let pass = r.dkim == "pass" || r.spf == "pass";
        s.messages += r.count;
        self.messages += r.count;
        if pass {
            s.dmarc_pass += r.count;
            self.dmarc_pass += r.count;
        }
        if r.spf == "pass" {
            s.spf_aligned += r.count;
        }
        if r.dkim == "pass" {
            s.dkim_aligned += r.count;
        }
        for d in &r.dkim_results {
            low(&d.domain, scratch);
            if scratch.is_empty() {
                continue;
            }
            let own = aligned(scratch, from);
            let id = ds.id(scratch);
            if d.result == "pass" && !own {
                add_to(&mut s.dkim_foreign, id, r.count);
            }
            if let Some(sel) = d.selector.as_deref().map(str::trim)
                && !sel.is_empty()
                && own
            {
                let set = match self.selectors.get_mut(scratch.as_str()) {
                    Some(set) => set,
                    None => self.selectors.entry(scratch.clone()).or_default(),
                };
                if !set.contains(sel) {
                    set.insert(sel.to_string());
                }
            }
            add_once(&mut s.auth_domains, id);
        }
        for x in &r.spf_results {
            low(&x.domain, scratch);
            if scratch.is_empty() {
                continue;
            }
            let id = ds.id(scratch);
            if x.result == "pass" && x.scope.as_deref() != Some("helo") && !aligned(scratch, from) {
                add_to(&mut s.spf_foreign, id, r.count);
            }
            add_once(&mut s.auth_domains, id);
        }
        if let Some(e) = r.envelope_from.as_deref() {
            low(e, scratch);
            if !scratch.is_empty() {
                let id = ds.id(scratch);
                add_once(&mut s.auth_domains, id);
            }
        }
        if s.forwarded.is_none()
            && let Some(x) = r
                .reasons
                .iter()
                .find(|x| FORWARDING_REASONS.contains(&x.kind.as_str()))
        {
            s.forwarded = Some(x.kind.clone());
        }
        let sub = from_id != domain_id;
        match s
            .scopes
            .iter_mut()
            .find(|c| c.domain == domain_id && c.sub == sub)
        {
            Some(c) => {
                c.messages += r.count;
                c.failing += if pass { 0 } else { r.count };
            }
            None => push_small(
                &mut s.scopes,
                ScopeCount {
                    domain: domain_id,
                    sub,
                    messages: r.count,
                    failing: if pass { 0 } else { r.count },
                },
            ),
        }
        add_once(&mut s.header_from, from_id);
    }

    /// The distinct source addresses, most messages first.
    pub fn addresses(&self) -> Vec<String> {
        self.by_messages()
            .into_iter()
            .map(|s| s.ip.clone())
            .collect()
    }

    /// The sources, most messages first, then by address.
    fn by_messages(&self) -> Vec<&IpStats> {
        // The first 16 bytes of the address as a number that sorts the
        // same way (shorter first, as with strings): most comparisons end
        // there, without reading the address from elsewhere in memory.
        let key = |ip: &str| {
            let mut b = [0u8; 16];
            let n = ip.len().min(16);
            b[..n].copy_from_slice(&ip.as_bytes()[..n]);
            u128::from_be_bytes(b)
        };
        let mut v: Vec<(u64, u128, &IpStats)> = self
            .ips
            .values()
            .map(|s| (s.messages, key(&s.ip), s))
            .collect();
        // Addresses are unique: no two sources compare equal.
        v.sort_unstable_by(|a, b| {
            b.0.cmp(&a.0)
                .then(a.1.cmp(&b.1))
                .then_with(|| a.2.ip.cmp(&b.2.ip))
        });
        v.into_iter().map(|(_, _, s)| s).collect()
    }

    /// Every source, classified (with what `names` found when the sources
    /// were looked up), most messages first.
    pub fn sources(&self, names: &Enrichment, lang: Lang) -> Vec<SourceView> {
        self.by_messages()
            .into_iter()
            .map(|s| classify(s, &self.domains, names.get(&s.ip), lang))
            .collect()
    }
}

/// What a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Passes DMARC as your domain.
    Aligned,
    /// A server or service that sends for you but does not align yet.
    YourSender,
    /// Mail of yours passed on by a forwarder or a mailing list.
    Forwarded,
    /// Fails both and matches no sender: p=reject stops it.
    Forged,
}

impl Class {
    /// Its stable code (`aligned`, `your-sender`, `forwarded`, `forged`).
    pub const fn code(self) -> &'static str {
        match self {
            Class::Aligned => "aligned",
            Class::YourSender => "your-sender",
            Class::Forwarded => "forwarded",
            Class::Forged => "forged",
        }
    }

    /// Its name on screen.
    pub const fn label(self) -> Text {
        match self {
            Class::Aligned => Text::new("Aligned", "Alinhada"),
            Class::YourSender => {
                Text::new("Your sender, not aligned", "Remetente seu, não alinhado")
            }
            Class::Forwarded => Text::new("Forwarded", "Reencaminhada"),
            Class::Forged => Text::new("Unknown or forged", "Desconhecida ou falsificada"),
        }
    }
}

/// One source IP, classified.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceView {
    /// The address.
    pub ip: String,
    /// Its reverse name (the forward-confirmed one first), when looked up.
    pub ptr: Option<String>,
    /// The reverse name resolves back to the address.
    pub ptr_confirmed: bool,
    /// The AS number announcing it, when looked up.
    pub asn: Option<u32>,
    /// The AS's name.
    pub as_name: Option<String>,
    /// The known sender it belongs to.
    pub sender: Option<&'static str>,
    /// That sender's id.
    pub sender_id: Option<&'static str>,
    /// How the sender was recognised.
    pub matched_by: Option<MatchedBy>,
    /// What the source is.
    pub class: Class,
    /// Why, in plain words.
    pub reason: Cow<'static, str>,
    /// Messages.
    pub messages: u64,
    /// Messages that passed DMARC.
    pub dmarc_pass: u64,
    /// Messages with aligned SPF pass.
    pub spf_aligned: u64,
    /// Messages with aligned DKIM pass.
    pub dkim_aligned: u64,
    /// What to do, when something can be done.
    pub fix: Option<String>,
    /// The generator that does it, prefilled.
    pub fix_link: Option<String>,
    /// The group it is shown in (see [`groups`]).
    pub group: String,
    /// The From domains.
    pub header_from: Vec<String>,
    /// A lookup that failed for this address, said in plain words.
    pub lookup_error: Option<String>,
}

impl SourceView {
    /// Messages that fail DMARC.
    pub fn failing(&self) -> u64 {
        self.messages - self.dmarc_pass
    }
}

const WHY_ALIGNED: Text = Text::new(
    "Passes DMARC as your domain.",
    "Passa o DMARC como o seu domínio.",
);
const WHY_OVERRIDE: Text = Text::new(
    "The receiver says it was passed on ({reason}).",
    "O recetor diz que foi reencaminhada ({reason}).",
);
const WHY_FORWARDER: Text = Text::new(
    "DKIM passes as your domain while SPF fails, from {sender}: mail forwarded by its users.",
    "O DKIM passa como o seu domínio e o SPF falha, a partir de {sender}: correio reencaminhado pelos seus utilizadores.",
);
const WHY_DKIM_FOREIGN: Text = Text::new(
    "DKIM passes for {domain}, not for your domain.",
    "O DKIM passa para {domain}, não para o seu domínio.",
);
const WHY_SPF_FOREIGN: Text = Text::new(
    "SPF passes for {domain} (the return path), not for your domain.",
    "O SPF passa para {domain} (o return-path), não para o seu domínio.",
);
const WHY_PARTLY: Text = Text::new(
    "{pass} of {messages} messages pass DMARC from this server; the others do not.",
    "{pass} de {messages} mensagens passam o DMARC a partir deste servidor; as outras não.",
);
const WHY_NETWORK: Text = Text::new(
    "Sent from {sender}'s servers, but neither DKIM nor SPF passes, for your domain or for {sender}.",
    "Enviada dos servidores de {sender}, mas nem o DKIM nem o SPF passam, nem para o seu domínio nem para {sender}.",
);
const WHY_FAILS_BOTH: Text = Text::new(
    "DKIM and SPF both fail and no known sender matches: nothing to fix, p=reject stops it.",
    "O DKIM e o SPF falham e nenhum remetente conhecido corresponde: nada a corrigir, p=reject trava-a.",
);
const FIX_SENDER: Text = Text::new(
    "Set up {sender}'s custom DKIM domain so that it signs as {domain}, or a custom return path under {domain} so that SPF aligns.",
    "Configure no {sender} o domínio DKIM próprio para que assine como {domain}, ou um return-path próprio em {domain} para que o SPF fique alinhado.",
);
const FIX_UNKNOWN: Text = Text::new(
    "If {service} sends for you, have it sign with {domain} (a custom DKIM domain) or use a return path under {domain}.",
    "Se {service} envia por si, faça-o assinar com {domain} (um domínio DKIM próprio) ou usar um return-path em {domain}.",
);
const FIX_OWN: Text = Text::new(
    "If this server is yours, add it to the SPF record of {domain} and sign all its mail with DKIM as {domain}.",
    "Se este servidor é seu, acrescente-o ao registo SPF de {domain} e assine todo o seu correio com DKIM como {domain}.",
);

/// Every text of this module, for the tests of the fronts that show them.
pub const TEXTS: &[(&str, Text)] = &[
    ("DUPLICATE_NOTE", DUPLICATE_NOTE),
    ("WHY_ALIGNED", WHY_ALIGNED),
    ("WHY_OVERRIDE", WHY_OVERRIDE),
    ("WHY_FORWARDER", WHY_FORWARDER),
    ("WHY_DKIM_FOREIGN", WHY_DKIM_FOREIGN),
    ("WHY_SPF_FOREIGN", WHY_SPF_FOREIGN),
    ("WHY_PARTLY", WHY_PARTLY),
    ("WHY_NETWORK", WHY_NETWORK),
    ("WHY_FAILS_BOTH", WHY_FAILS_BOTH),
    ("FIX_SENDER", FIX_SENDER),
    ("FIX_UNKNOWN", FIX_UNKNOWN),
    ("FIX_OWN", FIX_OWN),
];

/// The policy domain most of a source's mail is about.
fn main_domain<'a>(s: &IpStats, ds: &'a Domains) -> &'a str {
    s.scopes
        .iter()
        .max_by_key(|c| c.messages)
        .map(|c| c.domain)
        .or_else(|| s.header_from.first().copied())
        .map_or("", |d| ds.name(d))
}

/// The domain of `m` with the most messages (the first seen on a tie).
fn top<'a>(m: &[(DomainId, u64)], ds: &'a Domains) -> Option<&'a str> {
    let mut best: Option<(DomainId, u64)> = None;
    for (d, n) in m {
        if best.is_none_or(|(_, b)| *n > b) {
            best = Some((*d, *n));
        }
    }
    best.map(|(d, _)| ds.name(d))
}

/// Classifies one source, with what its lookups found.
pub fn classify(s: &IpStats, ds: &Domains, found: Option<&Enriched>, lang: Lang) -> SourceView {
    let ptr = found.and_then(|e| e.ptr.clone());
    // senders::identify, with each domain's sender looked up once.
    let matched = s
        .dkim_foreign
        .iter()
        .find_map(|(d, _)| ds.by_dkim(*d))
        .map(|x| (x, MatchedBy::DkimDomain))
        .or_else(|| {
            s.spf_foreign
                .iter()
                .map(|(d, _)| *d)
                .chain(s.auth_domains.iter().copied())
                .find_map(|d| ds.by_spf(d))
                .map(|x| (x, MatchedBy::SpfDomain))
        })
        .or_else(|| {
            ptr.as_deref()
                .and_then(senders::by_reverse_name)
                .map(|x| (x, MatchedBy::ReverseName))
        });
    let sender: Option<&'static Sender> = matched.map(|(x, _)| x);
    let domain = main_domain(s, ds);
    let failing = s.messages - s.dmarc_pass;
    let mut fix = None;
    let mut fix_link = None;
    let (class, reason) = if let Some(kind) = &s.forwarded
        && failing > 0
    {
        (
            Class::Forwarded,
            Cow::Owned(WHY_OVERRIDE.fill(lang, &[("reason", kind)])),
        )
    } else if failing == 0 {
        match sender {
            Some(x) if x.forwards && s.spf_aligned < s.messages && s.dkim_aligned > 0 => (
                Class::Forwarded,
                Cow::Owned(WHY_FORWARDER.fill(lang, &[("sender", x.name)])),
            ),
            _ => (Class::Aligned, Cow::Borrowed(WHY_ALIGNED.get(lang))),
        }
    } else {
        // Which foreign pass belongs to the matched sender, else the biggest.
        let of_sender = |m: &[(DomainId, u64)], dkim: bool| -> Option<&str> {
            m.iter()
                .map(|(d, _)| *d)
                .find(|d| {
                    sender.is_some_and(|x| {
                        let by = if dkim { ds.by_dkim(*d) } else { ds.by_spf(*d) };
                        by.is_some_and(|b| b.id == x.id)
                    })
                })
                .map(|d| ds.name(d))
        };
        let dkim_d = of_sender(&s.dkim_foreign, true);
        let spf_d = of_sender(&s.spf_foreign, false);
        if let (Some(x), Some(d)) = (sender, dkim_d.or(spf_d)) {
            let why = if dkim_d.is_some() {
                WHY_DKIM_FOREIGN
            } else {
                WHY_SPF_FOREIGN
            };
            fix = Some(FIX_SENDER.fill(lang, &[("sender", x.name), ("domain", domain)]));
            if crate::handoff::dkim_provider(x.id).is_some() {
                fix_link = Some(crate::handoff::dkim_href(
                    domain,
                    &crate::handoff::Fix {
                        preset: Some(x.id),
                        ..Default::default()
                    },
                ));
            }
            (
                Class::YourSender,
                Cow::Owned(why.fill(lang, &[("domain", d)])),
            )
        } else if let Some(d) = top(&s.dkim_foreign, ds).or_else(|| top(&s.spf_foreign, ds)) {
            let why = if top(&s.dkim_foreign, ds) == Some(d) {
                WHY_DKIM_FOREIGN
            } else {
                WHY_SPF_FOREIGN
            };
            let service = sender.map_or(d, |x| x.name);
            fix = Some(FIX_UNKNOWN.fill(lang, &[("service", service), ("domain", domain)]));
            (
                Class::YourSender,
                Cow::Owned(why.fill(lang, &[("domain", d)])),
            )
        } else if s.dmarc_pass > 0 {
            fix = Some(FIX_OWN.fill(lang, &[("domain", domain)]));
            (
                Class::YourSender,
                Cow::Owned(WHY_PARTLY.fill(
                    lang,
                    &[
                        ("pass", &s.dmarc_pass.to_string()),
                        ("messages", &s.messages.to_string()),
                    ],
                )),
            )
        } else if let Some(x) = sender {
            (
                Class::Forged,
                Cow::Owned(WHY_NETWORK.fill(lang, &[("sender", x.name)])),
            )
        } else {
            (Class::Forged, Cow::Borrowed(WHY_FAILS_BOTH.get(lang)))
        }
    };
    let group = group_key(s, ds, sender, found);
    SourceView {
        ip: s.ip.clone(),
        ptr,
        ptr_confirmed: found.is_some_and(|e| e.ptr_confirmed),
        asn: found.and_then(|e| e.asn),
        as_name: found.and_then(|e| e.as_name.clone()),
        sender: sender.map(|x| x.name),
        sender_id: sender.map(|x| x.id),
        matched_by: matched.map(|(_, m)| m),
        class,
        reason,
        messages: s.messages,
        dmarc_pass: s.dmarc_pass,
        spf_aligned: s.spf_aligned,
        dkim_aligned: s.dkim_aligned,
        fix,
        fix_link,
        group: group.0,
        header_from: s
            .header_from
            .iter()
            .map(|d| ds.name(*d).to_string())
            .collect(),
        lookup_error: found.and_then(|e| e.error(lang)),
    }
}

/// How a group was formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupBy {
    /// A known sender.
    Sender,
    /// The DKIM domain the mail passes for.
    DkimDomain,
    /// The reverse name's domain.
    ReverseName,
    /// The network (AS, else the /24 or /48).
    Network,
}

/// The group of a source: the known sender, else the DKIM domain it passes
/// for, else its reverse name's domain, else its network.
fn group_key(
    s: &IpStats,
    ds: &Domains,
    sender: Option<&Sender>,
    found: Option<&Enriched>,
) -> (String, GroupBy) {
    if let Some(x) = sender {
        return (x.name.to_string(), GroupBy::Sender);
    }
    if let Some(d) = top(&s.dkim_foreign, ds) {
        return (last_two_labels(d).to_string(), GroupBy::DkimDomain);
    }
    if let Some(p) = found.and_then(|e| e.ptr.as_deref()) {
        return (last_two_labels(p).to_string(), GroupBy::ReverseName);
    }
    if let Some(e) = found
        && let Some(n) = e.asn
    {
        let name = e.as_name.as_deref().unwrap_or("");
        return (format!("AS{n} {name}").trim().to_string(), GroupBy::Network);
    }
    (network(&s.ip), GroupBy::Network)
}

/// The /24 (IPv4) or /48 (IPv6) an address is in.
///
/// ```
/// assert_eq!(selo::report::sources::network("198.51.100.7"), "198.51.100.0/24");
/// assert_eq!(selo::report::sources::network("2001:db8:1:2::1"), "2001:db8:1::/48");
/// ```
pub fn network(ip: &str) -> String {
    match ip.trim().parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(v4)) => {
            // Written by hand: `format!` costs more than the rest of a
            // source's classification.
            let mut s = String::with_capacity(18);
            for n in &v4.octets()[..3] {
                if *n >= 100 {
                    s.push(char::from(b'0' + n / 100));
                }
                if *n >= 10 {
                    s.push(char::from(b'0' + n / 10 % 10));
                }
                s.push(char::from(b'0' + n % 10));
                s.push('.');
            }
            s.push_str("0/24");
            s
        }
        Ok(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            let net = std::net::Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0);
            format!("{net}/48")
        }
        Err(_) => ip.to_string(),
    }
}

/// The sources of one sender, with one fix for all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Group {
    /// What the group is named after (a sender, a domain, a network).
    pub name: String,
    /// How it was formed.
    pub by: GroupBy,
    /// The class with the most messages.
    pub class: Class,
    /// The reason of its biggest source of that class.
    pub reason: Cow<'static, str>,
    /// Messages.
    pub messages: u64,
    /// Messages that passed DMARC.
    pub dmarc_pass: u64,
    /// Its addresses, most messages first.
    pub ips: Vec<String>,
    /// The fix (of its biggest source that has one).
    pub fix: Option<String>,
    /// The generator that does it.
    pub fix_link: Option<String>,
}

impl Group {
    /// Messages that fail DMARC.
    pub fn failing(&self) -> u64 {
        self.messages - self.dmarc_pass
    }
}

/// The sources grouped by sender (and class: a sender's aligned sources
/// are not in the group of its failing ones), the most failing messages
/// first, then the most messages.
pub fn groups(sources: &[SourceView], found: &Enrichment, batch: &Batch) -> Vec<Group> {
    let mut by: HashMap<(&str, Class), Vec<&SourceView>> = HashMap::new();
    for s in sources {
        by.entry((s.group.as_str(), s.class)).or_default().push(s);
    }
    // By name and class, so that groups tied below keep that order.
    let mut by: Vec<((&str, Class), Vec<&SourceView>)> = by.into_iter().collect();
    by.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut out: Vec<Group> = by
        .into_iter()
        .map(|((name, _), mut v)| {
            v.sort_by(|a, b| b.messages.cmp(&a.messages).then(a.ip.cmp(&b.ip)));
            let mut per_class: BTreeMap<Class, u64> = BTreeMap::new();
            for s in &v {
                *per_class.entry(s.class).or_default() += s.messages;
            }
            let class = per_class
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(c, _)| *c)
                .unwrap_or(Class::Forged);
            let first = v.iter().find(|s| s.class == class).unwrap_or(&v[0]);
            let with_fix = v.iter().find(|s| s.fix.is_some());
            let gb = batch
                .ips
                .get(&v[0].ip)
                .map(|st| {
                    group_key(
                        st,
                        &batch.domains,
                        v[0].sender_id.and_then(senders::find),
                        found.get(&st.ip),
                    )
                    .1
                })
                .unwrap_or(GroupBy::Network);
            Group {
                name: name.to_string(),
                by: gb,
                class,
                reason: first.reason.clone(),
                messages: v.iter().map(|s| s.messages).sum(),
                dmarc_pass: v.iter().map(|s| s.dmarc_pass).sum(),
                ips: v.iter().map(|s| s.ip.clone()).collect(),
                fix: with_fix.and_then(|s| s.fix.clone()),
                fix_link: with_fix.and_then(|s| s.fix_link.clone()),
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.failing()
            .cmp(&a.failing())
            .then(b.messages.cmp(&a.messages))
            .then(a.name.cmp(&b.name))
    });
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::report::{DkimResult, Reason, SpfResult};

    pub(crate) fn row(
        ip: &str,
        count: u64,
        from: &str,
        dkim: &[(&str, &str)],
        spf: &[(&str, &str)],
    ) -> Row {
        let dkim_results: Vec<DkimResult> = dkim
            .iter()
            .map(|(d, r)| DkimResult {
                domain: d.to_string(),
                selector: Some("s1".into()),
                result: r.to_string(),
                human_result: None,
            })
            .collect();
        let spf_results: Vec<SpfResult> = spf
            .iter()
            .map(|(d, r)| SpfResult {
                domain: d.to_string(),
                scope: Some("mfrom".into()),
                result: r.to_string(),
            })
            .collect();
        let al = |d: &str, r: &str| r == "pass" && aligned(d, from);
        Row {
            source_ip: ip.into(),
            count,
            disposition: "none".into(),
            dkim: if dkim.iter().any(|(d, r)| al(d, r)) {
                "pass"
            } else {
                "fail"
            }
            .into(),
            spf: if spf.iter().any(|(d, r)| al(d, r)) {
                "pass"
            } else {
                "fail"
            }
            .into(),
            header_from: from.into(),
            dkim_results,
            spf_results,
            ..Row::default()
        }
    }

    pub(crate) fn report(id: &str, rows: Vec<Row>) -> Aggregate {
        Aggregate {
            org_name: "receiver.example".into(),
            report_id: id.into(),
            domain: "example.com".into(),
            begin_ts: 0,
            end_ts: 86399,
            policy: Policy {
                domain: "example.com".into(),
                p: Some("none".into()),
                ..Policy::default()
            },
            records: rows,
            ..Aggregate::default()
        }
    }

    pub(crate) fn file(name: &str, reports: Vec<Aggregate>) -> FileResult {
        FileResult {
            file: name.into(),
            status: "ok",
            error: None,
            error_detail: None,
            reports: reports.into_iter().map(Report::DmarcAggregate).collect(),
        }
    }

    fn batch() -> Batch {
        let mut b = Batch::default();
        b.add(&mut batch_file());
        b
    }

    /// The file of [`batch`]: one report, every kind of source.
    fn batch_file() -> FileResult {
        let mut forwarded = row(
            "203.0.113.5",
            4,
            "example.com",
            &[("example.com", "fail")],
            &[("example.com", "fail")],
        );
        forwarded.reasons.push(Reason {
            kind: "forwarded".into(),
            comment: None,
        });
        file(
            "a.xml",
            vec![report(
                "1",
                vec![
                    row(
                        "192.0.2.10",
                        100,
                        "example.com",
                        &[("example.com", "pass")],
                        &[("example.com", "pass")],
                    ),
                    row(
                        "198.51.100.20",
                        40,
                        "example.com",
                        &[("em1.sendgrid.net", "pass")],
                        &[("sendgrid.net", "pass")],
                    ),
                    row(
                        "198.51.100.21",
                        10,
                        "example.com",
                        &[("em1.sendgrid.net", "pass")],
                        &[("sendgrid.net", "pass")],
                    ),
                    row(
                        "198.51.100.30",
                        7,
                        "news.example.com",
                        &[("mailer.example.net", "pass")],
                        &[],
                    ),
                    forwarded,
                    row(
                        "192.0.2.66",
                        25,
                        "example.com",
                        &[],
                        &[("example.com", "fail")],
                    ),
                    row(
                        "192.0.2.67",
                        5,
                        "example.com",
                        &[],
                        &[("example.com", "softfail")],
                    ),
                ],
            )],
        )
    }

    #[test]
    fn each_source_is_classified_with_its_reason() {
        let b = batch();
        let s = b.sources(&Enrichment::default(), Lang::En);
        let by = |ip: &str| s.iter().find(|x| x.ip == ip).unwrap();
        assert_eq!(by("192.0.2.10").class, Class::Aligned);
        let sg = by("198.51.100.20");
        assert_eq!(
            (sg.class, sg.sender),
            (Class::YourSender, Some("SendGrid (Twilio)"))
        );
        assert_eq!(sg.matched_by, Some(MatchedBy::DkimDomain));
        assert_eq!(
            sg.reason,
            "DKIM passes for em1.sendgrid.net, not for your domain."
        );
        assert!(
            sg.fix
                .as_deref()
                .unwrap()
                .contains("SendGrid (Twilio)'s custom DKIM domain")
        );
        assert_eq!(
            sg.fix_link.as_deref(),
            Some("?page=dkim&domain=example.com&how=cname&provider=sendgrid")
        );
        let other = by("198.51.100.30");
        assert_eq!((other.class, other.sender), (Class::YourSender, None));
        assert!(
            other
                .fix
                .as_deref()
                .unwrap()
                .starts_with("If mailer.example.net sends for you")
        );
        let fwd = by("203.0.113.5");
        assert_eq!(fwd.class, Class::Forwarded);
        assert_eq!(
            fwd.reason,
            "The receiver says it was passed on (forwarded)."
        );
        assert_eq!(fwd.fix, None);
        let forged = by("192.0.2.66");
        assert_eq!(forged.class, Class::Forged);
        assert!(forged.reason.contains("p=reject stops it"));
        assert_eq!(forged.fix, None);
        // Most messages first.
        assert_eq!(s[0].ip, "192.0.2.10");
        let pt = b.sources(&Enrichment::default(), Lang::Pt);
        assert_eq!(
            pt[1].reason,
            "O DKIM passa para em1.sendgrid.net, não para o seu domínio."
        );
    }

    #[test]
    fn a_server_that_sometimes_aligns_is_yours_and_dkim_only_from_a_forwarder_is_forwarding() {
        let mut b = Batch::default();
        b.add(&mut file(
            "a.xml",
            vec![report(
                "1",
                vec![
                    row(
                        "192.0.2.40",
                        9,
                        "example.com",
                        &[("example.com", "pass")],
                        &[("example.com", "pass")],
                    ),
                    row(
                        "192.0.2.40",
                        1,
                        "example.com",
                        &[],
                        &[("example.com", "fail")],
                    ),
                    row(
                        "198.51.100.9",
                        3,
                        "example.com",
                        &[("example.com", "pass")],
                        &[("example.com", "fail")],
                    ),
                ],
            )],
        ));
        let mut names = Enrichment::default();
        names.insert(Enriched {
            ip: "198.51.100.9".into(),
            ptr: Some("mail-sor-f41.google.com".into()),
            ptr_confirmed: true,
            ..Enriched::default()
        });
        let s = b.sources(&names, Lang::En);
        let own = s.iter().find(|x| x.ip == "192.0.2.40").unwrap();
        assert_eq!(own.class, Class::YourSender);
        assert_eq!(
            own.reason,
            "9 of 10 messages pass DMARC from this server; the others do not."
        );
        let g = s.iter().find(|x| x.ip == "198.51.100.9").unwrap();
        assert_eq!(
            (g.class, g.sender_id),
            (Class::Forwarded, Some("google-workspace"))
        );
        assert_eq!(g.matched_by, Some(MatchedBy::ReverseName));
    }

    #[test]
    fn the_same_report_twice_is_counted_once_with_both_files_named() {
        let mut b = Batch::default();
        let r = || report("7", vec![row("192.0.2.1", 5, "example.com", &[], &[])]);
        let mut zip = file("reports.zip", vec![r(), r()]);
        assert_eq!(b.add(&mut zip), vec![1]);
        assert_eq!(zip.reports.len(), 1);
        let mut eml = file(
            "again.eml",
            vec![
                r(),
                report("8", vec![row("192.0.2.1", 2, "example.com", &[], &[])]),
            ],
        );
        assert_eq!(b.add(&mut eml), vec![0]);
        assert_eq!(b.messages, 7);
        assert_eq!(b.ips["192.0.2.1"].messages, 7);
        assert_eq!(b.duplicates.len(), 2);
        assert_eq!(
            b.duplicates[0].note(Lang::En),
            "Report 7 from receiver.example for example.com is in reports.zip and again in reports.zip: counted once."
        );
        assert_eq!(
            b.duplicates[1].note(Lang::Pt),
            "O relatório 7 de receiver.example sobre example.com está em reports.zip e de novo em again.eml: contado uma vez."
        );
    }

    #[test]
    fn groups_give_one_fix_per_sender_with_its_addresses() {
        let b = batch();
        let s = b.sources(&Enrichment::default(), Lang::En);
        let g = groups(&s, &Enrichment::default(), &b);
        let sg = g.iter().find(|g| g.name == "SendGrid (Twilio)").unwrap();
        assert_eq!(sg.ips, ["198.51.100.20", "198.51.100.21"]);
        assert_eq!(
            (sg.messages, sg.failing(), sg.by),
            (50, 50, GroupBy::Sender)
        );
        assert!(sg.fix.is_some());
        assert_eq!(g[0].name, "SendGrid (Twilio)");
        let other = g.iter().find(|g| g.name == "example.net").unwrap();
        assert_eq!(other.by, GroupBy::DkimDomain);
        // Unknown sources without names fall into their network.
        let net = g
            .iter()
            .find(|g| g.name == "192.0.2.0/24" && g.class == Class::Forged)
            .unwrap();
        assert_eq!(net.ips, ["192.0.2.66", "192.0.2.67"]);
        assert_eq!((net.by, net.fix.as_deref()), (GroupBy::Network, None));
    }

    #[test]
    fn counting_a_file_after_printing_it_finds_the_same_sources_and_duplicates() {
        let mut whole = batch();
        let mut split = Batch::default();
        let mut f = batch_file();
        assert!(split.dedup(&mut f).is_empty());
        split.tally(f);
        let mut again = batch_file();
        again.file = "b.xml".into();
        let mut twice = again.clone();
        assert_eq!(split.dedup(&mut again), whole.add(&mut twice));
        assert!(again.reports.is_empty());
        split.tally(again);
        let none = Enrichment::default();
        assert_eq!(
            split.sources(&none, Lang::En),
            whole.sources(&none, Lang::En)
        );
        assert_eq!(split.duplicates, whole.duplicates);
        assert_eq!(split.messages, whole.messages);
        assert_eq!(split.selectors, whole.selectors);
    }

    #[test]
    fn selectors_are_kept_for_the_domains_own_signatures() {
        let b = batch();
        assert_eq!(b.selectors.keys().collect::<Vec<_>>(), ["example.com"]);
        assert!(b.selectors["example.com"].contains("s1"));
        assert_eq!(b.domains.name(0), "example.com");
    }
}
