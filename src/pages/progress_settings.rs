//! The settings of review and of the learner's saved progress: how much
//! to remember, new items a day, whether the browser keeps the progress,
//! backup, import and reset.

use leptos::prelude::*;

use crate::components::confirm_button::{Confirm, confirm_button};
use crate::i18n::{args, tr, use_i18n};
use crate::platform::packs;
use crate::platform::storage;
use crate::state::backup;
use crate::state::progress::use_progress;
use bransjenorsk_core::review::ReviewSettings;
use bransjenorsk_core::route::ShareView;

const RETENTIONS: [(u32, &str); 4] = [
    (80, "settings-retention-80"),
    (85, "settings-retention-85"),
    (90, "settings-retention-90"),
    (95, "settings-retention-95"),
];
const NEW_PER_DAY: [u32; 7] = [0, 5, 10, 15, 20, 30, 50];

/// How much the learner wants to remember, and new items a day.
pub fn review_settings() -> impl IntoView {
    let progress = use_progress();
    let change = move |f: &dyn Fn(&mut ReviewSettings)| {
        let mut settings = progress.settings();
        f(&mut settings);
        let _ = progress.set_settings(settings);
    };
    let percent = move || (progress.settings().retention * 100.0).round() as u32;
    view! {
        <fieldset class="choice-list">
            <legend>{tr("settings-retention")}</legend>
            <p class="fine-print">{tr("settings-retention-intro")}</p>
            {RETENTIONS.map(|(value, label)| view! {
                <label class="choice">
                    <input type="radio" name="retention" prop:checked=move || percent() == value
                        on:change=move |_| change(&|s| s.retention = f64::from(value) / 100.0)/>
                    <span>{tr(label)}</span>
                </label>
            }).collect_view()}
        </fieldset>
        <label class="field">
            <span>{tr("settings-new-per-day")}</span>
            <select name="new-per-day" on:change=move |event| {
                if let Ok(count) = event_target_value(&event).parse::<u32>() {
                    change(&|s| s.new_per_day = count);
                }
            }>
                {NEW_PER_DAY.map(|count| view! {
                    <option value=count.to_string()
                        selected=move || progress.settings().new_per_day == count>
                        {count}
                    </option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// Where progress is kept, and backup, import and reset.
pub fn progress_data() -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let storage_status = storage::probe();
    let (status, status_class) = match &storage_status {
        Ok(()) => ("storage-ok", "note"),
        Err(error) => (error.message_id(), "alert"),
    };
    let persisted = move || match progress.persisted() {
        Some(true) => "progress-persisted",
        Some(false) => "progress-not-persisted",
        None => "progress-persist-unknown",
    };
    let download = move |_| backup::download(progress);
    view! {
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">{tr("settings-storage")}</h2>
            <p class=status_class data-testid="storage-status">{move || i18n.t(status)}</p>
            <p class="fine-print" data-testid="persist-status">{move || i18n.t(persisted())}</p>
            <p>
                <button type="button" class="button" on:click=download>
                    {tr("progress-download-backup")}
                </button>
            </p>
            {(!packs::added_packs().is_empty()).then(|| view! {
                <p class="fine-print" data-testid="backup-no-packs">{tr("backup-no-added-packs")}</p>
            })}
            <p class="fine-print">{tr("import-intro")}</p>
            <p>
                <a class="button quiet" href=ShareView::Import.href()>{tr("import-heading")}</a>
            </p>
            {reset()}
        </section>
    }
}

/// Reset, only after a confirmation that says what will be deleted.
fn reset() -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let done = RwSignal::new(false);
    // The button keeps its state while answers come in; only emptying
    // the progress swaps it for the news.
    let empty = Memo::new(move |_| progress.with(|p| p.is_empty()));
    let erase = move |()| {
        progress.reset().map_err(|error| error.message_id())?;
        done.set(true);
        Ok(())
    };
    let what = move || {
        let (items, packs, days) = progress.with(|p| p.extent());
        i18n.t_args(
            "reset-what",
            &args([
                ("items", items.into()),
                ("packs", packs.into()),
                ("days", days.into()),
            ]),
        )
    };
    move || {
        if empty.get() {
            return done
                .get()
                .then(|| view! { <p class="note" role="status">{tr("reset-done")}</p> })
                .into_any();
        }
        let question = move || {
            view! {
                <p>{what}</p>
                <p>{tr("reset-cannot-undo")}</p>
            }
        };
        confirm_button(
            Confirm {
                question: Some(ViewFn::from(question)),
                testid: Some("reset-confirm"),
                ..Confirm::new("reset-start", "reset-confirm")
            },
            Callback::new(erase),
        )
        .into_any()
    }
}
