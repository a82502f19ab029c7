//! Handing a finished pack out: its file, a link (with a QR code) that
//! holds it, and trying it as a learner in the practice app. Only a pack
//! the checker passed goes out, and exactly as it was checked.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::{Checked, Editing};
use crate::bundled::catalog;
use crate::i18n::tr;
use crate::platform::checker::{self, Offer};
use crate::platform::paths::RouteHref;
use crate::platform::{added, browser, file, packs};
use bransjenorsk_core::added::{self as rules, AddedPack, Origin, Refusal};
use bransjenorsk_core::content::{CheckReport, is_zip};
use bransjenorsk_core::route::Route;

pub fn hand_out(editing: Editing) -> impl IntoView {
    let ready = Memo::new(move |_| {
        editing.checked.with(|checked| match checked {
            Some(checked) if editing.is_current(checked) => match checked {
                Checked {
                    report: CheckReport::Passed { .. },
                    pack,
                    file,
                    ..
                } => Ready::Pack(pack.pack.id.clone(), Arc::clone(file)),
                _ => Ready::Problems,
            },
            _ if editing.check_failed.get() => Ready::Unreachable,
            _ => Ready::Checking,
        })
    });
    view! {
        <section aria-labelledby="hand-out-heading" class="studio-part">
            <h2 id="hand-out-heading">{tr("studio-part-hand-out")}</h2>
            {move || match ready.get() {
                Ready::Checking => view! {
                    <p role="status" data-testid="hand-out-checking">{tr("check-checking")}</p>
                }.into_any(),
                // Said on top, with a way to ask again.
                Ready::Unreachable => ().into_any(),
                Ready::Problems => view! {
                    <p class="alert" role="alert" data-testid="hand-out-blocked">{tr("studio-hand-out-problems")}</p>
                    {draft_file(editing)}
                }.into_any(),
                Ready::Pack(id, file) => untrack(|| ready_pack(&id, file)).into_any(),
            }}
        </section>
    }
}

/// What can go out: the draft as it is now, once checked.
#[derive(Clone, PartialEq)]
enum Ready {
    /// The last check is not of the draft as it is now, or none has come.
    Checking,
    /// As `Checking`, but the checker could not be reached.
    Unreachable,
    Problems,
    /// The pack's id and its file.
    Pack(String, Arc<[u8]>),
}

/// A draft with problems, saved as a file as it is (to go on with it on
/// another device, say): the studio opens it again; learners' apps refuse
/// it until it is mended.
fn draft_file(editing: Editing) -> impl IntoView {
    let failed = RwSignal::new(None::<&'static str>);
    let save = move |_| {
        let Some((id, file)) = editing.checked.with_untracked(|checked| {
            let checked = checked.as_ref()?;
            Some((checked.pack.pack.id.clone(), Arc::clone(&checked.file)))
        }) else {
            return failed.set(Some("check-checking"));
        };
        let (name, mime) = if is_zip(&file) {
            (format!("{id}-utkast.zip"), "application/zip")
        } else {
            (format!("{id}-utkast.toml"), "application/toml")
        };
        let sent = file::download_bytes(&name, mime, &file);
        failed.set(sent.is_err().then_some("share-not-downloaded"));
    };
    view! {
        <p>{tr("studio-draft-file-intro")}</p>
        <button type="button" class="button" on:click=save data-testid="draft-file">{tr("studio-draft-file")}</button>
        {move || failed.get().map(|id| view! { <p class="alert" role="alert">{tr(id)}</p> })}
    }
}

/// The file `bytes` of the pack `id`, ready to go out.
fn ready_pack(id: &str, bytes: Arc<[u8]>) -> impl IntoView {
    let zipped = is_zip(&bytes);
    let (name, mime, label) = if zipped {
        (format!("{id}.zip"), "application/zip", "studio-export-zip")
    } else {
        (
            format!("{id}.toml"),
            "application/toml",
            "studio-export-toml",
        )
    };
    let failed = RwSignal::new(None::<&'static str>);
    let file_bytes = Arc::clone(&bytes);
    let download = move |_| {
        let sent = file::download_bytes(&name, mime, &file_bytes);
        if sent.is_err() {
            failed.set(Some("share-not-downloaded"));
        }
    };
    // A link holds a pack's text, never its recordings.
    let text = (!zipped)
        .then(|| String::from_utf8(bytes.to_vec()).ok())
        .flatten();
    view! {
        <div class="actions">
            <button type="button" class="button primary" on:click=download data-testid="export-file">
                {tr(label)}
            </button>
        </div>
        {move || failed.get().map(|id| view! { <p class="alert" role="alert">{tr(id)}</p> })}
        {try_as_learner(bytes)}
        {crate::share::check::hand_out(text)}
    }
}

/// Keeps the pack among this browser's added packs, as a learner who was
/// sent it would, and opens it in the practice app.
fn try_as_learner(bytes: Arc<[u8]>) -> impl IntoView {
    let state = RwSignal::new(None::<Result<String, &'static str>>);
    let try_it = move |_| {
        state.set(None);
        let bytes = bytes.to_vec();
        spawn_local(async move {
            let _ = state.try_set(Some(keep(bytes).await));
        });
    };
    view! {
        <section aria-labelledby="try-heading">
            <h3 id="try-heading">{tr("studio-try")}</h3>
            <p>{tr("studio-try-intro")}</p>
            <button type="button" class="button" on:click=try_it data-testid="try-it">{tr("studio-try-button")}</button>
            <div aria-live="polite">
                {move || state.get().map(|kept| match kept {
                    Ok(id) => view! {
                        <a class="button primary" href=Route::Pack(id).href() target="_blank" data-testid="try-open">
                            {tr("studio-try-open")}
                        </a>
                    }
                    .into_any(),
                    Err(id) => view! { <p class="alert" role="alert">{tr(id)}</p> }.into_any(),
                })}
            </div>
        </section>
    }
}

/// The pack kept in place of what the studio kept of it before; its id.
async fn keep(bytes: Vec<u8>) -> Result<String, &'static str> {
    let kept = packs::refresh_added().await;
    let known: Vec<&str> = kept.iter().map(AddedPack::id).collect();
    let size = bytes.len();
    let (pack, json, media) = match checker::offer(bytes, &known).await {
        Err(_) => return Err("add-unavailable"),
        Ok(Offer::Problems(_)) => return Err("studio-hand-out-problems"),
        Ok(Offer::Pack { pack, json, media }) => (pack, json, media),
    };
    match rules::judge(catalog(), &kept, &pack, &Origin::Sent) {
        Err(Refusal::BundledId) => return Err("studio-try-bundled"),
        Err(Refusal::OtherSource { .. }) => return Err("studio-try-other-source"),
        // An older or the same version: the teacher's text now is what to try.
        _ => {}
    }
    let record = AddedPack::new(&pack, size, Origin::Sent, browser::now().0);
    added::keep(&record, &json, &media)
        .await
        .map_err(|error| error.message_id())?;
    packs::refresh_added().await;
    Ok(pack.pack.id.clone())
}
