//! Progress as stored: the JSON described in README.md ("Stored
//! progress"), written member by member in the order older versions
//! wrote it.

use super::day::DayLog;
use super::{ItemKey, ItemProgress, Progress, StoredRating};
use crate::json::{FromJson, JsonKey, ToJson, Value, Writer};
use crate::schedule::{Memory, Phase};
use crate::time::Millis;

impl FromJson for Progress {
    fn from_json(value: &Value) -> Option<Progress> {
        Some(Progress {
            schema: value.field("schema")?,
            items: value.field_or_default("items")?,
            days: value.field_or_default("days")?,
        })
    }
}

impl ToJson for Progress {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("schema", &self.schema);
        out.member("items", &self.items);
        out.member("days", &self.days);
        out.end_object();
    }
}

impl JsonKey for ItemKey {
    fn from_key(name: &str) -> Option<ItemKey> {
        Some(ItemKey::from_stored(name))
    }

    fn key(&self) -> &str {
        self.as_str()
    }
}

impl FromJson for ItemProgress {
    fn from_json(value: &Value) -> Option<ItemProgress> {
        Some(ItemProgress {
            seen: value.field("seen")?,
            right: value.field("right")?,
            last: value.field("last")?,
            at: value.field("at")?,
            memory: value.field("memory")?,
            seconds: value.field_or_default("seconds")?,
        })
    }
}

impl ToJson for ItemProgress {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("seen", &self.seen);
        out.member("right", &self.right);
        out.member("last", &self.last);
        out.member("at", &self.at);
        out.member("memory", &self.memory);
        if self.seconds != 0 {
            out.member("seconds", &self.seconds);
        }
        out.end_object();
    }
}

impl FromJson for StoredRating {
    fn from_json(value: &Value) -> Option<StoredRating> {
        Some(match value.as_str()? {
            "again" => StoredRating::Again,
            "hard" => StoredRating::Hard,
            "good" => StoredRating::Good,
            "easy" => StoredRating::Easy,
            _ => return None,
        })
    }
}

impl ToJson for StoredRating {
    fn to_json(&self, out: &mut Writer) {
        out.string(match self {
            StoredRating::Again => "again",
            StoredRating::Hard => "hard",
            StoredRating::Good => "good",
            StoredRating::Easy => "easy",
        });
    }
}

impl FromJson for DayLog {
    fn from_json(value: &Value) -> Option<DayLog> {
        Some(DayLog {
            answers: value.field("answers")?,
            new: value.field("new")?,
            seconds: value.field("seconds")?,
        })
    }
}

impl ToJson for DayLog {
    fn to_json(&self, out: &mut Writer) {
        out.begin_object();
        out.member("answers", &self.answers);
        out.member("new", &self.new);
        out.member("seconds", &self.seconds);
        out.end_object();
    }
}

impl FromJson for Millis {
    fn from_json(value: &Value) -> Option<Millis> {
        value.as_i64().map(Millis)
    }
}

impl ToJson for Millis {
    fn to_json(&self, out: &mut Writer) {
        out.integer(self.0);
    }
}

impl FromJson for Phase {
    fn from_json(value: &Value) -> Option<Phase> {
        Some(match value.as_str()? {
            "new" => Phase::New,
            "learning" => Phase::Learning,
            "review" => Phase::Review,
            "relearning" => Phase::Relearning,
            _ => return None,
        })
    }
}

impl ToJson for Phase {
    fn to_json(&self, out: &mut Writer) {
        out.string(match self {
            Phase::New => "new",
            Phase::Learning => "learning",
            Phase::Review => "review",
            Phase::Relearning => "relearning",
        });
    }
}

/// `[due, last, stability, difficulty, reps, lapses, phase]`.
impl FromJson for Memory {
    fn from_json(value: &Value) -> Option<Memory> {
        let [due, last, stability, difficulty, reps, lapses, phase] = value.as_array()? else {
            return None;
        };
        Some(Memory {
            due: Millis::from_json(due)?,
            last: Millis::from_json(last)?,
            stability: stability.as_f64()?,
            difficulty: difficulty.as_f64()?,
            reps: reps.as_u32()?,
            lapses: lapses.as_u32()?,
            phase: Phase::from_json(phase)?,
        })
    }
}

impl ToJson for Memory {
    fn to_json(&self, out: &mut Writer) {
        out.begin_array();
        out.element();
        self.due.to_json(out);
        out.element();
        self.last.to_json(out);
        out.element();
        out.number(self.stability);
        out.element();
        out.number(self.difficulty);
        out.element();
        self.reps.to_json(out);
        out.element();
        self.lapses.to_json(out);
        out.element();
        self.phase.to_json(out);
        out.end_array();
    }
}
