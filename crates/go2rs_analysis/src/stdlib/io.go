// The parts of package io that go2rs translates (the runtime crate's io
// module). The runtime types that satisfy Writer: os::File,
// strings::Builder, bufio::Writer; Reader: strings::Reader, os::File
// (standard input).
package io

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// EOF is the error returned by Read when no more input is available.
var EOF error

// ErrUnexpectedEOF means that EOF was encountered in the middle of reading
// a fixed-size block or data structure.
var ErrUnexpectedEOF error
