//! Choosing a file from the device and reading it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::tr;
use crate::platform::file::{self, Unreadable};

/// A labelled file input. When a file is chosen, `on_choose` runs at once
/// and `on_read` once the browser has read the file.
#[component]
pub fn FileChoice(
    /// The message id of the label, which names the input.
    label: &'static str,
    /// The file types offered, as the input's `accept`:
    /// `".json,application/json"`.
    accept: &'static str,
    /// Called as soon as a file is chosen, before it is read.
    #[prop(optional, into)]
    on_choose: Option<Callback<()>>,
    /// Called with the chosen file's bytes, or with why they could not be
    /// read.
    #[prop(into)]
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
            let read = file::bytes(&chosen).await;
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
