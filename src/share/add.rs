//! Adding a pack a teacher or mentor sent: from a file, from a link that
//! holds it, or from a link to it on a web host. It is checked by the same
//! checker as the bundled packs, shown with who made it, and kept only when
//! the learner says so.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::check::ProblemLine;
use crate::bundled::catalog;
use crate::components::file_choice::file_choice;
use crate::components::made_by::made_by;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::checker::{self, Offer};
use crate::platform::fetch::{self, FetchError, Remote};
use crate::platform::paths::RouteHref;
use crate::platform::{added, browser, file, packs};
use bransjenorsk_core::added::{self as rules, AddedPack, Origin, Refusal, Verdict};
use bransjenorsk_core::content::{MAX_ZIP_BYTES, Pack, ProblemReport};
use bransjenorsk_core::fluent::Args;
use bransjenorsk_core::packlink::PackLink;
use bransjenorsk_core::route::Route;

/// Where adding a pack has got to.
#[derive(Clone)]
enum Step {
    Working(&'static str),
    /// Went wrong: a message id and its arguments; nothing was kept.
    Stopped(&'static str, Vec<(&'static str, String)>),
    Problems(Vec<ProblemReport>),
    Offered(Box<Offered>),
    Kept {
        id: String,
        updated: bool,
    },
}

/// A checked pack, and what keeping it would do.
#[derive(Clone)]
struct Offered {
    record: AddedPack,
    pack: Box<Pack>,
    json: String,
    media: std::sync::Arc<Vec<added::MediaFile>>,
    verdict: Result<Verdict, Refusal>,
}

/// `share.html#add`: a pack from a file, chosen here or opened with the
/// installed app.
pub fn add_file() -> impl IntoView {
    use_page_title(tr("add-title"));
    let step = RwSignal::new(None::<Step>);
    file::on_launch_file(move |opened| {
        let _ = step.try_set(Some(Step::Working("add-checking")));
        spawn_local(
            async move { take(file::bytes(&opened, MAX_ZIP_BYTES as u64).await, step).await },
        );
    });
    let on_read = move |read| spawn_local(take(read, step));
    view! {
        <h1>{tr("add-title")}</h1>
        <p class="lead">{tr("add-intro")}</p>
        {file_choice(
            "add-choose",
            ".toml,.zip,text/plain,application/zip",
            MAX_ZIP_BYTES as u64,
            Some(Callback::new(move |()| step.set(Some(Step::Working("add-checking"))))),
            Callback::new(on_read),
        )}
        {progress(step, None)}
    }
}

/// `share.html#pack/…` and `#pack-at/…`: a pack a link brings.
pub fn add_linked(fragment: &str) -> impl IntoView {
    use_page_title(tr("add-title"));
    let step = RwSignal::new(None::<Step>);
    match PackLink::parse(fragment) {
        None => step.set(Some(Step::Stopped("pack-link-missing", vec![]))),
        Some(Err(error)) => step.set(Some(Step::Stopped(error.message_id(), vec![]))),
        Some(Ok(link)) => start(link, step),
    }
    view! {
        <h1>{tr("add-title")}</h1>
        {progress(step, None)}
    }
}

/// A pack an assignment brings, added where the assignment is shown once
/// the learner asks; `on_kept` is told when it is kept.
pub fn add_in_place(link: PackLink, on_kept: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let step = RwSignal::new(None::<Step>);
    let source = match &link {
        PackLink::Inside(_) => i18n.t("open-pack-inside"),
        PackLink::At(address) => i18n.t_args(
            "add-source-web",
            &args([("host", rules::host(address).to_owned().into())]),
        ),
    };
    let link = StoredValue::new(link);
    view! {
        <p class="card-meta">{source}</p>
        {move || step.with(Option::is_none).then(|| view! {
            <button type="button" class="button primary" on:click=move |_| start(link.get_value(), step)>
                {tr("open-add-pack")}
            </button>
        })}
        {progress(step, Some(on_kept))}
    }
}

/// Fetches (if need be) and checks the pack a link brings.
fn start(link: PackLink, step: RwSignal<Option<Step>>) {
    match link {
        PackLink::Inside(text) => {
            step.set(Some(Step::Working("add-checking")));
            spawn_local(open(text.into_bytes(), Origin::Sent, step));
        }
        PackLink::At(address) => {
            step.set(Some(Step::Working("add-fetching")));
            spawn_local(async move {
                let limit = MAX_ZIP_BYTES as u64;
                match fetch::bytes_from(&address, limit).await {
                    Ok(bytes) => {
                        step.set(Some(Step::Working("add-checking")));
                        open(bytes, Origin::Web { address }, step).await;
                    }
                    Err(Remote::TooLarge { limit }) => step.set(Some(too_large(0, limit))),
                    Err(Remote::Failed(error)) => {
                        let host = rules::host(&address).to_owned();
                        step.set(Some(match error {
                            FetchError::Network => {
                                Step::Stopped("add-fetch-failed", vec![("host", host)])
                            }
                            FetchError::Status(status) => Step::Stopped(
                                "add-fetch-status",
                                vec![("host", host), ("status", status.to_string())],
                            ),
                        }));
                    }
                }
            });
        }
    }
}

/// Checks a file's bytes once read, or says why they were not read.
async fn take(read: Result<Vec<u8>, file::Unreadable>, step: RwSignal<Option<Step>>) {
    match read {
        Ok(bytes) => open(bytes, Origin::Sent, step).await,
        Err(file::Unreadable::Withheld) => {
            let _ = step.try_set(Some(Step::Stopped("check-not-read", vec![])));
        }
        Err(file::Unreadable::TooLarge { size, limit }) => {
            let _ = step.try_set(Some(too_large(size, limit)));
        }
    }
}

/// Message arguments known only as the page runs.
fn args_of(values: &[(&'static str, String)]) -> Args<'static> {
    values
        .iter()
        .map(|(name, value)| (*name, value.clone()))
        .collect()
}

fn too_large(size: u64, limit: u64) -> Step {
    let kilobytes = |bytes: u64| bytes.div_ceil(1024).to_string();
    if size == 0 {
        Step::Stopped("add-download-too-large", vec![("limit", kilobytes(limit))])
    } else {
        Step::Stopped(
            "check-too-large",
            vec![("size", kilobytes(size)), ("limit", kilobytes(limit))],
        )
    }
}

/// Checks the bytes in the checker's worker and offers the pack.
async fn open(bytes: Vec<u8>, origin: Origin, step: RwSignal<Option<Step>>) {
    let size = bytes.len();
    let kept = packs::added_packs();
    let known: Vec<&str> = kept.iter().map(AddedPack::id).collect();
    let next = match checker::offer(bytes, &known).await {
        Err(_) => Step::Stopped("add-unavailable", vec![]),
        Ok(Offer::Problems(problems)) => Step::Problems(problems),
        Ok(Offer::Pack { pack, json, media }) => {
            let verdict = rules::judge(catalog(), &kept, &pack, &origin);
            let record = AddedPack::new(&pack, size, origin, browser::now().0);
            Step::Offered(Box::new(Offered {
                record,
                pack,
                json,
                media: std::sync::Arc::new(media),
                verdict,
            }))
        }
    };
    let _ = step.try_set(Some(next));
}

/// Keeps the offered pack, then lists it with the others.
async fn keep(offered: Offered, step: RwSignal<Option<Step>>, on_kept: Option<Callback<()>>) {
    let updated = matches!(offered.verdict, Ok(Verdict::Update { .. }));
    let id = offered.record.id().to_owned();
    let next = match added::keep(&offered.record, &offered.json, &offered.media).await {
        Ok(()) => {
            packs::refresh_added().await;
            if let Some(on_kept) = on_kept {
                on_kept.run(());
            }
            Step::Kept { id, updated }
        }
        Err(error) => Step::Stopped(error.message_id(), vec![]),
    };
    let _ = step.try_set(Some(next));
}

/// What the current step shows, read out as it changes. In place (with
/// `on_kept`), a kept pack leads back to what brought it, not to the pack.
fn progress(step: RwSignal<Option<Step>>, on_kept: Option<Callback<()>>) -> impl IntoView {
    view! {
        <div aria-live="polite">
            {move || step.get().map(|shown| untrack(|| shown_step(shown, step, on_kept)))}
        </div>
    }
}

fn shown_step(shown: Step, step: RwSignal<Option<Step>>, on_kept: Option<Callback<()>>) -> AnyView {
    let i18n = use_i18n();
    match shown {
        Step::Working(id) => view! { <p role="status">{tr(id)}</p> }.into_any(),
        Step::Stopped(id, values) => view! {
            <div class="alert" role="alert" data-testid="add-stopped">
                <p>{move || i18n.t_args(id, &args_of(&values))}</p>
                <p>{tr("add-nothing-kept")}</p>
            </div>
        }
        .into_any(),
        Step::Problems(problems) => {
            let count = problems.len();
            view! {
                <div class="alert" role="alert" data-testid="add-problems">
                    <p>{tr_count("add-problems", count)}</p>
                    <ol class="problems">
                        {problems.into_iter().map(|problem| view! { <ProblemLine problem/> }).collect_view()}
                    </ol>
                    <p>{tr("add-nothing-kept")}</p>
                </div>
            }
            .into_any()
        }
        Step::Offered(offered) => offer(*offered, step, on_kept).into_any(),
        Step::Kept { id, updated } => view! {
            <p class="note" role="status" data-testid="add-kept">
                {tr(if updated { "add-updated" } else { "add-kept" })}
            </p>
            {on_kept.is_none().then(|| view! {
                <a class="button primary wide" href=Route::Pack(id).href()>{tr("add-practise")}</a>
            })}
        }
        .into_any(),
    }
}

/// The pack as the learner sees it before keeping it: who made it, what
/// it holds, where it comes from, and what keeping it would do.
fn offer(
    offered: Offered,
    step: RwSignal<Option<Step>>,
    on_kept: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let meta = offered.pack.pack.clone();
    let authors = made_by(&meta.authors);
    let source = match &offered.record.origin {
        Origin::Sent => view! { <p class="card-meta">{tr("add-source-sent")}</p> }.into_any(),
        Origin::Web { address } => {
            let host = rules::host(address).to_owned();
            view! { <p class="card-meta">{move || i18n.t_args("add-source-web", &args([("host", host.clone().into())]))}</p> }.into_any()
        }
    };
    let (title, description) = (meta.title.clone(), meta.description.clone());
    let sector = format!("sector-{}", meta.sector.id());
    let words = offered.pack.vocabulary.len();
    let items = offered.pack.items.len();
    let verdict = offered.verdict.clone();
    let choice = match verdict {
        Err(refusal) => {
            let values = match &refusal {
                Refusal::BundledId => vec![("id", meta.id.clone())],
                Refusal::Older { kept, offered: newer } => {
                    vec![("kept", kept.clone()), ("offered", newer.clone())]
                }
                Refusal::OtherSource { kept } => vec![(
                    "source",
                    match kept {
                        Origin::Sent => i18n.t("add-source-sent"),
                        Origin::Web { address } => rules::host(address).to_owned(),
                    },
                )],
            };
            let id = refusal.message_id();
            view! {
                <div class="alert" role="alert" data-testid="add-refused">
                    <p>{move || i18n.t_args(id, &args_of(&values))}</p>
                    <p>{tr("add-nothing-kept")}</p>
                </div>
            }
            .into_any()
        }
        Ok(Verdict::Same) => view! {
            <p class="note" role="status" data-testid="add-same">{tr("add-same")}</p>
            <a class="button primary wide" href=Route::Pack(meta.id.clone()).href()>{tr("add-practise")}</a>
        }
        .into_any(),
        Ok(verdict) => {
            let update = match &verdict {
                Verdict::Update { kept } => {
                    let (kept, version) = (kept.clone(), meta.version.clone());
                    Some(view! {
                        <p class="note">{move || i18n.t_args("add-update-note", &args([("kept", kept.clone().into()), ("version", version.clone().into())]))}</p>
                    })
                }
                _ => None,
            };
            let label = if update.is_some() { "add-update" } else { "add-keep" };
            let on_keep = move |_| {
                step.set(Some(Step::Working("add-keeping")));
                spawn_local(keep(offered.clone(), step, on_kept));
            };
            view! {
                {update}
                <button type="button" class="button primary wide" on:click=on_keep>{tr(label)}</button>
            }
            .into_any()
        }
    };
    view! {
        <section class="card pack-offer" data-testid="add-offer">
            <p class="card-title">{move || title.get(i18n.lang()).to_owned()}</p>
            <p class="card-meta">
                <span class="level-tag">{meta.level.code()}</span>
                " " {move || i18n.t(&sector)} " · "
                {tr_count("pack-words", words)} " · " {tr_count("check-exercises", items)}
            </p>
            <p>{move || description.get(i18n.lang()).to_owned()}</p>
            <p data-testid="add-authors">{authors.clone()}</p>
            {source}
            <p class="note" data-testid="add-not-ours">{tr("add-not-ours")}</p>
        </section>
        {choice}
    }
}
