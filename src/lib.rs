//! Bransjenorsk: practise the Norwegian your job needs.

pub mod app;
pub mod bundled;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod platform;
pub mod share;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_home;
pub mod studio;
