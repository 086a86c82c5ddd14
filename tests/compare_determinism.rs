//! The same bytes whatever the thread count or the order of the files on the command line.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The articles of `fixtures/` (or, without fixtures, a few written to a temporary folder).
fn inputs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files = Vec::new();
    if root.is_dir() {
        for event in std::fs::read_dir(&root).unwrap() {
            let event = event.unwrap().path();
            if !event.is_dir() {
                continue;
            }
            for f in std::fs::read_dir(&event).unwrap() {
                let f = f.unwrap().path();
                if matches!(f.extension().and_then(|e| e.to_str()), Some("md" | "txt")) {
                    files.push(f);
                }
            }
        }
    }
    if files.is_empty() {
        let dir = std::env::temp_dir().join(format!("claimdiff-det-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in [
            (
                "a.md",
                "---\nlang: fr\ndate: 2024-10-18\n---\n\nSelon Séoul, 1 500 soldats nord-coréens sont en Russie.\n",
            ),
            (
                "b.md",
                "---\nlang: en\ndate: 2024-10-23\n---\n\nAbout 3,000 North Korean troops are in Russia, Seoul said.\n",
            ),
            (
                "c.md",
                "---\nlang: en\ndate: 2024-11-04\n---\n\nSome 11,000 North Korean soldiers are in Kursk, Kyiv said.\n",
            ),
        ] {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            files.push(path);
        }
    }
    files.sort();
    files
}

fn run(threads: &str, files: &[PathBuf], format: &[&str]) -> (Vec<u8>, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .env("RAYON_NUM_THREADS", threads)
        .arg("compare")
        .args(format)
        .args(files)
        .output()
        .unwrap();
    (out.stdout, out.status.code())
}

#[test]
fn same_bytes_for_any_thread_count_and_file_order() {
    let files = inputs();
    let mut reversed = files.clone();
    reversed.reverse();
    for format in [
        &["--color", "never", "--width", "120"][..],
        &["--format", "json"][..],
        &["--format", "jsonl"][..],
        &["--format", "csv"][..],
    ] {
        let one = run("1", &files, format);
        let two = run("2", &files, format);
        let back = run("2", &reversed, format);
        assert!(!one.0.is_empty(), "{format:?}: no output");
        assert_eq!(one, two, "{format:?}: 1 vs 2 threads");
        assert_eq!(one, back, "{format:?}: file order");
    }
}
