//! A spin lock for what the runtime locks for a few instructions at a time:
//! Go variables that goroutines share ([`crate::Ptr`]) and the backing
//! arrays of slices ([`crate::Slice`]).
//!
//! An access is usually a handful of instructions (`*p += 1`, `s[i] = v`),
//! so the lock is one compare-and-swap and one store. `std::sync::Mutex`
//! paid two atomic read-modify-writes and poison checks per access, a third
//! of the time of a loop that increments a shared counter under a
//! `sync.Mutex` (bench/mutex_uncontended), and put a worker to sleep when
//! goroutines on two workers wrote elements of one slice (bench/spawn). A
//! contended lock spins briefly, then yields the thread until the holder
//! (perhaps descheduled) lets go. Like `Mutex`, it is not reentrant: the
//! runtime never takes it again while holding it.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};

pub(crate) struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: the value is reached only through a `SpinGuard`, which exists only
// while `locked` is held, so one thread at a time has access to it; handing
// it to another thread that way is a move, which `T: Send` allows (the
// bounds of `Mutex<T>: Sync`).
unsafe impl<T: Send> Sync for SpinLock<T> {}

// As `Mutex` is: a Go panic may leave a half-updated value behind, and Go
// programs that recover see it as it is (the runtime ignored `Mutex`
// poisoning too).
impl<T> std::panic::UnwindSafe for SpinLock<T> {}
impl<T> std::panic::RefUnwindSafe for SpinLock<T> {}

impl<T> SpinLock<T> {
    pub(crate) const fn new(value: T) -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    /// Locks; the guard unlocks when dropped (also while unwinding from a
    /// Go panic, so nothing stays locked for the goroutines that recover).
    #[inline]
    pub(crate) fn lock(&self) -> SpinGuard<'_, T> {
        if self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_contended();
        }
        SpinGuard {
            lock: self,
            _not_send: PhantomData,
        }
    }

    #[cold]
    fn lock_contended(&self) {
        let mut spins = 0u32;
        loop {
            if !self.locked.load(Ordering::Relaxed)
                && self
                    .locked
                    .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return;
            }
            if spins < 64 {
                spins += 1;
                std::hint::spin_loop();
            } else {
                // The holder may have been descheduled: let it run.
                std::thread::yield_now();
            }
        }
    }

    /// The value's address (stable: the lock never moves while shared).
    pub(crate) fn address(&self) -> usize {
        self.value.get() as usize
    }
}

/// Access to a [`SpinLock`]'s value while it is held. Not `Send`, like
/// `std::sync::MutexGuard`.
pub(crate) struct SpinGuard<'a, T> {
    lock: &'a SpinLock<T>,
    _not_send: PhantomData<*const ()>,
}

impl<T> Deref for SpinGuard<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the guard holds the lock, so nobody else has access.
        unsafe { &*self.lock.value.get() }
    }
}

impl<T> DerefMut for SpinGuard<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the guard holds the lock, so nobody else has access, and
        // `&mut self` makes this the only reference through the guard.
        unsafe { &mut *self.lock.value.get() }
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.lock.locked.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn one_thread_at_a_time() {
        let counter = Arc::new(SpinLock::new(0_u64));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let counter = counter.clone();
                std::thread::spawn(move || {
                    for _ in 0..100_000 {
                        *counter.lock() += 1;
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        assert_eq!(*counter.lock(), 400_000);
    }

    #[test]
    fn unwinding_unlocks() {
        let lock = SpinLock::new(vec![1]);
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut guard = lock.lock();
            guard.push(2);
            panic!("inside");
        }));
        assert!(caught.is_err());
        lock.lock().push(3);
        assert_eq!(*lock.lock(), vec![1, 2, 3]);
    }
}
