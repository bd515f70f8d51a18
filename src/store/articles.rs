//! The articles of the store: each article's fingerprint (to skip what is stored unchanged), the
//! writing of a batch of article graphs (each replacing its previous version, in one commit), and
//! finding an article's graph by its key, url, id or IRI.

use std::collections::BTreeSet;

use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};

use super::{ParleyStore, StoreError};
use crate::rdf::ids::{self, ArticleIris};
use crate::rdf::vocab as v;

/// Memory the bulk loader may use for one batch (RocksDB's own caches come on top).
pub(super) const BULK_MEMORY_MB: usize = 192;

/// One article to write: its graph, whether the store already has it, its quads.
#[derive(Debug, Clone)]
pub struct ArticleWrite {
    pub graph: String,
    pub replace: bool,
    pub quads: Vec<Quad>,
}

/// What a store already holds, for skipping unchanged articles: key hash → fingerprint (64-bit
/// prefixes of their sha256).
#[derive(Debug, Clone, Default)]
pub struct KnownArticles(std::collections::HashMap<u64, u64>);

/// What ingesting an article would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleState {
    New,
    Changed,
    Unchanged,
}

impl KnownArticles {
    pub fn state(&self, iris: &ArticleIris, fingerprint: &str) -> ArticleState {
        let key = ids::hash_prefix64(&iris.hash);
        let fp = ids::hash_prefix64(fingerprint);
        match key.and_then(|k| self.0.get(&k)) {
            None => ArticleState::New,
            Some(stored) if Some(*stored) == fp => ArticleState::Unchanged,
            Some(_) => ArticleState::Changed,
        }
    }

    /// Records an article as stored with this fingerprint.
    pub fn insert(&mut self, iris: &ArticleIris, fingerprint: &str) {
        if let (Some(k), Some(f)) = (
            ids::hash_prefix64(&iris.hash),
            ids::hash_prefix64(fingerprint),
        ) {
            self.0.insert(k, f);
        }
    }
}

/// The texts a store holds, so that a text read again under another key is stored once: the
/// 64-bit prefix of each text's sha256 → the key hash (24 hex digits) of the article that holds
/// it (about 60 bytes an article).
#[derive(Debug, Clone, Default)]
pub struct KnownTexts(std::collections::HashMap<u64, String>);

impl KnownTexts {
    /// The node IRI of the article, other than `iris`' own, that already holds this text; when
    /// none does, the text is recorded as `iris`' and `None` is returned.
    pub fn holder(&mut self, iris: &ArticleIris, text: &str) -> Option<String> {
        let text = ids::hash_prefix64(&ids::sha256_hex(text.as_bytes()))?;
        match self.0.get(&text) {
            Some(hash) if *hash != iris.hash => Some(ids::article_node(hash)),
            Some(_) => None,
            None => {
                self.0.insert(text, iris.hash.clone());
                None
            }
        }
    }
}

impl ParleyStore {
    /// The texts the store holds, each by the article that holds it (articles stored as a second
    /// source of a text, `parley:sameTextAs`, hold none): one scan of the content hashes.
    pub fn known_texts(&self) -> Result<KnownTexts, StoreError> {
        let graph_hash = |g: &GraphName| match g {
            GraphName::NamedNode(n) => n.as_str().rsplit('/').next().map(str::to_string),
            _ => None,
        };
        let mut second = std::collections::HashSet::new();
        for q in self
            .store
            .quads_for_pattern(None, Some(v::SAME_TEXT_AS), None, None)
        {
            let q = q.map_err(|e| self.storage(e))?;
            second.extend(graph_hash(&q.graph_name));
        }
        let mut known = KnownTexts::default();
        for q in self
            .store
            .quads_for_pattern(None, Some(v::CONTENT_HASH), None, None)
        {
            let q = q.map_err(|e| self.storage(e))?;
            let (Some(hash), Term::Literal(text)) = (graph_hash(&q.graph_name), &q.object) else {
                continue;
            };
            if second.contains(&hash) {
                continue;
            }
            if let Some(text) = ids::hash_prefix64(text.value()) {
                // two stored holders of one text (a store written before sameTextAs): the least
                // key hash, whatever the scan order
                let slot = known.0.entry(text).or_insert_with(|| hash.clone());
                if hash < *slot {
                    *slot = hash;
                }
            }
        }
        Ok(known)
    }

    /// The article that holds the text of article `node`: the one it is `parley:sameTextAs`, or
    /// itself.
    pub fn text_holder(&self, node: &str) -> Result<String, StoreError> {
        let Ok(n) = NamedNodeRef::new(node) else {
            return Ok(node.to_string());
        };
        match self
            .store
            .quads_for_pattern(Some(n.into()), Some(v::SAME_TEXT_AS), None, None)
            .next()
        {
            Some(Err(e)) => Err(self.storage(e)),
            Some(Ok(q)) => Ok(match q.object {
                Term::NamedNode(holder) => holder.into_string(),
                _ => node.to_string(),
            }),
            None => Ok(node.to_string()),
        }
    }

    /// The fingerprint stored for an article, if the store has it.
    pub fn fingerprint(&self, iris: &ArticleIris) -> Result<Option<String>, StoreError> {
        let node = NamedNodeRef::new_unchecked(&iris.node);
        let graph = NamedNodeRef::new_unchecked(&iris.graph);
        for q in self.store.quads_for_pattern(
            Some(node.into()),
            Some(v::FINGERPRINT),
            None,
            Some(graph.into()),
        ) {
            let q = q.map_err(|e| self.storage(e))?;
            if let Term::Literal(l) = q.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }

    /// Every stored article, by the 64-bit prefix of its key hash, with the 64-bit prefix of its
    /// fingerprint: one scan of the fingerprint triples, 16 bytes an article, so that re-ingesting an
    /// unchanged corpus never asks the store article by article.
    pub fn known_articles(&self) -> Result<KnownArticles, StoreError> {
        let mut known = KnownArticles::default();
        for q in self
            .store
            .quads_for_pattern(None, Some(v::FINGERPRINT), None, None)
        {
            let q = q.map_err(|e| self.storage(e))?;
            let (GraphName::NamedNode(g), Term::Literal(fp)) = (&q.graph_name, &q.object) else {
                continue;
            };
            if let (Some(k), Some(f)) = (
                g.as_str().rsplit('/').next().and_then(ids::hash_prefix64),
                ids::hash_prefix64(fp.value()),
            ) {
                known.0.insert(k, f);
            }
        }
        Ok(known)
    }

    /// Writes a batch of articles, each in its own graph, replacing what the graph held. New articles
    /// go through Oxigraph's bulk loader when `bulk` is set (one atomic commit for the batch), the
    /// others through one transaction each (clear, then insert). Either way an article is all or
    /// nothing.
    /// Returns the actors whose labels may have changed (see [`Self::relabel`]): those the batch
    /// names, and those the graphs it replaced named.
    pub fn write_articles(
        &self,
        batch: &[ArticleWrite],
        bulk: bool,
    ) -> Result<BTreeSet<NamedNode>, StoreError> {
        let mut named = BTreeSet::new();
        for a in batch {
            named.extend(named_in(&a.quads));
            if a.replace {
                let old = self.graph_quads(&NamedNode::new_unchecked(&a.graph))?;
                named.extend(named_in(&old));
            }
        }
        self.store_articles(batch, bulk)?;
        Ok(named)
    }

    fn store_articles(&self, batch: &[ArticleWrite], bulk: bool) -> Result<(), StoreError> {
        let (fresh, rest): (Vec<&ArticleWrite>, Vec<&ArticleWrite>) =
            batch.iter().partition(|a| bulk && !a.replace);
        if !fresh.is_empty() {
            let mut loader = self
                .store
                .bulk_loader()
                .with_num_threads(2)
                .with_max_memory_size_in_megabytes(BULK_MEMORY_MB);
            loader
                .load_quads(fresh.iter().flat_map(|a| a.quads.iter().cloned()))
                .map_err(|e| self.storage(e))?;
            loader.commit().map_err(|e| self.storage(e))?;
        }
        // one transaction an article: measured faster than one large transaction a batch
        for a in rest {
            let mut t = self
                .store
                .start_transaction()
                .map_err(|e| self.storage(e))?;
            if a.replace {
                t.clear_graph(NamedNodeRef::new_unchecked(&a.graph))
                    .map_err(|e| self.storage(e))?;
            }
            t.extend(&a.quads);
            t.commit().map_err(|e| self.storage(e))?;
        }
        Ok(())
    }

    /// The named graph of the article whose key, url, id or graph/node IRI is `key`.
    pub fn article_graph(&self, key: &str) -> Result<Option<NamedNode>, StoreError> {
        for candidate in [
            key.to_string(),
            format!("url:{key}"),
            format!("id:{key}"),
            format!("text:{key}"),
        ] {
            let iris = ArticleIris::for_key(candidate);
            if self.fingerprint(&iris)?.is_some() {
                return Ok(Some(NamedNode::new_unchecked(iris.graph)));
            }
        }
        if let Ok(n) = NamedNode::new(key) {
            let g = n.as_ref();
            if self
                .store
                .contains_named_graph(g)
                .map_err(|e| self.storage(e))?
            {
                return Ok(Some(n));
            }
            let hash = key.rsplit('/').next().unwrap_or("");
            let graph =
                NamedNode::new_unchecked(format!("https://w3id.org/parley/graph/article/{hash}"));
            if key.starts_with(ids::BASE)
                && self
                    .store
                    .contains_named_graph(graph.as_ref())
                    .map_err(|e| self.storage(e))?
            {
                return Ok(Some(graph));
            }
        }
        Ok(None)
    }

    /// The named graphs of the store (article graphs and the ontology graph), in storage order.
    pub fn graphs(&self) -> impl Iterator<Item = Result<NamedNode, StoreError>> + '_ {
        self.store.named_graphs().filter_map(move |g| match g {
            Ok(oxigraph::model::NamedOrBlankNode::NamedNode(n)) => Some(Ok(n)),
            Ok(_) => None,
            Err(e) => Some(Err(self.storage(e))),
        })
    }

    /// Every quad of one graph.
    pub fn graph_quads(&self, graph: &NamedNode) -> Result<Vec<Quad>, StoreError> {
        self.store
            .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
            .map(|q| q.map_err(|e| self.storage(e)))
            .collect()
    }
}

/// The entities a graph's quads name.
fn named_in(quads: &[Quad]) -> impl Iterator<Item = NamedNode> + '_ {
    quads.iter().filter_map(|q| match &q.subject {
        NamedOrBlankNode::NamedNode(n) if q.predicate.as_ref() == v::NAME => Some(n.clone()),
        _ => None,
    })
}
