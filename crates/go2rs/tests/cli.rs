//! The command line as users meet it: exit codes, what goes to stdout and
//! stderr, and the diagnostics' form.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn go2rs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_go2rs"))
        .args(args)
        .env("GO2RS_CACHE_DIR", cache_dir())
        .env("GO2RS_PROFILE", "quick")
        .output()
        .expect("go2rs runs")
}

fn cache_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("go2rs-cli-test-cache")
}

/// A scratch folder with the given files.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("go2rs-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const HELLO: &str =
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n\tgo func() { ch <- \"hi\" }()\n\tfmt.Println(<-ch)\n}\n";

#[test]
fn convert_prints_rust_on_stdout() {
    let dir = scratch("convert", &[("main.go", HELLO)]);
    let output = go2rs(&["convert", dir.join("main.go").to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let rust = text(&output.stdout);
    assert!(rust.contains("fn main()"), "{rust}");
    assert!(rust.contains("go2rs_runtime::go("), "{rust}");
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
}

#[test]
fn convert_with_output_writes_the_file_and_nothing_else() {
    let dir = scratch("convert-o", &[("main.go", HELLO)]);
    let out = dir.join("main.rs");
    let output = go2rs(&["convert", dir.join("main.go").to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(output.stdout.is_empty());
    assert!(std::fs::read_to_string(&out).unwrap().contains("fn main()"));
}

#[test]
fn every_syntax_error_is_reported_and_nothing_is_printed() {
    let source = "package main\n\nfunc main() {\n\tx := (1 +\n}\n\nfunc other() {\n\ty := ]\n}\n";
    let dir = scratch("syntax", &[("main.go", source)]);
    let path = dir.join("main.go");
    let output = go2rs(&["convert", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    let headlines: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with(&format!("{}:", path.display())))
        .collect();
    assert!(headlines.len() >= 2, "both errors reported: {stderr}");
    for line in &headlines {
        assert!(line.contains(": error[E0001]: syntax error"), "{line}");
    }
    assert!(headlines.iter().any(|line| line.contains(":4:")), "{stderr}");
    assert!(headlines.iter().any(|line| line.contains(":8:")), "{stderr}");
    // The source line and a caret follow each headline; no colour when
    // stderr is not a terminal.
    assert!(stderr.contains("y := ]"), "{stderr}");
    assert!(stderr.contains('^'), "{stderr}");
    assert!(!stderr.contains('\x1b'), "{stderr}");
}

#[test]
fn type_errors_are_reported_like_go() {
    let source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s string = 5\n\tfmt.Println(s, undefinedName)\n}\n";
    let dir = scratch("types", &[("main.go", source)]);
    let path = dir.join("main.go");
    let output = go2rs(&["convert", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:6:17: error[E0100]: cannot use 5 (untyped int constant) as string value",
            path.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{}:7:17: error[E0101]: undefined: undefinedName", path.display())),
        "{stderr}"
    );
}

#[test]
fn unsupported_go_names_the_construct() {
    let source = "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\ntype Shape interface{ Area() float64 }\n\nfunc main() {\n\tvar s Shape\n\tfmt.Println(s, http.StatusOK)\n}\n";
    let dir = scratch("unsupported", &[("main.go", source)]);
    let path = dir.join("main.go");
    let output = go2rs(&["convert", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains(&format!("{}:5:2: error[E0200]: unsupported import \"net/http\"", path.display())),
        "{stderr}"
    );
    assert!(stderr.contains("= hint: go2rs translates these packages"), "{stderr}");
    assert!(!stderr.contains("undefined: http"), "no cascade from the import: {stderr}");
}

#[test]
fn unsupported_constructs_get_their_code() {
    let source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tz := complex(1, 2)\n\tfmt.Println(z)\n}\n";
    let dir = scratch("complex", &[("main.go", source)]);
    let output = go2rs(&["convert", dir.join("main.go").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(stderr.contains("error[E0218]: unsupported: complex numbers"), "{stderr}");
    assert!(stderr.contains("go2rs explain E0218"), "{stderr}");
}

#[test]
fn a_missing_file_is_an_error_not_a_crash() {
    let output = go2rs(&["convert", "/nonexistent/go2rs/main.go"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert!(text(&output.stderr).contains("/nonexistent/go2rs/main.go"));
}

#[test]
fn a_directory_holds_a_package_in_several_files() {
    let dir = scratch(
        "directory",
        &[
            (
                "main.go",
                "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(greeting())\n}\n",
            ),
            ("greet.go", "package main\n\nfunc greeting() string { return \"hello\" }\n"),
            ("greet_test.go", "package main\n\nthis is not even Go\n"),
        ],
    );
    let output = go2rs(&["convert", dir.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("fn greeting()"));
}

#[test]
fn run_passes_output_and_exit_status_through() {
    let source = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"args:\", len(os.Args)-1)\n\tfmt.Fprintln(os.Stderr, \"leaving\")\n\tos.Exit(3)\n}\n";
    let dir = scratch("run", &[("main.go", source)]);
    let output = go2rs(&["run", dir.join("main.go").to_str().unwrap(), "--", "a", "b"]);
    assert_eq!(output.status.code(), Some(3), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "args: 2\n");
    assert_eq!(text(&output.stderr), "leaving\n");

    // `build -o` writes the same program as an executable.
    let binary = dir.join("program");
    let output = go2rs(&["build", dir.join("main.go").to_str().unwrap(), "-o", binary.to_str().unwrap()]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let output = Command::new(&binary).output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(text(&output.stdout), "args: 0\n");
}

#[test]
fn explain_prints_the_catalogue_entry() {
    let output = go2rs(&["explain", "E0306"]);
    assert!(output.status.success());
    let stdout = text(&output.stdout);
    assert!(stdout.starts_with("## E0306: blocking where Rust cannot wait"), "{stdout}");
    let output = go2rs(&["explain", "E4242"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
}

#[test]
fn project_builds_offline_and_behaves_like_go() {
    let dir = scratch("project", &[("hello.go", HELLO)]);
    let project = dir.join("hello-rs");
    let output = go2rs(&[
        "convert",
        dir.join("hello.go").to_str().unwrap(),
        "--project",
        project.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(project.join("Cargo.toml").is_file());
    assert!(project.join("src/main.rs").is_file());
    assert!(project.join("go2rs_runtime/src/lib.rs").is_file());
    // A second write into the same directory is refused, nothing changed.
    let again = go2rs(&[
        "convert",
        dir.join("hello.go").to_str().unwrap(),
        "--project",
        project.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists"));
    // It builds without the network, sharing compiled dependencies with the
    // other CLI tests.
    let build = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--offline", "--quiet"])
        .current_dir(&project)
        .env("CARGO_TARGET_DIR", cache_dir().join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", text(&build.stderr));
    let binary = cache_dir().join("target/debug/hello");
    let run = Command::new(binary).output().unwrap();
    assert_eq!(text(&run.stdout), "hi\n");
}

#[test]
fn check_passes_faithful_programs_and_shows_a_diff_otherwise() {
    let faithful = scratch("check-pass", &[("main.go", HELLO)]);
    // The address of a variable differs between Go and the translation.
    let differs =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(\"same line\")\n\tfmt.Printf(\"%p\\n\", &x)\n}\n";
    let unfaithful = scratch("check-fail", &[("main.go", differs)]);
    let junit = unfaithful.join("report.xml");
    let output = go2rs(&[
        "check",
        faithful.to_str().unwrap(),
        unfaithful.to_str().unwrap(),
        "--junit",
        junit.to_str().unwrap(),
    ]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}{}", text(&output.stderr));
    assert!(stdout.contains(&format!("PASS {}", faithful.display())), "{stdout}");
    assert!(stdout.contains(&format!("FAIL {}", unfaithful.display())), "{stdout}");
    assert!(stdout.contains("stdout differs"), "{stdout}");
    assert!(stdout.contains("--- go") && stdout.contains("+++ go2rs"), "{stdout}");
    assert!(stdout.contains("  same line"), "context line: {stdout}");
    assert!(stdout.contains("1 passed, 1 failed"), "{stdout}");
    assert!(std::fs::read_to_string(&junit).unwrap().contains("failures=\"1\""));

    let output = go2rs(&["check", faithful.to_str().unwrap(), "--format", "json"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).starts_with("{\"passed\":1,\"failed\":0,"),
        "{}",
        text(&output.stdout)
    );
}
