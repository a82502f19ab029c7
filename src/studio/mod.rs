//! The teachers' studio (`studio.html`): packs written in forms, checked
//! as they are typed, played in the real player beside the form, kept as
//! drafts on the device and handed out as a file, a link or a QR code. Its
//! own wasm, so learners never download it.

mod begin;
mod details;
mod editor;
mod fields;
mod hand_out;
mod import_list;
mod items;
mod picture;
mod problems;
mod recording;
mod undo;
mod words;

use leptos::ev;
use leptos::prelude::*;

use crate::components::header::AppHeader;
use crate::i18n::provide_i18n;
use crate::platform::browser;
use crate::state::sound::provide_sound;
use bransjenorsk_core::route::StudioView;

/// Mounts the studio, as `app::start` does the practice app.
pub fn start() {
    crate::app::boot(|| leptos::mount::mount_to_body(StudioApp));
}

#[component]
fn StudioApp() -> impl IntoView {
    provide_i18n();
    provide_sound();
    let view = RwSignal::new(StudioView::parse(&browser::location_hash()));
    window_event_listener(ev::hashchange, move |_| {
        view.set(StudioView::parse(&browser::location_hash()));
        window().scroll_to_with_x_and_y(0.0, 0.0);
        browser::focus_element("main");
    });
    view! {
        <AppHeader/>
        <main id="main" class="studio" tabindex="-1">
            {move || {
                let shown = view.get();
                untrack(|| match shown {
                    StudioView::Drafts => begin::drafts().into_any(),
                    StudioView::Draft(key) => editor::editor(key).into_any(),
                })
            }}
        </main>
    }
}
