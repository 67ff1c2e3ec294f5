//! The printer state (Go's `pp` and `fmt` structs) and the raw formatting of
//! numbers, strings and characters under flags, width and precision (a port
//! of Go's `fmt/format.go`).

use super::float::append_float;
use super::quote::{append_quote, append_quote_rune, append_rune, can_backquote, is_print, rune_count};
use crate::string::decode_rune;

pub(crate) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// A copy of the flags, width and precision.
#[derive(Clone, Copy)]
pub(crate) struct SavedFlags {
    bools: [bool; 9],
    width: i64,
    precision: i64,
}

/// Go's printer state: the output buffer, the flags, width and precision of
/// the verb being printed, and the bookkeeping `fmt` needs while it walks a
/// value (depth, error reporting, `%w` targets).
///
/// [`Value`](super::Value) impls read the flags and call the `fmt_*`
/// methods; the public fields mirror Go's `fmt.State`.
#[derive(Default)]
pub struct Printer {
    /// The output so far.
    pub buf: Vec<u8>,
    /// `+` flag (cleared for `%+v`, which sets `plus_v` instead).
    pub plus: bool,
    /// `-` flag: pad on the right.
    pub minus: bool,
    /// `#` flag (cleared for `%#v`, which sets `sharp_v` instead).
    pub sharp: bool,
    /// ` ` flag.
    pub space: bool,
    /// `0` flag: pad with leading zeros.
    pub zero: bool,
    /// `%+v`: print struct field names.
    pub plus_v: bool,
    /// `%#v`: print Go syntax.
    pub sharp_v: bool,
    /// Width, meaningful when `width_present`.
    pub width: i64,
    pub width_present: bool,
    /// Precision, meaningful when `precision_present`.
    pub precision: i64,
    pub precision_present: bool,

    /// How deep in a composite value the printer is (0 for an operand).
    pub(crate) depth: usize,
    /// Printing a value reached through an unexported struct field: Go's
    /// reflection cannot call its methods.
    pub(crate) read_only: bool,
    /// Printing the operand of a bad verb: methods are not called.
    pub(crate) erroring: bool,
    /// Inside `Errorf`: `%w` is allowed.
    pub(crate) wrap_errs: bool,
    /// The operand indices of `%w` verbs.
    pub(crate) wrapped_errs: Vec<usize>,
    pub(crate) reordered: bool,
    pub(crate) good_arg_num: bool,
}

impl Printer {
    /// A printer with an empty buffer and no flags.
    pub fn new() -> Printer {
        Printer::default()
    }

    /// The output so far.
    pub fn output(&self) -> &[u8] {
        &self.buf
    }

    /// Takes the output, leaving the buffer empty.
    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.buf)
    }

    /// The nesting depth: 0 for an operand, 1 for its elements or fields, ...
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Appends raw bytes.
    pub fn write(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Appends raw text.
    pub fn write_str(&mut self, text: &str) {
        self.buf.extend_from_slice(text.as_bytes());
    }

    /// Appends one byte.
    pub fn write_byte(&mut self, byte: u8) {
        self.buf.push(byte);
    }

    /// Appends a rune in UTF-8.
    pub fn write_rune(&mut self, rune: char) {
        append_rune(&mut self.buf, rune as i32);
    }

    /// Clears flags, width and precision (Go's `clearflags`).
    pub fn clear_flags(&mut self) {
        self.plus = false;
        self.minus = false;
        self.sharp = false;
        self.space = false;
        self.zero = false;
        self.plus_v = false;
        self.sharp_v = false;
        self.width = 0;
        self.width_present = false;
        self.precision = 0;
        self.precision_present = false;
    }

    pub(crate) fn save_flags(&self) -> SavedFlags {
        SavedFlags {
            bools: [
                self.plus,
                self.minus,
                self.sharp,
                self.space,
                self.zero,
                self.plus_v,
                self.sharp_v,
                self.width_present,
                self.precision_present,
            ],
            width: self.width,
            precision: self.precision,
        }
    }

    pub(crate) fn restore_flags(&mut self, saved: SavedFlags) {
        [
            self.plus,
            self.minus,
            self.sharp,
            self.space,
            self.zero,
            self.plus_v,
            self.sharp_v,
            self.width_present,
            self.precision_present,
        ] = saved.bools;
        self.width = saved.width;
        self.precision = saved.precision;
    }

    /// Writes `n` bytes of padding: zeros when the `0` flag is set and the
    /// padding goes on the left, else spaces.
    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.zero && !self.minus { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(pad, n as usize));
    }

    /// Appends `bytes` padded to the width (counted in runes) on the left,
    /// or on the right with the `-` flag.
    pub fn pad(&mut self, bytes: &[u8]) {
        if !self.width_present || self.width == 0 {
            self.buf.extend_from_slice(bytes);
            return;
        }
        let width = self.width - rune_count(bytes) as i64;
        if !self.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(bytes);
        } else {
            self.buf.extend_from_slice(bytes);
            self.write_padding(width);
        }
    }

    /// Like [`pad`](Self::pad), for text.
    pub fn pad_string(&mut self, text: &str) {
        self.pad(text.as_bytes());
    }

    /// Runs `f` with the `0` flag off (for text that must not be zero-padded).
    fn without_zero(&mut self, f: impl FnOnce(&mut Printer)) {
        let old_zero = self.zero;
        self.zero = false;
        f(self);
        self.zero = old_zero;
    }

    /// `true` / `false`, padded.
    pub(crate) fn fmt_boolean(&mut self, v: bool) {
        self.pad_string(if v { "true" } else { "false" });
    }

    /// `U+0078`, or `U+0078 'x'` with the `#` flag.
    pub(crate) fn fmt_unicode(&mut self, mut u: u64) {
        let mut prec = 4i64;
        if self.precision_present && self.precision > 4 {
            prec = self.precision;
        }
        let mut out: Vec<u8> = Vec::new();
        // Built right to left, then reversed.
        if self.sharp && u <= 0x10FFFF && is_print(u as i32) {
            out.push(b'\'');
            let mut encoded = Vec::new();
            append_rune(&mut encoded, u as i32);
            out.extend(encoded.iter().rev());
            out.push(b'\'');
            out.push(b' ');
        }
        while u >= 16 {
            out.push(UDIGITS[(u & 0xF) as usize]);
            prec -= 1;
            u >>= 4;
        }
        out.push(UDIGITS[u as usize]);
        prec -= 1;
        while prec > 0 {
            out.push(b'0');
            prec -= 1;
        }
        out.push(b'+');
        out.push(b'U');
        out.reverse();
        self.without_zero(|p| p.pad(&out));
    }

    /// Formats an integer in `base` (Go's `fmt.fmtInteger`): `value` holds the
    /// bits, `signed` says whether they are a two's complement `int64`.
    pub(crate) fn fmt_integer_base(&mut self, value: u64, base: u32, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (value as i64) < 0;
        let mut u = if negative { (value as i64).wrapping_neg() as u64 } else { value };

        let mut prec: i64 = 0;
        if self.precision_present {
            prec = self.precision;
            if prec == 0 && u == 0 {
                let width = self.width;
                self.without_zero(|p| p.write_padding(width));
                return;
            }
        } else if self.zero && !self.minus && self.width_present {
            prec = self.width;
            if negative || self.plus || self.space {
                prec -= 1; // leave room for the sign
            }
        }

        // Built right to left, then reversed.
        let mut out: Vec<u8> = Vec::with_capacity(24);
        match base {
            10 => {
                while u >= 10 {
                    out.push(b'0' + (u % 10) as u8);
                    u /= 10;
                }
            }
            16 => {
                while u >= 16 {
                    out.push(digits[(u & 0xF) as usize]);
                    u >>= 4;
                }
            }
            8 => {
                while u >= 8 {
                    out.push(b'0' + (u & 7) as u8);
                    u >>= 3;
                }
            }
            2 => {
                while u >= 2 {
                    out.push(b'0' + (u & 1) as u8);
                    u >>= 1;
                }
            }
            _ => unreachable!("fmt: unknown base"),
        }
        out.push(digits[u as usize]);
        while prec > out.len() as i64 {
            out.push(b'0');
        }
        if self.sharp {
            match base {
                2 => out.extend_from_slice(b"b0"),
                8 if out.last() != Some(&b'0') => out.push(b'0'),
                16 => {
                    out.push(digits[16]);
                    out.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' {
            out.extend_from_slice(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.plus {
            out.push(b'+');
        } else if self.space {
            out.push(b' ');
        }
        out.reverse();
        self.without_zero(|p| p.pad(&out));
    }

    /// Truncates `s` to the precision, counted in runes.
    pub(crate) fn truncate<'a>(&self, s: &'a [u8]) -> &'a [u8] {
        if self.precision_present {
            let mut n = self.precision;
            let mut i = 0;
            while i < s.len() {
                n -= 1;
                if n < 0 {
                    return &s[..i];
                }
                i += if s[i] < 0x80 { 1 } else { decode_rune(&s[i..]).1 };
            }
        }
        s
    }

    /// `%s`: the string, truncated to the precision and padded.
    pub(crate) fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x` / `%X` of a string or byte slice: two hex digits per byte, with
    /// `% x` separating bytes and `%#x` adding `0x`.
    pub(crate) fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.precision_present && self.precision < length {
            length = self.precision;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.space {
                if self.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.sharp {
                width += 2;
            }
        } else {
            if self.width_present {
                let w = self.width;
                self.write_padding(w);
            }
            return;
        }
        if self.width_present && self.width > width && !self.minus {
            let w = self.width - width;
            self.write_padding(w);
        }
        if self.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.space && i > 0 {
                self.buf.push(b' ');
                if self.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if self.width_present && self.width > width && self.minus {
            let w = self.width - width;
            self.write_padding(w);
        }
    }

    /// `%q` of a string: a double-quoted Go literal, `%+q` ASCII only,
    /// `%#q` backquoted when possible.
    pub(crate) fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.sharp && can_backquote(s) {
            let mut out = Vec::with_capacity(s.len() + 2);
            out.push(b'`');
            out.extend_from_slice(s);
            out.push(b'`');
            self.pad(&out);
            return;
        }
        let mut out = Vec::with_capacity(s.len() + 2);
        append_quote(&mut out, s, self.plus);
        self.pad(&out);
    }

    /// `%c`: the character, U+FFFD when not valid.
    pub(crate) fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as i32 };
        let mut out = Vec::with_capacity(4);
        append_rune(&mut out, r);
        self.pad(&out);
    }

    /// `%q` of an integer: a single-quoted Go character literal.
    pub(crate) fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as i32 };
        let mut out = Vec::with_capacity(8);
        append_quote_rune(&mut out, r, self.plus);
        self.pad(&out);
    }

    /// Formats a float with a `strconv` verb and default precision `prec`
    /// (Go's `fmt.fmtFloat`).
    pub(crate) fn fmt_float_raw(&mut self, v: f64, size: u32, verb: char, mut prec: i64) {
        if self.precision_present {
            prec = self.precision;
        }
        let mut num: Vec<u8> = vec![b'+'];
        append_float(&mut num, v, verb as u8, prec.clamp(-1, i32::MAX as i64) as i32, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.space && num[0] == b'+' && !self.plus {
            num[0] = b' ';
        }
        // Infinities and NaN are not padded with zeros.
        if num[1] == b'I' || num[1] == b'N' {
            if num[1] == b'N' && !self.space && !self.plus {
                num.remove(0);
            }
            self.without_zero(|p| p.pad(&num));
            return;
        }
        // `#` forces a decimal point and keeps trailing zeros.
        if self.sharp && verb != 'b' {
            let mut digits: i64 = 0;
            if matches!(verb, 'v' | 'g' | 'G' | 'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                    }
                    b'e' | b'E' if verb != 'x' && verb != 'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.plus || num[0] != b'+' {
            if self.zero && !self.minus && self.width_present && self.width > num.len() as i64 {
                self.buf.push(num[0]);
                let w = self.width - num.len() as i64;
                self.write_padding(w);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}
