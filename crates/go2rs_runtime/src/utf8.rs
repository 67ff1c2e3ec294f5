//! Go's `unicode/utf8` package. Invalid input decodes as `RuneError`
//! (U+FFFD) of width 1, one byte at a time, as Go's `range` over a string
//! does; invalid runes (negative, surrogates, beyond `MaxRune`) encode as
//! U+FFFD.

use crate::panic::runtime_error;
use crate::slice::Slice;
use crate::string::{GoString, decode_rune as decode};

const RUNE_ERROR: i32 = 0xFFFD;
const RUNE_SELF: u8 = 0x80;
const MAX_RUNE: i32 = 0x10FFFF;
const SURROGATE_MIN: i32 = 0xD800;
const SURROGATE_MAX: i32 = 0xDFFF;

fn rune_count_bytes(bytes: &[u8]) -> i64 {
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        i += if bytes[i] < RUNE_SELF { 1 } else { decode(&bytes[i..]).1 };
        count += 1;
    }
    count
}

/// `utf8.RuneCountInString(s)`: each invalid byte counts as one rune.
pub fn rune_count_in_string(s: &GoString) -> i64 {
    rune_count_bytes(s.as_bytes())
}

/// `utf8.RuneCount(p)`.
pub fn rune_count(p: &Slice<u8>) -> i64 {
    rune_count_bytes(&p.to_vec())
}

/// `utf8.RuneLen(r)`: the number of bytes that encode `r`, -1 when `r` is
/// not a valid rune.
pub fn rune_len(r: i32) -> i64 {
    match r {
        _ if r < 0 => -1,
        0..0x80 => 1,
        0x80..0x800 => 2,
        SURROGATE_MIN..=SURROGATE_MAX => -1,
        0x800..0x10000 => 3,
        0x10000..=MAX_RUNE => 4,
        _ => -1,
    }
}

/// `utf8.ValidRune(r)`.
pub fn valid_rune(r: i32) -> bool {
    (0..SURROGATE_MIN).contains(&r) || (SURROGATE_MAX + 1..=MAX_RUNE).contains(&r)
}

/// `utf8.RuneStart(b)`: whether `b` can start an encoding (is not a
/// continuation byte).
pub fn rune_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// `utf8.ValidString(s)`.
pub fn valid_string(s: &GoString) -> bool {
    std::str::from_utf8(s.as_bytes()).is_ok()
}

/// `utf8.Valid(p)`.
pub fn valid(p: &Slice<u8>) -> bool {
    std::str::from_utf8(&p.to_vec()).is_ok()
}

pub(crate) fn full_rune_bytes(p: &[u8]) -> bool {
    let Some(&first) = p.first() else {
        return false;
    };
    let (width, lo, hi) = match first {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        // ASCII, or a byte no encoding starts with: a whole (invalid) rune.
        _ => return true,
    };
    if p.len() >= width {
        return true;
    }
    // Short: whole only when what is there is already invalid.
    if p.len() > 1 && !(lo..=hi).contains(&p[1]) {
        return true;
    }
    p.len() > 2 && !(0x80..=0xBF).contains(&p[2])
}

/// `utf8.FullRune(p)`: whether `p` begins with a full encoding of a rune
/// (an invalid encoding counts: it decodes as a width-1 error).
pub fn full_rune(p: &Slice<u8>) -> bool {
    full_rune_bytes(&p.to_vec())
}

/// `utf8.FullRuneInString(s)`.
pub fn full_rune_in_string(s: &GoString) -> bool {
    full_rune_bytes(s.as_bytes())
}

/// `utf8.DecodeRuneInString(s)`: the first rune and its width; `(RuneError,
/// 0)` for an empty string, `(RuneError, 1)` for an invalid encoding.
pub fn decode_rune_in_string(s: &GoString) -> (i32, i64) {
    let (r, width) = decode(s.as_bytes());
    (r, width as i64)
}

/// `utf8.DecodeRune(p)`.
pub fn decode_rune(p: &Slice<u8>) -> (i32, i64) {
    let bytes = p.to_vec();
    let (r, width) = decode(&bytes);
    (r, width as i64)
}

fn decode_last_rune_bytes(bytes: &[u8]) -> (i32, i64) {
    let end = bytes.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let last = bytes[end - 1];
    if last < RUNE_SELF {
        return (last as i32, 1);
    }
    // Back up at most UTFMax bytes to a byte that can start a rune.
    let limit = end.saturating_sub(4);
    let mut start = end - 1;
    while start > limit {
        start -= 1;
        if rune_start(bytes[start]) {
            break;
        }
    }
    let (r, size) = decode(&bytes[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size as i64)
}

/// `utf8.DecodeLastRuneInString(s)`: the last rune and its width;
/// `(RuneError, 0)` for an empty string, `(RuneError, 1)` when `s` does not
/// end in a valid encoding.
pub fn decode_last_rune_in_string(s: &GoString) -> (i32, i64) {
    decode_last_rune_bytes(s.as_bytes())
}

/// `utf8.DecodeLastRune(p)`.
pub fn decode_last_rune(p: &Slice<u8>) -> (i32, i64) {
    decode_last_rune_bytes(&p.to_vec())
}

/// The UTF-8 encoding of `r`, U+FFFD's when `r` is invalid.
fn encode(r: i32) -> ([u8; 4], usize) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    let mut buffer = [0u8; 4];
    let ch = char::from_u32(r as u32).unwrap_or('\u{FFFD}');
    let width = ch.encode_utf8(&mut buffer).len();
    (buffer, width)
}

/// `utf8.EncodeRune(p, r)`: writes the encoding of `r` (U+FFFD when
/// invalid) into `p` and returns its width; panics, before writing
/// anything, when `p` is too short.
pub fn encode_rune(p: &Slice<u8>, r: i32) -> i64 {
    let (buffer, width) = encode(r);
    if p.len() < width as i64 {
        runtime_error(format!("index out of range [{}] with length {}", width - 1, p.len()));
    }
    for (i, &b) in buffer[..width].iter().enumerate() {
        p.set(i as i64, b);
    }
    width as i64
}

/// `utf8.AppendRune(p, r)`: `p` with the encoding of `r` appended.
pub fn append_rune(p: &Slice<u8>, r: i32) -> Slice<u8> {
    let (buffer, width) = encode(r);
    p.append_all(buffer[..width].iter().copied())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::type_complexity)]

    use super::*;

    fn g(bytes: &[u8]) -> GoString {
        GoString::from_bytes(bytes)
    }

    fn b(bytes: &[u8]) -> Slice<u8> {
        Slice::from_vec(bytes.to_vec())
    }

    #[test]
    fn counting_and_validity() {
        // (s, utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s))
        let table: &[(&[u8], i64, bool, bool)] = &[
            (b"", 0, true, false),                     // ""
            (b"abc", 3, true, true),                   // "abc"
            ("héllo, 世界".as_bytes(), 9, true, true), // "héllo, 世界"
            (b"a\xffb", 3, false, true),               // "a\xffb"
            (b"\xe4\xb8", 2, false, false),            // "\xe4\xb8"
            (b"\xe4\xb8\x96", 1, true, true),          // "世"
            (b"\xed\xa0\x80", 3, false, true),         // "\xed\xa0\x80" (a surrogate)
            (b"\xf0\x9f\x98\x80", 1, true, true),      // "😀"
            (b"\xf0\x9f\x98", 3, false, false),        // "\xf0\x9f\x98"
            (b"\xf4\x90\x80\x80", 4, false, true),     // "\xf4\x90\x80\x80" (beyond MaxRune)
            (b"\xc0\x80", 2, false, true),             // "\xc0\x80" (overlong)
            (b"\xe0\x80", 2, false, true),             // "\xe0\x80"
            (b"\xe1\x80", 2, false, false),            // "\xe1\x80"
            (b"\xe1\x41", 2, false, true),             // "\xe1A"
            (b"\xf1\x80\x41", 3, false, true),         // "\xf1\x80A"
            (b"\x80", 1, false, true),                 // "\x80"
        ];
        for (i, (s, count, is_valid, full)) in table.iter().enumerate() {
            assert_eq!(rune_count_in_string(&g(s)), *count, "row {i}");
            assert_eq!(rune_count(&b(s)), *count, "row {i}");
            assert_eq!(valid_string(&g(s)), *is_valid, "row {i}");
            assert_eq!(valid(&b(s)), *is_valid, "row {i}");
            assert_eq!(full_rune_in_string(&g(s)), *full, "row {i}");
            assert_eq!(full_rune(&b(s)), *full, "row {i}");
        }
    }

    #[test]
    fn rune_properties() {
        // (r, utf8.RuneLen(r), utf8.ValidRune(r))
        let table = [
            (0, 1, true),          // 0
            (0x7f, 1, true),       // 0x7f
            (0x80, 2, true),       // 0x80
            (0x7ff, 2, true),      // 0x7ff
            (0x800, 3, true),      // 0x800
            (0xd7ff, 3, true),     // 0xd7ff
            (0xd800, -1, false),   // 0xd800
            (0xdfff, -1, false),   // 0xdfff
            (0xe000, 3, true),     // 0xe000
            (0xfffd, 3, true),     // 0xfffd
            (0xffff, 3, true),     // 0xffff
            (0x10000, 4, true),    // 0x10000
            (0x10ffff, 4, true),   // 0x10ffff
            (0x110000, -1, false), // 0x110000
            (-1, -1, false),       // -1
            (i32::MIN, -1, false), // math.MinInt32
        ];
        for (i, (r, len, is_valid)) in table.iter().enumerate() {
            assert_eq!(rune_len(*r), *len, "row {i}");
            assert_eq!(valid_rune(*r), *is_valid, "row {i}");
        }
        // utf8.RuneStart(0x41) = true, (0x80) = false, (0xbf) = false, (0xc0) = true, (0xff) = true
        assert!(rune_start(0x41) && !rune_start(0x80) && !rune_start(0xbf) && rune_start(0xc0) && rune_start(0xff));
    }

    #[test]
    fn decoding() {
        // (s, utf8.DecodeRuneInString(s), utf8.DecodeLastRuneInString(s))
        let table: &[(&[u8], (i32, i64), (i32, i64))] = &[
            (b"", (0xfffd, 0), (0xfffd, 0)),                     // ""
            (b"a", (0x61, 1), (0x61, 1)),                        // "a"
            ("é世".as_bytes(), (0xe9, 2), (0x4e16, 3)),          // "é世"
            (b"\xff", (0xfffd, 1), (0xfffd, 1)),                 // "\xff"
            (b"a\xe4\xb8", (0x61, 1), (0xfffd, 1)),              // "a\xe4\xb8"
            (b"\xe4\xb8\x96\x80", (0x4e16, 3), (0xfffd, 1)),     // "世\x80"
            (b"\xf0\x9f\x98\x80", (0x1f600, 4), (0x1f600, 4)),   // "😀"
            (b"\x80\x80\x80\x80\x80", (0xfffd, 1), (0xfffd, 1)), // "\x80\x80\x80\x80\x80"
            (b"\xed\xa0\x80", (0xfffd, 1), (0xfffd, 1)),         // "\xed\xa0\x80"
            ("\u{fffd}".as_bytes(), (0xfffd, 3), (0xfffd, 3)),   // "\ufffd"
        ];
        for (i, (s, first, last)) in table.iter().enumerate() {
            assert_eq!(decode_rune_in_string(&g(s)), *first, "row {i}");
            assert_eq!(decode_rune(&b(s)), *first, "row {i}");
            assert_eq!(decode_last_rune_in_string(&g(s)), *last, "row {i}");
            assert_eq!(decode_last_rune(&b(s)), *last, "row {i}");
        }
    }

    #[test]
    fn encoding() {
        // (r, the bytes utf8.AppendRune(nil, r) gives; utf8.EncodeRune into
        // make([]byte, 4) returns their length)
        let table: &[(i32, &[u8])] = &[
            (0x41, b"A"),                    // 'A'
            (0xe9, b"\xc3\xa9"),             // 'é'
            (0x4e16, b"\xe4\xb8\x96"),       // '世'
            (0x1f600, b"\xf0\x9f\x98\x80"),  // '😀'
            (-1, b"\xef\xbf\xbd"),           // -1
            (0xd800, b"\xef\xbf\xbd"),       // 0xd800
            (0x110000, b"\xef\xbf\xbd"),     // 0x110000
            (0x10ffff, b"\xf4\x8f\xbf\xbf"), // 0x10ffff
        ];
        for (i, (r, want)) in table.iter().enumerate() {
            let appended = append_rune(&Slice::nil(), *r);
            assert_eq!(appended.to_vec(), want.to_vec(), "row {i}");
            let p: Slice<u8> = Slice::make(4, 4);
            assert_eq!(encode_rune(&p, *r), want.len() as i64, "row {i}");
            assert_eq!(&p.to_vec()[..want.len()], *want, "row {i}");
        }
        // b := []byte("xy"); b = utf8.AppendRune(b[:1], '世'); string(b) = "x世", cap(b) = 8
        let b0 = Slice::from_vec(b"xy".to_vec());
        let appended = append_rune(&b0.slice_to(1), 0x4e16);
        assert_eq!(appended.to_vec(), "x世".as_bytes().to_vec());
        assert_eq!(appended.cap(), 8);
    }

    #[test]
    fn encode_rune_panics_when_short() {
        use crate::panic::GoPanic;
        crate::panic::install_quiet_hook();
        // utf8.EncodeRune(make([]byte, 1), '世'): panics, writing nothing.
        let p: Slice<u8> = Slice::make(1, 1);
        let q = p.clone();
        let payload = std::panic::catch_unwind(move || encode_rune(&q, 0x4e16)).expect_err("panics");
        let message = &payload.downcast_ref::<GoPanic>().expect("a Go panic").message;
        assert_eq!(message, "runtime error: index out of range [2] with length 1");
        assert_eq!(p.to_vec(), vec![0]);
        // utf8.EncodeRune(nil, 'a')
        let payload = std::panic::catch_unwind(|| encode_rune(&Slice::nil(), 0x61)).expect_err("panics");
        let message = &payload.downcast_ref::<GoPanic>().expect("a Go panic").message;
        assert_eq!(message, "runtime error: index out of range [0] with length 0");
    }
}
