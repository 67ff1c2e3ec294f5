//! go2rs-fuzz: mutates Go programs and runs go2rs on each, looking for
//! internal errors, aborts (a stack overflow) and hangs.
//!
//! By default it supervises a worker process: when go2rs kills the worker
//! (an abort, or the watchdog's abort on a hang), the supervisor saves the
//! input that did it, minimises it in child processes and starts a new
//! worker at the next iteration.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;
use go2rs_fuzz::minimise::{self, Budget};
use go2rs_fuzz::oracle::{self, Outcome};
use go2rs_fuzz::{CURRENT_FILE, Config, HANG_MARKER, SKIP_FILE, hash, indent};

#[derive(Parser, Debug, Clone)]
#[command(name = "go2rs-fuzz", about = "Mutation fuzzing of go2rs on stable Rust")]
struct Cli {
    /// How long to fuzz, in seconds (default: until stopped, or --iterations).
    #[arg(long)]
    seconds: Option<f64>,
    /// How many mutated inputs to run at most.
    #[arg(long)]
    iterations: Option<u64>,
    /// The random seed: the same seed and starting corpus give the same inputs.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where interesting inputs are kept between runs (default crates/go2rs_fuzz/corpus).
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Where crashing inputs are saved (default crates/go2rs_fuzz/crashes).
    #[arg(long)]
    crashes: Option<PathBuf>,
    /// Seconds one input may take before it counts as a hang.
    #[arg(long, default_value_t = 10.0)]
    timeout: f64,
    /// Seconds a candidate must still take, while minimising a hang.
    #[arg(long, default_value_t = 3.0)]
    hang_threshold: f64,
    /// Seconds to spend minimising each crash.
    #[arg(long, default_value_t = 120.0)]
    minimise_seconds: f64,
    /// Do not minimise crashes.
    #[arg(long)]
    no_minimise: bool,
    /// Fuzz in this process (an abort ends the run).
    #[arg(long)]
    in_process: bool,
    /// The root holding fixtures/ and examples/ (the seeds).
    #[arg(long)]
    seeds_root: Option<PathBuf>,
    #[arg(long, hide = true)]
    worker: bool,
    #[arg(long, hide = true, default_value_t = 0)]
    start_iteration: u64,
    /// Translate one file and exit 0 (translated), 1 (diagnosed) or 3 (internal error).
    #[arg(long, value_name = "FILE")]
    exec: Option<PathBuf>,
    /// Minimise a Go file that crashes go2rs (internal error, abort or hang)
    /// and print the result.
    #[arg(long, value_name = "FILE")]
    minimise_file: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(file) = &cli.exec {
        return exec(file);
    }
    if let Some(file) = &cli.minimise_file {
        return minimise_file(&cli, file);
    }
    if cli.worker || cli.in_process {
        return work(&cli);
    }
    supervise(&cli)
}

fn exec(file: &Path) -> ExitCode {
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("go2rs-fuzz: cannot read {}", file.display());
        return ExitCode::from(2);
    };
    go2rs_fuzz::quiet_translation_panics();
    match oracle::run(&text) {
        Outcome::Translated(_) => ExitCode::SUCCESS,
        Outcome::Diagnosed(_) => {
            let mut sources = go2rs_syntax::SourceMap::default();
            sources.add(go2rs_syntax::SourceFile::new(file.display().to_string(), text));
            if let Err(diagnostics) = go2rs::translate(&sources) {
                eprint!("{}", go2rs::render_diagnostics(&sources, &diagnostics));
            }
            ExitCode::from(1)
        }
        Outcome::Crashed(message) => {
            eprintln!("{message}");
            ExitCode::from(3)
        }
    }
}

fn crash_dir(cli: &Cli) -> PathBuf {
    cli.crashes.clone().unwrap_or_else(go2rs_fuzz::default_crash_dir)
}

fn config(cli: &Cli) -> Config {
    let root = cli.seeds_root.clone().unwrap_or_else(go2rs_fuzz::workspace_root);
    let mut config = Config::new(cli.seed);
    config.seeds = go2rs_fuzz::seed_inputs(&root);
    config.seconds = cli.seconds;
    config.iterations = cli.iterations;
    config.start_iteration = cli.start_iteration;
    config.corpus_dir = Some(cli.corpus.clone().unwrap_or_else(go2rs_fuzz::default_corpus_dir));
    config.crash_dir = Some(crash_dir(cli));
    config.timeout = Duration::from_secs_f64(cli.timeout);
    config.minimise = (!cli.no_minimise).then(|| Budget {
        tests: 20_000,
        time: Duration::from_secs_f64(cli.minimise_seconds),
    });
    config.progress = Some(Duration::from_secs(10));
    if cli.worker {
        config.current_file = Some(crash_dir(cli).join(CURRENT_FILE));
    }
    config
}

/// Fuzzes in this process; prints `DONE iterations next corpus features crashing-inputs`.
fn work(cli: &Cli) -> ExitCode {
    let config = config(cli);
    let _ = std::fs::create_dir_all(config.crash_dir.as_ref().unwrap());
    if !cli.worker {
        eprintln!("go2rs-fuzz: {} seed inputs, seed {}", config.seeds.len(), config.seed);
    }
    let report = go2rs_fuzz::fuzz(&config);
    println!(
        "DONE {} {} {} {} {}",
        report.iterations, report.next_iteration, report.corpus, report.features, report.crashing_inputs
    );
    if !cli.worker {
        for crash in &report.crashes {
            println!("crash: {}\n{}", crash.message, indent(&crash.minimised));
        }
    }
    if report.crashes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// A crash that killed a worker.
struct Killed {
    kind: &'static str,
    signature: String,
    input: String,
    iteration: u64,
}

fn supervise(cli: &Cli) -> ExitCode {
    let started = Instant::now();
    let crashes = crash_dir(cli);
    let _ = std::fs::create_dir_all(&crashes);
    let exe = std::env::current_exe().expect("the path of go2rs-fuzz");
    eprintln!(
        "go2rs-fuzz: seed {}, {}, crashes in {}",
        cli.seed,
        cli.seconds.map_or("until stopped".to_string(), |s| format!("{s} s")),
        crashes.display()
    );
    let mut next_iteration = 0u64;
    let mut total_iterations = 0u64;
    let mut crash_files: Vec<String> = Vec::new();
    let mut killed_signatures: Vec<(String, PathBuf)> = Vec::new();
    let mut crashing_inputs = 0u64;
    let mut last = (0usize, 0usize);
    let mut hangs_minimised = 0;
    let _ = std::fs::remove_file(crashes.join(SKIP_FILE));
    loop {
        let remaining = cli.seconds.map(|s| s - started.elapsed().as_secs_f64());
        if remaining.is_some_and(|r| r <= 1.0) || cli.iterations.is_some_and(|n| total_iterations >= n) {
            break;
        }
        let _ = std::fs::remove_file(crashes.join(HANG_MARKER));
        let _ = std::fs::remove_file(crashes.join(CURRENT_FILE));
        let mut command = Command::new(&exe);
        command.arg("--worker").arg("--seed").arg(cli.seed.to_string());
        command.arg("--start-iteration").arg(next_iteration.to_string());
        command.arg("--crashes").arg(&crashes).arg("--timeout").arg(cli.timeout.to_string());
        command.arg("--minimise-seconds").arg(cli.minimise_seconds.to_string());
        if let Some(r) = remaining {
            command.arg("--seconds").arg(r.to_string());
        }
        if let Some(n) = cli.iterations {
            command.arg("--iterations").arg((n - total_iterations).to_string());
        }
        if let Some(corpus) = &cli.corpus {
            command.arg("--corpus").arg(corpus);
        }
        if let Some(root) = &cli.seeds_root {
            command.arg("--seeds-root").arg(root);
        }
        if cli.no_minimise {
            command.arg("--no-minimise");
        }
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the worker starts");
        // Echo the worker's stderr, keeping its last lines for the crash report.
        let tail = Arc::new(Mutex::new(Vec::<String>::new()));
        let stderr = child.stderr.take().unwrap();
        let tail_writer = Arc::clone(&tail);
        let echo = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("{line}");
                let mut tail = tail_writer.lock().unwrap();
                tail.push(line);
                if tail.len() > 20 {
                    tail.remove(0);
                }
            }
        });
        let mut done = None;
        for line in BufReader::new(child.stdout.take().unwrap()).lines().map_while(Result::ok) {
            if let Some(path) = line.strip_prefix("CRASH ") {
                crash_files.push(path.to_string());
            } else if let Some(stats) = line.strip_prefix("DONE ") {
                let numbers: Vec<u64> = stats.split(' ').filter_map(|n| n.parse().ok()).collect();
                done = Some(numbers);
            }
        }
        let status = child.wait().expect("the worker is waited for");
        let _ = echo.join();
        if let Some(numbers) = done.filter(|n| n.len() == 5) {
            total_iterations += numbers[0];
            last = (numbers[2] as usize, numbers[3] as usize);
            crashing_inputs += numbers[4];
            break;
        }
        // The worker died: find the input that did it.
        let Some(killed) = killed(&crashes, status, &tail.lock().unwrap()) else {
            eprintln!("go2rs-fuzz: the worker failed ({status}) before running any input; stopping");
            return ExitCode::from(2);
        };
        crashing_inputs += 1;
        if killed.iteration != u64::MAX {
            total_iterations += killed.iteration.saturating_sub(next_iteration) + 1;
        }
        next_iteration = if killed.iteration == u64::MAX {
            next_iteration
        } else {
            killed.iteration + 1
        };
        let at = if killed.iteration == u64::MAX {
            "on the starting corpus".to_string()
        } else {
            format!("at iteration {}", killed.iteration)
        };
        eprintln!("go2rs-fuzz: the worker died {at}: {}", killed.signature);
        if killed.iteration == u64::MAX {
            // Leave that input out of the next worker's starting corpus.
            use std::io::Write as _;
            if let Ok(mut skip) = std::fs::OpenOptions::new().create(true).append(true).open(crashes.join(SKIP_FILE)) {
                let _ = writeln!(skip, "{:016x}", hash(&killed.input));
            }
        }
        let name = format!("{}-{:016x}", killed.kind, hash(&killed.input));
        let original = crashes.join(format!("{name}.go"));
        let _ = std::fs::write(&original, &killed.input);
        let already = killed_signatures
            .iter()
            .any(|(signature, _)| *signature == killed.signature && killed.kind != "hang");
        if already || (killed.kind == "hang" && hangs_minimised >= 5) || cli.no_minimise {
            eprintln!(
                "go2rs-fuzz: saved {} (not minimised: {})",
                original.display(),
                if already { "a known crash" } else { "limit" }
            );
            continue;
        }
        if killed.kind == "hang" {
            hangs_minimised += 1;
        }
        let budget = Budget {
            tests: 5_000,
            time: Duration::from_secs_f64(cli.minimise_seconds),
        };
        let threshold = Duration::from_secs_f64(cli.hang_threshold.min(cli.timeout));
        let minimised = minimise::minimise(&killed.input, budget, |candidate| {
            still_kills(&exe, &crashes, candidate, &killed, threshold)
        });
        let min_path = crashes.join(format!("{name}.min.go"));
        let _ = std::fs::write(&min_path, &minimised);
        let _ = std::fs::write(
            crashes.join(format!("{name}.txt")),
            format!("signature: {}\nseed: {}\n{at}\n", killed.signature, cli.seed),
        );
        eprintln!("go2rs-fuzz: minimised to {}:\n{}", min_path.display(), indent(&minimised));
        killed_signatures.push((killed.signature.clone(), min_path.clone()));
        crash_files.push(min_path.display().to_string());
    }
    let _ = std::fs::remove_file(crashes.join(CURRENT_FILE));
    let _ = std::fs::remove_file(crashes.join(HANG_MARKER));
    let _ = std::fs::remove_file(crashes.join(SKIP_FILE));
    let _ = std::fs::remove_file(crashes.join(".candidate.go"));
    println!(
        "go2rs-fuzz: {total_iterations} inputs in {:.0} s, corpus {}, features {}, {crashing_inputs} crashing inputs, {} distinct crashes",
        started.elapsed().as_secs_f64(),
        last.0,
        last.1,
        crash_files.len()
    );
    for file in &crash_files {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let notes = std::fs::read_to_string(Path::new(file).with_extension("").with_extension("txt")).unwrap_or_default();
        println!("\n{file}\n{}\n{}", notes.trim_end(), indent(&text));
    }
    if crash_files.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Classifies how a file crashes go2rs, in a child process, then minimises it.
fn minimise_file(cli: &Cli, file: &Path) -> ExitCode {
    let Ok(input) = std::fs::read_to_string(file) else {
        eprintln!("go2rs-fuzz: cannot read {}", file.display());
        return ExitCode::from(2);
    };
    let exe = std::env::current_exe().expect("the path of go2rs-fuzz");
    let scratch = std::env::temp_dir().join(format!("go2rs-fuzz-minimise-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&scratch);
    let timeout = Duration::from_secs_f64(cli.timeout);
    let probe = Killed {
        kind: "probe",
        signature: String::new(),
        input: input.clone(),
        iteration: 0,
    };
    let Some((kind, signature)) = run_child(&exe, &scratch, &input, &probe, timeout) else {
        eprintln!("go2rs-fuzz: {} does not crash go2rs", file.display());
        return ExitCode::from(2);
    };
    eprintln!("go2rs-fuzz: {} crashes go2rs: {signature}", file.display());
    let killed = Killed {
        kind,
        signature,
        input,
        iteration: 0,
    };
    let threshold = Duration::from_secs_f64(cli.hang_threshold.min(cli.timeout));
    let budget = Budget {
        tests: 20_000,
        time: Duration::from_secs_f64(cli.minimise_seconds),
    };
    let minimised = minimise::minimise(&killed.input, budget, |candidate| {
        still_kills(&exe, &scratch, candidate, &killed, threshold)
    });
    let _ = std::fs::remove_dir_all(&scratch);
    print!("{minimised}");
    ExitCode::SUCCESS
}

fn killed(crashes: &Path, status: ExitStatus, tail: &[String]) -> Option<Killed> {
    let current = std::fs::read(crashes.join(CURRENT_FILE)).ok()?;
    if current.len() < 8 {
        return None;
    }
    let iteration = u64::from_le_bytes(current[..8].try_into().unwrap());
    let input = String::from_utf8_lossy(&current[8..]).into_owned();
    if crashes.join(HANG_MARKER).exists() {
        return Some(Killed {
            kind: "hang",
            signature: "hang".to_string(),
            input,
            iteration,
        });
    }
    Some(Killed {
        kind: "abort",
        signature: death_signature(status, tail),
        input,
        iteration,
    })
}

/// What killed a process: its signal or exit status and the runtime's last
/// words (`thread ... has overflowed its stack`), without thread ids.
fn death_signature(status: ExitStatus, tail: &[String]) -> String {
    let how = match status.signal() {
        Some(signal) => format!("signal {signal}"),
        None => format!("exit status {}", status.code().unwrap_or(-1)),
    };
    let words = tail
        .iter()
        .rev()
        .find(|line| {
            line.contains("overflowed its stack")
                || line.contains("panicked")
                || line.contains("fatal runtime error")
                || line.contains("memory allocation")
        })
        .map(|line| oracle::shape(line))
        .unwrap_or_default();
    format!("{how}: {words}")
}

/// Whether a candidate still crashes go2rs the same way.
fn still_kills(exe: &Path, crashes: &Path, candidate: &str, killed: &Killed, threshold: Duration) -> bool {
    run_child(exe, crashes, candidate, killed, threshold)
        .is_some_and(|(kind, signature)| kind == killed.kind && (kind == "hang" || signature == killed.signature))
}

/// Runs `go2rs-fuzz --exec` on an input: how it crashed ("crash": an
/// internal error, "abort", "hang" past the threshold) and its signature,
/// or None when it did not.
fn run_child(exe: &Path, crashes: &Path, candidate: &str, killed: &Killed, threshold: Duration) -> Option<(&'static str, String)> {
    let file = crashes.join(".candidate.go");
    std::fs::write(&file, candidate).ok()?;
    let mut child = Command::new(exe)
        .arg("--exec")
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Ok(Some(status)) = child.try_wait() {
            break Some(status);
        }
        if matches!(killed.kind, "hang" | "probe") && started.elapsed() >= threshold {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let text = reader.join().unwrap_or_default();
    let status = match status {
        None => return Some(("hang", "hang".to_string())),
        Some(status) => status,
    };
    match (status.signal(), status.code()) {
        (None, Some(0 | 1)) => None,
        (None, Some(3)) => Some(("crash", oracle::signature(text.trim()))),
        _ => {
            let tail: Vec<String> = text.lines().map(str::to_string).collect();
            Some(("abort", death_signature(status, &tail)))
        }
    }
}
