//! Practising: grading answers and the feedback on them, the help a level
//! gives, glosses for Norwegian words, and practice runs and their
//! sessions. Pure, so it is tested natively.

pub mod feedback;
pub mod gloss;
pub mod grade;
pub mod outcome;
pub mod run;
pub mod session;
pub mod support;

use crate::content::Exercise;

/// How well an item went, in the terms review scheduling uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    /// Wrong, or not known: it comes back soon.
    Again,
    /// Right with a slip or with effort.
    Hard,
    /// Right.
    Good,
    /// Right without effort (a flashcard the learner knew at once).
    Easy,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// Whether the item was answered right, with or without a slip.
    pub fn is_right(self) -> bool {
        self != Rating::Again
    }
}

/// The positions `0..n` in a mixed order drawn from `seed`, never the
/// order given (when `n > 1`), so options and tiles never give the
/// answer away by their place.
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed | 1;
    for i in (1..n).rev() {
        // xorshift64: plenty for mixing a few tiles.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    if n > 1 && order.iter().enumerate().all(|(i, &at)| i == at) {
        order.rotate_left(1);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffles_mix_every_position_once() {
        for n in 0..12 {
            for seed in 0..50 {
                let mut order = shuffled(n, seed);
                if n > 1 {
                    assert_ne!(order, (0..n).collect::<Vec<_>>(), "n={n} seed={seed}");
                }
                order.sort_unstable();
                assert_eq!(order, (0..n).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn shuffles_differ_by_seed() {
        let orders: std::collections::HashSet<Vec<usize>> =
            (0..20).map(|seed| shuffled(6, seed * 7919)).collect();
        assert!(orders.len() > 10);
    }
}

/// A short Norwegian line that names an item, for lists such as "to
/// review".
pub fn label(exercise: &Exercise) -> String {
    let text = match exercise {
        Exercise::Flashcard { front, .. } => front.clone(),
        Exercise::Choice { question, .. } => question.clone(),
        Exercise::Gap { text, .. } | Exercise::Cloze { text, .. } => text.clone(),
        Exercise::Translate { answers, .. } => answers.first().cloned().unwrap_or_default(),
        Exercise::Order { answer, .. } => answer.join(" "),
        Exercise::Match { pairs } => pairs
            .iter()
            .map(|(left, _)| left.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        Exercise::Dialogue { turns, .. } => turns
            .iter()
            .find_map(|turn| turn.text.clone())
            .unwrap_or_default(),
        Exercise::Message { model, .. } => model.clone(),
        Exercise::Listening { text, .. } | Exercise::Speaking { text } => text.clone(),
        Exercise::MinimalPair { answer, .. } => answer.clone(),
        Exercise::Culture { title, .. } => title.nb.clone().unwrap_or_default(),
    };
    shorten(&text, 60)
}

/// Every item of `pack` as `(id, label)`: what a mentor picks items from,
/// written by the build beside the pack (see
/// [`CatalogEntry::index_path`](crate::content::CatalogEntry::index_path)).
pub fn item_index(pack: &crate::content::Pack) -> Vec<(String, String)> {
    pack.items
        .iter()
        .map(|item| (item.id.clone(), label(&item.exercise)))
        .collect()
}

/// `text` cut to at most `max` characters at a word, with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(start, _)| start);
    format!("{}…", cut.trim_end_matches([',', '.', ' ']))
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn labels_are_short_norwegian_lines() {
        let order = Exercise::Order {
            tiles: vec![],
            answer: vec!["I dag".into(), "jobber".into(), "jeg".into()],
            alternatives: vec![],
        };
        assert_eq!(label(&order), "I dag jobber jeg");
        let long = Exercise::Message {
            task: Default::default(),
            model:
                "Hei! Beboeren på rom 4 har feber, 38,5. Kan du komme? Hilsen Olena, fra nattevakt"
                    .into(),
            checklist: vec![],
        };
        let shown = label(&long);
        assert!(
            shown.ends_with('…') && shown.chars().count() <= 61,
            "{shown}"
        );
        assert_eq!(shorten("én", 60), "én");
        assert_eq!(
            shorten(&"ø".repeat(100), 10),
            format!("{}…", "ø".repeat(10))
        );
    }
}
