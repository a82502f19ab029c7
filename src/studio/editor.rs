//! One draft being written: saved as the teacher types, checked by the
//! pack checker in its worker as they type, its problems on top and at
//! their word or exercise, and its parts (details, words, exercises, a
//! list to import, handing out) one at a time.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::begin::saved_at;
use crate::components::alert::alert;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::drafts::{self, OpenError, SaveError};
use crate::platform::{browser, checker, file};
use bransjenorsk_core::content::{CheckReport, Media, MediaKind, Pack, ProblemReport};
use bransjenorsk_core::route::StudioView;
use bransjenorsk_core::studio::draft::{Draft, DraftError};
use bransjenorsk_core::studio::file::Parts;

/// How long typing pauses before the draft is saved and checked.
const PAUSE_MS: i32 = 400;

/// A draft as the checker saw it: its pack, the file it is handed out as
/// (made in the worker) and what the checker says of that file.
pub struct Checked {
    pub report: CheckReport,
    pub pack: Arc<Pack>,
    pub file: Arc<[u8]>,
    /// How many times the recordings had changed when it was checked.
    recorded: u32,
}

/// What the editor knows of the draft: as typed, and as last checked.
#[derive(Clone, Copy)]
pub struct Editing {
    pub draft: RwSignal<Draft>,
    /// The draft as it was last checked.
    pub checked: RwSignal<Option<Checked>>,
    /// Whether the last check found no checker to answer it.
    pub check_failed: RwSignal<bool>,
    /// The draft's recordings, by the names the pack uses.
    pub media: RwSignal<Media>,
    /// A `blob:` address of each recording played or shown so far.
    urls: StoredValue<BTreeMap<String, String>, LocalStorage>,
    /// How many times a recording was added, replaced or removed.
    recorded: StoredValue<u32>,
}

impl Editing {
    /// A `blob:` address of the recording `name`, to play it (tracked: a
    /// new recording under the same name gets a new address).
    pub fn url(self, name: &str) -> Option<String> {
        self.media.track();
        if let Some(url) = self.urls.with_value(|urls| urls.get(name).cloned()) {
            return Some(url);
        }
        let url = self.media.with_untracked(|media| {
            let bytes = media.get(name)?;
            let kind = MediaKind::of_content(bytes)?;
            file::blob_url(bytes, kind.mime())
        })?;
        self.urls
            .update_value(|urls| _ = urls.insert(name.to_owned(), url.clone()));
        Some(url)
    }

    /// Keeps `bytes` as the recording `name` (nothing if `name` is empty)
    /// in place of `old`, on the device and here.
    pub async fn put_media(
        self,
        name: &str,
        old: Option<&str>,
        bytes: Vec<u8>,
    ) -> Result<(), &'static str> {
        let key = self
            .draft
            .try_with_untracked(|d| d.key.clone())
            .ok_or("added-store-failed")?;
        drafts::put_media(&key, name, &bytes, old)
            .await
            .map_err(|error| error.message_id())?;
        self.urls.update_value(|urls| {
            for gone in [Some(name), old].into_iter().flatten() {
                if let Some(url) = urls.remove(gone) {
                    let _ = web_sys::Url::revoke_object_url(&url);
                }
            }
        });
        // Counted before `media` tells anyone of the change.
        self.recorded.update_value(|n| *n += 1);
        self.media.update(|media| {
            if let Some(old) = old {
                media.remove(old);
            }
            if !name.is_empty() {
                media.insert(name.to_owned(), bytes);
            }
        });
        Ok(())
    }

    /// The pack with its recordings and pictures at `blob:` addresses, for
    /// the player.
    pub fn playable(self, pack: &Pack) -> Pack {
        let mut pack = pack.clone();
        let at = |name: &mut Option<String>| {
            if let Some(url) = name.as_deref().and_then(|name| self.url(name)) {
                *name = Some(url);
            }
        };
        pack.vocabulary
            .iter_mut()
            .for_each(|word| at(&mut word.audio));
        for item in &mut pack.items {
            at(&mut item.audio);
            at(&mut item.image);
        }
        pack
    }

    /// Whether `checked` is of the draft as it is now, recordings and all
    /// (tracked: false again after the next change).
    pub fn is_current(self, checked: &Checked) -> bool {
        self.media.track();
        self.recorded.get_value() == checked.recorded
            && self.draft.with(|d| d.pack == *checked.pack)
    }

    /// The problems the checker found about `subject` (`subject-item` or
    /// `subject-word` with this id, or `subject-pack`).
    pub fn problems_of(
        self,
        subject: &'static str,
        id: impl Fn() -> String + Send + Sync + 'static,
    ) -> Signal<Vec<ProblemReport>> {
        Signal::derive(move || {
            let id = id();
            self.checked.with(|checked| match checked {
                Some(Checked {
                    report: CheckReport::Failed(problems),
                    ..
                }) => problems
                    .iter()
                    .filter(|p| {
                        p.subject.id == subject && (subject == "subject-pack" || names(p, &id))
                    })
                    .cloned()
                    .collect(),
                _ => Vec::new(),
            })
        })
    }
}

fn names(problem: &ProblemReport, id: &str) -> bool {
    use bransjenorsk_core::content::Arg;
    problem
        .subject
        .args
        .iter()
        .any(|(name, value)| name == "id" && matches!(value, Arg::Text(text) if text == id))
}

/// Where saving stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Saving {
    Saved(i64),
    Pending,
    Failed(&'static str),
    /// Another tab saved the draft since this one opened it.
    Conflict,
}

/// The part of the draft shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Details,
    Words,
    Exercises,
    Import,
    HandOut,
}

const PARTS: [(Part, &str); 5] = [
    (Part::Details, "studio-part-details"),
    (Part::Words, "studio-part-words"),
    (Part::Exercises, "studio-part-exercises"),
    (Part::Import, "studio-part-import"),
    (Part::HandOut, "studio-part-hand-out"),
];

/// `studio.html#draft/<key>`.
pub fn editor(key: String) -> impl IntoView {
    use_page_title(tr("studio-title"));
    let opened = RwSignal::new(None::<Result<(Draft, Media), &'static str>>);
    spawn_local(async move {
        let found = drafts::get(&key).await.map_err(|error| match error {
            OpenError::NotFound => "studio-draft-not-found",
            OpenError::Unreadable(DraftError::Damaged) => "studio-draft-damaged",
            OpenError::Unreadable(DraftError::Newer) => "studio-draft-newer",
            OpenError::Store(error) => error.message_id(),
        });
        let found = match found {
            Ok(draft) => drafts::media(&key)
                .await
                .map(|media| (draft, media))
                .map_err(|error| error.message_id()),
            Err(id) => Err(id),
        };
        let _ = opened.try_set(Some(found));
    });
    move || match opened.get() {
        None => view! { <p role="status">{tr("studio-opening")}</p> }.into_any(),
        Some(Err(id)) => view! {
            {alert(move || Some(id))}
            <a class="button" href=StudioView::Drafts.href()>{tr("studio-back")}</a>
        }
        .into_any(),
        Some(Ok((draft, media))) => untrack(|| editing(draft, media)).into_any(),
    }
}

fn editing(draft: Draft, media: Media) -> impl IntoView {
    let i18n = use_i18n();
    let editing = Editing {
        draft: RwSignal::new(draft),
        checked: RwSignal::new(None),
        check_failed: RwSignal::new(false),
        media: RwSignal::new(media),
        urls: StoredValue::new_local(BTreeMap::new()),
        recorded: StoredValue::new(0),
    };
    on_cleanup(move || {
        editing.urls.try_with_value(|urls| {
            for url in urls.values() {
                let _ = web_sys::Url::revoke_object_url(url);
            }
        });
    });
    let saving = RwSignal::new(Saving::Saved(editing.draft.with_untracked(|d| d.saved)));
    let part = RwSignal::new(Part::Details);
    let save_soon = after_pause(move || save(editing.draft, saving));
    let check_soon = after_pause(move || check(editing));
    // Every change after the first drawing is saved and checked; a new
    // recording is checked too.
    Effect::new(move |_| {
        editing.draft.track();
        editing.media.track();
        check_soon();
    });
    Effect::new(move |first: Option<()>| {
        editing.draft.track();
        if first.is_some() {
            saving.set(Saving::Pending);
            save_soon();
        }
    });
    let title = move || {
        editing.draft.with(|d| {
            let title = &d.pack.pack.title;
            let shown = title.get(i18n.lang());
            let shown = if shown.is_empty() { &title.nb } else { shown };
            if shown.is_empty() {
                i18n.t("studio-untitled")
            } else {
                shown.to_owned()
            }
        })
    };
    let parts = PARTS.map(|(shown, label)| {
        view! {
            <li>
                <button type="button" class="tab" aria-pressed=move || (part.get() == shown).to_string()
                    on:click=move |_| part.set(shown)>{tr(label)}</button>
            </li>
        }
    });
    view! {
        <a class="back-link" href=StudioView::Drafts.href()>{tr("studio-back")}</a>
        <h1>{title}</h1>
        {save_status(saving, editing.draft)}
        {problem_list(editing)}
        <nav aria-label=tr("studio-parts")>
            <ul class="tabs">{parts.into_iter().collect_view()}</ul>
        </nav>
        {move || {
            let shown = part.get();
            untrack(|| match shown {
                Part::Details => super::details::details(editing).into_any(),
                Part::Words => super::words::words(editing).into_any(),
                Part::Exercises => super::items::items(editing).into_any(),
                Part::Import => super::import_list::import_list(editing, Callback::new(move |()| part.set(Part::Exercises))).into_any(),
                Part::HandOut => super::hand_out::hand_out(editing).into_any(),
            })
        }}
    }
}

/// Runs `act` once typing has paused: each call puts it off again.
fn after_pause(act: impl Fn() + 'static) -> impl Fn() + Clone + 'static {
    let act = Rc::new(act);
    let generation = Rc::new(Cell::new(0u32));
    move || {
        let mine = generation.get().wrapping_add(1);
        generation.set(mine);
        let (act, generation) = (act.clone(), generation.clone());
        let later = wasm_bindgen::closure::Closure::once_into_js(move || {
            if generation.get() == mine {
                act();
            }
        });
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
            wasm_bindgen::JsCast::unchecked_ref(&later),
            PAUSE_MS,
        );
    }
}

thread_local! {
    /// Whether a save is on its way, and whether another is wanted after it.
    static SAVING: Cell<(bool, bool)> = const { Cell::new((false, false)) };
}

/// Saves the draft as it is now; one save at a time, the last one after
/// the others, each following the revision the one before it wrote.
fn save(draft: RwSignal<Draft>, saving: RwSignal<Saving>) {
    let (busy, _) = SAVING.get();
    if busy {
        SAVING.set((true, true));
        return;
    }
    if saving.get_untracked() == Saving::Conflict {
        return;
    }
    SAVING.set((true, false));
    spawn_local(async move {
        let now = browser::now().0;
        let Some(mut snapshot) = draft.try_get_untracked() else {
            SAVING.set((false, false));
            return;
        };
        snapshot.saved = now;
        let result = drafts::save(&snapshot).await;
        let state = match result {
            Ok(revision) => {
                draft.try_update_untracked(|d| {
                    d.revision = revision;
                    d.saved = now;
                });
                Saving::Saved(now)
            }
            Err(SaveError::Conflict) => Saving::Conflict,
            Err(SaveError::Store(error)) => Saving::Failed(error.message_id()),
        };
        let (_, again) = SAVING.get();
        SAVING.set((false, false));
        if saving.try_set(state).is_some() && again {
            save(draft, saving);
        }
    });
}

/// Checks the draft as it is now in the checker's worker, with its
/// recordings: the file it would be handed out as.
fn check(editing: Editing) {
    let Some(draft) = editing.draft.try_get_untracked() else {
        return;
    };
    let Some(parts) = editing
        .media
        .try_with_untracked(|media| Parts::of(&draft.pack, media))
    else {
        return;
    };
    let recorded = editing.recorded.get_value();
    spawn_local(async move {
        let Ok(written) = checker::write(&parts).await else {
            let _ = editing.check_failed.try_set(true);
            return;
        };
        let checked = Checked {
            report: written.report,
            pack: Arc::new(draft.pack),
            file: written.bytes.into(),
            recorded,
        };
        let _ = editing.check_failed.try_set(false);
        let _ = editing.checked.try_set(Some(checked));
    });
}

/// That the checker could not be reached (its file not downloaded yet,
/// say), and a way to ask it again; nothing while it answers.
pub fn check_failed(editing: Editing) -> impl IntoView {
    move || {
        editing.check_failed.get().then(|| {
            view! {
                <div class="alert" role="alert" data-testid="check-failed">
                    <p>{tr("check-unavailable")}</p>
                    <button type="button" class="button" on:click=move |_| check(editing)>{tr("retry")}</button>
                </div>
            }
        })
    }
}

/// Saved when, or why not; and the way out of a conflict between tabs.
fn save_status(saving: RwSignal<Saving>, draft: RwSignal<Draft>) -> impl IntoView {
    let i18n = use_i18n();
    let keep_as_new = move |_| {
        let mut copy = draft.get_untracked();
        copy.key = super::begin::new_key();
        copy.revision = 0;
        copy.saved = browser::now().0;
        let fragment = StudioView::Draft(copy.key.clone()).fragment();
        spawn_local(async move {
            match drafts::save(&copy).await {
                Ok(_) => {
                    let _ = window().location().set_hash(&fragment);
                }
                Err(_) => saving.set(Saving::Failed("added-store-failed")),
            }
        });
    };
    view! {
        <div aria-live="polite" data-testid="save-status">
            {move || match saving.get() {
                Saving::Saved(at) => {
                    let time = saved_at(at);
                    view! { <p class="card-meta">{move || i18n.t_args("studio-saved-at", &args([("time", time.clone().into())]))}</p> }.into_any()
                }
                Saving::Pending => view! { <p class="card-meta">{tr("studio-saving")}</p> }.into_any(),
                Saving::Failed(id) => view! { <p class="alert" role="alert">{tr(id)}</p> }.into_any(),
                Saving::Conflict => view! {
                    <div class="alert" role="alert" data-testid="save-conflict">
                        <p>{tr("studio-save-conflict")}</p>
                        <div class="actions">
                            <button type="button" class="button" on:click=move |_| { let _ = window().location().reload(); }>
                                {tr("studio-conflict-reload")}
                            </button>
                            <button type="button" class="button" on:click=keep_as_new>{tr("studio-conflict-keep")}</button>
                        </div>
                    </div>
                }
                .into_any(),
            }}
        </div>
    }
}

/// Every problem the checker found, on top; or that there are none.
fn problem_list(editing: Editing) -> impl IntoView {
    view! {
        {check_failed(editing)}
        <section class="studio-problems" aria-live="polite" data-testid="studio-problems">
            {move || editing.checked.with(|checked| match checked.as_ref().map(|c| &c.report) {
                None => (!editing.check_failed.get())
                    .then(|| view! { <p class="card-meta">{tr("check-checking")}</p> })
                    .into_any(),
                Some(CheckReport::Passed { .. }) => view! {
                    <p class="note" data-testid="studio-ready">{tr("studio-ready")}</p>
                }
                .into_any(),
                Some(CheckReport::Failed(problems)) => {
                    let count = problems.len();
                    let problems = problems.clone();
                    view! {
                        <details class="alert">
                            <summary>{tr_count("studio-problems", count)}</summary>
                            <ol class="problems">
                                {problems.into_iter().map(problem_line).collect_view()}
                            </ol>
                        </details>
                    }
                    .into_any()
                }
            })}
        </section>
    }
}

/// What a problem is about, and what is wrong: no line or column, as the
/// teacher never sees the file.
fn problem_line(problem: ProblemReport) -> impl IntoView {
    let i18n = use_i18n();
    let ProblemReport {
        subject, message, ..
    } = problem;
    view! {
        <li>{move || [i18n.t_message(&subject), ": ".into(), i18n.t_message(&message)].concat()}</li>
    }
}
