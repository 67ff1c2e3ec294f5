//! Go's memory layout of types (`unsafe.Sizeof`, `unsafe.Alignof`, and
//! whether a value holds pointers), which decides how `append` grows a
//! slice: Go rounds a new backing array up to an allocation size class, and
//! the number of elements that fit depends on Go's element size, not the
//! Rust type's (a Go `string` is 16 bytes, a slice 24, a func value 8).
//!
//! [`GoLayout`] is implemented for the Rust types that stand for Go's
//! predeclared and composite types, for the runtime's library types, and,
//! through [`impl_go_struct!`](crate::impl_go_struct) and
//! [`impl_go_named!`](crate::impl_go_named), for every translated struct and
//! named type (a struct's layout is computed from its fields in declaration
//! order, with Go's alignment rules).

use std::marker::PhantomData;

/// The size, alignment and pointer-ness of a Go type (amd64).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// `unsafe.Sizeof`.
    pub size: usize,
    /// `unsafe.Alignof`.
    pub align: usize,
    /// Whether the type contains pointers (the garbage collector scans it;
    /// large allocations of it carry an 8-byte malloc header).
    pub pointers: bool,
}

impl Layout {
    /// A type of `size` bytes aligned to `align`.
    pub const fn new(size: usize, align: usize, pointers: bool) -> Layout {
        Layout { size, align, pointers }
    }

    /// A scalar without pointers whose alignment is its size.
    pub const fn scalar(size: usize) -> Layout {
        Layout::new(size, size, false)
    }

    /// A pointer-shaped value of `words` machine words.
    pub const fn pointers(words: usize) -> Layout {
        Layout::new(8 * words, 8, true)
    }

    /// Go's `[N]T`.
    pub const fn array(element: Layout, len: usize) -> Layout {
        Layout::new(element.size * len, element.align, element.pointers && len > 0)
    }

    /// Go's struct layout (`types.CalcStructSize`): fields in declaration
    /// order, each at the next multiple of its alignment; the struct is
    /// aligned as its most aligned field, and a non-empty struct ending in
    /// a zero-size field gets one byte of padding before the rounding.
    pub fn of_struct(fields: &[Layout]) -> Layout {
        let mut offset = 0usize;
        let mut align = 1usize;
        let mut pointers = false;
        for field in fields {
            offset = round_up(offset, field.align);
            offset += field.size;
            align = align.max(field.align);
            pointers |= field.pointers;
        }
        if offset > 0 && fields.last().is_some_and(|field| field.size == 0) {
            offset += 1;
        }
        Layout::new(round_up(offset, align), align, pointers)
    }

    /// The layout of a Rust type that has no [`GoLayout`]: its Rust size and
    /// alignment, and pointers when it needs dropping.
    pub fn of_rust<T>() -> Layout {
        Layout::new(
            std::mem::size_of::<T>(),
            std::mem::align_of::<T>().max(1),
            std::mem::needs_drop::<T>(),
        )
    }
}

fn round_up(n: usize, align: usize) -> usize {
    n.div_ceil(align.max(1)) * align.max(1)
}

/// A Rust type standing for a Go type, with the Go type's layout.
pub trait GoLayout {
    /// The Go type's layout.
    fn go_layout() -> Layout;
}

macro_rules! scalar_layout {
    ($($ty:ty => $size:expr),* $(,)?) => {$(
        impl GoLayout for $ty {
            fn go_layout() -> Layout {
                Layout::scalar($size)
            }
        }
    )*};
}

scalar_layout! {
    bool => 1, i8 => 1, u8 => 1, i16 => 2, u16 => 2, i32 => 4, u32 => 4, f32 => 4,
    char => 4, i64 => 8, u64 => 8, f64 => 8, isize => 8, usize => 8,
}

macro_rules! pointer_layout {
    ($($ty:ty => $words:expr),* $(,)?) => {$(
        impl GoLayout for $ty {
            fn go_layout() -> Layout {
                Layout::pointers($words)
            }
        }
    )*};
}

pointer_layout! {
    // `string`: pointer and length.
    crate::string::GoString => 2,
    // Handles for Go pointers: `*os.File`, `*bufio.Scanner`, ...
    crate::os::File => 1,
    crate::bufio::Scanner => 1,
    crate::bufio::Writer => 1,
    crate::strings::Replacer => 1,
    crate::strings::Reader => 1,
    crate::unicode::RangeTable => 1,
    // `bufio.SplitFunc` is a func type.
    crate::bufio::SplitFunc => 1,
    // `time.Time`: wall, ext and a *Location.
    crate::time::Time => 3,
    // `strings.Builder`: a *Builder and a []byte.
    crate::strings::Builder => 4,
}

impl<T> GoLayout for crate::slice::Slice<T> {
    fn go_layout() -> Layout {
        Layout::pointers(3)
    }
}

impl<K, V> GoLayout for crate::map::Map<K, V> {
    fn go_layout() -> Layout {
        Layout::pointers(1)
    }
}

impl<T> GoLayout for crate::ptr::Ptr<T> {
    fn go_layout() -> Layout {
        Layout::pointers(1)
    }
}

impl<T> GoLayout for crate::chan::Chan<T> {
    fn go_layout() -> Layout {
        Layout::pointers(1)
    }
}

/// A func value is one pointer in Go.
impl<F: ?Sized> GoLayout for crate::func::Func<F> {
    fn go_layout() -> Layout {
        Layout::pointers(1)
    }
}

/// An interface value: type word and data word.
impl<T: ?Sized> GoLayout for crate::iface::Iface<T> {
    fn go_layout() -> Layout {
        Layout::pointers(2)
    }
}

/// `iter.Seq[V]` is a func type.
impl<T> GoLayout for crate::iter::Seq<T> {
    fn go_layout() -> Layout {
        Layout::pointers(1)
    }
}

/// `iter.Seq2[K, V]` is a func type.
impl<K, V> GoLayout for crate::iter::Seq2<K, V> {
    fn go_layout() -> Layout {
        Layout::pointers(1)
    }
}

/// `struct{}`.
impl GoLayout for () {
    fn go_layout() -> Layout {
        Layout::new(0, 1, false)
    }
}

impl<T: GoLayout, const N: usize> GoLayout for [T; N] {
    fn go_layout() -> Layout {
        Layout::array(T::go_layout(), N)
    }
}

impl GoLayout for crate::time::Duration {
    fn go_layout() -> Layout {
        Layout::scalar(8)
    }
}

/// `sync.Mutex`: two 32-bit words.
impl GoLayout for crate::sync::Mutex {
    fn go_layout() -> Layout {
        Layout::new(8, 4, false)
    }
}

/// `sync.RWMutex`: a Mutex and four 32-bit words.
impl GoLayout for crate::sync::RWMutex {
    fn go_layout() -> Layout {
        Layout::new(24, 4, false)
    }
}

/// `sync.WaitGroup`: an atomic uint64 and a uint32.
impl GoLayout for crate::sync::WaitGroup {
    fn go_layout() -> Layout {
        Layout::new(16, 8, false)
    }
}

// ---------------------------------------------------------------------------
// Field layouts for the macros: the exact layout when the field's type has a
// `GoLayout`, the Rust layout otherwise (so that a struct with a field of a
// type this module does not know still compiles).
// ---------------------------------------------------------------------------

/// The type of a field, named by a closure that reads it.
#[doc(hidden)]
pub struct FieldProbe<F: ?Sized>(PhantomData<fn() -> *const F>);

/// `probe(|s: &S| &s.field)`: a probe for the field's type.
#[doc(hidden)]
pub fn probe<S, F>(_field: impl Fn(&S) -> &F) -> FieldProbe<F> {
    FieldProbe(PhantomData)
}

#[doc(hidden)]
pub trait ProbeExact {
    fn field_layout(&self) -> Layout;
}

impl<F: GoLayout> ProbeExact for FieldProbe<F> {
    fn field_layout(&self) -> Layout {
        F::go_layout()
    }
}

#[doc(hidden)]
pub trait ProbeFallback {
    fn field_layout(&self) -> Layout;
}

impl<F> ProbeFallback for &FieldProbe<F> {
    fn field_layout(&self) -> Layout {
        Layout::of_rust::<F>()
    }
}

/// The layout of the field `$field` of the struct type `$ty`.
#[doc(hidden)]
#[macro_export]
macro_rules! __go_field_layout {
    ($ty:ty, $field:tt) => {{
        #[allow(unused_imports)]
        use $crate::layout::{ProbeExact as _, ProbeFallback as _};
        (&$crate::layout::probe(|value: &$ty| &value.$field)).field_layout()
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::GoString;

    struct Mixed {
        a: i32,
        b: i64,
        c: i32,
    }

    struct Unknown(#[allow(dead_code)] std::sync::Arc<u8>);

    struct WithUnknown {
        a: u8,
        b: Unknown,
    }

    #[test]
    fn struct_layout_follows_go() {
        // unsafe.Sizeof(struct{ a int32; b int64; c int32 }{}) == 24
        let mixed = Layout::of_struct(&[
            crate::__go_field_layout!(Mixed, a),
            crate::__go_field_layout!(Mixed, b),
            crate::__go_field_layout!(Mixed, c),
        ]);
        assert_eq!(mixed, Layout::new(24, 8, false));
        // unsafe.Sizeof(struct{ s string; b bool }{}) == 24
        assert_eq!(
            Layout::of_struct(&[GoString::go_layout(), bool::go_layout()]),
            Layout::new(24, 8, true)
        );
        // unsafe.Sizeof(struct{ x int64; e struct{} }{}) == 16
        assert_eq!(Layout::of_struct(&[i64::go_layout(), <()>::go_layout()]), Layout::new(16, 8, false));
        assert_eq!(Layout::of_struct(&[]), Layout::new(0, 1, false));
        // A field of a type without GoLayout falls back to the Rust layout.
        let unknown = crate::__go_field_layout!(WithUnknown, b);
        assert_eq!(unknown, Layout::new(8, 8, true));
        let _ = crate::__go_field_layout!(WithUnknown, a);
        let _ = Mixed { a: 0, b: 0, c: 0 };
        let _ = WithUnknown {
            a: 0,
            b: Unknown(std::sync::Arc::new(0)),
        };
    }
}
