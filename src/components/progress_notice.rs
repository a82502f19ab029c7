//! What the learner must know about their saved progress, on every
//! screen: stored progress that could not be read and was set aside, and
//! answers that cannot be saved (a full or blocked storage).

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};
use crate::platform::file;
use crate::state::progress::use_progress;
use bransjenorsk_core::progress::stored::Unreadable;
use bransjenorsk_core::storage::StorageError;

pub fn progress_notices() -> impl IntoView {
    view! { {quarantine_notice} {not_saved_notice} }
}

fn quarantine_notice() -> impl IntoView {
    let progress = use_progress();
    let i18n = use_i18n();
    move || {
        progress.quarantine().map(|quarantine| {
            let reason = match quarantine.reason {
                Unreadable::Damaged => "progress-damaged",
                Unreadable::Newer(_) => "progress-newer",
            };
            let kept = if quarantine.kept_as.is_some() {
                "progress-set-aside"
            } else {
                "progress-not-set-aside"
            };
            let raw = StoredValue::new(quarantine.raw);
            let download = move |_| {
                raw.with_value(|raw| file::download("bransjenorsk-unreadable-progress.json", raw))
                    .ok();
            };
            view! {
                <div class="alert" role="alert" data-testid="progress-quarantine">
                    <p>{i18n.t(reason)} " " {i18n.t(kept)}</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=download>
                            {tr("progress-download-unreadable")}
                        </button>
                        {quarantine.kept_as.is_some().then(|| view! {
                            <button type="button" class="button quiet"
                                on:click=move |_| progress.dismiss_quarantine()>
                                {tr("progress-understood")}
                            </button>
                        })}
                    </div>
                </div>
            }
        })
    }
}

fn not_saved_notice() -> impl IntoView {
    let progress = use_progress();
    let i18n = use_i18n();
    move || {
        // Set-aside progress has its own notice.
        progress
            .problem()
            .filter(|problem| !matches!(problem, StorageError::Corrupted { .. }))
            .map(|problem| {
                let download = move |_| {
                    let (name, text) = progress.backup();
                    file::download(&name, &text).ok();
                };
                view! {
                    <div class="alert" role="alert" data-testid="progress-not-saved">
                        <p>{i18n.t(problem.message_id())} " " {tr("progress-kept-in-memory")}</p>
                        <button type="button" class="button" on:click=download>
                            {tr("progress-download-backup")}
                        </button>
                    </div>
                }
            })
    }
}
