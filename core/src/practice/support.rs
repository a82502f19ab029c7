//! How much help an exercise gives, by its level and the learner's support
//! language: the one place that decides it.

use crate::content::{Level, Support};
use crate::lang::Lang;

/// The help an exercise gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Help {
    /// The language of instructions, hints and feedback.
    pub language: Lang,
    /// A translation of those the learner can ask for (B1).
    pub translation: Option<Lang>,
    /// Glosses shown when the learner taps a Norwegian word (A1–A2).
    pub glosses: Option<Lang>,
}

impl Help {
    /// The help at `level` for a learner whose support language is
    /// `support` (`None`: Norwegian only).
    ///
    /// A1–A2: everything in the support language, every word glossed.
    /// B1: Norwegian, with a translation on request. B2: Norwegian only.
    pub fn new(level: Level, support: Option<Lang>) -> Help {
        let support = support.filter(|lang| *lang != Lang::Nb);
        match (level, support) {
            (Level::A1 | Level::A2, Some(lang)) => Help {
                language: lang,
                translation: None,
                glosses: Some(lang),
            },
            (Level::B1, Some(lang)) => Help {
                language: Lang::Nb,
                translation: Some(lang),
                glosses: None,
            },
            _ => Help {
                language: Lang::Nb,
                translation: None,
                glosses: None,
            },
        }
    }

    /// A pack's help text in the help language, if the pack has it.
    pub fn text(self, support: &Support) -> Option<&str> {
        support.get(self.language)
    }
}

/// The languages a translation can be shown in, in the order offered.
pub const TRANSLATION_LANGS: [Lang; 2] = [Lang::Uk, Lang::En];

/// The language a translation is shown in: the learner's support language
/// if the text has it, else the first of the others that it has.
pub fn translation_lang(support: Option<Lang>, has: impl Fn(Lang) -> bool) -> Option<Lang> {
    support
        .into_iter()
        .chain(TRANSLATION_LANGS)
        .find(|lang| TRANSLATION_LANGS.contains(lang) && has(*lang))
}

/// The support language a learner starts with: Ukrainian if the browser
/// asks for it anywhere in its list, else English.
pub fn default_support(browser_languages: &[String]) -> Lang {
    let ukrainian = browser_languages
        .iter()
        .any(|tag| Lang::from_browser_tag(tag) == Some(Lang::Uk));
    if ukrainian { Lang::Uk } else { Lang::En }
}

/// The stored form of a support choice: a language code, or `none` for
/// Norwegian only.
pub fn support_code(support: Option<Lang>) -> &'static str {
    support.map_or("none", Lang::code)
}

/// Reads a stored support choice; `None` inside for Norwegian only, and
/// `None` outside for anything unreadable.
pub fn parse_support(code: &str) -> Option<Option<Lang>> {
    match code {
        "none" => Some(None),
        "uk" => Some(Some(Lang::Uk)),
        "en" => Some(Some(Lang::En)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn support(nb: Option<&str>, uk: Option<&str>, en: Option<&str>) -> Support {
        Support {
            nb: nb.map(str::to_owned),
            uk: uk.map(str::to_owned),
            en: en.map(str::to_owned),
        }
    }

    #[test]
    fn beginners_get_everything_in_their_language() {
        for level in [Level::A1, Level::A2] {
            let help = Help::new(level, Some(Lang::Uk));
            assert_eq!(help.language, Lang::Uk);
            assert_eq!(help.glosses, Some(Lang::Uk));
            assert_eq!(help.translation, None);
            let help = Help::new(level, Some(Lang::En));
            assert_eq!(help.language, Lang::En);
            assert_eq!(help.glosses, Some(Lang::En));
        }
    }

    #[test]
    fn b1_is_norwegian_with_translation_on_request() {
        let help = Help::new(Level::B1, Some(Lang::Uk));
        assert_eq!(help.language, Lang::Nb);
        assert_eq!(help.translation, Some(Lang::Uk));
        assert_eq!(help.glosses, None);
    }

    #[test]
    fn b2_is_norwegian_only() {
        for support in [Some(Lang::Uk), Some(Lang::En), None] {
            assert_eq!(
                Help::new(Level::B2, support),
                Help {
                    language: Lang::Nb,
                    translation: None,
                    glosses: None
                }
            );
        }
    }

    #[test]
    fn norwegian_only_is_norwegian_at_every_level() {
        for level in Level::ALL {
            for support in [None, Some(Lang::Nb)] {
                let help = Help::new(level, support);
                assert_eq!(help.language, Lang::Nb);
                assert_eq!(help.glosses, None);
                assert_eq!(help.translation, None);
            }
        }
    }

    #[test]
    fn texts_come_in_the_help_language_when_the_pack_has_them() {
        let hint = support(Some("Det er til gulvet."), Some("Це для підлоги."), None);
        assert_eq!(
            Help::new(Level::A1, Some(Lang::Uk)).text(&hint),
            Some("Це для підлоги.")
        );
        assert_eq!(Help::new(Level::A1, Some(Lang::En)).text(&hint), None);
        let b1 = Help::new(Level::B1, Some(Lang::Uk));
        assert_eq!(b1.text(&hint), Some("Det er til gulvet."));
    }

    #[test]
    fn translations_follow_the_support_language_where_the_text_has_it() {
        let both = |_: Lang| true;
        assert_eq!(translation_lang(Some(Lang::Uk), both), Some(Lang::Uk));
        assert_eq!(translation_lang(Some(Lang::En), both), Some(Lang::En));
        let english_only = |lang: Lang| lang == Lang::En;
        assert_eq!(
            translation_lang(Some(Lang::Uk), english_only),
            Some(Lang::En)
        );
        // Norwegian is never a translation of Norwegian.
        assert_eq!(translation_lang(Some(Lang::Nb), both), Some(Lang::Uk));
        assert_eq!(translation_lang(None, both), Some(Lang::Uk));
        assert_eq!(translation_lang(Some(Lang::Uk), |_| false), None);
    }

    #[test]
    fn ukrainian_browsers_get_ukrainian_support() {
        let langs = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(default_support(&langs(&["uk-UA", "en"])), Lang::Uk);
        assert_eq!(default_support(&langs(&["nb-NO", "uk"])), Lang::Uk);
        assert_eq!(default_support(&langs(&["ru-RU"])), Lang::En);
        assert_eq!(default_support(&langs(&["nb-NO"])), Lang::En);
        assert_eq!(default_support(&[]), Lang::En);
    }

    #[test]
    fn support_choices_round_trip() {
        for choice in [Some(Lang::Uk), Some(Lang::En), None] {
            assert_eq!(parse_support(support_code(choice)), Some(choice));
        }
        assert_eq!(parse_support("ru"), None);
        assert_eq!(parse_support(""), None);
    }
}
