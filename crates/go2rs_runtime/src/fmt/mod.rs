//! Go's `fmt` package: Println, Printf and friends with Go's exact text.
//!
//! Every Go type the translator emits implements [`Value`], which plays the
//! role of Go's `reflect`-driven printing: it tells the printer what the value
//! is, and the printer applies the verb, flags, width and precision.
//!
//! - [`printer`]: the printer state and raw number/string formatting
//!   (Go's `format.go`);
//! - [`verbs`]: verbs per kind of value, composites, methods, `Printf`'s
//!   format parsing (Go's `print.go`);
//! - [`float`], [`quote`]: Go's `strconv` float formatting and quoting;
//! - [`impls`]: [`Value`] for the runtime's types;
//! - [`macros`]: [`impl_go_struct!`](crate::impl_go_struct) and
//!   [`impl_go_named!`](crate::impl_go_named) for translated types;
//! - [`functions`]: `println`, `printf`, `sprintf`, `errorf`, ...

pub mod float;
pub mod functions;
pub mod impls;
mod isprint;
pub mod macros;
pub mod printer;
pub mod quote;
pub mod verbs;

#[cfg(test)]
mod tests;

pub use functions::{
    append, appendf, appendln, errorf, fprint, fprintf, fprintln, panic_text, print, printf, println, sprint, sprintf, sprintln,
    with_values,
};
pub use impls::{Nil, Typed};
pub use printer::Printer;

use crate::ptr::Ptr;
use crate::string::GoString;

/// The kind of a Go type, as `reflect.Kind` tells `fmt` how to print it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Bool,
    /// `int`, `int8` .. `int64` (and `rune`).
    Int,
    /// `uint`, `uint16` .. `uint64`, `uintptr`.
    Uint,
    /// `uint8` / `byte`: slices and arrays of it print as strings under
    /// `%s %q %x %X`.
    Uint8,
    Float,
    String,
    Array,
    Slice,
    Map,
    Struct,
    Pointer,
    /// A nil interface value (a nil `error`, a nil `any`).
    Interface,
    /// Channels, functions and anything else.
    Other,
}

/// Which of Go's string-producing methods a type's method set has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// `Error() string`: the type implements `error`.
    Error,
    /// `String() string`: the type implements `fmt.Stringer`.
    String,
}

/// A value that Go's `fmt` can print.
///
/// Only [`format`](Value::format), [`type_name`](Value::type_name) and
/// [`static_type_name`](Value::static_type_name) are required; the other
/// methods describe the value to the printer (its kind, its `String()` or
/// `Error()` method, its address) and default to "a plain value without
/// methods".
///
/// Values are `Sync` (every translated Go type is): an argument list of
/// `&dyn Value` can then be held across an `.await` in a goroutine.
pub trait Value: Sync {
    /// Writes the value for `verb` (`'v'`, `'d'`, `'s'`, `'q'`, ...) into
    /// `printer`, honouring the flags, width and precision it holds.
    /// A type with a `String()`/`Error()` method first offers the verb to
    /// [`Printer::handle_methods`].
    fn format(&self, printer: &mut Printer, verb: char);

    /// The dynamic type's name, as `%T` prints it: `int`, `[]string`,
    /// `map[string]int`, `main.Point`, `*main.Point`, `time.Duration`.
    fn type_name(&self) -> String;

    /// The type's name without a value at hand, for the element type of an
    /// empty slice or map.
    fn static_type_name() -> String
    where
        Self: Sized;

    /// Formats the value's own data without its methods. `this` is the value
    /// as the program sees it (a named type wrapping this one): its name is
    /// what `%#v` and bad-verb reports print.
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        let _ = this;
        self.format(printer, verb)
    }

    /// The value's kind.
    fn kind(&self) -> Kind {
        Kind::Other
    }

    /// The type's kind without a value at hand.
    fn static_kind() -> Kind
    where
        Self: Sized,
    {
        Kind::Other
    }

    /// The `Error()`/`String()` method in the value's method set, if any.
    fn methods(&self) -> Option<MethodKind> {
        None
    }

    /// Calls the method [`methods`](Value::methods) reports.
    fn call_method(&self) -> GoString {
        GoString::new()
    }

    /// The `Error()`/`String()` method in the method set of `*Self` (which
    /// includes pointer-receiver methods).
    fn static_pointer_methods() -> Option<MethodKind>
    where
        Self: Sized,
    {
        None
    }

    /// Calls the method [`static_pointer_methods`](Value::static_pointer_methods)
    /// reports through a pointer (which may be nil).
    fn call_pointer_method(pointer: &Ptr<Self>) -> GoString
    where
        Self: Sized,
    {
        let _ = pointer;
        GoString::new()
    }

    /// Calls the type's `GoString() string` method (Go's `fmt.GoStringer`,
    /// which `%#v` prints through) when the value's method set has one;
    /// `None` when it has none.
    fn go_string(&self) -> Option<GoString> {
        None
    }

    /// Calls the `GoString()` method of the method set of `*Self` (which
    /// includes pointer-receiver methods) through a pointer (which may be
    /// nil); `None` when that method set has none.
    fn pointer_go_string(pointer: &Ptr<Self>) -> Option<GoString>
    where
        Self: Sized,
    {
        let _ = pointer;
        None
    }

    /// The address `%p` prints, for pointers, slices, maps and errors
    /// (0 when nil); `None` for values that are not references.
    fn address(&self) -> Option<usize> {
        None
    }

    /// The value as an integer, for `*` widths and precisions and for the
    /// bytes of `[]byte`; `None` for non-integers and for unsigned values
    /// above `i64::MAX`.
    fn as_int(&self) -> Option<i64> {
        None
    }

    /// The value as a Go `error`, for `Errorf`'s `%w`.
    fn as_error(&self) -> Option<crate::error::Error> {
        None
    }
}
