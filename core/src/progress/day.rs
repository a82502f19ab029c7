//! Days of practice, in the learner's own calendar: how much was done on
//! each, the streak, and the last weeks for the chart.

use std::collections::BTreeMap;
use std::ops::{Add, Sub};

use crate::time::Millis;

/// At most this much of the time on one answer counts as practice: a
/// phone left on the table is not practising.
pub const MAX_SECONDS_PER_ANSWER: u32 = 120;

/// A day as a count of days since 1970-01-01 in the learner's time zone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

/// `day + n`: the day `n` days later.
impl Add<i64> for Day {
    type Output = Day;

    fn add(self, days: i64) -> Day {
        Day(self.0 + days)
    }
}

/// `day - n`: the day `n` days earlier.
impl Sub<i64> for Day {
    type Output = Day;

    fn sub(self, days: i64) -> Day {
        Day(self.0 - days)
    }
}

/// `later - earlier`: the days from one day to another.
impl Sub for Day {
    type Output = i64;

    fn sub(self, earlier: Day) -> i64 {
        self.0 - earlier.0
    }
}

/// What was done on one day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayLog {
    /// Answers given.
    pub answers: u32,
    /// Items met for the first time.
    pub new: u32,
    /// Seconds spent on those answers.
    pub seconds: u32,
}

impl DayLog {
    /// The larger of each count: two logs of the same day from two tabs
    /// that each saw the other's last save.
    pub fn max(self, other: DayLog) -> DayLog {
        DayLog {
            answers: self.answers.max(other.answers),
            new: self.new.max(other.new),
            seconds: self.seconds.max(other.seconds),
        }
    }
}

/// Days by date (`2026-11-22`), the form they are stored in.
pub type Days = BTreeMap<String, DayLog>;

/// The day that `millis` (since 1970, UTC) falls on for someone whose
/// clock is `offset_minutes` ahead of UTC.
pub fn day_at(millis: Millis, offset_minutes: i64) -> Day {
    Day((millis.0 + offset_minutes * 60_000).div_euclid(86_400_000))
}

/// `day` as people in Norway and Ukraine write it: `22.11.2026`.
pub fn display(day: Day) -> String {
    let date = date(day);
    let mut parts = date.rsplitn(3, '-');
    let (d, m, y) = (parts.next(), parts.next(), parts.next());
    format!(
        "{}.{}.{}",
        d.unwrap_or(""),
        m.unwrap_or(""),
        y.unwrap_or("")
    )
}

/// The day of a date written `2026-11-22`, as a date input gives it.
pub fn from_date(text: &str) -> Option<Day> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || d < 1 {
        return None;
    }
    // Howard Hinnant's days-from-civil algorithm.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let day = Day(era * 146_097 + doe - 719_468);
    // 31 February is not a day.
    (date(day) == text).then_some(day)
}

/// `day` as a date: `2026-11-22`.
pub fn date(day: Day) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = day.0 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The log of `day`, empty if nothing was done.
pub fn log(days: &Days, day: Day) -> DayLog {
    days.get(&date(day)).copied().unwrap_or_default()
}

/// Days in a row with practice, ending today, or yesterday while today
/// has none yet (the streak is not lost before the day is over).
pub fn streak(days: &Days, today: Day) -> u32 {
    let practised = |day| log(days, day).answers > 0;
    let end = if practised(today) { today } else { today - 1 };
    let mut count = 0;
    while practised(end - i64::from(count)) {
        count += 1;
    }
    count
}

/// The logs of the `count` days up to today, oldest first.
pub fn recent(days: &Days, today: Day, count: u32) -> Vec<DayLog> {
    (0..i64::from(count))
        .rev()
        .map(|back| log(days, today - back))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-22.
    const TODAY: Day = Day(20_779);

    #[test]
    fn days_are_dates_in_the_learners_time_zone() {
        assert_eq!(date(Day(0)), "1970-01-01");
        assert_eq!(date(TODAY), "2026-11-22");
        assert_eq!(display(TODAY), "22.11.2026");
        assert_eq!(display(Day(0)), "01.01.1970");
        for day in [Day(0), TODAY, TODAY + 40, Day(19_417), Day(2_932_896)] {
            assert_eq!(from_date(&date(day)), Some(day));
        }
        for bad in [
            "",
            "2026-02-30",
            "2026-13-01",
            "2026-1-01",
            "26-11-22",
            "2026-11-22-1",
            "x",
        ] {
            assert_eq!(from_date(bad), None, "{bad}");
        }
        assert_eq!(date(TODAY + 39), "2026-12-31");
        assert_eq!(date(TODAY + 40), "2027-01-01");
        assert_eq!(date(Day(19_417)), "2023-03-01");
        assert_eq!(date(Day(19_782)), "2024-02-29");
        assert_eq!(date(Day(-1)), "1969-12-31");
        // 2026-11-22 23:30 UTC is already the 23rd in Kyiv and Oslo.
        let late = Millis(TODAY.0 * 86_400_000 + 23 * 3_600_000 + 30 * 60_000);
        assert_eq!(day_at(late, 0), TODAY);
        assert_eq!(day_at(late, 60), TODAY + 1);
        assert_eq!(day_at(late, 120), TODAY + 1);
        assert_eq!(day_at(Millis(TODAY.0 * 86_400_000), -300), TODAY - 1);
    }

    fn practised(days: &[Day]) -> Days {
        days.iter()
            .map(|&day| {
                let log = DayLog {
                    answers: 3,
                    new: 1,
                    seconds: 90,
                };
                (date(day), log)
            })
            .collect()
    }

    #[test]
    fn a_streak_counts_days_in_a_row() {
        assert_eq!(streak(&Days::new(), TODAY), 0);
        let days = practised(&[TODAY - 4, TODAY - 2, TODAY - 1, TODAY]);
        assert_eq!(streak(&days, TODAY), 3);
        // Not yet practised today: yesterday's streak still stands.
        let days = practised(&[TODAY - 2, TODAY - 1]);
        assert_eq!(streak(&days, TODAY), 2);
        // A day missed ends it.
        assert_eq!(streak(&days, TODAY + 1), 0);
    }

    #[test]
    fn the_chart_shows_every_day_oldest_first() {
        let days = practised(&[TODAY - 30, TODAY - 2, TODAY]);
        let chart = recent(&days, TODAY, 7);
        let seconds: Vec<u32> = chart.iter().map(|log| log.seconds).collect();
        assert_eq!(seconds, [0, 0, 0, 0, 90, 0, 90]);
    }

    #[test]
    fn merging_a_day_keeps_the_larger_counts() {
        let a = DayLog {
            answers: 5,
            new: 1,
            seconds: 300,
        };
        let b = DayLog {
            answers: 3,
            new: 2,
            seconds: 100,
        };
        assert_eq!(
            a.max(b),
            DayLog {
                answers: 5,
                new: 2,
                seconds: 300
            }
        );
    }
}
