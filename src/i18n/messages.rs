//! The Fluent messages for nb, uk and en (read by the core's reader of
//! Fluent), and formatting from them. No browser here: native tests use it
//! directly.
//!
//! The app downloads only the languages it shows (`locales/<lang>.ftl.txt`,
//! copied beside it by the build), so the text of the others costs no data
//! and no wasm; native code reads the files from the source tree.

use bransjenorsk_core::fluent::{self, Args, Value};
use bransjenorsk_core::lang::Lang;

/// The Fluent source of each language, for native code and tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => include_str!("locales/nb.ftl"),
        Lang::Uk => include_str!("locales/uk.ftl"),
        Lang::En => include_str!("locales/en.ftl"),
    }
}

/// The messages of each language loaded, ready to format.
#[derive(Default)]
pub struct Messages {
    bundles: [Option<fluent::Messages>; 3],
}

impl Messages {
    /// All three languages, from the source tree.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn new() -> Messages {
        let mut messages = Messages::default();
        for lang in Lang::ALL {
            messages.install(lang, source(lang).to_owned());
        }
        messages
    }

    /// Adds a language from its Fluent source. A message that fails to
    /// parse is left out (and then shows as its id); the native tests make
    /// sure none does.
    pub fn install(&mut self, lang: Lang, source: String) {
        self.bundles[index(lang)] = Some(fluent::Messages::parse(lang, &source));
    }

    pub fn has_lang(&self, lang: Lang) -> bool {
        self.bundles[index(lang)].is_some()
    }

    /// The message `id` in `lang`; in another loaded language while `lang`
    /// is still on its way; the id itself if there is none.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&Args>) -> String {
        [lang, Lang::En, Lang::Nb, Lang::Uk]
            .into_iter()
            .find_map(|lang| self.bundles[index(lang)].as_ref())
            .and_then(|messages| messages.format(id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// Whether `lang` has a message `id` with a value.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles[index(lang)]
            .as_ref()
            .is_some_and(|messages| messages.has(id))
    }
}

/// Arguments for a message, built from pairs.
pub fn args<'a, const N: usize>(pairs: [(&'a str, Value<'a>); N]) -> Args<'a> {
    pairs.into_iter().collect()
}

const fn index(lang: Lang) -> usize {
    match lang {
        Lang::Nb => 0,
        Lang::Uk => 1,
        Lang::En => 2,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn formats_in_each_language() {
        let messages = Messages::new();
        assert_eq!(messages.format(Lang::Nb, "app-name", None), "Bransjenorsk");
        assert_eq!(messages.format(Lang::En, "nav-settings", None), "Settings");
        assert_eq!(
            messages.format(Lang::Uk, "nav-settings", None),
            "Налаштування"
        );
    }

    #[test]
    fn a_language_not_yet_loaded_falls_back_to_one_that_is() {
        let mut messages = Messages::default();
        assert_eq!(
            messages.format(Lang::Uk, "nav-settings", None),
            "nav-settings"
        );
        messages.install(Lang::Nb, source(Lang::Nb).to_owned());
        assert!(messages.has_lang(Lang::Nb) && !messages.has_lang(Lang::Uk));
        assert_eq!(
            messages.format(Lang::Uk, "nav-settings", None),
            "Innstillinger"
        );
        messages.install(Lang::Uk, source(Lang::Uk).to_owned());
        assert_eq!(
            messages.format(Lang::Uk, "nav-settings", None),
            "Налаштування"
        );
    }

    #[test]
    fn missing_message_shows_its_id() {
        assert_eq!(
            Messages::new().format(Lang::En, "no-such-message", None),
            "no-such-message"
        );
    }

    #[test]
    fn ukrainian_plurals_use_their_categories() {
        let messages = Messages::new();
        let words =
            |n: i64| messages.format(Lang::Uk, "pack-words", Some(&args([("count", n.into())])));
        assert_eq!(words(1), "1 слово");
        assert_eq!(words(3), "3 слова");
        assert_eq!(words(5), "5 слів");
        assert_eq!(words(21), "21 слово");
        assert_eq!(words(12), "12 слів");
    }

    #[test]
    fn bokmal_plurals() {
        let messages = Messages::new();
        let words =
            |n: i64| messages.format(Lang::Nb, "pack-words", Some(&args([("count", n.into())])));
        assert_eq!(words(1), "1 ord");
        assert_eq!(words(7), "7 ord");
        let packs = |n: i64| {
            messages.format(
                Lang::Nb,
                "sector-pack-count",
                Some(&args([("count", n.into())])),
            )
        };
        assert_eq!(packs(1), "1 pakke");
        assert_eq!(packs(2), "2 pakker");
    }
}
