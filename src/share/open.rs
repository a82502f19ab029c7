//! Opening a mentor's link as a learner, and accepting it.

use leptos::prelude::*;

use super::add;
use crate::bundled::catalog;
use crate::components::alert::alert;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, use_i18n};
use crate::platform::paths::RouteHref;
use crate::platform::{assignments, browser};
use bransjenorsk_core::assignment::{self, AssignedPack, Assignment, LinkError, Shared};
use bransjenorsk_core::progress::day;
use bransjenorsk_core::route::{Route, ShareView};

/// A learner opening a mentor's link: who it is from, their note, the
/// packs and the due date, and a button to accept it. Nothing is kept
/// until then; a link that cannot be opened changes nothing.
pub fn learner(message: &str) -> impl IntoView {
    use_page_title(tr("open-title"));
    let body = match assignment::decode(message, catalog(), browser::today()) {
        Ok(Shared::Assignment(assignment)) => offer(assignment).into_any(),
        Ok(Shared::Report(_)) => view! {
            <p class="alert" role="alert" data-testid="link-problem">{tr("open-is-report")}</p>
            <a class="button" href=ShareView::MentorOpen(message.to_owned()).href()>{tr("open-in-mentor-mode")}</a>
        }
        .into_any(),
        Err(error) => cannot_open(error).into_any(),
    };
    view! {
        <h1>{tr("open-title")}</h1>
        {body}
    }
}

/// Why a link cannot be opened, and that nothing changed.
pub fn cannot_open(error: LinkError) -> impl IntoView {
    let i18n = use_i18n();
    let pack = match &error {
        LinkError::UnknownPack(id) => id.clone(),
        _ => String::new(),
    };
    let id = error.message_id();
    view! {
        <div class="alert" role="alert" data-testid="link-problem">
            <p>{move || i18n.t_args(id, &args([("pack", pack.clone().into())]))}</p>
            <p>{tr("link-nothing-changed")}</p>
        </div>
        <a class="button" href=Route::Home.href()>{tr("back-home")}</a>
    }
}

/// The assignment as the learner sees it before accepting. Packs a
/// teacher made that the learner lacks are added first, here.
fn offer(assignment: Assignment) -> impl IntoView {
    let i18n = use_i18n();
    let id = assignment.id();
    let missing = RwSignal::new(
        assignment::missing(&assignment, catalog())
            .into_iter()
            .cloned()
            .collect::<Vec<_>>(),
    );
    let already = assignments::load(assignments::Whose::Learner)
        .map(|shelf| shelf.assignment(id).is_some())
        .unwrap_or(false);
    let accepted = RwSignal::new(already);
    let failed = RwSignal::new(None::<&'static str>);
    let kept = assignment.clone();
    let accept = move |_| {
        let message = Shared::Assignment(kept.clone());
        match assignments::update(assignments::Whose::Learner, |shelf| {
            shelf.keep(browser::now(), message)
        }) {
            Ok(_) => accepted.set(true),
            Err(error) => failed.set(Some(error.message_id())),
        }
    };
    let from = assignment.from.clone();
    let shown = assignment.clone();
    view! {
        <section class="card assignment" data-testid="assignment">
            <p class="card-title">{move || i18n.t_args("assignment-from", &args([("name", from.clone().into())]))}</p>
            // Shown again as packs are added, so they join the list.
            {move || missing.with(|_| details(&shown))}
        </section>
        {(!missing.with_untracked(Vec::is_empty)).then(|| to_add(missing))}
        {move || {
            if !missing.with(Vec::is_empty) {
                ().into_any()
            } else if accepted.get() {
                view! {
                    <p class="note" role="status" data-testid="accepted">{tr(if already { "open-already" } else { "open-accepted" })}</p>
                    <a class="button primary wide" href=Route::Home.href()>{tr("open-go-home")}</a>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button primary wide" on:click=accept.clone()>{tr("open-accept")}</button>
                    {alert(move || failed.get())}
                }
                .into_any()
            }
        }}
    }
}

/// The packs still to add, each with where it comes from and a button
/// that adds it in place.
fn to_add(missing: RwSignal<Vec<AssignedPack>>) -> impl IntoView {
    let packs = missing
        .get_untracked()
        .into_iter()
        .filter_map(|pack| {
            let link = pack.source.as_ref()?.link().ok()?;
            let id = pack.id.clone();
            let on_kept = Callback::new(move |()| {
                missing.update(|list| list.retain(|p| p.id != id));
            });
            Some(view! {
                <li class="card pack-to-add" data-testid="pack-to-add">
                    <p class="card-title">{pack.id.clone()}</p>
                    {add::add_in_place(link, on_kept)}
                </li>
            })
        })
        .collect_view();
    view! {
        <section aria-labelledby="to-add-heading" data-testid="packs-to-add">
            <h2 id="to-add-heading">{tr("open-packs-to-add")}</h2>
            <p>{tr("open-packs-to-add-how")}</p>
            <ul class="card-list">{packs}</ul>
        </section>
    }
}

/// The note, due date and packs of an assignment.
pub fn details(assignment: &Assignment) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let note = (!assignment.note.is_empty()).then(|| {
        let note = assignment.note.clone();
        view! { <p class="assignment-note">{note}</p> }
    });
    let due = assignment.due.map(|due| {
        let date = day::display(due);
        view! { <p class="card-meta">{move || i18n.t_args("assignment-due", &args([("date", date.clone().into())]))}</p> }
    });
    let packs = assignment
        .packs
        .iter()
        .filter_map(|pack| {
            let entry = catalog().pack(&pack.id)?;
            let chosen = pack.items.len();
            let all = entry.item_count;
            Some(view! {
                <li>
                    <a href=Route::Pack(entry.id.clone()).href()>{move || entry.title.get(i18n.lang()).to_owned()}</a>
                    " "
                    <span class="level-tag">{entry.level.code()}</span>
                    {(chosen > 0).then(|| view! {
                        <span class="card-meta">
                            " · " {move || i18n.t_args("assignment-some-items", &args([("count", chosen.into()), ("total", all.into())]))}
                        </span>
                    })}
                </li>
            })
        })
        .collect_view();
    view! {
        {note}
        {due}
        <ul class="assignment-packs">{packs}</ul>
    }
}
