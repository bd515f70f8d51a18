//! Ingesting a corpus: read → pipeline → quads → store, in batches extracted in parallel and
//! committed atomically (bulk loader for new articles, a transaction otherwise), skipping articles
//! whose fingerprint is already stored. Input: the inputs found (`article::discover_selected`),
//! a [`Target`] (the local store, or a remote one through the Graph Store Protocol) and
//! [`Options`]; output: a [`Summary`] of what was read, stored and skipped.
//!
//! Invariants: a bad article is reported (through [`Events`]) and skipped, the run goes on; what
//! was committed stays committed, even when a later batch fails; memory is bounded whatever the
//! corpus size (one batch is extracted while the one before is written); when an article key comes
//! twice, the later version wins.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::article::{Input, ReadOptions, Reason};
use crate::extract::lexicon::Lexicon;
use crate::remote::Remote;
use crate::store::{ParleyStore, StoreError};

mod count;
mod read;
mod send;
mod write;

pub use count::count_articles;
pub use send::{connect, send_to_remote, RemoteOptions};
pub use write::Batch;

/// How the articles are written to the local store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMode {
    /// The bulk loader for a batch with many new articles, a transaction otherwise.
    Auto,
    Transaction,
    Bulk,
}

/// How a corpus is ingested.
pub struct Options {
    pub read: ReadOptions,
    pub lexicon: Arc<Lexicon>,
    pub write: WriteMode,
    /// Only the articles of this share (K of N), the others left to other machines.
    pub shard: Option<(u64, u64)>,
}

/// Where `ingest` writes: the local store, or a remote one with the threads that send to it.
pub enum Target {
    Local(ParleyStore),
    Remote(Remote, rayon::ThreadPool),
}

/// What the run tells its caller as it goes: messages for people (a skipped article, a guessed
/// encoding), progress, and whether to stop (Ctrl-C).
pub trait Events: Sync {
    fn message(&self, message: &str);
    /// One more article read.
    fn article(&self);
    /// Whether the run should stop reading (what was read is still stored).
    fn interrupted(&self) -> bool;
}

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Send(#[from] send::SendError),
    #[error("the store writer stopped unexpectedly")]
    Writer,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub read: u64,
    pub stored: u64,
    /// Articles the remote store did not take (reported one by one).
    pub not_sent: u64,
    /// Articles left to the other machines (`shard`).
    pub other_shares: u64,
    pub unchanged: u64,
    /// Stored articles whose text another article holds (stored once, under the first).
    pub same_text: u64,
    pub skipped: BTreeMap<&'static str, u64>,
    pub languages: BTreeMap<String, u64>,
}

impl Summary {
    pub fn skip(&mut self, kind: &'static str) {
        *self.skipped.entry(kind).or_default() += 1;
    }

    /// The summary in one line: "read 13 articles from 8 inputs: 13 stored, 0 unchanged, …".
    pub fn line(&self, inputs: usize, remote: Option<&str>) -> String {
        let skipped: u64 = self.skipped.values().sum();
        let done = match remote {
            None if self.same_text > 0 => format!(
                "{} stored ({} with the text of another, stored once), {} unchanged",
                self.stored, self.same_text, self.unchanged
            ),
            None => format!("{} stored, {} unchanged", self.stored, self.unchanged),
            Some(url) => format!("{} sent to {url}, {} not sent", self.stored, self.not_sent),
        };
        let mut s = format!(
            "read {} article{} from {inputs} input{}: {done}, {skipped} skipped",
            self.read,
            if self.read == 1 { "" } else { "s" },
            if inputs == 1 { "" } else { "s" },
        );
        if skipped > 0 {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect();
            s.push_str(&format!(" ({})", reasons.join(", ")));
        }
        if self.other_shares > 0 {
            s.push_str(&format!("; {} in other shares", self.other_shares));
        }
        if !self.languages.is_empty() {
            let langs: Vec<String> = self
                .languages
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            s.push_str(&format!("; languages: {}", langs.join(", ")));
        }
        s
    }
}

/// A short name for a skip reason, for the summary.
pub fn reason_kind(r: &Reason) -> &'static str {
    match r {
        Reason::Io(_) => "unreadable",
        Reason::Empty => "empty",
        Reason::Binary => "binary",
        Reason::Encoding(_) => "bad encoding",
        Reason::NoText => "no text",
        Reason::Json(_) | Reason::NotAnObject(_) => "malformed JSON",
        Reason::MissingText | Reason::NoTextColumn { .. } => "no text field",
        Reason::WrongType { .. } => "wrong field type",
        Reason::Csv(_) => "malformed CSV",
        Reason::UnknownColumn(_) => "unknown column",
        Reason::UnknownFormat | Reason::StdinFormat => "unknown format",
        Reason::TooLarge(_) => "too large",
        Reason::NotAFile => "not a file",
        Reason::NotProse(_) => "not prose",
    }
}

/// Ingests the articles of `inputs` into `target`, extracting on `pool`; `summary` already
/// counts the inputs that could not be read. Three stages: this thread reads and checks
/// fingerprints, the pool extracts a batch, a writer thread stores the previous batch meanwhile.
/// The local store is flushed at the end, even after an error (whose error is the one returned).
pub fn run(
    inputs: &[Input],
    target: &Target,
    pool: &rayon::ThreadPool,
    options: &Options,
    events: &dyn Events,
    mut summary: Summary,
) -> Result<Summary, IngestError> {
    let known = match target {
        Target::Local(store) => (store.known_articles()?, Some(store)),
        Target::Remote(..) => Default::default(),
    };
    let written = std::thread::scope(|scope| -> Result<(u64, u64), IngestError> {
        // the channel holds one batch: memory is bounded whatever the corpus size
        let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(1);
        let writer = scope.spawn(move || write::all(rx, target, options.write, events));
        let mut reader = read::Reader::new(inputs, known, pool, options, tx);
        reader.read_all(&mut summary, events);
        reader.finish();
        writer.join().map_err(|_| IngestError::Writer)?
    });
    // what was committed stays committed, even when a later batch failed (whose error is the one
    // to report: a flush on a full disk fails too)
    let flushed = match target {
        Target::Local(store) => store.flush(),
        Target::Remote(..) => Ok(()),
    };
    let (stored, not_sent) = written?;
    flushed?;
    summary.stored = stored;
    summary.not_sent = not_sent;
    Ok(summary)
}
