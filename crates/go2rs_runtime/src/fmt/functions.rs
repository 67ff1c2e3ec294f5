//! Go's `fmt` functions: `Print*`, `Sprint*`, `Fprint*`, `Errorf`, and the
//! text of a panic value.

use super::{Kind, Printer, Value};
use crate::error::{Error, ErrorValue, WrapError};
use crate::os::File;
use crate::slice::Slice;
use crate::string::GoString;

fn format_printf(format: &[u8], args: &[&dyn Value]) -> Vec<u8> {
    let mut printer = Printer::new();
    printer.do_printf(format, args);
    printer.take_output()
}

fn format_print(args: &[&dyn Value]) -> Vec<u8> {
    let mut printer = Printer::new();
    printer.do_print(args);
    printer.take_output()
}

fn format_println(args: &[&dyn Value]) -> Vec<u8> {
    let mut printer = Printer::new();
    printer.do_println(args);
    printer.take_output()
}

/// Writes one call's whole output with a single write, as Go does.
fn write_to(file: File, bytes: Vec<u8>) -> (i64, Error) {
    file.write_bytes(&bytes);
    (bytes.len() as i64, Error::nil())
}

/// `fmt.Sprintf(format, args...)`.
pub fn sprintf(format: impl AsRef<[u8]>, args: &[&dyn Value]) -> GoString {
    GoString::from_vec(format_printf(format.as_ref(), args))
}

/// `fmt.Sprint(args...)`: spaces between operands when neither is a string.
pub fn sprint(args: &[&dyn Value]) -> GoString {
    GoString::from_vec(format_print(args))
}

/// `fmt.Sprintln(args...)`: spaces between operands and a newline.
pub fn sprintln(args: &[&dyn Value]) -> GoString {
    GoString::from_vec(format_println(args))
}

/// `fmt.Fprintf(w, format, args...)`: the byte count and a nil error.
pub fn fprintf(file: File, format: impl AsRef<[u8]>, args: &[&dyn Value]) -> (i64, Error) {
    write_to(file, format_printf(format.as_ref(), args))
}

/// `fmt.Fprint(w, args...)`.
pub fn fprint(file: File, args: &[&dyn Value]) -> (i64, Error) {
    write_to(file, format_print(args))
}

/// `fmt.Fprintln(w, args...)`.
pub fn fprintln(file: File, args: &[&dyn Value]) -> (i64, Error) {
    write_to(file, format_println(args))
}

/// `fmt.Printf(format, args...)` to standard output.
pub fn printf(format: impl AsRef<[u8]>, args: &[&dyn Value]) -> (i64, Error) {
    fprintf(crate::os::stdout(), format, args)
}

/// `fmt.Print(args...)` to standard output.
pub fn print(args: &[&dyn Value]) -> (i64, Error) {
    fprint(crate::os::stdout(), args)
}

/// `fmt.Println(args...)` to standard output.
pub fn println(args: &[&dyn Value]) -> (i64, Error) {
    fprintln(crate::os::stdout(), args)
}

/// `fmt.Appendf(b, format, args...)`.
pub fn appendf(bytes: &Slice<u8>, format: impl AsRef<[u8]>, args: &[&dyn Value]) -> Slice<u8> {
    bytes.append_all(format_printf(format.as_ref(), args))
}

/// `fmt.Append(b, args...)`.
pub fn append(bytes: &Slice<u8>, args: &[&dyn Value]) -> Slice<u8> {
    bytes.append_all(format_print(args))
}

/// `fmt.Appendln(b, args...)`.
pub fn appendln(bytes: &Slice<u8>, args: &[&dyn Value]) -> Slice<u8> {
    bytes.append_all(format_println(args))
}

/// `*fmt.wrapErrors`, what `Errorf` with several `%w` verbs returns:
/// `Unwrap() []error`, which `errors.Unwrap` does not see through.
pub struct WrapErrors {
    pub text: GoString,
    pub wrapped: Vec<Error>,
}

impl ErrorValue for WrapErrors {
    fn error(&self) -> GoString {
        self.text.clone()
    }
    fn unwrap(&self) -> Vec<Error> {
        self.wrapped.clone()
    }
}

crate::error::identity_dynamic!(WrapErrors);
crate::error::error_value_format!(WrapErrors, "*fmt.wrapErrors", |this, printer, verb| {
    let errs = crate::slice::Slice::from_vec(this.wrapped.clone());
    printer.fmt_struct(
        &crate::error::TypeLabel("fmt.wrapErrors"),
        verb,
        &[("msg", &this.text), ("errs", &errs)],
    );
});

/// `fmt.Errorf(format, args...)`: an `*errors.errorString` without `%w`; with
/// one `%w` a `*fmt.wrapError` whose `Unwrap` is that operand; with several
/// a `*fmt.wrapErrors` unwrapping to each of them.
pub fn errorf(format: impl AsRef<[u8]>, args: &[&dyn Value]) -> Error {
    let format = format.as_ref();
    if args.is_empty() && !format.contains(&b'%') {
        return crate::errors::new(GoString::from_bytes(format));
    }
    let mut printer = Printer::new();
    printer.wrap_errs = true;
    printer.do_printf(format, args);
    let text = GoString::from_vec(printer.take_output());
    let mut wrapped = std::mem::take(&mut printer.wrapped_errs);
    match wrapped.len() {
        0 => crate::errors::new(text),
        1 => {
            let err = args[wrapped[0]].as_error().unwrap_or_default();
            Error::from_value(WrapError { text, wrapped: vec![err] })
        }
        _ => {
            if printer.reordered {
                wrapped.sort_unstable();
            }
            wrapped.dedup();
            let errs: Vec<Error> = wrapped
                .iter()
                .filter_map(|&index| args[index].as_error())
                .filter(|err| !err.is_nil())
                .collect();
            Error::from_value(WrapErrors { text, wrapped: errs })
        }
    }
}

/// What Go's runtime prints after `panic: ` for a panic value: an error's
/// `Error()`, a Stringer's `String()`, a string's text, basic values as
/// `print` writes them (`1.5`, `1e+21`, `true`), named basic types as
/// `main.MyInt(5)` / `main.MyStr("text")`, other values as `(T) 0xADDR`.
/// Newlines are followed by a tab.
pub fn panic_text(value: &dyn Value) -> String {
    if value.methods().is_some() {
        return indented(value.call_method().as_bytes());
    }
    let kind = value.kind();
    if kind == Kind::Interface {
        return "panic called with nil argument".to_string();
    }
    let mut printer = Printer::new();
    printer.erroring = true; // no methods: they were handled above
    value.format(&mut printer, 'v');
    let text = printer.take_output();
    let name = value.type_name();
    let builtin = !name.contains('.');
    match kind {
        Kind::String if builtin => indented(&text),
        Kind::String => format!("{name}(\"{}\")", indented(&text)),
        Kind::Bool | Kind::Int | Kind::Uint | Kind::Uint8 | Kind::Float if builtin => String::from_utf8_lossy(&text).into_owned(),
        Kind::Bool | Kind::Int | Kind::Uint | Kind::Uint8 | Kind::Float => {
            format!("{name}({})", String::from_utf8_lossy(&text))
        }
        _ => {
            let address = match value.address() {
                Some(address) if kind == Kind::Pointer => address,
                _ => value as *const dyn Value as *const u8 as usize,
            };
            format!("({name}) {address:#x}")
        }
    }
}

/// Go's `printindented`: each newline is followed by a tab.
fn indented(text: &[u8]) -> String {
    String::from_utf8_lossy(text).replace('\n', "\n\t")
}

/// `fmt.Printf(format, args...)`: calls `f` with the elements of a slice as
/// the argument list.
pub fn with_values<T: Value + Clone + Send, R>(items: &Slice<T>, f: impl FnOnce(&[&dyn Value]) -> R) -> R {
    let items = items.to_vec();
    let values: Vec<&dyn Value> = items.iter().map(|item| item as &dyn Value).collect();
    f(&values)
}
