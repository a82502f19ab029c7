use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::not_found;
use super::pack::LoadFailed;
use crate::components::player::Player;
use crate::components::title::use_page_title;
use crate::domain::bundled::catalog;
use crate::domain::content::CatalogEntry;
use crate::domain::practice::support::Help;
use crate::domain::sound::needs_voice;
use crate::i18n::{args, tr, use_i18n};
use crate::platform::packs;
use crate::platform::sound::use_sound;

/// Practising a pack: a session of its exercises.
pub fn practice(id: &str) -> AnyView {
    match catalog().pack(id) {
        Some(entry) => view! { <PracticeView entry/> }.into_any(),
        None => not_found().into_any(),
    }
}

#[component]
fn PracticeView(entry: &'static CatalogEntry) -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || {
        let title = entry.title.get(i18n.lang());
        i18n.t_args("practice-title", &args([("title", title.into())]))
    });
    // The player speaks in the languages the levels' help needs; they
    // arrive with the pack.
    let support = untrack(|| i18n.support());
    let pack = LocalResource::new(move || async move {
        let playable = packs::load(&entry.path).await?;
        let pack = &playable.pack;
        for item in &pack.items {
            let help = Help::new(item.level.unwrap_or(pack.pack.level), support);
            for lang in [Some(help.language), help.translation]
                .into_iter()
                .flatten()
            {
                i18n.ensure(lang).await;
            }
        }
        Ok::<_, packs::LoadError>(playable)
    });
    let folder = packs::folder(&entry.path);
    // Whether listening items can be played depends on the device's
    // voices, which browsers list a moment after start.
    let sound = use_sound();
    let voices_known = Memo::new(move |_| sound.settled());
    let keys = window_event_listener(ev::keydown, on_key);
    on_cleanup(move || keys.remove());
    view! {
        <Suspense fallback=move || view! { <p role="status">{tr("loading")}</p> }>
            {move || pack.get().map(|result| match result {
                Ok(playable) if !voices_known.get() && playable.pack.items.iter().any(needs_voice) => view! { <p role="status">{tr("loading")}</p> }.into_any(),
                Ok(playable) => view! {
                    <Player pack=playable.pack skipped=playable.skipped.len() files=folder.clone()/>
                }.into_any(),
                Err(error) => view! { <LoadFailed error retry=move || pack.refetch()/> }.into_any(),
            })}
        </Suspense>
    }
}

/// Keys for the player: Enter goes on, number keys choose options. Text
/// fields and buttons keep their own keys.
fn on_key(event: ev::KeyboardEvent) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
        return;
    }
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let tag = target.map(|t| t.tag_name()).unwrap_or_default();
    if ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].contains(&tag.as_str()) {
        return;
    }
    let key = event.key();
    let selector = match key.as_str() {
        "Enter" => ".player [data-enter]:not([disabled])".to_owned(),
        digit if digit.len() == 1 && digit.as_bytes()[0].is_ascii_digit() => {
            format!(".player [data-option=\"{digit}\"]:not([disabled])")
        }
        _ => return,
    };
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        event.prevent_default();
        button.click();
    }
}
