//! Where in the studio's forms a problem the checker found is mended.
//! Fields are named as their elements' ids name them: a path below the
//! word, exercise or `[pack]` table with `-` between its steps
//! (`title-uk`, `turns-2-text`).

use crate::content::{Arg, ProblemReport};

/// Where a problem is mended, as element ids name fields: its field, but
/// a missing why at the why of its option (`why-et håndkle`), which the
/// file does not have yet.
pub fn place(problem: &ProblemReport) -> Option<String> {
    if problem.message.id == "problem-missing-why" {
        let option = problem
            .message
            .args
            .iter()
            .find_map(|(name, value)| match value {
                Arg::Text(option) if name == "option" => Some(option),
                _ => None,
            });
        if let Some(option) = option {
            return Some(format!("why-{option}").replace('.', "-"));
        }
    }
    Some(problem.field.as_deref()?.replace('.', "-"))
}

/// The taken name nearest the problem's place: the longest that is the
/// place or above it.
pub fn nearest<'a>(problem: &ProblemReport, taken: &'a [String]) -> Option<&'a String> {
    let field = place(problem)?;
    taken
        .iter()
        .filter(|name| {
            field == **name
                || field
                    .strip_prefix(name.as_str())
                    .is_some_and(|rest| rest.starts_with('-'))
        })
        .max_by_key(|name| name.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Problem, ProblemKind, Subject};

    fn report(kind: ProblemKind, field: Option<&str>) -> ProblemReport {
        ProblemReport::from(&Problem {
            subject: Subject::Item("a".into()),
            kind,
            location: None,
            field: field.map(str::to_owned),
        })
    }

    #[test]
    fn a_problem_goes_to_the_nearest_field_on_screen_or_to_none() {
        let taken: Vec<String> = ["title", "title-uk", "turns", "options"]
            .map(str::to_owned)
            .to_vec();
        let blank = |field| report(ProblemKind::Blank("text".into()), Some(field));
        assert_eq!(nearest(&blank("title.uk"), &taken).unwrap(), "title-uk");
        assert_eq!(nearest(&blank("title.en"), &taken).unwrap(), "title");
        assert_eq!(nearest(&blank("turns.2.text"), &taken).unwrap(), "turns");
        // A name is a whole step: `titles` is not below `title`.
        assert_eq!(nearest(&blank("titles"), &taken), None);
        assert_eq!(nearest(&blank("hint"), &taken), None);
        assert_eq!(
            nearest(&report(ProblemKind::Blank("text".into()), None), &taken),
            None
        );
    }

    #[test]
    fn a_missing_why_goes_to_the_why_of_its_option() {
        let missing = report(ProblemKind::MissingWhy("kl. 10".into()), Some("options"));
        assert_eq!(place(&missing).unwrap(), "why-kl- 10");
        let mut taken = vec!["options".to_owned(), "why".to_owned()];
        assert_eq!(nearest(&missing, &taken).unwrap(), "why");
        taken.push("why-kl- 10".to_owned());
        assert_eq!(nearest(&missing, &taken).unwrap(), "why-kl- 10");
    }
}
