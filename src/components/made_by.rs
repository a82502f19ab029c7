//! Who made a pack a learner added, in one wording everywhere.

use crate::i18n::{args, use_i18n};

/// "Made by …" with the pack's authors, in the interface language (tracked).
pub fn made_by(authors: &[String]) -> impl Fn() -> String + Send + Sync + Clone + use<> {
    let i18n = use_i18n();
    let authors = authors.join(", ");
    move || i18n.t_args("add-made-by", &args([("authors", authors.as_str().into())]))
}
