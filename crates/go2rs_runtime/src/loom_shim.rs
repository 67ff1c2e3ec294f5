//! The synchronisation primitives of the channel core (`chan.rs`,
//! `select.rs`, `wait.rs`): the runtime's spin lock (`spin.rs`, as `Mutex`)
//! and `std::sync`'s atomics and `Arc` normally, `loom`'s models when the
//! crate is built with `RUSTFLAGS="--cfg loom"`, so that `tests/loom_chan.rs`
//! explores the interleavings of the real channel and select code. The
//! models check the protocol built on the locks, not the spin lock itself
//! (its unit tests are in `spin.rs`).
//!
//! Under loom:
//! - the channel state, the waiter slots, the token word and the token's
//!   waker cell are loom's `Mutex` / `AtomicU64`, and channels and waiters live
//!   in loom's `Arc` (so a leaked waiter is reported too);
//! - the `Arc<Token>` itself stays `std::sync::Arc`, because `sync.rs` shares
//!   tokens with the channel core and is not built on the shim; the token's
//!   state and waker, which carry the protocol, are loom's;
//! - the scheduler's bookkeeping becomes inert ([`sched`] below): the
//!   deadlock detector's parked-goroutine count, the preemption budget and the
//!   random choice of `select` are not part of the channel protocol, and the
//!   first two are global / thread-local state that loom cannot see.

#[cfg(not(loom))]
pub(crate) use crate::spin::{SpinGuard as MutexGuard, SpinLock as Mutex};
#[cfg(not(loom))]
pub(crate) use std::sync::Arc;
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicU64, Ordering};

#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicU64, Ordering};
#[cfg(loom)]
pub(crate) use loom::sync::{Arc, Mutex, MutexGuard};

/// Locks, ignoring poisoning (a Go panic unwinding through a lock holder
/// must not wedge the channel for the goroutines that recover).
#[cfg(loom)]
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Locks (the spin lock of `spin.rs`: the channel core's locks are held for
/// a few dozen instructions).
#[cfg(not(loom))]
#[inline]
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock()
}

#[cfg(not(loom))]
pub(crate) use crate::sched;

/// The scheduler hooks the channel core calls, made inert under loom.
#[cfg(loom)]
pub(crate) mod sched {
    use std::task::{Context, Poll};

    pub(crate) use crate::sched::{ParkForever, WaitReason, park_forever};

    /// Deadlock accounting: a no-op under loom (loom itself reports a model
    /// in which every thread is blocked).
    pub(crate) fn parked(_reason: WaitReason) {}

    /// Deadlock accounting: a no-op under loom.
    pub(crate) fn unparked() {}

    /// Preemption budget: never yields under loom (loom does the
    /// preempting), which keeps the explored state space small.
    pub(crate) fn poll_budget(_cx: &mut Context<'_>) -> Poll<()> {
        Poll::Ready(())
    }

    /// `select`'s random choice: deterministic under loom, which requires
    /// every execution of a model to be reproducible. Always 0, so the
    /// Fisher-Yates shuffle in `select.rs` tries the cases last to first; the
    /// models cover both orders by listing the cases both ways.
    pub(crate) fn random_below(_bound: usize) -> usize {
        0
    }

    // The real one has no other caller: keep it "used" under loom.
    const _: fn(usize) -> usize = crate::sched::random_below;
}
