//! Golden files: what `selo validate` prints for a few typical mistakes, in
//! both languages. Each `tests/golden/<name>.txt` input has its expected
//! output beside it in `<name>.en.out` and `<name>.pt.out`.
//!
//! After a deliberate change to the messages or the layout, regenerate with
//! `UPDATE_GOLDEN=1 cargo test -p selo-cli --test golden` and read the diff.

use assert_cmd::Command;
use std::path::Path;

fn run(input: &Path, lang: &str) -> String {
    let out = Command::cargo_bin("selo")
        .unwrap()
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .current_dir(input.parent().unwrap())
        .args(["--lang", lang, "validate"])
        .arg(input.file_name().unwrap())
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn rendered_findings_match_the_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 6, "the golden inputs are missing");
    let mut differ = Vec::new();
    for input in &inputs {
        for lang in ["en", "pt"] {
            let got = run(input, lang);
            let golden = input.with_extension(format!("{lang}.out"));
            if update {
                std::fs::write(&golden, &got).unwrap();
                continue;
            }
            let want = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
                panic!("{} is missing: run with UPDATE_GOLDEN=1", golden.display())
            });
            if got != want {
                differ.push(format!("--- {}\n{got}", golden.display()));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "output differs from the golden files:\n{}",
        differ.join("\n")
    );
}
