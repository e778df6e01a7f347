//! What a domain check comes to: every finding weighed by what it costs
//! the domain, the parts of the check ranked by their worst finding, and
//! one line that says it ("2 things to fix now, 1 to improve").
//!
//! The weight is the check's, not the finding's severity alone: a missing
//! SPF or DMARC record leaves mail to be spoofed or refused, so it is to
//! fix now, while a missing BIMI record only leaves a logo out and stays a
//! note. Parts rank SPF and DMARC first, then DKIM and MX, then MTA-STS
//! and TLS-RPT, then BIMI and DNSSEC; a part with something to fix comes
//! before one with something to improve, which comes before the rest.

use super::messages as m;
use super::{DomainCheck, Status};
use crate::diagnostic::{Plural, fill};
use crate::{Diagnostic, Lang, Severity};
use serde::Serialize;

crate::texts! {
    /// Before the number of things to improve, after the things to fix.
    IMPROVE_TOO = ("{n} to improve", "{n} a melhorar");
    /// Nothing to fix, something to improve.
    NOTHING_TO_FIX_NOW = ("Nothing to fix now", "Nada a corrigir já");
    /// Nothing to fix or improve.
    ALL_FINE = ("Nothing to fix or improve", "Nada a corrigir nem a melhorar");
    /// The domain does not exist.
    NONEXISTENT = (
        "{domain} does not exist, so nothing can be published there",
        "{domain} não existe, por isso nada pode ser publicado lá"
    );
    /// The resolver could not be used.
    NOT_LOOKED_UP = (
        "Could not look up {domain}: nothing was checked",
        "Não foi possível consultar {domain}: nada foi verificado"
    );
    /// The name typed is not a domain.
    NOT_A_DOMAIN = (
        "Nothing was checked: {domain} is not a domain name",
        "Nada foi verificado: {domain} não é um nome de domínio"
    );
    /// Sections are still being looked up.
    PENDING = ("Looking up {domain}…", "A consultar {domain}…");
    /// One part's things to fix now.
    PART_FIX_NOW = ("{n} to fix now", "{n} a corrigir já");
}

/// "2 things to fix now".
const FIX_NOW: Plural = Plural::new(
    ("thing to fix now", "things to fix now"),
    ("coisa a corrigir já", "coisas a corrigir já"),
);
/// "2 things to improve".
const IMPROVE: Plural = Plural::new(
    ("thing to improve", "things to improve"),
    ("coisa a melhorar", "coisas a melhorar"),
);
/// "1 lookup failed".
const FAILED: Plural = Plural::new(
    ("lookup failed", "lookups failed"),
    ("consulta falhou", "consultas falharam"),
);

/// A part of the check, in the order of what a problem there costs the
/// domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// SPF: without it, or broken, receivers cannot tell who may send.
    Spf,
    /// DMARC: without it, nothing stops a forged From.
    Dmarc,
    /// DKIM.
    Dkim,
    /// MX: where the domain receives mail.
    Mx,
    /// MTA-STS.
    MtaSts,
    /// TLS-RPT.
    TlsRpt,
    /// BIMI.
    Bimi,
    /// What the resolver vouched for.
    Dnssec,
}

impl Part {
    /// Every part, most costly first.
    pub const ALL: [Part; 8] = [
        Part::Spf,
        Part::Dmarc,
        Part::Dkim,
        Part::Mx,
        Part::MtaSts,
        Part::TlsRpt,
        Part::Bimi,
        Part::Dnssec,
    ];

    /// `SPF`, `MTA-STS`...
    pub const fn label(self) -> &'static str {
        match self {
            Part::Spf => "SPF",
            Part::Dmarc => "DMARC",
            Part::Dkim => "DKIM",
            Part::Mx => "MX",
            Part::MtaSts => "MTA-STS",
            Part::TlsRpt => "TLS-RPT",
            Part::Bimi => "BIMI",
            Part::Dnssec => "DNSSEC",
        }
    }

    /// `spf`, `mta-sts`...
    pub const fn slug(self) -> &'static str {
        match self {
            Part::Spf => "spf",
            Part::Dmarc => "dmarc",
            Part::Dkim => "dkim",
            Part::Mx => "mx",
            Part::MtaSts => "mta-sts",
            Part::TlsRpt => "tls-rpt",
            Part::Bimi => "bimi",
            Part::Dnssec => "dnssec",
        }
    }
}

/// What a finding asks of the domain's owner, heaviest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weight {
    /// Mail fails, or can be forged, until it is fixed.
    FixNow,
    /// Worth doing; nothing fails without it.
    Improve,
    /// A lookup failed: what is there is not known.
    NotLookedUp,
    /// For information.
    Note,
}

/// The findings that say a lookup failed (the answer says nothing about
/// the domain).
pub fn is_failed_lookup(d: &Diagnostic) -> bool {
    [
        &m::TIMEOUT,
        &m::SERVFAIL,
        &m::REFUSED,
        &m::HTTP_ERROR,
        &m::NETWORK_ERROR,
        &m::MALFORMED_ANSWER,
        &m::ANSWER_TOO_LARGE,
    ]
    .iter()
    .any(|x| x.code == d.code)
}

/// The findings that say a record is missing and how to publish one: of no
/// use for a domain that does not exist.
pub(crate) fn is_publish_advice(d: &Diagnostic) -> bool {
    [
        &m::MX_MISSING,
        &m::SPF_MISSING,
        &m::DMARC_MISSING,
        &m::DKIM_NONE_FOUND,
        &m::DKIM_SELECTOR_MISSING,
        &m::MTA_STS_MISSING,
        &m::TLS_RPT_MISSING,
        &m::BIMI_MISSING,
    ]
    .iter()
    .any(|x| x.code == d.code)
}

/// What finding `d` of `part` costs the domain.
///
/// ```
/// use selo::check::verdict::{weight, Part, Weight};
/// use selo::{Diagnostic, Message, Severity, Span};
/// static NOTE: Message = Message { code: "x::note", severity: Severity::Info, spec: None,
///     en: "a", en_help: "b", pt: "c", pt_help: "d" };
/// assert_eq!(weight(Part::Spf, &Diagnostic::new(&NOTE, Span::default())), Weight::Note);
/// ```
pub fn weight(part: Part, d: &Diagnostic) -> Weight {
    if is_failed_lookup(d) {
        return Weight::NotLookedUp;
    }
    if d.code == m::SPF_MISSING.code || d.code == m::DMARC_MISSING.code {
        return Weight::FixNow;
    }
    if d.code == m::MTA_STS_MISSING.code || d.code == m::TLS_RPT_MISSING.code {
        return Weight::Improve;
    }
    match (part, d.severity) {
        (_, Severity::Info) => Weight::Note,
        // A logo, or what the resolver vouched for: never urgent.
        (Part::Bimi | Part::Dnssec, Severity::Error) => Weight::Improve,
        (Part::Bimi | Part::Dnssec, Severity::Warning) => Weight::Note,
        // Reports about TLS: nothing fails without them.
        (Part::TlsRpt, _) => Weight::Improve,
        (_, Severity::Error) => Weight::FixNow,
        (_, Severity::Warning) => Weight::Improve,
    }
}

/// Orders `list` heaviest first, keeping the order of findings of the
/// same weight.
pub(crate) fn rank(part: Part, list: &mut [Diagnostic]) {
    list.sort_by_key(|d| weight(part, d));
}

/// How far the check got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// Sections are still being looked up.
    Pending,
    /// The name typed is not a domain: nothing was looked up.
    NotADomain,
    /// The resolver could not be used: nothing was looked up.
    NotLookedUp,
    /// The domain does not exist (NXDOMAIN).
    Nonexistent,
    /// Every section was looked up (some lookups may have failed).
    Checked,
}

/// What the check comes to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// How far the check got.
    pub standing: Standing,
    /// Findings that cost mail now.
    pub fix_now: usize,
    /// Findings worth acting on.
    pub improve: usize,
    /// Lookups that failed.
    pub failed: usize,
    /// The parts with a result: those with something to fix, to improve
    /// or a failed lookup first, heaviest first, then the others; each
    /// group in cost order ([`Part::ALL`]). Pending parts are left out.
    pub order: Vec<Part>,
}

impl Verdict {
    /// The one line: "2 things to fix now, 1 to improve", or what stopped
    /// the check. `domain` is the name as shown.
    ///
    /// ```
    /// use selo::check::verdict::{Standing, Verdict};
    /// use selo::Lang;
    /// let v = Verdict { standing: Standing::Checked, fix_now: 2, improve: 1, failed: 0, order: vec![] };
    /// assert_eq!(v.line("example.com", Lang::En), "2 things to fix now, 1 to improve");
    /// assert_eq!(v.line("example.com", Lang::Pt), "2 coisas a corrigir já, 1 a melhorar");
    /// ```
    pub fn line(&self, domain: &str, l: Lang) -> String {
        let named = |t: crate::Text| fill(t.get(l), |k| (k == "domain").then_some(domain)).into();
        let mut out: String = match self.standing {
            Standing::Pending => return named(PENDING),
            Standing::NotADomain => return named(NOT_A_DOMAIN),
            Standing::NotLookedUp => return named(NOT_LOOKED_UP),
            Standing::Nonexistent => return named(NONEXISTENT),
            Standing::Checked => match (self.fix_now, self.improve) {
                (0, 0) => ALL_FINE.get(l).into(),
                (0, n) => format!("{}, {}", NOTHING_TO_FIX_NOW.get(l), IMPROVE.count(n, l)),
                (f, 0) => FIX_NOW.count(f, l),
                (f, n) => format!("{}, {}", FIX_NOW.count(f, l), counted(IMPROVE_TOO, n, l)),
            },
        };
        if self.failed > 0 {
            out.push_str("; ");
            out.push_str(&FAILED.count(self.failed, l));
        }
        out
    }
}

/// `t` with its `{n}` filled with `n`.
fn counted(t: crate::Text, n: usize, l: Lang) -> String {
    let n = n.to_string();
    fill(t.get(l), |k| (k == "n").then_some(n.as_str())).into_owned()
}

/// "1 to fix now, 2 to improve, 1 lookup failed": what the findings of
/// `part` in `list` ask, in the verdict's words (empty when nothing).
///
/// ```
/// use selo::check::verdict::{tally, Part};
/// assert_eq!(tally(Part::Spf, &[], selo::Lang::En), "");
/// ```
pub fn tally(part: Part, list: &[&Diagnostic], l: Lang) -> String {
    let n = |w: Weight| list.iter().filter(|d| weight(part, d) == w).count();
    let mut out = Vec::new();
    for (w, t) in [
        (Weight::FixNow, PART_FIX_NOW),
        (Weight::Improve, IMPROVE_TOO),
    ] {
        if n(w) > 0 {
            out.push(counted(t, n(w), l));
        }
    }
    let failed = n(Weight::NotLookedUp);
    if failed > 0 {
        out.push(FAILED.count(failed, l));
    }
    out.join(", ")
}

impl DomainCheck {
    /// The findings of `part`, as ranked in the report (the DNSSEC part's
    /// is the domain's DNSSEC finding).
    pub fn findings_of(&self, part: Part) -> Vec<&Diagnostic> {
        let c = &self.checks;
        match part {
            Part::Spf => c.spf.iter().flat_map(|s| &s.base.diagnostics).collect(),
            Part::Dmarc => c.dmarc.iter().flat_map(|s| &s.base.diagnostics).collect(),
            Part::Dkim => c
                .dkim
                .iter()
                .flat_map(|s| {
                    s.diagnostics
                        .iter()
                        .chain(s.selectors.iter().flat_map(|x| &x.diagnostics))
                })
                .collect(),
            Part::Mx => c.mx.iter().flat_map(|s| &s.diagnostics).collect(),
            Part::MtaSts => c
                .mta_sts
                .iter()
                .flat_map(|s| {
                    s.base
                        .diagnostics
                        .iter()
                        .chain(s.policy.iter().flat_map(|p| &p.diagnostics))
                })
                .collect(),
            Part::TlsRpt => c.tls_rpt.iter().flat_map(|s| &s.diagnostics).collect(),
            Part::Bimi => c.bimi.iter().flat_map(|s| &s.diagnostics).collect(),
            Part::Dnssec => self.diagnostics.iter().filter(|d| is_dnssec(d)).collect(),
        }
    }

    /// The findings about the domain as a whole that are not the DNSSEC
    /// part's: the domain does not exist, the resolver could not be used,
    /// the name cannot be checked.
    pub fn general_findings(&self) -> Vec<&Diagnostic> {
        self.diagnostics.iter().filter(|d| !is_dnssec(d)).collect()
    }

    /// Whether `part` has a result yet.
    pub fn has(&self, part: Part) -> bool {
        let c = &self.checks;
        match part {
            Part::Spf => c.spf.is_some(),
            Part::Dmarc => c.dmarc.is_some(),
            Part::Dkim => c.dkim.is_some(),
            Part::Mx => c.mx.is_some(),
            Part::MtaSts => c.mta_sts.is_some(),
            Part::TlsRpt => c.tls_rpt.is_some(),
            Part::Bimi => c.bimi.is_some(),
            Part::Dnssec => self.diagnostics.iter().any(is_dnssec),
        }
    }

    /// The heaviest finding of `part`, `None` when it has none.
    pub fn worst(&self, part: Part) -> Option<Weight> {
        self.findings_of(part).iter().map(|d| weight(part, d)).min()
    }

    /// What the check comes to.
    pub fn verdict(&self) -> Verdict {
        let standing = if self
            .diagnostics
            .iter()
            .any(|d| d.code == m::BAD_DOMAIN.code)
        {
            Standing::NotADomain
        } else if self.resolver_unreachable().is_some() {
            Standing::NotLookedUp
        } else if self.exists == Some(false) {
            Standing::Nonexistent
        } else if !self.complete {
            Standing::Pending
        } else {
            Standing::Checked
        };
        let mut order: Vec<Part> = Part::ALL.into_iter().filter(|p| self.has(*p)).collect();
        // Stable: parts with something to do first, heaviest first; parts
        // of the same weight, and parts with only notes or nothing, keep
        // their cost order.
        order.sort_by_key(|p| match self.worst(*p) {
            Some(w) if w < Weight::Note => w as u8,
            _ => Weight::Note as u8,
        });
        let (mut fix_now, mut improve, mut failed) = (0, 0, 0);
        for part in Part::ALL {
            for d in self.findings_of(part) {
                match weight(part, d) {
                    Weight::FixNow => fix_now += 1,
                    Weight::Improve => improve += 1,
                    Weight::NotLookedUp => failed += 1,
                    Weight::Note => {}
                }
            }
        }
        Verdict {
            standing,
            fix_now,
            improve,
            failed,
            order,
        }
    }

    /// How a section stands, for `part` (`None` while pending; the DNSSEC
    /// part is `ok` when vouched for, `missing` otherwise).
    pub fn status_of(&self, part: Part) -> Option<Status> {
        let c = &self.checks;
        match part {
            Part::Spf => c.spf.as_ref().map(|s| s.base.status),
            Part::Dmarc => c.dmarc.as_ref().map(|s| s.base.status),
            Part::Dkim => c.dkim.as_ref().map(|s| s.status),
            Part::Mx => c.mx.as_ref().map(|s| s.status),
            Part::MtaSts => c.mta_sts.as_ref().map(|s| s.base.status),
            Part::TlsRpt => c.tls_rpt.as_ref().map(|s| s.status),
            Part::Bimi => c.bimi.as_ref().map(|s| s.status),
            Part::Dnssec => self.has(Part::Dnssec).then_some(if self.dnssec {
                Status::Ok
            } else {
                Status::Missing
            }),
        }
    }
}

fn is_dnssec(d: &Diagnostic) -> bool {
    d.code == m::DNSSEC_VOUCHED.code || d.code == m::DNSSEC_NOT_VOUCHED.code
}

/// Ranks every section's findings, and, for a domain that does not exist,
/// drops the advice to publish what is missing (the domain's own finding
/// says it once, first).
pub(crate) fn settle(report: &mut DomainCheck) {
    let nonexistent = report.exists == Some(false);
    let tidy = |part: Part, list: &mut Vec<Diagnostic>| {
        if nonexistent {
            list.retain(|d| !is_publish_advice(d));
        }
        rank(part, list);
    };
    let c = &mut report.checks;
    if let Some(s) = &mut c.spf {
        tidy(Part::Spf, &mut s.base.diagnostics);
    }
    if let Some(s) = &mut c.dmarc {
        tidy(Part::Dmarc, &mut s.base.diagnostics);
    }
    if let Some(s) = &mut c.dkim {
        tidy(Part::Dkim, &mut s.diagnostics);
        for x in &mut s.selectors {
            tidy(Part::Dkim, &mut x.diagnostics);
        }
    }
    if let Some(s) = &mut c.mx {
        tidy(Part::Mx, &mut s.diagnostics);
    }
    if let Some(s) = &mut c.mta_sts {
        tidy(Part::MtaSts, &mut s.base.diagnostics);
        if let Some(p) = &mut s.policy {
            tidy(Part::MtaSts, &mut p.diagnostics);
        }
    }
    if let Some(s) = &mut c.tls_rpt {
        tidy(Part::TlsRpt, &mut s.diagnostics);
    }
    if let Some(s) = &mut c.bimi {
        tidy(Part::Bimi, &mut s.diagnostics);
    }
}

#[cfg(test)]
mod tests {
    /// Every text in both languages, with the same placeholders, and none
    /// shown with a placeholder left.
    #[test]
    fn every_text_is_translated_and_filled() {
        let untranslated = crate::Text::untranslated(super::ALL);
        assert!(untranslated.is_empty(), "{untranslated:?}");
        let table: Vec<(&str, &str, &str)> =
            super::ALL.iter().map(|(n, t)| (*n, t.en, t.pt)).collect();
        // `named` and `tally` fill these further on.
        let indirect: &[(&str, &[&str])] = &[
            ("PENDING", &["domain"]),
            ("NOT_A_DOMAIN", &["domain"]),
            ("NOT_LOOKED_UP", &["domain"]),
            ("NONEXISTENT", &["domain"]),
            ("PART_FIX_NOW", &["n"]),
            ("IMPROVE_TOO", &["n"]),
        ];
        let left = crate::text::unfilled(
            &table,
            &[("verdict.rs", include_str!("verdict.rs"))],
            indirect,
        );
        assert!(left.is_empty(), "{left:#?}");
    }
}
