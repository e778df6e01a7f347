//! The SPF generator's presets: the known senders ([`crate::senders`])
//! under the names the generator uses, what an include's record tree costs
//! in DNS lookups, what to say about the chosen presets, and how a typed
//! include is read.
//!
//! ```
//! use selo::spf::presets::{find, PRESETS};
//! assert!(PRESETS.len() >= 25);
//! assert_eq!(find("google-workspace").unwrap().include, Some("_spf.google.com"));
//! assert_eq!(find("hubspot").unwrap().include, None);
//! ```

use super::DomainSpec;
use crate::{Diagnostic, Span};

pub use crate::senders::{
    NOTES, NestedCost, SENDERS as PRESETS, Sender as SenderPreset, SenderNote as PresetNote, find,
    find_by_include, note,
};

impl SenderPreset {
    /// The include as a checked [`DomainSpec`], if the sender has one.
    pub fn domain_spec(&self) -> Option<DomainSpec> {
        self.include.and_then(|i| DomainSpec::try_from(i).ok())
    }
}

/// From this many lookups (of 10) the estimate is a warning.
pub const LOOKUP_WARNING_FROM: usize = 8;

/// How many DNS lookups a record costs with the records it includes, as far
/// as Selo knows without resolving them ([`estimate_lookups`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct LookupEstimate {
    /// The record's own lookup terms (`include`, `a`, `mx`, `ptr`,
    /// `exists`, `redirect`).
    pub own: usize,
    /// The known nested cost of the includes and `redirect=` targets that
    /// are presets ([`SenderPreset::nested`]).
    pub nested: usize,
    /// `own + nested`: at least what a receiver spends.
    pub total: usize,
    /// Included (or redirected-to) domains Selo has no figure for, each
    /// counted as 1 (the term itself) in `own`.
    pub unknown: Vec<String>,
}

/// Estimates the DNS lookups of a whole record: its own terms plus the known
/// nested cost of each include that is a preset; an include Selo does not
/// know counts as at least 1 and is listed in [`LookupEstimate::unknown`].
///
/// ```
/// use selo::spf::presets::estimate_lookups;
/// let spf = "v=spf1 mx include:_spf.google.com include:mailgun.org -all".parse().unwrap();
/// let e = estimate_lookups(&spf);
/// assert_eq!((e.own, e.nested, e.total), (3, 6, 9));
/// assert!(e.unknown.is_empty());
/// ```
pub fn estimate_lookups(spf: &super::Spf) -> LookupEstimate {
    estimate_terms(spf.terms())
}

pub(crate) fn estimate_terms<'a>(
    terms: impl IntoIterator<Item = &'a super::Term>,
) -> LookupEstimate {
    use super::{Mechanism, Modifier, Term};
    let mut e = LookupEstimate::default();
    for term in terms {
        if !term.queries_dns() {
            continue;
        }
        e.own += 1;
        let target = match term {
            Term::Mechanism {
                kind: Mechanism::Include(d),
                ..
            }
            | Term::Modifier(Modifier::Redirect(d)) => d,
            _ => continue,
        };
        match find_by_include(target.as_str()).and_then(|p| p.nested) {
            Some(cost) => e.nested += usize::from(cost.lookups),
            None => {
                if !e
                    .unknown
                    .iter()
                    .any(|u| u.eq_ignore_ascii_case(target.as_str()))
                {
                    e.unknown.push(target.as_str().to_string());
                }
            }
        }
    }
    e.total = e.own + e.nested;
    e
}

/// The estimate as findings: an error past 10, a warning from
/// [`LOOKUP_WARNING_FROM`], otherwise the plain count (`spf::lookup-count`);
/// with the warning or the error, a note listing the includes Selo has no
/// figure for. Nothing for a record without lookups. Spans are empty at 0.
///
/// ```
/// use selo::spf::presets::lookup_findings;
/// let record = "v=spf1 a mx include:_spf.google.com include:mailgun.org include:email.freshdesk.com -all";
/// let spf = selo::spf::parse(record).value.unwrap();
/// let codes: Vec<_> = lookup_findings(&spf).iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["spf::lookup-estimate-over"]);
/// ```
pub fn lookup_findings(spf: &super::Spf) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    push_lookup_findings(&estimate_lookups(spf), Span::empty(0), &mut out);
    out
}

pub(crate) fn push_lookup_findings(e: &LookupEstimate, at: Span, out: &mut Vec<Diagnostic>) {
    use super::messages::{
        LOOKUP_COUNT, LOOKUP_ESTIMATE_HIGH, LOOKUP_ESTIMATE_OVER, LOOKUP_UNKNOWN,
    };
    let template = if e.total > super::MAX_DNS_LOOKUPS {
        &LOOKUP_ESTIMATE_OVER
    } else if e.total >= LOOKUP_WARNING_FROM {
        &LOOKUP_ESTIMATE_HIGH
    } else {
        if e.own > 0 {
            out.push(
                Diagnostic::new(&LOOKUP_COUNT, at)
                    .arg("total", e.total)
                    .arg("own", e.own)
                    .arg("nested", e.nested),
            );
        }
        return;
    };
    out.push(
        Diagnostic::new(template, at)
            .arg("total", e.total)
            .arg("own", e.own)
            .arg("nested", e.nested),
    );
    if !e.unknown.is_empty() {
        out.push(Diagnostic::new(&LOOKUP_UNKNOWN, at).arg("includes", e.unknown.join(", ")));
    }
}

/// What to tell someone who chose these presets for a record: a warning
/// for each preset that belongs on a subdomain when the record is the main
/// domain's (`on_root`), and a callout for each provider that needs
/// nothing in SPF (pointing to DKIM). Spans are empty at 0.
///
/// ```
/// use selo::spf::presets::{find, preset_findings};
/// let chosen = [find("amazon-ses").unwrap(), find("mailchimp").unwrap(), find("google-workspace").unwrap()];
/// let codes: Vec<_> = preset_findings(&chosen, true).iter().map(|d| d.code).collect();
/// assert_eq!(codes, ["spf::preset-on-subdomain", "spf::preset-not-needed"]);
/// assert_eq!(preset_findings(&chosen, false).len(), 1);
/// ```
pub fn preset_findings(chosen: &[&SenderPreset], on_root: bool) -> Vec<Diagnostic> {
    use super::messages::{PRESET_NOT_NEEDED, PRESET_ON_SUBDOMAIN};
    let at = Span::empty(0);
    let mut out = Vec::new();
    for p in chosen {
        if p.on_subdomain && on_root {
            out.push(
                Diagnostic::new(&PRESET_ON_SUBDOMAIN, at)
                    .arg("provider", p.name)
                    .arg("include", p.include.unwrap_or("")),
            );
        }
        if p.nothing_in_spf {
            out.push(Diagnostic::new(&PRESET_NOT_NEEDED, at).arg("provider", p.name));
        }
    }
    out
}

/// An "other include" value as providers tell people to paste it:
/// `include:servers.mcsv.net`, `+include:...`, `servers.mcsv.net.` or the
/// bare domain, all read as the domain to include.
///
/// ```
/// use selo::spf::presets::read_include;
/// assert_eq!(read_include(" include:servers.mcsv.net ").unwrap().as_str(), "servers.mcsv.net");
/// assert_eq!(read_include("+INCLUDE:_spf.example.net.").unwrap().as_str(), "_spf.example.net");
/// assert!(read_include("include:").is_err());
/// ```
pub fn read_include(typed: &str) -> Result<DomainSpec, crate::ValueError> {
    let s = typed.trim();
    let s = s.strip_prefix('+').unwrap_or(s);
    let s = match s.get(..8) {
        Some(p) if p.eq_ignore_ascii_case("include:") => &s[8..],
        _ => s,
    };
    let s = s.trim();
    let s = s.strip_suffix('.').filter(|r| !r.is_empty()).unwrap_or(s);
    DomainSpec::try_from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_include_is_a_valid_domain_spec() {
        for p in PRESETS {
            if let Some(i) = p.include {
                assert!(DomainSpec::try_from(i).is_ok(), "{}: {i}", p.id);
                assert!(p.domain_spec().is_some());
            }
        }
    }

    #[test]
    fn a_record_with_each_include_round_trips() {
        use super::super::{Qualifier, Spf};
        for d in PRESETS.iter().filter_map(SenderPreset::domain_spec) {
            let spf = Spf::builder()
                .include(d.clone())
                .all(Qualifier::Fail)
                .build();
            assert_eq!(
                spf.to_string(),
                format!("v=spf1 include:{} -all", d.as_str())
            );
            let back: Spf = spf.to_string().parse().unwrap();
            assert_eq!(back, spf);
        }
    }
}
