//! What an answer is worth and what the learner is told after it: the
//! rules every kind of item follows, so its view only shows them.

use super::Rating;
use super::grade::{Marked, OrderCheck, Slip, Verdict};
use crate::content::{Exercise, Support, Whys};

/// What an item reports when the learner is done with it.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Nothing more to show: on to the next item. `None` for a note read.
    Next(Option<Rating>),
    /// Graded: show the feedback, then go on.
    Graded(Feedback),
    /// Not done and not counted (no microphone, say): on to the next item.
    Skip,
}

/// What the feedback after an answer says.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Feedback {
    pub rating: Option<Rating>,
    pub slip: Option<Slip>,
    /// The right answer, with the letters to look at marked.
    pub expected: Option<Marked>,
    /// Why the option chosen is wrong, as the pack says.
    pub why_not: Option<Support>,
}

/// How the feedback sounds: its heading and its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Right,
    Almost,
    Wrong,
    /// Not graded: read, or rated by the learner.
    Done,
}

impl Tone {
    /// The Fluent message id of the verdict.
    pub fn message_id(self) -> &'static str {
        match self {
            Tone::Right => "play-right",
            Tone::Almost => "play-almost",
            Tone::Wrong => "play-wrong",
            Tone::Done => "play-done",
        }
    }

    /// The style name the feedback sheet takes.
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Right => "right",
            Tone::Almost => "almost",
            Tone::Wrong => "wrong",
            Tone::Done => "done",
        }
    }
}

impl Feedback {
    /// Only a rating: no slip, nothing to show as the answer.
    pub fn rated(rating: Rating) -> Feedback {
        Feedback {
            rating: Some(rating),
            ..Feedback::default()
        }
    }

    /// An option chosen (choice, gap, listening, minimal pair): right or
    /// wrong, and when wrong, the right one and why the chosen one is not.
    pub fn chosen(chosen: &str, answer: &str, whys: &Whys) -> Feedback {
        if chosen == answer {
            return Feedback::rated(Rating::Good);
        }
        Feedback {
            rating: Some(Rating::Again),
            expected: Some(Marked::plain(answer)),
            why_not: whys.get(chosen).cloned(),
            ..Feedback::default()
        }
    }

    /// A typed answer: a slip is named and its letters marked; a wrong or
    /// empty answer shows the pack's first answer.
    pub fn typed(verdict: Verdict, answers: &[String]) -> Feedback {
        let rating = Some(verdict.rating());
        match verdict {
            Verdict::Correct => Feedback::rated(Rating::Good),
            Verdict::Almost { slip, expected } => Feedback {
                rating,
                slip: Some(slip),
                expected: Some(expected),
                why_not: None,
            },
            Verdict::Wrong { expected } => Feedback {
                rating,
                slip: None,
                expected: Some(expected),
                why_not: None,
            },
            Verdict::Empty => Feedback {
                rating,
                slip: None,
                expected: Some(Marked::plain(answers.first().map_or("", String::as_str))),
                why_not: None,
            },
        }
    }

    /// Tiles put in order: when wrong, the right order, a line a tile for
    /// sentences.
    pub fn ordered(check: &OrderCheck, answer: &[String], sentences: bool) -> Feedback {
        let joiner = if sentences { "\n" } else { " " };
        Feedback {
            rating: Some(check.rating()),
            expected: (!check.is_correct()).then(|| Marked::plain(&answer.join(joiner))),
            ..Feedback::default()
        }
    }

    pub fn tone(&self) -> Tone {
        match self.rating {
            Some(Rating::Good | Rating::Easy) => Tone::Right,
            Some(Rating::Hard) => Tone::Almost,
            Some(Rating::Again) => Tone::Wrong,
            None => Tone::Done,
        }
    }

    /// The Fluent message id that names the slip, if there was one.
    pub fn slip_message_id(&self) -> Option<&'static str> {
        self.slip.map(|slip| match slip {
            Slip::Letters => "play-slip-letters",
            Slip::Typo => "play-slip-typo",
        })
    }
}

/// A typed answer checked, or given up on: `None` while there is nothing
/// to check (the learner has typed nothing that counts).
pub fn typed_answer(input: &str, answers: &[String], given_up: bool) -> Option<Feedback> {
    let verdict = if given_up {
        Verdict::Empty
    } else {
        super::grade::grade(input, answers)
    };
    if verdict == Verdict::Empty && !given_up {
        return None;
    }
    Some(Feedback::typed(verdict, answers))
}

/// A typed reply in a dialogue: how it rates, and the line the
/// conversation goes on with (the right one when the reply was not).
/// `None` while there is nothing to check.
pub fn typed_turn(input: &str, answers: &[String], given_up: bool) -> Option<(String, Rating)> {
    let feedback = typed_answer(input, answers, given_up)?;
    let rating = feedback.rating.unwrap_or(Rating::Again);
    let line = feedback
        .expected
        .map_or_else(|| input.to_owned(), |expected| expected.text());
    Some((line, rating))
}

/// A reply chosen in a dialogue, right after `wrong_tries` wrong ones:
/// right at once is right, else it is to be seen again.
pub fn chosen_turn(wrong_tries: usize) -> Rating {
    if wrong_tries == 0 {
        Rating::Good
    } else {
        Rating::Again
    }
}

/// The note under a reply in a dialogue that was not right at once.
pub fn turn_note(rating: Rating) -> Option<&'static str> {
    match rating {
        Rating::Hard => Some("play-almost"),
        Rating::Again => Some("play-wrong"),
        Rating::Good | Rating::Easy => None,
    }
}

/// How a learner rates a flashcard, with the message id of each choice.
pub const FLASHCARD_RATINGS: [(Rating, &str); 4] = [
    (Rating::Again, "play-rate-again"),
    (Rating::Hard, "play-rate-hard"),
    (Rating::Good, "play-rate-good"),
    (Rating::Easy, "play-rate-easy"),
];

/// How a learner rates their own speaking.
pub const SPEAKING_RATINGS: [(Rating, &str); 3] = [
    (Rating::Again, "speak-rate-again"),
    (Rating::Hard, "speak-rate-hard"),
    (Rating::Good, "speak-rate-good"),
];

/// Whether order tiles are sentences to put into a text (three words or
/// more in a tile), not words into a sentence.
pub fn is_sentences(tiles: &[String]) -> bool {
    tiles
        .iter()
        .any(|tile| tile.split_whitespace().count() >= 3)
}

/// The Fluent message id of the usual instruction for an item's kind.
pub fn instruction_id(exercise: &Exercise) -> &'static str {
    match exercise {
        Exercise::Flashcard { .. } => "play-flashcard",
        Exercise::Choice { .. } => "play-choice",
        Exercise::Gap { .. } => "play-gap",
        Exercise::Cloze { .. } => "play-cloze",
        Exercise::Translate { .. } => "play-translate",
        Exercise::Order { tiles, .. } if is_sentences(tiles) => "play-order-sentences",
        Exercise::Order { .. } => "play-order-words",
        Exercise::Match { .. } => "play-match",
        Exercise::Dialogue { .. } => "play-dialogue",
        Exercise::Message { .. } => "play-message",
        Exercise::Listening { options, .. } if options.is_empty() => "play-listening-type",
        Exercise::Listening { .. } => "play-listening-choose",
        Exercise::MinimalPair { .. } => "play-minimal-pair",
        Exercise::Speaking { .. } => "play-speaking",
        Exercise::Culture { .. } => "play-culture",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::practice::grade::{grade, grade_order};

    fn answers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_right_option_shows_no_answer_and_a_wrong_one_shows_the_right() {
        let why = Support {
            en: Some("Past tense".into()),
            ..Support::default()
        };
        let whys = Whys::from([("hjalp".into(), why.clone())]);
        let right = Feedback::chosen("hjelper", "hjelper", &whys);
        assert_eq!(right, Feedback::rated(Rating::Good));
        assert_eq!(right.tone(), Tone::Right);
        let wrong = Feedback::chosen("hjalp", "hjelper", &whys);
        assert_eq!(wrong.rating, Some(Rating::Again));
        assert_eq!(wrong.why_not, Some(why));
        assert_eq!(wrong.expected.unwrap().text(), "hjelper");
        let unexplained = Feedback::chosen("hjelpe", "hjelper", &whys);
        assert_eq!(unexplained.why_not, None);
    }

    #[test]
    fn typed_answers_name_their_slip_and_mark_it() {
        let list = answers(&["Kan jeg hjelpe deg?"]);
        let almost = Feedback::typed(grade("kan jeg hjelep deg", &list), &list);
        assert_eq!(almost.tone(), Tone::Almost);
        assert_eq!(almost.slip_message_id(), Some("play-slip-typo"));
        assert!(!almost.expected.unwrap().marked().is_empty());
        let letters = answers(&["Så"]);
        let slip = Feedback::typed(grade("Sa", &letters), &letters);
        assert_eq!(slip.slip_message_id(), Some("play-slip-letters"));
        let right = Feedback::typed(grade("kan jeg hjelpe deg", &list), &list);
        assert_eq!((right.tone(), right.expected), (Tone::Right, None));
    }

    #[test]
    fn giving_up_shows_the_first_answer_unmarked() {
        let list = answers(&["morgen", "morran"]);
        let feedback = Feedback::typed(Verdict::Empty, &list);
        assert_eq!(feedback.tone(), Tone::Wrong);
        let expected = feedback.expected.unwrap();
        assert_eq!(
            (expected.text(), expected.marked().len()),
            ("morgen".into(), 0)
        );
        assert_eq!(
            Feedback::typed(Verdict::Empty, &[])
                .expected
                .unwrap()
                .text(),
            ""
        );
    }

    #[test]
    fn nothing_typed_is_not_checked_until_the_learner_gives_up() {
        let list = answers(&["morgen"]);
        assert_eq!(typed_answer("", &list, false), None);
        assert_eq!(typed_answer("  ", &list, false), None);
        let given_up = typed_answer("morg", &list, true).unwrap();
        assert_eq!(given_up.expected.unwrap().text(), "morgen");
        assert_eq!(given_up.rating, Some(Rating::Again));
        let right = typed_answer("Morgen", &list, false).unwrap();
        assert_eq!(right, Feedback::rated(Rating::Good));
    }

    #[test]
    fn tiles_in_the_wrong_order_show_the_right_one_a_line_a_sentence() {
        let words = answers(&["I dag", "jobber", "jeg"]);
        let wrong = grade_order(&["jobber", "I dag", "jeg"], &words, &[]);
        let feedback = Feedback::ordered(&wrong, &words, false);
        assert_eq!(feedback.expected.unwrap().text(), "I dag jobber jeg");
        let sentences = answers(&["Først vasker jeg hendene.", "Så tar jeg på hansker."]);
        let wrong = grade_order(&["Så tar jeg på hansker."], &sentences, &[]);
        let feedback = Feedback::ordered(&wrong, &sentences, true);
        assert!(feedback.expected.unwrap().text().contains('\n'));
        let right = grade_order(&["I dag", "jobber", "jeg"], &words, &[]);
        assert_eq!(
            Feedback::ordered(&right, &words, false),
            Feedback::rated(Rating::Good)
        );
    }

    #[test]
    fn every_rating_has_its_tone() {
        let tones: Vec<&str> = [None, Some(Rating::Again), Some(Rating::Hard)]
            .into_iter()
            .chain(Rating::ALL.map(Some))
            .map(|rating| {
                Feedback {
                    rating,
                    ..Feedback::default()
                }
                .tone()
                .message_id()
            })
            .collect();
        assert_eq!(
            tones,
            [
                "play-done",
                "play-wrong",
                "play-almost",
                "play-wrong",
                "play-almost",
                "play-right",
                "play-right"
            ]
        );
    }

    #[test]
    fn dialogue_replies_go_on_with_the_right_line() {
        let list = answers(&["Ja, takk."]);
        assert_eq!(
            typed_turn("ja, takk", &list, false),
            Some(("ja, takk".into(), Rating::Good))
        );
        assert_eq!(
            typed_turn("nei", &list, false),
            Some(("Ja, takk.".into(), Rating::Again))
        );
        assert_eq!(typed_turn(" ", &list, false), None);
        assert_eq!(
            typed_turn("", &list, true),
            Some(("Ja, takk.".into(), Rating::Again))
        );
        assert_eq!(chosen_turn(0), Rating::Good);
        assert_eq!(chosen_turn(2), Rating::Again);
        assert_eq!(turn_note(Rating::Good), None);
        assert_eq!(turn_note(Rating::Again), Some("play-wrong"));
    }

    #[test]
    fn tiles_of_three_words_or_more_are_sentences() {
        assert!(!is_sentences(&answers(&[
            "I dag", "jobber", "jeg", "kveld"
        ])));
        assert!(is_sentences(&answers(&[
            "Først vasker jeg hendene.",
            "Så tar jeg på hansker."
        ])));
        assert!(!is_sentences(&[]));
    }

    #[test]
    fn listening_says_whether_to_choose_or_write() {
        let listening = |options: &[&str]| Exercise::Listening {
            text: "Hei".into(),
            plays: None,
            options: answers(options),
            answer: None,
        };
        assert_eq!(instruction_id(&listening(&[])), "play-listening-type");
        assert_eq!(
            instruction_id(&listening(&["Hei", "Hai"])),
            "play-listening-choose"
        );
        let sentences = Exercise::Order {
            tiles: answers(&["Først vasker jeg hendene.", "Så tar jeg på hansker."]),
            answer: vec![],
            alternatives: vec![],
        };
        assert_eq!(instruction_id(&sentences), "play-order-sentences");
    }
}
