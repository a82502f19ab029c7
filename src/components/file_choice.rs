//! Choosing a file from the device and reading it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::platform::file::{self, Unreadable};

/// A labelled file input: `label` is the message id that names it,
/// `accept` the file types offered (`".json,application/json"`). When a
/// file is chosen, `on_choose` runs at once and `on_read` gets its bytes,
/// or why they could not be read, once the browser has read it.
pub fn file_choice(
    label: &'static str,
    accept: &'static str,
    limit: u64,
    on_choose: Option<Callback<()>>,
    on_read: Callback<Result<Vec<u8>, Unreadable>>,
) -> impl IntoView {
    let on_change = move |event: web_sys::Event| {
        let Some(chosen) = file::chosen_file(&event) else {
            return;
        };
        if let Some(on_choose) = on_choose {
            on_choose.run(());
        }
        spawn_local(async move {
            let read = file::bytes(&chosen, limit).await;
            // The page may have moved on while the file was read.
            let _ = on_read.try_run(read);
        });
    };
    view! {
        <label class="file-choice">
            <span>{tr(label)}</span>
            <input type="file" accept=accept on:change=on_change/>
        </label>
    }
}
