//! The runtime that Rust translated from Go by go2rs links against.
//!
//! Goroutines are tasks on a multi-threaded tokio scheduler; channels,
//! `select`, mutexes and wait groups are this crate's own, with Go's rules:
//! rendezvous on unbuffered channels, uniformly random `select`, panics on
//! misuse, and Go's deadlock report when every goroutine is blocked.
//!
//! Modules mirror Go's packages (`fmt`, `sync`, `time`, `strings`, ...), so
//! `fmt.Println(x)` reads `fmt::println(&[&x])` in the translation.

pub mod chan;
pub mod error;
pub mod errors;
pub mod fmt;
pub mod map;
pub mod os;
pub mod panic;
pub mod ptr;
pub mod sched;
pub mod select;
pub mod slice;
pub mod string;
pub mod sync;
pub mod time;
mod wait;

pub use chan::Chan;
pub use error::Error;
pub use map::Map;
pub use panic::{go_panic, runtime_error};
pub use ptr::Ptr;
pub use sched::{go, main, preempt};
pub use select::{select, try_select};
pub use slice::Slice;
pub use string::GoString;
