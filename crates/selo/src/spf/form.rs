//! The SPF generator's form as data: what the page's fields hold, and the
//! record they make. [`crate::handoff::spf`] writes a published record into
//! the same fields, so a record read back from a link is built here the
//! way the page builds it.
//!
//! ```
//! use selo::spf::form::SpfForm;
//! let form = SpfForm {
//!     mx: true,
//!     includes: vec!["include:_spf.example.net"],
//!     terms: vec!["mx:backup.example.net", "exp=why.example.net"],
//!     ..SpfForm::default()
//! };
//! let made = form.record();
//! assert_eq!(made.text, "v=spf1 mx include:_spf.example.net mx:backup.example.net -all exp=why.example.net");
//! assert!(made.senders);
//! assert_eq!(made.estimate.own, 3);
//! ```

use super::presets::{LookupEstimate, SenderPreset, estimate_lookups, read_include};
use super::{DomainSpec, Ip4Network, Ip6Network, Qualifier, Spf};

/// The fields of the SPF generator, each list as its typed rows (blank
/// rows and rows that do not read are left out of the record).
#[derive(Clone, Debug, Default)]
pub struct SpfForm<'a> {
    /// The ticked services.
    pub presets: Vec<&'static SenderPreset>,
    /// `a`: the domain's own addresses.
    pub a: bool,
    /// `mx`: the domain's own mail servers.
    pub mx: bool,
    /// `a:<host>` rows.
    pub ahosts: Vec<&'a str>,
    /// `ip4:` rows.
    pub ip4: Vec<&'a str>,
    /// `ip6:` rows.
    pub ip6: Vec<&'a str>,
    /// Other includes, as providers tell people to paste them.
    pub includes: Vec<&'a str>,
    /// Terms the other fields cannot hold (`mx:<host>`, `exists:`,
    /// `-ip4:`, `a/24`, `exp=`...), kept as written: mechanisms go before
    /// the final `all`, modifiers after it.
    pub terms: Vec<&'a str>,
    /// The final `all`: `~`, `?`, anything else is `-all`.
    pub all: &'a str,
    /// `redirect=`, which replaces the final `all` when it reads.
    pub redirect: &'a str,
}

/// What the form makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormRecord {
    /// The record to publish.
    pub text: String,
    /// Its lookups with what it includes, as far as Selo knows.
    pub estimate: LookupEstimate,
    /// Some server may send: a mechanism other than `all`, a kept term or
    /// a `redirect=`. Without one the record only says "nobody sends".
    pub senders: bool,
}

/// A kept term's name, without qualifier (`mx`, `exp`...), and whether it
/// is a modifier (`name=value`).
fn term_name(term: &str) -> (&str, bool) {
    let t = term.trim_start_matches(['+', '-', '~', '?']);
    let end = t.find([':', '/', '=']).unwrap_or(t.len());
    (&t[..end], t[end..].starts_with('='))
}

impl SpfForm<'_> {
    /// The record: `a`, `mx`, `a:` hosts, networks, includes (ticked
    /// services first), the kept mechanisms, then `redirect=` or the
    /// final `all`, then the kept modifiers.
    pub fn record(&self) -> FormRecord {
        let mut b = Spf::builder();
        if self.a {
            b = b.a();
        }
        if self.mx {
            b = b.mx();
        }
        for h in self
            .ahosts
            .iter()
            .filter_map(|s| DomainSpec::try_from(*s).ok())
        {
            b = b.a_at(h);
        }
        for n in self
            .ip4
            .iter()
            .filter_map(|s| Ip4Network::try_from(*s).ok())
        {
            b = b.ip4(n);
        }
        for n in self
            .ip6
            .iter()
            .filter_map(|s| Ip6Network::try_from(*s).ok())
        {
            b = b.ip6(n);
        }
        // The builder keeps one include of each domain.
        let custom = self.includes.iter().filter_map(|s| read_include(s).ok());
        for d in self
            .presets
            .iter()
            .filter_map(|p| p.domain_spec())
            .chain(custom)
        {
            b = b.include(d);
        }
        let body = b.build();
        let mut estimate = estimate_lookups(&body);
        let mut senders = !body.terms().is_empty();
        let mut text = body.to_string();
        let terms = self
            .terms
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty());
        let (modifiers, mechanisms): (Vec<&str>, Vec<&str>) = terms.partition(|t| term_name(t).1);
        for t in &mechanisms {
            text.push(' ');
            text.push_str(t);
            // A mechanism lets servers send only with the `+` qualifier.
            senders |=
                !t.starts_with(['-', '~', '?']) && !term_name(t).0.eq_ignore_ascii_case("all");
            let name = term_name(t).0.to_ascii_lowercase();
            if ["a", "mx", "ptr", "exists", "include"].contains(&name.as_str()) {
                estimate.own += 1;
                if name == "include" {
                    let target = t.split_once(':').map_or("", |(_, d)| d);
                    estimate.unknown.push(target.to_string());
                }
            }
        }
        let end = match DomainSpec::try_from(self.redirect.trim()) {
            Ok(r) => {
                senders = true;
                let e = estimate_lookups(&Spf::builder().redirect(r.clone()).build());
                estimate.own += e.own;
                estimate.nested += e.nested;
                estimate.unknown.extend(e.unknown);
                Spf::builder().redirect(r).build()
            }
            _ => {
                let q = match self.all {
                    "~" => Qualifier::SoftFail,
                    "?" => Qualifier::Neutral,
                    _ => Qualifier::Fail,
                };
                Spf::builder().all(q).build()
            }
        };
        // `end` is written "v=spf1 <term>".
        text.push_str(&end.to_string()[6..]);
        for t in &modifiers {
            text.push(' ');
            text.push_str(t);
            senders |= term_name(t).0.eq_ignore_ascii_case("redirect");
        }
        estimate.total = estimate.own + estimate.nested;
        FormRecord {
            text,
            estimate,
            senders,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spf::presets::find;

    #[test]
    fn the_form_makes_the_record_the_page_showed() {
        let google = find("google-workspace").unwrap();
        for (form, text, senders, own) in [
            (SpfForm::default(), "v=spf1 -all", false, 0),
            (
                SpfForm {
                    presets: vec![google],
                    ip4: vec!["192.0.2.0/24", "bad"],
                    all: "~",
                    ..SpfForm::default()
                },
                "v=spf1 ip4:192.0.2.0/24 include:_spf.google.com ~all",
                true,
                1,
            ),
            (
                SpfForm {
                    redirect: "_spf.example.com",
                    ..SpfForm::default()
                },
                "v=spf1 redirect=_spf.example.com",
                true,
                1,
            ),
            (
                SpfForm {
                    terms: vec!["-ip4:192.0.2.9", " ", "exists:%{i}.x.example"],
                    ..SpfForm::default()
                },
                "v=spf1 -ip4:192.0.2.9 exists:%{i}.x.example -all",
                true,
                1,
            ),
        ] {
            let made = form.record();
            assert_eq!(made.text, text);
            assert_eq!(made.senders, senders, "{text}");
            assert_eq!(made.estimate.own, own, "{text}");
        }
    }
}
