//! The runtime that Rust translated from Go by go2rs links against.
//!
//! Goroutines are tasks on a multi-threaded tokio scheduler; channels,
//! `select`, mutexes and wait groups are this crate's own, with Go's rules:
//! rendezvous on unbuffered channels, uniformly random `select`, panics on
//! misuse, and Go's deadlock report when every goroutine is blocked.
//!
//! Modules mirror Go's packages (`fmt`, `sync`, `time`, `strings`, ...), so
//! `fmt.Println(x)` reads `fmt::println(&[&x])` in the translation.
//!
//! # Model checking
//!
//! The channel and `select` core (`chan.rs`, `select.rs`, `wait.rs`) takes
//! its mutexes, atomics and `Arc`s from `loom_shim.rs`: `std::sync` normally,
//! [loom](https://docs.rs/loom)'s models under `--cfg loom`, where the
//! scheduler's deadlock accounting is inert and `select`'s choice is
//! deterministic. `tests/loom_chan.rs` explores every interleaving (up to a
//! preemption bound) of small programs for lost wake-ups, double or lost
//! delivery and Go's close semantics:
//!
//! ```text
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=/work/target-loom \
//!     cargo test -p go2rs_runtime --release --test loom_chan
//! ```
//!
//! `tests/stress.rs` checks the same properties at scale (10,000 goroutines),
//! and `tests/concurrency.rs` that `select` is uniform (chi-square).

pub mod atomic;
pub mod bufio;
pub mod chan;
pub mod cmp;
pub mod context;
pub mod errgroup;
pub mod error;
pub mod errors;
pub mod fmt;
pub mod func;
pub mod generic;
pub mod iface;
pub mod io;
pub mod iter;
pub mod layout;
mod loom_shim;
pub mod map;
pub mod maps;
pub mod math;
pub mod ops;
pub mod os;
pub mod panic;
pub mod ptr;
pub mod runtime;
pub mod sched;
pub mod select;
pub mod slice;
pub mod slices;
pub mod sort;
mod spin;
pub mod strconv;
pub mod string;
pub mod strings;
pub mod sync;
pub mod time;
pub mod unicode;
pub mod utf8;
mod wait;

/// The program's allocator, like Go's own: goroutines (tokio tasks) are
/// allocated on one worker thread and freed on another all the time, which
/// glibc's malloc serialises on its arena locks. Turned off with the
/// crate's default feature `mimalloc` (and under loom).
#[cfg(all(feature = "mimalloc", not(loom)))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub use chan::Chan;
pub use error::Error;
pub use func::{BoxFuture, Defers, Func, Global, defer};
pub use iface::{Any, Dynamic, Iface};
pub use map::Map;
pub use panic::{catch, catch_async, go_panic, runtime_error};
pub use ptr::Ptr;
pub use sched::{go, main, preempt};
pub use select::{select, try_select};
pub use slice::Slice;
pub use string::GoString;

/// What translated programs import: the value types and helper traits.
pub mod prelude {
    pub use crate::chan::Chan;
    pub use crate::error::{Error, ErrorValue, PointerError};
    pub use crate::func::{BoxFuture, Defers, Func, Global, defer};
    pub use crate::generic::{GoComparable, GoNumber, GoType};
    pub use crate::iface::{Any, Dynamic, Iface};
    pub use crate::map::Map;
    pub use crate::ops::GoShift;
    pub use crate::ptr::Ptr;
    pub use crate::slice::Slice;
    pub use crate::string::GoString;
    pub use std::sync::Arc;
}
