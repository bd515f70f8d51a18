//! `parley ingest`: reads the flags, finds the inputs, opens the store (or connects to the remote
//! one), runs the library's ingest (`crate::ingest`) with a progress bar, and says what it did.
//! Bad inputs are reported and skipped; what was stored stays stored.

use std::path::Path;

use super::args::IngestArgs;
use super::progress::Progress;
use super::{output, Outcome};
use crate::ingest::{self, Summary, Target};
use crate::store::{Access, ParleyStore};

/// The run's messages and progress go to the progress bar; Ctrl-C stops the reading.
struct Events<'a>(&'a Progress);

impl ingest::Events for Events<'_> {
    fn message(&self, message: &str) {
        self.0.message(message);
    }

    fn article(&self) {
        self.0.inc();
    }

    fn interrupted(&self) -> bool {
        super::interrupted()
    }
}

pub fn run(
    args: IngestArgs,
    store_dir: &Path,
    quiet: bool,
    command: &str,
) -> anyhow::Result<Outcome> {
    let read = super::read_options(args.input_format, &args.read)?;
    let lexicon = super::lexicon(&args.read)?;
    let pool = super::pool(&args.read)?;
    if args.paths.iter().any(|p| p.as_os_str() == "-") && read.format.is_none() {
        anyhow::bail!("reading standard input (-) needs --input-format txt|html|jsonl|csv");
    }
    let (inputs, errors) = super::discover(&args.paths, &args.read)?;
    // the local store, or a remote one (then nothing is known: every article is sent)
    let target = match &args.remote {
        None => Target::Local(ParleyStore::open(store_dir, Access::ReadWrite, command)?),
        Some(url) => {
            let (remote, senders) = ingest::connect(url, &args.sending.options())?;
            Target::Remote(remote, senders)
        }
    };
    super::catch_interrupts(super::INTERRUPT_MESSAGE);
    let total = if Progress::visible(quiet) {
        ingest::count_articles(&inputs, &read)
    } else {
        None
    };
    let progress = Progress::new(total, quiet);
    let mut summary = Summary::default();
    for e in &errors {
        progress.message(&e.to_string());
        summary.skip(ingest::reason_kind(&e.reason));
    }
    let options = ingest::Options {
        read,
        lexicon,
        write: args.write.into(),
        shard: args.shard,
    };
    let summary = ingest::run(
        &inputs,
        &target,
        &pool,
        &options,
        &Events(&progress),
        summary,
    )?;
    progress.finish();
    output::error(&summary.line(
        inputs.len() + errors.len(),
        match &target {
            Target::Local(_) => None,
            Target::Remote(remote, _) => Some(remote.url()),
        },
    ));
    if super::interrupted() {
        output::error(
            "interrupted: every article read before Ctrl-C is stored; the same command goes on \
             where this one stopped (stored articles are not extracted again)",
        );
        return Ok(Outcome::Interrupted);
    }
    let Target::Local(store) = &target else {
        return Ok(if summary.skipped.is_empty() && summary.not_sent == 0 {
            Outcome::Success
        } else {
            Outcome::Skipped
        });
    };
    if args.optimize_after > 0 && summary.stored >= args.optimize_after {
        optimize(store, quiet)?;
    }
    Ok(if summary.skipped.is_empty() {
        Outcome::Success
    } else {
        Outcome::Skipped
    })
}

/// Compacts the store after a large ingest (`--optimize-after`).
fn optimize(store: &ParleyStore, quiet: bool) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    if !quiet {
        output::error("compacting the store (--optimize-after 0 skips this)");
    }
    store.optimize().map_err(|e| {
        e.during("compacting it after the ingest (every article is stored; `parley optimize` compacts it later)")
    })?;
    if !quiet {
        output::error(&format!(
            "store compacted in {:.0} s",
            started.elapsed().as_secs_f64()
        ));
    }
    Ok(())
}
