//! Go's `string`: an immutable sequence of bytes (not necessarily UTF-8) that is
//! cheap to copy.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::panic::runtime_error;

/// A Go string. Cloning is O(1): literals are borrowed from the binary and
/// computed strings share one reference-counted buffer.
#[derive(Clone)]
pub struct GoString(Repr);

#[derive(Clone)]
enum Repr {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl GoString {
    /// The empty string, Go's zero value for `string`.
    pub const fn new() -> GoString {
        GoString(Repr::Static(b""))
    }

    /// A string literal.
    pub const fn from_static(text: &'static str) -> GoString {
        GoString(Repr::Static(text.as_bytes()))
    }

    /// Takes arbitrary bytes, as Go's `string(b)` does.
    pub fn from_bytes(bytes: &[u8]) -> GoString {
        if bytes.is_empty() {
            return GoString::new();
        }
        GoString(Repr::Shared(Arc::from(bytes)))
    }

    pub fn from_vec(bytes: Vec<u8>) -> GoString {
        if bytes.is_empty() {
            return GoString::new();
        }
        GoString(Repr::Shared(Arc::from(bytes)))
    }

    /// `string(r)` for a rune: its UTF-8 encoding, or U+FFFD when `r` is not a
    /// valid code point.
    pub fn from_rune(rune: i64) -> GoString {
        let mut buffer = Vec::with_capacity(4);
        push_rune(&mut buffer, rune);
        GoString::from_vec(buffer)
    }

    /// `string(runes)` for a `[]rune`.
    pub fn from_runes(runes: &[i32]) -> GoString {
        let mut buffer = Vec::with_capacity(runes.len());
        for &rune in runes {
            push_rune(&mut buffer, rune as i64);
        }
        GoString::from_vec(buffer)
    }

    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Static(bytes) => bytes,
            Repr::Shared(bytes) => bytes,
        }
    }

    /// The text when it is valid UTF-8, otherwise with U+FFFD replacements.
    pub fn to_str_lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.as_bytes())
    }

    /// `len(s)`: the number of bytes.
    pub fn len(&self) -> i64 {
        self.as_bytes().len() as i64
    }

    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }

    /// `s[i]`: the byte at `i`, with Go's bounds check.
    pub fn byte_at(&self, index: i64) -> u8 {
        let bytes = self.as_bytes();
        if index < 0 || index as usize >= bytes.len() {
            runtime_error(format!("index out of range [{index}] with length {}", bytes.len()));
        }
        bytes[index as usize]
    }

    /// `s[low:high]`.
    pub fn slice(&self, low: i64, high: i64) -> GoString {
        self.substring(Some(low), Some(high))
    }

    /// `s[low:]`.
    pub fn slice_from(&self, low: i64) -> GoString {
        self.substring(Some(low), None)
    }

    /// `s[:high]`.
    pub fn slice_to(&self, high: i64) -> GoString {
        self.substring(None, Some(high))
    }

    fn substring(&self, low: Option<i64>, high: Option<i64>) -> GoString {
        let bytes = self.as_bytes();
        let length = bytes.len() as i64;
        let low = low.unwrap_or(0);
        let high = high.unwrap_or(length);
        if high < 0 || high > length {
            runtime_error(format!("slice bounds out of range [:{high}] with length {length}"));
        }
        if low < 0 || low > high {
            runtime_error(format!("slice bounds out of range [{low}:{high}]"));
        }
        match &self.0 {
            Repr::Static(bytes) => GoString(Repr::Static(&bytes[low as usize..high as usize])),
            Repr::Shared(_) => GoString::from_bytes(&bytes[low as usize..high as usize]),
        }
    }

    /// `[]rune(s)`.
    pub fn to_runes(&self) -> Vec<i32> {
        self.runes().map(|(_, rune)| rune).collect()
    }

    /// `for i, r := range s`: byte offsets and runes, with U+FFFD for each
    /// invalid byte, as Go decodes.
    pub fn runes(&self) -> Runes<'_> {
        Runes {
            bytes: self.as_bytes(),
            offset: 0,
        }
    }

    /// The string as a Rust `String` when it is valid UTF-8.
    pub fn to_std_string(&self) -> String {
        self.to_str_lossy().into_owned()
    }

    /// `s + t`.
    pub fn concat(&self, other: &GoString) -> GoString {
        if self.is_empty() {
            return other.clone();
        }
        if other.is_empty() {
            return self.clone();
        }
        let mut buffer = Vec::with_capacity(self.as_bytes().len() + other.as_bytes().len());
        buffer.extend_from_slice(self.as_bytes());
        buffer.extend_from_slice(other.as_bytes());
        GoString::from_vec(buffer)
    }
}

/// Appends the UTF-8 encoding of `rune` (U+FFFD when invalid) to `buffer`.
pub fn push_rune(buffer: &mut Vec<u8>, rune: i64) {
    let ch = u32::try_from(rune).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut encoded = [0u8; 4];
    buffer.extend_from_slice(ch.encode_utf8(&mut encoded).as_bytes());
}

/// Decodes one rune at the start of `bytes` as Go does: returns the rune and
/// its width, `(0xFFFD, 1)` for an invalid or truncated sequence.
pub fn decode_rune(bytes: &[u8]) -> (i32, usize) {
    if bytes.is_empty() {
        return (0xFFFD, 0);
    }
    let first = bytes[0];
    if first < 0x80 {
        return (first as i32, 1);
    }
    let width = match first {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (0xFFFD, 1),
    };
    if bytes.len() < width {
        return (0xFFFD, 1);
    }
    match std::str::from_utf8(&bytes[..width]) {
        Ok(text) => (text.chars().next().unwrap() as i32, width),
        Err(_) => (0xFFFD, 1),
    }
}

/// Iterator of `(byte offset, rune)` pairs over a Go string.
pub struct Runes<'a> {
    bytes: &'a [u8],
    offset: usize,
}

impl Iterator for Runes<'_> {
    type Item = (i64, i32);

    fn next(&mut self) -> Option<(i64, i32)> {
        if self.offset >= self.bytes.len() {
            return None;
        }
        let (rune, width) = decode_rune(&self.bytes[self.offset..]);
        let start = self.offset;
        self.offset += width;
        Some((start as i64, rune))
    }
}

impl Default for GoString {
    fn default() -> GoString {
        GoString::new()
    }
}

impl From<&'static str> for GoString {
    fn from(text: &'static str) -> GoString {
        GoString::from_static(text)
    }
}

impl From<String> for GoString {
    fn from(text: String) -> GoString {
        GoString::from_vec(text.into_bytes())
    }
}

impl From<Vec<u8>> for GoString {
    fn from(bytes: Vec<u8>) -> GoString {
        GoString::from_vec(bytes)
    }
}

impl AsRef<[u8]> for GoString {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl PartialEq for GoString {
    fn eq(&self, other: &GoString) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for GoString {}

impl PartialEq<str> for GoString {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for GoString {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialOrd for GoString {
    fn partial_cmp(&self, other: &GoString) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for GoString {
    fn cmp(&self, other: &GoString) -> Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl Hash for GoString {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state)
    }
}

impl fmt::Debug for GoString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.to_str_lossy(), f)
    }
}

impl fmt::Display for GoString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_lossy())
    }
}

impl std::ops::Add for GoString {
    type Output = GoString;

    fn add(self, other: GoString) -> GoString {
        self.concat(&other)
    }
}

impl std::ops::Add<&GoString> for GoString {
    type Output = GoString;

    fn add(self, other: &GoString) -> GoString {
        self.concat(other)
    }
}

impl std::ops::Add<&str> for GoString {
    type Output = GoString;

    fn add(self, other: &str) -> GoString {
        let mut buffer = self.as_bytes().to_vec();
        buffer.extend_from_slice(other.as_bytes());
        GoString::from_vec(buffer)
    }
}

impl std::ops::AddAssign for GoString {
    fn add_assign(&mut self, other: GoString) {
        *self = self.concat(&other);
    }
}

impl std::ops::AddAssign<&str> for GoString {
    fn add_assign(&mut self, other: &str) {
        let mut buffer = self.as_bytes().to_vec();
        buffer.extend_from_slice(other.as_bytes());
        *self = GoString::from_vec(buffer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_runes() {
        let s = GoString::from("héllo");
        assert_eq!(s.len(), 6);
        assert_eq!(s.byte_at(1), 195);
        let runes: Vec<(i64, i32)> = s.runes().collect();
        assert_eq!(runes[1], (1, 'é' as i32));
        assert_eq!(runes[2], (3, 'l' as i32));
        assert_eq!(GoString::from_bytes(&[0xff, b'a']).runes().count(), 2);
    }

    #[test]
    fn slicing_and_concat() {
        let s = GoString::from("hello");
        assert_eq!(s.slice(1, 3), GoString::from("el"));
        assert_eq!(s.slice_from(0), s);
        assert_eq!(s.clone() + GoString::from(" world"), GoString::from("hello world"));
        let (a, b) = (GoString::from("a"), GoString::from("b"));
        assert!(a < b);
        assert_eq!(GoString::from_rune(-1), GoString::from("\u{FFFD}"));
    }
}
