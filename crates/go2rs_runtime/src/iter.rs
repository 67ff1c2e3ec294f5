//! Go's `iter` package: `iter.Seq[V]` and `iter.Seq2[K, V]`, the push
//! iterators `maps.Keys`, `slices.Values` and friends return.
//!
//! A [`Seq`] is Go's function `func(yield func(V) bool)`: calling it
//! ([`Seq::call`]) runs the producer, which calls `yield` for each value
//! until `yield` returns false. `for v := range seq { body }` is exactly
//! `seq.call(|v| { body; true })` (a `break` returns false); for loops whose
//! body cannot be a closure, [`Seq::iter`] runs the producer to the end
//! first and iterates over the values it yielded, which gives the same
//! values for the runtime's producers (they have no side effects) but does
//! not interleave a producer's side effects with the loop body.

use std::sync::Arc;

use crate::fmt::{Printer, Value};
use crate::panic::nil_dereference;

type Producer<T> = dyn Fn(&mut dyn FnMut(T) -> bool) + Send + Sync;
type Producer2<K, V> = dyn Fn(&mut dyn FnMut(K, V) -> bool) + Send + Sync;

/// Go's `iter.Seq[V]`: nil, or a producer of values. Cloning shares the
/// producer, as copying a Go func value does.
pub struct Seq<T> {
    producer: Option<Arc<Producer<T>>>,
}

impl<T> Clone for Seq<T> {
    fn clone(&self) -> Self {
        Seq {
            producer: self.producer.clone(),
        }
    }
}

impl<T> Default for Seq<T> {
    fn default() -> Self {
        Seq::nil()
    }
}

impl<T> Seq<T> {
    /// The nil `iter.Seq`.
    pub const fn nil() -> Self {
        Seq { producer: None }
    }

    pub fn is_nil(&self) -> bool {
        self.producer.is_none()
    }

    /// A sequence from its producer: `f(yield)` calls `yield` with each
    /// value and stops as soon as `yield` returns false, as a Go
    /// `func(yield func(V) bool)` does.
    pub fn from_fn(f: impl Fn(&mut dyn FnMut(T) -> bool) + Send + Sync + 'static) -> Self {
        Seq {
            producer: Some(Arc::new(f)),
        }
    }

    /// `seq(yield)`: runs the producer; panics on a nil sequence as calling
    /// a nil func does.
    pub fn call(&self, mut yield_: impl FnMut(T) -> bool) {
        match &self.producer {
            Some(producer) => producer(&mut yield_),
            None => nil_dereference(),
        }
    }

    /// The values the producer yields, all of them (the producer runs to
    /// the end before the first one is returned).
    pub fn iter(&self) -> std::vec::IntoIter<T> {
        let mut values = Vec::new();
        self.call(|value| {
            values.push(value);
            true
        });
        values.into_iter()
    }

    /// The address of the producer, for `%p` / `%v` of a func value.
    pub fn address(&self) -> usize {
        self.producer
            .as_ref()
            .map_or(0, |producer| Arc::as_ptr(producer) as *const u8 as usize)
    }
}

impl<T: Clone + Send + Sync + 'static> Seq<T> {
    /// A sequence of fixed values.
    pub fn from_vec(values: Vec<T>) -> Self {
        Seq::from_fn(move |yield_| {
            for value in &values {
                if !yield_(value.clone()) {
                    return;
                }
            }
        })
    }
}

impl<T> IntoIterator for Seq<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    /// `for v := range seq` (see [`Seq::iter`]).
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T> IntoIterator for &Seq<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// Go's `iter.Seq2[K, V]`: nil, or a producer of pairs.
pub struct Seq2<K, V> {
    producer: Option<Arc<Producer2<K, V>>>,
}

impl<K, V> Clone for Seq2<K, V> {
    fn clone(&self) -> Self {
        Seq2 {
            producer: self.producer.clone(),
        }
    }
}

impl<K, V> Default for Seq2<K, V> {
    fn default() -> Self {
        Seq2::nil()
    }
}

impl<K, V> Seq2<K, V> {
    /// The nil `iter.Seq2`.
    pub const fn nil() -> Self {
        Seq2 { producer: None }
    }

    pub fn is_nil(&self) -> bool {
        self.producer.is_none()
    }

    /// A sequence from its producer, a Go `func(yield func(K, V) bool)`.
    pub fn from_fn(f: impl Fn(&mut dyn FnMut(K, V) -> bool) + Send + Sync + 'static) -> Self {
        Seq2 {
            producer: Some(Arc::new(f)),
        }
    }

    /// `seq(yield)`.
    pub fn call(&self, mut yield_: impl FnMut(K, V) -> bool) {
        match &self.producer {
            Some(producer) => producer(&mut yield_),
            None => nil_dereference(),
        }
    }

    /// The pairs the producer yields, all of them.
    pub fn iter(&self) -> std::vec::IntoIter<(K, V)> {
        let mut pairs = Vec::new();
        self.call(|key, value| {
            pairs.push((key, value));
            true
        });
        pairs.into_iter()
    }

    /// The address of the producer, for `%p` / `%v` of a func value.
    pub fn address(&self) -> usize {
        self.producer
            .as_ref()
            .map_or(0, |producer| Arc::as_ptr(producer) as *const u8 as usize)
    }
}

impl<K, V> IntoIterator for Seq2<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    /// `for k, v := range seq` (see [`Seq::iter`]).
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<K, V> IntoIterator for &Seq2<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A sequence prints as the func value it is in Go: its address.
impl<T: Value> Value for Seq<T> {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_pointer(self.address() as u64, verb, self)
    }
    fn type_name(&self) -> String {
        Self::static_type_name()
    }
    fn static_type_name() -> String {
        format!("iter.Seq[{}]", T::static_type_name())
    }
    fn address(&self) -> Option<usize> {
        Some(Seq::address(self))
    }
}

impl<K: Value, V: Value> Value for Seq2<K, V> {
    fn format(&self, printer: &mut Printer, verb: char) {
        printer.fmt_pointer(self.address() as u64, verb, self)
    }
    fn type_name(&self) -> String {
        Self::static_type_name()
    }
    fn static_type_name() -> String {
        format!("iter.Seq2[{},{}]", K::static_type_name(), V::static_type_name())
    }
    fn address(&self) -> Option<usize> {
        Some(Seq2::address(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seq_stops_when_yield_returns_false() {
        let seq = Seq::from_vec(vec![1i64, 2, 3, 4]);
        let mut seen = Vec::new();
        seq.call(|v| {
            seen.push(v);
            v < 2
        });
        assert_eq!(seen, vec![1, 2]);
        assert_eq!(seq.iter().collect::<Vec<_>>(), vec![1, 2, 3, 4]);
        let mut total = 0;
        for v in &seq {
            total += v;
        }
        assert_eq!(total, 10);
        assert_eq!(crate::fmt::sprintf("%T", &[&seq]), "iter.Seq[int]");
        let pairs = Seq2::from_fn(|yield_: &mut dyn FnMut(i64, crate::GoString) -> bool| {
            let _ = yield_(1, crate::GoString::from("a")) && yield_(2, crate::GoString::from("b"));
        });
        assert_eq!(pairs.iter().map(|(k, _)| k).collect::<Vec<_>>(), vec![1, 2]);
        assert_eq!(crate::fmt::sprintf("%T", &[&pairs]), "iter.Seq2[int,string]");
    }
}
