//! The analysis, laid out: one component per part of the analyzer's
//! view-model ([`selo_boundary::analysis`]), whose words are already in
//! the page's language. Values from the message or DNS are only ever text
//! or attribute values here.

use leptos::prelude::*;
use selo_boundary::analysis::{AnalysisView, Said};
use selo_boundary::analysis::{
    Arc, AuthResults, Bounces, Checklist, Dkim, Fact, Facts, Findings, Fixes, Link, Piece,
    Received, Verdict,
};

/// The whole answer: the verdict and its sections, or why the text could
/// not be analyzed.
#[component]
pub fn Report(view: AnalysisView) -> impl IntoView {
    let v = view;
    let body = if let Some(error) = v.error {
        view! {
            <h3>{error}</h3>
            {v.error_detail.map(|d| view! { <p class="analyze-error">{d}</p> })}
            {v.findings.map(|f| view! { <FindingList list=f /> })}
            {v.bounce.map(|b| view! { <BounceList list=b /> })}
        }
        .into_any()
    } else {
        view! {
            {v.verdict.map(|x| view! { <VerdictLine verdict=x /> })}
            {v.bounce.map(|b| view! { <BounceList list=b /> })}
            {v.requirements.map(|r| view! { <Requirements list=r /> })}
            {v.dkim.map(|d| view! { <DkimSection dkim=d /> })}
            {v.spf.map(|f| view! { <FactsSection kind="spf" facts=f /> })}
            {v.dmarc.map(|f| view! { <FactsSection kind="dmarc" facts=f /> })}
            {v.fixes.map(|f| view! { <FixList fixes=f /> })}
            {v.received.map(|r| view! { <Route received=r /> })}
            {v.auth_results.map(|a| view! { <AuthTable results=a /> })}
            {v.arc.map(|a| view! { <ArcChain arc=a /> })}
            {v.findings.map(|f| view! { <FindingList list=f /> })}
        }
        .into_any()
    };
    view! { <div class="analyze-report" data-status=v.status>{body}</div> }
}

/// A section of the report, with its heading.
#[component]
fn Section(
    kind: &'static str,
    title: String,
    #[prop(optional)] status: Option<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <section class="analyze-section" data-kind=kind data-status=status>
            <h3>{title}</h3>
            {children()}
        </section>
    }
}

/// A result word as a badge.
fn badge(word: String) -> impl IntoView {
    let (class, status) = (format!("result result-{word}"), word.clone());
    view! { <span class=class data-status=status>{word}</span> }
}

fn piece(p: Piece) -> AnyView {
    match p {
        Piece::Text(t) => t.into_any(),
        Piece::Code(c) => view! { <code>{c}</code> }.into_any(),
        Piece::Badge(w) => badge(w).into_any(),
        Piece::Align(Said { status, text }) => {
            view! { <span class=format!("align align-{status}") data-status=status>{text}</span> }
                .into_any()
        }
        Piece::Status(Said { status, text }) => {
            view! { <span data-status=status>{text}</span> }.into_any()
        }
    }
}

/// A two-column table of facts, in a box that scrolls sideways when it is
/// wider than the page.
fn fact_table(rows: Vec<Fact>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|f| {
            view! {
                <tr>
                    <th scope="row">{f.name}</th>
                    <td>{f.value.into_iter().map(piece).collect_view()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="analyze-facts">
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn head(cols: Vec<String>) -> impl IntoView {
    let cols = cols
        .into_iter()
        .map(|c| view! { <th scope="col">{c}</th> })
        .collect_view();
    view! {
        <thead>
            <tr>{cols}</tr>
        </thead>
    }
}

#[component]
fn VerdictLine(verdict: Verdict) -> impl IntoView {
    let v = verdict;
    let class = format!("analyze-verdict result-{}", v.status);
    view! {
        <section
            class=class
            data-kind="verdict"
            data-status=v.status.clone()
            aria-label=v.label
        >
            <p class="analyze-verdict-head">{badge(v.status.clone())} " " <strong>{v.head}</strong></p>
            {v.disposition.map(|d| view! {
                <p class="analyze-disposition" data-status=d.status>{d.text}</p>
            })}
            {v.notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            {v.from.map(|(name, from)| view! {
                <p class="analyze-from">{format!("{name}: ")} <code>{from}</code></p>
            })}
        </section>
    }
}

#[component]
fn DkimSection(dkim: Dkim) -> impl IntoView {
    let sigs = dkim
        .signatures
        .into_iter()
        .map(|s| {
            view! {
                <div class="analyze-dkim" data-selector=s.selector data-status=s.status>
                    {fact_table(s.rows)}
                </div>
            }
        })
        .collect_view();
    view! {
        <Section kind="dkim" title="DKIM".into()>
            {dkim.none.map(|n| view! { <p>{n}</p> })}
            {sigs}
        </Section>
    }
}

#[component]
fn FactsSection(kind: &'static str, facts: Facts) -> impl IntoView {
    view! {
        <Section kind title=facts.title status=facts.status>
            {fact_table(facts.rows)}
        </Section>
    }
}

fn link(l: Link) -> impl IntoView {
    let kind = (!l.kind.is_empty()).then_some(l.kind);
    view! { <a href=l.href data-kind=kind>{l.text}</a> }
}

#[component]
fn FixList(fixes: Fixes) -> impl IntoView {
    let items = fixes
        .items
        .into_iter()
        .map(|f| {
            view! {
                <li class="analyze-fix" data-code=f.code data-severity=f.severity>
                    <p class="finding-message">
                        <strong>{f.message}</strong>
                    </p>
                    <p class="finding-help">{f.help}</p>
                    {f.link.map(|l| view! { <p class="finding-fix">{link(l)}</p> })}
                </li>
            }
        })
        .collect_view();
    let nothing = fixes.nothing.is_some();
    view! {
        <Section kind="fixes" title=fixes.title>
            {fixes.nothing.map(|n| view! { <p>{n}</p> })}
            {(!nothing).then(|| view! { <ul class="analyze-fixes">{items}</ul> })}
        </Section>
    }
}

#[component]
fn Route(received: Received) -> impl IntoView {
    let hops = received
        .hops
        .into_iter()
        .map(|h| {
            let when = (h.date.is_some() || h.delay.is_some()).then(|| {
                let dot = (h.date.is_some() && h.delay.is_some()).then_some(" · ");
                view! {
                    <p class="hop-when">
                        {h.date.map(|d| view! { <code>{d}</code> })}
                        {dot}
                        {h.delay.map(|d| view! { <span class="hop-delay">{d}</span> })}
                    </p>
                }
            });
            view! {
                <li class="hop">
                    <p class="hop-route">
                        <strong>{h.route}</strong>
                        {h.with.map(|w| format!(" ({w})"))}
                    </p>
                    {when}
                </li>
            }
        })
        .collect_view();
    view! {
        <Section kind="received" title=received.title>
            <ul class="analyze-timeline">{hops}</ul>
        </Section>
    }
}

#[component]
fn AuthTable(results: AuthResults) -> impl IntoView {
    let heads = results.heads;
    let tables = results
        .fields
        .into_iter()
        .map(|f| {
            let rows = f
                .rows
                .into_iter()
                .map(|r| {
                    view! {
                        <tr data-status=if r.differs { "differs" } else { "same" }>
                            <th scope="row">{r.method}</th>
                            <td>{badge(r.theirs)}</td>
                            <td>
                                {match r.ours {
                                    Some(m) => badge(m).into_any(),
                                    None => "–".into_any(),
                                }}
                            </td>
                            <td>
                                <code>{r.details}</code>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="analyze-ar">
                        <caption>{f.caption}</caption>
                        {head(heads.clone())}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
        .collect_view();
    view! {
        <Section kind="auth-results" title=results.title>
            <p class="hint">{results.intro}</p>
            {tables}
        </Section>
    }
}

#[component]
fn ArcChain(arc: Arc) -> impl IntoView {
    let rows = arc
        .rows
        .into_iter()
        .map(|[instance, cv, sealer]| {
            view! {
                <tr>
                    <td>{instance}</td>
                    <td>{cv}</td>
                    <td>
                        <code>{sealer}</code>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Section kind="arc" title=arc.title>
            {arc.result.map(|r| view! { <p data-status=r.status>{r.text}</p> })}
            <div class="table-scroll">
                <table class="analyze-arc">
                    {head(arc.heads)}
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Section>
    }
}

/// The icon of a severity, beside its word: never colour alone.
fn icon(severity: &str) -> &'static str {
    match severity {
        "error" => "✖",
        "warning" => "⚠",
        _ => "ℹ",
    }
}

#[component]
fn FindingList(list: Findings) -> impl IntoView {
    let items = list
        .items
        .into_iter()
        .map(|f| {
            let (class, code) = (format!("finding sev-{}", f.severity), f.code.clone());
            view! {
                <li class=class data-code=code>
                    <p class="finding-head">
                        <span class="sev-badge">
                            <span aria-hidden="true">{icon(&f.severity)}</span>
                            {format!(" {}", f.word)}
                        </span>
                        " "
                        <span class="finding-message">{f.message}</span>
                    </p>
                    <p class="finding-help">{f.help}</p>
                    {f.spec.map(|(rule, l)| view! {
                        <p class="finding-spec">
                            {format!("{rule} ")}
                            <a href=l.href rel="noreferrer" target="_blank">{l.text}</a>
                        </p>
                    })}
                    <p class="finding-code">
                        <code>{f.code}</code>
                    </p>
                </li>
            }
        })
        .collect_view();
    let ul = view! { <ul class="findings" aria-label=list.label>{items}</ul> };
    match list.title {
        Some(title) => view! { <Section kind="findings" title>{ul}</Section> }.into_any(),
        None => ul.into_any(),
    }
}

/// The sender-requirements checklist: a table of rules by provider.
#[component]
fn Requirements(list: Checklist) -> impl IntoView {
    let rows = list
        .rows
        .into_iter()
        .map(|r| {
            let cells = r
                .cells
                .into_iter()
                .map(|c| match c.status {
                    Some(s) => view! {
                        <td data-kind=c.provider>
                            <span class=format!("result result-{s}") data-status=s>{c.word}</span>
                        </td>
                    }
                    .into_any(),
                    None => {
                        view! { <td data-kind=c.provider data-status="not-asked">{c.word}</td> }
                            .into_any()
                    }
                })
                .collect_view();
            let fix = r.fix.map(|(text, l)| {
                view! {
                    <p class="requirements-fix">
                        {text}
                        {l.map(|l| view! { " " <a href=l.href>{l.text}</a> })}
                    </p>
                }
            });
            let asks = r
                .asks
                .into_iter()
                .map(|a| {
                    view! {
                        <li>
                            <strong>{a.provider}</strong>
                            ": "
                            {a.asks}
                            " "
                            <a href=a.href rel="noopener noreferrer" target="_blank">{a.host}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <tr id=r.id data-kind=r.kind data-status=r.status>
                    <th scope="row">{r.name}</th>
                    {cells}
                    <td>
                        <p>{r.seen}</p>
                        {fix}
                        <details>
                            <summary>{r.asks_title}</summary>
                            <ul>{asks}</ul>
                        </details>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="analyze-section analyze-requirements" data-kind="requirements">
            <h3>{list.title}</h3>
            <p>{list.intro}</p>
            <div class="table-scroll">
                <table class="requirements">
                    {head(list.heads)}
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="hint">{list.sources}</p>
        </section>
    }
}

/// A provider's rejection codes found in what was pasted, each pointing at
/// its checklist rows.
#[component]
fn BounceList(list: Bounces) -> impl IntoView {
    let items = list
        .items
        .into_iter()
        .map(|b| {
            let rows = b
                .rows
                .into_iter()
                .enumerate()
                .map(|(i, l)| view! { {(i > 0).then_some(", ")} {link(l)} })
                .collect_view();
            let code = b.code.clone();
            view! {
                <li data-code=code>
                    <code>{b.code}</code>
                    " "
                    {b.meaning}
                    {format!(" {} ", b.rows_label)}
                    {rows}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="analyze-section analyze-bounce" data-kind="bounce">
            <h3>{list.title}</h3>
            <ul>{items}</ul>
        </section>
    }
}
