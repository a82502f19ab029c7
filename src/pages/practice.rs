//! The practice screen: a session of one pack, and the player's keys.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::not_found;
use super::pack::LoadFailed;
use crate::bundled::catalog;
use crate::components::player::{Deck, Player, Source};
use crate::components::title::use_page_title;
use crate::i18n::{I18n, args, tr, use_i18n};
use crate::platform::packs;
use crate::state::loaded::Loaded;
use crate::state::sound::use_sound;
use bransjenorsk_core::content::{CatalogEntry, Playable};
use bransjenorsk_core::practice::support::Help;
use bransjenorsk_core::sound::needs_voice;

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
    let pack = Loaded::new(move || prepare(entry, i18n));
    let folder = packs::folder(&entry.path);
    let voices_known = player_setup();
    view! {
        {move || match pack.get() {
            None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
            Some(Ok(playable)) if !voices_known.get() && playable.pack.items.iter().any(needs_voice) => view! { <p role="status">{tr("loading")}</p> }.into_any(),
            Some(Ok(playable)) => view! {
                <Player deck=Deck::pack(Source::new(playable.pack, folder.clone()), playable.skipped.len())/>
            }.into_any(),
            Some(Err(error)) => view! { <LoadFailed error retry=move || pack.refetch()/> }.into_any(),
        }}
    }
}

/// Loads a pack, and the languages its levels' help speaks in.
pub(super) async fn prepare(
    entry: &CatalogEntry,
    i18n: I18n,
) -> Result<Playable, packs::LoadError> {
    let support = untrack(|| i18n.support());
    let playable = packs::load(&entry.path).await?;
    let pack = &playable.pack;
    for item in &pack.items {
        let help = Help::new(pack.level_of(item), support);
        for lang in [Some(help.language), help.translation]
            .into_iter()
            .flatten()
        {
            i18n.ensure(lang).await;
        }
    }
    Ok(playable)
}

/// What every practice screen sets up: the player's keys, and whether
/// the device's voices are known yet. Listening items can be played only
/// with a voice, and browsers list voices a moment after start.
pub(super) fn player_setup() -> Memo<bool> {
    let keys = window_event_listener(ev::keydown, on_key);
    on_cleanup(move || keys.remove());
    let sound = use_sound();
    Memo::new(move |_| sound.settled())
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
