//! The progress bar of a long run, on stderr (indicatif): shown only when stderr is a terminal,
//! the run has already taken a second and `--quiet` was not given, so that short runs, pipes
//! and scripts never see it.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run goes silent before the bar appears.
const AFTER: Duration = Duration::from_secs(1);

/// Counts extracted articles; draws a bar once the run is long enough to deserve one.
pub struct Progress {
    bar: ProgressBar,
    start: Instant,
    shown: OnceLock<()>,
    tty: bool,
}

impl Progress {
    /// A bar for `total` articles, hidden until [`AFTER`] has passed since `start` (the run's
    /// start: reading the files counts); never shown when not `wanted` (`--quiet`).
    pub fn new(total: usize, wanted: bool, start: Instant) -> Progress {
        use std::io::IsTerminal;
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} articles ({eta} left)")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix("claimdiff: reading");
        Progress {
            bar,
            start,
            shown: OnceLock::new(),
            tty: wanted && std::io::stderr().is_terminal(),
        }
    }

    /// One more article done; from any thread.
    pub fn tick(&self) {
        self.bar.inc(1);
        if self.tty && self.shown.get().is_none() && self.start.elapsed() >= AFTER {
            self.shown.get_or_init(|| {
                self.bar.set_draw_target(ProgressDrawTarget::stderr());
            });
        }
    }

    /// Removes the bar, if it was drawn, before the output is written.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// A spinner while the files are read (before their number of articles is known), shown on
/// the same terms as [`Progress`].
pub struct Spinner {
    bar: ProgressBar,
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
    waiter: Option<std::thread::JoinHandle<()>>,
}

impl Spinner {
    /// Starts the spinner, hidden; a thread shows it if reading still runs after [`AFTER`].
    pub fn start(wanted: bool) -> Spinner {
        use std::io::IsTerminal;
        use std::sync::atomic::Ordering;
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{prefix} {spinner} {elapsed}") {
            bar.set_style(style);
        }
        bar.set_prefix("claimdiff: reading files");
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let waiter = (wanted && std::io::stderr().is_terminal()).then(|| {
            let (bar, done) = (bar.clone(), done.clone());
            std::thread::spawn(move || {
                let start = Instant::now();
                while start.elapsed() < AFTER && !done.load(Ordering::Acquire) {
                    std::thread::park_timeout(AFTER.saturating_sub(start.elapsed()));
                }
                if !done.load(Ordering::Acquire) {
                    bar.set_draw_target(ProgressDrawTarget::stderr());
                    bar.enable_steady_tick(Duration::from_millis(120));
                }
            })
        });
        Spinner { bar, done, waiter }
    }

    /// Stops and removes the spinner.
    pub fn finish(mut self) {
        self.done.store(true, std::sync::atomic::Ordering::Release);
        if let Some(waiter) = self.waiter.take() {
            waiter.thread().unpark();
            let _ = waiter.join();
        }
        self.bar.finish_and_clear();
    }
}
