//! DKIM: the selectors the user names and the common ones, each key
//! validated with the DKIM parser (RFC 6376 3.6.2).

use super::messages as m;
use super::{
    COMMON_SELECTORS, CheckOptions, DkimSection, DkimSelector, MAX_RECORD_CHARS, MAX_RECORDS,
    MAX_SELECTORS, Status, is_void, lookup_failed, status_of,
};
use crate::dns::{QueryType, Resolver};
use crate::text::cap;
use crate::{Diagnostic, Span};
use futures_util::future::join_all;

/// A selector is one or more labels of letters, digits, `-` and `_`.
fn valid_selector(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63 * 2
        && s.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// The DKIM section.
pub(crate) async fn check<R: Resolver>(r: &R, domain: &str, opts: &CheckOptions) -> DkimSection {
    let mut list: Vec<(String, bool)> = Vec::new();
    for s in &opts.selectors {
        let s = s.trim().trim_end_matches('.').to_ascii_lowercase();
        // "s1._domainkey.example.com" typed in full: keep the selector.
        let s = match s.strip_suffix(&format!("._domainkey.{domain}")) {
            Some(sel) => sel.to_string(),
            None => s,
        };
        if valid_selector(&s) && !list.iter().any(|(x, _)| *x == s) {
            list.push((s, true));
        }
    }
    if opts.probe_common_selectors {
        for s in COMMON_SELECTORS {
            if !list.iter().any(|(x, _)| x == s) {
                list.push((s.to_string(), false));
            }
        }
    }
    list.truncate(MAX_SELECTORS);
    let tried = list.len();
    let answers = join_all(list.into_iter().map(|(sel, requested)| async move {
        let name = format!("{sel}._domainkey.{domain}");
        let a = r.lookup(&name, QueryType::Txt).await;
        (sel, requested, name, a)
    }))
    .await;
    let mut selectors = Vec::new();
    for (sel, requested, name, a) in answers {
        let mut s = DkimSelector {
            selector: sel.clone(),
            name: name.clone(),
            status: Status::Missing,
            cname_target: a.cname_chain.last().cloned(),
            records: Vec::new(),
            diagnostics: Vec::new(),
            key_type: None,
            key_bits: None,
            requested,
        };
        if let Some(e) = a.error() {
            s.status = Status::Error;
            s.diagnostics.push(lookup_failed(&name, QueryType::Txt, e));
            selectors.push(s);
            continue;
        }
        if is_void(&a.outcome) || a.txt().is_empty() {
            if requested {
                s.diagnostics.push(
                    Diagnostic::new(&m::DKIM_SELECTOR_MISSING, Span::default())
                        .arg("name", cap(&name, 253))
                        .arg("selector", &sel),
                );
                selectors.push(s);
            }
            continue;
        }
        let texts = a.txt();
        // A probed name whose TXT is not a key (a wildcard TXT record
        // answers for every name) is not a selector.
        if !requested && !texts.iter().any(|t| crate::dkim::looks_like_key(t)) {
            continue;
        }
        s.records = texts
            .iter()
            .take(MAX_RECORDS)
            .map(|t| cap(t, MAX_RECORD_CHARS))
            .collect();
        if let Some(target) = &s.cname_target {
            s.diagnostics.push(
                Diagnostic::new(&m::DKIM_CNAME, Span::default())
                    .arg("name", cap(&name, 253))
                    .arg("target", cap(target, 253)),
            );
        }
        if texts.len() > 1 {
            s.diagnostics.push(
                Diagnostic::new(&m::DKIM_MULTIPLE, Span::default())
                    .arg("name", cap(&name, 253))
                    .arg("count", texts.len()),
            );
        } else {
            let parsed = crate::dkim::parse(&s.records[0]);
            if let Some(key) = &parsed.value {
                if let Some(info) = key.key_info() {
                    s.key_type = Some(info.algorithm.as_str().to_ascii_lowercase());
                    s.key_bits = Some(info.bits);
                } else if !key.public_key.is_revoked() {
                    s.key_type = Some(key.effective_key_type().as_str().to_string());
                }
            }
            s.diagnostics.extend(parsed.diagnostics);
        }
        s.status = status_of(&s.diagnostics);
        selectors.push(s);
    }
    let found = selectors
        .iter()
        .filter(|s| matches!(s.status, Status::Ok | Status::Invalid))
        .count();
    let mut diagnostics = Vec::new();
    let status = if selectors.iter().any(|s| s.status == Status::Invalid) {
        Status::Invalid
    } else if found > 0 {
        Status::Ok
    } else if selectors.iter().any(|s| s.status == Status::Error) {
        Status::Error
    } else {
        diagnostics.push(Diagnostic::new(&m::DKIM_NONE_FOUND, Span::default()).arg("count", tried));
        Status::Missing
    };
    DkimSection {
        status,
        selectors,
        tried,
        diagnostics,
    }
}
