//! Packs the learner added: listed on the home screen, and told apart on
//! their own screen by who made them. They are added and removed on the
//! sharing page, which holds the checker.

use leptos::prelude::*;

use crate::components::made_by::made_by;
use crate::i18n::{args, tr, use_i18n};
use crate::platform::packs;
use crate::platform::paths::RouteHref;
use bransjenorsk_core::added::Origin;
use bransjenorsk_core::route::{Route, ShareView};

/// "My packs" on the home screen: the added packs and "Add a pack".
pub fn my_packs() -> impl IntoView {
    let i18n = use_i18n();
    let kept = packs::added_packs();
    let has_packs = !kept.is_empty();
    let list = (!kept.is_empty()).then(|| {
        let cards = kept
            .into_iter()
            .map(|pack| {
                let by = made_by(&pack.authors);
                let entry = pack.entry;
                view! {
                    <li>
                        <a class="card" href=Route::Pack(entry.id.clone()).href()>
                            <span class="card-text">
                                <span class="card-title">{move || entry.title.get(i18n.lang()).to_owned()}</span>
                                <span class="card-meta">
                                    <span class="level-tag">{entry.level.code()}</span>
                                    " " {by.clone()}
                                </span>
                            </span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="card-list" data-testid="my-packs">{cards}</ul> }
    });
    view! {
        <section aria-labelledby="my-packs-heading" class="my-packs">
            <h2 id="my-packs-heading">{tr("my-packs-heading")}</h2>
            {list}
            <div class="actions">
                <a class="button" href=ShareView::Add.href()>{tr("my-packs-add")}</a>
                {has_packs.then(|| view! { <a class="button quiet" href=ShareView::MyPacks.href()>{tr("my-packs-manage")}</a> })}
            </div>
        </section>
    }
}

/// On an added pack's screen: who made it, and that it is not the
/// editors'.
pub fn about_added(id: &str) -> Option<impl IntoView + use<>> {
    let record = packs::added_pack(id)?;
    let i18n = use_i18n();
    let by = made_by(&record.authors);
    let source = match &record.origin {
        Origin::Sent => None,
        Origin::Web { address } => Some(address.clone()),
    };
    Some(view! {
        <section class="note" data-testid="added-about">
            <p>{by.clone()}</p>
            {source.map(|address| view! {
                <p class="card-meta">{move || i18n.t_args("added-from", &args([("address", address.clone().into())]))}</p>
            })}
            <p>{tr("add-not-ours")}</p>
            <a class="button quiet" href=ShareView::MyPacks.href()>{tr("added-remove")}</a>
        </section>
    })
}
