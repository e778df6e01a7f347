//! What changed between two checks of one domain: a [`Snapshot`] keeps
//! what a check found in a small form that can be saved (JSON) and read
//! back, and [`compare`] lists every difference between an older and a
//! newer snapshot, each marked `worse` when it leaves the domain less
//! protected (a record gone, a policy weakened, a new error, an SPF record
//! that costs more lookups, a DKIM key gone or shorter, DNSSEC lost).
//!
//! A part that could not be looked up in either check (a timeout, a
//! SERVFAIL) is not compared record by record: its failure shows as a new
//! error instead of a record that looks removed.
//!
//! ```
//! use futures::executor::block_on;
//! use selo::check::drift::{Snapshot, compare};
//! use selo::check::{run, CheckOptions};
//! use selo::dns::{HttpError, HttpGet, HttpResponse, MemoryZone};
//!
//! struct NoHttp;
//! impl HttpGet for NoHttp {
//!     async fn get(&self, _: &str, _: &str) -> Result<HttpResponse, HttpError> {
//!         Err(HttpError::Network("offline".into()))
//!     }
//! }
//! let check = |zone: &MemoryZone| {
//!     let r = block_on(run("example.com", "memory", zone, &NoHttp,
//!         &CheckOptions::default(), &mut |_| {}));
//!     Snapshot::of(&r, "2026-12-01")
//! };
//! let mut zone = MemoryZone::new();
//! zone.txt("example.com", &["v=spf1 mx -all"])
//!     .txt("_dmarc.example.com", &["v=DMARC1; p=reject"]);
//! let before = check(&zone);
//! zone.remove("_dmarc.example.com", selo::dns::QueryType::Txt)
//!     .txt("_dmarc.example.com", &["v=DMARC1; p=none"]);
//! let changes = compare(&before, &check(&zone));
//! assert!(changes.iter().any(|c| c.worse && c.part == "DMARC p="));
//! ```

use super::{DkimSelector, DomainCheck, Status};
use crate::{Lang, Severity};
use serde::{Deserialize, Serialize};

crate::texts! {
    /// A record that was not there before.
    RECORD_ADDED = (
        "{part}: a record is now published: {after}",
        "{part}: passou a estar publicado um registo: {after}"
    );
    /// A record that is no longer there.
    RECORD_REMOVED = (
        "{part}: the record is gone (it was {before})",
        "{part}: o registo desapareceu (era {before})"
    );
    /// A record whose text changed.
    RECORD_REWRITTEN = (
        "{part}: the record was rewritten, from {before} to {after}",
        "{part}: o registo foi reescrito, de {before} para {after}"
    );
    /// An error code the older check did not have.
    NEW_ERROR = ("A new error: {after}", "Um erro novo: {after}");
    /// An error code the newer check no longer has.
    ERROR_GONE = ("An error is gone: {before}", "Um erro desapareceu: {before}");
    /// A warning code the older check did not have.
    NEW_WARNING = ("A new warning: {after}", "Um aviso novo: {after}");
    /// A warning code the newer check no longer has.
    WARNING_GONE = ("A warning is gone: {before}", "Um aviso desapareceu: {before}");
    /// The SPF tree costs more lookups.
    SPF_LOOKUPS_UP = (
        "SPF: the record now costs {after} DNS lookups, {before} before (the limit is 10)",
        "SPF: o registo custa agora {after} consultas DNS, antes {before} (o limite é 10)"
    );
    /// The SPF tree costs fewer lookups.
    SPF_LOOKUPS_DOWN = (
        "SPF: the record now costs {after} DNS lookups, {before} before",
        "SPF: o registo custa agora {after} consultas DNS, antes {before}"
    );
    /// A DKIM selector that had a key has none now.
    DKIM_KEY_GONE = (
        "{part}: the key is gone (it was {before}); mail signed with it now fails DKIM",
        "{part}: a chave desapareceu (era {before}); o correio assinado com ela falha agora o DKIM"
    );
    /// A DKIM selector's key is another one.
    DKIM_KEY_CHANGED = (
        "{part}: the key changed, from {before} to {after}",
        "{part}: a chave mudou, de {before} para {after}"
    );
    /// A policy (DMARC p, sp, np; the MTA-STS mode) is weaker.
    POLICY_WEAKENED = (
        "{part}: the policy was weakened from {before} to {after}",
        "{part}: a política foi enfraquecida de {before} para {after}"
    );
    /// A policy is stronger.
    POLICY_STRENGTHENED = (
        "{part}: the policy was strengthened from {before} to {after}",
        "{part}: a política foi reforçada de {before} para {after}"
    );
    /// DMARC t=y was added.
    TESTING_ON = (
        "DMARC: t=y was added, so receivers apply the policy one step lower (reject as quarantine, quarantine as none)",
        "DMARC: foi acrescentado t=y, por isso os recetores aplicam a política um nível abaixo (reject como quarantine, quarantine como none)"
    );
    /// DMARC t=y was removed.
    TESTING_OFF = (
        "DMARC: t=y was removed, so receivers apply the policy as written",
        "DMARC: t=y foi retirado, por isso os recetores aplicam a política tal como está escrita"
    );
    /// The answers were vouched for by DNSSEC and no longer are.
    DNSSEC_LOST = (
        "DNSSEC: the resolver no longer vouches for the answers",
        "DNSSEC: o resolvedor deixou de garantir as respostas"
    );
    /// The answers are now vouched for by DNSSEC.
    DNSSEC_GAINED = (
        "DNSSEC: the resolver now vouches for the answers",
        "DNSSEC: o resolvedor passou a garantir as respostas"
    );
    /// No difference.
    NO_CHANGE = ("No change since {date}", "Nada mudou desde {date}");
    /// Some differences, none worse.
    CHANGED = ("{n} since {date}", "{n} desde {date}");
    /// Some differences, some worse.
    CHANGED_WORSE = ("{n} since {date}, {worse} worse", "{n} desde {date}, {worse} para pior");
}

/// "3 changes".
pub const CHANGES: crate::diagnostic::Plural =
    crate::diagnostic::Plural::new(("change", "changes"), ("alteração", "alterações"));

/// One DKIM selector with a key, as saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DkimKey {
    /// The selector.
    pub selector: String,
    /// The key record (TXT strings joined).
    pub record: String,
    /// `rsa` or `ed25519`, when read.
    #[serde(default)]
    pub key_type: Option<String>,
    /// The key size in bits, when read.
    #[serde(default)]
    pub bits: Option<u32>,
    /// A hash of the `p=` value (FNV-1a, 64 bits, hex; whitespace ignored),
    /// `None` when `p=` is empty (a revoked key) or absent.
    #[serde(default)]
    pub key_hash: Option<String>,
}

impl DkimKey {
    /// `rsa 2048 #0123abcd`, `revoked`: the same in both languages.
    fn shown(&self) -> String {
        match &self.key_hash {
            None => "p= (revoked)".into(),
            Some(h) => {
                let mut s = self.key_type.clone().unwrap_or_else(|| "rsa".into());
                if let Some(b) = self.bits {
                    s.push_str(&format!(" {b}"));
                }
                s.push_str(&format!(" #{}", &h[..h.len().min(8)]));
                s
            }
        }
    }
}

/// What one check of a domain found, as saved by `selo check --save` and
/// compared by [`compare`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The domain (ASCII).
    pub domain: String,
    /// When it was checked (the caller's date, such as `2026-12-07`).
    pub checked: String,
    /// Whether the domain exists (`None` when not known).
    #[serde(default)]
    pub exists: Option<bool>,
    /// The parts that could not be looked up (`spf`, `dkim`, ...): not
    /// compared record by record.
    #[serde(default)]
    pub unchecked: Vec<String>,
    /// MX records (`10 mx1.example.com`), sorted.
    #[serde(default)]
    pub mx: Vec<String>,
    /// SPF records.
    #[serde(default)]
    pub spf: Vec<String>,
    /// DNS-querying terms over the SPF tree, when a record was found.
    #[serde(default)]
    pub spf_lookups: Option<usize>,
    /// The DMARC records of the name that applies.
    #[serde(default)]
    pub dmarc: Vec<String>,
    /// The policy for the domain (`p`), when a record applies.
    #[serde(default)]
    pub dmarc_p: Option<String>,
    /// The policy for subdomains (`sp`, else `p`).
    #[serde(default)]
    pub dmarc_sp: Option<String>,
    /// The policy for non-existent subdomains (`np`, else `sp`, else `p`).
    #[serde(default)]
    pub dmarc_np: Option<String>,
    /// `t=y`.
    #[serde(default)]
    pub dmarc_testing: bool,
    /// DKIM selectors found, by selector.
    #[serde(default)]
    pub dkim: Vec<DkimKey>,
    /// MTA-STS records.
    #[serde(default)]
    pub mta_sts: Vec<String>,
    /// The MTA-STS policy's mode, when the policy was read.
    #[serde(default)]
    pub mta_sts_mode: Option<String>,
    /// TLS-RPT records.
    #[serde(default)]
    pub tls_rpt: Vec<String>,
    /// TLS-RPT `rua` destinations.
    #[serde(default)]
    pub tls_rpt_rua: Vec<String>,
    /// BIMI records.
    #[serde(default)]
    pub bimi: Vec<String>,
    /// Every answer was vouched for by DNSSEC.
    #[serde(default)]
    pub dnssec: bool,
    /// The codes of every error found, sorted, once each.
    #[serde(default)]
    pub errors: Vec<String>,
    /// The codes of every warning found, sorted, once each.
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// FNV-1a, 64 bits, as 16 hex digits: stable across builds and platforms.
fn fnv(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes().filter(|b| !b.is_ascii_whitespace()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The `p=` value of a DKIM key record.
fn dkim_p(record: &str) -> Option<&str> {
    record.split(';').find_map(|t| {
        let (k, v) = t.split_once('=')?;
        (k.trim() == "p").then(|| v.trim())
    })
}

fn dkim_key(s: &DkimSelector) -> Option<DkimKey> {
    if !matches!(s.status, Status::Ok | Status::Invalid) || s.records.is_empty() {
        return None;
    }
    let record = s.records.join(" ");
    let key_hash = dkim_p(&record).filter(|p| !p.is_empty()).map(fnv);
    Some(DkimKey {
        selector: s.selector.clone(),
        record,
        key_type: s.key_type.clone(),
        bits: s.key_bits,
        key_hash,
    })
}

impl Snapshot {
    /// The snapshot of a finished check, dated `checked`.
    pub fn of(report: &DomainCheck, checked: &str) -> Snapshot {
        let c = &report.checks;
        let mut unchecked = Vec::new();
        let mut records = |slug: &str, status: Option<Status>, recs: Option<&Vec<String>>| {
            if status == Some(Status::Error) || status.is_none() {
                unchecked.push(slug.to_string());
            }
            let mut v: Vec<String> = recs.cloned().unwrap_or_default();
            v.sort();
            v
        };
        let mx = records(
            "mx",
            c.mx.as_ref().map(|s| s.status),
            c.mx.as_ref().map(|s| &s.records),
        );
        let spf = records(
            "spf",
            c.spf.as_ref().map(|s| s.base.status),
            c.spf.as_ref().map(|s| &s.base.records),
        );
        let dmarc = records(
            "dmarc",
            c.dmarc.as_ref().map(|s| s.base.status),
            c.dmarc.as_ref().map(|s| &s.base.records),
        );
        let mta_sts = records(
            "mta-sts",
            c.mta_sts.as_ref().map(|s| s.base.status),
            c.mta_sts.as_ref().map(|s| &s.base.records),
        );
        let tls_rpt = records(
            "tls-rpt",
            c.tls_rpt.as_ref().map(|s| s.status),
            c.tls_rpt.as_ref().map(|s| &s.records),
        );
        let bimi = records(
            "bimi",
            c.bimi.as_ref().map(|s| s.status),
            c.bimi.as_ref().map(|s| &s.records),
        );
        if c.dkim.as_ref().is_none_or(|s| s.status == Status::Error) {
            unchecked.push("dkim".into());
        }
        let spf_lookups = c
            .spf
            .as_ref()
            .filter(|s| s.tree.is_some() && s.base.status != Status::Error)
            .map(|s| s.lookups);
        // The DMARC policies as receivers apply them: sp defaults to p,
        // np to sp.
        let parsed = dmarc
            .first()
            .and_then(|r| crate::dmarc::parse(r).value)
            .filter(|_| dmarc.len() == 1);
        let (mut p, mut sp, mut np, mut testing) = (None, None, None, false);
        if let Some(d) = &parsed {
            let pol = d.policy.unwrap_or(crate::dmarc::Policy::None);
            let s = d.subdomain_policy.unwrap_or(pol);
            let n = d.nonexistent_policy.unwrap_or(s);
            p = Some(pol.to_string());
            sp = Some(s.to_string());
            np = Some(n.to_string());
            testing = d.testing == Some(true);
        }
        let mut dkim: Vec<DkimKey> = c
            .dkim
            .iter()
            .flat_map(|s| &s.selectors)
            .filter_map(dkim_key)
            .collect();
        dkim.sort_by(|a, b| a.selector.cmp(&b.selector));
        dkim.dedup_by(|a, b| a.selector == b.selector);
        let mta_sts_mode = c
            .mta_sts
            .as_ref()
            .and_then(|s| s.policy.as_ref())
            .and_then(|p| p.text.as_deref())
            .and_then(|t| crate::mta_sts::parse_policy(t).value)
            .map(|p| p.mode.as_str().to_string());
        let mut tls_rpt_rua: Vec<String> = tls_rpt
            .iter()
            .filter_map(|r| crate::tls_rpt::parse(r).value)
            .flat_map(|t| t.rua.into_iter().map(|u| u.as_str().to_string()))
            .collect();
        tls_rpt_rua.sort();
        let codes = |sev: Severity| {
            let mut v: Vec<String> = report
                .all_diagnostics()
                .iter()
                .filter(|d| d.severity == sev)
                .map(|d| d.code.to_string())
                .collect();
            v.sort();
            v.dedup();
            v
        };
        Snapshot {
            domain: report.domain.clone(),
            checked: checked.to_string(),
            exists: report.exists,
            unchecked,
            mx,
            spf,
            spf_lookups,
            dmarc,
            dmarc_p: p,
            dmarc_sp: sp,
            dmarc_np: np,
            dmarc_testing: testing,
            dkim,
            mta_sts,
            mta_sts_mode,
            tls_rpt,
            tls_rpt_rua,
            bimi,
            dnssec: report.dnssec,
            errors: codes(Severity::Error),
            warnings: codes(Severity::Warning),
        }
    }

    fn checked_both(&self, other: &Snapshot, slug: &str) -> bool {
        !self.unchecked.iter().any(|s| s == slug) && !other.unchecked.iter().any(|s| s == slug)
    }
}

/// What kind of difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A record is published that was not.
    RecordAdded,
    /// A record is gone.
    RecordRemoved,
    /// A record's text changed.
    RecordRewritten,
    /// An error code appeared.
    NewError,
    /// An error code disappeared.
    ErrorGone,
    /// A warning code appeared.
    NewWarning,
    /// A warning code disappeared.
    WarningGone,
    /// The SPF tree costs more lookups.
    SpfLookupsUp,
    /// The SPF tree costs fewer lookups.
    SpfLookupsDown,
    /// A DKIM key is gone.
    DkimKeyGone,
    /// A DKIM key is another one.
    DkimKeyChanged,
    /// A policy is weaker.
    PolicyWeakened,
    /// A policy is stronger.
    PolicyStrengthened,
    /// DMARC `t=y` added.
    TestingOn,
    /// DMARC `t=y` removed.
    TestingOff,
    /// DNSSEC no longer vouches.
    DnssecLost,
    /// DNSSEC now vouches.
    DnssecGained,
}

impl Kind {
    /// The text of this kind of change.
    pub const fn text(self) -> crate::Text {
        match self {
            Kind::RecordAdded => RECORD_ADDED,
            Kind::RecordRemoved => RECORD_REMOVED,
            Kind::RecordRewritten => RECORD_REWRITTEN,
            Kind::NewError => NEW_ERROR,
            Kind::ErrorGone => ERROR_GONE,
            Kind::NewWarning => NEW_WARNING,
            Kind::WarningGone => WARNING_GONE,
            Kind::SpfLookupsUp => SPF_LOOKUPS_UP,
            Kind::SpfLookupsDown => SPF_LOOKUPS_DOWN,
            Kind::DkimKeyGone => DKIM_KEY_GONE,
            Kind::DkimKeyChanged => DKIM_KEY_CHANGED,
            Kind::PolicyWeakened => POLICY_WEAKENED,
            Kind::PolicyStrengthened => POLICY_STRENGTHENED,
            Kind::TestingOn => TESTING_ON,
            Kind::TestingOff => TESTING_OFF,
            Kind::DnssecLost => DNSSEC_LOST,
            Kind::DnssecGained => DNSSEC_GAINED,
        }
    }
}

/// One difference between two snapshots of a domain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// What kind.
    pub kind: Kind,
    /// Where: `SPF`, `DMARC`, `DMARC sp=`, `DKIM s1`, `MTA-STS` (its record and its policy's mode)...
    /// (the same in both languages).
    pub part: String,
    /// The domain is less protected than before.
    pub worse: bool,
    /// The older value, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    /// The newer value, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

impl Change {
    /// The change said in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.kind.text().fill(
            lang,
            &[
                ("part", &self.part),
                ("before", self.before.as_deref().unwrap_or("")),
                ("after", self.after.as_deref().unwrap_or("")),
            ],
        )
    }
}

/// The line that sums up `changes` since `date`: "No change since
/// 2026-12-01", "3 changes since 2026-12-01, 1 worse".
pub fn summary(changes: &[Change], date: &str, lang: Lang) -> String {
    let worse = changes.iter().filter(|c| c.worse).count();
    if changes.is_empty() {
        NO_CHANGE.fill(lang, &[("date", date)])
    } else if worse == 0 {
        CHANGED.fill(
            lang,
            &[("n", &CHANGES.count(changes.len(), lang)), ("date", date)],
        )
    } else {
        CHANGED_WORSE.fill(
            lang,
            &[
                ("n", &CHANGES.count(changes.len(), lang)),
                ("date", date),
                ("worse", &worse.to_string()),
            ],
        )
    }
}

fn change(
    kind: Kind,
    part: &str,
    worse: bool,
    before: Option<String>,
    after: Option<String>,
) -> Change {
    Change {
        kind,
        part: part.to_string(),
        worse,
        before,
        after,
    }
}

/// The records of one part: added, removed, or one rewritten.
fn records(out: &mut Vec<Change>, part: &str, old: &[String], new: &[String], removed_worse: bool) {
    if old == new {
        return;
    }
    let gone: Vec<&String> = old.iter().filter(|r| !new.contains(r)).collect();
    let came: Vec<&String> = new.iter().filter(|r| !old.contains(r)).collect();
    if gone.len() == 1 && came.len() == 1 {
        out.push(change(
            Kind::RecordRewritten,
            part,
            false,
            Some(gone[0].clone()),
            Some(came[0].clone()),
        ));
        return;
    }
    for r in gone {
        out.push(change(
            Kind::RecordRemoved,
            part,
            removed_worse && new.is_empty(),
            Some(r.clone()),
            None,
        ));
    }
    for r in came {
        out.push(change(
            Kind::RecordAdded,
            part,
            false,
            None,
            Some(r.clone()),
        ));
    }
}

/// The strength of a DMARC policy or an MTA-STS mode.
fn strength(p: &str) -> u8 {
    match p {
        "reject" | "enforce" => 2,
        "quarantine" | "testing" => 1,
        _ => 0,
    }
}

fn policy(out: &mut Vec<Change>, part: &str, old: &Option<String>, new: &Option<String>) {
    if let (Some(o), Some(n)) = (old, new)
        && o != n
    {
        let weaker = strength(n) < strength(o);
        let kind = if weaker {
            Kind::PolicyWeakened
        } else {
            Kind::PolicyStrengthened
        };
        out.push(change(kind, part, weaker, Some(o.clone()), Some(n.clone())));
    }
}

fn codes(out: &mut Vec<Change>, old: &[String], new: &[String], error: bool) {
    let (came, gone) = if error {
        (Kind::NewError, Kind::ErrorGone)
    } else {
        (Kind::NewWarning, Kind::WarningGone)
    };
    for c in new.iter().filter(|c| !old.contains(c)) {
        out.push(change(came, "", error, None, Some(c.clone())));
    }
    for c in old.iter().filter(|c| !new.contains(c)) {
        out.push(change(gone, "", false, Some(c.clone()), None));
    }
}

/// Every difference from `old` to `new` (two snapshots of one domain), in
/// the order of the check's parts, then the findings.
pub fn compare(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    let both = |slug: &str| old.checked_both(new, slug);
    if both("spf") {
        records(&mut out, "SPF", &old.spf, &new.spf, true);
        if let (Some(o), Some(n)) = (old.spf_lookups, new.spf_lookups)
            && o != n
        {
            let kind = if n > o {
                Kind::SpfLookupsUp
            } else {
                Kind::SpfLookupsDown
            };
            out.push(change(
                kind,
                "SPF",
                n > o,
                Some(o.to_string()),
                Some(n.to_string()),
            ));
        }
    }
    if both("dmarc") {
        records(&mut out, "DMARC", &old.dmarc, &new.dmarc, true);
        policy(&mut out, "DMARC p=", &old.dmarc_p, &new.dmarc_p);
        // sp follows p and np follows sp unless written: a change that
        // only follows is said once, at the tag it comes from.
        if !(old.dmarc_sp == old.dmarc_p && new.dmarc_sp == new.dmarc_p) {
            policy(&mut out, "DMARC sp=", &old.dmarc_sp, &new.dmarc_sp);
        }
        if !(old.dmarc_np == old.dmarc_sp && new.dmarc_np == new.dmarc_sp) {
            policy(&mut out, "DMARC np=", &old.dmarc_np, &new.dmarc_np);
        }
        if old.dmarc.len() == 1 && new.dmarc.len() == 1 && old.dmarc_testing != new.dmarc_testing {
            let kind = if new.dmarc_testing {
                Kind::TestingOn
            } else {
                Kind::TestingOff
            };
            out.push(change(kind, "DMARC", new.dmarc_testing, None, None));
        }
    }
    if both("dkim") {
        for o in &old.dkim {
            let part = format!("DKIM {}", o.selector);
            match new.dkim.iter().find(|n| n.selector == o.selector) {
                None => out.push(change(
                    Kind::DkimKeyGone,
                    &part,
                    true,
                    Some(o.shown()),
                    None,
                )),
                Some(n) if n.key_hash != o.key_hash => {
                    // A shorter key, or one revoked, protects less.
                    let worse = n.key_hash.is_none()
                        || matches!((o.bits, n.bits), (Some(a), Some(b)) if b < a);
                    out.push(change(
                        Kind::DkimKeyChanged,
                        &part,
                        worse,
                        Some(o.shown()),
                        Some(n.shown()),
                    ));
                }
                Some(n) if n.record != o.record => out.push(change(
                    Kind::RecordRewritten,
                    &part,
                    false,
                    Some(o.record.clone()),
                    Some(n.record.clone()),
                )),
                Some(_) => {}
            }
        }
        for n in new
            .dkim
            .iter()
            .filter(|n| !old.dkim.iter().any(|o| o.selector == n.selector))
        {
            out.push(change(
                Kind::RecordAdded,
                &format!("DKIM {}", n.selector),
                false,
                None,
                Some(n.record.clone()),
            ));
        }
    }
    if both("mx") {
        records(&mut out, "MX", &old.mx, &new.mx, true);
    }
    if both("mta-sts") {
        records(&mut out, "MTA-STS", &old.mta_sts, &new.mta_sts, true);
        policy(&mut out, "MTA-STS", &old.mta_sts_mode, &new.mta_sts_mode);
    }
    if both("tls-rpt") {
        records(&mut out, "TLS-RPT", &old.tls_rpt, &new.tls_rpt, true);
    }
    if both("bimi") {
        records(&mut out, "BIMI", &old.bimi, &new.bimi, true);
    }
    if old.dnssec != new.dnssec {
        let kind = if new.dnssec {
            Kind::DnssecGained
        } else {
            Kind::DnssecLost
        };
        out.push(change(kind, "DNSSEC", !new.dnssec, None, None));
    }
    codes(&mut out, &old.errors, &new.errors, true);
    codes(&mut out, &old.warnings, &new.warnings, false);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckOptions, run};
    use crate::dns::{HttpError, HttpGet, HttpResponse, MemoryZone, QueryType};
    use futures::executor::block_on;
    use std::net::Ipv4Addr;

    const RSA2048: &str = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvzwKQIIWzQXv0nihasFTT3+JO23hXCge+ESWNxCJdVLxKL5edxrumEU3DnrPeGD6q6E/vjoXwBabpm8F5o96MEPm7v12O5IIK7wx7gIJiQWvexwh+GJvW4aFFa0g13Ai75UdZjGFNKHAEGeLmkQYybK/EHW5ymRlSg3g8zydJGEcI/melLCiBoShHjfZFJEThxLmPHNSi+KOUMypxqYHd7hzg6W7qnq6t9puZYXMWj6tEaf6ORWgb7DOXZSTJJjAJPBWa2+UrxXX6Ro7L7Xy1zzeYFCk8W5vmn0wMgGpjkWw0ljJWNwIpxZAj9p5wMedWasaPS74TZ1b7tI39ncp6QIDAQAB";
    const RSA512: &str = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBANmBe10IgY+u7h3enWTukkqtUD5PR52Tb/mPfjC0QJTocVBq6Za/PlzfV+Py92VaCak19F4WrbVTK5Gg5tW220MCAwEAAQ==";
    const D: &str = "drift.example";

    /// The MTA-STS policy server: one policy text, or none.
    struct Web(Option<String>);

    impl HttpGet for Web {
        async fn get(&self, url: &str, _: &str) -> Result<HttpResponse, HttpError> {
            match &self.0 {
                Some(text) if url == format!("https://mta-sts.{D}/.well-known/mta-sts.txt") => {
                    Ok(HttpResponse {
                        status: 200,
                        content_type: Some("text/plain".into()),
                        body: text.as_bytes().to_vec(),
                    })
                }
                _ => Err(HttpError::Network("connection refused".into())),
            }
        }
    }

    const ENFORCE: &str =
        "version: STSv1\r\nmode: enforce\r\nmx: mx1.drift.example\r\nmax_age: 604800\r\n";
    const TESTING: &str =
        "version: STSv1\r\nmode: testing\r\nmx: mx1.drift.example\r\nmax_age: 604800\r\n";

    /// Everything published and right.
    fn zone() -> MemoryZone {
        let mut z = MemoryZone::new();
        z.mx(D, 10, "mx1.drift.example")
            .a("mx1.drift.example", Ipv4Addr::new(192, 0, 2, 10))
            .txt(
                D,
                &["v=spf1 ip4:192.0.2.0/24 include:_spf.drift.example -all"],
            )
            .txt("_spf.drift.example", &["v=spf1 ip4:198.51.100.0/24 -all"])
            .txt(
                "_dmarc.drift.example",
                &["v=DMARC1; p=reject; rua=mailto:dmarc@drift.example"],
            )
            .txt(
                "s1._domainkey.drift.example",
                &["v=DKIM1; k=rsa; ", &format!("p={RSA2048}")],
            )
            .txt("_mta-sts.drift.example", &["v=STSv1; id=20261201"])
            .a("mta-sts.drift.example", Ipv4Addr::new(192, 0, 2, 20))
            .txt(
                "_smtp._tls.drift.example",
                &["v=TLSRPTv1; rua=mailto:tls@drift.example"],
            )
            .txt(
                "default._bimi.drift.example",
                &["v=BIMI1; l=https://drift.example/logo.svg"],
            )
            .set_authenticated(true);
        z
    }

    fn snap(zone: &MemoryZone, policy: &str) -> Snapshot {
        let opts = CheckOptions {
            selectors: vec!["s1".into()],
            probe_common_selectors: false,
        };
        let r = block_on(run(
            D,
            "memory",
            zone,
            &Web(Some(policy.to_string())),
            &opts,
            &mut |_| {},
        ));
        Snapshot::of(&r, "2026-12-01")
    }

    /// The changes from the healthy zone to the zone after `edit`.
    fn after(edit: impl FnOnce(&mut MemoryZone)) -> Vec<Change> {
        let z = zone();
        let before = snap(&z, ENFORCE);
        let mut z2 = z.clone();
        edit(&mut z2);
        compare(&before, &snap(&z2, ENFORCE))
    }

    fn set_txt(z: &mut MemoryZone, name: &str, text: &str) {
        z.remove(name, QueryType::Txt).txt(name, &[text]);
    }

    fn find<'a>(changes: &'a [Change], kind: Kind, part: &str) -> &'a Change {
        changes
            .iter()
            .find(|c| c.kind == kind && c.part == part)
            .unwrap_or_else(|| panic!("no {kind:?} at {part} in {changes:#?}"))
    }

    /// Every text in both languages, with the same placeholders, and none
    /// shown with a placeholder left.
    #[test]
    fn every_text_is_translated_and_filled() {
        let untranslated = crate::Text::untranslated(super::ALL);
        assert!(untranslated.is_empty(), "{untranslated:?}");
        let table: Vec<(&str, &str, &str)> =
            super::ALL.iter().map(|(n, t)| (*n, t.en, t.pt)).collect();
        // `Kind::text` hands these on; `Change::text` fills them.
        let each: &[&str] = &["part", "before", "after"];
        let indirect: Vec<(&str, &[&str])> = super::ALL
            .iter()
            .filter(|(_, t)| each.iter().any(|k| t.en.contains(&format!("{{{k}}}"))))
            .map(|(n, _)| (*n, each))
            .collect();
        let left =
            crate::text::unfilled(&table, &[("drift.rs", include_str!("drift.rs"))], &indirect);
        assert!(left.is_empty(), "{left:#?}");
    }

    #[test]
    fn the_same_zone_twice_changes_nothing() {
        let z = zone();
        let a = snap(&z, ENFORCE);
        assert_eq!(a.spf_lookups, Some(1));
        assert_eq!(a.dmarc_p.as_deref(), Some("reject"));
        assert_eq!(a.dmarc_np.as_deref(), Some("reject"));
        assert_eq!(a.mta_sts_mode.as_deref(), Some("enforce"));
        assert_eq!(a.tls_rpt_rua, vec!["mailto:tls@drift.example".to_string()]);
        assert_eq!(a.dkim.len(), 1);
        assert_eq!(a.dkim[0].bits, Some(2048));
        assert!(a.dnssec);
        assert!(a.errors.is_empty(), "{:?}", a.errors);
        assert!(a.unchecked.is_empty(), "{:?}", a.unchecked);
        let changes = compare(&a, &snap(&z, ENFORCE));
        assert!(changes.is_empty(), "{changes:#?}");
        assert_eq!(
            summary(&changes, "2026-12-01", Lang::En),
            "No change since 2026-12-01"
        );
        assert_eq!(
            summary(&changes, "2026-12-01", Lang::Pt),
            "Nada mudou desde 2026-12-01"
        );
    }

    #[test]
    fn a_snapshot_survives_json() {
        let a = snap(&zone(), ENFORCE);
        let back: Snapshot = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(a, back);
    }

    #[test]
    fn spf_rewritten_and_lookups_up() {
        let c = after(|z| {
            set_txt(
                z,
                D,
                "v=spf1 ip4:192.0.2.0/24 include:_spf.drift.example a mx -all",
            );
        });
        let r = find(&c, Kind::RecordRewritten, "SPF");
        assert!(!r.worse);
        assert!(
            r.text(Lang::En)
                .starts_with("SPF: the record was rewritten, from v=spf1")
        );
        let up = find(&c, Kind::SpfLookupsUp, "SPF");
        assert!(up.worse);
        assert_eq!(
            (up.before.as_deref(), up.after.as_deref()),
            (Some("1"), Some("3"))
        );
        assert_eq!(
            up.text(Lang::Pt),
            "SPF: o registo custa agora 3 consultas DNS, antes 1 (o limite é 10)"
        );
    }

    #[test]
    fn an_include_that_costs_more_raises_the_count() {
        let c = after(|z| {
            set_txt(
                z,
                "_spf.drift.example",
                "v=spf1 a mx include:_more.drift.example -all",
            );
            z.txt("_more.drift.example", &["v=spf1 a -all"]);
        });
        // The domain's own record is the same: only the count moved.
        assert!(!c.iter().any(|c| c.kind == Kind::RecordRewritten), "{c:#?}");
        assert!(find(&c, Kind::SpfLookupsUp, "SPF").worse);
    }

    #[test]
    fn spf_removed_is_worse_and_brings_an_error() {
        let c = after(|z| {
            set_txt(z, D, "google-site-verification=abc");
        });
        let r = find(&c, Kind::RecordRemoved, "SPF");
        assert!(r.worse);
        assert!(
            r.text(Lang::Pt)
                .starts_with("SPF: o registo desapareceu (era v=spf1")
        );
        assert!(
            c.iter()
                .any(|c| c.kind == Kind::NewError || c.kind == Kind::NewWarning)
        );
    }

    #[test]
    fn dmarc_removed_is_worse() {
        let c = after(|z| {
            z.remove("_dmarc.drift.example", QueryType::Txt);
        });
        assert!(find(&c, Kind::RecordRemoved, "DMARC").worse);
        assert!(
            c.iter().any(|c| c.worse && c.kind == Kind::NewError),
            "{c:#?}"
        );
    }

    #[test]
    fn dmarc_weakened_p_sp_np_and_testing() {
        let c = after(|z| {
            set_txt(
                z,
                "_dmarc.drift.example",
                "v=DMARC1; p=quarantine; sp=none; rua=mailto:dmarc@drift.example",
            );
        });
        let p = find(&c, Kind::PolicyWeakened, "DMARC p=");
        assert!(p.worse);
        assert_eq!(
            p.text(Lang::En),
            "DMARC p=: the policy was weakened from reject to quarantine"
        );
        assert!(find(&c, Kind::PolicyWeakened, "DMARC sp=").worse);
        // np follows sp: said once, at sp.
        assert!(!c.iter().any(|c| c.part == "DMARC np="), "{c:#?}");
        assert!(!find(&c, Kind::RecordRewritten, "DMARC").worse);

        let c = after(|z| {
            set_txt(
                z,
                "_dmarc.drift.example",
                "v=DMARC1; p=reject; np=none; rua=mailto:dmarc@drift.example",
            );
        });
        assert!(find(&c, Kind::PolicyWeakened, "DMARC np=").worse);
        assert!(
            !c.iter()
                .any(|c| c.part == "DMARC p=" || c.part == "DMARC sp="),
            "{c:#?}"
        );

        let c = after(|z| {
            set_txt(
                z,
                "_dmarc.drift.example",
                "v=DMARC1; p=reject; t=y; rua=mailto:dmarc@drift.example",
            );
        });
        let t = find(&c, Kind::TestingOn, "DMARC");
        assert!(t.worse);
        assert!(t.text(Lang::Pt).starts_with("DMARC: foi acrescentado t=y"));
    }

    #[test]
    fn dmarc_strengthened_is_not_worse() {
        let z = {
            let mut z = zone();
            set_txt(
                &mut z,
                "_dmarc.drift.example",
                "v=DMARC1; p=none; rua=mailto:dmarc@drift.example",
            );
            z
        };
        let before = snap(&z, ENFORCE);
        let c = compare(&before, &snap(&zone(), ENFORCE));
        let p = find(&c, Kind::PolicyStrengthened, "DMARC p=");
        assert!(!p.worse);
        assert!(c.iter().all(|c| !c.worse), "{c:#?}");
    }

    #[test]
    fn dkim_key_gone_changed_and_added() {
        let c = after(|z| {
            z.remove("s1._domainkey.drift.example", QueryType::Txt);
        });
        let g = find(&c, Kind::DkimKeyGone, "DKIM s1");
        assert!(g.worse);
        assert!(
            g.text(Lang::En)
                .starts_with("DKIM s1: the key is gone (it was rsa 2048 #")
        );

        let c = after(|z| {
            set_txt(
                z,
                "s1._domainkey.drift.example",
                &format!("v=DKIM1; k=rsa; p={RSA512}"),
            );
        });
        let k = find(&c, Kind::DkimKeyChanged, "DKIM s1");
        assert!(k.worse, "a shorter key protects less");
        assert!(k.after.as_deref().unwrap().starts_with("rsa 512 #"));

        let c = after(|z| {
            set_txt(z, "s1._domainkey.drift.example", "v=DKIM1; k=rsa; p=");
        });
        assert!(
            find(&c, Kind::DkimKeyChanged, "DKIM s1").worse,
            "a revoked key"
        );

        // The same key with another tag: rewritten, not a new key.
        let c = after(|z| {
            set_txt(
                z,
                "s1._domainkey.drift.example",
                &format!("v=DKIM1; k=rsa; t=s; p={RSA2048}"),
            );
        });
        assert!(!find(&c, Kind::RecordRewritten, "DKIM s1").worse);
        assert!(!c.iter().any(|c| c.kind == Kind::DkimKeyChanged));
    }

    #[test]
    fn dkim_selector_added() {
        let z = {
            let mut z = zone();
            z.remove("s1._domainkey.drift.example", QueryType::Txt);
            z
        };
        let before = snap(&z, ENFORCE);
        let c = compare(&before, &snap(&zone(), ENFORCE));
        let a = find(&c, Kind::RecordAdded, "DKIM s1");
        assert!(!a.worse);
        assert!(
            a.text(Lang::Pt)
                .starts_with("DKIM s1: passou a estar publicado um registo: v=DKIM1")
        );
    }

    #[test]
    fn mta_sts_record_and_mode() {
        let c = after(|z| set_txt(z, "_mta-sts.drift.example", "v=STSv1; id=20261207"));
        assert!(!find(&c, Kind::RecordRewritten, "MTA-STS").worse);

        let z = zone();
        let c = compare(&snap(&z, ENFORCE), &snap(&z, TESTING));
        let m = find(&c, Kind::PolicyWeakened, "MTA-STS");
        assert!(m.worse);
        assert_eq!(
            m.text(Lang::Pt),
            "MTA-STS: a política foi enfraquecida de enforce para testing"
        );

        let c = after(|z| {
            z.remove("_mta-sts.drift.example", QueryType::Txt);
        });
        assert!(find(&c, Kind::RecordRemoved, "MTA-STS").worse);
    }

    #[test]
    fn tls_rpt_bimi_and_mx() {
        let c = after(|z| {
            set_txt(
                z,
                "_smtp._tls.drift.example",
                "v=TLSRPTv1; rua=mailto:other@drift.example",
            )
        });
        assert!(!find(&c, Kind::RecordRewritten, "TLS-RPT").worse);

        let c = after(|z| {
            z.remove("_smtp._tls.drift.example", QueryType::Txt);
        });
        assert!(find(&c, Kind::RecordRemoved, "TLS-RPT").worse);

        let c = after(|z| {
            z.remove("default._bimi.drift.example", QueryType::Txt);
        });
        assert!(find(&c, Kind::RecordRemoved, "BIMI").worse);

        let c = after(|z| {
            z.mx(D, 20, "mx2.drift.example")
                .a("mx2.drift.example", Ipv4Addr::new(192, 0, 2, 11));
        });
        let m = find(&c, Kind::RecordAdded, "MX");
        assert!(!m.worse);
        assert_eq!(m.after.as_deref(), Some("20 mx2.drift.example."));
    }

    #[test]
    fn dnssec_lost_is_worse() {
        let c = after(|z| {
            z.set_authenticated(false);
        });
        let d = find(&c, Kind::DnssecLost, "DNSSEC");
        assert!(d.worse);
        assert_eq!(
            d.text(Lang::En),
            "DNSSEC: the resolver no longer vouches for the answers"
        );
    }

    #[test]
    fn a_failed_lookup_is_a_new_error_not_a_removed_record() {
        let c = after(|z| {
            z.fail(D, Some(QueryType::Txt), crate::dns::LookupError::ServFail);
        });
        assert!(!c.iter().any(|c| c.part == "SPF"), "{c:#?}");
        let e = c
            .iter()
            .find(|c| c.kind == Kind::NewError)
            .unwrap_or_else(|| panic!("{c:#?}"));
        assert!(e.worse);
        assert_eq!(e.after.as_deref(), Some("check::servfail"));
    }

    #[test]
    fn the_summary_counts_changes_and_worse_ones() {
        let c = after(|z| {
            z.remove("default._bimi.drift.example", QueryType::Txt);
        });
        let worse = c.iter().filter(|c| c.worse).count();
        assert!(worse >= 1);
        let line = summary(&c, "2026-12-01", Lang::Pt);
        assert!(line.contains("desde 2026-12-01"), "{line}");
        assert!(line.ends_with("para pior"), "{line}");
        for ch in &c {
            for lang in [Lang::En, Lang::Pt] {
                let t = ch.text(lang);
                assert!(!t.contains('{') && !t.contains('}'), "{t}");
            }
        }
    }
}
