//! Go's `runtime` package: `Gosched`, `NumGoroutine`, `GOMAXPROCS` and
//! `NumCPU`.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::task::{Context, Poll};

/// `runtime.Gosched()`: lets the other goroutines run; this one stays
/// runnable and continues afterwards.
pub fn gosched() -> Gosched {
    Gosched { yielded: false }
}

/// The future [`gosched`] returns.
pub struct Gosched {
    yielded: bool,
}

impl Future for Gosched {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        // Woken during its own poll, a tokio task goes to the back of its
        // worker's queue (not the LIFO slot), behind the others.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// `runtime.NumGoroutine()`: the goroutines that exist, `main` included.
pub fn num_goroutine() -> i64 {
    crate::sched::goroutine_count() as i64
}

/// The setting `GOMAXPROCS` last stored (0: not set, the worker count).
static MAX_PROCS: AtomicI64 = AtomicI64::new(0);

/// `runtime.GOMAXPROCS(n)`: the previous setting; `n >= 1` changes the
/// setting, which the runtime reports but does not apply (its worker
/// threads are started with the process).
pub fn gomaxprocs(n: i64) -> i64 {
    let current = match MAX_PROCS.load(Ordering::Relaxed) {
        0 => crate::sched::gomaxprocs() as i64,
        set => set,
    };
    if n >= 1 {
        MAX_PROCS.store(n, Ordering::Relaxed);
    }
    current
}

/// `runtime.NumCPU()`: the logical CPUs this process may use.
pub fn num_cpu() -> i64 {
    std::thread::available_parallelism().map_or(1, |count| count.get() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gomaxprocs_reads_and_sets() {
        let initial = gomaxprocs(0);
        assert!(initial >= 1);
        assert_eq!(gomaxprocs(3), initial);
        assert_eq!(gomaxprocs(0), 3);
        assert!(num_cpu() >= 1);
    }
}
