//! Go's `bufio` package: `Scanner` and `Writer`, ports of Go's code so that
//! buffer sizes, the moments output reaches the file, and the errors are
//! Go's.
//!
//! Both are handles: a clone shares the same scanner or buffer, as Go code
//! shares the `*bufio.Scanner` or `*bufio.Writer` it passes around, and
//! their methods take `&self`. A `Writer` is not flushed when dropped:
//! output left in it is lost when the program ends, as in Go.

use std::io::Read;
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};

use crate::error::Error;
use crate::func::Func;
use crate::os::File;
use crate::panic::go_panic;
use crate::slice::Slice;
use crate::string::{GoString, decode_rune};

/// Go's `MaxScanTokenSize`: the default limit on a token's size.
pub const MAX_SCAN_TOKEN_SIZE: i64 = 64 * 1024;
/// Go's `startBufSize`: a Scanner's first buffer.
const START_BUF_SIZE: usize = 4096;
/// Go's `maxConsecutiveEmptyReads`.
const MAX_CONSECUTIVE_EMPTY_READS: i32 = 100;
/// Go's `defaultBufSize`: a Writer's buffer.
const DEFAULT_BUF_SIZE: usize = 4096;

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

static ERR_TOO_LONG: LazyLock<Error> = LazyLock::new(|| crate::errors::new("bufio.Scanner: token too long"));
static ERR_NEGATIVE_ADVANCE: LazyLock<Error> =
    LazyLock::new(|| crate::errors::new("bufio.Scanner: SplitFunc returns negative advance count"));
static ERR_ADVANCE_TOO_FAR: LazyLock<Error> =
    LazyLock::new(|| crate::errors::new("bufio.Scanner: SplitFunc returns advance count beyond input"));
static ERR_FINAL_TOKEN: LazyLock<Error> = LazyLock::new(|| crate::errors::new("final token"));
static ERR_NO_PROGRESS: LazyLock<Error> = LazyLock::new(|| crate::errors::new("multiple Read calls return no data or error"));

/// `bufio.ErrTooLong`.
pub fn err_too_long() -> Error {
    ERR_TOO_LONG.clone()
}

/// `bufio.ErrNegativeAdvance`.
pub fn err_negative_advance() -> Error {
    ERR_NEGATIVE_ADVANCE.clone()
}

/// `bufio.ErrAdvanceTooFar`.
pub fn err_advance_too_far() -> Error {
    ERR_ADVANCE_TOO_FAR.clone()
}

/// `bufio.ErrFinalToken`: returned by a split function, it ends scanning
/// after its token.
pub fn err_final_token() -> Error {
    ERR_FINAL_TOKEN.clone()
}

/// `*fs.PathError`: a failed read of a file (`read /dev/stdin: is a
/// directory`).
pub struct PathError {
    pub op: GoString,
    pub path: GoString,
    pub err: Error,
}

impl crate::error::ErrorValue for PathError {
    fn error(&self) -> GoString {
        let mut text = self.op.as_bytes().to_vec();
        text.push(b' ');
        text.extend_from_slice(self.path.as_bytes());
        text.extend_from_slice(b": ");
        text.extend_from_slice(self.err.error().as_bytes());
        GoString::from_vec(text)
    }

    fn unwrap(&self) -> Vec<Error> {
        vec![self.err.clone()]
    }

    fn unwraps_one(&self) -> bool {
        true
    }
}

crate::error::identity_dynamic!(PathError);
crate::error::error_value_format!(PathError, "*fs.PathError", |this, printer, verb| {
    printer.fmt_struct(
        &crate::error::TypeLabel("fs.PathError"),
        verb,
        &[("Op", &this.op), ("Path", &this.path), ("Err", &this.err)],
    );
});

/// The text Go's `syscall.Errno` gives an error number: the C library's,
/// starting in lower case (`bad file descriptor`).
pub(crate) fn errno_text(error: &std::io::Error) -> String {
    let text = error.to_string();
    let text = match text.rfind(" (os error ") {
        Some(end) => &text[..end],
        None => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------
// Reading sources
// ---------------------------------------------------------------------------

/// What a Scanner reads.
enum Source {
    /// A file descriptor read directly, unbuffered, as Go's `*os.File`
    /// reads (so two Scanners on standard input see what Go's would).
    Fd { fd: i32, name: &'static str },
    /// Any reader (an in-memory text, for tests and `strings.NewReader`).
    Reader(Box<dyn Read + Send>),
}

/// Why a read stopped: end of file, or an error.
enum ReadEnd {
    Eof,
    Failed(Error),
}

impl Source {
    fn read(&mut self, buf: &mut [u8]) -> (usize, Option<ReadEnd>) {
        let result = match self {
            Source::Fd { fd, .. } => read_fd(*fd, buf),
            Source::Reader(reader) => loop {
                match reader.read(buf) {
                    Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                    other => break other,
                }
            },
        };
        match result {
            Ok(0) if !buf.is_empty() => (0, Some(ReadEnd::Eof)),
            Ok(n) => (n, None),
            Err(error) => {
                let err = match self {
                    Source::Fd { name, .. } => Error::from_value(PathError {
                        op: GoString::from("read"),
                        path: GoString::from(*name),
                        err: crate::errors::new(errno_text(&error)),
                    }),
                    Source::Reader(_) => crate::errors::new(error.to_string()),
                };
                (0, Some(ReadEnd::Failed(err)))
            }
        }
    }
}

/// One `read(2)` of a file descriptor; retried when interrupted. Blocking
/// reads give the worker thread's other goroutines to other threads.
fn read_fd(fd: i32, buf: &mut [u8]) -> std::io::Result<usize> {
    blocking(|| {
        loop {
            match read_fd_once(fd, buf) {
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                other => return other,
            }
        }
    })
}

#[cfg(unix)]
fn read_fd_once(fd: i32, buf: &mut [u8]) -> std::io::Result<usize> {
    use std::os::fd::FromRawFd;
    // SAFETY: the standard streams stay open for the whole program; the
    // `File` is never dropped, so the descriptor is not closed.
    let mut file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.read(buf)
}

#[cfg(not(unix))]
fn read_fd_once(fd: i32, buf: &mut [u8]) -> std::io::Result<usize> {
    match fd {
        0 => std::io::stdin().read(buf),
        _ => Err(std::io::Error::from(std::io::ErrorKind::Unsupported)),
    }
}

/// Runs a blocking call; on a multi-threaded tokio runtime, as
/// `block_in_place`, so that the other goroutines of this worker run on.
fn blocking<R>(call: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => tokio::task::block_in_place(call),
        _ => call(),
    }
}

// ---------------------------------------------------------------------------
// Split functions
// ---------------------------------------------------------------------------

/// A Go `func([]byte, bool) (int, []byte, error)` value, a custom split
/// function.
pub type SplitFn = Func<dyn Fn(Slice<u8>, bool) -> (i64, Slice<u8>, Error) + Send + Sync>;

/// `bufio.SplitFunc`: how a Scanner cuts its input into tokens. Go's
/// predefined split functions are variants named as in Go
/// (`s.Split(bufio.ScanWords)` is `s.split(SplitFunc::ScanWords)`); any
/// other function is `Custom`.
#[derive(Clone, Default)]
pub enum SplitFunc {
    /// `bufio.ScanLines`: lines without their `\n` or `\r\n`; a last line
    /// without a newline counts.
    #[default]
    ScanLines,
    /// `bufio.ScanWords`: runs of non-space runes (`unicode.IsSpace`).
    ScanWords,
    /// `bufio.ScanRunes`: each UTF-8 encoded rune; an invalid byte gives
    /// U+FFFD's encoding.
    ScanRunes,
    /// `bufio.ScanBytes`: each byte.
    ScanBytes,
    /// A split function of the program.
    Custom(SplitFn),
}

/// A token: bytes of the buffer, or U+FFFD's encoding (what `ScanRunes`
/// gives for an invalid byte).
enum Token {
    Span(usize, usize),
    ErrorRune,
}

const ERROR_RUNE: &[u8] = "\u{FFFD}".as_bytes();

/// Go's `isSpace` in `bufio`: `unicode.IsSpace` spelled out.
fn is_space(r: i32) -> bool {
    crate::strings::is_space(r)
}

/// A built-in split function on `data`: `(advance, token)` with spans
/// relative to `data`.
fn split_builtin(split: &SplitFunc, data: &[u8], at_eof: bool) -> (usize, Option<Token>) {
    match split {
        SplitFunc::ScanBytes => {
            if at_eof && data.is_empty() {
                return (0, None);
            }
            (1, Some(Token::Span(0, 1)))
        }
        SplitFunc::ScanRunes => {
            if at_eof && data.is_empty() {
                return (0, None);
            }
            if data[0] < 0x80 {
                return (1, Some(Token::Span(0, 1)));
            }
            let (_, width) = decode_rune(data);
            if width > 1 {
                return (width, Some(Token::Span(0, width)));
            }
            if !at_eof && !crate::utf8::full_rune_bytes(data) {
                return (0, None);
            }
            (1, Some(Token::ErrorRune))
        }
        SplitFunc::ScanLines => {
            if at_eof && data.is_empty() {
                return (0, None);
            }
            let drop_cr = |end: usize| if end > 0 && data[end - 1] == b'\r' { end - 1 } else { end };
            if let Some(i) = data.iter().position(|&b| b == b'\n') {
                return (i + 1, Some(Token::Span(0, drop_cr(i))));
            }
            if at_eof {
                return (data.len(), Some(Token::Span(0, drop_cr(data.len()))));
            }
            (0, None)
        }
        SplitFunc::ScanWords => {
            let mut start = 0;
            while start < data.len() {
                let (r, width) = decode_rune(&data[start..]);
                if !is_space(r) {
                    break;
                }
                start += width;
            }
            let mut i = start;
            while i < data.len() {
                let (r, width) = decode_rune(&data[i..]);
                if is_space(r) {
                    return (i + width, Some(Token::Span(start, i)));
                }
                i += width;
            }
            if at_eof && data.len() > start {
                return (data.len(), Some(Token::Span(start, data.len())));
            }
            (start, None)
        }
        SplitFunc::Custom(_) => unreachable!("custom split functions are called by the scanner"),
    }
}

/// `bufio.ScanLines(data, atEOF)` called directly.
pub fn scan_lines(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    call_builtin(&SplitFunc::ScanLines, data, at_eof)
}

/// `bufio.ScanWords(data, atEOF)` called directly.
pub fn scan_words(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    call_builtin(&SplitFunc::ScanWords, data, at_eof)
}

/// `bufio.ScanRunes(data, atEOF)` called directly.
pub fn scan_runes(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    call_builtin(&SplitFunc::ScanRunes, data, at_eof)
}

/// `bufio.ScanBytes(data, atEOF)` called directly.
pub fn scan_bytes(data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    call_builtin(&SplitFunc::ScanBytes, data, at_eof)
}

/// A built-in split function on a Go slice: the token shares `data`'s
/// array, as Go's `data[start:i]` does.
fn call_builtin(split: &SplitFunc, data: &Slice<u8>, at_eof: bool) -> (i64, Slice<u8>, Error) {
    let bytes = data.to_vec();
    let (advance, token) = split_builtin(split, &bytes, at_eof);
    let token = match token {
        None => Slice::nil(),
        Some(Token::Span(lo, hi)) => data.slice(lo as i64, hi as i64),
        Some(Token::ErrorRune) => Slice::from_vec(ERROR_RUNE.to_vec()),
    };
    (advance as i64, token, Error::nil())
}

// ---------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------

struct ScannerState {
    source: Source,
    split: SplitFunc,
    max_token_size: usize,
    /// The last token, `None` for Go's nil.
    token: Option<Vec<u8>>,
    /// Go's `buf`: its length is the buffer's size.
    buf: Vec<u8>,
    start: usize,
    end: usize,
    /// Go's `err`: `None` for nil.
    err: Option<ReadEnd>,
    empties: i32,
    scan_called: bool,
    done: bool,
}

impl ScannerState {
    /// Go's `setErr`: keeps the first error other than EOF.
    fn set_err(&mut self, err: ReadEnd) {
        if matches!(self.err, None | Some(ReadEnd::Eof)) {
            self.err = Some(err);
        }
    }

    /// Go's `advance`: consumes `n` bytes; false (and an error) when `n` is
    /// negative or beyond the data.
    fn advance(&mut self, n: i64) -> bool {
        if n < 0 {
            self.set_err(ReadEnd::Failed(err_negative_advance()));
            return false;
        }
        if n as u64 > (self.end - self.start) as u64 {
            self.set_err(ReadEnd::Failed(err_advance_too_far()));
            return false;
        }
        self.start += n as usize;
        true
    }

    /// Runs the split function on the buffered data.
    fn split(&self) -> (i64, Option<Vec<u8>>, Error) {
        let data = &self.buf[self.start..self.end];
        let at_eof = self.err.is_some();
        match &self.split {
            SplitFunc::Custom(f) => {
                let (advance, token, err) = f(Slice::from_vec(data.to_vec()), at_eof);
                let token = if token.is_nil() { None } else { Some(token.to_vec()) };
                (advance, token, err)
            }
            builtin => {
                let (advance, token) = split_builtin(builtin, data, at_eof);
                let token = token.map(|token| match token {
                    Token::Span(lo, hi) => data[lo..hi].to_vec(),
                    Token::ErrorRune => ERROR_RUNE.to_vec(),
                });
                (advance as i64, token, Error::nil())
            }
        }
    }

    /// Go's `Scan`.
    fn scan(&mut self) -> bool {
        if self.done {
            return false;
        }
        self.scan_called = true;
        loop {
            if self.end > self.start || self.err.is_some() {
                let (advance, token, err) = self.split();
                if !err.is_nil() {
                    if err == err_final_token() {
                        let found = token.is_some();
                        self.token = token;
                        self.done = true;
                        return found;
                    }
                    self.set_err(ReadEnd::Failed(err));
                    return false;
                }
                if !self.advance(advance) {
                    return false;
                }
                let found = token.is_some();
                self.token = token;
                if found {
                    if self.err.is_none() || advance > 0 {
                        self.empties = 0;
                    } else {
                        self.empties += 1;
                        if self.empties > MAX_CONSECUTIVE_EMPTY_READS {
                            go_panic("bufio.Scan: too many empty tokens without progressing");
                        }
                    }
                    return true;
                }
            }
            if self.err.is_some() {
                self.start = 0;
                self.end = 0;
                return false;
            }
            if self.start > 0 && (self.end == self.buf.len() || self.start > self.buf.len() / 2) {
                self.buf.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            }
            if self.end == self.buf.len() {
                if self.buf.len() >= self.max_token_size || self.buf.len() > (i64::MAX / 2) as usize {
                    self.set_err(ReadEnd::Failed(err_too_long()));
                    return false;
                }
                let mut new_size = self.buf.len() * 2;
                if new_size == 0 {
                    new_size = START_BUF_SIZE;
                }
                new_size = new_size.min(self.max_token_size);
                let mut new_buf = vec![0u8; new_size];
                new_buf[..self.end - self.start].copy_from_slice(&self.buf[self.start..self.end]);
                self.buf = new_buf;
                self.end -= self.start;
                self.start = 0;
            }
            let mut empty_reads = 0;
            loop {
                let end = self.end;
                let (n, stop) = self.source.read(&mut self.buf[end..]);
                self.end += n;
                if let Some(stop) = stop {
                    self.set_err(stop);
                    break;
                }
                if n > 0 {
                    self.empties = 0;
                    break;
                }
                empty_reads += 1;
                if empty_reads > MAX_CONSECUTIVE_EMPTY_READS {
                    self.set_err(ReadEnd::Failed(ERR_NO_PROGRESS.clone()));
                    break;
                }
            }
        }
    }
}

/// `*bufio.Scanner`.
#[derive(Clone)]
pub struct Scanner {
    state: Arc<Mutex<ScannerState>>,
}

/// `bufio.NewScanner(r)`: a Scanner reading a file (standard input) or a
/// `*strings.Reader`, by lines, with tokens of at most 64 KiB.
pub fn new_scanner(r: impl Into<ScanInput>) -> Scanner {
    match r.into().0 {
        Input::File(file) => {
            let (fd, name) = file.fd();
            Scanner::with_source(Source::Fd { fd, name })
        }
        Input::Reader(reader) => Scanner::with_source(Source::Reader(Box::new(reader))),
    }
}

/// What `bufio.NewScanner` reads (an `io.Reader` in Go): a file
/// (`os.Stdin`) or a `*strings.Reader`. Both convert into it, so
/// `new_scanner(os::stdin())` and `new_scanner(strings::new_reader(&s))`
/// both work.
pub struct ScanInput(Input);

enum Input {
    File(File),
    Reader(crate::strings::Reader),
}

impl From<File> for ScanInput {
    fn from(file: File) -> Self {
        ScanInput(Input::File(file))
    }
}

impl From<crate::strings::Reader> for ScanInput {
    fn from(reader: crate::strings::Reader) -> Self {
        ScanInput(Input::Reader(reader))
    }
}

impl From<&crate::strings::Reader> for ScanInput {
    fn from(reader: &crate::strings::Reader) -> Self {
        ScanInput(Input::Reader(reader.clone()))
    }
}

impl Scanner {
    fn with_source(source: Source) -> Scanner {
        Scanner {
            state: Arc::new(Mutex::new(ScannerState {
                source,
                split: SplitFunc::ScanLines,
                max_token_size: MAX_SCAN_TOKEN_SIZE as usize,
                token: None,
                buf: Vec::new(),
                start: 0,
                end: 0,
                err: None,
                empties: 0,
                scan_called: false,
                done: false,
            })),
        }
    }

    /// A Scanner reading any Rust reader (as Go's `bufio.NewScanner(r)`
    /// for an `io.Reader` other than a file).
    pub fn from_reader(reader: impl Read + Send + 'static) -> Scanner {
        Scanner::with_source(Source::Reader(Box::new(reader)))
    }

    /// A Scanner reading the file descriptor `fd` as a Go `*os.File` named
    /// `name` does (unbuffered).
    pub fn from_fd(fd: i32, name: &'static str) -> Scanner {
        Scanner::with_source(Source::Fd { fd, name })
    }

    /// `s.Scan()`: advances to the next token; false at the end of the
    /// input or on an error (see `err`). Blocks reading when it must.
    pub fn scan(&self) -> bool {
        lock(&self.state).scan()
    }

    /// `s.Text()`: the last token as a string.
    pub fn text(&self) -> GoString {
        match &lock(&self.state).token {
            Some(token) => GoString::from_bytes(token),
            None => GoString::new(),
        }
    }

    /// `s.Bytes()`: the last token (a copy: Go's shares the Scanner's
    /// buffer, which the next `Scan` overwrites).
    pub fn bytes(&self) -> Slice<u8> {
        match &lock(&self.state).token {
            Some(token) => Slice::from_vec(token.clone()),
            None => Slice::nil(),
        }
    }

    /// `s.Err()`: the first error other than end of file, or nil.
    pub fn err(&self) -> Error {
        match &lock(&self.state).err {
            Some(ReadEnd::Failed(err)) => err.clone(),
            _ => Error::nil(),
        }
    }

    /// `s.Buffer(buf, max)`: the first buffer (`buf`'s capacity) and the
    /// largest token size; panics once scanning has started.
    pub fn buffer(&self, buf: &Slice<u8>, max: i64) {
        let mut state = lock(&self.state);
        if state.scan_called {
            go_panic("Buffer called after Scan");
        }
        let mut bytes = buf.slice_to(buf.cap()).to_vec();
        bytes.resize(buf.cap() as usize, 0);
        state.buf = bytes;
        state.max_token_size = max.max(0) as usize;
    }

    /// `s.Split(split)`: the split function; panics once scanning has
    /// started.
    pub fn split(&self, split: SplitFunc) {
        let mut state = lock(&self.state);
        if state.scan_called {
            go_panic("Split called after Scan");
        }
        state.split = split;
    }
}

impl std::fmt::Debug for Scanner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("bufio.Scanner")
    }
}

// ---------------------------------------------------------------------------
// Writer
// ---------------------------------------------------------------------------

/// A Rust function receiving a Writer's output.
type SinkFn = Box<dyn FnMut(&[u8]) + Send>;

/// Where a Writer's bytes go.
enum Sink {
    File(File),
    Func(SinkFn),
}

impl Sink {
    fn write(&mut self, bytes: &[u8]) {
        match self {
            Sink::File(file) => file.write_bytes(bytes),
            Sink::Func(f) => f(bytes),
        }
    }
}

struct WriterState {
    sink: Sink,
    /// Go's `buf`: its length is the buffer's size.
    buf: Vec<u8>,
    n: usize,
}

impl WriterState {
    fn available(&self) -> usize {
        self.buf.len() - self.n
    }

    fn flush(&mut self) {
        if self.n == 0 {
            return;
        }
        let n = self.n;
        self.sink.write(&self.buf[..n]);
        self.n = 0;
    }

    /// Go's `Write` (and `WriteString`, the same for a file): what does not
    /// fit goes out in buffer-sized pieces, or straight to the file when
    /// the buffer is empty.
    fn write(&mut self, mut p: &[u8]) -> usize {
        let mut written = 0;
        while p.len() > self.available() {
            let n = if self.n == 0 {
                self.sink.write(p);
                p.len()
            } else {
                let n = self.available();
                let start = self.n;
                self.buf[start..start + n].copy_from_slice(&p[..n]);
                self.n += n;
                self.flush();
                n
            };
            written += n;
            p = &p[n..];
        }
        let start = self.n;
        self.buf[start..start + p.len()].copy_from_slice(p);
        self.n += p.len();
        written + p.len()
    }
}

/// `*bufio.Writer` writing to a file.
#[derive(Clone)]
pub struct Writer {
    state: Arc<Mutex<WriterState>>,
}

/// `bufio.NewWriter(f)`: a Writer with Go's 4096-byte buffer.
pub fn new_writer(file: File) -> Writer {
    new_writer_size(file, DEFAULT_BUF_SIZE as i64)
}

/// `bufio.NewWriterSize(f, size)`: a Writer with a `size`-byte buffer
/// (4096 when `size <= 0`).
pub fn new_writer_size(file: File, size: i64) -> Writer {
    Writer::with_sink(Sink::File(file), size)
}

impl Writer {
    fn with_sink(sink: Sink, size: i64) -> Writer {
        let size = if size <= 0 { DEFAULT_BUF_SIZE } else { size as usize };
        Writer {
            state: Arc::new(Mutex::new(WriterState {
                sink,
                buf: vec![0; size],
                n: 0,
            })),
        }
    }

    /// A Writer whose output goes to `sink` (as Go's `bufio.NewWriterSize`
    /// on another `io.Writer`).
    pub fn to_fn(sink: impl FnMut(&[u8]) + Send + 'static, size: i64) -> Writer {
        Writer::with_sink(Sink::Func(Box::new(sink)), size)
    }

    /// `w.Write(p)` with a Rust byte slice: what `fmt.Fprintf(w, ...)`
    /// writes, the whole formatted text at once.
    pub fn write_bytes(&self, bytes: &[u8]) -> (i64, Error) {
        (lock(&self.state).write(bytes) as i64, Error::nil())
    }

    /// `w.Write(p)`.
    pub fn write(&self, p: &Slice<u8>) -> (i64, Error) {
        self.write_bytes(&p.to_vec())
    }

    /// `w.WriteString(s)`.
    pub fn write_string(&self, s: &GoString) -> (i64, Error) {
        self.write_bytes(s.as_bytes())
    }

    /// `w.WriteByte(c)`.
    pub fn write_byte(&self, c: u8) -> Error {
        let mut state = lock(&self.state);
        if state.available() == 0 {
            state.flush();
        }
        let n = state.n;
        state.buf[n] = c;
        state.n += 1;
        Error::nil()
    }

    /// `w.WriteRune(r)`: the rune's UTF-8 encoding (U+FFFD's when invalid)
    /// and its size.
    pub fn write_rune(&self, r: i32) -> (i64, Error) {
        if (r as u32) < 0x80 {
            self.write_byte(r as u8);
            return (1, Error::nil());
        }
        let mut encoded = Vec::with_capacity(4);
        crate::string::push_rune(&mut encoded, r as i64);
        let mut state = lock(&self.state);
        if state.available() < 4 {
            state.flush();
            if state.available() < 4 {
                return (state.write(&encoded) as i64, Error::nil());
            }
        }
        let n = state.n;
        state.buf[n..n + encoded.len()].copy_from_slice(&encoded);
        state.n += encoded.len();
        (encoded.len() as i64, Error::nil())
    }

    /// `w.Flush()`: writes the buffered bytes to the file.
    pub fn flush(&self) -> Error {
        lock(&self.state).flush();
        Error::nil()
    }

    /// `w.Buffered()`: the number of bytes waiting in the buffer.
    pub fn buffered(&self) -> i64 {
        lock(&self.state).n as i64
    }

    /// `w.Available()`: the free bytes of the buffer.
    pub fn available(&self) -> i64 {
        lock(&self.state).available() as i64
    }

    /// `w.Size()`: the buffer's size.
    pub fn size(&self) -> i64 {
        lock(&self.state).buf.len() as i64
    }
}

impl std::fmt::Debug for Writer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("bufio.Writer")
    }
}

#[cfg(test)]
mod tests;
