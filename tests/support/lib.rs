//! The fixture harness.
//!
//! Every fixture folder holds `main.go` (and the package's other files, if
//! it has several) and what the real Go program did,
//! recorded by `scripts/bless-fixtures`: `expected.stdout`, `expected.exit`
//! and `expected.stderr`. `translation.rs` is the reviewed snapshot of the
//! Rust go2rs generates; `GO2RS_BLESS=1` rewrites it.
//!
//! The first test to run translates every fixture and builds all of them in
//! one Cargo project under `target/fixture-programs` (one binary per
//! fixture, `--keep-going` so that one failure does not hide the others);
//! each test then checks its own fixture.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use go2rs::compile::{Profile, Project};

/// How long a fixture may run (Go's and the translation's).
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures_dir() -> PathBuf {
    repo_root().join("fixtures")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| if dir.is_absolute() { dir } else { repo_root().join(dir) })
        .unwrap_or_else(|| repo_root().join("target"))
}

fn blessing() -> bool {
    std::env::var_os("GO2RS_BLESS").is_some_and(|value| !value.is_empty() && value != "0")
}

/// The result of translating and building one fixture.
enum Built {
    Executable(PathBuf),
    TranslationFailed(String),
    BuildFailed(String),
}

struct Batch {
    fixtures: HashMap<String, Built>,
    translations: HashMap<String, String>,
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures_dir())
        .expect("fixtures folder")
        .flatten()
        .filter(|entry| entry.path().join("main.go").is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn bin_name(fixture: &str) -> String {
    format!("fixture_{fixture}")
}

/// The Go files of a fixture, sorted: `main.go`, or a package spread over
/// several files.
fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect())
        .unwrap_or_default();
    files.retain(|path| path.extension().is_some_and(|ext| ext == "go"));
    files.sort();
    files
}

/// What go2rs translates for a fixture: its `main.go`, or its folder when
/// the package has several files.
fn fixture_input(dir: &Path) -> PathBuf {
    if go_files(dir).len() > 1 {
        dir.to_path_buf()
    } else {
        dir.join("main.go")
    }
}

fn batch() -> &'static Batch {
    static BATCH: OnceLock<Batch> = OnceLock::new();
    BATCH.get_or_init(build_all)
}

fn build_all() -> Batch {
    let mut fixtures = HashMap::new();
    let mut translations = HashMap::new();
    let mut programs = Vec::new();
    for name in fixture_names() {
        let sources = match go2rs::load(&fixture_input(&fixtures_dir().join(&name))) {
            Ok(sources) => sources,
            Err(message) => {
                fixtures.insert(name, Built::TranslationFailed(message));
                continue;
            }
        };
        match go2rs::translate(&sources) {
            Ok(rust) => {
                translations.insert(name.clone(), rust.clone());
                programs.push((bin_name(&name), rust));
            }
            Err(diagnostics) => {
                fixtures.insert(name, Built::TranslationFailed(go2rs::render_diagnostics(&sources, &diagnostics)));
            }
        }
    }
    let project = Project {
        dir: target_dir().join("fixture-programs"),
        target_dir: target_dir().join("fixture-programs").join("target"),
        runtime_dir: repo_root().join("crates").join("go2rs_runtime"),
        // Translations must compile without a single warning.
        deny_warnings: true,
    };
    // Stale executables must not pass for fresh ones.
    for (name, _) in &programs {
        let _ = std::fs::remove_file(project.target_dir.join("debug").join(name));
    }
    let outcome = project.build_each(&programs, Profile::Quick);
    for (name, _) in &programs {
        let fixture = name.strip_prefix("fixture_").unwrap_or(name).to_string();
        let executable = project.target_dir.join("debug").join(name);
        let built = if executable.is_file() {
            Built::Executable(executable)
        } else {
            Built::BuildFailed(errors_for(&outcome, name))
        };
        fixtures.insert(fixture, built);
    }
    Batch { fixtures, translations }
}

/// The part of Cargo's output about one binary.
fn errors_for(output: &str, bin: &str) -> String {
    let marker = format!("src/bin/{bin}.rs");
    let relevant: Vec<&str> = output.lines().filter(|line| line.contains(&marker)).collect();
    if relevant.is_empty() {
        output.to_string()
    } else {
        relevant.join("\n")
    }
}

/// Runs an executable with stdin closed and a timeout; returns stdout,
/// stderr and the exit code (128 + signal when killed by a signal).
pub fn run_program(executable: &Path) -> Result<(Vec<u8>, Vec<u8>, i32), String> {
    let mut child = Command::new(executable)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run {}: {error}", executable.display()))?;
    let mut stdout_pipe = child.stdout.take().expect("piped stdout");
    let mut stderr_pipe = child.stderr.take().expect("piped stderr");
    let stdout_reader = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = stdout_pipe.read_to_end(&mut buffer);
        buffer
    });
    let stderr_reader = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut buffer);
        buffer
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|error| error.to_string())? {
            break status;
        }
        if started.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("{} did not finish within {RUN_TIMEOUT:?}", executable.display()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    let code = status.code().unwrap_or_else(|| {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            128 + status.signal().unwrap_or(0)
        }
        #[cfg(not(unix))]
        {
            -1
        }
    });
    Ok((stdout, stderr, code))
}

/// The stderr a fixture records: for a crash (exit 2 with a `panic: ` or
/// `fatal error: ` line), everything up to and including that line;
/// otherwise all of it. Same rule as `scripts/bless-fixtures`.
pub fn recorded_stderr(stderr: &[u8], code: i32) -> String {
    let text = String::from_utf8_lossy(stderr);
    if code == 2 {
        let mut kept = Vec::new();
        for line in text.lines() {
            kept.push(line);
            if line.starts_with("panic: ") || line.starts_with("fatal error: ") {
                let mut out = kept.join("\n");
                out.push('\n');
                return out;
            }
        }
    }
    text.into_owned()
}

struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    stderr: String,
}

fn expected(fixture: &Path) -> Expected {
    let read = |name: &str| {
        std::fs::read(fixture.join(name))
            .unwrap_or_else(|error| panic!("{}: {error} (run scripts/bless-fixtures)", fixture.join(name).display()))
    };
    let exit = String::from_utf8_lossy(&read("expected.exit"))
        .trim()
        .parse()
        .expect("expected.exit holds a number");
    Expected {
        stdout: read("expected.stdout"),
        exit,
        stderr: String::from_utf8_lossy(&read("expected.stderr")).into_owned(),
    }
}

fn compare(what: &str, fixture: &str, expected: &Expected, stdout: &[u8], stderr: &str, code: i32) {
    let mut problems = Vec::new();
    if stdout != expected.stdout.as_slice() {
        problems.push(format!(
            "stdout differs:\n{}",
            line_diff(&String::from_utf8_lossy(&expected.stdout), &String::from_utf8_lossy(stdout))
        ));
    }
    if code != expected.exit {
        problems.push(format!("exit code: expected {}, got {code}", expected.exit));
    }
    if stderr != expected.stderr {
        problems.push(format!("stderr differs:\n{}", line_diff(&expected.stderr, stderr)));
    }
    assert!(problems.is_empty(), "{what} of fixture {fixture}:\n{}", problems.join("\n"));
}

/// A small line diff: `-` expected, `+` actual.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let expected: Vec<&str> = expected.lines().collect();
    let actual: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < expected.len() || j < actual.len() {
        if i < expected.len() && j < actual.len() && expected[i] == actual[j] {
            out.push_str(&format!("  {}\n", expected[i]));
            i += 1;
            j += 1;
            continue;
        }
        // Look ahead for a resynchronisation point.
        let ahead_actual = (j..actual.len()).find(|&k| i < expected.len() && actual[k] == expected[i]);
        let ahead_expected = (i..expected.len()).find(|&k| j < actual.len() && expected[k] == actual[j]);
        match (ahead_expected, ahead_actual) {
            (Some(k), _) if i < expected.len() => {
                for line in &expected[i..k] {
                    out.push_str(&format!("- {line}\n"));
                }
                i = k;
            }
            (_, Some(k)) => {
                for line in &actual[j..k] {
                    out.push_str(&format!("+ {line}\n"));
                }
                j = k;
            }
            _ => {
                if i < expected.len() {
                    out.push_str(&format!("- {}\n", expected[i]));
                    i += 1;
                }
                if j < actual.len() {
                    out.push_str(&format!("+ {}\n", actual[j]));
                    j += 1;
                }
            }
        }
    }
    out
}

fn go_available() -> bool {
    Command::new("go")
        .arg("version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Re-runs the Go program to confirm the recorded expectation.
fn check_with_go(fixture: &str, dir: &Path, expected: &Expected) {
    if !go_available() {
        if std::env::var("CI").is_ok_and(|value| value == "true") {
            panic!("CI=true but the go toolchain is not installed: the recorded expectations of {fixture} cannot be confirmed");
        }
        return;
    }
    let build_dir = target_dir().join("fixture-go").join(fixture);
    std::fs::create_dir_all(&build_dir).expect("build folder for Go");
    let binary = build_dir.join("program");
    // The build `go2rs check` runs.
    let mut command = go2rs::check::go_build(&fixture_input(dir), &binary);
    if dir.join("go.mod").is_file() {
        // A module of its own (go.mod and vendor/, for a package outside
        // the standard library such as errgroup): built offline from the
        // vendored copy.
        command.env("GOFLAGS", "-mod=vendor").env("GO111MODULE", "on").env("GOPROXY", "off");
    } else {
        command.env("GOFLAGS", "-mod=mod");
    }
    let output = command.output().expect("go build runs");
    assert!(
        output.status.success(),
        "go build of fixture {fixture} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (stdout, stderr, code) = run_program(&binary).unwrap_or_else(|error| panic!("{error}"));
    compare(
        "the Go program (the recording is stale: run scripts/bless-fixtures)",
        fixture,
        expected,
        &stdout,
        &recorded_stderr(&stderr, code),
        code,
    );
}

/// The whole check of one fixture.
pub fn check_fixture(fixture: &str) {
    let dir = fixtures_dir().join(fixture);
    let expected = expected(&dir);
    check_with_go(fixture, &dir, &expected);
    let batch = batch();
    // The snapshot of the translation.
    if let Some(rust) = batch.translations.get(fixture) {
        let snapshot = dir.join("translation.rs");
        if blessing() {
            std::fs::write(&snapshot, rust).expect("write the snapshot");
        } else {
            let recorded = std::fs::read_to_string(&snapshot).unwrap_or_default();
            assert!(
                recorded == *rust,
                "the translation of fixture {fixture} differs from {} (review it, then rerun with GO2RS_BLESS=1):\n{}",
                snapshot.display(),
                line_diff(&recorded, rust)
            );
        }
    }
    match batch.fixtures.get(fixture) {
        Some(Built::Executable(executable)) => {
            let (stdout, stderr, code) = run_program(executable).unwrap_or_else(|error| panic!("fixture {fixture}: {error}"));
            compare(
                "the translation",
                fixture,
                &expected,
                &stdout,
                &recorded_stderr(&stderr, code),
                code,
            );
        }
        Some(Built::TranslationFailed(message)) => panic!("fixture {fixture} did not translate:\n{message}"),
        Some(Built::BuildFailed(message)) => panic!("the translation of fixture {fixture} did not compile:\n{message}"),
        None => panic!("fixture {fixture} was not built"),
    }
}

/// Runs clippy over every translated fixture with warnings denied.
pub fn check_clippy() {
    let batch = batch();
    assert!(!batch.translations.is_empty(), "no fixture translated");
    let project = target_dir().join("fixture-programs");
    let output = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args([
            "clippy",
            "--quiet",
            "--keep-going",
            "--message-format=short",
            "--bins",
            "--manifest-path",
        ])
        .arg(project.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(project.join("target"))
        .args(["--", "-D", "warnings"])
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo clippy runs");
    assert!(
        output.status.success(),
        "clippy finds fault with translated fixtures:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
