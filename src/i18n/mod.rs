//! Every string the learner sees, from Fluent, in the language they chose.

pub mod messages;

use leptos::prelude::*;

use crate::platform::browser;
use crate::platform::fetch::{self, FetchError};
use crate::platform::storage::{self, Guarded, StoreKey};
use bransjenorsk_core::content::{Arg, Message};
use bransjenorsk_core::fluent::Args;
use bransjenorsk_core::lang::Lang;
use bransjenorsk_core::practice::support::{default_support, support_code};
use bransjenorsk_core::storage::read;
use messages::Messages;
use std::cell::RefCell;

pub use messages::args;

thread_local! {
    static MESSAGES: RefCell<Messages> = RefCell::new(Messages::default());
}

/// Makes the messages of `lang` available: downloaded the first time.
pub async fn load(lang: Lang) -> Result<(), FetchError> {
    if MESSAGES.with_borrow(|messages| messages.has_lang(lang)) {
        return Ok(());
    }
    let source = fetch::text(&format!("locales/{}.ftl.txt", lang.code())).await?;
    MESSAGES.with_borrow_mut(|messages| messages.install(lang, source));
    Ok(())
}

/// Installs a language's messages from their source (tests that mount
/// components without the app's files).
pub fn install(lang: Lang, source: String) {
    MESSAGES.with_borrow_mut(|messages| messages.install(lang, source));
}

/// The interface and support languages to start with: the stored
/// choices, else the browser's preferences.
pub fn initial_languages() -> (Lang, Option<Lang>) {
    let browser_languages = browser::preferred_languages();
    let lang = storage::read(Guarded::Lang, read::lang)
        .unwrap_or_else(|| Lang::from_browser(&browser_languages));
    let support = storage::read(Guarded::Support, read::support)
        .unwrap_or_else(|| Some(default_support(&browser_languages)));
    (lang, support)
}

/// The interface language and the messages in it, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
    /// The learner's support language; `None` for Norwegian only.
    support: RwSignal<Option<Lang>>,
    /// Changes when a language's messages arrive, so text shown in a
    /// fallback language is redrawn.
    loaded: RwSignal<usize>,
    /// A language chosen whose messages could not be downloaded.
    unavailable: RwSignal<Option<Lang>>,
}

impl I18n {
    /// The current interface language (tracked).
    pub fn lang(self) -> Lang {
        self.lang.get()
    }

    /// Switches the interface language once its messages are there; it
    /// is remembered in storage. Offline, a language never loaded stays
    /// unavailable and nothing changes.
    pub fn set_lang(self, lang: Lang) {
        leptos::task::spawn_local(async move {
            let ok = self.ensure(lang).await;
            self.unavailable.set((!ok).then_some(lang));
            if ok {
                self.lang.set(lang);
            }
        });
    }

    /// A language the learner chose that could not be downloaded (tracked).
    pub fn unavailable(self) -> Option<Lang> {
        self.unavailable.get()
    }

    /// Loads `lang` if needed; whether its messages are there.
    pub async fn ensure(self, lang: Lang) -> bool {
        let had = MESSAGES.with_borrow(|messages| messages.has_lang(lang));
        let ok = load(lang).await.is_ok();
        if ok && !had {
            self.loaded.update(|count| *count += 1);
        }
        ok
    }

    /// The learner's support language, `None` for Norwegian only (tracked).
    pub fn support(self) -> Option<Lang> {
        self.support.get()
    }

    /// Changes the support language and remembers it.
    pub fn set_support(self, support: Option<Lang>) {
        if let Some(lang) = support {
            leptos::task::spawn_local(async move {
                self.ensure(lang).await;
            });
        }
        self.support.set(support);
        // Failing to remember it must not stop the change.
        let _ = storage::set(StoreKey::Support, &support_code(support));
    }

    /// The message `id` in `lang`, whatever the interface language.
    pub fn t_in(self, lang: Lang, id: &str) -> String {
        self.loaded.track();
        MESSAGES.with_borrow(|messages| messages.format(lang, id, None))
    }

    /// The message `id` with arguments in `lang`.
    pub fn t_in_args(self, lang: Lang, id: &str, args: &Args) -> String {
        self.loaded.track();
        MESSAGES.with_borrow(|messages| messages.format(lang, id, Some(args)))
    }

    /// The message `id` in the current language (tracked).
    pub fn t(self, id: &str) -> String {
        let lang = self.lang.get();
        MESSAGES.with_borrow(|messages| messages.format(lang, id, None))
    }

    /// The message `id` with arguments, in the current language (tracked).
    pub fn t_args(self, id: &str, args: &Args) -> String {
        let lang = self.lang.get();
        MESSAGES.with_borrow(|messages| messages.format(lang, id, Some(args)))
    }
}

impl I18n {
    /// A message whose id and arguments come from the domain, such as a
    /// pack problem (tracked).
    pub fn t_message(self, message: &Message) -> String {
        let mut args = Args::new();
        for (name, value) in &message.args {
            match value {
                Arg::Text(text) => args.set(name.as_str(), text.as_str()),
                Arg::Number(number) => args.set(name.as_str(), *number),
            }
        }
        self.t_args(&message.id, &args)
    }
}

/// Sets up the interface language for the app below: the stored choice,
/// else the browser's preference, kept in storage and in `<html lang>`.
/// The languages are those of [`initial_languages`], whose messages the
/// app loads before it starts.
pub fn provide_i18n() -> I18n {
    let (lang, support) = initial_languages();
    let i18n = I18n {
        lang: RwSignal::new(lang),
        support: RwSignal::new(support),
        loaded: RwSignal::new(0),
        unavailable: RwSignal::new(None),
    };
    provide_context(i18n);
    Effect::new(move |previous: Option<Lang>| {
        let lang = i18n.lang.get();
        browser::set_document_lang(lang.code());
        // Only a change is the learner's choice; the start-up language stays
        // unsaved so a browser setting can still change it later.
        if previous.is_some_and(|previous| previous != lang) {
            // Failing to remember the language must not stop the switch.
            let _ = storage::set(StoreKey::Lang, &lang.code());
        }
        lang
    });
    i18n
}

/// The message `id` in the interface language, kept up to date. Every
/// message shares this one closure type, which keeps the wasm small.
pub fn tr(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(id)
}

/// The message `id` with its `count` argument, kept up to date; like
/// [`tr`], every count message shares one closure type.
pub fn tr_count(
    id: &'static str,
    count: usize,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t_args(id, &args([("count", count.into())]))
}

/// The i18n context; panics only if used outside [`provide_i18n`], a
/// program error. (Not `expect_context`: its message formats with `{:?}`,
/// which brings Unicode tables into the wasm; so for every context here.)
pub fn use_i18n() -> I18n {
    use_context::<I18n>().expect("I18n is provided by the app")
}
