//! The app's languages and how a browser's language list maps onto them.

use std::fmt;

/// A language the interface (and learner support) can be shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Norwegian Bokmål.
    Nb,
    /// Ukrainian.
    Uk,
    /// English, the fallback for every language we do not offer.
    #[default]
    En,
}

impl Lang {
    /// Every language, in the order the picker shows them.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Uk, Lang::En];

    /// The BCP 47 tag used in `lang` attributes and storage.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Uk => "uk",
            Lang::En => "en",
        }
    }

    /// The language's name in that language, as the picker shows it.
    pub const fn own_name(self) -> &'static str {
        match self {
            Lang::Nb => "Norsk bokmål",
            Lang::Uk => "Українська",
            Lang::En => "English",
        }
    }

    /// Reads a stored or typed code; only the exact codes of [`Lang::code`].
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language a pack's text is in, told by its first letter:
    /// Cyrillic is Ukrainian, any other letter Norwegian (packs hold no
    /// other languages). `None` for text without letters (emoji, times).
    pub fn of_letters(text: &str) -> Option<Lang> {
        let letter = text.chars().find(|c| c.is_alphabetic())?;
        Some(if ('\u{0400}'..='\u{04ff}').contains(&letter) {
            Lang::Uk
        } else {
            Lang::Nb
        })
    }

    /// Maps one browser language tag (`nb-NO`, `no`, `uk-UA`, `en-GB`, …)
    /// onto a language we offer, or `None`.
    ///
    /// Norwegian in any written form (`no`, `nb`, `nn`) counts as Bokmål: the
    /// workplaces speak Bokmål to newcomers, and Nynorsk readers read it.
    pub fn from_browser_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "uk" => Some(Lang::Uk),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages that we offer, else
    /// English. A language we do not offer is never guessed at: Russian, for
    /// one, does not become Ukrainian.
    pub fn from_browser<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::from_browser_tag(tag.as_ref()))
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_tags_all_mean_bokmal() {
        for tag in ["no", "nb", "nn", "nb-NO", "nn-NO", "no-NO", "NB_no"] {
            assert_eq!(Lang::from_browser_tag(tag), Some(Lang::Nb), "{tag}");
        }
    }

    #[test]
    fn ukrainian_and_english_tags() {
        assert_eq!(Lang::from_browser_tag("uk-UA"), Some(Lang::Uk));
        assert_eq!(Lang::from_browser_tag("uk"), Some(Lang::Uk));
        assert_eq!(Lang::from_browser_tag("en-GB"), Some(Lang::En));
    }

    #[test]
    fn unoffered_languages_are_not_guessed() {
        assert_eq!(Lang::from_browser_tag("ru-RU"), None);
        assert_eq!(
            Lang::from_browser_tag("ua"),
            None,
            "ua is a country, not a language"
        );
        assert_eq!(Lang::from_browser(&["ru-RU", "de"]), Lang::En);
        assert_eq!(Lang::from_browser::<&str>(&[]), Lang::En);
    }

    #[test]
    fn first_offered_preference_wins() {
        assert_eq!(Lang::from_browser(&["ru", "uk-UA", "en"]), Lang::Uk);
        assert_eq!(Lang::from_browser(&["pl", "nn-NO", "uk"]), Lang::Nb);
    }

    #[test]
    fn pack_text_is_told_apart_by_its_letters() {
        assert_eq!(Lang::of_letters("en tannbørste"), Some(Lang::Nb));
        assert_eq!(Lang::of_letters("Ærlig talt"), Some(Lang::Nb));
        assert_eq!(Lang::of_letters("«Їжак» 2"), Some(Lang::Uk));
        assert_eq!(Lang::of_letters("зубна щітка"), Some(Lang::Uk));
        assert_eq!(Lang::of_letters("07–15"), None);
        assert_eq!(Lang::of_letters("🧺"), None);
        assert_eq!(Lang::of_letters(""), None);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }
}
