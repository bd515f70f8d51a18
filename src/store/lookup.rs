//! Reading the store without a query plan where one index lookup answers: the objects of a
//! subject in one graph, whether an IRI is known or named, an actor's name, counts, and the
//! figures of `stats`.

use std::collections::BTreeMap;

use oxigraph::model::{GraphNameRef, NamedNodeRef, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

use super::{ParleyStore, StoreError};
use crate::rdf::vocab as v;

/// What a store holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub articles: u64,
    pub statements: u64,
    pub persons: u64,
    pub organisations: u64,
    pub countries: u64,
    /// Every quad of the store, ontology included; counted only when asked (it reads the whole
    /// store: about 9 s for 28 million quads).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quads: Option<u64>,
    /// Articles per language tag (`und` when unknown).
    pub languages: BTreeMap<String, u64>,
    /// Bytes on disk (0 for an in-memory store).
    pub size_bytes: u64,
}

impl ParleyStore {
    /// The objects of `subject predicate ?o` in one graph: one index lookup, no query planning.
    pub fn objects_in(
        &self,
        subject: NamedNodeRef<'_>,
        predicate: NamedNodeRef<'_>,
        graph: NamedNodeRef<'_>,
    ) -> Result<Vec<Term>, StoreError> {
        self.store
            .quads_for_pattern(
                Some(subject.into()),
                Some(predicate),
                None,
                Some(graph.into()),
            )
            .map(|q| q.map(|q| q.object).map_err(|e| self.storage(e)))
            .collect()
    }

    fn count(&self, sparql: &str) -> Result<u64, StoreError> {
        let prepared =
            SparqlEvaluator::new()
                .parse_query(sparql)
                .map_err(|e| StoreError::Load {
                    location: "built-in query".into(),
                    message: e.to_string(),
                })?;
        if let QueryResults::Solutions(mut rows) = self.evaluate(prepared)? {
            if let Some(row) = rows.next() {
                let row = row?;
                if let Some(Term::Literal(l)) = row.get(0) {
                    return Ok(l.value().parse().unwrap_or(0));
                }
            }
        }
        Ok(0)
    }

    /// Counts of what the store holds.
    /// What the store holds. Each figure is one scan of one index: classes are counted from
    /// `rdf:type` (statements and articles are typed in their own graph only, so they need no
    /// DISTINCT), languages from `schema:inLanguage`.
    pub fn stats(&self, count_quads: bool) -> Result<Stats, StoreError> {
        let p = "PREFIX parley: <https://w3id.org/parley/ns#> PREFIX schema: <https://schema.org/>";
        let count_of = |class: &str, distinct: &str| {
            self.count(&format!(
                "{p} SELECT (COUNT({distinct} ?x) AS ?n) WHERE {{ ?x a {class} }}"
            ))
        };
        let articles = count_of("schema:NewsArticle", "")?;
        let mut languages = BTreeMap::new();
        let prepared = SparqlEvaluator::new()
            .parse_query(&format!(
                "{p} SELECT ?lang (COUNT(?a) AS ?n) WHERE {{ ?a schema:inLanguage ?lang }} GROUP BY ?lang"
            ))
            .map_err(|e| StoreError::Load {
                location: "built-in query".into(),
                message: e.to_string(),
            })?;
        if let QueryResults::Solutions(rows) = self.evaluate(prepared)? {
            for row in rows {
                let row = row?;
                if let (Some(Term::Literal(l)), Some(Term::Literal(n))) =
                    (row.get("lang"), row.get("n"))
                {
                    languages.insert(l.value().to_string(), n.value().parse().unwrap_or(0));
                }
            }
        }
        let tagged: u64 = languages.values().sum();
        if articles > tagged {
            *languages.entry("und".to_string()).or_default() += articles - tagged;
        }
        let quads = if count_quads {
            Some(self.store.len().map_err(|e| self.storage(e))? as u64)
        } else {
            None
        };
        Ok(Stats {
            articles,
            statements: count_of("parley:Statement", "")?,
            persons: count_of("parley:Person", "DISTINCT")?,
            organisations: count_of("parley:Organisation", "DISTINCT")?,
            countries: count_of("parley:Country", "DISTINCT")?,
            quads,
            languages,
            size_bytes: self.size_bytes(),
        })
    }

    /// Whether any graph names `iri`: one index lookup (`name_of` reads every graph that names it,
    /// which for a country is most of the store).
    pub fn is_named(&self, iri: &str) -> Result<bool, StoreError> {
        let Ok(node) = NamedNodeRef::new(iri) else {
            return Ok(false);
        };
        match self
            .store
            .quads_for_pattern(Some(node.into()), Some(v::NAME), None, None)
            .next()
        {
            Some(Err(e)) => Err(self.storage(e)),
            found => Ok(found.is_some()),
        }
    }

    /// Whether the store knows an actor or country: a graph names it, or (a country) a
    /// statement's speaker or target belongs to it (an organisation's country is recorded even
    /// when no article mentions the country itself). At most three index lookups.
    pub fn is_known(&self, iri: &str) -> Result<bool, StoreError> {
        if self.is_named(iri)? {
            return Ok(true);
        }
        let Ok(node) = NamedNodeRef::new(iri) else {
            return Ok(false);
        };
        for property in [v::SPEAKER_COUNTRY, v::TARGET_COUNTRY] {
            match self
                .store
                .quads_for_pattern(None, Some(property), Some(node.into()), None)
                .next()
            {
                Some(Err(e)) => return Err(self.storage(e)),
                Some(Ok(_)) => return Ok(true),
                None => {}
            }
        }
        Ok(false)
    }

    /// The name of an entity: the least of its `schema:name` values over all graphs (the same
    /// choice as the catalogue queries' `MIN(STR(?name))`), read from the subject index.
    pub fn name_of(&self, iri: &str) -> Result<Option<String>, StoreError> {
        let Ok(node) = NamedNodeRef::new(iri) else {
            return Ok(None);
        };
        let mut best: Option<String> = None;
        for q in self
            .store
            .quads_for_pattern(Some(node.into()), Some(v::NAME), None, None)
        {
            let q = q.map_err(|e| self.storage(e))?;
            if let Term::Literal(l) = q.object {
                if best.as_deref().is_none_or(|b| l.value() < b) {
                    best = Some(l.value().to_string());
                }
            }
        }
        Ok(best)
    }

    /// The number of quads in one graph (all graphs with `None`).
    pub fn len(&self, graph: Option<&str>) -> Result<usize, StoreError> {
        match graph {
            None => self.store.len().map_err(|e| self.storage(e)),
            Some(g) => Ok(self
                .store
                .quads_for_pattern(
                    None,
                    None,
                    None,
                    Some(GraphNameRef::from(NamedNodeRef::new_unchecked(g))),
                )
                .count()),
        }
    }
}
