//! Go function values, package-level variables, `defer`, and boxed futures.

use std::future::Future;
use std::ops::Deref;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};

use crate::panic::nil_dereference;
use crate::ptr::Ptr;

/// The future of an async function that calls itself (its size cannot be
/// known), or of an async function value.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A Go function value: nil, or a shared closure. `F` is a `dyn Fn(..)`
/// type; calling a nil function panics as in Go.
pub struct Func<F: ?Sized> {
    function: Option<Arc<F>>,
}

impl<F: ?Sized> Func<F> {
    /// The nil function.
    pub const fn nil() -> Self {
        Func { function: None }
    }

    /// Wraps a closure (coerced to `Arc<dyn Fn(..)>` at the call site).
    pub fn new(function: Arc<F>) -> Self {
        Func { function: Some(function) }
    }

    pub fn is_nil(&self) -> bool {
        self.function.is_none()
    }

    /// The function's address, for printing (`%v` of a func).
    pub fn address(&self) -> usize {
        self.function
            .as_ref()
            .map_or(0, |function| Arc::as_ptr(function) as *const u8 as usize)
    }
}

impl<F: ?Sized> Clone for Func<F> {
    fn clone(&self) -> Self {
        Func {
            function: self.function.clone(),
        }
    }
}

impl<F: ?Sized> Default for Func<F> {
    fn default() -> Self {
        Func::nil()
    }
}

impl<F: ?Sized> Deref for Func<F> {
    type Target = F;

    fn deref(&self) -> &F {
        match &self.function {
            Some(function) => function,
            None => nil_dereference(),
        }
    }
}

impl<R: Send + 'static> Func<dyn Fn() -> R + Send + Sync> {
    /// The same function as an async function value, for programs whose
    /// function values are async (`stop` of `context.AfterFunc`).
    pub fn into_async(self) -> Func<dyn Fn() -> BoxFuture<'static, R> + Send + Sync> {
        Func::new(Arc::new(move || -> BoxFuture<'static, R> {
            let result = self();
            Box::pin(async move { result })
        }))
    }
}

/// A package-level variable: initialised on first use, shared by every
/// goroutine.
pub struct Global<T> {
    init: fn() -> T,
    cell: OnceLock<Ptr<T>>,
}

impl<T> Global<T> {
    pub const fn new(init: fn() -> T) -> Self {
        Global {
            init,
            cell: OnceLock::new(),
        }
    }
}

impl<T> Deref for Global<T> {
    type Target = Ptr<T>;

    fn deref(&self) -> &Ptr<T> {
        self.cell.get_or_init(|| Ptr::new((self.init)()))
    }
}

/// `defer f()` at the top level of a function: runs `f` when the guard goes
/// out of scope, which is when the function returns or panics.
#[must_use = "a deferred call runs when this guard is dropped"]
pub struct Deferred<F: FnOnce()> {
    call: Option<F>,
}

/// Defers `call` until the returned guard is dropped.
pub fn defer<F: FnOnce()>(call: F) -> Deferred<F> {
    Deferred { call: Some(call) }
}

impl<F: FnOnce()> Drop for Deferred<F> {
    fn drop(&mut self) {
        if let Some(call) = self.call.take() {
            call();
        }
    }
}

/// The deferred calls of a function that defers inside loops or blocks:
/// they run last-in first-out when the function returns or panics.
#[derive(Default)]
#[must_use = "deferred calls run when this list is dropped"]
pub struct Defers {
    calls: Vec<Box<dyn FnOnce() + Send>>,
}

impl Defers {
    pub fn new() -> Defers {
        Defers::default()
    }

    pub fn push(&mut self, call: impl FnOnce() + Send + 'static) {
        self.calls.push(Box::new(call));
    }

    /// Runs the deferred calls after the function's body, with the panic
    /// it raised (caught by [`catch`](crate::panic::catch)) available to
    /// `recover`; an unrecovered panic continues.
    pub fn finish(mut self, panic: Option<crate::panic::Payload>) {
        crate::panic::run_deferred(&mut self.calls, panic);
    }
}

impl Drop for Defers {
    fn drop(&mut self) {
        while let Some(call) = self.calls.pop() {
            call();
        }
    }
}
