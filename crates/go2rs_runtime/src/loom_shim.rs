//! The synchronisation primitives of the channel core (`chan.rs`,
//! `select.rs`, `wait.rs`): `std::sync` normally, `loom`'s models when the
//! crate is built with `RUSTFLAGS="--cfg loom"`, so that `tests/loom_chan.rs`
//! explores the interleavings of the real channel and select code.
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
pub(crate) use std::sync::atomic::{AtomicU64, Ordering};
#[cfg(not(loom))]
pub(crate) use std::sync::{Arc, Mutex, MutexGuard};

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

/// Locks, ignoring poisoning (a Go panic unwinding through a lock holder
/// must not wedge the channel for the goroutines that recover).
///
/// The channel locks are held for a few dozen instructions, so a contended
/// one is retried with a short, growing spin before the thread sleeps on
/// it, as Go's runtime lock does: a worker that sleeps on the lock costs a
/// futex wait, and its unlocker a futex wake.
#[cfg(not(loom))]
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    use std::sync::TryLockError;
    let mut spins = 4;
    loop {
        match mutex.try_lock() {
            Ok(guard) => return guard,
            Err(TryLockError::Poisoned(poisoned)) => return poisoned.into_inner(),
            Err(TryLockError::WouldBlock) if spins <= SPIN_LIMIT => {
                for _ in 0..spins {
                    std::hint::spin_loop();
                }
                spins *= 2;
            }
            Err(TryLockError::WouldBlock) => return mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
        }
    }
}

/// The longest spin between two attempts. The spins double from 4, so a
/// contended lock is retried 7 times over about 500 pauses (10 µs on the
/// project's machine) before the thread sleeps. bench/workerpool (8
/// goroutines on two channels, 2 workers): 0.41 s with std's own spin only,
/// 0.26 s with this.
#[cfg(not(loom))]
const SPIN_LIMIT: u32 = 256;

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
