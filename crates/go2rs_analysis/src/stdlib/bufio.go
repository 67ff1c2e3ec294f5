// The parts of package bufio that go2rs translates: a Scanner reading
// standard input and a Writer writing to a file. The runtime's Scanner and
// Writer are shared handles (what the *Scanner and *Writer pointers are).
package bufio

import (
	"io"
	"os"
)

// MaxScanTokenSize is the default largest token a Scanner accepts.
const MaxScanTokenSize = 64 * 1024

var (
	ErrTooLong         error
	ErrNegativeAdvance error
	ErrAdvanceTooFar   error
	ErrFinalToken      error
)

// SplitFunc cuts a Scanner's input into tokens: ScanLines, ScanWords,
// ScanRunes, ScanBytes, or a function of the program.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads tokens (lines by default) from a file.
type Scanner struct{ state int }

// NewScanner reads os.Stdin or a *strings.Reader.
func NewScanner(r io.Reader) *Scanner

// Scan blocks its thread while it reads (the runtime lets the thread's other
// goroutines move on); it is not a goroutine-blocking operation.
func (s *Scanner) Scan() bool
func (s *Scanner) Text() string
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Buffer(buf []byte, max int)
func (s *Scanner) Split(split SplitFunc)

// Writer buffers output to a file; unflushed output is lost at exit.
type Writer struct{ state int }

// NewWriter and NewWriterSize take an io.Writer in Go; go2rs writes to a
// file (os.Stdout, os.Stderr).
func NewWriter(w *os.File) *Writer
func NewWriterSize(w *os.File, size int) *Writer

func (b *Writer) Available() int
func (b *Writer) Buffered() int
func (b *Writer) Flush() error
func (b *Writer) Size() int
func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) WriteString(s string) (int, error)
