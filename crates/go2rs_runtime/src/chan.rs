//! Go channels: rendezvous when unbuffered, FIFO buffer otherwise, nil
//! channels that block forever, and Go's panics on misuse.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

// loom's primitives under `cfg(loom)`: see `loom_shim.rs`.
use crate::loom_shim::sched::{self, WaitReason};
use crate::loom_shim::{Arc, Mutex, MutexGuard, lock};
use crate::wait::{Token, Waiter};

/// Tokens are shared with `sync.rs`, which is not built on the loom shim.
type TokenRef = std::sync::Arc<Token>;

/// A Go channel `chan T` (also used for `<-chan T` and `chan<- T`). Cloning
/// shares the channel; the default value is the nil channel.
pub struct Chan<T> {
    inner: Option<Arc<ChanInner<T>>>,
}

struct ChanInner<T> {
    capacity: usize,
    state: Mutex<ChanState<T>>,
}

struct ChanState<T> {
    buffer: VecDeque<T>,
    closed: bool,
    receivers: VecDeque<Arc<Waiter<T>>>,
    senders: VecDeque<Arc<Waiter<T>>>,
}

impl<T> Clone for Chan<T> {
    fn clone(&self) -> Self {
        Chan { inner: self.inner.clone() }
    }
}

impl<T> Default for Chan<T> {
    fn default() -> Self {
        Chan::nil()
    }
}

impl<T> PartialEq for Chan<T> {
    fn eq(&self, other: &Chan<T>) -> bool {
        match (&self.inner, &other.inner) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<T> Eq for Chan<T> {}

impl<T> std::hash::Hash for Chan<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.address().hash(state)
    }
}

/// Channels are ordered by address (Go does not order them; see `Ptr`).
impl<T> PartialOrd for Chan<T> {
    fn partial_cmp(&self, other: &Chan<T>) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for Chan<T> {
    fn cmp(&self, other: &Chan<T>) -> std::cmp::Ordering {
        self.address().cmp(&other.address())
    }
}

impl<T> std::fmt::Debug for Chan<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Chan({:#x})", self.address())
    }
}

impl<T> ChanInner<T> {
    fn lock(&self) -> MutexGuard<'_, ChanState<T>> {
        lock(&self.state)
    }
}

/// What a non-blocking attempt found.
enum Attempt<T> {
    Done(T),
    WouldBlock,
}

/// A completed receive: the value (`None` once closed and drained) and the
/// parked sender it came from, to be woken after the unlock.
type Received<T> = (Option<T>, Option<Arc<Waiter<T>>>);

impl<T> ChanState<T> {
    /// Hands `value` to a waiting receiver, if there is one whose token can
    /// still be claimed. Gives the value back otherwise.
    fn send_to_waiting_receiver(&mut self, value: T) -> Result<Arc<Waiter<T>>, T> {
        while let Some(receiver) = self.receivers.pop_front() {
            if receiver.token.try_select(receiver.case) {
                receiver.put(value);
                return Ok(receiver);
            }
        }
        Err(value)
    }

    /// Takes a value from a waiting sender (unbuffered) or from the buffer
    /// head, refilling the buffer from a waiting sender (buffered).
    fn receive_now(&mut self, capacity: usize) -> Attempt<Received<T>> {
        while let Some(sender) = self.senders.pop_front() {
            if sender.token.try_select(sender.case) {
                let sent = sender.take().expect("a parked sender holds its value");
                let value = if capacity == 0 {
                    sent
                } else {
                    let head = self.buffer.pop_front().expect("senders wait only on a full buffer");
                    self.buffer.push_back(sent);
                    head
                };
                return Attempt::Done((Some(value), Some(sender)));
            }
        }
        if let Some(value) = self.buffer.pop_front() {
            return Attempt::Done((Some(value), None));
        }
        if self.closed {
            return Attempt::Done((None, None));
        }
        Attempt::WouldBlock
    }

    /// Whether a receive could complete now, ignoring waiters of `own`.
    fn can_receive(&mut self, own: &TokenRef) -> bool {
        drop_stale(&mut self.senders);
        !self.buffer.is_empty()
            || self.closed
            || self
                .senders
                .iter()
                .any(|sender| !std::ptr::eq::<Token>(&*sender.token, &**own) && sender.token.is_waiting())
    }

    /// Whether a send could complete (or would panic) now, ignoring waiters
    /// of `own`.
    fn can_send(&mut self, capacity: usize, own: &TokenRef) -> bool {
        drop_stale(&mut self.receivers);
        self.closed
            || self.buffer.len() < capacity
            || self
                .receivers
                .iter()
                .any(|receiver| !std::ptr::eq::<Token>(&*receiver.token, &**own) && receiver.token.is_waiting())
    }
}

fn drop_stale<T>(queue: &mut VecDeque<Arc<Waiter<T>>>) {
    while queue.front().is_some_and(|waiter| !waiter.token.is_waiting()) {
        queue.pop_front();
    }
}

/// Removes `waiter` (queued at most once) from `queue`, if still there.
fn remove_waiter<T>(queue: &mut VecDeque<Arc<Waiter<T>>>, waiter: &Arc<Waiter<T>>) {
    if let Some(position) = queue.iter().position(|queued| Arc::ptr_eq(queued, waiter)) {
        queue.remove(position);
    }
}

impl<T> Chan<T> {
    /// `make(chan T, capacity)`.
    pub fn new(capacity: i64) -> Self {
        if capacity < 0 {
            crate::panic::plain_error("makechan: size out of range");
        }
        Chan {
            inner: Some(Arc::new(ChanInner {
                capacity: capacity as usize,
                state: Mutex::new(ChanState {
                    buffer: VecDeque::with_capacity(capacity.min(1024) as usize),
                    closed: false,
                    receivers: VecDeque::new(),
                    senders: VecDeque::new(),
                }),
            })),
        }
    }

    /// The nil channel: sends and receives block forever.
    pub const fn nil() -> Self {
        Chan { inner: None }
    }

    pub fn is_nil(&self) -> bool {
        self.inner.is_none()
    }

    /// `len(ch)`: values in the buffer.
    pub fn len(&self) -> i64 {
        match &self.inner {
            None => 0,
            Some(inner) => inner.lock().buffer.len() as i64,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `cap(ch)`.
    pub fn cap(&self) -> i64 {
        self.inner.as_ref().map_or(0, |inner| inner.capacity as i64)
    }

    /// The channel's address, for `%v` and `%p`.
    pub fn address(&self) -> usize {
        self.inner.as_ref().map_or(0, |inner| Arc::as_ptr(inner) as *const u8 as usize)
    }

    /// `close(ch)`: wakes every receiver (zero value, `ok == false`) and
    /// makes every blocked sender panic.
    pub fn close(&self) {
        let Some(inner) = &self.inner else {
            crate::panic::plain_error("close of nil channel");
        };
        let mut state = inner.lock();
        if state.closed {
            drop(state);
            crate::panic::plain_error("close of closed channel");
        }
        state.closed = true;
        let receivers = std::mem::take(&mut state.receivers);
        let senders = std::mem::take(&mut state.senders);
        drop(state);
        for waiter in receivers.into_iter().chain(senders) {
            if waiter.token.try_select(waiter.case) {
                waiter.token.deliver(true);
            }
        }
    }

    /// `ch <- value`.
    pub fn send(&self, value: T) -> SendFuture<'_, T> {
        SendFuture {
            chan: self,
            value: Some(value),
            waiter: None,
            forever: None,
        }
    }

    /// `<-ch`: the value, or the zero value once the channel is closed and
    /// drained.
    pub fn recv(&self) -> RecvFuture<'_, T> {
        RecvFuture {
            chan: self,
            waiter: None,
            forever: None,
        }
    }

    /// `v, ok := <-ch`.
    pub fn recv_ok(&self) -> RecvOkFuture<'_, T> {
        RecvOkFuture { inner: self.recv() }
    }

    /// One step of `for v := range ch`: `None` once closed and drained.
    pub fn next(&self) -> NextFuture<'_, T> {
        NextFuture { inner: self.recv() }
    }

    /// A non-blocking send (a `select` with this one case and `default`):
    /// gives the value back when it would block. Panics on a closed channel.
    pub fn try_send(&self, value: T) -> Result<(), T> {
        let Some(inner) = &self.inner else {
            return Err(value);
        };
        let mut state = inner.lock();
        if state.closed {
            drop(state);
            crate::panic::plain_error("send on closed channel");
        }
        match state.send_to_waiting_receiver(value) {
            Ok(receiver) => {
                drop(state);
                receiver.token.deliver(false);
                Ok(())
            }
            Err(value) => {
                if state.buffer.len() < inner.capacity {
                    state.buffer.push_back(value);
                    Ok(())
                } else {
                    Err(value)
                }
            }
        }
    }
}

impl<T: Default> Chan<T> {
    /// A non-blocking receive: `Some((value, ok))`, or `None` when it would
    /// block.
    pub fn try_recv(&self) -> Option<(T, bool)> {
        let inner = self.inner.as_ref()?;
        let mut state = inner.lock();
        match state.receive_now(inner.capacity) {
            Attempt::WouldBlock => None,
            Attempt::Done((value, sender)) => {
                drop(state);
                if let Some(sender) = sender {
                    sender.token.deliver(false);
                }
                Some(match value {
                    Some(value) => (value, true),
                    None => (T::default(), false),
                })
            }
        }
    }
}

/// The future of [`Chan::send`].
pub struct SendFuture<'a, T> {
    chan: &'a Chan<T>,
    value: Option<T>,
    waiter: Option<Arc<Waiter<T>>>,
    forever: Option<sched::ParkForever>,
}

impl<T> Unpin for SendFuture<'_, T> {}

impl<T> Future for SendFuture<'_, T> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if let Some(waiter) = &this.waiter {
            return match waiter.token.outcome() {
                Some((_, closed)) => {
                    this.waiter = None;
                    if closed {
                        crate::panic::plain_error("send on closed channel");
                    }
                    Poll::Ready(())
                }
                None => {
                    waiter.token.refresh_waker(cx);
                    Poll::Pending
                }
            };
        }
        if let Some(forever) = &mut this.forever {
            return Pin::new(forever).poll(cx);
        }
        if sched::poll_budget(cx).is_pending() {
            return Poll::Pending;
        }
        let Some(inner) = &this.chan.inner else {
            let mut forever = sched::park_forever(WaitReason::ChanSendNilChan);
            let _ = Pin::new(&mut forever).poll(cx);
            this.forever = Some(forever);
            return Poll::Pending;
        };
        let mut state = inner.lock();
        if state.closed {
            drop(state);
            crate::panic::plain_error("send on closed channel");
        }
        let value = this.value.take().expect("send polled after completion");
        let value = match state.send_to_waiting_receiver(value) {
            Ok(receiver) => {
                drop(state);
                receiver.token.deliver(false);
                return Poll::Ready(());
            }
            Err(value) => value,
        };
        if state.buffer.len() < inner.capacity {
            state.buffer.push_back(value);
            return Poll::Ready(());
        }
        let waiter = Waiter::single(cx, Some(value));
        state.senders.push_back(waiter.clone());
        drop(state);
        let parked = waiter.token.try_park(WaitReason::ChanSend);
        this.waiter = Some(waiter);
        if !parked {
            // Taken between the unlock and now: finish on this poll if the
            // hand-over is complete, else wait for its wake-up.
            return Pin::new(this).poll(cx);
        }
        Poll::Pending
    }
}

impl<T> Drop for SendFuture<'_, T> {
    fn drop(&mut self) {
        if let (Some(waiter), Some(inner)) = (&self.waiter, &self.chan.inner)
            && waiter.token.try_abort()
        {
            remove_waiter(&mut inner.lock().senders, waiter);
        }
    }
}

/// The future of [`Chan::recv`]: the value and whether it was sent (`ok`).
pub struct RecvFuture<'a, T> {
    chan: &'a Chan<T>,
    waiter: Option<Arc<Waiter<T>>>,
    forever: Option<sched::ParkForever>,
}

impl<T> Unpin for RecvFuture<'_, T> {}

impl<T: Default> RecvFuture<'_, T> {
    fn poll_ok(&mut self, cx: &mut Context<'_>) -> Poll<(T, bool)> {
        if let Some(waiter) = &self.waiter {
            return match waiter.token.outcome() {
                Some((_, closed)) => {
                    let value = if closed { None } else { waiter.take() };
                    self.waiter = None;
                    Poll::Ready(match value {
                        Some(value) => (value, true),
                        None => (T::default(), false),
                    })
                }
                None => {
                    waiter.token.refresh_waker(cx);
                    Poll::Pending
                }
            };
        }
        if let Some(forever) = &mut self.forever {
            return Pin::new(forever).poll(cx).map(|()| (T::default(), false));
        }
        if sched::poll_budget(cx).is_pending() {
            return Poll::Pending;
        }
        let Some(inner) = &self.chan.inner else {
            let mut forever = sched::park_forever(WaitReason::ChanReceiveNilChan);
            let _ = Pin::new(&mut forever).poll(cx);
            self.forever = Some(forever);
            return Poll::Pending;
        };
        let mut state = inner.lock();
        if let Attempt::Done((value, sender)) = state.receive_now(inner.capacity) {
            drop(state);
            if let Some(sender) = sender {
                sender.token.deliver(false);
            }
            return Poll::Ready(match value {
                Some(value) => (value, true),
                None => (T::default(), false),
            });
        }
        let waiter = Waiter::single(cx, None);
        state.receivers.push_back(waiter.clone());
        drop(state);
        let parked = waiter.token.try_park(WaitReason::ChanReceive);
        self.waiter = Some(waiter);
        if !parked {
            return self.poll_ok(cx);
        }
        Poll::Pending
    }
}

impl<T: Default> Future for RecvFuture<'_, T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.poll_ok(cx).map(|(value, _)| value)
    }
}

impl<T> Drop for RecvFuture<'_, T> {
    fn drop(&mut self) {
        if let (Some(waiter), Some(inner)) = (&self.waiter, &self.chan.inner)
            && waiter.token.try_abort()
        {
            remove_waiter(&mut inner.lock().receivers, waiter);
        }
    }
}

/// The future of [`Chan::recv_ok`].
pub struct RecvOkFuture<'a, T> {
    inner: RecvFuture<'a, T>,
}

impl<T: Default> Future for RecvOkFuture<'_, T> {
    type Output = (T, bool);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<(T, bool)> {
        self.inner.poll_ok(cx)
    }
}

/// The future of [`Chan::next`].
pub struct NextFuture<'a, T> {
    inner: RecvFuture<'a, T>,
}

impl<T: Default> Future for NextFuture<'_, T> {
    type Output = Option<T>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        self.inner.poll_ok(cx).map(|(value, ok)| if ok { Some(value) } else { None })
    }
}

/// A receive case of a `select`: `case v, ok := <-ch`.
pub struct RecvCase<T> {
    chan: Chan<T>,
    waiter: Option<Arc<Waiter<T>>>,
    received: Option<(T, bool)>,
}

/// A send case of a `select`: `case ch <- v` (the value is evaluated when the
/// `select` starts, as in Go).
pub struct SendCase<T> {
    chan: Chan<T>,
    value: Option<T>,
    waiter: Option<Arc<Waiter<T>>>,
}

impl<T> Chan<T> {
    /// A receive case for [`crate::select::select`].
    pub fn recv_case(&self) -> RecvCase<T> {
        RecvCase {
            chan: self.clone(),
            waiter: None,
            received: None,
        }
    }

    /// A send case for [`crate::select::select`].
    pub fn send_case(&self, value: T) -> SendCase<T> {
        SendCase {
            chan: self.clone(),
            value: Some(value),
            waiter: None,
        }
    }
}

impl<T: Default> RecvCase<T> {
    /// The received value (the zero value if the channel was closed).
    pub fn value(&mut self) -> T {
        self.value_ok().0
    }

    /// The received value and `ok`.
    pub fn value_ok(&mut self) -> (T, bool) {
        self.received.take().unwrap_or_default()
    }
}

/// One case of a `select`, as the select algorithm drives it.
pub trait SelectCase: Send {
    #[doc(hidden)]
    fn is_nil(&self) -> bool;
    /// Completes at once if the operation can proceed without blocking.
    #[doc(hidden)]
    fn try_complete(&mut self) -> bool;
    /// Enqueues a waiter for `token` as case `index`; returns true without
    /// enqueuing when the case has become ready.
    #[doc(hidden)]
    fn register(&mut self, token: &TokenRef, index: u32) -> bool;
    /// Removes the waiter `register` enqueued.
    #[doc(hidden)]
    fn unregister(&mut self);
    /// Finishes after this case was selected.
    #[doc(hidden)]
    fn complete(&mut self, closed: bool);
}

impl<T: Default + Send> SelectCase for RecvCase<T> {
    fn is_nil(&self) -> bool {
        self.chan.is_nil()
    }

    fn try_complete(&mut self) -> bool {
        let Some(inner) = &self.chan.inner else {
            return false;
        };
        let mut state = inner.lock();
        match state.receive_now(inner.capacity) {
            Attempt::WouldBlock => false,
            Attempt::Done((value, sender)) => {
                drop(state);
                if let Some(sender) = sender {
                    sender.token.deliver(false);
                }
                self.received = Some(match value {
                    Some(value) => (value, true),
                    None => (T::default(), false),
                });
                true
            }
        }
    }

    fn register(&mut self, token: &TokenRef, index: u32) -> bool {
        let Some(inner) = &self.chan.inner else {
            return false;
        };
        let mut state = inner.lock();
        if state.can_receive(token) {
            return true;
        }
        let waiter = Waiter::new(token.clone(), index, None);
        state.receivers.push_back(waiter.clone());
        self.waiter = Some(waiter);
        false
    }

    fn unregister(&mut self) {
        if let (Some(waiter), Some(inner)) = (self.waiter.take(), &self.chan.inner) {
            remove_waiter(&mut inner.lock().receivers, &waiter);
        }
    }

    fn complete(&mut self, closed: bool) {
        let waiter = self.waiter.take();
        let value = if closed { None } else { waiter.and_then(|waiter| waiter.take()) };
        self.received = Some(match value {
            Some(value) => (value, true),
            None => (T::default(), false),
        });
    }
}

impl<T: Send> SelectCase for SendCase<T> {
    fn is_nil(&self) -> bool {
        self.chan.is_nil()
    }

    fn try_complete(&mut self) -> bool {
        let Some(inner) = &self.chan.inner else {
            return false;
        };
        let mut state = inner.lock();
        if state.closed {
            drop(state);
            crate::panic::plain_error("send on closed channel");
        }
        let value = self.value.take().expect("send case value present");
        match state.send_to_waiting_receiver(value) {
            Ok(receiver) => {
                drop(state);
                receiver.token.deliver(false);
                true
            }
            Err(value) => {
                if state.buffer.len() < inner.capacity {
                    state.buffer.push_back(value);
                    true
                } else {
                    self.value = Some(value);
                    false
                }
            }
        }
    }

    fn register(&mut self, token: &TokenRef, index: u32) -> bool {
        let Some(inner) = &self.chan.inner else {
            return false;
        };
        let mut state = inner.lock();
        if state.can_send(inner.capacity, token) {
            return true;
        }
        let waiter = Waiter::new(token.clone(), index, self.value.take());
        state.senders.push_back(waiter.clone());
        self.waiter = Some(waiter);
        false
    }

    fn unregister(&mut self) {
        if let (Some(waiter), Some(inner)) = (self.waiter.take(), &self.chan.inner) {
            remove_waiter(&mut inner.lock().senders, &waiter);
            if let Some(value) = waiter.take() {
                self.value = Some(value);
            }
        }
    }

    fn complete(&mut self, closed: bool) {
        self.waiter = None;
        if closed {
            crate::panic::plain_error("send on closed channel");
        }
    }
}
