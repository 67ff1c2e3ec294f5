//! Go's `unicode` package: the character classes and case mappings of Go
//! 1.26 (Unicode 15.0.0), which differ from Rust's `char` methods (another
//! Unicode version, and other properties: Rust's `is_alphabetic` is not
//! Go's `IsLetter`). Runes are `i32`; negative runes and runes beyond
//! `MaxRune` belong to no class and map to themselves.

mod tables;

use tables::{DIGIT, LETTER, LOWER, MARK, NUMBER, PUNCT, SPACE_SEPARATOR, SYMBOL, TITLE, UPPER};

/// Go's `unicode.Is(table, r)`: `r` is in a `(lo, hi, stride)` row.
fn is_in(table: &[(u32, u32, u32)], r: i32) -> bool {
    if r < 0 {
        return false;
    }
    let r = r as u32;
    let index = table.partition_point(|range| range.1 < r);
    match table.get(index) {
        Some(&(lo, _, stride)) => lo <= r && (r - lo).is_multiple_of(stride),
        None => false,
    }
}

/// `unicode.IsUpper(r)`: an upper case letter (Lu).
pub fn is_upper(r: i32) -> bool {
    is_in(&UPPER, r)
}

/// `unicode.IsLower(r)`: a lower case letter (Ll).
pub fn is_lower(r: i32) -> bool {
    is_in(&LOWER, r)
}

/// `unicode.IsTitle(r)`: a title case letter (Lt).
pub fn is_title(r: i32) -> bool {
    is_in(&TITLE, r)
}

/// `unicode.IsLetter(r)`: a letter (category L).
pub fn is_letter(r: i32) -> bool {
    is_in(&LETTER, r)
}

/// `unicode.IsMark(r)`: a mark (category M).
pub fn is_mark(r: i32) -> bool {
    is_in(&MARK, r)
}

/// `unicode.IsDigit(r)`: a decimal digit (Nd).
pub fn is_digit(r: i32) -> bool {
    is_in(&DIGIT, r)
}

/// `unicode.IsNumber(r)`: a number (category N).
pub fn is_number(r: i32) -> bool {
    is_in(&NUMBER, r)
}

/// `unicode.IsPunct(r)`: punctuation (category P).
pub fn is_punct(r: i32) -> bool {
    is_in(&PUNCT, r)
}

/// `unicode.IsSymbol(r)`: a symbol (category S).
pub fn is_symbol(r: i32) -> bool {
    is_in(&SYMBOL, r)
}

/// `unicode.IsSpace(r)`: white space: `'\t'`, `'\n'`, `'\v'`, `'\f'`,
/// `'\r'`, `' '`, U+0085, U+00A0 and the other White_Space runes.
pub fn is_space(r: i32) -> bool {
    crate::strings::is_space(r)
}

/// `unicode.IsControl(r)`: a C0 or C1 control character (Go counts only
/// the Latin-1 ones: U+0000–U+001F and U+007F–U+009F).
pub fn is_control(r: i32) -> bool {
    (0..=0x1F).contains(&r) || (0x7F..=0x9F).contains(&r)
}

/// `unicode.IsPrint(r)`: letters, marks, numbers, punctuation, symbols and
/// the ASCII space (the same set as `strconv.IsPrint`).
pub fn is_print(r: i32) -> bool {
    crate::fmt::quote::is_print(r)
}

/// `unicode.IsGraphic(r)`: `IsPrint` plus the other space separators (Zs).
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || is_in(&SPACE_SEPARATOR, r)
}

/// `unicode.ToUpper(r)`: the simple upper case mapping.
pub fn to_upper(r: i32) -> i32 {
    crate::strings::to_upper_rune(r)
}

/// `unicode.ToLower(r)`: the simple lower case mapping.
pub fn to_lower(r: i32) -> i32 {
    crate::strings::to_lower_rune(r)
}

/// `unicode.ToTitle(r)`: the simple title case mapping.
pub fn to_title(r: i32) -> i32 {
    crate::strings::to_title_rune(r)
}

/// `unicode.SimpleFold(r)`: the next rune of `r`'s simple case folding
/// orbit (`'A'` → `'a'`, `'a'` → `'A'`, `'K'` → `'k'` → U+212A → `'K'`).
pub fn simple_fold(r: i32) -> i32 {
    crate::strings::simple_fold(r)
}

#[cfg(test)]
mod tests;
