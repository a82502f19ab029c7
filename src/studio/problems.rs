//! The checker's problems where they are mended: each at the field it
//! names (`title.uk` under the Ukrainian title, `pairs` under the pairs),
//! and what no field on screen takes with its word or exercise.

use leptos::prelude::*;
use leptos::tachys::reactive_graph::OwnedView;

use crate::i18n::use_i18n;
use bransjenorsk_core::content::ProblemReport;
use bransjenorsk_core::studio::place::{nearest, said_at};

/// The problems of one word, exercise or the pack's details, for the
/// fields drawn inside to take. A field whose element id is `prefix` plus
/// a name takes the problems whose field is that name or below it
/// (`.` written as `-`: `title-uk`), unless a field nearer takes them.
#[derive(Clone, Copy)]
pub struct FieldProblems {
    problems: Signal<Vec<ProblemReport>>,
    prefix: StoredValue<String>,
    /// The names of the fields drawn so far.
    taken: RwSignal<Vec<String>>,
}

/// Draws `view` with `problems` for its fields (their element ids begin
/// with `prefix`), in an owner of its own, so that each word or exercise
/// on screen gives its fields its own problems.
pub fn with_problems<V: IntoView + 'static>(
    problems: Signal<Vec<ProblemReport>>,
    prefix: String,
    view: impl FnOnce(FieldProblems) -> V,
) -> impl IntoView {
    let owner = Owner::new();
    let drawn = owner.with(|| {
        let fields = FieldProblems {
            problems,
            prefix: StoredValue::new(prefix),
            taken: RwSignal::new(Vec::new()),
        };
        provide_context(fields);
        view(fields)
    });
    OwnedView::new_with_owner(drawn, owner)
}

impl FieldProblems {
    /// The problems of the fields `names`, listed where this is drawn.
    pub fn at(self, names: &[&str]) -> impl IntoView + use<> {
        let names: Vec<String> = names.iter().map(|name| (*name).to_owned()).collect();
        self.take(&names);
        let here = Signal::derive(move || {
            let taken = self.taken.get();
            self.problems.with(|all| {
                all.iter()
                    .filter_map(|p| {
                        let name = nearest(p, &taken).filter(|n| names.contains(n))?;
                        Some(said_at(p, name))
                    })
                    .collect()
            })
        });
        problem_list(here)
    }

    /// The problems no field on screen takes.
    pub fn rest(self) -> Signal<Vec<ProblemReport>> {
        Signal::derive(move || {
            let taken = self.taken.get();
            self.problems.with(|all| {
                all.iter()
                    .filter(|p| nearest(p, &taken).is_none())
                    .cloned()
                    .collect()
            })
        })
    }

    fn take(self, names: &[String]) {
        let new: Vec<&String> = self
            .taken
            .with_untracked(|taken| names.iter().filter(|n| !taken.contains(n)).collect());
        if !new.is_empty() {
            self.taken
                .update(|taken| taken.extend(new.into_iter().cloned()));
        }
    }
}

/// The problems of the field with the element id `id`, if the fields
/// around it were given problems and `id` is one of theirs.
pub fn at_field(id: &str) -> Option<impl IntoView + use<>> {
    let problems = use_context::<FieldProblems>()?;
    let name = problems
        .prefix
        .with_value(|prefix| id.strip_prefix(prefix.as_str()).map(str::to_owned))?;
    Some(problems.at(&[&name]))
}

/// The problems of the fields `names` of the word or exercise drawn, for
/// fields that are not one text (a list of options, a select).
pub fn at_fields(names: &[&str]) -> Option<impl IntoView + use<>> {
    Some(use_context::<FieldProblems>()?.at(names))
}

/// A list of problems, said in the teacher's language; nothing if none.
pub fn problem_list(problems: Signal<Vec<ProblemReport>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let problems = problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <ul class="problems here" data-testid="problems-here">
                    {problems.into_iter().map(|problem| {
                        let message = problem.message;
                        view! { <li>{move || i18n.t_message(&message)}</li> }
                    }).collect_view()}
                </ul>
            }
        })
    }
}
