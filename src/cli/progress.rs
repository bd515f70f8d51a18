//! The progress bar: indicatif on stderr, hidden when stderr is not a terminal or with --quiet.
//! Messages printed through it do not tear the bar.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// Articles per second, whole.
fn rate(state: &ProgressState, w: &mut dyn std::fmt::Write) {
    let _ = write!(w, "{:.0} articles/s", state.per_sec());
}

pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// Whether a bar would be drawn (so callers can skip work done only for it).
    pub fn visible(quiet: bool) -> bool {
        !quiet && std::io::stderr().is_terminal()
    }

    /// A bar over `total` articles (a spinner when the total is unknown).
    pub fn new(total: Option<u64>, quiet: bool) -> Self {
        let target = if Self::visible(quiet) {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = match total {
            Some(n) => ProgressBar::with_draw_target(Some(n), target).with_style(
                ProgressStyle::with_template("{bar:30} {pos}/{len}  {rate}  ETA {eta}  {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .with_key("rate", rate),
            ),
            None => ProgressBar::with_draw_target(None, target).with_style(
                ProgressStyle::with_template("{spinner} {pos} articles  {rate}  {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner())
                    .with_key("rate", rate),
            ),
        };
        Progress { bar }
    }

    pub fn inc(&self) {
        self.bar.inc(1);
    }

    /// Prints a `parley: …` message on stderr above the bar.
    pub fn message(&self, message: &str) {
        if self.bar.is_hidden() {
            super::output::error(message);
        } else {
            self.bar.println(format!("parley: {message}"));
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
