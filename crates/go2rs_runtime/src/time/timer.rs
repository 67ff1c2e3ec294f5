//! Go's timers and tickers: `NewTimer`, `AfterFunc`, `NewTicker`, `Tick`.
//!
//! Each armed timer is a tokio task sleeping until its deadline. `Stop` and
//! `Reset` abort that task and bump a sequence number, so a task that was
//! already waking finds itself stale and does nothing. As in Go 1.23 and
//! later, the channel never delivers a value from before a `Stop` or
//! `Reset`: both drain it, and a drained value counts as "the timer was
//! still active".
//!
//! While a timer is armed the deadlock detector counts it as a runnable
//! goroutine, as it does for `time.After`: a program whose goroutines all
//! wait is not reported while a timer may still wake one of them.

use std::future::Future;
use std::sync::{Arc, Mutex as StdMutex};

use super::{Duration, Time, now};
use crate::chan::Chan;
use crate::func::BoxFuture;
use crate::panic::go_panic;
use crate::sched;
use crate::slice::lock;

/// What a timer does when it fires.
enum Action {
    /// Sends the time on the timer's channel (dropped when the one-slot
    /// buffer is full: a slow ticker reader misses ticks, as in Go).
    Send,
    /// Starts a goroutine with the task the function makes (`AfterFunc`).
    Start(Box<dyn Fn() -> BoxFuture<'static, ()> + Send + Sync>),
}

struct Shared {
    /// The channel `C` (nil for an `AfterFunc` timer).
    channel: Chan<Time>,
    action: Action,
    state: StdMutex<State>,
}

#[derive(Default)]
struct State {
    /// Bumped by every `Stop` and `Reset`: a waking task with an older
    /// number is stale.
    seq: u64,
    /// Armed: counted by the deadlock detector until it fires or stops.
    armed: bool,
    /// The interval of a ticker (zero for a one-shot timer).
    period: Duration,
    task: Option<tokio::task::AbortHandle>,
}

impl Shared {
    fn new(channel: Chan<Time>, action: Action) -> Arc<Shared> {
        Arc::new(Shared {
            channel,
            action,
            state: StdMutex::new(State::default()),
        })
    }

    /// Disarms the timer and empties its channel; true when it was armed
    /// or a value was waiting in the channel.
    fn stop(&self) -> bool {
        let mut state = lock(&self.state);
        let was_armed = state.armed;
        state.seq += 1;
        state.armed = false;
        if let Some(task) = state.task.take() {
            task.abort();
        }
        let drained = self.channel.try_recv().is_some_and(|(_, ok)| ok);
        drop(state);
        if was_armed {
            sched::timer_finished();
        }
        was_armed || drained
    }

    /// Arms the timer to fire after `delay` (and every `period` after that
    /// when it is a ticker); true when it was active before.
    fn reset(self: &Arc<Self>, delay: Duration, period: Duration) -> bool {
        let mut state = lock(&self.state);
        let was_armed = state.armed;
        state.seq += 1;
        if let Some(task) = state.task.take() {
            task.abort();
        }
        let drained = self.channel.try_recv().is_some_and(|(_, ok)| ok);
        if !was_armed {
            sched::timer_started();
        }
        state.armed = true;
        state.period = period;
        let seq = state.seq;
        let shared = self.clone();
        let task = tokio::spawn(async move {
            let start = tokio::time::Instant::now();
            let mut deadline = start + delay.max(Duration(0)).to_std();
            loop {
                tokio::time::sleep_until(deadline).await;
                let period = match shared.fire(seq) {
                    Some(period) => period,
                    None => return,
                };
                // The next tick, skipping those a slow reader missed.
                let step = period.to_std();
                deadline += step;
                let current = tokio::time::Instant::now();
                if deadline <= current {
                    let behind = current - deadline;
                    let skipped = behind.as_nanos() / step.as_nanos() + 1;
                    deadline += std::time::Duration::from_nanos((step.as_nanos() * skipped) as u64);
                }
            }
        });
        state.task = Some(task.abort_handle());
        drop(state);
        was_armed || drained
    }

    /// The deadline passed: delivers, unless the timer was stopped or reset
    /// since. The ticker's period when it keeps ticking.
    fn fire(&self, seq: u64) -> Option<Duration> {
        let mut state = lock(&self.state);
        if state.seq != seq || !state.armed {
            return None;
        }
        match &self.action {
            Action::Send => {
                let _ = self.channel.try_send(now());
            }
            Action::Start(task) => sched::go(task()),
        }
        if state.period.0 > 0 {
            return Some(state.period);
        }
        state.armed = false;
        state.task = None;
        drop(state);
        sched::timer_finished();
        None
    }
}

/// Go's `*time.Timer`: a handle to one timer.
#[derive(Clone, Default)]
pub struct Timer(Option<Arc<Shared>>);

impl Timer {
    /// Whether this is a nil pointer.
    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }

    /// The address `%p` and `%v` print (0 for nil).
    pub fn address(&self) -> usize {
        self.0.as_ref().map_or(0, |shared| Arc::as_ptr(shared) as usize)
    }

    /// The timer; calling a method of a nil one panics as in Go.
    fn shared(&self) -> &Arc<Shared> {
        match &self.0 {
            Some(shared) => shared,
            None => crate::panic::nil_dereference(),
        }
    }

    /// `t.C`: the channel the time is sent on (nil for an `AfterFunc`
    /// timer).
    pub fn c(&self) -> Chan<Time> {
        self.shared().channel.clone()
    }

    /// `t.Stop()`: true when the call stopped the timer, false when it had
    /// already fired (and its value was received) or been stopped.
    pub fn stop(&self) -> bool {
        self.shared().stop()
    }

    /// `t.Reset(d)`: arms the timer again; true when it was still active.
    pub fn reset(&self, delay: Duration) -> bool {
        self.shared().reset(delay, Duration(0))
    }
}

impl PartialEq for Timer {
    fn eq(&self, other: &Timer) -> bool {
        self.address() == other.address()
    }
}

impl Eq for Timer {}

/// `time.NewTimer(d)`: a timer that sends the time on its channel once `d`
/// has passed.
pub fn new_timer(delay: Duration) -> Timer {
    let shared = Shared::new(Chan::new(1), Action::Send);
    shared.reset(delay, Duration(0));
    Timer(Some(shared))
}

/// `time.AfterFunc(d, f)`: once `d` has passed (and again after each
/// `Reset`), starts a goroutine running the task `start` makes: `f`'s body.
pub fn after_func<F, T>(delay: Duration, start: F) -> Timer
where
    F: Fn() -> T + Send + Sync + 'static,
    T: Future<Output = ()> + Send + 'static,
{
    let start: Box<dyn Fn() -> BoxFuture<'static, ()> + Send + Sync> = Box::new(move || Box::pin(start()));
    let shared = Shared::new(Chan::nil(), Action::Start(start));
    shared.reset(delay, Duration(0));
    Timer(Some(shared))
}

/// Go's `*time.Ticker`: sends the time on its channel every period.
#[derive(Clone, Default)]
pub struct Ticker(Option<Arc<Shared>>);

impl Ticker {
    /// Whether this is a nil pointer.
    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }

    /// The address `%p` and `%v` print (0 for nil).
    pub fn address(&self) -> usize {
        self.0.as_ref().map_or(0, |shared| Arc::as_ptr(shared) as usize)
    }

    /// The timer; calling a method of a nil one panics as in Go.
    fn shared(&self) -> &Arc<Shared> {
        match &self.0 {
            Some(shared) => shared,
            None => crate::panic::nil_dereference(),
        }
    }

    /// `t.C`.
    pub fn c(&self) -> Chan<Time> {
        self.shared().channel.clone()
    }

    /// `t.Stop()`: no more ticks; a tick not yet received is dropped.
    pub fn stop(&self) {
        self.shared().stop();
    }

    /// `t.Reset(d)`: stops the ticker and restarts it with period `d`.
    pub fn reset(&self, period: Duration) {
        if period.0 <= 0 {
            go_panic("non-positive interval for Ticker.Reset");
        }
        self.shared().reset(period, period);
    }
}

impl PartialEq for Ticker {
    fn eq(&self, other: &Ticker) -> bool {
        self.address() == other.address()
    }
}

impl Eq for Ticker {}

/// `time.NewTicker(d)`: panics when `d` is not positive.
pub fn new_ticker(period: Duration) -> Ticker {
    if period.0 <= 0 {
        go_panic("non-positive interval for NewTicker");
    }
    let shared = Shared::new(Chan::new(1), Action::Send);
    shared.reset(period, period);
    Ticker(Some(shared))
}

/// `time.Tick(d)`: a ticker's channel; nil when `d` is not positive.
pub fn tick(period: Duration) -> Chan<Time> {
    if period.0 <= 0 {
        return Chan::nil();
    }
    new_ticker(period).c()
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicI64, Ordering};

    use super::*;

    fn ms(count: i64) -> Duration {
        Duration(count * 1_000_000)
    }

    #[test]
    fn stop_before_firing_keeps_the_channel_empty() {
        sched::run_to_completion(async {
            let timer = new_timer(ms(20));
            assert!(timer.stop());
            assert!(!timer.stop());
            tokio::time::sleep(std::time::Duration::from_millis(40)).await;
            assert!(timer.c().try_recv().is_none());
            // Reset of a stopped timer: it was not active; it fires again.
            assert!(!timer.reset(ms(5)));
            timer.c().recv().await;
            // Fired and received: nothing to stop.
            assert!(!timer.stop());
        });
    }

    #[test]
    fn a_fired_but_unreceived_value_is_drained_by_reset() {
        sched::run_to_completion(async {
            let timer = new_timer(ms(1));
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            assert!(timer.reset(ms(30)));
            assert!(timer.c().try_recv().is_none());
            timer.c().recv().await;
        });
    }

    #[test]
    fn after_func_runs_in_a_goroutine_until_stopped() {
        sched::run_to_completion(async {
            let calls = Arc::new(AtomicI64::new(0));
            let counted = calls.clone();
            let function = move || {
                let counted = counted.clone();
                async move {
                    counted.fetch_add(1, Ordering::SeqCst);
                }
            };
            let timer = after_func(ms(1), function.clone());
            assert!(timer.c().is_nil());
            tokio::time::sleep(std::time::Duration::from_millis(30)).await;
            assert_eq!(calls.load(Ordering::SeqCst), 1);
            let stopped = after_func(ms(20), function);
            assert!(stopped.stop());
            tokio::time::sleep(std::time::Duration::from_millis(40)).await;
            assert_eq!(calls.load(Ordering::SeqCst), 1);
        });
    }

    #[test]
    fn a_ticker_ticks_until_stopped() {
        sched::run_to_completion(async {
            let ticker = new_ticker(ms(2));
            for _ in 0..3 {
                ticker.c().recv().await;
            }
            ticker.stop();
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
            assert!(ticker.c().try_recv().is_none());
            assert!(tick(Duration(0)).is_nil());
        });
    }
}
