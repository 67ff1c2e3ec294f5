//! Macros that give translated Go types their [`Value`](super::Value) impl.
//!
//! - [`impl_go_struct!`](crate::impl_go_struct) for structs;
//! - [`impl_go_named!`](crate::impl_go_named) for named non-struct types
//!   (`type Celsius float64`, `type Stack []int`), represented as a newtype
//!   whose field `.0` holds the underlying value.
//!
//! Both take, after a `;`, the type's `Error()` or `String()` method, so
//! that `%v %s %q %x %X` and `Println` print through it:
//!
//! - `String = f` / `Error = f`: a value-receiver method; `f` is called as
//!   `f(&T) -> GoString`. Both `T` and `*T` have it.
//! - `*String = f` / `*Error = f`: a pointer-receiver method; `f` is called
//!   as `f(&Ptr<T>) -> GoString` (the pointer may be nil). Only `*T` has it.
//!
//! A type with both methods gives only `Error`: Go's `fmt` prefers it.

/// Implements [`Value`](crate::fmt::Value) for a translated Go struct.
///
/// Arguments: the Rust type, the Go type name as `%T` prints it, then each
/// field in declaration order as `rust_field => "GoName"` (a tuple struct
/// uses `0 => "X"`), optionally followed by `; String = f` (see the
/// [module docs](crate::fmt::macros) for the method forms).
///
/// ```
/// use go2rs_runtime::{fmt, GoString};
///
/// #[derive(Clone)]
/// struct Point {
///     x: i64,
///     y: i64,
///     name: GoString,
/// }
/// go2rs_runtime::impl_go_struct!(Point, "main.Point", x => "X", y => "Y", name => "Name");
///
/// let p = Point { x: 1, y: 2, name: GoString::from("n") };
/// assert_eq!(fmt::sprintf("%v %+v", &[&p, &p]), "{1 2 n} {X:1 Y:2 Name:n}");
/// assert_eq!(fmt::sprintf("%#v", &[&p]), r#"main.Point{X:1, Y:2, Name:"n"}"#);
///
/// // func (c Celsius) String() string
/// #[derive(Clone)]
/// struct Temp {
///     degrees: f64,
/// }
/// fn temp_string(t: &Temp) -> GoString {
///     fmt::sprintf("%.1f°C", &[&t.degrees])
/// }
/// go2rs_runtime::impl_go_struct!(Temp, "main.Temp", degrees => "Degrees"; String = temp_string);
/// assert_eq!(fmt::sprint(&[&Temp { degrees: 21.5 }]), "21.5°C");
/// assert_eq!(fmt::sprintf("%d", &[&Temp { degrees: 21.5 }]), "{%!d(float64=21.5)}");
/// ```
#[macro_export]
macro_rules! impl_go_struct {
    ($ty:ty, $go_name:expr $(, $field:tt => $name:expr)* $(,)? $(; $($methods:tt)+)?) => {
        impl $crate::fmt::Value for $ty {
            fn format(&self, printer: &mut $crate::fmt::Printer, verb: char) {
                if printer.handle_methods(self, verb) {
                    return;
                }
                $crate::fmt::Value::format_raw(self, printer, verb, self)
            }
            fn format_raw(
                &self,
                printer: &mut $crate::fmt::Printer,
                verb: char,
                this: &dyn $crate::fmt::Value,
            ) {
                printer.fmt_struct(
                    this,
                    verb,
                    &[$(($name, &self.$field as &dyn $crate::fmt::Value)),*],
                )
            }
            fn type_name(&self) -> String {
                ::std::string::String::from($go_name)
            }
            fn static_type_name() -> String {
                ::std::string::String::from($go_name)
            }
            fn kind(&self) -> $crate::fmt::Kind {
                $crate::fmt::Kind::Struct
            }
            fn static_kind() -> $crate::fmt::Kind {
                $crate::fmt::Kind::Struct
            }
            $($crate::__go_methods!($($methods)+);)?
        }
    };
}

/// Implements [`Value`](crate::fmt::Value) for a named Go type whose
/// underlying type is not a struct, represented as a newtype `T(pub U)`.
///
/// Arguments: `T(U)` (the Rust type and its underlying Rust type), the Go type
/// name, optionally followed by `; String = f` or `; Error = f` (see the
/// [module docs](crate::fmt::macros)).
///
/// ```
/// use go2rs_runtime::{fmt, GoString, Slice};
///
/// // type Celsius float64
/// // func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
/// #[derive(Clone, Copy)]
/// struct Celsius(pub f64);
/// fn celsius_string(c: &Celsius) -> GoString {
///     fmt::sprintf("%.1f°C", &[&c.0])
/// }
/// go2rs_runtime::impl_go_named!(Celsius(f64), "main.Celsius"; String = celsius_string);
///
/// assert_eq!(fmt::sprint(&[&Celsius(21.5)]), "21.5°C");
/// assert_eq!(fmt::sprintf("%.2f %T", &[&Celsius(21.5), &Celsius(0.0)]), "21.50 main.Celsius");
///
/// // type Stack []int
/// #[derive(Clone)]
/// struct Stack(pub Slice<i64>);
/// go2rs_runtime::impl_go_named!(Stack(Slice<i64>), "main.Stack");
/// let s = Stack(Slice::from_vec(vec![1, 2]));
/// assert_eq!(fmt::sprintf("%v %#v", &[&s, &s]), "[1 2] main.Stack{1, 2}");
/// ```
#[macro_export]
macro_rules! impl_go_named {
    ($ty:ident($underlying:ty), $go_name:expr $(; $($methods:tt)+)?) => {
        impl $crate::fmt::Value for $ty {
            fn format(&self, printer: &mut $crate::fmt::Printer, verb: char) {
                if printer.handle_methods(self, verb) {
                    return;
                }
                $crate::fmt::Value::format_raw(&self.0, printer, verb, self)
            }
            fn format_raw(
                &self,
                printer: &mut $crate::fmt::Printer,
                verb: char,
                this: &dyn $crate::fmt::Value,
            ) {
                $crate::fmt::Value::format_raw(&self.0, printer, verb, this)
            }
            fn type_name(&self) -> String {
                ::std::string::String::from($go_name)
            }
            fn static_type_name() -> String {
                ::std::string::String::from($go_name)
            }
            fn kind(&self) -> $crate::fmt::Kind {
                $crate::fmt::Value::kind(&self.0)
            }
            fn static_kind() -> $crate::fmt::Kind {
                <$underlying as $crate::fmt::Value>::static_kind()
            }
            fn address(&self) -> Option<usize> {
                $crate::fmt::Value::address(&self.0)
            }
            fn as_int(&self) -> Option<i64> {
                $crate::fmt::Value::as_int(&self.0)
            }
            $($crate::__go_methods!($($methods)+);)?
        }
    };
}

/// The method part of [`impl_go_struct!`](crate::impl_go_struct) and
/// [`impl_go_named!`](crate::impl_go_named).
#[doc(hidden)]
#[macro_export]
macro_rules! __go_methods {
    (* $kind:ident = $method:expr) => {
        fn static_pointer_methods() -> Option<$crate::fmt::MethodKind> {
            Some($crate::fmt::MethodKind::$kind)
        }
        fn call_pointer_method(pointer: &$crate::ptr::Ptr<Self>) -> $crate::string::GoString {
            ($method)(pointer)
        }
    };
    ($kind:ident = $method:expr) => {
        fn methods(&self) -> Option<$crate::fmt::MethodKind> {
            Some($crate::fmt::MethodKind::$kind)
        }
        fn call_method(&self) -> $crate::string::GoString {
            ($method)(self)
        }
        fn static_pointer_methods() -> Option<$crate::fmt::MethodKind> {
            Some($crate::fmt::MethodKind::$kind)
        }
        fn call_pointer_method(pointer: &$crate::ptr::Ptr<Self>) -> $crate::string::GoString {
            pointer.with(|value| ($method)(value))
        }
    };
}
