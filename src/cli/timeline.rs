//! `parley timeline`: statements in date order, with filters, in the format asked for.

use std::io::Write;
use std::path::Path;

use super::args::{TimelineArgs, TimelineFormat};
use super::{output, Outcome};
use crate::export::resolve_actor;
use crate::store::{Access, ParleyStore};
use crate::timeline::{self, Entry, Filter};

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic())
}

/// The entries `args` asks for (names resolved against the store).
pub(super) fn entries(args: &TimelineArgs, store: &ParleyStore) -> anyhow::Result<Vec<Entry>> {
    let actor = match &args.actor {
        Some(name) => Some(resolve_actor(store, name)?),
        None => None,
    };
    let (about, about_country) = match &args.about {
        Some(x) if is_country_code(x) => (None, Some(x.to_uppercase())),
        Some(x) => (Some(resolve_actor(store, x)?), None),
        None => (None, None),
    };
    let filter = Filter {
        actor,
        country: args.country.clone(),
        about,
        about_country,
        from: args.from.map(|d| d.to_string()),
        to: args.to.map(|d| d.to_string()),
        speech_act: args.speech_act.clone(),
        lang: args.lang.clone(),
    };
    Ok(timeline::entries(store, &filter)?)
}

/// Writes the entries in `format`.
pub(super) fn write(
    entries: &[Entry],
    format: TimelineFormat,
    mut sink: &mut dyn Write,
) -> anyhow::Result<()> {
    let header: Vec<String> = timeline::HEADER.iter().map(|s| s.to_string()).collect();
    match format {
        TimelineFormat::Table => {
            let rows: Vec<Vec<String>> = entries.iter().map(timeline::row).collect();
            output::write_table(&mut sink, &header, &rows)?;
        }
        TimelineFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut sink);
            w.write_record(&header)?;
            for e in entries {
                w.write_record(timeline::row(e))?;
            }
            w.flush()?;
        }
        TimelineFormat::Json => {
            serde_json::to_writer_pretty(&mut sink, entries)?;
            writeln!(sink)?;
        }
        TimelineFormat::Markdown => timeline::write_markdown(entries, &mut sink)?,
        TimelineFormat::Html => timeline::write_html(entries, &mut sink)?,
    }
    Ok(())
}

pub fn run(args: TimelineArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::Read, command)?;
    let entries = entries(&args, &store)?;
    let format = args
        .format
        .unwrap_or(if output::stdout_is_terminal() && args.output.is_none() {
            TimelineFormat::Table
        } else {
            TimelineFormat::Csv
        });
    match &args.output {
        Some(p) => {
            let mut file = output::OutputFile::create(p)?;
            write(&entries, format, &mut file)?;
            file.finish()?;
        }
        None => {
            let mut out = output::stdout();
            write(&entries, format, &mut out)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}
