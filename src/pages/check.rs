use std::collections::HashSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::title::use_page_title;
use crate::domain::bundled::catalog;
use crate::domain::content::{Context, Pack, Problem, check_pack_bytes};
use crate::i18n::{args, use_i18n};
use crate::platform::file;

/// What checking a chosen file found.
#[derive(Clone)]
enum Outcome {
    Unreadable,
    Passed(Box<Pack>),
    Failed(Vec<Problem>),
}

/// Checks a pack file's bytes as the app would read it: every problem, in
/// the order of the file. Files beside the pack cannot be seen here.
fn check(bytes: Vec<u8>) -> Outcome {
    let known: HashSet<String> = catalog()
        .packs
        .iter()
        .map(|entry| entry.id.clone())
        .collect();
    let context = Context {
        folder: None,
        file_exists: None,
        known_packs: Some(&known),
    };
    match check_pack_bytes(bytes, &context) {
        Ok(pack) => Outcome::Passed(Box::new(pack)),
        Err(problems) => Outcome::Failed(problems),
    }
}

/// For teachers: check a pack file on the phone, with every problem in
/// the reader's language.
#[component]
pub fn CheckPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t("check-title"));
    let outcome = RwSignal::new(None::<Outcome>);
    let on_change = move |event: web_sys::Event| {
        let Some(chosen) = file::chosen_file(&event) else {
            return;
        };
        spawn_local(async move {
            let result = match file::bytes(&chosen).await {
                Some(bytes) => check(bytes),
                None => Outcome::Unreadable,
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <h1>{move || i18n.t("check-title")}</h1>
        <p class="lead">{move || i18n.t("check-intro")}</p>
        <label class="file-choice">
            <span>{move || i18n.t("check-choose")}</span>
            <input type="file" accept=".toml,text/plain" on:change=on_change/>
        </label>
        <div aria-live="polite">
            {move || outcome.get().map(|outcome| view! { <CheckOutcome outcome/> })}
        </div>
    }
}

#[component]
fn CheckOutcome(outcome: Outcome) -> impl IntoView {
    let i18n = use_i18n();
    match outcome {
        Outcome::Unreadable => {
            view! { <p class="alert" role="alert">{move || i18n.t("check-not-read")}</p> }
                .into_any()
        }
        Outcome::Passed(pack) => {
            let words = pack.vocabulary.len();
            let items = pack.items.len();
            let level = pack.pack.level.code();
            let title = pack.pack.title;
            view! {
                <div class="note" data-testid="check-passed">
                    <p>{move || i18n.t_args("check-ok", &args([("title", title.get(i18n.lang()).into())]))}</p>
                    <p class="card-meta">
                        <span class="level-tag">{level}</span>
                        " "
                        {move || i18n.t_args("pack-words", &args([("count", words.into())]))}
                        " · "
                        {move || i18n.t_args("check-exercises", &args([("count", items.into())]))}
                    </p>
                </div>
            }
            .into_any()
        }
        Outcome::Failed(problems) => {
            let count = problems.len();
            view! {
                <div class="alert" data-testid="check-failed">
                    <p>{move || i18n.t_args("check-problems", &args([("count", count.into())]))}</p>
                    <ol class="problems">
                        {problems.into_iter().map(|problem| view! { <ProblemLine problem/> }).collect_view()}
                    </ol>
                </div>
            }
            .into_any()
        }
    }
}

/// One problem: where it is, what it is about, and what is wrong.
#[component]
fn ProblemLine(problem: Problem) -> impl IntoView {
    let i18n = use_i18n();
    let at = problem.location.map(|at| {
        move || {
            i18n.t_args(
                "problem-at",
                &args([("line", at.line.into()), ("column", at.column.into())]),
            )
        }
    });
    let subject = problem.subject.message();
    let message = problem.kind.message();
    view! {
        <li>
            {at.map(|at| view! { <span class="problem-at">{at}</span> })}
            <span class="problem-text">
                {move || format!("{}: {}", i18n.t_domain(&subject), i18n.t_domain(&message))}
            </span>
        </li>
    }
}
