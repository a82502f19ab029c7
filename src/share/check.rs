//! Checking a pack file in the browser, for teachers.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::link_view::ShareLink;
use crate::components::alert::alert;
use crate::components::file_choice::file_choice;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::paths::app_address;
use crate::platform::{checker, file};
use bransjenorsk_core::content::{CheckReport, MAX_ZIP_BYTES, ProblemReport, is_zip};
use bransjenorsk_core::packlink::PackLink;

/// What checking a chosen file found.
#[derive(Clone)]
enum Outcome {
    Checking,
    Unreadable,
    TooLarge {
        size: u64,
        limit: u64,
    },
    Unavailable,
    /// The report, and the pack's text if it is a `.toml` (which a link
    /// can carry).
    Checked(CheckReport, Option<String>),
}

/// For teachers: check a pack file on the phone, with every problem in
/// the reader's language.
pub fn check() -> impl IntoView {
    use_page_title(tr("check-title"));
    let outcome = RwSignal::new(None::<Outcome>);
    let on_read = move |read: Result<Vec<u8>, file::Unreadable>| {
        spawn_local(async move {
            let result = match read {
                Ok(bytes) => {
                    let text = (!is_zip(&bytes)).then(|| String::from_utf8(bytes.clone()).ok());
                    match checker::check(bytes).await {
                        Ok(report) => Outcome::Checked(report, text.flatten()),
                        Err(_) => Outcome::Unavailable,
                    }
                }
                Err(file::Unreadable::Withheld) => Outcome::Unreadable,
                Err(file::Unreadable::TooLarge { size, limit }) => {
                    Outcome::TooLarge { size, limit }
                }
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <h1>{tr("check-title")}</h1>
        <p class="lead">{tr("check-intro")}</p>
        {file_choice(
            "check-choose",
            ".toml,.zip,text/plain,application/zip",
            MAX_ZIP_BYTES as u64,
            Some(Callback::new(move |()| outcome.set(Some(Outcome::Checking)))),
            Callback::new(on_read),
        )}
        <div aria-live="polite">
            {move || outcome.get().map(|outcome| view! { <CheckOutcome outcome/> })}
        </div>
    }
}

#[component]
fn CheckOutcome(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    match outcome {
        Outcome::Checking => view! { <p role="status">{tr("check-checking")}</p> }.into_any(),
        Outcome::Unreadable => alert(|| Some("check-not-read")).into_any(),
        Outcome::TooLarge { size, limit } => {
            let kilobytes = |bytes: u64| bytes.div_ceil(1024).into();
            view! {
                <div class="alert" role="alert">
                    <p>{move || i18n.t_args("check-too-large", &args([("size", kilobytes(size)), ("limit", kilobytes(limit))]))}</p>
                </div>
            }
            .into_any()
        }
        Outcome::Unavailable => alert(|| Some("check-unavailable")).into_any(),
        Outcome::Checked(CheckReport::Passed { title, level, words, items }, text) => view! {
            <div class="note" data-testid="check-passed">
                <p>{move || i18n.t_args("check-ok", &args([("title", title.get(i18n.lang()).into())]))}</p>
                <p class="card-meta">
                    <span class="level-tag">{level.code()}</span>
                    " "
                    {tr_count("pack-words", words)}
                    " · "
                    {tr_count("check-exercises", items)}
                </p>
            </div>
            {hand_out(text)}
        }
        .into_any(),
        Outcome::Checked(CheckReport::Failed(problems), _) => {
            let count = problems.len();
            view! {
                <div class="alert" data-testid="check-failed">
                    <p>{tr_count("check-problems", count)}</p>
                    <ol class="problems">
                        {problems.into_iter().map(|problem| view! { <ProblemLine problem/> }).collect_view()}
                    </ol>
                </div>
            }
            .into_any()
        }
    }
}

/// How a checked pack reaches learners: the file, a link that holds it
/// (a `.toml` small enough), or a link to it on a web host.
pub(crate) fn hand_out(text: Option<String>) -> impl IntoView {
    let inside = text.map(|text| PackLink::Inside(text).link(&app_address()));
    let inside = match inside {
        Some(Ok(link)) => {
            let qr = PackLink::fits_qr(&link);
            view! {
                <p>{tr(if qr { "check-give-link-qr" } else { "check-give-link" })}</p>
                <ShareLink link file="pack-link.txt".to_owned() qr/>
            }
            .into_any()
        }
        Some(Err(_)) => view! { <p>{tr("check-give-too-long")}</p> }.into_any(),
        None => view! { <p>{tr("check-give-zip")}</p> }.into_any(),
    };
    let address = RwSignal::new(String::new());
    let made = RwSignal::new(None::<Result<String, &'static str>>);
    let make = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let link = PackLink::At(address.get_untracked().trim().to_owned()).link(&app_address());
        made.set(Some(link.map_err(|error| error.message_id())));
    };
    view! {
        <section aria-labelledby="give-heading" data-testid="check-give">
            <h2 id="give-heading">{tr("check-give-heading")}</h2>
            <p>{tr("check-give-file")}</p>
            {inside}
            <form class="field" on:submit=make>
                <label for="pack-address">{tr("check-give-address")}</label>
                <input id="pack-address" type="url" inputmode="url" autocomplete="off" spellcheck="false"
                    placeholder="https://"
                    prop:value=address on:input=move |event| address.set(event_target_value(&event))/>
                <button type="submit" class="button">{tr("check-give-address-make")}</button>
            </form>
            <p>{tr("check-give-cors")}</p>
            {move || match made.get() {
                Some(Ok(link)) => view! { <ShareLink link file="pack-address-link.txt".to_owned()/> }.into_any(),
                Some(Err(id)) => alert(move || Some(id)).into_any(),
                None => ().into_any(),
            }}
        </section>
    }
}

/// One problem: where it is, what it is about, and what is wrong.
#[component]
pub(crate) fn ProblemLine(problem: ProblemReport) -> impl IntoView {
    let i18n = use_i18n();
    let at = problem.location.map(|at| {
        move || {
            i18n.t_args(
                "problem-at",
                &args([("line", at.line.into()), ("column", at.column.into())]),
            )
        }
    });
    let ProblemReport {
        subject, message, ..
    } = problem;
    view! {
        <li>
            {at.map(|at| view! { <span class="problem-at">{at}</span> })}
            <span class="problem-text">
                {move || [i18n.t_message(&subject), ": ".into(), i18n.t_message(&message)].concat()}
            </span>
        </li>
    }
}
