//! The review screen: what is due across packs, assigned packs first.

use leptos::prelude::*;

use super::practice::{player_setup, prepare};
use crate::bundled::catalog;
use crate::components::player::{Deck, Player, Source};
use crate::components::title::use_page_title;
use crate::i18n::{tr, tr_count, use_i18n};
use crate::platform::packs;
use crate::platform::paths::RouteHref;
use crate::platform::{assignments, browser};
use crate::state::loaded::Loaded;
use crate::state::progress::use_progress;
use bransjenorsk_core::assignment::shelf::Shelf;
use bransjenorsk_core::content::{CatalogEntry, Playable};
use bransjenorsk_core::review;
use bransjenorsk_core::route::Route;
use bransjenorsk_core::sound::needs_voice;

/// Review: what is due from every pack the learner is working on, then
/// new items from them.
pub fn review() -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    use_page_title(tr("review-title"));
    let shelf = assignments::load(assignments::Whose::Learner).unwrap_or_default();
    let entries: Vec<&'static CatalogEntry> = progress.with(|p| {
        review::sources(&shelf, p)
            .into_iter()
            .filter_map(|id| catalog().pack(id))
            .collect()
    });
    let loaded = Loaded::new(move || {
        let entries = entries.clone();
        async move {
            let mut loaded = Vec::new();
            let mut missing = 0;
            for entry in entries {
                match prepare(entry, i18n).await {
                    Ok(playable) => loaded.push((entry, playable)),
                    Err(_) => missing += 1,
                }
            }
            (loaded, missing)
        }
    });
    let voices_known = player_setup();
    view! {
        {move || {
            let Some((packs, missing)) = loaded.get() else {
                return view! { <p role="status">{tr("loading")}</p> }.into_any();
            };
            let needs_voices = packs.iter().any(|(_, p)| p.pack.items.iter().any(needs_voice));
            if needs_voices && !voices_known.get() {
                return view! { <p role="status">{tr("loading")}</p> }.into_any();
            }
            view! {
                {(missing > 0).then(|| view! {
                    <p class="note" role="note">
                        {tr_count("review-packs-missing", missing)}
                    </p>
                })}
                {deck(packs, &shelf)}
            }
            .into_any()
        }}
    }
}

/// The review session, or a word that there is nothing to review.
fn deck(packs: Vec<(&'static CatalogEntry, Playable)>, shelf: &Shelf) -> AnyView {
    let progress = use_progress();
    let items: Vec<(&str, Vec<&str>)> = packs
        .iter()
        .map(|(entry, playable)| {
            let ids = playable
                .pack
                .items
                .iter()
                .map(|item| item.id.as_str())
                .collect();
            (entry.id.as_str(), ids)
        })
        .collect();
    let entries = untrack(|| {
        progress.with(|p| {
            review::session(
                p,
                &items,
                browser::now(),
                progress.settings(),
                browser::today(),
                |pack, item| shelf.assigns(pack, item),
            )
        })
    });
    if entries.is_empty() {
        return view! {
            <h1>{tr("review-title")}</h1>
            <p class="note" role="status">{tr("review-nothing")}</p>
            <a href=Route::Home.href() class="button">{tr("back-home")}</a>
        }
        .into_any();
    }
    let sources = packs
        .into_iter()
        .map(|(entry, playable)| Source::new(playable.pack, packs::folder(&entry.path)))
        .collect();
    let deck = Deck::review(sources, entries);
    view! { <Player deck/> }.into_any()
}
