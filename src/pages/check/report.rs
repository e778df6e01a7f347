//! The check report as the page holds it, read from the worker's JSON (the
//! engine's `DomainCheck`, see `crates/selo-check-worker`).
//!
//! The JSON is parsed by the browser (`JSON.parse`) and walked here field by
//! field, so the first load carries no JSON library. Everything in it comes
//! from DNS answers and web servers the user does not control: it is only
//! ever shown as text, and every string is capped at [`MAX_TEXT`].

use js_sys::{Array, Reflect};
use selo::{Lang, Severity};
use wasm_bindgen::JsValue;

/// The longest string kept from a report (a TXT record can be 64 KiB).
pub const MAX_TEXT: usize = 4096;
/// The deepest SPF include tree shown.
const MAX_DEPTH: usize = 12;
/// The most items of one list kept.
const MAX_ITEMS: u32 = 200;

fn get(o: &JsValue, key: &str) -> JsValue {
    if !o.is_object() {
        return JsValue::UNDEFINED;
    }
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn cap(mut s: String) -> String {
    if s.len() > MAX_TEXT {
        let mut end = MAX_TEXT;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
        s.push('…');
    }
    s
}

fn text(o: &JsValue, key: &str) -> String {
    get(o, key).as_string().map(cap).unwrap_or_default()
}

fn opt_text(o: &JsValue, key: &str) -> Option<String> {
    get(o, key).as_string().map(cap)
}

fn num(o: &JsValue, key: &str) -> Option<u64> {
    get(o, key)
        .as_f64()
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map(|n| n as u64)
}

fn list(o: &JsValue, key: &str) -> Vec<JsValue> {
    let v = get(o, key);
    if !Array::is_array(&v) {
        return Vec::new();
    }
    let a = Array::from(&v);
    (0..a.length().min(MAX_ITEMS)).map(|i| a.get(i)).collect()
}

fn texts(o: &JsValue, key: &str) -> Vec<String> {
    list(o, key)
        .iter()
        .filter_map(|v| v.as_string().map(cap))
        .collect()
}

/// What a section found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Found, one record, no error.
    Ok,
    /// Nothing of that kind published.
    Missing,
    /// Published, with at least one error.
    Invalid,
    /// Could not be determined (timeout, SERVFAIL, network).
    Error,
    /// The MTA-STS policy file could not be read by the browser.
    Unreadable,
}

impl Status {
    fn read(o: &JsValue, key: &str) -> Status {
        match get(o, key).as_string().as_deref() {
            Some("ok") => Status::Ok,
            Some("missing") => Status::Missing,
            Some("invalid") => Status::Invalid,
            Some("unreadable") => Status::Unreadable,
            _ => Status::Error,
        }
    }
}

/// One finding, in both languages.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub code: String,
    pub severity: Severity,
    message: [String; 2],
    help: [String; 2],
    /// Like `RFC 7208 4.6.4`.
    pub spec: Option<String>,
}

impl Finding {
    fn read(o: &JsValue) -> Finding {
        let severity = match get(o, "severity").as_string().as_deref() {
            Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            _ => Severity::Info,
        };
        let en_message = text(o, "message");
        let en_help = text(o, "help");
        Finding {
            code: text(o, "code"),
            severity,
            message: [
                en_message.clone(),
                opt_text(o, "message_pt").unwrap_or(en_message),
            ],
            help: [en_help.clone(), opt_text(o, "help_pt").unwrap_or(en_help)],
            spec: opt_text(o, "spec").filter(|s| !s.is_empty()),
        }
    }

    pub fn message(&self, l: Lang) -> &str {
        &self.message[usize::from(l == Lang::Pt)]
    }

    pub fn help(&self, l: Lang) -> &str {
        &self.help[usize::from(l == Lang::Pt)]
    }

    /// The rule's address at the RFC Editor, for `RFC nnnn s.s`.
    pub fn spec_url(&self) -> Option<String> {
        let spec = self.spec.as_deref()?;
        let rest = spec.strip_prefix("RFC ")?;
        let (num, section) = rest.split_once(' ').unwrap_or((rest, ""));
        if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let anchor = match section.chars().next() {
            None => String::new(),
            Some(c) if c.is_ascii_alphabetic() => format!("#appendix-{section}"),
            Some(_) => format!("#section-{section}"),
        };
        Some(format!("https://www.rfc-editor.org/rfc/rfc{num}{anchor}"))
    }
}

fn findings(o: &JsValue) -> Vec<Finding> {
    list(o, "diagnostics").iter().map(Finding::read).collect()
}

/// What every record section has.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub status: Status,
    /// The name looked up, like `_dmarc.example.com`.
    pub name: String,
    pub records: Vec<String>,
    pub findings: Vec<Finding>,
}

impl Section {
    fn read(o: &JsValue) -> Option<Section> {
        if !o.is_object() {
            return None;
        }
        Some(Section {
            status: Status::read(o, "status"),
            name: text(o, "name"),
            records: texts(o, "records"),
            findings: findings(o),
        })
    }
}

/// One node of the SPF include / redirect tree.
#[derive(Clone, Debug, PartialEq)]
pub struct SpfNode {
    pub domain: String,
    /// `root`, `include` or `redirect`.
    pub via: String,
    pub record: Option<String>,
    /// DNS-querying terms of this record alone.
    pub lookups: u64,
    /// ... and of everything below it.
    pub total_lookups: u64,
    pub findings: Vec<Finding>,
    pub children: Vec<SpfNode>,
}

impl SpfNode {
    fn read(o: &JsValue, depth: usize) -> Option<SpfNode> {
        if !o.is_object() {
            return None;
        }
        Some(SpfNode {
            domain: text(o, "domain"),
            via: text(o, "via"),
            record: opt_text(o, "record"),
            lookups: num(o, "lookups").unwrap_or(0),
            total_lookups: num(o, "total_lookups").unwrap_or(0),
            findings: findings(o),
            children: if depth >= MAX_DEPTH {
                Vec::new()
            } else {
                list(o, "children")
                    .iter()
                    .filter_map(|c| SpfNode::read(c, depth + 1))
                    .collect()
            },
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Spf {
    pub section: Section,
    pub lookups: u64,
    pub void_lookups: u64,
    pub tree: Option<SpfNode>,
}

/// A DMARC report destination in another organizational domain.
#[derive(Clone, Debug, PartialEq)]
pub struct Authorization {
    pub uri: String,
    pub destination: String,
    pub authorized: bool,
    /// The lookup failed: whether it is authorized is unknown.
    pub lookup_failed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dmarc {
    pub section: Section,
    pub applies_from: Option<String>,
    /// `own`, `organizational` or `psd`.
    pub applies_as: Option<String>,
    pub policy: Option<String>,
    /// `p`, `sp` or `np`.
    pub policy_tag: Option<String>,
    pub authorizations: Vec<Authorization>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DkimSelector {
    pub selector: String,
    pub section: Section,
    pub cname_target: Option<String>,
    pub key_type: Option<String>,
    pub key_bits: Option<u64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dkim {
    pub status: Status,
    pub selectors: Vec<DkimSelector>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    pub url: String,
    pub status: Status,
    pub text: Option<String>,
    pub findings: Vec<Finding>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MtaSts {
    pub section: Section,
    pub policy: Option<Policy>,
    /// (MX host, covered by the policy).
    pub coverage: Vec<(String, bool)>,
}

/// The whole report, or as much of it as has arrived.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Report {
    /// The name queried (ASCII).
    pub domain: String,
    /// The name shown (Unicode).
    pub domain_unicode: String,
    pub resolver: String,
    pub exists: Option<bool>,
    pub dnssec: Option<bool>,
    pub queries: Option<u64>,
    pub round_trips: Option<u64>,
    pub elapsed_ms: Option<u64>,
    /// Every section has finished.
    pub complete: bool,
    /// Findings about the domain as a whole (NXDOMAIN, a lookup failure).
    pub findings: Vec<Finding>,
    pub mx: Option<Section>,
    pub spf: Option<Spf>,
    pub dmarc: Option<Dmarc>,
    pub dkim: Option<Dkim>,
    pub mta_sts: Option<MtaSts>,
    pub tls_rpt: Option<Section>,
    pub bimi: Option<Section>,
}

impl Report {
    /// Reads the worker's `check` object.
    pub fn read(domain_unicode: String, o: &JsValue) -> Report {
        let checks = get(o, "checks");
        let bool_of = |k: &str| get(o, k).as_bool();
        let spf = get(&checks, "spf");
        let dmarc = get(&checks, "dmarc");
        let dkim = get(&checks, "dkim");
        let sts = get(&checks, "mta_sts");
        Report {
            domain: text(o, "domain"),
            domain_unicode: cap(domain_unicode),
            resolver: text(o, "resolver"),
            exists: bool_of("exists"),
            dnssec: bool_of("dnssec"),
            queries: num(o, "queries"),
            round_trips: num(o, "round_trips"),
            elapsed_ms: num(o, "elapsed_ms"),
            complete: get(o, "complete").as_bool().unwrap_or(false),
            findings: findings(o),
            mx: Section::read(&get(&checks, "mx")),
            spf: Section::read(&spf).map(|section| Spf {
                section,
                lookups: num(&spf, "lookups").unwrap_or(0),
                void_lookups: num(&spf, "void_lookups").unwrap_or(0),
                tree: SpfNode::read(&get(&spf, "tree"), 0),
            }),
            dmarc: Section::read(&dmarc).map(|section| Dmarc {
                section,
                applies_from: opt_text(&dmarc, "applies_from"),
                applies_as: opt_text(&dmarc, "applies_as"),
                policy: opt_text(&dmarc, "policy"),
                policy_tag: opt_text(&dmarc, "policy_tag"),
                authorizations: list(&dmarc, "report_authorizations")
                    .iter()
                    .map(|a| Authorization {
                        uri: text(a, "uri"),
                        destination: text(a, "destination"),
                        authorized: get(a, "authorized").as_bool().unwrap_or(false),
                        lookup_failed: get(a, "lookup_failed").as_bool().unwrap_or(false),
                    })
                    .collect(),
            }),
            dkim: dkim.is_object().then(|| Dkim {
                status: Status::read(&dkim, "status"),
                selectors: list(&dkim, "selectors")
                    .iter()
                    .filter_map(|s| {
                        Section::read(s).map(|section| DkimSelector {
                            selector: text(s, "selector"),
                            section,
                            cname_target: opt_text(s, "cname_target"),
                            key_type: opt_text(s, "key_type"),
                            key_bits: num(s, "key_bits"),
                        })
                    })
                    .collect(),
            }),
            mta_sts: Section::read(&sts).map(|section| {
                let p = get(&sts, "policy");
                MtaSts {
                    section,
                    policy: p.is_object().then(|| Policy {
                        url: text(&p, "url"),
                        status: Status::read(&p, "status"),
                        text: opt_text(&p, "text"),
                        findings: findings(&p),
                    }),
                    coverage: list(&sts, "mx_coverage")
                        .iter()
                        .map(|c| (text(c, "mx"), get(c, "covered").as_bool().unwrap_or(false)))
                        .collect(),
                }
            }),
            tls_rpt: Section::read(&get(&checks, "tls_rpt")),
            bimi: Section::read(&get(&checks, "bimi")),
        }
    }
}
