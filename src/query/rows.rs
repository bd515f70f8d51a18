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

/// The same statement in several articles once (one key: see `rdf::mapping::statement_key`):
/// the rows of the first statement IRI of each key, each with the number of sources of its key.
/// `of` gives a row's (key, statement IRI, source); a row may be one of several of its statement
/// (one a target).
pub fn one_per_key<T>(rows: Vec<T>, of: impl Fn(&T) -> (&str, &str, &str)) -> Vec<(T, usize)> {
    use std::collections::{BTreeSet, HashMap};
    let mut per_key: HashMap<String, (String, BTreeSet<String>)> = HashMap::new();
    for r in &rows {
        let (key, statement, source) = of(r);
        let (first, sources) = per_key
            .entry(key.to_string())
            .or_insert_with(|| (statement.to_string(), BTreeSet::new()));
        if statement < first.as_str() {
            *first = statement.to_string();
        }
        sources.insert(source.to_string());
    }
    rows.into_iter()
        .filter_map(|r| {
            let (key, statement, _) = of(&r);
            let (first, sources) = &per_key[key];
            let n = sources.len();
            (first == statement).then_some((r, n))
        })
        .collect()
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
