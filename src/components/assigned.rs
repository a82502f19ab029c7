//! The learner's assignments on the home screen: from whom, by when, and
//! how far they are with each pack; they can send a report or remove one.

use leptos::prelude::*;

use crate::bundled::catalog;
use crate::components::confirm_button::{Confirm, confirm_button};
use crate::i18n::{args, tr, use_i18n};
use crate::platform::assignments::{self, Whose};
use crate::platform::browser;
use crate::platform::paths::RouteHref;
use crate::state::progress::use_progress;
use bransjenorsk_core::assignment::{AssignedPack, Assignment};
use bransjenorsk_core::progress::day;
use bransjenorsk_core::route::{Route, ShareView};

/// Every accepted assignment, newest first; nothing if there are none.
pub fn assigned() -> impl IntoView {
    let shelf = RwSignal::new(assignments::load(Whose::Learner).unwrap_or_default());
    move || {
        let list: Vec<Assignment> = shelf.with(|shelf| {
            shelf
                .assignments()
                .rev()
                .map(|(_, assignment)| assignment.clone())
                .collect()
        });
        (!list.is_empty()).then(|| {
            view! {
                <section aria-labelledby="assigned-heading">
                    <h2 id="assigned-heading">{tr("assigned-heading")}</h2>
                    <ul class="card-list">
                        {list.into_iter().map(|assignment| view! { <li>{card(assignment, shelf)}</li> }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

fn card(
    assignment: Assignment,
    shelf: RwSignal<bransjenorsk_core::assignment::shelf::Shelf>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = assignment.id();
    let remove = move |()| {
        let now = assignments::update(Whose::Learner, |s| s.remove_assignment(id))
            .map_err(|error| error.message_id())?;
        shelf.set(now);
        Ok(())
    };
    let from = assignment.from.clone();
    let overdue = assignment.due.is_some_and(|due| due < browser::today());
    let due = assignment.due.map(|due| {
        let date = day::display(due);
        let id = if overdue { "assigned-overdue" } else { "assignment-due" };
        view! { <p class="card-meta">{move || i18n.t_args(id, &args([("date", date.clone().into())]))}</p> }
    });
    let note = (!assignment.note.is_empty()).then(|| {
        let note = assignment.note.clone();
        view! { <p class="assignment-note">{note}</p> }
    });
    let packs = assignment.packs.iter().filter_map(pack_line).collect_view();
    view! {
        <article class="card assignment" data-testid="assigned">
            <h3 class="card-title">{move || i18n.t_args("assignment-from", &args([("name", from.clone().into())]))}</h3>
            {due}
            {note}
            <ul class="assignment-packs">{packs}</ul>
            <div class="actions">
                <a class="button primary" href=Route::Review.href()>{tr("today-start")}</a>
                <a class="button" href=ShareView::ReportFor(id).href()>{tr("assigned-report")}</a>
            </div>
            {confirm_button(
                Confirm {
                    question: Some(ViewFn::from(|| view! { <p>{tr("assigned-remove-what")}</p> })),
                    ..Confirm::new("assigned-remove", "assigned-remove-confirm")
                },
                Callback::new(remove),
            )}
        </article>
    }
}

/// A pack of an assignment: its title and how many of its items are done.
fn pack_line(pack: &AssignedPack) -> Option<impl IntoView + use<>> {
    let i18n = use_i18n();
    let progress = use_progress();
    let entry = catalog().pack(&pack.id)?;
    let now = browser::now();
    let items = pack.items.clone();
    let total = if items.is_empty() {
        entry.item_count
    } else {
        items.len()
    };
    let met = move || {
        progress.with(|p| {
            if items.is_empty() {
                p.counts_in_pack(&entry.id, now).met.min(total)
            } else {
                p.counts_in(&entry.id, items.iter().map(String::as_str), now)
                    .met
            }
        })
    };
    Some(view! {
        <li>
            <a href=Route::Pack(entry.id.clone()).href()>{move || entry.title.get(i18n.lang()).to_owned()}</a>
            <span class="card-meta">
                " · " {move || i18n.t_args("assigned-progress", &args([("done", met().into()), ("total", total.into())]))}
            </span>
        </li>
    })
}
