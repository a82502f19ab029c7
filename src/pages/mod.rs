//! One screen per file.

mod about;
mod home;
mod my_packs;
mod not_found;
mod pack;
mod practice;
mod progress_settings;
mod review;
mod sector;
mod settings;
mod voice_help;

pub use about::about;
pub use home::home;
pub use not_found::not_found;
pub use pack::pack;
pub use practice::practice;
pub use review::review;
pub use sector::sector;
pub use settings::settings;
pub use voice_help::voice_help;
