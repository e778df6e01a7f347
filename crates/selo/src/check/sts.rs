//! MTA-STS (RFC 8461): the `_mta-sts` record, the policy file fetched over
//! the caller's HTTP GET, and the MX coverage.

use super::messages as m;
use super::records::{mx_hosts, single, txt_at};
use super::{MtaStsSection, MxCoverage, PolicyFile, PolicyStatus, Status, is_void, status_of};
use crate::dns::{HttpError, HttpGet, QueryType, Resolver};
use crate::mta_sts::{MAX_POLICY_BYTES, Mode};
use crate::text::cap;
use crate::{Diagnostic, DomainName, Severity, Span};

/// The MTA-STS section.
pub(crate) async fn check<R: Resolver, H: HttpGet>(r: &R, http: &H, domain: &str) -> MtaStsSection {
    let name = format!("_mta-sts.{domain}");
    let (txt, mx) =
        futures_util::future::join(txt_at(r, &name, "v=STSv1"), r.lookup(domain, QueryType::Mx))
            .await;
    let base = single(
        &txt,
        Diagnostic::new(&m::MTA_STS_MISSING, Span::default()).arg("domain", domain),
        &m::MTA_STS_MULTIPLE,
        |t| crate::mta_sts::parse_record(t).diagnostics,
    );
    let mut section = MtaStsSection {
        base,
        policy: None,
        mx_coverage: Vec::new(),
    };
    if txt.candidates.len() != 1 || txt.failed.is_some() {
        return section;
    }
    let Ok(d) = DomainName::try_from(domain) else {
        return section;
    };
    // A name too long to take the `mta-sts.` label has no policy host.
    let (Ok(url), Ok(host)) = (
        crate::mta_sts::policy_url(&d),
        crate::mta_sts::policy_host(&d),
    ) else {
        return section;
    };
    let host = host.as_str().to_string();
    let (fetched, a, aaaa) = futures_util::future::join3(
        http.get(&url, "text/plain"),
        r.lookup(&host, QueryType::A),
        r.lookup(&host, QueryType::Aaaa),
    )
    .await;
    let no_host = is_void(&a.outcome) && is_void(&aaaa.outcome);
    let mut file = PolicyFile {
        url: url.clone(),
        status: PolicyStatus::Invalid,
        text: None,
        diagnostics: Vec::new(),
    };
    let too_large = || Diagnostic::new(&m::POLICY_TOO_LARGE, Span::default()).arg("url", &url);
    match fetched {
        Ok(resp) if resp.status == 200 => {
            if resp.body.len() > MAX_POLICY_BYTES {
                file.diagnostics.push(too_large());
            } else {
                let text = String::from_utf8_lossy(&resp.body).into_owned();
                let parsed = crate::mta_sts::parse_policy(&text);
                file.diagnostics = parsed.diagnostics;
                file.status = if file
                    .diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Error)
                {
                    PolicyStatus::Invalid
                } else {
                    PolicyStatus::Ok
                };
                if let Some(policy) = &parsed.value {
                    for host in mx_hosts(&mx) {
                        let covered = policy.covers(&host);
                        if !covered {
                            let msg = match policy.mode {
                                Mode::Enforce => Some(&m::MX_UNCOVERED),
                                Mode::Testing => Some(&m::MX_UNCOVERED_TESTING),
                                Mode::None => None,
                            };
                            if let Some(msg) = msg {
                                section.base.diagnostics.push(
                                    Diagnostic::new(msg, Span::default())
                                        .arg("mx", cap(&host, 253)),
                                );
                            }
                        }
                        section.mx_coverage.push(MxCoverage { mx: host, covered });
                    }
                }
                file.text = Some(cap(&text, MAX_POLICY_BYTES));
            }
        }
        Ok(resp) if resp.status == 404 => {
            file.status = PolicyStatus::Missing;
            file.diagnostics.push(
                Diagnostic::new(&m::POLICY_MISSING, Span::default())
                    .arg("url", &url)
                    .arg("domain", domain),
            );
        }
        Ok(resp) => {
            file.diagnostics.push(
                Diagnostic::new(&m::POLICY_HTTP_STATUS, Span::default())
                    .arg("status", resp.status)
                    .arg("url", &url),
            );
        }
        Err(_) if no_host => {
            file.status = PolicyStatus::Missing;
            file.diagnostics.push(
                Diagnostic::new(&m::POLICY_NO_HOST, Span::default())
                    .arg("url", &url)
                    .arg("host", &host),
            );
        }
        Err(HttpError::Unreadable(_)) => {
            file.status = PolicyStatus::Unreadable;
            file.diagnostics
                .push(Diagnostic::new(&m::POLICY_UNREADABLE, Span::default()).arg("url", &url));
        }
        Err(HttpError::Redirect) => {
            file.diagnostics
                .push(Diagnostic::new(&m::POLICY_REDIRECT, Span::default()).arg("url", &url));
        }
        Err(HttpError::TooLarge) => file.diagnostics.push(too_large()),
        Err(e) => {
            file.status = PolicyStatus::Unreadable;
            file.diagnostics.push(
                Diagnostic::new(&m::POLICY_FETCH_FAILED, Span::default())
                    .arg("url", &url)
                    .arg_both(
                        "detail",
                        cap(&e.to_string(), 200),
                        crate::Localized::message_in(&e, crate::Lang::Pt),
                    )
                    .arg("domain", domain),
            );
        }
    }
    if file.status != PolicyStatus::Ok
        && file.status != PolicyStatus::Unreadable
        && section.base.status == Status::Ok
    {
        section.base.status = Status::Invalid;
    }
    let mut all = section.base.diagnostics.clone();
    all.extend(
        file.diagnostics
            .iter()
            .filter(|d| d.code != m::POLICY_UNREADABLE.code)
            .cloned(),
    );
    if section.base.status == Status::Ok {
        section.base.status = status_of(&all);
    }
    section.policy = Some(file);
    section
}
