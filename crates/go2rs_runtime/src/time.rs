//! Go's `time` package: durations, sleeping and timers.

use std::ops::{Add, AddAssign, Div, Mul, Neg, Rem, Sub, SubAssign};

/// Go's `time.Duration`: a count of nanoseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration(pub i64);

pub const NANOSECOND: Duration = Duration(1);
pub const MICROSECOND: Duration = Duration(1_000);
pub const MILLISECOND: Duration = Duration(1_000_000);
pub const SECOND: Duration = Duration(1_000_000_000);
pub const MINUTE: Duration = Duration(60_000_000_000);
pub const HOUR: Duration = Duration(3_600_000_000_000);

impl Duration {
    /// `n * time.Hour` in a constant.
    pub const fn from_hours(n: i64) -> Duration {
        Duration(n * 3_600_000_000_000)
    }

    /// `n * time.Minute` in a constant.
    pub const fn from_mins(n: i64) -> Duration {
        Duration(n * 60_000_000_000)
    }

    /// `n * time.Second` in a constant.
    pub const fn from_secs(n: i64) -> Duration {
        Duration(n * 1_000_000_000)
    }

    /// `n * time.Millisecond` in a constant.
    pub const fn from_millis(n: i64) -> Duration {
        Duration(n * 1_000_000)
    }

    /// `n * time.Microsecond` in a constant.
    pub const fn from_micros(n: i64) -> Duration {
        Duration(n * 1_000)
    }

    /// `d.Nanoseconds()`.
    pub fn nanoseconds(self) -> i64 {
        self.0
    }

    /// `d.Microseconds()`.
    pub fn microseconds(self) -> i64 {
        self.0 / 1_000
    }

    /// `d.Milliseconds()`.
    pub fn milliseconds(self) -> i64 {
        self.0 / 1_000_000
    }

    /// `d.Seconds()`.
    pub fn seconds(self) -> f64 {
        let seconds = self.0 / 1_000_000_000;
        let nanos = self.0 % 1_000_000_000;
        seconds as f64 + nanos as f64 / 1e9
    }

    /// `d.Minutes()`.
    pub fn minutes(self) -> f64 {
        let minutes = self.0 / 60_000_000_000;
        let nanos = self.0 % 60_000_000_000;
        minutes as f64 + nanos as f64 / 6e10
    }

    /// `d.Hours()`.
    pub fn hours(self) -> f64 {
        let hours = self.0 / 3_600_000_000_000;
        let nanos = self.0 % 3_600_000_000_000;
        hours as f64 + nanos as f64 / 3.6e12
    }

    /// `d.String()`: `1.5s`, `0s`, `1m30s`, `100ms`, `1µs`, `2h0m0s`, `-1.5s`.
    pub fn string(&self) -> crate::string::GoString {
        crate::string::GoString::from_vec(self.format_go())
    }

    /// Go's `Duration.format`: built right to left, then reversed.
    fn format_go(self) -> Vec<u8> {
        let mut out: Vec<u8> = Vec::with_capacity(32);
        let neg = self.0 < 0;
        let mut u = self.0.unsigned_abs();
        if u < SECOND.0 as u64 {
            // Smaller than a second: use smaller units, like 1.2ms.
            out.push(b's');
            let prec = if u == 0 {
                return b"0s".to_vec();
            } else if u < MICROSECOND.0 as u64 {
                out.push(b'n');
                0
            } else if u < MILLISECOND.0 as u64 {
                // U+00B5 'µ' micro sign, reversed.
                out.extend_from_slice(&[0xB5, 0xC2]);
                3
            } else {
                out.push(b'm');
                6
            };
            u = push_fraction(&mut out, u, prec);
            push_int(&mut out, u);
        } else {
            out.push(b's');
            u = push_fraction(&mut out, u, 9);
            // u is now integer seconds.
            push_int(&mut out, u % 60);
            u /= 60;
            if u > 0 {
                out.push(b'm');
                push_int(&mut out, u % 60);
                u /= 60;
                // Stop at hours because days can be different lengths.
                if u > 0 {
                    out.push(b'h');
                    push_int(&mut out, u);
                }
            }
        }
        if neg {
            out.push(b'-');
        }
        out.reverse();
        out
    }

    /// The duration as a std duration for sleeping; negative is zero.
    pub fn to_std(self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.0.max(0) as u64)
    }
}

macro_rules! duration_ops {
    ($($trait:ident $method:ident $assign_trait:ident $assign_method:ident $op:tt;)*) => {$(
        impl $trait for Duration {
            type Output = Duration;
            fn $method(self, other: Duration) -> Duration {
                Duration(self.0 $op other.0)
            }
        }
        impl $assign_trait for Duration {
            fn $assign_method(&mut self, other: Duration) {
                self.0 = self.0 $op other.0;
            }
        }
    )*};
}

duration_ops! {
    Add add AddAssign add_assign +;
    Sub sub SubAssign sub_assign -;
}

impl Mul for Duration {
    type Output = Duration;
    fn mul(self, other: Duration) -> Duration {
        Duration(self.0.wrapping_mul(other.0))
    }
}

impl std::ops::MulAssign for Duration {
    fn mul_assign(&mut self, other: Duration) {
        self.0 = self.0.wrapping_mul(other.0);
    }
}

impl std::ops::DivAssign for Duration {
    fn div_assign(&mut self, other: Duration) {
        self.0 = self.0.wrapping_div(other.0);
    }
}

impl std::ops::RemAssign for Duration {
    fn rem_assign(&mut self, other: Duration) {
        self.0 = self.0.wrapping_rem(other.0);
    }
}

impl Div for Duration {
    type Output = Duration;
    fn div(self, other: Duration) -> Duration {
        Duration(self.0.wrapping_div(other.0))
    }
}

impl Rem for Duration {
    type Output = Duration;
    fn rem(self, other: Duration) -> Duration {
        Duration(self.0.wrapping_rem(other.0))
    }
}

impl Mul<Duration> for i64 {
    type Output = Duration;
    fn mul(self, other: Duration) -> Duration {
        Duration(self.wrapping_mul(other.0))
    }
}

impl Neg for Duration {
    type Output = Duration;
    fn neg(self) -> Duration {
        Duration(self.0.wrapping_neg())
    }
}

/// `time.Sleep(d)`: the goroutine sleeps; the deadlock detector treats it as
/// runnable, as Go does.
pub async fn sleep(duration: Duration) {
    if duration.0 <= 0 {
        return;
    }
    tokio::time::sleep(duration.to_std()).await;
}

/// A point in time, as `time.Now()` returns it (with a monotonic reading).
#[derive(Clone, Copy, Debug)]
pub struct Time {
    instant: std::time::Instant,
    wall: std::time::SystemTime,
}

impl Default for Time {
    fn default() -> Time {
        Time {
            instant: start_instant(),
            wall: std::time::UNIX_EPOCH,
        }
    }
}

fn start_instant() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}

impl PartialEq for Time {
    fn eq(&self, other: &Time) -> bool {
        self.wall == other.wall
    }
}

impl Time {
    /// `t.Sub(u)`.
    pub fn sub(&self, earlier: Time) -> Duration {
        if self.instant >= earlier.instant {
            Duration(self.instant.duration_since(earlier.instant).as_nanos() as i64)
        } else {
            Duration(-(earlier.instant.duration_since(self.instant).as_nanos() as i64))
        }
    }

    /// `t.Add(d)`.
    pub fn add(&self, duration: Duration) -> Time {
        let std_duration = std::time::Duration::from_nanos(duration.0.unsigned_abs());
        if duration.0 >= 0 {
            Time {
                instant: self.instant + std_duration,
                wall: self.wall + std_duration,
            }
        } else {
            Time {
                instant: self.instant.checked_sub(std_duration).unwrap_or(self.instant),
                wall: self.wall - std_duration,
            }
        }
    }

    /// `t.Before(u)`.
    pub fn before(&self, other: Time) -> bool {
        self.instant < other.instant
    }

    /// `t.After(u)`.
    pub fn after(&self, other: Time) -> bool {
        self.instant > other.instant
    }

    /// `t.Unix()`.
    pub fn unix(&self) -> i64 {
        match self.wall.duration_since(std::time::UNIX_EPOCH) {
            Ok(elapsed) => elapsed.as_secs() as i64,
            Err(before) => -(before.duration().as_secs() as i64),
        }
    }

    /// `t.UnixNano()`.
    pub fn unix_nano(&self) -> i64 {
        match self.wall.duration_since(std::time::UNIX_EPOCH) {
            Ok(elapsed) => elapsed.as_nanos() as i64,
            Err(before) => -(before.duration().as_nanos() as i64),
        }
    }
}

/// `time.Now()`.
pub fn now() -> Time {
    let _ = start_instant();
    Time {
        instant: std::time::Instant::now(),
        wall: std::time::SystemTime::now(),
    }
}

/// `time.Since(t)`.
pub fn since(start: Time) -> Duration {
    now().sub(start)
}

/// `time.Until(t)`.
pub fn until(deadline: Time) -> Duration {
    deadline.sub(now())
}

/// `time.After(d)`: a channel that receives the time once `d` has passed.
/// While the timer is pending, the deadlock detector stays quiet, as in Go.
pub fn after(duration: Duration) -> crate::chan::Chan<Time> {
    let channel = crate::chan::Chan::new(1);
    let sender = channel.clone();
    crate::sched::timer_started();
    tokio::spawn(async move {
        sleep(duration).await;
        let _ = sender.try_send(now());
        crate::sched::timer_finished();
    });
    channel
}

/// Go's `fmtFrac`, reversed: pushes the fraction of `v / 10^prec` (as
/// `.123`, without trailing zeros, nothing when zero) and returns the integer
/// part.
fn push_fraction(out: &mut Vec<u8>, mut v: u64, prec: u32) -> u64 {
    let mut print = false;
    for _ in 0..prec {
        let digit = (v % 10) as u8;
        print = print || digit != 0;
        if print {
            out.push(b'0' + digit);
        }
        v /= 10;
    }
    if print {
        out.push(b'.');
    }
    v
}

/// Go's `fmtInt`, reversed.
fn push_int(out: &mut Vec<u8>, mut v: u64) {
    if v == 0 {
        out.push(b'0');
        return;
    }
    while v > 0 {
        out.push(b'0' + (v % 10) as u8);
        v /= 10;
    }
}

// ---------------------------------------------------------------------------
// More Duration methods: Truncate, Round, Abs.
// ---------------------------------------------------------------------------

impl Duration {
    /// `d.Truncate(m)`: `d` rounded toward zero to a multiple of `m`; `d`
    /// itself when `m <= 0`.
    pub fn truncate(self, m: Duration) -> Duration {
        if m.0 <= 0 {
            return self;
        }
        Duration(self.0 - self.0 % m.0)
    }

    /// `d.Round(m)`: `d` rounded to the nearest multiple of `m`, halfway
    /// values away from zero; the largest or smallest Duration when the
    /// result overflows; `d` itself when `m <= 0`.
    pub fn round(self, m: Duration) -> Duration {
        fn less_than_half(x: i64, y: i64) -> bool {
            (x as u64).wrapping_add(x as u64) < y as u64
        }
        if m.0 <= 0 {
            return self;
        }
        let d = self.0;
        let mut r = d % m.0;
        if d < 0 {
            r = -r;
            if less_than_half(r, m.0) {
                return Duration(d + r);
            }
            let d1 = d.wrapping_sub(m.0).wrapping_add(r);
            if d1 < d {
                return Duration(d1);
            }
            return Duration(i64::MIN);
        }
        if less_than_half(r, m.0) {
            return Duration(d - r);
        }
        let d1 = d.wrapping_add(m.0).wrapping_sub(r);
        if d1 > d {
            return Duration(d1);
        }
        Duration(i64::MAX)
    }

    /// `d.Abs()`: the absolute value; the smallest Duration gives the
    /// largest.
    pub fn abs(self) -> Duration {
        if self.0 >= 0 {
            self
        } else if self.0 == i64::MIN {
            Duration(i64::MAX)
        } else {
            Duration(-self.0)
        }
    }
}

// Expected values below were produced by running Go 1.26 (the Go call is in
// each row's comment).
#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn truncate_and_round() {
        #[rustfmt::skip]
        let table: &[(i64, i64, i64, i64)] = &[
            (0, 0, 0, 0), // time.Duration(0).Truncate(0), .Round(0)
            (0, -1, 0, 0), // time.Duration(0).Truncate(-1), .Round(-1)
            (0, 1, 0, 0), // time.Duration(0).Truncate(1), .Round(1)
            (0, 1000000000, 0, 0), // time.Duration(0).Truncate(1000000000), .Round(1000000000)
            (0, 3600000000000, 0, 0), // time.Duration(0).Truncate(3600000000000), .Round(3600000000000)
            (0, 7, 0, 0), // time.Duration(0).Truncate(7), .Round(7)
            (0, 3000000000, 0, 0), // time.Duration(0).Truncate(3000000000), .Round(3000000000)
            (0, 9223372036854775807, 0, 0), // time.Duration(0).Truncate(9223372036854775807), .Round(9223372036854775807)
            (0, 7200000000000, 0, 0), // time.Duration(0).Truncate(7200000000000), .Round(7200000000000)
            (1, 0, 1, 1), // time.Duration(1).Truncate(0), .Round(0)
            (1, -1, 1, 1), // time.Duration(1).Truncate(-1), .Round(-1)
            (1, 1, 1, 1), // time.Duration(1).Truncate(1), .Round(1)
            (1, 1000000000, 0, 0), // time.Duration(1).Truncate(1000000000), .Round(1000000000)
            (1, 3600000000000, 0, 0), // time.Duration(1).Truncate(3600000000000), .Round(3600000000000)
            (1, 7, 0, 0), // time.Duration(1).Truncate(7), .Round(7)
            (1, 3000000000, 0, 0), // time.Duration(1).Truncate(3000000000), .Round(3000000000)
            (1, 9223372036854775807, 0, 0), // time.Duration(1).Truncate(9223372036854775807), .Round(9223372036854775807)
            (1, 7200000000000, 0, 0), // time.Duration(1).Truncate(7200000000000), .Round(7200000000000)
            (-1, 0, -1, -1), // time.Duration(-1).Truncate(0), .Round(0)
            (-1, -1, -1, -1), // time.Duration(-1).Truncate(-1), .Round(-1)
            (-1, 1, -1, -1), // time.Duration(-1).Truncate(1), .Round(1)
            (-1, 1000000000, 0, 0), // time.Duration(-1).Truncate(1000000000), .Round(1000000000)
            (-1, 3600000000000, 0, 0), // time.Duration(-1).Truncate(3600000000000), .Round(3600000000000)
            (-1, 7, 0, 0), // time.Duration(-1).Truncate(7), .Round(7)
            (-1, 3000000000, 0, 0), // time.Duration(-1).Truncate(3000000000), .Round(3000000000)
            (-1, 9223372036854775807, 0, 0), // time.Duration(-1).Truncate(9223372036854775807), .Round(9223372036854775807)
            (-1, 7200000000000, 0, 0), // time.Duration(-1).Truncate(7200000000000), .Round(7200000000000)
            (1500000000, 0, 1500000000, 1500000000), // time.Duration(1500000000).Truncate(0), .Round(0)
            (1500000000, -1, 1500000000, 1500000000), // time.Duration(1500000000).Truncate(-1), .Round(-1)
            (1500000000, 1, 1500000000, 1500000000), // time.Duration(1500000000).Truncate(1), .Round(1)
            (1500000000, 1000000000, 1000000000, 2000000000), // time.Duration(1500000000).Truncate(1000000000), .Round(1000000000)
            (1500000000, 3600000000000, 0, 0), // time.Duration(1500000000).Truncate(3600000000000), .Round(3600000000000)
            (1500000000, 7, 1499999998, 1499999998), // time.Duration(1500000000).Truncate(7), .Round(7)
            (1500000000, 3000000000, 0, 3000000000), // time.Duration(1500000000).Truncate(3000000000), .Round(3000000000)
            (1500000000, 9223372036854775807, 0, 0), // time.Duration(1500000000).Truncate(9223372036854775807), .Round(9223372036854775807)
            (1500000000, 7200000000000, 0, 0), // time.Duration(1500000000).Truncate(7200000000000), .Round(7200000000000)
            (-1500000000, 0, -1500000000, -1500000000), // time.Duration(-1500000000).Truncate(0), .Round(0)
            (-1500000000, -1, -1500000000, -1500000000), // time.Duration(-1500000000).Truncate(-1), .Round(-1)
            (-1500000000, 1, -1500000000, -1500000000), // time.Duration(-1500000000).Truncate(1), .Round(1)
            (-1500000000, 1000000000, -1000000000, -2000000000), // time.Duration(-1500000000).Truncate(1000000000), .Round(1000000000)
            (-1500000000, 3600000000000, 0, 0), // time.Duration(-1500000000).Truncate(3600000000000), .Round(3600000000000)
            (-1500000000, 7, -1499999998, -1499999998), // time.Duration(-1500000000).Truncate(7), .Round(7)
            (-1500000000, 3000000000, 0, -3000000000), // time.Duration(-1500000000).Truncate(3000000000), .Round(3000000000)
            (-1500000000, 9223372036854775807, 0, 0), // time.Duration(-1500000000).Truncate(9223372036854775807), .Round(9223372036854775807)
            (-1500000000, 7200000000000, 0, 0), // time.Duration(-1500000000).Truncate(7200000000000), .Round(7200000000000)
            (2500000000, 0, 2500000000, 2500000000), // time.Duration(2500000000).Truncate(0), .Round(0)
            (2500000000, -1, 2500000000, 2500000000), // time.Duration(2500000000).Truncate(-1), .Round(-1)
            (2500000000, 1, 2500000000, 2500000000), // time.Duration(2500000000).Truncate(1), .Round(1)
            (2500000000, 1000000000, 2000000000, 3000000000), // time.Duration(2500000000).Truncate(1000000000), .Round(1000000000)
            (2500000000, 3600000000000, 0, 0), // time.Duration(2500000000).Truncate(3600000000000), .Round(3600000000000)
            (2500000000, 7, 2499999999, 2499999999), // time.Duration(2500000000).Truncate(7), .Round(7)
            (2500000000, 3000000000, 0, 3000000000), // time.Duration(2500000000).Truncate(3000000000), .Round(3000000000)
            (2500000000, 9223372036854775807, 0, 0), // time.Duration(2500000000).Truncate(9223372036854775807), .Round(9223372036854775807)
            (2500000000, 7200000000000, 0, 0), // time.Duration(2500000000).Truncate(7200000000000), .Round(7200000000000)
            (-2500000000, 0, -2500000000, -2500000000), // time.Duration(-2500000000).Truncate(0), .Round(0)
            (-2500000000, -1, -2500000000, -2500000000), // time.Duration(-2500000000).Truncate(-1), .Round(-1)
            (-2500000000, 1, -2500000000, -2500000000), // time.Duration(-2500000000).Truncate(1), .Round(1)
            (-2500000000, 1000000000, -2000000000, -3000000000), // time.Duration(-2500000000).Truncate(1000000000), .Round(1000000000)
            (-2500000000, 3600000000000, 0, 0), // time.Duration(-2500000000).Truncate(3600000000000), .Round(3600000000000)
            (-2500000000, 7, -2499999999, -2499999999), // time.Duration(-2500000000).Truncate(7), .Round(7)
            (-2500000000, 3000000000, 0, -3000000000), // time.Duration(-2500000000).Truncate(3000000000), .Round(3000000000)
            (-2500000000, 9223372036854775807, 0, 0), // time.Duration(-2500000000).Truncate(9223372036854775807), .Round(9223372036854775807)
            (-2500000000, 7200000000000, 0, 0), // time.Duration(-2500000000).Truncate(7200000000000), .Round(7200000000000)
            (5400000000000, 0, 5400000000000, 5400000000000), // time.Duration(5400000000000).Truncate(0), .Round(0)
            (5400000000000, -1, 5400000000000, 5400000000000), // time.Duration(5400000000000).Truncate(-1), .Round(-1)
            (5400000000000, 1, 5400000000000, 5400000000000), // time.Duration(5400000000000).Truncate(1), .Round(1)
            (5400000000000, 1000000000, 5400000000000, 5400000000000), // time.Duration(5400000000000).Truncate(1000000000), .Round(1000000000)
            (5400000000000, 3600000000000, 3600000000000, 7200000000000), // time.Duration(5400000000000).Truncate(3600000000000), .Round(3600000000000)
            (5400000000000, 7, 5399999999996, 5400000000003), // time.Duration(5400000000000).Truncate(7), .Round(7)
            (5400000000000, 3000000000, 5400000000000, 5400000000000), // time.Duration(5400000000000).Truncate(3000000000), .Round(3000000000)
            (5400000000000, 9223372036854775807, 0, 0), // time.Duration(5400000000000).Truncate(9223372036854775807), .Round(9223372036854775807)
            (5400000000000, 7200000000000, 0, 7200000000000), // time.Duration(5400000000000).Truncate(7200000000000), .Round(7200000000000)
            (1234567891, 0, 1234567891, 1234567891), // time.Duration(1234567891).Truncate(0), .Round(0)
            (1234567891, -1, 1234567891, 1234567891), // time.Duration(1234567891).Truncate(-1), .Round(-1)
            (1234567891, 1, 1234567891, 1234567891), // time.Duration(1234567891).Truncate(1), .Round(1)
            (1234567891, 1000000000, 1000000000, 1000000000), // time.Duration(1234567891).Truncate(1000000000), .Round(1000000000)
            (1234567891, 3600000000000, 0, 0), // time.Duration(1234567891).Truncate(3600000000000), .Round(3600000000000)
            (1234567891, 7, 1234567887, 1234567894), // time.Duration(1234567891).Truncate(7), .Round(7)
            (1234567891, 3000000000, 0, 0), // time.Duration(1234567891).Truncate(3000000000), .Round(3000000000)
            (1234567891, 9223372036854775807, 0, 0), // time.Duration(1234567891).Truncate(9223372036854775807), .Round(9223372036854775807)
            (1234567891, 7200000000000, 0, 0), // time.Duration(1234567891).Truncate(7200000000000), .Round(7200000000000)
            (9223372036854775807, 0, 9223372036854775807, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(0), .Round(0)
            (9223372036854775807, -1, 9223372036854775807, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(-1), .Round(-1)
            (9223372036854775807, 1, 9223372036854775807, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(1), .Round(1)
            (9223372036854775807, 1000000000, 9223372036000000000, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(1000000000), .Round(1000000000)
            (9223372036854775807, 3600000000000, 9223369200000000000, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(3600000000000), .Round(3600000000000)
            (9223372036854775807, 7, 9223372036854775807, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(7), .Round(7)
            (9223372036854775807, 3000000000, 9223372035000000000, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(3000000000), .Round(3000000000)
            (9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(9223372036854775807), .Round(9223372036854775807)
            (9223372036854775807, 7200000000000, 9223365600000000000, 9223372036854775807), // time.Duration(9223372036854775807).Truncate(7200000000000), .Round(7200000000000)
            (-9223372036854775808, 0, -9223372036854775808, -9223372036854775808), // time.Duration(-9223372036854775808).Truncate(0), .Round(0)
            (-9223372036854775808, -1, -9223372036854775808, -9223372036854775808), // time.Duration(-9223372036854775808).Truncate(-1), .Round(-1)
            (-9223372036854775808, 1, -9223372036854775808, -9223372036854775808), // time.Duration(-9223372036854775808).Truncate(1), .Round(1)
            (-9223372036854775808, 1000000000, -9223372036000000000, -9223372036854775808), // time.Duration(-9223372036854775808).Truncate(1000000000), .Round(1000000000)
            (-9223372036854775808, 3600000000000, -9223369200000000000, -9223372036854775808), // time.Duration(-9223372036854775808).Truncate(3600000000000), .Round(3600000000000)
            (-9223372036854775808, 7, -9223372036854775807, -9223372036854775807), // time.Duration(-9223372036854775808).Truncate(7), .Round(7)
            (-9223372036854775808, 3000000000, -9223372035000000000, -9223372036854775808), // time.Duration(-9223372036854775808).Truncate(3000000000), .Round(3000000000)
            (-9223372036854775808, 9223372036854775807, -9223372036854775807, -9223372036854775807), // time.Duration(-9223372036854775808).Truncate(9223372036854775807), .Round(9223372036854775807)
            (-9223372036854775808, 7200000000000, -9223365600000000000, -9223372036854775808), // time.Duration(-9223372036854775808).Truncate(7200000000000), .Round(7200000000000)
            (9223372036854775806, 0, 9223372036854775806, 9223372036854775806), // time.Duration(9223372036854775806).Truncate(0), .Round(0)
            (9223372036854775806, -1, 9223372036854775806, 9223372036854775806), // time.Duration(9223372036854775806).Truncate(-1), .Round(-1)
            (9223372036854775806, 1, 9223372036854775806, 9223372036854775806), // time.Duration(9223372036854775806).Truncate(1), .Round(1)
            (9223372036854775806, 1000000000, 9223372036000000000, 9223372036854775807), // time.Duration(9223372036854775806).Truncate(1000000000), .Round(1000000000)
            (9223372036854775806, 3600000000000, 9223369200000000000, 9223372036854775807), // time.Duration(9223372036854775806).Truncate(3600000000000), .Round(3600000000000)
            (9223372036854775806, 7, 9223372036854775800, 9223372036854775807), // time.Duration(9223372036854775806).Truncate(7), .Round(7)
            (9223372036854775806, 3000000000, 9223372035000000000, 9223372036854775807), // time.Duration(9223372036854775806).Truncate(3000000000), .Round(3000000000)
            (9223372036854775806, 9223372036854775807, 0, 9223372036854775807), // time.Duration(9223372036854775806).Truncate(9223372036854775807), .Round(9223372036854775807)
            (9223372036854775806, 7200000000000, 9223365600000000000, 9223372036854775807), // time.Duration(9223372036854775806).Truncate(7200000000000), .Round(7200000000000)
            (-9223372036854775807, 0, -9223372036854775807, -9223372036854775807), // time.Duration(-9223372036854775807).Truncate(0), .Round(0)
            (-9223372036854775807, -1, -9223372036854775807, -9223372036854775807), // time.Duration(-9223372036854775807).Truncate(-1), .Round(-1)
            (-9223372036854775807, 1, -9223372036854775807, -9223372036854775807), // time.Duration(-9223372036854775807).Truncate(1), .Round(1)
            (-9223372036854775807, 1000000000, -9223372036000000000, -9223372036854775808), // time.Duration(-9223372036854775807).Truncate(1000000000), .Round(1000000000)
            (-9223372036854775807, 3600000000000, -9223369200000000000, -9223372036854775808), // time.Duration(-9223372036854775807).Truncate(3600000000000), .Round(3600000000000)
            (-9223372036854775807, 7, -9223372036854775807, -9223372036854775807), // time.Duration(-9223372036854775807).Truncate(7), .Round(7)
            (-9223372036854775807, 3000000000, -9223372035000000000, -9223372036854775808), // time.Duration(-9223372036854775807).Truncate(3000000000), .Round(3000000000)
            (-9223372036854775807, 9223372036854775807, -9223372036854775807, -9223372036854775807), // time.Duration(-9223372036854775807).Truncate(9223372036854775807), .Round(9223372036854775807)
            (-9223372036854775807, 7200000000000, -9223365600000000000, -9223372036854775808), // time.Duration(-9223372036854775807).Truncate(7200000000000), .Round(7200000000000)
        ];
        for (i, (d, m, truncated, rounded)) in table.iter().enumerate() {
            assert_eq!(Duration(*d).truncate(Duration(*m)), Duration(*truncated), "row {i}");
            assert_eq!(Duration(*d).round(Duration(*m)), Duration(*rounded), "row {i}");
        }
    }

    #[test]
    fn abs() {
        #[rustfmt::skip]
        let table: &[(i64, i64)] = &[
            (0, 0), // time.Duration(0).Abs()
            (1, 1), // time.Duration(1).Abs()
            (-1, 1), // time.Duration(-1).Abs()
            (1500000000, 1500000000), // time.Duration(1500000000).Abs()
            (-1500000000, 1500000000), // time.Duration(-1500000000).Abs()
            (2500000000, 2500000000), // time.Duration(2500000000).Abs()
            (-2500000000, 2500000000), // time.Duration(-2500000000).Abs()
            (5400000000000, 5400000000000), // time.Duration(5400000000000).Abs()
            (1234567891, 1234567891), // time.Duration(1234567891).Abs()
            (9223372036854775807, 9223372036854775807), // time.Duration(9223372036854775807).Abs()
            (-9223372036854775808, 9223372036854775807), // time.Duration(-9223372036854775808).Abs()
            (9223372036854775806, 9223372036854775806), // time.Duration(9223372036854775806).Abs()
            (-9223372036854775807, 9223372036854775807), // time.Duration(-9223372036854775807).Abs()
        ];
        for (i, (d, want)) in table.iter().enumerate() {
            assert_eq!(Duration(*d).abs(), Duration(*want), "row {i}");
        }
    }
}
