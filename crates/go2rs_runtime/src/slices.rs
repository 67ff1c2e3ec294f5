//! Go's `slices` package, ported from Go 1.26's code step by step so that
//! results share (or do not share) backing arrays, get the capacities and
//! leave zeroed tails exactly as in Go: `Insert` shifts in place while the
//! capacity allows, `Delete` and `Compact` clear the elements they drop,
//! `Clone` and `Collect` grow as `append` does.
//!
//! Elements are passed by reference (`v: &T`), function arguments as
//! closures taking elements by value, as Go's func values do; variadic
//! parameters (`Insert(s, i, v...)`) are slices.

use crate::cmp::Ordered;
use crate::iter::{Seq, Seq2};
use crate::layout::GoLayout;
use crate::panic::go_panic;
use crate::slice::{Slice, copy};
use crate::sort::{VecData, bits_len, pdqsort, stable, with_elements};

/// `slices.Equal(s1, s2)`: same length and `==` elements (a NaN is not
/// equal to itself).
pub fn equal<T: Clone + PartialEq>(s1: &Slice<T>, s2: &Slice<T>) -> bool {
    if s1.len() != s2.len() {
        return false;
    }
    (0..s1.len()).all(|i| s1.get(i) == s2.get(i))
}

/// `slices.EqualFunc(s1, s2, eq)`.
pub fn equal_func<A: Clone, B: Clone>(s1: &Slice<A>, s2: &Slice<B>, mut eq: impl FnMut(A, B) -> bool) -> bool {
    if s1.len() != s2.len() {
        return false;
    }
    for (i, v1) in s1.entries() {
        let v2 = s2.get(i);
        if !eq(v1, v2) {
            return false;
        }
    }
    true
}

/// `slices.Compare(s1, s2)`: elementwise `cmp.Compare`, then the lengths.
pub fn compare<T: Ordered>(s1: &Slice<T>, s2: &Slice<T>) -> i64 {
    for (i, v1) in s1.entries() {
        if i >= s2.len() {
            return 1;
        }
        let c = crate::cmp::compare(&v1, &s2.get(i));
        if c != 0 {
            return c;
        }
    }
    if s1.len() < s2.len() { -1 } else { 0 }
}

/// `slices.CompareFunc(s1, s2, cmp)`.
pub fn compare_func<A: Clone, B: Clone>(s1: &Slice<A>, s2: &Slice<B>, mut cmp: impl FnMut(A, B) -> i64) -> i64 {
    for (i, v1) in s1.entries() {
        if i >= s2.len() {
            return 1;
        }
        let c = cmp(v1, s2.get(i));
        if c != 0 {
            return c;
        }
    }
    if s1.len() < s2.len() { -1 } else { 0 }
}

/// `slices.Index(s, v)`: the first index of `v`, or -1.
pub fn index<T: Clone + PartialEq>(s: &Slice<T>, v: &T) -> i64 {
    for i in 0..s.len() {
        if s.with(i, |element| v == element) {
            return i;
        }
    }
    -1
}

/// `slices.IndexFunc(s, f)`: the first index where `f` holds, or -1.
pub fn index_func<T: Clone>(s: &Slice<T>, mut f: impl FnMut(T) -> bool) -> i64 {
    for i in 0..s.len() {
        if f(s.get(i)) {
            return i;
        }
    }
    -1
}

/// `slices.Contains(s, v)`.
pub fn contains<T: Clone + PartialEq>(s: &Slice<T>, v: &T) -> bool {
    index(s, v) >= 0
}

/// `slices.ContainsFunc(s, f)`.
pub fn contains_func<T: Clone>(s: &Slice<T>, f: impl FnMut(T) -> bool) -> bool {
    index_func(s, f) >= 0
}

fn zeros<T: Default>(n: i64) -> impl Iterator<Item = T> {
    (0..n).map(|_| T::default())
}

/// `slices.Insert(s, i, v...)`: `v` inserted at `i`; in place (shifting
/// the tail in the shared array) when the capacity allows.
pub fn insert<T: Clone + Default + GoLayout + 'static>(s: &Slice<T>, i: i64, v: &Slice<T>) -> Slice<T> {
    let _ = s.slice_from(i);
    let m = v.len();
    if m == 0 {
        return s.clone();
    }
    let n = s.len();
    if i == n {
        return s.append_slice(v);
    }
    if n + m > s.cap() {
        let s2 = s.slice_to(i).append_all(zeros(n + m - i));
        copy(&s2.slice_from(i), v);
        copy(&s2.slice_from(i + m), &s.slice_from(i));
        return s2;
    }
    let s = s.slice_to(n + m);
    if !v.overlaps(&s.slice_from(i + m)) {
        copy(&s.slice_from(i + m), &s.slice_from(i));
        copy(&s.slice_from(i), v);
        return s;
    }
    copy(&s.slice_from(n), v);
    rotate_right(&s.slice_from(i), m);
    s
}

/// `slices.Delete(s, i, j)`: removes `s[i:j]`, shifting the tail down and
/// zeroing the elements past the new length.
pub fn delete<T: Clone + Default + GoLayout + 'static>(s: &Slice<T>, i: i64, j: i64) -> Slice<T> {
    let _ = s.slice3(i, j, s.len());
    if i == j {
        return s.clone();
    }
    let old_len = s.len();
    let s2 = s.slice_to(i).append_slice(&s.slice_from(j));
    s2.slice(s2.len(), old_len).clear();
    s2
}

/// `slices.DeleteFunc(s, del)`: removes the elements for which `del`
/// holds, zeroing the tail.
pub fn delete_func<T: Clone + Default + 'static>(s: &Slice<T>, mut del: impl FnMut(T) -> bool) -> Slice<T> {
    let mut i = index_func(s, &mut del);
    if i == -1 {
        return s.clone();
    }
    for j in i + 1..s.len() {
        let v = s.get(j);
        if !del(v.clone()) {
            s.set(i, v);
            i += 1;
        }
    }
    s.slice_from(i).clear();
    s.slice_to(i)
}

/// `slices.Replace(s, i, j, v...)`: `s[i:j]` replaced by `v`.
pub fn replace<T: Clone + Default + GoLayout + 'static>(s: &Slice<T>, i: i64, j: i64, v: &Slice<T>) -> Slice<T> {
    let _ = s.slice(i, j);
    if i == j {
        return insert(s, i, v);
    }
    if j == s.len() {
        let s2 = s.slice_to(i).append_slice(v);
        if s2.len() < s.len() {
            s.slice_from(s2.len()).clear();
        }
        return s2;
    }
    let tot = i + v.len() + (s.len() - j);
    if tot > s.cap() {
        let s2 = s.slice_to(i).append_all(zeros(tot - i));
        copy(&s2.slice_from(i), v);
        copy(&s2.slice_from(i + v.len()), &s.slice_from(j));
        return s2;
    }
    let r = s.slice_to(tot);
    if i + v.len() <= j {
        copy(&r.slice_from(i), v);
        copy(&r.slice_from(i + v.len()), &s.slice_from(j));
        s.slice_from(tot).clear();
        return r;
    }
    if !r.slice_from(i + v.len()).overlaps(v) {
        copy(&r.slice_from(i + v.len()), &s.slice_from(j));
        copy(&r.slice_from(i), v);
        return r;
    }
    let y = v.len() - (j - i);
    if !r.slice(i, j).overlaps(v) {
        copy(&r.slice(i, j), &v.slice_from(y));
        copy(&r.slice_from(s.len()), &v.slice_to(y));
        rotate_right(&r.slice_from(i), y);
        return r;
    }
    if !r.slice_from(s.len()).overlaps(v) {
        copy(&r.slice_from(s.len()), &v.slice_to(y));
        copy(&r.slice(i, j), &v.slice_from(y));
        rotate_right(&r.slice_from(i), y);
        return r;
    }
    let k = s.slice_from(j).start_index(v);
    copy(&r.slice_from(i), v);
    copy(&r.slice_from(i + v.len()), &r.slice_from(i + k));
    r
}

/// `slices.Clone(s)`: a copy in a new array (`append(S{}, s...)`, so the
/// capacity is `append`'s); nil stays nil.
pub fn clone<T: Clone + Default + GoLayout>(s: &Slice<T>) -> Slice<T> {
    if s.is_nil() {
        return Slice::nil();
    }
    Slice::from_vec(Vec::new()).append_slice(s)
}

/// `slices.Compact(s)`: runs of `==` elements replaced by one, zeroing the
/// tail.
pub fn compact<T: Clone + Default + PartialEq + 'static>(s: &Slice<T>) -> Slice<T> {
    compact_func(s, |a, b| a == b)
}

/// `slices.CompactFunc(s, eq)`.
pub fn compact_func<T: Clone + Default + 'static>(s: &Slice<T>, mut eq: impl FnMut(T, T) -> bool) -> Slice<T> {
    if s.len() < 2 {
        return s.clone();
    }
    let mut k = 1;
    while k < s.len() {
        if eq(s.get(k), s.get(k - 1)) {
            let s2 = s.slice_from(k);
            for k2 in 1..s2.len() {
                if !eq(s2.get(k2), s2.get(k2 - 1)) {
                    s.set(k, s2.get(k2));
                    k += 1;
                }
            }
            s.slice_from(k).clear();
            return s.slice_to(k);
        }
        k += 1;
    }
    s.clone()
}

/// `slices.Grow(s, n)`: room for `n` more elements.
pub fn grow<T: Clone + Default + GoLayout>(s: &Slice<T>, n: i64) -> Slice<T> {
    if n < 0 {
        go_panic("cannot be negative");
    }
    let n = n - (s.cap() - s.len());
    if n > 0 {
        return s.slice_to(s.cap()).append_all(zeros(n)).slice_to(s.len());
    }
    s.clone()
}

/// `slices.Clip(s)`: `s[:len(s):len(s)]`.
pub fn clip<T>(s: &Slice<T>) -> Slice<T> {
    s.slice3(0, s.len(), s.len())
}

fn rotate_left<T>(s: &Slice<T>, r: i64) {
    reverse(&s.slice_to(r));
    reverse(&s.slice_from(r));
    reverse(s);
}

fn rotate_right<T>(s: &Slice<T>, r: i64) {
    rotate_left(s, s.len() - r);
}

/// `slices.Reverse(s)`: in place.
pub fn reverse<T>(s: &Slice<T>) {
    let (mut i, mut j) = (0, s.len() - 1);
    while i < j {
        s.swap(i, j);
        i += 1;
        j -= 1;
    }
}

/// `slices.Concat(slices...)`: one new slice (nil when all are empty).
pub fn concat<T: Clone + Default + GoLayout>(slices: &Slice<Slice<T>>) -> Slice<T> {
    let mut size = 0i64;
    for s in slices.values() {
        size += s.len();
    }
    let mut new_slice = grow(&Slice::nil(), size);
    for s in slices.values() {
        new_slice = new_slice.append_slice(&s);
    }
    new_slice
}

/// `slices.Repeat(x, count)`: `x` repeated `count` times.
pub fn repeat<T: Clone + Default + 'static>(x: &Slice<T>, count: i64) -> Slice<T> {
    if count < 0 {
        go_panic("cannot be negative");
    }
    let total = match (x.len() as u64).checked_mul(count as u64) {
        Some(total) if total <= i64::MAX as u64 => total as i64,
        _ => go_panic("the result of (len(x) * count) overflows"),
    };
    let new_slice = Slice::make(total, total);
    let mut n = copy(&new_slice, x);
    while n < new_slice.len() {
        n += copy(&new_slice.slice_from(n), &new_slice.slice_to(n));
    }
    new_slice
}

// ---------------------------------------------------------------------------
// Sorting, searching, min and max.
// ---------------------------------------------------------------------------

/// `slices.Sort(x)`: Go's pdqsort ordered by `cmp.Less` (NaNs first).
pub fn sort<T: Ordered>(x: &Slice<T>) {
    crate::sort::sort_ordered(x);
}

/// `slices.SortFunc(x, cmp)`: Go's pdqsort with `cmp(a, b) < 0` as less.
pub fn sort_func<T: Clone>(x: &Slice<T>, mut cmp: impl FnMut(T, T) -> i64) {
    with_elements(x, |elements| {
        let n = elements.len() as i64;
        let mut data = VecData {
            data: elements,
            less: |a: &T, b: &T| cmp(a.clone(), b.clone()) < 0,
        };
        pdqsort(&mut data, 0, n, bits_len(n));
    })
}

/// `slices.SortStableFunc(x, cmp)`: insertion sort and SymMerge, as Go.
pub fn sort_stable_func<T: Clone>(x: &Slice<T>, mut cmp: impl FnMut(T, T) -> i64) {
    with_elements(x, |elements| {
        let n = elements.len() as i64;
        let mut data = VecData {
            data: elements,
            less: |a: &T, b: &T| cmp(a.clone(), b.clone()) < 0,
        };
        stable(&mut data, n);
    })
}

/// `slices.IsSorted(x)`.
pub fn is_sorted<T: Ordered>(x: &Slice<T>) -> bool {
    crate::sort::is_sorted_ordered(x)
}

/// `slices.IsSortedFunc(x, cmp)`.
pub fn is_sorted_func<T: Clone>(x: &Slice<T>, mut cmp: impl FnMut(T, T) -> i64) -> bool {
    let mut i = x.len() - 1;
    while i > 0 {
        if cmp(x.get(i), x.get(i - 1)) < 0 {
            return false;
        }
        i -= 1;
    }
    true
}

/// `slices.Min(x)`: the builtin `min` over the elements (NaN wins);
/// panics `slices.Min: empty list`.
pub fn min<T: Ordered>(x: &Slice<T>) -> T {
    if x.is_empty() {
        go_panic("slices.Min: empty list");
    }
    let mut m = x.get(0);
    for i in 1..x.len() {
        m = m.go_min(x.get(i));
    }
    m
}

/// `slices.MinFunc(x, cmp)`: the first minimal element.
pub fn min_func<T: Clone>(x: &Slice<T>, mut cmp: impl FnMut(T, T) -> i64) -> T {
    if x.is_empty() {
        go_panic("slices.MinFunc: empty list");
    }
    let mut m = x.get(0);
    for i in 1..x.len() {
        let v = x.get(i);
        if cmp(v.clone(), m.clone()) < 0 {
            m = v;
        }
    }
    m
}

/// `slices.Max(x)`: panics `slices.Max: empty list`.
pub fn max<T: Ordered>(x: &Slice<T>) -> T {
    if x.is_empty() {
        go_panic("slices.Max: empty list");
    }
    let mut m = x.get(0);
    for i in 1..x.len() {
        m = m.go_max(x.get(i));
    }
    m
}

/// `slices.MaxFunc(x, cmp)`: the first maximal element.
pub fn max_func<T: Clone>(x: &Slice<T>, mut cmp: impl FnMut(T, T) -> i64) -> T {
    if x.is_empty() {
        go_panic("slices.MaxFunc: empty list");
    }
    let mut m = x.get(0);
    for i in 1..x.len() {
        let v = x.get(i);
        if cmp(v.clone(), m.clone()) > 0 {
            m = v;
        }
    }
    m
}

/// `slices.BinarySearch(x, target)`: where `target` is or would be, and
/// whether it is there.
pub fn binary_search<T: Ordered>(x: &Slice<T>, target: &T) -> (i64, bool) {
    let n = x.len();
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if crate::cmp::less(&x.get(h), target) {
            i = h + 1;
        } else {
            j = h;
        }
    }
    let found = i < n && {
        let v = x.get(i);
        v == *target || (v.is_nan() && target.is_nan())
    };
    (i, found)
}

/// `slices.BinarySearchFunc(x, target, cmp)`.
pub fn binary_search_func<E: Clone, T: Clone>(x: &Slice<E>, target: &T, mut cmp: impl FnMut(E, T) -> i64) -> (i64, bool) {
    let n = x.len();
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if cmp(x.get(h), target.clone()) < 0 {
            i = h + 1;
        } else {
            j = h;
        }
    }
    (i, i < n && cmp(x.get(i), target.clone()) == 0)
}

// ---------------------------------------------------------------------------
// Iterators.
// ---------------------------------------------------------------------------

/// `slices.All(s)`: index-value pairs in order (each element read when it
/// is reached, as `range` does).
pub fn all<T: Clone + Send + 'static>(s: &Slice<T>) -> Seq2<i64, T> {
    let s = s.clone();
    Seq2::from_fn(move |yield_| {
        for i in 0..s.len() {
            if !yield_(i, s.get(i)) {
                return;
            }
        }
    })
}

/// `slices.Backward(s)`: index-value pairs from the last.
pub fn backward<T: Clone + Send + 'static>(s: &Slice<T>) -> Seq2<i64, T> {
    let s = s.clone();
    Seq2::from_fn(move |yield_| {
        let mut i = s.len() - 1;
        while i >= 0 {
            if !yield_(i, s.get(i)) {
                return;
            }
            i -= 1;
        }
    })
}

/// `slices.Values(s)`: the elements in order.
pub fn values<T: Clone + Send + 'static>(s: &Slice<T>) -> Seq<T> {
    let s = s.clone();
    Seq::from_fn(move |yield_| {
        for i in 0..s.len() {
            if !yield_(s.get(i)) {
                return;
            }
        }
    })
}

/// `slices.AppendSeq(s, seq)`: appends the values one at a time.
pub fn append_seq<T: Clone + Default + GoLayout>(s: &Slice<T>, seq: &Seq<T>) -> Slice<T> {
    let mut out = s.clone();
    seq.call(|value| {
        out = out.append(value);
        true
    });
    out
}

/// `slices.Collect(seq)`: the values in a new slice (nil when there are
/// none), grown one append at a time.
pub fn collect<T: Clone + Default + GoLayout>(seq: &Seq<T>) -> Slice<T> {
    append_seq(&Slice::nil(), seq)
}

/// `slices.Sorted(seq)`.
pub fn sorted<T: Ordered + Default + GoLayout>(seq: &Seq<T>) -> Slice<T> {
    let s = collect(seq);
    sort(&s);
    s
}

/// `slices.SortedFunc(seq, cmp)`.
pub fn sorted_func<T: Clone + Default + GoLayout>(seq: &Seq<T>, cmp: impl FnMut(T, T) -> i64) -> Slice<T> {
    let s = collect(seq);
    sort_func(&s, cmp);
    s
}

/// `slices.SortedStableFunc(seq, cmp)`.
pub fn sorted_stable_func<T: Clone + Default + GoLayout>(seq: &Seq<T>, cmp: impl FnMut(T, T) -> i64) -> Slice<T> {
    let s = collect(seq);
    sort_stable_func(&s, cmp);
    s
}

/// `slices.Chunk(s, n)`: consecutive sub-slices of up to `n` elements
/// (sharing `s`'s array, capacity clipped); panics when `n < 1`.
pub fn chunk<T: Send + 'static>(s: &Slice<T>, n: i64) -> Seq<Slice<T>> {
    if n < 1 {
        go_panic("cannot be less than 1");
    }
    let s = s.clone();
    Seq::from_fn(move |yield_| {
        let mut i = 0;
        while i < s.len() {
            let end = n.min(s.len() - i);
            if !yield_(s.slice3(i, i + end, i + end)) {
                return;
            }
            i += n;
        }
    })
}

#[cfg(test)]
mod tests;
