//! Go's `maps` package. The iterators visit the map's entries as they are
//! when the sequence is ranged over, in an unspecified order (Go's is
//! random too).

use std::hash::Hash;

use crate::iter::{Seq, Seq2};
use crate::map::Map;

/// `maps.Keys(m)`: the keys, as an `iter.Seq[K]`.
pub fn keys<K, V>(m: &Map<K, V>) -> Seq<K>
where
    K: Clone + Send + 'static,
    V: Clone + Send + 'static,
{
    let m = m.clone();
    Seq::from_fn(move |yield_| {
        for key in m.keys() {
            if !yield_(key) {
                return;
            }
        }
    })
}

/// `maps.Values(m)`: the values, as an `iter.Seq[V]`.
pub fn values<K, V>(m: &Map<K, V>) -> Seq<V>
where
    K: Clone + Send + 'static,
    V: Clone + Send + 'static,
{
    let m = m.clone();
    Seq::from_fn(move |yield_| {
        for (_, value) in m.entries() {
            if !yield_(value) {
                return;
            }
        }
    })
}

/// `maps.All(m)`: the key-value pairs, as an `iter.Seq2[K, V]`.
pub fn all<K, V>(m: &Map<K, V>) -> Seq2<K, V>
where
    K: Clone + Send + 'static,
    V: Clone + Send + 'static,
{
    let m = m.clone();
    Seq2::from_fn(move |yield_| {
        for (key, value) in m.entries() {
            if !yield_(key, value) {
                return;
            }
        }
    })
}

/// `maps.Clone(m)`: a new map with the same entries; nil stays nil.
pub fn clone<K: Clone + Hash + Eq, V: Clone>(m: &Map<K, V>) -> Map<K, V> {
    if m.is_nil() {
        return Map::nil();
    }
    Map::from_entries(m.entries())
}

/// `maps.Copy(dst, src)`: sets every entry of `src` in `dst` (panics when
/// `dst` is nil and `src` is not empty).
pub fn copy<K: Clone + Hash + Eq, V: Clone>(dst: &Map<K, V>, src: &Map<K, V>) {
    for (key, value) in src.entries() {
        dst.insert(key, value);
    }
}

/// `maps.DeleteFunc(m, del)`: deletes the entries for which `del` holds.
pub fn delete_func<K: Clone + Hash + Eq, V: Clone>(m: &Map<K, V>, mut del: impl FnMut(K, V) -> bool) {
    for (key, value) in m.entries() {
        if del(key.clone(), value) {
            m.delete(&key);
        }
    }
}

/// `maps.Equal(m1, m2)`: the same keys with `==` values.
pub fn equal<K, V>(m1: &Map<K, V>, m2: &Map<K, V>) -> bool
where
    K: Clone + Hash + Eq,
    V: Clone + Default + PartialEq,
{
    if m1.len() != m2.len() {
        return false;
    }
    m1.entries().all(|(key, v1)| {
        let (v2, ok) = m2.get2(&key);
        ok && v1 == v2
    })
}

/// `maps.EqualFunc(m1, m2, eq)`.
pub fn equal_func<K, V1, V2>(m1: &Map<K, V1>, m2: &Map<K, V2>, mut eq: impl FnMut(V1, V2) -> bool) -> bool
where
    K: Clone + Hash + Eq,
    V1: Clone,
    V2: Clone + Default,
{
    if m1.len() != m2.len() {
        return false;
    }
    m1.entries().all(|(key, v1)| {
        let (v2, ok) = m2.get2(&key);
        ok && eq(v1, v2)
    })
}

/// `maps.Insert(m, seq)`: sets each pair of `seq` in `m`.
pub fn insert<K: Hash + Eq, V>(m: &Map<K, V>, seq: &Seq2<K, V>) {
    seq.call(|key, value| {
        m.insert(key, value);
        true
    });
}

/// `maps.Collect(seq)`: a new map of the pairs of `seq`.
pub fn collect<K: Hash + Eq, V>(seq: &Seq2<K, V>) -> Map<K, V> {
    let m = Map::new();
    insert(&m, seq);
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slice::Slice;
    use crate::string::GoString;

    fn g(s: &'static str) -> GoString {
        GoString::from(s)
    }

    #[test]
    fn keys_values_and_friends() {
        let m = Map::from_entries([(g("b"), 2i64), (g("a"), 1), (g("c"), 3)]);
        // slices.Sorted(maps.Keys(m)) == [a b c]; slices.Sorted(maps.Values(m)) == [1 2 3]
        let sorted_keys = crate::slices::sorted(&keys(&m));
        assert_eq!(sorted_keys.to_vec(), vec![g("a"), g("b"), g("c")]);
        assert_eq!(crate::slices::sorted(&values(&m)).to_vec(), vec![1, 2, 3]);
        // len(slices.Collect(maps.Keys(m))) == 3, cap 4 (appended one at a time)
        let collected = crate::slices::collect(&keys(&m));
        assert_eq!((collected.len(), collected.cap()), (3, 4));
        let mut total = 0;
        for (_, v) in all(&m) {
            total += v;
        }
        assert_eq!(total, 6);
        let copy_of = clone(&m);
        assert!(equal(&m, &copy_of));
        copy_of.insert(g("d"), 4);
        assert!(!equal(&m, &copy_of));
        assert_eq!(m.len(), 3);
        delete_func(&copy_of, |_, v| v % 2 == 0);
        assert_eq!(crate::slices::sorted(&keys(&copy_of)).to_vec(), vec![g("a"), g("c")]);
        assert!(clone(&Map::<i64, i64>::nil()).is_nil());
        let dst = Map::new();
        copy(&dst, &m);
        assert!(equal_func(&dst, &m, |a: i64, b: i64| a == b));
        let back = collect(&all(&m));
        assert!(equal(&back, &m));
        let _ = Slice::<i64>::nil();
    }
}
