//! Importing a backup file: what it holds, a choice for each part (add,
//! replace or leave out), and afterwards what each part brought. It works
//! on what is stored; the practice app reads it afresh when opened again.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bundled;
use crate::components::alert::alert;
use crate::components::file_choice::file_choice;
use crate::components::title::use_page_title;
use crate::i18n::{I18n, args, tr, tr_count, use_i18n};
use crate::platform::assignments::{self, Whose};
use crate::platform::checker::{self, Offer};
use crate::platform::paths::RouteHref;
use crate::platform::storage::{self, Guarded, StorageError, StoreKey};
use crate::platform::{added, browser, file, packs};
use crate::state::backup::stored_settings;
use bransjenorsk_core::added::{self as rules, AddedPack};
use bransjenorsk_core::backup::{
    self, BackedUpPack, Backup, BackupError, Choice, Here, Holds, MAX_BACKUP_BYTES, Part, Plan,
    Restored, pack_changes,
};
use bransjenorsk_core::progress::{day, stored};
use bransjenorsk_core::route::Route;

/// Where an import is at.
#[derive(Clone, PartialEq)]
enum Importing {
    Reading,
    /// The file is read: what it holds, for the learner to choose.
    Chosen(Backup),
    /// What each part brought, and how many of the backup's packs were
    /// left out (not passing the checker, say).
    Done(Vec<Restored>, usize),
    Failed(&'static str),
}

/// The import page.
pub fn import_page() -> impl IntoView {
    use_page_title(tr("import-heading"));
    let importing = RwSignal::new(None::<Importing>);
    let on_read = move |read: Result<Vec<u8>, file::Unreadable>| {
        if let Err(file::Unreadable::TooLarge { .. }) = read {
            importing.set(Some(Importing::Failed("import-too-large")));
            return;
        }
        let text = read.ok().and_then(|bytes| String::from_utf8(bytes).ok());
        let outcome = match text.as_deref().map(backup::read) {
            None | Some(Err(BackupError::NotABackup)) => Importing::Failed("import-not-backup"),
            Some(Err(BackupError::Newer)) => Importing::Failed("import-newer"),
            Some(Ok(backup)) if backup.parts().is_empty() => Importing::Failed("import-empty"),
            Some(Ok(backup)) => Importing::Chosen(backup),
        };
        importing.set(Some(outcome));
    };
    view! {
        <h1>{tr("import-heading")}</h1>
        <p class="lead">{tr("import-intro")}</p>
        {file_choice(
            "import-choose",
            ".json,application/json",
            MAX_BACKUP_BYTES,
            Some(Callback::new(move |()| importing.set(Some(Importing::Reading)))),
            Callback::new(on_read),
        )}
        <div aria-live="polite">
            {move || importing.get().map(|now| match now {
                Importing::Reading => view! { <p role="status">{tr("loading")}</p> }.into_any(),
                Importing::Chosen(backup) => preview(backup, importing).into_any(),
                Importing::Done(restored, left_out) => done(&restored, left_out).into_any(),
                Importing::Failed(id) => alert(move || Some(id)).into_any(),
            })}
        </div>
        <p><a class="button quiet" href=Route::Settings.href()>{tr("import-back")}</a></p>
    }
}

/// Imports `backup` into what is stored, as `plan` says: what became of
/// each part, and the packs to keep and remove in the browser's store
/// (done next, by `import_packs`).
fn import(backup: Backup, plan: &Plan) -> Result<(Vec<Restored>, PackWork), StorageError> {
    let packs_here = packs::added_packs();
    let work = match backup.holds(Part::Packs) {
        Some(_) => {
            let changes = pack_changes(&packs_here, &backup.packs, plan.choice(Part::Packs));
            PackWork {
                keep: changes.keep.into_iter().cloned().collect(),
                remove: changes.remove,
            }
        }
        None => PackWork::default(),
    };
    let mut here = Here {
        progress: storage::read(Guarded::Progress, stored::read).unwrap_or_default(),
        assignments: assignments::load(Whose::Learner)?,
        mentor: assignments::load(Whose::Mentor)?,
        settings: stored_settings(),
        packs: packs_here,
    };
    let restored = backup::import(&mut here, backup, plan);
    for done in restored.iter().filter(|done| done.choice != Choice::Leave) {
        match done.part {
            Part::Progress => storage::set(StoreKey::Progress, &here.progress)?,
            Part::Assignments => assignments::replace(Whose::Learner, &here.assignments)?,
            Part::Mentor => assignments::replace(Whose::Mentor, &here.mentor)?,
            Part::Settings => {
                for (value, raw) in &here.settings {
                    storage::set_raw(value.key(), raw)?;
                }
            }
            Part::Packs => {}
        }
    }
    Ok((restored, work))
}

/// The packs an import keeps and removes.
#[derive(Default)]
struct PackWork {
    keep: Vec<BackedUpPack>,
    remove: Vec<String>,
}

/// Keeps and removes the backup's packs, each checked by the checker
/// first, as a pack from a file is; how many were kept.
async fn import_packs(work: PackWork) -> Result<usize, &'static str> {
    for id in &work.remove {
        added::remove(id)
            .await
            .map_err(|error| error.message_id())?;
    }
    // The packs a prerequisite may name: those here, and those kept now.
    let mut known: Vec<String> = packs::load_added_list()
        .await
        .iter()
        .map(|pack| pack.id().to_owned())
        .collect();
    let mut kept = 0;
    for backed_up in work.keep {
        let ids: Vec<&str> = known.iter().map(String::as_str).collect();
        let offer = checker::offer(backed_up.pack.into_bytes(), &ids).await;
        let Ok(Offer::Pack { pack, json, .. }) = offer else {
            continue;
        };
        let record = &backed_up.record;
        if rules::judge(bundled::catalog(), &[], &pack, &record.origin).is_err() {
            continue;
        }
        let record = AddedPack::new(
            &pack,
            record.entry.size,
            record.origin.clone(),
            record.added,
        );
        added::keep(&record, &json, &[])
            .await
            .map_err(|error| error.message_id())?;
        known.push(record.id().to_owned());
        kept += 1;
    }
    packs::refresh_added().await;
    Ok(kept)
}

/// What the file holds, a choice for each part, and the import.
fn preview(backup: Backup, importing: RwSignal<Option<Importing>>) -> impl IntoView {
    let i18n = use_i18n();
    let plan = StoredValue::new(Plan::default());
    let made = backup
        .exported
        .map(|at| day::date(day::day_at(at, browser::timezone_offset_minutes())))
        .map(|date| i18n.t_args("import-made", &args([("date", date.into())])));
    let parts = backup.parts();
    let holds = parts
        .iter()
        .filter_map(|&part| Some((part, backup.holds(part)?)))
        .map(|(part, holds)| {
            let choose = move |event: leptos::ev::Event| {
                let choice = match event_target_value(&event).as_str() {
                    "replace" => Choice::Replace,
                    "leave" => Choice::Leave,
                    _ => Choice::Merge,
                };
                plan.update_value(|plan| plan.set(part, choice));
            };
            view! {
                <label class="field">
                    <span>{holds_text(i18n, holds)}</span>
                    <select name=part.name() on:change=choose>
                        <option value="merge">{tr("import-choice-merge")}</option>
                        <option value="replace">{tr("import-choice-replace")}</option>
                        <option value="leave">{tr("import-choice-leave")}</option>
                    </select>
                </label>
            }
        })
        .collect_view();
    let backup = StoredValue::new(backup);
    let start = move |_| {
        let (mut restored, work) = match import(backup.get_value(), &plan.get_value()) {
            Ok(done) => done,
            Err(error) => {
                importing.set(Some(Importing::Failed(error.message_id())));
                return;
            }
        };
        importing.set(Some(Importing::Reading));
        spawn_local(async move {
            let offered = work.keep.len();
            let outcome = match import_packs(work).await {
                Ok(kept) => {
                    // What the checker and the store let in.
                    for done in restored.iter_mut().filter(|done| done.part == Part::Packs) {
                        done.count = kept;
                    }
                    Importing::Done(restored, offered - kept)
                }
                Err(id) => Importing::Failed(id),
            };
            let _ = importing.try_set(Some(outcome));
        });
    };
    view! {
        <div class="import-preview" data-testid="import-preview">
            <p>{made} " " {tr("import-holds")}</p>
            {holds}
            <div class="actions">
                <button type="button" class="button" on:click=start>{tr("import-start")}</button>
                <button type="button" class="button quiet" on:click=move |_| importing.set(None)>
                    {tr("reset-cancel")}
                </button>
            </div>
        </div>
    }
}

/// What a part of a backup holds, in words.
fn holds_text(i18n: I18n, holds: Holds) -> String {
    match holds {
        Holds::Progress { items, packs, days } => i18n.t_args(
            "import-holds-progress",
            &args([
                ("items", items.into()),
                ("packs", packs.into()),
                ("days", days.into()),
            ]),
        ),
        Holds::Assignments(count) => {
            i18n.t_args("import-holds-assignments", &args([("count", count.into())]))
        }
        Holds::Mentor {
            assignments,
            reports,
        } => i18n.t_args(
            "import-holds-mentor",
            &args([
                ("assignments", assignments.into()),
                ("reports", reports.into()),
            ]),
        ),
        Holds::Settings(count) => {
            i18n.t_args("import-holds-settings", &args([("count", count.into())]))
        }
        Holds::Packs(count) => i18n.t_args("import-holds-packs", &args([("count", count.into())])),
    }
}

/// What the import did, part by part.
fn done(restored: &[Restored], left_out: usize) -> impl IntoView {
    let i18n = use_i18n();
    let lines = restored
        .iter()
        .map(|done| {
            let how = match done.choice {
                Choice::Merge => "merge",
                Choice::Replace => "replace",
                Choice::Leave => "leave",
            };
            let id = match done.part {
                Part::Progress => "restored-progress",
                Part::Assignments => "restored-assignments",
                Part::Mentor => "restored-mentor",
                Part::Settings => "restored-settings",
                Part::Packs => "restored-packs",
            };
            let text = i18n.t_args(
                id,
                &args([("how", how.into()), ("count", done.count.into())]),
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <div class="note" role="status" data-testid="import-done">
            <p>{tr("import-done")}</p>
            <ul>{lines}</ul>
            {(left_out > 0).then(|| view! { <p>{tr_count("import-packs-left-out", left_out)}</p> })}
        </div>
    }
}
