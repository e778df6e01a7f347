//! Text to [`Spf`]: a tokenizer over space-separated terms, every finding
//! kept.

use super::macros::{self, Context, Issue};
use super::messages::*;
use super::{
    DomainSpec, DualCidr, Ip4Network, Ip6Network, Mechanism, Modifier, Qualifier, Spf, Term,
    UnknownTag, value_error,
};
use crate::ValueError;
use crate::{Applicability, Diagnostic, Fix, Parsed, Span, Text};
use std::net::{Ipv4Addr, Ipv6Addr};

/// Parses an SPF record value (the TXT strings already joined).
///
/// Returns the model whenever the text starts with `v=spf1` (even with
/// errors: the terms that could be read are kept), and every finding, grammar
/// and advice alike. `value` is `None` only when the text is not an SPF
/// record; the error then says what it is, when Selo knows.
///
/// ```
/// let p = selo::spf::parse("v=spf1 include:_spf.example.com ip4:192.0.2.300 -all");
/// assert!(!p.is_valid());
/// assert!(p.has("spf::bad-ip4"));
/// let bad = p.diagnostics.iter().find(|d| d.code == "spf::bad-ip4").unwrap();
/// assert_eq!(bad.primary.start, 36); // the address itself
/// assert_eq!(p.value.unwrap().terms().len(), 2); // include and -all were read
///
/// let d = selo::spf::parse("v=DMARC1; p=none");
/// assert!(d.value.is_none());
/// assert!(d.diagnostics[0].message.contains("DMARC"));
/// ```
pub fn parse(input: &str) -> Parsed<Spf> {
    let mut diags = Vec::new();
    let lead = input.len() - input.trim_start().len();
    let body = &input[lead..];
    let has_version = body.len() >= 6 && body.as_bytes()[..6].eq_ignore_ascii_case(b"v=spf1");
    if !has_version {
        return Parsed {
            value: None,
            diagnostics: vec![not_spf(input, lead)],
        };
    }
    let after = lead + 6;
    if let Some(&c) = input.as_bytes().get(after)
        && !matches!(c, b' ' | b'\t' | b'\r' | b'\n')
    {
        let end = input[after..]
            .find([' ', '\t', '\r', '\n'])
            .map_or(input.len(), |k| after + k);
        return Parsed {
            value: None,
            diagnostics: vec![
                Diagnostic::new(&BAD_VERSION, Span::new(lead, end))
                    .arg("version", &input[lead..end]),
            ],
        };
    }
    if lead > 0 {
        diags.push(
            Diagnostic::new(&LEADING_SPACE, Span::new(0, lead)).with_fix(Fix::single(
                Text::new(
                    "Remove the leading white space",
                    "Remover os espaços iniciais",
                ),
                Span::new(0, lead),
                "",
                Applicability::Safe,
            )),
        );
    }
    let mut p = Parser {
        input,
        diags,
        terms: Vec::new(),
        prev_end: after,
    };
    let b = input.as_bytes();
    let mut i = after;
    while i < b.len() {
        let c = b[i];
        if c == b' ' {
            i += 1;
            continue;
        }
        if matches!(c, b'\t' | b'\r' | b'\n') {
            p.diags.push(
                Diagnostic::new(&BAD_SPACE, Span::new(i, i + 1)).with_fix(Fix::single(
                    Text::new("Replace with a space", "Substituir por um espaço"),
                    Span::new(i, i + 1),
                    " ",
                    Applicability::Safe,
                )),
            );
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
        }
        p.term(start, i);
        p.prev_end = i;
    }
    let Parser {
        mut diags, terms, ..
    } = p;
    let (terms, places): (Vec<Term>, Vec<Place>) = terms.into_iter().unzip();
    let spf = Spf { terms };
    let spans = Spans {
        input,
        version: Span::new(lead, after),
        terms: places,
    };
    super::lint::lint(&spf, &spans, &mut diags);
    crate::diagnostic::sort_diagnostics(&mut diags);
    Parsed {
        value: Some(spf),
        diagnostics: diags,
    }
}

/// Where the parser found each part of the record, for the lints: the
/// span table of the SPF module.
pub(super) struct Spans<'t> {
    /// The text the spans point into.
    pub input: &'t str,
    /// The `v=spf1` version term.
    pub version: Span,
    /// Where each term of the model was written, in the model's order.
    pub terms: Vec<Place>,
}

/// Where a term was written.
#[derive(Clone, Copy)]
pub(super) struct Place {
    /// The whole token, qualifier included.
    pub span: Span,
    /// Where the token's removal starts (the spaces before it included).
    pub removal_start: usize,
}

struct Parser<'a> {
    input: &'a str,
    diags: Vec<Diagnostic>,
    /// Each term read, with where it was written.
    terms: Vec<(Term, Place)>,
    prev_end: usize,
}

/// The mechanism and modifier names, as [`crate::text::nearest`] compares
/// them.
const MECHANISMS: &[(&str, &str)] = &[
    ("all", "all"),
    ("include", "include"),
    ("a", "a"),
    ("mx", "mx"),
    ("ptr", "ptr"),
    ("ip4", "ip4"),
    ("ip6", "ip6"),
    ("exists", "exists"),
];
const MODIFIERS: &[(&str, &str)] = &[("redirect", "redirect"), ("exp", "exp")];

/// `unknown` (about the name at its primary span), or, when the name looks
/// like a slip for one of `choices` (`inlcude`, `~alll`), `spf::misspelt-term`
/// at the same place and severity with the nearest name as a fix to check.
fn misspelt(unknown: Diagnostic, name: &str, choices: &[(&str, &'static str)]) -> Diagnostic {
    let Some(suggestion) = crate::text::nearest(name, choices) else {
        return unknown;
    };
    Diagnostic::new(&MISSPELT_TERM, unknown.primary)
        .with_severity(unknown.severity)
        .arg("name", name)
        .arg("suggestion", suggestion)
        .with_fix(Fix::single(
            Text::new("Replace the name with", "Substituir o nome por"),
            unknown.primary,
            suggestion,
            Applicability::MaybeIncorrect,
        ))
}

impl Parser<'_> {
    fn push(&mut self, term: Term, span: Span) {
        self.terms.push((
            term,
            Place {
                span,
                removal_start: self.prev_end,
            },
        ));
    }

    fn issues(&mut self, issues: Vec<Issue>, at: usize) -> bool {
        let mut ok = true;
        for i in issues {
            ok &= !i.is_error();
            let mut d = Diagnostic::new(i.template, i.span.shift(at));
            for (k, v) in i.args {
                d = d.arg(k, v);
            }
            self.diags.push(d);
        }
        ok
    }

    /// Checks a domain-spec at `at..at+s.len()`; `None` after an error.
    fn domain_spec(&mut self, s: &str, at: usize) -> Option<DomainSpec> {
        let ok = self.issues(macros::check(s, Context::DomainSpec), at);
        ok.then(|| DomainSpec(s.to_string()))
    }

    fn term(&mut self, start: usize, end: usize) {
        let input = self.input;
        let tok = &input[start..end];
        let span = Span::new(start, end);
        let first = tok.chars().next().unwrap_or(' ');
        let qualifier = Qualifier::from_symbol(first);
        let nstart = start + usize::from(qualifier.is_some());
        let body = &input[nstart..end];
        let name_len = body.find([':', '/', '=']).unwrap_or(body.len());
        let name = &body[..name_len];
        let rest = &body[name_len..];
        let rest_at = nstart + name_len;
        if rest.starts_with('=') {
            self.modifier(qualifier, span, nstart, name, rest_at + 1);
            return;
        }
        let lower = name.to_ascii_lowercase();
        let q = qualifier.unwrap_or_default();
        let kind = match lower.as_str() {
            "all" => {
                if !rest.is_empty() {
                    self.unexpected(name, rest, rest_at);
                }
                Some(Mechanism::All)
            }
            "include" | "exists" => match rest.strip_prefix(':') {
                Some(d) if !d.is_empty() => {
                    let d = self.domain_spec(d, rest_at + 1);
                    d.map(|d| {
                        if lower == "include" {
                            Mechanism::Include(d)
                        } else {
                            Mechanism::Exists(d)
                        }
                    })
                }
                _ => {
                    self.missing_domain(span, format!("{lower}:"));
                    None
                }
            },
            "a" | "mx" => self.a_mx(&lower, name, rest, rest_at, span),
            "ptr" => {
                if rest.is_empty() {
                    Some(Mechanism::Ptr(None))
                } else if let Some(d) = rest.strip_prefix(':') {
                    if d.is_empty() {
                        self.missing_domain(span, "ptr:");
                        None
                    } else {
                        self.domain_spec(d, rest_at + 1)
                            .map(|d| Mechanism::Ptr(Some(d)))
                    }
                } else {
                    self.unexpected(name, rest, rest_at);
                    Some(Mechanism::Ptr(None))
                }
            }
            "ip4" | "ip6" => self.ip(&lower, rest, rest_at, span),
            "" if qualifier.is_some() && self.lone_qualifier(span, tok) => None,
            _ if !is_name(name) => {
                self.diags
                    .push(Diagnostic::new(&BAD_TERM, span).arg("term", tok));
                if let Some((k, c)) = name.char_indices().find(|(_, c)| !c.is_ascii()) {
                    let at = nstart + k;
                    self.diags.push(
                        Diagnostic::new(&NON_ASCII, Span::new(at, at + c.len_utf8()))
                            .arg("char", macros::show_char(c)),
                    );
                }
                None
            }
            _ => {
                let nspan = Span::new(nstart, nstart + name_len);
                let d = Diagnostic::new(&UNKNOWN_MECHANISM, nspan).arg("name", name);
                self.diags.push(misspelt(d, name, MECHANISMS));
                None
            }
        };
        if let Some(kind) = kind {
            self.push(Term::Mechanism { qualifier: q, kind }, span);
        }
    }

    /// A qualifier standing alone before a term (`~ all`): receivers read
    /// the qualifier as a broken term and the term after it with the
    /// default `+`. Says so, with the space to remove as a fix to check;
    /// false when no term follows.
    fn lone_qualifier(&mut self, span: Span, tok: &str) -> bool {
        let tail = &self.input[span.end..];
        let gap = tail.len() - tail.trim_start_matches([' ', '\t']).len();
        let next = &tail[gap..];
        let Some(word) = next.split([' ', '\t', ':', '/', '=']).next() else {
            return false;
        };
        if gap == 0 || !MECHANISMS.iter().any(|(m, _)| word.eq_ignore_ascii_case(m)) {
            return false;
        }
        self.diags.push(
            Diagnostic::new(&LONE_QUALIFIER, span)
                .arg("qualifier", tok)
                .arg("term", word)
                .with_fix(Fix::single(
                    Text::new(
                        "Join the qualifier to its term",
                        "Juntar o qualificador ao termo",
                    ),
                    Span::new(span.end, span.end + gap),
                    "",
                    Applicability::MaybeIncorrect,
                )),
        );
        true
    }

    /// `include:` (or `redirect=`...) with nothing after it. When a space
    /// splits the term from what looks like its domain, offer to join them.
    fn missing_domain(&mut self, span: Span, name: impl Into<String>) {
        let mut d = Diagnostic::new(&MISSING_DOMAIN, span).arg("name", name.into());
        let tail = &self.input[span.end..];
        let next = tail.len() - tail.trim_start_matches(' ').len();
        let word = tail[next..]
            .split([' ', '\t', '\r', '\n'])
            .next()
            .unwrap_or("");
        if next > 0
            && self.input[..span.end].ends_with([':', '='])
            && word.contains('.')
            && !word.contains([':', '='])
        {
            d = d.with_fix(Fix::single(
                Text::new(
                    "Remove the space before the domain",
                    "Remover o espaço antes do domínio",
                ),
                Span::new(span.end, span.end + next),
                "",
                Applicability::MaybeIncorrect,
            ));
        }
        self.diags.push(d);
    }

    fn unexpected(&mut self, name: &str, rest: &str, at: usize) {
        self.diags.push(
            Diagnostic::new(&UNEXPECTED_ARGUMENT, Span::new(at, at + rest.len()))
                .arg("name", name.to_ascii_lowercase())
                .arg("text", rest),
        );
    }

    fn a_mx(
        &mut self,
        lower: &str,
        name: &str,
        rest: &str,
        at: usize,
        span: Span,
    ) -> Option<Mechanism> {
        // Strip the dual-cidr-length from the end: a domain-spec cannot end
        // with "/digits" (its domain-end is a top label or a macro).
        let mut head = rest;
        let mut ip6 = None;
        let mut ip4 = None;
        let digits = |s: &str| s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let n = digits(head);
        if n > 0 && head[..head.len() - n].ends_with("//") {
            let d_at = at + head.len() - n;
            ip6 = Some((d_at, &head[head.len() - n..]));
            head = &head[..head.len() - n - 2];
        }
        let n = digits(head);
        if n > 0 && head[..head.len() - n].ends_with('/') {
            let d_at = at + head.len() - n;
            ip4 = Some((d_at, &head[head.len() - n..]));
            head = &head[..head.len() - n - 1];
        }
        let mut ok = true;
        let ip4 = ip4.and_then(|(a, d)| {
            let v = self.cidr(d, a, 32, "IPv4");
            ok &= v.is_some();
            v
        });
        let ip6 = ip6.and_then(|(a, d)| {
            let v = self.cidr(d, a, 128, "IPv6");
            ok &= v.is_some();
            v
        });
        let domain = if head.is_empty() {
            None
        } else if let Some(d) = head.strip_prefix(':') {
            if d.is_empty() {
                self.missing_domain(span, format!("{lower}:"));
                return None;
            }
            match self.domain_spec(d, at + 1) {
                Some(d) => Some(d),
                None => return None,
            }
        } else {
            self.unexpected(name, head, at);
            return None;
        };
        if !ok {
            return None;
        }
        let cidr = DualCidr { ip4, ip6 };
        Some(if lower == "a" {
            Mechanism::A { domain, cidr }
        } else {
            Mechanism::Mx { domain, cidr }
        })
    }

    /// A prefix length `d` (all digits) at `at`.
    fn cidr(&mut self, d: &str, at: usize, max: u32, family: &str) -> Option<u8> {
        let span = Span::new(at, at + d.len());
        if d.is_empty()
            || !d.bytes().all(|c| c.is_ascii_digit())
            || (d.len() > 1 && d.starts_with('0'))
        {
            self.diags
                .push(Diagnostic::new(&BAD_CIDR, span).arg("value", format!("/{d}")));
            return None;
        }
        let v: u32 = if d.len() > 3 {
            u32::MAX
        } else {
            d.parse().unwrap_or(u32::MAX)
        };
        if v > max {
            self.diags.push(
                Diagnostic::new(&CIDR_RANGE, span)
                    .arg("family", family)
                    .arg("value", d)
                    .arg("max", max),
            );
            return None;
        }
        Some(v as u8)
    }

    fn ip(&mut self, lower: &str, rest: &str, at: usize, span: Span) -> Option<Mechanism> {
        let example = if lower == "ip4" {
            "192.0.2.0/24"
        } else {
            "2001:db8::/32"
        };
        let Some(net) = rest.strip_prefix(':').filter(|n| !n.is_empty()) else {
            self.diags.push(
                Diagnostic::new(&MISSING_ADDRESS, span)
                    .arg("name", lower)
                    .arg("example", example),
            );
            return None;
        };
        let net_at = at + 1;
        let (addr, prefix) = match net.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (net, None),
        };
        let aspan = Span::new(net_at, net_at + addr.len());
        let p_at = net_at + addr.len() + 1;
        let (max, family) = if lower == "ip4" {
            (32, "IPv4")
        } else {
            (128, "IPv6")
        };
        let prefix = match prefix {
            None => Ok(None),
            Some(p) => self.cidr(p, p_at, max, family).map(Some).ok_or(()),
        };
        if addr.is_empty() {
            self.diags.push(
                Diagnostic::new(&MISSING_ADDRESS, span)
                    .arg("name", lower)
                    .arg("example", example),
            );
            return None;
        }
        let m = if lower == "ip4" {
            match addr.parse::<Ipv4Addr>() {
                Ok(a) => {
                    let prefix = prefix.ok()?;
                    let n = Ip4Network { addr: a, prefix };
                    if n.has_host_bits() {
                        self.host_bits(net, net_at, n.network().to_string(), prefix);
                    }
                    Mechanism::Ip4(n)
                }
                Err(_) => {
                    let t = if addr.parse::<Ipv6Addr>().is_ok() {
                        &IP6_IN_IP4
                    } else {
                        &BAD_IP4
                    };
                    self.diags
                        .push(Diagnostic::new(t, aspan).arg("value", addr));
                    return None;
                }
            }
        } else {
            match addr.parse::<Ipv6Addr>() {
                Ok(a) => {
                    let prefix = prefix.ok()?;
                    let n = Ip6Network { addr: a, prefix };
                    if n.has_host_bits() {
                        self.host_bits(net, net_at, n.network().to_string(), prefix);
                    }
                    Mechanism::Ip6(n)
                }
                Err(_) => {
                    let t = if addr.parse::<Ipv4Addr>().is_ok() {
                        &IP4_IN_IP6
                    } else {
                        &BAD_IP6
                    };
                    self.diags
                        .push(Diagnostic::new(t, aspan).arg("value", addr));
                    return None;
                }
            }
        };
        Some(m)
    }

    fn host_bits(&mut self, net: &str, at: usize, network: String, prefix: Option<u8>) {
        let prefix = prefix.unwrap_or_default();
        let span = Span::new(at, at + net.len());
        self.diags.push(
            Diagnostic::new(&HOST_BITS, span)
                .arg("value", net)
                .arg("network", &network)
                .arg("prefix", prefix)
                .with_fix(Fix::single(
                    Text::new(
                        "Replace with the network address",
                        "Substituir pelo endereço da rede",
                    ),
                    span,
                    format!("{network}/{prefix}"),
                    Applicability::MaybeIncorrect,
                )),
        );
    }

    fn modifier(
        &mut self,
        qualifier: Option<Qualifier>,
        span: Span,
        nstart: usize,
        name: &str,
        vat: usize,
    ) {
        let value = &self.input[vat..span.end];
        let nspan = Span::new(nstart, nstart + name.len());
        if !is_name(name) {
            self.diags
                .push(Diagnostic::new(&BAD_TERM, span).arg("term", &self.input[span.range()]));
            return;
        }
        let lower = name.to_ascii_lowercase();
        if let Some(q) = qualifier {
            self.diags.push(
                Diagnostic::new(&QUALIFIED_MODIFIER, Span::new(span.start, span.start + 1))
                    .arg("name", &lower)
                    .arg("qualifier", q.symbol())
                    .with_fix(Fix::single(
                        Text::new("Remove the qualifier", "Remover o qualificador"),
                        Span::new(span.start, span.start + 1),
                        "",
                        Applicability::MaybeIncorrect,
                    )),
            );
        }
        let known = lower == "redirect" || lower == "exp";
        if !known {
            let ok = self.issues(macros::check(value, Context::MacroString), vat);
            let d = Diagnostic::new(&UNKNOWN_MODIFIER, nspan).arg("name", &lower);
            self.diags.push(misspelt(d, name, MODIFIERS));
            if ok {
                self.push(
                    Term::Modifier(Modifier::Unknown(UnknownTag::kept(lower, value))),
                    span,
                );
            }
            return;
        }
        // A repeated redirect= or exp=.
        let first = self.terms.iter().find(|(t, _)| match t {
            Term::Modifier(Modifier::Redirect(_)) => lower == "redirect",
            Term::Modifier(Modifier::Exp(_)) => lower == "exp",
            _ => false,
        });
        if let Some((first, place)) = first {
            let same = match first {
                Term::Modifier(Modifier::Redirect(d) | Modifier::Exp(d)) => {
                    d.as_str().eq_ignore_ascii_case(value)
                }
                _ => false,
            };
            let first_span = place.span;
            let removal = Span::new(self.prev_end, span.end);
            let mut d = Diagnostic::new(&DUPLICATE_MODIFIER, span)
                .arg("name", &lower)
                .with_secondary(
                    first_span,
                    Some(Text::new("first defined here", "definido primeiro aqui")),
                );
            if same {
                d = d.with_fix(Fix::single(
                    Text::new(
                        "Remove the repeated modifier",
                        "Remover o modificador repetido",
                    ),
                    removal,
                    "",
                    Applicability::Safe,
                ));
            }
            self.diags.push(d);
            // Check its value all the same, then leave it out of the model.
            if !value.is_empty() {
                self.domain_spec(value, vat);
            }
            return;
        }
        if value.is_empty() {
            self.missing_domain(span, format!("{lower}="));
            return;
        }
        if let Some(d) = self.domain_spec(value, vat) {
            let m = if lower == "exp" {
                Modifier::Exp(d)
            } else {
                Modifier::Redirect(d)
            };
            self.push(Term::Modifier(m), span);
        }
    }
}

/// `name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )`
pub(crate) fn is_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphabetic()
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
}

/// A prefix length without the slash: digits, no leading zero.
pub(crate) fn cidr_value(p: &str, max_digits: usize) -> Result<u8, ValueError> {
    if p.is_empty()
        || p.len() > max_digits
        || !p.bytes().all(|c| c.is_ascii_digit())
        || (p.len() > 1 && p.starts_with('0'))
    {
        return Err(value_error(
            "a prefix length is a number without leading zeros",
            "o comprimento de prefixo é um número sem zeros à esquerda",
        ));
    }
    p.parse::<u8>().map_err(|_| {
        value_error(
            "the prefix length is too large",
            "o comprimento de prefixo é grande demais",
        )
    })
}

/// The error for a text that is not an SPF record, naming what it is.
fn not_spf(input: &str, lead: usize) -> Diagnostic {
    let body = &input[lead..];
    let compact: String = body
        .chars()
        .take(24)
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let kind = if compact.starts_with("spf2.0") {
        Some(Text::new(
            "a Sender ID (spf2.0) record",
            "um registo Sender ID (spf2.0)",
        ))
    } else if compact.starts_with("version:stsv1") {
        Some(Text::new(
            "an MTA-STS policy file",
            "um ficheiro de política MTA-STS",
        ))
    } else {
        // The version word may run into the next tag once spaces are gone
        // (`v=DMARC1 p=none`), so match known words as prefixes.
        compact.strip_prefix("v=").and_then(|rest| {
            ["dmarc1", "dkim1", "bimi1", "stsv1", "tlsrptv1"]
                .into_iter()
                .find(|w| rest.starts_with(w))
                .and_then(|w| crate::taglist::record_kind(w, "spf1"))
        })
    };
    let end = body
        .find([';', ' ', '\t', '\r', '\n'])
        .unwrap_or(body.len());
    let span = Span::new(lead, lead + end);
    match kind {
        Some(k) => Diagnostic::new(&NOT_SPF, span).arg_text("kind", k),
        None => Diagnostic::new(&NO_VERSION, span),
    }
}
