//! Go's `unicode` package: the character classes and case mappings of Go
//! 1.26 (Unicode 15.0.0), which differ from Rust's `char` methods (another
//! Unicode version, and other properties: Rust's `is_alphabetic` is not
//! Go's `IsLetter`). Runes are `i32`; negative runes and runes beyond
//! `MaxRune` belong to no class and map to themselves.

mod tables;

use tables::{
    CYRILLIC, DIGIT, GREEK, HAN, LATIN, LETTER, LOWER, MARK, NUMBER, PUNCT, SPACE, SPACE_SEPARATOR, SYMBOL, TITLE, UPPER, WHITE_SPACE,
};

use crate::fmt::{Kind, Printer, Value};
use crate::slice::Slice;

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

/// `*unicode.RangeTable`: one of Go's tables of runes (`unicode.Greek`,
/// `unicode.Letter`, ...). Opaque: programs only pass it to
/// [`is`] and [`in_`]. A copy is the same table, as a copied pointer is.
#[derive(Clone, Copy)]
pub struct RangeTable {
    name: &'static str,
    ranges: &'static [(u32, u32, u32)],
}

impl RangeTable {
    /// Whether `r` is in the table.
    pub fn contains(&self, r: i32) -> bool {
        is_in(self.ranges, r)
    }

    /// The table's Go name (`unicode.Greek`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    fn address(&self) -> usize {
        self.ranges.as_ptr() as usize
    }
}

impl Default for RangeTable {
    /// A nil `*RangeTable` has no runes here (Go would panic on use).
    fn default() -> Self {
        RangeTable { name: "nil", ranges: &[] }
    }
}

impl PartialEq for RangeTable {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Eq for RangeTable {}

impl std::fmt::Debug for RangeTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// A table prints as the pointer it is in Go (its address).
impl Value for RangeTable {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_pointer(self.address() as u64, verb, self)
    }
    fn type_name(&self) -> String {
        String::from("*unicode.RangeTable")
    }
    fn static_type_name() -> String {
        String::from("*unicode.RangeTable")
    }
    fn kind(&self) -> Kind {
        Kind::Pointer
    }
    fn static_kind() -> Kind {
        Kind::Pointer
    }
    fn address(&self) -> Option<usize> {
        Some(RangeTable::address(self))
    }
}

macro_rules! range_tables {
    ($($(#[$doc:meta])* $function:ident => $table:ident, $go_name:literal;)*) => {$(
        $(#[$doc])*
        pub fn $function() -> RangeTable {
            RangeTable { name: $go_name, ranges: &$table }
        }
    )*};
}

range_tables! {
    /// `unicode.Letter` (`unicode.L`): category L.
    letter => LETTER, "unicode.Letter";
    /// `unicode.Upper` (`unicode.Lu`).
    upper => UPPER, "unicode.Upper";
    /// `unicode.Lower` (`unicode.Ll`).
    lower => LOWER, "unicode.Lower";
    /// `unicode.Title` (`unicode.Lt`).
    title => TITLE, "unicode.Title";
    /// `unicode.Mark` (`unicode.M`).
    mark => MARK, "unicode.Mark";
    /// `unicode.Digit` (`unicode.Nd`).
    digit => DIGIT, "unicode.Digit";
    /// `unicode.Number` (`unicode.N`).
    number => NUMBER, "unicode.Number";
    /// `unicode.Punct` (`unicode.P`).
    punct => PUNCT, "unicode.Punct";
    /// `unicode.Symbol` (`unicode.S`).
    symbol => SYMBOL, "unicode.Symbol";
    /// `unicode.Space` (`unicode.Z`): category Z (not `IsSpace`'s set).
    space => SPACE, "unicode.Space";
    /// `unicode.White_Space`: the White_Space property.
    white_space => WHITE_SPACE, "unicode.White_Space";
    /// `unicode.Greek`: the Greek script.
    greek => GREEK, "unicode.Greek";
    /// `unicode.Cyrillic`: the Cyrillic script.
    cyrillic => CYRILLIC, "unicode.Cyrillic";
    /// `unicode.Latin`: the Latin script.
    latin => LATIN, "unicode.Latin";
    /// `unicode.Han`: the Han script.
    han => HAN, "unicode.Han";
    /// `unicode.L` (= `unicode.Letter`).
    l => LETTER, "unicode.Letter";
    /// `unicode.Lu` (= `unicode.Upper`).
    lu => UPPER, "unicode.Upper";
    /// `unicode.Ll` (= `unicode.Lower`).
    ll => LOWER, "unicode.Lower";
    /// `unicode.Lt` (= `unicode.Title`).
    lt => TITLE, "unicode.Title";
    /// `unicode.M` (= `unicode.Mark`).
    m => MARK, "unicode.Mark";
    /// `unicode.Nd` (= `unicode.Digit`).
    nd => DIGIT, "unicode.Digit";
    /// `unicode.N` (= `unicode.Number`).
    n => NUMBER, "unicode.Number";
    /// `unicode.P` (= `unicode.Punct`).
    p => PUNCT, "unicode.Punct";
    /// `unicode.S` (= `unicode.Symbol`).
    s => SYMBOL, "unicode.Symbol";
    /// `unicode.Z` (= `unicode.Space`).
    z => SPACE, "unicode.Space";
}

/// `unicode.Is(rangeTab, r)`: whether `r` is in the table.
pub fn is(range_tab: &RangeTable, r: i32) -> bool {
    range_tab.contains(r)
}

/// `unicode.In(r, ranges...)`: whether `r` is in any of the tables.
pub fn in_(r: i32, ranges: &Slice<RangeTable>) -> bool {
    ranges.values().any(|table| table.contains(r))
}

/// `unicode.IsOneOf(ranges, r)`.
pub fn is_one_of(ranges: &Slice<RangeTable>, r: i32) -> bool {
    in_(r, ranges)
}

#[cfg(test)]
mod tests;
