//! Go's `sync` package: WaitGroup, Mutex, RWMutex and Once with Go's rules,
//! and `OnceFunc` / `OnceValue` / `OnceValues`.
//!
//! These are handles: cloning one shares the same wait group or lock, which
//! is what Go code gets by passing `&wg` or by keeping the mutex in a struct
//! reached through a pointer. Unlike Rust's mutexes, a Go mutex does not own
//! the data it guards and is unlocked explicitly, possibly by another
//! goroutine.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex as StdMutex};
use std::task::{Context, Poll};

use crate::func::{BoxFuture, Func};
use crate::panic::{GoPanic, fatal, go_panic};
use crate::sched::{self, WaitReason};
use crate::slice::lock;
use crate::wait::Token;

mod cond;
mod mutex;

pub use cond::{Cond, Locker, Map, Pool, new_cond};
pub use mutex::{Mutex, MutexLock};

/// Wakes the first waiter whose token can still be claimed.
fn wake_one(queue: &mut VecDeque<Arc<Token>>) -> Option<Arc<Token>> {
    while let Some(token) = queue.pop_front() {
        if token.try_select(0) {
            return Some(token);
        }
    }
    None
}

/// Waits on a token enqueued by one of the primitives below.
struct Parked {
    token: Option<Arc<Token>>,
}

impl Parked {
    fn poll_token(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        let Some(token) = &self.token else {
            return Poll::Ready(());
        };
        match token.outcome() {
            Some(_) => {
                self.token = None;
                Poll::Ready(())
            }
            None => {
                token.refresh_waker(cx);
                Poll::Pending
            }
        }
    }
}

/// Go's `sync.WaitGroup`.
#[derive(Clone, Default)]
pub struct WaitGroup {
    state: Arc<StdMutex<WaitGroupState>>,
}

#[derive(Default)]
struct WaitGroupState {
    counter: i64,
    waiters: VecDeque<Arc<Token>>,
}

impl WaitGroup {
    pub fn new() -> WaitGroup {
        WaitGroup::default()
    }

    /// `wg.Add(delta)`.
    pub fn add(&self, delta: i64) {
        let mut state = lock(&self.state);
        state.counter += delta;
        if state.counter < 0 {
            drop(state);
            go_panic("sync: negative WaitGroup counter");
        }
        if state.counter == 0 {
            let waiters = std::mem::take(&mut state.waiters);
            drop(state);
            for token in waiters {
                if token.try_select(0) {
                    token.deliver(false);
                }
            }
        }
    }

    /// `wg.Done()`.
    pub fn done(&self) {
        self.add(-1);
    }

    /// `wg.Wait()`.
    pub fn wait(&self) -> WaitGroupWait<'_> {
        WaitGroupWait {
            group: self,
            parked: Parked { token: None },
            started: false,
        }
    }

    /// `wg.Go(f)` (Go 1.25): `Add(1)`, then runs `f` in a new goroutine that
    /// calls `Done` when `f` returns.
    pub fn go<F>(&self, goroutine: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        self.add(1);
        let group = self.clone();
        sched::go(async move {
            goroutine.await;
            group.done();
        });
    }
}

/// The future of [`WaitGroup::wait`].
pub struct WaitGroupWait<'a> {
    group: &'a WaitGroup,
    parked: Parked,
    started: bool,
}

impl Future for WaitGroupWait<'_> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if this.started {
            return this.parked.poll_token(cx);
        }
        this.started = true;
        let mut state = lock(&this.group.state);
        if state.counter == 0 {
            return Poll::Ready(());
        }
        let token = Token::new(cx);
        state.waiters.push_back(token.clone());
        drop(state);
        this.parked.token = Some(token.clone());
        if token.try_park(WaitReason::WaitGroupWait) {
            Poll::Pending
        } else {
            this.parked.poll_token(cx)
        }
    }
}

/// Go's `sync.RWMutex`: many readers or one writer; a waiting writer holds
/// off new readers.
#[derive(Clone, Default)]
pub struct RWMutex {
    state: Arc<StdMutex<RWMutexState>>,
}

#[derive(Default)]
struct RWMutexState {
    readers: i64,
    writer: bool,
    waiting_writers: VecDeque<Arc<Token>>,
    waiting_readers: VecDeque<Arc<Token>>,
}

impl RWMutexState {
    fn has_waiting_writer(&mut self) -> bool {
        while self.waiting_writers.front().is_some_and(|token| !token.is_waiting()) {
            self.waiting_writers.pop_front();
        }
        !self.waiting_writers.is_empty()
    }
}

impl RWMutex {
    pub fn new() -> RWMutex {
        RWMutex::default()
    }

    /// `rw.RLock()`.
    pub fn rlock(&self) -> RWMutexLock<'_> {
        RWMutexLock {
            mutex: self,
            write: false,
            parked: Parked { token: None },
            started: false,
        }
    }

    /// `rw.Lock()`.
    pub fn lock(&self) -> RWMutexLock<'_> {
        RWMutexLock {
            mutex: self,
            write: true,
            parked: Parked { token: None },
            started: false,
        }
    }

    /// `rw.TryRLock()`.
    pub fn try_rlock(&self) -> bool {
        let mut state = lock(&self.state);
        if state.writer || state.has_waiting_writer() {
            return false;
        }
        state.readers += 1;
        true
    }

    /// `rw.TryLock()`.
    pub fn try_lock(&self) -> bool {
        let mut state = lock(&self.state);
        if state.writer || state.readers > 0 {
            return false;
        }
        state.writer = true;
        true
    }

    /// `rw.RUnlock()`.
    pub fn runlock(&self) {
        let mut state = lock(&self.state);
        if state.readers <= 0 {
            drop(state);
            fatal("sync: RUnlock of unlocked RWMutex");
        }
        state.readers -= 1;
        if state.readers == 0
            && let Some(token) = wake_one(&mut state.waiting_writers)
        {
            state.writer = true;
            drop(state);
            token.deliver(false);
        }
    }

    /// `rw.Unlock()`: waiting readers go first, then a waiting writer.
    pub fn unlock(&self) {
        let mut state = lock(&self.state);
        if !state.writer {
            drop(state);
            fatal("sync: Unlock of unlocked RWMutex");
        }
        state.writer = false;
        let mut woken = Vec::new();
        while let Some(token) = wake_one(&mut state.waiting_readers) {
            state.readers += 1;
            woken.push(token);
        }
        if woken.is_empty()
            && let Some(token) = wake_one(&mut state.waiting_writers)
        {
            state.writer = true;
            woken.push(token);
        }
        drop(state);
        for token in woken {
            token.deliver(false);
        }
    }
}

/// The future of [`RWMutex::lock`] and [`RWMutex::rlock`].
pub struct RWMutexLock<'a> {
    mutex: &'a RWMutex,
    write: bool,
    parked: Parked,
    started: bool,
}

impl Future for RWMutexLock<'_> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if this.started {
            return this.parked.poll_token(cx);
        }
        if sched::poll_budget(cx).is_pending() {
            return Poll::Pending;
        }
        this.started = true;
        let mut state = lock(&this.mutex.state);
        if this.write {
            if !state.writer && state.readers == 0 {
                state.writer = true;
                return Poll::Ready(());
            }
        } else if !state.writer && !state.has_waiting_writer() {
            state.readers += 1;
            return Poll::Ready(());
        }
        let token = Token::new(cx);
        if this.write {
            state.waiting_writers.push_back(token.clone());
        } else {
            state.waiting_readers.push_back(token.clone());
        }
        drop(state);
        this.parked.token = Some(token.clone());
        let reason = if this.write {
            WaitReason::RWMutexLock
        } else {
            WaitReason::RWMutexRLock
        };
        if token.try_park(reason) {
            Poll::Pending
        } else {
            this.parked.poll_token(cx)
        }
    }
}

/// Two sync values are equal when they are the same one (Go compares their
/// state words; a program comparing structs that hold locks compares copies
/// it should not have made).
macro_rules! identity_eq {
    ($($ty:ident),*) => {$(
        impl PartialEq for $ty {
            fn eq(&self, other: &$ty) -> bool {
                Arc::ptr_eq(&self.state, &other.state)
            }
        }
        impl Eq for $ty {}
    )*};
}

identity_eq!(WaitGroup, Mutex, RWMutex, Once);

/// Go's `sync.Once`: a handle, like the locks above (a `*sync.Once` and a
/// `sync.Once` in a struct are both this shared value).
///
/// `Do`'s function is synchronous (it cannot park the goroutine), so a
/// caller that finds another one running it waits on a plain lock for it
/// to return, as Go's callers do.
#[derive(Clone, Default)]
pub struct Once {
    state: Arc<OnceState>,
}

#[derive(Default)]
struct OnceState {
    done: AtomicBool,
    /// Held while the function runs ([`Once::do_`]).
    running: StdMutex<()>,
    /// The same, for async functions ([`Once::do_async`]): waiters park.
    running_async: Mutex,
}

/// Unlocks a runtime mutex when dropped (also when the future holding it is
/// dropped after a panic).
struct Unlock<'a>(&'a Mutex);

impl Drop for Unlock<'_> {
    fn drop(&mut self) {
        self.0.unlock();
    }
}

/// Marks a Once done when dropped: after its function returns or panics.
struct SetDone<'a>(&'a AtomicBool);

impl Drop for SetDone<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Release);
    }
}

impl Once {
    pub fn new() -> Once {
        Once::default()
    }

    /// `once.Do(f)`: calls `f` if and only if this is the first call of
    /// `Do` on this Once; the other calls return once `f` has returned. A
    /// panicking `f` counts as done (the panic goes on to the caller).
    pub fn do_(&self, f: &Func<dyn Fn() + Send + Sync>) {
        // A closure: a nil `f` panics inside, after `Do` has begun.
        #[allow(clippy::redundant_closure)]
        self.call(|| f());
    }

    /// `Do` with a Rust closure.
    pub fn call(&self, f: impl FnOnce()) {
        if self.state.done.load(Ordering::Acquire) {
            return;
        }
        let _running = lock(&self.state.running);
        if !self.state.done.load(Ordering::Acquire) {
            let _done = SetDone(&self.state.done);
            f();
        }
    }

    /// `once.Do(f)` in a program whose function values are async (they
    /// return a [`BoxFuture`]): callers that find `f` running park until it
    /// returns. A panicking `f` counts as done.
    pub async fn do_async(&self, f: &Func<dyn Fn() -> BoxFuture<'static, ()> + Send + Sync>) {
        self.call_async(async { f().await }).await;
    }

    /// `Do` with a Rust future.
    pub async fn call_async(&self, body: impl Future<Output = ()>) {
        if self.state.done.load(Ordering::Acquire) {
            return;
        }
        self.state.running_async.lock().await;
        let _unlock = Unlock(&self.state.running_async);
        if !self.state.done.load(Ordering::Acquire) {
            let _done = SetDone(&self.state.done);
            body.await;
        }
    }

    /// Whether `Do` has run its function (Go's `done` field).
    pub fn is_done(&self) -> bool {
        self.state.done.load(Ordering::Acquire)
    }
}

/// What a once-function's first call left: its result, or the value it
/// panicked with (raised again by every call).
enum OnceOutcome<T> {
    Pending,
    Value(T),
    Panicked(PanicRecord),
}

/// A panic caught from a once-function: the value and what Go prints.
#[derive(Clone)]
struct PanicRecord {
    value: Option<crate::iface::Any>,
    message: String,
    is_runtime_error: bool,
}

impl PanicRecord {
    fn of(payload: &crate::panic::Payload) -> PanicRecord {
        match payload.downcast_ref::<GoPanic>() {
            Some(panic) => PanicRecord {
                value: panic.value.clone(),
                message: panic.message.clone(),
                is_runtime_error: panic.is_runtime_error,
            },
            None => PanicRecord {
                value: None,
                message: crate::panic::message_of(&**payload),
                is_runtime_error: true,
            },
        }
    }

    /// `panic(p)` with the recovered value: the same value and text; the
    /// first call's text says it was recovered and raised again, as Go's
    /// report does.
    fn raise(&self, first: bool) -> ! {
        let message = if first {
            format!("{} [recovered, repanicked]", self.message)
        } else {
            self.message.clone()
        };
        std::panic::panic_any(GoPanic {
            message,
            value: self.value.clone(),
            is_runtime_error: self.is_runtime_error,
        })
    }
}

/// The shared state of a function that `OnceFunc`/`OnceValue` returned.
struct OnceCell<T> {
    once: Once,
    outcome: StdMutex<OnceOutcome<T>>,
}

impl<T: Clone> OnceCell<T> {
    fn new() -> Arc<OnceCell<T>> {
        Arc::new(OnceCell {
            once: Once::new(),
            outcome: StdMutex::new(OnceOutcome::Pending),
        })
    }

    /// Runs `f` on the first call, then returns its value or raises its
    /// panic on every call.
    fn get(&self, f: &Pending<T>) -> T {
        let mut first_panic = false;
        self.once.call(|| {
            let function = lock(f).take();
            let Some(function) = function else { return };
            let outcome = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(function)) {
                Ok(value) => OnceOutcome::Value(value),
                Err(payload) => {
                    first_panic = true;
                    OnceOutcome::Panicked(PanicRecord::of(&payload))
                }
            };
            *lock(&self.outcome) = outcome;
        });
        let outcome = lock(&self.outcome);
        match &*outcome {
            OnceOutcome::Value(value) => value.clone(),
            OnceOutcome::Panicked(record) => {
                let record = record.clone();
                drop(outcome);
                record.raise(first_panic)
            }
            // f was taken by a call that is still running it: impossible
            // once `call` has returned.
            OnceOutcome::Pending => unreachable!("sync: OnceFunc's function did not finish"),
        }
    }
}

/// An async function value returning `T`.
type AsyncFunc<T> = Func<dyn Fn() -> BoxFuture<'static, T> + Send + Sync>;

/// The function a once-function has not run yet.
type Pending<T> = StdMutex<Option<Box<dyn FnOnce() -> T + Send>>>;

/// The shared state of a function that `once_func_async` and friends
/// returned.
struct AsyncOnceCell<T> {
    once: Once,
    pending: StdMutex<Option<AsyncFunc<T>>>,
    outcome: StdMutex<OnceOutcome<T>>,
}

impl<T: Clone + Send + 'static> AsyncOnceCell<T> {
    fn new(f: &Func<dyn Fn() -> BoxFuture<'static, T> + Send + Sync>) -> Arc<AsyncOnceCell<T>> {
        Arc::new(AsyncOnceCell {
            once: Once::new(),
            pending: StdMutex::new(Some(f.clone())),
            outcome: StdMutex::new(OnceOutcome::Pending),
        })
    }

    async fn get(&self) -> T {
        let mut first_panic = false;
        self.once
            .call_async(async {
                let function = lock(&self.pending).take();
                let Some(function) = function else { return };
                let mut slot = None;
                let panic = crate::panic::catch_async(async {
                    slot = Some(function().await);
                })
                .await;
                let outcome = match (panic, slot) {
                    (None, Some(value)) => OnceOutcome::Value(value),
                    (Some(payload), _) => {
                        first_panic = true;
                        OnceOutcome::Panicked(PanicRecord::of(&payload))
                    }
                    (None, None) => OnceOutcome::Pending,
                };
                *lock(&self.outcome) = outcome;
            })
            .await;
        let record = match &*lock(&self.outcome) {
            OnceOutcome::Value(value) => return value.clone(),
            OnceOutcome::Panicked(record) => record.clone(),
            OnceOutcome::Pending => unreachable!("sync: OnceFunc's function did not finish"),
        };
        record.raise(first_panic)
    }

    fn func(self: Arc<Self>) -> Func<dyn Fn() -> BoxFuture<'static, T> + Send + Sync> {
        Func::new(Arc::new(move || -> BoxFuture<'static, T> {
            let cell = self.clone();
            Box::pin(async move { cell.get().await })
        }))
    }
}

/// `sync.OnceFunc(f)` in a program whose function values are async.
pub fn once_func_async(
    f: &Func<dyn Fn() -> BoxFuture<'static, ()> + Send + Sync>,
) -> Func<dyn Fn() -> BoxFuture<'static, ()> + Send + Sync> {
    AsyncOnceCell::new(f).func()
}

/// `sync.OnceValue(f)` in a program whose function values are async.
pub fn once_value_async<T: Clone + Send + Sync + 'static>(
    f: &Func<dyn Fn() -> BoxFuture<'static, T> + Send + Sync>,
) -> Func<dyn Fn() -> BoxFuture<'static, T> + Send + Sync> {
    AsyncOnceCell::new(f).func()
}

/// `sync.OnceValues(f)` in a program whose function values are async.
pub fn once_values_async<T1, T2>(
    f: &Func<dyn Fn() -> BoxFuture<'static, (T1, T2)> + Send + Sync>,
) -> Func<dyn Fn() -> BoxFuture<'static, (T1, T2)> + Send + Sync>
where
    T1: Clone + Send + Sync + 'static,
    T2: Clone + Send + Sync + 'static,
{
    AsyncOnceCell::new(f).func()
}

/// `sync.OnceFunc(f)`: a function that calls `f` only once, however often
/// and from however many goroutines it is called. If `f` panics, every
/// call panics with the same value.
pub fn once_func(f: &Func<dyn Fn() + Send + Sync>) -> Func<dyn Fn() + Send + Sync> {
    let cell = OnceCell::<()>::new();
    let function = f.clone();
    #[allow(clippy::redundant_closure)] // `function` is moved in
    let pending: Pending<()> = StdMutex::new(Some(Box::new(move || function())));
    Func::new(Arc::new(move || cell.get(&pending)))
}

/// `sync.OnceValue(f)`: a function that calls `f` only once and returns
/// its value on every call. If `f` panics, every call panics with the
/// same value.
pub fn once_value<T: Clone + Send + Sync + 'static>(f: &Func<dyn Fn() -> T + Send + Sync>) -> Func<dyn Fn() -> T + Send + Sync> {
    let cell = OnceCell::<T>::new();
    let function = f.clone();
    #[allow(clippy::redundant_closure)] // `function` is moved in
    let pending: Pending<T> = StdMutex::new(Some(Box::new(move || function())));
    Func::new(Arc::new(move || cell.get(&pending)))
}

/// `sync.OnceValues(f)`: `OnceValue` for a function of two results.
pub fn once_values<T1, T2>(f: &Func<dyn Fn() -> (T1, T2) + Send + Sync>) -> Func<dyn Fn() -> (T1, T2) + Send + Sync>
where
    T1: Clone + Send + Sync + 'static,
    T2: Clone + Send + Sync + 'static,
{
    let cell = OnceCell::<(T1, T2)>::new();
    let function = f.clone();
    #[allow(clippy::redundant_closure)] // `function` is moved in
    let pending: Pending<(T1, T2)> = StdMutex::new(Some(Box::new(move || function())));
    Func::new(Arc::new(move || cell.get(&pending)))
}

// Expected values below were produced by running Go 1.26 (the Go program's
// lines are in the comments).
#[cfg(test)]
mod once_tests {
    #![allow(clippy::redundant_closure)]

    use std::sync::atomic::AtomicI64;

    use super::*;
    use crate::fmt::Value;
    use crate::string::GoString;

    fn func(f: impl Fn() + Send + Sync + 'static) -> Func<dyn Fn() + Send + Sync> {
        Func::new(Arc::new(f))
    }

    /// Runs `f`, returning the Go panic it raised (message, value).
    fn caught(f: impl FnOnce()) -> (String, crate::iface::Any) {
        crate::panic::install_quiet_hook();
        let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("panics");
        let panic = payload.downcast_ref::<GoPanic>().expect("a Go panic");
        (panic.message.clone(), panic.value.clone().unwrap_or_default())
    }

    fn sprint(value: &dyn Value, format: &str) -> GoString {
        crate::fmt::sprintf(format, &[value])
    }

    #[test]
    fn do_runs_once() {
        // var o sync.Once; n := 0; o.Do(func() { n++ }); o.Do(func() { n++ }) -> n == 1
        let once = Once::default();
        let n = Arc::new(AtomicI64::new(0));
        let (a, b) = (n.clone(), n.clone());
        // fmt.Println(o) before: {{} {{} 0} {{} {0 0}}}
        assert_eq!(sprint(&once, "%v"), GoString::from("{{} {{} 0} {{} {0 0}}}"));
        once.do_(&func(move || {
            a.fetch_add(1, Ordering::SeqCst);
        }));
        once.clone().do_(&func(move || {
            b.fetch_add(1, Ordering::SeqCst);
        }));
        assert_eq!(n.load(Ordering::SeqCst), 1);
        // fmt.Println(n, o) after: 1 {{} {{} 1} {{} {0 0}}}
        assert_eq!(sprint(&once, "%v"), GoString::from("{{} {{} 1} {{} {0 0}}}"));
        // fmt.Printf("%+v", o) after
        assert_eq!(
            sprint(&once, "%+v"),
            GoString::from("{_:{} done:{_:{} v:1} m:{_:{} mu:{state:0 sema:0}}}")
        );
        // fmt.Printf("%#v %T", o, o) on a new Once
        assert_eq!(
            sprint(&Once::new(), "%#v"),
            GoString::from(
                "sync.Once{_:sync.noCopy{}, done:atomic.Bool{_:atomic.noCopy{}, v:0x0}, m:sync.Mutex{_:sync.noCopy{}, mu:sync.Mutex{state:0, sema:0x0}}}"
            )
        );
        assert_eq!(sprint(&once, "%T"), GoString::from("sync.Once"));
        assert!(once == once.clone() && once != Once::new());
    }

    #[test]
    fn panicking_do_counts_as_done() {
        // var o2 sync.Once; o2.Do(func() { panic("x") }) -> recover() == "x";
        // o2.Do(func() { fmt.Println("never") }) prints nothing
        let once = Once::new();
        let (message, value) = caught(|| once.do_(&func(|| go_panic("x"))));
        assert_eq!(message, "x");
        assert!(value == crate::iface::any(GoString::from("x")));
        let ran = Arc::new(AtomicBool::new(false));
        let flag = ran.clone();
        once.do_(&func(move || flag.store(true, Ordering::SeqCst)));
        assert!(!ran.load(Ordering::SeqCst));
        // A nil function panics (nil dereference) and counts as done too.
        let once = Once::new();
        let (message, _) = caught(|| once.do_(&Func::nil()));
        assert_eq!(message, "runtime error: invalid memory address or nil pointer dereference");
        assert!(once.is_done());
    }

    #[test]
    fn concurrent_callers_wait_for_the_first() {
        crate::sched::run_to_completion(async {
            let once = Once::new();
            let runs = Arc::new(AtomicI64::new(0));
            let finished = Arc::new(AtomicBool::new(false));
            let group = WaitGroup::new();
            for _ in 0..32 {
                let (once, runs, finished) = (once.clone(), runs.clone(), finished.clone());
                group.go(async move {
                    let (inner_runs, inner_finished) = (runs.clone(), finished.clone());
                    once.do_(&func(move || {
                        inner_runs.fetch_add(1, Ordering::SeqCst);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        inner_finished.store(true, Ordering::SeqCst);
                    }));
                    // Do returns only after f has finished.
                    assert!(finished.load(Ordering::SeqCst));
                });
            }
            group.wait().await;
            assert_eq!(runs.load(Ordering::SeqCst), 1);
        });
    }

    #[test]
    fn once_func_and_values() {
        // n := 0; f := sync.OnceValue(func() int { n++; return n * 10 })
        // fmt.Println(f(), f(), f(), n) prints "10 10 10 1"
        let n = Arc::new(AtomicI64::new(0));
        let counter = n.clone();
        let f = once_value(&Func::<dyn Fn() -> i64 + Send + Sync>::new(Arc::new(move || {
            (counter.fetch_add(1, Ordering::SeqCst) + 1) * 10
        })));
        assert_eq!((f(), f(), f(), n.load(Ordering::SeqCst)), (10, 10, 10, 1));
        // g := sync.OnceValues(func() (string, error) { n++; return "x", nil })
        // fmt.Println(g()) twice prints "x <nil>"; then n == 2
        let counter = n.clone();
        let g = once_values(&Func::<dyn Fn() -> (GoString, crate::error::Error) + Send + Sync>::new(Arc::new(
            move || {
                counter.fetch_add(1, Ordering::SeqCst);
                (GoString::from("x"), crate::error::Error::nil())
            },
        )));
        for _ in 0..2 {
            let (text, err) = g();
            assert_eq!(text, GoString::from("x"));
            assert!(err.is_nil());
        }
        assert_eq!(n.load(Ordering::SeqCst), 2);
        // OnceFunc: the function runs once.
        let counter = n.clone();
        let h = once_func(&func(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        }));
        h();
        h.clone()();
        assert_eq!(n.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn once_func_panics_every_call() {
        // f := sync.OnceFunc(func() { panic("boom") }): recover() in two
        // calls gives "boom" both times; an unrecovered first call reports
        // "panic: boom2 [recovered, repanicked]".
        let f = once_func(&func(|| go_panic("boom")));
        let (message, value) = caught(|| f());
        assert_eq!(message, "boom [recovered, repanicked]");
        assert!(value == crate::iface::any(GoString::from("boom")));
        let (message, value) = caught(|| f());
        assert_eq!(message, "boom");
        assert!(value == crate::iface::any(GoString::from("boom")));

        // f := sync.OnceFunc(func() { var s []int; _ = s[5] }): the first
        // call reports "panic: runtime error: index out of range [5] with
        // length 0 [recovered, repanicked]"; after recovering it (a
        // runtime.boundsError), the next call reports "panic: runtime
        // error: index out of range [5] with length 0".
        let f = once_func(&func(|| {
            let s: Vec<i64> = Vec::new();
            #[allow(clippy::unnecessary_operation)]
            let _ = s[5];
        }));
        let (message, _) = caught(|| f());
        assert_eq!(
            message,
            "runtime error: index out of range [5] with length 0 [recovered, repanicked]"
        );
        let (message, _) = caught(|| f());
        assert_eq!(message, "runtime error: index out of range [5] with length 0");

        // sync.OnceFunc(nil)(): "panic: runtime error: invalid memory
        // address or nil pointer dereference [recovered, repanicked]"
        let f = once_func(&Func::nil());
        let (message, _) = caught(|| f());
        assert_eq!(
            message,
            "runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]"
        );

        // f := sync.OnceValue(func() int { panic(errors.New("bad")) }): the
        // recovered value is the error (*errors.errorString bad); the next
        // call reports "panic: bad".
        let bad = crate::errors::new("bad");
        let raised = bad.clone();
        let f = once_value(&Func::<dyn Fn() -> i64 + Send + Sync>::new(Arc::new(move || {
            crate::panic::panic_value(raised.clone().convert::<dyn crate::iface::Dynamic>())
        })));
        let (_, value) = caught(|| {
            f();
        });
        assert!(value == bad.clone().convert::<dyn crate::iface::Dynamic>());
        let (message, _) = caught(|| {
            f();
        });
        assert_eq!(message, "bad");
    }
    fn async_func<T: Send + 'static>(
        f: impl Fn() -> BoxFuture<'static, T> + Send + Sync + 'static,
    ) -> Func<dyn Fn() -> BoxFuture<'static, T> + Send + Sync> {
        Func::new(Arc::new(f))
    }

    #[test]
    fn do_async_parks_waiters() {
        // 32 goroutines call o.Do(f) where f waits for a value sent by a
        // goroutine started later: the waiters park instead of holding
        // worker threads, and every Do returns after f has finished.
        crate::sched::run_to_completion(async {
            let once = Once::new();
            let runs = Arc::new(AtomicI64::new(0));
            let finished = Arc::new(AtomicBool::new(false));
            let channel: crate::chan::Chan<i64> = crate::chan::Chan::new(0);
            let group = WaitGroup::new();
            for _ in 0..32 {
                let (once, runs, finished, channel) = (once.clone(), runs.clone(), finished.clone(), channel.clone());
                group.go(async move {
                    let (inner_runs, inner_finished) = (runs.clone(), finished.clone());
                    let f = async_func(move || -> BoxFuture<'static, ()> {
                        let (runs, finished, channel) = (inner_runs.clone(), inner_finished.clone(), channel.clone());
                        Box::pin(async move {
                            runs.fetch_add(1, Ordering::SeqCst);
                            let value = channel.recv().await;
                            assert_eq!(value, 7);
                            finished.store(true, Ordering::SeqCst);
                        })
                    });
                    once.do_async(&f).await;
                    assert!(finished.load(Ordering::SeqCst));
                });
            }
            crate::time::sleep(crate::time::MILLISECOND * crate::time::Duration(10)).await;
            channel.send(7).await;
            group.wait().await;
            assert_eq!(runs.load(Ordering::SeqCst), 1);
            assert!(once.is_done());
        });
    }

    #[test]
    fn async_once_functions() {
        crate::sched::run_to_completion(async {
            // sync.OnceValue: "10 10 10 1" as in the synchronous test.
            let n = Arc::new(AtomicI64::new(0));
            let counter = n.clone();
            let f = once_value_async(&async_func(move || -> BoxFuture<'static, i64> {
                let counter = counter.clone();
                Box::pin(async move { (counter.fetch_add(1, Ordering::SeqCst) + 1) * 10 })
            }));
            let (a, b, c) = (f().await, f().await, f().await);
            assert_eq!((a, b, c, n.load(Ordering::SeqCst)), (10, 10, 10, 1));
            // sync.OnceValues: ("x", nil) twice, f called once.
            let counter = n.clone();
            let g = once_values_async(&async_func(move || -> BoxFuture<'static, (GoString, crate::error::Error)> {
                let counter = counter.clone();
                Box::pin(async move {
                    counter.fetch_add(1, Ordering::SeqCst);
                    (GoString::from("x"), crate::error::Error::nil())
                })
            }));
            for _ in 0..2 {
                let (text, err) = g().await;
                assert_eq!(text, GoString::from("x"));
                assert!(err.is_nil());
            }
            assert_eq!(n.load(Ordering::SeqCst), 2);
            // sync.OnceFunc(func() { panic("boom") }): "boom [recovered,
            // repanicked]" first (unrecovered report), then "boom".
            let h = once_func_async(&async_func(|| -> BoxFuture<'static, ()> { Box::pin(async { go_panic("boom") }) }));
            let payload = crate::panic::catch_async(async { h().await }).await.expect("panics");
            assert_eq!(crate::panic::message_of(&*payload), "boom [recovered, repanicked]");
            let payload = crate::panic::catch_async(async { h().await }).await.expect("panics");
            assert_eq!(crate::panic::message_of(&*payload), "boom");
            // A panicking f counts as done for Do, and the lock is released.
            let once = Once::new();
            let payload = crate::panic::catch_async(async {
                once.do_async(&async_func(|| -> BoxFuture<'static, ()> { Box::pin(async { go_panic("x") }) }))
                    .await
            })
            .await
            .expect("panics");
            assert_eq!(crate::panic::message_of(&*payload), "x");
            assert!(once.is_done());
            once.do_async(&async_func(|| -> BoxFuture<'static, ()> { Box::pin(async { unreachable!() }) }))
                .await;
        });
    }
}
