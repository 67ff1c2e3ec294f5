//! Goroutines on tokio, Go's process lifetime, and deadlock detection.
//!
//! Every goroutine is a tokio task wrapped in [`Goroutine`], which catches an
//! unrecovered panic and ends the process the way Go does. The scheduler keeps
//! one atomic word: how many goroutines (and pending timers) are live, and how
//! many of them are parked on a channel, select, mutex or wait group. When the
//! two are equal, nobody can ever wake anybody: Go's deadlock.

use std::cell::Cell;
use std::future::Future;
use std::io::Write;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::task::{Context, Poll};

use pin_project_lite::pin_project;

thread_local! {
    static CURRENT_GOROUTINE: Cell<u64> = const { Cell::new(1) };
    static BUDGET: Cell<u32> = const { Cell::new(BUDGET_PER_SLICE) };
}

/// Operations a goroutine may complete without parking before it yields to
/// the others on its worker, standing in for Go's preemption.
const BUDGET_PER_SLICE: u32 = 128;

/// `live << 32 | parked`.
static STATE: AtomicU64 = AtomicU64::new(0);
const ONE_LIVE: u64 = 1 << 32;
const PARKED_MASK: u64 = ONE_LIVE - 1;

static NEXT_GOROUTINE_ID: AtomicU64 = AtomicU64::new(2);
/// Timers that will wake someone, counted in STATE's live part as well:
/// `runtime.NumGoroutine` is the live count without them.
static PENDING_TIMERS: AtomicU64 = AtomicU64::new(0);
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
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(gomaxprocs())
        // Go stacks grow to 1 GB; deep synchronous recursion runs on the
        // worker stacks, which only use the memory they touch.
        .thread_stack_size(256 << 20)
        .enable_time()
        .build()
        .unwrap_or_else(|error| {
            eprintln!("fatal error: cannot start the go2rs runtime: {error}");
            std::process::exit(2)
        });
    STATE.fetch_add(ONE_LIVE, Ordering::SeqCst);
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
    STATE.fetch_add(ONE_LIVE, Ordering::SeqCst);
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
    STATE.fetch_add(ONE_LIVE, Ordering::SeqCst);
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
                live_ended();
                Poll::Ready(())
            }
            Err(payload) => crate::panic::report_unrecovered(&*payload, id),
        }
    }
}

/// How many goroutines exist: started and not yet returned. Like Go's, a
/// snapshot: a timer starting or firing at the same moment may make it one
/// lower for that moment (the two counters change one after the other).
pub(crate) fn goroutine_count() -> u64 {
    let live = STATE.load(Ordering::SeqCst) >> 32;
    live.saturating_sub(PENDING_TIMERS.load(Ordering::SeqCst))
}

/// A timer that will wake someone is pending: like a runnable goroutine, it
/// keeps the deadlock detector quiet until it has fired.
pub(crate) fn timer_started() {
    PENDING_TIMERS.fetch_add(1, Ordering::SeqCst);
    STATE.fetch_add(ONE_LIVE, Ordering::SeqCst);
}

/// The timer fired (after it woke whoever it wakes).
pub(crate) fn timer_finished() {
    live_ended();
    PENDING_TIMERS.fetch_sub(1, Ordering::SeqCst);
}

fn live_ended() {
    let state = STATE.fetch_sub(ONE_LIVE, Ordering::SeqCst) - ONE_LIVE;
    check_deadlock(state);
}

/// The current goroutine is about to return `Pending` and wait for a wake-up
/// that only another goroutine or a timer can give.
pub(crate) fn parked(reason: WaitReason) {
    if current_goroutine_id() == 1 {
        MAIN_WAIT_REASON.store(reason as u8, Ordering::Relaxed);
    }
    BUDGET.with(|budget| budget.set(BUDGET_PER_SLICE));
    let state = STATE.fetch_add(1, Ordering::SeqCst) + 1;
    check_deadlock(state);
}

/// A parked goroutine was chosen to run again (called by whoever woke it).
pub(crate) fn unparked() {
    STATE.fetch_sub(1, Ordering::SeqCst);
}

fn check_deadlock(state: u64) {
    let live = state >> 32;
    let parked = state & PARKED_MASK;
    if live != 0 && live == parked {
        report_deadlock();
    }
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

/// Spends one unit of the running goroutine's time slice; when the slice is
/// used up, asks to be polled again later so that others on this worker run.
#[inline]
pub(crate) fn poll_budget(cx: &mut Context<'_>) -> Poll<()> {
    BUDGET.with(|budget| {
        let left = budget.get();
        if left == 0 {
            budget.set(BUDGET_PER_SLICE);
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            budget.set(left - 1);
            Poll::Ready(())
        }
    })
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
        static STATE: Cell<u64> = Cell::new(seed());
    }
    fn seed() -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(current_goroutine_id());
        hasher.finish() | 1
    }
    STATE.with(|state| {
        // xorshift64*
        let mut x = state.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        let random = x.wrapping_mul(0x2545_F491_4F6C_DD1D);
        (((random >> 32) * bound as u64) >> 32) as usize
    })
}
