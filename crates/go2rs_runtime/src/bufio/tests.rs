//! Tests of `bufio` against Go 1.26: every expected value was produced by
//! running Go (the Go code is in the comments).

#![allow(clippy::type_complexity)]

use super::*;

fn g(bytes: &[u8]) -> GoString {
    GoString::from_bytes(bytes)
}

/// A reader that returns one byte per read, as Go's `iotest.OneByteReader`.
struct OneByte(Vec<u8>, usize);

impl Read for OneByte {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.1 >= self.0.len() || buf.is_empty() {
            return Ok(0);
        }
        buf[0] = self.0[self.1];
        self.1 += 1;
        Ok(1)
    }
}

fn scan_all(scanner: &Scanner) -> (Vec<GoString>, Error) {
    let mut tokens = Vec::new();
    while scanner.scan() {
        tokens.push(scanner.text());
    }
    (tokens, scanner.err())
}

fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
    crate::panic::install_quiet_hook();
    let payload = std::panic::catch_unwind(f).expect_err("should panic");
    payload.downcast_ref::<crate::panic::GoPanic>().expect("a Go panic").message.clone()
}

fn long_y(n: usize, rest: &[u8]) -> Vec<u8> {
    [vec![b'y'; n], rest.to_vec()].concat()
}

/// Each row: the split function, whether the reader gives one byte per read
/// (`iotest.OneByteReader`), `cap` and `max` for `s.Buffer(make([]byte, 0,
/// cap), max)` (-1: no call), the input, the tokens of `for s.Scan() {
/// s.Text() }` and `s.Err()` ("" for nil), as Go gives them for
/// `s := bufio.NewScanner(strings.NewReader(input))`.
#[test]
fn scanning() {
    #[rustfmt::skip]
    let table: Vec<(&str, bool, i64, i64, Vec<u8>, Vec<Vec<u8>>, &str)> = vec![
            ("lines", false, -1, 0, b"".to_vec(), vec![], ""),
            ("lines", true, -1, 0, b"".to_vec(), vec![], ""),
            ("words", false, -1, 0, b"".to_vec(), vec![], ""),
            ("words", true, -1, 0, b"".to_vec(), vec![], ""),
            ("runes", false, -1, 0, b"".to_vec(), vec![], ""),
            ("runes", true, -1, 0, b"".to_vec(), vec![], ""),
            ("bytes", false, -1, 0, b"".to_vec(), vec![], ""),
            ("bytes", true, -1, 0, b"".to_vec(), vec![], ""),
            ("lines", false, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"".to_vec(), b"last".to_vec()], ""),
            ("lines", true, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"".to_vec(), b"last".to_vec()], ""),
            ("words", false, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"last".to_vec()], ""),
            ("words", true, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"last".to_vec()], ""),
            ("runes", false, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"\x0a".to_vec(), b"b".to_vec(), b"\x0d".to_vec(), b"\x0a".to_vec(), b"\x0a".to_vec(), b"l".to_vec(), b"a".to_vec(), b"s".to_vec(), b"t".to_vec()], ""),
            ("runes", true, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"\x0a".to_vec(), b"b".to_vec(), b"\x0d".to_vec(), b"\x0a".to_vec(), b"\x0a".to_vec(), b"l".to_vec(), b"a".to_vec(), b"s".to_vec(), b"t".to_vec()], ""),
            ("bytes", false, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"\x0a".to_vec(), b"b".to_vec(), b"\x0d".to_vec(), b"\x0a".to_vec(), b"\x0a".to_vec(), b"l".to_vec(), b"a".to_vec(), b"s".to_vec(), b"t".to_vec()], ""),
            ("bytes", true, -1, 0, b"a\x0ab\x0d\x0a\x0alast".to_vec(), vec![b"a".to_vec(), b"\x0a".to_vec(), b"b".to_vec(), b"\x0d".to_vec(), b"\x0a".to_vec(), b"\x0a".to_vec(), b"l".to_vec(), b"a".to_vec(), b"s".to_vec(), b"t".to_vec()], ""),
            ("lines", false, -1, 0, b"one line\x0a".to_vec(), vec![b"one line".to_vec()], ""),
            ("lines", true, -1, 0, b"one line\x0a".to_vec(), vec![b"one line".to_vec()], ""),
            ("words", false, -1, 0, b"one line\x0a".to_vec(), vec![b"one".to_vec(), b"line".to_vec()], ""),
            ("words", true, -1, 0, b"one line\x0a".to_vec(), vec![b"one".to_vec(), b"line".to_vec()], ""),
            ("runes", false, -1, 0, b"one line\x0a".to_vec(), vec![b"o".to_vec(), b"n".to_vec(), b"e".to_vec(), b" ".to_vec(), b"l".to_vec(), b"i".to_vec(), b"n".to_vec(), b"e".to_vec(), b"\x0a".to_vec()], ""),
            ("runes", true, -1, 0, b"one line\x0a".to_vec(), vec![b"o".to_vec(), b"n".to_vec(), b"e".to_vec(), b" ".to_vec(), b"l".to_vec(), b"i".to_vec(), b"n".to_vec(), b"e".to_vec(), b"\x0a".to_vec()], ""),
            ("bytes", false, -1, 0, b"one line\x0a".to_vec(), vec![b"o".to_vec(), b"n".to_vec(), b"e".to_vec(), b" ".to_vec(), b"l".to_vec(), b"i".to_vec(), b"n".to_vec(), b"e".to_vec(), b"\x0a".to_vec()], ""),
            ("bytes", true, -1, 0, b"one line\x0a".to_vec(), vec![b"o".to_vec(), b"n".to_vec(), b"e".to_vec(), b" ".to_vec(), b"l".to_vec(), b"i".to_vec(), b"n".to_vec(), b"e".to_vec(), b"\x0a".to_vec()], ""),
            ("lines", false, -1, 0, b"\x0a\x0a".to_vec(), vec![b"".to_vec(), b"".to_vec()], ""),
            ("lines", true, -1, 0, b"\x0a\x0a".to_vec(), vec![b"".to_vec(), b"".to_vec()], ""),
            ("words", false, -1, 0, b"\x0a\x0a".to_vec(), vec![], ""),
            ("words", true, -1, 0, b"\x0a\x0a".to_vec(), vec![], ""),
            ("runes", false, -1, 0, b"\x0a\x0a".to_vec(), vec![b"\x0a".to_vec(), b"\x0a".to_vec()], ""),
            ("runes", true, -1, 0, b"\x0a\x0a".to_vec(), vec![b"\x0a".to_vec(), b"\x0a".to_vec()], ""),
            ("bytes", false, -1, 0, b"\x0a\x0a".to_vec(), vec![b"\x0a".to_vec(), b"\x0a".to_vec()], ""),
            ("bytes", true, -1, 0, b"\x0a\x0a".to_vec(), vec![b"\x0a".to_vec(), b"\x0a".to_vec()], ""),
            ("lines", false, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec()], ""),
            ("lines", true, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec()], ""),
            ("words", false, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b"hello".to_vec(), b"world".to_vec(), b"x".to_vec(), b"y".to_vec()], ""),
            ("words", true, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b"hello".to_vec(), b"world".to_vec(), b"x".to_vec(), b"y".to_vec()], ""),
            ("runes", false, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b" ".to_vec(), b" ".to_vec(), b"h".to_vec(), b"e".to_vec(), b"l".to_vec(), b"l".to_vec(), b"o".to_vec(), b" ".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"l".to_vec(), b"d".to_vec(), b"\x09".to_vec(), b"\xc2\xa0".to_vec(), b"x".to_vec(), b"\xe3\x80\x80".to_vec(), b" ".to_vec(), b"y".to_vec(), b"\xe2\x80\xa8".to_vec()], ""),
            ("runes", true, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b" ".to_vec(), b" ".to_vec(), b"h".to_vec(), b"e".to_vec(), b"l".to_vec(), b"l".to_vec(), b"o".to_vec(), b" ".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"l".to_vec(), b"d".to_vec(), b"\x09".to_vec(), b"\xc2\xa0".to_vec(), b"x".to_vec(), b"\xe3\x80\x80".to_vec(), b" ".to_vec(), b"y".to_vec(), b"\xe2\x80\xa8".to_vec()], ""),
            ("bytes", false, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b" ".to_vec(), b" ".to_vec(), b"h".to_vec(), b"e".to_vec(), b"l".to_vec(), b"l".to_vec(), b"o".to_vec(), b" ".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"l".to_vec(), b"d".to_vec(), b"\x09".to_vec(), b"\xc2".to_vec(), b"\xa0".to_vec(), b"x".to_vec(), b"\xe3".to_vec(), b"\x80".to_vec(), b"\x80".to_vec(), b" ".to_vec(), b"y".to_vec(), b"\xe2".to_vec(), b"\x80".to_vec(), b"\xa8".to_vec()], ""),
            ("bytes", true, -1, 0, b"  hello  world\x09\xc2\xa0x\xe3\x80\x80 y\xe2\x80\xa8".to_vec(), vec![b" ".to_vec(), b" ".to_vec(), b"h".to_vec(), b"e".to_vec(), b"l".to_vec(), b"l".to_vec(), b"o".to_vec(), b" ".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"l".to_vec(), b"d".to_vec(), b"\x09".to_vec(), b"\xc2".to_vec(), b"\xa0".to_vec(), b"x".to_vec(), b"\xe3".to_vec(), b"\x80".to_vec(), b"\x80".to_vec(), b" ".to_vec(), b"y".to_vec(), b"\xe2".to_vec(), b"\x80".to_vec(), b"\xa8".to_vec()], ""),
            ("lines", false, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("lines", true, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("words", false, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("words", true, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("runes", false, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a".to_vec(), b"\xc3\xa9".to_vec(), b"\xef\xbf\xbd".to_vec(), b"\xe4\xb8\x96".to_vec(), b"\xef\xbf\xbd".to_vec(), b"\xef\xbf\xbd".to_vec()], ""),
            ("runes", true, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a".to_vec(), b"\xc3\xa9".to_vec(), b"\xef\xbf\xbd".to_vec(), b"\xe4\xb8\x96".to_vec(), b"\xef\xbf\xbd".to_vec(), b"\xef\xbf\xbd".to_vec()], ""),
            ("bytes", false, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a".to_vec(), b"\xc3".to_vec(), b"\xa9".to_vec(), b"\xff".to_vec(), b"\xe4".to_vec(), b"\xb8".to_vec(), b"\x96".to_vec(), b"\xe4".to_vec(), b"\xb8".to_vec()], ""),
            ("bytes", true, -1, 0, b"a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"a".to_vec(), b"\xc3".to_vec(), b"\xa9".to_vec(), b"\xff".to_vec(), b"\xe4".to_vec(), b"\xb8".to_vec(), b"\x96".to_vec(), b"\xe4".to_vec(), b"\xb8".to_vec()], ""),
            ("lines", false, -1, 0, b"\x0d\x0a".to_vec(), vec![b"".to_vec()], ""),
            ("lines", true, -1, 0, b"\x0d\x0a".to_vec(), vec![b"".to_vec()], ""),
            ("words", false, -1, 0, b"\x0d\x0a".to_vec(), vec![], ""),
            ("words", true, -1, 0, b"\x0d\x0a".to_vec(), vec![], ""),
            ("runes", false, -1, 0, b"\x0d\x0a".to_vec(), vec![b"\x0d".to_vec(), b"\x0a".to_vec()], ""),
            ("runes", true, -1, 0, b"\x0d\x0a".to_vec(), vec![b"\x0d".to_vec(), b"\x0a".to_vec()], ""),
            ("bytes", false, -1, 0, b"\x0d\x0a".to_vec(), vec![b"\x0d".to_vec(), b"\x0a".to_vec()], ""),
            ("bytes", true, -1, 0, b"\x0d\x0a".to_vec(), vec![b"\x0d".to_vec(), b"\x0a".to_vec()], ""),
            ("lines", false, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec()], ""),
            ("lines", true, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec()], ""),
            ("words", false, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec()], ""),
            ("words", true, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec()], ""),
            ("runes", false, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec(), b"\x0d".to_vec()], ""),
            ("runes", true, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec(), b"\x0d".to_vec()], ""),
            ("bytes", false, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec(), b"\x0d".to_vec()], ""),
            ("bytes", true, -1, 0, b"x\x0d".to_vec(), vec![b"x".to_vec(), b"\x0d".to_vec()], ""),
            ("lines", false, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec()], ""),
            ("lines", true, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec()], ""),
            ("words", false, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec()], ""),
            ("words", true, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec(), b"word".to_vec()], ""),
            ("runes", false, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec()], ""),
            ("runes", true, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec()], ""),
            ("bytes", false, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec()], ""),
            ("bytes", true, -1, 0, b"word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word ".to_vec(), vec![b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec(), b"w".to_vec(), b"o".to_vec(), b"r".to_vec(), b"d".to_vec(), b" ".to_vec()], ""),
            ("lines", false, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("lines", true, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("words", false, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("words", true, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4\xb8\x96\xe4\xb8".to_vec()], ""),
            ("runes", false, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4\xb8\x96".to_vec(), b"\xef\xbf\xbd".to_vec(), b"\xef\xbf\xbd".to_vec()], ""),
            ("runes", true, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4\xb8\x96".to_vec(), b"\xef\xbf\xbd".to_vec(), b"\xef\xbf\xbd".to_vec()], ""),
            ("bytes", false, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4".to_vec(), b"\xb8".to_vec(), b"\x96".to_vec(), b"\xe4".to_vec(), b"\xb8".to_vec()], ""),
            ("bytes", true, -1, 0, b"\xe4\xb8\x96\xe4\xb8".to_vec(), vec![b"\xe4".to_vec(), b"\xb8".to_vec(), b"\x96".to_vec(), b"\xe4".to_vec(), b"\xb8".to_vec()], ""),
            ("lines", false, 8, 16, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("words", false, 8, 16, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("lines", false, 8, 16, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 8, 16, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 8, 16, b"12345678\x0a".to_vec(), vec![b"12345678".to_vec()], ""),
            ("words", false, 8, 16, b"12345678\x0a".to_vec(), vec![b"12345678".to_vec()], ""),
            ("lines", false, 8, 16, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 8, 16, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 8, 16, b"12345678".to_vec(), vec![b"12345678".to_vec()], ""),
            ("words", false, 8, 16, b"12345678".to_vec(), vec![b"12345678".to_vec()], ""),
            ("lines", false, 8, 16, b"a b c\x0a".to_vec(), vec![b"a b c".to_vec()], ""),
            ("words", false, 8, 16, b"a b c\x0a".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()], ""),
            ("lines", false, 0, 64, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec(), b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".to_vec(), b"after".to_vec()], ""),
            ("words", false, 0, 64, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec(), b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".to_vec(), b"after".to_vec()], ""),
            ("lines", false, 0, 64, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 0, 64, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 0, 64, b"12345678\x0a".to_vec(), vec![b"12345678".to_vec()], ""),
            ("words", false, 0, 64, b"12345678\x0a".to_vec(), vec![b"12345678".to_vec()], ""),
            ("lines", false, 0, 64, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 0, 64, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 0, 64, b"12345678".to_vec(), vec![b"12345678".to_vec()], ""),
            ("words", false, 0, 64, b"12345678".to_vec(), vec![b"12345678".to_vec()], ""),
            ("lines", false, 0, 64, b"a b c\x0a".to_vec(), vec![b"a b c".to_vec()], ""),
            ("words", false, 0, 64, b"a b c\x0a".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()], ""),
            ("lines", false, 4, 8, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("words", false, 4, 8, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("lines", false, 4, 8, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 4, 8, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 4, 8, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 4, 8, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 4, 8, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 4, 8, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 4, 8, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 4, 8, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 4, 8, b"a b c\x0a".to_vec(), vec![b"a b c".to_vec()], ""),
            ("words", false, 4, 8, b"a b c\x0a".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()], ""),
            ("lines", false, 8, 8, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("words", false, 8, 8, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("lines", false, 8, 8, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 8, 8, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 8, 8, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 8, 8, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 8, 8, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 8, 8, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 8, 8, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 8, 8, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 8, 8, b"a b c\x0a".to_vec(), vec![b"a b c".to_vec()], ""),
            ("words", false, 8, 8, b"a b c\x0a".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()], ""),
            ("lines", false, 0, 7, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("words", false, 0, 7, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec()], "bufio.Scanner: token too long"),
            ("lines", false, 0, 7, b"1234567\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 0, 7, b"1234567\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 0, 7, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 0, 7, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 0, 7, b"1234567".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 0, 7, b"1234567".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 0, 7, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 0, 7, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 0, 7, b"a b c\x0a".to_vec(), vec![b"a b c".to_vec()], ""),
            ("words", false, 0, 7, b"a b c\x0a".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()], ""),
            ("lines", false, 16, 100, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec(), b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".to_vec(), b"after".to_vec()], ""),
            ("words", false, 16, 100, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![b"short".to_vec(), b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx".to_vec(), b"after".to_vec()], ""),
            ("lines", false, 16, 100, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 16, 100, b"1234567\x0a".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 16, 100, b"12345678\x0a".to_vec(), vec![b"12345678".to_vec()], ""),
            ("words", false, 16, 100, b"12345678\x0a".to_vec(), vec![b"12345678".to_vec()], ""),
            ("lines", false, 16, 100, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("words", false, 16, 100, b"1234567".to_vec(), vec![b"1234567".to_vec()], ""),
            ("lines", false, 16, 100, b"12345678".to_vec(), vec![b"12345678".to_vec()], ""),
            ("words", false, 16, 100, b"12345678".to_vec(), vec![b"12345678".to_vec()], ""),
            ("lines", false, 16, 100, b"a b c\x0a".to_vec(), vec![b"a b c".to_vec()], ""),
            ("words", false, 16, 100, b"a b c\x0a".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()], ""),
            ("lines", false, 3, 5, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 3, 5, b"short\x0axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\x0aafter\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 3, 5, b"1234567\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 3, 5, b"1234567\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 3, 5, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 3, 5, b"12345678\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 3, 5, b"1234567".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 3, 5, b"1234567".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 3, 5, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 3, 5, b"12345678".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("lines", false, 3, 5, b"a b c\x0a".to_vec(), vec![], "bufio.Scanner: token too long"),
            ("words", false, 3, 5, b"a b c\x0a".to_vec(), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()], ""),
            ("lines", false, -1, 0, long_y(70000, b"\x0az\x0a"), vec![], "bufio.Scanner: token too long"),
            ("lines", false, -1, 0, long_y(65535, b"\x0az\x0a"), vec![long_y(65535, b""), b"z".to_vec()], ""),
            ("lines", false, -1, 0, long_y(65536, b"\x0az\x0a"), vec![], "bufio.Scanner: token too long"),
            ("lines", false, -1, 0, long_y(65536, b""), vec![], "bufio.Scanner: token too long"),
    ];
    for (i, (split, one_byte, cap, max, input, tokens, err)) in table.iter().enumerate() {
        let scanner = if *one_byte {
            Scanner::from_reader(OneByte(input.clone(), 0))
        } else {
            Scanner::from_reader(std::io::Cursor::new(input.clone()))
        };
        scanner.split(match *split {
            "lines" => SplitFunc::ScanLines,
            "words" => SplitFunc::ScanWords,
            "runes" => SplitFunc::ScanRunes,
            _ => SplitFunc::ScanBytes,
        });
        if *cap >= 0 {
            scanner.buffer(&Slice::<u8>::make(0, *cap), *max);
        }
        let (got, got_err) = scan_all(&scanner);
        let want: Vec<GoString> = tokens.iter().map(|t| g(t)).collect();
        assert_eq!(got, want, "row {i}");
        if err.is_empty() {
            assert!(got_err.is_nil(), "row {i}: {got_err:?}");
        } else {
            assert_eq!(got_err.error(), GoString::from(*err), "row {i}");
        }
        if *err == "bufio.Scanner: token too long" {
            assert!(got_err == err_too_long(), "row {i}");
        }
    }
}

fn custom(f: impl Fn(Slice<u8>, bool) -> (i64, Slice<u8>, Error) + Send + Sync + 'static) -> SplitFunc {
    SplitFunc::Custom(Func::new(Arc::new(f)))
}

#[test]
fn custom_split_functions() {
    // comma := func(data []byte, atEOF bool) (int, []byte, error) {
    //     for i, b := range data {
    //         if b == '!' { return i + 1, data[:i], bufio.ErrFinalToken }
    //         if b == ',' { return i + 1, data[:i], nil }
    //     }
    //     if atEOF && len(data) > 0 { return len(data), data, nil }
    //     return 0, nil, nil
    // }
    let comma = || {
        custom(|data: Slice<u8>, at_eof| {
            for (i, b) in data.to_vec().into_iter().enumerate() {
                if b == b'!' {
                    return (i as i64 + 1, data.slice_to(i as i64), err_final_token());
                }
                if b == b',' {
                    return (i as i64 + 1, data.slice_to(i as i64), Error::nil());
                }
            }
            if at_eof && !data.is_empty() {
                return (data.len(), data, Error::nil());
            }
            (0, Slice::nil(), Error::nil())
        })
    };
    // s.Split(comma) on "a,b,,c" gives [a b  c], on "a,b!c,d" [a b], on "!" [""],
    // on "x," [x], on "" []; s.Err() is nil for all.
    #[rustfmt::skip]
    let table: &[(&[u8], &[&[u8]])] = &[
        (b"a,b,,c", &[b"a", b"b", b"", b"c"]),
        (b"a,b!c,d", &[b"a", b"b"]),
        (b"!", &[b""]),
        (b"x,", &[b"x"]),
        (b"", &[]),
    ];
    for (i, (input, tokens)) in table.iter().enumerate() {
        let scanner = Scanner::from_reader(std::io::Cursor::new(input.to_vec()));
        scanner.split(comma());
        let (got, err) = scan_all(&scanner);
        assert_eq!(got, tokens.iter().map(|t| g(t)).collect::<Vec<_>>(), "row {i}");
        assert!(err.is_nil(), "row {i}");
        assert!(!scanner.scan(), "row {i}");
    }

    // s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return adv, data[:1], err })
    // on "abc": s.Scan() = false, s.Text() = "", s.Err() = ..., s.Scan() = false
    let boom = crate::errors::new("boom");
    #[rustfmt::skip]
    let cases: [(i64, Error, &str); 3] = [
        (-1, Error::nil(), "bufio.Scanner: SplitFunc returns negative advance count"),
        (100, Error::nil(), "bufio.Scanner: SplitFunc returns advance count beyond input"),
        (1, boom.clone(), "boom"),
    ];
    for (advance, err, text) in cases {
        let scanner = Scanner::from_reader(std::io::Cursor::new(b"abc".to_vec()));
        let returned = err.clone();
        scanner.split(custom(move |data: Slice<u8>, _| (advance, data.slice_to(1), returned.clone())));
        assert!(!scanner.scan());
        assert_eq!(scanner.text(), g(b""));
        assert_eq!(scanner.err().error(), GoString::from(text));
        assert!(!scanner.scan());
    }
    let scanner = Scanner::from_reader(std::io::Cursor::new(b"abc".to_vec()));
    let returned = boom.clone();
    scanner.split(custom(move |data: Slice<u8>, _| (1, data.slice_to(1), returned.clone())));
    scanner.scan();
    assert!(scanner.err() == boom);
}

#[test]
fn too_many_empty_tokens() {
    // s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
    //     if atEOF { return 0, []byte{}, nil }; return 0, nil, nil })
    // on "abc": s.Scan() is true 100 times, then panics:
    // bufio.Scan: too many empty tokens without progressing
    let scanner = Scanner::from_reader(std::io::Cursor::new(b"abc".to_vec()));
    scanner.split(custom(|_, at_eof| {
        if at_eof {
            (0, Slice::from_vec(Vec::new()), Error::nil())
        } else {
            (0, Slice::nil(), Error::nil())
        }
    }));
    let count = Arc::new(Mutex::new(0));
    let (s, c) = (scanner.clone(), count.clone());
    let message = panic_message(move || {
        while s.scan() {
            *c.lock().unwrap() += 1;
        }
    });
    assert_eq!(message, "bufio.Scan: too many empty tokens without progressing");
    assert_eq!(*count.lock().unwrap(), 100);
}

#[test]
fn settings_after_scanning_panic() {
    // s.Scan(); s.Split(bufio.ScanWords) panics: Split called after Scan
    let scanner = Scanner::from_reader(std::io::Cursor::new(b"abc".to_vec()));
    scanner.scan();
    let s = scanner.clone();
    assert_eq!(panic_message(move || s.split(SplitFunc::ScanWords)), "Split called after Scan");
    // s.Scan(); s.Buffer(nil, 10) panics: Buffer called after Scan
    let s = scanner.clone();
    assert_eq!(panic_message(move || s.buffer(&Slice::nil(), 10)), "Buffer called after Scan");
}

#[test]
fn reading_file_descriptors() {
    // s := bufio.NewScanner(os.NewFile(9999, "/dev/x")): s.Scan() = false,
    // s.Err() = "read /dev/x: bad file descriptor" (*fs.PathError)
    let scanner = Scanner::from_fd(9999, "/dev/x");
    assert!(!scanner.scan());
    assert_eq!(scanner.err().error(), GoString::from("read /dev/x: bad file descriptor"));
    assert_eq!(scanner.err().type_name(), "*fs.PathError");

    #[cfg(unix)]
    {
        use std::io::Write;
        use std::os::fd::AsRawFd;
        let (reader, mut writer) = std::io::pipe().expect("pipe");
        writer.write_all(b"first line\nsecond").expect("write");
        drop(writer);
        let scanner = Scanner::from_fd(reader.as_raw_fd(), "pipe");
        let (tokens, err) = scan_all(&scanner);
        assert_eq!(tokens, vec![g(b"first line"), g(b"second")]);
        assert!(err.is_nil());
    }
}

#[test]
fn split_functions_called_directly() {
    // (function, data, atEOF, advance, token, token == nil)
    #[rustfmt::skip]
    let table: &[(&str, &[u8], bool, i64, &[u8], bool)] = &[
            ("ScanLines", b"ab\x0d\x0acd", false, 4, b"ab", false), // bufio.ScanLines([]byte("ab\r\ncd"), false) (token nil: false)
            ("ScanLines", b"ab", false, 0, b"", true), // bufio.ScanLines([]byte("ab"), false) (token nil: true)
            ("ScanLines", b"ab", true, 2, b"ab", false), // bufio.ScanLines([]byte("ab"), true) (token nil: false)
            ("ScanWords", b"  ab cd", false, 5, b"ab", false), // bufio.ScanWords([]byte("  ab cd"), false) (token nil: false)
            ("ScanWords", b"  ", false, 2, b"", true), // bufio.ScanWords([]byte("  "), false) (token nil: true)
            ("ScanRunes", b"\xe4\xb8", false, 0, b"", true), // bufio.ScanRunes([]byte("\xe4\xb8"), false) (token nil: true)
            ("ScanRunes", b"\xe4\xb8", true, 1, b"\xef\xbf\xbd", false), // bufio.ScanRunes([]byte("\xe4\xb8"), true) (token nil: false)
            ("ScanBytes", b"", true, 0, b"", true), // bufio.ScanBytes([]byte(""), true) (token nil: true)
    ];
    for (i, (name, data, at_eof, advance, token, nil)) in table.iter().enumerate() {
        let f = match *name {
            "ScanLines" => scan_lines,
            "ScanWords" => scan_words,
            "ScanRunes" => scan_runes,
            _ => scan_bytes,
        };
        let (got_advance, got_token, err) = f(&Slice::from_vec(data.to_vec()), *at_eof);
        assert_eq!(
            (got_advance, got_token.to_vec(), got_token.is_nil()),
            (*advance, token.to_vec(), *nil),
            "row {i}"
        );
        assert!(err.is_nil());
    }
}

/// After each step: `w.Buffered()`, `w.Available()` and the writes the
/// underlying writer received, for `w := bufio.NewWriterSize(lw, 16)` on a
/// writer that logs each `Write`/`WriteString` call (as `*os.File`, it has
/// both).
#[test]
fn writer_buffering() {
    let calls = Arc::new(Mutex::new(Vec::<Vec<u8>>::new()));
    let log = calls.clone();
    let w = Writer::to_fn(move |bytes| log.lock().unwrap().push(bytes.to_vec()), 16);
    #[rustfmt::skip]
    let steps: Vec<(i64, i64, &[&[u8]])> = vec![
            // w.WriteString("hello") = 5
            (5, 11, &[]),
            // w.WriteString(" world, and more") = 16
            (5, 11, &[b"hello world, and"]),
            // w.WriteString(strings.Repeat("z", 40)) = 40
            (0, 16, &[b" morezzzzzzzzzzz", b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzz"]),
            // w.Flush()
            (0, 16, &[]),
            // w.WriteString(strings.Repeat("q", 40)) = 40
            (0, 16, &[b"qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"]),
            // w.Write([]byte("0123456789abcd")) = 14
            (14, 2, &[]),
            // w.WriteRune('世') = 3
            (3, 13, &[b"0123456789abcd"]),
            // w.WriteByte('!')
            (4, 12, &[]),
            // 13 × w.WriteByte('.')
            (1, 15, &[b"\xe4\xb8\x96!............"]),
            // w.WriteRune(-1) = 3
            (4, 12, &[]),
            // w.WriteRune('x') = 1
            (5, 11, &[]),
            // fmt.Fprintf(w, "%d-%s|", 42, strings.Repeat("f", 20))
            (13, 3, &[b".\xef\xbf\xbdx42-ffffffff"]),
            // w.Flush()
            (0, 16, &[b"ffffffffffff|"]),
            // w.Flush()
            (0, 16, &[]),
    ];
    let mut results = Vec::new();
    for (step, (buffered, available, want)) in steps.into_iter().enumerate() {
        let result = match step {
            0 => w.write_string(&g(b"hello")).0,
            1 => w.write_string(&g(b" world, and more")).0,
            2 => w.write_string(&g(&[b'z'; 40])).0,
            4 => w.write_string(&g(&[b'q'; 40])).0,
            5 => w.write(&Slice::from_vec(b"0123456789abcd".to_vec())).0,
            6 => w.write_rune('世' as i32).0,
            7 => {
                assert!(w.write_byte(b'!').is_nil());
                0
            }
            8 => {
                for _ in 0..13 {
                    w.write_byte(b'.');
                }
                0
            }
            9 => w.write_rune(-1).0,
            10 => w.write_rune('x' as i32).0,
            11 => {
                let text = crate::fmt::sprintf("%d-%s|", &[&42i64, &g(&[b'f'; 20])]);
                w.write_bytes(text.as_bytes()).0
            }
            _ => {
                assert!(w.flush().is_nil());
                0
            }
        };
        results.push(result);
        assert_eq!((w.buffered(), w.available()), (buffered, available), "step {step}");
        let got: Vec<Vec<u8>> = std::mem::take(&mut *calls.lock().unwrap());
        assert_eq!(got, want.iter().map(|b| b.to_vec()).collect::<Vec<_>>(), "step {step}");
    }
    assert_eq!(results[..3], [5, 16, 40]);
    assert_eq!(results[4..7], [40, 14, 3]);
    assert_eq!(results[9..12], [3, 1, 24]);
    // w.Size() = 16; bufio.NewWriterSize(w, 0).Size(), bufio.NewWriterSize(w, -3).Size(),
    // bufio.NewWriter(w).Size() = 4096
    assert_eq!(w.size(), 16);
    assert_eq!(Writer::to_fn(|_| {}, 0).size(), 4096);
    assert_eq!(Writer::to_fn(|_| {}, -3).size(), 4096);
    assert_eq!(new_writer(File::Stdout).size(), 4096);

    let tiny_calls = Arc::new(Mutex::new(Vec::<Vec<u8>>::new()));
    let log = tiny_calls.clone();
    let tiny = Writer::to_fn(move |bytes| log.lock().unwrap().push(bytes.to_vec()), 2);
    // tiny := bufio.NewWriterSize(w, 2); tiny.WriteRune('世') = 3
    assert_eq!(tiny.write_rune('世' as i32).0, 3);
    assert_eq!((tiny.buffered(), tiny.available()), (0, 2));
    assert_eq!(*tiny_calls.lock().unwrap(), vec!["世".as_bytes().to_vec()]);
}

#[test]
fn writer_clones_share_the_buffer_and_dropping_does_not_flush() {
    let calls = Arc::new(Mutex::new(Vec::<Vec<u8>>::new()));
    let log = calls.clone();
    let w = Writer::to_fn(move |bytes| log.lock().unwrap().push(bytes.to_vec()), 16);
    let other = w.clone();
    other.write_string(&g(b"abc"));
    assert_eq!(w.buffered(), 3);
    drop(other);
    drop(w);
    assert!(calls.lock().unwrap().is_empty());
}

/// A Scanner blocked reading inside a goroutine lets the runtime's other
/// goroutines run (the read is a `block_in_place`).
#[cfg(unix)]
#[test]
fn scanning_inside_the_runtime() {
    use std::io::Write;
    use std::os::fd::AsRawFd;
    let (reader, mut writer) = std::io::pipe().expect("pipe");
    let fd = reader.as_raw_fd();
    let result = Arc::new(Mutex::new(Vec::new()));
    let seen = result.clone();
    crate::sched::run_to_completion(async move {
        let feeder = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            writer.write_all(b"one\ntwo\n").expect("write");
        });
        let scanner = Scanner::from_fd(fd, "pipe");
        for _ in 0..2 {
            assert!(scanner.scan());
            seen.lock().unwrap().push(scanner.text());
        }
        feeder.join().expect("feeder");
    });
    drop(reader);
    assert_eq!(*result.lock().unwrap(), vec![g(b"one"), g(b"two")]);
}
