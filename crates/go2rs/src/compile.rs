//! Building translated programs with Cargo.
//!
//! Translations are compiled in one Cargo project inside a cache directory
//! (`$GO2RS_CACHE_DIR`, else `$XDG_CACHE_HOME/go2rs`, else
//! `~/.cache/go2rs`), with the runtime crate written beside it from the
//! sources embedded in go2rs. The compiled dependencies stay in the cache,
//! so after the first build a small program compiles in seconds; a program
//! already built is not built again.

use std::fs::File;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// The runtime crate's manifest outside the go2rs workspace.
const RUNTIME_MANIFEST: &str = r#"[package]
name = "go2rs_runtime"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
tokio = { version = "1.54", default-features = false, features = ["rt", "rt-multi-thread", "time"] }
pin-project-lite = "0.2"
mimalloc = { version = "0.1.52", default-features = false, optional = true }

# The program's global allocator: see src/lib.rs.
[features]
default = ["mimalloc"]
mimalloc = ["dep:mimalloc"]

# src/loom_shim.rs swaps in loom's primitives under `--cfg loom`, for the
# runtime's model checks in the go2rs repository; never set here.
[lints.rust]
unexpected_cfgs = { level = "warn", check-cfg = ['cfg(loom)'] }
"#;

/// How to compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Optimised, for `go2rs build` and `go2rs run`.
    Release,
    /// Fast to compile (dependencies optimised), for test suites.
    Quick,
}

impl Profile {
    fn cargo_args(self) -> &'static [&'static str] {
        match self {
            Profile::Release => &["--release"],
            Profile::Quick => &[],
        }
    }

    fn dir(self) -> &'static str {
        match self {
            Profile::Release => "release",
            Profile::Quick => "debug",
        }
    }
}

/// A failed build: Cargo's output, or what kept Cargo from running.
#[derive(Debug)]
pub struct BuildError {
    pub message: String,
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

fn io_error(context: impl std::fmt::Display, error: std::io::Error) -> BuildError {
    BuildError {
        message: format!("{context}: {error}"),
    }
}

/// The cache directory for builds.
pub fn cache_dir() -> Result<PathBuf, BuildError> {
    if let Some(dir) = std::env::var_os("GO2RS_CACHE_DIR").filter(|dir| !dir.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME").filter(|dir| !dir.is_empty()) {
        return Ok(PathBuf::from(dir).join("go2rs"));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|dir| !dir.is_empty()) {
        return Ok(PathBuf::from(home).join(".cache").join("go2rs"));
    }
    Err(BuildError {
        message: "cannot find a cache directory: set GO2RS_CACHE_DIR".to_string(),
    })
}

/// Writes the runtime crate into `dir` (only files that changed).
pub fn write_runtime(dir: &Path) -> Result<(), BuildError> {
    write_if_changed(&dir.join("Cargo.toml"), RUNTIME_MANIFEST)?;
    for (relative, contents) in RUNTIME_FILES {
        write_if_changed(&dir.join(relative), contents)?;
    }
    Ok(())
}

fn write_if_changed(path: &Path, contents: &str) -> Result<(), BuildError> {
    if std::fs::read_to_string(path).is_ok_and(|existing| existing == contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|error| io_error(parent.display(), error))?;
    }
    std::fs::write(path, contents).map_err(|error| io_error(path.display(), error))
}

/// A Cargo project with one binary per translated program.
pub struct Project {
    /// Where `Cargo.toml` and `src/bin/` go.
    pub dir: PathBuf,
    /// Cargo's target directory (shared between builds).
    pub target_dir: PathBuf,
    /// The runtime crate's directory.
    pub runtime_dir: PathBuf,
    /// Compile with `-D warnings`: a warning in a translation fails its build.
    pub deny_warnings: bool,
}

impl Project {
    /// Writes the project with these programs (name, Rust source) as its
    /// binaries and builds them. Returns the paths of the executables, in
    /// order.
    pub fn build(&self, programs: &[(String, String)], profile: Profile) -> Result<Vec<PathBuf>, BuildError> {
        let output = self.run_cargo(programs, profile, false)?;
        if !output.status.success() {
            return Err(BuildError {
                message: format!(
                    "cargo failed to build the translation:\n{}",
                    String::from_utf8_lossy(&output.stderr).trim_end()
                ),
            });
        }
        Ok(programs
            .iter()
            .map(|(name, _)| self.target_dir.join(profile.dir()).join(name))
            .collect())
    }

    /// Builds every program it can (`--keep-going`): the executables of
    /// those that compiled appear in the target directory. Returns Cargo's
    /// messages.
    pub fn build_each(&self, programs: &[(String, String)], profile: Profile) -> String {
        match self.run_cargo(programs, profile, true) {
            Ok(output) => String::from_utf8_lossy(&output.stderr).into_owned(),
            Err(error) => error.message,
        }
    }

    fn run_cargo(&self, programs: &[(String, String)], profile: Profile, keep_going: bool) -> Result<std::process::Output, BuildError> {
        write_runtime_unless_source(&self.runtime_dir)?;
        let runtime_path = relative_or_absolute(&self.runtime_dir);
        let manifest = format!(
            r#"[package]
name = "go2rs-programs"
version = "0.0.0"
edition = "2024"
publish = false
autobins = false

[dependencies]
go2rs_runtime = {{ path = {runtime_path:?} }}

{bins}
# Go's integer arithmetic wraps on overflow.
[profile.release]
overflow-checks = false
debug = false

[profile.dev]
overflow-checks = false
debug = false

[profile.dev.package."*"]
opt-level = 2

[workspace]
"#,
            bins = programs
                .iter()
                .map(|(name, _)| format!("[[bin]]\nname = {name:?}\npath = \"src/bin/{name}.rs\"\n"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        write_if_changed(&self.dir.join("Cargo.toml"), &manifest)?;
        let lock = self.dir.join("Cargo.lock");
        if !lock.exists()
            && let Some(contents) = CARGO_LOCK
        {
            write_if_changed(&lock, contents)?;
        }
        let bin_dir = self.dir.join("src").join("bin");
        std::fs::create_dir_all(&bin_dir).map_err(|error| io_error(bin_dir.display(), error))?;
        for (name, source) in programs {
            write_if_changed(&bin_dir.join(format!("{name}.rs")), source)?;
        }
        let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command
            .arg("build")
            .args(profile.cargo_args())
            .arg("--quiet")
            .arg("--message-format=short")
            .arg("--manifest-path")
            .arg(self.dir.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&self.target_dir);
        if keep_going {
            command.arg("--keep-going");
        }
        for (name, _) in programs {
            command.arg("--bin").arg(name);
        }
        // A build of the go2rs workspace itself may have set these.
        command
            .env_remove("CARGO_TARGET_DIR")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS");
        if self.deny_warnings {
            command.env("RUSTFLAGS", "-D warnings");
        }
        command.output().map_err(|error| BuildError {
            message: format!("cannot run cargo (is Rust installed?): {error}"),
        })
    }
}

/// Writes the embedded runtime into `dir`, unless `dir` is the runtime's
/// own source folder (the fixture tests build against it directly).
fn write_runtime_unless_source(dir: &Path) -> Result<(), BuildError> {
    if dir.join("src").join("lib.rs").is_file() && dir.join("src").join("sched.rs").is_file() && dir.join("tests").is_dir() {
        return Ok(());
    }
    write_runtime(dir)
}

fn relative_or_absolute(path: &Path) -> String {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf()).display().to_string()
}

/// The build cache of `go2rs build` and `go2rs run`.
pub struct Cache {
    root: PathBuf,
}

impl Cache {
    pub fn open() -> Result<Cache, BuildError> {
        let root = cache_dir()?;
        std::fs::create_dir_all(&root).map_err(|error| io_error(root.display(), error))?;
        Ok(Cache { root })
    }

    /// The executable of a translation, built unless the cache has it.
    pub fn executable(&self, rust_source: &str, profile: Profile) -> Result<PathBuf, BuildError> {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        rust_source.hash(&mut hasher);
        profile.hash(&mut hasher);
        env!("CARGO_PKG_VERSION").hash(&mut hasher);
        for (path, contents) in RUNTIME_FILES {
            path.hash(&mut hasher);
            contents.hash(&mut hasher);
        }
        let key = format!("p{:016x}", hasher.finish());
        let bins = self.root.join("bin");
        let cached = bins.join(&key);
        if cached.is_file() {
            return Ok(cached);
        }
        std::fs::create_dir_all(&bins).map_err(|error| io_error(bins.display(), error))?;
        // One build at a time per cache.
        let lock_path = self.root.join("build.lock");
        let lock = File::create(&lock_path).map_err(|error| io_error(lock_path.display(), error))?;
        lock.lock().map_err(|error| io_error(lock_path.display(), error))?;
        if cached.is_file() {
            return Ok(cached);
        }
        let project = Project {
            dir: self.root.join("project"),
            target_dir: self.root.join("target"),
            runtime_dir: self.root.join("runtime"),
            deny_warnings: false,
        };
        // Only this program: earlier ones would be rebuilt for nothing.
        let _ = std::fs::remove_dir_all(project.dir.join("src").join("bin"));
        let built = project.build(&[(key.clone(), rust_source.to_string())], profile)?;
        let partial = bins.join(format!("{key}.partial"));
        std::fs::copy(&built[0], &partial).map_err(|error| io_error(partial.display(), error))?;
        std::fs::rename(&partial, &cached).map_err(|error| io_error(cached.display(), error))?;
        Ok(cached)
    }
}

/// Writes a standalone Cargo project for a translation: `Cargo.toml`,
/// `src/main.rs`, the runtime crate vendored as `go2rs_runtime/`, and a
/// lock file pinning the runtime's dependencies, so that it builds with
/// `cargo build --offline` wherever go2rs itself was built. The project is
/// written next to `dir` and moved into place only when complete; an
/// existing non-empty `dir` is an error.
pub fn write_project(dir: &Path, package: &str, rust_source: &str) -> Result<(), BuildError> {
    if dir.exists() && std::fs::read_dir(dir).map(|mut entries| entries.next().is_some()).unwrap_or(true) {
        return Err(BuildError {
            message: format!("{}: already exists and is not empty; choose a new directory", dir.display()),
        });
    }
    let parent = dir
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|error| io_error(parent.display(), error))?;
    let staging = parent.join(format!(
        ".{}.go2rs-{}",
        dir.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&staging);
    let result = (|| {
        let manifest = format!(
            r#"[package]
name = "{package}"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
go2rs_runtime = {{ path = "go2rs_runtime" }}

# Go's integer arithmetic wraps on overflow; the translation relies on it.
[profile.dev]
overflow-checks = false

[profile.dev.package."*"]
opt-level = 2

[profile.release]
overflow-checks = false

[workspace]
"#
        );
        write_if_changed(&staging.join("Cargo.toml"), &manifest)?;
        write_if_changed(&staging.join("src").join("main.rs"), rust_source)?;
        write_runtime(&staging.join("go2rs_runtime"))?;
        if let Some(lock) = CARGO_LOCK {
            write_if_changed(&staging.join("Cargo.lock"), lock)?;
        }
        write_if_changed(&staging.join(".gitignore"), "/target\n")?;
        if dir.exists() {
            std::fs::remove_dir(dir).map_err(|error| io_error(dir.display(), error))?;
        }
        std::fs::rename(&staging, dir).map_err(|error| io_error(dir.display(), error))
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

/// A Cargo package name from a Go file or directory name.
pub fn package_name(path: &Path) -> String {
    let stem = if path.extension().is_some_and(|ext| ext == "go") {
        path.file_stem()
    } else {
        path.file_name()
    };
    let raw = stem.map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let raw = if raw == "main" || raw.is_empty() {
        // `cmd/server/main.go` is the server.
        path.canonicalize()
            .ok()
            .and_then(|full| {
                let base = if full.is_dir() { full.as_path() } else { full.parent()? };
                base.file_name().map(|name| name.to_string_lossy().into_owned())
            })
            .unwrap_or_else(|| "program".to_string())
    } else {
        raw
    };
    let mut name: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name.insert_str(0, "go-");
    }
    name
}
