//! Go's `sync` package: WaitGroup, Mutex and RWMutex with Go's rules.
//!
//! These are handles: cloning one shares the same wait group or lock, which
//! is what Go code gets by passing `&wg` or by keeping the mutex in a struct
//! reached through a pointer. Unlike Rust's mutexes, a Go mutex does not own
//! the data it guards and is unlocked explicitly, possibly by another
//! goroutine.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex as StdMutex};
use std::task::{Context, Poll};

use crate::panic::{fatal, go_panic};
use crate::sched::{self, WaitReason};
use crate::slice::lock;
use crate::wait::Token;

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

/// Go's `sync.Mutex`: `Lock` and `Unlock` are separate calls, and a waiter
/// that is woken owns the lock (hand-off).
#[derive(Clone, Default)]
pub struct Mutex {
    state: Arc<StdMutex<MutexState>>,
}

#[derive(Default)]
struct MutexState {
    locked: bool,
    waiters: VecDeque<Arc<Token>>,
}

impl Mutex {
    pub fn new() -> Mutex {
        Mutex::default()
    }

    /// `mu.Lock()`.
    pub fn lock(&self) -> MutexLock<'_> {
        MutexLock {
            mutex: self,
            parked: Parked { token: None },
            started: false,
        }
    }

    /// `mu.TryLock()`.
    pub fn try_lock(&self) -> bool {
        let mut state = lock(&self.state);
        if state.locked {
            false
        } else {
            state.locked = true;
            true
        }
    }

    /// `mu.Unlock()`: unlocking an unlocked mutex is a fatal error.
    pub fn unlock(&self) {
        let mut state = lock(&self.state);
        if !state.locked {
            drop(state);
            fatal("sync: unlock of unlocked mutex");
        }
        match wake_one(&mut state.waiters) {
            Some(token) => {
                drop(state);
                token.deliver(false);
            }
            None => state.locked = false,
        }
    }
}

/// The future of [`Mutex::lock`].
pub struct MutexLock<'a> {
    mutex: &'a Mutex,
    parked: Parked,
    started: bool,
}

impl Future for MutexLock<'_> {
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
        if !state.locked {
            state.locked = true;
            return Poll::Ready(());
        }
        let token = Token::new(cx);
        state.waiters.push_back(token.clone());
        drop(state);
        this.parked.token = Some(token.clone());
        if token.try_park(WaitReason::MutexLock) {
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
        while self
            .waiting_writers
            .front()
            .is_some_and(|token| !token.is_waiting())
        {
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

identity_eq!(WaitGroup, Mutex, RWMutex);
