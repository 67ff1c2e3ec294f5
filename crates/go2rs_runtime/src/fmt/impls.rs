//! [`Value`] for the Go types the runtime represents: booleans, numbers,
//! strings, arrays, slices, maps, pointers, `error` and `time.Duration`.

use super::{Kind, MethodKind, Printer, Value};
use crate::error::Error;
use crate::map::Map;
use crate::ptr::Ptr;
use crate::slice::Slice;
use crate::string::GoString;
use crate::time::Duration;

macro_rules! integer_value {
    ($($ty:ty => $name:literal, $signed:expr, $kind:ident;)*) => {$(
        impl Value for $ty {
            fn format(&self, printer: &mut Printer, verb: char) {
                printer.fmt_integer(*self as u64, $signed, verb, self)
            }
            fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
                printer.fmt_integer(*self as u64, $signed, verb, this)
            }
            fn type_name(&self) -> String {
                $name.to_string()
            }
            fn static_type_name() -> String {
                $name.to_string()
            }
            fn kind(&self) -> Kind {
                Kind::$kind
            }
            fn static_kind() -> Kind {
                Kind::$kind
            }
            fn as_int(&self) -> Option<i64> {
                i64::try_from(*self).ok()
            }
        }
    )*};
}

// Go's `int` and `int64` are both i64 here, as `uint` and `uint64` are both
// u64: `%T` names them `int` and `uint64`.
integer_value! {
    i8 => "int8", true, Int;
    i16 => "int16", true, Int;
    i32 => "int32", true, Int;
    i64 => "int", true, Int;
    isize => "int", true, Int;
    u8 => "uint8", false, Uint8;
    u16 => "uint16", false, Uint;
    u32 => "uint32", false, Uint;
    u64 => "uint64", false, Uint;
    usize => "uintptr", false, Uint;
}

macro_rules! float_value {
    ($($ty:ty => $name:literal, $size:expr;)*) => {$(
        impl Value for $ty {
            fn format(&self, printer: &mut Printer, verb: char) {
                printer.fmt_float(*self as f64, $size, verb, self)
            }
            fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
                printer.fmt_float(*self as f64, $size, verb, this)
            }
            fn type_name(&self) -> String {
                $name.to_string()
            }
            fn static_type_name() -> String {
                $name.to_string()
            }
            fn kind(&self) -> Kind {
                Kind::Float
            }
            fn static_kind() -> Kind {
                Kind::Float
            }
        }
    )*};
}

float_value! {
    f32 => "float32", 32;
    f64 => "float64", 64;
}

impl Value for bool {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_bool(*self, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        printer.fmt_bool(*self, verb, this)
    }
    fn type_name(&self) -> String {
        "bool".to_string()
    }
    fn static_type_name() -> String {
        "bool".to_string()
    }
    fn kind(&self) -> Kind {
        Kind::Bool
    }
    fn static_kind() -> Kind {
        Kind::Bool
    }
}

impl Value for GoString {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_string(self.as_bytes(), verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        printer.fmt_string(self.as_bytes(), verb, this)
    }
    fn type_name(&self) -> String {
        "string".to_string()
    }
    fn static_type_name() -> String {
        "string".to_string()
    }
    fn kind(&self) -> Kind {
        Kind::String
    }
    fn static_kind() -> Kind {
        Kind::String
    }
}

impl Value for str {
    fn format(&self, printer: &mut Printer, verb: char) {
        let text: &str = self;
        printer.fmt_string(self.as_bytes(), verb, &text)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        printer.fmt_string(self.as_bytes(), verb, this)
    }
    fn type_name(&self) -> String {
        "string".to_string()
    }
    fn kind(&self) -> Kind {
        Kind::String
    }
}

impl Value for &str {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_string(self.as_bytes(), verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        printer.fmt_string(self.as_bytes(), verb, this)
    }
    fn type_name(&self) -> String {
        "string".to_string()
    }
    fn static_type_name() -> String {
        "string".to_string()
    }
    fn kind(&self) -> Kind {
        Kind::String
    }
    fn static_kind() -> Kind {
        Kind::String
    }
}

/// A Rust reference prints as the value it refers to (Go has no
/// references; the translation borrows).
impl<T: Value> Value for &T {
    fn format(&self, printer: &mut Printer, verb: char) {
        (**self).format(printer, verb)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        (**self).format_raw(printer, verb, this)
    }
    fn type_name(&self) -> String {
        (**self).type_name()
    }
    fn static_type_name() -> String {
        T::static_type_name()
    }
    fn kind(&self) -> Kind {
        (**self).kind()
    }
    fn static_kind() -> Kind {
        T::static_kind()
    }
    fn methods(&self) -> Option<MethodKind> {
        (**self).methods()
    }
    fn call_method(&self) -> GoString {
        (**self).call_method()
    }
    fn go_string(&self) -> Option<GoString> {
        (**self).go_string()
    }
    fn address(&self) -> Option<usize> {
        (**self).address()
    }
    fn as_int(&self) -> Option<i64> {
        (**self).as_int()
    }
    fn as_error(&self) -> Option<Error> {
        (**self).as_error()
    }
}

/// The bytes of a list of `uint8`-kind values (for `%s %q %x %X`).
fn bytes_of<'a>(elements: impl Iterator<Item = &'a dyn Value>) -> Vec<u8> {
    elements.map(|e| e.as_int().unwrap_or(0) as u8).collect()
}

fn is_byte_verb(verb: char) -> bool {
    matches!(verb, 's' | 'q' | 'x' | 'X')
}

impl<T: Value, const N: usize> Value for [T; N] {
    fn format(&self, printer: &mut Printer, verb: char) {
        self.format_raw(printer, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        let elements: Vec<&dyn Value> = self.iter().map(|e| e as &dyn Value).collect();
        if T::static_kind() == Kind::Uint8 && is_byte_verb(verb) {
            let bytes = bytes_of(elements.into_iter());
            printer.fmt_bytes(&bytes, verb, this, false);
            return;
        }
        printer.fmt_list(this, verb, false, &elements)
    }
    fn type_name(&self) -> String {
        Self::static_type_name()
    }
    fn static_type_name() -> String {
        format!("[{}]{}", N, T::static_type_name())
    }
    fn kind(&self) -> Kind {
        Kind::Array
    }
    fn static_kind() -> Kind {
        Kind::Array
    }
}

impl<T: Value + Clone + Send> Value for Slice<T> {
    fn format(&self, printer: &mut Printer, verb: char) {
        self.format_raw(printer, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        // A snapshot, so that no lock is held while elements (and their
        // String methods) are printed.
        let values = self.to_vec();
        let elements: Vec<&dyn Value> = values.iter().map(|e| e as &dyn Value).collect();
        if T::static_kind() == Kind::Uint8 && is_byte_verb(verb) {
            let bytes = bytes_of(elements.into_iter());
            printer.fmt_bytes(&bytes, verb, this, self.is_nil());
            return;
        }
        printer.fmt_list(this, verb, self.is_nil(), &elements)
    }
    fn type_name(&self) -> String {
        Self::static_type_name()
    }
    fn static_type_name() -> String {
        format!("[]{}", T::static_type_name())
    }
    fn kind(&self) -> Kind {
        Kind::Slice
    }
    fn static_kind() -> Kind {
        Kind::Slice
    }
    fn address(&self) -> Option<usize> {
        Some(self.data_address())
    }
}

impl<K: Value + Ord + Clone + Send, V: Value + Clone + Send> Value for Map<K, V> {
    fn format(&self, printer: &mut Printer, verb: char) {
        self.format_raw(printer, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        let mut entries: Vec<(K, V)> = self.entries().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let refs: Vec<(&dyn Value, &dyn Value)> = entries.iter().map(|(k, v)| (k as &dyn Value, v as &dyn Value)).collect();
        printer.fmt_map(this, verb, self.is_nil(), &refs)
    }
    fn type_name(&self) -> String {
        Self::static_type_name()
    }
    fn static_type_name() -> String {
        format!("map[{}]{}", K::static_type_name(), V::static_type_name())
    }
    fn kind(&self) -> Kind {
        Kind::Map
    }
    fn static_kind() -> Kind {
        Kind::Map
    }
    fn address(&self) -> Option<usize> {
        Some(Map::address(self))
    }
}

impl<T: Value + Send> Value for Ptr<T> {
    fn format(&self, printer: &mut Printer, verb: char) {
        if printer.handle_methods(self, verb) {
            return;
        }
        self.format_raw(printer, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        printer.fmt_pointer_to(this, verb, Ptr::address(self), T::static_kind(), |printer| {
            self.with(|target| target.format(printer, verb))
        })
    }
    fn type_name(&self) -> String {
        Self::static_type_name()
    }
    fn static_type_name() -> String {
        format!("*{}", T::static_type_name())
    }
    fn kind(&self) -> Kind {
        Kind::Pointer
    }
    fn static_kind() -> Kind {
        Kind::Pointer
    }
    fn methods(&self) -> Option<MethodKind> {
        T::static_pointer_methods()
    }
    fn call_method(&self) -> GoString {
        T::call_pointer_method(self)
    }
    fn go_string(&self) -> Option<GoString> {
        T::pointer_go_string(self)
    }
    fn address(&self) -> Option<usize> {
        Some(Ptr::address(self))
    }
}

impl Value for Duration {
    fn format(&self, printer: &mut Printer, verb: char) {
        if printer.handle_methods(self, verb) {
            return;
        }
        self.format_raw(printer, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        printer.fmt_integer(self.0 as u64, true, verb, this)
    }
    fn type_name(&self) -> String {
        "time.Duration".to_string()
    }
    fn static_type_name() -> String {
        "time.Duration".to_string()
    }
    fn kind(&self) -> Kind {
        Kind::Int
    }
    fn static_kind() -> Kind {
        Kind::Int
    }
    fn methods(&self) -> Option<MethodKind> {
        Some(MethodKind::String)
    }
    fn call_method(&self) -> GoString {
        self.string()
    }
    fn static_pointer_methods() -> Option<MethodKind> {
        Some(MethodKind::String)
    }
    fn call_pointer_method(pointer: &Ptr<Self>) -> GoString {
        pointer.get().string()
    }
    fn as_int(&self) -> Option<i64> {
        Some(self.0)
    }
}

impl<T: Send> Value for crate::chan::Chan<T> {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_pointer(self.address() as u64, verb, self)
    }
    fn type_name(&self) -> String {
        // The element type is not known without `T: Value`; Go prints it.
        String::from("chan")
    }
    fn static_type_name() -> String {
        String::from("chan")
    }
    fn address(&self) -> Option<usize> {
        Some(crate::chan::Chan::address(self))
    }
}

/// The sync types print like the structs they are in Go (their state is
/// not observable; Go prints the zero state of an unused one).
macro_rules! sync_value {
    ($ty:ty, $name:expr, $text:expr) => {
        impl Value for $ty {
            fn format(&self, printer: &mut Printer, _verb: char) {
                printer.write_str($text);
            }
            fn type_name(&self) -> String {
                String::from($name)
            }
            fn static_type_name() -> String {
                String::from($name)
            }
            fn kind(&self) -> Kind {
                Kind::Struct
            }
            fn static_kind() -> Kind {
                Kind::Struct
            }
        }
    };
}

sync_value!(crate::sync::Mutex, "sync.Mutex", "{{} {0 0}}");
sync_value!(crate::sync::RWMutex, "sync.RWMutex", "{{} {{} {0 0}} {0 0} {0 0} {0} {0}}");
sync_value!(crate::sync::WaitGroup, "sync.WaitGroup", "{{} {{} {} 0} 0}");
sync_value!(crate::sync::Map, "sync.Map", "{{} {{{} 0} {0 0} {[] {} <nil>} <nil> <nil> 0}}");
sync_value!(crate::sync::Pool, "sync.Pool", "{{} <nil> 0 <nil> 0 <nil>}");

/// Handles that stand for Go pointers (`*sync.Cond`, `*time.Timer`,
/// `*time.Ticker`) print as pointers do: an address.
macro_rules! handle_value {
    ($ty:ty, $name:expr) => {
        impl Value for $ty {
            fn format(&self, printer: &mut Printer, verb: char) {
                printer.fmt_pointer(self.address() as u64, verb, self)
            }
            fn type_name(&self) -> String {
                String::from($name)
            }
            fn static_type_name() -> String {
                String::from($name)
            }
            fn kind(&self) -> Kind {
                Kind::Pointer
            }
            fn static_kind() -> Kind {
                Kind::Pointer
            }
            fn address(&self) -> Option<usize> {
                Some(<$ty>::address(self))
            }
        }
    };
}

handle_value!(crate::sync::Cond, "*sync.Cond");
handle_value!(crate::time::Timer, "*time.Timer");
handle_value!(crate::time::Ticker, "*time.Ticker");

/// `sync.Once` prints its `done` flag (0, then 1 once `Do` has run).
impl Value for crate::sync::Once {
    fn format(&self, printer: &mut Printer, _verb: char) {
        let done = u8::from(self.is_done());
        let text = if printer.sharp_v {
            format!(
                "sync.Once{{_:sync.noCopy{{}}, done:atomic.Bool{{_:atomic.noCopy{{}}, v:{done:#x}}}, \
                 m:sync.Mutex{{_:sync.noCopy{{}}, mu:sync.Mutex{{state:0, sema:0x0}}}}}}"
            )
        } else if printer.plus_v {
            format!("{{_:{{}} done:{{_:{{}} v:{done}}} m:{{_:{{}} mu:{{state:0 sema:0}}}}}}")
        } else {
            format!("{{{{}} {{{{}} {done}}} {{{{}} {{0 0}}}}}}")
        };
        printer.write_str(&text);
    }
    fn type_name(&self) -> String {
        String::from("sync.Once")
    }
    fn static_type_name() -> String {
        String::from("sync.Once")
    }
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn static_kind() -> Kind {
        Kind::Struct
    }
}

/// An untyped `nil` passed to `fmt` (`fmt.Println(nil)` prints `<nil>`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Nil;

impl Value for Nil {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_nil_interface(verb, "<nil>")
    }
    fn type_name(&self) -> String {
        String::from("<nil>")
    }
    fn static_type_name() -> String {
        String::from("<nil>")
    }
    fn kind(&self) -> Kind {
        Kind::Interface
    }
}

/// A value printed under another Go type name: `int64` and `uint` share
/// their Rust types with `int` and `uint64`, and `%T` must tell them apart.
pub struct Typed<'a, T: ?Sized>(pub &'a T, pub &'static str);

impl<T: Value + ?Sized> Value for Typed<'_, T> {
    fn format(&self, printer: &mut Printer, verb: char) {
        self.0.format_raw(printer, verb, self)
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        self.0.format_raw(printer, verb, this)
    }
    fn type_name(&self) -> String {
        String::from(self.1)
    }
    fn static_type_name() -> String {
        String::new()
    }
    fn kind(&self) -> Kind {
        self.0.kind()
    }
}

impl<F: ?Sized + Send + Sync> Value for crate::func::Func<F> {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_pointer(self.address() as u64, verb, self)
    }
    fn type_name(&self) -> String {
        String::from("func")
    }
    fn static_type_name() -> String {
        String::from("func")
    }
    fn address(&self) -> Option<usize> {
        Some(crate::func::Func::address(self))
    }
}

/// Go's empty struct, `struct{}`: prints `{}`.
impl Value for () {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_struct(self, verb, &[])
    }
    fn type_name(&self) -> String {
        String::from("struct {}")
    }
    fn static_type_name() -> String {
        String::from("struct {}")
    }
    fn kind(&self) -> Kind {
        Kind::Struct
    }
    fn static_kind() -> Kind {
        Kind::Struct
    }
}

impl Value for crate::strings::Builder {
    fn format(&self, printer: &mut Printer, verb: char) {
        let text = self.string();
        printer.fmt_struct(self, verb, &[("buf", &text)])
    }
    fn type_name(&self) -> String {
        String::from("strings.Builder")
    }
    fn static_type_name() -> String {
        String::from("strings.Builder")
    }
    fn kind(&self) -> Kind {
        Kind::Struct
    }
}
