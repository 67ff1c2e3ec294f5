//! Go's integer operators where Rust's differ: shifts by the type's width or
//! more, and arithmetic on named numeric types.

/// Go's shifts: a count at or beyond the width gives 0 (or -1 for a
/// negative value shifted right) instead of panicking; a negative count
/// panics as in Go.
pub trait GoShift: Sized {
    fn go_shl(self, count: impl Into<i128>) -> Self;
    fn go_shr(self, count: impl Into<i128>) -> Self;
}

macro_rules! go_shift {
    ($($ty:ty)*) => {$(
        impl GoShift for $ty {
            fn go_shl(self, count: impl Into<i128>) -> $ty {
                let count = count.into();
                if count < 0 {
                    crate::panic::runtime_error("negative shift amount");
                }
                if count >= <$ty>::BITS as i128 { 0 } else { self << count as u32 }
            }
            #[allow(unused_comparisons)]
            fn go_shr(self, count: impl Into<i128>) -> $ty {
                let count = count.into();
                if count < 0 {
                    crate::panic::runtime_error("negative shift amount");
                }
                if count >= <$ty>::BITS as i128 {
                    if self < 0 { !0 } else { 0 }
                } else {
                    self >> count as u32
                }
            }
        }
    )*};
}

go_shift!(i8 i16 i32 i64 u8 u16 u32 u64 usize);

/// Implements Go's arithmetic operators for a named numeric type (`type
/// Celsius float64` becomes `struct Celsius(f64)`, deriving `PartialOrd`
/// for the comparisons), and [`Ordered`](crate::cmp::Ordered).
///
/// ```text
/// go2rs_runtime::impl_go_number!(Celsius, f64);
/// ```
#[macro_export]
macro_rules! impl_go_number {
    ($name:ident, $inner:ty) => {
        $crate::impl_go_ordered!($name, $inner);
        $crate::impl_go_number!(@binary $name, Add add AddAssign add_assign +);
        $crate::impl_go_number!(@binary $name, Sub sub SubAssign sub_assign -);
        $crate::impl_go_number!(@binary $name, Mul mul MulAssign mul_assign *);
        $crate::impl_go_number!(@binary $name, Div div DivAssign div_assign /);
        $crate::impl_go_number!(@binary $name, Rem rem RemAssign rem_assign %);
    };
    (@binary $name:ident, $trait:ident $method:ident $assign_trait:ident $assign_method:ident $op:tt) => {
        impl ::std::ops::$trait for $name {
            type Output = $name;
            fn $method(self, other: $name) -> $name {
                $name(self.0 $op other.0)
            }
        }
        impl ::std::ops::$assign_trait for $name {
            fn $assign_method(&mut self, other: $name) {
                self.0 = self.0 $op other.0;
            }
        }
    };
}

/// Implements negation for a named floating-point type.
#[macro_export]
macro_rules! impl_go_float {
    ($name:ident) => {
        impl ::std::ops::Neg for $name {
            type Output = $name;
            fn neg(self) -> $name {
                $name(-self.0)
            }
        }
    };
}

/// Implements Go's bitwise operators and wrapping negation for a named
/// integer type.
#[macro_export]
macro_rules! impl_go_bits {
    ($name:ident) => {
        impl ::std::ops::Neg for $name {
            type Output = $name;
            fn neg(self) -> $name {
                $name(self.0.wrapping_neg())
            }
        }
        $crate::impl_go_number!(@binary $name, BitAnd bitand BitAndAssign bitand_assign &);
        $crate::impl_go_number!(@binary $name, BitOr bitor BitOrAssign bitor_assign |);
        $crate::impl_go_number!(@binary $name, BitXor bitxor BitXorAssign bitxor_assign ^);
        impl ::std::ops::Not for $name {
            type Output = $name;
            fn not(self) -> $name {
                $name(!self.0)
            }
        }
        impl $crate::ops::GoShift for $name {
            fn go_shl(self, count: impl Into<i128>) -> $name {
                $name($crate::ops::GoShift::go_shl(self.0, count))
            }
            fn go_shr(self, count: impl Into<i128>) -> $name {
                $name($crate::ops::GoShift::go_shr(self.0, count))
            }
        }
    };
}

/// Go's `min` of floats: NaN if any argument is NaN, -0 below +0.
pub fn min_float(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == b {
        if a.is_sign_negative() { a } else { b }
    } else if a < b {
        a
    } else {
        b
    }
}

/// Go's `max` of floats.
pub fn max_float(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == b {
        if a.is_sign_negative() { b } else { a }
    } else if a > b {
        a
    } else {
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_past_the_width() {
        assert_eq!(1i64.go_shl(64), 0);
        assert_eq!((-8i64).go_shr(70), -1);
        assert_eq!(8u8.go_shr(8), 0);
        assert_eq!(1u8.go_shl(7), 128);
        assert_eq!(1i32.go_shl(3i64), 8);
    }
}
