//! A reader for every kept value that never panics: the value, or why it
//! cannot be read. What cannot be read is set aside ([`set_aside_place`]),
//! never written over.

use super::{Guarded, StoreKey};
use crate::json::FromJson;
use crate::lang::Lang;
use crate::practice::support::parse_support;
use crate::progress::day::Day;
pub use crate::progress::stored::Unreadable;
use crate::review::ReviewSettings;

fn json<T: FromJson>(raw: &str) -> Result<T, Unreadable> {
    crate::json::from_str(raw).ok_or(Unreadable::Damaged)
}

/// Review settings, brought within their bounds.
pub fn review(raw: &str) -> Result<ReviewSettings, Unreadable> {
    json::<ReviewSettings>(raw).map(ReviewSettings::checked)
}

/// A text the person typed (a name).
pub fn text(raw: &str) -> Result<String, Unreadable> {
    json(raw)
}

/// What the learner said of a voice (`sound::heard_record`).
pub fn heard(raw: &str) -> Result<String, Unreadable> {
    let record = text(raw)?;
    if record.starts_with(['+', '-']) {
        Ok(record)
    } else {
        Err(Unreadable::Damaged)
    }
}

/// A setting that is on or off.
pub fn flag(raw: &str) -> Result<bool, Unreadable> {
    json(raw)
}

/// A day, as days since 1970.
pub fn day(raw: &str) -> Result<Day, Unreadable> {
    json::<i64>(raw).map(Day)
}

/// The interface language.
pub fn lang(raw: &str) -> Result<Lang, Unreadable> {
    Lang::from_code(&json::<String>(raw)?).ok_or(Unreadable::Damaged)
}

/// The support language, `None` for Norwegian only.
pub fn support(raw: &str) -> Result<Option<Lang>, Unreadable> {
    parse_support(&json::<String>(raw)?).ok_or(Unreadable::Damaged)
}

/// Whether `raw` reads as the value kept under `value`'s key. Shelves
/// read line by line: their damaged lines are found by `Shelf::read`.
pub fn check(value: Guarded, raw: &str) -> Result<(), Unreadable> {
    match value {
        Guarded::Progress => crate::progress::stored::read(raw).map(drop),
        Guarded::Review => review(raw).map(drop),
        Guarded::LearnerName => text(raw).map(drop),
        Guarded::HeardVoice => heard(raw).map(drop),
        Guarded::Lang => lang(raw).map(drop),
        Guarded::Support => support(raw).map(drop),
        Guarded::Sound => flag(raw).map(drop),
        Guarded::BackupDay => day(raw).map(drop),
        Guarded::Assignments | Guarded::Mentor => Ok(()),
    }
}

/// Where to set aside `raw`, the unreadable text of `value`, given what
/// each key holds now (`None` when it cannot be read). The first place,
/// unless it holds other text; then a second, named by the text's
/// length. The same text always finds its place, so reading it again
/// makes no new copy, and nothing kept is replaced. `None` if neither is
/// free: then nothing may be written over `value`.
pub fn set_aside_place(
    value: Guarded,
    raw: &str,
    holds: impl Fn(StoreKey) -> Option<Option<String>>,
) -> Option<StoreKey> {
    let free = |key: StoreKey| match holds(key) {
        Some(None) => true,
        Some(Some(kept)) => kept == raw,
        None => false,
    };
    [
        StoreKey::Quarantine(value),
        StoreKey::QuarantineOfLength(value, raw.len()),
    ]
    .into_iter()
    .find(|&place| free(place))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Text no reader of a single value takes.
    const DAMAGED: [&str; 6] = ["", "{", "null", "7.5", "\u{0}\u{ffff}", "{\"a\":"];

    #[test]
    fn every_value_reads_what_the_app_writes() {
        for (value, written) in [
            (Guarded::Progress, r#"{"schema":2,"items":{}}"#),
            (Guarded::Review, r#"{"retention":0.9,"new_per_day":10}"#),
            (Guarded::LearnerName, r#""Olena""#),
            (Guarded::HeardVoice, r#""+Microsoft Pernille""#),
            (Guarded::Lang, r#""uk""#),
            (Guarded::Support, r#""none""#),
            (Guarded::Sound, "false"),
            (Guarded::BackupDay, "20779"),
            (Guarded::Assignments, ""),
            (Guarded::Mentor, ""),
        ] {
            assert_eq!(check(value, written), Ok(()), "{value:?}");
        }
    }

    #[test]
    fn every_single_value_refuses_damaged_text() {
        for value in Guarded::ALL {
            if matches!(value, Guarded::Assignments | Guarded::Mentor) {
                continue;
            }
            for raw in DAMAGED {
                assert_eq!(
                    check(value, raw),
                    Err(Unreadable::Damaged),
                    "{value:?} {raw:?}"
                );
            }
        }
    }

    #[test]
    fn values_of_the_wrong_kind_are_damaged() {
        assert_eq!(lang(r#""ru""#), Err(Unreadable::Damaged));
        assert_eq!(lang("true"), Err(Unreadable::Damaged));
        assert_eq!(support(r#""nb""#), Err(Unreadable::Damaged));
        assert_eq!(support(r#""uk""#), Ok(Some(Lang::Uk)));
        assert_eq!(flag(r#""yes""#), Err(Unreadable::Damaged));
        assert_eq!(text("7"), Err(Unreadable::Damaged));
        assert_eq!(day("20779.5"), Err(Unreadable::Damaged));
        assert_eq!(day("20779"), Ok(Day(20_779)));
        assert_eq!(heard(r#""Nora""#), Err(Unreadable::Damaged));
        assert_eq!(review(r#"{"retention":"high"}"#), Err(Unreadable::Damaged));
        assert_eq!(
            check(Guarded::Progress, r#"{"schema":9}"#),
            Err(Unreadable::Newer(9))
        );
    }

    #[test]
    fn review_settings_out_of_bounds_are_brought_within() {
        let settings = review(r#"{"retention":2.0,"new_per_day":100000}"#).unwrap();
        assert_eq!(
            settings,
            ReviewSettings {
                retention: 2.0,
                new_per_day: 100_000
            }
            .checked()
        );
        assert!(settings.retention < 1.0);
    }

    fn place(stored: &HashMap<StoreKey, String>, raw: &str) -> Option<StoreKey> {
        set_aside_place(Guarded::Lang, raw, |key| Some(stored.get(&key).cloned()))
    }

    #[test]
    fn unreadable_text_goes_to_the_first_free_place() {
        let mut stored = HashMap::new();
        assert_eq!(
            place(&stored, "x1"),
            Some(StoreKey::Quarantine(Guarded::Lang))
        );
        stored.insert(StoreKey::Quarantine(Guarded::Lang), "x1".to_owned());
        assert_eq!(
            place(&stored, "x1"),
            Some(StoreKey::Quarantine(Guarded::Lang))
        );
        let second = StoreKey::QuarantineOfLength(Guarded::Lang, 3);
        assert_eq!(place(&stored, "abc"), Some(second));
        stored.insert(second, "xyz".to_owned());
        assert_eq!(place(&stored, "abc"), None);
        assert_eq!(place(&stored, "xyz"), Some(second));
    }

    #[test]
    fn nothing_is_set_aside_where_storage_cannot_be_read() {
        assert_eq!(set_aside_place(Guarded::Sound, "x", |_| None), None);
    }
}
