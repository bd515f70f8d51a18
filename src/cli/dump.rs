//! `parley dump` and `parley load`: the dataset (or one article's graph) out as N-Quads or TriG,
//! and N-Quads or TriG files in, each file in one transaction.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::Path;

use anyhow::Context;
use oxigraph::io::RdfFormat;

use super::args::{DumpArgs, LoadArgs, RdfOutFormat};
use super::{output, Outcome};
use crate::store::{Access, DumpError, ParleyStore};

fn rdf_format(f: RdfOutFormat) -> RdfFormat {
    match f {
        RdfOutFormat::Nquads => RdfFormat::NQuads,
        RdfOutFormat::Trig => RdfFormat::TriG,
    }
}

fn dump_error(e: DumpError) -> anyhow::Error {
    match e {
        DumpError::Io(io) => io.into(),
        other => other.into(),
    }
}

pub fn dump(args: DumpArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::Read, command)?;
    let graph = match &args.article {
        None => None,
        Some(key) => Some(store.article_graph(key)?.with_context(|| {
            format!("no article {key:?} in the store (give its url, id, key or IRI)")
        })?),
    };
    let format = rdf_format(args.format);
    match &args.output {
        Some(path) => {
            let mut w = output::OutputFile::create(path)?;
            store
                .dump(&mut w, format, graph.as_ref())
                .map_err(dump_error)?;
            w.finish()?;
        }
        None => {
            let mut out = output::stdout();
            store
                .dump(&mut out, format, graph.as_ref())
                .map_err(dump_error)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}

/// The RDF format of a file to load (`--input-format`, else its extension), and whether it is
/// gzipped (what `extract --output DIR --gzip` writes); `None` for an unknown extension.
fn format_of(name: &str, given: Option<RdfOutFormat>) -> Option<(RdfFormat, bool)> {
    let lower = name.to_ascii_lowercase();
    let (stem, gzip) = match lower.strip_suffix(".gz") {
        Some(stem) => (stem, true),
        None => (lower.as_str(), false),
    };
    let format = match given {
        Some(f) => rdf_format(f),
        None => match stem.rsplit_once('.').map(|(_, ext)| ext) {
            Some("nq") | Some("nquads") => RdfFormat::NQuads,
            Some("trig") => RdfFormat::TriG,
            _ => return None,
        },
    };
    Some((format, gzip))
}

pub fn load(args: LoadArgs, store_dir: &Path, command: &str) -> anyhow::Result<Outcome> {
    let store = ParleyStore::open(store_dir, Access::ReadWrite, command)?;
    super::catch_interrupts(super::INTERRUPT_MESSAGE);
    let mut skipped = 0;
    let mut total = 0;
    for path in &args.files {
        // Ctrl-C: the file in hand was loaded (or not at all); the next ones are not read
        if super::interrupted() {
            break;
        }
        let name = path.display().to_string();
        let Some((format, gzip)) = format_of(&name, args.input_format) else {
            output::error(&format!(
                "{name}: unknown RDF format (expected .nq, .trig, .nq.gz or .trig.gz); give --input-format"
            ));
            skipped += 1;
            continue;
        };
        let result = if path.as_os_str() == "-" {
            store.load(std::io::stdin().lock(), format, "-")
        } else {
            match File::open(path) {
                Ok(f) if gzip => store.load(
                    BufReader::with_capacity(1 << 16, flate2::read::MultiGzDecoder::new(f)),
                    format,
                    &name,
                ),
                Ok(f) => store.load(BufReader::with_capacity(1 << 16, f), format, &name),
                Err(e) => {
                    output::error(&format!("{name}: {e}"));
                    skipped += 1;
                    continue;
                }
            }
        };
        match result {
            Ok(n) => total += n,
            // the disk, not the file: the next files would fail the same way
            Err(e @ crate::store::StoreError::Storage { .. }) => {
                return Err(e
                    .during(format!("loading {name} (nothing of it was loaded)"))
                    .into())
            }
            Err(e) => {
                output::error(&format!("{e}; nothing of this file was loaded"));
                skipped += 1;
            }
        }
    }
    store.flush()?;
    output::error(&format!(
        "loaded {total} quads from {} file{}{}",
        args.files.len() - skipped,
        if args.files.len() - skipped == 1 {
            ""
        } else {
            "s"
        },
        if skipped > 0 {
            format!(", {skipped} skipped")
        } else {
            String::new()
        }
    ));
    Ok(if super::interrupted() {
        output::error(
            "interrupted: the files loaded before Ctrl-C are in the store, the others not",
        );
        Outcome::Interrupted
    } else if skipped > 0 {
        Outcome::Skipped
    } else {
        Outcome::Success
    })
}
