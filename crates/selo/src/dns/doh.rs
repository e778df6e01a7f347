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
use domain::rdata::{A, Aaaa, Cname, Mx, Ptr, Soa, Txt};
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
    let host_bytes = n
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'*'));
    if n.is_empty() || !host_bytes || n.len() > 253 {
        return Err(LookupError::Malformed(format!(
            "{:?} is not a DNS name in ASCII",
            crate::text::cap(name, 80)
        )));
    }
    Name::from_str(&format!("{n}.")).map_err(|_| {
        LookupError::Malformed(format!(
            "{:?} is not a valid DNS name",
            crate::text::cap(name, 80)
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
    // Only the types asked for are parsed (and linked in): the CNAMEs, and
    // the type of the question.
    let bad = || malformed("a record of the answer cannot be read");
    for rec in section {
        let Ok(rec) = rec else {
            return bad();
        };
        let rt = rec.rtype();
        if rt != rtype && rt != Rtype::CNAME {
            continue;
        }
        let owner = name_text(&rec.owner());
        let ttl = rec.ttl().as_secs();
        macro_rules! read {
            ($t:ty, |$d:ident| $e:expr) => {
                match rec.to_record::<$t>() {
                    Ok(Some(r)) => {
                        let $d = r.data();
                        $e
                    }
                    Ok(None) => continue,
                    Err(_) => return bad(),
                }
            };
        }
        if rt == Rtype::CNAME {
            let target = read!(Cname<ParsedName<_>>, |c| name_text(c.cname()));
            cnames.push((owner.clone(), target.clone()));
            if rtype == Rtype::CNAME {
                answers.push((owner, ttl, Rdata::Cname(target)));
            }
            continue;
        }
        let data = match qtype {
            QueryType::Txt => read!(Txt<_>, |t| Rdata::Txt(
                t.iter().map(<[u8]>::to_vec).collect()
            )),
            QueryType::Mx => read!(Mx<ParsedName<_>>, |mx| Rdata::Mx {
                preference: mx.preference(),
                exchange: name_text(mx.exchange()),
            }),
            QueryType::A => read!(A, |a| Rdata::A(a.addr())),
            QueryType::Aaaa => read!(Aaaa, |a| Rdata::Aaaa(a.addr())),
            QueryType::Ptr => read!(Ptr<ParsedName<_>>, |p| Rdata::Ptr(name_text(p.ptrdname()))),
            QueryType::Cname => continue,
        };
        answers.push((owner, ttl, data));
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
        auth.filter_map(Result::ok)
            .filter(|r| r.rtype() == Rtype::SOA)
            .find_map(|r| {
                let soa = r.to_record::<Soa<ParsedName<_>>>().ok()??;
                Some(r.ttl().as_secs().min(soa.data().minimum().as_secs()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::{HttpResponse, LookupError};
    use domain::base::{Serial, Ttl};
    use domain::rdata::rfc1035::TxtBuilder;
    use domain::rdata::{A, Cname, Mx, Soa};
    use futures::executor::block_on;
    use std::cell::RefCell;
    use std::net::Ipv4Addr;

    fn name(s: &str) -> Name<Vec<u8>> {
        Name::from_str(s).unwrap()
    }

    /// A real answer message: header flags, the question, then records.
    fn answer_message(
        qname: &str,
        qtype: Rtype,
        rcode: Rcode,
        ad: bool,
        build: impl FnOnce(&mut domain::base::message_builder::AnswerBuilder<Vec<u8>>),
    ) -> Vec<u8> {
        let mut b = MessageBuilder::new_vec();
        b.header_mut().set_id(0);
        b.header_mut().set_qr(true);
        b.header_mut().set_rd(true);
        b.header_mut().set_ra(true);
        b.header_mut().set_ad(ad);
        b.header_mut().set_rcode(rcode);
        let mut q = b.question();
        q.push((&name(qname), qtype)).unwrap();
        let mut a = q.answer();
        build(&mut a);
        a.finish()
    }

    #[test]
    fn query_is_rfc_8484_wire_format() {
        let q = encode_query("Example.COM.", QueryType::Mx).unwrap();
        let m = Message::from_octets(q.as_slice()).unwrap();
        assert_eq!(m.header().id(), 0);
        assert!(m.header().rd());
        assert!(m.header().ad());
        assert!(!m.header().qr());
        let question = m.sole_question().unwrap();
        assert_eq!(name_text(question.qname()), "example.com");
        assert_eq!(question.qtype(), Rtype::MX);
        assert!(matches!(
            encode_query("bad name.example", QueryType::Txt),
            Err(LookupError::Malformed(_))
        ));
        assert!(encode_query(&"a".repeat(64), QueryType::Txt).is_err());
    }

    #[test]
    fn decodes_txt_boundaries_cname_chain_ttl_and_ad() {
        let msg = answer_message(
            "s1._domainkey.example.com.",
            Rtype::TXT,
            Rcode::NOERROR,
            true,
            |a| {
                a.push((
                    name("s1._domainkey.example.com."),
                    3600,
                    Cname::new(name("s1.keys.provider.net.")),
                ))
                .unwrap();
                let mut t = TxtBuilder::<Vec<u8>>::new();
                t.append_slice(b"v=DKIM1; k=rsa; ").unwrap();
                t.close_charstr();
                t.append_slice(b"p=MIIB").unwrap();
                a.push((name("S1.Keys.Provider.NET."), 120, t.finish().unwrap()))
                    .unwrap();
                a.push((
                    name("s1.keys.provider.net."),
                    60,
                    A::new(Ipv4Addr::LOCALHOST),
                ))
                .unwrap();
            },
        );
        let ans = decode_answer("s1._domainkey.example.com", QueryType::Txt, &msg);
        assert_eq!(
            ans.outcome,
            Outcome::Records(vec![Rdata::Txt(vec![
                b"v=DKIM1; k=rsa; ".to_vec(),
                b"p=MIIB".to_vec()
            ])])
        );
        assert_eq!(ans.txt(), ["v=DKIM1; k=rsa; p=MIIB"]);
        assert_eq!(ans.ttl, Some(120));
        assert!(ans.authenticated);
        assert_eq!(ans.cname_chain, ["s1.keys.provider.net"]);
    }

    #[test]
    fn decodes_mx_nodata_nxdomain_and_failures() {
        let msg = answer_message("example.com.", Rtype::MX, Rcode::NOERROR, false, |a| {
            a.push((
                name("example.com."),
                300,
                Mx::new(10, name("MX1.example.com.")),
            ))
            .unwrap();
        });
        let ans = decode_answer("example.com", QueryType::Mx, &msg);
        assert_eq!(
            ans.records(),
            [Rdata::Mx {
                preference: 10,
                exchange: "mx1.example.com".into()
            }]
        );
        assert!(!ans.authenticated);

        let soa = |rcode| {
            let mut b = MessageBuilder::new_vec();
            b.header_mut().set_qr(true);
            b.header_mut().set_rcode(rcode);
            let mut q = b.question();
            q.push((&name("nope.example.com."), Rtype::TXT)).unwrap();
            let mut auth = q.authority();
            auth.push((
                name("example.com."),
                900,
                Soa::new(
                    name("ns.example.com."),
                    name("host.example.com."),
                    Serial(1),
                    Ttl::from_secs(1),
                    Ttl::from_secs(1),
                    Ttl::from_secs(1),
                    Ttl::from_secs(300),
                ),
            ))
            .unwrap();
            auth.finish()
        };
        let nx = decode_answer("nope.example.com", QueryType::Txt, &soa(Rcode::NXDOMAIN));
        assert_eq!(nx.outcome, Outcome::NxDomain);
        assert_eq!(nx.ttl, Some(300));
        let nodata = decode_answer("nope.example.com", QueryType::Txt, &soa(Rcode::NOERROR));
        assert_eq!(nodata.outcome, Outcome::NoData);
        assert_eq!(
            decode_answer("nope.example.com", QueryType::Txt, &soa(Rcode::SERVFAIL)).outcome,
            Outcome::Failed(LookupError::ServFail)
        );
        assert_eq!(
            decode_answer("nope.example.com", QueryType::Txt, &soa(Rcode::REFUSED)).outcome,
            Outcome::Failed(LookupError::Refused)
        );
        // Another question, garbage, a truncated message, too large.
        assert!(matches!(
            decode_answer("other.example.com", QueryType::Txt, &soa(Rcode::NOERROR)).outcome,
            Outcome::Failed(LookupError::Malformed(_))
        ));
        assert!(matches!(
            decode_answer("example.com", QueryType::Txt, b"\x00\x01garbage").outcome,
            Outcome::Failed(LookupError::Malformed(_))
        ));
        let mut cut = msg.clone();
        cut.truncate(msg.len() - 3);
        assert!(matches!(
            decode_answer("example.com", QueryType::Mx, &cut).outcome,
            Outcome::Failed(LookupError::Malformed(_))
        ));
        assert_eq!(
            decode_answer("example.com", QueryType::Mx, &vec![0; MAX_ANSWER_BYTES + 1]).outcome,
            Outcome::Failed(LookupError::TooLarge)
        );
        let query = encode_query("example.com", QueryType::Mx).unwrap();
        assert!(matches!(
            decode_answer("example.com", QueryType::Mx, &query).outcome,
            Outcome::Failed(LookupError::Malformed(_))
        ));
    }

    /// Answers from a script, and records the URLs asked.
    struct Script {
        replies: RefCell<Vec<Result<HttpResponse, HttpError>>>,
        asked: RefCell<Vec<(String, String)>>,
    }

    impl HttpGet for Script {
        async fn get(&self, url: &str, accept: &str) -> Result<HttpResponse, HttpError> {
            self.asked.borrow_mut().push((url.into(), accept.into()));
            self.replies.borrow_mut().remove(0)
        }
    }

    fn script(replies: Vec<Result<HttpResponse, HttpError>>) -> Script {
        Script {
            replies: RefCell::new(replies),
            asked: RefCell::new(Vec::new()),
        }
    }

    fn ok(body: Vec<u8>) -> Result<HttpResponse, HttpError> {
        Ok(HttpResponse {
            status: 200,
            content_type: Some("application/dns-message".into()),
            body,
        })
    }

    #[test]
    fn doh_get_retries_once_and_maps_errors() {
        let msg = answer_message("example.com.", Rtype::A, Rcode::NOERROR, true, |a| {
            a.push((
                name("example.com."),
                30,
                A::new(Ipv4Addr::new(192, 0, 2, 1)),
            ))
            .unwrap();
        });
        let url = ResolverUrl::try_from("http://127.0.0.1:8053/dns-query").unwrap();
        let r = DohResolver::new(url.clone(), script(vec![Err(HttpError::Timeout), ok(msg)]));
        let ans = block_on(r.lookup("example.com", QueryType::A));
        assert_eq!(ans.records(), [Rdata::A(Ipv4Addr::new(192, 0, 2, 1))]);
        let asked = r.http.asked.borrow().clone();
        assert_eq!(asked.len(), 2);
        let q = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(encode_query("example.com", QueryType::A).unwrap());
        assert_eq!(
            asked[0].0,
            format!("http://127.0.0.1:8053/dns-query?dns={q}")
        );
        assert!(!asked[0].0.ends_with('='));
        assert_eq!(asked[0].1, "application/dns-message");

        let r = DohResolver::new(
            url.clone(),
            script(vec![Err(HttpError::Timeout), Err(HttpError::Timeout)]),
        );
        assert_eq!(
            block_on(r.lookup("example.com", QueryType::A)).outcome,
            Outcome::Failed(LookupError::Timeout)
        );
        let r = DohResolver::new(
            url.clone(),
            script(vec![
                Err(HttpError::Network("reset".into())),
                Err(HttpError::Network("reset".into())),
            ]),
        );
        assert!(matches!(
            block_on(r.lookup("example.com", QueryType::A)).outcome,
            Outcome::Failed(LookupError::Network(_))
        ));
        let r = DohResolver::new(
            url.clone(),
            script(vec![Ok(HttpResponse {
                status: 502,
                content_type: None,
                body: vec![],
            })]),
        );
        assert_eq!(
            block_on(r.lookup("example.com", QueryType::A)).outcome,
            Outcome::Failed(LookupError::Http(502))
        );
        let r = DohResolver::new(
            url,
            script(vec![Ok(HttpResponse {
                status: 200,
                content_type: Some("text/html".into()),
                body: b"<html>".to_vec(),
            })]),
        );
        assert!(matches!(
            block_on(r.lookup("example.com", QueryType::A)).outcome,
            Outcome::Failed(LookupError::Malformed(_))
        ));
    }
}
