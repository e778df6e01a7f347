//! The build's version: a hash of every source the page modules and the
//! workers are built from (the Rust sources, the manifests and the lock
//! file of the workspace), so that a page and a worker of one build agree
//! and a page and a worker of two builds do not. `SELO_BUILD` in the
//! environment overrides it (a build made to be different, in a test).

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=SELO_BUILD");
    if let Ok(given) = std::env::var("SELO_BUILD") {
        println!("cargo:rustc-env=SELO_BUILD={given}");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for top in ["src", "crates"] {
        let dir = root.join(top);
        println!("cargo:rerun-if-changed={}", dir.display());
        walk(&dir, &mut files);
    }
    for top in ["Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={}", root.join(top).display());
        files.push(root.join(top));
    }
    files.sort();
    // FNV-1a: the same value on every machine and compiler.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in &files {
        let name = f.strip_prefix(&root).unwrap_or(f);
        eat(name.to_string_lossy().as_bytes());
        eat(&fs::read(f).unwrap_or_default());
    }
    println!("cargo:rustc-env=SELO_BUILD={hash:016x}");
}

/// The `.rs` and `.toml` files under `dir`.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n != "target" && n != "fixtures")
            {
                walk(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "rs" || x == "toml") {
            out.push(p);
        }
    }
}
