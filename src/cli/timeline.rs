//! `parley timeline`: statements in date order, with filters, in the format asked for.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::args::{TimelineArgs, TimelineFormat};
use super::{output, Outcome};
use crate::resolve;
use crate::store::{Access, ParleyStore};
use crate::timeline::{self, Entry, Filter};

/// The filter `args` asks for, each value resolved against the store: a value that names nothing
/// is an error (with the nearest valid values), never an empty timeline.
pub(super) fn filter(args: &TimelineArgs, store: &ParleyStore) -> anyhow::Result<Filter> {
    let actor = match &args.actor {
        Some(name) => Some(resolve::actor(store, name).context("--actor")?),
        None => None,
    };
    let (about, about_country) = match &args.about {
        Some(x) => match resolve::actor_or_country(store, x).context("--about")? {
            Ok(iris) => (Some(iris), None),
            Err(code) => (None, Some(code)),
        },
        None => (None, None),
    };
    let shared = super::filters(
        store,
        args.country.as_deref(),
        args.speech_act.as_deref(),
        args.lang.as_deref(),
        (args.from, args.to),
    )?;
    Ok(Filter {
        actor,
        country: shared.country,
        about,
        about_country,
        from: shared.from,
        to: shared.to,
        speech_act: shared.speech_act,
        lang: shared.lang,
    })
}

/// A timeline: its entries, and what it shows, for a title ("Russia, criticize — 3 statements").
pub(super) struct Timeline {
    entries: Vec<Entry>,
    title: String,
}

/// What `filter` keeps, in words: the names of its actors and countries, its speech act, language
/// and days.
fn describe(filter: &Filter, store: &ParleyStore) -> anyhow::Result<String> {
    let name = |iri: &str| -> anyhow::Result<String> {
        Ok(store.name_of(iri)?.unwrap_or_else(|| iri.to_string()))
    };
    let names = |iris: &std::collections::BTreeSet<String>| -> anyhow::Result<String> {
        Ok(iris
            .iter()
            .map(|i| name(i))
            .collect::<anyhow::Result<Vec<_>>>()?
            .join(", "))
    };
    let country = |code: &str| name(&crate::rdf::ids::country_iri(code));
    let mut parts = Vec::new();
    if let Some(a) = &filter.actor {
        parts.push(names(a)?);
    }
    if let Some(c) = &filter.country {
        parts.push(country(c)?);
    }
    if let Some(a) = &filter.about {
        parts.push(format!("about {}", names(a)?));
    }
    if let Some(c) = &filter.about_country {
        parts.push(format!("about {}", country(c)?));
    }
    parts.extend(filter.speech_act.clone());
    if let Some(l) = &filter.lang {
        parts.push(format!("in {l}"));
    }
    match (&filter.from, &filter.to) {
        (Some(f), Some(t)) if f == t => parts.push(f.clone()),
        (Some(f), Some(t)) => parts.push(format!("{f} to {t}")),
        (Some(f), None) => parts.push(format!("from {f}")),
        (None, Some(t)) => parts.push(format!("to {t}")),
        (None, None) => {}
    }
    Ok(if parts.is_empty() {
        "All statements".to_string()
    } else {
        parts.join(", ")
    })
}

/// The timeline `args` asks for (names resolved against the store).
pub(super) fn entries(args: &TimelineArgs, store: &ParleyStore) -> anyhow::Result<Timeline> {
    let filter = filter(args, store)?;
    let entries = timeline::entries(store, &filter)?;
    let title = format!(
        "{} — {} statement{}",
        describe(&filter, store)?,
        entries.len(),
        if entries.len() == 1 { "" } else { "s" }
    );
    Ok(Timeline { entries, title })
}

/// Writes the entries in `format`.
pub(super) fn write(
    timeline: &Timeline,
    format: TimelineFormat,
    mut sink: &mut dyn Write,
) -> anyhow::Result<()> {
    let entries = &timeline.entries;
    let header: Vec<String> = timeline::HEADER.iter().map(|s| s.to_string()).collect();
    match format {
        TimelineFormat::Table => {
            // for people: the article's headline rather than its IRI (CSV and JSON keep it)
            let rows: Vec<Vec<String>> = entries
                .iter()
                .map(|e| {
                    let mut row = timeline::row(e);
                    if let (Some(last), false) = (row.last_mut(), e.headline.is_empty()) {
                        *last = e.headline.clone();
                    }
                    row
                })
                .collect();
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
        TimelineFormat::Markdown => timeline::write_markdown(entries, &timeline.title, &mut sink)?,
        TimelineFormat::Html => timeline::write_html(entries, &timeline.title, &mut sink)?,
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
