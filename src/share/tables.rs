//! The mentor's tables of reports, and one report as the mentor and the
//! learner see it.

use leptos::prelude::*;

use super::link_view::ShareLink;
use crate::bundled::catalog;
use crate::components::alert::alert;
use crate::components::confirm_button::{Confirm, confirm_button};
use crate::i18n::{I18n, args, tr, use_i18n};
use crate::platform::assignments::{self, Whose};
use crate::platform::file;
use crate::platform::paths::app_address;
use crate::platform::storage::StorageError;
use bransjenorsk_core::assignment::report::percent;
use bransjenorsk_core::assignment::shelf::Shelf;
use bransjenorsk_core::assignment::table::{self, Table};
use bransjenorsk_core::assignment::{PackReport, Report, Shared};
use bransjenorsk_core::progress::day;

type ShelfSignal = RwSignal<Result<Shelf, StorageError>>;

/// Every assignment made here, with the reports on it, and the CSV export.
pub fn tables_view(shelf: Shelf, signal: ShelfSignal) -> impl IntoView {
    let i18n = use_i18n();
    let tables = table::tables(&shelf);
    if tables.is_empty() {
        return None;
    }
    let has_reports = shelf.reports().next().is_some();
    let failed = RwSignal::new(false);
    let export = move |_| {
        let headers: Vec<String> = CSV_HEADERS.iter().map(|id| i18n.t(id)).collect();
        let csv = table::csv(&shelf, catalog(), i18n.lang(), &headers);
        let name = [
            "bransjenorsk-",
            &day::date(crate::platform::browser::today()),
            ".csv",
        ]
        .concat();
        failed.set(file::download_as(&name, "text/csv", &csv).is_err());
    };
    Some(view! {
        <section aria-labelledby="tables-heading">
            <h2 id="tables-heading">{tr("mentor-assignments")}</h2>
            {tables.into_iter().map(|t| table_view(t, signal)).collect_view()}
            {has_reports.then(|| view! {
                <button type="button" class="button" on:click=export>{tr("mentor-export")}</button>
            })}
            {alert(move || failed.get().then_some("share-not-downloaded"))}
        </section>
    })
}

const CSV_HEADERS: [&str; 13] = [
    "csv-learner",
    "csv-report-date",
    "csv-from",
    "csv-assignment-date",
    "csv-pack-id",
    "csv-pack",
    "csv-items",
    "csv-practised",
    "csv-answers",
    "csv-right",
    "csv-mastered",
    "csv-minutes",
    "csv-last-active",
];

fn table_view(table: Table, signal: ShelfSignal) -> impl IntoView {
    let i18n = use_i18n();
    let showing = RwSignal::new(false);
    let heading = match &table.assignment {
        Some(a) => {
            let made = day::display(a.made);
            let due = a.due.map(day::display).unwrap_or_default();
            let id = if a.due.is_some() {
                "mentor-assignment-due"
            } else {
                "mentor-assignment"
            };
            (move || {
                i18n.t_args(
                    id,
                    &args([("made", made.clone().into()), ("due", due.clone().into())]),
                )
            })
            .into_any()
        }
        None => tr("mentor-assignment-elsewhere").into_any(),
    };
    let link = table.assignment.as_ref().map(|a| {
        (
            Shared::Assignment(a.clone()).link(&app_address()),
            day::date(a.made),
        )
    });
    let titles = table
        .packs
        .iter()
        .map(|id| {
            let title = catalog().pack(id).map(|e| e.title.clone());
            let id = id.clone();
            view! { <th scope="col">{move || title.as_ref().map_or(id.clone(), |t| t.get(i18n.lang()).to_owned())}</th> }
        })
        .collect_view();
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let learner = row.learner.clone();
            let cells = row
                .cells
                .iter()
                .map(|cell| view! { <td>{cell.as_ref().map(|c| cell_text(i18n, c))}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{learner.clone()}</th>
                    <td>{day::display(row.made)}</td>
                    {cells}
                    <td>{remove_learner(learner, signal)}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = table.rows.is_empty();
    view! {
        <article class="card mentor-table" data-testid="mentor-table">
            <h3 class="card-title">{heading}</h3>
            {link.map(|(link, made)| view! {
                <button type="button" class="button quiet" aria-expanded=move || showing.get().to_string()
                    on:click=move |_| showing.update(|s| *s = !*s)>{tr("mentor-show-link")}</button>
                {move || showing.get().then(|| view! { <ShareLink link=link.clone() file=format!("bransjenorsk-{made}.txt")/> })}
            })}
            {if empty {
                view! { <p class="card-meta">{tr("mentor-no-reports")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table>
                            <thead><tr>
                                <th scope="col">{tr("csv-learner")}</th>
                                <th scope="col">{tr("csv-report-date")}</th>
                                {titles}
                                <th scope="col"><span class="visually-hidden">{tr("mentor-remove-learner")}</span></th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <p class="scroll-hint card-meta" data-testid="table-scroll-hint">{tr("mentor-scroll-hint")}</p>
                }.into_any()
            }}
        </article>
    }
}

/// A pack's figures in a table cell: practised, right, mastered, minutes.
fn cell_text(i18n: I18n, pack: &PackReport) -> impl IntoView + use<> {
    let right = percent(pack.right, pack.answers).unwrap_or(0);
    let (practised, items, mastered, minutes) =
        (pack.practised, pack.items, pack.mastered, pack.minutes);
    move || {
        i18n.t_args(
            "mentor-cell",
            &args([
                ("practised", practised.into()),
                ("items", items.into()),
                ("right", right.into()),
                ("mastered", mastered.into()),
                ("minutes", minutes.into()),
            ]),
        )
    }
}

/// Removes everything reported by one learner, after asking.
fn remove_learner(learner: String, signal: ShelfSignal) -> impl IntoView {
    let name = StoredValue::new(learner);
    let remove = move |()| {
        let result =
            assignments::update(Whose::Mentor, |s| name.with_value(|n| s.remove_learner(n)));
        // A failure shows above the tables, with the shelf's.
        signal.set(result);
        Ok(())
    };
    confirm_button(
        Confirm {
            detail: Some(name.get_value()),
            ..Confirm::new("mentor-remove-learner", "mentor-remove-confirm")
        },
        Callback::new(remove),
    )
}

/// Everything a report holds, pack by pack: what a learner sees before
/// sending it, and a mentor before keeping it.
pub fn report_view(report: &Report) -> impl IntoView + use<> {
    let i18n = use_i18n();
    let learner = report.learner.clone();
    let made = day::display(report.made);
    let packs = report
        .packs
        .iter()
        .map(|pack| {
            let title = catalog().pack(&pack.id).map(|e| e.title.clone());
            let id = pack.id.clone();
            let last = pack.last_active.map(day::display);
            view! {
                <li>
                    <span class="card-title">{move || title.as_ref().map_or(id.clone(), |t| t.get(i18n.lang()).to_owned())}</span>
                    <span class="card-meta">{cell_text(i18n, pack)}</span>
                    {last.map(|date| view! {
                        <span class="card-meta">{move || i18n.t_args("report-last-active", &args([("date", date.clone().into())]))}</span>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card report" data-testid="report">
            <p class="card-title">{move || i18n.t_args("report-from", &args([("name", learner.clone().into()), ("date", made.clone().into())]))}</p>
            <ul class="report-packs">{packs}</ul>
        </section>
    }
}
