//! Go's `io` package: the `EOF` and `ErrUnexpectedEOF` errors. (`io.Reader`
//! and `io.Writer` are interfaces: the types that satisfy them are
//! `strings::Reader`, `os::File`, `strings::Builder` and `bufio::Writer`.)

use std::sync::LazyLock;

use crate::error::Error;

static EOF: LazyLock<Error> = LazyLock::new(|| crate::errors::new("EOF"));
static UNEXPECTED_EOF: LazyLock<Error> = LazyLock::new(|| crate::errors::new("unexpected EOF"));

/// `io.EOF`: the error Read returns when no more input is available. The
/// same value every time, so `err == io.EOF` holds.
pub fn eof() -> Error {
    EOF.clone()
}

/// `io.ErrUnexpectedEOF`.
pub fn err_unexpected_eof() -> Error {
    UNEXPECTED_EOF.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eof_is_one_value() {
        assert!(eof() == eof());
        assert!(eof() != crate::errors::new("EOF"));
        assert_eq!(eof().error(), "EOF");
        assert_eq!(
            crate::fmt::sprintf("%v %q", &[&eof(), &err_unexpected_eof()]),
            "EOF \"unexpected EOF\""
        );
    }
}
