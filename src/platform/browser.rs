//! The page itself: its languages, title and base path.

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang>`, so screen readers and fonts follow the interface.
pub fn set_document_lang(code: &str) {
    if let Some(root) = document().and_then(|document| document.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets the tab and history title.
pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// The path the app is served under, from `<base href>`: `""` at the root of
/// a host, `"/bransjenorsk"` under a sub-path.
pub fn base_path() -> String {
    let base = document()
        .and_then(|document| document.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_owned()
}

/// Removes the start-up notice that `index.html` shows until the app runs.
pub fn remove_boot_notice() {
    if let Some(notice) = document().and_then(|document| document.get_element_by_id("boot")) {
        notice.remove();
    }
}

/// Shows the start-up notice's failure message.
pub fn show_boot_failure() {
    let Some(document) = document() else {
        return;
    };
    if let Some(loading) = document.get_element_by_id("boot-loading") {
        let _ = loading.set_attribute("hidden", "");
    }
    if let Some(failed) = document.get_element_by_id("boot-failed") {
        let _ = failed.remove_attribute("hidden");
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|window| window.document())
}

/// Moves keyboard and screen reader focus to the element with `id`, so a
/// new screen is read from its start.
pub fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Focuses the first element matching `selector`, once the page has drawn
/// what was just added.
pub fn focus_first_after_render(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(element) = document()
            .and_then(|document| document.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Now, as the browser's clock has it.
pub fn now() -> bransjenorsk_core::time::Millis {
    bransjenorsk_core::time::Millis(js_sys::Date::now() as i64)
}

/// How far the learner's clock is ahead of UTC, in minutes.
pub fn timezone_offset_minutes() -> i64 {
    -(js_sys::Date::new_0().get_timezone_offset() as i64)
}

/// The learner's day now (see `domain::progress::day`).
pub fn today() -> bransjenorsk_core::progress::day::Day {
    bransjenorsk_core::progress::day::day_at(now(), timezone_offset_minutes())
}

/// The page address's fragment, with its `#`; `""` if it has none.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Whether the browser knows it has no network. (`false` can still mean
/// a network that does not answer.)
pub fn is_offline() -> bool {
    web_sys::window().is_some_and(|window| !window.navigator().on_line())
}
