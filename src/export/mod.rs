//! Exports of the statement network: nodes are actors and countries, edges are statements from a
//! speaker to each of its targets (or, aggregated, one edge per speaker, target and speech act).
//! Degree and PageRank are computed with petgraph; `made` and `received` count statements (a
//! statement with two targets is one statement made, and one received by each target; a statement
//! without a target counts as made, and makes no edge). Writers: GraphML (typed keys, XML-escaped,
//! IRIs in data fields because node ids must be NMTOKENs; `weight` on edges), GEXF (dynamic: node
//! and edge spans; `viz` colours by kind and sizes by statements, so that Gephi shows a readable
//! graph before any styling), DOT, CSV (nodes and edges, as Gephi's spreadsheet import reads them)
//! and JSON (nodes and links, as d3 and Cytoscape.js read them).
//! The network and its measures are built in `network` and `pagerank`; each format has its writer,
//! and all read their columns from one description of node and edge attributes (`attributes`).
//! Output is deterministic: nodes sorted by IRI, edges by speaker, target, date, statement.

use std::collections::BTreeSet;
use std::io::Write;

use chrono::NaiveDate;

use crate::resolve::{self, FilterError};
use crate::store::ParleyStore;

mod attributes;
mod csv;
mod dot;
mod gexf;
mod graphml;
mod json;
mod network;
mod pagerank;

pub use csv::write_csv;
pub use dot::write_dot;
pub use gexf::write_gexf;
pub use graphml::write_graphml;
pub use json::to_json;
pub use network::network;
pub use pagerank::pagerank;

/// Which statements to export, and how.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub from: Option<String>,
    pub to: Option<String>,
    /// ISO code: statements whose speaker or a target belongs to that country.
    pub country: Option<String>,
    /// Statements whose speaker or a target is one of these actors (IRIs, see `resolve_actor`).
    pub actor: Option<BTreeSet<String>>,
    pub speech_act: Option<String>,
    pub lang: Option<String>,
    /// One edge per (speaker, target, speech act), with a count and first/last dates.
    pub aggregate: bool,
    /// Fold actors into their countries.
    pub by_country: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub iri: String,
    pub label: String,
    pub kind: String,
    pub country: String,
    pub role: String,
    /// Statements made (with a target or not) and received, as the export's filter keeps them.
    pub made: u64,
    pub received: u64,
    pub degree: u64,
    pub pagerank: f64,
    /// The dates of its first and last statement, made or received (empty when none is dated).
    pub first: String,
    pub last: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub source: usize,
    pub target: usize,
    pub speech_act: String,
    pub cameo: String,
    pub date: String,
    pub last_date: String,
    pub count: u64,
    /// The articles that report the edge's statements (a statement reprinted counts once in
    /// `count`, and once for each article here).
    pub sources: u64,
    pub said: String,
    pub article: String,
    pub statement: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// An export as asked for, by names (`--actor Poutine`, `--country Syrie`): [`Request::filter`]
/// resolves them against the store.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub actor: Option<String>,
    pub country: Option<String>,
    pub speech_act: Option<String>,
    pub lang: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub aggregate: bool,
    pub by_country: bool,
}

impl Request {
    /// The filter this request names, each value resolved against the store (a value that names
    /// nothing is an error that gives the nearest valid values).
    pub fn filter(&self, store: &ParleyStore) -> Result<Filter, FilterError> {
        let actor = resolve::actor_option(store, self.actor.as_deref())?;
        let shared = resolve::filters(
            store,
            self.country.as_deref(),
            self.speech_act.as_deref(),
            self.lang.as_deref(),
            (self.from, self.to),
        )?;
        Ok(Filter {
            from: shared.from,
            to: shared.to,
            country: shared.country,
            actor,
            speech_act: shared.speech_act,
            lang: shared.lang,
            aggregate: self.aggregate,
            by_country: self.by_country,
        })
    }
}

/// The formats of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Graphml,
    Gexf,
    Dot,
    /// Two files (see [`write_csv`]).
    Csv,
    Json,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("--format csv writes two files: give --output DIR")]
    TwoFiles,
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// Writes the network in one of the single-file formats (CSV is two files: see [`write_csv`]).
pub fn write(net: &Network, format: Format, mut sink: &mut dyn Write) -> Result<(), ExportError> {
    match format {
        Format::Graphml => write_graphml(net, &mut sink)?,
        Format::Gexf => write_gexf(net, &mut sink)?,
        Format::Dot => write_dot(net, &mut sink)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut sink, &to_json(net))?;
            writeln!(sink)?;
        }
        Format::Csv => return Err(ExportError::TwoFiles),
    }
    Ok(())
}
