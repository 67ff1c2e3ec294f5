//! Go's `sort` package (the functions on slices of basic types).

use crate::slice::Slice;
use crate::string::GoString;

fn sort_by<T: Clone>(slice: &Slice<T>, compare: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    let mut elements = slice.to_vec();
    elements.sort_by(compare);
    for (index, element) in elements.into_iter().enumerate() {
        slice.set(index as i64, element);
    }
}

/// `sort.Ints(x)`.
pub fn ints(x: &Slice<i64>) {
    sort_by(x, |a, b| a.cmp(b));
}

/// `sort.Strings(x)`.
pub fn strings(x: &Slice<GoString>) {
    sort_by(x, |a, b| a.cmp(b));
}

/// `sort.Float64s(x)`: NaNs first, as Go orders them.
pub fn float64s(x: &Slice<f64>) {
    sort_by(x, |a, b| match (a.is_nan(), b.is_nan()) {
        (true, true) => std::cmp::Ordering::Equal,
        (true, false) => std::cmp::Ordering::Less,
        (false, true) => std::cmp::Ordering::Greater,
        _ => a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal),
    });
}

/// `sort.IntsAreSorted(x)`.
pub fn ints_are_sorted(x: &Slice<i64>) -> bool {
    x.to_vec().is_sorted()
}

/// `sort.StringsAreSorted(x)`.
pub fn strings_are_sorted(x: &Slice<GoString>) -> bool {
    x.to_vec().is_sorted()
}

/// `sort.SearchInts(a, x)`: the first index whose element is >= x.
pub fn search_ints(a: &Slice<i64>, x: i64) -> i64 {
    a.to_vec().partition_point(|element| *element < x) as i64
}

/// `sort.SearchStrings(a, x)`.
pub fn search_strings(a: &Slice<GoString>, x: &GoString) -> i64 {
    a.to_vec().partition_point(|element| element < x) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_in_place_through_the_shared_array() {
        let all = Slice::from_vec(vec![5i64, 3, 9, 1]);
        ints(&all.slice(1, 4));
        assert_eq!(all.to_vec(), vec![5, 1, 3, 9]);
        assert_eq!(search_ints(&Slice::from_vec(vec![1, 3, 5]), 4), 2);
        let nan = Slice::from_vec(vec![2.0, f64::NAN, 1.0]);
        float64s(&nan);
        assert!(nan.get(0).is_nan());
        assert_eq!(nan.get(1), 1.0);
    }
}
