//! Norwegian text split into pieces, each word or phrase from the pack's
//! vocabulary marked, so a beginner can tap it for its meaning.

use std::collections::HashMap;

use crate::content::VocabEntry;

/// A piece of a text: a word or phrase from the vocabulary (`entry` is
/// its index there), or the text between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub entry: Option<usize>,
}

/// The longest phrase looked for, in words.
const MAX_PHRASE: usize = 4;

/// Words and phrases of a vocabulary, each in every form it is listed in.
pub struct Glossary {
    /// By first word: each phrase (in words) and its entry.
    phrases: HashMap<String, Vec<(Vec<String>, usize)>>,
}

impl Glossary {
    pub fn new(vocabulary: &[VocabEntry]) -> Glossary {
        let mut phrases: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (index, entry) in vocabulary.iter().enumerate() {
            let lemma = words(&entry.lemma);
            // "en stol", "å vaske": also without the article or infinitive mark.
            let bare = match lemma.split_first() {
                Some((first, rest))
                    if !rest.is_empty() && ["en", "ei", "et", "å"].contains(&first.as_str()) =>
                {
                    Some(rest.to_vec())
                }
                _ => None,
            };
            let forms = entry.forms.iter().map(|form| words(form));
            for phrase in std::iter::once(lemma.clone()).chain(bare).chain(forms) {
                if phrase.is_empty() || phrase.len() > MAX_PHRASE {
                    continue;
                }
                let list = phrases.entry(phrase[0].clone()).or_default();
                if !list.iter().any(|(known, _)| *known == phrase) {
                    // Longest first, so "god morgen" wins over "god"; after
                    // those as long, as they came.
                    let at = list.partition_point(|(known, _)| known.len() >= phrase.len());
                    list.insert(at, (phrase, index));
                }
            }
        }
        Glossary { phrases }
    }

    /// `text` in pieces, the vocabulary's words and phrases marked.
    pub fn pieces(&self, text: &str) -> Vec<Piece> {
        let tokens = tokens(text);
        let word_at: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].1).collect();
        let mut pieces: Vec<Piece> = Vec::new();
        let mut plain = String::new();
        let mut token = 0;
        while token < tokens.len() {
            let found = if tokens[token].1 {
                let position = word_at.binary_search(&token).unwrap_or(0);
                self.longest_at(&tokens, &word_at[position..])
            } else {
                None
            };
            match found {
                Some((last_token, entry)) => {
                    if !plain.is_empty() {
                        pieces.push(Piece {
                            text: std::mem::take(&mut plain),
                            entry: None,
                        });
                    }
                    let text = tokens[token..=last_token].iter().map(|(t, _)| *t).collect();
                    pieces.push(Piece {
                        text,
                        entry: Some(entry),
                    });
                    token = last_token + 1;
                }
                None => {
                    plain.push_str(tokens[token].0);
                    token += 1;
                }
            }
        }
        if !plain.is_empty() {
            pieces.push(Piece {
                text: plain,
                entry: None,
            });
        }
        pieces
    }

    /// The longest phrase starting at the first of `words` (token indices),
    /// as (its last token, its entry). Words of a phrase may be apart only
    /// by spaces.
    fn longest_at(&self, tokens: &[(&str, bool)], words: &[usize]) -> Option<(usize, usize)> {
        let first = tokens[words[0]].0.to_lowercase();
        let candidates = self.phrases.get(&first)?;
        candidates.iter().find_map(|(phrase, entry)| {
            let span = words.get(..phrase.len())?;
            let joined_by_spaces = span
                .windows(2)
                .all(|pair| pair[1] == pair[0] + 2 && tokens[pair[0] + 1].0.trim().is_empty());
            let same = span
                .iter()
                .zip(phrase)
                .all(|(&token, word)| tokens[token].0.to_lowercase() == *word);
            let last = *span.last()?;
            (joined_by_spaces && same).then_some((last, *entry))
        })
    }
}

/// Whether `c` belongs to a word: letters, digits, and hyphens or
/// apostrophes inside one (e-post, Kari's).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The text as tokens: words (`true`) and what lies between them.
fn tokens(text: &str) -> Vec<(&str, bool)> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut in_word = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (position, &(index, c)) in chars.iter().enumerate() {
        let joiner = (c == '-' || c == '\'')
            && in_word == Some(true)
            && chars
                .get(position + 1)
                .is_some_and(|(_, next)| is_word_char(*next));
        let word = is_word_char(c) || joiner;
        if in_word != Some(word) {
            if let Some(was_word) = in_word {
                tokens.push((&text[start..index], was_word));
            }
            start = index;
            in_word = Some(word);
        }
    }
    if let Some(was_word) = in_word {
        tokens.push((&text[start..], was_word));
    }
    tokens
}

/// The words of a vocabulary form, lower case.
fn words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|(_, word)| *word)
        .map(|(word, _)| word.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Gloss, PartOfSpeech};

    fn entry(lemma: &str, forms: &[&str]) -> VocabEntry {
        VocabEntry {
            id: lemma.replace(' ', "-"),
            lemma: lemma.to_owned(),
            forms: forms.iter().map(|f| (*f).to_owned()).collect(),
            pos: PartOfSpeech::Noun,
            gloss: Gloss {
                uk: String::new(),
                en: String::new(),
            },
            example: None,
            audio: None,
        }
    }

    fn marked(glossary: &Glossary, text: &str) -> Vec<(String, usize)> {
        glossary
            .pieces(text)
            .into_iter()
            .filter_map(|piece| piece.entry.map(|entry| (piece.text, entry)))
            .collect()
    }

    #[test]
    fn words_in_any_listed_form_are_found() {
        let glossary = Glossary::new(&[
            entry("en bøtte", &["bøtta", "bøtter", "bøttene"]),
            entry("å vaske", &["vasker", "vasket"]),
        ]);
        assert_eq!(
            marked(&glossary, "Jeg vasker gulvet med bøtta."),
            [("vasker".to_owned(), 1), ("bøtta".to_owned(), 0)]
        );
        assert_eq!(marked(&glossary, "Bøtter!"), [("Bøtter".to_owned(), 0)]);
        assert_eq!(marked(&glossary, "en bøtte"), [("en bøtte".to_owned(), 0)]);
        assert_eq!(marked(&glossary, "å vaske"), [("å vaske".to_owned(), 1)]);
    }

    #[test]
    fn pieces_give_back_the_whole_text() {
        let glossary = Glossary::new(&[entry("en kopp", &["koppen"]), entry("god morgen", &[])]);
        let text = "God morgen, Kari! Koppen står – på bordet… 😊";
        let pieces = glossary.pieces(text);
        assert_eq!(
            pieces.iter().map(|p| p.text.as_str()).collect::<String>(),
            text
        );
        assert_eq!(
            marked(&glossary, text),
            [("God morgen".to_owned(), 1), ("Koppen".to_owned(), 0)]
        );
    }

    #[test]
    fn the_longest_phrase_wins() {
        let glossary = Glossary::new(&[entry("god", &[]), entry("god morgen", &[])]);
        assert_eq!(
            marked(&glossary, "god morgen"),
            [("god morgen".to_owned(), 1)]
        );
        assert_eq!(marked(&glossary, "god dag"), [("god".to_owned(), 0)]);
        // A phrase split by punctuation is two words.
        assert_eq!(marked(&glossary, "god, morgen"), [("god".to_owned(), 0)]);
    }

    #[test]
    fn words_inside_words_are_not_found() {
        let glossary = Glossary::new(&[entry("en stol", &[])]);
        assert!(marked(&glossary, "stolen stolpe").is_empty());
        assert_eq!(
            marked(&glossary, "stol-stol"),
            Vec::<(String, usize)>::new()
        );
    }

    #[test]
    fn hyphenated_words_are_one_word() {
        let glossary = Glossary::new(&[entry("en e-post", &["e-posten"])]);
        assert_eq!(
            marked(&glossary, "Send en e-post."),
            [("en e-post".to_owned(), 0)]
        );
        assert_eq!(
            marked(&glossary, "E-posten - nå"),
            [("E-posten".to_owned(), 0)]
        );
    }

    #[test]
    fn empty_and_odd_text_is_safe() {
        let glossary = Glossary::new(&[entry("en kopp", &[]), entry("", &[])]);
        assert!(glossary.pieces("").is_empty());
        assert_eq!(glossary.pieces("   ").len(), 1);
        assert_eq!(glossary.pieces("مرحبا kopp")[1].entry, Some(0));
    }
}
