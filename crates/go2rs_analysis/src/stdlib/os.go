// The parts of package os that go2rs translates.
package os

// File is an open file; the runtime's os::File is a handle standing for
// *File (the standard streams).
type File struct{ fd int }

var (
	Stdin  *File
	Stdout *File
	Stderr *File
	Args   []string
)

func Exit(code int)

// Name returns the name of the file ("/dev/stdout").
func (f *File) Name() string

// Write writes len(b) bytes; on standard input it fails as in Go (write
// /dev/stdin: bad file descriptor) unless standard input is a terminal.
func (f *File) Write(b []byte) (n int, err error)

// Read reads standard input.
func (f *File) Read(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
