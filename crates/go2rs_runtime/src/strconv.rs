//! Go's `strconv` package: integer and float conversions with Go's syntax,
//! rounding, clamping and error values (`*strconv.NumError` wrapping the
//! `ErrSyntax` / `ErrRange` sentinels), and `Quote`.
//!
//! Float formatting and quoting reuse the exact ports of Go's algorithms in
//! [`crate::fmt::float`] and [`crate::fmt::quote`] (which also carries Go's
//! `IsPrint` tables).

use std::sync::LazyLock;

use crate::error::{Error, ErrorValue};
use crate::panic::go_panic;
use crate::string::GoString;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

static ERR_RANGE: LazyLock<Error> = LazyLock::new(|| crate::errors::new("value out of range"));
static ERR_SYNTAX: LazyLock<Error> = LazyLock::new(|| crate::errors::new("invalid syntax"));

/// `strconv.ErrRange`: the same error value on every call.
pub fn err_range() -> Error {
    ERR_RANGE.clone()
}

/// `strconv.ErrSyntax`: the same error value on every call.
pub fn err_syntax() -> Error {
    ERR_SYNTAX.clone()
}

/// `*strconv.NumError`: a failed conversion. The translation represents a
/// Go `*strconv.NumError` by this value itself (cloned where Go copies the
/// pointer); the zero value stands for a nil pointer.
#[derive(Clone, Default)]
pub struct NumError {
    /// The failing function (`ParseInt`, `Atoi`, ...), Go's `Func`.
    pub func: GoString,
    /// The input, Go's `Num`.
    pub num: GoString,
    /// Why the conversion failed, Go's `Err` (`ErrSyntax`, `ErrRange`, ...).
    pub err: Error,
}

impl NumError {
    /// A nil `*strconv.NumError` (the zero value).
    pub fn nil() -> NumError {
        NumError::default()
    }

    /// `e == nil`: the zero value stands for the nil pointer (so a
    /// `&strconv.NumError{}` with every field zero also counts as nil).
    pub fn is_nil(&self) -> bool {
        self.err.is_nil() && self.func.is_empty() && self.num.is_empty()
    }

    /// Reads the fields, as the translation reads through a pointer
    /// (`e.Func` is `e.with(|it| it.func.clone())`).
    pub fn with<R>(&self, f: impl FnOnce(&NumError) -> R) -> R {
        f(self)
    }

    /// `e.Error()`: `strconv.Func: parsing "Num": Err`; a nil `Err` panics
    /// (nil pointer dereference), as in Go.
    pub fn error(&self) -> GoString {
        let mut text = b"strconv.".to_vec();
        text.extend_from_slice(self.func.as_bytes());
        text.extend_from_slice(b": parsing ");
        crate::fmt::quote::append_quote(&mut text, self.num.as_bytes(), false);
        text.extend_from_slice(b": ");
        text.extend_from_slice(self.err.error().as_bytes());
        GoString::from_vec(text)
    }

    /// `e.Unwrap()`: the `Err` field.
    pub fn unwrap(&self) -> Error {
        self.err.clone()
    }
}

impl ErrorValue for NumError {
    fn error(&self) -> GoString {
        NumError::error(self)
    }

    fn unwrap(&self) -> Vec<Error> {
        vec![self.err.clone()]
    }

    fn unwraps_one(&self) -> bool {
        true
    }
}

crate::error::identity_dynamic!(NumError);
crate::error::error_value_format!(NumError, "*strconv.NumError", |this, printer, verb| {
    printer.fmt_struct(
        &crate::error::TypeLabel("strconv.NumError"),
        verb,
        &[("Func", &this.func), ("Num", &this.num), ("Err", &this.err)],
    );
});

/// Why an internal conversion failed (Go's `internal/strconv.Error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Failure {
    Range,
    Syntax,
    Base,
    BitSize,
}

/// Go's `toError`: the `*NumError` the public functions return.
fn num_error(func: &'static str, s: &GoString, base: i64, bit_size: i64, failure: Failure) -> Error {
    let err = match failure {
        Failure::Range => err_range(),
        Failure::Syntax => err_syntax(),
        Failure::Base => crate::errors::new(format!("invalid base {base}")),
        Failure::BitSize => crate::errors::new(format!("invalid bit size {bit_size}")),
    };
    Error::from_value(NumError {
        func: GoString::from_static(func),
        num: s.clone(),
        err,
    })
}

fn result<T>(func: &'static str, s: &GoString, base: i64, bit_size: i64, value: (T, Option<Failure>)) -> (T, Error) {
    match value.1 {
        None => (value.0, Error::nil()),
        Some(failure) => (value.0, num_error(func, s, base, bit_size, failure)),
    }
}

// ---------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// The digits of `value` in `base`, after a `-` when `neg`; panics with Go's
/// message when `base` is not in 2..=36.
fn format_bits(mut value: u64, base: i64, neg: bool) -> GoString {
    if !(2..=36).contains(&base) {
        go_panic("strconv: illegal AppendInt/FormatInt base");
    }
    let base = base as u64;
    let mut buffer = [0u8; 65];
    let mut i = buffer.len();
    loop {
        i -= 1;
        buffer[i] = DIGITS[(value % base) as usize];
        value /= base;
        if value == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        buffer[i] = b'-';
    }
    GoString::from_bytes(&buffer[i..])
}

/// `strconv.Itoa(i)`.
pub fn itoa(i: i64) -> GoString {
    format_int(i, 10)
}

/// `strconv.FormatInt(i, base)`: lower-case digits; panics unless
/// `2 <= base <= 36`.
pub fn format_int(i: i64, base: i64) -> GoString {
    format_bits(i.unsigned_abs(), base, i < 0)
}

/// `strconv.FormatUint(i, base)`.
pub fn format_uint(i: u64, base: i64) -> GoString {
    format_bits(i, base, false)
}

/// `strconv.FormatBool(b)`.
pub fn format_bool(b: bool) -> GoString {
    GoString::from_static(if b { "true" } else { "false" })
}

/// ASCII lower case for letters (Go's `lower`: other bytes may change too).
fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// Go's `underscoreOK`: underscores only between digits, or between a base
/// prefix and a digit.
fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// Go's `internal/strconv.ParseUint`.
fn parse_uint_bytes(s0: &[u8], base: i64, bit_size: i64) -> (u64, Option<Failure>) {
    if s0.is_empty() {
        return (0, Some(Failure::Syntax));
    }
    let base0 = base == 0;
    let mut s = s0;
    let base: u64 = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && lower(s[1]) == b'b' {
                    s = &s[2..];
                    2
                } else if s.len() >= 3 && lower(s[1]) == b'o' {
                    s = &s[2..];
                    8
                } else if s.len() >= 3 && lower(s[1]) == b'x' {
                    s = &s[2..];
                    16
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return (0, Some(Failure::Base)),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, Some(Failure::BitSize)),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return (0, Some(Failure::Syntax)),
        };
        if d as u64 >= base {
            return (0, Some(Failure::Syntax));
        }
        if n >= cutoff {
            return (max_val, Some(Failure::Range));
        }
        n *= base;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return (max_val, Some(Failure::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(Failure::Syntax));
    }
    (n, None)
}

/// Go's `internal/strconv.ParseInt`.
fn parse_int_bytes(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<Failure>) {
    if s.is_empty() {
        return (0, Some(Failure::Syntax));
    }
    let (neg, digits) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, failure) = parse_uint_bytes(digits, base, bit_size);
    if failure.is_some() && failure != Some(Failure::Range) {
        return (0, failure);
    }
    let bit_size = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(Failure::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(Failure::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// `strconv.Atoi(s)`: `ParseInt(s, 10, 0)` reporting `Atoi` in its errors.
pub fn atoi(s: &GoString) -> (i64, Error) {
    result("Atoi", s, 10, 0, parse_int_bytes(s.as_bytes(), 10, 0))
}

/// `strconv.ParseInt(s, base, bit_size)`: base 0 reads Go's prefixes
/// (`0b`, `0o`, `0`, `0x`) and underscores; out of range gives the clamped
/// value with `ErrRange`, bad syntax 0 with `ErrSyntax`.
pub fn parse_int(s: &GoString, base: i64, bit_size: i64) -> (i64, Error) {
    result("ParseInt", s, base, bit_size, parse_int_bytes(s.as_bytes(), base, bit_size))
}

/// `strconv.ParseUint(s, base, bit_size)`: no sign allowed.
pub fn parse_uint(s: &GoString, base: i64, bit_size: i64) -> (u64, Error) {
    result("ParseUint", s, base, bit_size, parse_uint_bytes(s.as_bytes(), base, bit_size))
}

/// `strconv.ParseBool(str)`: `1 t T TRUE true True` and `0 f F FALSE false False`.
pub fn parse_bool(s: &GoString) -> (bool, Error) {
    let value = match s.as_bytes() {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => (true, None),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => (false, None),
        _ => (false, Some(Failure::Syntax)),
    };
    result("ParseBool", s, 0, 0, value)
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// `strconv.FormatFloat(f, fmt, prec, bit_size)`: formats `b e E f g G x X`
/// (anything else gives `%` and the byte), `prec < 0` for the fewest digits
/// that read back exactly; panics unless `bit_size` is 32 or 64.
pub fn format_float(f: f64, fmt: u8, prec: i64, bit_size: i64) -> GoString {
    if bit_size != 32 && bit_size != 64 {
        go_panic("strconv: illegal AppendFloat/FormatFloat bitSize");
    }
    let prec = prec.clamp(-1, i32::MAX as i64) as i32;
    GoString::from_vec(crate::fmt::float::format_float(f, fmt, prec, bit_size as u32))
}

/// Go's `special`: a prefix of `s` that spells (signed) `inf`/`infinity`
/// or (unsigned) `nan`, ignoring case.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    fn common_prefix_len(s: &[u8], prefix: &[u8]) -> usize {
        s.iter().zip(prefix).take_while(|(c, p)| c.to_ascii_lowercase() == **p).count()
    }
    let first = *s.first()?;
    let (sign, nsign, rest) = match first {
        b'+' => (1.0, 1, &s[1..]),
        b'-' => (-1.0, 1, &s[1..]),
        b'n' | b'N' => {
            return (common_prefix_len(s, b"nan") == 3).then_some((f64::NAN, 3));
        }
        _ => (1.0, 0, s),
    };
    if nsign == 0 && !matches!(first, b'i' | b'I') {
        return None;
    }
    let mut n = common_prefix_len(rest, b"infinity");
    if 3 < n && n < 8 {
        n = 3;
    }
    if n == 3 || n == 8 {
        return Some((sign * f64::INFINITY, nsign + n));
    }
    None
}

/// What Go's `readFloat` makes of a number's text.
struct FloatText {
    mantissa: u64,
    exp: i64,
    neg: bool,
    trunc: bool,
    hex: bool,
    /// Bytes consumed.
    n: usize,
    /// The decimal number rewritten for Rust's parser: no underscores, and
    /// the exponent as Go reads it (Go stops accumulating it past 10000).
    decimal: String,
}

/// Go's `readFloat`: `None` when `s` does not start with a valid number;
/// the number may be followed by other bytes.
fn read_float(s: &[u8]) -> Option<FloatText> {
    let mut i = 0;
    let mut neg = false;
    let mut underscores = false;
    let mut decimal = String::new();
    match s.first()? {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            neg = true;
            decimal.push('-');
        }
        _ => {}
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut nd: i64 = 0;
    let mut nd_mant: i64 = 0;
    let mut dp: i64 = 0;
    let mut mantissa: u64 = 0;
    let mut trunc = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
            decimal.push('.');
        } else if c.is_ascii_digit() {
            sawdigits = true;
            decimal.push(c as char);
            if c == b'0' && nd == 0 {
                dp -= 1;
            } else {
                nd += 1;
                if nd_mant < max_mant_digits {
                    mantissa = mantissa * base + (c - b'0') as u64;
                    nd_mant += 1;
                } else if c != b'0' {
                    trunc = true;
                }
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + (lower(c) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        match s[i] {
            b'+' => i += 1,
            b'-' => {
                i += 1;
                esign = -1;
            }
            _ => {}
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        let mut e: i64 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        dp += e * esign;
        decimal.push_str(&format!("e{}", e * esign));
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(FloatText {
        mantissa,
        exp,
        neg,
        trunc,
        hex,
        n: i,
        decimal,
    })
}

/// The layout of an IEEE 754 binary format (Go's `floatInfo`).
struct FloatInfo {
    mant_bits: u32,
    exp_bits: u32,
    bias: i64,
}

const FLOAT32_INFO: FloatInfo = FloatInfo {
    mant_bits: 23,
    exp_bits: 8,
    bias: -127,
};

const FLOAT64_INFO: FloatInfo = FloatInfo {
    mant_bits: 52,
    exp_bits: 11,
    bias: -1023,
};

/// Go's `atofHex`: rounds the hexadecimal mantissa and binary exponent to
/// the format (to even, `trunc` marking lost non-zero bits).
fn atof_hex(flt: &FloatInfo, mut mantissa: u64, mut exp: i64, neg: bool, trunc: bool) -> (f64, Option<Failure>) {
    let max_exp = (1i64 << flt.exp_bits) + flt.bias - 2;
    let min_exp = flt.bias + 1;
    exp += flt.mant_bits as i64;
    while mantissa != 0 && mantissa >> (flt.mant_bits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + flt.mant_bits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + flt.mant_bits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> flt.mant_bits == 0 {
        exp = flt.bias;
    }
    let mut failure = None;
    if exp > max_exp {
        mantissa = 1 << flt.mant_bits;
        exp = max_exp + 1;
        failure = Some(Failure::Range);
    }
    let mut bits = mantissa & ((1 << flt.mant_bits) - 1);
    bits |= (((exp - flt.bias) as u64) & ((1 << flt.exp_bits) - 1)) << flt.mant_bits;
    if neg {
        bits |= 1 << flt.mant_bits << flt.exp_bits;
    }
    if flt.exp_bits == 8 {
        (f32::from_bits(bits as u32) as f64, failure)
    } else {
        (f64::from_bits(bits), failure)
    }
}

/// Go's `atof32`/`atof64`: the value, the bytes consumed and the failure.
fn atof(s: &[u8], bit_size: i64) -> (f64, usize, Option<Failure>) {
    if let Some((value, n)) = special(s) {
        // Go's NaN is `math.NaN()`, 0x7FF8000000000001 (its float32 drops
        // the low payload bit).
        let value = match (value.is_nan(), bit_size == 32) {
            (true, false) => f64::from_bits(0x7FF8_0000_0000_0001),
            (true, true) => f64::from_bits(0x7FF8_0000_0000_0000),
            _ => value,
        };
        return (value, n, None);
    }
    let Some(text) = read_float(s) else {
        return (0.0, 0, Some(Failure::Syntax));
    };
    let single = bit_size == 32;
    if text.hex {
        let flt = if single { &FLOAT32_INFO } else { &FLOAT64_INFO };
        let (value, failure) = atof_hex(flt, text.mantissa, text.exp, text.neg, text.trunc);
        return (value, text.n, failure);
    }
    // Rust's parsers round correctly, as Go's do.
    let value = if single {
        text.decimal.parse::<f32>().map(f64::from)
    } else {
        text.decimal.parse::<f64>()
    };
    match value {
        Ok(value) if value.is_infinite() => (value, text.n, Some(Failure::Range)),
        Ok(value) => (value, text.n, None),
        Err(_) => (0.0, text.n, Some(Failure::Syntax)),
    }
}

/// `strconv.ParseFloat(s, bit_size)`: Go's decimal and hexadecimal float
/// syntax (underscores as in Go literals), `inf`/`infinity`/`nan` in any
/// case; rounded to float32 when `bit_size` is 32. Too large gives ±Inf
/// with `ErrRange`; bad syntax 0 with `ErrSyntax`.
pub fn parse_float(s: &GoString, bit_size: i64) -> (f64, Error) {
    let bytes = s.as_bytes();
    let (value, n, failure) = atof(bytes, bit_size);
    let value = if n != bytes.len() {
        (0.0, Some(Failure::Syntax))
    } else {
        (value, failure)
    };
    result("ParseFloat", s, 0, bit_size, value)
}

// ---------------------------------------------------------------------------
// Quoting
// ---------------------------------------------------------------------------

/// `strconv.Quote(s)`: a double-quoted Go string literal; `\a \b \f \n \r
/// \t \v \\ \"`, `\xNN` for invalid bytes and control bytes, `\u`/`\U`
/// for other non-printable runes (Go's `IsPrint` tables).
pub fn quote(s: &GoString) -> GoString {
    let mut buffer = Vec::with_capacity(s.as_bytes().len() + 2);
    crate::fmt::quote::append_quote(&mut buffer, s.as_bytes(), false);
    GoString::from_vec(buffer)
}

// Expected values below were produced by running Go 1.26 (the Go call is in
// each row's comment).
#[cfg(test)]
mod tests {
    use super::*;
    use crate::panic::GoPanic;

    fn g(text: &str) -> GoString {
        GoString::from(text.to_string())
    }

    fn gb(bytes: &[u8]) -> GoString {
        GoString::from_bytes(bytes)
    }

    /// An empty `want` stands for a nil error.
    fn check_err(err: &Error, want: &GoString, row: usize) {
        if want.is_empty() {
            assert!(err.is_nil(), "row {row}: unexpected error {err:?}");
        } else {
            assert!(!err.is_nil(), "row {row}: want error {want}");
            assert_eq!(err.error(), *want, "row {row}");
            assert_eq!(err.type_name(), "*strconv.NumError", "row {row}");
        }
    }

    fn check<T: PartialEq + std::fmt::Debug>(got: (T, Error), want: T, err: &GoString, row: usize) {
        assert_eq!(got.0, want, "row {row}");
        check_err(&got.1, err, row);
    }

    fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
        crate::panic::install_quiet_hook();
        let payload = std::panic::catch_unwind(f).expect_err("should panic");
        payload.downcast_ref::<GoPanic>().expect("a Go panic").message.clone()
    }

    #[test]
    fn panics() {
        // strconv.FormatInt(1, 1)
        assert_eq!(
            panic_message(|| {
                format_int(1, 1);
            }),
            "strconv: illegal AppendInt/FormatInt base"
        );
        // strconv.FormatUint(1, 37)
        assert_eq!(
            panic_message(|| {
                format_uint(1, 37);
            }),
            "strconv: illegal AppendInt/FormatInt base"
        );
        // strconv.FormatFloat(1, 'g', -1, 16)
        assert_eq!(
            panic_message(|| {
                format_float(1.0, b'g', -1, 16);
            }),
            "strconv: illegal AppendFloat/FormatFloat bitSize"
        );
    }

    #[test]
    fn sentinels_and_unwrapping() {
        // errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange)
        assert_eq!(err_syntax(), err_syntax());
        assert_eq!(err_range(), err_range());
        assert_ne!(err_syntax(), err_range());
        assert_eq!(err_syntax().error(), g("invalid syntax"));
        assert_eq!(err_range().error(), g("value out of range"));
        let (_, err) = atoi(&g("abc"));
        assert!(crate::errors::is(&err, &err_syntax()));
        assert!(!crate::errors::is(&err, &err_range()));
        let (value, err) = parse_int(&g("999999999999999999999"), 10, 64);
        assert_eq!(value, i64::MAX);
        assert_eq!(
            err.error(),
            g("strconv.ParseInt: parsing \"999999999999999999999\": value out of range")
        );
        assert!(crate::errors::is(&err, &err_range()));
        assert!(!crate::errors::is(&err, &crate::errors::new("value out of range")));
        let (_, err) = parse_float(&g("1e400"), 64);
        assert!(crate::errors::is(&err, &err_range()));
        // err.(*strconv.NumError): Func "ParseInt", Num "99", Err.Error() "invalid base 1"
        let (_, err) = parse_int(&g("99"), 1, 64);
        let num = err.value().unwrap().as_any().downcast_ref::<NumError>().unwrap();
        assert_eq!(num.func, g("ParseInt"));
        assert_eq!(num.num, g("99"));
        assert_eq!(num.err.error(), g("invalid base 1"));
        assert_eq!(err.wrapped(), vec![num.err.clone()]);
        assert!(!crate::errors::is(&err, &err_syntax()));
        assert!(format_bool(true) == "true" && format_bool(false) == "false");
    }

    #[test]
    fn atoi_table() {
        let table = [
            (g("0"), 0, g("")),                                                    // strconv.Atoi("0")
            (g("42"), 42, g("")),                                                  // strconv.Atoi("42")
            (g("-42"), -42, g("")),                                                // strconv.Atoi("-42")
            (g("+5"), 5, g("")),                                                   // strconv.Atoi("+5")
            (g(""), 0, g("strconv.Atoi: parsing \"\": invalid syntax")),           // strconv.Atoi("")
            (g("-"), 0, g("strconv.Atoi: parsing \"-\": invalid syntax")),         // strconv.Atoi("-")
            (g("+"), 0, g("strconv.Atoi: parsing \"+\": invalid syntax")),         // strconv.Atoi("+")
            (g("abc"), 0, g("strconv.Atoi: parsing \"abc\": invalid syntax")),     // strconv.Atoi("abc")
            (g("12a"), 0, g("strconv.Atoi: parsing \"12a\": invalid syntax")),     // strconv.Atoi("12a")
            (g(" 1"), 0, g("strconv.Atoi: parsing \" 1\": invalid syntax")),       // strconv.Atoi(" 1")
            (g("1_000"), 0, g("strconv.Atoi: parsing \"1_000\": invalid syntax")), // strconv.Atoi("1_000")
            (g("0x1f"), 0, g("strconv.Atoi: parsing \"0x1f\": invalid syntax")),   // strconv.Atoi("0x1f")
            (g("9223372036854775807"), 9223372036854775807, g("")),                // strconv.Atoi("9223372036854775807")
            (
                g("9223372036854775808"),
                9223372036854775807,
                g("strconv.Atoi: parsing \"9223372036854775808\": value out of range"),
            ), // strconv.Atoi("9223372036854775808")
            (g("-9223372036854775808"), -9223372036854775808, g("")),              // strconv.Atoi("-9223372036854775808")
            (
                g("-9223372036854775809"),
                -9223372036854775808,
                g("strconv.Atoi: parsing \"-9223372036854775809\": value out of range"),
            ), // strconv.Atoi("-9223372036854775809")
            (
                g("999999999999999999999"),
                9223372036854775807,
                g("strconv.Atoi: parsing \"999999999999999999999\": value out of range"),
            ), // strconv.Atoi("999999999999999999999")
            (
                g("-999999999999999999999"),
                -9223372036854775808,
                g("strconv.Atoi: parsing \"-999999999999999999999\": value out of range"),
            ), // strconv.Atoi("-999999999999999999999")
            (g("007"), 7, g("")),                                                  // strconv.Atoi("007")
            (g("１"), 0, g("strconv.Atoi: parsing \"１\": invalid syntax")),       // strconv.Atoi("１")
            (gb(b"\xff"), 0, g("strconv.Atoi: parsing \"\\xff\": invalid syntax")), // strconv.Atoi("\xff")
            (g("1\n"), 0, g("strconv.Atoi: parsing \"1\\n\": invalid syntax")),    // strconv.Atoi("1\n")
            (g("12345678901234567"), 12345678901234567, g("")),                    // strconv.Atoi("12345678901234567")
            (g("-123456789012345678"), -123456789012345678, g("")),                // strconv.Atoi("-123456789012345678")
        ];
        for (i, (s, want, err)) in table.iter().enumerate() {
            check(atoi(s), *want, err, i);
        }
    }

    #[test]
    fn parse_int_table() {
        let table = [
            (g("101"), 2, 64, 5, g("")),    // strconv.ParseInt("101", 2, 64)
            (g("-101"), 2, 8, -5, g("")),   // strconv.ParseInt("-101", 2, 8)
            (g("777"), 8, 64, 511, g("")),  // strconv.ParseInt("777", 8, 64)
            (g("ff"), 16, 64, 255, g("")),  // strconv.ParseInt("ff", 16, 64)
            (g("FF"), 16, 64, 255, g("")),  // strconv.ParseInt("FF", 16, 64)
            (g("-80"), 16, 8, -128, g("")), // strconv.ParseInt("-80", 16, 8)
            (g("80"), 16, 8, 127, g("strconv.ParseInt: parsing \"80\": value out of range")), // strconv.ParseInt("80", 16, 8)
            (g("-81"), 16, 8, -128, g("strconv.ParseInt: parsing \"-81\": value out of range")), // strconv.ParseInt("-81", 16, 8)
            (g("zz"), 36, 64, 1295, g("")), // strconv.ParseInt("zz", 36, 64)
            (g("ZZ"), 36, 0, 1295, g("")),  // strconv.ParseInt("ZZ", 36, 0)
            (g("z"), 35, 64, 0, g("strconv.ParseInt: parsing \"z\": invalid syntax")), // strconv.ParseInt("z", 35, 64)
            (g("0x1f"), 0, 64, 31, g("")),  // strconv.ParseInt("0x1f", 0, 64)
            (g("0X1F"), 0, 64, 31, g("")),  // strconv.ParseInt("0X1F", 0, 64)
            (g("-0x1f"), 0, 64, -31, g("")), // strconv.ParseInt("-0x1f", 0, 64)
            (g("0x"), 0, 64, 0, g("strconv.ParseInt: parsing \"0x\": invalid syntax")), // strconv.ParseInt("0x", 0, 64)
            (g("0b101"), 0, 64, 5, g("")),  // strconv.ParseInt("0b101", 0, 64)
            (g("0o17"), 0, 64, 15, g("")),  // strconv.ParseInt("0o17", 0, 64)
            (g("017"), 0, 64, 15, g("")),   // strconv.ParseInt("017", 0, 64)
            (g("0"), 0, 64, 0, g("")),      // strconv.ParseInt("0", 0, 64)
            (g("08"), 0, 64, 0, g("strconv.ParseInt: parsing \"08\": invalid syntax")), // strconv.ParseInt("08", 0, 64)
            (g("1_000"), 0, 64, 1000, g("")), // strconv.ParseInt("1_000", 0, 64)
            (g("1_000"), 10, 64, 0, g("strconv.ParseInt: parsing \"1_000\": invalid syntax")), // strconv.ParseInt("1_000", 10, 64)
            (g("0x_1f"), 0, 64, 31, g("")), // strconv.ParseInt("0x_1f", 0, 64)
            (g("0x1__f"), 0, 64, 0, g("strconv.ParseInt: parsing \"0x1__f\": invalid syntax")), // strconv.ParseInt("0x1__f", 0, 64)
            (g("_1"), 0, 64, 0, g("strconv.ParseInt: parsing \"_1\": invalid syntax")), // strconv.ParseInt("_1", 0, 64)
            (g("1_"), 0, 64, 0, g("strconv.ParseInt: parsing \"1_\": invalid syntax")), // strconv.ParseInt("1_", 0, 64)
            (g("-1_2"), 0, 64, -12, g("")), // strconv.ParseInt("-1_2", 0, 64)
            (g("0_7"), 0, 64, 7, g("")),    // strconv.ParseInt("0_7", 0, 64)
            (g("+5"), 10, 64, 5, g("")),    // strconv.ParseInt("+5", 10, 64)
            (g("1"), 1, 64, 0, g("strconv.ParseInt: parsing \"1\": invalid base 1")), // strconv.ParseInt("1", 1, 64)
            (g("1"), 37, 64, 0, g("strconv.ParseInt: parsing \"1\": invalid base 37")), // strconv.ParseInt("1", 37, 64)
            (g("1"), -1, 64, 0, g("strconv.ParseInt: parsing \"1\": invalid base -1")), // strconv.ParseInt("1", -1, 64)
            (g("1"), 10, 65, 0, g("strconv.ParseInt: parsing \"1\": invalid bit size 65")), // strconv.ParseInt("1", 10, 65)
            (g("1"), 10, -1, 0, g("strconv.ParseInt: parsing \"1\": invalid bit size -1")), // strconv.ParseInt("1", 10, -1)
            (g(""), 10, 64, 0, g("strconv.ParseInt: parsing \"\": invalid syntax")), // strconv.ParseInt("", 10, 64)
            (g(""), 99, 64, 0, g("strconv.ParseInt: parsing \"\": invalid syntax")), // strconv.ParseInt("", 99, 64)
            (g("127"), 10, 8, 127, g("")),  // strconv.ParseInt("127", 10, 8)
            (g("128"), 10, 8, 127, g("strconv.ParseInt: parsing \"128\": value out of range")), // strconv.ParseInt("128", 10, 8)
            (g("-128"), 10, 8, -128, g("")), // strconv.ParseInt("-128", 10, 8)
            (g("-129"), 10, 8, -128, g("strconv.ParseInt: parsing \"-129\": value out of range")), // strconv.ParseInt("-129", 10, 8)
            (g("32767"), 10, 16, 32767, g("")), // strconv.ParseInt("32767", 10, 16)
            (
                g("32768"),
                10,
                16,
                32767,
                g("strconv.ParseInt: parsing \"32768\": value out of range"),
            ), // strconv.ParseInt("32768", 10, 16)
            (
                g("2147483648"),
                10,
                32,
                2147483647,
                g("strconv.ParseInt: parsing \"2147483648\": value out of range"),
            ), // strconv.ParseInt("2147483648", 10, 32)
            (
                g("-2147483649"),
                10,
                32,
                -2147483648,
                g("strconv.ParseInt: parsing \"-2147483649\": value out of range"),
            ), // strconv.ParseInt("-2147483649", 10, 32)
            (g("9223372036854775807"), 10, 64, 9223372036854775807, g("")), // strconv.ParseInt("9223372036854775807", 10, 64)
            (
                g("9223372036854775808"),
                10,
                64,
                9223372036854775807,
                g("strconv.ParseInt: parsing \"9223372036854775808\": value out of range"),
            ), // strconv.ParseInt("9223372036854775808", 10, 64)
            (g("-9223372036854775808"), 10, 0, -9223372036854775808, g("")), // strconv.ParseInt("-9223372036854775808", 10, 0)
            (
                g("999999999999999999999"),
                10,
                64,
                9223372036854775807,
                g("strconv.ParseInt: parsing \"999999999999999999999\": value out of range"),
            ), // strconv.ParseInt("999999999999999999999", 10, 64)
            (
                g("-999999999999999999999"),
                10,
                64,
                -9223372036854775808,
                g("strconv.ParseInt: parsing \"-999999999999999999999\": value out of range"),
            ), // strconv.ParseInt("-999999999999999999999", 10, 64)
            (
                g("99999999999999999999999"),
                16,
                64,
                9223372036854775807,
                g("strconv.ParseInt: parsing \"99999999999999999999999\": value out of range"),
            ), // strconv.ParseInt("99999999999999999999999", 16, 64)
            (g("1"), 10, 1, 0, g("strconv.ParseInt: parsing \"1\": value out of range")), // strconv.ParseInt("1", 10, 1)
            (g("-1"), 10, 1, -1, g("")),    // strconv.ParseInt("-1", 10, 1)
            (g("0"), 10, 1, 0, g("")),      // strconv.ParseInt("0", 10, 1)
            (g("12a"), 10, 64, 0, g("strconv.ParseInt: parsing \"12a\": invalid syntax")), // strconv.ParseInt("12a", 10, 64)
            (g("-"), 10, 64, 0, g("strconv.ParseInt: parsing \"-\": invalid syntax")), // strconv.ParseInt("-", 10, 64)
            (g("--1"), 10, 64, 0, g("strconv.ParseInt: parsing \"--1\": invalid syntax")), // strconv.ParseInt("--1", 10, 64)
            (g("0x1f"), 16, 64, 0, g("strconv.ParseInt: parsing \"0x1f\": invalid syntax")), // strconv.ParseInt("0x1f", 16, 64)
            (g("1f"), 10, 64, 0, g("strconv.ParseInt: parsing \"1f\": invalid syntax")), // strconv.ParseInt("1f", 10, 64)
        ];
        for (i, (s, base, bits, want, err)) in table.iter().enumerate() {
            check(parse_int(s, *base, *bits), *want, err, i);
        }
    }

    #[test]
    fn parse_uint_table() {
        let table = [
            (g("18446744073709551615"), 10, 64, 18446744073709551615, g("")), // strconv.ParseUint("18446744073709551615", 10, 64)
            (
                g("18446744073709551616"),
                10,
                64,
                18446744073709551615,
                g("strconv.ParseUint: parsing \"18446744073709551616\": value out of range"),
            ), // strconv.ParseUint("18446744073709551616", 10, 64)
            (g("-1"), 10, 64, 0, g("strconv.ParseUint: parsing \"-1\": invalid syntax")), // strconv.ParseUint("-1", 10, 64)
            (g("+1"), 10, 64, 0, g("strconv.ParseUint: parsing \"+1\": invalid syntax")), // strconv.ParseUint("+1", 10, 64)
            (g("255"), 10, 8, 255, g("")),                                    // strconv.ParseUint("255", 10, 8)
            (g("256"), 10, 8, 255, g("strconv.ParseUint: parsing \"256\": value out of range")), // strconv.ParseUint("256", 10, 8)
            (g("ffffffffffffffff"), 16, 64, 18446744073709551615, g("")),     // strconv.ParseUint("ffffffffffffffff", 16, 64)
            (
                g("10000000000000000"),
                16,
                64,
                18446744073709551615,
                g("strconv.ParseUint: parsing \"10000000000000000\": value out of range"),
            ), // strconv.ParseUint("10000000000000000", 16, 64)
            (g("0x_ff"), 0, 64, 255, g("")),                                  // strconv.ParseUint("0x_ff", 0, 64)
            (g("0b1111_1111"), 0, 8, 255, g("")),                             // strconv.ParseUint("0b1111_1111", 0, 8)
            (
                g("0b1_0000_0000"),
                0,
                8,
                255,
                g("strconv.ParseUint: parsing \"0b1_0000_0000\": value out of range"),
            ), // strconv.ParseUint("0b1_0000_0000", 0, 8)
            (g("3w5e11264sgsf"), 36, 64, 18446744073709551615, g("")),        // strconv.ParseUint("3w5e11264sgsf", 36, 64)
            (
                g("3w5e11264sgsg"),
                36,
                64,
                18446744073709551615,
                g("strconv.ParseUint: parsing \"3w5e11264sgsg\": value out of range"),
            ), // strconv.ParseUint("3w5e11264sgsg", 36, 64)
            (g("1"), 0, 0, 1, g("")),                                         // strconv.ParseUint("1", 0, 0)
            (g(""), 0, 0, 0, g("strconv.ParseUint: parsing \"\": invalid syntax")), // strconv.ParseUint("", 0, 0)
            (g("1"), 1, 0, 0, g("strconv.ParseUint: parsing \"1\": invalid base 1")), // strconv.ParseUint("1", 1, 0)
            (g("1"), 10, 100, 0, g("strconv.ParseUint: parsing \"1\": invalid bit size 100")), // strconv.ParseUint("1", 10, 100)
            (
                g("99999999999999999999x"),
                10,
                64,
                18446744073709551615,
                g("strconv.ParseUint: parsing \"99999999999999999999x\": value out of range"),
            ), // strconv.ParseUint("99999999999999999999x", 10, 64)
            (
                g("x99999999999999999999"),
                10,
                64,
                0,
                g("strconv.ParseUint: parsing \"x99999999999999999999\": invalid syntax"),
            ), // strconv.ParseUint("x99999999999999999999", 10, 64)
        ];
        for (i, (s, base, bits, want, err)) in table.iter().enumerate() {
            check(parse_uint(s, *base, *bits), *want, err, i);
        }
    }

    #[test]
    fn format_int_table() {
        let table = [
            (0, 10, g("0")),                                       // strconv.FormatInt(0, 10)
            (42, 10, g("42")),                                     // strconv.FormatInt(42, 10)
            (-42, 10, g("-42")),                                   // strconv.FormatInt(-42, 10)
            (-9223372036854775808, 10, g("-9223372036854775808")), // strconv.FormatInt(-9223372036854775808, 10)
            (9223372036854775807, 10, g("9223372036854775807")),   // strconv.FormatInt(9223372036854775807, 10)
            (255, 2, g("11111111")),                               // strconv.FormatInt(255, 2)
            (-255, 2, g("-11111111")),                             // strconv.FormatInt(-255, 2)
            (255, 16, g("ff")),                                    // strconv.FormatInt(255, 16)
            (-255, 16, g("-ff")),                                  // strconv.FormatInt(-255, 16)
            (35, 36, g("z")),                                      // strconv.FormatInt(35, 36)
            (
                -9223372036854775808,
                2,
                g("-1000000000000000000000000000000000000000000000000000000000000000"),
            ), // strconv.FormatInt(-9223372036854775808, 2)
            (-9223372036854775808, 36, g("-1y2p0ij32e8e8")),       // strconv.FormatInt(-9223372036854775808, 36)
            (123456789, 7, g("3026236221")),                       // strconv.FormatInt(123456789, 7)
            (-1, 3, g("-1")),                                      // strconv.FormatInt(-1, 3)
        ];
        for (i, (n, base, want)) in table.iter().enumerate() {
            assert_eq!(format_int(*n, *base), *want, "row {i}");
            if *base == 10 {
                assert_eq!(itoa(*n), *want, "row {i} itoa");
            }
        }
    }

    #[test]
    fn format_uint_table() {
        let table = [
            (0, 2, g("0")),  // strconv.FormatUint(0, 2)
            (0, 10, g("0")), // strconv.FormatUint(0, 10)
            (0, 16, g("0")), // strconv.FormatUint(0, 16)
            (0, 36, g("0")), // strconv.FormatUint(0, 36)
            (1, 2, g("1")),  // strconv.FormatUint(1, 2)
            (1, 10, g("1")), // strconv.FormatUint(1, 10)
            (1, 16, g("1")), // strconv.FormatUint(1, 16)
            (1, 36, g("1")), // strconv.FormatUint(1, 36)
            (
                18446744073709551615,
                2,
                g("1111111111111111111111111111111111111111111111111111111111111111"),
            ), // strconv.FormatUint(18446744073709551615, 2)
            (18446744073709551615, 10, g("18446744073709551615")), // strconv.FormatUint(18446744073709551615, 10)
            (18446744073709551615, 16, g("ffffffffffffffff")), // strconv.FormatUint(18446744073709551615, 16)
            (18446744073709551615, 36, g("3w5e11264sgsf")), // strconv.FormatUint(18446744073709551615, 36)
            (
                9223372036854775808,
                2,
                g("1000000000000000000000000000000000000000000000000000000000000000"),
            ), // strconv.FormatUint(9223372036854775808, 2)
            (9223372036854775808, 10, g("9223372036854775808")), // strconv.FormatUint(9223372036854775808, 10)
            (9223372036854775808, 16, g("8000000000000000")), // strconv.FormatUint(9223372036854775808, 16)
            (9223372036854775808, 36, g("1y2p0ij32e8e8")), // strconv.FormatUint(9223372036854775808, 36)
        ];
        for (i, (n, base, want)) in table.iter().enumerate() {
            assert_eq!(format_uint(*n, *base), *want, "row {i}");
        }
    }

    #[test]
    fn format_float_table() {
        let table = [
            (f64::from_bits(0x3fb999999999999a), b'f', -1, 64, g("0.1")), // strconv.FormatFloat(0.1, 'f', -1, 64)
            (f64::from_bits(0x3fb999999999999a), b'f', -1, 32, g("0.1")), // strconv.FormatFloat(0.1, 'f', -1, 32)
            (f64::from_bits(0x3fb999999999999a), b'f', 0, 64, g("0")),    // strconv.FormatFloat(0.1, 'f', 0, 64)
            (f64::from_bits(0x3fb999999999999a), b'f', 3, 64, g("0.100")), // strconv.FormatFloat(0.1, 'f', 3, 64)
            (f64::from_bits(0x3fb999999999999a), b'e', -1, 64, g("1e-01")), // strconv.FormatFloat(0.1, 'e', -1, 64)
            (f64::from_bits(0x3fb999999999999a), b'e', -1, 32, g("1e-01")), // strconv.FormatFloat(0.1, 'e', -1, 32)
            (f64::from_bits(0x3fb999999999999a), b'e', 0, 64, g("1e-01")), // strconv.FormatFloat(0.1, 'e', 0, 64)
            (f64::from_bits(0x3fb999999999999a), b'e', 3, 64, g("1.000e-01")), // strconv.FormatFloat(0.1, 'e', 3, 64)
            (f64::from_bits(0x3fb999999999999a), b'E', -1, 64, g("1E-01")), // strconv.FormatFloat(0.1, 'E', -1, 64)
            (f64::from_bits(0x3fb999999999999a), b'E', -1, 32, g("1E-01")), // strconv.FormatFloat(0.1, 'E', -1, 32)
            (f64::from_bits(0x3fb999999999999a), b'E', 0, 64, g("1E-01")), // strconv.FormatFloat(0.1, 'E', 0, 64)
            (f64::from_bits(0x3fb999999999999a), b'E', 3, 64, g("1.000E-01")), // strconv.FormatFloat(0.1, 'E', 3, 64)
            (f64::from_bits(0x3fb999999999999a), b'g', -1, 64, g("0.1")), // strconv.FormatFloat(0.1, 'g', -1, 64)
            (f64::from_bits(0x3fb999999999999a), b'g', -1, 32, g("0.1")), // strconv.FormatFloat(0.1, 'g', -1, 32)
            (f64::from_bits(0x3fb999999999999a), b'g', 0, 64, g("0.1")),  // strconv.FormatFloat(0.1, 'g', 0, 64)
            (f64::from_bits(0x3fb999999999999a), b'g', 3, 64, g("0.1")),  // strconv.FormatFloat(0.1, 'g', 3, 64)
            (f64::from_bits(0x3fb999999999999a), b'G', -1, 64, g("0.1")), // strconv.FormatFloat(0.1, 'G', -1, 64)
            (f64::from_bits(0x3fb999999999999a), b'G', -1, 32, g("0.1")), // strconv.FormatFloat(0.1, 'G', -1, 32)
            (f64::from_bits(0x3fb999999999999a), b'G', 0, 64, g("0.1")),  // strconv.FormatFloat(0.1, 'G', 0, 64)
            (f64::from_bits(0x3fb999999999999a), b'G', 3, 64, g("0.1")),  // strconv.FormatFloat(0.1, 'G', 3, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'f', -1, 64, g("1000000000000000000000")), // strconv.FormatFloat(1e21, 'f', -1, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'f', -1, 32, g("1000000000000000000000")), // strconv.FormatFloat(1e21, 'f', -1, 32)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'f', 0, 64, g("1000000000000000000000")), // strconv.FormatFloat(1e21, 'f', 0, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'f', 3, 64, g("1000000000000000000000.000")), // strconv.FormatFloat(1e21, 'f', 3, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'e', -1, 64, g("1e+21")), // strconv.FormatFloat(1e21, 'e', -1, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'e', -1, 32, g("1e+21")), // strconv.FormatFloat(1e21, 'e', -1, 32)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'e', 0, 64, g("1e+21")), // strconv.FormatFloat(1e21, 'e', 0, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'e', 3, 64, g("1.000e+21")), // strconv.FormatFloat(1e21, 'e', 3, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'E', -1, 64, g("1E+21")), // strconv.FormatFloat(1e21, 'E', -1, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'E', -1, 32, g("1E+21")), // strconv.FormatFloat(1e21, 'E', -1, 32)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'E', 0, 64, g("1E+21")), // strconv.FormatFloat(1e21, 'E', 0, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'E', 3, 64, g("1.000E+21")), // strconv.FormatFloat(1e21, 'E', 3, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'g', -1, 64, g("1e+21")), // strconv.FormatFloat(1e21, 'g', -1, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'g', -1, 32, g("1e+21")), // strconv.FormatFloat(1e21, 'g', -1, 32)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'g', 0, 64, g("1e+21")), // strconv.FormatFloat(1e21, 'g', 0, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'g', 3, 64, g("1e+21")), // strconv.FormatFloat(1e21, 'g', 3, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'G', -1, 64, g("1E+21")), // strconv.FormatFloat(1e21, 'G', -1, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'G', -1, 32, g("1E+21")), // strconv.FormatFloat(1e21, 'G', -1, 32)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'G', 0, 64, g("1E+21")), // strconv.FormatFloat(1e21, 'G', 0, 64)
            (f64::from_bits(0x444b1ae4d6e2ef50), b'G', 3, 64, g("1E+21")), // strconv.FormatFloat(1e21, 'G', 3, 64)
            (f64::from_bits(0x419d6f3454000000), b'f', -1, 64, g("123456789")), // strconv.FormatFloat(123456789.0, 'f', -1, 64)
            (f64::from_bits(0x419d6f3454000000), b'f', -1, 32, g("123456790")), // strconv.FormatFloat(123456789.0, 'f', -1, 32)
            (f64::from_bits(0x419d6f3454000000), b'f', 0, 64, g("123456789")), // strconv.FormatFloat(123456789.0, 'f', 0, 64)
            (f64::from_bits(0x419d6f3454000000), b'f', 3, 64, g("123456789.000")), // strconv.FormatFloat(123456789.0, 'f', 3, 64)
            (f64::from_bits(0x419d6f3454000000), b'e', -1, 64, g("1.23456789e+08")), // strconv.FormatFloat(123456789.0, 'e', -1, 64)
            (f64::from_bits(0x419d6f3454000000), b'e', -1, 32, g("1.2345679e+08")), // strconv.FormatFloat(123456789.0, 'e', -1, 32)
            (f64::from_bits(0x419d6f3454000000), b'e', 0, 64, g("1e+08")), // strconv.FormatFloat(123456789.0, 'e', 0, 64)
            (f64::from_bits(0x419d6f3454000000), b'e', 3, 64, g("1.235e+08")), // strconv.FormatFloat(123456789.0, 'e', 3, 64)
            (f64::from_bits(0x419d6f3454000000), b'E', -1, 64, g("1.23456789E+08")), // strconv.FormatFloat(123456789.0, 'E', -1, 64)
            (f64::from_bits(0x419d6f3454000000), b'E', -1, 32, g("1.2345679E+08")), // strconv.FormatFloat(123456789.0, 'E', -1, 32)
            (f64::from_bits(0x419d6f3454000000), b'E', 0, 64, g("1E+08")), // strconv.FormatFloat(123456789.0, 'E', 0, 64)
            (f64::from_bits(0x419d6f3454000000), b'E', 3, 64, g("1.235E+08")), // strconv.FormatFloat(123456789.0, 'E', 3, 64)
            (f64::from_bits(0x419d6f3454000000), b'g', -1, 64, g("1.23456789e+08")), // strconv.FormatFloat(123456789.0, 'g', -1, 64)
            (f64::from_bits(0x419d6f3454000000), b'g', -1, 32, g("1.2345679e+08")), // strconv.FormatFloat(123456789.0, 'g', -1, 32)
            (f64::from_bits(0x419d6f3454000000), b'g', 0, 64, g("1e+08")), // strconv.FormatFloat(123456789.0, 'g', 0, 64)
            (f64::from_bits(0x419d6f3454000000), b'g', 3, 64, g("1.23e+08")), // strconv.FormatFloat(123456789.0, 'g', 3, 64)
            (f64::from_bits(0x419d6f3454000000), b'G', -1, 64, g("1.23456789E+08")), // strconv.FormatFloat(123456789.0, 'G', -1, 64)
            (f64::from_bits(0x419d6f3454000000), b'G', -1, 32, g("1.2345679E+08")), // strconv.FormatFloat(123456789.0, 'G', -1, 32)
            (f64::from_bits(0x419d6f3454000000), b'G', 0, 64, g("1E+08")), // strconv.FormatFloat(123456789.0, 'G', 0, 64)
            (f64::from_bits(0x419d6f3454000000), b'G', 3, 64, g("1.23E+08")), // strconv.FormatFloat(123456789.0, 'G', 3, 64)
            (f64::from_bits(0x7ff8000000000001), b'f', -1, 64, g("NaN")), // strconv.FormatFloat(math.NaN(), 'f', -1, 64)
            (f64::from_bits(0x7ff8000000000001), b'f', -1, 32, g("NaN")), // strconv.FormatFloat(math.NaN(), 'f', -1, 32)
            (f64::from_bits(0x7ff8000000000001), b'f', 0, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'f', 0, 64)
            (f64::from_bits(0x7ff8000000000001), b'f', 3, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'f', 3, 64)
            (f64::from_bits(0x7ff8000000000001), b'e', -1, 64, g("NaN")), // strconv.FormatFloat(math.NaN(), 'e', -1, 64)
            (f64::from_bits(0x7ff8000000000001), b'e', -1, 32, g("NaN")), // strconv.FormatFloat(math.NaN(), 'e', -1, 32)
            (f64::from_bits(0x7ff8000000000001), b'e', 0, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'e', 0, 64)
            (f64::from_bits(0x7ff8000000000001), b'e', 3, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'e', 3, 64)
            (f64::from_bits(0x7ff8000000000001), b'E', -1, 64, g("NaN")), // strconv.FormatFloat(math.NaN(), 'E', -1, 64)
            (f64::from_bits(0x7ff8000000000001), b'E', -1, 32, g("NaN")), // strconv.FormatFloat(math.NaN(), 'E', -1, 32)
            (f64::from_bits(0x7ff8000000000001), b'E', 0, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'E', 0, 64)
            (f64::from_bits(0x7ff8000000000001), b'E', 3, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'E', 3, 64)
            (f64::from_bits(0x7ff8000000000001), b'g', -1, 64, g("NaN")), // strconv.FormatFloat(math.NaN(), 'g', -1, 64)
            (f64::from_bits(0x7ff8000000000001), b'g', -1, 32, g("NaN")), // strconv.FormatFloat(math.NaN(), 'g', -1, 32)
            (f64::from_bits(0x7ff8000000000001), b'g', 0, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'g', 0, 64)
            (f64::from_bits(0x7ff8000000000001), b'g', 3, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'g', 3, 64)
            (f64::from_bits(0x7ff8000000000001), b'G', -1, 64, g("NaN")), // strconv.FormatFloat(math.NaN(), 'G', -1, 64)
            (f64::from_bits(0x7ff8000000000001), b'G', -1, 32, g("NaN")), // strconv.FormatFloat(math.NaN(), 'G', -1, 32)
            (f64::from_bits(0x7ff8000000000001), b'G', 0, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'G', 0, 64)
            (f64::from_bits(0x7ff8000000000001), b'G', 3, 64, g("NaN")),  // strconv.FormatFloat(math.NaN(), 'G', 3, 64)
            (f64::from_bits(0xfff0000000000000), b'f', -1, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'f', -1, 64)
            (f64::from_bits(0xfff0000000000000), b'f', -1, 32, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'f', -1, 32)
            (f64::from_bits(0xfff0000000000000), b'f', 0, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'f', 0, 64)
            (f64::from_bits(0xfff0000000000000), b'f', 3, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'f', 3, 64)
            (f64::from_bits(0xfff0000000000000), b'e', -1, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'e', -1, 64)
            (f64::from_bits(0xfff0000000000000), b'e', -1, 32, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'e', -1, 32)
            (f64::from_bits(0xfff0000000000000), b'e', 0, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'e', 0, 64)
            (f64::from_bits(0xfff0000000000000), b'e', 3, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'e', 3, 64)
            (f64::from_bits(0xfff0000000000000), b'E', -1, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'E', -1, 64)
            (f64::from_bits(0xfff0000000000000), b'E', -1, 32, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'E', -1, 32)
            (f64::from_bits(0xfff0000000000000), b'E', 0, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'E', 0, 64)
            (f64::from_bits(0xfff0000000000000), b'E', 3, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'E', 3, 64)
            (f64::from_bits(0xfff0000000000000), b'g', -1, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'g', -1, 64)
            (f64::from_bits(0xfff0000000000000), b'g', -1, 32, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'g', -1, 32)
            (f64::from_bits(0xfff0000000000000), b'g', 0, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'g', 0, 64)
            (f64::from_bits(0xfff0000000000000), b'g', 3, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'g', 3, 64)
            (f64::from_bits(0xfff0000000000000), b'G', -1, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'G', -1, 64)
            (f64::from_bits(0xfff0000000000000), b'G', -1, 32, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'G', -1, 32)
            (f64::from_bits(0xfff0000000000000), b'G', 0, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'G', 0, 64)
            (f64::from_bits(0xfff0000000000000), b'G', 3, 64, g("-Inf")), // strconv.FormatFloat(math.Inf(-1), 'G', 3, 64)
            (f64::from_bits(0x7ff0000000000000), b'f', -1, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'f', -1, 64)
            (f64::from_bits(0x7ff0000000000000), b'f', -1, 32, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'f', -1, 32)
            (f64::from_bits(0x7ff0000000000000), b'f', 0, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'f', 0, 64)
            (f64::from_bits(0x7ff0000000000000), b'f', 3, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'f', 3, 64)
            (f64::from_bits(0x7ff0000000000000), b'e', -1, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'e', -1, 64)
            (f64::from_bits(0x7ff0000000000000), b'e', -1, 32, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'e', -1, 32)
            (f64::from_bits(0x7ff0000000000000), b'e', 0, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'e', 0, 64)
            (f64::from_bits(0x7ff0000000000000), b'e', 3, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'e', 3, 64)
            (f64::from_bits(0x7ff0000000000000), b'E', -1, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'E', -1, 64)
            (f64::from_bits(0x7ff0000000000000), b'E', -1, 32, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'E', -1, 32)
            (f64::from_bits(0x7ff0000000000000), b'E', 0, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'E', 0, 64)
            (f64::from_bits(0x7ff0000000000000), b'E', 3, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'E', 3, 64)
            (f64::from_bits(0x7ff0000000000000), b'g', -1, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'g', -1, 64)
            (f64::from_bits(0x7ff0000000000000), b'g', -1, 32, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'g', -1, 32)
            (f64::from_bits(0x7ff0000000000000), b'g', 0, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'g', 0, 64)
            (f64::from_bits(0x7ff0000000000000), b'g', 3, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'g', 3, 64)
            (f64::from_bits(0x7ff0000000000000), b'G', -1, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'G', -1, 64)
            (f64::from_bits(0x7ff0000000000000), b'G', -1, 32, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'G', -1, 32)
            (f64::from_bits(0x7ff0000000000000), b'G', 0, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'G', 0, 64)
            (f64::from_bits(0x7ff0000000000000), b'G', 3, 64, g("+Inf")), // strconv.FormatFloat(math.Inf(1), 'G', 3, 64)
            (f64::from_bits(0x0000000000000000), b'f', -1, 64, g("0")),   // strconv.FormatFloat(0.0, 'f', -1, 64)
            (f64::from_bits(0x0000000000000000), b'f', -1, 32, g("0")),   // strconv.FormatFloat(0.0, 'f', -1, 32)
            (f64::from_bits(0x0000000000000000), b'f', 0, 64, g("0")),    // strconv.FormatFloat(0.0, 'f', 0, 64)
            (f64::from_bits(0x0000000000000000), b'f', 3, 64, g("0.000")), // strconv.FormatFloat(0.0, 'f', 3, 64)
            (f64::from_bits(0x0000000000000000), b'e', -1, 64, g("0e+00")), // strconv.FormatFloat(0.0, 'e', -1, 64)
            (f64::from_bits(0x0000000000000000), b'e', -1, 32, g("0e+00")), // strconv.FormatFloat(0.0, 'e', -1, 32)
            (f64::from_bits(0x0000000000000000), b'e', 0, 64, g("0e+00")), // strconv.FormatFloat(0.0, 'e', 0, 64)
            (f64::from_bits(0x0000000000000000), b'e', 3, 64, g("0.000e+00")), // strconv.FormatFloat(0.0, 'e', 3, 64)
            (f64::from_bits(0x0000000000000000), b'E', -1, 64, g("0E+00")), // strconv.FormatFloat(0.0, 'E', -1, 64)
            (f64::from_bits(0x0000000000000000), b'E', -1, 32, g("0E+00")), // strconv.FormatFloat(0.0, 'E', -1, 32)
            (f64::from_bits(0x0000000000000000), b'E', 0, 64, g("0E+00")), // strconv.FormatFloat(0.0, 'E', 0, 64)
            (f64::from_bits(0x0000000000000000), b'E', 3, 64, g("0.000E+00")), // strconv.FormatFloat(0.0, 'E', 3, 64)
            (f64::from_bits(0x0000000000000000), b'g', -1, 64, g("0")),   // strconv.FormatFloat(0.0, 'g', -1, 64)
            (f64::from_bits(0x0000000000000000), b'g', -1, 32, g("0")),   // strconv.FormatFloat(0.0, 'g', -1, 32)
            (f64::from_bits(0x0000000000000000), b'g', 0, 64, g("0")),    // strconv.FormatFloat(0.0, 'g', 0, 64)
            (f64::from_bits(0x0000000000000000), b'g', 3, 64, g("0")),    // strconv.FormatFloat(0.0, 'g', 3, 64)
            (f64::from_bits(0x0000000000000000), b'G', -1, 64, g("0")),   // strconv.FormatFloat(0.0, 'G', -1, 64)
            (f64::from_bits(0x0000000000000000), b'G', -1, 32, g("0")),   // strconv.FormatFloat(0.0, 'G', -1, 32)
            (f64::from_bits(0x0000000000000000), b'G', 0, 64, g("0")),    // strconv.FormatFloat(0.0, 'G', 0, 64)
            (f64::from_bits(0x0000000000000000), b'G', 3, 64, g("0")),    // strconv.FormatFloat(0.0, 'G', 3, 64)
            (f64::from_bits(0x8000000000000000), b'f', -1, 64, g("-0")),  // strconv.FormatFloat(math.Copysign(0, -1), 'f', -1, 64)
            (f64::from_bits(0x8000000000000000), b'f', -1, 32, g("-0")),  // strconv.FormatFloat(math.Copysign(0, -1), 'f', -1, 32)
            (f64::from_bits(0x8000000000000000), b'f', 0, 64, g("-0")),   // strconv.FormatFloat(math.Copysign(0, -1), 'f', 0, 64)
            (f64::from_bits(0x8000000000000000), b'f', 3, 64, g("-0.000")), // strconv.FormatFloat(math.Copysign(0, -1), 'f', 3, 64)
            (f64::from_bits(0x8000000000000000), b'e', -1, 64, g("-0e+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'e', -1, 64)
            (f64::from_bits(0x8000000000000000), b'e', -1, 32, g("-0e+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'e', -1, 32)
            (f64::from_bits(0x8000000000000000), b'e', 0, 64, g("-0e+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'e', 0, 64)
            (f64::from_bits(0x8000000000000000), b'e', 3, 64, g("-0.000e+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'e', 3, 64)
            (f64::from_bits(0x8000000000000000), b'E', -1, 64, g("-0E+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'E', -1, 64)
            (f64::from_bits(0x8000000000000000), b'E', -1, 32, g("-0E+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'E', -1, 32)
            (f64::from_bits(0x8000000000000000), b'E', 0, 64, g("-0E+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'E', 0, 64)
            (f64::from_bits(0x8000000000000000), b'E', 3, 64, g("-0.000E+00")), // strconv.FormatFloat(math.Copysign(0, -1), 'E', 3, 64)
            (f64::from_bits(0x8000000000000000), b'g', -1, 64, g("-0")),  // strconv.FormatFloat(math.Copysign(0, -1), 'g', -1, 64)
            (f64::from_bits(0x8000000000000000), b'g', -1, 32, g("-0")),  // strconv.FormatFloat(math.Copysign(0, -1), 'g', -1, 32)
            (f64::from_bits(0x8000000000000000), b'g', 0, 64, g("-0")),   // strconv.FormatFloat(math.Copysign(0, -1), 'g', 0, 64)
            (f64::from_bits(0x8000000000000000), b'g', 3, 64, g("-0")),   // strconv.FormatFloat(math.Copysign(0, -1), 'g', 3, 64)
            (f64::from_bits(0x8000000000000000), b'G', -1, 64, g("-0")),  // strconv.FormatFloat(math.Copysign(0, -1), 'G', -1, 64)
            (f64::from_bits(0x8000000000000000), b'G', -1, 32, g("-0")),  // strconv.FormatFloat(math.Copysign(0, -1), 'G', -1, 32)
            (f64::from_bits(0x8000000000000000), b'G', 0, 64, g("-0")),   // strconv.FormatFloat(math.Copysign(0, -1), 'G', 0, 64)
            (f64::from_bits(0x8000000000000000), b'G', 3, 64, g("-0")),   // strconv.FormatFloat(math.Copysign(0, -1), 'G', 3, 64)
            (f64::from_bits(0xc004000000000000), b'f', -1, 64, g("-2.5")), // strconv.FormatFloat(-2.5, 'f', -1, 64)
            (f64::from_bits(0xc004000000000000), b'f', -1, 32, g("-2.5")), // strconv.FormatFloat(-2.5, 'f', -1, 32)
            (f64::from_bits(0xc004000000000000), b'f', 0, 64, g("-2")),   // strconv.FormatFloat(-2.5, 'f', 0, 64)
            (f64::from_bits(0xc004000000000000), b'f', 3, 64, g("-2.500")), // strconv.FormatFloat(-2.5, 'f', 3, 64)
            (f64::from_bits(0xc004000000000000), b'e', -1, 64, g("-2.5e+00")), // strconv.FormatFloat(-2.5, 'e', -1, 64)
            (f64::from_bits(0xc004000000000000), b'e', -1, 32, g("-2.5e+00")), // strconv.FormatFloat(-2.5, 'e', -1, 32)
            (f64::from_bits(0xc004000000000000), b'e', 0, 64, g("-2e+00")), // strconv.FormatFloat(-2.5, 'e', 0, 64)
            (f64::from_bits(0xc004000000000000), b'e', 3, 64, g("-2.500e+00")), // strconv.FormatFloat(-2.5, 'e', 3, 64)
            (f64::from_bits(0xc004000000000000), b'E', -1, 64, g("-2.5E+00")), // strconv.FormatFloat(-2.5, 'E', -1, 64)
            (f64::from_bits(0xc004000000000000), b'E', -1, 32, g("-2.5E+00")), // strconv.FormatFloat(-2.5, 'E', -1, 32)
            (f64::from_bits(0xc004000000000000), b'E', 0, 64, g("-2E+00")), // strconv.FormatFloat(-2.5, 'E', 0, 64)
            (f64::from_bits(0xc004000000000000), b'E', 3, 64, g("-2.500E+00")), // strconv.FormatFloat(-2.5, 'E', 3, 64)
            (f64::from_bits(0xc004000000000000), b'g', -1, 64, g("-2.5")), // strconv.FormatFloat(-2.5, 'g', -1, 64)
            (f64::from_bits(0xc004000000000000), b'g', -1, 32, g("-2.5")), // strconv.FormatFloat(-2.5, 'g', -1, 32)
            (f64::from_bits(0xc004000000000000), b'g', 0, 64, g("-2")),   // strconv.FormatFloat(-2.5, 'g', 0, 64)
            (f64::from_bits(0xc004000000000000), b'g', 3, 64, g("-2.5")), // strconv.FormatFloat(-2.5, 'g', 3, 64)
            (f64::from_bits(0xc004000000000000), b'G', -1, 64, g("-2.5")), // strconv.FormatFloat(-2.5, 'G', -1, 64)
            (f64::from_bits(0xc004000000000000), b'G', -1, 32, g("-2.5")), // strconv.FormatFloat(-2.5, 'G', -1, 32)
            (f64::from_bits(0xc004000000000000), b'G', 0, 64, g("-2")),   // strconv.FormatFloat(-2.5, 'G', 0, 64)
            (f64::from_bits(0xc004000000000000), b'G', 3, 64, g("-2.5")), // strconv.FormatFloat(-2.5, 'G', 3, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'f', -1, 64, g("0.0000001")), // strconv.FormatFloat(1e-7, 'f', -1, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'f', -1, 32, g("0.0000001")), // strconv.FormatFloat(1e-7, 'f', -1, 32)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'f', 0, 64, g("0")),    // strconv.FormatFloat(1e-7, 'f', 0, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'f', 3, 64, g("0.000")), // strconv.FormatFloat(1e-7, 'f', 3, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'e', -1, 64, g("1e-07")), // strconv.FormatFloat(1e-7, 'e', -1, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'e', -1, 32, g("1e-07")), // strconv.FormatFloat(1e-7, 'e', -1, 32)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'e', 0, 64, g("1e-07")), // strconv.FormatFloat(1e-7, 'e', 0, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'e', 3, 64, g("1.000e-07")), // strconv.FormatFloat(1e-7, 'e', 3, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'E', -1, 64, g("1E-07")), // strconv.FormatFloat(1e-7, 'E', -1, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'E', -1, 32, g("1E-07")), // strconv.FormatFloat(1e-7, 'E', -1, 32)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'E', 0, 64, g("1E-07")), // strconv.FormatFloat(1e-7, 'E', 0, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'E', 3, 64, g("1.000E-07")), // strconv.FormatFloat(1e-7, 'E', 3, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'g', -1, 64, g("1e-07")), // strconv.FormatFloat(1e-7, 'g', -1, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'g', -1, 32, g("1e-07")), // strconv.FormatFloat(1e-7, 'g', -1, 32)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'g', 0, 64, g("1e-07")), // strconv.FormatFloat(1e-7, 'g', 0, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'g', 3, 64, g("1e-07")), // strconv.FormatFloat(1e-7, 'g', 3, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'G', -1, 64, g("1E-07")), // strconv.FormatFloat(1e-7, 'G', -1, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'G', -1, 32, g("1E-07")), // strconv.FormatFloat(1e-7, 'G', -1, 32)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'G', 0, 64, g("1E-07")), // strconv.FormatFloat(1e-7, 'G', 0, 64)
            (f64::from_bits(0x3e7ad7f29abcaf48), b'G', 3, 64, g("1E-07")), // strconv.FormatFloat(1e-7, 'G', 3, 64)
            (f64::from_bits(0x40f86a0000000000), b'f', -1, 64, g("100000")), // strconv.FormatFloat(100000.0, 'f', -1, 64)
            (f64::from_bits(0x40f86a0000000000), b'f', -1, 32, g("100000")), // strconv.FormatFloat(100000.0, 'f', -1, 32)
            (f64::from_bits(0x40f86a0000000000), b'f', 0, 64, g("100000")), // strconv.FormatFloat(100000.0, 'f', 0, 64)
            (f64::from_bits(0x40f86a0000000000), b'f', 3, 64, g("100000.000")), // strconv.FormatFloat(100000.0, 'f', 3, 64)
            (f64::from_bits(0x40f86a0000000000), b'e', -1, 64, g("1e+05")), // strconv.FormatFloat(100000.0, 'e', -1, 64)
            (f64::from_bits(0x40f86a0000000000), b'e', -1, 32, g("1e+05")), // strconv.FormatFloat(100000.0, 'e', -1, 32)
            (f64::from_bits(0x40f86a0000000000), b'e', 0, 64, g("1e+05")), // strconv.FormatFloat(100000.0, 'e', 0, 64)
            (f64::from_bits(0x40f86a0000000000), b'e', 3, 64, g("1.000e+05")), // strconv.FormatFloat(100000.0, 'e', 3, 64)
            (f64::from_bits(0x40f86a0000000000), b'E', -1, 64, g("1E+05")), // strconv.FormatFloat(100000.0, 'E', -1, 64)
            (f64::from_bits(0x40f86a0000000000), b'E', -1, 32, g("1E+05")), // strconv.FormatFloat(100000.0, 'E', -1, 32)
            (f64::from_bits(0x40f86a0000000000), b'E', 0, 64, g("1E+05")), // strconv.FormatFloat(100000.0, 'E', 0, 64)
            (f64::from_bits(0x40f86a0000000000), b'E', 3, 64, g("1.000E+05")), // strconv.FormatFloat(100000.0, 'E', 3, 64)
            (f64::from_bits(0x40f86a0000000000), b'g', -1, 64, g("100000")), // strconv.FormatFloat(100000.0, 'g', -1, 64)
            (f64::from_bits(0x40f86a0000000000), b'g', -1, 32, g("100000")), // strconv.FormatFloat(100000.0, 'g', -1, 32)
            (f64::from_bits(0x40f86a0000000000), b'g', 0, 64, g("1e+05")), // strconv.FormatFloat(100000.0, 'g', 0, 64)
            (f64::from_bits(0x40f86a0000000000), b'g', 3, 64, g("1e+05")), // strconv.FormatFloat(100000.0, 'g', 3, 64)
            (f64::from_bits(0x40f86a0000000000), b'G', -1, 64, g("100000")), // strconv.FormatFloat(100000.0, 'G', -1, 64)
            (f64::from_bits(0x40f86a0000000000), b'G', -1, 32, g("100000")), // strconv.FormatFloat(100000.0, 'G', -1, 32)
            (f64::from_bits(0x40f86a0000000000), b'G', 0, 64, g("1E+05")), // strconv.FormatFloat(100000.0, 'G', 0, 64)
            (f64::from_bits(0x40f86a0000000000), b'G', 3, 64, g("1E+05")), // strconv.FormatFloat(100000.0, 'G', 3, 64)
            (f64::from_bits(0x412e848000000000), b'f', -1, 64, g("1000000")), // strconv.FormatFloat(1e6, 'f', -1, 64)
            (f64::from_bits(0x412e848000000000), b'f', -1, 32, g("1000000")), // strconv.FormatFloat(1e6, 'f', -1, 32)
            (f64::from_bits(0x412e848000000000), b'f', 0, 64, g("1000000")), // strconv.FormatFloat(1e6, 'f', 0, 64)
            (f64::from_bits(0x412e848000000000), b'f', 3, 64, g("1000000.000")), // strconv.FormatFloat(1e6, 'f', 3, 64)
            (f64::from_bits(0x412e848000000000), b'e', -1, 64, g("1e+06")), // strconv.FormatFloat(1e6, 'e', -1, 64)
            (f64::from_bits(0x412e848000000000), b'e', -1, 32, g("1e+06")), // strconv.FormatFloat(1e6, 'e', -1, 32)
            (f64::from_bits(0x412e848000000000), b'e', 0, 64, g("1e+06")), // strconv.FormatFloat(1e6, 'e', 0, 64)
            (f64::from_bits(0x412e848000000000), b'e', 3, 64, g("1.000e+06")), // strconv.FormatFloat(1e6, 'e', 3, 64)
            (f64::from_bits(0x412e848000000000), b'E', -1, 64, g("1E+06")), // strconv.FormatFloat(1e6, 'E', -1, 64)
            (f64::from_bits(0x412e848000000000), b'E', -1, 32, g("1E+06")), // strconv.FormatFloat(1e6, 'E', -1, 32)
            (f64::from_bits(0x412e848000000000), b'E', 0, 64, g("1E+06")), // strconv.FormatFloat(1e6, 'E', 0, 64)
            (f64::from_bits(0x412e848000000000), b'E', 3, 64, g("1.000E+06")), // strconv.FormatFloat(1e6, 'E', 3, 64)
            (f64::from_bits(0x412e848000000000), b'g', -1, 64, g("1e+06")), // strconv.FormatFloat(1e6, 'g', -1, 64)
            (f64::from_bits(0x412e848000000000), b'g', -1, 32, g("1e+06")), // strconv.FormatFloat(1e6, 'g', -1, 32)
            (f64::from_bits(0x412e848000000000), b'g', 0, 64, g("1e+06")), // strconv.FormatFloat(1e6, 'g', 0, 64)
            (f64::from_bits(0x412e848000000000), b'g', 3, 64, g("1e+06")), // strconv.FormatFloat(1e6, 'g', 3, 64)
            (f64::from_bits(0x412e848000000000), b'G', -1, 64, g("1E+06")), // strconv.FormatFloat(1e6, 'G', -1, 64)
            (f64::from_bits(0x412e848000000000), b'G', -1, 32, g("1E+06")), // strconv.FormatFloat(1e6, 'G', -1, 32)
            (f64::from_bits(0x412e848000000000), b'G', 0, 64, g("1E+06")), // strconv.FormatFloat(1e6, 'G', 0, 64)
            (f64::from_bits(0x412e848000000000), b'G', 3, 64, g("1E+06")), // strconv.FormatFloat(1e6, 'G', 3, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'f', -1, 64, g("123.456")), // strconv.FormatFloat(123.456, 'f', -1, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'f', -1, 32, g("123.456")), // strconv.FormatFloat(123.456, 'f', -1, 32)
            (f64::from_bits(0x405edd2f1a9fbe77), b'f', 0, 64, g("123")),  // strconv.FormatFloat(123.456, 'f', 0, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'f', 3, 64, g("123.456")), // strconv.FormatFloat(123.456, 'f', 3, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'e', -1, 64, g("1.23456e+02")), // strconv.FormatFloat(123.456, 'e', -1, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'e', -1, 32, g("1.23456e+02")), // strconv.FormatFloat(123.456, 'e', -1, 32)
            (f64::from_bits(0x405edd2f1a9fbe77), b'e', 0, 64, g("1e+02")), // strconv.FormatFloat(123.456, 'e', 0, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'e', 3, 64, g("1.235e+02")), // strconv.FormatFloat(123.456, 'e', 3, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'E', -1, 64, g("1.23456E+02")), // strconv.FormatFloat(123.456, 'E', -1, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'E', -1, 32, g("1.23456E+02")), // strconv.FormatFloat(123.456, 'E', -1, 32)
            (f64::from_bits(0x405edd2f1a9fbe77), b'E', 0, 64, g("1E+02")), // strconv.FormatFloat(123.456, 'E', 0, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'E', 3, 64, g("1.235E+02")), // strconv.FormatFloat(123.456, 'E', 3, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'g', -1, 64, g("123.456")), // strconv.FormatFloat(123.456, 'g', -1, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'g', -1, 32, g("123.456")), // strconv.FormatFloat(123.456, 'g', -1, 32)
            (f64::from_bits(0x405edd2f1a9fbe77), b'g', 0, 64, g("1e+02")), // strconv.FormatFloat(123.456, 'g', 0, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'g', 3, 64, g("123")),  // strconv.FormatFloat(123.456, 'g', 3, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'G', -1, 64, g("123.456")), // strconv.FormatFloat(123.456, 'G', -1, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'G', -1, 32, g("123.456")), // strconv.FormatFloat(123.456, 'G', -1, 32)
            (f64::from_bits(0x405edd2f1a9fbe77), b'G', 0, 64, g("1E+02")), // strconv.FormatFloat(123.456, 'G', 0, 64)
            (f64::from_bits(0x405edd2f1a9fbe77), b'G', 3, 64, g("123")),  // strconv.FormatFloat(123.456, 'G', 3, 64)
            (
                f64::from_bits(0x7fefffffffffffff),
                b'f',
                -1,
                64,
                g(
                    "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                ),
            ), // strconv.FormatFloat(math.MaxFloat64, 'f', -1, 64)
            (f64::from_bits(0x7fefffffffffffff), b'f', -1, 32, g("+Inf")), // strconv.FormatFloat(math.MaxFloat64, 'f', -1, 32)
            (
                f64::from_bits(0x7fefffffffffffff),
                b'f',
                0,
                64,
                g(
                    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
                ),
            ), // strconv.FormatFloat(math.MaxFloat64, 'f', 0, 64)
            (
                f64::from_bits(0x7fefffffffffffff),
                b'f',
                3,
                64,
                g(
                    "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000",
                ),
            ), // strconv.FormatFloat(math.MaxFloat64, 'f', 3, 64)
            (f64::from_bits(0x7fefffffffffffff), b'e', -1, 64, g("1.7976931348623157e+308")), // strconv.FormatFloat(math.MaxFloat64, 'e', -1, 64)
            (f64::from_bits(0x7fefffffffffffff), b'e', -1, 32, g("+Inf")), // strconv.FormatFloat(math.MaxFloat64, 'e', -1, 32)
            (f64::from_bits(0x7fefffffffffffff), b'e', 0, 64, g("2e+308")), // strconv.FormatFloat(math.MaxFloat64, 'e', 0, 64)
            (f64::from_bits(0x7fefffffffffffff), b'e', 3, 64, g("1.798e+308")), // strconv.FormatFloat(math.MaxFloat64, 'e', 3, 64)
            (f64::from_bits(0x7fefffffffffffff), b'E', -1, 64, g("1.7976931348623157E+308")), // strconv.FormatFloat(math.MaxFloat64, 'E', -1, 64)
            (f64::from_bits(0x7fefffffffffffff), b'E', -1, 32, g("+Inf")), // strconv.FormatFloat(math.MaxFloat64, 'E', -1, 32)
            (f64::from_bits(0x7fefffffffffffff), b'E', 0, 64, g("2E+308")), // strconv.FormatFloat(math.MaxFloat64, 'E', 0, 64)
            (f64::from_bits(0x7fefffffffffffff), b'E', 3, 64, g("1.798E+308")), // strconv.FormatFloat(math.MaxFloat64, 'E', 3, 64)
            (f64::from_bits(0x7fefffffffffffff), b'g', -1, 64, g("1.7976931348623157e+308")), // strconv.FormatFloat(math.MaxFloat64, 'g', -1, 64)
            (f64::from_bits(0x7fefffffffffffff), b'g', -1, 32, g("+Inf")), // strconv.FormatFloat(math.MaxFloat64, 'g', -1, 32)
            (f64::from_bits(0x7fefffffffffffff), b'g', 0, 64, g("2e+308")), // strconv.FormatFloat(math.MaxFloat64, 'g', 0, 64)
            (f64::from_bits(0x7fefffffffffffff), b'g', 3, 64, g("1.8e+308")), // strconv.FormatFloat(math.MaxFloat64, 'g', 3, 64)
            (f64::from_bits(0x7fefffffffffffff), b'G', -1, 64, g("1.7976931348623157E+308")), // strconv.FormatFloat(math.MaxFloat64, 'G', -1, 64)
            (f64::from_bits(0x7fefffffffffffff), b'G', -1, 32, g("+Inf")), // strconv.FormatFloat(math.MaxFloat64, 'G', -1, 32)
            (f64::from_bits(0x7fefffffffffffff), b'G', 0, 64, g("2E+308")), // strconv.FormatFloat(math.MaxFloat64, 'G', 0, 64)
            (f64::from_bits(0x7fefffffffffffff), b'G', 3, 64, g("1.8E+308")), // strconv.FormatFloat(math.MaxFloat64, 'G', 3, 64)
            (
                f64::from_bits(0x0000000000000001),
                b'f',
                -1,
                64,
                g(
                    "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005",
                ),
            ), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'f', -1, 64)
            (f64::from_bits(0x0000000000000001), b'f', -1, 32, g("0")),    // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'f', -1, 32)
            (f64::from_bits(0x0000000000000001), b'f', 0, 64, g("0")),     // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'f', 0, 64)
            (f64::from_bits(0x0000000000000001), b'f', 3, 64, g("0.000")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'f', 3, 64)
            (f64::from_bits(0x0000000000000001), b'e', -1, 64, g("5e-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'e', -1, 64)
            (f64::from_bits(0x0000000000000001), b'e', -1, 32, g("0e+00")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'e', -1, 32)
            (f64::from_bits(0x0000000000000001), b'e', 0, 64, g("5e-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'e', 0, 64)
            (f64::from_bits(0x0000000000000001), b'e', 3, 64, g("4.941e-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'e', 3, 64)
            (f64::from_bits(0x0000000000000001), b'E', -1, 64, g("5E-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'E', -1, 64)
            (f64::from_bits(0x0000000000000001), b'E', -1, 32, g("0E+00")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'E', -1, 32)
            (f64::from_bits(0x0000000000000001), b'E', 0, 64, g("5E-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'E', 0, 64)
            (f64::from_bits(0x0000000000000001), b'E', 3, 64, g("4.941E-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'E', 3, 64)
            (f64::from_bits(0x0000000000000001), b'g', -1, 64, g("5e-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'g', -1, 64)
            (f64::from_bits(0x0000000000000001), b'g', -1, 32, g("0")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'g', -1, 32)
            (f64::from_bits(0x0000000000000001), b'g', 0, 64, g("5e-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'g', 0, 64)
            (f64::from_bits(0x0000000000000001), b'g', 3, 64, g("4.94e-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'g', 3, 64)
            (f64::from_bits(0x0000000000000001), b'G', -1, 64, g("5E-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'G', -1, 64)
            (f64::from_bits(0x0000000000000001), b'G', -1, 32, g("0")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'G', -1, 32)
            (f64::from_bits(0x0000000000000001), b'G', 0, 64, g("5E-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'G', 0, 64)
            (f64::from_bits(0x0000000000000001), b'G', 3, 64, g("4.94E-324")), // strconv.FormatFloat(math.SmallestNonzeroFloat64, 'G', 3, 64)
            (f64::from_bits(0x3fd5555555555555), b'f', -1, 64, g("0.3333333333333333")), // strconv.FormatFloat(1.0/3.0, 'f', -1, 64)
            (f64::from_bits(0x3fd5555555555555), b'f', -1, 32, g("0.33333334")), // strconv.FormatFloat(1.0/3.0, 'f', -1, 32)
            (f64::from_bits(0x3fd5555555555555), b'f', 0, 64, g("0")),         // strconv.FormatFloat(1.0/3.0, 'f', 0, 64)
            (f64::from_bits(0x3fd5555555555555), b'f', 3, 64, g("0.333")),     // strconv.FormatFloat(1.0/3.0, 'f', 3, 64)
            (f64::from_bits(0x3fd5555555555555), b'e', -1, 64, g("3.333333333333333e-01")), // strconv.FormatFloat(1.0/3.0, 'e', -1, 64)
            (f64::from_bits(0x3fd5555555555555), b'e', -1, 32, g("3.3333334e-01")), // strconv.FormatFloat(1.0/3.0, 'e', -1, 32)
            (f64::from_bits(0x3fd5555555555555), b'e', 0, 64, g("3e-01")),     // strconv.FormatFloat(1.0/3.0, 'e', 0, 64)
            (f64::from_bits(0x3fd5555555555555), b'e', 3, 64, g("3.333e-01")), // strconv.FormatFloat(1.0/3.0, 'e', 3, 64)
            (f64::from_bits(0x3fd5555555555555), b'E', -1, 64, g("3.333333333333333E-01")), // strconv.FormatFloat(1.0/3.0, 'E', -1, 64)
            (f64::from_bits(0x3fd5555555555555), b'E', -1, 32, g("3.3333334E-01")), // strconv.FormatFloat(1.0/3.0, 'E', -1, 32)
            (f64::from_bits(0x3fd5555555555555), b'E', 0, 64, g("3E-01")),     // strconv.FormatFloat(1.0/3.0, 'E', 0, 64)
            (f64::from_bits(0x3fd5555555555555), b'E', 3, 64, g("3.333E-01")), // strconv.FormatFloat(1.0/3.0, 'E', 3, 64)
            (f64::from_bits(0x3fd5555555555555), b'g', -1, 64, g("0.3333333333333333")), // strconv.FormatFloat(1.0/3.0, 'g', -1, 64)
            (f64::from_bits(0x3fd5555555555555), b'g', -1, 32, g("0.33333334")), // strconv.FormatFloat(1.0/3.0, 'g', -1, 32)
            (f64::from_bits(0x3fd5555555555555), b'g', 0, 64, g("0.3")),       // strconv.FormatFloat(1.0/3.0, 'g', 0, 64)
            (f64::from_bits(0x3fd5555555555555), b'g', 3, 64, g("0.333")),     // strconv.FormatFloat(1.0/3.0, 'g', 3, 64)
            (f64::from_bits(0x3fd5555555555555), b'G', -1, 64, g("0.3333333333333333")), // strconv.FormatFloat(1.0/3.0, 'G', -1, 64)
            (f64::from_bits(0x3fd5555555555555), b'G', -1, 32, g("0.33333334")), // strconv.FormatFloat(1.0/3.0, 'G', -1, 32)
            (f64::from_bits(0x3fd5555555555555), b'G', 0, 64, g("0.3")),       // strconv.FormatFloat(1.0/3.0, 'G', 0, 64)
            (f64::from_bits(0x3fd5555555555555), b'G', 3, 64, g("0.333")),     // strconv.FormatFloat(1.0/3.0, 'G', 3, 64)
            (f64::from_bits(0x4004000000000000), b'f', -1, 64, g("2.5")),      // strconv.FormatFloat(2.5, 'f', -1, 64)
            (f64::from_bits(0x4004000000000000), b'f', -1, 32, g("2.5")),      // strconv.FormatFloat(2.5, 'f', -1, 32)
            (f64::from_bits(0x4004000000000000), b'f', 0, 64, g("2")),         // strconv.FormatFloat(2.5, 'f', 0, 64)
            (f64::from_bits(0x4004000000000000), b'f', 3, 64, g("2.500")),     // strconv.FormatFloat(2.5, 'f', 3, 64)
            (f64::from_bits(0x4004000000000000), b'e', -1, 64, g("2.5e+00")),  // strconv.FormatFloat(2.5, 'e', -1, 64)
            (f64::from_bits(0x4004000000000000), b'e', -1, 32, g("2.5e+00")),  // strconv.FormatFloat(2.5, 'e', -1, 32)
            (f64::from_bits(0x4004000000000000), b'e', 0, 64, g("2e+00")),     // strconv.FormatFloat(2.5, 'e', 0, 64)
            (f64::from_bits(0x4004000000000000), b'e', 3, 64, g("2.500e+00")), // strconv.FormatFloat(2.5, 'e', 3, 64)
            (f64::from_bits(0x4004000000000000), b'E', -1, 64, g("2.5E+00")),  // strconv.FormatFloat(2.5, 'E', -1, 64)
            (f64::from_bits(0x4004000000000000), b'E', -1, 32, g("2.5E+00")),  // strconv.FormatFloat(2.5, 'E', -1, 32)
            (f64::from_bits(0x4004000000000000), b'E', 0, 64, g("2E+00")),     // strconv.FormatFloat(2.5, 'E', 0, 64)
            (f64::from_bits(0x4004000000000000), b'E', 3, 64, g("2.500E+00")), // strconv.FormatFloat(2.5, 'E', 3, 64)
            (f64::from_bits(0x4004000000000000), b'g', -1, 64, g("2.5")),      // strconv.FormatFloat(2.5, 'g', -1, 64)
            (f64::from_bits(0x4004000000000000), b'g', -1, 32, g("2.5")),      // strconv.FormatFloat(2.5, 'g', -1, 32)
            (f64::from_bits(0x4004000000000000), b'g', 0, 64, g("2")),         // strconv.FormatFloat(2.5, 'g', 0, 64)
            (f64::from_bits(0x4004000000000000), b'g', 3, 64, g("2.5")),       // strconv.FormatFloat(2.5, 'g', 3, 64)
            (f64::from_bits(0x4004000000000000), b'G', -1, 64, g("2.5")),      // strconv.FormatFloat(2.5, 'G', -1, 64)
            (f64::from_bits(0x4004000000000000), b'G', -1, 32, g("2.5")),      // strconv.FormatFloat(2.5, 'G', -1, 32)
            (f64::from_bits(0x4004000000000000), b'G', 0, 64, g("2")),         // strconv.FormatFloat(2.5, 'G', 0, 64)
            (f64::from_bits(0x4004000000000000), b'G', 3, 64, g("2.5")),       // strconv.FormatFloat(2.5, 'G', 3, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'f', -1, 64, g("0.000123")), // strconv.FormatFloat(0.000123, 'f', -1, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'f', -1, 32, g("0.000123")), // strconv.FormatFloat(0.000123, 'f', -1, 32)
            (f64::from_bits(0x3f201f31f46ed246), b'f', 0, 64, g("0")),         // strconv.FormatFloat(0.000123, 'f', 0, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'f', 3, 64, g("0.000")),     // strconv.FormatFloat(0.000123, 'f', 3, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'e', -1, 64, g("1.23e-04")), // strconv.FormatFloat(0.000123, 'e', -1, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'e', -1, 32, g("1.23e-04")), // strconv.FormatFloat(0.000123, 'e', -1, 32)
            (f64::from_bits(0x3f201f31f46ed246), b'e', 0, 64, g("1e-04")),     // strconv.FormatFloat(0.000123, 'e', 0, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'e', 3, 64, g("1.230e-04")), // strconv.FormatFloat(0.000123, 'e', 3, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'E', -1, 64, g("1.23E-04")), // strconv.FormatFloat(0.000123, 'E', -1, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'E', -1, 32, g("1.23E-04")), // strconv.FormatFloat(0.000123, 'E', -1, 32)
            (f64::from_bits(0x3f201f31f46ed246), b'E', 0, 64, g("1E-04")),     // strconv.FormatFloat(0.000123, 'E', 0, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'E', 3, 64, g("1.230E-04")), // strconv.FormatFloat(0.000123, 'E', 3, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'g', -1, 64, g("0.000123")), // strconv.FormatFloat(0.000123, 'g', -1, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'g', -1, 32, g("0.000123")), // strconv.FormatFloat(0.000123, 'g', -1, 32)
            (f64::from_bits(0x3f201f31f46ed246), b'g', 0, 64, g("0.0001")),    // strconv.FormatFloat(0.000123, 'g', 0, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'g', 3, 64, g("0.000123")),  // strconv.FormatFloat(0.000123, 'g', 3, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'G', -1, 64, g("0.000123")), // strconv.FormatFloat(0.000123, 'G', -1, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'G', -1, 32, g("0.000123")), // strconv.FormatFloat(0.000123, 'G', -1, 32)
            (f64::from_bits(0x3f201f31f46ed246), b'G', 0, 64, g("0.0001")),    // strconv.FormatFloat(0.000123, 'G', 0, 64)
            (f64::from_bits(0x3f201f31f46ed246), b'G', 3, 64, g("0.000123")),  // strconv.FormatFloat(0.000123, 'G', 3, 64)
            (f64::from_bits(0x400c000000000000), b'b', -1, 64, g("7881299347898368p-51")), // strconv.FormatFloat(3.5, 'b', -1, 64)
            (f64::from_bits(0x400c000000000000), b'x', -1, 64, g("0x1.cp+01")), // strconv.FormatFloat(3.5, 'x', -1, 64)
            (f64::from_bits(0x400c000000000000), b'X', 2, 64, g("0X1.C0P+01")), // strconv.FormatFloat(3.5, 'X', 2, 64)
            (f64::from_bits(0x400c000000000000), b'q', -1, 64, g("%q")),       // strconv.FormatFloat(3.5, 'q', -1, 64)
            (f64::from_bits(0x3ff8000000000000), b'f', 20, 64, g("1.50000000000000000000")), // strconv.FormatFloat(1.5, 'f', 20, 64)
            (f64::from_bits(0x3fb999999999999a), b'g', 20, 64, g("0.10000000000000000555")), // strconv.FormatFloat(0.1, 'g', 20, 64)
            (f64::from_bits(0x44b52d02c7e14af6), b'g', -1, 64, g("1e+23")),    // strconv.FormatFloat(1e23, 'g', -1, 64)
            (f64::from_bits(0x0000000000000001), b'e', -1, 64, g("5e-324")),   // strconv.FormatFloat(5e-324, 'e', -1, 64)
        ];
        for (i, (f, verb, prec, bits, want)) in table.iter().enumerate() {
            assert_eq!(format_float(*f, *verb, *prec, *bits), *want, "row {i}");
        }
    }

    #[test]
    fn parse_float_table() {
        let table = [
            (g("0.1"), 64, 0x3fb999999999999a, g("")),         // strconv.ParseFloat("0.1", 64) = 0.1
            (g("0.1"), 32, 0x3fb99999a0000000, g("")),         // strconv.ParseFloat("0.1", 32) = 0.10000000149011612
            (g("1e21"), 64, 0x444b1ae4d6e2ef50, g("")),        // strconv.ParseFloat("1e21", 64) = 1e+21
            (g("1e21"), 32, 0x444b1ae4e0000000, g("")),        // strconv.ParseFloat("1e21", 32) = 1.0000000200408773e+21
            (g("123456789.0"), 64, 0x419d6f3454000000, g("")), // strconv.ParseFloat("123456789.0", 64) = 1.23456789e+08
            (g("123456789.0"), 32, 0x419d6f3460000000, g("")), // strconv.ParseFloat("123456789.0", 32) = 1.23456792e+08
            (g("NaN"), 64, 0x7ff8000000000001, g("")),         // strconv.ParseFloat("NaN", 64) = NaN
            (g("NaN"), 32, 0x7ff8000000000000, g("")),         // strconv.ParseFloat("NaN", 32) = NaN
            (g("nan"), 64, 0x7ff8000000000001, g("")),         // strconv.ParseFloat("nan", 64) = NaN
            (g("nan"), 32, 0x7ff8000000000000, g("")),         // strconv.ParseFloat("nan", 32) = NaN
            (
                g("-nan"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"-nan\": invalid syntax"),
            ), // strconv.ParseFloat("-nan", 64) = 0
            (
                g("-nan"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"-nan\": invalid syntax"),
            ), // strconv.ParseFloat("-nan", 32) = 0
            (g("+Inf"), 64, 0x7ff0000000000000, g("")),        // strconv.ParseFloat("+Inf", 64) = +Inf
            (g("+Inf"), 32, 0x7ff0000000000000, g("")),        // strconv.ParseFloat("+Inf", 32) = +Inf
            (g("-Inf"), 64, 0xfff0000000000000, g("")),        // strconv.ParseFloat("-Inf", 64) = -Inf
            (g("-Inf"), 32, 0xfff0000000000000, g("")),        // strconv.ParseFloat("-Inf", 32) = -Inf
            (g("inf"), 64, 0x7ff0000000000000, g("")),         // strconv.ParseFloat("inf", 64) = +Inf
            (g("inf"), 32, 0x7ff0000000000000, g("")),         // strconv.ParseFloat("inf", 32) = +Inf
            (g("Infinity"), 64, 0x7ff0000000000000, g("")),    // strconv.ParseFloat("Infinity", 64) = +Inf
            (g("Infinity"), 32, 0x7ff0000000000000, g("")),    // strconv.ParseFloat("Infinity", 32) = +Inf
            (g("-infinity"), 64, 0xfff0000000000000, g("")),   // strconv.ParseFloat("-infinity", 64) = -Inf
            (g("-infinity"), 32, 0xfff0000000000000, g("")),   // strconv.ParseFloat("-infinity", 32) = -Inf
            (
                g("infin"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"infin\": invalid syntax"),
            ), // strconv.ParseFloat("infin", 64) = 0
            (
                g("infin"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"infin\": invalid syntax"),
            ), // strconv.ParseFloat("infin", 32) = 0
            (
                g("infx"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"infx\": invalid syntax"),
            ), // strconv.ParseFloat("infx", 64) = 0
            (
                g("infx"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"infx\": invalid syntax"),
            ), // strconv.ParseFloat("infx", 32) = 0
            (g("1e308"), 64, 0x7fe1ccf385ebc8a0, g("")),       // strconv.ParseFloat("1e308", 64) = 1e+308
            (
                g("1e308"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1e308\": value out of range"),
            ), // strconv.ParseFloat("1e308", 32) = +Inf
            (
                g("1e309"),
                64,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1e309\": value out of range"),
            ), // strconv.ParseFloat("1e309", 64) = +Inf
            (
                g("1e309"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1e309\": value out of range"),
            ), // strconv.ParseFloat("1e309", 32) = +Inf
            (
                g("-1e309"),
                64,
                0xfff0000000000000,
                g("strconv.ParseFloat: parsing \"-1e309\": value out of range"),
            ), // strconv.ParseFloat("-1e309", 64) = -Inf
            (
                g("-1e309"),
                32,
                0xfff0000000000000,
                g("strconv.ParseFloat: parsing \"-1e309\": value out of range"),
            ), // strconv.ParseFloat("-1e309", 32) = -Inf
            (g("1e-400"), 64, 0x0000000000000000, g("")),      // strconv.ParseFloat("1e-400", 64) = 0
            (g("1e-400"), 32, 0x0000000000000000, g("")),      // strconv.ParseFloat("1e-400", 32) = 0
            (g("4.9e-324"), 64, 0x0000000000000001, g("")),    // strconv.ParseFloat("4.9e-324", 64) = 5e-324
            (g("4.9e-324"), 32, 0x0000000000000000, g("")),    // strconv.ParseFloat("4.9e-324", 32) = 0
            (g("2.4e-324"), 64, 0x0000000000000000, g("")),    // strconv.ParseFloat("2.4e-324", 64) = 0
            (g("2.4e-324"), 32, 0x0000000000000000, g("")),    // strconv.ParseFloat("2.4e-324", 32) = 0
            (g("2.5e-324"), 64, 0x0000000000000001, g("")),    // strconv.ParseFloat("2.5e-324", 64) = 5e-324
            (g("2.5e-324"), 32, 0x0000000000000000, g("")),    // strconv.ParseFloat("2.5e-324", 32) = 0
            (g("1.7976931348623157e308"), 64, 0x7fefffffffffffff, g("")), // strconv.ParseFloat("1.7976931348623157e308", 64) = 1.7976931348623157e+308
            (
                g("1.7976931348623157e308"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1.7976931348623157e308\": value out of range"),
            ), // strconv.ParseFloat("1.7976931348623157e308", 32) = +Inf
            (
                g("1.7976931348623159e308"),
                64,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range"),
            ), // strconv.ParseFloat("1.7976931348623159e308", 64) = +Inf
            (
                g("1.7976931348623159e308"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1.7976931348623159e308\": value out of range"),
            ), // strconv.ParseFloat("1.7976931348623159e308", 32) = +Inf
            (g(".5"), 64, 0x3fe0000000000000, g("")),                     // strconv.ParseFloat(".5", 64) = 0.5
            (g(".5"), 32, 0x3fe0000000000000, g("")),                     // strconv.ParseFloat(".5", 32) = 0.5
            (g("5."), 64, 0x4014000000000000, g("")),                     // strconv.ParseFloat("5.", 64) = 5
            (g("5."), 32, 0x4014000000000000, g("")),                     // strconv.ParseFloat("5.", 32) = 5
            (
                g("."),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \".\": invalid syntax"),
            ), // strconv.ParseFloat(".", 64) = 0
            (
                g("."),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \".\": invalid syntax"),
            ), // strconv.ParseFloat(".", 32) = 0
            (g(""), 64, 0x0000000000000000, g("strconv.ParseFloat: parsing \"\": invalid syntax")), // strconv.ParseFloat("", 64) = 0
            (g(""), 32, 0x0000000000000000, g("strconv.ParseFloat: parsing \"\": invalid syntax")), // strconv.ParseFloat("", 32) = 0
            (
                g("e5"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"e5\": invalid syntax"),
            ), // strconv.ParseFloat("e5", 64) = 0
            (
                g("e5"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"e5\": invalid syntax"),
            ), // strconv.ParseFloat("e5", 32) = 0
            (
                g("1e"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1e\": invalid syntax"),
            ), // strconv.ParseFloat("1e", 64) = 0
            (
                g("1e"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1e\": invalid syntax"),
            ), // strconv.ParseFloat("1e", 32) = 0
            (
                g("1e+"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1e+\": invalid syntax"),
            ), // strconv.ParseFloat("1e+", 64) = 0
            (
                g("1e+"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1e+\": invalid syntax"),
            ), // strconv.ParseFloat("1e+", 32) = 0
            (g("1e+5"), 64, 0x40f86a0000000000, g("")),                   // strconv.ParseFloat("1e+5", 64) = 100000
            (g("1e+5"), 32, 0x40f86a0000000000, g("")),                   // strconv.ParseFloat("1e+5", 32) = 100000
            (g("1E5"), 64, 0x40f86a0000000000, g("")),                    // strconv.ParseFloat("1E5", 64) = 100000
            (g("1E5"), 32, 0x40f86a0000000000, g("")),                    // strconv.ParseFloat("1E5", 32) = 100000
            (g("-0"), 64, 0x8000000000000000, g("")),                     // strconv.ParseFloat("-0", 64) = -0
            (g("-0"), 32, 0x8000000000000000, g("")),                     // strconv.ParseFloat("-0", 32) = -0
            (g("+0.0"), 64, 0x0000000000000000, g("")),                   // strconv.ParseFloat("+0.0", 64) = 0
            (g("+0.0"), 32, 0x0000000000000000, g("")),                   // strconv.ParseFloat("+0.0", 32) = 0
            (g("1_000.5"), 64, 0x408f440000000000, g("")),                // strconv.ParseFloat("1_000.5", 64) = 1000.5
            (g("1_000.5"), 32, 0x408f440000000000, g("")),                // strconv.ParseFloat("1_000.5", 32) = 1000.5
            (
                g("1__0"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1__0\": invalid syntax"),
            ), // strconv.ParseFloat("1__0", 64) = 0
            (
                g("1__0"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1__0\": invalid syntax"),
            ), // strconv.ParseFloat("1__0", 32) = 0
            (
                g("_1"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"_1\": invalid syntax"),
            ), // strconv.ParseFloat("_1", 64) = 0
            (
                g("_1"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"_1\": invalid syntax"),
            ), // strconv.ParseFloat("_1", 32) = 0
            (
                g("1_"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1_\": invalid syntax"),
            ), // strconv.ParseFloat("1_", 64) = 0
            (
                g("1_"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1_\": invalid syntax"),
            ), // strconv.ParseFloat("1_", 32) = 0
            (g("0x1p-2"), 64, 0x3fd0000000000000, g("")),                 // strconv.ParseFloat("0x1p-2", 64) = 0.25
            (g("0x1p-2"), 32, 0x3fd0000000000000, g("")),                 // strconv.ParseFloat("0x1p-2", 32) = 0.25
            (g("0x1.8p1"), 64, 0x4008000000000000, g("")),                // strconv.ParseFloat("0x1.8p1", 64) = 3
            (g("0x1.8p1"), 32, 0x4008000000000000, g("")),                // strconv.ParseFloat("0x1.8p1", 32) = 3
            (g("0X1P+2"), 64, 0x4010000000000000, g("")),                 // strconv.ParseFloat("0X1P+2", 64) = 4
            (g("0X1P+2"), 32, 0x4010000000000000, g("")),                 // strconv.ParseFloat("0X1P+2", 32) = 4
            (
                g("0x1"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"0x1\": invalid syntax"),
            ), // strconv.ParseFloat("0x1", 64) = 0
            (
                g("0x1"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"0x1\": invalid syntax"),
            ), // strconv.ParseFloat("0x1", 32) = 0
            (g("0x_1p0"), 64, 0x3ff0000000000000, g("")),                 // strconv.ParseFloat("0x_1p0", 64) = 1
            (g("0x_1p0"), 32, 0x3ff0000000000000, g("")),                 // strconv.ParseFloat("0x_1p0", 32) = 1
            (
                g("0x1.fffffffffffff8p1023"),
                64,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range"),
            ), // strconv.ParseFloat("0x1.fffffffffffff8p1023", 64) = +Inf
            (
                g("0x1.fffffffffffff8p1023"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"0x1.fffffffffffff8p1023\": value out of range"),
            ), // strconv.ParseFloat("0x1.fffffffffffff8p1023", 32) = +Inf
            (
                g("0x1p1024"),
                64,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"0x1p1024\": value out of range"),
            ), // strconv.ParseFloat("0x1p1024", 64) = +Inf
            (
                g("0x1p1024"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"0x1p1024\": value out of range"),
            ), // strconv.ParseFloat("0x1p1024", 32) = +Inf
            (g("0x1p-1074"), 64, 0x0000000000000001, g("")),              // strconv.ParseFloat("0x1p-1074", 64) = 5e-324
            (g("0x1p-1074"), 32, 0x0000000000000000, g("")),              // strconv.ParseFloat("0x1p-1074", 32) = 0
            (g("0x1p-1075"), 64, 0x0000000000000000, g("")),              // strconv.ParseFloat("0x1p-1075", 64) = 0
            (g("0x1p-1075"), 32, 0x0000000000000000, g("")),              // strconv.ParseFloat("0x1p-1075", 32) = 0
            (g("0x1.8p-1075"), 64, 0x0000000000000001, g("")),            // strconv.ParseFloat("0x1.8p-1075", 64) = 5e-324
            (g("0x1.8p-1075"), 32, 0x0000000000000000, g("")),            // strconv.ParseFloat("0x1.8p-1075", 32) = 0
            (
                g("0xp1"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"0xp1\": invalid syntax"),
            ), // strconv.ParseFloat("0xp1", 64) = 0
            (
                g("0xp1"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"0xp1\": invalid syntax"),
            ), // strconv.ParseFloat("0xp1", 32) = 0
            (
                g("1.5x"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1.5x\": invalid syntax"),
            ), // strconv.ParseFloat("1.5x", 64) = 0
            (
                g("1.5x"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1.5x\": invalid syntax"),
            ), // strconv.ParseFloat("1.5x", 32) = 0
            (
                g(" 1"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \" 1\": invalid syntax"),
            ), // strconv.ParseFloat(" 1", 64) = 0
            (
                g(" 1"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \" 1\": invalid syntax"),
            ), // strconv.ParseFloat(" 1", 32) = 0
            (
                g("1 "),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1 \": invalid syntax"),
            ), // strconv.ParseFloat("1 ", 64) = 0
            (
                g("1 "),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1 \": invalid syntax"),
            ), // strconv.ParseFloat("1 ", 32) = 0
            (g("0.000000000000000000000000000001e30"), 64, 0x3ff0000000000000, g("")), // strconv.ParseFloat("0.000000000000000000000000000001e30", 64) = 1
            (g("0.000000000000000000000000000001e30"), 32, 0x3ff0000000000000, g("")), // strconv.ParseFloat("0.000000000000000000000000000001e30", 32) = 1
            (g("123456789012345678901234567890"), 64, 0x45f8ee90ff6c373e, g("")), // strconv.ParseFloat("123456789012345678901234567890", 64) = 1.2345678901234568e+29
            (g("123456789012345678901234567890"), 32, 0x45f8ee9100000000, g("")), // strconv.ParseFloat("123456789012345678901234567890", 32) = 1.2345678918272927e+29
            (g("3.4028235e38"), 64, 0x47efffffe54daff8, g("")),                   // strconv.ParseFloat("3.4028235e38", 64) = 3.4028235e+38
            (g("3.4028235e38"), 32, 0x47efffffe0000000, g("")), // strconv.ParseFloat("3.4028235e38", 32) = 3.4028234663852886e+38
            (g("3.4028236e38"), 64, 0x47effffff514a7bc, g("")), // strconv.ParseFloat("3.4028236e38", 64) = 3.4028236e+38
            (
                g("3.4028236e38"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"3.4028236e38\": value out of range"),
            ), // strconv.ParseFloat("3.4028236e38", 32) = +Inf
            (g("1e39"), 64, 0x48078287f49c4a1d, g("")),         // strconv.ParseFloat("1e39", 64) = 1e+39
            (
                g("1e39"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1e39\": value out of range"),
            ), // strconv.ParseFloat("1e39", 32) = +Inf
            (g("0x1p128"), 64, 0x47f0000000000000, g("")),      // strconv.ParseFloat("0x1p128", 64) = 3.402823669209385e+38
            (
                g("0x1p128"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"0x1p128\": value out of range"),
            ), // strconv.ParseFloat("0x1p128", 32) = +Inf
            (g("0x1.fffffep127"), 64, 0x47efffffe0000000, g("")), // strconv.ParseFloat("0x1.fffffep127", 64) = 3.4028234663852886e+38
            (g("0x1.fffffep127"), 32, 0x47efffffe0000000, g("")), // strconv.ParseFloat("0x1.fffffep127", 32) = 3.4028234663852886e+38
            (g("1.00000017881393432617187499"), 64, 0x3ff0000030000000, g("")), // strconv.ParseFloat("1.00000017881393432617187499", 64) = 1.0000001788139343
            (g("1.00000017881393432617187499"), 32, 0x3ff0000020000000, g("")), // strconv.ParseFloat("1.00000017881393432617187499", 32) = 1.0000001192092896
            (g("1.000000178813934326171875"), 64, 0x3ff0000030000000, g("")), // strconv.ParseFloat("1.000000178813934326171875", 64) = 1.0000001788139343
            (g("1.000000178813934326171875"), 32, 0x3ff0000040000000, g("")), // strconv.ParseFloat("1.000000178813934326171875", 32) = 1.000000238418579
            (g("100000000000000016777215"), 64, 0x44b52d02c7e14af7, g("")), // strconv.ParseFloat("100000000000000016777215", 64) = 1.0000000000000001e+23
            (g("100000000000000016777215"), 32, 0x44b52d02c0000000, g("")), // strconv.ParseFloat("100000000000000016777215", 32) = 9.999999778196308e+22
            (g("1e1_0"), 64, 0x4202a05f20000000, g("")),                    // strconv.ParseFloat("1e1_0", 64) = 1e+10
            (g("1e1_0"), 32, 0x4202a05f20000000, g("")),                    // strconv.ParseFloat("1e1_0", 32) = 1e+10
            (g("0x1.0000000000000001p0"), 64, 0x3ff0000000000000, g("")),   // strconv.ParseFloat("0x1.0000000000000001p0", 64) = 1
            (g("0x1.0000000000000001p0"), 32, 0x3ff0000000000000, g("")),   // strconv.ParseFloat("0x1.0000000000000001p0", 32) = 1
            (g("0x1.00000000000008p0"), 64, 0x3ff0000000000000, g("")),     // strconv.ParseFloat("0x1.00000000000008p0", 64) = 1
            (g("0x1.00000000000008p0"), 32, 0x3ff0000000000000, g("")),     // strconv.ParseFloat("0x1.00000000000008p0", 32) = 1
            (g("0x1.00000000000018p0"), 64, 0x3ff0000000000002, g("")), // strconv.ParseFloat("0x1.00000000000018p0", 64) = 1.0000000000000004
            (g("0x1.00000000000018p0"), 32, 0x3ff0000000000000, g("")), // strconv.ParseFloat("0x1.00000000000018p0", 32) = 1
            (
                g("1.5e10000000"),
                64,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1.5e10000000\": value out of range"),
            ), // strconv.ParseFloat("1.5e10000000", 64) = +Inf
            (
                g("1.5e10000000"),
                32,
                0x7ff0000000000000,
                g("strconv.ParseFloat: parsing \"1.5e10000000\": value out of range"),
            ), // strconv.ParseFloat("1.5e10000000", 32) = +Inf
            (g("0.0000001e-99999999999"), 64, 0x0000000000000000, g("")), // strconv.ParseFloat("0.0000001e-99999999999", 64) = 0
            (g("0.0000001e-99999999999"), 32, 0x0000000000000000, g("")), // strconv.ParseFloat("0.0000001e-99999999999", 32) = 0
            (
                g("+"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"+\": invalid syntax"),
            ), // strconv.ParseFloat("+", 64) = 0
            (
                g("+"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"+\": invalid syntax"),
            ), // strconv.ParseFloat("+", 32) = 0
            (
                g("-.e1"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"-.e1\": invalid syntax"),
            ), // strconv.ParseFloat("-.e1", 64) = 0
            (
                g("-.e1"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"-.e1\": invalid syntax"),
            ), // strconv.ParseFloat("-.e1", 32) = 0
            (g("0x.8p1"), 64, 0x3ff0000000000000, g("")),               // strconv.ParseFloat("0x.8p1", 64) = 1
            (g("0x.8p1"), 32, 0x3ff0000000000000, g("")),               // strconv.ParseFloat("0x.8p1", 32) = 1
            (g("0x8.p-1"), 64, 0x4010000000000000, g("")),              // strconv.ParseFloat("0x8.p-1", 64) = 4
            (g("0x8.p-1"), 32, 0x4010000000000000, g("")),              // strconv.ParseFloat("0x8.p-1", 32) = 4
            (
                g("1e-_1"),
                64,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1e-_1\": invalid syntax"),
            ), // strconv.ParseFloat("1e-_1", 64) = 0
            (
                g("1e-_1"),
                32,
                0x0000000000000000,
                g("strconv.ParseFloat: parsing \"1e-_1\": invalid syntax"),
            ), // strconv.ParseFloat("1e-_1", 32) = 0
        ];
        for (i, (s, bits, want, err)) in table.iter().enumerate() {
            let (got, got_err) = parse_float(s, *bits);
            let want = f64::from_bits(*want);
            assert!(
                got.to_bits() == want.to_bits() || (got.is_nan() && want.is_nan()),
                "row {i}: got {got:e}, want {want:e}"
            );
            check_err(&got_err, err, i);
        }
    }

    #[test]
    fn parse_bool_table() {
        let table = [
            (g("1"), true, g("")),                                                          // strconv.ParseBool("1")
            (g("t"), true, g("")),                                                          // strconv.ParseBool("t")
            (g("T"), true, g("")),                                                          // strconv.ParseBool("T")
            (g("true"), true, g("")),                                                       // strconv.ParseBool("true")
            (g("TRUE"), true, g("")),                                                       // strconv.ParseBool("TRUE")
            (g("True"), true, g("")),                                                       // strconv.ParseBool("True")
            (g("0"), false, g("")),                                                         // strconv.ParseBool("0")
            (g("f"), false, g("")),                                                         // strconv.ParseBool("f")
            (g("F"), false, g("")),                                                         // strconv.ParseBool("F")
            (g("false"), false, g("")),                                                     // strconv.ParseBool("false")
            (g("FALSE"), false, g("")),                                                     // strconv.ParseBool("FALSE")
            (g("False"), false, g("")),                                                     // strconv.ParseBool("False")
            (g("tRUE"), false, g("strconv.ParseBool: parsing \"tRUE\": invalid syntax")),   // strconv.ParseBool("tRUE")
            (g("yes"), false, g("strconv.ParseBool: parsing \"yes\": invalid syntax")),     // strconv.ParseBool("yes")
            (g(""), false, g("strconv.ParseBool: parsing \"\": invalid syntax")),           // strconv.ParseBool("")
            (g(" true"), false, g("strconv.ParseBool: parsing \" true\": invalid syntax")), // strconv.ParseBool(" true")
        ];
        for (i, (s, want, err)) in table.iter().enumerate() {
            check(parse_bool(s), *want, err, i);
        }
    }

    #[test]
    fn quote_table() {
        let table = [
            (g(""), g("\"\"")),                                                // strconv.Quote("")
            (g("hello"), g("\"hello\"")),                                      // strconv.Quote("hello")
            (g("a\"b\\c"), g("\"a\\\"b\\\\c\"")),                              // strconv.Quote("a\"b\\c")
            (g("\u{7}\u{8}\u{c}\n\r\t\u{b}"), g("\"\\a\\b\\f\\n\\r\\t\\v\"")), // strconv.Quote("\a\b\f\n\r\t\v")
            (g("\u{0}\u{1}\u{7f}"), g("\"\\x00\\x01\\x7f\"")),                 // strconv.Quote("\x00\x01\x7f")
            (gb(b"\xff\xfe"), g("\"\\xff\\xfe\"")),                            // strconv.Quote("\xff\xfe")
            (g("héllo 世界"), g("\"héllo 世界\"")),                            // strconv.Quote("héllo 世界")
            (g("\u{a0}"), g("\"\\u00a0\"")),                                   // strconv.Quote("\u00a0")
            (g("\u{ad}"), g("\"\\u00ad\"")),                                   // strconv.Quote("\u00ad")
            (g("\u{200b}"), g("\"\\u200b\"")),                                 // strconv.Quote("\u200b")
            (g("\u{2028}"), g("\"\\u2028\"")),                                 // strconv.Quote("\u2028")
            (g("\u{feff}"), g("\"\\ufeff\"")),                                 // strconv.Quote("\ufeff")
            (g("😀"), g("\"😀\"")),                                            // strconv.Quote("😀")
            (g("󠀁"), g("\"\\U000e0001\"")),                                     // strconv.Quote("\U000e0001")
            (g("͸"), g("\"\\u0378\"")),                                        // strconv.Quote("\u0378")
            (g("\u{fffd}"), g("\"\u{fffd}\"")),                                // strconv.Quote("�")
            (gb(b"a\xc3"), g("\"a\\xc3\"")),                                   // strconv.Quote("a\xc3")
            (gb(b"\xed\xa0\x80"), g("\"\\xed\\xa0\\x80\"")),                   // strconv.Quote("\xed\xa0\x80")
            (g("'"), g("\"'\"")),                                              // strconv.Quote("'")
            (g("`"), g("\"`\"")),                                              // strconv.Quote("`")
            (g("\u{85}"), g("\"\\u0085\"")),                                   // strconv.Quote("\u0085")
            (g("􏿿"), g("\"\\U0010ffff\"")),                                    // strconv.Quote("\U0010ffff")
            (g("󰀀"), g("\"\\U000f0000\"")),                                    // strconv.Quote("\U000f0000")
            (g("ǅ"), g("\"ǅ\"")),                                              // strconv.Quote("ǅ")
            (g("؜"), g("\"\\u061c\"")),                                         // strconv.Quote("\u061c")
            (g("\u{1680}"), g("\"\\u1680\"")),                                 // strconv.Quote("\u1680")
            (g("\u{3000}"), g("\"\\u3000\"")),                                 // strconv.Quote("\u3000")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            assert_eq!(quote(s), *want, "row {i}");
        }
    }
}

// ---------------------------------------------------------------------------
// More of the package: quoting runes and ASCII, Unquote, AppendInt.
// ---------------------------------------------------------------------------

/// `strconv.QuoteToASCII(s)`: like `Quote`, with every non-ASCII rune
/// escaped (`\u00e9`, `\U0001f600`).
pub fn quote_to_ascii(s: &GoString) -> GoString {
    let mut buffer = Vec::with_capacity(s.as_bytes().len() + 2);
    crate::fmt::quote::append_quote(&mut buffer, s.as_bytes(), true);
    GoString::from_vec(buffer)
}

/// `strconv.QuoteRune(r)`: a single-quoted Go rune literal; an invalid rune
/// quotes as `'�'`.
pub fn quote_rune(r: i32) -> GoString {
    let mut buffer = Vec::with_capacity(8);
    crate::fmt::quote::append_quote_rune(&mut buffer, r, false);
    GoString::from_vec(buffer)
}

/// `strconv.QuoteRuneToASCII(r)`.
pub fn quote_rune_to_ascii(r: i32) -> GoString {
    let mut buffer = Vec::with_capacity(12);
    crate::fmt::quote::append_quote_rune(&mut buffer, r, true);
    GoString::from_vec(buffer)
}

/// `strconv.CanBackquote(s)`.
pub fn can_backquote(s: &GoString) -> bool {
    crate::fmt::quote::can_backquote(s.as_bytes())
}

/// `strconv.IsPrint(r)`.
pub fn is_print(r: i32) -> bool {
    crate::fmt::quote::is_print(r)
}

/// `strconv.AppendInt(dst, i, base)`: `dst` with `FormatInt(i, base)`
/// appended.
pub fn append_int(dst: &crate::slice::Slice<u8>, i: i64, base: i64) -> crate::slice::Slice<u8> {
    dst.append_string(&format_int(i, base))
}

/// `strconv.AppendUint(dst, i, base)`: `dst` with `FormatUint(i, base)`
/// appended.
pub fn append_uint(dst: &crate::slice::Slice<u8>, i: u64, base: i64) -> crate::slice::Slice<u8> {
    dst.append_string(&format_uint(i, base))
}

/// `strconv.AppendBool(dst, b)`: `dst` with `true` or `false` appended.
pub fn append_bool(dst: &crate::slice::Slice<u8>, b: bool) -> crate::slice::Slice<u8> {
    dst.append_string(&format_bool(b))
}

/// `strconv.AppendFloat(dst, f, fmt, prec, bitSize)`: `dst` with
/// `FormatFloat(f, fmt, prec, bitSize)` appended.
pub fn append_float(dst: &crate::slice::Slice<u8>, f: f64, fmt: u8, prec: i64, bit_size: i64) -> crate::slice::Slice<u8> {
    dst.append_string(&format_float(f, fmt, prec, bit_size))
}

/// `strconv.AppendQuote(dst, s)`: `dst` with `Quote(s)` appended.
pub fn append_quote(dst: &crate::slice::Slice<u8>, s: &GoString) -> crate::slice::Slice<u8> {
    let mut buffer = Vec::with_capacity(s.as_bytes().len() + 2);
    crate::fmt::quote::append_quote(&mut buffer, s.as_bytes(), false);
    dst.append_all(buffer)
}

/// `strconv.AppendQuoteToASCII(dst, s)`: `dst` with `QuoteToASCII(s)`
/// appended.
pub fn append_quote_to_ascii(dst: &crate::slice::Slice<u8>, s: &GoString) -> crate::slice::Slice<u8> {
    let mut buffer = Vec::with_capacity(s.as_bytes().len() + 2);
    crate::fmt::quote::append_quote(&mut buffer, s.as_bytes(), true);
    dst.append_all(buffer)
}

/// `strconv.AppendQuoteRune(dst, r)`: `dst` with `QuoteRune(r)` appended.
pub fn append_quote_rune(dst: &crate::slice::Slice<u8>, r: i32) -> crate::slice::Slice<u8> {
    let mut buffer = Vec::with_capacity(8);
    crate::fmt::quote::append_quote_rune(&mut buffer, r, false);
    dst.append_all(buffer)
}

/// `strconv.AppendQuoteRuneToASCII(dst, r)`: `dst` with
/// `QuoteRuneToASCII(r)` appended.
pub fn append_quote_rune_to_ascii(dst: &crate::slice::Slice<u8>, r: i32) -> crate::slice::Slice<u8> {
    let mut buffer = Vec::with_capacity(12);
    crate::fmt::quote::append_quote_rune(&mut buffer, r, true);
    dst.append_all(buffer)
}

fn unhex(b: u8) -> Option<i32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as i32),
        b'a'..=b'f' => Some((b - b'a' + 10) as i32),
        b'A'..=b'F' => Some((b - b'A' + 10) as i32),
        _ => None,
    }
}

/// Go's `UnquoteChar` on bytes: the rune, whether it needs a multi-byte
/// UTF-8 encoding, and the number of bytes of `s` it took.
fn unquote_char_bytes(s: &[u8], quote: u8) -> Option<(i32, bool, usize)> {
    let &c = s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, size) = crate::string::decode_rune(s);
        return Some((r, true, size));
    }
    if c != b'\\' {
        return Some((c as i32, false, 1));
    }
    let &c = s.get(1)?;
    let rest = &s[2..];
    let simple = |value: u8| Some((value as i32, false, 2));
    match c {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0C),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0B),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = rest.get(..n)?;
            let mut v: i32 = 0;
            for &digit in digits {
                v = (v << 4) | unhex(digit)?;
            }
            if c == b'x' {
                return Some((v, false, 2 + n));
            }
            if !crate::fmt::quote::valid_rune(v) {
                return None;
            }
            Some((v, true, 2 + n))
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as i32;
            let digits = rest.get(..2)?;
            for &digit in digits {
                let x = digit as i32 - '0' as i32;
                if !(0..=7).contains(&x) {
                    return None;
                }
                v = (v << 3) | x;
            }
            if v > 255 {
                return None;
            }
            Some((v, false, 4))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if c != quote {
                return None;
            }
            simple(c)
        }
        _ => None,
    }
}

/// `strconv.UnquoteChar(s, quote)`: the first character of the quoted
/// string body `s` (an escape sequence or a rune), whether it is a
/// multi-byte rune, the rest of `s`, and `ErrSyntax` when it is not valid.
pub fn unquote_char(s: &GoString, quote: u8) -> (i32, bool, GoString, Error) {
    match unquote_char_bytes(s.as_bytes(), quote) {
        Some((value, multibyte, size)) => (value, multibyte, s.slice_from(size as i64), Error::nil()),
        None => (0, false, GoString::new(), err_syntax()),
    }
}

/// `strconv.Unquote(s)`: the value of the Go string, rune or raw string
/// literal `s`; `"", ErrSyntax` when `s` is not exactly one literal.
pub fn unquote(s: &GoString) -> (GoString, Error) {
    match unquote_bytes(s.as_bytes()) {
        Some((value, 0)) => (value, Error::nil()),
        Some(_) | None => (GoString::new(), err_syntax()),
    }
}

/// Go's `unquote(in, true)`: the value of the literal at the start of
/// `input` and how many bytes follow it.
fn unquote_bytes(input: &[u8]) -> Option<(GoString, usize)> {
    if input.len() < 2 {
        return None;
    }
    let quote = input[0];
    let end = input[1..].iter().position(|&b| b == quote)? + 2;
    match quote {
        b'`' => {
            let body: Vec<u8> = input[1..end - 1].iter().copied().filter(|&b| b != b'\r').collect();
            Some((GoString::from_vec(body), input.len() - end))
        }
        b'"' | b'\'' => {
            let literal = &input[..end];
            if !literal.contains(&b'\\') && !literal.contains(&b'\n') {
                let body = &input[1..end - 1];
                let valid = if quote == b'"' {
                    std::str::from_utf8(body).is_ok()
                } else {
                    let (r, n) = crate::string::decode_rune(body);
                    1 + n + 1 == end && (r != 0xFFFD || n != 1)
                };
                if valid {
                    return Some((GoString::from_bytes(body), input.len() - end));
                }
            }
            let mut buffer = Vec::with_capacity(3 * end / 2);
            let mut rest = &input[1..];
            while !rest.is_empty() && rest[0] != quote {
                if rest[0] == b'\n' {
                    return None;
                }
                let (r, multibyte, size) = unquote_char_bytes(rest, quote)?;
                rest = &rest[size..];
                if r < 0x80 || !multibyte {
                    buffer.push(r as u8);
                } else {
                    crate::fmt::quote::append_rune(&mut buffer, r);
                }
                if quote == b'\'' {
                    break;
                }
            }
            if rest.first() != Some(&quote) {
                return None;
            }
            Some((GoString::from_vec(buffer), rest.len() - 1))
        }
        _ => None,
    }
}

// Expected values below were produced by running Go 1.26 (the Go call is in
// each row's comment).
#[cfg(test)]
mod more_tests {
    #![allow(clippy::type_complexity)]

    use super::*;
    use crate::slice::Slice;

    fn g(bytes: &[u8]) -> GoString {
        GoString::from_bytes(bytes)
    }

    #[test]
    fn quote_to_ascii_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8])] = &[
            (b"", b"\"\""), // strconv.QuoteToASCII("")
            (b"abc", b"\"abc\""), // strconv.QuoteToASCII("abc")
            (b"h\xc3\xa9llo\x0a", b"\"h\\u00e9llo\\n\""), // strconv.QuoteToASCII("h\u00e9llo\n")
            (b"\xff\x00", b"\"\\xff\\x00\""), // strconv.QuoteToASCII("\xff\x00")
            (b"\xf0\x9f\x98\x80", b"\"\\U0001f600\""), // strconv.QuoteToASCII("\U0001f600")
            (b"\xc2\xa0", b"\"\\u00a0\""), // strconv.QuoteToASCII("\u00a0")
            (b"\"'\\", b"\"\\\"'\\\\\""), // strconv.QuoteToASCII("\"'\\")
            (b"\x09\xe2\x80\xa8", b"\"\\t\\u2028\""), // strconv.QuoteToASCII("\t\u2028")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            assert_eq!(quote_to_ascii(&g(s)), g(want), "row {i}");
        }
    }

    #[test]
    fn quote_rune_table() {
        #[rustfmt::skip]
        let table: &[(i32, &[u8], &[u8])] = &[
            (0x61, b"'a'", b"'a'"), // strconv.QuoteRune(0x61), strconv.QuoteRuneToASCII(0x61)
            (0x27, b"'\\''", b"'\\''"), // strconv.QuoteRune(0x27), strconv.QuoteRuneToASCII(0x27)
            (0x22, b"'\"'", b"'\"'"), // strconv.QuoteRune(0x22), strconv.QuoteRuneToASCII(0x22)
            (0x5c, b"'\\\\'", b"'\\\\'"), // strconv.QuoteRune(0x5c), strconv.QuoteRuneToASCII(0x5c)
            (0xa, b"'\\n'", b"'\\n'"), // strconv.QuoteRune(0xa), strconv.QuoteRuneToASCII(0xa)
            (0x0, b"'\\x00'", b"'\\x00'"), // strconv.QuoteRune(0x0), strconv.QuoteRuneToASCII(0x0)
            (0x7f, b"'\\x7f'", b"'\\x7f'"), // strconv.QuoteRune(0x7f), strconv.QuoteRuneToASCII(0x7f)
            (0xe9, b"'\xc3\xa9'", b"'\\u00e9'"), // strconv.QuoteRune(0xe9), strconv.QuoteRuneToASCII(0xe9)
            (0x4e16, b"'\xe4\xb8\x96'", b"'\\u4e16'"), // strconv.QuoteRune(0x4e16), strconv.QuoteRuneToASCII(0x4e16)
            (0x1f600, b"'\xf0\x9f\x98\x80'", b"'\\U0001f600'"), // strconv.QuoteRune(0x1f600), strconv.QuoteRuneToASCII(0x1f600)
            (0xa0, b"'\\u00a0'", b"'\\u00a0'"), // strconv.QuoteRune(0xa0), strconv.QuoteRuneToASCII(0xa0)
            (0xfffd, b"'\xef\xbf\xbd'", b"'\\ufffd'"), // strconv.QuoteRune(0xfffd), strconv.QuoteRuneToASCII(0xfffd)
            (-0x1, b"'\xef\xbf\xbd'", b"'\\ufffd'"), // strconv.QuoteRune(-0x1), strconv.QuoteRuneToASCII(-0x1)
            (0xd800, b"'\xef\xbf\xbd'", b"'\\ufffd'"), // strconv.QuoteRune(0xd800), strconv.QuoteRuneToASCII(0xd800)
            (0x110000, b"'\xef\xbf\xbd'", b"'\\ufffd'"), // strconv.QuoteRune(0x110000), strconv.QuoteRuneToASCII(0x110000)
            (0xe0001, b"'\\U000e0001'", b"'\\U000e0001'"), // strconv.QuoteRune(0xe0001), strconv.QuoteRuneToASCII(0xe0001)
        ];
        for (i, (r, want, want_ascii)) in table.iter().enumerate() {
            assert_eq!(quote_rune(*r), g(want), "row {i}");
            assert_eq!(quote_rune_to_ascii(*r), g(want_ascii), "row {i}");
        }
    }

    #[test]
    fn unquote_table() {
        // An empty error text stands for a nil error; the error is the
        // ErrSyntax sentinel itself.
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8], &str)] = &[
            (b"", b"", "invalid syntax"), // strconv.Unquote("")
            (b"\"", b"", "invalid syntax"), // strconv.Unquote("\"")
            (b"\"\"", b"", ""), // strconv.Unquote("\"\"")
            (b"\"abc\"", b"abc", ""), // strconv.Unquote("\"abc\"")
            (b"\"a\\nb\"", b"a\x0ab", ""), // strconv.Unquote("\"a\\nb\"")
            (b"\"\\x41\\u00e9\\U0001F600\"", b"A\xc3\xa9\xf0\x9f\x98\x80", ""), // strconv.Unquote("\"\\x41\\u00e9\\U0001F600\"")
            (b"\"\\xff\"", b"\xff", ""), // strconv.Unquote("\"\\xff\"")
            (b"\"\xff\"", b"\xef\xbf\xbd", ""), // strconv.Unquote("\"\xff\"")
            (b"\"\xff\\n\"", b"\xef\xbf\xbd\x0a", ""), // strconv.Unquote("\"\xff\\n\"")
            (b"\"\\400\"", b"", "invalid syntax"), // strconv.Unquote("\"\\400\"")
            (b"\"\\377\\101\"", b"\xffA", ""), // strconv.Unquote("\"\\377\\101\"")
            (b"\"\\q\"", b"", "invalid syntax"), // strconv.Unquote("\"\\q\"")
            (b"'a'", b"a", ""), // strconv.Unquote("'a'")
            (b"'ab'", b"", "invalid syntax"), // strconv.Unquote("'ab'")
            (b"'\\''", b"'", ""), // strconv.Unquote("'\\''")
            (b"'\\\"'", b"", "invalid syntax"), // strconv.Unquote("'\\\"'")
            (b"\"\\'\"", b"", "invalid syntax"), // strconv.Unquote("\"\\'\"")
            (b"\"\\\"\"", b"\"", ""), // strconv.Unquote("\"\\\"\"")
            (b"'\"'", b"\"", ""), // strconv.Unquote("'\"'")
            (b"''", b"", ""), // strconv.Unquote("''")
            (b"`raw\\n`", b"raw\\n", ""), // strconv.Unquote("`raw\\n`")
            (b"`a\x0db`", b"ab", ""), // strconv.Unquote("`a\rb`")
            (b"`a`b`", b"", "invalid syntax"), // strconv.Unquote("`a`b`")
            (b"\"a\"b", b"", "invalid syntax"), // strconv.Unquote("\"a\"b")
            (b"\"a\" ", b"", "invalid syntax"), // strconv.Unquote("\"a\" ")
            (b"\"a\x0ab\"", b"", "invalid syntax"), // strconv.Unquote("\"a\nb\"")
            (b"'\\xff'", b"\xff", ""), // strconv.Unquote("'\\xff'")
            (b"'\xc3\xa9'", b"\xc3\xa9", ""), // strconv.Unquote("'\u00e9'")
            (b"'\xff'", b"\xef\xbf\xbd", ""), // strconv.Unquote("'\xff'")
            (b"\"\\u00\"", b"", "invalid syntax"), // strconv.Unquote("\"\\u00\"")
            (b"\"\\ud800\"", b"", "invalid syntax"), // strconv.Unquote("\"\\ud800\"")
            (b"\"\\U00110000\"", b"", "invalid syntax"), // strconv.Unquote("\"\\U00110000\"")
            (b"x", b"", "invalid syntax"), // strconv.Unquote("x")
            (b"\"abc", b"", "invalid syntax"), // strconv.Unquote("\"abc")
            (b"'\\u0041'", b"A", ""), // strconv.Unquote("'\\u0041'")
            (b"\"\\a\\b\\f\\r\\t\\v\\\\\"", b"\x07\x08\x0c\x0d\x09\x0b\\", ""), // strconv.Unquote("\"\\a\\b\\f\\r\\t\\v\\\\\"")
            (b"\"\\0\"", b"", "invalid syntax"), // strconv.Unquote("\"\\0\"")
            (b"\"\\08\"", b"", "invalid syntax"), // strconv.Unquote("\"\\08\"")
            (b"`\xff`", b"\xff", ""), // strconv.Unquote("`\xff`")
            (b"'\xef\xbf\xbd'", b"\xef\xbf\xbd", ""), // strconv.Unquote("'\ufffd'")
            (b"\"\xe4\xb8\x96\"", b"\xe4\xb8\x96", ""), // strconv.Unquote("\"\u4e16\"")
            (b"\"\\x\"", b"", "invalid syntax"), // strconv.Unquote("\"\\x\"")
            (b"'\\x41'", b"A", ""), // strconv.Unquote("'\\x41'")
            (b"'\\400'", b"", "invalid syntax"), // strconv.Unquote("'\\400'")
        ];
        for (i, (s, want, err)) in table.iter().enumerate() {
            let (got, got_err) = unquote(&g(s));
            assert_eq!(got, g(want), "row {i}");
            if err.is_empty() {
                assert!(got_err.is_nil(), "row {i}: unexpected {got_err:?}");
            } else {
                assert!(got_err == err_syntax(), "row {i}: want ErrSyntax");
            }
        }
    }

    #[test]
    fn unquote_char_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], u8, i32, bool, &[u8], &str)] = &[
            (b"\\n rest", 0x22, 0xa, false, b" rest", ""), // strconv.UnquoteChar("\\n rest", '"')
            (b"\xc3\xa9!", 0x22, 0xe9, true, b"!", ""), // strconv.UnquoteChar("\u00e9!", '"')
            (b"\"x", 0x22, 0x0, false, b"", "invalid syntax"), // strconv.UnquoteChar("\"x", '"')
            (b"'x", 0x22, 0x27, false, b"x", ""), // strconv.UnquoteChar("'x", '"')
            (b"'x", 0x27, 0x0, false, b"", "invalid syntax"), // strconv.UnquoteChar("'x", '\'')
            (b"\\'", 0x22, 0x0, false, b"", "invalid syntax"), // strconv.UnquoteChar("\\'", '"')
            (b"\\'", 0x27, 0x27, false, b"", ""), // strconv.UnquoteChar("\\'", '\'')
            (b"\\u00e9z", 0x22, 0xe9, true, b"z", ""), // strconv.UnquoteChar("\\u00e9z", '"')
            (b"\\x", 0x22, 0x0, false, b"", "invalid syntax"), // strconv.UnquoteChar("\\x", '"')
            (b"", 0x22, 0x0, false, b"", "invalid syntax"), // strconv.UnquoteChar("", '"')
            (b"\xffz", 0x22, 0xfffd, true, b"z", ""), // strconv.UnquoteChar("\xffz", '"')
            (b"\\101", 0x0, 0x41, false, b"", ""), // strconv.UnquoteChar("\\101", '\x00')
        ];
        for (i, (s, quote, value, multibyte, tail, err)) in table.iter().enumerate() {
            let (got_value, got_multibyte, got_tail, got_err) = unquote_char(&g(s), *quote);
            assert_eq!((got_value, got_multibyte, got_tail), (*value, *multibyte, g(tail)), "row {i}");
            assert_eq!(got_err.is_nil(), err.is_empty(), "row {i}");
            if !err.is_empty() {
                assert!(got_err == err_syntax(), "row {i}");
            }
        }
    }

    #[test]
    fn append_int_table() {
        #[rustfmt::skip]
        let table: &[(i64, i64, &[u8], i64)] = &[
            (0, 10, b"x=0", 8), // strconv.AppendInt([]byte("x="), 0, 10) (cap 8)
            (-42, 10, b"x=-42", 8), // strconv.AppendInt([]byte("x="), -42, 10) (cap 8)
            (255, 16, b"x=ff", 8), // strconv.AppendInt([]byte("x="), 255, 16) (cap 8)
            (-9223372036854775808, 2, b"x=-1000000000000000000000000000000000000000000000000000000000000000", 80), // strconv.AppendInt([]byte("x="), -9223372036854775808, 2) (cap 80)
            (35, 36, b"x=z", 8), // strconv.AppendInt([]byte("x="), 35, 36) (cap 8)
            (123456789, 10, b"x=123456789", 16), // strconv.AppendInt([]byte("x="), 123456789, 10) (cap 16)
        ];
        for (i, (n, base, want, cap)) in table.iter().enumerate() {
            let dst = Slice::<u8>::make(0, 8).append_all(b"x=".iter().copied());
            let got = append_int(&dst, *n, *base);
            assert_eq!(got.to_vec(), want.to_vec(), "row {i}");
            assert_eq!(got.cap(), *cap, "row {i}");
        }
    }

    #[test]
    fn small_additions() {
        // strconv.CanBackquote("a`b") = false, strconv.CanBackquote("ab\t") = true
        assert!(!can_backquote(&g(b"a`b")));
        assert!(can_backquote(&g(b"ab\t")));
        // strconv.IsPrint('\u00ad') = false, strconv.IsPrint('a') = true
        assert!(!is_print(0xad) && is_print('a' as i32));
        // strconv.AppendInt(nil, 1, 1) panics: strconv: illegal AppendInt/FormatInt base
        crate::panic::install_quiet_hook();
        let payload = std::panic::catch_unwind(|| {
            append_int(&Slice::nil(), 1, 1);
        })
        .expect_err("panics");
        let message = &payload.downcast_ref::<crate::panic::GoPanic>().expect("a Go panic").message;
        assert_eq!(message, "strconv: illegal AppendInt/FormatInt base");
    }
    #[test]
    fn append_functions() {
        let x = || Slice::<u8>::nil().append_all(b"x=".iter().copied());
        // strconv.AppendQuote([]byte("x="), "h\u00e9\n\"\xff") = "x=\"h\u00e9\\n\\\"\\xff\""
        assert_eq!(
            append_quote(&x(), &g(b"h\xc3\xa9\n\"\xff")).to_vec(),
            b"x=\"h\xc3\xa9\\n\\\"\\xff\"".to_vec()
        );
        // strconv.AppendQuote(nil, "") = "\"\""
        assert_eq!(append_quote(&Slice::nil(), &g(b"")).to_vec(), b"\"\"".to_vec());
        // strconv.AppendQuoteRune([]byte("x="), '\u00e9') = "x='\u00e9'"
        assert_eq!(append_quote_rune(&x(), 0xe9).to_vec(), "x='\u{e9}'".as_bytes().to_vec());
        // strconv.AppendQuoteRune([]byte("x="), '\n') = "x='\\n'"
        assert_eq!(append_quote_rune(&x(), 0x0a).to_vec(), b"x='\\n'".to_vec());
        // strconv.AppendQuoteRune([]byte("x="), 0x110000) = "x='\ufffd'"
        assert_eq!(append_quote_rune(&x(), 0x110000).to_vec(), "x='\u{fffd}'".as_bytes().to_vec());
        // strconv.AppendQuoteRuneToASCII([]byte("x="), '\u263a') = "x='\\u263a'"
        assert_eq!(append_quote_rune_to_ascii(&x(), 0x263a).to_vec(), b"x='\\u263a'".to_vec());
        // strconv.AppendQuoteToASCII([]byte("x="), "h\u00e9\u263a\U0001F600") = "x=\"h\\u00e9\\u263a\\U0001f600\""
        assert_eq!(
            append_quote_to_ascii(&x(), &g("h\u{e9}\u{263a}\u{1F600}".as_bytes())).to_vec(),
            b"x=\"h\\u00e9\\u263a\\U0001f600\"".to_vec()
        );
        // strconv.AppendBool([]byte("x="), true) = "x=true"
        assert_eq!(append_bool(&x(), true).to_vec(), b"x=true".to_vec());
        // strconv.AppendBool(nil, false) = "false"
        assert_eq!(append_bool(&Slice::nil(), false).to_vec(), b"false".to_vec());
        // strconv.AppendFloat([]byte("x="), 1.23456, 'f', 2, 64) = "x=1.23"
        assert_eq!(append_float(&x(), 1.23456, b'f', 2, 64).to_vec(), b"x=1.23".to_vec());
        // strconv.AppendFloat([]byte("x="), 1.0/3, 'g', -1, 32) = "x=0.33333334"
        assert_eq!(append_float(&x(), 1.0 / 3.0, b'g', -1, 32).to_vec(), b"x=0.33333334".to_vec());
        // strconv.AppendFloat(nil, 1e21, 'e', 3, 64) = "1.000e+21"
        assert_eq!(append_float(&Slice::nil(), 1e21, b'e', 3, 64).to_vec(), b"1.000e+21".to_vec());
        // strconv.AppendUint([]byte("x="), 18446744073709551615, 10) = "x=18446744073709551615"
        assert_eq!(append_uint(&x(), u64::MAX, 10).to_vec(), b"x=18446744073709551615".to_vec());
        // strconv.AppendUint([]byte("x="), 255, 16) = "x=ff"
        assert_eq!(append_uint(&x(), 255, 16).to_vec(), b"x=ff".to_vec());
        // strconv.AppendUint(nil, 0, 2) = "0"
        assert_eq!(append_uint(&Slice::nil(), 0, 2).to_vec(), b"0".to_vec());
        // strconv.AppendUint(nil, 35, 36) = "z"
        assert_eq!(append_uint(&Slice::nil(), 35, 36).to_vec(), b"z".to_vec());
        // strconv.AppendUint(nil, 1, 1) panics: strconv: illegal AppendInt/FormatInt base
        crate::panic::install_quiet_hook();
        let payload = std::panic::catch_unwind(|| {
            append_uint(&Slice::nil(), 1, 1);
        })
        .expect_err("panics");
        let message = &payload.downcast_ref::<crate::panic::GoPanic>().expect("a Go panic").message;
        assert_eq!(message, "strconv: illegal AppendInt/FormatInt base");
    }

    #[test]
    fn num_error_handle() {
        // _, err := strconv.Atoi("12a"); errors.As(err, &ne) = true
        let (_, err) = atoi(&g(b"12a"));
        let ne = crate::errors::as_type::<NumError>(&err).expect("a *NumError");
        // ne.Func = "Atoi", ne.Num = "12a", ne.Err == strconv.ErrSyntax
        assert_eq!(ne.with(|it| it.func.clone()), g(b"Atoi"));
        assert_eq!(ne.with(|it| it.num.clone()), g(b"12a"));
        assert!(ne.with(|it| it.err.clone()) == err_syntax());
        // var ne *strconv.NumError; ne == nil before errors.As, ne != nil after
        assert!(NumError::default().is_nil() && NumError::nil().is_nil() && !ne.is_nil());
        // ne.Error() = "strconv.Atoi: parsing \"12a\": invalid syntax"
        assert_eq!(ne.error(), g(b"strconv.Atoi: parsing \"12a\": invalid syntax"));
        // ne.Unwrap() == strconv.ErrSyntax = true
        assert!(ne.unwrap() == err_syntax());
        // _, err = strconv.ParseInt("99999999999999999999", 10, 64); errors.Is(err, strconv.ErrRange) = true
        let (_, err) = parse_int(&g(b"99999999999999999999"), 10, 64);
        assert!(crate::errors::is(&err, &err_range()));
        // fmt.Println(strconv.ErrRange, strconv.ErrSyntax) prints "value out of range invalid syntax"
        assert_eq!(err_range().error(), g(b"value out of range"));
        assert_eq!(err_syntax().error(), g(b"invalid syntax"));
        // e := &strconv.NumError{Func: "F", Num: "n\"", Err: errors.New("bad")}
        let e = NumError {
            func: g(b"F"),
            num: g(b"n\""),
            err: crate::errors::new("bad"),
        };
        // e.Error() = "strconv.F: parsing \"n\\\"\": bad", e.Unwrap() = bad
        assert_eq!(e.error(), g(b"strconv.F: parsing \"n\\\"\": bad"));
        assert_eq!(e.unwrap().error(), g(b"bad"));
        // errors.Unwrap(e) = bad
        let as_error = Error::from_value(e.clone());
        assert_eq!(crate::errors::unwrap(&as_error).error(), g(b"bad"));
        // fmt.Sprint(e) = "strconv.F: parsing \"n\\\"\": bad"
        assert_eq!(crate::fmt::sprint(&[&e]), g(b"strconv.F: parsing \"n\\\"\": bad"));
    }
}
