#![no_main]
use libfuzzer_sys::fuzz_target;
use selo::dns::{Outcome, QueryType, Rdata, decode_answer, encode_query};

const TYPES: [QueryType; 6] = [
    QueryType::Txt,
    QueryType::Mx,
    QueryType::A,
    QueryType::Aaaa,
    QueryType::Cname,
    QueryType::Ptr,
];

/// The question name of a DNS message, read as plain labels from byte 12
/// (no compression), so that the decoder gets past its question check.
fn question_name(m: &[u8]) -> Option<(String, u16)> {
    let mut at = 12;
    let mut labels = Vec::new();
    loop {
        let len = *m.get(at)? as usize;
        at += 1;
        if len == 0 {
            break;
        }
        if len > 63 {
            return None;
        }
        labels.push(String::from_utf8_lossy(m.get(at..at + len)?).into_owned());
        at += len;
    }
    let qtype = u16::from_be_bytes([*m.get(at)?, *m.get(at + 1)?]);
    Some((labels.join("."), qtype))
}

fn qtype_of(code: u16) -> Option<QueryType> {
    Some(match code {
        16 => QueryType::Txt,
        15 => QueryType::Mx,
        1 => QueryType::A,
        28 => QueryType::Aaaa,
        5 => QueryType::Cname,
        12 => QueryType::Ptr,
        _ => return None,
    })
}

/// What any answer must satisfy, whatever the bytes.
fn check(name: &str, qtype: QueryType, bytes: &[u8]) {
    let a = decode_answer(name, qtype, bytes);
    match &a.outcome {
        Outcome::Records(r) => {
            assert!(!r.is_empty(), "Records is never empty");
            assert!(a.ttl.is_some(), "records carry a TTL");
            for d in r {
                let kind = match d {
                    Rdata::Txt(_) => QueryType::Txt,
                    Rdata::Mx { exchange, .. } => {
                        assert!(!exchange.ends_with('.'), "{exchange:?}");
                        QueryType::Mx
                    }
                    Rdata::A(_) => QueryType::A,
                    Rdata::Aaaa(_) => QueryType::Aaaa,
                    Rdata::Cname(n) | Rdata::Ptr(n) => {
                        assert!(!n.ends_with('.'), "{n:?}");
                        if matches!(d, Rdata::Cname(_)) {
                            QueryType::Cname
                        } else {
                            QueryType::Ptr
                        }
                    }
                };
                assert_eq!(kind, qtype, "only records of the type asked for");
                let _ = d.to_text();
            }
            let _ = a.txt();
        }
        Outcome::NxDomain | Outcome::NoData | Outcome::Failed(_) => {
            assert!(a.records().is_empty());
        }
    }
    assert!(a.cname_chain.len() <= 16, "the CNAME chain is bounded");
    for n in &a.cname_chain {
        assert!(!n.ends_with('.') && n.to_ascii_lowercase() == *n, "{n:?}");
    }
}

// The bytes a DNS-over-HTTPS resolver answers (RFC 8484), read for the
// question they carry and for fixed questions of every type.
fuzz_target!(|data: &[u8]| {
    if let Some((name, code)) = question_name(data) {
        let first = TYPES[data.first().map_or(0, |b| *b as usize) % TYPES.len()];
        let qtype = qtype_of(code).unwrap_or(first);
        check(&name, qtype, data);
        // The same name as a query of ours, then as the answer to it: a
        // query is never taken for an answer.
        if let Ok(q) = encode_query(&name, qtype) {
            assert!(matches!(
                decode_answer(&name, qtype, &q).outcome,
                Outcome::Failed(_)
            ));
        }
    }
    for t in TYPES {
        check("example.com", t, data);
    }
});
