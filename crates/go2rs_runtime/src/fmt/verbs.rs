//! Verbs applied to each kind of value, composite values, `String()` and
//! `Error()` methods, bad-verb reports and `Printf`'s format parsing (a port
//! of Go's `fmt/print.go`).

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::printer::{LDIGITS, Printer, UDIGITS};
use super::{Kind, MethodKind, Value};
use crate::string::decode_rune;

const NIL_ANGLE: &str = "<nil>";
const NIL_PAREN: &str = "(nil)";

impl Printer {
    /// Prints one operand (Go's `printArg`): `%T` and `%p` first, then the
    /// value's own formatting.
    pub fn print_arg(&mut self, arg: &dyn Value, verb: char) {
        self.depth = 0;
        self.read_only = false;
        match verb {
            'T' => {
                let name = arg.type_name();
                self.fmt_s(name.as_bytes());
            }
            'p' => match arg.address() {
                Some(address) => self.fmt_pointer(address as u64, 'p', arg),
                None if arg.kind() == Kind::Interface => arg.format(self, 'p'),
                None => self.bad_verb('p', arg),
            },
            _ => arg.format(self, verb),
        }
    }

    /// Formats an element, field, key or map value one level deeper.
    pub fn format_nested(&mut self, value: &dyn Value, verb: char) {
        self.depth += 1;
        value.format(self, verb);
        self.depth -= 1;
    }

    /// Reports a verb that does not apply to `value`: `%!d(string=hi)`.
    pub fn bad_verb(&mut self, verb: char, value: &dyn Value) {
        self.erroring = true;
        self.write_str("%!");
        self.write_rune(verb);
        self.write_byte(b'(');
        if value.kind() == Kind::Interface {
            self.write_str(NIL_ANGLE);
        } else {
            self.write_str(&value.type_name());
            self.write_byte(b'=');
            let depth = self.depth;
            self.depth = 0;
            value.format(self, 'v');
            self.depth = depth;
        }
        self.write_byte(b')');
        self.erroring = false;
    }

    /// Go's `handleMethods`: when `value` has an `Error()` or `String()`
    /// method and the verb accepts a string (`%v %s %x %X %q`, and `%w` in
    /// `Errorf`), prints the method's result and returns true. Other verbs
    /// (`%d` on a named int) return false: the caller formats the
    /// underlying value.
    pub fn handle_methods(&mut self, value: &dyn Value, verb: char) -> bool {
        if self.erroring || self.read_only {
            return false;
        }
        let methods = value.methods();
        let mut verb = verb;
        if verb == 'w' {
            if methods != Some(MethodKind::Error) || !self.wrap_errs {
                self.bad_verb('w', value);
                return true;
            }
            verb = 'v';
        }
        if self.sharp_v {
            // %#v prints the result of a GoString method unadorned.
            return match catch_unwind(AssertUnwindSafe(|| value.go_string())) {
                Ok(None) => false,
                Ok(Some(text)) => {
                    self.fmt_s(text.as_bytes());
                    true
                }
                Err(payload) => {
                    self.catch_panic(value, verb, "GoString", &*payload);
                    true
                }
            };
        }
        let Some(kind) = methods else {
            return false;
        };
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        match catch_unwind(AssertUnwindSafe(|| value.call_method())) {
            Ok(text) => self.fmt_string(text.as_bytes(), verb, value),
            Err(payload) => {
                let method = match kind {
                    MethodKind::Error => "Error",
                    MethodKind::String => "String",
                };
                self.catch_panic(value, verb, method, &*payload)
            }
        }
        true
    }

    /// Go's `catchPanic`: a method that panics prints `<nil>` for a nil
    /// pointer receiver, else `%!v(PANIC=String method: text)`.
    fn catch_panic(&mut self, value: &dyn Value, verb: char, method: &str, payload: &(dyn std::any::Any + Send)) {
        if value.kind() == Kind::Pointer && value.address() == Some(0) {
            self.write_str(NIL_ANGLE);
            return;
        }
        let saved = self.save_flags();
        self.clear_flags();
        self.write_str("%!");
        self.write_rune(verb);
        self.write_str("(PANIC=");
        self.write_str(method);
        self.write_str(" method: ");
        self.write_str(&crate::panic::message_of(payload));
        self.write_byte(b')');
        self.restore_flags(saved);
    }

    /// A boolean: `%t` and `%v`.
    pub fn fmt_bool(&mut self, v: bool, verb: char, this: &dyn Value) {
        match verb {
            't' | 'v' => self.fmt_boolean(v),
            _ => self.bad_verb(verb, this),
        }
    }

    /// Hexadecimal with or without `0x`, whatever the `#` flag says.
    fn fmt_0x64(&mut self, v: u64, leading_0x: bool) {
        let sharp = self.sharp;
        self.sharp = leading_0x;
        self.fmt_integer_base(v, 16, false, 'v', LDIGITS);
        self.sharp = sharp;
    }

    /// An integer: `value` holds its bits (sign-extended when `signed`).
    /// Verbs `%v %d %b %o %O %x %X %c %q %U`; `%#v` of an unsigned integer
    /// is hexadecimal.
    pub fn fmt_integer(&mut self, value: u64, signed: bool, verb: char, this: &dyn Value) {
        match verb {
            'v' => {
                if self.sharp_v && !signed {
                    self.fmt_0x64(value, true);
                } else {
                    self.fmt_integer_base(value, 10, signed, verb, LDIGITS);
                }
            }
            'd' => self.fmt_integer_base(value, 10, signed, verb, LDIGITS),
            'b' => self.fmt_integer_base(value, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt_integer_base(value, 8, signed, verb, LDIGITS),
            'x' => self.fmt_integer_base(value, 16, signed, verb, LDIGITS),
            'X' => self.fmt_integer_base(value, 16, signed, verb, UDIGITS),
            'c' => self.fmt_c(value),
            'q' => self.fmt_qc(value),
            'U' => self.fmt_unicode(value),
            _ => self.bad_verb(verb, this),
        }
    }

    /// A float of `size` bits (32 or 64): `%v %b %g %G %x %X %f %F %e %E`.
    pub fn fmt_float(&mut self, v: f64, size: u32, verb: char, this: &dyn Value) {
        match verb {
            'v' => self.fmt_float_raw(v, size, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt_float_raw(v, size, verb, -1),
            'f' | 'e' | 'E' => self.fmt_float_raw(v, size, verb, 6),
            'F' => self.fmt_float_raw(v, size, 'f', 6),
            _ => self.bad_verb(verb, this),
        }
    }

    /// A string (bytes, maybe not UTF-8): `%v %s %q %x %X`.
    pub fn fmt_string(&mut self, s: &[u8], verb: char, this: &dyn Value) {
        match verb {
            'v' => {
                if self.sharp_v {
                    self.fmt_q(s);
                } else {
                    self.fmt_s(s);
                }
            }
            's' => self.fmt_s(s),
            'x' => self.fmt_sbx(s, LDIGITS),
            'X' => self.fmt_sbx(s, UDIGITS),
            'q' => self.fmt_q(s),
            _ => self.bad_verb(verb, this),
        }
    }

    /// A `[]byte` or `[N]byte`: `%s %q %x %X` print it as a string, other
    /// verbs print the list of numbers (`[104 105]`, `%#v` `[]byte{0x68, 0x69}`).
    pub fn fmt_bytes(&mut self, bytes: &[u8], verb: char, this: &dyn Value, is_nil: bool) {
        match verb {
            's' => self.fmt_s(bytes),
            'x' => self.fmt_sbx(bytes, LDIGITS),
            'X' => self.fmt_sbx(bytes, UDIGITS),
            'q' => self.fmt_q(bytes),
            _ => {
                let refs: Vec<&dyn Value> = bytes.iter().map(|b| b as &dyn Value).collect();
                self.fmt_list(this, verb, is_nil, &refs);
            }
        }
    }

    /// A pointer-like value at `address` (0 is nil) that is printed as an
    /// address: `%p`, `%v` (`0xc000012345`, `<nil>`, `%#v`
    /// `(*main.P)(0xc000012345)`), and `%b %o %d %x %X` as an integer.
    pub fn fmt_pointer(&mut self, address: u64, verb: char, this: &dyn Value) {
        match verb {
            'v' => {
                if self.sharp_v {
                    self.write_byte(b'(');
                    self.write_str(&this.type_name());
                    self.write_str(")(");
                    if address == 0 {
                        self.write_str("nil");
                    } else {
                        self.fmt_0x64(address, true);
                    }
                    self.write_byte(b')');
                } else if address == 0 {
                    self.pad_string(NIL_ANGLE);
                } else {
                    let sharp = self.sharp;
                    self.fmt_0x64(address, !sharp);
                }
            }
            'p' => {
                let sharp = self.sharp;
                self.fmt_0x64(address, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(address, false, verb, this),
            _ => self.bad_verb(verb, this),
        }
    }

    /// A nil interface value (nil `error`, nil `any`): `<nil>` for `%v` of an
    /// operand, `%!d(<nil>)` for other verbs; inside a composite always
    /// `<nil>`, or `error(nil)` under `%#v`.
    pub fn fmt_nil_interface(&mut self, verb: char, static_name: &str) {
        if self.depth == 0 {
            match verb {
                'v' | 'T' => self.pad_string(NIL_ANGLE),
                _ => {
                    self.write_str("%!");
                    self.write_rune(verb);
                    self.write_str("(<nil>)");
                }
            }
        } else if self.sharp_v {
            self.write_str(static_name);
            self.write_str(NIL_PAREN);
        } else {
            self.write_str(NIL_ANGLE);
        }
    }

    /// A slice or array: `[a b c]`, `%#v` `[]int{1, 2}` (`[]int(nil)` for a
    /// nil slice); each element gets the verb.
    pub fn fmt_list(&mut self, this: &dyn Value, verb: char, is_nil: bool, elements: &[&dyn Value]) {
        if self.sharp_v {
            let name = this.type_name();
            // Go's Printf has a fast path for an operand of type []byte,
            // which names the type as written; reflection says []uint8.
            if self.depth == 0 && name == "[]uint8" {
                self.write_str("[]byte");
            } else {
                self.write_str(&name);
            }
            if is_nil {
                self.write_str(NIL_PAREN);
                return;
            }
            self.write_byte(b'{');
            for (i, element) in elements.iter().enumerate() {
                if i > 0 {
                    self.write_str(", ");
                }
                self.format_nested(*element, verb);
            }
            self.write_byte(b'}');
        } else {
            self.write_byte(b'[');
            for (i, element) in elements.iter().enumerate() {
                if i > 0 {
                    self.write_byte(b' ');
                }
                self.format_nested(*element, verb);
            }
            self.write_byte(b']');
        }
    }

    /// A map whose entries are already in Go's printing order (sorted keys):
    /// `map[a:1 b:2]`, `%#v` `map[string]int{"a":1, "b":2}`.
    pub fn fmt_map(&mut self, this: &dyn Value, verb: char, is_nil: bool, entries: &[(&dyn Value, &dyn Value)]) {
        if self.sharp_v {
            self.write_str(&this.type_name());
            if is_nil {
                self.write_str(NIL_PAREN);
                return;
            }
            self.write_byte(b'{');
        } else {
            self.write_str("map[");
        }
        for (i, (key, value)) in entries.iter().enumerate() {
            if i > 0 {
                if self.sharp_v {
                    self.write_str(", ");
                } else {
                    self.write_byte(b' ');
                }
            }
            self.format_nested(*key, verb);
            self.write_byte(b':');
            self.format_nested(*value, verb);
        }
        self.write_byte(if self.sharp_v { b'}' } else { b']' });
    }

    /// A struct given as `(Go field name, value)` pairs: `{1 2 n}`, `%+v`
    /// `{X:1 Y:2 Name:n}`, `%#v` `main.P{X:1, Y:2, Name:"n"}`. Fields with
    /// unexported (lower-case) names are printed without calling their
    /// `String()`/`Error()` methods, as Go's reflection cannot call them.
    pub fn fmt_struct(&mut self, this: &dyn Value, verb: char, fields: &[(&str, &dyn Value)]) {
        if self.sharp_v {
            self.write_str(&this.type_name());
        }
        self.write_byte(b'{');
        for (i, (name, value)) in fields.iter().enumerate() {
            if i > 0 {
                if self.sharp_v {
                    self.write_str(", ");
                } else {
                    self.write_byte(b' ');
                }
            }
            if (self.plus_v || self.sharp_v) && !name.is_empty() {
                self.write_str(name);
                self.write_byte(b':');
            }
            let read_only = self.read_only;
            if !name.chars().next().is_some_and(char::is_uppercase) {
                self.read_only = true;
            }
            self.format_nested(*value, verb);
            self.read_only = read_only;
        }
        self.write_byte(b'}');
    }

    /// A pointer (Go's `printValue` for pointers): an operand pointing to a
    /// struct, array, slice or map prints `&` and the target, anything else
    /// prints the address. `target` formats the pointee (only called for a
    /// non-nil pointer).
    pub fn fmt_pointer_to(&mut self, this: &dyn Value, verb: char, address: usize, target_kind: Kind, target: impl FnOnce(&mut Printer)) {
        if self.depth == 0 && address != 0 && matches!(target_kind, Kind::Array | Kind::Slice | Kind::Struct | Kind::Map) {
            self.write_byte(b'&');
            self.depth += 1;
            target(self);
            self.depth -= 1;
            return;
        }
        self.fmt_pointer(address as u64, verb, this);
    }

    // ---- Printf, Print, Println ----

    /// Go's `doPrintf`.
    pub fn do_printf(&mut self, format: &[u8], args: &[&dyn Value]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0usize;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let last = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > last {
                self.buf.extend_from_slice(&format[last..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip %

            self.clear_flags();
            while i < end {
                match format[i] {
                    b'#' => self.sharp = true,
                    b'0' => self.zero = true,
                    b'+' => self.plus = true,
                    b'-' => self.minus = true,
                    b' ' => self.space = true,
                    _ => break,
                }
                i += 1;
            }

            // Argument index?
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());

            // Width?
            if i < end && format[i] == b'*' {
                i += 1;
                let (width, present, next) = int_from_arg(args, arg_num);
                self.width = width;
                self.width_present = present;
                arg_num = next;
                if !present {
                    self.write_str("%!(BADWIDTH)");
                }
                if self.width < 0 {
                    self.width = -self.width;
                    self.minus = true;
                    self.zero = false;
                }
                after_index = false;
            } else {
                let (width, present, next) = parse_num(format, i, end);
                self.width = width;
                self.width_present = present;
                i = next;
                if after_index && self.width_present {
                    self.good_arg_num = false;
                }
            }

            // Precision?
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (precision, present, next) = int_from_arg(args, arg_num);
                    self.precision = precision;
                    self.precision_present = present;
                    arg_num = next;
                    if self.precision < 0 {
                        self.precision = 0;
                        self.precision_present = false;
                    }
                    if !self.precision_present {
                        self.write_str("%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (precision, present, next) = parse_num(format, i, end);
                    self.precision = precision;
                    self.precision_present = present;
                    i = next;
                    if !self.precision_present {
                        self.precision = 0;
                        self.precision_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }

            if i >= end {
                self.write_str("%!(NOVERB)");
                break;
            }

            let (rune, size) = if format[i] < 0x80 {
                (format[i] as i32, 1)
            } else {
                decode_rune(&format[i..])
            };
            let verb = char::from_u32(rune as u32).unwrap_or('\u{FFFD}');
            i += size;

            if verb == '%' {
                self.write_byte(b'%');
                continue 'format_loop;
            }
            if !self.good_arg_num {
                self.write_str("%!");
                self.write_rune(verb);
                self.write_str("(BADINDEX)");
                continue 'format_loop;
            }
            if arg_num >= args.len() {
                self.write_str("%!");
                self.write_rune(verb);
                self.write_str("(MISSING)");
                continue 'format_loop;
            }
            if verb == 'w' {
                self.wrapped_errs.push(arg_num);
            }
            if verb == 'v' || verb == 'w' {
                self.sharp_v = self.sharp;
                self.sharp = false;
                self.plus_v = self.plus;
                self.plus = false;
            }
            self.print_arg(args[arg_num], verb);
            arg_num += 1;
        }

        if !self.reordered && arg_num < args.len() {
            self.clear_flags();
            self.write_str("%!(EXTRA ");
            for (i, arg) in args[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.write_str(", ");
                }
                if arg.kind() == Kind::Interface {
                    self.write_str(NIL_ANGLE);
                } else {
                    self.write_str(&arg.type_name());
                    self.write_byte(b'=');
                    self.print_arg(*arg, 'v');
                }
            }
            self.write_byte(b')');
        }
    }

    /// Go's `argNumber`: an explicit `[n]` argument index at `format[i..]`.
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, width, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + width, true);
        }
        self.good_arg_num = false;
        (arg_num, i + width, ok)
    }

    /// Go's `doPrint`: spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[&dyn Value]) {
        let mut prev_string = false;
        for (i, arg) in args.iter().enumerate() {
            let is_string = arg.kind() == Kind::String;
            if i > 0 && !is_string && !prev_string {
                self.write_byte(b' ');
            }
            self.print_arg(*arg, 'v');
            prev_string = is_string;
        }
    }

    /// Go's `doPrintln`: spaces between all operands and a final newline.
    pub fn do_println(&mut self, args: &[&dyn Value]) {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.write_byte(b' ');
            }
            self.print_arg(*arg, 'v');
        }
        self.write_byte(b'\n');
    }
}

fn too_large(x: i64) -> bool {
    const MAX: i64 = 1_000_000;
    !(-MAX..=MAX).contains(&x)
}

/// Go's `parsenum`: the decimal number at `s[start..end]`.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut is_num = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        is_num = true;
        i += 1;
    }
    (num, is_num, i)
}

/// Go's `parseArgNumber`: `[n]` at the start of `format`, as a zero-based
/// index, the bytes it spans, and whether it parsed.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, next) = parse_num(format, 1, i);
            if !ok || next != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Go's `intFromArg`: operand `arg_num` as a width or precision.
fn int_from_arg(args: &[&dyn Value], arg_num: usize) -> (i64, bool, usize) {
    if arg_num >= args.len() {
        return (0, false, arg_num);
    }
    let (mut num, mut is_int) = match args[arg_num].as_int() {
        Some(n) => (n, true),
        None => (0, false),
    };
    if too_large(num) {
        num = 0;
        is_int = false;
    }
    (num, is_int, arg_num + 1)
}
