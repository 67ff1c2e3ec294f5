//! `%#v` through `GoString()` methods (Go's `fmt.GoStringer`). The expected
//! output comes from this Go program, run with Go 1.26:
//!
//! ```go
//! type Secret string
//! func (s Secret) GoString() string { return `Secret("redacted")` }
//! type Point struct{ X, Y int }
//! func (p *Point) GoString() string { return "P!" }
//! type Both int
//! func (b Both) String() string   { return "both" }
//! func (b Both) GoString() string { return "Both(go)" }
//! type Panicky struct{}
//! func (Panicky) GoString() string { panic("boom") }
//! type Wrap struct {
//!     S Secret
//!     s Secret
//!     P *Point
//! }
//! ```
//!
//! and the `fmt.Printf` calls in the comments.

use crate::fmt::sprintf;
use crate::iface::any;
use crate::map::Map;
use crate::ptr::Ptr;
use crate::slice::Slice;
use crate::string::GoString;

#[derive(Clone, Default, PartialEq, Eq, Hash)]
struct Secret(GoString);
fn secret_go_string(_: &Secret) -> GoString {
    GoString::from("Secret(\"redacted\")")
}
crate::impl_go_named!(Secret(GoString), "main.Secret"; GoString = secret_go_string);
crate::impl_dynamic!(Secret, hash);

#[derive(Clone, Default)]
struct Point {
    x: i64,
    y: i64,
}
fn point_go_string(_: &Ptr<Point>) -> GoString {
    GoString::from("P!")
}
crate::impl_go_struct!(Point, "main.Point", x => "X", y => "Y"; *GoString = point_go_string);

#[derive(Clone, Copy, Default)]
struct Both(i64);
fn both_string(_: &Both) -> GoString {
    GoString::from("both")
}
fn both_go_string(_: &Both) -> GoString {
    GoString::from("Both(go)")
}
// Several method entries, separated by `;`.
crate::impl_go_named!(Both(i64), "main.Both"; String = both_string; GoString = both_go_string);

#[derive(Clone, Default)]
struct Panicky;
fn panicky_go_string(_: &Panicky) -> GoString {
    crate::panic::go_panic("boom")
}
crate::impl_go_struct!(Panicky, "main.Panicky"; GoString = panicky_go_string);

#[derive(Clone, Default)]
struct Wrap {
    s_exported: Secret,
    s: Secret,
    p: Ptr<Point>,
}
crate::impl_go_struct!(Wrap, "main.Wrap", s_exported => "S", s => "s", p => "P");

fn secret(text: &'static str) -> Secret {
    Secret(GoString::from(text))
}

#[test]
fn sharp_v_calls_go_string() {
    crate::panic::install_quiet_hook();
    // fmt.Printf("%#v\n", Secret("a"))
    assert_eq!(sprintf("%#v", &[&secret("a")]), "Secret(\"redacted\")");
    // fmt.Printf("%#v\n", []Secret{"a"})
    let secrets = Slice::from_vec(vec![secret("a")]);
    assert_eq!(sprintf("%#v", &[&secrets]), "[]main.Secret{Secret(\"redacted\")}");
    // fmt.Printf("%#v %v %s %d\n", Both(1), Both(1), Both(1), Both(1))
    let both = Both(1);
    assert_eq!(sprintf("%#v %v %s %d", &[&both, &both, &both, &both]), "Both(go) both both 1");
    // fmt.Printf("%#v\n", Point{1, 2}): GoString has a pointer receiver
    let point = Point { x: 1, y: 2 };
    assert_eq!(sprintf("%#v", &[&point]), "main.Point{X:1, Y:2}");
    // fmt.Printf("%#v\n", &Point{1, 2})
    assert_eq!(sprintf("%#v", &[&Ptr::new(point)]), "P!");
    // var np *Point; fmt.Printf("%#v\n", np)
    assert_eq!(sprintf("%#v", &[&Ptr::<Point>::nil()]), "P!");
    // fmt.Printf("%#v\n", Panicky{})
    assert_eq!(sprintf("%#v", &[&Panicky]), "%!v(PANIC=GoString method: boom)");
    // fmt.Printf("%#v\n", Wrap{"a", "b", &Point{}}): no method call for the unexported field
    let wrap = Wrap {
        s_exported: secret("a"),
        s: secret("b"),
        p: Ptr::new(Point::default()),
    };
    assert_eq!(sprintf("%#v", &[&wrap]), "main.Wrap{S:Secret(\"redacted\"), s:\"b\", P:P!}");
    // fmt.Printf("%#v\n", map[string]Secret{"k": "v"})
    let m = Map::from_entries([(GoString::from("k"), secret("v"))]);
    assert_eq!(sprintf("%#v", &[&m]), "map[string]main.Secret{\"k\":Secret(\"redacted\")}");
    // fmt.Printf("%#v\n", any(Secret("x")))
    assert_eq!(sprintf("%#v", &[&any(secret("x"))]), "Secret(\"redacted\")");
    // fmt.Printf("%#22v|%-22.6v|\n", Secret("a"), Secret("a"))
    assert_eq!(
        sprintf("%#22v|%-22.6v|", &[&secret("a"), &secret("a")]),
        "    Secret(\"redacted\")|a                     |"
    );
    // fmt.Printf("%v %+v\n", Secret("a"), []Secret{"a"})
    assert_eq!(sprintf("%v %+v", &[&secret("a"), &secrets]), "a [a]");
}
