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

mod timer;

pub use timer::{Ticker, Timer, after_func, new_ticker, new_timer, tick};

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

// ---------------------------------------------------------------------------
// ParseDuration
// ---------------------------------------------------------------------------

/// `*time.parseDurationError`, what `ParseDuration` returns: its text is
/// `time: <message> "<value>"`.
#[derive(Clone)]
pub struct ParseDurationError {
    pub message: crate::string::GoString,
    pub value: crate::string::GoString,
}

impl crate::error::ErrorValue for ParseDurationError {
    fn error(&self) -> crate::string::GoString {
        let mut text = b"time: ".to_vec();
        text.extend_from_slice(self.message.as_bytes());
        text.push(b' ');
        quote_into(&mut text, self.value.as_bytes());
        crate::string::GoString::from_vec(text)
    }
}

crate::error::identity_dynamic!(ParseDurationError);
crate::error::error_value_format!(ParseDurationError, "*time.parseDurationError", |this, printer, verb| {
    printer.fmt_struct(
        &crate::error::TypeLabel("time.parseDurationError"),
        verb,
        &[("message", &this.message), ("value", &this.value)],
    );
});

/// Go's `time.quote`: double quotes, `"` and `\` escaped, each byte of a
/// non-ASCII or control rune as `\xNN`.
fn quote_into(buf: &mut Vec<u8>, s: &[u8]) {
    const LOWERHEX: &[u8; 16] = b"0123456789abcdef";
    buf.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (c, size) = crate::string::decode_rune(&s[i..]);
        if !(0x20..0x80).contains(&c) {
            let width = if c == 0xFFFD {
                if i + 2 < s.len() && &s[i..i + 3] == "\u{FFFD}".as_bytes() {
                    3
                } else {
                    1
                }
            } else {
                size
            };
            for &byte in &s[i..i + width] {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[(byte >> 4) as usize]);
                buf.push(LOWERHEX[(byte & 0xF) as usize]);
            }
        } else {
            if c == '"' as i32 || c == '\\' as i32 {
                buf.push(b'\\');
            }
            buf.push(c as u8);
        }
        i += size;
    }
    buf.push(b'"');
}

/// Go's `leadingInt`: the leading `[0-9]*` of `s` and the rest; `None` on
/// overflow past 2^63.
fn leading_int(s: &[u8]) -> Option<(u64, &[u8])> {
    let mut x: u64 = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if !c.is_ascii_digit() {
            break;
        }
        if x > (1 << 63) / 10 {
            return None;
        }
        x = x * 10 + (c - b'0') as u64;
        if x > 1 << 63 {
            return None;
        }
        i += 1;
    }
    Some((x, &s[i..]))
}

/// Go's `leadingFraction`: the leading `[0-9]*` of `s` as `x / scale`,
/// precision dropped on overflow, and the rest.
fn leading_fraction(s: &[u8]) -> (u64, f64, &[u8]) {
    let mut x: u64 = 0;
    let mut scale = 1.0;
    let mut overflow = false;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if !c.is_ascii_digit() {
            break;
        }
        i += 1;
        if overflow {
            continue;
        }
        if x > ((1u64 << 63) - 1) / 10 {
            overflow = true;
            continue;
        }
        let y = x * 10 + (c - b'0') as u64;
        if y > 1 << 63 {
            overflow = true;
            continue;
        }
        x = y;
        scale *= 10.0;
    }
    (x, scale, &s[i..])
}

/// Go's `unitMap`.
fn unit_nanos(unit: &[u8]) -> Option<u64> {
    Some(match unit {
        b"ns" => 1,
        // "us", "µs" (U+00B5 micro sign), "μs" (U+03BC Greek mu).
        b"us" | b"\xc2\xb5s" | b"\xce\xbcs" => 1_000,
        b"ms" => 1_000_000,
        b"s" => 1_000_000_000,
        b"m" => 60_000_000_000,
        b"h" => 3_600_000_000_000,
        _ => return None,
    })
}

/// `time.ParseDuration(s)`: a possibly signed sequence of decimal numbers,
/// each with an optional fraction and a unit (`300ms`, `-1.5h`, `2h45m`;
/// units `ns`, `us`/`µs`, `ms`, `s`, `m`, `h`). A port of Go's, with its
/// errors (`time: invalid duration "1.2.3"`, `time: missing unit in
/// duration "1"`, `time: unknown unit "x" in duration "1x"`).
pub fn parse_duration(s: &crate::string::GoString) -> (Duration, crate::error::Error) {
    use crate::string::GoString;
    let orig = s.as_bytes();
    let fail = |message: GoString| {
        (
            Duration(0),
            crate::error::Error::from_value(ParseDurationError { message, value: s.clone() }),
        )
    };
    let invalid = || fail(GoString::from_static("invalid duration"));
    let mut s = orig;
    let mut d: u64 = 0;
    let mut neg = false;
    // Consume [-+]?
    if let Some(&c) = s.first()
        && (c == b'-' || c == b'+')
    {
        neg = c == b'-';
        s = &s[1..];
    }
    // Special case: if all that is left is "0", this is zero.
    if s == b"0" {
        return (Duration(0), crate::error::Error::nil());
    }
    if s.is_empty() {
        return invalid();
    }
    while !s.is_empty() {
        let mut f: u64 = 0; // digits after the decimal point
        let mut scale: f64 = 1.0; // value = v + f/scale
        // The next character must be [0-9.]
        if !(s[0] == b'.' || s[0].is_ascii_digit()) {
            return invalid();
        }
        // Consume [0-9]*
        let pl = s.len();
        let Some((mut v, rest)) = leading_int(s) else {
            return invalid();
        };
        s = rest;
        let pre = pl != s.len(); // whether we consumed anything before a period
        // Consume (\.[0-9]*)?
        let mut post = false;
        if s.first() == Some(&b'.') {
            s = &s[1..];
            let pl = s.len();
            let (fraction, fraction_scale, rest) = leading_fraction(s);
            f = fraction;
            scale = fraction_scale;
            s = rest;
            post = pl != s.len();
        }
        if !pre && !post {
            // no digits (e.g. ".s" or "-.s")
            return invalid();
        }
        // Consume unit.
        let i = s.iter().position(|&c| c == b'.' || c.is_ascii_digit()).unwrap_or(s.len());
        if i == 0 {
            return fail(GoString::from_static("missing unit in duration"));
        }
        let u = &s[..i];
        s = &s[i..];
        let Some(unit) = unit_nanos(u) else {
            let mut message = b"unknown unit ".to_vec();
            quote_into(&mut message, u);
            message.extend_from_slice(b" in duration");
            return fail(GoString::from_vec(message));
        };
        if v > (1u64 << 63) / unit {
            // overflow
            return invalid();
        }
        v *= unit;
        if f > 0 {
            // float64 is needed to be nanosecond accurate for fractions of
            // hours. v >= 0 && (f*unit/scale) <= 3.6e+12 (ns/h, h is the
            // largest unit)
            v += (f as f64 * (unit as f64 / scale)) as u64;
            if v > 1 << 63 {
                // overflow
                return invalid();
            }
        }
        d += v;
        if d > 1 << 63 {
            return invalid();
        }
    }
    if neg {
        return (Duration((d as i64).wrapping_neg()), crate::error::Error::nil());
    }
    if d > (1u64 << 63) - 1 {
        return invalid();
    }
    (Duration(d as i64), crate::error::Error::nil())
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
    #[test]
    fn parse_duration_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], i64, &[u8])] = &[
            (b"0", 0, b""), // time.ParseDuration("0")
            (b"-0", 0, b""), // time.ParseDuration("-0")
            (b"+0", 0, b""), // time.ParseDuration("+0")
            (b"", 0, b"time: invalid duration \"\""), // time.ParseDuration("")
            (b"+", 0, b"time: invalid duration \"+\""), // time.ParseDuration("+")
            (b"-", 0, b"time: invalid duration \"-\""), // time.ParseDuration("-")
            (b"1", 0, b"time: missing unit in duration \"1\""), // time.ParseDuration("1")
            (b"1x", 0, b"time: unknown unit \"x\" in duration \"1x\""), // time.ParseDuration("1x")
            (b"1h", 3600000000000, b""), // time.ParseDuration("1h")
            (b"300ms", 300000000, b""), // time.ParseDuration("300ms")
            (b"-1.5h", -5400000000000, b""), // time.ParseDuration("-1.5h")
            (b"2h45m", 9900000000000, b""), // time.ParseDuration("2h45m")
            (b"1.5s", 1500000000, b""), // time.ParseDuration("1.5s")
            (b"1\xc2\xb5s", 1000, b""), // time.ParseDuration("1µs")
            (b"1\xce\xbcs", 1000, b""), // time.ParseDuration("1μs")
            (b"1us", 1000, b""), // time.ParseDuration("1us")
            (b"1ns", 1, b""), // time.ParseDuration("1ns")
            (b".5s", 500000000, b""), // time.ParseDuration(".5s")
            (b"5.s", 5000000000, b""), // time.ParseDuration("5.s")
            (b".s", 0, b"time: invalid duration \".s\""), // time.ParseDuration(".s")
            (b"-.s", 0, b"time: invalid duration \"-.s\""), // time.ParseDuration("-.s")
            (b"1.0000000000000000000001s", 1000000000, b""), // time.ParseDuration("1.0000000000000000000001s")
            (b"9223372036854775807ns", 9223372036854775807, b""), // time.ParseDuration("9223372036854775807ns")
            (b"9223372036854775808ns", 0, b"time: invalid duration \"9223372036854775808ns\""), // time.ParseDuration("9223372036854775808ns")
            (b"-9223372036854775808ns", -9223372036854775808, b""), // time.ParseDuration("-9223372036854775808ns")
            (b"-9223372036854775809ns", 0, b"time: invalid duration \"-9223372036854775809ns\""), // time.ParseDuration("-9223372036854775809ns")
            (b"9223372036s", 9223372036000000000, b""), // time.ParseDuration("9223372036s")
            (b"9223372037s", 0, b"time: invalid duration \"9223372037s\""), // time.ParseDuration("9223372037s")
            (b"2562047h", 9223369200000000000, b""), // time.ParseDuration("2562047h")
            (b"2562048h", 0, b"time: invalid duration \"2562048h\""), // time.ParseDuration("2562048h")
            (b"2562047.7h", 9223371720000000000, b""), // time.ParseDuration("2562047.7h")
            (b"0.3333333333333333333h", 1200000000000, b""), // time.ParseDuration("0.3333333333333333333h")
            (b"1h1h", 7200000000000, b""), // time.ParseDuration("1h1h")
            (b"3m3s3ms3us3ns", 183003003003, b""), // time.ParseDuration("3m3s3ms3us3ns")
            (b"1e3s", 0, b"time: unknown unit \"e\" in duration \"1e3s\""), // time.ParseDuration("1e3s")
            (b"1s ", 0, b"time: unknown unit \"s \" in duration \"1s \""), // time.ParseDuration("1s ")
            (b" 1s", 0, b"time: invalid duration \" 1s\""), // time.ParseDuration(" 1s")
            (b"1.2.3s", 0, b"time: missing unit in duration \"1.2.3s\""), // time.ParseDuration("1.2.3s")
            (b"12345678901234567890ns", 0, b"time: invalid duration \"12345678901234567890ns\""), // time.ParseDuration("12345678901234567890ns")
            (b"100000000000000000000ns", 0, b"time: invalid duration \"100000000000000000000ns\""), // time.ParseDuration("100000000000000000000ns")
            (b"1.00000000000000000001h", 3600000000000, b""), // time.ParseDuration("1.00000000000000000001h")
            (b"0.9223372036854775807s", 922337203, b""), // time.ParseDuration("0.9223372036854775807s")
            (b"9223372036854775807.9ns", 9223372036854775807, b""), // time.ParseDuration("9223372036854775807.9ns")
            (b"1\xffs", 0, b"time: unknown unit \"\\xffs\" in duration \"1\\xffs\""), // time.ParseDuration("1\xffs")
            (b"1\xc3\xa9", 0, b"time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\""), // time.ParseDuration("1é")
            (b"1\"x\\", 0, b"time: unknown unit \"\\\"x\\\\\" in duration \"1\\\"x\\\\\""), // time.ParseDuration("1\"x\\")
            (b"1\x09m", 0, b"time: unknown unit \"\\x09m\" in duration \"1\\x09m\""), // time.ParseDuration("1\tm")
            (b"1\xef\xbf\xbd", 0, b"time: unknown unit \"\\xef\\xbf\\xbd\" in duration \"1\\xef\\xbf\\xbd\""), // time.ParseDuration("1�")
            (b"0s", 0, b""), // time.ParseDuration("0s")
            (b"00", 0, b"time: missing unit in duration \"00\""), // time.ParseDuration("00")
            (b"0.0", 0, b"time: missing unit in duration \"0.0\""), // time.ParseDuration("0.0")
            (b"-1m0.5s", -60500000000, b""), // time.ParseDuration("-1m0.5s")
            (b"1.5m", 90000000000, b""), // time.ParseDuration("1.5m")
            (b"x", 0, b"time: invalid duration \"x\""), // time.ParseDuration("x")
            (b"1x2", 0, b"time: unknown unit \"x\" in duration \"1x2\""), // time.ParseDuration("1x2")
        ];
        for (i, (s, want, err)) in table.iter().enumerate() {
            let (got, got_err) = parse_duration(&crate::string::GoString::from_bytes(s));
            assert_eq!(got, Duration(*want), "row {i}");
            if err.is_empty() {
                assert!(got_err.is_nil(), "row {i}: unexpected error");
            } else {
                assert_eq!(got_err.error().as_bytes(), *err, "row {i}");
            }
        }
    }

    #[test]
    fn parse_duration_error_value() {
        let (_, err) = parse_duration(&crate::string::GoString::from_static("1x"));
        let args: &[&dyn crate::fmt::Value] = &[&err, &err, &err, &err];
        // fmt.Sprintf("%v|%+v|%#v|%T", err, err, err, err) for err from time.ParseDuration("1x")
        assert_eq!(
            crate::fmt::sprintf("%v|%+v|%#v|%T", args).as_bytes(),
            b"time: unknown unit \"x\" in duration \"1x\"|time: unknown unit \"x\" in duration \"1x\"|&time.parseDurationError{message:\"unknown unit \\\"x\\\" in duration\", value:\"1x\"}|*time.parseDurationError"
        );
        // time.Duration(5400000000000).Hours() = 1.5, time.Duration(90*time.Second).Minutes() = 1.5,
        // time.Duration(1500*time.Millisecond).Seconds() = 1.5
        assert_eq!(Duration(5_400_000_000_000).hours(), 1.5);
        assert_eq!(Duration(90_000_000_000).minutes(), 1.5);
        assert_eq!(Duration(1_500_000_000).seconds(), 1.5);
    }
}
