//! What generic Go code needs of its type parameters.
//!
//! A Go type parameter becomes a Rust type parameter bounded by what its
//! constraint allows: every one is a [`GoType`] (a value Go can copy,
//! print, zero and store in an interface); `comparable` adds
//! [`GoComparable`], a constraint whose types are all ordered adds
//! `PartialOrd` and [`Ordered`](crate::cmp::Ordered), one whose types are all
//! numbers adds [`GoNumber`], and its methods add the trait of an interface
//! with those methods.

use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Rem, Sub, SubAssign};

use crate::fmt::Value;
use crate::iface::Dynamic;
use crate::layout::GoLayout;

/// A Go value: copied with `Clone`, zeroed with `Default`, printed with
/// [`Value`], shared between goroutines, stored in interfaces.
pub trait GoType: Value + Dynamic + GoLayout + Clone + Default + Send + Sync + 'static {}

impl<T: Value + Dynamic + GoLayout + Clone + Default + Send + Sync + 'static> GoType for T {}

/// A type `comparable` allows: `==`, and usable as a map key (hashed, and
/// ordered for printing the map sorted).
pub trait GoComparable: GoType + Eq + std::hash::Hash + Ord {}

impl<T: GoType + Eq + std::hash::Hash + Ord> GoComparable for T {}

/// A type of a constraint whose types are all numbers: Go's arithmetic
/// operators, and conversions from and to the other numeric types.
pub trait GoNumber:
    GoType
    + Copy
    + PartialEq
    + PartialOrd
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + AddAssign
    + SubAssign
    + MulAssign
    + DivAssign
{
    /// `T(v)` for an integer `v`.
    fn from_i64(value: i64) -> Self;
    /// `T(v)` for a floating-point `v` (an integer type truncates).
    fn from_f64(value: f64) -> Self;
    /// `int64(x)`.
    fn to_i64(self) -> i64;
    /// `float64(x)`.
    fn to_f64(self) -> f64;
    /// Whether the type is a floating-point type (Go's `/` and `%` differ).
    fn is_float() -> bool;
}

macro_rules! integer_number {
    ($($ty:ty)*) => {$(
        impl GoNumber for $ty {
            fn from_i64(value: i64) -> Self {
                value as $ty
            }
            fn from_f64(value: f64) -> Self {
                value as $ty
            }
            fn to_i64(self) -> i64 {
                self as i64
            }
            fn to_f64(self) -> f64 {
                self as f64
            }
            fn is_float() -> bool {
                false
            }
        }
    )*};
}

integer_number!(i8 i16 i32 i64 u8 u16 u32 u64 usize);

macro_rules! float_number {
    ($($ty:ty)*) => {$(
        impl GoNumber for $ty {
            fn from_i64(value: i64) -> Self {
                value as $ty
            }
            fn from_f64(value: f64) -> Self {
                value as $ty
            }
            fn to_i64(self) -> i64 {
                self as i64
            }
            fn to_f64(self) -> f64 {
                self as f64
            }
            fn is_float() -> bool {
                true
            }
        }
    )*};
}

float_number!(f32 f64);

/// Implements [`GoNumber`] for a translated named numeric type
/// (`struct Celsius(f64)`), through its underlying type.
#[macro_export]
macro_rules! impl_go_generic_number {
    ($name:ident, $inner:ty) => {
        impl $crate::generic::GoNumber for $name {
            fn from_i64(value: i64) -> Self {
                $name(<$inner as $crate::generic::GoNumber>::from_i64(value))
            }
            fn from_f64(value: f64) -> Self {
                $name(<$inner as $crate::generic::GoNumber>::from_f64(value))
            }
            fn to_i64(self) -> i64 {
                <$inner as $crate::generic::GoNumber>::to_i64(self.0)
            }
            fn to_f64(self) -> f64 {
                <$inner as $crate::generic::GoNumber>::to_f64(self.0)
            }
            fn is_float() -> bool {
                <$inner as $crate::generic::GoNumber>::is_float()
            }
        }
    };
}

/// `-x` for a [`GoNumber`] that has it (all signed types).
pub fn negate<T: GoNumber + Neg<Output = T>>(value: T) -> T {
    -value
}

/// `x % y` for a [`GoNumber`] that has it (integer types).
pub fn remainder<T: GoNumber + Rem<Output = T>>(x: T, y: T) -> T {
    x % y
}

/// Implements [`Value`](crate::fmt::Value) (and Go's memory layout) for a
/// translated generic struct: `%T` prints its instance's name,
/// `main.Pair[string,int]`. The type parameters come with their bounds,
/// then as a list; `String`/`Error` method entries follow as for
/// [`impl_go_struct!`](crate::impl_go_struct).
///
/// ```text
/// go2rs_runtime::impl_go_generic_struct!([K: GoType, V: GoType] [K, V] Pair<K, V>, "main.Pair", key => "Key", val => "Val"; String = Self::string);
/// ```
#[macro_export]
macro_rules! impl_go_generic_struct {
    ([$($generics:tt)*] [$($param:ident),+] $ty:ty, $go_name:expr $(, $field:tt => $name:expr)* $(; $($methods:tt)+)?) => {
        impl<$($generics)*> $crate::fmt::Value for $ty {
            fn format(&self, printer: &mut $crate::fmt::Printer, verb: char) {
                if printer.handle_methods(self, verb) {
                    return;
                }
                $crate::fmt::Value::format_raw(self, printer, verb, self)
            }
            fn format_raw(&self, printer: &mut $crate::fmt::Printer, verb: char, this: &dyn $crate::fmt::Value) {
                printer.fmt_struct(this, verb, &[$(($name, &self.$field as &dyn $crate::fmt::Value)),*])
            }
            fn type_name(&self) -> String {
                <Self as $crate::fmt::Value>::static_type_name()
            }
            fn static_type_name() -> String {
                let args: Vec<String> = vec![$(<$param as $crate::fmt::Value>::static_type_name()),+];
                format!("{}[{}]", $go_name, args.join(","))
            }
            fn kind(&self) -> $crate::fmt::Kind {
                $crate::fmt::Kind::Struct
            }
            fn static_kind() -> $crate::fmt::Kind {
                $crate::fmt::Kind::Struct
            }
            $($crate::__go_methods!($($methods)+);)?
        }
        impl<$($generics)*> $crate::layout::GoLayout for $ty {
            fn go_layout() -> $crate::layout::Layout {
                $crate::layout::Layout::of_struct(&[$($crate::__go_field_layout!($ty, $field)),*])
            }
        }
    };
}

/// [`Value`](crate::fmt::Value) for a translated generic named type whose
/// underlying type is not a struct (`type List[T any] []T`).
#[macro_export]
macro_rules! impl_go_generic_named {
    ([$($generics:tt)*] [$($param:ident),+] $ty:ty, $go_name:expr $(; $($methods:tt)+)?) => {
        impl<$($generics)*> $crate::fmt::Value for $ty {
            fn format(&self, printer: &mut $crate::fmt::Printer, verb: char) {
                if printer.handle_methods(self, verb) {
                    return;
                }
                $crate::fmt::Value::format_raw(&self.0, printer, verb, self)
            }
            fn format_raw(&self, printer: &mut $crate::fmt::Printer, verb: char, this: &dyn $crate::fmt::Value) {
                $crate::fmt::Value::format_raw(&self.0, printer, verb, this)
            }
            fn type_name(&self) -> String {
                <Self as $crate::fmt::Value>::static_type_name()
            }
            fn static_type_name() -> String {
                let args: Vec<String> = vec![$(<$param as $crate::fmt::Value>::static_type_name()),+];
                format!("{}[{}]", $go_name, args.join(","))
            }
            fn kind(&self) -> $crate::fmt::Kind {
                $crate::fmt::Value::kind(&self.0)
            }
            fn address(&self) -> Option<usize> {
                $crate::fmt::Value::address(&self.0)
            }
            $($crate::__go_methods!($($methods)+);)?
        }
        impl<$($generics)*> $crate::layout::GoLayout for $ty {
            fn go_layout() -> $crate::layout::Layout {
                $crate::__go_field_layout!($ty, 0)
            }
        }
    };
}

/// [`Dynamic`](crate::iface::Dynamic) for a translated generic type (an
/// instance can be stored in an interface value): compared as its derives
/// allow, `uncomparable` otherwise.
#[macro_export]
macro_rules! impl_dynamic_generic {
    ([$($generics:tt)*] $ty:ty, $compare:ident) => {
        impl<$($generics)*> $crate::iface::Dynamic for $ty
        where
            $ty: $crate::__dynamic_bound!($compare),
        {
            fn as_any(&self) -> &(dyn ::std::any::Any + Send + Sync) {
                self
            }
            fn into_any(self: ::std::sync::Arc<Self>) -> ::std::sync::Arc<dyn ::std::any::Any + Send + Sync> {
                self
            }
            $crate::__dynamic_compare!($ty, $compare);
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __dynamic_bound {
    (ord) => {
        ::std::cmp::Ord + ::std::hash::Hash
    };
    (hash) => {
        ::std::cmp::Eq + ::std::hash::Hash
    };
    (eq) => {
        ::std::cmp::PartialEq
    };
    (uncomparable) => {
        ::std::any::Any
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum<T: GoNumber>(xs: &[T]) -> T {
        let mut total = T::default();
        for x in xs {
            total += *x;
        }
        total
    }

    #[test]
    fn numbers_add_and_convert() {
        assert_eq!(sum(&[1i64, 2, 3]), 6);
        assert_eq!(sum(&[1.5f64, 2.5]), 4.0);
        assert_eq!(<i64 as GoNumber>::from_f64(2.9), 2);
        assert_eq!(3u8.to_f64(), 3.0);
        assert!(f64::is_float() && !i32::is_float());
    }
}
