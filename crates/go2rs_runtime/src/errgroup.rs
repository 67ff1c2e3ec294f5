//! `golang.org/x/sync/errgroup`: goroutines working on parts of one task,
//! with the first error kept (and, for a group from [`with_context`], its
//! context cancelled) and an optional limit on how many run at once.
//!
//! A [`Group`] is a handle, like the `sync` types: `var g errgroup.Group`
//! and the `*Group` of `WithContext` are both this shared value.

use std::future::Future;
use std::sync::{Arc, Mutex as StdMutex};

use crate::chan::Chan;
use crate::context::{self, CancelCauseFunc, Context};
use crate::error::Error;
use crate::slice::lock;
use crate::sync::WaitGroup;

/// `errgroup.Group`. The zero value has no limit and cancels nothing.
#[derive(Clone, Default)]
pub struct Group {
    state: Arc<GroupState>,
}

#[derive(Default)]
struct GroupState {
    /// Cancels the context of [`with_context`] (with the first error as
    /// its cause).
    cancel: Option<CancelCauseFunc>,
    wait_group: WaitGroup,
    /// One token per running goroutine when a limit is set (Go's `sem`);
    /// nil for no limit.
    tokens: StdMutex<Chan<()>>,
    /// The first error a function returned (`None` while there is none).
    err: StdMutex<Option<Error>>,
}

/// `errgroup.WithContext(ctx)`: a group and a context derived from `ctx`
/// that is cancelled the first time a function returns an error, or when
/// `Wait` returns.
pub fn with_context(parent: &Context) -> (Group, Context) {
    let (context, cancel) = context::with_cancel_cause(parent);
    let group = Group {
        state: Arc::new(GroupState {
            cancel: Some(cancel),
            ..GroupState::default()
        }),
    };
    (group, context)
}

impl Group {
    pub fn new() -> Group {
        Group::default()
    }

    fn tokens(&self) -> Chan<()> {
        lock(&self.state.tokens).clone()
    }

    /// `g.Go(f)`: runs `f` (the future of Go's function) in a new
    /// goroutine, first waiting, when a limit is set, until fewer than the
    /// limit are running.
    pub async fn go<F>(&self, function: F)
    where
        F: Future<Output = Error> + Send + 'static,
    {
        let tokens = self.tokens();
        if !tokens.is_nil() {
            tokens.send(()).await;
        }
        self.start(function);
    }

    /// `g.TryGo(f)`: like [`go`](Group::go), but only when that would not
    /// have to wait; reports whether `f` was started.
    pub fn try_go<F>(&self, function: F) -> bool
    where
        F: Future<Output = Error> + Send + 'static,
    {
        let tokens = self.tokens();
        if !tokens.is_nil() && tokens.try_send(()).is_err() {
            return false;
        }
        self.start(function);
        true
    }

    fn start<F>(&self, function: F)
    where
        F: Future<Output = Error> + Send + 'static,
    {
        self.state.wait_group.add(1);
        let group = self.clone();
        crate::sched::go(async move {
            let err = function.await;
            if !err.is_nil() {
                group.record(err);
            }
            let tokens = group.tokens();
            if !tokens.is_nil() {
                let _ = tokens.try_recv();
            }
            group.state.wait_group.done();
        });
    }

    /// Keeps the first error and cancels the group's context with it.
    fn record(&self, err: Error) {
        let mut first = lock(&self.state.err);
        if first.is_some() {
            return;
        }
        *first = Some(err.clone());
        drop(first);
        if let Some(cancel) = &self.state.cancel {
            cancel(err);
        }
    }

    /// `g.Wait()`: waits for every function started with `Go`, cancels the
    /// group's context, and returns the first error (nil if none).
    pub async fn wait(&self) -> Error {
        self.state.wait_group.wait().await;
        let err = lock(&self.state.err).clone().unwrap_or_default();
        if let Some(cancel) = &self.state.cancel {
            cancel(err.clone());
        }
        err
    }

    /// `g.SetLimit(n)`: at most `n` goroutines at once (no limit for a
    /// negative `n`). Panics, as Go does, while goroutines are running.
    pub fn set_limit(&self, limit: i64) {
        let mut tokens = lock(&self.state.tokens);
        if limit < 0 {
            *tokens = Chan::nil();
            return;
        }
        let active = tokens.len();
        if active != 0 {
            drop(tokens);
            let err = crate::errors::new(format!(
                "errgroup: modify limit while {active} goroutines in the group are still active"
            ));
            crate::panic::panic_value(err.convert());
        }
        *tokens = Chan::new(limit);
    }
}

/// Prints as Go prints a `Group` that has not been used (its state is not
/// observable otherwise).
impl crate::fmt::Value for Group {
    fn format(&self, printer: &mut crate::fmt::Printer, _verb: char) {
        printer.write_str("{<nil> {{} {{} {} 0} 0} <nil> {{} {{} 0} {{} {0 0}}} <nil>}");
    }
    fn type_name(&self) -> String {
        "errgroup.Group".to_string()
    }
    fn static_type_name() -> String {
        "errgroup.Group".to_string()
    }
    fn kind(&self) -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
    fn static_kind() -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
}

impl PartialEq for Group {
    fn eq(&self, other: &Group) -> bool {
        Arc::ptr_eq(&self.state, &other.state)
    }
}

impl Eq for Group {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sched::run_to_completion;

    #[test]
    fn wait_returns_the_first_error_and_cancels() {
        run_to_completion(async {
            let (group, context) = with_context(&context::background());
            let boom = crate::errors::new("boom");
            let failing = boom.clone();
            group.go(async move { failing }).await;
            let waiting = context.clone();
            group
                .go(async move {
                    waiting.done().recv().await;
                    waiting.err()
                })
                .await;
            let err = group.wait().await;
            assert!(err == boom);
            assert!(context.err() == context::canceled());
            assert!(context::cause(&context) == boom);
        });
    }

    #[test]
    fn zero_group_has_no_context() {
        run_to_completion(async {
            let group = Group::new();
            group.go(async { Error::nil() }).await;
            assert!(group.wait().await.is_nil());
        });
    }

    #[test]
    fn limit_bounds_running_goroutines() {
        run_to_completion(async {
            let group = Group::new();
            group.set_limit(1);
            let release = Chan::<()>::new(0);
            let held = release.clone();
            assert!(group.try_go(async move {
                held.recv().await;
                Error::nil()
            }));
            assert!(!group.try_go(async { Error::nil() }));
            release.send(()).await;
            assert!(group.wait().await.is_nil());
            assert!(group.try_go(async { Error::nil() }));
            assert!(group.wait().await.is_nil());
        });
    }
}
