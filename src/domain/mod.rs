//! The pure half of the app: no browser, no Leptos. Tested with `cargo test`.

pub mod assignment;
pub mod bundled;
pub mod content;
pub mod lang;
pub mod practice;
pub mod progress;
pub mod qr;
pub mod readiness;
pub mod review;
pub mod route;
pub mod schedule;
pub mod sound;
pub mod storage;
