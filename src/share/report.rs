//! A learner's report on an assignment, made from their progress in this
//! browser: they see everything it holds before they send it.

use leptos::prelude::*;

use super::link_view::ShareLink;
use super::tables;
use crate::bundled::catalog;
use crate::components::alert::alert;
use crate::components::title::use_page_title;
use crate::i18n::tr;
use crate::platform::assignments::{self, Whose};
use crate::platform::browser;
use crate::platform::paths::RouteHref;
use crate::platform::paths::app_address;
use crate::state::progress;
use bransjenorsk_core::assignment::{self, Shared, report};
use bransjenorsk_core::progress::day;
use bransjenorsk_core::route::Route;

/// Making the report on the accepted assignment `id`.
pub fn report_for(id: u32) -> impl IntoView {
    use_page_title(tr("report-title"));
    let found = assignments::load(Whose::Learner)
        .ok()
        .and_then(|shelf| shelf.assignment(id).cloned());
    let Some(assignment) = found else {
        return view! {
            <h1>{tr("report-title")}</h1>
            {alert(|| Some("report-no-assignment"))}
            <a class="button" href=Route::Home.href()>{tr("back-home")}</a>
        }
        .into_any();
    };
    // Progress is read as stored; this page never writes it.
    let progress = progress::read_stored();
    // The name the learner gave on their last report, offered again.
    let name = RwSignal::new(assignments::learner_name());
    let problem = RwSignal::new(false);
    let made = RwSignal::new(None::<assignment::Report>);
    let offset = browser::timezone_offset_minutes();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let learner = name.get().trim().to_owned();
        if assignment::name(&learner).is_err() {
            problem.set(true);
            return;
        }
        problem.set(false);
        // Remembering the name is a convenience; failing it changes nothing.
        let _ = assignments::remember_learner_name(&learner);
        let today = browser::today();
        made.set(Some(report::make(
            &assignment,
            &learner,
            &progress,
            catalog(),
            today,
            offset,
        )));
    };
    view! {
        <h1>{tr("report-title")}</h1>
        <p class="lead">{tr("report-intro")}</p>
        <form on:submit=submit novalidate>
            <label class="field">
                <span>{tr("report-your-name")}</span>
                <input type="text" name="learner" autocomplete="name" maxlength="60" required
                    prop:value=name on:input=move |e| name.set(event_target_value(&e))/>
            </label>
            <button type="submit" class="button primary wide">{tr("report-make")}</button>
            {alert(move || problem.get().then_some("mentor-name-problem"))}
        </form>
        {move || made.get().map(|report| {
            let link = Shared::Report(report.clone()).link(&app_address());
            let file = ["bransjenorsk-rapport-", &day::date(report.made), ".txt"].concat();
            view! {
                <h2>{tr("report-holds")}</h2>
                {tables::report_view(&report)}
                <p class="fine-print">{tr("report-nothing-else")}</p>
                <ShareLink link file/>
            }
        })}
    }
    .into_any()
}
