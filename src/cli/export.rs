//! `parley export`: the statement network as GraphML, GEXF, DOT, CSV or JSON, with filters. Turns
//! the arguments into an `export::Request` and writes what the library builds.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

use super::args::{ExportArgs, ExportFormat};
use super::{output, Outcome};
use crate::export;
use crate::store::{Access, ParleyStore};

pub fn run(args: ExportArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::Read, command)?
        .with_label_lang(args.labels.label_lang.clone());
    let filter = args.request().filter(&store)?;
    let net = export::network(&store, &filter)?;
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
            export::write(&net, args.format.into(), &mut file)?;
            file.finish()?;
        }
        None => {
            let mut out = output::stdout();
            export::write(&net, args.format.into(), &mut out)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}
