use leptos::prelude::*;

use super::ItemContext;
use super::choice::Choice;
use super::typed::{Prompt, Typed};
use crate::components::say::Say;
use crate::domain::sound::Plays;

/// Hear Norwegian, then choose what was said or write it down. Minimal
/// pairs are this with their two words as the options.
#[component]
pub fn Listening(
    text: String,
    plays: Option<u8>,
    options: Vec<String>,
    answer: Option<String>,
    recording: Option<String>,
    context: ItemContext,
) -> impl IntoView {
    let plays = RwSignal::new(Plays::new(plays));
    let respond = if options.is_empty() {
        view! { <Typed prompt=Prompt::Heard answers=vec![text.clone()] context/> }.into_any()
    } else {
        let answer = answer.unwrap_or_else(|| text.clone());
        view! { <Choice prompt=String::new() gap=false options answer context/> }.into_any()
    };
    view! {
        <div class="listen">
            <Say text recording slow=true plays=Some(plays) large=true/>
        </div>
        {respond}
    }
}
