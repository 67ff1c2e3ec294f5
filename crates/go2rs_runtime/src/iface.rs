//! Go interface values.
//!
//! A Go interface type `I` becomes a Rust trait `I` whose methods are `I`'s
//! methods, with [`Dynamic`] as supertrait; a value of type `I` is an
//! [`Iface<dyn I>`]: nil, or a shared, immutable copy of a concrete value
//! together with its vtable. The concrete types of a program are all known
//! when it is translated, so the translation implements, for every
//! interface, the conversion from any dynamic value ([`Interface::cast`]):
//! type assertions, type switches and conversions between interfaces go
//! through it.
//!
//! - `any` is [`Any`] (`Iface<dyn Dynamic>`), `error` is
//!   [`Error`](crate::Error) (`Iface<dyn ErrorValue>`);
//! - `x.(T)` is [`Iface::assert_type`] / [`Iface::downcast`] for a concrete
//!   `T` and [`Iface::assert`] / [`Iface::cast`] for an interface `T`;
//! - `==` compares dynamic types, then values, and panics for an
//!   uncomparable dynamic type as Go does.

use std::any::TypeId;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use crate::error::ErrorValue;
use crate::fmt::{Kind, MethodKind, Printer, Value};
use crate::panic::{nil_dereference, type_assertion_error};
use crate::ptr::Ptr;
use crate::string::GoString;

/// A concrete Go type that can be stored in an interface value.
///
/// Implemented with [`impl_dynamic!`](crate::impl_dynamic) for translated
/// types, and by the runtime for Go's predeclared and composite types.
pub trait Dynamic: Value + Send + Sync + 'static {
    /// The value as [`std::any::Any`], to recover its concrete type.
    fn as_any(&self) -> &(dyn std::any::Any + Send + Sync);

    /// The shared value as [`std::any::Any`], for [`Arc::downcast`].
    fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync>;

    /// Go's `==` between two dynamic values: false for different types,
    /// the values' equality for the same comparable type, a run-time panic
    /// for the same uncomparable type.
    fn dyn_eq(&self, other: &dyn Dynamic) -> bool;

    /// Hashes the value for a map keyed by an interface type (a run-time
    /// panic for an unhashable type, as in Go).
    fn dyn_hash(&self, state: &mut dyn Hasher);

    /// Whether Go can compare values of the type with `==`.
    fn comparable(&self) -> bool {
        true
    }

    /// Orders two values of the same type, for printing maps with interface
    /// keys sorted (Go's `fmtsort`).
    fn dyn_cmp(&self, other: &dyn Dynamic) -> Ordering {
        let _ = other;
        Ordering::Equal
    }

    /// The sorted names of the methods in the type's method set, for the
    /// `missing method` of a failed assertion.
    fn method_names(&self) -> &'static [&'static str] {
        &[]
    }

    /// The value as an `error`, when the type has an `Error() string`
    /// method.
    fn into_error(self: Arc<Self>) -> Option<Arc<dyn ErrorValue>> {
        None
    }

    /// The method set of `*Self`.
    fn pointer_method_names() -> &'static [&'static str]
    where
        Self: Sized,
    {
        &[]
    }

    /// A `*Self` as an `error`, when `*Self` has an `Error() string` method.
    fn pointer_into_error(pointer: Arc<Ptr<Self>>) -> Option<Arc<dyn ErrorValue>>
    where
        Self: Sized,
    {
        let _ = pointer;
        None
    }
}

/// A Go interface type, implemented for the trait object `dyn I` of the
/// Rust trait that stands for it.
pub trait Interface: Send + Sync + 'static {
    /// The type as `%T` and panics print it: `main.Shape`, `error`,
    /// `interface {}`.
    const NAME: &'static str;

    /// The sorted names of the interface's methods.
    const METHODS: &'static [&'static str];

    /// The dynamic value as this interface, or the value back when its type
    /// does not implement it.
    fn cast(value: Arc<dyn Dynamic>) -> Result<Arc<Self>, Arc<dyn Dynamic>>;

    /// The value as a plain dynamic value.
    fn upcast(value: &Self) -> &dyn Dynamic;

    /// The shared value as a plain dynamic value.
    fn upcast_arc(value: Arc<Self>) -> Arc<dyn Dynamic>;
}

/// A value of a Go interface type: nil, or a concrete value.
pub struct Iface<T: ?Sized>(Option<Arc<T>>);

/// Go's `any` (`interface{}`).
pub type Any = Iface<dyn Dynamic>;

impl<T: ?Sized> Clone for Iface<T> {
    fn clone(&self) -> Self {
        Iface(self.0.clone())
    }
}

impl<T: ?Sized> Default for Iface<T> {
    fn default() -> Self {
        Iface(None)
    }
}

impl<T: ?Sized> Iface<T> {
    /// The nil interface value.
    pub const fn nil() -> Self {
        Iface(None)
    }

    /// An interface value holding a concrete value: `Iface::<dyn Shape>::new(Arc::new(circle))`.
    pub fn new(value: Arc<T>) -> Self {
        Iface(Some(value))
    }

    pub fn is_nil(&self) -> bool {
        self.0.is_none()
    }

    /// The shared value, `None` for nil.
    pub fn as_arc(&self) -> Option<&Arc<T>> {
        self.0.as_ref()
    }
}

impl<T: ?Sized + Interface> Iface<T> {
    /// The dynamic value, `None` for nil.
    pub fn dynamic(&self) -> Option<&dyn Dynamic> {
        self.0.as_deref().map(T::upcast)
    }

    fn dynamic_arc(&self) -> Option<Arc<dyn Dynamic>> {
        self.0.clone().map(T::upcast_arc)
    }

    /// The dynamic type's name as `%T` prints it; `<nil>` for nil.
    pub fn type_name(&self) -> String {
        match self.dynamic() {
            Some(value) => value.type_name(),
            None => "<nil>".to_string(),
        }
    }

    /// Whether the dynamic type is `C` (`case C:` of a type switch).
    pub fn is<C: 'static>(&self) -> bool {
        self.dynamic().is_some_and(|value| value.as_any().type_id() == TypeId::of::<C>())
    }

    /// `v, ok := x.(C)` for a concrete type `C`: a copy of the value.
    pub fn downcast<C: Clone + 'static>(&self) -> Option<C> {
        self.dynamic()?.as_any().downcast_ref::<C>().cloned()
    }

    /// `x.(C)` for a concrete type `C`; panics as Go does when the dynamic
    /// type is another.
    pub fn assert_type<C: Value + Clone + 'static>(&self) -> C {
        match self.downcast::<C>() {
            Some(value) => value,
            None => type_assertion_error(format!(
                "interface conversion: {} is {}, not {}",
                interface_word(T::NAME),
                self.dynamic().map_or("nil".to_string(), |value| value.type_name()),
                C::static_type_name()
            )),
        }
    }

    /// `v, ok := x.(C)` for a concrete type `C`: the value, or `C`'s zero
    /// value and false.
    pub fn assert_type_ok<C: Clone + Default + 'static>(&self) -> (C, bool) {
        match self.downcast::<C>() {
            Some(value) => (value, true),
            None => (C::default(), false),
        }
    }

    /// `v, ok := x.(I)` for an interface type `I`: the value as `I`, or nil
    /// and false.
    pub fn assert_ok<U: ?Sized + Interface>(&self) -> (Iface<U>, bool) {
        match self.cast::<U>() {
            Some(value) => (value, true),
            None => (Iface(None), false),
        }
    }

    /// `v, ok := x.(I)` for an interface type `I`.
    pub fn cast<U: ?Sized + Interface>(&self) -> Option<Iface<U>> {
        let value = self.dynamic_arc()?;
        U::cast(value).ok().map(|value| Iface(Some(value)))
    }

    /// `x.(I)` for an interface type `I`; panics as Go does when `x` is
    /// nil or its dynamic type lacks a method.
    pub fn assert<U: ?Sized + Interface>(&self) -> Iface<U> {
        let Some(value) = self.dynamic_arc() else {
            type_assertion_error(format!("interface conversion: interface is nil, not {}", U::NAME))
        };
        match U::cast(value) {
            Ok(value) => Iface(Some(value)),
            Err(value) => {
                let own = value.method_names();
                let missing = U::METHODS.iter().find(|method| !own.contains(method)).copied().unwrap_or("?");
                type_assertion_error(format!(
                    "interface conversion: {} is not {}: missing method {missing}",
                    value.type_name(),
                    U::NAME
                ))
            }
        }
    }

    /// The value as another interface type that Go has checked it
    /// implements (`var r io.Reader = rw`, `var x any = err`).
    pub fn convert<U: ?Sized + Interface>(&self) -> Iface<U> {
        match self.dynamic_arc() {
            None => Iface(None),
            Some(value) => match U::cast(value) {
                Ok(value) => Iface(Some(value)),
                Err(value) => panic!("go2rs: {} does not implement {} (a translation bug)", value.type_name(), U::NAME),
            },
        }
    }

    /// `x == v` for a concrete value `v`: the same dynamic type and an
    /// equal value.
    pub fn eq_value<C: Dynamic>(&self, value: &C) -> bool {
        self.dynamic().is_some_and(|own| own.dyn_eq(value))
    }
}

/// How the message of a failed assertion names the asserted interface:
/// Go says `interface {}` for `any` and the type's name otherwise.
fn interface_word(name: &str) -> &str {
    name
}

impl<T: ?Sized> Deref for Iface<T> {
    type Target = T;

    /// Calling a method of a nil interface value panics.
    fn deref(&self) -> &T {
        match &self.0 {
            Some(value) => value,
            None => nil_dereference(),
        }
    }
}

impl<T: ?Sized + Interface> PartialEq for Iface<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self.dynamic(), other.dynamic()) {
            (None, None) => true,
            (Some(a), Some(b)) => a.dyn_eq(b),
            _ => false,
        }
    }
}

impl<T: ?Sized + Interface> Eq for Iface<T> {}

impl<T: ?Sized + Interface> Hash for Iface<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self.dynamic() {
            None => state.write_u8(0),
            Some(value) => value.dyn_hash(state),
        }
    }
}

impl<T: ?Sized + Interface> PartialOrd for Iface<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Nil first, then by dynamic type, then by value (the order `fmt` prints
/// the keys of a map keyed by an interface type in).
impl<T: ?Sized + Interface> Ord for Iface<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.dynamic(), other.dynamic()) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (Some(a), Some(b)) => a.type_name().cmp(&b.type_name()).then_with(|| a.dyn_cmp(b)),
        }
    }
}

impl<T: ?Sized + Interface> std::fmt::Debug for Iface<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::fmt::sprint(&[self]).to_string())
    }
}

impl<T: ?Sized + Interface> Value for Iface<T> {
    fn format(&self, printer: &mut Printer, verb: char) {
        match self.dynamic() {
            None => printer.fmt_nil_interface(verb, T::NAME),
            Some(value) => value.format(printer, verb),
        }
    }
    fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
        match self.dynamic() {
            None => printer.fmt_nil_interface(verb, T::NAME),
            Some(value) => value.format_raw(printer, verb, this),
        }
    }
    fn type_name(&self) -> String {
        Iface::type_name(self)
    }
    fn static_type_name() -> String {
        T::NAME.to_string()
    }
    fn kind(&self) -> Kind {
        match self.dynamic() {
            None => Kind::Interface,
            Some(value) => value.kind(),
        }
    }
    fn static_kind() -> Kind {
        Kind::Interface
    }
    fn methods(&self) -> Option<MethodKind> {
        self.dynamic().and_then(|value| value.methods())
    }
    fn call_method(&self) -> GoString {
        match self.dynamic() {
            Some(value) => value.call_method(),
            None => GoString::new(),
        }
    }
    fn go_string(&self) -> Option<GoString> {
        self.dynamic().and_then(|value| value.go_string())
    }
    fn address(&self) -> Option<usize> {
        self.dynamic().and_then(|value| value.address())
    }
    fn as_int(&self) -> Option<i64> {
        self.dynamic().and_then(|value| value.as_int())
    }
    fn as_error(&self) -> Option<crate::error::Error> {
        let value = self.dynamic_arc()?;
        value.into_error().map(|error| Iface(Some(error)))
    }
}

impl Interface for dyn Dynamic {
    const NAME: &'static str = "interface {}";
    const METHODS: &'static [&'static str] = &[];

    fn cast(value: Arc<dyn Dynamic>) -> Result<Arc<Self>, Arc<dyn Dynamic>> {
        Ok(value)
    }

    fn upcast(value: &Self) -> &dyn Dynamic {
        value
    }

    fn upcast_arc(value: Arc<Self>) -> Arc<dyn Dynamic> {
        value
    }
}

impl Interface for dyn ErrorValue {
    const NAME: &'static str = "error";
    const METHODS: &'static [&'static str] = &["Error"];

    fn cast(value: Arc<dyn Dynamic>) -> Result<Arc<Self>, Arc<dyn Dynamic>> {
        value.clone().into_error().ok_or(value)
    }

    fn upcast(value: &Self) -> &dyn Dynamic {
        value
    }

    fn upcast_arc(value: Arc<Self>) -> Arc<dyn Dynamic> {
        value
    }
}

/// Wraps a concrete value in an `any`: `any(v)`.
pub fn any<C: Dynamic>(value: C) -> Any {
    Iface(Some(Arc::new(value)))
}

/// Implements [`Dynamic`](crate::iface::Dynamic) for a translated type.
///
/// The second argument says how Go compares the type's values: `hash`
/// (comparable, and `Eq + Hash` in Rust), `eq` (comparable, `PartialEq`
/// only: floating-point fields) or `uncomparable` (slices, maps, functions
/// inside). Optional clauses list the method sets (`methods [..]`,
/// `pointer_methods [..]`, sorted) and say whether the type or its pointer
/// implements `error` (`error`, `pointer_error`).
///
/// ```text
/// go2rs_runtime::impl_dynamic!(Circle, hash; methods ["Area", "String"]; pointer_methods ["Area", "Scale", "String"]);
/// ```
#[macro_export]
macro_rules! impl_dynamic {
    ($ty:ty, $compare:ident $(; $($clause:tt)+)?) => {
        impl $crate::iface::Dynamic for $ty {
            fn as_any(&self) -> &(dyn ::std::any::Any + Send + Sync) {
                self
            }
            fn into_any(self: ::std::sync::Arc<Self>) -> ::std::sync::Arc<dyn ::std::any::Any + Send + Sync> {
                self
            }
            $crate::__dynamic_compare!($ty, $compare);
            $($crate::__dynamic_clauses!($ty; $($clause)+);)?
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __dynamic_compare {
    ($ty:ty, hash) => {
        fn dyn_eq(&self, other: &dyn $crate::iface::Dynamic) -> bool {
            other.as_any().downcast_ref::<$ty>().is_some_and(|other| self == other)
        }
        fn dyn_hash(&self, mut state: &mut dyn ::std::hash::Hasher) {
            ::std::hash::Hash::hash(&::std::any::TypeId::of::<$ty>(), &mut state);
            ::std::hash::Hash::hash(self, &mut state);
        }
    };
    ($ty:ty, ord) => {
        $crate::__dynamic_compare!($ty, hash);
        fn dyn_cmp(&self, other: &dyn $crate::iface::Dynamic) -> ::std::cmp::Ordering {
            match other.as_any().downcast_ref::<$ty>() {
                Some(other) => ::std::cmp::Ord::cmp(self, other),
                None => ::std::cmp::Ordering::Equal,
            }
        }
    };
    ($ty:ty, eq) => {
        fn dyn_eq(&self, other: &dyn $crate::iface::Dynamic) -> bool {
            other.as_any().downcast_ref::<$ty>().is_some_and(|other| self == other)
        }
        fn dyn_hash(&self, mut state: &mut dyn ::std::hash::Hasher) {
            ::std::hash::Hash::hash(&::std::any::TypeId::of::<$ty>(), &mut state);
        }
    };
    ($ty:ty, uncomparable) => {
        fn comparable(&self) -> bool {
            false
        }
        fn dyn_eq(&self, other: &dyn $crate::iface::Dynamic) -> bool {
            if other.as_any().is::<$ty>() {
                $crate::panic::runtime_error(format!(
                    "comparing uncomparable type {}",
                    <$ty as $crate::fmt::Value>::static_type_name()
                ))
            }
            false
        }
        fn dyn_hash(&self, _state: &mut dyn ::std::hash::Hasher) {
            $crate::panic::runtime_error(format!(
                "hash of unhashable type {}",
                <$ty as $crate::fmt::Value>::static_type_name()
            ))
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __dynamic_clauses {
    ($ty:ty;) => {};
    ($ty:ty; methods [$($name:expr),* $(,)?] $(; $($rest:tt)*)?) => {
        fn method_names(&self) -> &'static [&'static str] {
            &[$($name),*]
        }
        $crate::__dynamic_clauses!($ty; $($($rest)*)?);
    };
    ($ty:ty; pointer_methods [$($name:expr),* $(,)?] $(; $($rest:tt)*)?) => {
        fn pointer_method_names() -> &'static [&'static str] {
            &[$($name),*]
        }
        $crate::__dynamic_clauses!($ty; $($($rest)*)?);
    };
    ($ty:ty; error $(; $($rest:tt)*)?) => {
        fn into_error(self: ::std::sync::Arc<Self>) -> Option<::std::sync::Arc<dyn $crate::error::ErrorValue>> {
            Some(self)
        }
        $crate::__dynamic_clauses!($ty; $($($rest)*)?);
    };
    ($ty:ty; pointer_error $(; $($rest:tt)*)?) => {
        fn pointer_into_error(
            pointer: ::std::sync::Arc<$crate::ptr::Ptr<Self>>,
        ) -> Option<::std::sync::Arc<dyn $crate::error::ErrorValue>> {
            Some(pointer)
        }
        $crate::__dynamic_clauses!($ty; $($($rest)*)?);
    };
}

/// Implements [`Interface`](crate::iface::Interface) for the trait object of
/// a translated interface, listing the program's types that implement it.
///
/// ```text
/// go2rs_runtime::interface!(dyn Shape, "main.Shape", ["Area", "Perimeter"], [Circle, Ptr<Circle>, Ptr<Rect>]);
/// ```
#[macro_export]
macro_rules! interface {
    (dyn $trait:path, $name:expr, [$($method:expr),* $(,)?], [$($ty:ty),* $(,)?]) => {
        impl $crate::iface::Interface for dyn $trait {
            const NAME: &'static str = $name;
            const METHODS: &'static [&'static str] = &[$($method),*];

            #[allow(unused_mut, unused_variables)]
            fn cast(
                value: ::std::sync::Arc<dyn $crate::iface::Dynamic>,
            ) -> Result<::std::sync::Arc<Self>, ::std::sync::Arc<dyn $crate::iface::Dynamic>> {
                let mut any = $crate::iface::Dynamic::into_any(value.clone());
                $(
                    any = match any.downcast::<$ty>() {
                        Ok(concrete) => return Ok(concrete),
                        Err(any) => any,
                    };
                )*
                Err(value)
            }

            fn upcast(value: &Self) -> &dyn $crate::iface::Dynamic {
                value
            }

            fn upcast_arc(value: ::std::sync::Arc<Self>) -> ::std::sync::Arc<dyn $crate::iface::Dynamic> {
                value
            }
        }
    };
}

// ----- the runtime's types as dynamic values -----

/// A Go `int64` in an interface value. Rust's `i64` stands for both Go's
/// `int` and `int64`; in an interface they are different dynamic types
/// (`%T`, assertions, type switches), so an `int64` is stored wrapped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Int64(pub i64);

/// A Go `uint` in an interface value (Rust's `u64` is also Go's `uint64`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Uint(pub u64);

macro_rules! distinct_integer {
    ($ty:ident, $name:expr) => {
        impl Value for $ty {
            fn format(&self, printer: &mut Printer, verb: char) {
                self.0.format_raw(printer, verb, self)
            }
            fn type_name(&self) -> String {
                $name.to_string()
            }
            fn static_type_name() -> String {
                $name.to_string()
            }
            fn kind(&self) -> Kind {
                self.0.kind()
            }
            fn static_kind() -> Kind {
                Kind::Int
            }
            fn as_int(&self) -> Option<i64> {
                self.0.as_int()
            }
        }
        crate::impl_dynamic!($ty, ord);
    };
}

distinct_integer!(Int64, "int64");
distinct_integer!(Uint, "uint");

crate::impl_dynamic!(bool, ord);
crate::impl_dynamic!(i8, ord);
crate::impl_dynamic!(i16, ord);
crate::impl_dynamic!(i32, ord);
crate::impl_dynamic!(i64, ord);
crate::impl_dynamic!(u8, ord);
crate::impl_dynamic!(u16, ord);
crate::impl_dynamic!(u32, ord);
crate::impl_dynamic!(u64, ord);
crate::impl_dynamic!(usize, ord);
crate::impl_dynamic!(GoString, ord);
crate::impl_dynamic!((), ord);
crate::impl_dynamic!(crate::time::Duration, ord; methods ["Abs", "Hours", "Microseconds", "Milliseconds", "Minutes", "Nanoseconds", "Round", "Seconds", "String", "Truncate"]);

macro_rules! float_dynamic {
    ($ty:ty) => {
        impl Dynamic for $ty {
            fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
                self
            }
            fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
                self
            }
            fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
                other.as_any().downcast_ref::<$ty>().is_some_and(|other| self == other)
            }
            fn dyn_hash(&self, mut state: &mut dyn Hasher) {
                TypeId::of::<$ty>().hash(&mut state);
                // +0 and -0 are equal keys; NaN never finds itself anyway.
                let value = if *self == 0.0 { 0.0 } else { *self };
                value.to_bits().hash(&mut state);
            }
            fn dyn_cmp(&self, other: &dyn Dynamic) -> Ordering {
                match other.as_any().downcast_ref::<$ty>() {
                    Some(other) => self.partial_cmp(other).unwrap_or(Ordering::Equal),
                    None => Ordering::Equal,
                }
            }
        }
    };
}

float_dynamic!(f32);
float_dynamic!(f64);

impl<T: Dynamic> Dynamic for Ptr<T> {
    fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
        self
    }
    fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
        self
    }
    fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
        other.as_any().downcast_ref::<Ptr<T>>().is_some_and(|other| self.ptr_eq(other))
    }
    fn dyn_hash(&self, mut state: &mut dyn Hasher) {
        TypeId::of::<Ptr<T>>().hash(&mut state);
        self.address().hash(&mut state);
    }
    fn dyn_cmp(&self, other: &dyn Dynamic) -> Ordering {
        match other.as_any().downcast_ref::<Ptr<T>>() {
            Some(other) => self.address().cmp(&other.address()),
            None => Ordering::Equal,
        }
    }
    fn method_names(&self) -> &'static [&'static str] {
        T::pointer_method_names()
    }
    fn into_error(self: Arc<Self>) -> Option<Arc<dyn ErrorValue>> {
        T::pointer_into_error(self)
    }
}

macro_rules! uncomparable_dynamic {
    (impl<$($param:ident),*> for $ty:ty where $($bound:tt)*) => {
        impl<$($param),*> Dynamic for $ty where $($bound)* {
            fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
                self
            }
            fn comparable(&self) -> bool {
                false
            }
            fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
                self
            }
            fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
                if other.as_any().is::<$ty>() {
                    crate::panic::runtime_error(format!(
                        "comparing uncomparable type {}",
                        <$ty as Value>::static_type_name()
                    ))
                }
                false
            }
            fn dyn_hash(&self, _state: &mut dyn Hasher) {
                crate::panic::runtime_error(format!(
                    "hash of unhashable type {}",
                    <$ty as Value>::static_type_name()
                ))
            }
        }
    };
}

uncomparable_dynamic!(impl<T> for crate::slice::Slice<T> where T: Value + Clone + Send + Sync + 'static);
uncomparable_dynamic!(impl<K, V> for crate::map::Map<K, V> where K: Value + Ord + Clone + Send + Sync + 'static, V: Value + Clone + Send + Sync + 'static);

impl<F: ?Sized + Send + Sync + 'static> Dynamic for crate::func::Func<F> {
    fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
        self
    }
    fn comparable(&self) -> bool {
        false
    }
    fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
        self
    }
    fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
        if other.as_any().is::<Self>() {
            crate::panic::runtime_error(format!("comparing uncomparable type {}", Value::type_name(self)))
        }
        false
    }
    fn dyn_hash(&self, _state: &mut dyn Hasher) {
        crate::panic::runtime_error(format!("hash of unhashable type {}", Value::type_name(self)))
    }
}

impl<T: Send + Sync + 'static> Dynamic for crate::chan::Chan<T> {
    fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
        self
    }
    fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
        self
    }
    fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|other| self == other)
    }
    fn dyn_hash(&self, mut state: &mut dyn Hasher) {
        TypeId::of::<Self>().hash(&mut state);
        Value::address(self).hash(&mut state);
    }
}

impl<T: Dynamic + PartialEq, const N: usize> Dynamic for [T; N] {
    fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
        self
    }
    fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
        self
    }
    fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
        other.as_any().downcast_ref::<Self>().is_some_and(|other| self == other)
    }
    fn dyn_hash(&self, mut state: &mut dyn Hasher) {
        TypeId::of::<Self>().hash(&mut state);
        for element in self {
            element.dyn_hash(state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    trait Shape: Dynamic {
        fn area(&self) -> f64;
    }

    #[derive(Clone, Copy, Debug, Default, PartialEq)]
    struct Square(f64);
    crate::impl_go_named!(Square(f64), "main.Square");
    crate::impl_dynamic!(Square, eq; methods ["Area"]; pointer_methods ["Area", "Grow"]);

    impl Shape for Square {
        fn area(&self) -> f64 {
            self.0 * self.0
        }
    }

    impl Shape for Ptr<Square> {
        fn area(&self) -> f64 {
            self.get().area()
        }
    }

    crate::interface!(dyn Shape, "main.Shape", ["Area"], [Square, Ptr<Square>]);

    #[test]
    fn methods_dispatch_and_assertions_recover_the_value() {
        let shape = Iface::<dyn Shape>::new(Arc::new(Square(3.0)));
        assert_eq!(shape.area(), 9.0);
        assert_eq!(shape.downcast::<Square>(), Some(Square(3.0)));
        assert!(shape.is::<Square>());
        assert!(!shape.is::<Ptr<Square>>());
        let any: Any = shape.convert();
        assert_eq!(any.type_name(), "main.Square");
        let back = any.cast::<dyn Shape>().unwrap();
        assert_eq!(back.area(), 9.0);
        assert!(any.cast::<dyn ErrorValue>().is_none());
        assert_eq!(crate::fmt::sprint(&[&any]).to_string(), "3");
    }

    #[test]
    fn equality_compares_types_then_values() {
        let a = any(3i64);
        let b = any(3i64);
        let c = any(3i32);
        assert!(a == b);
        assert!(a != c);
        assert!(a.eq_value(&3i64));
        assert!(Any::nil() == Any::nil());
        assert!(a != Any::nil());
        let p = Ptr::new(Square(1.0));
        assert!(any(p.clone()) == any(p.clone()));
        assert!(any(p) != any(Ptr::new(Square(1.0))));
    }

    #[test]
    fn a_nil_pointer_in_an_interface_is_not_nil() {
        let p: Ptr<Square> = Ptr::nil();
        let shape = Iface::<dyn Shape>::new(Arc::new(p));
        assert!(!shape.is_nil());
        assert_eq!(shape.type_name(), "*main.Square");
    }

    #[test]
    fn failed_assertions_panic_with_gos_message() {
        let result = std::panic::catch_unwind(|| any(GoString::from("x")).assert_type::<i64>());
        let payload = result.unwrap_err();
        assert_eq!(
            crate::panic::message_of(&*payload),
            "interface conversion: interface {} is string, not int"
        );
        let result = std::panic::catch_unwind(|| any(1i64).assert::<dyn Shape>());
        assert_eq!(
            crate::panic::message_of(&*result.unwrap_err()),
            "interface conversion: int is not main.Shape: missing method Area"
        );
        let result = std::panic::catch_unwind(|| Error::nil().assert_type::<Square>().0);
        assert_eq!(
            crate::panic::message_of(&*result.unwrap_err()),
            "interface conversion: error is nil, not main.Square"
        );
    }

    #[test]
    fn uncomparable_dynamic_values_panic_when_compared() {
        let a = any(crate::slice::Slice::from_vec(vec![1i64]));
        let b = any(crate::slice::Slice::from_vec(vec![1i64]));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| a == b));
        assert_eq!(
            crate::panic::message_of(&*result.unwrap_err()),
            "runtime error: comparing uncomparable type []int"
        );
        assert!(a != any(1i64));
    }
}

/// A library handle stored in an interface value (`var w io.Writer =
/// os.Stdout`): compared by identity.
macro_rules! handle_dynamic {
    ($ty:ty) => {
        impl Dynamic for $ty {
            fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
                self
            }
            fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
                self
            }
            fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
                other
                    .as_any()
                    .downcast_ref::<$ty>()
                    .is_some_and(|other| std::ptr::eq(self, other))
            }
            fn dyn_hash(&self, mut state: &mut dyn Hasher) {
                (self as *const $ty as usize).hash(&mut state);
            }
        }
    };
}

handle_dynamic!(crate::bufio::Writer);
handle_dynamic!(crate::bufio::Scanner);
handle_dynamic!(crate::strings::Reader);
handle_dynamic!(crate::strings::Builder);

impl Dynamic for crate::os::File {
    fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
        self
    }
    fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
        self
    }
    fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
        other.as_any().downcast_ref::<crate::os::File>().is_some_and(|other| self == other)
    }
    fn dyn_hash(&self, mut state: &mut dyn Hasher) {
        self.fd().hash(&mut state);
    }
}

/// Library handles print as the pointers to structs they are in Go.
macro_rules! handle_value {
    ($ty:ty, $name:expr) => {
        impl Value for $ty {
            fn format(&self, printer: &mut Printer, verb: char) {
                let _ = verb;
                printer.write_str("&{}");
            }
            fn type_name(&self) -> String {
                $name.to_string()
            }
            fn static_type_name() -> String {
                $name.to_string()
            }
            fn kind(&self) -> Kind {
                Kind::Pointer
            }
        }
    };
}

handle_value!(crate::bufio::Writer, "*bufio.Writer");
handle_value!(crate::bufio::Scanner, "*bufio.Scanner");
handle_value!(crate::os::File, "*os.File");

/// An interface type as a type argument of generic code (`Stack[any]`): the
/// interface value itself, compared as `==` compares interfaces.
impl<T: ?Sized + Interface> Dynamic for Iface<T> {
    fn as_any(&self) -> &(dyn std::any::Any + Send + Sync) {
        self
    }
    fn into_any(self: Arc<Self>) -> Arc<dyn std::any::Any + Send + Sync> {
        self
    }
    fn dyn_eq(&self, other: &dyn Dynamic) -> bool {
        other.as_any().downcast_ref::<Iface<T>>().is_some_and(|other| self == other)
    }
    fn dyn_hash(&self, mut state: &mut dyn Hasher) {
        self.hash(&mut state);
    }
}
