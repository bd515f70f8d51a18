//! `parley timeline`: statements in date order, with filters, in the format asked for. Turns the
//! arguments into a `timeline::Request` and writes what the library builds.

use std::io::Write;
use std::path::Path;

use super::args::{TimelineArgs, TimelineFormat};
use super::{output, Outcome};
use crate::store::{Access, ParleyStore};
use crate::timeline::{self, Timeline};

/// A table as the terminal shows it (see `output::write_table`).
fn table(mut out: &mut dyn Write, header: &[String], rows: &[Vec<String>]) -> std::io::Result<()> {
    output::write_table(&mut out, header, rows)
}

pub fn run(args: TimelineArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::Read, command)?
        .with_label_lang(args.labels.label_lang.clone());
    let timeline = Timeline::of(&store, &args.request())?;
    let chosen = args
        .format
        .unwrap_or(if output::stdout_is_terminal() && args.output.is_none() {
            TimelineFormat::Table
        } else {
            TimelineFormat::Csv
        });
    match &args.output {
        Some(p) => {
            let mut file = output::OutputFile::create(p)?;
            timeline::write(&timeline, chosen.into(), &mut file, &table)?;
            file.finish()?;
        }
        None => {
            let mut out = output::stdout();
            timeline::write(&timeline, chosen.into(), &mut out, &table)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}
