//! Wait tokens: how a parked goroutine is chosen and woken exactly once.
//!
//! A goroutine that must wait creates one [`Token`] and enqueues a waiter
//! holding it on every channel (or mutex, or wait group) it waits on; a
//! `select` enqueues one per case. Whoever can complete one of those
//! operations claims the token with a compare-and-swap, so exactly one case
//! wins even when several goroutines race; the losers skip the stale waiter.
//! This is the `sudog` / `selectDone` scheme of Go's runtime.

use std::sync::Arc;
use std::task::{Context, Waker};

// loom's primitives under `cfg(loom)`: see `loom_shim.rs`. Tokens stay in a
// `std::sync::Arc` (shared with `sync.rs`); waiters use the shim's `Arc`.
use crate::loom_shim::{self as shim, AtomicU64, Mutex, Ordering, lock, sched};

/// Counted as parked by the deadlock detector.
const COUNTED: u64 = 1 << 0;
/// Withdrawn by its owner: nobody may select it any more.
const ABORTED: u64 = 1 << 1;
/// The selecting side has finished handing over (value written, or closed).
const DELIVERED: u64 = 1 << 2;
/// The operation ended because the channel was closed.
const CLOSED: u64 = 1 << 3;
/// Bits 32.. hold the selected case plus one (0: not selected yet).
const CASE_SHIFT: u32 = 32;

#[doc(hidden)]
pub struct Token {
    state: AtomicU64,
    waker: Mutex<Option<Waker>>,
}

impl Token {
    pub(crate) fn new(cx: &Context<'_>) -> Arc<Token> {
        Arc::new(Token::unshared(cx))
    }

    /// A token for a single waiter, stored inline in it (one allocation per
    /// park instead of two).
    fn unshared(cx: &Context<'_>) -> Token {
        Token {
            state: AtomicU64::new(0),
            waker: Mutex::new(Some(cx.waker().clone())),
        }
    }

    /// Claims the token for `case`. False when it was already claimed or
    /// withdrawn: the waiter is stale and must be skipped.
    pub(crate) fn try_select(&self, case: u32) -> bool {
        let mut current = self.state.load(Ordering::Acquire);
        loop {
            if current & ABORTED != 0 || current >> CASE_SHIFT != 0 {
                return false;
            }
            let selected = current | ((case as u64 + 1) << CASE_SHIFT);
            match self
                .state
                .compare_exchange_weak(current, selected, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => {
                    if current & COUNTED != 0 {
                        sched::unparked();
                    }
                    return true;
                }
                Err(actual) => current = actual,
            }
        }
    }

    /// True while nobody has claimed or withdrawn the token.
    pub(crate) fn is_waiting(&self) -> bool {
        let current = self.state.load(Ordering::Acquire);
        current & ABORTED == 0 && current >> CASE_SHIFT == 0
    }

    /// After a successful [`Token::try_select`]: the hand-over is complete;
    /// wakes the owner.
    pub(crate) fn deliver(&self, closed: bool) {
        let flags = if closed { DELIVERED | CLOSED } else { DELIVERED };
        self.state.fetch_or(flags, Ordering::AcqRel);
        let waker = lock(&self.waker).take();
        if let Some(waker) = waker {
            waker.wake();
        }
    }

    /// The owner is about to park: counts it for the deadlock detector.
    /// False when it was selected in the meantime (it must not park then).
    pub(crate) fn try_park(&self, reason: sched::WaitReason) -> bool {
        let mut current = self.state.load(Ordering::Acquire);
        loop {
            if current & ABORTED != 0 || current >> CASE_SHIFT != 0 {
                return false;
            }
            match self
                .state
                .compare_exchange_weak(current, current | COUNTED, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => {
                    sched::parked(reason);
                    return true;
                }
                Err(actual) => current = actual,
            }
        }
    }

    /// The owner withdraws. False when somebody selected it first, in which
    /// case the owner must complete that selection.
    pub(crate) fn try_abort(&self) -> bool {
        let mut current = self.state.load(Ordering::Acquire);
        loop {
            if current & ABORTED != 0 {
                return true;
            }
            if current >> CASE_SHIFT != 0 {
                return false;
            }
            match self
                .state
                .compare_exchange_weak(current, current | ABORTED, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => {
                    if current & COUNTED != 0 {
                        sched::unparked();
                    }
                    return true;
                }
                Err(actual) => current = actual,
            }
        }
    }

    /// `Some((case, closed))` once the selecting side has delivered.
    pub(crate) fn outcome(&self) -> Option<(u32, bool)> {
        let current = self.state.load(Ordering::Acquire);
        if current & DELIVERED == 0 {
            return None;
        }
        let case = (current >> CASE_SHIFT) as u32 - 1;
        Some((case, current & CLOSED != 0))
    }

    /// Keeps the waker current when the task is polled again while waiting.
    pub(crate) fn refresh_waker(&self, cx: &Context<'_>) {
        let mut waker = lock(&self.waker);
        match waker.as_ref() {
            Some(existing) if existing.will_wake(cx.waker()) => {}
            _ => {
                // Delivered in the meantime: the wake-up already happened or
                // is about to; re-arming is harmless either way.
                *waker = Some(cx.waker().clone());
            }
        }
        drop(waker);
        // A delivery that raced with the refresh took the old waker and woke
        // it; the task will be polled again and see the outcome.
    }
}

/// A waiter's token: its own (a plain send or receive, the only waiter of
/// its token) or one shared by the cases of a `select`.
#[doc(hidden)]
pub enum WaiterToken {
    Own(Token),
    Shared(Arc<Token>),
}

impl std::ops::Deref for WaiterToken {
    type Target = Token;

    #[inline]
    fn deref(&self) -> &Token {
        match self {
            WaiterToken::Own(token) => token,
            WaiterToken::Shared(token) => token,
        }
    }
}

/// One goroutine waiting in one queue: its token, which case of a select it
/// is, and the value slot (the value to send, or where a sender puts one).
#[doc(hidden)]
pub struct Waiter<T> {
    pub(crate) token: WaiterToken,
    pub(crate) case: u32,
    pub(crate) slot: Mutex<Option<T>>,
}

impl<T> Waiter<T> {
    /// A waiter of a `select` case, sharing `token` with the other cases.
    pub(crate) fn new(token: Arc<Token>, case: u32, value: Option<T>) -> shim::Arc<Waiter<T>> {
        shim::Arc::new(Waiter {
            token: WaiterToken::Shared(token),
            case,
            slot: Mutex::new(value),
        })
    }

    /// The waiter of a plain send or receive (case 0), with its own token.
    pub(crate) fn single(cx: &Context<'_>, value: Option<T>) -> shim::Arc<Waiter<T>> {
        shim::Arc::new(Waiter {
            token: WaiterToken::Own(Token::unshared(cx)),
            case: 0,
            slot: Mutex::new(value),
        })
    }

    pub(crate) fn put(&self, value: T) {
        *lock(&self.slot) = Some(value);
    }

    pub(crate) fn take(&self) -> Option<T> {
        lock(&self.slot).take()
    }
}
