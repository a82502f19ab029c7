//! Bransjenorsk's pure half: the pack format and its checks, grading,
//! practice runs, scheduling, progress and its stored format, the backup
//! file, mentor links and reports, packs a learner added, routes, storage
//! keys and the reader of every stored value, and the app's Fluent reader.
//! No browser and no UI framework:
//! the app, the sharing page, the checker worker, `packcheck` and the
//! build script all use it, and `cargo test -p bransjenorsk-core` tests it
//! without compiling the UI.

pub mod added;
pub mod assignment;
pub mod backup;
pub mod content;
pub mod fluent;
pub mod json;
pub mod lang;
pub mod offline;
pub mod packlink;
pub mod practice;
pub mod progress;
pub mod qr;
pub mod readiness;
pub mod review;
pub mod route;
pub mod schedule;
pub mod sound;
pub mod storage;
pub mod studio;
pub mod time;

#[cfg(test)]
mod testing;
