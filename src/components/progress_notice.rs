//! What the learner must know about their saved progress, on every
//! screen: answers that cannot be saved (a full or blocked storage).

use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};
use crate::state::backup;
use crate::state::progress::use_progress;
use bransjenorsk_core::storage::StorageError;

pub fn not_saved_notice() -> impl IntoView {
    let progress = use_progress();
    let i18n = use_i18n();
    move || {
        // Set-aside values have their own notice.
        progress
            .problem()
            .filter(|problem| !matches!(problem, StorageError::Corrupted { .. }))
            .map(|problem| {
                let download = move |_| backup::download(progress);
                let full = problem == StorageError::QuotaExceeded;
                view! {
                    <div class="alert" role="alert" data-testid="progress-not-saved">
                        <p>{i18n.t(problem.message_id())} " " {tr("progress-kept-in-memory")}</p>
                        {full.then(|| view! { <p>{tr("storage-full-help")}</p> })}
                        <button type="button" class="button" on:click=download>
                            {tr("progress-download-backup")}
                        </button>
                    </div>
                }
            })
    }
}
