//! Go panics carried on Rust unwinding, and Go's fatal errors.
//!
//! A Go `panic(v)` becomes a Rust panic whose payload is a [`GoPanic`]. Rust's
//! own panics that mean a Go runtime error (an index out of bounds, a division
//! by zero) are translated into Go's wording when they are reported, so the
//! generated code can index and divide with plain Rust operators.

use std::any::Any;
use std::sync::Once;

use crate::fmt::Value;

/// The payload of a Go panic.
pub struct GoPanic {
    /// What Go prints after `panic: `.
    pub message: String,
    /// The panicking value, for `recover`.
    pub value: Option<Box<dyn Any + Send>>,
    /// True for the runtime's own errors (`runtime error: ...`).
    pub is_runtime_error: bool,
}

/// `panic(v)` with the value already rendered as Go prints it.
pub fn go_panic(message: impl Into<String>) -> ! {
    std::panic::panic_any(GoPanic {
        message: message.into(),
        value: None,
        is_runtime_error: false,
    })
}

/// `panic(v)`: renders `v` the way Go's runtime prints a panic value: an error
/// through `Error()`, a Stringer through `String()`, basic values as `print`
/// would, and a string followed by nothing else.
pub fn panic_value<V: Value + Send + Clone + 'static>(value: V) -> ! {
    let message = crate::fmt::panic_text(&value);
    std::panic::panic_any(GoPanic {
        message,
        value: Some(Box::new(value)),
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
pub fn message_of(payload: &(dyn Any + Send)) -> String {
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
    if text.starts_with("attempt to divide by zero")
        || text.starts_with("attempt to calculate the remainder with a divisor of zero")
    {
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
pub(crate) fn report_unrecovered(payload: &(dyn Any + Send), goroutine: u64) -> ! {
    crate::sched::flush_stdout();
    let message = message_of(payload);
    let suffix = if message.starts_with("runtime error: invalid memory address") {
        "\n[signal SIGSEGV: segmentation violation]"
    } else {
        ""
    };
    eprint!(
        "panic: {message}{suffix}\n\ngoroutine {goroutine} [running]:\nmain.main()\n\t(go2rs runtime)\n"
    );
    std::process::exit(2)
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
