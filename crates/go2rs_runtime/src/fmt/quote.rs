//! Go's `strconv` quoting (`Quote`, `QuoteToASCII`, `QuoteRune`,
//! `CanBackquote`, `IsPrint`) and UTF-8 helpers, on byte strings that may
//! not be valid UTF-8.

use super::isprint::{IS_NOT_PRINT_16, IS_NOT_PRINT_32, IS_PRINT_16, IS_PRINT_32};
use crate::string::decode_rune;

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";
const RUNE_ERROR: i32 = 0xFFFD;
const MAX_RUNE: i32 = 0x10FFFF;

/// `utf8.ValidRune`.
pub fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// `utf8.RuneCount`: invalid bytes count as one rune each.
pub fn rune_count(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&bytes[i..]).1;
        }
        count += 1;
    }
    count
}

/// `utf8.AppendRune`: invalid runes encode as U+FFFD.
pub fn append_rune(buf: &mut Vec<u8>, r: i32) {
    let ch = if valid_rune(r) {
        char::from_u32(r as u32).unwrap_or('\u{FFFD}')
    } else {
        '\u{FFFD}'
    };
    let mut encoded = [0u8; 4];
    buf.extend_from_slice(ch.encode_utf8(&mut encoded).as_bytes());
}

/// `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the
/// ASCII space.
pub fn is_print(r: i32) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if (0..1 << 16).contains(&r) {
        let rr = r as u16;
        let i = IS_PRINT_16.partition_point(|&x| x < rr);
        if i >= IS_PRINT_16.len() || rr < IS_PRINT_16[i & !1] || IS_PRINT_16[i | 1] < rr {
            return false;
        }
        return IS_NOT_PRINT_16.binary_search(&rr).is_err();
    }
    let rr = r as u32;
    let i = IS_PRINT_32.partition_point(|&x| x < rr);
    if i >= IS_PRINT_32.len() || rr < IS_PRINT_32[i & !1] || IS_PRINT_32[i | 1] < rr {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    IS_NOT_PRINT_32.binary_search(&((r - 0x10000) as u16)).is_err()
}

/// `strconv.AppendQuote` (`ascii_only == false`) and
/// `strconv.AppendQuoteToASCII` (`ascii_only == true`).
pub fn append_quote(buf: &mut Vec<u8>, s: &[u8], ascii_only: bool) {
    buf.push(b'"');
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWER_HEX[(s[i] >> 4) as usize]);
            buf.push(LOWER_HEX[(s[i] & 0xF) as usize]);
        } else {
            append_escaped_rune(buf, r, b'"', ascii_only);
        }
        i += width;
    }
    buf.push(b'"');
}

/// `strconv.AppendQuoteRune` / `AppendQuoteRuneToASCII`.
pub fn append_quote_rune(buf: &mut Vec<u8>, r: i32, ascii_only: bool) {
    buf.push(b'\'');
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    append_escaped_rune(buf, r, b'\'', ascii_only);
    buf.push(b'\'');
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: i32, quote: u8, ascii_only: bool) {
    if r == quote as i32 || r == '\\' as i32 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) {
        append_rune(buf, r);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            if r < ' ' as i32 || r == 0x7F {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWER_HEX[((r as u8) >> 4) as usize]);
                buf.push(LOWER_HEX[((r as u8) & 0xF) as usize]);
                return;
            }
            let r = if valid_rune(r) { r } else { RUNE_ERROR };
            if r < 0x10000 {
                buf.extend_from_slice(b"\\u");
                for shift in (0..=12).rev().step_by(4) {
                    buf.push(LOWER_HEX[((r >> shift) & 0xF) as usize]);
                }
            } else {
                buf.extend_from_slice(b"\\U");
                for shift in (0..=28).rev().step_by(4) {
                    buf.push(LOWER_HEX[((r >> shift) & 0xF) as usize]);
                }
            }
        }
    }
}

/// `strconv.CanBackquote`: a single-line string without control characters
/// (other than tab), backquotes, invalid UTF-8 or byte order marks.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        i += width;
        if width > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < ' ' as i32 && r != '\t' as i32) || r == '`' as i32 || r == 0x7F {
            return false;
        }
    }
    true
}
