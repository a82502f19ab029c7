//! App paths under the base the app is served from.
//!
//! The app may be served under a sub-path (`--public-url`), so every link
//! to a screen goes through here, which adds it: views write
//! `Route::Pack(id).href()`. The router reads paths back with [`base`].
//! Links to the sharing page (`ShareView::href`) are relative to the
//! page's `<base>` and need nothing from here.

use super::browser;
use bransjenorsk_core::route::Route;

thread_local! {
    static BASE: String = browser::base_path();
}

/// The path the app is served under: `""` at a host's root, else
/// `"/sub-path"` without a trailing slash.
pub fn base() -> String {
    BASE.with(Clone::clone)
}

/// The page's address up to the app's base (`https://example.org` or
/// `https://example.org/sub-path`), for links that leave the device.
pub fn app_address() -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", base())
}

/// The full path of an app path such as `/sector/helse`. Views link to a
/// screen with [`RouteHref::href`]; this is for paths held as text.
pub fn href(path: &str) -> String {
    BASE.with(|base| [base.as_str(), path].concat())
}

/// A screen's link, base included.
pub trait RouteHref {
    /// The full path of this screen, such as `/bransjenorsk/pack/helse-a1`.
    fn href(&self) -> String;
}

impl RouteHref for Route {
    fn href(&self) -> String {
        href(&self.path())
    }
}
