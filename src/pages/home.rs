use leptos::prelude::*;

use crate::components::icons::SectorIcon;
use crate::components::link::href;
use crate::components::title::use_page_title;
use crate::domain::bundled::catalog;
use crate::domain::content::Sector;
use crate::i18n::{args, tr, use_i18n};

/// Home: choose the sector you work in, or want to.
pub fn home() -> impl IntoView {
    use_page_title(tr("home-title"));
    view! {
        <h1>{tr("home-heading")}</h1>
        <p class="lead">{tr("home-intro")}</p>
        <ul class="card-list">
            {Sector::ALL.map(|sector| view! { <li><SectorCard sector/></li> }).collect_view()}
        </ul>
    }
}

/// A link to a sector: icon, name, the jobs it covers and its pack count.
#[component]
fn SectorCard(sector: Sector) -> impl IntoView {
    let i18n = use_i18n();
    let id = sector.id();
    let packs = catalog().in_sector(sector).count();
    view! {
        <a href=href(&format!("/sector/{id}")) class=format!("card sector-card sector-{id}")>
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
                    {move || i18n.t_args("sector-pack-count", &args([("count", packs.into())]))}
                </span>
            </span>
        </a>
    }
}
