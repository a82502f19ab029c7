//! Grading typed answers as a teacher would: case, spacing and final
//! punctuation do not matter, a pack's alternatives count, a slip of one
//! letter in a longer word is "almost", and a missing or wrong æ, ø or å is
//! named as such, since many phone keyboards lack them.

use super::Rating;

/// What the learner's typed answer is worth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing was typed.
    Empty,
    /// One of the accepted answers.
    Correct,
    /// Right but for a slip; `expected` marks the letters to look at.
    Almost { slip: Slip, expected: Marked },
    /// Not the answer; `expected` is the pack's first answer.
    Wrong { expected: Marked },
}

/// The kind of slip an "almost" answer made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slip {
    /// Æ, ø or å missing, written another way (ae, o, aa…) or confused.
    Letters,
    /// One letter wrong, missing, extra or swapped in a longer word.
    Typo,
}

impl Verdict {
    /// How the answer rates for review: a slip rates below a clean answer.
    pub fn rating(&self) -> Rating {
        match self {
            Verdict::Correct => Rating::Good,
            Verdict::Almost { .. } => Rating::Hard,
            Verdict::Empty | Verdict::Wrong { .. } => Rating::Again,
        }
    }
}

/// An answer as shown after grading, in parts; `true` parts are the ones
/// the learner got wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marked(pub Vec<(String, bool)>);

impl Marked {
    /// The whole text, marks dropped.
    pub fn text(&self) -> String {
        self.0.iter().map(|(part, _)| part.as_str()).collect()
    }

    /// The marked parts only.
    pub fn marked(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(_, marked)| *marked)
            .map(|(part, _)| part.as_str())
            .collect()
    }

    /// `text` with nothing marked.
    pub fn plain(text: &str) -> Marked {
        Marked::new(text, &[])
    }

    fn new(text: &str, marks: &[usize]) -> Marked {
        let mut parts: Vec<(String, bool)> = Vec::new();
        for (index, c) in text.trim().chars().enumerate() {
            let marked = marks.contains(&index);
            match parts.last_mut() {
                Some((part, last)) if *last == marked => part.push(c),
                _ => parts.push((c.to_string(), marked)),
            }
        }
        Marked(parts)
    }
}

/// The shortest word in which one slipped letter still counts as almost
/// right: in shorter words one letter is often another word (tak, takk).
pub const TYPO_MIN_LETTERS: usize = 5;

/// Grades `input` against the accepted `answers` (the first is the one
/// shown when the input is wrong).
pub fn grade(input: &str, answers: &[String]) -> Verdict {
    let typed = Tidy::new(input);
    if typed.chars.is_empty() {
        return Verdict::Empty;
    }
    let accepted: Vec<(Tidy, &String)> = answers.iter().map(|a| (Tidy::new(a), a)).collect();
    if accepted
        .iter()
        .any(|(answer, _)| answer.chars == typed.chars)
    {
        return Verdict::Correct;
    }
    let longest = accepted
        .iter()
        .map(|(a, _)| a.chars.len())
        .max()
        .unwrap_or(0);
    // Far longer than any answer: not a slip, and not worth aligning.
    if typed.chars.len() <= 2 * longest + 8 {
        for (slip, find) in [
            (
                Slip::Letters,
                letter_slips as fn(&[char], &[char]) -> Option<Vec<usize>>,
            ),
            (Slip::Typo, typo),
        ] {
            for (answer, original) in &accepted {
                if let Some(marks) = find(&answer.chars, &typed.chars) {
                    let marks: Vec<usize> = marks.iter().map(|&i| answer.from[i]).collect();
                    return Verdict::Almost {
                        slip,
                        expected: Marked::new(original, &marks),
                    };
                }
            }
        }
    }
    Verdict::Wrong {
        expected: Marked::new(answers.first().map_or("", String::as_str), &[]),
    }
}

/// Text made comparable: lower case, spaces collapsed, invisible marks
/// and final punctuation dropped, å and friends composed. `from` gives
/// each character's index in the trimmed original, for marking.
struct Tidy {
    chars: Vec<char>,
    from: Vec<usize>,
}

impl Tidy {
    fn new(text: &str) -> Tidy {
        let mut tidy = Tidy {
            chars: Vec::new(),
            from: Vec::new(),
        };
        for (index, c) in text.trim().chars().enumerate() {
            if is_invisible(c) {
                continue;
            }
            if c.is_whitespace() {
                if tidy.chars.last().is_some_and(|&last| last != ' ') {
                    tidy.push(' ', index);
                }
                continue;
            }
            if let Some(last) = tidy.chars.last_mut()
                && let Some(composed) = compose(*last, c)
            {
                *last = composed;
                continue;
            }
            let c = match c {
                '’' | '‘' | '´' | '`' => '\'',
                '“' | '”' | '«' | '»' => '"',
                c => c,
            };
            let mut lower = c.to_lowercase();
            let c = match (lower.next(), lower.next()) {
                (Some(lower), None) => lower,
                _ => c,
            };
            tidy.push(c, index);
        }
        while tidy
            .chars
            .last()
            .is_some_and(|&c| c == ' ' || ".!?,;:…".contains(c))
        {
            tidy.chars.pop();
            tidy.from.pop();
        }
        tidy
    }

    fn push(&mut self, c: char, from: usize) {
        self.chars.push(c);
        self.from.push(from);
    }
}

/// Zero-width and direction marks that keyboards and pasted text carry.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// A letter followed by a combining mark, as one letter.
fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('a', '\u{030A}') => 'å',
        ('A', '\u{030A}') => 'Å',
        ('o', '\u{0338}') => 'ø',
        ('O', '\u{0338}') => 'Ø',
        ('e', '\u{0301}') => 'é',
        ('E', '\u{0301}') => 'É',
        ('a', '\u{0308}') => 'ä',
        ('o', '\u{0308}') => 'ö',
        ('u', '\u{0308}') => 'ü',
        _ => return None,
    })
}

/// Vowels a learner may put for æ, ø or å, or those for them.
const VOWELS: &str = "aeoæøåäö";
const SPECIAL: &str = "æøå";

/// Whether typing `typed` where `expected` belongs is an æ/ø/å slip.
fn letter_pair(expected: char, typed: char) -> bool {
    (SPECIAL.contains(expected) || SPECIAL.contains(typed))
        && VOWELS.contains(expected)
        && VOWELS.contains(typed)
}

/// The two letters a keyboard without æ, ø, å uses for one.
fn spelled_out(expected: char) -> Option<[char; 2]> {
    match expected {
        'æ' => Some(['a', 'e']),
        'ø' => Some(['o', 'e']),
        'å' => Some(['a', 'a']),
        _ => None,
    }
}

/// If `typed` is `expected` but for æ/ø/å slips, the positions in
/// `expected` of the letters slipped on.
fn letter_slips(expected: &[char], typed: &[char]) -> Option<Vec<usize>> {
    const SAME: u8 = 1;
    const SWAPPED: u8 = 2;
    const SPELLED: u8 = 3;
    let width = typed.len() + 1;
    // How each cell (letters of expected, letters of typed) was reached.
    let mut step = vec![0u8; (expected.len() + 1) * width];
    step[0] = SAME;
    for i in 0..expected.len() {
        for j in 0..typed.len() {
            if step[i * width + j] == 0 {
                continue;
            }
            let next = (i + 1) * width + j + 1;
            if expected[i] == typed[j] {
                step[next] = SAME;
            } else if letter_pair(expected[i], typed[j]) && step[next] == 0 {
                step[next] = SWAPPED;
            }
            if let Some(pair) = spelled_out(expected[i])
                && typed[j..].starts_with(&pair)
                && step[next + 1] == 0
            {
                step[next + 1] = SPELLED;
            }
        }
    }
    let (mut i, mut j) = (expected.len(), typed.len());
    if step[i * width + j] == 0 {
        return None;
    }
    let mut slips = Vec::new();
    while i > 0 {
        match step[i * width + j] {
            SAME => j -= 1,
            SWAPPED => {
                slips.push(i - 1);
                j -= 1;
            }
            _ => {
                slips.push(i - 1);
                j -= 2;
            }
        }
        i -= 1;
    }
    slips.reverse();
    (!slips.is_empty()).then_some(slips)
}

/// If `typed` differs from `expected` by one letter in one word of at
/// least [`TYPO_MIN_LETTERS`], the positions in `expected` to mark.
fn typo(expected: &[char], typed: &[char]) -> Option<Vec<usize>> {
    let words = |chars: &[char]| -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut start = 0;
        for (index, &c) in chars.iter().enumerate() {
            if c == ' ' {
                spans.push((start, index));
                start = index + 1;
            }
        }
        spans.push((start, chars.len()));
        spans
    };
    let (expected_words, typed_words) = (words(expected), words(typed));
    if expected_words.len() != typed_words.len() {
        return None;
    }
    let mut differing = expected_words
        .iter()
        .zip(&typed_words)
        .filter(|((a, b), (c, d))| expected[*a..*b] != typed[*c..*d]);
    let ((start, end), (typed_start, typed_end)) = differing.next()?;
    if differing.next().is_some() {
        return None;
    }
    let (word, slipped) = (&expected[*start..*end], &typed[*typed_start..*typed_end]);
    if word.iter().filter(|c| c.is_alphabetic()).count() < TYPO_MIN_LETTERS
        || !one_edit_apart(word, slipped)
    {
        return None;
    }
    let prefix = word.iter().zip(slipped).take_while(|(a, b)| a == b).count();
    let suffix = word
        .iter()
        .rev()
        .zip(slipped.iter().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(word.len() - prefix);
    let marks: Vec<usize> = if prefix + suffix < word.len() {
        (start + prefix..end - suffix).collect()
    } else {
        // A letter too many: mark the letter it was typed next to.
        vec![start + prefix.min(word.len() - 1)]
    };
    Some(marks)
}

/// Whether one substitution, insertion, deletion or swap of neighbours
/// turns `a` into `b`.
fn one_edit_apart(a: &[char], b: &[char]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    match a.len() as isize - b.len() as isize {
        0 => a[1..] == b[1..] || (a.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..]),
        1 => a[1..] == *b,
        -1 => *a == b[1..],
        _ => false,
    }
}

/// Where a built sequence of tiles went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderCheck {
    /// Positions of placed tiles that are not what belongs there.
    pub misplaced: Vec<usize>,
    /// How many tiles are missing at the end.
    pub missing: usize,
}

impl OrderCheck {
    pub fn is_correct(&self) -> bool {
        self.misplaced.is_empty() && self.missing == 0
    }

    pub fn rating(&self) -> Rating {
        if self.is_correct() {
            Rating::Good
        } else {
            Rating::Again
        }
    }
}

/// Checks the whole sequence of placed tiles: right if it is the answer
/// or one of the other right orders; otherwise marked against the answer.
/// Tiles compare without regard to case, so «I dag» may stand last.
pub fn grade_order(placed: &[&str], answer: &[String], alternatives: &[Vec<String>]) -> OrderCheck {
    alternatives
        .iter()
        .map(|order| check_order(placed, order))
        .find(OrderCheck::is_correct)
        .unwrap_or_else(|| check_order(placed, answer))
}

fn check_order(placed: &[&str], order: &[String]) -> OrderCheck {
    let same = |a: &str, b: &str| a == b || a.to_lowercase() == b.to_lowercase();
    OrderCheck {
        misplaced: placed
            .iter()
            .enumerate()
            .filter(|(index, tile)| order.get(*index).is_none_or(|right| !same(right, tile)))
            .map(|(index, _)| index)
            .collect(),
        missing: order.len().saturating_sub(placed.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn verdict(input: &str, list: &[&str]) -> Verdict {
        grade(input, &answers(list))
    }

    fn correct(input: &str, list: &[&str]) {
        assert_eq!(
            verdict(input, list),
            Verdict::Correct,
            "{input:?} vs {list:?}"
        );
    }

    fn wrong(input: &str, list: &[&str]) {
        assert!(
            matches!(verdict(input, list), Verdict::Wrong { .. }),
            "{input:?} vs {list:?}: {:?}",
            verdict(input, list)
        );
    }

    /// Asserts an almost-right answer and returns the marked letters.
    fn almost(input: &str, list: &[&str], slip: Slip) -> Vec<String> {
        match verdict(input, list) {
            Verdict::Almost {
                slip: found,
                expected,
            } => {
                assert_eq!(found, slip, "{input:?}");
                expected.marked().into_iter().map(str::to_owned).collect()
            }
            other => panic!("{input:?} vs {list:?}: {other:?}"),
        }
    }

    #[test]
    fn exact_answers_are_correct() {
        correct("Jeg heter Olena.", &["Jeg heter Olena."]);
        correct("moppen", &["moppen"]);
        correct("God morgen!", &["God morgen!"]);
    }

    #[test]
    fn case_spacing_and_final_punctuation_do_not_matter() {
        correct("jeg heter olena", &["Jeg heter Olena."]);
        correct("  Jeg   heter\tOlena  ", &["Jeg heter Olena."]);
        correct("JEG HETER OLENA!!!", &["Jeg heter Olena."]);
        correct("Hvordan har du det", &["Hvordan har du det?"]);
        correct("God morgen…", &["God morgen"]);
        correct("Hei, Kari.", &["Hei, Kari"]);
        correct("ja .", &["Ja."]);
    }

    #[test]
    fn inner_punctuation_still_counts() {
        wrong("Hei Kari og Per, takk", &["Hei, Kari og Per takk"]);
    }

    #[test]
    fn alternatives_count() {
        let list = ["Jeg skal vaske gulvet.", "Jeg vasker gulvet."];
        correct("Jeg vasker gulvet", &list);
        correct("jeg skal vaske gulvet", &list);
        wrong("Jeg vasket bilen", &list);
    }

    #[test]
    fn the_first_answer_is_shown_when_wrong() {
        let Verdict::Wrong { expected } = verdict("noe annet", &["bøtta", "bøtten"]) else {
            panic!()
        };
        assert_eq!(expected.text(), "bøtta");
        assert!(expected.marked().is_empty());
    }

    #[test]
    fn empty_input_is_empty() {
        assert_eq!(verdict("", &["ja"]), Verdict::Empty);
        assert_eq!(verdict("   \n\t", &["ja"]), Verdict::Empty);
        assert_eq!(verdict("\u{200B}", &["ja"]), Verdict::Empty);
        assert_eq!(verdict("", &["ja"]).rating(), Rating::Again);
    }

    #[test]
    fn punctuation_alone_is_not_an_answer() {
        assert_eq!(verdict("...", &["ja"]), Verdict::Empty);
        assert_eq!(verdict("?!", &["ja"]), Verdict::Empty);
    }

    #[test]
    fn missing_ae_oe_aa_are_named() {
        assert_eq!(almost("bla", &["blå"], Slip::Letters), ["å"]);
        assert_eq!(
            almost("Jeg er sovnig", &["Jeg er søvnig"], Slip::Letters),
            ["ø"]
        );
        assert_eq!(
            almost("vaer sa snill", &["Vær så snill"], Slip::Letters),
            ["æ", "å"]
        );
        assert_eq!(almost("boetta", &["bøtta"], Slip::Letters), ["ø"]);
        assert_eq!(almost("paa", &["på"], Slip::Letters), ["å"]);
        assert_eq!(
            almost("gå til hoyre", &["Gå til høyre."], Slip::Letters),
            ["ø"]
        );
    }

    #[test]
    fn wrong_special_letters_are_named() {
        // Ø for æ, å for ø: confused letters, not typos.
        assert_eq!(almost("bør", &["bær"], Slip::Letters), ["æ"]);
        assert_eq!(almost("dår", &["dør"], Slip::Letters), ["ø"]);
        // A special letter where a plain one belongs.
        assert_eq!(
            almost("Hun bør her", &["Hun bor her"], Slip::Letters),
            ["o"]
        );
        // Swedish and German letters for Norwegian ones.
        assert_eq!(almost("söster", &["søster"], Slip::Letters), ["ø"]);
        assert_eq!(almost("Jäg", &["Jæg"], Slip::Letters), ["æ"]);
    }

    #[test]
    fn plain_vowels_swapped_are_not_letter_slips() {
        // a for o, neither of them special: an ordinary typo or a wrong word.
        wrong("hus", &["hos"]);
        assert_eq!(almost("sykepleiar", &["sykepleier"], Slip::Typo), ["e"]);
    }

    #[test]
    fn marks_point_into_the_answer_as_written() {
        let Verdict::Almost { expected, .. } = verdict("vaer sa snill", &["  Vær så snill!"])
        else {
            panic!()
        };
        assert_eq!(
            expected.0,
            vec![
                ("V".to_owned(), false),
                ("æ".to_owned(), true),
                ("r s".to_owned(), false),
                ("å".to_owned(), true),
                (" snill!".to_owned(), false),
            ]
        );
        assert_eq!(expected.text(), "Vær så snill!");
    }

    #[test]
    fn combining_marks_are_the_same_letters() {
        correct("bla\u{030A}", &["blå"]);
        correct("so\u{0338}ster", &["søster"]);
        correct("Ba\u{030A}t", &["båt"]);
        correct("kafe\u{0301}", &["kafé"]);
    }

    #[test]
    fn one_letter_in_a_longer_word_is_almost() {
        assert_eq!(almost("sykepleire", &["sykepleier"], Slip::Typo), ["er"]);
        assert_eq!(almost("sykepleir", &["sykepleier"], Slip::Typo), ["e"]);
        assert_eq!(almost("sykeplieer", &["sykepleier"], Slip::Typo), ["ei"]);
        assert_eq!(almost("sykepleierr", &["sykepleier"], Slip::Typo), ["r"]);
        assert_eq!(almost("sykepleiet", &["sykepleier"], Slip::Typo), ["r"]);
        assert_eq!(
            almost("Jeg vasker gulvte", &["Jeg vasker gulvet."], Slip::Typo),
            ["et"]
        );
        assert_eq!(
            almost("Kan du hjelpe meg", &["Kan du hjelp meg"], Slip::Typo),
            ["p"]
        );
    }

    #[test]
    fn a_slip_in_a_short_word_is_wrong() {
        wrong("tak", &["takk"]);
        wrong("et", &["en"]);
        wrong("Jeg har et bil", &["Jeg har en bil"]);
        wrong("syk", &["sik"]);
        wrong("hos", &["hus"]);
    }

    #[test]
    fn two_slips_are_wrong() {
        wrong("sykeplier", &["sykepleiere"]);
        wrong("sykplieer", &["sykepleier"]);
        wrong("Jeg vaskr gulvte", &["Jeg vasker gulvet"]);
        // A typo and a missing ø together.
        wrong("sovnnig", &["søvnig"]);
    }

    #[test]
    fn words_missing_or_added_are_wrong() {
        wrong("Jeg vasker", &["Jeg vasker gulvet"]);
        wrong("Jeg vasker gulvet nå", &["Jeg vasker gulvet"]);
        wrong("Jegvasker gulvet", &["Jeg vasker gulvet"]);
    }

    #[test]
    fn the_closest_alternative_is_marked() {
        let Verdict::Almost { expected, .. } = verdict("bottene", &["bøttene", "bøttane"]) else {
            panic!()
        };
        assert_eq!(expected.text(), "bøttene");
    }

    #[test]
    fn letter_slips_beat_typos() {
        // "sondag" is both one letter off and a missing ø: say ø.
        assert_eq!(almost("sondag", &["søndag"], Slip::Letters), ["ø"]);
    }

    #[test]
    fn very_long_input_is_wrong_without_effort() {
        let long = "a".repeat(100_000);
        wrong(&long, &["ja"]);
        let long_sentence = "Jeg vasker gulvet. ".repeat(2_000);
        wrong(&long_sentence, &["Jeg vasker gulvet."]);
    }

    #[test]
    fn long_answers_still_grade() {
        let answer = "Jeg har vasket badet, skiftet håndklærne og tømt søppelet på rom 214.";
        correct(&answer.to_lowercase(), &[answer]);
        let typed = "Jeg har vasket badet, skiftet handklaerne og tomt soppelet pa rom 214";
        assert_eq!(
            almost(typed, &[answer], Slip::Letters),
            ["å", "æ", "ø", "ø", "å"]
        );
    }

    #[test]
    fn right_to_left_and_other_scripts_are_just_wrong() {
        wrong("مرحبا", &["hei"]);
        wrong("שלום עולם", &["Hei verden"]);
        wrong("Привіт", &["Hei"]);
        // Direction marks around a right answer do not make it wrong.
        correct("\u{202B}Hei\u{202C}", &["Hei"]);
        correct("\u{200F}hei\u{200E}", &["Hei"]);
    }

    #[test]
    fn emoji_are_compared_as_written() {
        correct("👍", &["👍"]);
        correct("Takk 🙂", &["Takk 🙂"]);
        wrong("👎", &["👍"]);
        wrong("👨‍👩‍👧", &["familie"]);
        wrong("familie 👨‍👩‍👧", &["familie"]);
    }

    #[test]
    fn typographic_quotes_match_plain_ones() {
        correct("Det er Kari’s", &["Det er Kari's"]);
        correct("«Hei»", &["\"Hei\""]);
    }

    #[test]
    fn other_lowercase_rules_do_not_panic() {
        // Characters whose lower case is more than one character.
        assert_ne!(verdict("İstanbul", &["istanbul"]), Verdict::Correct);
        correct("ẞ", &["ẞ"]);
    }

    #[test]
    fn no_answers_means_wrong() {
        assert_eq!(
            grade("hei", &[]),
            Verdict::Wrong {
                expected: Marked::default()
            }
        );
    }

    #[test]
    fn ratings_follow_verdicts() {
        assert_eq!(verdict("hei", &["Hei"]).rating(), Rating::Good);
        assert_eq!(verdict("bla", &["blå"]).rating(), Rating::Hard);
        assert_eq!(verdict("nei", &["ja"]).rating(), Rating::Again);
    }

    #[test]
    fn order_is_checked_as_a_whole() {
        let answer = answers(&["I dag", "skal", "jeg", "vaske", "gulvet"]);
        let right = grade_order(&["I dag", "skal", "jeg", "vaske", "gulvet"], &answer, &[]);
        assert!(right.is_correct());
        assert_eq!(right.rating(), Rating::Good);

        let verb_third = grade_order(&["I dag", "jeg", "skal", "vaske", "gulvet"], &answer, &[]);
        assert_eq!(verb_third.misplaced, [1, 2]);
        assert_eq!(verb_third.missing, 0);
        assert_eq!(verb_third.rating(), Rating::Again);

        let short = grade_order(&["I dag", "skal"], &answer, &[]);
        assert!(short.misplaced.is_empty());
        assert_eq!(short.missing, 3);
        assert!(!short.is_correct());

        let extra = grade_order(
            &["I dag", "skal", "jeg", "vaske", "gulvet", "ikke"],
            &answer,
            &[],
        );
        assert_eq!(extra.misplaced, [5]);
    }

    #[test]
    fn every_right_order_counts_and_a_wrong_one_is_marked_against_the_answer() {
        let answer = answers(&["I dag", "jobber", "jeg", "kveld"]);
        let other = vec![answers(&["jeg", "jobber", "kveld", "i dag"])];
        assert!(grade_order(&["I dag", "jobber", "jeg", "kveld"], &answer, &other).is_correct());
        assert!(grade_order(&["jeg", "jobber", "kveld", "I dag"], &answer, &other).is_correct());
        assert!(!grade_order(&["jeg", "jobber", "kveld", "I dag"], &answer, &[]).is_correct());
        let wrong = grade_order(&["I dag", "jeg", "jobber", "kveld"], &answer, &other);
        assert_eq!(wrong.misplaced, [1, 2]);
    }

    #[test]
    fn repeated_tiles_are_interchangeable() {
        let answer = answers(&["en", "kopp", "og", "en", "skje"]);
        assert!(grade_order(&["en", "kopp", "og", "en", "skje"], &answer, &[]).is_correct());
        assert_eq!(
            grade_order(&["en", "skje", "og", "en", "kopp"], &answer, &[]).misplaced,
            [1, 4]
        );
        assert!(grade_order(&[], &answer, &[]).missing == 5);
    }
}
