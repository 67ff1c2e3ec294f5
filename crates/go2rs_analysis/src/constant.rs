//! Go's exact constant arithmetic: integers as 128-bit values, floats as
//! exact fractions while they fit (falling back to `f64`), so that
//! `0.1 + 0.2` is exactly `0.3` as in Go.

use std::cmp::Ordering;

use go2rs_syntax::ast::BinaryOp;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    String(Vec<u8>),
    Int(i128),
    Float(Float),
}

/// An untyped float constant.
#[derive(Clone, Copy, Debug)]
pub enum Float {
    /// `num / den` in lowest terms, `den > 0`.
    Exact {
        num: i128,
        den: i128,
    },
    Approx(f64),
}

impl PartialEq for Float {
    fn eq(&self, other: &Float) -> bool {
        match (self, other) {
            (Float::Exact { num: a, den: b }, Float::Exact { num: c, den: d }) => a == c && b == d,
            _ => self.to_f64() == other.to_f64(),
        }
    }
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl Float {
    pub fn exact(num: i128, den: i128) -> Float {
        if den == 0 {
            return Float::Approx(f64::NAN);
        }
        let divisor = gcd(num, den).max(1);
        let (mut num, mut den) = (num / divisor, den / divisor);
        if den < 0 {
            num = -num;
            den = -den;
        }
        Float::Exact { num, den }
    }

    pub fn from_int(value: i128) -> Float {
        Float::Exact { num: value, den: 1 }
    }

    pub fn to_f64(self) -> f64 {
        match self {
            Float::Exact { num, den } => {
                // Both exactly representable: one correctly rounded division.
                if num.unsigned_abs() < (1u128 << 53) && den < (1i128 << 53) {
                    num as f64 / den as f64
                } else {
                    parse_exact_decimal(num, den)
                }
            }
            Float::Approx(value) => value,
        }
    }

    /// The value as an integer, when it is one.
    pub fn to_integer(self) -> Option<i128> {
        match self {
            Float::Exact { num, den: 1 } => Some(num),
            Float::Exact { .. } => None,
            Float::Approx(value) => {
                if value.fract() == 0.0 && value.abs() < 1.7e38 {
                    Some(value as i128)
                } else {
                    None
                }
            }
        }
    }

    fn binary(self, op: BinaryOp, other: Float) -> Result<Float, String> {
        if let (Float::Exact { num: a, den: b }, Float::Exact { num: c, den: d }) = (self, other) {
            let exact = match op {
                BinaryOp::Add => a
                    .checked_mul(d)
                    .and_then(|ad| c.checked_mul(b).and_then(|cb| ad.checked_add(cb)))
                    .and_then(|num| b.checked_mul(d).map(|den| (num, den))),
                BinaryOp::Sub => a
                    .checked_mul(d)
                    .and_then(|ad| c.checked_mul(b).and_then(|cb| ad.checked_sub(cb)))
                    .and_then(|num| b.checked_mul(d).map(|den| (num, den))),
                BinaryOp::Mul => a.checked_mul(c).and_then(|num| b.checked_mul(d).map(|den| (num, den))),
                BinaryOp::Div => {
                    if c == 0 {
                        return Err("division by zero".to_string());
                    }
                    a.checked_mul(d).and_then(|num| b.checked_mul(c).map(|den| (num, den)))
                }
                _ => return Err(format!("operator {} not defined on untyped float", op.as_str())),
            };
            if let Some((num, den)) = exact {
                return Ok(Float::exact(num, den));
            }
        }
        let (a, b) = (self.to_f64(), other.to_f64());
        Ok(Float::Approx(match op {
            BinaryOp::Add => a + b,
            BinaryOp::Sub => a - b,
            BinaryOp::Mul => a * b,
            BinaryOp::Div => {
                if b == 0.0 {
                    return Err("division by zero".to_string());
                }
                a / b
            }
            _ => return Err(format!("operator {} not defined on untyped float", op.as_str())),
        }))
    }

    fn compare(self, other: Float) -> Option<Ordering> {
        if let (Float::Exact { num: a, den: b }, Float::Exact { num: c, den: d }) = (self, other)
            && let (Some(left), Some(right)) = (a.checked_mul(d), c.checked_mul(b))
        {
            return Some(left.cmp(&right));
        }
        self.to_f64().partial_cmp(&other.to_f64())
    }
}

/// `num / den` rounded to the nearest `f64`, via decimal text (exact for
/// the magnitudes constants reach).
fn parse_exact_decimal(num: i128, den: i128) -> f64 {
    let negative = num < 0;
    let mut remainder = num.unsigned_abs();
    let den = den as u128;
    let integer = remainder / den;
    remainder %= den;
    let mut text = integer.to_string();
    text.push('.');
    for _ in 0..40 {
        remainder *= 10;
        text.push(char::from(b'0' + (remainder / den) as u8));
        remainder %= den;
        if remainder == 0 {
            break;
        }
    }
    let value: f64 = text.parse().unwrap_or(f64::NAN);
    if negative { -value } else { value }
}

impl ConstValue {
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(value) => Some(*value as f64),
            ConstValue::Float(value) => Some(value.to_f64()),
            _ => None,
        }
    }

    /// The value as an integer: an integer constant, or a float constant
    /// with no fractional part.
    pub fn to_integer(&self) -> Option<i128> {
        match self {
            ConstValue::Int(value) => Some(*value),
            ConstValue::Float(value) => value.to_integer(),
            _ => None,
        }
    }

    pub fn to_float(&self) -> Option<Float> {
        match self {
            ConstValue::Int(value) => Some(Float::from_int(*value)),
            ConstValue::Float(value) => Some(*value),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(value) => Some(*value),
            _ => None,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, ConstValue::Int(_) | ConstValue::Float(_))
    }

    /// `a op b` for two constants of compatible kinds. `integer_division`
    /// selects truncating division (both operands are integer-typed).
    pub fn binary(&self, op: BinaryOp, other: &ConstValue, integer_division: bool) -> Result<ConstValue, String> {
        use ConstValue::*;
        match (self, other) {
            (Bool(a), Bool(b)) => match op {
                BinaryOp::LogicalAnd => Ok(Bool(*a && *b)),
                BinaryOp::LogicalOr => Ok(Bool(*a || *b)),
                BinaryOp::Eq => Ok(Bool(a == b)),
                BinaryOp::Ne => Ok(Bool(a != b)),
                _ => Err(format!("operator {} not defined on bool", op.as_str())),
            },
            (String(a), String(b)) => match op {
                BinaryOp::Add => Ok(String([a.as_slice(), b.as_slice()].concat())),
                _ if op.is_comparison() => Ok(Bool(compare_ordering(op, a.cmp(b)))),
                _ => Err(format!("operator {} not defined on string", op.as_str())),
            },
            (Int(a), Int(b)) if integer_division || !matches!(op, BinaryOp::Div) => {
                let (a, b) = (*a, *b);
                if op.is_comparison() {
                    return Ok(Bool(compare_ordering(op, a.cmp(&b))));
                }
                let overflow = || "constant overflow".to_string();
                let value = match op {
                    BinaryOp::Add => a.checked_add(b).ok_or_else(overflow)?,
                    BinaryOp::Sub => a.checked_sub(b).ok_or_else(overflow)?,
                    BinaryOp::Mul => a.checked_mul(b).ok_or_else(overflow)?,
                    BinaryOp::Div => {
                        if b == 0 {
                            return Err("division by zero".to_string());
                        }
                        a / b
                    }
                    BinaryOp::Rem => {
                        if b == 0 {
                            return Err("division by zero".to_string());
                        }
                        a % b
                    }
                    BinaryOp::And => a & b,
                    BinaryOp::Or => a | b,
                    BinaryOp::Xor => a ^ b,
                    BinaryOp::AndNot => a & !b,
                    _ => return Err(format!("operator {} not defined on integer", op.as_str())),
                };
                Ok(Int(value))
            }
            (Int(_) | Float(_), Int(_) | Float(_)) => {
                let (a, b) = (self.to_float().unwrap(), other.to_float().unwrap());
                if op.is_comparison() {
                    return match a.compare(b) {
                        Some(ordering) => Ok(Bool(compare_ordering(op, ordering))),
                        None => Ok(Bool(op == BinaryOp::Ne)),
                    };
                }
                Ok(Float(a.binary(op, b)?))
            }
            _ => Err("mismatched constant kinds".to_string()),
        }
    }

    /// `a << n` / `a >> n` on an integer constant.
    pub fn shift(&self, op: BinaryOp, count: u64) -> Result<ConstValue, String> {
        let value = self.to_integer().ok_or("shifted operand must be an integer")?;
        match op {
            BinaryOp::Shl => {
                if value == 0 {
                    return Ok(ConstValue::Int(0));
                }
                if count >= 127 {
                    return Err("constant shift overflow".to_string());
                }
                let shifted = value.checked_mul(1i128 << count).ok_or("constant shift overflow")?;
                Ok(ConstValue::Int(shifted))
            }
            _ => Ok(ConstValue::Int(if count >= 127 {
                if value < 0 { -1 } else { 0 }
            } else {
                value >> count
            })),
        }
    }
}

fn compare_ordering(op: BinaryOp, ordering: Ordering) -> bool {
    match op {
        BinaryOp::Eq => ordering == Ordering::Equal,
        BinaryOp::Ne => ordering != Ordering::Equal,
        BinaryOp::Lt => ordering == Ordering::Less,
        BinaryOp::Le => ordering != Ordering::Greater,
        BinaryOp::Gt => ordering == Ordering::Greater,
        BinaryOp::Ge => ordering != Ordering::Less,
        _ => false,
    }
}

/// Parses a Go integer literal (`42`, `0x2A`, `0o52`, `052`, `0b101010`,
/// with `_` separators).
pub fn parse_int_literal(text: &str) -> Option<i128> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest.to_string(), 16)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest.to_string(), 2)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest.to_string(), 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    i128::from_str_radix(&digits, radix).ok()
}

/// Parses a Go float literal exactly when it is decimal and fits.
pub fn parse_float_literal(text: &str) -> Option<Float> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        return parse_hex_float(hex).map(Float::Approx);
    }
    let (mantissa, exponent) = match lower.split_once('e') {
        Some((mantissa, exponent)) => (mantissa.to_string(), exponent.parse::<i32>().ok()?),
        None => (lower.clone(), 0),
    };
    let (integer, fraction) = mantissa.split_once('.').unwrap_or((&mantissa, ""));
    let digits = format!("{integer}{fraction}");
    let exponent = exponent - fraction.len() as i32;
    let digits = digits.trim_start_matches('0');
    let approx = || lower.parse::<f64>().ok().map(Float::Approx);
    if digits.len() > 36 {
        return approx();
    }
    let mantissa: i128 = if digits.is_empty() { 0 } else { digits.parse().ok()? };
    if exponent >= 0 {
        if exponent > 36 {
            return approx();
        }
        match mantissa.checked_mul(10i128.pow(exponent as u32)) {
            Some(num) => Some(Float::exact(num, 1)),
            None => approx(),
        }
    } else {
        if -exponent > 36 {
            return approx();
        }
        Some(Float::exact(mantissa, 10i128.pow((-exponent) as u32)))
    }
}

fn parse_hex_float(text: &str) -> Option<f64> {
    let (mantissa, exponent) = text.split_once('p')?;
    let exponent: i32 = exponent.parse().ok()?;
    let (integer, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut value = 0f64;
    for digit in integer.chars().chain(fraction.chars()) {
        value = value * 16.0 + digit.to_digit(16)? as f64;
    }
    value /= 16f64.powi(fraction.len() as i32);
    Some(value * 2f64.powi(exponent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_float_arithmetic() {
        let a = ConstValue::Float(parse_float_literal("0.1").unwrap());
        let b = ConstValue::Float(parse_float_literal("0.2").unwrap());
        let sum = a.binary(BinaryOp::Add, &b, false).unwrap();
        assert_eq!(sum, ConstValue::Float(parse_float_literal("0.3").unwrap()));
        assert_eq!(sum.to_f64(), Some(0.3));
        assert_eq!(parse_float_literal("1e21").unwrap().to_f64(), 1e21);
        assert_eq!(parse_float_literal("1.5e-7").unwrap().to_f64(), 1.5e-7);
    }

    #[test]
    fn integer_literals_and_shifts() {
        assert_eq!(parse_int_literal("0x1F"), Some(31));
        assert_eq!(parse_int_literal("0o17"), Some(15));
        assert_eq!(parse_int_literal("017"), Some(15));
        assert_eq!(parse_int_literal("1_000_000"), Some(1_000_000));
        assert_eq!(ConstValue::Int(1).shift(BinaryOp::Shl, 62).unwrap(), ConstValue::Int(1 << 62));
        let big = ConstValue::Int(1).shift(BinaryOp::Shl, 62).unwrap();
        assert_eq!(
            big.binary(BinaryOp::Mul, &ConstValue::Int(4), true).unwrap(),
            ConstValue::Int(1 << 64)
        );
    }

    #[test]
    fn untyped_division() {
        let seven = ConstValue::Int(7);
        let two = ConstValue::Int(2);
        assert_eq!(seven.binary(BinaryOp::Div, &two, true).unwrap(), ConstValue::Int(3));
        assert_eq!(ConstValue::Int(-7).binary(BinaryOp::Rem, &two, true).unwrap(), ConstValue::Int(-1));
        assert!(seven.binary(BinaryOp::Div, &ConstValue::Int(0), true).is_err());
    }
}
