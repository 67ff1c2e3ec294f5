//! Go's `errors` package.

use crate::error::{Error, ErrorString};
use crate::string::GoString;

/// `errors.New(text)`: a new, distinct error value.
pub fn new(text: impl Into<GoString>) -> Error {
    Error::new(ErrorString { text: text.into() })
}

/// `errors.Is(err, target)`: whether `err` or any error it wraps is `target`.
pub fn is(err: &Error, target: &Error) -> bool {
    if target.is_nil() {
        return err.is_nil();
    }
    let mut stack = vec![err.clone()];
    while let Some(current) = stack.pop() {
        if current.is_nil() {
            continue;
        }
        if current == *target {
            return true;
        }
        stack.extend(current.wrapped().into_iter().rev());
    }
    false
}

/// `errors.Unwrap(err)`: the error wrapped by a single `%w`, else nil.
pub fn unwrap(err: &Error) -> Error {
    let wrapped = err.wrapped();
    if wrapped.len() == 1 && err.value().map(|value| value.type_name()) == Some("*fmt.wrapError".to_string()) {
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
        let wrapped = Error::new(WrapError {
            text: GoString::from("lookup: not found"),
            wrapped: vec![base.clone()],
        });
        assert!(is(&wrapped, &base));
        assert!(!is(&wrapped, &other));
        assert_eq!(unwrap(&wrapped), base);
        assert!(unwrap(&base).is_nil());
    }
}
