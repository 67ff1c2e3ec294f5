//! Go pointers, and the variables they point to.
//!
//! A Go variable whose address is taken, or that a closure or goroutine
//! captures and someone writes, lives in a [`Ptr`]: a shared, lockable cell.
//! The lock makes racy Go programs memory-safe; correct Go programs order
//! their accesses with channels and mutexes anyway.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use crate::panic::nil_dereference;
use crate::slice::lock;

/// A Go pointer `*T` (nil or pointing to a shared variable).
pub struct Ptr<T> {
    cell: Option<Arc<Mutex<T>>>,
}

impl<T> Clone for Ptr<T> {
    fn clone(&self) -> Self {
        Ptr {
            cell: self.cell.clone(),
        }
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
            cell: Some(Arc::new(Mutex::new(value))),
        }
    }

    /// The nil pointer.
    pub const fn nil() -> Self {
        Ptr { cell: None }
    }

    pub fn is_nil(&self) -> bool {
        self.cell.is_none()
    }

    fn cell(&self) -> &Mutex<T> {
        match &self.cell {
            Some(cell) => cell,
            None => nil_dereference(),
        }
    }

    /// Reads through the pointer without copying the whole value.
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&lock(self.cell()))
    }

    /// Writes through the pointer (`p.field = v`, `*p += 1`).
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        f(&mut lock(self.cell()))
    }

    /// `*p = value`.
    pub fn set(&self, value: T) {
        *lock(self.cell()) = value;
    }

    /// `p == q`: the same variable (or both nil).
    pub fn ptr_eq(&self, other: &Ptr<T>) -> bool {
        match (&self.cell, &other.cell) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }

    /// The address, for `%p` and printing nested pointers.
    pub fn address(&self) -> usize {
        self.cell
            .as_ref()
            .map_or(0, |cell| Arc::as_ptr(cell) as *const u8 as usize)
    }
}

impl<T: Clone> Ptr<T> {
    /// `*p`.
    pub fn get(&self) -> T {
        lock(self.cell()).clone()
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

impl<T> std::fmt::Debug for Ptr<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ptr({:#x})", self.address())
    }
}
