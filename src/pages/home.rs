//! The home screen: today's practice, assignments and the sectors.

use leptos::prelude::*;

use super::my_packs::my_packs;
use crate::bundled::catalog;
use crate::components::assigned::assigned;
use crate::components::icons::SectorIcon;
use crate::components::title::use_page_title;
use crate::i18n::{args, tr, tr_count, use_i18n};
use crate::platform::paths::RouteHref;
use crate::platform::{browser, offline};
use crate::state::backup;
use crate::state::progress::use_progress;
use bransjenorsk_core::content::Sector;
use bransjenorsk_core::progress::day;
use bransjenorsk_core::route::Route;

/// Home: choose the sector you work in, or want to.
pub fn home() -> impl IntoView {
    use_page_title(tr("home-title"));
    view! {
        <h1>{tr("home-heading")}</h1>
        <p class="lead">{tr("home-intro")}</p>
        {update_notice()}
        {backup_reminder()}
        {assigned()}
        {today()}
        <ul class="card-list">
            {Sector::ALL.map(|sector| view! { <li><SectorCard sector/></li> }).collect_view()}
        </ul>
        {my_packs()}
    }
}

/// A new release, found in the background: taken when the learner
/// chooses, and offered only here, never in the middle of a session.
fn update_notice() -> impl IntoView {
    move || {
        offline::update_ready().then(|| {
            view! {
                <section class="note" data-testid="update-ready">
                    <p role="status">{tr("update-ready")}</p>
                    <button type="button" class="button primary" on:click=|_| offline::take_update()>
                        {tr("update-take")}
                    </button>
                </section>
            }
        })
    }
}

/// After a week of practice, a reminder to download a backup, where the
/// browser has not promised to keep the progress.
fn backup_reminder() -> impl IntoView {
    let progress = use_progress();
    let answered = RwSignal::new(false);
    move || {
        (!answered.get() && backup::reminder_due(progress)).then(|| {
            let download = move |_| {
                backup::download(progress);
                answered.set(true);
            };
            let later = move |_| {
                backup::remind_later();
                answered.set(true);
            };
            view! {
                <section class="note" data-testid="backup-reminder">
                    <p>{tr("backup-reminder")}</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=download>
                            {tr("progress-download-backup")}
                        </button>
                        <button type="button" class="button quiet" on:click=later>
                            {tr("backup-later")}
                        </button>
                    </div>
                </section>
            }
        })
    }
}

/// Today: what is due, new items left, the streak and the last two
/// weeks of practice. Shown once the learner has begun.
fn today() -> impl IntoView {
    let progress = use_progress();
    let now = browser::now();
    let today = browser::today();
    let due = move || {
        progress.with(|p| {
            p.due(now)
                .filter(|key| {
                    key.pack()
                        .is_some_and(|pack| catalog().pack(pack).is_some())
                })
                .count()
        })
    };
    let new_left = move || {
        let met = progress.with(|p| p.day(today).new);
        progress.settings().new_per_day.saturating_sub(met)
    };
    let streak = move || progress.with(|p| day::streak(&p.days, today));
    move || {
        if progress.with(|p| p.items.is_empty()) {
            return None;
        }
        Some(view! {
            <section class="today card" aria-labelledby="today-heading">
                <h2 id="today-heading">{tr("today-heading")}</h2>
                <p data-testid="today-due">{tr_count("today-due", due())} " " {tr_count("today-new", new_left() as usize)}</p>
                {(streak() > 0).then(|| view! {
                    <p class="card-meta" data-testid="today-streak">{tr_count("today-streak", streak() as usize)}</p>
                })}
                {practice_chart(today)}
                <a href=Route::Review.href() class="button primary wide">{tr("today-start")}</a>
            </section>
        })
    }
}

/// Minutes practised on each of the last two weeks' days, as bars.
fn practice_chart(today: day::Day) -> impl IntoView {
    const DAYS: u32 = 14;
    let i18n = use_i18n();
    let progress = use_progress();
    let days = progress.with(|p| day::recent(&p.days, today, DAYS));
    let minutes: Vec<u32> = days.iter().map(|log| log.seconds.div_ceil(60)).collect();
    let total: u32 = minutes.iter().sum();
    let active = days.iter().filter(|log| log.answers > 0).count();
    let top = minutes.iter().copied().max().unwrap_or(0).max(10);
    let bars = days
        .iter()
        .zip(&minutes)
        .enumerate()
        .map(|(index, (log, &m))| {
            // A day with practice shows at least a sliver.
            let sliver = if log.answers > 0 { 2 } else { 0 };
            let height = (m * 40).div_ceil(top).max(sliver);
            let (x, y) = (index * 10 + 1, 44 - height);
            let class = if index + 1 == DAYS as usize {
                "bar today-bar"
            } else {
                "bar"
            };
            view! { <rect class=class x=x y=y width="8" height=height rx="1"/> }
        })
        .collect_view();
    let label = move || {
        i18n.t_args(
            "today-chart",
            &args([("minutes", total.into()), ("days", active.into())]),
        )
    };
    view! {
        <figure class="practice-chart">
            // The caption says in words what the bars show.
            <svg viewBox="0 0 140 46" aria-hidden="true">
                <line class="axis" x1="0" y1="44.5" x2="140" y2="44.5"/>
                {bars}
            </svg>
            <figcaption class="card-meta">{label}</figcaption>
        </figure>
    }
}

/// A link to a sector: icon, name, the jobs it covers and its pack count.
#[component]
fn SectorCard(sector: Sector) -> impl IntoView {
    let i18n = use_i18n();
    let id = sector.id();
    let packs = catalog().in_sector(sector).count();
    view! {
        <a href=Route::Sector(id.to_owned()).href() class=format!("card sector-card sector-{id}")>
            <span class="sector-badge">
                <SectorIcon sector/>
            </span>
            <span class="card-text">
                <span class="card-title">{move || i18n.t(&format!("sector-{id}"))}</span>
                // The name in the support language too, when the interface
                // is in another one (a learner reading Norwegian already).
                {move || {
                    let support = i18n.support().filter(|lang| *lang != i18n.lang())?;
                    let name = i18n.t_in(support, &format!("sector-{id}"));
                    Some(view! { <span class="card-support" lang=support.code()>{name}</span> })
                }}
                <span class="card-detail">{move || i18n.t(&format!("sector-{id}-jobs"))}</span>
                <span class="card-meta">
                    {tr_count("sector-pack-count", packs)}
                </span>
            </span>
        </a>
    }
}
