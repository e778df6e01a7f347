//! DNS lookups for the domain check: the types every resolver speaks, a
//! DNS-over-HTTPS resolver (RFC 8484) over an HTTP GET the caller provides,
//! a per-check cache that counts queries and sequential round trips, reverse
//! (PTR) lookups, and an in-memory zone for tests.
//!
//! The engine does no I/O of its own: [`DohResolver`] builds and reads DNS
//! messages and hands the one HTTP GET to an [`HttpGet`] given by the front
//! (gloo-net in the app, a native HTTP client in the command).
//!
//! The traits use `async fn` without a `Send` bound on purpose: the web app
//! runs the check on one thread in wasm, where futures are not `Send`.

mod cache;
mod doh;
mod memory;
mod reverse;
mod url;

pub use cache::CachingResolver;
pub use doh::{DohResolver, MAX_ANSWER_BYTES, decode_answer, encode_query};
pub use memory::MemoryZone;
pub use reverse::{Confirmed, ReverseName, confirmed, reverse, reverse_all, reverse_name};
pub use url::{ResolverUrl, ResolverUrlError};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};

/// The record types the checks look up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum QueryType {
    /// TXT (RFC 1035 3.3.14).
    Txt,
    /// MX (RFC 1035 3.3.9).
    Mx,
    /// A (IPv4 address).
    A,
    /// AAAA (IPv6 address, RFC 3596).
    Aaaa,
    /// CNAME (alias).
    Cname,
    /// PTR (reverse name).
    Ptr,
}

impl QueryType {
    /// `TXT`, `MX`, `A`, `AAAA`, `CNAME` or `PTR`.
    pub const fn as_str(self) -> &'static str {
        match self {
            QueryType::Txt => "TXT",
            QueryType::Mx => "MX",
            QueryType::A => "A",
            QueryType::Aaaa => "AAAA",
            QueryType::Cname => "CNAME",
            QueryType::Ptr => "PTR",
        }
    }
}

impl fmt::Display for QueryType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One record's data.
///
/// Names are lowercase ASCII (punycode), without the trailing dot.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rdata {
    /// The character-strings of a TXT record, boundaries kept (RFC 1035
    /// 3.3.14); join them without a separator to get the record's text.
    Txt(Vec<Vec<u8>>),
    /// A mail exchanger.
    Mx {
        /// Lower is preferred.
        preference: u16,
        /// The host, lowercase, without the trailing dot (`.` alone for the
        /// null MX of RFC 7505 is kept as the empty string).
        exchange: String,
    },
    /// An IPv4 address.
    A(Ipv4Addr),
    /// An IPv6 address.
    Aaaa(Ipv6Addr),
    /// An alias target.
    Cname(String),
    /// A reverse-lookup target.
    Ptr(String),
}

impl Rdata {
    /// The record's text as Selo shows it: a TXT record's strings joined
    /// (bytes that are not UTF-8 replaced), `10 mx1.example.com.` for an MX,
    /// the address or the name otherwise.
    pub fn to_text(&self) -> String {
        match self {
            Rdata::Txt(parts) => txt_string(parts),
            Rdata::Mx {
                preference,
                exchange,
            } => format!("{preference} {exchange}."),
            Rdata::A(a) => a.to_string(),
            Rdata::Aaaa(a) => a.to_string(),
            Rdata::Cname(n) | Rdata::Ptr(n) => format!("{n}."),
        }
    }
}

/// A TXT record's character-strings joined into one text (RFC 7208 3.3,
/// RFC 6376 3.6.2.2: strings are concatenated without a separator).
pub fn txt_string(parts: &[Vec<u8>]) -> String {
    let bytes: Vec<u8> = parts.iter().flatten().copied().collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Why a lookup gave no answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum LookupError {
    /// No answer in time (after the retry).
    Timeout,
    /// The resolver answered SERVFAIL: it could not get an answer, often a
    /// broken DNSSEC chain or unreachable name servers.
    ServFail,
    /// The resolver refused to answer.
    Refused,
    /// The DNS-over-HTTPS server answered with this HTTP status.
    Http(u16),
    /// The request did not reach the resolver, or its answer could not be read.
    Network(String),
    /// The answer is not a DNS message, or not one for this question.
    Malformed(String),
    /// The answer is larger than Selo accepts ([`MAX_ANSWER_BYTES`]).
    TooLarge,
}

impl LookupError {
    /// True when the resolver itself answered (SERVFAIL or REFUSED): it was
    /// reached, and the failure is about the name asked. Every other error
    /// means no DNS answer came back from the resolver at all.
    pub const fn is_dns_answer(&self) -> bool {
        matches!(self, LookupError::ServFail | LookupError::Refused)
    }
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LookupError::Timeout => f.write_str("no answer in time"),
            LookupError::ServFail => f.write_str("the resolver answered SERVFAIL"),
            LookupError::Refused => f.write_str("the resolver refused to answer"),
            LookupError::Http(s) => write!(f, "the resolver answered HTTP {s}"),
            LookupError::Network(m) => write!(f, "network error: {m}"),
            LookupError::Malformed(m) => write!(f, "malformed answer: {m}"),
            LookupError::TooLarge => f.write_str("the answer is too large"),
        }
    }
}

impl crate::Localized for LookupError {
    /// What went wrong, in `lang`. The free detail of a network failure or
    /// of a malformed answer is written by the operating system, the
    /// browser or the DNS library, in English: the Portuguese text says what
    /// kind of failure it was and leaves that detail out.
    fn message_in(&self, lang: crate::Lang) -> String {
        match lang {
            crate::Lang::En => self.to_string(),
            crate::Lang::Pt => match self {
                LookupError::Timeout => "sem resposta a tempo".into(),
                LookupError::ServFail => "o resolvedor respondeu SERVFAIL".into(),
                LookupError::Refused => "o resolvedor recusou responder".into(),
                LookupError::Http(s) => format!("o resolvedor respondeu HTTP {s}"),
                LookupError::Network(m) => network_pt(m).into(),
                LookupError::Malformed(_) => "a resposta não é uma resposta DNS válida".into(),
                LookupError::TooLarge => "a resposta é demasiado grande".into(),
            },
        }
    }
}

/// The Portuguese words for a network failure whose English text is `m`
/// (an [`HttpError`]'s text, as the resolver passes it on).
fn network_pt(m: &str) -> &'static str {
    const KINDS: &[(&str, &str)] = &[
        ("no response in time", "sem resposta a tempo"),
        (
            "the response could not be read",
            "não foi possível ler a resposta",
        ),
        ("TLS error", "erro de TLS"),
        (
            "the server answered with a redirect",
            "o servidor respondeu com um redirecionamento",
        ),
        ("the response is too large", "a resposta é demasiado grande"),
    ];
    /// Common causes the system names, recognised in its English words.
    const CAUSES: &[(&str, &str)] = &[
        ("connection refused", "erro de rede: ligação recusada"),
        ("connection reset", "erro de rede: ligação interrompida"),
        ("timed out", "erro de rede: tempo esgotado"),
        (
            "address lookup failed",
            "erro de rede: o endereço do servidor não foi encontrado",
        ),
        ("no address", "erro de rede: o servidor não tem endereço"),
        ("unreachable", "erro de rede: destino inacessível"),
    ];
    if let Some((_, pt)) = KINDS.iter().find(|(en, _)| m.starts_with(en)) {
        return pt;
    }
    let lower = m.to_ascii_lowercase();
    CAUSES
        .iter()
        .find(|(en, _)| lower.contains(en))
        .map_or("erro de rede", |(_, pt)| pt)
}

/// What a lookup found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Outcome {
    /// Records of the type asked for (never empty).
    Records(Vec<Rdata>),
    /// The name does not exist (NXDOMAIN).
    NxDomain,
    /// The name exists but has no record of this type (NODATA).
    NoData,
    /// No answer could be had.
    Failed(LookupError),
}

/// The answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// What was found.
    pub outcome: Outcome,
    /// The smallest TTL of the records (or of the SOA for a negative answer).
    pub ttl: Option<u32>,
    /// The resolver set the AD bit: it validated the answer with DNSSEC.
    pub authenticated: bool,
    /// The CNAMEs followed from the name asked to reach the answer, in
    /// order (each the target of the previous one).
    pub cname_chain: Vec<String>,
}

impl Answer {
    /// An answer with this outcome, no TTL, not authenticated, no CNAME.
    pub fn new(outcome: Outcome) -> Self {
        Answer {
            outcome,
            ttl: None,
            authenticated: false,
            cname_chain: Vec::new(),
        }
    }

    /// A failed lookup.
    pub fn failed(error: LookupError) -> Self {
        Answer::new(Outcome::Failed(error))
    }

    /// The records, or an empty slice for any other outcome.
    pub fn records(&self) -> &[Rdata] {
        match &self.outcome {
            Outcome::Records(r) => r,
            _ => &[],
        }
    }

    /// The TXT records' texts (each record's strings joined).
    pub fn txt(&self) -> Vec<String> {
        self.records()
            .iter()
            .filter_map(|r| match r {
                Rdata::Txt(p) => Some(txt_string(p)),
                _ => None,
            })
            .collect()
    }

    /// The error, when the lookup failed.
    pub fn error(&self) -> Option<&LookupError> {
        match &self.outcome {
            Outcome::Failed(e) => Some(e),
            _ => None,
        }
    }

    /// True for NXDOMAIN or NODATA: a definite "nothing here".
    pub fn is_empty(&self) -> bool {
        matches!(self.outcome, Outcome::NxDomain | Outcome::NoData)
    }
}

/// The longest record text kept from the DNS, in bytes: DNS content is
/// untrusted and shown as text only.
pub const MAX_RECORD_CHARS: usize = 4096;

/// The most records kept per name.
pub const MAX_RECORDS: usize = 20;

/// The TXT records at one name that start with a version tag (`v=DMARC1`,
/// `v=spf1`...), as [`versioned_txt`] read them.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionedTxt {
    /// The name asked.
    pub name: String,
    /// The records that start with the version tag, at most
    /// [`MAX_RECORDS`], each cut to [`MAX_RECORD_CHARS`].
    pub records: Vec<String>,
    /// The whole answer (its error when the lookup failed).
    pub answer: Answer,
}

/// Looks up the TXT records at `name` and keeps those that start with the
/// version tag `prefix` (see [`crate::text::starts_with_version`]).
pub async fn versioned_txt<R: Resolver>(r: &R, name: &str, prefix: &str) -> VersionedTxt {
    let answer = r.lookup(name, QueryType::Txt).await;
    let records = answer
        .txt()
        .into_iter()
        .filter(|t| crate::text::starts_with_version(t, prefix))
        .take(MAX_RECORDS)
        .map(|t| crate::text::cap(&t, MAX_RECORD_CHARS))
        .collect();
    VersionedTxt {
        name: name.to_string(),
        records,
        answer,
    }
}

/// The one HTTP GET that the caller provides (gloo-net in the app, a native
/// client in the command).
///
/// The caller enforces the per-request timeout, refuses redirects
/// ([`HttpError::Redirect`]) and never caches.
#[allow(async_fn_in_trait)]
pub trait HttpGet {
    /// GET `url` with this `Accept` header.
    async fn get(&self, url: &str, accept: &str) -> Result<HttpResponse, HttpError>;
}

/// An HTTP response (any status).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HttpResponse {
    /// The status code.
    pub status: u16,
    /// The `Content-Type` header, when present.
    pub content_type: Option<String>,
    /// The body.
    pub body: Vec<u8>,
}

/// Why an HTTP GET gave no response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HttpError {
    /// No response in time.
    Timeout,
    /// The browser could not read the response: a CORS refusal, a TLS error
    /// or a network failure look the same to a page. Never reported as
    /// "missing".
    Unreadable(String),
    /// The host could not be reached (or its name does not resolve).
    Network(String),
    /// The TLS handshake failed (bad certificate...).
    Tls(String),
    /// The server answered with a redirect, which is refused.
    Redirect,
    /// The body is larger than the caller accepts.
    TooLarge,
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HttpError::Timeout => f.write_str("no response in time"),
            HttpError::Unreadable(m) => write!(f, "the response could not be read: {m}"),
            HttpError::Network(m) => write!(f, "network error: {m}"),
            HttpError::Tls(m) => write!(f, "TLS error: {m}"),
            HttpError::Redirect => f.write_str("the server answered with a redirect"),
            HttpError::TooLarge => f.write_str("the response is too large"),
        }
    }
}

impl crate::Localized for HttpError {
    /// What went wrong, in `lang`. The free detail (from the operating
    /// system or the browser, in English) is left out of the Portuguese
    /// text.
    fn message_in(&self, lang: crate::Lang) -> String {
        match lang {
            crate::Lang::En => self.to_string(),
            crate::Lang::Pt => network_pt(&self.to_string()).into(),
        }
    }
}

impl std::error::Error for HttpError {}

/// A DNS resolver: answers one question at a time.
///
/// Implementations never panic and never hang: every failure is an
/// [`Outcome::Failed`] answer.
#[allow(async_fn_in_trait)]
pub trait Resolver {
    /// Looks up `name` (ASCII, with or without the trailing dot).
    async fn lookup(&self, name: &str, qtype: QueryType) -> Answer;
}

impl<R: Resolver + ?Sized> Resolver for &R {
    async fn lookup(&self, name: &str, qtype: QueryType) -> Answer {
        (**self).lookup(name, qtype).await
    }
}

impl<H: HttpGet + ?Sized> HttpGet for &H {
    async fn get(&self, url: &str, accept: &str) -> Result<HttpResponse, HttpError> {
        (**self).get(url, accept).await
    }
}

/// A name as the cache and the zone key it: lowercase, no trailing dot.
pub(crate) fn normalize(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}
