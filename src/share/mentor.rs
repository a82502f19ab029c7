//! Mentor mode: make an assignment and send it as a link or QR code, open
//! the reports learners send back, and keep them in a table.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::link_view::ShareLink;

/// The largest file opened as a report: a report link is at most 2,000
/// characters, so anything much larger is not one.
const MAX_REPORT_FILE_BYTES: u64 = 64 * 1024;
use super::open::cannot_open;
use super::tables;
use crate::bundled::catalog;
use crate::components::alert::alert;
use crate::components::file_choice::file_choice;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, use_i18n};
use crate::platform::assignments::{self, Whose};
use crate::platform::paths::app_address;
use crate::platform::{added, browser, fetch, file, packs};
use bransjenorsk_core::added::{Origin, is_added_path};
use bransjenorsk_core::assignment::{
    self, AssignedPack, Assignment, LinkError, MAX_DAYS_TO_DUE, MAX_NOTE_CHARS, MAX_PACKS,
    PackSource, Shared, source,
};
use bransjenorsk_core::content::{CatalogEntry, Sector, read_playable};
use bransjenorsk_core::packlink::PackLink;
use bransjenorsk_core::practice::item_index;
use bransjenorsk_core::progress::day;
use bransjenorsk_core::route::ShareView;

/// Mentor mode's own page.
pub fn mentor() -> impl IntoView {
    use_page_title(tr("mentor-title"));
    let shelf = RwSignal::new(assignments::load(Whose::Mentor));
    let stored = move || shelf.with(|s| s.clone().unwrap_or_default());
    view! {
        <h1>{tr("mentor-title")}</h1>
        <p class="lead">{tr("mentor-intro")}</p>
        {alert(move || shelf.with(|s| s.as_ref().err().map(|error| error.message_id())))}
        {new_assignment(shelf)}
        <p class="note">{tr("mentor-studio")} " "
            <a href=bransjenorsk_core::route::StudioView::Drafts.href()>{tr("studio-title")}</a>
        </p>
        {open_report()}
        {move || tables::tables_view(stored(), shelf)}
    }
}

/// The form for a new assignment, and its link once made.
fn new_assignment(
    shelf: RwSignal<Result<assignment::shelf::Shelf, crate::platform::storage::StorageError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let today = browser::today();
    let name = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let due = RwSignal::new(day::date(today + 7));
    let chosen = RwSignal::new(Vec::<String>::new());
    // Packs narrowed to some of their items: (pack, items).
    let subsets = RwSignal::new(Vec::<(String, Vec<String>)>::new());
    let problem = RwSignal::new(None::<&'static str>);
    // The assignment made, and the added packs its link cannot bring.
    let made = RwSignal::new(None::<(Assignment, Vec<String>)>);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let due_day = due.with(|d| (!d.is_empty()).then(|| day::from_date(d)));
        let assignment = Assignment {
            from: name.get().trim().to_owned(),
            note: note.get().trim().to_owned(),
            made: today,
            due: due_day.flatten(),
            packs: chosen
                .get()
                .into_iter()
                .map(|id| {
                    let items = subsets.with(|s| {
                        s.iter()
                            .find(|(pack, _)| *pack == id)
                            .map(|(_, items)| items.clone())
                            .unwrap_or_default()
                    });
                    AssignedPack {
                        id,
                        items,
                        source: None,
                    }
                })
                .collect(),
        };
        let checked = match due_day {
            Some(None) => Err(LinkError::Date),
            _ => assignment::check(&Shared::Assignment(assignment.clone()), catalog(), today),
        };
        if let Err(error) = checked {
            problem.set(Some(form_problem(&assignment, &error)));
            return;
        }
        spawn_local(async move {
            let (assignment, left_out) = with_sources(assignment).await;
            let shared = Shared::Assignment(assignment.clone());
            match assignments::update(Whose::Mentor, |s| s.keep(browser::now(), shared)) {
                Ok(now) => {
                    shelf.set(Ok(now));
                    problem.set(None);
                    made.set(Some((assignment, left_out)));
                }
                Err(error) => problem.set(Some(error.message_id())),
            }
        });
    };
    let toggle = move |id: String, on: bool| {
        chosen.update(|list| {
            list.retain(|chosen| *chosen != id);
            if on {
                list.push(id);
            }
        });
    };
    let sectors = Sector::ALL
        .into_iter()
        .map(|sector| {
            let packs = catalog()
                .in_sector(sector)
                .map(|entry| {
                    let id = entry.id.clone();
                    let checked = {
                        let id = id.clone();
                        move || chosen.with(|list| list.contains(&id))
                    };
                    let shown = checked.clone();
                    view! {
                        <label class="choice">
                            <input type="checkbox" name="pack" value=id.clone() prop:checked=checked
                                on:change=move |event| toggle(id.clone(), event_target_checked(&event))/>
                            <span>
                                <span class="level-tag">{entry.level.code()}</span> " "
                                {move || entry.title.get(i18n.lang()).to_owned()}
                                {is_added_path(&entry.path).then(|| view! {
                                    <span class="card-meta">" · " {tr("mentor-added-pack")}</span>
                                })}
                            </span>
                        </label>
                        {move || shown().then(|| item_chooser(entry, subsets))}
                    }
                })
                .collect_view();
            view! {
                <fieldset class="choice-list">
                    <legend>{move || i18n.t(&format!("sector-{}", sector.id()))}</legend>
                    {packs}
                </fieldset>
            }
        })
        .collect_view();
    let count = move || {
        i18n.t_args(
            "mentor-packs-chosen",
            &args([
                ("count", chosen.with(Vec::len).into()),
                ("most", MAX_PACKS.into()),
            ]),
        )
    };
    view! {
        <section aria-labelledby="new-heading">
            <h2 id="new-heading">{tr("mentor-new")}</h2>
            <form class="mentor-form" on:submit=submit novalidate>
                <label class="field">
                    <span>{tr("mentor-your-name")}</span>
                    <input type="text" name="from" autocomplete="name" maxlength="60" required
                        prop:value=name on:input=move |e| name.set(event_target_value(&e))/>
                </label>
                <h3>{tr("mentor-packs")}</h3>
                {sectors}
                <p class="card-meta" aria-live="polite">{count}</p>
                <label class="field">
                    <span>{tr("mentor-due")}</span>
                    <input type="date" name="due" min=day::date(today) max=day::date(today + MAX_DAYS_TO_DUE)
                        prop:value=due on:input=move |e| due.set(event_target_value(&e))/>
                </label>
                <label class="field">
                    <span>{tr("mentor-note")}</span>
                    <textarea name="note" rows="3" maxlength=MAX_NOTE_CHARS.to_string()
                        prop:value=note on:input=move |e| note.set(event_target_value(&e))></textarea>
                </label>
                <button type="submit" class="button primary wide">{tr("mentor-make")}</button>
                {alert(move || problem.get())}
            </form>
            {move || made.get().map(|(assignment, left_out)| {
                let link = Shared::Assignment(assignment.clone()).link(&app_address());
                let file = ["bransjenorsk-", &day::date(assignment.made), ".txt"].concat();
                let qr = PackLink::fits_qr(&link);
                let carried = assignment.packs.iter().any(|pack| pack.source.is_some());
                let not_carried = left_out.into_iter().map(|id| {
                    let title = catalog().pack(&id).map(|entry| entry.title.clone());
                    view! {
                        <p class="alert" data-testid="not-in-link">
                            {move || i18n.t_args("mentor-pack-not-in-link", &args([(
                                "title",
                                title.as_ref().map_or(id.clone(), |t| t.get(i18n.lang()).to_owned()).into(),
                            )]))}
                        </p>
                    }
                }).collect_view();
                view! {
                    <div class="note" data-testid="made">
                        <h3>{tr("mentor-made")}</h3>
                        <p>{tr(if qr { "mentor-made-how" } else { "mentor-made-how-long" })}</p>
                        {carried.then(|| view! { <p>{tr("mentor-packs-in-link")}</p> })}
                        {not_carried}
                        <ShareLink link file qr/>
                    </div>
                }
            })}
        </section>
    }
}

/// The assignment with where to get each pack this device added: its web
/// address, or the pack itself inside the link if it came as a file
/// without media and fits. Also the added packs the link cannot bring.
async fn with_sources(mut assignment: Assignment) -> (Assignment, Vec<String>) {
    let mut left_out = Vec::new();
    for pack in &mut assignment.packs {
        let Some(record) = packs::added_pack(&pack.id) else {
            continue;
        };
        let json = match record.origin {
            Origin::Sent => added::body(&pack.id).await.ok(),
            Origin::Web { .. } => None,
        };
        pack.source = PackSource::for_added(&record, json.as_deref());
        if pack.source.is_none() {
            left_out.push(pack.id.clone());
        }
    }
    left_out.extend(source::fit(&mut assignment));
    (assignment, left_out)
}

/// Some of a chosen pack's items instead of all: its items, fetched when
/// the mentor asks, each with a box to tick.
fn item_chooser(
    entry: &'static CatalogEntry,
    subsets: RwSignal<Vec<(String, Vec<String>)>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let id: &'static str = &entry.id;
    // None until asked for; then the items, or None inside if offline.
    let loaded = RwSignal::new(None::<Option<Vec<(String, String)>>>);
    let show = move |_| {
        open.update(|o| *o = !*o);
        if loaded.with_untracked(Option::is_none) {
            spawn_local(async move {
                let items = if is_added_path(&entry.path) {
                    // A pack added here: its items from the browser's store.
                    let text = added::body(&entry.id).await.ok();
                    text.and_then(|t| read_playable(&t).ok())
                        .map(|playable| item_index(&playable.pack))
                } else {
                    let text = fetch::text(&entry.index_path()).await.ok();
                    text.and_then(|t| serde_json::from_str(&t).ok())
                };
                loaded.set(Some(items));
            });
        }
    };
    let toggle = move |item: String, on: bool| {
        subsets.update(|all| {
            let index = match all.iter().position(|(pack, _)| *pack == id) {
                Some(index) => index,
                None => {
                    all.push((id.to_owned(), Vec::new()));
                    all.len() - 1
                }
            };
            let items = &mut all[index].1;
            items.retain(|chosen| *chosen != item);
            if on {
                items.push(item);
            }
        });
    };
    let chosen_in = move |item: &str| {
        subsets.with(|all| {
            all.iter()
                .any(|(pack, items)| *pack == entry.id && items.iter().any(|i| i == item))
        })
    };
    view! {
        <div class="item-chooser">
            <button type="button" class="button quiet" aria-expanded=move || open.get().to_string()
                on:click=show>{tr("mentor-choose-items")}</button>
            {move || open.get().then(|| view! {
                    {move || match loaded.get() {
                        None => view! { <p role="status">{tr("loading")}</p> }.into_any(),
                        Some(Some(items)) => view! {
                            <fieldset class="choice-list">
                                <legend class="fine-print">{tr("mentor-items-intro")}</legend>
                                {items.into_iter().map(|(item_id, label)| {
                                    let checked_id = item_id.clone();
                                    view! {
                                        <label class="choice">
                                            <input type="checkbox" name="item" value=item_id.clone()
                                                prop:checked=move || chosen_in(&checked_id)
                                                on:change=move |e| toggle(item_id.clone(), event_target_checked(&e))/>
                                            <span lang="nb">{label}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </fieldset>
                        }.into_any(),
                        Some(None) => alert(|| Some("pack-error-offline")).into_any(),
                    }}
            })}
        </div>
    }
}

/// What the mentor must change in the form before a link can be made.
fn form_problem(assignment: &Assignment, error: &LinkError) -> &'static str {
    if assignment::name(&assignment.from).is_err() {
        "mentor-name-problem"
    } else if assignment::note(&assignment.note).is_err() {
        "mentor-note-problem"
    } else if assignment.packs.is_empty() {
        "mentor-no-packs"
    } else if assignment.packs.len() > MAX_PACKS {
        "mentor-too-many-packs"
    } else if matches!(error, LinkError::Date) {
        "mentor-due-problem"
    } else {
        error.message_id()
    }
}

/// A report link pasted, or a report file chosen: opened as a link is.
fn open_report() -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let go = move |text: &str| {
        let message = assignment::payload(text).to_owned();
        let _ = window()
            .location()
            .set_hash(&ShareView::MentorOpen(message).fragment());
    };
    let on_read = move |read: Result<Vec<u8>, file::Unreadable>| {
        let text = read
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default();
        go(&text);
    };
    view! {
        <section aria-labelledby="open-report-heading">
            <h2 id="open-report-heading">{tr("mentor-open-report")}</h2>
            <p>{tr("mentor-open-report-how")}</p>
            <label class="field">
                <span>{tr("mentor-paste")}</span>
                <textarea name="report" rows="2" spellcheck="false"
                    prop:value=pasted on:input=move |e| pasted.set(event_target_value(&e))></textarea>
            </label>
            <button type="button" class="button" on:click=move |_| go(&pasted.get())>{tr("mentor-open")}</button>
            {file_choice("mentor-open-file", ".txt,text/plain", MAX_REPORT_FILE_BYTES, None, Callback::new(on_read))}
        </section>
    }
}

/// A mentor opening a learner's report: what it says, and a button to
/// add it to the table. Nothing is kept until then.
pub fn open(message: &str) -> impl IntoView {
    use_page_title(tr("mentor-title"));
    let body = match assignment::decode(message, catalog(), browser::today()) {
        Ok(Shared::Report(report)) => {
            let added = RwSignal::new(false);
            let failed = RwSignal::new(None::<&'static str>);
            let kept = report.clone();
            let add = move |_| {
                let message = Shared::Report(kept.clone());
                match assignments::update(Whose::Mentor, |s| s.keep(browser::now(), message)) {
                    Ok(_) => added.set(true),
                    Err(error) => failed.set(Some(error.message_id())),
                }
            };
            view! {
                {tables::report_view(&report)}
                {move || if added.get() {
                    view! {
                        <p class="note" role="status" data-testid="report-added">{tr("mentor-report-added")}</p>
                        <a class="button primary wide" href=ShareView::Mentor.href()>{tr("mentor-to-table")}</a>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button primary wide" on:click=add.clone()>{tr("mentor-add-report")}</button>
                        {alert(move || failed.get())}
                    }.into_any()
                }}
            }
            .into_any()
        }
        Ok(Shared::Assignment(_)) => view! {
            <p class="alert" role="alert" data-testid="link-problem">{tr("mentor-is-assignment")}</p>
            <a class="button" href=ShareView::Learner(message.to_owned()).href()>{tr("mentor-open-as-learner")}</a>
        }
        .into_any(),
        Err(error) => cannot_open(error).into_any(),
    };
    view! {
        <h1>{tr("mentor-report-title")}</h1>
        {body}
        <p class="after-actions">
            <a class="button quiet" href=ShareView::Mentor.href()>{tr("mentor-back")}</a>
        </p>
    }
}
