//! Signs of life on long work (an import of many files, an aggregation, a pack): a bar on
//! standard error when it is a terminal, plain lines when it is not (a log, a pipe), nothing
//! with `--json`. Results still go to standard output.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

pub enum Progress {
    Bar(ProgressBar),
    Lines { total: Option<u64>, done: u64 },
    Quiet,
}

impl Progress {
    /// Starts `label`'s progress: `total` steps (files), or one step of unknown length.
    pub fn start(label: String, total: Option<u64>, json: bool) -> Progress {
        if json {
            return Progress::Quiet;
        }
        if std::io::stderr().is_terminal() {
            let bar = match total {
                Some(n) => ProgressBar::new(n).with_style(
                    ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {elapsed}")
                        .unwrap_or_else(|_| ProgressStyle::default_bar())
                        .progress_chars("=> "),
                ),
                None => {
                    let s = ProgressBar::new_spinner();
                    s.enable_steady_tick(std::time::Duration::from_millis(120));
                    s
                }
            };
            bar.set_message(label);
            return Progress::Bar(bar);
        }
        eprintln!("{label}");
        Progress::Lines { total, done: 0 }
    }

    /// One step done; `line` says which (a plain line when not on a terminal).
    pub fn step(&mut self, line: impl FnOnce(u64, u64) -> String) {
        match self {
            Progress::Bar(bar) => bar.inc(1),
            Progress::Lines { total, done } => {
                *done += 1;
                eprintln!("{}", line(*done, total.unwrap_or(*done)));
            }
            Progress::Quiet => {}
        }
    }

    /// Runs `f` (which prints results) without the bar drawing over its lines.
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match self {
            Progress::Bar(bar) => bar.suspend(f),
            _ => f(),
        }
    }

    pub fn finish(self) {
        if let Progress::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
