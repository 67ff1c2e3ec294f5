//! The go2rs command line: a thin layer over the library.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use go2rs::compile::{Cache, Profile};

const ABOUT: &str = "Translate Go concurrency programs to Rust that behaves the same.

go2rs reads a Go `package main` (one file, or a directory of files) and
emits Rust linked with the go2rs runtime: goroutines, channels, select,
sync.WaitGroup and mutexes keep Go's semantics, including panics, exit
codes and the deadlock report. Go it cannot translate yet is reported as
`path:line:col: error: ...` (exit status 1), and nothing is written.";

const AFTER: &str = "Examples:
  go2rs convert main.go              print the Rust translation
  go2rs convert main.go -o main.rs   write it to a file
  go2rs build main.go -o server      build an optimised executable
  go2rs run main.go -- --port 8080   translate, build and run
  go2rs check fixtures/ -j 2         compare every program with Go

Builds use Cargo in a cache directory ($GO2RS_CACHE_DIR, else
$XDG_CACHE_HOME/go2rs, else ~/.cache/go2rs). The first build compiles the
runtime's dependencies (a minute or two); later builds take seconds, and a
program already built is reused. GO2RS_PROFILE=quick builds unoptimised
(faster to compile, slower to run).

Exit status: 0 on success, 1 when the Go program has errors or uses Go
that go2rs does not translate yet (each reported as path:line:col), and for
`run` the program's own exit status.";

#[derive(Parser)]
#[command(name = "go2rs", version, about = ABOUT, long_about = ABOUT, after_help = AFTER)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the Rust translation of a Go program (or write it with -o, or
    /// a whole Cargo project with --project).
    Convert {
        /// A .go file, or a directory holding one package main.
        path: PathBuf,
        /// Write the Rust to this file instead of standard output.
        #[arg(short, long, value_name = "FILE", conflicts_with = "project")]
        output: Option<PathBuf>,
        /// Write a standalone Cargo project into this new directory:
        /// Cargo.toml, src/main.rs and the runtime crate beside it; it builds
        /// with `cargo build --offline` where go2rs was built.
        #[arg(long, value_name = "DIR")]
        project: Option<PathBuf>,
    },
    /// Build an optimised executable from a Go program, like `go build -o`.
    Build {
        /// A .go file, or a directory holding one package main.
        path: PathBuf,
        /// Where to write the executable.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Run Go programs with the Go toolchain and their translations with
    /// go2rs, and compare stdout, exit status and crashes. Exit status 0
    /// only when every program behaves the same.
    Check {
        /// .go files, directories of one program, or directories whose
        /// subdirectories are programs.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Compare stdout lines as a multiset, for programs whose lines
        /// come in scheduling order.
        #[arg(long)]
        unordered: bool,
        /// Seconds each run may take.
        #[arg(long, value_name = "SECONDS", default_value_t = 60)]
        timeout: u64,
        /// Programs to check at once.
        #[arg(short = 'j', long, value_name = "N", default_value_t = 1)]
        jobs: usize,
        /// How to print the results.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also write the results as a JUnit XML report.
        #[arg(long, value_name = "FILE")]
        junit: Option<PathBuf>,
    },
    /// Explain a diagnostic code (E0100, E0306, ...).
    Explain {
        /// The code, as printed in `error[CODE]`.
        code: String,
    },
    /// Translate, build and run a Go program; its output and exit status
    /// pass through.
    Run {
        /// A .go file, or a directory holding one package main.
        path: PathBuf,
        /// Arguments for the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Convert { path, output, project } => match project {
            Some(project) => convert_to_project(&path, &project),
            None => convert(&path, output.as_deref()),
        },
        Command::Build { path, output } => build(&path, &output),
        Command::Run { path, args } => run(&path, &args),
        Command::Check {
            paths,
            unordered,
            timeout,
            jobs,
            format,
            junit,
        } => check(&paths, unordered, timeout, jobs, format, junit.as_deref()),
        Command::Explain { code } => match go2rs::report::explain(&code) {
            Some(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("go2rs: no diagnostic has the code {code:?}; see docs/diagnostics.md");
                ExitCode::FAILURE
            }
        },
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn profile_from_env() -> Profile {
    match std::env::var("GO2RS_PROFILE").as_deref() {
        Ok("quick") => Profile::Quick,
        _ => Profile::Release,
    }
}

fn check(paths: &[PathBuf], unordered: bool, timeout: u64, jobs: usize, format: Format, junit: Option<&Path>) -> ExitCode {
    use std::io::IsTerminal;
    use std::sync::Mutex;
    let Some(go) = go2rs::check::go_version() else {
        eprintln!(
            "go2rs check: the Go toolchain (`go`) is not installed or not on PATH; check runs the Go programs to compare, so install Go first"
        );
        return ExitCode::FAILURE;
    };
    let programs = match go2rs::check::discover(paths) {
        Ok(programs) => programs,
        Err(message) => {
            eprintln!("go2rs check: {message}");
            return ExitCode::FAILURE;
        }
    };
    let options = go2rs::check::Options {
        unordered,
        timeout: std::time::Duration::from_secs(timeout.max(1)),
        jobs: jobs.max(1),
        profile: profile_from_env(),
    };
    let text = matches!(format, Format::Text);
    let progress_bar = text && programs.len() > 1 && std::io::stderr().is_terminal();
    if text {
        eprintln!("checking {} program(s) against {go}", programs.len());
    }
    let total = programs.len();
    let printing = Mutex::new(());
    let progress = |done: usize, report: &go2rs::check::Report| {
        if !text {
            return;
        }
        let _guard = printing.lock();
        if progress_bar {
            eprint!("\r\x1b[K");
        }
        let verdict = if report.passed { "PASS" } else { "FAIL" };
        println!("{verdict} {} ({:.1}s)", report.program.display(), report.seconds);
        if progress_bar && done < total {
            let width = 30;
            let filled = done * width / total;
            eprint!("[{}{}] {done}/{total}", "#".repeat(filled), " ".repeat(width - filled));
        }
    };
    let reports = go2rs::check::check_all(&programs, &options, &progress);
    if progress_bar {
        eprint!("\r\x1b[K");
    }
    let failed = reports.iter().filter(|report| !report.passed).count();
    match format {
        Format::Json => print!("{}", go2rs::check::to_json(&reports)),
        Format::Text => {
            for report in reports.iter().filter(|report| !report.passed) {
                println!("\n--- FAIL {}", report.program.display());
                for line in report.details.lines() {
                    println!("    {line}");
                }
            }
            println!("\n{} passed, {failed} failed", reports.len() - failed);
        }
    }
    if let Some(junit) = junit
        && let Err(error) = std::fs::write(junit, go2rs::check::to_junit(&reports))
    {
        eprintln!("go2rs check: {}: {error}", junit.display());
        return ExitCode::FAILURE;
    }
    if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// Translates, or prints the diagnostics and returns None.
fn translate(path: &Path) -> Option<String> {
    let sources = match go2rs::load(path) {
        Ok(sources) => sources,
        Err(message) => {
            eprintln!("{message}");
            return None;
        }
    };
    match go2rs::translate(&sources) {
        Ok(rust) => Some(rust),
        Err(diagnostics) => {
            let style = go2rs::report::Style::for_stderr();
            eprint!("{}", go2rs::report::render(&sources, &diagnostics, style));
            None
        }
    }
}

fn convert(path: &Path, output: Option<&Path>) -> ExitCode {
    let Some(rust) = translate(path) else {
        return ExitCode::FAILURE;
    };
    match output {
        Some(output) => {
            if let Err(error) = std::fs::write(output, rust) {
                eprintln!("{}: {error}", output.display());
                return ExitCode::FAILURE;
            }
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            if stdout.write_all(rust.as_bytes()).and_then(|()| stdout.flush()).is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn convert_to_project(path: &Path, project: &Path) -> ExitCode {
    let Some(rust) = translate(path) else {
        return ExitCode::FAILURE;
    };
    let package = go2rs::compile::package_name(path);
    match go2rs::compile::write_project(project, &package, &rust) {
        Ok(()) => {
            eprintln!(
                "wrote the Cargo project {package} to {}: `cd {} && cargo run` builds and runs it",
                project.display(),
                project.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("go2rs: {error}");
            ExitCode::FAILURE
        }
    }
}

fn executable(path: &Path) -> Option<PathBuf> {
    let rust = translate(path)?;
    let cache = match Cache::open() {
        Ok(cache) => cache,
        Err(error) => {
            eprintln!("go2rs: {error}");
            return None;
        }
    };
    match cache.executable(&rust, profile_from_env()) {
        Ok(executable) => Some(executable),
        Err(error) => {
            eprintln!("go2rs: {error}");
            eprintln!("go2rs: this is a bug in go2rs (its translation did not compile); please report it with the Go program");
            None
        }
    }
}

fn build(path: &Path, output: &Path) -> ExitCode {
    let Some(executable) = executable(path) else {
        return ExitCode::FAILURE;
    };
    if let Err(error) = std::fs::copy(&executable, output) {
        eprintln!("{}: {error}", output.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn run(path: &Path, args: &[String]) -> ExitCode {
    let Some(executable) = executable(path) else {
        return ExitCode::FAILURE;
    };
    let status = match std::process::Command::new(&executable).args(args).status() {
        Ok(status) => status,
        Err(error) => {
            eprintln!("go2rs: cannot run {}: {error}", executable.display());
            return ExitCode::FAILURE;
        }
    };
    if let Some(code) = status.code() {
        return ExitCode::from(code as u8);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return ExitCode::from(128u8.wrapping_add(signal as u8));
        }
    }
    ExitCode::FAILURE
}
