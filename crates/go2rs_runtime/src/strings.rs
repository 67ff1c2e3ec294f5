//! Go's `strings` package, with Go's exact results on any bytes: invalid
//! UTF-8 decodes as U+FFFD one byte at a time, as Go's `range` does, and the
//! case mappings, simple case folding and white space are Go 1.26's
//! (Unicode 15.0.0, tables generated from Go's `unicode` package).

use crate::error::Error;
use crate::panic::go_panic;
use crate::slice::Slice;
use crate::string::{GoString, decode_rune, push_rune};

const RUNE_ERROR: i32 = 0xFFFD;
const RUNE_SELF: i32 = 0x80;
const MAX_RUNE: i32 = 0x10FFFF;

// ---------------------------------------------------------------------------
// UTF-8 and Unicode helpers (Go's `unicode/utf8` and `unicode`).
// ---------------------------------------------------------------------------

/// `utf8.ValidRune`.
fn valid_rune(r: i32) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=MAX_RUNE).contains(&r)
}

/// `utf8.RuneCountInString`: each invalid byte counts as one rune.
fn rune_count(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        i += if bytes[i] < 0x80 { 1 } else { decode_rune(&bytes[i..]).1 };
        count += 1;
    }
    count
}

/// `utf8.DecodeLastRuneInString`: the last rune and its width, `(U+FFFD, 1)`
/// when the string does not end in a valid encoding.
fn decode_last_rune(bytes: &[u8]) -> (i32, usize) {
    let end = bytes.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let last = bytes[end - 1];
    if last < 0x80 {
        return (last as i32, 1);
    }
    let limit = end.saturating_sub(4);
    let mut start = end - 1;
    while start > limit {
        start -= 1;
        if bytes[start] & 0xC0 != 0x80 {
            break;
        }
    }
    let (r, size) = decode_rune(&bytes[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// `unicode.IsSpace`: Go's White_Space set.
pub(crate) fn is_space(r: i32) -> bool {
    matches!(
        r,
        0x09..=0x0D | 0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

const UPPER_CASE: usize = 0;
const LOWER_CASE: usize = 1;
const TITLE_CASE: usize = 2;
/// Go's `unicode.UpperLower`: the range alternates upper and lower case.
const UL: i32 = MAX_RUNE + 1;

fn lookup_case_range(r: i32) -> Option<&'static (u32, u32, [i32; 3])> {
    if r < 0 {
        return None;
    }
    let r = r as u32;
    let index = CASE_RANGES.partition_point(|range| range.1 < r);
    CASE_RANGES.get(index).filter(|range| range.0 <= r)
}

fn convert_case(case: usize, r: i32, range: &(u32, u32, [i32; 3])) -> i32 {
    let delta = range.2[case];
    if delta > MAX_RUNE {
        let lo = range.0 as i32;
        return lo + (((r - lo) & !1) | (case as i32 & 1));
    }
    r + delta
}

fn to_case(case: usize, r: i32) -> i32 {
    match lookup_case_range(r) {
        Some(range) => convert_case(case, r, range),
        None => r,
    }
}

/// `unicode.ToUpper`: the simple (one rune) mapping, so `ß` stays `ß`.
pub(crate) fn to_upper_rune(r: i32) -> i32 {
    if r < RUNE_SELF {
        return if (b'a' as i32..=b'z' as i32).contains(&r) { r - 32 } else { r };
    }
    to_case(UPPER_CASE, r)
}

/// `unicode.ToLower`.
pub(crate) fn to_lower_rune(r: i32) -> i32 {
    if r < RUNE_SELF {
        return if (b'A' as i32..=b'Z' as i32).contains(&r) { r + 32 } else { r };
    }
    to_case(LOWER_CASE, r)
}

/// `unicode.ToTitle`.
pub(crate) fn to_title_rune(r: i32) -> i32 {
    if r < RUNE_SELF {
        return if (b'a' as i32..=b'z' as i32).contains(&r) { r - 32 } else { r };
    }
    to_case(TITLE_CASE, r)
}

/// `unicode.SimpleFold`: the next rune of `r`'s simple case folding orbit.
pub(crate) fn simple_fold(r: i32) -> i32 {
    if !(0..=MAX_RUNE).contains(&r) {
        return r;
    }
    if let Ok(index) = CASE_ORBIT.binary_search_by_key(&(r as u32), |pair| pair.0) {
        return CASE_ORBIT[index].1 as i32;
    }
    match lookup_case_range(r) {
        Some(range) => {
            let lower = convert_case(LOWER_CASE, r, range);
            if lower != r { lower } else { convert_case(UPPER_CASE, r, range) }
        }
        None => r,
    }
}

// ---------------------------------------------------------------------------
// Byte-level searching.
// ---------------------------------------------------------------------------

/// The first index of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n == 0 {
        return Some(0);
    }
    if n > haystack.len() {
        return None;
    }
    let first = needle[0];
    let last_start = haystack.len() - n;
    let mut i = 0;
    while i <= last_start {
        match haystack[i..=last_start].iter().position(|&b| b == first) {
            None => return None,
            Some(offset) => i += offset,
        }
        if &haystack[i..i + n] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last index of `needle` in `haystack`.
fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let n = needle.len();
    if n > haystack.len() {
        return None;
    }
    (0..=haystack.len() - n).rev().find(|&i| &haystack[i..i + n] == needle)
}

/// `strings.IndexRune` on bytes.
fn index_rune_bytes(s: &[u8], r: i32) -> Option<usize> {
    if (0..RUNE_SELF).contains(&r) {
        return s.iter().position(|&b| b as i32 == r);
    }
    if r == RUNE_ERROR {
        let mut i = 0;
        while i < s.len() {
            let (rune, width) = decode_rune(&s[i..]);
            if rune == RUNE_ERROR {
                return Some(i);
            }
            i += width;
        }
        return None;
    }
    if !valid_rune(r) {
        return None;
    }
    let mut encoded = Vec::with_capacity(4);
    push_rune(&mut encoded, r as i64);
    find(s, &encoded)
}

fn position(index: Option<usize>) -> i64 {
    index.map_or(-1, |i| i as i64)
}

/// `s[lo:hi]`, sharing `s` when the range is all of it.
fn substring(s: &GoString, lo: usize, hi: usize) -> GoString {
    if lo == 0 && hi == s.as_bytes().len() {
        return s.clone();
    }
    s.slice(lo as i64, hi as i64)
}

/// A slice of length `len` and capacity `elements.len()`, as Go's
/// `make([]string, n)` followed by `a[:len]`.
fn slice_of(elements: Vec<GoString>, len: usize) -> Slice<GoString> {
    let cap = elements.len();
    let slice = Slice::from_vec(elements);
    if len == cap { slice } else { slice.slice_to(len as i64) }
}

/// Go's `strings.Map` (used by the case mappings and `Title`): `s` itself
/// when no rune changes; otherwise every rune mapped, invalid bytes becoming
/// U+FFFD and negative results dropped.
fn map_runes(s: &GoString, mut mapping: impl FnMut(i32) -> i32) -> GoString {
    let bytes = s.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (c, width) = decode_rune(&bytes[i..]);
        let r = mapping(c);
        let buffer = match &mut out {
            Some(buffer) => buffer,
            None => {
                if r == c && !(c == RUNE_ERROR && width == 1) {
                    i += width;
                    continue;
                }
                let mut buffer = Vec::with_capacity(bytes.len() + 4);
                buffer.extend_from_slice(&bytes[..i]);
                out.insert(buffer)
            }
        };
        if r >= 0 {
            push_rune(buffer, r as i64);
        }
        i += width;
    }
    match out {
        Some(buffer) => GoString::from_vec(buffer),
        None => s.clone(),
    }
}

// ---------------------------------------------------------------------------
// The package's functions.
// ---------------------------------------------------------------------------

/// `strings.Contains(s, substr)`.
pub fn contains(s: &GoString, substr: &GoString) -> bool {
    find(s.as_bytes(), substr.as_bytes()).is_some()
}

/// `strings.ContainsRune(s, r)`: `U+FFFD` also matches invalid bytes.
pub fn contains_rune(s: &GoString, r: i32) -> bool {
    index_rune_bytes(s.as_bytes(), r).is_some()
}

/// `strings.ContainsAny(s, chars)`.
pub fn contains_any(s: &GoString, chars: &GoString) -> bool {
    index_any_bytes(s.as_bytes(), chars.as_bytes()).is_some()
}

/// `strings.IndexAny` on bytes.
fn index_any_bytes(s: &[u8], chars: &[u8]) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    let mut i = 0;
    while i < s.len() {
        let (c, width) = decode_rune(&s[i..]);
        if index_rune_bytes(chars, c).is_some() {
            return Some(i);
        }
        i += width;
    }
    None
}

/// `strings.Count(s, substr)`: non-overlapping instances; one more than the
/// number of runes when `substr` is empty.
pub fn count(s: &GoString, substr: &GoString) -> i64 {
    count_bytes(s.as_bytes(), substr.as_bytes()) as i64
}

fn count_bytes(mut s: &[u8], substr: &[u8]) -> usize {
    if substr.is_empty() {
        return rune_count(s) + 1;
    }
    let mut n = 0;
    while let Some(i) = find(s, substr) {
        n += 1;
        s = &s[i + substr.len()..];
    }
    n
}

/// `strings.EqualFold(s, t)`: equality under simple Unicode case folding.
pub fn equal_fold(s: &GoString, t: &GoString) -> bool {
    let (s, t) = (s.as_bytes(), t.as_bytes());
    // ASCII fast path.
    let mut i = 0;
    let n = s.len().min(t.len());
    while i < n {
        let (mut sr, mut tr) = (s[i], t[i]);
        if (sr | tr) >= 0x80 {
            break;
        }
        i += 1;
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if sr.is_ascii_uppercase() && tr == sr + 32 {
            continue;
        }
        return false;
    }
    if i == n {
        return s.len() == t.len();
    }
    let (s, mut t) = (&s[i..], &t[i..]);
    let mut j = 0;
    while j < s.len() {
        let (mut sr, width) = decode_rune(&s[j..]);
        j += width;
        if t.is_empty() {
            return false;
        }
        let (mut tr, size) = decode_rune(t);
        t = &t[size..];
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < RUNE_SELF {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = simple_fold(sr);
        while r != sr && r < tr {
            r = simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    t.is_empty()
}

/// `strings.Fields(s)`: the runs of non-space runes (`unicode.IsSpace`);
/// an empty (non-nil) slice when there are none.
pub fn fields(s: &GoString) -> Slice<GoString> {
    let bytes = s.as_bytes();
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (r, width) = if bytes[i] < 0x80 {
            (bytes[i] as i32, 1)
        } else {
            decode_rune(&bytes[i..])
        };
        if is_space(r) {
            if let Some(begin) = start.take() {
                spans.push((begin, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += width;
    }
    if let Some(begin) = start {
        spans.push((begin, bytes.len()));
    }
    Slice::from_vec(spans.into_iter().map(|(lo, hi)| substring(s, lo, hi)).collect())
}

/// `strings.HasPrefix(s, prefix)`.
pub fn has_prefix(s: &GoString, prefix: &GoString) -> bool {
    s.as_bytes().starts_with(prefix.as_bytes())
}

/// `strings.HasSuffix(s, suffix)`.
pub fn has_suffix(s: &GoString, suffix: &GoString) -> bool {
    s.as_bytes().ends_with(suffix.as_bytes())
}

/// `strings.Index(s, substr)`: the byte index of the first instance, or -1.
pub fn index(s: &GoString, substr: &GoString) -> i64 {
    position(find(s.as_bytes(), substr.as_bytes()))
}

/// `strings.IndexByte(s, c)`.
pub fn index_byte(s: &GoString, c: u8) -> i64 {
    position(s.as_bytes().iter().position(|&b| b == c))
}

/// `strings.IndexRune(s, r)`: `U+FFFD` finds the first invalid byte (or
/// U+FFFD itself); an invalid rune is never found.
pub fn index_rune(s: &GoString, r: i32) -> i64 {
    position(index_rune_bytes(s.as_bytes(), r))
}

/// `strings.Join(elems, sep)`.
pub fn join(elems: &Slice<GoString>, sep: &GoString) -> GoString {
    let elems = elems.to_vec();
    match elems.len() {
        0 => return GoString::new(),
        1 => return elems[0].clone(),
        _ => {}
    }
    let sep = sep.as_bytes();
    let total = sep.len() * (elems.len() - 1) + elems.iter().map(|e| e.as_bytes().len()).sum::<usize>();
    let mut buffer = Vec::with_capacity(total);
    for (i, elem) in elems.iter().enumerate() {
        if i > 0 {
            buffer.extend_from_slice(sep);
        }
        buffer.extend_from_slice(elem.as_bytes());
    }
    GoString::from_vec(buffer)
}

/// `strings.LastIndex(s, substr)`: `len(s)` for an empty `substr`.
pub fn last_index(s: &GoString, substr: &GoString) -> i64 {
    position(rfind(s.as_bytes(), substr.as_bytes()))
}

/// `strings.Repeat(s, count)`: panics on a negative count or an overflowing
/// length, with Go's messages.
pub fn repeat(s: &GoString, count: i64) -> GoString {
    match count {
        0 => return GoString::new(),
        1 => return s.clone(),
        _ => {}
    }
    if count < 0 {
        go_panic("strings: negative Repeat count");
    }
    let length = s.as_bytes().len() as u128 * count as u128;
    if length > i64::MAX as u128 {
        go_panic("strings: Repeat output length overflow");
    }
    if length == 0 {
        return GoString::new();
    }
    GoString::from_vec(s.as_bytes().repeat(count as usize))
}

/// `strings.Replace(s, old, new, n)`: the first `n` (all when `n < 0`)
/// non-overlapping instances; an empty `old` matches before every rune and
/// at the end.
pub fn replace(s: &GoString, old: &GoString, new: &GoString, n: i64) -> GoString {
    if old == new || n == 0 {
        return s.clone();
    }
    let (bytes, old_bytes, new_bytes) = (s.as_bytes(), old.as_bytes(), new.as_bytes());
    let m = count_bytes(bytes, old_bytes);
    if m == 0 {
        return s.clone();
    }
    let n = if n < 0 || (m as u64) < n as u64 { m } else { n as usize };
    let mut buffer = Vec::with_capacity(bytes.len() + n * new_bytes.len());
    let mut start = 0;
    if !old_bytes.is_empty() {
        for _ in 0..n {
            let j = start + find(&bytes[start..], old_bytes).expect("counted instance");
            buffer.extend_from_slice(&bytes[start..j]);
            buffer.extend_from_slice(new_bytes);
            start = j + old_bytes.len();
        }
    } else {
        buffer.extend_from_slice(new_bytes);
        for _ in 0..n - 1 {
            let width = decode_rune(&bytes[start..]).1;
            let j = start + width;
            buffer.extend_from_slice(&bytes[start..j]);
            buffer.extend_from_slice(new_bytes);
            start = j;
        }
    }
    buffer.extend_from_slice(&bytes[start..]);
    GoString::from_vec(buffer)
}

/// `strings.ReplaceAll(s, old, new)`.
pub fn replace_all(s: &GoString, old: &GoString, new: &GoString) -> GoString {
    replace(s, old, new, -1)
}

/// `strings.Split(s, sep)`.
pub fn split(s: &GoString, sep: &GoString) -> Slice<GoString> {
    split_n(s, sep, -1)
}

/// `strings.SplitN(s, sep, n)`: at most `n` pieces (all when `n < 0`, nil
/// when `n == 0`); an empty `sep` splits after each UTF-8 sequence (each
/// invalid byte alone).
pub fn split_n(s: &GoString, sep: &GoString, n: i64) -> Slice<GoString> {
    if n == 0 {
        return Slice::nil();
    }
    let bytes = s.as_bytes();
    if sep.is_empty() {
        return explode(s, n);
    }
    let sep_bytes = sep.as_bytes();
    let mut n = if n < 0 {
        count_bytes(bytes, sep_bytes) as u64 + 1
    } else {
        n as u64
    };
    n = n.min(bytes.len() as u64 + 1);
    let n = n as usize;
    let mut pieces = Vec::with_capacity(n);
    let mut start = 0;
    while pieces.len() < n - 1 {
        match find(&bytes[start..], sep_bytes) {
            None => break,
            Some(m) => {
                pieces.push(substring(s, start, start + m));
                start += m + sep_bytes.len();
            }
        }
    }
    pieces.push(substring(s, start, bytes.len()));
    let len = pieces.len();
    pieces.resize(n, GoString::new());
    slice_of(pieces, len)
}

/// Go's `explode`: one string per UTF-8 sequence, at most `n` (the last one
/// holding the rest) when `n > 0`.
fn explode(s: &GoString, n: i64) -> Slice<GoString> {
    let bytes = s.as_bytes();
    let runes = rune_count(bytes);
    let n = if n < 0 || n as u64 > runes as u64 { runes } else { n as usize };
    let mut pieces = Vec::with_capacity(n);
    let mut start = 0;
    for _ in 0..n.saturating_sub(1) {
        let width = decode_rune(&bytes[start..]).1;
        pieces.push(substring(s, start, start + width));
        start += width;
    }
    if n > 0 {
        pieces.push(substring(s, start, bytes.len()));
    }
    Slice::from_vec(pieces)
}

/// Go's `isSeparator` for `Title`: ASCII other than letters, digits and
/// `_`; beyond ASCII only white space (no space is a letter or a digit).
fn is_separator(r: i32) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    is_space(r)
}

/// `strings.Title(s)` (deprecated): each rune that follows a separator
/// mapped to title case.
pub fn title(s: &GoString) -> GoString {
    let mut prev = ' ' as i32;
    map_runes(s, |r| {
        let mapped = if is_separator(prev) { to_title_rune(r) } else { r };
        prev = r;
        mapped
    })
}

/// `strings.ToLower(s)`: Unicode simple lower case mapping.
pub fn to_lower(s: &GoString) -> GoString {
    let bytes = s.as_bytes();
    if bytes.is_ascii() {
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return s.clone();
        }
        return GoString::from_vec(bytes.to_ascii_lowercase());
    }
    map_runes(s, to_lower_rune)
}

/// `strings.ToUpper(s)`: Unicode simple upper case mapping (`ß` stays).
pub fn to_upper(s: &GoString) -> GoString {
    let bytes = s.as_bytes();
    if bytes.is_ascii() {
        if !bytes.iter().any(u8::is_ascii_lowercase) {
            return s.clone();
        }
        return GoString::from_vec(bytes.to_ascii_uppercase());
    }
    map_runes(s, to_upper_rune)
}

/// `strings.TrimSpace(s)`: leading and trailing `unicode.IsSpace` runes
/// removed.
pub fn trim_space(s: &GoString) -> GoString {
    let bytes = s.as_bytes();
    let mut lo = 0;
    while lo < bytes.len() {
        let (r, width) = decode_rune(&bytes[lo..]);
        if !is_space(r) {
            break;
        }
        lo += width;
    }
    let mut hi = bytes.len();
    while hi > lo {
        let (r, width) = decode_last_rune(&bytes[lo..hi]);
        if !is_space(r) {
            break;
        }
        hi -= width;
    }
    substring(s, lo, hi)
}

/// Whether the cutset holds `r`, as Go's `Trim` family decides it: a set of
/// bytes when the cutset is ASCII, else `ContainsRune(cutset, r)`.
enum Cutset<'a> {
    Ascii([bool; 128]),
    Unicode(&'a [u8]),
}

impl<'a> Cutset<'a> {
    fn new(cutset: &'a [u8]) -> Cutset<'a> {
        if cutset.is_ascii() {
            let mut set = [false; 128];
            for &c in cutset {
                set[c as usize] = true;
            }
            Cutset::Ascii(set)
        } else {
            Cutset::Unicode(cutset)
        }
    }

    fn trim_left(&self, s: &[u8]) -> usize {
        let mut lo = 0;
        while lo < s.len() {
            let width = match self {
                Cutset::Ascii(set) => {
                    if s[lo] >= 0x80 || !set[s[lo] as usize] {
                        break;
                    }
                    1
                }
                Cutset::Unicode(cutset) => {
                    let (r, width) = decode_rune(&s[lo..]);
                    if index_rune_bytes(cutset, r).is_none() {
                        break;
                    }
                    width
                }
            };
            lo += width;
        }
        lo
    }

    fn trim_right(&self, s: &[u8], lo: usize) -> usize {
        let mut hi = s.len();
        while hi > lo {
            let width = match self {
                Cutset::Ascii(set) => {
                    let c = s[hi - 1];
                    if c >= 0x80 || !set[c as usize] {
                        break;
                    }
                    1
                }
                Cutset::Unicode(cutset) => {
                    let (r, width) = decode_last_rune(&s[lo..hi]);
                    if index_rune_bytes(cutset, r).is_none() {
                        break;
                    }
                    width
                }
            };
            hi -= width;
        }
        hi
    }
}

/// `strings.Trim(s, cutset)`: leading and trailing runes in `cutset`
/// removed.
pub fn trim(s: &GoString, cutset: &GoString) -> GoString {
    if s.is_empty() || cutset.is_empty() {
        return s.clone();
    }
    let set = Cutset::new(cutset.as_bytes());
    let bytes = s.as_bytes();
    // Go trims the right first, then the left of what remains.
    let hi = set.trim_right(bytes, 0);
    let lo = set.trim_left(&bytes[..hi]);
    substring(s, lo, hi)
}

/// `strings.TrimLeft(s, cutset)`.
pub fn trim_left(s: &GoString, cutset: &GoString) -> GoString {
    if s.is_empty() || cutset.is_empty() {
        return s.clone();
    }
    let lo = Cutset::new(cutset.as_bytes()).trim_left(s.as_bytes());
    substring(s, lo, s.as_bytes().len())
}

/// `strings.TrimRight(s, cutset)`.
pub fn trim_right(s: &GoString, cutset: &GoString) -> GoString {
    if s.is_empty() || cutset.is_empty() {
        return s.clone();
    }
    let hi = Cutset::new(cutset.as_bytes()).trim_right(s.as_bytes(), 0);
    substring(s, 0, hi)
}

/// `strings.TrimPrefix(s, prefix)`.
pub fn trim_prefix(s: &GoString, prefix: &GoString) -> GoString {
    if has_prefix(s, prefix) {
        return substring(s, prefix.as_bytes().len(), s.as_bytes().len());
    }
    s.clone()
}

/// `strings.TrimSuffix(s, suffix)`.
pub fn trim_suffix(s: &GoString, suffix: &GoString) -> GoString {
    if has_suffix(s, suffix) {
        return substring(s, 0, s.as_bytes().len() - suffix.as_bytes().len());
    }
    s.clone()
}

// ---------------------------------------------------------------------------
// strings.Builder
// ---------------------------------------------------------------------------

/// `strings.Builder`. Go's check that a non-empty Builder is not copied by
/// value has no equivalent: a clone is an independent Builder.
#[derive(Clone, Debug, Default)]
pub struct Builder {
    buf: Vec<u8>,
}

impl Builder {
    /// The zero `strings.Builder`.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// `b.String()`.
    pub fn string(&self) -> GoString {
        GoString::from_bytes(&self.buf)
    }

    /// `b.Len()`: the number of bytes written.
    pub fn len(&self) -> i64 {
        self.buf.len() as i64
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// `b.Cap()`.
    pub fn cap(&self) -> i64 {
        self.buf.capacity() as i64
    }

    /// `b.Reset()`.
    pub fn reset(&mut self) {
        self.buf = Vec::new();
    }

    /// `b.Grow(n)`: room for `n` more bytes; panics when `n` is negative.
    pub fn grow(&mut self, n: i64) {
        if n < 0 {
            go_panic("strings.Builder.Grow: negative count");
        }
        self.buf.reserve(n as usize);
    }

    /// `b.Write(p)`.
    pub fn write(&mut self, p: &Slice<u8>) -> (i64, Error) {
        let bytes = p.to_vec();
        self.buf.extend_from_slice(&bytes);
        (bytes.len() as i64, Error::nil())
    }

    /// `b.WriteByte(c)`.
    pub fn write_byte(&mut self, c: u8) -> Error {
        self.buf.push(c);
        Error::nil()
    }

    /// `b.WriteRune(r)`: an invalid rune writes U+FFFD.
    pub fn write_rune(&mut self, r: i32) -> (i64, Error) {
        let before = self.buf.len();
        push_rune(&mut self.buf, r as i64);
        ((self.buf.len() - before) as i64, Error::nil())
    }

    /// `b.WriteString(s)`.
    pub fn write_string(&mut self, s: &GoString) -> (i64, Error) {
        self.buf.extend_from_slice(s.as_bytes());
        (s.len(), Error::nil())
    }
}

impl std::io::Write for Builder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// strings.Reader
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct ReaderState {
    s: GoString,
    /// The reading index (Go's `i`).
    i: i64,
    /// The index of the rune ReadRune last read, or -1.
    prev_rune: i64,
}

/// `*strings.Reader`: a handle (clones share the reading position), as Go
/// shares the pointer `NewReader` returns. It reads its string through
/// [`std::io::Read`] too, so `bufio::new_scanner` accepts it.
#[derive(Clone, Debug)]
pub struct Reader {
    state: std::sync::Arc<std::sync::Mutex<ReaderState>>,
}

impl Default for Reader {
    /// A Reader of the empty string (Go's zero `strings.Reader`).
    fn default() -> Self {
        new_reader(&GoString::new())
    }
}

/// `strings.NewReader(s)`.
pub fn new_reader(s: &GoString) -> Reader {
    Reader {
        state: std::sync::Arc::new(std::sync::Mutex::new(ReaderState {
            s: s.clone(),
            i: 0,
            prev_rune: -1,
        })),
    }
}

fn reader_error(text: &'static str) -> Error {
    crate::errors::new(text)
}

impl Reader {
    fn state(&self) -> std::sync::MutexGuard<'_, ReaderState> {
        crate::slice::lock(&self.state)
    }

    /// `r.Len()`: the number of bytes not yet read.
    pub fn len(&self) -> i64 {
        let state = self.state();
        (state.s.len() - state.i).max(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `r.Size()`: the length of the underlying string.
    pub fn size(&self) -> i64 {
        self.state().s.len()
    }

    /// `r.Read(b)`: copies the unread bytes into `b`; `io.EOF` when none
    /// are left.
    pub fn read(&self, b: &Slice<u8>) -> (i64, Error) {
        let mut state = self.state();
        if state.i >= state.s.len() {
            return (0, crate::io::eof());
        }
        state.prev_rune = -1;
        let n = crate::slice::copy_string(b, &state.s.slice_from(state.i));
        state.i += n;
        (n, Error::nil())
    }

    /// `r.ReadByte()`.
    pub fn read_byte(&self) -> (u8, Error) {
        let mut state = self.state();
        state.prev_rune = -1;
        if state.i >= state.s.len() {
            return (0, crate::io::eof());
        }
        let b = state.s.as_bytes()[state.i as usize];
        state.i += 1;
        (b, Error::nil())
    }

    /// `r.UnreadByte()`.
    pub fn unread_byte(&self) -> Error {
        let mut state = self.state();
        if state.i <= 0 {
            return reader_error("strings.Reader.UnreadByte: at beginning of string");
        }
        state.prev_rune = -1;
        state.i -= 1;
        Error::nil()
    }

    /// `r.ReadRune()`: the next rune and its width (U+FFFD, 1 for an
    /// invalid byte).
    pub fn read_rune(&self) -> (i32, i64, Error) {
        let mut state = self.state();
        if state.i >= state.s.len() {
            state.prev_rune = -1;
            return (0, 0, crate::io::eof());
        }
        state.prev_rune = state.i;
        let (r, size) = decode_rune(&state.s.as_bytes()[state.i as usize..]);
        state.i += size as i64;
        (r, size as i64, Error::nil())
    }

    /// `r.UnreadRune()`.
    pub fn unread_rune(&self) -> Error {
        let mut state = self.state();
        if state.i <= 0 {
            return reader_error("strings.Reader.UnreadRune: at beginning of string");
        }
        if state.prev_rune < 0 {
            return reader_error("strings.Reader.UnreadRune: previous operation was not ReadRune");
        }
        state.i = state.prev_rune;
        state.prev_rune = -1;
        Error::nil()
    }

    /// `r.Reset(s)`: reads `s` from the start.
    pub fn reset(&self, s: &GoString) {
        let mut state = self.state();
        state.s = s.clone();
        state.i = 0;
        state.prev_rune = -1;
    }

    /// The address of the shared Reader, for printing the pointer.
    pub fn address(&self) -> usize {
        std::sync::Arc::as_ptr(&self.state) as usize
    }
}

impl std::io::Read for Reader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let mut state = self.state();
        if state.i >= state.s.len() {
            return Ok(0);
        }
        state.prev_rune = -1;
        let rest = &state.s.as_bytes()[state.i as usize..];
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        state.i += n as i64;
        Ok(n)
    }
}

impl crate::fmt::Value for Reader {
    fn format(&self, printer: &mut crate::fmt::Printer, verb: char) {
        let (s, i, prev_rune) = {
            let state = self.state();
            (state.s.clone(), state.i, state.prev_rune)
        };
        printer.fmt_pointer_to(self, verb, self.address(), crate::fmt::Kind::Struct, |printer| {
            printer.fmt_struct(
                &crate::error::TypeLabel("strings.Reader"),
                verb,
                &[("s", &s), ("i", &i), ("prevRune", &prev_rune)],
            )
        })
    }
    fn type_name(&self) -> String {
        String::from("*strings.Reader")
    }
    fn static_type_name() -> String {
        String::from("*strings.Reader")
    }
    fn kind(&self) -> crate::fmt::Kind {
        crate::fmt::Kind::Pointer
    }
    fn static_kind() -> crate::fmt::Kind {
        crate::fmt::Kind::Pointer
    }
    fn address(&self) -> Option<usize> {
        Some(Reader::address(self))
    }
}

/// `strings.ToValidUTF8(s, replacement)`: each run of invalid UTF-8 bytes
/// replaced by `replacement` (once per run).
pub fn to_valid_utf8(s: &GoString, replacement: &GoString) -> GoString {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut invalid = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c < 0x80 {
            i += 1;
            invalid = false;
            out.push(c);
            continue;
        }
        let (_, width) = decode_rune(&bytes[i..]);
        if width == 1 {
            i += 1;
            if !invalid {
                invalid = true;
                out.extend_from_slice(replacement.as_bytes());
            }
            continue;
        }
        invalid = false;
        out.extend_from_slice(&bytes[i..i + width]);
        i += width;
    }
    GoString::from_vec(out)
}

// ---------------------------------------------------------------------------
// Unicode tables, generated from Go 1.26's `unicode` package.
// ---------------------------------------------------------------------------

/// `unicode.CaseRanges`: `(lo, hi, [upper, lower, title] deltas)`; a delta
/// of `UL` marks an alternating upper/lower sequence.
#[rustfmt::skip]
const CASE_RANGES: [(u32, u32, [i32; 3]); 328] = [
    (0x0041, 0x005A, [0, 32, 0]),
    (0x0061, 0x007A, [-32, 0, -32]),
    (0x00B5, 0x00B5, [743, 0, 743]),
    (0x00C0, 0x00D6, [0, 32, 0]),
    (0x00D8, 0x00DE, [0, 32, 0]),
    (0x00E0, 0x00F6, [-32, 0, -32]),
    (0x00F8, 0x00FE, [-32, 0, -32]),
    (0x00FF, 0x00FF, [121, 0, 121]),
    (0x0100, 0x012F, [UL, UL, UL]),
    (0x0130, 0x0130, [0, -199, 0]),
    (0x0131, 0x0131, [-232, 0, -232]),
    (0x0132, 0x0137, [UL, UL, UL]),
    (0x0139, 0x0148, [UL, UL, UL]),
    (0x014A, 0x0177, [UL, UL, UL]),
    (0x0178, 0x0178, [0, -121, 0]),
    (0x0179, 0x017E, [UL, UL, UL]),
    (0x017F, 0x017F, [-300, 0, -300]),
    (0x0180, 0x0180, [195, 0, 195]),
    (0x0181, 0x0181, [0, 210, 0]),
    (0x0182, 0x0185, [UL, UL, UL]),
    (0x0186, 0x0186, [0, 206, 0]),
    (0x0187, 0x0188, [UL, UL, UL]),
    (0x0189, 0x018A, [0, 205, 0]),
    (0x018B, 0x018C, [UL, UL, UL]),
    (0x018E, 0x018E, [0, 79, 0]),
    (0x018F, 0x018F, [0, 202, 0]),
    (0x0190, 0x0190, [0, 203, 0]),
    (0x0191, 0x0192, [UL, UL, UL]),
    (0x0193, 0x0193, [0, 205, 0]),
    (0x0194, 0x0194, [0, 207, 0]),
    (0x0195, 0x0195, [97, 0, 97]),
    (0x0196, 0x0196, [0, 211, 0]),
    (0x0197, 0x0197, [0, 209, 0]),
    (0x0198, 0x0199, [UL, UL, UL]),
    (0x019A, 0x019A, [163, 0, 163]),
    (0x019C, 0x019C, [0, 211, 0]),
    (0x019D, 0x019D, [0, 213, 0]),
    (0x019E, 0x019E, [130, 0, 130]),
    (0x019F, 0x019F, [0, 214, 0]),
    (0x01A0, 0x01A5, [UL, UL, UL]),
    (0x01A6, 0x01A6, [0, 218, 0]),
    (0x01A7, 0x01A8, [UL, UL, UL]),
    (0x01A9, 0x01A9, [0, 218, 0]),
    (0x01AC, 0x01AD, [UL, UL, UL]),
    (0x01AE, 0x01AE, [0, 218, 0]),
    (0x01AF, 0x01B0, [UL, UL, UL]),
    (0x01B1, 0x01B2, [0, 217, 0]),
    (0x01B3, 0x01B6, [UL, UL, UL]),
    (0x01B7, 0x01B7, [0, 219, 0]),
    (0x01B8, 0x01B9, [UL, UL, UL]),
    (0x01BC, 0x01BD, [UL, UL, UL]),
    (0x01BF, 0x01BF, [56, 0, 56]),
    (0x01C4, 0x01C4, [0, 2, 1]),
    (0x01C5, 0x01C5, [-1, 1, 0]),
    (0x01C6, 0x01C6, [-2, 0, -1]),
    (0x01C7, 0x01C7, [0, 2, 1]),
    (0x01C8, 0x01C8, [-1, 1, 0]),
    (0x01C9, 0x01C9, [-2, 0, -1]),
    (0x01CA, 0x01CA, [0, 2, 1]),
    (0x01CB, 0x01CB, [-1, 1, 0]),
    (0x01CC, 0x01CC, [-2, 0, -1]),
    (0x01CD, 0x01DC, [UL, UL, UL]),
    (0x01DD, 0x01DD, [-79, 0, -79]),
    (0x01DE, 0x01EF, [UL, UL, UL]),
    (0x01F1, 0x01F1, [0, 2, 1]),
    (0x01F2, 0x01F2, [-1, 1, 0]),
    (0x01F3, 0x01F3, [-2, 0, -1]),
    (0x01F4, 0x01F5, [UL, UL, UL]),
    (0x01F6, 0x01F6, [0, -97, 0]),
    (0x01F7, 0x01F7, [0, -56, 0]),
    (0x01F8, 0x021F, [UL, UL, UL]),
    (0x0220, 0x0220, [0, -130, 0]),
    (0x0222, 0x0233, [UL, UL, UL]),
    (0x023A, 0x023A, [0, 10795, 0]),
    (0x023B, 0x023C, [UL, UL, UL]),
    (0x023D, 0x023D, [0, -163, 0]),
    (0x023E, 0x023E, [0, 10792, 0]),
    (0x023F, 0x0240, [10815, 0, 10815]),
    (0x0241, 0x0242, [UL, UL, UL]),
    (0x0243, 0x0243, [0, -195, 0]),
    (0x0244, 0x0244, [0, 69, 0]),
    (0x0245, 0x0245, [0, 71, 0]),
    (0x0246, 0x024F, [UL, UL, UL]),
    (0x0250, 0x0250, [10783, 0, 10783]),
    (0x0251, 0x0251, [10780, 0, 10780]),
    (0x0252, 0x0252, [10782, 0, 10782]),
    (0x0253, 0x0253, [-210, 0, -210]),
    (0x0254, 0x0254, [-206, 0, -206]),
    (0x0256, 0x0257, [-205, 0, -205]),
    (0x0259, 0x0259, [-202, 0, -202]),
    (0x025B, 0x025B, [-203, 0, -203]),
    (0x025C, 0x025C, [42319, 0, 42319]),
    (0x0260, 0x0260, [-205, 0, -205]),
    (0x0261, 0x0261, [42315, 0, 42315]),
    (0x0263, 0x0263, [-207, 0, -207]),
    (0x0265, 0x0265, [42280, 0, 42280]),
    (0x0266, 0x0266, [42308, 0, 42308]),
    (0x0268, 0x0268, [-209, 0, -209]),
    (0x0269, 0x0269, [-211, 0, -211]),
    (0x026A, 0x026A, [42308, 0, 42308]),
    (0x026B, 0x026B, [10743, 0, 10743]),
    (0x026C, 0x026C, [42305, 0, 42305]),
    (0x026F, 0x026F, [-211, 0, -211]),
    (0x0271, 0x0271, [10749, 0, 10749]),
    (0x0272, 0x0272, [-213, 0, -213]),
    (0x0275, 0x0275, [-214, 0, -214]),
    (0x027D, 0x027D, [10727, 0, 10727]),
    (0x0280, 0x0280, [-218, 0, -218]),
    (0x0282, 0x0282, [42307, 0, 42307]),
    (0x0283, 0x0283, [-218, 0, -218]),
    (0x0287, 0x0287, [42282, 0, 42282]),
    (0x0288, 0x0288, [-218, 0, -218]),
    (0x0289, 0x0289, [-69, 0, -69]),
    (0x028A, 0x028B, [-217, 0, -217]),
    (0x028C, 0x028C, [-71, 0, -71]),
    (0x0292, 0x0292, [-219, 0, -219]),
    (0x029D, 0x029D, [42261, 0, 42261]),
    (0x029E, 0x029E, [42258, 0, 42258]),
    (0x0345, 0x0345, [84, 0, 84]),
    (0x0370, 0x0373, [UL, UL, UL]),
    (0x0376, 0x0377, [UL, UL, UL]),
    (0x037B, 0x037D, [130, 0, 130]),
    (0x037F, 0x037F, [0, 116, 0]),
    (0x0386, 0x0386, [0, 38, 0]),
    (0x0388, 0x038A, [0, 37, 0]),
    (0x038C, 0x038C, [0, 64, 0]),
    (0x038E, 0x038F, [0, 63, 0]),
    (0x0391, 0x03A1, [0, 32, 0]),
    (0x03A3, 0x03AB, [0, 32, 0]),
    (0x03AC, 0x03AC, [-38, 0, -38]),
    (0x03AD, 0x03AF, [-37, 0, -37]),
    (0x03B1, 0x03C1, [-32, 0, -32]),
    (0x03C2, 0x03C2, [-31, 0, -31]),
    (0x03C3, 0x03CB, [-32, 0, -32]),
    (0x03CC, 0x03CC, [-64, 0, -64]),
    (0x03CD, 0x03CE, [-63, 0, -63]),
    (0x03CF, 0x03CF, [0, 8, 0]),
    (0x03D0, 0x03D0, [-62, 0, -62]),
    (0x03D1, 0x03D1, [-57, 0, -57]),
    (0x03D5, 0x03D5, [-47, 0, -47]),
    (0x03D6, 0x03D6, [-54, 0, -54]),
    (0x03D7, 0x03D7, [-8, 0, -8]),
    (0x03D8, 0x03EF, [UL, UL, UL]),
    (0x03F0, 0x03F0, [-86, 0, -86]),
    (0x03F1, 0x03F1, [-80, 0, -80]),
    (0x03F2, 0x03F2, [7, 0, 7]),
    (0x03F3, 0x03F3, [-116, 0, -116]),
    (0x03F4, 0x03F4, [0, -60, 0]),
    (0x03F5, 0x03F5, [-96, 0, -96]),
    (0x03F7, 0x03F8, [UL, UL, UL]),
    (0x03F9, 0x03F9, [0, -7, 0]),
    (0x03FA, 0x03FB, [UL, UL, UL]),
    (0x03FD, 0x03FF, [0, -130, 0]),
    (0x0400, 0x040F, [0, 80, 0]),
    (0x0410, 0x042F, [0, 32, 0]),
    (0x0430, 0x044F, [-32, 0, -32]),
    (0x0450, 0x045F, [-80, 0, -80]),
    (0x0460, 0x0481, [UL, UL, UL]),
    (0x048A, 0x04BF, [UL, UL, UL]),
    (0x04C0, 0x04C0, [0, 15, 0]),
    (0x04C1, 0x04CE, [UL, UL, UL]),
    (0x04CF, 0x04CF, [-15, 0, -15]),
    (0x04D0, 0x052F, [UL, UL, UL]),
    (0x0531, 0x0556, [0, 48, 0]),
    (0x0561, 0x0586, [-48, 0, -48]),
    (0x10A0, 0x10C5, [0, 7264, 0]),
    (0x10C7, 0x10C7, [0, 7264, 0]),
    (0x10CD, 0x10CD, [0, 7264, 0]),
    (0x10D0, 0x10FA, [3008, 0, 0]),
    (0x10FD, 0x10FF, [3008, 0, 0]),
    (0x13A0, 0x13EF, [0, 38864, 0]),
    (0x13F0, 0x13F5, [0, 8, 0]),
    (0x13F8, 0x13FD, [-8, 0, -8]),
    (0x1C80, 0x1C80, [-6254, 0, -6254]),
    (0x1C81, 0x1C81, [-6253, 0, -6253]),
    (0x1C82, 0x1C82, [-6244, 0, -6244]),
    (0x1C83, 0x1C84, [-6242, 0, -6242]),
    (0x1C85, 0x1C85, [-6243, 0, -6243]),
    (0x1C86, 0x1C86, [-6236, 0, -6236]),
    (0x1C87, 0x1C87, [-6181, 0, -6181]),
    (0x1C88, 0x1C88, [35266, 0, 35266]),
    (0x1C90, 0x1CBA, [0, -3008, 0]),
    (0x1CBD, 0x1CBF, [0, -3008, 0]),
    (0x1D79, 0x1D79, [35332, 0, 35332]),
    (0x1D7D, 0x1D7D, [3814, 0, 3814]),
    (0x1D8E, 0x1D8E, [35384, 0, 35384]),
    (0x1E00, 0x1E95, [UL, UL, UL]),
    (0x1E9B, 0x1E9B, [-59, 0, -59]),
    (0x1E9E, 0x1E9E, [0, -7615, 0]),
    (0x1EA0, 0x1EFF, [UL, UL, UL]),
    (0x1F00, 0x1F07, [8, 0, 8]),
    (0x1F08, 0x1F0F, [0, -8, 0]),
    (0x1F10, 0x1F15, [8, 0, 8]),
    (0x1F18, 0x1F1D, [0, -8, 0]),
    (0x1F20, 0x1F27, [8, 0, 8]),
    (0x1F28, 0x1F2F, [0, -8, 0]),
    (0x1F30, 0x1F37, [8, 0, 8]),
    (0x1F38, 0x1F3F, [0, -8, 0]),
    (0x1F40, 0x1F45, [8, 0, 8]),
    (0x1F48, 0x1F4D, [0, -8, 0]),
    (0x1F51, 0x1F51, [8, 0, 8]),
    (0x1F53, 0x1F53, [8, 0, 8]),
    (0x1F55, 0x1F55, [8, 0, 8]),
    (0x1F57, 0x1F57, [8, 0, 8]),
    (0x1F59, 0x1F59, [0, -8, 0]),
    (0x1F5B, 0x1F5B, [0, -8, 0]),
    (0x1F5D, 0x1F5D, [0, -8, 0]),
    (0x1F5F, 0x1F5F, [0, -8, 0]),
    (0x1F60, 0x1F67, [8, 0, 8]),
    (0x1F68, 0x1F6F, [0, -8, 0]),
    (0x1F70, 0x1F71, [74, 0, 74]),
    (0x1F72, 0x1F75, [86, 0, 86]),
    (0x1F76, 0x1F77, [100, 0, 100]),
    (0x1F78, 0x1F79, [128, 0, 128]),
    (0x1F7A, 0x1F7B, [112, 0, 112]),
    (0x1F7C, 0x1F7D, [126, 0, 126]),
    (0x1F80, 0x1F87, [8, 0, 8]),
    (0x1F88, 0x1F8F, [0, -8, 0]),
    (0x1F90, 0x1F97, [8, 0, 8]),
    (0x1F98, 0x1F9F, [0, -8, 0]),
    (0x1FA0, 0x1FA7, [8, 0, 8]),
    (0x1FA8, 0x1FAF, [0, -8, 0]),
    (0x1FB0, 0x1FB1, [8, 0, 8]),
    (0x1FB3, 0x1FB3, [9, 0, 9]),
    (0x1FB8, 0x1FB9, [0, -8, 0]),
    (0x1FBA, 0x1FBB, [0, -74, 0]),
    (0x1FBC, 0x1FBC, [0, -9, 0]),
    (0x1FBE, 0x1FBE, [-7205, 0, -7205]),
    (0x1FC3, 0x1FC3, [9, 0, 9]),
    (0x1FC8, 0x1FCB, [0, -86, 0]),
    (0x1FCC, 0x1FCC, [0, -9, 0]),
    (0x1FD0, 0x1FD1, [8, 0, 8]),
    (0x1FD8, 0x1FD9, [0, -8, 0]),
    (0x1FDA, 0x1FDB, [0, -100, 0]),
    (0x1FE0, 0x1FE1, [8, 0, 8]),
    (0x1FE5, 0x1FE5, [7, 0, 7]),
    (0x1FE8, 0x1FE9, [0, -8, 0]),
    (0x1FEA, 0x1FEB, [0, -112, 0]),
    (0x1FEC, 0x1FEC, [0, -7, 0]),
    (0x1FF3, 0x1FF3, [9, 0, 9]),
    (0x1FF8, 0x1FF9, [0, -128, 0]),
    (0x1FFA, 0x1FFB, [0, -126, 0]),
    (0x1FFC, 0x1FFC, [0, -9, 0]),
    (0x2126, 0x2126, [0, -7517, 0]),
    (0x212A, 0x212A, [0, -8383, 0]),
    (0x212B, 0x212B, [0, -8262, 0]),
    (0x2132, 0x2132, [0, 28, 0]),
    (0x214E, 0x214E, [-28, 0, -28]),
    (0x2160, 0x216F, [0, 16, 0]),
    (0x2170, 0x217F, [-16, 0, -16]),
    (0x2183, 0x2184, [UL, UL, UL]),
    (0x24B6, 0x24CF, [0, 26, 0]),
    (0x24D0, 0x24E9, [-26, 0, -26]),
    (0x2C00, 0x2C2F, [0, 48, 0]),
    (0x2C30, 0x2C5F, [-48, 0, -48]),
    (0x2C60, 0x2C61, [UL, UL, UL]),
    (0x2C62, 0x2C62, [0, -10743, 0]),
    (0x2C63, 0x2C63, [0, -3814, 0]),
    (0x2C64, 0x2C64, [0, -10727, 0]),
    (0x2C65, 0x2C65, [-10795, 0, -10795]),
    (0x2C66, 0x2C66, [-10792, 0, -10792]),
    (0x2C67, 0x2C6C, [UL, UL, UL]),
    (0x2C6D, 0x2C6D, [0, -10780, 0]),
    (0x2C6E, 0x2C6E, [0, -10749, 0]),
    (0x2C6F, 0x2C6F, [0, -10783, 0]),
    (0x2C70, 0x2C70, [0, -10782, 0]),
    (0x2C72, 0x2C73, [UL, UL, UL]),
    (0x2C75, 0x2C76, [UL, UL, UL]),
    (0x2C7E, 0x2C7F, [0, -10815, 0]),
    (0x2C80, 0x2CE3, [UL, UL, UL]),
    (0x2CEB, 0x2CEE, [UL, UL, UL]),
    (0x2CF2, 0x2CF3, [UL, UL, UL]),
    (0x2D00, 0x2D25, [-7264, 0, -7264]),
    (0x2D27, 0x2D27, [-7264, 0, -7264]),
    (0x2D2D, 0x2D2D, [-7264, 0, -7264]),
    (0xA640, 0xA66D, [UL, UL, UL]),
    (0xA680, 0xA69B, [UL, UL, UL]),
    (0xA722, 0xA72F, [UL, UL, UL]),
    (0xA732, 0xA76F, [UL, UL, UL]),
    (0xA779, 0xA77C, [UL, UL, UL]),
    (0xA77D, 0xA77D, [0, -35332, 0]),
    (0xA77E, 0xA787, [UL, UL, UL]),
    (0xA78B, 0xA78C, [UL, UL, UL]),
    (0xA78D, 0xA78D, [0, -42280, 0]),
    (0xA790, 0xA793, [UL, UL, UL]),
    (0xA794, 0xA794, [48, 0, 48]),
    (0xA796, 0xA7A9, [UL, UL, UL]),
    (0xA7AA, 0xA7AA, [0, -42308, 0]),
    (0xA7AB, 0xA7AB, [0, -42319, 0]),
    (0xA7AC, 0xA7AC, [0, -42315, 0]),
    (0xA7AD, 0xA7AD, [0, -42305, 0]),
    (0xA7AE, 0xA7AE, [0, -42308, 0]),
    (0xA7B0, 0xA7B0, [0, -42258, 0]),
    (0xA7B1, 0xA7B1, [0, -42282, 0]),
    (0xA7B2, 0xA7B2, [0, -42261, 0]),
    (0xA7B3, 0xA7B3, [0, 928, 0]),
    (0xA7B4, 0xA7C3, [UL, UL, UL]),
    (0xA7C4, 0xA7C4, [0, -48, 0]),
    (0xA7C5, 0xA7C5, [0, -42307, 0]),
    (0xA7C6, 0xA7C6, [0, -35384, 0]),
    (0xA7C7, 0xA7CA, [UL, UL, UL]),
    (0xA7D0, 0xA7D1, [UL, UL, UL]),
    (0xA7D6, 0xA7D9, [UL, UL, UL]),
    (0xA7F5, 0xA7F6, [UL, UL, UL]),
    (0xAB53, 0xAB53, [-928, 0, -928]),
    (0xAB70, 0xABBF, [-38864, 0, -38864]),
    (0xFF21, 0xFF3A, [0, 32, 0]),
    (0xFF41, 0xFF5A, [-32, 0, -32]),
    (0x10400, 0x10427, [0, 40, 0]),
    (0x10428, 0x1044F, [-40, 0, -40]),
    (0x104B0, 0x104D3, [0, 40, 0]),
    (0x104D8, 0x104FB, [-40, 0, -40]),
    (0x10570, 0x1057A, [0, 39, 0]),
    (0x1057C, 0x1058A, [0, 39, 0]),
    (0x1058C, 0x10592, [0, 39, 0]),
    (0x10594, 0x10595, [0, 39, 0]),
    (0x10597, 0x105A1, [-39, 0, -39]),
    (0x105A3, 0x105B1, [-39, 0, -39]),
    (0x105B3, 0x105B9, [-39, 0, -39]),
    (0x105BB, 0x105BC, [-39, 0, -39]),
    (0x10C80, 0x10CB2, [0, 64, 0]),
    (0x10CC0, 0x10CF2, [-64, 0, -64]),
    (0x118A0, 0x118BF, [0, 32, 0]),
    (0x118C0, 0x118DF, [-32, 0, -32]),
    (0x16E40, 0x16E5F, [0, 32, 0]),
    (0x16E60, 0x16E7F, [-32, 0, -32]),
    (0x1E900, 0x1E921, [0, 34, 0]),
    (0x1E922, 0x1E943, [-34, 0, -34]),
];

/// The runes whose `unicode.SimpleFold` is not the default (their lower
/// case, else their upper case): `(rune, next rune in its folding orbit)`.
#[rustfmt::skip]
const CASE_ORBIT: [(u32, u32); 38] = [
    (0x006B, 0x212A), (0x0073, 0x017F), (0x00DF, 0x1E9E), (0x00E5, 0x212B),
    (0x0130, 0x0130), (0x0131, 0x0131), (0x01C4, 0x01C5), (0x01C7, 0x01C8),
    (0x01CA, 0x01CB), (0x01F1, 0x01F2), (0x03A3, 0x03C2), (0x03B2, 0x03D0),
    (0x03B5, 0x03F5), (0x03B8, 0x03D1), (0x03B9, 0x1FBE), (0x03BA, 0x03F0),
    (0x03BC, 0x00B5), (0x03C0, 0x03D6), (0x03C1, 0x03F1), (0x03C2, 0x03C3),
    (0x03C6, 0x03D5), (0x03C9, 0x2126), (0x03D1, 0x03F4), (0x03F4, 0x0398),
    (0x0432, 0x1C80), (0x0434, 0x1C81), (0x043E, 0x1C82), (0x0441, 0x1C83),
    (0x0442, 0x1C84), (0x044A, 0x1C86), (0x0463, 0x1C87), (0x1C84, 0x1C85),
    (0x1E61, 0x1E9B), (0x1FBE, 0x0345), (0x2126, 0x03A9), (0x212A, 0x004B),
    (0x212B, 0x00C5), (0xA64B, 0x1C88),
];

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

    /// `want == None` stands for a nil slice.
    fn check_list(got: Slice<GoString>, want: &Option<Vec<GoString>>, row: usize) {
        match want {
            None => assert!(got.is_nil(), "row {row}: want nil, got {:?}", got.to_vec()),
            Some(want) => {
                assert!(!got.is_nil(), "row {row}: want non-nil");
                assert_eq!(got.to_vec(), *want, "row {row}");
            }
        }
    }

    fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
        crate::panic::install_quiet_hook();
        let payload = std::panic::catch_unwind(f).expect_err("should panic");
        payload.downcast_ref::<GoPanic>().expect("a Go panic").message.clone()
    }

    #[test]
    fn panics() {
        // strings.Repeat("x", -1)
        assert_eq!(
            panic_message(|| {
                repeat(&g("x"), -1);
            }),
            "strings: negative Repeat count"
        );
        // strings.Repeat("xx", 1<<62)
        assert_eq!(
            panic_message(|| {
                repeat(&g("xx"), 1 << 62);
            }),
            "strings: Repeat output length overflow"
        );
        // var b strings.Builder; b.Grow(-1)
        assert_eq!(panic_message(|| Builder::new().grow(-1)), "strings.Builder.Grow: negative count");
    }

    #[test]
    fn builder() {
        // var b strings.Builder; b.WriteString("héllo") = 6; b.WriteByte(' ');
        // b.WriteRune('世') = 3; b.WriteRune(-1) = 3; b.WriteRune(0xD800) = 3;
        // b.String() = "héllo 世\uFFFD\uFFFD", b.Len() = 16
        let mut b = Builder::default();
        assert_eq!(b.write_string(&g("héllo")).0, 6);
        assert!(b.write_byte(b' ').is_nil());
        assert_eq!(b.write_rune('世' as i32).0, 3);
        assert_eq!(b.write_rune(-1).0, 3);
        let (n, err) = b.write_rune(0xD800);
        assert_eq!(n, 3);
        assert!(err.is_nil());
        assert_eq!(b.string(), g("héllo 世\u{fffd}\u{fffd}"));
        assert_eq!(b.len(), 16);
        let copy = b.clone();
        b.reset();
        assert_eq!(b.len(), 0);
        assert_eq!(b.string(), g(""));
        assert_eq!(copy.len(), 16);
        b.grow(64);
        assert!(b.cap() >= 64);
        b.write(&Slice::from_vec(vec![b'o', b'k']));
        assert_eq!(b.string(), g("ok"));
    }

    #[test]
    fn case_tables_are_sorted() {
        assert!(CASE_RANGES.windows(2).all(|w| w[0].1 < w[1].0));
        assert!(CASE_RANGES.iter().all(|r| r.0 <= r.1));
        assert!(CASE_ORBIT.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn rune_mappings() {
        // unicode.ToUpper/ToLower/ToTitle/SimpleFold
        assert_eq!(to_upper_rune(0x01C5), 0x01C4); // unicode.ToUpper('ǅ')
        assert_eq!(to_lower_rune(0x01C5), 0x01C6); // unicode.ToLower('ǅ')
        assert_eq!(to_title_rune(0x01C6), 0x01C5); // unicode.ToTitle('ǆ')
        assert_eq!(to_lower_rune(0x0130), 0x0069); // unicode.ToLower('İ')
        assert_eq!(to_upper_rune(0x00DF), 0x00DF); // unicode.ToUpper('ß')
        assert_eq!(to_lower_rune(0x1E9E), 0x00DF); // unicode.ToLower('ẞ')
        assert_eq!(to_upper_rune(0x0100), 0x0100); // unicode.ToUpper('Ā') (UpperLower range)
        assert_eq!(to_lower_rune(0x0100), 0x0101); // unicode.ToLower('Ā')
        assert_eq!(to_upper_rune(0x0101), 0x0100); // unicode.ToUpper('ā')
        assert_eq!(to_upper_rune(-5), -5); // unicode.ToUpper(-5)
        assert_eq!(simple_fold('A' as i32), 'a' as i32); // unicode.SimpleFold('A')
        assert_eq!(simple_fold('a' as i32), 'A' as i32); // unicode.SimpleFold('a')
        assert_eq!(simple_fold('K' as i32), 'k' as i32); // unicode.SimpleFold('K')
        assert_eq!(simple_fold('k' as i32), 0x212A); // unicode.SimpleFold('k')
        assert_eq!(simple_fold(0x212A), 'K' as i32); // unicode.SimpleFold('\u212A')
        assert_eq!(simple_fold('1' as i32), '1' as i32); // unicode.SimpleFold('1')
        assert_eq!(simple_fold(-2), -2); // unicode.SimpleFold(-2)
        assert_eq!(simple_fold(0x0130), 0x0130); // unicode.SimpleFold('İ')
        assert!(is_space(0x85) && is_space(0x3000) && !is_space(0x200B) && !is_space(0x180E));
    }

    #[test]
    fn to_upper_table() {
        let table = [
            (g(""), g("")),                                                                 // strings.ToUpper("")
            (g("hello"), g("HELLO")),                                                       // strings.ToUpper("hello")
            (g("Hello World"), g("HELLO WORLD")),                                           // strings.ToUpper("Hello World")
            (g("HELLO wORLD"), g("HELLO WORLD")),                                           // strings.ToUpper("HELLO wORLD")
            (g("ß"), g("ß")),                                                               // strings.ToUpper("ß")
            (g("straße"), g("STRAßE")),                                                     // strings.ToUpper("straße")
            (g("ǅ"), g("Ǆ")),                                                               // strings.ToUpper("ǅ")
            (g("ǆemal ǈubljana"), g("ǄEMAL ǇUBLJANA")),                                     // strings.ToUpper("ǆemal ǈubljana")
            (g("ǲ"), g("Ǳ")),                                                               // strings.ToUpper("ǲ")
            (g("ÀÉÎõü"), g("ÀÉÎÕÜ")),                                                       // strings.ToUpper("ÀÉÎõü")
            (g("İstanbul"), g("İSTANBUL")),                                                 // strings.ToUpper("İstanbul")
            (g("ı"), g("I")),                                                               // strings.ToUpper("ı")
            (g("ſ"), g("S")),                                                               // strings.ToUpper("ſ")
            (g("µ"), g("Μ")),                                                               // strings.ToUpper("µ")
            (g("ﬃ"), g("ﬃ")),                                                               // strings.ToUpper("ﬃ")
            (g("Σίσυφος ΣΑΣ"), g("ΣΊΣΥΦΟΣ ΣΑΣ")),                                           // strings.ToUpper("Σίσυφος ΣΑΣ")
            (g("ᾳ"), g("ᾼ")),                                                               // strings.ToUpper("ᾳ")
            (g("ŉ"), g("ŉ")),                                                               // strings.ToUpper("ŉ")
            (g("ǰ"), g("ǰ")),                                                               // strings.ToUpper("ǰ")
            (g("ꞵ"), g("Ꞵ")),                                                               // strings.ToUpper("ꞵ")
            (g("𐐨𐐀"), g("𐐀𐐀")),                                                             // strings.ToUpper("𐐨𐐀")
            (g("𞤢"), g("𞤀")),                                                               // strings.ToUpper("𞤢")
            (g("ⓐ"), g("Ⓐ")),                                                               // strings.ToUpper("ⓐ")
            (g("\u{fffd}"), g("\u{fffd}")),                                                 // strings.ToUpper("�")
            (g("K"), g("K")),                                                               // strings.ToUpper("K")
            (g("Å"), g("Å")),                                                               // strings.ToUpper("Å")
            (g("Ω"), g("Ω")),                                                               // strings.ToUpper("Ω")
            (g("ᲀ"), g("В")),                                                               // strings.ToUpper("ᲀ")
            (g("ꭰᎠ"), g("ᎠᎠ")),                                                             // strings.ToUpper("ꭰᎠ")
            (g("Ᲊ"), g("Ᲊ")),                                                               // strings.ToUpper("\u1c89")
            (gb(b"\xff"), g("\u{fffd}")),                                                   // strings.ToUpper("\xff")
            (gb(b"a\xffb"), g("A\u{fffd}B")),                                               // strings.ToUpper("a\xffb")
            (gb(b"\xc3"), g("\u{fffd}")),                                                   // strings.ToUpper("\xc3")
            (gb(b"x\xe2\x82"), g("X\u{fffd}\u{fffd}")),                                     // strings.ToUpper("x\xe2\x82")
            (g("a\u{a0}b"), g("A\u{a0}B")),                                                 // strings.ToUpper("a\u00a0b")
            (g("\u{2028}x"), g("\u{2028}X")),                                               // strings.ToUpper("\u2028x")
            (g("\u{3000} x \u{3000}"), g("\u{3000} X \u{3000}")),                           // strings.ToUpper("\u3000 x \u3000")
            (g(" \t\n\u{b}\u{c}\r x \u{85}\u{a0}"), g(" \t\n\u{b}\u{c}\r X \u{85}\u{a0}")), // strings.ToUpper(" \t\n\v\f\r x \u0085\u00a0")
            (g("\u{200b} x\u{200b}"), g("\u{200b} X\u{200b}")),                             // strings.ToUpper("\u200b x\u200b")
            (g("  a  b  c  "), g("  A  B  C  ")),                                           // strings.ToUpper("  a  b  c  ")
            (g("a,b c-d_e f'g h.i"), g("A,B C-D_E F'G H.I")),                               // strings.ToUpper("a,b c-d_e f'g h.i")
            (g("ǆ ǆ-ǆ"), g("Ǆ Ǆ-Ǆ")),                                                       // strings.ToUpper("ǆ ǆ-ǆ")
            (g("o'neil is_here"), g("O'NEIL IS_HERE")),                                     // strings.ToUpper("o'neil is_here")
            (g("hello\u{a0}world\u{2003}again"), g("HELLO\u{a0}WORLD\u{2003}AGAIN")), // strings.ToUpper("hello\u00a0world\u2003again")
            (gb(b"\x85x\x85"), g("\u{fffd}X\u{fffd}")),                               // strings.ToUpper("\x85x\x85")
            (g("ǉ\u{1680}ǉ"), g("Ǉ\u{1680}Ǉ")),                                       // strings.ToUpper("ǉ\u1680ǉ")
            (g("\u{180e}x\u{180e}"), g("\u{180e}X\u{180e}")),                         // strings.ToUpper("\u180ex\u180e")
            (g("\u{feff}y"), g("\u{feff}Y")),                                         // strings.ToUpper("\ufeffy")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            assert_eq!(to_upper(s), *want, "row {i}");
        }
    }

    #[test]
    fn to_lower_table() {
        let table = [
            (g(""), g("")),                                                                 // strings.ToLower("")
            (g("hello"), g("hello")),                                                       // strings.ToLower("hello")
            (g("Hello World"), g("hello world")),                                           // strings.ToLower("Hello World")
            (g("HELLO wORLD"), g("hello world")),                                           // strings.ToLower("HELLO wORLD")
            (g("ß"), g("ß")),                                                               // strings.ToLower("ß")
            (g("straße"), g("straße")),                                                     // strings.ToLower("straße")
            (g("ǅ"), g("ǆ")),                                                               // strings.ToLower("ǅ")
            (g("ǆemal ǈubljana"), g("ǆemal ǉubljana")),                                     // strings.ToLower("ǆemal ǈubljana")
            (g("ǲ"), g("ǳ")),                                                               // strings.ToLower("ǲ")
            (g("ÀÉÎõü"), g("àéîõü")),                                                       // strings.ToLower("ÀÉÎõü")
            (g("İstanbul"), g("istanbul")),                                                 // strings.ToLower("İstanbul")
            (g("ı"), g("ı")),                                                               // strings.ToLower("ı")
            (g("ſ"), g("ſ")),                                                               // strings.ToLower("ſ")
            (g("µ"), g("µ")),                                                               // strings.ToLower("µ")
            (g("ﬃ"), g("ﬃ")),                                                               // strings.ToLower("ﬃ")
            (g("Σίσυφος ΣΑΣ"), g("σίσυφος σασ")),                                           // strings.ToLower("Σίσυφος ΣΑΣ")
            (g("ᾳ"), g("ᾳ")),                                                               // strings.ToLower("ᾳ")
            (g("ŉ"), g("ŉ")),                                                               // strings.ToLower("ŉ")
            (g("ǰ"), g("ǰ")),                                                               // strings.ToLower("ǰ")
            (g("ꞵ"), g("ꞵ")),                                                               // strings.ToLower("ꞵ")
            (g("𐐨𐐀"), g("𐐨𐐨")),                                                             // strings.ToLower("𐐨𐐀")
            (g("𞤢"), g("𞤢")),                                                               // strings.ToLower("𞤢")
            (g("ⓐ"), g("ⓐ")),                                                               // strings.ToLower("ⓐ")
            (g("\u{fffd}"), g("\u{fffd}")),                                                 // strings.ToLower("�")
            (g("K"), g("k")),                                                               // strings.ToLower("K")
            (g("Å"), g("å")),                                                               // strings.ToLower("Å")
            (g("Ω"), g("ω")),                                                               // strings.ToLower("Ω")
            (g("ᲀ"), g("ᲀ")),                                                               // strings.ToLower("ᲀ")
            (g("ꭰᎠ"), g("ꭰꭰ")),                                                             // strings.ToLower("ꭰᎠ")
            (g("Ᲊ"), g("Ᲊ")),                                                               // strings.ToLower("\u1c89")
            (gb(b"\xff"), g("\u{fffd}")),                                                   // strings.ToLower("\xff")
            (gb(b"a\xffb"), g("a\u{fffd}b")),                                               // strings.ToLower("a\xffb")
            (gb(b"\xc3"), g("\u{fffd}")),                                                   // strings.ToLower("\xc3")
            (gb(b"x\xe2\x82"), g("x\u{fffd}\u{fffd}")),                                     // strings.ToLower("x\xe2\x82")
            (g("a\u{a0}b"), g("a\u{a0}b")),                                                 // strings.ToLower("a\u00a0b")
            (g("\u{2028}x"), g("\u{2028}x")),                                               // strings.ToLower("\u2028x")
            (g("\u{3000} x \u{3000}"), g("\u{3000} x \u{3000}")),                           // strings.ToLower("\u3000 x \u3000")
            (g(" \t\n\u{b}\u{c}\r x \u{85}\u{a0}"), g(" \t\n\u{b}\u{c}\r x \u{85}\u{a0}")), // strings.ToLower(" \t\n\v\f\r x \u0085\u00a0")
            (g("\u{200b} x\u{200b}"), g("\u{200b} x\u{200b}")),                             // strings.ToLower("\u200b x\u200b")
            (g("  a  b  c  "), g("  a  b  c  ")),                                           // strings.ToLower("  a  b  c  ")
            (g("a,b c-d_e f'g h.i"), g("a,b c-d_e f'g h.i")),                               // strings.ToLower("a,b c-d_e f'g h.i")
            (g("ǆ ǆ-ǆ"), g("ǆ ǆ-ǆ")),                                                       // strings.ToLower("ǆ ǆ-ǆ")
            (g("o'neil is_here"), g("o'neil is_here")),                                     // strings.ToLower("o'neil is_here")
            (g("hello\u{a0}world\u{2003}again"), g("hello\u{a0}world\u{2003}again")), // strings.ToLower("hello\u00a0world\u2003again")
            (gb(b"\x85x\x85"), g("\u{fffd}x\u{fffd}")),                               // strings.ToLower("\x85x\x85")
            (g("ǉ\u{1680}ǉ"), g("ǉ\u{1680}ǉ")),                                       // strings.ToLower("ǉ\u1680ǉ")
            (g("\u{180e}x\u{180e}"), g("\u{180e}x\u{180e}")),                         // strings.ToLower("\u180ex\u180e")
            (g("\u{feff}y"), g("\u{feff}y")),                                         // strings.ToLower("\ufeffy")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            assert_eq!(to_lower(s), *want, "row {i}");
        }
    }

    #[test]
    fn title_table() {
        let table = [
            (g(""), g("")),                                                                 // strings.Title("")
            (g("hello"), g("Hello")),                                                       // strings.Title("hello")
            (g("Hello World"), g("Hello World")),                                           // strings.Title("Hello World")
            (g("HELLO wORLD"), g("HELLO WORLD")),                                           // strings.Title("HELLO wORLD")
            (g("ß"), g("ß")),                                                               // strings.Title("ß")
            (g("straße"), g("Straße")),                                                     // strings.Title("straße")
            (g("ǅ"), g("ǅ")),                                                               // strings.Title("ǅ")
            (g("ǆemal ǈubljana"), g("ǅemal ǈubljana")),                                     // strings.Title("ǆemal ǈubljana")
            (g("ǲ"), g("ǲ")),                                                               // strings.Title("ǲ")
            (g("ÀÉÎõü"), g("ÀÉÎõü")),                                                       // strings.Title("ÀÉÎõü")
            (g("İstanbul"), g("İstanbul")),                                                 // strings.Title("İstanbul")
            (g("ı"), g("I")),                                                               // strings.Title("ı")
            (g("ſ"), g("S")),                                                               // strings.Title("ſ")
            (g("µ"), g("Μ")),                                                               // strings.Title("µ")
            (g("ﬃ"), g("ﬃ")),                                                               // strings.Title("ﬃ")
            (g("Σίσυφος ΣΑΣ"), g("Σίσυφος ΣΑΣ")),                                           // strings.Title("Σίσυφος ΣΑΣ")
            (g("ᾳ"), g("ᾼ")),                                                               // strings.Title("ᾳ")
            (g("ŉ"), g("ŉ")),                                                               // strings.Title("ŉ")
            (g("ǰ"), g("ǰ")),                                                               // strings.Title("ǰ")
            (g("ꞵ"), g("Ꞵ")),                                                               // strings.Title("ꞵ")
            (g("𐐨𐐀"), g("𐐀𐐀")),                                                             // strings.Title("𐐨𐐀")
            (g("𞤢"), g("𞤀")),                                                               // strings.Title("𞤢")
            (g("ⓐ"), g("Ⓐ")),                                                               // strings.Title("ⓐ")
            (g("\u{fffd}"), g("\u{fffd}")),                                                 // strings.Title("�")
            (g("K"), g("K")),                                                               // strings.Title("K")
            (g("Å"), g("Å")),                                                               // strings.Title("Å")
            (g("Ω"), g("Ω")),                                                               // strings.Title("Ω")
            (g("ᲀ"), g("В")),                                                               // strings.Title("ᲀ")
            (g("ꭰᎠ"), g("ᎠᎠ")),                                                             // strings.Title("ꭰᎠ")
            (g("Ᲊ"), g("Ᲊ")),                                                               // strings.Title("\u1c89")
            (gb(b"\xff"), g("\u{fffd}")),                                                   // strings.Title("\xff")
            (gb(b"a\xffb"), g("A\u{fffd}b")),                                               // strings.Title("a\xffb")
            (gb(b"\xc3"), g("\u{fffd}")),                                                   // strings.Title("\xc3")
            (gb(b"x\xe2\x82"), g("X\u{fffd}\u{fffd}")),                                     // strings.Title("x\xe2\x82")
            (g("a\u{a0}b"), g("A\u{a0}B")),                                                 // strings.Title("a\u00a0b")
            (g("\u{2028}x"), g("\u{2028}X")),                                               // strings.Title("\u2028x")
            (g("\u{3000} x \u{3000}"), g("\u{3000} X \u{3000}")),                           // strings.Title("\u3000 x \u3000")
            (g(" \t\n\u{b}\u{c}\r x \u{85}\u{a0}"), g(" \t\n\u{b}\u{c}\r X \u{85}\u{a0}")), // strings.Title(" \t\n\v\f\r x \u0085\u00a0")
            (g("\u{200b} x\u{200b}"), g("\u{200b} X\u{200b}")),                             // strings.Title("\u200b x\u200b")
            (g("  a  b  c  "), g("  A  B  C  ")),                                           // strings.Title("  a  b  c  ")
            (g("a,b c-d_e f'g h.i"), g("A,B C-D_e F'G H.I")),                               // strings.Title("a,b c-d_e f'g h.i")
            (g("ǆ ǆ-ǆ"), g("ǅ ǅ-ǅ")),                                                       // strings.Title("ǆ ǆ-ǆ")
            (g("o'neil is_here"), g("O'Neil Is_here")),                                     // strings.Title("o'neil is_here")
            (g("hello\u{a0}world\u{2003}again"), g("Hello\u{a0}World\u{2003}Again")),       // strings.Title("hello\u00a0world\u2003again")
            (gb(b"\x85x\x85"), g("\u{fffd}x\u{fffd}")),                                     // strings.Title("\x85x\x85")
            (g("ǉ\u{1680}ǉ"), g("ǈ\u{1680}ǈ")),                                             // strings.Title("ǉ\u1680ǉ")
            (g("\u{180e}x\u{180e}"), g("\u{180e}x\u{180e}")),                               // strings.Title("\u180ex\u180e")
            (g("\u{feff}y"), g("\u{feff}y")),                                               // strings.Title("\ufeffy")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            assert_eq!(title(s), *want, "row {i}");
        }
    }

    #[test]
    fn trim_space_table() {
        let table = [
            (g(""), g("")),                                                           // strings.TrimSpace("")
            (g("hello"), g("hello")),                                                 // strings.TrimSpace("hello")
            (g("Hello World"), g("Hello World")),                                     // strings.TrimSpace("Hello World")
            (g("HELLO wORLD"), g("HELLO wORLD")),                                     // strings.TrimSpace("HELLO wORLD")
            (g("ß"), g("ß")),                                                         // strings.TrimSpace("ß")
            (g("straße"), g("straße")),                                               // strings.TrimSpace("straße")
            (g("ǅ"), g("ǅ")),                                                         // strings.TrimSpace("ǅ")
            (g("ǆemal ǈubljana"), g("ǆemal ǈubljana")),                               // strings.TrimSpace("ǆemal ǈubljana")
            (g("ǲ"), g("ǲ")),                                                         // strings.TrimSpace("ǲ")
            (g("ÀÉÎõü"), g("ÀÉÎõü")),                                                 // strings.TrimSpace("ÀÉÎõü")
            (g("İstanbul"), g("İstanbul")),                                           // strings.TrimSpace("İstanbul")
            (g("ı"), g("ı")),                                                         // strings.TrimSpace("ı")
            (g("ſ"), g("ſ")),                                                         // strings.TrimSpace("ſ")
            (g("µ"), g("µ")),                                                         // strings.TrimSpace("µ")
            (g("ﬃ"), g("ﬃ")),                                                         // strings.TrimSpace("ﬃ")
            (g("Σίσυφος ΣΑΣ"), g("Σίσυφος ΣΑΣ")),                                     // strings.TrimSpace("Σίσυφος ΣΑΣ")
            (g("ᾳ"), g("ᾳ")),                                                         // strings.TrimSpace("ᾳ")
            (g("ŉ"), g("ŉ")),                                                         // strings.TrimSpace("ŉ")
            (g("ǰ"), g("ǰ")),                                                         // strings.TrimSpace("ǰ")
            (g("ꞵ"), g("ꞵ")),                                                         // strings.TrimSpace("ꞵ")
            (g("𐐨𐐀"), g("𐐨𐐀")),                                                       // strings.TrimSpace("𐐨𐐀")
            (g("𞤢"), g("𞤢")),                                                         // strings.TrimSpace("𞤢")
            (g("ⓐ"), g("ⓐ")),                                                         // strings.TrimSpace("ⓐ")
            (g("\u{fffd}"), g("\u{fffd}")),                                           // strings.TrimSpace("�")
            (g("K"), g("K")),                                                         // strings.TrimSpace("K")
            (g("Å"), g("Å")),                                                         // strings.TrimSpace("Å")
            (g("Ω"), g("Ω")),                                                         // strings.TrimSpace("Ω")
            (g("ᲀ"), g("ᲀ")),                                                         // strings.TrimSpace("ᲀ")
            (g("ꭰᎠ"), g("ꭰᎠ")),                                                       // strings.TrimSpace("ꭰᎠ")
            (g("Ᲊ"), g("Ᲊ")),                                                         // strings.TrimSpace("\u1c89")
            (gb(b"\xff"), gb(b"\xff")),                                               // strings.TrimSpace("\xff")
            (gb(b"a\xffb"), gb(b"a\xffb")),                                           // strings.TrimSpace("a\xffb")
            (gb(b"\xc3"), gb(b"\xc3")),                                               // strings.TrimSpace("\xc3")
            (gb(b"x\xe2\x82"), gb(b"x\xe2\x82")),                                     // strings.TrimSpace("x\xe2\x82")
            (g("a\u{a0}b"), g("a\u{a0}b")),                                           // strings.TrimSpace("a\u00a0b")
            (g("\u{2028}x"), g("x")),                                                 // strings.TrimSpace("\u2028x")
            (g("\u{3000} x \u{3000}"), g("x")),                                       // strings.TrimSpace("\u3000 x \u3000")
            (g(" \t\n\u{b}\u{c}\r x \u{85}\u{a0}"), g("x")),                          // strings.TrimSpace(" \t\n\v\f\r x \u0085\u00a0")
            (g("\u{200b} x\u{200b}"), g("\u{200b} x\u{200b}")),                       // strings.TrimSpace("\u200b x\u200b")
            (g("  a  b  c  "), g("a  b  c")),                                         // strings.TrimSpace("  a  b  c  ")
            (g("a,b c-d_e f'g h.i"), g("a,b c-d_e f'g h.i")),                         // strings.TrimSpace("a,b c-d_e f'g h.i")
            (g("ǆ ǆ-ǆ"), g("ǆ ǆ-ǆ")),                                                 // strings.TrimSpace("ǆ ǆ-ǆ")
            (g("o'neil is_here"), g("o'neil is_here")),                               // strings.TrimSpace("o'neil is_here")
            (g("hello\u{a0}world\u{2003}again"), g("hello\u{a0}world\u{2003}again")), // strings.TrimSpace("hello\u00a0world\u2003again")
            (gb(b"\x85x\x85"), gb(b"\x85x\x85")),                                     // strings.TrimSpace("\x85x\x85")
            (g("ǉ\u{1680}ǉ"), g("ǉ\u{1680}ǉ")),                                       // strings.TrimSpace("ǉ\u1680ǉ")
            (g("\u{180e}x\u{180e}"), g("\u{180e}x\u{180e}")),                         // strings.TrimSpace("\u180ex\u180e")
            (g("\u{feff}y"), g("\u{feff}y")),                                         // strings.TrimSpace("\ufeffy")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            assert_eq!(trim_space(s), *want, "row {i}");
        }
    }

    #[test]
    fn fields_table() {
        let table = [
            (g(""), Some(vec![])),                                                                // strings.Fields("")
            (g("hello"), Some(vec![g("hello")])),                                                 // strings.Fields("hello")
            (g("Hello World"), Some(vec![g("Hello"), g("World")])),                               // strings.Fields("Hello World")
            (g("HELLO wORLD"), Some(vec![g("HELLO"), g("wORLD")])),                               // strings.Fields("HELLO wORLD")
            (g("ß"), Some(vec![g("ß")])),                                                         // strings.Fields("ß")
            (g("straße"), Some(vec![g("straße")])),                                               // strings.Fields("straße")
            (g("ǅ"), Some(vec![g("ǅ")])),                                                         // strings.Fields("ǅ")
            (g("ǆemal ǈubljana"), Some(vec![g("ǆemal"), g("ǈubljana")])),                         // strings.Fields("ǆemal ǈubljana")
            (g("ǲ"), Some(vec![g("ǲ")])),                                                         // strings.Fields("ǲ")
            (g("ÀÉÎõü"), Some(vec![g("ÀÉÎõü")])),                                                 // strings.Fields("ÀÉÎõü")
            (g("İstanbul"), Some(vec![g("İstanbul")])),                                           // strings.Fields("İstanbul")
            (g("ı"), Some(vec![g("ı")])),                                                         // strings.Fields("ı")
            (g("ſ"), Some(vec![g("ſ")])),                                                         // strings.Fields("ſ")
            (g("µ"), Some(vec![g("µ")])),                                                         // strings.Fields("µ")
            (g("ﬃ"), Some(vec![g("ﬃ")])),                                                         // strings.Fields("ﬃ")
            (g("Σίσυφος ΣΑΣ"), Some(vec![g("Σίσυφος"), g("ΣΑΣ")])),                               // strings.Fields("Σίσυφος ΣΑΣ")
            (g("ᾳ"), Some(vec![g("ᾳ")])),                                                         // strings.Fields("ᾳ")
            (g("ŉ"), Some(vec![g("ŉ")])),                                                         // strings.Fields("ŉ")
            (g("ǰ"), Some(vec![g("ǰ")])),                                                         // strings.Fields("ǰ")
            (g("ꞵ"), Some(vec![g("ꞵ")])),                                                         // strings.Fields("ꞵ")
            (g("𐐨𐐀"), Some(vec![g("𐐨𐐀")])),                                                       // strings.Fields("𐐨𐐀")
            (g("𞤢"), Some(vec![g("𞤢")])),                                                         // strings.Fields("𞤢")
            (g("ⓐ"), Some(vec![g("ⓐ")])),                                                         // strings.Fields("ⓐ")
            (g("\u{fffd}"), Some(vec![g("\u{fffd}")])),                                           // strings.Fields("�")
            (g("K"), Some(vec![g("K")])),                                                         // strings.Fields("K")
            (g("Å"), Some(vec![g("Å")])),                                                         // strings.Fields("Å")
            (g("Ω"), Some(vec![g("Ω")])),                                                         // strings.Fields("Ω")
            (g("ᲀ"), Some(vec![g("ᲀ")])),                                                         // strings.Fields("ᲀ")
            (g("ꭰᎠ"), Some(vec![g("ꭰᎠ")])),                                                       // strings.Fields("ꭰᎠ")
            (g("Ᲊ"), Some(vec![g("Ᲊ")])),                                                         // strings.Fields("\u1c89")
            (gb(b"\xff"), Some(vec![gb(b"\xff")])),                                               // strings.Fields("\xff")
            (gb(b"a\xffb"), Some(vec![gb(b"a\xffb")])),                                           // strings.Fields("a\xffb")
            (gb(b"\xc3"), Some(vec![gb(b"\xc3")])),                                               // strings.Fields("\xc3")
            (gb(b"x\xe2\x82"), Some(vec![gb(b"x\xe2\x82")])),                                     // strings.Fields("x\xe2\x82")
            (g("a\u{a0}b"), Some(vec![g("a"), g("b")])),                                          // strings.Fields("a\u00a0b")
            (g("\u{2028}x"), Some(vec![g("x")])),                                                 // strings.Fields("\u2028x")
            (g("\u{3000} x \u{3000}"), Some(vec![g("x")])),                                       // strings.Fields("\u3000 x \u3000")
            (g(" \t\n\u{b}\u{c}\r x \u{85}\u{a0}"), Some(vec![g("x")])), // strings.Fields(" \t\n\v\f\r x \u0085\u00a0")
            (g("\u{200b} x\u{200b}"), Some(vec![g("\u{200b}"), g("x\u{200b}")])), // strings.Fields("\u200b x\u200b")
            (g("  a  b  c  "), Some(vec![g("a"), g("b"), g("c")])),      // strings.Fields("  a  b  c  ")
            (g("a,b c-d_e f'g h.i"), Some(vec![g("a,b"), g("c-d_e"), g("f'g"), g("h.i")])), // strings.Fields("a,b c-d_e f'g h.i")
            (g("ǆ ǆ-ǆ"), Some(vec![g("ǆ"), g("ǆ-ǆ")])),                  // strings.Fields("ǆ ǆ-ǆ")
            (g("o'neil is_here"), Some(vec![g("o'neil"), g("is_here")])), // strings.Fields("o'neil is_here")
            (g("hello\u{a0}world\u{2003}again"), Some(vec![g("hello"), g("world"), g("again")])), // strings.Fields("hello\u00a0world\u2003again")
            (gb(b"\x85x\x85"), Some(vec![gb(b"\x85x\x85")])),                                     // strings.Fields("\x85x\x85")
            (g("ǉ\u{1680}ǉ"), Some(vec![g("ǉ"), g("ǉ")])),                                        // strings.Fields("ǉ\u1680ǉ")
            (g("\u{180e}x\u{180e}"), Some(vec![g("\u{180e}x\u{180e}")])),                         // strings.Fields("\u180ex\u180e")
            (g("\u{feff}y"), Some(vec![g("\u{feff}y")])),                                         // strings.Fields("\ufeffy")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            check_list(fields(s), want, i);
        }
    }

    #[test]
    fn contains_table() {
        let table = [
            (g(""), g(""), true),                   // strings.Contains("", "")
            (g("abc"), g(""), true),                // strings.Contains("abc", "")
            (g(""), g("a"), false),                 // strings.Contains("", "a")
            (g("abc"), g("abc"), true),             // strings.Contains("abc", "abc")
            (g("abcabc"), g("bc"), true),           // strings.Contains("abcabc", "bc")
            (g("aaaa"), g("aa"), true),             // strings.Contains("aaaa", "aa")
            (g("chicken"), g("ken"), true),         // strings.Contains("chicken", "ken")
            (g("chicken"), g("dmr"), false),        // strings.Contains("chicken", "dmr")
            (g("x"), g("xx"), false),               // strings.Contains("x", "xx")
            (g("héllo wörld"), g("ö"), true),       // strings.Contains("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), true),        // strings.Contains("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), true), // strings.Contains("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), false),  // strings.Contains("a\xffb", "�")
            (g("日本語日本"), g("本"), true),       // strings.Contains("日本語日本", "本")
            (g("a,b,c"), g(","), true),             // strings.Contains("a,b,c", ",")
            (g(",a,,b,"), g(","), true),            // strings.Contains(",a,,b,", ",")
            (g("a--b--c"), g("--"), true),          // strings.Contains("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), true),         // strings.Contains("\xff\xfe", "")
            (g("日本"), g(""), true),               // strings.Contains("日本", "")
            (g("abc"), g("c"), true),               // strings.Contains("abc", "c")
            (g("Go"), g("GO"), false),              // strings.Contains("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(contains(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn contains_any_table() {
        let table = [
            (g(""), g(""), false),                  // strings.ContainsAny("", "")
            (g("abc"), g(""), false),               // strings.ContainsAny("abc", "")
            (g(""), g("a"), false),                 // strings.ContainsAny("", "a")
            (g("abc"), g("abc"), true),             // strings.ContainsAny("abc", "abc")
            (g("abcabc"), g("bc"), true),           // strings.ContainsAny("abcabc", "bc")
            (g("aaaa"), g("aa"), true),             // strings.ContainsAny("aaaa", "aa")
            (g("chicken"), g("ken"), true),         // strings.ContainsAny("chicken", "ken")
            (g("chicken"), g("dmr"), false),        // strings.ContainsAny("chicken", "dmr")
            (g("x"), g("xx"), true),                // strings.ContainsAny("x", "xx")
            (g("héllo wörld"), g("ö"), true),       // strings.ContainsAny("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), false),       // strings.ContainsAny("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), true), // strings.ContainsAny("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), true),   // strings.ContainsAny("a\xffb", "�")
            (g("日本語日本"), g("本"), true),       // strings.ContainsAny("日本語日本", "本")
            (g("a,b,c"), g(","), true),             // strings.ContainsAny("a,b,c", ",")
            (g(",a,,b,"), g(","), true),            // strings.ContainsAny(",a,,b,", ",")
            (g("a--b--c"), g("--"), true),          // strings.ContainsAny("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), false),        // strings.ContainsAny("\xff\xfe", "")
            (g("日本"), g(""), false),              // strings.ContainsAny("日本", "")
            (g("abc"), g("c"), true),               // strings.ContainsAny("abc", "c")
            (g("Go"), g("GO"), true),               // strings.ContainsAny("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(contains_any(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn has_prefix_table() {
        let table = [
            (g(""), g(""), true),                    // strings.HasPrefix("", "")
            (g("abc"), g(""), true),                 // strings.HasPrefix("abc", "")
            (g(""), g("a"), false),                  // strings.HasPrefix("", "a")
            (g("abc"), g("abc"), true),              // strings.HasPrefix("abc", "abc")
            (g("abcabc"), g("bc"), false),           // strings.HasPrefix("abcabc", "bc")
            (g("aaaa"), g("aa"), true),              // strings.HasPrefix("aaaa", "aa")
            (g("chicken"), g("ken"), false),         // strings.HasPrefix("chicken", "ken")
            (g("chicken"), g("dmr"), false),         // strings.HasPrefix("chicken", "dmr")
            (g("x"), g("xx"), false),                // strings.HasPrefix("x", "xx")
            (g("héllo wörld"), g("ö"), false),       // strings.HasPrefix("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), false),        // strings.HasPrefix("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), false), // strings.HasPrefix("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), false),   // strings.HasPrefix("a\xffb", "�")
            (g("日本語日本"), g("本"), false),       // strings.HasPrefix("日本語日本", "本")
            (g("a,b,c"), g(","), false),             // strings.HasPrefix("a,b,c", ",")
            (g(",a,,b,"), g(","), true),             // strings.HasPrefix(",a,,b,", ",")
            (g("a--b--c"), g("--"), false),          // strings.HasPrefix("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), true),          // strings.HasPrefix("\xff\xfe", "")
            (g("日本"), g(""), true),                // strings.HasPrefix("日本", "")
            (g("abc"), g("c"), false),               // strings.HasPrefix("abc", "c")
            (g("Go"), g("GO"), false),               // strings.HasPrefix("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(has_prefix(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn has_suffix_table() {
        let table = [
            (g(""), g(""), true),                    // strings.HasSuffix("", "")
            (g("abc"), g(""), true),                 // strings.HasSuffix("abc", "")
            (g(""), g("a"), false),                  // strings.HasSuffix("", "a")
            (g("abc"), g("abc"), true),              // strings.HasSuffix("abc", "abc")
            (g("abcabc"), g("bc"), true),            // strings.HasSuffix("abcabc", "bc")
            (g("aaaa"), g("aa"), true),              // strings.HasSuffix("aaaa", "aa")
            (g("chicken"), g("ken"), true),          // strings.HasSuffix("chicken", "ken")
            (g("chicken"), g("dmr"), false),         // strings.HasSuffix("chicken", "dmr")
            (g("x"), g("xx"), false),                // strings.HasSuffix("x", "xx")
            (g("héllo wörld"), g("ö"), false),       // strings.HasSuffix("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), false),        // strings.HasSuffix("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), false), // strings.HasSuffix("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), false),   // strings.HasSuffix("a\xffb", "�")
            (g("日本語日本"), g("本"), true),        // strings.HasSuffix("日本語日本", "本")
            (g("a,b,c"), g(","), false),             // strings.HasSuffix("a,b,c", ",")
            (g(",a,,b,"), g(","), true),             // strings.HasSuffix(",a,,b,", ",")
            (g("a--b--c"), g("--"), false),          // strings.HasSuffix("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), true),          // strings.HasSuffix("\xff\xfe", "")
            (g("日本"), g(""), true),                // strings.HasSuffix("日本", "")
            (g("abc"), g("c"), true),                // strings.HasSuffix("abc", "c")
            (g("Go"), g("GO"), false),               // strings.HasSuffix("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(has_suffix(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn count_table() {
        let table = [
            (g(""), g(""), 1),                   // strings.Count("", "")
            (g("abc"), g(""), 4),                // strings.Count("abc", "")
            (g(""), g("a"), 0),                  // strings.Count("", "a")
            (g("abc"), g("abc"), 1),             // strings.Count("abc", "abc")
            (g("abcabc"), g("bc"), 2),           // strings.Count("abcabc", "bc")
            (g("aaaa"), g("aa"), 2),             // strings.Count("aaaa", "aa")
            (g("chicken"), g("ken"), 1),         // strings.Count("chicken", "ken")
            (g("chicken"), g("dmr"), 0),         // strings.Count("chicken", "dmr")
            (g("x"), g("xx"), 0),                // strings.Count("x", "xx")
            (g("héllo wörld"), g("ö"), 1),       // strings.Count("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), 1),        // strings.Count("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), 1), // strings.Count("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), 0),   // strings.Count("a\xffb", "�")
            (g("日本語日本"), g("本"), 2),       // strings.Count("日本語日本", "本")
            (g("a,b,c"), g(","), 2),             // strings.Count("a,b,c", ",")
            (g(",a,,b,"), g(","), 4),            // strings.Count(",a,,b,", ",")
            (g("a--b--c"), g("--"), 2),          // strings.Count("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), 3),         // strings.Count("\xff\xfe", "")
            (g("日本"), g(""), 3),               // strings.Count("日本", "")
            (g("abc"), g("c"), 1),               // strings.Count("abc", "c")
            (g("Go"), g("GO"), 0),               // strings.Count("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(count(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn index_table() {
        let table = [
            (g(""), g(""), 0),                   // strings.Index("", "")
            (g("abc"), g(""), 0),                // strings.Index("abc", "")
            (g(""), g("a"), -1),                 // strings.Index("", "a")
            (g("abc"), g("abc"), 0),             // strings.Index("abc", "abc")
            (g("abcabc"), g("bc"), 1),           // strings.Index("abcabc", "bc")
            (g("aaaa"), g("aa"), 0),             // strings.Index("aaaa", "aa")
            (g("chicken"), g("ken"), 4),         // strings.Index("chicken", "ken")
            (g("chicken"), g("dmr"), -1),        // strings.Index("chicken", "dmr")
            (g("x"), g("xx"), -1),               // strings.Index("x", "xx")
            (g("héllo wörld"), g("ö"), 8),       // strings.Index("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), 1),        // strings.Index("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), 1), // strings.Index("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), -1),  // strings.Index("a\xffb", "�")
            (g("日本語日本"), g("本"), 3),       // strings.Index("日本語日本", "本")
            (g("a,b,c"), g(","), 1),             // strings.Index("a,b,c", ",")
            (g(",a,,b,"), g(","), 0),            // strings.Index(",a,,b,", ",")
            (g("a--b--c"), g("--"), 1),          // strings.Index("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), 0),         // strings.Index("\xff\xfe", "")
            (g("日本"), g(""), 0),               // strings.Index("日本", "")
            (g("abc"), g("c"), 2),               // strings.Index("abc", "c")
            (g("Go"), g("GO"), -1),              // strings.Index("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(index(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn last_index_table() {
        let table = [
            (g(""), g(""), 0),                   // strings.LastIndex("", "")
            (g("abc"), g(""), 3),                // strings.LastIndex("abc", "")
            (g(""), g("a"), -1),                 // strings.LastIndex("", "a")
            (g("abc"), g("abc"), 0),             // strings.LastIndex("abc", "abc")
            (g("abcabc"), g("bc"), 4),           // strings.LastIndex("abcabc", "bc")
            (g("aaaa"), g("aa"), 2),             // strings.LastIndex("aaaa", "aa")
            (g("chicken"), g("ken"), 4),         // strings.LastIndex("chicken", "ken")
            (g("chicken"), g("dmr"), -1),        // strings.LastIndex("chicken", "dmr")
            (g("x"), g("xx"), -1),               // strings.LastIndex("x", "xx")
            (g("héllo wörld"), g("ö"), 8),       // strings.LastIndex("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), 1),        // strings.LastIndex("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), 1), // strings.LastIndex("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), -1),  // strings.LastIndex("a\xffb", "�")
            (g("日本語日本"), g("本"), 12),      // strings.LastIndex("日本語日本", "本")
            (g("a,b,c"), g(","), 3),             // strings.LastIndex("a,b,c", ",")
            (g(",a,,b,"), g(","), 5),            // strings.LastIndex(",a,,b,", ",")
            (g("a--b--c"), g("--"), 4),          // strings.LastIndex("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), 2),         // strings.LastIndex("\xff\xfe", "")
            (g("日本"), g(""), 6),               // strings.LastIndex("日本", "")
            (g("abc"), g("c"), 2),               // strings.LastIndex("abc", "c")
            (g("Go"), g("GO"), -1),              // strings.LastIndex("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(last_index(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn trim_prefix_table() {
        let table = [
            (g(""), g(""), g("")),                               // strings.TrimPrefix("", "")
            (g("abc"), g(""), g("abc")),                         // strings.TrimPrefix("abc", "")
            (g(""), g("a"), g("")),                              // strings.TrimPrefix("", "a")
            (g("abc"), g("abc"), g("")),                         // strings.TrimPrefix("abc", "abc")
            (g("abcabc"), g("bc"), g("abcabc")),                 // strings.TrimPrefix("abcabc", "bc")
            (g("aaaa"), g("aa"), g("aa")),                       // strings.TrimPrefix("aaaa", "aa")
            (g("chicken"), g("ken"), g("chicken")),              // strings.TrimPrefix("chicken", "ken")
            (g("chicken"), g("dmr"), g("chicken")),              // strings.TrimPrefix("chicken", "dmr")
            (g("x"), g("xx"), g("x")),                           // strings.TrimPrefix("x", "xx")
            (g("héllo wörld"), g("ö"), g("héllo wörld")),        // strings.TrimPrefix("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), g("héllo")),               // strings.TrimPrefix("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), gb(b"a\xffb\xfe")), // strings.TrimPrefix("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), gb(b"a\xffb")),       // strings.TrimPrefix("a\xffb", "�")
            (g("日本語日本"), g("本"), g("日本語日本")),         // strings.TrimPrefix("日本語日本", "本")
            (g("a,b,c"), g(","), g("a,b,c")),                    // strings.TrimPrefix("a,b,c", ",")
            (g(",a,,b,"), g(","), g("a,,b,")),                   // strings.TrimPrefix(",a,,b,", ",")
            (g("a--b--c"), g("--"), g("a--b--c")),               // strings.TrimPrefix("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), gb(b"\xff\xfe")),           // strings.TrimPrefix("\xff\xfe", "")
            (g("日本"), g(""), g("日本")),                       // strings.TrimPrefix("日本", "")
            (g("abc"), g("c"), g("abc")),                        // strings.TrimPrefix("abc", "c")
            (g("Go"), g("GO"), g("Go")),                         // strings.TrimPrefix("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(trim_prefix(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn trim_suffix_table() {
        let table = [
            (g(""), g(""), g("")),                               // strings.TrimSuffix("", "")
            (g("abc"), g(""), g("abc")),                         // strings.TrimSuffix("abc", "")
            (g(""), g("a"), g("")),                              // strings.TrimSuffix("", "a")
            (g("abc"), g("abc"), g("")),                         // strings.TrimSuffix("abc", "abc")
            (g("abcabc"), g("bc"), g("abca")),                   // strings.TrimSuffix("abcabc", "bc")
            (g("aaaa"), g("aa"), g("aa")),                       // strings.TrimSuffix("aaaa", "aa")
            (g("chicken"), g("ken"), g("chic")),                 // strings.TrimSuffix("chicken", "ken")
            (g("chicken"), g("dmr"), g("chicken")),              // strings.TrimSuffix("chicken", "dmr")
            (g("x"), g("xx"), g("x")),                           // strings.TrimSuffix("x", "xx")
            (g("héllo wörld"), g("ö"), g("héllo wörld")),        // strings.TrimSuffix("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), g("héllo")),               // strings.TrimSuffix("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), gb(b"a\xffb\xfe")), // strings.TrimSuffix("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), gb(b"a\xffb")),       // strings.TrimSuffix("a\xffb", "�")
            (g("日本語日本"), g("本"), g("日本語日")),           // strings.TrimSuffix("日本語日本", "本")
            (g("a,b,c"), g(","), g("a,b,c")),                    // strings.TrimSuffix("a,b,c", ",")
            (g(",a,,b,"), g(","), g(",a,,b")),                   // strings.TrimSuffix(",a,,b,", ",")
            (g("a--b--c"), g("--"), g("a--b--c")),               // strings.TrimSuffix("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), gb(b"\xff\xfe")),           // strings.TrimSuffix("\xff\xfe", "")
            (g("日本"), g(""), g("日本")),                       // strings.TrimSuffix("日本", "")
            (g("abc"), g("c"), g("ab")),                         // strings.TrimSuffix("abc", "c")
            (g("Go"), g("GO"), g("Go")),                         // strings.TrimSuffix("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(trim_suffix(a, b), *want, "row {i}");
        }
    }

    #[test]
    fn replace_all_with_marker_table() {
        let table = [
            (g(""), g(""), g("<>")),                           // strings.ReplaceAll2("", "")
            (g("abc"), g(""), g("<>a<>b<>c<>")),               // strings.ReplaceAll2("abc", "")
            (g(""), g("a"), g("")),                            // strings.ReplaceAll2("", "a")
            (g("abc"), g("abc"), g("<>")),                     // strings.ReplaceAll2("abc", "abc")
            (g("abcabc"), g("bc"), g("a<>a<>")),               // strings.ReplaceAll2("abcabc", "bc")
            (g("aaaa"), g("aa"), g("<><>")),                   // strings.ReplaceAll2("aaaa", "aa")
            (g("chicken"), g("ken"), g("chic<>")),             // strings.ReplaceAll2("chicken", "ken")
            (g("chicken"), g("dmr"), g("chicken")),            // strings.ReplaceAll2("chicken", "dmr")
            (g("x"), g("xx"), g("x")),                         // strings.ReplaceAll2("x", "xx")
            (g("héllo wörld"), g("ö"), g("héllo w<>rld")),     // strings.ReplaceAll2("héllo wörld", "ö")
            (g("héllo"), gb(b"\xc3"), gb(b"h<>\xa9llo")),      // strings.ReplaceAll2("héllo", "\xc3")
            (gb(b"a\xffb\xfe"), gb(b"\xff"), gb(b"a<>b\xfe")), // strings.ReplaceAll2("a\xffb\xfe", "\xff")
            (gb(b"a\xffb"), g("\u{fffd}"), gb(b"a\xffb")),     // strings.ReplaceAll2("a\xffb", "�")
            (g("日本語日本"), g("本"), g("日<>語日<>")),       // strings.ReplaceAll2("日本語日本", "本")
            (g("a,b,c"), g(","), g("a<>b<>c")),                // strings.ReplaceAll2("a,b,c", ",")
            (g(",a,,b,"), g(","), g("<>a<><>b<>")),            // strings.ReplaceAll2(",a,,b,", ",")
            (g("a--b--c"), g("--"), g("a<>b<>c")),             // strings.ReplaceAll2("a--b--c", "--")
            (gb(b"\xff\xfe"), g(""), gb(b"<>\xff<>\xfe<>")),   // strings.ReplaceAll2("\xff\xfe", "")
            (g("日本"), g(""), g("<>日<>本<>")),               // strings.ReplaceAll2("日本", "")
            (g("abc"), g("c"), g("ab<>")),                     // strings.ReplaceAll2("abc", "c")
            (g("Go"), g("GO"), g("Go")),                       // strings.ReplaceAll2("Go", "GO")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(replace_all(a, b, &g("<>")), *want, "row {i}");
        }
    }

    #[test]
    fn equal_fold_table() {
        let table = [
            (g("Go"), g("GO"), true),               // strings.EqualFold("Go", "GO")
            (g("go"), g("Go"), true),               // strings.EqualFold("go", "Go")
            (g(""), g(""), true),                   // strings.EqualFold("", "")
            (g("a"), g(""), false),                 // strings.EqualFold("a", "")
            (g("ß"), g("ẞ"), true),                 // strings.EqualFold("ß", "ẞ")
            (g("ß"), g("SS"), false),               // strings.EqualFold("ß", "SS")
            (g("ǅ"), g("ǆ"), true),                 // strings.EqualFold("ǅ", "ǆ")
            (g("ǅ"), g("Ǆ"), true),                 // strings.EqualFold("ǅ", "Ǆ")
            (g("k"), g("K"), true),                 // strings.EqualFold("k", "K")
            (g("K"), g("K"), true),                 // strings.EqualFold("K", "K")
            (g("s"), g("ſ"), true),                 // strings.EqualFold("s", "ſ")
            (g("S"), g("ſ"), true),                 // strings.EqualFold("S", "ſ")
            (g("µ"), g("Μ"), true),                 // strings.EqualFold("µ", "Μ")
            (g("µ"), g("μ"), true),                 // strings.EqualFold("µ", "μ")
            (g("σ"), g("ς"), true),                 // strings.EqualFold("σ", "ς")
            (g("Σ"), g("ς"), true),                 // strings.EqualFold("Σ", "ς")
            (g("İ"), g("i"), false),                // strings.EqualFold("İ", "i")
            (g("ı"), g("I"), false),                // strings.EqualFold("ı", "I")
            (g("Å"), g("Å"), true),                 // strings.EqualFold("Å", "Å")
            (g("å"), g("Å"), true),                 // strings.EqualFold("å", "Å")
            (g("θ"), g("ϑ"), true),                 // strings.EqualFold("θ", "ϑ")
            (g("ϴ"), g("θ"), true),                 // strings.EqualFold("ϴ", "θ")
            (g("ι"), g("ι"), true),                 // strings.EqualFold("ι", "ι")
            (g("ͅ"), g("Ι"), true),                  // strings.EqualFold("ͅ", "Ι")
            (g("в"), g("ᲀ"), true),                 // strings.EqualFold("в", "ᲀ")
            (gb(b"\xff"), gb(b"\xfe"), true),       // strings.EqualFold("\xff", "\xfe")
            (gb(b"\xff"), g("\u{fffd}"), true),     // strings.EqualFold("\xff", "�")
            (gb(b"abc\xff"), gb(b"ABC\xfe"), true), // strings.EqualFold("abc\xff", "ABC\xfe")
            (g("straße"), g("STRASSE"), false),     // strings.EqualFold("straße", "STRASSE")
            (g("ÀÉÎ"), g("àéî"), true),             // strings.EqualFold("ÀÉÎ", "àéî")
            (g("𐐨"), g("𐐀"), true),                 // strings.EqualFold("𐐨", "𐐀")
            (g("a"), gb(b"a\xff"), false),          // strings.EqualFold("a", "a\xff")
            (g("@"), g("`"), false),                // strings.EqualFold("@", "`")
            (g("["), g("{"), false),                // strings.EqualFold("[", "{")
            (g("héllo"), g("HÉLLO"), true),         // strings.EqualFold("héllo", "HÉLLO")
            (g("ÿ"), g("Ÿ"), true),                 // strings.EqualFold("ÿ", "Ÿ")
            (g("Ᲊ"), g("ᲊ"), false),                // strings.EqualFold("\u1c89", "\u1c8a")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(equal_fold(a, b), *want, "row {i}");
            assert_eq!(equal_fold(b, a), *want, "row {i} swapped");
        }
    }

    #[test]
    fn split_table() {
        let table = [
            (g("a,b,c"), g(","), Some(vec![g("a"), g("b"), g("c")])), // strings.Split("a,b,c", ",")
            (g(""), g(","), Some(vec![g("")])),                       // strings.Split("", ",")
            (g(""), g(""), Some(vec![])),                             // strings.Split("", "")
            (g("abc"), g(""), Some(vec![g("a"), g("b"), g("c")])),    // strings.Split("abc", "")
            (g("日本語"), g(""), Some(vec![g("日"), g("本"), g("語")])), // strings.Split("日本語", "")
            (
                gb(b"a\xffb\xe2\x82"),
                g(""),
                Some(vec![g("a"), gb(b"\xff"), g("b"), gb(b"\xe2"), gb(b"\x82")]),
            ), // strings.Split("a\xffb\xe2\x82", "")
            (g(",a,,b,"), g(","), Some(vec![g(""), g("a"), g(""), g("b"), g("")])), // strings.Split(",a,,b,", ",")
            (g("a--b--c"), g("--"), Some(vec![g("a"), g("b"), g("c")])), // strings.Split("a--b--c", "--")
            (g("abc"), g("x"), Some(vec![g("abc")])),                 // strings.Split("abc", "x")
            (g("aaa"), g("a"), Some(vec![g(""), g(""), g(""), g("")])), // strings.Split("aaa", "a")
            (g("a b c "), g(" "), Some(vec![g("a"), g("b"), g("c"), g("")])), // strings.Split("a b c ", " ")
            (g("日本日本"), g("本"), Some(vec![g("日"), g("日"), g("")])), // strings.Split("日本日本", "本")
            (gb(b"\xff,\xfe"), g(","), Some(vec![gb(b"\xff"), gb(b"\xfe")])), // strings.Split("\xff,\xfe", ",")
        ];
        for (i, (s, sep, want)) in table.iter().enumerate() {
            check_list(split(s, sep), want, i);
        }
    }

    #[test]
    fn split_n_table() {
        let table = [
            (g("a,b,c"), g(","), -1, Some(vec![g("a"), g("b"), g("c")]), 3), // strings.SplitN("a,b,c", ",", -1), cap 3
            (g("a,b,c"), g(","), 0, None, 0),                                // strings.SplitN("a,b,c", ",", 0), cap 0
            (g("a,b,c"), g(","), 1, Some(vec![g("a,b,c")]), 1),              // strings.SplitN("a,b,c", ",", 1), cap 1
            (g("a,b,c"), g(","), 2, Some(vec![g("a"), g("b,c")]), 2),        // strings.SplitN("a,b,c", ",", 2), cap 2
            (g("a,b,c"), g(","), 3, Some(vec![g("a"), g("b"), g("c")]), 3),  // strings.SplitN("a,b,c", ",", 3), cap 3
            (g("a,b,c"), g(","), 10, Some(vec![g("a"), g("b"), g("c")]), 6), // strings.SplitN("a,b,c", ",", 10), cap 6
            (g(""), g(","), -1, Some(vec![g("")]), 1),                       // strings.SplitN("", ",", -1), cap 1
            (g(""), g(","), 0, None, 0),                                     // strings.SplitN("", ",", 0), cap 0
            (g(""), g(","), 1, Some(vec![g("")]), 1),                        // strings.SplitN("", ",", 1), cap 1
            (g(""), g(","), 2, Some(vec![g("")]), 1),                        // strings.SplitN("", ",", 2), cap 1
            (g(""), g(","), 3, Some(vec![g("")]), 1),                        // strings.SplitN("", ",", 3), cap 1
            (g(""), g(","), 10, Some(vec![g("")]), 1),                       // strings.SplitN("", ",", 10), cap 1
            (g(""), g(""), -1, Some(vec![]), 0),                             // strings.SplitN("", "", -1), cap 0
            (g(""), g(""), 0, None, 0),                                      // strings.SplitN("", "", 0), cap 0
            (g(""), g(""), 1, Some(vec![]), 0),                              // strings.SplitN("", "", 1), cap 0
            (g(""), g(""), 2, Some(vec![]), 0),                              // strings.SplitN("", "", 2), cap 0
            (g(""), g(""), 3, Some(vec![]), 0),                              // strings.SplitN("", "", 3), cap 0
            (g(""), g(""), 10, Some(vec![]), 0),                             // strings.SplitN("", "", 10), cap 0
            (g("abc"), g(""), -1, Some(vec![g("a"), g("b"), g("c")]), 3),    // strings.SplitN("abc", "", -1), cap 3
            (g("abc"), g(""), 0, None, 0),                                   // strings.SplitN("abc", "", 0), cap 0
            (g("abc"), g(""), 1, Some(vec![g("abc")]), 1),                   // strings.SplitN("abc", "", 1), cap 1
            (g("abc"), g(""), 2, Some(vec![g("a"), g("bc")]), 2),            // strings.SplitN("abc", "", 2), cap 2
            (g("abc"), g(""), 3, Some(vec![g("a"), g("b"), g("c")]), 3),     // strings.SplitN("abc", "", 3), cap 3
            (g("abc"), g(""), 10, Some(vec![g("a"), g("b"), g("c")]), 3),    // strings.SplitN("abc", "", 10), cap 3
            (g("日本語"), g(""), -1, Some(vec![g("日"), g("本"), g("語")]), 3), // strings.SplitN("日本語", "", -1), cap 3
            (g("日本語"), g(""), 0, None, 0),                                // strings.SplitN("日本語", "", 0), cap 0
            (g("日本語"), g(""), 1, Some(vec![g("日本語")]), 1),             // strings.SplitN("日本語", "", 1), cap 1
            (g("日本語"), g(""), 2, Some(vec![g("日"), g("本語")]), 2),      // strings.SplitN("日本語", "", 2), cap 2
            (g("日本語"), g(""), 3, Some(vec![g("日"), g("本"), g("語")]), 3), // strings.SplitN("日本語", "", 3), cap 3
            (g("日本語"), g(""), 10, Some(vec![g("日"), g("本"), g("語")]), 3), // strings.SplitN("日本語", "", 10), cap 3
            (
                gb(b"a\xffb\xe2\x82"),
                g(""),
                -1,
                Some(vec![g("a"), gb(b"\xff"), g("b"), gb(b"\xe2"), gb(b"\x82")]),
                5,
            ), // strings.SplitN("a\xffb\xe2\x82", "", -1), cap 5
            (gb(b"a\xffb\xe2\x82"), g(""), 0, None, 0),                      // strings.SplitN("a\xffb\xe2\x82", "", 0), cap 0
            (gb(b"a\xffb\xe2\x82"), g(""), 1, Some(vec![gb(b"a\xffb\xe2\x82")]), 1), // strings.SplitN("a\xffb\xe2\x82", "", 1), cap 1
            (gb(b"a\xffb\xe2\x82"), g(""), 2, Some(vec![g("a"), gb(b"\xffb\xe2\x82")]), 2), // strings.SplitN("a\xffb\xe2\x82", "", 2), cap 2
            (
                gb(b"a\xffb\xe2\x82"),
                g(""),
                3,
                Some(vec![g("a"), gb(b"\xff"), gb(b"b\xe2\x82")]),
                3,
            ), // strings.SplitN("a\xffb\xe2\x82", "", 3), cap 3
            (
                gb(b"a\xffb\xe2\x82"),
                g(""),
                10,
                Some(vec![g("a"), gb(b"\xff"), g("b"), gb(b"\xe2"), gb(b"\x82")]),
                5,
            ), // strings.SplitN("a\xffb\xe2\x82", "", 10), cap 5
            (g(",a,,b,"), g(","), -1, Some(vec![g(""), g("a"), g(""), g("b"), g("")]), 5),  // strings.SplitN(",a,,b,", ",", -1), cap 5
            (g(",a,,b,"), g(","), 0, None, 0),                                              // strings.SplitN(",a,,b,", ",", 0), cap 0
            (g(",a,,b,"), g(","), 1, Some(vec![g(",a,,b,")]), 1),                           // strings.SplitN(",a,,b,", ",", 1), cap 1
            (g(",a,,b,"), g(","), 2, Some(vec![g(""), g("a,,b,")]), 2),                     // strings.SplitN(",a,,b,", ",", 2), cap 2
            (g(",a,,b,"), g(","), 3, Some(vec![g(""), g("a"), g(",b,")]), 3),               // strings.SplitN(",a,,b,", ",", 3), cap 3
            (g(",a,,b,"), g(","), 10, Some(vec![g(""), g("a"), g(""), g("b"), g("")]), 7),  // strings.SplitN(",a,,b,", ",", 10), cap 7
            (g("a--b--c"), g("--"), -1, Some(vec![g("a"), g("b"), g("c")]), 3),             // strings.SplitN("a--b--c", "--", -1), cap 3
            (g("a--b--c"), g("--"), 0, None, 0),                                            // strings.SplitN("a--b--c", "--", 0), cap 0
            (g("a--b--c"), g("--"), 1, Some(vec![g("a--b--c")]), 1),                        // strings.SplitN("a--b--c", "--", 1), cap 1
            (g("a--b--c"), g("--"), 2, Some(vec![g("a"), g("b--c")]), 2),                   // strings.SplitN("a--b--c", "--", 2), cap 2
            (g("a--b--c"), g("--"), 3, Some(vec![g("a"), g("b"), g("c")]), 3),              // strings.SplitN("a--b--c", "--", 3), cap 3
            (g("a--b--c"), g("--"), 10, Some(vec![g("a"), g("b"), g("c")]), 8),             // strings.SplitN("a--b--c", "--", 10), cap 8
            (g("abc"), g("x"), -1, Some(vec![g("abc")]), 1),                                // strings.SplitN("abc", "x", -1), cap 1
            (g("abc"), g("x"), 0, None, 0),                                                 // strings.SplitN("abc", "x", 0), cap 0
            (g("abc"), g("x"), 1, Some(vec![g("abc")]), 1),                                 // strings.SplitN("abc", "x", 1), cap 1
            (g("abc"), g("x"), 2, Some(vec![g("abc")]), 2),                                 // strings.SplitN("abc", "x", 2), cap 2
            (g("abc"), g("x"), 3, Some(vec![g("abc")]), 3),                                 // strings.SplitN("abc", "x", 3), cap 3
            (g("abc"), g("x"), 10, Some(vec![g("abc")]), 4),                                // strings.SplitN("abc", "x", 10), cap 4
            (g("aaa"), g("a"), -1, Some(vec![g(""), g(""), g(""), g("")]), 4),              // strings.SplitN("aaa", "a", -1), cap 4
            (g("aaa"), g("a"), 0, None, 0),                                                 // strings.SplitN("aaa", "a", 0), cap 0
            (g("aaa"), g("a"), 1, Some(vec![g("aaa")]), 1),                                 // strings.SplitN("aaa", "a", 1), cap 1
            (g("aaa"), g("a"), 2, Some(vec![g(""), g("aa")]), 2),                           // strings.SplitN("aaa", "a", 2), cap 2
            (g("aaa"), g("a"), 3, Some(vec![g(""), g(""), g("a")]), 3),                     // strings.SplitN("aaa", "a", 3), cap 3
            (g("aaa"), g("a"), 10, Some(vec![g(""), g(""), g(""), g("")]), 4),              // strings.SplitN("aaa", "a", 10), cap 4
            (g("a b c "), g(" "), -1, Some(vec![g("a"), g("b"), g("c"), g("")]), 4),        // strings.SplitN("a b c ", " ", -1), cap 4
            (g("a b c "), g(" "), 0, None, 0),                                              // strings.SplitN("a b c ", " ", 0), cap 0
            (g("a b c "), g(" "), 1, Some(vec![g("a b c ")]), 1),                           // strings.SplitN("a b c ", " ", 1), cap 1
            (g("a b c "), g(" "), 2, Some(vec![g("a"), g("b c ")]), 2),                     // strings.SplitN("a b c ", " ", 2), cap 2
            (g("a b c "), g(" "), 3, Some(vec![g("a"), g("b"), g("c ")]), 3),               // strings.SplitN("a b c ", " ", 3), cap 3
            (g("a b c "), g(" "), 10, Some(vec![g("a"), g("b"), g("c"), g("")]), 7),        // strings.SplitN("a b c ", " ", 10), cap 7
            (g("日本日本"), g("本"), -1, Some(vec![g("日"), g("日"), g("")]), 3),           // strings.SplitN("日本日本", "本", -1), cap 3
            (g("日本日本"), g("本"), 0, None, 0),                                           // strings.SplitN("日本日本", "本", 0), cap 0
            (g("日本日本"), g("本"), 1, Some(vec![g("日本日本")]), 1),                      // strings.SplitN("日本日本", "本", 1), cap 1
            (g("日本日本"), g("本"), 2, Some(vec![g("日"), g("日本")]), 2),                 // strings.SplitN("日本日本", "本", 2), cap 2
            (g("日本日本"), g("本"), 3, Some(vec![g("日"), g("日"), g("")]), 3),            // strings.SplitN("日本日本", "本", 3), cap 3
            (g("日本日本"), g("本"), 10, Some(vec![g("日"), g("日"), g("")]), 10),          // strings.SplitN("日本日本", "本", 10), cap 10
            (gb(b"\xff,\xfe"), g(","), -1, Some(vec![gb(b"\xff"), gb(b"\xfe")]), 2),        // strings.SplitN("\xff,\xfe", ",", -1), cap 2
            (gb(b"\xff,\xfe"), g(","), 0, None, 0),                                         // strings.SplitN("\xff,\xfe", ",", 0), cap 0
            (gb(b"\xff,\xfe"), g(","), 1, Some(vec![gb(b"\xff,\xfe")]), 1),                 // strings.SplitN("\xff,\xfe", ",", 1), cap 1
            (gb(b"\xff,\xfe"), g(","), 2, Some(vec![gb(b"\xff"), gb(b"\xfe")]), 2),         // strings.SplitN("\xff,\xfe", ",", 2), cap 2
            (gb(b"\xff,\xfe"), g(","), 3, Some(vec![gb(b"\xff"), gb(b"\xfe")]), 3),         // strings.SplitN("\xff,\xfe", ",", 3), cap 3
            (gb(b"\xff,\xfe"), g(","), 10, Some(vec![gb(b"\xff"), gb(b"\xfe")]), 4),        // strings.SplitN("\xff,\xfe", ",", 10), cap 4
        ];
        for (i, (s, sep, n, want, cap)) in table.iter().enumerate() {
            let got = split_n(s, sep, *n);
            assert_eq!(got.cap(), *cap, "row {i} cap");
            check_list(got, want, i);
        }
    }

    #[test]
    fn trim_table() {
        let table = [
            (g(""), g("x"), g("")),                          // strings.Trim("", "x")
            (g("abc"), g(""), g("abc")),                     // strings.Trim("abc", "")
            (g("  abc  "), g(" "), g("abc")),                // strings.Trim("  abc  ", " ")
            (g("xxabcxx"), g("x"), g("abc")),                // strings.Trim("xxabcxx", "x")
            (g("abcba"), g("ab"), g("c")),                   // strings.Trim("abcba", "ab")
            (g("¡¡Hola!!"), g("!¡"), g("Hola")),             // strings.Trim("¡¡Hola!!", "!¡")
            (g("ééaéé"), g("é"), g("a")),                    // strings.Trim("ééaéé", "é")
            (gb(b"\xffa\xfe"), gb(b"\xff"), g("a")),         // strings.Trim("\xffa\xfe", "\xff")
            (gb(b"\xffa\xfe"), g("\u{fffd}"), g("a")),       // strings.Trim("\xffa\xfe", "�")
            (gb(b"\xef\xbf\xbda\xff"), gb(b"\xfe"), g("a")), // strings.Trim("�a\xff", "\xfe")
            (g("aaa"), g("a"), g("")),                       // strings.Trim("aaa", "a")
            (g("日本語本日"), g("日本"), g("語")),           // strings.Trim("日本語本日", "日本")
            (gb(b"\xe2\x82a\xe2\x82"), gb(b"\xe2"), g("a")), // strings.Trim("\xe2\x82a\xe2\x82", "\xe2")
            (g(" \t\nx\n\t "), g(" \t\n"), g("x")),          // strings.Trim(" \t\nx\n\t ", " \t\n")
            (g("xyzzyx"), g("xyz!"), g("")),                 // strings.Trim("xyzzyx", "xyz!")
            (g("aé"), g("éz"), g("a")),                      // strings.Trim("aé", "éz")
            (gb(b"\xc3\xa9\xc3"), gb(b"\xc3"), g("é")),      // strings.Trim("é\xc3", "\xc3")
        ];
        for (i, (s, cutset, want)) in table.iter().enumerate() {
            assert_eq!(trim(s, cutset), *want, "row {i}");
        }
    }

    #[test]
    fn trim_left_table() {
        let table = [
            (g(""), g("x"), g("")),                                    // strings.TrimLeft("", "x")
            (g("abc"), g(""), g("abc")),                               // strings.TrimLeft("abc", "")
            (g("  abc  "), g(" "), g("abc  ")),                        // strings.TrimLeft("  abc  ", " ")
            (g("xxabcxx"), g("x"), g("abcxx")),                        // strings.TrimLeft("xxabcxx", "x")
            (g("abcba"), g("ab"), g("cba")),                           // strings.TrimLeft("abcba", "ab")
            (g("¡¡Hola!!"), g("!¡"), g("Hola!!")),                     // strings.TrimLeft("¡¡Hola!!", "!¡")
            (g("ééaéé"), g("é"), g("aéé")),                            // strings.TrimLeft("ééaéé", "é")
            (gb(b"\xffa\xfe"), gb(b"\xff"), gb(b"a\xfe")),             // strings.TrimLeft("\xffa\xfe", "\xff")
            (gb(b"\xffa\xfe"), g("\u{fffd}"), gb(b"a\xfe")),           // strings.TrimLeft("\xffa\xfe", "�")
            (gb(b"\xef\xbf\xbda\xff"), gb(b"\xfe"), gb(b"a\xff")),     // strings.TrimLeft("�a\xff", "\xfe")
            (g("aaa"), g("a"), g("")),                                 // strings.TrimLeft("aaa", "a")
            (g("日本語本日"), g("日本"), g("語本日")),                 // strings.TrimLeft("日本語本日", "日本")
            (gb(b"\xe2\x82a\xe2\x82"), gb(b"\xe2"), gb(b"a\xe2\x82")), // strings.TrimLeft("\xe2\x82a\xe2\x82", "\xe2")
            (g(" \t\nx\n\t "), g(" \t\n"), g("x\n\t ")),               // strings.TrimLeft(" \t\nx\n\t ", " \t\n")
            (g("xyzzyx"), g("xyz!"), g("")),                           // strings.TrimLeft("xyzzyx", "xyz!")
            (g("aé"), g("éz"), g("aé")),                               // strings.TrimLeft("aé", "éz")
            (gb(b"\xc3\xa9\xc3"), gb(b"\xc3"), gb(b"\xc3\xa9\xc3")),   // strings.TrimLeft("é\xc3", "\xc3")
        ];
        for (i, (s, cutset, want)) in table.iter().enumerate() {
            assert_eq!(trim_left(s, cutset), *want, "row {i}");
        }
    }

    #[test]
    fn trim_right_table() {
        let table = [
            (g(""), g("x"), g("")),                                    // strings.TrimRight("", "x")
            (g("abc"), g(""), g("abc")),                               // strings.TrimRight("abc", "")
            (g("  abc  "), g(" "), g("  abc")),                        // strings.TrimRight("  abc  ", " ")
            (g("xxabcxx"), g("x"), g("xxabc")),                        // strings.TrimRight("xxabcxx", "x")
            (g("abcba"), g("ab"), g("abc")),                           // strings.TrimRight("abcba", "ab")
            (g("¡¡Hola!!"), g("!¡"), g("¡¡Hola")),                     // strings.TrimRight("¡¡Hola!!", "!¡")
            (g("ééaéé"), g("é"), g("ééa")),                            // strings.TrimRight("ééaéé", "é")
            (gb(b"\xffa\xfe"), gb(b"\xff"), gb(b"\xffa")),             // strings.TrimRight("\xffa\xfe", "\xff")
            (gb(b"\xffa\xfe"), g("\u{fffd}"), gb(b"\xffa")),           // strings.TrimRight("\xffa\xfe", "�")
            (gb(b"\xef\xbf\xbda\xff"), gb(b"\xfe"), g("\u{fffd}a")),   // strings.TrimRight("�a\xff", "\xfe")
            (g("aaa"), g("a"), g("")),                                 // strings.TrimRight("aaa", "a")
            (g("日本語本日"), g("日本"), g("日本語")),                 // strings.TrimRight("日本語本日", "日本")
            (gb(b"\xe2\x82a\xe2\x82"), gb(b"\xe2"), gb(b"\xe2\x82a")), // strings.TrimRight("\xe2\x82a\xe2\x82", "\xe2")
            (g(" \t\nx\n\t "), g(" \t\n"), g(" \t\nx")),               // strings.TrimRight(" \t\nx\n\t ", " \t\n")
            (g("xyzzyx"), g("xyz!"), g("")),                           // strings.TrimRight("xyzzyx", "xyz!")
            (g("aé"), g("éz"), g("a")),                                // strings.TrimRight("aé", "éz")
            (gb(b"\xc3\xa9\xc3"), gb(b"\xc3"), g("é")),                // strings.TrimRight("é\xc3", "\xc3")
        ];
        for (i, (s, cutset, want)) in table.iter().enumerate() {
            assert_eq!(trim_right(s, cutset), *want, "row {i}");
        }
    }

    #[test]
    fn replace_table() {
        let table = [
            (g("oink oink oink"), g("k"), g("ky"), 2, g("oinky oinky oink")), // strings.Replace("oink oink oink", "k", "ky", 2)
            (g("oink oink oink"), g("oink"), g("moo"), -1, g("moo moo moo")), // strings.Replace("oink oink oink", "oink", "moo", -1)
            (g("abc"), g(""), g("-"), -1, g("-a-b-c-")),                      // strings.Replace("abc", "", "-", -1)
            (g("abc"), g(""), g("-"), 2, g("-a-bc")),                         // strings.Replace("abc", "", "-", 2)
            (g(""), g(""), g("x"), -1, g("x")),                               // strings.Replace("", "", "x", -1)
            (g("日本"), g(""), g("|"), -1, g("|日|本|")),                     // strings.Replace("日本", "", "|", -1)
            (gb(b"a\xffb"), g(""), g("|"), -1, gb(b"|a|\xff|b|")),            // strings.Replace("a\xffb", "", "|", -1)
            (g("aaaa"), g("aa"), g("b"), -1, g("bb")),                        // strings.Replace("aaaa", "aa", "b", -1)
            (g("abc"), g("b"), g("b"), -1, g("abc")),                         // strings.Replace("abc", "b", "b", -1)
            (g("abc"), g("x"), g("y"), -1, g("abc")),                         // strings.Replace("abc", "x", "y", -1)
            (g("abc"), g("b"), g(""), 0, g("abc")),                           // strings.Replace("abc", "b", "", 0)
            (g("banana"), g("a"), g("o"), 10, g("bonono")),                   // strings.Replace("banana", "a", "o", 10)
            (g("banana"), g("ana"), g(""), -1, g("bna")),                     // strings.Replace("banana", "ana", "", -1)
            (gb(b"a\xffb\xff"), gb(b"\xff"), g("?"), 1, gb(b"a?b\xff")),      // strings.Replace("a\xffb\xff", "\xff", "?", 1)
        ];
        for (i, (s, old, new, n, want)) in table.iter().enumerate() {
            assert_eq!(replace(s, old, new, *n), *want, "row {i}");
            if *n < 0 {
                assert_eq!(replace_all(s, old, new), *want, "row {i} all");
            }
        }
    }

    #[test]
    fn index_rune_table() {
        let table = [
            (g("chicken"), 107, 4),            // strings.IndexRune("chicken", 107)
            (g("chicken"), 100, -1),           // strings.IndexRune("chicken", 100)
            (g(""), 97, -1),                   // strings.IndexRune("", 97)
            (g("héllo"), 233, 1),              // strings.IndexRune("héllo", 233)
            (gb(b"a\xffb"), 65533, 1),         // strings.IndexRune("a\xffb", 65533)
            (g("a\u{fffd}b"), 65533, 1),       // strings.IndexRune("a�b", 65533)
            (g("abc"), 65533, -1),             // strings.IndexRune("abc", 65533)
            (g("abc"), -1, -1),                // strings.IndexRune("abc", -1)
            (gb(b"a\xed\xa0\x80"), 55296, -1), // strings.IndexRune("a\xed\xa0\x80", 55296)
            (g("日本語"), 35486, 6),           // strings.IndexRune("日本語", 35486)
            (g("x\u{0}y"), 0, 1),              // strings.IndexRune("x\x00y", 0)
            (g("abc"), 1114112, -1),           // strings.IndexRune("abc", 1114112)
            (g("𝄞x"), 119070, 0),              // strings.IndexRune("𝄞x", 119070)
        ];
        for (i, (s, r, want)) in table.iter().enumerate() {
            assert_eq!(index_rune(s, *r), *want, "row {i}");
            assert_eq!(contains_rune(s, *r), *want >= 0, "row {i} contains");
        }
    }

    #[test]
    fn index_byte_table() {
        let table = [
            (g("abc"), 0x63, 2),      // strings.IndexByte("abc", 0x63)
            (g("abc"), 0x78, -1),     // strings.IndexByte("abc", 0x78)
            (g(""), 0x61, -1),        // strings.IndexByte("", 0x61)
            (gb(b"a\xffb"), 0xff, 1), // strings.IndexByte("a\xffb", 0xff)
            (g("é"), 0xa9, 1),        // strings.IndexByte("é", 0xa9)
        ];
        for (i, (s, c, want)) in table.iter().enumerate() {
            assert_eq!(index_byte(s, *c), *want, "row {i}");
        }
    }

    #[test]
    fn join_table() {
        let table = [
            (vec![], g(", "), g("")),                                         // strings.Join([]string(nil), ", ")
            (vec![], g(""), g("")),                                           // strings.Join([]string(nil), "")
            (vec![], g(", "), g("")),                                         // strings.Join([]string{}, ", ")
            (vec![], g(""), g("")),                                           // strings.Join([]string{}, "")
            (vec![g("a")], g(", "), g("a")),                                  // strings.Join([]string{"a"}, ", ")
            (vec![g("a")], g(""), g("a")),                                    // strings.Join([]string{"a"}, "")
            (vec![g("a"), g("b"), g("c")], g(", "), g("a, b, c")),            // strings.Join([]string{"a", "b", "c"}, ", ")
            (vec![g("a"), g("b"), g("c")], g(""), g("abc")),                  // strings.Join([]string{"a", "b", "c"}, "")
            (vec![g(""), g("")], g(", "), g(", ")),                           // strings.Join([]string{"", ""}, ", ")
            (vec![g(""), g("")], g(""), g("")),                               // strings.Join([]string{"", ""}, "")
            (vec![g("日"), gb(b"\xff")], g(", "), gb(b"\xe6\x97\xa5, \xff")), // strings.Join([]string{"日", "\xff"}, ", ")
            (vec![g("日"), gb(b"\xff")], g(""), gb(b"\xe6\x97\xa5\xff")),     // strings.Join([]string{"日", "\xff"}, "")
        ];
        for (i, (elems, sep, want)) in table.iter().enumerate() {
            assert_eq!(join(&Slice::from_vec(elems.clone()), sep), *want, "row {i}");
        }
    }

    #[test]
    fn repeat_table() {
        let table = [
            (g("ab"), 3, g("ababab")),           // strings.Repeat("ab", 3)
            (g("ab"), 0, g("")),                 // strings.Repeat("ab", 0)
            (g("ab"), 1, g("ab")),               // strings.Repeat("ab", 1)
            (g(""), 5, g("")),                   // strings.Repeat("", 5)
            (g("-"), 10, g("----------")),       // strings.Repeat("-", 10)
            (g("日"), 2, g("日日")),             // strings.Repeat("日", 2)
            (g(""), 4611686018427387904, g("")), // strings.Repeat("", 4611686018427387904)
        ];
        for (i, (s, n, want)) in table.iter().enumerate() {
            assert_eq!(repeat(s, *n), *want, "row {i}");
        }
    }
}

// ---------------------------------------------------------------------------
// More of the package: Cut, the Func variants, SplitAfter, Replacer, ...
// ---------------------------------------------------------------------------

use crate::func::Func;

/// A Go `func(rune) bool` value, as `strings.IndexFunc` and the other
/// `...Func` functions receive it.
pub type RunePredicate = Func<dyn Fn(i32) -> bool + Send + Sync>;

/// A Go `func(rune) rune` value, as `strings.Map` receives it.
pub type RuneMapping = Func<dyn Fn(i32) -> i32 + Send + Sync>;

/// `strings.Cut(s, sep)`: the text before and after the first `sep`, and
/// whether there is one (`s, "", false` when not).
pub fn cut(s: &GoString, sep: &GoString) -> (GoString, GoString, bool) {
    match find(s.as_bytes(), sep.as_bytes()) {
        Some(i) => (substring(s, 0, i), substring(s, i + sep.as_bytes().len(), s.as_bytes().len()), true),
        None => (s.clone(), GoString::new(), false),
    }
}

/// `strings.CutPrefix(s, prefix)`: `s` without `prefix`, and whether it
/// had it (`s, false` when not).
pub fn cut_prefix(s: &GoString, prefix: &GoString) -> (GoString, bool) {
    if !has_prefix(s, prefix) {
        return (s.clone(), false);
    }
    (substring(s, prefix.as_bytes().len(), s.as_bytes().len()), true)
}

/// `strings.CutSuffix(s, suffix)`: `s` without `suffix`, and whether it
/// had it.
pub fn cut_suffix(s: &GoString, suffix: &GoString) -> (GoString, bool) {
    if !has_suffix(s, suffix) {
        return (s.clone(), false);
    }
    (substring(s, 0, s.as_bytes().len() - suffix.as_bytes().len()), true)
}

/// `strings.IndexAny(s, chars)`: the byte index of the first rune of `s`
/// that is in `chars` (U+FFFD in `chars` also matches invalid bytes), or -1.
pub fn index_any(s: &GoString, chars: &GoString) -> i64 {
    position(index_any_bytes(s.as_bytes(), chars.as_bytes()))
}

/// `strings.LastIndexAny(s, chars)`: the byte index of the last rune of `s`
/// that is in `chars`, or -1.
pub fn last_index_any(s: &GoString, chars: &GoString) -> i64 {
    let (bytes, chars) = (s.as_bytes(), chars.as_bytes());
    if chars.is_empty() {
        return -1;
    }
    let mut i = bytes.len();
    while i > 0 {
        let (r, size) = decode_last_rune(&bytes[..i]);
        i -= size;
        if index_rune_bytes(chars, r).is_some() {
            return i as i64;
        }
    }
    -1
}

/// `strings.LastIndexByte(s, c)`.
pub fn last_index_byte(s: &GoString, c: u8) -> i64 {
    position(s.as_bytes().iter().rposition(|&b| b == c))
}

/// Go's `indexFunc`: the first rune for which `f` is `truth`; `f` sees
/// U+FFFD for each invalid byte.
fn index_func_bytes(s: &[u8], f: &RunePredicate, truth: bool) -> Option<usize> {
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if f(r) == truth {
            return Some(i);
        }
        i += width;
    }
    None
}

/// Go's `lastIndexFunc`.
fn last_index_func_bytes(s: &[u8], f: &RunePredicate, truth: bool) -> Option<usize> {
    let mut i = s.len();
    while i > 0 {
        let (r, size) = decode_last_rune(&s[..i]);
        i -= size;
        if f(r) == truth {
            return Some(i);
        }
    }
    None
}

/// `strings.IndexFunc(s, f)`: the byte index of the first rune satisfying
/// `f`, or -1.
pub fn index_func(s: &GoString, f: &RunePredicate) -> i64 {
    position(index_func_bytes(s.as_bytes(), f, true))
}

/// `strings.LastIndexFunc(s, f)`.
pub fn last_index_func(s: &GoString, f: &RunePredicate) -> i64 {
    position(last_index_func_bytes(s.as_bytes(), f, true))
}

/// `strings.ContainsFunc(s, f)`.
pub fn contains_func(s: &GoString, f: &RunePredicate) -> bool {
    index_func_bytes(s.as_bytes(), f, true).is_some()
}

/// `strings.TrimLeftFunc(s, f)`: leading runes satisfying `f` removed.
pub fn trim_left_func(s: &GoString, f: &RunePredicate) -> GoString {
    match index_func_bytes(s.as_bytes(), f, false) {
        Some(i) => substring(s, i, s.as_bytes().len()),
        None => GoString::new(),
    }
}

/// `strings.TrimRightFunc(s, f)`: trailing runes satisfying `f` removed.
pub fn trim_right_func(s: &GoString, f: &RunePredicate) -> GoString {
    let bytes = s.as_bytes();
    let end = match last_index_func_bytes(bytes, f, false) {
        Some(i) => i + decode_rune(&bytes[i..]).1,
        None => 0,
    };
    substring(s, 0, end)
}

/// `strings.TrimFunc(s, f)`: `TrimRightFunc(TrimLeftFunc(s, f), f)`.
pub fn trim_func(s: &GoString, f: &RunePredicate) -> GoString {
    trim_right_func(&trim_left_func(s, f), f)
}

/// `strings.FieldsFunc(s, f)`: the runs of runes not satisfying `f`; an
/// empty (non-nil) slice when there are none. `f` is called once per rune,
/// in order.
pub fn fields_func(s: &GoString, f: &RunePredicate) -> Slice<GoString> {
    let bytes = s.as_bytes();
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (r, width) = decode_rune(&bytes[i..]);
        if f(r) {
            if let Some(begin) = start.take() {
                spans.push((begin, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += width;
    }
    if let Some(begin) = start {
        spans.push((begin, bytes.len()));
    }
    Slice::from_vec(spans.into_iter().map(|(lo, hi)| substring(s, lo, hi)).collect())
}

/// `strings.Map(mapping, s)`: every rune of `s` mapped (invalid bytes are
/// passed as U+FFFD); runes mapped to a negative value are dropped.
pub fn map(mapping: &RuneMapping, s: &GoString) -> GoString {
    let mapping: &(dyn Fn(i32) -> i32 + Send + Sync) = &**mapping;
    map_runes(s, mapping)
}

/// `strings.ToTitle(s)`: every rune mapped to title case.
pub fn to_title(s: &GoString) -> GoString {
    map_runes(s, to_title_rune)
}

/// `strings.Compare(a, b)`: -1, 0 or +1, comparing bytes.
pub fn compare(a: &GoString, b: &GoString) -> i64 {
    match a.as_bytes().cmp(b.as_bytes()) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// Go's `genSplit`: at most `n` pieces, each keeping the first `sep_save`
/// bytes of the separator that ends it.
fn gen_split(s: &GoString, sep: &GoString, sep_save: usize, n: i64) -> Slice<GoString> {
    if n == 0 {
        return Slice::nil();
    }
    if sep.is_empty() {
        return explode(s, n);
    }
    let (bytes, sep_bytes) = (s.as_bytes(), sep.as_bytes());
    let n = if n < 0 {
        count_bytes(bytes, sep_bytes) as u64 + 1
    } else {
        n as u64
    };
    let n = n.min(bytes.len() as u64 + 1) as usize;
    let mut pieces = Vec::with_capacity(n);
    let mut start = 0;
    while pieces.len() < n - 1 {
        match find(&bytes[start..], sep_bytes) {
            None => break,
            Some(m) => {
                pieces.push(substring(s, start, start + m + sep_save));
                start += m + sep_bytes.len();
            }
        }
    }
    pieces.push(substring(s, start, bytes.len()));
    let len = pieces.len();
    pieces.resize(n, GoString::new());
    slice_of(pieces, len)
}

/// `strings.SplitAfter(s, sep)`: split after each `sep`, which stays at the
/// end of its piece.
pub fn split_after(s: &GoString, sep: &GoString) -> Slice<GoString> {
    gen_split(s, sep, sep.as_bytes().len(), -1)
}

/// `strings.SplitAfterN(s, sep, n)`.
pub fn split_after_n(s: &GoString, sep: &GoString, n: i64) -> Slice<GoString> {
    gen_split(s, sep, sep.as_bytes().len(), n)
}

/// `*strings.Replacer`: a handle (clones share it), as Go shares the
/// pointer `NewReplacer` returns.
#[derive(Clone, Debug, Default)]
pub struct Replacer {
    pairs: std::sync::Arc<Vec<(GoString, GoString)>>,
}

/// `strings.NewReplacer(oldnew...)`: replaces each old string with its new
/// one; panics on an odd number of arguments.
pub fn new_replacer(oldnew: &Slice<GoString>) -> Replacer {
    let oldnew = oldnew.to_vec();
    if oldnew.len() % 2 == 1 {
        go_panic("strings.NewReplacer: odd argument count");
    }
    let pairs = oldnew.chunks(2).map(|pair| (pair[0].clone(), pair[1].clone())).collect();
    Replacer {
        pairs: std::sync::Arc::new(pairs),
    }
}

impl Replacer {
    /// The replacement at the start of `rest`: of the old strings that
    /// start it, the first in argument order (not the longest), as Go's
    /// trie lookup picks by priority; the empty old string is skipped right
    /// after an empty match.
    fn lookup(&self, rest: &[u8], ignore_empty: bool) -> Option<(&GoString, usize)> {
        self.pairs.iter().find_map(|(old, new)| {
            let old = old.as_bytes();
            let usable = rest.starts_with(old) && !(ignore_empty && old.is_empty());
            usable.then_some((new, old.len()))
        })
    }

    /// `r.Replace(s)`: all replacements, left to right, without overlapping
    /// matches; an empty old string matches before every byte and at the
    /// end.
    pub fn replace(&self, s: &GoString) -> GoString {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut last = 0;
        let mut prev_match_empty = false;
        let mut i = 0;
        while i <= bytes.len() {
            match self.lookup(&bytes[i..], prev_match_empty) {
                Some((new, keylen)) => {
                    prev_match_empty = keylen == 0;
                    out.extend_from_slice(&bytes[last..i]);
                    out.extend_from_slice(new.as_bytes());
                    i += keylen;
                    last = i;
                }
                None => {
                    prev_match_empty = false;
                    i += 1;
                }
            }
        }
        if last == 0 && out.is_empty() {
            return s.clone();
        }
        out.extend_from_slice(&bytes[last.min(bytes.len())..]);
        GoString::from_vec(out)
    }
}

// Expected values below were produced by running Go 1.26 (the Go call is in
// each row's comment).
#[cfg(test)]
mod more_tests {
    #![allow(clippy::type_complexity)]

    use super::*;
    use std::sync::Arc;

    fn g(bytes: &[u8]) -> GoString {
        GoString::from_bytes(bytes)
    }

    fn check_list(got: Slice<GoString>, want: &Option<Vec<GoString>>, row: usize) {
        match want {
            None => assert!(got.is_nil(), "row {row}: want nil, got {:?}", got.to_vec()),
            Some(want) => {
                assert!(!got.is_nil(), "row {row}: want non-nil");
                assert_eq!(got.to_vec(), *want, "row {row}");
            }
        }
    }

    #[test]
    fn cut_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8], &[u8], &[u8], bool)] = &[
            (b"", b",", b"", b"", false), // strings.Cut("", ",")
            (b"", b"=", b"", b"", false), // strings.Cut("", "=")
            (b"", b"", b"", b"", true), // strings.Cut("", "")
            (b"", b"\xe4\xb8\x96", b"", b"", false), // strings.Cut("", "\u4e16")
            (b"", b"\xff", b"", b"", false), // strings.Cut("", "\xff")
            (b"", b"abc", b"", b"", false), // strings.Cut("", "abc")
            (b"", b" ", b"", b"", false), // strings.Cut("", " ")
            (b"a,b,c", b",", b"a", b"b,c", true), // strings.Cut("a,b,c", ",")
            (b"a,b,c", b"=", b"a,b,c", b"", false), // strings.Cut("a,b,c", "=")
            (b"a,b,c", b"", b"", b"a,b,c", true), // strings.Cut("a,b,c", "")
            (b"a,b,c", b"\xe4\xb8\x96", b"a,b,c", b"", false), // strings.Cut("a,b,c", "\u4e16")
            (b"a,b,c", b"\xff", b"a,b,c", b"", false), // strings.Cut("a,b,c", "\xff")
            (b"a,b,c", b"abc", b"a,b,c", b"", false), // strings.Cut("a,b,c", "abc")
            (b"a,b,c", b" ", b"a,b,c", b"", false), // strings.Cut("a,b,c", " ")
            (b"key=value=x", b",", b"key=value=x", b"", false), // strings.Cut("key=value=x", ",")
            (b"key=value=x", b"=", b"key", b"value=x", true), // strings.Cut("key=value=x", "=")
            (b"key=value=x", b"", b"", b"key=value=x", true), // strings.Cut("key=value=x", "")
            (b"key=value=x", b"\xe4\xb8\x96", b"key=value=x", b"", false), // strings.Cut("key=value=x", "\u4e16")
            (b"key=value=x", b"\xff", b"key=value=x", b"", false), // strings.Cut("key=value=x", "\xff")
            (b"key=value=x", b"abc", b"key=value=x", b"", false), // strings.Cut("key=value=x", "abc")
            (b"key=value=x", b" ", b"key=value=x", b"", false), // strings.Cut("key=value=x", " ")
            (b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b",", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"", false), // strings.Cut("h\u00e9llo \u4e16\u754c", ",")
            (b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"=", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"", false), // strings.Cut("h\u00e9llo \u4e16\u754c", "=")
            (b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"", b"", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", true), // strings.Cut("h\u00e9llo \u4e16\u754c", "")
            (b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"\xe4\xb8\x96", b"h\xc3\xa9llo ", b"\xe7\x95\x8c", true), // strings.Cut("h\u00e9llo \u4e16\u754c", "\u4e16")
            (b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"\xff", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"", false), // strings.Cut("h\u00e9llo \u4e16\u754c", "\xff")
            (b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"abc", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"", false), // strings.Cut("h\u00e9llo \u4e16\u754c", "abc")
            (b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b" ", b"h\xc3\xa9llo", b"\xe4\xb8\x96\xe7\x95\x8c", true), // strings.Cut("h\u00e9llo \u4e16\u754c", " ")
            (b"a\xffb", b",", b"a\xffb", b"", false), // strings.Cut("a\xffb", ",")
            (b"a\xffb", b"=", b"a\xffb", b"", false), // strings.Cut("a\xffb", "=")
            (b"a\xffb", b"", b"", b"a\xffb", true), // strings.Cut("a\xffb", "")
            (b"a\xffb", b"\xe4\xb8\x96", b"a\xffb", b"", false), // strings.Cut("a\xffb", "\u4e16")
            (b"a\xffb", b"\xff", b"a", b"b", true), // strings.Cut("a\xffb", "\xff")
            (b"a\xffb", b"abc", b"a\xffb", b"", false), // strings.Cut("a\xffb", "abc")
            (b"a\xffb", b" ", b"a\xffb", b"", false), // strings.Cut("a\xffb", " ")
            (b",", b",", b"", b"", true), // strings.Cut(",", ",")
            (b",", b"=", b",", b"", false), // strings.Cut(",", "=")
            (b",", b"", b"", b",", true), // strings.Cut(",", "")
            (b",", b"\xe4\xb8\x96", b",", b"", false), // strings.Cut(",", "\u4e16")
            (b",", b"\xff", b",", b"", false), // strings.Cut(",", "\xff")
            (b",", b"abc", b",", b"", false), // strings.Cut(",", "abc")
            (b",", b" ", b",", b"", false), // strings.Cut(",", " ")
            (b"abc", b",", b"abc", b"", false), // strings.Cut("abc", ",")
            (b"abc", b"=", b"abc", b"", false), // strings.Cut("abc", "=")
            (b"abc", b"", b"", b"abc", true), // strings.Cut("abc", "")
            (b"abc", b"\xe4\xb8\x96", b"abc", b"", false), // strings.Cut("abc", "\u4e16")
            (b"abc", b"\xff", b"abc", b"", false), // strings.Cut("abc", "\xff")
            (b"abc", b"abc", b"", b"", true), // strings.Cut("abc", "abc")
            (b"abc", b" ", b"abc", b"", false), // strings.Cut("abc", " ")
            (b"  x  y  ", b",", b"  x  y  ", b"", false), // strings.Cut("  x  y  ", ",")
            (b"  x  y  ", b"=", b"  x  y  ", b"", false), // strings.Cut("  x  y  ", "=")
            (b"  x  y  ", b"", b"", b"  x  y  ", true), // strings.Cut("  x  y  ", "")
            (b"  x  y  ", b"\xe4\xb8\x96", b"  x  y  ", b"", false), // strings.Cut("  x  y  ", "\u4e16")
            (b"  x  y  ", b"\xff", b"  x  y  ", b"", false), // strings.Cut("  x  y  ", "\xff")
            (b"  x  y  ", b"abc", b"  x  y  ", b"", false), // strings.Cut("  x  y  ", "abc")
            (b"  x  y  ", b" ", b"", b" x  y  ", true), // strings.Cut("  x  y  ", " ")
        ];
        for (i, (s, sep, before, after, found)) in table.iter().enumerate() {
            assert_eq!(cut(&g(s), &g(sep)), (g(before), g(after), *found), "row {i}");
        }
    }

    #[test]
    fn cut_prefix_suffix_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8], &[u8], bool, &[u8], bool)] = &[
            (b"", b"", b"", true, b"", true), // strings.CutPrefix("", ""), strings.CutSuffix("", "")
            (b"", b"prefix-", b"", false, b"", false), // strings.CutPrefix("", "prefix-"), strings.CutSuffix("", "prefix-")
            (b"", b"-suffix", b"", false, b"", false), // strings.CutPrefix("", "-suffix"), strings.CutSuffix("", "-suffix")
            (b"", b"\xc3\xa9", b"", false, b"", false), // strings.CutPrefix("", "\u00e9"), strings.CutSuffix("", "\u00e9")
            (b"", b"a", b"", false, b"", false), // strings.CutPrefix("", "a"), strings.CutSuffix("", "a")
            (b"", b"aaa", b"", false, b"", false), // strings.CutPrefix("", "aaa"), strings.CutSuffix("", "aaa")
            (b"prefix-body-suffix", b"", b"prefix-body-suffix", true, b"prefix-body-suffix", true), // strings.CutPrefix("prefix-body-suffix", ""), strings.CutSuffix("prefix-body-suffix", "")
            (b"prefix-body-suffix", b"prefix-", b"body-suffix", true, b"prefix-body-suffix", false), // strings.CutPrefix("prefix-body-suffix", "prefix-"), strings.CutSuffix("prefix-body-suffix", "prefix-")
            (b"prefix-body-suffix", b"-suffix", b"prefix-body-suffix", false, b"prefix-body", true), // strings.CutPrefix("prefix-body-suffix", "-suffix"), strings.CutSuffix("prefix-body-suffix", "-suffix")
            (b"prefix-body-suffix", b"\xc3\xa9", b"prefix-body-suffix", false, b"prefix-body-suffix", false), // strings.CutPrefix("prefix-body-suffix", "\u00e9"), strings.CutSuffix("prefix-body-suffix", "\u00e9")
            (b"prefix-body-suffix", b"a", b"prefix-body-suffix", false, b"prefix-body-suffix", false), // strings.CutPrefix("prefix-body-suffix", "a"), strings.CutSuffix("prefix-body-suffix", "a")
            (b"prefix-body-suffix", b"aaa", b"prefix-body-suffix", false, b"prefix-body-suffix", false), // strings.CutPrefix("prefix-body-suffix", "aaa"), strings.CutSuffix("prefix-body-suffix", "aaa")
            (b"\xc3\xa9-x-\xc3\xa9", b"", b"\xc3\xa9-x-\xc3\xa9", true, b"\xc3\xa9-x-\xc3\xa9", true), // strings.CutPrefix("\u00e9-x-\u00e9", ""), strings.CutSuffix("\u00e9-x-\u00e9", "")
            (b"\xc3\xa9-x-\xc3\xa9", b"prefix-", b"\xc3\xa9-x-\xc3\xa9", false, b"\xc3\xa9-x-\xc3\xa9", false), // strings.CutPrefix("\u00e9-x-\u00e9", "prefix-"), strings.CutSuffix("\u00e9-x-\u00e9", "prefix-")
            (b"\xc3\xa9-x-\xc3\xa9", b"-suffix", b"\xc3\xa9-x-\xc3\xa9", false, b"\xc3\xa9-x-\xc3\xa9", false), // strings.CutPrefix("\u00e9-x-\u00e9", "-suffix"), strings.CutSuffix("\u00e9-x-\u00e9", "-suffix")
            (b"\xc3\xa9-x-\xc3\xa9", b"\xc3\xa9", b"-x-\xc3\xa9", true, b"\xc3\xa9-x-", true), // strings.CutPrefix("\u00e9-x-\u00e9", "\u00e9"), strings.CutSuffix("\u00e9-x-\u00e9", "\u00e9")
            (b"\xc3\xa9-x-\xc3\xa9", b"a", b"\xc3\xa9-x-\xc3\xa9", false, b"\xc3\xa9-x-\xc3\xa9", false), // strings.CutPrefix("\u00e9-x-\u00e9", "a"), strings.CutSuffix("\u00e9-x-\u00e9", "a")
            (b"\xc3\xa9-x-\xc3\xa9", b"aaa", b"\xc3\xa9-x-\xc3\xa9", false, b"\xc3\xa9-x-\xc3\xa9", false), // strings.CutPrefix("\u00e9-x-\u00e9", "aaa"), strings.CutSuffix("\u00e9-x-\u00e9", "aaa")
            (b"aa", b"", b"aa", true, b"aa", true), // strings.CutPrefix("aa", ""), strings.CutSuffix("aa", "")
            (b"aa", b"prefix-", b"aa", false, b"aa", false), // strings.CutPrefix("aa", "prefix-"), strings.CutSuffix("aa", "prefix-")
            (b"aa", b"-suffix", b"aa", false, b"aa", false), // strings.CutPrefix("aa", "-suffix"), strings.CutSuffix("aa", "-suffix")
            (b"aa", b"\xc3\xa9", b"aa", false, b"aa", false), // strings.CutPrefix("aa", "\u00e9"), strings.CutSuffix("aa", "\u00e9")
            (b"aa", b"a", b"a", true, b"a", true), // strings.CutPrefix("aa", "a"), strings.CutSuffix("aa", "a")
            (b"aa", b"aaa", b"aa", false, b"aa", false), // strings.CutPrefix("aa", "aaa"), strings.CutSuffix("aa", "aaa")
        ];
        for (i, (s, p, after, found, before, found2)) in table.iter().enumerate() {
            assert_eq!(cut_prefix(&g(s), &g(p)), (g(after), *found), "row {i}");
            assert_eq!(cut_suffix(&g(s), &g(p)), (g(before), *found2), "row {i}");
        }
    }

    #[test]
    fn index_any_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8], i64, i64)] = &[
            (b"", b"", -1, -1), // strings.IndexAny("", ""), strings.LastIndexAny("", "")
            (b"", b"o", -1, -1), // strings.IndexAny("", "o"), strings.LastIndexAny("", "o")
            (b"", b"lo", -1, -1), // strings.IndexAny("", "lo"), strings.LastIndexAny("", "lo")
            (b"", b"\xc3\xa9", -1, -1), // strings.IndexAny("", "\u00e9"), strings.LastIndexAny("", "\u00e9")
            (b"", b"\xff", -1, -1), // strings.IndexAny("", "\xff"), strings.LastIndexAny("", "\xff")
            (b"", b"\xef\xbf\xbd", -1, -1), // strings.IndexAny("", "\ufffd"), strings.LastIndexAny("", "\ufffd")
            (b"", b"zyx", -1, -1), // strings.IndexAny("", "zyx"), strings.LastIndexAny("", "zyx")
            (b"", b"\xe6\x9c\xac", -1, -1), // strings.IndexAny("", "\u672c"), strings.LastIndexAny("", "\u672c")
            (b"", b"cb", -1, -1), // strings.IndexAny("", "cb"), strings.LastIndexAny("", "cb")
            (b"", b"\x80", -1, -1), // strings.IndexAny("", "\x80"), strings.LastIndexAny("", "\x80")
            (b"hello, world", b"", -1, -1), // strings.IndexAny("hello, world", ""), strings.LastIndexAny("hello, world", "")
            (b"hello, world", b"o", 4, 8), // strings.IndexAny("hello, world", "o"), strings.LastIndexAny("hello, world", "o")
            (b"hello, world", b"lo", 2, 10), // strings.IndexAny("hello, world", "lo"), strings.LastIndexAny("hello, world", "lo")
            (b"hello, world", b"\xc3\xa9", -1, -1), // strings.IndexAny("hello, world", "\u00e9"), strings.LastIndexAny("hello, world", "\u00e9")
            (b"hello, world", b"\xff", -1, -1), // strings.IndexAny("hello, world", "\xff"), strings.LastIndexAny("hello, world", "\xff")
            (b"hello, world", b"\xef\xbf\xbd", -1, -1), // strings.IndexAny("hello, world", "\ufffd"), strings.LastIndexAny("hello, world", "\ufffd")
            (b"hello, world", b"zyx", -1, -1), // strings.IndexAny("hello, world", "zyx"), strings.LastIndexAny("hello, world", "zyx")
            (b"hello, world", b"\xe6\x9c\xac", -1, -1), // strings.IndexAny("hello, world", "\u672c"), strings.LastIndexAny("hello, world", "\u672c")
            (b"hello, world", b"cb", -1, -1), // strings.IndexAny("hello, world", "cb"), strings.LastIndexAny("hello, world", "cb")
            (b"hello, world", b"\x80", -1, -1), // strings.IndexAny("hello, world", "\x80"), strings.LastIndexAny("hello, world", "\x80")
            (b"h\xc3\xa9llo", b"", -1, -1), // strings.IndexAny("h\u00e9llo", ""), strings.LastIndexAny("h\u00e9llo", "")
            (b"h\xc3\xa9llo", b"o", 5, 5), // strings.IndexAny("h\u00e9llo", "o"), strings.LastIndexAny("h\u00e9llo", "o")
            (b"h\xc3\xa9llo", b"lo", 3, 5), // strings.IndexAny("h\u00e9llo", "lo"), strings.LastIndexAny("h\u00e9llo", "lo")
            (b"h\xc3\xa9llo", b"\xc3\xa9", 1, 1), // strings.IndexAny("h\u00e9llo", "\u00e9"), strings.LastIndexAny("h\u00e9llo", "\u00e9")
            (b"h\xc3\xa9llo", b"\xff", -1, -1), // strings.IndexAny("h\u00e9llo", "\xff"), strings.LastIndexAny("h\u00e9llo", "\xff")
            (b"h\xc3\xa9llo", b"\xef\xbf\xbd", -1, -1), // strings.IndexAny("h\u00e9llo", "\ufffd"), strings.LastIndexAny("h\u00e9llo", "\ufffd")
            (b"h\xc3\xa9llo", b"zyx", -1, -1), // strings.IndexAny("h\u00e9llo", "zyx"), strings.LastIndexAny("h\u00e9llo", "zyx")
            (b"h\xc3\xa9llo", b"\xe6\x9c\xac", -1, -1), // strings.IndexAny("h\u00e9llo", "\u672c"), strings.LastIndexAny("h\u00e9llo", "\u672c")
            (b"h\xc3\xa9llo", b"cb", -1, -1), // strings.IndexAny("h\u00e9llo", "cb"), strings.LastIndexAny("h\u00e9llo", "cb")
            (b"h\xc3\xa9llo", b"\x80", -1, -1), // strings.IndexAny("h\u00e9llo", "\x80"), strings.LastIndexAny("h\u00e9llo", "\x80")
            (b"a\xffb\xef\xbf\xbd", b"", -1, -1), // strings.IndexAny("a\xffb\ufffd", ""), strings.LastIndexAny("a\xffb\ufffd", "")
            (b"a\xffb\xef\xbf\xbd", b"o", -1, -1), // strings.IndexAny("a\xffb\ufffd", "o"), strings.LastIndexAny("a\xffb\ufffd", "o")
            (b"a\xffb\xef\xbf\xbd", b"lo", -1, -1), // strings.IndexAny("a\xffb\ufffd", "lo"), strings.LastIndexAny("a\xffb\ufffd", "lo")
            (b"a\xffb\xef\xbf\xbd", b"\xc3\xa9", -1, -1), // strings.IndexAny("a\xffb\ufffd", "\u00e9"), strings.LastIndexAny("a\xffb\ufffd", "\u00e9")
            (b"a\xffb\xef\xbf\xbd", b"\xff", 1, 3), // strings.IndexAny("a\xffb\ufffd", "\xff"), strings.LastIndexAny("a\xffb\ufffd", "\xff")
            (b"a\xffb\xef\xbf\xbd", b"\xef\xbf\xbd", 1, 3), // strings.IndexAny("a\xffb\ufffd", "\ufffd"), strings.LastIndexAny("a\xffb\ufffd", "\ufffd")
            (b"a\xffb\xef\xbf\xbd", b"zyx", -1, -1), // strings.IndexAny("a\xffb\ufffd", "zyx"), strings.LastIndexAny("a\xffb\ufffd", "zyx")
            (b"a\xffb\xef\xbf\xbd", b"\xe6\x9c\xac", -1, -1), // strings.IndexAny("a\xffb\ufffd", "\u672c"), strings.LastIndexAny("a\xffb\ufffd", "\u672c")
            (b"a\xffb\xef\xbf\xbd", b"cb", 2, 2), // strings.IndexAny("a\xffb\ufffd", "cb"), strings.LastIndexAny("a\xffb\ufffd", "cb")
            (b"a\xffb\xef\xbf\xbd", b"\x80", 1, 3), // strings.IndexAny("a\xffb\ufffd", "\x80"), strings.LastIndexAny("a\xffb\ufffd", "\x80")
            (b"xyz", b"", -1, -1), // strings.IndexAny("xyz", ""), strings.LastIndexAny("xyz", "")
            (b"xyz", b"o", -1, -1), // strings.IndexAny("xyz", "o"), strings.LastIndexAny("xyz", "o")
            (b"xyz", b"lo", -1, -1), // strings.IndexAny("xyz", "lo"), strings.LastIndexAny("xyz", "lo")
            (b"xyz", b"\xc3\xa9", -1, -1), // strings.IndexAny("xyz", "\u00e9"), strings.LastIndexAny("xyz", "\u00e9")
            (b"xyz", b"\xff", -1, -1), // strings.IndexAny("xyz", "\xff"), strings.LastIndexAny("xyz", "\xff")
            (b"xyz", b"\xef\xbf\xbd", -1, -1), // strings.IndexAny("xyz", "\ufffd"), strings.LastIndexAny("xyz", "\ufffd")
            (b"xyz", b"zyx", 0, 2), // strings.IndexAny("xyz", "zyx"), strings.LastIndexAny("xyz", "zyx")
            (b"xyz", b"\xe6\x9c\xac", -1, -1), // strings.IndexAny("xyz", "\u672c"), strings.LastIndexAny("xyz", "\u672c")
            (b"xyz", b"cb", -1, -1), // strings.IndexAny("xyz", "cb"), strings.LastIndexAny("xyz", "cb")
            (b"xyz", b"\x80", -1, -1), // strings.IndexAny("xyz", "\x80"), strings.LastIndexAny("xyz", "\x80")
            (b"aaaaaaaaaaaaaaaaabc", b"", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", ""), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "")
            (b"aaaaaaaaaaaaaaaaabc", b"o", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "o"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "o")
            (b"aaaaaaaaaaaaaaaaabc", b"lo", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "lo"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "lo")
            (b"aaaaaaaaaaaaaaaaabc", b"\xc3\xa9", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "\u00e9"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "\u00e9")
            (b"aaaaaaaaaaaaaaaaabc", b"\xff", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "\xff"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "\xff")
            (b"aaaaaaaaaaaaaaaaabc", b"\xef\xbf\xbd", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "\ufffd"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "\ufffd")
            (b"aaaaaaaaaaaaaaaaabc", b"zyx", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "zyx"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "zyx")
            (b"aaaaaaaaaaaaaaaaabc", b"\xe6\x9c\xac", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "\u672c"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "\u672c")
            (b"aaaaaaaaaaaaaaaaabc", b"cb", 17, 18), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "cb"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "cb")
            (b"aaaaaaaaaaaaaaaaabc", b"\x80", -1, -1), // strings.IndexAny("aaaaaaaaaaaaaaaaabc", "\x80"), strings.LastIndexAny("aaaaaaaaaaaaaaaaabc", "\x80")
            (b"\xef\xbf\xbd", b"", -1, -1), // strings.IndexAny("\ufffd", ""), strings.LastIndexAny("\ufffd", "")
            (b"\xef\xbf\xbd", b"o", -1, -1), // strings.IndexAny("\ufffd", "o"), strings.LastIndexAny("\ufffd", "o")
            (b"\xef\xbf\xbd", b"lo", -1, -1), // strings.IndexAny("\ufffd", "lo"), strings.LastIndexAny("\ufffd", "lo")
            (b"\xef\xbf\xbd", b"\xc3\xa9", -1, -1), // strings.IndexAny("\ufffd", "\u00e9"), strings.LastIndexAny("\ufffd", "\u00e9")
            (b"\xef\xbf\xbd", b"\xff", 0, 0), // strings.IndexAny("\ufffd", "\xff"), strings.LastIndexAny("\ufffd", "\xff")
            (b"\xef\xbf\xbd", b"\xef\xbf\xbd", 0, 0), // strings.IndexAny("\ufffd", "\ufffd"), strings.LastIndexAny("\ufffd", "\ufffd")
            (b"\xef\xbf\xbd", b"zyx", -1, -1), // strings.IndexAny("\ufffd", "zyx"), strings.LastIndexAny("\ufffd", "zyx")
            (b"\xef\xbf\xbd", b"\xe6\x9c\xac", -1, -1), // strings.IndexAny("\ufffd", "\u672c"), strings.LastIndexAny("\ufffd", "\u672c")
            (b"\xef\xbf\xbd", b"cb", -1, -1), // strings.IndexAny("\ufffd", "cb"), strings.LastIndexAny("\ufffd", "cb")
            (b"\xef\xbf\xbd", b"\x80", 0, 0), // strings.IndexAny("\ufffd", "\x80"), strings.LastIndexAny("\ufffd", "\x80")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", ""), strings.LastIndexAny("\u65e5\u672c\u8a9e", "")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"o", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "o"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "o")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"lo", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "lo"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "lo")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"\xc3\xa9", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "\u00e9"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "\u00e9")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"\xff", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "\xff"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "\xff")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"\xef\xbf\xbd", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "\ufffd"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "\ufffd")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"zyx", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "zyx"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "zyx")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"\xe6\x9c\xac", 3, 3), // strings.IndexAny("\u65e5\u672c\u8a9e", "\u672c"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "\u672c")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"cb", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "cb"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "cb")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"\x80", -1, -1), // strings.IndexAny("\u65e5\u672c\u8a9e", "\x80"), strings.LastIndexAny("\u65e5\u672c\u8a9e", "\x80")
        ];
        for (i, (s, chars, first, last)) in table.iter().enumerate() {
            assert_eq!(index_any(&g(s), &g(chars)), *first, "row {i}");
            assert_eq!(last_index_any(&g(s), &g(chars)), *last, "row {i}");
        }
    }

    #[test]
    fn last_index_byte_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], u8, i64)] = &[
            (b"", 0x61, -1), // strings.LastIndexByte("", 0x61)
            (b"", 0x63, -1), // strings.LastIndexByte("", 0x63)
            (b"", 0xa9, -1), // strings.LastIndexByte("", 0xa9)
            (b"", 0xff, -1), // strings.LastIndexByte("", 0xff)
            (b"", 0x7a, -1), // strings.LastIndexByte("", 0x7a)
            (b"abcabc", 0x61, 3), // strings.LastIndexByte("abcabc", 0x61)
            (b"abcabc", 0x63, 5), // strings.LastIndexByte("abcabc", 0x63)
            (b"abcabc", 0xa9, -1), // strings.LastIndexByte("abcabc", 0xa9)
            (b"abcabc", 0xff, -1), // strings.LastIndexByte("abcabc", 0xff)
            (b"abcabc", 0x7a, -1), // strings.LastIndexByte("abcabc", 0x7a)
            (b"\xc3\xa9", 0x61, -1), // strings.LastIndexByte("\u00e9", 0x61)
            (b"\xc3\xa9", 0x63, -1), // strings.LastIndexByte("\u00e9", 0x63)
            (b"\xc3\xa9", 0xa9, 1), // strings.LastIndexByte("\u00e9", 0xa9)
            (b"\xc3\xa9", 0xff, -1), // strings.LastIndexByte("\u00e9", 0xff)
            (b"\xc3\xa9", 0x7a, -1), // strings.LastIndexByte("\u00e9", 0x7a)
            (b"a\xffb\xff", 0x61, 0), // strings.LastIndexByte("a\xffb\xff", 0x61)
            (b"a\xffb\xff", 0x63, -1), // strings.LastIndexByte("a\xffb\xff", 0x63)
            (b"a\xffb\xff", 0xa9, -1), // strings.LastIndexByte("a\xffb\xff", 0xa9)
            (b"a\xffb\xff", 0xff, 3), // strings.LastIndexByte("a\xffb\xff", 0xff)
            (b"a\xffb\xff", 0x7a, -1), // strings.LastIndexByte("a\xffb\xff", 0x7a)
        ];
        for (i, (s, c, want)) in table.iter().enumerate() {
            assert_eq!(last_index_byte(&g(s), *c), *want, "row {i}");
        }
    }

    fn predicate(f: fn(i32) -> bool) -> RunePredicate {
        Func::new(Arc::new(f))
    }

    #[test]
    fn func_variants_table() {
        let predicates = [
            predicate(crate::unicode::is_space),
            predicate(crate::unicode::is_upper),
            predicate(|r| !crate::unicode::is_letter(r)), // isNotLetter
            predicate(|r| r == 0xFFFD),                   // isErr
        ];
        #[rustfmt::skip]
        let table: &[(usize, &[u8], i64, i64, bool, &[u8], &[u8], &[u8], Option<Vec<GoString>>)] = &[
            (0, b"", -1, -1, false, b"", b"", b"", Some(vec![])), // unicode.IsSpace: strings.IndexFunc("", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (0, b"  hello world  ", 0, 14, true, b"hello world", b"hello world  ", b"  hello world", Some(vec![g(b"hello"), g(b"world")])), // unicode.IsSpace: strings.IndexFunc("  hello world  ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (0, b"ABCdefGHI", -1, -1, false, b"ABCdefGHI", b"ABCdefGHI", b"ABCdefGHI", Some(vec![g(b"ABCdefGHI")])), // unicode.IsSpace: strings.IndexFunc("ABCdefGHI", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (0, b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", 0, 14, true, b"\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e", b"\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e", Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac"), g(b"\xe8\xaa\x9e")])), // unicode.IsSpace: strings.IndexFunc("\u3000\u65e5\u672c\u00a0\u8a9e ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (0, b"a\xffb\xe4\xb8", -1, -1, false, b"a\xffb\xe4\xb8", b"a\xffb\xe4\xb8", b"a\xffb\xe4\xb8", Some(vec![g(b"a\xffb\xe4\xb8")])), // unicode.IsSpace: strings.IndexFunc("a\xffb\xe4\xb8", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (0, b"\xe4\xb8\x96\xe4", -1, -1, false, b"\xe4\xb8\x96\xe4", b"\xe4\xb8\x96\xe4", b"\xe4\xb8\x96\xe4", Some(vec![g(b"\xe4\xb8\x96\xe4")])), // unicode.IsSpace: strings.IndexFunc("\u4e16\xe4", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (0, b"123abc!!!", -1, -1, false, b"123abc!!!", b"123abc!!!", b"123abc!!!", Some(vec![g(b"123abc!!!")])), // unicode.IsSpace: strings.IndexFunc("123abc!!!", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (0, b"   ", 0, 2, true, b"", b"", b"", Some(vec![])), // unicode.IsSpace: strings.IndexFunc("   ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"", -1, -1, false, b"", b"", b"", Some(vec![])), // unicode.IsUpper: strings.IndexFunc("", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"  hello world  ", -1, -1, false, b"  hello world  ", b"  hello world  ", b"  hello world  ", Some(vec![g(b"  hello world  ")])), // unicode.IsUpper: strings.IndexFunc("  hello world  ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"ABCdefGHI", 0, 8, true, b"def", b"defGHI", b"ABCdef", Some(vec![g(b"def")])), // unicode.IsUpper: strings.IndexFunc("ABCdefGHI", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", -1, -1, false, b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", Some(vec![g(b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ")])), // unicode.IsUpper: strings.IndexFunc("\u3000\u65e5\u672c\u00a0\u8a9e ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"a\xffb\xe4\xb8", -1, -1, false, b"a\xffb\xe4\xb8", b"a\xffb\xe4\xb8", b"a\xffb\xe4\xb8", Some(vec![g(b"a\xffb\xe4\xb8")])), // unicode.IsUpper: strings.IndexFunc("a\xffb\xe4\xb8", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"\xe4\xb8\x96\xe4", -1, -1, false, b"\xe4\xb8\x96\xe4", b"\xe4\xb8\x96\xe4", b"\xe4\xb8\x96\xe4", Some(vec![g(b"\xe4\xb8\x96\xe4")])), // unicode.IsUpper: strings.IndexFunc("\u4e16\xe4", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"123abc!!!", -1, -1, false, b"123abc!!!", b"123abc!!!", b"123abc!!!", Some(vec![g(b"123abc!!!")])), // unicode.IsUpper: strings.IndexFunc("123abc!!!", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (1, b"   ", -1, -1, false, b"   ", b"   ", b"   ", Some(vec![g(b"   ")])), // unicode.IsUpper: strings.IndexFunc("   ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"", -1, -1, false, b"", b"", b"", Some(vec![])), // isNotLetter: strings.IndexFunc("", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"  hello world  ", 0, 14, true, b"hello world", b"hello world  ", b"  hello world", Some(vec![g(b"hello"), g(b"world")])), // isNotLetter: strings.IndexFunc("  hello world  ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"ABCdefGHI", -1, -1, false, b"ABCdefGHI", b"ABCdefGHI", b"ABCdefGHI", Some(vec![g(b"ABCdefGHI")])), // isNotLetter: strings.IndexFunc("ABCdefGHI", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", 0, 14, true, b"\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e", b"\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e", Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac"), g(b"\xe8\xaa\x9e")])), // isNotLetter: strings.IndexFunc("\u3000\u65e5\u672c\u00a0\u8a9e ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"a\xffb\xe4\xb8", 1, 4, true, b"a\xffb", b"a\xffb\xe4\xb8", b"a\xffb", Some(vec![g(b"a"), g(b"b")])), // isNotLetter: strings.IndexFunc("a\xffb\xe4\xb8", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"\xe4\xb8\x96\xe4", 3, 3, true, b"\xe4\xb8\x96", b"\xe4\xb8\x96\xe4", b"\xe4\xb8\x96", Some(vec![g(b"\xe4\xb8\x96")])), // isNotLetter: strings.IndexFunc("\u4e16\xe4", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"123abc!!!", 0, 8, true, b"abc", b"abc!!!", b"123abc", Some(vec![g(b"abc")])), // isNotLetter: strings.IndexFunc("123abc!!!", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (2, b"   ", 0, 2, true, b"", b"", b"", Some(vec![])), // isNotLetter: strings.IndexFunc("   ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"", -1, -1, false, b"", b"", b"", Some(vec![])), // isErr: strings.IndexFunc("", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"  hello world  ", -1, -1, false, b"  hello world  ", b"  hello world  ", b"  hello world  ", Some(vec![g(b"  hello world  ")])), // isErr: strings.IndexFunc("  hello world  ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"ABCdefGHI", -1, -1, false, b"ABCdefGHI", b"ABCdefGHI", b"ABCdefGHI", Some(vec![g(b"ABCdefGHI")])), // isErr: strings.IndexFunc("ABCdefGHI", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", -1, -1, false, b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ", Some(vec![g(b"\xe3\x80\x80\xe6\x97\xa5\xe6\x9c\xac\xc2\xa0\xe8\xaa\x9e ")])), // isErr: strings.IndexFunc("\u3000\u65e5\u672c\u00a0\u8a9e ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"a\xffb\xe4\xb8", 1, 4, true, b"a\xffb", b"a\xffb\xe4\xb8", b"a\xffb", Some(vec![g(b"a"), g(b"b")])), // isErr: strings.IndexFunc("a\xffb\xe4\xb8", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"\xe4\xb8\x96\xe4", 3, 3, true, b"\xe4\xb8\x96", b"\xe4\xb8\x96\xe4", b"\xe4\xb8\x96", Some(vec![g(b"\xe4\xb8\x96")])), // isErr: strings.IndexFunc("\u4e16\xe4", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"123abc!!!", -1, -1, false, b"123abc!!!", b"123abc!!!", b"123abc!!!", Some(vec![g(b"123abc!!!")])), // isErr: strings.IndexFunc("123abc!!!", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
            (3, b"   ", -1, -1, false, b"   ", b"   ", b"   ", Some(vec![g(b"   ")])), // isErr: strings.IndexFunc("   ", f), LastIndexFunc, ContainsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc, FieldsFunc
        ];
        for (i, (p, s, first, last, contains, trimmed, left, right, fields)) in table.iter().enumerate() {
            let f = &predicates[*p];
            let s = g(s);
            assert_eq!(index_func(&s, f), *first, "row {i}");
            assert_eq!(last_index_func(&s, f), *last, "row {i}");
            assert_eq!(contains_func(&s, f), *contains, "row {i}");
            assert_eq!(trim_func(&s, f), g(trimmed), "row {i}");
            assert_eq!(trim_left_func(&s, f), g(left), "row {i}");
            assert_eq!(trim_right_func(&s, f), g(right), "row {i}");
            check_list(fields_func(&s, f), fields, i);
        }
    }

    #[test]
    fn fields_func_calls_f_once_per_rune() {
        // n := 0; strings.FieldsFunc("a b\xffc", func(r rune) bool { n++; return r == ' ' }); n == 5
        let calls = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = calls.clone();
        let f: RunePredicate = Func::new(Arc::new(move |r| {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            r == ' ' as i32
        }));
        let fields = fields_func(&g(b"a b\xffc"), &f);
        assert_eq!(fields.to_vec(), vec![g(b"a"), g(b"b\xffc")]);
        assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 5);
    }

    #[test]
    fn map_table() {
        fn mapping(f: fn(i32) -> i32) -> RuneMapping {
            Func::new(Arc::new(f))
        }
        let mappings = [
            mapping(|r| match r {
                // rot13
                0x61..=0x7a => 0x61 + (r - 0x61 + 13) % 26,
                0x41..=0x5a => 0x41 + (r - 0x41 + 13) % 26,
                _ => r,
            }),
            mapping(|r| if b"aeiou".contains(&(r as u8)) && r < 0x80 { -1 } else { r }), // dropVowels
            mapping(|r| if r == 0xFFFD { '?' as i32 } else { r }),                       // toErr
            mapping(crate::unicode::to_upper),
        ];
        #[rustfmt::skip]
        let table: &[(usize, &[u8], &[u8])] = &[
            (0, b"", b""), // strings.Map(rot13, "")
            (0, b"Hello, World", b"Uryyb, Jbeyq"), // strings.Map(rot13, "Hello, World")
            (0, b"h\xc3\xa9llo", b"u\xc3\xa9yyb"), // strings.Map(rot13, "h\u00e9llo")
            (0, b"a\xffb\xef\xbf\xbd", b"n\xef\xbf\xbdo\xef\xbf\xbd"), // strings.Map(rot13, "a\xffb\ufffd")
            (0, b"aeiou", b"nrvbh"), // strings.Map(rot13, "aeiou")
            (0, b"\xc3\x9f", b"\xc3\x9f"), // strings.Map(rot13, "\u00df")
            (1, b"", b""), // strings.Map(dropVowels, "")
            (1, b"Hello, World", b"Hll, Wrld"), // strings.Map(dropVowels, "Hello, World")
            (1, b"h\xc3\xa9llo", b"h\xc3\xa9ll"), // strings.Map(dropVowels, "h\u00e9llo")
            (1, b"a\xffb\xef\xbf\xbd", b"\xef\xbf\xbdb\xef\xbf\xbd"), // strings.Map(dropVowels, "a\xffb\ufffd")
            (1, b"aeiou", b""), // strings.Map(dropVowels, "aeiou")
            (1, b"\xc3\x9f", b"\xc3\x9f"), // strings.Map(dropVowels, "\u00df")
            (2, b"", b""), // strings.Map(toErr, "")
            (2, b"Hello, World", b"Hello, World"), // strings.Map(toErr, "Hello, World")
            (2, b"h\xc3\xa9llo", b"h\xc3\xa9llo"), // strings.Map(toErr, "h\u00e9llo")
            (2, b"a\xffb\xef\xbf\xbd", b"a?b?"), // strings.Map(toErr, "a\xffb\ufffd")
            (2, b"aeiou", b"aeiou"), // strings.Map(toErr, "aeiou")
            (2, b"\xc3\x9f", b"\xc3\x9f"), // strings.Map(toErr, "\u00df")
            (3, b"", b""), // strings.Map(unicode.ToUpper, "")
            (3, b"Hello, World", b"HELLO, WORLD"), // strings.Map(unicode.ToUpper, "Hello, World")
            (3, b"h\xc3\xa9llo", b"H\xc3\x89LLO"), // strings.Map(unicode.ToUpper, "h\u00e9llo")
            (3, b"a\xffb\xef\xbf\xbd", b"A\xef\xbf\xbdB\xef\xbf\xbd"), // strings.Map(unicode.ToUpper, "a\xffb\ufffd")
            (3, b"aeiou", b"AEIOU"), // strings.Map(unicode.ToUpper, "aeiou")
            (3, b"\xc3\x9f", b"\xc3\x9f"), // strings.Map(unicode.ToUpper, "\u00df")
        ];
        for (i, (m, s, want)) in table.iter().enumerate() {
            assert_eq!(map(&mappings[*m], &g(s)), g(want), "row {i}");
        }
    }

    #[test]
    fn compare_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8], i64)] = &[
            (b"", b"", 0), // strings.Compare("", "")
            (b"", b"a", -1), // strings.Compare("", "a")
            (b"", b"ab", -1), // strings.Compare("", "ab")
            (b"", b"\xff", -1), // strings.Compare("", "\xff")
            (b"a", b"", 1), // strings.Compare("a", "")
            (b"a", b"a", 0), // strings.Compare("a", "a")
            (b"a", b"ab", -1), // strings.Compare("a", "ab")
            (b"a", b"\xff", -1), // strings.Compare("a", "\xff")
            (b"b", b"", 1), // strings.Compare("b", "")
            (b"b", b"a", 1), // strings.Compare("b", "a")
            (b"b", b"ab", 1), // strings.Compare("b", "ab")
            (b"b", b"\xff", -1), // strings.Compare("b", "\xff")
            (b"ab", b"", 1), // strings.Compare("ab", "")
            (b"ab", b"a", 1), // strings.Compare("ab", "a")
            (b"ab", b"ab", 0), // strings.Compare("ab", "ab")
            (b"ab", b"\xff", -1), // strings.Compare("ab", "\xff")
            (b"\xff", b"", 1), // strings.Compare("\xff", "")
            (b"\xff", b"a", 1), // strings.Compare("\xff", "a")
            (b"\xff", b"ab", 1), // strings.Compare("\xff", "ab")
            (b"\xff", b"\xff", 0), // strings.Compare("\xff", "\xff")
        ];
        for (i, (a, b, want)) in table.iter().enumerate() {
            assert_eq!(compare(&g(a), &g(b)), *want, "row {i}");
        }
    }

    #[test]
    fn split_after_table() {
        // n == 99 stands for strings.SplitAfter; the last column is cap(result).
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8], i64, Option<Vec<GoString>>, i64)] = &[
            (b"", b",", -1, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", ",", -1) (cap 1)
            (b"", b",", 0, None, 0), // strings.SplitAfterN("", ",", 0) (cap 0)
            (b"", b",", 1, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", ",", 1) (cap 1)
            (b"", b",", 2, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", ",", 2) (cap 1)
            (b"", b",", 99, Some(vec![g(b"")]), 1), // strings.SplitAfter("", ",")
            (b"", b"", -1, Some(vec![]), 0), // strings.SplitAfterN("", "", -1) (cap 0)
            (b"", b"", 0, None, 0), // strings.SplitAfterN("", "", 0) (cap 0)
            (b"", b"", 1, Some(vec![]), 0), // strings.SplitAfterN("", "", 1) (cap 0)
            (b"", b"", 2, Some(vec![]), 0), // strings.SplitAfterN("", "", 2) (cap 0)
            (b"", b"", 99, Some(vec![]), 0), // strings.SplitAfter("", "")
            (b"", b"b", -1, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", "b", -1) (cap 1)
            (b"", b"b", 0, None, 0), // strings.SplitAfterN("", "b", 0) (cap 0)
            (b"", b"b", 1, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", "b", 1) (cap 1)
            (b"", b"b", 2, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", "b", 2) (cap 1)
            (b"", b"b", 99, Some(vec![g(b"")]), 1), // strings.SplitAfter("", "b")
            (b"", b"x", -1, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", "x", -1) (cap 1)
            (b"", b"x", 0, None, 0), // strings.SplitAfterN("", "x", 0) (cap 0)
            (b"", b"x", 1, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", "x", 1) (cap 1)
            (b"", b"x", 2, Some(vec![g(b"")]), 1), // strings.SplitAfterN("", "x", 2) (cap 1)
            (b"", b"x", 99, Some(vec![g(b"")]), 1), // strings.SplitAfter("", "x")
            (b"a,b,c", b",", -1, Some(vec![g(b"a,"), g(b"b,"), g(b"c")]), 3), // strings.SplitAfterN("a,b,c", ",", -1) (cap 3)
            (b"a,b,c", b",", 0, None, 0), // strings.SplitAfterN("a,b,c", ",", 0) (cap 0)
            (b"a,b,c", b",", 1, Some(vec![g(b"a,b,c")]), 1), // strings.SplitAfterN("a,b,c", ",", 1) (cap 1)
            (b"a,b,c", b",", 2, Some(vec![g(b"a,"), g(b"b,c")]), 2), // strings.SplitAfterN("a,b,c", ",", 2) (cap 2)
            (b"a,b,c", b",", 99, Some(vec![g(b"a,"), g(b"b,"), g(b"c")]), 3), // strings.SplitAfter("a,b,c", ",")
            (b"a,b,c", b"", -1, Some(vec![g(b"a"), g(b","), g(b"b"), g(b","), g(b"c")]), 5), // strings.SplitAfterN("a,b,c", "", -1) (cap 5)
            (b"a,b,c", b"", 0, None, 0), // strings.SplitAfterN("a,b,c", "", 0) (cap 0)
            (b"a,b,c", b"", 1, Some(vec![g(b"a,b,c")]), 1), // strings.SplitAfterN("a,b,c", "", 1) (cap 1)
            (b"a,b,c", b"", 2, Some(vec![g(b"a"), g(b",b,c")]), 2), // strings.SplitAfterN("a,b,c", "", 2) (cap 2)
            (b"a,b,c", b"", 99, Some(vec![g(b"a"), g(b","), g(b"b"), g(b","), g(b"c")]), 5), // strings.SplitAfter("a,b,c", "")
            (b"a,b,c", b"b", -1, Some(vec![g(b"a,b"), g(b",c")]), 2), // strings.SplitAfterN("a,b,c", "b", -1) (cap 2)
            (b"a,b,c", b"b", 0, None, 0), // strings.SplitAfterN("a,b,c", "b", 0) (cap 0)
            (b"a,b,c", b"b", 1, Some(vec![g(b"a,b,c")]), 1), // strings.SplitAfterN("a,b,c", "b", 1) (cap 1)
            (b"a,b,c", b"b", 2, Some(vec![g(b"a,b"), g(b",c")]), 2), // strings.SplitAfterN("a,b,c", "b", 2) (cap 2)
            (b"a,b,c", b"b", 99, Some(vec![g(b"a,b"), g(b",c")]), 2), // strings.SplitAfter("a,b,c", "b")
            (b"a,b,c", b"x", -1, Some(vec![g(b"a,b,c")]), 1), // strings.SplitAfterN("a,b,c", "x", -1) (cap 1)
            (b"a,b,c", b"x", 0, None, 0), // strings.SplitAfterN("a,b,c", "x", 0) (cap 0)
            (b"a,b,c", b"x", 1, Some(vec![g(b"a,b,c")]), 1), // strings.SplitAfterN("a,b,c", "x", 1) (cap 1)
            (b"a,b,c", b"x", 2, Some(vec![g(b"a,b,c")]), 2), // strings.SplitAfterN("a,b,c", "x", 2) (cap 2)
            (b"a,b,c", b"x", 99, Some(vec![g(b"a,b,c")]), 1), // strings.SplitAfter("a,b,c", "x")
            (b",a,", b",", -1, Some(vec![g(b","), g(b"a,"), g(b"")]), 3), // strings.SplitAfterN(",a,", ",", -1) (cap 3)
            (b",a,", b",", 0, None, 0), // strings.SplitAfterN(",a,", ",", 0) (cap 0)
            (b",a,", b",", 1, Some(vec![g(b",a,")]), 1), // strings.SplitAfterN(",a,", ",", 1) (cap 1)
            (b",a,", b",", 2, Some(vec![g(b","), g(b"a,")]), 2), // strings.SplitAfterN(",a,", ",", 2) (cap 2)
            (b",a,", b",", 99, Some(vec![g(b","), g(b"a,"), g(b"")]), 3), // strings.SplitAfter(",a,", ",")
            (b",a,", b"", -1, Some(vec![g(b","), g(b"a"), g(b",")]), 3), // strings.SplitAfterN(",a,", "", -1) (cap 3)
            (b",a,", b"", 0, None, 0), // strings.SplitAfterN(",a,", "", 0) (cap 0)
            (b",a,", b"", 1, Some(vec![g(b",a,")]), 1), // strings.SplitAfterN(",a,", "", 1) (cap 1)
            (b",a,", b"", 2, Some(vec![g(b","), g(b"a,")]), 2), // strings.SplitAfterN(",a,", "", 2) (cap 2)
            (b",a,", b"", 99, Some(vec![g(b","), g(b"a"), g(b",")]), 3), // strings.SplitAfter(",a,", "")
            (b",a,", b"b", -1, Some(vec![g(b",a,")]), 1), // strings.SplitAfterN(",a,", "b", -1) (cap 1)
            (b",a,", b"b", 0, None, 0), // strings.SplitAfterN(",a,", "b", 0) (cap 0)
            (b",a,", b"b", 1, Some(vec![g(b",a,")]), 1), // strings.SplitAfterN(",a,", "b", 1) (cap 1)
            (b",a,", b"b", 2, Some(vec![g(b",a,")]), 2), // strings.SplitAfterN(",a,", "b", 2) (cap 2)
            (b",a,", b"b", 99, Some(vec![g(b",a,")]), 1), // strings.SplitAfter(",a,", "b")
            (b",a,", b"x", -1, Some(vec![g(b",a,")]), 1), // strings.SplitAfterN(",a,", "x", -1) (cap 1)
            (b",a,", b"x", 0, None, 0), // strings.SplitAfterN(",a,", "x", 0) (cap 0)
            (b",a,", b"x", 1, Some(vec![g(b",a,")]), 1), // strings.SplitAfterN(",a,", "x", 1) (cap 1)
            (b",a,", b"x", 2, Some(vec![g(b",a,")]), 2), // strings.SplitAfterN(",a,", "x", 2) (cap 2)
            (b",a,", b"x", 99, Some(vec![g(b",a,")]), 1), // strings.SplitAfter(",a,", "x")
            (b"abc", b",", -1, Some(vec![g(b"abc")]), 1), // strings.SplitAfterN("abc", ",", -1) (cap 1)
            (b"abc", b",", 0, None, 0), // strings.SplitAfterN("abc", ",", 0) (cap 0)
            (b"abc", b",", 1, Some(vec![g(b"abc")]), 1), // strings.SplitAfterN("abc", ",", 1) (cap 1)
            (b"abc", b",", 2, Some(vec![g(b"abc")]), 2), // strings.SplitAfterN("abc", ",", 2) (cap 2)
            (b"abc", b",", 99, Some(vec![g(b"abc")]), 1), // strings.SplitAfter("abc", ",")
            (b"abc", b"", -1, Some(vec![g(b"a"), g(b"b"), g(b"c")]), 3), // strings.SplitAfterN("abc", "", -1) (cap 3)
            (b"abc", b"", 0, None, 0), // strings.SplitAfterN("abc", "", 0) (cap 0)
            (b"abc", b"", 1, Some(vec![g(b"abc")]), 1), // strings.SplitAfterN("abc", "", 1) (cap 1)
            (b"abc", b"", 2, Some(vec![g(b"a"), g(b"bc")]), 2), // strings.SplitAfterN("abc", "", 2) (cap 2)
            (b"abc", b"", 99, Some(vec![g(b"a"), g(b"b"), g(b"c")]), 3), // strings.SplitAfter("abc", "")
            (b"abc", b"b", -1, Some(vec![g(b"ab"), g(b"c")]), 2), // strings.SplitAfterN("abc", "b", -1) (cap 2)
            (b"abc", b"b", 0, None, 0), // strings.SplitAfterN("abc", "b", 0) (cap 0)
            (b"abc", b"b", 1, Some(vec![g(b"abc")]), 1), // strings.SplitAfterN("abc", "b", 1) (cap 1)
            (b"abc", b"b", 2, Some(vec![g(b"ab"), g(b"c")]), 2), // strings.SplitAfterN("abc", "b", 2) (cap 2)
            (b"abc", b"b", 99, Some(vec![g(b"ab"), g(b"c")]), 2), // strings.SplitAfter("abc", "b")
            (b"abc", b"x", -1, Some(vec![g(b"abc")]), 1), // strings.SplitAfterN("abc", "x", -1) (cap 1)
            (b"abc", b"x", 0, None, 0), // strings.SplitAfterN("abc", "x", 0) (cap 0)
            (b"abc", b"x", 1, Some(vec![g(b"abc")]), 1), // strings.SplitAfterN("abc", "x", 1) (cap 1)
            (b"abc", b"x", 2, Some(vec![g(b"abc")]), 2), // strings.SplitAfterN("abc", "x", 2) (cap 2)
            (b"abc", b"x", 99, Some(vec![g(b"abc")]), 1), // strings.SplitAfter("abc", "x")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b",", -1, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfterN("\u65e5\u672c\u8a9e", ",", -1) (cap 1)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b",", 0, None, 0), // strings.SplitAfterN("\u65e5\u672c\u8a9e", ",", 0) (cap 0)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b",", 1, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfterN("\u65e5\u672c\u8a9e", ",", 1) (cap 1)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b",", 2, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 2), // strings.SplitAfterN("\u65e5\u672c\u8a9e", ",", 2) (cap 2)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b",", 99, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfter("\u65e5\u672c\u8a9e", ",")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"", -1, Some(vec![g(b"\xe6\x97\xa5"), g(b"\xe6\x9c\xac"), g(b"\xe8\xaa\x9e")]), 3), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "", -1) (cap 3)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"", 0, None, 0), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "", 0) (cap 0)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"", 1, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "", 1) (cap 1)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"", 2, Some(vec![g(b"\xe6\x97\xa5"), g(b"\xe6\x9c\xac\xe8\xaa\x9e")]), 2), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "", 2) (cap 2)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"", 99, Some(vec![g(b"\xe6\x97\xa5"), g(b"\xe6\x9c\xac"), g(b"\xe8\xaa\x9e")]), 3), // strings.SplitAfter("\u65e5\u672c\u8a9e", "")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"b", -1, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "b", -1) (cap 1)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"b", 0, None, 0), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "b", 0) (cap 0)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"b", 1, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "b", 1) (cap 1)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"b", 2, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 2), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "b", 2) (cap 2)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"b", 99, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfter("\u65e5\u672c\u8a9e", "b")
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"x", -1, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "x", -1) (cap 1)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"x", 0, None, 0), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "x", 0) (cap 0)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"x", 1, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "x", 1) (cap 1)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"x", 2, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 2), // strings.SplitAfterN("\u65e5\u672c\u8a9e", "x", 2) (cap 2)
            (b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e", b"x", 99, Some(vec![g(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")]), 1), // strings.SplitAfter("\u65e5\u672c\u8a9e", "x")
            (b"a\xffb", b",", -1, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfterN("a\xffb", ",", -1) (cap 1)
            (b"a\xffb", b",", 0, None, 0), // strings.SplitAfterN("a\xffb", ",", 0) (cap 0)
            (b"a\xffb", b",", 1, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfterN("a\xffb", ",", 1) (cap 1)
            (b"a\xffb", b",", 2, Some(vec![g(b"a\xffb")]), 2), // strings.SplitAfterN("a\xffb", ",", 2) (cap 2)
            (b"a\xffb", b",", 99, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfter("a\xffb", ",")
            (b"a\xffb", b"", -1, Some(vec![g(b"a"), g(b"\xff"), g(b"b")]), 3), // strings.SplitAfterN("a\xffb", "", -1) (cap 3)
            (b"a\xffb", b"", 0, None, 0), // strings.SplitAfterN("a\xffb", "", 0) (cap 0)
            (b"a\xffb", b"", 1, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfterN("a\xffb", "", 1) (cap 1)
            (b"a\xffb", b"", 2, Some(vec![g(b"a"), g(b"\xffb")]), 2), // strings.SplitAfterN("a\xffb", "", 2) (cap 2)
            (b"a\xffb", b"", 99, Some(vec![g(b"a"), g(b"\xff"), g(b"b")]), 3), // strings.SplitAfter("a\xffb", "")
            (b"a\xffb", b"b", -1, Some(vec![g(b"a\xffb"), g(b"")]), 2), // strings.SplitAfterN("a\xffb", "b", -1) (cap 2)
            (b"a\xffb", b"b", 0, None, 0), // strings.SplitAfterN("a\xffb", "b", 0) (cap 0)
            (b"a\xffb", b"b", 1, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfterN("a\xffb", "b", 1) (cap 1)
            (b"a\xffb", b"b", 2, Some(vec![g(b"a\xffb"), g(b"")]), 2), // strings.SplitAfterN("a\xffb", "b", 2) (cap 2)
            (b"a\xffb", b"b", 99, Some(vec![g(b"a\xffb"), g(b"")]), 2), // strings.SplitAfter("a\xffb", "b")
            (b"a\xffb", b"x", -1, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfterN("a\xffb", "x", -1) (cap 1)
            (b"a\xffb", b"x", 0, None, 0), // strings.SplitAfterN("a\xffb", "x", 0) (cap 0)
            (b"a\xffb", b"x", 1, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfterN("a\xffb", "x", 1) (cap 1)
            (b"a\xffb", b"x", 2, Some(vec![g(b"a\xffb")]), 2), // strings.SplitAfterN("a\xffb", "x", 2) (cap 2)
            (b"a\xffb", b"x", 99, Some(vec![g(b"a\xffb")]), 1), // strings.SplitAfter("a\xffb", "x")
        ];
        for (i, (s, sep, n, want, cap)) in table.iter().enumerate() {
            let got = if *n == 99 {
                split_after(&g(s), &g(sep))
            } else {
                split_after_n(&g(s), &g(sep), *n)
            };
            assert_eq!(got.cap(), *cap, "row {i}");
            check_list(got, want, i);
        }
    }

    #[test]
    fn replacer_table() {
        let replacers: Vec<Replacer> = [
            &[&b"a"[..], b"1", b"b", b"2"][..],
            &[b"a", b"1", b"a", b"2"],
            &[b"aaa", b"3", b"aa", b"2", b"a", b"1"],
            &[b"a", b"1", b"aaa", b"3"],
            &[b"", b"-"],
            &[b"", b"-", b"a", b"A"],
            &[b"a", b"A", b"", b"-"],
            &[b"hello", b"bye"],
            &[b"&", b"&amp;", b"<", b"&lt;", b">", b"&gt;"],
            &["é".as_bytes(), b"e", "世".as_bytes(), b"shi"],
            &[b"ab", b"x", b"b", b"y"],
            &[b"\xff", b"?"],
            &[],
            &[b"a", b"", b"b", b""],
            &[b"abc", b"", b"", b"_"],
        ]
        .iter()
        .map(|oldnew| new_replacer(&Slice::from_vec(oldnew.iter().map(|s| g(s)).collect())))
        .collect();
        #[rustfmt::skip]
        let table: &[(usize, &[u8], &[u8])] = &[
            (0, b"", b""), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("")
            (0, b"abc", b"12c"), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("abc")
            (0, b"aaaa", b"1111"), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("aaaa")
            (0, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("h\u00e9llo \u4e16\u754c")
            (0, b"<a href=\"x\">&</a>", b"<1 href=\"x\">&</1>"), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("<a href=\"x\">&</a>")
            (0, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("hello, hello")
            (0, b"a\xffb", b"1\xff2"), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("a\xffb")
            (0, b"bab", b"212"), // strings.NewReplacer([]string{"a", "1", "b", "2"}).Replace("bab")
            (1, b"", b""), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("")
            (1, b"abc", b"1bc"), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("abc")
            (1, b"aaaa", b"1111"), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("aaaa")
            (1, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("h\u00e9llo \u4e16\u754c")
            (1, b"<a href=\"x\">&</a>", b"<1 href=\"x\">&</1>"), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("<a href=\"x\">&</a>")
            (1, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("hello, hello")
            (1, b"a\xffb", b"1\xffb"), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("a\xffb")
            (1, b"bab", b"b1b"), // strings.NewReplacer([]string{"a", "1", "a", "2"}).Replace("bab")
            (2, b"", b""), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("")
            (2, b"abc", b"1bc"), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("abc")
            (2, b"aaaa", b"31"), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("aaaa")
            (2, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("h\u00e9llo \u4e16\u754c")
            (2, b"<a href=\"x\">&</a>", b"<1 href=\"x\">&</1>"), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("<a href=\"x\">&</a>")
            (2, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("hello, hello")
            (2, b"a\xffb", b"1\xffb"), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("a\xffb")
            (2, b"bab", b"b1b"), // strings.NewReplacer([]string{"aaa", "3", "aa", "2", "a", "1"}).Replace("bab")
            (3, b"", b""), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("")
            (3, b"abc", b"1bc"), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("abc")
            (3, b"aaaa", b"1111"), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("aaaa")
            (3, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("h\u00e9llo \u4e16\u754c")
            (3, b"<a href=\"x\">&</a>", b"<1 href=\"x\">&</1>"), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("<a href=\"x\">&</a>")
            (3, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("hello, hello")
            (3, b"a\xffb", b"1\xffb"), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("a\xffb")
            (3, b"bab", b"b1b"), // strings.NewReplacer([]string{"a", "1", "aaa", "3"}).Replace("bab")
            (4, b"", b"-"), // strings.NewReplacer([]string{"", "-"}).Replace("")
            (4, b"abc", b"-a-b-c-"), // strings.NewReplacer([]string{"", "-"}).Replace("abc")
            (4, b"aaaa", b"-a-a-a-a-"), // strings.NewReplacer([]string{"", "-"}).Replace("aaaa")
            (4, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"-h-\xc3-\xa9-l-l-o- -\xe4-\xb8-\x96-\xe7-\x95-\x8c-"), // strings.NewReplacer([]string{"", "-"}).Replace("h\u00e9llo \u4e16\u754c")
            (4, b"<a href=\"x\">&</a>", b"-<-a- -h-r-e-f-=-\"-x-\"->-&-<-/-a->-"), // strings.NewReplacer([]string{"", "-"}).Replace("<a href=\"x\">&</a>")
            (4, b"hello, hello", b"-h-e-l-l-o-,- -h-e-l-l-o-"), // strings.NewReplacer([]string{"", "-"}).Replace("hello, hello")
            (4, b"a\xffb", b"-a-\xff-b-"), // strings.NewReplacer([]string{"", "-"}).Replace("a\xffb")
            (4, b"bab", b"-b-a-b-"), // strings.NewReplacer([]string{"", "-"}).Replace("bab")
            (5, b"", b"-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("")
            (5, b"abc", b"-A-b-c-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("abc")
            (5, b"aaaa", b"-A-A-A-A-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("aaaa")
            (5, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"-h-\xc3-\xa9-l-l-o- -\xe4-\xb8-\x96-\xe7-\x95-\x8c-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("h\u00e9llo \u4e16\u754c")
            (5, b"<a href=\"x\">&</a>", b"-<-A- -h-r-e-f-=-\"-x-\"->-&-<-/-A->-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("<a href=\"x\">&</a>")
            (5, b"hello, hello", b"-h-e-l-l-o-,- -h-e-l-l-o-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("hello, hello")
            (5, b"a\xffb", b"-A-\xff-b-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("a\xffb")
            (5, b"bab", b"-b-A-b-"), // strings.NewReplacer([]string{"", "-", "a", "A"}).Replace("bab")
            (6, b"", b"-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("")
            (6, b"abc", b"A-b-c-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("abc")
            (6, b"aaaa", b"AAAA-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("aaaa")
            (6, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"-h-\xc3-\xa9-l-l-o- -\xe4-\xb8-\x96-\xe7-\x95-\x8c-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("h\u00e9llo \u4e16\u754c")
            (6, b"<a href=\"x\">&</a>", b"-<A- -h-r-e-f-=-\"-x-\"->-&-<-/A->-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("<a href=\"x\">&</a>")
            (6, b"hello, hello", b"-h-e-l-l-o-,- -h-e-l-l-o-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("hello, hello")
            (6, b"a\xffb", b"A-\xff-b-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("a\xffb")
            (6, b"bab", b"-bA-b-"), // strings.NewReplacer([]string{"a", "A", "", "-"}).Replace("bab")
            (7, b"", b""), // strings.NewReplacer([]string{"hello", "bye"}).Replace("")
            (7, b"abc", b"abc"), // strings.NewReplacer([]string{"hello", "bye"}).Replace("abc")
            (7, b"aaaa", b"aaaa"), // strings.NewReplacer([]string{"hello", "bye"}).Replace("aaaa")
            (7, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"hello", "bye"}).Replace("h\u00e9llo \u4e16\u754c")
            (7, b"<a href=\"x\">&</a>", b"<a href=\"x\">&</a>"), // strings.NewReplacer([]string{"hello", "bye"}).Replace("<a href=\"x\">&</a>")
            (7, b"hello, hello", b"bye, bye"), // strings.NewReplacer([]string{"hello", "bye"}).Replace("hello, hello")
            (7, b"a\xffb", b"a\xffb"), // strings.NewReplacer([]string{"hello", "bye"}).Replace("a\xffb")
            (7, b"bab", b"bab"), // strings.NewReplacer([]string{"hello", "bye"}).Replace("bab")
            (8, b"", b""), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("")
            (8, b"abc", b"abc"), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("abc")
            (8, b"aaaa", b"aaaa"), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("aaaa")
            (8, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("h\u00e9llo \u4e16\u754c")
            (8, b"<a href=\"x\">&</a>", b"&lt;a href=\"x\"&gt;&amp;&lt;/a&gt;"), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("<a href=\"x\">&</a>")
            (8, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("hello, hello")
            (8, b"a\xffb", b"a\xffb"), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("a\xffb")
            (8, b"bab", b"bab"), // strings.NewReplacer([]string{"&", "&amp;", "<", "&lt;", ">", "&gt;"}).Replace("bab")
            (9, b"", b""), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("")
            (9, b"abc", b"abc"), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("abc")
            (9, b"aaaa", b"aaaa"), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("aaaa")
            (9, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"hello shi\xe7\x95\x8c"), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("h\u00e9llo \u4e16\u754c")
            (9, b"<a href=\"x\">&</a>", b"<a href=\"x\">&</a>"), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("<a href=\"x\">&</a>")
            (9, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("hello, hello")
            (9, b"a\xffb", b"a\xffb"), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("a\xffb")
            (9, b"bab", b"bab"), // strings.NewReplacer([]string{"é", "e", "世", "shi"}).Replace("bab")
            (10, b"", b""), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("")
            (10, b"abc", b"xc"), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("abc")
            (10, b"aaaa", b"aaaa"), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("aaaa")
            (10, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("h\u00e9llo \u4e16\u754c")
            (10, b"<a href=\"x\">&</a>", b"<a href=\"x\">&</a>"), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("<a href=\"x\">&</a>")
            (10, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("hello, hello")
            (10, b"a\xffb", b"a\xffy"), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("a\xffb")
            (10, b"bab", b"yx"), // strings.NewReplacer([]string{"ab", "x", "b", "y"}).Replace("bab")
            (11, b"", b""), // strings.NewReplacer([]string{"\xff", "?"}).Replace("")
            (11, b"abc", b"abc"), // strings.NewReplacer([]string{"\xff", "?"}).Replace("abc")
            (11, b"aaaa", b"aaaa"), // strings.NewReplacer([]string{"\xff", "?"}).Replace("aaaa")
            (11, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"\xff", "?"}).Replace("h\u00e9llo \u4e16\u754c")
            (11, b"<a href=\"x\">&</a>", b"<a href=\"x\">&</a>"), // strings.NewReplacer([]string{"\xff", "?"}).Replace("<a href=\"x\">&</a>")
            (11, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"\xff", "?"}).Replace("hello, hello")
            (11, b"a\xffb", b"a?b"), // strings.NewReplacer([]string{"\xff", "?"}).Replace("a\xffb")
            (11, b"bab", b"bab"), // strings.NewReplacer([]string{"\xff", "?"}).Replace("bab")
            (12, b"", b""), // strings.NewReplacer([]string{}).Replace("")
            (12, b"abc", b"abc"), // strings.NewReplacer([]string{}).Replace("abc")
            (12, b"aaaa", b"aaaa"), // strings.NewReplacer([]string{}).Replace("aaaa")
            (12, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{}).Replace("h\u00e9llo \u4e16\u754c")
            (12, b"<a href=\"x\">&</a>", b"<a href=\"x\">&</a>"), // strings.NewReplacer([]string{}).Replace("<a href=\"x\">&</a>")
            (12, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{}).Replace("hello, hello")
            (12, b"a\xffb", b"a\xffb"), // strings.NewReplacer([]string{}).Replace("a\xffb")
            (12, b"bab", b"bab"), // strings.NewReplacer([]string{}).Replace("bab")
            (13, b"", b""), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("")
            (13, b"abc", b"c"), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("abc")
            (13, b"aaaa", b""), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("aaaa")
            (13, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c"), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("h\u00e9llo \u4e16\u754c")
            (13, b"<a href=\"x\">&</a>", b"< href=\"x\">&</>"), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("<a href=\"x\">&</a>")
            (13, b"hello, hello", b"hello, hello"), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("hello, hello")
            (13, b"a\xffb", b"\xff"), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("a\xffb")
            (13, b"bab", b""), // strings.NewReplacer([]string{"a", "", "b", ""}).Replace("bab")
            (14, b"", b"_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("")
            (14, b"abc", b"_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("abc")
            (14, b"aaaa", b"_a_a_a_a_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("aaaa")
            (14, b"h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c", b"_h_\xc3_\xa9_l_l_o_ _\xe4_\xb8_\x96_\xe7_\x95_\x8c_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("h\u00e9llo \u4e16\u754c")
            (14, b"<a href=\"x\">&</a>", b"_<_a_ _h_r_e_f_=_\"_x_\"_>_&_<_/_a_>_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("<a href=\"x\">&</a>")
            (14, b"hello, hello", b"_h_e_l_l_o_,_ _h_e_l_l_o_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("hello, hello")
            (14, b"a\xffb", b"_a_\xff_b_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("a\xffb")
            (14, b"bab", b"_b_a_b_"), // strings.NewReplacer([]string{"abc", "", "", "_"}).Replace("bab")
        ];
        for (i, (r, s, want)) in table.iter().enumerate() {
            assert_eq!(replacers[*r].replace(&g(s)), g(want), "row {i}");
        }
        // strings.NewReplacer("a") panics: strings.NewReplacer: odd argument count
        crate::panic::install_quiet_hook();
        let payload = std::panic::catch_unwind(|| new_replacer(&Slice::from_vec(vec![g(b"a")]))).expect_err("panics");
        let message = &payload.downcast_ref::<crate::panic::GoPanic>().expect("a Go panic").message;
        assert_eq!(message, "strings.NewReplacer: odd argument count");
    }

    #[test]
    fn to_title_table() {
        #[rustfmt::skip]
        let table: &[(&[u8], &[u8])] = &[
            (b"", b""), // strings.ToTitle("")
            (b"hello", b"HELLO"), // strings.ToTitle("hello")
            (b"\xc7\x86emal", b"\xc7\x85EMAL"), // strings.ToTitle("\u01c6emal")
            (b"\xc3\x9f", b"\xc3\x9f"), // strings.ToTitle("\u00df")
            (b"a\xff", b"A\xef\xbf\xbd"), // strings.ToTitle("a\xff")
        ];
        for (i, (s, want)) in table.iter().enumerate() {
            assert_eq!(to_title(&g(s)), g(want), "row {i}");
        }
    }
}

#[cfg(test)]
mod reader_tests {
    use super::*;
    use crate::fmt::sprintln;

    fn g(s: &str) -> GoString {
        GoString::from(s.to_string())
    }

    /// Each line is what Go 1.26 printed for the `fmt.Println` in the
    /// comment above the Rust call.
    #[test]
    fn reader_matches_go() {
        let mut out = String::new();
        let mut line = |values: &[&dyn crate::fmt::Value]| out.push_str(&sprintln(values).to_string());
        // r := strings.NewReader("héllo, world"); fmt.Println(r.Len(), r.Size())
        let r = new_reader(&g("héllo, world"));
        line(&[&r.len(), &r.size()]);
        // n, err := r.Read(buf) with len(buf) == 4; fmt.Println(n, err, string(buf[:n]), r.Len())
        let buf = Slice::<u8>::make(4, 4);
        let (n, err) = r.read(&buf);
        line(&[&n, &err, &buf.slice_to(n).to_go_string(), &r.len()]);
        // ch, size, err := r.ReadRune(); fmt.Println(ch, size, err)
        let (ch, size, err) = r.read_rune();
        line(&[&ch, &size, &err]);
        // fmt.Println(r.UnreadRune(), r.UnreadRune())
        let (first, second) = (r.unread_rune(), r.unread_rune());
        line(&[&first, &second]);
        // b, err := r.ReadByte(); fmt.Println(b, err, r.UnreadByte())
        let (b, err) = r.read_byte();
        line(&[&b, &err, &r.unread_byte()]);
        // n, err = r.Read(big) with len(big) == 100; fmt.Println(n, err, string(big[:n]))
        let big = Slice::<u8>::make(100, 100);
        let (n, err) = r.read(&big);
        line(&[&n, &err, &big.slice_to(n).to_go_string()]);
        // n, err = r.Read(big); fmt.Println(n, err, err == io.EOF, r.Len())
        let (n, err) = r.read(&big);
        line(&[&n, &err, &(err == crate::io::eof()), &r.len()]);
        // ch, size, err = r.ReadRune(); fmt.Println(ch, size, err)
        let (ch, size, err) = r.read_rune();
        line(&[&ch, &size, &err]);
        // r.Reset("ab"); fmt.Println(r.Len())
        r.reset(&g("ab"));
        line(&[&r.len()]);
        // r2 := strings.NewReader("x"); fmt.Println(r2.UnreadByte(), r2.UnreadRune())
        let r2 = new_reader(&g("x"));
        line(&[&r2.unread_byte(), &r2.unread_rune()]);
        // n, err = r2.Read(nil); fmt.Println(n, err)
        let (n, err) = r2.read(&Slice::nil());
        line(&[&n, &err]);
        // bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour")), by lines then words
        let sc = crate::bufio::new_scanner(new_reader(&g("one two\nthree\n\nfour")));
        while sc.scan() {
            out.push_str(&crate::fmt::sprintf("%q ", &[&sc.text()]).to_string());
        }
        out.push_str(&sprintln(&[&sc.err()]).to_string());
        let sc = crate::bufio::new_scanner(new_reader(&g("one two\nthree\n\nfour")));
        sc.split(crate::bufio::SplitFunc::ScanWords);
        while sc.scan() {
            out.push_str(&crate::fmt::sprintf("%q ", &[&sc.text()]).to_string());
        }
        out.push('\n');
        // fmt.Printf("%v %+v\n", strings.NewReader("xy"), strings.NewReader("xy"))
        let xy = new_reader(&g("xy"));
        out.push_str(&crate::fmt::sprintf("%v %+v\n", &[&xy, &xy]).to_string());
        // var sb strings.Builder; n, err = sb.Write([]byte("abc")); fmt.Println(n, err, sb.String())
        let mut sb = Builder::new();
        let (n, err) = sb.write(&Slice::from_string(&g("abc")));
        out.push_str(&sprintln(&[&n, &err, &sb.string()]).to_string());
        let want = "13 13
4 <nil> hél 9
108 1 <nil>
<nil> strings.Reader.UnreadRune: previous operation was not ReadRune
108 <nil> <nil>
9 <nil> lo, world
0 EOF true 0
0 0 EOF
2
strings.Reader.UnreadByte: at beginning of string strings.Reader.UnreadRune: at beginning of string
0 <nil>
\"one two\" \"three\" \"\" \"four\" <nil>
\"one\" \"two\" \"three\" \"four\" 
&{xy 0 -1} &{s:xy i:0 prevRune:-1}
3 <nil> abc
";
        assert_eq!(out, want);
    }

    /// `strings.ToValidUTF8(s, r)` for each `(s, r)`, printed with `%q` by Go.
    #[test]
    fn to_valid_utf8_matches_go() {
        let cases: [(&[u8], &str, &str); 8] = [
            (b"abc", "?", "\"abc\""),
            (b"a\xffb", "?", "\"a?b\""),
            (b"a\xff\xfeb", "?", "\"a?b\""),
            (b"\xff", "", "\"\""),
            (b"a\xe2\x82b\xe2\x82\xac", "[X]", "\"a[X]b€\""),
            (b"\xed\xa0\x80z", "!", "\"!z\""),
            (b"\xef\xbf\xbd\xff", "?", "\"\u{FFFD}?\""),
            (b"", "?", "\"\""),
        ];
        for (s, r, want) in cases {
            let got = to_valid_utf8(&GoString::from_bytes(s), &g(r));
            assert_eq!(crate::fmt::sprintf("%q", &[&got]), want);
        }
    }
}
