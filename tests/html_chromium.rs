//! Renders the fixtures' HTML report in headless Chromium (Debian's `chromium`; `.ci/run`
//! installs it) and checks what a reader would see: a screenshot that is not blank, and no
//! console message from the page. Skipped, with a note, where Chromium is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from(CHROMIUM), PathBuf::from);
    path.is_file().then_some(path)
}

/// Runs headless Chromium on `page`, writing a screenshot to `png`; returns its stderr, where
/// `--enable-logging=stderr` puts the page's console messages.
fn screenshot(chromium: &Path, page: &Path, png: &Path, profile: &Path) -> String {
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1280,1600",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The page's console messages among Chromium's log lines.
fn console(log: &str) -> Vec<&str> {
    log.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

/// Share of pixels that are not near-white, and the number of distinct colours.
fn ink(png: &Path) -> (f64, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let pixels = &buf[..info.buffer_size()];
    let mut inked = 0usize;
    let mut colours = std::collections::HashSet::new();
    let mut total = 0usize;
    for px in pixels.chunks(channels) {
        total += 1;
        if px.iter().take(3).any(|&v| v < 230) {
            inked += 1;
        }
        if colours.len() < 10_000 {
            colours.insert(px.iter().take(3).copied().collect::<Vec<u8>>());
        }
    }
    (inked as f64 / total as f64, colours.len())
}

#[test]
fn the_fixtures_report_renders_in_chromium() {
    let Some(chromium) = chromium() else {
        println!(
            "note: {CHROMIUM} not found: the headless-Chromium test is skipped (apt-get install chromium)"
        );
        return;
    };
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("chromium-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "-q", "fixtures/nk-troops", "--html"])
        .arg(&page)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1), "the fixtures hold contradictions");

    let png = dir.join("report.png");
    let log = screenshot(&chromium, &page, &png, &dir.join("profile"));
    assert_eq!(console(&log), Vec::<&str>::new(), "console messages");
    let (share, colours) = ink(&png);
    println!(
        "screenshot {}: {:.1}% inked, {colours} colours",
        png.display(),
        share * 100.0
    );
    assert!(share > 0.03, "the screenshot is nearly blank ({share})");
    assert!(colours > 50, "the screenshot has {colours} colours");
}

#[test]
fn a_page_with_a_script_error_is_caught() {
    // The check above would pass on a page Chromium never logs for: this page throws, and its
    // error must show in the log.
    let Some(chromium) = chromium() else {
        println!("note: {CHROMIUM} not found: skipped");
        return;
    };
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("chromium-err-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("broken.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><p>x</p><script>undefinedFunction()</script>",
    )
    .unwrap();
    let log = screenshot(
        &chromium,
        &page,
        &dir.join("broken.png"),
        &dir.join("profile"),
    );
    assert!(!console(&log).is_empty(), "no console line in:\n{log}");
}
