//! Goroutines on tokio, Go's process lifetime, and deadlock detection.
//!
//! Every goroutine is a tokio task wrapped in [`Goroutine`], which catches an
//! unrecovered panic and ends the process the way Go does.
//!
//! Deadlock detection counts goroutines, pending timers, and goroutines
//! parked on a channel, select, mutex or wait group. When every live
//! goroutine is parked and no timer is pending, nobody can ever wake anybody:
//! Go's deadlock. The counts are kept per thread ([`Shard`]): a hand-off
//! between two goroutines changes the counters of the thread it runs on, with
//! no shared cache line. They are summed only when no worker thread has
//! anything left to run (tokio's `on_thread_park`), which is when a deadlock
//! can have formed, and then only if no worker woke up while they were read.

use std::cell::Cell;
use std::future::Future;
use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, AtomicU8, AtomicU64, AtomicUsize, Ordering};
use std::task::{Context, Poll};

use pin_project_lite::pin_project;

thread_local! {
    static CURRENT_GOROUTINE: Cell<u64> = const { Cell::new(1) };
    static BUDGET: Cell<u32> = const { Cell::new(BUDGET_PER_SLICE) };
    /// When the running goroutine's time slice began (`None`: it has not
    /// used up a budget yet).
    static SLICE_START: Cell<Option<std::time::Instant>> = const { Cell::new(None) };
}

/// Operations (channel operations, locks, loop iterations) between two looks
/// at the clock: a goroutine that runs without parking yields to the others
/// on its worker once its time slice is over, standing in for Go's
/// preemption.
const BUDGET_PER_SLICE: u32 = 128;

/// A goroutine's time slice. Go preempts after 10 ms; a shorter slice keeps
/// goroutines that share a worker responsive, a longer one keeps the cost of
/// yielding down (each yield goes through tokio's search for work, which
/// wakes the other worker).
const SLICE: std::time::Duration = std::time::Duration::from_millis(1);

/// One thread's share of the deadlock detector's counts. Each count is the
/// net change this thread made: a goroutine may start on one thread and end
/// on another, so a single shard can be negative; the sums are exact.
#[repr(align(128))]
struct Shard {
    goroutines: AtomicI64,
    timers: AtomicI64,
    parked: AtomicI64,
}

impl Shard {
    const fn new() -> Shard {
        Shard {
            goroutines: AtomicI64::new(0),
            timers: AtomicI64::new(0),
            parked: AtomicI64::new(0),
        }
    }
}

/// Shards claimed by threads, one each; the last one is shared by the
/// threads that come after the others are taken (updated with atomic adds).
const SHARD_COUNT: usize = 256;
static SHARDS: [Shard; SHARD_COUNT] = [const { Shard::new() }; SHARD_COUNT];
static SHARDS_CLAIMED: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's shard, claimed on first use.
    static SHARD: usize = SHARDS_CLAIMED.fetch_add(1, Ordering::Relaxed).min(SHARD_COUNT - 1);
}

/// Adds `delta` to one of this thread's counts. An owned shard is only
/// written by its thread, so a plain load and store suffice; the idle
/// handshake in [`worker_parking`] publishes them to the reader.
#[inline]
fn count(field: fn(&Shard) -> &AtomicI64, delta: i64) {
    let index = SHARD.with(|index| *index);
    let counter = field(&SHARDS[index]);
    if index == SHARD_COUNT - 1 {
        counter.fetch_add(delta, Ordering::SeqCst);
    } else {
        counter.store(counter.load(Ordering::Relaxed) + delta, Ordering::Release);
    }
}

/// The sums of all shards: (goroutines, timers, parked).
fn totals() -> (i64, i64, i64) {
    let claimed = SHARDS_CLAIMED.load(Ordering::Acquire).min(SHARD_COUNT);
    let mut totals = (0, 0, 0);
    for shard in &SHARDS[..claimed] {
        totals.0 += shard.goroutines.load(Ordering::Acquire);
        totals.1 += shard.timers.load(Ordering::Acquire);
        totals.2 += shard.parked.load(Ordering::Acquire);
    }
    totals
}

/// Worker threads of [`main`]'s runtime with nothing to run (low 16 bits),
/// and how many times a worker has woken up (the rest): a reader of the
/// shards knows that no worker ran anything meanwhile when the word has not
/// changed.
static IDLE: AtomicU64 = AtomicU64::new(0);
const IDLE_MASK: u64 = (1 << 16) - 1;
#[cfg(not(loom))]
const ONE_WAKE_UP: u64 = 1 << 16;
/// The number of worker threads of [`main`]'s runtime; until it has started
/// (and in the runtime's own tests, which use [`run_to_completion`]) the
/// detector is off.
static WORKERS: AtomicU64 = AtomicU64::new(u64::MAX);

static NEXT_GOROUTINE_ID: AtomicU64 = AtomicU64::new(2);
static MAIN_WAIT_REASON: AtomicU8 = AtomicU8::new(0);

/// Why a goroutine is parked, as Go's traceback names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum WaitReason {
    ChanReceive = 0,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    WaitGroupWait,
    MutexLock,
    RWMutexRLock,
    RWMutexLock,
    CondWait,
}

impl WaitReason {
    fn as_str(self) -> &'static str {
        match self {
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
            WaitReason::CondWait => "sync.Cond.Wait",
        }
    }

    fn from_u8(value: u8) -> WaitReason {
        const ALL: [WaitReason; 11] = [
            WaitReason::ChanReceive,
            WaitReason::ChanSend,
            WaitReason::ChanReceiveNilChan,
            WaitReason::ChanSendNilChan,
            WaitReason::Select,
            WaitReason::SelectNoCases,
            WaitReason::WaitGroupWait,
            WaitReason::MutexLock,
            WaitReason::RWMutexRLock,
            WaitReason::RWMutexLock,
            WaitReason::CondWait,
        ];
        ALL.get(value as usize).copied().unwrap_or(WaitReason::ChanReceive)
    }
}

/// The id of the goroutine running on this thread (1 is `main`).
pub fn current_goroutine_id() -> u64 {
    CURRENT_GOROUTINE.with(Cell::get)
}

/// Flushes anything written to stdout before the process exits.
pub fn flush_stdout() {
    let _ = std::io::stdout().lock().flush();
}

/// The number of worker threads: `GOMAXPROCS` when set, else the CPUs this
/// process may use.
pub fn gomaxprocs() -> usize {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&count| count > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map(|count| count.get()).unwrap_or(1))
}

/// Runs a translated Go program: `main` is goroutine 1, and the process exits
/// with status 0 as soon as it returns, whatever other goroutines are doing.
pub fn main<F>(main_goroutine: F) -> !
where
    F: Future<Output = ()> + Send + 'static,
{
    crate::panic::install_quiet_hook();
    let workers = gomaxprocs();
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder
        .worker_threads(workers)
        // Go stacks grow to 1 GB; deep synchronous recursion runs on the
        // worker stacks, which only use the memory they touch.
        .thread_stack_size(256 << 20)
        .enable_time();
    #[cfg(not(loom))]
    builder.on_thread_park(worker_parking).on_thread_unpark(worker_unparked);
    let runtime = builder.build().unwrap_or_else(|error| {
        eprintln!("fatal error: cannot start the go2rs runtime: {error}");
        std::process::exit(2)
    });
    WORKERS.store(workers as u64, Ordering::SeqCst);
    count(|shard| &shard.goroutines, 1);
    let handle = runtime.spawn(Goroutine {
        id: 1,
        future: async move {
            main_goroutine.await;
            flush_stdout();
            std::process::exit(0)
        },
    });
    let _ = runtime.block_on(handle);
    flush_stdout();
    std::process::exit(0)
}

/// Runs `main_goroutine` as goroutine 1 on a fresh runtime and returns when it
/// has finished, without ending the process: for the runtime's own tests.
#[doc(hidden)]
pub fn run_to_completion<F>(main_goroutine: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    crate::panic::install_quiet_hook();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(gomaxprocs())
        .enable_time()
        .build()
        .expect("tokio runtime");
    count(|shard| &shard.goroutines, 1);
    let handle = runtime.spawn(Goroutine {
        id: 1,
        future: main_goroutine,
    });
    runtime.block_on(handle).expect("main goroutine finished");
}

/// `go f(x)`: starts a goroutine. Its arguments were evaluated by the caller.
pub fn go<F>(goroutine: F)
where
    F: Future<Output = ()> + Send + 'static,
{
    let id = NEXT_GOROUTINE_ID.fetch_add(1, Ordering::Relaxed);
    count(|shard| &shard.goroutines, 1);
    tokio::spawn(Goroutine { id, future: goroutine });
}

pin_project! {
    /// A goroutine's future: records its id for panic reports, turns an
    /// unrecovered panic into Go's report and exit status 2, and tells the
    /// deadlock detector when it ends.
    struct Goroutine<F> {
        id: u64,
        #[pin]
        future: F,
    }
}

impl<F: Future<Output = ()>> Future for Goroutine<F> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.project();
        let id = *this.id;
        let previous = CURRENT_GOROUTINE.with(|current| current.replace(id));
        let future = this.future;
        let result = catch_unwind(AssertUnwindSafe(|| future.poll(cx)));
        CURRENT_GOROUTINE.with(|current| current.set(previous));
        match result {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(())) => {
                count(|shard| &shard.goroutines, -1);
                check_deadlock();
                Poll::Ready(())
            }
            Err(payload) => crate::panic::report_unrecovered(&*payload, id),
        }
    }
}

/// How many goroutines exist: started and not yet returned. Like Go's, a
/// snapshot, read while other goroutines may start and end.
pub(crate) fn goroutine_count() -> u64 {
    totals().0.max(1) as u64
}

/// A timer that will wake someone is pending: like a runnable goroutine, it
/// keeps the deadlock detector quiet until it has fired.
pub(crate) fn timer_started() {
    count(|shard| &shard.timers, 1);
}

/// The timer fired (after it woke whoever it wakes), or was stopped.
pub(crate) fn timer_finished() {
    count(|shard| &shard.timers, -1);
    check_deadlock();
}

/// The current goroutine is about to return `Pending` and wait for a wake-up
/// that only another goroutine or a timer can give.
pub(crate) fn parked(reason: WaitReason) {
    if current_goroutine_id() == 1 {
        MAIN_WAIT_REASON.store(reason as u8, Ordering::Relaxed);
    }
    BUDGET.with(|budget| budget.set(BUDGET_PER_SLICE));
    SLICE_START.with(|start| start.set(None));
    count(|shard| &shard.parked, 1);
    check_deadlock();
}

/// A parked goroutine was chosen to run again (called by whoever woke it).
pub(crate) fn unparked() {
    count(|shard| &shard.parked, -1);
}

/// tokio's `on_thread_park`: this worker has nothing to run. The last worker
/// to get there checks for a deadlock.
#[cfg(not(loom))]
fn worker_parking() {
    IDLE.fetch_add(1, Ordering::SeqCst);
    check_deadlock();
    spin_before_sleeping();
}

/// How long an idle worker stays awake while another worker is running.
#[cfg(not(loom))]
const IDLE_SPIN: std::time::Duration = std::time::Duration::from_micros(250);

/// Keeps an idle worker awake for a moment while another worker still runs
/// goroutines, as Go's spinning threads do.
///
/// A goroutine woken by another goroutine runs next on the same worker (in
/// tokio's LIFO slot), but tokio takes only three such hand-offs in a row;
/// the fourth goes to the run queue and wakes a sleeping worker with a futex
/// call, and the pair of goroutines starts bouncing between threads. While
/// this worker is awake, tokio sees no sleeper to wake, and the hand-offs
/// stay on the busy worker. Measured with bench/ on 2 workers (3 runs each,
/// median): threadring 1.80 -> 1.28 s, fanin 1.52 -> 1.32 s, workerpool
/// 0.26 -> 0.14 s, pingpong unchanged.
///
/// The cost is CPU time on the idle worker: up to 250 µs each time it runs
/// out of work while another worker is busy, none once every worker is
/// idle. A worker that tokio wakes again and again while one goroutine runs
/// alone can spend much of its time here: bench/mutex_uncontended used 0.6 s
/// of CPU for 0.33 s of wall time, 0.4 s since goroutines yield once per
/// millisecond (see [`SLICE`]) instead of every 128 operations.
#[cfg(not(loom))]
fn spin_before_sleeping() {
    let workers = WORKERS.load(Ordering::Relaxed);
    let busy = |idle: u64| workers.saturating_sub(idle & IDLE_MASK);
    // No more spinning workers than busy ones (Go's rule too): on a machine
    // with many workers, most of the idle ones sleep.
    let spinning = SPINNING.fetch_add(1, Ordering::SeqCst) + 1;
    if spinning > busy(IDLE.load(Ordering::SeqCst)) {
        SPINNING.fetch_sub(1, Ordering::SeqCst);
        return;
    }
    let start = std::time::Instant::now();
    while busy(IDLE.load(Ordering::Relaxed)) > 0 {
        for _ in 0..64 {
            std::hint::spin_loop();
        }
        if start.elapsed() >= IDLE_SPIN {
            break;
        }
    }
    SPINNING.fetch_sub(1, Ordering::SeqCst);
}

/// Workers in [`spin_before_sleeping`].
#[cfg(not(loom))]
static SPINNING: AtomicU64 = AtomicU64::new(0);

/// tokio's `on_thread_unpark`: this worker may run goroutines again.
#[cfg(not(loom))]
fn worker_unparked() {
    IDLE.fetch_add(ONE_WAKE_UP - 1, Ordering::SeqCst);
}

/// Checks for a deadlock if every worker is idle: called by the last worker
/// to go idle, and wherever a goroutine parks or ends or a timer finishes,
/// which may be on a thread that is not a worker (a goroutine that read
/// stdin in `block_in_place` goes on on a thread of its own; with every
/// worker idle, nobody else would check). Usually one load.
#[inline]
fn check_deadlock() {
    let before = IDLE.load(Ordering::SeqCst);
    if before & IDLE_MASK >= WORKERS.load(Ordering::Relaxed) {
        deadlock_if_all_parked(before);
    }
}

/// Every worker is idle (`before` is the idle word that said so): reports
/// Go's deadlock if every goroutine is parked and no timer is pending. The
/// counts are trusted only if no worker woke up while they were summed; a
/// worker that did will check again when it is idle again.
#[cold]
fn deadlock_if_all_parked(before: u64) {
    let (goroutines, timers, parked) = totals();
    if goroutines <= 0 || goroutines + timers > parked {
        return;
    }
    if IDLE.load(Ordering::SeqCst) != before {
        return;
    }
    report_deadlock();
}

fn report_deadlock() -> ! {
    flush_stdout();
    let reason = WaitReason::from_u8(MAIN_WAIT_REASON.load(Ordering::Relaxed));
    eprint!(
        "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [{}]:\nmain.main()\n\t(go2rs runtime)\n",
        reason.as_str()
    );
    std::process::exit(2)
}

/// Spends one unit of the running goroutine's budget; when the budget is
/// used up and so is its time slice, asks to be polled again later so that
/// others on this worker run.
#[inline]
pub(crate) fn poll_budget(cx: &mut Context<'_>) -> Poll<()> {
    BUDGET.with(|budget| {
        let left = budget.get();
        if left == 0 {
            budget.set(BUDGET_PER_SLICE);
            slice_over(cx)
        } else {
            budget.set(left - 1);
            Poll::Ready(())
        }
    })
}

/// The budget is used up: yields if the time slice is over too.
#[cold]
fn slice_over(cx: &mut Context<'_>) -> Poll<()> {
    let now = std::time::Instant::now();
    let start = SLICE_START.with(|start| start.get());
    match start {
        Some(start) if now.duration_since(start) >= SLICE => {
            SLICE_START.with(|start| start.set(None));
            yield_to_others(cx);
            Poll::Pending
        }
        Some(_) => Poll::Ready(()),
        None => {
            SLICE_START.with(|start| start.set(Some(now)));
            Poll::Ready(())
        }
    }
}

/// Schedules the running goroutine to be polled again after the others that
/// are ready on this worker: tokio's `yield_now`, whose first poll defers
/// the wake-up. (A plain `wake_by_ref` would put it in the worker's LIFO
/// slot, ahead of everything it just made ready.)
fn yield_to_others(cx: &mut Context<'_>) {
    let mut yield_now = std::pin::pin!(tokio::task::yield_now());
    if yield_now.as_mut().poll(cx).is_ready() {
        cx.waker().wake_by_ref();
    }
}

/// A preemption point at a loop's back edge: usually free, now and then a
/// yield to the other goroutines on this worker.
pub fn preempt() -> Preempt {
    Preempt { done: false }
}

/// The future [`preempt`] returns.
pub struct Preempt {
    done: bool,
}

impl Future for Preempt {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.done {
            return Poll::Ready(());
        }
        self.done = true;
        poll_budget(cx)
    }
}

/// Blocks the current goroutine forever (a nil channel, `select {}`).
pub(crate) fn park_forever(reason: WaitReason) -> ParkForever {
    ParkForever { reason, counted: false }
}

/// The future [`park_forever`] returns.
pub(crate) struct ParkForever {
    reason: WaitReason,
    counted: bool,
}

impl Future for ParkForever {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if !self.counted {
            self.counted = true;
            parked(self.reason);
        }
        Poll::Pending
    }
}

impl Drop for ParkForever {
    fn drop(&mut self) {
        if self.counted {
            unparked();
        }
    }
}

/// A small, fast random number generator per worker thread, for `select`'s
/// uniform choice.
pub(crate) fn random_below(bound: usize) -> usize {
    thread_local! {
        /// 0 until seeded.
        static STATE: Cell<u64> = const { Cell::new(0) };
    }
    #[cold]
    fn seed() -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(current_goroutine_id());
        hasher.finish() | 1
    }
    STATE.with(|state| {
        // xorshift64*
        let mut x = state.get();
        if x == 0 {
            x = seed();
        }
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        let random = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (((random >> 32) * bound as u64) >> 32) as usize
    })
}
