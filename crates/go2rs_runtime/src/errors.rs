//! Go's `errors` package.

use crate::error::{Error, ErrorString};
use crate::string::GoString;

/// `errors.New(text)`: a new, distinct error value.
pub fn new(text: impl Into<GoString>) -> Error {
    Error::from_value(ErrorString { text: text.into() })
}

/// `errors.Is(err, target)`: whether `err` or any error in its tree is
/// `target` (`==`, when target's type is comparable) or says it is (an
/// `Is(error) bool` method).
pub fn is(err: &Error, target: &Error) -> bool {
    if target.is_nil() {
        return err.is_nil();
    }
    let comparable = target.dynamic().is_some_and(|value| value.comparable());
    tree(err).any(|current| (comparable && current == *target) || current.value().and_then(|value| value.is(target)) == Some(true))
}

/// `errors.Unwrap(err)`: the error wrapped by a single `%w`, else nil.
pub fn unwrap(err: &Error) -> Error {
    let wrapped = err.wrapped();
    if wrapped.len() == 1 && err.value().is_some_and(|value| value.unwraps_one()) {
        return wrapped[0].clone();
    }
    Error::nil()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::WrapError;

    #[test]
    fn is_follows_wrapping() {
        let base = new("not found");
        let other = new("not found");
        let wrapped = Error::from_value(WrapError {
            text: GoString::from("lookup: not found"),
            wrapped: vec![base.clone()],
        });
        assert!(is(&wrapped, &base));
        assert!(!is(&wrapped, &other));
        assert_eq!(unwrap(&wrapped), base);
        assert!(unwrap(&base).is_nil());
    }
}

// ---------------------------------------------------------------------------
// errors.As and errors.Join.
// ---------------------------------------------------------------------------

/// The errors of `err`'s tree in Go's order: `err`, then depth first
/// through what each one wraps (nil errors skipped).
fn tree(err: &Error) -> impl Iterator<Item = Error> {
    let mut stack = vec![err.clone()];
    std::iter::from_fn(move || {
        loop {
            let current = stack.pop()?;
            if current.is_nil() {
                continue;
            }
            stack.extend(current.wrapped().into_iter().rev());
            return Some(current);
        }
    })
}

/// `errors.As(err, &target)` for a target of the concrete type `T` (for a
/// Go pointer type `*E`, the runtime's `Ptr<E>`): the first error in
/// `err`'s tree whose dynamic type is `T`, a copy of which Go would store
/// in `target`; `None` (Go's `false`, target unchanged) otherwise.
pub fn as_type<T: 'static + Clone>(err: &Error) -> Option<T> {
    tree(err).find_map(|current| current.value()?.as_any().downcast_ref::<T>().cloned())
}

/// `errors.As(err, &target)` for a target of interface type `I`: the first
/// error in `err`'s tree that implements `I`.
pub fn as_interface<U: ?Sized + crate::iface::Interface>(err: &Error) -> Option<crate::iface::Iface<U>> {
    tree(err).find_map(|current| current.cast::<U>())
}

/// `errors.As` for a concrete type that cannot be copied: the error in
/// `err`'s tree whose dynamic type is `T`, itself (so `==` holds with the
/// original, as for Go's pointers).
pub fn as_error<T: 'static>(err: &Error) -> Option<Error> {
    tree(err).find(|current| current.value().is_some_and(|value| value.as_any().is::<T>()))
}

/// `*errors.joinError`, what `errors.Join` returns.
pub struct JoinError {
    errs: Vec<Error>,
}

impl crate::error::ErrorValue for JoinError {
    /// The errors' texts, one per line.
    fn error(&self) -> GoString {
        if self.errs.len() == 1 {
            return self.errs[0].error();
        }
        let mut text = Vec::new();
        for (i, err) in self.errs.iter().enumerate() {
            if i > 0 {
                text.push(b'\n');
            }
            text.extend_from_slice(err.error().as_bytes());
        }
        GoString::from_vec(text)
    }

    /// Go's `Unwrap() []error`: `errors.Is` and `errors.As` see each error,
    /// `errors.Unwrap` none.
    fn unwrap(&self) -> Vec<Error> {
        self.errs.clone()
    }
}

crate::error::identity_dynamic!(JoinError);
crate::error::error_value_format!(JoinError, "*errors.joinError", |this, printer, verb| {
    let errs = crate::slice::Slice::from_vec(this.errs.clone());
    printer.fmt_struct(&crate::error::TypeLabel("errors.joinError"), verb, &[("errs", &errs)]);
});

/// `errors.Join(errs...)`: an error wrapping the non-nil `errs`, whose
/// text is theirs joined by newlines; nil when all are nil (or there are
/// none). Even a single error is wrapped in a new value.
pub fn join(errs: &crate::slice::Slice<Error>) -> Error {
    let errs: Vec<Error> = errs.to_vec().into_iter().filter(|err| !err.is_nil()).collect();
    if errs.is_empty() {
        return Error::nil();
    }
    Error::from_value(JoinError { errs })
}

// Expected values below were produced by running Go 1.26 (the Go code is in
// the comments).
#[cfg(test)]
mod more_tests {
    use super::*;
    use crate::error::WrapError;
    use crate::ptr::Ptr;
    use crate::slice::Slice;

    fn errs(list: &[&Error]) -> Slice<Error> {
        Slice::from_vec(list.iter().map(|&err| err.clone()).collect())
    }

    fn wrap(text: &'static str, wrapped: &[&Error]) -> Error {
        Error::from_value(WrapError {
            text: GoString::from(text),
            wrapped: wrapped.iter().map(|&err| err.clone()).collect(),
        })
    }

    #[test]
    fn join_texts_and_wrapping() {
        let e1 = new("e1");
        let e2 = new("e2");
        // j := errors.Join(e1, nil, e2): j.Error() = "e1\ne2", %T = *errors.joinError
        let j = join(&errs(&[&e1, &Error::nil(), &e2]));
        assert_eq!(j.error(), GoString::from("e1\ne2"));
        assert_eq!(j.type_name(), "*errors.joinError");
        // errors.Join() == nil, errors.Join(nil, nil) == nil
        assert!(join(&Slice::nil()).is_nil());
        assert!(join(&errs(&[&Error::nil(), &Error::nil()])).is_nil());
        // j1 := errors.Join(e1): j1.Error() = "e1", j1 == e1 is false, errors.Unwrap(j1) == nil
        let j1 = join(&errs(&[&e1]));
        assert_eq!(j1.error(), GoString::from("e1"));
        assert!(j1 != e1);
        assert!(unwrap(&j1).is_nil());
        // errors.Is(j, e2) = true, errors.Is(j, errors.New("e2")) = false, errors.Unwrap(j) == nil
        assert!(is(&j, &e2));
        assert!(!is(&j, &new("e2")));
        assert!(unwrap(&j).is_nil());
        // errors.Join(j, errors.New("e3")).Error() = "e1\ne2\ne3"
        assert_eq!(join(&errs(&[&j, &new("e3")])).error(), GoString::from("e1\ne2\ne3"));
        // errors.Join(errors.New(""), errors.New("")).Error() = "\n"
        assert_eq!(join(&errs(&[&new(""), &new("")])).error(), GoString::from("\n"));
        // fmt.Sprintf("%v|%s", j, j) = "e1\ne2|e1\ne2"
        assert_eq!(crate::fmt::sprintf("%v|%s", &[&j, &j]), GoString::from("e1\ne2|e1\ne2"));
    }

    #[test]
    fn as_finds_the_first_match_in_order() {
        // _, err := strconv.Atoi("x"); wrapped := fmt.Errorf("ctx: %w", err)
        // var ne *strconv.NumError; errors.As(wrapped, &ne) = true, ne == err
        let (_, err) = crate::strconv::atoi(&GoString::from("x"));
        let wrapped = wrap("ctx: x", &[&err]);
        assert!(as_error::<crate::strconv::NumError>(&wrapped) == Some(err.clone()));
        assert!(as_error::<crate::strconv::NumError>(&new("x")).is_none());

        // type MyErr struct{ code int } with func (e *MyErr) Error() string
        let m: Ptr<MyErr> = Ptr::new(MyErr { code: 7 });
        let m_err = Error::from_value(m.clone());
        let e1 = new("e1");
        // w2 := fmt.Errorf("outer: %w", errors.Join(e1, m)); var target *MyErr
        // errors.As(w2, &target) = true, target == m, target.code = 7
        let w2 = wrap("outer: e1\nmy error 7", &[&join(&errs(&[&e1, &m_err]))]);
        let target = as_type::<Ptr<MyErr>>(&w2).expect("found");
        assert!(target == m);
        assert_eq!(target.get().code, 7);
        // errors.As(e1, &t2) = false; errors.As(nil, &t2) = false
        assert!(as_type::<Ptr<MyErr>>(&e1).is_none());
        assert!(as_type::<Ptr<MyErr>>(&Error::nil()).is_none());
        // m2 := &MyErr{8}; w3 := errors.Join(fmt.Errorf("a: %w", m2), m)
        // errors.As(w3, &t3) = true, t3.code = 8
        let m2_err = Error::from_value(Ptr::new(MyErr { code: 8 }));
        let w3 = join(&errs(&[&wrap("a: my error 8", &[&m2_err]), &m_err]));
        assert_eq!(as_type::<Ptr<MyErr>>(&w3).expect("found").get().code, 8);
        // errors.Unwrap(fmt.Errorf("x %w", e1)) == e1, errors.Unwrap(err) == strconv.ErrSyntax,
        // errors.Unwrap(fmt.Errorf("%w %w", e1, e2)) == nil
        assert!(unwrap(&wrap("x e1", &[&e1])) == e1);
        assert!(unwrap(&err) == crate::strconv::err_syntax());
        assert!(unwrap(&wrap("e1 e2", &[&e1, &new("e2")])).is_nil());
    }

    // type MyErr struct{ code int }
    // func (e *MyErr) Error() string { return "my error " + strconv.Itoa(e.code) }
    #[derive(Clone, PartialEq)]
    struct MyErr {
        code: i64,
    }

    fn my_err_error(pointer: &Ptr<MyErr>) -> GoString {
        GoString::from(format!("my error {}", pointer.get().code))
    }

    impl crate::error::PointerError for MyErr {
        fn error(pointer: &Ptr<Self>) -> GoString {
            my_err_error(pointer)
        }
    }

    crate::impl_go_struct!(MyErr, "main.MyErr", code => "code"; *Error = my_err_error);
    crate::impl_dynamic!(MyErr, eq; pointer_error);
}
