//! Listening items and minimal pairs: hear, then choose or write.

use leptos::prelude::*;

use super::ItemContext;
use super::choice::choice;
use super::typed::{Prompt, typed};
use crate::components::say::Say;
use bransjenorsk_core::content::Whys;
use bransjenorsk_core::sound::Plays;

/// Hear Norwegian, then choose what was said or write it down. Minimal
/// pairs are this with their two words as the options.
pub fn listening(
    text: String,
    plays: Option<u8>,
    options: Vec<String>,
    answer: Option<String>,
    recording: Option<String>,
    context: ItemContext,
) -> impl IntoView {
    let plays = RwSignal::new(Plays::new(plays));
    let respond = if options.is_empty() {
        typed(Prompt::Heard, vec![text.clone()], context).into_any()
    } else {
        let answer = answer.unwrap_or_else(|| text.clone());
        choice(String::new(), false, options, answer, Whys::new(), context).into_any()
    };
    view! {
        <div class="listen">
            <Say text recording slow=true plays=Some(plays) large=true/>
        </div>
        {respond}
    }
}
