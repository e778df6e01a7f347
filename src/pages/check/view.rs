//! The report as HTML: a summary line per record type, then the details.
//!
//! Every string from the report is DNS or web content the user does not
//! control: it goes into the page as text nodes and attribute values only.

use super::report::{Finding, Report, Section, SpfNode, Status};
use crate::Page;
use crate::components::diagnostic_list::severity_parts;
use crate::i18n::{check as m, common as c, fill};
use leptos::prelude::*;
use selo::{Lang, Severity, Text};

fn enc(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

/// A link to the validator with `text` in its fragment.
fn validator_href(text: &str) -> String {
    format!("{}#{}", Page::Validate.href(), enc(text))
}

/// The generator for a record type, prefilled from the report.
fn generator(kind: Kind, r: &Report) -> Option<(String, Text)> {
    let d = enc(&r.domain);
    let (page, extra) = match kind {
        Kind::Mx | Kind::Dnssec => return None,
        Kind::Spf => (Page::GenSpf, String::new()),
        Kind::Dmarc => {
            let p = r
                .dmarc
                .as_ref()
                .and_then(|x| x.policy.clone())
                .filter(|p| p == "quarantine" || p == "reject")
                .unwrap_or_else(|| "none".to_string());
            (Page::GenDmarc, format!("&p={p}"))
        }
        Kind::Dkim => {
            let sel = r
                .dkim
                .as_ref()
                .and_then(|k| k.selectors.first().map(|s| s.selector.clone()))
                .unwrap_or_else(|| "s1".to_string());
            (Page::GenDkim, format!("&selector={}", enc(&sel)))
        }
        Kind::MtaSts => {
            let mx: Vec<String> =
                r.mx.as_ref()
                    .map(|s| {
                        s.records
                            .iter()
                            .filter_map(|rec| rec.split_whitespace().last())
                            .map(|h| h.trim_end_matches('.').to_string())
                            .collect()
                    })
                    .unwrap_or_default();
            let mx = if mx.is_empty() {
                String::new()
            } else {
                format!("&mx={}", enc(&mx.join("\n")))
            };
            (Page::GenMtaSts, format!("&mode=enforce{mx}"))
        }
        Kind::TlsRpt => (Page::GenTlsRpt, String::new()),
        Kind::Bimi => (Page::GenBimi, String::new()),
    };
    Some((format!("{}&domain={d}{extra}", page.href()), page.title()))
}

/// The record types, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Mx,
    Spf,
    Dmarc,
    Dkim,
    MtaSts,
    TlsRpt,
    Bimi,
    Dnssec,
}

impl Kind {
    const ALL: [Kind; 8] = [
        Kind::Mx,
        Kind::Spf,
        Kind::Dmarc,
        Kind::Dkim,
        Kind::MtaSts,
        Kind::TlsRpt,
        Kind::Bimi,
        Kind::Dnssec,
    ];

    fn label(self) -> &'static str {
        match self {
            Kind::Mx => "MX",
            Kind::Spf => "SPF",
            Kind::Dmarc => "DMARC",
            Kind::Dkim => "DKIM",
            Kind::MtaSts => "MTA-STS",
            Kind::TlsRpt => "TLS-RPT",
            Kind::Bimi => "BIMI",
            Kind::Dnssec => "DNSSEC",
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Kind::Mx => "mx",
            Kind::Spf => "spf",
            Kind::Dmarc => "dmarc",
            Kind::Dkim => "dkim",
            Kind::MtaSts => "mta-sts",
            Kind::TlsRpt => "tls-rpt",
            Kind::Bimi => "bimi",
            Kind::Dnssec => "dnssec",
        }
    }
}

/// A section's status and every finding in it, or `None` while pending.
fn state(kind: Kind, r: &Report) -> Option<(Status, Vec<&Finding>)> {
    fn sec(s: &Section) -> (Status, Vec<&Finding>) {
        (s.status, s.findings.iter().collect())
    }
    match kind {
        Kind::Mx => r.mx.as_ref().map(sec),
        Kind::Spf => r.spf.as_ref().map(|x| sec(&x.section)),
        Kind::Dmarc => r.dmarc.as_ref().map(|x| sec(&x.section)),
        Kind::Dkim => r.dkim.as_ref().map(|k| {
            let f = k
                .selectors
                .iter()
                .flat_map(|s| s.section.findings.iter())
                .collect();
            (k.status, f)
        }),
        Kind::MtaSts => r.mta_sts.as_ref().map(|x| {
            let mut f: Vec<&Finding> = x.section.findings.iter().collect();
            if let Some(p) = &x.policy {
                f.extend(p.findings.iter());
            }
            (x.section.status, f)
        }),
        Kind::TlsRpt => r.tls_rpt.as_ref().map(sec),
        Kind::Bimi => r.bimi.as_ref().map(sec),
        Kind::Dnssec => r
            .dnssec
            .map(|ok| (if ok { Status::Ok } else { Status::Missing }, Vec::new())),
    }
}

fn status_word(kind: Kind, s: Status) -> Text {
    match (kind, s) {
        (Kind::Dnssec, Status::Ok) => m::ST_YES,
        (Kind::Dnssec, _) => m::ST_NO,
        (_, Status::Ok) => m::ST_OK,
        (_, Status::Missing) => m::ST_MISSING,
        (_, Status::Invalid) => m::ST_INVALID,
        (_, Status::Error) => m::ST_ERROR,
        (_, Status::Unreadable) => m::ST_UNREADABLE,
    }
}

/// The class of a status: `st-ok`, `st-error`, `st-warning`, `st-info`.
fn status_class(s: Status, findings: &[&Finding]) -> &'static str {
    let worst = findings.iter().map(|f| f.severity).max_by_key(|s| match s {
        Severity::Error => 2,
        Severity::Warning => 1,
        Severity::Info => 0,
    });
    match (s, worst) {
        (Status::Invalid, _) | (_, Some(Severity::Error)) => "st-error",
        (Status::Ok, None | Some(Severity::Info)) => "st-ok",
        _ => "st-warning",
    }
}

fn status_badge(kind: Kind, s: Status, findings: &[&Finding], l: Lang) -> impl IntoView + use<> {
    let class = status_class(s, findings);
    let icon = match class {
        "st-ok" => "✔",
        "st-error" => "✖",
        _ => "⚠",
    };
    view! {
        <span class=format!("check-status {class}") data-status=format!("{s:?}").to_lowercase()>
            <span aria-hidden="true">{icon}</span>
            " "
            {status_word(kind, s).get(l)}
        </span>
    }
}

/// The summary table: one line per record type.
pub fn summary(r: &Report, l: Lang) -> impl IntoView + use<> {
    let rows = Kind::ALL
        .into_iter()
        .map(|kind| {
            let cell = match state(kind, r) {
                None => {
                    view! { <span class="check-status st-pending">{m::ST_PENDING.get(l)}</span> }
                        .into_any()
                }
                Some((s, f)) => {
                    let e = f.iter().filter(|x| x.severity == Severity::Error).count();
                    let w = f.iter().filter(|x| x.severity == Severity::Warning).count();
                    let counts = (e + w > 0).then(|| {
                        fill(
                            m::COUNTS.get(l),
                            &[("e", &e.to_string()), ("w", &w.to_string())],
                        )
                    });
                    view! {
                        {status_badge(kind, s, &f, l)}
                        {counts.map(|c| view! { " " <span class="check-counts">{c}</span> })}
                    }
                    .into_any()
                }
            };
            view! {
                <tr data-kind=kind.slug()>
                    <th scope="row">{kind.label()}</th>
                    <td>{cell}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="check-summary">
            <caption>{m::SUMMARY.get(l)}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}

pub fn finding_list(
    list: Vec<Finding>,
    fix: Option<(String, Text)>,
    l: Lang,
) -> impl IntoView + use<> {
    if list.is_empty() {
        return ().into_any();
    }
    let items = list
        .into_iter()
        .map(|f| {
            let (icon, word) = severity_parts(f.severity);
            let spec = f.spec_url().map(|url| {
                view! {
                    <p class="finding-spec">
                        {c::SPEC.get(l)} " "
                        <a href=url rel="noreferrer" target="_blank">{f.spec.clone()}</a>
                    </p>
                }
            });
            let fix = fix.clone().filter(|_| f.severity != Severity::Info).map(|(href, link)| {
                view! {
                    <p class="finding-fix">
                        <a href=href>{fill(m::FIX_GENERATOR.get(l), &[("gen", link.get(l))])}</a>
                    </p>
                }
            });
            view! {
                <li class=format!("finding sev-{}", f.severity.as_str()) data-code=f.code.clone()>
                    <p class="finding-head">
                        <span class="sev-badge">
                            <span aria-hidden="true">{icon}</span>
                            " "
                            {word.get(l)}
                        </span>
                        " "
                        <span class="finding-message">{f.message(l).to_string()}</span>
                    </p>
                    <p class="finding-help">{f.help(l).to_string()}</p>
                    {spec}
                    {fix}
                    <p class="finding-code"><code>{f.code.clone()}</code></p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="findings" aria-label=c::FINDINGS.get(l)>{items}</ul> }.into_any()
}

fn records(list: &[String], l: Lang) -> impl IntoView + use<> {
    if list.is_empty() {
        return view! { <p class="check-nothing">{m::NOTHING.get(l)}</p> }.into_any();
    }
    let items = list
        .iter()
        .map(|rec| {
            view! {
                <li>
                    <code class="check-record">{rec.clone()}</code>
                    " "
                    <a class="check-validate" href=validator_href(rec)>{m::OPEN_VALIDATOR.get(l)}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="check-label">{m::PUBLISHED.get(l)}</p>
        <ul class="check-records">{items}</ul>
    }
    .into_any()
}

/// Name, records, the kind's own details, findings and generator link.
fn section_view(
    kind: Kind,
    r: &Report,
    sec: &Section,
    details: AnyView,
    l: Lang,
) -> impl IntoView + use<> {
    let link = generator(kind, r);
    let (status, findings) = state(kind, r).unwrap_or((sec.status, Vec::new()));
    let badge = status_badge(kind, status, &findings, l);
    let make = link
        .clone()
        .filter(|_| sec.status == Status::Missing)
        .map(|(href, g)| {
            view! {
                <p class="finding-fix">
                    <a href=href>{fill(m::MAKE_GENERATOR.get(l), &[("gen", g.get(l))])}</a>
                </p>
            }
        });
    let name = (!sec.name.is_empty()).then(|| {
        view! {
            <p>
                {m::NAME.get(l)} ": " <code>{sec.name.clone()}</code>
            </p>
        }
    });
    view! {
        <section class="check-section" data-kind=kind.slug()>
            <h3>{kind.label()} " " {badge}</h3>
            {name}
            {records(&sec.records, l)}
            {details}
            {finding_list(sec.findings.clone(), link, l)}
            {make}
        </section>
    }
}

fn spf_node(n: &SpfNode, l: Lang) -> AnyView {
    let children = (!n.children.is_empty()).then(|| {
        let items = n.children.iter().map(|c| spf_node(c, l)).collect_view();
        view! { <ul>{items}</ul> }
    });
    let record = match &n.record {
        Some(rec) => view! { <code class="check-record">{rec.clone()}</code> }.into_any(),
        None => view! { <em>{m::SPF_NO_RECORD.get(l)}</em> }.into_any(),
    };
    view! {
        <li class="spf-node">
            <span class="spf-node-head">
                <strong>{n.domain.clone()}</strong>
                " · "
                <span class="spf-node-lookups">
                    {fill(m::SPF_NODE_LOOKUPS.get(l), &[("n", &n.lookups.to_string())])}
                    {(n.total_lookups != n.lookups).then(|| {
                        fill(m::SPF_NODE_TOTAL.get(l), &[("n", &n.total_lookups.to_string())])
                    })}
                </span>
            </span>
            " "
            {record}
            {children}
        </li>
    }
    .into_any()
}

fn table(
    head: [Text; 2],
    rows: Vec<(String, bool, Text)>,
    class: &'static str,
    l: Lang,
) -> AnyView {
    if rows.is_empty() {
        return ().into_any();
    }
    let body = rows
        .into_iter()
        .map(|(name, ok, word)| {
            let cls = if ok { "st-ok" } else { "st-error" };
            let icon = if ok { "✔" } else { "✖" };
            view! {
                <tr>
                    <td><code>{name}</code></td>
                    <td>
                        <span class=format!("check-status {cls}")>
                            <span aria-hidden="true">{icon}</span> " " {word.get(l)}
                        </span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class=format!("check-table {class}")>
            <thead>
                <tr><th scope="col">{head[0].get(l)}</th><th scope="col">{head[1].get(l)}</th></tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}

/// Every section that has arrived.
pub fn details(r: &Report, l: Lang) -> impl IntoView + use<> {
    let mut out: Vec<AnyView> = Vec::new();
    if let Some(s) = &r.mx {
        out.push(section_view(Kind::Mx, r, s, ().into_any(), l).into_any());
    }
    if let Some(spf) = &r.spf {
        let tree = spf
            .tree
            .as_ref()
            .filter(|t| t.record.is_some() || !t.children.is_empty())
            .map(|t| {
                view! {
                    <p class="check-label">{m::SPF_TREE.get(l)}</p>
                    <ul class="spf-tree">{spf_node(t, l)}</ul>
                }
            });
        let total = (spf.section.status != Status::Missing).then(|| {
            let cls = if spf.lookups > 10 || spf.void_lookups > 2 {
                "spf-total over"
            } else {
                "spf-total"
            };
            view! {
                <p class=cls>
                    {fill(
                        m::SPF_TOTAL.get(l),
                        &[("n", &spf.lookups.to_string()), ("v", &spf.void_lookups.to_string())],
                    )}
                </p>
            }
        });
        let extra = view! { {total} {tree} }.into_any();
        out.push(section_view(Kind::Spf, r, &spf.section, extra, l).into_any());
    }
    if let Some(d) = &r.dmarc {
        let from = d.applies_from.clone().map(|org| {
            let own = d.applies_as.as_deref() == Some("own")
                || (d.applies_as.is_none() && org.eq_ignore_ascii_case(&r.domain));
            let how = if own {
                m::DMARC_OWN.get(l).to_string()
            } else {
                fill(m::DMARC_ORG.get(l), &[("org", &org), ("domain", &r.domain_unicode)])
            };
            view! {
                <p class="dmarc-applies">
                    {m::DMARC_FROM.get(l)} ": " <code>{format!("_dmarc.{org}")}</code> " (" {how} ")"
                </p>
            }
        });
        let policy = d.policy.clone().map(|p| {
            let tag = d.policy_tag.clone().map(|t| format!(" ({t}=)"));
            view! { <p class="dmarc-policy">{m::DMARC_POLICY.get(l)} ": " <code>{p}</code> {tag}</p> }
        });
        let auths = (!d.authorizations.is_empty()).then(|| {
            let rows = d
                .authorizations
                .iter()
                .map(|a| {
                    let word = if a.authorized {
                        m::RUA_YES
                    } else if a.lookup_failed {
                        m::ST_ERROR
                    } else {
                        m::RUA_NO
                    };
                    (format!("{} ({})", a.uri, a.destination), a.authorized, word)
                })
                .collect();
            view! {
                <p class="check-label">{m::RUA.get(l)}</p>
                {table([m::RUA_DEST, m::RUA_AUTH], rows, "rua-auth", l)}
            }
        });
        let extra = view! { {from} {policy} {auths} }.into_any();
        out.push(section_view(Kind::Dmarc, r, &d.section, extra, l).into_any());
    }
    if let Some(k) = &r.dkim {
        let link = generator(Kind::Dkim, r);
        let found: Vec<_> = k
            .selectors
            .iter()
            .filter(|s| s.section.status != Status::Missing)
            .collect();
        let (status, findings) = state(Kind::Dkim, r).unwrap_or((k.status, Vec::new()));
        let badge = status_badge(Kind::Dkim, status, &findings, l);
        let body = if found.is_empty() {
            let make = link.clone().map(|(href, g)| {
                view! { <p class="finding-fix"><a href=href>{fill(m::MAKE_GENERATOR.get(l), &[("gen", g.get(l))])}</a></p> }
            });
            view! { <p class="check-nothing">{m::DKIM_NONE.get(l)}</p> {make} }.into_any()
        } else {
            found
                .into_iter()
                .map(|s| {
                    let key = match (&s.key_type, s.key_bits) {
                        (Some(t), Some(b)) => Some(fill(m::DKIM_BITS.get(l), &[("type", &t.to_uppercase()), ("bits", &b.to_string())])),
                        (Some(t), None) => Some(t.to_uppercase()),
                        _ => None,
                    };
                    let cname = s.cname_target.clone().map(|t| {
                        view! { " " <span class="dkim-cname">{fill(m::DKIM_CNAME.get(l), &[("target", &t)])}</span> }
                    });
                    let key = key.map(|k| view! { <p class="dkim-key">{m::DKIM_KEY.get(l)} ": " {k}</p> });
                    let f: Vec<&Finding> = s.section.findings.iter().collect();
                    view! {
                        <div class="dkim-selector" data-selector=s.selector.clone()>
                            <h4>
                                {m::DKIM_SELECTOR.get(l)} " " <code>{s.selector.clone()}</code> " "
                                {status_badge(Kind::Dkim, s.section.status, &f, l)}
                            </h4>
                            <p><code>{s.section.name.clone()}</code> {cname}</p>
                            {key}
                            {records(&s.section.records, l)}
                            {finding_list(s.section.findings.clone(), link.clone(), l)}
                        </div>
                    }
                })
                .collect_view()
                .into_any()
        };
        out.push(
            view! {
                <section class="check-section" data-kind="dkim">
                    <h3>"DKIM " {badge}</h3>
                    {body}
                </section>
            }
            .into_any(),
        );
    }
    if let Some(sts) = &r.mta_sts {
        let policy = sts.policy.clone().map(|p| {
            let word = status_word(Kind::MtaSts, p.status);
            let f: Vec<&Finding> = p.findings.iter().collect();
            let cls = status_class(p.status, &f);
            let unreadable = (p.status == Status::Unreadable).then(|| {
                view! {
                    <p class="sts-unreadable">{fill(m::STS_UNREADABLE.get(l), &[("url", &p.url)])}</p>
                    <p>
                        <a href=p.url.clone() rel="noreferrer" target="_blank">{m::STS_OPEN_URL.get(l)}</a>
                        " · "
                        <a href=Page::Validate.href()>{m::STS_PASTE.get(l)}</a>
                    </p>
                }
            });
            let text = p.text.clone().map(|t| {
                view! {
                    <pre class="sts-policy"><code>{t.clone()}</code></pre>
                    <p><a class="check-validate" href=validator_href(&t)>{m::OPEN_VALIDATOR.get(l)}</a></p>
                }
            });
            view! {
                <div class="sts-policy-file" data-status=format!("{:?}", p.status).to_lowercase()>
                    <h4>
                        {m::STS_POLICY.get(l)} " "
                        <span class=format!("check-status {cls}")>{word.get(l)}</span>
                    </h4>
                    <p><code>{p.url.clone()}</code></p>
                    {unreadable}
                    {text}
                    {finding_list(p.findings.clone(), generator(Kind::MtaSts, r), l)}
                </div>
            }
        });
        let coverage = (!sts.coverage.is_empty()).then(|| {
            let rows = sts
                .coverage
                .iter()
                .map(|(mx, ok)| {
                    (
                        mx.clone(),
                        *ok,
                        if *ok { m::ST_YES } else { m::STS_NOT_COVERED },
                    )
                })
                .collect();
            view! {
                <p class="check-label">{m::STS_COVERAGE.get(l)}</p>
                {table([m::STS_MX, m::STS_COVERED], rows, "mx-coverage", l)}
            }
        });
        let extra = view! { {policy} {coverage} }.into_any();
        out.push(section_view(Kind::MtaSts, r, &sts.section, extra, l).into_any());
    }
    if let Some(s) = &r.tls_rpt {
        out.push(section_view(Kind::TlsRpt, r, s, ().into_any(), l).into_any());
    }
    if let Some(s) = &r.bimi {
        out.push(section_view(Kind::Bimi, r, s, ().into_any(), l).into_any());
    }
    if let Some(ok) = r.dnssec {
        let f: Vec<&Finding> = Vec::new();
        let status = if ok { Status::Ok } else { Status::Missing };
        out.push(
            view! {
                <section class="check-section" data-kind="dnssec">
                    <h3>"DNSSEC " {status_badge(Kind::Dnssec, status, &f, l)}</h3>
                    <p>{if ok { m::DNSSEC_YES.get(l) } else { m::DNSSEC_NO.get(l) }}</p>
                </section>
            }
            .into_any(),
        );
    }
    out
}
