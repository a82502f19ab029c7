//! The pack checker as a web worker: the "Check a pack" page posts a
//! file's bytes and gets a `CheckReport` back as JSON. Kept out of the
//! app's own wasm, so learners never download the TOML reader and the
//! checker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::collections::HashSet;

    use bransjenorsk::bundled;
    use bransjenorsk_core::content::check_report;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    // The packs a checked pack may name as prerequisites.
    let known: HashSet<String> = bundled::built_in()
        .packs
        .into_iter()
        .map(|e| e.id)
        .collect();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
        let report = check_report(bytes, &known);
        let json = serde_json::to_string(&report).unwrap_or_default();
        let _ = reply_to.post_message(&json.into());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page that started it.
    on_message.forget();
    // Only now can the page's messages be received.
    let _ = scope.post_message(&"ready".into());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("check-worker runs in the browser; use packcheck on the command line");
}
