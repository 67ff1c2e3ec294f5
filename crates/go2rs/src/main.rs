//! The go2rs command line: a thin layer over the library.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
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
    /// Explain a diagnostic code (E0100, E0301, ...).
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
    let profile = match std::env::var("GO2RS_PROFILE").as_deref() {
        Ok("quick") => Profile::Quick,
        _ => Profile::Release,
    };
    match cache.executable(&rust, profile) {
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
