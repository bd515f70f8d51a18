//! The reading stage of an ingest: each article read, counted, checked against its shard and the
//! fingerprints already stored, and put in a batch; a full batch (or one that would hold an
//! article key twice) is extracted on the pool and handed to the writer.

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::SyncSender;

use super::write::Batch;
use super::{reason_kind, Events, Options, Summary};
use crate::article::{self, Article, Input, Location};
use crate::pipeline;
use crate::rdf::ids::{self, ArticleIris};
use crate::rdf::mapping;
use crate::store::{ArticleState, ArticleWrite, KnownArticles, KnownTexts, ParleyStore};

/// Articles per batch: extracted in parallel, then written in one commit.
const BATCH: usize = 512;

/// An article waiting for extraction.
struct Job {
    article: Article,
    iris: ArticleIris,
    replace: bool,
    /// The node of the article that already holds this text, if one does.
    same_text: Option<String>,
    /// Where it was read (path, and line of a record), for messages.
    source: String,
}

pub(super) struct Reader<'a> {
    inputs: &'a [Input],
    known: KnownArticles,
    /// The local store, whose texts are read when the first article to store is met.
    store: Option<&'a ParleyStore>,
    texts: Option<KnownTexts>,
    pool: &'a rayon::ThreadPool,
    options: &'a Options,
    tx: SyncSender<Batch>,
    batch: Vec<Job>,
    in_batch: HashSet<u64>,
    /// Keys seen in this run → (fingerprint, input, line where it was first read), as 64-bit
    /// hashes: about 40 bytes an article, for duplicate-key warnings.
    seen: HashMap<u64, (u64, usize, Option<u64>)>,
}

impl<'a> Reader<'a> {
    pub(super) fn new(
        inputs: &'a [Input],
        (known, store): (KnownArticles, Option<&'a ParleyStore>),
        pool: &'a rayon::ThreadPool,
        options: &'a Options,
        tx: SyncSender<Batch>,
    ) -> Self {
        Reader {
            inputs,
            known,
            store,
            texts: None,
            pool,
            options,
            tx,
            batch: Vec::with_capacity(BATCH),
            in_batch: HashSet::new(),
            seen: HashMap::new(),
        }
    }

    /// Reads every input until the end, Ctrl-C, or a writer that stopped (its error is reported
    /// by the caller).
    pub(super) fn read_all(&mut self, summary: &mut Summary, events: &dyn Events) {
        let inputs = self.inputs;
        for (input_no, input) in inputs.iter().enumerate() {
            for result in article::read(input, &self.options.read) {
                // Ctrl-C: what was read is stored, nothing more is read
                if events.interrupted() {
                    return;
                }
                events.article();
                match result {
                    Ok(a) => {
                        if !self.take(a, input_no, summary, events) {
                            return;
                        }
                    }
                    Err(e) => {
                        events.message(&e.to_string());
                        summary.skip(reason_kind(&e.reason));
                    }
                }
            }
        }
    }

    /// Sends the last batch, and closes the channel: the writer then ends.
    pub(super) fn finish(mut self) {
        if !self.batch.is_empty() {
            self.send();
        }
    }

    /// Counts an article and puts it in the batch unless it is stored unchanged or of another
    /// share. False when the writer stopped.
    fn take(
        &mut self,
        article: Article,
        input_no: usize,
        summary: &mut Summary,
        events: &dyn Events,
    ) -> bool {
        let iris = ArticleIris::new(&article);
        if self
            .options
            .shard
            .is_some_and(|share| !ids::in_shard(&iris, share))
        {
            summary.other_shares += 1;
            return true;
        }
        summary.read += 1;
        let at = article
            .origin
            .as_ref()
            .map(|o| o.to_string())
            .unwrap_or_default();
        for note in &article.notes {
            events.message(&format!("{at}: {note}"));
        }
        let fingerprint = mapping::fingerprint(&article);
        *summary
            .languages
            .entry(article.lang.clone().unwrap_or_else(|| "und".into()))
            .or_default() += 1;
        let (key64, fp64) = (
            ids::hash_prefix64(&iris.hash).unwrap_or(0),
            ids::hash_prefix64(&fingerprint).unwrap_or(0),
        );
        self.check_duplicate(&article, &iris, (key64, fp64), input_no, &at, events);
        let state = self.known.state(&iris, &fingerprint);
        if state == ArticleState::Unchanged {
            summary.unchanged += 1;
            return true;
        }
        // a key already in the batch: write the batch first, so that the later version wins
        if self.in_batch.contains(&key64) && !self.send() {
            return false;
        }
        self.known.insert(&iris, &fingerprint);
        self.in_batch.insert(key64);
        let same_text = self.same_text(&article, &iris, &at, events);
        if same_text.is_some() {
            summary.same_text += 1;
        }
        self.batch.push(Job {
            article,
            same_text,
            replace: state == ArticleState::Changed,
            iris,
            source: at,
        });
        self.batch.len() != BATCH || self.send()
    }

    /// The node of the article that already holds this article's text (stored, or read before in
    /// this run), said on stderr; `None` when the text is new, which is then recorded as this
    /// article's. The store's texts are read once, when the first article to store is met.
    fn same_text(
        &mut self,
        article: &Article,
        iris: &ArticleIris,
        at: &str,
        events: &dyn Events,
    ) -> Option<String> {
        if self.texts.is_none() {
            let stored = match self.store.map(ParleyStore::known_texts) {
                Some(Err(e)) => {
                    events.message(&format!("cannot read the texts already stored: {e}"));
                    KnownTexts::default()
                }
                Some(Ok(texts)) => texts,
                None => KnownTexts::default(),
            };
            self.texts = Some(stored);
        }
        let holder = self.texts.as_mut()?.holder(iris, &article.text)?;
        events.message(&format!(
            "{at}: same text as the stored article <{holder}>: kept as another source of it, \
             its statements not counted twice"
        ));
        Some(holder)
    }

    /// Says when an article has the key of one read before in this run but other content.
    fn check_duplicate(
        &mut self,
        article: &Article,
        iris: &ArticleIris,
        (key64, fp64): (u64, u64),
        input_no: usize,
        at: &str,
        events: &dyn Events,
    ) {
        match self.seen.get(&key64) {
            Some((fp, first, line)) if *fp != fp64 => {
                let first = Location {
                    path: self.inputs[*first].display(),
                    line: *line,
                };
                events.message(&format!(
                    "{at}: same article key ({}) as {first} but different content; this one replaces it",
                    iris.key
                ));
            }
            Some(_) => {}
            None => {
                let line = article.origin.as_ref().and_then(|o| o.line);
                self.seen.insert(key64, (fp64, input_no, line));
            }
        }
    }

    /// Extracts the batch on the pool and hands it to the writer; false when the writer stopped.
    fn send(&mut self) -> bool {
        self.in_batch.clear();
        let jobs = std::mem::take(&mut self.batch);
        let sources = jobs.iter().map(|j| j.source.clone()).collect();
        let lexicon = &self.options.lexicon;
        let writes = self.pool.install(|| {
            pipeline::par_map(jobs, |job| {
                let quads = match &job.same_text {
                    Some(holder) => mapping::same_text_quads(&job.article, &job.iris, holder),
                    None => {
                        let processed = pipeline::process_with(job.article, lexicon);
                        mapping::article_quads(&processed, &job.iris)
                    }
                };
                ArticleWrite {
                    quads,
                    graph: job.iris.graph,
                    replace: job.replace,
                }
            })
        });
        self.tx.send(Batch { writes, sources }).is_ok()
    }
}
