//! Go's `os` package: standard streams, arguments and exiting.

use std::io::Write;

use crate::error::Error;
use crate::slice::Slice;
use crate::string::GoString;

/// An open file (`*os.File`); only the standard streams so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum File {
    Stdin,
    Stdout,
    Stderr,
}

impl Default for File {
    /// A nil `*os.File` has no Rust equivalent; the zero value here is
    /// standard output.
    fn default() -> Self {
        File::Stdout
    }
}

/// `os.Stdin`.
pub fn stdin() -> File {
    File::Stdin
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
    /// Errors are ignored (what `fmt.Println` does with them).
    pub fn write_bytes(self, bytes: &[u8]) {
        let _ = self.write_all(bytes);
    }

    /// The file's descriptor and Go's name for it.
    pub fn fd(self) -> (i32, &'static str) {
        match self {
            File::Stdin => (0, "/dev/stdin"),
            File::Stdout => (1, "/dev/stdout"),
            File::Stderr => (2, "/dev/stderr"),
        }
    }

    fn write_all(self, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            File::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes)?;
                out.flush()
            }
            File::Stderr => std::io::stderr().lock().write_all(bytes),
            File::Stdin => write_fd(0, bytes),
        }
    }

    /// `f.Write(b)`: the count written and a `*fs.PathError` on failure
    /// (`write /dev/stdin: bad file descriptor` for standard input opened
    /// only for reading).
    /// `f.Read(b)`: reads standard input into `b` (`io.EOF` at its end);
    /// the output streams cannot be read.
    pub fn read(self, b: &Slice<u8>) -> (i64, Error) {
        if self != File::Stdin {
            let (_, name) = self.fd();
            return (0, crate::errors::new(format!("read {name}: bad file descriptor")));
        }
        let mut buffer = vec![0u8; b.len().max(0) as usize];
        match std::io::Read::read(&mut std::io::stdin(), &mut buffer) {
            Ok(0) if !buffer.is_empty() => (0, crate::io::eof()),
            Ok(count) => {
                buffer.truncate(count);
                crate::slice::copy(b, &Slice::from_vec(buffer));
                (count as i64, Error::nil())
            }
            Err(error) => (0, crate::errors::new(error.to_string().to_lowercase())),
        }
    }

    pub fn write(self, b: &Slice<u8>) -> (i64, Error) {
        self.write_result(&b.to_vec())
    }

    /// `f.WriteString(s)`.
    pub fn write_string(self, s: &GoString) -> (i64, Error) {
        self.write_result(s.as_bytes())
    }

    fn write_result(self, bytes: &[u8]) -> (i64, Error) {
        match self.write_all(bytes) {
            Ok(()) => (bytes.len() as i64, Error::nil()),
            Err(error) => {
                let (_, name) = self.fd();
                let err = Error::from_value(crate::bufio::PathError {
                    op: GoString::from("write"),
                    path: GoString::from(name),
                    err: crate::errors::new(crate::bufio::errno_text(&error)),
                });
                (0, err)
            }
        }
    }

    /// `f.Name()`.
    pub fn name(self) -> GoString {
        GoString::from(self.fd().1)
    }
}

#[cfg(unix)]
fn write_fd(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::fd::FromRawFd;
    // SAFETY: the standard streams stay open for the whole program; the
    // `File` is never dropped, so the descriptor is not closed.
    let mut file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.write_all(bytes)
}

#[cfg(not(unix))]
fn write_fd(_fd: i32, _bytes: &[u8]) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_report_counts() {
        assert_eq!(stderr().write_string(&GoString::from("")), (0, Error::nil()));
        assert_eq!(stdin().name(), "/dev/stdin");
    }
}
