//! Tests of `sort` against Go 1.26. The expected rows were printed by a Go
//! program that sorts the same generated inputs (elements `(key, index)`,
//! keys from the same LCG) with `sort.Sort` and `sort.Stable` on a
//! `sort.Interface` counting its `Less` and `Swap` calls, `sort.Slice` /
//! `sort.SliceStable` counting `less` calls, and `slices.SortFunc` /
//! `slices.SortStableFunc` counting `cmp` calls; each row is
//! `(n, pattern, m, calls..., FNV-1a hash of the indices after sorting)`.
//! Equal counts and hashes mean the same algorithm, step by step.

use super::*;

fn generate(n: i64, pattern: &str, m: u64) -> Vec<(i64, i64)> {
    let mut x: u64 = 42;
    (0..n)
        .map(|i| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let key = match pattern {
                "random" => ((x >> 33) % m) as i64,
                "asc" => i / 3,
                "desc" => (n - i) / 3,
                "organ" => i.min(n - i),
                "saw" => i % 17,
                "nearly" => {
                    if i % 50 == 7 {
                        ((x >> 33) % n as u64) as i64
                    } else {
                        i
                    }
                }
                _ => unreachable!(),
            };
            (key, i)
        })
        .collect()
}

fn hash(elements: &[(i64, i64)]) -> u64 {
    let mut h: u64 = 14695981039346656037;
    for &(_, index) in elements {
        h = (h ^ index as u64).wrapping_mul(1099511628211);
    }
    h
}

// sort.Sort(byKey{s, &less, &swaps}): (n, pattern, m, less, swaps, hash)
#[rustfmt::skip]
const SORT: [(i64, &str, u64, i64, i64, u64); 12] = [
    (10, "random", 3, 20, 12, 0xf3cdef4a2c7423f6),
    (13, "random", 4, 35, 15, 0x4c224abc80f3e20d),
    (50, "random", 5, 175, 33, 0x9fbc60494688f2be),
    (100, "random", 10, 522, 103, 0xf269cac1d3f7662f),
    (1000, "random", 50, 7506, 1471, 0x6d2f802c1b87dc91),
    (1000, "random", 1000000, 10215, 3502, 0x38a5dedaa75f47ab),
    (200, "asc", 0, 211, 0, 0x43cfa8023695d3bd),
    (200, "desc", 0, 950, 276, 0x9327cd6e6b3562d3),
    (300, "nearly", 0, 1468, 620, 0x8e050b45d794eafb),
    (5000, "random", 2, 12610, 1263, 0x30f99ba03ae9f73b),
    (1000, "organ", 0, 9690, 3331, 0x4354304d249c9831),
    (1000, "saw", 0, 5763, 1077, 0x2254afcc2d1d7e61),
];

// sort.Stable(byKey{s, &less, &swaps})
#[rustfmt::skip]
const STABLE: [(i64, &str, u64, i64, i64, u64); 12] = [
    (10, "random", 3, 20, 12, 0xf3cdef4a2c7423f6),
    (13, "random", 4, 42, 31, 0xee224dbead10da87),
    (50, "random", 5, 269, 262, 0xb9f2a06a4325af4c),
    (100, "random", 10, 748, 874, 0x8e1514d5c2a4f08b),
    (1000, "random", 50, 11409, 18980, 0xf2ed1e1e314eb995),
    (1000, "random", 1000000, 12468, 19712, 0x38a5dedaa75f47ab),
    (200, "asc", 0, 246, 0, 0x43cfa8023695d3bd),
    (200, "desc", 0, 1963, 2577, 0x3e014f122f2baf4b),
    (300, "nearly", 0, 554, 540, 0x8e050b45d794eafb),
    (5000, "random", 2, 23765, 35383, 0x18153b9783d1e39d),
    (1000, "organ", 0, 7208, 9929, 0xc5e5ebb45a0efd9),
    (1000, "saw", 0, 9662, 16140, 0xba4749b563cfaed7),
];

// sort.Slice(s, func(i, j int) bool { less++; return s[i].key < s[j].key }): (n, pattern, m, less, hash)
#[rustfmt::skip]
const SLICE: [(i64, &str, u64, i64, u64); 12] = [
    (10, "random", 3, 20, 0xf3cdef4a2c7423f6),
    (13, "random", 4, 35, 0x4c224abc80f3e20d),
    (50, "random", 5, 175, 0x9fbc60494688f2be),
    (100, "random", 10, 522, 0xf269cac1d3f7662f),
    (1000, "random", 50, 7506, 0x6d2f802c1b87dc91),
    (1000, "random", 1000000, 10215, 0x38a5dedaa75f47ab),
    (200, "asc", 0, 211, 0x43cfa8023695d3bd),
    (200, "desc", 0, 950, 0x9327cd6e6b3562d3),
    (300, "nearly", 0, 1468, 0x8e050b45d794eafb),
    (5000, "random", 2, 12610, 0x30f99ba03ae9f73b),
    (1000, "organ", 0, 9690, 0x4354304d249c9831),
    (1000, "saw", 0, 5763, 0x2254afcc2d1d7e61),
];

// sort.SliceStable(s, same less)
#[rustfmt::skip]
const SLICE_STABLE: [(i64, &str, u64, i64, u64); 12] = [
    (10, "random", 3, 20, 0xf3cdef4a2c7423f6),
    (13, "random", 4, 42, 0xee224dbead10da87),
    (50, "random", 5, 269, 0xb9f2a06a4325af4c),
    (100, "random", 10, 748, 0x8e1514d5c2a4f08b),
    (1000, "random", 50, 11409, 0xf2ed1e1e314eb995),
    (1000, "random", 1000000, 12468, 0x38a5dedaa75f47ab),
    (200, "asc", 0, 246, 0x43cfa8023695d3bd),
    (200, "desc", 0, 1963, 0x3e014f122f2baf4b),
    (300, "nearly", 0, 554, 0x8e050b45d794eafb),
    (5000, "random", 2, 23765, 0x18153b9783d1e39d),
    (1000, "organ", 0, 7208, 0xc5e5ebb45a0efd9),
    (1000, "saw", 0, 9662, 0xba4749b563cfaed7),
];

// slices.SortFunc(s, func(a, b elem) int { calls++; return cmp.Compare(a.key, b.key) })
#[rustfmt::skip]
const SORT_FUNC: [(i64, &str, u64, i64, u64); 12] = [
    (10, "random", 3, 20, 0xf3cdef4a2c7423f6),
    (13, "random", 4, 35, 0x4c224abc80f3e20d),
    (50, "random", 5, 175, 0x9fbc60494688f2be),
    (100, "random", 10, 522, 0xf269cac1d3f7662f),
    (1000, "random", 50, 7506, 0x6d2f802c1b87dc91),
    (1000, "random", 1000000, 10215, 0x38a5dedaa75f47ab),
    (200, "asc", 0, 211, 0x43cfa8023695d3bd),
    (200, "desc", 0, 950, 0x9327cd6e6b3562d3),
    (300, "nearly", 0, 1468, 0x8e050b45d794eafb),
    (5000, "random", 2, 12610, 0x30f99ba03ae9f73b),
    (1000, "organ", 0, 9690, 0x4354304d249c9831),
    (1000, "saw", 0, 5763, 0x2254afcc2d1d7e61),
];

// slices.SortStableFunc(s, same cmp)
#[rustfmt::skip]
const SORT_STABLE_FUNC: [(i64, &str, u64, i64, u64); 12] = [
    (10, "random", 3, 20, 0xf3cdef4a2c7423f6),
    (13, "random", 4, 42, 0xee224dbead10da87),
    (50, "random", 5, 269, 0xb9f2a06a4325af4c),
    (100, "random", 10, 748, 0x8e1514d5c2a4f08b),
    (1000, "random", 50, 11409, 0xf2ed1e1e314eb995),
    (1000, "random", 1000000, 12468, 0x38a5dedaa75f47ab),
    (200, "asc", 0, 246, 0x43cfa8023695d3bd),
    (200, "desc", 0, 1963, 0x3e014f122f2baf4b),
    (300, "nearly", 0, 554, 0x8e050b45d794eafb),
    (5000, "random", 2, 23765, 0x18153b9783d1e39d),
    (1000, "organ", 0, 7208, 0xc5e5ebb45a0efd9),
    (1000, "saw", 0, 9662, 0xba4749b563cfaed7),
];

#[test]
fn sort_interface_matches_go_step_by_step() {
    for (n, pattern, m, want_less, want_swaps, want_hash) in SORT {
        let s = Slice::from_vec(generate(n, pattern, m));
        let (mut less_calls, mut swap_calls) = (0, 0);
        sort_by(
            s.len(),
            |i, j| {
                less_calls += 1;
                s.get(i).0 < s.get(j).0
            },
            |i, j| {
                swap_calls += 1;
                s.swap(i, j)
            },
        );
        assert_eq!(
            (less_calls, swap_calls, hash(&s.to_vec())),
            (want_less, want_swaps, want_hash),
            "sort.Sort {n} {pattern}"
        );
    }
    for (n, pattern, m, want_less, want_swaps, want_hash) in STABLE {
        let s = Slice::from_vec(generate(n, pattern, m));
        let (mut less_calls, mut swap_calls) = (0, 0);
        stable_by(
            s.len(),
            |i, j| {
                less_calls += 1;
                s.get(i).0 < s.get(j).0
            },
            |i, j| {
                swap_calls += 1;
                s.swap(i, j)
            },
        );
        assert_eq!(
            (less_calls, swap_calls, hash(&s.to_vec())),
            (want_less, want_swaps, want_hash),
            "sort.Stable {n} {pattern}"
        );
    }
}

#[test]
fn sort_slice_matches_go_step_by_step() {
    for (n, pattern, m, want_less, want_hash) in SLICE {
        let s = Slice::from_vec(generate(n, pattern, m));
        let mut calls = 0;
        // The closure reads the slice being sorted, as Go's does.
        slice(&s, |i, j| {
            calls += 1;
            s.get(i).0 < s.get(j).0
        });
        assert_eq!((calls, hash(&s.to_vec())), (want_less, want_hash), "sort.Slice {n} {pattern}");
        assert!(slice_is_sorted(&s, |i, j| s.get(i).0 < s.get(j).0));
    }
    for (n, pattern, m, want_less, want_hash) in SLICE_STABLE {
        let s = Slice::from_vec(generate(n, pattern, m));
        let mut calls = 0;
        slice_stable(&s, |i, j| {
            calls += 1;
            s.get(i).0 < s.get(j).0
        });
        assert_eq!((calls, hash(&s.to_vec())), (want_less, want_hash), "sort.SliceStable {n} {pattern}");
    }
}

#[test]
fn slices_sort_func_matches_go_step_by_step() {
    for (n, pattern, m, want_calls, want_hash) in SORT_FUNC {
        let s = Slice::from_vec(generate(n, pattern, m));
        let mut calls = 0;
        crate::slices::sort_func(&s, |a: (i64, i64), b: (i64, i64)| {
            calls += 1;
            crate::cmp::compare(&a.0, &b.0)
        });
        assert_eq!((calls, hash(&s.to_vec())), (want_calls, want_hash), "slices.SortFunc {n} {pattern}");
    }
    for (n, pattern, m, want_calls, want_hash) in SORT_STABLE_FUNC {
        let s = Slice::from_vec(generate(n, pattern, m));
        let mut calls = 0;
        crate::slices::sort_stable_func(&s, |a: (i64, i64), b: (i64, i64)| {
            calls += 1;
            crate::cmp::compare(&a.0, &b.0)
        });
        assert_eq!(
            (calls, hash(&s.to_vec())),
            (want_calls, want_hash),
            "slices.SortStableFunc {n} {pattern}"
        );
    }
}

/// Go's `%v` of a float64 for the values of the test: `-0`, `NaN`, integers.
fn show(values: &[f64]) -> String {
    let parts: Vec<String> = values
        .iter()
        .map(|v| {
            if v.is_nan() {
                "NaN".to_string()
            } else if *v == 0.0 && v.is_sign_negative() {
                "-0".to_string()
            } else {
                format!("{v}")
            }
        })
        .collect();
    format!("[{}]", parts.join(" "))
}

#[test]
fn float64s_order_nans_and_signed_zeros_as_go() {
    let mut x: u64 = 7;
    let mut values = Vec::new();
    for _ in 0..40 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        values.push(match (x >> 33) % 5 {
            0 => 0.0,
            1 => -0.0,
            2 => f64::NAN,
            _ => ((x >> 40) % 7) as f64 - 3.0,
        });
    }
    // fmt.Println(g) before and after sort.Float64s(g)
    assert_eq!(
        show(&values),
        "[-3 -0 -2 3 0 -1 1 1 -1 -0 0 0 NaN 0 1 NaN 0 0 -0 -0 -0 -1 3 2 0 2 0 0 0 NaN NaN NaN 0 0 -2 1 -3 NaN NaN NaN]"
    );
    let s = Slice::from_vec(values);
    float64s(&s);
    assert_eq!(
        show(&s.to_vec()),
        "[NaN NaN NaN NaN NaN NaN NaN NaN -3 -3 -2 -2 -1 -1 -1 0 0 0 -0 -0 -0 -0 0 0 0 0 0 0 0 0 0 -0 1 1 1 1 2 2 3 3]"
    );
    assert!(float64s_are_sorted(&s));
}

#[test]
fn search_functions() {
    // sort.SearchInts([]int{1, 3, 5, 7}, 5) == 2; sort.SearchInts(..., 8) == 4
    let a = Slice::from_vec(vec![1i64, 3, 5, 7]);
    assert_eq!(search_ints(&a, 5), 2);
    assert_eq!(search_ints(&a, 8), 4);
    assert_eq!(search(100, |i| i * i >= 50), 8);
    assert_eq!(find(4, |i| crate::cmp::compare(&5, &a.get(i))), (2, true));
    assert_eq!(find(4, |i| crate::cmp::compare(&4, &a.get(i))), (2, false));
    let f = Slice::from_vec(vec![1.0, 2.5, 4.0]);
    assert_eq!(search_float64s(&f, 2.5), 1);
    let words = Slice::from_vec(vec![GoString::from("a"), GoString::from("c")]);
    assert_eq!(search_strings(&words, &GoString::from("b")), 1);
    let ints = IntSlice(Slice::from_vec(vec![3, 1, 2]));
    // sort.Sort(sort.Reverse(sort.IntSlice(x)))
    sort_by(ints.len(), |i, j| ints.less(j, i), |i, j| ints.swap(i, j));
    assert_eq!(ints.0.to_vec(), vec![3, 2, 1]);
    ints.sort();
    assert_eq!(crate::fmt::sprintf("%v %T", &[&ints, &ints]), "[1 2 3] sort.IntSlice");
    assert!(is_sorted_by(ints.len(), |i, j| ints.less(i, j)));
}

#[test]
fn a_panicking_less_leaves_the_swaps_done() {
    let s = Slice::from_vec(vec![(3i64, 0i64), (1, 1), (2, 2)]);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut calls = 0;
        crate::slices::sort_func(&s, |a: (i64, i64), b: (i64, i64)| {
            calls += 1;
            if calls == 2 {
                panic!("stop");
            }
            a.0 - b.0
        })
    }));
    assert!(result.is_err());
    // insertion sort: cmp(1, 3) < 0 swaps, then the second call panics.
    assert_eq!(s.to_vec(), vec![(1, 1), (3, 0), (2, 2)]);
}
