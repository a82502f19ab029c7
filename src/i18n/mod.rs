//! Every string the learner sees, from Fluent, in the language they chose.

pub mod messages;

use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

use crate::domain::content::Arg;
use crate::domain::lang::{Lang, initial_lang};
use crate::platform::{browser, storage};
use messages::Messages;

pub use messages::args;

/// Storage name of the chosen interface language.
const LANG_KEY: &str = "lang";

thread_local! {
    static MESSAGES: Messages = Messages::new();
}

/// The interface language and the messages in it, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The current interface language (tracked).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Switches the interface language; it is remembered in storage.
    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
    }

    /// The message `id` in the current language (tracked).
    pub fn t(self, id: &str) -> String {
        let lang = self.lang.get();
        MESSAGES.with(|messages| messages.format(lang, id, None))
    }

    /// The message `id` with arguments, in the current language (tracked).
    pub fn t_args(self, id: &str, args: &FluentArgs) -> String {
        let lang = self.lang.get();
        MESSAGES.with(|messages| messages.format(lang, id, Some(args)))
    }
}

impl I18n {
    /// A message whose id and arguments come from the domain, such as a
    /// pack problem (tracked).
    pub fn t_domain(self, (id, args): &(&'static str, Vec<(&'static str, Arg)>)) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(number) => fluent.set(*name, FluentValue::from(*number)),
            }
        }
        self.t_args(id, &fluent)
    }
}

/// Sets up the interface language for the app below: the stored choice,
/// else the browser's preference, kept in storage and in `<html lang>`.
pub fn provide_i18n() -> I18n {
    let stored = storage::get::<String>(LANG_KEY).ok().flatten();
    let lang = initial_lang(stored.as_deref(), &browser::preferred_languages());
    let i18n = I18n {
        lang: RwSignal::new(lang),
    };
    provide_context(i18n);
    Effect::new(move |previous: Option<Lang>| {
        let lang = i18n.lang.get();
        browser::set_document_lang(lang.code());
        // Only a change is the learner's choice; the start-up language stays
        // unsaved so a browser setting can still change it later.
        if previous.is_some_and(|previous| previous != lang) {
            // Failing to remember the language must not stop the switch.
            let _ = storage::set(LANG_KEY, &lang.code());
        }
        lang
    });
    i18n
}

/// The i18n context; panics only if used outside [`provide_i18n`], a
/// program error.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
