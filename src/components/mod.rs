//! Pieces shared by the pages.

pub mod alert;
pub mod assigned;
pub mod confirm_button;
pub mod file_choice;
pub mod header;
pub mod icons;
pub mod keep_offline;
pub mod language_picker;
pub mod made_by;
pub mod nav;
pub mod offline_notice;
pub mod player;
pub mod progress_notice;
pub mod say;
pub mod set_aside;
pub mod title;
