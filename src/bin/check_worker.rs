//! The pack checker as a web worker. The "Check a pack" page posts a
//! file's bytes and gets a `CheckReport` back as JSON; "Add a pack" posts
//! `[bytes, known pack ids as JSON]` and gets the pack to keep as well
//! (`checker::Offer`). Kept out of the app's own wasm, so learners never
//! download the TOML reader and the checker.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::collections::HashSet;

    use bransjenorsk::bundled;
    use bransjenorsk_core::added;
    use bransjenorsk_core::content::{CheckReport, check_report};
    use js_sys::{Array, Uint8Array};
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
        let data = event.data();
        if !Array::is_array(&data) {
            let bytes = Uint8Array::new(&data).to_vec();
            let report = check_report(bytes, &known);
            let json = serde_json::to_string(&report).unwrap_or_default();
            let _ = reply_to.post_message(&json.into());
            return;
        }
        // Adding: the reply is `[report, pack JSON, name, type, bytes, …]`.
        let data = Array::from(&data);
        let bytes = Uint8Array::new(&data.get(0)).to_vec();
        let mut known = known.clone();
        let added: Vec<String> = data
            .get(1)
            .as_string()
            .and_then(|ids| serde_json::from_str(&ids).ok())
            .unwrap_or_default();
        known.extend(added);
        let reply = Array::new();
        match added::open(bytes, &known) {
            Ok(opened) => {
                let report = CheckReport::passed(&opened.pack);
                reply.push(&serde_json::to_string(&report).unwrap_or_default().into());
                reply.push(&opened.json.into());
                for (name, kind, bytes) in opened.media {
                    reply.push(&name.into());
                    reply.push(&kind.mime().into());
                    reply.push(&Uint8Array::from(bytes.as_slice()));
                }
            }
            Err(problems) => {
                let report = CheckReport::Failed(problems);
                reply.push(&serde_json::to_string(&report).unwrap_or_default().into());
            }
        }
        let _ = reply_to.post_message(&reply);
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
