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
    /// A bar for `total` articles, hidden until [`AFTER`] has passed; never shown when not
    /// `wanted` (`--quiet`).
    pub fn new(total: usize, wanted: bool) -> Progress {
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
            start: Instant::now(),
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
