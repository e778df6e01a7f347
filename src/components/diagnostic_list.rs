//! The lists of findings: the validator's, with buttons that show a
//! finding in the text and apply its fix ([`DiagnosticList`]), and the
//! generators' and the SPF live count's, without buttons
//! ([`plain_findings`]). Both lay each finding out with [`item`].

use crate::engine::Validation;
use crate::i18n::{common as shell_text, t, use_lang};
use leptos::prelude::*;
use selo::shown::{ShownFinding, ShownFix};
use selo::{Applicability, Lang, Severity, Span};

/// The icon and word of a severity: never colour alone.
pub fn severity_parts(s: Severity) -> (&'static str, crate::i18n::Text) {
    match s {
        Severity::Error => ("✖", shell_text::SEV_ERROR),
        Severity::Warning => ("⚠", shell_text::SEV_WARNING),
        Severity::Info => ("ℹ", shell_text::SEV_INFO),
    }
}

/// A severity's badge: its icon and word.
pub fn badge(s: Severity, l: Lang) -> impl IntoView + use<> {
    let (icon, word) = severity_parts(s);
    view! {
        <span class="sev-badge">
            <span aria-hidden="true">{icon}</span>
            " "
            {word.get(l)}
        </span>
    }
}

/// One finding: its severity (icon and word), `message`, help,
/// `secondary` places, rule link, `fix` and code.
fn item<M: IntoView, S: IntoView, F: IntoView>(
    d: &ShownFinding,
    l: Lang,
    message: M,
    secondary: S,
    fix: F,
) -> impl IntoView + use<M, S, F> {
    let spec = d.spec.clone().map(|s| {
        view! {
            <p class="finding-spec">
                {shell_text::SPEC.get(l)} " "
                <a href=s.url rel="noreferrer" target="_blank">{s.label}</a>
            </p>
        }
    });
    view! {
        <li class=format!("finding sev-{}", d.severity.as_str()) data-code=d.code.clone()>
            <p class="finding-head">{badge(d.severity, l)} " " {message}</p>
            <p class="finding-help">{d.help.get(l).to_string()}</p>
            {secondary}
            {spec}
            {fix}
            <p class="finding-code">
                <code>{d.code.clone()}</code>
            </p>
        </li>
    }
}

/// A fix shown as a suggestion: its title and the text it writes.
fn suggestion(fix: &ShownFix, l: Lang) -> impl IntoView + use<> {
    let changes = fix
        .edits
        .iter()
        .filter(|e| !e.replacement.is_empty())
        .map(|e| view! { " " <code>{e.replacement.clone()}</code> })
        .collect_view();
    view! {
        <p class="finding-suggestion">
            {shell_text::SUGGESTION.get(l)} " " {fix.title.get(l).to_string()} {changes}
        </p>
    }
}

/// A finding without buttons, and `extra` after its rule (a link).
pub fn plain_item(d: &ShownFinding, l: Lang, extra: Option<AnyView>) -> impl IntoView + use<> {
    let message = view! { <span class="finding-message">{d.message.get(l).to_string()}</span> };
    let fix = d.fix.as_ref().map(|f| suggestion(f, l));
    item(d, l, message, (), (fix, extra))
}

/// Findings without buttons, in a list named "Findings"; nothing when
/// there are none. Fixes are shown as suggestions.
pub fn plain_findings(list: &[ShownFinding], l: Lang) -> Option<AnyView> {
    (!list.is_empty()).then(|| {
        let items: Vec<_> = list.iter().map(|d| plain_item(d, l, None)).collect();
        view! { <ul class="findings" aria-label=shell_text::FINDINGS.get(l)>{items}</ul> }
            .into_any()
    })
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
    let one = move |d: ShownFinding| {
        let l = lang.get();
        let span = d.primary;
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
        let fix = d.fix.clone().map(|fix| {
            let title = fix.title.get(l).to_string();
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
                    {suggestion(&fix, l)}
                    <p class="finding-fix finding-fix-checked">
                        <button type="button" class="secondary apply-fix-checked" on:click=move |_| cb.run(fix.clone())>
                            {shell_text::APPLY_CHECKED.get(l)}
                        </button>
                        " "
                        <span class="hint">{shell_text::CHECK_FIRST.get(l)}</span>
                    </p>
                }
                .into_any(),
                (_, None) => suggestion(&fix, l).into_any(),
            }
        });
        item(&d, l, message, secondary, fix)
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
                    list.into_iter().map(one).collect_view().into_any()
                }
            }}
        </ul>
    }
}

/// The engine's findings about a generated record: "Checking…" until the
/// first answer, the list (or "No findings."), or why the engine cannot
/// answer.
#[component]
pub fn Findings(
    /// The engine's answer (see [`crate::engine::validation`]).
    validation: Validation,
) -> impl IntoView {
    let Validation { answer, pending } = validation;
    let lang = use_lang();
    let shown = move || {
        let l = lang.get();
        answer.with(|a| match a {
            None => view! { <p class="hint findings-pending">{shell_text::CHECKING.get(l)}</p> }
                .into_any(),
            Some(Err(_)) => view! {
                <p class="field-error engine-down" role="alert">{shell_text::ENGINE_DOWN.get(l)}</p>
            }
            .into_any(),
            Some(Ok(s)) => plain_findings(&s.findings, l).unwrap_or_else(|| {
                view! {
                    <ul class="findings" aria-label=shell_text::FINDINGS.get(l)>
                        <li class="finding-none">{shell_text::NO_FINDINGS.get(l)}</li>
                    </ul>
                }
                .into_any()
            }),
        })
    };
    view! {
        <div class="engine-findings" aria-busy=move || pending.get().to_string()>{shown}</div>
    }
}
