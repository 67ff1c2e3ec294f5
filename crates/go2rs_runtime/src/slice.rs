//! Go slices: views (offset, length, capacity) into a shared backing array,
//! with Go's aliasing, `append` growth and bounds checks.

use std::any::TypeId;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::panic::runtime_error;
use crate::string::GoString;

/// A Go slice `[]T`. Cloning copies the slice header, not the elements: two
/// clones share their backing array, as two Go slices do.
pub struct Slice<T> {
    array: Option<Arc<Mutex<Vec<T>>>>,
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
            array: Some(Arc::new(Mutex::new(elements))),
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

    /// Runs `f` on the element at `index` (`s[i].field = v`, `s[i] += 1`).
    pub fn with_mut<R>(&self, index: i64, f: impl FnOnce(&mut T) -> R) -> R {
        let position = self.element_index(index);
        let array = self.array.as_ref().expect("non-empty slice has an array");
        f(&mut lock(array)[position])
    }

    /// Runs `f` on the element at `index` without copying it.
    pub fn with<R>(&self, index: i64, f: impl FnOnce(&T) -> R) -> R {
        let position = self.element_index(index);
        let array = self.array.as_ref().expect("non-empty slice has an array");
        f(&lock(array)[position])
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
            Some(array) => lock(array).as_ptr() as usize + self.offset * std::mem::size_of::<T>(),
        }
    }

    /// True when both slices view the same backing array from the same start.
    pub fn same_array(&self, other: &Slice<T>) -> bool {
        match (&self.array, &other.array) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
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
            Some(array) => lock(array)[self.offset..self.offset + self.len].to_vec(),
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
            let mut elements = lock(array);
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
            array: Some(Arc::new(Mutex::new(elements))),
            offset: 0,
            len: len as usize,
            cap: cap as usize,
        }
    }

    /// `append(s, value)`.
    pub fn append(&self, value: T) -> Self {
        self.append_all([value])
    }

    /// `append(s, values...)`: writes into the shared array while the
    /// capacity allows, and copies into a larger array when it does not.
    pub fn append_all(&self, values: impl IntoIterator<Item = T>) -> Self {
        let values: Vec<T> = values.into_iter().collect();
        if values.is_empty() {
            return self.clone();
        }
        let new_len = self.len + values.len();
        if new_len <= self.cap {
            let array = self.array.as_ref().expect("capacity implies an array");
            let mut elements = lock(array);
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
        let new_cap = grown_capacity::<T>(self.len, self.cap, new_len);
        let mut elements = Vec::with_capacity(new_cap);
        if let Some(array) = &self.array {
            elements.extend_from_slice(&lock(array)[self.offset..self.offset + self.len]);
        }
        elements.extend(values);
        elements.resize_with(new_cap, T::default);
        Slice {
            array: Some(Arc::new(Mutex::new(elements))),
            offset: 0,
            len: new_len,
            cap: new_cap,
        }
    }

    /// `append(s, other...)`.
    pub fn append_slice(&self, other: &Slice<T>) -> Self {
        self.append_all(other.to_vec())
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
    let mut target = lock(array);
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
    let mut target = lock(array);
    target[dst.offset..dst.offset + count].copy_from_slice(&src.as_bytes()[..count]);
    count as i64
}

/// Go's size and "contains no pointers" flag for an element type, which
/// decide how `append` rounds a new capacity up to an allocation size class.
fn go_element_layout<T: 'static>() -> (usize, bool) {
    if TypeId::of::<T>() == TypeId::of::<GoString>() {
        return (16, false);
    }
    let size = std::mem::size_of::<T>();
    (size, !std::mem::needs_drop::<T>())
}

/// The capacity Go's `growslice` picks (Go 1.20 and later), including the
/// rounding up to the allocator's size classes.
fn grown_capacity<T: 'static>(old_len: usize, old_cap: usize, new_len: usize) -> usize {
    let _ = old_len;
    let mut new_cap = old_cap;
    let double_cap = new_cap + new_cap;
    if new_len > double_cap {
        new_cap = new_len;
    } else {
        const THRESHOLD: usize = 256;
        if old_cap < THRESHOLD {
            new_cap = double_cap;
        } else {
            while new_cap < new_len {
                new_cap += (new_cap + 3 * THRESHOLD) >> 2;
            }
        }
    }
    let (element_size, no_pointers) = go_element_layout::<T>();
    if element_size == 0 {
        return new_cap.max(new_len);
    }
    let bytes = round_up_size(new_cap * element_size, no_pointers);
    (bytes / element_size).max(new_len)
}

const SIZE_CLASSES: [usize; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
    9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768,
];

/// Go's `roundupsize`: the size of the allocation that holds `size` bytes.
fn round_up_size(size: usize, no_pointers: bool) -> usize {
    const MALLOC_HEADER: usize = 8;
    const MAX_SMALL: usize = 32768;
    const PAGE: usize = 8192;
    if size <= MAX_SMALL - MALLOC_HEADER {
        let header = if !no_pointers && size > 512 { MALLOC_HEADER } else { 0 };
        let request = size + header;
        let class = SIZE_CLASSES
            .iter()
            .copied()
            .find(|&class| class >= request)
            .unwrap_or(MAX_SMALL);
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

    #[test]
    fn growth_matches_go() {
        let mut s: Slice<i64> = Slice::nil();
        let mut caps = Vec::new();
        for i in 0..2000 {
            s = s.append(i);
            if caps.last() != Some(&s.cap()) {
                caps.push(s.cap());
            }
        }
        // Recorded from Go 1.26 for a slice that lives on the heap (a global
        // appended 2000 times). Go 1.25+ gives a non-escaping slice a 32-byte
        // stack buffer on its first append, which this runtime does not model.
        assert_eq!(caps, vec![1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]);
        let mut b: Slice<u8> = Slice::nil();
        b = b.append(1);
        assert_eq!(b.cap(), 8);
    }

    #[test]
    fn copy_handles_overlap() {
        let s = Slice::from_vec(vec![1, 2, 3, 4, 5]);
        let n = copy(&s.slice_from(1), &s);
        assert_eq!(n, 4);
        assert_eq!(s.to_vec(), vec![1, 1, 2, 3, 4]);
    }
}
