//! 300 deterministic iterations from the repository's Go programs must not
//! crash go2rs. They run in the `go2rs-fuzz` command, whose supervisor
//! survives a stack overflow in go2rs and reports it with its minimised
//! input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("go2rs-fuzz-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fuzz(dir: &Path, seed: &str, iterations: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_go2rs-fuzz"))
        .args(["--iterations", iterations, "--seed", seed, "--minimise-seconds", "10"])
        .arg("--corpus")
        .arg(dir.join("corpus"))
        .arg("--crashes")
        .arg(dir.join("crashes"))
        .output()
        .expect("go2rs-fuzz runs")
}

#[test]
fn three_hundred_iterations_do_not_crash() {
    let dir = scratch("300");
    // 0x5eed2024
    let output = fuzz(&dir, "1592664100", "300");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "go2rs crashed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("300 inputs"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_same_seed_gives_the_same_inputs() {
    let corpus = |name: &str| {
        let dir = scratch(name);
        fuzz(&dir, "42", "40");
        let mut names: Vec<String> = std::fs::read_dir(dir.join("corpus"))
            .unwrap()
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let _ = std::fs::remove_dir_all(&dir);
        names
    };
    let first = corpus("a");
    assert!(!first.is_empty(), "40 inputs found nothing new");
    assert_eq!(first, corpus("b"));
}
