//! Reading a raw message: the header fields the analysis needs, through
//! mail-parser (RFC 5322 with folding, CRLF or LF, MIME).

use super::{ArcSet, AuthResult, AuthResults, Hop, MessageError};
use mail_parser::{Address, HeaderName, HeaderValue, Host, MessageParser};
use std::net::IpAddr;

/// The header fields of a message that the analysis reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Headers {
    /// The first From address (`news@example.com`), when there is one.
    pub from: Option<String>,
    /// Its domain, lowercase.
    pub from_domain: Option<String>,
    /// The address of `Return-Path` (the envelope sender, MAIL FROM); `Some("")`
    /// for the null sender `<>`.
    pub return_path: Option<String>,
    /// The connecting IP: the first address named in a `from` clause by the
    /// topmost `Received` field that names one.
    pub ip: Option<IpAddr>,
    /// The HELO name the connecting host gave, from the same `Received` field.
    pub helo: Option<String>,
    /// The `Received` fields, topmost (the last hop) first.
    pub received: Vec<Hop>,
    /// The `Authentication-Results` fields, topmost first.
    pub authentication_results: Vec<AuthResults>,
    /// The ARC sets found, by instance.
    pub arc: Vec<ArcSet>,
    /// The number of `DKIM-Signature` fields.
    pub dkim_signatures: usize,
    /// True when the message has no body (only the header was given).
    pub headers_only: bool,
}

/// The header names that say "this is mail": at least one must be present.
fn is_mail_field(name: &HeaderName<'_>) -> bool {
    matches!(
        name,
        HeaderName::From
            | HeaderName::Received
            | HeaderName::ReturnPath
            | HeaderName::DkimSignature
            | HeaderName::MessageId
            | HeaderName::Date
            | HeaderName::Subject
            | HeaderName::To
            | HeaderName::AuthenticationResults
    )
}

/// True when `line` starts a header field: a name of printable ASCII without
/// a colon, then a colon (RFC 5322 2.2).
fn is_field_line(line: &[u8]) -> bool {
    match line.iter().position(|&b| b == b':') {
        Some(0) | None => false,
        Some(i) => line[..i].iter().all(|&b| (33..=126).contains(&b)),
    }
}

/// Reads the header of `raw` (a whole message or only its header).
pub fn read(raw: &[u8]) -> Result<Headers, MessageError> {
    let trimmed = raw.trim_ascii_start();
    if trimmed.is_empty() {
        return Err(MessageError::Empty);
    }
    if raw.contains(&0) {
        return Err(MessageError::Binary);
    }
    let first = trimmed.split(|&b| b == b'\n').next().unwrap_or_default();
    let first = first.strip_suffix(b"\r").unwrap_or(first);
    if !is_field_line(first) && !first.starts_with(b"From ") {
        return Err(MessageError::NoHeader);
    }
    let message = MessageParser::default()
        .parse_headers(trimmed)
        .ok_or(MessageError::NoHeader)?;
    let root = message.root_part();
    if !root.headers().iter().any(|h| is_mail_field(&h.name)) {
        return Err(MessageError::NoMailFields);
    }
    let mut out = Headers {
        dkim_signatures: root
            .headers()
            .iter()
            .filter(|h| h.name == HeaderName::DkimSignature)
            .count(),
        ..Headers::default()
    };
    // The body: whatever follows the first empty line.
    let body_at = find_body(trimmed);
    out.headers_only = body_at.is_none_or(|at| trimmed[at..].trim_ascii().is_empty());

    for h in root.headers() {
        let raw_value = trimmed
            .get(h.offset_start as usize..h.offset_end as usize)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        match &h.name {
            HeaderName::From if out.from.is_none() => {
                if let Some(addr) = first_address(&h.value) {
                    out.from_domain = domain_of(&addr);
                    out.from = Some(addr);
                }
            }
            HeaderName::ReturnPath if out.return_path.is_none() => {
                out.return_path = Some(return_path(&raw_value));
            }
            HeaderName::Received => {
                let hop = hop(&h.value, &raw_value);
                if out.ip.is_none()
                    && let Some(ip) = hop.from_ip
                {
                    out.ip = Some(ip);
                    out.helo = hop.helo.clone();
                }
                out.received.push(hop);
            }
            HeaderName::AuthenticationResults => {
                out.authentication_results
                    .push(parse_auth_results(&unfold(&raw_value)));
            }
            HeaderName::ArcSeal => {
                let tags = tags(&unfold(&raw_value));
                let i = tag(&tags, "i").and_then(|v| v.parse().ok()).unwrap_or(0);
                let set = arc_set(&mut out.arc, i);
                set.cv = tag(&tags, "cv").map(str::to_ascii_lowercase);
                set.seal_domain = tag(&tags, "d").map(str::to_ascii_lowercase);
                set.seal_selector = tag(&tags, "s").map(str::to_string);
            }
            HeaderName::ArcMessageSignature => {
                let tags = tags(&unfold(&raw_value));
                let i = tag(&tags, "i").and_then(|v| v.parse().ok()).unwrap_or(0);
                let set = arc_set(&mut out.arc, i);
                set.signature_domain = tag(&tags, "d").map(str::to_ascii_lowercase);
            }
            HeaderName::ArcAuthenticationResults => {
                let v = unfold(&raw_value);
                let (i, rest) = match v.trim_start().strip_prefix("i=") {
                    Some(r) => {
                        let end = r.find(';').unwrap_or(r.len());
                        (
                            r[..end].trim().parse().unwrap_or(0),
                            r.get(end + 1..).unwrap_or(""),
                        )
                    }
                    None => (0, v.as_str()),
                };
                let results = parse_auth_results(rest);
                arc_set(&mut out.arc, i).results = results.results;
            }
            _ => {}
        }
    }
    out.arc.sort_by_key(|s| s.instance);
    // Delays between hops: each hop's date minus the date of the hop below
    // it (the one before in time).
    for k in 0..out.received.len() {
        let below = out.received.get(k + 1).and_then(|h| h.timestamp);
        if let (Some(t), Some(b)) = (out.received[k].timestamp, below) {
            out.received[k].delay_seconds = Some(t - b);
        }
    }
    Ok(out)
}

/// The offset of the body (after the first empty line), if any.
fn find_body(raw: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < raw.len() {
        let end = raw[i..].iter().position(|&b| b == b'\n').map(|p| i + p);
        let line_end = end.unwrap_or(raw.len());
        let line = &raw[i..line_end];
        if line.is_empty() || line == b"\r" {
            return Some((line_end + 1).min(raw.len()));
        }
        i = line_end + 1;
    }
    None
}

fn arc_set(sets: &mut Vec<ArcSet>, i: u32) -> &mut ArcSet {
    let at = match sets.iter().position(|s| s.instance == i) {
        Some(p) => p,
        None => {
            sets.push(ArcSet {
                instance: i,
                ..ArcSet::default()
            });
            sets.len() - 1
        }
    };
    &mut sets[at]
}

/// A field's value with its line breaks removed (RFC 5322 2.2.3).
pub(crate) fn unfold(v: &str) -> String {
    v.replace("\r\n", "").replace('\n', "").trim().to_string()
}

/// `tag=value` pairs of a DKIM-style tag list (whitespace removed around).
fn tags(v: &str) -> Vec<(String, String)> {
    v.split(';')
        .filter_map(|p| {
            let (k, v) = p.split_once('=')?;
            Some((k.trim().to_ascii_lowercase(), v.trim().to_string()))
        })
        .collect()
}

fn tag<'a>(tags: &'a [(String, String)], name: &str) -> Option<&'a str> {
    tags.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn first_address(v: &HeaderValue<'_>) -> Option<String> {
    let addr = match v {
        HeaderValue::Address(Address::List(l)) => l.iter().find_map(|a| a.address.clone()),
        HeaderValue::Address(Address::Group(g)) => g
            .iter()
            .flat_map(|g| g.addresses.iter())
            .find_map(|a| a.address.clone()),
        _ => None,
    }?;
    let addr = addr.trim().to_string();
    addr.contains('@').then_some(addr)
}

/// The lowercase domain of an address (`a@Example.COM` → `example.com`).
pub(crate) fn domain_of(addr: &str) -> Option<String> {
    let (_, d) = addr.rsplit_once('@')?;
    let d = d
        .trim()
        .trim_end_matches('>')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    (!d.is_empty() && d.contains('.')).then_some(d)
}

/// The address of a `Return-Path` value (`<bounce@example.com>`; `<>` is
/// the null sender, given as the empty string).
fn return_path(v: &str) -> String {
    let v = unfold(v);
    let inner = match (v.find('<'), v.rfind('>')) {
        (Some(a), Some(b)) if a < b => &v[a + 1..b],
        _ => v.as_str(),
    };
    // A source route (`<@a,@b:user@d>`) is dropped (RFC 5321 4.1.2).
    let inner = inner.rsplit(':').next().unwrap_or(inner);
    inner.trim().to_string()
}

fn host(h: &Host<'_>) -> String {
    match h {
        Host::Name(n) => n.to_string(),
        Host::IpAddr(ip) => ip.to_string(),
    }
}

fn hop(v: &HeaderValue<'_>, raw: &str) -> Hop {
    let text = unfold(raw);
    let mut hop = Hop {
        text: crate::text::cap(&text, 1000),
        ..Hop::default()
    };
    if let HeaderValue::Received(r) = v {
        hop.from = r.from.as_ref().map(host);
        hop.helo = r.helo.as_ref().map(host).or_else(|| hop.from.clone());
        hop.by = r.by.as_ref().map(host);
        hop.with = r.with.as_ref().map(|w| w.to_string());
        hop.from_ip = r.from_ip.or(match r.from {
            Some(Host::IpAddr(ip)) => Some(ip),
            _ => None,
        });
        hop.timestamp = r.date.as_ref().map(|d| d.to_timestamp());
        hop.date = r.date.as_ref().map(|d| d.to_rfc3339());
    }
    // Some writers put the address only in a comment mail-parser does not
    // read ("from mx.example (mx.example [192.0.2.1])"): look for the first
    // bracketed address of the from clause.
    if hop.from_ip.is_none()
        && let Some(from) = text
            .strip_prefix("from ")
            .or_else(|| text.strip_prefix("FROM "))
    {
        let clause = from.split(" by ").next().unwrap_or(from);
        hop.from_ip = bracketed_ip(clause);
    }
    hop
}

fn bracketed_ip(s: &str) -> Option<IpAddr> {
    let mut rest = s;
    while let Some(a) = rest.find('[') {
        let after = &rest[a + 1..];
        let b = after.find(']')?;
        let inner = after[..b].trim();
        let inner = inner
            .strip_prefix("IPv6:")
            .or_else(|| inner.strip_prefix("ipv6:"))
            .unwrap_or(inner);
        if let Ok(ip) = inner.parse() {
            return Some(ip);
        }
        rest = &after[b + 1..];
    }
    None
}

/// Removes RFC 5322 comments (parenthesized, nested) from `s`.
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut quoted = false;
    let mut esc = false;
    for c in s.chars() {
        if esc {
            esc = false;
            if depth == 0 {
                out.push(c);
            }
            continue;
        }
        match c {
            '\\' => {
                esc = true;
                if depth == 0 {
                    out.push(c);
                }
            }
            '"' if depth == 0 => {
                quoted = !quoted;
                out.push(c);
            }
            '(' if !quoted => depth += 1,
            ')' if !quoted && depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Parses an `Authentication-Results` value (RFC 8601 2.2): the authserv-id,
/// then `method=result` statements with their properties.
pub(crate) fn parse_auth_results(v: &str) -> AuthResults {
    let text = unfold(v);
    let clean = strip_comments(&text);
    let mut parts = clean.split(';');
    let authserv_id = parts
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    let mut results = Vec::new();
    for p in parts {
        let mut words = p.split_whitespace();
        let Some(first) = words.next() else { continue };
        let Some((method, result)) = first.split_once('=') else {
            continue;
        };
        let method = method.to_ascii_lowercase();
        if method == "none" || method.is_empty() {
            continue;
        }
        let mut r = AuthResult {
            method: method.split('/').next().unwrap_or_default().to_string(),
            result: result.to_ascii_lowercase(),
            reason: None,
            properties: Vec::new(),
        };
        let rest: Vec<&str> = words.collect();
        let rest = rest.join(" ");
        // reason="..." then ptype.property=value pairs.
        let mut s = rest.as_str();
        while let Some(eq) = s.find('=') {
            let key = s[..eq].trim().to_ascii_lowercase();
            let after = &s[eq + 1..];
            let (value, next) = if let Some(q) = after.strip_prefix('"') {
                let end = q.find('"').unwrap_or(q.len());
                (q[..end].to_string(), q.get(end + 1..).unwrap_or(""))
            } else {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (after[..end].to_string(), &after[end..])
            };
            if key == "reason" {
                r.reason = Some(value);
            } else if !key.is_empty() {
                r.properties.push((key, value));
            }
            s = next;
        }
        results.push(r);
    }
    AuthResults {
        authserv_id,
        results,
        text: crate::text::cap(&text, 2000),
    }
}
