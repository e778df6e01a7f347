//! The DKIM generator: a key pair made in the browser with WebCrypto, a
//! pasted public key, or a provider's CNAME delegation.

use crate::components::{
    cname_output::CnameOutput,
    copy_button::CopyButton,
    domain_field::Domain,
    download_link::DownloadLink,
    fragment::sync_fragment,
    generator_page::{Fields, GeneratorPage, Output, show_output},
    query_select::QuerySelect,
    record_output::{EmptyOutput, fixed_record_output},
    text_field::{QueryText, TextField},
};
use crate::i18n::Said;
use crate::i18n::Text;
use crate::i18n::{common as shell_text, gen_dkim as dkim_text, t, use_lang};
use crate::webcrypto;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use selo::dkim::{self, KeyChoice, Selector, delegation};
use selo::{DomainName, RecordType};

/// The label of a key choice in the menu.
fn choice_label(choice: KeyChoice) -> Text {
    match choice {
        KeyChoice::Rsa2048 => dkim_text::ALG_RSA2048,
        KeyChoice::Rsa1024 => dkim_text::ALG_RSA1024,
        KeyChoice::Rsa4096 => dkim_text::ALG_RSA4096,
        KeyChoice::Ed25519 => dkim_text::ALG_ED25519,
    }
}

/// `s` + year + month, like `s202611`: a selector that sorts by age.
fn default_selector() -> String {
    let d = js_sys::Date::new_0();
    format!("s{:04}{:02}", d.get_utc_full_year(), d.get_utc_month() + 1)
}

/// A key's record and summary, or why the text is not a key.
type KeyRead = Result<(String, Option<String>), Said>;

/// A key (a public key's text) read by the engine worker into its record
/// and key summary, or why the text is not a key; `None` while `source`
/// gives nothing. The last answer stays while a newer one is on its way.
/// (A derived signal, not a generic closure: one copy of this code for
/// both keys.)
fn key_reader(source: Signal<Option<String>>) -> RwSignal<Option<KeyRead>> {
    let key = RwSignal::new(None);
    let asked = StoredValue::new(0u64);
    Effect::new(move |_| {
        let n = asked.get_value() + 1;
        asked.set_value(n);
        let Some(text) = source.get() else {
            key.set(None);
            return;
        };
        crate::engine::read_key(&text, move |got| {
            if asked.try_get_value() != Some(n) {
                return;
            }
            let read = match got {
                Ok(k) => match (k.record, k.error) {
                    (Some(record), _) => Ok((record, k.key_info)),
                    (None, Some(e)) => Err(Said::Engine {
                        en: crate::i18n::sentence(e.en),
                        pt: crate::i18n::sentence(e.pt),
                    }),
                    (None, None) => Err(Said::Text(crate::i18n::common::ENGINE_DOWN)),
                },
                Err(_) => Err(Said::Text(crate::i18n::common::ENGINE_DOWN)),
            };
            key.try_set(Some(read));
        });
    });
    key
}

/// While `unsaved` holds, asks before the page goes away: the browser's
/// own prompt when the tab is closed or reloaded (`beforeunload`), and a
/// confirmation when a link of the app (a relative `?` query) is followed:
/// the router changes pages without unloading, so `beforeunload` never
/// fires then.
fn guard_leaving(unsaved: Signal<bool>, lang: RwSignal<selo::Lang>) {
    use leptos::tachys::renderer::dom::Dom;
    use leptos::wasm_bindgen::JsCast;
    let unload = window_event_listener_untyped("beforeunload", move |ev| {
        if unsaved.try_get_untracked().unwrap_or(false) {
            ev.prevent_default();
            // Older browsers look at returnValue instead.
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
        }
    });
    let on_click = move |ev: leptos::wasm_bindgen::JsValue| {
        let ev = ev.unchecked_into::<web_sys::Event>();
        if !unsaved.try_get_untracked().unwrap_or(false) {
            return;
        }
        let Some(link) = ev
            .target()
            // Mouse events target elements; `closest` fails on anything else.
            .and_then(|t| {
                t.unchecked_into::<web_sys::Element>()
                    .closest("a")
                    .ok()
                    .flatten()
            })
        else {
            return;
        };
        // The app's own links are relative queries (`?page=validate`).
        let href = link.get_attribute("href").unwrap_or_default();
        if !href.starts_with('?') || window().location().search().ok() == Some(href) {
            return;
        }
        if !window()
            .confirm_with_message(dkim_text::LEAVE_UNSAVED.get(lang.get_untracked()))
            .unwrap_or(true)
        {
            // The router leaves a click whose default is prevented alone.
            ev.prevent_default();
        }
    };
    // On the document's root, capturing, so that it runs before the
    // router's own click handler (on the window, bubbling), for the
    // header's links too; removed with the page.
    let click = document()
        .document_element()
        .map(|root| Dom::add_event_listener_use_capture(&root, "click", Box::new(on_click)));
    on_cleanup(move || {
        unload.remove();
        drop(click);
    });
}

/// The DKIM generator page.
#[component]
pub fn GenDkimPage() -> impl IntoView {
    let lang = use_lang();
    let field = Domain::from_query();
    let domain = field.valid;

    let selector_q = QueryText::new("selector");
    if selector_q.get_untracked().is_empty() {
        selector_q.set(default_selector());
    }
    let selector_text = Signal::derive(move || selector_q.get());
    let selector = Memo::new(move |_| {
        selector_text.with(|s| Selector::try_from(s.as_str()).map_err(|e| Said::engine(&e)))
    });
    let selector_error = Signal::derive(move || selector.get().err());
    let on_selector = Callback::new(move |s: String| selector_q.set(s));
    let owner = Memo::new(move |_| match (selector.get(), domain.get()) {
        (Ok(s), Some(d)) => dkim::owner_name(&s, &d).ok().map(|o| o.to_string()),
        _ => None,
    });

    let how_q = QueryText::new("how");
    let how = Memo::new(move |_| how_q.param().unwrap_or_else(|| "generate".into()));
    let alg_q = QueryText::new("alg");
    let alg = Memo::new(move |_| alg_q.get().parse::<KeyChoice>().unwrap_or_default());

    // Key generation: user-triggered, in this browser only.
    // (Signals and a task rather than an `Action`, which costs the module
    // more: the pairs being made, and the last one asked for.)
    let in_flight = RwSignal::new(0u32);
    let busy = Memo::new(move |_| in_flight.get() > 0);
    let generated = RwSignal::new(None::<Result<webcrypto::Generated, ()>>);
    let asked = StoredValue::new(0u64);
    let generate = move |alg: KeyChoice| {
        let n = asked.get_value() + 1;
        asked.set_value(n);
        in_flight.update(|f| *f += 1);
        leptos::task::spawn_local(async move {
            let got = webcrypto::generate(alg).await.map_err(|_| ());
            in_flight.try_update(|f| *f = f.saturating_sub(1));
            if asked.try_get_value() == Some(n) {
                generated.try_set(Some(got));
            }
        });
    };
    // False from the moment a pair is made (Generate) until its private
    // key is downloaded or copied: leaving the page then loses it.
    let saved = RwSignal::new(false);
    let on_saved = move |_| saved.set(true);
    guard_leaving(
        Signal::derive(move || !saved.get() && generated.with(|g| matches!(g, Some(Ok(_))))),
        lang,
    );
    let private_pem = Signal::derive(move || {
        generated.with(|g| match g {
            Some(Ok(g)) => g.private_pem.clone(),
            _ => String::new(),
        })
    });
    let private_name = Signal::derive(move || {
        let s = selector_text.get();
        match domain.get() {
            Some(d) => format!("{s}.{d}.private.pem"),
            None => format!("{s}.private.pem"),
        }
    });

    // A pasted key lives in the fragment, never in the query.
    let location = use_location();
    let pasted = RwSignal::new(location.hash.with_untracked(|h| {
        let raw = h.strip_prefix('#').unwrap_or(h);
        js_sys::decode_uri_component(raw)
            .map(String::from)
            .unwrap_or_default()
    }));
    sync_fragment(pasted);
    let pasted_key = key_reader(Signal::derive(move || {
        let text = pasted.get();
        (!text.trim().is_empty()).then_some(text)
    }));
    // The generated key's record, read by the engine worker like a pasted
    // key.
    let generated_key = key_reader(Signal::derive(move || {
        generated.with(|g| match g {
            Some(Ok(g)) => Some(g.public_pem.clone()),
            _ => None,
        })
    }));

    // The record for the chosen way (none for CNAME delegation).
    // (record, key summary)
    let key = Memo::new(move |_| match how.get().as_str() {
        "generate" => generated_key.with(|g| match g {
            Some(Ok(key)) => Some(key.clone()),
            _ => None,
        }),
        "paste" => pasted_key.with(|p| match p {
            Some(Ok(key)) => Some(key.clone()),
            _ => None,
        }),
        _ => None,
    });
    let record = Memo::new(move |_| key.with(|k| k.as_ref().map(|k| k.0.clone())));
    let key_info = Memo::new(move |_| key.with(|k| k.as_ref().and_then(|k| k.1.clone())));

    // CNAME delegation.
    let provider_q = QueryText::new("provider");
    let provider = Memo::new(move |_| provider_q.param().unwrap_or_else(|| "microsoft".into()));
    let tenant_q = QueryText::new("tenant");
    let tenant = Signal::derive(move || tenant_q.get());
    let partition_q = QueryText::new("partition");
    let partition = Signal::derive(move || partition_q.get());
    let account_q = QueryText::new("account");
    let account = Signal::derive(move || account_q.get());
    let delegations = Memo::new(move |_| {
        let d = domain.get()?;
        let result = match provider.get().as_str() {
            "mailchimp" => delegation::mailchimp(&d),
            "sendgrid" => {
                let a = account.get();
                if a.trim().is_empty() {
                    return None;
                }
                delegation::sendgrid(&d, &a)
            }
            _ => {
                let tn = tenant.get();
                if tn.trim().is_empty() {
                    return None;
                }
                let p = partition.get();
                let p = p.trim();
                delegation::microsoft365(&d, &tn, (!p.is_empty()).then_some(p))
            }
        };
        Some(
            result
                .map(|pair| pair.map(|x| (x.owner.to_string(), x.target.to_string())))
                .map_err(|_| ()),
        )
    });

    let how_radio = move |value: &'static str, label: Text| {
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="how"
                    value=value
                    prop:checked=move || how.get() == value
                    on:change=move |_| how_q.set((value != "generate").then(|| value.to_string()))
                />
                {move || label.get(lang.get())}
            </label>
        }
    };
    let text_input = move |id: &'static str,
                           label: Text,
                           hint: Text,
                           store: QueryText,
                           placeholder: &'static str| {
        let value = Signal::derive(move || store.get());
        // Each of these values becomes labels of the CNAME target: the
        // engine's name check says what is wrong with it.
        let error = Signal::derive(move || {
            value.with(|v| {
                let v = v.trim();
                if v.is_empty() {
                    None
                } else {
                    DomainName::try_from(v).err().map(|e| Said::engine(&e))
                }
            })
        });
        view! {
            <TextField
                id=id
                label=label
                hint=hint
                value=value
                on_input=Callback::new(move |s: String| store.set(s))
                error=error
                placeholder=placeholder
            />
        }
    };

    // What the output panel still needs, for the chosen way.
    let needed = Signal::derive(move || {
        let mut n = field.needed();
        if how.get() != "cname" && selector.with(Result::is_err) {
            n.push(dkim_text::NEED_SELECTOR);
        }
        match how.get().as_str() {
            "generate" if record.with(Option::is_none) => n.push(dkim_text::NEED_GENERATE),
            "paste" if record.with(Option::is_none) => n.push(dkim_text::NEED_PASTE),
            "cname" if domain.with(Option::is_some) && delegations.with(Option::is_none) => {
                n.push(dkim_text::NEED_CNAME)
            }
            _ => {}
        }
        n
    });
    // A new key pair is the result of an explicit action: bring it into view.
    Effect::new(move |_| {
        if how.get_untracked() == "generate" && generated_key.with(|g| matches!(g, Some(Ok(_)))) {
            show_output();
        }
    });

    // The parts each way shows: memos and `Option`s rather than `Show`,
    // which costs the module more.
    let not_cname = Memo::new(move |_| how.get() != "cname");
    let is_generate = Memo::new(move |_| how.get() == "generate");
    let is_paste = Memo::new(move |_| how.get() == "paste");
    let is_cname = Memo::new(move |_| how.get() == "cname");
    let key_made = Memo::new(move |_| generated.with(|g| matches!(g, Some(Ok(_)))));
    view! {
        <GeneratorPage page=crate::Page::GenDkim intro=dkim_text::INTRO domain=field>
            <Fields slot>
                <fieldset class="field choices">
                    <legend>{t(dkim_text::HOW_LEGEND)}</legend>
                    {how_radio("generate", dkim_text::HOW_GENERATE)}
                    {how_radio("paste", dkim_text::HOW_PASTE)}
                    {how_radio("cname", dkim_text::HOW_CNAME)}
                </fieldset>
                {move || not_cname.get().then(|| view! {
                    <TextField
                        id="selector"
                        label=dkim_text::SELECTOR_LABEL
                        hint=dkim_text::SELECTOR_HINT
                        value=selector_text
                        on_input=on_selector
                        error=selector_error
                        placeholder="s2026"
                    />
                })}

                // 1. Generate in the browser.
                {move || is_generate.get().then(|| view! {
                    <div class="field">
                        <label for="alg">{t(dkim_text::ALG_LABEL)}</label>
                        <select
                            id="alg"
                            aria-describedby="alg-hint alg-note"
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                alg_q.set((v != KeyChoice::default().as_str()).then_some(v));
                                // A pair of the old type would be stale.
                                generated.set(None);
                            }
                        >
                            {KeyChoice::ALL
                                .into_iter()
                                .map(|a| {
                                    view! {
                                        <option value=a.as_str() selected=move || alg.get() == a>
                                            {move || choice_label(a).get(lang.get())}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        <p class="hint" id="alg-hint">{t(dkim_text::ALG_HINT)}</p>
                        <p
                            id="alg-note"
                            class=move || match alg.get() {
                                KeyChoice::Rsa1024 => "alert alert-warning",
                                KeyChoice::Rsa2048 => "",
                                _ => "alert alert-info",
                            }
                            data-testid="alg-note"
                        >
                            {move || match alg.get() {
                                KeyChoice::Rsa1024 => dkim_text::WARN_1024.get(lang.get()),
                                KeyChoice::Rsa4096 => dkim_text::NOTE_4096.get(lang.get()),
                                KeyChoice::Ed25519 => dkim_text::NOTE_ED25519.get(lang.get()),
                                KeyChoice::Rsa2048 => "",
                            }}
                        </p>
                    </div>
                    <p class="hint">{t(dkim_text::LOCAL_ONLY)}</p>
                    <button
                        type="button"
                        data-testid="generate"
                        disabled=move || busy.get()
                        aria-busy=move || if busy.get() { "true" } else { "false" }
                        on:click=move |_| {
                            saved.set(false);
                            generate(alg.get_untracked());
                        }
                    >
                        {move || if busy.get() { t(dkim_text::GENERATING)() } else { t(dkim_text::GENERATE)() }}
                    </button>
                    <div role="status" class="keygen-status">
                        {move || {
                            generated
                                .with(|g| matches!(g, Some(Err(()))))
                                .then(|| view! { <p class="alert alert-error">{t(dkim_text::GEN_FAILED)}</p> })
                        }}
                    </div>
                })}

                // 2. Paste a provider's key.
                {move || is_paste.get().then(|| view! {
                    <div class="field">
                        <label for="key-input">{t(dkim_text::PASTE_LABEL)}</label>
                        <textarea
                            id="key-input"
                            rows="6"
                            spellcheck="false"
                            autocomplete="off"
                            prop:value=move || pasted.get()
                            aria-invalid=move || {
                                if pasted_key.with(|p| matches!(p, Some(Err(_)))) { "true" } else { "false" }
                            }
                            aria-describedby="key-input-error key-input-hint"
                            on:input=move |ev| pasted.set(event_target_value(&ev))
                        ></textarea>
                        <p
                            class="field-error"
                            id="key-input-error"
                            hidden=move || !pasted_key.with(|p| matches!(p, Some(Err(_))))
                        >
                            {move || {
                                pasted_key
                                    .with(|p| match p {
                                        Some(Err(e)) => Some(e.get(lang.get()).to_string()),
                                        _ => None,
                                    })
                            }}
                        </p>
                        <p class="hint" id="key-input-hint">{t(dkim_text::PASTE_HINT)}</p>
                    </div>
                })}

                // 3. Provider CNAMEs.
                {move || is_cname.get().then(|| view! {
                    <QuerySelect
                        id="provider"
                        label=dkim_text::PROVIDER_LABEL
                        hint=dkim_text::PROVIDER_HINT
                        store=provider_q
                        default="microsoft"
                    >
                        {[("microsoft", "Microsoft 365"), ("sendgrid", "SendGrid"), ("mailchimp", "Mailchimp")]
                            .into_iter()
                            .map(|(v, name)| {
                                view! {
                                    <option value=v selected=move || provider.get() == v>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </QuerySelect>
                    {move || match provider.get().as_str() {
                        "mailchimp" => view! { <p>{t(dkim_text::MAILCHIMP_NOTE)}</p> }.into_any(),
                        "sendgrid" => {
                            view! {
                                {text_input(
                                    "account",
                                    dkim_text::ACCOUNT_LABEL,
                                    dkim_text::ACCOUNT_HINT,
                                    account_q,
                                    "u1234567.wl123",
                                )}
                                <p>{t(dkim_text::SENDGRID_NOTE)}</p>
                            }
                                .into_any()
                        }
                        _ => {
                            view! {
                                {text_input(
                                    "tenant",
                                    dkim_text::TENANT_LABEL,
                                    dkim_text::TENANT_HINT,
                                    tenant_q,
                                    "contoso",
                                )}
                                {text_input(
                                    "partition",
                                    dkim_text::PARTITION_LABEL,
                                    dkim_text::PARTITION_HINT,
                                    partition_q,
                                    "",
                                )}
                                <p>{t(dkim_text::MS_NOTE)}</p>
                            }
                                .into_any()
                        }
                    }}
                })}
                // Rotation is the provider's job with CNAME delegation.
                {move || not_cname.get().then(|| view! {
                    <p class="hint" data-testid="rotate">{t(dkim_text::ROTATE)}</p>
                })}
            </Fields>
            <Output slot value=Signal::derive(move || (how.get() != "cname").then(|| record.get()).flatten()) what=shell_text::OUT_VALUE>
                <EmptyOutput needed=needed />
                {move || is_generate.get().then(|| view! {
                    {move || key_made.get().then(|| view! {
                        <section class="private-key alert alert-warning" aria-labelledby="private-heading">
                            <h2 id="private-heading">{t(dkim_text::PRIVATE_HEADING)}</h2>
                            <p>{t(dkim_text::PRIVATE_WARNING)}</p>
                            // A click on the link or the copy button counts as saved.
                            <div class="save-private" on:click=on_saved>
                                <DownloadLink
                                    content=private_pem
                                    filename=private_name
                                    mime="application/x-pem-file"
                                    label=dkim_text::DOWNLOAD_PRIVATE
                                    testid="download-private"
                                />
                            </div>
                            <details>
                                <summary>{t(dkim_text::SHOW_PRIVATE)}</summary>
                                <pre class="snippet" data-testid="private-pem">{move || private_pem.get()}</pre>
                                <div class="save-private" on:click=on_saved>
                                    <CopyButton text=private_pem what=dkim_text::PRIVATE_WHAT />
                                </div>
                            </details>
                        </section>
                    })}
                })}
                {move || {
                    key_info
                        .get()
                        .map(|info| {
                            view! {
                                <p class="key-info">
                                    {t(dkim_text::KEY_IS)} " " <strong data-testid="key-info">{info}</strong>
                                </p>
                            }
                        })
                }}
                {move || {
                    let record = record.get();
                    fixed_record_output(RecordType::Dkim, owner.get().zip(record), field.name())
                }}

                {move || is_cname.get().then(|| view! {
                    {move || match ((), delegations.get()) {
                        (_, None) => ().into_any(),
                        (_, Some(Err(()))) => {
                            view! { <p class="alert alert-error">{t(dkim_text::CNAME_BAD)}</p> }.into_any()
                        }
                        (_, Some(Ok(pair))) => {
                            pair.into_iter()
                                .map(|(o, tg)| {
                                    view! {
                                        <CnameOutput
                                            owner=Signal::derive(move || o.clone())
                                            target=Signal::derive(move || tg.clone())
                                            domain=field.name()
                                        />
                                    }
                                })
                                .collect_view()
                                .into_any()
                        }
                    }}
                })}
            </Output>
        </GeneratorPage>
    }
}
