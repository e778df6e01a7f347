//! The MTA-STS generator: the `_mta-sts` record, the policy file (shown,
//! copied, downloaded as `mta-sts.txt`), how to publish it, and the TLS-RPT
//! record beside it.

use crate::components::{
    copy_button::CopyButton,
    diagnostic_list::Findings,
    domain_field::Domain,
    download_link::DownloadLink,
    generator_page::{Fields, GeneratorPage, Output},
    list_field::ListField,
    query_select::QuerySelect,
    record_output::{EmptyOutput, fixed_record_output},
    text_field::QueryText,
    tls_rpt_form::{TlsRptFields, TlsRptOutput, TlsRptState},
};
use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::{
    common as shell_text, fill, gen_forms as form_text, gen_mta_sts as mta_sts_text, t, use_lang,
};
use leptos::prelude::*;
use selo::RecordType;
use selo::mta_sts::{self, MaxAge, Mode, MtaStsPolicy, MtaStsRecord, MxPattern, StsId};

/// The max_age choices, in seconds.
const MAX_AGES: [(u64, Text); 4] = [
    (86_400, mta_sts_text::MAX_AGE_DAY),
    (604_800, mta_sts_text::MAX_AGE_WEEK),
    (2_592_000, mta_sts_text::MAX_AGE_MONTH),
    (mta_sts::MAX_AGE_LIMIT, mta_sts_text::MAX_AGE_YEAR),
];

const MODES: [(Mode, Text); 3] = [
    (Mode::Testing, mta_sts_text::MODE_TESTING),
    (Mode::Enforce, mta_sts_text::MODE_ENFORCE),
    (Mode::None, mta_sts_text::MODE_NONE),
];

/// nginx server block; `{host}` is `mta-sts.<domain>`.
const NGINX: &str = "server {
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name {host};
    ssl_certificate     /etc/letsencrypt/live/{host}/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/{host}/privkey.pem;
    root /var/www/mta-sts;

    location = /.well-known/mta-sts.txt {
        default_type text/plain;
        try_files $uri =404;
    }
    location / {
        return 404;
    }
}";

/// Caddyfile site block.
const CADDY: &str = "{host} {
    root * /var/www/mta-sts
    @policy path /.well-known/mta-sts.txt
    header @policy Content-Type \"text/plain; charset=utf-8\"
    file_server
}";

/// The files of a static site.
const STATIC_TREE: &str = "mta-sts-site/
├── .nojekyll
└── .well-known/
    └── mta-sts.txt";

/// The current time as an id.
fn fresh_id() -> StsId {
    let seconds = (js_sys::Date::now() / 1000.0).max(0.0) as u64;
    mta_sts::new_id(seconds)
}

/// The policy, or why it cannot be written yet.
#[derive(Clone, PartialEq)]
struct Built {
    mx_errors: Vec<Option<Said>>,
    /// The engine's note when it removed a final dot from a name.
    mx_note: Option<selo::Text>,
    missing_mx: bool,
    policy: Option<MtaStsPolicy>,
}

fn build(mode: Mode, max_age: MaxAge, rows: &[String]) -> Built {
    let mut mx_errors = Vec::new();
    let mut mx_note = None;
    let mut policy = MtaStsPolicy::new(mode, max_age);
    for row in rows {
        if row.trim().is_empty() {
            mx_errors.push(None);
            continue;
        }
        // A final dot is removed by the engine, as on the command line.
        match MxPattern::read(row) {
            Ok((p, note)) => {
                mx_note = mx_note.or(note);
                mx_errors.push(None);
                policy = policy.with_mx(p);
            }
            Err(e) => mx_errors.push(Some(Said::engine(&e))),
        }
    }
    let missing_mx = policy.check().is_err();
    let ok = !missing_mx && mx_errors.iter().all(Option::is_none);
    Built {
        mx_errors,
        mx_note,
        missing_mx,
        policy: ok.then_some(policy),
    }
}

/// The MTA-STS generator page.
#[component]
pub fn GenMtaStsPage() -> impl IntoView {
    let lang = use_lang();
    let field = Domain::from_query();
    let domain = field.valid;
    let tls = TlsRptState::new(domain.into());

    // The id: from the link, else a fresh one written into the link so a
    // shared link keeps it.
    let id_q = QueryText::new("id");
    let id = Memo::new(move |_| id_q.param().and_then(|s| StsId::try_from(s.as_str()).ok()));
    if id.get_untracked().is_none() {
        id_q.set(fresh_id().to_string());
    }
    let new_id = move |_| id_q.set(fresh_id().to_string());
    let record = Memo::new(move |_| id.get().map(|i| MtaStsRecord::new(i).to_string()));

    let mode_q = QueryText::new("mode");
    let mode = Memo::new(move |_| {
        mode_q
            .param()
            .and_then(|s| Mode::from_keyword(&s))
            .unwrap_or(Mode::Testing)
    });
    let age_q = QueryText::new("max_age");
    let max_age = Memo::new(move |_| {
        age_q
            .param()
            .and_then(|s| s.parse::<u64>().ok())
            .and_then(|n| MaxAge::try_from(n).ok())
            .unwrap_or_else(|| MaxAge::try_from(86_400).expect("one day is allowed"))
    });
    let custom_age = move || {
        let n = max_age.get().seconds();
        (!MAX_AGES.iter().any(|(s, _)| *s == n)).then_some(n)
    };
    let mx_q = QueryText::new("mx");
    let mx_rows = Memo::new(move |_| mx_q.rows());
    // Touched once the field was left or typed in, or when the link
    // already holds lines.
    let mx_touched = RwSignal::new(mx_q.param().is_some());
    Effect::new(move |first: Option<()>| {
        mx_rows.track();
        if first.is_some() {
            mx_touched.set(true);
        }
    });
    let built = Memo::new(move |_| mx_rows.with(|r| build(mode.get(), max_age.get(), r)));
    let mx_errors = Signal::derive(move || {
        built.with(|b| {
            let mut e = b.mx_errors.clone();
            // "Needs an mx line" only when no line says something better,
            // and not before the user has been in the field.
            if b.missing_mx && mx_touched.get() && e.iter().all(Option::is_none) {
                if e.is_empty() {
                    e.push(None);
                }
                e[0] = Some(form_text::ERR_MX_MISSING.into());
            }
            e
        })
    });
    let policy_text =
        Memo::new(move |_| built.with(|b| b.policy.as_ref().map(ToString::to_string)));
    let policy_text_or_empty = Signal::derive(move || policy_text.get().unwrap_or_default());
    let policy_answer = crate::engine::validation(move || {
        policy_text
            .get()
            .map(|p| (p, Some(RecordType::MtaStsPolicy)))
    });

    let host = Memo::new(move |_| {
        domain
            .get()
            .and_then(|d| mta_sts::policy_host(&d).ok())
            .map(|h| h.to_string())
            .unwrap_or_else(|| format!("mta-sts.{}", mta_sts_text::YOUR_DOMAIN.get(lang.get())))
    });
    let domain_words = move || {
        domain
            .get()
            .map(|d| d.to_string())
            .unwrap_or_else(|| mta_sts_text::YOUR_DOMAIN.get(lang.get()).to_string())
    };
    let url = move || format!("https://{}/.well-known/mta-sts.txt", host.get());
    let with_domain =
        move |text: Text| move || fill(text.get(lang.get()), &[("domain", &domain_words())]);
    let nginx = move || NGINX.replace("{host}", &host.get());
    let caddy = move || CADDY.replace("{host}", &host.get());

    // (A memo and an `Option` rather than `Show`, which costs the module
    // more.)
    let has_tls = Memo::new(move |_| tls.value.with(Option::is_some));
    view! {
        <GeneratorPage page=crate::Page::GenMtaSts intro=mta_sts_text::INTRO domain=field>
            <Fields slot>

                <h2>{t(mta_sts_text::RECORD_HEADING)}</h2>
                <p>{t(mta_sts_text::RECORD_HELP)}</p>
                <div class="field id-field">
                    <span class="id-label">{t(mta_sts_text::ID_LABEL)} ": "</span>
                    <code data-testid="sts-id">{move || id.get().map(|i| i.to_string())}</code>
                    " "
                    <button type="button" class="secondary" on:click=new_id data-testid="new-id">
                        {t(mta_sts_text::NEW_ID)}
                    </button>
                    <p class="hint">{t(mta_sts_text::ID_WHY)}</p>
                </div>
                <h2>{t(mta_sts_text::POLICY_HEADING)}</h2>
                <QuerySelect
                    id="mode"
                    label=mta_sts_text::MODE_LABEL
                    hint=mta_sts_text::MODE_HINT
                    store=mode_q
                    default="testing"
                >
                    {MODES
                        .iter()
                        .map(|(md, label)| {
                            let md = *md;
                            let label = *label;
                            view! {
                                <option value=md.as_str() selected=move || mode.get() == md>
                                    {move || label.get(lang.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </QuerySelect>
                <div class="list-field-wrap" on:focusout=move |_| mx_touched.set(true)>
                <ListField
                    id="mx"
                    legend=mta_sts_text::MX_LEGEND
                    hint=mta_sts_text::MX_HINT
                    store=mx_q
                    errors=mx_errors
                    placeholder="mail.example.com"
                />
                </div>
                {move || {
                    built
                        .with(|b| b.mx_note)
                        .map(|n| {
                            view! {
                                <p class="hint" role="status" data-testid="mx-note">
                                    {move || n.get(lang.get())}
                                </p>
                            }
                        })
                }}
                <QuerySelect
                    id="max-age"
                    label=mta_sts_text::MAX_AGE_LABEL
                    hint=mta_sts_text::MAX_AGE_HINT
                    store=age_q
                    default="86400"
                >
                    {MAX_AGES
                        .iter()
                        .map(|(secs, label)| {
                            let secs = *secs;
                            let label = *label;
                            view! {
                                <option
                                    value=secs.to_string()
                                    selected=move || max_age.get().seconds() == secs
                                >
                                    {move || label.get(lang.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                    {move || {
                        custom_age()
                            .map(|n| {
                                view! {
                                    <option value=n.to_string() selected=true>
                                        {fill(
                                            mta_sts_text::MAX_AGE_CUSTOM.get(lang.get()),
                                            &[("n", &n.to_string())],
                                        )}
                                    </option>
                                }
                            })
                    }}
                </QuerySelect>

                <h2>{t(mta_sts_text::GUIDE_HEADING)}</h2>
                <p>{t(mta_sts_text::GUIDE_URL)}</p>
                <p>
                    <code class="policy-url" data-testid="policy-url">{url}</code>
                </p>
                <ol class="steps">
                    <li>{with_domain(mta_sts_text::GUIDE_STEP_DNS)}</li>
                    <li>{with_domain(mta_sts_text::GUIDE_STEP_CERT)}</li>
                    <li>{t(mta_sts_text::GUIDE_STEP_SERVE)}</li>
                    <li>{t(mta_sts_text::GUIDE_STEP_RECORD)}</li>
                    <li>{t(mta_sts_text::GUIDE_STEP_CHECK)}</li>
                </ol>
                <details class="guide">
                    <summary>"nginx"</summary>
                    <p>{t(mta_sts_text::GUIDE_NGINX_HELP)}</p>
                    <pre class="snippet">{nginx}</pre>
                </details>
                <details class="guide">
                    <summary>"Caddy"</summary>
                    <p>{t(mta_sts_text::GUIDE_CADDY_HELP)}</p>
                    <pre class="snippet">{caddy}</pre>
                </details>
                <details class="guide">
                    <summary>{t(mta_sts_text::GUIDE_STATIC)}</summary>
                    <p>{with_domain(mta_sts_text::GUIDE_STATIC_HELP)}</p>
                    <pre class="snippet">{STATIC_TREE}</pre>
                </details>

                <h2>{t(mta_sts_text::ROLLOUT_HEADING)}</h2>
                <ol class="steps">
                    <li>{t(mta_sts_text::ROLLOUT_1)}</li>
                    <li>{t(mta_sts_text::ROLLOUT_2)}</li>
                    <li>{t(mta_sts_text::ROLLOUT_3)}</li>
                    <li>{t(mta_sts_text::ROLLOUT_4)}</li>
                </ol>

                <h2>{t(mta_sts_text::TLS_HEADING)}</h2>
                <TlsRptFields state=tls compact=true />

                <h2>{t(mta_sts_text::NONE_HEADING)}</h2>
                <p>{t(mta_sts_text::NONE_WHAT)}</p>
                <p>{with_domain(mta_sts_text::NONE_FIX)}</p>
            </Fields>
            <Output slot value=Signal::derive(move || field.is_valid().then(|| record.get()).flatten()) what=shell_text::OUT_VALUE>
                <EmptyOutput needed=Signal::derive(move || field.needed()) />
                {move || {
                    let record = domain.get().zip(record.get()).map(|(d, v)| {
                        let owner = mta_sts::record_owner(&d).map_or_else(
                            |e| selo::Localized::message_in(&e, lang.get()),
                            |o| o.to_string(),
                        );
                        (owner, v)
                    });
                    fixed_record_output(RecordType::MtaSts, record, field.name())
                }}

                <section class="policy-output" aria-labelledby="policy-heading">
                    <h3 id="policy-heading">{t(mta_sts_text::POLICY_OUT)}</h3>
                    {move || match policy_text.get() {
                        Some(p) => {
                            view! {
                                <pre class="policy-file" data-testid="policy">{p}</pre>
                                <div class="policy-actions">
                                    <CopyButton text=policy_text_or_empty what=mta_sts_text::POLICY_WHAT />
                                    <DownloadLink
                                        content=policy_text_or_empty
                                        filename=Signal::derive(|| "mta-sts.txt".to_string())
                                        mime="text/plain"
                                        label=mta_sts_text::DOWNLOAD
                                        testid="download-policy"
                                    />
                                </div>
                                <h4>{t(mta_sts_text::POLICY_CHECKS)}</h4>
                                <Findings validation=policy_answer />
                            }
                                .into_any()
                        }
                        None => view! { <p class="notice">{t(mta_sts_text::POLICY_BLOCKED)}</p> }.into_any(),
                    }}
                </section>

                {move || {
                    has_tls
                        .get()
                        .then(|| view! {
                            <h2>{t(mta_sts_text::TLS_OUT)}</h2>
                            <TlsRptOutput state=tls />
                        })
                }}
            </Output>
        </GeneratorPage>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn testing_without_mx_is_blocked_and_none_is_not() {
        let day = MaxAge::try_from(86_400).unwrap();
        let b = build(Mode::Testing, day, &[String::new()]);
        assert!(b.missing_mx && b.policy.is_none());
        let b = build(Mode::None, day, &[String::new()]);
        assert!(b.policy.is_some());
        let b = build(
            Mode::Enforce,
            day,
            &["mail.example.com.".into(), "*.x".into()],
        );
        assert_eq!(
            b.policy.unwrap().to_string(),
            "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.x\r\nmax_age: 86400\r\n"
        );
        let b = build(Mode::Enforce, day, &["mail.example.com.".into()]);
        assert_eq!(b.mx_note, Some(mta_sts::MX_DOT_REMOVED));
        assert_eq!(
            build(Mode::Enforce, day, &["mx.example".into()]).mx_note,
            None
        );
        let b = build(Mode::Enforce, day, &["mail.*.example".into()]);
        assert!(b.mx_errors[0].is_some() && b.policy.is_none());
    }
}
