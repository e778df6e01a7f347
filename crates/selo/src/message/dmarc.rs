//! DMARC for one message (RFC 9989 4.4, 4.8, 4.10): alignment of the DKIM
//! and SPF identities with the From domain, the result, the disposition,
//! and the fix for each failure.

use super::messages as m;
use super::{
    AuthResults, DkimCheck, DkimResult, DmarcCheck, DmarcResult, FixHint, SpfCheck, SpfResult,
};
use crate::dmarc::{Alignment, Discovery, Policy, aligned};
use crate::dns::Resolver;
use crate::domain::at_or_below;
use crate::{Diagnostic, Span};
use std::net::IpAddr;

pub(super) struct Outcome {
    pub dmarc: DmarcCheck,
    pub fixes: Vec<FixHint>,
    pub diagnostics: Vec<Diagnostic>,
}

fn mode_both(a: Alignment) -> (String, String) {
    match a {
        Alignment::Relaxed => ("relaxed".into(), "relaxado".into()),
        Alignment::Strict => ("strict".into(), "estrito".into()),
    }
}

/// The finding `template` for a pass by `domain` that does not align with
/// the From domain `from` under `mode`, and its fix: the `generator` page
/// for `from`, with the preset of the known sender behind `domain`.
fn unaligned(
    template: &'static crate::Message,
    generator: &str,
    domain: &str,
    from: &str,
    mode: Alignment,
) -> (Diagnostic, FixHint) {
    let (en, pt) = mode_both(mode);
    let d = Diagnostic::new(template, Span::default())
        .arg("domain", domain)
        .arg("from_domain", from)
        .arg_both("mode", en, pt);
    let fix = FixHint {
        code: template.code.into(),
        generator: generator.into(),
        domain: from.to_string(),
        include: None,
        preset: crate::senders::matching([domain]).map(|p| p.id.to_string()),
        record: None,
        add: Vec::new(),
        selector: None,
    };
    (d, fix)
}

pub(super) async fn evaluate<R: Resolver>(
    r: &R,
    from_domain: Option<&str>,
    discovery: Option<Discovery>,
    dkim: &mut [DkimCheck],
    spf: &mut SpfCheck,
    (ip, host): (Option<IpAddr>, Option<&str>),
) -> Outcome {
    let mut out = Outcome {
        dmarc: DmarcCheck {
            result: DmarcResult::PermError,
            policy: None,
            policy_tag: None,
            applies_from: None,
            applies_as: None,
            organizational_domain: None,
            testing: false,
            adkim: "r".into(),
            aspf: "r".into(),
            dkim_aligned: false,
            spf_aligned: false,
            disposition: "none".into(),
        },
        fixes: Vec::new(),
        diagnostics: Vec::new(),
    };
    let (Some(from), Some(disc)) = (from_domain, discovery) else {
        out.diagnostics
            .push(Diagnostic::new(&m::NO_FROM, Span::default()));
        spf_findings(spf, None, dkim, (ip, host), &mut out);
        return out;
    };
    let applied = disc.applied.as_ref();
    let adkim = applied
        .and_then(|a| a.record.adkim)
        .unwrap_or(Alignment::Relaxed);
    let aspf = applied
        .and_then(|a| a.record.aspf)
        .unwrap_or(Alignment::Relaxed);
    let org = disc.org.clone();
    out.dmarc.organizational_domain = Some(org.clone());
    out.dmarc.adkim = adkim.as_str().to_string();
    out.dmarc.aspf = aspf.as_str().to_string();

    for c in dkim.iter_mut() {
        c.aligned = !c.domain.is_empty() && aligned(r, &c.domain, from, &org, adkim).await;
    }
    if let Some(d) = spf.domain.clone() {
        spf.aligned = aligned(r, &d, from, &org, aspf).await;
    }
    let dkim_ok = dkim
        .iter()
        .any(|c| c.result == DkimResult::Pass && c.aligned);
    let spf_ok = spf.result == SpfResult::Pass && spf.aligned;
    out.dmarc.dkim_aligned = dkim_ok;
    out.dmarc.spf_aligned = spf_ok;

    // DKIM findings that concern alignment and their fixes.
    if !dkim_ok {
        for c in dkim
            .iter()
            .filter(|c| c.result == DkimResult::Pass && !c.aligned)
        {
            let (d, fix) = unaligned(&m::DKIM_UNALIGNED, "dkim", &c.domain, from, adkim);
            out.diagnostics.push(d);
            out.fixes.push(fix);
        }
        for c in dkim
            .iter()
            .filter(|c| c.result != DkimResult::Pass && c.aligned)
        {
            let generator = match c.reason.as_deref() {
                Some("key-not-published" | "key-revoked" | "key-too-short") => "dkim",
                _ => continue,
            };
            out.fixes.push(FixHint {
                code: format!(
                    "message::dkim-{}",
                    match c.reason.as_deref() {
                        Some("key-not-published") => "key-missing",
                        Some("key-revoked") => "key-revoked",
                        _ => "key-short",
                    }
                ),
                generator: generator.into(),
                domain: c.domain.clone(),
                include: None,
                preset: None,
                record: None,
                add: Vec::new(),
                selector: Some(c.selector.clone()),
            });
        }
    }
    spf_findings(
        spf,
        Some((from, aspf, spf_ok || dkim_ok)),
        dkim,
        (ip, host),
        &mut out,
    );

    let Some(a) = applied else {
        out.dmarc.result = if disc.failed {
            DmarcResult::TempError
        } else {
            DmarcResult::None
        };
        if disc.failed {
            let first = crate::check::dmarc::walk_findings(&disc).into_iter().next();
            let in_lang = |lang| {
                first
                    .as_ref()
                    .map(|d| d.message_in(lang))
                    .unwrap_or_default()
            };
            out.diagnostics.push(
                Diagnostic::new(&m::DMARC_TEMPERROR, Span::default())
                    .arg("from_domain", from)
                    .arg_both("detail", in_lang(crate::Lang::En), in_lang(crate::Lang::Pt)),
            );
        } else {
            out.diagnostics.push(
                Diagnostic::new(&m::DMARC_NO_POLICY, Span::default()).arg("from_domain", from),
            );
            out.fixes.push(FixHint {
                code: m::DMARC_NO_POLICY.code.into(),
                generator: "dmarc".into(),
                domain: from.to_string(),
                include: None,
                preset: None,
                record: None,
                add: Vec::new(),
                selector: None,
            });
        }
        return out;
    };
    out.dmarc.policy = Some(a.policy.as_str().to_string());
    out.dmarc.policy_tag = Some(a.tag.to_string());
    out.dmarc.applies_from = Some(a.from.clone());
    out.dmarc.applies_as = Some(a.why.to_string());
    out.dmarc.testing = a.record.testing == Some(true);
    if out.dmarc.testing {
        out.diagnostics.push(
            Diagnostic::new(&m::DMARC_TESTING, Span::default())
                .arg("applies_from", &a.from)
                .arg("policy", a.policy.as_str()),
        );
    }
    if dkim_ok || spf_ok {
        out.dmarc.result = DmarcResult::Pass;
        let via = match (dkim_ok, spf_ok) {
            (true, true) => "DKIM + SPF",
            (true, false) => "DKIM",
            _ => "SPF",
        };
        out.diagnostics.push(
            Diagnostic::new(&m::DMARC_PASS, Span::default())
                .arg("from_domain", from)
                .arg("via", via),
        );
    } else {
        out.dmarc.result = DmarcResult::Fail;
        let applied_policy = if out.dmarc.testing {
            a.policy.in_testing()
        } else {
            a.policy
        };
        out.dmarc.disposition = applied_policy.as_str().to_string();
        let (en, pt) = match applied_policy {
            Policy::Reject => ("reject the message", "rejeitar a mensagem"),
            Policy::Quarantine => (
                "quarantine it (the spam folder)",
                "pô-la em quarentena (a pasta de spam)",
            ),
            _ => (
                "nothing (deliver it as usual)",
                "nada (entregá-la como de costume)",
            ),
        };
        out.diagnostics.push(
            Diagnostic::new(&m::DMARC_FAIL, Span::default())
                .arg("from_domain", from)
                .arg("policy", a.policy.as_str())
                .arg_both("disposition", en.to_string(), pt.to_string()),
        );
    }
    out
}

/// SPF's findings: its result when it is not a pass, and the alignment.
fn spf_findings(
    spf: &mut SpfCheck,
    from: Option<(&str, Alignment, bool)>,
    dkim: &[DkimCheck],
    (ip, host): (Option<IpAddr>, Option<&str>),
    out: &mut Outcome,
) {
    let Some(domain) = spf.domain.clone() else {
        return;
    };
    let ip_text = ip.map(|i| i.to_string()).unwrap_or_default();
    let matched = spf.matched.clone().unwrap_or_else(|| "default".into());
    match spf.result {
        SpfResult::Fail | SpfResult::SoftFail => {
            // The sending service, guessed from the signing and envelope
            // domains that are not the sender's own.
            let own = from.map(|f| f.0).unwrap_or(&domain);
            let foreign: Vec<&str> = dkim
                .iter()
                .map(|c| c.domain.as_str())
                .chain(host)
                .filter(|d| !at_or_below(d, own) && !at_or_below(own, d))
                .collect();
            let preset = crate::senders::matching(foreign);
            let (fix_en, fix_pt, include, add) = match preset
                .and_then(|p| p.include.map(|i| (p, i)))
            {
                Some((p, inc)) => (
                    format!("include:{inc} ({}), before the all term", p.name),
                    format!("include:{inc} ({}), antes do termo all", p.name),
                    Some(inc.to_string()),
                    format!("include:{inc}"),
                ),
                None => {
                    let mech = match ip {
                        Some(IpAddr::V6(_)) => "ip6",
                        _ => "ip4",
                    };
                    (
                        format!(
                            "{mech}:{ip_text} (or the include the sending service documents), before the all term"
                        ),
                        format!(
                            "{mech}:{ip_text} (ou o include que o serviço de envio indica), antes do termo all"
                        ),
                        None,
                        format!("{mech}:{ip_text}"),
                    )
                }
            };
            spf.diagnostics.push(
                Diagnostic::new(&m::SPF_FAIL, Span::default())
                    .arg("result", spf.result.as_str())
                    .arg("ip", &ip_text)
                    .arg("domain", &domain)
                    .arg("matched", &matched)
                    .arg_both("fix", fix_en, fix_pt),
            );
            out.fixes.push(FixHint {
                code: m::SPF_FAIL.code.into(),
                generator: "spf".into(),
                domain: domain.clone(),
                include,
                preset: preset.map(|p| p.id.to_string()),
                record: spf.record.clone(),
                add: ip.map(|_| add).into_iter().collect(),
                selector: None,
            });
        }
        SpfResult::Neutral => spf.diagnostics.push(
            Diagnostic::new(&m::SPF_NEUTRAL, Span::default())
                .arg("ip", &ip_text)
                .arg("domain", &domain)
                .arg("matched", &matched),
        ),
        SpfResult::Pass => {
            if let Some((from, mode, passes)) = from
                && !spf.aligned
                && !passes
            {
                let (d, fix) = unaligned(&m::SPF_UNALIGNED, "spf", &domain, from, mode);
                spf.diagnostics.push(d);
                out.fixes.push(fix);
            }
        }
        _ => {}
    }
}

/// Differences between what the receiving servers recorded in
/// `Authentication-Results` and what Selo finds now (the topmost field of
/// each server only).
pub(super) fn compare_auth_results(
    fields: &[AuthResults],
    dkim: &[DkimCheck],
    spf: &SpfCheck,
    dmarc: &DmarcCheck,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let dkim_ours = if dkim.iter().any(|c| c.result == DkimResult::Pass) {
        "pass"
    } else if dkim.is_empty() {
        "none"
    } else {
        "fail"
    };
    let dmarc_ours = match dmarc.result {
        DmarcResult::Pass => "pass",
        DmarcResult::Fail => "fail",
        DmarcResult::None => "none",
        DmarcResult::TempError => "temperror",
        DmarcResult::PermError => "permerror",
    };
    for f in fields {
        if seen.contains(&f.authserv_id.as_str()) {
            continue;
        }
        seen.push(&f.authserv_id);
        for method in ["dkim", "spf", "dmarc"] {
            let theirs: Vec<&str> = f
                .results
                .iter()
                .filter(|r| r.method == method)
                .map(|r| r.result.as_str())
                .collect();
            if theirs.is_empty() {
                continue;
            }
            let (theirs, ours) = match method {
                "dkim" => (
                    if theirs.contains(&"pass") {
                        "pass"
                    } else {
                        theirs[0]
                    },
                    dkim_ours,
                ),
                "spf" => (theirs[0], spf.result.as_str()),
                _ => (theirs[0], dmarc_ours),
            };
            let same = theirs == ours || (method == "dkim" && theirs != "pass" && ours != "pass");
            // SPF not evaluated here (no IP or no domain) says nothing.
            let unknown = method == "spf"
                && (spf.domain.is_none()
                    || spf.diagnostics.iter().any(|d| d.code == m::SPF_NO_IP.code));
            if !same && !unknown {
                out.push(
                    Diagnostic::new(&m::AUTH_RESULTS_DIFFER, Span::default())
                        .arg("authserv", &f.authserv_id)
                        .arg("method", method)
                        .arg("theirs", theirs)
                        .arg("ours", ours),
                );
            }
        }
    }
    out
}
