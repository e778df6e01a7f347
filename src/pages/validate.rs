//! The validator: paste anything, see what receivers will make of it.
//!
//! The text lives in the URL's fragment (percent-encoded), never in the
//! query, so a check can be shared as a link without the text reaching any
//! server's logs; the type override lives in the query (`&type=spf`).

use crate::Page;
use crate::components::{
    copy_button::CopyButton,
    diagnostic_list::DiagnosticList,
    explain_table::ExplainTable,
    fragment::{LINK_LIMIT, sync_fragment},
    record_editor::{RecordEditor, select_span},
};
use crate::engine;
use crate::i18n::{common as shell_text, fill, t, use_lang, validate as validate_text};
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::{query_signal, use_location};
use selo::shown::{Shown, ShownFix};
use selo::{Lang, RecordType, Severity, Span, Verdict};

/// Texts longer than this (in bytes) are checked only on request, so that
/// pasting a megabyte never freezes the page. Real records are under 4 KB.
pub const LIVE_LIMIT: usize = 64 * 1024;

const EXAMPLE: &str = "v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com";

/// Reads the text from a fragment like `#v%3DDMARC1...`.
fn decode_fragment(hash: &str) -> String {
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    if raw.is_empty() {
        return String::new();
    }
    js_sys::decode_uri_component(raw)
        .map(String::from)
        .unwrap_or_else(|_| raw.to_string())
}

fn counts(v: &Shown, l: Lang) -> String {
    let part = |n: usize, one: crate::i18n::Text, many: crate::i18n::Text| {
        if n == 1 {
            one.get(l).to_string()
        } else {
            fill(many.get(l), &[("n", &n.to_string())])
        }
    };
    [
        part(
            v.count(Severity::Error),
            validate_text::ERRORS_1,
            validate_text::ERRORS_N,
        ),
        part(
            v.count(Severity::Warning),
            validate_text::WARNINGS_1,
            validate_text::WARNINGS_N,
        ),
        part(
            v.count(Severity::Info),
            validate_text::NOTES_1,
            validate_text::NOTES_N,
        ),
    ]
    .join(", ")
}

/// The generator that writes records of `kind`.
fn generator(kind: RecordType) -> Page {
    match kind {
        RecordType::Dmarc | RecordType::DmarcReportAuth => Page::GenDmarc,
        RecordType::Spf => Page::GenSpf,
        RecordType::Dkim => Page::GenDkim,
        RecordType::Bimi => Page::GenBimi,
        RecordType::MtaSts | RecordType::MtaStsPolicy => Page::GenMtaSts,
        RecordType::TlsRpt => Page::GenTlsRpt,
    }
}

/// The validator page.
#[component]
pub fn ValidatePage() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();

    let text = RwSignal::new(location.hash.with_untracked(|h| decode_fragment(h)));
    let (type_param, set_type_param) = query_signal::<String>("type");
    let chosen = Memo::new(move |_| type_param.get().and_then(|s| s.parse::<RecordType>().ok()));
    let check_anyway = RwSignal::new(false);
    let size = Memo::new(move |_| text.with(String::len));
    let too_long = Memo::new(move |_| size.get() > LIVE_LIMIT && !check_anyway.get());

    let engine::Validation { answer, pending } =
        engine::validation::<selo::shown::Shown>(move || {
            if too_long.get() {
                return None;
            }
            let kind = chosen.get();
            text.with(|t| (!t.trim().is_empty()).then(|| (t.clone(), kind)))
        });
    // The latest answer about the current text (none while the text is
    // empty or too long to check live).
    let checked = Memo::new(move |_| {
        let asked = !too_long.get() && text.with(|t| !t.trim().is_empty());
        answer.with(|a| match a {
            Some(Ok(s)) if asked => Some(s.clone()),
            _ => None,
        })
    });
    let down = Memo::new(move |_| answer.with(|a| matches!(a, Some(Err(_)))));
    let diagnostics = Signal::derive(move || {
        checked.with(|c| c.as_ref().map(|c| c.findings.clone()).unwrap_or_default())
    });
    let invalid = Signal::derive(move || {
        checked.with(|c| c.as_ref().is_some_and(|c| c.count(Severity::Error) > 0))
    });
    let explanations = Signal::derive(move || {
        checked.with(|c| {
            c.as_ref()
                .map(|c| c.explanation.clone())
                .unwrap_or_default()
        })
    });

    // Keep the fragment in step with the text.
    sync_fragment(text);

    // Follow the fragment when it changes under us (back, forward, a link
    // pasted into the address bar).
    Effect::new(move |_| {
        let from_url = location.hash.with(|h| decode_fragment(h));
        if !from_url.is_empty() && text.with_untracked(|t| *t != from_url) {
            text.set(from_url);
        }
    });

    let area = NodeRef::<html::Textarea>::new();
    let on_select = Callback::new(move |span: Span| {
        if let Some(el) = area.get_untracked() {
            text.with_untracked(|t| select_span(&el, t, span));
        }
    });
    // Set once a fix was applied: the text is then a corrected record to
    // copy, once the engine finds no error left in it.
    let fixed = RwSignal::new(false);
    // A fix's edits are byte ranges into the text its answer was about:
    // while a newer text waits for its answer, they would land in the wrong
    // places, so nothing is applied until the answer catches up.
    let on_fix = Callback::new(move |fix: ShownFix| {
        if pending.get_untracked() {
            return;
        }
        let after = text.with_untracked(|t| fix.apply(t));
        // A fix to check is applied only once the person has read the text
        // it gives and agreed.
        let agreed = fix.applicability == selo::Applicability::Safe || {
            let l = lang.get_untracked();
            let mut change = fix.title.get(l).to_string();
            for e in fix.edits.iter().filter(|e| !e.replacement.is_empty()) {
                change = change + " " + &e.replacement;
            }
            let reads = validate_text::CONFIRM_READS.get(l);
            let apply = validate_text::CONFIRM_APPLY.get(l);
            let question = format!("{change}\n\n{reads}\n\n{after}\n\n{apply}");
            window().confirm_with_message(&question).unwrap_or(false)
        };
        if !agreed {
            return;
        }
        text.set(after);
        fixed.set(true);
        if let Some(el) = area.get_untracked() {
            let _ = el.focus();
        }
    });

    // Every safe fix of the latest answer, applied together (edits that
    // would overlap an earlier one are left for the next round).
    let safe_fixes = Memo::new(move |_| {
        checked.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.findings
                        .iter()
                        .filter_map(|f| f.fix.as_ref())
                        .filter(|f| f.applicability == selo::Applicability::Safe)
                        .count()
                })
                .unwrap_or(0)
        })
    });
    let apply_all = move |_| {
        let Some(c) = checked.get_untracked() else {
            return;
        };
        let edits = c
            .findings
            .iter()
            .filter_map(|f| f.fix.as_ref())
            .filter(|f| f.applicability == selo::Applicability::Safe)
            .flat_map(|f| f.edits.iter().cloned())
            .collect();
        let all = ShownFix {
            title: Default::default(),
            edits,
            applicability: selo::Applicability::Safe,
        };
        on_fix.run(all);
    };

    let type_status = move || {
        let l = lang.get();
        let label = |k: RecordType| k.label().get(l);
        match (chosen.get(), checked.get()) {
            (Some(k), _) => fill(validate_text::CHOSEN.get(l), &[("type", label(k))]),
            (None, Some(c)) => match c.kind {
                Some(k) => fill(validate_text::DETECTED.get(l), &[("type", label(k))]),
                None => validate_text::NOT_DETECTED.get(l).to_string(),
            },
            (None, None) => String::new(),
        }
    };
    let summary = move || {
        let l = lang.get();
        if too_long.get() {
            let size = size.get().to_string();
            let limit = LIVE_LIMIT.to_string();
            return fill(
                validate_text::TOO_LONG.get(l),
                &[("size", &size), ("limit", &limit)],
            );
        }
        if down.get() {
            return shell_text::ENGINE_DOWN.get(l).to_string();
        }
        let empty = text.with(|t| t.trim().is_empty());
        match checked.get() {
            None if empty => validate_text::EMPTY.get(l).to_string(),
            None => shell_text::CHECKING.get(l).to_string(),
            Some(c) => {
                let n = counts(&c, l);
                let said = match (c.kind, c.verdict) {
                    (None, _) if c.findings.iter().any(|f| f.page.is_some()) => {
                        return validate_text::SUMMARY_LOG.get(l).to_string();
                    }
                    (None, _) => validate_text::SUMMARY_UNKNOWN,
                    (Some(_), Verdict::Dangerous) => validate_text::SUMMARY_DANGEROUS,
                    (Some(_), Verdict::Caution) => validate_text::SUMMARY_CAUTION,
                    (Some(_), Verdict::Valid) => validate_text::SUMMARY_VALID,
                    (Some(_), Verdict::Invalid) => validate_text::SUMMARY_INVALID,
                };
                let kind = c.kind.map(|k| k.label().get(l)).unwrap_or_default();
                fill(said.get(l), &[("type", kind), ("counts", &n)])
            }
        }
    };
    let summary_class = move || {
        let state = match checked.get() {
            _ if too_long.get() => "notice",
            _ if down.get() => "invalid",
            None => "empty",
            Some(c) if c.kind.is_none() && c.findings.iter().any(|f| f.page.is_some()) => "log",
            Some(c) => match c.verdict {
                Verdict::Valid => "valid",
                Verdict::Caution => "caution",
                Verdict::Dangerous => "dangerous",
                Verdict::Invalid => "invalid",
            },
        };
        format!("summary summary-{state}")
    };

    view! {
        <h1>{t(validate_text::TITLE)}</h1>
        <p>{t(validate_text::INTRO)}</p>
        <div class="field">
            <label for="record-input">{t(validate_text::INPUT_LABEL)}</label>
            <RecordEditor
                value=text
                diagnostics=diagnostics
                highlight=Signal::derive(move || !too_long.get())
                invalid=invalid
                id="record-input"
                describedby="validate-summary findings"
                node_ref=area
            />
        </div>
        <div class="toolbar">
            <div class="field-inline">
                <label for="record-type">{t(validate_text::TYPE_LABEL)}</label>
                <select
                    id="record-type"
                    prop:value=move || chosen.get().map(RecordType::as_str).unwrap_or_default()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set_type_param.set((!v.is_empty()).then_some(v));
                    }
                >
                    <option value="">{t(validate_text::TYPE_AUTO)}</option>
                    {RecordType::ALL
                        .into_iter()
                        .map(|k| view! { <option value=k.as_str()>{move || k.label().get(lang.get())}</option> })
                        .collect_view()}
                </select>
            </div>
            <p class="detected" data-testid="detected">{type_status}</p>
            <button type="button" class="secondary" on:click=move |_| text.set(EXAMPLE.to_string())>
                {t(validate_text::EXAMPLE)}
            </button>
        </div>
        <Show when=move || { size.get() > LINK_LIMIT }>
            <p class="hint">{t(validate_text::NOT_IN_LINK)}</p>
        </Show>
        <div class="results" aria-live="polite" aria-busy=move || pending.get().to_string()>
            <p id="validate-summary" class=summary_class data-testid="summary">{summary}</p>
            <Show when=move || too_long.get()>
                <button type="button" on:click=move |_| check_anyway.set(true)>
                    {t(validate_text::CHECK_ANYWAY)}
                </button>
            </Show>
            <Show when=move || { safe_fixes.get() > 1 }>
                <p class="apply-all">
                    <button type="button" class="apply-all-fixes" on:click=apply_all>
                        {move || fill(
                            shell_text::APPLY_ALL.get(lang.get()),
                            &[("n", &safe_fixes.get().to_string())],
                        )}
                    </button>
                </p>
            </Show>
            <Show when=move || checked.with(Option::is_some)>
                <DiagnosticList
                    diagnostics=diagnostics
                    id="findings"
                    on_select=on_select
                    on_fix=on_fix
                />
            </Show>
            {move || {
                // The generator of the detected type or, for a pasted log
                // line, the page that fixes what it reports.
                let l = lang.get();
                let (href, said, page, testid) = checked.with(|c| {
                    let c = c.as_ref()?;
                    Some(match c.kind {
                        Some(k) => (
                            c.generator.clone().unwrap_or_else(|| generator(k).href()),
                            validate_text::OPEN_GENERATOR,
                            generator(k),
                            "open-generator",
                        ),
                        None => {
                            let page = c.findings.iter().find_map(|f| f.page.as_deref())?;
                            let page = Page::from_slug(page);
                            (page.href(), validate_text::FIX_ON, page, "fix-page")
                        }
                    })
                })?;
                let label = fill(said.get(l), &[("page", page.title().get(l))]);
                Some(view! {
                    <p class="next-step">
                        <a href=href data-testid=testid>{label}</a>
                    </p>
                })
            }}
            // Only a text the engine found no error in is offered as the
            // corrected record.
            <Show when=move || {
                fixed.get() && !pending.get() && checked.with(|c| c.as_ref().is_some_and(|c| c.valid))
            }>
                <div class="corrected" data-testid="corrected">
                    <p>{t(validate_text::CORRECTED)}</p>
                    <code class="record-text">{text}</code>
                    <CopyButton text=text what=validate_text::CORRECTED_WHAT />
                </div>
            </Show>
        </div>
        <Show when=move || explanations.with(|e| !e.is_empty())>
            <ExplainTable rows=explanations />
        </Show>
        <p class="hint">{t(validate_text::SHARE_HINT)}</p>
    }
}
