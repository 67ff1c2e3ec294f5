//! Go maps: reference types, nil until made, random iteration order.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use crate::slice::lock;

/// A Go map `map[K]V`. Cloning shares the table, as assigning a Go map does.
pub struct Map<K, V> {
    table: Option<Arc<Mutex<HashMap<K, V>>>>,
}

impl<K, V> Clone for Map<K, V> {
    fn clone(&self) -> Self {
        Map { table: self.table.clone() }
    }
}

impl<K, V> Default for Map<K, V> {
    fn default() -> Self {
        Map::nil()
    }
}

impl<K, V> Map<K, V> {
    /// The nil map: reads give zero values, writes panic.
    pub const fn nil() -> Self {
        Map { table: None }
    }

    /// `make(map[K]V)`.
    pub fn new() -> Self {
        Map {
            table: Some(Arc::new(Mutex::new(HashMap::new()))),
        }
    }

    pub fn is_nil(&self) -> bool {
        self.table.is_none()
    }

    /// `len(m)`.
    pub fn len(&self) -> i64 {
        match &self.table {
            None => 0,
            Some(table) => lock(table).len() as i64,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when both are the same map.
    pub fn ptr_eq(&self, other: &Map<K, V>) -> bool {
        match (&self.table, &other.table) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }

    /// The table's address, for `%p`.
    pub fn address(&self) -> usize {
        self.table.as_ref().map_or(0, |table| Arc::as_ptr(table) as *const u8 as usize)
    }
}

impl<K: Hash + Eq, V> Map<K, V> {
    /// A map literal.
    pub fn from_entries(entries: impl IntoIterator<Item = (K, V)>) -> Self {
        Map {
            table: Some(Arc::new(Mutex::new(entries.into_iter().collect()))),
        }
    }

    /// `m[key] = value`.
    pub fn insert(&self, key: K, value: V) {
        match &self.table {
            None => crate::panic::plain_error("assignment to entry in nil map"),
            Some(table) => {
                lock(table).insert(key, value);
            }
        }
    }

    /// `delete(m, key)`.
    pub fn delete(&self, key: &K) {
        if let Some(table) = &self.table {
            lock(table).remove(key);
        }
    }

    /// `clear(m)`.
    pub fn clear(&self) {
        if let Some(table) = &self.table {
            lock(table).clear();
        }
    }

    /// `_, ok := m[key]`.
    pub fn contains_key(&self, key: &K) -> bool {
        match &self.table {
            None => false,
            Some(table) => lock(table).contains_key(key),
        }
    }
}

impl<K: Hash + Eq, V: Default> Map<K, V> {
    /// `m[key] op= value`: runs `f` on the entry, which starts as the zero
    /// value when the key is missing.
    pub fn with_mut<R>(&self, key: K, f: impl FnOnce(&mut V) -> R) -> R {
        match &self.table {
            None => crate::panic::plain_error("assignment to entry in nil map"),
            Some(table) => f(lock(table).entry(key).or_default()),
        }
    }
}

impl<K: Hash + Eq, V: Clone + Default> Map<K, V> {
    /// `m[key]`: the value, or the zero value when the key is missing.
    pub fn get(&self, key: &K) -> V {
        self.get2(key).0
    }

    /// `v, ok := m[key]`.
    pub fn get2(&self, key: &K) -> (V, bool) {
        match &self.table {
            None => (V::default(), false),
            Some(table) => match lock(table).get(key) {
                Some(value) => (value.clone(), true),
                None => (V::default(), false),
            },
        }
    }
}

impl<K: Clone, V: Clone> Map<K, V> {
    /// `for k, v := range m`: a snapshot of the entries, in Go's spirit of an
    /// unspecified order.
    pub fn entries(&self) -> std::vec::IntoIter<(K, V)> {
        match &self.table {
            None => Vec::new().into_iter(),
            Some(table) => lock(table)
                .iter()
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect::<Vec<_>>()
                .into_iter(),
        }
    }

    /// `for k := range m`.
    pub fn keys(&self) -> std::vec::IntoIter<K> {
        match &self.table {
            None => Vec::new().into_iter(),
            Some(table) => lock(table).keys().cloned().collect::<Vec<_>>().into_iter(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nil_map_reads_zero_and_shares_after_make() {
        let m: Map<i64, i64> = Map::nil();
        assert_eq!(m.get(&1), 0);
        assert_eq!(m.len(), 0);
        let made: Map<i64, i64> = Map::new();
        let alias = made.clone();
        alias.insert(1, 10);
        made.with_mut(1, |v| *v += 1);
        assert_eq!(made.get2(&1), (11, true));
        assert_eq!(made.get2(&2), (0, false));
    }
}
