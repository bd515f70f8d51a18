//! RDF: the vocabulary (`vocab`), deterministic IRIs (`ids`) and the mapping of an article and its
//! extraction to quads in the article's own named graph (`mapping`). No blank nodes: re-running gives
//! the same graph.

pub mod ids;
pub mod mapping;
pub mod vocab;

/// The ontology (Turtle), embedded in the binary and loaded into its own graph of every store.
pub const ONTOLOGY_TTL: &str = include_str!("../../ontology/parley.ttl");
