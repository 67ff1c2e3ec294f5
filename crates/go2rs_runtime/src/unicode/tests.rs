//! Tests of `unicode` against Go 1.26: every expected value was produced by
//! running Go.

#![allow(clippy::type_complexity)]

use super::*;

fn fnv_step(h: u64, byte: u64) -> u64 {
    (h ^ byte).wrapping_mul(0x100000001b3)
}

/// Every rune from -2 to U+110001: how many are in the class, and an
/// FNV-1a hash of the answers (one byte, 0 or 1, per rune), as Go computed
/// them with `unicode.IsUpper(r)`, `unicode.IsLower(r)`, ...
#[test]
fn classes_of_every_rune() {
    #[rustfmt::skip]
    const WANT: [(fn(i32) -> bool, usize, u64); 13] = [
        (is_upper, 1831, 0xee14960f715af110),
        (is_lower, 2233, 0x8a2d0ff5c10bbdc0),
        (is_title, 31, 0xa5be0a040087df00),
        (is_letter, 136104, 0x7e202608f18fd595),
        (is_mark, 2450, 0xe2168121682afd87),
        (is_digit, 680, 0x5b471cf09f2a507d),
        (is_number, 1831, 0x1108f611d7f12362),
        (is_punct, 842, 0xc6a6aefd30044e53),
        (is_symbol, 7770, 0xd31282429daddd3b),
        (is_space, 25, 0x50d1619833762294),
        (is_control, 65, 0x663b6cbc57052b4a),
        (is_print, 148998, 0x39f5a79dad1b1ff9),
        (is_graphic, 149014, 0xdd32302c5ea0c427),
    ];
    for (column, (f, count, hash)) in WANT.iter().enumerate() {
        let mut h = 0xcbf29ce484222325;
        let mut n = 0;
        for r in -2..0x110002 {
            let v = f(r);
            n += v as usize;
            h = fnv_step(h, v as u64);
        }
        assert_eq!((n, h), (*count, *hash), "class {column}");
    }
}

/// Every rune from -2 to U+110001: how many map to another rune, and an
/// FNV-1a hash of the results' four little-endian bytes, from Go's
/// `unicode.ToUpper(r)`, `ToLower`, `ToTitle` and `SimpleFold`.
#[test]
fn mappings_of_every_rune() {
    #[rustfmt::skip]
    const WANT: [(fn(i32) -> i32, usize, u64); 4] = [
        (to_upper, 1450, 0xd77aad25dd607cf9),
        (to_lower, 1433, 0x19bc84c79132ff72),
        (to_title, 1404, 0x74f339842f1f03e5),
        (simple_fold, 2878, 0xce281d8048e533b5),
    ];
    for (column, (f, count, hash)) in WANT.iter().enumerate() {
        let mut h = 0xcbf29ce484222325;
        let mut n = 0;
        for r in -2..0x110002 {
            let v = f(r);
            n += (v != r) as usize;
            for i in 0..4 {
                h = fnv_step(h, ((v as u32) >> (8 * i)) as u64 & 0xff);
            }
        }
        assert_eq!((n, h), (*count, *hash), "mapping {column}");
    }
}

/// `[unicode.IsUpper(r), IsLower, IsTitle, IsLetter, IsMark, IsDigit,
/// IsNumber, IsPunct, IsSymbol, IsSpace, IsControl, IsPrint, IsGraphic]`
/// and `[unicode.ToUpper(r), ToLower, ToTitle, SimpleFold]`.
#[test]
fn sample_runes() {
    #[rustfmt::skip]
    const TABLE: &[(i32, [bool; 13], [i32; 4])] = &[
        (0x41, [true, false, false, true, false, false, false, false, false, false, false, true, true], [0x41, 0x61, 0x41, 0x61]), // 'A'
        (0x7a, [false, true, false, true, false, false, false, false, false, false, false, true, true], [0x5a, 0x7a, 0x5a, 0x5a]), // 'z'
        (0x35, [false, false, false, false, false, true, true, false, false, false, false, true, true], [0x35, 0x35, 0x35, 0x35]), // '5'
        (0x20, [false, false, false, false, false, false, false, false, false, true, false, true, true], [0x20, 0x20, 0x20, 0x20]), // ' '
        (0x9, [false, false, false, false, false, false, false, false, false, true, true, false, false], [0x9, 0x9, 0x9, 0x9]), // '\t'
        (0x21, [false, false, false, false, false, false, false, true, false, false, false, true, true], [0x21, 0x21, 0x21, 0x21]), // '!'
        (0x24, [false, false, false, false, false, false, false, false, true, false, false, true, true], [0x24, 0x24, 0x24, 0x24]), // '$'
        (0x85, [false, false, false, false, false, false, false, false, false, true, true, false, false], [0x85, 0x85, 0x85, 0x85]), // '\u0085'
        (0xa0, [false, false, false, false, false, false, false, false, false, true, false, false, true], [0xa0, 0xa0, 0xa0, 0xa0]), // '\u00a0'
        (0xaa, [false, false, false, true, false, false, false, false, false, false, false, true, true], [0xaa, 0xaa, 0xaa, 0xaa]), // 'ª'
        (0xb2, [false, false, false, false, false, false, true, false, false, false, false, true, true], [0xb2, 0xb2, 0xb2, 0xb2]), // '²'
        (0xb5, [false, true, false, true, false, false, false, false, false, false, false, true, true], [0x39c, 0xb5, 0x39c, 0x39c]), // 'µ'
        (0xdf, [false, true, false, true, false, false, false, false, false, false, false, true, true], [0xdf, 0xdf, 0xdf, 0x1e9e]), // 'ß'
        (0x1c5, [false, false, true, true, false, false, false, false, false, false, false, true, true], [0x1c4, 0x1c6, 0x1c5, 0x1c6]), // 'ǅ'
        (0x300, [false, false, false, false, true, false, false, false, false, false, false, true, true], [0x300, 0x300, 0x300, 0x300]), // '̀'
        (0x660, [false, false, false, false, false, true, true, false, false, false, false, true, true], [0x660, 0x660, 0x660, 0x660]), // '٠'
        (0x2028, [false, false, false, false, false, false, false, false, false, true, false, false, false], [0x2028, 0x2028, 0x2028, 0x2028]), // '\u2028'
        (0x3000, [false, false, false, false, false, false, false, false, false, true, false, false, true], [0x3000, 0x3000, 0x3000, 0x3000]), // '\u3000'
        (0x1f600, [false, false, false, false, false, false, false, false, true, false, false, true, true], [0x1f600, 0x1f600, 0x1f600, 0x1f600]), // '😀'
        (0xfffd, [false, false, false, false, false, false, false, false, true, false, false, true, true], [0xfffd, 0xfffd, 0xfffd, 0xfffd]), // '�'
        (0x10ffff, [false, false, false, false, false, false, false, false, false, false, false, false, false], [0x10ffff, 0x10ffff, 0x10ffff, 0x10ffff]), // '\U0010ffff'
        (-0x1, [false, false, false, false, false, false, false, false, false, false, false, false, false], [-0x1, -0x1, -0x1, -0x1]), // '�'
        (0x110000, [false, false, false, false, false, false, false, false, false, false, false, false, false], [0x110000, 0x110000, 0x110000, 0x110000]), // '�'
        (0x7f, [false, false, false, false, false, false, false, false, false, false, true, false, false], [0x7f, 0x7f, 0x7f, 0x7f]), // '\x7f'
        (0x9f, [false, false, false, false, false, false, false, false, false, false, true, false, false], [0x9f, 0x9f, 0x9f, 0x9f]), // '\u009f'
        (0xad, [false, false, false, false, false, false, false, false, false, false, false, false, false], [0xad, 0xad, 0xad, 0xad]), // '\u00ad'
    ];
    let classes: [fn(i32) -> bool; 13] = [
        is_upper, is_lower, is_title, is_letter, is_mark, is_digit, is_number, is_punct, is_symbol, is_space, is_control, is_print,
        is_graphic,
    ];
    let mappings: [fn(i32) -> i32; 4] = [to_upper, to_lower, to_title, simple_fold];
    for (r, want_classes, want_mappings) in TABLE {
        let got: Vec<bool> = classes.iter().map(|f| f(*r)).collect();
        assert_eq!(got, want_classes.to_vec(), "rune {r:#x}");
        let got: Vec<i32> = mappings.iter().map(|f| f(*r)).collect();
        assert_eq!(got, want_mappings.to_vec(), "rune {r:#x}");
    }
}

/// Every rune from -2 to U+110001 tested against each table with
/// `unicode.Is(unicode.Greek, r)`, ...: the count and FNV-1a hash Go
/// computed.
#[test]
fn range_tables_of_every_rune() {
    #[rustfmt::skip]
    const WANT: [(fn() -> RangeTable, usize, u64); 15] = [
        (letter, 136104, 0x7e202608f18fd595),
        (upper, 1831, 0xee14960f715af110),
        (lower, 2233, 0x8a2d0ff5c10bbdc0),
        (title, 31, 0xa5be0a040087df00),
        (mark, 2450, 0xe2168121682afd87),
        (digit, 680, 0x5b471cf09f2a507d),
        (number, 1831, 0x1108f611d7f12362),
        (punct, 842, 0xc6a6aefd30044e53),
        (symbol, 7770, 0xd31282429daddd3b),
        (space, 19, 0x4f42c3bd129db87c),
        (white_space, 25, 0x50d1619833762294),
        (greek, 518, 0x3d273dcf462c4e75),
        (cyrillic, 506, 0x9901e47dc497c44f),
        (latin, 1481, 0xba753ef2dc1b322a),
        (han, 98408, 0x6971fc90d65f2d4b),
    ];
    for (f, count, hash) in WANT {
        let table = f();
        let mut h = 0xcbf29ce484222325;
        let mut n = 0;
        for r in -2..0x110002 {
            let v = is(&table, r);
            n += v as usize;
            h = fnv_step(h, v as u64);
        }
        assert_eq!((n, h), (count, hash), "{}", table.name());
    }
    // unicode.In('ж', unicode.Greek, unicode.Cyrillic), unicode.In('z', unicode.Greek, unicode.Han),
    // unicode.In('中', unicode.Han): true false true
    let tables = Slice::from_vec(vec![greek(), cyrillic()]);
    assert!(in_('ж' as i32, &tables));
    assert!(!in_('z' as i32, &Slice::from_vec(vec![greek(), han()])));
    assert!(in_('中' as i32, &Slice::from_vec(vec![han()])));
    assert_eq!(crate::fmt::sprintf("%T", &[&greek()]), "*unicode.RangeTable");
}
