//! The Rust side of `prelude.go`: the same types and variables, so that each
//! case's Rust expression mirrors its Go expression.

#![allow(dead_code)]

pub use crate::error::Error;
pub use crate::map::Map;
pub use crate::ptr::Ptr;
pub use crate::slice::Slice;
pub use crate::string::GoString;
pub use crate::time::{self, Duration};
pub use crate::{errors, impl_go_named, impl_go_struct};

/// `fmt.Sprintf(format, args...)`.
macro_rules! sf {
    ($format:expr $(, $arg:expr)* $(,)?) => {
        $crate::fmt::sprintf($format, &[$(&$arg as &dyn $crate::fmt::Value),*])
    };
}
/// `fmt.Sprint(args...)`.
macro_rules! sp {
    ($($arg:expr),* $(,)?) => {
        $crate::fmt::sprint(&[$(&$arg as &dyn $crate::fmt::Value),*])
    };
}
/// `fmt.Sprintln(args...)`.
macro_rules! sln {
    ($($arg:expr),* $(,)?) => {
        $crate::fmt::sprintln(&[$(&$arg as &dyn $crate::fmt::Value),*])
    };
}
/// `fmt.Errorf(format, args...)`.
macro_rules! ef {
    ($format:expr $(, $arg:expr)* $(,)?) => {
        $crate::fmt::errorf($format, &[$(&$arg as &dyn $crate::fmt::Value),*])
    };
}
/// A slice literal.
macro_rules! sl {
    ($($element:expr),* $(,)?) => {
        $crate::slice::Slice::from_vec(vec![$($element),*])
    };
}
/// A map literal.
macro_rules! mp {
    ($($key:expr => $value:expr),* $(,)?) => {
        $crate::map::Map::from_entries(vec![$(($key, $value)),*])
    };
}
pub(crate) use {ef, mp, sf, sl, sln, sp};

/// A Go string.
pub fn gs(text: &'static str) -> GoString {
    GoString::from(text)
}

/// Go's `time.Duration(n)`.
pub fn dur(nanoseconds: i64) -> Duration {
    Duration(nanoseconds)
}

#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct P {
    pub x: i64,
    pub y: i64,
    pub name: GoString,
}
impl_go_struct!(P, "main.P", x => "X", y => "Y", name => "Name");

pub fn p(x: i64, y: i64, name: &'static str) -> P {
    P { x, y, name: gs(name) }
}

#[derive(Clone, Default)]
pub struct Inner {
    pub a: i64,
    pub b: GoString,
}
impl_go_struct!(Inner, "main.Inner", a => "A", b => "B");

#[derive(Clone, Default)]
pub struct Outer {
    pub in_: Inner,
    pub ptr: Ptr<Inner>,
    pub s: Slice<i64>,
    pub m: Map<GoString, i64>,
    pub e: Error,
}
impl_go_struct!(Outer, "main.Outer", in_ => "In", ptr => "Ptr", s => "S", m => "M", e => "E");

#[derive(Clone, Copy, Default)]
pub struct Celsius(pub f64);
fn celsius_string(c: &Celsius) -> GoString {
    sf!("%.1f°C", c.0)
}
impl_go_named!(Celsius(f64), "main.Celsius"; String = celsius_string);

#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Color(pub i64);
fn color_string(c: &Color) -> GoString {
    match c.0 {
        0 => gs("Red"),
        1 => gs("Green"),
        n => GoString::from(format!("Color({n})")),
    }
}
impl_go_named!(Color(i64), "main.Color"; String = color_string);

#[derive(Clone, Default)]
pub struct MyErr {
    pub code: i64,
}
fn my_err_error(e: &Ptr<MyErr>) -> GoString {
    e.with(|e| sf!("code %d", e.code))
}
impl_go_struct!(MyErr, "main.MyErr", code => "Code"; *Error = my_err_error);

#[derive(Clone, Default)]
pub struct Stack(pub Slice<i64>);
impl_go_named!(Stack(Slice<i64>), "main.Stack");

#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name(pub GoString);
impl_go_named!(Name(GoString), "main.Name");

#[derive(Clone, Default)]
pub struct PS {
    pub a: i64,
}
impl_go_struct!(PS, "main.PS", a => "A"; *String = |_: &Ptr<PS>| gs("PS!"));

#[derive(Clone, Default)]
pub struct VS {
    pub a: i64,
}
impl_go_struct!(VS, "main.VS", a => "A"; String = |v: &VS| sf!("VS%d", v.a));

#[derive(Clone, Default)]
pub struct Private {
    pub d: Duration,
    pub d_pub: Duration,
}
impl_go_struct!(Private, "main.Private", d => "d", d_pub => "D");

#[derive(Clone, Default)]
pub struct Empty {}
impl_go_struct!(Empty, "main.Empty");

#[derive(Clone, Default)]
pub struct WithErr {
    pub err_pub: Error,
    pub err: Error,
}
impl_go_struct!(WithErr, "main.WithErr", err_pub => "Err", err => "err");

#[derive(Clone, Default)]
pub struct Panicky {
    pub a: i64,
}
fn panicky_string(_: &Panicky) -> GoString {
    crate::panic::go_panic("boom")
}
impl_go_struct!(Panicky, "main.Panicky", a => "A"; String = panicky_string);

#[derive(Clone, Default)]
pub struct Temp {
    pub c_pub: Celsius,
    pub c: Celsius,
}
impl_go_struct!(Temp, "main.Temp", c_pub => "C", c => "c");

#[derive(Clone, Default)]
pub struct Bytes(pub Slice<u8>);
impl_go_named!(Bytes(Slice<u8>), "main.Bytes");

pub fn nil_err() -> Error {
    Error::nil()
}
pub fn boom() -> Error {
    errors::new("boom")
}
pub const F01: f64 = 0.1;
pub const F02: f64 = 0.2;
pub const F32A: f32 = 0.1;
pub const F32B: f32 = 0.2;
pub const NEG_ZERO: f64 = -0.0;
pub fn nil_p() -> Ptr<P> {
    Ptr::nil()
}
pub fn nil_ps() -> Ptr<PS> {
    Ptr::nil()
}
pub fn nil_vs() -> Ptr<VS> {
    Ptr::nil()
}
/// `[]byte(s)`.
pub fn bytes(text: &'static str) -> Slice<u8> {
    Slice::from_vec(text.as_bytes().to_vec())
}
/// A string of arbitrary bytes.
pub fn raw(bytes: &'static [u8]) -> GoString {
    GoString::from_bytes(bytes)
}
