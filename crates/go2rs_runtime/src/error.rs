//! Go's `error` interface.

use std::any::Any;
use std::sync::Arc;

use crate::panic::nil_dereference;
use crate::string::GoString;

/// A concrete type that implements Go's `error` interface.
pub trait ErrorValue: Send + Sync + 'static {
    /// `err.Error()`.
    fn error(&self) -> GoString;
    /// The dynamic type's name, as `%T` prints it (`*errors.errorString`).
    fn type_name(&self) -> String;
    /// The errors this one wraps, for `errors.Is`, `errors.As` and `errors.Unwrap`.
    fn unwrap(&self) -> Vec<Error> {
        Vec::new()
    }
    /// The concrete value, for type assertions and `errors.As`.
    fn as_any(&self) -> &dyn Any;
}

/// A Go `error` value: nil, or a dynamic value that implements `Error()`.
/// Two errors are equal when they are the same error value (Go compares the
/// pointers that `errors.New` and `fmt.Errorf` return).
#[derive(Clone, Default)]
pub struct Error(Option<Arc<dyn ErrorValue>>);

impl Error {
    /// The nil error.
    pub const fn nil() -> Error {
        Error(None)
    }

    /// Wraps a concrete error value.
    pub fn new(value: impl ErrorValue) -> Error {
        Error(Some(Arc::new(value)))
    }

    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }

    /// `err.Error()`; a nil error panics, as calling a method on a nil
    /// interface does in Go.
    pub fn error(&self) -> GoString {
        match &self.0 {
            Some(value) => value.error(),
            None => nil_dereference(),
        }
    }

    /// The dynamic value, or `None` for nil.
    pub fn value(&self) -> Option<&dyn ErrorValue> {
        self.0.as_deref()
    }

    /// The dynamic type's name; `<nil>` for nil.
    pub fn type_name(&self) -> String {
        match &self.0 {
            Some(value) => value.type_name(),
            None => "<nil>".to_string(),
        }
    }

    /// The errors directly wrapped by this one.
    pub fn wrapped(&self) -> Vec<Error> {
        match &self.0 {
            Some(value) => value.unwrap(),
            None => Vec::new(),
        }
    }
}

impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        match (&self.0, &other.0) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Error {}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            None => f.write_str("<nil>"),
            Some(value) => write!(f, "{}", value.error()),
        }
    }
}

/// The error `errors.New` returns: `*errors.errorString`.
pub struct ErrorString {
    pub text: GoString,
}

impl ErrorValue for ErrorString {
    fn error(&self) -> GoString {
        self.text.clone()
    }

    fn type_name(&self) -> String {
        "*errors.errorString".to_string()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The error `fmt.Errorf` returns: `*fmt.wrapError` with one `%w`,
/// `*fmt.wrapErrors` with several, `*errors.errorString` with none.
pub struct WrapError {
    pub text: GoString,
    pub wrapped: Vec<Error>,
}

impl ErrorValue for WrapError {
    fn error(&self) -> GoString {
        self.text.clone()
    }

    fn type_name(&self) -> String {
        if self.wrapped.len() == 1 {
            "*fmt.wrapError".to_string()
        } else {
            "*fmt.wrapErrors".to_string()
        }
    }

    fn unwrap(&self) -> Vec<Error> {
        self.wrapped.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
