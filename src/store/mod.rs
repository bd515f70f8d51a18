//! The only module that talks to Oxigraph. A Parley store is a directory holding an Oxigraph
//! (RocksDB) database and a `parley.lock` file that says which process has it open; or an in-memory
//! store for tests. Each article lives in its own named graph, written in one transaction (an article
//! is all or nothing); the ontology lives in its own graph and is replaced when it changes.

use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNodeRef, Quad, QuadRef};
use oxigraph::sparql::{
    PreparedSparqlQuery, QueryEvaluationError, QueryExplanation, QueryResults, SparqlEvaluator,
};
use oxigraph::store::{StorageError, Store};
use thiserror::Error;

use crate::rdf::ids::{self, ONTOLOGY_GRAPH};
use crate::rdf::vocab as v;
use crate::rdf::ONTOLOGY_TTL;

use crate::lock::{Holder, LockError, StoreLock};

mod articles;
mod dump;
mod labels;
mod lookup;

pub use articles::{ArticleState, ArticleWrite, KnownArticles, KnownTexts};
pub use dump::DumpError;
pub use lookup::Stats;

#[derive(Debug, Error)]
pub enum StoreError {
    /// `holder` says who (see `lock`): "another process (pid …: …). …".
    #[error("store {dir} is in use by {holder}")]
    Locked { dir: String, holder: String },
    #[error("no store at {0} (create one with `parley ingest` or `parley load`, or give --store)")]
    Missing(String),
    #[error("store {dir}: {}", io_message(cause))]
    Io { dir: String, cause: std::io::Error },
    /// Not a source: RocksDB repeats its message at each level, and the message says it once.
    #[error("store {dir}: {}", storage_message(cause, during.as_deref()))]
    Storage {
        dir: String,
        cause: StorageError,
        /// What the command was doing ("storing batch 3 (…)").
        during: Option<String>,
    },
    #[error("{0}")]
    Query(#[from] QueryEvaluationError),
    #[error("{location}: {message}")]
    Load { location: String, message: String },
    #[error("this build has no on-disk store (built without the rocksdb feature)")]
    NoDisk,
}

impl StoreError {
    /// The same error, said to have happened while the command was doing `what`.
    pub fn during(self, what: impl Into<String>) -> Self {
        match self {
            StoreError::Storage { dir, cause, .. } => StoreError::Storage {
                dir,
                cause,
                during: Some(what.into()),
            },
            other => other,
        }
    }

    /// Whether the disk (or the space RocksDB may use) is full.
    pub fn is_disk_full(&self) -> bool {
        matches!(self, StoreError::Storage { cause: StorageError::Io(e), .. }
            if e.kind() == std::io::ErrorKind::StorageFull)
    }
}

fn io_message(e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::StorageFull {
        format!("{e}: free space and run the same command again")
    } else {
        e.to_string()
    }
}

/// What a storage error means and what to do, said once.
fn storage_message(cause: &StorageError, during: Option<&str>) -> String {
    let during = during.map(|d| format!(" while {d}")).unwrap_or_default();
    match cause {
        StorageError::Io(e) if e.kind() == std::io::ErrorKind::StorageFull => format!(
            "no space left on device{during}: free space and run the same command again (what \
             was stored before stays stored)"
        ),
        StorageError::Io(e) => {
            format!("cannot read or write the store's files{during}: {e}")
        }
        StorageError::Corruption(e) => format!(
            "the store's files are damaged{during} (RocksDB: {e}). Parley cannot repair them: \
             rebuild the store from the articles (`parley ingest`) or from a dump (`parley load`)"
        ),
        other => format!("storage error{during}: {other}"),
    }
}

/// Whether a command may create and change the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// The store must exist; nothing is written.
    Read,
}

pub struct ParleyStore {
    store: Store,
    dir: Option<PathBuf>,
    /// Opened with `Access::Read`: RocksDB read-only (nothing to flush).
    read_only: bool,
    /// Held while the store is open (shared by readers, exclusive for a writer).
    _lock: Option<StoreLock>,
    /// The language actors are labelled in where they have a label in it (`--label-lang`).
    label_lang: Option<String>,
}

fn name(dir: &Path) -> String {
    dir.display().to_string()
}

/// The ontology graph as a store holds it: `ontology/parley.ttl`, then the version marker (its hash)
/// last. What `ensure_ontology` writes, and what `extract --output` and `ingest --remote` send.
pub fn ontology_quads() -> Result<Vec<Quad>, StoreError> {
    let graph = NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH);
    let mut quads = Vec::new();
    for quad in RdfParser::from_format(RdfFormat::Turtle)
        .with_default_graph(graph)
        .for_slice(ONTOLOGY_TTL.as_bytes())
    {
        // the embedded ontology is checked by the tests; a bad one is a bug, reported as such
        quads.push(quad.map_err(|e| StoreError::Load {
            location: "ontology/parley.ttl".into(),
            message: e.to_string(),
        })?);
    }
    let hash = format!("sha256:{}", ids::sha256_hex(ONTOLOGY_TTL.as_bytes()));
    quads.push(
        QuadRef::new(
            v::ONTOLOGY,
            v::ONTOLOGY_HASH,
            oxigraph::model::LiteralRef::new_simple_literal(&hash),
            graph,
        )
        .into_owned(),
    );
    Ok(quads)
}

impl ParleyStore {
    /// An empty store in memory.
    pub fn in_memory() -> Result<Self, StoreError> {
        let store = Store::new().map_err(|cause| StoreError::Storage {
            dir: "(memory)".into(),
            cause,
            during: None,
        })?;
        Ok(ParleyStore {
            store,
            dir: None,
            read_only: false,
            _lock: None,
            label_lang: None,
        })
    }

    /// Opens (with `Access::ReadWrite`, creates) the store in `dir`: with `Access::Read` beside
    /// other readers, with `Access::ReadWrite` alone. `command` is left in a note so that another
    /// process can say who holds the store.
    pub fn open(dir: &Path, access: Access, command: &str) -> Result<Self, StoreError> {
        let holder = Holder {
            command: command.to_string(),
            url: None,
        };
        Self::open_as(dir, access, &holder)
    }

    /// Like [`Self::open`], for `holder` (a server gives its URL, which a refused writer is told).
    pub fn open_as(dir: &Path, access: Access, holder: &Holder) -> Result<Self, StoreError> {
        let io = |cause| StoreError::Io {
            dir: name(dir),
            cause,
        };
        if access == Access::Read && !dir.join("CURRENT").exists() {
            // a store being created: its writer holds the lock before RocksDB writes CURRENT
            if let Some(holder) = crate::lock::held_by_writer(dir) {
                return Err(StoreError::Locked {
                    dir: name(dir),
                    holder,
                });
            }
            return Err(StoreError::Missing(name(dir)));
        }
        std::fs::create_dir_all(dir).map_err(io)?;
        let mut lock = lock_store(dir, access == Access::ReadWrite, holder)?;
        let store = match open_disk(dir, access) {
            // a writer killed while it created the store (RocksDB's CURRENT is written before the
            // column families): a reader alone finishes the creation, which stores nothing
            Err(StoreError::Storage { cause, .. })
                if access == Access::Read && unfinished(&cause.to_string()) =>
            {
                drop(lock);
                let write = lock_store(dir, true, holder)?;
                drop(open_disk(dir, Access::ReadWrite)?);
                drop(write);
                lock = lock_store(dir, false, holder)?;
                open_disk(dir, access)?
            }
            opened => opened?,
        };
        let this = ParleyStore {
            store,
            dir: Some(dir.to_path_buf()),
            read_only: access == Access::Read,
            _lock: Some(lock),
            label_lang: None,
        };
        if access == Access::ReadWrite {
            this.ensure_ontology()?;
        }
        Ok(this)
    }

    /// Labels actors in `lang` wherever they have a label in it (see [`Self::label_of`]).
    pub fn with_label_lang(mut self, lang: Option<String>) -> Self {
        self.label_lang = lang;
        self
    }

    fn storage(&self, cause: StorageError) -> StoreError {
        StoreError::Storage {
            dir: self
                .dir
                .as_deref()
                .map(name)
                .unwrap_or_else(|| "(memory)".into()),
            cause,
            during: None,
        }
    }

    /// Loads `ontology/parley.ttl` into the ontology graph unless the same version is there already.
    /// Returns whether it was (re)loaded.
    pub fn ensure_ontology(&self) -> Result<bool, StoreError> {
        let quads = ontology_quads()?;
        // the last quad is the version marker
        if let Some(marker) = quads.last() {
            if self.store.contains(marker).map_err(|e| self.storage(e))? {
                return Ok(false);
            }
        }
        let mut t = self
            .store
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        t.clear_graph(NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH))
            .map_err(|e| self.storage(e))?;
        t.extend(&quads);
        t.commit().map_err(|e| self.storage(e))?;
        Ok(true)
    }

    /// Makes what was written durable (and cheap to reopen).
    pub fn flush(&self) -> Result<(), StoreError> {
        if self.dir.is_some() && !self.read_only {
            #[cfg(feature = "rocksdb")]
            self.store.flush().map_err(|e| self.storage(e))?;
        }
        Ok(())
    }

    /// Runs a SPARQL UPDATE on the store (one transaction).
    pub fn update(&self, sparql: &str) -> Result<(), StoreError> {
        self.update_with(SparqlEvaluator::new(), sparql)
    }

    /// Like [`Self::update`], evaluated by `evaluator` (with a cancellation token: a cancelled
    /// update commits nothing).
    /// The actors' labels are computed again afterwards (see `store::labels`).
    pub fn update_with(&self, evaluator: SparqlEvaluator, sparql: &str) -> Result<(), StoreError> {
        let labelled = self.start_relabel()?;
        if let Err(e) = self.run_update(evaluator, sparql) {
            self.cancel_relabel(labelled)?;
            return Err(e);
        }
        self.relabel(false, &Default::default())
    }

    fn run_update(&self, evaluator: SparqlEvaluator, sparql: &str) -> Result<(), StoreError> {
        evaluator
            .parse_update(sparql)
            .map_err(|e| StoreError::Load {
                location: "update".into(),
                message: e.to_string(),
            })?
            .on_store(&self.store)
            .execute()
            .map_err(|e| StoreError::Load {
                location: "update".into(),
                message: e.to_string(),
            })
    }

    /// Bytes on disk (0 for an in-memory store).
    pub fn size_bytes(&self) -> u64 {
        self.dir.as_deref().map(dir_size).unwrap_or(0)
    }

    /// Compacts the indexes (RocksDB full compaction): fewer files for each lookup to visit.
    pub fn optimize(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        return self.store.optimize().map_err(|e| self.storage(e));
        #[cfg(not(feature = "rocksdb"))]
        Ok(())
    }

    /// Prepares a query over the union of all graphs (unless the query names its own dataset).
    pub fn evaluate(
        &self,
        mut prepared: PreparedSparqlQuery,
    ) -> Result<QueryResults<'static>, StoreError> {
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        Ok(prepared.on_store(&self.store).execute()?)
    }

    /// Like [`Self::evaluate`], and returns the plan too; its statistics are filled in once the
    /// results have been read to the end.
    pub fn evaluate_explained(
        &self,
        mut prepared: PreparedSparqlQuery,
    ) -> Result<(QueryResults<'static>, QueryExplanation), StoreError> {
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        let (results, explanation) = prepared
            .on_store(&self.store)
            .compute_statistics()
            .explain();
        Ok((results?, explanation))
    }
}

/// Whether an error opening a store read-only says it was never finished (no column families).
fn unfinished(error: &str) -> bool {
    error.contains("Column family not found")
}

/// The lock of the store in `dir`, for writing or reading beside other readers.
fn lock_store(
    dir: &Path,
    write: bool,
    holder: &Holder,
) -> Result<crate::lock::StoreLock, StoreError> {
    crate::lock::acquire(dir, write, holder).map_err(|e| match e {
        LockError::Busy(holder) => StoreError::Locked {
            dir: name(dir),
            holder,
        },
        LockError::Io(cause) => StoreError::Io {
            dir: name(dir),
            cause,
        },
    })
}

/// The RocksDB store in `dir` (a lock held by another program is reported as such).
#[cfg(feature = "rocksdb")]
fn open_disk(dir: &Path, access: Access) -> Result<Store, StoreError> {
    // a reader opens RocksDB read-only: nothing written at open (no new log file, no manifest), and
    // safe because Parley's lock file keeps any writer out while it reads
    match access {
        Access::ReadWrite => Store::open(dir),
        Access::Read => Store::open_read_only(dir),
    }
    .map_err(|cause| {
        let text = cause.to_string();
        if text.contains("lock") || text.contains("LOCK") {
            StoreError::Locked {
                dir: name(dir),
                holder: "another program, not a parley command (an Oxigraph server, say), which has the database open".into(),
            }
        } else {
            StoreError::Storage {
                dir: name(dir),
                cause,
                during: Some("opening it".into()),
            }
        }
    })
}

#[cfg(not(feature = "rocksdb"))]
fn open_disk(_dir: &Path, _access: Access) -> Result<Store, StoreError> {
    Err(StoreError::NoDisk)
}

fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::pipeline::process;
    use crate::rdf::ids::ArticleIris;
    use crate::rdf::mapping::article_quads;

    fn article(text: &str) -> Article {
        Article {
            id: Some("a1".into()),
            title: Some("T".into()),
            lang: Some("fr".into()),
            text: text.into(),
            ..Article::default()
        }
    }

    fn put(store: &ParleyStore, a: Article) -> ArticleIris {
        let iris = ArticleIris::new(&a);
        let p = process(a);
        let write = ArticleWrite {
            graph: iris.graph.clone(),
            replace: true,
            quads: article_quads(&p, &iris),
        };
        // as an ingest writes: the labels of the actors written follow
        let labelled = store.start_relabel().unwrap();
        let named = store.write_articles(&[write], false).unwrap();
        store.relabel(labelled, &named).unwrap();
        iris
    }

    #[test]
    fn replacing_an_article_never_duplicates() {
        let store = ParleyStore::in_memory().unwrap();
        store.ensure_ontology().unwrap();
        // the labels graph aside (it says the labels are up to date)
        let len =
            || store.len(None).unwrap() - store.len(Some(crate::rdf::ids::LABELS_GRAPH)).unwrap();
        let base = len();
        let iris = put(&store, article("T\nPremier texte."));
        let n = store.len(Some(&iris.graph)).unwrap();
        put(&store, article("T\nPremier texte."));
        assert_eq!(len(), base + n);
        put(&store, article("T\nSecond texte, changé."));
        // the old graph is gone: the store holds the ontology and the new graph only
        let m = store.len(Some(&iris.graph)).unwrap();
        assert_eq!(len(), base + m);
        assert!(!store
            .sorted_nquads()
            .unwrap()
            .iter()
            .any(|q| q.contains("Premier texte")));
        let stats = store.stats(true).unwrap();
        assert_eq!(stats.articles, 1);
        let labels = store.len(Some(crate::rdf::ids::LABELS_GRAPH)).unwrap();
        assert_eq!(stats.quads, Some((base + m + labels) as u64));
        assert_eq!(stats.languages.get("fr"), Some(&1));
        assert!(store
            .fingerprint(&iris)
            .unwrap()
            .unwrap()
            .starts_with("sha256:"));
    }

    #[test]
    fn ontology_is_loaded_once() {
        let store = ParleyStore::in_memory().unwrap();
        assert!(store.ensure_ontology().unwrap());
        let n = store.len(Some(ONTOLOGY_GRAPH)).unwrap();
        assert!(!store.ensure_ontology().unwrap());
        assert_eq!(store.len(Some(ONTOLOGY_GRAPH)).unwrap(), n);
    }

    #[test]
    #[cfg(feature = "rocksdb")]
    fn on_disk_store_is_locked_while_open_and_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store");
        assert!(matches!(
            ParleyStore::open(&path, Access::Read, "parley stats"),
            Err(StoreError::Missing(_))
        ));
        let store = ParleyStore::open(&path, Access::ReadWrite, "parley ingest x").unwrap();
        put(&store, article("T\nTexte."));
        store.flush().unwrap();
        let err = ParleyStore::open(&path, Access::ReadWrite, "parley ingest y")
            .err()
            .unwrap();
        assert!(
            err.to_string().contains("in use by another process (pid"),
            "{err}"
        );
        assert!(err.to_string().contains("parley ingest x"));
        let before = store.sorted_nquads().unwrap();
        drop(store);
        let store = ParleyStore::open(&path, Access::Read, "parley stats").unwrap();
        assert_eq!(store.sorted_nquads().unwrap(), before);
        assert_eq!(store.stats(false).unwrap().articles, 1);
        assert!(store.stats(false).unwrap().size_bytes > 0);
    }

    /// A reader opens RocksDB read-only: it must still see what a writer committed and did not flush
    /// (still in the write-ahead log, as after a crash), and it writes nothing to the directory.
    #[test]
    #[cfg(feature = "rocksdb")]
    fn a_reader_sees_commits_not_yet_flushed_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store");
        let store = ParleyStore::open(&path, Access::ReadWrite, "parley ingest x").unwrap();
        put(&store, article("T\nTexte."));
        store.flush().unwrap();
        let mut second = article("Deux\nUn autre texte.");
        second.id = Some("a2".into());
        put(&store, second);
        let written = store.sorted_nquads().unwrap();
        drop(store); // no flush: the second article is in the log only
        let files = |p: &Path| -> std::collections::BTreeSet<(String, u64)> {
            std::fs::read_dir(p)
                .unwrap()
                .map(|e| e.unwrap())
                .filter(|e| e.file_name() != crate::lock::LOCK_FILE)
                // the readers' notes (see `lock`)
                .filter(|e| e.file_name() != "parley.readers")
                .map(|e| {
                    let name = e.file_name().to_string_lossy().to_string();
                    (name, e.metadata().unwrap().len())
                })
                .collect()
        };
        let before = files(&path);
        let reader = ParleyStore::open(&path, Access::Read, "parley stats").unwrap();
        assert_eq!(reader.sorted_nquads().unwrap(), written);
        assert_eq!(reader.stats(false).unwrap().articles, 2);
        reader.flush().unwrap();
        drop(reader);
        assert_eq!(files(&path), before, "a reader changed the store's files");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

        /// Whatever the text (quotes, newlines, any script, control characters), its graph
        /// survives dump → load → dump unchanged, in both formats.
        #[test]
        fn any_article_survives_dump_and_load(
            body in "(\\PC|[«»“”\"\n\t\\\\]){0,200}",
            lang in proptest::sample::select(vec!["fr", "en"]),
        ) {
            let store = ParleyStore::in_memory().unwrap();
            let mut a = article(&format!("T\nLe ministre a déclaré : « {body} »\n{body}"));
            a.lang = Some(lang.to_string());
            put(&store, a);
            for format in [RdfFormat::NQuads, RdfFormat::TriG] {
                let mut buf = Vec::new();
                store.dump(&mut buf, format, None).unwrap();
                let other = ParleyStore::in_memory().unwrap();
                other.load(&buf[..], format, "dump").unwrap();
                proptest::prop_assert_eq!(
                    other.sorted_nquads().unwrap(),
                    store.sorted_nquads().unwrap()
                );
            }
        }
    }

    #[test]
    fn dump_then_load_gives_the_same_dataset() {
        let store = ParleyStore::in_memory().unwrap();
        store.ensure_ontology().unwrap();
        put(&store, article("T\nUn texte « cité » avec\ndes lignes."));
        for format in [RdfFormat::NQuads, RdfFormat::TriG] {
            let mut buf = Vec::new();
            store.dump(&mut buf, format, None).unwrap();
            let other = ParleyStore::in_memory().unwrap();
            other.load(&buf[..], format, "dump").unwrap();
            assert_eq!(
                other.sorted_nquads().unwrap(),
                store.sorted_nquads().unwrap()
            );
        }
    }

    #[test]
    fn load_reports_line_and_column_and_keeps_nothing() {
        let store = ParleyStore::in_memory().unwrap();
        let data = "<http://a.example/s> <http://a.example/p> \"o\" <http://a.example/g> .\n<http://a.example/s> <http://a.example/p> oops .\n";
        let err = store
            .load(data.as_bytes(), RdfFormat::NQuads, "x.nq")
            .unwrap_err();
        assert!(err.to_string().starts_with("x.nq:2:"), "{err}");
        assert_eq!(store.len(None).unwrap(), 0);
    }
}
