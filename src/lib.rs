//! Parley turns batches of news articles into an RDF knowledge graph of actors, countries and
//! statements held in an embedded Oxigraph store.
//!
//! The library is a pipeline of small stages; the binary (`src/main.rs`, with `cli`) is glue:
//!
//! 1. `article` (read) → `text` (clean, spans) → `extract` (mentions, statements) → `pipeline`
//!    (Article → Extraction) → `rdf` (quads in one named graph per article) → `store` (Oxigraph);
//!    `ingest` runs these stages over a corpus, in batches, into the store or a remote one
//!    (`remote`, the Graph Store Protocol).
//! 2. `query` (the catalogue, parameters, and the one builder of Parley's own SPARQL) and
//!    `resolve` (what a name given by a user designates) read the store.
//! 3. `export` (the network, its measures and writers), `timeline` and `serve` (the store over
//!    HTTP) show it, through `query` and `resolve`; `web` keeps their pages safe.
//!
//! A module only uses the modules of its own layer or of the layers before it; nothing in the
//! library uses `cli`.
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
pub const EXTRACTOR_VERSION: &str = concat!("parley-", env!("CARGO_PKG_VERSION"), "-extract-4");
