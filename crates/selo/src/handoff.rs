//! Links to the generators: a published record written into the
//! generator's form (its query parameters), with a finding's fix on top,
//! so that the generator opens with what is published plus the change
//! instead of an empty form; and the order in which one generator leads to
//! the next for the same domain.
//!
//! ```
//! use selo::handoff::{self, Fix};
//! let href = handoff::spf_href("example.com", Some("v=spf1 mx include:_spf.google.com -all"), &Fix::default());
//! assert_eq!(href, "?page=spf&domain=example.com&presets=google-workspace&mx=1");
//! assert_eq!(handoff::next("spf"), Some("dkim"));
//! ```
//!
//! What the SPF form cannot hold in its own fields (`mx:<host>`, `exists:`,
//! `ptr`, a qualifier other than `+`, prefix lengths on `a` and `mx`,
//! `exp=` and unknown modifiers) goes to its "other terms" rows (`term`),
//! kept as written. What the DMARC form has no field for (`ri`, `pct` and
//! unknown tags) is not carried: those tags are removed or ignored by
//! RFC 9989 receivers.

use crate::dmarc::{self, Alignment, Dmarc, FailureOption};
use crate::mta_sts::{self, Mode, MtaStsPolicy};
use crate::spf::presets::find_by_include;
use crate::spf::{self, Mechanism, Modifier, Qualifier, Spf, Term};

/// The generators in the order a domain owner sets them up.
pub const ORDER: [&str; 6] = ["spf", "dkim", "dmarc", "mta-sts", "tls-rpt", "bimi"];

/// The generator after `page` in [`ORDER`].
///
/// ```
/// assert_eq!(selo::handoff::next("mta-sts"), Some("tls-rpt"));
/// assert_eq!(selo::handoff::next("bimi"), None);
/// ```
pub fn next(page: &str) -> Option<&'static str> {
    let i = ORDER.iter().position(|p| *p == page)?;
    ORDER.get(i + 1).copied()
}

/// Percent-encodes like `encodeURIComponent`.
///
/// ```
/// assert_eq!(selo::handoff::enc("a b&c\nd"), "a%20b%26c%0Ad");
/// ```
pub fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A generator's query string: `?page=<page>`, the domain when there is
/// one, then each non-empty parameter.
///
/// ```
/// let q = selo::handoff::href("dmarc", "example.com", &[("p", "none".into()), ("sp", String::new())]);
/// assert_eq!(q, "?page=dmarc&domain=example.com&p=none");
/// ```
pub fn href(page: &str, domain: &str, params: &[(&str, String)]) -> String {
    let mut out = format!("?page={page}");
    if !domain.is_empty() {
        out.push_str(&format!("&domain={}", enc(domain)));
    }
    for (k, v) in params.iter().filter(|(_, v)| !v.is_empty()) {
        out.push_str(&format!("&{k}={}", enc(v)));
    }
    out
}

/// The change a finding asks for, applied on top of the published record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fix<'a> {
    /// SPF terms to add (`ip4:192.0.2.1`, `include:_spf.example.net`).
    pub add: Vec<String>,
    /// A sending service to tick in the SPF generator, or whose DKIM
    /// records to open in the DKIM generator (a [`crate::senders`] id).
    pub preset: Option<&'a str>,
    /// DMARC: add an aggregate report address when the record has none.
    pub rua: bool,
    /// DKIM: the selector the finding is about.
    pub selector: Option<&'a str>,
}

/// The SPF generator's fields for a record: every term, each in the field
/// that holds it.
#[derive(Default)]
struct SpfFields {
    presets: Vec<&'static str>,
    a: bool,
    mx: bool,
    ahost: Vec<String>,
    ip4: Vec<String>,
    ip6: Vec<String>,
    include: Vec<String>,
    term: Vec<String>,
    all: Option<&'static str>,
    redirect: String,
}

impl SpfFields {
    fn carry(&mut self, t: &Term) {
        let plain = |c: &spf::DualCidr| *c == spf::DualCidr::default();
        match t {
            Term::Mechanism {
                qualifier: Qualifier::Pass,
                kind,
            } => match kind {
                // `+all` lets every server send: the form offers `~all`.
                Mechanism::All => self.all = Some("~"),
                Mechanism::Include(d) => match find_by_include(d.as_str()) {
                    Some(p) if !self.presets.contains(&p.id) => self.presets.push(p.id),
                    Some(_) => {}
                    None => self.include.push(d.to_string()),
                },
                Mechanism::A { domain: None, cidr } if plain(cidr) => self.a = true,
                Mechanism::Mx { domain: None, cidr } if plain(cidr) => self.mx = true,
                Mechanism::A {
                    domain: Some(d),
                    cidr,
                } if plain(cidr) => self.ahost.push(d.to_string()),
                Mechanism::Ip4(n) => self.ip4.push(n.to_string()),
                Mechanism::Ip6(n) => self.ip6.push(n.to_string()),
                _ => self.term.push(t.to_string()),
            },
            Term::Mechanism {
                qualifier,
                kind: Mechanism::All,
            } => {
                self.all = Some(match qualifier {
                    Qualifier::SoftFail => "~",
                    Qualifier::Neutral => "?",
                    _ => "",
                })
            }
            Term::Modifier(Modifier::Redirect(d)) => self.redirect = d.to_string(),
            _ => self.term.push(t.to_string()),
        }
    }

    fn params(mut self, published: bool) -> Vec<(&'static str, String)> {
        // A published record without `all` nor `redirect=`: receivers
        // read its end as `?all` (RFC 7208 4.7), which the form writes out.
        if published && self.all.is_none() && self.redirect.is_empty() {
            self.all = Some("?");
        }
        let rows = |v: Vec<String>| v.join("\n");
        let flag = |b: bool| if b { "1".to_string() } else { String::new() };
        vec![
            ("presets", self.presets.join(",")),
            ("mx", flag(self.mx)),
            ("a", flag(self.a)),
            ("ahost", rows(self.ahost)),
            ("ip4", rows(self.ip4)),
            ("ip6", rows(self.ip6)),
            ("include", rows(self.include)),
            ("term", rows(self.term)),
            ("all", self.all.unwrap_or_default().to_string()),
            ("redirect", self.redirect),
        ]
    }
}

/// The SPF generator's parameters for `published` (a model) with `fix`'s
/// terms and service added.
pub fn spf_params(published: Option<&Spf>, fix: &Fix) -> Vec<(&'static str, String)> {
    let mut f = SpfFields::default();
    for t in published.map(Spf::terms).unwrap_or_default() {
        f.carry(t);
    }
    if let Some(p) = fix.preset.and_then(crate::senders::find)
        && p.include.is_some()
        && !f.presets.contains(&p.id)
    {
        f.presets.push(p.id);
    }
    let added = spf::parse(&format!("v=spf1 {}", fix.add.join(" "))).value;
    for t in added.as_ref().map(Spf::terms).unwrap_or_default() {
        f.carry(t);
    }
    f.params(published.is_some())
}

/// The link to the SPF generator for `domain`, filled with the published
/// record's text (every term, see [`spf_params`]) and the fix.
pub fn spf_href(domain: &str, published: Option<&str>, fix: &Fix) -> String {
    let model = published.and_then(|t| spf::parse(t).value);
    href("spf", domain, &spf_params(model.as_ref(), fix))
}

/// The mailbox suggested for aggregate reports: `dmarc-reports@<domain>`.
pub fn suggested_rua(domain: &str) -> String {
    format!("mailto:dmarc-reports@{domain}")
}

/// The DMARC generator's parameters for `published`, with an aggregate
/// report address added when `fix.rua` asks for one and the record has
/// none.
pub fn dmarc_params(
    domain: &str,
    published: Option<&Dmarc>,
    fix: &Fix,
) -> Vec<(&'static str, String)> {
    let d = published.cloned().unwrap_or_default();
    let word = |p: Option<dmarc::Policy>| p.map(|p| p.as_str().to_string()).unwrap_or_default();
    let strict = |a: Option<Alignment>| {
        if a == Some(Alignment::Strict) {
            "s".to_string()
        } else {
            String::new()
        }
    };
    let uris = |v: &[dmarc::ReportUri]| {
        v.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut rua = uris(&d.rua);
    if fix.rua && rua.is_empty() && !domain.is_empty() {
        rua = suggested_rua(domain);
    }
    vec![
        ("p", word(d.policy)),
        ("sp", word(d.subdomain_policy)),
        ("np", word(d.nonexistent_policy)),
        (
            "psd",
            d.psd.map(|p| p.as_str().to_string()).unwrap_or_default(),
        ),
        (
            "t",
            if d.testing == Some(true) {
                "y".into()
            } else {
                String::new()
            },
        ),
        ("adkim", strict(d.adkim)),
        ("aspf", strict(d.aspf)),
        ("fo", FailureOption::join(&d.failure_options)),
        ("rua", rua),
        ("ruf", uris(&d.ruf)),
    ]
}

/// The link to the DMARC generator for `domain`, filled with the published
/// record's text and the fix.
pub fn dmarc_href(domain: &str, published: Option<&str>, fix: &Fix) -> String {
    let model = published.and_then(|t| dmarc::parse(t).value);
    href("dmarc", domain, &dmarc_params(domain, model.as_ref(), fix))
}

/// The MTA-STS generator's parameters: the published policy's `mx` lines
/// (else the domain's MX hosts) and `max_age`, in `mode: testing` unless
/// the policy already enforces (then the fix is its `mx` lines, not a step
/// back).
pub fn mta_sts_params(
    policy: Option<&MtaStsPolicy>,
    mx_hosts: &[String],
) -> Vec<(&'static str, String)> {
    let mode = match policy.map(|p| p.mode) {
        Some(Mode::Enforce) => Mode::Enforce,
        _ => Mode::Testing,
    };
    let mut mx: Vec<String> = policy
        .map(|p| p.mx.iter().map(|m| m.as_str().to_string()).collect())
        .unwrap_or_default();
    for h in mx_hosts {
        let h = h.trim_end_matches('.');
        if !h.is_empty() && !mx.iter().any(|m| m.eq_ignore_ascii_case(h) || covers(m, h)) {
            mx.push(h.to_string());
        }
    }
    vec![
        ("mode", mode.as_str().to_string()),
        ("mx", mx.join("\n")),
        (
            "max_age",
            policy
                .map(|p| p.max_age.seconds().to_string())
                .unwrap_or_default(),
        ),
    ]
}

/// `*.example.net` covers `mx1.example.net` (one label, RFC 8461 4.1).
fn covers(pattern: &str, host: &str) -> bool {
    pattern.strip_prefix("*.").is_some_and(|base| {
        host.split_once('.')
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(base))
    })
}

/// The link to the MTA-STS generator for `domain`, filled with the
/// published policy file's text and the domain's MX hosts.
pub fn mta_sts_href(domain: &str, policy: Option<&str>, mx_hosts: &[String]) -> String {
    let model = policy.and_then(|t| mta_sts::parse_policy(t).value);
    href("mta-sts", domain, &mta_sts_params(model.as_ref(), mx_hosts))
}

/// The DKIM generator's provider for a sending service, when the DKIM
/// generator has its CNAME records.
///
/// ```
/// assert_eq!(selo::handoff::dkim_provider("microsoft-365"), Some("microsoft"));
/// assert_eq!(selo::handoff::dkim_provider("brevo"), None);
/// ```
pub fn dkim_provider(preset: &str) -> Option<&'static str> {
    match preset {
        "microsoft-365" => Some("microsoft"),
        "sendgrid" => Some("sendgrid"),
        "mailchimp" => Some("mailchimp"),
        _ => None,
    }
}

/// The link to the DKIM generator for `domain`: the selector the finding is
/// about, or the service's CNAME records.
pub fn dkim_href(domain: &str, fix: &Fix) -> String {
    let mut params = vec![("selector", fix.selector.unwrap_or_default().to_string())];
    if let Some(p) = fix.preset.and_then(dkim_provider) {
        params.push(("how", "cname".into()));
        params.push(("provider", p.into()));
    }
    href("dkim", domain, &params)
}

/// The generator link for a record pasted in the validator (no domain):
/// the record read back into the generator's form. A DKIM record opens the
/// DKIM page with the key pasted, in the fragment.
pub fn for_record(r: &crate::Record) -> Option<String> {
    use crate::Record as R;
    let none = Fix::default();
    Some(match r {
        R::Spf(s) => href("spf", "", &spf_params(Some(s), &none)),
        R::Dmarc(d) => href("dmarc", "", &dmarc_params("", Some(d), &none)),
        R::MtaStsPolicy(p) => href("mta-sts", "", &mta_sts_params(Some(p), &[])),
        R::Dkim(k) => format!("?page=dkim&how=paste#{}", enc(&k.to_string())),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spf::form::SpfForm;

    /// The SPF generator's form as the page reads these parameters.
    fn form_record(params: &[(&str, String)]) -> String {
        let get = |k: &str| {
            params
                .iter()
                .find(|(p, _)| *p == k)
                .map_or("", |(_, v)| v.as_str())
        };
        let rows = |k: &str| get(k).split('\n').collect::<Vec<_>>();
        let form = SpfForm {
            presets: crate::senders::SENDERS
                .iter()
                .filter(|p| get("presets").split(',').any(|i| i == p.id))
                .collect(),
            a: get("a") == "1",
            mx: get("mx") == "1",
            ahosts: rows("ahost"),
            ip4: rows("ip4"),
            ip6: rows("ip6"),
            includes: rows("include"),
            terms: rows("term"),
            all: get("all"),
            redirect: get("redirect"),
        };
        form.record().text
    }

    fn sorted_terms(record: &str) -> Vec<String> {
        let mut t: Vec<String> = spf::parse(record)
            .value
            .unwrap()
            .terms()
            .iter()
            .map(ToString::to_string)
            .collect();
        t.sort();
        t
    }

    #[test]
    fn spf_records_become_the_generator_fields() {
        let fix = |add: &[&str]| Fix {
            add: add.iter().map(|s| s.to_string()).collect(),
            ..Fix::default()
        };
        for (published, add, expected) in [
            (
                "v=spf1 mx a include:_s1.spf11.test include:_s2.spf11.test a:mail.spf11.test -all",
                fix(&[]),
                "?page=spf&domain=d.test&mx=1&a=1&ahost=mail.spf11.test&include=_s1.spf11.test%0A_s2.spf11.test",
            ),
            (
                "v=spf1 include:_spf.google.com ~all",
                fix(&["ip4:192.0.2.7"]),
                "?page=spf&domain=d.test&presets=google-workspace&ip4=192.0.2.7&all=~",
            ),
            (
                "v=spf1 mx:backup.d.test ptr exists:%{i}.e.d.test -ip4:192.0.2.9 a/24 ?all exp=x.d.test",
                fix(&[]),
                "?page=spf&domain=d.test&term=mx%3Abackup.d.test%0Aptr%0Aexists%3A%25%7Bi%7D.e.d.test%0A-ip4%3A192.0.2.9%0Aa%2F24%0Aexp%3Dx.d.test&all=%3F",
            ),
            (
                "v=spf1 ip6:2001:db8::/32 redirect=_spf.d.test",
                fix(&[]),
                "?page=spf&domain=d.test&ip6=2001%3Adb8%3A%3A%2F32&redirect=_spf.d.test",
            ),
            (
                "v=spf1 +all",
                fix(&["include:_spf.mailer.test"]),
                "?page=spf&domain=d.test&include=_spf.mailer.test&all=~",
            ),
        ] {
            assert_eq!(
                spf_href("d.test", Some(published), &add),
                expected,
                "{published}"
            );
        }
        // No record at all: only the fix, and a service's include.
        let f = Fix {
            preset: Some("mailgun"),
            ..Fix::default()
        };
        assert_eq!(
            spf_href("d.test", None, &f),
            "?page=spf&domain=d.test&presets=mailgun"
        );
    }

    #[test]
    fn spf_fields_read_back_give_the_published_record() {
        for published in [
            "v=spf1 mx a include:_s1.spf11.test include:_s2.spf11.test a:mail.spf11.test -all",
            "v=spf1 ip4:192.0.2.0/24 include:_spf.google.com include:mailgun.org ~all",
            "v=spf1 mx:backup.d.test ptr exists:%{i}.e.d.test -ip4:192.0.2.9 a/24 ?all exp=x.d.test",
            "v=spf1 ip6:2001:db8::/32 a:x.d.test redirect=_spf.d.test",
            "v=spf1 -all",
        ] {
            let model = spf::parse(published).value.unwrap();
            let made = form_record(&spf_params(Some(&model), &Fix::default()));
            assert_eq!(
                sorted_terms(&made),
                sorted_terms(published),
                "{published} → {made}"
            );
            assert!(
                spf::parse(&made).is_valid() || !spf::parse(published).is_valid(),
                "{made}"
            );
        }
    }

    #[test]
    fn dmarc_records_become_the_generator_fields() {
        let rua = Fix {
            rua: true,
            ..Fix::default()
        };
        for (published, fix, expected) in [
            (
                Some("v=DMARC1; p=none"),
                &rua,
                "?page=dmarc&domain=d.test&p=none&rua=mailto%3Admarc-reports%40d.test",
            ),
            (
                Some(
                    "v=DMARC1; p=quarantine; sp=reject; adkim=s; fo=1:d; rua=mailto:a@d.test,mailto:b@e.test; t=y",
                ),
                &rua,
                "?page=dmarc&domain=d.test&p=quarantine&sp=reject&t=y&adkim=s&fo=1%3Ad&rua=mailto%3Aa%40d.test%0Amailto%3Ab%40e.test",
            ),
            (
                None,
                &rua,
                "?page=dmarc&domain=d.test&rua=mailto%3Admarc-reports%40d.test",
            ),
            (
                Some("v=DMARC1; p=reject"),
                &Fix::default(),
                "?page=dmarc&domain=d.test&p=reject",
            ),
        ] {
            assert_eq!(
                dmarc_href("d.test", published, fix),
                expected,
                "{published:?}"
            );
        }
    }

    #[test]
    fn mta_sts_links_start_in_testing() {
        let mx = vec!["mx1.d.test.".to_string(), "mx2.d.test".to_string()];
        for (policy, expected) in [
            (
                None,
                "?page=mta-sts&domain=d.test&mode=testing&mx=mx1.d.test%0Amx2.d.test",
            ),
            (
                Some("version: STSv1\nmode: enforce\nmx: mx1.d.test\nmax_age: 604800\n"),
                "?page=mta-sts&domain=d.test&mode=enforce&mx=mx1.d.test%0Amx2.d.test&max_age=604800",
            ),
            (
                Some("version: STSv1\nmode: none\nmx: *.d.test\nmax_age: 86400\n"),
                "?page=mta-sts&domain=d.test&mode=testing&mx=*.d.test&max_age=86400",
            ),
        ] {
            assert_eq!(mta_sts_href("d.test", policy, &mx), expected, "{policy:?}");
        }
    }

    #[test]
    fn dkim_links_name_the_selector_or_the_service() {
        let f = |selector, preset| Fix {
            selector,
            preset,
            ..Fix::default()
        };
        assert_eq!(
            dkim_href("d.test", &f(Some("s2"), None)),
            "?page=dkim&domain=d.test&selector=s2"
        );
        assert_eq!(
            dkim_href("d.test", &f(None, Some("mailchimp"))),
            "?page=dkim&domain=d.test&how=cname&provider=mailchimp"
        );
        assert_eq!(
            dkim_href("d.test", &f(None, Some("brevo"))),
            "?page=dkim&domain=d.test"
        );
    }

    #[test]
    fn the_validator_links_a_pasted_record_to_its_generator() {
        let v = crate::validate("v=spf1 ip4:192.0.2.1 include:mailgun.org -all", None);
        let link = for_record(v.record.as_ref().unwrap());
        assert_eq!(
            link.as_deref(),
            Some("?page=spf&presets=mailgun&ip4=192.0.2.1")
        );
        let v = crate::validate("v=DMARC1; p=none", None);
        assert_eq!(
            for_record(v.record.as_ref().unwrap()).as_deref(),
            Some("?page=dmarc&p=none")
        );
        let v = crate::validate("v=TLSRPTv1; rua=mailto:t@d.test", None);
        assert_eq!(for_record(v.record.as_ref().unwrap()), None);
    }
}
