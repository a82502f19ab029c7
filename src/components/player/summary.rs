//! The summary at the end of a session.

use leptos::prelude::*;

use crate::i18n::{args, tr, tr_count, use_i18n};
use bransjenorsk_core::practice::session::Summary;

/// The end of a session: how it went, what to look at again (`review`,
/// the items' texts), and the way on: back, and for a pack, again.
pub fn summary(
    summary: Summary,
    review: Vec<String>,
    back: String,
    after_review: bool,
    again: Option<impl Fn(leptos::ev::MouseEvent) + 'static>,
) -> impl IntoView {
    let i18n = use_i18n();
    let Summary {
        right,
        almost,
        wrong,
        read,
        ..
    } = summary;
    let answered = summary.answered();
    let heading = if answered > 0 && right == answered {
        "play-summary-perfect"
    } else {
        "play-summary"
    };
    let line = move |id: &'static str, count: usize| {
        (count > 0).then(|| view! { <li>{tr_count(id, count)}</li> })
    };
    view! {
        <section class="summary" aria-labelledby="item-heading">
            <h1 id="item-heading" tabindex="-1">{move || i18n.t(heading)}</h1>
            <p class="lead">
                {move || i18n.t_args("play-summary-score", &args([("right", right.into()), ("answered", answered.into())]))}
            </p>
            <ul class="summary-counts">
                {line("play-summary-almost", almost)}
                {line("play-summary-wrong", wrong)}
                {line("play-summary-read", read)}
            </ul>
            {(!review.is_empty()).then(|| view! {
                <h2>{tr("play-summary-review")}</h2>
                <ul class="review-list">
                    {review.into_iter().map(|text| view! { <li lang="nb">{text}</li> }).collect_view()}
                </ul>
            })}
            <div class="actions">
                <a href=back class="button quiet">
                    {tr(if after_review { "back-home" } else { "play-back-to-pack" })}
                </a>
                {again.map(|again| view! {
                    <button type="button" class="button primary" data-enter="" on:click=again>
                        {tr("play-again")}
                    </button>
                })}
            </div>
        </section>
    }
}
