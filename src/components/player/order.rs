//! Order items: tiles tapped into a sentence, or sentences into a text.

use leptos::prelude::*;

use super::ItemContext;
use crate::i18n::tr;
use bransjenorsk_core::practice::feedback::{Answer, Feedback, is_sentences};
use bransjenorsk_core::practice::grade::grade_order;
use bransjenorsk_core::practice::shuffled;

/// Tiles to tap into order; a placed tile taps back out.
pub fn order(
    tiles: Vec<String>,
    answer: Vec<String>,
    alternatives: Vec<Vec<String>>,
    context: ItemContext,
) -> impl IntoView {
    let sentences = is_sentences(&tiles);
    let mixed: Vec<String> = shuffled(tiles.len(), context.seed)
        .into_iter()
        .map(|i| tiles[i].clone())
        .collect();
    let mixed = StoredValue::new(mixed);
    // Placed tiles, by their index in `mixed`.
    let placed = RwSignal::new(Vec::<usize>::new());
    let misplaced = RwSignal::new(None::<Vec<usize>>);
    let checked = move || misplaced.get().is_some();
    let callback = context.answer;
    let check = {
        let answer = answer.clone();
        move |_| {
            let placed_texts: Vec<String> = placed
                .get_untracked()
                .iter()
                .map(|&i| mixed.with_value(|m| m[i].clone()))
                .collect();
            let refs: Vec<&str> = placed_texts.iter().map(String::as_str).collect();
            let result = grade_order(&refs, &answer, &alternatives);
            misplaced.set(Some(result.misplaced.clone()));
            callback.run(Answer::Graded(Feedback::ordered(
                &result, &answer, sentences,
            )));
        }
    };
    let list_class = if sentences {
        "tiles sentences"
    } else {
        "tiles"
    };
    view! {
        <div class=format!("built {list_class}") aria-label=tr("play-order-built") role="group">
            {move || {
                let wrong = misplaced.get().unwrap_or_default();
                placed.get().into_iter().enumerate().map(|(position, tile)| {
                    let class = if wrong.contains(&position) { "tile placed wrong" } else { "tile placed" };
                    view! {
                        <button type="button" class=class lang="nb" disabled=checked
                            on:click=move |_| placed.update(|p| { p.remove(position); })>
                            {mixed.with_value(|m| m[tile].clone())}
                        </button>
                    }
                }).collect_view()
            }}
        </div>
        <div class=list_class aria-label=tr("play-order-tiles") role="group">
            {move || {
                let used = placed.get();
                (0..mixed.with_value(Vec::len)).filter(|i| !used.contains(i)).map(|tile| view! {
                    <button type="button" class="tile" lang="nb" disabled=checked
                        on:click=move |_| placed.update(|p| p.push(tile))>
                        {mixed.with_value(|m| m[tile].clone())}
                    </button>
                }).collect_view()
            }}
        </div>
        <Show when=move || !checked()>
            <div class="actions">
                <button type="button" class="button primary" data-enter=""
                    disabled=move || placed.with(Vec::is_empty) on:click=check.clone()>
                    {tr("play-check")}
                </button>
            </div>
        </Show>
    }
}
