//! The sharing page (`share.html`): what passes between people. A learner
//! opens a mentor's assignment and sends reports back; a mentor makes
//! assignments and reads reports; a teacher checks a pack file. It is its
//! own small app beside the practice app, so a learner who never gets an
//! assignment never downloads it.

pub(crate) mod add;
pub(crate) mod check;
mod import;
mod link_view;
mod mentor;
mod my_packs;
mod open;
mod report;
mod tables;

use leptos::ev;
use leptos::prelude::*;

use crate::components::header::AppHeader;
use crate::components::offline_notice::offline_notice;
use crate::components::set_aside::set_aside_notices;
use crate::i18n::provide_i18n;
use crate::platform::browser;
use bransjenorsk_core::route::ShareView;

/// Mounts the sharing page, as `app::start` does the practice app.
pub fn start() {
    crate::app::boot(|| leptos::mount::mount_to_body(ShareApp));
}

#[component]
fn ShareApp() -> impl IntoView {
    provide_i18n();
    let view = RwSignal::new(ShareView::parse(&browser::location_hash()));
    window_event_listener(ev::hashchange, move |_| {
        view.set(ShareView::parse(&browser::location_hash()));
        window().scroll_to_with_x_and_y(0.0, 0.0);
        browser::focus_element("main");
    });
    view! {
        <AppHeader/>
        <main id="main" tabindex="-1">
            {offline_notice()}
            {set_aside_notices()}
            {move || {
                let shown = view.get();
                // A view is built once; what it reads must not rebuild it.
                untrack(|| match shown {
                    ShareView::Learner(message) => open::learner(&message).into_any(),
                    ShareView::Mentor => mentor::mentor().into_any(),
                    ShareView::MentorOpen(message) => mentor::open(&message).into_any(),
                    ShareView::ReportFor(id) => report::report_for(id).into_any(),
                    ShareView::Check => check::check().into_any(),
                    ShareView::Import => import::import_page().into_any(),
                    ShareView::Add => add::add_file().into_any(),
                    ShareView::MyPacks => my_packs::my_packs().into_any(),
                    ShareView::AddLinked(fragment) => add::add_linked(&fragment).into_any(),
                })
            }}
        </main>
    }
}
