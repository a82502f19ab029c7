//! The pack checker, run in a web worker that starts the first time a
//! teacher checks a pack, so its code never weighs on the app itself.

use std::cell::RefCell;

use js_sys::{Array, Function, Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

use super::added::MediaFile;
use bransjenorsk_core::content::{
    CheckReport, Media, MediaKind, Pack, ProblemReport, read_playable,
};
use bransjenorsk_core::studio::file::{Parts, Written};

/// The worker's loader, next to the app's files (resolved against the
/// page's `<base>`, so it works under a sub-path too).
const WORKER_URL: &str = "check-worker_loader.js";
/// How long the checker may take to start or to answer.
const TIMEOUT_MS: i32 = 30_000;

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    /// Settles when the last question asked has its answer.
    static ASKED: RefCell<Promise> = RefCell::new(Promise::resolve(&JsValue::UNDEFINED));
}

/// Why the checker gave no answer: it could not be downloaded or started
/// (offline, say), or it did not answer in time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckerUnavailable;

/// Checks a pack file's bytes in the worker.
pub async fn check(bytes: Vec<u8>) -> Result<CheckReport, CheckerUnavailable> {
    let answer = ask(&Uint8Array::from(bytes.as_slice())).await?;
    let json = answer.as_string().ok_or(CheckerUnavailable)?;
    serde_json::from_str(&json).map_err(|_| CheckerUnavailable)
}

/// A pack file a learner was given, opened to be kept.
pub enum Offer {
    /// What is wrong with it.
    Problems(Vec<ProblemReport>),
    /// The checked pack, as JSON and read, with its media.
    Pack {
        pack: Box<Pack>,
        json: String,
        media: Vec<MediaFile>,
    },
}

/// Opens a pack file to keep it: checked by the same checker, `known`
/// naming the packs its prerequisites may name beside the bundled ones.
pub async fn offer(bytes: Vec<u8>, known: &[&str]) -> Result<Offer, CheckerUnavailable> {
    let known = serde_json::to_string(known).map_err(|_| CheckerUnavailable)?;
    let request = Array::of2(&Uint8Array::from(bytes.as_slice()), &known.into());
    let answer = Array::from(&ask(&request).await?);
    let report = answer.get(0).as_string().ok_or(CheckerUnavailable)?;
    let report = serde_json::from_str(&report).map_err(|_| CheckerUnavailable)?;
    let json = match report {
        CheckReport::Failed(problems) => return Ok(Offer::Problems(problems)),
        CheckReport::Passed { .. } => answer.get(1).as_string().ok_or(CheckerUnavailable)?,
    };
    let pack = Box::new(read_playable(&json).map_err(|_| CheckerUnavailable)?.pack);
    let mut media = Vec::new();
    let mut rest = answer.iter().skip(2);
    while let (Some(name), Some(mime), Some(bytes)) = (rest.next(), rest.next(), rest.next()) {
        let mime = MediaKind::of_mime(&mime.as_string().unwrap_or_default());
        media.push(MediaFile {
            name: name.as_string().ok_or(CheckerUnavailable)?,
            mime: mime.ok_or(CheckerUnavailable)?.mime(),
            bytes: Uint8Array::new(&bytes).to_vec(),
        });
    }
    Ok(Offer::Pack { pack, json, media })
}

/// Puts a studio draft's file together from its `parts` and checks
/// exactly that file.
pub async fn write(parts: &Parts) -> Result<Written, CheckerUnavailable> {
    let request = Array::of3(
        &"write".into(),
        &parts.name.as_str().into(),
        &parts.toml.as_str().into(),
    );
    push_media(&request, &parts.media);
    let answer = Array::from(&ask(&request).await?);
    let report = answer.get(0).as_string().ok_or(CheckerUnavailable)?;
    let report = serde_json::from_str(&report).map_err(|_| CheckerUnavailable)?;
    let bytes = Uint8Array::new(&answer.get(1)).to_vec();
    Ok(Written { report, bytes })
}

/// A pack file (`.toml` or `.zip`) opened to edit it in the studio: the
/// pack and its recordings and pictures, or why it cannot be read.
pub async fn open(
    bytes: Vec<u8>,
) -> Result<Result<(Pack, Media), Vec<ProblemReport>>, CheckerUnavailable> {
    let request = Array::of2(&"open".into(), &Uint8Array::from(bytes.as_slice()));
    let answer = Array::from(&ask(&request).await?);
    let json = answer.get(1).as_string().ok_or(CheckerUnavailable)?;
    if answer.get(0).as_bool() != Some(true) {
        let problems = serde_json::from_str(&json).map_err(|_| CheckerUnavailable)?;
        return Ok(Err(problems));
    }
    let pack = serde_json::from_str(&json).map_err(|_| CheckerUnavailable)?;
    let media = media_from(answer.iter().skip(2)).ok_or(CheckerUnavailable)?;
    Ok(Ok((pack, media)))
}

/// Appends recordings and pictures to a message as name, bytes, name, …
pub fn push_media(message: &Array, media: &Media) {
    for (name, bytes) in media {
        message.push(&name.into());
        message.push(&Uint8Array::from(bytes.as_slice()));
    }
}

/// The recordings and pictures [`push_media`] appended; `None` if a name
/// is not a text.
pub fn media_from(mut values: impl Iterator<Item = JsValue>) -> Option<Media> {
    let mut media = Media::new();
    while let (Some(name), Some(bytes)) = (values.next(), values.next()) {
        media.insert(name.as_string()?, Uint8Array::new(&bytes).to_vec());
    }
    Some(media)
}

/// Sends `message` to the worker, started if need be, and awaits its
/// answer. One question at a time: the worker answers in turn, and a reply
/// must reach the one who asked (the studio checks as the teacher types,
/// and may write or open a file meanwhile).
async fn ask(message: &JsValue) -> Result<JsValue, CheckerUnavailable> {
    let mut done = None;
    let this_one = Promise::new(&mut |resolve, _| done = Some(resolve));
    let before = ASKED.replace(this_one);
    // Lets the next question go when this one ends, even if it is dropped.
    let _turn = Turn(done);
    let _ = JsFuture::from(before).await;
    ask_now(message).await
}

struct Turn(Option<Function>);

impl Drop for Turn {
    fn drop(&mut self) {
        if let Some(done) = &self.0 {
            let _ = done.call0(&JsValue::NULL);
        }
    }
}

async fn ask_now(message: &JsValue) -> Result<JsValue, CheckerUnavailable> {
    let worker = match WORKER.with_borrow(Clone::clone) {
        Some(worker) => worker,
        None => {
            let worker = Worker::new(WORKER_URL).map_err(|_| CheckerUnavailable)?;
            // The worker says "ready" once it listens; a message sent
            // before that would be lost.
            let ready = next_message(&worker).await;
            if ready.and_then(|ready| ready.as_string()).as_deref() != Some("ready") {
                worker.terminate();
                return Err(CheckerUnavailable);
            }
            WORKER.set(Some(worker.clone()));
            worker
        }
    };
    let reply = next_message(&worker);
    let sent = worker.post_message(message);
    let answer = reply.await;
    match (sent, answer) {
        (Ok(()), Some(answer)) => Ok(answer),
        _ => {
            // Start afresh next time.
            worker.terminate();
            WORKER.set(None);
            Err(CheckerUnavailable)
        }
    }
}

/// The worker's next message; `None` on an error or a timeout.
fn next_message(worker: &Worker) -> impl Future<Output = Option<JsValue>> + use<> {
    let worker = worker.clone();
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        let fail = reject.clone();
        let on_error = Closure::once_into_js(move |event: JsValue| {
            let _ = fail.call1(&JsValue::NULL, &event);
        });
        worker.set_onerror(Some(on_error.unchecked_ref()));
        if let Some(window) = web_sys::window() {
            let _ =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, TIMEOUT_MS);
        }
    });
    async move { JsFuture::from(promise).await.ok() }
}
