// The parts of package sync that go2rs translates. A directive
// `//go2rs:blocking` marks what can block the calling goroutine.
package sync

type WaitGroup struct{ state int }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()

//go2rs:blocking
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func())

type Mutex struct{ state int }

//go2rs:blocking
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct{ state int }

//go2rs:blocking
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()

//go2rs:blocking
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool

// Once performs exactly one action (the runtime's sync::Once handle).
type Once struct{ done uint32 }

func (o *Once) Do(f func())

func OnceFunc(f func()) func()
func OnceValue[T any](f func() T) func() T
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)

// A Locker represents an object that can be locked and unlocked (the
// runtime's sync::Locker: a *Mutex or the write lock of a *RWMutex).
type Locker interface {
	Lock()
	Unlock()
}

// Cond implements a condition variable (the runtime's sync::Cond, which
// stands for the pointer *Cond).
type Cond struct {
	L Locker
}

func NewCond(l Locker) *Cond

//go2rs:blocking
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map is like a map[any]any safe for concurrent use (a handle in the
// runtime, like the locks).
type Map struct{ m map[any]any }

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Clear()

// A Pool is a set of temporary objects that may be individually saved and
// retrieved (a handle in the runtime; New is set in its literal).
type Pool struct {
	New func() any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
