//! The DMARC generator: every RFC 9989 tag, explained, with a guided
//! roll-out and the external report authorisation records (RFC 9990).
//!
//! The form lives in the query (`?page=dmarc&domain=...&p=reject&rua=...`);
//! the record is built with the engine's [`Dmarc`] model and written by its
//! `Display`.

use crate::components::record_output::{EmptyOutput, RecordOutput};
use crate::components::{
    check_field::CheckField,
    domain_field::Domain,
    form_notices::FormNotices,
    generator_page::{Fields, GeneratorPage, Output, show_output},
    list_field::ListField,
    query_select::QuerySelect,
    text_field::{QueryFlag, QueryText, filled},
};
use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::{
    common as shell_text, fill, gen_dmarc as dmarc_text, gen_forms as form_text, t, use_lang,
};
use leptos::prelude::*;
use selo::RecordType;
use selo::dmarc::{self, Alignment, Dmarc, FailureOption, Policy, Psd, ReportAuth, ReportUri};

fn report_uri(s: &str) -> Result<ReportUri, selo::uri::UriProblem> {
    ReportUri::from_input(s)
}

fn check_uri(s: &str) -> Option<Said> {
    report_uri(s).err().map(|e| Said::engine(&e))
}

/// The list of report addresses of `rua` or `ruf`, each row checked as a
/// DMARC report URI.
fn report_addresses(
    id: &'static str,
    (legend, hint): (Text, Text),
    store: QueryText,
    placeholder: &'static str,
) -> impl IntoView {
    view! {
        <ListField
            id=id
            legend=legend
            hint=hint
            store=store
            errors=store.row_errors(check_uri)
            placeholder=placeholder
        />
    }
}

fn policy_of(s: &str) -> Option<Policy> {
    Policy::try_from(s).ok()
}

/// The options of `adkim` and `aspf`: relaxed (the default, left out) or
/// strict.
fn alignments() -> Vec<(&'static str, Text)> {
    vec![("", dmarc_text::RELAXED), ("s", dmarc_text::STRICT)]
}

/// A `<select>` bound to a query value; options are (value, label).
#[component]
fn Choice(
    id: &'static str,
    label: Text,
    hint: Text,
    store: QueryText,
    options: Vec<(&'static str, Text)>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <QuerySelect id=id label=label hint=hint store=store>
            {options
                .into_iter()
                .map(|(v, l)| {
                    view! {
                        <option value=v selected=move || store.get() == v>
                            {move || l.get(lang.get())}
                        </option>
                    }
                })
                .collect_view()}
        </QuerySelect>
    }
}

/// The DMARC generator page.
#[component]
pub fn GenDmarcPage() -> impl IntoView {
    let lang = use_lang();
    let field = Domain::from_query();
    let parsed_domain = field.parsed;
    let p = QueryText::new("p");
    let sp = QueryText::new("sp");
    let np = QueryText::new("np");
    let psd = QueryText::new("psd");
    let testing = QueryFlag::with_word("t", "y");
    let adkim = QueryText::new("adkim");
    let aspf = QueryText::new("aspf");
    let fo = QueryText::new("fo");
    let rua = QueryText::new("rua");
    let ruf = QueryText::new("ruf");

    let policy = Memo::new(move |_| policy_of(&p.get()).unwrap_or(Policy::None));

    let record = Memo::new(move |_| {
        let fo_text = fo.get();
        Dmarc {
            subdomain_policy: policy_of(&sp.get()),
            nonexistent_policy: policy_of(&np.get()),
            psd: Psd::try_from(psd.get().as_str()).ok(),
            testing: testing.get().then_some(true),
            adkim: (adkim.get() == "s").then_some(Alignment::Strict),
            aspf: (aspf.get() == "s").then_some(Alignment::Strict),
            failure_options: FailureOption::list(&fo_text).unwrap_or_default(),
            rua: filled(&rua.rows())
                .filter_map(|s| report_uri(s).ok())
                .collect(),
            ruf: filled(&ruf.rows())
                .filter_map(|s| report_uri(s).ok())
                .collect(),
            ..Dmarc::new(policy.get())
        }
    });
    let left_out = Memo::new(move |_| {
        let (a, b) = (rua.rows(), ruf.rows());
        filled(&a).chain(filled(&b)).any(|s| report_uri(s).is_err())
    });
    let value = Signal::derive(move || record.with(ToString::to_string));
    let owner = Signal::derive(move || match parsed_domain.get() {
        Some(Ok(d)) => dmarc::owner_name(&d).map_or_else(
            |e| selo::Localized::message_in(&e, lang.get()),
            |o| o.to_string(),
        ),
        _ => dmarc_text::OWNER_PLACEHOLDER.get(lang.get()).to_string(),
    });
    let external = Memo::new(move |_| match parsed_domain.get() {
        Some(Ok(d)) => record.with(|r| {
            dmarc::external_destinations(r, &d)
                .into_iter()
                .map(|dest| {
                    (
                        dest.to_string(),
                        dmarc::report_auth_owner(&d, &dest).map_or_else(
                            |e| selo::Localized::message_in(&e, lang.get()),
                            |o| o.to_string(),
                        ),
                    )
                })
                .collect::<Vec<_>>()
        }),
        _ => Vec::new(),
    });
    let auth_value = ReportAuth::default().to_string();

    let radio = move |v: Policy, label: Text| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="dmarc-p"
                    value=v.as_str()
                    prop:checked=move || policy.get() == v
                    on:change=move |_| p.set(v.as_str().to_string())
                />
                {t(label)}
            </label>
        }
    };
    let fo_box = move |o: FailureOption, label: Text| {
        let on = move || {
            FailureOption::list(&fo.get())
                .unwrap_or_default()
                .contains(&o)
        };
        view! {
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=on
                    on:change=move |ev| {
                        let cur = FailureOption::list(&fo.get_untracked()).unwrap_or_default();
                        fo.set(FailureOption::join(&o.toggled(&cur, event_target_checked(&ev))));
                    }
                />
                {t(label)}
            </label>
        }
    };
    let stage = move |v: Policy, title: Text, text: Text| {
        view! {
            <li class="stage" class:current=move || policy.get() == v>
                <h3>{t(title)}</h3>
                <p>{t(text)}</p>
                <button
                    type="button"
                    aria-pressed=move || if policy.get() == v { "true" } else { "false" }
                    on:click=move |_| {
                        p.set(v.as_str().to_string());
                        show_output();
                    }
                >
                    {move || format!("{}: p={}", dmarc_text::USE_STAGE.get(lang.get()), v.as_str())}
                </button>
            </li>
        }
    };
    let policies = |first: Text| {
        vec![
            ("", first),
            ("none", Text::same("none")),
            ("quarantine", Text::same("quarantine")),
            ("reject", Text::same("reject")),
        ]
    };

    view! {
        <GeneratorPage page=crate::Page::GenDmarc intro=dmarc_text::INTRO domain=field>
            <Fields slot>
                <fieldset class="choices" aria-describedby="dmarc-p-hint">
                    <legend>{t(dmarc_text::P_LEGEND)}</legend>
                    <p class="hint" id="dmarc-p-hint">{t(dmarc_text::P_HINT)}</p>
                    {radio(Policy::None, dmarc_text::P_NONE)}
                    {radio(Policy::Quarantine, dmarc_text::P_QUARANTINE)}
                    {radio(Policy::Reject, dmarc_text::P_REJECT)}
                </fieldset>
                <CheckField
                    id="dmarc-t"
                    label=dmarc_text::T_LABEL
                    hint=dmarc_text::T_HINT
                    flag=testing
                />
                {report_addresses("dmarc-rua", (dmarc_text::RUA_LEGEND, dmarc_text::RUA_HINT), rua, "dmarc-reports@example.com")}
                <Choice id="dmarc-sp" label=dmarc_text::SP_LABEL hint=dmarc_text::SP_HINT store=sp options=policies(dmarc_text::SAME_AS_P) />
                <Choice id="dmarc-np" label=dmarc_text::NP_LABEL hint=dmarc_text::NP_HINT store=np options=policies(dmarc_text::SAME_AS_SP) />
                <Choice id="dmarc-adkim" label=dmarc_text::ADKIM_LABEL hint=dmarc_text::ADKIM_HINT store=adkim options=alignments() />
                <Choice id="dmarc-aspf" label=dmarc_text::ASPF_LABEL hint=dmarc_text::ASPF_HINT store=aspf options=alignments() />
                {report_addresses("dmarc-ruf", (dmarc_text::RUF_LEGEND, dmarc_text::RUF_HINT), ruf, "dmarc-failures@example.com")}
                <fieldset class="choices" aria-describedby="dmarc-fo-hint">
                    <legend>{t(dmarc_text::FO_LEGEND)}</legend>
                    <p class="hint" id="dmarc-fo-hint">{t(dmarc_text::FO_HINT)}</p>
                    {fo_box(FailureOption::All, dmarc_text::FO_0)}
                    {fo_box(FailureOption::Any, dmarc_text::FO_1)}
                    {fo_box(FailureOption::Dkim, dmarc_text::FO_D)}
                    {fo_box(FailureOption::Spf, dmarc_text::FO_S)}
                </fieldset>
                <details class="advanced">
                    <summary>{t(form_text::ADVANCED)}</summary>
                    <Choice
                        id="dmarc-psd"
                        label=dmarc_text::PSD_LABEL
                        hint=dmarc_text::PSD_HINT
                        store=psd
                        options=vec![("", form_text::DEFAULT_NOT_SET), ("y", dmarc_text::PSD_Y), ("n", dmarc_text::PSD_N), ("u", dmarc_text::PSD_U)]
                    />
                </details>
            </Fields>
            <section class="rollout" aria-labelledby="rollout-heading">
                <h2 id="rollout-heading">{t(dmarc_text::ROLLOUT_HEADING)}</h2>
                <p>{t(dmarc_text::ROLLOUT_INTRO)}</p>
                <ol class="stages">
                    {stage(Policy::None, dmarc_text::STAGE1, dmarc_text::STAGE1_TEXT)}
                    {stage(Policy::Quarantine, dmarc_text::STAGE2, dmarc_text::STAGE2_TEXT)}
                    {stage(Policy::Reject, dmarc_text::STAGE3, dmarc_text::STAGE3_TEXT)}
                </ol>
            </section>
            <FormNotices left_out=left_out />
            <Output slot value=Signal::derive(move || Some(value.get())) what=shell_text::OUT_VALUE>
            <EmptyOutput needed=Signal::derive(move || field.needed()) />
            <RecordOutput kind=RecordType::Dmarc owner=owner value=value domain=field.name() />
            {move || {
                external.get().into_iter().map(|(dest, auth_owner)| {
                    let v = auth_value.clone();
                    view! {
                        <section class="external-auth" data-testid="external-auth">
                            <h2>{t(dmarc_text::EXT_HEADING)}</h2>
                            <p>{move || fill(dmarc_text::EXT_INTRO.get(lang.get()), &[("dest", &dest)])}</p>
                            <RecordOutput
                                kind=RecordType::DmarcReportAuth
                                owner=Signal::derive(move || auth_owner.clone())
                                value=Signal::derive(move || v.clone())
                            />
                        </section>
                    }
                }).collect_view()
            }}
            </Output>
        </GeneratorPage>
    }
}
