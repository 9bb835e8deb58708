//! The house rules of ARCHITECTURE.md, checked on the source tree:
//! - no `.rs` file under `src/` has more than 600 lines before its
//!   `#[cfg(test)] mod … {` block (a `tests.rs` file is all test code and
//!   is held to the same 600 lines);
//! - every source file under `src/` is named in ARCHITECTURE.md;
//! - the Yew shell (`src/app`) never names the JS API module (`crate::api`);
//! - the core (`src/core`) imports no browser crate.

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    assert!(files.len() > 40, "found only {} source files", files.len());
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root())
                .expect("under the crate")
                .to_string_lossy()
                .replace('\\', "/");
            let text = fs::read_to_string(&p).unwrap_or_else(|e| panic!("{rel}: {e}"));
            (rel, text)
        })
        .collect()
}

/// Lines before the first `#[cfg(test)]` that opens an inline `mod … {`.
fn code_lines(text: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        if l.trim_start().starts_with("#[cfg(test)]") {
            let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
            if next
                .is_some_and(|n| n.trim_start().starts_with("mod ") && n.trim_end().ends_with('{'))
            {
                return i;
            }
        }
    }
    lines.len()
}

#[test]
fn code_lines_counts_up_to_an_inline_test_module() {
    assert_eq!(code_lines("a\nb\n#[cfg(test)]\nmod tests;\nc\n"), 5);
    assert_eq!(code_lines("a\nb\n#[cfg(test)]\nmod tests {\nc\n}\n"), 2);
    assert_eq!(
        code_lines("a\n#[cfg(test)]\nfn helper() {}\n#[cfg(test)]\n\nmod t {\n}"),
        3
    );
}

#[test]
fn no_source_file_is_over_600_lines_before_its_tests() {
    let long: Vec<String> = sources()
        .iter()
        .map(|(f, t)| (f, code_lines(t)))
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(f, n)| format!("{f}: {n} lines"))
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:#?}");
}

#[test]
fn every_source_file_is_named_in_architecture_md() {
    let arch = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let missing: Vec<String> = sources()
        .into_iter()
        .map(|(f, _)| f)
        .filter(|f| !arch.contains(&format!("`{f}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "not named (as `path`) in ARCHITECTURE.md: {missing:#?}"
    );
}

#[test]
fn the_shell_never_names_the_js_api_module() {
    let bad: Vec<String> = sources()
        .into_iter()
        .filter(|(f, t)| f.starts_with("src/app/") && t.contains("crate::api"))
        .map(|(f, _)| f)
        .collect();
    assert!(bad.is_empty(), "src/app names crate::api in {bad:?}");
}

#[test]
fn the_core_imports_no_browser_crate() {
    let crates = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];
    let mut bad = Vec::new();
    for (f, t) in sources() {
        if !f.starts_with("src/core/") {
            continue;
        }
        for (i, line) in t.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for c in crates {
                if code.contains(&format!("{c}::")) || code.contains(&format!("use {c}")) {
                    bad.push(format!("{f}:{}: {}", i + 1, line.trim()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "the core uses a browser crate: {bad:#?}");
}

/// The pages' modules are built with `-Zfmt-debug=none` (ARCHITECTURE.md
/// "Size"): `{:?}` prints nothing there, so no code outside tests may
/// build ids, keys or messages with it (the derived `Debug` names of a
/// field once made every duty input the same element and undo key).
#[test]
fn no_debug_formatting_outside_tests() {
    let mut bad = Vec::new();
    for (f, t) in sources() {
        // test modules (`tests.rs`, `tests/`, `testxml.rs`, `…_tests.rs`)
        if f.contains("test") {
            continue;
        }
        // up to the first item only tests compile
        let before_tests = t
            .lines()
            .position(|l| l.trim_start().starts_with("#[cfg(test)]"))
            .unwrap_or(usize::MAX);
        for (i, line) in t.lines().take(before_tests).enumerate() {
            if line.contains(":?}") || line.contains(":#?}") {
                bad.push(format!("{f}:{}: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "Debug formatting outside tests (prints nothing in the pages' modules): {bad:#?}"
    );
}
