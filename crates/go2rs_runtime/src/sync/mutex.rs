//! Go's `sync.Mutex`, with the algorithm of Go's own (`sync/mutex.go`).
//!
//! One atomic word holds the lock's state, so `Lock` and `Unlock` without
//! contention are one compare-and-swap each. Goroutines that find the lock
//! held spin a little, then park in a queue behind a std mutex, used only
//! on that slow path.
//!
//! The lock has two modes, as Go's:
//!
//! - Normal mode: `Unlock` releases the lock and wakes the first waiter,
//!   which then competes for it with goroutines that are running (they may
//!   barge in and take it first, which saves a task switch per hand-over).
//!   At most one woken waiter (or spinning goroutine) is on its way at a
//!   time (`WOKEN`). A woken waiter that loses goes back to the front of
//!   the queue.
//! - Starvation mode: a woken waiter that has been waiting for more than
//!   1 ms switches the lock to this mode, in which `Unlock` hands the lock
//!   directly to the first waiter and newcomers queue up behind the
//!   waiters instead of barging or spinning. The mode ends when the waiter
//!   that gets the lock waited less than 1 ms, or was the last one.
//!
//! A parked waiter's `Token` is counted by the deadlock detector, so a
//! goroutine blocked on a mutex forever is seen as blocked (spinning is
//! bounded).

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex as StdMutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use crate::panic::fatal;
use crate::sched::{self, WaitReason};
use crate::slice::lock;
use crate::wait::Token;

/// The lock is held.
const LOCKED: u32 = 1 << 0;
/// A waiter was woken to retry and has not retried yet, or a goroutine is
/// spinning: `Unlock` need not wake another one.
const WOKEN: u32 = 1 << 1;
/// Starvation mode: `Unlock` hands the lock over to the first waiter, and
/// nobody else may take it, even while it is on its way (not LOCKED).
const STARVING: u32 = 1 << 2;
/// The queue may hold waiters (set and cleared with the queue locked).
const WAITERS: u32 = 1 << 3;

/// How long a waiter may wait before the lock switches to starvation mode
/// (Go's `starvationThresholdNs`).
const STARVATION_THRESHOLD: Duration = Duration::from_millis(1);

/// How often a goroutine that finds the lock held re-checks it before
/// parking, and how many pause instructions it spins each time (Go's
/// `active_spin` and `active_spin_cnt` are 4 and 30). Parking and waking a
/// task costs more here than a goroutine switch in Go, so it spins longer:
/// at most 480 pauses, a few microseconds. Checking more often than every
/// 60 pauses slows the owner down (its cache line is read meanwhile).
const SPIN_ROUNDS: u32 = 8;
const SPIN_PAUSES: u32 = 60;

/// Whether spinning can help: there is more than one worker thread.
fn multicore() -> bool {
    static WORKERS: AtomicUsize = AtomicUsize::new(0);
    let mut workers = WORKERS.load(Ordering::Relaxed);
    if workers == 0 {
        workers = sched::gomaxprocs();
        WORKERS.store(workers, Ordering::Relaxed);
    }
    workers > 1
}

/// The case a waiter's token is selected with: woken to compete for the
/// lock (normal mode), or handed the lock (starvation mode), and then told
/// to stay in starvation mode or to leave it.
const RETRY: u32 = 0;
const HANDOFF: u32 = 1;
const HANDOFF_LEAVE_STARVATION: u32 = 2;

/// Go's `sync.Mutex`: `Lock` and `Unlock` are separate calls, possibly by
/// different goroutines.
#[derive(Clone, Default)]
pub struct Mutex {
    pub(super) state: Arc<MutexShared>,
}

/// What the handles of one mutex share.
#[derive(Default)]
pub(super) struct MutexShared {
    word: AtomicU32,
    waiters: StdMutex<VecDeque<Waiter>>,
}

/// A parked goroutine and when it first had to wait.
struct Waiter {
    token: Arc<Token>,
    since: Instant,
}

impl Mutex {
    pub fn new() -> Mutex {
        Mutex::default()
    }

    /// `mu.Lock()`.
    pub fn lock(&self) -> MutexLock<'_> {
        MutexLock {
            mutex: self,
            token: None,
            since: None,
            started: false,
        }
    }

    /// `mu.TryLock()`.
    pub fn try_lock(&self) -> bool {
        let word = &self.state.word;
        let mut current = word.load(Ordering::Relaxed);
        loop {
            // In starvation mode the lock belongs to the first waiter.
            if current & (LOCKED | STARVING) != 0 {
                return false;
            }
            match word.compare_exchange_weak(current, current | LOCKED, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => return true,
                Err(actual) => current = actual,
            }
        }
    }

    /// `mu.Unlock()`: unlocking an unlocked mutex is a fatal error.
    #[inline]
    pub fn unlock(&self) {
        if let Err(current) = self.state.word.compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed) {
            self.unlock_slow(current);
        }
    }

    #[cold]
    fn unlock_slow(&self, mut current: u32) {
        let word = &self.state.word;
        loop {
            if current & LOCKED == 0 {
                fatal("sync: unlock of unlocked mutex");
            }
            if current & STARVING != 0 {
                self.hand_off();
                return;
            }
            let wake = current & WAITERS != 0 && current & WOKEN == 0;
            let new = if wake { (current & !LOCKED) | WOKEN } else { current & !LOCKED };
            match word.compare_exchange_weak(current, new, Ordering::Release, Ordering::Relaxed) {
                Ok(_) => {
                    if wake {
                        self.wake_retry();
                    }
                    return;
                }
                Err(actual) => current = actual,
            }
        }
    }

    /// Normal mode, after setting WOKEN: wakes the first waiter to compete
    /// for the lock. Clears WOKEN again when nobody is waiting.
    fn wake_retry(&self) {
        let shared = &*self.state;
        let mut queue = lock(&shared.waiters);
        while let Some(waiter) = queue.pop_front() {
            if waiter.token.try_select(RETRY) {
                if queue.is_empty() {
                    shared.word.fetch_and(!WAITERS, Ordering::Relaxed);
                }
                drop(queue);
                waiter.token.deliver(false);
                return;
            }
        }
        shared.word.fetch_and(!(WOKEN | WAITERS), Ordering::Relaxed);
    }

    /// Starvation mode, by the owner: unlocks and gives the lock to the
    /// first waiter, which sets LOCKED again when it wakes (STARVING keeps
    /// everybody else out meanwhile, and a second `Unlock` is fatal).
    fn hand_off(&self) {
        let shared = &*self.state;
        let mut queue = lock(&shared.waiters);
        while let Some(waiter) = queue.pop_front() {
            // As Go's: starvation mode ends when the new owner is the last
            // waiter or did not wait long.
            let case = if queue.is_empty() || waiter.since.elapsed() < STARVATION_THRESHOLD {
                HANDOFF_LEAVE_STARVATION
            } else {
                HANDOFF
            };
            if waiter.token.try_select(case) {
                let clear = if queue.is_empty() { LOCKED | WAITERS } else { LOCKED };
                shared.word.fetch_and(!clear, Ordering::Release);
                drop(queue);
                waiter.token.deliver(false);
                return;
            }
        }
        // Every waiter withdrew: back to normal mode, unlocked.
        shared.word.fetch_and(!(LOCKED | STARVING | WAITERS), Ordering::Release);
    }

    /// The waiter that was handed the lock takes it.
    fn take_handed_off(&self, case: u32) {
        let clear = if case == HANDOFF_LEAVE_STARVATION { STARVING } else { 0 };
        let word = &self.state.word;
        let mut current = word.load(Ordering::Relaxed);
        loop {
            debug_assert!(current & LOCKED == 0 && current & STARVING != 0);
            match word.compare_exchange_weak(current, (current | LOCKED) & !clear, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => return,
                Err(actual) => current = actual,
            }
        }
    }

    /// A woken waiter gives up its turn (its `Lock` future was dropped):
    /// wakes another one if the lock is free, else lets the next `Unlock`
    /// do it.
    fn pass_wake_up(&self) {
        let word = &self.state.word;
        let mut current = word.load(Ordering::Relaxed);
        loop {
            if current & (LOCKED | STARVING) == 0 && current & WAITERS != 0 {
                // WOKEN stays set for the waiter woken now.
                self.wake_retry();
                return;
            }
            match word.compare_exchange_weak(current, current & !WOKEN, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return,
                Err(actual) => current = actual,
            }
        }
    }
}

/// The future of [`Mutex::lock`].
pub struct MutexLock<'a> {
    mutex: &'a Mutex,
    /// The token this goroutine is parked with.
    token: Option<Arc<Token>>,
    /// When this goroutine first found the lock held.
    since: Option<Instant>,
    started: bool,
}

/// What [`MutexLock::lock_slow`] ended with.
enum Slow {
    Acquired,
    Parked,
    /// Registered, and selected before it could park.
    Selected,
}

impl Future for MutexLock<'_> {
    type Output = ();

    #[inline]
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        let mut woken = false;
        if let Some(token) = &this.token {
            match token.outcome() {
                None => {
                    token.refresh_waker(cx);
                    return Poll::Pending;
                }
                Some((case, _)) => {
                    this.token = None;
                    if case != RETRY {
                        this.mutex.take_handed_off(case);
                        return Poll::Ready(());
                    }
                    woken = true;
                }
            }
        } else if !this.started {
            // A preemption point, as Go's Lock may be.
            if sched::poll_budget(cx).is_pending() {
                return Poll::Pending;
            }
            this.started = true;
            if this
                .mutex
                .state
                .word
                .compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
            {
                return Poll::Ready(());
            }
        }
        this.lock_slow(cx, woken)
    }
}

impl MutexLock<'_> {
    #[cold]
    fn lock_slow(&mut self, cx: &mut Context<'_>, mut woken: bool) -> Poll<()> {
        loop {
            match self.try_acquire_or_park(cx, woken) {
                Slow::Acquired => return Poll::Ready(()),
                Slow::Parked => return Poll::Pending,
                Slow::Selected => {
                    let token = self.token.as_ref().expect("a registered waiter has a token");
                    match token.outcome() {
                        None => {
                            // Delivery is under way and will wake this task.
                            token.refresh_waker(cx);
                            return Poll::Pending;
                        }
                        Some((case, _)) => {
                            self.token = None;
                            if case != RETRY {
                                self.mutex.take_handed_off(case);
                                return Poll::Ready(());
                            }
                            woken = true;
                        }
                    }
                }
            }
        }
    }

    /// Takes the lock if it is free (barging in normal mode), else joins the
    /// queue and parks. A woken waiter clears WOKEN in the same step.
    fn try_acquire_or_park(&mut self, cx: &mut Context<'_>, woken: bool) -> Slow {
        let shared = &*self.mutex.state;
        // Set when this goroutine owns WOKEN: it was woken, or set it while
        // spinning. It clears it when it takes the lock or parks.
        let mut clear = if woken { WOKEN } else { 0 };
        let mut current = shared.word.load(Ordering::Relaxed);
        let mut spins = 0;
        loop {
            if current & (LOCKED | STARVING) == 0 {
                match shared
                    .word
                    .compare_exchange_weak(current, (current | LOCKED) & !clear, Ordering::Acquire, Ordering::Relaxed)
                {
                    Ok(_) => return Slow::Acquired,
                    Err(actual) => current = actual,
                }
                continue;
            }
            // As Go's: spin a little while the lock is held in normal mode
            // and another worker may be running its owner, rather than
            // parking at once (critical sections are often short).
            if current & STARVING != 0 || spins == SPIN_ROUNDS || !multicore() {
                break;
            }
            spins += 1;
            // Spinning: tell Unlock not to wake a parked waiter meanwhile.
            if clear == 0
                && current & (WOKEN | WAITERS) == WAITERS
                && shared
                    .word
                    .compare_exchange(current, current | WOKEN, Ordering::Relaxed, Ordering::Relaxed)
                    .is_ok()
            {
                clear = WOKEN;
            }
            for _ in 0..SPIN_PAUSES {
                std::hint::spin_loop();
            }
            current = shared.word.load(Ordering::Relaxed);
        }
        let since = *self.since.get_or_insert_with(Instant::now);
        let starving = woken && since.elapsed() > STARVATION_THRESHOLD;
        // Registering (WAITERS set, token queued) happens with the queue
        // locked, so an Unlock that sees WAITERS finds the token queued;
        // an Unlock before the registration makes the CAS below fail.
        let mut queue = lock(&shared.waiters);
        let mut current = shared.word.load(Ordering::Relaxed);
        loop {
            let (new, acquire) = if current & (LOCKED | STARVING) == 0 {
                ((current | LOCKED) & !clear, true)
            } else if starving {
                ((current | WAITERS | STARVING) & !clear, false)
            } else {
                ((current | WAITERS) & !clear, false)
            };
            match shared
                .word
                .compare_exchange_weak(current, new, Ordering::Acquire, Ordering::Relaxed)
            {
                Ok(_) if acquire => return Slow::Acquired,
                Ok(_) => break,
                Err(actual) => current = actual,
            }
        }
        let token = Token::new(cx);
        let waiter = Waiter {
            token: token.clone(),
            since,
        };
        // A woken waiter that lost goes back to the front, as in Go.
        if woken {
            queue.push_front(waiter);
        } else {
            queue.push_back(waiter);
        }
        drop(queue);
        let parked = token.try_park(WaitReason::MutexLock);
        self.token = Some(token);
        if parked { Slow::Parked } else { Slow::Selected }
    }
}

impl Drop for MutexLock<'_> {
    #[inline]
    fn drop(&mut self) {
        // Only a future dropped while parked (its goroutine is being torn
        // down) has anything to undo.
        if let Some(token) = self.token.take() {
            self.withdraw(&token);
        }
    }
}

impl MutexLock<'_> {
    #[cold]
    fn withdraw(&self, token: &Token) {
        if token.try_abort() {
            // The stale entry stays queued; Unlock skips it.
            return;
        }
        // Selected: the selecting side delivers right after.
        let case = loop {
            if let Some((case, _)) = token.outcome() {
                break case;
            }
            std::thread::yield_now();
        };
        if case != RETRY {
            self.mutex.take_handed_off(case);
            self.mutex.unlock();
        } else {
            self.mutex.pass_wake_up();
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicI64};

    use super::*;
    use crate::chan::Chan;
    use crate::sched::run_to_completion;
    use crate::sync::WaitGroup;
    use crate::time::{self, MILLISECOND};

    #[test]
    fn try_lock_and_unlock() {
        let mutex = Mutex::new();
        assert!(mutex.try_lock());
        assert!(!mutex.try_lock());
        mutex.unlock();
        assert!(mutex.try_lock());
        mutex.unlock();
        assert_eq!(mutex.state.word.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn contended_increments_are_serialised() {
        // Many goroutines, short critical sections, some of them yielding
        // inside: no increment is lost and nobody is left parked (a lost
        // wake-up would end the test process with Go's deadlock report).
        run_to_completion(async {
            let mutex = Mutex::new();
            let counter = Arc::new(AtomicI64::new(0));
            let group = WaitGroup::new();
            for goroutine in 0..16 {
                let (mutex, counter) = (mutex.clone(), counter.clone());
                group.go(async move {
                    for i in 0..5_000 {
                        mutex.lock().await;
                        let value = counter.load(Ordering::Relaxed);
                        if (i + goroutine) % 97 == 0 {
                            crate::sched::preempt().await;
                            tokio::task::yield_now().await;
                        }
                        counter.store(value + 1, Ordering::Relaxed);
                        mutex.unlock();
                    }
                });
            }
            group.wait().await;
            assert_eq!(counter.load(Ordering::Relaxed), 80_000);
            assert_eq!(mutex.state.word.load(Ordering::Relaxed) & (LOCKED | WOKEN | STARVING), 0);
        });
    }

    #[test]
    fn mutual_exclusion_under_mixed_use() {
        // Lock and TryLock, short and long (> 1 ms, so starvation mode
        // comes and goes) critical sections: never two owners at once.
        run_to_completion(async {
            let mutex = Mutex::new();
            let owners = Arc::new(AtomicI64::new(0));
            let turns = Arc::new(AtomicI64::new(0));
            let group = WaitGroup::new();
            for goroutine in 0..12i64 {
                let (mutex, owners, turns) = (mutex.clone(), owners.clone(), turns.clone());
                group.go(async move {
                    for i in 0..400i64 {
                        if (i + goroutine) % 5 == 0 {
                            if !mutex.try_lock() {
                                continue;
                            }
                        } else {
                            mutex.lock().await;
                        }
                        assert_eq!(owners.fetch_add(1, Ordering::SeqCst), 0);
                        if (i * 7 + goroutine) % 61 == 0 {
                            std::thread::sleep(std::time::Duration::from_micros(1200));
                        } else if i % 13 == 0 {
                            tokio::task::yield_now().await;
                        }
                        turns.fetch_add(1, Ordering::Relaxed);
                        assert_eq!(owners.fetch_sub(1, Ordering::SeqCst), 1);
                        mutex.unlock();
                    }
                });
            }
            group.wait().await;
            assert!(turns.load(Ordering::Relaxed) >= 12 * 400 * 4 / 5);
            assert_eq!(mutex.state.word.load(Ordering::Relaxed) & (LOCKED | WOKEN | STARVING), 0);
        });
    }

    #[test]
    fn long_critical_sections_switch_to_hand_off() {
        // Holders keep the lock for more than 1 ms: woken waiters lose to
        // the barging holder long enough to turn on starvation mode, and
        // every goroutine still gets its turns.
        run_to_completion(async {
            let mutex = Mutex::new();
            let turns = Arc::new(AtomicI64::new(0));
            let group = WaitGroup::new();
            for _ in 0..4 {
                let (mutex, turns) = (mutex.clone(), turns.clone());
                group.go(async move {
                    for _ in 0..10 {
                        mutex.lock().await;
                        std::thread::sleep(std::time::Duration::from_micros(1500));
                        turns.fetch_add(1, Ordering::Relaxed);
                        mutex.unlock();
                    }
                });
            }
            group.wait().await;
            assert_eq!(turns.load(Ordering::Relaxed), 40);
            assert_eq!(mutex.state.word.load(Ordering::Relaxed) & (LOCKED | WOKEN | STARVING), 0);
        });
    }

    #[test]
    fn a_waiter_is_not_starved_by_a_relocking_goroutine() {
        run_to_completion(async {
            let mutex = Mutex::new();
            let stop = Arc::new(AtomicBool::new(false));
            let group = WaitGroup::new();
            {
                let (mutex, stop) = (mutex.clone(), stop.clone());
                group.go(async move {
                    while !stop.load(Ordering::Relaxed) {
                        mutex.lock().await;
                        std::thread::sleep(std::time::Duration::from_micros(50));
                        mutex.unlock();
                    }
                });
            }
            time::sleep(MILLISECOND * time::Duration(5)).await;
            for _ in 0..20 {
                mutex.lock().await;
                mutex.unlock();
            }
            stop.store(true, Ordering::Relaxed);
            group.wait().await;
        });
    }

    #[test]
    fn another_goroutine_may_unlock() {
        run_to_completion(async {
            let mutex = Mutex::new();
            let channel: Chan<i64> = Chan::new(0);
            let done: Chan<i64> = Chan::new(0);
            {
                let (mutex, channel, done) = (mutex.clone(), channel.clone(), done.clone());
                crate::sched::go(async move {
                    for _ in 0..100 {
                        channel.recv().await;
                        mutex.unlock();
                    }
                    done.send(1).await;
                });
            }
            for i in 0..100 {
                mutex.lock().await;
                channel.send(i).await;
            }
            done.recv().await;
            // The last unlock may still be on its way out of the other
            // goroutine's send; the lock is free once Lock returns.
            mutex.lock().await;
            assert!(!mutex.try_lock());
            mutex.unlock();
        });
    }

    /// Polls a fresh `Lock` future once, by hand: it parks.
    async fn parked_waiter(mutex: &Mutex) -> Pin<Box<MutexLock<'_>>> {
        let mut waiter = Box::pin(mutex.lock());
        std::future::poll_fn(|cx| {
            assert!(waiter.as_mut().poll(cx).is_pending());
            Poll::Ready(())
        })
        .await;
        waiter
    }

    #[test]
    fn dropped_waiters_do_not_block_the_others() {
        run_to_completion(async {
            // A sleeping goroutine keeps the deadlock detector quiet while
            // main, running, holds parked waiters by hand.
            let sleeper = WaitGroup::new();
            sleeper.go(async { time::sleep(MILLISECOND * time::Duration(200)).await });
            let mutex = Mutex::new();

            // Dropped while parked: withdrawn, skipped by Unlock.
            mutex.lock().await;
            drop(parked_waiter(&mutex).await);
            mutex.unlock();
            assert!(mutex.try_lock());

            // Dropped after being woken to retry: the turn passes on.
            let waiter = parked_waiter(&mutex).await;
            mutex.unlock();
            assert_ne!(mutex.state.word.load(Ordering::Relaxed) & WOKEN, 0);
            drop(waiter);
            assert_eq!(mutex.state.word.load(Ordering::Relaxed), 0);

            // Dropped after being handed the lock (starvation mode): the
            // lock is released.
            mutex.lock().await;
            let waiter = parked_waiter(&mutex).await;
            mutex.state.word.fetch_or(STARVING, Ordering::Relaxed);
            mutex.unlock();
            // On its way: not LOCKED (a second Unlock would be fatal), and
            // nobody else may take it.
            assert_eq!(mutex.state.word.load(Ordering::Relaxed), STARVING);
            assert!(!mutex.try_lock());
            drop(waiter);
            assert_eq!(mutex.state.word.load(Ordering::Relaxed), 0);

            // A real waiter behind a dropped one gets the lock.
            mutex.lock().await;
            drop(parked_waiter(&mutex).await);
            let got = Arc::new(AtomicBool::new(false));
            let group = WaitGroup::new();
            {
                let (mutex, got) = (mutex.clone(), got.clone());
                group.go(async move {
                    mutex.lock().await;
                    got.store(true, Ordering::Relaxed);
                    mutex.unlock();
                });
            }
            time::sleep(MILLISECOND * time::Duration(5)).await;
            assert!(!got.load(Ordering::Relaxed));
            mutex.unlock();
            group.wait().await;
            assert!(got.load(Ordering::Relaxed));
            assert_eq!(mutex.state.word.load(Ordering::Relaxed) & (LOCKED | WOKEN | STARVING), 0);
            sleeper.wait().await;
        });
    }
}
