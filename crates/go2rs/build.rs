//! Embeds the runtime crate's sources in the go2rs binary, so that
//! `go2rs build` can compile translations on a machine that has only the
//! binary (it writes them into its build cache).

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let runtime = manifest
        .join("../go2rs_runtime")
        .canonicalize()
        .expect("the runtime crate is beside go2rs");
    let lock = manifest.join("../../Cargo.lock");
    let mut files = Vec::new();
    collect(&runtime.join("src"), &runtime, &mut files);
    files.sort();
    let mut out = String::from(
        "/// The runtime crate's sources: (path inside the crate, contents).\npub const RUNTIME_FILES: &[(&str, &str)] = &[\n",
    );
    for (relative, absolute) in &files {
        writeln!(out, "    ({relative:?}, include_str!({absolute:?})),").unwrap();
        println!("cargo:rerun-if-changed={absolute}");
    }
    out.push_str("];\n");
    if lock.exists() {
        let lock = lock.canonicalize().unwrap();
        writeln!(out, "/// The workspace's lock file: pins the runtime's dependencies.\npub const CARGO_LOCK: Option<&str> = Some(include_str!({:?}));", lock.display().to_string()).unwrap();
        println!("cargo:rerun-if-changed={}", lock.display());
    } else {
        out.push_str("pub const CARGO_LOCK: Option<&str> = None;\n");
    }
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("runtime_files.rs");
    std::fs::write(dest, out).unwrap();
}

fn collect(dir: &Path, root: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            // Unit test data is compiled only by the runtime's own tests.
            if path.file_name().is_some_and(|name| name == "tests") {
                continue;
            }
            collect(&path, root, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            files.push((relative, path.display().to_string()));
        }
    }
}
