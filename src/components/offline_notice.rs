//! Says so while the device is offline, and what still works.

use leptos::ev;
use leptos::prelude::*;

use crate::i18n::tr;
use crate::platform::browser;

pub fn offline_notice() -> impl IntoView {
    let offline = RwSignal::new(browser::is_offline());
    window_event_listener(ev::online, move |_| offline.set(false));
    window_event_listener(ev::offline, move |_| offline.set(true));
    move || {
        offline.get().then(|| {
            view! { <p class="note" role="status" data-testid="offline">{tr("offline-notice")}</p> }
        })
    }
}
