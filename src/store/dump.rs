//! The store's data as text: a dump (N-Quads or TriG, the whole dataset or one graph), a load of
//! such files, and every quad as sorted N-Quads lines for comparisons.

use std::io::{BufRead, Write};

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::NamedNode;
use oxigraph::store::StorageError;
use thiserror::Error;

use super::{ParleyStore, StoreError};

/// Why a dump stopped.
#[derive(Debug, Error)]
pub enum DumpError {
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl ParleyStore {
    /// Writes the whole dataset, or one graph, in `format` (N-Quads or TriG).
    pub fn dump(
        &self,
        writer: impl Write,
        format: RdfFormat,
        graph: Option<&NamedNode>,
    ) -> Result<(), DumpError> {
        match graph {
            None => {
                self.store
                    .dump_to_writer(RdfSerializer::from_format(format), writer)
                    .map_err(|e| match e {
                        oxigraph::store::SerializerError::Io(io) => DumpError::Io(io),
                        oxigraph::store::SerializerError::Storage(s) => DumpError::Storage(s),
                        other => DumpError::Io(std::io::Error::other(other.to_string())),
                    })?;
            }
            Some(g) => {
                // keep the graph name: a dump of one article loads back into the same graph
                let mut ser = RdfSerializer::from_format(format).for_writer(writer);
                for q in self
                    .store
                    .quads_for_pattern(None, None, None, Some(g.as_ref().into()))
                {
                    ser.serialize_quad(&q?)?;
                }
                ser.finish()?;
            }
        }
        Ok(())
    }

    /// Loads N-Quads or TriG into the store in one transaction: all of it, or nothing. The
    /// labels graph of the input is left out: the store's labels are computed again afterwards,
    /// from every name it then holds.
    pub fn load(
        &self,
        reader: impl BufRead,
        format: RdfFormat,
        source: &str,
    ) -> Result<u64, StoreError> {
        let labelled = self.start_relabel()?;
        let n = match self.load_quads(reader, format, source) {
            Ok(n) => n,
            Err(e) => {
                self.cancel_relabel(labelled)?;
                return Err(e);
            }
        };
        self.relabel(false, &Default::default())?;
        Ok(n)
    }

    fn load_quads(
        &self,
        reader: impl BufRead,
        format: RdfFormat,
        source: &str,
    ) -> Result<u64, StoreError> {
        let labels = oxigraph::model::GraphNameRef::NamedNode(
            oxigraph::model::NamedNodeRef::new_unchecked(crate::rdf::ids::LABELS_GRAPH),
        );
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        let mut n = 0u64;
        for quad in RdfParser::from_format(format).for_reader(reader) {
            let quad = quad.map_err(|e| {
                let location = match &e {
                    oxigraph::io::RdfParseError::Syntax(s) => s
                        .location()
                        .map(|l| format!("{source}:{}:{}", l.start.line + 1, l.start.column + 1))
                        .unwrap_or_else(|| source.to_string()),
                    _ => source.to_string(),
                };
                StoreError::Load {
                    location,
                    message: e.to_string(),
                }
            })?;
            if quad.graph_name.as_ref() != labels {
                t.insert(&quad);
                n += 1;
            }
        }
        t.commit().map_err(|e| self.storage(e))?;
        Ok(n)
    }

    /// Every quad of the store as sorted N-Quads lines (for comparing datasets in tests and tools).
    pub fn sorted_nquads(&self) -> Result<Vec<String>, StoreError> {
        let mut lines = Vec::new();
        for q in self.store.iter() {
            lines.push(format!("{} .", q.map_err(|e| self.storage(e))?));
        }
        lines.sort();
        Ok(lines)
    }
}
