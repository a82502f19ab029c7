//! What checking a pack file found, in a form that crosses from the
//! checker (a web worker in the browser) to the page that shows it.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::model::{Level, Pack, Texts};
use super::packfile::{check_pack_file, is_zip};
use super::problem::{Arg, Location, Problem};
use super::validate::{Context, check_pack_bytes};

/// The outcome of checking one pack file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CheckReport {
    Passed {
        title: Texts,
        level: Level,
        words: usize,
        items: usize,
    },
    Failed(Vec<ProblemReport>),
}

impl CheckReport {
    /// What the report says of a pack that passed.
    pub fn passed(pack: &Pack) -> CheckReport {
        CheckReport::Passed {
            title: pack.pack.title.clone(),
            level: pack.pack.level,
            words: pack.vocabulary.len(),
            items: pack.items.len(),
        }
    }
}

/// One problem: where, about what, and what is wrong, as messages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProblemReport {
    pub location: Option<Location>,
    pub subject: Message,
    pub message: Message,
    /// The field it is about (see [`Problem::field`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// A Fluent message id and its arguments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub args: Vec<(String, Arg)>,
}

impl Message {
    fn of((id, args): (&'static str, Vec<(&'static str, Arg)>)) -> Message {
        Message {
            id: id.to_owned(),
            args: args
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value))
                .collect(),
        }
    }
}

impl From<&Problem> for ProblemReport {
    fn from(problem: &Problem) -> ProblemReport {
        ProblemReport {
            location: problem.location,
            subject: Message::of(problem.subject.message()),
            message: Message::of(problem.kind.message()),
            field: problem.field.clone(),
        }
    }
}

/// Checks a pack file's bytes as a teacher's browser sees it: a `.toml`
/// with no files beside it, or a `.zip` with its own, and the bundled
/// packs as the ones a prerequisite may name.
pub fn check_report(bytes: Vec<u8>, known_packs: &HashSet<String>) -> CheckReport {
    let context = Context {
        folder: None,
        file_size: None,
        content_kind: None,
        known_packs: Some(known_packs),
    };
    // A zip holds its recordings and pictures, so they are checked too.
    let checked = if is_zip(&bytes) {
        check_pack_file(bytes, &context).map(|opened| opened.pack)
    } else {
        check_pack_bytes(bytes, &context)
    };
    match checked {
        Ok(pack) => CheckReport::passed(&pack),
        Err(problems) => CheckReport::Failed(problems.iter().map(ProblemReport::from).collect()),
    }
}
