//! The Fluent message bundles for nb, uk and en, and formatting from them.
//! No browser here: native tests use it directly.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::domain::lang::Lang;

/// The Fluent source of each language, embedded in the app.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Nb => include_str!("locales/nb.ftl"),
        Lang::Uk => include_str!("locales/uk.ftl"),
        Lang::En => include_str!("locales/en.ftl"),
    }
}

/// One bundle per language, ready to format messages.
pub struct Messages {
    bundles: [FluentBundle<FluentResource>; 3],
}

impl Messages {
    /// Builds all three bundles. A message that fails to parse is left out
    /// (and then shows as its id); the native tests make sure none does.
    pub fn new() -> Messages {
        Messages {
            bundles: Lang::ALL.map(bundle),
        }
    }

    /// The message `id` in `lang`, or the id itself if there is none.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = &self.bundles[index(lang)];
        let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// Whether `lang` has a message `id` with a value.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundles[index(lang)]
            .get_message(id)
            .is_some_and(|message| message.value().is_some())
    }
}

impl Default for Messages {
    fn default() -> Self {
        Messages::new()
    }
}

/// Arguments for a message, built from pairs.
pub fn args<'a, const N: usize>(pairs: [(&'a str, FluentValue<'a>); N]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

const fn index(lang: Lang) -> usize {
    match lang {
        Lang::Nb => 0,
        Lang::Uk => 1,
        Lang::En => 2,
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(source(lang).to_owned()).unwrap_or_else(|(partial, _)| partial);
    let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // No bidi isolation marks: all three languages run left to right, and
    // the marks would end up in copied text and in comparisons.
    bundle.set_use_isolating(false);
    // Every id is unique (tested), so adding cannot fail on overrides.
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
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
