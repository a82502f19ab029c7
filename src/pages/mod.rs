//! One routed screen per file.

mod about;
mod check;
mod home;
mod not_found;
mod pack;
mod practice;
mod sector;
mod settings;
mod voice_help;

pub use about::AboutPage;
pub use check::CheckPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use pack::PackPage;
pub use practice::PracticePage;
pub use sector::SectorPage;
pub use settings::SettingsPage;
pub use voice_help::VoiceHelpPage;
