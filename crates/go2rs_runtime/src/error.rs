//! Go's `error` interface.

use std::sync::Arc;

use crate::fmt::{Kind, MethodKind, Printer, Value};
use crate::iface::{Dynamic, Iface};
use crate::ptr::Ptr;
use crate::string::GoString;

/// A concrete type that implements Go's `error` interface: the Rust trait
/// that stands for `error`, as a translated interface's trait stands for it.
pub trait ErrorValue: Dynamic {
    /// `err.Error()`.
    fn error(&self) -> GoString;

    /// The errors this one wraps (its `Unwrap() error` or
    /// `Unwrap() []error` method), for `errors.Is`, `errors.As` and
    /// `errors.Unwrap`.
    fn unwrap(&self) -> Vec<Error> {
        Vec::new()
    }

    /// Whether the type's `Unwrap` method returns a single error (what
    /// `errors.Unwrap` follows) rather than a list.
    fn unwraps_one(&self) -> bool {
        false
    }

    /// The type's `Is(error) bool` method, for `errors.Is`; `None` when it
    /// has none.
    fn is(&self, target: &Error) -> Option<bool> {
        let _ = target;
        None
    }
}

/// `error` methods of a type `T` whose pointer `*T` implements `error`
/// (the method has a pointer receiver): `*T`'s [`ErrorValue`] calls them.
pub trait PointerError: Dynamic + Sized {
    fn error(pointer: &Ptr<Self>) -> GoString;

    fn unwrap(pointer: &Ptr<Self>) -> Vec<Error> {
        let _ = pointer;
        Vec::new()
    }

    fn unwraps_one() -> bool {
        false
    }

    fn is(pointer: &Ptr<Self>, target: &Error) -> Option<bool> {
        let _ = (pointer, target);
        None
    }
}

impl<T: PointerError> ErrorValue for Ptr<T> {
    fn error(&self) -> GoString {
        T::error(self)
    }
    fn unwrap(&self) -> Vec<Error> {
        T::unwrap(self)
    }
    fn unwraps_one(&self) -> bool {
        T::unwraps_one()
    }
    fn is(&self, target: &Error) -> Option<bool> {
        T::is(self, target)
    }
}

/// A Go `error` value: nil, or a dynamic value that implements `Error()`.
pub type Error = Iface<dyn ErrorValue>;

impl Iface<dyn ErrorValue> {
    /// Wraps a concrete error value.
    pub fn from_value(value: impl ErrorValue) -> Error {
        Iface::new(Arc::new(value))
    }

    /// `err.Error()`; a nil error panics, as calling a method on a nil
    /// interface does in Go.
    pub fn error(&self) -> GoString {
        ErrorValue::error(&**self)
    }

    /// The dynamic value, or `None` for nil.
    pub fn value(&self) -> Option<&dyn ErrorValue> {
        self.as_arc().map(|value| &**value)
    }

    /// The errors directly wrapped by this one.
    pub fn wrapped(&self) -> Vec<Error> {
        match self.value() {
            Some(value) => value.unwrap(),
            None => Vec::new(),
        }
    }
}

/// A value whose identity is its address, as for Go's pointer types:
/// equal only to itself.
macro_rules! identity_dynamic {
    ($ty:ty) => {
        impl crate::iface::Dynamic for $ty {
            fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
                self
            }
            fn into_any(self: std::sync::Arc<Self>) -> std::sync::Arc<dyn std::any::Any + Send + Sync> {
                self
            }
            fn dyn_eq(&self, other: &dyn crate::iface::Dynamic) -> bool {
                other
                    .as_any()
                    .downcast_ref::<$ty>()
                    .is_some_and(|other| std::ptr::eq(self, other))
            }
            fn dyn_hash(&self, mut state: &mut dyn std::hash::Hasher) {
                std::hash::Hash::hash(&(self as *const $ty as usize), &mut state);
            }
            fn method_names(&self) -> &'static [&'static str] {
                &["Error"]
            }
            fn into_error(self: std::sync::Arc<Self>) -> Option<std::sync::Arc<dyn crate::error::ErrorValue>> {
                Some(self)
            }
        }
    };
}
pub(crate) use identity_dynamic;

/// Implements [`Value`] for one of the runtime's error types, a pointer to
/// a struct in Go: printed through `Error()`, or as `&errors.errorString{s:"..."}`
/// under `%#v`.
macro_rules! error_value_format {
    ($ty:ty, $go_name:expr, |$this:ident, $printer:ident, $verb:ident| $fields:block) => {
        impl crate::fmt::Value for $ty {
            fn format(&self, printer: &mut crate::fmt::Printer, verb: char) {
                if printer.handle_methods(self, verb) {
                    return;
                }
                self.format_raw(printer, verb, self)
            }
            fn format_raw(&self, printer: &mut crate::fmt::Printer, verb: char, this: &dyn crate::fmt::Value) {
                let address = self as *const $ty as usize;
                printer.fmt_pointer_to(this, verb, address, crate::fmt::Kind::Struct, |$printer| {
                    let $this = self;
                    let $verb = verb;
                    $fields
                })
            }
            fn type_name(&self) -> String {
                $go_name.to_string()
            }
            fn static_type_name() -> String {
                $go_name.to_string()
            }
            fn kind(&self) -> crate::fmt::Kind {
                crate::fmt::Kind::Pointer
            }
            fn static_kind() -> crate::fmt::Kind {
                crate::fmt::Kind::Pointer
            }
            fn methods(&self) -> Option<crate::fmt::MethodKind> {
                Some(crate::fmt::MethodKind::Error)
            }
            fn call_method(&self) -> crate::string::GoString {
                crate::error::ErrorValue::error(self)
            }
            fn address(&self) -> Option<usize> {
                Some(self as *const $ty as usize)
            }
            fn as_error(&self) -> Option<crate::error::Error> {
                None
            }
        }
    };
}
pub(crate) use error_value_format;

/// The error `errors.New` returns: `*errors.errorString`.
pub struct ErrorString {
    pub text: GoString,
}

impl ErrorValue for ErrorString {
    fn error(&self) -> GoString {
        self.text.clone()
    }
}

identity_dynamic!(ErrorString);
error_value_format!(ErrorString, "*errors.errorString", |this, printer, verb| {
    printer.fmt_struct(&TypeLabel("errors.errorString"), verb, &[("s", &this.text)]);
});

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

    fn unwrap(&self) -> Vec<Error> {
        self.wrapped.clone()
    }

    fn unwraps_one(&self) -> bool {
        self.wrapped.len() == 1
    }
}

identity_dynamic!(WrapError);

impl Value for WrapError {
    fn format(&self, printer: &mut Printer, verb: char) {
        if printer.handle_methods(self, verb) {
            return;
        }
        self.format_raw(printer, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        let address = self as *const WrapError as usize;
        printer.fmt_pointer_to(this, verb, address, Kind::Struct, |printer| {
            if self.wrapped.len() == 1 {
                printer.fmt_struct(&TypeLabel("fmt.wrapError"), verb, &[("msg", &self.text), ("err", &self.wrapped[0])]);
            } else {
                let errs = crate::slice::Slice::from_vec(self.wrapped.clone());
                printer.fmt_struct(&TypeLabel("fmt.wrapErrors"), verb, &[("msg", &self.text), ("errs", &errs)]);
            }
        })
    }
    fn type_name(&self) -> String {
        if self.wrapped.len() == 1 {
            "*fmt.wrapError".to_string()
        } else {
            "*fmt.wrapErrors".to_string()
        }
    }
    fn static_type_name() -> String {
        "*fmt.wrapError".to_string()
    }
    fn kind(&self) -> Kind {
        Kind::Pointer
    }
    fn static_kind() -> Kind {
        Kind::Pointer
    }
    fn methods(&self) -> Option<MethodKind> {
        Some(MethodKind::Error)
    }
    fn call_method(&self) -> GoString {
        self.text.clone()
    }
    fn address(&self) -> Option<usize> {
        Some(self as *const WrapError as usize)
    }
}

/// A value that prints only as a type's name: what `%#v` shows for the
/// struct behind one of the runtime's error pointers.
pub(crate) struct TypeLabel(pub &'static str);

impl Value for TypeLabel {
    fn format(&self, printer: &mut Printer, verb: char) {
        let _ = (printer, verb);
    }
    fn type_name(&self) -> String {
        self.0.to_string()
    }
    fn static_type_name() -> String {
        String::new()
    }
    fn kind(&self) -> Kind {
        Kind::Struct
    }
}
