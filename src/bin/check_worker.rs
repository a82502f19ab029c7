//! The pack checker as a web worker. The "Check a pack" page posts a
//! file's bytes and gets a `CheckReport` back as JSON; "Add a pack" posts
//! `[bytes, known pack ids as JSON]` and gets the pack to keep as well
//! (`checker::Offer`). The studio posts `["write", file name, TOML, name,
//! bytes, …]` for the file a draft is handed out as and its report, and
//! `["open", bytes]` for a pack file to edit (`checker::write`,
//! `checker::open`). Kept out of the app's own wasm, so learners never
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
        let data = Array::from(&data);
        match data.get(0).as_string().as_deref() {
            Some("write") => return write_draft(&data, &known, &reply_to),
            Some("open") => return open_draft(&data, &reply_to),
            _ => {}
        }
        // Adding: the reply is `[report, pack JSON, name, type, bytes, …]`.
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

/// A draft put together as its file: the reply is `[report JSON, bytes]`.
#[cfg(target_arch = "wasm32")]
fn write_draft(
    data: &js_sys::Array,
    known: &std::collections::HashSet<String>,
    reply_to: &web_sys::DedicatedWorkerGlobalScope,
) {
    use bransjenorsk::platform::checker::media_from;
    use bransjenorsk_core::studio::file::{self, Parts};
    use js_sys::{Array, Uint8Array};

    let parts = Parts {
        name: data.get(1).as_string().unwrap_or_default(),
        toml: data.get(2).as_string().unwrap_or_default(),
        media: media_from(data.iter().skip(3)).unwrap_or_default(),
    };
    let written = file::write(&parts, known);
    let report = serde_json::to_string(&written.report).unwrap_or_default();
    let reply = Array::of2(&report.into(), &Uint8Array::from(written.bytes.as_slice()));
    let _ = reply_to.post_message(&reply);
}

/// A pack file opened to edit: the reply is `[true, pack JSON, name,
/// bytes, …]`, or `[false, problems JSON]`.
#[cfg(target_arch = "wasm32")]
fn open_draft(data: &js_sys::Array, reply_to: &web_sys::DedicatedWorkerGlobalScope) {
    use bransjenorsk::platform::checker::push_media;
    use bransjenorsk_core::studio::file;
    use js_sys::{Array, Uint8Array};

    let bytes = Uint8Array::new(&data.get(1)).to_vec();
    let reply = Array::new();
    match file::open(bytes) {
        Ok((pack, media)) => {
            reply.push(&true.into());
            reply.push(&serde_json::to_string(&pack).unwrap_or_default().into());
            push_media(&reply, &media);
        }
        Err(problems) => {
            reply.push(&false.into());
            reply.push(&serde_json::to_string(&problems).unwrap_or_default().into());
        }
    }
    let _ = reply_to.post_message(&reply);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("check-worker runs in the browser; use packcheck on the command line");
}
