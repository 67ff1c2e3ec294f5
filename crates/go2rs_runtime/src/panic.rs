//! Go panics carried on Rust unwinding, and Go's fatal errors.
//!
//! A Go `panic(v)` becomes a Rust panic whose payload is a [`GoPanic`]. Rust's
//! own panics that mean a Go runtime error (an index out of bounds, a division
//! by zero) are translated into Go's wording when they are reported, so the
//! generated code can index and divide with plain Rust operators.

use std::any::Any as StdAny;
use std::cell::RefCell;
use std::sync::Once;

use crate::iface::Any;
use crate::string::GoString;

/// The payload of a Go panic.
pub struct GoPanic {
    /// What Go prints after `panic: `.
    pub message: String,
    /// The panicking value, for `recover`; `None` for the runtime's own
    /// errors, whose value `recover` makes from the message.
    pub value: Option<Any>,
    /// True for the runtime's own errors (`runtime error: ...`).
    pub is_runtime_error: bool,
}

/// `panic(v)` with the value already rendered as Go prints it (a string
/// constant, or a message of the runtime such as a misused WaitGroup).
pub fn go_panic(message: impl Into<String>) -> ! {
    let message = message.into();
    let value = crate::iface::any(GoString::from(message.clone()));
    std::panic::panic_any(GoPanic {
        message,
        value: Some(value),
        is_runtime_error: false,
    })
}

/// `panic(v)`: renders `v` the way Go's runtime prints a panic value: an error
/// through `Error()`, a Stringer through `String()`, basic values as `print`
/// would, and a string followed by nothing else.
pub fn panic_value(value: Any) -> ! {
    let message = crate::fmt::panic_text(&value);
    std::panic::panic_any(GoPanic {
        message,
        value: Some(value),
        is_runtime_error: false,
    })
}

/// A run-time error such as `index out of range [5] with length 3`: a panic
/// whose text starts with `runtime error: `.
pub fn runtime_error(message: impl Into<String>) -> ! {
    std::panic::panic_any(GoPanic {
        message: format!("runtime error: {}", message.into()),
        value: None,
        is_runtime_error: true,
    })
}

/// One of the run-time errors Go raises without the `runtime error: `
/// prefix (`assignment to entry in nil map`, `close of closed channel`):
/// recovered, it is an `error` (Go's `runtime.plainError`).
pub fn plain_error(message: &str) -> ! {
    std::panic::panic_any(GoPanic {
        message: message.to_string(),
        value: None,
        is_runtime_error: true,
    })
}

/// A failed type assertion (`interface conversion: ...`): a run-time error
/// whose text has no `runtime error: ` prefix.
pub fn type_assertion_error(message: impl Into<String>) -> ! {
    std::panic::panic_any(GoPanic {
        message: message.into(),
        value: None,
        is_runtime_error: true,
    })
}

/// `panic: runtime error: invalid memory address or nil pointer dereference`.
pub fn nil_dereference() -> ! {
    runtime_error("invalid memory address or nil pointer dereference")
}

/// A fatal error (`fatal error: ...`): not recoverable, the process exits 2.
pub fn fatal(message: &str) -> ! {
    crate::sched::flush_stdout();
    let goroutine = crate::sched::current_goroutine_id();
    eprint!("fatal error: {message}\n\ngoroutine {goroutine} [running]:\nmain.main()\n\t(go2rs runtime)\n");
    std::process::exit(2)
}

/// The text Go would print after `panic: ` for a caught unwinding payload,
/// translating Rust's own runtime-error panics into Go's wording.
pub fn message_of(payload: &(dyn StdAny + Send)) -> String {
    if let Some(panic) = payload.downcast_ref::<GoPanic>() {
        return panic.message.clone();
    }
    let text = if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "unknown panic".to_string()
    };
    translate_rust_panic(&text)
}

/// Rust's wording of a run-time error, in Go's.
pub fn translate_rust_panic(text: &str) -> String {
    if text.starts_with("attempt to divide by zero") || text.starts_with("attempt to calculate the remainder with a divisor of zero") {
        return "runtime error: integer divide by zero".to_string();
    }
    if let Some(rest) = text.strip_prefix("index out of bounds: the len is ") {
        // "index out of bounds: the len is 3 but the index is 5"
        if let Some((length, index)) = rest.split_once(" but the index is ") {
            let index = index
                .trim()
                .parse::<u64>()
                .map(|index| (index as i64).to_string())
                .unwrap_or_else(|_| index.trim().to_string());
            return format!("runtime error: index out of range [{index}] with length {length}");
        }
    }
    text.to_string()
}

/// Installs a panic hook that prints nothing: the goroutine that catches the
/// unwinding prints Go's report.
pub(crate) fn install_quiet_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|_| {}));
    });
}

/// Prints Go's report of an unrecovered panic and exits with status 2.
pub(crate) fn report_unrecovered(payload: &(dyn StdAny + Send), goroutine: u64) -> ! {
    crate::sched::flush_stdout();
    let message = message_of(payload);
    let suffix = if message.starts_with("runtime error: invalid memory address") {
        "\n[signal SIGSEGV: segmentation violation]"
    } else {
        ""
    };
    eprint!("panic: {message}{suffix}\n\ngoroutine {goroutine} [running]:\nmain.main()\n\t(go2rs runtime)\n");
    std::process::exit(2)
}

// ----- recover -----

/// A caught panic: the unwinding payload.
pub type Payload = Box<dyn StdAny + Send>;

thread_local! {
    /// The panics whose deferred calls are running, innermost last: what
    /// `recover` takes. A deferred call runs on the thread that caught the
    /// panic, within one poll of its goroutine.
    static PANICKING: RefCell<Vec<Frame>> = const { RefCell::new(Vec::new()) };
    /// Set while a deferred call starts: the function it calls takes it
    /// ([`take_armed`]), and only there does `recover` stop the panic (Go's
    /// rule that `recover` works only in the deferred function itself).
    static ARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the function calling this was called by a deferred call (it is
/// the deferred function), clearing the mark for the functions it calls.
pub fn take_armed() -> bool {
    ARMED.with(|armed| armed.replace(false))
}

/// The deferred calls of one function running.
struct Frame {
    /// The panic in flight, until a deferred call recovers it.
    panic: Option<Payload>,
    /// The message of a panic recovered here, for Go's report of a panic
    /// raised again.
    recovered: Option<String>,
}

/// Runs a function's body, catching a panic for its deferred calls.
pub fn catch(body: impl FnOnce()) -> Option<Payload> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)).err()
}

/// Runs an async function's body, catching a panic for its deferred calls.
pub async fn catch_async(body: impl std::future::Future<Output = ()>) -> Option<Payload> {
    CatchUnwind { inner: Box::pin(body) }.await
}

struct CatchUnwind<F> {
    inner: std::pin::Pin<Box<F>>,
}

impl<F: std::future::Future<Output = ()>> std::future::Future for CatchUnwind<F> {
    type Output = Option<Payload>;

    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        let inner = self.inner.as_mut();
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(std::task::Poll::Pending) => std::task::Poll::Pending,
            Ok(std::task::Poll::Ready(())) => std::task::Poll::Ready(None),
            Err(payload) => std::task::Poll::Ready(Some(payload)),
        }
    }
}

/// Runs a function's deferred calls, last first, with `panic` (the body's,
/// if it panicked) available to `recover`; a panic that no deferred call
/// recovers continues, with Go's report of panics raised meanwhile.
pub fn run_deferred(calls: &mut Vec<Box<dyn FnOnce() + Send>>, panic: Option<Payload>) {
    let mut panic = panic;
    let mut recovered: Option<String> = None;
    while let Some(call) = calls.pop() {
        PANICKING.with(|stack| {
            stack.borrow_mut().push(Frame {
                panic: panic.take(),
                recovered: recovered.take(),
            })
        });
        ARMED.with(|armed| armed.set(true));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(call));
        ARMED.with(|armed| armed.set(false));
        let frame = PANICKING.with(|stack| stack.borrow_mut().pop()).expect("the frame pushed above");
        recovered = frame.recovered;
        panic = frame.panic;
        if let Err(new) = result {
            let new_message = message_of(&*new);
            let message = match (&panic, &recovered) {
                // A deferred call panicked while another panic was on.
                (Some(old), _) => format!("{}\n\tpanic: {new_message}", message_of(&**old)),
                // The recovered panic raised again.
                (None, Some(old)) if *old == new_message => format!("{new_message} [recovered, repanicked]"),
                (None, Some(old)) => format!("{old} [recovered]\n\tpanic: {new_message}"),
                (None, None) => new_message,
            };
            recovered = None;
            panic = Some(with_message(new, message));
        }
    }
    if let Some(payload) = panic {
        std::panic::resume_unwind(payload);
    }
}

/// The payload with the text Go reports for it replaced.
fn with_message(payload: Payload, message: String) -> Payload {
    match payload.downcast::<GoPanic>() {
        Ok(mut panic) => {
            panic.message = message;
            panic
        }
        Err(other) => {
            let value = recovered_value(&*other);
            Box::new(GoPanic {
                message,
                value: Some(value),
                is_runtime_error: true,
            })
        }
    }
}

/// `recover()` in a function that [`take_armed`] says is a deferred
/// function: the value of the panic whose deferred calls are running,
/// which then stops; nil when there is none, or when called elsewhere.
pub fn recover(armed: bool) -> Any {
    if !armed {
        return Any::nil();
    }
    PANICKING.with(|stack| {
        let mut stack = stack.borrow_mut();
        let Some(frame) = stack.last_mut() else {
            return Any::nil();
        };
        match frame.panic.take() {
            Some(payload) => {
                frame.recovered = Some(message_of(&*payload));
                recovered_value(&*payload)
            }
            None => Any::nil(),
        }
    })
}

/// The Go value a caught panic carries: `panic`'s argument, or for a
/// run-time error an `error` (Go's `runtime.Error`).
fn recovered_value(payload: &(dyn StdAny + Send)) -> Any {
    if let Some(panic) = payload.downcast_ref::<GoPanic>()
        && let Some(value) = &panic.value
    {
        return value.clone();
    }
    let message = message_of(payload);
    let type_name = if message.starts_with("runtime error: index out of range") || message.starts_with("runtime error: slice bounds") {
        "runtime.boundsError"
    } else if message.starts_with("interface conversion") {
        "*runtime.TypeAssertionError"
    } else if message.starts_with("runtime error: integer divide") {
        "runtime.runtimeError"
    } else if message.starts_with("runtime error: ") {
        "runtime.errorString"
    } else {
        "runtime.plainError"
    };
    let error = crate::error::Error::from_value(RuntimeError {
        text: GoString::from(message.clone()),
        type_name,
    });
    error.convert::<dyn crate::iface::Dynamic>()
}

/// A run-time error recovered as a value (Go's `runtime.Error`).
#[derive(Clone)]
pub struct RuntimeError {
    pub text: GoString,
    pub type_name: &'static str,
}

impl crate::error::ErrorValue for RuntimeError {
    fn error(&self) -> GoString {
        self.text.clone()
    }
}

impl crate::iface::Dynamic for RuntimeError {
    fn as_any(&self) -> &(dyn StdAny + Send + Sync) {
        self
    }
    fn into_any(self: std::sync::Arc<Self>) -> std::sync::Arc<dyn StdAny + Send + Sync> {
        self
    }
    fn dyn_eq(&self, other: &dyn crate::iface::Dynamic) -> bool {
        other
            .as_any()
            .downcast_ref::<RuntimeError>()
            .is_some_and(|other| other.text == self.text)
    }
    fn dyn_hash(&self, mut state: &mut dyn std::hash::Hasher) {
        std::hash::Hash::hash(&self.text, &mut state);
    }
    fn method_names(&self) -> &'static [&'static str] {
        &["Error", "RuntimeError"]
    }
    fn into_error(self: std::sync::Arc<Self>) -> Option<std::sync::Arc<dyn crate::error::ErrorValue>> {
        Some(self)
    }
}

impl crate::fmt::Value for RuntimeError {
    fn format(&self, printer: &mut crate::fmt::Printer, verb: char) {
        if printer.handle_methods(self, verb) {
            return;
        }
        self.text.format(printer, verb)
    }
    fn type_name(&self) -> String {
        self.type_name.to_string()
    }
    fn static_type_name() -> String {
        "runtime.Error".to_string()
    }
    fn methods(&self) -> Option<crate::fmt::MethodKind> {
        Some(crate::fmt::MethodKind::Error)
    }
    fn call_method(&self) -> GoString {
        self.text.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_panics_read_as_go_runtime_errors() {
        assert_eq!(
            translate_rust_panic("index out of bounds: the len is 3 but the index is 5"),
            "runtime error: index out of range [5] with length 3"
        );
        assert_eq!(
            translate_rust_panic("index out of bounds: the len is 0 but the index is 18446744073709551615"),
            "runtime error: index out of range [-1] with length 0"
        );
        assert_eq!(
            translate_rust_panic("attempt to divide by zero"),
            "runtime error: integer divide by zero"
        );
    }
}
