//! Go's `cmp` package and the ordering of Go's ordered types
//! (`cmp.Ordered`: integers, floats, strings and the named types over
//! them), which `slices.Sort`, `slices.Max`, `sort.Ints` and the builtins
//! `min` and `max` use.
//!
//! [`Ordered`] is implemented for the Rust integer and float types and
//! [`GoString`], and for translated named types over them by
//! [`impl_go_number!`](crate::impl_go_number) (numbers) and
//! [`impl_go_ordered!`](crate::impl_go_ordered) (strings).

use crate::slice::Slice;
use crate::string::GoString;

/// A Go type satisfying `cmp.Ordered`. `PartialOrd` must be Go's `<`, `>`
/// (IEEE comparisons for floats, byte-wise for strings).
pub trait Ordered: Clone + PartialOrd {
    /// `x != x`: true only for a float NaN.
    fn is_nan(&self) -> bool {
        false
    }

    /// The builtin `min(x, y)`: for floats, NaN if either is NaN and -0
    /// below +0.
    fn go_min(self, other: Self) -> Self {
        if other < self { other } else { self }
    }

    /// The builtin `max(x, y)`: for floats, NaN if either is NaN and +0
    /// above -0.
    fn go_max(self, other: Self) -> Self {
        if other > self { other } else { self }
    }
}

macro_rules! ordered_int {
    ($($ty:ty)*) => {$(
        impl Ordered for $ty {}
    )*};
}

ordered_int!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);

impl Ordered for GoString {}

impl Ordered for crate::time::Duration {}

impl Ordered for f64 {
    fn is_nan(&self) -> bool {
        f64::is_nan(*self)
    }
    fn go_min(self, other: f64) -> f64 {
        crate::ops::min_float(self, other)
    }
    fn go_max(self, other: f64) -> f64 {
        crate::ops::max_float(self, other)
    }
}

impl Ordered for f32 {
    fn is_nan(&self) -> bool {
        f32::is_nan(*self)
    }
    fn go_min(self, other: f32) -> f32 {
        crate::ops::min_float(self as f64, other as f64) as f32
    }
    fn go_max(self, other: f32) -> f32 {
        crate::ops::max_float(self as f64, other as f64) as f32
    }
}

/// Implements [`Ordered`](crate::cmp::Ordered) for a named type over an
/// ordered type (`type Name string` becomes `struct Name(GoString)`, which
/// derives `PartialOrd`). [`impl_go_number!`](crate::impl_go_number)
/// already does this for named numeric types.
///
/// ```text
/// go2rs_runtime::impl_go_ordered!(Name, GoString);
/// ```
#[macro_export]
macro_rules! impl_go_ordered {
    ($name:ident, $inner:ty) => {
        impl $crate::cmp::Ordered for $name {
            fn is_nan(&self) -> bool {
                <$inner as $crate::cmp::Ordered>::is_nan(&self.0)
            }
            fn go_min(self, other: $name) -> $name {
                $name(<$inner as $crate::cmp::Ordered>::go_min(self.0, other.0))
            }
            fn go_max(self, other: $name) -> $name {
                $name(<$inner as $crate::cmp::Ordered>::go_max(self.0, other.0))
            }
        }
    };
}

/// `cmp.Less(x, y)`: `x < y`, with NaN below every other value.
pub fn less<T: Ordered>(x: &T, y: &T) -> bool {
    (x.is_nan() && !y.is_nan()) || x < y
}

/// `cmp.Compare(x, y)`: -1, 0 or +1; NaN equals NaN and is below every
/// other value, and -0 equals +0.
pub fn compare<T: Ordered>(x: &T, y: &T) -> i64 {
    let x_nan = x.is_nan();
    let y_nan = y.is_nan();
    if x_nan {
        return if y_nan { 0 } else { -1 };
    }
    if y_nan {
        return 1;
    }
    if x < y {
        -1
    } else if x > y {
        1
    } else {
        0
    }
}

/// The builtin `min(x, y)`.
pub fn min<T: Ordered>(x: &T, y: &T) -> T {
    x.clone().go_min(y.clone())
}

/// The builtin `max(x, y)`.
pub fn max<T: Ordered>(x: &T, y: &T) -> T {
    x.clone().go_max(y.clone())
}

/// `cmp.Or(vals...)`: the first argument that is not the zero value, or
/// the zero value.
pub fn or<T: Clone + Default + PartialEq>(vals: &Slice<T>) -> T {
    let zero = T::default();
    vals.values().find(|value| *value != zero).unwrap_or(zero)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy, PartialEq, PartialOrd, Default, Debug)]
    struct Celsius(f64);
    crate::impl_go_ordered!(Celsius, f64);

    #[derive(Clone, PartialEq, PartialOrd, Default, Debug)]
    struct Name(GoString);
    crate::impl_go_ordered!(Name, GoString);

    #[test]
    fn compare_and_less_follow_go() {
        let nan = f64::NAN;
        // cmp.Compare(math.NaN(), 1), cmp.Compare(1, math.NaN()),
        // cmp.Compare(math.NaN(), math.NaN()), cmp.Compare(-0.0, 0.0):
        // -1 1 0 0
        assert_eq!(
            [compare(&nan, &1.0), compare(&1.0, &nan), compare(&nan, &nan), compare(&-0.0, &0.0)],
            [-1, 1, 0, 0]
        );
        // cmp.Less(math.NaN(), math.Inf(-1)) true; cmp.Less(1, math.NaN()) false
        assert!(less(&nan, &f64::NEG_INFINITY));
        assert!(!less(&1.0, &nan));
        assert_eq!(compare(&GoString::from("a"), &GoString::from("b")), -1);
        assert_eq!(compare(&3i64, &2i64), 1);
        assert!(less(&Celsius(nan), &Celsius(-1.0)));
        assert_eq!(compare(&Name(GoString::from("b")), &Name(GoString::from("a"))), 1);
        // min(-0.0, 0.0) is -0, max(-0.0, 0.0) is +0, min(1, NaN) is NaN
        assert!(min(&0.0, &-0.0f64).is_sign_negative());
        assert!(max(&-0.0, &0.0f64).is_sign_positive());
        assert!(min(&1.0, &nan).is_nan());
        assert!(min(&Celsius(1.0), &Celsius(nan)).0.is_nan());
        // cmp.Or("", "x", "y") == "x"; cmp.Or(0, 0) == 0
        let strings = Slice::from_vec(vec![GoString::from(""), GoString::from("x"), GoString::from("y")]);
        assert_eq!(or(&strings), "x");
        assert_eq!(or(&Slice::from_vec(vec![0i64, 0])), 0);
    }
}
