//! Running one of Parley's own queries (built by [`super::build`]) and reading its rows: every
//! solution at once, and each value as text. For the small results of name lookups and the
//! statement listings of export and timeline (a user's query streams its rows instead).

use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};

use crate::store::{ParleyStore, StoreError};

/// A term as text: a literal's lexical form, an IRI, else the term.
pub fn term_text(term: &Term) -> String {
    match term {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    }
}

/// A solution's value as text (see [`term_text`]); empty when unbound.
pub fn text(row: &QuerySolution, var: &str) -> String {
    row.get(var).map(term_text).unwrap_or_default()
}

/// All solutions of one of Parley's built-in queries.
pub fn select(store: &ParleyStore, sparql: &str) -> Result<Vec<QuerySolution>, StoreError> {
    let prepared = SparqlEvaluator::new()
        .parse_query(sparql)
        .map_err(|e| StoreError::Load {
            location: "built-in query".into(),
            message: e.to_string(),
        })?;
    let mut out = Vec::new();
    if let QueryResults::Solutions(rows) = store.evaluate(prepared)? {
        for r in rows {
            out.push(r?);
        }
    }
    Ok(out)
}
