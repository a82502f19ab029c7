//! Ratings for the kinds that are not one typed or chosen answer: pairs
//! matched with mistakes, a dialogue's turns, a message checked against a
//! list.

use super::Rating;

/// Pairs matched: no mistake is right, one is a slip, more is wrong.
pub fn match_rating(mistakes: usize) -> Rating {
    match mistakes {
        0 => Rating::Good,
        1 => Rating::Hard,
        _ => Rating::Again,
    }
}

/// A dialogue, from how each of the learner's turns went: every turn
/// right at once is right; a slip or one wrong try is hard; more is wrong.
pub fn dialogue_rating(turns: &[Rating]) -> Rating {
    let wrong = turns.iter().filter(|r| **r == Rating::Again).count();
    let slips = turns.iter().filter(|r| **r == Rating::Hard).count();
    match (wrong, slips) {
        (0, 0) => Rating::Good,
        (0, _) | (1, 0) => Rating::Hard,
        _ => Rating::Again,
    }
}

/// A message the learner checked against the pack's checklist: all ticked
/// is right, at least half is hard, less is to be written again.
pub fn message_rating(ticked: usize, points: usize) -> Rating {
    if ticked >= points {
        Rating::Good
    } else if ticked * 2 >= points {
        Rating::Hard
    } else {
        Rating::Again
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_counts_mistakes() {
        assert_eq!(match_rating(0), Rating::Good);
        assert_eq!(match_rating(1), Rating::Hard);
        assert_eq!(match_rating(2), Rating::Again);
        assert_eq!(match_rating(40), Rating::Again);
    }

    #[test]
    fn dialogues_count_turns() {
        use Rating::*;
        assert_eq!(dialogue_rating(&[Good, Good]), Good);
        assert_eq!(dialogue_rating(&[]), Good);
        assert_eq!(dialogue_rating(&[Good, Hard]), Hard);
        assert_eq!(dialogue_rating(&[Again, Good]), Hard);
        assert_eq!(dialogue_rating(&[Again, Hard]), Again);
        assert_eq!(dialogue_rating(&[Again, Again, Good]), Again);
    }

    #[test]
    fn messages_count_ticks() {
        assert_eq!(message_rating(3, 3), Rating::Good);
        assert_eq!(message_rating(2, 3), Rating::Hard);
        assert_eq!(message_rating(2, 4), Rating::Hard);
        assert_eq!(message_rating(1, 4), Rating::Again);
        assert_eq!(message_rating(0, 0), Rating::Good);
    }
}
