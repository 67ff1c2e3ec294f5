//! Go pointers, and the variables they point to.
//!
//! A Go variable whose address is taken, or that a closure or goroutine
//! captures and someone writes, lives in a [`Ptr`]: a shared, lockable cell.
//! The lock makes racy Go programs memory-safe; correct Go programs order
//! their accesses with channels and mutexes anyway.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::panic::nil_dereference;
use crate::spin::SpinLock;

/// A Go pointer `*T`: nil, a variable of its own (`&x`, `new(T)`), or a
/// part of another variable (`&s.field`, `&items[i]`).
pub struct Ptr<T> {
    cell: Option<Target<T>>,
}

/// What a non-nil pointer points to.
enum Target<T> {
    /// A variable of its own (locked for each access: see `spin.rs`).
    Cell(Arc<SpinLock<T>>),
    /// A part of another variable: a struct field, an array element, a
    /// slice element.
    Part(Arc<dyn Part<T>>),
}

impl<T> Clone for Target<T> {
    fn clone(&self) -> Self {
        match self {
            Target::Cell(cell) => Target::Cell(cell.clone()),
            Target::Part(part) => Target::Part(part.clone()),
        }
    }
}

/// The part of a variable a pointer points to: reached by locking the
/// variable's cell and projecting.
trait Part<T>: Send + Sync {
    fn access(&self, f: &mut dyn FnMut(&mut T));
    /// The address of the part (stable: variables never move).
    fn address(&self) -> usize;
}

/// A field or array element of the variable another pointer points to.
struct Projection<O, T, F> {
    base: Ptr<O>,
    project: F,
    address: usize,
    _target: std::marker::PhantomData<fn() -> T>,
}

impl<O: Send, T, F: Fn(&mut O) -> &mut T + Send + Sync> Part<T> for Projection<O, T, F> {
    fn access(&self, f: &mut dyn FnMut(&mut T)) {
        self.base.with_mut(|outer| f((self.project)(outer)))
    }
    fn address(&self) -> usize {
        self.address
    }
}

/// An element of a slice's backing array.
struct Element<T> {
    slice: crate::slice::Slice<T>,
    index: i64,
    address: usize,
}

impl<T: Send> Part<T> for Element<T> {
    fn access(&self, f: &mut dyn FnMut(&mut T)) {
        self.slice.with_mut(self.index, |element| f(element))
    }
    fn address(&self) -> usize {
        self.address
    }
}

impl<T> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        Ptr { cell: self.cell.clone() }
    }
}

impl<T> Default for Ptr<T> {
    fn default() -> Self {
        Ptr::nil()
    }
}

impl<T> Ptr<T> {
    /// `&value` / `new(T)`: a new variable holding `value`.
    pub fn new(value: T) -> Self {
        Ptr {
            cell: Some(Target::Cell(Arc::new(SpinLock::new(value)))),
        }
    }

    /// The nil pointer.
    pub const fn nil() -> Self {
        Ptr { cell: None }
    }

    pub fn is_nil(&self) -> bool {
        self.cell.is_none()
    }

    fn target(&self) -> &Target<T> {
        match &self.cell {
            Some(target) => target,
            None => nil_dereference(),
        }
    }

    /// Reads through the pointer without copying the whole value.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        match self.target() {
            Target::Cell(cell) => f(&cell.lock()),
            Target::Part(part) => {
                let mut f = Some(f);
                let mut result = None;
                part.access(&mut |value| {
                    if let Some(f) = f.take() {
                        result = Some(f(value));
                    }
                });
                result.expect("a pointer's target is reached once")
            }
        }
    }

    /// Writes through the pointer (`p.field = v`, `*p += 1`).
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        match self.target() {
            Target::Cell(cell) => f(&mut cell.lock()),
            Target::Part(part) => {
                let mut f = Some(f);
                let mut result = None;
                part.access(&mut |value| {
                    if let Some(f) = f.take() {
                        result = Some(f(value));
                    }
                });
                result.expect("a pointer's target is reached once")
            }
        }
    }

    /// `*p = value`.
    pub fn set(&self, value: T) {
        self.with_mut(|target| *target = value);
    }

    /// `p == q`: the same variable (or both nil).
    pub fn ptr_eq(&self, other: &Ptr<T>) -> bool {
        self.address() == other.address()
    }

    /// The address, for `%p`, `==` and printing nested pointers (0 for
    /// nil).
    pub fn address(&self) -> usize {
        match &self.cell {
            None => 0,
            Some(Target::Cell(cell)) => cell.address(),
            Some(Target::Part(part)) => part.address(),
        }
    }
}

impl<T: Send + 'static> Ptr<T> {
    /// `&p.field`, `&(*p)[i]`: a pointer to a part of what `p` points to,
    /// reached with `project` (`|it| &mut it.field`).
    pub fn project<U: 'static>(&self, project: impl Fn(&mut T) -> &mut U + Send + Sync + 'static) -> Ptr<U> {
        let address = self.with_mut(|outer| project(outer) as *mut U as usize);
        Ptr {
            cell: Some(Target::Part(Arc::new(Projection {
                base: self.clone(),
                project,
                address,
                _target: std::marker::PhantomData,
            }))),
        }
    }
}

/// An array variable kept in a slice's backing array (an array the program
/// also slices): `&arr` is a pointer to the whole array.
struct ArrayView<T, const N: usize> {
    slice: crate::slice::Slice<T>,
    address: usize,
}

impl<T: Send, const N: usize> Part<[T; N]> for ArrayView<T, N> {
    fn access(&self, f: &mut dyn FnMut(&mut [T; N])) {
        self.slice.with_window_mut(|window| {
            let array: &mut [T; N] = window.try_into().expect("the array's slice has the array's length");
            f(array)
        })
    }
    fn address(&self) -> usize {
        self.address
    }
}

impl<T: Send + 'static> crate::slice::Slice<T> {
    /// `&arr` for an array variable held in a slice of its length.
    pub fn array_ptr<const N: usize>(&self) -> Ptr<[T; N]> {
        let address = self.with_window_mut(|window| window.as_mut_ptr() as usize);
        Ptr {
            cell: Some(Target::Part(Arc::new(ArrayView::<T, N> {
                slice: self.clone(),
                address,
            }))),
        }
    }

    /// `&s[i]`: a pointer to an element of the slice's backing array.
    pub fn element_ptr(&self, index: i64) -> Ptr<T> {
        let address = self.with_mut(index, |element| element as *mut T as usize);
        Ptr {
            cell: Some(Target::Part(Arc::new(Element {
                slice: self.clone(),
                index,
                address,
            }))),
        }
    }
}

impl<T: Clone> Ptr<T> {
    /// `*p`.
    pub fn get(&self) -> T {
        self.with(T::clone)
    }
}

impl<T> PartialEq for Ptr<T> {
    fn eq(&self, other: &Ptr<T>) -> bool {
        self.ptr_eq(other)
    }
}

impl<T> Eq for Ptr<T> {}

impl<T> Hash for Ptr<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.address().hash(state)
    }
}

/// Go does not order pointers; the order by address lets them be keys of
/// ordered collections and arguments for `comparable` type parameters.
impl<T> PartialOrd for Ptr<T> {
    fn partial_cmp(&self, other: &Ptr<T>) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for Ptr<T> {
    fn cmp(&self, other: &Ptr<T>) -> std::cmp::Ordering {
        self.address().cmp(&other.address())
    }
}

impl<T> std::fmt::Debug for Ptr<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ptr({:#x})", self.address())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slice::Slice;

    #[derive(Clone, Default, Debug, PartialEq)]
    struct Point {
        x: i64,
        y: i64,
    }

    #[test]
    fn a_field_pointer_writes_the_variable() {
        let p = Ptr::new(Point { x: 1, y: 2 });
        let y = p.project(|it| &mut it.y);
        y.set(5);
        assert_eq!(p.get(), Point { x: 1, y: 5 });
        assert_eq!(y.get(), 5);
        // The same field, reached twice, is the same pointer.
        assert!(y == p.project(|it| &mut it.y));
        assert!(y != p.project(|it| &mut it.x));
    }

    #[test]
    fn an_element_pointer_shares_the_backing_array() {
        let s = Slice::from_vec(vec![Point::default(), Point::default()]);
        let second = s.element_ptr(1);
        second.with_mut(|it| it.x = 7);
        assert_eq!(s.get(1).x, 7);
        let x = second.project(|it| &mut it.x);
        x.set(9);
        assert_eq!(s.get(1).x, 9);
        assert!(s.element_ptr(1) == second);
        assert!(s.element_ptr(0) != second);
    }

    #[test]
    fn a_variable_is_written_by_one_thread_at_a_time() {
        let counter = Ptr::new(0_i64);
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let counter = counter.clone();
                std::thread::spawn(move || {
                    for _ in 0..100_000 {
                        counter.with_mut(|it| *it += 1);
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        assert_eq!(counter.get(), 400_000);
    }

    #[test]
    fn a_panic_inside_an_access_releases_the_variable() {
        let p = Ptr::new(1_i64);
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            p.with_mut(|it| {
                *it = 2;
                panic!("inside");
            })
        }));
        assert!(caught.is_err());
        p.with_mut(|it| *it += 1);
        assert_eq!(p.get(), 3);
    }

    #[test]
    fn pointers_to_pointers_follow_the_chain() {
        let head: Ptr<Ptr<Point>> = Ptr::new(Ptr::nil());
        let node = Ptr::new(Point { x: 3, y: 4 });
        head.set(node.clone());
        assert!(head.get() == node);
        head.get().with_mut(|it| it.x = 30);
        assert_eq!(node.get().x, 30);
    }
}
