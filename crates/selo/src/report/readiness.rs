//! What would happen at `p=quarantine` and `p=reject`: for each domain of
//! a batch and its subdomains (`sp=`), the legitimate mail that does not
//! align yet (your servers and your senders) and the forged mail that would
//! be stopped; the next record to publish (`t=y` first, then the policy)
//! as a link to the DMARC generator; the sources to fix first; and the
//! DKIM selectors the reports name, each with a link to the Check page.

use super::sources::{Batch, Class, DomainId, SourceView};
use crate::dmarc::{self, Policy};
use crate::dns::{LookupError, QueryType, Resolver};
use crate::handoff::{Fix, dmarc_params, enc, href};
use crate::text::starts_with_version;
use crate::{Lang, Localized, Text};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Which names a line is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The domain itself (`p=`).
    Domain,
    /// Its subdomains, From domains below it (`sp=`; `np=` for names that
    /// do not exist, which reports cannot tell apart).
    Subdomains,
}

/// The policy a gate checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Target {
    /// `p=quarantine`.
    Quarantine,
    /// `p=reject`.
    Reject,
}

/// What a policy would do to the mail of the reports.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Impact {
    /// Messages of your servers and senders that would fail.
    pub legitimate_messages: u64,
    /// Those sources.
    pub legitimate_sources: u64,
    /// Forwarded messages that would fail (receivers often let them
    /// through on ARC or their own rules; nothing for you to fix).
    pub forwarded_messages: u64,
    /// Forged or unknown messages that would be stopped.
    pub forged_messages: u64,
    /// Those sources.
    pub forged_sources: u64,
    /// No legitimate message would fail.
    pub safe: bool,
}

/// The next DMARC record to publish.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextRecord {
    /// The record, as it would read.
    pub record: String,
    /// The DMARC generator, prefilled with it (`None` until the sources to
    /// fix are fixed).
    pub link: Option<String>,
    /// The step can be taken now.
    pub ready: bool,
    /// What the step does, in plain words.
    pub why: String,
    /// What to keep of the published record when this one is written from
    /// the reports alone (they do not carry `rua=`): `None` once it is
    /// written on the published record (see [`on_published`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The step: the policy and `t=y`.
    #[serde(skip)]
    step: (&'static str, bool),
}

/// A sender to fix before enforcing, with its failing messages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FixFirst {
    /// The group's name (a sender, a domain, a network).
    pub name: String,
    /// Its messages that fail DMARC under this scope.
    pub failing: u64,
    /// Its addresses.
    pub ips: Vec<String>,
    /// What to do.
    pub fix: Option<String>,
    /// The generator that does it.
    pub fix_link: Option<String>,
}

/// A domain's (or its subdomains') readiness.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Readiness {
    /// The policy domain.
    pub domain: String,
    /// The domain itself or its subdomains.
    pub scope: Scope,
    /// The tag that sets the policy for this scope (`p` or `sp`).
    pub tag: &'static str,
    /// The policy the latest report saw for this scope.
    pub current: String,
    /// `t=y` was published.
    pub testing: bool,
    /// Messages.
    pub messages: u64,
    /// Of which fail DMARC.
    pub failing: u64,
    /// At `quarantine`.
    pub quarantine: Impact,
    /// At `reject`.
    pub reject: Impact,
    /// The next record to publish (`None` at `reject` already).
    pub next: Option<NextRecord>,
    /// Senders to fix first, most failing messages first.
    pub fix_first: Vec<FixFirst>,
}

const WHY_TESTING: Text = Text::new(
    "Publish {policy} with t=y first: receivers treat it one step lower while you watch the reports.",
    "Publique primeiro {policy} com t=y: os recetores aplicam um nível abaixo enquanto acompanha os relatórios.",
);
const WHY_ENFORCE: Text = Text::new(
    "No legitimate mail in these reports fails: {policy} can be published.",
    "Nenhum correio legítimo destes relatórios falha: pode publicar {policy}.",
);
const WHY_BLOCKED: Text = Text::new(
    "{messages} legitimate messages would fail at {policy}: fix the sources below first.",
    "{messages} mensagens legítimas falhariam com {policy}: corrija primeiro as fontes abaixo.",
);
const KEEP_RUA: Text = Text::new(
    "Written from the reports, which do not show your record's rua=: keep the rua= you publish, or the reports stop.",
    "Escrito a partir dos relatórios, que não mostram o rua= do seu registo: mantenha o rua= que publica, ou os relatórios deixam de chegar.",
);
const UNREAD: Text = Text::new(
    "The record published at _dmarc.{domain} could not be read ({why}): keep its rua= when you publish this one, or the reports stop.",
    "O registo publicado em _dmarc.{domain} não pôde ser lido ({why}): mantenha o seu rua= ao publicar este, ou os relatórios deixam de chegar.",
);
const NO_RECORD: Text = Text::new("no DMARC record there", "não há lá registo DMARC");
const SEVERAL: Text = Text::new(
    "{n} DMARC records, where one is allowed",
    "{n} registos DMARC, onde só um é permitido",
);
const INVALID: Text = Text::new(
    "it is not a valid DMARC record",
    "não é um registo DMARC válido",
);

/// The texts of this module.
pub const TEXTS: &[(&str, Text)] = &[
    ("WHY_TESTING", WHY_TESTING),
    ("WHY_ENFORCE", WHY_ENFORCE),
    ("WHY_BLOCKED", WHY_BLOCKED),
    ("KEEP_RUA", KEEP_RUA),
    ("UNREAD", UNREAD),
    ("NO_RECORD", NO_RECORD),
    ("SEVERAL", SEVERAL),
    ("INVALID", INVALID),
];

/// The steps towards `reject`: none, quarantine with t=y, quarantine,
/// reject with t=y, reject.
const STEPS: [(&str, bool); 5] = [
    ("none", false),
    ("quarantine", true),
    ("quarantine", false),
    ("reject", true),
    ("reject", false),
];

fn step_of(policy: &str, testing: bool) -> usize {
    STEPS
        .iter()
        .position(|(p, t)| *p == policy && (*t == testing || policy == "none"))
        .unwrap_or(0)
}

/// Readiness for every domain of the batch and, where its reports show
/// mail from subdomains, for those.
pub fn readiness(batch: &Batch, sources: &[SourceView], lang: Lang) -> Vec<Readiness> {
    // (domain, sub) -> per source: (it, messages, failing)
    type PerSource<'a> = Vec<(&'a SourceView, u64, u64)>;
    let mut scopes: HashMap<(DomainId, bool), PerSource> = HashMap::new();
    for v in sources {
        let Some(s) = batch.ips.get(&v.ip) else {
            continue;
        };
        for c in &s.scopes {
            scopes
                .entry((c.domain, c.sub))
                .or_default()
                .push((v, c.messages, c.failing));
        }
    }
    // By domain name, the domain before its subdomains.
    let mut scopes: Vec<((&str, bool), PerSource)> = scopes
        .into_iter()
        .map(|((d, sub), v)| ((batch.domains.name(d), sub), v))
        .collect();
    scopes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::new();
    for ((domain, sub), per_ip) in scopes {
        let domain = domain.to_string();
        let policy = batch.policies.get(&domain).map(|(_, p)| p);
        let word = |o: Option<&String>| o.map(|s| s.trim().to_ascii_lowercase());
        let p = policy.and_then(|p| word(p.p.as_ref()));
        let current = if sub {
            policy.and_then(|x| word(x.sp.as_ref())).or(p.clone())
        } else {
            p.clone()
        }
        .filter(|w| ["none", "quarantine", "reject"].contains(&w.as_str()))
        .unwrap_or_else(|| "none".into());
        let testing = policy
            .and_then(|x| x.testing.as_deref())
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("y"));
        let mut imp = Impact::default();
        let mut messages = 0;
        let mut failing = 0;
        let mut legit: Vec<(&SourceView, u64)> = Vec::new();
        for (s, m, f) in &per_ip {
            messages += m;
            failing += f;
            if *f == 0 {
                continue;
            }
            match s.class {
                Class::YourSender | Class::Aligned => {
                    imp.legitimate_messages += f;
                    imp.legitimate_sources += 1;
                    legit.push((s, *f));
                }
                Class::Forwarded => imp.forwarded_messages += f,
                Class::Forged => {
                    imp.forged_messages += f;
                    imp.forged_sources += 1;
                }
            }
        }
        // In address order: the first source of a group with a fix gives
        // the group's.
        legit.sort_unstable_by(|a, b| a.0.ip.cmp(&b.0.ip));
        let mut fix: BTreeMap<String, FixFirst> = BTreeMap::new();
        for (s, f) in legit {
            let e = fix.entry(s.group.clone()).or_insert_with(|| FixFirst {
                name: s.group.clone(),
                failing: 0,
                ips: Vec::new(),
                fix: s.fix.clone(),
                fix_link: s.fix_link.clone(),
            });
            e.failing += f;
            e.ips.push(s.ip.clone());
            if e.fix.is_none() {
                e.fix = s.fix.clone();
                e.fix_link = s.fix_link.clone();
            }
        }
        imp.safe = imp.legitimate_messages == 0;
        let mut fix_first: Vec<FixFirst> = fix.into_values().collect();
        fix_first.sort_by(|a, b| b.failing.cmp(&a.failing).then(a.name.cmp(&b.name)));
        let now = step_of(&current, testing);
        let next = STEPS.get(now + 1).map(|(word, t)| {
            let ready = *t || imp.safe;
            let mut params: Vec<(&str, String)> = Vec::new();
            let o = |v: Option<&String>| v.map(|s| s.trim().to_string()).unwrap_or_default();
            if sub {
                params.push(("p", p.clone().unwrap_or_else(|| "none".into())));
                params.push(("sp", word.to_string()));
            } else {
                params.push(("p", word.to_string()));
                params.push(("sp", policy.map(|x| o(x.sp.as_ref())).unwrap_or_default()));
            }
            params.push(("np", policy.map(|x| o(x.np.as_ref())).unwrap_or_default()));
            params.push(("t", if *t { "y".into() } else { String::new() }));
            let strict = |v: Option<&String>| {
                if v.is_some_and(|s| s.trim() == "s") {
                    "s".to_string()
                } else {
                    String::new()
                }
            };
            params.push((
                "adkim",
                policy.map(|x| strict(x.adkim.as_ref())).unwrap_or_default(),
            ));
            params.push((
                "aspf",
                policy.map(|x| strict(x.aspf.as_ref())).unwrap_or_default(),
            ));
            params.push(("fo", policy.map(|x| o(x.fo.as_ref())).unwrap_or_default()));
            let mut record = String::from("v=DMARC1");
            for (k, v) in params.iter().filter(|(_, v)| !v.is_empty()) {
                record.push_str(&format!("; {k}={v}"));
            }
            let named = format!("{}={word}", if sub { "sp" } else { "p" });
            let why = if *t {
                WHY_TESTING.fill(lang, &[("policy", &named)])
            } else if imp.safe {
                WHY_ENFORCE.fill(lang, &[("policy", &named)])
            } else {
                WHY_BLOCKED.fill(
                    lang,
                    &[
                        ("messages", &imp.legitimate_messages.to_string()),
                        ("policy", &named),
                    ],
                )
            };
            NextRecord {
                record,
                link: ready.then(|| href("dmarc", &domain, &params)),
                ready,
                why,
                note: Some(KEEP_RUA.get(lang).to_string()),
                step: (word, *t),
            }
        });
        out.push(Readiness {
            domain,
            scope: if sub {
                Scope::Subdomains
            } else {
                Scope::Domain
            },
            tag: if sub { "sp" } else { "p" },
            current,
            testing,
            messages,
            failing,
            quarantine: imp.clone(),
            reject: imp,
            next,
            fix_first,
        });
    }
    out
}

/// What the lookup of `_dmarc.<domain>` found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Published {
    /// The one DMARC record published there.
    Record(String),
    /// No DMARC record is published there.
    Missing,
    /// Several DMARC records (receivers then apply none).
    Several(usize),
    /// The lookup failed.
    Failed(LookupError),
}

/// Looks up the DMARC record published at `_dmarc.<domain>`.
pub async fn published<R: Resolver>(r: &R, domain: &str) -> Published {
    let answer = r.lookup(&format!("_dmarc.{domain}"), QueryType::Txt).await;
    if let Some(e) = answer.error() {
        return Published::Failed(e.clone());
    }
    let mut found: Vec<String> = answer
        .txt()
        .into_iter()
        .filter(|t| starts_with_version(t, "v=DMARC1"))
        .collect();
    match found.len() {
        0 => Published::Missing,
        1 => Published::Record(found.remove(0)),
        n => Published::Several(n),
    }
}

/// The next record of `r` written on top of the record `found` at
/// `_dmarc.<domain>`: every tag published (`rua=` first of all) is kept and
/// only `t=y` and the policy of the step change. When the record could not
/// be read, the record from the reports stays, with a note that says so
/// and asks to keep `rua=`.
///
pub fn on_published(r: &mut Readiness, found: &Published, lang: Lang) {
    let Some(next) = r.next.as_mut() else { return };
    let why = match found {
        Published::Record(text) => match dmarc::parse(text).value {
            Some(mut d) => {
                let (word, t) = next.step;
                let policy = match word {
                    "reject" => Policy::Reject,
                    "quarantine" => Policy::Quarantine,
                    _ => Policy::None,
                };
                match r.scope {
                    Scope::Domain => d.policy = Some(policy),
                    Scope::Subdomains => {
                        d.policy = d.policy.or(Some(Policy::None));
                        d.subdomain_policy = Some(policy);
                    }
                }
                d.testing = t.then_some(true);
                next.record = d.to_string();
                if next.ready {
                    let params = dmarc_params(&r.domain, Some(&d), &Fix::default());
                    next.link = Some(href("dmarc", &r.domain, &params));
                }
                next.note = None;
                return;
            }
            None => INVALID.get(lang).to_string(),
        },
        Published::Missing => NO_RECORD.get(lang).to_string(),
        Published::Several(n) => SEVERAL.fill(lang, &[("n", &n.to_string())]),
        Published::Failed(e) => e.message_in(lang),
    };
    next.note = Some(UNREAD.fill(lang, &[("domain", &r.domain), ("why", &why)]));
}

/// True when moving to `target` would make no legitimate message of these
/// reports fail (forwarded mail is not counted: its fix is not yours).
pub fn safe(readiness: &[Readiness], target: Target) -> bool {
    readiness.iter().all(|r| match target {
        Target::Quarantine => r.quarantine.safe,
        Target::Reject => r.reject.safe,
    })
}

/// The DKIM selectors of one domain, each with its Check page link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Selectors {
    /// The signing domain.
    pub domain: String,
    /// (selector, link to the Check page with `&selector=` filled).
    pub selectors: Vec<(String, String)>,
    /// The Check page with every selector of the domain.
    pub check_all: String,
}

/// The selectors the batch's reports name, per signing domain of your own.
///
/// ```
/// use selo::report::{readiness::selectors, sources::Batch};
/// let mut b = Batch::default();
/// b.selectors.entry("example.com".into()).or_default().insert("s1".into());
/// let s = selectors(&b);
/// assert_eq!(s[0].selectors[0].1, "?page=check&domain=example.com&selector=s1");
/// ```
pub fn selectors(batch: &Batch) -> Vec<Selectors> {
    batch
        .selectors
        .iter()
        .map(|(d, set)| {
            let one = |s: &str| format!("?page=check&domain={}&selector={}", enc(d), enc(s));
            let mut all = format!("?page=check&domain={}", enc(d));
            for s in set {
                all.push_str(&format!("&selector={}", enc(s)));
            }
            Selectors {
                domain: d.clone(),
                selectors: set.iter().map(|s| (s.clone(), one(s))).collect(),
                check_all: all,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::enrich::Enrichment;
    use crate::report::sources::tests::{file, report, row};

    fn batch(p: &str, testing: bool) -> Batch {
        let mut r = report(
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
                    "192.0.2.66",
                    25,
                    "example.com",
                    &[],
                    &[("example.com", "fail")],
                ),
                row(
                    "192.0.2.67",
                    6,
                    "shop.example.com",
                    &[],
                    &[("shop.example.com", "fail")],
                ),
            ],
        );
        r.policy.p = Some(p.into());
        r.policy.testing = testing.then(|| "y".into());
        let mut b = Batch::default();
        b.add(&mut file("a.xml", vec![r]));
        b
    }

    fn run(b: &Batch) -> Vec<Readiness> {
        readiness(b, &b.sources(&Enrichment::default(), Lang::En), Lang::En)
    }

    #[test]
    fn legitimate_and_forged_mail_per_domain_and_subdomains() {
        let r = run(&batch("none", false));
        assert_eq!(r.len(), 2);
        let d = &r[0];
        assert_eq!(
            (d.domain.as_str(), d.scope, d.tag),
            ("example.com", Scope::Domain, "p")
        );
        assert_eq!((d.messages, d.failing), (165, 65));
        assert_eq!(
            (d.reject.legitimate_messages, d.reject.legitimate_sources),
            (40, 1)
        );
        assert_eq!((d.reject.forged_messages, d.reject.forged_sources), (25, 1));
        assert!(!d.reject.safe && !d.quarantine.safe);
        assert_eq!(d.fix_first[0].name, "SendGrid (Twilio)");
        assert_eq!(d.fix_first[0].failing, 40);
        // From none, t=y first: always a step that can be taken.
        let n = d.next.as_ref().unwrap();
        assert_eq!(n.record, "v=DMARC1; p=quarantine; t=y");
        assert_eq!(
            n.link.as_deref(),
            Some("?page=dmarc&domain=example.com&p=quarantine&t=y")
        );
        let s = &r[1];
        assert_eq!(
            (s.scope, s.tag, s.current.as_str()),
            (Scope::Subdomains, "sp", "none")
        );
        assert!(s.reject.safe);
        assert_eq!(s.reject.forged_messages, 6);
        assert!(!safe(&r, Target::Reject));
    }

    #[test]
    fn enforcing_waits_for_the_fixes_and_the_ladder_ends_at_reject() {
        let r = run(&batch("quarantine", true));
        let n = r[0].next.as_ref().unwrap();
        assert_eq!(n.record, "v=DMARC1; p=quarantine");
        assert!(!n.ready && n.link.is_none());
        assert_eq!(
            n.why,
            "40 legitimate messages would fail at p=quarantine: fix the sources below first."
        );
        let sub = r[1].next.as_ref().unwrap();
        assert!(sub.ready);
        assert_eq!(
            sub.link.as_deref(),
            Some("?page=dmarc&domain=example.com&p=quarantine&sp=quarantine")
        );
        let r = run(&batch("reject", false));
        assert_eq!(r[0].next, None);
    }

    #[test]
    fn the_next_record_keeps_the_published_rua_or_says_to_keep_it() {
        use crate::dns::MemoryZone;
        use futures::executor::block_on;
        let mut r = run(&batch("none", false));
        // From the reports alone: no rua=, and a note that says to keep it.
        let n = r[0].next.as_ref().unwrap();
        assert!(!n.record.contains("rua="));
        assert!(
            n.note
                .as_deref()
                .unwrap()
                .contains("keep the rua= you publish")
        );
        let mut z = MemoryZone::new();
        z.txt(
            "_dmarc.example.com",
            &["v=DMARC1; p=none; rua=mailto:d@example.com; fo=1; ruf=mailto:f@example.com"],
        );
        z.txt("example.com", &["v=spf1 -all"]);
        let found = block_on(published(&z, "example.com"));
        for x in &mut r {
            on_published(x, &found, Lang::En);
        }
        let n = r[0].next.as_ref().unwrap();
        assert_eq!(
            n.record,
            "v=DMARC1; p=quarantine; t=y; fo=1; rua=mailto:d@example.com; ruf=mailto:f@example.com"
        );
        assert_eq!(
            n.link.as_deref(),
            Some(
                "?page=dmarc&domain=example.com&p=quarantine&t=y&fo=1&rua=mailto%3Ad%40example.com&ruf=mailto%3Af%40example.com"
            )
        );
        assert_eq!(n.note, None);
        // The subdomains' step changes sp= only.
        let s = r[1].next.as_ref().unwrap();
        assert!(
            s.record
                .starts_with("v=DMARC1; p=none; sp=quarantine; t=y;"),
            "{}",
            s.record
        );
        assert!(s.record.contains("rua=mailto:d@example.com"));
        // Not read: the record of the reports stays, and says why and to keep rua=.
        let mut r = run(&batch("none", false));
        let z = MemoryZone::new();
        let missing = block_on(published(&z, "example.com"));
        assert_eq!(missing, Published::Missing);
        on_published(&mut r[0], &missing, Lang::En);
        let n = r[0].next.as_ref().unwrap();
        assert_eq!(n.record, "v=DMARC1; p=quarantine; t=y");
        assert_eq!(
            n.note.as_deref(),
            Some(
                "The record published at _dmarc.example.com could not be read (no DMARC record there): keep its rua= when you publish this one, or the reports stop."
            )
        );
        let mut z = MemoryZone::new();
        z.fail(
            "_dmarc.example.com",
            None,
            crate::dns::LookupError::ServFail,
        );
        let failed = block_on(published(&z, "example.com"));
        on_published(&mut r[0], &failed, Lang::Pt);
        assert!(
            r[0].next
                .as_ref()
                .unwrap()
                .note
                .as_deref()
                .unwrap()
                .contains("(o resolvedor respondeu SERVFAIL): mantenha o seu rua=")
        );
    }

    #[test]
    fn selector_links_open_the_check_page() {
        let b = batch("none", false);
        let s = selectors(&b);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].check_all, "?page=check&domain=example.com&selector=s1");
    }
}
