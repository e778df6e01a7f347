//! The check, laid out: the engine worker's view-models
//! ([`selo_boundary::check`]), whose words are already in the page's
//! language. Values from DNS or a web server are only ever text or
//! attribute values here, and a link goes only to this app, to an
//! `https://` address or to the list's CSV. The buttons carry their
//! `data-act`, which the result's one click handler asks the worker.

use crate::components::requirements::Requirements;
use leptos::prelude::*;
use selo_boundary::check::{
    Badge, Block, CheckView, Findings, History, Kept, Link, List, PolicyFile, Report, Section,
    Selector, SpfNode, Table,
};

/// `href` if it goes to this app, to an `https://` address or is the
/// list's CSV; else nothing (the link leads nowhere).
fn safe(href: String) -> Option<String> {
    ["?", "#", "https://", "data:text/csv;"]
        .iter()
        .any(|p| href.starts_with(p))
        .then_some(href)
}

/// A link; one to another site opens apart, without a referrer; the
/// validator's is a `check-validate` link.
fn a(l: Link) -> impl IntoView {
    let away = l.href.starts_with("https://");
    let class = l
        .href
        .starts_with("?page=validate#")
        .then_some("check-validate");
    view! {
        <a
            class=class
            href=safe(l.href)
            rel=away.then_some("noreferrer")
            target=away.then_some("_blank")
        >
            {l.text}
        </a>
    }
}

/// A status badge: the icon beside the word, never colour alone.
fn badge(b: Badge) -> impl IntoView {
    let icon = (!b.icon.is_empty()).then(|| view! { <span aria-hidden="true">{b.icon}</span> });
    let word = if icon.is_some() {
        format!(" {}", b.word)
    } else {
        b.word
    };
    view! {
        <span class=format!("check-status {}", b.class) data-status=b.status>
            {icon}
            {word}
        </span>
    }
}

/// The icon of a severity, beside its word.
fn icon(severity: &str) -> &'static str {
    match severity {
        "error" => "✖",
        "warning" => "⚠",
        _ => "ℹ",
    }
}

fn findings(list: Findings) -> impl IntoView {
    let items = list
        .items
        .into_iter()
        .map(|f| {
            let code = f.code.clone();
            view! {
                <li class=format!("finding sev-{}", f.severity) data-code=code>
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
                        <p class="finding-spec">{format!("{rule} ")} {a(l)}</p>
                    })}
                    {f.fix.map(|l| view! { <p class="finding-fix">{a(l)}</p> })}
                    <p class="finding-code">
                        <code>{f.code}</code>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="findings" aria-label=list.label>{items}</ul> }
}

fn class_of(class: String) -> Option<String> {
    (!class.is_empty()).then_some(class)
}

fn spf_node(n: SpfNode) -> AnyView {
    let record = match n.record {
        Ok(r) => view! { <code class="check-record">{r}</code> }.into_any(),
        Err(none) => view! { <em>{none}</em> }.into_any(),
    };
    let children = (!n.children.is_empty())
        .then(|| view! { <ul>{n.children.into_iter().map(spf_node).collect_view()}</ul> });
    view! {
        <li class="spf-node">
            <span class="spf-node-head">
                <strong>{n.domain}</strong>
                " · "
                <span class="spf-node-lookups">{n.lookups}</span>
            </span>
            " "
            {record}
            {n.findings.map(findings)}
            {children}
        </li>
    }
    .into_any()
}

fn blocks(list: Vec<Block>) -> impl IntoView {
    list.into_iter().map(block).collect_view()
}

fn block(b: Block) -> AnyView {
    match b {
        Block::Para { class, text } => view! { <p class=class_of(class)>{text}</p> }.into_any(),
        Block::Code {
            class,
            lead,
            code,
            tail,
        } => view! {
            <p class=class_of(class)>{lead} <code>{code}</code> {tail}</p>
        }
        .into_any(),
        Block::Records { label, items } => {
            let items = items
                .into_iter()
                .map(|(record, l)| {
                    view! {
                        <li>
                            <code class="check-record">{record}</code>
                            " "
                            {a(l)}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="check-label">{label}</p>
                <ul class="check-records">{items}</ul>
            }
            .into_any()
        }
        Block::Table {
            class,
            heads: [one, two],
            rows,
        } => {
            let rows = rows
                .into_iter()
                .map(|(name, b)| {
                    view! {
                        <tr>
                            <td>
                                <code>{name}</code>
                            </td>
                            <td>{badge(b)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class=class>
                    <thead>
                        <tr>
                            <th scope="col">{one}</th>
                            <th scope="col">{two}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
        Block::Findings(f) => findings(f).into_any(),
        Block::Links { class, links } => {
            let links = links
                .into_iter()
                .enumerate()
                .map(|(i, l)| view! { {(i > 0).then_some(" · ")} {a(l)} })
                .collect_view();
            view! { <p class=class_of(class)>{links}</p> }.into_any()
        }
        Block::Pre { class, text } => view! {
            <pre class=class>
                <code>{text}</code>
            </pre>
        }
        .into_any(),
        Block::SpfTree(n) => view! { <ul class="spf-tree">{spf_node(n)}</ul> }.into_any(),
        Block::Selector(s) => selector(s).into_any(),
        Block::PolicyFile(p) => policy_file(p).into_any(),
    }
}

fn selector(s: Selector) -> impl IntoView {
    let cname = s
        .cname
        .map(|c| view! { " " <span class="dkim-cname">{c}</span> });
    let name = s.selector.clone();
    view! {
        <div class="dkim-selector" data-selector=name>
            <h4>{format!("{} ", s.head)} <code>{s.selector}</code> " " {badge(s.badge)}</h4>
            <p>
                <code>{s.name}</code>
                {cname}
            </p>
            {blocks(s.blocks)}
        </div>
    }
}

fn policy_file(p: PolicyFile) -> impl IntoView {
    view! {
        <div class="sts-policy-file" data-status=p.status>
            <h4>{format!("{} ", p.head)} {badge(p.badge)}</h4>
            <p>
                <code>{p.url}</code>
            </p>
            {blocks(p.blocks)}
        </div>
    }
}

fn section(s: Section) -> impl IntoView {
    let id = format!("check-{}", s.kind);
    view! {
        <section class="check-section" data-kind=s.kind id=id>
            <h3>{format!("{} ", s.title)} {badge(s.badge)}</h3>
            {blocks(s.blocks)}
        </section>
    }
}

/// One domain's report: the verdict, the general findings, the summary,
/// the sections, the checklist.
fn report(r: Report) -> impl IntoView {
    let rows = r
        .summary
        .into_iter()
        .map(|row| {
            let name = if row.linked {
                let href = format!("#check-{}", row.kind);
                view! { <a href=href>{row.label}</a> }.into_any()
            } else {
                row.label.into_any()
            };
            let counts = (!row.counts.is_empty())
                .then(|| view! { " " <span class="check-counts">{row.counts}</span> });
            view! {
                <tr data-kind=row.kind>
                    <th scope="row">{name}</th>
                    <td>{badge(row.badge)} {counts}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="check-report">
            <p class="check-verdict" data-status=r.standing>
                <strong>{r.verdict}</strong>
            </p>
            <div class="check-general" data-exists=r.exists>
                {r.general.map(findings)}
            </div>
            <table class="check-summary">
                <caption>{r.caption}</caption>
                <tbody>{rows}</tbody>
            </table>
            {r.sections.into_iter().map(section).collect_view()}
            {r.requirements.map(|list| view! { <Requirements list class="check-requirements" /> })}
        </div>
    }
}

/// Checks are kept on this device only, and the button that forgets them.
fn kept(k: Kept) -> impl IntoView {
    view! {
        <p class="hint check-kept">
            {k.text}
            " "
            <button type="button" class="secondary" data-act="forget">{k.forget}</button>
            {k.forgotten.map(|f| view! { " " <strong role="status">{f}</strong> })}
        </p>
    }
}

fn history(h: History) -> impl IntoView {
    let drift = h.drift.map(|(summary, changes)| {
        let list = (!changes.is_empty()).then(|| {
            let items = changes
                .into_iter()
                .map(|c| view! { <li>{c}</li> })
                .collect_view();
            view! { <ul class="check-drift">{items}</ul> }
        });
        view! {
            <p class="check-drift-summary">
                <strong>{summary}</strong>
            </p>
            {list}
        }
    });
    view! {
        <div class="check-history">
            {drift}
            {kept(h.kept)}
        </div>
    }
}

fn table(t: Table) -> impl IntoView {
    let heads = t
        .heads
        .into_iter()
        .map(|h| {
            view! {
                <th scope="col" aria-sort=h.sort>
                    <button type="button" class="report-sort" data-act=h.act aria-label=h.sort_by>
                        {h.label}
                    </button>
                </th>
            }
        })
        .collect_view();
    let rows = t
        .rows
        .into_iter()
        .map(|r| {
            let cells = r
                .cells
                .into_iter()
                .map(|c| view! { <td data-status=c.status>{c.text}</td> })
                .collect_view();
            view! {
                <tr data-status=if r.changed { "changed" } else { "same" }>
                    <td>
                        <a href=safe(r.domain.href)>{r.domain.text}</a>
                    </td>
                    {cells}
                    <td data-kind="since">{r.since}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="check-many">
                <caption>{t.caption}</caption>
                <thead>
                    <tr>{heads}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A list of domains: the progress, then the table, what changed, the
/// CSV.
fn list(l: List) -> impl IntoView {
    let changes = l.changes.map(|(head, list)| {
        let items = list
            .into_iter()
            .map(|c| {
                view! {
                    <li>
                        <strong>{c.domain}</strong>
                        ": "
                        {c.summary}
                        <ul>{c.changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{head}</h3>
            <ul class="check-drift">{items}</ul>
        }
    });
    view! {
        <div class="check-many-result">
            <p class="check-many-progress">
                {l.progress}
                " "
                <progress max=l.total value=l.done></progress>
            </p>
            {l.table.map(table)}
            {l.more.map(|m| view! {
                <p>
                    <button type="button" class="secondary" data-act="more">{m}</button>
                </p>
            })}
            {changes}
            {l.csv.map(|c| view! {
                <p class="report-exports">
                    <a class="button-link" href=safe(c.href) download="selo-check.csv" data-kind="check-csv">
                        {c.text}
                    </a>
                </p>
            })}
            {l.kept.map(kept)}
        </div>
    }
}

/// What the worker sent, in one language.
pub fn shown(v: CheckView) -> impl IntoView {
    match v {
        CheckView::Nothing => ().into_any(),
        CheckView::One {
            history: h,
            report: r,
        } => view! { {h.map(history)} {report(r)} }.into_any(),
        CheckView::Many(l) => list(l).into_any(),
    }
}
