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
