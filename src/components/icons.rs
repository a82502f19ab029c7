//! Small line icons drawn inline: no icon font, no extra request.

use leptos::prelude::*;

use bransjenorsk_core::content::Sector;

/// A 24×24 line icon; decorative, so hidden from screen readers.
#[component]
fn Icon(
    /// SVG path data in a 24×24 box.
    path: &'static str,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path/>
        </svg>
    }
}

/// The path data of the icons the home screen shows, which the page
/// written at build time draws too (`static_home`).
pub mod paths {
    use bransjenorsk_core::content::Sector;

    /// The app's mark: a speech bubble.
    pub const APP: &str = "M4 4h16v12H10l-5 4v-4H4z M8 8.5h8 M8 12h5";
    pub const HOME: &str = "M3 11.5 12 4l9 7.5 M5.5 9.5V20h13V9.5 M10 20v-5.5h4V20";
    pub const SETTINGS: &str = "M4 6h16 M4 12h16 M4 18h16 M9 4v4 M15 10v4 M7 16v4";
    pub const HELP: &str = "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M9.5 9.5a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.8-.9 1.4v1 M12 17v.5";

    /// Each sector's icon.
    pub const fn sector(sector: Sector) -> &'static str {
        match sector {
            // A heart with a cross: health and care.
            Sector::Helse => {
                "M12 20.5s-7.5-4.6-9.2-9.3A5 5 0 0 1 12 7a5 5 0 0 1 9.2 4.2C19.5 15.9 12 20.5 12 20.5z M12 10.5v5 M9.5 13h5"
            }
            // Stacked building blocks: kindergarten.
            Sector::Barnehage => "M3.5 13.5h7.5v7H3.5z M13 13.5h7.5v7H13z M8.25 4.5h7.5v7h-7.5z",
            // A cup with steam: hotels, restaurants and cafés.
            Sector::Horeca => {
                "M4 10h12v4.5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5z M16 11h1.5a2.5 2.5 0 0 1 0 5H16 M8 3.5v3.5 M12 3.5v3.5"
            }
            // A bucket: cleaning.
            Sector::Renhold => "M4.5 9h15l-2 11.5h-11z M7.5 9a4.5 4.5 0 0 1 9 0 M6 13.5h12",
            // A wrench: technical services.
            Sector::Teknisk => {
                "M14.7 6.3a1 1 0 0 0 0 1.4l1.6 1.6a1 1 0 0 0 1.4 0l3.8-3.8a6 6 0 0 1-7.9 7.9l-6.9 6.9a2.1 2.1 0 0 1-3-3l6.9-6.9a6 6 0 0 1 7.9-7.9z"
            }
            // A briefcase: working life.
            Sector::Arbeidsliv => "M3 8h18v12H3z M9 8V5h6v3 M3 13.5h18 M11 13.5v2h2v-2",
        }
    }
}

/// The app's mark: a speech bubble.
#[component]
pub fn AppIcon() -> impl IntoView {
    view! { <Icon path=paths::APP/> }
}

/// Each sector's icon.
#[component]
pub fn SectorIcon(sector: Sector) -> impl IntoView {
    view! { <Icon path=paths::sector(sector)/> }
}

#[component]
pub fn HomeIcon() -> impl IntoView {
    view! { <Icon path=paths::HOME/> }
}

#[component]
pub fn SettingsIcon() -> impl IntoView {
    view! { <Icon path=paths::SETTINGS/> }
}

#[component]
pub fn HelpIcon() -> impl IntoView {
    view! { <Icon path=paths::HELP/> }
}
