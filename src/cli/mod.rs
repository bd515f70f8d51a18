//! The command-line interface: argument parsing (`args`), one module per subcommand, the only
//! stdout writer (`output`) and the progress bar (`progress`). `run` returns how the run ended; the
//! binary maps it to an exit code (0 success, 1 finished with skipped inputs, 2 fatal).

mod args;
mod dump;
mod ingest;
pub mod output;
mod progress;
mod query;
mod stats;

use std::ffi::OsString;

use clap::Parser;

pub use args::Cli;

/// How a run that did not fail ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Finished, but some inputs were skipped (reported on stderr).
    Skipped,
}

/// The command line as one string, for the store's lock file.
fn command_line(args: &[OsString]) -> String {
    args.iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs Parley with these arguments (the first is the program name).
pub fn run(args: Vec<OsString>) -> anyhow::Result<Outcome> {
    let cli = Cli::try_parse_from(&args).unwrap_or_else(|e| e.exit());
    let command = command_line(&args);
    match cli.command {
        args::Command::Ingest(a) => ingest::run(a, &cli.store, cli.quiet, &command),
        args::Command::Query(a) => query::run(a, &cli.store, &command),
        args::Command::Dump(a) => dump::dump(a, &cli.store, &command),
        args::Command::Load(a) => dump::load(a, &cli.store, &command),
        args::Command::Stats(a) => stats::run(a, &cli.store, &command),
    }
}
