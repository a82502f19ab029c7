//! App paths under the base the app is served from.
//!
//! The app may be served under a sub-path, so every internal link goes
//! through [`href`], which adds it.

use crate::platform::browser;

thread_local! {
    static BASE: String = browser::base_path();
}

/// The path the app is served under: `""` at a host's root, else
/// `"/sub-path"` without a trailing slash.
pub fn base() -> String {
    BASE.with(Clone::clone)
}

/// The full path of an app route such as `/sector/helse`.
pub fn href(route: &str) -> String {
    BASE.with(|base| format!("{base}{route}"))
}
