//! Parley turns batches of news articles into an RDF knowledge graph of actors, countries and
//! statements held in an embedded Oxigraph store.
//!
//! The library is a pipeline of small stages; the binary (`src/main.rs`) is glue:
//!
//! `article` (read) → `text` (clean, spans) → `extract` (mentions, statements) → `pipeline`
//! (Article → Extraction) → `rdf` (quads in one named graph per article) → `store` (Oxigraph)
//! → `query`; `remote` sends article graphs to other stores (Graph Store Protocol).
#![forbid(unsafe_code)]

pub mod article;
pub mod cli;
pub mod eval;
pub mod export;
pub mod extract;
pub mod fuzzing;
pub mod ingest;
pub mod lock;
pub mod pipeline;
pub mod query;
pub mod rdf;
pub mod remote;
pub mod resolve;
pub mod serve;
pub mod store;
pub mod text;
pub mod timeline;
pub mod web;

/// The version of the extraction stage. It is part of every article's fingerprint, so that a new
/// extractor re-processes articles that are otherwise unchanged.
pub const EXTRACTOR_VERSION: &str = concat!("parley-", env!("CARGO_PKG_VERSION"), "-extract-2");
