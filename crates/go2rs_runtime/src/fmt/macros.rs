//! Macros that give translated Go types their [`Value`](super::Value) impl.
//!
//! - [`impl_go_struct!`](crate::impl_go_struct) for structs;
//! - [`impl_go_named!`](crate::impl_go_named) for named non-struct types
//!   (`type Celsius float64`, `type Stack []int`), represented as a newtype
//!   whose field `.0` holds the underlying value.
//!
//! Both take, after a `;`, the type's `Error()`, `String()` and
//! `GoString()` methods, one entry each, separated by `;` (a single entry is
//! the common case), so that `%v %s %q %x %X` and `Println` print through
//! `Error`/`String` and `%#v` through `GoString`:
//!
//! - `String = f` / `Error = f` / `GoString = f`: a value-receiver method;
//!   `f` is called as `f(&T) -> GoString`. Both `T` and `*T` have it.
//! - `*String = f` / `*Error = f` / `*GoString = f`: a pointer-receiver
//!   method; `f` is called as `f(&Ptr<T>) -> GoString` (the pointer may be
//!   nil). Only `*T` has it.
//!
//! For example `; String = point_string; *Error = point_error; *GoString =
//! point_go_string`. When a method set has both `Error` and `String`,
//! `Error` is used, as Go's `fmt` prefers it.
//!
//! Both macros also implement [`GoLayout`](crate::layout::GoLayout) (Go's
//! size and alignment of the type, which `append` growth depends on).

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
        impl $crate::layout::GoLayout for $ty {
            fn go_layout() -> $crate::layout::Layout {
                $crate::layout::Layout::of_struct(&[$($crate::__go_field_layout!($ty, $field)),*])
            }
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
        impl $crate::layout::GoLayout for $ty {
            fn go_layout() -> $crate::layout::Layout {
                $crate::__go_field_layout!($ty, 0)
            }
        }
    };
}

/// The method part of [`impl_go_struct!`](crate::impl_go_struct) and
/// [`impl_go_named!`](crate::impl_go_named): one or more entries separated
/// by `;`, each `Kind = f` (value receiver) or `*Kind = f` (pointer
/// receiver), where `Kind` is `String`, `Error` or `GoString`.
#[doc(hidden)]
#[macro_export]
macro_rules! __go_methods {
    // Normalise the entries to `(recv Kind (f))`, recv being `val` or `ptr`.
    (@parse [$($done:tt)*]) => {
        $crate::__go_methods!(@emit $($done)*);
    };
    (@parse [$($done:tt)*] ;) => {
        $crate::__go_methods!(@emit $($done)*);
    };
    (@parse [$($done:tt)*] * $kind:ident = $method:expr ; $($rest:tt)*) => {
        $crate::__go_methods!(@parse [$($done)* (ptr $kind ($method))] $($rest)*);
    };
    (@parse [$($done:tt)*] * $kind:ident = $method:expr) => {
        $crate::__go_methods!(@emit $($done)* (ptr $kind ($method)));
    };
    (@parse [$($done:tt)*] $kind:ident = $method:expr ; $($rest:tt)*) => {
        $crate::__go_methods!(@parse [$($done)* (val $kind ($method))] $($rest)*);
    };
    (@parse [$($done:tt)*] $kind:ident = $method:expr) => {
        $crate::__go_methods!(@emit $($done)* (val $kind ($method)));
    };

    (@emit $(($recv:ident $kind:ident $method:tt))*) => {
        #[allow(unreachable_code, unused_assignments)]
        fn methods(&self) -> Option<$crate::fmt::MethodKind> {
            #[allow(unused_mut, unused_assignments)]
            let mut found: Option<$crate::fmt::MethodKind> = None;
            $($crate::__go_methods!(@value_kind found, $recv $kind);)*
            found
        }
        #[allow(unreachable_code)]
        fn call_method(&self) -> $crate::string::GoString {
            #[allow(unused_variables)]
            let kind = $crate::fmt::Value::methods(self);
            #[allow(unused_variables)]
            let this = self;
            $($crate::__go_methods!(@value_call this, kind, $recv $kind $method);)*
            $crate::string::GoString::new()
        }
        #[allow(unreachable_code, unused_assignments)]
        fn static_pointer_methods() -> Option<$crate::fmt::MethodKind> {
            #[allow(unused_mut, unused_assignments)]
            let mut found: Option<$crate::fmt::MethodKind> = None;
            $($crate::__go_methods!(@pointer_kind found, $kind);)*
            found
        }
        #[allow(unreachable_code)]
        fn call_pointer_method(pointer: &$crate::ptr::Ptr<Self>) -> $crate::string::GoString {
            #[allow(unused_variables)]
            let kind = <Self as $crate::fmt::Value>::static_pointer_methods();
            $($crate::__go_methods!(@pointer_call pointer, kind, $recv $kind $method);)*
            let _ = pointer;
            $crate::string::GoString::new()
        }
        #[allow(unreachable_code)]
        fn go_string(&self) -> Option<$crate::string::GoString> {
            #[allow(unused_variables)]
            let this = self;
            $($crate::__go_methods!(@value_go_string this, $recv $kind $method);)*
            None
        }
        #[allow(unreachable_code)]
        fn pointer_go_string(pointer: &$crate::ptr::Ptr<Self>) -> Option<$crate::string::GoString> {
            $($crate::__go_methods!(@pointer_go_string pointer, $recv $kind $method);)*
            let _ = pointer;
            None
        }
    };

    // The method set of T: value-receiver methods; Error wins over String.
    (@value_kind $found:ident, val Error) => {
        $found = Some($crate::fmt::MethodKind::Error);
    };
    (@value_kind $found:ident, val String) => {
        if $found.is_none() {
            $found = Some($crate::fmt::MethodKind::String);
        }
    };
    (@value_kind $found:ident, $recv:ident $kind:ident) => {};

    // The method set of *T: all methods; Error wins over String.
    (@pointer_kind $found:ident, Error) => {
        $found = Some($crate::fmt::MethodKind::Error);
    };
    (@pointer_kind $found:ident, String) => {
        if $found.is_none() {
            $found = Some($crate::fmt::MethodKind::String);
        }
    };
    (@pointer_kind $found:ident, $kind:ident) => {};

    (@value_call $this:ident, $chosen:ident, val Error $method:tt) => {
        if $chosen == Some($crate::fmt::MethodKind::Error) {
            return $method($this);
        }
    };
    (@value_call $this:ident, $chosen:ident, val String $method:tt) => {
        if $chosen == Some($crate::fmt::MethodKind::String) {
            return $method($this);
        }
    };
    (@value_call $this:ident, $chosen:ident, $recv:ident $kind:ident $method:tt) => {};

    (@pointer_call $pointer:ident, $chosen:ident, val Error $method:tt) => {
        if $chosen == Some($crate::fmt::MethodKind::Error) {
            return $pointer.with(|value| $method(value));
        }
    };
    (@pointer_call $pointer:ident, $chosen:ident, val String $method:tt) => {
        if $chosen == Some($crate::fmt::MethodKind::String) {
            return $pointer.with(|value| $method(value));
        }
    };
    (@pointer_call $pointer:ident, $chosen:ident, ptr Error $method:tt) => {
        if $chosen == Some($crate::fmt::MethodKind::Error) {
            return $method($pointer);
        }
    };
    (@pointer_call $pointer:ident, $chosen:ident, ptr String $method:tt) => {
        if $chosen == Some($crate::fmt::MethodKind::String) {
            return $method($pointer);
        }
    };
    (@pointer_call $pointer:ident, $chosen:ident, $recv:ident $kind:ident $method:tt) => {};

    (@value_go_string $this:ident, val GoString $method:tt) => {
        return Some($method($this));
    };
    (@value_go_string $this:ident, $recv:ident $kind:ident $method:tt) => {};

    (@pointer_go_string $pointer:ident, val GoString $method:tt) => {
        return Some($pointer.with(|value| $method(value)));
    };
    (@pointer_go_string $pointer:ident, ptr GoString $method:tt) => {
        return Some($method($pointer));
    };
    (@pointer_go_string $pointer:ident, $recv:ident $kind:ident $method:tt) => {};

    ($($entries:tt)+) => {
        $crate::__go_methods!(@parse [] $($entries)+);
    };
}
