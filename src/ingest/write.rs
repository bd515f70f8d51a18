//! The writing stage of an ingest: each extracted batch committed to the local store in one go
//! (the bulk loader when it holds many new articles, a transaction otherwise), or sent to the
//! remote store.

use std::sync::mpsc::Receiver;

use super::send::send_to_remote;
use super::{Events, IngestError, Target, WriteMode};
use crate::store::ArticleWrite;

/// In [`WriteMode::Auto`], the bulk loader is used for a batch with at least this many new
/// articles.
const BULK_MIN: usize = 128;

/// Extracted articles on their way to the store, with where each was read.
pub struct Batch {
    pub writes: Vec<ArticleWrite>,
    pub sources: Vec<String>,
}

/// The articles of a batch, for messages: "articles a.jsonl:1 to a.jsonl:512".
fn articles_of(sources: &[String]) -> String {
    match sources {
        [] => "no article".into(),
        [one] => format!("article {one}"),
        [first, .., last] => format!("{} articles, {first} to {last}", sources.len()),
    }
}

/// Writes every batch of `rx`; returns (stored or sent, not sent). A batch that cannot be
/// committed stops the writer (none of its articles is stored; those before are).
pub(super) fn all(
    rx: Receiver<Batch>,
    target: &Target,
    write: WriteMode,
    events: &dyn Events,
) -> Result<(u64, u64), IngestError> {
    let (mut stored, mut not_sent) = (0u64, 0u64);
    // the labels of the actors written are recomputed once, at the end (see `store::labels`)
    let labelled = match target {
        Target::Local(store) => Some(store.start_relabel()?),
        Target::Remote(..) => None,
    };
    let mut named = std::collections::BTreeSet::new();
    for (number, batch) in rx.into_iter().enumerate() {
        let store = match target {
            Target::Local(store) => store,
            Target::Remote(remote, senders) => {
                let (sent, failed) = send_to_remote(remote, senders, &batch, events)?;
                stored += sent;
                not_sent += failed;
                continue;
            }
        };
        let fresh = batch.writes.iter().filter(|a| !a.replace).count();
        let bulk = match write {
            WriteMode::Transaction => false,
            WriteMode::Bulk => true,
            WriteMode::Auto => fresh >= BULK_MIN,
        };
        let written = store.write_articles(&batch.writes, bulk).map_err(|e| {
            let before = match stored {
                0 => String::new(),
                n => format!(", the {n} articles of the batches before are"),
            };
            e.during(format!(
                "storing batch {} ({}; none of them was stored{before})",
                number + 1,
                articles_of(&batch.sources)
            ))
        })?;
        named.extend(written);
        stored += batch.writes.len() as u64;
    }
    if let (Target::Local(store), Some(labelled)) = (target, labelled) {
        store
            .relabel(labelled, &named)
            .map_err(|e| e.during("labelling the actors written"))?;
    }
    Ok((stored, not_sent))
}
