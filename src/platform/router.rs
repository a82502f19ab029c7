//! Moving between screens without reloading: a link inside the app
//! changes the route and the browser's history, and back and forward
//! change it back. Which screen a path is, is `bransjenorsk_core::route`'s
//! to say; the base the app is served under is `paths`'.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlAnchorElement, MouseEvent};

use super::paths;
use bransjenorsk_core::route::{Route, in_app, is_file};

/// The current screen, shared through context.
#[derive(Clone, Copy)]
pub struct Router {
    route: RwSignal<Route>,
}

impl Router {
    /// The current screen (tracked).
    pub fn route(self) -> Route {
        self.route.get()
    }

    /// Goes to the screen `route`, as a link to it would.
    pub fn go(self, route: &Route) {
        let url = paths::href(&route.path());
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
        }
        self.arrive();
    }

    fn arrive(self) {
        let route = current();
        if self.route.get_untracked() != route {
            self.route.set(route);
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Follows a click on a link to a screen of the app in place; any
    /// other click is left to the browser.
    fn follow(self, event: &MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(anchor) = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .filter(|a| !a.has_attribute("download") && !a.has_attribute("target"))
            .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        let location = window().location();
        let here = location.pathname().unwrap_or_default();
        let pathname = anchor.pathname();
        if Ok(anchor.origin()) != location.origin()
            || in_app(&paths::base(), &pathname).is_none()
            // A file beside the app, such as share.html.
            || is_file(&pathname)
            // A link within the page is the browser's to follow.
            || (pathname == here && !anchor.hash().is_empty())
        {
            return;
        }
        event.prevent_default();
        if Ok(anchor.href()) != location.href()
            && let Ok(history) = window().history()
        {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&anchor.href()));
        }
        self.arrive();
    }
}

/// The screen at the browser's current address.
fn current() -> Route {
    let pathname = window().location().pathname().unwrap_or_default();
    in_app(&paths::base(), &pathname).map_or(Route::NotFound, Route::parse)
}

/// Starts following links and history, and shares the current screen.
pub fn provide_router() -> Router {
    let router = Router {
        route: RwSignal::new(current()),
    };
    window_event_listener(ev::popstate, move |_| router.arrive());
    window_event_listener(ev::click, move |event| router.follow(&event));
    provide_context(router);
    router
}

pub fn use_router() -> Router {
    use_context::<Router>().expect("Router is provided by the app")
}
