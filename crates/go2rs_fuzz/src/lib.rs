//! go2rs-fuzz: a mutation fuzzer for go2rs that runs on stable Rust.
//!
//! It starts from the Go programs of the repository (`fixtures/*/main.go`
//! and `examples/**/*.go`), mutates them ([`mutate`]) and runs the whole
//! pipeline, [`go2rs::translate`], on each input. An input is a crash when
//! go2rs reports an internal error (E0900: a panic inside go2rs, or Rust
//! that does not parse), when the process dies (a stack overflow aborts),
//! or when one input takes longer than the time limit (a watchdog thread
//! saves the input and aborts). Inputs that give a diagnostic code, a
//! message shape or a runtime call never seen before join the corpus: a
//! cheap stand-in for coverage. Crashes are saved and minimised.

pub mod lex;
pub mod minimise;
pub mod mutate;
pub mod oracle;
pub mod rng;

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use minimise::Budget;
use oracle::Outcome;
use rng::{Rng, mix64};

/// How a fuzzing run goes.
#[derive(Clone, Debug)]
pub struct Config {
    /// The same seed (and the same starting corpus) gives the same inputs.
    pub seed: u64,
    /// Stop after this long...
    pub seconds: Option<f64>,
    /// ...or after this many mutated inputs, whichever comes first.
    pub iterations: Option<u64>,
    /// The number of the first iteration (a restarted worker goes on).
    pub start_iteration: u64,
    /// The starting inputs: (name, Go source).
    pub seeds: Vec<(String, String)>,
    /// Where interesting inputs are kept between runs (None: in memory).
    pub corpus_dir: Option<PathBuf>,
    /// Where crashing inputs are saved (None: not saved).
    pub crash_dir: Option<PathBuf>,
    /// The time one input may take before it counts as a hang.
    pub timeout: Duration,
    /// Minimise crashes, within this budget (None: do not).
    pub minimise: Option<Budget>,
    /// Written with the iteration and the input before each run, so that a
    /// supervising process can tell which input killed this one.
    pub current_file: Option<PathBuf>,
    /// Print progress to stderr every this often (None: quiet).
    pub progress: Option<Duration>,
}

impl Config {
    pub fn new(seed: u64) -> Config {
        Config {
            seed,
            seconds: None,
            iterations: None,
            start_iteration: 0,
            seeds: seed_inputs(&workspace_root()),
            corpus_dir: None,
            crash_dir: None,
            timeout: Duration::from_secs(10),
            minimise: Some(Budget::default()),
            current_file: None,
            progress: None,
        }
    }
}

/// One distinct crash.
#[derive(Clone, Debug)]
pub struct Crash {
    /// Identifies the bug: the internal error's message with its specifics
    /// replaced.
    pub signature: String,
    pub message: String,
    pub input: String,
    pub minimised: String,
    pub iteration: u64,
    /// Where the minimised input was saved.
    pub path: Option<PathBuf>,
}

#[derive(Debug, Default)]
pub struct Report {
    /// Mutated inputs run (not counting the starting corpus).
    pub iterations: u64,
    /// The iteration after the last one run.
    pub next_iteration: u64,
    pub corpus: usize,
    pub features: usize,
    /// Inputs that crashed, counting repeats of a known crash.
    pub crashing_inputs: u64,
    /// Inputs translated without a diagnostic.
    pub translated: u64,
    /// Inputs whose first diagnostic was a syntax error (E0001).
    pub syntax_errors: u64,
    /// The distinct crashes found by this run.
    pub crashes: Vec<Crash>,
    pub elapsed: Duration,
}

/// The repository's root (this crate is `crates/go2rs_fuzz`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `crates/go2rs_fuzz/crashes`.
pub fn default_crash_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crashes")
}

/// `crates/go2rs_fuzz/corpus`.
pub fn default_corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Every `fixtures/*/main.go` and `examples/**/*.go` under `root`, sorted.
pub fn seed_inputs(root: &Path) -> Vec<(String, String)> {
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(root.join("fixtures")) {
        for entry in entries.flatten() {
            let main = entry.path().join("main.go");
            if main.is_file() {
                files.push(main);
            }
        }
    }
    collect_go_files(&root.join("examples"), &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let name = path.strip_prefix(root).unwrap_or(&path).display().to_string();
            Some((name, text))
        })
        .collect()
}

fn collect_go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_go_files(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "go") {
            out.push(path);
        }
    }
}

/// 64-bit FNV-1a, for file names.
pub fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The marker a watchdog leaves in the crash folder before it aborts.
pub const HANG_MARKER: &str = ".hang";
/// The input being run, for a supervisor (8 bytes of iteration, then the input).
pub const CURRENT_FILE: &str = ".current";
/// Hashes of starting inputs that kill the process, one a line: a worker
/// leaves them out.
pub const SKIP_FILE: &str = ".skip";

/// Aborts the process when one input runs longer than the time limit,
/// after saving it.
/// The input being run and when it started.
type Running = Arc<Mutex<Option<(Instant, Arc<str>)>>>;

struct Watchdog {
    current: Running,
    stop: Arc<AtomicBool>,
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Watchdog {
    fn start(timeout: Duration, crash_dir: Option<PathBuf>) -> Watchdog {
        let current: Running = Arc::new(Mutex::new(None));
        let watched = Arc::clone(&current);
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        std::thread::Builder::new()
            .name("go2rs-fuzz-watchdog".to_string())
            .spawn(move || {
                while !stopped.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(50));
                    // A poisoned lock means the fuzzer itself panicked: stop watching.
                    let Ok(guard) = watched.lock() else { return };
                    let Some((started, input)) = guard.as_ref() else { continue };
                    let elapsed = started.elapsed();
                    if elapsed < timeout {
                        continue;
                    }
                    let dir = crash_dir.clone().unwrap_or_else(std::env::temp_dir);
                    let _ = std::fs::create_dir_all(&dir);
                    let path = dir.join(format!("hang-{:016x}.go", hash(input)));
                    let _ = std::fs::write(&path, input.as_bytes());
                    let _ = std::fs::write(dir.join(HANG_MARKER), path.display().to_string());
                    eprintln!(
                        "go2rs-fuzz: an input ran for more than {:.0} s (a hang); saved it to {}; aborting",
                        elapsed.as_secs_f64(),
                        path.display()
                    );
                    std::process::abort();
                }
            })
            .expect("the watchdog thread starts");
        Watchdog { current, stop }
    }

    fn run(&self, input: &str) -> Outcome {
        *self.current.lock().unwrap() = Some((Instant::now(), Arc::from(input)));
        let outcome = oracle::run(input);
        *self.current.lock().unwrap() = None;
        outcome
    }
}

struct Fuzzer<'a> {
    config: &'a Config,
    watchdog: Watchdog,
    corpus: Vec<String>,
    seen: HashSet<String>,
    /// Message shapes seen per diagnostic code: past a cap, new shapes of a
    /// code no longer count (messages that quote names vary without end).
    shapes_per_code: BTreeMap<String, usize>,
    known_crashes: HashSet<String>,
    report: Report,
}

const SHAPES_PER_CODE: usize = 300;

impl Fuzzer<'_> {
    /// Runs an input; returns whether it was interesting (new features).
    fn run(&mut self, input: &str, iteration: u64) -> bool {
        if let Some(current) = &self.config.current_file {
            let mut bytes = iteration.to_le_bytes().to_vec();
            bytes.extend_from_slice(input.as_bytes());
            let _ = std::fs::write(current, bytes);
        }
        let outcome = self.watchdog.run(input);
        if let Outcome::Crashed(message) = &outcome {
            self.crashed(input, message, iteration);
            return false;
        }
        match &outcome {
            Outcome::Translated(_) => self.report.translated += 1,
            Outcome::Diagnosed(diagnostics) if diagnostics.first().is_some_and(|(code, _)| code == "E0001") => {
                self.report.syntax_errors += 1
            }
            _ => {}
        }
        let mut new = false;
        for feature in oracle::features(&outcome) {
            if self.seen.contains(&feature) {
                continue;
            }
            if let Some(rest) = feature.strip_prefix("msg:") {
                let code = rest.split(':').next().unwrap_or("").to_string();
                let count = self.shapes_per_code.entry(code).or_default();
                if *count >= SHAPES_PER_CODE {
                    continue;
                }
                *count += 1;
            }
            self.seen.insert(feature);
            new = true;
        }
        new
    }

    fn crashed(&mut self, input: &str, message: &str, iteration: u64) {
        self.report.crashing_inputs += 1;
        let signature = oracle::signature(message);
        if !self.known_crashes.insert(signature.clone()) {
            return;
        }
        let name = format!("crash-{:016x}", hash(&signature));
        if let Some(dir) = &self.config.crash_dir
            && dir.join(format!("{name}.min.go")).exists()
        {
            // Found by an earlier run: known, and already minimised.
            return;
        }
        if let Some(dir) = &self.config.crash_dir {
            let _ = std::fs::create_dir_all(dir);
            let _ = std::fs::write(dir.join(format!("{name}.go")), input);
        }
        let minimised = match self.config.minimise {
            Some(budget) => minimise::minimise(input, budget, |candidate| match self.watchdog.run(candidate) {
                Outcome::Crashed(other) => oracle::signature(&other) == signature,
                _ => false,
            }),
            None => input.to_string(),
        };
        let mut path = None;
        if let Some(dir) = &self.config.crash_dir {
            let min_path = dir.join(format!("{name}.min.go"));
            let _ = std::fs::write(&min_path, &minimised);
            let mut notes = String::new();
            let _ = writeln!(
                notes,
                "signature: {signature}\nmessage: {message}\nseed: {}\niteration: {iteration}",
                self.config.seed
            );
            let _ = std::fs::write(dir.join(format!("{name}.txt")), notes);
            path = Some(min_path);
        }
        if self.config.progress.is_some() {
            eprintln!("go2rs-fuzz: new crash at iteration {iteration}: {message}");
            eprintln!("{}", indent(&minimised));
        }
        // A supervisor reads this line to list the crashes of the whole run.
        if let Some(path) = &path {
            println!("CRASH {}", path.display());
        }
        self.report.crashes.push(Crash {
            signature,
            message: message.to_string(),
            input: input.to_string(),
            minimised,
            iteration,
            path,
        });
    }
}

/// go2rs turns its panics into E0900 diagnostics; the default report of
/// each on stderr would only be noise. Other panics are reported as before.
pub fn quiet_translation_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some("go2rs-translate") {
                previous(info);
            }
        }));
    });
}

pub fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    | {line}")).collect::<Vec<_>>().join("\n")
}

/// Runs the fuzzer in this process (a stack overflow in go2rs or a hang
/// ends the process; `go2rs-fuzz` supervises a worker process to go on).
pub fn fuzz(config: &Config) -> Report {
    let started = Instant::now();
    quiet_translation_panics();
    let mut fuzzer = Fuzzer {
        config,
        watchdog: Watchdog::start(config.timeout, config.crash_dir.clone()),
        corpus: Vec::new(),
        seen: HashSet::new(),
        shapes_per_code: BTreeMap::new(),
        known_crashes: HashSet::new(),
        report: Report::default(),
    };

    // The starting corpus: the seeds, then what earlier runs kept.
    let mut initial: Vec<String> = config.seeds.iter().map(|(_, text)| text.clone()).collect();
    if let Some(dir) = &config.corpus_dir {
        let _ = std::fs::create_dir_all(dir);
        let mut kept: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|entry| entry.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "go"))
                    .collect()
            })
            .unwrap_or_default();
        kept.sort();
        initial.extend(kept.iter().filter_map(|path| std::fs::read_to_string(path).ok()));
    }
    // Inputs a supervisor found to kill the process are left out.
    let skip: HashSet<String> = config
        .crash_dir
        .as_ref()
        .and_then(|dir| std::fs::read_to_string(dir.join(SKIP_FILE)).ok())
        .map(|text| text.lines().map(str::to_string).collect())
        .unwrap_or_default();
    for input in initial {
        if skip.contains(&format!("{:016x}", hash(&input))) {
            continue;
        }
        fuzzer.run(&input, u64::MAX);
        fuzzer.corpus.push(input);
    }
    fuzzer.report.translated = 0;
    fuzzer.report.syntax_errors = 0;
    if fuzzer.corpus.is_empty() {
        fuzzer.corpus.push("package main\n\nfunc main() {}\n".to_string());
    }

    let deadline = config.seconds.map(|seconds| started + Duration::from_secs_f64(seconds));
    let mut iteration = config.start_iteration;
    let mut last_progress = Instant::now();
    let mut run_iterations = 0u64;
    loop {
        if config.iterations.is_some_and(|limit| run_iterations >= limit) || deadline.is_some_and(|d| Instant::now() >= d) {
            break;
        }
        let mut rng = Rng::new(mix64(config.seed ^ mix64(iteration)));
        // Recent finds are picked more often: they are where new ground is.
        let len = fuzzer.corpus.len();
        let parent = if rng.one_in(3) {
            len - 1 - rng.small(len.min(64) - 1)
        } else {
            rng.below(len)
        };
        let input = mutate::mutate(&mut rng, &fuzzer.corpus[parent], &fuzzer.corpus);
        if fuzzer.run(&input, iteration) {
            if let Some(dir) = &config.corpus_dir {
                let _ = std::fs::write(dir.join(format!("{iteration:012}-{:016x}.go", hash(&input))), &input);
            }
            fuzzer.corpus.push(input);
        }
        iteration += 1;
        run_iterations += 1;
        if let Some(every) = config.progress
            && last_progress.elapsed() >= every
        {
            last_progress = Instant::now();
            let seconds = started.elapsed().as_secs_f64();
            eprintln!(
                "go2rs-fuzz: {seconds:.0} s, iteration {iteration} ({:.0}/s, {:.0}% translated, {:.0}% syntax errors), corpus {}, features {}, crashes {} ({} inputs)",
                run_iterations as f64 / seconds,
                100.0 * fuzzer.report.translated as f64 / run_iterations as f64,
                100.0 * fuzzer.report.syntax_errors as f64 / run_iterations as f64,
                fuzzer.corpus.len(),
                fuzzer.seen.len(),
                fuzzer.known_crashes.len(),
                fuzzer.report.crashing_inputs
            );
        }
    }
    let mut report = std::mem::take(&mut fuzzer.report);
    report.iterations = run_iterations;
    report.next_iteration = iteration;
    report.corpus = fuzzer.corpus.len();
    report.features = fuzzer.seen.len();
    report.elapsed = started.elapsed();
    report
}
