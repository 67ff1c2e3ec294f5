//! Go's `select`: a uniformly random choice among the ready cases, blocking
//! on all of them at once (no polling) when none is ready.
//!
//! ```text
//! // select { case v := <-jobs: ...; case <-done: return }
//! let mut on_job = jobs.recv_case();
//! let mut on_done = done.recv_case();
//! match select(&mut [&mut on_job, &mut on_done]).await {
//!     0 => { let v = on_job.value(); ... }
//!     _ => return,
//! }
//! ```

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use crate::chan::SelectCase;
// Inert scheduler hooks and a deterministic choice under `cfg(loom)`: see
// `loom_shim.rs`.
use crate::loom_shim::sched::{self, WaitReason};
use crate::wait::Token;

/// A `select` without `default`: waits until one case proceeds and returns
/// its index. Cases on nil channels are never chosen; with no usable case it
/// blocks forever, as `select {}` does.
pub fn select<'a, 'b>(cases: &'a mut [&'b mut dyn SelectCase]) -> Select<'a, 'b> {
    Select {
        cases,
        token: None,
        forever: None,
    }
}

/// A `select` with `default`: the index of a ready case chosen uniformly at
/// random, or `None` (run `default`) when no case is ready.
pub fn try_select(cases: &mut [&mut dyn SelectCase]) -> Option<usize> {
    let mut order = Order::new();
    poll_order(cases, &mut order);
    order.as_slice().iter().copied().find(|&index| cases[index].try_complete())
}

/// `select {}`: blocks the goroutine forever.
pub async fn block_forever() {
    sched::park_forever(WaitReason::SelectNoCases).await
}

/// Selects with at most this many cases order them without allocating.
const INLINE_CASES: usize = 8;

/// A polling order (case indices): on the stack for small selects, else on
/// the heap.
struct Order {
    inline: [usize; INLINE_CASES],
    len: usize,
    heap: Vec<usize>,
}

impl Order {
    fn as_slice(&self) -> &[usize] {
        if self.heap.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.heap
        }
    }

    fn as_mut_slice(&mut self) -> &mut [usize] {
        if self.heap.is_empty() {
            &mut self.inline[..self.len]
        } else {
            &mut self.heap
        }
    }
}

/// The usable (non-nil) cases in a uniformly random order, written into
/// `order` (the caller's, so that it is not copied on return).
fn poll_order(cases: &[&mut dyn SelectCase], order: &mut Order) {
    order.len = 0;
    order.heap.clear();
    let usable = (0..cases.len()).filter(|&i| !cases[i].is_nil());
    if cases.len() <= INLINE_CASES {
        for index in usable {
            order.inline[order.len] = index;
            order.len += 1;
        }
    } else {
        order.heap.extend(usable);
    }
    let shuffled = order.as_mut_slice();
    // Fisher-Yates.
    for i in (1..shuffled.len()).rev() {
        let j = sched::random_below(i + 1);
        shuffled.swap(i, j);
    }
}

impl Order {
    fn new() -> Order {
        Order {
            inline: [0; INLINE_CASES],
            len: 0,
            heap: Vec::new(),
        }
    }
}

/// The future of [`select`].
pub struct Select<'a, 'b> {
    cases: &'a mut [&'b mut dyn SelectCase],
    token: Option<Arc<Token>>,
    forever: Option<sched::ParkForever>,
}

impl Select<'_, '_> {
    fn finish(&mut self, chosen: u32, closed: bool) -> usize {
        let chosen = chosen as usize;
        for (index, case) in self.cases.iter_mut().enumerate() {
            if index != chosen {
                case.unregister();
            }
        }
        self.token = None;
        self.cases[chosen].complete(closed);
        chosen
    }
}

impl Future for Select<'_, '_> {
    type Output = usize;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        let this = &mut *self;
        if let Some(token) = &this.token {
            return match token.outcome() {
                Some((chosen, closed)) => Poll::Ready(this.finish(chosen, closed)),
                None => {
                    token.refresh_waker(cx);
                    Poll::Pending
                }
            };
        }
        if let Some(forever) = &mut this.forever {
            return Pin::new(forever).poll(cx).map(|()| 0);
        }
        if sched::poll_budget(cx).is_pending() {
            return Poll::Pending;
        }
        let mut order = Order::new();
        loop {
            poll_order(this.cases, &mut order);
            let indices = order.as_slice();
            if indices.is_empty() {
                let reason = if this.cases.is_empty() {
                    WaitReason::SelectNoCases
                } else {
                    WaitReason::Select
                };
                let mut forever = sched::park_forever(reason);
                let _ = Pin::new(&mut forever).poll(cx);
                this.forever = Some(forever);
                return Poll::Pending;
            }
            // Pass 1: a case that can proceed now.
            for &index in indices {
                if this.cases[index].try_complete() {
                    return Poll::Ready(index);
                }
            }
            // Pass 2: wait on every case with one token.
            let token = Token::new(cx);
            let mut became_ready = false;
            for &index in indices {
                if this.cases[index].register(&token, index as u32) {
                    became_ready = true;
                    break;
                }
            }
            if became_ready && token.try_abort() {
                for case in this.cases.iter_mut() {
                    case.unregister();
                }
                continue;
            }
            // Else, if a case became ready, somebody selected one of the
            // registered cases meanwhile.
            this.token = Some(token.clone());
            if token.try_park(WaitReason::Select) {
                return Poll::Pending;
            }
            return match token.outcome() {
                Some((chosen, closed)) => Poll::Ready(this.finish(chosen, closed)),
                // Selected, hand-over still in progress: its wake-up follows.
                None => Poll::Pending,
            };
        }
    }
}

impl Drop for Select<'_, '_> {
    fn drop(&mut self) {
        if let Some(token) = self.token.take()
            && token.try_abort()
        {
            for case in self.cases.iter_mut() {
                case.unregister();
            }
        }
    }
}
