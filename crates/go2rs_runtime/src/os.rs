//! Go's `os` package: standard streams, arguments and exiting.

use std::io::Write;

use crate::slice::Slice;
use crate::string::GoString;

/// An open file; only the standard streams so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum File {
    Stdout,
    Stderr,
}

/// `os.Stdout`.
pub fn stdout() -> File {
    File::Stdout
}

/// `os.Stderr`.
pub fn stderr() -> File {
    File::Stderr
}

impl File {
    /// Writes all of `bytes` at once, unbuffered as Go's `*os.File` is.
    pub fn write_bytes(self, bytes: &[u8]) {
        match self {
            File::Stdout => {
                let mut out = std::io::stdout().lock();
                let _ = out.write_all(bytes);
                let _ = out.flush();
            }
            File::Stderr => {
                let mut out = std::io::stderr().lock();
                let _ = out.write_all(bytes);
            }
        }
    }
}

/// `os.Exit(code)`: exits at once; deferred calls do not run.
pub fn exit(code: i64) -> ! {
    crate::sched::flush_stdout();
    std::process::exit(code as i32)
}

/// `os.Args`.
pub fn args() -> Slice<GoString> {
    Slice::from_vec(std::env::args().map(GoString::from).collect())
}
