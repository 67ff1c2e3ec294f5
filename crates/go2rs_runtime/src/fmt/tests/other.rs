//! Hand-written tests: addresses, error wrapping, panic texts, durations,
//! the float sweep. Expected texts come from Go 1.26 runs (the Go code is in
//! the comments).

use super::prelude::*;
use crate::fmt::{Kind, Printer, Value, panic_text};

/// Checks `text` is `prefix`, a Go-style address, then `suffix`.
fn assert_address(text: &GoString, prefix: &str, suffix: &str, hex: bool) {
    let text = text.to_std_string();
    assert!(text.starts_with(prefix), "{text:?} should start with {prefix:?}");
    assert!(text.ends_with(suffix), "{text:?} should end with {suffix:?}");
    let middle = &text[prefix.len()..text.len() - suffix.len()];
    let digits = if hex {
        middle.strip_prefix("0x").unwrap_or_else(|| panic!("{text:?}: no 0x"))
    } else {
        middle
    };
    let radix = if hex { 16 } else { 10 };
    let value = u64::from_str_radix(digits, radix).unwrap_or_else(|_| panic!("{text:?}: bad address {middle:?}"));
    assert_ne!(value, 0, "{text:?}");
}

#[test]
fn pointers_print_addresses() {
    let inner = Ptr::new(Inner { a: 2, b: gs("y") });
    let address = inner.address();
    // fmt.Sprintf("%p", &x) == fmt.Sprintf("%v", []*int{&x})[1:len-1]: 0xc000012345
    assert_eq!(sf!("%p", inner.clone()), GoString::from(format!("{address:#x}")));
    assert_eq!(sf!("%#p", inner.clone()), GoString::from(format!("{address:x}")));
    // fmt.Sprintf("%d", []*Inner{p}) == "[824633794640]"; of p itself "&{2 %!d(string=y)}"
    assert_eq!(sf!("%d", sl![inner.clone()]), GoString::from(format!("[{address}]")));
    assert_eq!(sf!("%d", inner.clone()), "&{2 %!d(string=y)}");
    // fmt.Sprintf("%v", []*int{&x}) == "[0xc000012345]"
    assert_eq!(sf!("%v", sl![inner.clone()]), GoString::from(format!("[{address:#x}]")));
    // fmt.Sprintf("%v", &x) for x int: an address
    assert_address(&sf!("%v", Ptr::new(5i64)), "", "", true);
    // fmt.Sprintf("%v", Outer{Ptr: &Inner{2, "y"}}) == "{{0 } 0xc000010018 [] map[] <nil>}"
    let outer = Outer {
        ptr: inner.clone(),
        ..Default::default()
    };
    assert_address(&sf!("%v", outer.clone()), "{{0 } ", " [] map[] <nil>}", true);
    // fmt.Sprintf("%#v", Outer{Ptr: &Inner{2, "y"}})
    //   == `main.Outer{In:main.Inner{A:0, B:""}, Ptr:(*main.Inner)(0xc000010018), S:[]int(nil), M:map[string]int(nil), E:error(nil)}`
    assert_address(
        &sf!("%#v", outer),
        "main.Outer{In:main.Inner{A:0, B:\"\"}, Ptr:(*main.Inner)(",
        "), S:[]int(nil), M:map[string]int(nil), E:error(nil)}",
        true,
    );
    // fmt.Sprintf("%s", &name) for type Name string: "%!s(*main.Name=0xc000014070)"
    assert_address(&sf!("%s", Ptr::new(Name(gs("x")))), "%!s(*main.Name=", ")", true);
    // fmt.Sprintf("%s", []*P{{1, 2, "a"}}) == "[%!s(*main.P=&{1 2 a})]"
    assert_eq!(sf!("%s", sl![Ptr::new(p(1, 2, "a"))]), "[%!s(*main.P=&{1 2 a})]");
    // fmt.Sprintf("%x", []*P{nil}) == "[0]"
    assert_eq!(sf!("%x", sl![nil_p()]), "[0]");
}

#[test]
fn slices_and_maps_print_addresses_under_p() {
    let s = sl![1i64, 2, 3];
    let first = s.data_address();
    // fmt.Sprintf("%p", s) is the address of s[0]; of s[1:] 8 bytes further
    assert_eq!(sf!("%p", s.clone()), GoString::from(format!("{first:#x}")));
    assert_eq!(sf!("%p", s.slice_from(1)), GoString::from(format!("{:#x}", first + 8)));
    // fmt.Sprintf("%p %p", []int(nil), map[string]int(nil)) == "0x0 0x0"
    assert_eq!(sf!("%p %p", Slice::<i64>::nil(), Map::<GoString, i64>::nil()), "0x0 0x0");
    let m: Map<GoString, i64> = Map::new();
    assert_address(&sf!("%p", m), "", "", true);
    // fmt.Sprintf("%p", errors.New("x")): the *errorString's address
    assert_address(&sf!("%p", errors::new("x")), "", "", true);
}

#[test]
fn unexported_error_fields_print_their_pointer() {
    // fmt.Sprint(WithErr{err: errors.New("x")}) == "{<nil> 0xc000014070}"
    let value = WithErr {
        err_pub: nil_err(),
        err: errors::new("x"),
    };
    assert_address(&sp!(value), "{<nil> ", "}", true);
    // fmt.Sprintf("%d", fmt.Errorf("w: %w", errors.New("x"))) == "&{%!d(string=w: x) 824633794640}"
    assert_address(&sf!("%d", ef!("w: %w", errors::new("x"))), "&{%!d(string=w: x) ", "}", false);
    // fmt.Sprintf("%#v", fmt.Errorf("w: %w", errors.New("x")))
    //   == `&fmt.wrapError{msg:"w: x", err:(*errors.errorString)(0xc000014070)}`
    assert_address(
        &sf!("%#v", ef!("w: %w", errors::new("x"))),
        "&fmt.wrapError{msg:\"w: x\", err:(*errors.errorString)(",
        ")}",
        true,
    );
}

#[test]
fn errorf_wraps_like_go() {
    let base = errors::new("not found");
    let other = errors::new("not found");
    // err := fmt.Errorf("lookup %q: %w", "k", base)
    let err = ef!("lookup %q: %w", "k", base.clone());
    assert_eq!(err.error(), "lookup \"k\": not found");
    assert_eq!(err.type_name(), "*fmt.wrapError");
    assert!(errors::is(&err, &base));
    assert!(!errors::is(&err, &other));
    assert_eq!(errors::unwrap(&err), base);
    // errors.Is(fmt.Errorf("outer: %w", err), base) == true
    let outer = ef!("outer: %w", err.clone());
    assert!(errors::is(&outer, &base));
    assert_eq!(errors::unwrap(&outer), err);
    // fmt.Errorf("%v", base): no wrapping, *errors.errorString
    let flat = ef!("%v", base.clone());
    assert_eq!(flat.type_name(), "*errors.errorString");
    assert!(!errors::is(&flat, &base));
    // two %w: *fmt.wrapErrors; errors.Is sees both; errors.Unwrap is nil
    let e1 = errors::new("e1");
    let e2 = errors::new("e2");
    let both = ef!("%w + %w", e1.clone(), e2.clone());
    assert_eq!(both.error(), "e1 + e2");
    assert_eq!(both.type_name(), "*fmt.wrapErrors");
    assert!(errors::is(&both, &e1) && errors::is(&both, &e2));
    assert!(errors::unwrap(&both).is_nil());
    // fmt.Errorf("%[2]w %[1]w", e1, e2): wrapped in argument order
    let reordered = ef!("%[2]w %[1]w", e1.clone(), e2.clone());
    assert_eq!(reordered.error(), "e2 e1");
    assert_eq!(reordered.wrapped(), vec![e1.clone(), e2.clone()]);
    // fmt.Errorf("%w %w", e1, 5): one error among two %w is still *fmt.wrapErrors
    let odd = ef!("%w %w", e1.clone(), 5i64);
    assert_eq!(odd.error(), "e1 %!w(int=5)");
    assert_eq!(odd.type_name(), "*fmt.wrapErrors");
    assert!(errors::is(&odd, &e1));
    assert!(errors::unwrap(&odd).is_nil());
    // fmt.Errorf("%w", nilErr): *fmt.wrapError wrapping nil
    let wraps_nil = ef!("%w", nil_err());
    assert_eq!(wraps_nil.error(), "%!w(<nil>)");
    assert_eq!(wraps_nil.type_name(), "*fmt.wrapError");
    assert!(errors::unwrap(&wraps_nil).is_nil());
    // fmt.Errorf("x") is a new *errors.errorString each time
    assert_ne!(ef!("x"), ef!("x"));
    // fmt.Sprintf("%w", e1) is not Errorf: "%!w(*errors.errorString=&{e1})"
    assert_eq!(sf!("%w", e1), "%!w(*errors.errorString=&{e1})");
}

#[derive(Clone, Copy)]
struct MyInt(i64);
impl_go_named!(MyInt(i64), "main.MyInt");

#[derive(Clone)]
struct MyStr(GoString);
impl_go_named!(MyStr(GoString), "main.MyStr");

#[test]
fn panic_texts_match_go() {
    // Each: the text after "panic: " that a Go 1.26 binary printed for panic(v).
    assert_eq!(panic_text(&1.5f64), "1.5"); // panic(1.5)
    assert_eq!(panic_text(&0.1f32), "0.1"); // panic(float32(0.1))
    assert_eq!(panic_text(&1e21f64), "1e+21"); // panic(1e21)
    assert_eq!(panic_text(&MyInt(5)), "main.MyInt(5)"); // panic(MyInt(5))
    assert_eq!(panic_text(&MyStr(gs("a\nb"))), "main.MyStr(\"a\n\tb\")"); // panic(MyStr("a\nb"))
    assert_eq!(panic_text(&VS { a: 1 }), "VS1"); // panic(VS{1}): String()
    assert_eq!(panic_text(&errors::new("boom\nline")), "boom\n\tline"); // panic(errors.New("boom\nline"))
    assert_eq!(panic_text(&true), "true"); // panic(true)
    assert_eq!(panic_text(&200u8), "200"); // panic(uint8(200))
    assert_eq!(panic_text(&-42i64), "-42"); // panic(-42)
    assert_eq!(panic_text(&gs("a\nb")), "a\n\tb"); // panic("a\nb")
    assert_eq!(panic_text(&"boom"), "boom"); // panic("boom")
    assert_eq!(panic_text(&nil_err()), "panic called with nil argument"); // panic(nilErr)
    assert_eq!(panic_text(&ef!("w: %w", errors::new("x"))), "w: x"); // panic(fmt.Errorf("w: %w", errors.New("x")))
    assert_eq!(panic_text(&time::SECOND), "1s"); // panic(time.Second)
    assert_eq!(panic_text(&Color(1)), "Green"); // panic(Color(1))
    assert_eq!(panic_text(&Ptr::new(MyErr { code: 3 })), "code 3"); // panic(&MyErr{3})
    // panic(P{1, 2}) printed "(main.P) 0x4ff2c0"; panic(&P{1, 2}) "(*main.P) 0x21852e906020";
    // panic([]int{1}) "([]int) 0xfe4a6e9c030"
    assert_address(&GoString::from(panic_text(&p(1, 2, "n"))), "(main.P) ", "", true);
    let pointer = Ptr::new(p(1, 2, "n"));
    assert_eq!(panic_text(&pointer), format!("(*main.P) {:#x}", pointer.address()));
    assert_address(&GoString::from(panic_text(&sl![1i64])), "([]int) ", "", true);
}

#[test]
fn duration_strings_match_go() {
    // time.Duration(n).String() for each n, from Go 1.26
    let table: &[(i64, &str)] = &[
        (0, "0s"),
        (1, "1ns"),
        (999, "999ns"),
        (1_000, "1µs"),
        (1_500, "1.5µs"),
        (1_000_000, "1ms"),
        (1_500_000, "1.5ms"),
        (100_000_000, "100ms"),
        (999_999_999, "999.999999ms"),
        (1_000_000_000, "1s"),
        (1_500_000_000, "1.5s"),
        (60_000_000_000, "1m0s"),
        (90_000_000_000, "1m30s"),
        (3_600_000_000_000, "1h0m0s"),
        (7_200_000_000_000, "2h0m0s"),
        (3_661_000_000_001, "1h1m1.000000001s"),
        (-1, "-1ns"),
        (-1_500_000_000, "-1.5s"),
        (-90_000_000_000, "-1m30s"),
        (i64::MAX, "2562047h47m16.854775807s"),
        (i64::MIN, "-2562047h47m16.854775808s"),
    ];
    for &(nanoseconds, want) in table {
        assert_eq!(Duration(nanoseconds).string(), want, "Duration({nanoseconds})");
    }
}

#[test]
fn float_sweep_matches_go() {
    // float_sweep.txt was written by float_sweep.go (Go 1.26): for each value,
    // its bits, its size and fmt.Sprintf(f, v) for each format f below.
    const FORMATS: [&str; 17] = [
        "%v", "%e", "%.3e", "%.0e", "%g", "%.4g", "%.17g", "%x", "%.2x", "%b", "%#v", "%+.10e", "%.3f", "%f", "%8.2f", "%#g", "%G",
    ];
    let data = include_str!("float_sweep.txt");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 2 + FORMATS.len(), "{line}");
        let bits = u64::from_str_radix(fields[0], 16).unwrap();
        for (format, want) in FORMATS.iter().zip(&fields[2..]) {
            if *want == "-" {
                continue;
            }
            let got = if fields[1] == "32" {
                sf!(*format, f32::from_bits(bits as u32))
            } else {
                sf!(*format, f64::from_bits(bits))
            };
            count += 1;
            if got != **want {
                failures.push(format!("{} {format}: got {got:?}, want {want:?}", fields[0]));
            }
        }
    }
    assert!(count > 5000, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn printer_api_for_custom_values() {
    // A hand-written Value: a Go `type Weekday int` with a String method, as a
    // translation without the macros would write it.
    struct Weekday(i64);
    impl Value for Weekday {
        fn format(&self, printer: &mut Printer, verb: char) {
            if printer.handle_methods(self, verb) {
                return;
            }
            self.format_raw(printer, verb, self)
        }
        fn format_raw(&self, printer: &mut Printer, verb: char, this: &dyn Value) {
            printer.fmt_integer(self.0 as u64, true, verb, this)
        }
        fn type_name(&self) -> String {
            "time.Weekday".to_string()
        }
        fn static_type_name() -> String {
            "time.Weekday".to_string()
        }
        fn kind(&self) -> Kind {
            Kind::Int
        }
        fn methods(&self) -> Option<crate::fmt::MethodKind> {
            Some(crate::fmt::MethodKind::String)
        }
        fn call_method(&self) -> GoString {
            gs(["Sunday", "Monday"][self.0 as usize])
        }
    }
    // fmt.Sprintf("%v|%d|%-8s|%q|%T|%t", time.Monday, ...) == `Monday|1|Sunday  |"Monday"|time.Weekday|%!t(time.Weekday=1)`
    assert_eq!(
        sf!(
            "%v|%d|%-8s|%q|%T|%t",
            Weekday(1),
            Weekday(1),
            Weekday(0),
            Weekday(1),
            Weekday(1),
            Weekday(1)
        ),
        "Monday|1|Sunday  |\"Monday\"|time.Weekday|%!t(time.Weekday=1)"
    );
}

#[test]
fn fprint_writes_whole_calls() {
    // fmt.Fprintln(os.Stderr, "x", 1) writes "x 1\n" and returns (4, nil)
    let (n, err) = crate::fmt::fprintln(crate::os::stderr(), &[&"x", &1i64]);
    assert_eq!(n, 4);
    assert!(err.is_nil());
    let (n, _) = crate::fmt::fprintf(crate::os::stderr(), "%5d|\n", &[&42i64]);
    assert_eq!(n, 7);
    let (n, _) = crate::fmt::fprint(crate::os::stderr(), &[&"a", &1i64, &2i64, &"\n"]);
    assert_eq!(n, 5);
}

#[test]
fn append_functions() {
    // string(fmt.Appendf([]byte("a"), "%d|", 5)) + string(fmt.Append(nil, 1, 2, "x")) + string(fmt.Appendln(nil, "y", 3))
    //   == "a5|1 2x" + "y 3\n"
    let b = crate::fmt::appendf(&bytes("a"), "%d|", &[&5i64]);
    let b = crate::fmt::append(&b, &[&1i64, &2i64, &"x"]);
    let b = crate::fmt::appendln(&b, &[&"y", &3i64]);
    assert_eq!(b.to_go_string(), "a5|1 2xy 3\n");
}
