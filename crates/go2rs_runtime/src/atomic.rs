//! Go's `sync/atomic` package.
//!
//! The functions (`AddInt64(&n, 1)`) take a pointer to an ordinary integer
//! variable: a [`Ptr`], whose lock makes each call one indivisible step.
//! The typed values (`atomic.Int64`, `atomic.Bool`, `atomic.Pointer[T]`,
//! `atomic.Value`) are handles like the `sync` types: cloning one shares
//! the same value, which is what Go code gets through `&v` or a struct
//! reached by pointer (Go forbids copying them).

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicI64, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex as StdMutex};

use crate::iface::Any;
use crate::panic::go_panic;
use crate::ptr::Ptr;
use crate::slice::lock;

macro_rules! atomic_functions {
    ($ty:ty, $add:ident, $load:ident, $store:ident, $swap:ident, $cas:ident) => {
        /// `atomic.AddT(addr, delta)`: adds and returns the new value
        /// (wrapping, as Go's integers do).
        pub fn $add(addr: &Ptr<$ty>, delta: $ty) -> $ty {
            addr.with_mut(|value| {
                *value = value.wrapping_add(delta);
                *value
            })
        }

        /// `atomic.LoadT(addr)`.
        pub fn $load(addr: &Ptr<$ty>) -> $ty {
            addr.with(|value| *value)
        }

        /// `atomic.StoreT(addr, new)`.
        pub fn $store(addr: &Ptr<$ty>, new: $ty) {
            addr.set(new);
        }

        /// `atomic.SwapT(addr, new)`: stores and returns the old value.
        pub fn $swap(addr: &Ptr<$ty>, new: $ty) -> $ty {
            addr.with_mut(|value| std::mem::replace(value, new))
        }

        /// `atomic.CompareAndSwapT(addr, old, new)`.
        pub fn $cas(addr: &Ptr<$ty>, old: $ty, new: $ty) -> bool {
            addr.with_mut(|value| {
                if *value == old {
                    *value = new;
                    true
                } else {
                    false
                }
            })
        }
    };
}

atomic_functions!(i32, add_int32, load_int32, store_int32, swap_int32, compare_and_swap_int32);
atomic_functions!(i64, add_int64, load_int64, store_int64, swap_int64, compare_and_swap_int64);
atomic_functions!(u32, add_uint32, load_uint32, store_uint32, swap_uint32, compare_and_swap_uint32);
atomic_functions!(u64, add_uint64, load_uint64, store_uint64, swap_uint64, compare_and_swap_uint64);

/// Two atomic values are equal when they are the same one.
macro_rules! identity_eq {
    ($($ty:ident),*) => {$(
        impl PartialEq for $ty {
            fn eq(&self, other: &$ty) -> bool {
                Arc::ptr_eq(&self.0, &other.0)
            }
        }
        impl Eq for $ty {}
    )*};
}

macro_rules! atomic_integer {
    ($(#[$doc:meta])* $name:ident, $ty:ty, $atomic:ty) => {
        $(#[$doc])*
        #[derive(Clone, Default)]
        pub struct $name(Arc<$atomic>);

        impl $name {
            /// `x.Load()`.
            pub fn load(&self) -> $ty {
                self.0.load(Ordering::SeqCst)
            }

            /// `x.Store(v)`.
            pub fn store(&self, value: $ty) {
                self.0.store(value, Ordering::SeqCst);
            }

            /// `x.Add(delta)`: the new value.
            pub fn add(&self, delta: $ty) -> $ty {
                self.0.fetch_add(delta, Ordering::SeqCst).wrapping_add(delta)
            }

            /// `x.Swap(v)`: the old value.
            pub fn swap(&self, value: $ty) -> $ty {
                self.0.swap(value, Ordering::SeqCst)
            }

            /// `x.CompareAndSwap(old, new)`.
            pub fn compare_and_swap(&self, old: $ty, new: $ty) -> bool {
                self.0.compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst).is_ok()
            }

            /// `x.And(mask)`: the old value.
            pub fn and(&self, mask: $ty) -> $ty {
                self.0.fetch_and(mask, Ordering::SeqCst)
            }

            /// `x.Or(mask)`: the old value.
            pub fn or(&self, mask: $ty) -> $ty {
                self.0.fetch_or(mask, Ordering::SeqCst)
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &$name) -> bool {
                Arc::ptr_eq(&self.0, &other.0)
            }
        }

        impl Eq for $name {}
    };
}

atomic_integer!(
    /// Go's `atomic.Int32`.
    Int32, i32, AtomicI32
);
atomic_integer!(
    /// Go's `atomic.Int64`.
    Int64, i64, AtomicI64
);
atomic_integer!(
    /// Go's `atomic.Uint32`.
    Uint32, u32, AtomicU32
);
atomic_integer!(
    /// Go's `atomic.Uint64`.
    Uint64, u64, AtomicU64
);

/// Go's `atomic.Bool`.
#[derive(Clone, Default)]
pub struct Bool(Arc<AtomicBool>);

impl Bool {
    /// `b.Load()`.
    pub fn load(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    /// `b.Store(v)`.
    pub fn store(&self, value: bool) {
        self.0.store(value, Ordering::SeqCst);
    }

    /// `b.Swap(v)`: the old value.
    pub fn swap(&self, value: bool) -> bool {
        self.0.swap(value, Ordering::SeqCst)
    }

    /// `b.CompareAndSwap(old, new)`.
    pub fn compare_and_swap(&self, old: bool, new: bool) -> bool {
        self.0.compare_exchange(old, new, Ordering::SeqCst, Ordering::SeqCst).is_ok()
    }
}

identity_eq!(Bool, Value);

/// Go's `atomic.Pointer[T]`: a `*T` read and replaced atomically.
pub struct Pointer<T>(Arc<StdMutex<Ptr<T>>>);

impl<T> Clone for Pointer<T> {
    fn clone(&self) -> Self {
        Pointer(self.0.clone())
    }
}

impl<T> Default for Pointer<T> {
    fn default() -> Self {
        Pointer(Arc::new(StdMutex::new(Ptr::nil())))
    }
}

impl<T> PartialEq for Pointer<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Pointer<T> {}

impl<T> Pointer<T> {
    /// `p.Load()`: nil until something is stored.
    pub fn load(&self) -> Ptr<T> {
        lock(&self.0).clone()
    }

    /// `p.Store(v)`.
    pub fn store(&self, value: &Ptr<T>) {
        *lock(&self.0) = value.clone();
    }

    /// `p.Swap(v)`: the old pointer.
    pub fn swap(&self, value: &Ptr<T>) -> Ptr<T> {
        std::mem::replace(&mut *lock(&self.0), value.clone())
    }

    /// `p.CompareAndSwap(old, new)`: replaces the pointer when it points
    /// to the same variable as `old`.
    pub fn compare_and_swap(&self, old: &Ptr<T>, new: &Ptr<T>) -> bool {
        let mut current = lock(&self.0);
        if current.ptr_eq(old) {
            *current = new.clone();
            true
        } else {
            false
        }
    }
}

/// Go's `atomic.Value`: holds values of one concrete type, stored and
/// loaded atomically.
#[derive(Clone, Default)]
pub struct Value(Arc<StdMutex<Any>>);

impl Value {
    /// `v.Load()`: nil until something is stored.
    pub fn load(&self) -> Any {
        lock(&self.0).clone()
    }

    /// The checks of Go's `Store`, `Swap` and `CompareAndSwap`.
    fn check(current: &Any, new: &Any, operation: &str) {
        if new.is_nil() {
            go_panic(format!("sync/atomic: {operation} of nil value into Value"));
        }
        if let (Some(current), Some(new)) = (current.dynamic(), new.dynamic())
            && current.as_any().type_id() != new.as_any().type_id()
        {
            go_panic(format!("sync/atomic: {operation} of inconsistently typed value into Value"));
        }
    }

    /// `v.Store(x)`: panics on nil, and on a value of another type than
    /// the first one stored.
    pub fn store(&self, value: &Any) {
        let mut current = lock(&self.0);
        Value::check(&current, value, "store");
        *current = value.clone();
    }

    /// `v.Swap(x)`: the old value (nil if none).
    pub fn swap(&self, value: &Any) -> Any {
        let mut current = lock(&self.0);
        Value::check(&current, value, "swap");
        std::mem::replace(&mut *current, value.clone())
    }

    /// `v.CompareAndSwap(old, new)`.
    pub fn compare_and_swap(&self, old: &Any, new: &Any) -> bool {
        if new.is_nil() {
            go_panic("sync/atomic: compare and swap of nil value into Value");
        }
        if let (Some(old), Some(new)) = (old.dynamic(), new.dynamic())
            && old.as_any().type_id() != new.as_any().type_id()
        {
            go_panic("sync/atomic: compare and swap of inconsistently typed values");
        }
        let mut current = lock(&self.0);
        Value::check(&current, new, "compare and swap");
        if *current != *old {
            return false;
        }
        *current = new.clone();
        true
    }
}

/// The typed atomics print like Go's structs: `{{} {} 5}` for an Int64
/// (its `noCopy`, `align64` and value fields), `{{} 5}` for an Int32.
macro_rules! atomic_value {
    ($ty:ty, $name:literal, $aligned:literal, $load:expr) => {
        impl crate::fmt::Value for $ty {
            fn format(&self, printer: &mut crate::fmt::Printer, verb: char) {
                let value = $load(self);
                let (open, align, field) = if printer.sharp_v {
                    (concat!($name, "{_:atomic.noCopy{}, "), "_:atomic.align64{}, ", "v:")
                } else if printer.plus_v {
                    ("{_:{} ", "_:{} ", "v:")
                } else {
                    ("{{} ", "{} ", "")
                };
                printer.write_str(open);
                if $aligned {
                    printer.write_str(align);
                }
                printer.write_str(field);
                crate::fmt::Value::format(&value, printer, verb);
                printer.write_str("}");
            }
            fn type_name(&self) -> String {
                String::from($name)
            }
            fn static_type_name() -> String {
                String::from($name)
            }
            fn kind(&self) -> crate::fmt::Kind {
                crate::fmt::Kind::Struct
            }
            fn static_kind() -> crate::fmt::Kind {
                crate::fmt::Kind::Struct
            }
        }
    };
}

atomic_value!(Int32, "atomic.Int32", false, Int32::load);
atomic_value!(Int64, "atomic.Int64", true, Int64::load);
atomic_value!(Uint32, "atomic.Uint32", false, Uint32::load);
atomic_value!(Uint64, "atomic.Uint64", true, Uint64::load);
// Go keeps a Bool as a uint32.
atomic_value!(Bool, "atomic.Bool", false, |flag: &Bool| u32::from(flag.load()));

/// An atomic.Value prints its one field: `{<nil>}`, `{5}`.
impl crate::fmt::Value for Value {
    fn format(&self, printer: &mut crate::fmt::Printer, verb: char) {
        let value = self.load();
        printer.write_str(if printer.sharp_v {
            "atomic.Value{v:"
        } else if printer.plus_v {
            "{v:"
        } else {
            "{"
        });
        crate::fmt::Value::format(&value, printer, verb);
        printer.write_str("}");
    }
    fn type_name(&self) -> String {
        String::from("atomic.Value")
    }
    fn static_type_name() -> String {
        String::from("atomic.Value")
    }
    fn kind(&self) -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
    fn static_kind() -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
}

/// An atomic.Pointer prints its fields: `{[] {} <nil>}`, `{[] {} 0xc000010000}`.
impl<T: Send + 'static> crate::fmt::Value for Pointer<T> {
    fn format(&self, printer: &mut crate::fmt::Printer, verb: char) {
        let address = self.load().address();
        printer.write_str("{[] {} ");
        if address == 0 {
            printer.write_str("<nil>");
        } else {
            printer.write_str(&format!("{address:#x}"));
        }
        let _ = verb;
        printer.write_str("}");
    }
    fn type_name(&self) -> String {
        String::from("atomic.Pointer")
    }
    fn static_type_name() -> String {
        String::from("atomic.Pointer")
    }
    fn kind(&self) -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
    fn static_kind() -> crate::fmt::Kind {
        crate::fmt::Kind::Struct
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::panic::GoPanic;

    /// Runs `f`, returning the message of the Go panic it raised.
    fn panic_message(f: impl FnOnce()) -> String {
        crate::panic::install_quiet_hook();
        let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).expect_err("panics");
        payload.downcast_ref::<GoPanic>().expect("a Go panic").message.clone()
    }

    fn any_int(value: i64) -> Any {
        Any::new(Arc::new(value))
    }

    #[test]
    fn functions_change_the_variable_behind_the_pointer() {
        let n = Ptr::new(5i64);
        assert_eq!(add_int64(&n, 3), 8);
        assert_eq!(swap_int64(&n, 1), 8);
        assert!(compare_and_swap_int64(&n, 1, 2));
        assert!(!compare_and_swap_int64(&n, 1, 3));
        assert_eq!(load_int64(&n), 2);
        store_int64(&n, 7);
        assert_eq!(n.get(), 7);
        // Unsigned subtraction as Go writes it: AddUint32(&x, ^uint32(0)).
        let u = Ptr::new(0u32);
        assert_eq!(add_uint32(&u, !0), u32::MAX);
    }

    #[test]
    fn typed_integers_wrap_and_share() {
        let x = Int32::default();
        x.store(i32::MAX);
        assert_eq!(x.clone().add(1), i32::MIN);
        assert_eq!(x.load(), i32::MIN);
        assert!(x.compare_and_swap(i32::MIN, 4));
        assert_eq!(x.swap(9), 4);
        let b = Bool::default();
        assert!(!b.swap(true));
        assert!(b.load());
        // Go 1.26: fmt.Printf("%v %+v %#v\n", &n, &b, &n) with n an
        // atomic.Int64 holding 5 and b a true atomic.Bool prints
        // "&{{} {} 5} &{_:{} v:1} &atomic.Int64{_:atomic.noCopy{}, _:atomic.align64{}, v:5}".
        let n = Int64::default();
        n.store(5);
        assert_eq!(
            crate::fmt::sprintf("%v %+v %#v", &[&n, &b, &n]).to_string(),
            "{{} {} 5} {_:{} v:1} atomic.Int64{_:atomic.noCopy{}, _:atomic.align64{}, v:5}"
        );
    }

    #[test]
    fn many_threads_add_without_losing_updates() {
        let counter = Uint64::default();
        let plain = Ptr::new(0u64);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..10_000 {
                        counter.add(1);
                        add_uint64(&plain, 1);
                    }
                });
            }
        });
        assert_eq!(counter.load(), 40_000);
        assert_eq!(plain.get(), 40_000);
    }

    #[test]
    fn pointer_compares_by_identity() {
        let p: Pointer<i64> = Pointer::default();
        assert!(p.load().is_nil());
        let a = Ptr::new(1);
        let b = Ptr::new(1);
        p.store(&a);
        assert!(!p.compare_and_swap(&b, &b));
        assert!(p.compare_and_swap(&a, &b));
        assert!(p.swap(&a).ptr_eq(&b));
    }

    // Go 1.26: the messages of `v.Store(nil)` and of storing an int after
    // a string.
    #[test]
    fn value_panics_like_go() {
        let v = Value::default();
        assert!(v.load().is_nil());
        v.store(&any_int(1));
        assert!(v.compare_and_swap(&any_int(1), &any_int(2)));
        assert!(!v.compare_and_swap(&any_int(1), &any_int(3)));
        assert_eq!(v.load().downcast::<i64>(), Some(2));
        assert_eq!(panic_message(|| v.store(&Any::nil())), "sync/atomic: store of nil value into Value");
        let other = Any::new(Arc::new(crate::string::GoString::from("x")));
        assert_eq!(
            panic_message(|| v.store(&other)),
            "sync/atomic: store of inconsistently typed value into Value"
        );
    }
}
