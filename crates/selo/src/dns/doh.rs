//! DNS over HTTPS (RFC 8484): GET with `?dns=`, the wire format built and
//! read by the `domain` crate (NLnet Labs), default features off.
//!
//! Which DNS library: measured on 2026-11-28 with a tiny wasm32 `cdylib`
//! that builds one query and reads TXT, MX, A, AAAA and CNAME answers
//! (release, `opt-level = "z"`, LTO, one codegen unit, `panic = "abort"`,
//! no wasm-opt; an empty `cdylib` is 413 bytes):
//!
//! | crate | wasm | gzip -9 |
//! |---|---|---|
//! | `domain` 0.11.1 (`default-features = false, features = ["std"]`) | 47,309 B | 19,782 B |
//! | `hickory-proto` 0.25.2 (`default-features = false`) | 398,159 B | 136,083 B |
//!
//! hickory-proto pulls in `idna` and its Unicode tables; `domain` adds
//! about an eighth of that, so Selo uses `domain`.

use super::{
    Answer, HttpError, HttpGet, LookupError, Outcome, QueryType, Rdata, Resolver, ResolverUrl,
    normalize,
};
use base64::Engine;
use domain::base::iana::Rcode;
use domain::base::{Message, MessageBuilder, Name, ParsedName, Rtype};
use domain::rdata::AllRecordData;
use std::str::FromStr;

/// The largest DNS answer Selo reads, in bytes. Larger answers are
/// [`LookupError::TooLarge`]: no record the checks need comes near this.
pub const MAX_ANSWER_BYTES: usize = 32 * 1024;

/// The media type of RFC 8484.
const DNS_MESSAGE: &str = "application/dns-message";

fn record_type(q: QueryType) -> Rtype {
    match q {
        QueryType::Txt => Rtype::TXT,
        QueryType::Mx => Rtype::MX,
        QueryType::A => Rtype::A,
        QueryType::Aaaa => Rtype::AAAA,
        QueryType::Cname => Rtype::CNAME,
        QueryType::Ptr => Rtype::PTR,
    }
}

fn fqdn(name: &str) -> Result<Name<Vec<u8>>, LookupError> {
    let n = normalize(name);
    if n.is_empty() || !n.is_ascii() || n.len() > 253 {
        return Err(LookupError::Malformed(format!(
            "{:?} is not a DNS name in ASCII",
            crate::check::cap(name, 80)
        )));
    }
    Name::from_str(&format!("{n}.")).map_err(|_| {
        LookupError::Malformed(format!(
            "{:?} is not a valid DNS name",
            crate::check::cap(name, 80)
        ))
    })
}

fn name_text(n: &impl std::fmt::Display) -> String {
    normalize(&n.to_string())
}

/// The DNS query message for `name` and `qtype`: ID 0 (RFC 8484 4.1, for
/// HTTP caches), RD set, AD set to ask the resolver whether it validated the
/// answer with DNSSEC (RFC 6840 5.7), no EDNS.
///
/// ```
/// use selo::dns::{encode_query, QueryType};
/// let q = encode_query("example.com", QueryType::Txt).unwrap();
/// assert_eq!(&q[..4], &[0, 0, 0x01, 0x20]); // ID 0, RD, AD
/// ```
pub fn encode_query(name: &str, qtype: QueryType) -> Result<Vec<u8>, LookupError> {
    let qname = fqdn(name)?;
    let mut b = MessageBuilder::new_vec();
    b.header_mut().set_id(0);
    b.header_mut().set_rd(true);
    b.header_mut().set_ad(true);
    let mut q = b.question();
    q.push((&qname, record_type(qtype)))
        .map_err(|_| LookupError::Malformed("could not build the query".into()))?;
    Ok(q.finish())
}

fn malformed(what: &str) -> Answer {
    Answer::failed(LookupError::Malformed(what.into()))
}

/// Reads a DNS answer to the question (`name`, `qtype`).
///
/// NXDOMAIN and NODATA are kept apart; CNAMEs are followed through the
/// answer section; a message that is not a response to this question, is
/// truncated or larger than [`MAX_ANSWER_BYTES`] is an error.
pub fn decode_answer(name: &str, qtype: QueryType, bytes: &[u8]) -> Answer {
    if bytes.len() > MAX_ANSWER_BYTES {
        return Answer::failed(LookupError::TooLarge);
    }
    let Ok(m) = Message::from_octets(bytes) else {
        return malformed("the answer is not a DNS message");
    };
    let h = m.header();
    let asked = normalize(name);
    let question_ok = m
        .sole_question()
        .is_ok_and(|q| name_text(q.qname()) == asked && q.qtype() == record_type(qtype));
    if !h.qr() || h.id() != 0 || !question_ok {
        return malformed("the answer does not match the question");
    }
    if h.tc() {
        return malformed("the answer is truncated");
    }
    let authenticated = h.ad();
    let rtype = record_type(qtype);
    // Every record of the answer section, read once.
    let mut answers: Vec<(String, u32, Rdata)> = Vec::new();
    let mut cnames: Vec<(String, String)> = Vec::new();
    let Ok(section) = m.answer() else {
        return malformed("the answer section cannot be read");
    };
    for rec in section.limit_to::<AllRecordData<_, ParsedName<_>>>() {
        let Ok(rec) = rec else {
            return malformed("a record of the answer cannot be read");
        };
        let owner = name_text(rec.owner());
        let ttl = rec.ttl().as_secs();
        let data = match rec.data() {
            AllRecordData::Txt(t) => Rdata::Txt(t.iter().map(<[u8]>::to_vec).collect()),
            AllRecordData::Mx(mx) => Rdata::Mx {
                preference: mx.preference(),
                exchange: name_text(mx.exchange()),
            },
            AllRecordData::A(a) => Rdata::A(a.addr()),
            AllRecordData::Aaaa(a) => Rdata::Aaaa(a.addr()),
            AllRecordData::Cname(c) => {
                cnames.push((owner.clone(), name_text(c.cname())));
                Rdata::Cname(name_text(c.cname()))
            }
            AllRecordData::Ptr(p) => Rdata::Ptr(name_text(p.ptrdname())),
            _ => continue,
        };
        if rec.rtype() == rtype {
            answers.push((owner, ttl, data));
        }
    }
    // Follow the CNAMEs in the answer section.
    let mut current = asked;
    let mut chain: Vec<String> = Vec::new();
    if qtype != QueryType::Cname {
        while chain.len() < 16 {
            match cnames.iter().find(|(o, _)| *o == current) {
                Some((_, t)) if !chain.contains(t) => {
                    chain.push(t.clone());
                    current = t.clone();
                }
                _ => break,
            }
        }
    }
    let mut ttl: Option<u32> = None;
    let records: Vec<Rdata> = answers
        .into_iter()
        .filter(|(o, _, _)| *o == current)
        .map(|(_, t, d)| {
            ttl = Some(ttl.map_or(t, |x| x.min(t)));
            d
        })
        .collect();
    let soa_ttl = || {
        let auth = m.authority().ok()?;
        auth.limit_to::<AllRecordData<_, ParsedName<_>>>()
            .filter_map(Result::ok)
            .find_map(|r| match r.data() {
                AllRecordData::Soa(s) => Some(r.ttl().as_secs().min(s.minimum().as_secs())),
                _ => None,
            })
    };
    let rcode = h.rcode();
    let outcome = if rcode == Rcode::NOERROR && !records.is_empty() {
        Outcome::Records(records)
    } else if rcode == Rcode::NOERROR {
        ttl = soa_ttl();
        Outcome::NoData
    } else if rcode == Rcode::NXDOMAIN {
        ttl = soa_ttl();
        Outcome::NxDomain
    } else if rcode == Rcode::SERVFAIL {
        Outcome::Failed(LookupError::ServFail)
    } else if rcode == Rcode::REFUSED {
        Outcome::Failed(LookupError::Refused)
    } else {
        Outcome::Failed(LookupError::Malformed(format!(
            "the resolver answered {rcode}"
        )))
    };
    Answer {
        outcome,
        ttl,
        authenticated,
        cname_chain: chain,
    }
}

/// A DNS-over-HTTPS resolver (RFC 8484, GET): the URL, and the HTTP GET the
/// caller provides.
///
/// Each lookup is one GET of `<url>?dns=<base64url query, no padding>` with
/// `Accept: application/dns-message`; a timeout or a network error is
/// retried once. Messages are built and read by the `domain` crate
/// (default features off): measured for wasm32 against hickory-proto, it
/// adds 47 KB instead of 398 KB (gzip: 20 KB instead of 136 KB); see the
/// `doh` module's source for the measurement.
pub struct DohResolver<H: HttpGet> {
    url: ResolverUrl,
    http: H,
}

impl<H: HttpGet> DohResolver<H> {
    /// A resolver at `url`, reached through `http`.
    pub fn new(url: ResolverUrl, http: H) -> Self {
        DohResolver { url, http }
    }

    /// The resolver's URL.
    pub fn url(&self) -> &ResolverUrl {
        &self.url
    }

    /// The GET URL for a query message.
    pub fn query_url(&self, message: &[u8]) -> String {
        let dns = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(message);
        format!("{}?dns={dns}", self.url.as_str())
    }
}

impl<H: HttpGet> Resolver for DohResolver<H> {
    async fn lookup(&self, name: &str, qtype: QueryType) -> Answer {
        let message = match encode_query(name, qtype) {
            Ok(m) => m,
            Err(e) => return Answer::failed(e),
        };
        let url = self.query_url(&message);
        let mut tries = 0;
        let response = loop {
            tries += 1;
            match self.http.get(&url, DNS_MESSAGE).await {
                Ok(r) => break r,
                Err(e) => {
                    let retry = matches!(
                        e,
                        HttpError::Timeout | HttpError::Network(_) | HttpError::Unreadable(_)
                    );
                    if retry && tries < 2 {
                        continue;
                    }
                    return Answer::failed(match e {
                        HttpError::Timeout => LookupError::Timeout,
                        HttpError::TooLarge => LookupError::TooLarge,
                        other => LookupError::Network(other.to_string()),
                    });
                }
            }
        };
        if response.status != 200 {
            return Answer::failed(LookupError::Http(response.status));
        }
        if let Some(ct) = &response.content_type
            && !ct
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case(DNS_MESSAGE)
        {
            return Answer::failed(LookupError::Malformed(format!(
                "the resolver answered {} instead of a DNS message",
                ct.chars().take(64).collect::<String>()
            )));
        }
        decode_answer(name, qtype, &response.body)
    }
}
