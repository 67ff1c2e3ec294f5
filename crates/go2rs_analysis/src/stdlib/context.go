// The parts of package context that go2rs translates (the runtime's
// context module). Context is declared as a struct: the runtime's
// context::Context is a handle to one context of the tree, so a program
// can pass contexts around and call their methods, but cannot implement
// Context with its own type or use a nil Context.
package context

import "time"

type Context struct{ node int }

func (c Context) Deadline() (deadline time.Time, ok bool)
func (c Context) Done() <-chan struct{}
func (c Context) Err() error
func (c Context) Value(key any) any

// CancelFunc and CancelCauseFunc values come only from this package:
// calling one never blocks.
type CancelFunc func()
type CancelCauseFunc func(cause error)

var Canceled error
var DeadlineExceeded error

func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context
func WithoutCancel(parent Context) Context
func Cause(c Context) error

// AfterFunc's function runs in a goroutine of its own (a task, like the
// function of a go statement).
func AfterFunc(ctx Context, f func()) (stop func() bool)
