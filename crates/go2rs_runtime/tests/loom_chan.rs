//! Model checking of the channel and select core with loom: every
//! interleaving of the real `chan.rs` / `select.rs` / `wait.rs` code (built on
//! loom's primitives through `src/loom_shim.rs`) is explored, looking for lost
//! wake-ups (loom reports a model in which every thread is blocked), double
//! delivery, lost values and wrong close semantics.
//!
//! Run with (a separate target dir, since `--cfg loom` rebuilds everything):
//!
//! ```text
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=/work/target-loom \
//!     cargo test -p go2rs_runtime --release --test loom_chan
//! ```
//!
//! About a minute and a half in all on 2 cores; `--nocapture` prints the
//! number of executions explored per model. Each model fixes its preemption
//! bound (the first argument of `model`, overriding `LOOM_MAX_PREEMPTIONS`):
//! 3, or 2 for the models whose state space is larger (with 3 those also
//! pass, in about 50 s per configuration). `LOOM_LOG=1`,
//! `LOOM_CHECKPOINT_FILE` etc. work as usual to debug a failure.
//!
//! Under loom, `select` tries its cases in a fixed order (see
//! `src/loom_shim.rs`), so the select models list their cases both ways.
//! Without `--cfg loom` this file compiles to nothing.

#![cfg(loom)]

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use go2rs_runtime::panic::GoPanic;
use go2rs_runtime::{Chan, select, try_select};
use loom::future::block_on;
use loom::thread;

/// Explores `body` with at most `preemptions` forced preemptions per
/// execution (loom's standard bound; 3 finds the classic races).
/// Prints how many executions were explored (visible with `--nocapture`).
#[track_caller]
fn model(preemptions: usize, body: impl Fn() + Sync + Send + 'static) {
    quiet_go_panics();
    let executions = std::sync::Arc::new(AtomicUsize::new(0));
    let counter = executions.clone();
    let started = Instant::now();
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = Some(preemptions);
    builder.check(move || {
        counter.fetch_add(1, Ordering::Relaxed);
        body();
    });
    println!(
        "{}: {} executions in {:.1?}",
        std::panic::Location::caller(),
        executions.load(Ordering::Relaxed),
        started.elapsed()
    );
}

/// Go panics (`send on closed channel`) are expected in some models and
/// caught; keep them out of the output, print every other panic.
fn quiet_go_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<GoPanic>().is_none() {
                previous(info);
            }
        }));
    });
}

/// Runs `body`, returning the message of the Go panic it raised, if any.
fn go_panic_of(body: impl FnOnce()) -> Option<String> {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(()) => None,
        Err(payload) => match payload.downcast::<GoPanic>() {
            Ok(panic) => Some(panic.message),
            Err(other) => std::panic::resume_unwind(other),
        },
    }
}

/// Asserts that nothing is left to receive (and nothing is blocked sending).
fn assert_drained(channel: &Chan<i64>) {
    assert_eq!(channel.try_recv(), None, "a value was delivered twice or left behind");
    assert_eq!(channel.len(), 0);
}

#[test]
fn unbuffered_rendezvous_delivers_once_and_wakes_both() {
    model(3, || {
        let channel: Chan<i64> = Chan::new(0);
        let tx = channel.clone();
        let sender = thread::spawn(move || block_on(tx.send(7)));
        assert_eq!(block_on(channel.recv_ok()), (7, true));
        sender.join().unwrap();
        assert_drained(&channel);
    });
}

#[test]
fn unbuffered_two_receivers_one_sender_then_close() {
    // Two blocked receivers, one value: exactly one gets it, the other is
    // woken by close with (0, false).
    model(3, || {
        let channel: Chan<i64> = Chan::new(0);
        let receivers: Vec<_> = (0..2)
            .map(|_| {
                let rx = channel.clone();
                thread::spawn(move || block_on(rx.recv_ok()))
            })
            .collect();
        block_on(channel.send(5));
        channel.close();
        let mut results: Vec<(i64, bool)> = receivers.into_iter().map(|r| r.join().unwrap()).collect();
        results.sort();
        assert_eq!(results, vec![(0, false), (5, true)]);
    });
}

#[test]
fn buffered_cap1_two_senders_one_receiver() {
    // Capacity 1, so one sender may park on the full buffer and be moved
    // into it by the receiver (`receive_now`'s refill path).
    model(3, || {
        let channel: Chan<i64> = Chan::new(1);
        let senders: Vec<_> = [1i64, 2]
            .into_iter()
            .map(|value| {
                let tx = channel.clone();
                thread::spawn(move || block_on(tx.send(value)))
            })
            .collect();
        let first = block_on(channel.recv());
        let second = block_on(channel.recv());
        let mut got = [first, second];
        got.sort();
        assert_eq!(got, [1, 2]);
        for sender in senders {
            sender.join().unwrap();
        }
        assert_drained(&channel);
    });
}

#[test]
fn buffered_cap1_keeps_each_senders_order() {
    // One sender sends 1 then 2, another sends 10; the receiver sees every
    // value once, and 1 before 2 (FIFO per sender).
    model(2, || {
        let channel: Chan<i64> = Chan::new(1);
        let tx = channel.clone();
        let first = thread::spawn(move || {
            block_on(async {
                tx.send(1).await;
                tx.send(2).await;
            })
        });
        let tx = channel.clone();
        let second = thread::spawn(move || block_on(tx.send(10)));
        let got: Vec<i64> = (0..3).map(|_| block_on(channel.recv())).collect();
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(sorted, [1, 2, 10], "{got:?}");
        let one = got.iter().position(|&v| v == 1).unwrap();
        let two = got.iter().position(|&v| v == 2).unwrap();
        assert!(one < two, "{got:?}");
        first.join().unwrap();
        second.join().unwrap();
        assert_drained(&channel);
    });
}

#[test]
fn close_wakes_a_blocked_receiver() {
    for capacity in [0, 1] {
        model(3, move || {
            let channel: Chan<i64> = Chan::new(capacity);
            let rx = channel.clone();
            let receiver = thread::spawn(move || block_on(rx.recv_ok()));
            channel.close();
            assert_eq!(receiver.join().unwrap(), (0, false));
        });
    }
}

#[test]
fn close_makes_a_blocked_sender_panic() {
    for capacity in [0, 1] {
        model(3, move || {
            let channel: Chan<i64> = Chan::new(capacity);
            if capacity == 1 {
                // Fill the buffer so that the sender blocks.
                assert_eq!(channel.try_send(1), Ok(()));
            }
            let tx = channel.clone();
            let sender = thread::spawn(move || go_panic_of(|| block_on(tx.send(2))));
            channel.close();
            assert_eq!(sender.join().unwrap().as_deref(), Some("send on closed channel"));
            // The buffered value survives close; the panicked send left none.
            if capacity == 1 {
                assert_eq!(channel.try_recv(), Some((1, true)));
            }
            assert_eq!(channel.try_recv(), Some((0, false)));
        });
    }
}

#[test]
fn close_races_a_send_and_a_receive() {
    // Unbuffered: either the send completes and the receiver has the value,
    // or the sender panics and the receiver sees the close. Never both, never
    // neither.
    model(3, || {
        let channel: Chan<i64> = Chan::new(0);
        let tx = channel.clone();
        let sender = thread::spawn(move || go_panic_of(|| block_on(tx.send(3))));
        let rx = channel.clone();
        let receiver = thread::spawn(move || block_on(rx.recv_ok()));
        channel.close();
        let panicked = sender.join().unwrap();
        let received = receiver.join().unwrap();
        match panicked {
            None => assert_eq!(received, (3, true)),
            Some(message) => {
                assert_eq!(message, "send on closed channel");
                assert_eq!(received, (0, false));
            }
        }
    });
}

/// `select { case v := <-first: ...; case v := <-second: ... }` with both
/// orders of the cases (the loom shim's `select` order is deterministic).
fn select_recv(first: &Chan<i64>, second: &Chan<i64>, swap: bool) -> (usize, (i64, bool)) {
    let mut on_first = first.recv_case();
    let mut on_second = second.recv_case();
    if swap {
        let chosen = block_on(select(&mut [&mut on_second, &mut on_first]));
        let (value, other) = if chosen == 0 {
            (on_second.value_ok(), on_first.value_ok())
        } else {
            (on_first.value_ok(), on_second.value_ok())
        };
        assert_eq!(other, (0, false), "a case that did not fire received");
        (1 - chosen, value)
    } else {
        let chosen = block_on(select(&mut [&mut on_first, &mut on_second]));
        let (value, other) = if chosen == 0 {
            (on_first.value_ok(), on_second.value_ok())
        } else {
            (on_second.value_ok(), on_first.value_ok())
        };
        assert_eq!(other, (0, false), "a case that did not fire received");
        (chosen, value)
    }
}

#[test]
fn select_over_two_channels_racing_two_senders() {
    // Exactly one case fires with its own channel's value; the other
    // sender's value is neither lost nor duplicated: it is still there.
    for capacity in [0, 1] {
        for swap in [false, true] {
            model(2, move || {
                let a: Chan<i64> = Chan::new(capacity);
                let b: Chan<i64> = Chan::new(capacity);
                let tx = a.clone();
                let send_a = thread::spawn(move || block_on(tx.send(1)));
                let tx = b.clone();
                let send_b = thread::spawn(move || block_on(tx.send(2)));
                let (chosen, value) = select_recv(&a, &b, swap);
                let expected = [1, 2][chosen];
                assert_eq!(value, (expected, true));
                let other = if chosen == 0 { &b } else { &a };
                assert_eq!(block_on(other.recv_ok()), (3 - expected, true));
                send_a.join().unwrap();
                send_b.join().unwrap();
                assert_drained(&a);
                assert_drained(&b);
            });
        }
    }
}

#[test]
fn select_races_close_and_a_send() {
    // select on a and b while a is closed and b is sent to: whichever case
    // fires, the other event is still observable afterwards.
    for swap in [false, true] {
        model(2, move || {
            let a: Chan<i64> = Chan::new(0);
            let b: Chan<i64> = Chan::new(0);
            let closer = a.clone();
            let close_a = thread::spawn(move || closer.close());
            let tx = b.clone();
            let send_b = thread::spawn(move || block_on(tx.send(2)));
            let (chosen, value) = select_recv(&a, &b, swap);
            if chosen == 0 {
                assert_eq!(value, (0, false));
                assert_eq!(block_on(b.recv_ok()), (2, true));
            } else {
                assert_eq!(value, (2, true));
                assert_eq!(block_on(a.recv_ok()), (0, false));
            }
            close_a.join().unwrap();
            send_b.join().unwrap();
        });
    }
}

#[test]
fn select_send_case_racing_a_receiver() {
    // select { case a <- 1: ...; case <-never: ... } against a receiver on a.
    for swap in [false, true] {
        model(3, move || {
            let a: Chan<i64> = Chan::new(0);
            let never: Chan<i64> = Chan::new(0);
            let rx = a.clone();
            let receiver = thread::spawn(move || block_on(rx.recv_ok()));
            let mut send = a.send_case(1);
            let mut on_never = never.recv_case();
            let chosen = if swap {
                1 - block_on(select(&mut [&mut on_never, &mut send]))
            } else {
                block_on(select(&mut [&mut send, &mut on_never]))
            };
            assert_eq!(chosen, 0);
            assert_eq!(receiver.join().unwrap(), (1, true));
            assert_drained(&a);
        });
    }
}

#[test]
fn select_send_case_racing_close_panics() {
    // select { case a <- 1: ...; case <-never: ... } while a is closed: the
    // send case is chosen and panics, whether it sees the close at once or is
    // woken by it.
    for swap in [false, true] {
        model(3, move || {
            let a: Chan<i64> = Chan::new(0);
            let never: Chan<i64> = Chan::new(0);
            let closer = a.clone();
            let close_a = thread::spawn(move || closer.close());
            let panicked = go_panic_of(|| {
                let mut send = a.send_case(1);
                let mut on_never = never.recv_case();
                if swap {
                    block_on(select(&mut [&mut on_never, &mut send]));
                } else {
                    block_on(select(&mut [&mut send, &mut on_never]));
                }
            });
            assert_eq!(panicked.as_deref(), Some("send on closed channel"));
            close_a.join().unwrap();
            assert_eq!(a.try_recv(), Some((0, false)));
        });
    }
}

#[test]
fn select_send_and_receive_cases_racing_a_receiver_and_a_sender() {
    // select { case a <- 1: ...; case v := <-b: ... } while one goroutine
    // receives from a and another sends 2 on b. Exactly one case fires; the
    // other operation is then done directly and must pair up.
    model(2, || {
        let a: Chan<i64> = Chan::new(0);
        let b: Chan<i64> = Chan::new(0);
        let rx = a.clone();
        let receiver = thread::spawn(move || block_on(rx.recv_ok()));
        let tx = b.clone();
        let sender = thread::spawn(move || block_on(tx.send(2)));
        let mut send = a.send_case(1);
        let mut on_b = b.recv_case();
        let chosen = block_on(select(&mut [&mut send, &mut on_b]));
        if chosen == 0 {
            assert_eq!(on_b.value_ok(), (0, false), "the receive case did not fire");
            assert_eq!(block_on(b.recv_ok()), (2, true));
        } else {
            assert_eq!(on_b.value_ok(), (2, true));
            block_on(a.send(1));
        }
        assert_eq!(receiver.join().unwrap(), (1, true));
        sender.join().unwrap();
        assert_drained(&a);
        assert_drained(&b);
    });
}

#[test]
fn select_meets_select() {
    // Two selects, each offering to send on one channel and receive on the
    // other: they must pair up (one sends, the other receives) and both
    // finish; neither may take its own value.
    model(2, || {
        let a: Chan<i64> = Chan::new(0);
        let b: Chan<i64> = Chan::new(0);
        let (a2, b2) = (a.clone(), b.clone());
        let other = thread::spawn(move || {
            let mut send = b2.send_case(20);
            let mut receive = a2.recv_case();
            let chosen = block_on(select(&mut [&mut send, &mut receive]));
            (chosen, receive.value_ok())
        });
        let mut send = a.send_case(10);
        let mut receive = b.recv_case();
        let chosen = block_on(select(&mut [&mut send, &mut receive]));
        let mine = (chosen, receive.value_ok());
        let theirs = other.join().unwrap();
        match (mine, theirs) {
            ((0, _), (1, got)) => assert_eq!(got, (10, true)),
            ((1, got), (0, _)) => assert_eq!(got, (20, true)),
            pairing => panic!("selects did not pair up: {pairing:?}"),
        }
        assert_drained(&a);
        assert_drained(&b);
    });
}

#[test]
fn try_select_with_default_never_loses_a_value() {
    // A non-blocking select racing a sender on a buffered channel: either it
    // takes the value or runs `default` and the value is still there.
    model(3, || {
        let a: Chan<i64> = Chan::new(1);
        let tx = a.clone();
        let sender = thread::spawn(move || block_on(tx.send(4)));
        let mut on_a = a.recv_case();
        let taken = try_select(&mut [&mut on_a]).map(|_| on_a.value_ok());
        sender.join().unwrap();
        match taken {
            Some(value) => assert_eq!(value, (4, true)),
            None => assert_eq!(a.try_recv(), Some((4, true))),
        }
        assert_drained(&a);
    });
}
