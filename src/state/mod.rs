//! What the screens share while the app runs, kept in signals: progress
//! (merged before every save, unreadable values set aside, other tabs
//! taken in), sound (the setting, the device's voice, what plays) and the
//! backup of everything kept; and values a screen loads.
//! The rules are the core's; these hold the state and feed it to storage.

pub mod backup;
pub mod loaded;
pub mod progress;
pub mod sound;
