//! A text kept in the URL's fragment (`#...`, percent-encoded), so it can be
//! shared as a link without reaching any server's logs.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

/// Texts longer than this (in bytes) are not written into the fragment:
/// browsers cap URL length, and a link that long is no use to share.
pub const LINK_LIMIT: usize = 8 * 1024;

/// Keeps the fragment in step with `text`, replacing the history entry
/// (typing is not navigation). An empty text, or one longer than
/// [`LINK_LIMIT`], clears the fragment.
pub fn sync_fragment(text: RwSignal<String>) {
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let hash = text.with(|t| {
            if t.is_empty() || t.len() > LINK_LIMIT {
                String::new()
            } else {
                format!("#{}", js_sys::encode_uri_component(t))
            }
        });
        if location.hash.get_untracked() != hash {
            let url = format!(
                "{}{}{}",
                location.pathname.get_untracked(),
                location.query.read_untracked().to_query_string(),
                hash
            );
            navigate(
                &url,
                NavigateOptions {
                    resolve: false,
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    });
}
