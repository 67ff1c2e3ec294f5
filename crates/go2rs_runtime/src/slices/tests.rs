//! Tests of `slices` against Go 1.26: the expected text is the output of a
//! Go program making the same calls (each line's call is in the comment
//! above it), printed with `fmt.Println(name, len(s), cap(s), s, s[:cap(s)])`.

use super::*;
use crate::fmt::{Value, sprint, sprintln};
use crate::string::GoString;

fn ints(values: &[i64]) -> Slice<i64> {
    Slice::from_vec(values.to_vec())
}

/// `make([]int, len, cap)` holding `values`.
fn with_cap(values: &[i64], cap: i64) -> Slice<i64> {
    let s = Slice::make(values.len() as i64, cap);
    copy(&s, &ints(values));
    s
}

fn show(out: &mut String, name: &str, s: &Slice<i64>) {
    let name = GoString::from(name.to_string());
    let full = s.slice_to(s.cap());
    out.push_str(&sprintln(&[&name, &s.len(), &s.cap(), s, &full]).to_string());
}

fn line(out: &mut String, values: &[&dyn Value]) {
    out.push_str(&sprintln(values).to_string());
}

#[test]
fn slices_functions_match_go() {
    let mut out = String::new();
    // slices.Insert([]int{1, 2, 3, 4}, 1, 8, 9)
    show(&mut out, "insert-grow", &insert(&ints(&[1, 2, 3, 4]), 1, &ints(&[8, 9])));
    // s := make([]int, 4, 10) holding 1 2 3 4; r := slices.Insert(s, 1, 8, 9)
    let s = with_cap(&[1, 2, 3, 4], 10);
    let r = insert(&s, 1, &ints(&[8, 9]));
    show(&mut out, "insert-inplace", &r);
    show(&mut out, "insert-inplace-orig", &s);
    // slices.Insert(s, 1, s[2:4]...)
    let s = with_cap(&[1, 2, 3, 4], 10);
    show(&mut out, "insert-overlap", &insert(&s, 1, &s.slice(2, 4)));
    // slices.Insert([]int{1, 2}, 2, 3)
    show(&mut out, "insert-end", &insert(&ints(&[1, 2]), 2, &ints(&[3])));
    // slices.Delete(s, 1, 3)
    let s = ints(&[0, 1, 2, 3, 4, 5, 6]);
    show(&mut out, "delete", &delete(&s, 1, 3));
    show(&mut out, "delete-orig", &s);
    // slices.DeleteFunc(s, func(x int) bool { return x%2 == 1 })
    let s = ints(&[0, 1, 2, 3, 4, 5, 6]);
    show(&mut out, "deletefunc", &delete_func(&s, |x| x % 2 == 1));
    show(&mut out, "deletefunc-orig", &s);
    // slices.Compact([]int{1, 1, 2, 2, 2, 3, 1, 1})
    let s = ints(&[1, 1, 2, 2, 2, 3, 1, 1]);
    show(&mut out, "compact", &compact(&s));
    show(&mut out, "compact-orig", &s);
    // slices.Replace(s, 1, 4, 9)
    let s = ints(&[0, 1, 2, 3, 4, 5]);
    show(&mut out, "replace-shrink", &replace(&s, 1, 4, &ints(&[9])));
    show(&mut out, "replace-shrink-orig", &s);
    // slices.Replace(s, 1, 2, 7, 8, 9) with room, then without
    let s = with_cap(&[0, 1, 2, 3, 4, 5], 12);
    show(&mut out, "replace-grow-inplace", &replace(&s, 1, 2, &ints(&[7, 8, 9])));
    let s = ints(&[0, 1, 2, 3, 4, 5]);
    show(&mut out, "replace-grow", &replace(&s, 1, 2, &ints(&[7, 8, 9])));
    // slices.Replace(s, 4, 6, 7)
    let s = ints(&[0, 1, 2, 3, 4, 5]);
    show(&mut out, "replace-end", &replace(&s, 4, 6, &ints(&[7])));
    show(&mut out, "replace-end-orig", &s);
    // slices.Replace(s, 1, 2, s[3:6]...)
    let s = with_cap(&[0, 1, 2, 3, 4, 5], 12);
    show(&mut out, "replace-overlap", &replace(&s, 1, 2, &s.slice(3, 6)));
    // slices.Clone(make([]int, n))
    for n in [0, 1, 3, 5, 9, 17] {
        show(&mut out, &format!("clone{n}"), &clone(&Slice::<i64>::make(n, n)));
    }
    // slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil
    line(
        &mut out,
        &[&"clone-nil", &clone(&Slice::<i64>::nil()).is_nil(), &clone(&ints(&[])).is_nil()],
    );
    // slices.Concat([]int{1, 2}, []int{3}, []int{4, 5, 6})
    let parts = Slice::from_vec(vec![ints(&[1, 2]), ints(&[3]), ints(&[4, 5, 6])]);
    show(&mut out, "concat", &concat(&parts));
    let empties = Slice::from_vec(vec![ints(&[]), ints(&[])]);
    line(&mut out, &[&"concat-empty", &concat(&empties).is_nil()]);
    // slices.Repeat([]int{1, 2}, 3), slices.Grow([]int{1, 2}, 5), slices.Clip(make([]int, 2, 5))
    show(&mut out, "repeat", &repeat(&ints(&[1, 2]), 3));
    show(&mut out, "grow", &grow(&ints(&[1, 2]), 5));
    show(&mut out, "clip", &clip(&Slice::<i64>::make(2, 5)));
    // cap(slices.Clone(strs)), slices.Index(strs, "a"), slices.Contains(strs, "z"),
    // slices.IndexFunc(strs, func(s string) bool { return s > "a" })
    let strs = Slice::from_vec(vec![GoString::from("b"), GoString::from("a"), GoString::from("c")]);
    let a = GoString::from("a");
    line(
        &mut out,
        &[
            &"strs",
            &clone(&strs).cap(),
            &index(&strs, &a),
            &contains(&strs, &GoString::from("z")),
            &index_func(&strs, |s| s > a),
        ],
    );
    // slices.Max(f), slices.Min(f) with f = {3, NaN, 1, -0}; slices.Max({1, 2}); slices.Min({0, -0})
    let f = Slice::from_vec(vec![3.0, f64::NAN, 1.0, -0.0]);
    line(
        &mut out,
        &[
            &"maxmin",
            &max(&f),
            &min(&f),
            &max(&Slice::from_vec(vec![1.0, 2.0])),
            &min(&Slice::from_vec(vec![0.0, -0.0])),
        ],
    );
    // slices.MaxFunc(strs, strings.Compare), slices.MinFunc([]int{3, 1, 1, 2}, cmp.Compare[int])
    line(
        &mut out,
        &[
            &"maxfunc",
            &max_func(&strs, |a, b| crate::strings::compare(&a, &b)),
            &min_func(&ints(&[3, 1, 1, 2]), |a, b| crate::cmp::compare(&a, &b)),
        ],
    );
    // slices.BinarySearch(sorted, 5), (sorted, 4), ([]float64{NaN, 1}, NaN)
    let sorted_ints = ints(&[1, 3, 5, 5, 7]);
    let (i, ok) = binary_search(&sorted_ints, &5);
    let (j, ok2) = binary_search(&sorted_ints, &4);
    let (k, ok3) = binary_search(&Slice::from_vec(vec![f64::NAN, 1.0]), &f64::NAN);
    line(&mut out, &[&"bsearch", &i, &ok, &j, &ok2, &k, &ok3]);
    let (bi, bok) = binary_search_func(&sorted_ints, &7i64, |e, t| crate::cmp::compare(&e, &t));
    assert_eq!((bi, bok), (4, true));
    // slices.Equal({NaN}, {NaN}), slices.Equal({1}, {1}), slices.Compare({1, 2}, {1, 2, 3}),
    // slices.Compare({"b"}, {"a", "z"})
    let nan = Slice::from_vec(vec![f64::NAN]);
    let b = Slice::from_vec(vec![GoString::from("b")]);
    let az = Slice::from_vec(vec![GoString::from("a"), GoString::from("z")]);
    line(
        &mut out,
        &[
            &"equal",
            &equal(&nan, &nan),
            &equal(&ints(&[1]), &ints(&[1])),
            &compare(&ints(&[1, 2]), &ints(&[1, 2, 3])),
            &compare(&b, &az),
        ],
    );
    // keys := slices.Collect(maps.Keys(m)) for a map of 5 entries
    let m = crate::map::Map::from_entries([("x", 1i64), ("y", 2), ("z", 3), ("w", 4), ("v", 5)].map(|(k, v)| (GoString::from(k), v)));
    let keys = collect(&crate::maps::keys(&m));
    line(&mut out, &[&"collect", &keys.len(), &keys.cap(), &!keys.is_nil()]);
    // slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m))
    line(
        &mut out,
        &[&"sorted", &sorted(&crate::maps::keys(&m)), &sorted(&crate::maps::values(&m))],
    );
    let empty = crate::map::Map::<i64, i64>::new();
    line(&mut out, &[&"collect-empty", &collect(&crate::maps::keys(&empty)).is_nil()]);
    // for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) { fmt.Print(c, len(c), cap(c), " ") }
    let mut text = String::new();
    for c in chunk(&ints(&[1, 2, 3, 4, 5]), 2) {
        text.push_str(&sprint(&[&c, &c.len(), &c.cap(), &" "]).to_string());
    }
    out.push_str(&text);
    out.push('\n');
    // for i, v := range slices.Backward([]string{"a", "b", "c"}) { fmt.Print(i, v, " ") }
    let letters = Slice::from_vec(vec![GoString::from("a"), GoString::from("b"), GoString::from("c")]);
    for (i, v) in backward(&letters) {
        out.push_str(&sprint(&[&i, &v, &" "]).to_string());
    }
    out.push('\n');
    // slices.Sort(fs) for {2, NaN, -1, 0, -0, NaN, 1}
    let fs = Slice::from_vec(vec![2.0, f64::NAN, -1.0, 0.0, -0.0, f64::NAN, 1.0]);
    sort(&fs);
    line(&mut out, &[&"sortfloat", &fs, &is_sorted(&fs)]);
    let rev = ints(&[1, 2, 3, 4, 5]);
    reverse(&rev);
    line(&mut out, &[&"reverse", &rev]);
    // fmt.Printf("%T %T\n", maps.Keys(m), maps.All(m))
    out.push_str(&crate::fmt::sprintf("%T %T\n", &[&crate::maps::keys(&m), &crate::maps::all(&m)]).to_string());
    let want = r#"insert-grow 6 8 [1 8 9 2 3 4] [1 8 9 2 3 4 0 0]
insert-inplace 6 10 [1 8 9 2 3 4] [1 8 9 2 3 4 0 0 0 0]
insert-inplace-orig 4 10 [1 8 9 2] [1 8 9 2 3 4 0 0 0 0]
insert-overlap 6 10 [1 3 4 2 3 4] [1 3 4 2 3 4 0 0 0 0]
insert-end 3 4 [1 2 3] [1 2 3 0]
delete 5 7 [0 3 4 5 6] [0 3 4 5 6 0 0]
delete-orig 7 7 [0 3 4 5 6 0 0] [0 3 4 5 6 0 0]
deletefunc 4 7 [0 2 4 6] [0 2 4 6 0 0 0]
deletefunc-orig 7 7 [0 2 4 6 0 0 0] [0 2 4 6 0 0 0]
compact 4 8 [1 2 3 1] [1 2 3 1 0 0 0 0]
compact-orig 8 8 [1 2 3 1 0 0 0 0] [1 2 3 1 0 0 0 0]
replace-shrink 4 6 [0 9 4 5] [0 9 4 5 0 0]
replace-shrink-orig 6 6 [0 9 4 5 0 0] [0 9 4 5 0 0]
replace-grow-inplace 8 12 [0 7 8 9 2 3 4 5] [0 7 8 9 2 3 4 5 0 0 0 0]
replace-grow 8 12 [0 7 8 9 2 3 4 5] [0 7 8 9 2 3 4 5 0 0 0 0]
replace-end 5 6 [0 1 2 3 7] [0 1 2 3 7 0]
replace-end-orig 6 6 [0 1 2 3 7 0] [0 1 2 3 7 0]
replace-overlap 8 12 [0 3 4 5 2 3 4 5] [0 3 4 5 2 3 4 5 0 0 0 0]
clone0 0 0 [] []
clone1 1 1 [0] [0]
clone3 3 3 [0 0 0] [0 0 0]
clone5 5 6 [0 0 0 0 0] [0 0 0 0 0 0]
clone9 9 10 [0 0 0 0 0 0 0 0 0] [0 0 0 0 0 0 0 0 0 0]
clone17 17 18 [0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0] [0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0]
clone-nil true false
concat 6 6 [1 2 3 4 5 6] [1 2 3 4 5 6]
concat-empty true
repeat 6 6 [1 2 1 2 1 2] [1 2 1 2 1 2]
grow 2 8 [1 2] [1 2 0 0 0 0 0 0]
clip 2 2 [0 0] [0 0]
strs 3 1 false 0
maxmin NaN NaN 2 -0
maxfunc c 1
bsearch 2 true 2 false 0 true
equal false true -1 1
collect 5 8 true
sorted [v w x y z] [1 2 3 4 5]
collect-empty true
[1 2] 2 2 [3 4] 2 2 [5] 1 1 
2c 1b 0a 
sortfloat [NaN NaN -1 0 -0 1 2] true
reverse [5 4 3 2 1]
iter.Seq[string] iter.Seq2[string,int]
"#;
    assert_eq!(out, want);
}

#[test]
fn max_of_empty_panics_as_go() {
    let result = std::panic::catch_unwind(|| max(&Slice::<i64>::nil()));
    let payload = result.unwrap_err();
    let message = &payload.downcast_ref::<crate::panic::GoPanic>().unwrap().message;
    assert_eq!(message, "slices.Max: empty list");
}

#[test]
fn values_reads_elements_when_reached() {
    let s = ints(&[1, 2, 3]);
    let seq = values(&s);
    let mut seen = Vec::new();
    seq.call(|v| {
        s.set(2, 30);
        seen.push(v);
        true
    });
    // for v := range slices.Values(s) { s[2] = 30; ... } sees 1 2 30
    assert_eq!(seen, vec![1, 2, 30]);
    assert!(equal_func(&s, &ints(&[1, 2, 30]), |a, b| a == b));
    assert!(contains_func(&s, |v| v == 30));
    assert!(is_sorted_func(&s, |a, b| a - b));
    let mut total = 0;
    for (i, v) in all(&s) {
        total += i * v;
    }
    assert_eq!(total, 62);
    let appended = append_seq(&ints(&[0]), &seq);
    assert_eq!(appended.to_vec(), vec![0, 1, 2, 30]);
    let words = Slice::from_vec(vec![GoString::from("bb"), GoString::from("a")]);
    let by_len = sorted_func(&values(&words), |a, b| a.len() - b.len());
    assert_eq!(by_len.to_vec(), vec![GoString::from("a"), GoString::from("bb")]);
    let stable_sorted = sorted_stable_func(&values(&words), |a, b| a.len() - b.len());
    assert_eq!(stable_sorted.len(), 2);
    assert_eq!(compare_func(&s, &s, |a, b| a - b), 0);
    assert_eq!(compact_func(&ints(&[1, 1, 2]), |a, b| a == b).to_vec(), vec![1, 2]);
}
