//! Match items: pairs tapped together.

use leptos::prelude::*;

use super::ItemContext;
use crate::i18n::tr;
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::feedback::{Answer, Feedback};
use bransjenorsk_core::practice::outcome::match_rating;
use bransjenorsk_core::practice::shuffled;

/// Which side of a pair a tile is on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Left,
    Right,
}

/// Pairs to match: tap one on each side. A right pair stays matched; a
/// wrong one is shown and counted.
pub fn matching(pairs: Vec<(String, String)>, context: ItemContext) -> impl IntoView {
    let order = shuffled(pairs.len(), context.seed);
    let pairs = StoredValue::new(pairs);
    // Right-hand tiles in mixed order, by their pair's index.
    let rights = StoredValue::new(order);
    let selected = RwSignal::new(None::<(Side, usize)>);
    let matched = RwSignal::new(Vec::<usize>::new());
    let missed = RwSignal::new(None::<(usize, usize)>);
    let mistakes = StoredValue::new(0usize);
    let callback = context.answer;

    let tap = move |side: Side, pair: usize| {
        missed.set(None);
        match selected.get_untracked() {
            Some((other_side, other)) if other_side != side => {
                selected.set(None);
                let (left, right) = if side == Side::Left {
                    (pair, other)
                } else {
                    (other, pair)
                };
                // Pairs may share a right-hand text; any with the same text fits.
                let fits = pairs.with_value(|p| p[left].1 == p[right].1);
                if fits {
                    matched.update(|m| m.push(left));
                    if matched.with_untracked(Vec::len) == pairs.with_value(Vec::len) {
                        let rating = match_rating(mistakes.get_value());
                        callback.run(Answer::Graded(Feedback::rated(rating)));
                    }
                } else {
                    mistakes.update_value(|m| *m += 1);
                    missed.set(Some((left, right)));
                }
            }
            Some((other_side, other)) if other_side == side && other == pair => selected.set(None),
            _ => selected.set(Some((side, pair))),
        }
    };
    let tile = move |side: Side, pair: usize| {
        let text = pairs.with_value(|p| {
            if side == Side::Left {
                p[pair].0.clone()
            } else {
                p[pair].1.clone()
            }
        });
        let is_matched = move || {
            matched.with(|m| match side {
                Side::Left => m.contains(&pair),
                // A right tile is used once a left one with its text is matched
                // and no other free right tile has that text before it.
                Side::Right => right_used(pair, &m[..], pairs, rights),
            })
        };
        let class = move || {
            let wrong = missed.get().is_some_and(|(l, r)| {
                if side == Side::Left {
                    l == pair
                } else {
                    r == pair
                }
            });
            match (is_matched(), wrong, selected.get() == Some((side, pair))) {
                (true, _, _) => "tile matched",
                (_, true, _) => "tile wrong",
                (_, _, true) => "tile selected",
                _ => "tile",
            }
        };
        // The left side is Norwegian; the right is Norwegian, Ukrainian or
        // a picture, told apart by its letters.
        let lang = match side {
            Side::Left => Some(Lang::Nb),
            Side::Right => Lang::of_letters(&text),
        }
        .map(Lang::code);
        view! {
            <button type="button" class=class lang=lang
                aria-pressed=move || (selected.get() == Some((side, pair))).to_string()
                disabled=is_matched on:click=move |_| tap(side, pair)>
                {text}
            </button>
        }
    };
    view! {
        <div class="match" role="group" aria-label=tr("play-match-label")>
            <div class="match-column">
                {(0..pairs.with_value(Vec::len)).map(|pair| tile(Side::Left, pair)).collect_view()}
            </div>
            <div class="match-column">
                {rights.get_value().into_iter().map(|pair| tile(Side::Right, pair)).collect_view()}
            </div>
        </div>
    }
}

/// Whether the right-hand tile of `pair` is taken by the matches made:
/// tiles with the same text are taken in the order they are shown.
fn right_used(
    pair: usize,
    matched: &[usize],
    pairs: StoredValue<Vec<(String, String)>>,
    rights: StoredValue<Vec<usize>>,
) -> bool {
    pairs.with_value(|p| {
        let text = &p[pair].1;
        let taken = matched.iter().filter(|&&left| p[left].1 == *text).count();
        rights.with_value(|order| {
            order
                .iter()
                .filter(|&&right| p[right].1 == *text)
                .position(|&right| right == pair)
                .is_some_and(|rank| rank < taken)
        })
    })
}
