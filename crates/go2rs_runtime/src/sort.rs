//! Go's `sort` package, with Go 1.26's algorithms: pattern-defeating
//! quicksort for `Sort`, `Slice`, `Ints`, ... and insertion sort plus
//! SymMerge for `Stable` and `SliceStable`, ported step by step from Go's
//! `zsortfunc.go` / `zsortinterface.go` / `slices/zsortordered.go`, so that
//! elements that compare equal end up in Go's order, and a `less` function
//! is called with the same indices in the same order as in Go.
//!
//! The algorithms work on a [`LessSwap`]: `sort.Slice` swaps through the
//! [`Slice`] itself (no lock is held while `less` runs, so `less` can read
//! the slice and sees the current order); `sort.Sort` calls the program's
//! `Len`/`Less`/`Swap`; the functions on slices of basic types sort a copy
//! of the elements and store it back (also when a comparison panics, so the
//! slice is left as Go leaves it).

use crate::cmp::Ordered;
use crate::slice::Slice;
use crate::string::GoString;

// ---------------------------------------------------------------------------
// The algorithms, generic over Less and Swap by index.
// ---------------------------------------------------------------------------

/// Go's `lessSwap` / `sort.Interface` without `Len`.
pub(crate) trait LessSwap {
    fn less(&mut self, i: i64, j: i64) -> bool;
    fn swap(&mut self, i: i64, j: i64);
}

/// A [`LessSwap`] from two closures.
struct Funcs<L, S> {
    less: L,
    swap: S,
}

impl<L: FnMut(i64, i64) -> bool, S: FnMut(i64, i64)> LessSwap for Funcs<L, S> {
    fn less(&mut self, i: i64, j: i64) -> bool {
        (self.less)(i, j)
    }
    fn swap(&mut self, i: i64, j: i64) {
        (self.swap)(i, j)
    }
}

/// Elements of a vector ordered by `less` on two elements.
pub(crate) struct VecData<'a, T, L> {
    pub(crate) data: &'a mut Vec<T>,
    pub(crate) less: L,
}

impl<T, L: FnMut(&T, &T) -> bool> LessSwap for VecData<'_, T, L> {
    fn less(&mut self, i: i64, j: i64) -> bool {
        (self.less)(&self.data[i as usize], &self.data[j as usize])
    }
    fn swap(&mut self, i: i64, j: i64) {
        self.data.swap(i as usize, j as usize)
    }
}

/// `bits.Len(uint(n))`.
pub(crate) fn bits_len(n: i64) -> i64 {
    64 - (n as u64).leading_zeros() as i64
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SortedHint {
    Unknown,
    Increasing,
    Decreasing,
}

/// Go's `xorshift`, seeded with the length: deterministic.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn next_power_of_two(length: i64) -> u64 {
    1u64 << bits_len(length)
}

/// `insertionSort` on `data[a:b]`.
fn insertion_sort<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64) {
    let mut i = a + 1;
    while i < b {
        let mut j = i;
        while j > a && data.less(j, j - 1) {
            data.swap(j, j - 1);
            j -= 1;
        }
        i += 1;
    }
}

/// `siftDown`: the heap property on `data[lo:hi]`, rooted at `first`.
fn sift_down<D: LessSwap + ?Sized>(data: &mut D, lo: i64, hi: i64, first: i64) {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            break;
        }
        if child + 1 < hi && data.less(first + child, first + child + 1) {
            child += 1;
        }
        if !data.less(first + root, first + child) {
            return;
        }
        data.swap(first + root, first + child);
        root = child;
    }
}

fn heap_sort<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64) {
    let first = a;
    let lo = 0;
    let hi = b - a;
    let mut i = (hi - 1) / 2;
    while i >= 0 {
        sift_down(data, i, hi, first);
        i -= 1;
    }
    let mut i = hi - 1;
    while i >= 0 {
        data.swap(first, first + i);
        sift_down(data, lo, i, first);
        i -= 1;
    }
}

/// `pdqsort` on `data[a:b]`; `limit` bad pivots are allowed before falling
/// back to heapsort.
pub(crate) fn pdqsort<D: LessSwap + ?Sized>(data: &mut D, mut a: i64, mut b: i64, mut limit: i64) {
    const MAX_INSERTION: i64 = 12;
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            insertion_sort(data, a, b);
            return;
        }
        if limit == 0 {
            heap_sort(data, a, b);
            return;
        }
        if !was_balanced {
            break_patterns(data, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(data, a, b);
        if hint == SortedHint::Decreasing {
            reverse_range(data, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = SortedHint::Increasing;
        }
        if was_balanced && was_partitioned && hint == SortedHint::Increasing && partial_insertion_sort(data, a, b) {
            return;
        }
        if a > 0 && !data.less(a - 1, pivot) {
            let mid = partition_equal(data, a, b, pivot);
            a = mid;
            continue;
        }
        let (mid, already_partitioned) = partition(data, a, b, pivot);
        was_partitioned = already_partitioned;
        let (left_len, right_len) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left_len < right_len {
            was_balanced = left_len >= balance_threshold;
            pdqsort(data, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right_len >= balance_threshold;
            pdqsort(data, mid + 1, b, limit);
            b = mid;
        }
    }
}

fn partition<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64, pivot: i64) -> (i64, bool) {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && data.less(i, a) {
        i += 1;
    }
    while i <= j && !data.less(j, a) {
        j -= 1;
    }
    if i > j {
        data.swap(j, a);
        return (j, true);
    }
    data.swap(i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && data.less(i, a) {
            i += 1;
        }
        while i <= j && !data.less(j, a) {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    data.swap(j, a);
    (j, false)
}

fn partition_equal<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64, pivot: i64) -> i64 {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !data.less(a, i) {
            i += 1;
        }
        while i <= j && data.less(a, j) {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    i
}

fn partial_insertion_sort<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64) -> bool {
    const MAX_STEPS: i64 = 5;
    const SHORTEST_SHIFTING: i64 = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !data.less(i, i - 1) {
            i += 1;
        }
        if i == b {
            return true;
        }
        if b - a < SHORTEST_SHIFTING {
            return false;
        }
        data.swap(i, i - 1);
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !data.less(j, j - 1) {
                    break;
                }
                data.swap(j, j - 1);
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !data.less(j, j - 1) {
                    break;
                }
                data.swap(j, j - 1);
                j += 1;
            }
        }
    }
    false
}

fn break_patterns<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64) {
    let length = b - a;
    if length >= 8 {
        let mut random = XorShift(length as u64);
        let modulus = next_power_of_two(length);
        let mut idx = a + (length / 4) * 2 - 1;
        while idx <= a + (length / 4) * 2 + 1 {
            let mut other = (random.next() & (modulus - 1)) as i64;
            if other >= length {
                other -= length;
            }
            data.swap(idx, a + other);
            idx += 1;
        }
    }
}

fn choose_pivot<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64) -> (i64, SortedHint) {
    const SHORTEST_NINTHER: i64 = 50;
    const MAX_SWAPS: i64 = 4 * 3;
    let l = b - a;
    let mut swaps = 0i64;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median_adjacent(data, i, &mut swaps);
            j = median_adjacent(data, j, &mut swaps);
            k = median_adjacent(data, k, &mut swaps);
        }
        j = median(data, i, j, k, &mut swaps);
    }
    match swaps {
        0 => (j, SortedHint::Increasing),
        MAX_SWAPS => (j, SortedHint::Decreasing),
        _ => (j, SortedHint::Unknown),
    }
}

fn order2<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64, swaps: &mut i64) -> (i64, i64) {
    if data.less(b, a) {
        *swaps += 1;
        return (b, a);
    }
    (a, b)
}

fn median<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64, c: i64, swaps: &mut i64) -> i64 {
    let (a, b) = order2(data, a, b, swaps);
    let (b, c) = order2(data, b, c, swaps);
    let _ = c;
    let (_a, b) = order2(data, a, b, swaps);
    b
}

fn median_adjacent<D: LessSwap + ?Sized>(data: &mut D, a: i64, swaps: &mut i64) -> i64 {
    median(data, a - 1, a, a + 1, swaps)
}

fn reverse_range<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn swap_range<D: LessSwap + ?Sized>(data: &mut D, a: i64, b: i64, n: i64) {
    for i in 0..n {
        data.swap(a + i, b + i);
    }
}

/// Go's `stable`: insertion sort on blocks of 20, then SymMerge of ever
/// larger blocks.
pub(crate) fn stable<D: LessSwap + ?Sized>(data: &mut D, n: i64) {
    let mut block_size = 20;
    let (mut a, mut b) = (0, block_size);
    while b <= n {
        insertion_sort(data, a, b);
        a = b;
        b += block_size;
    }
    insertion_sort(data, a, n);
    while block_size < n {
        a = 0;
        b = 2 * block_size;
        while b <= n {
            sym_merge(data, a, a + block_size, b);
            a = b;
            b += 2 * block_size;
        }
        let m = a + block_size;
        if m < n {
            sym_merge(data, a, m, n);
        }
        block_size *= 2;
    }
}

/// Go's `symMerge`: merges the sorted `data[a:m]` and `data[m:b]`.
fn sym_merge<D: LessSwap + ?Sized>(data: &mut D, a: i64, m: i64, b: i64) {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = ((i + j) as u64 >> 1) as i64;
            if data.less(h, a) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = a;
        while k < i - 1 {
            data.swap(k, k + 1);
            k += 1;
        }
        return;
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = ((i + j) as u64 >> 1) as i64;
            if !data.less(m, h) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            data.swap(k, k - 1);
            k -= 1;
        }
        return;
    }
    let mid = ((a + b) as u64 >> 1) as i64;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = ((start + r) as u64 >> 1) as i64;
        if !data.less(p - c, c) {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(data, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(data, a, start, mid);
    }
    if mid < end && end < b {
        sym_merge(data, mid, end, b);
    }
}

/// Go's `rotate`: `data[a:m]` and `data[m:b]` change places.
fn rotate<D: LessSwap + ?Sized>(data: &mut D, a: i64, m: i64, b: i64) {
    let mut i = m - a;
    let mut j = b - m;
    while i != j {
        if i > j {
            swap_range(data, m - i, m, j);
            i -= j;
        } else {
            swap_range(data, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(data, m - i, m, i);
}

/// Runs `f` on a copy of the slice's elements and stores them back, even
/// when `f` panics (a comparison function may), so that the slice holds
/// what Go's in-place algorithm would have left in it.
pub(crate) fn with_elements<T: Clone, R>(slice: &Slice<T>, f: impl FnOnce(&mut Vec<T>) -> R) -> R {
    struct StoreBack<'a, T> {
        slice: &'a Slice<T>,
        elements: Vec<T>,
    }
    impl<T> Drop for StoreBack<'_, T> {
        fn drop(&mut self) {
            self.slice.store(std::mem::take(&mut self.elements));
        }
    }
    let mut guard = StoreBack {
        slice,
        elements: slice.to_vec(),
    };
    f(&mut guard.elements)
}

/// `slices.Sort` / `sort.Ints` ...: pdqsort ordered by `cmp.Less`.
pub(crate) fn sort_ordered<T: Ordered>(x: &Slice<T>) {
    with_elements(x, |elements| {
        let n = elements.len() as i64;
        let mut data = VecData {
            data: elements,
            less: |a: &T, b: &T| crate::cmp::less(a, b),
        };
        pdqsort(&mut data, 0, n, bits_len(n));
    })
}

/// `slices.IsSorted`.
pub(crate) fn is_sorted_ordered<T: Ordered>(x: &Slice<T>) -> bool {
    let elements = x.to_vec();
    (1..elements.len()).rev().all(|i| !crate::cmp::less(&elements[i], &elements[i - 1]))
}

// ---------------------------------------------------------------------------
// The package's functions.
// ---------------------------------------------------------------------------

/// `sort.Ints(x)`.
pub fn ints(x: &Slice<i64>) {
    sort_ordered(x);
}

/// `sort.Strings(x)`.
pub fn strings(x: &Slice<GoString>) {
    sort_ordered(x);
}

/// `sort.Float64s(x)`: NaNs first, -0 and +0 equal (kept in the order
/// Go's pdqsort leaves them).
pub fn float64s(x: &Slice<f64>) {
    sort_ordered(x);
}

/// `sort.IntsAreSorted(x)`.
pub fn ints_are_sorted(x: &Slice<i64>) -> bool {
    is_sorted_ordered(x)
}

/// `sort.StringsAreSorted(x)`.
pub fn strings_are_sorted(x: &Slice<GoString>) -> bool {
    is_sorted_ordered(x)
}

/// `sort.Float64sAreSorted(x)`.
pub fn float64s_are_sorted(x: &Slice<f64>) -> bool {
    is_sorted_ordered(x)
}

/// `sort.Slice(x, less)`: sorts `x` (not stably) with Go's pdqsort;
/// `less(i, j)` compares the elements at indices `i` and `j` of `x` as they
/// are while `x` is being sorted, so it may read `x` (no lock is held while
/// it runs).
pub fn slice<T>(x: &Slice<T>, less: impl FnMut(i64, i64) -> bool) {
    let length = x.len();
    let mut data = Funcs {
        less,
        swap: |i, j| x.swap(i, j),
    };
    pdqsort(&mut data, 0, length, bits_len(length));
}

/// `sort.SliceStable(x, less)`: insertion sort and SymMerge, as Go.
pub fn slice_stable<T>(x: &Slice<T>, less: impl FnMut(i64, i64) -> bool) {
    let length = x.len();
    let mut data = Funcs {
        less,
        swap: |i, j| x.swap(i, j),
    };
    stable(&mut data, length);
}

/// `sort.SliceIsSorted(x, less)`.
pub fn slice_is_sorted<T>(x: &Slice<T>, mut less: impl FnMut(i64, i64) -> bool) -> bool {
    let n = x.len();
    let mut i = n - 1;
    while i > 0 {
        if less(i, i - 1) {
            return false;
        }
        i -= 1;
    }
    true
}

/// `sort.Sort(data)` for a `data` whose `Len()` is `len` and whose
/// `Less`/`Swap` methods are `less`/`swap`. `sort.Sort(sort.Reverse(data))`
/// is `sort_by(len, |i, j| less(j, i), swap)`.
pub fn sort_by(len: i64, less: impl FnMut(i64, i64) -> bool, swap: impl FnMut(i64, i64)) {
    if len <= 1 {
        return;
    }
    let mut data = Funcs { less, swap };
    pdqsort(&mut data, 0, len, bits_len(len));
}

/// `sort.Stable(data)`.
pub fn stable_by(len: i64, less: impl FnMut(i64, i64) -> bool, swap: impl FnMut(i64, i64)) {
    let mut data = Funcs { less, swap };
    stable(&mut data, len);
}

/// `sort.IsSorted(data)`.
pub fn is_sorted_by(len: i64, mut less: impl FnMut(i64, i64) -> bool) -> bool {
    let mut i = len - 1;
    while i > 0 {
        if less(i, i - 1) {
            return false;
        }
        i -= 1;
    }
    true
}

/// `sort.Search(n, f)`: the smallest index in `[0, n)` at which `f` is
/// true (assuming false then true), or `n`.
pub fn search(n: i64, mut f: impl FnMut(i64) -> bool) -> i64 {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if !f(h) {
            i = h + 1;
        } else {
            j = h;
        }
    }
    i
}

/// `sort.Find(n, cmp)`: the smallest index at which `cmp(i) <= 0`, and
/// whether `cmp` is 0 there.
pub fn find(n: i64, mut cmp: impl FnMut(i64) -> i64) -> (i64, bool) {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i + j) as u64 >> 1) as i64;
        if cmp(h) > 0 {
            i = h + 1;
        } else {
            j = h;
        }
    }
    (i, i < n && cmp(i) == 0)
}

/// `sort.SearchInts(a, x)`: the first index whose element is >= x.
pub fn search_ints(a: &Slice<i64>, x: i64) -> i64 {
    search(a.len(), |i| a.get(i) >= x)
}

/// `sort.SearchStrings(a, x)`.
pub fn search_strings(a: &Slice<GoString>, x: &GoString) -> i64 {
    search(a.len(), |i| a.with(i, |element| element >= x))
}

/// `sort.SearchFloat64s(a, x)`.
pub fn search_float64s(a: &Slice<f64>, x: f64) -> i64 {
    search(a.len(), |i| a.get(i) >= x)
}

// ---------------------------------------------------------------------------
// sort.IntSlice, sort.Float64Slice, sort.StringSlice
// ---------------------------------------------------------------------------

macro_rules! sort_slice_type {
    ($(#[$doc:meta])* $name:ident, $elem:ty, $go_name:literal, $less:expr) => {
        $(#[$doc])*
        #[derive(Clone, Default)]
        pub struct $name(pub Slice<$elem>);

        crate::impl_go_named!($name(Slice<$elem>), $go_name);

        impl $name {
            /// `x.Len()`.
            pub fn len(&self) -> i64 {
                self.0.len()
            }

            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }

            /// `x.Less(i, j)`.
            pub fn less(&self, i: i64, j: i64) -> bool {
                let less: fn(&$elem, &$elem) -> bool = $less;
                less(&self.0.get(i), &self.0.get(j))
            }

            /// `x.Swap(i, j)`.
            pub fn swap(&self, i: i64, j: i64) {
                self.0.swap(i, j)
            }

            /// `x.Sort()`: `sort.Sort(x)`.
            pub fn sort(&self) {
                sort_by(self.len(), |i, j| self.less(i, j), |i, j| self.swap(i, j))
            }
        }
    };
}

sort_slice_type!(
    /// `sort.IntSlice`: `[]int` with `sort.Interface`'s methods.
    IntSlice, i64, "sort.IntSlice", |a, b| a < b
);
sort_slice_type!(
    /// `sort.Float64Slice`: NaNs order first.
    Float64Slice, f64, "sort.Float64Slice", |a, b| a < b || (a.is_nan() && !b.is_nan())
);
sort_slice_type!(
    /// `sort.StringSlice`.
    StringSlice, GoString, "sort.StringSlice", |a, b| a < b
);

impl IntSlice {
    /// `x.Search(v)`: `sort.SearchInts(x, v)`.
    pub fn search(&self, x: i64) -> i64 {
        search_ints(&self.0, x)
    }
}

impl Float64Slice {
    /// `x.Search(v)`.
    pub fn search(&self, x: f64) -> i64 {
        search_float64s(&self.0, x)
    }
}

impl StringSlice {
    /// `x.Search(v)`.
    pub fn search(&self, x: &GoString) -> i64 {
        search_strings(&self.0, x)
    }
}

#[cfg(test)]
mod tests;
