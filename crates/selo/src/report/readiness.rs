//! What would happen at `p=quarantine` and `p=reject`: for each domain of
//! a batch and its subdomains (`sp=`), the legitimate mail that does not
//! align yet (your servers and your senders) and the forged mail that would
//! be stopped; the next record to publish (`t=y` first, then the policy)
//! as a link to the DMARC generator; the sources to fix first; and the
//! DKIM selectors the reports name, each with a link to the Check page.

use super::sources::{Batch, Class, DomainId, SourceView};
use crate::handoff::{enc, href};
use crate::{Lang, Text};
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

/// The texts of this module.
pub const TEXTS: &[(&str, Text)] = &[
    ("WHY_TESTING", WHY_TESTING),
    ("WHY_ENFORCE", WHY_ENFORCE),
    ("WHY_BLOCKED", WHY_BLOCKED),
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
    fn selector_links_open_the_check_page() {
        let b = batch("none", false);
        let s = selectors(&b);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].check_all, "?page=check&domain=example.com&selector=s1");
    }
}
