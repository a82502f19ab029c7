//! The teachers' studio: what it does without a screen. Word lists that
//! teachers already have (a spreadsheet saved as CSV or TSV, a Quizlet set
//! or Anki notes exported as text) become vocabulary and exercises.

pub mod draft;
pub mod file;
pub mod import;
pub mod place;
