// The parts of package time that go2rs translates.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Seconds() float64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64

type Time struct{ wall int64 }

func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Unix() int64
func (t Time) UnixNano() int64

//go2rs:blocking
func Sleep(d Duration)
func After(d Duration) <-chan Time
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration

// ParseDuration parses a duration string such as "300ms", "-1.5h" or
// "2h45m"; valid units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error)


func (d Duration) Abs() Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Truncate(m Duration) Duration

// The Timer type represents a single event (the runtime's time::Timer,
// which stands for the pointer *Timer).
type Timer struct {
	C <-chan Time
}

func NewTimer(d Duration) *Timer
func AfterFunc(d Duration, f func()) *Timer
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool

// A Ticker holds a channel that delivers “ticks” of a clock at intervals
// (the runtime's time::Ticker, which stands for the pointer *Ticker).
type Ticker struct {
	C <-chan Time
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time
