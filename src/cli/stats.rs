//! `parley stats`: what the store holds, as a table or JSON.

use std::io::Write;
use std::path::Path;

use super::args::{StatsArgs, StatsFormat};
use super::{output, Outcome};
use crate::store::{Access, ParleyStore};

fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < UNITS.len() {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[i])
    }
}

pub fn run(args: StatsArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::Read, command)?;
    let stats = store.stats(args.quads)?;
    let mut out = output::stdout();
    match args.format {
        StatsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &stats)?;
            writeln!(out)?;
        }
        StatsFormat::Table => {
            let langs: Vec<String> = stats
                .languages
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            let mut rows = vec![
                vec!["articles".to_string(), stats.articles.to_string()],
                vec!["statements".into(), stats.statements.to_string()],
                vec!["persons".into(), stats.persons.to_string()],
                vec!["organisations".into(), stats.organisations.to_string()],
                vec!["countries".into(), stats.countries.to_string()],
                vec!["languages".into(), langs.join(", ")],
                vec![
                    "store size".into(),
                    format!(
                        "{} ({})",
                        human_bytes(stats.size_bytes),
                        store_dir.display()
                    ),
                ],
            ];
            if let Some(quads) = stats.quads {
                rows.insert(5, vec!["quads".into(), quads.to_string()]);
            }
            output::write_table(&mut out, &["".into(), "".into()], &rows).map(|_| ())?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// `parley optimize`: compacts the store's indexes.
pub fn optimize(store_dir: &Path, quiet: bool, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::ReadWrite, command)?;
    let before = store.size_bytes();
    let started = std::time::Instant::now();
    store.optimize().map_err(|e| {
        e.during("compacting it (the store stays as it was: compaction removes old files only once the new ones are written)")
    })?;
    if !quiet {
        let after = store.size_bytes();
        output::error(&format!(
            "store compacted in {:.1} s: {} → {}",
            started.elapsed().as_secs_f64(),
            human_bytes(before),
            human_bytes(after)
        ));
    }
    Ok(Outcome::Success)
}
