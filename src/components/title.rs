//! The document title of each screen, in the current language.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::platform::browser;

/// Keeps the document title as "<page> – Bransjenorsk" in the current
/// language, so tabs, history and screen readers name the screen.
pub fn use_page_title(page: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move || {
        let app = i18n.t("app-name");
        browser::set_title(&format!("{} – {app}", page()));
    });
}
