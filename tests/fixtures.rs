//! One test per fixture: translate `fixtures/<name>/main.go`, compare the
//! translation with its snapshot, build it, run it, and compare stdout, the
//! exit code and stderr with what the real Go program produced (recorded by
//! `scripts/bless-fixtures`). When `go` is installed the Go program is run
//! again to confirm the recording. See `tests/support/lib.rs`.

include!(concat!(env!("OUT_DIR"), "/fixture_tests.rs"));

/// The translations are idiomatic enough for clippy (with warnings denied).
#[test]
fn translations_pass_clippy() {
    fixture_tests::check_clippy();
}
