//! The DNS-over-HTTPS resolvers the user can choose, the choice kept in
//! `localStorage`, and the form's choice of them ([`ResolverChoice`], on
//! the Check and Analyze pages). The list and the rules for a URL are the
//! engine's ([`ResolverUrl`]), as for the workers and the command.

use crate::i18n::{check as c, t};
use leptos::prelude::*;
use selo::dns::ResolverUrl;

/// The resolvers offered, the default first: the engine's presets.
pub static KNOWN: [(&str, ResolverUrl); 3] = ResolverUrl::PRESETS;

/// The default resolver.
pub fn default_url() -> &'static str {
    KNOWN[0].1.as_str()
}

/// Where the choice is kept.
const STORAGE_KEY: &str = "selo-resolver";

/// The host of a resolver URL Selo accepts ([`ResolverUrl`]: `https://`,
/// or `http://` on this machine, with no query, fragment or user name),
/// or `None`. A plain `http://` resolver keeps its port, which tells local
/// resolvers apart.
pub fn host_of(url: &str) -> Option<String> {
    let u = ResolverUrl::try_from(url).ok()?;
    Some(match u.as_str().strip_prefix("http://") {
        Some(rest) => rest.split('/').next().unwrap_or(rest).to_string(),
        None => u.host().to_string(),
    })
}

/// The name shown for a resolver: its known name, else the host (and
/// port) it names. Only shown: whether Selo accepts the URL is
/// [`host_of`]'s question, asked where a URL is typed, and the worker's.
pub fn label(url: &str) -> String {
    KNOWN
        .iter()
        .find(|(_, u)| u.as_str() == url)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| {
            let rest = url.split_once("://").map_or(url, |(_, r)| r);
            rest.split('/').next().unwrap_or(rest).to_string()
        })
}

/// The user's saved choice, else the default. Only an accepted URL is
/// ever saved ([`save`] follows a [`host_of`] check, or a choice among
/// listed ones); a worker refuses any other with its reason, so this reads
/// the choice without checking it again (and the pages that only read it
/// carry no URL rules).
pub fn saved() -> String {
    leptos::prelude::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| default_url().to_string())
}

/// Keeps `url` as the user's choice.
pub fn save(url: &str) {
    if let Ok(Some(s)) = leptos::prelude::window().local_storage() {
        let _ = s.set_item(STORAGE_KEY, url);
    }
}

/// The resolver choice: the known resolvers and a custom URL, kept in
/// `localStorage` once the user picks a usable one. `url` is the chosen
/// URL (empty or unusable while a custom one is typed).
#[component]
pub fn ResolverChoice(url: RwSignal<String>) -> impl IntoView {
    let mine = saved();
    let known = KNOWN.iter().any(|(_, u)| u.as_str() == mine);
    let choice = RwSignal::new(if known { mine.clone() } else { "custom".into() });
    let custom = RwSignal::new(if known { String::new() } else { mine });
    let chosen = move || match choice.get() {
        c if c == "custom" => custom.get().trim().to_string(),
        c => c,
    };
    Effect::new(move |_| url.set(chosen()));
    // What the user picks is kept (a link's resolver, confirmed, is not).
    let keep = move || {
        let u = chosen();
        if host_of(&u).is_some() {
            save(&u);
        }
    };
    let bad = move || {
        let typed = custom.get();
        choice.get() == "custom" && !typed.trim().is_empty() && host_of(typed.trim()).is_none()
    };
    let radio = move |id: String, value: String, label: AnyView| {
        let v = value.clone();
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="resolver"
                    id=id.clone()
                    value=value.clone()
                    prop:checked=move || choice.get() == v
                    on:change=move |_| {
                        choice.set(value.clone());
                        keep();
                    }
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    let known = KNOWN
        .iter()
        .enumerate()
        .map(|(i, (name, u))| {
            let host = host_of(u.as_str()).unwrap_or_default();
            let label = view! { {format!("{name} ")} <span class="hint">{host}</span> };
            radio(
                format!("resolver-{i}"),
                u.as_str().to_string(),
                label.into_any(),
            )
        })
        .collect_view();
    view! {
        <fieldset class="field choices check-resolvers" aria-describedby="check-resolver-hint">
            <legend>{t(c::RESOLVER)}</legend>
            <p class="hint" id="check-resolver-hint">{t(c::RESOLVER_HINT)}</p>
            {known}
            {radio("resolver-custom".into(), "custom".into(), t(c::RESOLVER_CUSTOM).into_any())}
            <div class="field check-custom">
                <label for="check-resolver-url">{t(c::RESOLVER_URL)}</label>
                <input
                    id="check-resolver-url"
                    type="url"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="https://dns.example/dns-query"
                    aria-describedby="check-resolver-url-hint"
                    aria-invalid=move || if bad() { "true" } else { "false" }
                    prop:value=custom
                    on:input:target=move |ev| {
                        custom.set(ev.target().value());
                        choice.set("custom".into());
                        keep();
                    }
                />
                <p class="hint" id="check-resolver-url-hint">{t(c::RESOLVER_URL_HINT)}</p>
                <p class="field-error" id="check-resolver-error" hidden=move || !bad()>
                    {t(c::RESOLVER_BAD)}
                </p>
            </div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_s_rules_and_list() {
        for (url, host) in [
            ("https://dns.google/dns-query", Some("dns.google")),
            ("https://dns.example:8443/q", Some("dns.example")),
            ("http://127.0.0.1:8053/dns-query", Some("127.0.0.1:8053")),
            ("http://[::1]:8053/dns-query", Some("[::1]:8053")),
            // What ResolverUrl refuses, the page refuses.
            ("https://dns.example/dns-query?q#f", None),
            ("https://user@dns.example/dns-query", None),
            ("http://dns.example/dns-query", None),
            ("dns.example", None),
        ] {
            assert_eq!(host_of(url).as_deref(), host, "{url}");
        }
        assert_eq!(default_url(), ResolverUrl::default().as_str());
        assert_eq!(label(default_url()), "Cloudflare");
        assert_eq!(label("http://127.0.0.1:8053/dns-query"), "127.0.0.1:8053");
    }
}
