//! `go2rs check`: does the translation still behave like the Go original?
//!
//! Each program is built and run with the Go toolchain and translated,
//! built and run with go2rs; stdout, the exit status and the first stderr
//! line of a crash (`panic: ...`, `fatal error: ...`) must be equal.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::compile::{Cache, Profile};

/// How to check.
#[derive(Clone, Debug)]
pub struct Options {
    /// Compare stdout lines as a multiset (for programs whose lines come in
    /// scheduling order).
    pub unordered: bool,
    /// How long each run may take.
    pub timeout: Duration,
    /// Programs checked at once.
    pub jobs: usize,
    pub profile: Profile,
}

/// What one run printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub exit: i32,
    /// The first line of a crash report, if the program crashed.
    pub crash: Option<String>,
}

/// The verdict on one program.
#[derive(Clone, Debug)]
pub struct Report {
    pub program: PathBuf,
    pub passed: bool,
    /// Why it failed: a unified diff, the translation's diagnostics, a
    /// build error or a timeout.
    pub details: String,
    pub seconds: f64,
}

/// Programs under `paths`: a `.go` file, a directory with `.go` files (one
/// program), or a directory whose subdirectories are programs.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut programs = Vec::new();
    for path in paths {
        if path.is_file() {
            programs.push(path.clone());
            continue;
        }
        if !path.is_dir() {
            return Err(format!("{}: no such file or directory", path.display()));
        }
        if has_go_files(path) {
            programs.push(path.clone());
            continue;
        }
        let mut found: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|error| format!("{}: {error}", path.display()))?
            .flatten()
            .map(|entry| entry.path())
            .filter(|sub| sub.is_dir() && has_go_files(sub))
            .collect();
        found.sort();
        if found.is_empty() {
            return Err(format!("{}: no Go programs here", path.display()));
        }
        programs.extend(found);
    }
    Ok(programs)
}

fn has_go_files(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries.flatten().any(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.ends_with(".go") && !name.ends_with("_test.go")
        })
    })
}

/// Whether the Go toolchain is installed.
pub fn go_version() -> Option<String> {
    let output = Command::new("go").arg("version").output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// Checks every program, `options.jobs` at a time, calling `progress` after
/// each one (with the number done). Reports come back in input order.
pub fn check_all(programs: &[PathBuf], options: &Options, progress: &(dyn Fn(usize, &Report) + Sync)) -> Vec<Report> {
    let next = Mutex::new(0usize);
    let done = Mutex::new(0usize);
    let reports: Mutex<Vec<Option<Report>>> = Mutex::new(vec![None; programs.len()]);
    let scratch = std::env::temp_dir().join(format!("go2rs-check-{}", std::process::id()));
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let index = {
                        let mut next = next.lock().unwrap();
                        let index = *next;
                        *next += 1;
                        index
                    };
                    let Some(program) = programs.get(index) else {
                        break;
                    };
                    let report = check_one(program, options, &scratch.join(index.to_string()));
                    let count = {
                        let mut done = done.lock().unwrap();
                        *done += 1;
                        *done
                    };
                    progress(count, &report);
                    reports.lock().unwrap()[index] = Some(report);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&scratch);
    reports.into_inner().unwrap().into_iter().flatten().collect()
}

fn check_one(program: &Path, options: &Options, scratch: &Path) -> Report {
    let started = Instant::now();
    let verdict = compare_program(program, options, scratch);
    let (passed, details) = match verdict {
        Ok(()) => (true, String::new()),
        Err(details) => (false, details),
    };
    Report {
        program: program.to_path_buf(),
        passed,
        details,
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// `go build -o output` of a program: a `.go` file or a folder of one
/// package. A program with a go.mod of its own (for errgroup) builds in
/// module mode from its folder; any other in GOPATH mode.
pub fn go_build(program: &Path, output: &Path) -> Command {
    let mut build = Command::new("go");
    build.arg("build").arg("-o").arg(output);
    let folder = match program.parent() {
        _ if program.is_dir() => program,
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let module = folder.join("go.mod").is_file();
    if !module {
        build.env("GO111MODULE", "off");
    }
    if program.is_dir() {
        build.arg(".").current_dir(program);
    } else if module {
        build
            .arg(program.canonicalize().unwrap_or_else(|_| program.to_path_buf()))
            .current_dir(folder);
    } else {
        build.arg(program);
    }
    build
}

fn compare_program(program: &Path, options: &Options, scratch: &Path) -> Result<(), String> {
    std::fs::create_dir_all(scratch).map_err(|error| format!("{}: {error}", scratch.display()))?;
    // Go.
    let go_binary = scratch.join("go-program");
    let build = go_build(program, &go_binary)
        .output()
        .map_err(|error| format!("cannot run go: {error}"))?;
    if !build.status.success() {
        return Err(format!("go build failed:\n{}", String::from_utf8_lossy(&build.stderr).trim_end()));
    }
    let expected = run(&go_binary, options.timeout).map_err(|error| format!("the Go program {error}"))?;
    // The translation.
    let sources = crate::load(program)?;
    let rust = crate::translate(&sources).map_err(|diagnostics| {
        format!(
            "go2rs cannot translate it:\n{}",
            crate::render_diagnostics(&sources, &diagnostics).trim_end()
        )
    })?;
    let cache = Cache::open().map_err(|error| error.message)?;
    let executable = cache
        .executable(&rust, options.profile)
        .map_err(|error| format!("the translation did not build (a go2rs bug):\n{error}"))?;
    let actual = run(&executable, options.timeout).map_err(|error| format!("the translation {error}"))?;
    compare(&expected, &actual, options.unordered)
}

/// Runs a program with stdin closed; `Err` on a timeout.
pub fn run(executable: &Path, timeout: Duration) -> Result<Outcome, String> {
    let mut child = Command::new(executable)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("could not start: {error}"))?;
    let mut stdout_pipe = child.stdout.take().expect("piped");
    let mut stderr_pipe = child.stderr.take().expect("piped");
    let stdout = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = stdout_pipe.read_to_end(&mut buffer);
        buffer
    });
    let stderr = std::thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut buffer);
        buffer
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|error| error.to_string())? {
            break status;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("did not finish within {} seconds", timeout.as_secs_f64()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&stdout.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned();
    let exit = status.code().unwrap_or_else(|| {
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
    let crash = stderr
        .lines()
        .find(|line| line.starts_with("panic: ") || line.starts_with("fatal error: "))
        .map(str::to_string)
        .filter(|_| exit == 2);
    Ok(Outcome { stdout, exit, crash })
}

/// `Err` with a readable explanation when the outcomes differ.
pub fn compare(expected: &Outcome, actual: &Outcome, unordered: bool) -> Result<(), String> {
    let mut problems = Vec::new();
    let stdout_equal = if unordered {
        let mut a: Vec<&str> = expected.stdout.lines().collect();
        let mut b: Vec<&str> = actual.stdout.lines().collect();
        a.sort_unstable();
        b.sort_unstable();
        a == b
    } else {
        expected.stdout == actual.stdout
    };
    if !stdout_equal {
        problems.push(format!(
            "stdout differs{}:\n{}",
            if unordered { " (as a multiset of lines)" } else { "" },
            unified_diff(&expected.stdout, &actual.stdout, "go", "go2rs")
        ));
    }
    if expected.exit != actual.exit {
        problems.push(format!("exit status: go {}, go2rs {}", expected.exit, actual.exit));
    }
    if expected.crash != actual.crash {
        problems.push(format!(
            "crash: go {}, go2rs {}",
            expected.crash.as_deref().unwrap_or("none"),
            actual.crash.as_deref().unwrap_or("none")
        ));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// A unified diff of two texts, by lines, with three lines of context.
pub fn unified_diff(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // Longest common subsequence by dynamic programming (outputs are small;
    // large ones fall back to a plain listing).
    if a.len() * b.len() > 4_000_000 {
        return format!("--- {old_name}\n+++ {new_name}\n({} lines versus {} lines)\n", a.len(), b.len());
    }
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // The edit script: ' ', '-', '+'.
    let mut script: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            script.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // Deletions before insertions, as diff prints them.
            script.push(('-', a[i]));
            i += 1;
        } else {
            script.push(('+', b[j]));
            j += 1;
        }
    }
    let mut out = format!("--- {old_name}\n+++ {new_name}\n");
    const CONTEXT: usize = 3;
    let changes: Vec<usize> = script
        .iter()
        .enumerate()
        .filter(|(_, (kind, _))| *kind != ' ')
        .map(|(index, _)| index)
        .collect();
    let mut index = 0;
    while index < changes.len() {
        let start = changes[index].saturating_sub(CONTEXT);
        let mut end = (changes[index] + CONTEXT + 1).min(script.len());
        while index + 1 < changes.len() && changes[index + 1] <= end + CONTEXT {
            index += 1;
            end = (changes[index] + CONTEXT + 1).min(script.len());
        }
        let old_start = script[..start].iter().filter(|(kind, _)| *kind != '+').count() + 1;
        let new_start = script[..start].iter().filter(|(kind, _)| *kind != '-').count() + 1;
        let old_count = script[start..end].iter().filter(|(kind, _)| *kind != '+').count();
        let new_count = script[start..end].iter().filter(|(kind, _)| *kind != '-').count();
        out.push_str(&format!("@@ -{old_start},{old_count} +{new_start},{new_count} @@\n"));
        for (kind, line) in &script[start..end] {
            out.push(*kind);
            out.push_str(line);
            out.push('\n');
        }
        index += 1;
    }
    if old.ends_with('\n') != new.ends_with('\n') {
        out.push_str("\\ the final newline differs\n");
    }
    out
}

/// The reports as JSON (one object with a list of programs).
pub fn to_json(reports: &[Report]) -> String {
    let items: Vec<String> = reports
        .iter()
        .map(|report| {
            format!(
                "{{\"program\":{},\"passed\":{},\"seconds\":{:.3},\"details\":{}}}",
                json_string(&report.program.display().to_string()),
                report.passed,
                report.seconds,
                json_string(&report.details)
            )
        })
        .collect();
    let passed = reports.iter().filter(|report| report.passed).count();
    format!(
        "{{\"passed\":{passed},\"failed\":{},\"programs\":[{}]}}\n",
        reports.len() - passed,
        items.join(",")
    )
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The reports as a JUnit XML test suite.
pub fn to_junit(reports: &[Report]) -> String {
    let failures = reports.iter().filter(|report| !report.passed).count();
    let total: f64 = reports.iter().map(|report| report.seconds).sum();
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"go2rs check\" tests=\"{}\" failures=\"{failures}\" time=\"{total:.3}\">\n",
        reports.len()
    );
    for report in reports {
        let name = xml_escape(&report.program.display().to_string());
        out.push_str(&format!(
            "  <testcase classname=\"go2rs.check\" name=\"{name}\" time=\"{:.3}\"",
            report.seconds
        ));
        if report.passed {
            out.push_str("/>\n");
        } else {
            let first = report.details.lines().next().unwrap_or("failed");
            out.push_str(&format!(
                ">\n    <failure message=\"{}\">{}</failure>\n  </testcase>\n",
                xml_escape(first),
                xml_escape(&report.details)
            ));
        }
    }
    out.push_str("</testsuite>\n");
    out
}

fn xml_escape(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || c == '\t' || c >= ' ')
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unified_diff_shows_changed_lines_with_context() {
        let diff = unified_diff("a\nb\nc\nd\n", "a\nb\nX\nd\n", "go", "go2rs");
        assert_eq!(diff, "--- go\n+++ go2rs\n@@ -1,4 +1,4 @@\n a\n b\n-c\n+X\n d\n");
    }

    #[test]
    fn unordered_compares_lines_as_a_multiset() {
        let outcome = |stdout: &str| Outcome {
            stdout: stdout.to_string(),
            exit: 0,
            crash: None,
        };
        assert!(compare(&outcome("1\n2\n"), &outcome("2\n1\n"), true).is_ok());
        assert!(compare(&outcome("1\n2\n"), &outcome("2\n1\n"), false).is_err());
        assert!(compare(&outcome("1\n1\n"), &outcome("1\n2\n"), true).is_err());
    }

    #[test]
    fn reports_serialise() {
        let reports = vec![Report {
            program: PathBuf::from("a/main.go"),
            passed: false,
            details: "stdout differs: \"x\" <y>".to_string(),
            seconds: 1.5,
        }];
        assert_eq!(
            to_json(&reports),
            "{\"passed\":0,\"failed\":1,\"programs\":[{\"program\":\"a/main.go\",\"passed\":false,\"seconds\":1.500,\"details\":\"stdout differs: \\\"x\\\" <y>\"}]}\n"
        );
        assert!(to_junit(&reports).contains("<failure message=\"stdout differs: &quot;x&quot; &lt;y&gt;\">"));
    }
}
