//! Deterministic IRIs. An article's key is its url, else its id, else a hash of its text; its graph
//! and node IRIs are derived from a hash of that key, so re-reading the same article (from any file)
//! addresses the same graph. Actors are named by kind and folded label, countries by ISO code.

use crate::article::Article;
use crate::extract::{Entity, EntityKind};
pub use crate::text::keys::{sha256_hex, slug};

pub const BASE: &str = "https://w3id.org/parley/id/";
/// The graph that holds the ontology.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/parley/graph/ontology";
/// The graph that holds one label per actor (see `store::labels`).
pub const LABELS_GRAPH: &str = "https://w3id.org/parley/graph/labels";
const GRAPH_BASE: &str = "https://w3id.org/parley/graph/";

/// The stable key of an article: `url:…`, `id:…` or `text:<sha256>`.
pub fn article_key(article: &Article) -> String {
    if let Some(url) = &article.url {
        format!("url:{url}")
    } else if let Some(id) = &article.id {
        format!("id:{id}")
    } else {
        format!("text:{}", sha256_hex(article.text.as_bytes()))
    }
}

/// The IRIs of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleIris {
    pub key: String,
    /// 24 hex digits of the key's sha256
    pub hash: String,
    pub graph: String,
    pub node: String,
}

impl ArticleIris {
    pub fn new(article: &Article) -> Self {
        Self::for_key(article_key(article))
    }

    pub fn for_key(key: String) -> Self {
        let hash = sha256_hex(key.as_bytes())[..24].to_string();
        ArticleIris {
            graph: format!("{GRAPH_BASE}article/{hash}"),
            node: article_node(&hash),
            key,
            hash,
        }
    }

    /// A statement of this article, named by the character offsets of its span.
    pub fn statement(&self, begin: usize, end: usize) -> String {
        format!("{BASE}statement/{}-{begin}-{end}", self.hash)
    }
}

/// The IRI of a country by its ISO 3166-1 alpha-2 code.
pub fn country_iri(code: &str) -> String {
    format!("{BASE}country/{}", code.to_ascii_uppercase())
}

/// The IRI of a person known by a lexicon key or a label.
pub fn person_iri(key: &str) -> String {
    format!("{BASE}person/{}", slug(key))
}

/// The IRI of an organisation known by a lexicon key or a label.
pub fn organisation_iri(key: &str) -> String {
    format!("{BASE}organisation/{}", slug(key))
}

/// The key an organisation's IRI was made from (its slug), the reverse of [`organisation_iri`].
pub fn organisation_key(iri: &str) -> Option<&str> {
    iri.strip_prefix(BASE)?.strip_prefix("organisation/")
}

/// Whether an IRI is one of Parley's country IRIs.
pub fn is_country_iri(iri: &str) -> bool {
    iri.starts_with(&format!("{BASE}country/"))
}

/// The `parley:dyad` key of two countries, given by ISO code or by country IRI: the codes in
/// alphabetical order joined by a hyphen ("JP-US"), the same for both directions.
pub fn dyad_key(a: &str, b: &str) -> String {
    let code = |c: &str| {
        c.strip_prefix(&format!("{BASE}country/"))
            .unwrap_or(c)
            .to_ascii_uppercase()
    };
    let (a, b) = (code(a), code(b));
    if a <= b {
        format!("{a}-{b}")
    } else {
        format!("{b}-{a}")
    }
}

/// The node of the article whose key hash (24 hex digits) is `hash`.
pub fn article_node(hash: &str) -> String {
    format!("{BASE}article/{hash}")
}

/// The article node whose statements live in `graph` (an article graph IRI).
pub fn article_node_of_graph(graph: &str) -> Option<String> {
    graph
        .strip_prefix(&format!("{GRAPH_BASE}article/"))
        .map(article_node)
}

/// The first 16 hex digits of a hash (a key hash, a sha256 fingerprint) as a number: what Parley
/// keeps in memory to compare articles with the store.
pub fn hash_prefix64(hex: &str) -> Option<u64> {
    let hex = hex.strip_prefix("sha256:").unwrap_or(hex);
    u64::from_str_radix(hex.get(..16)?, 16).ok()
}

/// The share (1 to `n`) an article falls in for `extract --shard K/N`: by its key hash, so the same
/// on every machine and for any order of the inputs.
fn shard_of(iris: &ArticleIris, n: u64) -> u64 {
    hash_prefix64(&iris.hash).unwrap_or(0) % n.max(1) + 1
}

/// Whether an article belongs to share `k` of `n` (`--shard K/N` of extract and ingest).
pub fn in_shard(iris: &ArticleIris, (k, n): (u64, u64)) -> bool {
    shard_of(iris, n) == k
}

/// The IRI of an entity: countries by code, persons and organisations by folded label.
pub fn entity_iri(entity: &Entity, article: &ArticleIris) -> String {
    let key = entity
        .key
        .as_deref()
        .or(entity.acronym.as_deref())
        .unwrap_or(&entity.label);
    if entity.described {
        // son avocat, la mère de X: someone of this article only
        return format!("{BASE}described/{}-{}", article.hash, slug(&entity.label));
    }
    match (entity.kind, &entity.country) {
        (EntityKind::Person, _) => person_iri(key),
        (EntityKind::Organisation, _) => organisation_iri(key),
        (EntityKind::Country, Some(code)) => country_iri(code),
        (EntityKind::Country, None) => format!("{BASE}country/{}", slug(&entity.label)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_prefer_url_then_id_then_text() {
        let mut a = Article {
            text: "x".into(),
            ..Article::default()
        };
        assert!(article_key(&a).starts_with("text:2d711642"));
        a.id = Some("42".into());
        assert_eq!(article_key(&a), "id:42");
        a.url = Some("https://x.example/a".into());
        assert_eq!(article_key(&a), "url:https://x.example/a");
    }

    #[test]
    fn iris_are_stable() {
        let i = ArticleIris::for_key("id:42".into());
        assert_eq!(i, ArticleIris::for_key("id:42".into()));
        assert!(i
            .graph
            .starts_with("https://w3id.org/parley/graph/article/"));
        assert_eq!(i.hash.len(), 24);
        assert_ne!(i.graph, ArticleIris::for_key("id:43".into()).graph);
    }

    #[test]
    fn slugs_fold_latin_diacritics_and_punctuation() {
        assert_eq!(slug("Kassym-Jomart Tokaïev"), "kassym-jomart-tokaiev");
        assert_eq!(slug("Élysée"), slug("Elysée"));
        assert_eq!(slug("Путин"), "путин");
        assert_eq!(
            slug("  Ministère russe des Affaires étrangères "),
            "ministere-russe-des-affaires-etrangeres"
        );
        assert_eq!(slug("«»").len(), 12);
    }

    #[test]
    fn a_person_known_by_a_description_is_someone_of_one_article() {
        let article = |text: &str| {
            let a = Article {
                title: Some("Titre".into()),
                text: format!("Titre\n\n{text}\n"),
                lang: Some("fr".into()),
                ..Article::default()
            };
            let p = crate::pipeline::process(a);
            let iris = ArticleIris::new(&p.article);
            let x = p.extraction;
            let s = &x.statements[0];
            entity_iri(&x.entities[s.speaker], &iris)
        };
        let one = article("Son avocat a déclaré que son client était innocent.");
        let two = article("Son avocat a déclaré que la peine était trop lourde.");
        assert!(one.contains("/described/"), "{one}");
        assert_ne!(one, two);
        let named = article("Jean Dupont a déclaré que la peine était trop lourde.");
        assert!(named.ends_with("/person/jean-dupont"), "{named}");
    }
}
