//! Stress tests of channels, select and the sync primitives: every value is
//! delivered exactly once, nothing is lost, select is uniform. (More in
//! `stress.rs`; the loom models are in `loom_chan.rs`.)

#![cfg(not(loom))]

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use go2rs_runtime::sched::run_to_completion;
use go2rs_runtime::sync::{Mutex, RWMutex, WaitGroup};
use go2rs_runtime::time::{self, MILLISECOND};
use go2rs_runtime::{Chan, go, select, try_select};

#[test]
fn unbuffered_ping_pong() {
    run_to_completion(async {
        let ping: Chan<i64> = Chan::new(0);
        let pong: Chan<i64> = Chan::new(0);
        let (ping2, pong2) = (ping.clone(), pong.clone());
        go(async move {
            while let Some(value) = ping2.next().await {
                pong2.send(value + 1).await;
            }
            pong2.close();
        });
        let mut value = 0;
        for _ in 0..20_000 {
            ping.send(value).await;
            value = pong.recv().await;
        }
        ping.close();
        assert_eq!(value, 20_000);
        assert_eq!(pong.recv_ok().await, (0, false));
    });
}

#[test]
fn many_producers_many_consumers_lose_nothing() {
    for capacity in [0, 1, 16] {
        run_to_completion(async move {
            let channel: Chan<i64> = Chan::new(capacity);
            let total = Arc::new(AtomicI64::new(0));
            let count = Arc::new(AtomicI64::new(0));
            let producers = WaitGroup::new();
            let consumers = WaitGroup::new();
            for producer in 0..8 {
                let channel = channel.clone();
                producers.go(async move {
                    for i in 0..5_000 {
                        channel.send(producer * 5_000 + i).await;
                    }
                });
            }
            for _ in 0..8 {
                let channel = channel.clone();
                let (total, count) = (total.clone(), count.clone());
                consumers.go(async move {
                    while let Some(value) = channel.next().await {
                        total.fetch_add(value, Ordering::Relaxed);
                        count.fetch_add(1, Ordering::Relaxed);
                    }
                });
            }
            producers.wait().await;
            channel.close();
            consumers.wait().await;
            let n = 40_000i64;
            assert_eq!(count.load(Ordering::Relaxed), n);
            assert_eq!(total.load(Ordering::Relaxed), n * (n - 1) / 2);
        });
    }
}

#[test]
fn select_fan_in_delivers_each_value_once() {
    run_to_completion(async {
        let inputs: Vec<Chan<i64>> = (0..4).map(|_| Chan::new(0)).collect();
        for (index, input) in inputs.iter().enumerate() {
            let input = input.clone();
            go(async move {
                for i in 0..5_000 {
                    input.send(index as i64 * 5_000 + i).await;
                }
                input.close();
            });
        }
        let mut channels: Vec<Chan<i64>> = inputs.clone();
        let mut sum = 0i64;
        let mut received = 0;
        while channels.iter().any(|c| !c.is_nil()) {
            let mut c0 = channels[0].recv_case();
            let mut c1 = channels[1].recv_case();
            let mut c2 = channels[2].recv_case();
            let mut c3 = channels[3].recv_case();
            let chosen = select(&mut [&mut c0, &mut c1, &mut c2, &mut c3]).await;
            let (value, ok) = match chosen {
                0 => c0.value_ok(),
                1 => c1.value_ok(),
                2 => c2.value_ok(),
                _ => c3.value_ok(),
            };
            if ok {
                sum += value;
                received += 1;
            } else {
                channels[chosen] = Chan::nil();
            }
        }
        assert_eq!(received, 20_000);
        assert_eq!(sum, 20_000 * 19_999 / 2);
    });
}

#[test]
fn select_meets_select_on_unbuffered_channels() {
    run_to_completion(async {
        let a: Chan<i64> = Chan::new(0);
        let b: Chan<i64> = Chan::new(0);
        let done = WaitGroup::new();
        let exchanged = Arc::new(AtomicI64::new(0));
        for side in 0..2 {
            let (a, b, exchanged) = (a.clone(), b.clone(), exchanged.clone());
            done.go(async move {
                for i in 0..5_000 {
                    let (out, input) = if side == 0 { (&a, &b) } else { (&b, &a) };
                    let mut send = out.send_case(i);
                    let mut receive = input.recv_case();
                    if select(&mut [&mut send, &mut receive]).await == 1 {
                        receive.value();
                    }
                    exchanged.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        done.wait().await;
        assert_eq!(exchanged.load(Ordering::Relaxed), 10_000);
    });
}

/// Pearson's chi-square statistic of `counts` against a uniform distribution.
fn chi_square(counts: &[u32]) -> f64 {
    let total: u32 = counts.iter().sum();
    let expected = total as f64 / counts.len() as f64;
    counts.iter().map(|&count| (count as f64 - expected).powi(2) / expected).sum()
}

/// The chi-square critical value for 3 degrees of freedom at p = 1e-6: an
/// unbiased `select` fails the uniformity tests once in a million runs.
const CHI_SQUARE_DF3_P1E6: f64 = 30.7;

const UNIFORMITY_TRIALS: usize = 200_000;

#[test]
fn select_is_uniform_among_ready_cases() {
    run_to_completion(async {
        // Two ready cases.
        let a: Chan<i64> = Chan::new(1);
        let b: Chan<i64> = Chan::new(1);
        let mut counts = [0u32; 2];
        for _ in 0..UNIFORMITY_TRIALS {
            let _ = a.try_send(1);
            let _ = b.try_send(2);
            let mut ca = a.recv_case();
            let mut cb = b.recv_case();
            let chosen = try_select(&mut [&mut ca, &mut cb]).expect("both ready");
            counts[chosen] += 1;
        }
        // Binomial(trials, 0.5): 6 standard deviations are 3 * sqrt(trials).
        let six_sigma = 3.0 * (UNIFORMITY_TRIALS as f64).sqrt();
        let deviation = (counts[0] as f64 - UNIFORMITY_TRIALS as f64 / 2.0).abs();
        assert!(deviation < six_sigma, "{counts:?}");

        // Four ready receive cases (`select` with `default`).
        let channels: Vec<Chan<i64>> = (0..4).map(|_| Chan::new(1)).collect();
        let mut counts = [0u32; 4];
        for _ in 0..UNIFORMITY_TRIALS {
            for channel in &channels {
                let _ = channel.try_send(1);
            }
            let mut c0 = channels[0].recv_case();
            let mut c1 = channels[1].recv_case();
            let mut c2 = channels[2].recv_case();
            let mut c3 = channels[3].recv_case();
            let chosen = try_select(&mut [&mut c0, &mut c1, &mut c2, &mut c3]).expect("all ready");
            counts[chosen] += 1;
        }
        let statistic = chi_square(&counts);
        assert!(statistic < CHI_SQUARE_DF3_P1E6, "chi-square {statistic:.1}: {counts:?}");
    });
}

#[test]
fn blocking_select_is_uniform_when_all_cases_are_ready() {
    // A `select` without `default` whose four cases (two receives, two sends)
    // are all ready before it is first polled: its first pass must pick one
    // uniformly, whatever the case kind or position.
    run_to_completion(async {
        let channels: Vec<Chan<i64>> = (0..4).map(|_| Chan::new(1)).collect();
        let mut counts = [0u32; 4];
        for _ in 0..UNIFORMITY_TRIALS {
            // Receive cases: a full buffer. Send cases: an empty one.
            for channel in &channels[..2] {
                let _ = channel.try_send(1);
            }
            for channel in &channels[2..] {
                let _ = channel.try_recv();
            }
            let mut r0 = channels[0].recv_case();
            let mut r1 = channels[1].recv_case();
            let mut s2 = channels[2].send_case(2);
            let mut s3 = channels[3].send_case(3);
            let chosen = select(&mut [&mut r0, &mut r1, &mut s2, &mut s3]).await;
            counts[chosen] += 1;
        }
        let statistic = chi_square(&counts);
        assert!(statistic < CHI_SQUARE_DF3_P1E6, "chi-square {statistic:.1}: {counts:?}");
    });
}

#[test]
fn close_wakes_every_receiver() {
    run_to_completion(async {
        let channel: Chan<i64> = Chan::new(0);
        let group = WaitGroup::new();
        let closed_seen = Arc::new(AtomicI64::new(0));
        for _ in 0..100 {
            let (channel, closed_seen) = (channel.clone(), closed_seen.clone());
            group.go(async move {
                let (value, ok) = channel.recv_ok().await;
                assert_eq!(value, 0);
                if !ok {
                    closed_seen.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        time::sleep(MILLISECOND * time::Duration(20)).await;
        channel.close();
        group.wait().await;
        assert_eq!(closed_seen.load(Ordering::Relaxed), 100);
    });
}

#[test]
fn buffered_values_survive_close() {
    run_to_completion(async {
        let channel: Chan<i64> = Chan::new(3);
        channel.send(7).await;
        channel.send(8).await;
        channel.close();
        assert_eq!(channel.recv_ok().await, (7, true));
        assert_eq!(channel.recv_ok().await, (8, true));
        assert_eq!(channel.recv_ok().await, (0, false));
        assert_eq!(channel.len(), 0);
        assert_eq!(channel.cap(), 3);
    });
}

#[test]
fn mutex_serialises_increments() {
    run_to_completion(async {
        let mutex = Mutex::new();
        let counter = Arc::new(AtomicI64::new(0));
        let group = WaitGroup::new();
        for _ in 0..8 {
            let (mutex, counter) = (mutex.clone(), counter.clone());
            group.go(async move {
                for _ in 0..5_000 {
                    mutex.lock().await;
                    // A non-atomic read-modify-write, made safe only by the lock.
                    let value = counter.load(Ordering::Relaxed);
                    tokio_yield().await;
                    counter.store(value + 1, Ordering::Relaxed);
                    mutex.unlock();
                }
            });
        }
        group.wait().await;
        assert_eq!(counter.load(Ordering::Relaxed), 40_000);
    });
}

#[test]
fn rwmutex_excludes_writers_from_readers() {
    run_to_completion(async {
        let lock = RWMutex::new();
        let state = Arc::new(AtomicI64::new(0));
        let group = WaitGroup::new();
        for writer in 0..4 {
            let (lock, state) = (lock.clone(), state.clone());
            group.go(async move {
                for _ in 0..1_000 {
                    if writer % 2 == 0 {
                        lock.lock().await;
                        assert_eq!(state.swap(-1, Ordering::SeqCst), 0);
                        tokio_yield().await;
                        state.store(0, Ordering::SeqCst);
                        lock.unlock();
                    } else {
                        lock.rlock().await;
                        assert!(state.fetch_add(1, Ordering::SeqCst) >= 0);
                        tokio_yield().await;
                        state.fetch_sub(1, Ordering::SeqCst);
                        lock.runlock();
                    }
                }
            });
        }
        group.wait().await;
    });
}

#[test]
fn timeout_fires_in_select() {
    run_to_completion(async {
        let never: Chan<i64> = Chan::new(0);
        let mut receive = never.recv_case();
        let mut timeout = time::after(MILLISECOND * time::Duration(10)).recv_case();
        assert_eq!(select(&mut [&mut receive, &mut timeout]).await, 1);
    });
}

async fn tokio_yield() {
    let mut yielded = false;
    std::future::poll_fn(|cx| {
        if yielded {
            std::task::Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    })
    .await
}

#[test]
fn select_with_many_cases_picks_the_ready_one() {
    // More cases than `select` orders on the stack, some on nil channels.
    run_to_completion(async {
        const CASES: usize = 20;
        let chans: Vec<Chan<i64>> = (0..CASES).map(|i| if i % 7 == 3 { Chan::nil() } else { Chan::new(0) }).collect();
        for target in (0..CASES).filter(|i| i % 7 != 3) {
            let sender = chans[target].clone();
            go(async move { sender.send(target as i64 * 10).await });
            let mut cases: Vec<_> = chans.iter().map(|chan| chan.recv_case()).collect();
            let mut refs: Vec<&mut dyn go2rs_runtime::chan::SelectCase> = cases
                .iter_mut()
                .map(|case| case as &mut dyn go2rs_runtime::chan::SelectCase)
                .collect();
            let chosen = select(&mut refs).await;
            drop(refs);
            assert_eq!(chosen, target);
            assert_eq!(cases[chosen].value(), target as i64 * 10);
        }
        // `select` with `default`: only one buffered channel holds a value.
        let buffered: Vec<Chan<i64>> = (0..CASES).map(|_| Chan::new(1)).collect();
        buffered[17].try_send(5).expect("room in the buffer");
        let mut cases: Vec<_> = buffered.iter().map(|chan| chan.recv_case()).collect();
        let mut refs: Vec<&mut dyn go2rs_runtime::chan::SelectCase> = cases
            .iter_mut()
            .map(|case| case as &mut dyn go2rs_runtime::chan::SelectCase)
            .collect();
        assert_eq!(try_select(&mut refs), Some(17));
        assert_eq!(try_select(&mut refs), None);
        drop(refs);
        assert_eq!(cases[17].value(), 5);
    });
}
