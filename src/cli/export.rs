//! `parley export`: the statement network as GraphML, DOT, CSV or JSON, with filters.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::args::{ExportArgs, ExportFormat};
use super::{output, Outcome};
use crate::export::{self, Filter};
use crate::resolve;
use crate::store::{Access, ParleyStore};

/// The network `args` asks for (names resolved against the store).
pub(super) fn network(args: &ExportArgs, store: &ParleyStore) -> anyhow::Result<export::Network> {
    let actor = match &args.actor {
        Some(name) => Some(resolve::actor(store, name).context("--actor")?),
        None => None,
    };
    let shared = super::filters(
        store,
        args.country.as_deref(),
        args.speech_act.as_deref(),
        args.lang.as_deref(),
        (args.from, args.to),
    )?;
    let filter = Filter {
        from: shared.from,
        to: shared.to,
        country: shared.country,
        actor,
        speech_act: shared.speech_act,
        lang: shared.lang,
        aggregate: args.aggregate,
        by_country: args.by_country,
    };
    Ok(export::network(store, &filter)?)
}

/// Writes the network in one of the single-file formats (CSV is two files: see `run`).
pub(super) fn write(
    net: &export::Network,
    format: ExportFormat,
    mut sink: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        ExportFormat::Graphml => export::write_graphml(net, &mut sink)?,
        ExportFormat::Gexf => export::write_gexf(net, &mut sink)?,
        ExportFormat::Dot => export::write_dot(net, &mut sink)?,
        ExportFormat::Json => {
            serde_json::to_writer_pretty(&mut sink, &export::to_json(net))?;
            writeln!(sink)?;
        }
        ExportFormat::Csv => anyhow::bail!("--format csv writes two files: give --output DIR"),
    }
    Ok(())
}

pub fn run(args: ExportArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::Read, command)?;
    let net = network(&args, &store)?;
    if args.format == ExportFormat::Csv {
        let dir = args
            .output
            .as_deref()
            .context("--format csv writes nodes.csv and edges.csv: give --output DIR")?;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create", dir.display()))?;
        let mut nodes = output::OutputFile::create(&dir.join("nodes.csv"))?;
        let mut edges = output::OutputFile::create(&dir.join("edges.csv"))?;
        export::write_csv(&net, &mut nodes, &mut edges)?;
        nodes.finish()?;
        edges.finish()?;
        return Ok(Outcome::Success);
    }
    match &args.output {
        Some(p) => {
            let mut file = output::OutputFile::create(p)?;
            write(&net, args.format, &mut file)?;
            file.finish()?;
        }
        None => {
            let mut out = output::stdout();
            write(&net, args.format, &mut out)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}
