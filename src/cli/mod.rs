//! The command-line interface: argument parsing (`args`), one module per subcommand, the only
//! stdout writer (`output`) and the progress bar (`progress`). `run` returns how the run ended; the
//! binary maps it to an exit code (0 success, 1 finished with skipped inputs, 2 fatal).

mod args;
mod dump;
mod eval;
mod export;
mod extract;
mod ingest;
pub mod output;
mod progress;
mod push;
mod query;
mod serve;
mod stats;
mod timeline;

use std::ffi::OsString;

use std::collections::BTreeMap;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;

pub use args::Cli;
use args::{InputFormat, ReadArgs};

use crate::article::{Format, ReadOptions};
use crate::extract::lexicon::Lexicon;

/// The reading options of ingest and extract.
fn read_options(format: Option<InputFormat>, args: &ReadArgs) -> anyhow::Result<ReadOptions> {
    let mut columns = BTreeMap::new();
    for c in &args.columns {
        let (field, column) = c
            .split_once('=')
            .with_context(|| format!("--column {c}: expected FIELD=COLUMN, e.g. text=body"))?;
        const FIELDS: [&str; 7] = ["text", "id", "url", "title", "published", "lang", "source"];
        if !FIELDS.contains(&field) {
            anyhow::bail!(
                "--column {c}: unknown field {field} (fields: {})",
                FIELDS.join(", ")
            );
        }
        columns.insert(field.to_string(), column.to_string());
    }
    Ok(ReadOptions {
        format: format.map(|f| match f {
            InputFormat::Txt => Format::Txt,
            InputFormat::Html => Format::Html,
            InputFormat::Jsonl => Format::Jsonl,
            InputFormat::Csv => Format::Csv,
        }),
        columns,
        published: args.published,
        max_bytes: args.max_article_mb << 20,
        lang: args.lang.clone(),
    })
}

/// The inputs of `paths`, directories walked for the files `--include` and `--exclude` take, and
/// the paths that cannot be read. An `--include` that matches no file is an error (nothing would
/// be read); an `--exclude` that matches nothing is said on stderr.
fn discover(
    paths: &[std::path::PathBuf],
    args: &ReadArgs,
) -> anyhow::Result<(
    Vec<crate::article::Input>,
    Vec<crate::article::ArticleError>,
)> {
    let selection =
        crate::article::Selection::new(&args.include, &args.exclude).map_err(anyhow::Error::msg)?;
    let found = crate::article::discover_selected(paths, &selection);
    if let Some(p) = found.unmatched_include.first() {
        anyhow::bail!("--include {p:?} matches no file in the directories given");
    }
    for p in &found.unmatched_exclude {
        output::error(&format!(
            "--exclude {p:?} matches no file or directory: nothing was left out for it"
        ));
    }
    Ok((found.inputs, found.errors))
}

/// Reads every article of `paths`, reporting the inputs and records that give none on stderr, and
/// hands each article (with the input it came from) to `each`. Returns how many were skipped.
fn each_article(
    paths: &[std::path::PathBuf],
    args: &ReadArgs,
    opts: &ReadOptions,
    mut each: impl FnMut(&crate::article::Input, crate::article::Article) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let (inputs, errors) = discover(paths, args)?;
    let mut skipped = errors.len();
    for e in &errors {
        output::error(&e.to_string());
    }
    for input in &inputs {
        for result in crate::article::read(input, opts) {
            match result {
                Ok(a) => {
                    // what was guessed or repaired (an encoding, a date), as ingest says it
                    let at = a.origin.as_ref().map(|o| o.to_string()).unwrap_or_default();
                    for note in &a.notes {
                        output::error(&format!("{at}: {note}"));
                    }
                    each(input, a)?
                }
                Err(e) => {
                    output::error(&e.to_string());
                    skipped += 1;
                }
            }
        }
    }
    Ok(skipped)
}

/// The extraction thread pool (`--threads`, else every core).
fn pool(args: &ReadArgs) -> anyhow::Result<rayon::ThreadPool> {
    crate::pipeline::pool(args.threads.map(usize::from))
        .map_err(|e| anyhow::anyhow!("cannot start extraction threads: {e}"))
}

/// The lexicon: built in, plus --lexicon files.
fn lexicon(args: &ReadArgs) -> anyhow::Result<Arc<Lexicon>> {
    Ok(Lexicon::with_files(&args.lexicons)?)
}

/// How a run that did not fail ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// Finished, but some inputs were skipped (reported on stderr).
    Skipped,
    /// Stopped by Ctrl-C after storing what was in hand (exit code 130).
    Interrupted,
}

/// What the first Ctrl-C of a writing command prints.
const INTERRUPT_MESSAGE: &str =
    "interrupted: storing what is in hand (Ctrl-C again to stop at once)";

static INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on, Ctrl-C (SIGINT, and SIGTERM) asks the command to stop at the next article; a
/// second one stops the process at once (what was committed stays, the batch in hand is lost).
/// `message` is what the first one prints.
pub(crate) fn catch_interrupts(message: &'static str) {
    let installed = ctrlc::set_handler(move || {
        if INTERRUPTED.swap(true, std::sync::atomic::Ordering::SeqCst) {
            std::process::exit(130);
        }
        output::error(message);
    });
    if let Err(e) = installed {
        output::error(&format!("Ctrl-C will stop at once: {e}"));
    }
}

/// Whether Ctrl-C was pressed since [`catch_interrupts`].
pub(crate) fn interrupted() -> bool {
    INTERRUPTED.load(std::sync::atomic::Ordering::SeqCst)
}

/// The command line as one string, for the store's lock file (credentials in a URL redacted:
/// another command shows it).
fn command_line(args: &[OsString]) -> String {
    args.iter()
        .map(|a| crate::remote::redact(&a.to_string_lossy()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs Parley with these arguments (the first is the program name).
pub fn run(args: Vec<OsString>) -> anyhow::Result<Outcome> {
    let cli = Cli::try_parse_from(&args).unwrap_or_else(|e| e.exit());
    let command = command_line(&args);
    match cli.command {
        args::Command::Ingest(a) => ingest::run(a, &cli.store, cli.quiet, &command),
        args::Command::Extract(a) => extract::run(a, cli.quiet),
        args::Command::Eval(a) => eval::run(a),
        args::Command::Export(a) => export::run(a, &cli.store, &command),
        args::Command::Timeline(a) => timeline::run(a, &cli.store, &command),
        args::Command::Query(a) => query::run(a, &cli.store, &command),
        args::Command::Dump(a) => dump::dump(a, &cli.store, &command),
        args::Command::Load(a) => dump::load(a, &cli.store, &command),
        args::Command::Stats(a) => stats::run(a, &cli.store, &command),
        args::Command::Serve(a) => serve::run(a, &cli.store, &command),
        args::Command::Push(a) => push::run(a, &cli.store, cli.quiet, &command),
        args::Command::Optimize => stats::optimize(&cli.store, cli.quiet, &command),
    }
}
