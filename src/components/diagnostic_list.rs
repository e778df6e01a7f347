//! The list of findings about a record.

use crate::dom::{self, h, tx};
use crate::engine::Validation;
use crate::i18n::{common as shell_text, t, use_lang};
use leptos::prelude::*;
use selo::Lang;
use selo::shown::{ShownFinding, ShownFix};
use selo::{Applicability, Severity, Span};
use web_sys::Node;

/// The icon and word of a severity: never colour alone.
pub fn severity_parts(s: Severity) -> (&'static str, crate::i18n::Text) {
    match s {
        Severity::Error => ("✖", shell_text::SEV_ERROR),
        Severity::Warning => ("⚠", shell_text::SEV_WARNING),
        Severity::Info => ("ℹ", shell_text::SEV_INFO),
    }
}

/// Findings, each with its severity (icon and word), message, help, rule
/// link and fix.
///
/// Safe fixes get an "Apply fix" button; fixes that may be wrong are shown
/// as suggestions, without a button.
#[component]
pub fn DiagnosticList(
    /// The findings, in input order.
    #[prop(into)]
    diagnostics: Signal<Vec<ShownFinding>>,
    /// The list's `id`, for an editor's `aria-describedby`.
    #[prop(optional)]
    id: Option<&'static str>,
    /// Called with a finding's span when the user asks to see it in the
    /// text; without it, messages are plain text.
    #[prop(optional, into)]
    on_select: Option<Callback<Span>>,
    /// Called with a Safe fix when the user applies it; without it, no fix
    /// button is shown.
    #[prop(optional, into)]
    on_fix: Option<Callback<ShownFix>>,
) -> impl IntoView {
    let lang = use_lang();
    let item = move |d: ShownFinding| {
        let l = lang.get();
        let (icon, word) = severity_parts(d.severity);
        let span = d.primary;
        let code = d.code.clone();
        let message = d.message.get(l).to_string();
        let message = match on_select {
            Some(cb) => view! {
                <button
                    type="button"
                    class="finding-message linklike"
                    title=shell_text::SHOW_IN_TEXT.get(l)
                    on:click=move |_| cb.run(span)
                >
                    {message}
                </button>
            }
            .into_any(),
            None => view! { <span class="finding-message">{message}</span> }.into_any(),
        };
        let secondary = match on_select {
            Some(cb) => d
                .secondary
                .iter()
                .map(|lab| {
                    let s = lab.span;
                    let note = lab
                        .note
                        .as_ref()
                        .map_or(shell_text::SEE_ALSO.get(l), |n| n.get(l))
                        .to_string();
                    view! {
                        <button type="button" class="finding-secondary linklike" on:click=move |_| cb.run(s)>
                            {note}
                        </button>
                    }
                })
                .collect_view()
                .into_any(),
            None => ().into_any(),
        };
        let spec = d.spec.map(|s| {
            view! {
                <p class="finding-spec">
                    {shell_text::SPEC.get(l)} " "
                    <a href=s.url rel="noreferrer" target="_blank">{s.label}</a>
                </p>
            }
        });
        let fix = d.fix.clone().map(|fix| {
            let title = fix.title.get(l).to_string();
            let replacement: Vec<String> = fix
                .edits
                .iter()
                .filter(|e| !e.replacement.is_empty())
                .map(|e| e.replacement.clone())
                .collect();
            let shown_change = replacement
                .into_iter()
                .map(|r| view! { " " <code>{r}</code> })
                .collect_view();
            match (fix.applicability, on_fix) {
                (Applicability::Safe, Some(cb)) => view! {
                    <p class="finding-fix">
                        <button type="button" class="apply-fix" on:click=move |_| cb.run(fix.clone())>
                            {shell_text::APPLY_FIX.get(l)} ": " {title}
                        </button>
                    </p>
                }
                .into_any(),
                // A fix a person should check: the change in view, its
                // caution, and a button that says so.
                (_, Some(cb)) => view! {
                    <p class="finding-suggestion">
                        {shell_text::SUGGESTION.get(l)} " " {title} {shown_change}
                    </p>
                    <p class="finding-fix finding-fix-checked">
                        <button type="button" class="secondary apply-fix-checked" on:click=move |_| cb.run(fix.clone())>
                            {shell_text::APPLY_CHECKED.get(l)}
                        </button>
                        " "
                        <span class="hint">{shell_text::CHECK_FIRST.get(l)}</span>
                    </p>
                }
                .into_any(),
                (_, None) => view! {
                    <p class="finding-suggestion">
                        {shell_text::SUGGESTION.get(l)} " " {title} {shown_change}
                    </p>
                }
                .into_any(),
            }
        });
        view! {
            <li class=format!("finding sev-{}", d.severity.as_str()) data-code=code>
                <p class="finding-head">
                    <span class="sev-badge">
                        <span aria-hidden="true">{icon}</span>
                        " "
                        {word.get(l)}
                    </span>
                    " "
                    {message}
                </p>
                <p class="finding-help">{d.help.get(l).to_string()}</p>
                {secondary}
                {spec}
                {fix}
                <p class="finding-code">
                    <code>{d.code}</code>
                </p>
            </li>
        }
    };
    view! {
        <ul class="findings" id=id aria-label=t(shell_text::FINDINGS)>
            {move || {
                // In the engine's order (`selo::shown`): errors first, then
                // warnings, then notes, each in text order.
                let list = diagnostics.get();
                if list.is_empty() {
                    view! { <li class="finding-none">{t(shell_text::NO_FINDINGS)}</li> }.into_any()
                } else {
                    list.into_iter().map(item).collect_view().into_any()
                }
            }}
        </ul>
    }
}

/// One finding as plain DOM, without buttons: severity (icon and word),
/// message, help, rule link, a fix as a suggestion, and the code. Built
/// with DOM calls (`crate::dom`), which cost the generators' modules far
/// less than [`DiagnosticList`]'s views.
fn plain_item(d: &ShownFinding, l: Lang) -> Node {
    let (icon, word) = severity_parts(d.severity);
    let badge = h(
        "span",
        &[("class", "sev-badge")],
        &[
            h("span", &[("aria-hidden", "true")], &[tx(icon)]),
            tx(&format!(" {}", word.get(l))),
        ],
    );
    let message = h(
        "span",
        &[("class", "finding-message")],
        &[tx(d.message.get(l))],
    );
    let mut kids = vec![
        h(
            "p",
            &[("class", "finding-head")],
            &[badge, tx(" "), message],
        ),
        h("p", &[("class", "finding-help")], &[tx(d.help.get(l))]),
    ];
    if let Some(s) = &d.spec {
        let link = h(
            "a",
            &[
                ("href", &s.url),
                ("rel", "noreferrer"),
                ("target", "_blank"),
            ],
            &[tx(&s.label)],
        );
        let said = format!("{} ", shell_text::SPEC.get(l));
        kids.push(h("p", &[("class", "finding-spec")], &[tx(&said), link]));
    }
    if let Some(f) = &d.fix {
        let said = format!("{} {}", shell_text::SUGGESTION.get(l), f.title.get(l));
        let mut p = vec![tx(&said)];
        for e in f.edits.iter().filter(|e| !e.replacement.is_empty()) {
            p.push(tx(" "));
            p.push(h("code", &[], &[tx(&e.replacement)]));
        }
        kids.push(h("p", &[("class", "finding-suggestion")], &p));
    }
    kids.push(h(
        "p",
        &[("class", "finding-code")],
        &[h("code", &[], &[tx(&d.code)])],
    ));
    let class = format!("finding sev-{}", d.severity.as_str());
    h("li", &[("class", &class), ("data-code", &d.code)], &kids)
}

/// The engine's findings about a generated record: "Checking…" until the
/// first answer, the list, or why the engine cannot answer.
#[component]
pub fn Findings(
    /// The engine's answer (see [`crate::engine::validation`]).
    validation: Validation,
) -> impl IntoView {
    let Validation { answer, pending } = validation;
    let lang = use_lang();
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let l = lang.get();
        let Some(host) = host.get() else {
            return;
        };
        let node = answer.with(|a| match a {
            None => h(
                "p",
                &[("class", "hint findings-pending")],
                &[tx(shell_text::CHECKING.get(l))],
            ),
            Some(Err(_)) => h(
                "p",
                &[("class", "field-error engine-down"), ("role", "alert")],
                &[tx(shell_text::ENGINE_DOWN.get(l))],
            ),
            Some(Ok(s)) => {
                let items: Vec<Node> = if s.findings.is_empty() {
                    let none = shell_text::NO_FINDINGS.get(l);
                    vec![h("li", &[("class", "finding-none")], &[tx(none)])]
                } else {
                    s.findings.iter().map(|d| plain_item(d, l)).collect()
                };
                let label = shell_text::FINDINGS.get(l);
                h(
                    "ul",
                    &[("class", "findings"), ("aria-label", label)],
                    &items,
                )
            }
        });
        dom::fill(&host, &[node]);
    });
    view! {
        <div class="engine-findings" aria-busy=move || pending.get().to_string() node_ref=host></div>
    }
}
