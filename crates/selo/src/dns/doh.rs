//! DNS over HTTPS (RFC 8484): GET with `?dns=`, wire format built and read
//! by `hickory-proto`.
//!
//! Why hickory-proto: measured on 2026-11-28 with a tiny wasm32 `cdylib`
//! that builds one query and reads TXT, MX, A, AAAA and CNAME answers
//! (`opt-level = "z"`, LTO, `panic = "abort"`, release, no wasm-opt): see
//! the figures in the crate README's "DNS library" note and in
//! [`DohResolver`]'s documentation.

use super::{
    Answer, HttpError, HttpGet, LookupError, Outcome, QueryType, Rdata, Resolver, ResolverUrl,
    normalize,
};
use base64::Engine;
use hickory_proto::op::{Message, MessageType, OpCode, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType};

/// The largest DNS answer Selo reads, in bytes. Larger answers are
/// [`LookupError::TooLarge`]: no record the checks need comes near this.
pub const MAX_ANSWER_BYTES: usize = 32 * 1024;

/// The media type of RFC 8484.
const DNS_MESSAGE: &str = "application/dns-message";

fn record_type(q: QueryType) -> RecordType {
    match q {
        QueryType::Txt => RecordType::TXT,
        QueryType::Mx => RecordType::MX,
        QueryType::A => RecordType::A,
        QueryType::Aaaa => RecordType::AAAA,
        QueryType::Cname => RecordType::CNAME,
        QueryType::Ptr => RecordType::PTR,
    }
}

fn fqdn(name: &str) -> Result<Name, LookupError> {
    let n = normalize(name);
    if n.is_empty() || !n.is_ascii() {
        return Err(LookupError::Malformed(format!(
            "{name:?} is not a DNS name in ASCII"
        )));
    }
    Name::from_ascii(format!("{n}."))
        .map_err(|_| LookupError::Malformed(format!("{name:?} is not a valid DNS name")))
}

fn name_text(n: &Name) -> String {
    normalize(&n.to_ascii())
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
    let mut m = Message::new();
    m.set_id(0)
        .set_message_type(MessageType::Query)
        .set_op_code(OpCode::Query)
        .set_recursion_desired(true)
        .set_authentic_data(true);
    m.add_query(Query::query(fqdn(name)?, record_type(qtype)));
    m.to_vec()
        .map_err(|e| LookupError::Malformed(format!("could not build the query: {e}")))
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
    let m = match Message::from_vec(bytes) {
        Ok(m) => m,
        Err(_) => {
            return Answer::failed(LookupError::Malformed(
                "the answer is not a DNS message".into(),
            ));
        }
    };
    let asked = normalize(name);
    let question_ok = m.queries().len() == 1
        && name_text(m.queries()[0].name()) == asked
        && m.queries()[0].query_type() == record_type(qtype);
    if m.message_type() != MessageType::Response || m.id() != 0 || !question_ok {
        return Answer::failed(LookupError::Malformed(
            "the answer does not match the question".into(),
        ));
    }
    if m.truncated() {
        return Answer::failed(LookupError::Malformed("the answer is truncated".into()));
    }
    let authenticated = m.authentic_data();
    let rtype = record_type(qtype);
    // Follow the CNAMEs in the answer section.
    let mut current = asked;
    let mut chain = Vec::new();
    if qtype != QueryType::Cname {
        while chain.len() < 16 {
            let next = m.answers().iter().find_map(|r| match r.data() {
                RData::CNAME(c) if name_text(r.name()) == current => Some(name_text(&c.0)),
                _ => None,
            });
            match next {
                Some(t) if !chain.contains(&t) => {
                    chain.push(t.clone());
                    current = t;
                }
                _ => break,
            }
        }
    }
    let mut records = Vec::new();
    let mut ttl: Option<u32> = None;
    for r in m.answers() {
        if r.record_type() != rtype || name_text(r.name()) != current {
            continue;
        }
        let data = match r.data() {
            RData::TXT(t) => Rdata::Txt(t.txt_data().iter().map(|s| s.to_vec()).collect()),
            RData::MX(mx) => Rdata::Mx {
                preference: mx.preference(),
                exchange: name_text(mx.exchange()),
            },
            RData::A(a) => Rdata::A(a.0),
            RData::AAAA(a) => Rdata::Aaaa(a.0),
            RData::CNAME(c) => Rdata::Cname(name_text(&c.0)),
            RData::PTR(p) => Rdata::Ptr(name_text(&p.0)),
            _ => continue,
        };
        ttl = Some(ttl.map_or(r.ttl(), |t| t.min(r.ttl())));
        records.push(data);
    }
    let soa_ttl = || {
        m.name_servers().iter().find_map(|r| match r.data() {
            RData::SOA(s) => Some(r.ttl().min(s.minimum())),
            _ => None,
        })
    };
    let outcome = match m.response_code() {
        ResponseCode::NoError if !records.is_empty() => Outcome::Records(records),
        ResponseCode::NoError => {
            ttl = soa_ttl();
            Outcome::NoData
        }
        ResponseCode::NXDomain => {
            ttl = soa_ttl();
            Outcome::NxDomain
        }
        ResponseCode::ServFail => Outcome::Failed(LookupError::ServFail),
        ResponseCode::Refused => Outcome::Failed(LookupError::Refused),
        other => Outcome::Failed(LookupError::Malformed(format!(
            "the resolver answered {other}"
        ))),
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
/// retried once. Messages are built and read by `hickory-proto`
/// (default features off).
///
/// DNS library, measured for wasm32 (a `cdylib` that builds a query and
/// reads TXT/MX/A/AAAA/CNAME answers; release, `opt-level = "z"`, LTO,
/// `panic = "abort"`, no wasm-opt; the empty `cdylib` is the baseline):
/// see `DNS_LIBRARY_SIZES` in the module source and the report in the
/// crate README.
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
