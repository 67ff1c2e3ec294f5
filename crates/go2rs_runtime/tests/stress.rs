//! Stress tests of channels and select with many goroutines: every value is
//! delivered exactly once (checked per value, not only by sums), close wakes
//! everyone, and a send that loses the race with close panics instead of
//! delivering. The loom models in `loom_chan.rs` check the same properties
//! exhaustively on tiny programs; these check them at scale on the real
//! multi-threaded scheduler.

#![cfg(not(loom))]

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

use go2rs_runtime::panic::{GoPanic, catch_async};
use go2rs_runtime::sched::run_to_completion;
use go2rs_runtime::sync::WaitGroup;
use go2rs_runtime::{Chan, go, select};

/// How often each value was seen.
struct Seen(Vec<AtomicU32>);

impl Seen {
    fn new(values: usize) -> Arc<Seen> {
        Arc::new(Seen((0..values).map(|_| AtomicU32::new(0)).collect()))
    }

    fn mark(&self, value: i64) {
        self.0[value as usize].fetch_add(1, Ordering::Relaxed);
    }

    fn counts(&self) -> Vec<u32> {
        self.0.iter().map(|count| count.load(Ordering::Relaxed)).collect()
    }
}

fn assert_each_once(what: &str, counts: &[u32]) {
    let wrong: Vec<(usize, u32)> = counts
        .iter()
        .enumerate()
        .filter(|&(_, &count)| count != 1)
        .map(|(value, &count)| (value, count))
        .take(10)
        .collect();
    assert!(wrong.is_empty(), "{what}: (value, times seen) {wrong:?}");
}

const CHANNELS: usize = 6;
const PRODUCERS: usize = 6_000;
const CONSUMERS: usize = 3_000;
const WATCHERS: usize = 1_000;
const PER_PRODUCER: usize = 16;

/// 10,000 goroutines: 6,000 producers (plain sends, and selects over two send
/// cases), 3,000 consumers (`range` loops, and selects over three receive
/// cases that drop closed channels), 1,000 watchers blocked on a channel that
/// is only ever closed. Channels are unbuffered, capacity 1 and capacity 16.
#[test]
fn ten_thousand_goroutines_deliver_every_value_exactly_once() {
    run_to_completion(async {
        let channels: Vec<Chan<i64>> = (0..CHANNELS).map(|i| Chan::new([0, 1, 16][i % 3])).collect();
        let quit: Chan<i64> = Chan::new(0);
        let seen = Seen::new(PRODUCERS * PER_PRODUCER);
        let quit_seen = Arc::new(AtomicUsize::new(0));

        let watchers = WaitGroup::new();
        for _ in 0..WATCHERS {
            let (quit, quit_seen) = (quit.clone(), quit_seen.clone());
            watchers.go(async move {
                assert_eq!(quit.recv_ok().await, (0, false));
                quit_seen.fetch_add(1, Ordering::Relaxed);
            });
        }

        let consumers = WaitGroup::new();
        for consumer in 0..CONSUMERS {
            let channels = channels.clone();
            let seen = seen.clone();
            consumers.go(async move {
                if consumer % 2 == 0 {
                    let channel = &channels[consumer % CHANNELS];
                    while let Some(value) = channel.next().await {
                        seen.mark(value);
                    }
                } else {
                    // select over three channels until all are closed.
                    let mut mine: Vec<Chan<i64>> = (0..3).map(|k| channels[(consumer + 2 * k) % CHANNELS].clone()).collect();
                    while mine.iter().any(|channel| !channel.is_nil()) {
                        let mut c0 = mine[0].recv_case();
                        let mut c1 = mine[1].recv_case();
                        let mut c2 = mine[2].recv_case();
                        let chosen = select(&mut [&mut c0, &mut c1, &mut c2]).await;
                        let (value, ok) = match chosen {
                            0 => c0.value_ok(),
                            1 => c1.value_ok(),
                            _ => c2.value_ok(),
                        };
                        if ok {
                            seen.mark(value);
                        } else {
                            mine[chosen] = Chan::nil();
                        }
                    }
                }
            });
        }

        let producers = WaitGroup::new();
        for producer in 0..PRODUCERS {
            let channels = channels.clone();
            producers.go(async move {
                let first = &channels[producer % CHANNELS];
                let second = &channels[(producer + 1) % CHANNELS];
                for i in 0..PER_PRODUCER {
                    let value = (producer * PER_PRODUCER + i) as i64;
                    if producer % 2 == 0 {
                        first.send(value).await;
                    } else {
                        let mut on_first = first.send_case(value);
                        let mut on_second = second.send_case(value);
                        select(&mut [&mut on_first, &mut on_second]).await;
                    }
                }
            });
        }

        producers.wait().await;
        for channel in &channels {
            channel.close();
        }
        consumers.wait().await;
        quit.close();
        watchers.wait().await;

        assert_each_once("received", &seen.counts());
        assert_eq!(quit_seen.load(Ordering::Relaxed), WATCHERS);
        for channel in &channels {
            assert_eq!(channel.try_recv(), Some((0, false)));
        }
    });
}

/// Senders racing `close`: every value is either received (exactly once) or
/// its send panicked with `send on closed channel` (exactly once), never both
/// and never neither. Half the senders use a plain send, half a select with a
/// send case and a case that never fires.
#[test]
fn senders_racing_close_either_deliver_or_panic() {
    const SENDERS: usize = 2_000;
    const RECEIVERS: usize = 500;
    const CLOSE_AFTER: usize = 1_000;
    for capacity in [0, 0, 0, 4, 4, 4] {
        run_to_completion(async move {
            let channel: Chan<i64> = Chan::new(capacity);
            let never: Chan<i64> = Chan::new(0);
            let received = Seen::new(SENDERS);
            let panicked = Seen::new(SENDERS);

            let senders = WaitGroup::new();
            for sender in 0..SENDERS {
                let (channel, never, panicked) = (channel.clone(), never.clone(), panicked.clone());
                senders.go(async move {
                    let value = sender as i64;
                    let payload = catch_async(async {
                        if sender % 2 == 0 {
                            channel.send(value).await;
                        } else {
                            let mut send = channel.send_case(value);
                            let mut on_never = never.recv_case();
                            select(&mut [&mut send, &mut on_never]).await;
                        }
                    })
                    .await;
                    if let Some(payload) = payload {
                        let panic = payload.downcast::<GoPanic>().expect("a Go panic");
                        assert_eq!(panic.message, "send on closed channel");
                        panicked.mark(value);
                    }
                });
            }
            // The receiver that takes the CLOSE_AFTER-th value closes the
            // channel, mid-stream: the other receivers are still draining
            // and most senders are still blocked or not started.
            let taken = Arc::new(AtomicUsize::new(0));
            let receivers = WaitGroup::new();
            for _ in 0..RECEIVERS {
                let (channel, received, taken) = (channel.clone(), received.clone(), taken.clone());
                receivers.go(async move {
                    while let Some(value) = channel.next().await {
                        received.mark(value);
                        if taken.fetch_add(1, Ordering::Relaxed) + 1 == CLOSE_AFTER {
                            channel.close();
                        }
                    }
                });
            }
            senders.wait().await;
            receivers.wait().await;

            let received = received.counts();
            let panicked = panicked.counts();
            let combined: Vec<u32> = received.iter().zip(&panicked).map(|(r, p)| r + p).collect();
            assert_each_once("received or panicked", &combined);
            let delivered = received.iter().filter(|&&count| count == 1).count();
            assert!(delivered >= CLOSE_AFTER, "capacity {capacity}: {delivered}");
        });
    }
}

/// Pairs of goroutines meeting select-to-select on unbuffered channels, many
/// pairs at once: each exchange pairs exactly one sender with one receiver.
#[test]
fn many_selects_meet_selects() {
    const PAIRS: usize = 500;
    const ROUNDS: usize = 20;
    run_to_completion(async {
        let sent = Arc::new(AtomicUsize::new(0));
        let got = Arc::new(AtomicUsize::new(0));
        let group = WaitGroup::new();
        for _ in 0..PAIRS {
            let a: Chan<i64> = Chan::new(0);
            let b: Chan<i64> = Chan::new(0);
            for side in 0..2 {
                let (a, b) = (a.clone(), b.clone());
                let (sent, got) = (sent.clone(), got.clone());
                group.go(async move {
                    let (out, input) = if side == 0 { (&a, &b) } else { (&b, &a) };
                    for round in 0..ROUNDS {
                        let mut send = out.send_case(1 + round as i64);
                        let mut receive = input.recv_case();
                        if select(&mut [&mut send, &mut receive]).await == 0 {
                            sent.fetch_add(1, Ordering::Relaxed);
                        } else {
                            let (value, ok) = receive.value_ok();
                            assert!(ok && value == 1 + round as i64, "{value} in round {round}");
                            got.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                });
            }
        }
        group.wait().await;
        assert_eq!(sent.load(Ordering::Relaxed), PAIRS * ROUNDS);
        assert_eq!(got.load(Ordering::Relaxed), PAIRS * ROUNDS);
    });
}

/// Goroutines started from goroutines: a fan-out tree of 4,096 leaves that
/// report back on one unbuffered channel.
#[test]
fn goroutine_tree_reports_every_leaf() {
    fn spawn(depth: u32, id: i64, out: Chan<i64>) {
        go(async move {
            if depth == 0 {
                out.send(id).await;
            } else {
                spawn(depth - 1, id * 2, out.clone());
                spawn(depth - 1, id * 2 + 1, out);
            }
        });
    }
    run_to_completion(async {
        let out: Chan<i64> = Chan::new(0);
        spawn(12, 0, out.clone());
        let seen = Seen::new(1 << 12);
        for _ in 0..1 << 12 {
            seen.mark(out.recv().await);
        }
        assert_each_once("leaves", &seen.counts());
    });
}
