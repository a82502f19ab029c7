//! What the screens share while the app runs, kept in signals: progress
//! (merged before every save, unreadable values set aside, other tabs
//! taken in) and sound (the setting, the device's voice, what plays).
//! The rules are the core's; these hold the state and feed it to storage.

pub mod progress;
pub mod sound;
