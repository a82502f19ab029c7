use leptos::prelude::*;

use super::{Answer, Feedback, ItemContext};
use crate::i18n::tr;
use bransjenorsk_core::practice::grade::{Marked, grade_order};
use bransjenorsk_core::practice::shuffled;

/// Whether the tiles are sentences to order into a text, not words.
pub fn is_sentences(tiles: &[String]) -> bool {
    tiles
        .iter()
        .any(|tile| tile.split_whitespace().count() >= 3)
}

/// Tiles to tap into order; a placed tile taps back out.
pub fn order(tiles: Vec<String>, answer: Vec<String>, context: ItemContext) -> impl IntoView {
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
    let joiner = if sentences { "\n" } else { " " };
    let check = {
        let answer = answer.clone();
        move |_| {
            let placed_texts: Vec<String> = placed
                .get_untracked()
                .iter()
                .map(|&i| mixed.with_value(|m| m[i].clone()))
                .collect();
            let refs: Vec<&str> = placed_texts.iter().map(String::as_str).collect();
            let result = grade_order(&refs, &answer);
            misplaced.set(Some(result.misplaced.clone()));
            let expected = (!result.is_correct()).then(|| Marked::plain(&answer.join(joiner)));
            callback.run(Answer::Graded(Feedback {
                rating: Some(result.rating()),
                slip: None,
                expected,
            }));
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

#[cfg(test)]
mod tests {
    use super::is_sentences;

    #[test]
    fn tiles_of_three_words_or_more_are_sentences() {
        let tiles = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(!is_sentences(&tiles(&["I dag", "jobber", "jeg", "kveld"])));
        assert!(is_sentences(&tiles(&[
            "Først vasker jeg hendene.",
            "Så tar jeg på hansker."
        ])));
        assert!(!is_sentences(&[]));
    }
}
