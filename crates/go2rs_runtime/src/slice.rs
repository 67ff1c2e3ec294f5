//! Go slices: views (offset, length, capacity) into a shared backing array,
//! with Go's aliasing, `append` growth and bounds checks.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::spin::SpinLock;

use crate::layout::{GoLayout, Layout};
use crate::panic::runtime_error;
use crate::string::GoString;

/// A Go slice `[]T`. Cloning copies the slice header, not the elements: two
/// clones share their backing array, as two Go slices do.
pub struct Slice<T> {
    /// The backing array, locked for each access (see `spin.rs`).
    array: Option<Arc<SpinLock<Vec<T>>>>,
    offset: usize,
    len: usize,
    cap: usize,
}

impl<T> Clone for Slice<T> {
    fn clone(&self) -> Self {
        Slice {
            array: self.array.clone(),
            offset: self.offset,
            len: self.len,
            cap: self.cap,
        }
    }
}

impl<T, const N: usize> From<[T; N]> for Slice<T> {
    /// A slice literal: `[]int{1, 2, 3}` is `Slice::from([1, 2, 3])`.
    fn from(elements: [T; N]) -> Self {
        Slice::from_vec(Vec::from(elements))
    }
}

impl<T> Default for Slice<T> {
    fn default() -> Self {
        Slice::nil()
    }
}

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn index_out_of_range(index: i64, length: usize) -> ! {
    runtime_error(format!("index out of range [{index}] with length {length}"))
}

impl<T> Slice<T> {
    /// The nil slice.
    pub const fn nil() -> Self {
        Slice {
            array: None,
            offset: 0,
            len: 0,
            cap: 0,
        }
    }

    /// A slice literal: length and capacity are the number of elements.
    pub fn from_vec(elements: Vec<T>) -> Self {
        let len = elements.len();
        Slice {
            array: Some(Arc::new(SpinLock::new(elements))),
            offset: 0,
            len,
            cap: len,
        }
    }

    pub fn is_nil(&self) -> bool {
        self.array.is_none()
    }

    /// `len(s)`.
    pub fn len(&self) -> i64 {
        self.len as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `cap(s)`.
    pub fn cap(&self) -> i64 {
        self.cap as i64
    }

    fn element_index(&self, index: i64) -> usize {
        if index < 0 || index as u64 >= self.len as u64 {
            index_out_of_range(index, self.len);
        }
        self.offset + index as usize
    }

    /// Runs `f` on the slice's elements (its window of the backing array).
    pub(crate) fn with_window_mut<R>(&self, f: impl FnOnce(&mut [T]) -> R) -> R {
        match &self.array {
            None => f(&mut []),
            Some(array) => f(&mut array.lock()[self.offset..self.offset + self.len]),
        }
    }

    /// Runs `f` on the element at `index` (`s[i].field = v`, `s[i] += 1`).
    pub fn with_mut<R>(&self, index: i64, f: impl FnOnce(&mut T) -> R) -> R {
        let position = self.element_index(index);
        let array = self.array.as_ref().expect("non-empty slice has an array");
        f(&mut array.lock()[position])
    }

    /// Runs `f` on the element at `index` without copying it.
    pub fn with<R>(&self, index: i64, f: impl FnOnce(&T) -> R) -> R {
        let position = self.element_index(index);
        let array = self.array.as_ref().expect("non-empty slice has an array");
        f(&array.lock()[position])
    }

    /// `s[i] = value`.
    pub fn set(&self, index: i64, value: T) {
        self.with_mut(index, |element| *element = value)
    }

    /// `s[low:high]`.
    pub fn slice(&self, low: i64, high: i64) -> Self {
        self.slice_with_cap(Some(low), high, None)
    }

    /// `s[low:]`.
    pub fn slice_from(&self, low: i64) -> Self {
        self.slice_with_cap(Some(low), self.len as i64, None)
    }

    /// `s[:high]`.
    pub fn slice_to(&self, high: i64) -> Self {
        self.slice_with_cap(None, high, None)
    }

    /// `s[low:high:max]`.
    pub fn slice3(&self, low: i64, high: i64, max: i64) -> Self {
        self.slice_with_cap(Some(low), high, Some(max))
    }

    fn slice_with_cap(&self, low: Option<i64>, high: i64, max: Option<i64>) -> Self {
        let low = low.unwrap_or(0);
        let cap = self.cap as i64;
        if let Some(max) = max {
            if max < 0 || max > cap {
                runtime_error(format!("slice bounds out of range [::{max}] with capacity {cap}"));
            }
            if high < 0 || high > max {
                runtime_error(format!("slice bounds out of range [:{high}:{max}]"));
            }
        } else if high < 0 || high > cap {
            runtime_error(format!("slice bounds out of range [:{high}] with capacity {cap}"));
        }
        if low < 0 || low > high {
            runtime_error(format!("slice bounds out of range [{low}:{high}]"));
        }
        let new_cap = max.unwrap_or(cap) - low;
        Slice {
            array: self.array.clone(),
            offset: self.offset + low as usize,
            len: (high - low) as usize,
            cap: new_cap as usize,
        }
    }

    /// The address of the first element, for `%p` (0 for a nil slice).
    pub fn data_address(&self) -> usize {
        match &self.array {
            None => 0,
            Some(array) => array.lock().as_ptr() as usize + self.offset * std::mem::size_of::<T>(),
        }
    }

    /// True when both slices view the same backing array from the same start.
    pub fn same_array(&self, other: &Slice<T>) -> bool {
        match (&self.array, &other.array) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// `s[i], s[j] = s[j], s[i]`: swaps two elements (bounds-checked, `i`
    /// first). The lock is held only for the swap itself.
    pub fn swap(&self, i: i64, j: i64) {
        let i = self.element_index(i);
        let j = self.element_index(j);
        let array = self.array.as_ref().expect("non-empty slice has an array");
        array.lock().swap(i, j);
    }

    /// Overwrites the slice's elements with `elements` (as many as both
    /// have), for code that works on a copy of the elements.
    pub(crate) fn store(&self, elements: Vec<T>) {
        if let Some(array) = &self.array {
            let mut target = array.lock();
            for (slot, element) in target[self.offset..self.offset + self.len].iter_mut().zip(elements) {
                *slot = element;
            }
        }
    }

    /// Go's `slices.startIdx`: the index in `self` of `needle`'s first
    /// element, which must be one of `self`'s elements.
    pub(crate) fn start_index(&self, needle: &Slice<T>) -> i64 {
        if self.same_array(needle) && needle.offset >= self.offset && needle.offset < self.offset + self.len {
            return (needle.offset - self.offset) as i64;
        }
        crate::panic::go_panic("needle not found")
    }

    /// Go's `slices.overlaps`: whether the two slices share at least one
    /// element of the same backing array.
    pub(crate) fn overlaps(&self, other: &Slice<T>) -> bool {
        if self.len == 0 || other.len == 0 || !self.same_array(other) || std::mem::size_of::<T>() == 0 {
            return false;
        }
        self.offset < other.offset + other.len && other.offset < self.offset + self.len
    }
}

impl<T: Clone> Slice<T> {
    /// `s[i]`.
    pub fn get(&self, index: i64) -> T {
        self.with(index, T::clone)
    }

    /// The elements as a `Vec` (a copy).
    pub fn to_vec(&self) -> Vec<T> {
        match &self.array {
            None => Vec::new(),
            Some(array) => array.lock()[self.offset..self.offset + self.len].to_vec(),
        }
    }

    /// The elements of an array kept in a slice (because it is sliced), as
    /// an array value.
    pub fn to_array<const N: usize>(&self) -> [T; N] {
        match self.to_vec().try_into() {
            Ok(array) => array,
            Err(_) => panic!("go2rs: an array of length {N} held {} elements", self.len),
        }
    }

    /// Assigns a whole array to an array kept in a slice.
    pub fn assign_array<const N: usize>(&self, values: [T; N]) {
        for (index, value) in values.into_iter().enumerate() {
            self.set(index as i64, value);
        }
    }

    /// `for _, v := range s`: the elements in order. The length is fixed when
    /// the loop starts and each element is read when it is reached, as in Go.
    pub fn values(&self) -> impl Iterator<Item = T> + use<T> {
        let slice = self.clone();
        (0..self.len as i64).map(move |index| slice.get(index))
    }

    /// `for i, v := range s`.
    pub fn entries(&self) -> impl Iterator<Item = (i64, T)> + use<T> {
        let slice = self.clone();
        (0..self.len as i64).map(move |index| (index, slice.get(index)))
    }
}

impl<T: Clone + Default + 'static> Slice<T> {
    /// `clear(s)`: sets every element to its zero value.
    pub fn clear(&self) {
        if let Some(array) = &self.array {
            let mut elements = array.lock();
            for element in &mut elements[self.offset..self.offset + self.len] {
                *element = T::default();
            }
        }
    }

    /// `make([]T, len, cap)`.
    pub fn make(len: i64, cap: i64) -> Self {
        if len < 0 {
            runtime_error("makeslice: len out of range");
        }
        if cap < len {
            runtime_error("makeslice: cap out of range");
        }
        // Each element its own zero value: a sync.Mutex is a handle, and
        // cloning one zero value would make every element the same lock.
        let mut elements = Vec::with_capacity(cap as usize);
        elements.resize_with(cap as usize, T::default);
        Slice {
            array: Some(Arc::new(SpinLock::new(elements))),
            offset: 0,
            len: len as usize,
            cap: cap as usize,
        }
    }
}

impl<T: Clone + Default + GoLayout> Slice<T> {
    /// `append(s, value)`.
    pub fn append(&self, value: T) -> Self {
        self.append_all([value])
    }

    /// `append(s, values...)`: writes into the shared array while the
    /// capacity allows, and copies into a larger array when it does not.
    pub fn append_all(&self, values: impl IntoIterator<Item = T>) -> Self {
        self.append_with(values, Growth::Heap)
    }

    /// `append(s, other...)`.
    pub fn append_slice(&self, other: &Slice<T>) -> Self {
        self.append_all(other.to_vec())
    }

    /// `append(s, values...)` at an append site whose result Go's escape
    /// analysis proves does not escape (Go 1.25+): the first such append of
    /// the function call to an empty slice, when the new length fits,
    /// gets a 32-byte stack buffer as backing array (`cap` = 32 / element
    /// size: 4 for `[]int`, 2 for `[]string`, 32 for `[]byte`); later
    /// growth is `append`'s. `used` is the function call's flag for the
    /// slice variable (false on entry): Go gives each variable's buffer to
    /// its first append site only, once per call.
    pub fn append_stack(&self, values: impl IntoIterator<Item = T>, used: &mut bool) -> Self {
        self.append_with(values, Growth::Stack(used))
    }

    /// `append(s, values...)` for a slice Go builds in a stack buffer and
    /// moves to the heap when it escapes, where the program uses the
    /// capacity (Go 1.26's `growsliceBuf`): while the new length fits in
    /// 32 bytes, the capacity is the new length rounded up to a size
    /// class (1, 2, 3, 4 for `[]int`), else `append`'s growth.
    pub fn append_buffered(&self, values: impl IntoIterator<Item = T>) -> Self {
        self.append_with(values, Growth::Buffer)
    }

    fn append_with(&self, values: impl IntoIterator<Item = T>, growth: Growth<'_>) -> Self {
        let values: Vec<T> = values.into_iter().collect();
        if values.is_empty() {
            return self.clone();
        }
        let new_len = self.len + values.len();
        if new_len <= self.cap {
            let array = self.array.as_ref().expect("capacity implies an array");
            let mut elements = array.lock();
            for (i, value) in values.into_iter().enumerate() {
                elements[self.offset + self.len + i] = value;
            }
            return Slice {
                array: self.array.clone(),
                offset: self.offset,
                len: new_len,
                cap: self.cap,
            };
        }
        let layout = T::go_layout();
        let buffer_len = stack_buffer_len(layout);
        let new_cap = match growth {
            Growth::Stack(used) if !*used && self.len == 0 && buffer_len > 0 && new_len <= buffer_len => {
                *used = true;
                buffer_len
            }
            Growth::Buffer if buffer_len > 0 && new_len <= buffer_len => {
                round_up_size(new_len * layout.size, !layout.pointers) / layout.size
            }
            _ => grown_capacity(layout, self.cap, new_len),
        };
        let mut elements = Vec::with_capacity(new_cap);
        if let Some(array) = &self.array {
            elements.extend_from_slice(&array.lock()[self.offset..self.offset + self.len]);
        }
        elements.extend(values);
        elements.resize_with(new_cap, T::default);
        Slice {
            array: Some(Arc::new(SpinLock::new(elements))),
            offset: 0,
            len: new_len,
            cap: new_cap,
        }
    }
}

/// How an append that outgrows its capacity picks the new one.
enum Growth<'a> {
    /// Go's `growslice`.
    Heap,
    /// The first append into a non-escaping slice's stack buffer.
    Stack(&'a mut bool),
    /// Go's `growsliceBuf`.
    Buffer,
}

/// Go's stack buffer for appends (`VariableMakeThreshold`, 32 bytes), in
/// elements; 0 when the element is empty or larger than the buffer.
fn stack_buffer_len(layout: Layout) -> usize {
    const BUFFER_BYTES: usize = 32;
    if layout.size == 0 || layout.size > BUFFER_BYTES {
        0
    } else {
        BUFFER_BYTES / layout.size
    }
}

impl Slice<u8> {
    /// `[]byte(s)`.
    pub fn from_string(text: &GoString) -> Self {
        Slice::from_vec(text.as_bytes().to_vec())
    }

    /// `string(b)`.
    pub fn to_go_string(&self) -> GoString {
        GoString::from_vec(self.to_vec())
    }

    /// `append(b, s...)` for a string `s`.
    pub fn append_string(&self, text: &GoString) -> Self {
        self.append_all(text.as_bytes().iter().copied())
    }
}

impl Slice<i32> {
    /// `[]rune(s)`.
    pub fn runes_of(text: &GoString) -> Self {
        Slice::from_vec(text.to_runes())
    }

    /// `string(runes)`.
    pub fn runes_to_go_string(&self) -> GoString {
        GoString::from_runes(&self.to_vec())
    }
}

/// `copy(dst, src)`: copies `min(len(dst), len(src))` elements, correctly when
/// the two overlap, and returns the count.
pub fn copy<T: Clone>(dst: &Slice<T>, src: &Slice<T>) -> i64 {
    let count = dst.len.min(src.len);
    if count == 0 {
        return 0;
    }
    let elements = src.to_vec();
    let array = dst.array.as_ref().expect("non-empty slice has an array");
    let mut target = array.lock();
    target[dst.offset..dst.offset + count].clone_from_slice(&elements[..count]);
    count as i64
}

/// `copy(dst, src)` from a string into a byte slice.
pub fn copy_string(dst: &Slice<u8>, src: &GoString) -> i64 {
    let count = dst.len.min(src.as_bytes().len());
    if count == 0 {
        return 0;
    }
    let array = dst.array.as_ref().expect("non-empty slice has an array");
    let mut target = array.lock();
    target[dst.offset..dst.offset + count].copy_from_slice(&src.as_bytes()[..count]);
    count as i64
}

/// The capacity Go's `growslice` picks (Go 1.26's `nextslicecap` and
/// `roundupsize`) for an element of `layout`: double below 256 elements,
/// then grow by about 1.25x, and round the allocation up to a size class.
fn grown_capacity(layout: Layout, old_cap: usize, new_len: usize) -> usize {
    if layout.size == 0 {
        return new_len;
    }
    let new_cap = next_slice_cap(new_len, old_cap);
    let bytes = round_up_size(new_cap * layout.size, !layout.pointers);
    bytes / layout.size
}

/// Go's `nextslicecap`.
fn next_slice_cap(new_len: usize, old_cap: usize) -> usize {
    let mut new_cap = old_cap;
    let double_cap = new_cap + new_cap;
    if new_len > double_cap {
        return new_len;
    }
    const THRESHOLD: usize = 256;
    if old_cap < THRESHOLD {
        return double_cap;
    }
    while new_cap < new_len {
        new_cap += (new_cap + 3 * THRESHOLD) >> 2;
    }
    new_cap
}

const SIZE_CLASSES: [usize; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640,
    704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192,
    9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/// Go's `roundupsize`: the size of the allocation that holds `size` bytes.
fn round_up_size(size: usize, no_pointers: bool) -> usize {
    const MALLOC_HEADER: usize = 8;
    const MAX_SMALL: usize = 32768;
    const PAGE: usize = 8192;
    if size <= MAX_SMALL - MALLOC_HEADER {
        let header = if !no_pointers && size > 512 { MALLOC_HEADER } else { 0 };
        let request = size + header;
        let class = SIZE_CLASSES.iter().copied().find(|&class| class >= request).unwrap_or(MAX_SMALL);
        return class - header;
    }
    (size + PAGE - 1) & !(PAGE - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_shares_while_capacity_allows() {
        let a = Slice::from_vec(vec![1i64, 2, 3, 4]);
        let b = a.slice(1, 2);
        let b = b.append(99);
        assert_eq!(a.to_vec(), vec![1, 2, 99, 4]);
        assert_eq!(b.to_vec(), vec![2, 99]);
        let c = a.append(5);
        c.set(0, 100);
        assert_eq!(a.get(0), 1);
        assert_eq!(c.cap(), 8);
    }

    /// The distinct capacities seen while appending one element at a time,
    /// `n` times, to a nil slice.
    fn caps<T: Clone + Default + GoLayout>(n: usize, element: impl Fn() -> T) -> Vec<i64> {
        let mut s: Slice<T> = Slice::nil();
        let mut caps = Vec::new();
        for _ in 0..n {
            s = s.append(element());
            if caps.last() != Some(&s.cap()) {
                caps.push(s.cap());
            }
        }
        caps
    }

    #[derive(Clone, Default)]
    struct S12 {
        a: i32,
        b: i32,
        c: i32,
    }
    crate::impl_go_struct!(S12, "main.S12", a => "a", b => "b", c => "c");

    #[derive(Clone, Default)]
    struct S24 {
        s: GoString,
        b: bool,
    }
    crate::impl_go_struct!(S24, "main.S24", s => "s", b => "b");

    #[derive(Clone, Default)]
    struct S32 {
        a: i64,
        s: GoString,
        f: f64,
    }
    crate::impl_go_struct!(S32, "main.S32", a => "a", s => "s", f => "f");

    #[derive(Clone, Default)]
    struct S40 {
        s: Slice<i64>,
        x: i64,
        y: i64,
    }
    crate::impl_go_struct!(S40, "main.S40", s => "s", x => "x", y => "y");

    #[derive(Clone, Default)]
    struct B3([u8; 3]);
    crate::impl_go_named!(B3([u8; 3]), "main.B3");

    /// Recorded from Go 1.26: a program appending 3000 times, one element
    /// at a time, to package-level (heap) slices of each type, printing
    /// each new capacity.
    #[test]
    fn growth_matches_go() {
        const N: usize = 3000;
        assert_eq!(caps(N, || 1u8), vec![8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072]);
        assert_eq!(caps(N, || 1i16), vec![4, 8, 16, 32, 64, 128, 256, 512, 896, 1344, 2048, 3072]);
        assert_eq!(caps(N, || 1i32), vec![2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048, 3072]);
        assert_eq!(
            caps(N, || 1i64),
            vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408]
        );
        assert_eq!(
            caps(N, || GoString::from("x")),
            vec![1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023, 1535, 2560, 3584]
        );
        // [][3]int64
        assert_eq!(
            caps(N, <[i64; 3]>::default),
            vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072]
        );
        // []struct{ s string; b bool }
        assert_eq!(
            caps(N, S24::default),
            vec![1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389, 3413]
        );
        // []struct{ a int64; s string; f float64 }
        assert_eq!(
            caps(N, S32::default),
            vec![1, 2, 4, 8, 16, 35, 71, 151, 303, 575, 1023, 1536, 2304, 3072]
        );
        // [][3]byte (a named array type)
        assert_eq!(
            caps(N, B3::default),
            vec![2, 5, 10, 21, 42, 85, 170, 341, 682, 1066, 1621, 2261, 3157]
        );
        // []struct{ a, b, c int32 }
        assert_eq!(
            caps(N, S12::default),
            vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413]
        );
        // [][5]int64
        assert_eq!(
            caps(N, <[i64; 5]>::default),
            vec![1, 2, 4, 8, 16, 32, 67, 134, 272, 544, 1024, 1638, 2252, 3072]
        );
        // []struct{ s []int; x, y int }
        assert_eq!(
            caps(N, S40::default),
            vec![1, 2, 4, 8, 17, 35, 76, 153, 307, 614, 1024, 1638, 2252, 3072]
        );
        assert_eq!(
            caps(N, crate::func::Func::<dyn Fn() + Send + Sync>::nil),
            vec![1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071]
        );
        assert_eq!(
            caps(N, crate::error::Error::nil),
            vec![1, 2, 4, 8, 16, 32, 71, 143, 303, 591, 1023, 1535, 2560, 3584]
        );
        assert_eq!(
            caps(N, Slice::<i64>::nil),
            vec![1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389, 3413]
        );
        assert_eq!(
            caps(N, crate::ptr::Ptr::<i64>::nil),
            vec![1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071]
        );
        assert_eq!(
            caps(N, crate::map::Map::<GoString, i64>::nil),
            vec![1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071]
        );
        // []struct{}: cap is the length
        assert_eq!(caps(5, || ()), vec![1, 2, 3, 4, 5]);
        // m8 = append(m8, 1, 2, 3, 4, 5); then 7 more; then 100 more: caps 6 12 112
        let m8 = Slice::<i64>::nil().append_all([1, 2, 3, 4, 5]);
        assert_eq!(m8.cap(), 6);
        let m8 = m8.append_all(vec![0; 7]);
        assert_eq!(m8.cap(), 12);
        let m8 = m8.append_all(vec![0; 100]);
        assert_eq!(m8.cap(), 112);
        let _ = (S12::default().a, S12::default().b, S12::default().c, S24::default().b);
    }

    /// Go 1.26 with slices its escape analysis keeps on the stack: a local
    /// `var s []int` appended to in a loop and printed only through
    /// `cap(s)` and `len(s)` gives caps 4 4 4 4 8 8 8 8 16 16; `[]string`
    /// 2 2 4 4 8; `[]struct{X, Y int}` 2 2 4 4 8; a 40-byte struct 1 2 4 4
    /// 8; `[]byte` 32 (x32) 64; `append(s, 1, 2, 3)` on nil: 4, then
    /// `append(s, 4, 5)`: 8; `append(t, 1, 2, 3, 4, 5)` on nil: 6. A
    /// slice built and returned by a function that prints `cap(s)` (moved
    /// to the heap on return): 1 2 3 4 8 8 8 8 16 16.
    #[test]
    fn stack_buffer_growth_matches_go() {
        fn stack_caps<T: Clone + Default + GoLayout>(n: usize) -> Vec<i64> {
            let mut used = false;
            let mut s: Slice<T> = Slice::nil();
            (0..n)
                .map(|_| {
                    s = s.append_stack([T::default()], &mut used);
                    s.cap()
                })
                .collect()
        }
        assert_eq!(stack_caps::<i64>(10), vec![4, 4, 4, 4, 8, 8, 8, 8, 16, 16]);
        assert_eq!(stack_caps::<GoString>(5), vec![2, 2, 4, 4, 8]);
        assert_eq!(stack_caps::<[i64; 2]>(5), vec![2, 2, 4, 4, 8]);
        assert_eq!(stack_caps::<[i64; 5]>(5), vec![1, 2, 4, 4, 8]);
        let bytes = stack_caps::<u8>(40);
        assert_eq!((bytes[0], bytes[31], bytes[32]), (32, 32, 64));
        let mut used = false;
        let s = Slice::<i64>::nil().append_stack([1, 2, 3], &mut used);
        assert_eq!(s.cap(), 4);
        assert_eq!(s.append_stack([4, 5], &mut used).cap(), 8);
        let mut used_t = false;
        assert_eq!(Slice::<i64>::nil().append_stack([1, 2, 3, 4, 5], &mut used_t).cap(), 6);
        // The buffer is used once per call: a second emptying and refill grows normally.
        let again = s.slice_to(0).slice3(0, 0, 0).append_stack([1], &mut used);
        assert_eq!(again.cap(), 1);
        let mut b: Slice<i64> = Slice::nil();
        let mut buffered = Vec::new();
        for i in 0..10 {
            b = b.append_buffered([i]);
            buffered.push(b.cap());
        }
        assert_eq!(buffered, vec![1, 2, 3, 4, 8, 8, 8, 8, 16, 16]);
    }

    #[test]
    fn copy_handles_overlap() {
        let s = Slice::from_vec(vec![1, 2, 3, 4, 5]);
        let n = copy(&s.slice_from(1), &s);
        assert_eq!(n, 4);
        assert_eq!(s.to_vec(), vec![1, 1, 2, 3, 4]);
    }
}
