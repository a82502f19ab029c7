//! Where in the studio's forms a problem the checker found is mended.
//! Fields are named as their elements' ids name them: a path below the
//! word, exercise or `[pack]` table with `-` between its steps
//! (`title-uk`, `turns-2-text`).

use crate::content::{Arg, Message, ProblemReport};

/// Where a problem is mended, as element ids name fields.
pub fn place(problem: &ProblemReport) -> Option<String> {
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

/// The problem as said at `name`: at its own field, in words of the form
/// rather than the file's (not «question» is empty, but this field is).
pub fn said_at(problem: &ProblemReport, name: &str) -> ProblemReport {
    let here = match problem.message.id.as_str() {
        "problem-empty" => "studio-here-empty",
        "problem-too-few" => "studio-here-too-few",
        "problem-missing-translation" => "studio-here-missing-translation",
        "problem-too-long" => "studio-here-too-long",
        "problem-markup" => "studio-here-markup",
        "problem-control-character" => "studio-here-control-character",
        "problem-written-form" => "studio-here-written-form",
        "problem-blank" => "studio-here-blank",
        "problem-invisible-character" => "studio-here-invisible-character",
        _ => return problem.clone(),
    };
    let place = place(problem);
    let here = if place.as_deref() == Some(name) {
        here
    } else if here == "studio-here-missing-translation"
        && place.is_some_and(|place| in_language_of(&place, name, &problem.message))
    {
        // At the group of languages the missing one belongs to.
        "studio-here-missing-language"
    } else {
        return problem.clone();
    };
    ProblemReport {
        message: Message {
            id: here.to_owned(),
            args: problem.message.args.clone(),
        },
        ..problem.clone()
    }
}

/// Whether `place` is the field of `name` in the language `message` names.
fn in_language_of(place: &str, name: &str, message: &Message) -> bool {
    message.args.iter().any(|(arg, value)| {
        matches!(value, Arg::Text(lang) if arg == "lang" && place == format!("{name}-{lang}"))
    })
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
    fn a_missing_why_goes_to_the_why_of_its_option_or_to_the_whys() {
        let missing = report(ProblemKind::MissingWhy("kl. 10".into()), Some("why.kl. 10"));
        assert_eq!(place(&missing).unwrap(), "why-kl- 10");
        let mut taken = vec!["options".to_owned(), "why".to_owned()];
        assert_eq!(nearest(&missing, &taken).unwrap(), "why");
        taken.push("why-kl- 10".to_owned());
        assert_eq!(nearest(&missing, &taken).unwrap(), "why-kl- 10");
    }

    #[test]
    fn at_its_own_field_a_problem_does_not_name_the_field() {
        let blank = report(ProblemKind::Blank("question".into()), Some("question"));
        assert_eq!(said_at(&blank, "question").message.id, "studio-here-blank");
        assert_eq!(said_at(&blank, "question").message.args, blank.message.args);
        // Said at its group of languages, it names the language; further
        // up, it still names its field.
        let missing = report(
            ProblemKind::MissingTranslation {
                field: "hint".into(),
                lang: "en",
            },
            Some("hint.en"),
        );
        assert_eq!(
            said_at(&missing, "hint").message.id,
            "studio-here-missing-language"
        );
        assert_eq!(
            said_at(&missing, "hint-uk").message.id,
            "problem-missing-translation"
        );
        assert_eq!(
            said_at(&missing, "h").message.id,
            "problem-missing-translation"
        );
        assert_eq!(
            said_at(&missing, "hint-en").message.id,
            "studio-here-missing-translation"
        );
        // A problem that names no field is said as it is.
        let why = report(ProblemKind::MissingWhy("kl. 10".into()), Some("why.kl. 10"));
        assert_eq!(said_at(&why, "why-kl- 10"), why);
    }
}
