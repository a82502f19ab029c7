//! A message that something went wrong, shown while there is one.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// An alert paragraph while `message` gives a message id; nothing while
/// it gives `None`. Screen readers read it out as it appears.
pub fn alert(message: impl Fn() -> Option<&'static str> + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    move || message().map(|id| view! { <p class="alert" role="alert">{move || i18n.t(id)}</p> })
}
