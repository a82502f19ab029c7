//! A moment in time, as the browser's clock gives it: milliseconds since
//! 1970 (UTC). Its own type so that a moment is never taken for a day (see
//! [`crate::progress::day::Day`]), a count or a length of time.

use std::fmt;
use std::ops::{Add, Sub};

/// Milliseconds since 1970-01-01 00:00 UTC. Stored as the plain number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Millis(pub i64);

/// `moment + ms`: the moment `ms` milliseconds later.
impl Add<i64> for Millis {
    type Output = Millis;

    fn add(self, ms: i64) -> Millis {
        Millis(self.0 + ms)
    }
}

/// `moment - ms`: the moment `ms` milliseconds earlier.
impl Sub<i64> for Millis {
    type Output = Millis;

    fn sub(self, ms: i64) -> Millis {
        Millis(self.0 - ms)
    }
}

/// `later - earlier`: the milliseconds between two moments.
impl Sub for Millis {
    type Output = i64;

    fn sub(self, earlier: Millis) -> i64 {
        self.0 - earlier.0
    }
}

/// The plain number, as it is stored.
impl fmt::Display for Millis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_store_and_print_as_the_plain_number() {
        let at = Millis(1_795_338_000_000);
        assert_eq!(crate::json::to_string(&at), "1795338000000");
        assert_eq!(crate::json::from_str::<Millis>("1795338000000"), Some(at));
        assert_eq!(at.to_string(), "1795338000000");
        assert_eq!((at + 1_000) - at, 1_000);
        assert_eq!(at - 1_000, Millis(1_795_337_999_000));
    }
}
